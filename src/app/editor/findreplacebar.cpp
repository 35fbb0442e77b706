#include "editor/findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolButton>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)),
      m_regex(new QCheckBox(tr("Regular e&xpression"), this)),
      m_caseSensitive(new QCheckBox(tr("&Match case"), this)),
      m_status(new QLabel(this)),
      m_replaceRow(new QWidget(this))
{
    setObjectName(u"findReplaceBar"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setAccessibleName(tr("Close find bar"));
    close->setToolTip(tr("Close (Esc)"));
    auto *replace = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), m_replaceRow);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_regex, 0, 3);
    layout->addWidget(m_caseSensitive, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(close, 0, 6);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceAllButton);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Search as you type, from where the current match starts.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
        findNext();
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindReplaceBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor->textCursor().hasSelection()
        && !m_editor->textCursor().selectedText().contains(QChar::ParagraphSeparator))
        m_find->setText(m_editor->textCursor().selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
}

QRegularExpression FindReplaceBar::pattern() const
{
    const QString text = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    return QRegularExpression(text,
        m_caseSensitive->isChecked() ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
}

bool FindReplaceBar::findNext(bool backwards)
{
    m_status->clear();
    if (m_find->text().isEmpty())
        return false;
    const QRegularExpression expression = pattern();
    if (!expression.isValid()) {
        m_status->setText(tr("Invalid expression: %1").arg(expression.errorString()));
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = m_editor->document()->find(expression, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor start(m_editor->document());
        if (backwards)
            start.movePosition(QTextCursor::End);
        found = m_editor->document()->find(expression, start, flags);
        if (!found.isNull())
            m_status->setText(tr("Wrapped around"));
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    return true;
}

bool FindReplaceBar::replaceCurrent()
{
    QTextCursor cursor = m_editor->textCursor();
    const QRegularExpression expression = pattern();
    const QRegularExpressionMatch match = expression.match(cursor.selectedText());
    if (cursor.hasSelection() && match.hasMatch() && match.capturedLength(0) == cursor.selectedText().size()) {
        QString replacement = m_replace->text();
        if (m_regex->isChecked()) {
            for (int group = expression.captureCount(); group >= 0; --group)
                replacement.replace(u'\\' + QString::number(group), match.captured(group));
        }
        cursor.insertText(replacement);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    const QRegularExpression expression = pattern();
    if (m_find->text().isEmpty() || !expression.isValid())
        return 0;
    int count = 0;
    QTextCursor editCursor(m_editor->document());
    editCursor.beginEditBlock();
    QTextCursor found = m_editor->document()->find(expression, 0);
    while (!found.isNull() && found.hasSelection()) {
        QString replacement = m_replace->text();
        if (m_regex->isChecked()) {
            const QRegularExpressionMatch match = expression.match(found.selectedText());
            for (int group = expression.captureCount(); group >= 0; --group)
                replacement.replace(u'\\' + QString::number(group), match.captured(group));
        }
        found.insertText(replacement);
        ++count;
        found = m_editor->document()->find(expression, found);
    }
    editCursor.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Postwright::App

#include "editor/markdowneditor.h"

#include "editor/highlighting.h"
#include "editor/markdownhighlighter.h"
#include "spelling/spellchecker.h"

#include <QBuffer>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

class LineNumberArea final : public QWidget {
public:
    explicit LineNumberArea(MarkdownEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    MarkdownEditor *m_editor;
};

// "- ", "* ", "+ ", "1. ", "> ", optional task box, after any indentation.
const QRegularExpression &continuationPattern()
{
    static const QRegularExpression pattern(uR"(^(\s*)((?:>\s?)+|[-*+] |(\d{1,9})([.)]) )(\[[ xX]\] )?)"_s);
    return pattern;
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent), m_lineNumberArea(new LineNumberArea(this))
{
    setObjectName(u"markdownEditor"_s);
    setAccessibleName(tr("Post text"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_basePointSize = qMax(font.pointSize(), 11);
    font.setPointSize(m_basePointSize);
    setFont(font);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    m_lineNumberArea->setVisible(false);
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &MarkdownEditor::updateMargins);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter = Highlighting::attach(document(), dark);
}

void MarkdownEditor::setDarkTheme(bool dark)
{
    Highlighting::setDark(m_highlighter, dark);
}

void MarkdownEditor::loadText(const QString &text)
{
    setPlainText(text);
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

int MarkdownEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

void MarkdownEditor::scrollToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    // QPlainTextEdit scrolls by blocks: the scroll bar's value is the first visible block.
    verticalScrollBar()->setValue(block.blockNumber());
}

void MarkdownEditor::goToLine(int line)
{
    QTextCursor cursor(document()->findBlockByNumber(qMax(0, line - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void MarkdownEditor::replaceRange(int start, int length, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
}

void MarkdownEditor::applyEdits(const QList<Core::TextEdit> &edits)
{
    if (edits.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    // From the last, so that the earlier ones' positions still hold.
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit) {
        cursor.setPosition(int(edit->start));
        cursor.setPosition(int(edit->start + edit->length), QTextCursor::KeepAnchor);
        cursor.insertText(edit->replacement);
    }
    cursor.endEditBlock();
}

void MarkdownEditor::wrapSelection(const QString &marker)
{
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const int size = int(marker.size());
    auto textAt = [this](int from, int to) {
        if (from < 0 || to > document()->characterCount() - 1)
            return QString();
        QTextCursor range(document());
        range.setPosition(from);
        range.setPosition(to, QTextCursor::KeepAnchor);
        return range.selectedText();
    };
    cursor.beginEditBlock();
    if (textAt(start - size, start) == marker && textAt(end, end + size) == marker) {
        // Already wrapped just outside the selection: unwrap, keeping the text selected.
        QTextCursor remove(document());
        remove.setPosition(end);
        remove.setPosition(end + size, QTextCursor::KeepAnchor);
        remove.removeSelectedText();
        remove.setPosition(start - size);
        remove.setPosition(start, QTextCursor::KeepAnchor);
        remove.removeSelectedText();
        cursor.setPosition(start - size);
        cursor.setPosition(end - size, QTextCursor::KeepAnchor);
    } else {
        const QString selected = cursor.selectedText();
        cursor.insertText(marker + selected + marker);
        cursor.setPosition(start + size);
        if (!selected.isEmpty())
            cursor.setPosition(start + size + int(selected.size()), QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void MarkdownEditor::insertLink()
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    const QString selected = cursor.selectedText();
    const bool isUrl = selected.startsWith(u"http://"_s) || selected.startsWith(u"https://"_s);
    const int start = cursor.selectionStart();
    if (isUrl) {
        cursor.insertText(u"[]("_s + selected + u')');
        cursor.setPosition(start + 1);
    } else {
        const QString text = selected.isEmpty() ? tr("link text") : selected;
        cursor.insertText(u'[' + text + u"](https://)"_s);
        // The caret waits where the address goes.
        cursor.setPosition(start + int(text.size()) + 3);
        cursor.setPosition(start + int(text.size()) + 11, QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

bool MarkdownEditor::continueBlock()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();
    const QRegularExpressionMatch match = continuationPattern().match(line);
    if (!match.hasMatch() || column < match.capturedEnd(0))
        return false;
    cursor.beginEditBlock();
    if (line.trimmed() == match.captured(0).trimmed()) {
        // Enter on an empty item ends the list (or quote): the marker goes away.
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QString());
    } else {
        QString marker = match.captured(2);
        if (match.capturedLength(3) > 0)
            marker = QString::number(match.captured(3).toLongLong() + 1) + match.captured(4) + u' ';
        const QString task = match.capturedLength(5) > 0 ? u"[ ] "_s : QString();
        cursor.insertText(u'\n' + match.captured(1) + marker + task);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

bool MarkdownEditor::indentListItem(bool outdent)
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    static const QRegularExpression listItem(uR"(^\s*([-*+]|\d{1,9}[.)]) )"_s);
    for (QTextBlock block = first; block.isValid() && block.blockNumber() <= last.blockNumber(); block = block.next()) {
        if (!listItem.match(block.text()).hasMatch())
            return false;
    }
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid() && block.blockNumber() <= last.blockNumber(); block = block.next()) {
        QTextCursor lineStart(block);
        if (!outdent) {
            lineStart.insertText(u"  "_s);
            continue;
        }
        const QString text = block.text();
        const int spaces = text.startsWith(u"  "_s) ? 2 : (text.startsWith(u' ') ? 1 : 0);
        lineStart.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, spaces);
        lineStart.removeSelectedText();
    }
    cursor.endEditBlock();
    return true;
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const bool plainEnter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
    if (plainEnter && continueBlock())
        return;
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier && indentListItem(false))
        return;
    if (event->key() == Qt::Key_Backtab && indentListItem(true))
        return;
    QPlainTextEdit::keyPressEvent(event);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasUrls()) {
        bool handled = false;
        for (const QUrl &url : source->urls()) {
            static const QStringList images = {u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"webp"_s, u"svg"_s};
            QFile file(url.toLocalFile());
            if (url.isLocalFile() && images.contains(QFileInfo(file).suffix().toLower())
                && file.open(QIODevice::ReadOnly)) {
                emit imageInserted(file.readAll(), QFileInfo(file).fileName());
                handled = true;
            }
        }
        if (handled)
            return;
    }
    if (source->hasImage()) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(source->imageData()).save(&buffer, "PNG");
        emit imageInserted(bytes, tr("pasted image") + u".png"_s);
        return;
    }
    // Plain text only: formatting from a web page or a word processor is not Markdown.
    if (source->hasText()) {
        textCursor().insertText(source->text());
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void MarkdownEditor::setSpellChecker(Core::SpellChecker *checker)
{
    m_spellChecker = checker;
    // KSyntaxHighlighting has no spelling hook; the built-in highlighter does.
    if (auto *markdown = qobject_cast<MarkdownHighlighter *>(m_highlighter))
        markdown->setSpellChecker(checker);
}

QMenu *MarkdownEditor::contextMenuAt(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    QTextCursor word = cursorForPosition(position);
    word.select(QTextCursor::WordUnderCursor);
    const QString text = word.selectedText();
    if (!m_spellChecker || text.isEmpty() || m_spellChecker->isCorrect(text))
        return menu;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_spellChecker->suggestions(text);
    for (const QString &suggestion : suggestions) {
        auto *replace = new QAction(suggestion, menu);
        QFont bold = replace->font();
        bold.setBold(true);
        replace->setFont(bold);
        connect(replace, &QAction::triggered, this, [word, suggestion]() mutable { word.insertText(suggestion); });
        menu->insertAction(first, replace);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("(no suggestions)"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(tr("Add “%1” to the Dictionary").arg(text), menu);
    connect(add, &QAction::triggered, this, [this, text] {
        m_spellChecker->addToPersonal(text);
        m_highlighter->rehighlight();
    });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
    return menu;
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = contextMenuAt(event->pos());
    menu->exec(event->globalPos());
    delete menu;
}

void MarkdownEditor::setLineNumbersVisible(bool visible)
{
    m_lineNumbersVisible = visible;
    m_lineNumberArea->setVisible(visible);
    updateMargins();
}

int MarkdownEditor::lineNumberAreaWidth() const
{
    if (!m_lineNumbersVisible)
        return 0;
    const int digits = int(QString::number(qMax(1, blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void MarkdownEditor::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void MarkdownEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (!m_lineNumbersVisible)
        return;
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumberArea->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void MarkdownEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.drawText(0, top, m_lineNumberArea->width() - 6, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

void MarkdownEditor::zoom(int steps)
{
    m_zoomSteps = qBound(-6, m_zoomSteps + steps, 20);
    QFont zoomed = font();
    zoomed.setPointSize(qMax(6, m_basePointSize + m_zoomSteps));
    setFont(zoomed);
    updateMargins();
}

void MarkdownEditor::setBaseFont(const QFont &font)
{
    m_basePointSize = font.pointSize() > 0 ? font.pointSize() : m_basePointSize;
    QFont zoomed = font;
    zoomed.setPointSize(qMax(6, m_basePointSize + m_zoomSteps));
    setFont(zoomed);
    updateMargins();
}

void MarkdownEditor::resetZoom()
{
    zoom(-m_zoomSteps);
}

} // namespace Postwright::App

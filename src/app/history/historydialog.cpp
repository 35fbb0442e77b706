#include "history/historydialog.h"

#include "document/post.h"
#include "document/worddiff.h"
#include "markdown/markdownrenderer.h"
#include "ui_historydialog.h"

#include <QLocale>
#include <QPushButton>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

HistoryDialog::HistoryDialog(const QString &title, const QList<Core::PostHistory::Version> &versions,
    const std::optional<std::pair<QDateTime, QString>> &recovered, const QString &currentText, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HistoryDialog>()), m_currentText(currentText)
{
    m_ui->setupUi(this);
    setObjectName(u"historyDialog"_s);
    m_ui->layout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setSizes({300, 700});
    m_ui->versionsList->setSpacing(2);
    m_restoreButton = m_ui->buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setToolTip(tr("Put this version in the editor, as one edit that Undo takes back"));
    const QLocale locale;
    if (recovered) {
        m_versions.append(
            {tr("Unsaved text kept %1\nfor recovery").arg(locale.toString(recovered->first, QLocale::ShortFormat)),
                recovered->second});
    }
    for (const Core::PostHistory::Version &version : versions) {
        const QString state = version.isPublished ? tr("published") : tr("committed, not pushed");
        m_versions.append(
            {tr("%1 · %2\n%3 · %4")
                    .arg(locale.toString(version.when, QLocale::ShortFormat), version.author, version.message, state),
                QString(version.text).replace(u"\r\n"_s, u"\n"_s)});
    }
    for (const Version &version : std::as_const(m_versions))
        new QListWidgetItem(version.label, m_ui->versionsList);
    m_ui->headingLabel->setText(m_versions.isEmpty()
            ? tr("<b>“%1”</b> has no earlier versions: git has no commit of it yet, and no unsaved text is kept.")
                  .arg(title.toHtmlEscaped())
            : tr("<b>“%1”</b>: %n version(s), newest first. Choose one to see what changed since, or to read it "
                 "rendered; Restore puts it in the editor (Undo takes it back).",
                nullptr, int(m_versions.size()))
                  .arg(title.toHtmlEscaped()));
    connect(m_ui->versionsList, &QListWidget::currentRowChanged, this, &HistoryDialog::showVersion);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->versionsList->currentRow();
        if (row >= 0)
            emit restoreRequested(m_versions[row].text);
    });
    m_restoreButton->setEnabled(false);
    if (!m_versions.isEmpty())
        m_ui->versionsList->setCurrentRow(0);
    m_ui->versionsList->setFocus();
}

HistoryDialog::~HistoryDialog() = default;

QListWidget *HistoryDialog::versionsList() const
{
    return m_ui->versionsList;
}

QTextBrowser *HistoryDialog::changesView() const
{
    return m_ui->changesView;
}

QTextBrowser *HistoryDialog::renderedView() const
{
    return m_ui->renderedView;
}

void HistoryDialog::setCurrentText(const QString &text)
{
    m_currentText = text;
    showVersion();
}

void HistoryDialog::showVersion()
{
    const int row = m_ui->versionsList->currentRow();
    m_restoreButton->setEnabled(row >= 0 && m_versions[row].text != m_currentText);
    if (row < 0)
        return;
    const QString &text = m_versions[row].text;
    if (text == m_currentText) {
        m_ui->changesView->setHtml(u"<i>%1</i>"_s.arg(tr("This version is the text now.")));
    } else {
        m_ui->changesView->setHtml(
            Core::WordDiff::html(Core::WordDiff::compare(text, m_currentText), Core::WordDiff::Kind::Same));
        m_ui->changesView->scrollToAnchor(u"first-change"_s);
    }
    // Read as the quick preview reads it, without the site's templates (no network, no scripts).
    const Core::Post post = Core::Post::analyse(text);
    m_ui->renderedView->setHtml(Core::MarkdownRenderer::joinedHtml(post.blocks()));
}

} // namespace Postwright::App

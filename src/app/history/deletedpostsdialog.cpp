#include "history/deletedpostsdialog.h"

#include "document/post.h"
#include "markdown/markdownrenderer.h"
#include "ui_deletedpostsdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

DeletedPostsDialog::DeletedPostsDialog(
    const QString &blogRoot, const QList<Core::PostHistory::DeletedPost> &posts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeletedPostsDialog>()), m_root(blogRoot), m_posts(posts)
{
    m_ui->setupUi(this);
    setObjectName(u"deletedPostsDialog"_s);
    m_ui->layout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setSizes({320, 580});
    m_ui->postsList->setSpacing(2);
    m_bringBackButton = m_ui->buttons->addButton(tr("&Bring Back"), QDialogButtonBox::ActionRole);
    m_bringBackButton->setObjectName(u"bringBackButton"_s);
    m_bringBackButton->setToolTip(tr("Write the post's last version to its old place and open it"));
    const QLocale locale;
    for (const Core::PostHistory::DeletedPost &post : posts) {
        new QListWidgetItem(
            tr("%1\ndeleted %2 · %3").arg(post.path, locale.toString(post.when, QLocale::ShortFormat), post.message),
            m_ui->postsList);
    }
    m_ui->headingLabel->setText(posts.isEmpty()
            ? tr("No deleted posts: git's history of this blog has none that are not back.")
            : tr("%n post(s) deleted in this blog's history, most recent first. Bring one back to write its last "
                 "version to its old place; publishing it puts it on the site again.",
                nullptr, int(posts.size())));
    connect(m_ui->postsList, &QListWidget::currentRowChanged, this, &DeletedPostsDialog::showPost);
    connect(m_bringBackButton, &QPushButton::clicked, this, &DeletedPostsDialog::bringBack);
    m_bringBackButton->setEnabled(!posts.isEmpty());
    if (!posts.isEmpty())
        m_ui->postsList->setCurrentRow(0);
}

DeletedPostsDialog::~DeletedPostsDialog() = default;

QListWidget *DeletedPostsDialog::postsList() const
{
    return m_ui->postsList;
}

QTextBrowser *DeletedPostsDialog::renderedView() const
{
    return m_ui->renderedView;
}

void DeletedPostsDialog::showPost()
{
    const int row = m_ui->postsList->currentRow();
    if (row < 0)
        return;
    const Core::Post post = Core::Post::analyse(m_posts[row].text);
    m_ui->renderedView->setHtml(Core::MarkdownRenderer::joinedHtml(post.blocks()));
}

void DeletedPostsDialog::bringBack()
{
    const int row = m_ui->postsList->currentRow();
    if (row < 0)
        return;
    const QString path = QDir(m_root).filePath(m_posts[row].path);
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Cannot bring the post back"),
            tr("There is a file at %1 already; move it away first.").arg(m_posts[row].path));
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_posts[row].text.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Cannot bring the post back"),
            tr("%1 could not be written: %2").arg(m_posts[row].path, file.errorString()));
        return;
    }
    emit broughtBack(path);
    accept();
}

} // namespace Postwright::App

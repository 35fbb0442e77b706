#include "mainwindow.h"

#include "appactions.h"
#include "dialogs/newpostdialog.h"
#include "editor/findreplacebar.h"
#include "editor/highlighting.h"
#include "editor/markdowneditor.h"
#include "editor/outlinepanel.h"
#include "editor/spellingmenu.h"
#include "frontmatter/formbinding.h"
#include "frontmatter/frontmatterform.h"
#include "git/posthistory.h"
#include "git/poststatus.h"
#include "history/deletedpostsdialog.h"
#include "history/historydialog.h"
#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/postactions.h"
#include "preview/previewarea.h"
#include "preview/previewpane.h"
#include "preview/previewrenderer.h"
#include "preview/previewview.h"
#include "preview/sitepreview.h"
#include "preview/siteview.h"
#include "publish/publishdialog.h"
#include "publish/publishflow.h"
#include "session/blogsession.h"
#include "session/postsession.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "site/coverimage.h"
#include "site/imagelinks.h"
#include "spelling/spellchecker.h"
#include "widgets/notificationbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;
using Id = AppActions::Id;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    createViews();
    m_post = new PostSession(m_editor->document(),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s, this);
    m_blog = new BlogSession(this);
    m_postActions = new PostActions(this);
    m_publishFlow = new PublishFlow(this);
    m_actions = new AppActions(this, {{Id::ShowOutline, m_outlineDock->toggleViewAction()}});
    m_previewArea = new PreviewArea(
        m_preview, m_siteView, m_actions->action(Id::QuickPreview), m_actions->action(Id::SiteView), m_splitter);
    m_splitter->addWidget(m_previewArea);
    m_splitter->setStretchFactor(1, 1);
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->populate(menuBar(), toolbar);
    m_spelling = new SpellingMenu(m_actions->spellingMenu(), m_editor, this);
    connect(m_spelling, &SpellingMenu::chosen, this, &MainWindow::setSpellingLanguage);
    connectActions();
    connectSessions();
    updateRecentMenu();
    applyAppSettings(AppSettings::load());
    restoreWindowState();
    updateTitle();
    updateActions();
    // A writer opens the app to write: the text has the focus first.
    m_editor->setFocus();
}

MainWindow::~MainWindow()
{
    // Turning spell checking off underlines the text again, which the window's views follow: it
    // goes while they are all still here.
    delete m_spelling;
}

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notification = new NotificationBar(central);
    m_form = new FrontMatterForm(central);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"editorPreviewSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_editor = new MarkdownEditor(m_splitter);
    m_preview = new PreviewView(m_splitter);
    m_siteView = new SiteView(m_splitter);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_findBar = new FindReplaceBar(m_editor, central);
    layout->addWidget(m_notification);
    layout->addWidget(m_form);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    m_previewPane = new PreviewPane(m_editor, m_preview, this);
    m_sitePreview = new SitePreview(m_editor, m_siteView, this);
    m_formBinding = new FormBinding(m_form, m_editor, this);

    m_outline = new OutlinePanel(this);
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(u"outlineDock"_s);
    m_outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    m_libraryPanel = new LibraryPanel(this);
    m_libraryDock = new QDockWidget(tr("Posts"), this);
    m_libraryDock->setObjectName(u"libraryDock"_s);
    m_libraryDock->setWidget(m_libraryPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    tabifyDockWidget(m_outlineDock, m_libraryDock);
    m_libraryDock->raise();

    m_fileLabel = new QLabel(this);
    m_readingLabel = new QLabel(this);
    m_readingLabel->setObjectName(u"readingTimeLabel"_s);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"postStatusLabel"_s);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_readingLabel);

    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::setWindowModified);
    connect(m_previewPane->renderer(), &PreviewRenderer::rendered, this,
        [this](const std::shared_ptr<const Rendering> &rendering) { showRendering(*rendering); });
    connect(m_formBinding, &FormBinding::refused, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_outline, &OutlinePanel::headingActivated, m_editor, &MarkdownEditor::goToLine);
    connect(m_editor, &MarkdownEditor::imageInserted, this, &MainWindow::insertImage);
    connect(m_libraryPanel, &LibraryPanel::renameRequested, this, &MainWindow::renamePost);
    connect(m_libraryPanel, &LibraryPanel::deleteRequested, this, &MainWindow::deletePost);
    connect(m_libraryPanel, &LibraryPanel::postActivated, this, [this](const QString &path) {
        if (path != postPath() && maybeSave())
            openPost(path);
    });
}

void MainWindow::connectActions()
{
    const auto on = [this](Id id, auto &&slot) { connect(m_actions->action(id), &QAction::triggered, this, slot); };
    on(Id::NewPost, [this] { newPost(); });
    on(Id::OpenPost, [this] { openFileDialog(); });
    on(Id::OpenBlog, [this] { openBlogDialog(); });
    on(Id::Save, [this] { save(); });
    on(Id::SaveAs, [this] { saveAs(); });
    on(Id::Publish, [this] { publish(); });
    on(Id::History, [this] { showHistory(); });
    on(Id::DeletedPosts, [this] { showDeletedPosts(); });
    on(Id::BlogSettings, [this] { showSettings(SettingsPage::Blog); });
    on(Id::Quit, [this] { close(); });
    on(Id::Undo, [this] { m_editor->undo(); });
    on(Id::Redo, [this] { m_editor->redo(); });
    on(Id::Cut, [this] { m_editor->cut(); });
    on(Id::Copy, [this] { m_editor->copy(); });
    on(Id::Paste, [this] { m_editor->paste(); });
    on(Id::SelectAll, [this] { m_editor->selectAll(); });
    on(Id::Find, [this] { m_findBar->showFind(); });
    on(Id::FindReplace, [this] { m_findBar->showReplace(); });
    on(Id::FindNext, [this] { m_findBar->findNext(); });
    on(Id::FindPrevious, [this] { m_findBar->findNext(true); });
    on(Id::Settings, [this] { showSettings(); });
    on(Id::Bold, [this] { m_editor->toggleBold(); });
    on(Id::Italic, [this] { m_editor->toggleItalic(); });
    on(Id::Link, [this] { m_editor->insertLink(); });
    on(Id::InsertImage, [this] { chooseImage(); });
    connect(m_actions->action(Id::ShowPreview), &QAction::toggled, m_previewArea, &QWidget::setVisible);
    connect(m_actions->action(Id::SiteView), &QAction::toggled, m_sitePreview, &SitePreview::setActive);
    connect(m_actions->action(Id::ShowForm), &QAction::toggled, m_form, &QWidget::setVisible);
    connect(m_actions->action(Id::LineNumbers), &QAction::toggled, m_editor, &MarkdownEditor::setLineNumbersVisible);
    on(Id::AllowRemoteContent, [this](bool allow) { setAllowRemoteContent(allow); });
    on(Id::ZoomIn, [this] { m_editor->zoom(1); });
    on(Id::ZoomOut, [this] { m_editor->zoom(-1); });
    on(Id::ResetZoom, [this] { m_editor->resetZoom(); });
    on(Id::About, [this] { showAbout(); });
    on(Id::AboutQt, [] { QApplication::aboutQt(); });
    connect(m_editor, &QPlainTextEdit::undoAvailable, this, &MainWindow::updateActions);
    connect(m_editor, &QPlainTextEdit::redoAvailable, this, &MainWindow::updateActions);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &MainWindow::updateActions);
}

void MainWindow::connectSessions()
{
    connect(m_post, &PostSession::aboutToOpen, this, &MainWindow::postAboutToOpen);
    connect(m_post, &PostSession::opened, this, &MainWindow::postOpened);
    connect(m_post, &PostSession::closed, this, &MainWindow::postClosed);
    connect(m_post, &PostSession::saved, this, [this](const QString &path) {
        updatePostStatus();
        rescanLibrary();
        m_sitePreview->postSaved(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    });
    connect(m_post, &PostSession::noticed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_post, &PostSession::recoveryFound, this, &MainWindow::offerRecovery);
    connect(m_post, &PostSession::changedOnDisk, this, &MainWindow::offerReload);
    connect(m_post, &PostSession::removedFromDisk, this,
        [this] { m_notification->present(tr("This post was deleted or moved on disk. Save to write it again."), {}); });
    connect(m_postActions, &PostActions::imageFormatChosen, m_blog,
        [this](Core::ImageFormat format) { m_blog->rememberImageFormat(int(format)); });
    connect(m_postActions, &PostActions::reported, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_publishFlow, &PublishFlow::lineRequested, m_editor, [this](int line) {
        m_editor->goToLine(line);
        m_editor->setFocus();
    });
    connect(m_publishFlow, &PublishFlow::postMerged, this, [this] {
        // Publishing saved the post first: the editor takes the merged text, as one undoable edit.
        if (!m_editor->document()->isModified()) {
            m_post->reloadFromDisk();
            m_notification->hide();
        }
    });
    connect(m_publishFlow, &PublishFlow::finished, this, [this] {
        updatePostStatus();
        rescanLibrary();
    });
    connect(m_blog, &BlogSession::settingsChanged, this, [this] { applyBlogSettings(true); });
    LibraryController *library = m_blog->library();
    connect(library, &LibraryController::scanStarted, m_libraryPanel, [this] { m_libraryPanel->setScanning(true); });
    connect(library, &LibraryController::scanProgressed, m_libraryPanel, &LibraryPanel::showScanProgress);
    connect(library, &LibraryController::scanned, this, &MainWindow::libraryRead);
    connect(library, &LibraryController::readingEnded, this, &MainWindow::libraryScanned);
}

void MainWindow::updateActions()
{
    m_actions->update({m_post->hasPath(), !m_editor->document()->isEmpty(), m_editor->document()->isUndoAvailable(),
        m_editor->document()->isRedoAvailable()});
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 820);
    if (!restoreState(settings.value(u"window/state"_s).toByteArray()))
        resizeDocks({m_outlineDock}, {260}, Qt::Horizontal);
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({600, 600});
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
}

bool MainWindow::open(const OpenTarget &target, bool loadPost)
{
    const QString root = target.blogRoot.isEmpty() ? QFileInfo(target.postPath).absolutePath() : target.blogRoot;
    // The listing is read off the GUI thread: a blog opened for the first time has every post to
    // parse. Without a post named, its newest opens once that is done.
    m_openNewestWhenScanned = loadPost && target.postPath.isEmpty();
    m_blog->open(root);
    // The post opened next prepares its own page; without one, the open post's page follows the blog.
    applyBlogSettings(!loadPost);
    // After the spelling language is set: underlining words counts as a change of the document.
    m_revisionWhenBlogOpened = m_editor->document()->revision();
    if (!loadPost || target.postPath.isEmpty())
        return true;
    return openPost(target.postPath);
}

void MainWindow::libraryRead()
{
    const QList<PostSummary> &posts = m_blog->library()->posts();
    m_libraryPanel->showPosts(PostLibrary::withoutTranslations(posts, *m_blog->profile().site));
    m_libraryPanel->setCurrentPost(postPath());
    m_formBinding->setSuggestions(posts);
    m_previewPane->setPosts(posts);
    // Words typed while the blog was being read are not replaced by its newest post.
    if (std::exchange(m_openNewestWhenScanned, false) && m_editor->document()->revision() == m_revisionWhenBlogOpened) {
        if (const QString newest = PostLibrary::newestPost(posts); !newest.isEmpty())
            openPost(newest);
        else
            statusBar()->showMessage(
                tr("This blog has no posts yet in %1").arg(m_blog->profile().absoluteContentFolder()));
    }
}

bool MainWindow::openPost(const QString &path)
{
    // A post the writer opened while the blog was being read is not replaced by its newest.
    m_openNewestWhenScanned = false;
    if (const Status opened = m_post->open(path); !opened) {
        showError(tr("Cannot open the post"), opened.error().message);
        return false;
    }
    return true;
}

void MainWindow::postAboutToOpen()
{
    m_notification->hide();
    m_actions->action(Id::AllowRemoteContent)->setChecked(m_blog->settings().allowRemoteContent);
    m_previewPane->openPage(postPath());
}

void MainWindow::postOpened()
{
    m_editor->moveCursor(QTextCursor::Start);
    m_spelling->use(SpellingMenu::languageFor(*m_blog->profile().site, m_blog->settings(), postPath()));
    m_fileLabel->setText(QDir::toNativeSeparators(postPath()));
    AppSettings::addRecentFile(postPath());
    updateRecentMenu();
    updateTitle();
    updatePostStatus();
    updateActions();
    m_libraryPanel->setCurrentPost(postPath());
    m_sitePreview->showPost(postPath());
}

void MainWindow::postClosed()
{
    // Emptied after a save, the document ends unmodified without saying so again.
    setWindowModified(m_editor->document()->isModified());
    m_fileLabel->clear();
    m_sitePreview->showPost({});
    updateTitle();
    updatePostStatus();
    updateActions();
}

void MainWindow::showRendering(const Rendering &rendering)
{
    m_preview->showBlocks(rendering.blocks);
    const ReadingEstimate estimate = ReadingTime::estimate(
        rendering.words, m_blog->profile().readingPreset, rendering.cjkPage, m_blog->settings().customWordsPerMinute);
    const FrontMatter &frontMatter = rendering.frontMatter;
    QString meta = estimate.text;
    if (frontMatter.date().isValid())
        meta = QLocale().toString(frontMatter.date().dateTime().date(), QLocale::LongFormat) + u" · "_s + meta;
    // The picture the site's theme leads with: its front-matter cover, else a page bundle's cover file.
    QString cover = frontMatter.coverImage();
    if (cover.isEmpty() && m_post->hasPath()) {
        if (const QString file = CoverImage::fileOf(m_blog->profile(), postPath(), frontMatter); !file.isEmpty())
            cover = QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded);
    }
    m_preview->showHeader(frontMatter.title(), frontMatter.hasBlock() ? meta : QString(), cover);
    m_readingLabel->setText(tr("%1 · %2 words").arg(estimate.text, QLocale().toString(estimate.words)));
    m_formBinding->show(frontMatter, estimate, postPath());
    m_outline->showHeadings(rendering.blocks);
}

void MainWindow::offerRecovery(const QDateTime &savedAt)
{
    m_notification->present(
        tr("Postwright kept unsaved changes to this post from %1, when it last closed without saving.")
            .arg(QLocale().toString(savedAt, QLocale::ShortFormat)),
        {{tr("&Restore them"), [this] { m_post->restoreRecovery(); }},
            {tr("&Discard them"), [this] { m_post->discardRecovery(); }}});
}

void MainWindow::offerReload()
{
    m_notification->present(tr("This post was changed on disk by another program."),
        {{tr("&Reload from disk"), [this] { m_post->reloadFromDisk(); }},
            {tr("&Keep my version"), [this] { m_post->keepOwnVersion(); }}});
}

bool MainWindow::save()
{
    if (!m_post->hasPath())
        return saveAs();
    if (const Status saved = m_post->save(); !saved) {
        showError(tr("Cannot save the post"), saved.error().message);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Post As"), postPath(), tr("Markdown posts (*.md *.markdown)"));
    if (path.isEmpty())
        return false;
    // In another folder, relative links to its images are rewritten to still reach them: one undo step.
    const QList<TextEdit> links = m_post->hasPath()
        ? ImageLinks::forMove(m_editor->toPlainText(), postPath(), path, m_blog->profile().naming)
        : QList<TextEdit>();
    m_editor->applyEdits(links);
    const QString oldFolder = QFileInfo(postPath()).absolutePath();
    const Status saved = m_post->saveAs(path);
    updateTitle();
    updateActions();
    if (!saved) {
        if (!links.isEmpty())
            m_editor->undo(); // the text stays as it was where it still is
        showError(tr("Cannot save the post"), saved.error().message);
        return false;
    }
    // The preview resolves relative links from the post's folder.
    if (QFileInfo(path).absolutePath() != oldFolder)
        reloadPreview();
    if (!links.isEmpty())
        statusBar()->showMessage(
            tr("Saved; %n image link(s) now point from the new folder", nullptr, int(links.size())), 8000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_post->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(QFileInfo(postPath()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_post->discardRecovery();
        return true;
    }
    return false;
}

PublishDialog *MainWindow::publish()
{
    if (!m_post->hasPath())
        return nullptr;
    if (m_post->isModified() && !save())
        return nullptr;
    return m_publishFlow->start(
        postPath(), m_blog->profile(),
        [this] {
            m_formBinding->apply([](const FrontMatter &frontMatter) { return frontMatter.setDraft(false); });
            return save();
        },
        &m_blog->library()->posts());
}

HistoryDialog *MainWindow::showHistory()
{
    if (!m_post->hasPath())
        return nullptr;
    const Core::Result<QList<Core::PostHistory::Version>> versions = Core::PostHistory::of(postPath());
    if (!versions) {
        showError(tr("Cannot read the post's history"), versions.error().message);
        return nullptr;
    }
    std::optional<std::pair<QDateTime, QString>> recovered;
    if (const auto kept = m_post->recoveryStore().find(postPath()))
        recovered = std::pair{kept->savedAt, kept->text};
    auto *dialog =
        new HistoryDialog(frontMatterForm()->titleText(), *versions, recovered, m_editor->toPlainText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::restoreRequested, this, [this, dialog](const QString &text) {
        // One edit of the whole text: Undo brings back what was there.
        QTextCursor cursor(m_editor->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
        dialog->setCurrentText(m_editor->toPlainText());
        statusBar()->showMessage(tr("Restored an earlier version; Undo takes it back, Save keeps it"), 8000);
    });
    dialog->show();
    return dialog;
}

DeletedPostsDialog *MainWindow::showDeletedPosts()
{
    if (!m_blog->isOpen())
        return nullptr;
    const Core::Result<QList<Core::PostHistory::DeletedPost>> deleted = Core::PostHistory::deletedPosts(m_blog->root());
    if (!deleted) {
        showError(tr("Cannot read the blog's history"), deleted.error().message);
        return nullptr;
    }
    auto *dialog = new DeletedPostsDialog(m_blog->root(), *deleted, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeletedPostsDialog::broughtBack, this, [this](const QString &path) {
        rescanLibrary();
        if (maybeSave())
            openPost(path);
    });
    dialog->show();
    return dialog;
}

void MainWindow::newPost()
{
    if (!maybeSave())
        return;
    NewPostDialog dialog(m_blog->profile(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.plannedPost())
        return;
    if (const Status created = dialog.plannedPost()->create(); !created) {
        showError(tr("Cannot create the post"), created.error().message);
        return;
    }
    if (!openPost(dialog.plannedPost()->path))
        return;
    // The title is written: the writer goes on with the body, below the front matter.
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setFocus();
}

void MainWindow::openFileDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Post"), m_blog->profile().absoluteContentFolder(),
        tr("Markdown posts (*.md *.markdown *.mdx);;All files (*)"));
    if (!path.isEmpty())
        openPath(path, tr("Cannot open the post"));
}

void MainWindow::openPath(const QString &path, const QString &errorTitle)
{
    const Result<OpenTarget> target = OpenTarget::resolve(path);
    if (!target) {
        showError(errorTitle, target.error().message);
        return;
    }
    open(*target);
}

void MainWindow::openBlogDialog()
{
    if (!maybeSave())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Blog"), m_blog->root());
    if (!folder.isEmpty())
        openPath(folder, tr("Cannot open the blog"));
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentMenu();
    menu->clear();
    const QStringList recent = AppSettings::recentFiles();
    for (const QString &path : recent) {
        menu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openPath(path, tr("Cannot open the post"));
        });
    }
    menu->setEnabled(!recent.isEmpty());
}

bool MainWindow::insertImage(const QByteArray &bytes, const QString &suggestedName)
{
    if (!m_post->hasPath()) {
        statusBar()->showMessage(tr("Open or create a post before adding images"), 8000);
        return false;
    }
    const std::optional<QString> markdown = m_postActions->addImage(postPath(), bytes, suggestedName);
    if (markdown)
        m_editor->textCursor().insertText(*markdown);
    return markdown.has_value();
}

bool MainWindow::chooseImage()
{
    const std::optional<std::pair<QByteArray, QString>> chosen = m_postActions->chooseImageFile();
    return chosen && insertImage(chosen->first, chosen->second);
}

bool MainWindow::renamePost(const QString &path)
{
    if (path == postPath() && !maybeSave())
        return false;
    const std::optional<QString> renamed = m_postActions->rename(path);
    if (!renamed)
        return false;
    if (path == postPath())
        reopenRenamedPost(*renamed);
    rescanLibrary();
    return true;
}

void MainWindow::reopenRenamedPost(const QString &path)
{
    // Renaming changes the front matter at most (aliases): a caret and a view in the body keep
    // their distance from the end of the text, so the writer stays where they were.
    const QTextDocument *document = m_editor->document();
    const qsizetype bodyStart = FrontMatter::parse(m_editor->toPlainText(), m_blog->profile().naming).bodyStart();
    const int caret = m_editor->textCursor().position();
    const int caretFromEnd = document->characterCount() - caret;
    const int firstLine = m_editor->firstVisibleLine();
    const int linesBefore = document->blockCount();
    if (!openPost(path))
        return;
    const bool inBody = caret >= bodyStart;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(
        qBound(0, inBody ? document->characterCount() - caretFromEnd : caret, document->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->scrollToLine(inBody ? firstLine + document->blockCount() - linesBefore : firstLine);
}

bool MainWindow::deletePost(const QString &path)
{
    const bool isOpen = path == postPath();
    // Unsaved words go to the trash with the post, where they can be brought back.
    const auto saveFirst = [this, isOpen] { return !isOpen || !m_post->isModified() || save(); };
    if (!m_postActions->moveToTrash(path, saveFirst))
        return false;
    if (isOpen)
        m_post->close();
    rescanLibrary();
    return true;
}

SettingsDialog *MainWindow::showSettings(SettingsPage page)
{
    auto *dialog = new SettingsDialog(
        AppSettings::load(), m_blog->root(), m_blog->settings(), SpellChecker::availableLanguages(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(page);
    if (m_blog->isOpen())
        dialog->showDetected(SiteProfile::detect(m_blog->root()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings app = dialog->appSettings();
        app.save();
        applyAppSettings(app);
        // The post stays as it is in the editor; its preview and the library follow the new settings.
        m_blog->changeSettings(dialog->blogSettings());
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyBlogSettings(bool refreshViews)
{
    const BlogSettings &settings = m_blog->settings();
    const SiteProfile &profile = m_blog->profile();
    m_postActions->setProfile(profile);
    m_postActions->setImageDefaults(
        settings.imageWidth, settings.keepImageMetadata, Core::ImageFormat(settings.imageFormat));
    m_formBinding->setProfile(profile);
    m_spelling->use(SpellingMenu::languageFor(*profile.site, settings, postPath()));
    m_actions->action(Id::AllowRemoteContent)->setChecked(settings.allowRemoteContent);
    const bool pageChanged = m_previewPane->setBlog(profile, settings.allowRemoteContent);
    m_sitePreview->setBlog(profile, settings.allowRemoteContent);
    if (!refreshViews)
        return;
    if (pageChanged)
        reloadPreview();
    else if (m_post->hasPath())
        m_previewPane->render(); // the reading time and the form follow the new settings
}

void MainWindow::applyAppSettings(const AppSettings &app)
{
    m_editor->setBaseFont(app.editorFont);
    AppSettings::applyTheme(app.theme);
    m_post->setAutosaveDelay(app.autosaveDelayMs);
}

QString MainWindow::spellingLanguage() const
{
    return m_spelling->language();
}

void MainWindow::setSpellingLanguage(const QString &language)
{
    m_spelling->use(language);
    BlogSettings settings = m_blog->settings();
    settings.spellingLanguage = language;
    m_blog->changeSettings(settings);
}

void MainWindow::setAllowRemoteContent(bool allow)
{
    // Kept per blog in the settings, never in the blog's repository.
    BlogSettings settings = m_blog->settings();
    settings.allowRemoteContent = allow;
    m_blog->changeSettings(settings);
}

void MainWindow::reloadPreview()
{
    if (!m_post->hasPath())
        return;
    m_previewPane->openPage(postPath());
    m_previewPane->render();
}

PreviewRenderer *MainWindow::renderer() const
{
    return m_previewPane->renderer();
}

void MainWindow::rescanLibrary()
{
    m_blog->library()->rescan();
}

void MainWindow::updatePostStatus()
{
    m_statusLabel->setText(m_post->hasPath()
            ? PostStatus::describe(PostStatus::of(postPath(), m_blog->profile().publishTarget))
            : QString());
}

void MainWindow::updateTitle()
{
    const QString name = m_post->hasPath() ? QFileInfo(postPath()).fileName() : tr("Untitled");
    setWindowTitle(tr("%1[*] — Postwright").arg(name));
}

QString MainWindow::postPath() const
{
    return m_post->path();
}

QString MainWindow::postStatusText() const
{
    return m_statusLabel->text();
}

const BlogSettings &MainWindow::blogSettings() const
{
    return m_blog->settings();
}

const RecoveryStore &MainWindow::recoveryStore() const
{
    return m_post->recoveryStore();
}

int MainWindow::autosaveDelayMs() const
{
    return m_post->autosaveDelay();
}

QAction *MainWindow::remoteContentAction() const
{
    return m_actions->action(Id::AllowRemoteContent);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Postwright"),
        tr("<h3>Postwright %1</h3>"
           "<p>Write posts for a blog kept in git, see them as the site shows them, and "
           "publish them with one click.</p>"
           "<p>Markdown by cmark-gfm, git by libgit2, highlighting: %3. Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), Highlighting::backendName()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_editor->setDarkTheme(palette().color(QPalette::Base).lightness() < 128);
    // Back from another program, which may have edited posts in place or run git: the folder
    // watcher sees files come and go, not that. With the cache, only changed files are read.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_blog->library()->rescanSoon();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

} // namespace Postwright::App

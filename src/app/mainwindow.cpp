#include "mainwindow.h"

#include "dialogs/newpostdialog.h"
#include "document/textfile.h"
#include "editor/findreplacebar.h"
#include "editor/highlighting.h"
#include "editor/markdowneditor.h"
#include "editor/outlinepanel.h"
#include "frontmatter/frontmatterform.h"
#include "git/poststatus.h"
#include "git/publisher.h"
#include "library/librarypanel.h"
#include "preview/previewview.h"
#include "publish/publishdialog.h"
#include "site/imageimport.h"
#include "site/postfiles.h"
#include "site/postlibrary.h"
#include "widgets/notificationbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

constexpr int maximumRecentFiles = 10;

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_renderer(new PreviewRenderer(this)), m_recovery(recoveryFolder())
{
    setObjectName(u"mainWindow"_s);
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
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_findBar = new FindReplaceBar(m_editor, central);
    layout->addWidget(m_notification);
    layout->addWidget(m_form);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

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
    connect(m_libraryPanel, &LibraryPanel::renameRequested, this, [this](const QString &path) { renamePost(path); });
    connect(m_libraryPanel, &LibraryPanel::deleteRequested, this, [this](const QString &path) { deletePost(path); });
    connect(m_libraryPanel, &LibraryPanel::postActivated, this, [this](const QString &path) {
        if (path != m_postPath && maybeSave())
            openPost(path);
    });
    // Files appearing, disappearing or being renamed in the content folders: read the blog again.
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(300);
    connect(&m_rescanTimer, &QTimer::timeout, this, &MainWindow::rescanLibrary);
    m_scanProgressTimer.setInterval(100);
    connect(&m_scanProgressTimer, &QTimer::timeout, this, [this] {
        if (m_scanThread && m_library)
            m_libraryPanel->showScanProgress(m_library->readSoFar(), m_library->toRead());
    });
    connect(&m_contentWatcher, &QFileSystemWatcher::directoryChanged, &m_rescanTimer, qOverload<>(&QTimer::start));

    m_fileLabel = new QLabel(this);
    m_readingLabel = new QLabel(this);
    m_readingLabel->setObjectName(u"readingTimeLabel"_s);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"postStatusLabel"_s);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(m_readingLabel);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::textChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::setWindowModified);
    connect(m_renderer, &PreviewRenderer::rendered, this, &MainWindow::showRendering);
    connect(m_outline, &OutlinePanel::headingActivated, m_editor, &MarkdownEditor::goToLine);
    connect(m_editor, &MarkdownEditor::imageInserted, this,
        [this](const QByteArray &bytes, const QString &name) { insertImage(bytes, name); });

    // The form asks for surgical edits of the text; the text then flows back to the form.
    connect(m_form, &FrontMatterForm::textFieldEdited, this, [this](PostField field, const QString &value) {
        applyFrontMatterEdit([&](const FrontMatter &frontMatter) { return frontMatter.setText(field, value); });
    });
    connect(m_form, &FrontMatterForm::tagsEdited, this, [this](const QStringList &tags) {
        applyFrontMatterEdit([&](const FrontMatter &frontMatter) { return frontMatter.setTags(tags); });
    });
    connect(m_form, &FrontMatterForm::dateEdited, this, [this](const QDateTime &moment) {
        applyFrontMatterEdit([&](const FrontMatter &frontMatter) { return frontMatter.setDate(moment); });
    });
    connect(m_form, &FrontMatterForm::draftEdited, this, [this](bool draft) {
        applyFrontMatterEdit([&](const FrontMatter &frontMatter) { return frontMatter.setDraft(draft); });
    });
    connect(m_form, &FrontMatterForm::goToLineRequested, m_editor, &MarkdownEditor::goToLine);

    // Scroll sync both ways; each side ignores the scroll it caused on the other.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_followingPreview)
            m_preview->scrollToLine(m_editor->firstVisibleLine());
    });
    connect(m_preview, &PreviewView::scrolledToLine, this, [this](int line) {
        m_followingPreview = true;
        m_editor->scrollToLine(line);
        m_followingPreview = false;
    });

    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(AppSettings::load().autosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    // Someone typing without a pause still gets a recovery copy at least this often.
    m_autosaveDeadline.setSingleShot(true);
    m_autosaveDeadline.setInterval(m_autosaveTimer.interval());
    connect(&m_autosaveDeadline, &QTimer::timeout, this, &MainWindow::autosave);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);

    createActions();
    applyAppSettings(AppSettings::load());
    restoreWindowState();
    updateTitle();
    // A writer opens the app to write: the text has the focus first.
    m_editor->setFocus();
}

MainWindow::~MainWindow()
{
    if (m_scanThread) {
        m_scanThread->wait();
        delete m_scanThread;
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Post…"), QKeySequence(Qt::CTRL | Qt::Key_N), this, &MainWindow::newPost);
    file->addAction(tr("&Open Post…"), QKeySequence(Qt::CTRL | Qt::Key_O), this, &MainWindow::openFileDialog);
    file->addAction(
        tr("Open &Blog…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::openBlogDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), QKeySequence(Qt::CTRL | Qt::Key_S), this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveAs);
    file->addSeparator();
    QAction *publishAction =
        file->addAction(tr("&Publish…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, [this] { publish(); });
    publishAction->setToolTip(tr("Commit this post and push it to the blog's remote (Ctrl+Shift+P)"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(saveAction);
    toolbar->addAction(publishAction);
    file->addAction(tr("Blog Se&ttings…"), this, [this] { showSettings(SettingsDialog::Page::Blog); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    undo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo =
        edit->addAction(tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), m_editor, &QPlainTextEdit::redo);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_editor, &QPlainTextEdit::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_editor, &QPlainTextEdit::copy);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_editor, &QPlainTextEdit::paste);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, m_editor, &QPlainTextEdit::selectAll);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F), m_findBar, &FindReplaceBar::showFind);
    edit->addAction(
        tr("Find and Rep&lace…"), QKeySequence(Qt::CTRL | Qt::Key_H), m_findBar, &FindReplaceBar::showReplace);
    edit->addAction(tr("Find &Next"), QKeySequence(Qt::Key_F3), this, [this] { m_findBar->findNext(); });
    edit->addAction(
        tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3), this, [this] { m_findBar->findNext(true); });
    edit->addSeparator();
    QAction *settingsAction =
        edit->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, [this] { showSettings(); });
    settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addAction(tr("&Bold"), QKeySequence(Qt::CTRL | Qt::Key_B), m_editor, &MarkdownEditor::toggleBold);
    format->addAction(tr("&Italic"), QKeySequence(Qt::CTRL | Qt::Key_I), m_editor, &MarkdownEditor::toggleItalic);
    format->addAction(tr("&Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), m_editor, &MarkdownEditor::insertLink);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showPreview = view->addAction(tr("Show &Preview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);
    QAction *showOutline = m_outlineDock->toggleViewAction();
    showOutline->setText(tr("Show &Outline"));
    showOutline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(showOutline);
    QAction *showForm = view->addAction(tr("Show &Front Matter Form"));
    showForm->setCheckable(true);
    showForm->setChecked(true);
    connect(showForm, &QAction::toggled, m_form, &QWidget::setVisible);
    QAction *lineNumbers = view->addAction(tr("Line &Numbers"));
    lineNumbers->setCheckable(true);
    lineNumbers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(lineNumbers, &QAction::toggled, m_editor, &MarkdownEditor::setLineNumbersVisible);
    m_remoteContentAction = view->addAction(tr("Allow &Remote Images and Fonts for This Blog"));
    m_remoteContentAction->setObjectName(u"allowRemoteContentAction"_s);
    m_remoteContentAction->setCheckable(true);
    m_remoteContentAction->setToolTip(tr("Off by default: a post's preview loads nothing from the internet"));
    connect(m_remoteContentAction, &QAction::triggered, this, &MainWindow::setAllowRemoteContent);
    m_spellingMenu = view->addMenu(tr("&Spelling Language"));
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence(Qt::CTRL | Qt::Key_Equal), this, [this] { m_editor->zoom(1); });
    view->addAction(tr("Zoom &Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), this, [this] { m_editor->zoom(-1); });
    view->addAction(tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), m_editor, &MarkdownEditor::resetZoom);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Postwright"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
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
    loadBlogSettings(root);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/library/"_s
        + QString::fromLatin1(m_profile.root.toUtf8().toBase64(QByteArray::Base64UrlEncoding)) + u".cache"_s;
    m_library = std::make_shared<PostLibrary>(m_profile, cache);
    if (!m_contentWatcher.directories().isEmpty())
        m_contentWatcher.removePaths(m_contentWatcher.directories());
    QStringList watched = {m_profile.absoluteContentFolder()};
    QDirIterator folders(
        m_profile.absoluteContentFolder(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (folders.hasNext() && watched.size() < 2000)
        watched.append(folders.next());
    m_contentWatcher.addPaths(watched);
    // The listing is read off the GUI thread: a blog opened for the first time has every post to
    // parse. Without a post named, its newest opens once that is done.
    m_openNewestWhenScanned = loadPost && target.postPath.isEmpty();
    m_revisionWhenBlogOpened = m_editor->document()->revision();
    rescanLibrary();
    if (!loadPost || target.postPath.isEmpty())
        return true;
    return openPost(target.postPath);
}

void MainWindow::openNewestPost(const QList<PostSummary> &posts)
{
    const QString newest = PostLibrary::newestPost(posts);
    if (newest.isEmpty()) {
        statusBar()->showMessage(tr("This blog has no posts yet in %1").arg(m_profile.absoluteContentFolder()));
        return;
    }
    openPost(newest);
}

void MainWindow::loadBlogSettings(const QString &root)
{
    m_blogSettings = BlogSettings::load(root);
    m_profile = m_blogSettings.profileFor(root);
    m_renderer->setOptions({}, m_profile.naming);
    // The system's language when the writer chose none; that is not a choice to remember.
    useSpellingLanguage(m_blogSettings.spellingLanguage
            ? *m_blogSettings.spellingLanguage
            : SpellChecker::bestLanguageFor(QLocale().name(), SpellChecker::availableLanguages()));
}

bool MainWindow::openPost(const QString &path)
{
    // A post the writer opened while the blog was being read is not replaced by its newest.
    m_openNewestWhenScanned = false;
    const Result<LoadedText> loaded = TextFile::load(path);
    if (!loaded) {
        showError(tr("Cannot open the post"), loaded.error().withLocation(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!m_postPath.isEmpty())
        m_watcher.removePath(m_postPath);
    m_postPath = QFileInfo(path).absoluteFilePath();
    m_hasByteOrderMark = loaded->hasByteOrderMark;
    m_diskText = loaded->text;
    // The editor works with \n; a file written with CRLF is written back with CRLF.
    const qsizetype crlf = loaded->text.count(u"\r\n"_s);
    const qsizetype lf = loaded->text.count(u'\n');
    m_lineEnding = crlf > 0 && crlf * 2 >= lf ? u"\r\n"_s : u"\n"_s;
    QString text = loaded->text;
    text.replace(u"\r\n"_s, u"\n"_s);
    if (crlf > 0 && crlf != lf)
        statusBar()->showMessage(tr("This post mixes line endings; it will be saved with %1 only")
                                     .arg(m_lineEnding == u"\n" ? u"LF"_s : u"CRLF"_s),
            10000);
    m_notification->hide();
    m_remoteContentAction->setChecked(allowsRemoteContent());
    openPreviewPage();
    m_editor->loadText(text);
    m_fileLabel->setText(QDir::toNativeSeparators(m_postPath));
    for (const QString &warning : loaded->warnings)
        statusBar()->showMessage(warning, 8000);
    watch(m_postPath);
    addToRecent(m_postPath);
    updateTitle();
    updatePostStatus();
    m_libraryPanel->setCurrentPost(m_postPath);
    offerRecovery();
    return true;
}

QString MainWindow::fileText() const
{
    QString text = m_editor->toPlainText();
    if (m_lineEnding != u"\n")
        text.replace(u'\n', m_lineEnding);
    return text;
}

void MainWindow::textChanged()
{
    m_renderer->render(m_editor->toPlainText());
    if (m_editor->document()->isModified()) {
        m_autosaveTimer.start();
        if (!m_autosaveDeadline.isActive())
            m_autosaveDeadline.start();
    }
}

void MainWindow::showRendering(const std::shared_ptr<const Rendering> &rendering)
{
    m_showingRendering = true;
    m_preview->showBlocks(rendering->blocks);
    const ReadingEstimate estimate = ReadingTime::estimate(
        rendering->words, m_profile.readingPreset, rendering->cjkPage, m_blogSettings.customWordsPerMinute);
    const FrontMatter &frontMatter = rendering->frontMatter;
    QString meta = estimate.text;
    if (frontMatter.date().isValid())
        meta = QLocale().toString(frontMatter.date().dateTime().date(), QLocale::LongFormat) + u" · "_s + meta;
    m_preview->showHeader(frontMatter.title(), frontMatter.hasBlock() ? meta : QString(), frontMatter.heroImage());
    m_readingLabel->setText(tr("%1 · %2 words").arg(estimate.text, QLocale().toString(estimate.words)));
    m_form->showFrontMatter(frontMatter);
    m_form->showReadingTime(estimate);
    m_outline->showHeadings(rendering->blocks);
    m_showingRendering = false;
}

void MainWindow::applyFrontMatterEdit(const std::function<Result<TextEdit>(const FrontMatter &)> &edit)
{
    if (m_showingRendering)
        return;
    // Parse the text as it is now (the last rendering may be a keystroke behind).
    const FrontMatter frontMatter = FrontMatter::parse(m_editor->toPlainText(), m_profile.naming);
    const Result<TextEdit> change = edit(frontMatter);
    if (!change) {
        statusBar()->showMessage(change.error().message, 8000);
        return;
    }
    if (change->length == 0 && change->replacement.isEmpty())
        return;
    m_editor->replaceRange(int(change->start), int(change->length), change->replacement);
}

void MainWindow::autosave()
{
    m_autosaveTimer.stop();
    m_autosaveDeadline.stop();
    if (m_postPath.isEmpty() || !m_editor->document()->isModified())
        return;
    if (const Status stored = m_recovery.store(m_postPath, m_editor->toPlainText()); !stored)
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(stored.error().message), 8000);
}

void MainWindow::offerRecovery()
{
    const std::optional<RecoveryStore::Entry> entry = m_recovery.find(m_postPath);
    if (!entry)
        return;
    QString current = m_diskText;
    current.replace(u"\r\n"_s, u"\n"_s);
    if (entry->text == current) {
        m_recovery.discard(m_postPath);
        return;
    }
    const QString text = entry->text;
    m_notification->present(
        tr("Postwright kept unsaved changes to this post from %1, when it last closed without saving.")
            .arg(QLocale().toString(entry->savedAt, QLocale::ShortFormat)),
        {{tr("&Restore them"),
             [this, text] {
                 QTextCursor cursor(m_editor->document());
                 cursor.select(QTextCursor::Document);
                 cursor.insertText(text);
             }},
            {tr("&Discard them"), [this] { m_recovery.discard(m_postPath); }}});
}

void MainWindow::watch(const QString &path)
{
    if (!m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    if (path != m_postPath)
        return;
    // A rename-over save (ours or another editor's) drops the watch: watch the new file.
    QTimer::singleShot(50, this, [this, path] {
        if (!QFileInfo::exists(path)) {
            m_notification->present(tr("This post was deleted or moved on disk. Save to write it again."), {});
            return;
        }
        watch(path);
        const Result<LoadedText> loaded = TextFile::load(path);
        if (!loaded || loaded->text == m_diskText)
            return;
        const QString diskText = loaded->text;
        m_notification->present(tr("This post was changed on disk by another program."),
            {{tr("&Reload from disk"),
                 [this, path] {
                     const Result<LoadedText> again = TextFile::load(path);
                     if (!again)
                         return;
                     m_diskText = again->text;
                     QString text = again->text;
                     text.replace(u"\r\n"_s, u"\n"_s);
                     // As one edit, so Undo brings back what was in the editor.
                     QTextCursor cursor(m_editor->document());
                     cursor.select(QTextCursor::Document);
                     cursor.insertText(text);
                     m_editor->document()->setModified(false);
                 }},
                {tr("&Keep my version"), [this, diskText] {
                     // Saving now writes the editor's text over the other program's.
                     m_diskText = diskText;
                     m_editor->document()->setModified(true);
                 }}});
    });
}

bool MainWindow::allowsRemoteContent() const
{
    // Kept per blog in the settings, never in the blog's repository.
    return m_blogSettings.allowRemoteContent;
}

void MainWindow::setAllowRemoteContent(bool allow)
{
    m_blogSettings.allowRemoteContent = allow;
    if (!m_profile.root.isEmpty())
        m_blogSettings.save(m_profile.root);
    reloadPreview();
}

void MainWindow::openPreviewPage()
{
    m_preview->setBlogRoot(m_profile.root);
    m_preview->openPage(
        QFileInfo(m_postPath).absolutePath(), m_profile.stylesheet, m_profile.staticFolder, allowsRemoteContent());
    m_renderer->reset();
}

void MainWindow::reloadPreview()
{
    if (m_postPath.isEmpty())
        return;
    openPreviewPage();
    m_renderer->render(m_editor->toPlainText());
}

bool MainWindow::insertImage(const QByteArray &bytes, const QString &suggestedName, const QString &altText)
{
    if (m_postPath.isEmpty()) {
        statusBar()->showMessage(tr("Open or create a post before adding images"), 8000);
        return false;
    }
    QString alt = altText;
    if (alt.isEmpty()) {
        bool ok = false;
        alt =
            QInputDialog::getText(this, tr("Describe the image"), tr("Alt text, for readers who cannot see the image:"),
                QLineEdit::Normal, QFileInfo(suggestedName).completeBaseName(), &ok);
        if (!ok)
            return false;
    }
    const Result<ImportedImage> image = ImageImport::import(m_profile, m_postPath, bytes, suggestedName);
    if (!image) {
        showError(tr("Cannot add the image"), image.error().message);
        return false;
    }
    // Escaped, the writer's brackets and backslashes stay in the alt text without ending it early.
    QString escapedAlt;
    for (const QChar character : std::as_const(alt)) {
        if (character == u'\\' || character == u'[' || character == u']')
            escapedAlt += u'\\';
        escapedAlt += character;
    }
    m_editor->textCursor().insertText(u"!["_s + escapedAlt + u"]("_s + image->link + u')');
    statusBar()->showMessage(tr("Image saved as %1").arg(QDir::toNativeSeparators(image->path)), 6000);
    return true;
}

bool MainWindow::renamePost(const QString &path, const QString &newName, std::optional<bool> keepOldUrl)
{
    if (path == m_postPath && !maybeSave())
        return false;
    QString name = newName;
    if (name.isEmpty()) {
        bool ok = false;
        const QString current = QFileInfo(path).completeBaseName() == u"index" ? QFileInfo(path).absoluteDir().dirName()
                                                                               : QFileInfo(path).completeBaseName();
        name = QInputDialog::getText(this, tr("Rename Post"), tr("New name for the post's file (its address):"),
            QLineEdit::Normal, current, &ok);
        if (!ok || name.trimmed().isEmpty())
            return false;
    }
    bool keep = keepOldUrl.value_or(false);
    const PostState state = PostStatus::of(path, m_profile.publishTarget);
    if (!keepOldUrl && m_profile.generator == Generator::Hugo
        && (state == PostState::Published || state == PostState::ChangedSincePublish)) {
        keep = QMessageBox::question(this, tr("Keep the old address?"),
                   tr("This post is published. Add its old address to its aliases, so that links "
                      "to it keep working?"),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }
    const Result<QString> renamed = PostFiles::rename(m_profile, path, name, keep);
    if (!renamed) {
        showError(tr("Cannot rename the post"), renamed.error().message);
        return false;
    }
    if (path == m_postPath)
        reopenRenamedPost(*renamed);
    rescanLibrary();
    return true;
}

void MainWindow::reopenRenamedPost(const QString &path)
{
    // Renaming changes the front matter at most (aliases): a caret and a view in the body keep
    // their distance from the end of the text, so the writer stays where they were.
    const QTextDocument *document = m_editor->document();
    const qsizetype bodyStart = FrontMatter::parse(m_editor->toPlainText(), m_profile.naming).bodyStart();
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

bool MainWindow::deletePost(const QString &path, bool confirmed)
{
    if (!confirmed
        && QMessageBox::warning(this, tr("Delete Post"),
               tr("Delete %1? It goes to the trash. If it is published, the next publish removes it from "
                  "the site too.")
                   .arg(QDir::toNativeSeparators(QDir(m_profile.root).relativeFilePath(path))),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    // Unsaved words go to the trash with the post, where they can be brought back.
    if (path == m_postPath && m_editor->document()->isModified() && !save())
        return false;
    const Result<QString> removed = PostFiles::remove(m_profile, path);
    if (!removed) {
        showError(tr("Cannot delete the post"), removed.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Moved to the trash: %1").arg(QDir::toNativeSeparators(*removed)), 8000);
    if (path == m_postPath) {
        m_watcher.removePath(m_postPath);
        m_recovery.discard(m_postPath);
        m_postPath.clear();
        m_editor->loadText(QString());
        // Emptied after a save, the document ends unmodified without saying so again.
        setWindowModified(m_editor->document()->isModified());
        updateTitle();
        updatePostStatus();
    }
    rescanLibrary();
    return true;
}

SettingsDialog *MainWindow::showSettings(SettingsDialog::Page page)
{
    auto *dialog = new SettingsDialog(
        AppSettings::load(), m_profile.root, m_blogSettings, SpellChecker::availableLanguages(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(page);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings app = dialog->appSettings();
        app.save();
        applyAppSettings(app);
        if (m_profile.root.isEmpty())
            return;
        const QString root = m_profile.root;
        const BlogSettings before = m_blogSettings;
        dialog->blogSettings().save(root);
        loadBlogSettings(root);
        // The post stays as it is in the editor; its preview and the library follow the new settings.
        if (before.generator != m_blogSettings.generator || before.contentFolder != m_blogSettings.contentFolder)
            open({root, m_postPath}, false);
        m_remoteContentAction->setChecked(allowsRemoteContent());
        reloadPreview();
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyAppSettings(const AppSettings &app)
{
    m_editor->setBaseFont(app.editorFont);
    AppSettings::applyTheme(app.theme);
    m_autosaveTimer.setInterval(app.autosaveDelayMs);
    m_autosaveDeadline.setInterval(app.autosaveDelayMs);
}

QString MainWindow::spellingLanguage() const
{
    return m_spellChecker ? m_spellChecker->language() : QString();
}

void MainWindow::setSpellingLanguage(const QString &language)
{
    useSpellingLanguage(language);
    if (!m_profile.root.isEmpty()) {
        m_blogSettings.spellingLanguage = language;
        m_blogSettings.save(m_profile.root);
    }
}

void MainWindow::useSpellingLanguage(const QString &language)
{
    m_editor->setSpellChecker(nullptr);
    m_spellChecker.reset();
    if (!language.isEmpty()) {
        const QString personal =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/personal-dictionary.txt"_s;
        m_spellChecker = std::make_unique<SpellChecker>(language, personal);
        if (!m_spellChecker->isValid())
            m_spellChecker.reset();
    }
    m_editor->setSpellChecker(m_spellChecker.get());
    // The menu lists the installed dictionaries, the current one checked.
    m_spellingMenu->clear();
    QAction *off = m_spellingMenu->addAction(tr("&Off"), this, [this] { setSpellingLanguage({}); });
    off->setCheckable(true);
    off->setChecked(!m_spellChecker);
    m_spellingMenu->addSeparator();
    for (const QString &available : SpellChecker::availableLanguages()) {
        QAction *choice =
            m_spellingMenu->addAction(available, this, [this, available] { setSpellingLanguage(available); });
        choice->setCheckable(true);
        choice->setChecked(available == spellingLanguage());
    }
}

void MainWindow::rescanLibrary()
{
    if (!m_library)
        return;
    if (m_scanThread) {
        m_rescanWanted = true;
        return;
    }
    m_libraryPanel->setScanning(true);
    const std::shared_ptr<PostLibrary> library = m_library;
    m_scanThread = QThread::create([this, library] {
        const QList<PostSummary> posts = library->scan();
        QMetaObject::invokeMethod(this, [this, library, posts] {
            m_scanProgressTimer.stop();
            m_scanThread->wait();
            delete m_scanThread;
            m_scanThread = nullptr;
            if (library == m_library) {
                m_libraryPanel->showPosts(posts);
                m_libraryPanel->setCurrentPost(m_postPath);
                m_form->setTagSuggestions(PostLibrary::allTags(posts));
                // Words typed while the blog was being read are not replaced by its newest post.
                if (std::exchange(m_openNewestWhenScanned, false)
                    && m_editor->document()->revision() == m_revisionWhenBlogOpened)
                    openNewestPost(posts);
            }
            emit libraryScanned();
            if (std::exchange(m_rescanWanted, false))
                rescanLibrary();
        });
    });
    m_scanThread->start();
    m_scanProgressTimer.start();
}

void MainWindow::updatePostStatus()
{
    m_statusLabel->setText(
        m_postPath.isEmpty() ? QString() : PostStatus::describe(PostStatus::of(m_postPath, m_profile.publishTarget)));
}

QString MainWindow::postStatusText() const
{
    return m_statusLabel->text();
}

PublishDialog *MainWindow::publish()
{
    if (m_postPath.isEmpty())
        return nullptr;
    if (m_editor->document()->isModified() && !save())
        return nullptr;
    Result<PublishPlan> plan = Publisher::plan(m_postPath, m_profile);
    if (!plan) {
        showError(tr("Cannot publish"), plan.error().message);
        return nullptr;
    }
    if (plan->isDraft) {
        const auto answer = QMessageBox::question(this, tr("Publish a draft?"),
            tr("“%1” is marked as a draft, so the site would not show it. Publish it and set draft to false?")
                .arg(plan->title));
        if (answer != QMessageBox::Yes)
            return nullptr;
        applyFrontMatterEdit([](const FrontMatter &frontMatter) { return frontMatter.setDraft(false); });
        if (!save())
            return nullptr;
        plan = Publisher::plan(m_postPath, m_profile);
        if (!plan) {
            showError(tr("Cannot publish"), plan.error().message);
            return nullptr;
        }
    }
    if (!plan->needsCommit && plan->unpushedCommits == 0) {
        QMessageBox::information(this, tr("Nothing to publish"),
            tr("“%1” is already published: the remote has this exact text.").arg(plan->title));
        return nullptr;
    }
    std::optional<CommitAuthor> author;
    if (plan->needsAuthor) {
        // Asked once, then remembered.
        QSettings settings;
        CommitAuthor known{settings.value(u"author/name"_s).toString(), settings.value(u"author/email"_s).toString()};
        if (known.name.isEmpty() || known.email.isEmpty()) {
            known.name = QInputDialog::getText(
                this, tr("Who is publishing?"), tr("git has no name for you yet. Your name, as commits show it:"));
            if (known.name.trimmed().isEmpty())
                return nullptr;
            known.email = QInputDialog::getText(this, tr("Who is publishing?"), tr("Your email address, for commits:"));
            if (known.email.trimmed().isEmpty())
                return nullptr;
            settings.setValue(u"author/name"_s, known.name.trimmed());
            settings.setValue(u"author/email"_s, known.email.trimmed());
        }
        author = known;
    }
    auto *dialog = new PublishDialog(*plan, m_profile, author, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PublishDialog::finishedPublishing, this, &MainWindow::updatePostStatus);
    connect(dialog, &PublishDialog::finishedPublishing, this, &MainWindow::rescanLibrary);
    dialog->open();
    return dialog;
}

void MainWindow::updateTitle()
{
    const QString name = m_postPath.isEmpty() ? tr("Untitled") : QFileInfo(m_postPath).fileName();
    setWindowTitle(tr("%1[*] — Postwright").arg(name));
}

bool MainWindow::save()
{
    if (m_postPath.isEmpty())
        return saveAs();
    const QString text = fileText();
    m_watcher.removePath(m_postPath);
    const Status saved = TextFile::save(m_postPath, text, m_hasByteOrderMark);
    watch(m_postPath);
    if (!saved) {
        showError(tr("Cannot save the post"), saved.error().message);
        return false;
    }
    m_diskText = text;
    m_editor->document()->setModified(false);
    m_recovery.discard(m_postPath);
    updatePostStatus();
    rescanLibrary();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_postPath)), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Post As"), m_postPath, tr("Markdown posts (*.md *.markdown)"));
    if (path.isEmpty())
        return false;
    if (!m_postPath.isEmpty())
        m_watcher.removePath(m_postPath);
    m_postPath = path;
    updateTitle();
    return save();
}

bool MainWindow::maybeSave()
{
    if (!m_editor->document()->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(QFileInfo(m_postPath).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_recovery.discard(m_postPath);
        return true;
    }
    return false;
}

void MainWindow::newPost()
{
    if (!maybeSave())
        return;
    NewPostDialog dialog(m_profile, this);
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Post"), m_profile.absoluteContentFolder(),
        tr("Markdown posts (*.md *.markdown *.mdx);;All files (*)"));
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    const Result<OpenTarget> target = OpenTarget::resolve(path);
    if (!target) {
        showError(tr("Cannot open the post"), target.error().message);
        return;
    }
    open(*target);
}

void MainWindow::openBlogDialog()
{
    if (!maybeSave())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Blog"), m_profile.root);
    if (folder.isEmpty())
        return;
    const Result<OpenTarget> target = OpenTarget::resolve(folder);
    if (!target) {
        showError(tr("Cannot open the blog"), target.error().message);
        return;
    }
    open(*target);
}

void MainWindow::addToRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentFiles"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(u"recentFiles"_s, recent.mid(0, maximumRecentFiles));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openRecent(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
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
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_library)
        m_rescanTimer.start();
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

#include "mainwindow.h"

#include "document/post.h"
#include "document/textfile.h"
#include "editor/markdowneditor.h"
#include "preview/previewview.h"
#include "site/postlibrary.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"editorPreviewSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_editor = new MarkdownEditor(m_splitter);
    m_preview = new PreviewView(m_splitter);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_fileLabel = new QLabel(this);
    m_readingLabel = new QLabel(this);
    m_readingLabel->setObjectName(u"readingTimeLabel"_s);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_readingLabel);

    // Keystrokes arriving close together produce one render.
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(40);
    connect(&m_renderTimer, &QTimer::timeout, this, &MainWindow::render);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::scheduleRender);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::setWindowModified);

    createActions();
    restoreWindowState();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFile = file->addAction(tr("&Open Post…"), this, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    QAction *openBlog = file->addAction(tr("Open &Blog…"), this, &MainWindow::openBlogDialog);
    openBlog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), m_editor, &QPlainTextEdit::cut)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), m_editor, &QPlainTextEdit::copy)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), m_editor, &QPlainTextEdit::paste)->setShortcut(QKeySequence::Paste);
    edit->addSeparator();
    edit->addAction(tr("Select &All"), m_editor, &QPlainTextEdit::selectAll)->setShortcut(QKeySequence::SelectAll);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showPreview = view->addAction(tr("Show &Preview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Postwright"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1200, 780);
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({600, 600});
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
}

bool MainWindow::open(const OpenTarget &target)
{
    m_profile =
        SiteProfile::detect(target.blogRoot.isEmpty() ? QFileInfo(target.postPath).absolutePath() : target.blogRoot);
    QString post = target.postPath;
    if (post.isEmpty()) {
        post = PostLibrary::newestPost(PostLibrary::scan(m_profile));
        if (post.isEmpty()) {
            statusBar()->showMessage(tr("This blog has no posts yet in %1").arg(m_profile.absoluteContentFolder()));
            return true;
        }
    }
    return openPost(post);
}

bool MainWindow::openPost(const QString &path)
{
    const Result<LoadedText> loaded = TextFile::load(path);
    if (!loaded) {
        showError(tr("Cannot open the post"), loaded.error().withLocation(QDir::toNativeSeparators(path)));
        return false;
    }
    m_postPath = QFileInfo(path).absoluteFilePath();
    m_hasByteOrderMark = loaded->hasByteOrderMark;
    m_preview->openPage(QFileInfo(m_postPath).absolutePath(), m_profile.stylesheet);
    m_editor->loadText(loaded->text);
    render();
    m_fileLabel->setText(QDir::toNativeSeparators(m_postPath));
    for (const QString &warning : loaded->warnings)
        statusBar()->showMessage(warning, 8000);
    updateTitle();
    return true;
}

void MainWindow::scheduleRender()
{
    m_renderTimer.start();
}

void MainWindow::render()
{
    m_renderTimer.stop();
    const Post post = Post::analyse(m_editor->toPlainText(), {}, m_profile.naming);
    m_preview->showBlocks(post.renderBlocks());
    const ReadingEstimate estimate = post.readingTime(m_profile.readingPreset);
    m_readingLabel->setText(tr("%1 · %n words", nullptr, estimate.words).arg(estimate.text));
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString name = tr("Untitled");
    if (!m_postPath.isEmpty())
        name = QFileInfo(m_postPath).fileName();
    setWindowTitle(tr("%1[*] — Postwright").arg(name));
}

bool MainWindow::save()
{
    if (m_postPath.isEmpty())
        return saveAs();
    if (const Status saved = TextFile::save(m_postPath, m_editor->toPlainText(), m_hasByteOrderMark); !saved) {
        showError(tr("Cannot save the post"), saved.error().message);
        return false;
    }
    m_editor->document()->setModified(false);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_postPath)), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Post As"), m_postPath, tr("Markdown posts (*.md *.markdown)"));
    if (path.isEmpty())
        return false;
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
    return answer == QMessageBox::Discard;
}

void MainWindow::openFileDialog()
{
    if (!maybeSave())
        return;
    const QString start = m_profile.absoluteContentFolder();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Post"), start, tr("Markdown posts (*.md *.markdown *.mdx);;All files (*)"));
    if (path.isEmpty())
        return;
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Postwright"),
        tr("<h3>Postwright %1</h3>"
           "<p>Write posts for a blog kept in git, see them as the site shows them, and "
           "publish them with one click.</p>"
           "<p>Markdown by cmark-gfm, git by libgit2, built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
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

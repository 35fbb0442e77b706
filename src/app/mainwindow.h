#pragma once

#include "document/frontmatter.h"
#include "preview/previewrenderer.h"
#include "settings/appsettings.h"
#include "settings/blogsettings.h"
#include "settings/settingsdialog.h"
#include "site/opentarget.h"
#include "site/postlibrary.h"
#include "site/siteprofile.h"
#include "spelling/spellchecker.h"
#include "storage/recoverystore.h"

#include <QFileSystemWatcher>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QMenu;
class QSplitter;
class QDockWidget;

namespace Postwright::App {

class FindReplaceBar;
class LibraryPanel;
class FrontMatterForm;
class MarkdownEditor;
class NotificationBar;
class OutlinePanel;
class PreviewView;

// The writing window. The editor's text is the only copy of the post: the form, the preview, the
// outline and the reading time are views of it, refreshed from each rendering, and a form edit
// becomes one undoable edit of that field's text.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a blog and, when given, a post in it; else the blog's newest post, once the library
    // has been read off the GUI thread (libraryScanned() follows). With loadPost false only the
    // blog (the editor keeps its text).
    bool open(const Core::OpenTarget &target, bool loadPost = true);
    SettingsDialog *showSettings(SettingsDialog::Page page = SettingsDialog::Page::Editor);
    const BlogSettings &blogSettings() const { return m_blogSettings; }
    bool openPost(const QString &path);
    bool save();
    // Checks the post, shows the receipt and publishes from it; returns the dialog (or null).
    class PublishDialog *publish();
    QString postPath() const { return m_postPath; }
    QString postStatusText() const;
    QAction *remoteContentAction() const { return m_remoteContentAction; }
    QString fileText() const;

    MarkdownEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }
    FrontMatterForm *frontMatterForm() const { return m_form; }
    FindReplaceBar *findBar() const { return m_findBar; }
    NotificationBar *notificationBar() const { return m_notification; }
    OutlinePanel *outline() const { return m_outline; }
    LibraryPanel *library() const { return m_libraryPanel; }
    // Reads the blog's posts again, off the GUI thread; libraryScanned() tells when it is done.
    void rescanLibrary();
    // Puts an image where the site serves it and links it at the caret, with alt text.
    bool insertImage(const QByteArray &bytes, const QString &suggestedName, const QString &altText = {});
    // Library actions; the name and the confirmation are asked unless given.
    bool renamePost(const QString &path, const QString &newName = {}, std::optional<bool> keepOldUrl = {});
    bool deletePost(const QString &path, bool confirmed = false);
    void loadBlogSettings(const QString &root);
    void applyAppSettings(const AppSettings &app);
    // Spell checking in the blog's language (kept per blog); empty turns it off.
    // The writer's choice for this blog: used and remembered.
    void setSpellingLanguage(const QString &language);
    void useSpellingLanguage(const QString &language);
    QString spellingLanguage() const;

signals:
    void libraryScanned();

public:
    PreviewRenderer *renderer() const { return m_renderer; }
    const Core::RecoveryStore &recoveryStore() const { return m_recovery; }
    int autosaveDelayMs() const { return m_autosaveTimer.interval(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void openNewestPost(const QList<Core::PostSummary> &posts);
    void reopenRenamedPost(const QString &path);
    void createActions();
    void restoreWindowState();
    void saveWindowState() const;
    bool saveAs();
    bool maybeSave();
    void newPost();
    void openFileDialog();
    void openBlogDialog();
    void openRecent(const QString &path);
    void addToRecent(const QString &path);
    void updateRecentMenu();
    void showAbout();
    void textChanged();
    void showRendering(const std::shared_ptr<const Rendering> &rendering);
    void applyFrontMatterEdit(const std::function<Core::Result<Core::TextEdit>(const Core::FrontMatter &)> &edit);
    void autosave();
    void offerRecovery();
    void fileChangedOnDisk(const QString &path);
    void watch(const QString &path);
    void updateTitle();
    void updatePostStatus();
    bool allowsRemoteContent() const;
    void setAllowRemoteContent(bool allow);
    void openPreviewPage();
    void reloadPreview();
    void showError(const QString &title, const QString &message);

    MarkdownEditor *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    FrontMatterForm *m_form = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    NotificationBar *m_notification = nullptr;
    OutlinePanel *m_outline = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    std::shared_ptr<Core::PostLibrary> m_library;
    QThread *m_scanThread = nullptr;
    bool m_rescanWanted = false;
    bool m_openNewestWhenScanned = false;
    int m_revisionWhenBlogOpened = 0;
    QFileSystemWatcher m_contentWatcher;
    QTimer m_rescanTimer;
    QTimer m_scanProgressTimer;
    QSplitter *m_splitter = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_readingLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_remoteContentAction = nullptr;
    QMenu *m_spellingMenu = nullptr;
    std::unique_ptr<Core::SpellChecker> m_spellChecker;
    PreviewRenderer *m_renderer = nullptr;
    QTimer m_autosaveTimer;
    QTimer m_autosaveDeadline;
    QFileSystemWatcher m_watcher;
    Core::RecoveryStore m_recovery;
    Core::SiteProfile m_profile;
    BlogSettings m_blogSettings;
    QString m_postPath;
    QString m_diskText; // the file's text as last read or written, to tell our changes from others'
    QString m_lineEnding = QStringLiteral("\n");
    bool m_hasByteOrderMark = false;
    bool m_followingPreview = false;
    bool m_showingRendering = false;
};

} // namespace Postwright::App

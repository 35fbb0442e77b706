#pragma once

#include "settings/settingspage.h"
#include "site/opentarget.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QDockWidget;
class QLabel;
class QSplitter;

namespace Postwright::Core {
class RecoveryStore;
struct Rendering;
} // namespace Postwright::Core

namespace Postwright::App {

class AppActions;
class BlogSession;
class FindReplaceBar;
class FormBinding;
class FrontMatterForm;
class LibraryPanel;
class MarkdownEditor;
class NotificationBar;
class OutlinePanel;
class PostActions;
class PostSession;
class PreviewArea;
class PreviewPane;
class PreviewRenderer;
class PreviewView;
class DeletedPostsDialog;
class HistoryDialog;
class PublishDialog;
class PublishFlow;
class SettingsDialog;
class SitePreview;
class SiteView;
class SpellingMenu;
struct AppSettings;
struct BlogSettings;

// The writing window: it lays out the views and wires them to the rooms that do the work: the
// open post's file (PostSession), the open blog and its library (BlogSession), what is done to
// posts' files (PostActions), publishing (PublishFlow), the commands (AppActions), the form's
// binding to the text (FormBinding) and the preview beside the editor (PreviewPane). The
// editor's text is the only copy of the post: the form, the preview, the outline and the reading
// time are views of it, and a form edit becomes one undoable edit of that field's text.
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
    bool openPost(const QString &path);
    bool save();
    // Checks the post, shows the receipt and publishes from it; returns the dialog (or null).
    PublishDialog *publish();
    // The post's versions from git and its kept unsaved text; returns the dialog (or null).
    HistoryDialog *showHistory();
    // The blog's posts deleted in git's history, to bring one back; returns the dialog (or null).
    DeletedPostsDialog *showDeletedPosts();
    SettingsDialog *showSettings(SettingsPage page = SettingsPage::Editor);
    // Reads the blog's posts again, off the GUI thread; libraryScanned() tells when it is done.
    void rescanLibrary();
    // Puts an image where the site serves it and links it at the caret, with the alt text asked.
    bool insertImage(const QByteArray &bytes, const QString &suggestedName);
    // Insert > Image: a file dialog, then the same as a dropped image.
    bool chooseImage();
    // Library actions: the name and the confirmation are asked.
    bool renamePost(const QString &path);
    bool deletePost(const QString &path);
    void applyAppSettings(const AppSettings &app);
    // Spell checking in the blog's language (kept per blog); empty turns it off.
    void setSpellingLanguage(const QString &language);
    QString spellingLanguage() const;

    QString postPath() const;
    QString postStatusText() const;
    const BlogSettings &blogSettings() const;
    const Core::RecoveryStore &recoveryStore() const;
    int autosaveDelayMs() const;
    QAction *remoteContentAction() const;
    AppActions *actions() const { return m_actions; }
    PostSession *postSession() const { return m_post; }
    BlogSession *blogSession() const { return m_blog; }
    MarkdownEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }
    SiteView *siteView() const { return m_siteView; }
    SitePreview *sitePreview() const { return m_sitePreview; }
    PreviewRenderer *renderer() const;
    FrontMatterForm *frontMatterForm() const { return m_form; }
    FindReplaceBar *findBar() const { return m_findBar; }
    NotificationBar *notificationBar() const { return m_notification; }
    OutlinePanel *outline() const { return m_outline; }
    LibraryPanel *library() const { return m_libraryPanel; }

signals:
    void libraryScanned();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createViews();
    void connectActions();
    void connectSessions();
    void updateActions();
    void restoreWindowState();
    void saveWindowState() const;
    bool saveAs();
    bool maybeSave();
    void newPost();
    void openFileDialog();
    void openBlogDialog();
    void openPath(const QString &path, const QString &errorTitle);
    void updateRecentMenu();
    void showAbout();
    void postAboutToOpen();
    void postOpened();
    void postClosed();
    void libraryRead();
    void reopenRenamedPost(const QString &path);
    void showRendering(const Core::Rendering &rendering);
    void offerRecovery(const QDateTime &savedAt);
    void offerReload();
    // With refreshViews, the open post's preview and form follow the settings at once.
    void applyBlogSettings(bool refreshViews);
    void setAllowRemoteContent(bool allow);
    void reloadPreview();
    void updateTitle();
    void updatePostStatus();
    void showError(const QString &title, const QString &message);

    MarkdownEditor *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    PreviewPane *m_previewPane = nullptr;
    SiteView *m_siteView = nullptr;
    SitePreview *m_sitePreview = nullptr;
    PreviewArea *m_previewArea = nullptr;
    FrontMatterForm *m_form = nullptr;
    FormBinding *m_formBinding = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    NotificationBar *m_notification = nullptr;
    OutlinePanel *m_outline = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_readingLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    PostSession *m_post = nullptr;
    BlogSession *m_blog = nullptr;
    PostActions *m_postActions = nullptr;
    PublishFlow *m_publishFlow = nullptr;
    AppActions *m_actions = nullptr;
    SpellingMenu *m_spelling = nullptr;
    bool m_openNewestWhenScanned = false;
    int m_revisionWhenBlogOpened = 0;
};

} // namespace Postwright::App

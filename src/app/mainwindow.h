#pragma once

#include "site/opentarget.h"
#include "site/siteprofile.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QSplitter;

namespace Postwright::App {

class MarkdownEditor;
class PreviewView;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a blog and, when given, a post in it (else the blog's newest post).
    bool open(const Core::OpenTarget &target);
    bool openPost(const QString &path);
    QString postPath() const { return m_postPath; }
    MarkdownEditor *editor() const { return m_editor; }
    PreviewView *preview() const { return m_preview; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreWindowState();
    void saveWindowState() const;
    bool save();
    bool saveAs();
    bool maybeSave();
    void openFileDialog();
    void openBlogDialog();
    void showAbout();
    void scheduleRender();
    void render();
    void updateTitle();
    void showError(const QString &title, const QString &message);

    MarkdownEditor *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_readingLabel = nullptr;
    QTimer m_renderTimer;
    Core::SiteProfile m_profile;
    QString m_postPath;
    bool m_hasByteOrderMark = false;
};

} // namespace Postwright::App

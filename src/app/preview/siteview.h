#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QWebEngineView;

namespace Postwright::App {

class PreviewPage;
class SiteRequestGuard;

// The site view: the post's page as the blog's generator serves it, with its theme, menus and
// CSS; or, while there is no page to show, what is happening (the first build, with progress) or
// why there is none (the generator is missing, the site did not build) and a way to try again.
class SiteView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteView)

public:
    explicit SiteView(QWidget *parent = nullptr);

    // Instead of a page: a title, the details (the generator's own words), a busy bar while
    // working, and Try Again when trying again can help.
    void showStatus(const QString &title, const QString &details, bool busy, bool canRetry);
    // Shows the page at url from the generator at origin. The page already shown loads again at
    // the place the reader had scrolled to.
    void showPage(const QUrl &url, const QUrl &origin, bool allowRemoteContent);
    // Errors of the last build, above the page it still shows; none hides them.
    void showProblems(const QStringList &problems);

    bool isShowingPage() const;
    QUrl pageUrl() const { return m_url; }
    QWebEngineView *webView() const { return m_web; }
    QString statusTitle() const;
    QString statusDetails() const;
    QString problemsText() const;
    QStringList blockedAddresses() const;

signals:
    // The page has loaded and is at its scroll place.
    void pageShown(const QUrl &url);
    void retryRequested();

private:
    void loaded(bool ok);

    QStackedLayout *m_stack = nullptr;
    QWidget *m_statusPage = nullptr;
    QLabel *m_title = nullptr;
    QProgressBar *m_busy = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_retry = nullptr;
    QWidget *m_pagePane = nullptr;
    QLabel *m_problems = nullptr;
    QWebEngineView *m_web = nullptr;
    PreviewPage *m_page = nullptr;
    SiteRequestGuard *m_guard = nullptr;
    QUrl m_url;
    double m_scrollToRestore = 0;
};

} // namespace Postwright::App

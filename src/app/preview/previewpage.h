#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Postwright::App {

// The preview's page: it never navigates; a clicked link opens in the system browser. The site
// view's page navigates within the site's own origin (the generator on loopback) and nowhere else.
class PreviewPage final : public QWebEnginePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(QObject *parent = nullptr);

    // Pages of this origin ("http://127.0.0.1:1313") load and their links stay in the view.
    void setOwnOrigin(const QUrl &origin) { m_ownOrigin = origin; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool isOwn(const QUrl &url) const;

    QUrl m_ownOrigin;
};

} // namespace Postwright::App

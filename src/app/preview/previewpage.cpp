#include "preview/previewpage.h"

#include <QDesktopServices>
#include <QWebEngineSettings>

namespace Postwright::App {

PreviewPage::PreviewPage(QObject *parent) : QWebEnginePage(parent)
{
    QWebEngineSettings *web = settings();
    web->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    web->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    web->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    web->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, true);
    web->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    web->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
}

bool PreviewPage::isOwn(const QUrl &url) const
{
    return m_ownOrigin.isValid() && url.scheme() == m_ownOrigin.scheme() && url.host() == m_ownOrigin.host()
        && url.port() == m_ownOrigin.port();
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isOwn(url))
        return true;
    // A frame inside a site's page (a video's, say): the request guard decides what it may load.
    if (m_ownOrigin.isValid() && !isMainFrame)
        return true;
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
        return false;
    }
    // Only the page Postwright itself sets (setHtml arrives as a data: or typed load) may load.
    return !m_ownOrigin.isValid() && (type == NavigationTypeTyped || type == NavigationTypeOther);
}

} // namespace Postwright::App

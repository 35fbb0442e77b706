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

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame)
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
        return false;
    }
    // Only the page Postwright itself sets (setHtml arrives as a data: or typed load) may load.
    return type == NavigationTypeTyped || type == NavigationTypeOther;
}

} // namespace Postwright::App

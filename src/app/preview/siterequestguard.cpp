#include "preview/siterequestguard.h"

#include <QMutexLocker>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

SiteRequestGuard::SiteRequestGuard(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) { }

void SiteRequestGuard::allow(const QUrl &origin, bool remoteContent)
{
    const QMutexLocker lock(&m_mutex);
    m_origin = origin;
    m_remoteContent = remoteContent;
}

void SiteRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    if (scheme == u"data" || scheme == u"blob")
        return;
    const QMutexLocker lock(&m_mutex);
    const bool own =
        (scheme == u"http" || scheme == u"ws") && url.host() == m_origin.host() && url.port() == m_origin.port();
    const bool remote = scheme == u"https" || scheme == u"http" || scheme == u"wss" || scheme == u"ws";
    if (own || (m_remoteContent && remote && url.host() != m_origin.host()))
        return;
    m_blocked.append(url.toString());
    info.block(true);
}

QStringList SiteRequestGuard::blockedAddresses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_blocked;
}

} // namespace Postwright::App

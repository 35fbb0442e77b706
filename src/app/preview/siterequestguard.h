#pragma once

#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace Postwright::App {

// What the site view's page may load: the site from its generator on loopback, and anything else
// (remote images, fonts, scripts, videos) only when the blog allows remote content, as in the
// quick preview. Local files never: the site's own server serves what the site has.
class SiteRequestGuard final : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    explicit SiteRequestGuard(QObject *parent = nullptr);

    void allow(const QUrl &origin, bool remoteContent);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    // What was refused, in order.
    QStringList blockedAddresses() const;

private:
    mutable QMutex m_mutex;
    QUrl m_origin;
    bool m_remoteContent = false;
    QStringList m_blocked;
};

} // namespace Postwright::App

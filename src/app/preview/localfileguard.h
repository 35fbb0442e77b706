#pragma once

#include <QMutex>
#include <QStringList>
#include <QWebEngineUrlRequestInterceptor>

namespace Postwright::App {

// Lets the preview page read local files only inside the blog (and the stylesheet the writer
// chose): an image written as ../../../.ssh/id_rsa or file:///etc/passwd is blocked before
// Chromium opens it.
class LocalFileGuard final : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    explicit LocalFileGuard(QObject *parent = nullptr);

    void allow(const QStringList &folders, const QStringList &files);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    QStringList blockedPaths() const;

private:
    bool isAllowed(const QString &path) const;

    mutable QMutex m_mutex;
    QStringList m_folders; // canonical, each ending in '/'
    QStringList m_files; // canonical
    QStringList m_blocked;
};

} // namespace Postwright::App

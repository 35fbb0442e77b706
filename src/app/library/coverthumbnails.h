#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace Postwright::App {

// Small square pictures of posts' cover images for the library. Asking never waits: a thumbnail
// not made yet comes back null and is made on a worker thread (JPEG decodes straight to the small
// size), then kept in memory and in a cache folder, keyed by the image's path, size and time, so a
// later session or a changed image is never shown stale. ready() says when one can be drawn.
class CoverThumbnails final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverThumbnails)

public:
    // cacheFolder "" keeps thumbnails in memory only.
    explicit CoverThumbnails(const QString &cacheFolder, QObject *parent = nullptr);
    ~CoverThumbnails() override;

    // side is in device pixels.
    QPixmap thumbnail(const QString &imagePath, int side);
    int loading() const { return int(m_loading.size()); }
    static QString defaultCacheFolder();

signals:
    void ready(const QString &imagePath);

private:
    QString m_cacheFolder;
    QCache<QString, QPixmap> m_memory;
    QSet<QString> m_loading;
    QSet<QString> m_unreadable; // not asked again this session
    QThreadPool m_pool;
};

} // namespace Postwright::App

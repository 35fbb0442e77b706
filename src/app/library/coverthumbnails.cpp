#include "library/coverthumbnails.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QStandardPaths>
#include <QtConcurrent>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

QString keyOf(const QString &imagePath, int side)
{
    return imagePath + u'\x1F' + QString::number(side);
}

// On a worker: from the cache folder when the image has not changed, else decoded small and
// cropped to a square from its middle, and written there for next time.
QImage makeThumbnail(const QString &imagePath, int side, const QString &cacheFolder)
{
    const QFileInfo image(imagePath);
    const QByteArray stamp = u"%1|%2|%3|%4"_s.arg(image.absoluteFilePath())
                                 .arg(image.size())
                                 .arg(image.lastModified().toMSecsSinceEpoch())
                                 .arg(side)
                                 .toUtf8();
    const QString cached = cacheFolder.isEmpty()
        ? QString()
        : QDir(cacheFolder)
              .filePath(
                  QString::fromLatin1(QCryptographicHash::hash(stamp, QCryptographicHash::Sha1).toHex()) + u".png"_s);
    if (!cached.isEmpty() && QFileInfo::exists(cached)) {
        QImage fromCache(cached);
        if (!fromCache.isNull())
            return fromCache;
    }
    QImageReader reader(imagePath);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(1024);
    QSize size = reader.size();
    if (size.isValid()) {
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        const QSize scaled = size.scaled(side, side, Qt::KeepAspectRatioByExpanding);
        if (scaled.width() < size.width())
            reader.setScaledSize(
                reader.transformation() & QImageIOHandler::TransformationRotate90 ? scaled.transposed() : scaled);
    }
    QImage picture = reader.read();
    if (picture.isNull())
        return {};
    picture = picture.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    picture = picture.copy((picture.width() - side) / 2, (picture.height() - side) / 2, side, side);
    if (!cached.isEmpty() && QDir().mkpath(cacheFolder))
        picture.save(cached, "PNG");
    return picture;
}

} // namespace

CoverThumbnails::CoverThumbnails(const QString &cacheFolder, QObject *parent)
    : QObject(parent), m_cacheFolder(cacheFolder), m_memory(600)
{
    // One core is left to the window, and the work goes at low priority: scrolling through a long
    // list never takes the machine away from the writer.
    m_pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount() - 1, 2));
    m_pool.setThreadPriority(QThread::LowPriority);
}

CoverThumbnails::~CoverThumbnails()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString CoverThumbnails::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s;
}

QPixmap CoverThumbnails::thumbnail(const QString &imagePath, int side)
{
    const QString key = keyOf(imagePath, side);
    if (const QPixmap *found = m_memory.object(key))
        return *found;
    if (m_loading.contains(key) || m_unreadable.contains(key))
        return {};
    m_loading.insert(key);
    QtConcurrent::run(&m_pool, makeThumbnail, imagePath, side, m_cacheFolder)
        .then(this, [this, key, imagePath](const QImage &picture) {
            m_loading.remove(key);
            if (picture.isNull()) {
                m_unreadable.insert(key);
                return;
            }
            m_memory.insert(key, new QPixmap(QPixmap::fromImage(picture)));
            emit ready(imagePath);
        });
    return {};
}

} // namespace Postwright::App

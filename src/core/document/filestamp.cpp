#include "document/filestamp.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Postwright::Core {

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    stamp.path = path;
#ifdef Q_OS_UNIX
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return stamp;
    stamp.exists = true;
    stamp.isFolder = S_ISDIR(status.st_mode);
    stamp.size = qint64(status.st_size);
    const qint64 milliseconds = qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000;
    stamp.modified = QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
#else
    const QFileInfo info(path);
    stamp.exists = info.exists();
    stamp.isFolder = info.isDir();
    stamp.size = info.size();
    stamp.modified = info.lastModified().toUTC();
#endif
    return stamp;
}

} // namespace Postwright::Core

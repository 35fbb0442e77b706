#pragma once

#include <QDateTime>
#include <QString>

namespace Postwright::Core {

// What one stat of a file says: whether it is there, a folder, its size and when it last changed
// (in UTC). QFileInfo gives the time in local time, which costs glibc a stat of /etc/localtime
// and its time-zone lock for every file: thousands in a blog's listing, on every thread.
struct FileStamp {
    QString path;
    bool exists = false;
    bool isFolder = false;
    qint64 size = 0;
    QDateTime modified; // UTC

    static FileStamp of(const QString &path);
};

} // namespace Postwright::Core

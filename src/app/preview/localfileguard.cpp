#include "preview/localfileguard.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// The real location, links resolved, so a symbolic link inside the blog cannot point outside it.
QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : resolved;
}

} // namespace

LocalFileGuard::LocalFileGuard(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) { }

void LocalFileGuard::allow(const QStringList &folders, const QStringList &files)
{
    const QMutexLocker lock(&m_mutex);
    m_folders.clear();
    for (const QString &folder : folders) {
        if (!folder.isEmpty())
            m_folders.append(canonical(folder) + u'/');
    }
    m_files.clear();
    for (const QString &file : files) {
        if (!file.isEmpty())
            m_files.append(canonical(file));
    }
}

bool LocalFileGuard::isAllowed(const QString &path) const
{
    const QString real = canonical(path);
    if (m_files.contains(real))
        return true;
    return std::any_of(
        m_folders.begin(), m_folders.end(), [&](const QString &folder) { return (real + u'/').startsWith(folder); });
}

void LocalFileGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (!url.isLocalFile())
        return;
    const QMutexLocker lock(&m_mutex);
    if (isAllowed(url.toLocalFile()))
        return;
    m_blocked.append(url.toLocalFile());
    info.block(true);
}

QStringList LocalFileGuard::blockedPaths() const
{
    const QMutexLocker lock(&m_mutex);
    return m_blocked;
}

} // namespace Postwright::App

#include "library/librarycontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// inotify has a limit per user; a blog with more folders than this is still read on each rescan.
constexpr int maximumWatchedFolders = 2000;
// More rows than a sidebar shows at once.
constexpr int firstScreenRows = 100;

} // namespace

LibraryController::LibraryController(QObject *parent) : QObject(parent)
{
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(300);
    connect(&m_rescanTimer, &QTimer::timeout, this, &LibraryController::rescan);
    connect(&m_folderWatcher, &QFileSystemWatcher::directoryChanged, this, &LibraryController::rescanSoon);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_scanning)
            emit scanProgressed(m_scanning->readSoFar(), m_scanning->toRead());
    });
    connect(&m_scan, &QFutureWatcher<QList<Core::PostSummary>>::finished, this, &LibraryController::scanFinished);
}

LibraryController::~LibraryController()
{
    m_scan.waitForFinished();
}

QString LibraryController::cacheFileFor(const QString &cacheFolder, const QString &root)
{
    return QDir(cacheFolder)
        .filePath(QString::fromLatin1(root.toUtf8().toBase64(QByteArray::Base64UrlEncoding)) + u".cache"_s);
}

void LibraryController::open(const Core::SiteProfile &profile, const QString &cacheFolder)
{
    m_library = std::make_shared<Core::PostLibrary>(profile, cacheFileFor(cacheFolder, profile.root));
    // A first reading of a long blog shows its list before every body is parsed.
    m_library->setFirstScreen(
        firstScreenRows, [this, library = std::weak_ptr(m_library)](const QList<Core::PostSummary> &posts) {
            QMetaObject::invokeMethod(
                this,
                [this, library, posts] {
                    if (library.lock() == m_library && m_scanning == m_library) {
                        m_posts = posts;
                        emit scanned(m_posts);
                    }
                },
                Qt::QueuedConnection);
        });
    m_posts.clear();
    watchFolders(profile);
    rescan();
}

void LibraryController::watchFolders(const Core::SiteProfile &profile)
{
    if (!m_folderWatcher.directories().isEmpty())
        m_folderWatcher.removePaths(m_folderWatcher.directories());
    QStringList watched = {profile.absoluteContentFolder()};
    QDirIterator folders(
        profile.absoluteContentFolder(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (folders.hasNext() && watched.size() < maximumWatchedFolders)
        watched.append(folders.next());
    m_folderWatcher.addPaths(watched);
}

void LibraryController::rescan()
{
    if (!m_library)
        return;
    if (isScanning()) {
        m_rescanWanted = true;
        return;
    }
    m_rescanTimer.stop();
    m_scanning = m_library;
    emit scanStarted();
    m_scan.setFuture(QtConcurrent::run([library = m_scanning] { return library->scan(); }));
    m_progressTimer.start();
}

void LibraryController::rescanSoon()
{
    if (m_library)
        m_rescanTimer.start();
}

void LibraryController::scanFinished()
{
    m_progressTimer.stop();
    const bool current = m_scanning == m_library;
    m_scanning.reset();
    // A blog opened while another was being read: that reading's posts are not this blog's.
    if (current) {
        m_posts = m_scan.result();
        emit scanned(m_posts);
    }
    emit readingEnded();
    if (std::exchange(m_rescanWanted, false) || !current)
        rescan();
}

} // namespace Postwright::App

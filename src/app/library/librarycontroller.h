#pragma once

#include "site/postlibrary.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Postwright::App {

// The open blog's posts: read off the GUI thread, read again when files come and go in its folders
// or when asked (requests while a reading runs become one more reading after it), with how far a
// long reading has got, and cached between sessions so that a second reading is quick.
class LibraryController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryController)

public:
    explicit LibraryController(QObject *parent = nullptr);
    // Waits for a reading still running: it uses the library this object owns.
    ~LibraryController() override;

    // Starts reading the blog; its folders are watched from now on.
    void open(const Core::SiteProfile &profile, const QString &cacheFolder);
    bool isOpen() const { return m_library != nullptr; }
    // Reads the blog again now, or after the reading that runs.
    void rescan();
    // The same a moment later, so that a burst of changes costs one reading.
    void rescanSoon();
    bool isScanning() const { return m_scanning != nullptr; }
    // The posts of the last reading, newest first.
    const QList<Core::PostSummary> &posts() const { return m_posts; }
    // The file the listing is cached in, one per blog.
    static QString cacheFileFor(const QString &cacheFolder, const QString &root);
    int rescanDelay() const { return m_rescanTimer.interval(); }

signals:
    void scanStarted();
    // While a reading runs: posts read so far, of those to read (unchanged ones are not read).
    void scanProgressed(int read, int toRead);
    // The blog's posts, read: once more early in a long first reading, with every post's fields
    // and state but only the newest posts' reading times.
    void scanned(const QList<Core::PostSummary> &posts);
    // After every reading, also one made stale by opening another blog meanwhile.
    void readingEnded();

private:
    void watchFolders(const Core::SiteProfile &profile);
    void scanFinished();

    std::shared_ptr<Core::PostLibrary> m_library;
    // The library a reading reads, until its end is handled here (the worker may be done already).
    std::shared_ptr<Core::PostLibrary> m_scanning;
    QFutureWatcher<QList<Core::PostSummary>> m_scan;
    QList<Core::PostSummary> m_posts;
    bool m_rescanWanted = false;
    QFileSystemWatcher m_folderWatcher;
    QTimer m_rescanTimer;
    QTimer m_progressTimer;
};

} // namespace Postwright::App

#pragma once

#include "document/postdate.h"
#include "document/readingtime.h"
#include "git/poststatus.h"
#include "site/siteprofile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <future>

namespace Postwright::Core {

struct PostSummary {
    QString path; // absolute
    QString title;
    QString summary;
    PostDate date;
    bool isDraft = false;
    QStringList tags;
    ReadingEstimate reading;
    PostState state = PostState::NotInRepository;
    QString error; // set when the file could not be read or its front matter is malformed
    QString searchText; // title, summary and body, lower-cased, for search
    QDateTime modified;
    qint64 size = 0;
};

// The posts of a blog, read from its content folders: fields, reading time and git status.
// Posts whose file has not changed since the last scan (same size and time) are not read again,
// and the results are kept in a cache file, so a second scan, even in a new session, is fast.
class PostLibrary final {
public:
    explicit PostLibrary(const SiteProfile &profile, const QString &cacheFile = {});
    // Waits for the cache file still being written, so a later session finds it whole.
    ~PostLibrary();
    PostLibrary(const PostLibrary &) = delete;
    PostLibrary &operator=(const PostLibrary &) = delete;

    // The cache file is written after the list is returned, on a thread of its own.
    QList<PostSummary> scan();
    void waitForCacheFile();
    const SiteProfile &profile() const { return m_profile; }
    int lastParsedCount() const { return m_lastParsed; }
    // While scan() runs, from any thread: how many of the posts it has to read are read.
    int readSoFar() const { return m_readSoFar.load(std::memory_order_relaxed); }
    int toRead() const { return m_toRead.load(std::memory_order_relaxed); }
    // Every post file in the blog's content folders, unread.
    QStringList postFiles() const;

    // The same, without a cache.
    static QList<PostSummary> scan(const SiteProfile &profile);
    static bool isPostFile(const QString &fileName);
    // The newest post by date (by name when undated), or an empty string.
    static QString newestPost(const QList<PostSummary> &posts);

    enum class Order { NewestFirst, Title };
    static QList<PostSummary> select(
        const QList<PostSummary> &posts, const QString &search, const QString &tag, Order order);
    static QStringList allTags(const QList<PostSummary> &posts);

private:
    // What git says of the blog's files, by path relative to the working directory.
    struct GitStates {
        bool available = false;
        QString workingDirectory;
        QSet<QString> changedHere;
        QSet<QString> untracked;
        QSet<QString> unpushed;
        QSet<QString> remoteFiles;
    };

    void loadCache();
    static void saveCache(const QString &cacheFile, const QString &root, const QHash<QString, PostSummary> &cache);
    GitStates readGitStates() const;
    static void applyGitStates(QList<PostSummary> &posts, const GitStates &git);
    static void sortNewestFirst(QList<PostSummary> &posts);

    SiteProfile m_profile;
    QString m_cacheFile;
    QHash<QString, PostSummary> m_cache; // by path
    bool m_cacheLoaded = false;
    int m_lastParsed = 0;
    std::atomic<int> m_readSoFar{0};
    std::atomic<int> m_toRead{0};
    std::future<void> m_cacheWrite;
};

} // namespace Postwright::Core

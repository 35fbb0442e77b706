#pragma once

#include "document/postdate.h"
#include "document/readingtime.h"
#include "git/poststatus.h"
#include "markdown/renderedblock.h"
#include "site/postschedule.h"
#include "site/siteprofile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <atomic>
#include <functional>
#include <future>

namespace Postwright::Core {

struct PostSummary {
    QString path; // absolute
    QString title;
    QString summary;
    PostDate date;
    bool isDraft = false;
    QStringList tags;
    QMap<QString, QStringList> terms; // the site's other taxonomies: categories, series...
    WordCounts words;
    bool isCjk = false; // Hugo counts its words as CJK
    ReadingEstimate reading; // by the blog's preset, from words
    PostState state = PostState::Unknown;
    Schedule schedule = Schedule::Live;
    QDateTime appearsOn; // for a scheduled post
    QDateTime publishDate; // as the site reads it: Hugo's publishDate, else the date
    QDateTime expiryDate; // Hugo's expiryDate
    QString language; // the site's code for it; "" for a site in one language
    QString translationKey;
    QStringList translations; // the other languages' versions of this post (absolute paths)
    QStringList translationLanguages; // their languages, in the same order
    QString publicUrl; // where the built site will have it
    QString coverImage; // absolute path of the image the post leads with, when it is on disk
    QString error; // set when the file could not be read or its front matter is malformed
    bool wasRead = false; // false: the file could not be read at all
    bool isAnalysed = false; // its body's words are counted (a first screen has only some)
    QString searchText; // title, summary and body, lower-cased, for search
    QDateTime modified;
    qint64 size = 0;
};

// The posts of a blog, read from the folders its site model names: fields, reading time by the
// site's own rules, language and translations, public address, when it appears, and where it
// stands in git. Posts whose file has not changed since the last scan (same size and time) are
// not read again, and the results are kept in a cache file, so a second scan, even in a new
// session, is fast.
class PostLibrary final {
public:
    explicit PostLibrary(const SiteProfile &profile, const QString &cacheFile = {});
    // Waits for the cache file still being written, so a later session finds it whole.
    ~PostLibrary();
    PostLibrary(const PostLibrary &) = delete;
    PostLibrary &operator=(const PostLibrary &) = delete;

    // The cache file is written after the list is returned, on a thread of its own.
    QList<PostSummary> scan();
    // Without search, posts are listed without the lower-cased text search needs (the command line).
    void setSearchable(bool searchable) { m_searchable = searchable; }
    // Called once during a long scan, on its thread, when every post's fields, dates and state
    // are read and the newest `rows` have their reading time: what a window shows first. The
    // other posts' reading times follow in scan()'s result.
    void setFirstScreen(int rows, std::function<void(const QList<PostSummary> &)> shown)
    {
        m_firstScreenRows = rows;
        m_firstScreen = std::move(shown);
    }
    void waitForCacheFile();
    const SiteProfile &profile() const { return m_profile; }
    int lastParsedCount() const { return m_lastParsed; }
    // While scan() runs, from any thread: how many of the posts it has to read are read.
    int readSoFar() const { return m_readSoFar.load(std::memory_order_relaxed); }
    int toRead() const { return m_toRead.load(std::memory_order_relaxed); }
    // Every post file of the blog, unread.
    QStringList postFiles() const;

    // The same, without a cache.
    static QList<PostSummary> scan(const SiteProfile &profile);
    static bool isPostFile(const QString &fileName);
    // One post read on its own, as a scan reads it.
    static PostSummary read(const QString &path, const SiteProfile &profile);
    // The newest post by date (by name when undated), or an empty string.
    static QString newestPost(const QList<PostSummary> &posts);
    // One entry a post: a post's translations folded into the version in the site's first
    // language (its translations name the others).
    static QList<PostSummary> withoutTranslations(const QList<PostSummary> &posts, const SiteModel &site);

    enum class Order { NewestFirst, Title };
    static QList<PostSummary> select(
        const QList<PostSummary> &posts, const QString &search, const QString &tag, Order order);
    static QStringList allTags(const QList<PostSummary> &posts);
    // Every term of one of the site's taxonomies, for completion.
    static QStringList allTerms(const QList<PostSummary> &posts, const QString &taxonomy);

private:
    void loadCache();
    static void saveCache(
        const QString &cacheFile, const QByteArray &fingerprint, const QHash<QString, PostSummary> &cache);
    // What the cached posts were read with: the blog, its site model and the field names.
    QByteArray cacheFingerprint() const;
    // Where each post stands in git, by absolute path.
    QHash<QString, PostState> readGitStates(const QStringList &files) const;
    static void sortNewestFirst(QList<PostSummary> &posts);
    void finishAll(QList<PostSummary> &posts, const QHash<QString, PostState> &states);
    static void linkTranslations(QList<PostSummary> &posts);
    void finish(PostSummary &post, const QDateTime &now) const;

    SiteProfile m_profile;
    QString m_cacheFile;
    QHash<QString, PostSummary> m_cache; // by path
    bool m_cacheLoaded = false;
    bool m_searchable = true;
    int m_firstScreenRows = 0;
    std::function<void(const QList<PostSummary> &)> m_firstScreen;
    QHash<QString, PostState> m_states;
    int m_lastParsed = 0;
    std::atomic<int> m_readSoFar{0};
    std::atomic<int> m_toRead{0};
    std::future<void> m_cacheWrite;
};

} // namespace Postwright::Core

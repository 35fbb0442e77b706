#include "site/postlibrary.h"

#include "document/post.h"
#include "document/textfile.h"
#include "git/gitptr.h"
#include "git/pathspec.h"
#include "git/repository.h"
#include "site/coverimage.h"
#include "site/publicaddress.h"
#include "util/parallel.h"

#include <QDataStream>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <functional>
#include <future>
#include <limits>
#include <numeric>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint32 cacheFormat = 6;

// Most of the cache is the posts' text (for search): in the machine's own byte order it is copied
// as it is, where QDataStream's default big-endian order would swap every character, both ways.
// A cache in the older big-endian format reads as another format number and is rebuilt.
constexpr QDataStream::ByteOrder cacheByteOrder = QDataStream::LittleEndian;

// The parts joined by line breaks, lower-cased as search compares them. Posts are mostly ASCII,
// which is lowered here without QString::toLower's general case for every character.
QString searchTextOf(std::initializer_list<QStringView> parts)
{
    qsizetype size = 0;
    for (const QStringView part : parts)
        size += part.size() + 1;
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (const QStringView part : parts) {
        for (const QChar c : part) {
            const char16_t unit = c.unicode();
            if (unit < 0x80)
                *out++ = QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 32) : unit);
            else
                *out++ = c.isSurrogate() ? c : c.toLower();
        }
        *out++ = u'\n';
    }
    return text;
}

// What a post's file holds before its body is parsed: the text and its front matter.
struct ReadFile {
    LoadedText loaded;
    FrontMatter frontMatter;
};

// The post's fields, dates and address, from its front matter: what a first screen shows.
PostSummary readFields(const QString &path, const FileStamp &stamp, const SiteProfile &profile, ReadFile &file)
{
    const SiteModel &site = *profile.site;
    PostSummary summary;
    summary.path = path;
    summary.modified = stamp.modified;
    summary.size = stamp.size;
    summary.language = site.isMultilingual() ? site.languageOf(path) : QString();
    Result<LoadedText> loaded = TextFile::load(stamp);
    if (!loaded) {
        summary.error = loaded.error().message;
        return summary;
    }
    summary.wasRead = true;
    file.loaded = std::move(loaded).value();
    file.frontMatter = FrontMatter::parse(file.loaded.text, profile.naming);
    const FrontMatter &frontMatter = file.frontMatter;
    if (frontMatter.hasError())
        summary.error = frontMatter.error()->message;
    summary.title = frontMatter.title();
    summary.summary = frontMatter.summary();
    const PostSchedule schedule = PostSchedule::of(site, path, frontMatter);
    summary.date = schedule.date;
    summary.publishDate = schedule.publishDate;
    summary.expiryDate = schedule.expiryDate;
    summary.isDraft = site.isDraft(path, frontMatter);
    summary.tags = frontMatter.tags();
    for (const QString &taxonomy : site.taxonomies) {
        if (taxonomy == u"tags")
            continue;
        if (const QStringList terms = frontMatter.list(taxonomy); !terms.isEmpty())
            summary.terms.insert(taxonomy, terms);
    }
    if (site.isMultilingual())
        summary.translationKey = site.translationKeyOf(path, frontMatter);
    summary.publicUrl = PublicAddress::of(site, path, frontMatter);
    summary.coverImage = CoverImage::fileOf(profile, path, frontMatter);
    return summary;
}

// The body's words for the reading time, and the text search looks in.
void readBody(PostSummary &summary, const ReadFile &file, const SiteProfile &profile, bool searchable)
{
    if (!summary.wasRead)
        return;
    const SiteModel &site = *profile.site;
    // Words only: listing needs no HTML. Only the count the blog's preset shows: the cache is
    // keyed by it.
    const bool readingTimeWords =
        profile.readingPreset == ReadingPreset::ReadingTime || profile.readingPreset == ReadingPreset::Custom;
    const Post post = Post::analyse(file.loaded.text, file.loaded.utf8, file.frontMatter,
        {site.markdownOptions(), profile.naming, &site, readingTimeWords});
    summary.words = post.words();
    summary.isCjk = post.isCjk();
    summary.isAnalysed = true;
    if (searchable)
        summary.searchText = searchTextOf(
            {summary.title, summary.summary, QStringView(file.loaded.text).sliced(file.frontMatter.bodyStart())});
}

PostSummary readPost(const QString &path, const FileStamp &stamp, const SiteProfile &profile, bool searchable)
{
    ReadFile file;
    PostSummary summary = readFields(path, stamp, profile, file);
    readBody(summary, file, profile, searchable);
    return summary;
}

QDataStream &operator<<(QDataStream &out, const WordCounts &words)
{
    return out << qint32(words.hugo) << qint32(words.plain) << qint32(words.readingTime) << qint32(words.images);
}

QDataStream &operator>>(QDataStream &in, WordCounts &words)
{
    qint32 hugo = 0, plain = 0, readingTime = 0, images = 0;
    in >> hugo >> plain >> readingTime >> images;
    words = {hugo, plain, readingTime, images};
    return in;
}

QDataStream &operator<<(QDataStream &out, const PostSummary &post)
{
    return out << post.path << post.title << post.summary << post.date.text() << post.isDraft << post.tags << post.terms
               << post.words << post.isCjk << post.language << post.translationKey << post.publicUrl << post.coverImage
               << post.publishDate << post.expiryDate << post.wasRead << post.isAnalysed << post.error
               << post.searchText << post.modified << post.size;
}

QDataStream &operator>>(QDataStream &in, PostSummary &post)
{
    QString date;
    in >> post.path >> post.title >> post.summary >> date >> post.isDraft >> post.tags >> post.terms >> post.words
        >> post.isCjk >> post.language >> post.translationKey >> post.publicUrl >> post.coverImage >> post.publishDate
        >> post.expiryDate >> post.wasRead >> post.isAnalysed >> post.error >> post.searchText >> post.modified
        >> post.size;
    post.date = PostDate::fromText(date);
    return in;
}

QByteArray idBytes(const git_oid &id)
{
    return QByteArray(reinterpret_cast<const char *>(id.id), GIT_OID_RAWSZ);
}

// Every file of a tree, by its path, with its blob's id, in one walk: looking files up one by one
// would read the big content tree again each time (libgit2 does not cache trees over 4 KiB).
QHash<QString, QByteArray> blobsOf(git_tree *tree)
{
    QHash<QString, QByteArray> blobs;
    if (!tree)
        return blobs;
    git_tree_walk(
        tree, GIT_TREEWALK_PRE,
        [](const char *folder, const git_tree_entry *entry, void *payload) {
            if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
                static_cast<QHash<QString, QByteArray> *>(payload)->insert(
                    QString::fromUtf8(folder) + QString::fromUtf8(git_tree_entry_name(entry)),
                    idBytes(*git_tree_entry_id(entry)));
            return 0;
        },
        &blobs);
    return blobs;
}

} // namespace

PostLibrary::PostLibrary(const SiteProfile &profile, const QString &cacheFile)
    : m_profile(profile), m_cacheFile(cacheFile)
{
}

PostLibrary::~PostLibrary()
{
    waitForCacheFile();
}

void PostLibrary::waitForCacheFile()
{
    if (m_cacheWrite.valid())
        m_cacheWrite.get();
}

bool PostLibrary::isPostFile(const QString &fileName)
{
    return SiteModel::isMarkdownFile(fileName);
}

QStringList PostLibrary::postFiles() const
{
    return m_profile.site->postFiles();
}

PostSummary PostLibrary::read(const QString &path, const SiteProfile &profile)
{
    PostSummary post = readPost(path, FileStamp::of(path), profile, true);
    PostLibrary library(profile);
    library.finish(post, QDateTime::currentDateTimeUtc());
    return post;
}

QList<PostSummary> PostLibrary::scan()
{
    waitForCacheFile();
    m_readSoFar = 0;
    m_toRead = 0;
    if (!m_cacheLoaded)
        loadCache();
    const QStringList files = postFiles();
    // Git's answer needs no post's text: it is read beside the parsing.
    std::future<QHash<QString, PostState>> git =
        std::async(std::launch::async, [this, &files] { return readGitStates(files); });
    bool gitRead = false;
    QList<PostSummary> posts(files.size());
    // With a cache, one stat per file tells which posts changed (a warm scan is mostly that);
    // without one every post is read, and each worker stats its own files.
    QList<qsizetype> toRead;
    QList<FileStamp> stamps;
    if (m_cache.isEmpty()) {
        toRead.resize(files.size());
        std::iota(toRead.begin(), toRead.end(), 0);
    } else {
        stamps.reserve(files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const FileStamp &stamp = stamps.emplace_back(FileStamp::of(files[i]));
            const auto cached = m_cache.constFind(files[i]);
            if (cached != m_cache.constEnd() && cached->size == stamp.size && cached->modified == stamp.modified)
                posts[i] = *cached;
            else
                toRead.append(i);
        }
    }
    m_toRead = int(toRead.size());
    // Parsing is the cost of a cold scan: share it between the cores.
    const auto inParallel = [&](const std::function<void(qsizetype)> &work) { forEachInParallel(toRead.size(), work); };
    const auto stampOf = [&](qsizetype i) { return stamps.isEmpty() ? FileStamp::of(files[i]) : stamps[i]; };
    // A long reading shows a first screen before the bodies are parsed: every post's fields and
    // state, and the newest posts' reading times.
    const bool firstScreenFirst = m_firstScreen && toRead.size() > 2 * m_firstScreenRows;
    if (!firstScreenFirst) {
        inParallel([&](qsizetype k) {
            const qsizetype i = toRead[k];
            posts[i] = readPost(files[i], stampOf(i), m_profile, m_searchable);
            m_readSoFar.fetch_add(1, std::memory_order_relaxed);
        });
    } else {
        std::vector<ReadFile> read(size_t(toRead.size()));
        inParallel([&](qsizetype k) {
            const qsizetype i = toRead[k];
            posts[i] = readFields(files[i], stampOf(i), m_profile, read[size_t(k)]);
        });
        QList<PostSummary> first = posts;
        const QHash<QString, PostState> states = git.get();
        gitRead = true;
        finishAll(first, states);
        // The rows a window shows first are the newest: their bodies are read now.
        QHash<QString, qsizetype> readIndex;
        for (qsizetype k = 0; k < toRead.size(); ++k)
            readIndex.insert(files[toRead[k]], k);
        for (qsizetype row = 0; row < qMin(qsizetype(m_firstScreenRows), first.size()); ++row) {
            if (const auto k = readIndex.constFind(first[row].path); k != readIndex.constEnd()) {
                readBody(first[row], read[size_t(*k)], m_profile, false);
                finish(first[row], QDateTime::currentDateTimeUtc());
            }
        }
        m_firstScreen(first);
        inParallel([&](qsizetype k) {
            readBody(posts[toRead[k]], read[size_t(k)], m_profile, m_searchable);
            read[size_t(k)] = {}; // its text is no longer needed
            m_readSoFar.fetch_add(1, std::memory_order_relaxed);
        });
    }
    m_lastParsed = int(toRead.size());

    m_cache.clear();
    if (!m_cacheFile.isEmpty()) {
        for (const PostSummary &post : std::as_const(posts))
            m_cache.insert(post.path, post);
    }
    // Writing the cache (most of it the posts' text, for search) takes a sixth of a cold scan
    // and is for the next session: the list need not wait for it. The copy of the cache is
    // shared, not copied, and this object changes it again only after waiting.
    if (!m_cacheFile.isEmpty() && (m_lastParsed > 0 || m_cache.size() != posts.size())) {
        m_cacheWrite =
            std::async(std::launch::async, [file = m_cacheFile, fingerprint = cacheFingerprint(), cache = m_cache] {
                saveCache(file, fingerprint, cache);
            });
    }
    finishAll(posts, gitRead ? m_states : git.get());
    return posts;
}

void PostLibrary::finishAll(QList<PostSummary> &posts, const QHash<QString, PostState> &states)
{
    m_states = states;
    // In UTC: comparing with a local time asks the C library for the time zone (a stat of
    // /etc/localtime) each time, 5,000 times on a 5,000-post blog.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (PostSummary &post : posts) {
        post.state = states.value(post.path, PostState::Unknown);
        finish(post, now);
    }
    sortNewestFirst(posts);
    if (m_profile.site->isMultilingual())
        linkTranslations(posts);
}

void PostLibrary::finish(PostSummary &post, const QDateTime &now) const
{
    post.reading = post.wasRead && post.isAnalysed
        ? ReadingTime::estimate(post.words, m_profile.readingPreset, post.isCjk)
        : ReadingEstimate();
    post.schedule = PostSchedule{post.date, post.publishDate, post.expiryDate}.at(*m_profile.site, now);
    post.appearsOn = post.schedule == Schedule::Scheduled ? post.publishDate : QDateTime();
}

void PostLibrary::linkTranslations(QList<PostSummary> &posts)
{
    QHash<QString, QList<qsizetype>> byKey;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        if (!posts[i].translationKey.isEmpty())
            byKey[posts[i].translationKey].append(i);
    }
    for (PostSummary &post : posts) {
        post.translations.clear();
        post.translationLanguages.clear();
        for (const qsizetype other : byKey.value(post.translationKey)) {
            if (posts[other].path == post.path)
                continue;
            post.translations.append(posts[other].path);
            post.translationLanguages.append(posts[other].language);
        }
    }
}

QList<PostSummary> PostLibrary::withoutTranslations(const QList<PostSummary> &posts, const SiteModel &site)
{
    if (!site.isMultilingual())
        return posts;
    QHash<QString, int> rank;
    for (qsizetype i = 0; i < site.languages.size(); ++i)
        rank.insert(site.languages[i].code, int(i));
    // The version in the earliest language of the site stands for the post.
    QHash<QString, qsizetype> chosen;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const PostSummary &post = posts[i];
        if (post.translations.isEmpty())
            continue;
        auto it = chosen.find(post.translationKey);
        if (it == chosen.end() || rank.value(post.language, INT_MAX) < rank.value(posts[*it].language, INT_MAX))
            chosen.insert(post.translationKey, i);
    }
    QList<PostSummary> folded;
    folded.reserve(posts.size());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        if (posts[i].translations.isEmpty() || chosen.value(posts[i].translationKey) == i)
            folded.append(posts[i]);
    }
    return folded;
}

void PostLibrary::sortNewestFirst(QList<PostSummary> &posts)
{
    // Each date's instant once, not two time-zone conversions per comparison. Undated posts last.
    std::vector<std::pair<qint64, qsizetype>> keys;
    keys.reserve(size_t(posts.size()));
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QDateTime when = posts[i].date.dateTime();
        keys.emplace_back(when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(), i);
    }
    std::sort(keys.begin(), keys.end(), [&posts](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return posts[a.second].path < posts[b.second].path;
    });
    QList<PostSummary> sorted;
    sorted.reserve(posts.size());
    for (const auto &key : keys)
        sorted.append(std::move(posts[key.second]));
    posts = std::move(sorted);
}

QList<PostSummary> PostLibrary::scan(const SiteProfile &profile)
{
    PostLibrary library(profile);
    return library.scan();
}

void PostLibrary::loadCache()
{
    m_cacheLoaded = true;
    if (m_cacheFile.isEmpty())
        return;
    QFile file(m_cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QDataStream in(&file);
    in.setByteOrder(cacheByteOrder);
    quint32 format = 0;
    QByteArray fingerprint;
    qint32 count = 0;
    in >> format >> fingerprint >> count;
    // Read for another blog, or with another configuration (a new baseURL changes every address).
    if (format != cacheFormat || fingerprint != cacheFingerprint() || count < 0)
        return;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        PostSummary post;
        in >> post;
        m_cache.insert(post.path, post);
    }
    if (in.status() != QDataStream::Ok)
        m_cache.clear();
}

QByteArray PostLibrary::cacheFingerprint() const
{
    const FieldNaming &naming = m_profile.naming;
    return m_profile.root.toUtf8() + '\n' + m_profile.site->fingerprint().toHex() + '\n'
        + QStringList{naming.title, naming.summary, naming.tags, naming.date, naming.draft}.join(u',').toUtf8() + '\n'
        + QByteArray::number(int(m_profile.readingPreset));
}

void PostLibrary::saveCache(
    const QString &cacheFile, const QByteArray &fingerprint, const QHash<QString, PostSummary> &cache)
{
    QDir().mkpath(QFileInfo(cacheFile).absolutePath());
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setByteOrder(cacheByteOrder);
    out << cacheFormat << fingerprint << qint32(cache.size());
    for (const PostSummary &post : cache)
        out << post;
    file.commit();
}

QHash<QString, PostState> PostLibrary::readGitStates(const QStringList &files) const
{
    QHash<QString, PostState> states;
    const Result<Repository> repository = Repository::open(m_profile.root);
    if (!repository || repository->isBare()) {
        for (const QString &file : files)
            states.insert(file, PostState::NotInRepository);
        return states;
    }
    git_repository *handle = repository->handle();
    const QString prefix = QDir(repository->workingDirectory()).absolutePath() + u'/';

    // One status pass (it uses the index's stat data, not hashing) says which files may differ
    // from HEAD; only those are hashed. Everything else is compared by the trees' blob ids, the
    // same rule as PostStatus::of: what is on disk, at HEAD, and on the remote branch.
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    // Only the posts' folders: a site's images and assets can be most of its files.
    QStringList folders;
    for (const PostFolder &folder : m_profile.site->postFolders) {
        if (folder.path.startsWith(prefix))
            folders.append(folder.path.sliced(prefix.size()) + u'/');
    }
    PathSpec pathspec(folders);
    if (!pathspec.isEmpty() && pathspec.size() == m_profile.site->postFolders.size()) {
        options.pathspec = pathspec.array();
        options.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
    }
    git_status_list *rawList = nullptr;
    if (git_status_list_new(&rawList, handle, &options) != 0)
        return states; // every post stays Unknown: nothing is guessed
    const StatusListPtr list(rawList);
    QSet<QString> differs;
    for (size_t i = 0; i < git_status_list_entrycount(list.get()); ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        for (const git_diff_delta *delta : {entry->head_to_index, entry->index_to_workdir}) {
            if (delta && delta->new_file.path)
                differs.insert(QString::fromUtf8(delta->new_file.path));
            if (delta && delta->old_file.path)
                differs.insert(QString::fromUtf8(delta->old_file.path));
        }
    }
    const Result<QString> branch = repository->currentBranch();
    git_object *rawHead = nullptr;
    git_object *rawRemote = nullptr;
    git_revparse_single(&rawHead, handle, "HEAD^{tree}");
    if (branch)
        git_revparse_single(&rawRemote, handle,
            (m_profile.publishTarget.trackingReference(*branch) + u"^{tree}"_s).toUtf8().constData());
    const ObjectPtr headTree(rawHead);
    const ObjectPtr remoteTree(rawRemote);
    const QHash<QString, QByteArray> head = blobsOf(reinterpret_cast<git_tree *>(headTree.get()));
    // Everything pushed, the usual case: the remote's tree is HEAD's, read once.
    const bool sameTrees =
        headTree && remoteTree && git_oid_equal(git_object_id(headTree.get()), git_object_id(remoteTree.get()));
    const QHash<QString, QByteArray> remote =
        sameTrees ? head : blobsOf(reinterpret_cast<git_tree *>(remoteTree.get()));
    for (const QString &file : files) {
        QString relative = file.startsWith(prefix) ? file.sliced(prefix.size()) : QString();
        if (relative.isEmpty()) {
            // Reached through a symbolic link, say: the real path tells.
            const QString real = QFileInfo(file).canonicalFilePath();
            if (!real.startsWith(prefix))
                continue; // outside the working tree: Unknown
            relative = real.sliced(prefix.size());
        }
        QByteArray onDisk = head.value(relative);
        if (onDisk.isEmpty() || differs.contains(relative)) {
            git_oid id;
            const QByteArray path = relative.toUtf8();
            onDisk = git_repository_hashfile(&id, handle, path.constData(), GIT_OBJECT_BLOB, nullptr) == 0
                ? idBytes(id)
                : QByteArray();
            if (onDisk.isEmpty())
                continue;
        }
        states.insert(file, PostStatus::decide(onDisk, head.value(relative), remote.value(relative)));
    }
    return states;
}

QString PostLibrary::newestPost(const QList<PostSummary> &posts)
{
    return posts.isEmpty() ? QString() : posts.first().path;
}

QList<PostSummary> PostLibrary::select(
    const QList<PostSummary> &posts, const QString &search, const QString &tag, Order order)
{
    QList<PostSummary> selected;
    const QStringList words = search.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const PostSummary &post : posts) {
        if (!tag.isEmpty() && !post.tags.contains(tag, Qt::CaseInsensitive))
            continue;
        if (std::all_of(
                words.begin(), words.end(), [&](const QString &word) { return post.searchText.contains(word); }))
            selected.append(post);
    }
    if (order == Order::Title) {
        std::stable_sort(selected.begin(), selected.end(), [](const PostSummary &a, const PostSummary &b) {
            return QString::localeAwareCompare(a.title, b.title) < 0;
        });
    }
    return selected;
}

QStringList PostLibrary::allTags(const QList<PostSummary> &posts)
{
    QStringList tags;
    for (const PostSummary &post : posts)
        tags += post.tags;
    tags.removeDuplicates();
    std::sort(tags.begin(), tags.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

QStringList PostLibrary::allTerms(const QList<PostSummary> &posts, const QString &taxonomy)
{
    if (taxonomy == u"tags")
        return allTags(posts);
    QStringList terms;
    for (const PostSummary &post : posts)
        terms += post.terms.value(taxonomy);
    terms.removeDuplicates();
    std::sort(terms.begin(), terms.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return terms;
}

} // namespace Postwright::Core

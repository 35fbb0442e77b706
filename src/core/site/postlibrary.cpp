#include "site/postlibrary.h"

#include "document/post.h"
#include "document/textfile.h"
#include "git/gitptr.h"
#include "git/repository.h"

#include <QDataStream>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <future>
#include <limits>
#include <thread>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint32 cacheFormat = 3;

// Most of the cache is the posts' text (for search): in the machine's own byte order it is copied
// as it is, where QDataStream's default big-endian order would swap every character, both ways.
// A cache in the older big-endian format reads as another format number and is rebuilt.
constexpr QDataStream::ByteOrder cacheByteOrder = QDataStream::LittleEndian;

PostSummary readPost(const QString &path, const QFileInfo &info, const SiteProfile &profile)
{
    PostSummary summary;
    summary.path = path;
    summary.modified = info.lastModified();
    summary.size = info.size();
    const Result<LoadedText> loaded = TextFile::load(path);
    if (!loaded) {
        summary.error = loaded.error().message;
        return summary;
    }
    // Words only: listing needs no HTML.
    const Post post = Post::analyse(loaded->text, {}, profile.naming, false);
    const FrontMatter &frontMatter = post.frontMatter();
    if (frontMatter.hasError())
        summary.error = frontMatter.error()->message;
    summary.title = frontMatter.title();
    summary.summary = frontMatter.summary();
    summary.date = frontMatter.date();
    summary.isDraft = frontMatter.draft().value_or(false);
    summary.tags = frontMatter.tags();
    summary.reading = post.readingTime(profile.readingPreset);
    summary.searchText = (summary.title + u'\n' + summary.summary + u'\n'
        + QStringView(loaded->text).sliced(frontMatter.bodyStart()).toString())
                             .toLower();
    return summary;
}

QDataStream &operator<<(QDataStream &out, const PostSummary &post)
{
    return out << post.path << post.title << post.summary << post.date.text() << post.isDraft << post.tags
               << post.reading.words << post.reading.minutes << post.reading.text << post.error << post.searchText
               << post.modified << post.size;
}

QDataStream &operator>>(QDataStream &in, PostSummary &post)
{
    QString date;
    in >> post.path >> post.title >> post.summary >> date >> post.isDraft >> post.tags >> post.reading.words
        >> post.reading.minutes >> post.reading.text >> post.error >> post.searchText >> post.modified >> post.size;
    post.date = PostDate::fromText(date);
    return in;
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
    return fileName.endsWith(u".md"_s, Qt::CaseInsensitive) || fileName.endsWith(u".markdown"_s, Qt::CaseInsensitive)
        || fileName.endsWith(u".mdx"_s, Qt::CaseInsensitive);
}

QStringList PostLibrary::postFiles() const
{
    QStringList files;
    QStringList folders = {m_profile.absoluteContentFolder()};
    for (const QString &extra : m_profile.extraFolders)
        folders.append(QDir(m_profile.root).filePath(extra));
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isPostFile(path) && !path.contains(u"/.git/"_s) && !path.contains(u"/node_modules/"_s))
                files.append(path);
        }
    }
    return files;
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
    std::future<GitStates> git = std::async(std::launch::async, [this] { return readGitStates(); });
    QList<PostSummary> posts(files.size());
    QList<qsizetype> toRead;
    // One stat per file: the same QFileInfo serves the cache check and the read.
    QList<QFileInfo> infos;
    infos.reserve(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QFileInfo &info = infos.emplace_back(files[i]);
        const auto cached = m_cache.constFind(files[i]);
        if (cached != m_cache.constEnd() && cached->size == info.size() && cached->modified == info.lastModified())
            posts[i] = *cached;
        else
            toRead.append(i);
    }
    m_toRead = int(toRead.size());
    // Parsing is the cost of a cold scan: share it between the cores.
    const unsigned workers = qBound(1u, std::thread::hardware_concurrency(), 8u);
    std::vector<std::thread> threads;
    for (unsigned worker = 0; worker < workers && qsizetype(worker) < toRead.size(); ++worker) {
        threads.emplace_back([&, worker] {
            for (qsizetype k = worker; k < toRead.size(); k += workers) {
                const qsizetype i = toRead[k];
                posts[i] = readPost(files[i], infos[i], m_profile);
                m_readSoFar.fetch_add(1, std::memory_order_relaxed);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    m_lastParsed = int(toRead.size());

    m_cache.clear();
    for (const PostSummary &post : std::as_const(posts))
        m_cache.insert(post.path, post);
    // Writing the cache (most of it the posts' text, for search) takes a sixth of a cold scan
    // and is for the next session: the list need not wait for it. The copy of the cache is
    // shared, not copied, and this object changes it again only after waiting.
    if (!m_cacheFile.isEmpty() && (m_lastParsed > 0 || m_cache.size() != posts.size())) {
        m_cacheWrite = std::async(std::launch::async,
            [file = m_cacheFile, root = m_profile.root, cache = m_cache] { saveCache(file, root, cache); });
    }
    applyGitStates(posts, git.get());
    sortNewestFirst(posts);
    return posts;
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
    QString root;
    qint32 count = 0;
    in >> format >> root >> count;
    if (format != cacheFormat || root != m_profile.root || count < 0)
        return;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        PostSummary post;
        in >> post;
        m_cache.insert(post.path, post);
    }
    if (in.status() != QDataStream::Ok)
        m_cache.clear();
}

void PostLibrary::saveCache(const QString &cacheFile, const QString &root, const QHash<QString, PostSummary> &cache)
{
    QDir().mkpath(QFileInfo(cacheFile).absolutePath());
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setByteOrder(cacheByteOrder);
    out << cacheFormat << root << qint32(cache.size());
    for (const PostSummary &post : cache)
        out << post;
    file.commit();
}

PostLibrary::GitStates PostLibrary::readGitStates() const
{
    GitStates states;
    const Result<Repository> repository = Repository::open(m_profile.root);
    if (!repository || repository->isBare())
        return states;
    states.available = true;
    states.workingDirectory = repository->workingDirectory();
    git_repository *handle = repository->handle();

    // One status pass over the content folder (it uses the index's stat data, not hashing) and
    // one comparison of HEAD with the remote branch give every post's state.
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *rawList = nullptr;
    if (git_status_list_new(&rawList, handle, &options) == 0) {
        const StatusListPtr list(rawList);
        for (size_t i = 0; i < git_status_list_entrycount(list.get()); ++i) {
            const git_status_entry *entry = git_status_byindex(list.get(), i);
            const git_diff_delta *delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
            if (!delta)
                continue;
            const QString path = QString::fromUtf8(delta->new_file.path);
            if (entry->status & GIT_STATUS_WT_NEW)
                states.untracked.insert(path);
            else
                states.changedHere.insert(path);
        }
    }
    const Result<QString> branch = repository->currentBranch();
    git_object *headTree = nullptr;
    git_object *remoteTree = nullptr;
    git_revparse_single(&headTree, handle, "HEAD^{tree}");
    if (branch)
        git_revparse_single(&remoteTree, handle,
            (m_profile.publishTarget.trackingReference(*branch) + u"^{tree}"_s).toUtf8().constData());
    const ObjectPtr head(headTree);
    const ObjectPtr remote(remoteTree);
    if (head) {
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, handle, reinterpret_cast<git_tree *>(remote.get()),
                reinterpret_cast<git_tree *>(head.get()), nullptr)
            == 0) {
            const DiffPtr diff(rawDiff);
            for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i)
                states.unpushed.insert(QString::fromUtf8(git_diff_get_delta(diff.get(), i)->new_file.path));
        }
    }
    // Every file the remote branch has, in one walk: looking posts up one by one would read the
    // big content tree again each time (libgit2 does not cache trees over 4 KiB).
    if (remote) {
        git_tree_walk(
            reinterpret_cast<git_tree *>(remote.get()), GIT_TREEWALK_PRE,
            [](const char *folder, const git_tree_entry *entry, void *payload) {
                if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB) {
                    static_cast<QSet<QString> *>(payload)->insert(
                        QString::fromUtf8(folder) + QString::fromUtf8(git_tree_entry_name(entry)));
                }
                return 0;
            },
            &states.remoteFiles);
    }
    return states;
}

void PostLibrary::applyGitStates(QList<PostSummary> &posts, const GitStates &git)
{
    if (!git.available)
        return;
    const QDir root(git.workingDirectory);
    const QString prefix = root.absolutePath() + u'/';
    for (PostSummary &post : posts) {
        // Listed paths are clean and absolute: most need only the prefix cut off.
        const QString relative =
            post.path.startsWith(prefix) ? post.path.sliced(prefix.size()) : root.relativeFilePath(post.path);
        const bool remoteHasIt = git.remoteFiles.contains(relative);
        if (git.untracked.contains(relative))
            post.state = PostState::NotPublished;
        else if (git.changedHere.contains(relative))
            post.state = remoteHasIt ? PostState::ChangedSincePublish : PostState::NotPublished;
        else if (git.unpushed.contains(relative))
            post.state = PostState::CommittedNotPushed;
        else
            post.state = remoteHasIt ? PostState::Published : PostState::NotPublished;
    }
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

} // namespace Postwright::Core

#include "site/jekyllsite.h"

#include "site/configfile.h"

#include <QDir>
#include <QFileInfo>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList configNames = {u"_config.yml"_s, u"_config.yaml"_s, u"_config.toml"_s};

bool hasConfig(const QDir &dir)
{
    return std::any_of(
        configNames.begin(), configNames.end(), [&dir](const QString &name) { return dir.exists(name); });
}

// Jekyll skips folders whose names start with an underscore or a dot, besides its own.
bool isSkipped(const QString &name, const QStringList &excluded)
{
    return name.startsWith(u'.') || (name.startsWith(u'_') && name != u"_posts" && name != u"_drafts")
        || name == u"node_modules" || name == u"vendor" || excluded.contains(name);
}

void findPostFolders(
    const QString &site, const QString &folder, const QStringList &excluded, QList<PostFolder> &folders, int depth = 0)
{
    if (depth > 8)
        return;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(name);
        if (name == u"_posts" || name == u"_drafts") {
            const QString above = QDir(site).relativeFilePath(folder);
            const QStringList categories = above == u"." ? QStringList() : above.split(u'/', Qt::SkipEmptyParts);
            folders.append({path, {}, u"posts"_s, categories, name == u"_drafts"});
            continue;
        }
        if (!isSkipped(name, excluded))
            findPostFolders(site, path, excluded, folders, depth + 1);
    }
}

} // namespace

QString JekyllSite::siteFolder(const QString &root)
{
    const QDir dir(root);
    if (hasConfig(dir))
        return QDir::cleanPath(root);
    // GitHub Pages builds docs/ when the repository says so; any first-level folder with a config.
    QStringList candidates = {u"docs"_s};
    candidates += dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.startsWith(u'.') && hasConfig(QDir(dir.filePath(candidate))))
            return QDir::cleanPath(dir.filePath(candidate));
    }
    return {};
}

SiteModel JekyllSite::read(const QString &root)
{
    SiteModel site;
    site.generator = Generator::Jekyll;
    site.root = QDir::cleanPath(root);
    site.siteRoot = siteFolder(root);
    if (site.siteRoot.isEmpty())
        site.siteRoot = site.root;
    const QDir dir(site.siteRoot);
    QVariantMap config;
    for (const QString &name : configNames) {
        if (!dir.exists(name))
            continue;
        const QString path = dir.filePath(name);
        site.configFiles.append(path);
        const Result<QVariantMap> read = ConfigFile::read(path, ConfigFile::Keys::AsWritten);
        if (read)
            config = *read;
        else
            site.problems.append(read.error().withLocation(path));
        break;
    }
    site.configValues = ConfigFile::scalars(config);
    QString url = config.value(u"url"_s).toString();
    const QString baseurl = config.value(u"baseurl"_s).toString();
    while (url.endsWith(u'/'))
        url.chop(1);
    if (!url.isEmpty() || !baseurl.isEmpty())
        site.baseUrl = url + (baseurl.startsWith(u'/') || baseurl.isEmpty() ? baseurl : u'/' + baseurl) + u'/';
    site.buildFuture = config.value(u"future"_s).toBool();
    site.buildDrafts = config.value(u"show_drafts"_s).toBool();
    site.buildExpired = true; // Jekyll has no expiry date
    site.timeZone = config.value(u"timezone"_s).toString();
    site.rawHtml = true; // kramdown passes HTML through
    site.taxonomies = {u"tags"_s, u"categories"_s};
    site.staticFolder = site.siteRoot;
    site.defaultLanguage = config.value(u"lang"_s, config.value(u"locale"_s)).toString();
    site.languages.append({site.defaultLanguage, {}, site.defaultLanguage, 0, site.siteRoot, {}});
    const QVariant permalink = config.value(u"permalink"_s, u"date"_s);
    site.permalinks.insert(QString(), permalink.toString());

    const QStringList excluded = ConfigFile::stringList(config.value(u"exclude"_s));
    const QString collectionsDir = config.value(u"collections_dir"_s).toString();
    const QString collectionsRoot = collectionsDir.isEmpty() ? site.siteRoot : dir.filePath(collectionsDir);
    // With a collections_dir, posts and drafts live in it.
    findPostFolders(collectionsRoot, collectionsRoot, excluded, site.postFolders);
    std::stable_sort(site.postFolders.begin(), site.postFolders.end(), [](const PostFolder &a, const PostFolder &b) {
        return std::make_tuple(a.drafts, a.categories.size()) < std::make_tuple(b.drafts, b.categories.size());
    });
    if (site.postFolders.isEmpty() || site.postFolders.first().drafts || !site.postFolders.first().categories.isEmpty())
        site.postFolders.prepend({QDir(collectionsRoot).filePath(u"_posts"_s), {}, u"posts"_s, {}, false});

    // Collections that are written out as pages are posts of their own kind.
    const QVariant collections = config.value(u"collections"_s);
    QVariantMap described;
    if (collections.typeId() == QMetaType::QVariantMap)
        described = collections.toMap();
    else
        for (const QString &name : ConfigFile::stringList(collections))
            described.insert(name, QVariantMap());
    for (auto it = described.cbegin(); it != described.cend(); ++it) {
        const QVariantMap collection = it->toMap();
        if (it.key() == u"posts" || !collection.value(u"output"_s).toBool())
            continue;
        site.postFolders.append({QDir(collectionsRoot).filePath(u'_' + it.key()), {}, it.key(), {}, false});
        site.permalinks.insert(it.key(), collection.value(u"permalink"_s).toString());
    }
    return site;
}

} // namespace Postwright::Core

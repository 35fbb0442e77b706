#include "site/hugosite.h"

#include "site/configfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList configExtensions = {u"toml"_s, u"yaml"_s, u"yml"_s, u"json"_s};

QString rootConfigFile(const QDir &root)
{
    for (const QString &base : {u"hugo"_s, u"config"_s}) {
        for (const QString &extension : configExtensions) {
            if (QFileInfo(root.filePath(base + u'.' + extension)).isFile())
                return root.filePath(base + u'.' + extension);
        }
    }
    return {};
}

// config/<environment>/params.fr.toml holds languages.fr.params; config.toml the top level.
void mergeConfigFolder(const QString &folder, QVariantMap &config, QStringList &files, QStringList &problems)
{
    QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(names)) {
        const QString path = QDir(folder).filePath(name);
        if (!ConfigFile::formatOf(path))
            continue;
        const Result<QVariantMap> read = ConfigFile::read(path, ConfigFile::Keys::LowerCase);
        files.append(path);
        if (!read) {
            problems.append(read.error().withLocation(path));
            continue;
        }
        const QStringList parts = QFileInfo(name).completeBaseName().toLower().split(u'.');
        const QString key = parts.first();
        QVariantMap overlay;
        if (key == u"config" || key == u"hugo")
            overlay = *read;
        else if (parts.size() == 2)
            overlay = {{u"languages"_s, QVariantMap{{parts[1], QVariantMap{{key, *read}}}}}};
        else
            overlay = {{key, *read}};
        ConfigFile::merge(config, overlay);
    }
}

// Hugo 0.111 writes `permalinks.<section>`; later versions also `permalinks.page.<section>`.
QHash<QString, QString> permalinksOf(const QVariant &value)
{
    QVariantMap permalinks = value.toMap();
    if (permalinks.value(u"page"_s).typeId() == QMetaType::QVariantMap)
        permalinks = permalinks.value(u"page"_s).toMap();
    QHash<QString, QString> patterns;
    for (auto it = permalinks.cbegin(); it != permalinks.cend(); ++it) {
        if (it->typeId() == QMetaType::QString)
            patterns.insert(it.key(), it->toString());
    }
    return patterns;
}

} // namespace

bool HugoSite::isContentFile(const QString &name)
{
    return name.endsWith(u".md"_s, Qt::CaseInsensitive) || name.endsWith(u".markdown"_s, Qt::CaseInsensitive)
        || name.endsWith(u".mdown"_s, Qt::CaseInsensitive);
}

bool HugoSite::isHugoSite(const QString &root)
{
    const QDir dir(root);
    return !rootConfigFile(dir).isEmpty() || QFileInfo(dir.filePath(u"config/_default"_s)).isDir();
}

QVariantMap HugoSite::configuration(const QString &root, QStringList &files, QStringList &problems)
{
    const QDir dir(root);
    QVariantMap config;
    if (const QString file = rootConfigFile(dir); !file.isEmpty()) {
        files.append(file);
        const Result<QVariantMap> read = ConfigFile::read(file, ConfigFile::Keys::LowerCase);
        if (read)
            config = *read;
        else
            problems.append(read.error().withLocation(file));
    }
    // `hugo` builds for production: its folder overrides the defaults.
    for (const QString &environment : {u"_default"_s, u"production"_s}) {
        const QString folder = dir.filePath(u"config/"_s + environment);
        if (QFileInfo(folder).isDir())
            mergeConfigFolder(folder, config, files, problems);
    }
    return config;
}

void HugoSite::regularPages(const QString &folder, QStringList &pages, int depth)
{
    if (depth > 32)
        return;
    // One listing of the folder (no stat per entry): its content files, and its folders.
    QStringList files;
    QStringList folders;
    QDirIterator entries(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    bool leafBundle = false;
    while (entries.hasNext()) {
        const QString path = entries.next();
        const QString name = entries.fileName();
        if (entries.fileInfo().isDir()) {
            folders.append(path);
        } else if (isContentFile(name)) {
            if (name.startsWith(u"index."_s))
                leafBundle = true;
            if (!name.startsWith(u"_index."_s))
                files.append(path);
        }
    }
    if (leafBundle) {
        // A leaf bundle's other content files and folders are its resources.
        for (const QString &path : std::as_const(files)) {
            if (QStringView(path).sliced(path.lastIndexOf(u'/') + 1).startsWith(u"index."_s))
                pages.append(path);
        }
        return;
    }
    pages += files;
    for (const QString &sub : std::as_const(folders))
        regularPages(sub, pages, depth + 1);
}

SiteModel HugoSite::read(const QString &root)
{
    SiteModel site;
    site.generator = Generator::Hugo;
    site.root = QDir::cleanPath(root);
    site.siteRoot = site.root;
    const QDir dir(site.root);
    const QVariantMap config = configuration(site.root, site.configFiles, site.problems);
    const auto get = [&config](const QString &path) { return ConfigFile::value(config, path); };

    site.configValues = ConfigFile::scalars(config);
    site.baseUrl = get(u"baseurl"_s).toString();
    site.contentFolder = dir.filePath(
        QDir::cleanPath(get(u"contentdir"_s).toString().isEmpty() ? u"content"_s : get(u"contentdir"_s).toString()));
    site.staticFolder = dir.filePath(u"static"_s);
    site.defaultLanguage = get(u"defaultcontentlanguage"_s).toString().toLower();
    if (site.defaultLanguage.isEmpty())
        site.defaultLanguage = u"en"_s;
    site.defaultLanguageInSubfolder = get(u"defaultcontentlanguageinsubdir"_s).toBool();
    site.hasCjkLanguage = get(u"hascjklanguage"_s).toBool();
    site.rawHtml = get(u"markup.goldmark.renderer.unsafe"_s).toBool();
    site.buildDrafts = get(u"builddrafts"_s).toBool();
    site.buildFuture = get(u"buildfuture"_s).toBool();
    site.buildExpired = get(u"buildexpired"_s).toBool();
    site.disablePathToLower = get(u"disablepathtolower"_s).toBool();
    site.removePathAccents = get(u"removepathaccents"_s).toBool();
    site.theme = ConfigFile::stringList(get(u"theme"_s)).value(0);
    site.timeZone = get(u"timezone"_s).toString();
    site.highlightStyle = get(u"markup.highlight.style"_s).toString();
    if (const QVariant length = get(u"summarylength"_s); length.isValid())
        site.summaryLength = length.toInt();

    site.permalinks = permalinksOf(get(u"permalinks"_s));
    const QVariant taxonomies = get(u"taxonomies"_s);
    if (taxonomies.typeId() == QMetaType::QVariantMap) {
        for (const QVariant &plural : taxonomies.toMap())
            site.taxonomies.append(plural.toString());
    } else {
        site.taxonomies = {u"tags"_s, u"categories"_s};
    }
    site.taxonomies.removeAll(QString());

    const QVariantMap languages = get(u"languages"_s).toMap();
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        const QVariantMap language = it->toMap();
        if (language.value(u"disabled"_s).toBool())
            continue;
        SiteLanguage entry;
        entry.code = it.key().toLower();
        entry.name = language.value(u"languagename"_s).toString();
        entry.languageCode = language.value(u"languagecode"_s).toString();
        entry.weight = language.value(u"weight"_s).toInt();
        const QString contentDir = language.value(u"contentdir"_s).toString();
        entry.contentFolder = contentDir.isEmpty() ? site.contentFolder : dir.filePath(QDir::cleanPath(contentDir));
        entry.permalinks = permalinksOf(language.value(u"permalinks"_s));
        site.languages.append(entry);
    }
    if (site.languages.isEmpty())
        site.languages.append({site.defaultLanguage, {}, get(u"languagecode"_s).toString(), 0, site.contentFolder, {}});
    std::stable_sort(site.languages.begin(), site.languages.end(), [](const auto &a, const auto &b) {
        if (a.weight != b.weight)
            return (a.weight == 0 ? INT_MAX : a.weight) < (b.weight == 0 ? INT_MAX : b.weight);
        return a.code < b.code;
    });
    // The default language first: new posts are written in it.
    std::stable_partition(site.languages.begin(), site.languages.end(),
        [&site](const SiteLanguage &language) { return language.code == site.defaultLanguage; });

    site.mainSections = ConfigFile::stringList(get(u"params.mainsections"_s));
    if (site.mainSections.isEmpty()) {
        for (const SiteLanguage &language : std::as_const(site.languages)) {
            site.mainSections = ConfigFile::stringList(
                ConfigFile::value(config, u"languages."_s + language.code + u".params.mainsections"_s));
            if (!site.mainSections.isEmpty())
                break;
        }
    }
    if (site.mainSections.isEmpty()) {
        // Hugo's default: the section with the most regular pages.
        QHash<QString, int> counts;
        for (const SiteLanguage &language : std::as_const(site.languages)) {
            const QDir content(language.contentFolder);
            for (const QString &section : content.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                QStringList pages;
                regularPages(content.filePath(section), pages);
                counts[section] += int(pages.size());
            }
        }
        QString most;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(most) || (it.value() == counts.value(most) && it.key() < most))
                most = it.key();
        }
        if (!most.isEmpty() && counts.value(most) > 0)
            site.mainSections = {most};
        else if (counts.isEmpty() || QDir(site.contentFolder).exists(u"posts"_s))
            site.mainSections = {u"posts"_s};
    }
    QStringList seen;
    for (const SiteLanguage &language : std::as_const(site.languages)) {
        for (const QString &section : std::as_const(site.mainSections)) {
            const QString folder = QDir(language.contentFolder).filePath(section);
            if (seen.contains(folder))
                continue;
            seen.append(folder);
            // Languages sharing one content folder tell their posts apart by file name.
            const bool shared =
                std::count_if(site.languages.begin(), site.languages.end(),
                    [&](const SiteLanguage &other) { return other.contentFolder == language.contentFolder; })
                > 1;
            site.postFolders.append({folder, shared ? QString() : language.code, section, {}, false});
        }
    }
    return site;
}

} // namespace Postwright::Core

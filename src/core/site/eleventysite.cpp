#include "site/eleventysite.h"

#include "site/configfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList configNames()
{
    QStringList names;
    for (const QString &extension : {u"js"_s, u"mjs"_s, u"cjs"_s, u"ts"_s, u"mts"_s})
        names.append(u"eleventy.config."_s + extension);
    names.append(u".eleventy.js"_s);
    return names;
}

} // namespace

bool EleventySite::isEleventySite(const QString &root)
{
    const QDir dir(root);
    const QStringList names = configNames();
    return std::any_of(names.begin(), names.end(), [&dir](const QString &name) { return dir.exists(name); });
}

QString EleventySite::inputFolder(const QString &root)
{
    static const QRegularExpression input(
        uR"((?:\bdir\s*:\s*\{[^}]{0,1000}?\binput\s*:|\bsetInputDirectory\s*\()\s*(["'`])([^"'`\n]+)\1)"_s);
    const QDir dir(root);
    for (const QString &name : configNames()) {
        QFile config(dir.filePath(name));
        if (!config.open(QIODevice::ReadOnly))
            continue;
        const QRegularExpressionMatch match = input.match(QString::fromUtf8(config.read(256 * 1024)));
        const QString folder = QDir::cleanPath(match.captured(2));
        if (!match.hasMatch() || folder == u"." || QDir::isAbsolutePath(folder) || folder == u".."
            || folder.startsWith(u"../"))
            return {};
        return folder;
    }
    return {};
}

SiteModel EleventySite::read(const QString &root)
{
    SiteModel site;
    site.generator = Generator::Eleventy;
    site.root = QDir::cleanPath(root);
    site.siteRoot = site.root;
    const QDir dir(site.root);
    for (const QString &name : configNames()) {
        if (dir.exists(name))
            site.configFiles.append(dir.filePath(name));
    }
    site.staticFolder = site.root;
    site.rawHtml = true;
    site.taxonomies = {u"tags"_s};
    const QString input = inputFolder(root);
    const QString posts = input.isEmpty() ? dir.filePath(u"posts"_s) : dir.filePath(input + u"/posts"_s);
    site.languages.append({QString(), {}, {}, 0, input.isEmpty() ? site.root : dir.filePath(input), {}});
    site.postFolders.append({posts, {}, u"posts"_s, {}, false});
    // A directory data file gives every post in the folder its permalink.
    for (const QString &name : {u"posts.11tydata.json"_s, u"posts.json"_s}) {
        const QString path = QDir(posts).filePath(name);
        if (!QFileInfo(path).isFile())
            continue;
        site.configFiles.append(path);
        const Result<QVariantMap> data = ConfigFile::read(path, ConfigFile::Keys::AsWritten);
        if (!data) {
            site.problems.append(data.error().withLocation(path));
            continue;
        }
        if (data->value(u"permalink"_s).typeId() == QMetaType::QString)
            site.permalinks.insert(u"posts"_s, data->value(u"permalink"_s).toString());
        break;
    }
    return site;
}

} // namespace Postwright::Core

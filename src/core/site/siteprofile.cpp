#include "site/siteprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

bool hasAny(const QDir &root, const QStringList &names)
{
    for (const QString &name : names) {
        if (QFileInfo::exists(root.filePath(name)))
            return true;
    }
    return false;
}

const QStringList scriptExtensions = {u"js"_s, u"mjs"_s, u"cjs"_s, u"ts"_s, u"mts"_s};

QStringList withExtensions(const QString &base, const QStringList &suffixes)
{
    QStringList names;
    for (const QString &suffix : suffixes)
        names.append(base + u'.' + suffix);
    return names;
}

QStringList eleventyConfigNames()
{
    return withExtensions(u"eleventy.config"_s, scriptExtensions) + QStringList{u".eleventy.js"_s};
}

// The input folder an Eleventy config names as a plain string, in `dir: { input: "src" }` or
// `setInputDirectory("src")`. The config is JavaScript and is not run: a folder it computes is not
// found (Blog Settings can name it), and one outside the repository is ignored.
QString eleventyInputFolder(const QDir &root)
{
    static const QRegularExpression input(
        uR"((?:\bdir\s*:\s*\{[^}]{0,1000}?\binput\s*:|\bsetInputDirectory\s*\()\s*(["'`])([^"'`\n]+)\1)"_s);
    for (const QString &name : eleventyConfigNames()) {
        QFile config(root.filePath(name));
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

} // namespace

SiteProfile SiteProfile::detect(const QString &root)
{
    const QDir dir(root);
    const QStringList hugoConfig = withExtensions(u"hugo"_s, {u"toml"_s, u"yaml"_s, u"yml"_s, u"json"_s})
        + withExtensions(u"config"_s, {u"toml"_s, u"yaml"_s, u"yml"_s, u"json"_s});
    if (hasAny(dir, hugoConfig) || QFileInfo(dir.filePath(u"config/_default"_s)).isDir())
        return forGenerator(Generator::Hugo, root);
    if (hasAny(dir, {u"_config.yml"_s, u"_config.yaml"_s, u"_config.toml"_s}))
        return forGenerator(Generator::Jekyll, root);
    if (hasAny(dir, withExtensions(u"astro.config"_s, scriptExtensions)))
        return forGenerator(Generator::Astro, root);
    if (hasAny(dir, eleventyConfigNames()))
        return forGenerator(Generator::Eleventy, root);
    return forGenerator(Generator::Unknown, root);
}

SiteProfile SiteProfile::forGenerator(Generator generator, const QString &root)
{
    SiteProfile profile;
    profile.generator = generator;
    profile.root = QDir::cleanPath(root);
    const QDir dir(root);
    switch (generator) {
    case Generator::Hugo:
        profile.staticFolder = dir.filePath(u"static"_s);
        profile.contentFolder =
            dir.exists(u"content/posts"_s) || !dir.exists(u"content"_s) ? u"content/posts"_s : u"content"_s;
        profile.readingPreset = ReadingPreset::Hugo;
        break;
    case Generator::Jekyll:
        profile.staticFolder = profile.root;
        profile.contentFolder = u"_posts"_s;
        profile.extraFolders = {u"_drafts"_s};
        profile.naming.summary = u"excerpt"_s;
        profile.naming.draft = u"published"_s;
        profile.readingPreset = ReadingPreset::ReadingTime;
        break;
    case Generator::Astro:
        profile.staticFolder = dir.filePath(u"public"_s);
        profile.contentFolder = u"src/content/blog"_s;
        profile.naming.summary = u"description"_s;
        profile.naming.date = u"pubDate"_s;
        profile.readingPreset = ReadingPreset::ReadingTime;
        break;
    case Generator::Eleventy:
        profile.staticFolder = profile.root;
        if (const QString input = eleventyInputFolder(dir); !input.isEmpty())
            profile.contentFolder = input + u"/posts"_s;
        else
            profile.contentFolder = u"posts"_s;
        profile.naming.summary = u"description"_s;
        profile.readingPreset = ReadingPreset::ReadingTime;
        break;
    case Generator::Unknown:
        profile.staticFolder = profile.root;
        profile.contentFolder = QString();
        profile.readingPreset = ReadingPreset::Hugo;
        break;
    }
    // The site's main stylesheet, where the usual places hold a plain CSS file.
    static const QStringList stylesheetCandidates = {u"static/css/style.css"_s, u"static/css/main.css"_s,
        u"static/style.css"_s, u"assets/css/style.css"_s, u"assets/main.css"_s, u"public/styles/global.css"_s,
        u"public/style.css"_s, u"css/style.css"_s, u"css/index.css"_s, u"src/styles/global.css"_s};
    for (const QString &candidate : stylesheetCandidates) {
        if (QFileInfo(dir.filePath(candidate)).isFile()) {
            profile.stylesheet = dir.filePath(candidate);
            break;
        }
    }
    return profile;
}

SiteProfile SiteProfile::withOverrides(const QString &root, const QString &generatorName, const QString &contentFolder)
{
    SiteProfile profile = detect(root);
    for (Generator generator :
        {Generator::Hugo, Generator::Jekyll, Generator::Astro, Generator::Eleventy, Generator::Unknown}) {
        if (!generatorName.isEmpty()
            && SiteProfile::generatorName(generator).compare(generatorName, Qt::CaseInsensitive) == 0)
            profile = forGenerator(generator, root);
    }
    // Only a folder inside the blog.
    const QString clean = QDir::cleanPath(contentFolder);
    if (!contentFolder.isEmpty() && !clean.startsWith(u".."_s) && !QDir::isAbsolutePath(clean))
        profile.contentFolder = clean == u"."_s ? QString() : clean;
    return profile;
}

QString SiteProfile::generatorName(Generator generator)
{
    switch (generator) {
    case Generator::Hugo: return u"Hugo"_s;
    case Generator::Jekyll: return u"Jekyll"_s;
    case Generator::Astro: return u"Astro"_s;
    case Generator::Eleventy: return u"Eleventy"_s;
    case Generator::Unknown: return u"Markdown"_s;
    }
    return {};
}

QString SiteProfile::absoluteContentFolder() const
{
    return contentFolder.isEmpty() ? root : QDir(root).filePath(contentFolder);
}

} // namespace Postwright::Core

#include "site/siteprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

QString relativeTo(const QString &root, const QString &folder)
{
    const QString relative = QDir(root).relativeFilePath(folder);
    return relative == u"." ? QString() : relative;
}

} // namespace

SiteProfile SiteProfile::detect(const QString &root)
{
    return fromModel(SiteModel::read(root));
}

SiteProfile SiteProfile::forGenerator(Generator generator, const QString &root)
{
    return fromModel(SiteModel::readAs(generator, root));
}

SiteProfile SiteProfile::fromModel(SiteModel model)
{
    SiteProfile profile;
    profile.generator = model.generator;
    profile.root = model.root;
    profile.staticFolder = model.staticFolder;
    const QDir dir(model.root);
    switch (model.generator) {
    case Generator::Hugo:
    case Generator::Unknown: profile.readingPreset = ReadingPreset::Hugo; break;
    case Generator::Jekyll:
        profile.naming.summary = u"excerpt"_s;
        profile.naming.draft = u"published"_s;
        profile.readingPreset = ReadingPreset::ReadingTime;
        break;
    case Generator::Astro:
        profile.naming.summary = u"description"_s;
        profile.naming.date = u"pubDate"_s;
        profile.readingPreset = ReadingPreset::ReadingTime;
        break;
    case Generator::Eleventy:
        profile.naming.summary = u"description"_s;
        profile.readingPreset = ReadingPreset::ReadingTime;
        break;
    }
    if (!model.postFolders.isEmpty())
        profile.contentFolder = relativeTo(model.root, model.postFolders.first().path);
    for (qsizetype i = 1; i < model.postFolders.size(); ++i)
        profile.extraFolders.append(relativeTo(model.root, model.postFolders[i].path));
    // The site's main stylesheet, where the usual places hold a plain CSS file.
    static const QStringList stylesheetCandidates = {u"static/css/style.css"_s, u"static/css/main.css"_s,
        u"static/style.css"_s, u"assets/css/style.css"_s, u"assets/main.css"_s, u"public/styles/global.css"_s,
        u"public/style.css"_s, u"css/style.css"_s, u"css/index.css"_s, u"src/styles/global.css"_s};
    for (const QString &candidate : stylesheetCandidates) {
        if (QFileInfo(QDir(model.siteRoot).filePath(candidate)).isFile()) {
            profile.stylesheet = QDir(model.siteRoot).filePath(candidate);
            break;
        }
    }
    profile.site = std::make_shared<const SiteModel>(std::move(model));
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
    // Only a folder inside the blog. The writer's folder holds every post, in the site's language.
    const QString clean = QDir::cleanPath(contentFolder);
    if (!contentFolder.isEmpty() && !clean.startsWith(u".."_s) && !QDir::isAbsolutePath(clean)) {
        profile.contentFolder = clean == u"."_s ? QString() : clean;
        profile.extraFolders.clear();
        SiteModel model = *profile.site;
        const QString section = QFileInfo(profile.absoluteContentFolder()).fileName();
        model.postFolders = {{profile.absoluteContentFolder(), {}, section, {}, false}};
        profile.site = std::make_shared<const SiteModel>(std::move(model));
    }
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

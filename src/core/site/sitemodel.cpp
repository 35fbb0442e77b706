#include "site/sitemodel.h"

#include "document/frontmatter.h"
#include "document/readingtime.h"
#include "site/astrosite.h"
#include "site/eleventysite.h"
#include "site/hugosite.h"
#include "site/jekyllsite.h"
#include "site/sitetemplates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUrl>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

bool SiteModel::isMarkdownFile(const QString &fileName)
{
    return fileName.endsWith(u".md"_s, Qt::CaseInsensitive) || fileName.endsWith(u".markdown"_s, Qt::CaseInsensitive)
        || fileName.endsWith(u".mdx"_s, Qt::CaseInsensitive);
}

bool SiteModel::isPageBundle(const QString &postPath)
{
    const QString base = QFileInfo(postPath).completeBaseName();
    return base == u"index" || base == u"_index";
}

namespace {

// The base URL's parts and the time zone, worked out once rather than for every post.
SiteModel withBaseParts(SiteModel site)
{
    site.zone = site.timeZone.isEmpty()
        ? (site.generator == Generator::Hugo ? QTimeZone::utc() : QTimeZone::systemTimeZone())
        : QTimeZone(site.timeZone.toUtf8());
    if (!site.zone.isValid())
        site.zone = QTimeZone::utc();
    const QUrl url(site.baseUrl);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
        site.baseOrigin = url.scheme() + u"://"_s + url.authority();
        site.basePath = url.path();
    } else {
        site.basePath = site.baseUrl;
    }
    while (site.basePath.endsWith(u'/'))
        site.basePath.chop(1);
    site.templates = SiteTemplates::contextOf(site);
    return site;
}

} // namespace

SiteModel SiteModel::read(const QString &root)
{
    if (HugoSite::isHugoSite(root))
        return withBaseParts(HugoSite::read(root));
    if (!JekyllSite::siteFolder(root).isEmpty())
        return withBaseParts(JekyllSite::read(root));
    if (AstroSite::isAstroSite(root))
        return withBaseParts(AstroSite::read(root));
    if (EleventySite::isEleventySite(root))
        return withBaseParts(EleventySite::read(root));
    return readAs(Generator::Unknown, root);
}

SiteModel SiteModel::readAs(Generator generator, const QString &root)
{
    switch (generator) {
    case Generator::Hugo: return withBaseParts(HugoSite::read(root));
    case Generator::Jekyll: return withBaseParts(JekyllSite::read(root));
    case Generator::Astro: return withBaseParts(AstroSite::read(root));
    case Generator::Eleventy: return withBaseParts(EleventySite::read(root));
    case Generator::Unknown: break;
    }
    // Markdown files anywhere in the repository.
    SiteModel site;
    site.root = QDir::cleanPath(root);
    site.siteRoot = site.root;
    site.staticFolder = site.root;
    site.rawHtml = false;
    site.taxonomies = {u"tags"_s};
    site.languages.append({QString(), {}, {}, 0, site.root, {}});
    site.postFolders.append({site.root, {}, QString(), {}, false});
    return withBaseParts(std::move(site));
}

QByteArray SiteModel::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(int(generator)));
    for (const PostFolder &folder : postFolders)
        hash.addData(folder.path.toUtf8() + '\n');
    for (const QString &path : configFiles) {
        QFile file(path);
        hash.addData(path.toUtf8() + '\n');
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result();
}

QStringList SiteModel::postFiles() const
{
    QStringList files;
    for (const PostFolder &folder : postFolders) {
        if (generator == Generator::Hugo) {
            HugoSite::regularPages(folder.path, files);
            continue;
        }
        QDirIterator it(folder.path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isMarkdownFile(it.fileName()) && !path.contains(u"/node_modules/"_s) && !path.contains(u"/.git/"_s))
                files.append(path);
        }
    }
    files.removeDuplicates();
    return files;
}

const PostFolder *SiteModel::folderOf(const QString &path) const
{
    // The deepest folder that holds it: a language's section inside another's content folder.
    const PostFolder *found = nullptr;
    for (const PostFolder &folder : postFolders) {
        if (path.startsWith(folder.path + u'/') && (!found || folder.path.size() > found->path.size()))
            found = &folder;
    }
    return found;
}

const SiteLanguage *SiteModel::language(const QString &code) const
{
    for (const SiteLanguage &candidate : languages) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

QString SiteModel::languageOf(const QString &path) const
{
    if (const PostFolder *folder = folderOf(path); folder && !folder->language.isEmpty())
        return folder->language;
    if (isMultilingual()) {
        // post.fr.md, index.fr.md
        const QStringList parts = QFileInfo(path).fileName().split(u'.');
        if (parts.size() >= 3 && language(parts[parts.size() - 2].toLower()))
            return parts[parts.size() - 2].toLower();
    }
    return defaultLanguage;
}

QString SiteModel::translationKeyOf(const QString &path, const FrontMatter &frontMatter) const
{
    if (const FrontMatterEntry *key = frontMatter.entryIgnoringCase(u"translationKey"); key && !key->scalar.isEmpty())
        return u"key:"_s + key->scalar;
    const PostFolder *folder = folderOf(path);
    QString relative = folder ? folder->section + u'/' + path.sliced(folder->path.size() + 1) : path;
    // Without the language: post.fr.md and post.md are one post.
    const QString language = languageOf(path);
    const QString suffix = u'.' + language + u'.';
    if (const qsizetype at = relative.lastIndexOf(suffix); !language.isEmpty() && at > relative.lastIndexOf(u'/'))
        relative.remove(at, suffix.size() - 1);
    return relative;
}

bool SiteModel::isDraft(const QString &path, const FrontMatter &frontMatter) const
{
    const PostFolder *folder = folderOf(path);
    return frontMatter.draft().value_or(folder && folder->drafts);
}

bool SiteModel::isCjkPage(const FrontMatter &frontMatter, QStringView text) const
{
    if (generator == Generator::Hugo && !hasCjkLanguage && !frontMatter.entryIgnoringCase(u"isCJKLanguage"))
        return false; // the common case, without reading the text
    return isCjkPage(frontMatter, ReadingTime::hasCjk(text));
}

bool SiteModel::isCjkPage(const FrontMatter &frontMatter, bool textHasCjk) const
{
    if (generator != Generator::Hugo)
        return textHasCjk;
    if (const FrontMatterEntry *own = frontMatter.entryIgnoringCase(u"isCJKLanguage"); own && !own->isNull)
        return own->scalar == u"true";
    return hasCjkLanguage && textHasCjk;
}

} // namespace Postwright::Core

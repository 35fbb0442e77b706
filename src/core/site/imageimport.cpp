#include "site/imageimport.h"

#include "document/slug.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QString ImageImport::typeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return u"png"_s;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return u"jpg"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"gif"_s;
    if (bytes.size() > 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return u"webp"_s;
    if (bytes.left(256).contains("<svg"))
        return u"svg"_s;
    return {};
}

QString ImageImport::imageFolder(const SiteProfile &profile)
{
    switch (profile.generator) {
    case Generator::Hugo: return QDir(profile.root).filePath(u"static/images"_s);
    case Generator::Jekyll: return QDir(profile.root).filePath(u"assets/images"_s);
    case Generator::Astro: return QDir(profile.root).filePath(u"public/images"_s);
    case Generator::Eleventy:
    case Generator::Unknown: return QDir(profile.root).filePath(u"images"_s);
    }
    return {};
}

Result<ImportedImage> ImageImport::import(
    const SiteProfile &profile, const QString &postPath, const QByteArray &bytes, const QString &suggestedName)
{
    const QString extension = typeOf(bytes);
    if (extension.isEmpty())
        return Error{tr("this is not a PNG, JPEG, GIF, WebP or SVG image")};
    const bool bundle = SiteModel::isPageBundle(postPath);
    const QString folder = folderFor(profile, postPath);
    QString base = Slug::fromTitle(QFileInfo(suggestedName).completeBaseName());
    if (base == u"untitled")
        base = u"image"_s;
    QString name;
    for (int attempt = 1; attempt < 10000; ++attempt) {
        name = base + (attempt == 1 ? QString() : u"-%1"_s.arg(attempt)) + u'.' + extension;
        if (!QFileInfo::exists(QDir(folder).filePath(name)))
            break;
    }
    if (!QDir().mkpath(folder))
        return Error{tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder))};
    ImportedImage image;
    image.path = QDir(folder).filePath(name);
    QSaveFile file(image.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("cannot write %1: %2").arg(QDir::toNativeSeparators(image.path), file.errorString())};
    image.link = bundle ? name : servedAddress(profile, image.path);
    return image;
}

QString ImageImport::folderFor(const SiteProfile &profile, const QString &postPath)
{
    return SiteModel::isPageBundle(postPath) ? QFileInfo(postPath).absolutePath() : imageFolder(profile);
}

QString ImageImport::servedAddress(const SiteProfile &profile, const QString &absolutePath)
{
    // The static folder is served from the site's root, under the site's base path.
    const QString served = profile.staticFolder.isEmpty() ? profile.root : profile.staticFolder;
    const QString relative = QDir(served).relativeFilePath(absolutePath);
    if (relative.startsWith(u"../"_s) || QDir::isAbsolutePath(relative))
        return {};
    return profile.site->basePath + u'/' + relative;
}

QString ImageImport::servedFile(const SiteProfile &profile, const QString &address)
{
    return servedFile(
        profile.staticFolder.isEmpty() ? profile.root : profile.staticFolder, profile.site->basePath, address);
}

QString ImageImport::servedFile(const QString &servedFolder, const QString &basePath, const QString &address)
{
    if (servedFolder.isEmpty() || !address.startsWith(u'/') || address.startsWith(u"//"_s))
        return {};
    QString path = address.section(u'?', 0, 0).section(u'#', 0, 0);
    // Written with the base path, as the site needs, or without it, as many posts are.
    if (!basePath.isEmpty() && (path.startsWith(basePath + u'/') || path == basePath))
        path = path.mid(basePath.size());
    const QString file = QDir::cleanPath(QDir(servedFolder).filePath(path.mid(1)));
    return file.startsWith(QDir::cleanPath(servedFolder) + u'/') ? file : QString();
}

QString ImageImport::markdownFor(const QString &altText, const QString &link)
{
    QString escaped;
    for (const QChar character : altText) {
        if (character == u'\\' || character == u'[' || character == u']')
            escaped += u'\\';
        escaped += character;
    }
    return u"!["_s + escaped + u"]("_s + link + u')';
}

namespace {

// A shortcode argument in the one quoting that needs no escapes: raw backticks, unless the text
// holds one; then double quotes with \" inside.
QString shortcodeArgument(const QString &text)
{
    if (text.contains(u'"') && !text.contains(u'`'))
        return u'`' + text + u'`';
    QString escaped = text;
    escaped.replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QString ImageImport::figureFor(const QString &altText, const QString &caption, const QString &link, CaptionStyle style)
{
    if (caption.trimmed().isEmpty())
        return markdownFor(altText, link);
    if (style == CaptionStyle::HugoFigure) {
        return u"{{< figure src=%1 alt=%2 caption=%3 >}}"_s.arg(
            shortcodeArgument(link), shortcodeArgument(altText), shortcodeArgument(caption.simplified()));
    }
    QString emphasised = caption.simplified();
    emphasised.replace(u'*', u"\\*"_s);
    return markdownFor(altText, link) + u"\n*"_s + emphasised + u'*';
}

CaptionStyle ImageImport::captionStyleOf(const SiteProfile &profile)
{
    if (profile.generator != Generator::Hugo)
        return CaptionStyle::Markdown;
    if (QFileInfo::exists(QDir(profile.root).filePath(u"layouts/shortcodes/figure.html"_s)))
        return CaptionStyle::HugoFigure;
    // Enough posts to see the habit of a blog, few enough to stay well under a frame's time.
    constexpr int postsToLookAt = 200;
    int seen = 0;
    QDirIterator posts(profile.absoluteContentFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (posts.hasNext() && seen < postsToLookAt) {
        const QString path = posts.next();
        if (!SiteModel::isMarkdownFile(path))
            continue;
        ++seen;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.read(256 * 1024);
        if (text.contains("{{< figure") || text.contains("{{% figure") || text.contains("{{<figure"))
            return CaptionStyle::HugoFigure;
    }
    return CaptionStyle::Markdown;
}

} // namespace Postwright::Core

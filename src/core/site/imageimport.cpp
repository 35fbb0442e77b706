#include "site/imageimport.h"

#include "document/slug.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// The image type from its first bytes, not from the name it came with.
QString extensionOf(const QByteArray &bytes)
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

} // namespace

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
    const QString extension = extensionOf(bytes);
    if (extension.isEmpty())
        return Error{tr("this is not a PNG, JPEG, GIF, WebP or SVG image")};
    const bool bundle =
        QFileInfo(postPath).completeBaseName() == u"index" || QFileInfo(postPath).completeBaseName() == u"_index";
    const QString folder = bundle ? QFileInfo(postPath).absolutePath() : imageFolder(profile);
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
    if (bundle) {
        image.link = name;
    } else {
        // Site-absolute: the static folder is served from the site's root.
        const QString served = profile.staticFolder.isEmpty() ? profile.root : profile.staticFolder;
        image.link = u'/' + QDir(served).relativeFilePath(image.path);
    }
    return image;
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

} // namespace Postwright::Core

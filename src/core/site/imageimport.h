#pragma once

#include "site/siteprofile.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Postwright::Core {

// Puts an image a writer pasted or dropped where the site serves it: beside the post when the post
// is a page bundle (index.md), else in the site's image folder. The file name comes from a slug of
// the suggested name, so it can never point outside those folders, and never overwrites a file.
struct ImportedImage {
    QString path; // absolute, written
    QString link; // what the Markdown should say: "cover.png" or "/images/cover.png"
};

// How a caption is written: as the site writes its figures.
enum class CaptionStyle { Markdown, HugoFigure };

class ImageImport final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::ImageImport)

public:
    // The image type from its first bytes ("png", "jpg", "gif", "webp", "svg"), or "" for none.
    static QString typeOf(const QByteArray &bytes);
    static QString imageFolder(const SiteProfile &profile);
    // Where a post's images go: beside it in a page bundle, else the site's image folder.
    static QString folderFor(const SiteProfile &profile, const QString &postPath);
    // The address the site serves a file under its static folder from, with the site's base path
    // ("/blog/images/x.png"); "" for a file the site does not serve as it is.
    static QString servedAddress(const SiteProfile &profile, const QString &absolutePath);
    // The inverse: the file behind a site-absolute address, or "" when there is none to name.
    static QString servedFile(const SiteProfile &profile, const QString &address);
    // The same from the folder the site serves from its root ("" serves nothing) and its base path.
    static QString servedFile(const QString &servedFolder, const QString &basePath, const QString &address);
    static Result<ImportedImage> import(
        const SiteProfile &profile, const QString &postPath, const QByteArray &bytes, const QString &suggestedName);
    // The Markdown that shows an image: the writer's brackets and backslashes are escaped, so they
    // stay in the alt text without ending it early.
    static QString markdownFor(const QString &altText, const QString &link);
    // An image with a caption below it: Hugo's figure shortcode, or the image and an italic line.
    static QString figureFor(const QString &altText, const QString &caption, const QString &link, CaptionStyle style);
    // HugoFigure when the blog is a Hugo site whose posts use the figure shortcode (a bounded look
    // at the first posts found) or that has a figure shortcode of its own; else Markdown.
    static CaptionStyle captionStyleOf(const SiteProfile &profile);
};

} // namespace Postwright::Core

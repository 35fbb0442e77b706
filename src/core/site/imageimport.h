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

class ImageImport final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::ImageImport)

public:
    static QString imageFolder(const SiteProfile &profile);
    static Result<ImportedImage> import(
        const SiteProfile &profile, const QString &postPath, const QByteArray &bytes, const QString &suggestedName);
    // The Markdown that shows an image: the writer's brackets and backslashes are escaped, so they
    // stay in the alt text without ending it early.
    static QString markdownFor(const QString &altText, const QString &link);
};

} // namespace Postwright::Core

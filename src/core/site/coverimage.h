#pragma once

#include "document/frontmatter.h"
#include "site/siteprofile.h"

#include <QString>

namespace Postwright::Core {

// The file of the image a post leads with, as its site's themes find it: the front matter's cover
// (FrontMatter::coverImage), relative to the post or served from the site's static folder, else a
// page bundle's own *cover* or *feature* image. Remote addresses are not files: they give "".
class CoverImage final {
public:
    static QString fileOf(const SiteProfile &profile, const QString &postPath, const FrontMatter &frontMatter);
};

} // namespace Postwright::Core

#pragma once

#include "site/sitemodel.h"

#include <QDateTime>

namespace Postwright::Core {

class FrontMatter;
class PostDate;

// Where a post will be on the built site, as its generator makes the address: Hugo's permalinks
// (`:year/:month/:slug`, sections, languages, `url` and `slug`), Jekyll's permalink styles and
// placeholders (categories from the folders above _posts too), Astro's collection entries and
// Eleventy's permalinks.
class PublicAddress final {
public:
    // The full address when the site's base URL is known ("https://example.org/posts/x/"), else
    // the path from the site's root ("/posts/x/").
    static QString of(const SiteModel &site, const QString &postPath, const FrontMatter &frontMatter);
    // The path from the site's root, as Hugo's aliases are written ("/posts/x/").
    static QString pathOf(const SiteModel &site, const QString &postPath, const FrontMatter &frontMatter);
    // The post's date as the site reads it: a date without a zone is in the site's time zone.
    static QDateTime momentOf(const SiteModel &site, const PostDate &date);
    // Hugo's path sanitizing: written hyphens kept, a space a hyphen unless one is beside it, only
    // letters, marks, digits and ._-~+# kept (no + in :title and :slug permalinks), lower case.
    static QString hugoUrlize(
        const QString &text, bool toLower = true, bool removeAccents = false, bool keepPlus = true);
    // Jekyll's slugify: runs of other characters become one hyphen; pretty mode keeps ._~!$&'()+,;=@.
    static QString jekyllSlugify(const QString &text, bool pretty, bool keepCase);
};

} // namespace Postwright::Core

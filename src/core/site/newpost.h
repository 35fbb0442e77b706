#pragma once

#include "site/siteprofile.h"
#include "util/result.h"

#include <QDateTime>

namespace Postwright::Core {

// Where a new post goes and what it starts with, by the site's conventions: Hugo and Astro
// `slug.md` in the content folder, Jekyll `_posts/YYYY-MM-DD-slug.md`; front matter with the
// site's field names, the date now, the post marked as a draft, and the layout its posts use.
struct NewPost {
    QString path; // absolute, inside the content folder, not existing yet
    QString text;

    // With a layout (a blog without `defaults` names it in every post), the post names it too.
    static Result<NewPost> plan(
        const SiteProfile &profile, const QString &title, const QDateTime &now, const QString &layout = {});
    // The `layout` named most often among the blog's 20 most recently changed posts, when most of
    // them name one; else nothing. A Jekyll post without one is built as bare HTML unless the
    // site sets a default.
    static QString usualLayout(const SiteProfile &profile);
    // Writes it, refusing to overwrite anything.
    Status create() const;
};

} // namespace Postwright::Core

#pragma once

#include "site/siteprofile.h"
#include "util/result.h"

#include <QDateTime>

namespace Postwright::Core {

// Where a new post goes and what it starts with, by the site's conventions: Hugo and Astro
// `slug.md` in the content folder, Jekyll `_posts/YYYY-MM-DD-slug.md`; front matter with the
// site's field names, the date now, and the post marked as a draft.
struct NewPost {
    QString path; // absolute, inside the content folder, not existing yet
    QString text;

    static Result<NewPost> plan(const SiteProfile &profile, const QString &title, const QDateTime &now);
    // Writes it, refusing to overwrite anything.
    Status create() const;
};

} // namespace Postwright::Core

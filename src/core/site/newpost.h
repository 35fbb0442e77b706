#pragma once

#include "document/scalarformat.h"
#include "site/siteprofile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Postwright::Core {

// Where a new post goes and what it starts with, by the site's conventions: Hugo and Astro
// `slug.md` in the content folder, Jekyll `_posts/YYYY-MM-DD-slug.md`; front matter with the
// site's field names, the date now, the post marked as a draft, and the layout its posts use.
struct NewPost {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::NewPost)

public:
    // How the blog's posts are written, for a new one to match.
    struct Style {
        FrontMatterFormat format = FrontMatterFormat::Yaml; // YAML (---) or TOML (+++)
        QString layout; // a blog without a default layout names it in every post
    };

    QString path; // absolute, inside the content folder, not existing yet
    QString text;

    static Result<NewPost> plan(const SiteProfile &profile, const QString &title, const QDateTime &now);
    static Result<NewPost> plan(
        const SiteProfile &profile, const QString &title, const QDateTime &now, const Style &style);
    // From the blog's 20 most recently changed posts: TOML when most of them use it (as Hugo's own
    // archetype writes), and the `layout` named most often when most of them name one. A Jekyll
    // post without a layout is built as bare HTML unless the site sets a default.
    static Style usualStyle(const SiteProfile &profile);
    // Writes it, refusing to overwrite anything.
    Status create() const;
};

} // namespace Postwright::Core

#pragma once

#include "git/poststatus.h"
#include "site/siteprofile.h"
#include "util/result.h"

#include <QCoreApplication>

namespace Postwright::Core {

// Renaming and deleting posts the way the site expects, and the way git should see it: a tracked
// file's removal is staged, so the next publish takes it out of the site too.
class PostFiles final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::PostFiles)

public:
    // New path of the post. A page bundle (index.md) moves with its folder; a Jekyll post keeps
    // its date prefix, taken from the date field. With keepOldUrl, the old address is added to
    // the post's aliases (Hugo redirects it).
    static Result<QString> rename(
        const SiteProfile &profile, const QString &postPath, const QString &newSlug, bool keepOldUrl);
    // Sends the post (a bundle with its folder) to the desktop's trash, where an unpublished draft
    // can be brought back from; returns where it went.
    static Result<QString> remove(const SiteProfile &profile, const QString &postPath);
    // Whether a rename can keep the post's old address working: only a published post has one, and
    // only Hugo redirects a page's aliases by itself.
    static bool canKeepOldAddress(const SiteProfile &profile, PostState state);
};

} // namespace Postwright::Core

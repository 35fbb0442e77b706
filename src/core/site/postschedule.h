#pragma once

#include "document/postdate.h"
#include "site/sitemodel.h"

#include <QDateTime>

namespace Postwright::Core {

class FrontMatter;

// When a post appears on the built site.
enum class Schedule {
    Live, // on the site with the next build (unless it is a draft)
    Scheduled, // dated in the future, on a site that does not build future posts
    Expired, // past its expiry date, on a site that does not build expired posts
};

// A post's dates as its generator reads them, and what they mean for the next build: Hugo's
// date, publishDate and expiryDate with buildFuture and buildExpired; Jekyll's date (from the
// file name when the front matter has none) with future.
struct PostSchedule {
    PostDate date; // as the post shows it: its date field, or a Jekyll post's file name
    QDateTime publishDate; // in the site's time zone
    QDateTime expiryDate;

    static PostSchedule of(const SiteModel &site, const QString &path, const FrontMatter &frontMatter);
    Schedule at(const SiteModel &site, const QDateTime &now) const;
};

} // namespace Postwright::Core

#include "site/postschedule.h"

#include "document/frontmatter.h"
#include "site/publicaddress.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

PostSchedule PostSchedule::of(const SiteModel &site, const QString &path, const FrontMatter &frontMatter)
{
    PostSchedule schedule;
    schedule.date = frontMatter.date();
    // A Jekyll post without a date field is dated by its file name.
    static const QRegularExpression datedName(u"^(\\d{4}-\\d{2}-\\d{2})-"_s);
    if (site.generator == Generator::Jekyll && !frontMatter.entry(PostField::Date)) {
        if (const QRegularExpressionMatch dated = datedName.match(QFileInfo(path).fileName()); dated.hasMatch())
            schedule.date = PostDate::fromText(dated.captured(1));
    }
    const QString publishDate =
        site.generator == Generator::Hugo ? frontMatter.scalarIgnoringCase(u"publishDate") : QString();
    schedule.publishDate =
        PublicAddress::momentOf(site, publishDate.isEmpty() ? schedule.date : PostDate::fromText(publishDate));
    if (site.generator == Generator::Hugo) {
        if (const QString expiry = frontMatter.scalarIgnoringCase(u"expiryDate"); !expiry.isEmpty())
            schedule.expiryDate = PublicAddress::momentOf(site, PostDate::fromText(expiry));
    }
    return schedule;
}

Schedule PostSchedule::at(const SiteModel &site, const QDateTime &now) const
{
    const bool checksDates = site.generator == Generator::Hugo || site.generator == Generator::Jekyll;
    if (checksDates && !site.buildFuture && publishDate.isValid() && publishDate > now)
        return Schedule::Scheduled;
    if (checksDates && !site.buildExpired && expiryDate.isValid() && expiryDate <= now)
        return Schedule::Expired;
    return Schedule::Live;
}

} // namespace Postwright::Core

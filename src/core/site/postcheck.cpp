#include "site/postcheck.h"

#include "document/frontmatter.h"
#include "markdown/linkdestinations.h"
#include "markdown/markdowndocument.h"
#include "markdown/templateexpansion.h"
#include "site/imageimport.h"
#include "site/postlibrary.h"
#include "site/postschedule.h"
#include "site/siteprofile.h"
#include "site/sitetemplates.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// Search engines show about this many characters of a description.
constexpr int longestGoodSummary = 160;

// A link to a file rather than to a page: it has an extension, and not a page's.
bool namesAFile(const QString &destination)
{
    const QString suffix = QFileInfo(destination).suffix().toLower();
    return !destination.endsWith(u'/') && !suffix.isEmpty() && suffix != u"html" && suffix != u"htm";
}

} // namespace

QList<PostFinding> PostCheck::check(const QString &postPath, const QString &text, const SiteProfile &profile,
    const QList<PostSummary> *posts, const QDateTime &now)
{
    using Severity = PostFinding::Severity;
    QList<PostFinding> findings;
    const FrontMatter frontMatter = FrontMatter::parse(text, profile.naming);
    if (frontMatter.hasError()) {
        const Error &error = *frontMatter.error();
        findings.append({Severity::Error, error.line, error.message, error.column});
        return findings;
    }
    const SiteModel &site = *profile.site;
    if (frontMatter.title().trimmed().isEmpty())
        findings.append({Severity::Error, 1, tr("The post has no title: fill in Title in the form.")});
    const PostSchedule schedule = PostSchedule::of(site, postPath, frontMatter);
    if (!schedule.date.isValid())
        findings.append({Severity::Error, 1, tr("The post has no date: set one in the form (Now sets today's).")});
    else if (schedule.at(site, now) == Schedule::Scheduled)
        findings.append({Severity::Warning, 1,
            tr("Scheduled for %1: the site will not show the post before then.")
                .arg(QLocale().toString(schedule.publishDate, QLocale::LongFormat))});
    else if (schedule.at(site, now) == Schedule::Expired)
        findings.append({Severity::Warning, 1, tr("Past its expiry date: the site will not show the post.")});
    if (site.isDraft(postPath, frontMatter))
        findings.append(
            {Severity::Warning, 1, tr("The post is a draft: publishing asks whether to set draft: false.")});
    const QString summary = frontMatter.summary().trimmed();
    if (summary.size() > longestGoodSummary)
        findings.append({Severity::Warning, 1,
            tr("The summary is %1 characters; search engines show about %2.")
                .arg(summary.size())
                .arg(longestGoodSummary)});

    MarkdownOptions options = site.markdownOptions();
    if (posts && options.templates)
        options.templates = SiteTemplates::withPosts(site, *posts);
    else
        options.templates = nullptr; // a cross-reference cannot be checked without the posts
    const QByteArray body = QStringView(text).sliced(frontMatter.bodyStart()).toUtf8();
    const int firstLine = frontMatter.bodyStartLine() + 1;
    const MarkdownDocument document(body, firstLine, options, &frontMatter);
    if (const TemplateExpansion *templates = document.templates()) {
        for (const auto &[bodyLine, warning] : templates->warnings())
            findings.append({Severity::Error, firstLine + bodyLine - 1, warning});
    }
    const QDir postFolder = QFileInfo(postPath).absoluteDir();
    for (const LinkDestinations::Place &place : LinkDestinations::localPlaces(document)) {
        if (place.image && !place.hasAltText)
            findings.append({Severity::Warning, place.line,
                tr("The image %1 has no alt text: readers who cannot see it get nothing.").arg(place.destination)});
        if (!place.image && !namesAFile(place.destination))
            continue; // a page of the site, which only its build knows
        const QString file = place.destination.startsWith(u'/')
            ? ImageImport::servedFile(profile.staticFolder, site.basePath, place.destination)
            : postFolder.filePath(place.destination);
        if (file.isEmpty() || !QFileInfo(file).isFile())
            findings.append({Severity::Error, place.line,
                (place.image ? tr("The image %1 is not in the blog: add it, or correct the address.")
                             : tr("The linked file %1 is not in the blog: add it, or correct the link."))
                    .arg(place.destination)});
    }
    std::stable_sort(
        findings.begin(), findings.end(), [](const PostFinding &a, const PostFinding &b) { return a.line < b.line; });
    return findings;
}

bool PostCheck::hasErrors(const QList<PostFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
        [](const PostFinding &finding) { return finding.severity == PostFinding::Severity::Error; });
}

} // namespace Postwright::Core

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
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

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

// The front matter a new post of the post's section starts with (Hugo's archetypes: the site's,
// then its theme's; the section's own, then the default), and where it was found.
std::pair<QStringList, QString> archetypeKeys(const SiteModel &site, const QString &postPath)
{
    if (site.generator != Generator::Hugo)
        return {};
    const QString root = site.siteRoot.isEmpty() ? site.root : site.siteRoot;
    const PostFolder *folder = site.folderOf(postPath);
    QStringList names;
    if (folder && !folder->section.isEmpty())
        names.append(folder->section + u".md"_s);
    names.append(u"default.md"_s);
    QStringList folders = {root + u"/archetypes/"_s};
    if (!site.theme.isEmpty())
        folders.append(root + u"/themes/"_s + site.theme + u"/archetypes/"_s);
    for (const QString &archetypes : folders) {
        for (const QString &name : names) {
            QFile file(archetypes + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // An archetype is a template: its calls ({{ .Date }}, quotes and all) become a value
            // the front-matter parser reads, quoted or not.
            static const QRegularExpression call(uR"(\{\{.*?\}\})"_s);
            const FrontMatter frontMatter = FrontMatter::parse(QString::fromUtf8(file.readAll()).replace(call, u"0"_s));
            if (frontMatter.hasError())
                return {}; // a template Postwright cannot read as front matter: no rule from it
            QStringList keys;
            for (const FrontMatterEntry &entry : frontMatter.entries())
                keys.append(entry.key);
            return {keys, QDir(root).relativeFilePath(file.fileName())};
        }
    }
    return {};
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
    // What the site's archetype gives every new post, the site's templates may expect.
    const auto [expectedKeys, archetype] = archetypeKeys(site, postPath);
    for (const QString &key : expectedKeys) {
        // A missing draft is a published post; a title and a date are checked below.
        if (key.compare(u"draft"_s, Qt::CaseInsensitive) == 0 || frontMatter.entryIgnoringCase(key)
            || FrontMatter::keysFor(PostField::Title).contains(key)
            || FrontMatter::keysFor(PostField::Date).contains(key))
            continue;
        findings.append({Severity::Warning, 1,
            tr("The post has no “%1”, which the site's archetype (%2) gives every post.").arg(key, archetype)});
    }
    const PostSchedule schedule = PostSchedule::of(site, postPath, frontMatter);
    if (!schedule.date.isValid())
        findings.append({Severity::Error, 1, tr("The post has no date: set one in the form (Now sets today's).")});
    else if (const Schedule when = schedule.at(site, now); when == Schedule::Scheduled)
        findings.append({Severity::Warning, 1,
            tr("Scheduled for %1: the site will not show the post before then.")
                .arg(QLocale().toString(schedule.publishDate, QLocale::LongFormat))});
    else if (when == Schedule::Expired)
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
    const QList<LinkDestinations::Place> local = LinkDestinations::localPlaces(document);
    for (const LinkDestinations::Place &place : local + LinkDestinations::externalPlaces(document)) {
        if (place.image && !place.hasAltText)
            findings.append({Severity::Warning, place.line,
                tr("The image %1 has no alt text: readers who cannot see it get nothing.").arg(place.destination)});
    }
    const QDir postFolder = QFileInfo(postPath).absoluteDir();
    for (const LinkDestinations::Place &place : local) {
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

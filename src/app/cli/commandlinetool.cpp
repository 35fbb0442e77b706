#include "cli/commandlinetool.h"

#include "cli/blogprofiles.h"
#include "cli/commandlinecredentials.h"
#include "cli/jsonline.h"
#include "document/post.h"
#include "document/textfile.h"
#include "git/publisher.h"
#include "settings/blogsettings.h"
#include "settings/translations.h"
#include "site/externallinkcheck.h"
#include "site/opentarget.h"
#include "site/postcheck.h"
#include "site/postlibrary.h"
#include "site/siteprofile.h"
#include "site/sitetemplates.h"
#include "util/parallel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>
#include <numeric>
#include <vector>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Postwright::App::CommandLineTool", text, disambiguation, n);
}

// Stable words for scripts, whatever the language of the messages.
QString stateName(PostState state)
{
    switch (state) {
    case PostState::NotInRepository: return u"not-in-repository"_s;
    case PostState::NotPublished: return u"not-published"_s;
    case PostState::ChangedSincePublish: return u"changed-since-publish"_s;
    case PostState::CommittedNotPushed: return u"committed-not-pushed"_s;
    case PostState::Published: return u"published"_s;
    case PostState::Unknown: return u"unknown"_s;
    }
    return {};
}

QString scheduleName(Schedule schedule)
{
    switch (schedule) {
    case Schedule::Live: return u"live"_s;
    case Schedule::Scheduled: return u"scheduled"_s;
    case Schedule::Expired: return u"expired"_s;
    }
    return {};
}

JsonLine estimateJson(const ReadingEstimate &estimate)
{
    JsonLine line;
    line.add("words", estimate.words).add("minutes", estimate.minutes).add("text", estimate.text);
    return line;
}

} // namespace

void CommandLineTool::describeApplication(const QString &version)
{
    QCoreApplication::setOrganizationName(u"Postwright"_s);
    QCoreApplication::setApplicationName(u"postwright"_s);
    QCoreApplication::setApplicationVersion(version);
    Translations::install(Translations::chosenLanguage());
}

bool CommandLineTool::handles(const QStringList &arguments)
{
    return arguments.size() >= 2
        && (arguments[1] == u"stats" || arguments[1] == u"check" || arguments[1] == u"set" || arguments[1] == u"publish"
            || arguments[1] == u"resolve" || arguments[1] == u"list");
}

QString CommandLineTool::usage()
{
    return tr("Commands (no display needed):\n"
              "  postwright stats FILE...            print one JSON object per file: title, summary, tags,\n"
              "                                      date, draft, words, and minutes and text per\n"
              "                                      reading-time preset (hugo, reading-time, medium)\n"
              "  postwright list [BLOG]              print one JSON object per post of the blog (default: the\n"
              "                                      current folder's): path, title, date, draft, state,\n"
              "                                      language, translations, reading time, address\n"
              "  postwright check [--links] FILE...  check posts before publishing (front matter, title and date,\n"
              "                                      images and linked files, refs, alt text, summary, schedule);\n"
              "                                      errors as file:line: message (exit 1), warnings on\n"
              "                                      standard output as file:line: warning: message;\n"
              "                                      --links also asks each http(s) link (at most 40)\n"
              "  postwright set FILE key=value...    change front-matter fields in place, touching only\n"
              "                                      their bytes (tags=a,b  date=now  draft=false)\n"
              "  postwright publish FILE...          commit each post (and the images it links to) and\n"
              "      [--message TEXT]                push it to the blog's remote; prints the receipt and\n"
              "      [--author \"Name <email>\"]       the commit id. A draft is refused unless --undraft\n"
              "      [--undraft]                     sets draft: false first. When the remote changed the\n"
              "                                      same post, it exits 1 and names the files in conflict\n"
              "  postwright resolve FILE...          publish as above, and finish a conflict with the remote's\n"
              "      --mine | --theirs               changes: where both changed the same field or paragraph,\n"
              "                                      keep yours (--mine) or the site's (--theirs); what only\n"
              "                                      one side changed is kept either way\n");
}

int CommandLineTool::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"list" && !rest.contains(u"--help"_s) && !rest.contains(u"-h"_s)) {
        if (rest.size() > 1) {
            err << tr("list takes one blog folder at most") << Qt::endl << usage();
            return 2;
        }
        return list(rest.value(0, u"."_s), out, err);
    }
    if (rest.isEmpty() || rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        (rest.isEmpty() ? err : out) << usage();
        return rest.isEmpty() ? 2 : 0;
    }
    if (command == u"stats")
        return stats(rest, out, err);
    if (command == u"check")
        return check(rest, out, err);
    if (command == u"publish")
        return publish(rest, out, err);
    if (command == u"resolve") {
        const bool mine = rest.contains(u"--mine"_s);
        if (mine == rest.contains(u"--theirs"_s)) {
            err << tr("resolve takes --mine or --theirs") << Qt::endl << usage();
            return 2;
        }
        QStringList files = rest;
        files.removeAll(u"--mine"_s);
        files.removeAll(u"--theirs"_s);
        return publish(files, out, err, mine ? ParagraphMerge::Side::Mine : ParagraphMerge::Side::Theirs);
    }
    if (rest.size() < 2) {
        err << tr("set needs a file and at least one key=value") << Qt::endl << usage();
        return 2;
    }
    return set(rest.first(), rest.mid(1), out, err);
}

namespace {

// Output already in UTF-8 goes to the stream's device as it is, not through QString and back.
void writeUtf8(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (QIODevice *device = out.device()) {
        device->write(bytes);
        // The file's own buffer too: a command that only reads ends without destructors.
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
    } else
        out << QString::fromUtf8(bytes);
}

} // namespace

int CommandLineTool::stats(const QStringList &files, QTextStream &out, QTextStream &err)
{
    // Each blog is read once; the files are then analysed on every core and printed in order.
    BlogProfiles blogs;
    std::vector<const SiteProfile *> profiles;
    profiles.reserve(size_t(files.size()));
    for (const QString &file : files)
        profiles.push_back(&blogs.of(file));
    struct Printed {
        QByteArray json;
        QString problem;
    };
    std::vector<Printed> printed(size_t(files.size()));
    const auto analyse = [&](qsizetype i) {
        const QString &file = files[i];
        Printed &result = printed[size_t(i)];
        const Result<LoadedText> loaded = TextFile::load(file);
        if (!loaded) {
            result.problem = loaded.error().withLocation(file);
            return;
        }
        const SiteProfile &profile = *profiles[size_t(i)];
        // Words only: nothing printed needs the HTML.
        const Post post = Post::analyse(
            loaded->text, loaded->utf8, {profile.site->markdownOptions(), profile.naming, profile.site.get()});
        const FrontMatter &frontMatter = post.frontMatter();
        if (frontMatter.hasError())
            result.problem = frontMatter.error()->withLocation(file);
        JsonLine reading;
        for (ReadingPreset preset : {ReadingPreset::Hugo, ReadingPreset::ReadingTime, ReadingPreset::Medium})
            reading.add(ReadingTime::presetName(preset).toLatin1().constData(), estimateJson(post.readingTime(preset)));
        const ReadingEstimate preferred = post.readingTime(profile.readingPreset);
        const std::optional<bool> draft = frontMatter.draft();
        JsonLine object;
        object.add("file", file).add("title", frontMatter.title()).add("summary", frontMatter.summary());
        object.add("tags", frontMatter.tags()).add("date", frontMatter.date().text());
        if (draft)
            object.add("draft", *draft);
        else
            object.addNull("draft");
        object.add("words", preferred.words).add("minutes", preferred.minutes).add("readingTime", reading);
        result.json = object.text();
    };
    forEachInParallel(files.size(), analyse);
    int exitCode = 0;
    QByteArray lines;
    for (const Printed &result : printed) {
        if (!result.problem.isEmpty()) {
            err << result.problem << u'\n';
            exitCode = 1;
        }
        if (!result.json.isEmpty())
            lines += result.json + '\n';
    }
    writeUtf8(out, lines);
    out.flush();
    err.flush();
    return exitCode;
}

int CommandLineTool::check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // --links: the http and https links too, over the network, within ExternalLinkCheck's limits.
    QStringList files = arguments;
    const bool links = files.removeAll(u"--links"_s) > 0;
    int problems = 0;
    BlogProfiles blogs;
    QHash<QString, QList<PostSummary>> postsByBlog; // for cross-references, read once a blog
    for (const QString &file : files) {
        const Result<LoadedText> loaded = TextFile::load(file);
        if (!loaded) {
            err << loaded.error().withLocation(file) << Qt::endl;
            ++problems;
            continue;
        }
        const SiteProfile &profile = blogs.of(file);
        // The blog's posts are read (once) only for a post whose references need them.
        const bool refers = SiteTemplates::refersToOtherPosts(loaded->text);
        if (refers && !postsByBlog.contains(profile.root))
            postsByBlog.insert(profile.root, PostLibrary::scan(profile));
        QList<PostFinding> findings = PostCheck::check(
            QFileInfo(file).absoluteFilePath(), loaded->text, profile, refers ? &postsByBlog[profile.root] : nullptr);
        if (links) {
            ExternalLinkCheck linkCheck;
            findings += linkCheck.run(ExternalLinkCheck::linksOf(loaded->text, profile.naming), {});
        }
        for (const PostFinding &finding : findings) {
            if (finding.severity == PostFinding::Severity::Error)
                err << Error{finding.message, finding.line, qMax(1, finding.column)}.withLocation(file) << Qt::endl;
            else
                out << Error{tr("warning: %1").arg(finding.message), qMax(1, finding.line), 1}.withLocation(file)
                    << Qt::endl;
        }
        if (PostCheck::hasErrors(findings))
            ++problems;
        else
            out << tr("%1: ok").arg(file) << Qt::endl;
    }
    return problems > 0 ? 1 : 0;
}

int CommandLineTool::set(const QString &file, const QStringList &assignments, QTextStream &out, QTextStream &err)
{
    const Result<LoadedText> loaded = TextFile::load(file);
    if (!loaded) {
        err << loaded.error().withLocation(file) << Qt::endl;
        return 1;
    }
    const FieldNaming naming = BlogProfiles().of(file).naming;
    QString text = loaded->text;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            err << tr("\"%1\" is not key=value").arg(assignment) << Qt::endl;
            return 2;
        }
        const FrontMatter frontMatter = FrontMatter::parse(text, naming);
        const Result<TextEdit> edit = frontMatter.setFromString(assignment.left(equals), assignment.mid(equals + 1));
        if (!edit) {
            // Nothing is written unless every assignment applies.
            err << edit.error().withLocation(file) << Qt::endl;
            return 1;
        }
        edit->applyTo(text);
    }
    if (text == loaded->text) {
        out << tr("%1: unchanged").arg(file) << Qt::endl;
        return 0;
    }
    if (const Status saved = TextFile::save(file, text, loaded->hasByteOrderMark); !saved) {
        err << saved.error().message << Qt::endl;
        return 1;
    }
    out << tr("%1: updated").arg(file) << Qt::endl;
    return 0;
}

} // namespace Postwright::App

namespace Postwright::App {

int CommandLineTool::publish(
    const QStringList &arguments, QTextStream &out, QTextStream &err, std::optional<ParagraphMerge::Side> resolveAs)
{
    QStringList files;
    QString message;
    std::optional<CommitAuthor> author;
    bool undraft = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--undraft") {
            undraft = true;
        } else if ((argument == u"--message" || argument == u"--author") && i + 1 < arguments.size()) {
            const QString value = arguments[++i];
            if (argument == u"--message") {
                message = value;
            } else {
                static const QRegularExpression form(u"^(.+?)\\s*<([^>]+)>$"_s);
                const QRegularExpressionMatch match = form.match(value.trimmed());
                if (!match.hasMatch()) {
                    err << tr("--author takes \"Name <email>\"") << Qt::endl;
                    return 2;
                }
                author = CommitAuthor{match.captured(1), match.captured(2)};
            }
        } else if (argument.startsWith(u"--"_s)) {
            err << tr("unknown option %1").arg(argument) << Qt::endl << usage();
            return 2;
        } else {
            files.append(argument);
        }
    }
    int failures = 0;
    CommandLineCredentials credentials(err);
    BlogProfiles blogs;
    for (const QString &file : files) {
        const SiteProfile &profile = blogs.of(file);
        Result<PublishPlan> plan = Publisher::plan(file, profile);
        if (plan && plan->isDraft && undraft) {
            if (set(file, {u"draft=false"_s}, out, err) != 0) {
                ++failures;
                continue;
            }
            plan = Publisher::plan(file, profile);
        }
        if (!plan) {
            err << plan.error().withLocation(file) << Qt::endl;
            ++failures;
            continue;
        }
        if (plan->isDraft) {
            err << tr("%1: the post is a draft; publish it with --undraft to set draft: false").arg(file) << Qt::endl;
            ++failures;
            continue;
        }
        if (!plan->needsCommit && plan->unpushedCommits == 0) {
            out << tr("%1: already published").arg(file) << Qt::endl;
            continue;
        }
        out << tr("Publishing \"%1\" to %2 (%3), branch %4")
                   .arg(plan->title, plan->remoteName, plan->remoteUrl, plan->remoteBranch)
            << Qt::endl;
        for (const PublishPlan::File &entry : plan->files) {
            if (entry.change != PublishPlan::File::Change::Unchanged)
                out << u"  %1  +%2 -%3"_s.arg(entry.path).arg(entry.additions).arg(entry.deletions) << Qt::endl;
        }
        for (const QString &image : plan->imagesWithLocation)
            err << tr("warning: %1 still says where it was taken (GPS)").arg(image) << Qt::endl;
        Publisher::Options options;
        options.message = message;
        options.author = author;
        if (plan->needsAuthor && !author) {
            err << tr("%1: git does not know who you are; give --author \"Name <email>\" or set git config "
                      "user.name and user.email")
                       .arg(file)
                << Qt::endl;
            ++failures;
            continue;
        }
        Result<PublishOutcome> outcome = Publisher::publish(*plan, credentials, options);
        if (!outcome) {
            err << file << u": "_s << outcome.error().message << Qt::endl;
            // The plan again: the publish may have committed the post.
            const Result<PublishPlan> committed = Publisher::plan(file, profile);
            const Result<std::optional<PublishConflict>> conflict =
                committed ? Publisher::conflict(*committed) : Result<std::optional<PublishConflict>>(committed.error());
            if (!conflict || !conflict->has_value() || !resolveAs) {
                if (conflict && conflict->has_value()) {
                    for (const PublishConflict::File &entry : (*conflict)->files)
                        err << tr("conflict: %1 (changed here and on the remote)").arg(entry.path) << Qt::endl;
                    err << tr("Keep your version or the site's where both changed: postwright resolve %1 --mine "
                              "(or --theirs)")
                               .arg(file)
                        << Qt::endl;
                }
                ++failures;
                continue;
            }
            const QList<ResolvedFile> resolved = Publisher::resolvedBy(**conflict, *resolveAs);
            out << tr("Resolving %n file(s) in conflict with the remote, keeping %1 where both changed", nullptr,
                int(resolved.size()))
                       .arg(*resolveAs == ParagraphMerge::Side::Mine ? tr("yours") : tr("the site's"))
                << Qt::endl;
            outcome = Publisher::publishResolved(*committed, **conflict, resolved, credentials, options);
            if (!outcome) {
                err << file << u": "_s << outcome.error().message << Qt::endl;
                ++failures;
                continue;
            }
        }
        out << tr("Published %1 as commit %2%3")
                   .arg(file, outcome->commitId.left(10),
                       outcome->rebased ? tr(" (after the remote's new commits)") : QString())
            << Qt::endl;
    }
    return failures > 0 ? 1 : 0;
}

int CommandLineTool::list(const QString &blog, QTextStream &out, QTextStream &err)
{
    const QString root = OpenTarget::blogRootOf(blog);
    if (root.isEmpty()) {
        err << tr("%1 is not in a blog's git repository").arg(blog) << Qt::endl;
        return 2;
    }
    const SiteProfile profile = BlogProfiles().ofBlog(root);
    for (const QString &problem : profile.site->problems)
        err << problem << Qt::endl;
    const QDir rootDir(root);
    // The process ends when the list is printed: the library and its posts are left to the end
    // of the process, not freed string by string (7-10 ms on a 5,000-post blog).
    auto *library = new PostLibrary(profile);
    library->setSearchable(false); // only what is printed
    const QList<PostSummary> &posts = *new QList<PostSummary>(library->scan());
    const QString prefix = rootDir.absolutePath() + u'/';
    const auto relative = [&](const QString &path) {
        return path.startsWith(prefix) ? path.sliced(prefix.size()) : rootDir.relativeFilePath(path);
    };
    std::vector<QByteArray> lines(size_t(posts.size()));
    forEachInParallel(posts.size(), [&](qsizetype i) {
        const PostSummary &post = posts[i];
        QStringList translations;
        for (const QString &other : post.translations)
            translations.append(relative(other));
        JsonLine line;
        line.add("path", relative(post.path)).add("title", post.title).add("date", post.date.text());
        line.add("draft", post.isDraft)
            .add("state", stateName(post.state))
            .add("schedule", scheduleName(post.schedule));
        line.add("language", post.language).add("translations", translations);
        line.add("readingTime", estimateJson(post.reading)).add("url", post.publicUrl);
        if (post.appearsOn.isValid())
            line.add("appearsOn", post.appearsOn.toString(Qt::ISODate));
        if (!post.error.isEmpty())
            line.add("error", post.error);
        lines[size_t(i)] = line.text() + '\n';
    });
    QByteArray printed;
    printed.reserve(std::transform_reduce(
        lines.begin(), lines.end(), qsizetype(0), std::plus<>(), [](const QByteArray &line) { return line.size(); }));
    for (const QByteArray &line : lines)
        printed += line;
    writeUtf8(out, printed);
    out.flush();
    err.flush();
    return 0;
}

} // namespace Postwright::App

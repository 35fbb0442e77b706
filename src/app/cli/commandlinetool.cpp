#include "cli/commandlinetool.h"

#include "cli/blogprofiles.h"
#include "cli/commandlinecredentials.h"
#include "document/post.h"
#include "document/textfile.h"
#include "git/publisher.h"
#include "settings/blogsettings.h"
#include "site/opentarget.h"
#include "site/postlibrary.h"
#include "site/siteprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::App::CommandLineTool", text);
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

QJsonObject estimateJson(const ReadingEstimate &estimate)
{
    return {{u"words"_s, estimate.words}, {u"minutes"_s, estimate.minutes}, {u"text"_s, estimate.text}};
}

} // namespace

bool CommandLineTool::handles(const QStringList &arguments)
{
    return arguments.size() >= 2
        && (arguments[1] == u"stats" || arguments[1] == u"check" || arguments[1] == u"set" || arguments[1] == u"publish"
            || arguments[1] == u"list");
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
              "  postwright check FILE...            validate front matter; prints file:line:col: message\n"
              "                                      for each problem and exits 1 when there is one\n"
              "  postwright set FILE key=value...    change front-matter fields in place, touching only\n"
              "                                      their bytes (tags=a,b  date=now  draft=false)\n"
              "  postwright publish FILE...          commit each post (and the images it links to) and\n"
              "      [--message TEXT]                push it to the blog's remote; prints the receipt and\n"
              "      [--author \"Name <email>\"]       the commit id. A draft is refused unless --undraft\n"
              "      [--undraft]                     sets draft: false first\n");
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
    if (rest.size() < 2) {
        err << tr("set needs a file and at least one key=value") << Qt::endl << usage();
        return 2;
    }
    return set(rest.first(), rest.mid(1), out, err);
}

int CommandLineTool::stats(const QStringList &files, QTextStream &out, QTextStream &err)
{
    int exitCode = 0;
    BlogProfiles blogs;
    for (const QString &file : files) {
        const Result<LoadedText> loaded = TextFile::load(file);
        if (!loaded) {
            err << loaded.error().withLocation(file) << Qt::endl;
            exitCode = 1;
            continue;
        }
        const SiteProfile &profile = blogs.of(file);
        // Words only: nothing printed needs the HTML.
        const Post post =
            Post::analyse(loaded->text, {profile.site->rawHtml}, profile.naming, false, profile.site.get());
        const FrontMatter &frontMatter = post.frontMatter();
        if (frontMatter.hasError()) {
            err << frontMatter.error()->withLocation(file) << Qt::endl;
            exitCode = 1;
        }
        QJsonObject reading;
        for (ReadingPreset preset : {ReadingPreset::Hugo, ReadingPreset::ReadingTime, ReadingPreset::Medium})
            reading.insert(ReadingTime::presetName(preset), estimateJson(post.readingTime(preset)));
        const ReadingEstimate preferred = post.readingTime(profile.readingPreset);
        const std::optional<bool> draft = frontMatter.draft();
        QJsonObject object{
            {u"file"_s, file},
            {u"title"_s, frontMatter.title()},
            {u"summary"_s, frontMatter.summary()},
            {u"tags"_s, QJsonArray::fromStringList(frontMatter.tags())},
            {u"date"_s, frontMatter.date().text()},
            {u"draft"_s, draft ? QJsonValue(*draft) : QJsonValue(QJsonValue::Null)},
            {u"words"_s, preferred.words},
            {u"minutes"_s, preferred.minutes},
            {u"readingTime"_s, reading},
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    }
    return exitCode;
}

int CommandLineTool::check(const QStringList &files, QTextStream &out, QTextStream &err)
{
    int problems = 0;
    BlogProfiles blogs;
    for (const QString &file : files) {
        const Result<LoadedText> loaded = TextFile::load(file);
        if (!loaded) {
            err << loaded.error().withLocation(file) << Qt::endl;
            ++problems;
            continue;
        }
        const FrontMatter frontMatter = FrontMatter::parse(loaded->text, blogs.of(file).naming);
        if (frontMatter.hasError()) {
            err << frontMatter.error()->withLocation(file) << Qt::endl;
            ++problems;
            continue;
        }
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

int CommandLineTool::publish(const QStringList &arguments, QTextStream &out, QTextStream &err)
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
        const Result<PublishOutcome> outcome = Publisher::publish(*plan, credentials, options);
        if (!outcome) {
            err << file << u": "_s << outcome.error().message << Qt::endl;
            ++failures;
            continue;
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
    const QList<PostSummary> posts = PostLibrary::scan(profile);
    for (const PostSummary &post : posts) {
        QJsonArray translations;
        for (const QString &other : post.translations)
            translations.append(rootDir.relativeFilePath(other));
        QJsonObject object{
            {u"path"_s, rootDir.relativeFilePath(post.path)},
            {u"title"_s, post.title},
            {u"date"_s, post.date.text()},
            {u"draft"_s, post.isDraft},
            {u"state"_s, stateName(post.state)},
            {u"schedule"_s, scheduleName(post.schedule)},
            {u"language"_s, post.language},
            {u"translations"_s, translations},
            {u"readingTime"_s, estimateJson(post.reading)},
            {u"url"_s, post.publicUrl},
        };
        if (post.appearsOn.isValid())
            object.insert(u"appearsOn"_s, post.appearsOn.toString(Qt::ISODate));
        if (!post.error.isEmpty())
            object.insert(u"error"_s, post.error);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    }
    out.flush();
    return 0;
}

} // namespace Postwright::App

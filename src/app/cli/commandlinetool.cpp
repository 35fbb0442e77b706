#include "cli/commandlinetool.h"

#include "document/post.h"
#include "document/textfile.h"
#include "git/repository.h"
#include "site/siteprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::App::CommandLineTool", text);
}

// The conventions of the blog a file belongs to (Hugo's when it is in no known blog).
SiteProfile profileFor(const QString &file)
{
    const Result<Repository> repository = Repository::open(QFileInfo(file).absolutePath());
    if (repository && !repository->isBare())
        return SiteProfile::detect(repository->workingDirectory());
    return SiteProfile::forGenerator(Generator::Unknown, QFileInfo(file).absolutePath());
}

QJsonObject estimateJson(const ReadingEstimate &estimate)
{
    return {{u"words"_s, estimate.words}, {u"minutes"_s, estimate.minutes}, {u"text"_s, estimate.text}};
}

} // namespace

bool CommandLineTool::handles(const QStringList &arguments)
{
    return arguments.size() >= 2 && (arguments[1] == u"stats" || arguments[1] == u"check" || arguments[1] == u"set");
}

QString CommandLineTool::usage()
{
    return tr("Commands (no display needed):\n"
              "  postwright stats FILE...            print one JSON object per file: title, summary, tags,\n"
              "                                      date, draft, words, and minutes and text per\n"
              "                                      reading-time preset (hugo, reading-time, medium)\n"
              "  postwright check FILE...            validate front matter; prints file:line:col: message\n"
              "                                      for each problem and exits 1 when there is one\n"
              "  postwright set FILE key=value...    change front-matter fields in place, touching only\n"
              "                                      their bytes (tags=a,b  date=now  draft=false)\n");
}

int CommandLineTool::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (rest.isEmpty() || rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        (rest.isEmpty() ? err : out) << usage();
        return rest.isEmpty() ? 2 : 0;
    }
    if (command == u"stats")
        return stats(rest, out, err);
    if (command == u"check")
        return check(rest, out, err);
    if (rest.size() < 2) {
        err << tr("set needs a file and at least one key=value") << Qt::endl << usage();
        return 2;
    }
    return set(rest.first(), rest.mid(1), out, err);
}

int CommandLineTool::stats(const QStringList &files, QTextStream &out, QTextStream &err)
{
    int exitCode = 0;
    for (const QString &file : files) {
        const Result<LoadedText> loaded = TextFile::load(file);
        if (!loaded) {
            err << loaded.error().withLocation(file) << Qt::endl;
            exitCode = 1;
            continue;
        }
        const SiteProfile profile = profileFor(file);
        const Post post = Post::analyse(loaded->text, {}, profile.naming);
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
    for (const QString &file : files) {
        const Result<LoadedText> loaded = TextFile::load(file);
        if (!loaded) {
            err << loaded.error().withLocation(file) << Qt::endl;
            ++problems;
            continue;
        }
        const FrontMatter frontMatter = FrontMatter::parse(loaded->text, profileFor(file).naming);
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
    const FieldNaming naming = profileFor(file).naming;
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

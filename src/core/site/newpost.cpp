#include "site/newpost.h"

#include "document/frontmatter.h"
#include "document/postdate.h"
#include "document/slug.h"
#include "document/textfile.h"
#include "site/postlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

Result<NewPost> NewPost::plan(const SiteProfile &profile, const QString &title, const QDateTime &now)
{
    return plan(profile, title, now, Style());
}

Result<NewPost> NewPost::plan(
    const SiteProfile &profile, const QString &title, const QDateTime &now, const Style &style)
{
    if (title.trimmed().isEmpty())
        return Error{tr("give the post a title first")};
    const QString slug = Slug::fromTitle(title);
    const QString prefix = profile.generator == Generator::Jekyll ? now.date().toString(Qt::ISODate) + u'-' : QString();
    const QDir folder(profile.absoluteContentFolder());
    QString path;
    for (int attempt = 1; attempt < 1000; ++attempt) {
        const QString suffix = attempt == 1 ? QString() : u"-%1"_s.arg(attempt);
        path = folder.filePath(prefix + slug + suffix + u".md"_s);
        if (!QFileInfo::exists(path))
            break;
    }
    // The slug cannot contain a separator or "..", but check the result all the same.
    const QString cleanFolder = QDir::cleanPath(folder.absolutePath()) + u'/';
    if (!QDir::cleanPath(path).startsWith(cleanFolder))
        return Error{tr("the title makes a path outside the content folder")};

    // The front matter is built through the same surgical edits the form uses.
    QString text = style.format == FrontMatterFormat::Toml ? u"+++\n+++\n\n"_s : u"---\n---\n\n"_s;
    auto add = [&](const Result<TextEdit> &edit) {
        if (edit)
            edit->applyTo(text);
    };
    add(FrontMatter::parse(text, profile.naming).setText(PostField::Title, title.trimmed()));
    add(FrontMatter::parse(text, profile.naming).setText(PostField::Summary, QString()));
    add(FrontMatter::parse(text, profile.naming).setTags({}));
    add(FrontMatter::parse(text, profile.naming).setDate(now));
    add(FrontMatter::parse(text, profile.naming).setDraft(true));
    if (!style.layout.isEmpty())
        add(FrontMatter::parse(text, profile.naming).setFromString(u"layout"_s, style.layout));
    return NewPost{path, text};
}

NewPost::Style NewPost::usualStyle(const SiteProfile &profile)
{
    QList<QFileInfo> posts;
    for (const QString &path : PostLibrary(profile).postFiles())
        posts.append(QFileInfo(path));
    // The most recent posts say how the blog is written now.
    const qsizetype recent = std::min<qsizetype>(posts.size(), 20);
    std::partial_sort(posts.begin(), posts.begin() + recent, posts.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    QHash<QString, int> uses;
    QString usualLayout;
    int mostUses = 0;
    int read = 0;
    int withLayout = 0;
    int inToml = 0;
    for (qsizetype i = 0; i < recent; ++i) {
        const Result<LoadedText> loaded = TextFile::load(posts[i].filePath());
        if (!loaded)
            continue;
        ++read;
        const FrontMatter frontMatter = FrontMatter::parse(loaded->text, profile.naming);
        if (frontMatter.format() == FrontMatterFormat::Toml)
            ++inToml;
        const FrontMatterEntry *layout = frontMatter.entry(u"layout"_s);
        if (!layout || layout->isNull || layout->scalar.trimmed().isEmpty())
            continue;
        ++withLayout;
        if (const int count = ++uses[layout->scalar]; count > mostUses) {
            mostUses = count;
            usualLayout = layout->scalar;
        }
    }
    // A default the site sets (or one special post) is not copied: only what most posts do.
    Style style;
    if (inToml * 2 > read)
        style.format = FrontMatterFormat::Toml;
    if (withLayout * 2 > read)
        style.layout = usualLayout;
    return style;
}

Status NewPost::create() const
{
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists").arg(QDir::toNativeSeparators(path))};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath())};
    return TextFile::save(path, text, false);
}

} // namespace Postwright::Core

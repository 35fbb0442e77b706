#include "site/postfiles.h"

#include "document/frontmatter.h"
#include "document/slug.h"
#include "document/textfile.h"
#include "git/gitptr.h"
#include "git/repository.h"
#include "site/publicaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isBundle(const QString &postPath)
{
    return QFileInfo(postPath).completeBaseName() == u"index";
}

// Stages the removal of every tracked file among paths; untracked ones need nothing.
void stageRemovals(const QString &root, const QStringList &absolutePaths)
{
    Result<Repository> repository = Repository::open(root);
    if (!repository)
        return;
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repository->handle()) != 0)
        return;
    const IndexPtr index(rawIndex);
    const QDir workdir(repository->workingDirectory());
    for (const QString &path : absolutePaths) {
        const QByteArray relative = workdir.relativeFilePath(path).toUtf8();
        if (git_index_get_bypath(index.get(), relative.constData(), 0))
            git_index_remove_bypath(index.get(), relative.constData());
    }
    git_index_write(index.get());
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

bool PostFiles::canKeepOldAddress(const SiteProfile &profile, PostState state)
{
    return profile.generator == Generator::Hugo
        && (state == PostState::Published || state == PostState::ChangedSincePublish);
}

Result<QString> PostFiles::rename(
    const SiteProfile &profile, const QString &postPath, const QString &newSlug, bool keepOldUrl)
{
    const QString slug = Slug::fromTitle(newSlug);
    const QFileInfo post(postPath);
    Result<LoadedText> loaded = TextFile::load(postPath);
    if (!loaded)
        return loaded.error();
    const FrontMatter frontMatter = FrontMatter::parse(loaded->text, profile.naming);

    QString from = postPath;
    QString to;
    if (isBundle(postPath)) {
        from = post.absolutePath();
        to = QDir(QFileInfo(from).absolutePath()).filePath(slug);
    } else {
        QString name = slug + u'.' + post.suffix();
        if (profile.generator == Generator::Jekyll && frontMatter.date().isValid())
            name = frontMatter.date().dateTime().date().toString(Qt::ISODate) + u'-' + name;
        to = post.absoluteDir().filePath(name);
    }
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).absoluteFilePath())
        return postPath;
    if (QFileInfo::exists(to))
        return Error{tr("%1 already exists: choose another name").arg(QDir::toNativeSeparators(to))};

    if (keepOldUrl && profile.generator == Generator::Hugo) {
        QStringList aliases = frontMatter.list(u"aliases"_s);
        // The address as Hugo serves it now, from the site's root: what links to it use.
        const QString oldUrl =
            PublicAddress::pathOf(*profile.site, QFileInfo(postPath).absoluteFilePath(), frontMatter);
        if (!aliases.contains(oldUrl)) {
            aliases.append(oldUrl);
            const Result<TextEdit> edit = frontMatter.setList(u"aliases"_s, aliases);
            if (!edit)
                return edit.error();
            if (const Status saved = TextFile::save(postPath, edit->appliedTo(loaded->text), loaded->hasByteOrderMark);
                !saved)
                return saved.error();
        }
    }
    const QStringList oldFiles = isBundle(postPath) ? filesUnder(from) : QStringList{from};
    if (!QDir().rename(from, to))
        return Error{tr("cannot rename %1").arg(QDir::toNativeSeparators(from))};
    stageRemovals(profile.root, oldFiles);
    return isBundle(postPath) ? QDir(to).filePath(post.fileName()) : to;
}

Result<QString> PostFiles::remove(const SiteProfile &profile, const QString &postPath)
{
    const QString target = isBundle(postPath) ? QFileInfo(postPath).absolutePath() : postPath;
    const QStringList files = isBundle(postPath) ? filesUnder(target) : QStringList{target};
    // Qt 6.4 puts the file into "files" under the working directory when the folder that holds
    // the trash does not exist yet: it is made first.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QString inTrash;
    if (!QFile::moveToTrash(target, &inTrash))
        return Error{tr("cannot move %1 to the trash; nothing was deleted").arg(QDir::toNativeSeparators(target))};
    stageRemovals(profile.root, files);
    return inTrash;
}

} // namespace Postwright::Core

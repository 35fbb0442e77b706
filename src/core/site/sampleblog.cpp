#include "site/sampleblog.h"

#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

Status copyResourceTree(const QString &from, const QString &to, QStringList *copied)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(from.size() + 1);
        const QString target = QDir(to).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error{SampleBlog::tr("cannot create the folder for %1").arg(target)};
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return Error{SampleBlog::tr("cannot write %1").arg(target)};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        copied->append(relative);
    }
    copied->sort();
    return Success{};
}

} // namespace

QString SampleBlog::workingTreePath(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(u"sample-blog"_s);
}

QString SampleBlog::originPath(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(u"sample-blog-origin.git"_s);
}

Result<QString> SampleBlog::ensure(const QString &dataFolder)
{
    const QString workingTree = workingTreePath(dataFolder);
    if (QFileInfo(QDir(workingTree).filePath(u".git"_s)).isDir())
        return workingTree;

    // Build it beside its final place and rename it at the end, so an interrupted first start
    // never leaves half a blog behind.
    const QString partial = workingTree + u".partial"_s;
    const QString origin = originPath(dataFolder);
    QDir(partial).removeRecursively();
    QDir(origin).removeRecursively();

    QStringList files;
    if (Status copied = copyResourceTree(u":/sample-blog"_s, partial, &files); !copied)
        return copied.error();
    const QString branch = u"main"_s;
    Result<Repository> repository = Repository::init(partial, branch, false);
    if (!repository)
        return repository.error();
    Result<Repository> bare = Repository::init(origin, branch, true);
    if (!bare)
        return bare.error();
    const CommitAuthor author{u"Postwright"_s, u"sample@postwright.invalid"_s};
    if (Result<QString> commit = repository->commit(files, u"Start the sample blog"_s, author); !commit)
        return commit.error();
    if (Status added = repository->addRemote(u"origin"_s, QDir(origin).absolutePath()); !added)
        return added.error();
    if (Status pushed = repository->pushToLocalRemote(u"origin"_s, branch); !pushed)
        return pushed.error();
    if (Status tracked = repository->setUpstream(branch, u"origin"_s); !tracked)
        return tracked.error();
    if (!QDir().rename(partial, workingTree))
        return Error{tr("cannot move the sample blog into %1").arg(workingTree)};
    return workingTree;
}

} // namespace Postwright::Core

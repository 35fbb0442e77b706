#include "site/opentarget.h"

#include "document/textfile.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Postwright::Core {

Result<OpenTarget> OpenTarget::resolve(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{tr("%1 does not exist. Give the folder of a blog's git clone or a Markdown file").arg(shown)};
    OpenTarget target;
    if (info.isDir()) {
        Result<Repository> repository = Repository::open(info.absoluteFilePath());
        if (!repository)
            return repository.error();
        if (repository->isBare()) {
            return Error{
                tr("%1 is a bare repository (it has no files to edit). Open a clone of it instead").arg(shown)};
        }
        target.blogRoot = repository->workingDirectory();
        return target;
    }
    if (!info.isFile())
        return Error{tr("%1 is not a regular file").arg(shown)};
    // Any file is accepted only if it is text Postwright can show and save back faithfully.
    if (const Result<LoadedText> loaded = TextFile::load(info.absoluteFilePath()); !loaded)
        return Error{tr("cannot open %1: %2").arg(shown, loaded.error().message)};
    target.postPath = info.absoluteFilePath();
    if (Result<Repository> repository = Repository::open(info.absolutePath()); repository && !repository->isBare())
        target.blogRoot = repository->workingDirectory();
    return target;
}

QString OpenTarget::blogRootOf(const QString &path)
{
    const QFileInfo info(path);
    const Result<Repository> repository =
        Repository::open(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    return repository && !repository->isBare() ? repository->workingDirectory() : QString();
}

} // namespace Postwright::Core

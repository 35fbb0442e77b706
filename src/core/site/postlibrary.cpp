#include "site/postlibrary.h"

#include "document/frontmatter.h"
#include "document/textfile.h"

#include <QDirIterator>

#include <algorithm>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

bool PostLibrary::isPostFile(const QString &fileName)
{
    return fileName.endsWith(u".md"_s, Qt::CaseInsensitive) || fileName.endsWith(u".markdown"_s, Qt::CaseInsensitive)
        || fileName.endsWith(u".mdx"_s, Qt::CaseInsensitive);
}

QList<PostSummary> PostLibrary::scan(const SiteProfile &profile)
{
    QList<PostSummary> posts;
    QStringList folders = {profile.absoluteContentFolder()};
    for (const QString &extra : profile.extraFolders)
        folders.append(QDir(profile.root).filePath(extra));
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!isPostFile(path) || path.contains(u"/.git/"_s) || path.contains(u"/node_modules/"_s))
                continue;
            PostSummary summary;
            summary.path = path;
            const Result<LoadedText> loaded = TextFile::load(path);
            if (!loaded) {
                summary.error = loaded.error().message;
                posts.append(summary);
                continue;
            }
            const FrontMatter frontMatter = FrontMatter::parse(loaded->text, profile.naming);
            if (frontMatter.hasError())
                summary.error = frontMatter.error()->message;
            summary.title = frontMatter.title();
            summary.date = frontMatter.date();
            summary.isDraft = frontMatter.draft().value_or(false);
            summary.tags = frontMatter.tags();
            posts.append(summary);
        }
    }
    std::sort(posts.begin(), posts.end(), [](const PostSummary &a, const PostSummary &b) {
        if (a.date.dateTime() != b.date.dateTime())
            return a.date.dateTime() > b.date.dateTime();
        return a.path < b.path;
    });
    return posts;
}

QString PostLibrary::newestPost(const QList<PostSummary> &posts)
{
    return posts.isEmpty() ? QString() : posts.first().path;
}

} // namespace Postwright::Core

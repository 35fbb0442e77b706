#include "site/coverimage.h"

#include "site/imageimport.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QString CoverImage::fileOf(const SiteProfile &profile, const QString &postPath, const FrontMatter &frontMatter)
{
    const QFileInfo post(postPath);
    const QString written = frontMatter.coverImage();
    if (!written.isEmpty()) {
        if (written.contains(u"://"_s) || written.startsWith(u"//"_s) || written.startsWith(u"data:"_s))
            return {};
        const QString path = QUrl::fromPercentEncoding(written.section(u'?', 0, 0).section(u'#', 0, 0).toUtf8());
        QString file = path.startsWith(u'/') ? ImageImport::servedFile(profile, path)
                                             : QDir::cleanPath(post.absoluteDir().filePath(path));
        // Jekyll's themes write site paths without the leading slash too ("assets/images/x.jpg").
        if (!path.startsWith(u'/') && !QFileInfo(file).isFile())
            file = ImageImport::servedFile(profile, u'/' + path);
        return QFileInfo(file).isFile() ? file : QString();
    }
    // Hugo's page bundles: an image whose name holds "cover" or "feature" is the post's picture
    // (Hugo's own templates match "*feature*"; many themes "*cover*").
    if (!SiteModel::isPageBundle(postPath))
        return {};
    static const QStringList names = {u"*cover*"_s, u"*feature*"_s};
    static const QStringList images = {u"jpg"_s, u"jpeg"_s, u"png"_s, u"webp"_s, u"gif"_s, u"svg"_s};
    const QFileInfoList found = post.absoluteDir().entryInfoList(names, QDir::Files, QDir::Name);
    for (const QFileInfo &file : found) {
        if (images.contains(file.suffix().toLower()))
            return file.absoluteFilePath();
    }
    return {};
}

} // namespace Postwright::Core

#include "site/astrosite.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList scriptExtensions = {u"ts"_s, u"mts"_s, u"js"_s, u"mjs"_s, u"cjs"_s};

QString firstExisting(const QDir &root, const QStringList &bases)
{
    for (const QString &base : bases) {
        for (const QString &extension : scriptExtensions) {
            if (QFileInfo(root.filePath(base + u'.' + extension)).isFile())
                return root.filePath(base + u'.' + extension);
        }
    }
    return {};
}

QString readScript(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.read(256 * 1024)) : QString();
}

// A folder written as a plain string inside the repository, or nothing.
QString insideRoot(const QDir &root, const QString &written)
{
    const QString clean = QDir::cleanPath(written);
    if (clean.isEmpty() || clean == u"." || clean.startsWith(u"../"_s) || clean == u".." || QDir::isAbsolutePath(clean))
        return {};
    return root.filePath(clean);
}

} // namespace

bool AstroSite::isAstroSite(const QString &root)
{
    return !firstExisting(QDir(root), {u"astro.config"_s}).isEmpty();
}

SiteModel AstroSite::read(const QString &root)
{
    SiteModel site;
    site.generator = Generator::Astro;
    site.root = QDir::cleanPath(root);
    site.siteRoot = site.root;
    const QDir dir(site.root);
    site.staticFolder = dir.filePath(u"public"_s);
    site.rawHtml = true;
    site.taxonomies = {u"tags"_s};
    site.languages.append({QString(), {}, {}, 0, dir.filePath(u"src/content"_s), {}});

    if (const QString config = firstExisting(dir, {u"astro.config"_s}); !config.isEmpty()) {
        site.configFiles.append(config);
        const QString text = readScript(config);
        static const QRegularExpression siteUrl(uR"(\bsite\s*:\s*(["'`])(https?://[^"'`\s]+)\1)"_s);
        static const QRegularExpression base(uR"(\bbase\s*:\s*(["'`])(/[^"'`\s]*)\1)"_s);
        QString address = siteUrl.match(text).captured(2);
        while (address.endsWith(u'/'))
            address.chop(1);
        QString prefix = base.match(text).captured(2);
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        if (!address.isEmpty())
            site.baseUrl = address + prefix + u'/';
    }
    // `const blog = defineCollection({ loader: glob({ base: './src/content/blog', ... }) })`, or a
    // collection without a loader, whose entries live in src/content/<name>/.
    if (const QString config = firstExisting(dir, {u"src/content.config"_s, u"src/content/config"_s});
        !config.isEmpty()) {
        site.configFiles.append(config);
        const QString text = readScript(config);
        static const QRegularExpression collection(
            uR"((?:const|let|var)\s+(\w+)\s*=\s*defineCollection\s*\(|(\w+)\s*:\s*defineCollection\s*\()"_s);
        static const QRegularExpression globBase(uR"(glob\s*\(\s*\{[^}]*?\bbase\s*:\s*(["'`])([^"'`]+)\1)"_s);
        static const QRegularExpression loader(uR"(\bloader\s*:)"_s);
        QRegularExpressionMatchIterator found = collection.globalMatch(text);
        QList<QRegularExpressionMatch> matches;
        while (found.hasNext())
            matches.append(found.next());
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const QString name = matches[i].captured(1).isEmpty() ? matches[i].captured(2) : matches[i].captured(1);
            const qsizetype end = i + 1 < matches.size() ? matches[i + 1].capturedStart() : text.size();
            const QString body = text.mid(matches[i].capturedEnd(), end - matches[i].capturedEnd());
            QString folder;
            if (const QRegularExpressionMatch glob = globBase.match(body); glob.hasMatch())
                folder = insideRoot(dir, glob.captured(2));
            else if (!loader.match(body).hasMatch())
                folder = dir.filePath(u"src/content/"_s + name);
            if (!folder.isEmpty())
                site.postFolders.append({folder, {}, name, {}, false});
        }
    }
    if (site.postFolders.isEmpty())
        site.postFolders.append({dir.filePath(u"src/content/blog"_s), {}, u"blog"_s, {}, false});
    // The blog's own collection first: new posts go there.
    std::stable_partition(site.postFolders.begin(), site.postFolders.end(),
        [](const PostFolder &folder) { return folder.section == u"blog" || folder.section == u"posts"; });
    return site;
}

} // namespace Postwright::Core

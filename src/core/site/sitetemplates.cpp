#include "site/sitetemplates.h"

#include "site/postlibrary.h"
#include "site/sitemodel.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// Shortcode templates by their path under the folder, without extension or output format:
// layouts/shortcodes/blog/card.amp.html is "blog/card".
void addShortcodes(const QString &folder, QSet<QString> &names)
{
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    const QDir base(folder);
    while (files.hasNext()) {
        const QString relative = base.relativeFilePath(files.next());
        const qsizetype slash = relative.lastIndexOf(u'/');
        const qsizetype dot = relative.indexOf(u'.', slash + 1);
        names.insert(dot < 0 ? relative : relative.first(dot));
    }
}

void addNames(QHash<QString, QString> &addresses, const QString &relativePath, const QString &address)
{
    const QFileInfo file(relativePath);
    const QString withoutSuffix = relativePath.first(relativePath.size() - file.suffix().size() - 1);
    QStringList names = {relativePath, withoutSuffix, file.fileName(), file.completeBaseName()};
    // A page bundle is found by its folder's name too.
    if (SiteModel::isPageBundle(relativePath)) {
        const QString folder = file.path();
        names += {folder, folder.section(u'/', -1)};
    }
    for (const QString &name : std::as_const(names)) {
        if (!name.isEmpty() && name != u"." && !addresses.contains(name))
            addresses.insert(name, address);
    }
}

} // namespace

std::shared_ptr<const TemplateContext> SiteTemplates::contextOf(const SiteModel &site)
{
    auto context = std::make_shared<TemplateContext>();
    context->siteValues = site.configValues;
    context->baseOrigin = site.baseOrigin;
    switch (site.generator) {
    case Generator::Hugo: {
        context->syntax = TemplateSyntax::HugoShortcodes;
        const QDir root(site.siteRoot);
        addShortcodes(root.filePath(u"layouts/shortcodes"_s), context->siteShortcodes);
        // A theme that is a Hugo module is not on disk: then any name may be one of its shortcodes.
        const QString themeFolder = root.filePath(u"themes/"_s + site.theme);
        context->knowsSiteShortcodes = site.theme.isEmpty() || QFileInfo(themeFolder).isDir();
        if (!site.theme.isEmpty())
            addShortcodes(themeFolder + u"/layouts/shortcodes"_s, context->siteShortcodes);
        break;
    }
    case Generator::Jekyll: context->syntax = TemplateSyntax::Liquid; break;
    default: return nullptr;
    }
    return context;
}

std::shared_ptr<const TemplateContext> SiteTemplates::withPosts(const SiteModel &site, const QList<PostSummary> &posts)
{
    if (!site.templates)
        return nullptr;
    auto context = std::make_shared<TemplateContext>(*site.templates);
    context->knowsPosts = true;
    QStringList contentFolders;
    if (site.generator == Generator::Hugo) {
        for (const SiteLanguage &language : site.languages)
            contentFolders.append(language.contentFolder);
        contentFolders.append(site.contentFolder);
    } else {
        contentFolders.append(site.siteRoot);
    }
    for (const PostSummary &post : posts) {
        QString address = post.publicUrl;
        if (!site.baseOrigin.isEmpty() && address.startsWith(site.baseOrigin))
            address = address.sliced(site.baseOrigin.size());
        if (address.isEmpty())
            continue;
        for (const QString &folder : std::as_const(contentFolders)) {
            if (!folder.isEmpty() && post.path.startsWith(folder + u'/')) {
                addNames(context->postAddresses, post.path.sliced(folder.size() + 1), address);
                break;
            }
        }
    }
    return context;
}

bool SiteTemplates::refersToOtherPosts(QStringView text)
{
    static const QRegularExpression reference(uR"(\{\{[<%]-?\s*(rel)?ref\b|\{%-?\s*(post_url|link)\b)"_s);
    return reference.match(text).hasMatch();
}

} // namespace Postwright::Core

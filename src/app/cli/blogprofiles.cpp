#include "cli/blogprofiles.h"

#include "settings/blogsettings.h"
#include "site/opentarget.h"

#include <QFileInfo>

namespace Postwright::App {

const Core::SiteProfile &BlogProfiles::of(const QString &file)
{
    const QString folder = QFileInfo(file).absolutePath();
    auto root = m_rootByFolder.find(folder);
    if (root == m_rootByFolder.end())
        root = m_rootByFolder.insert(folder, Core::OpenTarget::blogRootOf(file));
    if (root->isEmpty()) {
        // In no repository: plain Markdown beside the file, each such folder its own "blog".
        auto loose = m_byRoot.find(folder);
        if (loose == m_byRoot.end())
            loose = m_byRoot.insert(folder, Core::SiteProfile::forGenerator(Core::Generator::Unknown, folder));
        return *loose;
    }
    return ofBlog(*root);
}

const Core::SiteProfile &BlogProfiles::ofBlog(const QString &root)
{
    auto profile = m_byRoot.find(root);
    if (profile == m_byRoot.end())
        profile = m_byRoot.insert(root, BlogSettings::load(root).profileFor(root));
    return *profile;
}

} // namespace Postwright::App

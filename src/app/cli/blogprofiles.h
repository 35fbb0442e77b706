#pragma once

#include "site/siteprofile.h"

#include <QHash>

namespace Postwright::App {

// The conventions of the blogs that named files belong to, with the writer's settings for each:
// every blog is found and read once, however many of its files a command names (files in the
// same folder share the search for their repository).
class BlogProfiles final {
public:
    const Core::SiteProfile &of(const QString &file);
    // The blog whose working tree is root.
    const Core::SiteProfile &ofBlog(const QString &root);

private:
    QHash<QString, QString> m_rootByFolder;
    QHash<QString, Core::SiteProfile> m_byRoot;
};

} // namespace Postwright::App

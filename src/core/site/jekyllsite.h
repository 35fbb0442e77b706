#pragma once

#include "site/sitemodel.h"

namespace Postwright::Core {

// A Jekyll site as Jekyll reads it: _config.yml (or .toml) at the repository's root or in a
// subfolder (GitHub Pages' docs/), posts in every _posts folder (the folders above it are the
// posts' categories), drafts in _drafts, and collections (in collections_dir when it is set).
class JekyllSite final {
public:
    // The site's folder under root, or an empty string when there is no Jekyll site.
    static QString siteFolder(const QString &root);
    static SiteModel read(const QString &root);
};

} // namespace Postwright::Core

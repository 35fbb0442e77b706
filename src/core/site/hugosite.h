#pragma once

#include "site/sitemodel.h"

#include <QVariantMap>

namespace Postwright::Core {

// A Hugo site as Hugo reads it: hugo.* or config.* at the root, merged with config/_default/ and
// the production environment's folder (file names there are top-level keys, params.fr.toml a
// language's params), keys matched without case; then its languages, sections and posts.
class HugoSite final {
public:
    static bool isHugoSite(const QString &root);
    static SiteModel read(const QString &root);
    // The merged configuration, lower-cased keys; the files read are appended to files.
    static QVariantMap configuration(const QString &root, QStringList &files, QStringList &problems);
    // Hugo's regular pages under a folder: leaf bundles' index files, and every other content file
    // that is not inside a leaf bundle (those are the bundle's resources) nor a section's _index.
    static void regularPages(const QString &folder, QStringList &pages, int depth = 0);
    static bool isContentFile(const QString &name);
};

} // namespace Postwright::Core

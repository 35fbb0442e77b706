#pragma once

#include "site/sitemodel.h"

namespace Postwright::Core {

// An Eleventy site: posts/ under the input folder its config names as a plain string
// (`dir: { input: "src" }` or `setInputDirectory("src")`), and the permalink its posts folder's
// directory data file (posts.json, posts.11tydata.json) gives when it is plain. The config is
// JavaScript and is not run: a folder it computes is not found, one outside the repository ignored.
class EleventySite final {
public:
    static bool isEleventySite(const QString &root);
    static SiteModel read(const QString &root);
    static QString inputFolder(const QString &root);
};

} // namespace Postwright::Core

#pragma once

#include "site/sitemodel.h"

namespace Postwright::Core {

// An Astro site: its content collections from src/content.config.* (or the older
// src/content/config.*), with a glob() loader's base folder when it is written as a plain string,
// and its address from astro.config.*'s site and base. The config files are JavaScript or
// TypeScript and are not run: what they compute is not found (Blog Settings can name the folder).
class AstroSite final {
public:
    static bool isAstroSite(const QString &root);
    static SiteModel read(const QString &root);
};

} // namespace Postwright::Core

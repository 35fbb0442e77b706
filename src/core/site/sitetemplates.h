#pragma once

#include "markdown/templatecontext.h"

#include <QList>

#include <memory>

namespace Postwright::Core {

struct PostSummary;
struct SiteModel;

// What a site's template syntax can refer to, read from the site: Hugo's shortcodes in
// layouts/shortcodes and the theme's, the configuration's values, and (with the library) every
// post's address under the names a ref, a link or a post_url tag gives it.
class SiteTemplates final {
public:
    // Null for a generator whose posts have no template syntax here.
    static std::shared_ptr<const TemplateContext> contextOf(const SiteModel &site);
    // The site's context with its posts' addresses.
    static std::shared_ptr<const TemplateContext> withPosts(const SiteModel &site, const QList<PostSummary> &posts);
    // A ref or relref shortcode, a post_url or link tag: only a post with one needs the posts'
    // addresses (to show it, or to check it).
    static bool refersToOtherPosts(QStringView text);
};

} // namespace Postwright::Core

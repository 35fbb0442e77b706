#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Postwright::Core {

// The template language a site's generator runs over a post's body before its Markdown.
enum class TemplateSyntax {
    None,
    HugoShortcodes, // {{< name args >}}, {{% name %}}…{{% /name %}}
    Liquid, // Jekyll: {% tag %}, {{ site.x }}
};

// What the template syntax of a post can refer to: the site's own shortcodes, its configuration's
// values, and the other posts' addresses. A value, shared by every render of one blog.
struct TemplateContext {
    TemplateSyntax syntax = TemplateSyntax::None;
    // Hugo: the shortcodes of layouts/shortcodes and the theme's ("notice", "blog/card").
    QSet<QString> siteShortcodes;
    bool knowsSiteShortcodes = false; // false: any name may be the site's
    // Scalars of the site's configuration by dotted key: Hugo's lower-cased ("params.author"),
    // Jekyll's as written ("author.name").
    QHash<QString, QString> siteValues;
    // A post's address from the site's root, base path included ("/blog/posts/hello/"), by every
    // name a ref or a post_url may give it: "posts/hello.md", "posts/hello", "hello.md", "hello",
    // Jekyll's "_posts/2024-01-02-hello.md" and "2024-01-02-hello".
    QHash<QString, QString> postAddresses;
    bool knowsPosts = false; // false: a ref cannot be checked (the library is not read yet)
    QString baseOrigin; // "https://example.org", for Hugo's ref, which gives the full address
};

} // namespace Postwright::Core

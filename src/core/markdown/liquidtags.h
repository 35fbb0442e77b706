#pragma once

#include <QCoreApplication>
#include <QStringView>

namespace Postwright::Core {

class TemplateExpansion;

// Jekyll's Liquid in a post's quick preview: {% highlight lang %}…{% endhighlight %} as code,
// {% raw %} as written, {% comment %} as nothing, {% link %} and {% post_url %} as the other
// post's address, {% include name.html k=v %} (and tags of plugins) as a labelled block,
// {{ site.x }} and {{ page.x }} from the site's configuration and the post's front matter, and
// the control tags (if, for, assign…) left out with what they enclose kept.
class LiquidTags final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::LiquidTags)

public:
    static void expand(QStringView body, TemplateExpansion &out);
};

} // namespace Postwright::Core

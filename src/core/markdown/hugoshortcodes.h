#pragma once

#include <QCoreApplication>
#include <QStringView>

namespace Postwright::Core {

class TemplateExpansion;
struct ShortcodeCall;

// Hugo's shortcodes in a post's quick preview. The built-ins render as Hugo renders them: figure,
// highlight, ref and relref (the other post's address, from the library), param, details; qr as a
// labelled box; youtube, vimeo, x, twitter, instagram and gist as a labelled placeholder that
// loads nothing. The site's own shortcodes show as a labelled block with their arguments and their
// inner Markdown. Words count as Hugo's .WordCount counts what the built-ins render.
class HugoShortcodes final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::HugoShortcodes)

public:
    static void expand(QStringView body, TemplateExpansion &out);
    // Whether Hugo has this shortcode built in (0.111 and the ones added since).
    static bool isBuiltIn(const QString &name);
};

} // namespace Postwright::Core

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Postwright::Core {

// One Hugo shortcode call as written: {{< name "positional" key="named" >}}, self-closing
// ({{< name />}}), paired ({{% name %}}inner{{% /name %}}) or escaped ({{</* name */>}}, which
// Hugo shows as written without the comment marks).
struct ShortcodeCall {
    QString name;
    QStringList positional;
    QList<std::pair<QString, QString>> named;
    bool markdownNotation = false; // {{% %}}: Hugo renders its output as Markdown
    bool escaped = false;
    QString escapedText; // what an escaped call shows: "{{< name >}}"
    qsizetype start = 0; // of the opening tag
    qsizetype end = 0; // after the closing tag of a paired call, else after the tag
    qsizetype innerStart = -1; // paired calls only: the text between the tags
    qsizetype innerEnd = -1;

    bool isPaired() const { return innerStart >= 0; }
    // A named argument, else the positional one at that index; "" when neither is given.
    QString argument(const QString &key, int position = -1) const;
    bool hasArgument(const QString &key) const;
    // The arguments as written, for a label: `"a" b` or `key="v" other="w"`.
    QString argumentsText() const;
};

// Finds the shortcode calls of a text the way Hugo's page lexer does: quoted ("…" with \"),
// raw (`…`) and bare arguments, named or positional; a closing tag pairs with the nearest open
// call of its name, and the calls between them are its inner content's. Only the outermost
// calls are returned; the inner text is parsed again when it is rendered. Text that only looks
// like a call (no closing delimiter) is left out, as text.
class ShortcodeParser final {
public:
    static QList<ShortcodeCall> parse(QStringView text);
};

} // namespace Postwright::Core

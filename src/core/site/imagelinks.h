#pragma once

#include "document/frontmatter.h"
#include "document/textedit.h"

#include <QList>

namespace Postwright::Core {

// A post saved into another folder keeps its pictures: each relative link (Markdown's ![](...),
// and src="..." in HTML and shortcodes) to a file that exists from the old folder is rewritten to
// reach the same file from the new one. Links that break either way, site-absolute links and
// addresses are left as they are.
class ImageLinks final {
public:
    // The edits, in the order of the text, relative to text.
    static QList<TextEdit> forMove(
        QStringView text, const QString &oldPostPath, const QString &newPostPath, const FieldNaming &naming = {});
};

} // namespace Postwright::Core

#pragma once

#include <QList>
#include <QString>

namespace Postwright::Core {

// One top-level block of a rendered post. The key is the same for the same HTML at the same
// occurrence, so the preview replaces only blocks whose key changed.
struct RenderedBlock {
    QString key;
    int firstLine = 0; // 1-based lines of the file, front matter counted
    int lastLine = 0;
    QString html;
    friend bool operator==(const RenderedBlock &, const RenderedBlock &) = default;
};

using RenderedBlocks = QList<RenderedBlock>;

} // namespace Postwright::Core

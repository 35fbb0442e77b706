#pragma once

#include <QStringView>

#include <vector>

namespace Postwright::Core {

// Maps the positions parsers report (code point index, or line and code point column) to UTF-16
// offsets in the whole text, and finds the line around a position.
class BlockPositions final {
public:
    BlockPositions(QStringView text, qsizetype contentStart, qsizetype contentLength);

    qsizetype fromCodePointIndex(size_t index) const;
    // line and column are 1-based, relative to the content; column counts code points.
    qsizetype fromLineColumn(size_t line, size_t column) const;
    qsizetype lineStart(qsizetype position) const;
    // The offset just past the line break of the line holding position (or the content's end).
    qsizetype pastLineEnd(qsizetype position) const;

private:
    QStringView m_text;
    qsizetype m_contentEnd;
    std::vector<qsizetype> m_codePointOffsets;
    std::vector<size_t> m_lineFirstCodePoint;
};

} // namespace Postwright::Core

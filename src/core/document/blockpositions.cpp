#include "document/blockpositions.h"

#include <algorithm>

namespace Postwright::Core {

BlockPositions::BlockPositions(QStringView text, qsizetype contentStart, qsizetype contentLength)
    : m_text(text), m_contentEnd(contentStart + contentLength)
{
    m_codePointOffsets.reserve(size_t(contentLength) + 1);
    m_lineFirstCodePoint.push_back(0);
    for (qsizetype i = contentStart; i < m_contentEnd; ++i) {
        if (text[i].isLowSurrogate() && i > contentStart && text[i - 1].isHighSurrogate())
            continue;
        m_codePointOffsets.push_back(i);
        if (text[i] == u'\n')
            m_lineFirstCodePoint.push_back(m_codePointOffsets.size());
    }
    m_codePointOffsets.push_back(m_contentEnd);
}

qsizetype BlockPositions::fromCodePointIndex(size_t index) const
{
    return m_codePointOffsets[std::min(index, m_codePointOffsets.size() - 1)];
}

qsizetype BlockPositions::fromLineColumn(size_t line, size_t column) const
{
    if (line == 0 || line > m_lineFirstCodePoint.size())
        return m_contentEnd;
    const size_t first = m_lineFirstCodePoint[line - 1];
    return fromCodePointIndex(first + (column > 0 ? column - 1 : 0));
}

qsizetype BlockPositions::lineStart(qsizetype position) const
{
    const qsizetype newline = position > 0 ? m_text.lastIndexOf(u'\n', position - 1) : -1;
    return newline + 1;
}

qsizetype BlockPositions::pastLineEnd(qsizetype position) const
{
    const qsizetype newline = m_text.indexOf(u'\n', position);
    return newline < 0 || newline >= m_contentEnd ? m_contentEnd : newline + 1;
}

} // namespace Postwright::Core

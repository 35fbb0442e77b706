#pragma once

#include <QList>
#include <QString>

namespace Postwright::Core {

// What a block gives to the reading-time count: words as Hugo counts them (in the page's CJK mode
// or not), as whitespace splits them, as the reading-time package counts them, and its images.
struct WordCounts {
    int hugo = 0;
    int plain = 0;
    int readingTime = 0;
    int images = 0;

    WordCounts &operator+=(const WordCounts &other)
    {
        hugo += other.hugo;
        plain += other.plain;
        readingTime += other.readingTime;
        images += other.images;
        return *this;
    }
    friend bool operator==(const WordCounts &, const WordCounts &) = default;
};

// One top-level block of a rendered post. The key is the same for the same HTML at the same
// occurrence, so the preview replaces only blocks whose key changed.
struct RenderedBlock {
    int firstLine = 0; // 1-based lines of the file, front matter counted
    int lastLine = 0;
    QString html;
    size_t hash = 0; // of the HTML
    int occurrence = 0; // how many blocks before this one have the same HTML
    bool lineGuessed = false; // cmark gave no usable start line: it follows the previous block
    WordCounts words;

    bool hasSameKey(const RenderedBlock &other) const { return hash == other.hash && occurrence == other.occurrence; }
    QString key() const { return QStringLiteral("b%1-%2").arg(hash, 0, 16).arg(occurrence); }
    friend bool operator==(const RenderedBlock &, const RenderedBlock &) = default;
};

using RenderedBlocks = QList<RenderedBlock>;

} // namespace Postwright::Core

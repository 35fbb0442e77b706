#pragma once

#include <QList>
#include <QString>

namespace Postwright::Core {

// Two versions of a text compared word by word (spaces and punctuation are tokens of their own),
// as a writer reads a change: what stayed, what went, what came.
class WordDiff final {
public:
    enum class Kind { Same, Removed, Added };
    struct Piece {
        Kind kind = Kind::Same;
        QString text;
        bool operator==(const Piece &other) const = default;
    };

    static QList<Piece> compare(const QString &before, const QString &after);
    // The pieces one side shows, as HTML: the side's own changes marked (<del> for Removed,
    // <ins> for Added), line ends kept. Same shows both sides' changes, as a change reads. The
    // first change has the anchor "first-change", to scroll to.
    static QString html(const QList<Piece> &pieces, Kind shown);
};

} // namespace Postwright::Core

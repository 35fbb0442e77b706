#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Postwright::Core {

// Three versions of a post merged the way a writer reads it: by front-matter field and by
// paragraph (a fenced code block is one), not by line. What both sides kept stays; a change only
// one side made is taken from it; where both changed the same part differently, the writer
// chooses. The result is plain text: no conflict markers are ever written.
class ParagraphMerge final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::ParagraphMerge)

public:
    enum class Side { Mine, Theirs, Both };

    struct Change {
        QString label; // the field's name ("title"), a heading's text, or "Paragraph"
        QString base; // the part as it was before either side changed it
        QString mine;
        QString theirs;
        bool inFrontMatter = false;
        bool isConflict = false; // both sides changed it, differently
        Side suggested = Side::Mine; // the side that changed it, or Mine for a conflict
        int mineLine = 1; // where it starts in mine (1-based), or would
        int theirLine = 1;

        // Two values of one field cannot both stand in the front matter.
        bool canKeepBoth() const { return !inFrontMatter; }
    };

    static ParagraphMerge merge(const QString &base, const QString &mine, const QString &theirs);

    // Every place where the sides differ, in the order of the text.
    const QList<Change> &changes() const { return m_changes; }
    int conflictCount() const;
    QList<Side> suggestedChoices() const;
    // The merged text with one choice per change (Both is Mine then Theirs; where it is not
    // possible, Mine).
    QString result(const QList<Side> &choices) const;
    // Every conflict resolved by one side, the one-sided changes as suggested.
    QString resultPreferring(Side side) const;

private:
    struct Piece {
        QString kept; // text both sides have
        qsizetype change = -1; // or the change this piece is
    };
    QList<Piece> m_pieces;
    QList<Change> m_changes;
};

} // namespace Postwright::Core

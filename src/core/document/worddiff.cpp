#include "document/worddiff.h"

#include <QRegularExpression>

#include <utility>
#include <vector>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList tokensOf(const QString &text)
{
    static const QRegularExpression token(u"\\w+|\\s+|[^\\w\\s]"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList tokens;
    for (QRegularExpressionMatchIterator it = token.globalMatch(text); it.hasNext();)
        tokens.append(it.next().captured());
    return tokens;
}

void append(QList<WordDiff::Piece> &pieces, WordDiff::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.back().kind == kind)
        pieces.back().text += text;
    else
        pieces.append({kind, text});
}

} // namespace

QList<WordDiff::Piece> WordDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = tokensOf(before);
    const QStringList b = tokensOf(after);
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start])
        ++start;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
        --endA;
        --endB;
    }
    QList<Piece> pieces;
    append(pieces, Kind::Same, a.mid(0, start).join(QString()));
    const size_t n = size_t(endA - start);
    const size_t m = size_t(endB - start);
    // A longest common subsequence of the middle; past a few million cells (two whole posts
    // rewritten), the middle is shown as replaced.
    if (n * m > 4'000'000) {
        append(pieces, Kind::Removed, a.mid(start, endA - start).join(QString()));
        append(pieces, Kind::Added, b.mid(start, endB - start).join(QString()));
    } else {
        std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
        for (size_t x = n; x-- > 0;) {
            for (size_t y = m; y-- > 0;) {
                length[x][y] = a[qsizetype(start + x)] == b[qsizetype(start + y)]
                    ? length[x + 1][y + 1] + 1
                    : std::max(length[x + 1][y], length[x][y + 1]);
            }
        }
        size_t x = 0;
        size_t y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a[qsizetype(start + x)] == b[qsizetype(start + y)]) {
                append(pieces, Kind::Same, a[qsizetype(start + x)]);
                ++x;
                ++y;
            } else if (y == m || (x < n && length[x + 1][y] >= length[x][y + 1])) {
                append(pieces, Kind::Removed, a[qsizetype(start + x)]);
                ++x;
            } else {
                append(pieces, Kind::Added, b[qsizetype(start + y)]);
                ++y;
            }
        }
    }
    append(pieces, Kind::Same, a.mid(endA).join(QString()));
    return pieces;
}

QString WordDiff::html(const QList<Piece> &pieces, Kind shown)
{
    QString html;
    bool marked = false;
    for (const Piece &piece : pieces) {
        if (piece.kind != Kind::Same && shown != Kind::Same && piece.kind != shown)
            continue;
        QString text = piece.text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (piece.kind != Kind::Same && !std::exchange(marked, true))
            html += u"<a name=\"first-change\"></a>"_s;
        if (piece.kind == Kind::Removed)
            text = u"<del style=\"background:#fbd3d0\">"_s + text + u"</del>"_s;
        else if (piece.kind == Kind::Added)
            text = u"<ins style=\"background:#cdeccf;text-decoration:none\">"_s + text + u"</ins>"_s;
        html += text;
    }
    return u"<div style=\"white-space:pre-wrap\">"_s + html + u"</div>"_s;
}

} // namespace Postwright::Core

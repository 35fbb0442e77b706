#include "document/paragraphmerge.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Block {
    QString text; // with its line ends and the blank lines after it
    QString label;
    bool inFrontMatter = false;
    int line = 1;
};

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

QString fieldName(QStringView line)
{
    static const QRegularExpression key(u"^\\s*\\[*\\s*([^:=\\]]+?)\\s*[:=\\]]"_s);
    const QRegularExpressionMatch match = key.match(line);
    return match.hasMatch() ? match.captured(1).remove(u'"').remove(u'\'') : line.trimmed().toString();
}

QString paragraphLabel(QStringView firstLine)
{
    static const QRegularExpression heading(u"^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"_s);
    if (const QRegularExpressionMatch match = heading.match(firstLine); match.hasMatch())
        return match.captured(1);
    return ParagraphMerge::tr("Paragraph");
}

// The text cut into fields and paragraphs; joined again they are the text, byte for byte.
std::vector<Block> blocksOf(const QString &text)
{
    QList<QStringView> lines;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines.append(QStringView(text).sliced(start, end - start));
        start = end;
    }
    std::vector<Block> blocks;
    int lineNumber = 1;
    const auto startBlock = [&](const QString &label, bool inFrontMatter) {
        blocks.push_back({{}, label, inFrontMatter, lineNumber});
    };
    const auto add = [&](QStringView line) {
        if (blocks.empty())
            startBlock({}, false);
        blocks.back().text += line;
        ++lineNumber;
    };

    qsizetype i = 0;
    const QStringView first = lines.isEmpty() ? QStringView() : lines.first().trimmed();
    if (first == u"---" || first == u"+++") {
        qsizetype close = 1;
        while (close < lines.size() && lines[close].trimmed() != first)
            ++close;
        if (close < lines.size()) {
            startBlock(ParagraphMerge::tr("Front matter"), true);
            add(lines[0]);
            for (i = 1; i < close; ++i) {
                const QStringView line = lines[i];
                const bool continues = line.isEmpty() || line.front().isSpace() || line.startsWith(u'-')
                    || line.startsWith(u'#') || (i > 1 && isBlank(lines[i - 1]) && isBlank(line));
                if (i == 1 || !continues)
                    startBlock(fieldName(line), true);
                add(line);
            }
            startBlock(ParagraphMerge::tr("Front matter"), true);
            add(lines[close]);
            i = close + 1;
        }
    }

    // Blank lines belong to the paragraph after them, so that text added at the end, or between
    // two paragraphs, leaves its neighbours unchanged.
    QString blankLines;
    int blankLinesCount = 0;
    QStringView fence;
    bool inParagraph = false;
    for (; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        const QStringView trimmed = line.trimmed();
        if (!fence.isEmpty()) {
            add(line);
            if (trimmed.startsWith(fence) && trimmed.count(fence.front()) == trimmed.size())
                fence = {};
            continue;
        }
        if (isBlank(line)) {
            blankLines += line;
            ++blankLinesCount;
            inParagraph = false;
            continue;
        }
        if (!inParagraph || !blankLines.isEmpty()) {
            lineNumber += blankLinesCount;
            startBlock(paragraphLabel(line), false);
            blocks.back().text = blankLines;
            blankLines.clear();
            blankLinesCount = 0;
            inParagraph = true;
        }
        if (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s)) {
            qsizetype length = 0;
            while (length < trimmed.size() && trimmed[length] == trimmed.front())
                ++length;
            fence = trimmed.first(length);
        }
        add(line);
    }
    if (!blankLines.isEmpty()) {
        if (blocks.empty())
            startBlock({}, false);
        blocks.back().text += blankLines;
    }
    return blocks;
}

// For each block of a, the index of the same block in b, or -1: a longest common subsequence,
// after the common start and end (most of a post, usually) are matched directly.
std::vector<int> matchBlocks(const std::vector<Block> &a, const std::vector<Block> &b)
{
    std::vector<int> match(a.size(), -1);
    size_t start = 0;
    while (start < a.size() && start < b.size() && a[start].text == b[start].text) {
        match[start] = int(start);
        ++start;
    }
    size_t endA = a.size();
    size_t endB = b.size();
    while (endA > start && endB > start && a[endA - 1].text == b[endB - 1].text) {
        --endA;
        --endB;
        match[endA] = int(endB);
    }
    const size_t n = endA - start;
    const size_t m = endB - start;
    if (n == 0 || m == 0)
        return match;
    std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
    for (size_t x = n; x-- > 0;) {
        for (size_t y = m; y-- > 0;) {
            length[x][y] = a[start + x].text == b[start + y].text ? length[x + 1][y + 1] + 1
                                                                  : std::max(length[x + 1][y], length[x][y + 1]);
        }
    }
    for (size_t x = 0, y = 0; x < n && y < m;) {
        if (a[start + x].text == b[start + y].text) {
            match[start + x] = int(start + y);
            ++x;
            ++y;
        } else if (length[x + 1][y] >= length[x][y + 1]) {
            ++x;
        } else {
            ++y;
        }
    }
    return match;
}

QString joined(const std::vector<Block> &blocks, int from, int to)
{
    QString text;
    for (int k = from; k < to; ++k)
        text += blocks[size_t(k)].text;
    return text;
}

struct Span {
    int baseFrom, baseTo, mineFrom, mineTo, theirFrom, theirTo;
};

// An unstable span split into parts that each only one side changed, when it is only that: a
// writer who edits one paragraph while the site edits the next has no conflict. Empty when the
// span does not split so.
std::vector<Span> oneSidedParts(const Span &span, const std::vector<int> &inMine, const std::vector<int> &inTheirs)
{
    // Each base block: kept by theirs (changed by mine), or kept by mine (changed by theirs).
    enum Kind { ChangedByMine, ChangedByTheirs };
    std::vector<Kind> kinds;
    for (int k = span.baseFrom; k < span.baseTo; ++k) {
        const bool mineKept = inMine[size_t(k)] >= 0;
        const bool theirsKept = inTheirs[size_t(k)] >= 0;
        if (mineKept == theirsKept)
            return {}; // both changed it (both keeping it would have made the span stable)
        kinds.push_back(mineKept ? ChangedByTheirs : ChangedByMine);
    }
    if (kinds.size() < 2)
        return {};
    const auto first = kinds.front();
    const auto last = kinds.back();
    // Extra blocks of the side that kept the first (last) block, before (after) it, are a change
    // of their own that meets the other side's: no clean split.
    if (first == ChangedByTheirs ? inMine[size_t(span.baseFrom)] != span.mineFrom
                                 : inTheirs[size_t(span.baseFrom)] != span.theirFrom)
        return {};
    if (last == ChangedByTheirs ? inMine[size_t(span.baseTo - 1)] + 1 != span.mineTo
                                : inTheirs[size_t(span.baseTo - 1)] + 1 != span.theirTo)
        return {};
    std::vector<Span> parts;
    for (int p = span.baseFrom; p < span.baseTo;) {
        const Kind kind = kinds[size_t(p - span.baseFrom)];
        int q = p;
        while (q < span.baseTo && kinds[size_t(q - span.baseFrom)] == kind)
            ++q;
        Span part{p, q, 0, 0, 0, 0};
        if (kind == ChangedByMine) {
            part.theirFrom = inTheirs[size_t(p)];
            part.theirTo = inTheirs[size_t(q - 1)] + 1;
            part.mineFrom = p > span.baseFrom ? inMine[size_t(p - 1)] + 1 : span.mineFrom;
            part.mineTo = q < span.baseTo ? inMine[size_t(q)] : span.mineTo;
        } else {
            part.mineFrom = inMine[size_t(p)];
            part.mineTo = inMine[size_t(q - 1)] + 1;
            part.theirFrom = p > span.baseFrom ? inTheirs[size_t(p - 1)] + 1 : span.theirFrom;
            part.theirTo = q < span.baseTo ? inTheirs[size_t(q)] : span.theirTo;
        }
        parts.push_back(part);
        p = q;
    }
    return parts;
}

} // namespace

ParagraphMerge ParagraphMerge::merge(const QString &base, const QString &mine, const QString &theirs)
{
    const std::vector<Block> baseBlocks = blocksOf(base);
    const std::vector<Block> mineBlocks = blocksOf(mine);
    const std::vector<Block> theirBlocks = blocksOf(theirs);
    const std::vector<int> inMine = matchBlocks(baseBlocks, mineBlocks);
    const std::vector<int> inTheirs = matchBlocks(baseBlocks, theirBlocks);

    ParagraphMerge merged;
    const auto keep = [&merged](const QString &text) {
        if (text.isEmpty())
            return;
        if (merged.m_pieces.isEmpty() || merged.m_pieces.back().change >= 0)
            merged.m_pieces.append({text, -1});
        else
            merged.m_pieces.back().kept += text;
    };
    const auto lineAt = [](const std::vector<Block> &blocks, int index) {
        if (index < int(blocks.size()))
            return blocks[size_t(index)].line;
        return blocks.empty() ? 1 : blocks.back().line + int(blocks.back().text.count(u'\n'));
    };
    const auto addSpan = [&](const Span &span) {
        Change change;
        change.base = joined(baseBlocks, span.baseFrom, span.baseTo);
        change.mine = joined(mineBlocks, span.mineFrom, span.mineTo);
        change.theirs = joined(theirBlocks, span.theirFrom, span.theirTo);
        if (change.mine == change.theirs) {
            keep(change.mine); // both made the same change
            return;
        }
        const Block *first = span.mineFrom < span.mineTo ? &mineBlocks[size_t(span.mineFrom)]
            : span.theirFrom < span.theirTo              ? &theirBlocks[size_t(span.theirFrom)]
                                                         : &baseBlocks[size_t(span.baseFrom)];
        change.label = first->label;
        change.inFrontMatter = first->inFrontMatter;
        change.mineLine = lineAt(mineBlocks, span.mineFrom);
        change.theirLine = lineAt(theirBlocks, span.theirFrom);
        change.isConflict = change.mine != change.base && change.theirs != change.base;
        change.suggested = change.mine == change.base ? Side::Theirs : Side::Mine;
        merged.m_pieces.append({{}, merged.m_changes.size()});
        merged.m_changes.append(change);
    };

    const int baseCount = int(baseBlocks.size());
    int i = 0;
    int a = 0;
    int b = 0;
    while (i < baseCount || a < int(mineBlocks.size()) || b < int(theirBlocks.size())) {
        if (i < baseCount && inMine[size_t(i)] == a && inTheirs[size_t(i)] == b) {
            keep(baseBlocks[size_t(i)].text);
            ++i;
            ++a;
            ++b;
            continue;
        }
        int j = i;
        while (j < baseCount && (inMine[size_t(j)] < 0 || inTheirs[size_t(j)] < 0))
            ++j;
        const Span span{i, j, a, j < baseCount ? inMine[size_t(j)] : int(mineBlocks.size()), b,
            j < baseCount ? inTheirs[size_t(j)] : int(theirBlocks.size())};
        const std::vector<Span> parts = oneSidedParts(span, inMine, inTheirs);
        if (parts.empty())
            addSpan(span);
        for (const Span &part : parts)
            addSpan(part);
        i = span.baseTo;
        a = span.mineTo;
        b = span.theirTo;
    }
    return merged;
}

int ParagraphMerge::conflictCount() const
{
    return int(std::count_if(m_changes.begin(), m_changes.end(), [](const Change &c) { return c.isConflict; }));
}

QList<ParagraphMerge::Side> ParagraphMerge::suggestedChoices() const
{
    QList<Side> choices;
    for (const Change &change : m_changes)
        choices.append(change.suggested);
    return choices;
}

QString ParagraphMerge::result(const QList<Side> &choices) const
{
    QString text;
    for (const Piece &piece : m_pieces) {
        if (piece.change < 0) {
            text += piece.kept;
            continue;
        }
        const Change &change = m_changes[piece.change];
        const Side side = piece.change < choices.size() ? choices[piece.change] : change.suggested;
        if (side == Side::Theirs) {
            text += change.theirs;
        } else if (side == Side::Both && change.canKeepBoth()) {
            text += change.mine;
            // Two paragraphs stay two: a blank line between them.
            if (!change.mine.isEmpty() && !change.theirs.isEmpty() && !change.mine.endsWith(u"\n\n"_s)
                && !change.theirs.startsWith(u'\n'))
                text += change.mine.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
            text += change.theirs;
        } else {
            text += change.mine;
        }
    }
    return text;
}

QString ParagraphMerge::resultPreferring(Side side) const
{
    QList<Side> choices = suggestedChoices();
    for (qsizetype k = 0; k < m_changes.size(); ++k) {
        if (m_changes[k].isConflict)
            choices[k] = side;
    }
    return result(choices);
}

} // namespace Postwright::Core

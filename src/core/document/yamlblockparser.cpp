#include "document/yamlblockparser.h"

#include "document/blockpositions.h"
#include "document/frontmatter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <yaml.h>

#include <memory>
#include <vector>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ParserDeleter {
    void operator()(yaml_parser_t *parser) const
    {
        yaml_parser_delete(parser);
        delete parser;
    }
};

struct EventGuard {
    yaml_event_t event{};
    ~EventGuard() { yaml_event_delete(&event); }
};

struct Level {
    bool isMapping = false;
    bool isFlow = false;
    bool expectsKey = true;
    QHash<QString, int> keyLines; // first line of each key, to report duplicates
};

enum class Role { Root, Key, Value, Item };

ValueStyle scalarStyle(yaml_scalar_style_t style)
{
    switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: return ValueStyle::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return ValueStyle::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE: return ValueStyle::Literal;
    case YAML_FOLDED_SCALAR_STYLE: return ValueStyle::Folded;
    default: return ValueStyle::Plain;
    }
}

bool isNullPlainScalar(const QString &value)
{
    return value.isEmpty() || value == u"~" || value == u"null" || value == u"Null" || value == u"NULL";
}

} // namespace

void YamlBlockParser::parse(QStringView text, FrontMatter &frontMatter)
{
    const TextSpan content = frontMatter.m_content;
    const QByteArray utf8 = text.mid(content.start, content.length).toUtf8();
    const BlockPositions positions(text, content.start, content.length);
    const int firstContentLine = 2; // the line after the opening ---

    // libyaml takes a byte order mark at the start of the block as encoding information and does
    // not count it, which would shift every position: refuse rather than edit the wrong bytes.
    if (text.mid(content.start, content.length).contains(QChar(0xFEFF))) {
        frontMatter.m_error = Error{tr("the front matter contains a byte order mark (U+FEFF): delete that invisible "
                                       "character"),
            firstContentLine, 1};
        return;
    }
    // "? key" (explicit keys) put values where surgical edits cannot follow them. The key itself
    // may start on a later line ("?" alone, then the key), so any line opening with the indicator
    // counts; a block scalar's line that looks like one only makes the block read-only.
    static const QRegularExpression explicitKey(u"^[ \\t]*\\?([ \\t]|$)"_s, QRegularExpression::MultilineOption);
    if (explicitKey.match(text.mid(content.start, content.length)).hasMatch())
        frontMatter.m_explicitKeys = true;
    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
    yaml_parser_initialize(parser.get());
    yaml_parser_set_input_string(
        parser.get(), reinterpret_cast<const unsigned char *>(utf8.constData()), size_t(utf8.size()));

    auto offsetOf = [&](const yaml_mark_t &mark) { return positions.fromCodePointIndex(mark.index); };
    auto fail = [&](const QString &message, const yaml_mark_t &mark) {
        frontMatter.m_error = Error{message, firstContentLine + int(mark.line), int(mark.column) + 1};
        frontMatter.m_entries.clear();
    };

    std::vector<Level> stack;
    int documents = 0;
    int mappingColumn = 0;
    bool mappingStartsWithQuestionMark = false;
    FrontMatterEntry entry;
    bool valueOpen = false;
    qsizetype valueEnd = 0;
    QString nestedKey; // the key of a mapping value's scalar being read

    auto finishEntry = [&]() {
        entry.valueSpan.length = valueEnd - entry.valueSpan.start;
        // Block values (| and > scalars, block lists, mappings) end where their next line starts:
        // the span stops at their last character, so an edit keeps the line break after it.
        if (entry.style == ValueStyle::Literal || entry.style == ValueStyle::Folded
            || entry.style == ValueStyle::BlockSequence || entry.style == ValueStyle::Mapping) {
            while (entry.valueSpan.length > 0 && text[entry.valueSpan.end() - 1].isSpace())
                --entry.valueSpan.length;
            // Blank lines that hold a tab belong to a block value; after the value is replaced
            // by a plain one they would be tab-indented lines of the mapping, which YAML refuses.
            // Such lines go with the value, up to the last line break.
            const QStringView trailing = text.sliced(entry.valueSpan.end(), valueEnd - entry.valueSpan.end());
            const qsizetype firstBreak = trailing.indexOf(u'\n');
            const qsizetype lastBreak = trailing.lastIndexOf(u'\n');
            if (firstBreak >= 0 && lastBreak > firstBreak
                && trailing.sliced(firstBreak, lastBreak - firstBreak).contains(u'\t'))
                entry.valueSpan.length += lastBreak;
        }
        const qsizetype start = positions.lineStart(entry.keySpan.start);
        const qsizetype last = qMax(entry.keySpan.end(), entry.valueSpan.end());
        entry.lineSpan = {start, positions.pastLineEnd(last) - start};
        frontMatter.m_entries.append(entry);
        entry = FrontMatterEntry();
        valueOpen = false;
    };

    // Decides what a node is (key, value, item) from the collection it stands in.
    auto roleOf = [&](const yaml_event_t &event, const QString *scalarKey) -> std::optional<Role> {
        if (stack.empty())
            return Role::Root;
        Level &level = stack.back();
        if (!level.isMapping)
            return Role::Item;
        if (!level.expectsKey) {
            level.expectsKey = true;
            return Role::Value;
        }
        level.expectsKey = false;
        if (scalarKey) {
            const auto first = level.keyLines.constFind(*scalarKey);
            if (first != level.keyLines.constEnd()) {
                fail(tr("duplicate key \"%1\" (first on line %2): remove one of them").arg(*scalarKey).arg(*first),
                    event.start_mark);
                return std::nullopt;
            }
            level.keyLines.insert(*scalarKey, firstContentLine + int(event.start_mark.line));
        }
        return Role::Key;
    };

    for (;;) {
        EventGuard guard;
        if (!yaml_parser_parse(parser.get(), &guard.event)) {
            QString problem = QString::fromUtf8(parser->problem ? parser->problem : "invalid YAML");
            if (parser->context)
                problem = QString::fromUtf8(parser->context) + u": "_s + problem;
            if (utf8.contains('\t'))
                problem += tr(" (tabs cannot indent YAML: use spaces)");
            fail(tr("malformed front matter: %1").arg(problem), parser->problem_mark);
            return;
        }
        const yaml_event_t &event = guard.event;
        switch (event.type) {
        case YAML_STREAM_END_EVENT: return;
        case YAML_DOCUMENT_START_EVENT:
            // A "---" with something after it inside the block starts a second YAML document.
            if (++documents > 1) {
                fail(tr("a second \"---\" inside the front matter starts another document: remove it or close the "
                        "front matter there"),
                    event.start_mark);
                return;
            }
            break;
        case YAML_SCALAR_EVENT:
        case YAML_ALIAS_EVENT: {
            QString value;
            if (event.type == YAML_SCALAR_EVENT) {
                value = QString::fromUtf8(
                    reinterpret_cast<const char *>(event.data.scalar.value), qsizetype(event.data.scalar.length));
            }
            const std::optional<Role> role = roleOf(event, event.type == YAML_SCALAR_EVENT ? &value : nullptr);
            if (!role)
                return;
            const bool topLevel = stack.size() == 1;
            if (*role == Role::Root) {
                // Only an empty block (or comments) may stand where the mapping should.
                if (event.type == YAML_ALIAS_EVENT || !value.trimmed().isEmpty()
                    || event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
                    fail(tr("front matter must be \"key: value\" lines, not plain text"), event.start_mark);
                    return;
                }
            } else if (topLevel && *role == Role::Key) {
                // "? key" (explicit keys) put values where surgical edits cannot follow them.
                const qsizetype keyStart = offsetOf(event.start_mark);
                if (text.sliced(positions.lineStart(keyStart), keyStart - positions.lineStart(keyStart))
                        .trimmed()
                        .startsWith(u'?'))
                    frontMatter.m_explicitKeys = true;
                if (frontMatter.m_entries.isEmpty())
                    frontMatter.m_mappingIndent =
                        mappingStartsWithQuestionMark ? mappingColumn : int(event.start_mark.column);
                entry.key = value;
                entry.keySpan = {offsetOf(event.start_mark), offsetOf(event.end_mark) - offsetOf(event.start_mark)};
            } else if (topLevel && *role == Role::Value) {
                entry.valueSpan.start = offsetOf(event.start_mark);
                valueEnd = offsetOf(event.end_mark);
                if (event.type == YAML_SCALAR_EVENT) {
                    entry.style = scalarStyle(event.data.scalar.style);
                    entry.scalar = value;
                    entry.isNull = entry.style == ValueStyle::Plain && isNullPlainScalar(value);
                } else {
                    entry.style = ValueStyle::Other;
                }
                finishEntry();
            } else if (valueOpen) {
                valueEnd = offsetOf(event.end_mark);
                // A mapping's own scalars, one level down ("cover:" then "image: x.jpg").
                if (stack.size() == 2 && stack.back().isMapping && *role == Role::Key)
                    nestedKey = value;
                else if (stack.size() == 2 && stack.back().isMapping && *role == Role::Value
                    && event.type == YAML_SCALAR_EVENT)
                    entry.fields.insert(nestedKey, value);
                if (stack.size() == 2 && *role == Role::Item) {
                    if (entry.items.isEmpty())
                        entry.itemStyle =
                            event.type == YAML_SCALAR_EVENT ? scalarStyle(event.data.scalar.style) : ValueStyle::Other;
                    entry.items.append(value);
                }
            }
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            const std::optional<Role> role = roleOf(event, nullptr);
            if (!role)
                return;
            const bool isMapping = event.type == YAML_MAPPING_START_EVENT;
            const bool isFlow = isMapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                          : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
            // Where new keys go: the mapping's column when it opens with an explicit "? key",
            // else its first key's column (an anchor or tag may stand before the mapping).
            if (*role == Role::Root && isMapping) {
                frontMatter.m_flowMapping = isFlow;
                mappingColumn = int(event.start_mark.column);
                frontMatter.m_mappingIndent = mappingColumn;
                mappingStartsWithQuestionMark = text.at(offsetOf(event.start_mark)) == u'?';
                frontMatter.m_explicitKeys = frontMatter.m_explicitKeys || mappingStartsWithQuestionMark;
            }
            if (*role == Role::Root && !isMapping) {
                fail(tr("front matter must be \"key: value\" lines, not a list"), event.start_mark);
                return;
            }
            if (stack.size() == 1 && *role == Role::Value) {
                valueOpen = true;
                entry.valueSpan.start = offsetOf(event.start_mark);
                valueEnd = entry.valueSpan.start;
                entry.style =
                    isMapping ? ValueStyle::Mapping : (isFlow ? ValueStyle::FlowSequence : ValueStyle::BlockSequence);
                if (entry.style == ValueStyle::BlockSequence)
                    entry.blockIndent = int(event.start_mark.column);
            }
            if (valueOpen && stack.size() == 2 && *role == Role::Item)
                entry.hasNestedItems = true;
            stack.push_back(Level{isMapping, isFlow, true, {}});
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            const bool wasFlow = !stack.empty() && stack.back().isFlow;
            if (!stack.empty())
                stack.pop_back();
            // A block collection ends where the next token starts: its last child marks its end.
            if (valueOpen && wasFlow)
                valueEnd = offsetOf(event.end_mark);
            if (valueOpen && stack.size() == 1)
                finishEntry();
            break;
        }
        default: break;
        }
    }
}

} // namespace Postwright::Core

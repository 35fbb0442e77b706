#include "document/tomlblockparser.h"

#include "document/blockpositions.h"
#include "document/frontmatter.h"

#include <QCoreApplication>

#include <toml++/toml.h>

#include <algorithm>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

ValueStyle stringStyle(QStringView source)
{
    if (source.startsWith(u"\"\"\"") || source.startsWith(u"'''"))
        return ValueStyle::Literal;
    if (source.startsWith(u'\''))
        return ValueStyle::SingleQuoted;
    return ValueStyle::DoubleQuoted;
}

} // namespace

void TomlBlockParser::parse(QStringView text, FrontMatter &frontMatter)
{
    const TextSpan content = frontMatter.m_content;
    const QByteArray utf8 = text.mid(content.start, content.length).toUtf8();
    const BlockPositions positions(text, content.start, content.length);
    const int firstContentLine = 2;

    toml::table table;
    try {
        table = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    } catch (const toml::parse_error &error) {
        frontMatter.m_error = Error{tr("malformed front matter: %1").arg(QString::fromUtf8(error.description())),
            firstContentLine + int(error.source().begin.line) - 1, int(error.source().begin.column)};
        return;
    }

    auto spanOf = [&](const toml::source_region &region) {
        const qsizetype start = positions.fromLineColumn(region.begin.line, region.begin.column);
        const qsizetype end = positions.fromLineColumn(region.end.line, region.end.column);
        return TextSpan{start, qMax<qsizetype>(0, end - start)};
    };

    for (auto &&[key, node] : table) {
        FrontMatterEntry entry;
        entry.key = QString::fromUtf8(key.str());
        entry.keySpan = spanOf(key.source());
        entry.valueSpan = spanOf(node.source());
        const QStringView source = text.mid(entry.valueSpan.start, entry.valueSpan.length);
        if (node.is_string()) {
            entry.style = stringStyle(source);
            entry.scalar = QString::fromUtf8(node.as_string()->get());
        } else if (node.is_array()) {
            entry.style = ValueStyle::FlowSequence;
            const toml::array &array = *node.as_array();
            for (const toml::node &item : array) {
                if (entry.items.isEmpty()) {
                    const TextSpan itemSpan = spanOf(item.source());
                    entry.itemStyle =
                        item.is_string() ? stringStyle(text.mid(itemSpan.start, itemSpan.length)) : ValueStyle::Plain;
                }
                if (item.is_string())
                    entry.items.append(QString::fromUtf8(item.as_string()->get()));
                else
                    entry.items.append(text.mid(spanOf(item.source()).start, spanOf(item.source()).length).toString());
            }
        } else if (node.is_table() || node.is_array_of_tables()) {
            entry.style = ValueStyle::Mapping;
            if (const toml::table *fields = node.as_table()) {
                for (auto &&[fieldKey, field] : *fields) {
                    if (field.is_string())
                        entry.fields.insert(
                            QString::fromUtf8(fieldKey.str()), QString::fromUtf8(field.as_string()->get()));
                }
            }
        } else {
            entry.style = ValueStyle::Plain;
            entry.scalar = source.toString();
        }
        const qsizetype start = positions.lineStart(entry.keySpan.start);
        if (entry.style == ValueStyle::Mapping) {
            entry.lineSpan = {start, 0};
        } else {
            const qsizetype last = qMax(entry.keySpan.end(), entry.valueSpan.end());
            entry.lineSpan = {start, positions.pastLineEnd(qMax<qsizetype>(start, last - 1)) - start};
        }
        frontMatter.m_entries.append(entry);
    }
    std::sort(frontMatter.m_entries.begin(), frontMatter.m_entries.end(),
        [](const FrontMatterEntry &a, const FrontMatterEntry &b) { return a.keySpan.start < b.keySpan.start; });
}

} // namespace Postwright::Core

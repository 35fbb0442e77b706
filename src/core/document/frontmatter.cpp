#include "document/frontmatter.h"

#include "document/tomlblockparser.h"
#include "document/yamlblockparser.h"

#include <QCoreApplication>

#include <QRegularExpression>
#include <algorithm>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// A scalar field's text, or empty when the field is missing or null.
QString trimmedScalar(const FrontMatterEntry *found)
{
    return found && !found->isNull ? found->scalar.trimmed() : QString();
}

QStringView lineWithoutBreak(QStringView text, qsizetype start, qsizetype *next)
{
    const qsizetype newline = text.indexOf(u'\n', start);
    const qsizetype end = newline < 0 ? text.size() : newline;
    *next = newline < 0 ? -1 : newline + 1;
    QStringView line = text.mid(start, end - start);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

bool isDelimiter(QStringView line, QStringView delimiter)
{
    if (!line.startsWith(delimiter))
        return false;
    for (QChar c : line.sliced(delimiter.size())) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

} // namespace

QString FieldNaming::key(PostField field) const
{
    switch (field) {
    case PostField::Title: return title;
    case PostField::Summary: return summary;
    case PostField::Tags: return tags;
    case PostField::Date: return date;
    case PostField::Draft: return draft;
    }
    return {};
}

QStringList FrontMatter::keysFor(PostField field)
{
    // The one place that knows which keys the generators use for each field.
    switch (field) {
    case PostField::Title: return {u"title"_s};
    case PostField::Summary: return {u"summary"_s, u"description"_s, u"excerpt"_s};
    case PostField::Tags: return {u"tags"_s};
    case PostField::Date: return {u"date"_s, u"pubDate"_s};
    case PostField::Draft: return {u"draft"_s, u"published"_s};
    }
    return {};
}

FrontMatter FrontMatter::parse(QStringView text, const FieldNaming &naming)
{
    FrontMatter frontMatter;
    frontMatter.m_naming = naming;
    qsizetype next = 0;
    const QStringView firstLine = lineWithoutBreak(text, 0, &next);
    if (next > 1 && text[next - 2] == u'\r')
        frontMatter.m_lineEnding = u"\r\n"_s;

    QStringView delimiter;
    if (isDelimiter(firstLine, u"---")) {
        frontMatter.m_format = FrontMatterFormat::Yaml;
        delimiter = u"---";
    } else if (isDelimiter(firstLine, u"+++")) {
        frontMatter.m_format = FrontMatterFormat::Toml;
        delimiter = u"+++";
    } else if (firstLine.startsWith(u'{')) {
        frontMatter.m_format = FrontMatterFormat::Json;
    } else {
        return frontMatter;
    }

    if (frontMatter.m_format == FrontMatterFormat::Json) {
        // Hugo's JSON front matter is an object ending on a line of its own.
        int line = 1;
        for (qsizetype start = 0; start >= 0; ++line) {
            const qsizetype lineStart = start;
            if (lineWithoutBreak(text, lineStart, &start).trimmed() == u"}") {
                frontMatter.m_block = {0, start < 0 ? text.size() : start};
                frontMatter.m_bodyStartLine = line;
                break;
            }
        }
        frontMatter.m_error =
            Error{tr("JSON front matter cannot be edited in the form yet; edit it in the text"), 1, 1};
        return frontMatter;
    }

    int line = 2;
    for (qsizetype start = next; start >= 0 && start <= text.size(); ++line) {
        const qsizetype lineStart = start;
        const QStringView current = lineWithoutBreak(text, lineStart, &start);
        if (isDelimiter(current, delimiter)) {
            frontMatter.m_content = {next, lineStart - next};
            frontMatter.m_closingLineStart = lineStart;
            frontMatter.m_block = {0, start < 0 ? text.size() : start};
            frontMatter.m_bodyStartLine = line;
            frontMatter.m_source = text.left(frontMatter.m_block.end()).toString();
            break;
        }
        if (start < 0)
            break;
    }
    if (frontMatter.m_block.length == 0) {
        frontMatter.m_error = Error{tr("the front matter that starts on line 1 is never closed: add a line "
                                       "with %1 where it ends")
                                        .arg(delimiter.toString()),
            1, 1};
        return frontMatter;
    }

    // A carriage return that does not end a CRLF pair is a line break to YAML but not to the
    // editor: such text is read as it is, but not edited.
    const QStringView content = text.sliced(frontMatter.m_content.start, frontMatter.m_content.length);
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content[i] == u'\r' && (i + 1 == content.size() || content[i + 1] != u'\n')) {
            frontMatter.m_error = Error{tr("the front matter has a line ending with a lone carriage return (old Mac "
                                           "style): save the file with LF or CRLF line endings"),
                2 + int(content.first(i).count(u'\n')), 1};
            return frontMatter;
        }
    }
    if (frontMatter.m_format == FrontMatterFormat::Yaml)
        YamlBlockParser::parse(text, frontMatter);
    else
        TomlBlockParser::parse(text, frontMatter);
    return frontMatter;
}

const FrontMatterEntry *FrontMatter::entry(const QString &key) const
{
    for (const FrontMatterEntry &candidate : m_entries) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

const FrontMatterEntry *FrontMatter::entryIgnoringCase(QStringView key) const
{
    for (const FrontMatterEntry &candidate : m_entries) {
        if (candidate.key.compare(key, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QString FrontMatter::scalarIgnoringCase(QStringView key) const
{
    const FrontMatterEntry *found = entryIgnoringCase(key);
    return found ? found->scalar.trimmed() : QString();
}

const FrontMatterEntry *FrontMatter::entry(PostField field) const
{
    if (const FrontMatterEntry *preferred = entry(m_naming.key(field)))
        return preferred;
    for (const QString &key : keysFor(field)) {
        if (const FrontMatterEntry *found = entry(key))
            return found;
    }
    return nullptr;
}

QString FrontMatter::title() const
{
    return trimmedScalar(entry(PostField::Title));
}

QString FrontMatter::heroImage() const
{
    return trimmedScalar(entry(u"heroImage"_s));
}

QString FrontMatter::coverImage() const
{
    const auto field = [this](QStringView key, const QString &field) {
        const FrontMatterEntry *found = entryIgnoringCase(key);
        return found ? found->fields.value(field).trimmed() : QString();
    };
    const auto first = [this](QStringView key) {
        const FrontMatterEntry *found = entryIgnoringCase(key);
        return found && !found->items.isEmpty() ? found->items.constFirst().trimmed() : QString();
    };
    for (const QString &candidate : {field(u"cover", u"image"_s), scalarIgnoringCase(u"image"),
             field(u"image", u"path"_s), scalarIgnoringCase(u"featured_image"), scalarIgnoringCase(u"featuredImage"),
             scalarIgnoringCase(u"heroImage"), first(u"images"), field(u"header", u"image"_s),
             field(u"header", u"teaser"_s), field(u"header", u"overlay_image"_s)}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

QString FrontMatter::summary() const
{
    return trimmedScalar(entry(PostField::Summary));
}

QStringList FrontMatter::tags() const
{
    const FrontMatterEntry *found = entry(PostField::Tags);
    return found ? list(found->key) : QStringList();
}

QStringList FrontMatter::list(const QString &key) const
{
    const FrontMatterEntry *found = entry(key);
    if (!found || found->isNull)
        return {};
    if (found->style == ValueStyle::FlowSequence || found->style == ValueStyle::BlockSequence)
        return found->items;
    QStringList tags;
    for (const QString &part : found->scalar.split(u',')) {
        if (!part.trimmed().isEmpty())
            tags.append(part.trimmed());
    }
    return tags;
}

PostDate FrontMatter::date() const
{
    const FrontMatterEntry *found = entry(PostField::Date);
    return found && !found->isNull ? PostDate::fromText(found->scalar) : PostDate();
}

std::optional<bool> FrontMatter::draft() const
{
    const FrontMatterEntry *found = entry(PostField::Draft);
    if (!found || found->isNull)
        return std::nullopt;
    const QString value = found->scalar.trimmed().toLower();
    bool truth = false;
    if (value == u"true" || value == u"yes" || value == u"on")
        truth = true;
    else if (value != u"false" && value != u"no" && value != u"off")
        return std::nullopt;
    return isInverted(found->key) ? !truth : truth;
}

std::optional<Error> FrontMatter::editBlocker() const
{
    if (m_explicitKeys)
        return Error{
            tr("this front matter uses \"? key\" entries, which Postwright does not edit; edit it in the text")};
    if (m_error) {
        Error blocked = *m_error;
        blocked.message = tr("the front matter cannot be edited until it is fixed: %1").arg(m_error->message);
        return blocked;
    }
    return std::nullopt;
}

// The last guard against YAML or TOML the edits above did not foresee: an edit after which the
// block no longer parses, or loses the key it set, is refused rather than written.
Result<TextEdit> FrontMatter::checked(const TextEdit &edit, const QString &key, bool keyStays) const
{
    const FrontMatter after = parse(edit.appliedTo(m_source), m_naming);
    if (after.hasError() || (keyStays && !after.entry(key)))
        return Error{tr("%1 cannot be changed here without breaking the front matter; edit it in the text").arg(key)};
    return edit;
}

Result<TextEdit> FrontMatter::replaceValue(const FrontMatterEntry &existing, const QString &newValue) const
{
    return checked(valueReplacement(existing, newValue), existing.key, true);
}

TextEdit FrontMatter::valueReplacement(const FrontMatterEntry &existing, const QString &newValue) const
{
    QString replacement = newValue;
    // What lies between the key and its value: the colon, if any, then spaces or line breaks.
    const qsizetype keyEnd = existing.keySpan.end();
    const QStringView gap = existing.valueSpan.start >= keyEnd
        ? QStringView(m_source).sliced(keyEnd, existing.valueSpan.start - keyEnd)
        : QStringView();
    const qsizetype colonInGap = gap.indexOf(u':');
    // `key:` with nothing after it: the value goes after a space, or on the lines below it.
    // A key alone in a {flow} mapping (`{title}`) has no colon yet: it needs one, or the value
    // would become part of the key.
    if (existing.valueSpan.length == 0 && !newValue.startsWith(m_lineEnding)) {
        const bool afterSpace = existing.valueSpan.start > 0
            && (m_source[existing.valueSpan.start - 1] == u' ' || m_source[existing.valueSpan.start - 1] == u'\t');
        // The parser puts such a null where the next token starts, maybe on a later line: the
        // colon and value go right after the key.
        if (colonInGap < 0 && m_format == FrontMatterFormat::Yaml)
            return TextEdit{keyEnd, 0, u": "_s + newValue};
        if (!afterSpace)
            replacement.prepend(u' ');
    }
    // A value that began on a later line than its key: a block scalar or list may stay there,
    // anything else moves up beside the key, where YAML reads it whatever the indentation.
    const bool startsBelow =
        existing.valueSpan.length > 0 && m_format == FrontMatterFormat::Yaml && gap.contains(u'\n');
    const bool blockValue = newValue.startsWith(m_lineEnding) || newValue.startsWith(u'|') || newValue.startsWith(u'>')
        || newValue.startsWith(u"- "_s);
    if (startsBelow && !blockValue && colonInGap >= 0) {
        const qsizetype colon = keyEnd + colonInGap;
        return TextEdit{colon + 1, existing.valueSpan.end() - colon - 1, u' ' + newValue};
    }
    return TextEdit{existing.valueSpan.start, existing.valueSpan.length, replacement};
}

Result<TextEdit> FrontMatter::addEntry(const QString &key, const QString &formattedValue) const
{
    const bool yaml = m_format != FrontMatterFormat::Toml;
    if (yaml && m_flowMapping)
        return Error{tr("this front matter is written as {key: value, ...}: add %1 in the text").arg(key)};
    QString line;
    // The new key lines up with the block's mapping (YAML allows it indented as a whole).
    if (yaml)
        line = QString(m_mappingIndent, u' ');
    line += key;
    if (yaml)
        line += formattedValue.startsWith(m_lineEnding) ? u":"_s : u": "_s;
    else
        line += u" = "_s;
    line += formattedValue + m_lineEnding;

    if (m_format == FrontMatterFormat::None) {
        const QString opening = u"---"_s + m_lineEnding;
        return checked(TextEdit{0, 0, opening + line + opening}, key, true);
    }
    qsizetype position = m_closingLineStart;
    if (m_format == FrontMatterFormat::Toml) {
        // A key after a [table] header would belong to that table: add it before the first one.
        for (const FrontMatterEntry &existing : m_entries) {
            if (existing.style == ValueStyle::Mapping && existing.lineSpan.length == 0) {
                position = qMin(position, existing.lineSpan.start);
            }
        }
    }
    return checked(TextEdit{position, 0, line}, key, true);
}

Result<TextEdit> FrontMatter::setScalar(
    const QString &key, const FrontMatterEntry *existing, const QString &formatted) const
{
    if (existing)
        return replaceValue(*existing, formatted);
    return addEntry(key, formatted);
}

Result<TextEdit> FrontMatter::setText(PostField field, const QString &value) const
{
    if (auto blocked = editBlocker())
        return *blocked;
    const FrontMatterEntry *existing = entry(field);
    const QString key = existing ? existing->key : m_naming.key(field);
    const ValueStyle defaultStyle = m_format == FrontMatterFormat::Toml ? ValueStyle::DoubleQuoted : ValueStyle::Plain;
    if (!existing || existing->isNull)
        return setScalar(key, existing, ScalarFormat::string(m_format, defaultStyle, value));

    switch (existing->style) {
    case ValueStyle::Plain:
    case ValueStyle::SingleQuoted:
    case ValueStyle::DoubleQuoted:
        return replaceValue(*existing, ScalarFormat::string(m_format, existing->style, value));
    case ValueStyle::Literal:
    case ValueStyle::Folded: {
        // A block scalar cannot start with a space (it would read as indentation): quote those.
        if (m_format == FrontMatterFormat::Toml || value.trimmed().isEmpty() || value.front().isSpace()
            || value.contains(u'\r'))
            return replaceValue(*existing, ScalarFormat::string(m_format, ValueStyle::DoubleQuoted, value));
        // Keep the block scalar: its header (`>-`, `|`...) and the indentation of its lines.
        const QString source = m_source.mid(existing->valueSpan.start, existing->valueSpan.length);
        const qsizetype headerEnd = source.indexOf(u'\n');
        QString header = source.left(headerEnd < 0 ? source.size() : headerEnd);
        if (header.endsWith(u'\r'))
            header.chop(1);
        // An explicit indentation (|2), a comment on the header line, or a tag or anchor before
        // the indicator: quote instead.
        if (!(header.startsWith(u'|') || header.startsWith(u'>'))
            || std::any_of(header.begin(), header.end(), [](QChar c) { return c.isDigit() || c == u'#'; }))
            return replaceValue(*existing, ScalarFormat::string(m_format, ValueStyle::DoubleQuoted, value));
        const QString firstLine = headerEnd < 0 ? QString() : source.mid(headerEnd + 1);
        qsizetype indentWidth = 0;
        while (indentWidth < firstLine.size() && firstLine[indentWidth] == u' ')
            ++indentWidth;
        // Deeper than the block's keys, however indented they are.
        const QString indent(qMax<qsizetype>(indentWidth, m_mappingIndent + 2), u' ');
        const QString separator =
            existing->style == ValueStyle::Folded ? m_lineEnding + m_lineEnding + indent : m_lineEnding + indent;
        return replaceValue(*existing, header + m_lineEnding + indent + value.split(u'\n').join(separator));
    }
    default: return Error{tr("%1 is not a single value; edit it in the text").arg(existing->key)};
    }
}

bool FrontMatter::prefersBlockLists(int *indent) const
{
    for (const FrontMatterEntry &existing : m_entries) {
        if (existing.style == ValueStyle::BlockSequence) {
            *indent = existing.blockIndent;
            return true;
        }
    }
    return false;
}

QString FrontMatter::formatList(const QStringList &items, const FrontMatterEntry *existing, bool asBlock) const
{
    const ValueStyle itemStyle = existing && !existing->items.isEmpty()
        ? existing->itemStyle
        : (m_format == FrontMatterFormat::Toml ? ValueStyle::DoubleQuoted : ValueStyle::Plain);
    QStringList written;
    for (const QString &item : items)
        written.append(ScalarFormat::string(m_format, itemStyle, item, !asBlock));
    if (!asBlock)
        return u'[' + written.join(u", "_s) + u']';
    const QString indent(existing ? existing->blockIndent : 2, u' ');
    return u"- "_s + written.join(m_lineEnding + indent + u"- "_s);
}

Result<TextEdit> FrontMatter::setTags(const QStringList &tags) const
{
    const FrontMatterEntry *existing = entry(PostField::Tags);
    return setList(existing ? existing->key : m_naming.tags, tags);
}

Result<TextEdit> FrontMatter::setList(const QString &key, const QStringList &tags) const
{
    if (auto blocked = editBlocker())
        return *blocked;
    const FrontMatterEntry *existing = entry(key);
    int blockIndent = 2;
    const bool block = m_format != FrontMatterFormat::Toml && prefersBlockLists(&blockIndent);
    auto asNewBlock = [&](const QStringList &items) {
        const QString indent(blockIndent, u' ');
        FrontMatterEntry shape;
        shape.blockIndent = blockIndent;
        return m_lineEnding + indent + formatList(items, &shape, true);
    };
    if (!existing) {
        return addEntry(key, block && !tags.isEmpty() ? asNewBlock(tags) : formatList(tags, nullptr, false));
    }
    if (existing->isNull) {
        const bool newline = block && !tags.isEmpty() && existing->valueSpan.length == 0;
        return replaceValue(*existing, newline ? asNewBlock(tags) : formatList(tags, nullptr, false));
    }
    if (existing->hasNestedItems)
        return Error{tr("%1 holds nested lists or mappings; edit it in the text").arg(existing->key)};
    switch (existing->style) {
    case ValueStyle::FlowSequence: return replaceValue(*existing, formatList(tags, existing, false));
    case ValueStyle::BlockSequence:
        if (tags.isEmpty()) {
            const qsizetype start = existing->keySpan.end();
            return checked(TextEdit{start, existing->valueSpan.end() - start, u": []"_s}, existing->key, true);
        }
        return replaceValue(*existing, formatList(tags, existing, true));
    case ValueStyle::Plain:
    case ValueStyle::SingleQuoted:
    case ValueStyle::DoubleQuoted:
        return replaceValue(*existing, ScalarFormat::string(m_format, existing->style, tags.join(u", "_s)));
    default: return Error{tr("%1 is not a list; edit it in the text").arg(existing->key)};
    }
}

Result<TextEdit> FrontMatter::setDate(const QDateTime &moment) const
{
    if (auto blocked = editBlocker())
        return *blocked;
    const FrontMatterEntry *existing = entry(PostField::Date);
    if (!existing || existing->isNull)
        return setScalar(m_naming.date, existing, PostDate().format(moment));
    const QString written = PostDate::fromText(existing->scalar).format(moment);
    switch (existing->style) {
    case ValueStyle::Plain: return replaceValue(*existing, written);
    case ValueStyle::SingleQuoted:
    case ValueStyle::DoubleQuoted:
        return replaceValue(*existing, ScalarFormat::string(m_format, existing->style, written));
    default: return Error{tr("%1 is not a single date; edit it in the text").arg(existing->key)};
    }
}

Result<TextEdit> FrontMatter::setDraft(bool draft) const
{
    if (auto blocked = editBlocker())
        return *blocked;
    const FrontMatterEntry *existing = entry(PostField::Draft);
    const QString key = existing ? existing->key : m_naming.draft;
    if (existing && !existing->isNull && existing->style != ValueStyle::Plain
        && existing->style != ValueStyle::SingleQuoted && existing->style != ValueStyle::DoubleQuoted) {
        return Error{tr("%1 is not true or false; edit it in the text").arg(existing->key)};
    }
    return setScalar(key, existing, ScalarFormat::boolean(isInverted(key) ? !draft : draft));
}

Result<TextEdit> FrontMatter::remove(PostField field) const
{
    if (auto blocked = editBlocker())
        return *blocked;
    const FrontMatterEntry *existing = entry(field);
    if (!existing)
        return TextEdit{};
    if (existing->style == ValueStyle::Mapping && existing->lineSpan.length == 0)
        return Error{tr("%1 is a table; edit it in the text").arg(existing->key)};
    return checked(TextEdit{existing->lineSpan.start, existing->lineSpan.length, QString()}, existing->key, false);
}

Result<TextEdit> FrontMatter::setFromString(const QString &key, const QString &value) const
{
    if (key == u"title")
        return setText(PostField::Title, value);
    if (key == u"summary")
        return setText(PostField::Summary, value);
    if (key == u"tags") {
        QStringList tags;
        for (const QString &tag : value.split(u',')) {
            if (!tag.trimmed().isEmpty())
                tags.append(tag.trimmed());
        }
        return setTags(tags);
    }
    if (key == u"date") {
        if (value == u"now")
            return setDate(QDateTime::currentDateTime());
        const PostDate date = PostDate::fromText(value);
        if (!date.isValid())
            return Error{tr("\"%1\" is not a date: write 2026-03-13, 2026-03-13T10:00:00+01:00 or now").arg(value)};
        return setDate(date.dateTime());
    }
    if (key == u"draft") {
        if (value != u"true" && value != u"false")
            return Error{tr("draft must be true or false, not \"%1\"").arg(value)};
        return setDraft(value == u"true");
    }
    if (auto blocked = editBlocker())
        return *blocked;
    static const QRegularExpression bareKey(u"^[A-Za-z0-9_-]+$"_s);
    if (!bareKey.match(key).hasMatch())
        return Error{tr("\"%1\" is not a key Postwright can set; use letters, digits, - and _").arg(key)};
    const FrontMatterEntry *existing = entry(key);
    const bool isBoolean = value == u"true" || value == u"false";
    if (existing && !existing->isNull && existing->style != ValueStyle::Plain
        && existing->style != ValueStyle::SingleQuoted && existing->style != ValueStyle::DoubleQuoted) {
        return Error{tr("%1 is not a single value; edit it in the text").arg(key)};
    }
    const ValueStyle style = existing && !existing->isNull
        ? existing->style
        : (m_format == FrontMatterFormat::Toml ? ValueStyle::DoubleQuoted : ValueStyle::Plain);
    return setScalar(key, existing, isBoolean ? value : ScalarFormat::string(m_format, style, value));
}

} // namespace Postwright::Core

#include "document/scalarformat.h"

#include <QRegularExpression>

namespace Postwright::Core::ScalarFormat {

using namespace Qt::Literals::StringLiterals;

namespace {

bool resolvesToNonString(const QString &value)
{
    // YAML 1.1 and 1.2 core schema: null, booleans, numbers and timestamps are not strings.
    static const QRegularExpression special(uR"(^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.(?:inf|nan)|\.nan)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(
        uR"(^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$|^0[xob][0-9a-fA-F_]+$|^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$)"_s);
    static const QRegularExpression timestamp(uR"(^\d{4}-\d{1,2}-\d{1,2})"_s);
    return special.match(value).hasMatch() || number.match(value).hasMatch() || timestamp.match(value).hasMatch();
}

QString escaped(const QString &value, bool toml)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\t': out += u"\\t"_s; break;
        case u'\r': out += u"\\r"_s; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += (toml ? u"\\u%1"_s : u"\\x%1"_s).arg(uint(c.unicode()), toml ? 4 : 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

} // namespace

bool isPlainSafe(const QString &value, bool inFlowCollection)
{
    if (value.isEmpty() || value.front().isSpace() || value.back().isSpace())
        return false;
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_s;
    if (indicators.contains(value.front()))
        return false;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
            return false;
        if (inFlowCollection && u",[]{}"_s.contains(c))
            return false;
    }
    if (value.contains(u": "_s) || value.contains(u" #"_s) || value.endsWith(u':'))
        return false;
    return !resolvesToNonString(value);
}

QString yamlDoubleQuoted(const QString &value)
{
    return escaped(value, false);
}

QString tomlBasicString(const QString &value)
{
    return escaped(value, true);
}

QString string(FrontMatterFormat format, ValueStyle preferred, const QString &value, bool inFlowCollection)
{
    if (format == FrontMatterFormat::Toml) {
        if (preferred == ValueStyle::SingleQuoted && !value.contains(u'\'') && !value.contains(u'\n')
            && !value.contains(u'\r'))
            return u'\'' + value + u'\'';
        return tomlBasicString(value);
    }
    switch (preferred) {
    case ValueStyle::Plain:
        if (isPlainSafe(value, inFlowCollection))
            return value;
        break;
    case ValueStyle::SingleQuoted:
        if (!value.contains(u'\n') && !value.contains(u'\r')) {
            return u'\'' + QString(value).replace(u"'"_s, u"''"_s) + u'\'';
        }
        break;
    default: break;
    }
    return yamlDoubleQuoted(value);
}

QString boolean(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace Postwright::Core::ScalarFormat

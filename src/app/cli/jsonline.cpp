#include "cli/jsonline.h"

namespace Postwright::App {

void JsonLine::appendString(QByteArray &out, const QString &value)
{
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            static const char hex[] = "0123456789abcdef";
            switch (byte) {
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

void JsonLine::appendKey(const char *key)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text += '"';
    m_text += key;
    m_text += "\":";
}

JsonLine &JsonLine::add(const char *key, const QString &value)
{
    appendKey(key);
    appendString(m_text, value);
    return *this;
}

JsonLine &JsonLine::add(const char *key, const QStringList &values)
{
    appendKey(key);
    m_text += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_text += ',';
        appendString(m_text, values[i]);
    }
    m_text += ']';
    return *this;
}

JsonLine &JsonLine::add(const char *key, int value)
{
    appendKey(key);
    m_text += QByteArray::number(value);
    return *this;
}

JsonLine &JsonLine::add(const char *key, bool value)
{
    appendKey(key);
    m_text += value ? "true" : "false";
    return *this;
}

JsonLine &JsonLine::addNull(const char *key)
{
    appendKey(key);
    m_text += "null";
    return *this;
}

JsonLine &JsonLine::add(const char *key, const JsonLine &object)
{
    appendKey(key);
    m_text += object.text();
    return *this;
}

} // namespace Postwright::App

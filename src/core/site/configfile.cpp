#include "site/configfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <toml++/toml.h>
#include <yaml.h>

#include <memory>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 largestConfigFile = 4 * 1024 * 1024;

QString keyOf(const QString &key, ConfigFile::Keys keys)
{
    return keys == ConfigFile::Keys::LowerCase ? key.toLower() : key;
}

QVariant fromToml(const toml::node &node, ConfigFile::Keys keys)
{
    if (const toml::table *table = node.as_table()) {
        QVariantMap map;
        for (const auto &[key, value] : *table)
            map.insert(
                keyOf(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())), keys), fromToml(value, keys));
        return map;
    }
    if (const toml::array *array = node.as_array()) {
        QVariantList list;
        for (const toml::node &item : *array)
            list.append(fromToml(item, keys));
        return list;
    }
    if (const auto *text = node.as_string())
        return QString::fromStdString(text->get());
    if (const auto *integer = node.as_integer())
        return qlonglong(integer->get());
    if (const auto *real = node.as_floating_point())
        return real->get();
    if (const auto *boolean = node.as_boolean())
        return boolean->get();
    // Dates and times keep the text TOML wrote.
    std::ostringstream written;
    if (const auto *date = node.as_date())
        written << *date;
    else if (const auto *time = node.as_time())
        written << *time;
    else if (const auto *dateTime = node.as_date_time())
        written << *dateTime;
    return QString::fromStdString(written.str());
}

QVariant fromJson(const QVariant &value, ConfigFile::Keys keys)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map;
        const QVariantMap source = value.toMap();
        for (auto it = source.cbegin(); it != source.cend(); ++it)
            map.insert(keyOf(it.key(), keys), fromJson(it.value(), keys));
        return map;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList list;
        for (const QVariant &item : value.toList())
            list.append(fromJson(item, keys));
        return list;
    }
    return value;
}

// A plain YAML scalar's type, as the generators' YAML libraries read it.
QVariant plainScalar(const QString &text)
{
    static const QRegularExpression integer(u"^[-+]?(0|[1-9][0-9_]*)$"_s);
    static const QRegularExpression real(u"^[-+]?([0-9][0-9_]*)?\\.[0-9]+([eE][-+]?[0-9]+)?$"_s);
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QVariant();
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    if (integer.match(text).hasMatch())
        return QString(text).remove(u'_').toLongLong();
    if (real.match(text).hasMatch())
        return QString(text).remove(u'_').toDouble();
    return text;
}

struct YamlParserDeleter {
    void operator()(yaml_parser_t *parser) const
    {
        yaml_parser_delete(parser);
        delete parser;
    }
};

// Builds values from libyaml's events; anchors are remembered for their aliases.
class YamlReader {
public:
    YamlReader(const QByteArray &bytes, ConfigFile::Keys keys) : m_keys(keys), m_parser(new yaml_parser_t)
    {
        yaml_parser_initialize(m_parser.get());
        yaml_parser_set_input_string(
            m_parser.get(), reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    }

    Result<QVariantMap> document()
    {
        yaml_event_t event;
        QVariant root;
        bool inDocument = false;
        while (next(event)) {
            const yaml_event_type_t type = event.type;
            if (type == YAML_DOCUMENT_START_EVENT) {
                inDocument = true;
            } else if (inDocument && type != YAML_DOCUMENT_END_EVENT && type != YAML_STREAM_END_EVENT) {
                root = node(event);
                if (m_failed)
                    break;
                continue; // node() deleted the event
            }
            yaml_event_delete(&event);
            if (type == YAML_STREAM_END_EVENT || type == YAML_DOCUMENT_END_EVENT)
                break;
        }
        if (m_failed)
            return Error{m_error, m_line, m_column};
        if (root.isValid() && root.typeId() != QMetaType::QVariantMap)
            return Error{ConfigFile::tr("the file is not a mapping of settings"), 1, 1};
        return root.toMap();
    }

private:
    bool next(yaml_event_t &event)
    {
        if (yaml_parser_parse(m_parser.get(), &event))
            return true;
        m_failed = true;
        m_error = QString::fromUtf8(m_parser->problem ? m_parser->problem : "malformed YAML");
        m_line = int(m_parser->problem_mark.line) + 1;
        m_column = int(m_parser->problem_mark.column) + 1;
        return false;
    }

    // Takes over the event: returns the value of the node it starts.
    QVariant node(yaml_event_t &event)
    {
        QVariant value;
        QString anchor;
        switch (event.type) {
        case YAML_ALIAS_EVENT:
            value = m_anchors.value(QString::fromUtf8(reinterpret_cast<const char *>(event.data.alias.anchor)));
            yaml_event_delete(&event);
            return value;
        case YAML_SCALAR_EVENT: {
            const QString text = QString::fromUtf8(
                reinterpret_cast<const char *>(event.data.scalar.value), qsizetype(event.data.scalar.length));
            value = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? plainScalar(text) : QVariant(text);
            if (event.data.scalar.anchor)
                anchor = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.anchor));
            yaml_event_delete(&event);
            break;
        }
        case YAML_SEQUENCE_START_EVENT: {
            if (event.data.sequence_start.anchor)
                anchor = QString::fromUtf8(reinterpret_cast<const char *>(event.data.sequence_start.anchor));
            yaml_event_delete(&event);
            QVariantList list;
            yaml_event_t item;
            while (!m_failed && next(item)) {
                if (item.type == YAML_SEQUENCE_END_EVENT) {
                    yaml_event_delete(&item);
                    break;
                }
                list.append(node(item));
            }
            value = list;
            break;
        }
        case YAML_MAPPING_START_EVENT: {
            if (event.data.mapping_start.anchor)
                anchor = QString::fromUtf8(reinterpret_cast<const char *>(event.data.mapping_start.anchor));
            yaml_event_delete(&event);
            QVariantMap map;
            yaml_event_t key;
            while (!m_failed && next(key)) {
                if (key.type == YAML_MAPPING_END_EVENT) {
                    yaml_event_delete(&key);
                    break;
                }
                const QString name = node(key).toString();
                yaml_event_t item;
                if (m_failed || !next(item))
                    break;
                const QVariant itemValue = node(item);
                // "<<: *defaults" merges the aliased mapping.
                if (name == u"<<" && itemValue.typeId() == QMetaType::QVariantMap) {
                    const QVariantMap merged = itemValue.toMap();
                    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
                        if (!map.contains(it.key()))
                            map.insert(it.key(), it.value());
                    continue;
                }
                map.insert(keyOf(name, m_keys), itemValue);
            }
            value = map;
            break;
        }
        default: yaml_event_delete(&event); break;
        }
        if (!anchor.isEmpty())
            m_anchors.insert(anchor, value);
        return value;
    }

    ConfigFile::Keys m_keys;
    std::unique_ptr<yaml_parser_t, YamlParserDeleter> m_parser;
    QHash<QString, QVariant> m_anchors;
    bool m_failed = false;
    QString m_error;
    int m_line = 0;
    int m_column = 0;
};

} // namespace

std::optional<ConfigFile::Format> ConfigFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"toml")
        return Format::Toml;
    if (suffix == u"yaml" || suffix == u"yml")
        return Format::Yaml;
    if (suffix == u"json")
        return Format::Json;
    return std::nullopt;
}

Result<QVariantMap> ConfigFile::read(const QString &path, Keys keys)
{
    const std::optional<Format> format = formatOf(path);
    if (!format)
        return Error{tr("%1 is not a TOML, YAML or JSON file").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > largestConfigFile)
        return Error{tr("%1 is too large for a configuration file").arg(path)};
    return parse(file.readAll(), *format, keys);
}

Result<QVariantMap> ConfigFile::parse(const QByteArray &bytes, Format format, Keys keys)
{
    switch (format) {
    case Format::Toml:
        try {
            const toml::table table = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
            return fromToml(table, keys).toMap();
        } catch (const toml::parse_error &error) {
            return Error{QString::fromUtf8(error.description().data(), qsizetype(error.description().size())),
                int(error.source().begin.line), int(error.source().begin.column)};
        }
    case Format::Yaml: return YamlReader(bytes, keys).document();
    case Format::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return Error{error.errorString()};
        return fromJson(document.object().toVariantMap(), keys).toMap();
    }
    }
    return QVariantMap();
}

void ConfigFile::merge(QVariantMap &base, const QVariantMap &overlay)
{
    for (auto it = overlay.cbegin(); it != overlay.cend(); ++it) {
        auto existing = base.find(it.key());
        if (existing != base.end() && existing->typeId() == QMetaType::QVariantMap
            && it->typeId() == QMetaType::QVariantMap) {
            QVariantMap merged = existing->toMap();
            merge(merged, it->toMap());
            *existing = merged;
        } else {
            base.insert(it.key(), it.value());
        }
    }
}

QVariant ConfigFile::value(const QVariantMap &map, const QString &dottedPath)
{
    QVariant current = map;
    for (const QString &key : dottedPath.split(u'.')) {
        if (current.typeId() != QMetaType::QVariantMap)
            return {};
        current = current.toMap().value(key);
    }
    return current;
}

QStringList ConfigFile::stringList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(item.toString());
        return items;
    }
    if (value.typeId() == QMetaType::QString && !value.toString().isEmpty())
        return {value.toString()};
    return {};
}

namespace {

void collectScalars(const QVariantMap &map, const QString &prefix, QHash<QString, QString> &out, int depth)
{
    if (depth > 8)
        return;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = prefix + it.key();
        switch (it->typeId()) {
        case QMetaType::QVariantMap: collectScalars(it->toMap(), key + u'.', out, depth + 1); break;
        case QMetaType::QVariantList: {
            QStringList items;
            for (const QVariant &item : it->toList()) {
                if (item.canConvert<QString>() && item.typeId() != QMetaType::QVariantMap)
                    items.append(item.toString());
            }
            out.insert(key, items.join(u' '));
            break;
        }
        default:
            if (it->canConvert<QString>())
                out.insert(key, it->toString());
        }
    }
}

} // namespace

QHash<QString, QString> ConfigFile::scalars(const QVariantMap &map)
{
    QHash<QString, QString> out;
    collectScalars(map, {}, out, 0);
    return out;
}

} // namespace Postwright::Core

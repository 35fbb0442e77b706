#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

namespace Postwright::Core {

// A site generator's configuration file read into plain values (maps, lists, strings, numbers,
// booleans) with the real parsers: toml++, libyaml and Qt's JSON. Hugo matches its keys without
// regard to case, so they can be read lower-cased; Jekyll's are kept as written.
class ConfigFile final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::ConfigFile)

public:
    enum class Format { Toml, Yaml, Json };
    enum class Keys { AsWritten, LowerCase };

    // By the file's extension: .toml, .yaml/.yml, .json; nothing for any other.
    static std::optional<Format> formatOf(const QString &path);
    static Result<QVariantMap> read(const QString &path, Keys keys);
    static Result<QVariantMap> parse(const QByteArray &bytes, Format format, Keys keys);
    // Overlays values as Hugo merges its configuration files: maps key by key, anything else
    // replaced.
    static void merge(QVariantMap &base, const QVariantMap &overlay);
    // The value at a dotted path of map keys ("markup.goldmark.renderer.unsafe"), or invalid.
    static QVariant value(const QVariantMap &map, const QString &dottedPath);
    // A value as a list of strings: a list's items, or a single string as one item.
    static QStringList stringList(const QVariant &value);
    // Every scalar of a configuration by its dotted path ("params.author"), lists' scalars joined
    // with spaces; what templates may print.
    static QHash<QString, QString> scalars(const QVariantMap &map);
};

} // namespace Postwright::Core

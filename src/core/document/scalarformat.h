#pragma once

#include <QString>

namespace Postwright::Core {

enum class FrontMatterFormat { None, Yaml, Toml, Json };

// How a value is written in the file; kept so that an edit writes the value the same way.
enum class ValueStyle {
    Plain, // YAML plain scalar; TOML bare value (date, number, boolean)
    SingleQuoted, // YAML 'x'; TOML literal string 'x'
    DoubleQuoted, // YAML "x"; TOML basic string "x"
    Literal, // YAML | block scalar; TOML multi-line string
    Folded, // YAML > block scalar
    FlowSequence, // [a, b]
    BlockSequence,
    Mapping,
    Other
};

// Writes scalars in a given style so that a YAML or TOML parser reads back exactly the value.
namespace ScalarFormat {

// True when value, written as a YAML plain scalar, reads back as the same string.
bool isPlainSafe(const QString &value, bool inFlowCollection);
QString yamlDoubleQuoted(const QString &value);
QString tomlBasicString(const QString &value);

// Writes value in the preferred style when it can hold it, else in a style that can.
QString string(FrontMatterFormat format, ValueStyle preferred, const QString &value, bool inFlowCollection = false);
QString boolean(bool value);

} // namespace ScalarFormat
} // namespace Postwright::Core

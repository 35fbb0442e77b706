#pragma once

#include <QString>

namespace Postwright::Core {

// A span of a text in UTF-16 code units, the unit QString and QTextCursor positions use.
struct TextSpan {
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool contains(qsizetype position) const { return position >= start && position < end(); }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// Replace `length` code units at `start` with `replacement`: the only way the model changes text,
// so that the editor can apply the same change as one undoable step.
struct TextEdit {
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;

    void applyTo(QString &text) const { text.replace(start, length, replacement); }
    QString appliedTo(QString text) const
    {
        applyTo(text);
        return text;
    }
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

} // namespace Postwright::Core

#pragma once

#include "document/filestamp.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace Postwright::Core {

// The text of a file as the editor holds it, plus what is needed to write the same bytes back.
struct LoadedText {
    QString text; // as in the file
    QByteArray utf8; // the same text as the file's bytes, without a byte order mark
    bool hasByteOrderMark = false;
    QString lineEnding = QStringLiteral("\n"); // how most of its lines end: "\n" or "\r\n"
    bool hasMixedLineEndings = false;
    QStringList warnings;

    // The text as the editor holds it, every line ending "\n".
    QString editorText() const;
};

// Reads and writes post files without ever changing bytes the user did not edit: a file that
// cannot be shown faithfully (binary, invalid UTF-8, too large) is refused, not "repaired".
class TextFile final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::TextFile)

public:
    // A long book is about 3 MB of Markdown; far beyond that, the file is not a post, and the
    // editor and preview would spend many seconds on it.
    static constexpr qint64 refuseAboveBytes = 10 * 1024 * 1024;
    static constexpr qint64 warnAboveBytes = 2 * 1024 * 1024;

    static Result<LoadedText> load(const QString &path);
    // The same with the file's stat at hand: a listing stats each file once.
    static Result<LoadedText> load(const FileStamp &stamp);
    // The file's bytes; expectedSize (from a stat already made) sizes the buffer.
    static Result<QByteArray> readBytes(const QString &path, qint64 expectedSize);
    static Result<LoadedText> decode(const QByteArray &bytes);
    static QByteArray encode(const QString &text, bool withByteOrderMark);
    // The editor works with "\n" only; a file written with CRLF is written back with CRLF.
    static QString toEditorText(QString text);
    static QString withLineEnding(QString editorText, const QString &lineEnding);
    static Status save(const QString &path, const QString &text, bool withByteOrderMark);
    // Why a file could not be written, and what to do, in words a writer can act on.
    static QString cannotSaveMessage(const QString &path, qint64 bytesNeeded, const QString &reason);
};

} // namespace Postwright::Core

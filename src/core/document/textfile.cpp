#include "document/textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Postwright::Core {

namespace {

const QByteArray utf8ByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

// Returns the offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8Byte(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Most posts are mostly ASCII: eight bytes at a time while no high bit is set.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

Error errorAtByte(const QByteArray &bytes, qsizetype offset, const QString &message)
{
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return Error{message, line, column};
}

} // namespace

Result<LoadedText> TextFile::decode(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return errorAtByte(bytes, nul,
            tr("this is a binary file (it contains a NUL byte), not a Markdown post; "
               "Postwright opens text files only"));
    }
    const qsizetype invalid = firstInvalidUtf8Byte(bytes);
    if (invalid >= 0) {
        return errorAtByte(bytes, invalid,
            tr("the file is not valid UTF-8 (byte 0x%1); Postwright will not open it "
               "because saving would change bytes it cannot show. Convert it to UTF-8 "
               "first, for example with iconv")
                .arg(QString::number(quint8(bytes.at(invalid)), 16).toUpper()));
    }
    LoadedText loaded;
    loaded.hasByteOrderMark = bytes.startsWith(utf8ByteOrderMark);
    const QByteArrayView content =
        loaded.hasByteOrderMark ? QByteArrayView(bytes).sliced(utf8ByteOrderMark.size()) : QByteArrayView(bytes);
    loaded.text = QString::fromUtf8(content);
    loaded.utf8 = loaded.hasByteOrderMark ? content.toByteArray() : bytes;
    // Most files have no carriage return at all: counting their line breaks is not needed.
    if (content.contains('\r')) {
        const qsizetype crlf = content.count("\r\n");
        const qsizetype lf = content.count('\n');
        loaded.lineEnding = crlf > 0 && crlf * 2 >= lf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        loaded.hasMixedLineEndings = crlf > 0 && crlf != lf;
    }
    return loaded;
}

QString LoadedText::editorText() const
{
    return TextFile::toEditorText(text);
}

QString TextFile::toEditorText(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

QString TextFile::withLineEnding(QString editorText, const QString &lineEnding)
{
    if (lineEnding != QStringLiteral("\n"))
        editorText.replace(u'\n', lineEnding);
    return editorText;
}

QByteArray TextFile::encode(const QString &text, bool withByteOrderMark)
{
    QByteArray bytes = text.toUtf8();
    if (withByteOrderMark)
        bytes.prepend(utf8ByteOrderMark);
    return bytes;
}

Result<QByteArray> TextFile::readBytes(const QString &path, qint64 expectedSize)
{
#ifdef Q_OS_UNIX
    // QFile asks the file system for the file's kind and size again on open and on readAll: with
    // the size known from the caller's stat, one open and its reads are all a library scan needs.
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), qt_error_string(errno))};
    QByteArray bytes(qsizetype(std::max<qint64>(expectedSize, 0)) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        if (filled == bytes.size())
            bytes.resize(bytes.size() * 2); // the file grew since it was looked at
        const ssize_t got = ::read(fd, bytes.data() + filled, size_t(bytes.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int reason = errno;
            ::close(fd);
            return Error{tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), qt_error_string(reason))};
        }
        if (got == 0)
            break;
        filled += got;
    }
    ::close(fd);
    bytes.truncate(filled);
    return bytes;
#else
    Q_UNUSED(expectedSize);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return bytes;
#endif
}

Result<LoadedText> TextFile::load(const QString &path)
{
    return load(FileStamp::of(path));
}

Result<LoadedText> TextFile::load(const FileStamp &stamp)
{
    const QString &path = stamp.path;
    if (!stamp.exists)
        return Error{tr("%1 does not exist").arg(QDir::toNativeSeparators(path))};
    if (stamp.isFolder)
        return Error{tr("%1 is a folder, not a file").arg(QDir::toNativeSeparators(path))};
    if (stamp.size > refuseAboveBytes) {
        // A large program or image is better called binary than too large.
        QFile start(path);
        if (start.open(QIODevice::ReadOnly)) {
            const QByteArray head = start.read(64 * 1024);
            if (head.contains('\0'))
                return decode(head).error();
        }
        return Error{tr("%1 is %2, too large for a post (the limit is %3); open it in a text editor instead")
                         .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(stamp.size),
                             QLocale().formattedDataSize(refuseAboveBytes))};
    }
    Result<QByteArray> read = readBytes(path, stamp.size);
    if (!read)
        return read.error();
    const QByteArray bytes = std::move(read).value();

    Result<LoadedText> loaded = decode(bytes);
    if (loaded && bytes.size() > warnAboveBytes) {
        loaded->warnings.append(tr("%1 is large (%2); editing and preview may be slow")
                                    .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(bytes.size())));
    }
    return loaded;
}

Status TextFile::save(const QString &path, const QString &text, bool withByteOrderMark)
{
    // QSaveFile writes a temporary file and renames it over the old one, so a crash or a full
    // disk leaves the previous version intact.
    QSaveFile file(path);
    const QByteArray bytes = encode(text, withByteOrderMark);
    if (!file.open(QIODevice::WriteOnly))
        return Error{cannotSaveMessage(path, bytes.size(), file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{cannotSaveMessage(path, bytes.size(), reason)};
    }
    return Success{};
}

QString TextFile::cannotSaveMessage(const QString &path, qint64 bytesNeeded, const QString &reason)
{
    // Qt's own wording is often "Unknown error" for a full disk: say what the disk says.
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo disk(folder);
    QString cause = reason;
    QString remedy = tr("choose another folder with Save As");
    if (disk.isValid() && disk.isReady() && disk.isReadOnly()) {
        cause = tr("the disk it is on (%1) is mounted read-only").arg(QDir::toNativeSeparators(disk.rootPath()));
    } else if (disk.isValid() && disk.isReady() && disk.bytesAvailable() < bytesNeeded + 4096) {
        cause = tr("the disk is full (%1 free, the post needs %2)")
                    .arg(QLocale().formattedDataSize(disk.bytesAvailable()), QLocale().formattedDataSize(bytesNeeded));
        remedy = tr("free some space or choose another folder with Save As");
    } else if (!QFileInfo(folder).isWritable()) {
        cause = tr("the folder is not writable for you");
    }
    return tr("cannot save %1: %2. The text is still in the editor and nothing on disk was changed; %3")
        .arg(QDir::toNativeSeparators(path), cause, remedy);
}

} // namespace Postwright::Core

#include "document/textfile.h"
#include "support/files.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestTextFile final : public QObject {
    Q_OBJECT

private slots:
    void roundTripIsByteExact_data();
    void roundTripIsByteExact();
    void lineEndingsAreDetected_data();
    void lineEndingsAreDetected();
    void refused_data();
    void refused();
    void saveKeepsTheOldFileWhenItCannotWrite();
    void missingFileAndFolder();
    void loadReadsTheWholeFileWhateverItsSizeWasWhenLookedAt();
    void aFileGoneSinceItWasLookedAtSaysWhy();
    void aFileStampIsOneStatInUtc();
};

void TestTextFile::roundTripIsByteExact_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain UTF-8") << QByteArray("---\ntitle: x\n---\nBody\n");
    QTest::newRow("a UTF-8 byte order mark is kept") << QByteArray("\xEF\xBB\xBF---\ntitle: x\n---\n");
    QTest::newRow("CRLF line endings are kept") << QByteArray("---\r\ntitle: x\r\n---\r\nBody\r\n");
    QTest::newRow("mixed line endings are kept") << QByteArray("a\r\nb\nc\rd");
    QTest::newRow("no final newline") << QByteArray("Body");
    QTest::newRow("four-byte characters") << QByteArray("\xF0\x9F\x8E\x89 party\n");
    QTest::newRow("an empty file") << QByteArray();
}

void TestTextFile::roundTripIsByteExact()
{
    QFETCH(QByteArray, bytes);
    const Result<LoadedText> loaded = TextFile::decode(bytes);
    QVERIFY(loaded);
    QCOMPARE(TextFile::encode(loaded->text, loaded->hasByteOrderMark), bytes);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    QVERIFY(TextFile::save(path, loaded->text, loaded->hasByteOrderMark));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestTextFile::lineEndingsAreDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("lineEnding");
    QTest::addColumn<bool>("mixed");
    QTest::newRow("LF only") << QByteArray("a\nb\n") << u"\n"_s << false;
    QTest::newRow("CRLF only") << QByteArray("a\r\nb\r\n") << u"\r\n"_s << false;
    QTest::newRow("no line break at all") << QByteArray("a") << u"\n"_s << false;
    QTest::newRow("mostly CRLF is CRLF, and mixed") << QByteArray("a\r\nb\r\nc\n") << u"\r\n"_s << true;
    QTest::newRow("half CRLF is CRLF") << QByteArray("a\r\nb\n") << u"\r\n"_s << true;
    QTest::newRow("mostly LF is LF, and mixed") << QByteArray("a\r\nb\nc\n") << u"\n"_s << true;
}

void TestTextFile::lineEndingsAreDetected()
{
    QFETCH(QByteArray, bytes);
    const Result<LoadedText> loaded = TextFile::decode(bytes);
    QVERIFY(loaded);
    QTEST(loaded->lineEnding, "lineEnding");
    QTEST(loaded->hasMixedLineEndings, "mixed");
    QVERIFY(!loaded->editorText().contains(u"\r\n"_s));
    // Written back as the file ends its lines; a mixed file is written with its usual ending.
    const QString back = TextFile::withLineEnding(loaded->editorText(), loaded->lineEnding);
    QFETCH(bool, mixed);
    if (!mixed)
        QCOMPARE(back, loaded->text);
    else
        QCOMPARE(back.count(loaded->lineEnding), loaded->text.count(u'\n'));
}

void TestTextFile::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("a NUL byte makes a binary file") << QByteArray("ab\ncd\0ef", 8) << 2 << 3 << u"binary"_s;
    QTest::newRow("a Latin-1 byte is invalid UTF-8 and located")
        << QByteArray("title\ncaf\xE9\n") << 2 << 4 << u"not valid UTF-8 (byte 0xE9)"_s;
    QTest::newRow("a truncated sequence at the end") << QByteArray("ok \xE2\x82") << 1 << 4 << u"UTF-8"_s;
    QTest::newRow("an overlong encoding") << QByteArray("\xC0\xAF") << 1 << 1 << u"UTF-8"_s;
    QTest::newRow("an encoded surrogate") << QByteArray("x\xED\xA0\x80") << 1 << 2 << u"UTF-8"_s;
    QTest::newRow("a PNG header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << 3 << 1 << u"binary"_s;
}

void TestTextFile::refused()
{
    QFETCH(QByteArray, bytes);
    const Result<LoadedText> loaded = TextFile::decode(bytes);
    QVERIFY(!loaded);
    QFETCH(QString, messageContains);
    QVERIFY2(loaded.error().message.contains(messageContains), qPrintable(loaded.error().message));
    QTEST(loaded.error().line, "line");
    QTEST(loaded.error().column, "column");
}

void TestTextFile::saveKeepsTheOldFileWhenItCannotWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/post.md"_s);
    const Status saved = TextFile::save(path, u"text"_s, false);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(u"cannot save"_s), qPrintable(saved.error().message));
    QVERIFY(saved.error().message.contains(u"still in the editor"_s));
}

void TestTextFile::missingFileAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(TextFile::load(dir.filePath(u"nope.md"_s)).error().message.contains(u"does not exist"_s));
    QVERIFY(TextFile::load(dir.path()).error().message.contains(u"is a folder"_s));
}

void TestTextFile::loadReadsTheWholeFileWhateverItsSizeWasWhenLookedAt()
{
    // A library scan stats a file, then reads it: it may have grown or shrunk in between.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    writeBytes(path, "short\n");
    const FileStamp lookedAt = FileStamp::of(path);
    QCOMPARE(lookedAt.size, 6);
    const QByteArray longer = QByteArray("---\ntitle: x\n---\n") + QByteArray(200000, 'a') + '\n';
    writeBytes(path, longer);
    Result<LoadedText> loaded = TextFile::load(lookedAt);
    QVERIFY(loaded);
    QCOMPARE(loaded->utf8, longer);
    QCOMPARE(TextFile::readBytes(path, 0).value(), longer);
    QCOMPARE(TextFile::readBytes(path, 10 << 20).value(), longer);
    writeBytes(path, {});
    QCOMPARE(TextFile::readBytes(path, longer.size()).value(), QByteArray());
}

void TestTextFile::aFileGoneSinceItWasLookedAtSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    writeBytes(path, "text\n");
    const FileStamp lookedAt = FileStamp::of(path);
    QVERIFY(lookedAt.exists);
    QVERIFY(QFile::remove(path));
    const Result<LoadedText> loaded = TextFile::load(lookedAt);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.startsWith(u"cannot read "_s)
            && loaded.error().message.endsWith(u": No such file or directory"_s),
        qPrintable(loaded.error().message));
}

void TestTextFile::aFileStampIsOneStatInUtc()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"post.md"_s);
    writeBytes(path, "twelve bytes");
    const QDateTime when(QDate(2026, 3, 1), QTime(10, 30, 15, 250), QTimeZone::utc());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    file.close();
    const FileStamp stamp = FileStamp::of(path);
    QVERIFY(stamp.exists && !stamp.isFolder);
    QCOMPARE(stamp.size, 12);
    QCOMPARE(stamp.modified, when);
    QCOMPARE(stamp.modified.timeSpec(), Qt::UTC);
    QCOMPARE(stamp.modified, QFileInfo(path).lastModified()); // the same instant as Qt's
    QVERIFY(FileStamp::of(dir.path()).isFolder);
    QVERIFY(!FileStamp::of(dir.filePath(u"none.md"_s)).exists);
}

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"

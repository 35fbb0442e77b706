#include "session/postsession.h"
#include "storage/recoverystore.h"
#include "support/files.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

void typeAtEnd(QTextDocument &document, const QString &text)
{
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

// The open post's file lifecycle, with a bare document and no window.
class TestPostSession final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void opensAndSavesBackTheSameKindOfBytes();
    void aFileThatCannotBeOpenedChangesNothing();
    void mixedLineEndingsAreSaid();
    void aFailedSaveKeepsTheText();
    void aRecoveryCopyIsKeptAndOffered();
    void aChangeOnDiskIsOfferedNeverApplied();
    void aDeletedFileIsSaid();
    void closingEmptiesTheDocument();

private:
    QString recoveryFolder() const { return m_work->filePath(u"recovery"_s); }

    std::unique_ptr<QTemporaryDir> m_work;
    QString m_post;
};

void TestPostSession::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_post = m_work->filePath(u"post.md"_s);
    writeBytes(m_post, "---\ntitle: A post\n---\nBody.\n");
}

void TestPostSession::opensAndSavesBackTheSameKindOfBytes()
{
    writeBytes(m_post, "\xEF\xBB\xBF---\r\ntitle: Windows\r\n---\r\nBody\r\n");
    QTextDocument document;
    App::PostSession session(&document, recoveryFolder());
    QSignalSpy opened(&session, &App::PostSession::opened);
    QVERIFY(session.open(m_post));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(session.path(), m_post);
    QCOMPARE(document.toPlainText(), u"---\ntitle: Windows\n---\nBody\n"_s);
    QVERIFY(!document.isModified());
    QVERIFY(!document.isUndoAvailable());
    typeAtEnd(document, u"More\n"_s);
    QVERIFY(session.isModified());
    QSignalSpy saved(&session, &App::PostSession::saved);
    QVERIFY(session.save());
    QCOMPARE(saved.size(), 1);
    QVERIFY(!session.isModified());
    QCOMPARE(readBytes(m_post), QByteArray("\xEF\xBB\xBF---\r\ntitle: Windows\r\n---\r\nBody\r\nMore\r\n"));
}

void TestPostSession::aFileThatCannotBeOpenedChangesNothing()
{
    QTextDocument document;
    App::PostSession session(&document, recoveryFolder());
    QVERIFY(session.open(m_post));
    typeAtEnd(document, u"unsaved"_s);
    const QString binary = m_work->filePath(u"binary.md"_s);
    writeBytes(binary, QByteArray("a\0b", 3));
    const Core::Status opened = session.open(binary);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"binary"_s), qPrintable(opened.error().message));
    QCOMPARE(session.path(), m_post);
    QVERIFY(document.toPlainText().endsWith(u"unsaved"_s));
    QVERIFY(session.isModified());
}

void TestPostSession::mixedLineEndingsAreSaid()
{
    writeBytes(m_post, "a\r\nb\r\nc\n");
    QTextDocument document;
    App::PostSession session(&document, recoveryFolder());
    QSignalSpy noticed(&session, &App::PostSession::noticed);
    QVERIFY(session.open(m_post));
    QCOMPARE(noticed.size(), 1);
    QVERIFY2(noticed.first().first().toString().contains(u"saved with CRLF only"_s),
        qPrintable(noticed.first().first().toString()));
    QCOMPARE(session.fileText(), u"a\r\nb\r\nc\r\n"_s);
}

void TestPostSession::aFailedSaveKeepsTheText()
{
    QTextDocument document;
    App::PostSession session(&document, recoveryFolder());
    QVERIFY(session.open(m_post));
    typeAtEnd(document, u"words to keep"_s);
    const Core::Status saved = session.saveAs(m_work->filePath(u"no/such/folder/post.md"_s));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(u"still in the editor"_s), qPrintable(saved.error().message));
    QVERIFY(session.isModified());
    QVERIFY(document.toPlainText().endsWith(u"words to keep"_s));
    QCOMPARE(readBytes(m_post), QByteArray("---\ntitle: A post\n---\nBody.\n"));
}

void TestPostSession::aRecoveryCopyIsKeptAndOffered()
{
    const QString recovery = m_work->filePath(u"recovery"_s);
    QString typed;
    {
        QTextDocument document;
        App::PostSession session(&document, recovery);
        session.setAutosaveDelay(100);
        QVERIFY(session.open(m_post));
        typeAtEnd(document, u"Typed before a crash."_s);
        typed = document.toPlainText();
        QTRY_VERIFY_WITH_TIMEOUT(session.recoveryStore().find(m_post).has_value(), 2000);
        QCOMPARE(session.recoveryStore().find(m_post)->text, typed);
        // The program ends without saving: the copy stays.
    }
    QTextDocument document;
    App::PostSession session(&document, recovery);
    QSignalSpy found(&session, &App::PostSession::recoveryFound);
    QVERIFY(session.open(m_post));
    QCOMPARE(found.size(), 1);
    QCOMPARE(document.toPlainText(), u"---\ntitle: A post\n---\nBody.\n"_s);
    session.restoreRecovery();
    QCOMPARE(document.toPlainText(), typed);
    QVERIFY(session.isModified());
    document.undo();
    QCOMPARE(document.toPlainText(), u"---\ntitle: A post\n---\nBody.\n"_s);
    // Saving ends the copy's life.
    document.redo();
    QVERIFY(session.save());
    QVERIFY(!session.recoveryStore().find(m_post));
    // A copy equal to the file is not offered.
    QVERIFY(session.recoveryStore().store(m_post, typed));
    QVERIFY(session.open(m_post));
    QCOMPARE(found.size(), 1);
    QVERIFY(!session.recoveryStore().find(m_post));
}

void TestPostSession::aChangeOnDiskIsOfferedNeverApplied()
{
    QTextDocument document;
    App::PostSession session(&document, recoveryFolder());
    QVERIFY(session.open(m_post));
    QSignalSpy changed(&session, &App::PostSession::changedOnDisk);
    writeBytes(m_post, "---\ntitle: From another editor\n---\nBody.\n");
    QVERIFY(changed.wait(5000));
    QCOMPARE(document.toPlainText(), u"---\ntitle: A post\n---\nBody.\n"_s);
    session.reloadFromDisk();
    QCOMPARE(document.toPlainText(), u"---\ntitle: From another editor\n---\nBody.\n"_s);
    QVERIFY(!session.isModified());
    document.undo();
    QCOMPARE(document.toPlainText(), u"---\ntitle: A post\n---\nBody.\n"_s);

    // Keeping one's own version: the next save writes it over the other program's.
    writeBytes(m_post, "---\ntitle: Again elsewhere\n---\n");
    QVERIFY(changed.wait(5000));
    session.keepOwnVersion();
    QVERIFY(session.isModified());
    QVERIFY(session.save());
    QCOMPARE(readBytes(m_post), QByteArray("---\ntitle: A post\n---\nBody.\n"));
    // Our own save is not a change made by another program.
    QTest::qWait(300);
    QCOMPARE(changed.size(), 2);
}

void TestPostSession::aDeletedFileIsSaid()
{
    QTextDocument document;
    App::PostSession session(&document, recoveryFolder());
    QVERIFY(session.open(m_post));
    QSignalSpy removed(&session, &App::PostSession::removedFromDisk);
    QVERIFY(QFile::remove(m_post));
    QVERIFY(removed.wait(5000));
    QCOMPARE(document.toPlainText(), u"---\ntitle: A post\n---\nBody.\n"_s);
    QVERIFY(session.save());
    QCOMPARE(readBytes(m_post), QByteArray("---\ntitle: A post\n---\nBody.\n"));
}

void TestPostSession::closingEmptiesTheDocument()
{
    QTextDocument document;
    App::PostSession session(&document, recoveryFolder());
    session.setAutosaveDelay(50);
    QVERIFY(session.open(m_post));
    typeAtEnd(document, u"x"_s);
    QTRY_VERIFY(session.recoveryStore().find(m_post).has_value());
    QSignalSpy closed(&session, &App::PostSession::closed);
    session.close();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!session.hasPath());
    QVERIFY(document.isEmpty());
    QVERIFY(!session.isModified());
    QVERIFY(!session.recoveryStore().find(m_post));
    QVERIFY(!session.save());
}

QTEST_MAIN(TestPostSession)
#include "tst_postsession.moc"

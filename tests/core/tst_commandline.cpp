#include "support/commandrunner.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Runs the real postwright binary, as a user would, with no display.
class TestCommandLine final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelpNeedNoDisplay();
    void badPathsExitNonZeroWithAMessage_data();
    void badPathsExitNonZeroWithAMessage();
    void statsPrintsJsonPerFile();
    void checkReportsLineAndColumn();
    void setEditsOnlyTheField();
    void setRefusesAMalformedFileAndLeavesItAlone();

private:
    QString write(const QString &name, const QByteArray &bytes);
    CommandResult postwright(const QStringList &arguments);

    QString m_binary;
    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    m_binary = TestPaths::postwrightBinary();
    QVERIFY2(QFile::exists(m_binary), "the built postwright is missing: build the postwright target");
}

QString TestCommandLine::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

CommandResult TestCommandLine::postwright(const QStringList &arguments)
{
    qunsetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    return runCommand(m_binary, arguments);
}

void TestCommandLine::versionAndHelpNeedNoDisplay()
{
    const CommandResult version = postwright({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"postwright "_s));
    const CommandResult help = postwright({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"postwright stats FILE"_s));
    QVERIFY(help.out.contains(u"postwright check [--links] FILE"_s));
    QVERIFY(help.out.contains(u"postwright set FILE key=value"_s));
}

void TestCommandLine::badPathsExitNonZeroWithAMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("a path that does not exist") << u"/nonexistent/blog"_s << u"does not exist"_s;
    QTest::newRow("a folder that is not a git repository") << u"@TMP@"_s << u"not inside a git repository"_s;
    QTest::newRow("a binary file") << m_binary << u"binary file"_s;
}

void TestCommandLine::badPathsExitNonZeroWithAMessage()
{
    QFETCH(QString, path);
    path.replace(u"@TMP@"_s, m_dir.path());
    const CommandResult result = postwright({path});
    QCOMPARE(result.exitCode, 2);
    QFETCH(QString, messageContains);
    QVERIFY2(result.err.contains(messageContains), qPrintable(result.err));
}

void TestCommandLine::statsPrintsJsonPerFile()
{
    const QString first = write(u"one.md"_s,
        "---\ntitle: One\ntags: [a, b]\ndate: 2026-03-13\ndraft: false\n---\n"
        "Five words are right here.\n");
    const QString second = write(u"two.md"_s, "---\ntitle: Two\n---\nword\n");
    const CommandResult result = postwright({u"stats"_s, first, second});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject one = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(one[u"title"_s].toString(), u"One"_s);
    QCOMPARE(one[u"tags"_s].toVariant().toStringList(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(one[u"date"_s].toString(), u"2026-03-13"_s);
    QCOMPARE(one[u"draft"_s].toBool(true), false);
    QCOMPARE(one[u"words"_s].toInt(), 5);
    const QJsonObject hugo = one[u"readingTime"_s].toObject()[u"hugo"_s].toObject();
    QCOMPARE(hugo[u"minutes"_s].toInt(), 1);
    QCOMPARE(hugo[u"text"_s].toString(), u"1 min read"_s);
    QVERIFY(one[u"readingTime"_s].toObject().contains(u"reading-time"_s));
    QVERIFY(one[u"readingTime"_s].toObject().contains(u"medium"_s));
    QCOMPARE(QJsonDocument::fromJson(lines[1].toUtf8()).object()[u"title"_s].toString(), u"Two"_s);
}

void TestCommandLine::checkReportsLineAndColumn()
{
    const QString good = write(u"good.md"_s, "---\ntitle: Good\ndate: 2026-03-01\n---\n");
    const QString bad = write(u"bad.md"_s, "---\ntitle: a\nsummary: b\ntitle: again\n---\nBody\n");
    const CommandResult result = postwright({u"check"_s, good, bad});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(bad + u":4:1: duplicate key \"title\""_s), qPrintable(result.err));
    QVERIFY(result.out.contains(good + u": ok"_s));
    QCOMPARE(postwright({u"check"_s, good}).exitCode, 0);
    // The check before publishing: errors fail it, warnings are printed and pass.
    const QString checked =
        write(u"checked.md"_s, "---\ntitle: Checked\ndate: 2026-03-01\n---\n![](here.png)\n\n![Gone](gone.png)\n");
    write(u"here.png"_s, "png");
    const CommandResult found = postwright({u"check"_s, checked});
    QCOMPARE(found.exitCode, 1);
    QVERIFY2(found.err.contains(checked + u":7:1: The image gone.png is not in the blog"_s), qPrintable(found.err));
    QVERIFY2(
        found.out.contains(checked + u":5:1: warning: The image here.png has no alt text"_s), qPrintable(found.out));
}

void TestCommandLine::setEditsOnlyTheField()
{
    const QByteArray before = "---\r\n# keep me\r\ntitle: 'Old'\r\ntags:\r\n  - a\r\ndraft: true\r\n---\r\nBody\r\n";
    const QString path = write(u"set.md"_s, before);
    const CommandResult result = postwright({u"set"_s, path, u"title=New's"_s, u"tags=x,why"_s, u"draft=false"_s});
    QVERIFY2(result.ok(), qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
        QByteArray(
            "---\r\n# keep me\r\ntitle: 'New''s'\r\ntags:\r\n  - x\r\n  - why\r\ndraft: false\r\n---\r\nBody\r\n"));
}

void TestCommandLine::setRefusesAMalformedFileAndLeavesItAlone()
{
    const QByteArray before = "---\ntitle: [unclosed\n---\nBody\n";
    const QString path = write(u"malformed.md"_s, before);
    const CommandResult result = postwright({u"set"_s, path, u"title=x"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"malformed.md:"_s), qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

#include "git/gitlibrary.h"
#include "git/repository.h"
#include "site/opentarget.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestOpenTarget final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedPaths_data();
    void refusedPaths();
    void blogFolder();
    void postInsideABlog();
    void postOutsideAnyRepository();

private:
    void write(const QString &relative, const QByteArray &bytes);

    GitLibrary m_git;
    QTemporaryDir m_dir;
};

void TestOpenTarget::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestOpenTarget::initTestCase()
{
    QVERIFY(Repository::init(m_dir.filePath(u"blog"_s), u"main"_s, false));
    QVERIFY(Repository::init(m_dir.filePath(u"bare.git"_s), u"main"_s, true));
    write(u"blog/content/posts/hello.md"_s, "---\ntitle: Hello\n---\nHi\n");
    write(u"blog/static/photo.png"_s, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    write(u"loose/note.md"_s, "# A loose note\n");
    write(u"loose/latin1.md"_s, "caf\xE9\n");
    QDir().mkpath(m_dir.filePath(u"plain-folder"_s));
}

void TestOpenTarget::refusedPaths_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("a path that does not exist") << u"nowhere"_s << u"does not exist"_s;
    QTest::newRow("a folder that is not in a git repository") << u"plain-folder"_s << u"not inside a git repository"_s;
    QTest::newRow("a binary file") << u"blog/static/photo.png"_s << u"binary file"_s;
    QTest::newRow("a file that is not UTF-8") << u"loose/latin1.md"_s << u"not valid UTF-8"_s;
    QTest::newRow("a bare repository") << u"bare.git"_s << u"bare repository"_s;
}

void TestOpenTarget::refusedPaths()
{
    QFETCH(QString, relative);
    const Result<OpenTarget> target = OpenTarget::resolve(m_dir.filePath(relative));
    QVERIFY(!target);
    QFETCH(QString, messageContains);
    QVERIFY2(target.error().message.contains(messageContains), qPrintable(target.error().message));
}

void TestOpenTarget::blogFolder()
{
    const Result<OpenTarget> target = OpenTarget::resolve(m_dir.filePath(u"blog/content"_s));
    QVERIFY(target);
    QCOMPARE(target->blogRoot, QDir(m_dir.filePath(u"blog"_s)).canonicalPath());
    QVERIFY(target->postPath.isEmpty());
}

void TestOpenTarget::postInsideABlog()
{
    const Result<OpenTarget> target = OpenTarget::resolve(m_dir.filePath(u"blog/content/posts/hello.md"_s));
    QVERIFY(target);
    QCOMPARE(target->blogRoot, QDir(m_dir.filePath(u"blog"_s)).canonicalPath());
    QCOMPARE(target->postPath, m_dir.filePath(u"blog/content/posts/hello.md"_s));
}

void TestOpenTarget::postOutsideAnyRepository()
{
    const Result<OpenTarget> target = OpenTarget::resolve(m_dir.filePath(u"loose/note.md"_s));
    QVERIFY(target);
    QVERIFY(target->blogRoot.isEmpty());
    QCOMPARE(target->postPath, m_dir.filePath(u"loose/note.md"_s));
}

QTEST_GUILESS_MAIN(TestOpenTarget)
#include "tst_opentarget.moc"

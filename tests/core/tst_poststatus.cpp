#include "git/gitlibrary.h"
#include "git/poststatus.h"
#include "site/sampleblog.h"
#include "support/commandrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

Q_DECLARE_METATYPE(Postwright::Core::PublishTarget)
Q_DECLARE_METATYPE(Postwright::Core::PostState)

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool commit(const QString &blog, const QString &path)
{
    return git(blog, {u"add"_s, path}).ok()
        && git(blog,
            {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.invalid"_s, u"commit"_s, u"-qm"_s,
                u"a commit"_s})
               .ok();
}

} // namespace

class TestPostStatus final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void whereAPostStands_data();
    void whereAPostStands();
    void aFileInNoRepository();
    void describedInWords();

private:
    GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_blog;
};

void TestPostStatus::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    const Result<QString> blog = SampleBlog::ensure(m_data->path());
    QVERIFY(blog);
    m_blog = *blog;
}

void TestPostStatus::whereAPostStands_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<PublishTarget>("target");
    QTest::addColumn<PostState>("state");
    const PublishTarget origin;
    QTest::newRow("what the remote has is published") << u"as-is"_s << origin << PostState::Published;
    QTest::newRow("edited after publishing") << u"edited"_s << origin << PostState::ChangedSincePublish;
    QTest::newRow("edited and committed, not pushed")
        << u"edited-committed"_s << origin << PostState::CommittedNotPushed;
    QTest::newRow("a new file git does not know") << u"new"_s << origin << PostState::NotPublished;
    QTest::newRow("a new file committed, not pushed") << u"new-committed"_s << origin << PostState::CommittedNotPushed;
    QTest::newRow("the blog's remote has another name")
        << u"remote-renamed"_s << PublishTarget{u"site"_s, {}, {}} << PostState::Published;
    QTest::newRow("compared with origin when the blog publishes elsewhere")
        << u"remote-renamed"_s << origin << PostState::CommittedNotPushed;
    QTest::newRow("another remote branch that lacks the post")
        << u"other-branch"_s << PublishTarget{{}, u"live"_s, {}} << PostState::CommittedNotPushed;
}

void TestPostStatus::whereAPostStands()
{
    QFETCH(QString, situation);
    QFETCH(PublishTarget, target);
    QString post = m_blog + u"/content/posts/welcome-to-postwright.md"_s;
    if (situation.startsWith(u"edited"_s)) {
        QFile file(post);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nMore.\n");
    }
    if (situation.startsWith(u"new"_s)) {
        post = m_blog + u"/content/posts/brand-new.md"_s;
        writeFile(post, "---\ntitle: New\n---\n");
    }
    if (situation.endsWith(u"-committed"_s))
        QVERIFY(commit(m_blog, post));
    if (situation == u"remote-renamed")
        QVERIFY(git(m_blog, {u"remote"_s, u"rename"_s, u"origin"_s, u"site"_s}).ok());
    if (situation == u"other-branch") {
        // The remote's "live" branch starts before the post existed.
        QVERIFY(git(m_blog, {u"checkout"_s, u"-q"_s, u"--orphan"_s, u"live"_s}).ok());
        QVERIFY(git(m_blog, {u"rm"_s, u"-rq"_s, u"--cached"_s, u"."_s}).ok());
        writeFile(m_blog + u"/README.md"_s, "live\n");
        QVERIFY(commit(m_blog, m_blog + u"/README.md"_s));
        QVERIFY(git(m_blog, {u"push"_s, u"-q"_s, u"origin"_s, u"live"_s}).ok());
        QVERIFY(git(m_blog, {u"checkout"_s, u"-qf"_s, u"main"_s}).ok());
    }
    QTEST(PostStatus::of(post, target), "state");
}

void TestPostStatus::aFileInNoRepository()
{
    QTemporaryDir elsewhere;
    writeFile(elsewhere.filePath(u"post.md"_s), "---\ntitle: Alone\n---\n");
    QCOMPARE(PostStatus::of(elsewhere.filePath(u"post.md"_s)), PostState::NotInRepository);
}

void TestPostStatus::describedInWords()
{
    QCOMPARE(PostStatus::describe(PostState::Published), u"published"_s);
    QCOMPARE(PostStatus::describe(PostState::CommittedNotPushed), u"committed, not pushed"_s);
    QCOMPARE(PostStatus::describe(PostState::ChangedSincePublish), u"changed since publish"_s);
    QCOMPARE(PostStatus::describe(PostState::NotPublished), u"not published"_s);
    QCOMPARE(PostStatus::describe(PostState::NotInRepository), u"not in a git repository"_s);
}

QTEST_GUILESS_MAIN(TestPostStatus)
#include "tst_poststatus.moc"

#include "git/gitlibrary.h"
#include "git/posthistory.h"
#include "support/commandrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestPostHistory final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void versionsNewestFirstFollowingRenames();
    void aPostGitHasNotSeenHasNoVersions();
    void limitIsKept();
    void deletedPostsAreFoundUntilTheyAreBack();

private:
    void write(const QString &relative, const QByteArray &text)
    {
        QDir(m_repo).mkpath(QFileInfo(m_repo + u'/' + relative).absolutePath());
        QFile file(m_repo + u'/' + relative);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    void commit(const QString &message, const QString &date)
    {
        QVERIFY(git(m_repo, {u"add"_s, u"-A"_s}).ok());
        QVERIFY(runCommand(u"env"_s,
            {u"GIT_AUTHOR_DATE="_s + date, u"GIT_COMMITTER_DATE="_s + date, u"git"_s, u"-C"_s, m_repo, u"-c"_s,
                u"user.name=Pat Writer"_s, u"-c"_s, u"user.email=pat@x.invalid"_s, u"commit"_s, u"-qm"_s, message})
                    .ok());
    }

    GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_repo;
};

void TestPostHistory::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_repo = m_work->filePath(u"blog"_s);
    QVERIFY(QDir().mkpath(m_repo));
    QVERIFY(git(m_repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}).ok());
}

void TestPostHistory::versionsNewestFirstFollowingRenames()
{
    const QByteArray body = "\nA paragraph long enough for git to see a rename as one, and not as a removal and "
                            "an addition of two unrelated files.\n";
    write(u"content/posts/draft.md"_s, "---\ntitle: First\n---\n" + body);
    commit(u"Add the post"_s, u"2026-11-01T10:00:00+01:00"_s);
    write(u"content/posts/draft.md"_s, "---\ntitle: Second\n---\n" + body);
    commit(u"Publish: Second"_s, u"2026-11-02T10:00:00+01:00"_s);
    // Published up to here.
    const QString origin = m_work->filePath(u"origin.git"_s);
    QVERIFY(runCommand(u"git"_s, {u"init"_s, u"-q"_s, u"--bare"_s, origin}).ok());
    QVERIFY(git(m_repo, {u"remote"_s, u"add"_s, u"origin"_s, origin}).ok());
    QVERIFY(git(m_repo, {u"push"_s, u"-q"_s, u"-u"_s, u"origin"_s, u"main"_s}).ok());
    write(u"content/about.md"_s, "About.\n");
    commit(u"Another file"_s, u"2026-11-03T10:00:00+01:00"_s);
    QVERIFY(git(m_repo, {u"mv"_s, u"content/posts/draft.md"_s, u"content/posts/spring.md"_s}).ok());
    commit(u"Rename the post"_s, u"2026-11-04T10:00:00+01:00"_s);
    write(u"content/posts/spring.md"_s, "---\ntitle: Spring\n---\n" + body);
    commit(u"Publish: Spring"_s, u"2026-11-05T10:00:00+01:00"_s);

    const Result<QList<PostHistory::Version>> history = PostHistory::of(m_repo + u"/content/posts/spring.md"_s);
    QVERIFY2(history, history ? "" : qPrintable(history.error().message));
    QStringList messages;
    for (const PostHistory::Version &version : *history)
        messages.append(version.message);
    QCOMPARE(
        messages, (QStringList{u"Publish: Spring"_s, u"Rename the post"_s, u"Publish: Second"_s, u"Add the post"_s}));
    QCOMPARE(history->at(0).path, u"content/posts/spring.md"_s);
    QCOMPARE(history->at(1).path, u"content/posts/spring.md"_s);
    QCOMPARE(history->at(2).path, u"content/posts/draft.md"_s);
    QVERIFY(history->at(0).text.startsWith(u"---\ntitle: Spring"_s));
    QVERIFY(history->at(3).text.startsWith(u"---\ntitle: First"_s));
    QCOMPARE(history->at(3).when, QDateTime::fromString(u"2026-11-01T10:00:00+01:00"_s, Qt::ISODate));
    QCOMPARE(history->at(3).author, u"Pat Writer"_s);
    QCOMPARE(history->at(0).commit, git(m_repo, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed());
    QList<bool> published;
    for (const PostHistory::Version &version : *history)
        published.append(version.isPublished);
    QCOMPARE(published, (QList<bool>{false, false, true, true}));
}

void TestPostHistory::aPostGitHasNotSeenHasNoVersions()
{
    write(u"content/posts/new.md"_s, "---\ntitle: New\n---\n");
    const Result<QList<PostHistory::Version>> before = PostHistory::of(m_repo + u"/content/posts/new.md"_s);
    QVERIFY(before);
    QVERIFY(before->isEmpty()); // no commits at all
    write(u"content/about.md"_s, "About.\n");
    QVERIFY(git(m_repo, {u"add"_s, u"content/about.md"_s}).ok());
    QVERIFY(git(
        m_repo, {u"-c"_s, u"user.name=P"_s, u"-c"_s, u"user.email=p@x.invalid"_s, u"commit"_s, u"-qm"_s, u"About"_s})
                .ok());
    const Result<QList<PostHistory::Version>> after = PostHistory::of(m_repo + u"/content/posts/new.md"_s);
    QVERIFY(after);
    QVERIFY(after->isEmpty());
    QVERIFY(!PostHistory::of(m_work->filePath(u"elsewhere.md"_s)));
}

void TestPostHistory::limitIsKept()
{
    for (int i = 1; i <= 5; ++i) {
        write(u"post.md"_s, "Version " + QByteArray::number(i) + "\n");
        commit(u"Version %1"_s.arg(i), u"2026-11-0%1T10:00:00Z"_s.arg(i));
    }
    const Result<QList<PostHistory::Version>> history = PostHistory::of(m_repo + u"/post.md"_s, 3);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->last().message, u"Version 3"_s);
}

void TestPostHistory::deletedPostsAreFoundUntilTheyAreBack()
{
    write(u"content/posts/old.md"_s, "---\ntitle: Old\n---\nThe last words.\n");
    write(u"content/posts/kept.md"_s, "---\ntitle: Kept\n---\n");
    write(u"content/posts/moved.md"_s, "---\ntitle: Moved\n---\nA paragraph long enough to be seen as renamed.\n");
    write(u"static/notes.txt"_s, "not a post\n");
    commit(u"Posts"_s, u"2026-11-01T10:00:00Z"_s);
    write(u"content/posts/old.md"_s, "---\ntitle: Old\n---\nThe very last words.\n");
    commit(u"Edit"_s, u"2026-11-02T10:00:00Z"_s);
    QVERIFY(git(m_repo, {u"rm"_s, u"-q"_s, u"content/posts/old.md"_s, u"static/notes.txt"_s}).ok());
    QVERIFY(git(m_repo, {u"mv"_s, u"content/posts/moved.md"_s, u"content/posts/renamed.md"_s}).ok());
    commit(u"Delete the old post"_s, u"2026-11-03T10:00:00Z"_s);

    const Result<QList<PostHistory::DeletedPost>> deleted = PostHistory::deletedPosts(m_repo);
    QVERIFY2(deleted, deleted ? "" : qPrintable(deleted.error().message));
    QCOMPARE(deleted->size(), 1);
    QCOMPARE(deleted->first().path, u"content/posts/old.md"_s);
    QCOMPARE(deleted->first().text, u"---\ntitle: Old\n---\nThe very last words.\n"_s);
    QCOMPARE(deleted->first().message, u"Delete the old post"_s);
    QCOMPARE(deleted->first().commit, git(m_repo, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed());
    // Brought back on disk: no longer listed.
    write(u"content/posts/old.md"_s, deleted->first().text.toUtf8());
    QVERIFY(PostHistory::deletedPosts(m_repo)->isEmpty());
}

QTEST_GUILESS_MAIN(TestPostHistory)
#include "tst_posthistory.moc"

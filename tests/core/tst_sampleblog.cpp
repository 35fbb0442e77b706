#include "site/sampleblog.h"

#include "git/gitlibrary.h"
#include "site/postlibrary.h"
#include "site/siteprofile.h"
#include "support/commandrunner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestSampleBlog final : public QObject {
    Q_OBJECT

private slots:
    void createsARepositoryWithOneCommitAndAnOrigin();
    void isCreatedOnlyOnce();
    void isAHugoBlogWithThreePosts();

private:
    GitLibrary m_git;
    QTemporaryDir m_data;
};

void TestSampleBlog::createsARepositoryWithOneCommitAndAnOrigin()
{
    const Result<QString> blog = SampleBlog::ensure(m_data.path());
    QVERIFY2(blog, blog ? "" : qPrintable(blog.error().message));
    QCOMPARE(*blog, SampleBlog::workingTreePath(m_data.path()));

    const CommandResult log = git(*blog, {u"log"_s, u"--format=%s"_s});
    QVERIFY2(log.ok(), qPrintable(log.err));
    QCOMPARE(log.out, u"Start the sample blog\n"_s);
    QCOMPARE(git(*blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    QCOMPARE(git(*blog, {u"remote"_s, u"get-url"_s, u"origin"_s}).out.trimmed(),
        QDir(SampleBlog::originPath(m_data.path())).absolutePath());
    QCOMPARE(git(*blog, {u"rev-parse"_s, u"HEAD"_s}).out, git(*blog, {u"rev-parse"_s, u"origin/main"_s}).out);
    QCOMPARE(git(*blog, {u"rev-parse"_s, u"--abbrev-ref"_s, u"main@{upstream}"_s}).out.trimmed(), u"origin/main"_s);
    QVERIFY(git(*blog, {u"fsck"_s, u"--strict"_s}).ok());
    const CommandResult originLog = git(SampleBlog::originPath(m_data.path()), {u"log"_s, u"--format=%s"_s, u"main"_s});
    QCOMPARE(originLog.out, u"Start the sample blog\n"_s);
    QVERIFY(!QFileInfo::exists(*blog + u".partial"_s));
}

void TestSampleBlog::isCreatedOnlyOnce()
{
    const QString blog = SampleBlog::workingTreePath(m_data.path());
    const QString head = git(blog, {u"rev-parse"_s, u"HEAD"_s}).out;
    QFile note(QDir(blog).filePath(u"content/posts/welcome-to-postwright.md"_s));
    QVERIFY(note.open(QIODevice::Append));
    note.write("\nA line the user wrote.\n");
    note.close();

    const Result<QString> again = SampleBlog::ensure(m_data.path());
    QVERIFY(again);
    QCOMPARE(git(blog, {u"rev-parse"_s, u"HEAD"_s}).out, head);
    QVERIFY(git(blog, {u"status"_s, u"--porcelain"_s}).out.contains(u"welcome-to-postwright.md"_s));
}

void TestSampleBlog::isAHugoBlogWithThreePosts()
{
    const SiteProfile profile = SiteProfile::detect(SampleBlog::workingTreePath(m_data.path()));
    QCOMPARE(profile.generator, Generator::Hugo);
    const QList<PostSummary> posts = PostLibrary::scan(profile);
    QCOMPARE(posts.size(), 3);
    for (const PostSummary &post : posts) {
        QVERIFY2(post.error.isEmpty(), qPrintable(post.error));
        QVERIFY(!post.title.isEmpty());
        QVERIFY(post.date.isValid());
        QVERIFY(!post.tags.isEmpty());
    }
    QCOMPARE(QFileInfo(PostLibrary::newestPost(posts)).fileName(), u"welcome-to-postwright.md"_s);
    QCOMPARE(std::count_if(posts.begin(), posts.end(), [](const PostSummary &post) { return post.isDraft; }), 1);
}

QTEST_GUILESS_MAIN(TestSampleBlog)
#include "tst_sampleblog.moc"

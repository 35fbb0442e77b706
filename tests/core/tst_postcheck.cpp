// The check before publishing, on generated Hugo and Jekyll blogs: each kind of finding where it
// is written, and none on a post that is fine.
#include "site/postcheck.h"
#include "site/postlibrary.h"
#include "site/siteprofile.h"
#include "support/files.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;
using Severity = PostFinding::Severity;

namespace {

// "E12 message" / "W1 message": what a test expects, in the order of the post.
QStringList described(const QList<PostFinding> &findings)
{
    QStringList lines;
    for (const PostFinding &finding : findings)
        lines.append(u"%1%2 %3"_s.arg(finding.severity == Severity::Error ? u"E"_s : u"W"_s)
                         .arg(finding.line)
                         .arg(finding.message));
    return lines;
}

} // namespace

class TestPostCheck : public QObject {
    Q_OBJECT

private slots:
    void init();
    void aGoodPostHasNoFindings();
    void eachProblemIsFoundWhereItIsWritten();
    void requiredFieldsAndBrokenFrontMatter();
    void jekyllPostUrlsAndDatesFromTheFileName();
    void theArchetypesFieldsAreExpected();

private:
    QList<PostFinding> checkHugo(const QString &name, const QByteArray &text);

    std::unique_ptr<QTemporaryDir> m_blog;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
};

void TestPostCheck::init()
{
    m_blog = std::make_unique<QTemporaryDir>();
    const QString root = m_blog->path();
    writeBytesMakingFolders(root + u"/hugo.toml"_s, "baseURL = 'https://example.org/blog/'\ntitle = 'T'\n");
    writeBytesMakingFolders(root + u"/static/images/ridge.png"_s, "png");
    writeBytesMakingFolders(root + u"/content/posts/bundle/index.md"_s,
        "---\ntitle: Bundle\ndate: 2026-01-01\n---\n![Beside](beside.png)\n");
    writeBytesMakingFolders(root + u"/content/posts/bundle/beside.png"_s, "png");
    writeBytesMakingFolders(root + u"/content/posts/other.md"_s, "---\ntitle: Other\ndate: 2026-01-01\n---\nText.\n");
}

QList<PostFinding> TestPostCheck::checkHugo(const QString &name, const QByteArray &text)
{
    const QString path = m_blog->path() + u"/content/posts/"_s + name;
    writeBytesMakingFolders(path, text);
    const SiteProfile profile = SiteProfile::detect(m_blog->path());
    const QList<PostSummary> posts = PostLibrary::scan(profile);
    return PostCheck::check(path, QString::fromUtf8(text), profile, &posts, m_now);
}

void TestPostCheck::aGoodPostHasNoFindings()
{
    const QList<PostFinding> findings = checkHugo(u"good.md"_s,
        "---\ntitle: Good\ndate: 2026-11-01\nsummary: Fine.\n---\n![A ridge](/blog/images/ridge.png)\n\n"
        "![Also](/images/ridge.png) [the other]({{< ref \"other.md\" >}}) [a page](/about/) "
        "[away](https://example.org/x.pdf) [mail](mailto:a@example.org) [top](#top)\n");
    QCOMPARE(described(findings), QStringList());
    // The bundle's own picture is beside its index.md.
    const QString bundle = m_blog->path() + u"/content/posts/bundle/index.md"_s;
    QCOMPARE(described(PostCheck::check(
                 bundle, QString::fromUtf8(readBytes(bundle)), SiteProfile::detect(m_blog->path()), nullptr, m_now)),
        QStringList());
}

void TestPostCheck::eachProblemIsFoundWhereItIsWritten()
{
    const QList<PostFinding> findings = checkHugo(u"broken.md"_s,
        "---\ntitle: Broken\ndate: 2027-02-01\ndraft: true\nsummary: " + QByteArray(170, 'x')
            + "\n---\n"
              "![](/images/ridge.png)\n\n"
              "![Gone](gone.png)\n\n"
              "[notes](files/notes.pdf) and [no post]({{< ref \"nowhere.md\" >}})\n");
    const QStringList lines = described(findings);
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines[0].startsWith(u"W1 Scheduled for "_s), qPrintable(lines[0]));
    QCOMPARE(lines[1], u"W1 The post is a draft: publishing asks whether to set draft: false."_s);
    QCOMPARE(lines[2], u"W1 The summary is 170 characters; search engines show about 160."_s);
    QCOMPARE(lines[3], u"W7 The image /images/ridge.png has no alt text: readers who cannot see it get nothing."_s);
    QCOMPARE(lines[4], u"E9 The image gone.png is not in the blog: add it, or correct the address."_s);
    QVERIFY2(lines.mid(5).contains(
                 u"E11 The linked file files/notes.pdf is not in the blog: add it, or correct the link."_s),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(lines[5].startsWith(u"E11 "_s) && lines[6].startsWith(u"E11 "_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.join(u'\n').contains(u"nowhere.md"_s));
    QVERIFY(PostCheck::hasErrors(findings));
    // The same post once the writer fixed it: only what is by choice is left.
    const QList<PostFinding> fixed =
        checkHugo(u"broken.md"_s, "---\ntitle: Broken\ndate: 2026-02-01\n---\n![A ridge](/images/ridge.png)\n");
    QCOMPARE(described(fixed), QStringList());
    QVERIFY(!PostCheck::hasErrors(fixed));
}

void TestPostCheck::requiredFieldsAndBrokenFrontMatter()
{
    QCOMPARE(described(checkHugo(u"bare.md"_s, "---\nsummary: s\n---\nText\n")),
        QStringList({u"E1 The post has no title: fill in Title in the form."_s,
            u"E1 The post has no date: set one in the form (Now sets today's)."_s}));
    const QList<PostFinding> broken = checkHugo(u"bad.md"_s, "---\ntitle: a\ntitle: b\n---\n");
    QCOMPARE(broken.size(), 1);
    QCOMPARE(broken[0].severity, Severity::Error);
    QCOMPARE(broken[0].line, 3);
    QVERIFY(broken[0].message.contains(u"duplicate key"_s));
}

void TestPostCheck::jekyllPostUrlsAndDatesFromTheFileName()
{
    QTemporaryDir blog;
    writeBytesMakingFolders(blog.filePath(u"_config.yml"_s), "title: J\n");
    writeBytesMakingFolders(blog.filePath(u"_posts/2026-01-02-first.md"_s), "---\ntitle: First\n---\nText\n");
    const QByteArray text = "---\ntitle: Second\n---\n[first]({% post_url 2026-01-02-first %}) "
                            "[lost]({% post_url 2026-01-03-lost %})\n";
    const QString path = blog.filePath(u"_posts/2026-02-01-second.md"_s);
    writeBytesMakingFolders(path, text);
    const SiteProfile profile = SiteProfile::detect(blog.path());
    const QList<PostSummary> posts = PostLibrary::scan(profile);
    const QStringList lines = described(PostCheck::check(path, QString::fromUtf8(text), profile, &posts, m_now));
    QCOMPARE(lines.size(), 1); // the date is the file name's
    QVERIFY2(lines[0].startsWith(u"E4 "_s) && lines[0].contains(u"2026-01-03-lost"_s), qPrintable(lines.join(u'\n')));
}

void TestPostCheck::theArchetypesFieldsAreExpected()
{
    // The section's archetype wins over the default; a theme's counts when the site has none.
    writeBytesMakingFolders(m_blog->path() + u"/archetypes/default.md"_s, "---\ntitle: x\nnever: y\n---\n");
    writeBytesMakingFolders(m_blog->path() + u"/archetypes/posts.md"_s,
        "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndate = {{ .Date }}\n"
        "draft = true\nauthor = 'Pat'\ncategories = []\n+++\n");
    const QStringList lines =
        described(checkHugo(u"typed.md"_s, "---\ntitle: Typed\ndate: 2026-11-01\nCategories: [notes]\n---\nText\n"));
    QCOMPARE(lines,
        QStringList(
            {u"W1 The post has no “author”, which the site's archetype (archetypes/posts.md) gives every post."_s}));
}

QTEST_MAIN(TestPostCheck)
#include "tst_postcheck.moc"

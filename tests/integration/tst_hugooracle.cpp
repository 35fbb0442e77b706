#include "document/post.h"
#include "site/sitemodel.h"
#include "support/commandrunner.h"
#include "support/postgenerator.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

// The real Hugo is the oracle: it builds generated posts and prints .WordCount and .ReadingTime,
// and our Hugo preset must agree on every post.
class TestHugoOracle final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readingTimeEqualsHugos_data();
    void readingTimeEqualsHugos();
    void totals();

private:
    void write(const QString &relative, const QString &text);

    QTemporaryDir m_site;
    QHash<QString, QString> m_posts; // file name → text
    QHash<QString, QPair<int, int>> m_hugo; // file name → (words, minutes)
    MarkdownOptions m_options; // the site's: its shortcodes
    qint64 m_ourWords = 0;
    qint64 m_hugoWords = 0;
};

void TestHugoOracle::write(const QString &relative, const QString &text)
{
    const QString path = m_site.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

void TestHugoOracle::initTestCase()
{
    const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
    QVERIFY2(!hugo.isEmpty(), "the hugo package must be installed (scripts/install-deps.sh --with-tests)");
    // POSTWRIGHT_KEEP_TEST_FILES=1 keeps the generated site to compare by hand.
    m_site.setAutoRemove(!qEnvironmentVariableIsSet("POSTWRIGHT_KEEP_TEST_FILES"));
    qInfo("site: %s", qPrintable(m_site.path()));
    write(u"hugo.toml"_s,
        u"baseURL = 'https://example.invalid/'\ntitle = 'Oracle'\nhasCJKLanguage = true\nbuildFuture = true\n"
        u"disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n[params]\nauthor = 'Ada Lovelace'\n"_s);
    write(u"layouts/_default/single.html"_s, u"{{ .Content }}"_s);
    write(u"layouts/_default/list.html"_s, u""_s);
    // The site's own shortcodes show their inner text, one as Markdown ({{% %}}), one as HTML.
    write(u"layouts/shortcodes/notice.html"_s, u"{{ .Inner }}"_s);
    write(u"layouts/shortcodes/aside.html"_s, u"<aside>{{ .Inner | markdownify }}</aside>"_s);
    write(u"layouts/index.html"_s,
        u"{{ range .Site.RegularPages }}{{ .File.LogicalName }}\t{{ .WordCount }}\t{{ .ReadingTime }}\n{{ end }}"_s);

    PostGenerator generator(20261126);
    for (int i = 0; i < 60; ++i) {
        // Lengths from a few words to several minutes, every tenth post partly CJK.
        const int blocks = 1 + (i * 7) % 45;
        const QString name = u"post-%1.md"_s.arg(i, 2, 10, QLatin1Char('0'));
        m_posts.insert(name, generator.post(blocks, i % 10 == 3 || i % 10 == 7));
    }
    PostGenerator longer(7);
    m_posts.insert(u"post-long.md"_s, longer.longPost(4000));
    // Shortcodes: their syntax is no word, what the built-ins render counts as Hugo counts it.
    PostGenerator shortcodes(20261204);
    for (int i = 0; i < 30; ++i)
        m_posts.insert(u"shortcodes-%1.md"_s.arg(i, 2, 10, QLatin1Char('0')),
            shortcodes.shortcodePost(2 + (i * 5) % 30, u"post-00.md"_s));
    m_posts.insert(u"post-one-word.md"_s, u"---\ntitle: One\n---\nhello\n"_s);
    m_posts.insert(u"post-cjk-only.md"_s, u"---\ntitle: 中文\n---\n"_s + QString(u"这是一个测试。"_s).repeated(200));
    for (auto it = m_posts.cbegin(); it != m_posts.cend(); ++it)
        write(u"content/posts/"_s + it.key(), it.value());

    const CommandResult built = runCommand(hugo, {u"--quiet"_s, u"--source"_s, m_site.path()});
    QVERIFY2(built.ok(), qPrintable(built.err));
    QFile index(m_site.filePath(u"public/index.html"_s));
    QVERIFY(index.open(QIODevice::ReadOnly));
    for (const QString &line : QString::fromUtf8(index.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 3);
        m_hugo.insert(fields[0], {fields[1].toInt(), fields[2].toInt()});
    }
    QCOMPARE(m_hugo.size(), m_posts.size());
    m_options = SiteModel::read(m_site.path()).markdownOptions();
    QVERIFY(m_options.templates);
}

void TestHugoOracle::readingTimeEqualsHugos_data()
{
    QTest::addColumn<QString>("name");
    QStringList names = m_posts.keys();
    names.sort();
    for (const QString &name : names)
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestHugoOracle::readingTimeEqualsHugos()
{
    QFETCH(QString, name);
    const ReadingEstimate ours = Post::analyse(m_posts.value(name), m_options).readingTime(ReadingPreset::Hugo);
    const auto [hugoWords, hugoMinutes] = m_hugo.value(name);
    m_ourWords += ours.words;
    m_hugoWords += hugoWords;
    QCOMPARE(ours.minutes, hugoMinutes);
    const double tolerance = qMax(0.005 * hugoWords, 0.0);
    QVERIFY2(qAbs(ours.words - hugoWords) <= tolerance,
        qPrintable(u"ours %1 words, Hugo %2"_s.arg(ours.words).arg(hugoWords)));
}

void TestHugoOracle::totals()
{
    qInfo("%d posts, %lld words by Hugo, %lld by Postwright", int(m_posts.size()), m_hugoWords, m_ourWords);
    QVERIFY(m_hugoWords > 20000);
}

QTEST_GUILESS_MAIN(TestHugoOracle)
#include "tst_hugooracle.moc"

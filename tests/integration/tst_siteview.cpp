// The site view against Debian's real hugo and jekyll: generated sites with a small theme each,
// opened in the writing window as a writer opens them. The view must show the post's page as the
// generator builds it, follow a save at the same scroll place, load nothing remote, leave the
// repository as it was (checked with the git CLI), and say plainly when the generator is missing
// or the site does not build.
#include "appactions.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "preview/sitepreview.h"
#include "preview/siteview.h"
#include "site/siteserver.h"
#include "support/commandrunner.h"
#include "support/files.h"
#include "support/windowopener.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;
using Id = App::AppActions::Id;
using State = Core::SiteServer::State;

namespace {

void writeFile(const QString &path, const QString &text)
{
    writeBytesMakingFolders(path, text.toUtf8());
}

QVariant evaluate(App::SiteView *view, const QString &script)
{
    QVariant result;
    bool done = false;
    view->webView()->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the site view did not answer");
    return result;
}

// Paragraphs enough to scroll.
QString longBody(const QString &marker)
{
    QString body;
    for (int i = 0; i < 60; ++i)
        body += u"Paragraph %1 of the post, with words enough to wrap on a narrow page. %2\n\n"_s.arg(i).arg(marker);
    return body;
}

// A loopback server that counts the requests it is sent: none may come from the site view.
class RequestCounter {
public:
    RequestCounter()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_requests;
                socket->close();
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    int m_requests = 0;
};

} // namespace

class TestSiteView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsThePostAndFollowsASave_data();
    void showsThePostAndFollowsASave();
    void aMissingGeneratorIsSaidPlainly();
    void aSiteThatDoesNotBuildShowsHugosError();
    void jekyllsErrorIsShownWithoutItsBacktrace();
    void commandsKeepTheBuildOutOfTheRepository();

private:
    // Opens the post, switches to the site view and waits for its page.
    bool showSite(App::MainWindow &window, const QString &blog, const QString &post);
    void checkShowsAndFollows(const QString &blog, const QString &post, const QString &title,
        const RequestCounter &tracker, const QString &pagePath);
    QString makeHugoSite(const QString &folder, int trackerPort);
    QString makeJekyllSite(const QString &folder, int trackerPort);
    void commitAll(const QString &folder);

    QTemporaryDir m_work;
};

void TestSiteView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_work.isValid());
    if (QStandardPaths::findExecutable(u"hugo"_s).isEmpty() || QStandardPaths::findExecutable(u"jekyll"_s).isEmpty())
        QFAIL("hugo and jekyll must be installed (scripts/install-deps.sh installs them)");
}

void TestSiteView::commitAll(const QString &folder)
{
    for (const QStringList &arguments : {QStringList{u"init"_s, u"-q"_s}, {u"add"_s, u"-A"_s},
             {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.org"_s, u"commit"_s, u"-qm"_s, u"site"_s}})
        QVERIFY(git(folder, arguments).ok());
}

QString TestSiteView::makeHugoSite(const QString &folder, int trackerPort)
{
    // A small theme of its own: a menu from the configuration, a stylesheet, a single page.
    writeFile(folder + u"/hugo.toml"_s,
        u"baseURL = 'https://blog.example.org/'\ntitle = 'Tiny Hugo'\ntheme = 'tiny'\n"
        "[permalinks]\n  posts = '/:year/:month/:slug/'\n"
        "[[menus.main]]\n  name = 'Archive'\n  url = '/posts/'\n"_s);
    const QString theme = folder + u"/themes/tiny"_s;
    writeFile(theme + u"/layouts/_default/baseof.html"_s,
        u"<!DOCTYPE html><html><head><title>{{ .Title }} · {{ site.Title }}</title>"
        "{{ with resources.Get \"css/tiny.css\" | minify | fingerprint }}"
        "<link rel=\"stylesheet\" href=\"{{ .RelPermalink }}\">{{ end }}"
        "<link rel=\"stylesheet\" href=\"https://fonts.example.invalid/font.css\"></head><body>"
        "<nav class=\"menu\">{{ range site.Menus.main }}<a href=\"{{ .URL }}\">{{ .Name }}</a>{{ end }}</nav>"
        "<img class=\"tracker\" src=\"http://127.0.0.1:%1/pixel.png\">"
        "{{ block \"main\" . }}{{ end }}</body></html>\n"_s.arg(trackerPort));
    writeFile(theme + u"/layouts/_default/single.html"_s,
        u"{{ define \"main\" }}<article><h1 class=\"post-title\">{{ .Title }}</h1>"
        "<p class=\"reading\">{{ .ReadingTime }} min read</p>{{ .Content }}</article>{{ end }}\n"_s);
    writeFile(theme + u"/layouts/_default/list.html"_s,
        u"{{ define \"main\" }}{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}{{ end }}\n"_s);
    // Through Hugo Pipes, which keeps what it makes in the site's resources/ unless told otherwise.
    writeFile(
        theme + u"/assets/css/tiny.css"_s, u"body { font-family: serif; } nav.menu { background: rgb(1, 2, 3); }\n"_s);
    const QString post = folder + u"/content/posts/field-notes.md"_s;
    writeFile(post,
        u"---\ntitle: Field Notes\ndate: 2026-03-04\nslug: field-notes\ndraft: true\n---\n"_s + longBody(u"first"_s));
    commitAll(folder);
    return post;
}

QString TestSiteView::makeJekyllSite(const QString &folder, int trackerPort)
{
    writeFile(folder + u"/_config.yml"_s,
        u"title: Tiny Jekyll\nurl: https://blog.example.org\nbaseurl: /blog\npermalink: pretty\n"_s);
    writeFile(folder + u"/_layouts/default.html"_s,
        u"<!DOCTYPE html><html><head><title>{{ page.title }} · {{ site.title }}</title>"
        "<link rel=\"stylesheet\" href=\"{{ '/assets/tiny.css' | relative_url }}\"></head><body>"
        "<nav class=\"menu\"><a href=\"/\">Home</a></nav>"
        "<img class=\"tracker\" src=\"http://127.0.0.1:%1/pixel.png\">{{ content }}</body></html>\n"_s.arg(
            trackerPort));
    writeFile(folder + u"/_layouts/post.html"_s,
        u"---\nlayout: default\n---\n<article><h1 class=\"post-title\">{{ page.title }}</h1>{{ content }}</article>\n"_s);
    writeFile(folder + u"/assets/tiny.css"_s, u"nav.menu { background: rgb(1, 2, 3); }\n"_s);
    writeFile(folder + u"/index.html"_s,
        u"---\nlayout: default\n---\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n"_s);
    const QString post = folder + u"/_posts/2026-03-04-field-notes.md"_s;
    writeFile(post, u"---\nlayout: post\ntitle: Field Notes\n---\n"_s + longBody(u"first"_s));
    commitAll(folder);
    return post;
}

bool TestSiteView::showSite(App::MainWindow &window, const QString &blog, const QString &post)
{
    if (!openAndWaitForPreview(window, {blog, post}))
        return false;
    QSignalSpy shown(window.siteView(), &App::SiteView::pageShown);
    window.actions()->action(Id::SiteView)->trigger();
    return shown.wait(60000);
}

void TestSiteView::checkShowsAndFollows(const QString &blog, const QString &post, const QString &title,
    const RequestCounter &tracker, const QString &pagePath)
{
    auto owned = std::make_unique<App::MainWindow>();
    App::MainWindow &window = *owned;
    window.resize(1200, 800);
    QVERIFY(showSite(window, blog, post));
    App::SiteView *view = window.siteView();
    // One mode at a time, the switch above the preview and the View menu as one.
    QVERIFY(view->isVisible());
    QVERIFY(!window.preview()->isVisible());
    QVERIFY(!window.actions()->action(Id::QuickPreview)->isChecked());
    QVERIFY(view->isShowingPage());
    // The theme's page: its title, menu and stylesheet, the post's body.
    QCOMPARE(evaluate(view, u"document.querySelector('h1.post-title').textContent"_s).toString(), title);
    QVERIFY(evaluate(view, u"document.title"_s).toString().startsWith(title + u" · Tiny"_s));
    QCOMPARE(evaluate(view, u"getComputedStyle(document.querySelector('nav.menu')).backgroundColor"_s).toString(),
        u"rgb(1, 2, 3)"_s);
    QVERIFY(evaluate(view, u"document.body.innerText"_s).toString().contains(u"Paragraph 59 of the post"_s));
    QVERIFY(view->pageUrl().host() == u"127.0.0.1");
    QCOMPARE(view->pageUrl().path(), pagePath);

    // Scrolled down, an edit saved: the page shows it at the same place.
    evaluate(view, u"window.scrollTo(0, 600)"_s);
    QTRY_COMPARE(evaluate(view, u"Math.round(window.scrollY)"_s).toInt(), 600);
    App::MarkdownEditor *editor = window.editor();
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"\nA sentence added in Postwright.\n"_s);
    QSignalSpy shown(view, &App::SiteView::pageShown);
    QVERIFY(window.save());
    QVERIFY(shown.wait(20000));
    QVERIFY(evaluate(view, u"document.body.innerText"_s).toString().contains(u"A sentence added in Postwright."_s));
    QCOMPARE(evaluate(view, u"Math.round(window.scrollY)"_s).toInt(), 600);

    // Nothing remote, nothing from another loopback port.
    QTest::qWait(200);
    QCOMPARE(tracker.requests(), 0);
    QVERIFY2(view->blockedAddresses().contains(u"http://127.0.0.1:%1/pixel.png"_s.arg(tracker.port())),
        qPrintable(view->blockedAddresses().join(u' ')));

    // Built outside the repository: the git CLI sees only the post's own change.
    const CommandResult status = git(blog, {u"status"_s, u"--porcelain"_s, u"--ignored"_s});
    QVERIFY(status.ok());
    QCOMPARE(status.out.trimmed(), u"M "_s + QDir(blog).relativeFilePath(post));

    // A page may not take the view elsewhere; the site's own links stay in it.
    const QUrl postPage = view->webView()->url();
    evaluate(view, u"window.location.href = 'https://example.invalid/away'"_s);
    QTest::qWait(500);
    QCOMPARE(view->webView()->url(), postPage);
    evaluate(view, u"document.querySelector('nav.menu a').click()"_s);
    QTRY_VERIFY(view->webView()->url().path() != postPage.path());
    QCOMPARE(view->webView()->url().host(), u"127.0.0.1"_s);
    QCOMPARE(view->webView()->url().port(), postPage.port());
    // The next save brings the post's page back.
    cursor.insertText(u"One more line.\n"_s);
    QVERIFY(window.save());
    QTRY_COMPARE_WITH_TIMEOUT(view->webView()->url(), postPage, 20000);

    // Back to the quick preview: the generator keeps running for the next look.
    window.actions()->action(Id::QuickPreview)->trigger();
    QVERIFY(window.preview()->isVisible());
    QVERIFY(!view->isVisible());
    QCOMPARE(window.sitePreview()->server()->state(), State::Ready);

    // The generator stops with the window.
    const qint64 pid = window.sitePreview()->server()->processId();
    QVERIFY(pid > 0);
    owned.reset();
    QVERIFY(::kill(pid_t(pid), 0) != 0);
}

void TestSiteView::showsThePostAndFollowsASave_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QStringList>("neverWritten");
    QTest::addColumn<QString>("pagePath");
    QTest::newRow("hugo") << u"hugo"_s << QStringList{u"public"_s, u"resources"_s, u".hugo_build.lock"_s}
                          << u"/2026/03/field-notes/"_s;
    // Served under its baseurl, as its own templates expect.
    QTest::newRow("jekyll") << u"jekyll"_s << QStringList{u"_site"_s, u".jekyll-cache"_s, u".jekyll-metadata"_s}
                            << u"/blog/2026/03/04/field-notes/"_s;
}

void TestSiteView::showsThePostAndFollowsASave()
{
    QFETCH(QString, generator);
    QFETCH(QStringList, neverWritten);
    QFETCH(QString, pagePath);
    RequestCounter tracker;
    const QString blog = m_work.filePath(generator);
    const QString post =
        generator == u"hugo" ? makeHugoSite(blog, tracker.port()) : makeJekyllSite(blog, tracker.port());
    checkShowsAndFollows(blog, post, u"Field Notes"_s, tracker, pagePath);
    for (const QString &written : neverWritten)
        QVERIFY2(!QFileInfo::exists(blog + u'/' + written), qPrintable(written));
}

void TestSiteView::aMissingGeneratorIsSaidPlainly()
{
    RequestCounter tracker;
    const QString blog = m_work.filePath(u"hugo-missing"_s);
    const QString post = makeHugoSite(blog, tracker.port());
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {blog, post}));
    window.actions()->action(Id::SiteView)->trigger();
    qputenv("PATH", path);
    App::SiteView *view = window.siteView();
    QCOMPARE(window.sitePreview()->server()->state(), State::Missing);
    QVERIFY(!view->isShowingPage());
    QCOMPARE(view->statusTitle(), u"The site view needs Hugo"_s);
    QVERIFY2(view->statusDetails().contains(u"Hugo is not installed"_s), qPrintable(view->statusDetails()));
    QVERIFY(view->statusDetails().contains(u"sudo apt install hugo"_s));
    // Installed after all (PATH back): Try Again shows the page.
    QSignalSpy shown(view, &App::SiteView::pageShown);
    view->findChild<QPushButton *>(u"siteViewRetry"_s)->click();
    QVERIFY(shown.wait(60000));
    QVERIFY(view->isShowingPage());
}

void TestSiteView::aSiteThatDoesNotBuildShowsHugosError()
{
    RequestCounter tracker;
    const QString blog = m_work.filePath(u"hugo-broken"_s);
    const QString post = makeHugoSite(blog, tracker.port());
    writeFile(blog + u"/themes/tiny/layouts/_default/single.html"_s, u"{{ define \"main\" }}{{ .Title \n"_s);
    // A theme made for a later Hugo than Debian's: the message says so first.
    writeFile(blog + u"/themes/tiny/theme.toml"_s, u"name = 'Tiny'\nmin_version = '0.999.0'\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {blog, post}));
    window.actions()->action(Id::SiteView)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.sitePreview()->server()->state(), State::Failed, 60000);
    App::SiteView *view = window.siteView();
    QCOMPARE(view->statusTitle(), u"The site view stopped"_s);
    QVERIFY2(view->statusDetails().contains(u"Hugo could not build this site"_s), qPrintable(view->statusDetails()));
    QVERIFY2(view->statusDetails().contains(u"single.html"_s), qPrintable(view->statusDetails()));
    QVERIFY2(
        view->statusDetails().startsWith(u"The theme “tiny” needs Hugo 0.999.0 or newer; this computer has Hugo "_s),
        qPrintable(view->statusDetails()));
    // The quick preview still shows the post.
    QVERIFY(!window.editor()->toPlainText().isEmpty());
}

void TestSiteView::jekyllsErrorIsShownWithoutItsBacktrace()
{
    RequestCounter tracker;
    const QString blog = m_work.filePath(u"jekyll-broken"_s);
    const QString post = makeJekyllSite(blog, tracker.port());
    // Jekyll 3's relative permalinks, which Jekyll 4 refuses (as Poole's Hyde theme still has).
    writeFile(blog + u"/_config.yml"_s, u"title: Tiny Jekyll\npermalink: pretty\nrelative_permalinks: true\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {blog, post}));
    window.actions()->action(Id::SiteView)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.sitePreview()->server()->state(), State::Failed, 60000);
    const QString details = window.siteView()->statusDetails();
    QVERIFY2(details.startsWith(u"Jekyll could not build this site (exit code 1):"_s), qPrintable(details));
    QVERIFY2(details.contains(u"permalinks for pages in subfolders must be relative"_s), qPrintable(details));
    QVERIFY2(!details.contains(u".rb:"_s) && !details.contains(u"--trace"_s), qPrintable(details));
}

void TestSiteView::commandsKeepTheBuildOutOfTheRepository()
{
    Core::SiteModel hugo;
    hugo.generator = Core::Generator::Hugo;
    hugo.root = u"/blog"_s;
    const auto command = Core::SiteServer::commandFor(hugo, 4321, u"/cache/x"_s);
    QVERIFY(command);
    for (const QString &flag : {u"--noBuildLock"_s, u"--buildDrafts"_s, u"--buildFuture"_s, u"--disableLiveReload"_s})
        QVERIFY2(command->arguments.contains(flag), qPrintable(flag));
    QCOMPARE(command->arguments.at(command->arguments.indexOf(u"--baseURL"_s) + 1), u"http://127.0.0.1:4321/"_s);
    QCOMPARE(command->arguments.at(command->arguments.indexOf(u"--bind"_s) + 1), u"127.0.0.1"_s);
    QVERIFY(command->arguments.at(command->arguments.indexOf(u"--destination"_s) + 1).startsWith(u"/cache/x/"_s));
    QVERIFY(command->environment.value(u"HUGO_RESOURCEDIR"_s).startsWith(u"/cache/x/"_s));
    Core::SiteModel jekyll = hugo;
    jekyll.generator = Core::Generator::Jekyll;
    const auto jekyllCommand = Core::SiteServer::commandFor(jekyll, 4321, u"/cache/x"_s);
    QVERIFY(jekyllCommand);
    QVERIFY(jekyllCommand->arguments.contains(u"--disable-disk-cache"_s));
    QVERIFY(!jekyllCommand->arguments.contains(u"--incremental"_s));
    QVERIFY(jekyllCommand->arguments.at(jekyllCommand->arguments.indexOf(u"--destination"_s) + 1)
                .startsWith(u"/cache/x/"_s));
    Core::SiteModel unknown;
    QVERIFY(!Core::SiteServer::commandFor(unknown, 4321, u"/cache/x"_s));
}

QTEST_MAIN(TestSiteView)
#include "tst_siteview.moc"

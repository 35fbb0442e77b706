#include "document/post.h"
#include "preview/previewview.h"
#include "support/previewprobe.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

// Script-injection vectors in a post, rendered as for a site that allows raw HTML (the worst
// case), shown in the real preview. A loopback HTTP server counts every request a payload makes:
// it must stay at zero, and no script may run.
class TestPreviewSecurity final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noVectorRunsOrLoadsAnything();
    void theCounterSeesRequestsWhenRemoteImagesAreAllowed();
    void localFilesOutsideTheBlogCannotBeRead();

private:
    QStringList vectors(const QString &url) const;

    QTcpServer m_server;
    QStringList m_requests;
};

void TestPreviewSecurity::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_requests.append(QString::fromLatin1(socket->readAll().split('\n').value(0)));
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
}

QStringList TestPreviewSecurity::vectors(const QString &url) const
{
    auto at = [&](int n) { return url + u"/v"_s + QString::number(n); };
    auto fetch = [&](int n) { return u"fetch('"_s + at(n) + u"');window.pwned="_s + QString::number(n); };
    return {
        u"<script src=\"%1\"></script>"_s.arg(at(1)),
        u"<script>%1</script>"_s.arg(fetch(2)),
        u"<img src=\"x\" onerror=\"%1\">"_s.arg(fetch(3)),
        u"<img src=\"%1\">"_s.arg(at(4)),
        u"<svg onload=\"%1\"></svg>"_s.arg(fetch(5)),
        u"<svg><script>%1</script></svg>"_s.arg(fetch(6)),
        u"<iframe src=\"%1\"></iframe>"_s.arg(at(7)),
        u"<iframe srcdoc=\"<script>%1</script>\"></iframe>"_s.arg(fetch(8)),
        u"<object data=\"%1\"></object>"_s.arg(at(9)),
        u"<embed src=\"%1\">"_s.arg(at(10)),
        u"<link rel=\"stylesheet\" href=\"%1\">"_s.arg(at(11)),
        u"<style>@import '%1';</style>"_s.arg(at(12)),
        u"<div style=\"background:url(%1)\">bg</div>"_s.arg(at(13)),
        u"<meta http-equiv=\"refresh\" content=\"0;url=%1\">"_s.arg(at(14)),
        u"<a id=\"js\" href=\"javascript:%1\">js</a>"_s.arg(fetch(15)),
        u"<a id=\"data\" href=\"data:text/html,&lt;script&gt;%1&lt;/script&gt;\">data</a>"_s.arg(fetch(16)),
        u"<form action=\"%1\"><button id=\"submit\">go</button></form>"_s.arg(at(17)),
        u"<body onload=\"%1\">"_s.arg(fetch(18)),
        u"<details open ontoggle=\"%1\"><summary>s</summary></details>"_s.arg(fetch(19)),
        u"<video src=\"%1\"></video>"_s.arg(at(20)),
        u"<audio src=\"%1\" autoplay></audio>"_s.arg(at(21)),
        u"<video><source src=\"%1\"></video>"_s.arg(at(22)),
        u"<input autofocus onfocus=\"%1\">"_s.arg(fetch(23)),
        u"<marquee onstart=\"%1\">m</marquee>"_s.arg(fetch(24)),
        u"<ScRiPt>%1</sCrIpT>"_s.arg(fetch(25)),
        u"<img src=x oNeRrOr=\"%1\">"_s.arg(fetch(26)),
        u"<a id=\"entity\" href=\"&#106;avascript:%1\">entity</a>"_s.arg(fetch(27)),
        u"<math><mtext><img src=x onerror=\"%1\"></mtext></math>"_s.arg(fetch(28)),
        u"<img srcset=\"%1 1x\">"_s.arg(at(29)),
        u"<picture><source srcset=\"%1\"><img alt=\"p\"></picture>"_s.arg(at(30)),
        u"<svg><image href=\"%1\"/></svg>"_s.arg(at(31)),
        u"<svg><use href=\"%1#x\"/></svg>"_s.arg(at(32)),
        u"<link rel=\"prefetch\" href=\"%1\">"_s.arg(at(33)),
        u"<link rel=\"preload\" href=\"%1\" as=\"script\">"_s.arg(at(34)),
        u"![markdown image](%1)"_s.arg(at(35)),
        u"[markdown link](javascript:%1)"_s.arg(fetch(36)),
        u"<table background=\"%1\"><tr><td>t</td></tr></table>"_s.arg(at(37)),
        u"<input type=\"image\" src=\"%1\">"_s.arg(at(38)),
        u"<object data=\"data:text/html,&lt;script&gt;%1&lt;/script&gt;\"></object>"_s.arg(fetch(39)),
        u"<ul style=\"list-style:url(%1)\"><li>l</li></ul>"_s.arg(at(40)),
        u"<base href=\"%1/\"><img src=\"relative.png\">"_s.arg(at(41)),
        u"<div onmouseover=\"%1\" id=\"hover\">hover</div>"_s.arg(fetch(42)),
    };
}

void TestPreviewSecurity::noVectorRunsOrLoadsAnything()
{
    const QString url = u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
    const QStringList hostile = vectors(url);
    QVERIFY(hostile.size() >= 40);
    QString markdown;
    for (const QString &vector : hostile)
        markdown += vector + u"\n\n"_s;
    const Core::Post post = Core::Post::analyse(markdown, {true, {}});

    QTemporaryDir folder;
    App::PreviewView preview;
    preview.resize(900, 700);
    preview.show();
    QSignalSpy shown(&preview, &App::PreviewView::blocksShown);
    preview.openPage(folder.path(), QString());
    preview.showBlocks(post.blocks());
    QVERIFY(shown.wait(20000));
    QCOMPARE(evaluateInPreview(&preview, u"document.querySelectorAll('.pw-block').length"_s).toInt(),
        int(post.blocks().size()));
    // Interact the way a reader would: click the links and the button, hover, wait.
    evaluateInPreview(&preview,
        u"for (const id of ['js', 'data', 'entity', 'submit']) { const e = document.getElementById(id); "
        u"if (e) e.click(); } document.querySelectorAll('a').forEach(a => a.click());"
        u"const h = document.getElementById('hover'); h && h.dispatchEvent(new MouseEvent('mouseover'));"_s);
    QTest::qWait(1500);
    QCOMPARE(evaluateInPreview(&preview, u"String(window.pwned)"_s).toString(), u"undefined"_s);
    QCOMPARE(evaluateInPreview(&preview, u"location.protocol"_s).toString(), u"file:"_s); // never navigated
    QVERIFY2(m_requests.isEmpty(), qPrintable(m_requests.join(u" | "_s)));
    qInfo("%d vectors shown, %d requests made", int(hostile.size()), int(m_requests.size()));
}

void TestPreviewSecurity::theCounterSeesRequestsWhenRemoteImagesAreAllowed()
{
    // The same page with remote images allowed for the blog: the image vectors now load, which
    // shows the counter above would have seen them; scripts still do not run.
    m_requests.clear();
    const QString url = u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
    QString markdown;
    for (const QString &vector : vectors(url))
        markdown += vector + u"\n\n"_s;
    QTemporaryDir folder;
    App::PreviewView preview;
    preview.resize(900, 700);
    preview.show();
    QSignalSpy shown(&preview, &App::PreviewView::blocksShown);
    preview.openPage(folder.path(), QString(), QString(), true);
    preview.showBlocks(Core::Post::analyse(markdown, {true, {}}).blocks());
    QVERIFY(shown.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_requests.join(u' ').contains(u"/v4 "_s), 5000);
    QCOMPARE(evaluateInPreview(&preview, u"String(window.pwned)"_s).toString(), u"undefined"_s);
    for (const QString &request : std::as_const(m_requests)) {
        // Only images may load: never a script, frame, stylesheet or form target.
        for (const int scriptLike : {1, 2, 7, 9, 10, 11, 12, 14, 17, 33, 34})
            QVERIFY2(!request.contains(u"/v%1 "_s.arg(scriptLike)), qPrintable(request));
    }
}

void TestPreviewSecurity::localFilesOutsideTheBlogCannotBeRead()
{
    // A real image outside the blog, and one beside the post: only the second may show.
    QTemporaryDir outside;
    QTemporaryDir blog;
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString secret = outside.filePath(u"secret.png"_s);
    QVERIFY(image.save(secret));
    const QString postFolder = blog.filePath(u"content/posts/bundle"_s);
    QVERIFY(QDir().mkpath(postFolder));
    QVERIFY(image.save(postFolder + u"/inside.png"_s));
    const QString relative = QDir(postFolder).relativeFilePath(secret);
    QVERIFY(relative.startsWith(u"../"_s));
    const QString markdown =
        u"![in](inside.png)\n\n![up](%1)\n\n![file](%2)\n\n<img src=\"%3\">\n\n"
        u"<link rel=\"stylesheet\" href=\"%2\">\n"_s.arg(relative, QUrl::fromLocalFile(secret).toString(), secret);
    const Core::Post post = Core::Post::analyse(markdown, {true, {}});

    App::PreviewView preview;
    preview.resize(900, 700);
    preview.show();
    QSignalSpy shown(&preview, &App::PreviewView::blocksShown);
    preview.setBlogRoot(blog.path());
    preview.openPage(postFolder, QString());
    // A post's lead image (Astro's heroImage) is held to the same rule.
    preview.showHeader(u"Title"_s, QString(), relative);
    preview.showBlocks(post.blocks());
    QVERIFY(shown.wait(20000));
    const QString widths = u"Array.from(document.images).map(i => i.complete + ':' + i.naturalWidth).join(' ')"_s;
    QTRY_VERIFY_WITH_TIMEOUT(!evaluateInPreview(&preview, widths).toString().contains(u"false"_s), 10000);
    QCOMPARE(evaluateInPreview(&preview, widths).toString(), u"true:0 true:8 true:0 true:0 true:0"_s);
    QCOMPARE(
        evaluateInPreview(&preview, u"document.getElementById('postwright-hero').getAttribute('src')"_s).toString(),
        relative);
    const QStringList blocked = preview.blockedLocalFiles();
    QVERIFY2(blocked.contains(secret), qPrintable(blocked.join(u" | "_s)));
    QVERIFY(!blocked.contains(postFolder + u"/inside.png"_s));
    qInfo("blocked: %s", qPrintable(blocked.join(u" | "_s)));
}

QTEST_MAIN(TestPreviewSecurity)
#include "tst_previewsecurity.moc"

// The check of a post's web links against a small HTTP server on loopback started by the test:
// what answers, what is gone, what moved, what refuses HEAD, what never answers, and the limit.
#include "document/frontmatter.h"
#include "site/externallinkcheck.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

// Answers by path: /ok 200, /gone 404, /moved 301 to /ok, /get-only 405 to HEAD and 200 to GET,
// /silent never. Counts the requests.
class LinkServer {
public:
    LinkServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QList<QByteArray> request = socket->readAll().split('\n').value(0).split(' ');
                    ++m_requests;
                    const QByteArray method = request.value(0);
                    const QByteArray path = request.value(1);
                    QByteArray status = "200 OK";
                    QByteArray extra;
                    if (path == "/silent")
                        return;
                    if (path == "/gone")
                        status = "404 Not Found";
                    else if (path == "/moved") {
                        status = "301 Moved Permanently";
                        extra = "Location: /ok\r\n";
                    } else if (path == "/get-only" && method == "HEAD")
                        status = "405 Method Not Allowed";
                    socket->write(
                        "HTTP/1.1 " + status + "\r\n" + extra + "Content-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString address(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    int m_requests = 0;
};

} // namespace

class TestExternalLinkCheck : public QObject {
    Q_OBJECT

private slots:
    void eachLinkIsAskedAndProblemsAreWarnings();
    void onlyTheLimitIsAsked();
};

void TestExternalLinkCheck::eachLinkIsAskedAndProblemsAreWarnings()
{
    LinkServer server;
    const QString text = u"---\ntitle: Links\n---\n[ok](%1) and [gone](%2)\n\n[moved](%3)\n\n[get](%4) [silent](%5)\n\n"
                         "[again](%2) [local](/posts/x/) [mail](mailto:a@example.org)\n"_s.arg(server.address(u"/ok"_s),
                             server.address(u"/gone"_s), server.address(u"/moved"_s), server.address(u"/get-only"_s),
                             server.address(u"/silent"_s));
    const QList<LinkDestinations::Place> links = ExternalLinkCheck::linksOf(text, {});
    QCOMPARE(links.size(), 6);
    ExternalLinkCheck check;
    ExternalLinkCheck::Limits limits;
    limits.timeoutMs = 1500;
    const QList<PostFinding> findings = check.run(links, limits);
    QStringList lines;
    for (const PostFinding &finding : findings) {
        QCOMPARE(finding.severity, PostFinding::Severity::Warning);
        lines.append(u"%1 %2"_s.arg(finding.line).arg(finding.message));
    }
    QCOMPARE(lines,
        QStringList({u"4 The link %1 answers 404 Not Found."_s.arg(server.address(u"/gone"_s)),
            u"8 The link %1 did not answer within 1.5 s."_s.arg(server.address(u"/silent"_s)),
            u"10 The link %1 answers 404 Not Found."_s.arg(server.address(u"/gone"_s))}));
    // One request an address (the repeated one asked once), the moved one followed, HEAD then GET.
    QCOMPARE(server.requests(), 7);
}

void TestExternalLinkCheck::onlyTheLimitIsAsked()
{
    LinkServer server;
    QString text = u"---\ntitle: Many\n---\n"_s;
    for (int i = 0; i < 5; ++i)
        text += u"[%1](%2?n=%1)\n\n"_s.arg(i).arg(server.address(u"/ok"_s));
    ExternalLinkCheck check;
    ExternalLinkCheck::Limits limits;
    limits.requests = 3;
    const QList<PostFinding> findings = check.run(ExternalLinkCheck::linksOf(text, {}), limits);
    QCOMPARE(findings.size(), 1);
    // "link(s)" until the English plural forms are loaded, as the app and the command line do.
    QVERIFY2(findings[0].message.startsWith(u"2 more link"_s)
            && findings[0].message.endsWith(u" not checked: at most 3 are checked at a time."_s),
        qPrintable(findings[0].message));
    QCOMPARE(findings[0].line, 0);
    QCOMPARE(server.requests(), 3);
}

QTEST_MAIN(TestExternalLinkCheck)
#include "tst_externallinkcheck.moc"

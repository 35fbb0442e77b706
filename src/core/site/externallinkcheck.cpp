#include "site/externallinkcheck.h"

#include "document/frontmatter.h"
#include "markdown/markdowndocument.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

ExternalLinkCheck::ExternalLinkCheck(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    connect(m_network, &QNetworkAccessManager::finished, this, &ExternalLinkCheck::answered);
}

ExternalLinkCheck::~ExternalLinkCheck()
{
    for (QNetworkReply *reply : m_replies.keys())
        reply->abort();
}

QList<LinkDestinations::Place> ExternalLinkCheck::linksOf(const QString &text, const FieldNaming &naming)
{
    const FrontMatter frontMatter = FrontMatter::parse(text, naming);
    const QByteArray body = QStringView(text).sliced(frontMatter.hasError() ? 0 : frontMatter.bodyStart()).toUtf8();
    const MarkdownDocument document(body, frontMatter.hasError() ? 1 : frontMatter.bodyStartLine() + 1, {});
    return LinkDestinations::externalPlaces(document);
}

void ExternalLinkCheck::start(const QList<LinkDestinations::Place> &links, const Limits &limits)
{
    m_limits = limits;
    m_queue.clear();
    m_lines.clear();
    m_findings.clear();
    for (const LinkDestinations::Place &link : links) {
        if (!m_lines.contains(link.destination))
            m_queue.append(link.destination);
        m_lines[link.destination].append(link.line);
    }
    if (m_queue.size() > limits.requests) {
        const int left = int(m_queue.size()) - limits.requests;
        m_findings.append({PostFinding::Severity::Warning, 0,
            tr("%n more link(s) were not checked: at most %1 are checked at a time.", nullptr, left)
                .arg(limits.requests)});
        m_queue = m_queue.mid(0, limits.requests);
    }
    m_total = int(m_queue.size());
    m_done = 0;
    if (m_queue.isEmpty()) {
        emit finished(m_findings);
        return;
    }
    for (int i = 0; i < limits.parallel; ++i)
        sendNext();
}

QList<PostFinding> ExternalLinkCheck::run(const QList<LinkDestinations::Place> &links, const Limits &limits)
{
    QList<PostFinding> result;
    QEventLoop loop;
    const QMetaObject::Connection connection =
        connect(this, &ExternalLinkCheck::finished, &loop, [&](const QList<PostFinding> &findings) {
            result = findings;
            loop.quit();
        });
    start(links, limits);
    if (isRunning())
        loop.exec();
    disconnect(connection);
    return result;
}

void ExternalLinkCheck::sendNext()
{
    if (!m_queue.isEmpty())
        send(m_queue.takeFirst(), false);
}

void ExternalLinkCheck::send(const QString &address, bool asGet)
{
    QNetworkRequest request{QUrl(address)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_limits.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Postwright link check"_s);
    QNetworkReply *reply = asGet ? m_network->get(request) : m_network->head(request);
    m_replies.insert(reply, address);
}

void ExternalLinkCheck::answered(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString address = m_replies.take(reply);
    if (address.isEmpty())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool head = reply->operation() == QNetworkAccessManager::HeadOperation;
    if (head && (status == 405 || status == 501 || status == 403)) {
        send(address, true); // a server that answers only GET
        return;
    }
    QString problem;
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        problem = tr("The link %1 did not answer within %2 s.").arg(address).arg(m_limits.timeoutMs / 1000.0);
    else if (status >= 400)
        problem = tr("The link %1 answers %2 %3.")
                      .arg(address)
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    else if (status == 0 && reply->error() != QNetworkReply::NoError)
        problem = tr("The link %1 could not be reached: %2.").arg(address, reply->errorString());
    if (!problem.isEmpty()) {
        for (const int line : m_lines.value(address))
            m_findings.append({PostFinding::Severity::Warning, line, problem});
    }
    emit progressed(++m_done, m_total);
    sendNext();
    if (!isRunning()) {
        std::stable_sort(m_findings.begin(), m_findings.end(),
            [](const PostFinding &a, const PostFinding &b) { return a.line < b.line; });
        emit finished(m_findings);
    }
}

} // namespace Postwright::Core

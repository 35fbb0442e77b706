#pragma once

#include "markdown/linkdestinations.h"
#include "site/postcheck.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace Postwright::Core {

struct FieldNaming;

// The check of a post's http and https links, only when the writer asks: a HEAD request each (a
// GET where a server refuses HEAD), redirects followed, a few at a time, each with a time limit,
// and no more than a set number of addresses. What fails becomes a warning at the link's line.
class ExternalLinkCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalLinkCheck)

public:
    struct Limits {
        int requests = 40; // addresses checked at most; the rest are counted
        int parallel = 4;
        int timeoutMs = 8000; // per request
    };

    explicit ExternalLinkCheck(QObject *parent = nullptr);
    ~ExternalLinkCheck() override;

    // The post's http and https links, where they are written.
    static QList<LinkDestinations::Place> linksOf(const QString &text, const FieldNaming &naming);
    // Starts checking; finished() follows, on this thread.
    void start(const QList<LinkDestinations::Place> &links, const Limits &limits);
    bool isRunning() const { return !m_replies.isEmpty() || !m_queue.isEmpty(); }
    // Checks and waits (the command line).
    QList<PostFinding> run(const QList<LinkDestinations::Place> &links, const Limits &limits);

signals:
    void progressed(int done, int total);
    void finished(const QList<PostFinding> &findings);

private:
    void sendNext();
    void send(const QString &address, bool asGet);
    void answered(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    Limits m_limits;
    QStringList m_queue; // addresses not sent yet
    QHash<QString, QList<int>> m_lines; // address → the lines that link to it
    QHash<QNetworkReply *, QString> m_replies;
    QList<PostFinding> m_findings;
    int m_total = 0;
    int m_done = 0;
};

} // namespace Postwright::Core

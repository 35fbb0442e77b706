#pragma once

#include "git/credentialprovider.h"
#include "git/knownhosts.h"
#include "git/transferprogress.h"

#include "git/gitptr.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Postwright::Core {

// Everything libgit2 asks while talking to a remote, answered in one place: credentials (a
// bounded number of tries), SSH host keys checked against known_hosts, progress with cancel,
// the server's messages and its verdict on each pushed reference. libgit2 calls the static
// trampolines below on the pushing thread.
class RemoteSession final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::RemoteSession)

public:
    static constexpr int maximumCredentialAttempts = 3;

    RemoteSession(CredentialProvider &provider, const KnownHosts &knownHosts, const QString &url);

    git_remote_callbacks callbacks();
    void setProgressHandler(std::function<void(const TransferProgress &)> handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void startAttempt();

    bool authenticationFailed() const { return m_authenticationFailed; }
    bool wasCancelled() const { return m_cancelled; }
    const QString &hostKeyProblem() const { return m_hostKeyProblem; }
    const QStringList &rejectedReferences() const { return m_rejected; }
    QString serverMessages() const { return m_serverMessages.trimmed(); }
    // The URL with any password in it replaced, fit for messages and logs.
    static QString redacted(const QString &url);
    void reportCredentialOutcome(bool succeeded);

private:
    static int credentials(
        git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed, void *payload);
    static int certificateCheck(git_cert *certificate, int valid, const char *host, void *payload);
    static int pushTransferProgress(unsigned int current, unsigned int total, size_t bytes, void *payload);
    static int transferProgress(const git_indexer_progress *stats, void *payload);
    static int sidebandProgress(const char *text, int length, void *payload);
    static int pushUpdateReference(const char *reference, const char *status, void *payload);

    CredentialProvider &m_provider;
    const KnownHosts &m_knownHosts;
    QString m_url;
    int m_port = 22;
    int m_attempts = 0;
    bool m_authenticationFailed = false;
    bool m_cancelled = false;
    std::optional<Credential> m_lastCredential;
    QString m_hostKeyProblem;
    QStringList m_rejected;
    QString m_serverMessages;
    std::function<void(const TransferProgress &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Postwright::Core

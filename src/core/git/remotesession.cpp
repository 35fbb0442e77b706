#include "git/remotesession.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

static_assert(CredentialTypes::UserPassword == GIT_CREDENTIAL_USERPASS_PLAINTEXT);
static_assert(CredentialTypes::SshKey == GIT_CREDENTIAL_SSH_KEY);
static_assert(CredentialTypes::Username == GIT_CREDENTIAL_USERNAME);

namespace {

QString sshKeyType(git_cert_ssh_raw_type_t type)
{
    switch (type) {
    case GIT_CERT_SSH_RAW_TYPE_RSA: return u"ssh-rsa"_s;
    case GIT_CERT_SSH_RAW_TYPE_DSS: return u"ssh-dss"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256: return u"ecdsa-sha2-nistp256"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384: return u"ecdsa-sha2-nistp384"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521: return u"ecdsa-sha2-nistp521"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519: return u"ssh-ed25519"_s;
    default: return QString();
    }
}

// ssh://[user@]host[:port]/path, or scp-like user@host:path (port 22).
int sshPort(const QString &url)
{
    if (!url.startsWith(u"ssh://"_s))
        return 22;
    const QUrl parsed(url);
    return parsed.port(22);
}

} // namespace

RemoteSession::RemoteSession(CredentialProvider &provider, const KnownHosts &knownHosts, const QString &url)
    : m_provider(provider), m_knownHosts(knownHosts), m_url(url), m_port(sshPort(url))
{
}

QString RemoteSession::redacted(const QString &url)
{
    static const QRegularExpression password(uR"(^([a-z+]+://[^/:@]*):[^/@]*@)"_s);
    return QString(url).replace(password, u"\\1:***@"_s);
}

void RemoteSession::startAttempt()
{
    m_attempts = 0;
    m_authenticationFailed = false;
    m_cancelled = false;
    m_hostKeyProblem.clear();
    m_rejected.clear();
    m_serverMessages.clear();
    m_lastCredential.reset();
}

git_remote_callbacks RemoteSession::callbacks()
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = &RemoteSession::credentials;
    callbacks.certificate_check = &RemoteSession::certificateCheck;
    callbacks.push_transfer_progress = &RemoteSession::pushTransferProgress;
    callbacks.transfer_progress = &RemoteSession::transferProgress;
    callbacks.sideband_progress = &RemoteSession::sidebandProgress;
    callbacks.push_update_reference = &RemoteSession::pushUpdateReference;
    callbacks.payload = this;
    return callbacks;
}

void RemoteSession::reportCredentialOutcome(bool succeeded)
{
    if (!m_lastCredential)
        return;
    if (succeeded)
        m_provider.credentialAccepted(m_url, *m_lastCredential);
    else
        m_provider.credentialRejected(m_url, *m_lastCredential);
}

int RemoteSession::credentials(
    git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    // libgit2 asks again after every refusal: a wrong password must end, not loop.
    if (++session->m_attempts > maximumCredentialAttempts) {
        session->m_authenticationFailed = true;
        if (session->m_lastCredential)
            session->m_provider.credentialRejected(session->m_url, *session->m_lastCredential);
        git_error_set_str(GIT_ERROR_NET, "authentication failed");
        return GIT_EUSER;
    }
    if (session->m_attempts > 1 && session->m_lastCredential)
        session->m_provider.credentialRejected(session->m_url, *session->m_lastCredential);
    const std::optional<Credential> credential = session->m_provider.credentialFor(QString::fromUtf8(url),
        QString::fromUtf8(usernameFromUrl ? usernameFromUrl : ""), allowed, session->m_attempts);
    if (!credential) {
        session->m_authenticationFailed = true;
        git_error_set_str(GIT_ERROR_NET, "no credentials were given");
        return GIT_EUSER;
    }
    session->m_lastCredential = credential;
    const QByteArray user = credential->username.toUtf8();
    const QByteArray secret = credential->secret.toUtf8();
    switch (credential->kind) {
    case Credential::Kind::SshAgent: return git_credential_ssh_key_from_agent(out, user.constData());
    case Credential::Kind::SshKeyFile: {
        const QByteArray publicKey = credential->publicKeyPath.toUtf8();
        const QByteArray privateKey = credential->privateKeyPath.toUtf8();
        return git_credential_ssh_key_new(out, user.constData(), publicKey.isEmpty() ? nullptr : publicKey.constData(),
            privateKey.constData(), secret.isEmpty() ? nullptr : secret.constData());
    }
    case Credential::Kind::Username: return git_credential_username_new(out, user.constData());
    case Credential::Kind::UserPassword:
        return git_credential_userpass_plaintext_new(out, user.constData(), secret.constData());
    }
    return GIT_EUSER;
}

int RemoteSession::certificateCheck(git_cert *certificate, int valid, const char *host, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    if (certificate->cert_type != GIT_CERT_HOSTKEY_LIBSSH2) {
        // TLS: libgit2 has checked the chain against the system's CAs; its verdict stands.
        Q_UNUSED(valid)
        return GIT_PASSTHROUGH;
    }
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(certificate);
    if (!(hostKey->type & GIT_CERT_SSH_RAW)) {
        session->m_hostKeyProblem = tr("the SSH server did not present its host key");
        return GIT_ECERTIFICATE;
    }
    const QByteArray rawKey(hostKey->hostkey, qsizetype(hostKey->hostkey_len));
    const QString keyType = sshKeyType(hostKey->raw_type);
    const QString hostName = QString::fromUtf8(host);
    const QString fingerprint = KnownHosts::fingerprint(rawKey);
    switch (session->m_knownHosts.check(hostName, session->m_port, keyType, rawKey)) {
    case KnownHosts::Match::Known: return 0;
    case KnownHosts::Match::Changed:
        session->m_hostKeyProblem =
            tr("the host key of %1 has CHANGED (now %2). This can mean someone is intercepting the connection. "
               "Publishing is refused; if the server was really reinstalled, remove its old line from %3")
                .arg(KnownHosts::hostPattern(hostName, session->m_port), fingerprint, session->m_knownHosts.path());
        return GIT_ECERTIFICATE;
    case KnownHosts::Match::Unknown:
        if (!session->m_provider.acceptUnknownHostKey(
                KnownHosts::hostPattern(hostName, session->m_port), fingerprint)) {
            session->m_hostKeyProblem = tr("the host key of %1 (%2) was not accepted")
                                            .arg(KnownHosts::hostPattern(hostName, session->m_port), fingerprint);
            return GIT_ECERTIFICATE;
        }
        if (const Status added = session->m_knownHosts.add(hostName, session->m_port, keyType, rawKey); !added)
            session->m_serverMessages += added.error().message + u'\n';
        return 0;
    }
    return GIT_ECERTIFICATE;
}

int RemoteSession::pushTransferProgress(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    if (session->m_progress)
        session->m_progress({current, total, bytes});
    if (session->m_cancel && session->m_cancel->load()) {
        session->m_cancelled = true;
        return GIT_EUSER;
    }
    return 0;
}

int RemoteSession::transferProgress(const git_indexer_progress *stats, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    if (session->m_progress)
        session->m_progress({stats->received_objects, stats->total_objects, stats->received_bytes});
    if (session->m_cancel && session->m_cancel->load()) {
        session->m_cancelled = true;
        return GIT_EUSER;
    }
    return 0;
}

int RemoteSession::sidebandProgress(const char *text, int length, void *payload)
{
    auto *session = static_cast<RemoteSession *>(payload);
    session->m_serverMessages += QString::fromUtf8(text, length);
    return 0;
}

int RemoteSession::pushUpdateReference(const char *reference, const char *status, void *payload)
{
    // A push that returns 0 can still be refused, reference by reference: status says why.
    if (status) {
        auto *session = static_cast<RemoteSession *>(payload);
        session->m_rejected.append(QString::fromUtf8(reference) + u": "_s + QString::fromUtf8(status));
    }
    return 0;
}

} // namespace Postwright::Core

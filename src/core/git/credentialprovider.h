#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Postwright::Core {

// The kinds of credential a remote accepts (the bits of allowedTypes below; libgit2's values).
namespace CredentialTypes {
constexpr unsigned UserPassword = 1u << 0;
constexpr unsigned SshKey = 1u << 1;
constexpr unsigned Username = 1u << 5;
} // namespace CredentialTypes

// A way to log in to a remote, as libgit2 asks for one.
struct Credential {
    enum class Kind { SshAgent, SshKeyFile, UserPassword, Username };
    Kind kind = Kind::UserPassword;
    QString username;
    QString secret; // password, token or key passphrase: kept in memory only
    QString privateKeyPath;
    QString publicKeyPath;
};

// What publishing needs from the person (or the test) at the other end: credentials, and a
// decision on an SSH host key never seen before. Called on the publishing thread.
class CredentialProvider {
public:
    virtual ~CredentialProvider() = default;

    // attempt counts from 1 for each push; return nothing to stop asking.
    virtual std::optional<Credential> credentialFor(
        const QString &url, const QString &usernameFromUrl, unsigned allowedTypes, int attempt) = 0;
    // The host key is not in known_hosts: accept it (it is then remembered) or not.
    virtual bool acceptUnknownHostKey(const QString &host, const QString &fingerprint) = 0;
    virtual void credentialAccepted(const QString &url, const Credential &credential)
    {
        Q_UNUSED(url)
        Q_UNUSED(credential)
    }
    virtual void credentialRejected(const QString &url, const Credential &credential)
    {
        Q_UNUSED(url)
        Q_UNUSED(credential)
    }

    // The SSH credentials to try without asking, in order: the agent when one runs, then each of
    // ~/.ssh/id_ed25519, id_ecdsa and id_rsa that exists (without a passphrase).
    static QList<Credential> usualSshCredentials(const QString &user);
};

} // namespace Postwright::Core

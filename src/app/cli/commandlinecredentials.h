#pragma once

#include "git/credentialprovider.h"

#include <QTextStream>

namespace Postwright::App {

// Credentials for `postwright publish`, with nobody to ask: the git credential helper for HTTPS,
// the SSH agent and the usual key files for SSH. An unknown host key is refused with its
// fingerprint, so the writer can check it and add it to known_hosts.
class CommandLineCredentials final : public Core::CredentialProvider {
public:
    explicit CommandLineCredentials(QTextStream &err) : m_err(err) { }

    std::optional<Core::Credential> credentialFor(
        const QString &url, const QString &usernameFromUrl, unsigned allowedTypes, int attempt) override;
    bool acceptUnknownHostKey(const QString &host, const QString &fingerprint) override;
    void credentialAccepted(const QString &url, const Core::Credential &credential) override;
    void credentialRejected(const QString &url, const Core::Credential &credential) override;

private:
    QTextStream &m_err;
    int m_sshStep = 0;
};

} // namespace Postwright::App

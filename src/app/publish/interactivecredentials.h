#pragma once

#include "git/credentialprovider.h"

#include <QPointer>
#include <QWidget>

namespace Postwright::App {

// Credentials for publishing, the way a desktop app should find them: for HTTPS the system
// keychain, then the user's git credential helper, then a dialog (remembered in the keychain if
// asked); for SSH the agent, then the usual key files, asking for a passphrase when one is
// needed; unknown host keys shown with their fingerprint for the writer to accept. Called on the
// publishing thread; dialogs run on the GUI thread.
class InteractiveCredentials final : public Core::CredentialProvider {
public:
    explicit InteractiveCredentials(QWidget *parent);

    std::optional<Core::Credential> credentialFor(
        const QString &url, const QString &usernameFromUrl, unsigned allowedTypes, int attempt) override;
    bool acceptUnknownHostKey(const QString &host, const QString &fingerprint) override;
    void credentialAccepted(const QString &url, const Core::Credential &credential) override;
    void credentialRejected(const QString &url, const Core::Credential &credential) override;

private:
    template <typename Function> auto onGuiThread(Function function);
    std::optional<Core::Credential> askUserAndToken(const QString &url, const QString &user, bool retry);
    std::optional<Core::Credential> nextSshCredential(const QString &user);

    QPointer<QWidget> m_parent;
    int m_sshStep = 0;
    bool m_remember = false;
    bool m_fromKeychain = false;
};

} // namespace Postwright::App

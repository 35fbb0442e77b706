#include "cli/commandlinecredentials.h"

#include "git/gitcredentialhelper.h"

#include <QCoreApplication>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::Credential;

std::optional<Credential> CommandLineCredentials::credentialFor(
    const QString &url, const QString &usernameFromUrl, unsigned allowedTypes, int attempt)
{
    const QString user = usernameFromUrl.isEmpty() ? u"git"_s : usernameFromUrl;
    if (allowedTypes & Core::CredentialTypes::SshKey) {
        const QList<Credential> candidates = usualSshCredentials(user);
        return m_sshStep < candidates.size() ? std::optional<Credential>(candidates[m_sshStep++]) : std::nullopt;
    }
    if ((allowedTypes & Core::CredentialTypes::Username) && !(allowedTypes & Core::CredentialTypes::UserPassword))
        return Credential{Credential::Kind::Username, user, {}, {}, {}};
    if (attempt == 1)
        return Core::GitCredentialHelper::fill(url);
    return std::nullopt;
}

bool CommandLineCredentials::acceptUnknownHostKey(const QString &host, const QString &fingerprint)
{
    m_err << QCoreApplication::translate("Postwright::App::CommandLineCredentials",
        "postwright: the SSH host %1 is not in known_hosts; its key fingerprint is %2. "
        "Check it, then add the host with `ssh-keyscan` or publish once from the app.")
                 .arg(host, fingerprint)
          << Qt::endl;
    return false;
}

void CommandLineCredentials::credentialAccepted(const QString &url, const Credential &credential)
{
    Core::GitCredentialHelper::approve(url, credential);
}

void CommandLineCredentials::credentialRejected(const QString &url, const Credential &credential)
{
    Core::GitCredentialHelper::reject(url, credential);
}

} // namespace Postwright::App

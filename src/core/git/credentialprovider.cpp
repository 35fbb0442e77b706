#include "git/credentialprovider.h"

#include <QDir>
#include <QFileInfo>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QList<Credential> CredentialProvider::usualSshCredentials(const QString &user)
{
    QList<Credential> credentials;
    if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        credentials.append({Credential::Kind::SshAgent, user, {}, {}, {}});
    for (const QString &name : {u"id_ed25519"_s, u"id_ecdsa"_s, u"id_rsa"_s}) {
        const QString key = QDir::homePath() + u"/.ssh/"_s + name;
        if (QFileInfo::exists(key)) {
            credentials.append({Credential::Kind::SshKeyFile, user, {}, key,
                QFileInfo::exists(key + u".pub"_s) ? key + u".pub"_s : QString()});
        }
    }
    return credentials;
}

} // namespace Postwright::Core

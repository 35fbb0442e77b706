#include "publish/interactivecredentials.h"

#include "git/gitcredentialhelper.h"
#include "publish/keychainstore.h"
#include "ui_credentialsdialog.h"

#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::Credential;

InteractiveCredentials::InteractiveCredentials(QWidget *parent) : m_parent(parent) { }

template <typename Function> auto InteractiveCredentials::onGuiThread(Function function)
{
    using Value = decltype(function());
    Value value{};
    if (!m_parent)
        return value;
    if (QThread::currentThread() == m_parent->thread())
        return function();
    QMetaObject::invokeMethod(
        m_parent, [&] { value = function(); }, Qt::BlockingQueuedConnection);
    return value;
}

std::optional<Credential> InteractiveCredentials::askUserAndToken(const QString &url, const QString &user, bool retry)
{
    return onGuiThread([&]() -> std::optional<Credential> {
        QDialog dialog(m_parent);
        Ui::CredentialsDialog form;
        form.setupUi(&dialog);
        const QUrl parsed(url);
        form.promptLabel->setText((retry ? QObject::tr("That did not work. ") : QString())
            + QObject::tr("Sign in to %1 to publish. For GitHub, GitLab and most hosts use an access token, not "
                          "your account password.")
                  .arg(parsed.host()));
        form.userEdit->setText(user);
        if (!user.isEmpty())
            form.secretEdit->setFocus();
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        m_remember = form.rememberCheck->isChecked();
        return Credential{Credential::Kind::UserPassword, form.userEdit->text(), form.secretEdit->text(), {}, {}};
    });
}

std::optional<Credential> InteractiveCredentials::nextSshCredential(const QString &user)
{
    // The agent and each usual key file without a passphrase, then the first key with one.
    const QList<Credential> candidates = usualSshCredentials(user);
    const int step = m_sshStep++;
    if (step < candidates.size())
        return candidates[step];
    const auto firstKey = std::find_if(candidates.begin(), candidates.end(),
        [](const Credential &candidate) { return candidate.kind == Credential::Kind::SshKeyFile; });
    if (firstKey == candidates.end())
        return std::nullopt;
    const QString key = firstKey->privateKeyPath;
    const QString passphrase = onGuiThread([&] {
        bool ok = false;
        const QString text = QInputDialog::getText(m_parent, QObject::tr("SSH key passphrase"),
            QObject::tr("Passphrase for %1:").arg(QDir::toNativeSeparators(key)), QLineEdit::Password, QString(), &ok);
        return ok ? text : QString();
    });
    if (passphrase.isEmpty())
        return std::nullopt;
    Credential withPassphrase = *firstKey;
    withPassphrase.secret = passphrase;
    return withPassphrase;
}

std::optional<Credential> InteractiveCredentials::credentialFor(
    const QString &url, const QString &usernameFromUrl, unsigned allowedTypes, int attempt)
{
    if (allowedTypes & Core::CredentialTypes::SshKey)
        return nextSshCredential(usernameFromUrl.isEmpty() ? u"git"_s : usernameFromUrl);
    if ((allowedTypes & Core::CredentialTypes::Username) && !(allowedTypes & Core::CredentialTypes::UserPassword))
        return Credential{
            Credential::Kind::Username, usernameFromUrl.isEmpty() ? u"git"_s : usernameFromUrl, {}, {}, {}};
    if (!(allowedTypes & Core::CredentialTypes::UserPassword))
        return std::nullopt;
    m_fromKeychain = false;
    if (attempt == 1) {
        const QString host = QUrl(url).host();
        const QString user = usernameFromUrl;
        if (!user.isEmpty()) {
            if (const std::optional<QString> secret = KeychainStore::read(KeychainStore::keyFor(host, user))) {
                m_fromKeychain = true;
                return Credential{Credential::Kind::UserPassword, user, *secret, {}, {}};
            }
        }
        if (std::optional<Credential> helper = Core::GitCredentialHelper::fill(url))
            return helper;
    }
    return askUserAndToken(url, usernameFromUrl, attempt > 1);
}

bool InteractiveCredentials::acceptUnknownHostKey(const QString &host, const QString &fingerprint)
{
    return onGuiThread([&] {
        return QMessageBox::question(m_parent, QObject::tr("Unknown SSH host"),
                   QObject::tr("<p>Postwright has not connected to <b>%1</b> before. Its host key "
                               "fingerprint is:</p><p><tt>%2</tt></p><p>Compare it with the one your "
                               "git host publishes. Connect and remember this key?</p>")
                       .arg(host.toHtmlEscaped(), fingerprint.toHtmlEscaped()),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    });
}

void InteractiveCredentials::credentialAccepted(const QString &url, const Credential &credential)
{
    if (credential.kind != Credential::Kind::UserPassword)
        return;
    Core::GitCredentialHelper::approve(url, credential);
    if (m_remember && !m_fromKeychain)
        KeychainStore::write(KeychainStore::keyFor(QUrl(url).host(), credential.username), credential.secret);
}

void InteractiveCredentials::credentialRejected(const QString &url, const Credential &credential)
{
    if (credential.kind != Credential::Kind::UserPassword)
        return;
    Core::GitCredentialHelper::reject(url, credential);
    if (m_fromKeychain)
        KeychainStore::remove(KeychainStore::keyFor(QUrl(url).host(), credential.username));
}

} // namespace Postwright::App

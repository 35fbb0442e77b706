#include "git/gitcredentialhelper.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray describe(const QString &url, const Credential *credential)
{
    const QUrl parsed(url);
    QByteArray input = "protocol=" + parsed.scheme().toUtf8() + "\nhost=" + parsed.host().toUtf8();
    if (parsed.port() > 0)
        input += ':' + QByteArray::number(parsed.port());
    input += "\npath=" + parsed.path().mid(1).toUtf8() + '\n';
    if (credential) {
        input += "username=" + credential->username.toUtf8() + '\n';
        input += "password=" + credential->secret.toUtf8() + '\n';
    } else if (!parsed.userName().isEmpty()) {
        input += "username=" + parsed.userName().toUtf8() + '\n';
    }
    return input + '\n';
}

QByteArray run(const QString &action, const QByteArray &input)
{
    QProcess git;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Never let git ask on a terminal the writer cannot see.
    environment.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    environment.insert(u"GIT_ASKPASS"_s, u"true"_s);
    environment.insert(u"SSH_ASKPASS"_s, u"true"_s);
    git.setProcessEnvironment(environment);
    git.start(u"git"_s, {u"credential"_s, action});
    if (!git.waitForStarted(5000))
        return {};
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(15000)) {
        git.kill();
        return {};
    }
    return git.exitCode() == 0 ? git.readAllStandardOutput() : QByteArray();
}

} // namespace

std::optional<Credential> GitCredentialHelper::fill(const QString &url)
{
    if (!url.startsWith(u"http"_s))
        return std::nullopt;
    const QByteArray output = run(u"fill"_s, describe(url, nullptr));
    Credential credential;
    credential.kind = Credential::Kind::UserPassword;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("username="))
            credential.username = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("password="))
            credential.secret = QString::fromUtf8(line.mid(9));
    }
    if (credential.username.isEmpty() || credential.secret.isEmpty())
        return std::nullopt;
    return credential;
}

void GitCredentialHelper::approve(const QString &url, const Credential &credential)
{
    if (credential.kind == Credential::Kind::UserPassword && url.startsWith(u"http"_s))
        run(u"approve"_s, describe(url, &credential));
}

void GitCredentialHelper::reject(const QString &url, const Credential &credential)
{
    if (credential.kind == Credential::Kind::UserPassword && url.startsWith(u"http"_s))
        run(u"reject"_s, describe(url, &credential));
}

} // namespace Postwright::Core

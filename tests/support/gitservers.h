#pragma once

// Real git servers on 127.0.0.1 for the publishing tests: git daemon, lighttpd running
// git-http-backend behind basic auth, and sshd with its own host key. Each is started by the test
// on a free port and stopped when the object goes.

#include "support/commandrunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include <signal.h>
#include <unistd.h>

inline int freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

inline bool waitForPort(int port, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

inline void writeTextFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
}

class ServerProcess {
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;
    ~ServerProcess() { stop(); }

    bool start(const QString &program, const QStringList &arguments, int port)
    {
        m_port = port;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Its own process group, so that stopping it also stops the children serving connections.
        m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
        m_process->start(program, arguments);
        return m_process->waitForStarted(5000) && waitForPort(port);
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            ::kill(-pid_t(m_process->processId()), SIGKILL);
            m_process->waitForFinished(5000);
        }
    }
    int port() const { return m_port; }

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

// git daemon serving every repository under base, pushes allowed.
class GitDaemon : public ServerProcess {
public:
    bool start(const QString &base)
    {
        const int port = freeLoopbackPort();
        // The daemon itself, not the `git daemon` wrapper, so that stopping it stops the server.
        return ServerProcess::start(u"/usr/lib/git-core/git-daemon"_qs,
            {u"--reuseaddr"_qs, u"--export-all"_qs, u"--enable=receive-pack"_qs, u"--base-path="_qs + base,
                u"--listen=127.0.0.1"_qs, u"--port="_qs + QString::number(port), base},
            port);
    }
    QString url(const QString &repository) const { return u"git://127.0.0.1:%1/%2"_qs.arg(port()).arg(repository); }
};

// lighttpd + git-http-backend (smart HTTP) with basic auth for one user.
class HttpGitServer : public ServerProcess {
public:
    // With a PEM file (key and certificate), the server speaks HTTPS only.
    bool start(const QString &base, const QString &work, const QString &user, const QString &password,
        const QString &tlsPemFile = {})
    {
        m_tls = !tlsPemFile.isEmpty();
        const QString tls = m_tls
            ? u"server.modules += (\"mod_openssl\")\nssl.engine = \"enable\"\nssl.pemfile = \"%1\"\n"_qs.arg(tlsPemFile)
            : QString();
        const int port = freeLoopbackPort();
        const QString users = work + u"/users"_qs;
        writeTextFile(users, (user + u':' + password + u'\n').toUtf8());
        const QString config = work + u"/lighttpd.conf"_qs;
        writeTextFile(config,
            u"server.modules = (\"mod_alias\", \"mod_auth\", \"mod_cgi\", \"mod_setenv\")\n"
            u"server.document-root = \"%1\"\n"
            u"server.bind = \"127.0.0.1\"\n"
            u"server.port = %2\n"
            u"server.errorlog = \"%3/error.log\"\n"
            u"auth.backend = \"plain\"\n"
            u"auth.backend.plain.userfile = \"%4\"\n"
            u"alias.url = (\"/git\" => \"/usr/lib/git-core/git-http-backend\")\n"
            u"$HTTP[\"url\"] =~ \"^/git\" {\n"
            u"  cgi.assign = (\"\" => \"\")\n"
            u"  setenv.add-environment = (\"GIT_PROJECT_ROOT\" => \"%1\", \"GIT_HTTP_EXPORT_ALL\" => \"\")\n"
            u"  auth.require = (\"\" => (\"method\" => \"basic\", \"realm\" => \"git\", "
            u"\"require\" => \"valid-user\"))\n"
            u"}\n"_qs.arg(base)
                    .arg(port)
                    .arg(work, users)
                    .toUtf8()
                + tls.toUtf8());
        return ServerProcess::start(u"/usr/sbin/lighttpd"_qs, {u"-D"_qs, u"-f"_qs, config}, port);
    }
    QString url(const QString &repository) const
    {
        return u"%1://127.0.0.1:%2/git/%3"_qs.arg(m_tls ? u"https"_qs : u"http"_qs).arg(port()).arg(repository);
    }

private:
    bool m_tls = false;
};

// sshd on a high port that lets the current user in with one public key.
class SshGitServer : public ServerProcess {
public:
    bool start(const QString &work, const QString &authorizedKey)
    {
        QDir().mkpath(u"/run/sshd"_qs);
        const QString hostKey = work + u"/host_ed25519"_qs;
        if (!QFile::exists(hostKey)
            && !runCommand(
                u"ssh-keygen"_qs, {u"-q"_qs, u"-t"_qs, u"ed25519"_qs, u"-N"_qs, QString(), u"-f"_qs, hostKey})
                    .ok())
            return false;
        writeTextFile(work + u"/authorized_keys"_qs, authorizedKey.toUtf8());
        const int port = freeLoopbackPort();
        const QString config = work + u"/sshd_config"_qs;
        writeTextFile(config,
            u"Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3/authorized_keys\n"
            u"PidFile %3/sshd.pid\nUsePAM no\nStrictModes no\nPasswordAuthentication no\n"
            u"KbdInteractiveAuthentication no\nPubkeyAuthentication yes\nPermitRootLogin yes\n"
            u"AllowTcpForwarding no\nX11Forwarding no\n"_qs.arg(port)
                .arg(hostKey, work)
                .toUtf8());
        m_hostKey = hostKey;
        return ServerProcess::start(u"/usr/sbin/sshd"_qs, {u"-D"_qs, u"-e"_qs, u"-f"_qs, config}, port);
    }
    QString url(const QString &user, const QString &repositoryPath) const
    {
        return u"ssh://%1@127.0.0.1:%2%3"_qs.arg(user).arg(port()).arg(repositoryPath);
    }
    // The host key as it appears in known_hosts: "ssh-ed25519 AAAA...".
    QString hostKeyLine() const
    {
        QFile file(m_hostKey + u".pub"_qs);
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll()).section(u' ', 0, 1);
    }

private:
    QString m_hostKey;
};

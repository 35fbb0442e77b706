#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Postwright::Core {

// OpenSSH's known_hosts file: plain and hashed (|1|salt|hash) host names, "[host]:port" for
// other ports. libssh2 does not read it for libgit2, so Postwright checks host keys itself.
class KnownHosts final {
public:
    enum class Match { Known, Changed, Unknown };

    explicit KnownHosts(const QString &path);
    static QString defaultPath();
    // The name known_hosts uses: "host" on port 22, "[host]:port" elsewhere.
    static QString hostPattern(const QString &host, int port);
    // "SHA256:..." as ssh-keygen -lf prints it.
    static QString fingerprint(const QByteArray &rawKey);

    Match check(const QString &host, int port, const QString &keyType, const QByteArray &rawKey) const;
    Status add(const QString &host, int port, const QString &keyType, const QByteArray &rawKey) const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace Postwright::Core

#include "git/knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

bool hostMatches(const QString &field, const QString &pattern)
{
    if (field.startsWith(u"|1|"_s)) {
        const QStringList parts = field.split(u'|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
        const QByteArray hash = QMessageAuthenticationCode::hash(pattern.toUtf8(), salt, QCryptographicHash::Sha1);
        return hash == QByteArray::fromBase64(parts[3].toLatin1());
    }
    for (const QString &name : field.split(u',')) {
        if (name.compare(pattern, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

KnownHosts::KnownHosts(const QString &path) : m_path(path) { }

QString KnownHosts::defaultPath()
{
    return QDir::homePath() + u"/.ssh/known_hosts"_s;
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    return port <= 0 || port == 22 ? host : u"[%1]:%2"_s.arg(host).arg(port);
}

QString KnownHosts::fingerprint(const QByteArray &rawKey)
{
    QByteArray digest = QCryptographicHash::hash(rawKey, QCryptographicHash::Sha256).toBase64();
    while (digest.endsWith('='))
        digest.chop(1);
    return u"SHA256:"_s + QString::fromLatin1(digest);
}

KnownHosts::Match KnownHosts::check(
    const QString &host, int port, const QString &keyType, const QByteArray &rawKey) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Match::Unknown;
    const QString pattern = hostPattern(host, port);
    bool sameTypeDiffers = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        if (!fields.isEmpty() && fields[0].startsWith(u'@'))
            fields.removeFirst(); // @cert-authority / @revoked markers are not supported: skip the marker
        if (fields.size() < 3 || !hostMatches(fields[0], pattern))
            continue;
        if (fields[1] != keyType)
            continue;
        if (QByteArray::fromBase64(fields[2].toLatin1()) == rawKey)
            return Match::Known;
        sameTypeDiffers = true;
    }
    return sameTypeDiffers ? Match::Changed : Match::Unknown;
}

Status KnownHosts::add(const QString &host, int port, const QString &keyType, const QByteArray &rawKey) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return Error{u"cannot write %1: %2"_s.arg(m_path, file.errorString())};
    const QString line =
        hostPattern(host, port) + u' ' + keyType + u' ' + QString::fromLatin1(rawKey.toBase64()) + u'\n';
    if (file.write(line.toUtf8()) < 0)
        return Error{u"cannot write %1: %2"_s.arg(m_path, file.errorString())};
    return Success{};
}

} // namespace Postwright::Core

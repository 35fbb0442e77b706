#include "publish/keychainstore.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString service = u"Postwright"_s;
const QString keysSetting = u"keychain/storedKeys"_s;

// Runs a job to the end with a local event loop (publishing calls this from its worker thread).
bool finish(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

QString KeychainStore::keyFor(const QString &host, const QString &user)
{
    return user + u'@' + host;
}

std::optional<QString> KeychainStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!finish(job))
        return std::nullopt;
    return job.textData();
}

bool KeychainStore::write(const QString &key, const QString &secret, QString *error)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    const bool written = finish(job);
    if (!written && error)
        *error = job.errorString();
    if (written) {
        QSettings settings;
        QStringList keys = settings.value(keysSetting).toStringList();
        if (!keys.contains(key)) {
            keys.append(key);
            keys.sort();
            settings.setValue(keysSetting, keys);
        }
    }
    return written;
}

void KeychainStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    finish(job);
    QSettings settings;
    QStringList keys = settings.value(keysSetting).toStringList();
    keys.removeAll(key);
    settings.setValue(keysSetting, keys);
}

QStringList KeychainStore::storedKeys()
{
    return QSettings().value(keysSetting).toStringList();
}

} // namespace Postwright::App

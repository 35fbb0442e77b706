#include "publish/keychainstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using Postwright::App::KeychainStore;

// Against a real Secret Service (GNOME keyring in a private D-Bus session, see with-keyring.sh).
class TestKeychain final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storesReadsAndForgets();
    void aStoredTokenIsInNoFileOfOurs();
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through dbus-run-session with-keyring.sh");
}

void TestKeychain::storesReadsAndForgets()
{
    const QString key = KeychainStore::keyFor(u"git.example.invalid"_s, u"pat"_s);
    QString error;
    QVERIFY2(KeychainStore::write(key, u"token-123"_s, &error), qPrintable(error));
    QCOMPARE(KeychainStore::read(key), std::optional<QString>(u"token-123"_s));
    KeychainStore::remove(key);
    QCOMPARE(KeychainStore::read(key), std::nullopt);
}

void TestKeychain::aStoredTokenIsInNoFileOfOurs()
{
    const QString secret = u"secret-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString key = KeychainStore::keyFor(u"git.example.invalid"_s, u"someone"_s);
    QVERIFY(KeychainStore::write(key, secret));
    int searched = 0;
    for (const auto location :
        {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
            QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
        QDirIterator it(
            QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 10 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            ++searched;
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    qInfo("searched %d files", searched);
    KeychainStore::remove(key);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

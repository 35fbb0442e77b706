#include "git/gitlibrary.h"
#include "git/publisher.h"
#include "publish/interactivecredentials.h"
#include "publish/keychainstore.h"
#include "settings/settingsdialog.h"
#include "site/sampleblog.h"
#include "support/commandrunner.h"
#include "support/gitservers.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;
using Postwright::App::KeychainStore;

namespace {

// Every message the app logs while the test runs, to search for secrets.
QString &capturedLog()
{
    static QString log;
    return log;
}

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog() += message + u'\n';
    fprintf(stderr, "%s\n", qPrintable(message));
}

// Files (under size) in folder holding needle, as paths; counts every file searched.
QStringList filesContaining(const QString &folder, const QByteArray &needle, int &searched)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        ++searched;
        if (file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

// Against a real Secret Service (GNOME keyring in a private D-Bus session, see with-keyring.sh).
class TestKeychain final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storesReadsAndForgets();
    void aStoredTokenIsInNoFileOfOurs();
    void aTokenUsedToPublishIsInNoFileAndNoMessage();
    void theSettingsListAndForgetStoredSignIns();
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

void TestKeychain::aTokenUsedToPublishIsInNoFileAndNoMessage()
{
    Core::GitLibrary gitLibrary;
    QTemporaryDir blogData;
    QTemporaryDir serverWork; // the server's own password file lives here, not in the blog
    const Core::Result<QString> blog = Core::SampleBlog::ensure(blogData.path());
    QVERIFY(blog);
    const QString origin = Core::SampleBlog::originPath(blogData.path());
    const QString token = u"tok-"_s + QUuid::createUuid().toString(QUuid::Id128);
    HttpGitServer server;
    QVERIFY(server.start(QFileInfo(origin).absolutePath(), serverWork.path(), u"pat"_s, token));
    const QString url = server.url(QFileInfo(origin).fileName());
    QVERIFY(git(*blog, {u"remote"_s, u"set-url"_s, u"origin"_s, url}).ok());
    const QString post = *blog + u"/content/posts/welcome-to-postwright.md"_s;
    writeTextFile(post, "---\ntitle: Secret-free\ndate: 2026-11-27\n---\nPublished with a token.\n");
    const QtMessageHandler previousHandler = qInstallMessageHandler(captureMessage);
    capturedLog().clear();

    // The writer signs in through the dialog and asks to be remembered.
    QWidget window;
    App::InteractiveCredentials credentials(&window);
    int dialogsAnswered = 0;
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"pat"_s);
        dialog->findChild<QLineEdit *>(u"secretEdit"_s)->setText(token);
        dialog->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(true);
        ++dialogsAnswered;
        dialog->accept();
    });
    answerer.start();
    Core::Publisher::Options options;
    options.author = Core::CommitAuthor{u"Pat"_s, u"pat@example.invalid"_s};
    const Core::Result<Core::PublishPlan> plan = Core::Publisher::plan(post);
    QVERIFY(plan);
    const Core::Result<Core::PublishOutcome> published = Core::Publisher::publish(*plan, credentials, options);
    QVERIFY2(published, published ? "" : qPrintable(published.error().message));
    QCOMPARE(dialogsAnswered, 1);
    const QString key = KeychainStore::keyFor(u"127.0.0.1"_s, u"pat"_s);
    QCOMPARE(KeychainStore::read(key), std::optional<QString>(token));

    // A wrong password written into the remote's URL by hand is never repeated back.
    const QString wrong = u"wrong-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString urlWithPassword = url;
    urlWithPassword.replace(u"http://"_s, u"http://pat:%1@"_s.arg(wrong));
    QVERIFY(git(*blog, {u"remote"_s, u"set-url"_s, u"origin"_s, urlWithPassword}).ok());
    writeTextFile(post, "---\ntitle: Secret-free\ndate: 2026-11-27\n---\nAn edit.\n");
    const Core::Result<Core::PublishPlan> second = Core::Publisher::plan(post);
    QVERIFY(second);
    QVERIFY2(!second->remoteUrl.contains(wrong), qPrintable(second->remoteUrl));
    answerer.stop();
    // Forgotten from the keychain (which would otherwise step in), and no one to ask.
    KeychainStore::remove(key);
    App::InteractiveCredentials noOneThere(nullptr);
    const Core::Result<Core::PublishOutcome> refused = Core::Publisher::publish(*second, noOneThere, options);
    QVERIFY(!refused);
    QVERIFY2(!refused.error().message.contains(wrong), qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(token));
    QVERIFY(git(*blog, {u"remote"_s, u"set-url"_s, u"origin"_s, url}).ok());
    qInstallMessageHandler(previousHandler);

    // Search everything the app writes and the writer's repository.
    int searched = 0;
    QStringList folders = {blogData.path()};
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
             QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation,
             QStandardPaths::GenericCacheLocation, QStandardPaths::TempLocation})
        folders.append(QStandardPaths::writableLocation(location));
    for (const QString &folder : std::as_const(folders)) {
        QStringList found = filesContaining(folder, token.toUtf8(), searched);
        found.removeIf([&](const QString &path) { return path.startsWith(serverWork.path() + u'/'); });
        QVERIFY2(found.isEmpty(), qPrintable(u"the token is in "_s + found.join(u", "_s)));
    }
    QVERIFY2(!capturedLog().contains(token), "the token was logged");
    QVERIFY2(!capturedLog().contains(wrong), "the password in the URL was logged");
    qInfo("the token was found only in the keychain: %d files searched in %lld folders, %lld characters of log",
        searched, folders.size(), capturedLog().size());
}

void TestKeychain::theSettingsListAndForgetStoredSignIns()
{
    const QString key = KeychainStore::keyFor(u"git.example.invalid"_s, u"listed"_s);
    QVERIFY(KeychainStore::write(key, u"token-to-forget"_s));
    QVERIFY(KeychainStore::storedKeys().contains(key));
    App::SettingsDialog dialog(App::AppSettings::load(), QString(), {}, {});
    dialog.showPage(App::SettingsDialog::Page::Credentials);
    auto *list = dialog.findChild<QListWidget *>(u"credentialsList"_s);
    const QList<QListWidgetItem *> items = list->findItems(key, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    auto *forget = dialog.findChild<QPushButton *>(u"forgetButton"_s);
    QVERIFY(!forget->isEnabled());
    list->setCurrentItem(items.first());
    QVERIFY(forget->isEnabled());
    forget->click();
    QVERIFY(list->findItems(key, Qt::MatchExactly).isEmpty());
    QCOMPARE(KeychainStore::read(key), std::nullopt);
    QVERIFY(!KeychainStore::storedKeys().contains(key));
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"

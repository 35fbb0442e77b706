#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright::App {

// Secrets in the system keychain (Secret Service, KWallet...) through QtKeychain, never in a
// file. Each call waits for the keychain; without one it reports failure and stores nothing.
class KeychainStore final {
public:
    static QString keyFor(const QString &host, const QString &user);
    static std::optional<QString> read(const QString &key);
    static bool write(const QString &key, const QString &secret, QString *error = nullptr);
    static void remove(const QString &key);
    // The keys (user@host) of the secrets this app stored, for the settings to list; the
    // keychain itself cannot be enumerated. Only the keys are in the settings file.
    static QStringList storedKeys();
};

} // namespace Postwright::App

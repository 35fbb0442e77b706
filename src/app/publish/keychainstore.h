#pragma once

#include <QString>

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
};

} // namespace Postwright::App

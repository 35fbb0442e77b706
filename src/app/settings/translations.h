#pragma once

#include <QString>

namespace Postwright::App {

// The writer's language for Postwright's and Qt's messages: the one chosen in the settings, else
// the system's. Needs only QtCore, so the command line speaks the same language as the window.
class Translations final {
public:
    // The language chosen in the settings; "" follows the system.
    static QString chosenLanguage();
    // Loads the app's and Qt's translations for language ("" = the system locale's).
    static void install(const QString &language);
};

} // namespace Postwright::App

#pragma once

#include <QFont>
#include <QString>

namespace Postwright::App {

// The writer's choices for the app as a whole, in QSettings.
struct AppSettings {
    enum class Theme { System, Light, Dark };

    QFont editorFont;
    Theme theme = Theme::System;
    QString language; // "" follows the system; "en", "de", "fr"
    int autosaveDelayMs = 1500;

    static AppSettings load();
    void save() const;
    static QFont defaultEditorFont();

    // Sets the application palette for the theme; System restores the platform's.
    static void applyTheme(Theme theme);
    // Loads the app's and Qt's translations for language ("" = the system locale's).
    static void installTranslations(const QString &language);
};

} // namespace Postwright::App

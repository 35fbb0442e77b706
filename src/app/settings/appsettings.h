#pragma once

#include "git/commitauthor.h"

#include <QFont>
#include <QString>
#include <QStringList>

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

    // The posts opened last, newest first.
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    // Who commits, when git's configuration does not say: asked once, then remembered.
    static Core::CommitAuthor commitAuthor();
    static void setCommitAuthor(const Core::CommitAuthor &author);
};

} // namespace Postwright::App

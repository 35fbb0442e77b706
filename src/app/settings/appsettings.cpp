#include "settings/appsettings.h"

#include "settings/translations.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings app;
    app.editorFont = defaultEditorFont();
    if (const QString font = settings.value(u"editor/font"_s).toString(); !font.isEmpty())
        app.editorFont.fromString(font);
    const int theme = settings.value(u"appearance/theme"_s, 0).toInt();
    app.theme = theme == 1 ? Theme::Light : theme == 2 ? Theme::Dark : Theme::System;
    app.language = Translations::chosenLanguage();
    app.autosaveDelayMs = qBound(500, settings.value(u"editor/autosaveDelayMs"_s, 1500).toInt(), 60000);
    return app;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(u"editor/font"_s, editorFont.toString());
    settings.setValue(u"appearance/theme"_s, int(theme));
    settings.setValue(u"appearance/language"_s, language);
    settings.setValue(u"editor/autosaveDelayMs"_s, autosaveDelayMs);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(u"recentFiles"_s).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    constexpr int maximumRecentFiles = 10;
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(u"recentFiles"_s, recent.mid(0, maximumRecentFiles));
}

Core::CommitAuthor AppSettings::commitAuthor()
{
    const QSettings settings;
    return {settings.value(u"author/name"_s).toString(), settings.value(u"author/email"_s).toString()};
}

void AppSettings::setCommitAuthor(const Core::CommitAuthor &author)
{
    QSettings settings;
    settings.setValue(u"author/name"_s, author.name.trimmed());
    settings.setValue(u"author/email"_s, author.email.trimmed());
}

QFont AppSettings::defaultEditorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(qMax(font.pointSize(), 11));
    return font;
}

void AppSettings::applyTheme(Theme theme)
{
    // The platform's own look, kept from before any change, is what "follow the system" returns to.
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (theme == Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor highlight(64, 128, 200);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(110, 170, 240));
    dark.setColor(QPalette::Highlight, highlight);
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    QApplication::setPalette(dark);
}

} // namespace Postwright::App

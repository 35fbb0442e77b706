#include "settings/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

QString Translations::chosenLanguage()
{
    return QSettings().value(u"appearance/language"_s).toString();
}

void Translations::install(const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The C locale (LANG unset or C) reads as English, plural forms included.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // Owned by the application for its lifetime.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, u"postwright"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(app);
}

} // namespace Postwright::App

#include "editor/spellingmenu.h"

#include "editor/markdowneditor.h"
#include "settings/blogsettings.h"
#include "site/sitemodel.h"
#include "spelling/spellchecker.h"

#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

SpellingMenu::SpellingMenu(QMenu *menu, MarkdownEditor *editor, QObject *parent)
    : QObject(parent), m_menu(menu), m_editor(editor)
{
    fillMenu();
}

SpellingMenu::~SpellingMenu()
{
    if (m_editor)
        m_editor->setSpellChecker(nullptr);
}

QString SpellingMenu::languageFor(const Core::SiteModel &site, const BlogSettings &settings, const QString &path)
{
    using Core::SpellChecker;
    // A post in another of the site's languages is checked in that language.
    if (site.isMultilingual() && !path.isEmpty()) {
        const QString code = site.languageOf(path);
        if (code != site.defaultLanguage) {
            const Core::SiteLanguage *language = site.language(code);
            const QString locale =
                QString(language && !language->languageCode.isEmpty() ? language->languageCode : code)
                    .replace(u'-', u'_');
            const QString dictionary = SpellChecker::bestLanguageFor(locale, SpellChecker::availableLanguages());
            // Without that language's dictionary, no checking beats marking every word.
            return dictionary.section(u'_', 0, 0) == locale.section(u'_', 0, 0) ? dictionary : QString();
        }
    }
    // The system's language when the writer chose none; that is not a choice to remember.
    return settings.spellingLanguage
        ? *settings.spellingLanguage
        : SpellChecker::bestLanguageFor(QLocale().name(), SpellChecker::availableLanguages());
}

QString SpellingMenu::language() const
{
    return m_checker ? m_checker->language() : QString();
}

void SpellingMenu::use(const QString &language)
{
    // Loading a dictionary takes a moment and underlines the whole text again: only on a change.
    if (language.isEmpty() ? !m_checker : m_checker && m_checker->language() == language)
        return;
    m_editor->setSpellChecker(nullptr);
    m_checker.reset();
    if (!language.isEmpty()) {
        const QString personal =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/personal-dictionary.txt"_s;
        m_checker = std::make_unique<Core::SpellChecker>(language, personal);
        if (!m_checker->isValid())
            m_checker.reset();
    }
    m_editor->setSpellChecker(m_checker.get());
    fillMenu();
}

void SpellingMenu::fillMenu()
{
    m_menu->clear();
    QAction *off = m_menu->addAction(tr("&Off"), this, [this] { emit chosen({}); });
    off->setCheckable(true);
    off->setChecked(!m_checker);
    m_menu->addSeparator();
    for (const QString &available : Core::SpellChecker::availableLanguages()) {
        QAction *choice = m_menu->addAction(available, this, [this, available] { emit chosen(available); });
        choice->setCheckable(true);
        choice->setChecked(available == language());
    }
}

} // namespace Postwright::App

#pragma once

#include <QSet>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Postwright::Core {

// Hunspell with one of the system's dictionaries (Debian's hunspell-* packages) and the writer's
// personal word list. Identity object.
class SpellChecker final {
public:
    // Languages with a dictionary installed, like "en_US", from the usual folders.
    static QStringList availableLanguages(const QStringList &folders = defaultFolders());
    static QStringList defaultFolders();
    // The language to use for a locale name ("de_DE"), or the first available, or "".
    static QString bestLanguageFor(const QString &localeName, const QStringList &available);

    SpellChecker(
        const QString &language, const QString &personalDictionary, const QStringList &folders = defaultFolders());
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    bool isValid() const { return m_hunspell != nullptr; }
    const QString &language() const { return m_language; }
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int maximum = 8) const;
    // Remembered in the personal dictionary file, for every later session.
    void addToPersonal(const QString &word);

private:
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QString m_personalPath;
    QSet<QString> m_personal;
    bool m_utf8 = true;
};

} // namespace Postwright::Core

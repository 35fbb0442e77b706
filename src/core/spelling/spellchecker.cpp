#include "spelling/spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

#include <hunspell.hxx>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QStringList SpellChecker::defaultFolders()
{
    return {u"/usr/share/hunspell"_s, u"/usr/share/myspell/dicts"_s, u"/usr/share/myspell"_s};
}

QStringList SpellChecker::availableLanguages(const QStringList &folders)
{
    QStringList languages;
    for (const QString &folder : folders) {
        for (const QFileInfo &dictionary : QDir(folder).entryInfoList({u"*.dic"_s}, QDir::Files)) {
            const QString language = dictionary.completeBaseName();
            if (QFileInfo::exists(dictionary.absoluteDir().filePath(language + u".aff"_s))
                && !languages.contains(language))
                languages.append(language);
        }
    }
    languages.sort();
    return languages;
}

QString SpellChecker::bestLanguageFor(const QString &localeName, const QStringList &available)
{
    if (available.contains(localeName))
        return localeName;
    const QString prefix = localeName.section(u'_', 0, 0) + u'_';
    for (const QString &language : available) {
        if (language.startsWith(prefix))
            return language;
    }
    return available.value(0);
}

SpellChecker::SpellChecker(const QString &language, const QString &personalDictionary, const QStringList &folders)
    : m_language(language), m_personalPath(personalDictionary)
{
    for (const QString &folder : folders) {
        const QString base = QDir(folder).filePath(language);
        if (QFileInfo::exists(base + u".aff"_s) && QFileInfo::exists(base + u".dic"_s)) {
            m_hunspell = std::make_unique<Hunspell>(
                QFile::encodeName(base + u".aff"_s).constData(), QFile::encodeName(base + u".dic"_s).constData());
            m_utf8 =
                QString::fromLatin1(m_hunspell->get_dict_encoding().c_str()).compare(u"UTF-8"_s, Qt::CaseInsensitive)
                == 0;
            break;
        }
    }
    QFile personal(m_personalPath);
    if (personal.open(QIODevice::ReadOnly)) {
        for (const QString &word : QString::fromUtf8(personal.readAll()).split(u'\n', Qt::SkipEmptyParts))
            m_personal.insert(word.trimmed());
    }
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || m_personal.contains(word))
        return true;
    // Words the dictionary's encoding cannot hold are not its to judge.
    std::string encoded;
    if (m_utf8) {
        encoded = word.toStdString();
    } else {
        QStringEncoder encoder(m_hunspell->get_dict_encoding().c_str());
        const QByteArray bytes = encoder.encode(word);
        if (encoder.hasError())
            return true;
        encoded = bytes.toStdString();
    }
    return m_hunspell->spell(encoded);
}

QStringList SpellChecker::suggestions(const QString &word, int maximum) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &suggestion : m_hunspell->suggest(word.toStdString())) {
        result.append(m_utf8 ? QString::fromStdString(suggestion) : QString::fromLatin1(suggestion.c_str()));
        if (result.size() >= maximum)
            break;
    }
    return result;
}

void SpellChecker::addToPersonal(const QString &word)
{
    if (word.isEmpty() || m_personal.contains(word))
        return;
    m_personal.insert(word);
    if (m_personalPath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QStringList words(m_personal.begin(), m_personal.end());
    words.sort();
    QSaveFile file(m_personalPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(words.join(u'\n').toUtf8() + '\n');
        file.commit();
    }
}

} // namespace Postwright::Core

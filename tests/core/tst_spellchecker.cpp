#include "spelling/spellchecker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Postwright::Core::SpellChecker;

// Against Debian's real en_US dictionary (hunspell-en-us).
class TestSpellChecker final : public QObject {
    Q_OBJECT

private slots:
    void theInstalledDictionariesAreListed();
    void checksAndSuggests_data();
    void checksAndSuggests();
    void personalWordsAreRemembered();
    void aMissingDictionaryChecksNothing();
};

void TestSpellChecker::theInstalledDictionariesAreListed()
{
    const QStringList languages = SpellChecker::availableLanguages();
    QVERIFY2(languages.contains(u"en_US"_s), qPrintable(languages.join(u", "_s)));
    QCOMPARE(SpellChecker::bestLanguageFor(u"en_GB"_s, {u"de_DE"_s, u"en_US"_s}), u"en_US"_s);
    QCOMPARE(SpellChecker::bestLanguageFor(u"fr_FR"_s, {u"de_DE"_s, u"en_US"_s}), u"de_DE"_s);
    QCOMPARE(SpellChecker::bestLanguageFor(u"fr_FR"_s, {}), QString());
}

void TestSpellChecker::checksAndSuggests_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("a common word") << u"writing"_s << true << QString();
    QTest::newRow("a typo") << u"teh"_s << false << u"the"_s;
    QTest::newRow("a doubled letter") << u"publishh"_s << false << u"publish"_s;
    QTest::newRow("an apostrophe") << u"don't"_s << true << QString();
    QTest::newRow("a capitalised word") << u"Publishing"_s << true << QString();
    QTest::newRow("keyboard mashing") << u"qwertyuiop"_s << false << QString();
}

void TestSpellChecker::checksAndSuggests()
{
    QTemporaryDir folder;
    SpellChecker checker(u"en_US"_s, folder.filePath(u"personal.txt"_s));
    QVERIFY(checker.isValid());
    QFETCH(QString, word);
    QTEST(checker.isCorrect(word), "correct");
    QFETCH(QString, suggestion);
    if (!suggestion.isEmpty())
        QVERIFY2(checker.suggestions(word).contains(suggestion), qPrintable(checker.suggestions(word).join(u", "_s)));
}

void TestSpellChecker::personalWordsAreRemembered()
{
    QTemporaryDir folder;
    const QString personal = folder.filePath(u"dictionaries/personal.txt"_s);
    {
        SpellChecker checker(u"en_US"_s, personal);
        QVERIFY(!checker.isCorrect(u"Postwright"_s));
        checker.addToPersonal(u"Postwright"_s);
        QVERIFY(checker.isCorrect(u"Postwright"_s));
    }
    SpellChecker later(u"en_US"_s, personal);
    QVERIFY(later.isCorrect(u"Postwright"_s));
}

void TestSpellChecker::aMissingDictionaryChecksNothing()
{
    SpellChecker checker(u"xx_XX"_s, QString());
    QVERIFY(!checker.isValid());
    QVERIFY(checker.isCorrect(u"anything"_s));
    QVERIFY(checker.suggestions(u"anything"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"

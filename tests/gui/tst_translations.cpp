// The German UI shows no English: every menu, action, label, button, field hint and tab of the
// main window and the dialogs is compared with the English source texts of the translations.
// Messages made in the core (parsers, files, git) come out translated too.
#include "document/frontmatter.h"
#include "document/readingtime.h"
#include "document/textfile.h"
#include "git/gitlibrary.h"
#include "git/publisher.h"
#include "library/librarypanel.h"
#include "library/postlistmodel.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "settings/translations.h"
#include "site/sampleblog.h"
#include "support/commandrunner.h"
#include "support/testpaths.h"
#include "support/windowopener.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(u"&(?=\\S)"_s));
    return text.trimmed();
}

// The English source texts that have a different German translation.
QSet<QString> englishTexts(const QString &tsFile)
{
    QSet<QString> texts;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation"
            && withoutMnemonic(xml.readElementText(QXmlStreamReader::IncludeChildElements)) != withoutMnemonic(source))
            texts.insert(withoutMnemonic(source));
    }
    return texts;
}

// Every text a writer can see or a screen reader can announce in widget and its menus.
QStringList visibleTexts(QWidget *widget)
{
    QStringList texts{widget->windowTitle()};
    const auto addAction = [&texts](
                               QAction *action) { texts << action->text() << action->toolTip() << action->iconText(); };
    for (QAction *action : widget->findChildren<QAction *>())
        addAction(action);
    for (QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (QAbstractButton *button : widget->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip() << button->accessibleName();
    for (QLineEdit *edit : widget->findChildren<QLineEdit *>())
        texts << edit->placeholderText() << edit->accessibleName() << edit->toolTip();
    for (QComboBox *combo : widget->findChildren<QComboBox *>()) {
        texts << combo->accessibleName();
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    for (QTabWidget *tabs : widget->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    for (QDockWidget *dock : widget->findChildren<QDockWidget *>())
        texts << dock->windowTitle();
    for (QToolBar *toolbar : widget->findChildren<QToolBar *>())
        texts << toolbar->windowTitle();
    for (QWidget *child : widget->findChildren<QWidget *>())
        texts << child->accessibleName() << child->accessibleDescription();
    // Rows of lists, such as the library's "date · reading time · draft, state": each piece.
    static const QRegularExpression pieceBreak(u"\n| · |, "_s);
    for (QAbstractItemView *view : widget->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            texts << index.data().toString().split(pieceBreak)
                  << index.data(Qt::ToolTipRole).toString().split(pieceBreak);
        }
    }
    return texts;
}

QStringList englishAmong(const QStringList &texts, const QSet<QString> &english)
{
    QStringList found;
    for (const QString &text : texts) {
        const QString plain = withoutMnemonic(text);
        if (!plain.isEmpty() && english.contains(plain) && !found.contains(plain))
            found.append(plain);
    }
    return found;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theGermanMainWindowShowsNoEnglish();
    void theGermanSettingsShowNoEnglish();
    void coreMessagesAreTranslated();
    void frenchIsComplete();
    void englishHasItsPluralForms();

private:
    Core::GitLibrary m_git;
    QTemporaryDir m_data;
    QString m_blog;
    QSet<QString> m_english;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    App::Translations::install(u"de"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    m_english = englishTexts(TestPaths::sourceDir() + u"/translations/postwright_de.ts"_s);
    QVERIFY(m_english.size() > 300);
    const Core::Result<QString> blog = Core::SampleBlog::ensure(m_data.path());
    QVERIFY(blog);
    m_blog = *blog;
}

void TestTranslations::theGermanMainWindowShowsNoEnglish()
{
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, m_blog + u"/content/posts/welcome-to-postwright.md"_s}));
    QTRY_COMPARE(window.library()->model()->rowCount(), 3);
    const QStringList texts = visibleTexts(&window);
    QString rows;
    for (int row = 0; row < window.library()->model()->rowCount(); ++row)
        rows += window.library()->model()->index(row).data().toString() + u'\n';
    QVERIFY2(rows.contains(u" · Entwurf, "_s), qPrintable(rows));
    const QStringList english = englishAmong(texts, m_english);
    QVERIFY2(english.isEmpty(), qPrintable(u"English in the German UI: "_s + english.join(u" | "_s)));
    QVERIFY(texts.contains(u"&Datei"_s));
    QVERIFY(texts.contains(u"&Veröffentlichen …"_s));
    auto *reading = window.findChild<QLabel *>(u"readingTimeLabel"_s);
    QTRY_COMPARE(reading->text(), u"1 Min. Lesezeit · 179 Wörter"_s);
    qInfo("%lld texts of the German main window checked against %lld English source texts", texts.size(),
        m_english.size());
}

void TestTranslations::theGermanSettingsShowNoEnglish()
{
    App::SettingsDialog dialog(App::AppSettings::load(), m_blog, App::BlogSettings::load(m_blog), {u"de_DE"_s});
    const QStringList texts = visibleTexts(&dialog);
    const QStringList english = englishAmong(texts, m_english);
    QVERIFY2(english.isEmpty(), qPrintable(u"English in the German settings: "_s + english.join(u" | "_s)));
    // Qt's own buttons come from Qt's German translation.
    const auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()), u"Abbrechen"_s);
}

void TestTranslations::coreMessagesAreTranslated()
{
    // One message from each kind of place: a YAML and a TOML parser, a file check, the reading
    // time, the publisher and the git status.
    const Core::FrontMatter yaml = Core::FrontMatter::parse(u"---\ntitle: a\ntitle: b\n---\n"_s);
    QVERIFY2(yaml.error()->message.contains(u"doppelter Schlüssel"_s), qPrintable(yaml.error()->message));
    const Core::FrontMatter toml = Core::FrontMatter::parse(u"+++\ntitle = \n+++\n"_s);
    QVERIFY2(toml.error()->message.contains(u"fehlerhaftes Front Matter"_s), qPrintable(toml.error()->message));
    const Core::Result<Core::LoadedText> binary = Core::TextFile::decode(QByteArray("a\0b", 3));
    QVERIFY2(binary.error().message.contains(u"Binärdatei"_s), qPrintable(binary.error().message));
    QCOMPARE(
        Core::ReadingTime::estimate({430, 430, 430, 0}, Core::ReadingPreset::Hugo, false).text, u"3 Min. Lesezeit"_s);
    QVERIFY(git(m_blog, {u"remote"_s, u"remove"_s, u"origin"_s}).ok());
    const Core::Result<Core::PublishPlan> plan = Core::Publisher::plan(m_blog + u"/content/posts/markdown-tour.md"_s);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(u"kein Remote namens"_s), qPrintable(plan.error().message));
}

void TestTranslations::frenchIsComplete()
{
    QTranslator french;
    QVERIFY(french.load(QLocale(QLocale::French), u"postwright"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(french.translate("Postwright::App::AppActions", "&File"), u"&Fichier"_s);
    QCOMPARE(french.translate("Postwright::Core::ReadingTime", "%n min read", nullptr, 2), u"%n min de lecture"_s);
    const QSet<QString> english = englishTexts(TestPaths::sourceDir() + u"/translations/postwright_fr.ts"_s);
    QVERIFY(english.size() > 300);
}

void TestTranslations::englishHasItsPluralForms()
{
    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English), u"postwright"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    QCOMPARE(QCoreApplication::translate("Postwright::App::LibraryPanel", "%n post(s)", nullptr, 1), u"1 post"_s);
    QCOMPARE(QCoreApplication::translate("Postwright::App::LibraryPanel", "%n post(s)", nullptr, 3), u"3 posts"_s);
    // Digits grouped as the locale groups them (here German's, with the English words).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(
        QCoreApplication::translate("Postwright::App::LibraryPanel", "%n post(s)", nullptr, 5000), u"5.000 posts"_s);
    QLocale::setDefault(before);
    QCOMPARE(
        QCoreApplication::translate("Postwright::App::FrontMatterForm", "%n characters", nullptr, 1), u"1 character"_s);
    QCoreApplication::removeTranslator(&english);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

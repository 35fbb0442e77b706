// The settings dialog, driven like a writer would: values shown, changed, applied at once to the
// open window (without touching the post being written), and remembered.
#include "editor/markdowneditor.h"
#include "git/gitlibrary.h"
#include "git/publisher.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "settings/settingsdialog.h"
#include "site/sampleblog.h"
#include "support/commandrunner.h"
#include "support/dialoganswers.h"
#include "support/imagebytes.h"
#include "support/windowopener.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

class TestSettings final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editorSettingsApplyAtOnceAndAreRemembered();
    void blogSettingsApplyWithoutReloadingThePost();
    void withoutABlogItsPageIsDisabled();
    void everyFieldIsReachableByKeyboardInLayoutOrder();

private:
    bool openAndWait(App::MainWindow &window);
    template <typename Widget> static Widget *field(QWidget *dialog, const QString &name)
    {
        auto *widget = dialog->findChild<Widget *>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }

    Core::GitLibrary m_git;
    QTemporaryDir m_data;
    QString m_blog;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Core::Result<QString> blog = Core::SampleBlog::ensure(m_data.path());
    QVERIFY(blog);
    m_blog = *blog;
}

void TestSettings::init()
{
    QSettings().clear();
    App::AppSettings::applyTheme(App::AppSettings::Theme::System);
}

bool TestSettings::openAndWait(App::MainWindow &window)
{
    return openAndWaitForPreview(window, {m_blog, m_blog + u"/content/posts/welcome-to-postwright.md"_s});
}

void TestSettings::editorSettingsApplyAtOnceAndAreRemembered()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    App::SettingsDialog *dialog = window.showSettings();
    QCOMPARE(field<QDoubleSpinBox>(dialog, u"autosaveSpin"_s)->value(), 1.5);
    QCOMPARE(field<QComboBox>(dialog, u"themeCombo"_s)->currentIndex(), 0);
    const QFont chosen(u"DejaVu Serif"_s);
    field<QFontComboBox>(dialog, u"fontCombo"_s)->setCurrentFont(chosen);
    field<QSpinBox>(dialog, u"fontSizeSpin"_s)->setValue(17);
    field<QComboBox>(dialog, u"themeCombo"_s)->setCurrentIndex(2);
    field<QComboBox>(dialog, u"languageCombo"_s)->setCurrentIndex(2);
    field<QDoubleSpinBox>(dialog, u"autosaveSpin"_s)->setValue(3.0);
    field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(window.editor()->font().pointSize(), 17);
    QCOMPARE(window.editor()->font().family(), field<QFontComboBox>(dialog, u"fontCombo"_s)->currentFont().family());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 128);
    QCOMPARE(window.autosaveDelayMs(), 3000);
    // The editor's own colours follow the dark palette.
    QTRY_VERIFY(window.editor()->palette().color(QPalette::Base).lightness() < 128);

    const App::AppSettings stored = App::AppSettings::load();
    QCOMPARE(stored.editorFont.pointSize(), 17);
    QCOMPARE(stored.theme, App::AppSettings::Theme::Dark);
    QCOMPARE(stored.language, u"de"_s);
    QCOMPARE(stored.autosaveDelayMs, 3000);
    // A new window starts with them.
    App::MainWindow again;
    QCOMPARE(again.editor()->font().pointSize(), 17);
    QCOMPARE(again.autosaveDelayMs(), 3000);
    App::SettingsDialog *shownAgain = again.showSettings();
    QCOMPARE(field<QComboBox>(shownAgain, u"languageCombo"_s)->currentData().toString(), u"de"_s);
    QCOMPARE(field<QComboBox>(shownAgain, u"themeCombo"_s)->currentIndex(), 2);
    shownAgain->reject();

    // Back to the system's look.
    App::SettingsDialog *reset = window.showSettings();
    field<QComboBox>(reset, u"themeCombo"_s)->setCurrentIndex(0);
    reset->accept();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() >= 128);
}

void TestSettings::blogSettingsApplyWithoutReloadingThePost()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    auto *reading = window.findChild<QLabel *>(u"readingTimeLabel"_s);
    QCOMPARE(reading->text(), u"1 min read · 179 words"_s);
    // Unsaved words in the editor must survive the settings.
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(u"\nUnsaved words.\n"_s);
    const QString typed = window.editor()->toPlainText();
    QTRY_COMPARE(reading->text(), u"1 min read · 181 words"_s);

    App::SettingsDialog *dialog = window.showSettings(App::SettingsDialog::Page::Blog);
    QCOMPARE(field<QTabWidget>(dialog, u"tabs"_s)->currentIndex(), 1);
    QVERIFY(field<QLabel>(dialog, u"blogLabel"_s)->text().contains(m_blog));
    QVERIFY(!field<QSpinBox>(dialog, u"wordsPerMinuteSpin"_s)->isEnabled());
    auto *preset = field<QComboBox>(dialog, u"presetCombo"_s);
    preset->setCurrentIndex(preset->findData(int(Core::ReadingPreset::Custom)));
    QVERIFY(field<QSpinBox>(dialog, u"wordsPerMinuteSpin"_s)->isEnabled());
    field<QSpinBox>(dialog, u"wordsPerMinuteSpin"_s)->setValue(60);
    field<QCheckBox>(dialog, u"remoteContentCheck"_s)->setChecked(true);
    QCOMPARE(field<QSpinBox>(dialog, u"imageWidthSpin"_s)->value(), 1600);
    QVERIFY(!field<QCheckBox>(dialog, u"keepImageMetadataCheck"_s)->isChecked());
    field<QSpinBox>(dialog, u"imageWidthSpin"_s)->setValue(1200);
    field<QCheckBox>(dialog, u"keepImageMetadataCheck"_s)->setChecked(true);
    field<QLineEdit>(dialog, u"commitMessageEdit"_s)->setText(u"New post: %1"_s);
    field<QLineEdit>(dialog, u"remoteEdit"_s)->setText(u"blog"_s);
    field<QLineEdit>(dialog, u"branchEdit"_s)->setText(u"live"_s);
    dialog->accept();

    QTRY_COMPARE(reading->text(), u"4 min read · 181 words"_s);
    QCOMPARE(window.editor()->toPlainText(), typed);
    QVERIFY(window.editor()->document()->isModified());
    QVERIFY(window.findChild<QAction *>(u"allowRemoteContentAction"_s)->isChecked());
    const Core::PublishTarget target = window.blogSettings().publishTarget();
    QCOMPARE(target.messageTemplate, u"New post: %1"_s);
    QCOMPARE(target.remote, u"blog"_s);
    QCOMPARE(target.branch, u"live"_s);
    // Kept for this blog, however its path is spelled, and not in the repository.
    const App::BlogSettings stored = App::BlogSettings::load(m_blog + u"/"_s);
    QCOMPARE(stored.readingPreset, std::optional(Core::ReadingPreset::Custom));
    QCOMPARE(stored.customWordsPerMinute, 60);
    QVERIFY(stored.allowRemoteContent);
    QCOMPARE(stored.imageWidth, 1200);
    QVERIFY(stored.keepImageMetadata);
    QCOMPARE(stored.remote, u"blog"_s);
    // The next image starts from the blog's choices.
    QImage picture(50, 40, QImage::Format_RGB32);
    picture.fill(Qt::red);
    const QByteArray png = imageBytes(picture, "PNG");
    int offeredWidth = 0;
    bool offeredStripping = true;
    {
        DialogAnswers writer({[&](QWidget *imageDialog) {
            offeredWidth = field<QSpinBox>(imageDialog, u"widthSpin"_s)->value();
            offeredStripping = field<QCheckBox>(imageDialog, u"stripCheck"_s)->isChecked();
            static_cast<QDialog *>(imageDialog)->reject();
        }});
        QVERIFY(!window.insertImage(png, u"red.png"_s));
        QCOMPARE(writer.answered(), 1);
    }
    QCOMPARE(offeredWidth, 1200);
    QVERIFY(!offeredStripping);
    QVERIFY(git(m_blog, {u"status"_s, u"--porcelain"_s}).out.isEmpty());
    window.editor()->document()->setModified(false);
}

void TestSettings::withoutABlogItsPageIsDisabled()
{
    App::MainWindow window;
    App::SettingsDialog *dialog = window.showSettings(App::SettingsDialog::Page::Blog);
    QVERIFY(field<QLabel>(dialog, u"blogLabel"_s)->text().contains(u"Open a blog"_s));
    QVERIFY(!field<QComboBox>(dialog, u"presetCombo"_s)->isEnabled());
    QVERIFY(!field<QLineEdit>(dialog, u"remoteEdit"_s)->isEnabled());
    dialog->accept();
}

void TestSettings::everyFieldIsReachableByKeyboardInLayoutOrder()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    App::SettingsDialog *dialog = window.showSettings(App::SettingsDialog::Page::Blog);
    QApplication::setActiveWindow(dialog);
    auto *generator = field<QComboBox>(dialog, u"generatorCombo"_s);
    generator->setFocus();
    QTRY_VERIFY(generator->hasFocus());
    QStringList order;
    for (int i = 0; i < 12; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order,
        (QStringList{u"generatorCombo"_s, u"contentFolderEdit"_s, u"presetCombo"_s, u"stylesheetEdit"_s,
            u"stylesheetButton"_s, u"remoteContentCheck"_s, u"imageWidthSpin"_s, u"keepImageMetadataCheck"_s,
            u"spellingCombo"_s, u"commitMessageEdit"_s, u"remoteEdit"_s, u"branchEdit"_s}));
    // Every label's mnemonic leads to its field.
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->objectName() + u" has a mnemonic but no buddy"_s));
    }
    dialog->reject();
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"

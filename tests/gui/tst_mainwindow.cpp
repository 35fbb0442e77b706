#include "editor/markdowneditor.h"
#include "git/gitlibrary.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "site/sampleblog.h"
#include "support/previewprobe.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

// Types like a person: QTest::keyClicks cannot send a line break.
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTheNewestPostWithItsPreview();
    void typingUpdatesPreviewAndReadingTime();
    void rememberSplitterAndGeometry();
    void menusUseStandardShortcuts();

private:
    Core::GitLibrary m_git;
    QTemporaryDir m_data;
    QString m_blog;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const Core::Result<QString> blog = Core::SampleBlog::ensure(m_data.path());
    QVERIFY(blog);
    m_blog = *blog;
}

void TestMainWindow::opensTheNewestPostWithItsPreview()
{
    App::MainWindow window;
    QSignalSpy shown(window.preview(), &App::PreviewView::blocksShown);
    QVERIFY(window.open({m_blog, {}}));
    window.show();
    QCOMPARE(QFileInfo(window.postPath()).fileName(), u"welcome-to-postwright.md"_s);
    QFile post(window.postPath());
    QVERIFY(post.open(QIODevice::ReadOnly));
    QCOMPARE(window.editor()->toPlainText(), QString::fromUtf8(post.readAll()));
    QVERIFY(shown.wait(20000));
    const int blocks = evaluateInPreview(window.preview(), u"document.querySelectorAll('.pw-block').length"_s).toInt();
    QVERIFY2(blocks >= 8, qPrintable(QString::number(blocks)));
    const QString headings = evaluateInPreview(
        window.preview(), u"Array.from(document.querySelectorAll('h2')).map(h => h.textContent).join('|')"_s)
                                 .toString();
    QCOMPARE(headings, u"Writing|Publishing"_s);
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::typingUpdatesPreviewAndReadingTime()
{
    App::MainWindow window;
    QSignalSpy shown(window.preview(), &App::PreviewView::blocksShown);
    QVERIFY(window.open({m_blog, {}}));
    window.show();
    QVERIFY(shown.wait(20000));
    auto *reading = window.findChild<QLabel *>(u"readingTimeLabel"_s);
    QVERIFY(reading);
    QVERIFY2(reading->text().contains(u"179 words"_s), qPrintable(reading->text()));

    window.editor()->moveCursor(QTextCursor::End);
    typeText(window.editor(), u"\n## Typed heading\n\nfour more typed words\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reading->text().contains(u"185 words"_s), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluateInPreview(window.preview(), u"Array.from(document.querySelectorAll('h2')).pop().textContent"_s)
            .toString(),
        u"Typed heading"_s, 10000);
    QVERIFY(window.isWindowModified());
    window.editor()->document()->setModified(false);
}

void TestMainWindow::rememberSplitterAndGeometry()
{
    {
        App::MainWindow window;
        window.show();
        window.resize(900, 600);
        window.findChild<QSplitter *>()->setSizes({300, 600});
        window.close();
    }
    App::MainWindow again;
    again.show();
    QCOMPARE(again.size(), QSize(900, 600));
    const QList<int> sizes = again.findChild<QSplitter *>()->sizes();
    QVERIFY2(sizes[0] < sizes[1], qPrintable(u"%1 %2"_s.arg(sizes[0]).arg(sizes[1])));
}

void TestMainWindow::menusUseStandardShortcuts()
{
    App::MainWindow window;
    QStringList shortcuts;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            shortcuts.append(action->shortcut().toString(QKeySequence::PortableText));
    }
    for (const QString &expected : {u"Ctrl+O"_s, u"Ctrl+S"_s, u"Ctrl+Shift+S"_s, u"Ctrl+Q"_s, u"Ctrl+Z"_s})
        QVERIFY2(shortcuts.contains(expected), qPrintable(expected));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

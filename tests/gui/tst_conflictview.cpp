#include "editor/markdowneditor.h"
#include "git/gitlibrary.h"
#include "mainwindow.h"
#include "publish/conflictdialog.h"
#include "publish/publishdialog.h"
#include "site/sampleblog.h"
#include "support/commandrunner.h"
#include "support/windowopener.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;
using Side = App::ConflictDialog::Side;

namespace {

// The text of a view that has a background of its own: the words a side changed.
QString markedText(QTextBrowser *view)
{
    QString marked;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().background().style() != Qt::NoBrush)
                marked += it.fragment().text();
        }
    }
    return marked;
}

} // namespace

// The writer and a co-author on the site both rewrote the sample post's opening; publishing from
// the window then shows the conflict view.
class TestConflictView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cancelLeavesEverythingAsItWas();
    void theWritersChoicesAndEditsArePublished();

private:
    QString remoteFile() const
    {
        return git(m_origin, {u"show"_s, u"main:content/posts/welcome-to-postwright.md"_s}).out;
    }
    QString remoteLog() const { return git(m_origin, {u"log"_s, u"--format=%s"_s, u"main"_s}).out; }
    // Publishes from the window and returns the receipt once it offers Resolve.
    App::PublishDialog *publishIntoTheConflict(App::MainWindow &window);
    App::ConflictDialog *openTheView(App::PublishDialog *receipt);

    Core::GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_blog;
    QString m_origin;
    QString m_post;
};

void TestConflictView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"author/name"_s, u"Pat Writer"_s);
    QSettings().setValue(u"author/email"_s, u"pat@example.invalid"_s);
}

void TestConflictView::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    const Core::Result<QString> blog = Core::SampleBlog::ensure(m_data->path());
    QVERIFY(blog);
    m_blog = *blog;
    m_origin = Core::SampleBlog::originPath(m_data->path());
    m_post = m_blog + u"/content/posts/welcome-to-postwright.md"_s;
    // The co-author: a new title, and their own opening sentence.
    const QString other = m_data->filePath(u"coauthor"_s);
    QVERIFY(runCommand(u"git"_s, {u"clone"_s, u"-q"_s, m_origin, other}).ok());
    const QString path = other + u"/content/posts/welcome-to-postwright.md"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(u"title: Welcome to Postwright"_s, u"title: Welcome, writer"_s);
    text.replace(u"Type on the left, read on the right."_s, u"The site's own opening line."_s);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    QVERIFY(git(other,
        {u"-c"_s, u"user.name=Co Author"_s, u"-c"_s, u"user.email=co@x.invalid"_s, u"commit"_s, u"-qam"_s,
            u"Edit on the site"_s})
                .ok());
    QVERIFY(git(other, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok());
}

App::PublishDialog *TestConflictView::publishIntoTheConflict(App::MainWindow &window)
{
    // The writer: their own opening sentence, typed in the editor, and an ending.
    QTextDocument *document = window.editor()->document();
    QTextCursor found = document->find(u"Type on the left, read on the right."_s);
    [&] { QVERIFY(!found.isNull()); }();
    found.insertText(u"My own opening line."_s);
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(u"\nAn ending of mine.\n"_s);
    App::PublishDialog *receipt = window.publish();
    [&] { QVERIFY(receipt); }();
    if (!receipt)
        return nullptr;
    QSignalSpy finished(receipt, &App::PublishDialog::finishedPublishing);
    receipt->publishButton()->click();
    [&] {
        QVERIFY(finished.wait(30000));
        QCOMPARE(receipt->state(), App::PublishDialog::State::Failed);
        QVERIFY2(receipt->resultText().contains(u"Resolve"_s), qPrintable(receipt->resultText()));
        QVERIFY(!receipt->resolveButton()->isHidden());
        QVERIFY(receipt->publishButton()->isHidden()); // a retry would meet the same conflict
    }();
    return receipt;
}

App::ConflictDialog *TestConflictView::openTheView(App::PublishDialog *receipt)
{
    receipt->resolveButton()->click();
    App::ConflictDialog *view = receipt->findChild<App::ConflictDialog *>();
    [&] {
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
    }();
    return view;
}

void TestConflictView::cancelLeavesEverythingAsItWas()
{
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, {}}));
    App::PublishDialog *receipt = publishIntoTheConflict(window);
    if (QTest::currentTestFailed())
        return;
    const QString head = git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out;
    const QString status = git(m_blog, {u"status"_s, u"--porcelain"_s}).out;
    const QString editorText = window.editor()->toPlainText();
    QFile disk(m_post);
    QVERIFY(disk.open(QIODevice::ReadOnly));
    const QByteArray bytes = disk.readAll();
    disk.close();

    QPointer<App::ConflictDialog> view = openTheView(receipt);
    QVERIFY(view);
    view->choose(Side::Theirs);
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!view);
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out, head);
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, status);
    QVERIFY(disk.open(QIODevice::ReadOnly));
    QCOMPARE(disk.readAll(), bytes);
    QCOMPARE(window.editor()->toPlainText(), editorText);
    QCOMPARE(remoteLog(), u"Edit on the site\nStart the sample blog\n"_s);
    QVERIFY(git(m_blog, {u"fsck"_s}).ok());
    QCOMPARE(receipt->state(), App::PublishDialog::State::Failed);
    receipt->close();
}

void TestConflictView::theWritersChoicesAndEditsArePublished()
{
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, {}}));
    App::PublishDialog *receipt = publishIntoTheConflict(window);
    if (QTest::currentTestFailed())
        return;
    const QString mineBefore = window.editor()->toPlainText();
    App::ConflictDialog *view = openTheView(receipt);
    QVERIFY(view);

    // Three changes: the site's title (kept), the opening both rewrote (to choose), my ending (kept).
    QListWidget *changes = view->changesList();
    QCOMPARE(changes->count(), 3);
    QCOMPARE(changes->item(0)->text(), u"Field “title”\nchanged on the site"_s);
    QVERIFY2(changes->item(1)->text().endsWith(u"\nboth changed it"_s), qPrintable(changes->item(1)->text()));
    QVERIFY2(changes->item(2)->text().endsWith(u"\nchanged by you"_s), qPrintable(changes->item(2)->text()));
    QCOMPARE(changes->currentRow(), 1); // the place to choose comes first
    auto *mineView = view->findChild<QTextBrowser *>(u"mineView"_s);
    auto *theirsView = view->findChild<QTextBrowser *>(u"theirsView"_s);
    QVERIFY(mineView->toPlainText().contains(u"My own opening line."_s));
    QVERIFY(theirsView->toPlainText().contains(u"The site's own opening line."_s));
    // The words that differ are marked, and only those.
    QCOMPARE(markedText(mineView), u"My"_s);
    QCOMPARE(markedText(theirsView), u"The site's"_s);
    QVERIFY(view->findChild<QRadioButton *>(u"mineButton"_s)->isChecked());

    // Keep the site's opening: the result follows; then an edit by hand.
    view->findChild<QRadioButton *>(u"theirsButton"_s)->click();
    QPlainTextEdit *result = view->resultEdit();
    QVERIFY(result->toPlainText().contains(u"The site's own opening line."_s));
    QVERIFY(!result->toPlainText().contains(u"My own opening line."_s));
    QVERIFY(result->toPlainText().contains(u"title: Welcome, writer"_s));
    QVERIFY(result->toPlainText().endsWith(u"An ending of mine.\n"_s));
    // The title field cannot be kept twice.
    changes->setCurrentRow(0);
    QVERIFY(!view->findChild<QRadioButton *>(u"bothButton"_s)->isEnabled());
    QVERIFY(view->findChild<QRadioButton *>(u"theirsButton"_s)->isChecked());
    changes->setCurrentRow(1);
    result->moveCursor(QTextCursor::End);
    QTest::keyClicks(result, u"Signed, Pat."_s);
    QTest::keyClick(result, Qt::Key_Return);
    const QString chosen = view->resultOf(u"content/posts/welcome-to-postwright.md"_s);
    QVERIFY(chosen.endsWith(u"An ending of mine.\nSigned, Pat.\n"_s));
    QVERIFY(!chosen.contains(u"<<<<<<<"_s));
    if (qEnvironmentVariableIsSet("POSTWRIGHT_SCREENSHOT_DIR"))
        view->grab().save(qEnvironmentVariable("POSTWRIGHT_SCREENSHOT_DIR") + u"/conflict-view.png"_s);

    QSignalSpy finished(receipt, &App::PublishDialog::finishedPublishing);
    view->publishButton()->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(receipt->state(), App::PublishDialog::State::Published);
    QCOMPARE(remoteFile(), chosen);
    QCOMPARE(remoteLog(), u"Publish: Welcome to Postwright\nEdit on the site\nStart the sample blog\n"_s);
    QCOMPARE(git(m_origin, {u"rev-list"_s, u"--merges"_s, u"--count"_s, u"main"_s}).out.trimmed(), u"0"_s);
    QVERIFY(git(m_origin, {u"fsck"_s, u"--strict"_s}).ok());
    QVERIFY(git(m_blog, {u"fsck"_s}).ok());
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, QString());
    QCOMPARE(git(m_blog, {u"rev-parse"_s, u"--verify"_s, u"-q"_s, u"refs/postwright/backup/main"_s}).out, QString());
    // The editor has the published text, as one undoable edit.
    QTRY_COMPARE(window.editor()->toPlainText(), chosen);
    QVERIFY(!window.editor()->document()->isModified());
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), mineBefore);
    window.editor()->redo();
    receipt->close();
}

QTEST_MAIN(TestConflictView)
#include "tst_conflictview.moc"

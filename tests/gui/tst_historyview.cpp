#include "editor/markdowneditor.h"
#include "git/gitlibrary.h"
#include "history/deletedpostsdialog.h"
#include "history/historydialog.h"
#include "mainwindow.h"
#include "session/postsession.h"
#include "site/sampleblog.h"
#include "support/commandrunner.h"
#include "support/windowopener.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

// The sample post's history: the sample's first commit, a commit made in a terminal, and the
// unsaved text the editor keeps for recovery.
class TestHistoryView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void versionsAreListedComparedAndRestored();
    void aDeletedPostIsBroughtBack();

private:
    Core::GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_blog;
    QString m_post;
    QString m_firstText;
};

void TestHistoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestHistoryView::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    const Core::Result<QString> blog = Core::SampleBlog::ensure(m_data->path());
    QVERIFY(blog);
    m_blog = *blog;
    m_post = m_blog + u"/content/posts/welcome-to-postwright.md"_s;
    QFile file(m_post);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_firstText = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QString(m_firstText).replace(u"a sample blog"_s, u"a small sample blog"_s).toUtf8());
    file.close();
    QVERIFY(git(m_blog,
        {u"-c"_s, u"user.name=Terminal Writer"_s, u"-c"_s, u"user.email=t@x.invalid"_s, u"commit"_s, u"-qam"_s,
            u"A smaller sample"_s})
                .ok());
}

void TestHistoryView::versionsAreListedComparedAndRestored()
{
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, {}}));
    window.postSession()->setAutosaveDelay(50);
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(u"\nNot saved yet.\n"_s);
    const QString now = window.editor()->toPlainText();
    QTRY_VERIFY(window.postSession()->recoveryStore().find(m_post).has_value());

    App::HistoryDialog *history = window.showHistory();
    QVERIFY(history);
    QListWidget *versions = history->versionsList();
    QCOMPARE(versions->count(), 3);
    QVERIFY2(versions->item(0)->text().startsWith(u"Unsaved text kept"_s), qPrintable(versions->item(0)->text()));
    QVERIFY2(versions->item(1)->text().contains(u"Terminal Writer\nA smaller sample · committed, not pushed"_s),
        qPrintable(versions->item(1)->text()));
    QVERIFY2(versions->item(2)->text().contains(u"Start the sample blog · published"_s),
        qPrintable(versions->item(2)->text()));
    // The kept text is the text now: nothing to restore.
    QCOMPARE(versions->currentRow(), 0);
    QVERIFY(!history->restoreButton()->isEnabled());

    // The first version: what changed since, word by word, and the version rendered.
    versions->setCurrentRow(2);
    const QString changes = history->changesView()->toPlainText();
    QVERIFY2(changes.contains(u"This is a small sample blog"_s), qPrintable(changes));
    QVERIFY(changes.contains(u"Not saved yet."_s));
    QVERIFY(history->renderedView()->toPlainText().contains(u"This is a sample blog that Postwright made for you."_s));
    QVERIFY(!history->renderedView()->toHtml().contains(u"title: Welcome"_s)); // front matter is not body
    if (qEnvironmentVariableIsSet("POSTWRIGHT_SCREENSHOT_DIR"))
        history->grab().save(qEnvironmentVariable("POSTWRIGHT_SCREENSHOT_DIR") + u"/history-view.png"_s);

    // Restored as one edit: Undo takes it back.
    QVERIFY(history->restoreButton()->isEnabled());
    history->restoreButton()->click();
    QCOMPARE(window.editor()->toPlainText(), m_firstText);
    QVERIFY(!history->restoreButton()->isEnabled()); // it is the text now
    QVERIFY(window.editor()->document()->isModified());
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), now);
    history->close();
    window.editor()->document()->setModified(false);
}

void TestHistoryView::aDeletedPostIsBroughtBack()
{
    const QString relative = u"content/posts/notes-on-a-quiet-morning.md"_s;
    const QString path = m_blog + u'/' + relative;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(git(m_blog, {u"rm"_s, u"-q"_s, relative}).ok());
    QVERIFY(git(m_blog,
        {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@x.invalid"_s, u"commit"_s, u"-qm"_s, u"Remove the notes"_s})
                .ok());
    App::MainWindow window;
    QVERIFY(openAndWaitForPreview(window, {m_blog, {}}));
    App::DeletedPostsDialog *deleted = window.showDeletedPosts();
    QVERIFY(deleted);
    QCOMPARE(deleted->postsList()->count(), 1);
    QVERIFY2(deleted->postsList()->item(0)->text().startsWith(relative + u"\ndeleted "_s),
        qPrintable(deleted->postsList()->item(0)->text()));
    QVERIFY(deleted->postsList()->item(0)->text().endsWith(u"Remove the notes"_s));
    QVERIFY(!deleted->renderedView()->toPlainText().isEmpty());
    QVERIFY(!deleted->renderedView()->toPlainText().contains(u"title:"_s));
    deleted->bringBackButton()->click();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QTRY_COMPARE(window.postPath(), path);
    QCOMPARE(git(m_blog, {u"status"_s, u"--porcelain"_s}).out, u"?? "_s + relative + u'\n');
    // Back: no longer listed.
    App::DeletedPostsDialog *again = window.showDeletedPosts();
    QVERIFY(again);
    QCOMPARE(again->postsList()->count(), 0);
    again->close();
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"

#include "dialogs/imagedialog.h"
#include "document/frontmatter.h"
#include "document/post.h"
#include "editor/findreplacebar.h"
#include "editor/markdowneditor.h"
#include "frontmatter/frontmatterform.h"
#include "git/gitlibrary.h"
#include "library/librarypanel.h"
#include "library/postlistmodel.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "publish/publishdialog.h"
#include "site/sampleblog.h"
#include "site/sitemodel.h"
#include "storage/recoverystore.h"
#include "support/commandrunner.h"
#include "support/dialoganswers.h"
#include "support/previewprobe.h"
#include "support/windowopener.h"
#include "widgets/notificationbar.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;
using Postwright::Core::SampleBlog;

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

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

// The library's row as the writer reads it: the title, then date, reading time and state.
QString libraryRow(const App::MainWindow &window, int row)
{
    return window.library()->model()->index(row).data().toString();
}

int libraryRows(const App::MainWindow &window)
{
    return window.library()->model()->rowCount();
}

QStringList libraryRowTexts(const App::MainWindow &window)
{
    QStringList rows;
    for (int row = 0; row < libraryRows(window); ++row)
        rows.append(libraryRow(window, row));
    return rows;
}

// The image dialog answered with alt text and nothing else changed.
DialogAnswers::Answer describeImage(const QString &alt)
{
    return [alt](QWidget *dialog) {
        QVERIFY2(qobject_cast<App::ImageDialog *>(dialog), "expected the image dialog");
        dialog->findChild<QLineEdit *>(u"altEdit"_s)->setText(alt);
        dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
    };
}

QString previewText(App::MainWindow &window, const QString &script)
{
    return evaluateInPreview(window.preview(), script).toString();
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensTheNewestPostWithItsPreview();
    void typingUpdatesFormReadingTimeAndPreview();
    void aFormEditChangesOnlyThatFieldAndOneUndoRestoresIt();
    void malformedFrontMatterDisablesTheFormAndKeepsTheText();
    void aPostWithoutADateNeverShowsAnothersDate();
    void autosaveIsRestoredAfterACrash();
    void anExternalChangeIsOfferedNeverApplied();
    void scriptsInAPostNeverRun();
    void imagesResolveFromThePostAndTheStaticFolder();
    void remoteImagesLoadOnlyWhenTheBlogAllowsThem();
    void shortcodesPreviewAsTheSiteShowsThemAndLoadNothing();
    void codeIsHighlightedByItsLanguageInTheSitesStyle();
    void editorAndPreviewScrollTogether();
    void writerShortcuts();
    void findAndReplaceWithARegularExpression();
    void misspelledWordsOfferCorrections();
    void saveKeepsCrlfAndTheByteOrderMark();
    void publishShowsTheReceiptProgressAndCommit();
    void theReceiptShowsTheCheckAndErrorsHoldPublishing();
    void theLibraryListsPostsWithStatusAndOpensThem();
    void aBlogIsReadOffTheGuiThreadBeforeItsNewestPostOpens();
    void theLibraryCatchesUpWhenTheWindowIsActiveAgain();
    void postsWithAProblemAreMarkedInTheLibrary();
    void theLibraryStaysWhereItWasScrolled();
    void wordsTypedWhileTheBlogIsReadAreKept();
    void aDroppedImageIsCopiedAndLinked();
    void renamingAndDeletingFromTheLibrary();
    void aNewPostFromTheMenuIsListedAndWrittenBelowItsFrontMatter();
    void rememberSplitterAndGeometry();
    void everyControlHasANameAndAKeyboardPath();
    void commandsThatNeedAPostWaitForOne();
    void theFormHasTheSitesTaxonomiesAndTheAddress();
    void theAddressReadsAsABrowserShowsItAndFitsTheForm();
    void aMultilingualBlogListsEachPostOnceWithItsLanguages();

private:
    bool openAndWait(App::MainWindow &window, const QString &post = {});

    Core::GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_blog;
    QString m_welcome;
    QString m_welcomeText;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::init()
{
    // Each test has a sample blog of its own, as a writer's first start makes it.
    m_data = std::make_unique<QTemporaryDir>();
    const Core::Result<QString> blog = Core::SampleBlog::ensure(m_data->path());
    QVERIFY(blog);
    m_blog = *blog;
    m_welcome = m_blog + u"/content/posts/welcome-to-postwright.md"_s;
    m_welcomeText = readFile(m_welcome);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s).removeRecursively();
}

bool TestMainWindow::openAndWait(App::MainWindow &window, const QString &post)
{
    return openAndWaitForPreview(window, {m_blog, post});
}

void TestMainWindow::opensTheNewestPostWithItsPreview()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QCOMPARE(window.postPath(), m_welcome);
    QCOMPARE(window.editor()->toPlainText(), m_welcomeText);
    QCOMPARE(previewText(window, u"Array.from(document.querySelectorAll('h2')).map(h => h.textContent).join('|')"_s),
        u"Writing|Publishing"_s);
    QCOMPARE(
        previewText(window, u"document.getElementById('postwright-title').textContent"_s), u"Welcome to Postwright"_s);
    QCOMPARE(window.frontMatterForm()->titleText(), u"Welcome to Postwright"_s);
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::typingUpdatesFormReadingTimeAndPreview()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    auto *reading = window.findChild<QLabel *>(u"readingTimeLabel"_s);
    QVERIFY2(reading->text().contains(u"179 words"_s), qPrintable(reading->text()));

    // In the front matter: the form follows, and the editor keeps focus and caret.
    window.editor()->setFocus();
    QTextCursor cursor = window.editor()->textCursor();
    cursor.setPosition(int(m_welcomeText.indexOf(u"Postwright\n"_s) + 10));
    window.editor()->setTextCursor(cursor);
    const int caret = cursor.position();
    QTest::keyClicks(window.editor(), u" today"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.frontMatterForm()->titleText(), u"Welcome to Postwright today"_s, 5000);
    QCOMPARE(window.focusWidget(), window.editor()); // the window's focus once it is active again
    QCOMPARE(window.editor()->textCursor().position(), caret + 6);
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, u"document.getElementById('postwright-title').textContent"_s),
        u"Welcome to Postwright today"_s, 5000);

    // In the body: reading time and preview follow.
    window.editor()->moveCursor(QTextCursor::End);
    typeText(window.editor(), u"\n## Typed heading\n\nfour more typed words\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reading->text().contains(u"185 words"_s), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, u"Array.from(document.querySelectorAll('h2')).pop().textContent"_s),
        u"Typed heading"_s, 10000);
    QVERIFY(window.isWindowModified());
    window.editor()->document()->setModified(false);
}

void TestMainWindow::aFormEditChangesOnlyThatFieldAndOneUndoRestoresIt()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    auto *title = window.frontMatterForm()->findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    title->end(false);
    QTest::keyClick(title, Qt::Key_Exclam);
    QString expected = m_welcomeText;
    expected.replace(u"title: Welcome to Postwright\n"_s, u"title: Welcome to Postwright!\n"_s);
    QCOMPARE(window.editor()->toPlainText(), expected);
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), m_welcomeText);

    auto *draft = window.frontMatterForm()->findChild<QCheckBox *>(u"draftCheck"_s);
    draft->click();
    expected = m_welcomeText;
    expected.replace(u"draft: false"_s, u"draft: true"_s);
    QCOMPARE(window.editor()->toPlainText(), expected);
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), m_welcomeText);

    auto *tags = window.frontMatterForm()->findChild<QLineEdit *>(u"tagsEdit"_s);
    tags->setFocus();
    tags->end(false);
    QTest::keyClicks(tags, u", notes"_s);
    expected = m_welcomeText;
    expected.replace(u"[postwright, writing, getting-started]"_s, u"[postwright, writing, getting-started, notes]"_s);
    QCOMPARE(window.editor()->toPlainText(), expected);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::malformedFrontMatterDisablesTheFormAndKeepsTheText()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QString broken = m_welcomeText;
    broken.replace(u"draft: false\n"_s, u"draft: false\ntitle: again\n"_s);
    window.editor()->setPlainText(broken);
    QTRY_VERIFY_WITH_TIMEOUT(!window.frontMatterForm()->isFormEnabled(), 5000);
    QVERIFY2(
        window.frontMatterForm()->errorText().contains(u"Line 7"_s), qPrintable(window.frontMatterForm()->errorText()));
    QVERIFY(window.frontMatterForm()->errorText().contains(u"duplicate key"_s));
    QCOMPARE(window.editor()->toPlainText(), broken);
    window.frontMatterForm()->findChild<QPushButton *>(u"goToLineButton"_s)->click();
    QCOMPARE(window.editor()->textCursor().blockNumber() + 1, 7);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::aPostWithoutADateNeverShowsAnothersDate()
{
    const QString dated = m_blog + u"/content/posts/dated.md"_s;
    const QString undated = m_blog + u"/content/posts/undated.md"_s;
    const QString unreadable = m_blog + u"/content/posts/unreadable.md"_s;
    writeFile(dated, u"---\ntitle: Dated\ndate: 2019-05-04T10:00:00+02:00\n---\nText.\n"_s);
    writeFile(undated, u"---\ntitle: Undated\n---\nText.\n"_s);
    writeFile(unreadable, u"---\ntitle: Unreadable\ndate: last Tuesday\n---\nText.\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window, dated));
    App::FrontMatterForm *form = window.frontMatterForm();
    QTRY_COMPARE(form->shownDate().date(), QDate(2019, 5, 4));
    QVERIFY(form->dateHint().isEmpty());

    QVERIFY(window.openPost(undated));
    QTRY_COMPARE(form->titleText(), u"Undated"_s);
    QCOMPARE(form->shownDate().date(), QDate::currentDate());
    QCOMPARE(form->dateHint(), u"This post has no date yet: set one here, or press Now"_s);

    QVERIFY(window.openPost(unreadable));
    QTRY_COMPARE(form->titleText(), u"Unreadable"_s);
    QCOMPARE(form->shownDate().date(), QDate::currentDate());
    QVERIFY2(form->dateHint().startsWith(u"“last Tuesday” is not a date"_s), qPrintable(form->dateHint()));
    // Nothing was written by showing them.
    QCOMPARE(readFile(undated), u"---\ntitle: Undated\n---\nText.\n"_s);
    QVERIFY(!window.isWindowModified());
    QFile::remove(dated);
    QFile::remove(undated);
    QFile::remove(unreadable);
}

void TestMainWindow::autosaveIsRestoredAfterACrash()
{
    QString typed;
    {
        auto *window = new App::MainWindow;
        QVERIFY(openAndWait(*window));
        window->editor()->moveCursor(QTextCursor::End);
        typeText(window->editor(), u"\nWords typed just before the crash.\n"_s);
        typed = window->editor()->toPlainText();
        QTRY_VERIFY_WITH_TIMEOUT(window->recoveryStore().find(m_welcome).has_value(), 2000 + window->autosaveDelayMs());
        QCOMPARE(window->recoveryStore().find(m_welcome)->text, typed);
        // A crash: the window goes without closing, saving or cleaning up.
        window->editor()->document()->setModified(false);
        delete window;
    }
    QCOMPARE(readFile(m_welcome), m_welcomeText);
    App::MainWindow again;
    QVERIFY(openAndWait(again));
    QVERIFY(again.notificationBar()->isVisible());
    QVERIFY(again.notificationBar()->message().contains(u"unsaved changes"_s));
    QCOMPARE(again.editor()->toPlainText(), m_welcomeText);
    again.notificationBar()->button(0)->click();
    QCOMPARE(again.editor()->toPlainText(), typed);
    QVERIFY(again.isWindowModified());
    QVERIFY(again.save());
    QCOMPARE(readFile(m_welcome), typed);
    QVERIFY(!again.recoveryStore().find(m_welcome).has_value());
}

void TestMainWindow::anExternalChangeIsOfferedNeverApplied()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    const QString external = m_welcomeText + u"\nA line from another editor.\n"_s;
    writeFile(m_welcome, external);
    QTRY_VERIFY_WITH_TIMEOUT(window.notificationBar()->isVisible(), 5000);
    QVERIFY(window.notificationBar()->message().contains(u"changed on disk"_s));
    QCOMPARE(window.editor()->toPlainText(), m_welcomeText);
    window.notificationBar()->button(0)->click();
    QCOMPARE(window.editor()->toPlainText(), external);
    QVERIFY(!window.isWindowModified());
    // And undo brings back what the editor had.
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), m_welcomeText);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::scriptsInAPostNeverRun()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    // Even raw HTML (which a site may allow) cannot run script in the preview.
    Core::RenderedBlocks hostile;
    const QStringList vectors = {u"<script>window.pwned = 1;</script>"_s,
        u"<img src=\"missing.png\" onerror=\"window.pwned = 2\">"_s, u"<svg onload=\"window.pwned = 3\"></svg>"_s,
        u"<iframe srcdoc=\"<script>parent.pwned = 4</script>\"></iframe>"_s,
        u"<a id=\"js\" href=\"javascript:window.pwned = 5\">link</a>"_s};
    for (const QString &vector : vectors)
        hostile.append({1, 1, vector, size_t(hostile.size() + 1), 0, false, {}});
    QSignalSpy shown(window.preview(), &App::PreviewView::blocksShown);
    window.preview()->showBlocks(hostile);
    QVERIFY(shown.wait(10000));
    QTest::qWait(300);
    evaluateInPreview(window.preview(), u"document.getElementById('js').click()"_s);
    QTest::qWait(200);
    QCOMPARE(previewText(window, u"String(window.pwned)"_s), u"undefined"_s);
    QCOMPARE(evaluateInPreview(window.preview(), u"document.querySelectorAll('.pw-block').length"_s).toInt(), 5);
}

void TestMainWindow::imagesResolveFromThePostAndTheStaticFolder()
{
    QImage dot(3, 2, QImage::Format_RGB32);
    dot.fill(Qt::red);
    QDir(m_blog).mkpath(u"static/images"_s);
    QDir(m_blog).mkpath(u"content/posts/bundle"_s);
    QVERIFY(dot.save(m_blog + u"/static/images/dot.png"_s));
    QVERIFY(dot.scaled(5, 4).save(m_blog + u"/content/posts/bundle/beside.png"_s));
    const QString post = m_blog + u"/content/posts/bundle/index.md"_s;
    // Astro's heroImage leads the post, above its title, as the site's template shows it.
    writeFile(post,
        u"---\ntitle: Bundle\nheroImage: beside.png\n---\n\n![site](/images/dot.png)\n\n![bundle](beside.png)\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window, post));
    const QString sizes = u"Array.from(document.images).filter(i => !i.hidden)"
                          u".map(i => i.id + i.naturalWidth + 'x' + i.naturalHeight).join(',')"_s;
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, sizes), u"postwright-hero5x4,3x2,5x4"_s, 10000);
    // From the site's static folder too; and gone with the field.
    window.editor()->setPlainText(
        window.editor()->toPlainText().replace(u"heroImage: beside.png"_s, u"heroImage: /images/dot.png"_s));
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, sizes), u"postwright-hero3x2,3x2,5x4"_s, 10000);
    window.editor()->setPlainText(window.editor()->toPlainText().remove(u"heroImage: /images/dot.png\n"_s));
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, sizes), u"3x2,5x4"_s, 10000);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::remoteImagesLoadOnlyWhenTheBlogAllowsThem()
{
    // A loopback HTTP server counts what the preview asks for.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++requests;
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    const QString post = m_blog + u"/content/posts/remote.md"_s;
    writeFile(
        post, u"---\ntitle: Remote\n---\n\n![remote](http://127.0.0.1:%1/tracker.png)\n"_s.arg(server.serverPort()));
    App::MainWindow window;
    QVERIFY(openAndWait(window, post));
    QTest::qWait(500);
    QCOMPARE(requests, 0);
    QVERIFY(!window.remoteContentAction()->isChecked());

    QSignalSpy shown(window.preview(), &App::PreviewView::blocksShown);
    window.remoteContentAction()->trigger();
    QVERIFY(shown.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(requests > 0, 5000);
    window.remoteContentAction()->trigger(); // back to the default for the other tests
}

void TestMainWindow::shortcodesPreviewAsTheSiteShowsThemAndLoadNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++requests;
            socket->disconnectFromHost();
        }
    });
    const QString loopback = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    const QString post = m_blog + u"/content/posts/shortcodes.md"_s;
    writeFile(post,
        u"---\ntitle: Shortcodes\n---\n\nSee [the tour]({{< ref \"markdown-tour.md\" >}}) and [a lost one]({{< ref "
        u"\"lost.md\" >}}).\n\n{{< figure src=\"%1/figure.png\" caption=\"A harbour\" >}}\n\n{{< youtube "
        u"dQw4w9WgXcQ >}}\n\n{{< gist spf13 7896402 >}}\n\n{{< x user=\"a\" id=\"1\" >}}\n\n{{% notice tip %}}\nA "
        u"**tip**.\n{{% /notice %}}\n"_s.arg(loopback));
    App::MainWindow window;
    QVERIFY(openAndWait(window, post));
    // The ref follows the library once it is read: the other post's public address.
    const QString links = u"Array.from(document.querySelectorAll('#postwright-content a')).map(a => "
                          u"a.getAttribute('href')).join(' ')"_s;
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, links), u"https://example.invalid/posts/markdown-tour/ #"_s, 20000);
    QVERIFY(
        previewText(window, u"document.querySelector('.pw-template-warning').textContent"_s).contains(u"lost.md"_s));
    QCOMPARE(previewText(window, u"document.querySelector('figcaption').textContent.trim()"_s), u"A harbour"_s);
    QCOMPARE(previewText(window,
                 u"Array.from(document.querySelectorAll('.pw-embed .pw-label')).map(e => e.textContent).join(', ')"_s),
        u"YouTube video, GitHub gist, Post on X"_s);
    QCOMPARE(previewText(window, u"document.querySelector('.pw-shortcode .pw-inner strong').textContent"_s), u"tip"_s);
    // The labelled boxes are styled as boxes, not as the text around them.
    QCOMPARE(
        previewText(window, u"getComputedStyle(document.querySelector('.pw-embed')).borderTopStyle"_s), u"dashed"_s);
    // Nothing remote loads: not the figure's image, not an embed.
    QTest::qWait(500);
    QCOMPARE(requests, 0);
    // Shortcodes are no words: the reading time counts "See the tour and a lost one." and the rest.
    QCOMPARE(Core::Post::analyse(window.editor()->toPlainText(), Core::SiteModel::read(m_blog).markdownOptions())
                 .words()
                 .hugo,
        11);
}

void TestMainWindow::codeIsHighlightedByItsLanguageInTheSitesStyle()
{
    const QString post = m_blog + u"/content/posts/code.md"_s;
    writeFile(post,
        u"---\ntitle: Code\n---\n\n```python\ndef greet(name):\n    return 42\n```\n\n{{< highlight go >}}\nfunc "
        u"main() { return }\n{{< /highlight >}}\n\n```no-such-language\nif x then y\n```\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window, post));
    const QString keywords =
        u"Array.from(document.querySelectorAll('pre.pw-highlighted')).map(p => "
        u"Array.from(p.querySelectorAll('.hljs-keyword')).map(k => k.textContent).join('+')).join(' ')"_s;
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, keywords), u"def+return func+return"_s, 10000);
    // Highlighting changes colours, never the code.
    QCOMPARE(previewText(window, u"document.querySelector('pre[lang=python] code').textContent"_s),
        u"def greet(name):\n    return 42\n"_s);
    QCOMPARE(previewText(window, u"document.querySelector('pre[lang=no-such-language]').className"_s), QString());
    // Hugo colours code with monokai unless the site says otherwise; the preview follows.
    const QString background = u"getComputedStyle(document.querySelector('pre[lang=python] code')).backgroundColor"_s;
    QCOMPARE(previewText(window, background), u"rgb(39, 40, 34)"_s);
    QFile config(m_blog + u"/hugo.toml"_s);
    QVERIFY(config.open(QIODevice::Append));
    config.write("\n[markup.highlight]\nstyle = \"solarized-light\"\n");
    config.close();
    QTRY_COMPARE_WITH_TIMEOUT(previewText(window, background), u"rgb(253, 246, 227)"_s, 20000);
}

void TestMainWindow::editorAndPreviewScrollTogether()
{
    QString longPost = u"---\ntitle: Long\n---\n"_s;
    for (int i = 1; i <= 150; ++i)
        longPost +=
            u"\n## Section %1\n\nA paragraph of the section, long enough to wrap a little in the preview.\n"_s.arg(i);
    const QString path = m_blog + u"/content/posts/long.md"_s;
    writeFile(path, longPost);
    App::MainWindow window;
    QVERIFY(openAndWait(window, path));
    window.editor()->scrollToLine(300);
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInPreview(window.preview(), u"window.scrollY"_s).toDouble() > 1000, 5000);
    window.editor()->scrollToLine(1);
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInPreview(window.preview(), u"window.scrollY"_s).toDouble() < 50, 5000);
    QTest::qWait(300);
    evaluateInPreview(window.preview(), u"window.scrollTo(0, document.body.scrollHeight / 2)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.editor()->firstVisibleLine() > 150, 5000);
}

void TestMainWindow::writerShortcuts()
{
    App::MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    App::MarkdownEditor *editor = window.editor();
    editor->loadText(u"word\n"_s);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(0);
    cursor.setPosition(4, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), u"**word**\n"_s);
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), u"word\n"_s);

    editor->loadText(u"- first"_s);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"second"_s);
    QCOMPARE(editor->toPlainText(), u"- first\n- second"_s);
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(editor->toPlainText(), u"- first\n  - second"_s);
    QTest::keyClick(editor, Qt::Key_Backtab);
    QCOMPARE(editor->toPlainText(), u"- first\n- second"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return); // an empty item ends the list
    QCOMPARE(editor->toPlainText(), u"- first\n- second\n"_s);

    editor->loadText(u"9. nine"_s);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(editor->toPlainText(), u"9. nine\n10. "_s);

    editor->loadText(u"> quoted"_s);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(editor->toPlainText(), u"> quoted\n> "_s);

    editor->loadText(u"see docs"_s);
    cursor = editor->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(8, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), u"see [docs](https://)"_s);
    QCOMPARE(editor->textCursor().selectedText(), u"https://"_s);
    editor->document()->setModified(false);
}

void TestMainWindow::misspelledWordsOfferCorrections()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    window.setSpellingLanguage(u"en_US"_s);
    QCOMPARE(window.spellingLanguage(), u"en_US"_s);
    window.editor()->loadText(u"I wrote teh post.\n"_s);
    QTextCursor cursor(window.editor()->document());
    cursor.setPosition(9);
    const QPoint where = window.editor()->cursorRect(cursor).center();
    std::unique_ptr<QMenu> menu(window.editor()->contextMenuAt(where));
    QCOMPARE(menu->actions().value(0)->text(), u"the"_s);
    menu->actions().value(0)->trigger();
    QCOMPARE(window.editor()->toPlainText(), u"I wrote the post.\n"_s);
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), u"I wrote teh post.\n"_s);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::findAndReplaceWithARegularExpression()
{
    App::MainWindow window;
    window.show();
    window.editor()->loadText(u"colour and colour, Colour\n"_s);
    window.findBar()->showReplace();
    window.findBar()->findField()->setText(u"col(ou)r"_s);
    window.findBar()->replaceField()->setText(u"col\\1r!"_s);
    window.findBar()->regexBox()->setChecked(true);
    QCOMPARE(window.findBar()->replaceAll(), 3);
    QCOMPARE(window.editor()->toPlainText(), u"colour! and colour!, colour!\n"_s);
    window.editor()->undo();
    QCOMPARE(window.editor()->toPlainText(), u"colour and colour, Colour\n"_s);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::saveKeepsCrlfAndTheByteOrderMark()
{
    const QString path = m_blog + u"/content/posts/windows.md"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF---\r\ntitle: Windows\r\n---\r\nBody\r\n");
    file.close();
    App::MainWindow window;
    QVERIFY(openAndWait(window, path));
    QCOMPARE(window.frontMatterForm()->titleText(), u"Windows"_s);
    auto *title = window.frontMatterForm()->findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    title->end(false);
    QTest::keyClick(title, Qt::Key_S);
    QVERIFY(window.save());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF---\r\ntitle: Windowss\r\n---\r\nBody\r\n"));
    file.close();
    file.remove();
}

void TestMainWindow::publishShowsTheReceiptProgressAndCommit()
{
    QSettings().setValue(u"author/name"_s, u"Pat Writer"_s);
    QSettings().setValue(u"author/email"_s, u"pat@example.invalid"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QCOMPARE(window.postStatusText(), u"published"_s);
    window.editor()->moveCursor(QTextCursor::End);
    typeText(window.editor(), u"\nOne more line to publish.\n"_s);
    App::PublishDialog *dialog = window.publish();
    QVERIFY(dialog);
    QCOMPARE(window.postStatusText(), u"changed since publish"_s); // saved, not yet published
    QCOMPARE(dialog->state(), App::PublishDialog::State::Receipt);
    auto *files = dialog->findChild<QTreeWidget *>(u"filesTree"_s);
    QCOMPARE(files->topLevelItemCount(), 1);
    QCOMPARE(files->topLevelItem(0)->text(0), u"content/posts/welcome-to-postwright.md"_s);
    QCOMPARE(files->topLevelItem(0)->text(2), u"+2 −0"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"messageEdit"_s)->text(), u"Publish: Welcome to Postwright"_s);
    // The sample post passes the check before publishing: nothing listed, nothing to override.
    QVERIFY(dialog->findChild<QTreeWidget *>(u"checksTree"_s)->isHidden());
    QVERIFY(dialog->findChild<QCheckBox *>(u"overrideCheck"_s)->isHidden());
    QVERIFY(dialog->publishButton()->isEnabled());
    if (qEnvironmentVariableIsSet("POSTWRIGHT_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("POSTWRIGHT_SCREENSHOT_DIR") + u"/publish-receipt.png"_s);

    QSignalSpy finished(dialog, &App::PublishDialog::finishedPublishing);
    dialog->publishButton()->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->state(), App::PublishDialog::State::Published);
    const QString head = git(m_blog, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed();
    QVERIFY2(dialog->resultText().contains(head.left(10)), qPrintable(dialog->resultText()));
    QCOMPARE(
        git(SampleBlog::originPath(m_data->path()), {u"log"_s, u"-1"_s, u"--format=%s"_s, u"main"_s}).out.trimmed(),
        u"Publish: Welcome to Postwright"_s);
    QCOMPARE(window.postStatusText(), u"published"_s);
    if (qEnvironmentVariableIsSet("POSTWRIGHT_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("POSTWRIGHT_SCREENSHOT_DIR") + u"/publish-result.png"_s);
    dialog->close();
    m_welcomeText = readFile(m_welcome);
}

void TestMainWindow::theReceiptShowsTheCheckAndErrorsHoldPublishing()
{
    QSettings().setValue(u"author/name"_s, u"Pat Writer"_s);
    QSettings().setValue(u"author/email"_s, u"pat@example.invalid"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    window.editor()->moveCursor(QTextCursor::End);
    // A web server on loopback for whom every page is gone.
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost, 0));
    connect(&web, &QTcpServer::newConnection, &web, [&web] {
        while (QTcpSocket *socket = web.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    const QString gone = u"http://127.0.0.1:%1/gone"_s.arg(web.serverPort());
    typeText(window.editor(), u"\n![](/css/style.css)\n\n![A lost picture](lost.png)\n"_s);
    const int lostLine = int(window.editor()->toPlainText().count(u'\n'));
    typeText(window.editor(), u"\n[away](%1)\n"_s.arg(gone));
    const int awayLine = lostLine + 2;
    const QString remoteBefore = git(SampleBlog::originPath(m_data->path()), {u"rev-parse"_s, u"main"_s}).out;
    App::PublishDialog *dialog = window.publish();
    QVERIFY(dialog);
    auto *checks = dialog->findChild<QTreeWidget *>(u"checksTree"_s);
    QVERIFY(!checks->isHidden());
    QStringList rows;
    for (int i = 0; i < checks->topLevelItemCount(); ++i)
        rows.append(checks->topLevelItem(i)->text(0) + u' ' + checks->topLevelItem(i)->text(1));
    QCOMPARE(rows.size(), 2);
    QVERIFY2(
        rows[0].startsWith(QString::number(lostLine - 2) + u" Warning: The image /css/style.css has no alt text"_s),
        qPrintable(rows.join(u'\n')));
    QVERIFY2(rows[1].startsWith(QString::number(lostLine) + u" Error: The image lost.png is not in the blog"_s),
        qPrintable(rows.join(u'\n')));
    if (qEnvironmentVariableIsSet("POSTWRIGHT_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("POSTWRIGHT_SCREENSHOT_DIR") + u"/publish-check.png"_s);
    // Web links are asked only when the writer asks.
    QCOMPARE(checks->topLevelItemCount(), 2);
    dialog->linksButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(checks->topLevelItemCount(), 3, 10000);
    QCOMPARE(checks->topLevelItem(2)->text(0) + u' ' + checks->topLevelItem(2)->text(1),
        QString::number(awayLine) + u" Warning: The link "_s + gone + u" answers 404 Not Found."_s);
    QCOMPARE(dialog->linksButton()->text(), u"Links Checked"_s);
    // An error holds Publish until the writer fixes it or publishes despite it.
    auto *override = dialog->findChild<QCheckBox *>(u"overrideCheck"_s);
    QVERIFY(!override->isHidden());
    QVERIFY(!dialog->publishButton()->isEnabled());
    override->setChecked(true);
    QVERIFY(dialog->publishButton()->isEnabled());
    override->setChecked(false);
    QVERIFY(!dialog->publishButton()->isEnabled());
    // Activating the error goes to its line, and the receipt closes: nothing was published.
    QPointer<App::PublishDialog> receipt(dialog);
    emit checks->itemActivated(checks->topLevelItem(1), 0);
    QTRY_VERIFY(!receipt || !receipt->isVisible());
    QCOMPARE(window.editor()->textCursor().blockNumber() + 1, lostLine);
    QCOMPARE(git(SampleBlog::originPath(m_data->path()), {u"rev-parse"_s, u"main"_s}).out, remoteBefore);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::theLibraryListsPostsWithStatusAndOpensThem()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QListView *list = window.library()->list();
    int onDisk = 0; // other tests add posts to the sample blog too
    for (QDirIterator it(m_blog + u"/content/posts"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++onDisk;
    QTRY_COMPARE_WITH_TIMEOUT(libraryRows(window), onDisk, 5000);
    QVERIFY2(libraryRow(window, 0).startsWith(u"Welcome to Postwright\n"_s), qPrintable(libraryRow(window, 0)));
    QVERIFY2(libraryRow(window, 0).contains(u"min read · published"_s), qPrintable(libraryRow(window, 0)));
    const QString all = libraryRowTexts(window).join(u'|');
    QVERIFY2(all.contains(u"draft, "_s), qPrintable(all));

    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), u"edited"_s);
    QSignalSpy scanned(&window, &App::MainWindow::libraryScanned);
    QVERIFY(window.save());
    QVERIFY(scanned.wait(10000));
    QVERIFY2(libraryRow(window, 0).contains(u"changed since publish"_s), qPrintable(libraryRow(window, 0)));

    window.library()->searchField()->setText(u"kettle"_s);
    QCOMPARE(libraryRows(window), 1);
    QSignalSpy shown(window.preview(), &App::PreviewView::blocksShown);
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(window.library()->model()->index(0)).center());
    QTRY_VERIFY_WITH_TIMEOUT(window.postPath().endsWith(u"notes-on-a-quiet-morning.md"_s), 5000);

    // A file added on disk appears without asking.
    window.library()->searchField()->clear();
    writeFile(
        m_blog + u"/content/posts/added-elsewhere.md"_s, u"---\ntitle: Added elsewhere\ndate: 2026-01-01\n---\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(libraryRows(window), onDisk + 1, 10000);
    QFile::remove(m_blog + u"/content/posts/added-elsewhere.md"_s);
    writeFile(m_welcome, m_welcomeText);
}

void TestMainWindow::aBlogIsReadOffTheGuiThreadBeforeItsNewestPostOpens()
{
    App::MainWindow window;
    window.show();
    QSignalSpy scanned(&window, &App::MainWindow::libraryScanned);
    // A scan is already running when the blog is opened again: its newest post still opens.
    QVERIFY(window.open({m_blog, {}}, false));
    QVERIFY(window.open({m_blog, {}}));
    // open() has returned without reading the posts on the GUI thread.
    QVERIFY(window.postPath().isEmpty());
    QCOMPARE(scanned.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.postPath(), m_welcome, 20000);
    QCOMPARE(window.editor()->toPlainText(), m_welcomeText);
    QCOMPARE(scanned.count(), 2);

    // A long first reading shows how far it has got.
    window.library()->showScanProgress(12, 50);
    QCOMPARE(window.library()->countText(), u"Reading the blog… 12 of 50 posts"_s);

    // A post the writer opens while the blog is being read stays open.
    const QString other = m_blog + u"/content/posts/markdown-tour.md"_s;
    QVERIFY(window.open({m_blog, {}}));
    QVERIFY(window.openPost(other));
    QVERIFY(scanned.wait(20000));
    QTest::qWait(50);
    QCOMPARE(window.postPath(), other);
}

void TestMainWindow::theLibraryCatchesUpWhenTheWindowIsActiveAgain()
{
    const QString path = m_blog + u"/content/posts/edited-elsewhere.md"_s;
    writeFile(path, u"---\ntitle: Before\ndate: 2026-01-02\n---\nText.\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QApplication::setActiveWindow(&window);
    const auto rows = [&window] { return libraryRowTexts(window).join(u'|'); };
    QTRY_VERIFY_WITH_TIMEOUT(rows().contains(u"Before\n"_s), 10000);

    // The writer goes to another editor, which rewrites the post in place (no file comes or goes),
    // and commits it in a terminal.
    QApplication::setActiveWindow(nullptr);
    writeFile(path, u"---\ntitle: After\ndate: 2026-01-02\n---\nText.\n"_s);
    QVERIFY(git(m_blog, {u"add"_s, path}).ok());
    QVERIFY(git(m_blog,
        {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.invalid"_s, u"commit"_s, u"-qm"_s, u"elsewhere"_s})
                .ok());
    // Back in Postwright, the list shows both.
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY2_WITH_TIMEOUT(rows().contains(u"After\n"_s), qPrintable(rows()), 10000);
    const QString after = libraryRowTexts(window).filter(u"After\n"_s).value(0);
    QVERIFY2(after.endsWith(u" · 1 min read · committed, not pushed"_s), qPrintable(after));

    QVERIFY(git(m_blog, {u"reset"_s, u"-q"_s, u"HEAD~1"_s}).ok());
    QVERIFY(QFile::remove(path));
}

void TestMainWindow::postsWithAProblemAreMarkedInTheLibrary()
{
    const QString binary = m_blog + u"/content/posts/binary.md"_s;
    const QString broken = m_blog + u"/content/posts/broken.md"_s;
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    writeFile(broken, u"---\ntitle: [unclosed\n---\nBody.\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    const auto row = [&window](const QString &name) {
        for (int i = 0; i < libraryRows(window); ++i) {
            const QModelIndex index = window.library()->model()->index(i);
            if (index.data(App::PostListModel::PathRole).toString().endsWith(name))
                return index;
        }
        return QModelIndex();
    };
    QTRY_VERIFY(row(u"/broken.md"_s).isValid() && row(u"/binary.md"_s).isValid());
    const QString binaryRow = row(u"/binary.md"_s).data().toString();
    QVERIFY2(binaryRow.startsWith(u"⚠ binary.md\n"_s) && binaryRow.contains(u" · cannot be read · "_s),
        qPrintable(binaryRow));
    // The tooltip has the whole row, which a narrow sidebar cuts short, and what is wrong.
    const QString binaryTip = row(u"/binary.md"_s).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        binaryTip.startsWith(binaryRow + u"\n\n"_s) && binaryTip.contains(u"binary file"_s), qPrintable(binaryTip));
    const QString brokenRow = row(u"/broken.md"_s).data().toString();
    QVERIFY2(
        brokenRow.startsWith(u"⚠ broken.md\n"_s) && brokenRow.contains(u" · 1 min read · "_s), qPrintable(brokenRow));
    QVERIFY2(row(u"/broken.md"_s).data(Qt::ToolTipRole).toString().endsWith(u"did not find expected ',' or ']'"_s),
        qPrintable(row(u"/broken.md"_s).data(Qt::ToolTipRole).toString()));
    const QModelIndex welcome = row(u"/welcome-to-postwright.md"_s);
    QVERIFY(!welcome.data().toString().startsWith(u"⚠"_s));
    QCOMPARE(welcome.data(Qt::ToolTipRole).toString(),
        welcome.data().toString()
            + u"\n\nA tour of the writing window, from the first sentence to a published post, in five minutes."_s);
    QFile::remove(binary);
    QFile::remove(broken);
}

void TestMainWindow::theLibraryStaysWhereItWasScrolled()
{
    QStringList extra;
    for (int i = 0; i < 60; ++i) {
        extra.append(m_blog + u"/content/posts/extra-%1.md"_s.arg(i));
        writeFile(extra.last(),
            u"---\ntitle: Extra %1\ndate: 2025-01-%2\n---\nText.\n"_s.arg(i).arg(1 + i % 28, 2, 10, QChar(u'0')));
    }
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QTRY_VERIFY(libraryRows(window) >= 63); // other tests add posts to the sample blog too
    const int rows = libraryRows(window);
    QScrollBar *scroll = window.library()->list()->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum());
    const int bottom = scroll->value();
    QVERIFY(bottom > 0);
    QSignalSpy scanned(&window, &App::MainWindow::libraryScanned);

    // Read again with nothing changed, as on coming back to the window.
    window.rescanLibrary();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(scroll->value(), bottom);
    // A post changed on disk: its row is updated in place.
    writeFile(extra[0], u"---\ntitle: Extra renamed\ndate: 2025-01-01\n---\nText.\n"_s);
    window.rescanLibrary();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(scroll->value(), bottom);
    QVERIFY(libraryRowTexts(window).join(u'|').contains(u"Extra renamed\n"_s));
    // A post gone: the list is rebuilt, still where it was.
    QVERIFY(QFile::remove(extra.takeLast()));
    window.rescanLibrary();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(libraryRows(window), rows - 1);
    QVERIFY2(scroll->value() >= bottom - window.library()->list()->sizeHintForRow(0),
        qPrintable(QString::number(scroll->value())));
    for (const QString &path : std::as_const(extra))
        QFile::remove(path);
}

void TestMainWindow::wordsTypedWhileTheBlogIsReadAreKept()
{
    App::MainWindow window;
    window.show();
    QSignalSpy scanned(&window, &App::MainWindow::libraryScanned);
    QVERIFY(window.open({m_blog, {}}));
    QVERIFY(window.postPath().isEmpty());
    QTest::keyClicks(window.editor(), u"A first line"_s);
    QVERIFY(scanned.wait(20000));
    QTest::qWait(50);
    QVERIFY(window.postPath().isEmpty());
    QCOMPARE(window.editor()->toPlainText(), u"A first line"_s);
    QVERIFY(window.isWindowModified());

    // Opening the blog again, after the writer chose to discard those words: the newest opens.
    QVERIFY(window.open({m_blog, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(window.postPath(), m_welcome, 20000);
    QCOMPARE(window.editor()->toPlainText(), m_welcomeText);
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::aDroppedImageIsCopiedAndLinked()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QImage picture(6, 5, QImage::Format_RGB32);
    picture.fill(Qt::green);
    QTemporaryDir elsewhere;
    QVERIFY(picture.save(elsewhere.filePath(u"Holiday Snap.png"_s)));
    QFile source(elsewhere.filePath(u"Holiday Snap.png"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    window.editor()->moveCursor(QTextCursor::End);
    {
        DialogAnswers writer({describeImage(u"A green field"_s)});
        QVERIFY(window.insertImage(source.readAll(), u"Holiday Snap.png"_s));
        QCOMPARE(writer.answered(), 1);
    }
    QVERIFY(window.editor()->toPlainText().endsWith(u"![A green field](/images/holiday-snap.png)"_s));
    QVERIFY(QFile::exists(m_blog + u"/static/images/holiday-snap.png"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        previewText(window,
            u"Array.from(document.querySelectorAll('#postwright-content img')).map(i => i.naturalWidth).join(',')"_s),
        u"6"_s, 10000);

    // Pasted from a file manager: the window asks for the alt text, which may hold brackets.
    QVERIFY(picture.save(elsewhere.filePath(u"Second Snap.png"_s)));
    auto *copied = new QMimeData;
    copied->setUrls({QUrl::fromLocalFile(elsewhere.filePath(u"Second Snap.png"_s))});
    QApplication::clipboard()->setMimeData(copied);
    {
        DialogAnswers writer({describeImage(u"a [b] \\ c"_s)});
        window.editor()->paste();
        QCOMPARE(writer.answered(), 1);
    }
    QVERIFY2(window.editor()->toPlainText().endsWith(u"![a \\[b\\] \\\\ c](/images/second-snap.png)"_s),
        qPrintable(window.editor()->toPlainText().right(80)));
    QTRY_COMPARE_WITH_TIMEOUT(
        previewText(
            window, u"Array.from(document.querySelectorAll('#postwright-content img')).map(i => i.alt).join('|')"_s),
        u"A green field|a [b] \\ c"_s, 10000);
    window.editor()->document()->setModified(false);
    QFile::remove(m_blog + u"/static/images/holiday-snap.png"_s);
    QFile::remove(m_blog + u"/static/images/second-snap.png"_s);
}

void TestMainWindow::renamingAndDeletingFromTheLibrary()
{
    const QString path = m_blog + u"/content/posts/to-rename.md"_s;
    QString body;
    for (int line = 1; line <= 200; ++line)
        body += u"Line %1 of the body.\n"_s.arg(line);
    writeFile(path, u"---\ntitle: To rename\ndate: 2026-01-01\n---\n"_s + body);
    // Published, so that its old address is worth keeping.
    QVERIFY(git(m_blog, {u"add"_s, path}).ok());
    QVERIFY(git(m_blog,
        {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.invalid"_s, u"commit"_s, u"-qm"_s, u"to rename"_s})
                .ok());
    QVERIFY(git(m_blog, {u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}).ok());
    App::MainWindow window;
    QVERIFY(openAndWait(window, path));
    QSignalSpy scanned(&window, &App::MainWindow::libraryScanned);
    // The writer is at line 150 of the body; the rename adds the old address to the front matter.
    const auto caretLineText = [&window] { return window.editor()->textCursor().block().text(); };
    window.editor()->goToLine(154);
    QCOMPARE(caretLineText(), u"Line 150 of the body."_s);
    const int firstLine = window.editor()->firstVisibleLine();
    QVERIFY(firstLine > 1);
    {
        // The writer gives the new name and keeps the old address.
        DialogAnswers writer({DialogAnswers::text(u"Renamed Post"_s), DialogAnswers::button(QMessageBox::Yes)});
        QVERIFY(window.renamePost(path));
        QCOMPARE(writer.answered(), 2);
    }
    QCOMPARE(window.postPath(), m_blog + u"/content/posts/renamed-post.md"_s);
    QVERIFY(!QFile::exists(path));
    QVERIFY(window.editor()->toPlainText().contains(u"to-rename"_s));
    QCOMPARE(caretLineText(), u"Line 150 of the body."_s);
    const int addedLines = window.editor()->blockCount() - (body.count(u'\n') + 5);
    QVERIFY(addedLines > 0);
    QCOMPARE(window.editor()->firstVisibleLine(), firstLine + addedLines);
    QVERIFY(scanned.wait(10000));
    // Words typed and not saved go to the trash with the post.
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), u"Unsaved last words."_s);
    QVERIFY(window.isWindowModified());
    {
        DialogAnswers writer({DialogAnswers::button(QMessageBox::Yes)});
        QVERIFY(window.deletePost(window.postPath()));
        QCOMPARE(writer.answered(), 1);
    }
    QVERIFY(!QFile::exists(m_blog + u"/content/posts/renamed-post.md"_s));
    QVERIFY(window.postPath().isEmpty());
    // It can be brought back from the trash, and the window says where it went.
    const QString message = window.statusBar()->currentMessage();
    const QString prefix = u"Moved to the trash: "_s;
    QVERIFY2(message.startsWith(prefix), qPrintable(message));
    QVERIFY(readFile(message.sliced(prefix.size())).contains(u"Line 150 of the body."_s));
    QVERIFY(readFile(message.sliced(prefix.size())).endsWith(u"Unsaved last words."_s));
    QVERIFY(!window.isWindowModified());
    QVERIFY(QFile::remove(message.sliced(prefix.size())));
}

void TestMainWindow::aNewPostFromTheMenuIsListedAndWrittenBelowItsFrontMatter()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QApplication::setActiveWindow(&window);
    QSignalSpy scanned(&window, &App::MainWindow::libraryScanned);
    // The New Post dialog is modal: the title is typed into it as a writer would.
    QString plannedFile;
    QTimer::singleShot(0, this, [&plannedFile] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"../A walk, by the river"_s);
        plannedFile = dialog->findChild<QLabel *>(u"pathLabel"_s)->text();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(window.editor(), Qt::Key_N, Qt::ControlModifier);
    const QString path = m_blog + u"/content/posts/a-walk-by-the-river.md"_s;
    QCOMPARE(plannedFile, u"content/posts/a-walk-by-the-river.md"_s);
    QCOMPARE(window.postPath(), path);
    QVERIFY(QFile::exists(path));
    QTRY_COMPARE_WITH_TIMEOUT(window.frontMatterForm()->titleText(), u"../A walk, by the river"_s, 10000);

    // The first words go into the body, not before the front matter.
    QCOMPARE(window.focusWidget(), window.editor()); // the window's focus once it is active again
    QTest::keyClicks(window.editor(), u"By the water."_s);
    QVERIFY2(
        window.editor()->toPlainText().endsWith(u"---\n\nBy the water."_s), qPrintable(window.editor()->toPlainText()));
    QVERIFY(window.save());
    QTRY_VERIFY_WITH_TIMEOUT(libraryRow(window, 0).startsWith(u"../A walk, by the river\n"_s), 10000);
    QVERIFY2(libraryRow(window, 0).contains(u"draft, not published"_s), qPrintable(libraryRow(window, 0)));
    QVERIFY(QFile::remove(path));
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

void TestMainWindow::everyControlHasANameAndAKeyboardPath()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    QApplication::setActiveWindow(&window);
    // What a screen reader announces for each control a writer can tab to.
    QStringList unnamed;
    int controls = 0;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A scroll area's viewport and a spin box's line edit: their owner is the named control.
        if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        ++controls;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", "_s)));
    QVERIFY(controls > 10);

    // The form's tab order follows its layout.
    auto *title = window.frontMatterForm()->findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QStringList order;
    // The date field takes Tab to go from one of its parts to the next before leaving.
    for (int i = 0; i < 16 && order.size() < 6; ++i) {
        const QString name = QApplication::focusWidget()->objectName();
        if (order.isEmpty() || order.last() != name)
            order.append(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order,
        (QStringList{u"titleEdit"_s, u"summaryEdit"_s, u"tagsEdit"_s, u"dateEdit"_s, u"nowButton"_s, u"draftCheck"_s}));

    // Renaming and deleting a post from the library need no mouse.
    auto *panel = window.findChild<App::LibraryPanel *>();
    QListView *list = panel->list();
    QTRY_VERIFY(libraryRows(window) >= 2);
    list->setFocus();
    list->setCurrentIndex(panel->model()->index(1));
    // The window answers with its rename and delete questions: this writer says no to both.
    QTimer declineQuestions;
    connect(&declineQuestions, &QTimer::timeout, this, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    declineQuestions.start(20);
    QSignalSpy renames(panel, &App::LibraryPanel::renameRequested);
    QSignalSpy deletions(panel, &App::LibraryPanel::deleteRequested);
    QTest::keyClick(list, Qt::Key_F2);
    QCOMPARE(renames.size(), 1);
    QCOMPARE(
        renames.first().first().toString(), panel->model()->index(1).data(App::PostListModel::PathRole).toString());
    QApplication::setActiveWindow(&window);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(deletions.size(), 1);
    // Every menu command is reachable from the menu bar by its mnemonic.
    for (QAction *menu : window.menuBar()->actions())
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
    qInfo("%d keyboard-reachable controls, all named", controls);
}

void TestMainWindow::commandsThatNeedAPostWaitForOne()
{
    App::MainWindow window;
    window.show();
    // Every command has a name of its own, for tests and for the shortcut settings to come.
    QStringList unnamed;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator() && !action->menu() && action->objectName().isEmpty())
                unnamed.append(action->text());
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    const QStringList needAPost = {
        u"saveAction"_s, u"saveAsAction"_s, u"publishAction"_s, u"boldAction"_s, u"italicAction"_s, u"linkAction"_s};
    const auto enabledOnes = [&window, &needAPost] {
        QStringList enabled;
        for (const QString &name : needAPost) {
            auto *action = window.findChild<QAction *>(name);
            if (!action)
                return QStringList{u"no action "_s + name};
            if (action->isEnabled())
                enabled.append(name);
        }
        return enabled;
    };
    // Nothing is open: nothing to save, format or publish.
    QCOMPARE(enabledOnes(), QStringList());
    // A text typed before any post is open can be saved and formatted, not published.
    window.editor()->setFocus();
    QTest::keyClicks(window.editor(), u"A first line"_s);
    QCOMPARE(enabledOnes(), needAPost.mid(0, 2) + needAPost.mid(3));
    window.editor()->document()->setModified(false);
    window.editor()->loadText(QString());
    QCOMPARE(enabledOnes(), QStringList());
    QVERIFY(openAndWait(window));
    QCOMPARE(enabledOnes(), needAPost);
}

void TestMainWindow::theFormHasTheSitesTaxonomiesAndTheAddress()
{
    App::MainWindow window;
    QVERIFY(openAndWait(window));
    App::FrontMatterForm *form = window.frontMatterForm();
    QTRY_COMPARE(form->addressText(), u"https://example.invalid/posts/welcome-to-postwright/"_s);
    // Hugo's default taxonomies: categories beside the tags, written as the block writes lists.
    QLineEdit *categories = form->termsEdit(u"categories"_s);
    QVERIFY(categories);
    QVERIFY(categories->isVisibleTo(form));
    categories->setFocus();
    QTest::keyClicks(categories, u"Notes, Guides"_s);
    QCOMPARE(Core::FrontMatter::parse(window.editor()->toPlainText()).list(u"categories"_s),
        (QStringList{u"Notes"_s, u"Guides"_s}));
    QCOMPARE(window.editor()->toPlainText().count(u"categories:"_s), 1);
    window.editor()->undo();
    // The site's configuration changes on disk: the address follows, the text is left alone.
    const QString text = window.editor()->toPlainText();
    QFile config(m_blog + u"/hugo.toml"_s);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QString toml = QString::fromUtf8(config.readAll());
    config.close();
    writeFile(m_blog + u"/hugo.toml"_s,
        toml.replace(u"https://example.invalid/"_s, u"https://blog.example.org/"_s)
            + u"\n[permalinks]\nposts = '/:year/:slug/'\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(form->addressText(), u"https://blog.example.org/2026/welcome-to-postwright/"_s, 10000);
    QCOMPARE(window.editor()->toPlainText(), text);
    // A post dated after today, on a site that does not build future posts, says when it appears.
    QTextCursor cursor(window.editor()->document());
    const int date = int(text.indexOf(u"date: "_s)) + 6;
    cursor.setPosition(date);
    cursor.setPosition(date + 4, QTextCursor::KeepAnchor);
    cursor.insertText(u"2099"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        form->addressText().contains(u"scheduled: appears on"_s), qPrintable(form->addressText()), 5000);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::theAddressReadsAsABrowserShowsItAndFitsTheForm()
{
    App::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(openAndWait(window));
    App::FrontMatterForm *form = window.frontMatterForm();
    auto *label = form->findChild<QLabel *>(u"addressLabel"_s);
    QVERIFY(label);
    // Hugo percent-encodes a Chinese slug; the writer reads the characters, the link keeps the bytes.
    const QString encoded = u"https://journal.example.org/zh/2026/11/%E5%BC%80%E5%BE%80%E7%BB%B4%E4%B9%9F%E7%BA%B3/"_s;
    form->showAddress(encoded, {});
    QCOMPARE(form->addressText(), u"https://journal.example.org/zh/2026/11/开往维也纳/"_s);
    QTRY_VERIFY(label->text().contains(u"href=\""_s + encoded + u'"'));
    QVERIFY2(label->text().contains(u"开往维也纳"_s), qPrintable(label->text()));
    // An address longer than its room is shortened in the middle, the taxonomy fields keep theirs.
    const QString longAddress = u"https://journal.example.org/"_s + QString(u"a-very-long-slug-"_s).repeated(12) + u'/';
    form->showAddress(longAddress, u"scheduled: appears on 3/1/27"_s);
    QTRY_VERIFY2(label->text().contains(u"…"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"https://journal"_s));
    QVERIFY(label->text().endsWith(u"scheduled: appears on 3/1/27"_s));
    QVERIFY(form->addressText().startsWith(longAddress));
    QVERIFY(label->toolTip().contains(longAddress));
    // However long the address, it never makes the form wider than a narrow window.
    window.resize(900, 800);
    QTRY_VERIFY2(form->width() <= 900 && label->geometry().right() < form->width(),
        qPrintable(u"form %1, label %2"_s.arg(form->width()).arg(label->geometry().right())));
    QVERIFY2(form->minimumSizeHint().width() < 700, qPrintable(QString::number(form->minimumSizeHint().width())));
    QVERIFY2(form->termsEdit(u"categories"_s)->width() >= 120,
        qPrintable(QString::number(form->termsEdit(u"categories"_s)->width())));
    window.editor()->document()->setModified(false);
}

void TestMainWindow::aMultilingualBlogListsEachPostOnceWithItsLanguages()
{
    writeFile(m_blog + u"/hugo.toml"_s,
        u"baseURL = 'https://example.invalid/'\ndefaultContentLanguage = 'en'\n"
        u"[languages.en]\nweight = 1\nlanguageCode = 'en-US'\n[languages.fr]\nweight = 2\nlanguageCode = 'fr-FR'\n"_s);
    writeFile(m_blog + u"/content/posts/welcome-to-postwright.fr.md"_s,
        u"---\ntitle: Bienvenue dans Postwright\ndate: 2026-11-20\n---\nUn texte en français.\n"_s);
    App::MainWindow window;
    QVERIFY(openAndWait(window, m_welcome));
    const auto rows = [&window] { return libraryRowTexts(window); };
    QTRY_COMPARE(libraryRows(window), 3);
    const QString welcome = rows().filter(u"Welcome to Postwright"_s).value(0);
    QVERIFY2(welcome.section(u'\n', 1).startsWith(u"en, fr · "_s), qPrintable(welcome));
    QVERIFY(rows().filter(u"Bienvenue"_s).isEmpty());
    QCOMPARE(window.spellingLanguage(), u"en_US"_s);
    // The French version is checked in French, or not at all without a French dictionary.
    QVERIFY(window.openPost(m_blog + u"/content/posts/welcome-to-postwright.fr.md"_s));
    QVERIFY2(window.spellingLanguage().isEmpty() || window.spellingLanguage().startsWith(u"fr"_s),
        qPrintable(window.spellingLanguage()));
    QTRY_COMPARE(window.frontMatterForm()->addressText(), u"https://example.invalid/fr/posts/welcome-to-postwright/"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

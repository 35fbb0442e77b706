#include "document/post.h"
#include "preview/previewengine.h"
#include "preview/previewview.h"
#include "support/previewprobe.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

// The flags the preview's Chromium starts with, and the page collecting the nodes that edits
// replace. What they save is measured by bench_writingwindow; the launch_smoke test checks that
// the started app follows the flags.
class TestPreviewEngine final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void flags_data();
    void flags();
    void sandboxFollowsTheEnvironmentAndTheFlags();
    void thePageCollectsAfterManyEditsAndAfterAPause();
    void theEnvironmentIsGivenBackOnceTheEngineRuns();

private:
    QByteArray m_flagsBefore;
    bool m_xcbGlWasSet = false;
};

void TestPreviewEngine::initTestCase()
{
    m_flagsBefore = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    m_xcbGlWasSet = qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION");
    // Before the first web page: Chromium reads its flags when QtWebEngine starts.
    App::PreviewEngine::prepare();
    QVERIFY(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--js-flags=--expose-gc"));
}

void TestPreviewEngine::flags_data()
{
    QTest::addColumn<QStringList>("user");
    QTest::addColumn<bool>("sandboxDisabled");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sandboxed") << QStringList() << false
                               << QStringList{
                                      u"--disable-gpu"_s, u"--js-flags=--expose-gc"_s, u"--no-unsandboxed-zygote"_s};
    QTest::newRow("no sandbox: no zygote at all")
        << QStringList() << true
        << QStringList{u"--disable-gpu"_s, u"--js-flags=--expose-gc"_s, u"--no-sandbox"_s, u"--no-zygote"_s};
    QTest::newRow("the writer's flags are kept, none twice")
        << QStringList{u"--no-sandbox"_s, u"--lang=de"_s, u"--disable-gpu"_s, u"--js-flags=--lite-mode"_s} << true
        << QStringList{
               u"--no-sandbox"_s, u"--lang=de"_s, u"--disable-gpu"_s, u"--js-flags=--lite-mode"_s, u"--no-zygote"_s};
    QTest::newRow("a writer's --no-zygote is not contradicted") << QStringList{
        u"--no-zygote"_s} << false << QStringList{u"--no-zygote"_s, u"--disable-gpu"_s, u"--js-flags=--expose-gc"_s};
}

void TestPreviewEngine::flags()
{
    QFETCH(QStringList, user);
    QFETCH(bool, sandboxDisabled);
    QFETCH(QStringList, expected);
    QCOMPARE(App::PreviewEngine::chromiumFlags(user, sandboxDisabled), expected);
}

void TestPreviewEngine::sandboxFollowsTheEnvironmentAndTheFlags()
{
    qunsetenv("QTWEBENGINE_DISABLE_SANDBOX");
    QVERIFY(!App::PreviewEngine::sandboxDisabled({}));
    QVERIFY(App::PreviewEngine::sandboxDisabled({u"--no-sandbox"_s}));
    // QtWebEngine reads "set", not its value: 0 turns the sandbox off too.
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "0");
    QVERIFY(App::PreviewEngine::sandboxDisabled({}));
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QVERIFY(App::PreviewEngine::sandboxDisabled({}));
}

namespace {

QStringList g_pageErrors;
QtMessageHandler g_previousHandler = nullptr;

void recordPageErrors(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "js") == 0)
        g_pageErrors.append(message);
    g_previousHandler(type, context, message);
}

} // namespace

void TestPreviewEngine::thePageCollectsAfterManyEditsAndAfterAPause()
{
    // The page logs nothing while it is edited (Chromium's ResizeObserver "loop" report, once on
    // most keystrokes, is silenced by the page).
    g_pageErrors.clear();
    g_previousHandler = qInstallMessageHandler(recordPageErrors);
    const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
    QTemporaryDir folder;
    App::PreviewView preview;
    preview.resize(800, 600);
    preview.show();
    QSignalSpy shown(&preview, &App::PreviewView::blocksShown);
    preview.openPage(folder.path(), QString());
    const auto edit = [&](int n) {
        preview.showBlocks(Core::Post::analyse(u"# Notes\n\nA paragraph typed %1 times.\n"_s.arg(n)).blocks());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return preview.lastSequence() > 0 && shown.count() > 0
                    && shown.last().value(0).toInt() == preview.lastSequence();
            },
            10000));
    };
    edit(0);
    QVERIFY(evaluateInPreview(&preview, u"typeof window.gc"_s).toString() == u"function"_s);
    const auto collections = [&] { return evaluateInPreview(&preview, u"postwright.collectionCount()"_s).toInt(); };
    // The first page's edits are collected after the first pause.
    QTRY_VERIFY_WITH_TIMEOUT(collections() == 1, 5000);
    const int before = collections();
    // A run of edits with no pause: one collection after 64, none before.
    for (int n = 1; n <= 63; ++n)
        edit(n);
    QCOMPARE(collections(), before);
    edit(64);
    QTRY_COMPARE_WITH_TIMEOUT(collections(), before + 1, 5000);
    // A few edits, then a pause of a second: one more.
    for (int n = 65; n <= 67; ++n)
        edit(n);
    QCOMPARE(collections(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(collections(), before + 2, 5000);
    // Nothing changed since: the pause alone collects nothing.
    QTest::qWait(1500);
    QCOMPARE(collections(), before + 2);
    QCOMPARE(evaluateInPreview(&preview, u"document.querySelector('.pw-block p').textContent"_s).toString(),
        u"A paragraph typed 67 times."_s);
    QCOMPARE(g_pageErrors, QStringList());
}

void TestPreviewEngine::theEnvironmentIsGivenBackOnceTheEngineRuns()
{
    // Runs after a page exists (the test above), as in main().
    App::PreviewEngine::restoreEnvironment();
    QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), m_flagsBefore);
    QCOMPARE(qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"), m_xcbGlWasSet);
    // The running engine keeps what it started with: a new page still has gc().
    App::PreviewView preview;
    QSignalSpy shown(&preview, &App::PreviewView::blocksShown);
    QTemporaryDir folder;
    preview.openPage(folder.path(), QString());
    preview.showBlocks(Core::Post::analyse(u"Text.\n"_s).blocks());
    QVERIFY(shown.wait(10000));
    QCOMPARE(evaluateInPreview(&preview, u"typeof window.gc"_s).toString(), u"function"_s);
}

QTEST_MAIN(TestPreviewEngine)
#include "tst_previewengine.moc"

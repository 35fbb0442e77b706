#include "git/gitlibrary.h"
#include "library/librarycontroller.h"
#include "library/postlistmodel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

void writePost(const QString &path, const QString &title)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"---\ntitle: %1\ndate: 2026-01-01\n---\nText of %1.\n"_s.arg(title).toUtf8());
}

QStringList titles(const QList<Core::PostSummary> &posts)
{
    QStringList list;
    for (const Core::PostSummary &post : posts)
        list.append(post.title);
    list.sort();
    return list;
}

} // namespace

// The blog's library, read off the GUI thread, without a window.
class TestLibraryController final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void readsTheBlogOffTheGuiThread();
    void requestsDuringAReadingBecomeOneMoreReading();
    void filesComingAndGoingAreSeen();
    void aBlogOpenedDuringAReadingIsTheOneShown();
    void aLongFirstReadingShowsItsListEarly();

private:
    Core::SiteProfile blog(const QString &name, int posts);

    Core::GitLibrary m_git;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestLibraryController::init()
{
    m_work = std::make_unique<QTemporaryDir>();
}

Core::SiteProfile TestLibraryController::blog(const QString &name, int posts)
{
    const QString root = m_work->filePath(name);
    QFile config(root + u"/hugo.toml"_s);
    QDir().mkpath(root);
    if (config.open(QIODevice::WriteOnly))
        config.write("title = 'x'\n");
    for (int i = 0; i < posts; ++i)
        writePost(root + u"/content/posts/post-%1.md"_s.arg(i), u"%1 %2"_s.arg(name).arg(i));
    return Core::SiteProfile::detect(root);
}

void TestLibraryController::readsTheBlogOffTheGuiThread()
{
    const Core::SiteProfile profile = blog(u"first"_s, 40);
    App::LibraryController library;
    QSignalSpy scanned(&library, &App::LibraryController::scanned);
    QSignalSpy started(&library, &App::LibraryController::scanStarted);
    library.open(profile, m_work->filePath(u"cache"_s));
    // open() returns at once; the reading ends later, on the event loop.
    QVERIFY(library.isScanning());
    QCOMPARE(scanned.size(), 0);
    QCOMPARE(started.size(), 1);
    QVERIFY(scanned.wait(10000));
    QVERIFY(!library.isScanning());
    QCOMPARE(library.posts().size(), 40);
    QCOMPARE(scanned.first().first().value<QList<Core::PostSummary>>().size(), 40);
    QCOMPARE(scanned.size(), 1); // too short a reading for a first screen of its own
    // Cached for the next session.
    QTRY_VERIFY(QFile::exists(App::LibraryController::cacheFileFor(m_work->filePath(u"cache"_s), profile.root)));
}

void TestLibraryController::requestsDuringAReadingBecomeOneMoreReading()
{
    App::LibraryController library;
    QSignalSpy ended(&library, &App::LibraryController::readingEnded);
    library.open(blog(u"first"_s, 200), m_work->filePath(u"cache"_s));
    for (int i = 0; i < 5; ++i)
        library.rescan();
    QVERIFY(ended.wait(10000));
    QVERIFY(ended.size() == 2 || ended.wait(10000));
    QTest::qWait(500);
    QCOMPARE(ended.size(), 2);
}

void TestLibraryController::filesComingAndGoingAreSeen()
{
    const Core::SiteProfile profile = blog(u"first"_s, 3);
    App::LibraryController library;
    QSignalSpy scanned(&library, &App::LibraryController::scanned);
    library.open(profile, m_work->filePath(u"cache"_s));
    QVERIFY(scanned.wait(10000));
    writePost(profile.root + u"/content/posts/later/added.md"_s, u"Added"_s);
    QTRY_COMPARE_WITH_TIMEOUT(library.posts().size(), 4, 10000);
    QVERIFY(titles(library.posts()).contains(u"Added"_s));
    QVERIFY(QFile::remove(profile.root + u"/content/posts/post-0.md"_s));
    QTRY_COMPARE_WITH_TIMEOUT(library.posts().size(), 3, 10000);
    QVERIFY(!titles(library.posts()).contains(u"first 0"_s));
}

void TestLibraryController::aBlogOpenedDuringAReadingIsTheOneShown()
{
    const Core::SiteProfile first = blog(u"first"_s, 300);
    const Core::SiteProfile second = blog(u"second"_s, 2);
    App::LibraryController library;
    QSignalSpy scanned(&library, &App::LibraryController::scanned);
    QSignalSpy ended(&library, &App::LibraryController::readingEnded);
    library.open(first, m_work->filePath(u"cache"_s));
    library.open(second, m_work->filePath(u"cache"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 10000);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(
        titles(scanned.first().first().value<QList<Core::PostSummary>>()), (QStringList{u"second 0"_s, u"second 1"_s}));
}

void TestLibraryController::aLongFirstReadingShowsItsListEarly()
{
    App::LibraryController library;
    QSignalSpy scanned(&library, &App::LibraryController::scanned);
    QSignalSpy ended(&library, &App::LibraryController::readingEnded);
    library.open(blog(u"long"_s, 600), m_work->filePath(u"cache"_s));
    QVERIFY(ended.wait(20000));
    QCOMPARE(scanned.size(), 2);
    const auto first = scanned[0].first().value<QList<Core::PostSummary>>();
    const auto complete = scanned[1].first().value<QList<Core::PostSummary>>();
    QCOMPARE(first.size(), 600);
    QVERIFY(first.first().isAnalysed && !first.last().isAnalysed);
    QVERIFY(
        std::all_of(complete.begin(), complete.end(), [](const Core::PostSummary &post) { return post.isAnalysed; }));
    // The list shows the first screen as it comes: a reading time still to come is "…".
    App::PostListModel model;
    model.setPosts(first);
    QVERIFY(model.index(0).data().toString().contains(u" min read"_s));
    QVERIFY2(model.index(599).data().toString().contains(u" · … · "_s), qPrintable(model.index(599).data().toString()));
    model.setPosts(complete);
    QVERIFY(model.index(599).data().toString().contains(u" min read"_s));
    // The next reading comes from the cache: no first screen needed.
    library.rescan();
    QVERIFY(ended.wait(20000));
    QCOMPARE(scanned.size(), 3);
}

QTEST_MAIN(TestLibraryController)
#include "tst_librarycontroller.moc"

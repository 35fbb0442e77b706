#include "storage/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestRecoveryStore final : public QObject {
    Q_OBJECT

private slots:
    void keepsFindsAndDiscardsAPostsText();
    void eachPostHasItsOwnCopy();
};

void TestRecoveryStore::keepsFindsAndDiscardsAPostsText()
{
    QTemporaryDir folder;
    const RecoveryStore store(folder.filePath(u"recovery"_s));
    const QString post = folder.filePath(u"post.md"_s);
    QVERIFY(!store.find(post));
    QVERIFY(store.store(post, u"line one\nline two 🎉\n"_s));
    QCOMPARE(store.find(post)->text, u"line one\nline two 🎉\n"_s);
    QVERIFY(!store.find(folder.filePath(u"other.md"_s)));
    store.discard(post);
    QVERIFY(!store.find(post));
}

void TestRecoveryStore::eachPostHasItsOwnCopy()
{
    QTemporaryDir folder;
    const RecoveryStore store(folder.filePath(u"recovery"_s));
    const QString first = folder.filePath(u"a/post.md"_s);
    const QString second = folder.filePath(u"b/post.md"_s);
    QVERIFY(store.store(first, u"first"_s));
    QVERIFY(store.store(second, u"second"_s));
    QVERIFY(store.fileFor(first) != store.fileFor(second));
    QCOMPARE(store.find(first)->text, u"first"_s);
    QCOMPARE(store.find(second)->postPath, second);
    QVERIFY(store.find(second)->savedAt.isValid());
    // A newer copy replaces the older one, written whole.
    QVERIFY(store.store(first, u"first, longer"_s));
    QCOMPARE(store.find(first)->text, u"first, longer"_s);
    QCOMPARE(QDir(store.folder()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"

#include "document/postdate.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

class TestPostDate final : public QObject {
    Q_OBJECT

private slots:
    void keepsItsForm_data();
    void keepsItsForm();
    void invalidDates_data();
    void invalidDates();
    void monthNamesAreReadAsTheDay();
};

void TestPostDate::keepsItsForm_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("rewritten"); // 2026-04-01 08:05:09.250 at +02:00, in the original's form
    QTest::newRow("a date only") << u"2026-03-13"_s << u"2026-04-01"_s;
    QTest::newRow("Hugo's RFC 3339 with an offset") << u"2026-03-13T10:00:00+01:00"_s << u"2026-04-01T08:05:09+02:00"_s;
    QTest::newRow("UTC with Z is converted to UTC") << u"2026-03-13T10:00:00Z"_s << u"2026-04-01T06:05:09Z"_s;
    QTest::newRow("no zone keeps the clock time") << u"2026-03-13T10:00:00"_s << u"2026-04-01T08:05:09"_s;
    QTest::newRow("no seconds") << u"2026-03-13T10:00"_s << u"2026-04-01T08:05"_s;
    QTest::newRow("Jekyll's space and +0100") << u"2026-03-13 10:00:00 +0100"_s << u"2026-04-01 08:05:09 +0200"_s;
    QTest::newRow("a space separator, no zone") << u"2026-03-13 10:00"_s << u"2026-04-01 08:05"_s;
    QTest::newRow("milliseconds") << u"2026-03-13T10:00:00.000+01:00"_s << u"2026-04-01T08:05:09.250+02:00"_s;
    QTest::newRow("one fraction digit") << u"2026-03-13T10:00:00.5Z"_s << u"2026-04-01T06:05:09.2Z"_s;
    QTest::newRow("a negative offset") << u"2026-03-13T10:00:00-05:00"_s << u"2026-04-01T08:05:09+02:00"_s;
    QTest::newRow("Astro's template: month, padded day, year") << u"Jul 08 2022"_s << u"Apr 01 2026"_s;
    QTest::newRow("a full month name, a comma") << u"July 8, 2022"_s << u"April 1, 2026"_s;
    QTest::newRow("any case, a dot after the month") << u"sep. 30 2022"_s << u"Apr 01 2026"_s;
}

void TestPostDate::keepsItsForm()
{
    QFETCH(QString, original);
    const PostDate date = PostDate::fromText(original);
    QVERIFY(date.isValid());
    const QDateTime moment(QDate(2026, 4, 1), QTime(8, 5, 9, 250), QTimeZone(2 * 3600));
    QTEST(date.format(moment), "rewritten");
    QCOMPARE(PostDate::fromText(date.format(moment)).isValid(), true);
    QCOMPARE(PostDate::fromText(date.format(moment)).format(moment), date.format(moment));
}

void TestPostDate::monthNamesAreReadAsTheDay()
{
    const PostDate date = PostDate::fromText(u"Jul 08 2022"_s);
    QCOMPARE(date.dateTime(), QDateTime(QDate(2022, 7, 8), QTime(0, 0)));
    QVERIFY(!date.hasTime());
    QCOMPARE(PostDate::fromText(u"September 30, 2022"_s).dateTime().date(), QDate(2022, 9, 30));
}

void TestPostDate::invalidDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << u"last Tuesday"_s;
    QTest::newRow("no such day") << u"2026-02-30"_s;
    QTest::newRow("no such hour") << u"2026-02-03T25:00:00Z"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("no such month") << u"Jux 08 2022"_s;
    QTest::newRow("no such day in the month") << u"Feb 30 2022"_s;
    QTest::newRow("a month name too short to tell") << u"Ju 08 2022"_s;
}

void TestPostDate::invalidDates()
{
    QFETCH(QString, text);
    QVERIFY(!PostDate::fromText(text).isValid());
}

QTEST_GUILESS_MAIN(TestPostDate)
#include "tst_postdate.moc"

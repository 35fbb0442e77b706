#include "document/postdate.h"

#include <QLocale>

#include <QRegularExpression>
#include <QTimeZone>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

PostDate PostDate::fromText(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:( ?)(Z|z|[+-]\d{2}:?\d{2}))?)?$)"_s);
    PostDate date;
    date.m_text = text;
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fromMonthName(text);
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!day.isValid())
        return date;
    if (match.capturedLength(4) == 0) {
        date.m_hasTime = false;
        date.m_dateTime = QDateTime(day, QTime(0, 0));
        return date;
    }
    date.m_hasTime = true;
    date.m_separator = match.captured(4).at(0);
    date.m_hasSeconds = match.capturedLength(7) > 0;
    const QString fraction = match.captured(8);
    date.m_fractionDigits = fraction.isEmpty() ? 0 : int(fraction.size() - 1);
    const int milliseconds = fraction.isEmpty() ? 0 : int(qRound(fraction.toDouble() * 1000));
    const QTime time(
        match.captured(5).toInt(), match.captured(6).toInt(), match.captured(7).toInt(), qMin(milliseconds, 999));
    if (!time.isValid())
        return date;
    date.m_spaceBeforeZone = match.capturedLength(9) > 0;
    const QString zone = match.captured(10);
    if (zone.isEmpty()) {
        date.m_zone = Zone::None;
        date.m_dateTime = QDateTime(day, time);
    } else if (zone.compare(u"z"_s, Qt::CaseInsensitive) == 0) {
        date.m_zone = Zone::Utc;
        date.m_dateTime = QDateTime(day, time, QTimeZone::utc());
    } else {
        date.m_zone = zone.contains(u':') ? Zone::OffsetWithColon : Zone::OffsetWithoutColon;
        const QString digits = QString(zone).remove(u':');
        const int sign = digits.startsWith(u'-') ? -1 : 1;
        const int offset = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
        date.m_dateTime = QDateTime(day, time, QTimeZone(offset));
    }
    return date;
}

PostDate PostDate::fromMonthName(const QString &text)
{
    // What JavaScript's Date reads and Astro's template writes; English names, as in the file.
    static const QRegularExpression pattern(uR"(^([A-Za-z]{3,9})\.? +(\d{1,2})(,?) +(\d{4})$)"_s);
    PostDate date;
    date.m_text = text;
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return date;
    const QString name = match.captured(1);
    int month = 0;
    for (int candidate = 1; candidate <= 12 && month == 0; ++candidate) {
        if (QLocale::c().monthName(candidate, QLocale::LongFormat).startsWith(name, Qt::CaseInsensitive))
            month = candidate;
    }
    const QDate day(match.captured(4).toInt(), month, match.captured(2).toInt());
    if (month == 0 || !day.isValid())
        return date;
    date.m_monthByName = true;
    date.m_fullMonthName = name.size() > 3;
    date.m_paddedDay = match.capturedLength(2) == 2;
    date.m_commaAfterDay = match.capturedLength(3) > 0;
    date.m_hasTime = false;
    date.m_dateTime = QDateTime(day, QTime(0, 0));
    return date;
}

QString PostDate::format(const QDateTime &moment) const
{
    if (!isValid()) {
        PostDate hugoDefault = fromText(u"2000-01-01T00:00:00+00:00"_s);
        return hugoDefault.format(moment);
    }
    if (m_monthByName) {
        const QDate day = moment.date();
        return QLocale::c().monthName(day.month(), m_fullMonthName ? QLocale::LongFormat : QLocale::ShortFormat) + u' '
            + u"%1"_s.arg(day.day(), m_paddedDay ? 2 : 1, 10, QLatin1Char('0')) + (m_commaAfterDay ? u","_s : QString())
            + u' ' + QString::number(day.year());
    }
    if (!m_hasTime)
        return moment.date().toString(Qt::ISODate);

    QDateTime written = moment;
    if (m_zone == Zone::Utc)
        written = moment.toUTC();
    QString result = written.date().toString(Qt::ISODate) + m_separator;
    result += written.time().toString(m_hasSeconds ? u"HH:mm:ss"_s : u"HH:mm"_s);
    if (m_hasSeconds && m_fractionDigits > 0) {
        const QString milliseconds = u"%1"_s.arg(written.time().msec(), 3, 10, QLatin1Char('0'));
        result += u'.' + milliseconds.left(m_fractionDigits).leftJustified(m_fractionDigits, QLatin1Char('0'));
    }
    if (m_zone == Zone::None)
        return result;
    if (m_spaceBeforeZone)
        result += u' ';
    if (m_zone == Zone::Utc)
        return result + u'Z';
    const int offset = written.offsetFromUtc();
    const int absolute = qAbs(offset);
    result += offset < 0 ? u'-' : u'+';
    result += u"%1"_s.arg(absolute / 3600, 2, 10, QLatin1Char('0'));
    if (m_zone == Zone::OffsetWithColon)
        result += u':';
    result += u"%1"_s.arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
    return result;
}

} // namespace Postwright::Core

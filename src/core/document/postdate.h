#pragma once

#include <QDateTime>
#include <QString>

namespace Postwright::Core {

// A front-matter date as the file writes it. Remembers the written form (date only or with a time,
// 'T' or space, seconds, fraction, zone as Z, +01:00 or +0100; or a month's English name, as
// Astro's blog template writes `Jul 08 2022`) so an edited date is written back the same way.
class PostDate final {
public:
    PostDate() = default;
    static PostDate fromText(const QString &text);

    bool isValid() const { return m_dateTime.isValid(); }
    bool hasTime() const { return m_hasTime; }
    bool hasZone() const { return m_zone != Zone::None; }
    const QString &text() const { return m_text; }
    QDateTime dateTime() const { return m_dateTime; }

    // The text for another moment, written in this date's form. An invalid PostDate (a field
    // that was missing) writes the Hugo default form: 2026-03-13T10:00:00+01:00.
    QString format(const QDateTime &moment) const;

private:
    static PostDate fromMonthName(const QString &text);

    enum class Zone { None, Utc, OffsetWithColon, OffsetWithoutColon };

    QString m_text;
    QDateTime m_dateTime;
    bool m_hasTime = false;
    QChar m_separator = u'T';
    bool m_hasSeconds = true;
    int m_fractionDigits = 0;
    bool m_spaceBeforeZone = false;
    Zone m_zone = Zone::None;
    // `Jul 08 2022`, `July 8, 2022`: the month by name, then the day and the year.
    bool m_monthByName = false;
    bool m_fullMonthName = false;
    bool m_paddedDay = false;
    bool m_commaAfterDay = false;
};

} // namespace Postwright::Core

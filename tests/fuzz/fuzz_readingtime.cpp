// Reading time: any UTF-8 text counts without crashing; counts are consistent (a text of words
// has at least as many runes as words) and every preset gives at least a minute to non-empty text.
#include "document/readingtime.h"
#include "markdown/renderedblock.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Postwright::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Only valid UTF-8 reaches the counters (files are checked when opened).
    const QByteArray utf8 = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).toUtf8();
    const std::string_view text(utf8.constData(), size_t(utf8.size()));
    WordCounts counts;
    counts.hugo = ReadingTime::hugoWords(text, size % 2 == 0);
    ReadingTime::countPlainAndReadingTime(text, counts.plain, counts.readingTime);
    const qsizetype runes = QString::fromUtf8(utf8).toUcs4().size();
    if (counts.plain < 0 || counts.plain > runes || counts.readingTime < 0 || counts.readingTime > 2 * runes)
        std::abort();
    for (ReadingPreset preset :
        {ReadingPreset::Hugo, ReadingPreset::ReadingTime, ReadingPreset::Medium, ReadingPreset::Custom}) {
        const ReadingEstimate estimate = ReadingTime::estimate(counts, preset, size % 2 == 0, int(size % 400));
        if (estimate.words > 0 && estimate.minutes < 1)
            std::abort();
    }
    (void)ReadingTime::hasCjk(QString::fromUtf8(utf8));
    return 0;
}

#include "document/readingtime.h"

#include "markdown/renderedblock.h"

#include <QCoreApplication>

#include <cmath>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

// Decodes one code point of valid UTF-8 (the text came from QString, so it is valid).
[[gnu::always_inline]] inline char32_t nextRune(std::string_view text, size_t &i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t rune = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (int k = 1; k < length && i + size_t(k) < text.size(); ++k)
        rune = (rune << 6) | (static_cast<unsigned char>(text[i + size_t(k)]) & 0x3F);
    i += size_t(length);
    return rune;
}

// Go's unicode.IsSpace, which Hugo's word count splits on.
[[gnu::always_inline]] inline bool isGoSpace(char32_t r)
{
    if (r < 0x80)
        return r == U' ' || (r >= U'\t' && r <= U'\r');
    switch (r) {
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case U' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
    default: return r >= 0x2000 && r <= 0x200A;
    }
}

bool isHugoCjk(char32_t r)
{
    return (r >= 0x2E80 && r <= 0x2FDF) || r == 0x3005 || r == 0x3007 || (r >= 0x3021 && r <= 0x3029)
        || (r >= 0x3038 && r <= 0x303B) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0x4E00 && r <= 0x9FFF)
        || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0x20000 && r <= 0x3134F) // Han
        || (r >= 0x1100 && r <= 0x11FF) || (r >= 0x3131 && r <= 0x318E) || (r >= 0xA960 && r <= 0xA97F)
        || (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0xD7B0 && r <= 0xD7FF) || (r >= 0xFFA0 && r <= 0xFFDC) // Hangul
        || (r >= 0x3041 && r <= 0x309F) || r == 0x1B001 || r == 0x1F200 // Hiragana
        || (r >= 0x30A1 && r <= 0x30FF) || (r >= 0x31F0 && r <= 0x31FF) || (r >= 0x32D0 && r <= 0x32FE)
        || (r >= 0x3300 && r <= 0x3357) || (r >= 0xFF66 && r <= 0xFF9D); // Katakana
}

// The reading-time package's character classes, on UTF-16 code units as JavaScript sees them.
bool isReadingTimeCjk(char16_t c)
{
    return (c >= 0x3040 && c <= 0x309F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}

bool isReadingTimeBound(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t';
}

bool isReadingTimePunctuation(char16_t c)
{
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

int ceilDivide(qint64 numerator, qint64 denominator)
{
    return int((numerator + denominator - 1) / denominator);
}

} // namespace

int ReadingTime::hugoWords(std::string_view utf8, bool cjkPage)
{
    if (!cjkPage) {
        // Words are runs of non-space: bytes are enough, but for the few spaces beyond ASCII
        // (no-break, ideographic...), whose lead bytes are C2, E1, E2 and E3.
        int words = 0;
        bool inWord = false;
        const auto *data = reinterpret_cast<const unsigned char *>(utf8.data());
        for (size_t i = 0; i < utf8.size();) {
            const unsigned char byte = data[i];
            bool space;
            if (byte < 0x80) {
                space = byte == ' ' || (byte >= '\t' && byte <= '\r');
                ++i;
            } else if (byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3)) {
                space = isGoSpace(nextRune(utf8, i));
            } else {
                space = false; // any other character, or the rest of one
                ++i;
            }
            if (!space && !inWord)
                ++words;
            inWord = !space;
        }
        return words;
    }
    int words = 0;
    bool inWord = false;
    int tokenRunes = 0;
    bool tokenIsAscii = true;
    auto endToken = [&] {
        if (tokenRunes > 0)
            words += tokenIsAscii ? 1 : tokenRunes;
        tokenRunes = 0;
        tokenIsAscii = true;
    };
    for (size_t i = 0; i < utf8.size();) {
        const char32_t rune = nextRune(utf8, i);
        const bool space = isGoSpace(rune);
        if (!cjkPage) {
            if (!space && !inWord)
                ++words;
            inWord = !space;
            continue;
        }
        if (space) {
            endToken();
        } else {
            ++tokenRunes;
            tokenIsAscii = tokenIsAscii && rune < 0x80;
        }
    }
    if (cjkPage)
        endToken();
    return words;
}

void ReadingTime::countPlainAndReadingTime(std::string_view utf8, int &plain, int &readingTime)
{
    // One pass over the text for two counts: whitespace-separated words (Go's unicode.IsSpace),
    // and the reading-time package's words, which it counts on UTF-16 code units as JavaScript
    // sees them (a character beyond U+FFFF is two units that are neither CJK nor punctuation).
    plain = 0;
    readingTime = 0;
    bool inWord = false;
    bool hasPending = false;
    bool eating = false; // after a CJK character the package skips punctuation and spaces
    char16_t pending = 0;
    auto evaluate = [&](char16_t unit, char16_t next) {
        if (isReadingTimeCjk(unit)
            || (!isReadingTimeBound(unit) && (isReadingTimeBound(next) || isReadingTimeCjk(next))))
            ++readingTime;
        if (isReadingTimeCjk(unit))
            eating = true;
    };
    auto feed = [&](char16_t unit) {
        if (hasPending) {
            evaluate(pending, unit);
            hasPending = false;
        }
        if (eating && (isReadingTimePunctuation(unit) || isReadingTimeBound(unit)))
            return; // skipped: never looked at as a word's end
        eating = false;
        pending = unit;
        hasPending = true;
    };
    for (size_t i = 0; i < utf8.size();) {
        const char32_t rune = nextRune(utf8, i);
        const bool space = isGoSpace(rune);
        if (!space && !inWord)
            ++plain;
        inWord = !space;
        if (rune > 0xFFFF) {
            feed(QChar::highSurrogate(rune));
            feed(QChar::lowSurrogate(rune));
        } else {
            feed(char16_t(rune));
        }
    }
    if (hasPending)
        evaluate(pending, u'\n');
}

bool ReadingTime::hasCjk(QStringView source)
{
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i].unicode() < 0x1100)
            continue; // the common case, first
        char32_t rune = source[i].unicode();
        if (source[i].isHighSurrogate() && i + 1 < source.size() && source[i + 1].isLowSurrogate()) {
            rune = QChar::surrogateToUcs4(source[i], source[i + 1]);
            ++i;
        }
        if (rune >= 0x1100 && isHugoCjk(rune))
            return true;
    }
    return false;
}

ReadingEstimate ReadingTime::estimate(
    const WordCounts &words, ReadingPreset preset, bool cjkPage, int customWordsPerMinute)
{
    ReadingEstimate estimate;
    switch (preset) {
    case ReadingPreset::Hugo:
        estimate.words = words.hugo;
        estimate.minutes = cjkPage ? ceilDivide(estimate.words, 501) : ceilDivide(estimate.words, 213);
        break;
    case ReadingPreset::ReadingTime: {
        estimate.words = words.readingTime;
        // The package shows Math.ceil(minutes.toFixed(2)).
        const double minutes = std::round(estimate.words / 200.0 * 100.0) / 100.0;
        estimate.minutes = int(std::ceil(minutes));
        break;
    }
    case ReadingPreset::Medium: {
        estimate.words = words.plain;
        const qint64 seconds = qint64(estimate.words) * 60;
        qint64 imageSeconds = 0;
        for (int image = 0; image < words.images; ++image)
            imageSeconds += qMax(12 - image, 3);
        estimate.minutes = ceilDivide(seconds + imageSeconds * 275, 275 * 60);
        break;
    }
    case ReadingPreset::Custom:
        estimate.words = words.readingTime;
        estimate.minutes = ceilDivide(estimate.words, qMax(1, customWordsPerMinute));
        break;
    }
    if (estimate.minutes == 0 && (estimate.words > 0 || words.images > 0))
        estimate.minutes = 1;
    estimate.text = minutesText(estimate.minutes);
    return estimate;
}

QString ReadingTime::minutesText(int minutes)
{
    return QCoreApplication::translate("Postwright::Core::ReadingTime", "%n min read", nullptr, minutes);
}

QString ReadingTime::presetName(ReadingPreset preset)
{
    switch (preset) {
    case ReadingPreset::Hugo: return u"hugo"_s;
    case ReadingPreset::ReadingTime: return u"reading-time"_s;
    case ReadingPreset::Medium: return u"medium"_s;
    case ReadingPreset::Custom: return u"custom"_s;
    }
    return {};
}

std::optional<ReadingPreset> ReadingTime::presetFromName(QStringView name)
{
    for (ReadingPreset preset :
        {ReadingPreset::Hugo, ReadingPreset::ReadingTime, ReadingPreset::Medium, ReadingPreset::Custom}) {
        if (presetName(preset) == name)
            return preset;
    }
    return std::nullopt;
}

} // namespace Postwright::Core

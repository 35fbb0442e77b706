#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace Postwright::Core {

struct WordCounts;

// How a site computes "N min read".
enum class ReadingPreset {
    Hugo, // ⌈words/213⌉; CJK pages ⌈words/501⌉ with each rune of a non-ASCII token a word
    ReadingTime, // the reading-time package (Astro, Eleventy): 200 wpm, each CJK character a word
    Medium, // Medium and Ghost: 275 wpm plus 12 s for the first image, 1 s less each, 3 s from the tenth
    Custom // a words-per-minute the writer chooses, CJK characters counted as words
};

struct ReadingEstimate {
    int words = 0;
    int minutes = 0;
    QString text; // "6 min read"
};

class ReadingTime final {
public:
    static ReadingEstimate estimate(
        const WordCounts &words, ReadingPreset preset, bool cjkPage, int customWordsPerMinute = 200);
    // Hugo treats a page as CJK when its source has Han, Hangul, Hiragana or Katakana text
    // (with hasCJKLanguage on, as CJK blogs set it).
    static bool hasCjk(QStringView source);
    static QString minutesText(int minutes);
    static QString presetName(ReadingPreset preset);
    static std::optional<ReadingPreset> presetFromName(QStringView name);

    static int hugoWords(std::string_view utf8, bool cjkPage);
    // Whitespace-separated words and the reading-time package's word count, in one pass.
    static void countPlainAndReadingTime(std::string_view utf8, int &plain, int &readingTime);
};

} // namespace Postwright::Core

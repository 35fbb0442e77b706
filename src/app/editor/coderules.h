#pragma once

#include <QStringView>

#include <functional>

namespace Postwright::App {

// The language rules of the editor's own highlighter for fenced code: keywords, strings, comments
// and numbers of the most common languages of blog posts, line by line (a comment or a string
// that spans lines is coloured where it opens and closes on one line only).
class CodeRules final {
public:
    enum class Token { Keyword, String, Comment, Number };

    // The language a fence's info string names ("python", "py", "C++", "js {.numberLines}"), or -1.
    static int languageOf(QStringView info);
    static int languageCount();
    static QStringView languageName(int language);
    // Calls back with each token of one line of code in the language.
    static void tokenize(
        int language, QStringView line, const std::function<void(int start, int length, Token token)> &token);
};

} // namespace Postwright::App

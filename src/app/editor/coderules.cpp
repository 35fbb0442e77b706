#include "editor/coderules.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Language {
    QString name;
    QStringList aliases;
    QSet<QString> keywords;
    QStringList lineComments;
    QString blockOpen;
    QString blockClose;
    QString quotes; // characters that open a string
    bool caseInsensitive = false;
};

QSet<QString> words(const char *list)
{
    QSet<QString> set;
    for (const QString &word : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

const QList<Language> &languages()
{
    static const char *cFamily = "if else for while do switch case default break continue return goto sizeof "
                                 "struct union enum typedef static const extern volatile void char short int long "
                                 "float double signed unsigned bool true false NULL inline";
    static const QList<Language> all = {
        {u"python"_s, {u"py"_s, u"python3"_s, u"py3"_s},
            words("False None True and as assert async await break class continue def del elif else except finally "
                  "for from global if import in is lambda nonlocal not or pass raise return try while with yield "
                  "self"),
            {u"#"_s}, {}, {}, u"\"'"_s},
        {u"javascript"_s, {u"js"_s, u"jsx"_s, u"mjs"_s, u"node"_s},
            words("await break case catch class const continue debugger default delete do else export extends "
                  "false finally for function if import in instanceof let new null of return static super switch "
                  "this throw true try typeof undefined var void while with yield async"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'`"_s},
        {u"typescript"_s, {u"ts"_s, u"tsx"_s},
            words("abstract any as async await boolean break case catch class const constructor continue declare "
                  "default delete do else enum export extends false finally for from function if implements "
                  "import in instanceof interface keyof let module namespace never new null number of private "
                  "protected public readonly return static string super switch this throw true try type typeof "
                  "undefined unknown var void while yield"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'`"_s},
        {u"java"_s, {},
            words("abstract assert boolean break byte case catch char class const continue default do double else "
                  "enum extends final finally float for if implements import instanceof int interface long native "
                  "new null package private protected public return short static super switch synchronized this "
                  "throw throws true false try var void volatile while record"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'"_s},
        {u"c"_s, {u"h"_s}, words(cFamily), {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'"_s},
        {u"cpp"_s, {u"c++"_s, u"cc"_s, u"cxx"_s, u"hpp"_s, u"hh"_s},
            words(cFamily)
                + words("auto class namespace using template typename public private protected virtual override "
                        "final new delete this nullptr constexpr consteval noexcept operator try catch throw "
                        "static_cast dynamic_cast reinterpret_cast const_cast friend mutable explicit concept "
                        "requires co_await co_return co_yield std"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'"_s},
        {u"csharp"_s, {u"cs"_s, u"c#"_s},
            words("abstract as async await base bool break byte case catch char class const continue decimal "
                  "default delegate do double else enum event explicit extern false finally fixed float for "
                  "foreach get if implicit in int interface internal is lock long namespace new null object "
                  "operator out override params private protected public readonly ref return sealed set short "
                  "static string struct switch this throw true try typeof uint ulong using var virtual void "
                  "while yield record"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'"_s},
        {u"go"_s, {u"golang"_s},
            words("break case chan const continue default defer else fallthrough for func go goto if import "
                  "interface map package range return select struct switch type var true false nil iota string "
                  "int int64 uint byte rune error bool float64 any"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'`"_s},
        {u"rust"_s, {u"rs"_s},
            words("as async await break const continue crate dyn else enum extern false fn for if impl in let "
                  "loop match mod move mut pub ref return self Self static struct super trait true type unsafe use "
                  "where while Some None Ok Err String Vec Option Result i32 i64 u8 u32 u64 usize f64 bool str"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\""_s},
        {u"ruby"_s, {u"rb"_s},
            words("BEGIN END alias and begin break case class def defined? do else elsif end ensure false for if "
                  "in module next nil not or redo rescue retry return self super then true undef unless until "
                  "when while yield puts require attr_accessor"),
            {u"#"_s}, {}, {}, u"\"'"_s},
        {u"php"_s, {},
            words("abstract and array as break callable case catch class clone const continue declare default do "
                  "echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile extends final "
                  "finally fn for foreach function global goto if implements include instanceof insteadof "
                  "interface isset list match namespace new null or print private protected public readonly "
                  "require return static switch throw trait true false try unset use var while yield"),
            {u"//"_s, u"#"_s}, u"/*"_s, u"*/"_s, u"\"'"_s},
        {u"bash"_s, {u"sh"_s, u"shell"_s, u"zsh"_s, u"console"_s, u"shell-session"_s},
            words("if then else elif fi case esac for select while until do done in function time return exit "
                  "export local readonly declare unset set echo cd source alias sudo"),
            {u"#"_s}, {}, {}, u"\"'"_s},
        {u"html"_s, {u"xml"_s, u"svg"_s, u"xhtml"_s, u"vue"_s},
            words("html head body div span a p img script style link meta title section article header footer "
                  "nav main ul ol li table tr td th form input button"),
            {}, u"<!--"_s, u"-->"_s, u"\"'"_s, true},
        {u"css"_s, {u"scss"_s, u"less"_s, u"sass"_s},
            words("important media import keyframes font-face supports root hover focus before after "
                  "none auto inherit initial block inline flex grid absolute relative fixed"),
            {}, u"/*"_s, u"*/"_s, u"\"'"_s},
        {u"sql"_s, {u"mysql"_s, u"postgresql"_s, u"sqlite"_s, u"psql"_s},
            words("select from where and or not insert into values update set delete create table drop alter "
                  "index view join inner left right outer on as group by order having limit offset distinct "
                  "union all null is in like between case when then else end primary key foreign references "
                  "default begin commit rollback integer text varchar"),
            {u"--"_s}, u"/*"_s, u"*/"_s, u"'\""_s, true},
        {u"yaml"_s, {u"yml"_s}, words("true false null yes no on off"), {u"#"_s}, {}, {}, u"\"'"_s},
        {u"json"_s, {u"jsonc"_s, u"json5"_s}, words("true false null"), {u"//"_s}, u"/*"_s, u"*/"_s, u"\""_s},
        {u"toml"_s, {}, words("true false"), {u"#"_s}, {}, {}, u"\"'"_s},
        {u"kotlin"_s, {u"kt"_s, u"kts"_s},
            words("as break class continue do else false for fun if in interface is null object package return "
                  "super this throw true try typealias typeof val var when while by catch constructor data enum "
                  "finally import init override private protected public sealed suspend"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\"'"_s},
        {u"swift"_s, {},
            words("associatedtype class deinit enum extension fileprivate func import init inout internal let "
                  "open operator private protocol public rethrows static struct subscript typealias var break case "
                  "continue default defer do else fallthrough for guard if in repeat return switch where while as "
                  "catch false is nil self Self super throw throws true try async await"),
            {u"//"_s}, u"/*"_s, u"*/"_s, u"\""_s},
    };
    return all;
}

// What else a word may hold: Ruby's "defined?" and "save!", CSS's and the shells' "font-face".
QString wordExtrasOf(const Language &rules)
{
    if (rules.name == u"ruby")
        return u"?!"_s;
    if (rules.name == u"css" || rules.name == u"html" || rules.name == u"bash")
        return u"-"_s;
    return {};
}

} // namespace

int CodeRules::languageCount()
{
    return int(languages().size());
}

QStringView CodeRules::languageName(int language)
{
    return languages().at(language).name;
}

int CodeRules::languageOf(QStringView info)
{
    // The first word of the info string, without Pandoc's braces or a leading dot: "{.python}".
    QStringView name = info.trimmed();
    while (!name.isEmpty() && (name.front() == u'{' || name.front() == u'.'))
        name = name.sliced(1);
    qsizetype end = 0;
    while (end < name.size() && !name[end].isSpace() && name[end] != u'{' && name[end] != u'}' && name[end] != u',')
        ++end;
    const QString key = name.first(end).toString().toLower();
    if (key.isEmpty())
        return -1;
    const QList<Language> &all = languages();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].name == key || all[i].aliases.contains(key))
            return i;
    }
    return -1;
}

void CodeRules::tokenize(
    int language, QStringView line, const std::function<void(int start, int length, Token token)> &token)
{
    if (language < 0 || language >= languageCount())
        return;
    const Language &rules = languages().at(language);
    const QString extras = wordExtrasOf(rules);
    const auto isWordCharacter = [&extras](QChar c) { return c.isLetterOrNumber() || c == u'_' || extras.contains(c); };
    const int size = int(line.size());
    int i = 0;
    while (i < size) {
        const QChar c = line[i];
        bool matched = false;
        for (const QString &marker : rules.lineComments) {
            // In the shells, "#" starts a comment only as a word ("$#" and "a#b" are not).
            if (line.sliced(i).startsWith(marker)
                && (marker != u"#" || rules.name != u"bash" || i == 0 || line[i - 1].isSpace())) {
                token(i, size - i, Token::Comment);
                return;
            }
        }
        if (!rules.blockOpen.isEmpty() && line.sliced(i).startsWith(rules.blockOpen)) {
            const qsizetype close = line.indexOf(rules.blockClose, i + rules.blockOpen.size());
            const int end = close < 0 ? size : int(close + rules.blockClose.size());
            token(i, end - i, Token::Comment);
            i = end;
            continue;
        }
        if (rules.quotes.contains(c)) {
            int end = i + 1;
            while (end < size && line[end] != c)
                end += line[end] == u'\\' ? 2 : 1;
            end = qMin(end + 1, size);
            token(i, end - i, Token::String);
            i = end;
            continue;
        }
        if (c.isDigit() && (i == 0 || !isWordCharacter(line[i - 1]))) {
            int end = i + 1;
            while (end < size && (line[end].isLetterOrNumber() || line[end] == u'.' || line[end] == u'_'))
                ++end;
            token(i, end - i, Token::Number);
            i = end;
            matched = true;
        } else if (c.isLetter() || c == u'_' || c == u'@') {
            int end = i + 1;
            while (end < size && isWordCharacter(line[end]))
                ++end;
            QString word = line.sliced(i, end - i).toString();
            if (c == u'@')
                word.remove(0, 1);
            if (rules.caseInsensitive)
                word = word.toLower();
            if (rules.keywords.contains(word))
                token(i, end - i, Token::Keyword);
            i = end;
            matched = true;
        }
        if (!matched)
            ++i;
    }
}

} // namespace Postwright::App

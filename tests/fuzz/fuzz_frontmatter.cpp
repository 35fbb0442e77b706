// Front matter: any text parses without crashing; when it parses cleanly, a field set through a
// surgical edit reads back exactly, and the edit touches nothing before or after its span.
#include "document/frontmatter.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Postwright::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const FrontMatter frontMatter = FrontMatter::parse(text);
    (void)frontMatter.title();
    (void)frontMatter.tags();
    (void)frontMatter.date();
    if (frontMatter.hasError() || frontMatter.format() == FrontMatterFormat::None)
        return 0;
    static const QString titles[] = {QStringLiteral("A title: with \"quotes\" and 'apostrophes'"),
        QStringLiteral("plain"), QStringLiteral("  spaced  "), QStringLiteral("#hash"), QString()};
    const QString &title = titles[size % 5];
    const Result<TextEdit> edit = frontMatter.setText(PostField::Title, title);
    if (!edit)
        return 0;
    const QString edited = edit->appliedTo(text);
    if (edited.left(edit->start) != text.left(edit->start)
        || edited.mid(edit->start + edit->replacement.size()) != text.mid(edit->start + edit->length))
        std::abort(); // the edit changed bytes outside its span
    const FrontMatter again = FrontMatter::parse(edited);
    if (again.hasError())
        std::abort(); // a surgical edit broke the block
    const FrontMatterEntry *entry = again.entry(PostField::Title);
    if (!entry)
        std::abort();
    // Block scalars (| and >) add their own final line break: compare what the title reads as.
    const bool block = entry->style == ValueStyle::Literal || entry->style == ValueStyle::Folded;
    const bool same =
        block ? again.title() == title.trimmed() : (entry->scalar == title || (title.isEmpty() && entry->isNull));
    if (!same)
        std::abort(); // the value did not read back
    const Result<TextEdit> tags = again.setTags({QStringLiteral("a b"), QStringLiteral("c,d"), QStringLiteral("[e]")});
    if (tags && FrontMatter::parse(tags->appliedTo(edited)).hasError())
        std::abort();
    return 0;
}

#pragma once

#include "document/postdate.h"
#include "document/scalarformat.h"
#include "document/textedit.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Postwright::Core {

enum class PostField { Title, Summary, Tags, Date, Draft };

// Which key a site uses for each field when one is added (Jekyll: excerpt, Astro: description and
// pubDate...). Reading always accepts every known alias; see FrontMatter::keysFor.
struct FieldNaming {
    QString title = QStringLiteral("title");
    QString summary = QStringLiteral("summary");
    QString tags = QStringLiteral("tags");
    QString date = QStringLiteral("date");
    QString draft = QStringLiteral("draft");
    QString key(PostField field) const;
};

// One top-level key of the front matter, with where its parts are in the whole text.
struct FrontMatterEntry {
    QString key;
    TextSpan keySpan;
    TextSpan valueSpan; // the value's own characters: quotes included, '[...]', or the block items
    TextSpan lineSpan; // whole lines from the key to the value's end, line break included
    ValueStyle style = ValueStyle::Plain;
    bool isNull = false; // `key:` with no value, `~` or `null`
    QString scalar; // the decoded value of a scalar (the source text of a TOML date)
    QStringList items; // the decoded items of a sequence of scalars
    ValueStyle itemStyle = ValueStyle::Plain;
    int blockIndent = 2; // column of '-' in a block sequence
    bool hasNestedItems = false; // a list with lists or mappings in it: not rewritten
    QMap<QString, QString> fields; // a mapping's scalars, one level down: cover: {image: x.jpg}
};

// The front matter of a post, parsed with positions so that any one field can be rewritten
// without touching a byte of anything else. A value: parse again after the text changes.
class FrontMatter final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::FrontMatter)

public:
    static FrontMatter parse(QStringView text, const FieldNaming &naming = {});

    FrontMatterFormat format() const { return m_format; }
    bool hasBlock() const { return m_format != FrontMatterFormat::None; }
    bool hasError() const { return m_error.has_value(); }
    // Set when the block is malformed or cannot be edited; line and column are 1-based in the file.
    const std::optional<Error> &error() const { return m_error; }
    // The whole block with its delimiters and the line break after the closing one.
    TextSpan block() const { return m_block; }
    qsizetype bodyStart() const { return m_block.end(); }
    int bodyStartLine() const { return m_bodyStartLine; }
    QString lineEnding() const { return m_lineEnding; }
    const QList<FrontMatterEntry> &entries() const { return m_entries; }
    const FrontMatterEntry *entry(const QString &key) const;
    const FrontMatterEntry *entry(PostField field) const;
    // As Hugo reads front matter: keys without case ("publishDate" is "publishdate").
    const FrontMatterEntry *entryIgnoringCase(QStringView key) const;
    // That entry's scalar, trimmed; empty when there is none.
    QString scalarIgnoringCase(QStringView key) const;

    static QStringList keysFor(PostField field);
    static bool isInverted(const QString &key) { return key == u"published"; }

    QString title() const;
    QString summary() const;
    QStringList tags() const;
    PostDate date() const;
    std::optional<bool> draft() const;
    // The image a post leads with (Astro's heroImage), as written: a path or an address.
    QString heroImage() const;
    // The image the site's themes show for the post, as written: Hugo's image, cover.image
    // (PaperMod), featured_image, featuredImage, images[0]; Jekyll's image (or image.path),
    // header.image, header.teaser (Minimal Mistakes); Astro's heroImage. "" when none.
    QString coverImage() const;

    // Each edit is relative to the text that was parsed and touches only that field's bytes; a
    // missing field is added as one line before the closing delimiter, in the block's style.
    Result<TextEdit> setText(PostField field, const QString &value) const;
    Result<TextEdit> setTags(const QStringList &tags) const;
    // Any top-level list, in the style the block already uses (Hugo's aliases, categories...).
    Result<TextEdit> setList(const QString &key, const QStringList &items) const;
    // The items of a top-level list (a comma string counts), empty when missing.
    QStringList list(const QString &key) const;
    Result<TextEdit> setDate(const QDateTime &moment) const;
    Result<TextEdit> setDraft(bool draft) const;
    Result<TextEdit> remove(PostField field) const;
    // Any top-level key, for the command line: `title=...`, `tags=a, b`, `draft=true`...
    Result<TextEdit> setFromString(const QString &key, const QString &value) const;

private:
    friend class YamlBlockParser;
    friend class TomlBlockParser;

    Result<TextEdit> checked(const TextEdit &edit, const QString &key, bool keyStays) const;
    Result<TextEdit> replaceValue(const FrontMatterEntry &entry, const QString &newValue) const;
    TextEdit valueReplacement(const FrontMatterEntry &entry, const QString &newValue) const;
    Result<TextEdit> addEntry(const QString &key, const QString &formattedValue) const;
    Result<TextEdit> setScalar(const QString &key, const FrontMatterEntry *existing, const QString &formatted) const;
    std::optional<Error> editBlocker() const;
    QString formatList(const QStringList &items, const FrontMatterEntry *existing, bool asBlock) const;
    bool prefersBlockLists(int *indent) const;

    FrontMatterFormat m_format = FrontMatterFormat::None;
    std::optional<Error> m_error;
    TextSpan m_block;
    TextSpan m_content; // between the delimiter lines
    qsizetype m_closingLineStart = 0;
    int m_bodyStartLine = 0;
    QString m_lineEnding = QStringLiteral("\n");
    FieldNaming m_naming;
    int m_mappingIndent = 0; // the column of the top-level mapping's keys
    bool m_flowMapping = false; // written as {key: value, ...}: fields can change, not be added
    bool m_explicitKeys = false; // uses "? key": readable, but not edited by the form
    QString m_source; // the text up to the end of the block: block scalars are rewritten from it
    QList<FrontMatterEntry> m_entries;
};

} // namespace Postwright::Core

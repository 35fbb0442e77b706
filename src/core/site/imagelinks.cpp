#include "site/imagelinks.h"

#include "markdown/linkdestinations.h"
#include "markdown/markdowndocument.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cmark-gfm.h>

#include <optional>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QList<TextEdit> ImageLinks::forMove(
    QStringView text, const QString &oldPostPath, const QString &newPostPath, const FieldNaming &naming)
{
    const QDir oldFolder = QFileInfo(oldPostPath).absoluteDir();
    const QDir newFolder = QFileInfo(newPostPath).absoluteDir();
    if (oldFolder == newFolder)
        return {};
    const FrontMatter frontMatter = FrontMatter::parse(text, naming);
    const QStringView body = text.sliced(frontMatter.bodyStart());
    // Lines are the body's own (1-based), to find its code blocks below.
    const MarkdownDocument document(body.toUtf8(), 1, {});

    // What each relative destination (decoded) becomes, for the files it names.
    QHash<QString, QString> moved;
    const auto consider = [&](const QString &destination) {
        const QString decoded = QUrl::fromPercentEncoding(destination.toUtf8());
        if (decoded.isEmpty() || decoded.startsWith(u'/') || decoded.contains(u':') || moved.contains(decoded))
            return;
        const QString file = QDir::cleanPath(oldFolder.filePath(decoded));
        if (!QFileInfo(file).isFile() || QFileInfo::exists(newFolder.filePath(decoded)))
            return;
        moved.insert(decoded, newFolder.relativeFilePath(file));
    };
    const auto replacementFor = [&](const QString &written) -> std::optional<QString> {
        const auto found = moved.constFind(QUrl::fromPercentEncoding(written.toUtf8()));
        if (found == moved.constEnd())
            return std::nullopt;
        // Written encoded, or a space that a bare Markdown destination cannot hold: encoded.
        if (written.contains(u'%') || found->contains(u' '))
            return QString::fromUtf8(QUrl::toPercentEncoding(*found, "/"));
        return *found;
    };

    // Code shows links, it does not follow them: code blocks and spans are blanked out for the
    // search below (same length, so positions hold).
    QString searched = body.toString();
    cmark_iter *iterator = cmark_iter_new(document.root());
    for (cmark_event_type event; (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iterator);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK)
            continue;
        qsizetype start = 0;
        for (int line = 1; line < cmark_node_get_start_line(node) && start >= 0; ++line)
            start = searched.indexOf(u'\n', start) + 1;
        qsizetype end = start;
        for (int line = cmark_node_get_start_line(node); line <= cmark_node_get_end_line(node) && end > 0; ++line)
            end = searched.indexOf(u'\n', end) + 1;
        if (start >= 0)
            searched.replace(start, (end > start ? end : searched.size()) - start,
                QString((end > start ? end : searched.size()) - start, u' '));
    }
    cmark_iter_free(iterator);
    static const QRegularExpression codeSpan(u"(`+)[^`]+?\\1"_s);
    for (QRegularExpressionMatchIterator it = codeSpan.globalMatch(searched); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        searched.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u' '));
    }
    for (const QString &destination : LinkDestinations::local(document))
        consider(destination);
    // src="…" in raw HTML and in shortcodes ({{< figure src="…" >}}), which Markdown does not parse.
    static const QRegularExpression sourceAttribute(u"\\bsrc\\s*=\\s*([\"'`])([^\"'`\\s]+)\\1"_s);
    QList<std::pair<qsizetype, QString>> attributes;
    for (QRegularExpressionMatchIterator it = sourceAttribute.globalMatch(searched); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        consider(match.captured(2));
        attributes.append({match.capturedStart(2), match.captured(2)});
    }
    if (moved.isEmpty())
        return {};

    QList<TextEdit> edits;
    const qsizetype offset = frontMatter.bodyStart();
    // Markdown destinations: "](destination" with optional angle brackets, up to ")", a space or ">".
    static const QRegularExpression markdownLink(u"\\]\\(\\s*<?([^)\\s>]+)"_s);
    for (QRegularExpressionMatchIterator it = markdownLink.globalMatch(searched); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString bare = match.captured(1).section(u'#', 0, 0).section(u'?', 0, 0);
        if (const std::optional<QString> replacement = replacementFor(bare))
            edits.append({offset + match.capturedStart(1), bare.size(), *replacement});
    }
    for (const auto &[start, destination] : attributes) {
        if (const std::optional<QString> replacement = replacementFor(destination))
            edits.append({offset + start, destination.size(), *replacement});
    }
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
    return edits;
}

} // namespace Postwright::Core

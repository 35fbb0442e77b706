#include "markdown/linkdestinations.h"

#include "markdown/markdowndocument.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmark-gfm.h>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QStringList LinkDestinations::local(const MarkdownDocument &document)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    QStringList destinations;
    const NodeArena::Scope scope(document.arena());
    cmark_iter *iterator = cmark_iter_new(document.root());
    for (cmark_event_type event; (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iterator);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_IMAGE && type != CMARK_NODE_LINK))
            continue;
        QString url = QString::fromUtf8(cmark_node_get_url(node));
        if (url.isEmpty() || url.startsWith(u'#') || url.startsWith(u"//"_s) || scheme.match(url).hasMatch())
            continue;
        url = url.section(u'#', 0, 0).section(u'?', 0, 0);
        url = QUrl::fromPercentEncoding(url.toUtf8());
        if (!url.isEmpty() && !destinations.contains(url))
            destinations.append(url);
    }
    cmark_iter_free(iterator);
    return destinations;
}

} // namespace Postwright::Core

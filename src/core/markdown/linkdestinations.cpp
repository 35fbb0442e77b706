#include "markdown/linkdestinations.h"

#include "markdown/markdowndocument.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmark-gfm.h>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QList<LinkDestinations::Place> LinkDestinations::localPlaces(const MarkdownDocument &document)
{
    return places(document, false);
}

QList<LinkDestinations::Place> LinkDestinations::externalPlaces(const MarkdownDocument &document)
{
    return places(document, true);
}

QList<LinkDestinations::Place> LinkDestinations::places(const MarkdownDocument &document, bool external)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    QList<Place> places;
    const NodeArena::Scope scope(document.arena());
    cmark_iter *iterator = cmark_iter_new(document.root());
    for (cmark_event_type event; (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iterator);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_IMAGE && type != CMARK_NODE_LINK))
            continue;
        QString url = QString::fromUtf8(cmark_node_get_url(node));
        if (external) {
            if (!url.startsWith(u"http://"_s, Qt::CaseInsensitive)
                && !url.startsWith(u"https://"_s, Qt::CaseInsensitive))
                continue;
        } else if (url.isEmpty() || url.startsWith(u'#') || url.startsWith(u"//"_s) || scheme.match(url).hasMatch()) {
            continue;
        } else {
            url = QUrl::fromPercentEncoding(url.section(u'#', 0, 0).section(u'?', 0, 0).toUtf8());
        }
        if (url.isEmpty())
            continue;
        bool hasAltText = false;
        for (cmark_node *child = cmark_node_first_child(node); child && !hasAltText; child = cmark_node_next(child)) {
            const char *literal = cmark_node_get_literal(child);
            hasAltText = cmark_node_first_child(child) || (literal && QByteArrayView(literal).trimmed().size() > 0);
        }
        places.append({url, document.fileLine(cmark_node_get_start_line(node)), type == CMARK_NODE_IMAGE, hasAltText});
    }
    cmark_iter_free(iterator);
    return places;
}

QStringList LinkDestinations::local(const MarkdownDocument &document)
{
    QStringList destinations;
    for (const Place &place : localPlaces(document)) {
        if (!destinations.contains(place.destination))
            destinations.append(place.destination);
    }
    return destinations;
}

} // namespace Postwright::Core

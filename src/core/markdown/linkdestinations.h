#pragma once

#include <QList>
#include <QStringList>

namespace Postwright::Core {

class MarkdownDocument;

// The images and links a post points at that could be files of the blog: no scheme, no
// fragment-only anchors, no mail or protocol-relative addresses. Query and fragment are dropped.
class LinkDestinations final {
public:
    struct Place {
        QString destination; // as local() gives it
        int line = 0; // in the file
        bool image = false;
        bool hasAltText = false; // an image's description is not empty
    };
    static QStringList local(const MarkdownDocument &document);
    // Every local image and link where it is written, repeats included.
    static QList<Place> localPlaces(const MarkdownDocument &document);
    // Every http and https address an image or a link points at, where it is written.
    static QList<Place> externalPlaces(const MarkdownDocument &document);

private:
    static QList<Place> places(const MarkdownDocument &document, bool external);
};

} // namespace Postwright::Core

#pragma once

#include <QStringList>

namespace Postwright::Core {

class MarkdownDocument;

// The images and links a post points at that could be files of the blog: no scheme, no
// fragment-only anchors, no mail or protocol-relative addresses. Query and fragment are dropped.
class LinkDestinations final {
public:
    static QStringList local(const MarkdownDocument &document);
};

} // namespace Postwright::Core

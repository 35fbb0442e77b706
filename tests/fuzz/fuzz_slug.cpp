// Slugs: whatever the title, the slug is lower-case ASCII letters, digits and single hyphens,
// never empty, never longer than 80, never a device name, so it can never name a path outside
// the content folder.
#include "document/slug.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Postwright::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString slug = Slug::fromTitle(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (slug.isEmpty() || slug.size() > Slug::maximumLength + 5 || slug.startsWith(u'-') || slug.endsWith(u'-')
        || slug.contains(QStringLiteral("--")))
        std::abort();
    for (const QChar c : slug) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            std::abort();
    }
    if (slug == QStringLiteral("con") || slug == QStringLiteral("nul") || slug == QStringLiteral("index"))
        std::abort();
    return 0;
}

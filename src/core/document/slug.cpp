#include "document/slug.h"

#include <QStringList>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

QString Slug::fromTitle(const QString &title)
{
    // Decompose accents (é → e + ´) and keep only the base letters.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            pendingHyphen = false;
            slug += c;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingHyphen = true;
        }
    }
    if (slug.size() > maximumLength) {
        slug.truncate(maximumLength);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    // Names Windows reserves for devices stay unusable even with an extension.
    static const QStringList reserved = {u"con"_s, u"prn"_s, u"aux"_s, u"nul"_s, u"com1"_s, u"com2"_s, u"com3"_s,
        u"com4"_s, u"lpt1"_s, u"lpt2"_s, u"lpt3"_s, u"index"_s};
    if (slug.isEmpty())
        return u"untitled"_s;
    if (reserved.contains(slug))
        slug += u"-post"_s;
    return slug;
}

} // namespace Postwright::Core

#pragma once

#include "document/postdate.h"
#include "site/siteprofile.h"

#include <QList>

namespace Postwright::Core {

struct PostSummary {
    QString path; // absolute
    QString title;
    PostDate date;
    bool isDraft = false;
    QStringList tags;
    QString error; // set when the file could not be read or its front matter is malformed
};

// The posts of a blog, read from its content folders.
class PostLibrary final {
public:
    static QList<PostSummary> scan(const SiteProfile &profile);
    static bool isPostFile(const QString &fileName);
    // The newest post by date (by name when undated), or an empty string.
    static QString newestPost(const QList<PostSummary> &posts);
};

} // namespace Postwright::Core

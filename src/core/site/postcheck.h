#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Postwright::Core {

struct PostSummary;
struct SiteProfile;

// One thing a check before publishing found, at a line of the post's file (0: the whole post).
struct PostFinding {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0;
    QString message;
    int column = 0;
};

// What stands between a post and a good build, checked before publishing (the receipt and
// `postwright check` show the same): the front matter parses and has a title and a date; every
// local image and file it links to exists (beside the post, in its page bundle, or in the site's
// static folder); ref/relref and post_url name a post of the library; images have alt text; the
// summary is not longer than search engines show; a future date on a site that does not build
// future posts, and a draft, are said.
class PostCheck final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::PostCheck)

public:
    // posts: the blog's posts, for cross-references; without them those are not checked.
    static QList<PostFinding> check(const QString &postPath, const QString &text, const SiteProfile &profile,
        const QList<PostSummary> *posts = nullptr, const QDateTime &now = QDateTime::currentDateTime());
    static bool hasErrors(const QList<PostFinding> &findings);
};

} // namespace Postwright::Core

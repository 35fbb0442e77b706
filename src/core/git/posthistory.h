#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Postwright::Core {

// A post's versions from git, newest first: each commit that changed it, following renames.
class PostHistory final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::PostHistory)

public:
    struct Version {
        QString commit; // full id
        QDateTime when; // the author's time
        QString author;
        QString message; // the commit's summary line
        QString path; // the post's path in that commit, relative to the repository
        QString text; // the post as that commit has it
        bool isPublished = false; // the remote's branch has this commit
    };

    struct DeletedPost {
        QString path; // relative to the repository, as it was
        QString text; // its last version
        QString commit; // the commit that deleted it
        QDateTime when;
        QString message;
    };

    // Markdown files that commits deleted and that neither HEAD nor the disk has now, most
    // recently deleted first, looking through at most commitLimit commits.
    static Result<QList<DeletedPost>> deletedPosts(const QString &blogPath, int commitLimit = 5000);

    // At most limit versions; an error when the post is not in a repository. A post git has
    // never seen has none.
    static Result<QList<Version>> of(const QString &postPath, int limit = 500);
};

} // namespace Postwright::Core

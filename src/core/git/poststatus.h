#pragma once

#include "git/publishtarget.h"

#include <QString>

namespace Postwright::Core {

// Where a post stands between the editor and the site.
enum class PostState {
    NotInRepository, // the file is in no git repository
    NotPublished, // never committed, or committed only here with no remote branch
    ChangedSincePublish, // the remote has a version, and the file differs from it
    CommittedNotPushed, // the file is committed here but the remote has an older version (or none)
    Published, // the file on disk is what the remote branch has
};

class PostStatus final {
public:
    // Compared with what the blog's publish target (its remote and branch) has.
    static PostState of(const QString &postPath, const PublishTarget &target = {});
    static QString describe(PostState state);
};

} // namespace Postwright::Core

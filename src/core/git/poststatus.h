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
    Unknown, // git could not say (a broken repository, say): never shown as one of the above
};

class PostStatus final {
public:
    // Compared with what the blog's publish target (its remote and branch) has.
    static PostState of(const QString &postPath, const PublishTarget &target = {});
    // The one rule, from the ids of the file's three versions (empty: that version does not exist):
    // on disk, committed at HEAD, and on the remote branch.
    static PostState decide(const QByteArray &onDisk, const QByteArray &committed, const QByteArray &remote);
    static QString describe(PostState state);
};

} // namespace Postwright::Core

#pragma once

#include <QString>

namespace Postwright::Core {

// Where a blog publishes to and how its commits read; empty fields take the defaults. The one
// place that says which remote branch a local branch publishes to: the publisher, a post's status
// and the library all ask it.
struct PublishTarget {
    QString remote; // "origin"
    QString branch; // the remote branch; the current branch's name
    QString messageTemplate; // "%1" stands for the title; "Publish: %1"

    QString remoteName() const { return remote.trimmed().isEmpty() ? QStringLiteral("origin") : remote.trimmed(); }
    QString remoteBranch(const QString &localBranch) const
    {
        return branch.trimmed().isEmpty() ? localBranch : branch.trimmed();
    }
    // The remote-tracking reference that holds what the remote has: refs/remotes/<remote>/<branch>.
    QString trackingReference(const QString &localBranch) const
    {
        return QStringLiteral("refs/remotes/%1/%2").arg(remoteName(), remoteBranch(localBranch));
    }
};

} // namespace Postwright::Core

#pragma once

#include <QString>

namespace Postwright::Core {

// Who a commit is by, when git's configuration does not say.
struct CommitAuthor {
    QString name;
    QString email;
};

} // namespace Postwright::Core

#pragma once

#include "util/result.h"

#include <QCoreApplication>

namespace Postwright::Core {

// A small Hugo blog in a git repository with a local bare repository as its origin, made once so
// that a new user can try every feature, publishing included, without an account anywhere.
class SampleBlog final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::SampleBlog)

public:
    // Returns the working tree under dataFolder, creating it (and its origin) when missing.
    static Result<QString> ensure(const QString &dataFolder);
    static QString workingTreePath(const QString &dataFolder);
    static QString originPath(const QString &dataFolder);
};

} // namespace Postwright::Core

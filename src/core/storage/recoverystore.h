#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Postwright::Core {

// Unsaved text kept in a recovery folder while the writer types, so a crash loses at most the
// last seconds. One file per post, named by a hash of the post's path; written atomically.
class RecoveryStore final {
public:
    struct Entry {
        QString postPath;
        QString text;
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &folder);

    Status store(const QString &postPath, const QString &text) const;
    std::optional<Entry> find(const QString &postPath) const;
    void discard(const QString &postPath) const;
    QString fileFor(const QString &postPath) const;
    const QString &folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace Postwright::Core

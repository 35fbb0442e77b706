#pragma once

#include <QString>

namespace Postwright::Core {

// File-name-safe slugs from titles: lower-case ASCII letters, digits and hyphens only, so a
// title like "../../etc/passwd" or "CON" can never name a path outside the content folder or a
// device.
class Slug final {
public:
    static constexpr int maximumLength = 80;
    static QString fromTitle(const QString &title);
};

} // namespace Postwright::Core

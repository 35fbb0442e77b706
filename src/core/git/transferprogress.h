#pragma once

#include <cstddef>

namespace Postwright::Core {

// How far a push or fetch has got, as libgit2 reports it.
struct TransferProgress {
    unsigned objects = 0;
    unsigned totalObjects = 0;
    size_t bytes = 0;
};

} // namespace Postwright::Core

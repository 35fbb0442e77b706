#pragma once

#include <QtGlobal>

#include <functional>

namespace Postwright::Core {

// Runs work(0) … work(count - 1) on all cores (at most eight threads), each thread taking every
// n-th index, and returns when every call has returned. For many small, similar items: a blog's
// posts.
void forEachInParallel(qsizetype count, const std::function<void(qsizetype)> &work);

} // namespace Postwright::Core

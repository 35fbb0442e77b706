#include "util/parallel.h"

#include <thread>
#include <vector>

namespace Postwright::Core {

void forEachInParallel(qsizetype count, const std::function<void(qsizetype)> &work)
{
    const unsigned workers = qBound(1u, std::thread::hardware_concurrency(), 8u);
    std::vector<std::thread> threads;
    for (unsigned worker = 0; worker < workers && qsizetype(worker) < count; ++worker) {
        threads.emplace_back([&, worker] {
            for (qsizetype i = worker; i < count; i += workers)
                work(i);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace Postwright::Core

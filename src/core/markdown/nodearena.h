#pragma once

#include <cstddef>
#include <vector>

struct cmark_mem;

namespace Postwright::Core {

// A bump allocator for one document's cmark nodes: parsing allocates millions of small nodes, and
// freeing them one by one costs as much as rendering. cmark's allocator interface carries no
// context, so the arena in use is a per-thread "current" one set by a Scope; an allocation made
// outside any scope falls back to the heap, and every block records which it came from, so any
// pointer is freed correctly whoever frees it.
class NodeArena final {
public:
    NodeArena() = default;
    ~NodeArena();
    NodeArena(const NodeArena &) = delete;
    NodeArena &operator=(const NodeArena &) = delete;

    static cmark_mem *allocator();

    class Scope final {
    public:
        explicit Scope(NodeArena &arena);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        NodeArena *m_previous;
    };

    void *allocate(size_t bytes);

private:
    std::vector<char *> m_chunks;
    char *m_next = nullptr;
    size_t m_left = 0;
    size_t m_nextChunkSize = 0;
};

} // namespace Postwright::Core

#include "markdown/nodearena.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace Postwright::Core {

namespace {

thread_local NodeArena *t_currentArena = nullptr;

// Chunks start small (most posts are short, and zeroing a large first chunk per document cost
// more than parsing a small post) and double up to a megabyte.
constexpr size_t firstChunkSize = 16 << 10;
constexpr size_t largestChunkSize = 1 << 20;

// Every block starts with this header: its usable size and whether the heap owns it.
struct alignas(std::max_align_t) BlockHeader {
    size_t size;
    bool onHeap;
};

BlockHeader *headerOf(void *pointer)
{
    return static_cast<BlockHeader *>(pointer) - 1;
}

void *allocateBlock(size_t bytes)
{
    if (t_currentArena)
        return t_currentArena->allocate(bytes);
    auto *header = static_cast<BlockHeader *>(std::calloc(1, sizeof(BlockHeader) + bytes));
    if (!header)
        throw std::bad_alloc();
    header->size = bytes;
    header->onHeap = true;
    return header + 1;
}

void *arenaCalloc(size_t count, size_t size)
{
    return allocateBlock(count * size);
}

void *arenaRealloc(void *pointer, size_t bytes)
{
    if (!pointer)
        return allocateBlock(bytes);
    BlockHeader *header = headerOf(pointer);
    if (header->onHeap) {
        auto *grown = static_cast<BlockHeader *>(std::realloc(header, sizeof(BlockHeader) + bytes));
        if (!grown)
            throw std::bad_alloc();
        grown->size = bytes;
        return grown + 1;
    }
    if (bytes <= header->size)
        return pointer;
    void *grown = allocateBlock(bytes);
    std::memcpy(grown, pointer, header->size);
    return grown;
}

void arenaFree(void *pointer)
{
    if (pointer && headerOf(pointer)->onHeap)
        std::free(headerOf(pointer));
}

cmark_mem arenaAllocator = {arenaCalloc, arenaRealloc, arenaFree};

} // namespace

NodeArena::~NodeArena()
{
    for (char *chunk : m_chunks)
        std::free(chunk);
}

cmark_mem *NodeArena::allocator()
{
    return &arenaAllocator;
}

void *NodeArena::allocate(size_t bytes)
{
    const size_t needed = sizeof(BlockHeader) + ((bytes + alignof(BlockHeader) - 1) & ~(alignof(BlockHeader) - 1));
    if (needed > m_left) {
        m_nextChunkSize = m_nextChunkSize == 0 ? firstChunkSize : std::min(m_nextChunkSize * 2, largestChunkSize);
        const size_t size = std::max(m_nextChunkSize, needed);
        // calloc: cmark expects zeroed memory; large chunks come zeroed from the system for free.
        char *chunk = static_cast<char *>(std::calloc(1, size));
        if (!chunk)
            throw std::bad_alloc();
        m_chunks.push_back(chunk);
        m_next = chunk;
        m_left = size;
    }
    auto *header = reinterpret_cast<BlockHeader *>(m_next);
    header->size = needed - sizeof(BlockHeader);
    header->onHeap = false;
    m_next += needed;
    m_left -= needed;
    return header + 1;
}

NodeArena::Scope::Scope(NodeArena &arena) : m_previous(t_currentArena)
{
    t_currentArena = &arena;
}

NodeArena::Scope::~Scope()
{
    t_currentArena = m_previous;
}

} // namespace Postwright::Core

/* arena.c: bump allocator with geometrically growing blocks (64 KiB first,
 * doubling to 4 MiB) so a page costs a handful of mallocs, not one per node. */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *prev;
    size_t size;
    /* payload follows, 16-byte aligned by the header size */
};

/* Doubling from 64 KiB keeps the number of blocks logarithmic in the
 * page's size; the 4 MiB cap bounds the unused tail of the last block. */
#define ARENA_FIRST_BLOCK (64u * 1024u)
#define ARENA_MAX_BLOCK (4u * 1024u * 1024u)
#define ARENA_HDR ((sizeof(arena_block) + 15u) & ~(size_t)15u)

void arena_init(arena *a, size_t limit)
{
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
    a->limit = limit;
}

void arena_free(arena *a)
{
    arena_block *b = a->head;
    while (b) {
        arena_block *prev = b->prev;
        free(b);
        b = prev;
    }
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
}

static int arena_grow(arena *a, size_t need)
{
    size_t size = a->head ? a->head->size * 2 : ARENA_FIRST_BLOCK;
    if (size > ARENA_MAX_BLOCK)
        size = ARENA_MAX_BLOCK;
    if (size < need + ARENA_HDR)
        size = need + ARENA_HDR;
    if (a->limit && a->total + size > a->limit)
        return 0;
    arena_block *b = malloc(size);
    if (!b)
        return 0;
    b->prev = a->head;
    b->size = size;
    a->head = b;
    a->cur = (char *)b + ARENA_HDR;
    a->end = (char *)b + size;
    a->total += size;
    return 1;
}

void *arena_alloc_block(arena *a, size_t n)
{
    if (!arena_grow(a, n))
        return NULL;
    void *p = a->cur;
    a->cur += n;
    return p;
}


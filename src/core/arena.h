/* arena.h: bump allocator. Every node and string of one parsed page lives in
 * one arena and is released at once with arena_free(). Allocation failure
 * returns NULL (never aborts); callers propagate LEDE_ERR_NOMEM. */
#ifndef LEDE_ARENA_H
#define LEDE_ARENA_H

#include <stddef.h>
#include <string.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head;   /* current block; older blocks chained behind it */
    char *cur, *end;     /* free space in the current block */
    size_t total;        /* bytes obtained from malloc, for limits/stats */
    size_t limit;        /* 0 = unlimited; else arena_alloc fails past it */
} arena;

void arena_init(arena *a, size_t limit);
void arena_free(arena *a);
/* Takes a new block and allocates n (rounded) bytes from it: arena_alloc's
 * slow path. */
void *arena_alloc_block(arena *a, size_t n);

/* Returns 8-byte-aligned uninitialised memory, or NULL past the limit/OOM.
 * Inline: the parser allocates every node and string here, and the
 * bump itself is a few instructions next to a call. */
static inline void *arena_alloc(arena *a, size_t n)
{
    n = (n + 7u) & ~(size_t)7u;
    if (n == 0)
        n = 8;
    if (!a->cur || (size_t)(a->end - a->cur) < n)
        return arena_alloc_block(a, n);
    void *p = a->cur;
    a->cur += n;
    return p;
}
/* Same, zeroed (a constant n becomes a few stores). */
static inline void *arena_calloc(arena *a, size_t n)
{
    void *p = arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}
/* Copies n bytes and appends a NUL; NULL on failure. Inline: the tree
 * builder copies every attribute and text node with it. */
static inline char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

#endif

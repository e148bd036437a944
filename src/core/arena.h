/* arena.h: bump allocator. Every node and string of one parsed page lives in
 * one arena and is released at once with arena_free(). Allocation failure
 * returns NULL (never aborts); callers propagate LEDE_ERR_NOMEM. */
#ifndef LEDE_ARENA_H
#define LEDE_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head;   /* current block; older blocks chained behind it */
    char *cur, *end;     /* free space in the current block */
    size_t total;        /* bytes obtained from malloc, for limits/stats */
    size_t limit;        /* 0 = unlimited; else arena_alloc fails past it */
} arena;

void arena_init(arena *a, size_t limit);
void arena_free(arena *a);
/* Returns 8-byte-aligned uninitialised memory, or NULL past the limit/OOM. */
void *arena_alloc(arena *a, size_t n);
/* Same, zeroed. */
void *arena_calloc(arena *a, size_t n);
/* Copies n bytes and appends a NUL; NULL on failure. */
char *arena_strndup(arena *a, const char *s, size_t n);

#endif

/* value_memo.h: a direct-mapped memo from an attribute value (a string
 * that lives as long as the page) to 32 bits of what a scan found in it.
 * Pages repeat their class names (list items, teaser cards, paragraphs),
 * so the body's keyword scan (body/classify.c) and metadata's hint scan
 * (meta/metadata.c) answer most values from their memo. Each keeps its
 * own memo: the scans differ, they run in different stages, and the
 * classify memo holds id values too while metadata's must not (ids are
 * mostly unique and evicted class values: +1.1 M instructions per 100
 * pages). A slot is chosen by a hash of the length and three bytes, and a
 * hit is confirmed by a full compare. */
#ifndef LEDE_CORE_VALUE_MEMO_H
#define LEDE_CORE_VALUE_MEMO_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct value_memo_slot {
    const char *value; /* NULL: empty */
    size_t len;
    uint32_t bits;
} value_memo_slot;

/* The slot of v[0..len) in a memo of n slots. */
static inline value_memo_slot *value_memo_slot_of(value_memo_slot *memo, size_t n, const char *v, size_t len)
{
    uint32_t h = (uint32_t)len * 2654435761u;
    if (len) {
        h ^= (unsigned char)v[0] * 40503u + (unsigned char)v[len - 1] * 9973u;
        h ^= (uint32_t)(unsigned char)v[len / 2] << 11;
        h *= 2246822519u;
    }
    return &memo[(h >> 16) % n];
}

/* 1 when slot s remembers v[0..len) (its bits are then the answer). */
static inline int value_memo_holds(const value_memo_slot *s, const char *v, size_t len)
{
    return s->value && s->len == len && memcmp(s->value, v, len) == 0;
}

/* Remembers bits for v[0..len) in slot s (evicting what it held). */
static inline uint32_t value_memo_put(value_memo_slot *s, const char *v, size_t len, uint32_t bits)
{
    s->value = v;
    s->len = len;
    s->bits = bits;
    return bits;
}

#endif

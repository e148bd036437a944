/* measure.h: text measures and normalisation for the body extractor. */
#ifndef LEDE_MEASURE_H
#define LEDE_MEASURE_H

#include <stddef.h>

#include "dom/dom.h"

/* Collapsed length of a text: whitespace runs count as one byte and
 * leading/trailing whitespace counts as one too. Bytes, not characters:
 * CJK text weighs three times as much per character, which matches its
 * higher information per character closely enough for the thresholds. */
size_t text_collapsed_len(const char *s, size_t n);

/* Counts commas, including the CJK and Arabic ones (U+3001, U+FF0C, U+060C). */
size_t text_count_commas(const char *s, size_t n);

/* Both of the above in one pass (SSE2 where the compiler targets it):
 * *collapsed = text_collapsed_len(s, n), *commas = text_count_commas(s, n). */
void text_measure(const char *s, size_t n, size_t *collapsed, size_t *commas);

/* Writes the first bytes of the visible text of node's subtree into out
 * (cap bytes, NUL-terminated), whitespace collapsed, trimmed, lower-cased
 * (ASCII, Latin-1, Greek, Cyrillic). Skips DOM_F_REMOVED subtrees and junk
 * tags. Returns the length written. */
size_t text_prefix_lower(const dom_node *node, char *out, size_t cap);

/* The same over the sibling run from first up to end (excluded; NULL:
 * the last sibling): what a reader sees of a line of loose text and
 * inline elements between two <br>s, pieces joined as they stand. */
size_t text_range_lower(const dom_node *first, const dom_node *end, char *out, size_t cap);

/* Lower-cases UTF-8 in place for the scripts above; length is unchanged. */
void text_lower_utf8(char *s, size_t n);

#endif

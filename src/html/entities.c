/* entities.c: longest-prefix lookup in the sorted named-reference table.
 * The candidates sharing the first k input bytes form one contiguous range
 * of the sorted table; each further byte narrows the range with two binary
 * searches, and a name exactly k bytes long sits first in its range. So a
 * lookup costs O(name length * log 2231) comparisons of single bytes. */
#include "entities.h"

/* Narrows [*lo, *hi) to entries whose byte at position k equals c (entries
 * in the range already share bytes 0..k-1 with the input and are longer
 * than k). */
static void ent_narrow(size_t *lo, size_t *hi, size_t k, unsigned char c)
{
    size_t a = *lo, b = *hi;
    while (a < b) { /* first entry with byte k >= c */
        size_t m = a + (b - a) / 2;
        if ((unsigned char)ent_table[m].name[k] < c)
            a = m + 1;
        else
            b = m;
    }
    size_t first = a;
    b = *hi;
    while (a < b) { /* first entry with byte k > c */
        size_t m = a + (b - a) / 2;
        if ((unsigned char)ent_table[m].name[k] <= c)
            a = m + 1;
        else
            b = m;
    }
    *lo = first;
    *hi = a;
}

const ent_entry *ent_longest_match(const char *s, size_t n)
{
    size_t lo = 0, hi = ent_count;
    const ent_entry *best = NULL;
    for (size_t k = 0; k < n && k < ENT_MAX_NAME; k++) {
        /* An entry exactly k bytes long is a prefix of the input; being the
         * shortest in the range, it sorts first: skip it before narrowing. */
        if (lo < hi && ent_table[lo].name_len == k) {
            best = &ent_table[lo];
            lo++;
        }
        if (lo >= hi)
            return best;
        ent_narrow(&lo, &hi, k, (unsigned char)s[k]);
        if (lo >= hi)
            return best;
    }
    if (lo < hi && ent_table[lo].name_len == (n < ENT_MAX_NAME ? n : ENT_MAX_NAME))
        best = &ent_table[lo];
    return best;
}

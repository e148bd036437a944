/* entities.h: the WHATWG named character reference table (generated into
 * entities_gen.c by scripts/gen_entities.py) and a longest-prefix lookup. */
#ifndef LEDE_HTML_ENTITIES_H
#define LEDE_HTML_ENTITIES_H

#include <stddef.h>

#define ENT_MAX_NAME 32 /* longest name in the table, ';' included */

typedef struct ent_entry {
    const char *name;   /* without the '&'; ends with ';' unless legacy */
    unsigned char name_len;
    const char *utf8;   /* replacement text, UTF-8 */
    unsigned char utf8_len;
} ent_entry;

extern const ent_entry ent_table[];
extern const size_t ent_count;

/* Finds the longest table name that is a prefix of s[0..n) (s points just
 * after the '&'). Returns the entry, or NULL when no name matches; the
 * match length is the entry's name_len. Read-only, thread-safe. */
const ent_entry *ent_longest_match(const char *s, size_t n);

#endif

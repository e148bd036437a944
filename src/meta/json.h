/* json.h: a small, tolerant JSON reader for JSON-LD found in web pages.
 * Values live in an arena. Tolerated: raw control characters in strings,
 * trailing and doubled commas, single-quoted strings, unquoted keys,
 * HTML comment / CDATA wrappers, comments, several top-level values, and
 * truncated input (what was read so far is kept). Nesting is capped. */
#ifndef LEDE_EXTRACT_JSON_H
#define LEDE_EXTRACT_JSON_H

#include <stddef.h>

#include "core/arena.h"

typedef enum { JSON_NULL, JSON_BOOL, JSON_NUM, JSON_STR, JSON_ARR, JSON_OBJ } json_type;

typedef struct json_value json_value;
struct json_value {
    json_type type;
    const char *str;        /* JSON_STR: decoded UTF-8; JSON_NUM: the literal */
    size_t len;             /* JSON_STR/NUM: byte length; ARR/OBJ: count */
    int boolean;            /* JSON_BOOL */
    const char **keys;      /* JSON_OBJ: len keys */
    json_value **items;     /* JSON_ARR/OBJ: len values */
};

/* Parses text[0..n). Several top-level values become one array. Returns
 * NULL when nothing usable was found or on allocation failure (*oom set). */
json_value *json_parse(arena *a, const char *text, size_t n, int *oom);

/* Member of an object by exact key; NULL when absent or not an object. */
const json_value *json_get(const json_value *obj, const char *key);

#endif

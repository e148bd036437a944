/* json.c: tolerant recursive-descent JSON reader (see json.h). Recursion is
 * bounded by JSON_MAX_DEPTH so hostile input cannot exhaust the stack. */
#include "json.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

/* Real JSON-LD nests < 10 levels; 64 leaves room and bounds the stack. */
#define JSON_MAX_DEPTH 64

typedef struct jp {
    const char *p, *end;
    arena *a;
    int oom;
    buf tmp;
} jp;

static void skip_ws(jp *j)
{
    while (j->p < j->end) {
        unsigned char c = (unsigned char)*j->p;
        if (c <= 0x20) {
            j->p++;
        } else if (c == '/' && j->p + 1 < j->end && j->p[1] == '/') {
            while (j->p < j->end && *j->p != '\n')
                j->p++;
        } else if (c == '/' && j->p + 1 < j->end && j->p[1] == '*') {
            j->p += 2;
            while (j->p + 1 < j->end && !(j->p[0] == '*' && j->p[1] == '/'))
                j->p++;
            j->p = j->p + 2 <= j->end ? j->p + 2 : j->end;
        } else if (c == '<' && j->end - j->p >= 4 && memcmp(j->p, "<!--", 4) == 0) {
            j->p += 4;
        } else if (c == '-' && j->end - j->p >= 3 && memcmp(j->p, "-->", 3) == 0) {
            j->p += 3;
        } else if (c == '<' && j->end - j->p >= 9 && memcmp(j->p, "<![CDATA[", 9) == 0) {
            j->p += 9;
        } else if (c == ']' && j->end - j->p >= 3 && memcmp(j->p, "]]>", 3) == 0) {
            j->p += 3;
        } else if (c == 0xEF && j->end - j->p >= 3 && (unsigned char)j->p[1] == 0xBB &&
                   (unsigned char)j->p[2] == 0xBF) {
            j->p += 3; /* BOM */
        } else {
            break;
        }
    }
}

static json_value *new_val(jp *j, json_type t)
{
    json_value *v = arena_calloc(j->a, sizeof *v);
    if (!v)
        j->oom = 1;
    else
        v->type = t;
    return v;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int read_hex4(const char *p, const char *end, unsigned *out)
{
    if (end - p < 4)
        return 0;
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0)
            return 0;
        v = v * 16 + (unsigned)h;
    }
    *out = v;
    return 1;
}

/* Reads a quoted string (quote is " or '); control characters become
 * spaces, except line breaks (escaped or raw), which stay '\n': the
 * paragraphs of a plain-text articleBody (body/jsonld_body.c). Every other
 * reader collapses whitespace. */
static const char *read_string(jp *j, size_t *len)
{
    char q = *j->p++;
    buf *b = &j->tmp;
    buf_clear(b);
    while (j->p < j->end && *j->p != q) {
        char c = *j->p++;
        if (c == '\\' && j->p < j->end) {
            char e = *j->p++;
            switch (e) {
            case 'n': case 'r': buf_putc(b, '\n'); break;
            case 't': case 'f': case 'b': buf_putc(b, ' '); break;
            case 'u': {
                unsigned cp;
                if (!read_hex4(j->p, j->end, &cp)) {
                    buf_putc(b, 'u');
                    break;
                }
                j->p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo;
                    if (j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u' &&
                        read_hex4(j->p + 2, j->end, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                        j->p += 6;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    } else {
                        cp = 0xFFFD;
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                if (cp == 0)
                    cp = ' ';
                buf_put_utf8(b, cp);
                break;
            }
            default: buf_putc(b, e); break; /* \" \\ \/ \' and unknown escapes */
            }
        } else if ((unsigned char)c < 0x20) {
            buf_putc(b, c == '\n' || c == '\r' ? '\n' : ' ');
        } else {
            buf_putc(b, c);
        }
    }
    if (j->p < j->end)
        j->p++; /* closing quote */
    if (b->oom) {
        j->oom = 1;
        return NULL;
    }
    *len = b->len;
    char *s = arena_strndup(j->a, b->data ? b->data : "", b->len);
    if (!s)
        j->oom = 1;
    return s;
}

/* Bare word: number, true/false/null, or an unquoted key. */
static const char *read_bare(jp *j, size_t *len)
{
    const char *s = j->p;
    while (j->p < j->end) {
        char c = *j->p;
        if (c == ',' || c == ':' || c == '}' || c == ']' || c == '{' || c == '[' || c == '"' ||
            (unsigned char)c <= ' ')
            break;
        j->p++;
    }
    *len = (size_t)(j->p - s);
    return s;
}

static json_value *parse_value(jp *j, int depth);

/* Growable pointer list in malloc'd memory, copied to the arena at the end. */
typedef struct plist {
    void **v;
    size_t n, cap;
} plist;

static int plist_push(plist *l, void *p)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        void **nv = realloc(l->v, cap * sizeof *nv);
        if (!nv)
            return 0;
        l->v = nv;
        l->cap = cap;
    }
    l->v[l->n++] = p;
    return 1;
}

static void **plist_to_arena(jp *j, plist *l)
{
    void **r = arena_alloc(j->a, (l->n ? l->n : 1) * sizeof *r);
    if (!r)
        j->oom = 1;
    else if (l->n)
        memcpy(r, l->v, l->n * sizeof *r);
    free(l->v);
    l->v = NULL;
    return r;
}

/* Moves to the next member of an array or object that `close` (']' or
 * '}') ends, past white space and stray commas ([1,,2] and [1,] are
 * tolerated); 0 when there is none: the input ends, or `close` ends the
 * list (and is passed), or the other closing bracket stands there (a
 * mismatched bracket ends the list and is left to the caller). */
static int next_member(jp *j, char close)
{
    skip_ws(j);
    while (j->p < j->end && *j->p == ',') {
        j->p++;
        skip_ws(j);
    }
    if (j->p >= j->end)
        return 0;
    if (*j->p == close) {
        j->p++;
        return 0;
    }
    return *j->p != (close == ']' ? '}' : ']');
}

static json_value *parse_array(jp *j, int depth)
{
    json_value *v = new_val(j, JSON_ARR);
    plist items = {0};
    j->p++;
    while (v && !j->oom && next_member(j, ']')) {
        const char *before = j->p;
        json_value *it = parse_value(j, depth + 1);
        if (it && !plist_push(&items, it))
            j->oom = 1;
        if (j->p == before)
            j->p++; /* always make progress */
    }
    if (v) {
        v->len = items.n;
        v->items = (json_value **)plist_to_arena(j, &items);
    } else {
        free(items.v);
    }
    return v;
}

static json_value *parse_object(jp *j, int depth)
{
    json_value *v = new_val(j, JSON_OBJ);
    plist keys = {0}, vals = {0};
    j->p++;
    while (v && !j->oom && next_member(j, '}')) {
        const char *before = j->p;
        const char *key;
        size_t klen;
        if (*j->p == '"' || *j->p == '\'') {
            key = read_string(j, &klen);
        } else {
            const char *k = read_bare(j, &klen);
            key = arena_strndup(j->a, k, klen);
            if (!key)
                j->oom = 1;
        }
        if (!key)
            break;
        skip_ws(j);
        if (j->p < j->end && *j->p == ':')
            j->p++;
        else if (j->p == before) {
            j->p++;
            continue;
        }
        skip_ws(j);
        json_value *val = parse_value(j, depth + 1);
        if (!val)
            val = new_val(j, JSON_NULL);
        if (val && (!plist_push(&keys, (void *)key) || !plist_push(&vals, val)))
            j->oom = 1;
        if (j->p == before)
            j->p++;
    }
    if (v && !j->oom) {
        v->len = vals.n;
        v->keys = (const char **)plist_to_arena(j, &keys);
        v->items = (json_value **)plist_to_arena(j, &vals);
    } else {
        free(keys.v);
        free(vals.v);
    }
    return v;
}

static json_value *parse_value(jp *j, int depth)
{
    skip_ws(j);
    if (j->p >= j->end || j->oom)
        return NULL;
    if (depth > JSON_MAX_DEPTH) {
        /* Too deep: skip this value's bytes up to the next delimiter at
         * this level by failing; callers always make progress. */
        return NULL;
    }
    char c = *j->p;
    if (c == '{')
        return parse_object(j, depth);
    if (c == '[')
        return parse_array(j, depth);
    if (c == '"' || c == '\'') {
        json_value *v = new_val(j, JSON_STR);
        if (!v)
            return NULL;
        v->str = read_string(j, &v->len);
        return v->str ? v : NULL;
    }
    size_t len;
    const char *w = read_bare(j, &len);
    if (len == 0)
        return NULL;
    json_value *v;
    if (len == 4 && memcmp(w, "true", 4) == 0) {
        v = new_val(j, JSON_BOOL);
        if (v)
            v->boolean = 1;
    } else if (len == 5 && memcmp(w, "false", 5) == 0) {
        v = new_val(j, JSON_BOOL);
    } else if (len == 4 && memcmp(w, "null", 4) == 0) {
        v = new_val(j, JSON_NULL);
    } else {
        /* Numbers and anything else bare are kept as their literal text. */
        v = new_val(j, (c == '-' || (c >= '0' && c <= '9')) ? JSON_NUM : JSON_STR);
        if (v) {
            v->str = arena_strndup(j->a, w, len);
            v->len = len;
            if (!v->str)
                j->oom = 1;
        }
    }
    return v;
}

json_value *json_parse(arena *a, const char *text, size_t n, int *oom)
{
    jp j = {text, text + n, a, 0, BUF_INIT};
    plist tops = {0};
    while (!j.oom) {
        skip_ws(&j);
        while (j.p < j.end && (*j.p == ',' || *j.p == ';' || *j.p == '}' || *j.p == ']'))
            j.p++;
        skip_ws(&j);
        if (j.p >= j.end)
            break;
        const char *before = j.p;
        json_value *v = NULL;
        if (*j.p == '{' || *j.p == '[')
            v = parse_value(&j, 0);
        else
            j.p++; /* junk between values (e.g. a JS assignment): skip it */
        if (v && !plist_push(&tops, v))
            j.oom = 1;
        if (j.p == before)
            j.p++;
    }
    buf_free(&j.tmp);
    json_value *r = NULL;
    if (!j.oom && tops.n == 1) {
        r = tops.v[0];
        free(tops.v);
    } else if (!j.oom && tops.n > 1) {
        r = new_val(&j, JSON_ARR);
        if (r) {
            r->len = tops.n;
            r->items = (json_value **)plist_to_arena(&j, &tops);
        } else {
            free(tops.v);
        }
    } else {
        free(tops.v);
    }
    if (oom)
        *oom = j.oom;
    return j.oom ? NULL : r;
}

const json_value *json_get(const json_value *obj, const char *key)
{
    if (!obj || obj->type != JSON_OBJ)
        return NULL;
    for (size_t i = 0; i < obj->len; i++)
        if (strcmp(obj->keys[i], key) == 0)
            return obj->items[i];
    return NULL;
}

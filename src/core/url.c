/* url.c: the WHATWG URL Standard's basic URL parser and serializer (see
 * url.h). The parser writes the serialization as it goes, in the order the
 * standard's states produce the parts (scheme, authority, path, query,
 * fragment), and records where each part lies, so a parsed base serves any
 * number of relative references without being parsed again, and a path
 * segment is "popped" by cutting the output at its last '/'. State names
 * and section references follow https://url.spec.whatwg.org/. */
#include "url.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "url_int.h"
#include "url_limit.h"

/* ---- percent-encode sets (#percent-encoded-bytes) ----------------------
 * The sets nest: query < path < userinfo; fragment and special-query add
 * one or two characters. C0 controls and bytes >= 0x7F are in every set. */
#define Q_UP (SET_QUERY | SET_SPECIAL_QUERY | SET_PATH | SET_USERINFO)
#define P_UP (SET_PATH | SET_USERINFO)
static const uint8_t pct_sets[128] = {
    [' '] = Q_UP | SET_FRAGMENT, ['"'] = Q_UP | SET_FRAGMENT, ['<'] = Q_UP | SET_FRAGMENT,
    ['>'] = Q_UP | SET_FRAGMENT, ['`'] = P_UP | SET_FRAGMENT, ['#'] = Q_UP, ['\''] = SET_SPECIAL_QUERY,
    ['?'] = P_UP, ['^'] = P_UP, ['{'] = P_UP, ['}'] = P_UP, ['/'] = SET_USERINFO, [':'] = SET_USERINFO,
    [';'] = SET_USERINFO, ['='] = SET_USERINFO, ['@'] = SET_USERINFO, ['['] = SET_USERINFO,
    ['\\'] = SET_USERINFO, [']'] = SET_USERINFO, ['|'] = SET_USERINFO,
};

static void put_pct(buf *o, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    char t[3] = {'%', hex[c >> 4], hex[c & 15]};
    buf_put(o, t, 3);
}

/* Appends s[0..n) with the bytes of set percent-encoded. Runs of bytes
 * that need no encoding are copied at once (the common case). */
void url_put_encoded(buf *o, const char *s, size_t n, int set)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n) {
            unsigned char c = (unsigned char)s[j];
            if (c < 0x20 || c >= 0x7F || (pct_sets[c] & set))
                break;
            j++;
        }
        buf_put(o, s + i, j - i);
        if (j < n)
            put_pct(o, (unsigned char)s[j++]);
        i = j;
    }
}


int url_has_scheme(const char *s)
{
    if (!s || !chars_is_alpha((unsigned char)*s))
        return 0;
    const char *p = s + 1;
    while (chars_is_alpha((unsigned char)*p) || chars_is_digit((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
        p++;
    return *p == ':' && p - s >= 2; /* "c:" is a Windows path, not a scheme */
}

/* ---- the parser (#concept-basic-url-parser) --------------------------- */

typedef struct parser {
    buf *o;
    size_t s0;        /* where this URL starts in o */
    const char *in;
    size_t n, p;
    const url_t *base;
    url_t *u;
    int special, file;
} parser;

#define C(ps) ((ps)->p < (ps)->n ? (unsigned char)(ps)->in[(ps)->p] : -1)
#define OUTLEN(ps) ((ps)->o->len - (ps)->s0)

static const char *const special_schemes[] = {"ftp", "file", "http", "https", "ws", "wss"};
static const int default_ports[] = {21, -1, 80, 443, 80, 443};

static int scheme_index(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof special_schemes / sizeof *special_schemes; i++)
        if (strlen(special_schemes[i]) == n && memcmp(special_schemes[i], s, n) == 0)
            return (int)i;
    return -1;
}

static int is_slash(const parser *ps, int c) { return c == '/' || (ps->special && c == '\\'); }

/* #windows-drive-letter and #start-with-a-windows-drive-letter */
static int drive_letter(const char *s, size_t n, int normalized)
{
    return n == 2 && chars_is_alpha((unsigned char)s[0]) && (s[1] == ':' || (!normalized && s[1] == '|'));
}
static int starts_drive_letter(const char *s, size_t n)
{
    return n >= 2 && drive_letter(s, 2, 0) &&
           (n == 2 || s[2] == '/' || s[2] == '\\' || s[2] == '?' || s[2] == '#');
}

/* #shorten-a-url's-path: drops the last segment, except a file URL's
 * lone drive letter. */
static void shorten_path(parser *ps)
{
    buf *o = ps->o;
    size_t ps0 = ps->s0 + ps->u->path_start;
    if (o->len <= ps0)
        return;
    size_t k = o->len;
    while (k > ps0 && o->data[k - 1] != '/')
        k--;
    k--; /* the segment's '/' */
    if (ps->file && k == ps0 && drive_letter(o->data + k + 1, o->len - k - 1, 1))
        return;
    o->len = k;
}

static int single_dot(const char *s, size_t n)
{
    return (n == 1 && s[0] == '.') || (n == 3 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e');
}
static int double_dot(const char *s, size_t n)
{
    if (n == 2)
        return s[0] == '.' && s[1] == '.';
    if (n == 4)
        return (s[0] == '.' && single_dot(s + 1, 3)) || (single_dot(s, 3) && s[3] == '.');
    return n == 6 && single_dot(s, 3) && single_dot(s + 3, 3);
}

/* The path state, from the first segment on, until '?', '#' or the end. */
static void path_state(parser *ps)
{
    buf *o = ps->o;
    for (;;) {
        size_t seg = o->len;
        buf_putc(o, '/');
        size_t i = ps->p;
        while (i < ps->n && ps->in[i] != '/' && !(ps->special && ps->in[i] == '\\') && ps->in[i] != '?' &&
               ps->in[i] != '#')
            i++;
        url_put_encoded(o, ps->in + ps->p, i - ps->p, SET_PATH);
        ps->p = i;
        if (o->oom)
            return;
        int c = C(ps);
        const char *t = o->data + seg + 1;
        size_t tl = o->len - seg - 1;
        if (double_dot(t, tl)) {
            o->len = seg;
            shorten_path(ps);
            if (!is_slash(ps, c))
                buf_putc(o, '/');
        } else if (single_dot(t, tl)) {
            o->len = seg;
            if (!is_slash(ps, c))
                buf_putc(o, '/');
        } else if (ps->file && seg == ps->s0 + ps->u->path_start && drive_letter(t, tl, 0)) {
            o->data[seg + 2] = ':';
        }
        if (!is_slash(ps, c))
            return;
        ps->p++;
    }
}

/* The path start state (#path-start-state) then the path. */
static void path_start(parser *ps)
{
    int c = C(ps);
    ps->u->path_start = OUTLEN(ps);
    if (ps->special) {
        if (is_slash(ps, c))
            ps->p++;
        path_state(ps);
    } else if (c == '?' || c == '#' || c < 0) {
        return;
    } else {
        if (c == '/')
            ps->p++;
        path_state(ps);
    }
}

/* The query state (when at '?'), recording where the query lies. */
static void query_state(parser *ps)
{
    url_t *u = ps->u;
    u->query_start = OUTLEN(ps);
    if (C(ps) == '?') {
        size_t i = ++ps->p;
        while (i < ps->n && ps->in[i] != '#')
            i++;
        buf_putc(ps->o, '?');
        url_put_encoded(ps->o, ps->in + ps->p, i - ps->p, ps->special ? SET_SPECIAL_QUERY : SET_QUERY);
        ps->p = i;
        u->has_query = 1;
    }
    u->fragment_start = OUTLEN(ps);
}

/* The fragment state (when at '#'): the rest of the input. */
static void fragment_state(parser *ps)
{
    url_t *u = ps->u;
    u->fragment_start = OUTLEN(ps);
    if (C(ps) == '#') {
        buf_putc(ps->o, '#');
        url_put_encoded(ps->o, ps->in + ps->p + 1, ps->n - ps->p - 1, SET_FRAGMENT);
        ps->p = ps->n;
        u->has_fragment = 1;
    }
}

static void query_fragment(parser *ps)
{
    query_state(ps);
    fragment_state(ps);
}

/* The authority state through the port state: input from ps->p up to the
 * next '/', '?', '#' (or '\' in special URLs). */
static int authority(parser *ps)
{
    buf *o = ps->o;
    url_t *u = ps->u;
    size_t e = ps->p;
    while (e < ps->n && ps->in[e] != '/' && ps->in[e] != '?' && ps->in[e] != '#' &&
           !(ps->special && ps->in[e] == '\\'))
        e++;
    size_t at = e;
    for (size_t i = e; i > ps->p; i--)
        if (ps->in[i - 1] == '@') {
            at = i - 1;
            break;
        }
    buf_puts(o, "//");
    size_t hs = ps->p;
    if (at < e) { /* userinfo: the first ':' separates the password */
        hs = at + 1;
        if (hs == e)
            return 0;
        const char *ui = ps->in + ps->p;
        size_t un = at - ps->p;
        const char *colon = memchr(ui, ':', un);
        size_t ulen = colon ? (size_t)(colon - ui) : un;
        size_t mark = o->len;
        url_put_encoded(o, ui, ulen, SET_USERINFO);
        size_t user_out = o->len - mark;
        if (colon && un - ulen > 1) {
            buf_putc(o, ':');
            url_put_encoded(o, colon + 1, un - ulen - 1, SET_USERINFO);
        }
        if (o->len > mark || user_out)
            buf_putc(o, '@');
    }
    /* host, then ":port" (a ':' inside brackets belongs to an IPv6 host) */
    size_t colon = e;
    int brackets = 0;
    for (size_t i = hs; i < e; i++) {
        if (ps->in[i] == '[')
            brackets = 1;
        else if (ps->in[i] == ']')
            brackets = 0;
        else if (ps->in[i] == ':' && !brackets) {
            colon = i;
            break;
        }
    }
    if (colon == hs && colon < e)
        return 0;
    if (colon == hs && ps->special)
        return 0;
    u->host_start = OUTLEN(ps);
    if (colon > hs && !url_host_parse(o, ps->in + hs, colon - hs, ps->special))
        return 0;
    u->host_end = OUTLEN(ps);
    u->has_host = 1;
    if (colon < e) {
        long port = 0;
        size_t i = colon + 1;
        for (; i < e; i++) {
            if (!chars_is_digit((unsigned char)ps->in[i]))
                return 0;
            port = port * 10 + (ps->in[i] - '0');
            if (port > 65535)
                return 0;
        }
        if (e > colon + 1) {
            int si = scheme_index(o->data + ps->s0, u->scheme_end);
            if (si < 0 || default_ports[si] != port) {
                char t[8];
                int len = 0;
                long d = 10000;
                while (d > port && d > 1)
                    d /= 10;
                for (; d; d /= 10)
                    t[len++] = (char)('0' + port / d % 10);
                buf_putc(o, ':');
                buf_put(o, t, (size_t)len);
            }
        }
    }
    u->auth_end = OUTLEN(ps);
    ps->p = e;
    return 1;
}

/* Copies the base's authority ("//userinfo@host:port", or nothing). */
static void copy_base_authority(parser *ps)
{
    const url_t *b = ps->base;
    url_t *u = ps->u;
    size_t at = OUTLEN(ps);
    buf_put(ps->o, b->href + b->scheme_end + 1, b->auth_end - b->scheme_end - 1);
    u->has_host = b->has_host;
    u->host_start = at + (b->host_start - b->scheme_end - 1);
    u->host_end = at + (b->host_end - b->scheme_end - 1);
    u->auth_end = OUTLEN(ps);
}

static void copy_base_path(parser *ps)
{
    const url_t *b = ps->base;
    ps->u->path_start = OUTLEN(ps);
    buf_put(ps->o, b->href + b->path_start, b->query_start - b->path_start);
}

static void copy_base_query(parser *ps)
{
    const url_t *b = ps->base;
    ps->u->query_start = OUTLEN(ps);
    if (b->has_query) {
        buf_put(ps->o, b->href + b->query_start, b->fragment_start - b->query_start);
        ps->u->has_query = 1;
    }
    ps->u->fragment_start = OUTLEN(ps);
}

/* After the authority: the path, query and fragment. */
static int rest(parser *ps)
{
    path_start(ps);
    query_fragment(ps);
    return 1;
}

/* The base's authority and path, then what the input gives after them
 * when it names no authority or absolute path of its own (the relative
 * and file states share this): "?" begins its own query; "#" or the end
 * keeps the base's query too, then its fragment. Returns 0, after the
 * copies, when c begins a relative path: the caller resolves it against
 * the copied path as its scheme does. */
static int relative_to_base(parser *ps, int c)
{
    copy_base_authority(ps);
    copy_base_path(ps);
    if (c == '?') {
        query_fragment(ps);
    } else if (c == '#' || c < 0) {
        copy_base_query(ps);
        fragment_state(ps);
    } else {
        return 0;
    }
    return 1;
}

/* The relative state and the relative slash state: ps->p is after the
 * scheme (same special scheme as the base) or at the start. */
static int relative(parser *ps)
{
    int c = C(ps);
    if (is_slash(ps, c)) {
        ps->p++;
        if (is_slash(ps, C(ps))) {
            if (ps->special) /* the special authority ignore slashes state */
                while (is_slash(ps, C(ps)))
                    ps->p++;
            else
                ps->p++;
            return authority(ps) && rest(ps);
        }
        copy_base_authority(ps); /* "/path" on the base's host */
        ps->u->path_start = OUTLEN(ps);
        path_state(ps);
        query_fragment(ps);
        return 1;
    }
    if (!relative_to_base(ps, c)) {
        shorten_path(ps);
        path_state(ps);
        query_fragment(ps);
    }
    return 1;
}

/* The file state, file slash state and file host state. ps->p is after
 * "file:" or at the start (with a file base). */
static int file_state(parser *ps)
{
    const url_t *b = ps->base && ps->base->special && ps->base->scheme_end == 4 &&
                             memcmp(ps->base->href, "file", 4) == 0 ? ps->base : NULL;
    url_t *u = ps->u;
    int c = C(ps);
    if (is_slash(ps, c)) {
        ps->p++;
        if (is_slash(ps, C(ps))) { /* file host state */
            ps->p++;
            size_t e = ps->p;
            while (e < ps->n && ps->in[e] != '/' && ps->in[e] != '\\' && ps->in[e] != '?' && ps->in[e] != '#')
                e++;
            buf_puts(ps->o, "//");
            u->host_start = OUTLEN(ps);
            u->has_host = 1;
            if (drive_letter(ps->in + ps->p, e - ps->p, 0)) { /* the drive-letter quirk: it is the path */
                u->host_end = u->auth_end = u->path_start = OUTLEN(ps);
                path_state(ps);
                query_fragment(ps);
                return 1;
            }
            if (e > ps->p && !url_host_parse(ps->o, ps->in + ps->p, e - ps->p, 1))
                return 0;
            u->host_end = OUTLEN(ps);
            if (u->host_end - u->host_start == 9 && memcmp(ps->o->data + ps->s0 + u->host_start, "localhost", 9) == 0) {
                ps->o->len = ps->s0 + u->host_start;
                u->host_end = u->host_start;
            }
            u->auth_end = OUTLEN(ps);
            ps->p = e;
            return rest(ps);
        }
        /* "file:/path": the base's host, and its drive letter */
        if (b) {
            copy_base_authority(ps);
        } else {
            buf_puts(ps->o, "//");
            u->host_start = u->host_end = u->auth_end = OUTLEN(ps);
            u->has_host = 1;
        }
        u->path_start = OUTLEN(ps);
        if (b && !starts_drive_letter(ps->in + ps->p, ps->n - ps->p)) {
            const char *bp = b->href + b->path_start;
            size_t bl = b->query_start - b->path_start;
            size_t k = 1;
            while (k < bl && bp[k] != '/')
                k++;
            if (bl >= 3 && drive_letter(bp + 1, k - 1, 1))
                buf_put(ps->o, bp, k);
        }
        path_state(ps);
        query_fragment(ps);
        return 1;
    }
    if (b) {
        if (!relative_to_base(ps, c)) {
            if (!starts_drive_letter(ps->in + ps->p, ps->n - ps->p))
                shorten_path(ps);
            else
                ps->o->len = ps->s0 + u->path_start;
            path_state(ps);
            query_fragment(ps);
        }
        return 1;
    }
    buf_puts(ps->o, "//");
    u->host_start = u->host_end = u->auth_end = OUTLEN(ps);
    u->has_host = 1;
    u->path_start = OUTLEN(ps);
    path_state(ps);
    query_fragment(ps);
    return 1;
}

/* The opaque path state ("mailto:x", "data:..."): up to '?' or '#', C0
 * controls and non-ASCII percent-encoded. */
static void opaque_path(parser *ps)
{
    url_t *u = ps->u;
    u->opaque_path = 1;
    u->path_start = OUTLEN(ps);
    size_t i = ps->p;
    while (i < ps->n && ps->in[i] != '?' && ps->in[i] != '#')
        i++;
    /* a space right before '?' or '#' is encoded, so that it survives
     * when the query or fragment is removed */
    int trailing = i < ps->n && i > ps->p && ps->in[i - 1] == ' ';
    url_put_encoded(ps->o, ps->in + ps->p, i - ps->p - (size_t)trailing, SET_C0);
    if (trailing)
        buf_puts(ps->o, "%20");
    ps->p = i;
    query_fragment(ps);
}

/* Strips leading and trailing C0 controls and spaces and removes every
 * tab and newline (the standard's first steps). Returns the cleaned view;
 * copies into *heap only when a tab or newline sits inside. */
static const char *clean_input(const char *s, size_t *n, char **heap)
{
    size_t a = 0, e = *n;
    while (a < e && (unsigned char)s[a] <= 0x20)
        a++;
    while (e > a && (unsigned char)s[e - 1] <= 0x20)
        e--;
    *heap = NULL;
    size_t i = a;
    while (i < e && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
        i++;
    if (i == e) {
        *n = e - a;
        return s + a;
    }
    char *h = malloc(e - a);
    if (!h)
        return NULL;
    size_t k = 0;
    for (i = a; i < e; i++)
        if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            h[k++] = s[i];
    *heap = h;
    *n = k;
    return h;
}

static int parse(parser *ps)
{
    url_t *u = ps->u;
    buf *o = ps->o;
    const url_t *base = ps->base;
    /* scheme start and scheme states */
    size_t i = 0;
    if (ps->n && chars_is_alpha((unsigned char)ps->in[0])) {
        i = 1;
        while (i < ps->n && (chars_is_alpha((unsigned char)ps->in[i]) || chars_is_digit((unsigned char)ps->in[i]) ||
                             ps->in[i] == '+' || ps->in[i] == '-' || ps->in[i] == '.'))
            i++;
    }
    if (i > 0 && i < ps->n && ps->in[i] == ':') {
        for (size_t k = 0; k < i; k++)
            buf_putc(o, (char)chars_lower((unsigned char)ps->in[k]));
        buf_putc(o, ':');
        u->scheme_end = i;
        int si = scheme_index(o->data + ps->s0, i);
        ps->special = si >= 0;
        ps->file = si == 1;
        u->special = ps->special;
        ps->p = i + 1;
        if (ps->file)
            return file_state(ps);
        if (ps->special) {
            if (base && base->scheme_end == i && memcmp(base->href, o->data + ps->s0, i) == 0 &&
                !(C(ps) == '/' && ps->p + 1 < ps->n && ps->in[ps->p + 1] == '/'))
                return relative(ps);
            while (is_slash(ps, C(ps))) /* special authority (ignore) slashes */
                ps->p++;
            return authority(ps) && rest(ps);
        }
        if (C(ps) == '/') {
            ps->p++;
            if (C(ps) == '/') {
                ps->p++;
                return authority(ps) && rest(ps);
            }
            u->auth_end = u->scheme_end + 1;
            u->path_start = OUTLEN(ps);
            path_state(ps);
            query_fragment(ps);
            return 1;
        }
        u->auth_end = u->scheme_end + 1;
        opaque_path(ps);
        return 1;
    }
    /* no scheme: relative to the base */
    if (!base || (base->opaque_path && C(ps) != '#'))
        return 0;
    buf_put(o, base->href, base->scheme_end + 1);
    u->scheme_end = base->scheme_end;
    u->special = ps->special = base->special;
    ps->file = base->special && base->scheme_end == 4 && memcmp(base->href, "file", 4) == 0;
    ps->p = 0;
    if (base->opaque_path) {
        u->opaque_path = 1;
        u->auth_end = u->scheme_end + 1;
        u->path_start = OUTLEN(ps);
        buf_put(o, base->href + base->path_start, base->fragment_start - base->path_start);
        u->query_start = u->path_start + (base->query_start - base->path_start);
        u->has_query = base->has_query;
        fragment_state(ps);
        return 1;
    }
    if (ps->file)
        return file_state(ps);
    return relative(ps);
}

int url_parse(struct buf *out, const char *input, size_t len, const url_t *base, url_t *u)
{
    char *heap;
    const char *in = clean_input(input, &len, &heap);
    if (!in) {
        out->oom = 1;
        return 0;
    }
    parser ps = {out, out->len, in, len, 0, base, u, 0, 0};
    memset(u, 0, sizeof *u);
    int ok = parse(&ps);
    free(heap);
    if (ok && !out->oom && !u->has_host && !u->opaque_path) {
        /* a path starting with an empty segment would read as a host:
         * the serializer puts "/." before it */
        size_t at = ps.s0 + u->path_start;
        if (out->len >= at + 2 && out->data[at] == '/' && out->data[at + 1] == '/') {
            buf_put(out, "..", 2);
            if (!out->oom) {
                memmove(out->data + at + 2, out->data + at, out->len - 2 - at);
                out->data[at] = '/';
                out->data[at + 1] = '.';
                u->path_start += 2;
                u->query_start += 2;
                u->fragment_start += 2;
            }
        }
    }
    if (!ok || out->oom) {
        out->len = ps.s0;
        if (out->data)
            out->data[out->len] = '\0';
        return 0;
    }
    if (!u->has_query)
        u->query_start = u->fragment_start;
    u->len = out->len - ps.s0;
    u->href = out->data + ps.s0;
    return 1;
}


/* ref with leading blanks skipped, or NULL when no URL can come of it:
 * empty, too long, javascript: or about: */
static const char *usable_ref(const char *ref)
{
    if (!ref || !url_length_ok(strlen(ref)))
        return NULL;
    while (*ref && (unsigned char)*ref <= 0x20)
        ref++;
    if (!*ref)
        return NULL;
    static const char *const dead[] = {"javascript:", "about:"};
    for (size_t i = 0; i < 2; i++) {
        size_t k = strlen(dead[i]), j = 0;
        while (j < k && chars_lower((unsigned char)ref[j]) == dead[i][j])
            j++;
        if (j == k)
            return NULL;
    }
    return ref;
}

void url_base_init(url_base *b, const char *base)
{
    buf bb = BUF_INIT;
    if (base && !url_length_ok(strlen(base)))
        base = NULL;
    b->ok = base && url_parse(&bb, base, strlen(base), NULL, &b->u) && !b->u.opaque_path;
    b->data = bb.data; /* b->u.href points into it */
}

void url_base_free(url_base *b)
{
    free(b->data);
    b->data = NULL;
    b->ok = 0;
}

/* ref (usable_ref) against the parsed base b */
static const char *resolve_usable(arena *a, const url_base *b, const char *ref)
{
    buf rb = BUF_INIT;
    url_t ru;
    int ok;
    if (b->ok || url_has_scheme(ref)) {
        ok = url_parse(&rb, ref, strlen(ref), b->ok ? &b->u : NULL, &ru);
    } else if (ref[0] == '/' && ref[1] == '/') { /* no base: protocol-relative gets https */
        buf t = BUF_INIT;
        buf_puts(&t, "https:");
        buf_puts(&t, ref);
        ok = !t.oom && url_parse(&rb, t.data, t.len, NULL, &ru);
        buf_free(&t);
    } else {
        ok = 0;
    }
    const char *res = ok && url_length_ok(ru.len) ? arena_strndup(a, ru.href, ru.len) : NULL;
    buf_free(&rb);
    return res;
}

const char *url_resolve(arena *a, const char *base, const char *ref)
{
    ref = usable_ref(ref);
    if (!ref)
        return NULL;
    url_base b;
    url_base_init(&b, base);
    const char *res = resolve_usable(a, &b, ref);
    url_base_free(&b);
    return res;
}

const char *url_resolve_at(arena *a, const url_base *b, const char *ref)
{
    ref = usable_ref(ref);
    return ref ? resolve_usable(a, b, ref) : NULL;
}

const char *url_host(const char *u, size_t *len)
{
    const char *p = u ? strstr(u, "//") : NULL;
    *len = 0;
    if (!p)
        return NULL;
    p += 2;
    if ((p[0] | 0x20) == 'w' && (p[1] | 0x20) == 'w' && (p[2] | 0x20) == 'w' && p[3] == '.') /* "www." in any case */
        p += 4;
    *len = strcspn(p, "/:?#");
    return p;
}

const char *url_past_scheme(const char *u)
{
    if (strncmp(u, "https://", 8) == 0)
        u += 8;
    else if (strncmp(u, "http://", 7) == 0)
        u += 7;
    if (strncmp(u, "www.", 4) == 0)
        u += 4;
    return u;
}

const char *url_page_key(const char *u, size_t *len)
{
    u = url_past_scheme(u);
    size_t l = 0;
    while (u[l] && u[l] != ' ' && u[l] != '\n' && u[l] != '#')
        l++;
    while (l && u[l - 1] == '/')
        l--;
    *len = l;
    return u;
}

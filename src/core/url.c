/* url.c: reference resolution (see url.h). */
#include "url.h"

#include <string.h>

#include "buf.h"
#include "meta/text.h"
#include "url_limit.h"

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int url_has_scheme(const char *s)
{
    if (!s || !is_alpha((unsigned char)*s))
        return 0;
    const char *p = s + 1;
    while (is_alpha((unsigned char)*p) || (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.')
        p++;
    return *p == ':' && p - s >= 2; /* "c:" is a Windows path, not a scheme */
}

/* Appends path segments of p[0..n) to out, resolving "." and ".." against
 * what out already holds after position root (the first '/' of the path). */
static void put_path(buf *out, size_t root, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] != '/')
            j++;
        size_t seg = j - i;
        int last = j >= n;
        if (seg == 1 && p[i] == '.') {
            /* nothing */
        } else if (seg == 2 && p[i] == '.' && p[i + 1] == '.') {
            /* drop the last segment of out (keeping the root slash) */
            if (out->len > root + 1) {
                size_t k = out->len - 1; /* out ends with '/' */
                while (k > root && out->data[k - 1] != '/')
                    k--;
                out->len = k;
                out->data[k] = 0;
            }
        } else {
            buf_put(out, p + i, seg);
            if (!last)
                buf_putc(out, '/');
            i = j + 1;
            continue;
        }
        i = j + 1;
    }
}

static const char *resolve(arena *a, const char *base, const char *ref);

/* Bounded as the renderers are (url_limit.h): a base or a result over
 * LEDE_URL_MAX is not used. */
const char *url_resolve(arena *a, const char *base, const char *ref)
{
    if (!ref || !url_length_ok(strlen(ref)))
        return NULL;
    if (base && !url_length_ok(strlen(base)))
        base = NULL;
    const char *r = resolve(a, base, ref);
    return r && url_length_ok(strlen(r)) ? r : NULL;
}

static const char *resolve(arena *a, const char *base, const char *ref)
{
    char *r = meta_collapse(a, ref, strlen(ref));
    if (!r || !*r)
        return NULL;
    if (meta_istarts(r, "javascript:") || meta_istarts(r, "about:"))
        return NULL;
    if (url_has_scheme(r)) {
        /* "http:/host/x" (one slash) is a common CMS typo for "http://host/x" */
        if ((meta_istarts(r, "http:/") || meta_istarts(r, "https:/")) && r[strcspn(r, ":") + 2] != '/') {
            size_t sl = strcspn(r, ":") + 2;
            buf b = BUF_INIT;
            buf_put(&b, r, sl);
            buf_putc(&b, '/');
            buf_puts(&b, r + sl);
            const char *fixed = b.oom ? NULL : arena_strndup(a, b.data, b.len);
            buf_free(&b);
            return fixed;
        }
        return r;
    }
    if (r[0] == '/' && r[1] == '/') {
        const char *scheme = "https:";
        size_t sl = 6;
        if (base && url_has_scheme(base))
            sl = (size_t)(strchr(base, ':') - base) + 1, scheme = base;
        buf b = BUF_INIT;
        buf_put(&b, scheme, sl);
        buf_puts(&b, r);
        const char *res = b.oom ? NULL : arena_strndup(a, b.data, b.len);
        buf_free(&b);
        return res;
    }
    if (!base || !url_has_scheme(base))
        return NULL;
    /* Split the base: scheme://authority then path?query#fragment. */
    const char *colon = strchr(base, ':');
    const char *auth_end = colon + 1;
    if (auth_end[0] == '/' && auth_end[1] == '/') {
        auth_end += 2;
        while (*auth_end && *auth_end != '/' && *auth_end != '?' && *auth_end != '#')
            auth_end++;
    }
    size_t path_end = strcspn(auth_end, "?#");
    size_t query_end = strcspn(auth_end, "#");
    buf b = BUF_INIT;
    buf_put(&b, base, (size_t)(auth_end - base));
    size_t root = b.len;
    if (r[0] == '#') {
        buf_put(&b, auth_end, query_end);
        buf_puts(&b, r);
    } else if (r[0] == '?') {
        buf_put(&b, auth_end, path_end);
        if (path_end == 0)
            buf_putc(&b, '/');
        buf_puts(&b, r);
    } else {
        size_t rpath = strcspn(r, "?#");
        buf_putc(&b, '/');
        if (r[0] == '/') {
            put_path(&b, root, r + 1, rpath ? rpath - 1 : 0);
        } else {
            /* directory of the base path, then the reference */
            const char *bp = auth_end;
            size_t dir = path_end;
            while (dir > 0 && bp[dir - 1] != '/')
                dir--;
            if (dir > 1)
                put_path(&b, root, bp + 1, dir - 1);
            put_path(&b, root, r, rpath);
        }
        buf_puts(&b, r + rpath);
    }
    const char *res = b.oom ? NULL : arena_strndup(a, b.data, b.len);
    buf_free(&b);
    return res;
}

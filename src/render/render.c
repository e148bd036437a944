/* render.c: helpers shared by the renderers: the base URL of a page and
 * RFC 3986 reference resolution for links and image sources. */
#include <string.h>

#include "../core/url_limit.h"
#include "render_int.h"

/* Length of the scheme (without ':') if s starts with one, else 0. */
static size_t scheme_len(const char *s, size_t n)
{
    size_t i = 0;
    if (!n || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return 0;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                     (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '-' || s[i] == '.'))
        i++;
    return i < n && s[i] == ':' ? i : 0;
}

static int scheme_is(const char *s, size_t n, const char *name)
{
    size_t k = strlen(name);
    if (n != k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if ((s[i] | 0x20) != name[i])
            return 0;
    return 1;
}

/* http, https, ftp: the schemes a base may have. */
static int scheme_is_web(const char *u)
{
    size_t n = strlen(u), sl = scheme_len(u, n);
    return scheme_is(u, sl, "http") || scheme_is(u, sl, "https") || scheme_is(u, sl, "ftp");
}

/* An absolute URL in the sense we need: "scheme://..." */
static int has_authority(const char *u)
{
    if (!u)
        return 0;
    const char *p = u;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return 0;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    return p[0] == ':' && p[1] == '/' && p[2] == '/';
}

static int usable_base(const char *u)
{
    /* Only web addresses: a "javascript://%0a..." base would turn every
     * relative link into script. Over LEDE_URL_MAX: ignored (url_limit.h). */
    return has_authority(u) && (scheme_is_web(u)) && url_length_ok(strlen(u));
}

/* Links resolve against the document's address: an absolute <base href>
 * wins (that is what a browser does), then the URL the caller gave (where
 * the page really was), then the canonical URL the page declares. */
const char *render_base_url(const lede_article *art)
{
    if (art->doc && art->doc->head) {
        const dom_node *b = dom_find_tag(art->doc->head, TAG_BASE);
        const char *h = b ? dom_attr_get(b, "href") : NULL;
        if (usable_base(h))
            return h;
    }
    if (usable_base(art->page_url))
        return art->page_url;
    if (usable_base(art->url))
        return art->url;
    return NULL;
}

/* Appends path p[0..n) (starting with '/') with "." and ".." segments
 * removed (RFC 3986 5.2.4). */
static void put_path(buf *out, const char *p, size_t n)
{
    size_t start = out->len;
    const char *e = p + n;
    while (p < e) {
        const char *s = p + 1, *q = s;
        while (q < e && *q != '/')
            q++;
        size_t k = (size_t)(q - s);
        if (k == 1 && s[0] == '.') {
            if (q == e)
                buf_putc(out, '/');
        } else if (k == 2 && s[0] == '.' && s[1] == '.') {
            while (out->len > start && out->data[out->len - 1] != '/')
                out->len--;
            if (out->len > start)
                out->len--;
            if (out->data)
                out->data[out->len] = '\0';
            if (q == e)
                buf_putc(out, '/');
        } else {
            buf_putc(out, '/');
            buf_put(out, s, k);
        }
        p = q;
    }
    if (out->len == start)
        buf_putc(out, '/');
}

static int resolve_into(buf *out, const char *base, const char *href);

/* Percent-encodes the C0 controls and DEL of out[start..]: a reader that
 * drops them (Markdown renderers do) must not join "java\1script:" into a
 * scheme, and no output format should carry raw control bytes. */
static void encode_controls(buf *out, size_t start)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t i = start;
    while (i < out->len && (unsigned char)out->data[i] >= 0x20 && out->data[i] != 0x7F)
        i++;
    if (i == out->len)
        return;
    buf tmp = BUF_INIT;
    buf_put(&tmp, out->data + i, out->len - i);
    out->len = i;
    for (size_t k = 0; k < tmp.len; k++) {
        unsigned char c = (unsigned char)tmp.data[k];
        if (c < 0x20 || c == 0x7F) {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            buf_put(out, e, 3);
        } else {
            buf_putc(out, (char)c);
        }
    }
    if (tmp.oom)
        out->oom = 1;
    buf_free(&tmp);
}

int render_put_url(buf *out, const char *base, const char *href)
{
    size_t start = out->len;
    int ok = resolve_into(out, base, href);
    if (ok)
        encode_controls(out, start);
    if (ok && !url_length_ok(out->len - start)) { /* see url_limit.h */
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
        ok = 0;
    }
    return ok;
}

static int resolve_into(buf *out, const char *base, const char *href)
{
    if (!href)
        return 0;
    /* Browsers (the WHATWG URL parser) strip leading and trailing C0
     * controls and spaces, and every tab or newline: "\1javascript:" and
     * "java\tscript:" are script URLs to them, and so to this check. */
    char tmp[LEDE_URL_MAX + 1];
    size_t n = 0;
    const char *h = href;
    while (*h && (unsigned char)*h <= 0x20)
        h++;
    size_t hl = strlen(h);
    while (hl && (unsigned char)h[hl - 1] <= 0x20)
        hl--;
    if (!url_length_ok(hl))
        return 0;
    for (size_t i = 0; i < hl; i++)
        if (h[i] != '\t' && h[i] != '\n' && h[i] != '\r')
            tmp[n++] = h[i];
    h = tmp;
    if (n == 0 || h[0] == '#')
        return 0;
    size_t sl = scheme_len(h, n);
    if (sl) {
        if (scheme_is(h, sl, "javascript") || scheme_is(h, sl, "data") || scheme_is(h, sl, "vbscript") ||
            scheme_is(h, sl, "file"))
            return 0;
        buf_put(out, h, n);
        return 1;
    }
    if (!base || !has_authority(base)) {
        buf_put(out, h, n);
        return 1;
    }
    /* Split the base: scheme "://" authority, path, then ?query#fragment. */
    size_t bl = strlen(base);
    size_t bs = scheme_len(base, bl);
    const char *auth = base + bs + 3;
    const char *bend = base + bl;
    const char *pstart = auth;
    while (pstart < bend && *pstart != '/' && *pstart != '?' && *pstart != '#')
        pstart++;
    const char *pend = pstart;
    while (pend < bend && *pend != '?' && *pend != '#')
        pend++;
    const char *qend = pend;
    while (qend < bend && *qend != '#')
        qend++;

    if (n >= 2 && h[0] == '/' && h[1] == '/') { /* network-path reference */
        buf_put(out, base, bs + 1);
        buf_put(out, h, n);
        return 1;
    }
    buf_put(out, base, (size_t)(pstart - base)); /* scheme://authority */
    /* The reference's path ends at its query or fragment. */
    size_t rp = 0;
    while (rp < n && h[rp] != '?' && h[rp] != '#')
        rp++;
    if (h[0] == '/') {
        put_path(out, h, rp);
    } else if (rp == 0) { /* "?q" or "#f" after the base path */
        buf_put(out, pstart, (size_t)(pend - pstart));
        if (pstart == pend)
            buf_putc(out, '/');
        if (h[0] == '#')
            buf_put(out, pend, (size_t)(qend - pend));
    } else {
        /* Merge: the base path up to its last '/', then the reference. */
        const char *slash = pend;
        while (slash > pstart && slash[-1] != '/')
            slash--;
        char mtmp[2 * LEDE_URL_MAX + 2];
        size_t dir = (size_t)(slash - pstart);
        if (dir + rp + 1 < sizeof mtmp) {
            size_t m = 0;
            if (dir == 0)
                mtmp[m++] = '/';
            memcpy(mtmp + m, pstart, dir);
            m += dir;
            memcpy(mtmp + m, h, rp);
            m += rp;
            put_path(out, mtmp, m);
        } else {
            buf_put(out, pstart, dir);
            buf_put(out, h, rp);
        }
    }
    buf_put(out, h + rp, n - rp);
    return 1;
}

/* The address of an image. Lazy-loading pages put a placeholder (a data:
 * URI, or nothing) in src and the real address in data-src & co, or only
 * a srcset; the first srcset candidate is copied into tmp. */
const char *render_img_src(const dom_node *img, char *tmp, size_t tmp_size)
{
    static const char *const lazy[] = {"data-src", "data-original", "data-lazy-src", "data-url"};
    const char *src = dom_attr_get(img, "src");
    if (src && *src && strncmp(src, "data:", 5) != 0)
        return src;
    for (size_t i = 0; i < sizeof lazy / sizeof *lazy; i++)
        if ((src = dom_attr_get(img, lazy[i])) != NULL && *src && strncmp(src, "data:", 5) != 0)
            return src;
    const char *set = dom_attr_get(img, "srcset");
    if (!set || !*set)
        set = dom_attr_get(img, "data-srcset");
    if (!set)
        return NULL;
    while (render_is_space((unsigned char)*set))
        set++;
    size_t n = 0;
    while (set[n] && !render_is_space((unsigned char)set[n]) && set[n] != ',')
        n++;
    if (n == 0 || n >= tmp_size || strncmp(set, "data:", 5) == 0)
        return NULL;
    memcpy(tmp, set, n);
    tmp[n] = '\0';
    return tmp;
}

/* render.c: helpers shared by the renderers: the base URL of a page and
 * link and image addresses made absolute by the WHATWG URL parser
 * (core/url.h), as a browser's a.href would give them. */
#include <stdlib.h>
#include <string.h>

#include "core/url_limit.h"
#include "render_int.h"

/* 1 when the parsed URL's scheme is one a base may have: http, https, ftp. */
static int web_scheme(const url_t *u)
{
    return (u->scheme_end == 4 && memcmp(u->href, "http", 4) == 0) ||
           (u->scheme_end == 5 && memcmp(u->href, "https", 5) == 0) ||
           (u->scheme_end == 3 && memcmp(u->href, "ftp", 3) == 0);
}

/* Parses s (against base, may be NULL) into storage as a base for links:
 * only web addresses (a "javascript://%0a..." base would turn every
 * relative link into script), within LEDE_URL_MAX (url_limit.h). */
static const url_t *try_base(const char *s, const url_t *base, buf *storage, url_t *u)
{
    if (!s || !url_length_ok(strlen(s)))
        return NULL;
    buf_clear(storage);
    if (url_parse(storage, s, strlen(s), base, u) && web_scheme(u) && url_length_ok(u->len))
        return u;
    return NULL;
}

const url_t *render_base(const lede_article *art, buf *storage, url_t *u)
{
    /* the page's own address first: a relative <base href> resolves
     * against it; then the <base href>, which wins when usable */
    buf page_buf = BUF_INIT;
    url_t page_u;
    const url_t *page = try_base(art->page_url, NULL, &page_buf, &page_u);
    if (!page)
        page = try_base(art->url, NULL, &page_buf, &page_u);
    const char *h = NULL;
    if (art->doc && art->doc->head) {
        const dom_node *b = dom_find_tag(art->doc->head, TAG_BASE);
        h = b ? dom_attr_get(b, "href") : NULL;
    }
    const url_t *r = try_base(h, page, storage, u);
    if (!r && page) {
        buf_clear(storage);
        buf_put(storage, page->href, page->len);
        if (!storage->oom) {
            *u = page_u;
            u->href = storage->data;
            r = u;
        }
    }
    buf_free(&page_buf);
    return r;
}

/* Schemes whose links are dropped: script, inline data, the author's disk. */
static int dead_scheme(const char *s, size_t n)
{
    static const char *const dead[] = {"javascript", "data", "vbscript", "file"};
    for (size_t i = 0; i < sizeof dead / sizeof *dead; i++) {
        size_t k = strlen(dead[i]);
        if (n == k) {
            size_t j = 0;
            while (j < k && (s[j] | 0x20) == dead[i][j])
                j++;
            if (j == k)
                return 1;
        }
    }
    return 0;
}

int render_put_url(buf *out, const url_t *base, const char *href)
{
    if (!href)
        return 0;
    size_t n = strlen(href);
    if (!url_length_ok(n)) /* see url_limit.h */
        return 0;
    /* what the parser will read: ends trimmed of spaces and controls */
    const char *h = href;
    while (n && (unsigned char)*h <= 0x20)
        h++, n--;
    while (n && (unsigned char)h[n - 1] <= 0x20)
        n--;
    if (n == 0 || h[0] == '#')
        return 0;
    /* tabs and newlines inside are dropped before anything reads the
     * scheme ("java\tscript:" is javascript:) */
    char *clean = NULL;
    if (memchr(h, '\t', n) || memchr(h, '\n', n) || memchr(h, '\r', n)) {
        clean = malloc(n);
        if (!clean) {
            out->oom = 1;
            return 0;
        }
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (h[i] != '\t' && h[i] != '\n' && h[i] != '\r')
                clean[k++] = h[i];
        h = clean;
        n = k;
    }
    size_t start = out->len;
    int ok = 0;
    url_t u;
    if (n == 0 || h[0] == '#') {
        ok = 0;
    } else if (!base && !url_has_scheme(h)) {
        /* no base: a relative link is kept as written, C0 controls and
         * DEL percent-encoded (as the parser does): a reader that drops
         * them must not join "java\1script:" into a scheme */
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)h[i];
            if (c < 0x20 || c == 0x7F) {
                char e[3] = {'%', "0123456789ABCDEF"[c >> 4], "0123456789ABCDEF"[c & 15]};
                buf_put(out, e, 3);
            } else {
                buf_putc(out, (char)c);
            }
        }
        ok = 1;
    } else if (url_parse(out, h, n, base, &u)) {
        ok = !dead_scheme(u.href, u.scheme_end) && url_length_ok(u.len);
        if (!ok) {
            out->len = start;
            if (out->data)
                out->data[start] = '\0';
        }
    }
    free(clean);
    return ok;
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
    while (chars_is_space((unsigned char)*set))
        set++;
    size_t n = 0;
    while (set[n] && !chars_is_space((unsigned char)set[n]) && set[n] != ',')
        n++;
    if (n == 0 || n >= tmp_size || strncmp(set, "data:", 5) == 0)
        return NULL;
    memcpy(tmp, set, n);
    tmp[n] = '\0';
    return tmp;
}

/* Decides whether a <table> is a data table (written as a pipe table):
 * at least two columns and no block structure a pipe table cannot hold
 * (nested tables, lists, quotes, code, headings). Others are layout
 * tables: their cells are rendered as ordinary blocks. */
int render_table_columns(const dom_node *table)
{
    int ncols = 0, cells = 0;
    for (const dom_node *n = table->first_child ? table->first_child : NULL; n;) {
        if (render_skip(n) || n->type != DOM_ELEMENT) {
            n = dom_next_skip(table, n);
            continue;
        }
        switch (n->tag) {
        case TAG_TABLE: case TAG_UL: case TAG_OL: case TAG_DL: case TAG_BLOCKQUOTE: case TAG_PRE:
        case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
            return 0;
        case TAG_TR:
            cells = 0;
            break;
        case TAG_TD:
        case TAG_TH:
            if (++cells > ncols)
                ncols = cells;
            break;
        default:
            break;
        }
        n = dom_next(table, n);
    }
    return ncols >= 2 ? ncols : 0;
}

/* FNV-1a of a NUL-terminated string. */
static size_t str_hash(const char *s)
{
    size_t h = (size_t)1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * (size_t)1099511628211ULL;
    return h;
}

/* The addresses of the images kept so far, by hash (open addressing, at
 * most half full), so a page of a million images stays linear. */
typedef struct src_set {
    size_t *slot; /* index + 1 into the image list, 0 = empty */
    size_t mask;
} src_set;

static int src_set_init(src_set *set, size_t n)
{
    size_t slots = 16;
    while (slots < n * 2)
        slots *= 2;
    set->mask = slots - 1;
    set->slot = calloc(slots, sizeof *set->slot);
    return set->slot ? 0 : -1;
}

/* Adds l[i] unless an image of the set has its src: 1 added, 0 a duplicate. */
static int src_set_add(src_set *set, const article_image *l, size_t i)
{
    size_t h = str_hash(l[i].src) & set->mask;
    for (; set->slot[h]; h = (h + 1) & set->mask)
        if (strcmp(l[set->slot[h] - 1].src, l[i].src) == 0)
            return 0;
    set->slot[h] = i + 1;
    return 1;
}

size_t render_images_unique(article_image *l, size_t n)
{
    src_set set;
    if (n < 2)
        return n;
    if (src_set_init(&set, n) != 0)
        return (size_t)-1;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        l[kept] = l[i];
        kept += (size_t)src_set_add(&set, l, kept);
    }
    free(set.slot);
    return kept;
}

int render_resolve_images(lede_article *art)
{
    src_set set;
    if (!art->nimages)
        return 0;
    if (src_set_init(&set, art->nimages) != 0)
        return -1;
    buf base_buf = BUF_INIT, out = BUF_INIT;
    url_t base_u;
    const url_t *base = render_base(art, &base_buf, &base_u);
    size_t kept = 0, bytes = 0, budget = render_budget(art) / 4;
    int rc = 0;
    for (size_t i = 0; i < art->nimages; i++) {
        article_image im = art->images[i];
        /* the images' share of the output budget (render_int.h): a long
         * <base href> copied into thousands of images must not multiply
         * the record (or the arena) past the stated bounds */
        if (bytes > budget) {
            art->truncated = 1;
            break;
        }
        buf_clear(&out);
        int ok = render_put_url(&out, base, im.src);
        if (out.oom || base_buf.oom) {
            rc = -1;
            break;
        }
        if (!ok)
            continue;
        art->images[kept].src = out.data; /* compared in place; copied when new */
        if (!src_set_add(&set, art->images, kept))
            continue;
        if (!(im.src = arena_strndup(&art->doc->mem, out.data, out.len))) {
            rc = -1;
            break;
        }
        art->images[kept++] = im;
        bytes += out.len + (im.alt ? strlen(im.alt) : 0) + (im.caption ? strlen(im.caption) : 0) +
                 (im.credit ? strlen(im.credit) : 0) + 48; /* the keys and quotes */
    }
    art->nimages = rc ? 0 : kept;
    free(set.slot);
    buf_free(&base_buf);
    buf_free(&out);
    return rc;
}

int render_body(const lede_article *art, lede_format fmt, buf *out)
{
    int cut;
    switch (fmt) {
    case LEDE_FORMAT_MARKDOWN: cut = render_markdown(art, out); break;
    case LEDE_FORMAT_HTML: cut = render_html(art, out); break;
    default: cut = render_text(art, out); break;
    }
    unsigned bits = (1u << (2 * fmt)) | ((unsigned)(cut != 0) << (2 * fmt + 1));
    lede_article *w = (lede_article *)art; /* the memo is not part of the article's value */
    __atomic_fetch_or(&w->render_memo, bits, __ATOMIC_RELAXED);
    return cut;
}

int render_body_cut(const lede_article *art, lede_format fmt)
{
    unsigned memo = __atomic_load_n(&art->render_memo, __ATOMIC_RELAXED);
    if (memo & (1u << (2 * fmt)))
        return (memo >> (2 * fmt + 1)) & 1u;
    buf b = BUF_INIT;
    int cut = render_body(art, fmt, &b);
    buf_free(&b);
    return cut;
}

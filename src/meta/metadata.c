/* metadata.c: extract_metadata(): title, authors, dates, site name,
 * language, description, image, canonical URL, page type, categories and
 * tags. One pre-order walk over the document collects every source (meta
 * tags, links, <title>, JSON-LD scripts, h1s, <time>s, microdata, byline
 * and date-ish class/id elements, capped in number); the fields are then
 * decided from those candidates in the precedence documented in
 * docs/decisions-metadata.md. The tree is only read. */
#include <string.h>

#include "date.h"
#include "meta.h"
#include "json.h"
#include "jsonld.h"
#include "author.h"
#include "text.h"
#include "title.h"
#include "core/url.h"

/* Candidate caps: enough for every real page seen in the dev sets (a page
 * has < 100 meta tags and a handful of bylines), and they keep the cost of
 * the later per-candidate work bounded on hostile pages. */
#define META_MAX_KV 512
#define META_MAX_LD 16
#define META_MAX_LD_BYTES (2u * 1024u * 1024u)
/* Non-LD scripts kept for the last-resort date search, and how much of
 * their text it reads at most: bounded work on script-heavy pages. */
#define META_MAX_SCRIPTS 32
#define META_SCRIPT_SCAN (4u * 1024u * 1024u)
#define META_MAX_NODES 128

typedef struct meta_kv {
    const char *key; /* lower-cased name/property/itemprop */
    const char *val; /* content, whitespace collapsed, unescaped */
    int prop;        /* declared with property= (RDFa form of OG/DC) */
} meta_kv;

typedef struct node_list {
    dom_node *v[META_MAX_NODES];
    size_t n;
} node_list;

typedef struct meta_ctx {
    lede_article *art;
    arena *a;
    int today;
    int oom;
    meta_kv kv[META_MAX_KV];
    size_t nkv;
    const char *title_tag, *canonical, *base_href, *image_link, *html_lang;
    json_value *ld[META_MAX_LD];
    size_t nld;
    const dom_node *scripts[META_MAX_SCRIPTS]; /* other scripts: state blobs, read for dates last */
    size_t nscripts;
    node_list h1, h2, h3, titled, times, bylines, authorprops, dateprops, dateels, relauthor, headlines;
    jsonld_info j;
    dom_node *anchor; /* the headline element, once the title is known */
    int date_src, title_src, author_src; /* which source won (LEDE_META_TRACE) */
    int author_site_src; /* the source that named only the site */
    int reading_updates; /* the update-label pass: an update line is what it wants */
    uint8_t *fmemo;   /* per node id: 0 unknown, 1 not furniture, 2 furniture */
    size_t fmemo_len;
} meta_ctx;

static void nl_push(node_list *l, dom_node *n)
{
    if (l->n < META_MAX_NODES)
        l->v[l->n++] = n;
}

/* ---- collection walk ------------------------------------------------ */

static void kv_add(meta_ctx *c, const char *key, size_t klen, const char *val, int prop)
{
    if (c->nkv >= META_MAX_KV || klen == 0 || klen > 64 || !val)
        return;
    char k[65];
    for (size_t i = 0; i < klen; i++)
        k[i] = (key[i] >= 'A' && key[i] <= 'Z') ? (char)(key[i] + 32) : key[i];
    k[klen] = 0;
    char *ks = arena_strndup(c->a, k, klen);
    char *vs = meta_collapse(c->a, val, strlen(val));
    const char *vu = vs ? meta_unescape(c->a, vs) : NULL;
    if (!ks || !vu) {
        c->oom = 1;
        return;
    }
    if (!*vu)
        return;
    c->kv[c->nkv].key = ks;
    c->kv[c->nkv].val = vu;
    c->kv[c->nkv].prop = prop;
    c->nkv++;
}

/* Adds each space-separated token of keys ("dc:title og:title") as a key. */
static void kv_add_keys(meta_ctx *c, const char *keys, const char *val, int prop)
{
    const char *p = keys;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *s = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        if (p > s)
            kv_add(c, s, (size_t)(p - s), val, prop);
    }
}

/* Value of key: the first one declared with property= (the RDFa form OG
 * and Dublin Core define), else the first one. */
static const char *kv_get(const meta_ctx *c, const char *key)
{
    const char *first = NULL;
    for (size_t i = 0; i < c->nkv; i++)
        if (strcmp(c->kv[i].key, key) == 0) {
            if (c->kv[i].prop)
                return c->kv[i].val;
            if (!first)
                first = c->kv[i].val;
        }
    return first;
}

/* First value among keys, in the order given. */
static const char *kv_first(const meta_ctx *c, const char *const *keys, size_t nkeys)
{
    for (size_t k = 0; k < nkeys; k++) {
        const char *v = kv_get(c, keys[k]);
        if (v)
            return v;
    }
    return NULL;
}

#define KV_FIRST(c, arr) kv_first((c), (arr), sizeof(arr) / sizeof *(arr))

static int has_token(const char *list, const char *tok)
{
    size_t tl = strlen(tok);
    const char *p = list;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *s = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        if ((size_t)(p - s) == tl && meta_istr(s, tl, tok))
            return 1;
    }
    return 0;
}

static int ci_contains(const char *s, const char *needle)
{
    return s && meta_istr(s, strlen(s), needle) != NULL;
}

static void on_meta(meta_ctx *c, dom_node *n)
{
    const char *content = dom_attr_get(n, "content");
    if (!content)
        content = dom_attr_get(n, "value");
    if (!content)
        return;
    const char *name = dom_attr_get(n, "property");
    if (name)
        kv_add_keys(c, name, content, 1);
    name = dom_attr_get(n, "name");
    if (name)
        kv_add_keys(c, name, content, 0);
    name = dom_attr_get(n, "itemprop");
    if (name)
        kv_add_keys(c, name, content, 0);
    name = dom_attr_get(n, "http-equiv");
    if (name && meta_ieq(name, "content-language"))
        kv_add(c, "http-equiv:content-language", 27, content, 0);
}

static void on_link(meta_ctx *c, dom_node *n)
{
    const char *rel = dom_attr_get(n, "rel"), *href = dom_attr_get(n, "href");
    if (!href || !*href)
        return;
    if (rel && has_token(rel, "canonical") && !c->canonical)
        c->canonical = href;
    else if (rel && has_token(rel, "image_src") && !c->image_link)
        c->image_link = href;
    const char *ip = dom_attr_get(n, "itemprop");
    if (ip)
        kv_add_keys(c, ip, href, 0);
}

static void on_script(meta_ctx *c, dom_node *n)
{
    const char *type = dom_attr_get(n, "type");
    if (!type || !ci_contains(type, "ld+json")) {
        if (c->nscripts < META_MAX_SCRIPTS && n->first_child)
            c->scripts[c->nscripts++] = n;
        return;
    }
    if (c->nld >= META_MAX_LD)
        return;
    /* The parser keeps raw text as one text child; concatenate to be safe. */
    size_t total = 0;
    for (dom_node *t = n->first_child; t; t = t->next)
        if (t->type == DOM_TEXT)
            total += t->text_len;
    /* Real JSON-LD is a few KB to a few hundred KB; a multi-megabyte blob
     * is a data dump whose parse would only cost memory. */
    if (total == 0 || total > META_MAX_LD_BYTES)
        return;
    const char *text;
    if (n->first_child && n->first_child == n->last_child) {
        text = n->first_child->text;
    } else {
        char *buf = arena_alloc(c->a, total + 1), *p = buf;
        if (!buf) {
            c->oom = 1;
            return;
        }
        for (dom_node *t = n->first_child; t; t = t->next)
            if (t->type == DOM_TEXT) {
                memcpy(p, t->text, t->text_len);
                p += t->text_len;
            }
        *p = 0;
        text = buf;
    }
    int oom = 0;
    json_value *v = json_parse(c->a, text, total, &oom);
    if (oom)
        c->oom = 1;
    else if (v)
        c->ld[c->nld++] = v;
}

/* Keyword hints in class/id values, by what they mark: byline hints
 * follow Readability's byline pattern; date hints are the words sites use
 * for the date line; title hints mark the headline element. One pass over
 * the value finds all of them (this runs for every element). */
enum { HINT_BYLINE = 1, HINT_DATE = 2, HINT_TITLE = 4 };
/* Sorted by first letter; hint_range[letter] gives the slice to try. */
static const struct {
    const char *w;
    unsigned char len, bits;
} class_hints[] = {
    {"article-info", 12, HINT_DATE},
    {"article-title", 13, HINT_TITLE},
    {"auteur", 6, HINT_BYLINE},
    {"author", 6, HINT_BYLINE},
    {"autor", 5, HINT_BYLINE},
    {"byline", 6, HINT_BYLINE | HINT_DATE},
    {"contributor", 11, HINT_BYLINE},
    {"created", 7, HINT_DATE},
    {"date", 4, HINT_DATE},
    {"dateline", 8, HINT_BYLINE | HINT_DATE},
    {"datum", 5, HINT_DATE},
    {"entry-info", 10, HINT_DATE},
    {"entry-title", 11, HINT_TITLE},
    {"fecha", 5, HINT_DATE},
    {"headline", 8, HINT_TITLE},
    {"meta", 4, HINT_DATE},
    {"page-title", 10, HINT_TITLE},
    {"post-info", 9, HINT_DATE},
    {"post-title", 10, HINT_TITLE},
    {"posted", 6, HINT_DATE},
    {"publish", 7, HINT_DATE},
    {"reporter", 8, HINT_BYLINE},
    {"story-title", 11, HINT_TITLE},
    {"submitted", 9, HINT_DATE},
    {"time", 4, HINT_DATE},
    {"updated", 7, HINT_DATE},
    {"writtenby", 9, HINT_BYLINE},
};
static const unsigned char hint_range[26][2] = {
    {0, 5}, {5, 6}, {6, 8}, {8, 11}, {11, 13}, {13, 14}, {0, 0}, {14, 15}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {15, 16}, {0, 0}, {0, 0}, {16, 21}, {0, 0}, {21, 22}, {22, 24}, {24, 25}, {25, 26}, {0, 0}, {26, 27}, {0, 0}, {0, 0}, {0, 0}
};

static unsigned class_hint_bits(const char *v)
{
    if (!v)
        return 0;
    char b[200];
    size_t l = 0;
    for (; v[l] && l < sizeof b; l++)
        b[l] = (v[l] >= 'A' && v[l] <= 'Z') ? (char)(v[l] + 32) : v[l];
    unsigned bits = 0;
    for (size_t i = 0; i + 4 <= l; i++) {
        unsigned ch = (unsigned char)b[i] - 'a';
        if (ch >= 26)
            continue;
        for (size_t k = hint_range[ch][0]; k < hint_range[ch][1]; k++) {
            size_t hl = class_hints[k].len, j = 1;
            if (i + hl > l)
                continue;
            while (j < hl && b[i + j] == class_hints[k].w[j])
                j++;
            if (j == hl)
                bits |= class_hints[k].bits;
        }
    }
    return bits;
}

static void on_element(meta_ctx *c, dom_node *n)
{
    const char *cls = NULL, *id = NULL, *itemprop = NULL, *rel = NULL;
    for (uint32_t i = 0; i < n->nattrs; i++) {
        const dom_attr *at = &n->attrs[i];
        char f = at->name[0];
        if (f != 'c' && f != 'i' && f != 'r')
            continue;
        if (strcmp(at->name, "class") == 0)
            cls = at->value;
        else if (strcmp(at->name, "id") == 0)
            id = at->value;
        else if (strcmp(at->name, "itemprop") == 0)
            itemprop = at->value;
        else if (strcmp(at->name, "rel") == 0)
            rel = at->value;
    }
    if (itemprop && n->tag != TAG_META && n->tag != TAG_LINK) {
        if (has_token(itemprop, "author") || has_token(itemprop, "creator"))
            nl_push(&c->authorprops, n);
        if (has_token(itemprop, "datePublished") || has_token(itemprop, "dateCreated"))
            nl_push(&c->dateprops, n);
        if (has_token(itemprop, "headline"))
            nl_push(&c->headlines, n);
    }
    if (rel && n->tag == TAG_A && has_token(rel, "author"))
        nl_push(&c->relauthor, n);
    if (cls || id) {
        unsigned bits = class_hint_bits(cls), idbits = class_hint_bits(id);
        if ((bits | idbits) & HINT_BYLINE)
            nl_push(&c->bylines, n);
        if ((bits | idbits) & HINT_DATE)
            nl_push(&c->dateels, n);
        if (bits & HINT_TITLE)
            nl_push(&c->titled, n);
    }
}

static void collect(meta_ctx *c)
{
    dom_document *doc = c->art->doc;
    if (doc->html)
        c->html_lang = dom_attr_get(doc->html, "lang");
    if (!c->html_lang && doc->html)
        c->html_lang = dom_attr_get(doc->html, "xml:lang");
    dom_node *root = doc->root;
    dom_node *n = root;
    while (n && !c->oom) {
        if (n->type != DOM_ELEMENT) {
            n = dom_next(root, n);
            continue;
        }
        if (n->ns != NS_HTML) { /* svg/math: their <title> is not the page's */
            n = dom_next_skip(root, n);
            continue;
        }
        switch (n->tag) {
        case TAG_META: on_meta(c, n); break;
        case TAG_LINK: on_link(c, n); break;
        case TAG_BASE:
            if (!c->base_href)
                c->base_href = dom_attr_get(n, "href");
            break;
        case TAG_TITLE:
            if (!c->title_tag) {
                char *t = meta_node_text(c->a, n, 2000, 0);
                if (!t)
                    c->oom = 1;
                else if (*t)
                    c->title_tag = meta_unescape(c->a, t);
            }
            break;
        case TAG_SCRIPT: on_script(c, n); break;
        case TAG_H1: nl_push(&c->h1, n); break;
        case TAG_H2: nl_push(&c->h2, n); break;
        case TAG_H3: nl_push(&c->h3, n); break;
        case TAG_TIME: nl_push(&c->times, n); break;
        default: break;
        }
        if (n->tag == TAG_SCRIPT || n->tag == TAG_STYLE || n->tag == TAG_TEMPLATE) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->nattrs)
            on_element(c, n);
        n = dom_next(root, n);
    }
}

/* ---- context of a candidate node ------------------------------------ */

/* Words in class/id that mark page furniture around the story: a date or
 * byline there belongs to a comment, a teaser or a list of other stories.
 * Matched against the words of each class token (split at '-', '_' and
 * case changes do not matter): prefix words also match longer words
 * ("comments", "relatedposts"), exact words only themselves ("promo" but
 * not "promoted", a flag many CMSs put on the article itself). */
static const char *const furniture_prefix[] = {
    "comment", "related", "recommend", "sidebar", "newsletter", "discussion", "trending", "popular",
    "similar", "mostread", "readnext", "teaser", "carousel", "slider", "reply", "respond", "breadcrumb",
};
static const char *const furniture_exact[] = {"promo", "also", "latest", "more", "most", "menu", "nav", "widgets"};

static int furniture_word(const char *w, size_t n)
{
    char b[32];
    if (n == 0 || n >= sizeof b)
        return 0;
    for (size_t i = 0; i < n; i++)
        b[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
    for (size_t i = 0; i < sizeof furniture_prefix / sizeof *furniture_prefix; i++) {
        size_t l = strlen(furniture_prefix[i]);
        if (n >= l && b[0] == furniture_prefix[i][0] && memcmp(b, furniture_prefix[i], l) == 0)
            return 1;
    }
    for (size_t i = 0; i < sizeof furniture_exact / sizeof *furniture_exact; i++) {
        size_t l = strlen(furniture_exact[i]);
        if (n == l && memcmp(b, furniture_exact[i], l) == 0)
            return 1;
    }
    return 0;
}

/* 1 when a class/id value has a word that word() accepts in one of its
 * tokens. WordPress-style taxonomy tokens ("category-popular", "tag-comments")
 * name the post's topics, not its role, and are ignored. */
static int attr_has_word(const char *v, int (*word)(const char *, size_t))
{
    if (!v)
        return 0;
    const char *p = v;
    int tokens = 0;
    while (*p && tokens < 40) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *s0 = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        tokens++;
        if (p == s0 || meta_istarts(s0, "category-") || meta_istarts(s0, "tag-") || meta_istarts(s0, "tags-"))
            continue;
        for (const char *w = s0; w < p;) {
            const char *e = w;
            while (e < p && *e != '-' && *e != '_')
                e++;
            if (e > w && word(w, (size_t)(e - w)))
                return 1;
            w = e + 1;
        }
    }
    return 0;
}

static int furniture_attr(const char *v) { return attr_has_word(v, furniture_word); }

/* Words of the comment section: a date there is a reader's, never the
 * story's, even in the loose pass that otherwise ignores class words. */
static int comment_word(const char *w, size_t n)
{
    static const char *const words[] = {"comment", "reply", "respond", "discussion", "disqus"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t l = strlen(words[i]);
        if (n >= l && meta_istarts(w, words[i]))
            return 1;
    }
    return 0;
}

/* 1 when the element holds a <nav> (within its first 2,000 nodes). */
static int holds_nav(const dom_node *el)
{
    int steps = 0;
    for (const dom_node *x = el->first_child; x && steps < 2000; x = dom_next(el, x), steps++)
        if (x->type == DOM_ELEMENT && x->tag == TAG_NAV)
            return 1;
    return 0;
}

/* 1 when n sits in a link that also wraps a heading: a teaser card
 * (<a href=…><h3>Other story</h3><span>09.10.2021</span></a>). */
static int in_teaser_link(const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n; p && p->type == DOM_ELEMENT && depth < 8; p = p->parent, depth++) {
        if (p->tag != TAG_A)
            continue;
        int steps = 0;
        for (const dom_node *x = p->first_child; x && steps < 200; x = dom_next(p, x), steps++)
            if (x->type == DOM_ELEMENT && x->tag >= TAG_H1 && x->tag <= TAG_H6)
                return 1;
        return 0;
    }
    return 0;
}

/* 1 when the headline element is el or inside it. */
static int holds_anchor(const meta_ctx *c, const dom_node *el)
{
    int depth = 0;
    for (const dom_node *a = c->anchor; a && depth < 60; a = a->parent, depth++)
        if (a == el)
            return 1;
    return 0;
}

/* The nearest <article> around n (30 levels at most), or NULL. */
static const dom_node *article_of(const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n; p && depth < 30; p = p->parent, depth++)
        if (p->type == DOM_ELEMENT && p->tag == TAG_ARTICLE)
            return p;
    return NULL;
}

/* 1 when n sits in an <article> that does not hold the headline while the
 * headline sits in one: another post listed on the page. */
static int in_other_article(const meta_ctx *c, const dom_node *n)
{
    const dom_node *a = article_of(n);
    return a && c->anchor && article_of(c->anchor) && !holds_anchor(c, a);
}

/* 1 when a date candidate can never be the story's date whatever the
 * pass: inside the comment section, or inside the site header: a <header>
 * above the headline that does not hold it and holds the site's <nav>
 * (its "today" date). <footer> is not on the list: Drupal themes put the
 * story's "submitted" line in the node's <footer>. */
static int never_story_date(meta_ctx *c, const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n; p && p->type == DOM_ELEMENT && depth < 30; p = p->parent, depth++) {
        if (p->tag == TAG_BODY || p->tag == TAG_HTML)
            break;
        if (p->tag == TAG_HEADER && c->anchor && p->id < c->anchor->id) {
            const dom_node *a = c->anchor;
            while (a && a != p)
                a = a->parent;
            if (!a && holds_nav(p))
                return 1;
        }
        /* The comment section never holds the headline: a "comment"
         * word on a container of the headline names an opinion piece
         * ("PageArticle_commentHeader"). */
        if ((attr_has_word(dom_attr_get(p, "class"), comment_word) || attr_has_word(dom_attr_get(p, "id"), comment_word)) &&
            !holds_anchor(c, p))
            return 1;
        /* A quotation: an embedded tweet or Instagram post carries the
         * quoted post's date, not the story's. */
        if (p->tag == TAG_BLOCKQUOTE)
            return 1;
    }
    return 0;
}

/* 1 when n sits in a footer/aside/nav or a furniture-named container.
 * Looks at most 30 ancestors up so the cost per candidate is bounded. */
/* Whether one element's own class/id names furniture, memoised per node
 * id (candidates share ancestors; without the memo the climbs repeat). */
static int self_furniture(meta_ctx *c, const dom_node *p)
{
    if (c->fmemo && p->id < c->fmemo_len && c->fmemo[p->id])
        return c->fmemo[p->id] - 1;
    int r = furniture_attr(dom_attr_get(p, "class")) || furniture_attr(dom_attr_get(p, "id"));
    if (c->fmemo && p->id < c->fmemo_len)
        c->fmemo[p->id] = (uint8_t)(r + 1);
    return r;
}

static int in_furniture(meta_ctx *c, const dom_node *n)
{
    int depth = 0, aside = 0;
    for (const dom_node *p = n; p && p->type == DOM_ELEMENT && depth < 30; p = p->parent, depth++) {
        if (p->tag == TAG_FOOTER || p->tag == TAG_NAV)
            return 1;
        /* An <aside> inside an <article> holds that article's own byline
         * and date; elsewhere it is a sidebar. */
        if (p->tag == TAG_ASIDE)
            aside = 1;
        if (p->tag == TAG_ARTICLE && aside)
            return 0;
        if (p->tag == TAG_BODY || p->tag == TAG_HTML)
            break;
        if (self_furniture(c, p))
            return 1;
    }
    return aside;
}

/* Distance in document order from the headline; nodes before it count
 * three times (a date line above the headline is rarer than below). */
static uint64_t anchor_dist(const dom_node *anchor, const dom_node *n)
{
    uint32_t a = anchor->id, id = n->id;
    return id >= a ? (uint64_t)(id - a) : (uint64_t)(a - id) * 3u;
}

/* Candidates ordered by closeness to the headline element: bylines and
 * date lines sit just under (sometimes just above) the headline, while
 * the same classes recur in teaser lists elsewhere on the page. Nodes
 * before the anchor count three times their distance. Without an anchor
 * the document order is kept. Returns the count written to out. */
static size_t by_anchor(const meta_ctx *c, const node_list *l, dom_node **out)
{
    size_t n = 0;
    for (size_t i = 0; i < l->n; i++)
        out[n++] = l->v[i];
    if (!c->anchor)
        return n;
    uint64_t key[META_MAX_NODES];
    for (size_t i = 0; i < n; i++)
        key[i] = anchor_dist(c->anchor, out[i]);
    for (size_t i = 1; i < n; i++) { /* insertion sort: n <= META_MAX_NODES */
        dom_node *v = out[i];
        uint64_t k = key[i];
        size_t j = i;
        while (j > 0 && key[j - 1] > k) {
            out[j] = out[j - 1];
            key[j] = key[j - 1];
            j--;
        }
        out[j] = v;
        key[j] = k;
    }
    return n;
}

static int in_head(const dom_node *n)
{
    for (const dom_node *p = n; p; p = p->parent)
        if (p->type == DOM_ELEMENT && p->tag == TAG_HEAD)
            return 1;
    return 0;
}

/* ---- helpers --------------------------------------------------------- */

/* The base for relative links: <base href>, else the URL the caller gave,
 * else the page's own absolute canonical URL (og:url), as the renderers do,
 * so "/media/lead.jpg" still becomes an absolute image URL when lede reads
 * a file with no --url. */
static const char *base_url(meta_ctx *c)
{
    const char *page = c->art->page_url;
    if (!page) {
        const char *canon = c->canonical ? c->canonical : kv_get(c, "og:url");
        if (canon && (meta_istarts(canon, "http://") || meta_istarts(canon, "https://")))
            page = canon;
    }
    if (c->base_href) {
        const char *b = url_resolve(c->a, page, c->base_href);
        if (b)
            return b;
    }
    return page;
}

static const char *text_of(meta_ctx *c, const dom_node *n, size_t max)
{
    char *t = meta_node_text(c->a, n, max, 0);
    if (!t)
        c->oom = 1;
    return t;
}

/* ---- dates ----------------------------------------------------------- */

static int set_date(meta_ctx *c, const char *s, const char **field)
{
    date_val d;
    if (!s || !date_parse(s, &d) || !date_plausible(&d, c->today))
        return 0;
    *field = date_format(c->a, &d);
    if (!*field)
        c->oom = 1;
    return *field != NULL;
}

/* Parses a machine date into *d when plausible. */
static int get_date(meta_ctx *c, const char *s, date_val *d)
{
    return s && date_parse(s, d) && date_plausible(d, c->today);
}

/* Keys that frameworks use for an article's publication (then creation)
 * time in serialised page state; matched with their quotes. */
static const char *const script_date_keys[] = {
    "\"datePublished\"", "\"published_at\"", "\"publishedAt\"", "\"publishedDate\"", "\"publishDate\"",
    "\"publish_date\"", "\"date_published\"", "\"firstPublished\"", "\"createdAt\"", "\"created_at\"",
    "\"dateCreated\"",
};

/* memmem without GNU: first occurrence of needle (nl >= 1) in [p, e). */
static const char *find_bytes(const char *p, const char *e, const char *needle, size_t nl)
{
    while ((size_t)(e - p) >= nl) {
        const char *q = memchr(p, needle[0], (size_t)(e - p) - nl + 1);
        if (!q)
            return NULL;
        if (memcmp(q, needle, nl) == 0)
            return q;
        p = q + 1;
    }
    return NULL;
}

/* The first plausible ISO date stored under one of those keys in a
 * non-LD script: "key" : "2019-03-02T06:22:28+01:00". Keys are tried in
 * order of trust across all scripts. */
static int script_state_date(meta_ctx *c, date_val *d)
{
    for (size_t k = 0; k < sizeof script_date_keys / sizeof *script_date_keys; k++) {
        const char *key = script_date_keys[k];
        size_t kl = strlen(key), budget = META_SCRIPT_SCAN;
        for (size_t i = 0; i < c->nscripts && budget; i++) {
            for (const dom_node *t = c->scripts[i]->first_child; t && budget; t = t->next) {
                if (t->type != DOM_TEXT)
                    continue;
                size_t n = t->text_len < budget ? t->text_len : budget;
                budget -= n;
                const char *p = t->text, *e = t->text + n;
                while (p < e && (p = find_bytes(p, e, key, kl)) != NULL) {
                    const char *v = p + kl;
                    while (v < e && (*v == ' ' || *v == ':'))
                        v++;
                    p += kl;
                    if (v >= e || *v != '"')
                        continue;
                    v++;
                    size_t vl = 0;
                    while (v + vl < e && v[vl] != '"' && vl < 40)
                        vl++;
                    char val[48];
                    memcpy(val, v, vl);
                    val[vl] = '\0';
                    if (get_date(c, val, d))
                        return 1;
                }
            }
        }
    }
    return 0;
}

/* Minutes since 1970 (UTC) of a date with time and offset. */
static long long date_utc_minutes(const date_val *d)
{
    int y = d->y, m = d->m;
    if (m <= 2)
        y--;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d->d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long long days = era * 146097 + doe - 719468;
    return days * 1440 + d->hh * 60 + d->mi - d->tz_min;
}

/* A UTC timestamp ("...T02:25:54Z") puts a late-evening story on the
 * next day. When the page states the same instant elsewhere with its
 * local offset (a meta tag, JSON-LD, a <time>), that local form is the
 * day readers saw; use it. */
static void localize(meta_ctx *c, date_val *d)
{
    if (!d->has_time || !d->has_tz || d->tz_min != 0)
        return;
    long long t = date_utc_minutes(d);
    const char *cands[META_MAX_KV + 64 + META_MAX_NODES];
    size_t n = 0;
    for (size_t i = 0; i < c->nkv; i++)
        cands[n++] = c->kv[i].val;
    for (size_t i = 0; i < c->j.all_dates.count && i < 64; i++)
        cands[n++] = c->j.all_dates.items[i];
    for (size_t i = 0; i < c->times.n; i++)
        cands[n++] = dom_attr_get(c->times.v[i], "datetime");
    for (size_t i = 0; i < n; i++) {
        date_val o;
        if (!cands[i] || strlen(cands[i]) > 64 || !date_parse(cands[i], &o))
            continue;
        if (o.has_time && o.has_tz && o.tz_min != 0 && date_utc_minutes(&o) == t) {
            *d = o;
            return;
        }
    }
    /* No local form on the page, but the URL carries the CMS's (local)
     * publication day one day off from the UTC one: the URL's day is the
     * local day when the UTC time is within the range of real offsets
     * (-12h..+14h). The time is dropped since the offset is unknown. */
    date_val u;
    if (date_from_url(c->art->page_url, c->today, &u)) {
        date_val day = *d;
        day.hh = day.mi = 0;
        long long day_d = date_utc_minutes(&day) / 1440;
        u.hh = u.mi = 0;
        u.tz_min = 0;
        long long day_u = date_utc_minutes(&u) / 1440;
        int mins = d->hh * 60 + d->mi;
        if ((day_u == day_d - 1 && mins < 12 * 60) || (day_u == day_d + 1 && mins >= 10 * 60)) {
            memset(d, 0, sizeof *d);
            d->y = u.y, d->m = u.m, d->d = u.d;
        }
    }
}

/* Meta names that say "publication" outright. */
static const char *const published_keys[] = {
    "article:published_time", "article:published", "og:article:published_time", "og:published_time",
    "published_time", "article.published", "datepublished", "publish-date", "publish_date",
    "publishdate", "pubdate", "citation_publication_date", "citation_date",
    "citation_online_date", "parsely-pub-date", "sailthru.date", "article_date_original",
    "originalpublicationdate", "date_published", "og:pubdate", "rnews:datepublished", "release_date",
};
/* Generic date metas: CMSs fill them with the page's creation or last
 * edit as often as with the story's date, so a date line shown next to
 * the headline beats them (6 more right pages on htmldate, none lost). */
static const char *const weak_published_keys[] = {
    "dc.date.issued", "dcterms.issued", "dc.date", "dc:date", "dcterms.date", "dcterms.created",
    "dc.date.created", "datecreated", "date", "displaydate", "created",
};
static const char *const modified_keys[] = {
    "article:modified_time", "og:updated_time", "datemodified", "article:modified",
    "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "modified_time",
    "updated_time", "revised",
};

/* Date written as text in a node (or its datetime/content/title attr). */
static int node_date(meta_ctx *c, const dom_node *n, int mdy, date_val *out)
{
    static const char *const attrs[] = {"datetime", "content", "data-datetime", "data-date", "title"};
    for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++) {
        const char *v = dom_attr_get(n, attrs[i]);
        if (v && date_parse(v, out) && date_plausible(out, c->today)) {
            /* A <time> whose visible text states another full day: the
             * text is what readers were shown (datetime is often the
             * moment of a later re-publication or the UTC day). */
            if (n->type == DOM_ELEMENT && n->tag == TAG_TIME && i == 0) {
                const char *t = text_of(c, n, 120);
                date_val v2;
                size_t at2, end2;
                if (t && date_find_text(t, strlen(t), mdy, c->today, &v2, &at2, &end2) &&
                    (v2.y != out->y || v2.m != out->m || v2.d != out->d))
                    *out = v2;
            }
            return 1;
        }
    }
    const char *t = text_of(c, n, 300);
    if (!t || !*t)
        return 0;
    size_t tl = strlen(t);
    /* A copyright line ("© 2019 Example Inc.") is never the story's date. */
    if (meta_istr(t, tl, "\xC2\xA9") || meta_istr(t, tl, "copyright"))
        return 0;
    size_t at, end;
    if (!date_find_text(t, tl, mdy, c->today, out, &at, &end))
        return 0;
    /* "Aktuelle Zeit: 14.10.2020, 12:18" (forum software), "It is currently
     * ...", "Today is ...": the clock at the time of the crawl. */
    static const char *const now_words[] = {"aktuelle zeit", "it is currently", "current time", "today is", "heute ist"};
    for (size_t i = 0; i < sizeof now_words / sizeof *now_words; i++)
        if (meta_istr(t, at, now_words[i]))
            return 0;
    /* "Updated March 3, 2019" first and the original date second: prefer
     * the later mention when the first is flagged as an update; an update
     * line alone is not the publication date (the page's last resort,
     * labelled_date() with update_labels, still reads it). */
    static const char *const update_words[] = {"updated", "aktualisiert", "modified", "mis \xC3\xA0 jour",
                                               "actualizado", "aggiornato", "ge\xC3\xA4ndert"};
    int upd = 0;
    for (size_t i = 0; i < sizeof update_words / sizeof *update_words && !upd && !c->reading_updates; i++)
        upd = meta_istr(t, at, update_words[i]) != NULL;
    if (upd) {
        date_val d2;
        size_t at2, end2;
        if (!date_find_text(t + end, tl - end, mdy, c->today, &d2, &at2, &end2))
            return 0;
        *out = d2;
    }
    return 1;
}

/* Publication date near the headline: the text that follows the anchor
 * (about META_NEAR_TEXT bytes: the byline/date block of every layout seen
 * in the dev sets fits), then the little that precedes it (kickers and
 * date lines above the headline). Furniture and copyright lines are
 * skipped. */
#define META_NEAR_TEXT 1500
#define META_NEAR_BEFORE 300

static int near_text_date(meta_ctx *c, const dom_node *anchor, int forward, size_t budget, int mdy, int strict,
                          date_val *out)
{
    const dom_node *root = c->art->doc->root;
    const dom_node *n = anchor;
    size_t seen = 0;
    int steps = 0;
    /* Bounded in nodes as well as bytes: markup-only stretches are cheap
     * but must not make this a walk over the whole page. */
    int skip_children = 0;
    while (n && seen < budget && steps < 3000) {
        steps++;
        if (forward) {
            n = skip_children ? dom_next_skip(root, n) : dom_next(root, n);
        } else if (n->prev) {
            /* reverse document order: the previous sibling's last descendant */
            n = n->prev;
            while (n->last_child && !(n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK)))
                n = n->last_child;
        } else {
            n = n->parent;
        }
        skip_children = 0;
        if (!n || n == root)
            break;
        if (n->type == DOM_ELEMENT) {
            if (n->tag == TAG_BODY || n->tag == TAG_HEAD)
                break;
            if (tag_flags[n->tag] & TF_JUNK) /* script, style, select, svg... */
                skip_children = 1;
            continue;
        }
        if (n->type != DOM_TEXT || n->text_len == 0)
            continue;
        const dom_node *p = n->parent;
        if (p && p->type == DOM_ELEMENT && (p->tag == TAG_SCRIPT || p->tag == TAG_STYLE || p->tag == TAG_TITLE))
            continue;
        /* Only visible bytes count: indentation between the tags of a
         * template would otherwise spend the budget before the date. */
        size_t vis = 0;
        for (size_t i = 0; i < n->text_len && vis < budget; i++)
            if (n->text[i] != ' ' && n->text[i] != '\t' && n->text[i] != '\n' && n->text[i] != '\r')
                vis++;
        seen += vis;
        /* The dateline that opens a press release or agency story:
         * "Karlsruhe, (12.11.2021). Traditionell …", "BERLIN, 3. März
         * 2019 – …": only the first 40 bytes of long prose are read. */
        if (n->text_len > 400 && strict) {
            date_val dl;
            size_t at, end;
            if (!never_story_date(c, p) && !in_furniture(c, p) &&
                date_find_text(n->text, 60, mdy, c->today, &dl, &at, &end) && at <= 40) {
                *out = dl;
                return 1;
            }
            continue;
        }
        if (n->text_len > 400 ||
            (!memchr(n->text, '1', n->text_len) && !memchr(n->text, '2', n->text_len) && !memchr(n->text, '0', n->text_len)))
            continue; /* long prose, or no digit that a year needs */
        if ((strict && in_furniture(c, p)) || never_story_date(c, p))
            continue;
        /* A date in the headline's own text is its subject ("Weekly
         * report 14 - 20 January 2022"), not when it was published; a
         * date in a child element of it (<h1>Title<small>02.02.2022</small>)
         * is the date line. */
        if (forward && p == anchor)
            continue;
        /* Dates split over inline elements ("<b>15</b> March 2019"):
         * read the whole inline parent when it is small. */
        const dom_node *box = p && p->type == DOM_ELEMENT && (tag_flags[p->tag] & TF_INLINE) ? p->parent : p;
        if (node_date(c, box ? box : p, mdy, out))
            return 1;
    }
    return 0;
}

/* Nodes within this many node ids of the headline count as "close" in
 * the loose pass: a header block with its byline, date and lead image
 * spans a few dozen to a couple of hundred nodes. */
#define META_CLOSE_NODES 200

static int update_class(const dom_node *n)
{
    const char *cls = dom_attr_get(n, "class");
    return ci_contains(cls, "updated") || ci_contains(cls, "modified");
}

/* First date among the candidates, nearest to the headline first. Strict:
 * outside furniture and not an "updated" element. Loose: only the ones
 * close to the headline, whatever their classes. */
static int try_date_nodes(meta_ctx *c, const node_list *l, int mdy, int strict, date_val *d)
{
    dom_node *order[META_MAX_NODES];
    size_t no = by_anchor(c, l, order);
    for (size_t i = 0; i < no; i++) {
        dom_node *e = order[i];
        if (in_head(e))
            continue;
        if (strict && (update_class(e) || in_furniture(c, e)))
            continue;
        if (never_story_date(c, e) || in_teaser_link(e))
            continue;
        /* Far above the headline is the site header (today's date, a
         * ticker), not the story's date line. */
        if (c->anchor && e->id < c->anchor->id && anchor_dist(c->anchor, e) > 3 * META_CLOSE_NODES)
            continue;
        if (!strict) {
            if (!c->anchor)
                return 0;
            if (anchor_dist(c->anchor, e) > META_CLOSE_NODES)
                break; /* ordered by distance: the rest are farther */
        }
        if (node_date(c, e, mdy, d))
            return 1;
    }
    return 0;
}

/* Words that introduce a publication date in running text, for pages
 * whose date line is neither marked nor near the headline ("Erschienen
 * am: 01.11.2023" in a page footer, "Posted on ..." under the story). */
static const char *const date_labels[] = {
    "published", "posted on", "posted:", "written on", "ver\xC3\xB6\x66\x66\x65ntlicht", "erschienen", "erstellt am",
    "geschrieben am", "datum:", "publi\xC3\xA9", "publicado", "pubblicato", "gepubliceerd",
    /* blog templates: "Dieser Artikel wurde am 14. Dezember 2015 ... geschrieben",
     * "Mise en ligne : 23 mai 2019" */
    "artikel wurde am", "beitrag wurde am", "eintrag wurde am", "mise en ligne",
};

/* Last resort before the metas: the first labelled date in the body
 * text, outside furniture. Runs only when every other source failed, and
 * stops after META_LABEL_SCAN text nodes. */
#define META_LABEL_SCAN 20000

/* Labels of a last-update line ("Aktualisiert: 30.12.2016"), used only
 * when the page states no publication date at all. */
static const char *const update_labels[] = {
    "updated", "aktualisiert", "letzte \xC3\x84nderung", "last modified", "zuletzt ge\xC3\xA4ndert",
    "mis \xC3\xA0 jour", "actualizado", "aggiornato", "stand:", "$date:",
};

/* 1 when s[0..n) starts with the lower-case label, ASCII case folded. */
static int starts_label(const char *s, size_t n, const char *label)
{
    size_t i = 0;
    for (; label[i]; i++) {
        if (i >= n)
            return 0;
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch + 32);
        if (ch != (unsigned char)label[i])
            return 0;
    }
    return 1;
}

/* 1 when s[0..n) may hold one of the labels: some byte of it is, case
 * folded, the first byte of a label, followed by that label. A cheap
 * single pass that rejects nearly every text node before the per-label
 * search, which would otherwise read each node once per label. */
static int may_hold_label(const char *s, size_t n, const char *const *labels, size_t nlabels, const uint8_t *first)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch + 32);
        if (!(first[ch >> 3] & (1u << (ch & 7))))
            continue;
        for (size_t k = 0; k < nlabels; k++)
            if ((unsigned char)labels[k][0] == ch && starts_label(s + i, n - i, labels[k]))
                return 1;
    }
    return 0;
}

static int labelled_date(meta_ctx *c, int mdy, const char *const *labels, size_t nlabels, date_val *out)
{
    const dom_node *root = c->art->doc->body ? c->art->doc->body : c->art->doc->root;
    int seen = 0;
    uint8_t first[32] = {0}; /* bitmap of the labels' first bytes (labels are lower case) */
    for (size_t k = 0; k < nlabels; k++) {
        unsigned char ch = (unsigned char)labels[k][0];
        first[ch >> 3] |= (uint8_t)(1u << (ch & 7));
    }
    for (const dom_node *n = root; n && seen < META_LABEL_SCAN;) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK) && n != root) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->text_len >= 4) {
            seen++;
            size_t tl = n->text_len > 300 ? 300 : n->text_len;
            const char *hit = NULL;
            if (may_hold_label(n->text, tl, labels, nlabels, first))
                for (size_t k = 0; k < nlabels && !hit; k++)
                    hit = meta_istr(n->text, tl, labels[k]);
            if (hit && !in_furniture(c, n->parent)) {
                size_t off = (size_t)(hit - n->text);
                size_t at, end;
                if (date_find_text(hit, tl - off, mdy, c->today, out, &at, &end))
                    return 1;
                /* the date in the next element: "<b>Published:</b> <span>...</span>" */
                const dom_node *box = n->parent && n->parent->parent ? n->parent->parent : n->parent;
                if (box && box->type == DOM_ELEMENT && node_date(c, box, mdy, out))
                    return 1;
            }
        }
        n = dom_next(root, n);
    }
    return 0;
}

#ifdef LEDE_META_TRACE
#include <stdio.h>
static const char *const date_src_name[] = {"none", "jsonld", "meta", "microdata", "time-pubdate", "url", "time",
                                      "date-class", "byline", "near-headline", "meta-other", "modified", "labelled", "update-label", "meta-generic",
                                      "script-state", "image-path"};
#endif

/* Days since 1970 of a date's calendar day. */
static long long day_number(const date_val *d)
{
    date_val x = *d;
    x.hh = x.mi = x.ss = 0;
    x.tz_min = 0;
    return date_utc_minutes(&x) / 1440;
}

/* A URL day this many days before the structured date marks a
 * re-publication (a one-month gap is a draft published late). */
#define META_REPUBLISHED_DAYS 90

static int same_day(const date_val *a, const date_val *b) { return a->y == b->y && a->m == b->m && a->d == b->d; }

/* The strict visible pass (steps 6-9): <time> elements, date-ish
 * elements, bylines, nearest to the headline first, outside page
 * furniture, not marked as an update; then the text right after (and
 * before) the headline: the date line a reader sees. *src (may be NULL)
 * receives the step that found it. */
static int visible_date(meta_ctx *c, int mdy, date_val *d, int *src)
{
    int step = try_date_nodes(c, &c->times, mdy, 1, d)     ? 6
               : try_date_nodes(c, &c->dateels, mdy, 1, d) ? 7
               : try_date_nodes(c, &c->bylines, mdy, 1, d) ? 8
               : c->anchor && (near_text_date(c, c->anchor, 1, META_NEAR_TEXT, mdy, 1, d) ||
                               near_text_date(c, c->anchor, 0, META_NEAR_BEFORE, mdy, 1, d))
                   ? 9
                   : 0;
    if (step && src)
        *src = step;
    return step != 0;
}

/* No headline element was found for the title: for the date passes only,
 * the first h1..h6 outside furniture whose text holds the title, or a
 * part of it between separators ("Story ‹ Site"), or sits inside it.
 * Without an anchor the date line next to the headline is never read. */
static dom_node *date_anchor(meta_ctx *c)
{
    const char *title = c->art->title;
    const dom_node *root = c->art->doc->body;
    if (!title || !root)
        return NULL;
    const char *keys[8];
    size_t nk = 0;
    keys[nk++] = meta_fold_key(c->a, title);
    static const char *const seps[] = {" | ", " \xE2\x80\xB9 ", " \xE2\x80\xBA ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xBB ", " \xC2\xAB "};
    for (size_t i = 0; i < sizeof seps / sizeof *seps && nk < 8; i++) {
        const char *at = strstr(title, seps[i]);
        if (!at)
            continue;
        size_t len = (size_t)(at - title);
        char *head = arena_alloc(c->a, len + 1);
        if (!head)
            break;
        memcpy(head, title, len);
        head[len] = '\0';
        keys[nk++] = meta_fold_key(c->a, head);
        if (nk < 8)
            keys[nk++] = meta_fold_key(c->a, at + strlen(seps[i]));
    }
    int steps = 0;
    for (dom_node *n = root->first_child; n && steps < 20000; n = dom_next(root, n), steps++) {
        if (n->type != DOM_ELEMENT || n->tag < TAG_H1 || n->tag > TAG_H6 || in_furniture(c, n))
            continue;
        const char *h = text_of(c, n, 400);
        const char *hk = h ? meta_fold_key(c->a, h) : NULL;
        size_t hkl = hk ? strlen(hk) : 0;
        if (hkl < 10)
            continue;
        for (size_t k = 0; k < nk; k++) {
            size_t kl = keys[k] ? strlen(keys[k]) : 0;
            /* a part must be long enough not to be the site's name */
            if ((k == 0 && kl >= 20 && hkl >= 20 && (strstr(keys[k], hk) || strstr(hk, keys[k]))) ||
                (k > 0 && kl >= 20 && strstr(hk, keys[k])))
                return n;
        }
    }
    return NULL;
}

/* 1 when the anchor's text and the title hold one another: the title
 * code otherwise falls back on the first <h1>, often the site's logo. */
static int anchor_has_title(meta_ctx *c)
{
    const char *title = c->art->title;
    const char *h = title ? text_of(c, c->anchor, 400) : NULL;
    const char *tk = h ? meta_fold_key(c->a, title) : NULL;
    const char *hk = tk ? meta_fold_key(c->a, h) : NULL;
    if (!hk || !*hk)
        return 0;
    /* "Kolumne: Queer Royal" is only the kicker of "Kolumne: Queer Royal
     * – Über Dragqueens …": a short part of the title, found in a list of
     * the column's other pieces, is no headline. */
    size_t tkl = strlen(tk), hkl = strlen(hk);
    return strstr(hk, tk) || (strstr(tk, hk) && 3 * hkl >= 2 * tkl);
}

static void pick_date(meta_ctx *c)
{
    lede_article *art = c->art;
    int mdy = c->html_lang && (meta_istarts(c->html_lang, "en-us") || meta_ieq(c->html_lang, "en"));
    date_val d;
    dom_node *order[META_MAX_NODES];
    size_t no;
    c->date_src = 0;
    dom_node *anchor = c->anchor;
    if (!c->anchor || !anchor_has_title(c)) {
        dom_node *da = date_anchor(c);
        if (da)
            c->anchor = da;
    }
    /* 1. JSON-LD of the main article object. */
    c->date_src = 1;
    if (get_date(c, c->j.date_published, &d) || get_date(c, c->j.date_created, &d)) {
        /* The publication metas name another day: the date line next to
         * the headline settles which of the two the page means (a plugin's
         * JSON-LD may lag behind the CMS's own metas). Not when the meta's
         * day is the modification day: that is a re-publication stamp,
         * and the visible line then shows the update. */
        date_val m, v, mod;
        int has_mod = get_date(c, c->j.date_modified, &mod) || get_date(c, KV_FIRST(c, modified_keys), &mod);
        for (size_t k = 0; k < sizeof published_keys / sizeof *published_keys; k++) {
            if (!get_date(c, kv_get(c, published_keys[k]), &m))
                continue;
            if (!same_day(&m, &d) && !(has_mod && same_day(&m, &mod)) && visible_date(c, mdy, &v, NULL) &&
                same_day(&v, &m)) {
                d = m;
                c->date_src = 2;
            }
            break;
        }
        goto found;
    }
    /* 2. Meta tags for the publication date. */
    c->date_src = 2;
    for (size_t k = 0; k < sizeof published_keys / sizeof *published_keys; k++)
        if (get_date(c, kv_get(c, published_keys[k]), &d))
            goto found;
    /* 3. Microdata datePublished on a visible element. */
    c->date_src = 3;
    no = by_anchor(c, &c->dateprops, order);
    for (size_t i = 0; i < no; i++)
        if (!in_furniture(c, order[i]) && node_date(c, order[i], mdy, &d))
            goto found;
    /* 4. <time pubdate>, hAtom "published" with a machine title. */
    c->date_src = 4;
    for (size_t i = 0; i < c->times.n; i++) {
        dom_node *t = c->times.v[i];
        /* pubdate dates its nearest <article>: another one's is a teaser's. */
        if (dom_attr_get(t, "pubdate") && !in_other_article(c, t) && node_date(c, t, mdy, &d))
            goto found;
    }
    /* 5. The URL path: set by the CMS from the publication day. */
    c->date_src = 5;
    if (date_from_url(art->page_url, c->today, &d))
        goto found;
    /* 6-9, strict visible pass. */
    if (visible_date(c, mdy, &d, &c->date_src))
        goto found;
    /* Generic date metas, after the strict visible pass. */
    c->date_src = 14;
    for (size_t k = 0; k < sizeof weak_published_keys / sizeof *weak_published_keys; k++)
        if (get_date(c, kv_get(c, weak_published_keys[k]), &d))
            goto found;
    /* Loose pass: class words misfire (a theme's "updated" on the
     * publication date, a "teaser" figure around the lead image), so
     * candidates close to the headline are taken even then. */
    c->date_src = 6;
    if (try_date_nodes(c, &c->times, mdy, 0, &d))
        goto found;
    c->date_src = 7;
    if (try_date_nodes(c, &c->dateels, mdy, 0, &d))
        goto found;
    c->date_src = 9;
    if (c->anchor && near_text_date(c, c->anchor, 1, META_NEAR_TEXT / 3, mdy, 0, &d))
        goto found;
    c->date_src = 12;
    if (labelled_date(c, mdy, date_labels, sizeof date_labels / sizeof *date_labels, &d))
        goto found;
    /* 9. Any other meta tag whose name says it holds a date. */
    c->date_src = 10;
    for (size_t i = 0; i < c->nkv; i++) {
        const char *k = c->kv[i].key;
        if ((strstr(k, "date") || strstr(k, "created") || strstr(k, "publish")) && !strstr(k, "modif") &&
            !strstr(k, "update") && !strstr(k, "expir") && get_date(c, c->kv[i].val, &d))
            goto found;
    }
    /* Last resorts before the modification date: a publication date in
     * the page's own script state (frameworks serialise the article with
     * "published_at" / "publishedDate" / "createdAt"), then a dated path
     * in the lead image's URL (/files/2016/05/04/lead.png). */
    c->date_src = 15;
    if (script_state_date(c, &d))
        goto found;
    c->date_src = 16;
    if (art->image && date_from_url(art->image, c->today, &d))
        goto found;
    /* 10. Last resort: the modification date. */
    c->date_src = 11;
    if (get_date(c, c->j.date_modified, &d) || get_date(c, KV_FIRST(c, modified_keys), &d))
        goto found;
    c->date_src = 13;
    c->reading_updates = 1;
    int upd = labelled_date(c, mdy, update_labels, sizeof update_labels / sizeof *update_labels, &d);
    c->reading_updates = 0;
    if (upd)
        goto found;
    c->date_src = 0;
    goto modified;
found:
    /* Structured sources (JSON-LD, metas) move when a story is re-published;
     * the path the CMS built at first publication does not. A full day in
     * the URL months before the date found is the original publication. */
    if (c->date_src < 5) {
        date_val u;
        if (date_from_url(art->page_url, c->today, &u) && day_number(&d) - day_number(&u) > META_REPUBLISHED_DAYS) {
            d = u;
            c->date_src = 5;
        }
    }
    localize(c, &d);
    art->date = date_format(c->a, &d);
    if (!art->date)
        c->oom = 1;
modified:
    if (!set_date(c, c->j.date_modified, &art->date_modified))
        set_date(c, KV_FIRST(c, modified_keys), &art->date_modified);
    /* Only a distinct update is reported (issue #3): many CMSs fill
     * dateModified with the publication instant itself. */
    if (art->date && art->date_modified && strcmp(art->date, art->date_modified) == 0)
        art->date_modified = NULL;
    c->anchor = anchor;
}

/* ---- language -------------------------------------------------------- */

/* BCP 47 form: "en_us" -> "en-US", first of a list, letters/digits only. */
static const char *norm_lang(meta_ctx *c, const char *s)
{
    if (!s)
        return NULL;
    while (*s == ' ')
        s++;
    char out[36];
    size_t n = 0;
    int part = 0;
    size_t part_len = 0;
    for (; *s && *s != ',' && *s != ';' && *s != ' ' && n < sizeof out - 1; s++) {
        char ch = *s;
        if (ch == '_' || ch == '-') {
            if (part_len == 0)
                return NULL;
            out[n++] = '-';
            part++;
            part_len = 0;
            continue;
        }
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            return NULL;
        /* primary subtag lower, 2-letter region upper, others as written */
        if (part == 0 && ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        out[n++] = ch;
        part_len++;
    }
    out[n] = 0;
    size_t primary = strcspn(out, "-");
    if (primary < 2 || primary > 3)
        return NULL;
    /* Upper-case a 2-letter region subtag. */
    char *r = out + primary;
    while (*r == '-') {
        char *e = r + 1;
        size_t l = strcspn(e, "-");
        if (l == 2)
            for (size_t i = 0; i < 2; i++)
                if (e[i] >= 'a' && e[i] <= 'z')
                    e[i] = (char)(e[i] - 32);
        r = e + l;
    }
    char *res = arena_strndup(c->a, out, n);
    if (!res)
        c->oom = 1;
    return res;
}

/* ---- small fields ---------------------------------------------------- */

static const char *const sitename_keys[] = {"og:site_name", "application-name", "og:site",
                                            "apple-mobile-web-app-title", "publisher", "dc.publisher"};
static const char *const desc_keys[] = {"og:description", "description", "twitter:description",
                                        "dc.description", "dcterms.description", "dc:description"};
static const char *const image_keys[] = {"og:image", "og:image:url", "og:image:secure_url",
                                         "twitter:image", "twitter:image:src", "image", "thumbnailurl"};
static const char *const section_keys[] = {"article:section", "parsely-section", "section", "category",
                                           "dc.subject"};

static int push_split(meta_ctx *c, str_list *l, const char *s, size_t max)
{
    while (s && *s && l->count < max) {
        size_t n = strcspn(s, ",;");
        char *t = meta_collapse(c->a, s, n);
        if (!t)
            return -1;
        int dup = 0;
        for (size_t i = 0; i < l->count && !dup; i++)
            dup = meta_ieq(l->items[i], t);
        if (*t && !dup && !str_list_push(c->a, l, t))
            return -1;
        s += n;
        if (*s)
            s++;
    }
    return 0;
}

static void pick_small(meta_ctx *c)
{
    lede_article *art = c->art;
    const char *base = base_url(c);

    art->sitename = KV_FIRST(c, sitename_keys);
    if (!art->sitename)
        art->sitename = c->j.publisher ? c->j.publisher : c->j.website;

    art->description = KV_FIRST(c, desc_keys);
    if (!art->description)
        art->description = c->j.description;

    const char *img = KV_FIRST(c, image_keys);
    if (!img)
        img = c->j.image;
    if (!img)
        img = c->image_link;
    if (img)
        art->image = url_resolve(c->a, base, img);

    /* Canonical: <link rel=canonical> is the publisher's explicit claim;
     * og:url and the JSON-LD url are the same claim made for sharing. */
    const char *canon = c->canonical ? c->canonical : kv_get(c, "og:url");
    if (!canon)
        canon = c->j.url;
    if (canon)
        art->url = url_resolve(c->a, base, canon);

    art->language = norm_lang(c, c->html_lang);
    if (!art->language)
        art->language = norm_lang(c, kv_get(c, "http-equiv:content-language"));
    if (!art->language)
        art->language = norm_lang(c, kv_get(c, "content-language"));
    if (!art->language)
        art->language = norm_lang(c, kv_get(c, "og:locale"));
    if (!art->language)
        art->language = norm_lang(c, c->j.language);
    if (!art->language)
        art->language = norm_lang(c, kv_get(c, "dc.language"));

    /* Categories and tags. */
    for (size_t i = 0; i < c->nkv; i++) {
        const char *k = c->kv[i].key;
        if (strcmp(k, "article:tag") == 0 || strcmp(k, "parsely-tags") == 0 || strcmp(k, "news_keywords") == 0 ||
            strcmp(k, "keywords") == 0) {
            if (push_split(c, &art->tags, c->kv[i].val, 64) < 0)
                c->oom = 1;
        }
    }
    for (size_t i = 0; i < c->j.keywords.count; i++)
        if (push_split(c, &art->tags, c->j.keywords.items[i], 64) < 0)
            c->oom = 1;
    for (size_t k = 0; k < sizeof section_keys / sizeof *section_keys; k++) {
        const char *v = kv_get(c, section_keys[k]);
        if (v && push_split(c, &art->categories, v, 16) < 0)
            c->oom = 1;
    }
    for (size_t i = 0; i < c->j.sections.count; i++)
        if (push_split(c, &art->categories, c->j.sections.items[i], 16) < 0)
            c->oom = 1;
}

static void pick_page_type(meta_ctx *c)
{
    lede_article *art = c->art;
    const char *og = kv_get(c, "og:type");
    /* og:type "article", and the non-standard "news"/"blog"/"post" some CMSs use */
    if (og && (ci_contains(og, "article") || meta_ieq(og, "news") || meta_ieq(og, "blog") || meta_ieq(og, "post") ||
               meta_ieq(og, "blogposting"))) {
        art->page_type = "article";
    } else if (c->j.is_article) {
        art->page_type = "article";
    } else if (og) {
        /* "website", "video.other", "product", "profile"... as given, lower-cased */
        char t[32];
        size_t n = 0;
        for (const char *p = og; *p && n < sizeof t - 1; p++)
            t[n++] = (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : *p;
        art->page_type = arena_strndup(c->a, t, n);
        if (!art->page_type)
            c->oom = 1;
    } else if (c->j.type) {
        art->page_type = "webpage";
    } else if (art->date && (art->authors.count || dom_find_tag(art->doc->root, TAG_ARTICLE))) {
        /* No declaration: a dated page with a byline or an <article> reads as one. */
        art->page_type = "article";
    } else {
        art->page_type = "webpage";
    }
}

/* ---- authors --------------------------------------------------------- */

/* Dublin Core first (a standard, rarely a site name), then the common
 * "author" and the analytics tags that mirror the byline. */
static const char *const author_keys[] = {"dc:creator", "dc.creator", "dcterms.creator", "dcterm:creator",
                                          "author", "parsely-author", "sailthru.author", "og:article:author",
                                          "article:author", "byl", "citation_author"};

/* Text of an itemprop=author element: its itemprop=name child if any. */
static const char *author_prop_text(meta_ctx *c, dom_node *n)
{
    const char *content = dom_attr_get(n, "content");
    if (content && *content)
        return content;
    dom_node *m = n->first_child ? n->first_child : NULL;
    int steps = 0;
    for (dom_node *x = m; x && steps < 200; x = dom_next(n, x), steps++) {
        if (x->type != DOM_ELEMENT)
            continue;
        const char *ip = dom_attr_get(x, "itemprop");
        if (ip && has_token(ip, "name")) {
            const char *v = dom_attr_get(x, "content");
            return v && *v ? v : text_of(c, x, 200);
        }
    }
    return text_of(c, n, 300);
}

/* Looks at the blocks that follow the headline (about 600 bytes of text)
 * for a short one starting with a byline word. */
static int all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
            return 0;
    return 1;
}

static void near_byline(meta_ctx *c)
{
    const dom_node *root = c->art->doc->root;
    size_t seen = 0;
    int steps = 0, first_block = 1;
    for (const dom_node *n = dom_next(root, c->anchor); n && seen < 600 && steps < 2000; steps++) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK)) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->text_len && !all_space(n->text, n->text_len)) {
            seen += n->text_len;
            /* the text's block: the nearest non-inline ancestor */
            const dom_node *box = n->parent;
            while (box && box->type == DOM_ELEMENT && (tag_flags[box->tag] & TF_INLINE) && box->parent)
                box = box->parent;
            if (box && box->type == DOM_ELEMENT && box != c->anchor) {
                char *t = meta_node_text(c->a, box, 240, 1);
                if (!t) {
                    c->oom = 1;
                    return;
                }
                if (strlen(t) < 200 && author_has_prefix(t)) {
                    if (author_add_byline(c->a, &c->art->authors, t) < 0)
                        c->oom = 1;
                    return;
                }
                /* The first block under the headline may be a bare name
                 * over the date (no "By", no class): the seed page's shape. */
                if (first_block && author_add_name_over_date(c->a, &c->art->authors, t) != 0) {
                    if (!c->art->authors.count)
                        c->oom = 1;
                    return;
                }
                first_block = 0;
            }
            if (box)
                n = dom_next_skip(root, box); /* one look per block */
            else
                n = dom_next(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
}

/* 1 when a descendant of n (within 300 nodes) is an itemprop=author or a
 * rel=author link. */
static int has_marked_author(const dom_node *n)
{
    int steps = 0;
    for (const dom_node *x = n->first_child ? n->first_child : NULL; x && steps < 300; x = dom_next(n, x), steps++) {
        if (x->type != DOM_ELEMENT)
            continue;
        const char *ip = dom_attr_get(x, "itemprop");
        if (ip && (has_token(ip, "author") || has_token(ip, "creator")))
            return 1;
        const char *rel = dom_attr_get(x, "rel");
        if (rel && x->tag == TAG_A && has_token(rel, "author"))
            return 1;
    }
    return 0;
}

/* The site's own names as comparison keys (og:site_name and friends, the
 * JSON-LD publisher, the WebSite object); n of them. */
static size_t site_keys(meta_ctx *c, const char *keys[3])
{
    const char *names[3] = {c->art->sitename, c->j.publisher, c->j.website};
    size_t n = 0;
    for (size_t i = 0; i < 3; i++) {
        if (!names[i])
            continue;
        const char *k = meta_fold_key(c->a, names[i]);
        if (!k) {
            c->oom = 1;
            return 0;
        }
        if (strlen(k) >= 2)
            keys[n++] = k;
    }
    return n;
}

/* How name s relates to the site's names: 2 equal, 1 contains one, 0 not. */
static int site_relation(meta_ctx *c, const char *s, const char *const *keys, size_t nkeys)
{
    if (!nkeys)
        return 0;
    const char *k = meta_fold_key(c->a, s);
    if (!k) {
        c->oom = 1;
        return 0;
    }
    int rel = 0;
    for (size_t i = 0; i < nkeys; i++) {
        if (strcmp(k, keys[i]) == 0)
            return 2;
        if (strstr(k, keys[i]))
            rel = 1;
    }
    return rel;
}

/* After a source gave names: site names are not authors unless nothing
 * else exists. Returns 1 when the list is final:
 * - names equal to the site's are dropped when people remain after them
 *   ("By Marcus Bell, Riverside Daily"); a meta author value that starts
 *   with the site is the site and its address ("SPIEGEL ONLINE, Hamburg,
 *   Germany");
 * - a list naming only the site is kept aside in *site_only (the first
 *   such) and emptied, so that the next source is tried;
 * - a later list that repeats the site's name ("Post author By Helge
 *   Fahrnberger" on Helge Fahrnberger's blog) confirms the site: final. */
static int authors_accept(meta_ctx *c, str_list *site_only)
{
    str_list *l = &c->art->authors;
    if (!l->count)
        return 0;
    const char *keys[3];
    size_t nkeys = site_keys(c, keys);
    if (!nkeys || c->oom)
        return 1;
    if (site_only->count) {
        for (size_t i = 0; i < l->count; i++)
            if (site_relation(c, l->items[i], keys, nkeys)) {
                *l = *site_only;
                c->author_src = c->author_site_src;
                return 1;
            }
        return 1;
    }
    const char **kept = arena_alloc(c->a, l->count * sizeof *kept);
    if (!kept) {
        c->oom = 1;
        return 1;
    }
    size_t n = 0;
    int site_first = 0;
    for (size_t i = 0; i < l->count; i++) {
        if (site_relation(c, l->items[i], keys, nkeys) == 2)
            site_first |= i == 0 && c->author_src == 2; /* one meta string: the site, then its address */
        else
            kept[n++] = l->items[i];
    }
    if (n && !site_first) {
        if (n < l->count) {
            l->items = kept;
            l->count = l->cap = n;
        }
        return 1;
    }
    if (n == l->count)
        return 1;
    /* only the site (or the site first): keep it aside, try the next source */
    site_only->items = l->items;
    site_only->count = site_only->cap = site_first ? 1 : l->count;
    c->author_site_src = c->author_src;
    l->items = NULL;
    l->count = l->cap = 0;
    return 0;
}

static void pick_authors(meta_ctx *c)
{
    lede_article *art = c->art;
    arena *a = c->a;
    str_list site_only = {NULL, 0, 0}; /* a source that named only the site */
    /* JSON-LD first: structured and per-person. */
    c->author_src = 1;
    for (size_t i = 0; i < c->j.authors.count; i++)
        if (author_add(a, &art->authors, c->j.authors.items[i]) < 0)
            c->oom = 1;
    if (authors_accept(c, &site_only))
        return;
    c->author_src = 2;
    for (size_t k = 0; k < sizeof author_keys / sizeof *author_keys; k++) {
        /* property= declarations first, then name= ones; all values of
         * the key (citation_author repeats once per author). */
        for (int prop = 1; prop >= 0 && !art->authors.count; prop--)
            for (size_t i = 0; i < c->nkv; i++) {
                if (c->kv[i].prop != prop || strcmp(c->kv[i].key, author_keys[k]) != 0)
                    continue;
                if (author_add(a, &art->authors, c->kv[i].val) < 0)
                    c->oom = 1;
            }
        if (authors_accept(c, &site_only))
            return;
    }
    /* Visible sources, all kinds together, nearest to the headline first:
     * microdata author, rel=author links, byline-classed elements. A page
     * repeats all three in its teaser lists; distance tells the story's
     * own byline from those. */
    node_list all;
    all.n = 0;
    const node_list *srcs[3] = {&c->authorprops, &c->relauthor, &c->bylines};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < srcs[k]->n; i++) {
            int dup = 0;
            for (size_t j = 0; j < all.n && !dup; j++)
                dup = all.v[j] == srcs[k]->v[i];
            if (!dup)
                nl_push(&all, srcs[k]->v[i]);
        }
    c->author_src = 3;
    dom_node *order[META_MAX_NODES];
    size_t no = by_anchor(c, &all, order);
    for (size_t i = 0; i < no && !c->oom; i++) {
        dom_node *n = order[i];
        if (in_head(n) || in_furniture(c, n))
            continue;
        const char *ip = dom_attr_get(n, "itemprop");
        if (ip && (has_token(ip, "author") || has_token(ip, "creator"))) {
            const char *t = author_prop_text(c, n);
            if (t && author_add(a, &art->authors, t) < 0)
                c->oom = 1;
        } else {
            /* A byline box that holds a microdata/rel author defers to it
             * (the box also holds topics, publisher logos, share links). */
            if (has_marked_author(n))
                continue;
            char *t = meta_node_text(a, n, 400, 1);
            if (!t) {
                c->oom = 1;
                return;
            }
            /* Readability's limit: a byline is short; longer blocks are bios. */
            if (strlen(t) > 200)
                continue;
            if (author_add_byline(a, &art->authors, t) < 0)
                c->oom = 1;
        }
        size_t had_site = site_only.count;
        if (authors_accept(c, &site_only))
            return;
        if (!had_site && site_only.count)
            break; /* the byline nearest the headline names the site: farther ones are teasers */
    }
    /* Unmarked: a short block right after the headline that starts with a
     * byline word ("By Jane Doe", "Von Max Muster"). The weakest source:
     * not tried against a site name that a declared or marked byline gave. */
    c->author_src = 4;
    if (c->anchor && !site_only.count)
        near_byline(c);
    if (!authors_accept(c, &site_only) && site_only.count) {
        /* nothing but the site: better than nothing */
        art->authors = site_only;
        c->author_src = c->author_site_src;
    }
}

/* ---- title ----------------------------------------------------------- */

static void pick_title(meta_ctx *c)
{
    title_input in;
    memset(&in, 0, sizeof in);
    /* Only an Article-kind object: a WebPage's name is the <title> again. */
    if (c->j.is_article)
        in.jsonld = title_jsonld(c->j.name, c->j.headline, c->title_tag, c->art->sitename, c->j.publisher);
    in.og = kv_get(c, "og:title");
    in.twitter = kv_get(c, "twitter:title");
    static const char *const dc_keys[] = {"dc:title", "dc.title", "dcterms.title", "dcterm:title", "dcterms:title"};
    static const char *const other_keys[] = {"title", "parsely-title", "citation_title", "sailthru.title", "headline"};
    in.dc = KV_FIRST(c, dc_keys);
    in.other = KV_FIRST(c, other_keys);
    in.title_tag = c->title_tag;
    /* No declared site name: an end of <title> that names the host is one. */
    if (!c->art->sitename)
        c->art->sitename = title_host_part(c->a, c->title_tag, c->art->url ? c->art->url : c->art->page_url);
    in.sitename = c->art->sitename;
    for (size_t i = 0; i < c->headlines.n && in.nheadings < TITLE_MAX_HEADINGS / 2; i++)
        if (!in_head(c->headlines.v[i]))
            in.headings[in.nheadings++] = text_of(c, c->headlines.v[i], 500);
    for (size_t i = 0; i < c->h1.n && in.nheadings < TITLE_MAX_HEADINGS; i++)
        in.headings[in.nheadings++] = text_of(c, c->h1.v[i], 500);
    in.nstrong = in.nheadings;
    for (size_t i = 0; i < c->h2.n && in.nheadings < TITLE_MAX_HEADINGS; i++)
        in.headings[in.nheadings++] = text_of(c, c->h2.v[i], 500);
    if (c->oom)
        return;
    const char *title = c->art->title = title_choose(c->a, &in, &c->title_src);
    /* No meta or JSON-LD names the site: the other end of <title>. */
    if (!c->art->sitename)
        c->art->sitename = title_site_part(c->a, c->title_tag, title, c->art->url ? c->art->url : c->art->page_url);
    /* The anchor: the first headline element that the title repeats (or
     * that contains it): itemprop=headline, h1, title-classed, h2, h3;
     * else the first h1 outside page furniture. */
    size_t tl = title ? strlen(title) : 0;
    const node_list *lists[5] = {&c->headlines, &c->h1, &c->titled, &c->h2, &c->h3};
    for (size_t k = 0; k < 5 && !c->anchor && tl; k++) {
        for (size_t i = 0; i < lists[k]->n && !c->anchor; i++) {
            dom_node *hn = lists[k]->v[i];
            if (in_head(hn))
                continue;
            const char *h = text_of(c, hn, 400);
            size_t hl = h ? strlen(h) : 0;
            if (!hl)
                continue;
            if (meta_ieq(h, title) || (hl >= 10 && meta_istr(title, tl, h)) || (tl >= 10 && meta_istr(h, hl, title)))
                c->anchor = hn;
        }
    }
    /* Again with punctuation and spacing ignored: og:title and the h1 often
     * differ only in typographic quotes, apostrophes or NBSPs, and without
     * the anchor the date and byline next to the headline are not found. */
    const char *tk = tl && !c->anchor ? meta_fold_key(c->a, title) : NULL;
    size_t tkl = tk ? strlen(tk) : 0;
    for (size_t k = 0; k < 5 && !c->anchor && tkl >= 10; k++) {
        for (size_t i = 0; i < lists[k]->n && !c->anchor; i++) {
            dom_node *hn = lists[k]->v[i];
            const char *h = in_head(hn) ? NULL : text_of(c, hn, 400);
            const char *hk = h ? meta_fold_key(c->a, h) : NULL;
            size_t hkl = hk ? strlen(hk) : 0;
            if (hkl >= 10 && (strstr(tk, hk) || strstr(hk, tk)))
                c->anchor = hn;
        }
    }
    for (size_t i = 0; i < c->h1.n && !c->anchor; i++)
        if (!in_furniture(c, c->h1.v[i]))
            c->anchor = c->h1.v[i];
}

int extract_metadata(lede_article *art)
{
    if (!art || !art->doc)
        return 0;
    /* The context is large (candidate arrays); keep it off the stack. */
    meta_ctx *c = arena_calloc(&art->doc->mem, sizeof *c);
    if (!c)
        return -1;
    c->art = art;
    c->a = &art->doc->mem;
    c->today = date_today();
    c->fmemo_len = art->doc->node_count;
    c->fmemo = c->fmemo_len ? arena_calloc(c->a, c->fmemo_len) : NULL;
    collect(c);
    if (!c->oom && jsonld_extract(c->a, c->ld, c->nld, &c->j) < 0)
        c->oom = 1;
    if (!c->oom)
        pick_small(c);
    if (!c->oom)
        pick_title(c);
    if (!c->oom)
        pick_authors(c);
    if (!c->oom)
        pick_date(c);
    if (!c->oom)
        pick_page_type(c);
#ifdef LEDE_META_TRACE
    /* Build with -DLEDE_META_TRACE to count which source won per field
     * (docs/decisions-metadata.md); never in normal builds. */
    static const char *const title_src_name[] = {"none", "jsonld", "dc", "og", "meta-title", "twitter", "title-tag",
                                                 "title-part=h1", "title-minus-site", "title-cut", "h1"};
    static const char *const author_src_name[] = {"none", "jsonld", "meta", "visible", "near-by"};
    fprintf(stderr, "META-TRACE\t%s\tdate=%s\ttitle=%s\tauthor=%s\tanchor=%s#%u\n", art->page_url ? art->page_url : "-",
            art->date ? date_src_name[c->date_src] : "none", title_src_name[c->title_src],
            author_src_name[art->authors.count ? c->author_src : 0], c->anchor ? c->anchor->name : "-",
            c->anchor ? c->anchor->id : 0);
#endif
    return c->oom ? -1 : 0;
}

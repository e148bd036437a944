/* metadata.c: extract_metadata(): title, authors, dates, site name,
 * language, description, image, canonical URL, page type, categories and
 * tags. One pre-order walk over the document collects every source (meta
 * tags, links, <title>, JSON-LD scripts, h1s, <time>s, microdata, byline
 * and date-ish class/id elements, capped in number); the fields are then
 * decided from those candidates in the precedence documented in
 * docs/metadata.md. The tree is only read. */
#include "core/chars.h"
#include "core/value_memo.h"
#include "meta_int.h"
#include "words/words.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

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
const char *meta_kv_get(const meta_ctx *c, const char *key)
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
const char *meta_kv_first(const meta_ctx *c, const char *const *keys, size_t nkeys)
{
    for (size_t k = 0; k < nkeys; k++) {
        const char *v = meta_kv_get(c, keys[k]);
        if (v)
            return v;
    }
    return NULL;
}


int meta_has_token(const char *list, const char *tok) { return dom_tokens_have(list, tok, strlen(tok), 1); }

int meta_ci_contains(const char *s, const char *needle)
{
    return s && meta_istr(s, strlen(s), needle) != NULL;
}

/* The nearest element with an itemscope above n, within 30 ancestors;
 * NULL when none. */
const dom_node *meta_item_scope(const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n->parent; p && p->type == DOM_ELEMENT && depth < 30; p = p->parent, depth++)
        if (dom_attr_get(p, "itemscope"))
            return p;
    return NULL;
}

/* 1 when the microdata item p (an element with an itemscope) is a
 * review, a comment, an answer or an event (itemtype ".../Review",
 * ".../UserComments", ".../MusicEvent"; or itemprop "review", "comment",
 * "answer" on the scope): an item that is not the page's story. */
int meta_scope_is_other_item(const dom_node *p)
{
    static const char *const other[] = {"Review", "Comment", "Comments", "Answer", "Event"};
    const char *ip = dom_attr_get(p, "itemprop");
    if (ip && (meta_has_token(ip, "review") || meta_has_token(ip, "comment") || meta_has_token(ip, "answer")))
        return 1;
    const char *t = dom_attr_get(p, "itemtype");
    if (!t)
        return 0;
    /* the type's name: the last path segment of the (first) URL */
    size_t tl = strcspn(t, " \t\r\n");
    while (tl && t[tl - 1] == '/')
        tl--;
    size_t b = tl;
    while (b && t[b - 1] != '/')
        b--;
    for (size_t k = 0; k < sizeof other / sizeof *other; k++) {
        size_t ol = strlen(other[k]);
        if (tl - b >= ol && memcmp(t + tl - ol, other[k], ol) == 0)
            return 1;
    }
    return 0;
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
    if (name) {
        /* A <meta itemprop="datePublished"> inside a review's, a
         * comment's or an event's item (a shop page marks up each
         * customer review so) is that item's date, not the page's: it is
         * judged with the visible microdata (date_pick.c step 3, which
         * keeps it when the item holds the headline: a critic's review
         * page), not taken as a page meta. */
        const dom_node *scope;
        if ((meta_has_token(name, "datePublished") || meta_has_token(name, "dateCreated")) &&
            (scope = meta_item_scope(n)) != NULL && meta_scope_is_other_item(scope))
            nl_push(&c->dateprops, n);
        else
            kv_add_keys(c, name, content, 0);
    }
    name = dom_attr_get(n, "http-equiv");
    if (name && meta_ieq(name, "content-language"))
        kv_add(c, "http-equiv:content-language", 27, content, 0);
}

static void on_link(meta_ctx *c, dom_node *n)
{
    const char *rel = dom_attr_get(n, "rel"), *href = dom_attr_get(n, "href");
    if (!href || !*href)
        return;
    if (rel && meta_has_token(rel, "canonical") && !c->canonical)
        c->canonical = href;
    else if (rel && meta_has_token(rel, "image_src") && !c->image_link)
        c->image_link = href;
    else if (rel && meta_has_token(rel, "next") && !c->link_next)
        c->link_next = href;
    const char *ip = dom_attr_get(n, "itemprop");
    if (ip)
        kv_add_keys(c, ip, href, 0);
}

static void on_script(meta_ctx *c, dom_node *n)
{
    const char *type = dom_attr_get(n, "type");
    if (!type || !meta_ci_contains(type, "ld+json")) {
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
enum {
    HINT_BYLINE = WORDS_HINT_BYLINE,
    HINT_DATE = WORDS_HINT_DATE,
    HINT_TITLE = WORDS_HINT_TITLE,
    HINT_TITLE_WORD = WORDS_HINT_TITLE_WORD
};
/* The hints (src/words/classes.c) by first letter: the entries starting
 * with letter c are words_class_hints.e[hint_start[c] .. hint_start[c + 1]).
 * hint_second[c] holds which second letters follow c (bit 26: '-'), so most
 * positions of a value are rejected by one bit test; its rows 26 and 27
 * (chars_slot of '-' and of any other byte) stay empty. Filled once from the
 * table under pthread_once: threads may extract at once. */
static uint16_t hint_start[27];
static unsigned char hint_len[WORDS_CLASS_HINTS_MAX];
static uint32_t hint_second[28];
static pthread_once_t hint_second_once = PTHREAD_ONCE_INIT;

static void hint_second_init(void)
{
    const words_map *m = &words_class_hints;
    for (size_t k = 0; k < m->n && k < WORDS_CLASS_HINTS_MAX; k++) {
        unsigned c = chars_slot[(unsigned char)m->e[k].w[0]];
        if (c >= 26)
            continue; /* not a-z: test_words.c rejects such an entry */
        hint_second[c] |= 1u << chars_slot[(unsigned char)m->e[k].w[1]];
        hint_start[c + 1] = (uint16_t)(k + 1);
        hint_len[k] = (unsigned char)strlen(m->e[k].w);
    }
    for (unsigned c = 1; c < 27; c++) /* letters no hint starts with: empty slices */
        if (hint_start[c] < hint_start[c - 1])
            hint_start[c] = hint_start[c - 1];
}

/* 1 when the table holds an entry that w[0..n) ends with (at_end) or
 * starts with. A one-letter entry that the word must end with is the
 * whole word: "r" before "time" is "rtime" (reading time), but a word
 * ending in r is any ("header", "footer", "poster"), and "footertime"
 * is a date element as "posttime" is. */
static int holds_affix(const words_table *t, const char *w, size_t n, int at_end)
{
    for (size_t k = 0; k < t->n; k++) {
        size_t el = strlen(t->w[k]);
        if (at_end && el == 1 && n != 1)
            continue;
        if (el <= n && memcmp(at_end ? w + n - el : w, t->w[k], el) == 0)
            return 1;
    }
    return 0;
}

/* 1 when the date hint "date" or "time" at v[i..i+hl) of a value of l
 * bytes sits inside a longer word that means something else ("update",
 * "candidate", "validate", "multimedia", "runtime"; and the byline hint
 * "author" in "authority"): such a class marks
 * no date element, and one that held a date (a video box's filming day,
 * an update stamp) gave a date that is not the publication. The
 * word is the run of ASCII letters around the hint, a capital starting a
 * new one ("newsDate": "date" is a word of its own). */
static int hint_in_other_word(const char *v, size_t l, size_t i, size_t hl, const char *hint)
{
    int date = strcmp(hint, "date") == 0, author = strcmp(hint, "author") == 0;
    if (!date && !author && strcmp(hint, "time") != 0)
        return 0;
    char before[16], after[16];
    size_t nb = 0, na = 0;
    if (!(v[i] >= 'A' && v[i] <= 'Z')) {
        size_t b = i;
        while (b > 0 && i - b < sizeof before && v[b - 1] >= 'a' && v[b - 1] <= 'z')
            b--;
        if (b > 0 && i - b < sizeof before && v[b - 1] >= 'A' && v[b - 1] <= 'Z')
            b--;
        for (size_t k = b; k < i; k++)
            before[nb++] = (char)chars_lower((unsigned char)v[k]);
    }
    for (size_t k = i + hl; k < l && na < sizeof after && v[k] >= 'a' && v[k] <= 'z'; k++)
        after[na++] = v[k];
    if (date)
        return nb && holds_affix(&words_class_date_hint_other_before, before, nb, 1);
    if (author) /* "authority-control": a box of authority records */
        return na && holds_affix(&words_class_author_hint_other_after, after, na, 0);
    return (nb && holds_affix(&words_class_time_hint_other_before, before, nb, 1)) ||
           (na && holds_affix(&words_class_time_hint_other_after, after, na, 0));
}

/* The hint bits of a class or id value of len bytes (its first 200 bytes,
 * up to a NUL), read in place: ASCII case is folded only where a position
 * passes the two-letter filter, not by copying the whole value first. */
static unsigned class_hint_bits(const char *v, size_t len)
{
    if (!v)
        return 0;
    pthread_once(&hint_second_once, hint_second_init);
    size_t l = len < 200 ? len : 200;
    const char *nul = memchr(v, 0, l);
    if (nul)
        l = (size_t)(nul - v);
    unsigned bits = 0;
    /* the letters, either case, as 0..25 (chars_slot); a row from 26 is
     * empty. The second byte's slot is carried to the next position. */
    unsigned s1 = l ? chars_slot[(unsigned char)v[0]] : 27;
    for (size_t i = 0; i + 4 <= l; i++) {
        unsigned ch = s1;
        s1 = chars_slot[(unsigned char)v[i + 1]];
        if (!(hint_second[ch] >> s1 & 1))
            continue;
        uint32_t here;
        memcpy(&here, v + i, 4);
        here = chars_lower4(here);
        for (size_t k = hint_start[ch]; k < hint_start[ch + 1]; k++) {
            const words_entry *h = &words_class_hints.e[k];
            size_t hl = hint_len[k];
            uint32_t head;
            memcpy(&head, h->w, 4); /* every hint word has >= 4 letters */
            if (here != head || i + hl > l)
                continue;
            size_t j = 4;
            while (j < hl && chars_lower((unsigned char)v[i + j]) == (unsigned char)h->w[j])
                j++;
            if (j == hl && !((h->v == HINT_DATE || h->v == HINT_BYLINE) && hint_in_other_word(v, l, i, hl, h->w)))
                bits |= (unsigned)h->v;
        }
    }
    return bits;
}

/* Class values already scanned on this page (core/value_memo.h), on
 * collect()'s stack. Ids are not memoised: they are mostly unique, and
 * evicting class values for them cost more than it saved (+1.1 M
 * instructions per 100 pages). */
enum { HINT_MEMO = 256 };

static unsigned memo_hint_bits(value_memo_slot *memo, const char *v, size_t len)
{
    if (!v)
        return 0;
    value_memo_slot *m = value_memo_slot_of(memo, HINT_MEMO, v, len);
    return value_memo_holds(m, v, len) ? m->bits : value_memo_put(m, v, len, class_hint_bits(v, len));
}

/* 1 when a class value names an icon font's glyph: a token starting
 * "fa-", "icon-", "glyphicon-", "dashicons-", "bi-" or "mdi-", or the
 * token "fa"/"icon" alone. */
static int icon_class(const char *v)
{
    const words_table *pre = &words_class_icon_prefixes;
    for (const char *p = v; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *s0 = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        for (size_t k = 0; k < pre->n; k++)
            if ((size_t)(p - s0) > strlen(pre->w[k]) && meta_istarts(s0, pre->w[k]))
                return 1;
    }
    return 0;
}


static void on_element(meta_ctx *c, value_memo_slot *memo, dom_node *n)
{
    const char *cls = NULL, *id = NULL, *itemprop = NULL, *rel = NULL;
    size_t cls_len = 0, id_len = 0;
    for (uint32_t i = 0; i < n->nattrs; i++) {
        const dom_attr *at = &n->attrs[i];
        char f = at->name[0];
        if (f != 'c' && f != 'i' && f != 'r')
            continue;
        if (strcmp(at->name, "class") == 0)
            cls = at->value, cls_len = at->value_len;
        else if (strcmp(at->name, "id") == 0)
            id = at->value, id_len = at->value_len;
        else if (strcmp(at->name, "itemprop") == 0)
            itemprop = at->value;
        else if (strcmp(at->name, "rel") == 0)
            rel = at->value;
    }
    if (itemprop && n->tag != TAG_META && n->tag != TAG_LINK) {
        if (meta_has_token(itemprop, "author") || meta_has_token(itemprop, "creator"))
            nl_push(&c->authorprops, n);
        if (meta_has_token(itemprop, "datePublished") || meta_has_token(itemprop, "dateCreated"))
            nl_push(&c->dateprops, n);
        if (meta_has_token(itemprop, "headline"))
            nl_push(&c->headlines, n);
    }
    if (rel && n->tag == TAG_A && meta_has_token(rel, "author"))
        nl_push(&c->relauthor, n);
    /* A calendar icon ("<i class='fa fa-calendar'></i><a>Mai 03, 2017</a>",
     * "icon-calendar", "glyphicon-calendar", "dashicons-calendar-alt"):
     * themes mark a post's date line with it and name the line nothing
     * else. Its parent is a date element; the strict pass judges it as
     * any other (nearest the headline, outside furniture). Only an
     * empty <i> or <span>: an element with text classed "calendar" is a
     * box of events (furniture.c). */
    if (cls && (n->tag == TAG_I || n->tag == TAG_SPAN) && n->parent && n->parent->type == DOM_ELEMENT &&
        !n->first_child && meta_ci_contains(cls, "calendar") && icon_class(cls))
        nl_push(&c->dateels, n->parent);
    if (cls || id) {
        unsigned bits = memo_hint_bits(memo, cls, cls_len), idbits = class_hint_bits(id, id_len);
        if ((bits | idbits) & HINT_BYLINE)
            nl_push(&c->bylines, n);
        if ((bits | idbits) & HINT_DATE)
            nl_push(&c->dateels, n);
        if (bits & HINT_TITLE)
            nl_push(&c->titled, n);
        else if ((bits & HINT_TITLE_WORD) && n->tag != TAG_A && meta_names_headline_class(cls))
            nl_push(&c->titled_loose, n);
    }
}

static void collect(meta_ctx *c)
{
    dom_document *doc = c->art->doc;
    if (doc->html)
        c->html_lang = dom_attr_get(doc->html, "lang");
    if (!c->html_lang && doc->html)
        c->html_lang = dom_attr_get(doc->html, "xml:lang");
    value_memo_slot memo[HINT_MEMO];
    memset(memo, 0, sizeof memo);
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
        case TAG_H4: nl_push(&c->h4, n); break;
        case TAG_TIME: nl_push(&c->times, n); break;
        default: break;
        }
        if (n->tag == TAG_SCRIPT || n->tag == TAG_STYLE || n->tag == TAG_TEMPLATE) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->nattrs)
            on_element(c, memo, n);
        n = dom_next(root, n);
    }
}

/* ---- helpers --------------------------------------------------------- */

const char *meta_page_address(meta_ctx *c)
{
    if (c->art->page_url)
        return c->art->page_url;
    const char *canon = c->canonical ? c->canonical : meta_kv_get(c, "og:url");
    if (canon && (meta_istarts(canon, "http://") || meta_istarts(canon, "https://")))
        return canon;
    return NULL;
}

/* The base for relative links: <base href>, else the page's address
 * (meta_page_address: the URL the caller gave, else the page's own
 * absolute canonical URL or og:url), as the renderers do, so
 * "/media/lead.jpg" still becomes an absolute image URL when lede reads
 * a file with no --url. */
static const char *base_url(meta_ctx *c)
{
    const char *page = meta_page_address(c);
    if (c->base_href) {
        const char *b = url_resolve(c->a, page, c->base_href);
        if (b)
            return b;
    }
    return page;
}

const char *meta_text_of(meta_ctx *c, const dom_node *n, size_t max)
{
    char *t = meta_node_text(c->a, n, max, 0);
    if (!t)
        c->oom = 1;
    return t;
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
    const char *canon = c->canonical ? c->canonical : meta_kv_get(c, "og:url");
    if (!canon)
        canon = c->j.url;
    if (canon)
        art->url = url_resolve(c->a, base, canon);

    /* for the body stage's next-page search (body/pages.c) */
    art->link_base = base;
    if (c->link_next)
        art->link_next = url_resolve(c->a, base, c->link_next);

    art->language = norm_lang(c, c->html_lang);
    if (!art->language)
        art->language = norm_lang(c, meta_kv_get(c, "http-equiv:content-language"));
    if (!art->language)
        art->language = norm_lang(c, meta_kv_get(c, "content-language"));
    if (!art->language)
        art->language = norm_lang(c, meta_kv_get(c, "og:locale"));
    if (!art->language)
        art->language = norm_lang(c, c->j.language);
    if (!art->language)
        art->language = norm_lang(c, meta_kv_get(c, "dc.language"));

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
        const char *v = meta_kv_get(c, section_keys[k]);
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
    const char *og = meta_kv_get(c, "og:type");
    /* og:type "article", and the non-standard "news"/"blog"/"post" some CMSs use */
    if (og && (meta_ci_contains(og, "article") || meta_ieq(og, "news") || meta_ieq(og, "blog") || meta_ieq(og, "post") ||
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
        meta_pick_title(c);
    if (!c->oom)
        meta_pick_authors(c);
    if (!c->oom)
        meta_pick_date(c);
    if (!c->oom)
        pick_page_type(c);
    if (!c->oom)
        meta_pick_paywall(c);
#ifdef LEDE_META_TRACE
    /* Build with -DLEDE_META_TRACE to count which source won per field
     * (docs/metadata.md); never in normal builds. */
    static const char *const title_src_name[] = {"none", "jsonld", "dc", "og", "meta-title", "twitter", "title-tag",
                                                 "title-part=h1", "title-minus-site", "title-cut", "h1", "visible-h1"};
    static const char *const author_src_name[] = {"none", "jsonld", "meta", "visible", "near-by"};
    fprintf(stderr, "META-TRACE\t%s\tdate=%s\ttitle=%s\tauthor=%s\tanchor=%s#%u\n", art->page_url ? art->page_url : "-",
            art->date ? meta_date_src_name[c->date_src] : "none", title_src_name[c->title_src],
            author_src_name[art->authors.count ? c->author_src : 0], c->anchor ? c->anchor->name : "-",
            c->anchor ? c->anchor->id : 0);
#endif
    return c->oom ? -1 : 0;
}

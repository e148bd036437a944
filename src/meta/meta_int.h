/* meta_int.h: internals of the metadata stage shared by its files: the
 * candidate store filled by the collection walk (metadata.c) and read by
 * the field choosers (date_pick.c, author_pick.c, title_inputs.c),
 * and the furniture tests of candidate nodes (furniture.c). */
#ifndef LEDE_META_INT_H
#define LEDE_META_INT_H

#include <stdint.h>
#include <string.h>

#include "article.h"
#include "author.h"
#include "core/url.h"
#include "date.h"
#include "json.h"
#include "jsonld.h"
#include "meta.h"
#include "text.h"
#include "title.h"
#include "words/words.h"

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

/* The bits of meta_ctx.fmemo, memoised tests per node (furniture.c):
 * whether its own class/id names furniture, whether it is a meta bar
 * between prev/next arrows, and whether its class/id has a comment-section
 * or an events-box word; each with a bit saying it is known. */
enum {
    FMEMO_FURNITURE_KNOWN = 1,
    FMEMO_FURNITURE = 2,
    FMEMO_ARROWS_KNOWN = 4,
    FMEMO_ARROWS = 8,
    FMEMO_WORDS_KNOWN = 16, /* the two bits below are known */
    FMEMO_COMMENT = 32,     /* class or id has a comment-section word */
    FMEMO_EVENT = 64,       /* class or id has an events-box word */
};

typedef struct meta_ctx {
    lede_article *art;
    arena *a;
    int today;
    int oom;
    meta_kv kv[META_MAX_KV];
    size_t nkv;
    const char *title_tag, *canonical, *base_href, *image_link, *html_lang, *link_next;
    json_value *ld[META_MAX_LD];
    size_t nld;
    const dom_node *scripts[META_MAX_SCRIPTS]; /* other scripts: state blobs, read for dates last */
    size_t nscripts;
    node_list h1, h2, h3, h4, titled, titled_loose, times, bylines, authorprops, dateprops, dateels, relauthor, headlines;
    jsonld_info j;
    dom_node *anchor; /* the headline element, once the title is known */
    int date_src, title_src, author_src; /* which source won (LEDE_META_TRACE) */
    int author_site_src; /* the source that named only the site */
    const char *author_org; /* a JSON-LD author typed as an organisation (words_schema_org_types),
                               set aside like the site's name: no person */
    int site_initials; /* a source named the site with an editor's initials ("Example /PP"):
                          the site is an account, no writer (author_pick.c, drop_site_initials) */
    /* site_keys' result (author_pick.c), folded once a page: the keys of
     * the site's names, then those of author_org (set later, once) */
    const char *site_keys[10];
    size_t nsite_keys, norg_keys;
    int site_keys_done;
    const char *site_keys_org; /* the author_org that the last norg_keys hold */
    int reading_updates; /* the update-label pass: an update line is what it wants */
    int slash_order;     /* slash_day_first: 0 not yet decided, 1 month first, 2 day first */
    int reading_revisions; /* the revision-stamp pass: a "last edited" date is what it wants */
    const dom_node *date_node; /* the element the last date-node pass took its date from */
    int line_read;             /* localize's strict visible pass: 0 not run, 1 no date, 2 a date */
    date_val line_date;        /* its date, when line_read is 2 */
    const dom_node *line_node; /* the date_node it left */
    uint8_t *fmemo;   /* per node id: FMEMO_* bits, 0 when nothing is known yet */
    size_t fmemo_len;
    /* label_names_section's link keys (title_inputs.c): the folded text of
     * every link in page furniture, sorted; collected in one walk, the
     * first time a label asks, for every heading after it */
    const char **nav_keys;
    size_t nnav_keys;
    int nav_keys_done;
} meta_ctx;

static inline void nl_push(node_list *l, dom_node *n)
{
    if (l->n < META_MAX_NODES)
        l->v[l->n++] = n;
}

/* First value of the keys in arr (an array), in the order given. */
#define KV_FIRST(c, arr) meta_kv_first((c), (arr), sizeof(arr) / sizeof *(arr))

/* paywall.c */
/* Sets art->paywalled from the page's declarations, hands the JSON-LD
 * articleBody to the body stage and says whether the part the page
 * declares paywalled is hidden in it (art->paywall_hidden). */
void meta_pick_paywall(meta_ctx *c);

/* title_inputs.c */
/* 1 when the class value cls names the story's headline or title
 * ("headline", "entry-title"), not a subtitle or a label's title. */
int meta_names_headline_class(const char *cls);
/* Sets art->title from the title sources and the page's headings, and
 * the headline anchor (c->anchor) the byline and date choices measure
 * from. */
void meta_pick_title(meta_ctx *c);

/* author_pick.c */
/* Sets art->authors from the metadata candidates (see author_pick.c). */
void meta_pick_authors(meta_ctx *c);

/* date_pick.c */
/* Sets art->date and art->date_modified from the candidates; needs the
 * headline anchor (c->anchor) that the title choice sets. */
void meta_pick_date(meta_ctx *c);

/* furniture.c */
/* Distance in document order from the headline; nodes before it count
 * three times (a date line above the headline is rarer than below). */
uint64_t meta_anchor_dist(const dom_node *anchor, const dom_node *n);
/* Candidates ordered by closeness to the headline element: bylines and
 * date lines sit just under (sometimes just above) the headline, while
 * the same classes recur in teaser lists elsewhere on the page. Nodes
 * before the anchor count three times their distance. Without an anchor
 * the document order is kept. Returns the count written to out. */
size_t meta_by_anchor(const meta_ctx *c, const node_list *l, dom_node **out);
/* 1 when n sits inside page furniture (comments, related lists, teasers,
 * navigation), by the class/id words of its ancestors; memoised per node. */
int meta_in_furniture(meta_ctx *c, const dom_node *n);
int meta_in_story_furniture(meta_ctx *c, const dom_node *n);
/* 1 when n sits in a furniture-named box that does not hold the headline
 * and has a heading of its own before n ("Related", "Archive"). */
int meta_in_titled_furniture(meta_ctx *c, const dom_node *n);
/* 1 when n is inside <head>. */
int meta_in_head(const dom_node *n);
/* 1 when n sits in an <article> that does not hold the headline while the
 * headline sits in one: another post listed on the page. */
int meta_in_other_article(const meta_ctx *c, const dom_node *n);
/* 1 when the headline element (c->anchor) is el or inside it. */
int meta_holds_anchor(const meta_ctx *c, const dom_node *el);
const dom_node *meta_item_scope(const dom_node *n);  /* nearest itemscope ancestor, or NULL */
int meta_scope_is_other_item(const dom_node *p);     /* a review's, comment's, answer's or event's item */
/* 1 when n sits in a link that also wraps a heading: a teaser card
 * (<a href=…><h3>Other story</h3><span>09.10.2021</span></a>). */
int meta_in_teaser_link(const dom_node *n);
/* 1 when a date candidate can never be the story's date whatever the
 * pass: inside the comment section, or inside the site header: a <header>
 * above the headline that does not hold it and holds the site's <nav>
 * (its "today" date). <footer> is not on the list: Drupal themes put the
 * story's "submitted" line in the node's <footer>. */
int meta_never_story_date(meta_ctx *c, const dom_node *n);

/* metadata.c */
/* ASCII case-insensitive: 1 when s contains needle. */
int meta_ci_contains(const char *s, const char *needle);
/* 1 when the space-separated list (a rel or class value) holds tok. */
int meta_has_token(const char *list, const char *tok);
/* First value among keys, in the order given. */
const char *meta_kv_first(const meta_ctx *c, const char *const *keys, size_t nkeys);
/* Value of key: the first one declared with property= (the RDFa form OG
 * and Dublin Core define), else the first one. */
const char *meta_kv_get(const meta_ctx *c, const char *key);
/* Visible text of n (meta_node_text), at most about max bytes; sets
 * c->oom on allocation failure. */
const char *meta_text_of(meta_ctx *c, const dom_node *n, size_t max);
/* The page's own address: the URL the caller gave, else an absolute
 * (http or https) canonical URL or og:url; NULL when none. The base of
 * relative links and the URL whose path may confirm a date's day read
 * it alike. */
const char *meta_page_address(meta_ctx *c);

#ifdef LEDE_META_TRACE
#include <stdio.h>
extern const char *const meta_date_src_name[];
#endif

/* The labelled-date prefilter (date_pick.c): the labels' first two bytes
 * as a bitmap, and their distinct first and second bytes for the SSE2
 * block test. Built per call from a words_table (src/words/dates.c). */
#define META_LABEL_BYTES 32
typedef struct meta_label_filter {
    const words_table *labels;
    uint8_t pairs[65536 / 8];
    unsigned char first[META_LABEL_BYTES], second[META_LABEL_BYTES];
    /* each of them repeated 16 times, loaded as a vector */
    _Alignas(16) unsigned char vfirst[META_LABEL_BYTES][16];
    _Alignas(16) unsigned char vsecond[META_LABEL_BYTES][16];
    int nfirst, nsecond;
    int vector_ok; /* fewer distinct bytes than META_LABEL_BYTES */
    /* the block test's byte sets: ASCII bytes one by one (vfirst/vsecond,
     * nvfirst/nvsecond of them); a label's UTF-8 lead byte as "any byte
     * from 0xC0" (lead_first) and a continuation byte as "any byte
     * 0x80..0xBF" (cont_second): one compare each, where the scripts'
     * labels gave a dozen distinct bytes */
    int nvfirst, nvsecond, lead_first, cont_second;
    /* the labels by first byte: by_first[by_first_at[b] .. by_first_at[b + 1])
     * are the indexes of those starting with byte b (indexed: at most 255
     * labels) */
    int indexed;
    uint8_t by_first[255];
    uint8_t by_first_at[257];
} meta_label_filter;

void meta_label_filter_init(meta_label_filter *f, const words_table *labels);
/* 1 when one of the labels may start in s[0..n) (see date_pick.c). */
int meta_may_hold_label(const char *s, size_t n, const meta_label_filter *f);

#endif

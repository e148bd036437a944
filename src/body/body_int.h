/* body_int.h: internals of the body stage shared by its files: the
 * per-page context with its side tables (indexed by node id), Readability's
 * thresholds, and the steps each file implements: body.c (marks, measures,
 * the attempts and the entry), select.c (scoring and choosing the main
 * subtree), clean.c (removing furniture inside it), phrases.c (the phrase
 * lists of teasers, prompts, furniture headings, bylines and datelines). */
#ifndef LEDE_BODY_INT_H
#define LEDE_BODY_INT_H

#include <stdint.h>
#ifdef LEDE_DEBUG_BODY
#include <stdio.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "classify.h"
#include "measure.h"
#include "meta/author.h"
#include "meta/date.h"

/* Readability's thresholds; the comments say why each exists. */
#define MIN_PARAGRAPH 25        /* shorter blocks are labels and buttons, not prose */
#define CHAR_THRESHOLD 500      /* an article shorter than this triggers a laxer retry */
#define N_TOP 5                 /* candidates kept for the "shared ancestor" rule */
#define TEASER_MAX 220          /* teaser / call-to-action lines are short */
#define LOOSE_MAX 40            /* loose text in a layout box shorter than this is a label */
#define MEDIA_TEXT_MAX 250      /* an image box with less text than this is picture + caption */
/* the label a web server's host name opens with by convention ("www.example.net"):
 * URL syntax, not a word; an address or a site's name is read without it */
#define WWW_LABEL "www."
#define WWW_LABEL_LEN (sizeof WWW_LABEL - 1)
#define SITE_LOWER_MAX 64 /* bytes of a site name read by name (the app-offer and site-blurb rules): longer is no brand */
#define LINE_MAX_NODES 64       /* a "line" (teaser, byline, heading) has few nodes; bounds the checks */
#define STRICT_KEEP 140         /* a strict result this long is an article, not a failed attempt */
#define CARD_TEXT_MAX 700       /* a teaser card: headline, one-line summary, date, credit */
#define CARD_SUMMARY_MAX 300    /* a card's text outside links: a one-line summary, not a section */
#define IMG_TEXT_MIN 300        /* text per image below which an image-heavy box is a gallery */

/* The thresholds the favor option moves (lede_options_set_favor,
 * docs/options.md), one row per lede_favor. Each is a borderline call at
 * the edge of the article, measured on trafilatura-eval:
 *   grow_penalty  growing to an ancestor pays when the prose it adds beats
 *                 this many times the rest it adds (select.c);
 *   loose_max     short text straight in a layout box is a label below
 *                 this many bytes (clean.c);
 *   media_max     an image box with less text than this is a picture with
 *                 its caption, dropped (clean.c);
 *   enough        a result this long ends the retry ladder (body.c). */
typedef struct body_favor {
    long grow_penalty;
    uint32_t loose_max, media_max, enough;
} body_favor;

enum { ATT_STRIP_UNLIKELY = 1, ATT_WEIGHT_CLASSES = 2, ATT_CLEAN_CONDITIONALLY = 4 };

/* A node's subtree totals, summed bottom-up by body_measure_range and kept
 * up to date through cleaning; removed subtrees count zero (size excepted).
 * One 64-byte struct per node instead of one array per total: a node's
 * totals share a cache line, and zeroing them or adding them into the
 * parent's is a few 16-byte vector operations (the first BODY_SUMMED
 * fields are added as they are; own, size and has_block have rules). */
typedef struct body_totals {
    uint32_t text, link, commas; /* visible text, link text, commas */
    uint32_t paras;         /* <p>/<pre> of 80+ bytes: prose, not widgets */
    uint32_t good;          /* text of prose blocks (25+ bytes of own text, few links) */
    uint32_t imgs;          /* images (<img>, <picture>) */
    uint32_t cnt_p, cnt_li, cnt_img, cnt_input, cnt_embed; /* <p>, <li>, <img>, controls, embeds */
    uint32_t htext;         /* heading text */
    uint32_t own;           /* text in inline content not inside a child block */
    uint32_t size;          /* nodes in the subtree, itself included, removed ones too */
    uint32_t has_block;     /* the element has a block-level child element */
    uint32_t step_img;      /* pictures of step lists (clean.c, is_step_list) in the subtree; pads the struct to 64 bytes */
} body_totals;
#define BODY_SUMMED 12 /* text .. htext: pushed to the parent by plain addition */

typedef struct ctx {
    /* first, so extract_body zeroes every byte after it with one memset:
     * prepare() sets the index (15 KB) up whole (classify_index_init
     * zeroes it) before its first use */
    classify_index cix;
    lede_article *art;
    const body_favor *favor; /* the thresholds of art->favor */
    dom_document *doc;
    dom_node *top;          /* <body>, or the root when there is none */
    uint32_t n;             /* side-table size: node_count */
    dom_node **order;       /* pre-order of top's subtree */
    uint32_t norder;
    body_totals *tot;       /* per node id: the subtree's totals (body_measure_range) */
    uint8_t *fresh;         /* per node id: tot[] is what a measure pass would give now (body_touch) */
    int measured;           /* the page has had its first whole measure pass */
    uint32_t *img_page;     /* images in the subtree as the page has it (before any removal) */
    uint32_t *text_page;    /* visible text in the subtree as the page has it (junk tags excluded) */
    uint32_t *tlen, *tcommas; /* text nodes: collapsed length and commas (computed once) */
    int16_t *weight;        /* Readability class weight (computed once) */
    int today;              /* y*10000+m*100+d, for date plausibility */
    void *block;            /* one allocation holding every side table */
    uint32_t *cls;          /* classify hints */
    uint8_t *in_table, *in_figure; /* has such an ancestor */
    uint8_t *in_text;       /* the nearest block ancestor is a text block (p, li, h3, td), not a layout box */
    uint8_t *dead;          /* removed, or inside a removed subtree */
    uint32_t *pos;          /* index in order[] */
    float *score;
    uint8_t *scored;
    int flags;
    int lenient;            /* cleaning without the link-density rules */
    uint32_t clean_removals; /* nremovals when the cleaning loop ended: its roots were measured then */
    uint32_t visible;       /* text outside junk tags: no attempt can find more */
    dom_node *byline;       /* first byline/dateline line dropped from the body */
    const char *title_lower; /* the title, lower-cased, whitespace collapsed ("" when none) */
    const char *site_lower; /* the site name, lower-cased ("" when none or SITE_LOWER_MAX bytes or longer) */
    size_t site_len;        /* its length */
    dom_node *ceiling;      /* growth and sibling joining stop below it (select.c); NULL: none */
    dom_node *headline;     /* the first <h1>/<h2> repeating the title, once headline_done (select.c) */
    int headline_done;
    int strict_kept;        /* the strict attempt found STRICT_KEEP bytes: an article, if short (body.c) */
    /* the byline zone's lines (clean.c, byline_zone), found once per page
     * on first use: the attempts only change removal flags, which the
     * zone does not read, so every attempt and the hand-over share it */
    const dom_node *zone[BYLINE_LINES_MAX];
    size_t nzone;
    int zone_done;
    uint32_t shape_removed; /* text cleaning removed as card lists, playlists, slide shows */
    size_t nstandfirst;     /* body list entries add_standfirst put first (the headline's lead, not the attempt's choice) */
    uint32_t nremovals;     /* nodes body_mark_removed has removed: a text read before is stale once it moved */
    dom_node **log;         /* nodes removed by cleaning, to undo an overreach */
    size_t nlog, caplog;
} ctx;

/* 1 for an AMP page's picture element, <amp-img> (TAG_UNKNOWN: a custom
 * element), which stands where other pages put an <img>: without it a
 * figure's caption on an AMP page was no picture's caption. */
static inline int body_is_amp_img(const dom_node *n)
{
    return n->type == DOM_ELEMENT && n->tag == TAG_UNKNOWN && n->name && strcmp(n->name, "amp-img") == 0;
}

/* Number of entries of a phrase list (an array). */
#define NPHRASES(a) (sizeof a / sizeof *a)

/* body.c */
/* Share of n's text that is link text (0 when n has no text). */
float body_link_density(const ctx *c, const dom_node *n);
/* Bottom-up totals over order[first..end), the subtree of stop (whose
 * totals are not pushed to its parent). Removed subtrees count zero. With
 * clean_root, Readability's conditional cleaning runs inside the same
 * pass: each container is judged when its totals are final, deepest first,
 * and a removed one never reaches its parent's totals; that pass and the
 * page's first measure read every node. Without clean_root only the nodes
 * that are not fresh (body_touch) are measured again. */
void body_measure_range(ctx *c, uint32_t first, uint32_t end, dom_node *stop, dom_node *clean_root);

/* n's removal flag changed (or a total of n was set by hand): n and its
 * ancestors are no longer fresh, so the next measure pass that covers
 * them measures them again. Stops at the first ancestor already stale:
 * freshness is kept closed downwards (a fresh node has only fresh
 * children; body_measure_range), so the ancestors above it are stale
 * too, and each node is walked once between two measures. The nodes
 * above <body> are never fresh, so the walk ends there. */
static inline void body_touch(ctx *c, const dom_node *n)
{
    for (; n && c->fresh[n->id]; n = n->parent)
        c->fresh[n->id] = 0;
}

/* The one writer of DOM_F_REMOVED in src/body: sets (on) or clears n's
 * removal flag and touches n (body_touch), so the measure that reads only
 * stale nodes sees the change. A raw write of the flag elsewhere in
 * src/body leaves the ancestors' totals stale with nothing to tell
 * (tests/include_fence.py fails on one; a LEDE_CHECK_MEASURE build
 * compares every fresh node with a full measure). */
static inline void body_set_removed(ctx *c, dom_node *n, int on)
{
    if (on)
        n->flags |= DOM_F_REMOVED;
    else
        n->flags &= ~(uint32_t)DOM_F_REMOVED;
    body_touch(c, n);
}

/* clean.c */
void body_clean(ctx *c, dom_node *root, const char *title_lower);
/* A heading that ends the body, with no text after it, titles a section
 * that is not there: a teaser list, a comment form or a share box that
 * the page has outside the body or that cleaning removed ("Related
 * videos", "Temas", "Keine Kommentare"). An article does not end on a
 * heading. Removed, up to TRAILING_HEADINGS_MAX in a row: a rail of
 * headline titles without summaries is a run of headings (five titles
 * under the rail's own heading are common; three rounds left part of
 * it). */
#define TRAILING_HEADINGS_MAX 8
void body_drop_trailing_headings(ctx *c, dom_node **list, size_t nlist);
void body_drop_trailing_bio(ctx *c, dom_node **list, size_t nlist);
/* After the last long paragraph, a small box of its own, of a kind no
 * paragraph's ancestor is, without list, table or code, goes
 * (docs/body.md, "Boxes after the last prose"). */
void body_drop_boxes_after_prose(ctx *c, dom_node **list, size_t nlist);
/* Readability's _cleanConditionally for one element. */
int body_clean_conditionally_says_remove(ctx *c, dom_node *n);
/* Title similarity: equal after folding, or one contains the other and
 * covers 75% of it (Readability's textSimilarity threshold). */
int body_duplicates_title(const char *heading, const char *title_lower);
/* Hands the metadata stage the visible lines that may name the author
 * (art->byline_lines): the byline line dropped from the body, then, with
 * the first <h1> as the anchor, the short text lines after it (up to the
 * first line of prose, at most 30 lines) that start like a byline or a
 * dateline. */
void body_hand_over_bylines(ctx *c);
/* Layout containers: elements that hold blocks, not prose of their own. */
int body_is_loose_container(const dom_node *n);
/* Flags n removed, touches it (body_touch) and logs it (cleaning can be
 * undone). Totals are refreshed by the next measure pass, not here. */
void body_mark_removed(ctx *c, dom_node *n);
/* 1 when one of the subtrees in list contains top or lies inside it. */
int body_overlaps(dom_node **list, size_t n, const dom_node *top);

/* phrases.c */
/* Kinds of a heading (body_furniture_heading_kind). */
enum { HEAD_NONE, HEAD_FURNITURE, HEAD_COMMENTS };
/* 1 when the lower-cased line t starts like a teaser or call-to-action line ("Also read", "Click here", "Lees ook"...). */
int body_starts_teaser(const char *t);
/* 1 when the lower-cased line t starts like a prompt or site line ("Abonnez-vous", "Back to top", "All rights reserved"...). */
int body_starts_prompt(const char *t);
/* The length of the publisher's pointer phrase that opens the lower-cased line t, as whole words ("Mehr Infos", "Hier geht es zur", "For more information"); 0 when none. */
size_t body_starts_pointer_line(const char *t);
/* 1 when the lower-cased line t opens with a question offering more of the site's pieces, as whole words ("Want to know more", "Du suchst noch mehr"). */
int body_starts_more_question(const char *t);
/* 1 when the lower-cased line t starts like a picture or source credit ("Photo:", "Credit:", "Bild:"...). */
int body_starts_credit(const char *t);
int body_is_taxonomy_line(const char *t);
/* 1 when the lower-cased line t starts like a way back ("Return to", "Zurück zu"...): a heading
 * that starts like a prompt but is this, stays. */
int body_starts_back(const char *t);
/* Classifies a heading's lower-cased text: a furniture section, the
 * comment section, or neither. A leading count ("12 comments"), a count in
 * brackets ("Comments (12)") and a trailing colon are ignored. */
int body_furniture_heading_kind(const char *t);
/* 1 when the lower-cased line t is only a slide or step counter: "3/44",
 * "1 von 17", "Bild 3 of 12" (a "/" counter needs 5+ items: "1/2" is a
 * fraction). A gallery's or a step slider's furniture. */
int body_is_counter_line(const char *t);
/* 1 when the lower-cased line t is only an identifier of the
 * publication: an ISSN ("ISSN 1234-5678", "e-ISSN: 1234-567X") or a bare
 * domain name ("example.com", "www.example.co.uk"). */
int body_is_identifier_line(const char *t);
int body_is_own_address_line(const char *t, const char *own1, const char *own2);
/* 1 when the lower-cased line t is a post's metadata set as parts split
 * by " | ", each a date, byline or dateline, taxonomy line or furniture
 * label ("March 4, 2019 at 10:15 AM | categories: Rust, Git |
 * View Comments"), at least one of them a date, byline or dateline. */
int body_is_meta_bar_line(const char *t, int today);
/* 1 when the lower-cased line t[0..len) is a byline ("By ...") or a
 * dateline ("Published ...", a short line that is mostly a date). */
int body_is_byline_or_dateline(const char *t, size_t len, int today);
/* "02.02.2022 • Verband , Presse , Allgemein": a date, a separator and a
 * few short names: the post's date and categories on one line. */
int body_is_date_names_line(const char *t, size_t len, int today);
/* the first class token of el (body.c): 1 and [*tok, *tok + *len) when it has one */
int body_first_class(const dom_node *el, const char **tok, size_t *len);

/* images.c */
/* The body's content images into art->images (in document order, src as
 * written); 0, or -1 on allocation failure. */
int body_collect_images(ctx *c);

/* select.c */
/* The main subtree: the best-scored candidate, moved up to an ancestor
 * shared by other strong candidates. NULL when nothing scored. */
dom_node *body_choose_top(ctx *c);
/* the article's headline: the first <h1>/<h2> repeating the title, found
 * once per page (NULL when none) */
dom_node *body_find_headline(ctx *c);
/* 1 when n is an <h1>/<h2> of few nodes whose text repeats the title
 * (body_duplicates_title); tl is strlen(c->title_lower), not empty. How
 * body_find_headline and the dialog-box test read headings. */
int body_heading_repeats_title(const ctx *c, const dom_node *n, uint64_t tl);
/* Siblings that belong with the chosen node (Readability's rule). Writes
 * the body list into the article. */
int body_collect(ctx *c, dom_node *top, dom_node ***out, size_t *nout);
/* 1 when a is a proper ancestor of n. */
int body_is_ancestor(const dom_node *a, const dom_node *n);
/* The sibling after n that a reader sees next: a kept element, or a text
 * with a visible character; blank text and removed elements are passed
 * over. NULL when there is none. body_prev_shown_sibling: the one
 * before. (clean.c) */
dom_node *body_next_shown_sibling(const dom_node *n);
dom_node *body_prev_shown_sibling(const dom_node *n);
/* 1 when a and b have the same tag and the same class attribute: boxes of
 * one kind, as a page's template sets them (clean.c). */
int body_same_box(const dom_node *a, const dom_node *b);
/* Pull quotes under root: quote boxes whose words the article around
 * them repeats (pull_quotes.c). */
void body_drop_pull_quotes(ctx *c, dom_node *root);
/* Readability's scores: every paragraph-like block adds to its ancestors. */
void body_score_all(ctx *c);

#endif

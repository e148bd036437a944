/* render_int.h: helpers shared by the renderers (internal, not installed):
 * which nodes a renderer visits, link resolution, and the text-level
 * writers. Every renderer walks art->body with the same loop: enter()
 * for each node in pre-order, leave() for each element whose children
 * were visited, no recursion. */
#ifndef LEDE_RENDER_INT_H
#define LEDE_RENDER_INT_H

#include "core/chars.h"
#include "core/url.h"
#include "render.h"

/* A node a renderer never shows: comments, doctypes, nodes the extractor
 * removed, junk elements (script, style, iframe, svg...), the <head> and
 * <title>, and foreign (SVG/MathML) content. */
static inline int render_skip(const dom_node *n)
{
    if (n->flags & DOM_F_REMOVED)
        return 1;
    if (n->type == DOM_TEXT || n->type == DOM_DOCUMENT)
        return 0;
    if (n->type != DOM_ELEMENT)
        return 1;
    if (n->ns != NS_HTML)
        return 1;
    return (tag_flags[n->tag] & TF_JUNK) || n->tag == TAG_HEAD || n->tag == TAG_TITLE;
}

/* The output budget of one rendering: 1 MiB plus 8 bytes per input byte.
 * Real pages render to less than their own size (markup goes, text stays),
 * but hostile markup amplifies: a long <base href> copied into thousands of
 * links, list and quote prefixes of 48 levels repeated on every line. The
 * documented memory bound (16 MB + 128 x the input) must hold for every
 * format, so a renderer that reaches its budget stops taking nodes, still
 * closes what it opened (fences, tags), and the JSON record says
 * "truncated": true. One node can overshoot by its own output (at most a
 * few times its text: escapes), which the buffer's doubling also covers. */
#define RENDER_BUDGET_BASE ((size_t)1 << 20)
#define RENDER_BUDGET_PER_INPUT_BYTE 8
static inline size_t render_budget(const lede_article *art)
{
    size_t n = art->input_len;
    if (n > ((size_t)-1 - RENDER_BUDGET_BASE) / RENDER_BUDGET_PER_INPUT_BYTE)
        return (size_t)-1;
    return RENDER_BUDGET_BASE + RENDER_BUDGET_PER_INPUT_BYTE * n;
}

/* The out->len past which a rendering that begins at `start` takes no
 * node: start + render_budget, or SIZE_MAX where that sum wraps. */
static inline size_t render_limit(const lede_article *art, size_t start)
{
    size_t limit = start + render_budget(art);
    return limit < start ? (size_t)-1 : limit;
}

/* The output budget is spent: out->len has reached limit (render_limit).
 * Sets *cut, which then stays set: a renderer stops taking nodes at the
 * first check past its limit. */
static inline int render_full(const buf *out, size_t limit, int *cut)
{
    if (out->len >= limit)
        *cut = 1;
    return *cut;
}

/* render_full on a renderer's state: each has the fields `buf *out`,
 * `size_t limit` and `int cut` for it. */
#define RENDER_FULL(st) render_full((st)->out, (st)->limit, &(st)->cut)

/* Defines `static void NAME(STATE_T *st, const dom_node *root)`: the
 * pre-order walk every renderer uses, without recursion. ENTER(st, n)
 * returns nonzero to descend into n's children; LEAVE(st, n) runs after
 * the children of every node that was descended into (or right away for a
 * visited node without children). Once the output budget is spent
 * (RENDER_FULL) no further node is entered, but every open ancestor is
 * still left, so the output stays well-formed. A macro rather than a
 * function taking callbacks, so each renderer's enter/leave stay direct,
 * inlinable calls on the hottest loop of the output stage. */
#define RENDER_DEFINE_WALK(NAME, STATE_T, ENTER, LEAVE)                   \
    static void NAME(STATE_T *st, const dom_node *root)                   \
    {                                                                     \
        const dom_node *n = root;                                         \
        for (;;) {                                                        \
            int visit = !RENDER_FULL(st) && ENTER(st, n);                 \
            if (visit && n->first_child) {                                \
                n = n->first_child;                                       \
                continue;                                                 \
            }                                                             \
            if (visit)                                                    \
                LEAVE(st, n);                                             \
            for (;;) {                                                    \
                if (n == root)                                            \
                    return;                                               \
                if (n->next && !RENDER_FULL(st)) {                        \
                    n = n->next;                                          \
                    break;                                                \
                }                                                         \
                n = n->parent;                                            \
                LEAVE(st, n);                                             \
            }                                                             \
        }                                                                 \
    }

/* The base URL for links, parsed once per page into storage/u: an
 * http(s) or ftp <base href> (resolved against the page's address, as a
 * browser does), else the URL the caller gave, else the canonical URL the
 * page declares. NULL when there is none (or it is over LEDE_URL_MAX). */
const url_t *render_base(const lede_article *art, buf *storage, url_t *u);

/* Appends href resolved against base by the WHATWG URL parser
 * (core/url.h) to out. Returns 0 (appending nothing) for links that lead
 * nowhere a reader can follow: empty, fragment-only, javascript:, data:,
 * vbscript:, file: (a page author's local disk), ones the parser rejects,
 * and results over LEDE_URL_MAX. When base is NULL a relative href is kept
 * as written (trimmed, tabs and newlines removed). */
int render_put_url(buf *out, const url_t *base, const char *href);

/* The address of an image: src, else a lazy-loading attribute (data-src,
 * data-original...), else the first srcset candidate (copied into tmp).
 * NULL when there is none. */
const char *render_img_src(const dom_node *img, char *tmp, size_t tmp_size);

/* The number of columns of a data table (at least 2), or 0 for a layout
 * table. Data tables are the ones the Markdown output writes as pipe
 * tables and the tables switch leaves out (render.c). */
int render_table_columns(const dom_node *table);

/* Appends s[0..len) as the contents (no quotes) of a JSON string, or of a
 * YAML double-quoted scalar: escapes quotes, backslash, control characters
 * and line separators, each format the ones it needs (escape.c); invalid
 * UTF-8 becomes U+FFFD. */
void json_put_escaped(buf *out, const char *s, size_t len);
void yaml_put_escaped(buf *out, const char *s, size_t len);

/* Heading level 1..6 of an element, 0 if it is not h1..h6. */
static inline int render_heading_level(const dom_node *n)
{
    switch (n->tag) {
    case TAG_H1: return 1;
    case TAG_H2: return 2;
    case TAG_H3: return 3;
    case TAG_H4: return 4;
    case TAG_H5: return 5;
    case TAG_H6: return 6;
    default: return 0;
    }
}

#endif

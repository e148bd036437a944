/* treebuilder.c: html_parse(), the HTML5 tree builder, written for article
 * extraction (see docs/parser.md).
 *
 * From the spec: implied html/head/body, head elements placed in head,
 * implied end tags (p, li, dd, dt, option, ruby, table parts, headings), the
 * scope rules for end tags, raw-text elements driving the tokenizer, foreign
 * content (svg, math) with its breakout tags and integration points, </p>
 * and </br>, self-closing honoured only on void and foreign elements, the
 * table modes (implied tbody/tr/colgroup, foster parenting), active
 * formatting elements with reconstruction, the adoption agency algorithm,
 * the form element pointer, quirks mode (for <p><table> only).
 * Simplified: insertion modes are derived from the stack instead of kept,
 * "in select" is partial, template content stays as ordinary children, no
 * frameset handling, and the bounded steps noted below.
 *
 * Linear time on every input: the stack of open elements keeps, per entry,
 * the index of the nearest element below it of each scope-boundary class,
 * and per tag the index of its topmost open element (a chain through the
 * stack), so "is X in scope" is two array reads. Popping is amortised O(1)
 * (each element is pushed once). Work that the spec leaves unbounded is
 * capped: 32 active formatting elements, 64 stack entries rebuilt by the
 * adoption agency or a </form>, 64 same-hash entries searched for a name;
 * depth and node count are limited. */
#include <stdlib.h>
#include <string.h>

#include "core/chars.h"
#include "parse.h"
#include "tokenizer.h"

/* The parse's default caps (docs/parser.md, "Limits and linear time"):
 * 2,000,000 nodes bound a hostile page's memory and time; depth 512 is
 * Blink's cap, so a page nests no deeper here than in a browser. */
#define TB_DEFAULT_MAX_NODES 2000000u
#define TB_DEFAULT_MAX_DEPTH 512u
#define TB_HBUCKETS 256u                   /* hash keys for unknown / foreign names */
#define TB_KEY_UNKNOWN TAG__COUNT          /* + hash: unknown HTML element names */
#define TB_KEY_FOREIGN (TAG__COUNT + TB_HBUCKETS) /* + hash: svg / MathML elements */
#define TB_NKEYS (TAG__COUNT + 2 * TB_HBUCKETS)
#define TB_CHAIN_WALK 64                   /* most same-hash entries examined per end tag */
#define TB_MERGE_ATTRS_MAX 64              /* <html>/<body> attribute merging stops here (each
                                            * merge is O(old*new): the cap keeps it linear) */
#define TB_MERGE_TEXT_MAX 1024             /* a later flush extends a text node other than the
                                            * last one extended only while it is shorter */
#define TB_AFE_MAX 32                      /* active formatting elements kept (reopen work cap) */
#define TB_AAA_SPAN 64                     /* adoption agency: most stack entries above the
                                            * formatting element it rebuilds; beyond, a plain pop */

/* Tree-builder categories of HTML tags. */
enum {
    TBC_SCOPE = 1,       /* boundary of the default scope */
    TBC_LIST = 2,        /* extra boundary of list item scope (ol, ul) */
    TBC_BUTTON = 4,      /* extra boundary of button scope */
    TBC_TABLE = 8,       /* boundary of table scope (html, table, template) */
    TBC_SPECIAL = 16,    /* the spec's "special" category */
    TBC_CLOSE_P = 32,    /* start tag closes an open p in button scope */
    TBC_NOT_ADP = 64     /* special, but the li/dd/dt walk passes it (address, div, p) */
};

/* Foreign-element flags kept on stack entries. */
enum {
    TBF_HTML_IP = 1,     /* HTML integration point (svg foreignObject/desc/title, annotation-xml html) */
    TBF_MATH_TIP = 2,    /* MathML text integration point (mi mo mn ms mtext) */
    TBF_ANNOT = 4,       /* MathML annotation-xml */
    TBF_SCOPE = 8,       /* foreign scope boundary */
    TBF_SPECIAL = 16
};

static uint8_t tb_tag_cat(tag_id t)
{
    switch (t) {
    case TAG_APPLET: case TAG_CAPTION: case TAG_TD: case TAG_TH: case TAG_OBJECT:
        return TBC_SCOPE | TBC_SPECIAL;
    case TAG_HTML: case TAG_TABLE: case TAG_TEMPLATE:
        return TBC_SCOPE | TBC_TABLE | TBC_SPECIAL;
    case TAG_OL: case TAG_UL:
        return TBC_LIST | TBC_SPECIAL | TBC_CLOSE_P;
    case TAG_BUTTON:
        return TBC_BUTTON | TBC_SPECIAL;
    case TAG_ADDRESS: case TAG_DIV: case TAG_P:
        return TBC_SPECIAL | TBC_CLOSE_P | TBC_NOT_ADP;
    case TAG_ARTICLE: case TAG_ASIDE: case TAG_BLOCKQUOTE: case TAG_CENTER: case TAG_DETAILS:
    case TAG_DIR: case TAG_DL: case TAG_FIELDSET: case TAG_FIGCAPTION: case TAG_FIGURE:
    case TAG_FOOTER: case TAG_HEADER: case TAG_HGROUP: case TAG_MAIN: case TAG_MENU:
    case TAG_NAV: case TAG_SECTION: case TAG_SUMMARY:
        return TBC_SPECIAL | TBC_CLOSE_P;
    case TAG_DIALOG:
        return TBC_CLOSE_P;
    case TAG_AREA: case TAG_BASE: case TAG_BASEFONT: case TAG_BODY: case TAG_BR: case TAG_COL:
    case TAG_COLGROUP: case TAG_DD: case TAG_DT: case TAG_EMBED: case TAG_FORM: case TAG_FRAME:
    case TAG_FRAMESET: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5:
    case TAG_H6: case TAG_HEAD: case TAG_HR: case TAG_IFRAME: case TAG_IMG: case TAG_INPUT:
    case TAG_KEYGEN: case TAG_LI: case TAG_LINK: case TAG_LISTING: case TAG_META:
    case TAG_NOEMBED: case TAG_NOFRAMES: case TAG_NOSCRIPT: case TAG_PARAM: case TAG_PLAINTEXT:
    case TAG_PRE: case TAG_SCRIPT: case TAG_SELECT: case TAG_SOURCE: case TAG_STYLE:
    case TAG_TBODY: case TAG_TEXTAREA: case TAG_TFOOT: case TAG_THEAD: case TAG_TITLE:
    case TAG_TR: case TAG_TRACK: case TAG_WBR: case TAG_XMP:
        return TBC_SPECIAL;
    default:
        return 0;
    }
}

typedef struct tb_entry {
    dom_node *node;
    uint32_t key;
    int32_t prev_same;       /* previous open entry with the same key, or -1 */
    int32_t scope_below;     /* nearest default-scope boundary at or below this entry */
    int32_t list_below;      /* ... list item scope */
    int32_t button_below;    /* ... button scope */
    int32_t table_below;     /* ... table scope */
    int32_t special_below;   /* nearest special element */
    int32_t walk_below;      /* nearest special element other than address/div/p/li/dd/dt */
    int32_t html_below;      /* nearest HTML-namespace element */
    int32_t mode_below;      /* nearest element that decides the spec's insertion mode
                              * (table parts, caption, colgroup, template, select, body, html) */
    uint16_t tag;
    uint8_t ns;
    uint8_t fflags;
} tb_entry;

enum { M_INITIAL, M_BEFORE_HEAD, M_IN_HEAD, M_AFTER_HEAD, M_BODY, M_TEXT };

typedef struct tb_t {
    dom_document *doc;
    tok_t *tok;
    tb_entry *stack;
    size_t depth, cap;
    int32_t top_of[TB_NKEYS];
    int mode, text_return;
    uint32_t max_nodes, max_depth;
    int stopped;                 /* node cap reached or out of memory */
    int oom;
    int skip_lf;                 /* drop a LF right after <pre>, <listing>, <textarea> */
    /* pending character data and the node it goes into (merged text) */
    dom_node *text_parent;
    buf text;
    /* fast tag-name lookup: open addressing over tag_names */
    uint16_t tag_slot[512];
    uint8_t tag_len[TAG__COUNT];
    /* The list of active formatting elements (node NULL = marker), capped
     * at TB_AFE_MAX so reconstruction costs at most that many elements per
     * token. idx is the element's stack index while it is open. */
    struct {
        dom_node *node;
        int32_t idx;
    } afe[TB_AFE_MAX];
    int nafe;
    int moved;                   /* the adoption agency moved nodes: renumber ids at the end */
    dom_node *form;              /* the spec's form element pointer */
    int quirks;                  /* the document is in quirks mode (no or legacy DOCTYPE) */
    int fostering;               /* insertions into table structure go before the table */
    const char *in;              /* the (normalised) input: text pointing into it is stable */
    size_t in_len;
    const char *pend;            /* pending text still in the input, not yet copied to `text` */
    size_t pend_len;
    dom_node *grow;              /* last text node extended by a merge, and its capacity */
    size_t grow_cap;
    dom_node *text_before;       /* pending text goes before this node (fostered), or appended */
} tb_t;

/* ---- names ------------------------------------------------------------- */

static uint32_t tb_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32); /* case-insensitive: foreign names are mixed case */
        h = (h ^ c) * 16777619u;
    }
    return h;
}

static void tb_init_tags(tb_t *tb)
{
    memset(tb->tag_slot, 0, sizeof tb->tag_slot);
    for (unsigned i = 1; i < TAG__COUNT; i++) {
        const char *nm = tag_names[i];
        tb->tag_len[i] = (uint8_t)strlen(nm);
        uint32_t h = tb_hash(nm, tb->tag_len[i]) & 511u;
        while (tb->tag_slot[h])
            h = (h + 1) & 511u;
        tb->tag_slot[h] = (uint16_t)i;
    }
}

static tag_id tb_lookup(const tb_t *tb, const char *name, size_t len)
{
    if (len == 0 || len > 10)
        return TAG_UNKNOWN; /* longest known name is 10 bytes (blockquote, figcaption) */
    uint32_t h = tb_hash(name, len) & 511u;
    for (;;) {
        uint16_t t = tb->tag_slot[h];
        if (!t)
            return TAG_UNKNOWN;
        if (tb->tag_len[t] == len && memcmp(tag_names[t], name, len) == 0)
            return (tag_id)t;
        h = (h + 1) & 511u;
    }
}

static int tb_name_is(const char *a, size_t alen, const char *lit)
{
    size_t n = strlen(lit);
    return alen == n && memcmp(a, lit, n) == 0;
}

/* Case-insensitive equality (ASCII) for foreign element names. */
static int tb_name_eq_ci(const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen != blen)
        return 0;
    for (size_t i = 0; i < alen; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}

/* SVG element names the tokenizer lower-cased; the tree uses the real case. */
static const char *const tb_svg_names[] = {
    "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion",
    "animateTransform", "clipPath", "feBlend", "feColorMatrix", "feComponentTransfer",
    "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
    "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
    "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
    "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    "foreignObject", "glyphRef", "linearGradient", "radialGradient", "textPath",
};

static const char *tb_svg_case(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof tb_svg_names / sizeof *tb_svg_names; i++)
        if (tb_name_eq_ci(name, len, tb_svg_names[i], strlen(tb_svg_names[i])))
            return tb_svg_names[i];
    return NULL;
}

/* Unknown-to-tags.h HTML names that still have tree-building rules. */
static uint8_t tb_unknown_cat(const char *name, size_t len)
{
    if (tb_name_is(name, len, "marquee"))
        return TBC_SCOPE | TBC_SPECIAL;
    if (tb_name_is(name, len, "search"))
        return TBC_SPECIAL | TBC_CLOSE_P;
    if (tb_name_is(name, len, "bgsound"))
        return TBC_SPECIAL;
    return 0;
}

/* ---- stack ------------------------------------------------------------- */

static inline tb_entry *tb_top(tb_t *tb) { return tb->depth ? &tb->stack[tb->depth - 1] : NULL; }

static int tb_push(tb_t *tb, dom_node *node, uint32_t key, uint8_t cat, uint8_t fflags)
{
    if (tb->depth == tb->cap) {
        size_t cap = tb->cap ? tb->cap * 2 : 256;
        tb_entry *n = realloc(tb->stack, cap * sizeof *n);
        if (!n) {
            tb->oom = tb->stopped = 1;
            return 0;
        }
        tb->stack = n;
        tb->cap = cap;
    }
    int32_t i = (int32_t)tb->depth;
    tb_entry *e = &tb->stack[i];
    const tb_entry *below = i ? &tb->stack[i - 1] : NULL;
    e->node = node;
    e->key = key;
    e->tag = node->tag;
    e->ns = node->ns;
    e->fflags = fflags;
    e->prev_same = tb->top_of[key];
    tb->top_of[key] = i;
    int html = node->ns == NS_HTML;
    int scope = html ? (cat & TBC_SCOPE) != 0 : (fflags & TBF_SCOPE) != 0;
    int special = html ? (cat & TBC_SPECIAL) != 0 : (fflags & TBF_SPECIAL) != 0;
    int walk = special && !(html && ((cat & TBC_NOT_ADP) || node->tag == TAG_LI ||
                                     node->tag == TAG_DD || node->tag == TAG_DT));
#define TB_BELOW(field, cond) e->field = (cond) ? i : below ? below->field : -1
    TB_BELOW(scope_below, scope);
    TB_BELOW(list_below, scope || (html && (cat & TBC_LIST)));
    TB_BELOW(button_below, scope || (html && (cat & TBC_BUTTON)));
    TB_BELOW(table_below, html && (cat & TBC_TABLE));
    TB_BELOW(special_below, special);
    TB_BELOW(walk_below, walk);
    TB_BELOW(html_below, html);
    TB_BELOW(mode_below, html && (node->tag == TAG_TABLE || node->tag == TAG_TBODY || node->tag == TAG_THEAD ||
                                  node->tag == TAG_TFOOT || node->tag == TAG_TR || node->tag == TAG_TD ||
                                  node->tag == TAG_TH || node->tag == TAG_CAPTION || node->tag == TAG_COLGROUP ||
                                  node->tag == TAG_TEMPLATE || node->tag == TAG_SELECT || node->tag == TAG_BODY ||
                                  node->tag == TAG_HTML));
#undef TB_BELOW
    if (tb->depth + 1 > tb->doc->max_depth_seen)
        tb->doc->max_depth_seen = (uint32_t)(tb->depth + 1 < tb->max_depth ? tb->depth + 1 : tb->max_depth);
    tb->depth++;
    return 1;
}

static int tb_is_marker_el(const dom_node *n)
{
    if (n->ns != NS_HTML)
        return 0;
    switch (n->tag) {
    case TAG_APPLET: case TAG_OBJECT: case TAG_TEMPLATE: case TAG_TD: case TAG_TH: case TAG_CAPTION:
        return 1;
    case TAG_UNKNOWN:
        return n->name_len == 7 && memcmp(n->name, "marquee", 7) == 0;
    default:
        return 0;
    }
}

/* Closing a cell, caption, applet, object, marquee or template forgets the
 * formatting elements opened inside it (up to the marker it pushed). */
static void tb_afe_clear_to_marker(tb_t *tb)
{
    while (tb->nafe > 0) {
        tb->nafe--;
        if (!tb->afe[tb->nafe].node)
            break;
    }
}

static void tb_pop(tb_t *tb)
{
    if (!tb->depth)
        return;
    tb_entry *e = &tb->stack[--tb->depth];
    tb->top_of[e->key] = e->prev_same;
    if (tb->nafe && tb_is_marker_el(e->node))
        tb_afe_clear_to_marker(tb);
    if (tb->mode == M_BODY && tb->depth && tb->stack[tb->depth - 1].tag == TAG_HEAD &&
        tb->stack[tb->depth - 1].ns == NS_HTML)
        tb->mode = M_IN_HEAD; /* a <template> in head closed */
}

/* Pops entries until index i has been popped. */
static void tb_pop_to(tb_t *tb, int32_t i)
{
    if (i < 1)
        i = 1; /* never pop the root html element */
    while ((int32_t)tb->depth > i)
        tb_pop(tb);
}

/* Is the topmost open `tag` inside the scope whose boundaries are recorded
 * in `below` (the entry of the current node)? The target itself may be a
 * boundary: the spec's walk checks the target first. */
static int32_t tb_in_scope_at(const tb_t *tb, tag_id tag, int32_t boundary)
{
    int32_t t = tb->top_of[tag];
    return (t >= 0 && t >= boundary) ? t : -1;
}

static int32_t tb_in_scope(const tb_t *tb, tag_id tag)
{
    return tb->depth ? tb_in_scope_at(tb, tag, tb->stack[tb->depth - 1].scope_below) : -1;
}
static int32_t tb_in_button_scope(const tb_t *tb, tag_id tag)
{
    return tb->depth ? tb_in_scope_at(tb, tag, tb->stack[tb->depth - 1].button_below) : -1;
}
static int32_t tb_in_list_scope(const tb_t *tb, tag_id tag)
{
    return tb->depth ? tb_in_scope_at(tb, tag, tb->stack[tb->depth - 1].list_below) : -1;
}
static int32_t tb_in_table_scope(const tb_t *tb, tag_id tag)
{
    return tb->depth ? tb_in_scope_at(tb, tag, tb->stack[tb->depth - 1].table_below) : -1;
}

static int32_t tb_max(int32_t a, int32_t b) { return a > b ? a : b; }

/* ---- node creation ------------------------------------------------------ */

static int tb_room(tb_t *tb)
{
    if (tb->stopped)
        return 0;
    if (tb->doc->node_count >= tb->max_nodes) {
        tb->doc->truncated = 1;
        tb->stopped = 1;
        return 0;
    }
    return 1;
}

/* Writes the pending character data as one text node (appended to its
 * parent, or inserted before text_before when foster-parented). Merges with
 * a text node already in that place (rare: text resumed there after an
 * insertion elsewhere) while that node is short, so repeated merges cannot
 * re-copy a long text over and over. */
static void tb_flush_text(tb_t *tb)
{
    const char *data = tb->pend_len ? tb->pend : tb->text.data;
    size_t len = tb->pend_len ? tb->pend_len : tb->text.len;
    tb->pend_len = 0;
    if (!tb->text_parent || !len) {
        tb->text_parent = NULL;
        buf_clear(&tb->text);
        return;
    }
    dom_node *p = tb->text_parent, *before = tb->text_before;
    tb->text_parent = NULL;
    tb->text_before = NULL;
    if (tb->text.oom) {
        tb->oom = tb->stopped = 1;
        return;
    }
    dom_node *prev = before ? before->prev : p->last_child;
    if (prev && prev->type == DOM_TEXT && (prev == tb->grow || prev->text_len < TB_MERGE_TEXT_MAX)) {
        /* Extend the text node already there. The node extended last keeps
         * spare capacity (doubling), so repeated merges into it are
         * amortised O(1); any other node is copied once, and only while
         * short, so no input can make merges re-copy long texts. */
        size_t n = prev->text_len + len;
        if (prev == tb->grow && n + 1 <= tb->grow_cap) {
            char *t = (char *)prev->text; /* our own arena memory */
            memcpy(t + prev->text_len, data, len);
            t[n] = '\0';
        } else {
            size_t cap = (n + 1) * 2;
            char *t = arena_alloc(&tb->doc->mem, cap);
            if (!t) {
                tb->oom = tb->stopped = 1;
                buf_clear(&tb->text);
                return;
            }
            memcpy(t, prev->text, prev->text_len);
            memcpy(t + prev->text_len, data, len);
            t[n] = '\0';
            prev->text = t;
            tb->grow = prev;
            tb->grow_cap = cap;
        }
        prev->text_len = (uint32_t)n;
        buf_clear(&tb->text);
        return;
    }
    if (!tb_room(tb)) {
        buf_clear(&tb->text);
        return;
    }
    dom_node *t = dom_new_text(tb->doc, data, len);
    buf_clear(&tb->text);
    if (!t) {
        tb->oom = tb->stopped = 1;
        return;
    }
    if (before)
        dom_insert_before(p, t, before);
    else
        dom_append(p, t);
}

/* Queues text for `parent` (before `before`, or appended). Text that
 * points into the input is kept as a pointer until a second, non-adjacent
 * piece arrives: most text nodes are then copied once, into the arena. */
static void tb_add_text_at(tb_t *tb, dom_node *parent, dom_node *before, const char *s, size_t n)
{
    if (!n)
        return;
    if (tb->text_parent != parent || tb->text_before != before)
        tb_flush_text(tb);
    tb->text_parent = parent;
    tb->text_before = before;
    int stable = s >= tb->in && s + n <= tb->in + tb->in_len;
    if (stable && !tb->text.len && !tb->pend_len) {
        tb->pend = s;
        tb->pend_len = n;
        return;
    }
    if (stable && tb->pend_len && tb->pend + tb->pend_len == s) {
        tb->pend_len += n;
        return;
    }
    if (tb->pend_len) {
        buf_put(&tb->text, tb->pend, tb->pend_len);
        tb->pend_len = 0;
    }
    buf_put(&tb->text, s, n);
}

static void tb_add_text(tb_t *tb, dom_node *parent, const char *s, size_t n)
{
    tb_add_text_at(tb, parent, NULL, s, n);
}

/* Text with NUL characters in it: each NUL becomes nul[0..nul_len)
 * (U+FFFD in foreign content; nothing in body, where the spec drops
 * them). Inlined: the body's every text token comes here. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void tb_add_text_nul(tb_t *tb, dom_node *parent, dom_node *before, const char *s, size_t n,
                                   const char *nul, size_t nul_len)
{
    while (n) {
        const char *z = memchr(s, 0, n);
        size_t k = z ? (size_t)(z - s) : n;
        tb_add_text_at(tb, parent, before, s, k);
        if (!z)
            break;
        tb_add_text_at(tb, parent, before, nul, nul_len);
        s += k + 1;
        n -= k + 1;
    }
}


/* table, tbody, thead, tfoot or tr in the HTML namespace: the table
 * structure under which misplaced content is foster-parented (the spec's
 * "in table", "in table body" and "in row" modes, and the adoption
 * agency's common ancestor). */
static int tb_is_table_structure(uint8_t ns, uint16_t tag)
{
    return ns == NS_HTML &&
           (tag == TAG_TABLE || tag == TAG_TBODY || tag == TAG_THEAD || tag == TAG_TFOOT || tag == TAG_TR);
}

/* Table structure is the current node: the spec's "in table", "in table
 * body" and "in row" modes, where misplaced content is foster-parented. */
static int tb_table_context(const tb_t *tb)
{
    if (!tb->depth)
        return 0;
    const tb_entry *e = &tb->stack[tb->depth - 1];
    return tb_is_table_structure(e->ns, e->tag);
}

/* The spec's insertion mode is a table mode ("in table", "in table body",
 * "in row"): the nearest mode-deciding element on the stack is table
 * structure, even when a foster-parented element is the current node. */
static int tb_table_mode(const tb_t *tb)
{
    if (!tb->depth)
        return 0;
    int32_t m = tb->stack[tb->depth - 1].mode_below;
    if (m < 0)
        return 0;
    const tb_entry *e = &tb->stack[m];
    return tb_is_table_structure(e->ns, e->tag);
}

/* Foster parent: the last open table's parent, inserting before the table
 * (or the element below the table on the stack if it has no parent). Sets
 * *before to the table, or NULL for an append. */
static dom_node *tb_foster_target(const tb_t *tb, dom_node **before)
{
    int32_t t = tb->top_of[TAG_TABLE];
    *before = NULL;
    if (t < 1)
        return tb->stack[tb->depth - 1].node;
    dom_node *table = tb->stack[t].node;
    if (table->parent) {
        *before = table;
        return table->parent;
    }
    return tb->stack[t - 1].node;
}

/* Inserts node where foster parenting puts it (tb_foster_target): before
 * the last open table, or as the last child of the element standing in
 * for the table's parent. */
static void tb_foster_insert(const tb_t *tb, dom_node *node)
{
    dom_node *before;
    dom_node *fp = tb_foster_target(tb, &before);
    if (before)
        dom_insert_before(fp, node, before);
    else
        dom_append(fp, node);
}

/* Where a new element goes: the current node, or at the depth cap the
 * element there (deeper start tags become its children, nesting no more). */
static dom_node *tb_insert_parent(tb_t *tb)
{
    if (!tb->depth)
        return tb->doc->root;
    if (tb->depth >= tb->max_depth) {
        tb->doc->truncated = 1;
        return tb->stack[tb->max_depth - 1].node;
    }
    return tb->stack[tb->depth - 1].node;
}

/* The spec's "insert a comment": the comment token as the last child of
 * parent, or (NULL) of the appropriate place for inserting a node. */
static void tb_insert_comment(tb_t *tb, const tok_token *tk, dom_node *parent)
{
    tb_flush_text(tb);
    if (!tb_room(tb))
        return;
    dom_node *c = dom_new_comment(tb->doc, tk->data, tk->len);
    if (c)
        dom_append(parent ? parent : tb_insert_parent(tb), c);
}

static int tb_copy_attrs(tb_t *tb, dom_node *el, const tok_token *tk)
{
    if (!tk->nattrs)
        return 1;
    dom_attr *a = arena_alloc(&tb->doc->mem, tk->nattrs * sizeof *a);
    if (!a)
        return 0;
    for (size_t i = 0; i < tk->nattrs; i++) {
        const tok_attr *ta = &tk->attrs[i];
        a[i].name = arena_strndup(&tb->doc->mem, ta->name, ta->name_len);
        a[i].value = arena_strndup(&tb->doc->mem, ta->value, ta->value_len);
        if (!a[i].name || !a[i].value)
            return 0;
        a[i].name_len = (uint32_t)ta->name_len;
        a[i].value_len = (uint32_t)ta->value_len;
    }
    el->attrs = a;
    el->nattrs = (uint32_t)tk->nattrs;
    return 1;
}

/* Adds the token's attributes that `el` lacks (<html>/<body> seen again). */
static void tb_merge_attrs(tb_t *tb, dom_node *el, const tok_token *tk)
{
    if (!el || !tk->nattrs || el->nattrs + tk->nattrs > TB_MERGE_ATTRS_MAX)
        return;
    size_t add = 0;
    for (size_t i = 0; i < tk->nattrs; i++)
        if (!dom_attr_find(el, tk->attrs[i].name, tk->attrs[i].name_len))
            add++;
    if (!add)
        return;
    dom_attr *a = arena_alloc(&tb->doc->mem, (el->nattrs + add) * sizeof *a);
    if (!a)
        return;
    if (el->nattrs)
        memcpy(a, el->attrs, el->nattrs * sizeof *a);
    size_t n = el->nattrs;
    for (size_t i = 0; i < tk->nattrs; i++) {
        const tok_attr *ta = &tk->attrs[i];
        if (dom_attr_find(el, ta->name, ta->name_len))
            continue;
        a[n].name = arena_strndup(&tb->doc->mem, ta->name, ta->name_len);
        a[n].value = arena_strndup(&tb->doc->mem, ta->value, ta->value_len);
        if (!a[n].name || !a[n].value)
            return;
        a[n].name_len = (uint32_t)ta->name_len;
        a[n].value_len = (uint32_t)ta->value_len;
        n++;
    }
    el->attrs = a;
    el->nattrs = (uint32_t)n;
}

/* Creates an element for the token and appends it under `parent`. */
static dom_node *tb_make(tb_t *tb, dom_node *parent, tag_id tag, dom_ns ns, const char *name,
                         size_t name_len, const tok_token *tk)
{
    tb_flush_text(tb);
    if (!tb_room(tb))
        return NULL;
    dom_node *el = dom_new_element(tb->doc, tag, ns, name, name_len);
    if (!el || (tk && !tb_copy_attrs(tb, el, tk))) {
        tb->oom = tb->stopped = 1;
        return NULL;
    }
    if (tk && tk->self_closing && ns != NS_HTML)
        el->flags |= DOM_F_SELFCLOSE;
    if (tb->fostering && tb_table_context(tb) && tb->depth < tb->max_depth &&
        parent == tb->stack[tb->depth - 1].node) {
        tb_foster_insert(tb, el);
        return el;
    }
    dom_append(parent, el);
    return el;
}

static uint32_t tb_key(tag_id tag, dom_ns ns, const char *name, size_t len)
{
    if (ns != NS_HTML)
        return TB_KEY_FOREIGN + (tb_hash(name, len) & (TB_HBUCKETS - 1));
    if (tag != TAG_UNKNOWN)
        return tag;
    return TB_KEY_UNKNOWN + (tb_hash(name, len) & (TB_HBUCKETS - 1));
}

/* ---- active formatting elements ------------------------------------------ */

static void tb_afe_remove_at(tb_t *tb, int i)
{
    memmove(&tb->afe[i], &tb->afe[i + 1], (size_t)(tb->nafe - i - 1) * sizeof tb->afe[0]);
    tb->nafe--;
}

static void tb_afe_append(tb_t *tb, dom_node *node, int32_t idx)
{
    if (tb->nafe == TB_AFE_MAX)
        tb_afe_remove_at(tb, 0); /* full: forget the oldest entry */
    tb->afe[tb->nafe].node = node;
    tb->afe[tb->nafe].idx = idx;
    tb->nafe++;
}

static int tb_afe_open(const tb_t *tb, int i)
{
    int32_t idx = tb->afe[i].idx;
    return idx >= 0 && (size_t)idx < tb->depth && tb->stack[idx].node == tb->afe[i].node;
}

/* Same tag and the same attributes in the same order (the spec compares
 * them as sets; source order is what real pages repeat). */
static int tb_same_element(const dom_node *a, const dom_node *b)
{
    if (a->tag != b->tag || a->nattrs != b->nattrs || a->name_len != b->name_len ||
        memcmp(a->name, b->name, a->name_len) != 0)
        return 0;
    for (uint32_t i = 0; i < a->nattrs; i++)
        if (a->attrs[i].name_len != b->attrs[i].name_len || a->attrs[i].value_len != b->attrs[i].value_len ||
            memcmp(a->attrs[i].name, b->attrs[i].name, a->attrs[i].name_len) != 0 ||
            memcmp(a->attrs[i].value, b->attrs[i].value, a->attrs[i].value_len) != 0)
            return 0;
    return 1;
}

/* Pushes a formatting element; the "Noah's Ark" clause keeps at most three
 * identical ones after the last marker. */
static void tb_afe_push(tb_t *tb, dom_node *node, int32_t idx)
{
    int same = 0, earliest = -1;
    for (int i = tb->nafe - 1; i >= 0 && tb->afe[i].node; i--) {
        if (tb_same_element(tb->afe[i].node, node)) {
            same++;
            earliest = i;
        }
    }
    if (same >= 3)
        tb_afe_remove_at(tb, earliest);
    tb_afe_append(tb, node, idx);
}

/* Index in the list of the last `tag` element after the last marker, or -1. */
static int tb_afe_find(const tb_t *tb, tag_id tag)
{
    for (int i = tb->nafe - 1; i >= 0 && tb->afe[i].node; i--)
        if (tb->afe[i].node->tag == tag)
            return i;
    return -1;
}

static int tb_push(tb_t *tb, dom_node *node, uint32_t key, uint8_t cat, uint8_t fflags);

/* Reopens formatting elements that were closed implicitly (by </p>, a
 * block end tag...) but not by their own end tag: <p><b>x</p><p>y puts y in
 * a new <b>. Clones share the original's attribute array (read-only). */
static void tb_reconstruct(tb_t *tb)
{
    if (!tb->nafe)
        return;
    int i = tb->nafe - 1;
    if (!tb->afe[i].node || tb_afe_open(tb, i))
        return;
    while (i > 0 && tb->afe[i - 1].node && !tb_afe_open(tb, i - 1))
        i--;
    for (; i < tb->nafe; i++) {
        const dom_node *old = tb->afe[i].node;
        dom_node *el = tb_make(tb, tb_insert_parent(tb), (tag_id)old->tag, NS_HTML, old->name, old->name_len, NULL);
        if (!el)
            return;
        el->attrs = old->attrs;
        el->nattrs = old->nattrs;
        if (!tb_push(tb, el, old->tag, 0, 0))
            return;
        tb->afe[i].node = el;
        tb->afe[i].idx = (int32_t)tb->depth - 1;
    }
}

/* Inserts an HTML element for a start tag at the current position; pushes
 * it unless `push` is 0 (void elements). */
static dom_node *tb_insert_html(tb_t *tb, tag_id tag, const tok_token *tk, int push)
{
    const char *name = tk ? tk->data : tag_names[tag];
    size_t len = tk ? tk->len : strlen(tag_names[tag]);
    dom_node *el = tb_make(tb, tb_insert_parent(tb), tag, NS_HTML, name, len, tk);
    if (!el)
        return NULL;
    if (push) {
        uint8_t cat = tag != TAG_UNKNOWN ? tb_tag_cat(tag) : tb_unknown_cat(name, len);
        if (!tb_push(tb, el, tb_key(tag, NS_HTML, name, len), cat, 0))
            return NULL;
        if (tag_flags[tag] & TF_FORMATTING)
            tb_afe_push(tb, el, (int32_t)tb->depth - 1);
        else if (tb_is_marker_el(el))
            tb_afe_append(tb, NULL, -1);
    }
    return el;
}

/* ---- shared helpers ------------------------------------------------------ */

/* The spec's "generate implied end tags": pops dd, dt, li, optgroup,
 * option, p, rb, rp, rt, rtc from the top while the current node is one of
 * them (except `except`, an unknown-tag name or NULL). */
static void tb_implied_end_tags(tb_t *tb, const char *except)
{
    while (tb->depth > 1) {
        const dom_node *n = tb->stack[tb->depth - 1].node;
        if (n->ns != NS_HTML)
            return;
        int implied;
        switch (n->tag) {
        case TAG_DD: case TAG_DT: case TAG_LI: case TAG_OPTGROUP: case TAG_OPTION: case TAG_P:
        case TAG_RP: case TAG_RT:
            implied = 1;
            break;
        case TAG_UNKNOWN:
            implied = (tb_name_is(n->name, n->name_len, "rb") || tb_name_is(n->name, n->name_len, "rtc")) &&
                      !(except && tb_name_is(n->name, n->name_len, except));
            break;
        default:
            implied = 0;
        }
        if (!implied)
            return;
        tb_pop(tb);
    }
}

static void tb_close_p(tb_t *tb)
{
    int32_t i = tb_in_button_scope(tb, TAG_P);
    if (i >= 0)
        tb_pop_to(tb, i);
}


static size_t tb_ws_prefix(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && chars_is_space((unsigned char)s[i]))
        i++;
    return i;
}

static void tb_start_raw(tb_t *tb, tag_id tag, const tok_token *tk, tok_content_state st, dom_node *parent)
{
    dom_node *el = tb_make(tb, parent ? parent : tb_insert_parent(tb), tag, NS_HTML, tk->data, tk->len, tk);
    if (!el)
        return;
    if (!tb_push(tb, el, tag, tb_tag_cat(tag), 0))
        return;
    tok_set_state(tb->tok, st);
    tb->text_return = tb->mode;
    tb->mode = M_TEXT;
}

static void tb_ensure_html(tb_t *tb)
{
    if (tb->doc->html)
        return;
    dom_node *el = tb_make(tb, tb->doc->root, TAG_HTML, NS_HTML, "html", 4, NULL);
    if (!el)
        return;
    tb->doc->html = el;
    tb_push(tb, el, TAG_HTML, tb_tag_cat(TAG_HTML), 0);
}

static void tb_ensure_head(tb_t *tb, const tok_token *tk)
{
    tb_ensure_html(tb);
    if (tb->doc->head || tb->stopped)
        return;
    dom_node *el = tb_make(tb, tb->doc->html, TAG_HEAD, NS_HTML, "head", 4, tk);
    if (!el)
        return;
    tb->doc->head = el;
    tb_push(tb, el, TAG_HEAD, tb_tag_cat(TAG_HEAD), 0);
    tb->mode = M_IN_HEAD;
}

/* Leaves the head phase: pops head if open, creates body, mode in body. */
static void tb_start_body(tb_t *tb, const tok_token *tk)
{
    tb_ensure_head(tb, NULL);
    if (tb->stopped)
        return;
    int32_t h = tb->top_of[TAG_HEAD];
    if (h >= 0)
        tb_pop_to(tb, h);
    if (!tb->doc->body) {
        dom_node *el = tb_make(tb, tb->doc->html, TAG_BODY, NS_HTML, "body", 4, tk);
        if (!el)
            return;
        tb->doc->body = el;
        tb_push(tb, el, TAG_BODY, tb_tag_cat(TAG_BODY), 0);
    }
    tb->mode = M_BODY;
}

/* ---- in body -------------------------------------------------------------- */

static void tb_body_start(tb_t *tb, const tok_token *tk, tag_id tag);

/* Pops to the nearest open element at or above stack entry bound whose
 * name is end tag tk's (a tag without a tag_id, found through its key's
 * chain of open entries, at most TB_CHAIN_WALK of them); pops nothing
 * when there is none. */
static void tb_pop_to_named(tb_t *tb, const tok_token *tk, int32_t bound)
{
    uint32_t key = tb_key(TAG_UNKNOWN, NS_HTML, tk->data, tk->len);
    int steps = 0;
    for (int32_t t = tb->top_of[key]; t >= 0 && t >= bound && steps < TB_CHAIN_WALK;
         t = tb->stack[t].prev_same, steps++) {
        const dom_node *n = tb->stack[t].node;
        if (n->name_len == tk->len && memcmp(n->name, tk->data, tk->len) == 0) {
            tb_pop_to(tb, t);
            return;
        }
    }
}

/* The spec's "any other end tag": walk down from the current node; pop to
 * a matching element unless a special element comes first. */
static void tb_any_other_end(tb_t *tb, const tok_token *tk, tag_id tag)
{
    if (!tb->depth)
        return;
    int32_t stop = tb->stack[tb->depth - 1].special_below;
    if (tag != TAG_UNKNOWN) {
        int32_t t = tb->top_of[tag];
        if (t >= 0 && t >= stop)
            tb_pop_to(tb, t);
        return;
    }
    tb_pop_to_named(tb, tk, stop);
}

/* ---- adoption agency ------------------------------------------------------ */

static int tb_entry_special(const tb_entry *e)
{
    const dom_node *n = e->node;
    if (n->ns != NS_HTML)
        return (e->fflags & TBF_SPECIAL) != 0;
    uint8_t cat = n->tag != TAG_UNKNOWN ? tb_tag_cat((tag_id)n->tag) : tb_unknown_cat(n->name, n->name_len);
    return (cat & TBC_SPECIAL) != 0;
}

static int tb_afe_index_of(const tb_t *tb, const dom_node *n)
{
    for (int i = tb->nafe - 1; i >= 0; i--)
        if (tb->afe[i].node == n)
            return i;
    return -1;
}

static void tb_afe_insert_at(tb_t *tb, int at, dom_node *node)
{
    if (tb->nafe == TB_AFE_MAX) { /* full: drop the oldest */
        tb_afe_remove_at(tb, 0);
        if (at > 0)
            at--;
    }
    if (at > tb->nafe)
        at = tb->nafe;
    memmove(&tb->afe[at + 1], &tb->afe[at], (size_t)(tb->nafe - at) * sizeof tb->afe[0]);
    tb->afe[at].node = node;
    tb->afe[at].idx = -1;
    tb->nafe++;
}

/* A new element like `old` (same tag, namespace, shared attribute array). */
static dom_node *tb_clone(tb_t *tb, const dom_node *old)
{
    if (!tb_room(tb))
        return NULL;
    dom_node *el = dom_new_element(tb->doc, (tag_id)old->tag, (dom_ns)old->ns, old->name, old->name_len);
    if (!el) {
        tb->oom = tb->stopped = 1;
        return NULL;
    }
    el->attrs = old->attrs;
    el->nattrs = old->nattrs;
    return el;
}

/* Pops without the side effects of tb_pop (used to rebuild the stack). */
static void tb_raw_pop(tb_t *tb)
{
    tb_entry *e = &tb->stack[--tb->depth];
    tb->top_of[e->key] = e->prev_same;
}

static int tb_repush(tb_t *tb, dom_node *n, uint8_t fflags)
{
    uint8_t cat = 0;
    if (n->ns == NS_HTML)
        cat = n->tag != TAG_UNKNOWN ? tb_tag_cat((tag_id)n->tag) : tb_unknown_cat(n->name, n->name_len);
    return tb_push(tb, n, tb_key((tag_id)n->tag, (dom_ns)n->ns, n->name, n->name_len), cat, fflags);
}

/* Pushes back L[0..n) (entry flags LF), elements that were popped to take
 * one below them off the stack or to put one in between, and points their
 * formatting-list entries at their new stack entries. 0 when the stack
 * refused one (the rest stay closed). */
static int tb_repush_all(tb_t *tb, dom_node *const *L, const uint8_t *LF, int n)
{
    for (int k = 0; k < n; k++) {
        if (!tb_repush(tb, L[k], LF[k]))
            return 0;
        int a = tb_afe_index_of(tb, L[k]);
        if (a >= 0)
            tb->afe[a].idx = (int32_t)tb->depth - 1;
    }
    return 1;
}

/* Removes stack entry i, keeping the entries above it open (the spec's
 * "remove node from the stack"): they are popped and pushed back so their
 * scope indexes stay right. More than TB_AAA_SPAN entries above: pops to i
 * instead (bounded work). */
static void tb_remove_entry(tb_t *tb, int32_t i)
{
    int32_t top = (int32_t)tb->depth - 1;
    if (i < 1 || i > top)
        return;
    if (top - i > TB_AAA_SPAN || tb->depth >= tb->max_depth) {
        tb_pop_to(tb, i);
        return;
    }
    dom_node *L[TB_AAA_SPAN + 1];
    uint8_t LF[TB_AAA_SPAN + 1];
    int n = 0;
    for (int32_t k = i + 1; k <= top; k++) {
        L[n] = tb->stack[k].node;
        LF[n] = tb->stack[k].fflags;
        n++;
    }
    while ((int32_t)tb->depth > i + 1)
        tb_raw_pop(tb);
    tb_pop(tb); /* entry i itself, with the usual side effects */
    tb_repush_all(tb, L, LF, n);
}

/* The spec's adoption agency algorithm for a formatting end tag (13.2.6.4.7,
 * "any other end tag" steps included). The stack entries from the
 * formatting element up are copied into a small array, rearranged there, and
 * pushed back, which keeps the per-entry scope indexes right; when more than
 * TB_AAA_SPAN entries sit above the formatting element (or the depth cap is
 * in play) it falls back to popping to the element. No foster parenting. */
static void tb_adoption(tb_t *tb, const tok_token *tk, tag_id tag)
{
    for (int outer = 0; outer < 8; outer++) {
        int f = tb_afe_find(tb, tag);
        if (f < 0) {
            if (outer == 0)
                tb_any_other_end(tb, tk, tag);
            return;
        }
        if (!tb_afe_open(tb, f)) {
            tb_afe_remove_at(tb, f);
            return;
        }
        int32_t fi = tb->afe[f].idx;
        if (fi < tb->stack[tb->depth - 1].scope_below)
            return; /* open but not in scope: ignored */
        int32_t top = (int32_t)tb->depth - 1, fb = -1;
        if (top - fi > TB_AAA_SPAN || tb->depth >= tb->max_depth || fi < 1) {
            tb_afe_remove_at(tb, f);
            tb_pop_to(tb, fi);
            return;
        }
        for (int32_t k = fi + 1; k <= top; k++)
            if (tb_entry_special(&tb->stack[k])) {
                fb = k;
                break;
            }
        if (fb < 0 || (size_t)tb->doc->node_count + (size_t)(fb - fi) + 2 > tb->max_nodes) {
            /* No furthest block: pop to the element. Also when the clones
             * could hit the node cap midway (which would strand a detached
             * subtree): then the parse is about to stop anyway. */
            tb_afe_remove_at(tb, f);
            tb_pop_to(tb, fi);
            return;
        }
        tb_flush_text(tb);
        /* L[0..n): the stack from the formatting element to the top */
        dom_node *L[TB_AAA_SPAN + 2];
        uint8_t LF[TB_AAA_SPAN + 2];
        int n = 0;
        for (int32_t k = fi; k <= top; k++) {
            L[n] = tb->stack[k].node;
            LF[n] = tb->stack[k].fflags;
            n++;
        }
        dom_node *fe = L[0], *fbn = L[fb - fi];
        dom_node *common = tb->stack[fi - 1].node;
        int bookmark = f;
        int pos = fb - fi;
        dom_node *last = fbn;
        for (int inner = 1;; inner++) {
            pos--;
            dom_node *node = L[pos];
            if (node == fe)
                break;
            int a = tb_afe_index_of(tb, node);
            if (inner > 3 && a >= 0) {
                tb_afe_remove_at(tb, a);
                if (a < bookmark)
                    bookmark--;
                a = -1;
            }
            if (a < 0) { /* not a formatting element: drop it from the stack */
                memmove(&L[pos], &L[pos + 1], (size_t)(n - pos - 1) * sizeof L[0]);
                memmove(&LF[pos], &LF[pos + 1], (size_t)(n - pos - 1) * sizeof LF[0]);
                n--;
                continue;
            }
            dom_node *clone = tb_clone(tb, node);
            if (!clone)
                return;
            tb->afe[a].node = clone;
            L[pos] = clone;
            if (last == fbn)
                bookmark = a + 1;
            dom_detach(last);
            dom_append(clone, last);
            last = clone;
        }
        dom_detach(last);
        if (tb_is_table_structure(common->ns, common->tag)) {
            /* the common ancestor is table structure: foster-parent */
            tb_foster_insert(tb, last);
        } else {
            dom_append(common, last);
        }
        dom_node *fclone = tb_clone(tb, fe);
        if (!fclone)
            return;
        /* the furthest block's children move into the clone */
        fclone->first_child = fbn->first_child;
        fclone->last_child = fbn->last_child;
        for (dom_node *c = fclone->first_child; c; c = c->next)
            c->parent = fclone;
        fbn->first_child = fbn->last_child = NULL;
        dom_append(fbn, fclone);
        /* formatting list: the clone replaces fe at the bookmark */
        int fa = tb_afe_index_of(tb, fe);
        if (fa >= 0) {
            tb_afe_remove_at(tb, fa);
            if (fa < bookmark)
                bookmark--;
        }
        tb_afe_insert_at(tb, bookmark, fclone);
        /* stack: fe leaves, the clone goes right above the furthest block */
        int fbpos = -1;
        for (int k = 0; k < n; k++)
            if (L[k] == fbn)
                fbpos = k;
        memmove(&L[0], &L[1], (size_t)(n - 1) * sizeof L[0]);
        memmove(&LF[0], &LF[1], (size_t)(n - 1) * sizeof LF[0]);
        n--;
        fbpos--;
        memmove(&L[fbpos + 2], &L[fbpos + 1], (size_t)(n - fbpos - 1) * sizeof L[0]);
        memmove(&LF[fbpos + 2], &LF[fbpos + 1], (size_t)(n - fbpos - 1) * sizeof LF[0]);
        L[fbpos + 1] = fclone;
        LF[fbpos + 1] = 0;
        n++;
        while ((int32_t)tb->depth > fi)
            tb_raw_pop(tb);
        if (!tb_repush_all(tb, L, LF, n))
            return;
        tb->moved = 1;
    }
}

static void tb_body_end(tb_t *tb, const tok_token *tk, tag_id tag)
{
    int32_t i;
    switch (tag) {
    case TAG_FORM: {
        /* </form> closes the form the pointer names, leaving elements opened
         * inside it open (the spec removes the form from the stack). */
        dom_node *form = tb->form;
        tb->form = NULL;
        if (tb->top_of[TAG_TEMPLATE] >= 0) { /* in a template: the plain rule */
            i = tb_in_scope(tb, TAG_FORM);
            if (i >= 0)
                tb_pop_to(tb, i);
            return;
        }
        if (!form)
            return;
        int32_t bound = tb->stack[tb->depth - 1].scope_below;
        int steps = 0;
        for (i = tb->top_of[TAG_FORM]; i >= 0 && i >= bound && steps < TB_CHAIN_WALK;
             i = tb->stack[i].prev_same, steps++)
            if (tb->stack[i].node == form) {
                tb_remove_entry(tb, i);
                return;
            }
        return;
    }
    case TAG_BODY: case TAG_HTML: case TAG_HEAD:
        return; /* content after </body> still goes into the body */
    case TAG_P:
        i = tb_in_button_scope(tb, TAG_P);
        if (i >= 0)
            tb_pop_to(tb, i);
        else
            tb_insert_html(tb, TAG_P, NULL, 0); /* </p> alone: an empty p */
        return;
    case TAG_LI:
        i = tb_in_list_scope(tb, TAG_LI);
        if (i >= 0)
            tb_pop_to(tb, i);
        return;
    case TAG_BR: {
        tok_token br;
        memset(&br, 0, sizeof br);
        br.type = TOK_START;
        br.data = "br";
        br.len = 2;
        tb_insert_html(tb, TAG_BR, &br, 0);
        return;
    }
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: {
        int32_t best = -1;
        for (int h = TAG_H1; h <= TAG_H6; h++)
            best = tb_max(best, tb_in_scope(tb, (tag_id)h));
        if (best >= 0)
            tb_pop_to(tb, best);
        return;
    }
    case TAG_TABLE: case TAG_TBODY: case TAG_TFOOT: case TAG_THEAD: case TAG_TR: case TAG_TD:
    case TAG_TH: case TAG_CAPTION: case TAG_COLGROUP:
        i = tb_in_table_scope(tb, tag);
        if (i >= 0)
            tb_pop_to(tb, i);
        return;
    case TAG_A: case TAG_B: case TAG_BIG: case TAG_CODE: case TAG_EM: case TAG_FONT: case TAG_I:
    case TAG_NOBR: case TAG_S: case TAG_SMALL: case TAG_STRIKE: case TAG_STRONG: case TAG_TT:
    case TAG_U:
        tb_adoption(tb, tk, tag);
        return;
    case TAG_DD: case TAG_DT: case TAG_ADDRESS: case TAG_ARTICLE: case TAG_ASIDE:
    case TAG_BLOCKQUOTE: case TAG_BUTTON: case TAG_CENTER: case TAG_DETAILS: case TAG_DIALOG:
    case TAG_DIR: case TAG_DIV: case TAG_DL: case TAG_FIELDSET: case TAG_FIGCAPTION:
    case TAG_FIGURE: case TAG_FOOTER: case TAG_HEADER: case TAG_HGROUP: case TAG_LISTING:
    case TAG_MAIN: case TAG_MENU: case TAG_NAV: case TAG_OL: case TAG_PRE: case TAG_SECTION:
    case TAG_SUMMARY: case TAG_UL: case TAG_APPLET: case TAG_OBJECT:
    case TAG_SELECT: case TAG_TEMPLATE:
        i = tb_in_scope(tb, tag);
        if (i >= 0)
            tb_pop_to(tb, i);
        return;
    default:
        if (tag == TAG_UNKNOWN && (tb_unknown_cat(tk->data, tk->len) & TBC_SPECIAL)) {
            /* marquee, search: like the block end tags above */
            tb_pop_to_named(tb, tk, tb->stack[tb->depth - 1].scope_below);
            return;
        }
        tb_any_other_end(tb, tk, tag);
        return;
    }
}

/* Start tags of table parts, following the spec's table insertion modes
 * with scope checks instead of modes: an open cell, row or section closes
 * as needed, and the implied tbody, tr and colgroup are inserted (so rows
 * always sit in a section, as browsers build them). Outside any table they
 * are ignored, as in the spec's "in body". */
static void tb_table_part(tb_t *tb, const tok_token *tk, tag_id tag)
{
    int32_t t = tb_in_table_scope(tb, TAG_TABLE);
    if (t < 0)
        return;
    tb_entry *cur = tb_top(tb);
    if (tag == TAG_COL && cur->ns == NS_HTML && cur->tag == TAG_COLGROUP) {
        tb_insert_html(tb, TAG_COL, tk, 0);
        return;
    }
    int32_t cell = tb_max(tb_in_table_scope(tb, TAG_TD), tb_in_table_scope(tb, TAG_TH));
    if (cell >= 0)
        tb_pop_to(tb, cell);
    switch (tag) {
    case TAG_CAPTION:
    case TAG_COLGROUP:
    case TAG_TBODY:
    case TAG_THEAD:
    case TAG_TFOOT:
        tb_pop_to(tb, t + 1); /* back to the table itself */
        tb_insert_html(tb, tag, tk, 1);
        return;
    case TAG_COL:
        tb_pop_to(tb, t + 1);
        if (tb_insert_html(tb, TAG_COLGROUP, NULL, 1))
            tb_insert_html(tb, TAG_COL, tk, 0);
        return;
    default: { /* tr, td, th */
        int32_t row = tb_in_table_scope(tb, TAG_TR);
        if (tag == TAG_TR && row >= 0) {
            tb_pop_to(tb, row);
            row = -1;
        }
        if (row >= 0) {
            tb_pop_to(tb, row + 1); /* back to the row */
        } else {
            int32_t sec = tb_max(tb_in_table_scope(tb, TAG_TBODY),
                                 tb_max(tb_in_table_scope(tb, TAG_THEAD), tb_in_table_scope(tb, TAG_TFOOT)));
            if (sec >= 0) {
                tb_pop_to(tb, sec + 1);
            } else {
                tb_pop_to(tb, t + 1);
                if (!tb_insert_html(tb, TAG_TBODY, NULL, 1))
                    return;
            }
            if (tag != TAG_TR && !tb_insert_html(tb, TAG_TR, NULL, 1))
                return;
        }
        tb_insert_html(tb, tag, tk, 1);
        return;
    }
    }
}

static void tb_foreign_start(tb_t *tb, const tok_token *tk, dom_ns ns);

static void tb_body_start_rules(tb_t *tb, const tok_token *tk, tag_id tag);

/* In-body start tags, with the spec's table-mode detour: in table structure
 * anything but table parts, script/style/template, hidden inputs and forms
 * is foster-parented (inserted before the table). */
static void tb_body_start(tb_t *tb, const tok_token *tk, tag_id tag)
{
    tb_entry *cur = tb_top(tb);
    if (tag != TAG_COL && cur && cur->ns == NS_HTML && cur->tag == TAG_COLGROUP &&
        tb->top_of[TAG_TABLE] >= 0)
        tb_pop(tb); /* the spec's "in column group": anything else closes it */
    if (!tb_table_mode(tb)) {
        tb_body_start_rules(tb, tk, tag);
        return;
    }
    switch (tag) {
    case TAG_CAPTION: case TAG_COLGROUP: case TAG_COL: case TAG_TBODY: case TAG_TFOOT:
    case TAG_THEAD: case TAG_TR: case TAG_TD: case TAG_TH: case TAG_TABLE:
    case TAG_STYLE: case TAG_SCRIPT: case TAG_TEMPLATE:
        tb_body_start_rules(tb, tk, tag);
        return;
    case TAG_INPUT:
        for (size_t i = 0; i < tk->nattrs; i++)
            if (tb_name_is(tk->attrs[i].name, tk->attrs[i].name_len, "type") &&
                tb_name_eq_ci(tk->attrs[i].value, tk->attrs[i].value_len, "hidden", 6)) {
                tb_insert_html(tb, TAG_INPUT, tk, 0);
                return;
            }
        break;
    case TAG_FORM: /* in table: an empty form, closed at once */
        if (tb->form || tb->top_of[TAG_TEMPLATE] >= 0)
            return;
        tb->form = tb_insert_html(tb, TAG_FORM, tk, 0);
        return;
    default:
        break;
    }
    tb->fostering = 1;
    tb_body_start_rules(tb, tk, tag);
    tb->fostering = 0;
}

/* The spec's "in select" mode: the nearest mode-deciding element is a
 * select. Returns its stack index, or -1. */
static int32_t tb_select_mode(const tb_t *tb)
{
    if (!tb->depth)
        return -1;
    int32_t m = tb->stack[tb->depth - 1].mode_below;
    return (m >= 0 && tb->stack[m].ns == NS_HTML && tb->stack[m].tag == TAG_SELECT) ? m : -1;
}

static void tb_body_start_rules(tb_t *tb, const tok_token *tk, tag_id tag)
{
    int32_t i;
    /* In a select, <select> closes it, and <input>/<keygen>/<textarea> close
     * it before going in. (Other tags the spec drops there are kept.) */
    int32_t sel = tb_select_mode(tb);
    if (sel >= 0 && (tag == TAG_SELECT || tag == TAG_INPUT || tag == TAG_KEYGEN || tag == TAG_TEXTAREA)) {
        tb_pop_to(tb, sel);
        if (tag == TAG_SELECT)
            return;
    }
    switch (tag) {
    case TAG_HTML:
        tb_merge_attrs(tb, tb->doc->html, tk);
        return;
    case TAG_BODY:
        tb_merge_attrs(tb, tb->doc->body, tk);
        return;
    case TAG_HEAD: case TAG_FRAMESET:
        return;
    case TAG_AREA: case TAG_BR: case TAG_EMBED: case TAG_IMG: case TAG_KEYGEN: case TAG_WBR:
    case TAG_INPUT:
        tb_reconstruct(tb);
        tb_insert_html(tb, tag, tk, 0);
        return;
    case TAG_BASE: case TAG_BASEFONT: case TAG_LINK: case TAG_META: case TAG_PARAM:
    case TAG_SOURCE: case TAG_TRACK:
        tb_insert_html(tb, tag, tk, 0);
        return;
    case TAG_FRAME: /* in body the spec ignores <frame> */
        return;
    case TAG_HR:
        tb_close_p(tb);
        tb_insert_html(tb, tag, tk, 0);
        return;
    case TAG_TITLE: case TAG_TEXTAREA:
        tb_start_raw(tb, tag, tk, TOK_STATE_RCDATA, NULL);
        if (tag == TAG_TEXTAREA)
            tb->skip_lf = 1;
        return;
    case TAG_XMP:
        tb_close_p(tb);
        tb_reconstruct(tb);
        tb_start_raw(tb, tag, tk, TOK_STATE_RAWTEXT, NULL);
        return;
    case TAG_STYLE: case TAG_NOFRAMES: case TAG_NOSCRIPT: case TAG_NOEMBED: case TAG_IFRAME:
        tb_start_raw(tb, tag, tk, TOK_STATE_RAWTEXT, NULL); /* noscript: scripting is on */
        return;
    case TAG_SCRIPT:
        tb_start_raw(tb, tag, tk, TOK_STATE_SCRIPT, NULL);
        return;
    case TAG_PLAINTEXT:
        tb_close_p(tb);
        if (tb_insert_html(tb, tag, tk, 1))
            tok_set_state(tb->tok, TOK_STATE_PLAINTEXT);
        return;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: {
        tb_close_p(tb);
        tb_entry *e = tb_top(tb);
        if (e && e->ns == NS_HTML && (tag_flags[e->tag] & TF_HEADING))
            tb_pop(tb);
        tb_insert_html(tb, tag, tk, 1);
        return;
    }
    case TAG_PRE: case TAG_LISTING:
        tb_close_p(tb);
        tb_insert_html(tb, tag, tk, 1);
        tb->skip_lf = 1;
        return;
    case TAG_LI: case TAG_DD: case TAG_DT: {
        /* The spec's walk down the stack, stopping at a special element other
         * than address/div/p: li, dd, dt are special too, so an open li is
         * reachable only above every open dd/dt, and vice versa. */
        int32_t walk = tb->depth ? tb->stack[tb->depth - 1].walk_below : -1;
        int32_t li = tb->top_of[TAG_LI];
        int32_t dd = tb_max(tb->top_of[TAG_DD], tb->top_of[TAG_DT]);
        if (tag == TAG_LI) {
            if (li >= 0 && li > walk && li > dd)
                tb_pop_to(tb, li);
        } else {
            if (dd >= 0 && dd > walk && dd > li)
                tb_pop_to(tb, dd);
        }
        tb_close_p(tb);
        tb_insert_html(tb, tag, tk, 1);
        return;
    }
    case TAG_BUTTON:
        i = tb_in_scope(tb, TAG_BUTTON);
        if (i >= 0)
            tb_pop_to(tb, i);
        tb_reconstruct(tb);
        tb_insert_html(tb, tag, tk, 1);
        return;
    case TAG_RP: case TAG_RT:
        /* ruby annotations close an open rb/rp/rt (not rtc) inside a ruby */
        if (tb_in_scope(tb, TAG_RUBY) >= 0)
            tb_implied_end_tags(tb, "rtc");
        tb_insert_html(tb, tag, tk, 1);
        return;
    case TAG_A: case TAG_NOBR: {
        /* An <a> still in the formatting list runs the adoption agency (and
         * is forgotten even if that left it open); <nobr> does when one is
         * in scope. */
        int f = tb_afe_find(tb, tag);
        if (tag == TAG_A && f >= 0) {
            dom_node *old = tb->afe[f].node;
            tb_adoption(tb, tk, TAG_A);
            int g = tb_afe_index_of(tb, old);
            if (g >= 0)
                tb_afe_remove_at(tb, g);
            /* still open (it was out of scope): off the stack as well */
            int steps = 0;
            for (int32_t k = tb->top_of[TAG_A]; k >= 0 && steps < TB_CHAIN_WALK;
                 k = tb->stack[k].prev_same, steps++)
                if (tb->stack[k].node == old) {
                    tb_remove_entry(tb, k);
                    break;
                }
        } else if (tag == TAG_NOBR && f >= 0 && tb_in_scope(tb, TAG_NOBR) >= 0) {
            tb_adoption(tb, tk, TAG_NOBR);
        }
        tb_reconstruct(tb);
        tb_insert_html(tb, tag, tk, 1);
        return;
    }
    case TAG_TABLE: {
        /* <table> in the spec's table modes (the nearest mode-deciding
         * element is table structure, even under a foster-parented element)
         * closes that table; inside a cell or caption it nests. */
        tb_entry *top = tb_top(tb);
        tb_entry *e = top->mode_below >= 0 ? &tb->stack[top->mode_below] : top;
        if (tb_is_table_structure(e->ns, e->tag)) {
            i = tb_in_table_scope(tb, TAG_TABLE);
            if (i >= 0)
                tb_pop_to(tb, i);
        }
        if (!tb->quirks) /* in quirks mode a table stays inside the p */
            tb_close_p(tb);
        tb_insert_html(tb, tag, tk, 1);
        return;
    }
    case TAG_FORM: {
        /* A form inside a form is ignored (the form element pointer). */
        int tmpl = tb->top_of[TAG_TEMPLATE] >= 0;
        if (tb->form && !tmpl)
            return;
        tb_close_p(tb);
        dom_node *el = tb_insert_html(tb, tag, tk, 1);
        if (!tmpl)
            tb->form = el;
        return;
    }
    case TAG_CAPTION: case TAG_COLGROUP: case TAG_COL: case TAG_TBODY: case TAG_TFOOT:
    case TAG_THEAD: case TAG_TR: case TAG_TD: case TAG_TH:
        tb_table_part(tb, tk, tag);
        return;
    case TAG_OPTION: case TAG_OPTGROUP: {
        tb_entry *e = tb_top(tb);
        if (e && e->ns == NS_HTML && e->tag == TAG_OPTION)
            tb_pop(tb);
        e = tb_top(tb);
        /* an optgroup closes an open optgroup only inside a select */
        if (tag == TAG_OPTGROUP && e && e->ns == NS_HTML && e->tag == TAG_OPTGROUP && e->mode_below >= 0 &&
            tb->stack[e->mode_below].tag == TAG_SELECT && tb->stack[e->mode_below].ns == NS_HTML)
            tb_pop(tb);
        tb_reconstruct(tb);
        tb_insert_html(tb, tag, tk, 1);
        return;
    }
    case TAG_SVG:
        tb_reconstruct(tb);
        tb_foreign_start(tb, tk, NS_SVG);
        return;
    case TAG_MATH:
        tb_reconstruct(tb);
        tb_foreign_start(tb, tk, NS_MATHML);
        return;
    default:
        if (tag == TAG_UNKNOWN) {
            if (tb_name_is(tk->data, tk->len, "image")) { /* the spec's <image> -> <img> */
                tb_reconstruct(tb);
                tb_make(tb, tb_insert_parent(tb), TAG_IMG, NS_HTML, "img", 3, tk);
                return;
            }
            if (tb_name_is(tk->data, tk->len, "bgsound")) {
                tb_insert_html(tb, tag, tk, 0);
                return;
            }
            if ((tb_name_is(tk->data, tk->len, "rb") || tb_name_is(tk->data, tk->len, "rtc")) &&
                tb_in_scope(tb, TAG_RUBY) >= 0) {
                tb_implied_end_tags(tb, NULL);
                tb_insert_html(tb, tag, tk, 1);
                return;
            }
            uint8_t ucat = tb_unknown_cat(tk->data, tk->len);
            if (ucat & TBC_CLOSE_P)
                tb_close_p(tb);
            else if (!(ucat & TBC_SPECIAL) || tb_name_is(tk->data, tk->len, "marquee"))
                tb_reconstruct(tb);
        } else if (tb_tag_cat(tag) & TBC_CLOSE_P) {
            tb_close_p(tb);
        } else if (!(tb_tag_cat(tag) & TBC_SPECIAL) || tag == TAG_APPLET || tag == TAG_OBJECT ||
                   tag == TAG_SELECT) {
            /* phrasing and unknown elements (the spec's "any other start tag") */
            tb_reconstruct(tb);
        }
        tb_insert_html(tb, tag, tk, 1);
        return;
    }
}

/* ---- foreign content ------------------------------------------------------ */

static uint8_t tb_foreign_flags(dom_ns ns, const char *name, size_t len, const tok_token *tk)
{
    if (ns == NS_SVG) {
        if (tb_name_eq_ci(name, len, "foreignObject", 13) || tb_name_is(name, len, "desc") ||
            tb_name_is(name, len, "title"))
            return TBF_HTML_IP | TBF_SCOPE | TBF_SPECIAL;
        return 0;
    }
    if (tb_name_is(name, len, "mi") || tb_name_is(name, len, "mo") || tb_name_is(name, len, "mn") ||
        tb_name_is(name, len, "ms") || tb_name_is(name, len, "mtext"))
        return TBF_MATH_TIP | TBF_SCOPE | TBF_SPECIAL;
    if (tb_name_is(name, len, "annotation-xml")) {
        uint8_t f = TBF_ANNOT | TBF_SCOPE | TBF_SPECIAL;
        for (size_t i = 0; tk && i < tk->nattrs; i++) {
            const tok_attr *a = &tk->attrs[i];
            if (tb_name_is(a->name, a->name_len, "encoding") &&
                (tb_name_eq_ci(a->value, a->value_len, "text/html", 9) ||
                 tb_name_eq_ci(a->value, a->value_len, "application/xhtml+xml", 21)))
                f |= TBF_HTML_IP;
        }
        return f;
    }
    return 0;
}

/* Inserts a foreign element (svg/math start tag, or any start tag inside
 * foreign content); honours the self-closing flag. */
static void tb_foreign_start(tb_t *tb, const tok_token *tk, dom_ns ns)
{
    const char *name = tk->data;
    size_t len = tk->len;
    if (ns == NS_SVG) {
        const char *fixed = tb_svg_case(name, len);
        if (fixed)
            name = fixed;
    }
    tag_id tag = TAG_UNKNOWN;
    if (ns == NS_SVG && tb_name_is(name, len, "svg"))
        tag = TAG_SVG;
    else if (ns == NS_MATHML && tb_name_is(name, len, "math"))
        tag = TAG_MATH;
    dom_node *el = tb_make(tb, tb_insert_parent(tb), tag, ns, name, len, tk);
    if (!el)
        return;
    if (tk->self_closing)
        return;
    tb_push(tb, el, tb_key(tag, ns, name, len), 0, tb_foreign_flags(ns, name, len, tk));
}

static int tb_is_breakout(const tok_token *tk, tag_id tag)
{
    switch (tag) {
    case TAG_B: case TAG_BIG: case TAG_BLOCKQUOTE: case TAG_BODY: case TAG_BR: case TAG_CENTER:
    case TAG_CODE: case TAG_DD: case TAG_DIV: case TAG_DL: case TAG_DT: case TAG_EM:
    case TAG_EMBED: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_HEAD: case TAG_HR: case TAG_I: case TAG_IMG: case TAG_LI: case TAG_LISTING:
    case TAG_MENU: case TAG_META: case TAG_NOBR: case TAG_OL: case TAG_P: case TAG_PRE:
    case TAG_RUBY: case TAG_S: case TAG_SMALL: case TAG_SPAN: case TAG_STRONG: case TAG_STRIKE:
    case TAG_SUB: case TAG_SUP: case TAG_TABLE: case TAG_TT: case TAG_U: case TAG_UL:
    case TAG_VAR:
        return 1;
    case TAG_FONT:
        for (size_t i = 0; i < tk->nattrs; i++) {
            const tok_attr *a = &tk->attrs[i];
            if (tb_name_is(a->name, a->name_len, "color") || tb_name_is(a->name, a->name_len, "face") ||
                tb_name_is(a->name, a->name_len, "size"))
                return 1;
        }
        return 0;
    default:
        return 0;
    }
}

/* Should this token follow the foreign-content rules (the spec's tree
 * construction dispatcher)? */
static int tb_use_foreign(const tb_t *tb, const tok_token *tk, tag_id tag)
{
    if (!tb->depth)
        return 0;
    const tb_entry *e = &tb->stack[tb->depth - 1];
    if (e->ns == NS_HTML)
        return 0;
    if (tk->type == TOK_EOF)
        return 0;
    if (e->fflags & TBF_MATH_TIP) {
        if (tk->type == TOK_CHARS)
            return 0;
        if (tk->type == TOK_START && !tb_name_is(tk->data, tk->len, "mglyph") &&
            !tb_name_is(tk->data, tk->len, "malignmark"))
            return 0;
    }
    if ((e->fflags & TBF_ANNOT) && tk->type == TOK_START && tag == TAG_SVG)
        return 0;
    if ((e->fflags & TBF_HTML_IP) && (tk->type == TOK_START || tk->type == TOK_CHARS))
        return 0;
    return 1;
}

static void tb_process(tb_t *tb, const tok_token *tk);

/* Processes character token tk again without its first w bytes (the
 * white space a mode kept, or ignored, before the rest changes mode). */
static void tb_process_after(tb_t *tb, const tok_token *tk, size_t w)
{
    tok_token rest = *tk;
    rest.data += w;
    rest.len -= w;
    tb_process(tb, &rest);
}

static void tb_foreign_token(tb_t *tb, const tok_token *tk, tag_id tag)
{
    const tb_entry *cur = &tb->stack[tb->depth - 1];
    switch (tk->type) {
    case TOK_CHARS: /* NUL becomes U+FFFD in foreign content */
        tb_add_text_nul(tb, cur->node, NULL, tk->data, tk->len, "\xEF\xBF\xBD", 3);
        return;
    case TOK_COMMENT:
        tb_insert_comment(tb, tk, NULL);
        return;
    case TOK_START:
    breakout:
        if (tk->type == TOK_END || tb_is_breakout(tk, tag)) {
            while (tb->depth > 1) {
                const tb_entry *e = &tb->stack[tb->depth - 1];
                if (e->ns == NS_HTML || (e->fflags & (TBF_MATH_TIP | TBF_HTML_IP)))
                    break;
                tb_pop(tb);
            }
            /* HTML rules directly, not the dispatcher: an integration point
             * left on top would send the tag back here forever. */
            if (tk->type == TOK_START)
                tb_body_start(tb, tk, tag);
            else
                tb_body_end(tb, tk, tag);
            return;
        }
        tb_foreign_start(tb, tk, (dom_ns)cur->ns);
        return;
    case TOK_END: {
        if (tag == TAG_BR || tag == TAG_P)
            goto breakout; /* </br> and </p> leave foreign content too */
        /* Walk down while the elements are foreign: pop to a case-insensitive
         * name match; reaching an HTML element hands the tag to HTML rules. */
        int32_t html = cur->html_below;
        uint32_t key = TB_KEY_FOREIGN + (tb_hash(tk->data, tk->len) & (TB_HBUCKETS - 1));
        int steps = 0;
        for (int32_t t = tb->top_of[key]; t > html && t > 0 && steps < TB_CHAIN_WALK;
             t = tb->stack[t].prev_same, steps++) {
            const dom_node *n = tb->stack[t].node;
            if (tb_name_eq_ci(n->name, n->name_len, tk->data, tk->len)) {
                tb_pop_to(tb, t);
                return;
            }
        }
        if (html >= 0)
            tb_body_end(tb, tk, tag);
        return;
    }
    default:
        return;
    }
}

/* ---- head phase ------------------------------------------------------------ */

/* Start tags that belong in head. Returns 1 when handled. `parent` is the
 * head element (after </head> the spec re-opens head for these). */
static int tb_head_start(tb_t *tb, const tok_token *tk, tag_id tag)
{
    dom_node *head = tb->doc->head;
    switch (tag) {
    case TAG_BASE: case TAG_BASEFONT: case TAG_LINK: case TAG_META: {
        tb_make(tb, head, tag, NS_HTML, tk->data, tk->len, tk);
        return 1;
    }
    case TAG_TITLE:
        tb_start_raw(tb, tag, tk, TOK_STATE_RCDATA, head);
        return 1;
    case TAG_NOSCRIPT: case TAG_NOFRAMES: case TAG_STYLE:
        tb_start_raw(tb, tag, tk, TOK_STATE_RAWTEXT, head);
        return 1;
    case TAG_SCRIPT:
        tb_start_raw(tb, tag, tk, TOK_STATE_SCRIPT, head);
        return 1;
    case TAG_TEMPLATE: {
        dom_node *el = tb_make(tb, head, tag, NS_HTML, tk->data, tk->len, tk);
        if (el && tb_push(tb, el, TAG_TEMPLATE, tb_tag_cat(TAG_TEMPLATE), 0)) {
            tb_afe_append(tb, NULL, -1);
            tb->mode = M_BODY;
        } /* its content follows the in-body rules; popping it returns to head */
        return 1;
    }
    default:
        if (tag == TAG_UNKNOWN && tb_name_is(tk->data, tk->len, "bgsound")) {
            tb_make(tb, head, tag, NS_HTML, tk->data, tk->len, tk);
            return 1;
        }
        return 0;
    }
}

/* Does this DOCTYPE put the document in quirks mode (WHATWG 13.2.6.4.1)?
 * Limited-quirks mode changes nothing we model, so it counts as no-quirks.
 * The public-identifier prefixes are the spec's list, grouped where many
 * entries share a prefix. */
static int tb_doctype_quirks(const tok_token *tk)
{
    static const char *const prefixes[] = {
        "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html 2.0",
        "-//ietf//dtd html 3", "-//ietf//dtd html level ", "-//ietf//dtd html strict",
        "-//ietf//dtd html//", "-//metrius//dtd metrius presentational//",
        "-//microsoft//dtd internet explorer ", "-//netscape comm. corp.//dtd html//",
        "-//netscape comm. corp.//dtd strict html//", "-//o'reilly and associates//dtd html ",
        "-//sq//dtd html 2.0 hotmetal + extensions//",
        "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
        "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
        "-//spyglass//dtd html 2.0 extended//", "-//sun microsystems corp.//dtd hotjava html//",
        "-//sun microsystems corp.//dtd hotjava strict html//", "-//w3c//dtd html 3 1995-03-24//",
        "-//w3c//dtd html 3.2 draft//", "-//w3c//dtd html 3.2 final//", "-//w3c//dtd html 3.2//",
        "-//w3c//dtd html 3.2s draft//", "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental 19960712//",
        "-//w3c//dtd html experimental 970421//", "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html 2.0//", "-//webtechs//dtd mozilla html//",
    };
    if (tk->force_quirks || !tk->has_name || !tb_name_is(tk->data, tk->len, "html"))
        return 1;
    if (tk->has_system && tb_name_eq_ci(tk->system_id, tk->system_len,
                                        "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd", 58))
        return 1;
    if (!tk->has_public)
        return 0;
    const char *pub = tk->public_id;
    size_t n = tk->public_len;
    if (tb_name_eq_ci(pub, n, "-//W3O//DTD W3 HTML Strict 3.0//EN//", 36) ||
        tb_name_eq_ci(pub, n, "-/W3C/DTD HTML 4.0 Transitional/EN", 34) || tb_name_eq_ci(pub, n, "HTML", 4))
        return 1;
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t k = strlen(prefixes[i]);
        if (n >= k && tb_name_eq_ci(pub, k, prefixes[i], k))
            return 1;
    }
    if (!tk->has_system && n >= 32 &&
        (tb_name_eq_ci(pub, 32, "-//W3C//DTD HTML 4.01 Frameset//", 32) ||
         (n >= 36 && tb_name_eq_ci(pub, 36, "-//W3C//DTD HTML 4.01 Transitional//", 36))))
        return 1;
    return 0;
}

/* ---- dispatch --------------------------------------------------------------- */

static void tb_process(tb_t *tb, const tok_token *tk)
{
    tag_id tag = TAG_UNKNOWN;
    if (tk->type == TOK_START || tk->type == TOK_END)
        tag = tb_lookup(tb, tk->data, tk->len);

    for (;;) {
        if (tb->stopped)
            return;
        switch (tb->mode) {
        case M_INITIAL:
        case M_BEFORE_HEAD:
            if (tk->type == TOK_DOCTYPE) {
                if (tb->mode == M_INITIAL)
                    tb->quirks = tb_doctype_quirks(tk);
                if (tb->mode == M_INITIAL && !tb->doc->html && tb_room(tb)) {
                    dom_node *d = dom_new_comment(tb->doc, tk->data, tk->len);
                    if (d) {
                        d->type = DOM_DOCTYPE;
                        dom_append(tb->doc->root, d);
                    }
                }
                return;
            }
            if (tk->type == TOK_COMMENT) {
                tb_insert_comment(tb, tk, tb->doc->html ? tb->doc->html : tb->doc->root);
                return;
            }
            if (tk->type == TOK_CHARS) {
                size_t w = tb_ws_prefix(tk->data, tk->len);
                if (w == tk->len)
                    return;
                tb_ensure_head(tb, NULL);
                tb_process_after(tb, tk, w);
                return;
            }
            if (tk->type == TOK_START && tag == TAG_HTML) {
                if (!tb->doc->html) {
                    dom_node *el = tb_make(tb, tb->doc->root, TAG_HTML, NS_HTML, "html", 4, tk);
                    if (!el)
                        return;
                    tb->doc->html = el;
                    tb_push(tb, el, TAG_HTML, tb_tag_cat(TAG_HTML), 0);
                } else {
                    tb_merge_attrs(tb, tb->doc->html, tk);
                }
                tb->mode = M_BEFORE_HEAD;
                return;
            }
            if (tk->type == TOK_START && tag == TAG_HEAD) {
                tb_ensure_head(tb, tk);
                return;
            }
            if (tk->type == TOK_END && tag != TAG_HEAD && tag != TAG_BODY && tag != TAG_HTML &&
                tag != TAG_BR)
                return;
            tb_ensure_head(tb, NULL);
            if (tb->mode < M_IN_HEAD)
                tb->mode = M_IN_HEAD; /* never loop here: the next pass handles the token in head */
            continue;
        case M_IN_HEAD:
        case M_AFTER_HEAD:
            if (tk->type == TOK_CHARS) {
                size_t w = tb_ws_prefix(tk->data, tk->len);
                if (w) /* whitespace stays in head (or html after </head>) */
                    tb_add_text(tb, tb_insert_parent(tb), tk->data, w);
                if (w == tk->len)
                    return;
                tb_start_body(tb, NULL);
                tb_process_after(tb, tk, w);
                return;
            }
            if (tk->type == TOK_COMMENT) {
                tb_insert_comment(tb, tk, NULL);
                return;
            }
            if (tk->type == TOK_DOCTYPE)
                return;
            if (tk->type == TOK_START) {
                if (tag == TAG_HTML) {
                    tb_merge_attrs(tb, tb->doc->html, tk);
                    return;
                }
                if (tag == TAG_HEAD)
                    return;
                if (tb_head_start(tb, tk, tag))
                    return;
                if (tag == TAG_BODY) {
                    tb_start_body(tb, tk);
                    return;
                }
                tb_start_body(tb, NULL);
                continue;
            }
            if (tk->type == TOK_END) {
                if (tag == TAG_HEAD && tb->mode == M_IN_HEAD) {
                    int32_t h = tb->top_of[TAG_HEAD];
                    if (h >= 0)
                        tb_pop_to(tb, h);
                    tb->mode = M_AFTER_HEAD;
                    return;
                }
                if (tag == TAG_TEMPLATE) {
                    int32_t t = tb->top_of[TAG_TEMPLATE];
                    if (t >= 0)
                        tb_pop_to(tb, t);
                    return;
                }
                if (tag != TAG_BODY && tag != TAG_HTML && tag != TAG_BR)
                    return;
                tb_start_body(tb, NULL);
                continue;
            }
            /* EOF */
            tb_start_body(tb, NULL);
            continue;
        case M_TEXT:
            if (tk->type == TOK_CHARS) {
                tb_add_text(tb, tb->stack[tb->depth - 1].node, tk->data, tk->len);
                return;
            }
            /* the end tag (the tokenizer emits only the matching one) or EOF */
            tb_pop(tb);
            tb->mode = tb->text_return;
            if (tk->type == TOK_EOF)
                continue;
            return;
        case M_BODY:
        default:
            if (tb_use_foreign(tb, tk, tag)) {
                tb_foreign_token(tb, tk, tag);
                return;
            }
            switch (tk->type) {
            case TOK_CHARS: {
                size_t wsp = tb_ws_prefix(tk->data, tk->len);
                int ws = wsp == tk->len;
                const tb_entry *cur = &tb->stack[tb->depth - 1];
                if (!ws && cur->ns == NS_HTML && cur->tag == TAG_COLGROUP && tb->top_of[TAG_TABLE] >= 0) {
                    /* "in column group" takes characters one by one: leading
                     * whitespace stays in the colgroup, the rest closes it */
                    tb_add_text(tb, cur->node, tk->data, wsp);
                    tb_pop(tb);
                    tb_process_after(tb, tk, wsp);
                    return;
                }
                dom_node *parent, *before = NULL;
                if (tb_table_context(tb)) {
                    /* In table structure whitespace stays; other text is
                     * foster-parented, with the formatting elements it
                     * reopens. */
                    if (!ws) {
                        tb->fostering = 1;
                        tb_reconstruct(tb);
                        tb->fostering = 0;
                    }
                    parent = tb->stack[tb->depth - 1].node;
                    if (!ws && tb_table_context(tb) && tb->depth < tb->max_depth)
                        parent = tb_foster_target(tb, &before);
                } else {
                    if (tb->nafe)
                        tb_reconstruct(tb);
                    parent = tb->stack[tb->depth - 1].node;
                }
                tb_add_text_nul(tb, parent, before, tk->data, tk->len, "", 0); /* NULs dropped in body */
                return;
            }
            case TOK_COMMENT:
                tb_insert_comment(tb, tk, NULL);
                return;
            case TOK_START:
                tb_body_start(tb, tk, tag);
                return;
            case TOK_END:
                tb->fostering = tb_table_mode(tb); /* </p>, </br> insert an element */
                tb_body_end(tb, tk, tag);
                tb->fostering = 0;
                return;
            default:
                return;
            }
        }
    }
}

/* ---- entry point ----------------------------------------------------------- */

static dom_document *tb_parse(const char *html, size_t len, const dom_limits *limits, int valid_utf8)
{
    char *norm = NULL;
    size_t nlen = len;
    if (!html)
        len = 0;

    int r = valid_utf8 ? tok_normalize_valid_utf8(html ? html : "", len, &norm, &nlen)
                       : tok_normalize(html ? html : "", len, &norm, &nlen);
    if (r < 0)
        return NULL;
    const char *in = r == 1 ? norm : (html ? html : "");
    if (r != 1)
        nlen = len;

    dom_document *doc = dom_document_new(0);
    tb_t *tb = calloc(1, sizeof *tb);
    tok_t *tok = calloc(1, sizeof *tok);
    if (!doc || !tb || !tok) {
        dom_document_free(doc);
        free(tb);
        free(tok);
        free(norm);
        return NULL;
    }
    tb->doc = doc;
    tb->tok = tok;
    tb->max_nodes = limits && limits->max_nodes ? limits->max_nodes : TB_DEFAULT_MAX_NODES;
    tb->max_depth = limits && limits->max_depth ? limits->max_depth : TB_DEFAULT_MAX_DEPTH;
    if (tb->max_depth < 4)
        tb->max_depth = 4; /* room for html, body and one level */
    for (size_t i = 0; i < TB_NKEYS; i++)
        tb->top_of[i] = -1;
    tb_init_tags(tb);
    tb->in = in;
    tb->in_len = nlen;
    tb->quirks = 1; /* until a DOCTYPE says otherwise */
    tok_init(tok, in, nlen);

    tok_token tk;
    for (;;) {
        tok->allow_cdata = tb->depth && tb->stack[tb->depth - 1].ns != NS_HTML;
        tok_type ty = tok_next(tok, &tk);
        if (tb->skip_lf) {
            tb->skip_lf = 0;
            if (ty == TOK_CHARS && tk.len && tk.data[0] == '\n') {
                tk.data++;
                tk.len--;
                if (!tk.len)
                    continue;
            }
        }
        tb_process(tb, &tk);
        if (ty == TOK_EOF || tb->stopped)
            break;
    }
    if (tok->oom)
        tb->oom = 1;
    tb_flush_text(tb);
    /* Every document gets html, head and body (as a browser builds them),
     * unless a limit stopped the parse. */
    if (!tb->stopped) {
        tb_ensure_head(tb, NULL);
        if (!doc->body)
            tb_start_body(tb, NULL);
    }
    if (tb->moved && !tb->oom)
        dom_renumber(doc); /* the adoption agency moved nodes: ids back in document order */
    int oom = tb->oom;
    tok_free(tok);
    free(tok);
    buf_free(&tb->text);
    free(tb->stack);
    free(tb);
    free(norm);
    if (oom) {
        dom_document_free(doc);
        return NULL;
    }
    return doc;
}

dom_document *html_parse(const char *html, size_t len, const dom_limits *limits)
{
    return tb_parse(html, len, limits, 0);
}

dom_document *html_parse_valid_utf8(const char *html, size_t len, const dom_limits *limits)
{
    return tb_parse(html, len, limits, 1);
}

/* body.c: finding the article body and removing the page furniture in it.
 *
 * The pipeline, each step a linear pass over the tree (side tables indexed
 * by node id, no recursion):
 *   1. mark: junk tags, hidden elements, landmark furniture (nav, aside,
 *      footer), ARIA roles, and class/id hints (classify.c) as removed.
 *      Class hints never remove an element holding most of the page's text.
 *   2. measure: visible text, link text and commas per subtree, bottom-up.
 *   3. score: Readability's scheme. Every paragraph-like block of 25+ bytes
 *      adds 1 + commas + min(len/100, 3) to five ancestors (full, 1/2, then
 *      1/(3*level)); a candidate's final score is scaled by 1 - link density.
 *   4. choose: the best candidate, moved up to an ancestor shared by other
 *      strong candidates, plus good siblings.
 *   5. clean: Readability's conditional cleaning (link-heavy lists, forms,
 *      image galleries), then teaser and call-to-action lines ("Read more:",
 *      "Read the full report here."), furniture headings ("Comments",
 *      "Related articles", "Other reports by") with the link lists after
 *      them, the heading that repeats the title, bylines and captions.
 * When the result is short (< 500 bytes), the steps run again with fewer
 * removals, as Readability does, and the longest result wins. */
#include <stdlib.h>
#include <string.h>
#ifdef LEDE_DEBUG_BODY
#include <stdio.h>
#endif

#include "classify.h"
#include "meta/date.h"
#include "meta/author.h"
#include "body.h"
#include "measure.h"

/* Readability's thresholds; the comments say why each exists. */
#define MIN_PARAGRAPH 25        /* shorter blocks are labels and buttons, not prose */
#define CHAR_THRESHOLD 500      /* an article shorter than this triggers a laxer retry */
#define N_TOP 5                 /* candidates kept for the "shared ancestor" rule */
#define TEASER_MAX 220          /* teaser / call-to-action lines are short */
#define LOOSE_MAX 40            /* loose text in a layout box shorter than this is a label */
#define MEDIA_TEXT_MAX 250      /* an image box with less text than this is picture + caption */
#define LINE_MAX_NODES 64       /* a "line" (teaser, byline, heading) has few nodes; bounds the checks */
#define STRICT_KEEP 140         /* a strict result this long is an article, not a failed attempt */
#define IMG_TEXT_MIN 300        /* text per image below which an image-heavy box is a gallery */

enum { ATT_STRIP_UNLIKELY = 1, ATT_WEIGHT_CLASSES = 2, ATT_CLEAN_CONDITIONALLY = 4 };

typedef struct ctx {
    lede_article *art;
    dom_document *doc;
    dom_node *top;          /* <body>, or the root when there is none */
    uint32_t n;             /* side-table size: node_count */
    dom_node **order;       /* pre-order of top's subtree */
    uint32_t norder;
    uint32_t *text, *link, *commas; /* per node id, removed subtrees excluded */
    uint32_t *own;          /* text in inline content not inside a child block */
    uint32_t *paras;        /* <p>/<pre> of 80+ bytes in the subtree: prose, not widgets */
    uint32_t *good;         /* text of prose blocks (25+ bytes of own text, few links) in the subtree */
    uint32_t *imgs;         /* images in the subtree */
    uint32_t *img_page;     /* images in the subtree as the page has it (before any removal) */
    uint32_t *text_page;    /* visible text in the subtree as the page has it (junk tags excluded) */
    uint32_t *cnt_p, *cnt_li, *cnt_img, *cnt_input, *cnt_embed, *htext; /* per subtree, kept up to
                                    date through cleaning: <p>, <li>, <img>, controls, embeds, heading text */
    uint32_t *tlen, *tcommas; /* text nodes: collapsed length and commas (computed once) */
    int16_t *weight;        /* Readability class weight (computed once) */
    classify_index cix;
    int today;              /* y*10000+m*100+d, for date plausibility */
    void *block;            /* one allocation holding every side table */
    uint32_t *cls;          /* classify hints */
    uint8_t *has_block;     /* element has a block-level child element */
    uint8_t *in_table, *in_figure; /* has such an ancestor */
    uint8_t *in_text;       /* the nearest block ancestor is a text block (p, li, h3, td), not a layout box */
    uint8_t *dead;          /* removed, or inside a removed subtree */
    uint32_t *size;         /* nodes in the subtree, itself included */
    uint32_t *pos;          /* index in order[] */
    float *score;
    uint8_t *scored;
    int flags;
    int lenient;            /* cleaning without the link-density rules */
    uint32_t visible;       /* text outside junk tags: no attempt can find more */
    dom_node *byline;       /* first byline/dateline line dropped from the body */
    dom_node **log;         /* nodes removed by cleaning, to undo an overreach */
    size_t nlog, caplog;
} ctx;

/* ------------------------------------------------------------------ marks */

static int style_hidden(const char *style)
{
    /* "display:none" / "display: none" / "visibility:hidden", any spacing. */
    char low[128];
    size_t n = 0;
    for (const char *p = style; *p && n + 1 < sizeof low; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        low[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[n] = '\0';
    return strstr(low, "display:none") || strstr(low, "visibility:hidden");
}

static int role_furniture(const char *role)
{
    static const char *const roles[] = {"menu", "menubar", "complementary", "navigation",
                                        "alert", "alertdialog", "dialog", "banner", "contentinfo",
                                        "search"};
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (strcmp(role, roles[i]) == 0)
            return 1;
    return 0;
}

static int is_loose_container(const dom_node *n);

/* Removal that does not depend on text amounts: junk tags, hidden
 * elements, landmarks and ARIA roles. Fills order[], cls[], in_table[]. */
static void prepare(ctx *c)
{
    /* Once per page: the pre-order, class hints and weights, text sizes.
     * The attempts below only change removal flags. */
    c->norder = 0;
    classify_index_init(&c->cix);
    for (dom_node *n = c->top; n; n = dom_next(c->top, n)) {
        c->order[c->norder++] = n;
        if (n->type == DOM_TEXT) {
            c->tlen[n->id] = (uint32_t)text_collapsed_len(n->text, n->text_len);
            c->tcommas[n->id] = (uint32_t)text_count_commas(n->text, n->text_len);
            continue;
        }
        if (n->type != DOM_ELEMENT)
            continue;
        dom_node *p = n->parent;
        c->in_table[n->id] = p && p->type == DOM_ELEMENT && (c->in_table[p->id] || p->tag == TAG_TABLE);
        c->in_figure[n->id] = p && p->type == DOM_ELEMENT && (c->in_figure[p->id] || p->tag == TAG_FIGURE);
        if (p && p->type == DOM_ELEMENT)
            c->in_text[n->id] = (tag_flags[p->tag] & TF_BLOCK) ? !is_loose_container(p) : c->in_text[p->id];
        int w;
        c->cls[n->id] = classify_element_weight(&c->cix, n, &w);
        c->weight[n->id] = (int16_t)w;
        if (n != c->top) {
            /* Hidden and role-furniture elements are removed in the class
             * phase, where the "most of the text" protection applies: pages
             * hide their article until a script reveals it. */
            const char *v;
            if (dom_attr_get(n, "hidden"))
                c->cls[n->id] |= CL_HIDDEN;
            else if ((v = dom_attr_get(n, "aria-hidden")) && strcmp(v, "true") == 0)
                c->cls[n->id] |= CL_HIDDEN;
            else if ((v = dom_attr_get(n, "style")) && style_hidden(v))
                c->cls[n->id] |= CL_HIDDEN;
            if ((v = dom_attr_get(n, "role")) && role_furniture(v))
                c->cls[n->id] |= CL_ROLE;
        }
    }
    for (uint32_t i = c->norder; i-- > 1;) {
        dom_node *n = c->order[i];
        if (n->type == DOM_ELEMENT && (n->tag == TAG_IMG || n->tag == TAG_PICTURE))
            c->img_page[n->id]++;
        c->img_page[n->parent->id] += c->img_page[n->id];
        if (n->type == DOM_TEXT)
            c->text_page[n->id] = c->tlen[n->id];
        if (!(n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK)))
            c->text_page[n->parent->id] += c->text_page[n->id];
    }
}

/* Removal that does not depend on text amounts: junk tags and landmarks. */
static void mark_structural(ctx *c)
{
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || n == c->top)
            continue;
        if (n->ns != NS_HTML || (tag_flags[n->tag] & TF_JUNK) || n->tag == TAG_NAV || n->tag == TAG_ASIDE ||
            n->tag == TAG_FOOTER)
            n->flags |= DOM_F_REMOVED;
    }
}

/* dead[] from the removal flags, in one pre-order pass. */
static void propagate_dead(ctx *c)
{
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        c->pos[n->id] = i;
        c->dead[n->id] = (n->flags & DOM_F_REMOVED) ||
                         (n != c->top && n->parent && c->dead[n->parent->id]);
    }
}

/* --------------------------------------------------------------- measures */

/* One node's own contributions to the bottom-up totals; its children have
 * already pushed theirs into it (the pass runs over the pre-order
 * backwards), so after this n's totals are final. */
static void measure_node(ctx *c, dom_node *n)
{
    uint32_t id = n->id;
    if (n->type == DOM_TEXT) {
        c->text[id] = c->tlen[id];
        c->commas[id] = c->tcommas[id];
        return;
    }
    if (n->type != DOM_ELEMENT)
        return;
    switch (n->tag) {
    case TAG_A: c->link[id] = c->text[id]; break;
    case TAG_P: c->cnt_p[id]++; break;
    case TAG_LI: c->cnt_li[id]++; break;
    case TAG_IMG: c->cnt_img[id]++; c->imgs[id]++; break;
    case TAG_PICTURE: c->imgs[id]++; break;
    case TAG_INPUT: case TAG_SELECT: case TAG_TEXTAREA: case TAG_BUTTON: c->cnt_input[id]++; break;
    case TAG_EMBED: case TAG_OBJECT: case TAG_IFRAME: case TAG_VIDEO: c->cnt_embed[id]++; break;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
        c->htext[id] = c->text[id];
        break;
    default: break;
    }
    if ((n->tag == TAG_P || n->tag == TAG_PRE) && c->text[id] >= 80)
        c->paras[id]++;
    if ((tag_flags[n->tag] & TF_BLOCK) && c->own[id] >= MIN_PARAGRAPH && c->link[id] * 10 < c->text[id] * 3)
        c->good[id] += c->own[id];
}

/* Adds n's totals into its parent. */
static void measure_push(ctx *c, dom_node *n)
{
    uint32_t id = n->id, pid = n->parent->id;
    c->good[pid] += c->good[id];
    c->imgs[pid] += c->imgs[id];
    c->cnt_p[pid] += c->cnt_p[id];
    c->cnt_li[pid] += c->cnt_li[id];
    c->cnt_img[pid] += c->cnt_img[id];
    c->cnt_input[pid] += c->cnt_input[id];
    c->cnt_embed[pid] += c->cnt_embed[id];
    c->htext[pid] += c->htext[id];
    c->text[pid] += c->text[id];
    c->link[pid] += c->link[id];
    c->commas[pid] += c->commas[id];
    c->paras[pid] += c->paras[id];
    if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_BLOCK))
        c->has_block[pid] = 1;
    else if (n->type == DOM_TEXT || n->type == DOM_ELEMENT)
        c->own[pid] += n->type == DOM_TEXT ? c->text[id] : c->own[id];
}

static int clean_conditionally_says_remove(ctx *c, dom_node *n);
static void mark_removed(ctx *c, dom_node *n);

/* Bottom-up totals over order[first..end), the subtree of stop (whose
 * totals are not pushed to its parent). Removed subtrees count zero. With
 * clean_root, Readability's conditional cleaning runs inside the same
 * pass: each container is judged when its totals are final, deepest first,
 * and a removed one never reaches its parent's totals. Linear: no walk
 * up or down the tree per node. */
static void measure_range(ctx *c, uint32_t first, uint32_t end, dom_node *stop, dom_node *clean_root)
{
    for (uint32_t i = first; i < end; i++) {
        uint32_t id = c->order[i]->id;
        c->text[id] = c->link[id] = c->commas[id] = c->own[id] = c->paras[id] = 0;
        c->good[id] = c->imgs[id] = 0;
        c->cnt_p[id] = c->cnt_li[id] = c->cnt_input[id] = c->cnt_embed[id] = c->htext[id] = 0;
        c->cnt_img[id] = 0;
        c->has_block[id] = 0;
        c->size[id] = 1;
    }
    for (uint32_t i = end; i-- > first;) {
        dom_node *n = c->order[i];
        int push = n != stop && n->parent;
        if (push)
            c->size[n->parent->id] += c->size[n->id];
        if (n->flags & DOM_F_REMOVED)
            continue;
        measure_node(c, n);
        if (clean_root && n != clean_root && n->type == DOM_ELEMENT && !c->dead[n->id]) {
            switch (n->tag) {
            case TAG_FORM: case TAG_FIELDSET: case TAG_TABLE: case TAG_UL: case TAG_OL: case TAG_DIV:
            case TAG_SECTION:
                if (clean_conditionally_says_remove(c, n)) {
                    mark_removed(c, n);
                    continue;
                }
                break;
            default: break;
            }
        }
        if (push)
            measure_push(c, n);
    }
}

static void measure(ctx *c) { measure_range(c, 0, c->norder, c->top, NULL); }

static float link_density(const ctx *c, const dom_node *n)
{
    uint32_t t = c->text[n->id];
    return t ? (float)c->link[n->id] / (float)t : 0.0f;
}

/* Class hints that remove an element (step 1b) unless it holds most text. */
static void mark_by_class(ctx *c)
{
    uint32_t total = c->text[c->top->id];
    propagate_dead(c);
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        if (n != c->top && n->parent && c->dead[n->parent->id])
            c->dead[n->id] = 1;
        if (n->type != DOM_ELEMENT || n == c->top || c->dead[n->id])
            continue;
        uint32_t h = c->cls[n->id];
        if (!h)
            continue;
        int remove = 0;
        if ((c->flags & ATT_STRIP_UNLIKELY) && (h & CL_UNLIKELY) && !(h & CL_MAYBE) &&
            !c->in_table[n->id] && n->tag != TAG_BODY && n->tag != TAG_A && n->tag != TAG_ARTICLE &&
            n->tag != TAG_MAIN)
            remove = 1;
        /* An "unlikely" box that is mostly prose with few links is an
         * article's header with its standfirst, not the site's header.
         * A dialog, modal or overlay is never that: its prose is an
         * "outdated browser" notice or a sign-up pitch over the page. */
        if (remove && (h & CL_UNLIKELY) && !(h & (CL_COMMENT | CL_RELATED | CL_POPUP)) && c->paras[n->id] >= 1 &&
            c->good[n->id] * 3 >= c->text[n->id] * 2 && link_density(c, n) < 0.2f)
            remove = 0;
        int strip = c->flags & ATT_STRIP_UNLIKELY;
        if (strip && (h & (CL_COMMENT | CL_RELATED)))
            remove = 1;
        if (h & CL_COOKIE)
            remove = 1;
        /* Widgets (share bars, ads, sign-up boxes, bios, hidden bits) are
         * small; a class saying "share" or "paywall" on a block with three
         * or more real paragraphs names a feature of the article, not a
         * widget ("enable-pin-share", "paywall-content"). */
        uint32_t widget = strip ? (CL_SHARE | CL_AD | CL_CONSENT | CL_AUTHORBOX | CL_ROLE) : CL_ROLE;
        if (h & CL_HIDDEN)
            remove = 1;
        if ((h & widget) && !(c->paras[n->id] >= 3 && link_density(c, n) < 0.3f))
            remove = 1;
        if (h & CL_BODY)
            remove = 0;
        /* Landmarks of content are not removed for a class name, except
         * comments (WordPress marks each comment an <article class="comment">). */
        if ((n->tag == TAG_ARTICLE || n->tag == TAG_MAIN) && !(h & CL_COMMENT))
            remove = 0;
        /* An element with most of the page's text and real paragraphs is
         * the page, whatever its class says ("main-content-sidebar-wrap");
         * a list of captions holding most of the text is not. */
        if (remove && c->text[n->id] * 2 > total && total > CHAR_THRESHOLD && c->paras[n->id] >= 2)
            remove = 0;
        if (remove) {
            n->flags |= DOM_F_REMOVED;
            c->dead[n->id] = 1;
        }
    }
}

/* ---------------------------------------------------------------- scoring */

static int is_paragraph_tag(const dom_node *n)
{
    switch (n->tag) {
    case TAG_P: case TAG_PRE: case TAG_TD: case TAG_SECTION: case TAG_H2: case TAG_H3:
    case TAG_H4: case TAG_H5: case TAG_H6:
        return 1;
    default:
        return 0;
    }
}

static int is_text_container(const dom_node *n)
{
    switch (n->tag) {
    case TAG_DIV: case TAG_ARTICLE: case TAG_MAIN: case TAG_SECTION: case TAG_TD:
    case TAG_CENTER: case TAG_BODY: case TAG_FORM: case TAG_UNKNOWN:
        return 1;
    default:
        return 0;
    }
}

static float initial_score(const ctx *c, const dom_node *n)
{
    float s = 0;
    switch (n->tag) {
    case TAG_DIV: s = 5; break;
    case TAG_PRE: case TAG_TD: case TAG_BLOCKQUOTE: s = 3; break;
    case TAG_ADDRESS: case TAG_OL: case TAG_UL: case TAG_DL: case TAG_DD: case TAG_DT:
    case TAG_LI: case TAG_FORM: s = -3; break;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_TH: s = -5; break;
    default: break;
    }
    if (c->flags & ATT_WEIGHT_CLASSES) {
        s += (float)c->weight[n->id];
        /* Strong body hints (itemprop=articleBody, "entry-content") are the
         * CMS naming the body outright. */
        if (c->cls[n->id] & CL_BODY)
            s += 25;
        const char *ip = dom_attr_get(n, "itemprop");
        if (ip && strstr(ip, "articleBody"))
            s += 50;
    }
    return s;
}

static void add_score(ctx *c, dom_node *n, float v)
{
    if (!c->scored[n->id]) {
        c->scored[n->id] = 1;
        c->score[n->id] = initial_score(c, n);
    }
    c->score[n->id] += v;
}

static void score_paragraph(ctx *c, dom_node *para_parent, uint32_t len, uint32_t commas)
{
    float v = 1.0f + (float)commas + (float)(len / 100 < 3 ? len / 100 : 3);
    dom_node *a = para_parent;
    for (int level = 0; a && level < 5; level++, a = a->parent) {
        if (a->type != DOM_ELEMENT || a == c->top->parent)
            break;
        float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
        add_score(c, a, v / div);
        if (a == c->top)
            break;
    }
}

static void score_all(ctx *c)
{
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        c->scored[n->id] = 0;
        c->score[n->id] = 0;
    }
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || c->dead[n->id])
            continue;
        if (is_paragraph_tag(n) && !(n->tag == TAG_SECTION && c->has_block[n->id])) {
            if (c->text[n->id] >= MIN_PARAGRAPH && n->parent)
                score_paragraph(c, n->parent, c->text[n->id], c->commas[n->id]);
        } else if (is_text_container(n) && c->own[n->id] >= MIN_PARAGRAPH) {
            /* Inline text straight inside a div: Readability turns such a
             * div into a <p> (no block children) or wraps the runs in <p>s. */
            if (!c->has_block[n->id])
                score_paragraph(c, n->parent ? n->parent : n, c->own[n->id], c->commas[n->id]);
            else
                score_paragraph(c, n, c->own[n->id], 0);
        }
    }
}

static float final_score(const ctx *c, const dom_node *n)
{
    return c->score[n->id] * (1.0f - link_density(c, n));
}

/* ------------------------------------------------------------- selection */

static int is_ancestor(const dom_node *a, const dom_node *n)
{
    for (n = n ? n->parent : NULL; n; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

static dom_node *choose_top(ctx *c)
{
    dom_node *best[N_TOP] = {0};
    float bs[N_TOP] = {0};
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || !c->scored[n->id] || c->dead[n->id])
            continue;
        float s = final_score(c, n);
        for (int k = 0; k < N_TOP; k++) {
            if (!best[k] || s > bs[k]) {
                for (int j = N_TOP - 1; j > k; j--) {
                    best[j] = best[j - 1];
                    bs[j] = bs[j - 1];
                }
                best[k] = n;
                bs[k] = s;
                break;
            }
        }
    }
    dom_node *top = best[0];
#ifdef LEDE_DEBUG_BODY
    /* build with -DLEDE_DEBUG_BODY (build-dbg/) to trace candidate choice */
    fprintf(stderr, "attempt flags=%d\n", c->flags);
    for (int k = 0; k < N_TOP && best[k]; k++) {
        const char *cl = dom_attr_get(best[k], "class"), *id = dom_attr_get(best[k], "id");
        fprintf(stderr, "  cand %.1f raw %.1f ld %.2f text %u <%s id=%.30s class=%.60s>\n", bs[k],
                c->score[best[k]->id], link_density(c, best[k]), c->text[best[k]->id], best[k]->name,
                id ? id : "", cl ? cl : "");
    }
#endif
    if (!top || top == c->top)
        return top;
    /* Several strong candidates under one ancestor: the article is split
     * into parts (Readability's "alternative candidate" rule). */
    int nalt = 0;
    dom_node *alts[N_TOP];
    for (int k = 1; k < N_TOP; k++)
        if (best[k] && bs[k] / bs[0] >= 0.75f)
            alts[nalt++] = best[k];
    if (nalt >= 3) {
        for (dom_node *p = top->parent; p && p != c->top; p = p->parent) {
            int hits = 0;
            for (int k = 0; k < nalt; k++)
                if (is_ancestor(p, alts[k]))
                    hits++;
            if (hits >= 3) {
                top = p;
                break;
            }
        }
    }
#ifdef LEDE_DEBUG_BODY
    fprintf(stderr, "  after alternatives: <%s class=%.40s>\n", top->name, dom_attr_get(top, "class"));
#endif
    /* Walk up while the parent scores better: the candidate was one part. */
    float last = c->scored[top->id] ? final_score(c, top) : 0;
    float threshold = last / 3;
    for (dom_node *p = top->parent; p && p != c->top && p->type == DOM_ELEMENT; p = p->parent) {
        if (!c->scored[p->id])
            continue;
        float ps = final_score(c, p);
        if (ps < threshold)
            break;
        if (ps > last) {
            top = p;
            break;
        }
        last = ps;
    }
#ifdef LEDE_DEBUG_BODY
    fprintf(stderr, "  after walk-up: <%s class=%.40s>\n", top->name, dom_attr_get(top, "class"));
#endif
    /* Grow to the ancestor that adds the most prose for its furniture:
     * the article's intro, a second body part, a quote box beside the main
     * text. Each ancestor's value is the prose it adds (blocks of 25+ bytes
     * with few links) minus everything else it adds; the best one wins, so
     * one level of furniture (a share bar between two body parts) does not
     * stop the climb, while menus, teaser lists and link farms do. */
    {
        dom_node *best_anc = top;
        long best_gain = 0;
        for (dom_node *p = top->parent; p && p != c->top && p->type == DOM_ELEMENT; p = p->parent) {
            long extra = (long)c->text[p->id] - (long)c->text[top->id];
            long extra_good = (long)c->good[p->id] - (long)c->good[top->id];
            long gain = extra_good - 2 * (extra - extra_good);
            if (extra_good >= 60 && gain > best_gain) {
                best_gain = gain;
                best_anc = p;
            }
        }
        top = best_anc;
    }
#ifdef LEDE_DEBUG_BODY
    fprintf(stderr, "  after growth: <%s class=%.40s>\n", top->name, dom_attr_get(top, "class"));
#endif
    /* A lone child stands for its parent. */
    while (top->parent && top->parent != c->top && top->parent->type == DOM_ELEMENT) {
        int elems = 0;
        for (dom_node *k = top->parent->first_child; k; k = k->next)
            if (k->type == DOM_ELEMENT && !(k->flags & DOM_F_REMOVED))
                elems++;
        if (elems != 1)
            break;
        top = top->parent;
    }
    return top;
}

static int ends_sentence(const dom_node *n)
{
    /* find the last non-space byte of the last text node */
    const dom_node *last = NULL;
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_TEXT && d->text_len)
            last = d;
    if (!last)
        return 0;
    for (uint32_t i = last->text_len; i-- > 0;) {
        char ch = last->text[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r')
            continue;
        return ch == '.' || ch == '!' || ch == '?';
    }
    return 0;
}

/* Siblings that belong with the chosen node (Readability's rule). Writes
 * the body list into the article. */
static int collect_body(ctx *c, dom_node *top, dom_node ***out, size_t *nout)
{
    dom_node *parent = top->parent;
    size_t cap = 16, n = 0;
    dom_node **list = malloc(cap * sizeof *list);
    if (!list)
        return -1;
    if (!parent || top == c->top) {
        list[n++] = top;
    } else {
        float ts = c->scored[top->id] ? final_score(c, top) : 0;
        float threshold = ts * 0.2f > 10.0f ? ts * 0.2f : 10.0f;
        const char *tcls = dom_attr_get(top, "class");
        for (dom_node *s = parent->first_child; s; s = s->next) {
            int take = 0;
            if (s == top) {
                take = 1;
            } else if (s->type == DOM_ELEMENT && !(s->flags & DOM_F_REMOVED)) {
                float bonus = 0;
                const char *scls = dom_attr_get(s, "class");
                if (tcls && scls && *tcls && strcmp(tcls, scls) == 0)
                    bonus = ts * 0.2f;
                if (c->scored[s->id] && final_score(c, s) + bonus >= threshold) {
                    take = 1;
                } else if (s->tag == TAG_P) {
                    uint32_t len = c->text[s->id];
                    float ld = link_density(c, s);
                    if (len > 80 && ld < 0.25f)
                        take = 1;
                    else if (len > 0 && len <= 80 && ld == 0.0f && ends_sentence(s))
                        take = 1;
                }
            }
            if (!take)
                continue;
            if (n == cap) {
                cap *= 2;
                dom_node **l2 = realloc(list, cap * sizeof *list);
                if (!l2) {
                    free(list);
                    return -1;
                }
                list = l2;
            }
            list[n++] = s;
        }
    }
    *out = list;
    *nout = n;
    return 0;
}

/* --------------------------------------------------------------- cleaning */

/* Flags n removed and logs it (cleaning can be undone). Totals are
 * refreshed by the next measure pass, not here: walking up the ancestors
 * on every removal would cost depth x removals. */
static void mark_removed(ctx *c, dom_node *n)
{
    if (n->flags & DOM_F_REMOVED)
        return;
    n->flags |= DOM_F_REMOVED;
    if (c->nlog == c->caplog) {
        size_t cap = c->caplog ? c->caplog * 2 : 64;
        dom_node **l = realloc(c->log, cap * sizeof *l);
        if (l) {
            c->log = l;
            c->caplog = cap;
        }
    }
    if (c->nlog < c->caplog)
        c->log[c->nlog++] = n;
}

typedef struct counts {
    uint32_t p, img, li, input, embed, headings_text;
} counts;

/* What n holds, from the bottom-up totals: O(1), where walking the subtree
 * for every container would be quadratic in nested markup. Junk removed
 * inside n no longer counts; cleaning's own removals still do (as the
 * subtree was before cleaning). */
static void count_inside(const dom_node *n, counts *k, const ctx *c)
{
    uint32_t id = n->id;
    k->p = c->cnt_p[id] - (n->tag == TAG_P);
    k->img = c->cnt_img[id];
    k->li = c->cnt_li[id] - (n->tag == TAG_LI);
    k->input = c->cnt_input[id];
    k->embed = c->cnt_embed[id];
    k->headings_text = c->htext[id];
}

/* Readability's _cleanConditionally for one element. */
static int clean_conditionally_says_remove(ctx *c, dom_node *n)
{
    int weight = (c->flags & ATT_WEIGHT_CLASSES) ? c->weight[n->id] : 0;
    float score = c->scored[n->id] ? c->score[n->id] : 0;
    /* A list starts at -3 (Readability's tag weight) and its items pass it
     * only half their score, so a list of short prose items (steps,
     * conditions, legal clauses) stays negative and went for its tag
     * alone. Readability judges this test on the class weight only; a
     * prose list does too. Link lists (link density 0.2+, the limit the
     * rule below sets for other containers) keep the score: teaser and
     * menu lists (0.1: same snippet F1, readability text F1 -0.0006). */
    if ((n->tag == TAG_UL || n->tag == TAG_OL) && link_density(c, n) < 0.2f)
        score = 0;
    if (weight + score < 0)
        return 1;
    if (c->commas[n->id] >= 10)
        return 0;
    int is_list = n->tag == TAG_UL || n->tag == TAG_OL;
    counts k;
    count_inside(n, &k, c);
    uint32_t len = c->text[n->id];
    if (!is_list && len) {
        /* a div that is mostly a list counts as a list */
        uint32_t list_text = 0;
        for (dom_node *ch = n->first_child; ch; ch = ch->next)
            if (ch->type == DOM_ELEMENT && (ch->tag == TAG_UL || ch->tag == TAG_OL) &&
                !(ch->flags & DOM_F_REMOVED))
                list_text += c->text[ch->id];
        is_list = (float)list_text / (float)len > 0.9f;
    }
    float ld = link_density(c, n);
    float heading_density = len ? (float)k.headings_text / (float)len : 0;
    int in_figure = c->in_figure[n->id];
    int li = (int)k.li - 100;
    /* Readability's image rule (more than two images per paragraph) is
     * for galleries and teaser grids, where each picture carries a short
     * caption. A box with 300+ bytes of text per image is text with
     * pictures: a forum post with smilies, a recipe's steps with a photo
     * each, prose beside film posters. (100 per image: same snippet F1
     * with three leaks more; 200: lower.) */
    int gallery = k.img > 1 && (float)k.p / (float)k.img < 0.5f && !in_figure && len < IMG_TEXT_MIN * k.img;
    int remove =
        gallery ||
        (!is_list && li > (int)k.p) ||
        (k.input > k.p / 3) ||
        (!is_list && heading_density < 0.9f && len < 25 && (k.img == 0 || k.img > 2) && !in_figure) ||
        (!is_list && weight < 25 && ld > 0.2f) ||
        (weight >= 25 && ld > 0.5f) ||
        ((k.embed == 1 && len < 75) || k.embed > 1);
    if (is_list && remove) {
        /* a plain list of images is a gallery worth keeping */
        int all_simple = 1;
        for (dom_node *ch = n->first_child; ch; ch = ch->next) {
            if (ch->type != DOM_ELEMENT)
                continue;
            int kids = 0;
            for (dom_node *g = ch->first_child; g; g = g->next)
                if (g->type == DOM_ELEMENT)
                    kids++;
            if (kids > 1) {
                all_simple = 0;
                break;
            }
        }
        if (all_simple && k.li && k.img == k.li)
            return 0;
    }
    return remove;
}

/* ---- phrase lists ----
 * Every list below is sorted bytewise (tests/unit/test_body.c checks it),
 * so a lookup only tries the phrases that share the text's first byte. */
#define NPHRASES(a) (sizeof a / sizeof *a)

static size_t phrase_first(const char *const *items, size_t n, unsigned char c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((unsigned char)items[mid][0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* 1 when t starts with one of the phrases. */
static int phrase_prefix(const char *const *items, size_t n, const char *t)
{
    unsigned char c = (unsigned char)t[0];
    for (size_t i = phrase_first(items, n, c); i < n && (unsigned char)items[i][0] == c; i++)
        if (strncmp(t, items[i], strlen(items[i])) == 0)
            return 1;
    return 0;
}

/* 1 when t[0..len) is exactly one of the phrases. */
static int phrase_exact(const char *const *items, size_t n, const char *t, size_t len)
{
    unsigned char c = len ? (unsigned char)t[0] : 0;
    for (size_t i = phrase_first(items, n, c); i < n && (unsigned char)items[i][0] == c; i++)
        if (strlen(items[i]) == len && memcmp(t, items[i], len) == 0)
            return 1;
    return 0;
}

/* ---- teaser, call-to-action and furniture-heading phrases ----
 * Lower-case; the text of a short block is compared against them. These
 * are the words sites use for the same few page parts, in the languages of
 * the web's news; they describe kinds of furniture, not any one site. */

/* A block starting with one of these and carrying a link (or being very
 * short) points elsewhere: "Read more: ...", "Lea también: ...". */
static const char *const teaser_prefixes[] = {
    "a lire aussi", "also read", "auch interessant", "citește și", "click here", "czytaj także",
    "czytaj też", "czytaj więcej", "follow us", "lea además", "lea más", "lea también", "lea:",
    "lee también", "leer más", "lees meer", "lees ook", "leggi anche", "leggi l'articolo",
    "leggi tutto", "leia mais", "leia também", "les også", "lesen sie auch", "lesen sie hier",
    "lesen sie mehr", "lire aussi", "lire la suite", "listen:", "lue myös", "läs mer", "läs också",
    "læs også", "mehr lesen", "mehr zum thema", "more:", "pročitajte", "přečtěte si", "read also",
    "read more", "read next", "read the full", "recommended:", "related article", "related content",
    "related coverage", "related stor", "related:", "saiba mais", "see also", "sign up for",
    "subscribe to", "te puede interesar", "veja também", "ver más", "ver también", "voir aussi",
    "watch:", "weiterlesen", "zobacz także", "zobacz też", "à lire", "à lire aussi", "čtěte také",
    "διαβάστε επίσης", "читайте также", "читайте також", "читать далее",
};

/* Lines that ask the reader for something (subscribe, support, follow,
 * download) or explain a paywall: furniture even without a link. */
static const char *const prompt_prefixes[] = {
    "abbonati", "abonnez-vous", "abonnieren sie", "all articles", "all rights reserved",
    "alle artikel zu", "alle rechte vorbehalten", "already a subscriber", "already subscribed",
    "artikel gefallen", "assinar", "assine", "back to overview", "back to top", "become a member",
    "califica esta", "ce texte a été", "comments are closed", "den artikel mit anderen teilen",
    "der artikel erschien", "der beitrag wurde", "descarga la app", "did you find this",
    "dieser artikel erschien", "dieser artikel wurde", "dieser beitrag wurde", "dieser text wurde",
    "don't miss", "don’t miss", "download our app", "download the app", "este artículo fue",
    "first-time subscribers", "folgen sie uns", "follow us on", "get the app",
    "hat ihnen der artikel", "hat ihnen dieser artikel", "hazte miembro",
    "hier können sie den artikel bewerten", "if you're seeing this", "if you’re seeing this",
    "inscrivez-vous", "iscriviti", "ist dieser beitrag hilfreich", "jetzt abonnieren",
    "kommentare geschlossen", "kommentare sind geschlossen", "kostenlos zum newsletter",
    "like us on facebook", "log in to comment", "melden sie sich", "möchten sie den artikel teilen",
    "never miss", "newsletter abonnieren", "pingback", "questo articolo è", "rate this", "retour à",
    "return to", "share this article", "share this story", "sie müssen sich einloggen",
    "sign up for", "sign up to", "subscribe", "support independent journalism",
    "support our journalism", "suscribete", "suscríbete", "teilen sie diesen",
    "this article first appeared", "this article was originally", "this post was originally",
    "this story was originally", "to continue reading", "to read the full", "to read this",
    "to view the full", "todos los derechos", "torna a", "tous droits réservés", "trackback",
    "valora esta", "vergiss nicht zu teilen", "vervielfältigung", "volver a", "war der artikel",
    "war dieser artikel", "was this article helpful", "was this helpful", "you must be logged in",
    "zu allen beiträgen", "zurück zu", "zurück zum", "zurück zur", "únete a",
};

/* The prompt phrases that are navigation back ("Zurück zur Übersicht"),
 * and that also begin ordinary headings ("Zurück zur Normalität"). */
static const char *const back_prefixes[] = {
    "retour à", "return to", "torna a", "volver a", "zurück zu",
};

/* Lines that credit an image or a source: "Foto: ...", "Titelbild: ...". */
static const char *const credit_prefixes[] = {
    "(c) ", "abb.", "abbildung", "beitragsbild", "bild:", "bilder:", "credit:", "credits:",
    "crédit photo", "crédito", "fonte:", "foto ", "foto:", "fotos:", "fuente:", "image:", "imagen:",
    "images:", "photo by", "photo credit", "photo:", "photograph by", "photos:", "picture:",
    "quelle:", "source:", "titelbild", "©",
};

/* Headings (or short lines) that open a furniture section. */
static const char *const furniture_headings[] = {
    "about the author", "add a comment", "advertisement", "aktuelle produkttests",
    "articles similaires", "articoli correlati", "artículos relacionados", "auch lesen",
    "categories", "comentarios", "comentários", "comment", "commentaires", "commenti", "comments",
    "comments are closed", "das könnte dich auch interessieren",
    "das könnte sie auch interessieren", "das könnte sie interessieren", "discuss this article",
    "editor's picks", "empfehlungen der redaktion", "follow us", "further information",
    "further reading", "gerelateerde artikelen", "highlights aus dem heft", "in this category",
    "join the conversation", "join the discussion", "komentarze", "kommentar", "kommentare",
    "kommentare geschlossen", "kommentarer", "latest articles", "latest news", "latest stories",
    "leave a comment", "leave a reply", "leia também", "les plus lus", "lo más leído", "mais lidas",
    "mehr aus der sendung", "mehr zum thema", "meistgelesen", "meistgelesene artikel",
    "more articles", "more by", "more from", "more in this category", "more information",
    "more news", "more on this", "more stories", "more to explore", "most popular", "most read",
    "most viewed", "más noticias", "neueste artikel", "newsletter", "noch mehr infos für dich",
    "noticias relacionadas", "notícias relacionadas", "o autorze", "other articles by",
    "other reports by", "other stories", "otras noticias", "passend zum thema", "popular posts",
    "popular stories", "post a comment", "potrebbe interessarti", "powiązane artykuły", "reacties",
    "read next", "recommended", "recommended articles", "recommended for you",
    "recommended stories", "related", "related articles", "related content", "related coverage",
    "related links", "related news", "related posts", "related reading", "related stories",
    "relaterade artiklar", "responses", "share", "share on", "share this", "share this article",
    "share this post", "share this story", "sign up for our newsletter", "similar articles",
    "similar posts", "sobre el autor", "sobre o autor", "subscribe to our newsletter",
    "sull'autore", "sur le même sujet", "tags", "te puede interesar", "top stories", "topics",
    "trending", "trending now", "up next", "verwandte artikel", "view comments", "weitere artikel",
    "weitere beiträge", "weitere informationen", "weitere nachrichten", "weitere themen",
    "weiterführende informationen", "weiterführende links", "what to read next",
    "you may also like", "you may be interested in", "you might also like", "you might like",
    "zum autor", "zum weiterlesen", "zur autorin", "à lire aussi", "à propos de l'auteur",
    "ähnliche artikel", "ähnliche beiträge", "ähnliche nachrichten", "ähnliche themen",
    "über den autor", "комментарии", "похожие статьи", "читайте также",
};

/* Headings that open the comment section: everything after them in the
 * same container is the discussion. */
static const char *const comment_headings[] = {
    "add a comment", "comentarios", "comentários", "comment", "commentaires", "commenti",
    "comments", "discuss this article", "join the conversation", "join the discussion",
    "komentarze", "kommentar", "kommentare", "kommentarer", "kommentieren", "leave a comment",
    "leave a reply", "post a comment", "reacties", "reader comments", "responses", "комментарии",
};

enum { HEAD_NONE, HEAD_FURNITURE, HEAD_COMMENTS };

/* Classifies a heading's lower-cased text: a furniture section, the
 * comment section, or neither. A leading count ("12 comments"), a count in
 * brackets ("Comments (12)") and a trailing colon are ignored. */
static int furniture_heading_kind(const char *t)
{
    size_t len = strlen(t);
    const char *s = t;
    while (*s >= '0' && *s <= '9')
        s++;
    if (s != t && *s == ' ')
        s++;
    len -= (size_t)(s - t);
    while (len && (s[len - 1] == ':' || s[len - 1] == ' '))
        len--;
    if (len && s[len - 1] == ')') {
        size_t k = len - 1;
        while (k && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        if (k && s[k - 1] == '(') {
            len = k - 1;
            while (len && s[len - 1] == ' ')
                len--;
        }
    }
    if (phrase_exact(comment_headings, NPHRASES(comment_headings), s, len))
        return HEAD_COMMENTS;
    if (phrase_exact(furniture_headings, NPHRASES(furniture_headings), s, len))
        return HEAD_FURNITURE;
    /* "More from The Times", "Other reports by Jane Doe": a prefix plus a name */
    static const char *const name_headings[] = {"more by ", "more from ", "more on this", "other articles by ",
                                                "other reports by ", "share on "};
    if (phrase_prefix(name_headings, NPHRASES(name_headings), s))
        return HEAD_FURNITURE;
    return HEAD_NONE;
}

/* Bylines and datelines shown as a line of their own: "By Ruth Adeyemi
 * and Sam Cole", "Published 4 March 2023", "Aktualisiert: 03.04.2020". */
static const char *const byline_prefixes[] = {
    "af ", "author:", "autor:", "autorin:", "av ", "by ", "di ", "door ", "geschrieben von", "par ",
    "por ", "posted by", "reporting by", "text:", "texto:", "von ", "words by", "written by",
};
static const char *const dateline_prefixes[] = {
    "actualizado", "aggiornato", "aktualisiert", "bijgewerkt", "erstellt", "gepubliceerd",
    "last modified", "last updated", "mis à jour", "opublikowano", "posted", "pubblicato",
    "publicado", "publicerad", "published", "publié", "stand:", "updated", "uppdaterad",
    "veröffentlicht", "обновлено", "опубликовано",
};

static int is_byline_or_dateline(const char *t, size_t len, int today)
{
    if (len == 0 || len > 100)
        return 0;
    int sentence = t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == '?';
    if (!sentence && len < 90 && phrase_prefix(byline_prefixes, NPHRASES(byline_prefixes), t))
        return 1;
    if (len < 80 && phrase_prefix(dateline_prefixes, NPHRASES(dateline_prefixes), t))
        return 1;
    /* A short line that is mostly a date: "19 May 2024", "Jane Doe | March 15, 2019". */
    if (len < 70) {
        date_val d;
        size_t at = 0, end = 0;
        if (date_find_text(t, len, 0, today, &d, &at, &end) && end > at && len - (end - at) < 30)
            return 1;
    }
    return 0;
}

static int has_link(const dom_node *n)
{
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED))
            return 1;
    return 0;
}

/* The last link's text, lower-cased, when the block ends with it. */
static int ends_with_here_link(const dom_node *n)
{
    static const char *const here[] = {"here", "here.", "click here", "hier", "aquí", "aqui", "ici",
                                       "qui", "tutaj", "здесь", "tại đây", "här", "her"};
    const dom_node *last_a = NULL;
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A)
            last_a = d;
    if (!last_a)
        return 0;
    char t[32];
    text_prefix_lower(last_a, t, sizeof t);
    for (size_t i = 0; i < sizeof here / sizeof *here; i++)
        if (strcmp(t, here[i]) == 0)
            return 1;
    return 0;
}

/* 1 when s[0..n) starts with a bare address ("http...", "www."): a
 * source the author cites, not a headline. */
static int starts_address(const char *s, size_t n)
{
    return n >= 4 && (memcmp(s, "http", 4) == 0 || memcmp(s, "www.", 4) == 0);
}

/* "Mire: <a>headline</a>", "PUEDES VER: <a>...</a>", "Auch lesen: <a>...</a>":
 * a short kicker ending in a colon, then a headline link that is the rest
 * of the line. Sites word the kicker in every language, so the shape is the
 * rule, not the words. The kicker is at most 40 bytes (a label, not a
 * sentence) and kicker plus link text are 85%+ of the line (what follows
 * a headline link is at most a date or a source). */
static int is_kicker_link_line(const ctx *c, const dom_node *n)
{
    char pre[48];
    size_t len = 0;
    int space = 0;
    const dom_node *d;
    for (d = dom_next(n, n); d; d = dom_next(n, d)) {
        if (d->type == DOM_ELEMENT && d->tag == TAG_A)
            break;
        if (d->type != DOM_TEXT)
            continue;
        for (uint32_t i = 0; i < d->text_len; i++) {
            char ch = d->text[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                space = len > 0;
                continue;
            }
            if ((unsigned char)ch == 0xC2 && i + 1 < d->text_len && (unsigned char)d->text[i + 1] == 0xA0) {
                space = len > 0; /* a no-break space: "VEA TAMBIÉN:&nbsp;<a>" */
                i++;
                continue;
            }
            if (len + 2 >= sizeof pre)
                return 0;
            if (space)
                pre[len++] = ' ';
            space = 0;
            pre[len++] = ch;
        }
    }
    if (!d || (d->flags & DOM_F_REMOVED) || len < 3 || pre[len - 1] != ':' || c->text[d->id] < 20)
        return 0;
    /* The link is a headline: 20+ bytes (not a footnote mark "[41]" or a
     * file name) and not a bare address ("bug: https://...", "Web: www..."). */
    for (const dom_node *t = d; t; t = dom_next(d, t))
        if (t->type == DOM_TEXT && c->tlen[t->id] > 1) {
            const char *s = t->text, *e = t->text + t->text_len;
            while (s < e && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'))
                s++;
            if (starts_address(s, (size_t)(e - s)))
                return 0;
            break;
        }
    uint32_t total = c->text[n->id];
    return (len + c->link[n->id]) * 100 >= (size_t)total * 85;
}

static int is_teaser_block(ctx *c, dom_node *n)
{
    uint32_t len = c->text[n->id];
    if (len == 0 || len > TEASER_MAX)
        return 0;
    char t[TEASER_MAX + 8];
    text_prefix_lower(n, t, sizeof t);
    int link = has_link(n);
    if ((link || len < 100) && phrase_prefix(teaser_prefixes, NPHRASES(teaser_prefixes), t))
        return 1;
    /* "Read the full Times report here." */
    if (link && len < 120 && ends_with_here_link(n))
        return 1;
    if (phrase_prefix(prompt_prefixes, NPHRASES(prompt_prefixes), t))
        return 1;
    if (len < 160 && phrase_prefix(credit_prefixes, NPHRASES(credit_prefixes), t))
        return 1;
    /* A line that is only a link, in a block of its own: a teaser
     * headline. A bare address ("http://www.example.org/...") is a
     * source the author cites, not a headline. */
    if (link && !c->lenient && link_density(c, n) > 0.9f && n->tag != TAG_LI && len < 160 &&
        !(n->parent && (n->parent->tag == TAG_UL || n->parent->tag == TAG_OL)) &&
        !starts_address(t, strlen(t)))
        return 1;
    return 0;
}

static int is_heading_like(const ctx *c, const dom_node *n)
{
    if (tag_flags[n->tag] & TF_HEADING)
        return 1;
    /* short bold-only blocks act as headings */
    return (n->tag == TAG_P || n->tag == TAG_DIV) && c->text[n->id] > 0 && c->text[n->id] < 60;
}

/* Title similarity: equal after folding, or one contains the other and
 * covers 75% of it (Readability's textSimilarity threshold). */
static int duplicates_title(const char *heading, const char *title_lower)
{
    if (!title_lower || !*title_lower || !*heading)
        return 0;
    size_t hl = strlen(heading), tl = strlen(title_lower);
    if (hl == tl)
        return strcmp(heading, title_lower) == 0;
    const char *big = hl > tl ? heading : title_lower, *small = hl > tl ? title_lower : heading;
    size_t sl = hl > tl ? tl : hl, bl = hl > tl ? hl : tl;
    return strstr(big, small) && (float)sl / (float)bl >= 0.75f;
}

/* Layout containers: elements that hold blocks, not prose of their own. */
static int is_loose_container(const dom_node *n)
{
    switch (n->tag) {
    case TAG_DIV: case TAG_SECTION: case TAG_ARTICLE: case TAG_MAIN: case TAG_HEADER: case TAG_FORM:
    case TAG_CENTER: case TAG_SPAN: case TAG_UNKNOWN:
        return 1;
    default:
        return 0;
    }
}

/* A heading, or a short label line ("Mehr Themen:", "Schon gelesen?"),
 * that titles a section cleaning emptied: what followed it up to the next
 * heading was removed (teaser links, embedded cards, a share box) and
 * nothing of it is kept. The title of removed furniture is furniture too:
 * "Weitere Beiträge aus der Kolumne:" over a list of links, "Mehr zu Klima
 * und Konsum" over teaser cards, in any language. A heading with no
 * removed section after it (its text sits in the next container) stays.
 * <h1> stays: it is the article's title, followed by removed bylines. */
static int orphan_heading_candidate(const ctx *c, const dom_node *n)
{
    uint32_t len = c->text[n->id];
    if (len == 0 || len >= 100 || (n->flags & DOM_F_REMOVED))
        return 0;
    int h = n->tag >= TAG_H2 && n->tag <= TAG_H6 && (tag_flags[n->tag] & TF_HEADING);
    if ((!h && (n->tag != TAG_P || len >= 60)) || c->size[n->id] > LINE_MAX_NODES)
        return 0;
    /* A heading that ends a sentence is a standfirst ("Two-year-old bug
     * exposes thousands of servers."), kept. A short paragraph is a label
     * only when it says so: a trailing colon or question mark; a short
     * last sentence of the article is not. */
    char t[104];
    size_t l = text_prefix_lower(n, t, sizeof t);
    if (!l)
        return 0;
    if (h)
        return t[l - 1] != '.' && t[l - 1] != '!';
    return t[l - 1] == ':' || t[l - 1] == '?';
}

static int drop_orphan_headings(ctx *c, dom_node *root)
{
    int dropped = 0;
    for (dom_node *n = root->first_child ? root->first_child : NULL; n;) {
        if (n->type != DOM_ELEMENT || (n->flags & DOM_F_REMOVED)) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(root, n) : dom_next(root, n);
            continue;
        }
        if (!orphan_heading_candidate(c, n)) {
            n = dom_next(root, n);
            continue;
        }
        /* Siblings up to the next heading: one removed section with text,
         * and no kept text. At most LINE_MAX_NODES siblings are read. */
        int removed = 0, kept = 0, k = 0;
        for (dom_node *s = n->next; s && k < LINE_MAX_NODES && !kept; s = s->next, k++) {
            if (s->type == DOM_TEXT) {
                kept = !(s->flags & DOM_F_REMOVED) && c->tlen[s->id] > 1;
                continue;
            }
            if (s->type != DOM_ELEMENT || (tag_flags[s->tag] & TF_JUNK))
                continue;
            if (!(s->flags & DOM_F_REMOVED) && (tag_flags[s->tag] & TF_HEADING))
                break;
            /* a label line under the heading is judged on its own later;
             * the prose after it, if any, still counts here */
            if (!(s->flags & DOM_F_REMOVED) && s->tag == TAG_P && orphan_heading_candidate(c, s))
                continue;
            /* a hidden section (a collapsed answer, a tab) is content a
             * click reveals: its heading is what the reader sees */
            if (s->flags & DOM_F_REMOVED)
                removed |= c->text_page[s->id] > 0 && !(c->cls[s->id] & CL_HIDDEN);
            else
                kept = c->text[s->id] > 0;
        }
        if (removed && !kept && k < LINE_MAX_NODES) {
            mark_removed(c, n);
            dropped = 1;
            n = dom_next_skip(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
    return dropped;
}

/* What follows a furniture heading in its container goes too: for
 * comments, all of it; for teasers, the link lists and link blocks up to
 * the first block of prose or the next heading. */
static void drop_section_after(ctx *c, dom_node *n, int kind)
{
    for (dom_node *s = n->next; s; s = s->next) {
        if (s->type != DOM_ELEMENT) {
            if (kind == HEAD_COMMENTS && s->type == DOM_TEXT)
                s->flags |= DOM_F_REMOVED;
            continue;
        }
        if (tag_flags[s->tag] & TF_HEADING)
            break;
        if (s->flags & DOM_F_REMOVED)
            continue;
        if (c->lenient)
            break;
        if (kind == HEAD_COMMENTS || c->text[s->id] == 0 || link_density(c, s) > 0.4f || s->tag == TAG_UL ||
            s->tag == TAG_OL)
            mark_removed(c, s);
        else
            break;
    }
}

static void clean_body(ctx *c, dom_node *root, const char *title_lower)
{
    /* Pass 1, deepest first: conditional cleaning of containers, fused
     * with a fresh measure of root's subtree. */
    uint32_t first = c->pos[root->id], end = first + c->size[root->id];
    if ((c->flags & ATT_CLEAN_CONDITIONALLY) && !c->lenient)
        measure_range(c, first, end, root, root);
    /* Pass 2, document order: furniture headings, teasers, bylines,
     * captions, title duplicates. */
    for (dom_node *n = root->first_child ? root->first_child : NULL; n;) {
        if (n->type != DOM_ELEMENT || (n->flags & DOM_F_REMOVED)) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(root, n) : dom_next(root, n);
            continue;
        }
        uint32_t h = c->cls[n->id];
        uint32_t len = c->text[n->id];
        int drop = 0;
        if (n->tag == TAG_FIGCAPTION || ((h & CL_CAPTION) && len < 400))
            drop = 1;
        /* A media box: a layout box or figure holding an image and a
         * little text outside any real paragraph is a picture with its
         * caption and credit, or a teaser card with its thumbnail. */
        else if ((is_loose_container(n) || n->tag == TAG_FIGURE) && c->img_page[n->id] && len < MEDIA_TEXT_MAX &&
                 c->paras[n->id] == 0 && n != root)
            drop = 1;
        else if ((h & CL_META) && len < 200)
            drop = 1;
        else if ((n->tag == TAG_H1 || n->tag == TAG_H2) && (c->flags & ATT_WEIGHT_CLASSES) &&
                 c->weight[n->id] < 0)
            drop = 1;
        else if ((h & CL_SHARE) && len < 500)
            drop = 1;
        /* Line checks read the block's text and links: only for short
         * blocks of few nodes, so nested markup cannot make them quadratic. */
        if (!drop && len && len < TEASER_MAX && c->size[n->id] <= LINE_MAX_NODES &&
            (is_heading_like(c, n) || tag_flags[n->tag] & TF_BLOCK)) {
            char t[TEASER_MAX + 8];
            int kind;
            text_prefix_lower(n, t, sizeof t);
            if ((tag_flags[n->tag] & TF_HEADING) && duplicates_title(t, title_lower)) {
                drop = 1;
            } else if (is_heading_like(c, n) && (kind = furniture_heading_kind(t)) != HEAD_NONE) {
                drop = 1;
                drop_section_after(c, n, kind);
            } else if ((tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_H1 &&
                       phrase_prefix(prompt_prefixes, NPHRASES(prompt_prefixes), t) &&
                       !phrase_prefix(back_prefixes, NPHRASES(back_prefixes), t)) {
                /* A heading that asks ("Ist dieser Beitrag hilfreich?",
                 * "Sign up for ...") titles a widget, not a section; its
                 * link list goes with it. The "back to" phrases are not
                 * read in headings: "Zurück zur Normalität", "Return to
                 * the Moon" title sections of articles. */
                drop = 1;
                drop_section_after(c, n, HEAD_FURNITURE);
            } else if (!(tag_flags[n->tag] & TF_HEADING) && is_byline_or_dateline(t, strlen(t), c->today)) {
                drop = 1;
                if (!c->byline)
                    c->byline = n;
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_TR &&
                       is_teaser_block(c, n)) {
                drop = 1;
            } else if (!c->lenient && n->tag != TAG_TD && n->tag != TAG_TR && n->tag != TAG_LI &&
                       !(n->parent && (n->parent->tag == TAG_UL || n->parent->tag == TAG_OL)) &&
                       c->link[n->id] && is_kicker_link_line(c, n)) {
                /* list items are exempt: "Name: <a>link</a>" lists are a
                 * resource list the article may be about */
                drop = 1;
            }
        }
        if (!drop && !c->lenient && is_loose_container(n) && c->own[n->id] > 0 &&
            c->own[n->id] < LOOSE_MAX && !(n->parent && c->own[n->parent->id] >= MIN_PARAGRAPH) &&
            !(!(tag_flags[n->tag] & TF_BLOCK) && c->in_text[n->id])) {
            /* Short text straight inside a layout container, outside any
             * paragraph: labels, datelines, credits, "Related" kickers.
             * Prose sits in paragraphs or runs longer. An inline box (a
             * <span>) inside a paragraph, list item, heading or cell is
             * part of that block's text, however short: a subheading
             * "<p><span><strong>5. Jane Doe</strong></span></p>", an
             * ingredient "<li><span>6</span> <span>eggs</span></li>", a
             * coloured phrase in a sentence. */
            if (!c->has_block[n->id]) {
                drop = 1;
            } else {
                /* Formatting around a real paragraph is not a label:
                 * pages wrap their lead in <strong><p>...</p></strong>.
                 * A short line in a wrapper (<time><h4>By ...</h4></time>)
                 * and a custom element (<pp-teaser>, a component) are
                 * judged as before. */
                for (dom_node *k = n->first_child; k; k = k->next)
                    if (k->type == DOM_TEXT ||
                        (k->type == DOM_ELEMENT && !(tag_flags[k->tag] & TF_BLOCK) &&
                         (k->tag == TAG_UNKNOWN || c->paras[k->id] == 0)))
                        mark_removed(c, k);
            }
        }
        if (drop) {
            mark_removed(c, n);
            n = dom_next_skip(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
    /* totals after this pass's removals, for the caller's checks */
    measure_range(c, first, end, root, NULL);
    if (!c->lenient && drop_orphan_headings(c, root))
        measure_range(c, first, end, root, NULL);
}

/* Hands the metadata stage the visible lines that may name the author
 * (art->byline_lines): the byline line dropped from the body, then, with
 * the first <h1> as the anchor, the short text lines after it (up to the
 * first line of prose, at most 30 lines) that start like a byline or a
 * dateline. */
static void hand_over_bylines(ctx *c)
{
    lede_article *art = c->art;
    art->nbyline_lines = 0;
    if (c->byline)
        art->byline_lines[art->nbyline_lines++] = c->byline;
    dom_node *h1 = NULL;
    for (uint32_t i = 0; i < c->norder && !h1; i++)
        if (c->order[i]->type == DOM_ELEMENT && c->order[i]->tag == TAG_H1)
            h1 = c->order[i];
    if (!h1)
        return;
    int lines = 0;
    for (dom_node *n = dom_next_skip(c->top, h1); n && lines < 30; n = dom_next(c->top, n)) {
        if (n->type != DOM_TEXT || c->tlen[n->id] < 3)
            continue;
        if (c->tlen[n->id] >= 120)
            break; /* prose: the byline, if any, came before */
        lines++;
        char t[128];
        size_t len = text_prefix_lower(n, t, sizeof t);
        if (!author_has_prefix(t) && !is_byline_or_dateline(t, len, c->today))
            continue;
        if (art->nbyline_lines < BYLINE_LINES_MAX)
            art->byline_lines[art->nbyline_lines++] = n;
    }
}

/* 1 when one of the subtrees in list contains top or lies inside it. */
static int overlaps(dom_node **list, size_t n, const dom_node *top)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] == top || is_ancestor(list[i], top) || is_ancestor(top, list[i]))
            return 1;
    return 0;
}

/* For the unit tests: 1 when every phrase list is sorted bytewise, as
 * the first-byte lookup needs. */
int extract_body_lists_sorted(void)
{
    static const struct {
        const char *const *items;
        size_t n;
    } lists[] = {
        {teaser_prefixes, NPHRASES(teaser_prefixes)},       {prompt_prefixes, NPHRASES(prompt_prefixes)},
        {credit_prefixes, NPHRASES(credit_prefixes)},       {furniture_headings, NPHRASES(furniture_headings)},
        {comment_headings, NPHRASES(comment_headings)},     {byline_prefixes, NPHRASES(byline_prefixes)},
        {dateline_prefixes, NPHRASES(dateline_prefixes)},   {back_prefixes, NPHRASES(back_prefixes)},
    };
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (size_t i = 1; i < lists[l].n; i++)
            if (strcmp(lists[l].items[i - 1], lists[l].items[i]) >= 0)
                return 0;
    return 1;
}

/* ------------------------------------------------------------------ entry */

static void clear_removed(ctx *c)
{
    for (uint32_t i = 0; i < c->norder; i++)
        c->order[i]->flags &= ~(uint32_t)DOM_F_REMOVED;
}

static uint32_t body_text_len(const ctx *c, dom_node **list, size_t n)
{
    uint32_t t = 0;
    for (size_t i = 0; i < n; i++)
        t += (list[i]->flags & DOM_F_REMOVED) ? 0 : c->text[list[i]->id];
    return t;
}

/* The standfirst: the lead paragraph an article header puts under the
 * headline, outside the body's container (header.article-head > h1 +
 * p.subtitle, then div.article-body). Growth does not reach it when the
 * header also holds bylines, dates and share bars, whose text outweighs
 * one paragraph. The headline anchors it: the first <h1> before the body
 * that repeats the page title; its container (up to 4 levels, never one
 * holding the body, at most 800 nodes: a header with its menu) is read
 * for paragraphs after it with 80 to 1000 bytes of text (a sentence or a
 * summary, not a kicker, not a text of its own), no link, and not a
 * byline, dateline or caption. At most two are taken, and added before
 * the body. (3 levels / 400 nodes: 3 snippets fewer; 4 / 800 added one
 * standfirst on readability.) Linear: one pass up to the body, one over
 * the bounded header box. */
/* Title similarity ignoring ASCII spaces and punctuation: an <h1> built
 * from a kicker span and a headline ("<span>Die Zukunft der
 * Arbeit</span>\"Wir dekorieren...\"") against the title "Die Zukunft der
 * Arbeit - \"Wir dekorieren...\"". Same 75% containment as duplicates_title. */
static int squeezed_match(const char *a, const char *b)
{
    char sa[512], sb[512];
    size_t la = 0, lb = 0;
    for (const char *p = a; *p && la + 1 < sizeof sa; p++)
        if ((unsigned char)*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
            sa[la++] = *p;
    for (const char *p = b; *p && lb + 1 < sizeof sb; p++)
        if ((unsigned char)*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
            sb[lb++] = *p;
    sa[la] = sb[lb] = '\0';
    if (la < 10 || lb < 10)
        return 0;
    return duplicates_title(sa, sb);
}

#define STANDFIRST_MIN 80
#define STANDFIRST_BOX 800
#define STANDFIRST_MAX 1000
static int add_standfirst(ctx *c, dom_node *top, const char *title_lower, dom_node ***list, size_t *nlist)
{
    if (!title_lower || !*title_lower || top == c->top || !*nlist)
        return 0;
    /* the first <h1> that is the headline: a logo in an <h1> comes first
     * on some sites */
    dom_node *h1 = NULL;
    uint32_t top_pos = c->pos[top->id];
    for (uint32_t i = 0; i < top_pos && !h1; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || n->tag != TAG_H1 || c->dead[n->id] || c->text[n->id] == 0 ||
            c->size[n->id] > LINE_MAX_NODES)
            continue;
        char t[512];
        text_prefix_lower(n, t, sizeof t);
        if (duplicates_title(t, title_lower) || squeezed_match(t, title_lower))
            h1 = n;
    }
    if (!h1)
        return 0;
    dom_node *box = h1;
    for (int up = 0; up < 4; up++) {
        dom_node *p = box->parent;
        if (!p || p == c->top || p->type != DOM_ELEMENT || is_ancestor(p, top) || c->dead[p->id])
            break;
        box = p;
    }
    if (box == h1 || c->size[box->id] > STANDFIRST_BOX)
        return 0;
    for (size_t i = 0; i < *nlist; i++)
        if ((*list)[i] == box || is_ancestor((*list)[i], box))
            return 0;
    dom_node *found[2];
    int nfound = 0;
    uint32_t end = c->pos[box->id] + c->size[box->id];
    for (uint32_t i = c->pos[h1->id] + c->size[h1->id]; i < end && nfound < 2; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || n->tag != TAG_P || c->dead[n->id])
            continue;
        uint32_t len = c->text[n->id];
        if (len < STANDFIRST_MIN || c->link[n->id] || len >= STANDFIRST_MAX)
            continue;
        /* a picture's caption in the header is not the lead: a figure,
         * a caption class, or a credit mark */
        if (c->in_figure[n->id] || ((c->cls[n->id] | c->cls[n->parent->id]) & CL_CAPTION))
            continue;
        char line[2 * TEASER_MAX + 8];
        size_t l = text_prefix_lower(n, line, sizeof line);
        if (is_byline_or_dateline(line, l, c->today) || strstr(line, "\xc2\xa9"))
            continue;
        found[nfound++] = n;
    }
    if (!nfound)
        return 0;
    dom_node **l2 = realloc(*list, (*nlist + (size_t)nfound) * sizeof **list);
    if (!l2)
        return -1;
    *list = l2;
    /* the header precedes the body: the paragraphs go first, in order */
    memmove(l2 + nfound, l2, *nlist * sizeof *l2);
    for (int k = 0; k < nfound; k++)
        l2[k] = found[k];
    *nlist += (size_t)nfound;
    return 0;
}

/* One attempt with the given flags: returns the body list (malloc'd). */
static int attempt(ctx *c, const char *title_lower, dom_node ***list, size_t *nlist)
{
    clear_removed(c);
    c->byline = NULL;
    mark_structural(c);
    measure(c);
    c->visible = c->text[c->top->id];
    mark_by_class(c);
    measure(c);
    propagate_dead(c);
    score_all(c);
    dom_node *top = choose_top(c);
    if (!top)
        top = c->top;
    if (collect_body(c, top, list, nlist) != 0)
        return -1;
    for (size_t i = 0; i < *nlist; i++) {
        dom_node *root = (*list)[i];
        if (root->type != DOM_ELEMENT)
            continue;
        uint32_t before = c->text[root->id];
        c->nlog = 0;
        clean_body(c, root, title_lower);
        /* Cleaning that leaves under 30% of a real body has mistaken the
         * article's own links for furniture (a link round-up, a list of
         * sources): undo it and clean again without the link rules. */
        if (before >= CHAR_THRESHOLD && c->text[root->id] * 10 < before * 3) {
            for (size_t k = 0; k < c->nlog; k++)
                c->log[k]->flags &= ~(uint32_t)DOM_F_REMOVED;
            measure(c);
            c->lenient = 1;
            clean_body(c, root, title_lower);
            c->lenient = 0;
        }
    }
    return add_standfirst(c, top, title_lower, list, nlist);
}

/* Carves every per-node side table out of one zeroed allocation: one
 * malloc per page instead of one per table. */
#define SIDE_TABLES(X)                                                                          \
    X(order) X(text) X(link) X(commas) X(own) X(paras) X(good) X(imgs) X(img_page) X(text_page) X(cnt_p)         \
    X(cnt_li) X(cnt_img) X(cnt_input) X(cnt_embed) X(htext) X(tlen) X(tcommas) X(cls) X(size)      \
    X(pos) X(score) X(weight) X(has_block) X(in_table) X(in_figure) X(in_text) X(dead) X(scored)
#define SIDE_BYTES(f) ((c->n * sizeof *c->f + 7) & ~(size_t)7)

static int side_tables_alloc(ctx *c)
{
    size_t total = 0;
#define X(f) total += SIDE_BYTES(f);
    SIDE_TABLES(X)
#undef X
    char *p = calloc(1, total);
    if (!p)
        return -1;
    c->block = p;
#define X(f)                                                                                        \
    c->f = (void *)p;                                                                               \
    p += SIDE_BYTES(f);
    SIDE_TABLES(X)
#undef X
    return 0;
}

int extract_body(lede_article *art)
{
    dom_document *doc = art->doc;
    ctx c;
    dom_node **best = NULL;
    size_t nbest = 0;
    uint32_t best_len = 0;
    memset(&c, 0, sizeof c);
    c.art = art;
    c.doc = doc;
    c.top = doc->body ? doc->body : doc->root;
    c.n = doc->node_count + 1;
    int rc = -1;
    if (side_tables_alloc(&c) != 0)
        goto done;

    char title_lower[512] = "";
    if (art->title) {
        size_t tl = strlen(art->title);
        if (tl >= sizeof title_lower)
            tl = sizeof title_lower - 1;
        /* collapse whitespace like text_prefix_lower does */
        size_t o = 0;
        int sp = 0;
        for (size_t i = 0; i < tl; i++) {
            char ch = art->title[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                sp = o > 0;
                continue;
            }
            if (sp)
                title_lower[o++] = ' ';
            sp = 0;
            title_lower[o++] = ch;
        }
        title_lower[o] = '\0';
        text_lower_utf8(title_lower, o);
    }

    c.today = date_today();
    prepare(&c);
    /* Readability's retry ladder: each attempt removes less. */
    static const int ladders[] = {ATT_STRIP_UNLIKELY | ATT_WEIGHT_CLASSES | ATT_CLEAN_CONDITIONALLY,
                                  ATT_WEIGHT_CLASSES | ATT_CLEAN_CONDITIONALLY, ATT_CLEAN_CONDITIONALLY, 0};
    int best_flags = ladders[0];
    dom_node *strict_top = NULL; /* the strict attempt's main subtree */
    uint32_t strict_len = 0;
    for (size_t a = 0; a < sizeof ladders / sizeof *ladders; a++) {
        dom_node **list = NULL;
        size_t nlist = 0;
        c.flags = ladders[a];
        if (attempt(&c, title_lower, &list, &nlist) != 0)
            goto done;
        uint32_t len = body_text_len(&c, list, nlist);
        if (a == 0) {
            for (size_t i = 0; i < nlist; i++)
                if (!strict_top || c.text[list[i]->id] > c.text[strict_top->id])
                    strict_top = list[i];
            strict_len = len;
        } else if (strict_top && strict_len >= STRICT_KEEP && !overlaps(list, nlist, strict_top)) {
            /* A laxer attempt that found its text elsewhere found it in
             * what the strict one removed on purpose (a sign-up form, a
             * comment thread): a short real article beats it. */
            free(list);
            continue;
        }
        /* Enough text, or all the page has (a near-empty page, hostile
         * markup): a laxer attempt cannot find more. */
        if (len >= CHAR_THRESHOLD || len * 10 >= c.visible * 9) {
            free(best);
            best = list;
            nbest = nlist;
            best_flags = ladders[a];
            best_len = len;
            goto chosen;
        }
        if (!best || len > best_len) {
            free(best);
            best = list;
            nbest = nlist;
            best_len = len;
            best_flags = ladders[a];
        } else {
            free(list);
        }
    }
    /* none reached the threshold: redo the longest so the flags match it */
    free(best);
    best = NULL;
    c.flags = best_flags;
    if (attempt(&c, title_lower, &best, &nbest) != 0)
        goto done;
chosen:
    /* Pages that name their author only in a visible line ("By Ruth
     * Adeyemi and Sam Cole", "Nellie Chapman | March 15, 2019"): the
     * metadata stage reads names from the lines handed over here. */
    hand_over_bylines(&c);
    art->body = arena_alloc(&doc->mem, (nbest ? nbest : 1) * sizeof *art->body);
    if (!art->body)
        goto done;
    if (nbest)
        memcpy(art->body, best, nbest * sizeof *best);
    art->nbody = nbest;
    rc = 0;
done:
    free(best);
    free(c.block);
    free(c.log);
    return rc;
}

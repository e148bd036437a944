/* select.c: Readability's scoring of paragraph-like blocks and the choice
 * of the main subtree (the best candidate, moved up to an ancestor shared
 * by other strong candidates) with the good siblings around it. */
#include "body_int.h"
#include "words/words.h"

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

void body_score_all(ctx *c)
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
        if (is_paragraph_tag(n) && !(n->tag == TAG_SECTION && c->tot[n->id].has_block)) {
            if (c->tot[n->id].text >= MIN_PARAGRAPH && n->parent)
                score_paragraph(c, n->parent, c->tot[n->id].text, c->tot[n->id].commas);
        } else if (is_text_container(n) && c->tot[n->id].own >= MIN_PARAGRAPH) {
            /* Inline text straight inside a div: Readability turns such a
             * div into a <p> (no block children) or wraps the runs in <p>s. */
            if (!c->tot[n->id].has_block)
                score_paragraph(c, n->parent ? n->parent : n, c->tot[n->id].own, c->tot[n->id].commas);
            else
                score_paragraph(c, n, c->tot[n->id].own, 0);
        }
    }
}

static float final_score(const ctx *c, const dom_node *n)
{
    return c->score[n->id] * (1.0f - body_link_density(c, n));
}

/* ------------------------------------------------------------- selection */

int body_is_ancestor(const dom_node *a, const dom_node *n)
{
    for (n = n ? n->parent : NULL; n; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

/* The prose in wrapper's children before core's branch, counted from the
 * first child that holds a heading (see page_wrapper_earned). */
static long page_wrapper_intro(const ctx *c, const dom_node *core, const dom_node *wrapper)
{
    const dom_node *branch = core;
    while (branch->parent != wrapper)
        branch = branch->parent;
    long before = 0;
    int headline_seen = 0;
    for (const dom_node *k = wrapper->first_child; k && k != branch; k = k->next) {
        if (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED))
            continue;
        headline_seen |= c->tot[k->id].htext > 0;
        if (headline_seen)
            before += c->tot[k->id].good;
    }
    return before;
}

#define PAGE_CHILD_SHARE 0.8 /* of a box's prose in one child: that child is the article's */

/* Growth into a page-level wrapper (a direct child of <body>: div#page,
 * div.site-container) must be earned. Such a wrapper holds the article
 * and everything around it, and prose-like furniture (an author bio, a
 * footer's disclaimers, a topic listing) passes the growth test as easily
 * as a second body part does. It is earned by a lot of prose (at least
 * half the core's own: the article really is split) or by an intro: 60+
 * bytes of prose in the wrapper's children before the core's branch (the
 * headline block with its standfirst), counted from the first child that
 * holds a heading: prose above the headline is an alert bar, a weather
 * warning or a site notice, never the article's intro. Half: the dev
 * sets' page-level growths with less and no intro were an author bio
 * with a footer's disclaimers and a teaser stream (a quarter gave the
 * same; the core's own size lost half of one article, whose second part
 * sits beside an embedded video).
 *
 * Only the intro earns it when a deeper growth (deeper, the ancestor the
 * climb took so far; core when none) already holds PAGE_CHILD_SHARE of
 * the wrapper's prose and what lies outside it is one block at most
 * (fewer than two <p> of 80+ bytes): an <article> whose own later parts
 * passed the half test took the page around it, and a trust-seal blurb
 * after a call to action came along. Two real paragraphs outside are
 * the story going on after </article> (a closing part after an ad
 * break, an editor's note), and the half test judges them as before. */
static int page_wrapper_earned(const ctx *c, const dom_node *core, const dom_node *deeper, const dom_node *wrapper,
                               long extra_good)
{
    int deeper_holds_it = deeper != core &&
                          (double)c->tot[deeper->id].good >= PAGE_CHILD_SHARE * c->tot[wrapper->id].good &&
                          c->tot[wrapper->id].paras < c->tot[deeper->id].paras + 2;
    if (!deeper_holds_it && extra_good * 2 >= (long)c->tot[core->id].good)
        return 1;
    /* 60 bytes: a standfirst's sentence, more than a kicker or a date
     * line above the headline (docs/body.md, growth) */
    return page_wrapper_intro(c, core, wrapper) >= 60;
}

/* The growth into a page-level wrapper as cleaning would leave it. The
 * prose that earned it may be furniture that reads like prose: the one-line
 * summaries of a "more news" stream or of a mega-menu's teasers, a topic
 * listing. Conditional cleaning (Readability's rules, teaser-card lists)
 * removes those once the wrapper is the root, but then the wrapper's
 * leftovers (alert bars, tag clouds, prev/next links, footer lines) come
 * along. So the wrapper's subtree is measured once with conditional
 * cleaning, the earned test is asked again on what is left, and the
 * removals are undone (flags cleared, subtree measured again: the totals
 * are as they were, the ancestors' were never changed). Runs only where growth
 * would take a wrapper: one or two linear passes over it. */
static int page_wrapper_survives_cleaning(ctx *c, const dom_node *core, const dom_node *deeper, dom_node *wrapper)
{
    uint32_t first = c->pos[wrapper->id], end = first + c->tot[wrapper->id].size;
    size_t saved = c->nlog;
    body_measure_range(c, first, end, wrapper, wrapper);
    int core_removed = 0;
    for (const dom_node *a = core; a != wrapper; a = a->parent)
        if (a->flags & DOM_F_REMOVED)
            core_removed = 1;
    long extra = (long)c->tot[wrapper->id].text - (long)c->tot[core->id].text;
    long extra_good = (long)c->tot[wrapper->id].good - (long)c->tot[core->id].good;
    /* Refused only when what cleaning leaves beside the core is furniture
     * that would come along: 60+ bytes, without the prose that earns a
     * wrapper. A core that cleaning itself removes was no article (a
     * review widget beside the product text), and a wrapper that keeps
     * nothing beside the core gives the core's text either way. */
    int kept = core_removed || extra < 60 || (extra_good >= 60 && page_wrapper_earned(c, core, deeper, wrapper, extra_good));
#ifdef LEDE_DEBUG_BODY
    fprintf(stderr, "  wrapper after cleaning: good %u text %u, core good %u text %u, kept %d\n",
            c->tot[wrapper->id].good, c->tot[wrapper->id].text, c->tot[core->id].good, c->tot[core->id].text, kept);
#endif
    /* Undone from dead[] (the removals before this trial, propagate_dead)
     * rather than from the log, which may have lost entries to a failed
     * allocation: cleaning flags only live nodes. */
    for (uint32_t i = first; i < end; i++) {
        dom_node *n = c->order[i];
        if (c->dead[n->id])
            continue;
        if (n->flags & DOM_F_REMOVED)
            body_set_removed(c, n, 0);
        n->flags &= ~(uint32_t)DOM_F_MEDIA;
    }
    c->nlog = saved;
    body_measure_range(c, first, end, wrapper, NULL);
    return kept;
}

/* The first child of top that steps_into accepts and that holds
 * PAGE_CHILD_SHARE of top's prose; NULL when there is none, or when top
 * holds less than a paragraph's worth. */
static dom_node *child_holding_prose(const ctx *c, const dom_node *top, int (*steps_into)(const dom_node *))
{
    uint32_t good = c->tot[top->id].good;
    if (good < MIN_PARAGRAPH)
        return NULL;
    for (dom_node *k = top->first_child; k; k = k->next)
        if (k->type == DOM_ELEMENT && !(k->flags & DOM_F_REMOVED) && steps_into(k) &&
            (double)c->tot[k->id].good >= PAGE_CHILD_SHARE * good)
            return k;
    return NULL;
}

/* A box at page level to step into: a container, or a layout table's
 * table, section or row. */
static int is_page_level_box(const dom_node *k)
{
    return is_text_container(k) || k->tag == TAG_TABLE || k->tag == TAG_TBODY || k->tag == TAG_TR;
}

/* A candidate at page level (<body> or a direct child of it) must be
 * earned: scores pile up there from everything on the page (a layout
 * table's cells each pass their whole text on, a sidebar's comma-heavy
 * tag lines add up). When one child box holds most of its prose
 * (PAGE_CHILD_SHARE), that box is the article's; the step repeats while
 * there is such a child. Blocks of text (a paragraph, a list) are no box
 * to step into. Growth (below) may still take the wrapper back when the
 * prose beside the box earns it. */
static dom_node *descend_from_page_level(const ctx *c, dom_node *top)
{
    if (top != c->top && top->parent != c->top)
        return top;
    for (dom_node *box; (box = child_holding_prose(c, top, is_page_level_box)) != NULL;)
        top = box;
    return top;
}

/* A layout table's section or row (<tbody>, <thead>, <tfoot>, <tr>). */
static int is_table_section_or_row(const dom_node *k)
{
    return k->tag == TAG_TBODY || k->tag == TAG_THEAD || k->tag == TAG_TFOOT || k->tag == TAG_TR;
}

/* A part of a layout table to step into: a section, a row or a cell. */
static int is_table_part(const dom_node *k)
{
    return is_table_section_or_row(k) || k->tag == TAG_TD || k->tag == TAG_TH;
}

/* A layout table's row (or its table) as the candidate: every cell is a
 * paragraph-like block that passes its whole text on, so the row holding
 * the article's cell beside two sidebar cells (search box, "most read"
 * link lists) outscores the article's cell itself. When one part of the
 * table (section, row, cell) holds most of its prose (PAGE_CHILD_SHARE),
 * that part is the article's, down to the cell; growth may still take the
 * row back when the prose in the other cells earns it. */
static dom_node *descend_in_layout_table(const ctx *c, dom_node *top)
{
    dom_node *box;
    while ((top->tag == TAG_TABLE || is_table_section_or_row(top)) &&
           (box = child_holding_prose(c, top, is_table_part)) != NULL)
        top = box;
    return top;
}

/* 1 when a is n or an ancestor of n: O(1) from the pre-order positions. */
static int holds_node(const ctx *c, const dom_node *a, const dom_node *n)
{
    return c->pos[a->id] <= c->pos[n->id] && c->pos[n->id] < c->pos[a->id] + c->tot[a->id].size;
}

/* The article's headline: the first <h1>/<h2> that repeats the title.
 * One pass over the pre-order, reading only headings, once per page (the
 * attempts differ only in what they remove: the caller checks dead[]). */
dom_node *body_find_headline(ctx *c)
{
    if (c->headline_done)
        return c->headline;
    c->headline_done = 1;
    if (!c->title_lower || !*c->title_lower)
        return NULL;
    uint64_t tl = strlen(c->title_lower);
    for (uint32_t i = 0; i < c->norder; i++)
        if (body_heading_repeats_title(c, c->order[i], tl))
            return c->headline = c->order[i];
    return NULL;
}

int body_heading_repeats_title(const ctx *c, const dom_node *n, uint64_t tl)
{
    if (n->type != DOM_ELEMENT || (n->tag != TAG_H1 && n->tag != TAG_H2) || !c->tot[n->id].text ||
        c->tot[n->id].size > LINE_MAX_NODES)
        return 0;
    /* body_duplicates_title wants the lengths within 3:4; the subtree's
     * text length tells most headings apart unread */
    uint64_t hl = c->tot[n->id].text;
    if (hl * 4 < tl * 3 || tl * 4 < hl * 3)
        return 0;
    char t[TEASER_MAX + 8];
    text_prefix_lower(n, t, sizeof t);
    return body_duplicates_title(t, c->title_lower);
}

/* The chosen candidate and the article's headline meet only at page
 * level (<body> or a wrapper right under it): the candidate sits in
 * another part of the page than the headline. When the headline's part
 * holds a real article below it (HEADLINE_BRANCH_GOOD bytes of prose in
 * HEADLINE_BRANCH_PARAS or more real paragraphs: more than a headline
 * block's standfirst, which add_standfirst joins to an article body kept
 * apart from it), that part's best candidate is the
 * article's, however much prose the other part has: a terms-and-
 * conditions modal, a recommendation-card list whose summaries outscore
 * paragraphs that sit each in a wrapper of their own, a cookie or
 * privacy text the page appends to <body>. *ceiling gets the meeting
 * point, which growth may not reach (it would bring the other part
 * back). */
/* 300, not 500: three real paragraphs of a short article (477 bytes of
 * prose) lost to a terms modal appended to <body>; a headline block's
 * standfirst is one paragraph, which the paragraph count already tells */
#define HEADLINE_BRANCH_GOOD 300
#define HEADLINE_BRANCH_PARAS 3
static dom_node *prefer_headline_branch(ctx *c, dom_node *top, dom_node **ceiling)
{
    dom_node *h = body_find_headline(c);
    if (!h || c->dead[h->id] || holds_node(c, top, h))
        return top;
    dom_node *ca = top->parent;
    while (ca && !holds_node(c, ca, h))
        ca = ca->parent;
    /* ca == h: the headline holds the candidate (an <h1> never closed
     * runs around the article's paragraphs), so there is no other part */
    if (!ca || ca == h || (ca != c->top && ca->parent != c->top))
        return top;
    dom_node *bh = h;
    while (bh && bh->parent != ca)
        bh = bh->parent;
    if (!bh)
        return top;
    if (c->tot[bh->id].good < HEADLINE_BRANCH_GOOD || c->tot[bh->id].paras < HEADLINE_BRANCH_PARAS)
        return top;
    dom_node *best = NULL;
    float bs = 0;
    for (uint32_t i = c->pos[bh->id], end = i + c->tot[bh->id].size; i < end; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || !c->scored[n->id] || c->dead[n->id])
            continue;
        float s = final_score(c, n);
        if (!best || s > bs) {
            best = n;
            bs = s;
        }
    }
    if (!best)
        return top;
    *ceiling = ca;
    return best;
}

/* 1 when n is a dialog the page opens over itself: its first element
 * (of the first DIALOG_LEAD_READ) is a close control, a short box whose
 * class or id has the word "close" or "dismiss" ("<div class="close">
 * Close [x]</div>", "<button class="btn-close">"). A shop's shipping
 * terms kept at the end of <body> for a "shipping costs" link open so. */
#define DIALOG_LEAD_READ 2
#define DIALOG_CLOSE_MAX 24 /* bytes: "Close", "Close [x]", "x" */
static int opens_with_close_control(const ctx *c, const dom_node *n)
{
    int read = 0;
    for (const dom_node *k = n->first_child; k && read < DIALOG_LEAD_READ; k = k->next) {
        if (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED))
            continue;
        read++;
        if (c->tot[k->id].text < DIALOG_CLOSE_MAX &&
            (words_in_value(&words_class_dialog_close_words, dom_attr_get(k, "class"), 0) ||
             words_in_value(&words_class_dialog_close_words, dom_attr_get(k, "id"), 0)))
            return 1;
    }
    return 0;
}

/* A box that wins on its class name alone: "content", "entry-content"
 * and the like add 25 to a box's score however little it holds, so a
 * footer's one-paragraph "about us" (div.footer_content) outscored an
 * article of five paragraphs (one <p> split by <br>s) whose wrappers have
 * plain names. Asked after growth, which takes a small box into its
 * article when the article is around it. When the root still holds one
 * real paragraph at most and under CLASS_WIN_GOOD_MAX bytes of prose, and
 * one of the other top candidates beside it (neither holds the other) has
 * 2 * CLASS_WIN_GOOD_MAX bytes of prose or more, twice the root's, and a
 * higher score than the root's without its class bonus, that candidate
 * is the article. */
#define CLASS_WIN_GOOD_MAX 500
static dom_node *outscore_class_bonus(ctx *c, dom_node *top, dom_node *const *best, const float *bs)
{
    if (!(c->flags & ATT_WEIGHT_CLASSES) || !c->scored[top->id] || c->tot[top->id].paras > 1 ||
        c->tot[top->id].good >= CLASS_WIN_GOOD_MAX)
        return top;
    int saved = c->flags;
    c->flags &= ~ATT_WEIGHT_CLASSES;
    float plain = initial_score(c, top);
    c->flags = saved;
    float bonus = initial_score(c, top) - plain;
    if (bonus <= 0)
        return top;
    float without = final_score(c, top) - bonus * (1.0f - body_link_density(c, top));
    for (int k = 0; k < N_TOP && best[k]; k++) {
        dom_node *o = best[k];
        /* a dialog's text (shipping terms, a terms-of-use modal) is no
         * article that a class bonus hid: the page shows it on demand */
        if (o == top || body_is_ancestor(o, top) || body_is_ancestor(top, o) || opens_with_close_control(c, o))
            continue;
        if (c->tot[o->id].good >= 2 * CLASS_WIN_GOOD_MAX && c->tot[o->id].good >= 2 * c->tot[top->id].good &&
            bs[k] > without)
            return o;
    }
    return top;
}

dom_node *body_choose_top(ctx *c)
{
    c->ceiling = NULL;
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
                c->score[best[k]->id], body_link_density(c, best[k]), c->tot[best[k]->id].text, best[k]->name,
                id ? id : "", cl ? cl : "");
    }
#endif
    if (!top || top == c->top)
        return top;
    /* Several strong candidates under one ancestor: the article is split
     * into parts (Readability's "alternative candidate" rule). */
    int nalt = 0;
    dom_node *alts[N_TOP];
    /* A part holds at least a tenth of the best candidate's text. A
     * teaser's one-line summary in a "content"-named box scores near a
     * whole article (the class bonus outweighs its prose), and three of
     * them in a "more news" list (170 bytes each beside a 2,500-byte
     * story, a fifteenth) moved the root up to the page region. Real
     * parts measured on the dev sets are larger: a recipe's step blocks
     * (a sixth of the best), a download page's pros-and-cons headings (a
     * ninth); a quarter lost those. */
    for (int k = 1; k < N_TOP; k++)
        if (best[k] && bs[k] / bs[0] >= 0.75f && 10 * (uint64_t)c->tot[best[k]->id].text >= c->tot[top->id].text)
            alts[nalt++] = best[k];
    if (nalt >= 3) {
        for (dom_node *p = top->parent; p && p != c->top; p = p->parent) {
            int hits = 0;
            for (int k = 0; k < nalt; k++)
                if (body_is_ancestor(p, alts[k]))
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
    top = descend_from_page_level(c, top);
    top = descend_in_layout_table(c, top);
    top = prefer_headline_branch(c, top, &c->ceiling);
    /* Grow to the ancestor that adds the most prose for its furniture:
     * the article's intro, a second body part, a quote box beside the main
     * text. Each ancestor's value is the prose it adds (blocks of 25+ bytes
     * with few links) minus everything else it adds; the best one wins, so
     * one level of furniture (a share bar between two body parts) does not
     * stop the climb, while menus, teaser lists and link farms do. */
    {
        dom_node *best_anc = top;
        long best_gain = 0;
        for (dom_node *p = top->parent; p && p != c->top && p != c->ceiling && p->type == DOM_ELEMENT; p = p->parent) {
            long extra = (long)c->tot[p->id].text - (long)c->tot[top->id].text;
            long extra_good = (long)c->tot[p->id].good - (long)c->tot[top->id].good;
            long gain = extra_good - c->favor->grow_penalty * (extra - extra_good);
            if (p->parent == c->top && !page_wrapper_earned(c, top, best_anc, p, extra_good))
                continue;
            /* an ancestor must add 60+ bytes of prose, a sentence: one
             * caption or button line that reads as prose earns no level */
            if (extra_good >= 60 && gain > best_gain && p->parent == c->top &&
                (c->flags & ATT_CLEAN_CONDITIONALLY) && !page_wrapper_survives_cleaning(c, top, best_anc, p))
                continue;
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
    if (!c->ceiling)
        top = outscore_class_bonus(c, top, best, bs);
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

/* 1 when top is a page-level part (a child of <body>) that holds the
 * article's headline and, like the headline's part in
 * prefer_headline_branch, a real article (HEADLINE_BRANCH_GOOD bytes of
 * prose in HEADLINE_BRANCH_PARAS real paragraphs). */
static int page_part_with_article(ctx *c, dom_node *top)
{
    if (top->parent != c->top || c->tot[top->id].good < HEADLINE_BRANCH_GOOD ||
        c->tot[top->id].paras < HEADLINE_BRANCH_PARAS)
        return 0;
    dom_node *h = body_find_headline(c);
    return h && !c->dead[h->id] && holds_node(c, top, h);
}

/* Siblings that belong with the chosen node (Readability's rule). Writes
 * the body list into the article. */
int body_collect(ctx *c, dom_node *top, dom_node ***out, size_t *nout)
{
    dom_node *parent = top->parent;
    size_t cap = 16, n = 0;
    dom_node **list = malloc(cap * sizeof *list);
    if (!list)
        return -1;
    /* no siblings from where the headline's part of the page meets the
     * part the scores preferred (prefer_headline_branch), nor beside a
     * page-level part (a child of <body>) that holds the headline over a
     * real article: the parts beside it are the page's other layers (a
     * terms-and-conditions modal, a privacy text appended to <body>),
     * whose prose scores past Readability's sibling threshold */
    if (!parent || top == c->top || parent == c->ceiling || page_part_with_article(c, top)) {
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
                    /* Readability's sibling paragraphs: over 80 bytes
                     * with under a quarter of it linked, or a shorter
                     * one with no link that ends a sentence (a short
                     * paragraph of the story, not a label) */
                    uint32_t len = c->tot[s->id].text;
                    float ld = body_link_density(c, s);
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

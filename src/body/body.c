/* body.c: finding the article body and removing the page furniture in it;
 * this file holds the marks, the measures, the attempts and the entry, the
 * other steps are in select.c, clean.c and phrases.c (body_int.h).
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
#include "body_int.h"
#include "core/chars.h"
#include "words/words.h"

#include <stddef.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* totals_start and totals_add rely on this layout. */
_Static_assert(sizeof(body_totals) == 64, "body_totals is four 16-byte vectors");
_Static_assert(offsetof(body_totals, own) == BODY_SUMMED * sizeof(uint32_t), "the summed totals come first");
_Static_assert(offsetof(body_totals, size) == 52, "size is the second lane of the fourth vector");

/* ------------------------------------------------------------------ marks */

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

/* CL_HIDDEN for an element the page hides (hidden, aria-hidden="true", a
 * style with display:none or visibility:hidden) and CL_ROLE for an ARIA
 * role of page furniture. One pass over the attributes, taking the first of
 * each name as dom_attr_get would, instead of four lookups per element. */
static uint32_t hiding_hints(const dom_node *n)
{
    const char *hidden = NULL, *aria_hidden = NULL, *style = NULL, *role = NULL;
    for (uint32_t i = 0; i < n->nattrs; i++) {
        const dom_attr *a = &n->attrs[i];
        const char **slot = NULL;
        switch (a->name_len) {
        case 4: slot = memcmp(a->name, "role", 4) == 0 ? &role : NULL; break;
        case 5: slot = memcmp(a->name, "style", 5) == 0 ? &style : NULL; break;
        case 6: slot = memcmp(a->name, "hidden", 6) == 0 ? &hidden : NULL; break;
        case 11: slot = memcmp(a->name, "aria-hidden", 11) == 0 ? &aria_hidden : NULL; break;
        default: break;
        }
        if (slot && !*slot)
            *slot = a->value;
    }
    uint32_t h = 0;
    if (hidden || (aria_hidden && strcmp(aria_hidden, "true") == 0) || (style && dom_style_hides(style)))
        h |= CL_HIDDEN;
    if (role && role_furniture(role))
        h |= CL_ROLE;
    return h;
}

/* A hidden card inside a paragraph that the parser split. A person's
 * hover card set inline ("<p>... from <a>Name</a><span class=hovercard>
 * <div>Name</div><ul>latest headlines</ul></span>, who chairs ...</p>")
 * holds blocks; a block start tag closes the open <p> (HTML's parsing
 * rules), so the card's span stays empty at the paragraph's end, its
 * blocks become the paragraph's siblings and the sentence's rest is loose
 * text after them, read as a line of its own: "... from Name", the card's
 * name, ", who chairs ...". Where a <p>'s last child is an inline element
 * hidden by its class or attributes (the card) that holds no text and is
 * no icon (a void element, svg, math), the paragraph's next
 * siblings are up to SPLIT_CARD_NODES elements, the first a block, with
 * no text between them and under SPLIT_CARD_TEXT bytes of text, and then
 * loose text that goes on with the sentence (it opens with a lower-case
 * letter or a punctuation mark), those elements go back into the card
 * and the loose text with the inline nodes after it, up to the next block,
 * back into the paragraph: the tree the markup meant. The card is removed
 * for its class as before, and the sentence reads whole. */
#define SPLIT_CARD_NODES 8
#define SPLIT_CARD_TEXT 1000

static int blank_text(const dom_node *t)
{
    for (size_t i = 0; i < t->text_len; i++)
        if (!chars_is_space((unsigned char)t->text[i]))
            return 0;
    return 1;
}

/* 1 for a lower-case letter of Latin-1, Latin Extended-A (its case
 * pairs: "ł", "š", "ğ", "ı"), Romanian's "ș" "ț", Greek or Cyrillic */
static int lower_letter_cp(uint32_t cp)
{
    if (cp >= 0xDF && cp <= 0xFF)
        return cp != 0xF7; /* ß..ÿ but ÷ */
    if (cp >= 0x100 && cp <= 0x137)
        return cp & 1;
    if (cp >= 0x139 && cp <= 0x148)
        return !(cp & 1);
    if (cp >= 0x14A && cp <= 0x177)
        return cp & 1;
    if (cp >= 0x179 && cp <= 0x17E)
        return !(cp & 1);
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F || cp == 0x219 || cp == 0x21B)
        return 1;
    return (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F);
}

/* the text's first visible character (past white space and no-break
 * spaces) goes on with a sentence: a lower-case letter (lower_letter_cp),
 * a closing or separating mark, a dash, CJK's comma */
static int continues_sentence(const dom_node *t)
{
    size_t i = 0;
    while (i < t->text_len) {
        if (chars_is_space((unsigned char)t->text[i]))
            i++;
        else if (chars_nbsp_shy((const unsigned char *)t->text + i, t->text_len - i) == ' ')
            i += 2;
        else
            break;
    }
    if (i >= t->text_len)
        return 0;
    const unsigned char *u = (const unsigned char *)t->text + i;
    size_t left = t->text_len - i;
    if ((u[0] >= 'a' && u[0] <= 'z') || (u[0] && strchr(",.;:)]!?", u[0])))
        return 1;
    if (left >= 2 && u[0] >= 0xC3 && u[0] <= 0xD1 && (u[1] & 0xC0) == 0x80 &&
        lower_letter_cp(((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F)))
        return 1;
    if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))
        return 1; /* – — */
    if (left >= 3 && ((u[0] == 0xE3 && u[1] == 0x80 && (u[2] == 0x81 || u[2] == 0x82)) ||
                      (u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x8C)))
        return 1; /* 、 。 ， */
    return 0;
}

/* Nodes read in all to measure the elements between the paragraph and
 * the loose text (no card's blocks come near it), and to look for text
 * in the card. */
#define SPLIT_CARD_READ 512

/* 1 when the elements from first up to s (excluded) hold at most
 * SPLIT_CARD_TEXT bytes of text, as written, within one budget of
 * SPLIT_CARD_READ nodes for all of them */
static int split_blocks_fit(const dom_node *first, const dom_node *s)
{
    size_t text = 0, read = 0;
    for (const dom_node *k = first; k != s; k = k->next)
        for (const dom_node *d = k; d; d = dom_next(k, d)) {
            if (++read > SPLIT_CARD_READ)
                return 0;
            if (d->type == DOM_TEXT && (text += d->text_len) > SPLIT_CARD_TEXT)
                return 0;
        }
    return 1;
}

/* The parser leaves a card cut out of its paragraph with only what came
 * before its first block: no text. A screen-reader or decorative span
 * ("(quotation)", an emoji, "shown in the table below") was closed before
 * the block and keeps its text; the block after it is the author's own
 * list, quote or table and stays where it is. A card past SPLIT_CARD_READ
 * nodes counts as holding text. */
static int card_is_textless(const dom_node *card)
{
    size_t read = 0;
    for (const dom_node *d = card; d; d = dom_next(card, d)) {
        if (++read > SPLIT_CARD_READ || (d->type == DOM_TEXT && !blank_text(d)))
            return 0;
    }
    return 1;
}

static void rejoin_split_card(ctx *c, dom_node *p)
{
    dom_node *card = p->last_child;
    while (card && ((card->type == DOM_TEXT && blank_text(card)) || (card->type != DOM_TEXT && card->type != DOM_ELEMENT)))
        card = card->prev;
    if (!card || card->type != DOM_ELEMENT || (tag_flags[card->tag] & TF_BLOCK) || card->tag == TAG_A)
        return;
    if (!((classify_element_weight(&c->cix, card, NULL) | hiding_hints(card)) & CL_HIDDEN))
        return;
    if ((tag_flags[card->tag] & TF_VOID) || card->tag == TAG_SVG || card->tag == TAG_MATH)
        return; /* a decorative icon, never a card */
    /* the siblings first, the loose text after them, and only then
     * the card's text and the blocks' sizes: a paragraph that merely
     * ends in a hidden span reads a few siblings */
    dom_node *s = p->next, *first = NULL;
    int elements = 0;
    for (; s; s = s->next) {
        if (s->type == DOM_TEXT) {
            if (!blank_text(s))
                break;
            continue;
        }
        if (s->type != DOM_ELEMENT)
            continue;
        if (!first) {
            if (!(tag_flags[s->tag] & TF_BLOCK))
                return;
            first = s;
        }
        if (++elements > SPLIT_CARD_NODES)
            return;
    }
    if (!first || !s || !continues_sentence(s) || !card_is_textless(card) || !split_blocks_fit(first, s))
        return;
    for (dom_node *k = first, *next; k != s; k = next) {
        next = k->next;
        dom_detach(k);
        dom_append(card, k);
    }
    for (dom_node *k = s, *next; k && !(k->type == DOM_ELEMENT && (tag_flags[k->tag] & TF_BLOCK)); k = next) {
        next = k->next;
        dom_detach(k);
        dom_append(p, k);
    }
}

static void rejoin_split_cards(ctx *c)
{
    for (dom_node *n = c->top; n; n = dom_next(c->top, n))
        if (n->type == DOM_ELEMENT && n->tag == TAG_P && n->next && n->parent)
            rejoin_split_card(c, n);
}

/* Removal that does not depend on text amounts: junk tags, hidden
 * elements, landmarks and ARIA roles. Fills order[], cls[], in_table[]. */
static void prepare(ctx *c)
{
    /* Once per page: the pre-order, class hints and weights, text sizes.
     * The attempts below only change removal flags. */
    c->norder = 0;
    classify_index_init(&c->cix);
    rejoin_split_cards(c); /* the shared tree: it stays rejoined for the extractors after body */
    for (dom_node *n = c->top; n; n = dom_next(c->top, n)) {
        c->pos[n->id] = c->norder; /* fixed for the page, as order[] is */
        c->order[c->norder++] = n;
        if (n->type == DOM_TEXT) {
            size_t collapsed, commas;
            text_measure(n->text, n->text_len, &collapsed, &commas);
            c->tlen[n->id] = (uint32_t)collapsed;
            c->tcommas[n->id] = (uint32_t)commas;
            continue;
        }
        if (n->type != DOM_ELEMENT)
            continue;
        dom_node *p = n->parent;
        c->in_table[n->id] = p && p->type == DOM_ELEMENT && (c->in_table[p->id] || p->tag == TAG_TABLE);
        c->in_figure[n->id] = p && p->type == DOM_ELEMENT && (c->in_figure[p->id] || p->tag == TAG_FIGURE);
        if (p && p->type == DOM_ELEMENT)
            c->in_text[n->id] = (tag_flags[p->tag] & TF_BLOCK) ? !body_is_loose_container(p) : c->in_text[p->id];
        int w;
        c->cls[n->id] = classify_element_weight(&c->cix, n, &w);
        c->weight[n->id] = (int16_t)w;
        if (n != c->top) {
            /* Hidden and role-furniture elements are removed in the class
             * phase, where the "most of the text" protection applies: pages
             * hide their article until a script reveals it. */
            c->cls[n->id] |= hiding_hints(n);
        }
    }
    for (uint32_t i = c->norder; i-- > 1;) {
        dom_node *n = c->order[i];
        if (n->type == DOM_ELEMENT && (n->tag == TAG_IMG || n->tag == TAG_PICTURE || body_is_amp_img(n)))
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
            body_set_removed(c, n, 1);
    }
}

#define ASIDE_NODES_READ 256 /* nodes of an <aside> read for the article's headline */

/* An <aside> that holds the article's headline (an <h1> that repeats the
 * title) and a real paragraph is the article set in the wrong landmark
 * (a CMS that wraps its "direct content" box in <aside>), not a sidebar:
 * removed as a landmark, the whole article was lost and the body became
 * the page's menu. It is kept; its contents are judged as any box's.
 * Returns 1 when one was kept (the totals are stale then). */
static int keep_article_asides(ctx *c)
{
    if (!c->title_lower || !*c->title_lower)
        return 0;
    int kept = 0;
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || n->tag != TAG_ASIDE || !(n->flags & DOM_F_REMOVED) ||
            c->tot[n->id].paras == 0)
            continue;
        int seen = 0;
        for (const dom_node *d = dom_next(n, n); d && seen < ASIDE_NODES_READ; d = dom_next(n, d), seen++) {
            if (d->type != DOM_ELEMENT || d->tag != TAG_H1 || !c->tot[d->id].text || c->tot[d->id].text > TEASER_MAX)
                continue;
            char t[TEASER_MAX + 8];
            text_prefix_lower(d, t, sizeof t);
            if (body_duplicates_title(t, c->title_lower)) {
                body_set_removed(c, n, 0);
                kept = 1;
            }
            break;
        }
    }
    return kept;
}

/* dead[] from the removal flags, in one pre-order pass. */
static void propagate_dead(ctx *c)
{
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        c->dead[n->id] = (n->flags & DOM_F_REMOVED) ||
                         (n != c->top && n->parent && c->dead[n->parent->id]);
    }
}

/* --------------------------------------------------------------- measures */

/* One node's own contributions to the bottom-up totals; its children have
 * already pushed theirs into it (the pass runs over the pre-order
 * backwards), so after this n's totals are final. */
static inline void measure_node(ctx *c, dom_node *n)
{
    body_totals *t = &c->tot[n->id];
    if (n->type == DOM_TEXT) {
        t->text = c->tlen[n->id];
        t->commas = c->tcommas[n->id];
        return;
    }
    if (n->type != DOM_ELEMENT)
        return;
    switch (n->tag) {
    case TAG_A: t->link = t->text; break;
    case TAG_P: t->cnt_p++; break;
    case TAG_LI: t->cnt_li++; break;
    case TAG_IMG: t->cnt_img++; t->imgs++; break;
    case TAG_PICTURE: t->imgs++; break;
    case TAG_UNKNOWN:
        if (body_is_amp_img(n)) {
            t->cnt_img++;
            t->imgs++;
        }
        break;
    case TAG_INPUT: case TAG_SELECT: case TAG_TEXTAREA: case TAG_BUTTON: t->cnt_input++; break;
    case TAG_EMBED: case TAG_OBJECT: case TAG_IFRAME: case TAG_VIDEO: t->cnt_embed++; break;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
        t->htext = t->text;
        break;
    default: break;
    }
    if ((n->tag == TAG_P || n->tag == TAG_PRE) && t->text >= 80)
        t->paras++;
    if ((tag_flags[n->tag] & TF_BLOCK) && t->own >= MIN_PARAGRAPH && t->link * 10 < t->text * 3)
        t->good += t->own;
}

/* Starts a node's totals: all zero, size 1. */
static inline void totals_start(body_totals *t)
{
#if defined(__SSE2__)
    __m128i z = _mm_setzero_si128();
    _mm_storeu_si128((__m128i *)(void *)t, z);
    _mm_storeu_si128((__m128i *)(void *)t + 1, z);
    _mm_storeu_si128((__m128i *)(void *)t + 2, z);
    _mm_storeu_si128((__m128i *)(void *)t + 3, _mm_setr_epi32(0, 1, 0, 0)); /* own, size, has_block, step_img */
#else
    memset(t, 0, sizeof *t);
    t->size = 1;
#endif
}

/* Adds the first BODY_SUMMED totals of child into parent's. */
static inline void totals_add(body_totals *parent, const body_totals *child)
{
#if defined(__SSE2__)
    for (int k = 0; k < BODY_SUMMED / 4; k++) {
        __m128i *d = (__m128i *)(void *)parent + k;
        const __m128i *s = (const __m128i *)(const void *)child + k;
        _mm_storeu_si128(d, _mm_add_epi32(_mm_loadu_si128(d), _mm_loadu_si128(s)));
    }
#else
    /* field by field: indexing past &parent->text would be undefined */
    parent->text += child->text;
    parent->link += child->link;
    parent->commas += child->commas;
    parent->paras += child->paras;
    parent->good += child->good;
    parent->imgs += child->imgs;
    parent->cnt_p += child->cnt_p;
    parent->cnt_li += child->cnt_li;
    parent->cnt_img += child->cnt_img;
    parent->cnt_input += child->cnt_input;
    parent->cnt_embed += child->cnt_embed;
    parent->htext += child->htext;
#endif
}

/* Adds child n's totals into p, its parent's. */
static inline void measure_push(const ctx *c, body_totals *p, const dom_node *n)
{
    const body_totals *t = &c->tot[n->id];
    totals_add(p, t);
    p->step_img += t->step_img;
    if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_BLOCK))
        p->has_block = 1;
    else if (n->type == DOM_TEXT || n->type == DOM_ELEMENT)
        p->own += n->type == DOM_TEXT ? t->text : t->own;
}


/* n's totals from its children's, which are final: a child's totals
 * are added to its parent's when the parent is measured (pulled), not
 * when the child is (pushed), so a fresh child is read, not measured
 * again. n is fresh afterwards when all its children are: a child left
 * stale (see body_measure_range) keeps its ancestors stale. */
static void measure_pull(ctx *c, dom_node *n)
{
    body_totals *t = &c->tot[n->id];
    totals_start(t);
    uint8_t fresh = 1;
    for (dom_node *ch = n->first_child; ch; ch = ch->next) {
        t->size += c->tot[ch->id].size;
        fresh &= c->fresh[ch->id];
        if (!(ch->flags & DOM_F_REMOVED))
            measure_push(c, t, ch);
    }
    if (!(n->flags & DOM_F_REMOVED))
        measure_node(c, n);
    c->fresh[n->id] = fresh;
}

/* The first sibling at or after n that is not fresh; NULL when none. */
static dom_node *next_stale(const ctx *c, dom_node *n)
{
    while (n && c->fresh[n->id])
        n = n->next;
    return n;
}

/* Measures again the nodes of stop's subtree that are not fresh, children
 * before parents. The stale nodes are closed upwards (body_touch), so
 * they form a tree under stop and a fresh child is skipped whole. A
 * post-order walk over them by the tree's links, no stack; it costs the
 * children of the nodes measured again, not the subtree. */
static void measure_stale(ctx *c, dom_node *stop)
{
    if (c->fresh[stop->id])
        return;
    dom_node *n = stop, *ch;
    for (;;) {
        while ((ch = next_stale(c, n->first_child)))
            n = ch;
        for (;;) {
            measure_pull(c, n);
            if (n == stop)
                return;
            dom_node *s = next_stale(c, n->next);
            if (s) {
                n = s;
                break;
            }
            n = n->parent;
        }
    }
}

/* Bottom-up totals over order[first..end), the subtree of stop (whose
 * totals are not added to its parent's). Removed subtrees count zero.
 * With clean_root, Readability's conditional cleaning runs inside the
 * same pass: each container is judged when its totals are final,
 * deepest first, and a removed one never reaches its parent's totals.
 *
 * Only nodes that are not fresh are measured: between two passes the
 * attempts and the cleaning rules change only removal flags, each
 * through body_touch, and a fresh node's totals are what measuring it
 * would give (the output is byte-identical to measuring every node, on
 * all dev pages). Without clean_root, after the page's first pass, the
 * stale nodes are found from stop down (measure_stale); the first pass
 * and a cleaning pass, which judges every container, read the range
 * backwards (children before parents in pre-order). What a cleaning
 * pass leaves inexact stays stale: a container it removes (measured as
 * kept) and one whose step_img its judgment set (a plain pass gives 0). */
#ifdef LEDE_CHECK_MEASURE
/* The check of the invariant above, in the sanitizer build (CMake
 * LEDE_SANITIZE defines LEDE_CHECK_MEASURE): after every measure, the
 * whole tree is measured again from scratch and each node that was fresh
 * must hold exactly those totals; a difference is a removal flag changed
 * without body_touch, and aborts. Then the totals are put back as they
 * were (a stale node's inexact totals are read by the rules until the
 * next pass). A full pass per measure costs the page's nodes times its
 * measures, so pages over CHECK_MEASURE_NODES are not checked (the
 * pathological inputs). */
#include <stdio.h>
#define CHECK_MEASURE_NODES 20000
static void check_measure(ctx *c)
{
    size_t n = c->norder;
    if (n > CHECK_MEASURE_NODES)
        return;
    body_totals *saved = malloc(n * sizeof *saved);
    uint8_t *was = malloc(n);
    if (!saved || !was)
        abort();
    for (size_t i = 0; i < n; i++) {
        const dom_node *d = c->order[i];
        saved[i] = c->tot[d->id];
        was[i] = c->fresh[d->id];
        c->fresh[d->id] = 0;
    }
    for (size_t i = n; i-- > 0;)
        measure_pull(c, c->order[i]);
    for (size_t i = 0; i < n; i++) {
        const dom_node *d = c->order[i];
        if (was[i] && memcmp(&saved[i], &c->tot[d->id], sizeof saved[i]) != 0) {
            fprintf(stderr, "lede: LEDE_CHECK_MEASURE: node %u (order %zu, tag %d) is fresh but its totals are stale\n",
                    (unsigned)d->id, i, (int)d->tag);
            abort();
        }
        c->tot[d->id] = saved[i];
        c->fresh[d->id] = was[i];
    }
    free(saved);
    free(was);
}
#define CHECK_MEASURE(c) check_measure(c)
#else
#define CHECK_MEASURE(c) ((void)0)
#endif

void body_measure_range(ctx *c, uint32_t first, uint32_t end, dom_node *stop, dom_node *clean_root)
{
    if (!clean_root && c->measured) {
        measure_stale(c, stop);
        CHECK_MEASURE(c);
        return;
    }
    c->measured = 1;
    for (uint32_t i = end; i-- > first;) {
        dom_node *n = c->order[i];
        if (!c->fresh[n->id])
            measure_pull(c, n);
        if (!clean_root || n == clean_root || n->type != DOM_ELEMENT || (n->flags & DOM_F_REMOVED) ||
            c->dead[n->id])
            continue;
        switch (n->tag) {
        case TAG_FORM: case TAG_FIELDSET: case TAG_TABLE: case TAG_UL: case TAG_OL: case TAG_DIV:
        case TAG_SECTION: case TAG_ARTICLE:
            if (body_clean_conditionally_says_remove(c, n))
                body_mark_removed(c, n); /* touches n and its ancestors */
            else if (c->tot[n->id].step_img)
                body_touch(c, n);
            break;
        default: break;
        }
    }
    CHECK_MEASURE(c);
}

static void measure(ctx *c) { body_measure_range(c, 0, c->norder, c->top, NULL); }

float body_link_density(const ctx *c, const dom_node *n)
{
    uint32_t t = c->tot[n->id].text;
    return t ? (float)c->tot[n->id].link / (float)t : 0.0f;
}

/* 1 when the box's first heading (among its first LINE_MAX_NODES nodes)
 * is a link (80%+ of its 15+ bytes) to another story: a teaser card's
 * headline. An article's header carries its own headline, as text or as
 * a permalink (WordPress links the post title to the post itself): a
 * heading that repeats the page's title is the article's. */
static int opens_with_linked_heading(const ctx *c, const dom_node *box)
{
    int seen = 0;
    for (const dom_node *d = dom_next(box, box); d && seen < LINE_MAX_NODES; d = dom_next(box, d), seen++)
        if (d->type == DOM_ELEMENT && (tag_flags[d->tag] & TF_HEADING)) {
            if (c->tot[d->id].text < 15 || (uint64_t)c->tot[d->id].link * 10 < (uint64_t)c->tot[d->id].text * 8)
                return 0;
            char t[TEASER_MAX + 8];
            text_prefix_lower(d, t, sizeof t);
            return !body_duplicates_title(t, c->title_lower);
        }
    return 0;
}

/* A box over the page: role="dialog"/"alertdialog", aria-modal="true",
 * or a dialog, modal, overlay or pop-up class (CL_POPUP). */
static int is_dialog_box(const ctx *c, const dom_node *n)
{
    if (c->cls[n->id] & CL_POPUP)
        return 1;
    const char *role = dom_attr_get(n, "role"), *modal = dom_attr_get(n, "aria-modal");
    return (role && (strcmp(role, "dialog") == 0 || strcmp(role, "alertdialog") == 0)) ||
           (modal && strcmp(modal, "true") == 0);
}

/* 1 when an <h1>/<h2> that repeats the page's title stands outside box:
 * the article's headline is elsewhere on the page. Read as
 * body_find_headline reads headings (which caches its answer for later
 * steps and so is not asked here, before the class removals), with
 * body_heading_repeats_title. */
static const dom_node *title_heading_found_outside(const ctx *c, const dom_node *box)
{
    if (!c->title_lower || !*c->title_lower)
        return NULL;
    uint64_t tl = strlen(c->title_lower);
    for (uint32_t i = 0; i < c->norder; i++) {
        const dom_node *n = c->order[i];
        if (n == box) {
            i += c->tot[n->id].size - 1; /* past the box's subtree */
            continue;
        }
        if (body_heading_repeats_title(c, n, tl))
            return n;
    }
    return NULL;
}

static int title_heading_outside(const ctx *c, const dom_node *box)
{
    return title_heading_found_outside(c, box) != NULL;
}

#define FOOT_NOTE_MIN 40    /* bytes of a correction or editor's note */
#define FOOT_NOTE_MAX 400   /* a sentence or three */
#define FOOT_NOTE_WORDS 8

/* 1 when box's text reads as a sentence: 40-400 bytes, eight words or
 * more, ending in '.', '!' or '?' ("Update: the first draft of this
 * report put the bridge on the wrong river."); a page footer's line of items
 * ("Gazette, 4 Quay Street · Contact us · Privacy") does not end so, and
 * "© 2026 Gazette Ltd. All rights reserved." is too few words. A site's
 * imprint set as a sentence ("This website is operated by Bay Media Ltd
 * for the towns of the bay.", words_site_operator_phrases) is no note. */
static int reads_as_sentence_note(const ctx *c, const dom_node *box)
{
    uint32_t len = c->tot[box->id].text;
    if (len < FOOT_NOTE_MIN || len > FOOT_NOTE_MAX)
        return 0;
    char t[FOOT_NOTE_MAX + 64];
    size_t tl = text_prefix_lower(box, t, sizeof t);
    while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\n' || t[tl - 1] == '\t'))
        tl--;
    if (!tl || (t[tl - 1] != '.' && t[tl - 1] != '!' && t[tl - 1] != '?'))
        return 0;
    int words = 0;
    for (size_t i = 0; i < tl; i++)
        words += t[i] != ' ' && t[i] != '\n' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n');
    return words >= FOOT_NOTE_WORDS && !words_within(&words_site_operator_phrases, t);
}

/* 1 when the footer box is the page's, not the article's own foot: the
 * headline repeating the title stands outside box, and box is not a
 * note in the headline's own container. The headline's parent (unless
 * that is <body>, a page with no container) holding box and box reading
 * as a sentence make it the article's foot, a correction or an editor's
 * note; a page wrapper holding the headline and the site's footer line
 * ("Gazette · Via Tasso 1 · Privacy") is no sentence's. */
static int page_footer_box(const ctx *c, const dom_node *box)
{
    const dom_node *h = title_heading_found_outside(c, box);
    if (!h)
        return 0;
    const dom_node *own = h->parent;
    if (!own || own->type != DOM_ELEMENT || own->tag == TAG_BODY || own->tag == TAG_HTML)
        return 1;
    for (const dom_node *a = box->parent; a; a = a->parent)
        if (a == own)
            return !reads_as_sentence_note(c, box);
    return 1;
}

#define SLIDE_SIBLINGS_READ 256 /* siblings read for a gallery's slides */
#define SLIDES_MIN 3             /* a gallery: the shown slide and two or more hidden ones */
#define TAB_STRIP_NODES_READ 64  /* nodes of each sibling read for a link to a panel's id */

/* The first class token of el, as [*tok, *tok + *len); 0 when it has
 * none (then *tok and *len are left as they were, or set to an empty
 * token when the class attribute is blank). */
int body_first_class(const dom_node *el, const char **tok, size_t *len)
{
    const char *v = dom_attr_get(el, "class");
    if (!v)
        return 0;
    while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r' || *v == '\f')
        v++;
    size_t k = 0;
    while (v[k] && v[k] != ' ' && v[k] != '\t' && v[k] != '\n' && v[k] != '\r' && v[k] != '\f')
        k++;
    *tok = v;
    *len = k;
    return k > 0;
}

/* 1 when a hidden element is one page of an article that a script shows
 * one page at a time: a listicle's thirty items, each a section of its
 * own (`<div class="pager-page hidden"
 * style="display:none">` with a heading and its paragraphs), the first
 * one shown. Its siblings of the same tag and first class are the other
 * pages, one of them at least shown (a script's pager, not a collapsed
 * box), two or more hidden, and this one holds a real paragraph with few
 * links (an item's prose: hidden tab panes of link lists and a comment
 * tab's one-line notes stay hidden). The text is the article's: the page
 * shows all of it, page by page (golden case keep_hidden_gallery_pages). */
static int is_hidden_page_of_pager(const ctx *c, const dom_node *n)
{
    const dom_node *p = n->parent;
    const char *cls;
    size_t len;
    if (!p || p->type != DOM_ELEMENT || c->tot[n->id].paras < 1 || body_link_density(c, n) >= 0.3f ||
        !body_first_class(n, &cls, &len))
        return 0;
    int shown = 0, hidden = 0, read = 0;
    for (const dom_node *s = p->first_child; s && read < SLIDE_SIBLINGS_READ; s = s->next, read++) {
        const char *sc;
        size_t sl;
        if (s->type != DOM_ELEMENT || s->tag != n->tag || !body_first_class(s, &sc, &sl) || sl != len ||
            memcmp(sc, cls, len) != 0)
            continue;
        if (c->cls[s->id] & CL_HIDDEN)
            hidden++;
        else
            shown++;
    }
    if (!(shown >= 1 && hidden >= 2 && shown + hidden >= SLIDES_MIN))
        return 0;
    /* Tab panels have the same shape (a recipe's ingredients, nutrition
     * facts, an expert's contact box and steps, the first one shown), but
     * a tab strip beside them links to each one by its id, and a panel
     * may say its role: those are the page's boxes, not one text's pages. */
    const char *role = dom_attr_get(n, "role"), *id = dom_attr_get(n, "id");
    if (role && strcmp(role, "tabpanel") == 0)
        return 0;
    if (!id || !*id)
        return 1;
    read = 0;
    for (const dom_node *s = p->first_child; s && read < SLIDE_SIBLINGS_READ; s = s->next, read++) {
        if (s->type != DOM_ELEMENT)
            continue;
        int seen = 0;
        for (const dom_node *d = s; d && seen < TAB_STRIP_NODES_READ; d = dom_next(s, d), seen++, read++) {
            const char *href = d->type == DOM_ELEMENT && d->tag == TAG_A ? dom_attr_get(d, "href") : NULL;
            if (href && href[0] == '#' && strcmp(href + 1, id) == 0)
                return 0;
        }
    }
    return 1;
}

/* The loose text and inline elements right after n in its parent, up to
 * the next block element, go with n. */
static void drop_loose_after(ctx *c, dom_node *n)
{
    for (dom_node *s = n->next; s; s = s->next) {
        if (s->type == DOM_ELEMENT && !(tag_flags[s->tag] & TF_INLINE))
            break;
        if (s->type != DOM_TEXT && s->type != DOM_ELEMENT)
            continue;
        body_set_removed(c, s, 1);
        if (s->type == DOM_ELEMENT)
            c->dead[s->id] = 1;
    }
}

#define THREAD_CHECKS_MAX 8 /* comment-section and footer boxes per attempt read for the headline outside them */

/* 1 when n's id or a class token is a whole entry of t: a section of
 * comments ("comments", "comment-list", "commentlist", "comments-area",
 * "comments-list": the blog engines' names for the thread's box, not any
 * class holding "comment": "commentary", "comment-count"), or the page's
 * footer ("footer", "site-footer"). Id and class tokens are compared
 * byte for byte, as CSS does: id="Footer" or class="Footer" is not read. */
static int names_box(const dom_node *n, const words_table *t)
{
    const char *id = dom_attr_get(n, "id"), *cls = dom_attr_get(n, "class");
    for (size_t i = 0; i < t->n; i++)
        if ((id && strcmp(id, t->w[i]) == 0) || dom_tokens_have(cls, t->w[i], strlen(t->w[i]), 0))
            return 1;
    return 0;
}

/* Class hints that remove an element (step 1b) unless it holds most text. */
static void mark_by_class(ctx *c)
{
    uint32_t total = c->tot[c->top->id].text;
    int thread_checks = 0; /* title_heading_outside reads the page: a few comment boxes per page */
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
        if (remove && (h & CL_UNLIKELY) && !(h & (CL_COMMENT | CL_RELATED | CL_POPUP)) && c->tot[n->id].paras >= 1 &&
            c->tot[n->id].good * 3 >= c->tot[n->id].text * 2 && body_link_density(c, n) < 0.2f &&
            !opens_with_linked_heading(c, n))
            remove = 0;
        int strip = c->flags & ATT_STRIP_UNLIKELY;
        if (strip && (h & (CL_COMMENT | CL_RELATED)))
            remove = 1;
        /* The comment section under a short post, named so by its id or
         * class: the strict attempt removed it and kept the post, too
         * short to end the retry ladder, and the laxer attempts, which
         * keep "comment" classes (an opinion piece's "commentary" box),
         * took the post back with its thirty comments, the most of the
         * page's text. A box that names a section of comments, with the
         * article's headline outside it, goes in every attempt once the
         * strict one found an article (golden case
         * furniture_comment_section_short_post). */
        int thread = (h & CL_COMMENT) && !strip && c->strict_kept && names_box(n, &words_class_comment_section_names) &&
                     thread_checks++ < THREAD_CHECKS_MAX && title_heading_outside(c, n);
        if (thread)
            remove = 1;
        /* The page's footer as a layout box (<div class="footer">, no
         * <footer> landmark) around the publisher's address and "Contact
         * us · Privacy": the strict attempt removed it as unlikely, and
         * under a short story the laxer attempts took it back as the
         * body's last line. With the article's headline outside it and
         * no real paragraph inside, it goes in every attempt once the
         * strict one found an article (probe
         * body14_root_en_body_loose_paragraphs). Not a sentence inside
         * the headline's own container (other than <body>): there a
         * "footer" box is the article's foot, a correction or an
         * editor's note as loose text (probe
         * mendb16_root_en_keep_footer_note_in_story_box). */
        if (!strip && !remove && (h & CL_UNLIKELY) && c->strict_kept && !c->tot[n->id].paras &&
            names_box(n, &words_class_page_footer_names) && thread_checks++ < THREAD_CHECKS_MAX &&
            page_footer_box(c, n))
            remove = 1;
        if (h & CL_COOKIE)
            remove = 1;
        /* Widgets (share bars, ads, sign-up boxes, bios, hidden bits) are
         * small; a class saying "share" or "paywall" on a block with three
         * or more real paragraphs names a feature of the article, not a
         * widget ("enable-pin-share", "paywall-content"). Not an author
         * box: a blogger's bio runs to several paragraphs under every
         * post, and an author's profile page keeps its box by holding
         * most of the page's text (below). */
        uint32_t widget = strip ? (CL_SHARE | CL_AD | CL_CONSENT | CL_AUTHORBOX | CL_ROLE) : CL_ROLE;
        if ((h & CL_HIDDEN) && !is_hidden_page_of_pager(c, n))
            remove = 1;
        /* A dialog over the page (role="dialog", aria-modal, a modal or
         * overlay class) whose page shows the article's headline outside
         * it is not the article, however much prose it holds: terms and
         * conditions of five legal paragraphs outweighed a short story
         * beside them and kept both protections below. In every attempt,
         * the lax ones too: a short story left under the retry threshold
         * got the modal back when unlikely boxes were kept. An article
         * shown in a dialog carries its headline inside, and stays
         * protected. */
        int overlay = (h & (CL_ROLE | CL_POPUP)) && is_dialog_box(c, n) && c->tot[n->id].paras >= 2 &&
                      title_heading_outside(c, n);
        if (overlay)
            remove = 1;
        if ((h & widget) && !overlay &&
            !(c->tot[n->id].paras >= 3 && body_link_density(c, n) < 0.3f && !(h & CL_AUTHORBOX)))
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
        if (remove && !overlay && !thread && c->tot[n->id].text * 2 > total && total > CHAR_THRESHOLD &&
            c->tot[n->id].paras >= 2)
            remove = 0;
        if (remove) {
            body_set_removed(c, n, 1);
            c->dead[n->id] = 1;
            /* A comment section's heading named by its class or id
             * (<h1 id="comments">) goes here, before cleaning could read
             * it as a furniture heading; the loose text right after it
             * ("Dieser Artikel hat 17 Kommentare.", "No comments yet")
             * is that section's count or note, not a paragraph of the
             * article: it goes with it, up to the next block. */
            if ((tag_flags[n->tag] & TF_HEADING) && (h & CL_COMMENT))
                drop_loose_after(c, n);
        }
    }
}

/* ------------------------------------------------------------------ entry */

static void clear_removed(ctx *c)
{
    for (uint32_t i = 0; i < c->norder; i++) {
        dom_node *n = c->order[i];
        if (n->flags & DOM_F_REMOVED)
            body_set_removed(c, n, 0);
        n->flags &= ~(uint32_t)DOM_F_MEDIA;
    }
}

static uint32_t body_text_len(const ctx *c, dom_node **list, size_t n)
{
    uint32_t t = 0;
    for (size_t i = 0; i < n; i++)
        t += (list[i]->flags & DOM_F_REMOVED) ? 0 : c->tot[list[i]->id].text;
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
 * Städte</span>\"Wir bauen...\"") against the title "Die Zukunft der
 * Städte - \"Wir bauen...\"". Same 75% containment as duplicates_title. */
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
    return body_duplicates_title(sa, sb);
}

/* The standfirst (docs/body.md, "The standfirst"): a lead of a sentence
 * or two, STANDFIRST_MIN bytes or more (shorter lines under a headline
 * are kickers, dates and credits) and under STANDFIRST_MAX, read from a
 * headline container of at most STANDFIRST_BOX nodes (a header, not a
 * page wrapper). */
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
        if (n->type != DOM_ELEMENT || n->tag != TAG_H1 || c->dead[n->id] || c->tot[n->id].text == 0 ||
            c->tot[n->id].size > LINE_MAX_NODES)
            continue;
        char t[512];
        text_prefix_lower(n, t, sizeof t);
        if (body_duplicates_title(t, title_lower) || squeezed_match(t, title_lower))
            h1 = n;
    }
    if (!h1)
        return 0;
    dom_node *box = h1;
    for (int up = 0; up < 4; up++) {
        dom_node *p = box->parent;
        if (!p || p == c->top || p->type != DOM_ELEMENT || body_is_ancestor(p, top) || c->dead[p->id])
            break;
        box = p;
    }
    if (box == h1 || c->tot[box->id].size > STANDFIRST_BOX)
        return 0;
    for (size_t i = 0; i < *nlist; i++)
        if ((*list)[i] == box || body_is_ancestor((*list)[i], box))
            return 0;
    dom_node *found[2];
    int nfound = 0;
    uint32_t end = c->pos[box->id] + c->tot[box->id].size;
    for (uint32_t i = c->pos[h1->id] + c->tot[h1->id].size; i < end && nfound < 2; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT || n->tag != TAG_P || c->dead[n->id])
            continue;
        uint32_t len = c->tot[n->id].text;
        if (len < STANDFIRST_MIN || c->tot[n->id].link || len >= STANDFIRST_MAX)
            continue;
        /* a picture's caption in the header is not the lead: a figure,
         * a caption class, or a credit mark */
        if (c->in_figure[n->id] || ((c->cls[n->id] | c->cls[n->parent->id]) & CL_CAPTION))
            continue;
        char line[2 * TEASER_MAX + 8];
        size_t l = text_prefix_lower(n, line, sizeof line);
        if (body_is_byline_or_dateline(line, l, c->today) || strstr(line, "\xc2\xa9"))
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
    c->nstandfirst = (size_t)nfound;
    return 0;
}

/* One attempt with the given flags: returns the body list (malloc'd). */
static int attempt(ctx *c, const char *title_lower, dom_node ***list, size_t *nlist)
{
    clear_removed(c);
    c->byline = NULL;
    c->nstandfirst = 0;
    mark_structural(c);
    measure(c);
    if (keep_article_asides(c))
        measure(c);
    c->visible = c->tot[c->top->id].text;
    mark_by_class(c);
    measure(c);
    propagate_dead(c);
    body_score_all(c);
    /* the headline is looked for once per page, in the first attempt's
     * state (before any cleaning has dropped it): the choice of the root
     * and drop_above_headline share it */
    body_find_headline(c);
    dom_node *top = body_choose_top(c);
    if (!top)
        top = c->top;
    if (body_collect(c, top, list, nlist) != 0)
        return -1;
    for (size_t i = 0; i < *nlist; i++) {
        dom_node *root = (*list)[i];
        if (root->type != DOM_ELEMENT)
            continue;
        uint32_t before = c->tot[root->id].text;
        c->nlog = 0;
        c->shape_removed = 0;
        body_clean(c, root, title_lower);
        /* Cleaning that leaves under 30% of a real body has mistaken the
         * article's own links for furniture (a link round-up, a list of
         * sources): undo it and clean again without the link rules.
         * What went for its shape (a teaser-card list, a playlist, a
         * slide show) is no such mistake and counts as kept: a page-level
         * root whose card rail outweighs the article lost the rule to the
         * undo and kept the rail. */
        if (before >= CHAR_THRESHOLD && ((uint64_t)c->tot[root->id].text + c->shape_removed) * 10 < (uint64_t)before * 3) {
            for (size_t k = 0; k < c->nlog; k++)
                body_set_removed(c, c->log[k], 0);
            measure(c);
            c->lenient = 1;
            body_clean(c, root, title_lower);
            c->lenient = 0;
        }
    }
    c->clean_removals = c->nremovals; /* body_clean ends with a fresh measure of its root */
    body_drop_trailing_bio(c, *list, *nlist);
    body_drop_boxes_after_prose(c, *list, *nlist);
    body_drop_trailing_headings(c, *list, *nlist);
    return add_standfirst(c, top, title_lower, list, nlist);
}

/* Carves every per-node side table out of one zeroed allocation: one
 * malloc per page instead of one per table. */
#define SIDE_TABLES(X)                                                                          \
    X(tot) X(order) X(img_page) X(text_page) X(tlen) X(tcommas) X(cls) X(pos) X(score) X(weight)      \
    X(in_table) X(in_figure) X(in_text) X(dead) X(scored) X(fresh)
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

/* The favor rows (body_int.h), indexed by lede_favor. Balanced holds the
 * values tuned for F1. Precision grows the body only for a clear gain
 * (3x), takes loose text under 80 bytes for labels and stops retrying at
 * 250 bytes; recall grows for any net gain (1x) and keeps image boxes
 * with 100+ bytes of text. Each value was the best single move on its
 * side (docs/options.md has the sweep). */
static const body_favor favors[3] = {
    [LEDE_FAVOR_BALANCED] = {2, LOOSE_MAX, MEDIA_TEXT_MAX, CHAR_THRESHOLD},
    [LEDE_FAVOR_PRECISION] = {3, 80, MEDIA_TEXT_MAX, 250},
    [LEDE_FAVOR_RECALL] = {1, LOOSE_MAX, 100, CHAR_THRESHOLD},
};

int extract_body(lede_article *art)
{
    dom_document *doc = art->doc;
    ctx c;
    dom_node **best = NULL;
    size_t nbest = 0;
    uint32_t best_len = 0;
    /* every field zero but the keyword index, the first (see ctx) */
    memset((char *)&c + sizeof c.cix, 0, sizeof c - sizeof c.cix);
    c.art = art;
    c.favor = &favors[art->favor <= LEDE_FAVOR_RECALL ? art->favor : LEDE_FAVOR_BALANCED];
    c.doc = doc;
    c.top = doc->body ? doc->body : doc->root;
    c.n = doc->node_count + 1;
    int rc = -1;
    if (side_tables_alloc(&c) != 0)
        goto done;

    char title_lower[512] = "";
    /* the heading the title was read from, where the title joins a
     * kicker to it: the body's headline is that heading */
    const char *btitle = art->title_heading ? art->title_heading : art->title;
    if (btitle) {
        size_t tl = strlen(btitle);
        if (tl >= sizeof title_lower)
            tl = sizeof title_lower - 1;
        /* collapse whitespace like text_prefix_lower does */
        size_t o = 0;
        int sp = 0;
        for (size_t i = 0; i < tl; i++) {
            char ch = btitle[i];
            /* a soft hyphen goes and a no-break space is a space, as in
             * text_prefix_lower */
            int alt = chars_nbsp_shy((const unsigned char *)btitle + i, tl - i);
            if (alt >= 0) {
                i++;
                if (!alt)
                    continue;
                ch = (char)alt;
            }
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

    /* the site's name, lower-cased once for the rules that look for it
     * at a line's start (clean.c: the own-app offer, the site's blurb) */
    char site_lower[SITE_LOWER_MAX] = "";
    size_t site_len = art->sitename ? strlen(art->sitename) : 0;
    if (site_len >= sizeof site_lower)
        site_len = 0;
    if (site_len) {
        memcpy(site_lower, art->sitename, site_len + 1);
        text_lower_utf8(site_lower, site_len);
    }

    c.today = date_today();
    c.title_lower = title_lower;
    c.site_lower = site_lower;
    c.site_len = site_len;
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
#ifdef LEDE_DEBUG_BODY
        fprintf(stderr, "  attempt len %u visible %u\n", len, c.visible);
#endif
        if (a == 0) {
            for (size_t i = 0; i < nlist; i++)
                if (!strict_top || c.tot[list[i]->id].text > c.tot[strict_top->id].text)
                    strict_top = list[i];
            strict_len = len;
            c.strict_kept = len >= STRICT_KEEP;
        } else if (strict_top && strict_len >= STRICT_KEEP &&
                   !body_overlaps(list + c.nstandfirst, nlist - c.nstandfirst, strict_top)) {
            /* A laxer attempt that found its text elsewhere found it in
             * what the strict one removed on purpose (a sign-up form, a
             * comment thread): a short real article beats it. The lead
             * paragraph joined from the headline's box does not count as
             * found there: it is joined to whatever the attempt chose, a
             * sign-up form in the sidebar too. */
            free(list);
            continue;
        }
        /* Enough text, or all the page has (a near-empty page, hostile
         * markup): a laxer attempt cannot find more. */
        if (len >= c.favor->enough || len * 10 >= c.visible * 9) {
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
    body_hand_over_bylines(&c);
    art->body = arena_alloc(&doc->mem, (nbest ? nbest : 1) * sizeof *art->body);
    if (!art->body)
        goto done;
    if (nbest)
        memcpy(art->body, best, nbest * sizeof *best);
    art->nbody = nbest;
    if (article_switch(art, LEDE_SWITCH_IMAGES) && body_collect_images(&c) != 0)
        goto done;
    rc = 0;
done:
    free(best);
    free(c.block);
    free(c.log);
    return rc;
}

/* pull_quotes.c: pull quotes in the body: a box set as a quote (a
 * blockquote, a "pullquote" class, or a plain box whose text is one
 * quote) whose words the article around it repeats goes, so the quote is
 * not read twice (docs/body.md, "Pull quotes"). Run by body_clean. */
#include <ctype.h>

#include "body_int.h"
#include "core/chars.h"
#include "core/quote_mark.h"

#define PULL_QUOTE_MIN 40     /* bytes of a quote's words: shorter ones repeat by chance */
#define PULL_QUOTE_MAX 400    /* a pull quote is a sentence or two */
#define PULL_QUOTES_READ 4    /* quote boxes judged per root */
#define PULL_TEXT_CAP 4096    /* a paragraph's text read to find the quote in */
#define PULL_ATTRIBUTION_MAX 80 /* a name and a role after the quote: "— Dana Price, CEO" */
#define PULL_SCOPE_UP 2       /* levels above a quote box searched for the article's paragraphs */
#define PULL_BOX_NODES 16     /* nodes of a plain box read as a quote: a box, a paragraph, a signature */

/* 1 when the box is set as a quote: <blockquote>, or "quote" in its class
 * (pullquote, pull-quote, quote-box). */
static int is_quote_box(const ctx *c, const dom_node *n)
{
    return n->tag == TAG_BLOCKQUOTE || (c->cls[n->id] & CL_QUOTE);
}

/* 1 when p[0..len) is exactly one mark a pull quote trims: a space or
 * ASCII punctuation (1 byte), « or » (2), U+2018-U+201F (‘ ’ ‚ ‛ “ ” „
 * ‟: 3) (core/quote_mark.h reads the marks). The single guillemets and
 * the corner brackets are quote marks too but are not trimmed: the pages
 * that set pull quotes with them were never seen, and trimming them
 * would be a change of what is kept, not of how marks are read. */
static int is_quote_mark(const unsigned char *p, size_t len)
{
    if (len == 1)
        return *p == ' ' || (*p < 0x80 && ispunct(*p));
    int kind;
    if (quote_mark_at(p, len, &kind) != len)
        return 0;
    switch (kind) {
    case QM_LAQ: case QM_RAQ: case QM_LSQ: case QM_RSQ: case QM_LOW1: case QM_REV1:
    case QM_LDQ: case QM_RDQ: case QM_LOW2: case QM_REV2:
        return 1;
    }
    return 0;
}

/* Length of the mark that opens [a, e) (at_end 0) or closes it (1); 0
 * when none does. */
static size_t edge_mark_len(const unsigned char *a, const unsigned char *e, int at_end)
{
    for (size_t len = 1; len <= 3; len++)
        if ((size_t)(e - a) >= len && is_quote_mark(at_end ? e - len : a, len))
            return len;
    return 0;
}

/* Trims what a pull quote adds or drops around the words it copies:
 * spaces, ASCII punctuation, curly quotes and guillemets. */
static void trim_quote_marks(const char **s, size_t *n)
{
    const unsigned char *a = (const unsigned char *)*s, *e = a + *n;
    size_t len;
    while ((len = edge_mark_len(a, e, 0)) != 0)
        a += len;
    while ((len = edge_mark_len(a, e, 1)) != 0)
        e -= len;
    *s = (const char *)a;
    *n = (size_t)(e - a);
}

/* The length of the mark that closes a quote at the end of u[0..k): " »
 * ’ ” or “ (the German closing mark), read by core/quote_mark.h; 0 when
 * u[0..k) ends with none. */
static size_t ends_closing_mark(const unsigned char *u, size_t k)
{
    for (size_t b = 1; b <= 3 && b <= k; b++) {
        int kind;
        if (quote_mark_at(u + k - b, b, &kind) == b)
            return kind == QM_ASCII2 || kind == QM_RAQ || kind == QM_RSQ || kind == QM_LDQ || kind == QM_RDQ ? b : 0;
    }
    return 0;
}

/* The signature without a dash: "\"Ahora vendemos sin intermediarios.\"
 * Carmen Soler, presidenta de ...". A closing quote mark right after a
 * sentence's end (". \"", ".»", ". »"), then a blank and at most
 * PULL_ATTRIBUTION_MAX bytes that do not end a sentence themselves (a
 * name and a role, not a sentence of the article after the quote). A
 * quote the article sets in its own sentence closes on a comma
 * ("\"...,\" she said", "« ... », a déclaré"), so it never reads as signed.
 * The length of the quote up to its closing mark; n when there is none. */
static size_t without_undashed_attribution(const unsigned char *u, size_t n)
{
    if (n == 0 || u[n - 1] == '.' || u[n - 1] == '!' || u[n - 1] == '?')
        return n;
    for (size_t i = n; i-- > 0 && n - i <= PULL_ATTRIBUTION_MAX + 1;) {
        size_t b; /* the closing mark's length; it ends at i */
        if (u[i] != ' ' || (b = ends_closing_mark(u, i)) == 0)
            continue;
        size_t e = i - b;
        if (e && u[e - 1] == ' ')
            e--; /* French spacing: "panneau. »" */
        if (e && (u[e - 1] == '.' || u[e - 1] == '!' || u[e - 1] == '?'))
            return i;
        return n;
    }
    return n;
}

/* Length of the quote q[0..n) without an attribution after it ("... to
 * grow.” — Dana Price, CEO"): a dash (—, –, ―, or '-' between blanks)
 * after a closing quote mark or a sentence's end, followed by at most
 * PULL_ATTRIBUTION_MAX bytes. The article's paragraph gives the words
 * with "said Dana Price" around them, never the dash line, so the quote
 * was not found and a release's highlight box stayed. n when there is
 * none. */
static size_t without_attribution(const char *q, size_t n)
{
    const unsigned char *u = (const unsigned char *)q;
    size_t undashed = without_undashed_attribution(u, n);
    if (undashed < n)
        return undashed;
    for (size_t i = n; i-- > 0;) {
        size_t dl = 0;
        if (i + 3 <= n && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] >= 0x93 && u[i + 2] <= 0x95)
            dl = 3;
        else if (u[i] == '-' && i > 0 && u[i - 1] == ' ' && i + 1 < n && u[i + 1] == ' ')
            dl = 1;
        if (!dl)
            continue;
        if (n - i - dl > PULL_ATTRIBUTION_MAX)
            return n;
        size_t k = i;
        while (k > 0 && u[k - 1] == ' ')
            k--;
        if (k == 0)
            return n;
        unsigned char e = u[k - 1];
        if (e == '.' || e == '!' || e == '?' || ends_closing_mark(u, k))
            return k;
    }
    return n;
}

/* 1 when a paragraph of root outside the quote box holds the quote's
 * words: the box repeats the article's own text. Paragraphs in other
 * quote boxes are quoted text, not the article's: a short excerpt that a
 * longer quoted passage holds too stays, and so does each of two
 * copies of one quote. */
static int quote_repeated(const ctx *c, const dom_node *root, const dom_node *box, const char *q, size_t qn)
{
    char buf[PULL_TEXT_CAP];
    for (const dom_node *d = root; d;) {
        if (d == box ||
            (d->type == DOM_ELEMENT && ((d->flags & DOM_F_REMOVED) || (d != root && is_quote_box(c, d))))) {
            d = dom_next_skip(root, d);
            continue;
        }
        if (d->type == DOM_ELEMENT && (d->tag == TAG_P || d->tag == TAG_LI) && c->tot[d->id].text >= qn &&
            c->tot[d->id].text < PULL_TEXT_CAP && !is_quote_box(c, d) && !body_is_ancestor(d, box)) {
            size_t n = text_prefix_lower(d, buf, sizeof buf);
            if (n >= qn && chars_find_bytes(buf, buf + n, q, qn))
                return 1;
            d = dom_next_skip(root, d);
            continue;
        }
        d = dom_next(root, d);
    }
    return 0;
}

/* 1 when a plain layout box (div, aside, section, figure) holds only a
 * quote: its text opens with a mark that opens a quote (" “ „ «, German
 * » and ‚ ‘), and, without a signature after it (without_attribution),
 * ends with a closing mark; a quote's length with its signature (at
 * most PULL_QUOTE_MAX + PULL_ATTRIBUTION_MAX bytes, one real paragraph at
 * most). A release's summary box set as "<div class=encadre><p>« ... » —
 * name, role</p></div>" has no quote tag or class; it is judged as a
 * quote box is, by the article repeating its words (body_drop_pull_quotes).
 * Not a paragraph that opens with a quoted phrase and goes on ("„Brot
 * für morgen“ hieß 1952 eine Kampagne ...", an excerpt), nor the
 * article's own quote in its sentence ("“...,” he said."). */
static int box_opens_as_quote(const ctx *c, const dom_node *n)
{
    if (n->tag != TAG_DIV && n->tag != TAG_ASIDE && n->tag != TAG_SECTION && n->tag != TAG_FIGURE)
        return 0;
    const body_totals *t = &c->tot[n->id];
    if (t->text < PULL_QUOTE_MIN || t->text > PULL_QUOTE_MAX + PULL_ATTRIBUTION_MAX || t->paras > 1)
        return 0;
    /* A quote box is a handful of nodes; a bigger one is turned down from
     * the totals before its text is read, so a chain of nested boxes over
     * many empty elements is not read once per level. */
    if (t->size > PULL_BOX_NODES)
        return 0;
    /* A paragraph wrapper is no box set apart: where each paragraph sits
     * in its own div (the same tag and class as its neighbour, which
     * holds a real paragraph), a paragraph that is only a quote is the
     * story's quote lede, which a later paragraph repeats with its
     * speaker ("..., said Doe"). A summary box sits beside <p>s. */
    const dom_node *sib[2] = {body_prev_shown_sibling(n), body_next_shown_sibling(n)};
    for (int k = 0; k < 2; k++)
        if (sib[k] && sib[k]->type == DOM_ELEMENT && body_same_box(sib[k], n) && c->tot[sib[k]->id].paras)
            return 0;
    char buf[PULL_QUOTE_MAX + PULL_ATTRIBUTION_MAX + 8];
    size_t bn = text_prefix_lower(n, buf, sizeof buf);
    const unsigned char *u = (const unsigned char *)buf;
    int kind;
    if (!bn || quote_mark_at(u, bn, &kind) == 0)
        return 0;
    if (kind != QM_ASCII2 && kind != QM_LDQ && kind != QM_LOW2 && kind != QM_LAQ && kind != QM_RAQ &&
        kind != QM_LSQ && kind != QM_LOW1)
        return 0;
    while (bn && (u[bn - 1] == ' ' || u[bn - 1] == '\n'))
        bn--;
    size_t qn = without_attribution(buf, bn);
    while (qn && (u[qn - 1] == ' ' || u[qn - 1] == '.'))
        qn--;
    return qn > 1 && ends_closing_mark(u, qn);
}

/* A pull quote: a box set as a quote (a blockquote, a "pullquote" class)
 * whose words (its first paragraph's, without the quote marks it adds or
 * drops) stand in a paragraph of the body outside it. It repeats the
 * article, set large on the page: a release's highlight box over its
 * first paragraph ("Tweet this"), a magazine's pull quote between two
 * paragraphs. Readability keeps it, so the quote is read twice. Quoted
 * text the article does not repeat (a quoted letter, a tweet, a poem)
 * stays. At most four boxes per root are read, each against the root's
 * paragraphs. */
void body_drop_pull_quotes(ctx *c, dom_node *root)
{
    int seen = 0, shaped_seen = 0;
    char q[PULL_QUOTE_MAX + 8];
    for (dom_node *n = root->first_child; n && seen < PULL_QUOTES_READ;) {
        if (n->type != DOM_ELEMENT || (n->flags & DOM_F_REMOVED)) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(root, n) : dom_next(root, n);
            continue;
        }
        int shaped = 0; /* a plain box set as a quote by its text alone */
        if (!is_quote_box(c, n) && (shaped_seen >= PULL_QUOTES_READ || !(shaped = box_opens_as_quote(c, n)))) {
            n = dom_next(root, n);
            continue;
        }
        if (c->tot[n->id].text < PULL_QUOTE_MIN) {
            n = dom_next(root, n);
            continue;
        }
        if (shaped)
            shaped_seen++; /* read on their own count: a page of quotes in plain boxes keeps the four quote boxes' */
        else
            seen++;
        const dom_node *src = n;
        for (const dom_node *k = n->first_child; k; k = k->next)
            if (k->type == DOM_ELEMENT && k->tag == TAG_P && !(k->flags & DOM_F_REMOVED) && c->tot[k->id].text) {
                src = k;
                break;
            }
        if (c->tot[src->id].text <= PULL_QUOTE_MAX) {
            size_t qn = text_prefix_lower(src, q, sizeof q);
            const char *qs = q;
            trim_quote_marks(&qs, &qn);
            /* the article around the box: its parent or grandparent
             * with two real paragraphs beside it. A forum reply quotes
             * another member's post, which sits in another post's box,
             * and the quote stays. */
            const dom_node *scope = NULL, *a = n;
            for (int up = 0; up < PULL_SCOPE_UP && a != root; up++) {
                a = a->parent;
                if (c->tot[a->id].paras >= c->tot[n->id].paras + 2) {
                    scope = a;
                    break;
                }
            }
            int repeated = scope && qn >= PULL_QUOTE_MIN && quote_repeated(c, scope, n, qs, qn);
            if (scope && !repeated) {
                size_t an = without_attribution(qs, qn);
                const char *as = qs;
                trim_quote_marks(&as, &an);
                repeated = an < qn && an >= PULL_QUOTE_MIN && quote_repeated(c, scope, n, as, an);
            }
            if (repeated) {
                body_mark_removed(c, n);
                n = dom_next_skip(root, n);
                continue;
            }
        }
        n = shaped ? dom_next(root, n) : dom_next_skip(root, n);
    }
}

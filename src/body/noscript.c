/* noscript.c: the scripting-off view of <noscript> for pages that keep
 * their text only there.
 *
 * lede parses as a browser with scripting on (so <noscript> holds raw
 * text), which is right for almost every page: noscript usually holds a
 * tracking pixel or "please enable JavaScript". Some pages, though, render
 * the article with a script from a template and give the real text only
 * inside <noscript> (Blogger does this). When a noscript's raw text looks
 * like a block of markup with real prose in it, it is parsed on its own and
 * its nodes grafted in place of the raw text; the element then counts as a
 * plain <div>. The grafted document lives until the article is freed. */
#include <stdlib.h>
#include <string.h>

#include "core/chars.h"
#include "html/parse.h"
#include "body.h"

/* Raw text shorter than this cannot hold an article paragraph plus its
 * markup; skipping it keeps the common pixel/warning noscripts free. */
#define NOSCRIPT_MIN 400
/* Prose the parsed noscript must hold before it is grafted. */
#define NOSCRIPT_MIN_TEXT 200

static size_t visible_text(const dom_node *root)
{
    size_t t = 0;
    for (const dom_node *n = root; n;) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK) && n != root) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT)
            t += chars_count_nonblank(n->text, n->text_len);
        n = dom_next(root, n);
    }
    return t;
}

/* A fallback copy: a script-driven widget (a picture gallery, a slider)
 * renders its items in the live markup and repeats them, or the first of
 * them, inside the <noscript> right after it for browsers without
 * scripts. Grafting that copy would put the same captions and paragraphs
 * in the body twice. The test: every text of the parsed noscript with
 * REPEAT_MIN+ bytes (a sentence, not a "1/2" counter or a credit) is
 * found, whitespace folded, in the element just before the noscript, and
 * there is at least one such text. Blogger's template noscripts, the
 * case grafting exists for, follow an empty placeholder, so they stay.
 * Bounded: the neighbour's text is read up to REPEAT_BUF bytes and at
 * most REPEAT_CHECKS texts are looked up in it. */
#define REPEAT_MIN 40
#define REPEAT_BUF 32768
#define REPEAT_CHECKS 8

/* Appends n's text to buf with whitespace runs folded to one space (a
 * separator between text nodes too); returns the new length. */
static size_t fold_text(const dom_node *root, char *buf, size_t len, size_t cap)
{
    for (const dom_node *n = root; n && len + 1 < cap;) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK) && n != root) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT) {
            int sp = 1;
            for (uint32_t i = 0; i < n->text_len && len + 1 < cap; i++) {
                char ch = n->text[i];
                int ws = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
                if (ws) {
                    sp = 1;
                    continue;
                }
                if (sp && len && buf[len - 1] != ' ')
                    buf[len++] = ' ';
                sp = 0;
                if (len + 1 < cap)
                    buf[len++] = ch;
            }
            if (len && buf[len - 1] != ' ' && len + 1 < cap)
                buf[len++] = ' ';
        }
        n = dom_next(root, n);
    }
    buf[len] = '\0';
    return len;
}

static int repeats_previous(const dom_node *ns, const dom_node *sub_body)
{
    const dom_node *prev = ns->prev;
    while (prev && prev->type != DOM_ELEMENT)
        prev = prev->prev;
    if (!prev)
        return 0;
    char *live = malloc(REPEAT_BUF);
    if (!live)
        return 0;
    fold_text(prev, live, 0, REPEAT_BUF);
    int checked = 0, found = 0;
    for (const dom_node *n = sub_body; n && checked < REPEAT_CHECKS;) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK) && n != sub_body) {
            n = dom_next_skip(sub_body, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->text_len >= REPEAT_MIN) {
            char piece[1024];
            size_t l = fold_text(n, piece, 0, sizeof piece);
            while (l && piece[l - 1] == ' ')
                piece[--l] = '\0';
            const char *s = piece + (piece[0] == ' ');
            if (strlen(s) >= REPEAT_MIN) {
                checked++;
                if (!strstr(live, s))
                    break;
                found++;
            }
        }
        n = dom_next(sub_body, n);
    }
    free(live);
    return checked > 0 && found == checked;
}

static int graft(lede_article *art, dom_node *ns)
{
    const dom_node *raw = ns->first_child;
    dom_limits limits = {0, 0};
    dom_document *sub = html_parse(raw->text, raw->text_len, &limits);
    if (!sub)
        return -1;
    if (!sub->body || visible_text(sub->body) < NOSCRIPT_MIN_TEXT || repeats_previous(ns, sub->body)) {
        dom_document_free(sub);
        return 0;
    }
    dom_document **g = realloc(art->grafts, (art->ngrafts + 1) * sizeof *g);
    if (!g) {
        dom_document_free(sub);
        return -1;
    }
    art->grafts = g;
    art->grafts[art->ngrafts++] = sub;
    dom_detach(ns->first_child);
    for (dom_node *k = sub->body->first_child, *next; k; k = next) {
        next = k->next;
        dom_detach(k);
        dom_append(ns, k);
    }
    ns->tag = TAG_DIV;
    ns->name = "div";
    ns->name_len = 3;
    return 1;
}

int extract_noscript(lede_article *art)
{
    dom_document *doc = art->doc;
    dom_node *top = doc->body;
    int grafted = 0;
    if (!top)
        return 0;
    for (dom_node *n = top; n;) {
        if (n->type == DOM_ELEMENT && n->tag == TAG_NOSCRIPT) {
            dom_node *raw = n->first_child;
            if (raw && raw->type == DOM_TEXT && !raw->next && raw->text_len >= NOSCRIPT_MIN &&
                (strstr(raw->text, "<p") || strstr(raw->text, "<P") || strstr(raw->text, "<br"))) {
                int rc = graft(art, n);
                if (rc < 0)
                    return -1;
                grafted |= rc;
            }
            n = dom_next_skip(top, n);
            continue;
        }
        n = dom_next(top, n);
    }
    /* side tables of the extractor are indexed by node id */
    if (grafted)
        dom_renumber(doc);
    return 0;
}

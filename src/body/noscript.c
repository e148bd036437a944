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
            for (uint32_t i = 0; i < n->text_len; i++)
                t += !(n->text[i] == ' ' || n->text[i] == '\n' || n->text[i] == '\t' || n->text[i] == '\r');
        n = dom_next(root, n);
    }
    return t;
}

static int graft(lede_article *art, dom_node *ns)
{
    const dom_node *raw = ns->first_child;
    dom_limits limits = {0, 0};
    dom_document *sub = html_parse(raw->text, raw->text_len, &limits);
    if (!sub)
        return -1;
    if (!sub->body || visible_text(sub->body) < NOSCRIPT_MIN_TEXT) {
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

/* paywall.c: whether the page declares its content not free (the record's
 * "paywalled"), and whether the part it declares paywalled is in the page
 * but hidden from the reader.
 *
 * Declarations read (docs/pages.md has the measurements):
 *   - schema.org isAccessibleForFree: false on the article, its page, or a
 *     hasPart element (jsonld.c);
 *   - the same as microdata (<meta itemprop="isAccessibleForFree" content="false">);
 *   - <meta property="article:content_tier" content="locked|metered">
 *     (the OpenGraph article extension; "free" is the other value).
 * Paywall class names are not read: on the dev sets they sit as often on
 * pages that show the whole story (a metered wrapper, a placeholder for a
 * sign-up box) as on pages that cut it, so they would make the flag guess.
 *
 * The hidden part: Google's paywall markup names the paywalled element by a
 * cssSelector. When that element is in the page but hidden (display:none,
 * visibility:hidden, the hidden attribute, on it or an ancestor), the page
 * hides the story from the reader and gives it to search engines in the
 * JSON-LD articleBody: the body stage then keeps the visible teaser rather
 * than the JSON-LD body (body/jsonld_body.c). */
#include "meta_int.h"

#include <string.h>

static int node_hidden(const dom_node *n)
{
    for (; n && n->type == DOM_ELEMENT; n = n->parent) {
        if (dom_attr_get(n, "hidden"))
            return 1;
        const char *st = dom_attr_get(n, "style");
        if (st && dom_style_hides(st))
            return 1;
    }
    return 0;
}

/* 1 when element n matches the compound selector sel[0..len) ("div.a.b",
 * ".a", "#x"): every class and the id it names; a tag name is ignored.
 * Other selector syntax (attributes, pseudo-classes) never matches. */
static int matches_compound(const dom_node *n, const char *sel, size_t len)
{
    const char *cls = dom_attr_get(n, "class"), *id = dom_attr_get(n, "id");
    int named = 0;
    size_t i = 0;
    while (i < len && sel[i] != '.' && sel[i] != '#')
        i++;
    while (i < len) {
        char kind = sel[i++];
        size_t s = i;
        while (i < len && sel[i] != '.' && sel[i] != '#')
            i++;
        if (i == s || memchr(sel + s, '[', i - s) || memchr(sel + s, ':', i - s))
            return 0;
        if (kind == '.' ? !dom_tokens_have(cls, sel + s, i - s, 0)
                        : !id || strlen(id) != i - s || memcmp(id, sel + s, i - s) != 0)
            return 0;
        named = 1;
    }
    return named;
}

/* Items of a selector list looked at: real ones have one or two; each
 * costs a walk over the document. */
#define SELECTOR_ITEMS_MAX 4

/* 1 when some element matched by one of the selector list's items (its last
 * compound: ".article .paywall" is read as ".paywall") is hidden. */
static int selector_hidden(const dom_document *doc, const char *selector)
{
    const dom_node *root = doc->root;
    int items = 0;
    for (const char *item = selector; *item && items++ < SELECTOR_ITEMS_MAX;) {
        size_t ilen = strcspn(item, ",");
        size_t end = ilen;
        while (end && (item[end - 1] == ' ' || item[end - 1] == '\t'))
            end--;
        size_t start = end;
        while (start && item[start - 1] != ' ' && item[start - 1] != '>' && item[start - 1] != '\t')
            start--;
        for (const dom_node *n = root; n && end > start; n = dom_next(root, n))
            if (n->type == DOM_ELEMENT && n->nattrs && matches_compound(n, item + start, end - start) &&
                node_hidden(n))
                return 1;
        item += ilen;
        if (*item)
            item++;
    }
    return 0;
}

void meta_pick_paywall(meta_ctx *c)
{
    lede_article *art = c->art;
    const char *tier = meta_kv_get(c, "article:content_tier");
    const char *free_prop = meta_kv_get(c, "isaccessibleforfree");
    art->paywalled = c->j.not_free || (tier && (meta_ieq(tier, "locked") || meta_ieq(tier, "metered"))) ||
                     (free_prop && meta_ieq(free_prop, "false"));
    art->jsonld_body = c->j.article_body;
    if (c->j.article_body && c->j.not_free && c->j.paywall_selector)
        art->paywall_hidden = selector_hidden(art->doc, c->j.paywall_selector);
}

/* jsonld_body.c: the JSON-LD articleBody as the body when the page's
 * markup holds no story, or a much shorter one.
 *
 * Pages rendered by a script often ship the DOM without the story (only a
 * standfirst, an author bio, an empty shell) while their JSON-LD carries
 * the whole text in articleBody. After the body stage, the text of the
 * body it chose is compared with the articleBody's text, both counted in
 * visible non-space bytes once markup and character references are read:
 * when the DOM's is under a third of the JSON-LD's, the articleBody is
 * parsed as HTML and becomes the body, and the record's text_source says
 * "jsonld". Why a third: on the dev sets the pages whose DOM body is the
 * real story have an articleBody 0.9-1.9 times as long (a longer one adds
 * photo credits, link targets written out, related-story placeholders),
 * while a DOM that lacks the story gives a stub of a tenth of it (docs/pages.md
 * lists every page). A teaser articleBody (cut with "...") is shorter than
 * a real DOM body, so it never wins; with an empty DOM body any articleBody
 * text is better than none.
 *
 * Not used when the page declares the paywalled part hidden in its markup
 * (meta/paywall.c): that text is what the page keeps from its readers.
 *
 * articleBody comes in three shapes, each read by the HTML parser:
 *   - markup ("<p>One</p><p>Two</p>"): parsed as it is;
 *   - markup escaped once ("&lt;p&gt;One&lt;/p&gt;"): unescaped, then parsed;
 *   - plain text with line breaks ("One\nTwo"): each line becomes a <p>,
 *     its character references decoded, any inline tags kept.
 * The parsed document is grafted onto the article (freed with it) like a
 * noscript graft. */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "html/parse.h"
#include "body.h"

/* The DOM body must be at least this fraction (1/RATIO) of the articleBody
 * text to be kept; see the comment above. */
#define JSONLD_BODY_RATIO 3

/* Non-space bytes of visible text under root: junk elements (script,
 * style...) and subtrees the body stage removed are not counted. */
static size_t visible_bytes(const dom_node *root)
{
    size_t t = 0;
    for (const dom_node *n = root; n;) {
        if (n->type == DOM_ELEMENT && n != root &&
            ((tag_flags[n->tag] & TF_JUNK) || (n->flags & DOM_F_REMOVED))) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT)
            for (uint32_t i = 0; i < n->text_len; i++) {
                unsigned char ch = (unsigned char)n->text[i];
                t += !(ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f');
            }
        n = dom_next(root, n);
    }
    return t;
}

/* Case-insensitive: does s hold "<tag" followed by '>', a space or '/'
 * for one of the block tags? Inline-only text keeps its line breaks as
 * paragraphs; markup with blocks says where its paragraphs are. */
static int has_block_markup(const char *s)
{
    static const char *const blocks[] = {"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "li", "ul", "ol", "blockquote", "table", "figure", "section"};
    for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
        const char *q = p + 1;
        for (size_t b = 0; b < sizeof blocks / sizeof *blocks; b++) {
            size_t k = strlen(blocks[b]), j = 0;
            while (j < k && (q[j] | 0x20) == blocks[b][j])
                j++;
            if (j == k && (q[k] == '>' || q[k] == ' ' || q[k] == '/' || q[k] == '\n'))
                return 1;
        }
    }
    return 0;
}

/* The text of a parsed document's body, character references decoded,
 * line breaks kept: the once-escaped markup it held. */
static int unescape_via_parser(const char *s, buf *out)
{
    dom_limits limits = {0, 0};
    dom_document *d = html_parse(s, strlen(s), &limits);
    if (!d)
        return -1;
    const dom_node *root = d->body ? d->body : d->root;
    for (const dom_node *n = root; n; n = dom_next(root, n))
        if (n->type == DOM_TEXT)
            buf_put(out, n->text, n->text_len);
    buf_putc(out, '\0');
    dom_document_free(d);
    return out->oom ? -1 : 0;
}

/* The HTML to parse for the articleBody s, in out (NUL-terminated). */
static int body_markup(const char *s, buf *out)
{
    buf tmp = BUF_INIT;
    if (!strchr(s, '<') && (strstr(s, "&lt;") || strstr(s, "&LT;"))) {
        if (unescape_via_parser(s, &tmp) < 0) {
            buf_free(&tmp);
            return -1;
        }
        s = tmp.data;
    }
    if (has_block_markup(s)) {
        buf_puts(out, s);
    } else {
        /* plain text: one paragraph per line */
        for (const char *p = s; *p;) {
            size_t l = strcspn(p, "\n");
            buf_puts(out, "<p>");
            buf_put(out, p, l);
            buf_puts(out, "</p>\n");
            p += l;
            if (*p)
                p++;
        }
    }
    buf_putc(out, '\0');
    buf_free(&tmp);
    return out->oom ? -1 : 0;
}

static int graft_body(lede_article *art, dom_document *sub)
{
    dom_node **list = arena_alloc(&art->doc->mem, sizeof *list);
    dom_document **g = realloc(art->grafts, (art->ngrafts + 1) * sizeof *g);
    if (!list || !g) {
        if (g)
            art->grafts = g;
        dom_document_free(sub);
        return -1;
    }
    art->grafts = g;
    art->grafts[art->ngrafts++] = sub;
    list[0] = sub->body;
    art->body = list;
    art->nbody = 1;
    art->text_source = "jsonld";
    return 0;
}

int extract_jsonld_body(lede_article *art)
{
    art->text_source = "dom";
    if (!art->jsonld_body || art->paywall_hidden)
        return 0;
    size_t dom_text = 0;
    for (size_t i = 0; i < art->nbody; i++)
        if (art->body[i])
            dom_text += visible_bytes(art->body[i]);
    /* cheap bound first: markup and references only shrink the text */
    size_t raw = strlen(art->jsonld_body);
    if (raw <= dom_text * JSONLD_BODY_RATIO)
        return 0;
    buf html = BUF_INIT;
    if (body_markup(art->jsonld_body, &html) < 0) {
        buf_free(&html);
        return -1;
    }
    dom_limits limits = {0, 0};
    dom_document *sub = html_parse(html.data, html.len - 1, &limits);
    buf_free(&html);
    if (!sub)
        return -1;
    size_t ld_text = sub->body ? visible_bytes(sub->body) : 0;
    if (ld_text == 0 || ld_text <= dom_text * JSONLD_BODY_RATIO) {
        dom_document_free(sub);
        return 0;
    }
    return graft_body(art, sub);
}

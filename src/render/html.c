/* html.c: the clean-HTML renderer. The body is rewritten with a small
 * vocabulary: p, h2-h6 (h1 becomes h2: the title is the page's h1), ul,
 * ol, li, dl, dt, dd, blockquote, pre, code, table (thead, tbody, tfoot,
 * tr, th, td, caption), figure, figcaption, hr, br, a href, img src alt,
 * em, strong, sub, sup, del. Every other element is dropped but its
 * content kept; every attribute is dropped except href, src and alt,
 * which are made absolute. Text and attributes are escaped.
 *
 * How it stays well formed: emitted elements are frames on a stack and
 * most are opened lazily (before the first visible content inside them),
 * so emptied paragraphs, lists and links leave no tags behind. Inline
 * frames are closed at every block boundary and reopened inside the next
 * block, and loose text at the top level or in a quote is wrapped in <p>.
 * Inside p and h2-h6 ("flat") block elements only separate words. */
#include <stdlib.h>
#include <string.h>

#include "render_int.h"

/* Open elements of the output at once: block and inline frames nest a
 * few levels in any article; past 96 an element is dropped and its
 * content kept (ht_push), so hostile nesting costs no more room. */
#define HT_MAX_FRAMES 96

enum { HT_BLOCK = 1, HT_INLINE = 2 };

typedef struct ht_frame {
    const dom_node *node;
    const char *tag;  /* emitted name */
    uint8_t kind;     /* HT_BLOCK or HT_INLINE */
    uint8_t opened;
    uint8_t wraps;    /* block whose loose text is wrapped in <p> */
    uint8_t nl_open;  /* newline after the start tag */
} ht_frame;

typedef struct ht_state {
    buf *out;
    const url_t *base;  /* the parsed base for links, or NULL (render_base) */
    url_t base_url;
    buf base_buf;       /* holds base_url's serialization */
    ht_frame fr[HT_MAX_FRAMES];
    int n;
    int autop;        /* an implicit <p> is open */
    int text;         /* the current block has visible content */
    int space;        /* a collapsed space is pending */
    int brk;          /* a <br> is pending */
    int flat;
    int pre;
    size_t limit;     /* out->len past which no node is taken (render_limit) */
    int cut;          /* the budget was reached */
    /* the article's switches the output follows (lede.h, LEDE_SWITCHES) */
    int tables, links, images, formatting;
} ht_state;

/* Escapes text (quote = 0) or an attribute value (quote = 1). */
static void ht_escape(buf *out, const char *s, size_t len, int quote)
{
    const char *e = s + len, *run = s;
    for (; s < e; s++) {
        const char *rep;
        switch (*s) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = quote ? "&quot;" : NULL; break;
        default: rep = NULL;
        }
        if (rep) {
            buf_put(out, run, (size_t)(s - run));
            buf_puts(out, rep);
            run = s + 1;
        }
    }
    buf_put(out, run, (size_t)(e - run));
}

static void ht_put_url_attr(ht_state *st, const char *name, const char *href)
{
    buf tmp = BUF_INIT;
    if (render_put_url(&tmp, st->base, href) && tmp.data) {
        buf_putc(st->out, ' ');
        buf_puts(st->out, name);
        buf_put(st->out, "=\"", 2);
        /* Spaces are not allowed in URLs; pages have them anyway. */
        const char *p = tmp.data, *e = tmp.data + tmp.len, *sp;
        while ((sp = memchr(p, ' ', (size_t)(e - p))) != NULL) {
            ht_escape(st->out, p, (size_t)(sp - p), 1);
            buf_put(st->out, "%20", 3);
            p = sp + 1;
        }
        ht_escape(st->out, p, (size_t)(e - p), 1);
        buf_putc(st->out, '"');
    }
    if (tmp.oom)
        st->out->oom = 1;
    buf_free(&tmp);
}

static void ht_open_frame(ht_state *st, ht_frame *f)
{
    buf_putc(st->out, '<');
    buf_puts(st->out, f->tag);
    if (f->kind == HT_INLINE && f->tag[0] == 'a' && !f->tag[1])
        ht_put_url_attr(st, "href", dom_attr_get(f->node, "href"));
    buf_putc(st->out, '>');
    if (f->nl_open)
        buf_putc(st->out, '\n');
    f->opened = 1;
}

static void ht_close_tag(ht_state *st, const char *tag)
{
    buf_put(st->out, "</", 2);
    buf_puts(st->out, tag);
    buf_putc(st->out, '>');
}

/* Opens the pending block frames (outermost first). */
static void ht_open_blocks(ht_state *st)
{
    for (int i = 0; i < st->n; i++)
        if (st->fr[i].kind == HT_BLOCK && !st->fr[i].opened)
            ht_open_frame(st, &st->fr[i]);
}

/* Before visible content: blocks, the implicit <p>, a pending <br>, the
 * pending space, then the inline frames. */
static void ht_begin_content(ht_state *st)
{
    ht_open_blocks(st);
    if (!st->autop && !st->pre) {
        int wrap = 1;
        for (int i = st->n - 1; i >= 0; i--)
            if (st->fr[i].kind == HT_BLOCK) {
                wrap = st->fr[i].wraps;
                break;
            }
        if (wrap) {
            buf_put(st->out, "<p>", 3);
            st->autop = 1;
            st->text = 0;
        }
    }
    if (st->brk && st->text) {
        buf_put(st->out, "<br>", 4);
        st->space = 0;
    }
    st->brk = 0;
    if (st->space && st->text)
        buf_putc(st->out, ' ');
    st->space = 0;
    for (int i = 0; i < st->n; i++)
        if (st->fr[i].kind == HT_INLINE && !st->fr[i].opened)
            ht_open_frame(st, &st->fr[i]);
    st->text = 1;
}

/* A block boundary: inline frames and the implicit <p> close. */
static void ht_boundary(ht_state *st)
{
    for (int i = st->n - 1; i >= 0; i--)
        if (st->fr[i].kind == HT_INLINE && st->fr[i].opened) {
            ht_close_tag(st, st->fr[i].tag);
            st->fr[i].opened = 0;
        }
    if (st->autop) {
        buf_put(st->out, "</p>\n", 5);
        st->autop = 0;
    }
    st->text = 0;
    st->space = 0;
    st->brk = 0;
}

static void ht_text(ht_state *st, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    if (st->pre) {
        if (!st->text)
            while (p < e && (*p == '\n' || *p == '\r'))
                p++;
        if (p < e) {
            ht_begin_content(st);
            ht_escape(st->out, (const char *)p, (size_t)(e - p), 0);
        }
        return;
    }
    while (p < e) {
        unsigned c = *p;
        if (c <= ' ') {
            if (chars_is_space((unsigned char)c))
                st->space = 1;
            p++;
            continue;
        }
        if (c == 0xC2 && p + 1 < e && p[1] == 0xA0) {
            /* No-break spaces collapse too: "<p>&nbsp;</p>" is empty. */
            st->space = 1;
            p += 2;
            continue;
        }
        const unsigned char *r = p;
        while (r < e && *r > ' ' && !(*r == 0xC2 && r + 1 < e && r[1] == 0xA0))
            r++;
        ht_begin_content(st);
        ht_escape(st->out, (const char *)p, (size_t)(r - p), 0);
        p = r;
    }
}

/* Returns 1 if pushed; past the cap the element is dropped (its content
 * kept), like any element outside the vocabulary. */
static int ht_push(ht_state *st, const dom_node *n, const char *tag, int kind, int wraps, int nl_open)
{
    if (st->n >= HT_MAX_FRAMES)
        return 0;
    ht_frame *f = &st->fr[st->n++];
    f->node = n;
    f->tag = tag;
    f->kind = (uint8_t)kind;
    f->opened = 0;
    f->wraps = (uint8_t)wraps;
    f->nl_open = (uint8_t)nl_open;
    return 1;
}

static int ht_in_inline(const ht_state *st, const char *tag)
{
    for (int i = 0; i < st->n; i++)
        if (st->fr[i].kind == HT_INLINE && strcmp(st->fr[i].tag, tag) == 0)
            return 1;
    return 0;
}

static void ht_image(ht_state *st, const dom_node *n)
{
    char stmp[1024];
    const char *src = render_img_src(n, stmp, sizeof stmp);
    buf tmp = BUF_INIT;
    int ok = src && render_put_url(&tmp, st->base, src);
    buf_free(&tmp);
    if (!ok)
        return;
    ht_begin_content(st);
    buf_put(st->out, "<img", 4);
    ht_put_url_attr(st, "src", src);
    const char *alt = dom_attr_get(n, "alt");
    buf_put(st->out, " alt=\"", 6);
    if (alt)
        ht_escape(st->out, alt, strlen(alt), 1);
    buf_put(st->out, "\">", 2);
}

/* The emitted name of an element that becomes a block frame, or NULL. */
static const char *ht_block_tag(const dom_node *n, int *wraps, int *nl_open)
{
    *wraps = 0;
    *nl_open = 0;
    switch (n->tag) {
    case TAG_P: return "p";
    case TAG_H1: case TAG_H2: return "h2";
    case TAG_H3: return "h3";
    case TAG_H4: return "h4";
    case TAG_H5: return "h5";
    case TAG_H6: return "h6";
    case TAG_UL: case TAG_MENU: case TAG_DIR: *nl_open = 1; return "ul";
    case TAG_OL: *nl_open = 1; return "ol";
    case TAG_LI: return "li";
    case TAG_DL: *nl_open = 1; return "dl";
    case TAG_DT: return "dt";
    case TAG_DD: return "dd";
    case TAG_BLOCKQUOTE: *wraps = 1; *nl_open = 1; return "blockquote";
    case TAG_PRE: case TAG_LISTING: case TAG_XMP: case TAG_PLAINTEXT: return "pre";
    case TAG_TABLE: *nl_open = 1; return "table";
    case TAG_CAPTION: return "caption";
    case TAG_THEAD: *nl_open = 1; return "thead";
    case TAG_TBODY: *nl_open = 1; return "tbody";
    case TAG_TFOOT: *nl_open = 1; return "tfoot";
    case TAG_TR: *nl_open = 1; return "tr";
    case TAG_TD: return "td";
    case TAG_TH: return "th";
    case TAG_FIGURE: *nl_open = 1; return "figure";
    case TAG_FIGCAPTION: return "figcaption";
    default: return NULL;
    }
}

static const char *ht_inline_tag(const dom_node *n)
{
    switch (n->tag) {
    case TAG_A: return "a";
    case TAG_EM: case TAG_I: case TAG_CITE: case TAG_DFN: case TAG_VAR: return "em";
    case TAG_STRONG: case TAG_B: return "strong";
    case TAG_CODE: case TAG_KBD: case TAG_SAMP: case TAG_TT: return "code";
    case TAG_SUB: return "sub";
    case TAG_SUP: return "sup";
    case TAG_DEL: case TAG_S: case TAG_STRIKE: return "del";
    default: return NULL;
    }
}

static int ht_enter(ht_state *st, const dom_node *n)
{
    if (render_skip(n))
        return 0;
    if (n->type == DOM_TEXT) {
        ht_text(st, n->text, n->text_len);
        return 0;
    }
    if (n->type != DOM_ELEMENT)
        return 1;
    switch (n->tag) {
    case TAG_BR:
        if (st->pre) {
            ht_begin_content(st);
            buf_putc(st->out, '\n');
        } else {
            /* A line break in a heading is only a space. */
            int heading = 0;
            for (int i = st->n - 1; i >= 0; i--)
                if (st->fr[i].kind == HT_BLOCK) {
                    heading = st->fr[i].tag[0] == 'h' && st->fr[i].tag[1] != 'r';
                    break;
                }
            if (heading)
                st->space = 1;
            else
                st->brk = 1;
        }
        return 0;
    case TAG_IMG:
        if (st->images)
            ht_image(st, n);
        return 0;
    case TAG_TABLE:
        if (!st->tables && render_table_columns(n))
            return 0; /* a data table, left out (lede_options_set_tables) */
        break;
    case TAG_HR:
        if (st->flat || st->pre)
            return 0;
        ht_boundary(st);
        ht_open_blocks(st);
        buf_put(st->out, "<hr>\n", 5);
        return 0;
    default:
        break;
    }
    const char *tag = ht_inline_tag(n);
    if (tag) {
        if (n->tag == TAG_A ? !st->links : !st->formatting)
            return 1; /* switched off: the content without the element */
        if (ht_in_inline(st, tag))
            return 1;
        if (n->tag == TAG_A) {
            buf tmp = BUF_INIT;
            int ok = render_put_url(&tmp, st->base, dom_attr_get(n, "href"));
            buf_free(&tmp);
            if (!ok)
                return 1;
        }
        ht_push(st, n, tag, HT_INLINE, 0, 0);
        return 1;
    }
    if (!(tag_flags[n->tag] & TF_BLOCK) && n->tag != TAG_LI)
        return 1;
    if (st->flat || st->pre) {
        if (!st->pre)
            st->space = 1;
        return 1;
    }
    int wraps, nl_open;
    tag = ht_block_tag(n, &wraps, &nl_open);
    ht_boundary(st);
    if (!tag)
        return 1;
    if (!ht_push(st, n, tag, HT_BLOCK, wraps, nl_open))
        return 1;
    if (n->tag == TAG_PRE || n->tag == TAG_LISTING || n->tag == TAG_XMP || n->tag == TAG_PLAINTEXT)
        st->pre = 1;
    else if (n->tag == TAG_P || render_heading_level(n))
        st->flat = 1;
    else if (n->tag == TAG_TD || n->tag == TAG_TH)
        ht_open_blocks(st); /* empty cells keep the columns in place */
    return 1;
}

static void ht_leave(ht_state *st, const dom_node *n)
{
    if (n->type != DOM_ELEMENT)
        return;
    if (!st->n || st->fr[st->n - 1].node != n) {
        /* Not a frame of ours: a dropped block still separates words. */
        if (tag_flags[n->tag] & TF_BLOCK) {
            if (st->flat)
                st->space = 1;
            else if (!st->pre)
                ht_boundary(st);
        }
        return;
    }
    ht_frame *f = &st->fr[st->n - 1];
    if (f->kind == HT_INLINE) {
        if (f->opened)
            ht_close_tag(st, f->tag);
        st->n--;
        return;
    }
    ht_boundary(st);
    if (f->opened) {
        if (st->pre && strcmp(f->tag, "pre") == 0)
            while (st->out->len && (st->out->data[st->out->len - 1] == '\n' ||
                                    st->out->data[st->out->len - 1] == '\r'))
                st->out->len--;
        ht_close_tag(st, f->tag);
        buf_putc(st->out, '\n');
    }
    if (st->pre && strcmp(f->tag, "pre") == 0)
        st->pre = 0;
    if (st->flat && (strcmp(f->tag, "p") == 0 || f->tag[0] == 'h'))
        st->flat = 0;
    st->n--;
}

RENDER_DEFINE_WALK(ht_walk, ht_state, ht_enter, ht_leave)

int render_html(const lede_article *art, buf *out)
{
    ht_state *st = calloc(1, sizeof *st);
    if (!st) {
        out->oom = 1;
        return 0;
    }
    size_t start = out->len;
    st->out = out;
    st->limit = render_limit(art, start);
    st->base = render_base(art, &st->base_buf, &st->base_url);
    st->tables = article_switch(art, LEDE_SWITCH_TABLES);
    st->links = article_switch(art, LEDE_SWITCH_LINKS);
    st->images = article_switch(art, LEDE_SWITCH_IMAGES);
    st->formatting = article_switch(art, LEDE_SWITCH_FORMATTING);
    for (size_t i = 0; i < art->nbody; i++) {
        if (!art->body[i])
            continue;
        ht_walk(st, art->body[i]);
        /* Close whatever a cut subtree left open. */
        ht_boundary(st);
        while (st->n) {
            ht_frame *f = &st->fr[--st->n];
            if (f->opened) {
                ht_close_tag(st, f->tag);
                if (f->kind == HT_BLOCK)
                    buf_putc(out, '\n');
            }
        }
        st->flat = st->pre = 0;
    }
    while (out->len > start && out->data[out->len - 1] == '\n')
        out->len--;
    if (out->data)
        out->data[out->len] = '\0';
    int cut = st->cut;
    buf_free(&st->base_buf);
    free(st);
    return cut;
}

/* markdown.c: the Markdown renderer (CommonMark + GitHub pipe tables).
 * "# title", a blank line, then the body: headings (## ...), paragraphs
 * separated by blank lines, lists ("- " / "1. ", nested by indenting to
 * the parent's marker width), block quotes ("> "), fenced code for <pre>,
 * pipe tables for data tables, *em*, **strong**, `code`, ~~del~~,
 * [text](absolute url) and ![alt](src).
 *
 * How it stays valid: block structure is a stack of containers (quotes and
 * list items) whose prefixes start every line; inline markers are opened
 * lazily, right before the first visible character inside them, and closed
 * at every block boundary (to be reopened in the next block), so an <em>
 * or <a> spanning paragraphs never leaves a marker open across lines and
 * empty elements leave no "**" or "[]()" behind. Headings and table cells
 * are "flat": block boundaries inside them become spaces. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render_int.h"

#define MD_MAX_CONT 48  /* deeper quote/list nesting is rendered flat */
#define MD_MAX_INLINE 32
#define MD_MAX_LIST 48

enum { MD_QUOTE = 1, MD_ITEM };
enum { MD_EM = 1, MD_STRONG, MD_CODE, MD_DEL, MD_LINK, MD_HEADING };

typedef struct md_cont {
    const dom_node *node;
    uint8_t kind;
    uint8_t marker_pending; /* list item whose marker is not written yet */
    uint8_t has_content;    /* a line was written inside it */
    uint8_t width;          /* marker width = continuation indent */
    int list;               /* list item: index of its list in st->list, or -1 */
    char marker[16];
} md_cont;

typedef struct md_inline {
    const dom_node *node;
    uint8_t kind;
    uint8_t opened;
    uint8_t level;   /* heading level */
    size_t fence;    /* code span: backticks around it (longest run inside + 1) */
    size_t open_end; /* offset just after the opener */
    uint8_t swapped; /* emphasis opened inside the link above it */
} md_inline;

typedef struct md_recent {
    size_t end; /* offset just after a closer written last */
    int kind;
} md_recent;

typedef struct md_list {
    const dom_node *node;
    uint8_t ordered;
    unsigned long next;
    size_t shown;  /* items whose marker was written */
} md_list;

typedef struct md_state {
    buf *out;
    const url_t *base;  /* the parsed base for links, or NULL (render_base) */
    url_t base_url;
    buf base_buf;       /* holds base_url's serialization */
    size_t start;       /* where this rendering began in out */
    md_cont cont[MD_MAX_CONT];
    md_inline inl[MD_MAX_INLINE];
    md_recent recent[MD_MAX_INLINE]; /* closers just written, innermost first */
    int nrecent;
    md_list list[MD_MAX_LIST];
    int ncont, ninl, nlist;
    int line_open;      /* prefixes of the current line are written */
    int line_text;      /* the current line has text after its prefixes */
    int space;          /* a collapsed space is pending */
    int blank;          /* a blank line is due before the next line */
    int hard_break;     /* a <br> is due before the next text */
    int flat;           /* inside a heading or table cell */
    int heading;        /* inside a heading */
    int pre;            /* inside <pre> */
    int pre_nl;         /* line breaks held back inside <pre> */
    char fence_char;    /* the <pre> being written: '`' or '~' ... */
    size_t fence_len;   /* ... repeated this often (md_pre_fence) */
    /* the data table being written, if any */
    const dom_node *table;
    int ncols, rows, cells, in_cell;
    size_t limit;       /* out->len past which nothing more is taken (render_budget) */
    int cut;            /* the budget was reached */
} md_state;

/* The output budget is spent (checked per node, and per line inside <pre>
 * where each line repeats the container prefixes). */
static int md_full(md_state *st)
{
    if (st->out->len >= st->limit)
        st->cut = 1;
    return st->cut;
}

/* n copies of c: fences of any length. */
static void md_put_run(buf *out, char c, size_t n)
{
    static const char ticks[] = "````````````````", tildes[] = "~~~~~~~~~~~~~~~~";
    const char *src = c == '`' ? ticks : tildes;
    while (n) {
        size_t k = n < 16 ? n : 16;
        buf_put(out, src, k);
        n -= k;
    }
}

/* ---- lines and prefixes ---------------------------------------------- */

/* Writes the prefixes of the containers. continuation_only: the line
 * continues a block (no list marker), or is a blank line (then only the
 * containers that already hold lines count: a quote about to start must
 * not prefix the blank line before it). */
static void md_put_prefix(md_state *st, int continuation_only)
{
    for (int i = 0; i < st->ncont; i++) {
        md_cont *c = &st->cont[i];
        if (continuation_only == 2 && !c->has_content)
            break;
        if (c->kind == MD_QUOTE) {
            buf_put(st->out, "> ", 2);
        } else if (c->marker_pending && !continuation_only) {
            md_list *l = c->list >= 0 && c->list < st->nlist ? &st->list[c->list] : NULL;
            if (l && l->ordered) {
                int k = snprintf(c->marker, sizeof c->marker, "%lu. ", l->next++);
                c->width = (uint8_t)(k > 0 && k < (int)sizeof c->marker ? k : 3);
            }
            if (l)
                l->shown++;
            buf_puts(st->out, c->marker);
            c->marker_pending = 0;
        } else {
            buf_put(st->out, "                ", c->width);
        }
        c->has_content = 1;
    }
}

static void md_trim_spaces(md_state *st)
{
    buf *o = st->out;
    while (o->len > st->start && o->data[o->len - 1] == ' ')
        o->len--;
    if (o->data)
        o->data[o->len] = '\0';
}

static void md_open_line(md_state *st)
{
    if (st->line_open)
        return;
    if (st->blank && st->out->len > st->start) {
        size_t l = st->out->len;
        md_put_prefix(st, 2);
        md_trim_spaces(st);
        if (st->out->len < l)
            st->out->len = l;
        buf_putc(st->out, '\n');
    }
    st->blank = 0;
    md_put_prefix(st, 0);
    st->line_open = 1;
    st->line_text = 0;
    st->space = 0;
}

static void md_close_line(md_state *st)
{
    if (st->line_open) {
        md_trim_spaces(st);
        buf_putc(st->out, '\n');
        st->line_open = 0;
    }
    st->line_text = 0;
    st->space = 0;
    st->hard_break = 0;
}

/* ---- inline markers --------------------------------------------------- */

static void md_put_url(md_state *st, const char *href)
{
    buf tmp = BUF_INIT;
    if (render_put_url(&tmp, st->base, href) && tmp.data) {
        for (size_t i = 0; i < tmp.len; i++) {
            unsigned char c = (unsigned char)tmp.data[i];
            if (c == ' ')
                buf_put(st->out, "%20", 3);
            else if (c == '(')
                buf_put(st->out, "%28", 3);
            else if (c == ')')
                buf_put(st->out, "%29", 3);
            else if (c == '<')
                buf_put(st->out, "%3C", 3);
            else if (c == '>')
                buf_put(st->out, "%3E", 3);
            else if (c == '&' || c == '\\') {
                /* "&#106;" would be decoded as an entity, "\)" end nothing */
                buf_putc(st->out, '\\');
                buf_putc(st->out, (char)c);
            } else if (c >= 0x20)
                buf_putc(st->out, (char)c);
        }
    }
    if (tmp.oom)
        st->out->oom = 1;
    buf_free(&tmp);
}

static int md_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The marker of an emphasis-like frame; NULL for links and headings. */
static const char *md_marker(int kind)
{
    switch (kind) {
    case MD_EM: return "*";
    case MD_STRONG: return "**";
    case MD_CODE: return "`";
    case MD_DEL: return "~~";
    default: return NULL;
    }
}

static int md_is_emph(int kind) { return kind == MD_EM || kind == MD_STRONG || kind == MD_DEL; }

/* Writes the pending openers, outermost first; a heading's "## " goes
 * before everything, even a link that encloses the heading. With
 * defer_emph, stops at the first emphasis frame (and so opens nothing
 * above it: opened frames always form the bottom of the stack).
 * An opener written right where the same marker was just closed cancels
 * it instead: <b>r</b><b>est</b> gives **rest**, not **r****est**. */
static void md_open_inlines(md_state *st, int defer_emph)
{
    for (int i = 0; i < st->ninl; i++) {
        md_inline *f = &st->inl[i];
        if (f->kind == MD_HEADING && !f->opened) {
            buf_put(st->out, "######", f->level);
            buf_putc(st->out, ' ');
            f->opened = 1;
        }
    }
    for (int i = 0; i < st->ninl; i++) {
        md_inline *f = &st->inl[i];
        if (f->opened)
            continue;
        if (defer_emph && md_is_emph(f->kind))
            return;
        if (md_is_emph(f->kind) && i + 1 < st->ninl && st->inl[i + 1].kind == MD_LINK && !st->inl[i + 1].opened) {
            /* Emphasis around a link goes inside it: "[**text**](url)",
             * as "**[text](url)**word" would not close after the ')'.
             * The link closes the emphasis first (md_close_inline). */
            md_inline *l = &st->inl[i + 1];
            l->opened = 1;
            st->nrecent = 0;
            buf_putc(st->out, '[');
            const char *m = md_marker(f->kind);
            buf_puts(st->out, m);
            f->opened = 1;
            f->swapped = 1;
            f->open_end = st->out->len;
            i++;
            continue;
        }
        f->opened = 1;
        const char *m = md_marker(f->kind);
        if (f->kind == MD_CODE && f->fence > 1) { /* content has backticks */
            st->nrecent = 0;
            md_put_run(st->out, '`', f->fence);
            buf_putc(st->out, ' ');
            f->open_end = st->out->len;
        } else if (m) {
            size_t ml = strlen(m);
            if (st->nrecent && st->recent[st->nrecent - 1].end == st->out->len &&
                st->recent[st->nrecent - 1].kind == f->kind) {
                st->out->len -= ml;
                st->out->data[st->out->len] = '\0';
                st->nrecent--;
            } else {
                st->nrecent = 0;
                buf_put(st->out, m, ml);
            }
            f->open_end = st->out->len;
        } else if (f->kind == MD_LINK) {
            st->nrecent = 0;
            buf_putc(st->out, '[');
        }
    }
}

/* Punctuation around emphasis. CommonMark does not take "word*, more*"
 * or "*word.*Next" as emphasis (a marker between a letter and punctuation
 * cannot open or close), so leading punctuation is written before the
 * opener and trailing punctuation after the closer: "word, *more*",
 * "*word*.Next". Both are always valid, so no look-ahead is needed. */

/* Byte length of a Unicode punctuation character or space at p (the
 * common ones: U+2000-U+2027 spaces, dashes, quotes, ellipsis; U+202F,
 * U+205F, U+3000-U+3003 and CJK brackets; inverted marks, guillemets),
 * else 0. ASCII is handled by md_ascii_punct. */
static size_t md_upunct_len(const unsigned char *p, const unsigned char *e)
{
    if (e - p >= 2 && p[0] == 0xC2 && (p[1] == 0xA1 || p[1] == 0xAB || p[1] == 0xBB || p[1] == 0xBF))
        return 2;
    if (e - p >= 3) {
        if (p[0] == 0xE2 && p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0xA7) || p[2] == 0xAF ||
                                             (p[2] >= 0xB9 && p[2] <= 0xBA)))
            return 3;
        if (p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F)
            return 3;
        if (p[0] == 0xE3 && p[1] == 0x80 && (p[2] <= 0x83 || (p[2] >= 0x88 && p[2] <= 0x91)))
            return 3;
        if (p[0] == 0xE1 && p[1] == 0x9A && p[2] == 0x80)
            return 3;
    }
    return 0;
}

/* ASCII punctuation that this renderer never escapes (so it can move
 * across a marker without changing meaning). ')' and ']' stay inside:
 * they may end a link written inside the emphasis. */
static int md_ascii_punct(unsigned char c, int closing)
{
    switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '"': case '\'':
        return 1;
    case '(': case '$': case '%': case '&': case '@': case '^': case '{': case '}': case '/':
        return !closing;
    case ')':
        return !closing;
    default:
        return 0;
    }
}

/* Length of the punctuation character that ends at end (after start). */
static size_t md_punct_before(const char *data, size_t start, size_t end)
{
    const unsigned char *d = (const unsigned char *)data;
    if (end > start && d[end - 1] < 0x80) /* a space too: "*word „*Next" */
        return md_ascii_punct(d[end - 1], 1) || d[end - 1] == ' ' ? 1 : 0;
    for (size_t k = 2; k <= 3; k++)
        if (end >= start + k && md_upunct_len(d + end - k, d + end) == k)
            return k;
    return 0;
}

static void md_close_inline(md_state *st, md_inline *f)
{
    if (!f->opened)
        return;
    f->opened = 0;
    buf *o = st->out;
    const char *m = md_marker(f->kind);
    if (f->kind == MD_CODE && f->fence > 1) {
        buf_putc(o, ' ');
        md_put_run(o, '`', f->fence);
        st->nrecent = 0;
        return;
    }
    if (m) {
        size_t ml = strlen(m), run = o->len;
        if (md_is_emph(f->kind)) {
            size_t k;
            while (run > f->open_end && (k = md_punct_before(o->data, f->open_end, run)) > 0)
                run -= k;
            unsigned char before = run > f->open_end ? (unsigned char)o->data[run - 1] : ' ';
            int after_closer = st->nrecent && st->recent[st->nrecent - 1].end == run && run > f->open_end;
            if (run == o->len || !(md_alnum(before) || after_closer) || !buf_grow(o, ml))
                run = o->len;
        }
        if (run < o->len) { /* move the closer before the punctuation */
            memmove(o->data + run + ml, o->data + run, o->len - run);
            memcpy(o->data + run, m, ml);
            o->len += ml;
            o->data[o->len] = '\0';
            /* An outer closer may follow it there ("***word*"." -> "***word***""). */
            st->nrecent = 1;
            st->recent[0].kind = f->kind;
            st->recent[0].end = run + ml;
        } else {
            buf_put(o, m, ml);
            if (st->nrecent < MD_MAX_INLINE) {
                st->recent[st->nrecent].kind = f->kind;
                st->recent[st->nrecent].end = o->len;
                st->nrecent++;
            }
        }
        return;
    }
    if (f->kind == MD_LINK) {
        md_inline *em = f > st->inl ? f - 1 : NULL;
        if (em && em->swapped && em->opened)
            md_close_inline(st, em);
        if (em)
            em->swapped = 0;
        buf_put(o, "](", 2);
        md_put_url(st, dom_attr_get(f->node, "href"));
        buf_putc(o, ')');
        st->nrecent = 0;
    }
}

static void md_close_inlines(md_state *st)
{
    for (int i = st->ninl - 1; i >= 0; i--)
        md_close_inline(st, &st->inl[i]);
}

/* Everything that must precede a visible character: the line and its
 * prefixes, a pending hard break, the pending space, then the openers
 * (emphasis openers held back with defer_emph). Returns 1 when the
 * content starts a line: line-start escapes apply. */
static int md_begin_content(md_state *st, int defer_emph)
{
    if (st->hard_break && st->line_open && st->line_text) {
        /* A code span cannot hold a line break: close it (and what is
         * open inside it) before the break; it reopens after. */
        for (int i = 0; i < st->ninl; i++)
            if (st->inl[i].kind == MD_CODE && st->inl[i].opened) {
                for (int j = st->ninl - 1; j >= i; j--)
                    md_close_inline(st, &st->inl[j]);
                break;
            }
        buf_put(st->out, "\\\n", 2);
        md_put_prefix(st, 1);
        st->line_text = 0;
        st->space = 0;
    }
    st->hard_break = 0;
    md_open_line(st);
    if (st->space && st->line_text)
        buf_putc(st->out, ' ');
    st->space = 0;
    int first = !st->line_text;
    md_open_inlines(st, defer_emph);
    st->line_text = 1;
    return first;
}

/* ---- block boundaries ------------------------------------------------- */

static int md_top_has_content(const md_state *st)
{
    return st->ncont ? st->cont[st->ncont - 1].has_content : st->out->len > st->start;
}

static void md_block_start(md_state *st)
{
    if (st->flat) {
        st->space = 1;
        return;
    }
    md_close_inlines(st);
    md_close_line(st);
    if (md_top_has_content(st))
        st->blank = 1;
}

static void md_block_end(md_state *st)
{
    if (st->flat) {
        st->space = 1;
        return;
    }
    md_close_inlines(st);
    md_close_line(st);
    st->blank = 1;
}

/* ---- text --------------------------------------------------------------- */

/* Characters that need a backslash anywhere in text. '_' is handled apart
 * (only at word edges), line-start characters in md_text. */
static const unsigned char md_special[128] = {
    ['\\'] = 1, ['*'] = 1, ['`'] = 1, ['['] = 1, [']'] = 1, ['<'] = 1, ['_'] = 2, ['|'] = 3,
    ['#'] = 4, ['>'] = 4, ['-'] = 4, ['+'] = 4, ['='] = 4, ['~'] = 4, ['&'] = 5,
};

/* Text inside <pre>: verbatim, each new line behind the prefixes. Line
 * breaks are held back (pre_nl) until more text follows, so the block
 * neither starts nor ends with empty lines. */
static void md_text_pre(md_state *st, const char *s, size_t len)
{
    const char *e = s + len;
    while (s < e) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        const char *end = nl ? nl : e;
        if (end > s) {
            if (md_full(st))
                return;
            if (!st->line_open) {
                md_open_line(st);
                st->pre_nl = 0;
            }
            for (; st->pre_nl > 0; st->pre_nl--) {
                md_trim_spaces(st);
                buf_putc(st->out, '\n');
                md_put_prefix(st, 1);
            }
            buf_put(st->out, s, (size_t)(end - s));
            st->line_text = 1;
        }
        if (!nl)
            break;
        if (st->line_open)
            st->pre_nl++;
        s = nl + 1;
    }
}

/* "&name;" or "&#123;" follows: Markdown would decode it as an entity. */
static int md_entity_like(const unsigned char *p, const unsigned char *e)
{
    const unsigned char *q = p;
    if (q < e && *q == '#')
        q++;
    while (q < e && q - p < 33 && md_alnum(*q) && *q < 0x80)
        q++;
    return q > p && q < e && *q == ';';
}

/* An emphasis frame is waiting for its opener. */
static int md_emph_pending(const md_state *st)
{
    for (int i = 0; i < st->ninl; i++)
        if (!st->inl[i].opened && md_is_emph(st->inl[i].kind))
            return 1;
    return 0;
}

static void md_text(md_state *st, const char *s, size_t len)
{
    if (st->pre) {
        md_text_pre(st, s, len);
        return;
    }
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    int code = 0;
    for (int i = 0; i < st->ninl; i++)
        code |= st->inl[i].kind == MD_CODE;
    while (p < e) {
        unsigned c = *p;
        if (c <= ' ' || (c == 0xC2 && p + 1 < e && p[1] == 0xA0)) {
            if (c == 0xC2)
                p++;
            else if (!chars_is_space((unsigned char)c)) {
                p++;
                continue;
            }
            st->space = 1;
            p++;
            continue;
        }
        if (c == 0xC2 && p + 1 < e && p[1] == 0xAD) {
            p += 2; /* soft hyphen: invisible, dropped as in the text renderer */
            continue;
        }
        /* Emphasis cannot open before punctuation or a Unicode space
         * that follows a letter ("word*, more*" is literal): such
         * leading characters go out before the opener. */
        size_t lead = c < 0x80 ? (size_t)md_ascii_punct((unsigned char)c, 0) : md_upunct_len(p, e);
        if (lead && md_emph_pending(st)) {
            md_begin_content(st, 1);
            buf_put(st->out, p, lead);
            p += lead;
            continue;
        }
        /* Line-start specials (# > - + = ~ "1.") matter only where a
         * line really starts, not at the start of a table cell. */
        int first = md_begin_content(st, 0) && !st->in_cell;
        if (code) {
            const unsigned char *r = p;
            while (r < e && *r > ' ' && *r != 0xC2)
                r++;
            if (r == p)
                r += p + 1 < e ? 2 : 1; /* a two-byte character other than U+00A0/U+00AD */
            buf_put(st->out, p, (size_t)(r - p));
            p = r;
            continue;
        }
        if (first && c >= '0' && c <= '9') {
            /* "2019. A year" would start an ordered list. */
            const unsigned char *r = p;
            while (r < e && *r >= '0' && *r <= '9')
                r++;
            if (r < e && (*r == '.' || *r == ')') &&
                (r + 1 == e || chars_is_space(r[1]) || (r[1] == 0xC2 && r + 2 < e && r[2] == 0xA0))) {
                buf_put(st->out, p, (size_t)(r - p));
                buf_putc(st->out, '\\');
                p = r;
                c = *p;
            }
        }
        /* Copy the word: runs of ordinary bytes in one append, specials
         * one by one with their escapes. */
        while (p < e && *p > ' ' && !(*p == 0xC2 && p + 1 < e && (p[1] == 0xA0 || p[1] == 0xAD))) {
            const unsigned char *r = p;
            while (r < e && *r > ' ' && *r != 0xC2 && (*r >= 128 || !md_special[*r]))
                r++;
            if (r == p && *p == 0xC2)
                r++; /* a two-byte character other than U+00A0/U+00AD */
            if (r > p) {
                buf_put(st->out, p, (size_t)(r - p));
                p = r;
                first = 0;
                continue;
            }
            c = *p;
            unsigned k = c < 128 ? md_special[c] : 0;
            /* '#' anywhere in a heading (a trailing " #" would close it);
             * '&' that starts "&name;" (it would read as an entity). */
            if (k == 1 || (k == 3 && st->in_cell) || (k == 4 && (first || (c == '#' && st->heading))) ||
                (k == 5 && md_entity_like(p + 1, e))) {
                buf_putc(st->out, '\\');
            } else if (k == 2) {
                unsigned char prev = st->out->len ? (unsigned char)st->out->data[st->out->len - 1] : ' ';
                unsigned char next = p + 1 < e ? p[1] : ' ';
                if (!md_alnum(prev) || !md_alnum(next))
                    buf_putc(st->out, '\\');
            }
            buf_putc(st->out, (char)c);
            first = 0;
            p++;
        }
    }
}

/* ---- tables --------------------------------------------------------------- */

/* Decides whether a <table> is a data table (written as a pipe table):
 * at least two columns and no block structure a pipe table cannot hold
 * (nested tables, lists, quotes, code, headings). Others are layout
 * tables: their cells are rendered as ordinary blocks. */
static int md_table_columns(const dom_node *table)
{
    int ncols = 0, cells = 0;
    for (const dom_node *n = table->first_child ? table->first_child : NULL; n;) {
        if (render_skip(n) || n->type != DOM_ELEMENT) {
            n = dom_next_skip(table, n);
            continue;
        }
        switch (n->tag) {
        case TAG_TABLE: case TAG_UL: case TAG_OL: case TAG_DL: case TAG_BLOCKQUOTE: case TAG_PRE:
        case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
            return 0;
        case TAG_TR:
            cells = 0;
            break;
        case TAG_TD:
        case TAG_TH:
            if (++cells > ncols)
                ncols = cells;
            break;
        default:
            break;
        }
        n = dom_next(table, n);
    }
    return ncols >= 2 ? ncols : 0;
}

static void md_row_start(md_state *st)
{
    md_close_inlines(st);
    md_close_line(st);
    if (st->rows == 0 && md_top_has_content(st))
        st->blank = 1;
    md_open_line(st);
    buf_putc(st->out, '|');
    st->cells = 0;
}

static void md_row_end(md_state *st)
{
    md_close_inlines(st);
    for (; st->cells < st->ncols; st->cells++)
        buf_put(st->out, "  |", 3);
    st->line_text = 1;
    md_close_line(st);
    if (st->rows++ == 0) {
        md_open_line(st);
        buf_putc(st->out, '|');
        for (int i = 0; i < st->ncols; i++)
            buf_put(st->out, " --- |", 6);
        st->line_text = 1;
        md_close_line(st);
    }
}

/* ---- elements ------------------------------------------------------------- */

/* Pushes an inline frame; returns 1 if it was pushed. Past the cap, or
 * inside the same kind (**a **b** c** would not parse), the element's
 * content is rendered without markers of its own. */
static int md_push_inline(md_state *st, const dom_node *n, int kind)
{
    if (st->pre || st->ninl >= MD_MAX_INLINE)
        return 0;
    for (int i = 0; i < st->ninl; i++) {
        if (st->inl[i].kind == kind && kind != MD_HEADING)
            return 0;
        if (st->inl[i].kind == MD_CODE && kind != MD_HEADING)
            return 0; /* a code span is literal: markers inside would show */
    }
    md_inline *f = &st->inl[st->ninl++];
    f->node = n;
    f->kind = (uint8_t)kind;
    f->opened = 0;
    f->level = 0;
    f->fence = 0;
    f->swapped = 0;
    return 1;
}

static void md_image(md_state *st, const dom_node *n)
{
    char tmp[1024];
    const char *src = render_img_src(n, tmp, sizeof tmp);
    buf url = BUF_INIT;
    if (src && render_put_url(&url, st->base, src)) {
        const char *a = dom_attr_get(n, "alt");
        md_begin_content(st, 0);
        buf_put(st->out, "![", 2);
        if (a) {
            int save = st->line_text;
            st->line_text = 1; /* no line-start escapes inside alt */
            int sp = st->space;
            st->space = 0;
            /* alt text is escaped like text but never starts a line */
            for (const char *q = a; *q; q++) {
                unsigned char c = (unsigned char)*q;
                if (c < ' ')
                    c = ' ';
                if (c < 128 && (md_special[c] == 1 || c == '_'))
                    buf_putc(st->out, '\\');
                buf_putc(st->out, (char)c);
            }
            st->line_text = save;
            st->space = sp;
        }
        buf_put(st->out, "](", 2);
        md_put_url(st, src);
        buf_putc(st->out, ')');
    }
    if (url.oom)
        st->out->oom = 1;
    buf_free(&url);
}

/* Chooses the fence of a <pre> so that no line of its content can close
 * it: CommonMark closes a fence at a line holding, after up to 3 spaces,
 * a run of the fence character at least as long as the fence. Here any
 * indentation (spaces, tabs) counts, which can only make the fence longer.
 * "```" when no line starts with 3 backticks, else "~~~" when none starts
 * with 3 tildes, else the character with the shorter longest run, one
 * longer than it. Lines start at the <pre>, after each newline and <br>. */
static void md_pre_fence(md_state *st, const dom_node *pre)
{
    size_t longest[2] = {0, 0}; /* [0] backticks, [1] tildes */
    int at_start = 1;           /* in the indentation of a line */
    size_t run = 0;
    char run_char = 0;
    for (const dom_node *t = pre->first_child ? pre->first_child : NULL; t; t = dom_next(pre, t)) {
        if (t->type == DOM_ELEMENT && t->tag == TAG_BR) {
            at_start = 1, run = 0, run_char = 0;
            continue;
        }
        if (t->type != DOM_TEXT)
            continue;
        for (uint32_t i = 0; i < t->text_len; i++) {
            char c = t->text[i];
            if (c == '\n') {
                at_start = 1, run = 0, run_char = 0;
            } else if (at_start && (c == ' ' || c == '\t')) {
                /* indentation */
            } else if (at_start && (c == '`' || c == '~') && (!run_char || c == run_char)) {
                run_char = c;
                run++;
                size_t *l = &longest[c == '~'];
                if (run > *l)
                    *l = run;
            } else {
                at_start = 0;
            }
        }
    }
    if (longest[0] < 3) {
        st->fence_char = '`', st->fence_len = 3;
    } else if (longest[1] < 3) {
        st->fence_char = '~', st->fence_len = 3;
    } else {
        int tilde = longest[1] < longest[0];
        st->fence_char = tilde ? '~' : '`';
        st->fence_len = longest[tilde] + 1;
    }
}

static int md_enter(md_state *st, const dom_node *n)
{
    if (render_skip(n))
        return 0;
    if (n->type == DOM_TEXT) {
        md_text(st, n->text, n->text_len);
        return 0;
    }
    if (n->type != DOM_ELEMENT)
        return 1;
    if (st->pre) {
        if (n->tag == TAG_BR)
            md_text_pre(st, "\n", 1);
        return n->tag != TAG_IMG;
    }
    int h = render_heading_level(n);
    if (h) {
        if (st->flat)
            return 1;
        md_block_start(st);
        if (md_push_inline(st, n, MD_HEADING)) {
            st->inl[st->ninl - 1].level = (uint8_t)(h < 2 ? 2 : h);
            st->flat++;
            st->heading++;
        }
        return 1;
    }
    switch (n->tag) {
    case TAG_BR:
        if (st->flat)
            st->space = 1;
        else
            st->hard_break = 1;
        return 0;
    case TAG_WBR:
        return 0;
    case TAG_IMG:
        md_image(st, n);
        return 0;
    case TAG_EM: case TAG_I: case TAG_CITE: case TAG_DFN: case TAG_VAR:
        md_push_inline(st, n, MD_EM);
        return 1;
    case TAG_STRONG: case TAG_B:
        md_push_inline(st, n, MD_STRONG);
        return 1;
    case TAG_CODE: case TAG_KBD: case TAG_SAMP: case TAG_TT:
        if (md_push_inline(st, n, MD_CODE)) {
            /* A code span's fence is one backtick longer than the longest
             * run inside it (then padded with a space on each side): only
             * a run of exactly its length could close it. */
            size_t run = 0, longest = 0;
            for (const dom_node *t = n; t; t = dom_next(n, t))
                if (t->type == DOM_TEXT)
                    for (uint32_t i = 0; i < t->text_len; i++) {
                        run = t->text[i] == '`' ? run + 1 : 0;
                        if (run > longest)
                            longest = run;
                    }
            st->inl[st->ninl - 1].fence = longest + 1;
        }
        return 1;
    case TAG_DEL: case TAG_S: case TAG_STRIKE:
        md_push_inline(st, n, MD_DEL);
        return 1;
    case TAG_A: {
        buf tmp = BUF_INIT;
        int ok = render_put_url(&tmp, st->base, dom_attr_get(n, "href"));
        buf_free(&tmp);
        if (ok)
            md_push_inline(st, n, MD_LINK);
        return 1;
    }
    case TAG_PRE: case TAG_LISTING: case TAG_XMP: case TAG_PLAINTEXT: {
        if (st->flat) {
            st->space = 1;
            return 1;
        }
        md_block_start(st);
        md_pre_fence(st, n);
        md_open_line(st);
        md_put_run(st->out, st->fence_char, st->fence_len);
        st->line_text = 1;
        md_close_line(st);
        st->pre = 1;
        st->pre_nl = 0;
        return 1;
    }
    case TAG_BLOCKQUOTE:
        md_block_start(st);
        if (st->flat || st->ncont >= MD_MAX_CONT)
            return 1;
        st->cont[st->ncont++] = (md_cont){n, MD_QUOTE, 0, 0, 2, -1, "> "};
        return 1;
    case TAG_UL: case TAG_OL: case TAG_MENU: case TAG_DIR:
        if (st->flat) {
            st->space = 1;
            return 1;
        }
        md_close_inlines(st);
        md_close_line(st);
        if (!(st->ncont && st->cont[st->ncont - 1].kind == MD_ITEM) && md_top_has_content(st))
            st->blank = 1;
        if (st->nlist < MD_MAX_LIST) {
            md_list *l = &st->list[st->nlist++];
            l->node = n;
            l->ordered = n->tag == TAG_OL;
            l->shown = 0;
            l->next = 1;
            const char *start = dom_attr_get(n, "start");
            if (l->ordered && start && *start >= '0' && *start <= '9') {
                unsigned long v = 0;
                for (const char *q = start; *q >= '0' && *q <= '9' && v < 100000000; q++)
                    v = v * 10 + (unsigned long)(*q - '0');
                l->next = v;
            }
            /* Only a list starting at 1 may interrupt a paragraph (as
             * in an item's own text): others need a blank line. */
            if (l->ordered && l->next != 1 && md_top_has_content(st))
                st->blank = 1;
        }
        return 1;
    case TAG_LI: {
        if (st->flat) {
            st->space = 1;
            return 1;
        }
        md_close_inlines(st);
        md_close_line(st);
        md_list *l = st->nlist ? &st->list[st->nlist - 1] : NULL;
        if (l && l->shown)
            st->blank = 0; /* tight list; the first item keeps what the list decided */
        else if (!l && md_top_has_content(st))
            st->blank = 1;
        if (st->ncont >= MD_MAX_CONT)
            return 1;
        md_cont *c = &st->cont[st->ncont++];
        c->node = n;
        c->kind = MD_ITEM;
        c->marker_pending = 1;
        c->has_content = 0;
        c->list = l ? st->nlist - 1 : -1;
        /* The number is taken when the marker is written (md_put_prefix):
         * items left empty by the extractor do not use one up. */
        strcpy(c->marker, "- ");
        c->width = 2;
        return 1;
    }
    case TAG_TABLE:
        if (st->flat) {
            st->space = 1;
            return 1;
        }
        md_block_start(st);
        if (!st->table) {
            int ncols = md_table_columns(n);
            if (ncols) {
                st->table = n;
                st->ncols = ncols;
                st->rows = 0;
            }
        }
        return 1;
    case TAG_TR:
        if (st->table && !st->flat) {
            md_row_start(st);
            st->flat++;
            return 1;
        }
        break;
    case TAG_TD: case TAG_TH:
        if (st->table && st->cells < st->ncols && st->flat == 1) {
            buf_putc(st->out, ' ');
            st->line_text = 0;
            st->space = 0;
            st->in_cell = 1;
            return 1;
        }
        break;
    case TAG_THEAD: case TAG_TBODY: case TAG_TFOOT:
        if (st->table)
            return 1;
        break;
    case TAG_HR:
        if (st->flat)
            return 0;
        md_block_start(st);
        md_open_line(st);
        buf_put(st->out, "---", 3);
        st->line_text = 1;
        md_block_end(st);
        return 0;
    default:
        break;
    }
    if (tag_flags[n->tag] & TF_BLOCK)
        md_block_start(st);
    return 1;
}

static void md_pop_inline(md_state *st, const dom_node *n)
{
    if (st->ninl && st->inl[st->ninl - 1].node == n) {
        md_close_inline(st, &st->inl[st->ninl - 1]);
        st->ninl--;
    }
}

static void md_leave(md_state *st, const dom_node *n)
{
    if (n->type != DOM_ELEMENT)
        return;
    if (st->pre) {
        if (n->tag == TAG_PRE || n->tag == TAG_LISTING || n->tag == TAG_XMP || n->tag == TAG_PLAINTEXT) {
            md_close_line(st);
            st->pre = 0;
            st->pre_nl = 0;
            st->blank = 0;
            md_open_line(st);
            md_put_run(st->out, st->fence_char, st->fence_len);
            st->line_text = 1;
            md_block_end(st);
        }
        return;
    }
    if (render_heading_level(n)) {
        if (st->ninl && st->inl[st->ninl - 1].node == n) {
            md_close_inlines(st);
            st->ninl--;
            st->flat--;
            st->heading--;
        }
        md_block_end(st);
        return;
    }
    switch (n->tag) {
    case TAG_EM: case TAG_I: case TAG_CITE: case TAG_DFN: case TAG_VAR:
    case TAG_STRONG: case TAG_B: case TAG_CODE: case TAG_KBD: case TAG_SAMP: case TAG_TT:
    case TAG_DEL: case TAG_S: case TAG_STRIKE: case TAG_A:
        md_pop_inline(st, n);
        return;
    case TAG_BLOCKQUOTE:
        if (st->ncont && st->cont[st->ncont - 1].node == n) {
            md_close_inlines(st);
            md_close_line(st);
            st->ncont--;
        }
        md_block_end(st);
        return;
    case TAG_UL: case TAG_OL: case TAG_MENU: case TAG_DIR:
        if (st->nlist && st->list[st->nlist - 1].node == n)
            st->nlist--;
        md_block_end(st);
        return;
    case TAG_LI:
        if (st->ncont && st->cont[st->ncont - 1].node == n) {
            md_close_inlines(st);
            md_close_line(st);
            st->ncont--;
        } else if (st->flat) {
            st->space = 1;
        }
        return;
    case TAG_TABLE:
        if (st->table == n) {
            st->table = NULL;
            st->in_cell = 0;
        }
        md_block_end(st);
        return;
    case TAG_TR:
        if (st->table && st->flat == 1 && st->line_open) {
            st->flat--;
            md_row_end(st);
            return;
        }
        break;
    case TAG_TD: case TAG_TH:
        if (st->table && st->in_cell && st->flat == 1) {
            md_close_inlines(st);
            buf_put(st->out, " |", 2);
            st->cells++;
            st->in_cell = 0;
            st->space = 0;
            return;
        }
        break;
    case TAG_THEAD: case TAG_TBODY: case TAG_TFOOT:
        if (st->table)
            return;
        break;
    default:
        break;
    }
    if (tag_flags[n->tag] & TF_BLOCK)
        md_block_end(st);
}

RENDER_DEFINE_WALK(md_walk, md_state, md_enter, md_leave, md_full)

/* Text with every Markdown special backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation), on one line. */
static void md_put_plain(buf *out, const char *s)
{
    for (; s && *s; s++) {
        if (strchr("\\`*_[]<>#|!~&", *s))
            buf_putc(out, '\\');
        buf_putc(out, *s == '\n' ? ' ' : *s);
    }
}

/* A "## Quotes" section after the body, one list item per quote:
 * "- Speaker (cue, kind): text". Only when there are quotes. */
static void md_quotes(const lede_article *art, buf *out, size_t start)
{
    size_t n = lede_article_quote_count(art);
    if (!n)
        return;
    buf_puts(out, out->len > start ? "\n\n## Quotes\n" : "## Quotes\n");
    for (size_t i = 0; i < n; i++) {
        const lede_quote *q = lede_article_quote(art, i);
        const char *who = lede_quote_speaker(q) ? lede_quote_speaker(q) : lede_quote_mention(q);
        buf_puts(out, "\n- ");
        md_put_plain(out, who ? who : "unknown");
        buf_puts(out, " (");
        if (lede_quote_cue(q)) {
            md_put_plain(out, lede_quote_cue(q));
            buf_puts(out, ", ");
        }
        buf_puts(out, lede_quote_kind(q));
        buf_puts(out, "): ");
        md_put_plain(out, lede_quote_text(q));
    }
}

int render_markdown(const lede_article *art, buf *out)
{
    md_state *st = calloc(1, sizeof *st);
    if (!st) {
        out->oom = 1;
        return 0;
    }
    st->out = out;
    st->start = out->len;
    st->limit = out->len + render_budget(art);
    if (st->limit < out->len)
        st->limit = (size_t)-1;
    st->base = render_base(art, &st->base_buf, &st->base_url);
    if (art->title && *art->title) {
        md_inline *f = &st->inl[st->ninl++];
        f->kind = MD_HEADING;
        f->level = 1;
        st->flat = 1;
        st->heading = 1;
        md_text(st, art->title, strlen(art->title));
        st->heading = 0;
        md_close_inlines(st);
        st->ninl = 0;
        st->flat = 0;
        md_block_end(st);
    }
    for (size_t i = 0; i < art->nbody; i++) {
        if (!art->body[i])
            continue;
        md_walk(st, art->body[i]);
        /* A subtree may end inside something left open: reset. */
        md_close_inlines(st);
        md_close_line(st);
        st->ninl = st->ncont = st->nlist = 0;
        st->flat = st->pre = st->heading = 0;
        st->table = NULL;
        st->in_cell = 0;
        st->blank = 1;
    }
    while (out->len > st->start && out->data[out->len - 1] == '\n')
        out->len--;
    md_quotes(art, out, st->start);
    if (out->data)
        out->data[out->len] = '\0';
    int cut = st->cut;
    buf_free(&st->base_buf);
    free(st);
    return cut;
}

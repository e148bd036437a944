/* text.c: the plain-text renderer (also the "text" field of JSON).
 * Rules: whitespace runs collapse to one space, except inside <pre> which
 * is copied verbatim; inline elements add nothing (so "Hel<b>lo</b>" stays
 * "Hello"); block elements and <br> end the line; lines are trimmed and
 * empty lines never written; table cells of one row are separated by a
 * tab (with the tables switch off, data tables are left out:
 * render_table_columns). Images produce nothing. */
#include "render_int.h"

typedef struct text_state {
    buf *out;
    size_t line_start; /* offset in out where the current line began */
    size_t pre_start;  /* offset where the outermost <pre> began */
    int space;         /* a collapsed space is pending */
    int tabs;          /* cell separators pending (written before the next text) */
    int pre;           /* depth of <pre> elements */
    size_t limit;      /* out->len past which no node is taken (render_limit) */
    int cut;           /* the budget was reached */
    int tables;        /* the tables switch: data tables are written */
} text_state;

/* Ends the current line if it has any content. */
static void text_newline(text_state *st)
{
    buf *o = st->out;
    if (o->len > st->line_start) {
        while (o->len > st->line_start && (o->data[o->len - 1] == ' ' || o->data[o->len - 1] == '\t'))
            o->len--;
        if (o->len > st->line_start)
            buf_putc(o, '\n');
        else if (o->data)
            o->data[o->len] = '\0';
        st->line_start = o->len;
    }
    st->space = 0;
    st->tabs = 0;
}

/* Collapses whitespace while copying s into the current line. U+00A0 (no-
 * break space) collapses too: a line of &nbsp; is an empty line for a
 * reader. C0 control characters and soft hyphens are dropped. One grow, then direct
 * writes: this is the hot loop of every renderer. */
static void text_put(text_state *st, const char *s, size_t len)
{
    buf *o = st->out;
    if (!buf_grow(o, len + 1 + (size_t)st->tabs))
        return;
    char *d = o->data + o->len;
    char *line = o->data + st->line_start;
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    int space = st->space;
    while (p < e) {
        unsigned c = *p;
        if (c <= ' ') {
            if (chars_is_space((unsigned char)c))
                space = 1;
            p++;
            continue;
        }
        if (c == 0xC2 && p + 1 < e && p[1] == 0xA0) {
            space = 1;
            p += 2;
            continue;
        }
        /* U+00AD (soft hyphen) only marks where a browser may break a
         * word; it is invisible and would split words for a reader. */
        if (c == 0xC2 && p + 1 < e && p[1] == 0xAD) {
            p += 2;
            continue;
        }
        if (d > line) {
            if (st->tabs) {
                for (int i = 0; i < st->tabs; i++)
                    *d++ = '\t';
            } else if (space) {
                *d++ = ' ';
            }
        }
        st->tabs = 0;
        space = 0;
        *d++ = (char)*p++;
#if defined(__SSE2__)
        /* Mid-line, with no tabs owed, one ' ' between two bytes that
         * are copied as they are is written as it is: a run of words goes
         * 16 bytes a step (chars_word_run16; room for every byte of s was
         * made above), and the loop below goes on from where it ends. */
        chars_word_run16(&p, e, &d);
#endif
        while (p < e && *p > ' ' && *p != 0xC2)
            *d++ = (char)*p++;
    }
    *d = '\0';
    o->len = (size_t)(d - o->data);
    st->space = space;
}

/* Inside <pre>: verbatim, minus the newlines that open the block. */
static void text_put_pre(text_state *st, const char *s, size_t len)
{
    buf *o = st->out;
    if (o->len == st->pre_start)
        while (len && (*s == '\n' || *s == '\r'))
            s++, len--;
    buf_put(o, s, len);
}

static int text_enter(text_state *st, const dom_node *n)
{
    if (render_skip(n))
        return 0;
    if (n->type == DOM_TEXT) {
        if (st->pre)
            text_put_pre(st, n->text, n->text_len);
        else
            text_put(st, n->text, n->text_len);
        return 0;
    }
    if (n->type != DOM_ELEMENT)
        return 1;
    switch (n->tag) {
    case TAG_BR:
        if (st->pre)
            buf_putc(st->out, '\n');
        else
            text_newline(st);
        return 0;
    case TAG_IMG:
        return 0;
    case TAG_TABLE:
        if (!st->tables && render_table_columns(n))
            return 0; /* a data table, left out (lede_options_set_tables) */
        if (!st->pre)
            text_newline(st);
        return 1;
    case TAG_PRE:
    case TAG_LISTING:
    case TAG_XMP:
    case TAG_PLAINTEXT:
        if (!st->pre) {
            text_newline(st);
            st->pre_start = st->out->len;
        }
        st->pre++;
        return 1;
    case TAG_TD:
    case TAG_TH:
        /* A cell after others on the same line: separate with a tab,
         * written only if more text follows (trailing empty cells vanish). */
        if (st->out->len > st->line_start)
            st->tabs++;
        st->space = 0;
        return 1;
    default:
        if (!st->pre && (tag_flags[n->tag] & TF_BLOCK))
            text_newline(st);
        return 1;
    }
}

static void text_leave(text_state *st, const dom_node *n)
{
    if (n->type != DOM_ELEMENT)
        return;
    switch (n->tag) {
    case TAG_PRE:
    case TAG_LISTING:
    case TAG_XMP:
    case TAG_PLAINTEXT:
        if (--st->pre == 0) {
            buf *o = st->out;
            while (o->len > st->pre_start && chars_is_space((unsigned char)o->data[o->len - 1]))
                o->len--;
            if (o->data)
                o->data[o->len] = '\0';
            /* The block's own lines count as content of the current one. */
            st->line_start = st->pre_start;
            text_newline(st);
        }
        return;
    case TAG_TD:
    case TAG_TH:
        st->space = 0;
        return;
    default:
        if (!st->pre && (tag_flags[n->tag] & TF_BLOCK))
            text_newline(st);
        return;
    }
}

RENDER_DEFINE_WALK(text_walk, text_state, text_enter, text_leave)

int render_text(const lede_article *art, buf *out)
{
    size_t base = out->len;
    text_state st = {out, out->len, out->len, 0, 0, 0, render_limit(art, out->len), 0,
                     article_switch(art, LEDE_SWITCH_TABLES)};
    for (size_t i = 0; i < art->nbody; i++) {
        if (!art->body[i])
            continue;
        text_walk(&st, art->body[i]);
        text_newline(&st);
        st.pre = 0;
    }
    /* No trailing newline: the record is the lines between. */
    while (out->len > base && out->data[out->len - 1] == '\n')
        out->len--;
    if (out->data)
        out->data[out->len] = '\0';
    return st.cut;
}

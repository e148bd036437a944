/* markdown_text.c: the Markdown renderer's lines and text: container
 * prefixes, inline markers opened lazily and closed at block boundaries,
 * block boundaries, and text with the escaping that keeps it literal
 * (see markdown.c for the design, markdown_int.h for the state). */
#include "markdown_int.h"

/* n copies of c: fences of any length. */
void md_put_run(buf *out, char c, size_t n)
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

void md_open_line(md_state *st)
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

void md_close_line(md_state *st)
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

void md_put_url(md_state *st, const char *href)
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

void md_close_inline(md_state *st, md_inline *f)
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

void md_close_inlines(md_state *st)
{
    for (int i = st->ninl - 1; i >= 0; i--)
        md_close_inline(st, &st->inl[i]);
}

/* Everything that must precede a visible character: the line and its
 * prefixes, a pending hard break, the pending space, then the openers
 * (emphasis openers held back with defer_emph). Returns 1 when the
 * content starts a line: line-start escapes apply. */
int md_begin_content(md_state *st, int defer_emph)
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

int md_top_has_content(const md_state *st)
{
    return st->ncont ? st->cont[st->ncont - 1].has_content : st->out->len > st->start;
}

void md_block_start(md_state *st)
{
    if (md_flat_space(st))
        return;
    md_close_inlines(st);
    md_close_line(st);
    if (md_top_has_content(st))
        st->blank = 1;
}

void md_block_end(md_state *st)
{
    if (md_flat_space(st))
        return;
    md_close_inlines(st);
    md_close_line(st);
    st->blank = 1;
}

/* ---- text --------------------------------------------------------------- */

/* Characters that need a backslash anywhere in text. '_' is handled apart
 * (only at word edges), line-start characters in md_text. */
const unsigned char md_special[128] = {
    ['\\'] = 1, ['*'] = 1, ['`'] = 1, ['['] = 1, [']'] = 1, ['<'] = 1, ['_'] = 2, ['|'] = 3,
    ['#'] = 4, ['>'] = 4, ['-'] = 4, ['+'] = 4, ['='] = 4, ['~'] = 4, ['&'] = 5,
};

/* Text inside <pre>: verbatim, each new line behind the prefixes. Line
 * breaks are held back (pre_nl) until more text follows, so the block
 * neither starts nor ends with empty lines. */
void md_text_pre(md_state *st, const char *s, size_t len)
{
    const char *e = s + len;
    while (s < e) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        const char *end = nl ? nl : e;
        if (end > s) {
            if (RENDER_FULL(st)) /* per line: each repeats the container prefixes */
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

void md_text(md_state *st, const char *s, size_t len)
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

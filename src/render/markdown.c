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
 * are "flat": block boundaries inside them become spaces.
 *
 * This file: tables, elements, the walk and the entry; the lines, inline
 * markers and text are in markdown_text.c (markdown_int.h). */
#include "markdown_int.h"

/* ---- tables --------------------------------------------------------------- */

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

/* <code> and kin: an inline code span whose fence is one backtick longer
 * than the longest run inside it (then padded with a space on each
 * side): only a run of exactly its length could close it. */
static int md_enter_code(md_state *st, const dom_node *n)
{
    if (md_push_inline(st, n, MD_CODE)) {
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
}

/* <pre> and kin: a fenced code block (md_pre_fence picks the fence). */
static int md_enter_pre(md_state *st, const dom_node *n)
{
    if (md_flat_space(st))
        return 1;
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

/* A list: its kind and start number; the items take their markers. */
static int md_enter_list(md_state *st, const dom_node *n)
{
    if (md_flat_space(st))
        return 1;
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
}

/* A list item: a container whose marker is written with its first line. */
static int md_enter_item(md_state *st, const dom_node *n)
{
    if (md_flat_space(st))
        return 1;
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

/* A table: a pipe table when render_table_columns accepts it, else its cells
 * become ordinary blocks. */
static int md_enter_table(md_state *st, const dom_node *n)
{
    if (md_flat_space(st))
        return 1;
    md_block_start(st);
    if (!st->table) {
        int ncols = render_table_columns(n);
        if (ncols) {
            st->table = n;
            st->ncols = ncols;
            st->rows = 0;
        }
    }
    return 1;
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
        if (st->images)
            md_image(st, n);
        return 0;
    case TAG_EM: case TAG_I: case TAG_CITE: case TAG_DFN: case TAG_VAR:
        if (st->formatting)
            md_push_inline(st, n, MD_EM);
        return 1;
    case TAG_STRONG: case TAG_B:
        if (st->formatting)
            md_push_inline(st, n, MD_STRONG);
        return 1;
    case TAG_CODE: case TAG_KBD: case TAG_SAMP: case TAG_TT:
        return st->formatting ? md_enter_code(st, n) : 1;
    case TAG_DEL: case TAG_S: case TAG_STRIKE:
        if (st->formatting)
            md_push_inline(st, n, MD_DEL);
        return 1;
    case TAG_A: {
        if (!st->links)
            return 1;
        buf tmp = BUF_INIT;
        int ok = render_put_url(&tmp, st->base, dom_attr_get(n, "href"));
        buf_free(&tmp);
        if (ok)
            md_push_inline(st, n, MD_LINK);
        return 1;
    }
    case TAG_PRE: case TAG_LISTING: case TAG_XMP: case TAG_PLAINTEXT:
        return md_enter_pre(st, n);
    case TAG_BLOCKQUOTE:
        md_block_start(st);
        if (st->flat || st->ncont >= MD_MAX_CONT)
            return 1;
        st->cont[st->ncont++] = (md_cont){n, MD_QUOTE, 0, 0, 2, -1, "> "};
        return 1;
    case TAG_UL: case TAG_OL: case TAG_MENU: case TAG_DIR:
        return md_enter_list(st, n);
    case TAG_LI:
        return md_enter_item(st, n);
    case TAG_TABLE:
        if (!st->tables && render_table_columns(n))
            return 0; /* a data table, left out (lede_options_set_tables) */
        return md_enter_table(st, n);
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

RENDER_DEFINE_WALK(md_walk, md_state, md_enter, md_leave)

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
 * "- Speaker (cue, kind): text", "(cue, kind, headline)" for a quote in
 * the headline. Only when there are quotes. */
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
        if (strcmp(lede_quote_field(q), "title") == 0)
            buf_puts(out, ", headline");
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
    if (article_switch(art, LEDE_SWITCH_FRONT_MATTER))
        render_front_matter(art, out);
    st->out = out;
    st->start = out->len;
    st->limit = render_limit(art, out->len);
    st->base = render_base(art, &st->base_buf, &st->base_url);
    st->tables = article_switch(art, LEDE_SWITCH_TABLES);
    st->links = article_switch(art, LEDE_SWITCH_LINKS);
    st->images = article_switch(art, LEDE_SWITCH_IMAGES);
    st->formatting = article_switch(art, LEDE_SWITCH_FORMATTING);
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

/* markdown_int.h: internals of the Markdown renderer shared by its two
 * files: the state (container stack, open inlines, lists, the table being
 * written), markdown_text.c (lines, prefixes, inline markers, block
 * boundaries, text and its escaping) and markdown.c (tables, elements, the
 * walk and the entry). */
#ifndef LEDE_RENDER_MARKDOWN_INT_H
#define LEDE_RENDER_MARKDOWN_INT_H

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
    size_t limit;       /* out->len past which nothing more is taken (render_limit) */
    int cut;            /* the budget was reached */
    /* the article's switches the output follows (lede.h, LEDE_SWITCHES) */
    int tables, links, images, formatting;
} md_state;

/* markdown_text.c */
/* Everything that must precede a visible character: the line and its
 * prefixes, a pending hard break, the pending space, then the openers
 * (emphasis openers held back with defer_emph). Returns 1 when the
 * content starts a line: line-start escapes apply. */
int md_begin_content(md_state *st, int defer_emph);
/* Ends the current block: closes inlines and the line; the next block
 * starts after a blank line. */
void md_block_end(md_state *st);
/* Starts a block: closes the open line, a blank line before it when the
 * container already holds content. */
void md_block_start(md_state *st);
/* Inside a heading or table cell (flat) a block element only separates
 * words: sets the pending space and returns 1, and the caller writes no
 * block boundary. 0 elsewhere. */
static inline int md_flat_space(md_state *st)
{
    if (st->flat)
        st->space = 1;
    return st->flat != 0;
}
/* Writes the closer of an open inline (emphasis, code, link) if it was
 * opened. */
void md_close_inline(md_state *st, md_inline *f);
/* Closes every open inline, innermost first. */
void md_close_inlines(md_state *st);
/* Ends the current output line, if one is open. */
void md_close_line(md_state *st);
/* Starts an output line with the containers' prefixes, if none is open. */
void md_open_line(md_state *st);
/* n copies of c: fences of any length. */
void md_put_run(buf *out, char c, size_t n);
/* Writes "(URL)" for a link or image, the URL resolved against the page's
 * base (render_put_url) and escaped for Markdown. */
void md_put_url(md_state *st, const char *href);
/* Visible text: whitespace collapsed, Markdown specials escaped where they
 * would act, the pending openers and prefixes written first. */
void md_text(md_state *st, const char *s, size_t len);
/* Text inside <pre>: verbatim, each new line behind the prefixes. Line
 * breaks are held back (pre_nl) until more text follows, so the block
 * neither starts nor ends with empty lines. */
void md_text_pre(md_state *st, const char *s, size_t len);
/* 1 when the innermost container (or the document) already holds content. */
int md_top_has_content(const md_state *st);

/* Markdown's special characters by kind (markdown_text.c): 1 needs a
 * backslash anywhere in text, 2 '_' (only at word edges), 3 '|' (in table
 * cells), 4 at a line start, 5 '&' (before an entity-like run). */
extern const unsigned char md_special[128];

#endif

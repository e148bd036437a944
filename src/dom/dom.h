/* dom.h: the document tree the parser builds and the extractor reads.
 * Nodes, attribute arrays and strings all live in the document's arena and
 * die with dom_document_free(); nothing in a tree is freed on its own.
 * Text is UTF-8 with character references already decoded; whitespace is
 * kept as in the source (collapsing is the renderer's job). */
#ifndef LEDE_DOM_H
#define LEDE_DOM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../core/arena.h"
#include "tags.h"

typedef enum { DOM_DOCUMENT, DOM_ELEMENT, DOM_TEXT, DOM_COMMENT, DOM_DOCTYPE } dom_type;
typedef enum { NS_HTML, NS_SVG, NS_MATHML } dom_ns;

typedef struct dom_attr {
    const char *name;   /* lower-cased, NUL-terminated */
    const char *value;  /* decoded, NUL-terminated ("" for a bare attribute) */
    uint32_t name_len, value_len;
} dom_attr;

typedef struct dom_node dom_node;
struct dom_node {
    uint8_t type;       /* dom_type */
    uint8_t ns;         /* dom_ns, elements only */
    uint16_t tag;       /* tag_id, elements only; TAG_UNKNOWN for others */
    uint32_t id;        /* document order, 0 = document; index for side tables */
    uint32_t flags;     /* DOM_F_*: set by the parser and the extractor */
    uint32_t nattrs;
    dom_node *parent, *first_child, *last_child, *prev, *next;
    const char *name;   /* element: lower-cased tag name; else NULL */
    dom_attr *attrs;    /* element attributes in source order */
    const char *text;   /* text/comment: content, NUL-terminated */
    uint32_t text_len;
    uint32_t name_len;
};

enum {
    DOM_F_REMOVED = 1u << 0,    /* extractor: not part of the article */
    DOM_F_SELFCLOSE = 1u << 1,  /* parser: written as <x/> (foreign content) */
    DOM_F_KEEP = 1u << 2,       /* extractor: protected from pruning */
    DOM_F_HIDDEN = 1u << 3,     /* extractor: hidden by attribute or style */
    DOM_F_MEDIA = 1u << 4,      /* extractor: removed from the text as a picture's box or caption;
                                 * its images still belong to the article (body/images.c) */
};

typedef struct dom_document {
    arena mem;
    dom_node *root;         /* the DOM_DOCUMENT node */
    dom_node *html, *head, *body; /* shortcuts, any may be NULL */
    uint32_t node_count;    /* ids are 0 .. node_count-1 */
    uint32_t max_depth_seen;
    int truncated;          /* a limit cut the tree short (node count or depth clipped) */
} dom_document;

/* Limits applied while building; 0 means the built-in default. */
typedef struct dom_limits {
    uint32_t max_nodes;     /* default 2,000,000 */
    uint32_t max_depth;     /* default 512 (Blink's cap): deeper start tags nest no further */
} dom_limits;

dom_document *dom_document_new(size_t arena_limit);
void dom_document_free(dom_document *doc);

/* Creating nodes: return NULL on allocation failure. Strings are copied. */
dom_node *dom_new_element(dom_document *doc, tag_id tag, dom_ns ns, const char *name, size_t name_len);
dom_node *dom_new_text(dom_document *doc, const char *text, size_t len);
dom_node *dom_new_comment(dom_document *doc, const char *text, size_t len);
void dom_append(dom_node *parent, dom_node *child);
void dom_insert_before(dom_node *parent, dom_node *child, dom_node *ref);
void dom_detach(dom_node *node);
/* Renumbers node ids in document order (after tree surgery). */
void dom_renumber(dom_document *doc);

/* Attribute lookup by lower-case name; NULL when absent. */
const dom_attr *dom_attr_find(const dom_node *el, const char *name, size_t name_len);
/* Inline so that strlen of a literal name folds to a constant. */
static inline const char *dom_attr_get(const dom_node *el, const char *name)
{
    const dom_attr *a = dom_attr_find(el, name, strlen(name));
    return a ? a->value : NULL;
}

/* 1 when a style attribute's value hides its element: "display:none" or
 * "visibility:hidden", any case and spacing, within its first 127
 * non-space bytes (a hiding declaration comes early in practice). */
int dom_style_hides(const char *style);

/* 1 when the white-space-separated token list (a class or rel value;
 * NULL has none) holds tok[0..len): compared byte for byte (CSS class
 * selectors), or ASCII case-insensitively with ci (rel, itemprop). */
int dom_tokens_have(const char *list, const char *tok, size_t len, int ci);

/* Pre-order iteration without recursion: next node after n inside root,
 * or NULL. dom_next_skip() does not descend into n. */
static inline dom_node *dom_next(const dom_node *root, const dom_node *n)
{
    if (n->first_child)
        return n->first_child;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}
static inline dom_node *dom_next_skip(const dom_node *root, const dom_node *n)
{
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

static inline int dom_is(const dom_node *n, tag_id t) { return n && n->type == DOM_ELEMENT && n->tag == t; }
static inline int dom_tag_has(const dom_node *n, unsigned flag)
{
    return n && n->type == DOM_ELEMENT && (tag_flags[n->tag] & flag);
}

/* First element in document order with this tag under root; NULL if none. */
dom_node *dom_find_tag(dom_node *root, tag_id tag);

#endif

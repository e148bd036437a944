/* dom.c: node creation, linking, attribute lookup and the tag table. */
#include "dom.h"
#include "core/chars.h"

#include <stdlib.h>
#include <string.h>

const uint8_t tag_flags[TAG__COUNT] = {
    0,
#define X(name, id, flags) flags,
    LEDE_TAG_LIST(X)
#undef X
};

const char *const tag_names[TAG__COUNT] = {
    "",
#define X(name, id, flags) #name,
    LEDE_TAG_LIST(X)
#undef X
};

/* Lengths of tag_names, known at compile time (no strlen per element). */
static const uint8_t tag_name_lens[TAG__COUNT] = {
    0,
#define X(name, id, flags) sizeof #name - 1,
    LEDE_TAG_LIST(X)
#undef X
};

/* The table is sorted by name (the X-macro list is alphabetical), so a
 * binary search is enough; tags are short and the list has ~140 entries. */
tag_id tag_lookup(const char *name, size_t len)
{
    size_t lo = 1, hi = TAG__COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *t = tag_names[mid];
        size_t tl = strlen(t);
        size_t m = len < tl ? len : tl;
        int c = memcmp(name, t, m);
        if (c == 0)
            c = (len > tl) - (len < tl);
        if (c == 0)
            return (tag_id)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return TAG_UNKNOWN;
}

dom_document *dom_document_new(size_t arena_limit)
{
    dom_document *doc = calloc(1, sizeof *doc);
    if (!doc)
        return NULL;
    arena_init(&doc->mem, arena_limit);
    doc->root = arena_calloc(&doc->mem, sizeof(dom_node));
    if (!doc->root) {
        free(doc);
        return NULL;
    }
    doc->root->type = DOM_DOCUMENT;
    doc->node_count = 1;
    return doc;
}

void dom_document_free(dom_document *doc)
{
    if (!doc)
        return;
    arena_free(&doc->mem);
    free(doc);
}

static dom_node *new_node(dom_document *doc, dom_type type)
{
    dom_node *n = arena_calloc(&doc->mem, sizeof *n);
    if (!n)
        return NULL;
    n->type = (uint8_t)type;
    n->id = doc->node_count++;
    return n;
}

dom_node *dom_new_element(dom_document *doc, tag_id tag, dom_ns ns, const char *name, size_t name_len)
{
    dom_node *n = new_node(doc, DOM_ELEMENT);
    if (!n)
        return NULL;
    n->tag = (uint16_t)tag;
    n->ns = (uint8_t)ns;
    if (tag != TAG_UNKNOWN && ns == NS_HTML) {
        n->name = tag_names[tag];
        n->name_len = tag_name_lens[tag];
    } else {
        n->name = arena_strndup(&doc->mem, name, name_len);
        if (!n->name)
            return NULL;
        n->name_len = (uint32_t)name_len;
    }
    return n;
}

static dom_node *new_chardata(dom_document *doc, dom_type type, const char *text, size_t len)
{
    dom_node *n = new_node(doc, type);
    if (!n)
        return NULL;
    n->text = arena_strndup(&doc->mem, text, len);
    if (!n->text)
        return NULL;
    n->text_len = (uint32_t)len;
    return n;
}

dom_node *dom_new_text(dom_document *doc, const char *text, size_t len)
{
    return new_chardata(doc, DOM_TEXT, text, len);
}

dom_node *dom_new_comment(dom_document *doc, const char *text, size_t len)
{
    return new_chardata(doc, DOM_COMMENT, text, len);
}

void dom_append(dom_node *parent, dom_node *child)
{
    child->parent = parent;
    child->next = NULL;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

void dom_insert_before(dom_node *parent, dom_node *child, dom_node *ref)
{
    if (!ref) {
        dom_append(parent, child);
        return;
    }
    child->parent = parent;
    child->next = ref;
    child->prev = ref->prev;
    if (ref->prev)
        ref->prev->next = child;
    else
        parent->first_child = child;
    ref->prev = child;
}

void dom_detach(dom_node *node)
{
    dom_node *p = node->parent;
    if (!p)
        return;
    if (node->prev)
        node->prev->next = node->next;
    else
        p->first_child = node->next;
    if (node->next)
        node->next->prev = node->prev;
    else
        p->last_child = node->prev;
    node->parent = node->prev = node->next = NULL;
}

void dom_renumber(dom_document *doc)
{
    uint32_t id = 0;
    for (dom_node *n = doc->root; n; n = dom_next(doc->root, n))
        n->id = id++;
    doc->node_count = id;
}

const dom_attr *dom_attr_find(const dom_node *el, const char *name, size_t name_len)
{
    if (!el || el->type != DOM_ELEMENT)
        return NULL;
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const dom_attr *a = &el->attrs[i];
        /* first bytes before memcmp: most attributes differ there */
        if (a->name_len == name_len && (name_len == 0 || a->name[0] == name[0]) &&
            memcmp(a->name, name, name_len) == 0)
            return a;
    }
    return NULL;
}

dom_node *dom_find_tag(dom_node *root, tag_id tag)
{
    for (dom_node *n = root; n; n = dom_next(root, n))
        if (n->type == DOM_ELEMENT && n->tag == tag && n->ns == NS_HTML)
            return n;
    return NULL;
}

int dom_tokens_have(const char *list, const char *tok, size_t len, int ci)
{
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *s = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        if ((size_t)(p - s) == len && (ci ? chars_eq_ci(s, len, tok, len) : memcmp(s, tok, len) == 0))
            return 1;
    }
    return 0;
}

int dom_style_hides(const char *style)
{
    char low[128];
    size_t n = 0;
    for (const char *p = style; *p && n + 1 < sizeof low; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        low[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[n] = '\0';
    return strstr(low, "display:none") || strstr(low, "visibility:hidden");
}

/* comments.c: the page's reader comments (the record's "comments", on
 * request): the body stage removes comment sections from the article;
 * this reads them, as a list of {author, date, text}.
 *
 * A comment section is an outermost element whose class or id has a word
 * starting with comment, discussion or disqus (WordPress' #comments and
 * ol.comment-list, Disqus' #disqus_thread, most CMS themes). In it, every
 * comment names its author in an element of its own (class/id word
 * author, fn, commenter, nick, user; itemprop="author"; <cite>), so the
 * authors find the comments: a comment is the highest ancestor of an
 * author element (below the section) that holds no other author. Nested
 * replies are comments of their own, in document order. Its text is its
 * content element (class/id word content, text, body, message) when it
 * has one that does not hold the author, else its text without the
 * author, date, reply links, forms and other comment furniture. Its date
 * is its first <time datetime> (or time/date element's title or text)
 * read as a date, in ISO 8601. A section without author elements gives
 * its list items as comments with text only. Linear: one pass counts
 * author elements per subtree, and each comment's subtree is read once
 * (comments are disjoint). The list stops at a quarter of the output
 * budget, like the images (the article is then flagged truncated). */
#include "body.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/chars.h"
#include "meta/date.h"
#include "meta/text.h"
#include "words/words.h"

#define COMMENT_TEXT_MAX 20000 /* a comment longer than this is cut: a reader's post, not a page */
#define FALLBACK_MIN 20        /* a list item with less text is a link or a label, not a comment */

static int class_says(const dom_node *n, const words_table *t)
{
    const char *c = dom_attr_get(n, "class"), *id = dom_attr_get(n, "id");
    return words_in_value(t, c, 1) || words_in_value(t, id, 1);
}

/* 1 when n has visible text. */
static int has_text(const dom_node *n)
{
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_TEXT)
            for (uint32_t i = 0; i < d->text_len; i++)
                if (!chars_is_space((unsigned char)d->text[i]))
                    return 1;
    return 0;
}

/* An element that names a comment's author (its text is checked by the caller). */
static int is_author_el(const dom_node *n)
{
    const char *ip = dom_attr_get(n, "itemprop");
    return n->tag == TAG_CITE || (ip && strcmp(ip, "author") == 0) ||
           class_says(n, &words_class_comment_author_prefixes);
}

/* Comment furniture: never part of a comment's text. */
static int is_furniture(const dom_node *n)
{
    switch (n->tag) {
    case TAG_FORM: case TAG_BUTTON: case TAG_TIME: case TAG_FOOTER: case TAG_HEADER: case TAG_NAV:
    case TAG_IMG: case TAG_TEXTAREA: case TAG_INPUT: case TAG_SELECT:
        return 1;
    case TAG_A: {
        /* "Reply", "Like", "#": in-page and script links are actions */
        const char *h = dom_attr_get(n, "href");
        if (!h || h[0] == '#' || strncmp(h, "javascript:", 11) == 0 || strstr(h, "replytocom="))
            return 1;
        break;
    }
    default:
        break;
    }
    return (tag_flags[n->tag] & TF_JUNK) || n->ns != NS_HTML || class_says(n, &words_class_comment_skip_prefixes);
}

typedef struct comments_ctx {
    lede_article *art;
    uint32_t *authors; /* per node id: innermost author elements with text in the subtree */
    uint32_t *pos, *size; /* per node id: index in the pre-order, nodes in the subtree */
    uint32_t n;
    int today;
    size_t bytes, budget;
    size_t cap;
} comments_ctx;

/* 1 when a is n or an ancestor of n (by pre-order position: O(1)). */
static int holds(const comments_ctx *cc, const dom_node *a, const dom_node *n)
{
    if (a->id >= cc->n || n->id >= cc->n)
        return 0;
    return cc->pos[a->id] <= cc->pos[n->id] && cc->pos[n->id] < cc->pos[a->id] + cc->size[a->id];
}

/* 1 for a subtree with another comment's author in it (a nested reply
 * inside a comment box): not this comment's text. */
static int other_comment(const comments_ctx *cc, const dom_node *d, const dom_node *author)
{
    return d->id < cc->n && cc->authors[d->id] && !holds(cc, d, author);
}

/* The text of root without the subtrees skip says to leave out (and
 * without the author element), block boundaries and <br> as line breaks,
 * white space collapsed; an arena string, NULL when empty or on OOM. */
static const char *comment_text(const comments_ctx *cc, arena *a, const dom_node *root, const dom_node *author,
                                int skip_furniture)
{
    buf b = BUF_INIT;
    int pending = 0; /* 1: a space, 2: a line break before the next word */
    for (const dom_node *n = root; n && b.len < COMMENT_TEXT_MAX;) {
        if (n->type == DOM_ELEMENT && n != root &&
            (n == author || (tag_flags[n->tag] & TF_JUNK) || (skip_furniture && is_furniture(n)) ||
             (author && other_comment(cc, n, author)))) {
            n = dom_next_skip(root, n);
            continue;
        }
        /* a block starts a line, and so does what follows one */
        if (n != root && b.len &&
            ((n->type == DOM_ELEMENT && ((tag_flags[n->tag] & TF_BLOCK) || n->tag == TAG_BR)) ||
             (n->prev && n->prev->type == DOM_ELEMENT && (tag_flags[n->prev->tag] & TF_BLOCK))))
            pending = 2;
        if (n->type == DOM_TEXT) {
            for (uint32_t i = 0; i < n->text_len; i++) {
                unsigned char ch = (unsigned char)n->text[i];
                if (chars_is_space(ch)) {
                    if (b.len && !pending)
                        pending = 1;
                    continue;
                }
                if (pending && b.len)
                    buf_putc(&b, pending == 2 ? '\n' : ' ');
                pending = 0;
                buf_putc(&b, (char)ch);
            }
        }
        n = dom_next(root, n);
    }
    const char *r = b.oom || !b.len ? NULL : arena_strndup(a, b.data, b.len);
    buf_free(&b);
    return r;
}

/* The comment's date in ISO 8601, or NULL: the first <time datetime>, or
 * a time/date element's title or text, read as a date. Replies nested in
 * the comment's box are skipped, each of them (a reply's date is not its
 * parent's). */
static const char *comment_date(comments_ctx *cc, arena *a, const dom_node *item, const dom_node *author)
{
    for (const dom_node *d = item; d; d = dom_next(item, d)) {
        while (d && d != item && d->type == DOM_ELEMENT && author && other_comment(cc, d, author))
            d = dom_next_skip(item, d);
        if (!d)
            break;
        if (d->type != DOM_ELEMENT || (d->tag != TAG_TIME && !class_says(d, &words_class_comment_date_prefixes)))
            continue;
        date_val v;
        const char *attrs[] = {"datetime", "title", "data-timestamp"};
        for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++) {
            const char *s = dom_attr_get(d, attrs[i]);
            if (s && *s && (date_parse(s, &v) || date_find_text(s, strlen(s), 0, cc->today, &v, NULL, NULL)))
                return date_format(a, &v);
        }
        const char *t = meta_node_text(a, d, 200, 0);
        if (t && date_find_text(t, strlen(t), 0, cc->today, &v, NULL, NULL))
            return date_format(a, &v);
    }
    return NULL;
}

/* Appends one comment; 1 when the budget is spent, -1 on OOM. */
static int push_comment(comments_ctx *cc, const char *author, const char *date, const char *text)
{
    lede_article *art = cc->art;
    arena *a = &art->doc->mem;
    if (!text)
        return 0;
    if (cc->bytes > cc->budget) {
        art->truncated = 1;
        return 1;
    }
    if (art->ncomments == cc->cap) {
        size_t ncap = cc->cap ? cc->cap * 2 : 8;
        article_comment *l = arena_alloc(a, ncap * sizeof *l);
        if (!l)
            return -1;
        if (art->ncomments)
            memcpy(l, art->comments, art->ncomments * sizeof *l);
        art->comments = l;
        cc->cap = ncap;
    }
    article_comment *c = &art->comments[art->ncomments++];
    c->author = author;
    c->date = date;
    c->text = text;
    cc->bytes += strlen(text) + (author ? strlen(author) : 0) + 64;
    return 0;
}

/* The content element of a comment: a descendant whose class says
 * content, text, body or message and that does not hold the author. */
static const dom_node *content_of(const comments_ctx *cc, const dom_node *item, const dom_node *author)
{
    for (const dom_node *d = dom_next(item, item); d;) {
        if (d->type == DOM_ELEMENT && (d == author || is_furniture(d) || other_comment(cc, d, author))) {
            d = dom_next_skip(item, d);
            continue;
        }
        if (d->type == DOM_ELEMENT && class_says(d, &words_class_comment_content_prefixes) &&
            !holds(cc, d, author))
            return d;
        d = dom_next(item, d);
    }
    return NULL;
}

/* 1 when n is an author element with no author element below it. */
static int innermost_author(const comments_ctx *cc, const dom_node *n)
{
    if (n->type != DOM_ELEMENT || n->id >= cc->n || cc->authors[n->id] != 1 || !is_author_el(n))
        return 0;
    for (const dom_node *k = n->first_child; k; k = k->next)
        if (k->type == DOM_ELEMENT && k->id < cc->n && cc->authors[k->id])
            return 0;
    return 1;
}

/* 1 when n's class names a comment's box: a class "comment",
 * "comment-body", "comment-item" or Disqus' "post". */
static int is_comment_box(const dom_node *n)
{
    const words_table *boxes = &words_class_comment_box_names;
    const char *v = dom_attr_get(n, "class");
    while (v && *v) {
        while (*v && chars_is_space((unsigned char)*v))
            v++;
        size_t len = 0;
        while (v[len] && !chars_is_space((unsigned char)v[len]))
            len++;
        for (size_t i = 0; i < boxes->n; i++)
            if (len == strlen(boxes->w[i]) && strncasecmp(v, boxes->w[i], len) == 0)
                return 1;
        v += len;
    }
    return 0;
}

/* The comment an innermost author element belongs to: its nearest
 * comment box (which may also hold the replies: they are left out of its
 * text and date), else the highest ancestor below the section that holds
 * no other author. */
static const dom_node *comment_box(const comments_ctx *cc, const dom_node *section, const dom_node *author)
{
    const dom_node *item = author, *best = author;
    while (item->parent && item != section && item->parent != section && item->parent->id < cc->n) {
        item = item->parent;
        if (is_comment_box(item))
            return item;
        if (cc->authors[item->id] != 1)
            break;
        best = item;
    }
    return best;
}

/* The comments of one section with author elements, in document order. */
static int read_authored(comments_ctx *cc, const dom_node *section)
{
    arena *a = &cc->art->doc->mem;
    for (const dom_node *n = section; n;) {
        if (n != section && n->type == DOM_ELEMENT &&
            (n->tag == TAG_FORM || class_says(n, &words_class_comment_form_prefixes))) {
            n = dom_next_skip(section, n); /* the reply form's "Name *" is no author */
            continue;
        }
        if (!innermost_author(cc, n)) {
            n = dom_next(section, n);
            continue;
        }
        const dom_node *item = comment_box(cc, section, n);
        const dom_node *content = content_of(cc, item, n);
        const char *text = content ? comment_text(cc, a, content, NULL, 0) : comment_text(cc, a, item, n, 1);
        const char *author = meta_node_text(a, n, 200, 0);
        if (text && author && strcmp(text, author) == 0)
            text = NULL; /* a name alone (a profile link, "Community"): no comment */
        int r = push_comment(cc, author, comment_date(cc, a, item, n), text);
        if (r)
            return r;
        /* on after the author: replies nested in the box come next */
        n = dom_next_skip(section, n);
    }
    return 0;
}

/* A section without author elements: its list items with text, as
 * comments with text only. */
static int read_items(comments_ctx *cc, const dom_node *section)
{
    arena *a = &cc->art->doc->mem;
    for (const dom_node *n = section; n;) {
        if (n->type == DOM_ELEMENT && n != section && is_furniture(n)) {
            n = dom_next_skip(section, n);
            continue;
        }
        if (n->type != DOM_ELEMENT || n->tag != TAG_LI) {
            n = dom_next(section, n);
            continue;
        }
        const char *text = comment_text(cc, a, n, NULL, 1);
        if (text && strlen(text) >= FALLBACK_MIN) {
            int r = push_comment(cc, NULL, comment_date(cc, a, n, NULL), text);
            if (r)
                return r;
        }
        n = dom_next_skip(section, n);
    }
    return 0;
}

/* Counts, per element, the author elements with text in its subtree, in
 * one pass over the pre-order backwards (each node adds its count to its
 * parent's). order[] is the subtree of top in pre-order. */
static void count_authors(comments_ctx *cc, dom_node **order, size_t norder)
{
    for (size_t i = norder; i-- > 0;) {
        const dom_node *n = order[i];
        if (n->id >= cc->n)
            continue;
        cc->pos[n->id] = (uint32_t)i;
        cc->size[n->id] += 1;
        if (i && n->parent && n->parent->id < cc->n)
            cc->size[n->parent->id] += cc->size[n->id];
        if (n->type == DOM_ELEMENT && !cc->authors[n->id] && is_author_el(n) && has_text(n))
            cc->authors[n->id] = 1;
        if (i && n->parent && n->parent->id < cc->n)
            cc->authors[n->parent->id] += cc->authors[n->id];
    }
}

/* 1 when a is n or an ancestor of n, walking up from n (for nodes whose
 * positions were not counted: the article's roots). */
static int holds_up(const dom_node *a, const dom_node *n)
{
    for (; n; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

/* One section: its pre-order into order[], its authors counted, its
 * comments read. */
static int read_section(comments_ctx *cc, dom_node *section, dom_node **order)
{
    size_t k = 0;
    for (dom_node *d = section; d; d = dom_next(section, d))
        order[k++] = d;
    count_authors(cc, order, k);
    return section->id < cc->n && cc->authors[section->id] ? read_authored(cc, section) : read_items(cc, section);
}

int extract_comments(lede_article *art)
{
    dom_document *doc = art->doc;
    dom_node *top = doc->body ? doc->body : doc->root;
    comments_ctx cc = {art, NULL, NULL, NULL, doc->node_count, date_today(), 0, 0, 0};
    /* a quarter of the renderers' output budget (1 MiB + 8 x the input) */
    cc.budget = ((size_t)1 << 18) + 2 * art->input_len;
    art->comments = NULL;
    art->ncomments = 0;
    size_t norder = 0;
    for (dom_node *n = top; n; n = dom_next(top, n))
        norder++;
    dom_node **order = malloc((norder ? norder : 1) * sizeof *order);
    cc.authors = calloc(cc.n ? cc.n : 1, 3 * sizeof *cc.authors); /* authors, pos, size */
    int rc = -1;
    if (!order || !cc.authors)
        goto done;
    cc.pos = cc.authors + cc.n;
    cc.size = cc.pos + cc.n;
    rc = 0;
    for (dom_node *n = top; n && rc == 0;) {
        /* "Recent comments" lists in sidebars and widgets name posts, not
         * what readers wrote under this one */
        if (n->type == DOM_ELEMENT && n != top && (n->tag == TAG_ASIDE || n->tag == TAG_NAV || n->tag == TAG_FORM)) {
            n = dom_next_skip(top, n);
            continue;
        }
        if (n->type != DOM_ELEMENT || n == top || n->tag == TAG_A ||
            !class_says(n, &words_class_comment_section_prefixes)) {
            n = dom_next(top, n);
            continue;
        }
        if (class_says(n, &words_class_comment_widget_prefixes)) {
            n = dom_next_skip(top, n);
            continue;
        }
        /* a wrapper that holds the article ("comments-open" on a page
         * box) is no comment section: look inside it (depth is capped,
         * so the walk up is bounded) */
        int wraps_article = 0;
        for (size_t i = 0; i < art->nbody && !wraps_article; i++)
            wraps_article = holds_up(n, art->body[i]);
        if (wraps_article) {
            n = dom_next(top, n);
            continue;
        }
        /* an outermost comment section: read, then skipped as a whole
         * (sections are disjoint, so every node is counted once) */
        rc = read_section(&cc, n, order);
        n = dom_next_skip(top, n);
    }
    rc = rc < 0 ? -1 : 0;
done:
    free(order);
    free(cc.authors);
    return rc;
}

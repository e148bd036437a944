/* furniture.c: the context of a metadata candidate node: whether a date or
 * byline sits in page furniture (comments, teasers, related lists, the
 * site header, another article listed on the page) rather than in the
 * story, and its distance from the headline. */
#include "meta_int.h"

#include <string.h>

#include "core/chars.h"
#include "words/words.h"

/* ---- context of a candidate node ------------------------------------ */

/* Class/id words (src/words/classes.c) are matched lower-cased: w[0..n)
 * copied into b, ASCII folded and NUL-terminated; 0 when it is too long
 * to be one of them (the longest is 10 bytes). */
static int lower_word(const char *w, size_t n, char b[32])
{
    if (n == 0 || n >= 32)
        return 0;
    for (size_t i = 0; i < n; i++)
        b[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
    b[n] = 0;
    return 1;
}

/* A class word of page furniture around the story: a date or byline there
 * belongs to a comment, a teaser or a list of other stories. */
static int furniture_word(const char *w, size_t n)
{
    char b[32];
    return lower_word(w, n, b) &&
           (words_prefix(&words_class_furniture_prefixes, b) || words_exact(&words_class_furniture_words, b, n));
}

/* 1 when a class/id value has a word that word() accepts in one of its
 * tokens. WordPress-style taxonomy tokens ("category-popular", "tag-comments")
 * name the post's topics, not its role, and are ignored. */
static int attr_has_word_in(const char *v, int (*word)(const char *, size_t), int skip_state);
static int attr_has_word(const char *v, int (*word)(const char *, size_t)) { return attr_has_word_in(v, word, 0); }

/* attr_has_word, the tokens that state what the box holds left out
 * (skip_state: "has-sidebar", "with-nav-tabs"; words_class_state_prefixes). */
static int attr_has_word_in(const char *v, int (*word)(const char *, size_t), int skip_state)
{
    if (!v)
        return 0;
    const char *p = v;
    int tokens = 0;
    while (*p && tokens < 40) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *s0 = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        tokens++;
        /* the first byte first: most tokens open with neither letter */
        unsigned char f = (unsigned char)(*s0 | 0x20);
        if (p == s0 || (f == 'c' && meta_istarts(s0, "category-")) ||
            (f == 't' && (meta_istarts(s0, "tag-") || meta_istarts(s0, "tags-"))))
            continue;
        if (skip_state && (f == 'h' || f == 'n' || f == 'w') && words_prefix(&words_class_state_prefixes, s0))
            continue;
        for (const char *w = s0; w < p;) {
            const char *e = w;
            while (e < p && *e != '-' && *e != '_')
                e++;
            if (e > w && word(w, (size_t)(e - w)))
                return 1;
            w = e + 1;
        }
    }
    return 0;
}

static int furniture_attr(const char *v) { return attr_has_word(v, furniture_word); }

/* Layout words among the furniture words: themes put "nav" and "sidebar"
 * on wrappers of the whole page ("has-section-nav", "st-sidebar__container",
 * "sticky-nav-trigger" on the headline itself), so they do not take a
 * heading out of the story the way "breadcrumb" or "teaser" does. */
static int layout_word(const char *w, size_t n)
{
    char b[32];
    return lower_word(w, n, b) && (strcmp(b, "nav") == 0 || strcmp(b, "sidebar") == 0 || strcmp(b, "menu") == 0);
}

static int story_furniture_word(const char *w, size_t n) { return furniture_word(w, n) && !layout_word(w, n); }

/* A class word of the comment section: a date there is a reader's, never
 * the story's, even in the loose pass that otherwise ignores class words. */
static int comment_word(const char *w, size_t n)
{
    char b[32];
    return lower_word(w, n < 31 ? n : 31, b) && words_prefix(&words_class_comment_prefixes, b);
}

/* A class word of a box of events or a calendar: its dates are the
 * events', never the story's (words_class_event_prefixes). */
static int event_word(const char *w, size_t n)
{
    char b[32];
    return lower_word(w, n < 31 ? n : 31, b) && words_prefix(&words_class_event_prefixes, b);
}

/* 1 when href names a site's home page: "/" or "scheme://host/" (or
 * without the last slash). */
static int home_href(const char *h)
{
    if (!h)
        return 0;
    if (h[0] == '/' && h[1] == '\0')
        return 1;
    const char *p = strstr(h, "://");
    if (!p || p - h > 8)
        return 0;
    const char *slash = strchr(p + 3, '/');
    return slash ? slash[1] == '\0' : strchr(p + 3, '?') == NULL && strchr(p + 3, '#') == NULL;
}

/* 1 when the element holds a <nav> or a link to the home page (the
 * site's logo), within its first 2,000 nodes: a site header. */
static int holds_nav(const dom_node *el)
{
    int steps = 0;
    for (const dom_node *x = el->first_child; x && steps < 2000; x = dom_next(el, x), steps++)
        if (x->type == DOM_ELEMENT && (x->tag == TAG_NAV || (x->tag == TAG_A && home_href(dom_attr_get(x, "href")))))
            return 1;
    return 0;
}

/* 1 when n sits in a link that also wraps a heading: a teaser card
 * (<a href=…><h3>Other story</h3><span>09.10.2021</span></a>). */
int meta_in_teaser_link(const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n; p && p->type == DOM_ELEMENT && depth < 8; p = p->parent, depth++) {
        if (p->tag != TAG_A)
            continue;
        int steps = 0;
        for (const dom_node *x = p->first_child; x && steps < 200; x = dom_next(p, x), steps++)
            if (x->type == DOM_ELEMENT && x->tag >= TAG_H1 && x->tag <= TAG_H6)
                return 1;
        return 0;
    }
    return 0;
}

/* 1 when the headline element is el or inside it. */
int meta_holds_anchor(const meta_ctx *c, const dom_node *el)
{
    int depth = 0;
    for (const dom_node *a = c->anchor; a && depth < 60; a = a->parent, depth++)
        if (a == el)
            return 1;
    return 0;
}

/* The nearest <article> around n (30 levels at most), or NULL. */
static const dom_node *article_of(const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n; p && depth < 30; p = p->parent, depth++)
        if (p->type == DOM_ELEMENT && p->tag == TAG_ARTICLE)
            return p;
    return NULL;
}

/* 1 when n sits in the <article> that holds the headline. */
static int in_anchor_article(const meta_ctx *c, const dom_node *n)
{
    const dom_node *a = c->anchor ? article_of(n) : NULL;
    return a && a == article_of(c->anchor);
}

/* 1 when n sits in an <article> that does not hold the headline while the
 * headline sits in one: another post listed on the page. */
int meta_in_other_article(const meta_ctx *c, const dom_node *n)
{
    const dom_node *a = article_of(n);
    return a && c->anchor && article_of(c->anchor) && !meta_holds_anchor(c, a);
}

/* 1 when an <a href> is at or under e. */
static int holds_link(const dom_node *e)
{
    for (const dom_node *x = e; x; x = dom_next(e, x))
        if (x->type == DOM_ELEMENT && x->tag == TAG_A && dom_attr_get(x, "href"))
            return 1;
    return 0;
}

/* 1 when the list p (<ul>/<ol>) is titled as a list of events by its
 * first item, which n is not in: a sidebar's list group opens with an
 * item "Veranstaltungen" or "Termine" (a link to the events page), then
 * one item per event, its day and a link to it ("27.03.2021 18:00 Uhr
 * Frühjahrsprobe"). Such a list names no box class a furniture test knows;
 * its title says whose dates these are (words_event_list_titles: the
 * item's whole text, lower-cased, a colon allowed). The date's item must
 * hold a link: a post's own meta list whose first item is its category
 * ("Termine") holds the post's day without one. */
static int event_titled_list(meta_ctx *c, const dom_node *p, const dom_node *n)
{
    if (p->tag != TAG_UL && p->tag != TAG_OL)
        return 0;
    const dom_node *li = p->first_child;
    while (li && li->type != DOM_ELEMENT)
        li = li->next;
    if (!li || li->tag != TAG_LI)
        return 0;
    /* the date's own item, a child of the list: an event's, with the
     * link to the event beside its day */
    const dom_node *item = n;
    while (item && item->parent != p)
        item = item->parent;
    if (!item || item == li || !holds_link(item))
        return 0;
    /* a title is a word or two ("veranstaltungen:"): an item's text of
     * 48 bytes or more (64 read) is an event or a link, no title */
    const char *t = meta_text_of(c, li, 64);
    if (!t)
        return 0;
    while (*t == ' ')
        t++;
    char b[48];
    size_t l = 0;
    for (; t[l] && l < sizeof b - 1; l++)
        b[l] = (t[l] >= 'A' && t[l] <= 'Z') ? (char)(t[l] + 32) : t[l];
    if (t[l])
        return 0;
    while (l && (b[l - 1] == ' ' || b[l - 1] == ':'))
        l--;
    return l && words_exact(&words_event_list_titles, b, l);
}

/* FMEMO_COMMENT and FMEMO_EVENT of p's class and id, memoised per node
 * id as self_furniture is: every date candidate climbs its ancestors,
 * and candidates share them. */
static int comment_event_words(meta_ctx *c, const dom_node *p)
{
    if (c->fmemo && p->id < c->fmemo_len && (c->fmemo[p->id] & FMEMO_WORDS_KNOWN))
        return c->fmemo[p->id] & (FMEMO_COMMENT | FMEMO_EVENT);
    const char *cl = dom_attr_get(p, "class"), *id = dom_attr_get(p, "id");
    int r = (attr_has_word(cl, comment_word) || attr_has_word(id, comment_word) ? FMEMO_COMMENT : 0) |
            (attr_has_word(cl, event_word) || attr_has_word(id, event_word) ? FMEMO_EVENT : 0);
    if (c->fmemo && p->id < c->fmemo_len)
        c->fmemo[p->id] |= (uint8_t)(FMEMO_WORDS_KNOWN | r);
    return r;
}

/* 1 when a date candidate can never be the story's date whatever the
 * pass: inside the comment section, or inside the site header: a <header>
 * above the headline that does not hold it and holds the site's <nav> or
 * a link to the home page, the logo's (its "today" date). <footer> is not on the list: Drupal themes put the
 * story's "submitted" line in the node's <footer>. */
int meta_never_story_date(meta_ctx *c, const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n; p && p->type == DOM_ELEMENT && depth < 30; p = p->parent, depth++) {
        if (p->tag == TAG_BODY || p->tag == TAG_HTML)
            break;
        if (p->tag == TAG_HEADER && c->anchor && p->id < c->anchor->id) {
            const dom_node *a = c->anchor;
            while (a && a != p)
                a = a->parent;
            if (!a && holds_nav(p))
                return 1;
        }
        /* The comment section never holds the headline: a "comment"
         * word on a container of the headline names an opinion piece
         * ("PageArticle_commentHeader"). */
        int words = comment_event_words(c, p);
        if ((words & FMEMO_COMMENT) && !meta_holds_anchor(c, p))
            return 1;
        /* A box of events or a calendar ("widget_events" with its
         * "Aktuelle Veranstaltungen", a month grid) lists the days of
         * events; one that holds the headline is an event page's own
         * body, whose date line is read as usual. One inside the
         * <article> that holds the headline is the story's own date
         * badge ("<div class="post-calendar"><time>"): themes name the
         * day-and-month tile beside a post's title a calendar. */
        if ((words & FMEMO_EVENT) && !meta_holds_anchor(c, p) && !in_anchor_article(c, p))
            return 1;
        /* A microdata item that is not the story (an Event's box of
         * start and end, a review, a comment, an answer) dates that
         * item: an event page's "Beginn: 20. Juni 2013 10:00" in its
         * schema.org/Event box beside the page's headline is the
         * event's day. One that holds the headline is the page's own
         * item (a critic's review page), read as usual. */
        if (dom_attr_get(p, "itemscope") && meta_scope_is_other_item(p) && !meta_holds_anchor(c, p))
            return 1;
        /* a list whose first item titles it a list of events */
        if (event_titled_list(c, p, n) && !meta_holds_anchor(c, p) && !in_anchor_article(c, p))
            return 1;
        /* A quotation: an embedded tweet or Instagram post carries the
         * quoted post's date, not the story's. */
        if (p->tag == TAG_BLOCKQUOTE)
            return 1;
    }
    return 0;
}

/* Whether one element's own class/id names furniture, memoised per node
 * id (candidates share ancestors; without the memo the climbs repeat). */
static int self_furniture(meta_ctx *c, const dom_node *p)
{
    if (c->fmemo && p->id < c->fmemo_len && (c->fmemo[p->id] & FMEMO_FURNITURE_KNOWN))
        return (c->fmemo[p->id] & FMEMO_FURNITURE) != 0;
    int r = furniture_attr(dom_attr_get(p, "class")) || furniture_attr(dom_attr_get(p, "id"));
    if (c->fmemo && p->id < c->fmemo_len)
        c->fmemo[p->id] |= (uint8_t)(FMEMO_FURNITURE_KNOWN | (r ? FMEMO_FURNITURE : 0));
    return r;
}

/* 1 when p is a page's own meta bar between arrows: a box holding a
 * link rel="prev" or rel="next" whose every such link has no text (an
 * arrow icon), and at most META_ARROWS_TEXT bytes of text in all (a
 * byline and a date, "von Jane Doe", "02.02.2022 · 11:14"). Templates
 * class it as navigation ("story-nav-arrows") for its arrows to the
 * previous and next stories; a box of prev/next teasers names those
 * stories' titles in its links, or holds more text. At most 200 nodes
 * looked at. */
#define META_ARROWS_TEXT 160
static int page_arrows_box(const dom_node *p)
{
    int arrows = 0, steps = 0;
    size_t text = 0;
    for (const dom_node *x = p->first_child; x && steps < 200; x = dom_next(p, x), steps++) {
        if (x->type == DOM_TEXT) {
            text += chars_count_nonblank(x->text, x->text_len);
            if (text > META_ARROWS_TEXT)
                return 0;
            continue;
        }
        if (x->type != DOM_ELEMENT || x->tag != TAG_A)
            continue;
        const char *rel = dom_attr_get(x, "rel");
        if (!rel || !(strstr(rel, "prev") || strstr(rel, "next")))
            continue;
        for (const dom_node *y = x->first_child; y; y = dom_next(x, y))
            if (y->type == DOM_TEXT && strspn(y->text, " \t\r\n") < y->text_len)
                return 0; /* a linked title: another story's teaser */
        arrows++;
    }
    return arrows > 0 && steps < 200;
}

/* page_arrows_box, memoised per node id like self_furniture: every date
 * and byline candidate climbs through the same furniture-named
 * ancestors, and the box walk (up to 200 nodes) repeated per candidate
 * cost more than the rest of the climb. */
static int arrows_box(meta_ctx *c, const dom_node *p)
{
    if (c->fmemo && p->id < c->fmemo_len && (c->fmemo[p->id] & FMEMO_ARROWS_KNOWN))
        return (c->fmemo[p->id] & FMEMO_ARROWS) != 0;
    int r = page_arrows_box(p);
    if (c->fmemo && p->id < c->fmemo_len)
        c->fmemo[p->id] |= (uint8_t)(FMEMO_ARROWS_KNOWN | (r ? FMEMO_ARROWS : 0));
    return r;
}

/* The climb both furniture tests make: 1 at a <footer> or <nav>, or at a
 * container whose own class/id names furniture (story_only: only the
 * words of story_furniture_word, else any furniture word);
 * under an <aside>, 1 unless an <article> above it holds it (an article's
 * own aside holds its byline and date; elsewhere an aside is a sidebar)
 * or (not story_only) the aside holds the headline. c memoises the
 * per-node furniture test.
 * Looks at most 30 ancestors up, so the cost per candidate is bounded. */
static int furniture_climb(meta_ctx *c, const dom_node *n, int story_only)
{
    int depth = 0, aside = 0;
    for (const dom_node *p = n; p && p->type == DOM_ELEMENT && depth < 30; p = p->parent, depth++) {
        if (p->tag == TAG_FOOTER || p->tag == TAG_NAV)
            return 1;
        /* an <aside> that holds the headline is the story's container,
         * not a sidebar: a CMS that sets the article in "<aside
         * class=direct-content><section itemtype=Article><header><h1>"
         * lost the date line under its headline */
        if (p->tag == TAG_ASIDE && !(!story_only && c->anchor && meta_holds_anchor(c, p)))
            aside = 1;
        if (p->tag == TAG_ARTICLE && aside)
            return 0;
        if (p->tag == TAG_BODY || p->tag == TAG_HTML)
            break;
        /* story words are furniture words less the layout ones: the
         * memoised furniture test rules most ancestors out first */
        /* "layout-container has-sidebar": a token stating what the box
         * holds is no role of its own; where the box holds the headline
         * and no other furniture word, it is the wrapper of the story and
         * its sidebar, not furniture. A box that does not hold the
         * headline keeps it ("panel with-nav-tabs": a tabbed teaser box). */
        if (self_furniture(c, p) && c->anchor && !attr_has_word_in(dom_attr_get(p, "class"), furniture_word, 1) &&
            !attr_has_word_in(dom_attr_get(p, "id"), furniture_word, 1) && meta_holds_anchor(c, p))
            continue;
        if (self_furniture(c, p) && (!story_only || attr_has_word(dom_attr_get(p, "class"), story_furniture_word) ||
                                     attr_has_word(dom_attr_get(p, "id"), story_furniture_word)) &&
            !arrows_box(c, p))
            return 1;
    }
    return aside;
}

/* 1 when n sits in a footer/aside/nav or a furniture-named container. */
int meta_in_furniture(meta_ctx *c, const dom_node *n) { return furniture_climb(c, n, 0); }

/* 1 when n sits in a titled box of page furniture: a container whose own
 * class/id names furniture ("related", "sidebar", "teaser" ...), that
 * does not hold the headline, and that has a heading of its own before n
 * ("<h3>Related</h3>", "<h3>Archive</h3>", "<h2>Most read</h2>"), or a
 * sidebar <aside> outside any <article> with a heading. Such a
 * box lists other stories or the archive, and a date in it dates one of
 * them. The loose date passes ignore class words (themes misname the
 * story's own date line), but a furniture class plus a heading over the
 * date is a box of its own, not a misnamed date line. At most 30
 * ancestors and 500 nodes per box are looked at. */
int meta_in_titled_furniture(meta_ctx *c, const dom_node *n)
{
    int depth = 0;
    for (const dom_node *p = n->parent; p && p->type == DOM_ELEMENT && depth < 30; p = p->parent, depth++) {
        if (p->tag == TAG_BODY || p->tag == TAG_HTML)
            break;
        /* an <aside> outside any <article> is a sidebar, as
         * furniture_climb holds: "<aside><h2>Meldungen</h2> … 27.02.2020" */
        if (!self_furniture(c, p) && !(p->tag == TAG_ASIDE && !article_of(p)))
            continue;
        if (meta_holds_anchor(c, p))
            return 0;
        int steps = 0;
        for (const dom_node *x = p->first_child; x && x != n && steps < 500; x = dom_next(p, x), steps++)
            if (x->type == DOM_ELEMENT && x->tag >= TAG_H1 && x->tag <= TAG_H6)
                return 1;
    }
    return 0;
}

/* 1 when n sits in page furniture other than layout wrappers: a <nav>,
 * <footer> or sidebar <aside>, or a container whose class/id has a
 * furniture word other than "nav", "sidebar" and "menu" (breadcrumbs,
 * teasers, related lists, comments). For headings that meta_in_furniture
 * rejects: the story's own h1 inside a layout wrapper passes this test. */
int meta_in_story_furniture(meta_ctx *c, const dom_node *n) { return furniture_climb(c, n, 1); }

/* Distance in document order from the headline; nodes before it count
 * three times (a date line above the headline is rarer than below). */
uint64_t meta_anchor_dist(const dom_node *anchor, const dom_node *n)
{
    uint32_t a = anchor->id, id = n->id;
    return id >= a ? (uint64_t)(id - a) : (uint64_t)(a - id) * 3u;
}

/* Candidates ordered by closeness to the headline element: bylines and
 * date lines sit just under (sometimes just above) the headline, while
 * the same classes recur in teaser lists elsewhere on the page. Nodes
 * before the anchor count three times their distance. Without an anchor
 * the document order is kept. Returns the count written to out. */
size_t meta_by_anchor(const meta_ctx *c, const node_list *l, dom_node **out)
{
    size_t n = 0;
    for (size_t i = 0; i < l->n; i++)
        out[n++] = l->v[i];
    if (!c->anchor)
        return n;
    uint64_t key[META_MAX_NODES];
    for (size_t i = 0; i < n; i++)
        key[i] = meta_anchor_dist(c->anchor, out[i]);
    for (size_t i = 1; i < n; i++) { /* insertion sort: n <= META_MAX_NODES */
        dom_node *v = out[i];
        uint64_t k = key[i];
        size_t j = i;
        while (j > 0 && key[j - 1] > k) {
            out[j] = out[j - 1];
            key[j] = key[j - 1];
            j--;
        }
        out[j] = v;
        key[j] = k;
    }
    return n;
}

int meta_in_head(const dom_node *n)
{
    for (const dom_node *p = n; p; p = p->parent)
        if (p->type == DOM_ELEMENT && p->tag == TAG_HEAD)
            return 1;
    return 0;
}

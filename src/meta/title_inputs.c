/* title_inputs.c: the title's inputs read from the page, for the
 * headline choice of title.c (title_choose): the visible headings and
 * how they are marked (headline classes, kickers and labels above them,
 * a heading's tail, the site's banner and logo), and meta_pick_title,
 * which hands them with the declared titles to title_choose and sets the
 * headline anchor (docs/headlines.md, docs/metadata.md "Title"). */
#include "core/chars.h"
#include "core/quote_mark.h"
#include "meta_int.h"
#include "words/words.h"

#include <stdlib.h>
#include <string.h>

/* Permalink marks that documentation and blog themes append to headings
 * (`<a class="headerlink">¶</a>`, shown on hover): not part of the title. */
static const char *const permalink_marks[] = {"\xC2\xB6", "\xC2\xA7", "#", "\xF0\x9F\x94\x97"};

/* A heading's text as a reader sees it: soft hyphens (U+00AD), which a
 * browser shows only at a line break, and a trailing permalink mark are
 * dropped. */
static const char *heading_text(meta_ctx *c, const dom_node *n)
{
    const char *t = meta_text_of(c, n, 500);
    if (!t)
        return NULL;
    size_t len = strlen(t);
    for (size_t i = 0; i < sizeof permalink_marks / sizeof *permalink_marks; i++) {
        size_t ml = strlen(permalink_marks[i]);
        if (len > ml && memcmp(t + len - ml, permalink_marks[i], ml) == 0) {
            len -= ml;
            while (len && t[len - 1] == ' ')
                len--;
            break;
        }
    }
    if (len == strlen(t) && !strstr(t, "\xC2\xAD"))
        return t;
    char *o = meta_drop_soft_hyphens(c->a, t, len);
    if (!o)
        c->oom = 1;
    return o;
}

/* 1 when a class/id value holds a word of a site's logo or name heading
 * ("site-title", "logo", "brand"; src/words/classes.c) anywhere: an h1
 * that holds the site name on every page. */
static int logo_attr(const char *v)
{
    if (!v)
        return 0;
    size_t n = strlen(v);
    for (size_t i = 0; i < words_class_logo_words.n; i++)
        if (meta_istr(v, n, words_class_logo_words.w[i]))
            return 1;
    return 0;
}

/* 1 when href points at a site's home page: "/", or scheme://host[/].
 * A web archive's capture links to the captured site's pages by
 * writing their URL into its own path ("https://archive.example/web/
 * 20140226054445/http://www.site.com/", or the same without the
 * archive's host): a link whose path ends in such an embedded
 * "http://host/" or "https://host/" is that home page's link. Without
 * it the logo h1 of an archived blog ("<h1><a href=".../http://www.
 * site.com/">Blog name</a></h1>") read the first part of `<title>` "Blog
 * name » Blog Archiv » Post title" and was reported as the headline.
 * Only in the path (not after '?' or '#': a share link names the page in
 * its query) and only after a '/'. */
static int home_href(const char *href)
{
    if (!href)
        return 0;
    if (strcmp(href, "/") == 0)
        return 1;
    const char *h = strstr(href, "://");
    if (!h)
        return 0;
    if (h - href > 5) {
        /* a relative capture link: "/web/2014.../http://host/" */
        h = href;
    } else {
        const char *slash = strchr(h + 3, '/');
        if (!slash || slash[1] == 0)
            return 1;
        h += 3;
    }
    size_t q = strcspn(href, "?#");
    for (const char *e = strstr(h, "://"); e && (size_t)(e - href) < q; e = strstr(e + 3, "://")) {
        size_t back = e > href && e[-1] == 's' ? 5 : 4; /* "https" or "http" */
        if ((size_t)(e - href) <= back)
            continue;
        const char *sch = e - back;
        if (sch[-1] != '/' || memcmp(sch, "http", 4) != 0)
            continue;
        const char *slash = strchr(e + 3, '/');
        return e[3] && e[3] != '/' && (!slash || slash[1] == 0);
    }
    return 0;
}

/* 1 for an h1 that is the site's logo or name: logo-named itself or in a
 * logo-named parent, or holding a rel=home link or a link to the home
 * page ("<h1><a href="https://example.org">Site</a></h1>"). */
static int logo_heading(const dom_node *h)
{
    if (logo_attr(dom_attr_get(h, "class")) || logo_attr(dom_attr_get(h, "id")))
        return 1;
    const dom_node *p = h->parent;
    if (p && p->type == DOM_ELEMENT && (logo_attr(dom_attr_get(p, "class")) || logo_attr(dom_attr_get(p, "id"))))
        return 1;
    int budget = 16; /* a few descendants: a logo h1 is small */
    for (const dom_node *n = dom_next(h, h); n && budget-- > 0; n = dom_next(h, n)) {
        const char *rel = n->type == DOM_ELEMENT && n->tag == TAG_A ? dom_attr_get(n, "rel") : NULL;
        if (rel && meta_istr(rel, strlen(rel), "home"))
            return 1;
        if (n->type == DOM_ELEMENT && n->tag == TAG_A && home_href(dom_attr_get(n, "href")))
            return 1;
    }
    return 0;
}

/* 1 for a heading that is one run of text: no element inside but links.
 * A kicker, a badge or a date that a site adds to its headline sits in an
 * element of its own (a span, an em, a small, after a br); a lead-in
 * written into the headline ("\"Quote\": Headline") does not. */
/* 1 for an element that is never rendered as text: a <style> that a
 * CSS-in-JS library writes next to each styled element, even inside a
 * heading (<h1><style>.css-x{...}</style><span class=css-x>Kicker</span>
 * Headline</h1>), a <script>, a <template>. The heading rules look past
 * it: it is neither the heading's first child nor a sign of markup in
 * the headline. */
static int unrendered_element(const dom_node *n)
{
    return n->type == DOM_ELEMENT && (n->tag == TAG_STYLE || n->tag == TAG_SCRIPT || n->tag == TAG_TEMPLATE);
}

/* 1 for ruby markup: the base text's element and its readings (rt) and
 * fallback brackets (rp). */
static int ruby_part(const dom_node *n)
{
    return n->type == DOM_ELEMENT && (n->tag == TAG_RUBY || n->tag == TAG_RT || n->tag == TAG_RP);
}

static int plain_heading(const dom_node *h)
{
    int budget = 64; /* a headline has few nodes; more: not plain */
    for (const dom_node *n = dom_next(h, h); n;) {
        if (--budget < 0)
            return 0;
        if (unrendered_element(n)) {
            n = dom_next_skip(h, n);
            continue;
        }
        /* ruby is the text itself with its readings over it (meta_node_text
         * reads the base text alone), not markup set apart from it */
        if (n->type == DOM_ELEMENT && n->tag != TAG_A && !ruby_part(n))
            return 0;
        n = dom_next(h, n);
    }
    return 1;
}

/* 1 when the word of cls that ends right before byte `end` (a "-" or
 * "_" before "title") names a part of the page, not the story:
 * "section-title", "widget_title" (words_class_label_title_owners). */
static int label_title_owner(const char *cls, size_t end)
{
    size_t b = end;
    while (b && chars_is_alpha((unsigned char)cls[b - 1]))
        b--;
    char w[16];
    size_t wl = end - b;
    if (!wl || wl >= sizeof w)
        return 0;
    for (size_t i = 0; i < wl; i++)
        w[i] = (char)chars_lower((unsigned char)cls[b + i]);
    return words_exact(&words_class_label_title_owners, w, wl);
}

/* 1 when the class cls names the story's headline or title ("headline",
 * "entry-title", "article__title"), not the line under it: "subtitle",
 * "sub-headline" and "sub_title" name a subtitle; nor a label's title:
 * "section-title", "widget-title", "category-headline" head a part of
 * the page (an h1 "Local News" over the story's h1.headline marked the
 * section label too, and two marked headings gave no answer). */
int meta_names_headline_class(const char *cls)
{
    static const char *const names[] = {"headline", "title"};
    if (!cls)
        return 0;
    size_t n = strlen(cls);
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        for (const char *p = meta_istr(cls, n, names[k]); p; p = meta_istr(p + 1, n - (size_t)(p + 1 - cls), names[k])) {
            size_t at = (size_t)(p - cls);
            int sep = 0;
            while (at && (cls[at - 1] == '-' || cls[at - 1] == '_')) {
                at--;
                sep = 1;
            }
            if (at >= 3 && meta_istr(cls + at - 3, 3, "sub"))
                continue;
            if (sep && label_title_owner(cls, at))
                continue;
            return 1;
        }
    return 0;
}

/* A kicker before the headline inside its heading, or a badge after it,
 * has at most this many words ("Breaking", "Live updates", "Exclusive",
 * "Abonnés", a German overline such as "Alte Akten im Keller" or
 * "Nach dem Urteil von Karlsruhe"): a longer element is the headline's
 * own text, or a wrapper round it. Five, not three: overlines of four
 * and five words are common, and the element still has to be the
 * heading's first or last child, apart from the rest. */
#define KICKER_ELEMENT_MAX_WORDS 5

/* A label element whose text ends with its own ':' (often a visually
 * hidden one for screen readers: "<span>Medienmitteilung der Bau-,
 * Verkehrs- und Umweltdirektion<span class=sr-only>:</span></span>")
 * says it is a label, so it may run longer than an overline: up to this
 * many words, an issuer's or a column's full name. Ten, still fewer than
 * the headline the rest of the heading holds must be confirmed by a title
 * source repeating that rest (a source repeating the whole heading keeps
 * it whole). */
#define COLON_LABEL_ELEMENT_MAX_WORDS 10

/* Blank text, a comment or an unrendered element: nothing a reader sees. */
static int blank_text(const dom_node *n)
{
    return (n->type == DOM_TEXT && (!n->text || strspn(n->text, " \t\r\n") == n->text_len)) ||
           n->type == DOM_COMMENT || unrendered_element(n);
}

/* 1 when k may be a label element (a kicker or a badge): an element, not
 * a link, not a br. A <ruby> is a word of the text with its reading
 * ("<h1><ruby>新<rt>あたら</rt></ruby>しい...</h1>"), not a label before
 * it. */
static int label_element(const dom_node *k)
{
    return k && k->type == DOM_ELEMENT && k->tag != TAG_A && k->tag != TAG_BR && !ruby_part(k);
}

/* kt, the text of a label element, when it is short enough for a label:
 * 1 to KICKER_ELEMENT_MAX_WORDS words (COLON_LABEL_ELEMENT_MAX_WORDS
 * where it ends in ':'); else NULL. */
static const char *label_words(const char *kt)
{
    size_t wc = kt ? meta_word_count(kt) : 0, kl = kt ? strlen(kt) : 0;
    size_t max = kl && kt[kl - 1] == ':' ? COLON_LABEL_ELEMENT_MAX_WORDS : KICKER_ELEMENT_MAX_WORDS;
    return kt && *kt && wc >= 1 && wc <= max ? kt : NULL;
}

/* The text of a short label element k (label_element, label_words),
 * else NULL. */
static const char *label_element_text(meta_ctx *c, const dom_node *k)
{
    return label_element(k) ? label_words(meta_text_of(c, k, 200)) : NULL;
}

/* A date line inside a heading ("<small>Date: <time>26.01.2022</time>
 * Press release: 6/2022</small>" after the headline, a <time> over it)
 * has at most this many words: longer, the element is a wrapper round
 * the headline's own text that happens to hold a date. */
#define DATELINE_ELEMENT_MAX_WORDS 8

/* The text of a date line element k: not a link, holding a <time>
 * element among its first nodes (a <time> itself included), of 1 to
 * DATELINE_ELEMENT_MAX_WORDS words; else NULL. A <time> marks a date
 * the CMS prints beside the headline (with "Date:" and a release number
 * round it: more words than a kicker has), which no title source
 * repeats: <title> and og:title hold the headline alone. */
static const char *dateline_element_text(meta_ctx *c, const dom_node *k)
{
    if (!k || k->type != DOM_ELEMENT || k->tag == TAG_A || k->tag == TAG_BR)
        return NULL;
    int has_time = k->tag == TAG_TIME, budget = 24; /* a date line has few nodes */
    for (const dom_node *n = dom_next(k, k); n && !has_time && budget-- > 0; n = dom_next(k, n))
        has_time = n->type == DOM_ELEMENT && n->tag == TAG_TIME;
    if (!has_time)
        return NULL;
    const char *kt = meta_text_of(c, k, 200);
    size_t wc = kt ? meta_word_count(kt) : 0;
    return kt && *kt && wc >= 1 && wc <= DATELINE_ELEMENT_MAX_WORDS ? kt : NULL;
}

/* For a heading h (text full) that opens with a short kicker in an element
 * of its own ("<h1><span class=kicker>Breaking</span> Headline</h1>", an
 * em, a small, a strong) or ends with a short badge in one ("Headline
 * <span class=badge>Exclusive</span>") or a date line (see
 * dateline_element_text), the text without them, with
 * blanks and separators (":", "|", "-") next to them dropped; else NULL.
 * <title> and the declared titles often repeat only that text, so without
 * it a promo og:title won over the visible headline. */
static const char *heading_tail(meta_ctx *c, const dom_node *h, const char *full)
{
    if (!full)
        return NULL;
    const char *r = full;
    size_t rl = strlen(full);
    const dom_node *k = h->first_child, *last = h->last_child;
    while (k && blank_text(k))
        k = k->next;
    while (last && blank_text(last))
        last = last->prev;
    if (!k || k == last)
        return NULL;
    const char *kt = label_element_text(c, k);
    if (!kt)
        kt = dateline_element_text(c, k);
    size_t kl = kt ? strlen(kt) : 0;
    if (kt && strncmp(full, kt, kl) == 0) {
        size_t skip = kl + strspn(full + kl, " :|-");
        if (skip > rl)
            skip = rl;
        r += skip;
        rl -= skip;
    }
    const char *bt = label_element_text(c, last);
    if (!bt)
        bt = dateline_element_text(c, last);
    size_t bl = bt ? strlen(bt) : 0;
    if (bt && bl < rl && memcmp(r + rl - bl, bt, bl) == 0) {
        rl -= bl;
        while (rl && strchr(" :|-", r[rl - 1]))
            rl--;
    }
    if (!rl || rl == strlen(full))
        return NULL;
    char *o = arena_strndup(c->a, r, rl);
    if (!o)
        c->oom = 1;
    return o;
}

/* 1 when h, left aside its first and its last element child when they
 * are a kicker, badge or date line element (heading_tail cut them), is
 * text and links only: the rest is one run of the headline's own text. */
static int plain_tail(meta_ctx *c, const dom_node *h)
{
    const dom_node *k = h->first_child, *last = h->last_child;
    while (k && blank_text(k))
        k = k->next;
    while (last && blank_text(last))
        last = last->prev;
    for (const dom_node *x = h->first_child; x; x = x->next) {
        if (x->type != DOM_ELEMENT || unrendered_element(x))
            continue;
        if ((x == k || x == last) && (label_element_text(c, x) || dateline_element_text(c, x)))
            continue;
        if ((x->tag != TAG_A || !plain_heading(x)) && !ruby_part(x))
            return 0;
    }
    return 1;
}

/* How far kicker_before climbs from a heading to find the element before
 * it: a kicker line and the heading sit in sibling wrappers of a
 * theme's grid ("<div class=row><div class=col><h2>Kicker</h2></div>
 * </div><div class=row><div class=col><h1>Headline</h1>"), a few levels
 * up; further up, the text before is another part of the page. */
#define KICKER_BEFORE_MAX_LEVELS 4

/* 1 for a heading element (h1-h6). */
static int heading_element(const dom_node *n)
{
    return n && n->type == DOM_ELEMENT && n->tag < TAG__COUNT && (tag_flags[n->tag] & TF_HEADING);
}

/* 1 when k is a heading or holds one among its first nodes (a grid
 * wrapper round an h2). */
static int holds_heading(const dom_node *k)
{
    if (heading_element(k))
        return 1;
    int budget = 16; /* a kicker's wrapper has few nodes */
    for (const dom_node *n = dom_next(k, k); n && budget-- > 0; n = dom_next(k, n))
        if (heading_element(n))
            return 1;
    return 0;
}

/* How many elements kicker_before reads the text of, over all its
 * levels, in search of the one before the heading: a theme sets a few
 * text-less elements between a kicker and its heading (an anchor
 * target, an icon, an image, a share button's svg), and each text-less
 * subtree read is a walk of its own; past that many, whatever text comes
 * first is no longer set right over the heading. */
#define KICKER_BEFORE_MAX_ELEMENTS 8

/* 1 when a and b (texts) read the same as headline keys (meta_fold_key:
 * case, blanks and punctuation aside). */
static int same_key(meta_ctx *c, const char *ak, const char *b)
{
    const char *bk = b ? meta_fold_key(c->a, b) : NULL;
    return bk && strcmp(ak, bk) == 0;
}

static int cmp_key_ptr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Fills c->nav_keys for label_names_section: the key (meta_fold_key) of
 * every link's text (its first 200 bytes) that sits in page furniture,
 * sorted for bsearch. One walk over the document however many headings
 * carry a label: a walk per heading read and folded every link again. */
static void collect_nav_keys(meta_ctx *c)
{
    c->nav_keys_done = 1;
    const dom_node *root = c->art->doc->root;
    size_t cap = 0;
    for (const dom_node *n = root; n; n = dom_next(root, n)) {
        /* furniture first (memoized): the article's own links cost no
         * copy of their text */
        if (n->type != DOM_ELEMENT || n->tag != TAG_A || !meta_in_furniture(c, n))
            continue;
        const char *t = meta_text_of(c, n, 200);
        const char *k = t ? meta_fold_key(c->a, t) : NULL;
        if (!k || !*k)
            continue;
        if (c->nnav_keys == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            const char **v = arena_alloc(c->a, ncap * sizeof *v);
            if (!v) {
                c->oom = 1;
                break;
            }
            if (cap)
                memcpy(v, c->nav_keys, cap * sizeof *v);
            c->nav_keys = v;
            cap = ncap;
        }
        c->nav_keys[c->nnav_keys++] = k;
    }
    if (c->nnav_keys > 1)
        qsort(c->nav_keys, c->nnav_keys, sizeof *c->nav_keys, cmp_key_ptr);
}

/* 1 when kt, a label found before the heading, is the page's section
 * rather than a kicker: the same text (same_key) as a category the page
 * declares (article:section, the JSON-LD articleSection ...:
 * art->categories) or a link in page furniture
 * (meta_in_furniture: the site's nav, a menu, a breadcrumb trail). A CMS
 * prints the section's name over the headline as a label and prefixes
 * og:title with it as with a kicker, but a reader takes it for where the
 * story is filed ("Farming" over the headline, the nav linking "Farming"),
 * not for part of the headline; whatever element holds it. Links are read
 * only here, for a page that has such a label and an og:title, and once
 * a page (collect_nav_keys). Not the
 * keywords (art->tags): they name the story's topics, and a kicker is
 * one ("Water rates: Headline" with "water rates" among the
 * keywords). */
static int label_names_section(meta_ctx *c, const char *kt)
{
    const char *kk = meta_fold_key(c->a, kt);
    if (!kk || !*kk)
        return 0;
    for (size_t i = 0; i < c->art->categories.count; i++)
        if (same_key(c, kk, c->art->categories.items[i]))
            return 1;
    if (!c->nav_keys_done)
        collect_nav_keys(c);
    return c->nnav_keys && bsearch(&kk, c->nav_keys, c->nnav_keys, sizeof *c->nav_keys, cmp_key_ptr) != NULL;
}

/* The text of a short label element (label_element, label_words) that
 * holds the last text before the heading h in document order: h's
 * previous sibling, or, where h opens its wrapper, the wrapper's, up to
 * KICKER_BEFORE_MAX_LEVELS levels; elements without text (an empty
 * anchor, an image) and blank nodes are looked past, up to
 * KICKER_BEFORE_MAX_ELEMENTS elements. A bare text run there, or a
 * longer element, gives NULL: no kicker set apart.
 * The element must be set as part of the headline block: a heading
 * itself (<h4 class=dachzeile>, a wrapper round an h2), or a sibling
 * inside the same heading as h ("<h2><span>Kicker</span><span
 * itemprop=headline>Headline</span></h2>"). A bare div or span label
 * before the h1 is as often the section's name ("<div
 * class=story-topic>Gardening</div>", a "Members only" badge), which
 * og:title prefixes too but a reader takes for the page's section. Nor
 * is a label that names the page's section (label_names_section), in
 * whatever element. */
static const char *kicker_before(meta_ctx *c, const dom_node *h)
{
    const dom_node *n = h;
    int budget = KICKER_BEFORE_MAX_ELEMENTS;
    for (int up = 0; up <= KICKER_BEFORE_MAX_LEVELS && n && n->type == DOM_ELEMENT && n->tag != TAG_BODY; up++) {
        for (const dom_node *p = n->prev; p; p = p->prev) {
            if (blank_text(p))
                continue;
            if (p->type != DOM_ELEMENT || budget-- <= 0)
                return NULL;
            const char *t = meta_text_of(c, p, 200);
            if (!t || !*t)
                continue;
            if (!holds_heading(p) && !heading_element(n->parent))
                return NULL;
            const char *kt = label_element(p) ? label_words(t) : NULL;
            return kt && !label_names_section(c, kt) ? kt : NULL;
        }
        n = n->parent;
    }
    return NULL;
}

/* Files the headline element or h1 h among the visible candidates of in:
 * outside furniture (with its plain flag), in layout furniture, or in
 * story furniture (breadcrumbs, teasers: "stray"). cap bounds visible[]. */
/* 1 when the class or id value v holds a whole token of a page banner
 * ("site-header", "masthead": words_class_banner_names), ASCII case
 * folded. */
static int banner_attr(const char *v)
{
    for (size_t i = 0; v && i < words_class_banner_names.n; i++)
        if (meta_has_token(v, words_class_banner_names.w[i]))
            return 1;
    return 0;
}

/* Words of a paragraph that is prose, a sentence of the story, not a
 * date, a byline or a tagline line. */
#define BANNER_PROSE_WORDS 10
/* Nodes the banner rule walks: in the banner (a larger one is a page
 * wrapper, no banner) and after it, looking for the story's heading. */
#define BANNER_WALK_BUDGET 4000

/* 1 when n is a <p> of prose (BANNER_PROSE_WORDS words or more). */
static int prose_p(meta_ctx *c, const dom_node *n)
{
    if (!dom_is(n, TAG_P))
        return 0;
    const char *t = meta_text_of(c, n, 400);
    return t && meta_word_count(t) >= BANNER_PROSE_WORDS;
}

/* 1 for a breadcrumb trail ("Home › Politics"): a class or id naming
 * one, an aria-label saying so, or schema.org's BreadcrumbList. A story's
 * own header often carries one above its h1, so its <nav> and its home
 * link are no banner's sign. */
static int breadcrumb_box(const dom_node *n)
{
    const char *names[] = {dom_attr_get(n, "class"), dom_attr_get(n, "id"), dom_attr_get(n, "aria-label"),
                           dom_attr_get(n, "itemtype")};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (names[i] && meta_istr(names[i], strlen(names[i]), "breadcrumb"))
            return 1;
    return 0;
}

/* Bytes of a breadcrumb arrow at s ("›", "»", ">", "→", "▸", "►",
 * "‣"), 0 when none. A trail sets these between its links; a site's menu
 * sets blanks or bars ("Home | News"), so "|" is none, nor is "/", which
 * some menus set too (trail_box takes those only between links that go
 * down the site). The body's arrow readers do not fit: they sit in
 * src/body, and each reads another set (skip_pointer_marks takes "->"
 * and "⇒" before a link's words, note_mark_len in clean.c any ASCII
 * punctuation, bars and dashes among them, around a pager's label). */
static size_t trail_arrow(const unsigned char *s)
{
    if (s[0] == '>')
        return 1;
    if (s[0] == 0xC2 && s[1] == 0xBB)
        return 2;
    if (s[0] == 0xE2 && ((s[1] == 0x80 && (s[2] == 0xBA || s[2] == 0xA3)) || (s[1] == 0x86 && s[2] == 0x92) ||
                         (s[1] == 0x96 && (s[2] == 0xB8 || s[2] == 0xBA))))
        return 3;
    return 0;
}

/* Links a trail (trail_box) must hold: home and at least one section. */
#define TRAIL_MIN_LINKS 2
/* Nodes trail_box reads: a trail is a line of links. */
#define TRAIL_MAX_NODES 64

/* The path of href: after the scheme and host of an absolute link,
 * else href itself; NULL for none. */
static const char *href_path(const char *href)
{
    if (!href)
        return NULL;
    const char *h = strstr(href, "://");
    if (!h)
        return href;
    const char *slash = strchr(h + 3, '/');
    return slash ? slash : "/";
}

/* 1 when the path p (up to '?' or '#') goes below the path up: p starts
 * with up, is longer, and the step is a whole path segment
 * ("/cronaca/comune/" below "/cronaca/" or "/cronaca"; not "/cronacanera"
 * below "/cronaca"). */
static int path_below(const char *p, const char *up)
{
    size_t un = strcspn(up, "?#"), pn = strcspn(p, "?#");
    if (!un || pn <= un || strncmp(p, up, un) != 0)
        return 0;
    return up[un - 1] == '/' || p[un] == '/';
}

/* Links of a trail whose separators are bars or slashes (trail_box): home
 * and two sections, so that one step down shows. */
#define TRAIL_BAR_MIN_LINKS 3

/* 1 for a breadcrumb trail that no name marks (a <p> or <div> of
 * "<a href="/">Home</a> › <a>Politics</a> › ..."): its first link goes
 * home, it holds two links or more, and its text outside the links is
 * only breadcrumb arrows (trail_arrow) and blanks, with one arrow at
 * least. A site's menu has the same first link ("Inicio", "Home") but
 * sets its links apart by blanks, bars or list items, not arrows, so it
 * stays a banner's sign. Trails set '/' or '|' between their links too,
 * as menus do; such a line is a trail where its links go down the site,
 * each below the one before it ("/", "/cronaca/", "/cronaca/comune/",
 * three links at least: path_below), while a menu's links are siblings
 * ("/", "/cronaca/", "/sport/"). */
static int trail_box(const dom_node *n)
{
    if (!dom_is(n, TAG_P) && !dom_is(n, TAG_DIV) && !dom_is(n, TAG_SPAN))
        return 0;
    size_t links = 0, arrows = 0, bars = 0, steps = 0;
    int nested = 1;
    const char *up = NULL;
    for (const dom_node *d = dom_next(n, n); d;) {
        if (++steps > TRAIL_MAX_NODES)
            return 0;
        if (d->type == DOM_ELEMENT && d->tag == TAG_A) {
            const char *href = dom_attr_get(d, "href");
            if (!links++ && !home_href(href))
                return 0;
            const char *path = href_path(href);
            if (links > 2 && (!path || !up || !path_below(path, up)))
                nested = 0;
            up = path;
            d = dom_next_skip(n, d); /* the link's own words are free */
            continue;
        }
        if (d->type != DOM_TEXT) {
            d = dom_next(n, d);
            continue;
        }
        const unsigned char *t = (const unsigned char *)d->text;
        for (size_t i = 0; i < d->text_len;) {
            size_t l = trail_arrow(t + i);
            if (l) {
                arrows++;
                i += l;
            } else if (t[i] == '/' || t[i] == '|') {
                bars++;
                i++;
            } else if (chars_is_space(t[i])) {
                i++;
            } else if (chars_nbsp_shy(t + i, d->text_len - i) >= 0) {
                i += 2; /* a no-break space or a soft hyphen: a blank too */
            } else {
                return 0;
            }
        }
        d = dom_next(n, d);
    }
    if (arrows)
        return links >= TRAIL_MIN_LINKS && !bars;
    return bars && links >= TRAIL_BAR_MIN_LINKS && nested;
}

/* 1 for an element that marks a site's banner: a <nav> or
 * role=navigation (the site's menu), a logo- or brand-named element
 * (logo_attr), a rel=home link or a link to the home page (home_href).
 * A story's own header holds none of them but a breadcrumb trail, which
 * the caller skips (breadcrumb_box). */
static int banner_sign(const dom_node *n)
{
    if (n->tag == TAG_NAV || logo_attr(dom_attr_get(n, "class")) || logo_attr(dom_attr_get(n, "id")))
        return 1;
    const char *role = dom_attr_get(n, "role");
    if (role && meta_ieq(role, "navigation"))
        return 1;
    return n->tag == TAG_A && (meta_has_token(dom_attr_get(n, "rel"), "home") || home_href(dom_attr_get(n, "href")));
}

/* 1 when the banner candidate b shows a banner's sign (banner_sign) and
 * holds no paragraph of prose (the story's own header, headline and lead
 * together), within BANNER_WALK_BUDGET nodes. A minimal theme sets the
 * post's title alone in a top-level <header>; without the sign, the
 * section h2 that opens its story would be taken for the headline. A
 * breadcrumb trail inside it (breadcrumb_box) is skipped: a story's own
 * header carries one as often as a banner does. */
static int site_banner(meta_ctx *c, const dom_node *b)
{
    int sign = 0, budget = BANNER_WALK_BUDGET;
    for (const dom_node *d = dom_next(b, b); d;) {
        if (budget-- <= 0)
            return 0;
        if (d->type == DOM_ELEMENT && (breadcrumb_box(d) || trail_box(d))) {
            d = dom_next_skip(b, d);
            continue;
        }
        if (d->type == DOM_ELEMENT) {
            if (prose_p(c, d))
                return 0;
            sign = sign || banner_sign(d);
        }
        d = dom_next(b, d);
    }
    return sign;
}

/* Wrappers a page banner's <header> may sit in below <body>: themes
 * nest it in a page div and a container div ("#page > .wrap >
 * header"); a header deeper than that is a module's or a teaser's. */
#define BANNER_HEADER_MAX_WRAPPERS 2

/* 1 when the <header> h is a child of <body> or of at most
 * BANNER_HEADER_MAX_WRAPPERS nested wrappers under it. */
static int header_near_body(const dom_node *h)
{
    const dom_node *p = h->parent;
    for (int i = 0; p && i <= BANNER_HEADER_MAX_WRAPPERS; i++, p = p->parent)
        if (dom_is(p, TAG_BODY))
            return 1;
    return 0;
}

/* The page banner that holds the h1 h, else NULL: a <header> that is a
 * child of <body> or of one or two wrappers under it, or an element with
 * role=banner or a banner class or id ("site-header", "masthead"),
 * not inside an <article> or <main> (a header there heads the story),
 * that shows a banner's sign and holds no prose (site_banner). */
static const dom_node *banner_of(meta_ctx *c, const dom_node *h)
{
    const dom_node *b = NULL;
    for (const dom_node *p = h->parent; p && p->type == DOM_ELEMENT; p = p->parent) {
        if (p->tag == TAG_ARTICLE || p->tag == TAG_MAIN)
            return NULL;
        if (b)
            continue;
        const char *role = dom_attr_get(p, "role");
        int top = p->tag == TAG_HEADER && header_near_body(p);
        if (top || (role && meta_ieq(role, "banner")) || banner_attr(dom_attr_get(p, "class")) ||
            banner_attr(dom_attr_get(p, "id")))
            b = p;
    }
    return b && site_banner(c, b) ? b : NULL;
}

/* For an h1 in the page banner (banner_of), the heading that opens the
 * story below it: the first h2, h3 or headline-classed element after
 * the banner, outside furniture, of three words or more, with no
 * paragraph of prose and no other h1 before it. A site sets its tagline
 * or a section name as the banner's h1 ("News for the whole harbour
 * town") and the story's headline as an h2 on top of the story; where
 * the prose follows the banner directly, the banner's h1 is the
 * story's headline (simple sites) and NULL is returned. */
static const char *banner_lead_heading(meta_ctx *c, const dom_node *h)
{
    const dom_node *b = banner_of(c, h);
    if (!b)
        return NULL;
    int budget = BANNER_WALK_BUDGET;
    for (const dom_node *n = dom_next_skip(NULL, b); n && budget-- > 0;) {
        if (n->type != DOM_ELEMENT) {
            n = dom_next(NULL, n);
            continue;
        }
        if (n->tag == TAG_H1)
            return NULL;
        if (meta_in_furniture(c, n) || logo_heading(n)) {
            n = dom_next_skip(NULL, n);
            continue;
        }
        if (n->tag == TAG_P) {
            if (prose_p(c, n))
                return NULL;
            n = dom_next_skip(NULL, n);
            continue;
        }
        if (n->tag == TAG_H2 || n->tag == TAG_H3 || meta_names_headline_class(dom_attr_get(n, "class"))) {
            const char *t = heading_text(c, n);
            return t && meta_word_count(t) >= 3 ? t : NULL;
        }
        n = dom_next(NULL, n);
    }
    return NULL;
}

/* title_input's banner_lead: banner_lead_heading for the h1 node h. */
static const char *banner_lead_of(void *ctx, const void *h)
{
    return banner_lead_heading(ctx, h);
}

/* 1 when h sits inside an <article> element. */
static int in_article(const dom_node *h)
{
    for (const dom_node *p = h->parent; p && p->type == DOM_ELEMENT; p = p->parent)
        if (p->tag == TAG_ARTICLE)
            return 1;
    return 0;
}

static void add_visible(meta_ctx *c, title_input *in, const dom_node *h, size_t cap, int marked)
{
    if (!meta_in_furniture(c, h)) {
        if (in->nvisible < cap) {
            in->visible_marked[in->nvisible] =
                (unsigned char)(marked || meta_names_headline_class(dom_attr_get(h, "class")));
            in->visible_plain[in->nvisible] = (unsigned char)plain_heading(h);
            in->visible_in_article[in->nvisible] = (unsigned char)in_article(h);
            in->visible[in->nvisible] = heading_text(c, h);
            in->visible_tail[in->nvisible] = heading_tail(c, h, in->visible[in->nvisible]);
            /* only og:title joins a kicker (kicker_joined in title.c):
             * without one the label before is never used */
            in->visible_kicker[in->nvisible] = in->og && *in->og ? kicker_before(c, h) : NULL;
            in->visible_tail_plain[in->nvisible] =
                (unsigned char)(in->visible_tail[in->nvisible] && plain_tail(c, h));
            /* only an h1 can be a banner's tagline; the banner and the
             * heading below it are looked for only where the <title>
             * names the site alone (in->banner_lead, from title.c) */
            in->visible_node[in->nvisible] = marked ? NULL : h;
            in->nvisible++;
        }
    } else if (!meta_in_story_furniture(c, h)) {
        if (in->nvisible_furniture < cap) {
            const char *t = in->visible_furniture[in->nvisible_furniture] = heading_text(c, h);
            in->visible_furniture_plain[in->nvisible_furniture] = (unsigned char)plain_heading(h);
            in->visible_furniture_tail[in->nvisible_furniture++] = heading_tail(c, h, t);
        }
    } else if (in->nstray < TITLE_MAX_HEADINGS) {
        in->stray[in->nstray++] = heading_text(c, h);
    }
}

/* Bytes of a quote mark at s (avail bytes there), 0 when none: ASCII
 * '"' and the curly, low-9, guillemet and corner-bracket quotes of the
 * major languages (core/quote_mark.h). Not the ASCII apostrophe: a title
 * holds it inside words ("Don't"), so it cannot mark where one starts;
 * not the rare reversed-9 marks, which no theme prints there. */
static size_t quote_mark_len(const char *s, size_t avail)
{
    int kind;
    size_t l = quote_mark_at((const unsigned char *)s, avail, &kind);
    return kind == QM_ASCII1 || kind == QM_REV1 || kind == QM_REV2 ? 0 : l;
}

/* The post title that a blog's comment heading quotes: a count (digits or
 * a word: "One", "Eine"), a comment-title phrase ("thoughts on",
 * "Antwort auf", "commentaire sur": the list the body stage drops such
 * sections by), then the title between quote marks ("3 thoughts on
 * “X”", "Eine Antwort auf „X“", "Un commentaire sur « X »"). Themes print
 * the post's own title there, so it names the headline even where
 * <title> and og:title carry a promo wording. The text between the first
 * and the last quote mark after the phrase; NULL without two marks, as
 * an unquoted "One response to X" does not mark where X starts. */
static const char *comment_heading_quote(meta_ctx *c, const dom_node *h)
{
    const char *t = meta_text_of(c, h, 400);
    char low[400];
    size_t n = t ? strlen(t) : 0;
    if (!n || n >= sizeof low)
        return NULL;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
    const char *s = low;
    while (*s >= '0' && *s <= '9')
        s++;
    if (s != low) {
        if (*s++ != ' ')
            return NULL;
    } else {
        const char *sp = strchr(low, ' ');
        if (!sp || !words_exact(&words_count_words, low, (size_t)(sp - low)))
            return NULL;
        s = sp + 1;
    }
    if (!words_prefix(&words_comment_title_prefixes, s))
        return NULL;
    size_t open = 0, close = 0, ql = 0, first_len = 0;
    for (size_t i = (size_t)(s - low); i < n; i++)
        if ((ql = quote_mark_len(low + i, n - i)) != 0) {
            if (!open) {
                open = i + 1;
                first_len = ql;
            }
            close = i;
            i += ql - 1;
        }
    if (!open || close < open - 1 + first_len)
        return NULL;
    size_t from = open - 1 + first_len;
    if (close <= from)
        return NULL;
    return meta_collapse(c->a, t + from, close - from);
}

/* Nodes of <body> read for the logo's home link: a site's logo opens
 * the page. */
#define LOGO_ALT_WALK 2000

/* The alt text of the first picture inside the first link to the home
 * page (home_href, rel=home) near the top of <body>: the site's logo,
 * whose alt text is the site's name. NULL when there is none. */
static const char *home_logo_alt(meta_ctx *c)
{
    const dom_node *body = c->art->doc->body;
    int budget = LOGO_ALT_WALK;
    for (const dom_node *d = body ? dom_next(body, body) : NULL; d && budget-- > 0; d = dom_next(body, d)) {
        if (d->type != DOM_ELEMENT || d->tag != TAG_A ||
            !(home_href(dom_attr_get(d, "href")) || meta_has_token(dom_attr_get(d, "rel"), "home")))
            continue;
        const dom_node *img = dom_find_tag((dom_node *)d, TAG_IMG);
        const char *alt = img ? dom_attr_get(img, "alt") : NULL;
        return alt && *alt ? alt : NULL;
    }
    return NULL;
}

void meta_pick_title(meta_ctx *c)
{
    title_input in;
    memset(&in, 0, sizeof in);
    in.banner_lead = banner_lead_of;
    in.banner_ctx = c;
    /* Only an Article-kind object: a WebPage's name is the <title> again. */
    if (c->j.is_article)
        in.jsonld = title_jsonld(c->j.name, c->j.headline, c->title_tag, c->art->sitename, c->j.publisher);
    in.og = meta_kv_get(c, "og:title");
    in.twitter = meta_kv_get(c, "twitter:title");
    static const char *const dc_keys[] = {"dc:title", "dc.title", "dcterms.title", "dcterm:title", "dcterms:title"};
    static const char *const other_keys[] = {"title", "parsely-title", "citation_title", "sailthru.title", "headline"};
    in.dc = KV_FIRST(c, dc_keys);
    in.other = KV_FIRST(c, other_keys);
    /* A page may declare og:title twice, once with property= (the one read
     * above) and once with name=, the two from different plugins: an SEO
     * plugin's "What are X? definition and meaning" beside the CMS's "X".
     * The other wording is a title source too, so a heading it repeats is
     * confirmed; it stands in only where no other title meta is declared,
     * and never before og:title itself as a fallback. */
    if (!in.other && in.og)
        for (size_t i = 0; i < c->nkv; i++)
            if (strcmp(c->kv[i].key, "og:title") == 0 && strcmp(c->kv[i].val, in.og) != 0) {
                in.other = c->kv[i].val;
                break;
            }
    in.title_tag = c->title_tag;
    in.page_url = c->art->page_url;
    in.canonical_url = c->art->url;
    /* Markup inside a title ("<i>Name</i> of the ship" in og:title, or
     * entity-escaped tags in JSON-LD) is not part of the headline. */
    const char **strip[] = {&in.jsonld, &in.dc, &in.og, &in.other, &in.twitter, &in.title_tag};
    for (size_t i = 0; i < sizeof strip / sizeof *strip; i++)
        if (*strip[i] && !(*strip[i] = meta_strip_tags(c->a, *strip[i])))
            c->oom = 1;
    /* No declared site name: an end of <title> that names the host is one;
     * nor of <title> (a bare headline there, or none): an end of og:title
     * or twitter:title that names the host ("Headline - Harbour Gazette"
     * on harbourgazette.com) is the site, so the declared title's site
     * suffix is cut as it is from <title>. */
    const char *declared_site = c->art->sitename; /* before a host-named one fills it */
    /* a short declared title on a page that declares no site name may be
     * the site's name, which the logo's alt text tells
     * (declared_is_site_part in title.c, which tries every declared
     * title); other pages do not read it */
    if (!declared_site) {
        const char *decl[] = {in.jsonld, in.dc, in.og, in.other, in.twitter};
        for (size_t i = 0; i < sizeof decl / sizeof *decl && !in.logo_alt; i++)
            if (decl[i] && meta_word_count(decl[i]) <= DECLARED_SITE_MAX_WORDS) {
                in.logo_alt = home_logo_alt(c);
                break;
            }
    }
    const char *page_url = c->art->url ? c->art->url : c->art->page_url;
    const char *host_titles[] = {c->title_tag, in.og, in.twitter};
    for (size_t i = 0; i < sizeof host_titles / sizeof *host_titles && !c->art->sitename; i++)
        c->art->sitename = title_host_part(c->a, host_titles[i], page_url);
    in.sitename = c->art->sitename;
    {
        /* a declared site name that names a section, not the host
         * (title_host_site_over_declared): the title rules read the
         * host-named part of <title> as the site */
        const char *hs = title_host_site_over_declared(c->a, c->title_tag, in.sitename, page_url);
        if (hs)
            in.sitename = hs;
    }
    for (size_t i = 0; i < c->headlines.n && in.nheadings < TITLE_MAX_HEADINGS / 2; i++)
        if (!meta_in_head(c->headlines.v[i]))
            in.headings[in.nheadings++] = meta_text_of(c, c->headlines.v[i], 500);
    /* (a logo h1 repeats the site part of <title>, never the headline;
     * so does a plain h1 that reads the first part of "Site - Headline":
     * title_first_part_is_site, and a plain h1 that is only the known
     * site name beside a longer part: title_part_is_site_h1) */
    unsigned char h1_logo[TITLE_MAX_HEADINGS] = {0};
    int domain_first = title_opens_with_domain(c->title_tag); /* else no h1's text is read for it */
    int site_h1 = c->title_tag && (declared_site || page_url); /* else no h1's text is read for it */
    for (size_t i = 0; i < c->h1.n && i < TITLE_MAX_HEADINGS; i++) {
        if (logo_heading(c->h1.v[i])) {
            h1_logo[i] = 1;
            continue;
        }
        if (!domain_first && !site_h1)
            continue;
        const char *t = meta_text_of(c, c->h1.v[i], 200); /* read once for both tests */
        h1_logo[i] = (unsigned char)((domain_first && title_first_part_is_site(c->title_tag, t)) ||
                                     (site_h1 && title_part_is_site_h1(&in, declared_site, page_url, t)));
    }
    for (size_t i = 0; i < c->h1.n && in.nheadings < TITLE_MAX_HEADINGS; i++) {
        if (!(i < TITLE_MAX_HEADINGS ? h1_logo[i] : logo_heading(c->h1.v[i])))
            in.headings[in.nheadings++] = meta_text_of(c, c->h1.v[i], 500);
        else if (!in.logo)
            in.logo = meta_text_of(c, c->h1.v[i], 200);
    }
    in.nstrong = in.nheadings;
    /* The visible candidates: the same headline elements and h1s, minus
     * those in page furniture (a teaser's h1, a sidebar's) and logo h1s. */
    for (size_t i = 0; i < c->headlines.n && in.nvisible < TITLE_MAX_HEADINGS / 2; i++)
        if (!meta_in_head(c->headlines.v[i]))
            add_visible(c, &in, c->headlines.v[i], TITLE_MAX_HEADINGS / 2, 1);
    for (size_t i = 0; i < c->h1.n && in.nvisible < TITLE_MAX_HEADINGS; i++)
        if (!(i < TITLE_MAX_HEADINGS ? h1_logo[i] : logo_heading(c->h1.v[i])))
            add_visible(c, &in, c->h1.v[i], TITLE_MAX_HEADINGS, 0);
    for (size_t i = 0; i < c->h2.n && in.nvisible_h2 < TITLE_MAX_HEADINGS; i++)
        if (!meta_in_head(c->h2.v[i]) && !meta_in_furniture(c, c->h2.v[i]) && !logo_heading(c->h2.v[i]))
            in.visible_h2[in.nvisible_h2++] = heading_text(c, c->h2.v[i]);
    /* Minor headings: h3, h4 and title-classed elements outside furniture
     * (a blog theme's h3.entry-title under a logo h1, an old page's h4). */
    const node_list *minor[3] = {&c->h3, &c->h4, &c->titled};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < minor[k]->n && in.nvisible_minor < TITLE_MAX_HEADINGS; i++) {
            const dom_node *h = minor[k]->v[i];
            if (meta_in_head(h) || logo_heading(h))
                continue;
            const char **slot = NULL;
            int story_furniture = 0;
            if (!meta_in_furniture(c, h))
                slot = &in.visible_minor[in.nvisible_minor++];
            else if (!(story_furniture = meta_in_story_furniture(c, h)) && in.nvisible_minor_layout < TITLE_MAX_HEADINGS)
                slot = &in.visible_minor_layout[in.nvisible_minor_layout++];
            else if (story_furniture && in.nstray_minor < TITLE_MAX_HEADINGS) {
                in.stray_minor[in.nstray_minor++] = heading_text(c, h);
                continue;
            }
            if (!slot)
                continue;
            *slot = heading_text(c, h);
            /* the title-classed ones of either list, for h1_under_site_title */
            if (k == 2 && in.nvisible_titled < TITLE_MAX_HEADINGS)
                in.visible_titled[in.nvisible_titled++] = *slot;
        }
    /* The last tier: elements whose class names a title by a word the
     * hint list does not hold ("<div class="h-title">" on a page with no
     * heading element), outside furniture; not links (a teaser's). */
    for (size_t i = 0; i < c->titled_loose.n && in.nvisible_loose < TITLE_MAX_HEADINGS; i++) {
        const dom_node *h = c->titled_loose.v[i];
        if (!meta_in_head(h) && !logo_heading(h) && !meta_in_furniture(c, h))
            in.visible_loose[in.nvisible_loose++] = heading_text(c, h);
    }
    for (size_t i = 0; i < c->h2.n && in.nheadings < TITLE_MAX_HEADINGS; i++)
        in.headings[in.nheadings++] = meta_text_of(c, c->h2.v[i], 500);
    /* Comment headings quoting the post's title (h2-h4: themes set them
     * below the post, often in comment wrappers that count as furniture,
     * so all of them are read). */
    const node_list *sub[3] = {&c->h2, &c->h3, &c->h4};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < sub[k]->n && in.ncomment_quotes < sizeof in.comment_quotes / sizeof *in.comment_quotes;
             i++)
            if (!meta_in_head(sub[k]->v[i]) && (in.comment_quotes[in.ncomment_quotes] =
                                                    comment_heading_quote(c, sub[k]->v[i])) != NULL)
                in.ncomment_quotes++;
    if (c->oom)
        return;
    const char *title = c->art->title = title_choose_heading(c->a, &in, &c->title_src, &c->art->title_heading);
    /* No meta or JSON-LD names the site: the other end of <title>. */
    if (!c->art->sitename)
        c->art->sitename = title_site_part(c->a, c->title_tag, title, c->art->url ? c->art->url : c->art->page_url);
    /* The anchor: the first headline element that the title repeats (or
     * that contains it): itemprop=headline, h1, title-classed, h2, h3;
     * else the first h1 outside page furniture. */
    size_t tl = title ? strlen(title) : 0;
    const node_list *lists[5] = {&c->headlines, &c->h1, &c->titled, &c->h2, &c->h3};
    for (size_t k = 0; k < 5 && !c->anchor && tl; k++) {
        for (size_t i = 0; i < lists[k]->n && !c->anchor; i++) {
            dom_node *hn = lists[k]->v[i];
            if (meta_in_head(hn))
                continue;
            const char *h = meta_text_of(c, hn, 400);
            size_t hl = h ? strlen(h) : 0;
            if (!hl)
                continue;
            if (meta_ieq(h, title) || (hl >= 10 && meta_istr(title, tl, h)) || (tl >= 10 && meta_istr(h, hl, title)))
                c->anchor = hn;
        }
    }
    /* Again with punctuation and spacing ignored: og:title and the h1 often
     * differ only in typographic quotes, apostrophes or NBSPs, and without
     * the anchor the date and byline next to the headline are not found. */
    const char *tk = tl && !c->anchor ? meta_fold_key(c->a, title) : NULL;
    size_t tkl = tk ? strlen(tk) : 0;
    for (size_t k = 0; k < 5 && !c->anchor && tkl >= 10; k++) {
        for (size_t i = 0; i < lists[k]->n && !c->anchor; i++) {
            dom_node *hn = lists[k]->v[i];
            const char *h = meta_in_head(hn) ? NULL : meta_text_of(c, hn, 400);
            const char *hk = h ? meta_fold_key(c->a, h) : NULL;
            size_t hkl = hk ? strlen(hk) : 0;
            if (hkl >= 10 && (strstr(tk, hk) || strstr(hk, tk)))
                c->anchor = hn;
        }
    }
    for (size_t i = 0; i < c->h1.n && !c->anchor; i++)
        if (!meta_in_furniture(c, c->h1.v[i]))
            c->anchor = c->h1.v[i];
}

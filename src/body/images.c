/* images.c: the body's content images (the record's "images"): every
 * picture inside the article's subtrees, in document order, with its
 * address as written, its alt text, its caption and its credit. The
 * facade makes the addresses absolute afterwards (render_resolve_images).
 *
 * Which images: those the body keeps, plus those inside boxes cleaning
 * took out of the text only as a picture's box or caption (DOM_F_MEDIA:
 * a figure with its figcaption leaves the text, its picture stays an
 * image of the article). Images inside furniture the body removed (ads,
 * teaser cards, author boxes, share bars, comments) and outside the
 * article are not the story's. Among the rest, icons, logos, avatars,
 * emoji, tracking pixels and placeholders are recognised by their words
 * (class, id, file name) and by their declared size.
 *
 * Which address: a lazy-loading attribute (data-src & co) first, since a
 * page that has one shows its placeholder in src until a script swaps
 * it; then src; then the widest candidate of srcset (or of the first
 * <source> of a <picture>), the picture a large screen would load.
 *
 * Caption and credit: a figure's figcaption; else the caption line next
 * to the image (a sibling whose class says caption or credit, a short
 * line in italics, or the little text of the box that holds only this
 * picture). A credit is an element in it whose class says credit or
 * copyright, or whose text starts like one ("Photo:", "©"): it is taken
 * out of the caption. Linear: one walk of the body, bounded work per
 * image (IMG_BOX_LEVELS levels up; caption boxes of at most CAPTION_MAX
 * bytes of text and nodes, read only for figures of at most
 * FIGURE_IMAGES_MAX pictures or boxes of one). */
#include "body_int.h"
#include "core/chars.h"
#include "meta/text.h"
#include "words/words.h"

#define IMG_BOX_LEVELS 4     /* levels up from an image to its figure or wrapper (figure > a > picture > img) */
#define CAPTION_MAX 400      /* a caption is a line or two; more is article text */
#define CREDIT_MAX 80        /* a credit is a name and an agency; a longer "credit" line is a caption */
#define ICON_MAX 100         /* declared width and height both under this: an icon, avatar or badge */
#define PIXEL_MAX 2          /* a declared side this small: a tracking pixel or spacer */
#define FIGURE_IMAGES_MAX 4  /* a figure with more pictures is a gallery: its caption is no one picture's */
#define CREDIT_NODES_MAX 16  /* a credit is a span or two: larger elements are not read as one */

/* A declared size attribute as a number, -1 when absent or not a number
 * ("100%", "auto"). */
static long declared_size(const dom_node *img, const char *attr)
{
    const char *v = dom_attr_get(img, attr);
    if (!v)
        return -1;
    while (*v == ' ')
        v++;
    long x = 0;
    int digits = 0;
    for (; *v >= '0' && *v <= '9' && x < 100000; v++, digits++)
        x = x * 10 + (*v - '0');
    if (!digits || *v == '%')
        return -1;
    return x;
}

/* 1 for an image that is no picture of the story: an icon, logo, avatar,
 * emoji, badge, placeholder or tracking pixel by its words or its size. */
static int not_a_picture(const dom_node *img, const char *src)
{
    const words_table *skip = &words_class_image_skip_words;
    if (words_in_value(skip, dom_attr_get(img, "class"), 0) || words_in_value(skip, dom_attr_get(img, "id"), 0))
        return 1;
    /* the file name and path, not the query ("?w=1200&ad=..." says nothing) */
    char path[512];
    size_t n = 0;
    while (src[n] && src[n] != '?' && src[n] != '#' && n + 1 < sizeof path) {
        path[n] = src[n];
        n++;
    }
    path[n] = '\0';
    const char *host_end = strstr(path, "://");
    if (words_in_value(skip, host_end ? host_end + 3 : path, 0))
        return 1;
    long w = declared_size(img, "width"), h = declared_size(img, "height");
    if ((w >= 0 && w <= PIXEL_MAX) || (h >= 0 && h <= PIXEL_MAX))
        return 1;
    return w >= 0 && h >= 0 && w < ICON_MAX && h < ICON_MAX;
}

/* The widest candidate of a srcset ("a.jpg 300w, b.jpg 1024w": b.jpg;
 * "x" descriptors compare by density; a candidate without one is 1x), as
 * an arena copy; NULL when there is none. Candidates are split as the
 * HTML standard's srcset parser does: a URL is a run of non-space bytes
 * (trailing commas end it), its descriptors run to the next comma. */
static const char *widest_candidate(arena *a, const char *set)
{
    const char *best = NULL;
    size_t best_len = 0;
    double best_val = -1;
    const char *p = set;
    while (*p) {
        while (*p == ',' || chars_is_space((unsigned char)*p))
            p++;
        if (!*p)
            break;
        const char *u = p;
        while (*p && !chars_is_space((unsigned char)*p))
            p++;
        size_t ulen = (size_t)(p - u);
        int ended = 0;
        while (ulen && u[ulen - 1] == ',') {
            ulen--;
            ended = 1;
        }
        double val = 1; /* 1x */
        int is_w = 0;
        if (!ended) {
            while (chars_is_space((unsigned char)*p))
                p++;
            const char *d = p;
            while (*p && *p != ',')
                p++;
            /* the first descriptor: "1024w" or "1.5x" (read here, not
             * with strtod, whose decimal point follows the locale) */
            double v = 0, scale = 0;
            const char *e = d;
            for (; (*e >= '0' && *e <= '9') || (*e == '.' && scale == 0); e++) {
                if (*e == '.')
                    scale = 1;
                else if (scale > 0)
                    v += (*e - '0') * (scale /= 10);
                else if (v < 1e7)
                    v = v * 10 + (*e - '0');
            }
            if (e != d && (*e == 'w' || *e == 'x') && v > 0) {
                val = v;
                is_w = *e == 'w';
            }
        }
        /* width descriptors outrank densities (a set mixes them only by mistake) */
        double rank = is_w ? 1e6 + val : val;
        if (ulen && strncmp(u, "data:", 5) != 0 && rank > best_val) {
            best = u;
            best_len = ulen;
            best_val = rank;
        }
    }
    return best ? arena_strndup(a, best, best_len) : NULL;
}

/* An attribute's value when it is a usable address (not empty, not an
 * inline data: placeholder), else NULL. */
static const char *usable(const dom_node *n, const char *attr)
{
    const char *v = dom_attr_get(n, attr);
    while (v && chars_is_space((unsigned char)*v))
        v++;
    return v && *v && strncmp(v, "data:", 5) != 0 ? v : NULL;
}

/* The image's address as written (see the file comment for the order). */
static const char *pick_src(arena *a, const dom_node *img)
{
    static const char *const lazy[] = {"data-src", "data-lazy-src", "data-original", "data-url",
                                       "data-hi-res-src", "data-full-src"};
    static const char *const lazy_sets[] = {"data-srcset", "data-lazy-srcset", "srcset"};
    const char *v;
    for (size_t i = 0; i < sizeof lazy / sizeof *lazy; i++)
        if ((v = usable(img, lazy[i])) != NULL)
            return v;
    if ((v = usable(img, "src")) != NULL)
        return v;
    for (size_t i = 0; i < sizeof lazy_sets / sizeof *lazy_sets; i++)
        if ((v = dom_attr_get(img, lazy_sets[i])) != NULL && (v = widest_candidate(a, v)) != NULL)
            return v;
    /* <picture><source srcset=...>...<img></picture> */
    const dom_node *pic = img->parent;
    if (!pic || pic->type != DOM_ELEMENT || pic->tag != TAG_PICTURE)
        return NULL;
    for (const dom_node *s = pic->first_child; s; s = s->next) {
        if (s->type != DOM_ELEMENT || s->tag != TAG_SOURCE)
            continue;
        for (size_t i = 0; i < sizeof lazy_sets / sizeof *lazy_sets; i++)
            if ((v = dom_attr_get(s, lazy_sets[i])) != NULL && (v = widest_candidate(a, v)) != NULL)
                return v;
    }
    return NULL;
}

/* 1 when the lower-cased start of n's text reads like a credit. */
static int reads_like_credit(const dom_node *n)
{
    /* text_prefix_lower skips removed subtrees, and captions are removed
     * from the text: the first words are read here */
    char t[64];
    char *s = t;
    size_t len = 0;
    for (const dom_node *d = n; d && len + 1 < sizeof t; d = dom_next(n, d)) {
        if (d->type != DOM_TEXT)
            continue;
        for (uint32_t i = 0; i < d->text_len && len + 1 < sizeof t; i++) {
            unsigned char ch = (unsigned char)d->text[i];
            if (chars_is_space(ch)) {
                if (len && t[len - 1] != ' ')
                    t[len++] = ' ';
                continue;
            }
            t[len++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
    }
    t[len] = '\0';
    while (*s == ' ' || *s == '(' || *s == '[')
        s++;
    return body_starts_credit(s) || strncmp(s, "\xc2\xa9", 2) == 0 || strncmp(s, "(c) ", 4) == 0;
}

/* The credit inside box (the image itself excepted): the first element
 * whose class or id says credit, or a short one whose text starts like a
 * credit. At most CAPTION_MAX nodes are looked at. */
static const dom_node *find_credit(const ctx *c, const dom_node *box)
{
    int seen = 0;
    for (const dom_node *d = box; d && seen < CAPTION_MAX; d = dom_next(box, d), seen++) {
        if (d->type != DOM_ELEMENT || d->tag == TAG_IMG || body_is_amp_img(d) || !c->text_page[d->id])
            continue;
        if (words_in_value(&words_class_credit_prefixes, dom_attr_get(d, "class"), 1) ||
            words_in_value(&words_class_credit_prefixes, dom_attr_get(d, "id"), 1) ||
            (dom_attr_get(d, "itemprop") && strcmp(dom_attr_get(d, "itemprop"), "copyrightHolder") == 0))
            return d;
        if (c->text_page[d->id] <= CAPTION_MAX && c->tot[d->id].size <= CREDIT_NODES_MAX && reads_like_credit(d))
            return d;
    }
    return NULL;
}

/* The text of n, collapsed; NULL when empty or on allocation failure. */
static const char *node_text(arena *a, const dom_node *n, size_t max)
{
    const char *t = meta_node_text(a, n, max, 0);
    return t && *t ? t : NULL;
}

/* The caption's text without the credit's ("Mayor Jane Doe at the
 * opening. Photo: John Roe" -> "Mayor Jane Doe at the opening."), and the
 * separators left between them. */
static const char *caption_without(arena *a, const char *caption, const char *credit)
{
    const char *at = credit ? strstr(caption, credit) : NULL;
    if (!at)
        return caption;
    size_t pre = (size_t)(at - caption), clen = strlen(credit);
    char *out = arena_alloc(a, strlen(caption) + 2);
    if (!out)
        return NULL;
    memcpy(out, caption, pre);
    size_t n = pre;
    if (n && at[clen])
        out[n++] = ' ';
    strcpy(out + n, at + clen);
    /* trim spaces and the separators sites put between caption and credit */
    char *s = out;
    while (*s && strchr(" |/-()", *s))
        s++;
    size_t len = strlen(s);
    while (len && strchr(" |/-(", s[len - 1]))
        len--;
    s[len] = '\0';
    return *s ? s : NULL;
}

/* Splits a trailing parenthesised credit off a caption ("Holm and
 * Strand in 2011. (Kari Vik/AFP/Getty Images)"): a last "(...)" of at
 * most CREDIT_MAX bytes that starts like a credit or names an agency
 * after a slash. Returns the credit (an arena copy) and cuts *caption
 * (NULL when nothing is left), or NULL and leaves it. */
static const char *split_paren_credit(arena *a, const char **caption)
{
    const char *t = *caption;
    size_t len = strlen(t);
    if (len < 3 || t[len - 1] != ')')
        return NULL;
    const char *open = NULL;
    for (size_t i = len - 1; i-- > 0 && len - i <= CREDIT_MAX + 2;)
        if (t[i] == '(') {
            open = t + i;
            break;
        }
    if (!open)
        return NULL;
    size_t clen = (size_t)(t + len - 1 - (open + 1));
    char low[CREDIT_MAX + 1];
    for (size_t i = 0; i < clen; i++)
        low[i] = (char)(open[1 + i] >= 'A' && open[1 + i] <= 'Z' ? open[1 + i] + 32 : open[1 + i]);
    low[clen] = '\0';
    if (!clen || !(body_starts_credit(low) || memchr(low, '/', clen)))
        return NULL;
    const char *credit = arena_strndup(a, open + 1, clen);
    size_t keep = (size_t)(open - t);
    while (keep && t[keep - 1] == ' ')
        keep--;
    *caption = keep ? arena_strndup(a, t, keep) : NULL;
    return credit;
}

/* 1 when n is a short line set apart as a caption: its visible text is
 * all inside one <em>, <i>, <small> or <cite> ("<p><em>The harbour in
 * 1910.</em></p>"). */
static int emphasised_line(const ctx *c, const dom_node *n)
{
    const dom_node *only = NULL;
    for (const dom_node *k = n->first_child; k; k = k->next) {
        if (k->type == DOM_TEXT && c->tlen[k->id] > 1)
            return 0;
        if (k->type == DOM_ELEMENT && c->text_page[k->id]) {
            if (only)
                return 0;
            only = k;
        }
    }
    return only && (only->tag == TAG_EM || only->tag == TAG_I || only->tag == TAG_SMALL || only->tag == TAG_CITE);
}

/* The element that holds the image's caption, or NULL: the figure's
 * figcaption, else the caption line next to the image's wrapper. *box is
 * where a credit may be (the figure, or the caption line itself). */
static const dom_node *find_caption(const ctx *c, const dom_node *img, const dom_node *root, const dom_node **box)
{
    /* the figure, and the wrapper: the highest ancestor holding only this
     * picture and no text */
    const dom_node *w = img;
    for (int up = 0; up < IMG_BOX_LEVELS && w != root && w->parent; up++) {
        const dom_node *p = w->parent;
        if (p->type != DOM_ELEMENT)
            break;
        if (p->tag == TAG_FIGURE) {
            if (c->img_page[p->id] > FIGURE_IMAGES_MAX)
                return NULL;
            *box = p;
            int seen = 0;
            for (const dom_node *d = p; d && seen < CAPTION_MAX; d = dom_next(p, d), seen++)
                if (d->type == DOM_ELEMENT && d->tag == TAG_FIGCAPTION)
                    return c->text_page[d->id] <= CAPTION_MAX && c->tot[d->id].size <= CAPTION_MAX ? d : NULL;
            return NULL; /* a figure without a caption has none */
        }
        if (p == root || c->img_page[p->id] > 1 || c->text_page[p->id] > 0)
            break;
        w = p;
    }
    /* the next element after the wrapper, when it reads as a caption */
    const dom_node *s = w->next;
    while (s && s->type != DOM_ELEMENT && !(s->type == DOM_TEXT && c->tlen[s->id] > 1))
        s = s->next;
    const dom_node *p = w->parent;
    if (s && s->type == DOM_TEXT && p && p != root && p->type == DOM_ELEMENT && body_is_loose_container(p) &&
        c->img_page[p->id] == 1 && c->text_page[p->id] <= CAPTION_MAX && c->tot[p->id].size <= CAPTION_MAX) {
        *box = p; /* <div><img> The harbour in 1910.</div>: the box's text */
        return p;
    }
    if (!s || s->type != DOM_ELEMENT || c->img_page[s->id] || !c->text_page[s->id] ||
        c->text_page[s->id] > CAPTION_MAX || c->tot[s->id].size > CAPTION_MAX)
        return NULL;
    if ((c->cls[s->id] & CL_CAPTION) || words_in_value(&words_class_credit_prefixes, dom_attr_get(s, "class"), 1) ||
        emphasised_line(c, s) ||
        (p && p != root && body_is_loose_container(p) && c->img_page[p->id] == 1 &&
         c->text_page[p->id] == c->text_page[s->id])) {
        *box = s;
        return s;
    }
    return NULL;
}

/* Appends one image record for img (src picked, caption and credit read). */
static int add_image(ctx *c, const dom_node *img, const dom_node *root, size_t *cap)
{
    arena *a = &c->doc->mem;
    lede_article *art = c->art;
    const char *src = pick_src(a, img);
    if (!src || not_a_picture(img, src))
        return 0;
    if (art->nimages == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        article_image *l = arena_alloc(a, ncap * sizeof *l);
        if (!l)
            return -1;
        if (art->nimages)
            memcpy(l, art->images, art->nimages * sizeof *l);
        art->images = l;
        *cap = ncap;
    }
    article_image *im = &art->images[art->nimages++];
    memset(im, 0, sizeof *im);
    im->src = src;
    const char *alt = dom_attr_get(img, "alt");
    im->alt = alt ? meta_collapse(a, alt, strlen(alt)) : NULL;
    if (im->alt && !*im->alt)
        im->alt = NULL;
    const dom_node *box = NULL;
    const dom_node *cap_el = find_caption(c, img, root, &box);
    const dom_node *credit = box ? find_credit(c, box) : NULL;
    const char *credit_text = credit ? node_text(a, credit, CAPTION_MAX * 2) : NULL;
    if (credit_text && strlen(credit_text) > CREDIT_MAX) {
        /* a caption under a credit's class or opening ("Abbildung: ...",
         * class="photo-credit" around the whole caption): a caption,
         * perhaps with its credit in brackets at the end */
        if (!cap_el || cap_el == credit) {
            cap_el = credit;
            credit = NULL;
        }
        credit_text = NULL;
    }
    im->credit = credit_text;
    if (cap_el && cap_el != credit) {
        const char *t = node_text(a, cap_el, CAPTION_MAX * 2);
        im->caption = t ? caption_without(a, t, im->credit) : NULL;
        if (im->caption && !im->credit)
            im->credit = split_paren_credit(a, &im->caption);
    }
    return 0;
}

/* 1 when the walk may enter n: part of the article, or taken out of the
 * text only as a picture's box or caption. */
static int walk_into(const dom_node *n)
{
    if (n->type != DOM_ELEMENT)
        return 0;
    if ((n->flags & DOM_F_REMOVED) && !(n->flags & DOM_F_MEDIA))
        return 0;
    return n->ns == NS_HTML && !(tag_flags[n->tag] & TF_JUNK);
}

int body_collect_images(ctx *c)
{
    lede_article *art = c->art;
    size_t cap = 0;
    art->images = NULL;
    art->nimages = 0;
    for (size_t i = 0; i < art->nbody; i++) {
        dom_node *root = art->body[i];
        if (!walk_into(root))
            continue;
        for (dom_node *n = root; n;) {
            if (n != root && n->type == DOM_ELEMENT && !walk_into(n)) {
                n = dom_next_skip(root, n);
                continue;
            }
            if (n->type == DOM_ELEMENT && (n->tag == TAG_IMG || body_is_amp_img(n)) && add_image(c, n, root, &cap) != 0)
                return -1;
            n = dom_next(root, n);
        }
    }
    return 0;
}

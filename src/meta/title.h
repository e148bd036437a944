/* title.h: choosing the headline among the page's title sources
 * (JSON-LD headline, og:title, other title metas, <title>, h1/headline
 * elements) and removing the site-name decoration of <title>. */
#ifndef LEDE_EXTRACT_META_TITLE_H
#define LEDE_EXTRACT_META_TITLE_H

#include <stddef.h>

#include "core/arena.h"

/* Headings of one tier kept for the choice: the first 16; the rest of a
 * page of teaser cards, with dozens, are not read. */
#define TITLE_MAX_HEADINGS 16
/* Words of a site's name at most: a declared title this short may be the
 * site's name on a page that declares none (declared_is_site_part in
 * title.c; title_inputs.c reads the logo's alt text only for such a title). */
#define DECLARED_SITE_MAX_WORDS 4

typedef struct title_input {
    const char *jsonld;     /* headline of the main JSON-LD object */
    const char *dc;         /* dc:title / dcterms:title */
    const char *og, *twitter, *other; /* og:title, twitter:title, meta title / parsely-title & co */
    const char *title_tag;  /* text of <title> */
    const char *sitename;   /* og:site_name / publisher, for suffix removal */
    /* itemprop=headline elements, then h1s, then h2s (texts, may be NULL) */
    const char *headings[TITLE_MAX_HEADINGS];
    size_t nheadings;
    size_t nstrong;         /* how many leading entries are headline elements or h1s */
    /* The headlines a reader sees: itemprop=headline elements and h1s
     * outside <head> and page furniture, in document order (may be NULL). */
    const char *visible[TITLE_MAX_HEADINGS];
    size_t nvisible;
    /* Tried only when none of those is confirmed, in this order: the same
     * elements inside containers whose class names only layout furniture
     * ("nav", "sidebar", "menu": wrappers such as "has-section-nav" or
     * "st-sidebar__container" hold the story's own h1 too; not those in
     * breadcrumbs, teasers, <nav>...), then h2s outside furniture (pages
     * whose h1 is the site or a section label). */
    /* visible_node[i]: the element of visible[i] where it is an h1 (not
     * a headline-marked element), else NULL. banner_lead(banner_ctx,
     * visible_node[i]) gives, for an h1 in the page's banner (a
     * top-level <header>, role=banner, class "site-header" ... with a
     * nav, a logo or a home link and no prose), the h2, h3 or
     * headline-classed element that opens the story below the banner,
     * with no prose between; else NULL (banner_lead_heading in
     * title_inputs.c). Asked for by h1_under_site_title only, once the
     * <title> is known to name the site alone: other pages pay nothing.
     * banner_lead may be NULL (no DOM). */
    const void *visible_node[TITLE_MAX_HEADINGS];
    const char *(*banner_lead)(void *ctx, const void *h1);
    void *banner_ctx;
    const char *visible_furniture[TITLE_MAX_HEADINGS];
    size_t nvisible_furniture;
    const char *visible_h2[TITLE_MAX_HEADINGS];
    size_t nvisible_h2;
    /* Then h3s, h4s and title-classed elements outside furniture (a
     * blog's h3.entry-title under its logo h1, an old page's h4). */
    const char *visible_minor[TITLE_MAX_HEADINGS];
    size_t nvisible_minor;
    /* Then the same inside containers whose class names only layout
     * furniture, as for visible_furniture (a theme's main column
     * "sidebar_content" around the post's h3). */
    const char *visible_minor_layout[TITLE_MAX_HEADINGS];
    size_t nvisible_minor_layout;
    /* Last, h1s and headline elements in breadcrumbs, teasers and other
     * story furniture: confirmed only by a whole title source. */
    const char *stray[TITLE_MAX_HEADINGS];
    size_t nstray;
    /* Elements outside furniture whose class names a title by a word the
     * hint list does not hold ("h-title", "news_title"): the last tier. */
    const char *visible_loose[TITLE_MAX_HEADINGS];
    size_t nvisible_loose;
    /* The title-classed elements among visible_minor and
     * visible_minor_layout (entry-title, headline ...: the hint list),
     * for h1_under_site_title. */
    const char *visible_titled[TITLE_MAX_HEADINGS];
    size_t nvisible_titled;
    /* h3s, h4s and title-classed elements in story furniture (a teaser
     * box, a breadcrumb): no title source confirms one, as such boxes
     * hold section names; only the URL's slug names one (slug_heading),
     * after every tier. */
    const char *stray_minor[TITLE_MAX_HEADINGS];
    size_t nstray_minor;
    /* visible_plain[i]: visible[i] is one run of text (no element inside
     * but links): no kicker, badge or hidden label element. */
    unsigned char visible_plain[TITLE_MAX_HEADINGS];
    /* visible_marked[i]: visible[i] is marked as the story's headline
     * (itemprop=headline, or a class naming a headline or title, not a
     * subtitle: meta_names_headline_class in title_inputs.c). */
    unsigned char visible_marked[TITLE_MAX_HEADINGS];
    /* visible_in_article[i]: visible[i] sits inside an <article> element
     * (the story's own container; a site's tagline sits in its banner or
     * a top div) */
    unsigned char visible_in_article[TITLE_MAX_HEADINGS];
    /* visible_tail[i]: for a visible[i] that opens with a short kicker in
     * an element of its own ("<h1><span>Breaking</span> Headline</h1>")
     * or ends with a short badge in one ("Headline <span>Abonnés</span>"),
     * the text without them, else NULL (heading_tail in title_inputs.c). A
     * title source that repeats only this rest confirms the heading: the
     * kicker or badge is a label beside it. */
    const char *visible_tail[TITLE_MAX_HEADINGS];
    /* visible_tail_plain[i]: with the kicker (and badge) element left
     * out, the rest of visible[i] is text and links only. */
    unsigned char visible_tail_plain[TITLE_MAX_HEADINGS];
    /* visible_kicker[i]: the text of a short element set apart right
     * before visible[i], with no other text between them (a kicker line
     * over the headline: "<h4>Kicker</h4><h1>Headline</h1>", the kicker
     * in a wrapper of its own), else NULL (kicker_before in title_inputs.c;
     * also NULL without og:title, and for a label that names the page's
     * section: a declared category, a nav or breadcrumb link's text).
     * Where og:title joins it to the heading, the joined form is the
     * headline (kicker_joined in title.c). */
    const char *visible_kicker[TITLE_MAX_HEADINGS];
    const char *visible_furniture_tail[TITLE_MAX_HEADINGS]; /* the same for visible_furniture[i] */
    unsigned char visible_furniture_plain[TITLE_MAX_HEADINGS]; /* visible_plain for visible_furniture[i] */
    const char *logo; /* text of the site's logo h1 (a site name), may be NULL */
    /* The alt text of the picture in the page's first home link (the
     * site's logo), read only where no site name is declared and a
     * declared title is short enough to be one; may be NULL. */
    const char *logo_alt;
    /* The post titles that blog comment headings quote ("3 thoughts on
     * “X”", "Eine Antwort auf „X“": comment_heading_quote in title_inputs.c).
     * Each confirms a heading it reads whole, as a declared title does:
     * the theme prints the post's own title there, whatever wording the
     * SEO <title> or og:title chose. */
    const char *comment_quotes[4];
    size_t ncomment_quotes;
    /* The page's URL as given and its canonical URL (may be NULL): the
     * last path segment, a slug written from the headline field, names
     * the visible heading among the first tier (slug_heading). */
    const char *page_url, *canonical_url;
} title_input;

/* Which source a title came from (for tracing and the decision notes). */
enum {
    TITLE_SRC_NONE, TITLE_SRC_JSONLD, TITLE_SRC_DC, TITLE_SRC_OG, TITLE_SRC_OTHER, TITLE_SRC_TWITTER,
    TITLE_SRC_TITLE_TAG, TITLE_SRC_HEADING_PART, TITLE_SRC_SITE_STRIPPED, TITLE_SRC_TITLE_CUT, TITLE_SRC_HEADING,
    TITLE_SRC_VISIBLE /* a visible h1/headline element that <title> or a declared title repeats */
};

/* The chosen title (arena string or one of the inputs), NULL if none.
 * *src (may be NULL) receives a TITLE_SRC_* value. */
const char *title_choose(arena *a, const title_input *in, int *src);
/* The same, and in *heading the visible heading's own text where the
 * title adds to it (a kicker line that og:title joins: kicker_joined),
 * else NULL: the heading the body drops as the title's repeat. */
const char *title_choose_heading(arena *a, const title_input *in, int *src, const char **heading);

/* Title from a JSON-LD object with both name and headline: the one that
 * resembles <title>, else name (Readability's rule). */
const char *title_jsonld(const char *name, const char *headline, const char *title_tag, const char *sitename,
                         const char *publisher);

/* Exposed for tests: <title> with a site name prefix/suffix removed using
 * the separators " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ". */
const char *title_strip_site(arena *a, const char *title, const char *sitename, const char *const *headings,
                             size_t nheadings);

/* The site name a <title> carries beside the headline `title` (which must
 * be its first or last part): the part naming the host of `url` (may be
 * NULL), else the other part of a two-part "Headline | Site" when it looks
 * like a name. NULL otherwise. For pages that declare no site name. */
const char *title_site_part(arena *a, const char *title_tag, const char *title, const char *url);

/* An end part of <title> that names the host of `url` ("Headline |
 * DimidoBlog" on dimido.de), as the site name of a page that declares
 * none; it is known before the headline is chosen, so declared titles
 * can lose it too. NULL when neither end names the host. */
const char *title_host_part(arena *a, const char *title_tag, const char *url);
/* The host-named part of <title> where the declared site name names
 * neither the host nor a part of <title>; NULL otherwise. */
const char *title_host_site_over_declared(arena *a, const char *title_tag, const char *sitename, const char *url);

/* 1 when heading is the first part of the <title> "Site.com - Headline",
 * a bare domain, the next part having more words: the site's name set as
 * a plain h1, a logo without a logo's markup. */
int title_first_part_is_site(const char *title_tag, const char *heading);
/* The same test without the heading: 1 when <title>'s first part is a
 * bare domain before a part of more words. Only then can
 * title_first_part_is_site hold, so a caller reads a heading's text for
 * it only then. */
int title_opens_with_domain(const char *title_tag);
/* 1 when heading is only the site's name (the declared one, or a label
 * of url's host letter for letter; at most four words), <title>
 * (in->title_tag) holds it as a part beside a part of more words, and no
 * declared title (in->og, in->twitter, in->jsonld) is the heading: a
 * logo set as a plain h1, which confirms no part of <title>. */
int title_part_is_site_h1(const title_input *in, const char *declared_site, const char *url, const char *heading);

#endif

/* article.h: the internal shape of a lede_article, shared by the extractor
 * (which fills it) and the renderers (which read it). All strings and the
 * body list live in doc's arena. */
#ifndef LEDE_ARTICLE_H
#define LEDE_ARTICLE_H

#include <stddef.h>

#include "dom/dom.h"
#include "quotes/quotes.h"
#include "lede.h"

/* The switches of LEDE_SWITCHES (lede.h) as bit numbers. lede_options and
 * the article keep a mask of the switches turned away from their default
 * (bit LEDE_SWITCH_<ID> set: flipped), so that a zeroed options or
 * article (calloc) has every default. The article keeps its options' mask,
 * since the renderers read some switches (links, images...) after
 * extraction. */
enum {
#define LEDE_SWITCH_ENUM_(id, name, def, doc) LEDE_SWITCH_##id,
    LEDE_SWITCHES(LEDE_SWITCH_ENUM_)
#undef LEDE_SWITCH_ENUM_
    LEDE_SWITCH_COUNT
};
_Static_assert(LEDE_SWITCH_COUNT <= 32, "switches are bits of an unsigned");

/* Bit LEDE_SWITCH_<ID> set for every switch that is on by default. */
#define LEDE_SWITCH_DEFAULT_BIT_(id, name, def, doc) | ((def) ? 1u << LEDE_SWITCH_##id : 0u)
#define LEDE_SWITCH_DEFAULTS (0u LEDE_SWITCHES(LEDE_SWITCH_DEFAULT_BIT_))

/* Byline candidates the body stage hands over: the dropped byline plus
 * at most 30 short lines after the headline (body.c). */
#define BYLINE_LINES_MAX 31

typedef struct str_list {
    const char **items;
    size_t count, cap;
} str_list;

/* One content image of the body (the record's "images"): arena strings;
 * src absolute once the facade resolved it, the others NULL when absent. */
typedef struct article_image {
    const char *src, *alt, *caption, *credit;
} article_image;

/* One reader comment (the record's "comments"): arena strings; text is
 * never NULL, author and date are NULL when the page does not say. */
typedef struct article_comment {
    const char *author, *date, *text;
} article_comment;

struct lede_article {
    dom_document *doc;
    char *decoded;          /* malloc'd UTF-8 copy of the input when it was converted; else NULL */
    const char *page_url;   /* the URL given by the caller (arena copy), may be NULL */
    size_t input_len;       /* bytes given to lede_extract: sizes the renderers' output budget */

    /* metadata (arena strings, NULL when absent). Each field of the public
     * LEDE_FIELDS table is the member of the same name, read by the getters
     * in lede.c (url is the canonical URL; its getter falls back on
     * page_url). */
    const char *title, *date, *date_modified, *sitename, *language,
        *description, *image, *url, *page_type, *charset;
    str_list authors, categories, tags;
    /* the visible heading's own text where the title joins more to it (a
     * kicker line over the headline that og:title joins), else NULL: the
     * body stage drops that heading, not the title, as the headline's
     * repeat (src/meta/title.c, kicker_joined) */
    const char *title_heading;
    /* where the text came from: "dom" (the page's markup) or "jsonld" (the
     * JSON-LD articleBody, src/body/jsonld_body.c); NULL when there is no text */
    const char *text_source;
    /* the page declares its content not free (paywall.c, meta_pick_paywall) */
    int paywalled;
    /* absolute URL of the article's next page, or NULL (src/body/pages.c) */
    const char *next_page;

    /* handed from the metadata stage to the body stage: the main JSON-LD
     * object's articleBody (raw: markup, entities and line breaks kept),
     * whether the part the page declares paywalled is in the page but
     * hidden (then the JSON-LD body is text the page hides from readers),
     * the <link rel=next> URL (absolute) and the base for the page's links */
    const char *jsonld_body;
    int paywall_hidden;
    const char *link_next;
    const char *link_base;

    /* body: the subtrees that form the article, in document order. Nodes
     * flagged DOM_F_REMOVED inside them are not part of it. */
    dom_node **body;
    size_t nbody;
    int truncated;
    /* LEDE_OK, or LEDE_ERR_NO_CONTENT when the body has no text: the JSON
     * record then carries the error with the metadata found */
    lede_status status;
    /* the body as plain text, kept for the text getter once rendered
     * (src/render/text_cache.c; freed with the article) */
    struct render_text_cache *text_cache;

    /* visible lines that may name the author, handed from the body stage
     * (which finds and drops them) to the metadata stage (which turns the
     * first that reads as a byline into names, extract_byline_authors):
     * the byline line dropped from the body, then the short lines after
     * the headline that start like a byline or a dateline, in order. */
    const dom_node *byline_lines[BYLINE_LINES_MAX];
    size_t nbyline_lines;
    /* the metadata stage found only the site's name as an author and
     * returned none, as the name reads as a brand (author_pick.c): the
     * site signs the page, for the body's closing-box test */
    int site_signs;
    /* the metadata stage returned the site's own name, as nothing else
     * named a person (a blog named after its writer): an agency the text
     * credits still wins over it (extract_byline_authors) */
    int site_fallback;
    /* the metadata stage found that the page names no author and that
     * its other names are no writers' either (a forum thread's member
     * logins, author_pick.c forum_login): the body's byline lines are
     * not read */
    int authors_closed;

    /* documents parsed from <noscript> text and grafted into doc (their
     * nodes live in their own arenas); freed with the article */
    dom_document **grafts;
    size_t ngrafts;

    /* the next pages joined onto this one (lede_article_join), in order;
     * their bodies are in body and their trees live until this is freed */
    struct lede_article **joined;
    size_t njoined;

    /* quotes with their speakers, over the body text (arena); quotes_on
     * when they were looked for (the quotes option, on by default) */
    quote_list quotes;
    int quotes_on;

    /* the switches its options turned away from their defaults (bit
     * LEDE_SWITCH_<ID> set: flipped); read with article_switch */
    unsigned switches_flipped;

    /* the body's content images, in document order (arena; body/images.c
     * picks them, the facade makes src absolute) */
    article_image *images;
    size_t nimages;

    /* reader comments, in document order (arena; body/comments.c), when
     * the comments switch is on */
    article_comment *comments;
    size_t ncomments;
    /* the favor option: which errors body extraction leans against at the
     * edges of the article (src/body, docs/options.md) */
    lede_favor favor;
    /* what the JSON record's "text" holds: LEDE_FORMAT_TEXT, _MARKDOWN or _HTML */
    lede_format text_format;
    /* for each format f, bit 2f: rendered once, bit 2f+1: that rendering
     * stopped at the output budget (render_body, atomic): the truncated
     * getter reads it instead of rendering again */
    unsigned render_memo;
};

/* 1 when switch sw (LEDE_SWITCH_<ID>) was on for this article. */
static inline int article_switch(const struct lede_article *art, int sw)
{
    return ((art->switches_flipped ^ LEDE_SWITCH_DEFAULTS) >> sw) & 1u;
}

/* Appends s (an arena string) to the list; 0 on allocation failure. */
int str_list_push(arena *a, str_list *l, const char *s);

#endif

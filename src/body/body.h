/* body.h: the body stage: finds the article's main content in the parsed
 * document and marks the page furniture inside it. */
#ifndef LEDE_BODY_H
#define LEDE_BODY_H

#include "article.h"

/* Grafts the parsed content of <noscript> elements that hold the page's
 * prose (see noscript.c). Returns 0, or -1 on allocation failure. */
int extract_noscript(lede_article *art);

/* Finds the main content, marks page furniture inside it DOM_F_REMOVED,
 * and sets art->body. Returns 0, or -1 on allocation failure. */
int extract_body(lede_article *art);

/* Replaces the body with the page's JSON-LD articleBody when the chosen
 * body is empty or under a third of it, and sets art->text_source
 * (jsonld_body.c). Runs after extract_body. 0, or -1 on allocation failure. */
int extract_jsonld_body(lede_article *art);

/* Sets art->next_page: the article's next page, from <link rel=next> or a
 * pager in or just after the body (pages.c). Runs after extract_body. 0, or
 * -1 on allocation failure. */
int extract_next_page(lede_article *art);

/* 1 when the absolute URL cand is the page after the absolute URL cur:
 * same origin, differing only in a page number one higher (pages.c). */
int pages_is_next(const char *cur, const char *cand);

/* Reads the page's reader comments into art->comments (comments.c): every
 * comment section, each comment's author, date and text, in document
 * order. Returns 0, or -1 on allocation failure. */
int extract_comments(lede_article *art);

#endif

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

#endif

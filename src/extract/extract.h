/* extract.h: the extraction stages run over a parsed document. */
#ifndef LEDE_EXTRACT_H
#define LEDE_EXTRACT_H

#include "article.h"

/* Fills title, authors, dates, sitename, language, description, image,
 * url, page_type, categories, tags from JSON-LD, OpenGraph, meta tags,
 * microdata and the visible page. Reads the tree, never changes it.
 * Returns 0, or -1 on allocation failure. */
int extract_metadata(lede_article *art);

/* Grafts the parsed content of <noscript> elements that hold the page's
 * prose (see noscript.c). Returns 0, or -1 on allocation failure. */
int extract_noscript(lede_article *art);

/* Finds the main content, marks page furniture inside it DOM_F_REMOVED,
 * and sets art->body. Returns 0, or -1 on allocation failure. */
int extract_body(lede_article *art);

/* Checks the declared language against the body's text (CLD2) and sets
 * art->language from the text when the page declares none or declares one
 * the text clearly is not. Runs after extract_body. 0, or -1 on allocation
 * failure. */
int extract_language(lede_article *art);

/* Unit-test hook: 1 when body.c's phrase lists are sorted (see body.c). */
int extract_body_lists_sorted(void);

#endif

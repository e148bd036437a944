/* meta.h: the metadata stage, run over a parsed document: fields from
 * JSON-LD, OpenGraph, meta tags, microdata and the visible page, and the
 * language check that runs after the body stage. */
#ifndef LEDE_META_H
#define LEDE_META_H

#include "article.h"

/* Fills title, authors, dates, sitename, language, description, image,
 * url, page_type, categories, tags from JSON-LD, OpenGraph, meta tags,
 * microdata and the visible page. Reads the tree, never changes it.
 * Returns 0, or -1 on allocation failure. */
int extract_metadata(lede_article *art);

/* Pages that name their author only in a visible line ("By Ruth Adeyemi
 * and Sam Cole", "Nellie Chapman | March 15, 2019"): when no metadata
 * gave an author, the names of the first of art->byline_lines (handed
 * over by the body stage) that reads as a byline. Runs after
 * extract_body. 0, or -1 on allocation failure. */
int extract_byline_authors(lede_article *art);

/* Checks the declared language against the body's text (CLD2) and sets
 * art->language from the text when the page declares none or declares one
 * the text clearly is not. Runs after extract_body. 0, or -1 on allocation
 * failure. */
int extract_language(lede_article *art);

#endif

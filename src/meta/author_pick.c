/* author_pick.c: choosing the article's authors. The visible bylines
 * come last: after the body stage, from the lines it handed over
 * (art->byline_lines), for pages that name their author nowhere else. */
#include <stdint.h>

#include "author.h"
#include "meta.h"

/* Reads authors from a byline line: its text, lines split at block
 * boundaries, handed to the byline cleaner (author.c). */
static int byline_authors(lede_article *art, const dom_node *line)
{
    char text[256];
    size_t len = 0;
    int space = 0;
    for (const dom_node *d = line; d && len + 2 < sizeof text; d = dom_next(line, d)) {
        if (d->type == DOM_ELEMENT && d != line && (tag_flags[d->tag] & TF_BLOCK || d->tag == TAG_BR) && len)
            text[len++] = '\n', space = 0;
        if (d->type != DOM_TEXT)
            continue;
        for (uint32_t i = 0; i < d->text_len && len + 2 < sizeof text; i++) {
            char ch = d->text[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                space = len > 0;
                continue;
            }
            if (space && text[len - 1] != '\n')
                text[len++] = ' ';
            space = 0;
            text[len++] = ch;
        }
    }
    text[len] = '\0';
    return author_add_byline(&art->doc->mem, &art->authors, text) < 0 ? -1 : 0;
}


int extract_byline_authors(lede_article *art)
{
    for (size_t i = 0; i < art->nbyline_lines && art->authors.count == 0; i++)
        if (byline_authors(art, art->byline_lines[i]) < 0)
            return -1;
    return 0;
}

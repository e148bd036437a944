/* article.c: the string lists of the article model (article.h), which
 * every stage appends to. */
#include "article.h"

#include <string.h>

int str_list_push(arena *a, str_list *l, const char *s)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 4;
        const char **items = arena_alloc(a, cap * sizeof *items);
        if (!items)
            return 0;
        if (l->count)
            memcpy(items, l->items, l->count * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = s;
    return 1;
}

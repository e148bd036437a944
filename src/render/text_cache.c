/* text_cache.c: the article's body text, rendered once and kept with the
 * article for the text getter (lede_article_field(art, LEDE_FIELD_TEXT)).
 * The article is const for its readers, and several threads may ask at
 * once: each renders, the first to publish its copy with a compare-and-swap
 * wins, the others free theirs, so every caller sees the same pointer. */
#include <stdlib.h>
#include <string.h>

#include "render.h"

struct render_text_cache {
    size_t len;
    int cut;     /* the render stopped at the output budget */
    char text[]; /* NUL-terminated */
};

static const char *cache_out(const struct render_text_cache *c, size_t *len, int *cut)
{
    if (len)
        *len = c->len;
    if (cut)
        *cut = c->cut;
    return c->text;
}

const char *render_text_peek(const lede_article *art, size_t *len, int *cut)
{
    struct render_text_cache *c = __atomic_load_n(&art->text_cache, __ATOMIC_ACQUIRE);
    return c ? cache_out(c, len, cut) : NULL;
}

const char *render_text_cached(const lede_article *art, size_t *len, int *cut)
{
    const char *t = render_text_peek(art, len, cut);
    if (t)
        return t;
    buf b = BUF_INIT;
    int was_cut = render_text(art, &b);
    struct render_text_cache *c = b.oom ? NULL : malloc(sizeof *c + b.len + 1);
    if (!c) {
        buf_free(&b);
        return NULL;
    }
    c->len = b.len;
    c->cut = was_cut;
    if (b.len)
        memcpy(c->text, b.data, b.len);
    c->text[b.len] = '\0';
    buf_free(&b);
    struct render_text_cache *expected = NULL;
    lede_article *w = (lede_article *)art; /* the cache is not part of the article's value */
    if (!__atomic_compare_exchange_n(&w->text_cache, &expected, c, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        free(c);
        c = expected;
    }
    return cache_out(c, len, cut);
}

void render_text_cache_free(lede_article *art)
{
    free(art->text_cache);
    art->text_cache = NULL;
}

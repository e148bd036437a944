/* test_classify.c: the class/id keyword matcher. The index by first two
 * bytes must reach every keyword of the table, and the match modes (whole
 * token, token start, whole class name, substring) must hold. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body/classify.h"
#include "harness.h"
#include "html/parse.h"

static uint32_t hints(const char *v)
{
    classify_index ix;
    classify_index_init(&ix);
    return classify_value(&ix, v, strlen(v));
}

TEST(classify_every_keyword_matches_itself)
{
    classify_index ix;
    classify_index_init(&ix);
    for (size_t k = 0; k < classify_keyword_count(); k++) {
        const char *w = classify_keyword(k);
        CHECK(classify_value(&ix, w, strlen(w)) != 0);
    }
}

/* The value is read in place and folded as it is read: every keyword in
 * upper case, alone (its last bytes are the value's) or inside other
 * words, classifies as its lower-case spelling does. */
TEST(classify_any_case_in_place)
{
    classify_index ix;
    classify_index_init(&ix);
    for (size_t k = 0; k < classify_keyword_count(); k++) {
        const char *w = classify_keyword(k);
        char up[80], low[80];
        size_t n = strlen(w);
        if (n + 8 > sizeof up)
            continue;
        for (size_t i = 0; i <= n; i++)
            up[i] = (char)(w[i] >= 'a' && w[i] <= 'z' ? w[i] - 32 : w[i]);
        CHECK(classify_value(&ix, up, n) == classify_value(&ix, w, n));
        snprintf(low, sizeof low, "x %s-Q", w);
        char mixed[96];
        snprintf(mixed, sizeof mixed, "X %.*s-q", (int)n, up);
        CHECK(classify_value(&ix, mixed, strlen(mixed)) == classify_value(&ix, low, strlen(low)));
    }
}

TEST(classify_modes)
{
    CHECK(hints("Site-Header") & CL_UNLIKELY);           /* substring, any case */
    CHECK(hints("top-ad") & CL_AD);                       /* whole token */
    CHECK(!(hints("download header") & CL_AD));           /* "ad" inside words */
    CHECK(hints("navbar") & CL_NAV);                      /* token start */
    CHECK(!(hints("canvas") & CL_NAV));
    CHECK(hints("x hidden") & CL_HIDDEN);                 /* whole class name */
    CHECK(!(hints("tw-overflow-hidden") & CL_HIDDEN));
    CHECK(!(hints("commentary") & CL_COMMENT));           /* an opinion piece */
    CHECK(hints("comments") & CL_COMMENT);
    CHECK(hints("post-content") & CL_BODY);
    CHECK(hints("topics robots-nocontent") & CL_UNLIKELY);   /* marked out of the content */
    CHECK(!(hints("topics robots-nocontent") & (CL_MAYBE | CL_POSITIVE)));
    CHECK(!(hints("noContentEn") & CL_UNLIKELY));            /* a word, not the token */
    CHECK(hints("main-content") & CL_MAYBE);
    CHECK(hints("f-dropdown author-hovercard content") & CL_HIDDEN); /* shown on hover only */
    /* a picture's credit box: a credit word at a token's start */
    CHECK(hints("lead-photo-credit") & CL_CREDIT);
    CHECK(hints("image-credits") & CL_CREDIT);
    CHECK(hints("Copyright") & CL_CREDIT);
    CHECK(!(hints("discredit") & CL_CREDIT));
    CHECK(!(hints("quote-attribution") & CL_CREDIT));
    CHECK(hints("") == 0 && hints("x") == 0 && hints("--") == 0);
}

/* The per-page memo answers repeated values; with more distinct values
 * than memo slots (collisions, evictions) every answer must still equal a
 * fresh scan of the element's class and id. */
TEST(classify_memo_equals_fresh_scan)
{
    static const char *const words[] = {"post", "content", "nav", "x", "ad", "comment", "menu-item",
                                         "Header", "story-body", "share", "hidden", "bio", "q"};
    char html[200000];
    size_t o = 0;
    unsigned seed = 99;
    for (int i = 0; i < 3000 && o + 200 < sizeof html; i++) {
        seed = seed * 1103515245u + 12345u;
        const char *a = words[(seed >> 8) % 13], *b = words[(seed >> 16) % 13];
        o += (size_t)snprintf(html + o, sizeof html - o, "<div class=\"%s-%u %s\" id=\"%s%u\">t</div>", a,
                              (seed >> 20) % 700, b, b, (seed >> 4) % 3);
    }
    dom_document *doc = html_parse(html, o, NULL);
    CHECK(doc != NULL);
    if (!doc)
        return;
    classify_index *ix = malloc(sizeof *ix);
    classify_index_init(ix);
    int n = 0;
    for (dom_node *el = doc->root; el; el = dom_next(doc->root, el)) {
        if (el->type != DOM_ELEMENT || el->tag != TAG_DIV)
            continue;
        n++;
        uint32_t want = 0;
        for (uint32_t i = 0; i < el->nattrs; i++)
            want |= classify_value(ix, el->attrs[i].value, el->attrs[i].value_len);
        CHECK(classify_element_weight(ix, el, NULL) == want);
        CHECK(classify_element_weight(ix, el, NULL) == want); /* now from the memo */
    }
    CHECK(n == 3000);
    free(ix);
    dom_document_free(doc);
}

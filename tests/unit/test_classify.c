/* test_classify.c: the class/id keyword matcher. The index by first two
 * bytes must reach every keyword of the table, and the match modes (whole
 * token, token start, whole class name, substring) must hold. */
#include <string.h>

#include "body/classify.h"
#include "harness.h"

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
    CHECK(hints("") == 0 && hints("x") == 0 && hints("--") == 0);
}

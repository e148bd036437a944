/* test_meta_fallback.c: the last-resort publication-date sources of the
 * metadata stage (script page state, dated lead-image path), and that they
 * never override a date the page states elsewhere. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

static char *date_of(const char *html)
{
    lede_article *art = NULL;
    char *d = NULL;
    if (lede_extract(html, strlen(html), NULL, NULL, &art) == LEDE_OK) {
        const char *v = lede_article_field(art, LEDE_FIELD_DATE);
        if (v && (d = malloc(strlen(v) + 1)) != NULL)
            memcpy(d, v, strlen(v) + 1);
    }
    lede_article_free(art);
    return d;
}

#define BODY "<article><h1>Storm closes coast road</h1><p>The coast road was closed on Sunday after high waves damaged the sea wall, engineers said.</p></article>"

TEST(meta_date_from_script_state)
{
    char *d = date_of("<html><head><script>window.__STATE__={\"article\":{\"title\":\"x\",\"published_at\":"
                      "\"2019-03-02T06:22:28+01:00\",\"updated_at\":\"2020-01-01T00:00:00Z\"}}</script></head><body>"
                      BODY "</body></html>");
    CHECK(d && strncmp(d, "2019-03-02", 10) == 0);
    free(d);
}

TEST(meta_date_from_lead_image_path)
{
    char *d = date_of("<html><head><meta property=\"og:image\" content=\"https://example.com/files/2016/05/04/lead.png\">"
                      "</head><body>" BODY "</body></html>");
    CHECK(d && strncmp(d, "2016-05-04", 10) == 0);
    free(d);
}

TEST(meta_date_fallbacks_never_override)
{
    char *d = date_of("<html><head><meta property=\"article:published_time\" content=\"2021-07-09T10:00:00Z\">"
                      "<meta property=\"og:image\" content=\"https://example.com/files/2016/05/04/lead.png\">"
                      "<script>var s={\"createdAt\":\"2015-01-01T00:00:00Z\"}</script></head><body>" BODY "</body></html>");
    CHECK(d && strncmp(d, "2021-07-09", 10) == 0);
    free(d);
}

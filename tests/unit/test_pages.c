/* test_pages.c: the record fields about where the text comes from and what
 * surrounds it: the next-page URL test (pages.c), the JSON-LD body fallback
 * (jsonld_body.c) and the paywall flag (meta/paywall.c), through the
 * public getters. The golden cases jsonld_body_*, paywall_* and
 * next_page_* show each rule on a whole page. */
#include <stdlib.h>
#include <string.h>

#include "body/body.h"
#include "harness.h"
#include "lede.h"

TEST(pages_next_url_shapes)
{
    /* a page number added, or one higher */
    CHECK(pages_is_next("https://a.example/news/story.html", "https://a.example/news/story-2.html"));
    CHECK(pages_is_next("https://a.example/news/story/", "https://a.example/news/story/2/"));
    CHECK(pages_is_next("https://a.example/news/story", "https://a.example/news/story/seite-2"));
    CHECK(pages_is_next("https://a.example/s-16604622.html", "https://a.example/s-16604622-p2.html"));
    CHECK(pages_is_next("https://a.example/story?page=2", "https://a.example/story?page=3"));
    CHECK(pages_is_next("https://a.example/story?page=9&x=1", "https://a.example/story?page=10&x=1"));
    CHECK(pages_is_next("https://a.example/story", "https://a.example/story?page=1")); /* counted from 0 */
    CHECK(pages_is_next("https://a.example/t-34.html", "https://a.example/t-35.html#top"));
    /* not the next page */
    CHECK(!pages_is_next("https://a.example/story?page=2", "https://a.example/story?page=4"));
    CHECK(!pages_is_next("https://a.example/story", "https://a.example/story?page=3"));
    CHECK(!pages_is_next("https://a.example/2024/03/one-story/", "https://a.example/2024/03/other-story/"));
    CHECK(!pages_is_next("https://a.example/news/123/story", "https://a.example/news/124/story")); /* ids */
    CHECK(!pages_is_next("https://a.example/?p=2895", "https://a.example/?p=2905"));
    CHECK(!pages_is_next("https://a.example/a/123456", "https://a.example/a/123457"));
    CHECK(!pages_is_next("https://a.example/story", "https://b.example/story/2"));     /* another host */
    CHECK(!pages_is_next("https://a.example/story", "https://a.example/story"));
    CHECK(!pages_is_next("https://a.example/story", "https://a.example/story/comments-2"));
    CHECK(!pages_is_next("file:///tmp/a.html", "file:///tmp/a-2.html"));
    CHECK(!pages_is_next(NULL, "https://a.example/story/2"));
}

static lede_article *extract(const char *html, const char *url)
{
    lede_article *art = NULL;
    lede_extract(html, strlen(html), url, NULL, &art);
    return art;
}

#define LD_OPEN "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry\","
#define LD_BODY "\"articleBody\":\"The ferry service to the island resumes on Monday after a month of repairs to the landing stage.\\nTickets bought for cancelled crossings stay valid until the end of the year.\"}"
#define PROSE "<p>The ferry service to the island resumes on Monday after a month of repairs to the landing stage, the operator said.</p>"

TEST(jsonld_body_replaces_an_empty_dom_body)
{
    lede_article *art = extract(LD_OPEN LD_BODY "</script></head><body><div id=app></div></body></html>", NULL);
    CHECK(art != NULL);
    CHECK_STR(lede_article_field(art, LEDE_FIELD_TEXT_SOURCE), "jsonld");
    CHECK_STR(lede_article_field(art, LEDE_FIELD_TEXT),
              "The ferry service to the island resumes on Monday after a month of repairs to the landing stage.\n"
              "Tickets bought for cancelled crossings stay valid until the end of the year.");
    lede_article_free(art);
}

TEST(jsonld_body_never_replaces_a_real_dom_body)
{
    lede_article *art = extract(LD_OPEN LD_BODY "</script></head><body><article>" PROSE "</article></body></html>", NULL);
    CHECK(art != NULL);
    CHECK_STR(lede_article_field(art, LEDE_FIELD_TEXT_SOURCE), "dom");
    CHECK(strstr(lede_article_field(art, LEDE_FIELD_TEXT), "the operator said") != NULL);
    CHECK(lede_article_flag(art, LEDE_FIELD_PAYWALLED) == 0);
    CHECK(lede_article_field(art, LEDE_FIELD_NEXT_PAGE) == NULL);
    lede_article_free(art);
}

TEST(jsonld_body_no_text_anywhere_gives_no_source)
{
    lede_article *art = NULL;
    const char *html = LD_OPEN "\"articleBody\":\"   \"}</script></head><body><div id=app></div></body></html>";
    CHECK(lede_extract(html, strlen(html), NULL, NULL, &art) == LEDE_ERR_NO_CONTENT);
    CHECK(art != NULL && lede_article_field(art, LEDE_FIELD_TEXT_SOURCE) == NULL);
    char *json = lede_render(art, LEDE_FORMAT_JSON, "p", NULL);
    CHECK(json && strstr(json, "\"text_source\":null,\"paywalled\":false,\"next_page\":null"));
    free(json);
    lede_article_free(art);
}

TEST(paywall_flag_from_declarations)
{
    static const char *const paywalled[] = {
        LD_OPEN "\"isAccessibleForFree\":false}</script></head><body><article>" PROSE "</article></body></html>",
        LD_OPEN "\"isAccessibleForFree\":\"False\"}</script></head><body><article>" PROSE "</article></body></html>",
        LD_OPEN "\"hasPart\":[{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"false\",\"cssSelector\":\".x\"}]}"
                "</script></head><body><article>" PROSE "</article></body></html>",
        "<html><head><meta property=\"article:content_tier\" content=\"metered\"></head><body><article>" PROSE
        "</article></body></html>",
    };
    for (size_t i = 0; i < sizeof paywalled / sizeof *paywalled; i++) {
        lede_article *art = extract(paywalled[i], NULL);
        CHECK(art && lede_article_flag(art, LEDE_FIELD_PAYWALLED) == 1);
        lede_article_free(art);
    }
    lede_article *art = extract(LD_OPEN "\"isAccessibleForFree\":true}</script></head><body><article class=paywall>" PROSE
                                "</article></body></html>", NULL);
    CHECK(art && lede_article_flag(art, LEDE_FIELD_PAYWALLED) == 0);
    lede_article_free(art);
}

TEST(next_page_needs_a_page_url)
{
    const char *html = "<html><body><article>" PROSE "<p><a href=\"story-2.html\">Next page</a></p></article></body></html>";
    lede_article *art = extract(html, "https://a.example/story.html");
    CHECK(art && lede_article_field(art, LEDE_FIELD_NEXT_PAGE));
    CHECK_STR(lede_article_field(art, LEDE_FIELD_NEXT_PAGE), "https://a.example/story-2.html");
    lede_article_free(art);
    art = extract(html, NULL); /* nothing to check the link against */
    CHECK(art && lede_article_field(art, LEDE_FIELD_NEXT_PAGE) == NULL);
    lede_article_free(art);
}

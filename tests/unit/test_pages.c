/* test_pages.c: the record fields about where the text comes from and what
 * surrounds it: the next-page URL test (pages.c), the JSON-LD body fallback
 * (jsonld_body.c) and the paywall flag (meta/paywall.c), through the
 * public getters. The golden cases jsonld_body_*, paywall_* and
 * next_page_* show each rule on a whole page. */
#include <stdio.h>
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

/* The same with quotes on (they are opt-in). */
static lede_article *extract_with_quotes(const char *html, const char *url)
{
    lede_article *art = NULL;
    lede_options *opts = lede_options_new();
    if (!opts)
        return NULL;
    lede_options_set_quotes(opts, 1);
    lede_extract(html, strlen(html), url, opts, &art);
    lede_options_free(opts);
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

/* A pager in a comment section pages the comments, whichever of the
 * section's words (comment, discussion, disqus) names it. */
TEST(next_page_not_from_a_comment_pager)
{
    static const char *const sections[] = {"class=\"comments\"", "id=\"discussion\"", "id=\"disqus_thread\""};
    for (size_t i = 0; i < sizeof sections / sizeof *sections; i++) {
        char html[1024];
        snprintf(html, sizeof html,
                 "<html><body><article>" PROSE "</article><div %s><p>A reader wrote this.</p>"
                 "<p><a href=\"story-2.html\">Next page</a></p></div></body></html>", sections[i]);
        lede_article *art = extract(html, "https://a.example/story.html");
        CHECK(art && lede_article_field(art, LEDE_FIELD_NEXT_PAGE) == NULL);
        lede_article_free(art);
    }
}

#define PAGE1 "<html><head><link rel=next href=\"story-2.html\"></head><body><article><h1>Ferry</h1>" PROSE \
              "<p>\"We are glad to be back,\" the captain said on the quay after the first crossing.</p></article></body></html>"
#define PAGE2 "<html><head><meta property=\"article:content_tier\" content=\"locked\"><link rel=next href=\"story-3.html\">" \
              "</head><body><article><p>The second page tells how the landing stage was rebuilt over four weeks by a crew of twelve.</p>" \
              "<p>\"It was hard work in the cold,\" said Ana Reyes, who led the crew.</p></article></body></html>"

TEST(join_appends_the_next_page)
{
    lede_article *a = extract_with_quotes(PAGE1, "https://a.example/story.html");
    lede_article *b = extract_with_quotes(PAGE2, "https://a.example/story-2.html");
    CHECK(a && b);
    CHECK_STR(lede_article_field(a, LEDE_FIELD_NEXT_PAGE), "https://a.example/story-2.html");
    size_t q1 = lede_article_quote_count(a), q2 = lede_article_quote_count(b);
    size_t len1 = strlen(lede_article_field(a, LEDE_FIELD_TEXT));
    CHECK(q1 >= 1 && q2 >= 1);
    CHECK(lede_article_join(a, a) == LEDE_ERR_USAGE && lede_article_join(a, NULL) == LEDE_ERR_USAGE);
    CHECK(lede_article_join(a, b) == LEDE_OK); /* a owns b now */
    const char *t = lede_article_field(a, LEDE_FIELD_TEXT);
    CHECK(t && strstr(t, "the operator said.\n") && strstr(t, "first crossing.\nThe second page tells"));
    CHECK_STR(lede_article_field(a, LEDE_FIELD_NEXT_PAGE), "https://a.example/story-3.html");
    CHECK_STR(lede_article_field(a, LEDE_FIELD_TITLE), "Ferry");
    CHECK(lede_article_flag(a, LEDE_FIELD_PAYWALLED) == 1);
    /* the quotes of both pages, the second page's at offsets past the first's text */
    CHECK(lede_article_quote_count(a) == q1 + q2);
    const lede_quote *q = lede_article_quote(a, q1 + q2 - 1);
    size_t start = 0, end = 0;
    CHECK(q && lede_quote_span(q, 0, &start, &end) && start > len1);
    CHECK_STR(lede_quote_text(q), "It was hard work in the cold,");
    char *json = lede_render(a, LEDE_FORMAT_JSON, "p", NULL);
    CHECK(json && strstr(json, "It was hard work in the cold") && strstr(json, "\"error\":null"));
    free(json);
    lede_article_free(a);
}

TEST(join_gives_text_to_an_empty_first_page)
{
    lede_article *a = NULL, *b = extract(PAGE2, "https://a.example/story-2.html");
    const char *empty = "<html><head><title>Ferry</title></head><body><div id=app></div></body></html>";
    CHECK(lede_extract(empty, strlen(empty), "https://a.example/story.html", NULL, &a) == LEDE_ERR_NO_CONTENT);
    CHECK(a && b && lede_article_join(a, b) == LEDE_OK);
    CHECK_STR(lede_article_field(a, LEDE_FIELD_TEXT_SOURCE), "dom");
    char *json = lede_render(a, LEDE_FORMAT_JSON, "p", NULL);
    CHECK(json && strstr(json, "\"error\":null") && strstr(json, "landing stage was rebuilt"));
    free(json);
    lede_article_free(a);
}

/* lede_quote_field: a headline's quote comes first and its spans index the
 * title; the body's index the text (docs/quotes.md). */
TEST(quote_field_names_the_string_its_spans_index)
{
    const char *html = "<html lang=en><head><title>Harper Says Ferry Plan Is \xe2\x80\x98" "Dead in the Water\xe2\x80\x99</title></head>"
                       "<body><article><h1>Harper Says Ferry Plan Is \xe2\x80\x98" "Dead in the Water\xe2\x80\x99</h1>"
                       "<p>Mayor Ellen Harper spoke to the town council on Tuesday about the ferry plan, which ran out of money.</p>"
                       "<p>\xe2\x80\x9cWe tried everything, and nothing worked,\xe2\x80\x9d Harper said after the vote.</p>"
                       "<p>The council will meet again next month to decide what to do with the harbour site.</p></article></body></html>";
    lede_article *art = extract_with_quotes(html, "https://a.example/ferry.html");
    CHECK(art && lede_article_quote_count(art) == 2);
    const lede_quote *t = lede_article_quote(art, 0), *b = lede_article_quote(art, 1);
    size_t start = 0, end = 0;
    CHECK_STR(lede_quote_field(t), "title");
    /* mixed: the reported clause with its marks, after "Harper Says " (12
     * code points) to the title's end (45: the marks count one each) */
    CHECK_STR(lede_quote_text(t), "Ferry Plan Is \xe2\x80\x98" "Dead in the Water\xe2\x80\x99");
    CHECK_STR(lede_quote_speaker(t), "Ellen Harper");
    CHECK(lede_quote_span(t, 0, &start, &end) && start == 12 && end == 45);
    CHECK_STR(lede_quote_field(b), "text");
    CHECK_STR(lede_quote_speaker(b), "Ellen Harper");
    CHECK(lede_quote_field(NULL) == NULL);
    lede_article_free(art);
}

/* test_metadata.c: unit tests of metadata extraction: each source (JSON-LD
 * incl. @graph/arrays/@id, OpenGraph, meta names, <time>, bylines,
 * microdata, URL dates), title choice and suffix stripping, author
 * cleaning and splitting, date parsing and rejection rules, URL
 * resolution and the tolerant JSON reader. Pages are small HTML strings
 * run through html_parse() and extract_metadata(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "meta/date.h"
#include "words/words.h"
#include "meta/meta.h"
#include "meta/json.h"
#include "meta/author.h"
#include "meta/text.h"
#include "meta/title.h"
#include "core/url.h"
#include "harness.h"
#include "html/parse.h"

static lede_article *meta_run(const char *html, const char *url)
{
    lede_article *art = calloc(1, sizeof *art);
    if (!art)
        return NULL;
    art->doc = html_parse(html, strlen(html), NULL);
    if (!art->doc) {
        free(art);
        return NULL;
    }
    if (url)
        art->page_url = arena_strndup(&art->doc->mem, url, strlen(url));
    if (extract_metadata(art) != 0) {
        dom_document_free(art->doc);
        free(art);
        return NULL;
    }
    return art;
}

static void meta_free(lede_article *art)
{
    if (!art)
        return;
    dom_document_free(art->doc);
    free(art);
}

static const char *item(const str_list *l, size_t i) { return i < l->count ? l->items[i] : NULL; }

TEST(metadata_seed_header_byline_date)
{
    lede_article *a = meta_run(
        "<html><head><title>DPRK strengthens ties with Russian Federation, blames US for breakdown of summit"
        " | World News</title></head><body><header>"
        "<h1>DPRK strengthens ties with Russian Federation, blames US for breakdown of summit</h1>"
        "<div class=\"byline\">Nellie Chapman</div><div class=\"date\">March 15, 2019</div>"
        "</header><p>Body text of the story goes here.</p></body></html>",
        NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->title, "DPRK strengthens ties with Russian Federation, blames US for breakdown of summit");
    CHECK_INT(a->authors.count, 1);
    CHECK_STR(item(&a->authors, 0), "Nellie Chapman");
    CHECK_STR(a->date, "2019-03-15");
    meta_free(a);
}

TEST(metadata_seed_without_classes)
{
    /* Same header with no class names: the date is found next to the headline. */
    lede_article *a = meta_run("<html><body><header><h1>DPRK strengthens ties with Russian Federation</h1>"
                               "<p>By Nellie Chapman</p><p>March 15, 2019</p></header><p>Text.</p></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->title, "DPRK strengthens ties with Russian Federation");
    CHECK_INT(a->authors.count, 1);
    CHECK_STR(item(&a->authors, 0), "Nellie Chapman");
    CHECK_STR(a->date, "2019-03-15");
    meta_free(a);
}

TEST(metadata_jsonld_graph_ids_and_arrays)
{
    lede_article *a = meta_run(
        "<html><head><title>Big news | Pub</title>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"@id\":\"#site\",\"name\":\"Example Site\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"Big &amp; news\",\"datePublished\":\"2019-03-15T10:00:00+01:00\","
        "\"dateModified\":\"2019-03-16\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@id\":\"#p2\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Pub\"},\"keywords\":[\"alpha\",\"beta\"],"
        "\"articleSection\":\"World\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"/img/a.jpg\"}},"
        "{\"@type\":\"Person\",\"@id\":\"#p2\",\"name\":\"John Roe\"}]}</script></head><body><p>x</p></body></html>",
        "https://example.com/news/story.html");
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->title, "Big & news");
    CHECK_STR(a->date, "2019-03-15T10:00:00+01:00");
    CHECK_STR(a->date_modified, "2019-03-16");
    CHECK_INT(a->authors.count, 2);
    CHECK_STR(item(&a->authors, 0), "Jane Doe");
    CHECK_STR(item(&a->authors, 1), "John Roe");
    CHECK_STR(a->sitename, "Pub");
    CHECK_STR(a->image, "https://example.com/img/a.jpg");
    CHECK_STR(a->page_type, "article");
    CHECK_STR(item(&a->tags, 0), "alpha");
    CHECK_STR(item(&a->tags, 1), "beta");
    CHECK_STR(item(&a->categories, 0), "World");
    meta_free(a);
}

TEST(metadata_jsonld_tolerant_and_top_level_array)
{
    /* HTML comment wrapper, a raw newline in a string, a trailing comma,
     * and a top-level array whose first object is not the article. */
    lede_article *a = meta_run("<html><head><script type=\"application/ld+json\"><!--\n"
                               "[{\"@type\":\"BreadcrumbList\",\"itemListElement\":[]},\n"
                               "{\"@type\":\"http://schema.org/BlogPosting\",\"headline\":\"Line\none\","
                               "\"author\":\"By Ann Lee\",\"datePublished\":\"2020-02-29\",}]\n--></script>"
                               "</head><body></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->title, "Line one");
    CHECK_STR(a->date, "2020-02-29");
    CHECK_STR(item(&a->authors, 0), "Ann Lee");
    meta_free(a);
}

TEST(metadata_jsonld_name_vs_headline)
{
    /* "name" holding the site or publisher name loses to the headline. */
    CHECK_STR(title_jsonld("Pub", "Real headline", NULL, "Pub - the daily site", "Pub"), "Real headline");
    CHECK_STR(title_jsonld("Example.cz", "Real headline of the story", "Real headline of the story - Example.cz",
                           "Example.cz", NULL),
              "Real headline of the story");
    /* headline as a summary, name as the title: name, as <title> matches it. */
    CHECK_STR(title_jsonld("New Zealand", "country in Oceania", "New Zealand - Wikipedia", NULL, NULL), "New Zealand");
}

TEST(metadata_opengraph)
{
    lede_article *a = meta_run(
        "<html><head><title>Ignored title | Site</title>"
        "<meta property=\"og:title\" content=\"OG headline\">"
        "<meta property=\"og:site_name\" content=\"Site\">"
        "<meta property=\"og:description\" content=\"  A   description. \">"
        "<meta property=\"og:image\" content=\"../pics/p.png\">"
        "<meta property=\"og:url\" content=\"/canonical/story\">"
        "<meta property=\"og:type\" content=\"article\">"
        "<meta property=\"og:locale\" content=\"pt_BR\">"
        "<meta property=\"article:published_time\" content=\"2021-06-01T08:30:00Z\">"
        "<meta property=\"article:modified_time\" content=\"2021-06-02T09:00:00Z\">"
        "<meta property=\"article:author\" content=\"https://example.com/authors/x\">"
        "<meta property=\"article:section\" content=\"Politics\">"
        "<meta property=\"article:tag\" content=\"one\"><meta property=\"article:tag\" content=\"two\">"
        "</head><body></body></html>",
        "https://example.com/a/b/page.html");
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->title, "OG headline");
    CHECK_STR(a->sitename, "Site");
    CHECK_STR(a->description, "A description.");
    CHECK_STR(a->image, "https://example.com/a/pics/p.png");
    CHECK_STR(a->url, "https://example.com/canonical/story");
    CHECK_STR(a->page_type, "article");
    CHECK_STR(a->language, "pt-BR");
    CHECK_STR(a->date, "2021-06-01T08:30:00Z");
    CHECK_STR(a->date_modified, "2021-06-02T09:00:00Z");
    CHECK_INT(a->authors.count, 0); /* a profile URL is not a name */
    CHECK_STR(item(&a->categories, 0), "Politics");
    CHECK_INT(a->tags.count, 2);
    CHECK_STR(item(&a->tags, 1), "two");
    meta_free(a);
}

TEST(metadata_meta_names_and_canonical)
{
    lede_article *a = meta_run(
        "<html lang=\"EN-us\"><head><base href=\"https://cdn.example.org/base/\">"
        "<title>Story</title><meta name=\"description\" content=\"Desc &amp; more\">"
        "<meta name=\"author\" content=\"By Jane Doe and John Roe\">"
        "<meta name=\"dc.date\" content=\"2018-07-04\">"
        "<meta name=\"keywords\" content=\"a, b ,c\">"
        "<link rel=\"canonical\" href=\"story.html?id=3\">"
        "<meta name=\"twitter:image\" content=\"//img.example.org/t.jpg\">"
        "</head><body></body></html>",
        "http://example.com/x");
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->description, "Desc & more");
    CHECK_INT(a->authors.count, 2);
    CHECK_STR(item(&a->authors, 0), "Jane Doe");
    CHECK_STR(item(&a->authors, 1), "John Roe");
    CHECK_STR(a->date, "2018-07-04");
    CHECK_INT(a->tags.count, 3);
    CHECK_STR(item(&a->tags, 2), "c");
    CHECK_STR(a->url, "https://cdn.example.org/base/story.html?id=3");
    CHECK_STR(a->image, "https://img.example.org/t.jpg"); /* scheme of the <base> */
    CHECK_STR(a->language, "en-US");
    meta_free(a);
}

TEST(metadata_parsely_and_citation)
{
    lede_article *a = meta_run("<html><head><meta name=\"parsely-title\" content=\"Parsely T\">"
                               "<meta name=\"parsely-pub-date\" content=\"2017-01-02T03:04:05Z\">"
                               "<meta name=\"citation_author\" content=\"Curie, Marie\">"
                               "<meta name=\"citation_author\" content=\"Pierre Curie\">"
                               "</head><body></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->title, "Parsely T");
    CHECK_STR(a->date, "2017-01-02T03:04:05Z");
    CHECK_INT(a->authors.count, 2);
    CHECK_STR(item(&a->authors, 0), "Curie, Marie"); /* surname-first form kept whole */
    CHECK_STR(item(&a->authors, 1), "Pierre Curie");
    meta_free(a);
}

TEST(metadata_time_in_article_not_comments)
{
    lede_article *a = meta_run("<html><body><div class=\"comments\"><time datetime=\"2020-05-05\">x</time></div>"
                               "<article><h1>Headline of the piece</h1><time datetime=\"2020-04-01T12:00\">1 April</time>"
                               "<p>Text</p></article></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->date, "2020-04-01T12:00:00");
    meta_free(a);
}

TEST(metadata_time_pubdate_and_itemprop)
{
    lede_article *a = meta_run("<html><body><h1>T</h1><span itemprop=\"datePublished\" content=\"2016-10-11\">"
                               "Oct 11</span><time datetime=\"2016-12-01\" pubdate>x</time></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->date, "2016-10-11");
    meta_free(a);
}

TEST(metadata_itemprop_author_and_rel_author)
{
    lede_article *a = meta_run("<html><body><h1>Headline</h1><span itemprop=\"author\" itemscope>"
                               "<span itemprop=\"name\">Nicolas Perriault</span> &mdash;</span></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (a) {
        CHECK_INT(a->authors.count, 1);
        CHECK_STR(item(&a->authors, 0), "Nicolas Perriault");
        meta_free(a);
    }
    a = meta_run("<html><body><h1>Headline</h1><p>by <a rel=\"author\" href=\"/u/1\">Mary Major</a></p></body></html>",
                 NULL);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(item(&a->authors, 0), "Mary Major");
        meta_free(a);
    }
}

TEST(metadata_byline_nearest_the_headline)
{
    /* A teaser list before the story repeats the byline class; the one under
     * the headline wins. */
    lede_article *a = meta_run("<html><body><ul class=\"teasers\"><li><span class=\"byline\">Other Person</span></li></ul>"
                               "<article><h1>The headline</h1><div class=\"byline\">By Jane Doe, Staff Writer | "
                               "Updated March 3, 2019</div></article></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(a->authors.count, 1);
    CHECK_STR(item(&a->authors, 0), "Jane Doe");
    meta_free(a);
}

TEST(metadata_class_hint_memo)
{
    /* Class values are memoised per page by a hash of their length and
     * first, middle and last bytes: "xaaaiaax" shares the slot of
     * "xbylinex" but is no byline; a repeated "xbylinex" still is one. */
    lede_article *a = meta_run("<html><body><span class=\"xbylinex\"></span><h1>The headline</h1>"
                               "<div class=\"xaaaiaax\">John Roe</div></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(a->authors.count, 0);
    meta_free(a);
    a = meta_run("<html><body><span class=\"xbylinex\"></span><h1>The headline</h1>"
                 "<div class=\"xaaaiaax\"></div><div class=\"xbylinex\">Jane Doe</div></body></html>",
                 NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(a->authors.count, 1);
    CHECK_STR(item(&a->authors, 0), "Jane Doe");
    meta_free(a);
}

TEST(metadata_url_date_hint)
{
    lede_article *a = meta_run("<html><body><h1>T</h1></body></html>", "https://news.example.com/2019/03/15/story-slug/");
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->date, "2019-03-15");
    meta_free(a);
}

TEST(metadata_date_rejections)
{
    /* Before 1995, in the future, and a copyright footer are not dates of the story. */
    lede_article *a = meta_run("<html><head><meta name=\"date\" content=\"1990-01-01\">"
                               "<meta property=\"article:published_time\" content=\"2999-01-01\"></head>"
                               "<body><h1>Headline</h1><p class=\"date\">March 15, 1990</p>"
                               "<div class=\"date\">© 2019 Example Inc. March 3, 2019</div></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_STR(a->date, NULL);
    meta_free(a);

    date_val d;
    int today = date_today();
    CHECK(date_parse("1994-12-31", &d) && !date_plausible(&d, today));
    CHECK(date_parse("1995-01-01", &d) && date_plausible(&d, today));
    CHECK(date_parse("2999-01-01", &d) && !date_plausible(&d, today));
    CHECK(!date_parse("2019-02-30", &d));
    CHECK(!date_find_text("© 1990", 7, 0, today, &d, NULL, NULL));
}

/* Java's Date.toString() and asctime(): the time sits between day and
 * year. A zone named by letters has no known offset: the day only. */
TEST(metadata_date_java_tostring)
{
    date_val d;
    CHECK(date_parse("Tue Jan 28 15:28:56 CET 2020", &d) && d.y == 2020 && d.m == 1 && d.d == 28 && !d.has_time);
    CHECK(date_parse("Tue Jan 28 15:28:56 2020", &d) && d.y == 2020 && d.m == 1 && d.d == 28 && d.has_time &&
          d.hh == 15 && d.mi == 28);
    CHECK(date_parse("Sat Mar  5 08:00:00 GMT 2016", &d) && d.y == 2016 && d.m == 3 && d.d == 5 && d.has_tz);
    CHECK(!date_parse("Tue Feb 30 15:28:56 CET 2020", &d));
}

/* A 12-hour clock after a date: its marker names the 24-hour time; a
 * one-digit hour only with the marker; a word that starts with "am" is
 * no marker. */
TEST(metadata_date_twelve_hour_clock)
{
    date_val d;
    size_t at, end;
    const char *t1 = "March 15, 2019 8:15 PM";
    CHECK(date_find_text(t1, strlen(t1), 1, 99991231, &d, &at, &end) && d.has_time && d.hh == 20 && d.mi == 15);
    const char *t2 = "March 15, 2019 08:15pm";
    CHECK(date_find_text(t2, strlen(t2), 1, 99991231, &d, &at, &end) && d.has_time && d.hh == 20);
    const char *t3 = "March 15, 2019 12:05 a.m.";
    CHECK(date_find_text(t3, strlen(t3), 1, 99991231, &d, &at, &end) && d.has_time && d.hh == 0 && d.mi == 5);
    const char *t4 = "March 15, 2019 12:05 PM";
    CHECK(date_find_text(t4, strlen(t4), 1, 99991231, &d, &at, &end) && d.has_time && d.hh == 12);
    const char *t5 = "March 15, 2019 8:15 amended";
    CHECK(date_find_text(t5, strlen(t5), 1, 99991231, &d, &at, &end) && !d.has_time);
    const char *t6 = "15.03.2019 20:15 pm";
    CHECK(date_find_text(t6, strlen(t6), 0, 99991231, &d, &at, &end) && d.has_time && d.hh == 20);
    CHECK(date_parse("2019-03-15 8:15", &d) && !d.has_time);
    const char *t9 = "15 مارس 2019 10:30 م";
    CHECK(date_find_text(t9, strlen(t9), 0, 99991231, &d, &at, &end) && d.has_time && d.hh == 22);
    const char *t10 = "March 15, 2019 8:15 PM. Later";
    CHECK(date_find_text(t10, strlen(t10), 1, 99991231, &d, &at, &end) && d.has_time && d.hh == 20);
    /* asctime's order in text: the clock between day and year */
    const char *t7 = "Jan 04 09:34 2021";
    CHECK(date_find_text(t7, strlen(t7), 1, 99991231, &d, &at, &end) && d.y == 2021 && d.m == 1 && d.d == 4 &&
          d.has_time && d.hh == 9 && d.mi == 34 && end == strlen(t7));
    const char *t8 = "Jan 04 09:34 and 2021";
    CHECK(!date_find_text(t8, strlen(t8), 1, 99991231, &d, &at, &end));
}

/* A Unix timestamp as a whole machine value: 10 digits of seconds or 13
 * of milliseconds, UTC; other runs of digits are IDs and counts. */
TEST(metadata_date_unix_timestamp)
{
    arena a;
    arena_init(&a, 0);
    date_val d;
    CHECK(date_parse("1552644000", &d));
    CHECK_STR(date_format(&a, &d), "2019-03-15T10:00:00Z");
    CHECK(date_parse(" 1552644000123 ", &d));
    CHECK_STR(date_format(&a, &d), "2019-03-15T10:00:00Z");
    CHECK(date_parse("951782400", &d) == 0 || d.y != 2000); /* nine digits: no timestamp */
    CHECK(date_parse("1582934400", &d) && d.y == 2020 && d.m == 2 && d.d == 29);
    CHECK(!date_parse("15526440001", &d));
    CHECK(!date_parse("155264400012345", &d));
    CHECK(date_parse("20190315", &d) && d.y == 2019 && d.m == 3 && d.d == 15 && !d.has_time);
    arena_free(&a);
}

TEST(metadata_date_formats)
{
    arena a;
    arena_init(&a, 0);
    date_val d;
    int today = date_today();
    static const struct {
        const char *in, *out;
    } machine[] = {
        {"2019-03-15", "2019-03-15"},
        {"2019-03-15T10:20:30.123+01:00", "2019-03-15T10:20:30+01:00"},
        {"2019-03-15 10:20", "2019-03-15T10:20:00"},
        {"20190315", "2019-03-15"},
        {"Fri, 15 Mar 2019 10:00:00 +0000", "2019-03-15T10:00:00+00:00"},
        {"March 15, 2019", "2019-03-15"},
    };
    for (size_t i = 0; i < sizeof machine / sizeof *machine; i++) {
        CHECK(date_parse(machine[i].in, &d));
        CHECK_STR(date_format(&a, &d), machine[i].out);
    }
    static const struct {
        const char *in;
        int mdy;
        const char *out;
    } text[] = {
        {"Posted on March 15, 2019 by x", 0, "2019-03-15"},
        {"15 March 2019", 0, "2019-03-15"},
        {"am 15. M\xC3\xA4rz 2019", 0, "2019-03-15"},
        {"15/03/2019", 1, "2019-03-15"},
        {"03/04/2019", 1, "2019-03-04"},
        {"03/04/2019", 0, "2019-04-03"},
        {"15.03.2019", 1, "2019-03-15"},
        {"2019-03-15", 0, "2019-03-15"},
        {"2019\xE5\xB9\xB4" "3\xE6\x9C\x88" "15\xE6\x97\xA5", 0, "2019-03-15"},
        {"le 3 avril 2018", 0, "2018-04-03"},
        {"15 de marzo de 2019", 0, "2019-03-15"},
        {"Mar. 3rd, 2017", 0, "2017-03-03"},
        /* Month names of the languages added in the issue #3 follow-up. */
        {"15 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2019", 0, "2019-03-15"},             /* ru: марта */
        {"15 \xD0\x9C\xD0\xB0\xD1\x80\xD1\x82 2019", 0, "2019-03-15"},                     /* ru: Март */
        {"15 \xD0\xB1\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB7\xD0\xBD\xD1\x8F 2019", 0, "2019-03-15"}, /* uk: березня */
        {"15 marca 2019", 0, "2019-03-15"},                                                         /* pl */
        {"15. b\xC5\x99" "ezna 2019", 0, "2019-03-15"},                                              /* cs: března */
        {"15 martie 2019", 0, "2019-03-15"},                                                        /* ro */
        {"15 Mart 2019", 0, "2019-03-15"},                                                          /* tr */
        {"15. maaliskuuta 2019", 0, "2019-03-15"},                                                  /* fi */
        {"15 mars 2019", 0, "2019-03-15"},                                                          /* sv/fr */
        /* Spaced numeric dates: a space or a thin space after each dot. */
        {"4. 2. 2022", 0, "2022-02-04"},
        {"4.\xE2\x80\x89" "2.\xE2\x80\x89" "2022.", 0, "2022-02-04"},
    };
    for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
        int ok = date_find_text(text[i].in, strlen(text[i].in), text[i].mdy, today, &d, NULL, NULL);
        CHECK(ok);
        if (ok)
            CHECK_STR(date_format(&a, &d), text[i].out);
    }
    CHECK(date_from_url("https://x.com/2019/03/15/a", today, &d) && d.d == 15);
    CHECK(date_from_url("https://x.com/news/20190315-a", today, &d) && d.m == 3);
    CHECK(!date_from_url("https://x.com/2019/03/a", today, &d));
    CHECK(!date_from_url("https://x.com/id/123456789", today, &d));
    arena_free(&a);
}

TEST(metadata_date_native_digits_and_months)
{
    int today = 20261204;
    date_val d;
    size_t at = 0, end = 0;
    /* Arabic-Indic digits, Egyptian month name; offsets in the original bytes */
    const char *ar = "نشر في ١٥ مارس ٢٠٢٣";
    CHECK(date_find_text(ar, strlen(ar), 0, today, &d, &at, &end) && d.y == 2023 && d.m == 3 && d.d == 15);
    CHECK(at == strlen("نشر في ") && end == strlen(ar));
    /* Levantine two-word month */
    const char *lev = "3 تشرين الثاني 2021";
    CHECK(date_find_text(lev, strlen(lev), 0, today, &d, NULL, NULL) && d.y == 2021 && d.m == 11 && d.d == 3);
    const char *lev2 = "7 كانون الأول 2020";
    CHECK(date_find_text(lev2, strlen(lev2), 0, today, &d, NULL, NULL) && d.m == 12 && d.d == 7);
    /* Persian digits, Solar Hijri: 1402/08/15 SH is 2023-11-06 */
    const char *fa = "۱۴۰۲/۰۸/۱۵";
    CHECK(date_find_text(fa, strlen(fa), 0, today, &d, NULL, NULL) && d.y == 2023 && d.m == 11 && d.d == 6);
    /* Solar Hijri month name: 1 Farvardin 1403 is 2024-03-20 */
    const char *fa2 = "۱ فروردین ۱۴۰۳";
    CHECK(date_find_text(fa2, strlen(fa2), 0, today, &d, NULL, NULL) && d.y == 2024 && d.m == 3 && d.d == 20);
    /* Bengali digits and month */
    const char *bn = "১৫ মার্চ ২০১৯";
    CHECK(date_find_text(bn, strlen(bn), 0, today, &d, NULL, NULL) && d.y == 2019 && d.m == 3 && d.d == 15);
    const char *bn2 = "২৩ সেপ্টেম্বর ২০২০";
    CHECK(date_find_text(bn2, strlen(bn2), 0, today, &d, NULL, NULL) && d.y == 2020 && d.m == 9 && d.d == 23);
    /* a lunar Hijri year is not read as Solar Hijri */
    CHECK(!date_find_text("1445/03/12", 10, 0, today, &d, NULL, NULL));
}

/* The words for month written joined with a name (words_month_words):
 * every Khmer month with ខែ before it and every Myanmar month with လ after
 * it reads as the name alone; the word alone is no month. */
TEST(metadata_date_month_words_joined)
{
    int today = 20261204;
    date_val d;
    char buf[128];
    int km = 0, my = 0;
    for (size_t i = 0; i < words_months.n; i++) {
        const unsigned char *w = (const unsigned char *)words_months.e[i].w;
        int is_my = w[0] == 0xE1 && (w[1] == 0x80 || w[1] == 0x81), is_km = w[0] == 0xE1 && (w[1] == 0x9E || w[1] == 0x9F);
        if (!is_my && !is_km)
            continue;
        snprintf(buf, sizeof buf, is_km ? "15 \xe1\x9e\x81\xe1\x9f\x82%s 2019" : "15 %s\xe1\x80\x9c 2019", (const char *)w);
        CHECK(date_find_text(buf, strlen(buf), 0, today, &d, NULL, NULL) && d.y == 2019 && d.m == words_months.e[i].v && d.d == 15);
        km += is_km, my += is_my;
    }
    CHECK(km == 12 && my == 13);
    /* read_month_word skips the look-up for a word whose first and last
     * bytes are ASCII: each entry must start and end beyond ASCII */
    for (size_t i = 0; i < words_month_words.n; i++) {
        const unsigned char *w = (const unsigned char *)words_month_words.e[i].w;
        CHECK(w[0] >= 0x80 && w[strlen((const char *)w) - 1] >= 0x80);
    }
    const char *alone = "15 \xe1\x9e\x81\xe1\x9f\x82 2019";
    CHECK(!date_find_text(alone, strlen(alone), 0, today, &d, NULL, NULL));
}

/* date_may_hold_native_digit: 1 for every script's digits native_digit
 * reads, 0 for text led by E1 or EF that holds none (Vietnamese, fullwidth
 * punctuation, Myanmar and Khmer letters). */
TEST(metadata_date_may_hold_native_digit)
{
    const char *with[] = {"a \xd9\xa1", "\xdb\xb5", "\xe0\xa5\xa7", "\xe0\xb9\x91", "\xe0\xbb\x91", "x\xe1\x81\x89", "\xe1\x9f\xa0 y", "\xef\xbc\x99"};
    for (size_t i = 0; i < sizeof with / sizeof *with; i++)
        CHECK(date_may_hold_native_digit(with[i], strlen(with[i])));
    const char *without[] = {"Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t", "\xef\xbc\x8c\xef\xbc\x88\xef\xbc\x89", "\xe1\x80\x9c", "\xe1\x9e\x81\xe1\x9f\x82", "plain 2019", ""};
    for (size_t i = 0; i < sizeof without / sizeof *without; i++)
        CHECK(!date_may_hold_native_digit(without[i], strlen(without[i])));
    /* a digit cut at the end of the text is none */
    CHECK(!date_may_hold_native_digit("\xef\xbc\x99", 2));
}

/* The Arabic comma (U+060C) after a month name with ASCII digits: its
 * bytes ran into the month word, which then named no month. */
TEST(metadata_date_arabic_comma_ascii_digits)
{
    int today = 20261204;
    date_val d;
    size_t at = 0, end = 0;
    const char *a = "نشر في 15 مارس، 2019";
    CHECK(date_find_text(a, strlen(a), 0, today, &d, &at, &end) && d.y == 2019 && d.m == 3 && d.d == 15);
    CHECK(at == strlen("نشر في ") && end == strlen(a));
    const char *b = "مارس 15، 2019";
    CHECK(date_find_text(b, strlen(b), 0, today, &d, NULL, NULL) && d.y == 2019 && d.m == 3 && d.d == 15);
    const char *ur = "15 مارچ، 2019";
    CHECK(date_find_text(ur, strlen(ur), 0, today, &d, NULL, NULL) && d.y == 2019 && d.m == 3 && d.d == 15);
    /* a comma alone makes no date */
    const char *c = "قال، 15 شخصا";
    CHECK(!date_find_text(c, strlen(c), 0, today, &d, NULL, NULL));
}

/* A Solar Hijri month name with a two-digit year: "۲۴ اسفند ۹۷" is
 * 24 Esfand 1397 (2019-03-15), "۱ فروردین ۰۳" 1 Farvardin 1403
 * (2024-03-20); a Gregorian month never takes a two-digit year so. */
TEST(metadata_date_solar_hijri_two_digit_year)
{
    int today = 20261204;
    date_val d;
    const char *a = "۲۴ اسفند ۹۷";
    CHECK(date_find_text(a, strlen(a), 0, today, &d, NULL, NULL) && d.y == 2019 && d.m == 3 && d.d == 15);
    const char *b = "۱ فروردین ۰۳";
    CHECK(date_find_text(b, strlen(b), 0, today, &d, NULL, NULL) && d.y == 2024 && d.m == 3 && d.d == 20);
    const char *c = "15 March 19";
    CHECK(!date_find_text(c, strlen(c), 0, today, &d, NULL, NULL));
    /* a count after the month: 1405 Esfand is in the future */
    const char *e = "۲۴ اسفند ۵ نفر";
    CHECK(!date_find_text(e, strlen(e), 0, 20261204, &d, NULL, NULL));
}

/* The Maghreb month names (Algeria, Tunisia: جانفي, جوان, جويلية, أوت;
 * Morocco: يوليوز, غشت, شتنبر, نونبر, دجنبر), the Persian ones with ezafe,
 * the West Bengal spelling of August; and a Solar Hijri day in a machine
 * value (a Persian site's meta): each was unread before. */
TEST(metadata_date_maghreb_months_and_solar_hijri_values)
{
    int today = 20261204;
    static const struct {
        const char *text;
        int m;
    } cases[] = {
        {"15 جانفي 2019", 1}, {"15 فيفري 2019", 2}, {"15 أفريل 2019", 4}, {"15 افريل 2019", 4},
        {"15 ماي 2019", 5},   {"15 جوان 2019", 6},  {"15 جويلية 2019", 7}, {"15 أوت 2019", 8},
        {"15 يوليوز 2019", 7}, {"15 غشت 2019", 8},  {"15 شتنبر 2019", 9},  {"15 نونبر 2019", 11},
        {"١٥ دجنبر ٢٠١٩", 12}, {"15 اذار 2019", 3}, {"۱۵ ژانویهٔ ۲۰۱۹", 1}, {"১৫ অগস্ট ২০১৯", 8},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        date_val d;
        int ok = date_find_text(cases[i].text, strlen(cases[i].text), 0, today, &d, NULL, NULL) && d.y == 2019 &&
                 d.m == cases[i].m && d.d == 15;
        if (!ok)
            fprintf(stderr, "    month not read: %s\n", cases[i].text);
        CHECK(ok);
    }
    date_val d;
    CHECK(date_parse("1402/08/15", &d) && d.y == 2023 && d.m == 11 && d.d == 6);
    CHECK(date_parse("1402-08-15T10:30:00+03:30", &d) && d.y == 2023 && d.m == 11 && d.d == 6 && d.has_time);
    /* a Gregorian value stays as it is */
    CHECK(date_parse("2019-03-15", &d) && d.y == 2019 && d.m == 3 && d.d == 15);
}

/* Date lines with bars ("26 | 01 | 2022") and one-digit parts with a
 * two-digit year ("Author, 8.5.12"), read day first; a version number is
 * no date ("Firefox 8.5.12", "Version 2.1.10"): the short form must stand
 * alone, after a comma or a bar or at the start. */
TEST(metadata_date_bar_and_short_numeric)
{
    int today = 20261204;
    date_val d;
    const char *bar = "26 | 01 | 2022 ";
    CHECK(date_find_text(bar, strlen(bar), 0, today, &d, NULL, NULL) && d.y == 2022 && d.m == 1 && d.d == 26);
    const char *byline = "von Klaus-Peter Sch\u00F6ppner, 8.5.12";
    CHECK(date_find_text(byline, strlen(byline), 0, today, &d, NULL, NULL) && d.y == 2012 && d.m == 5 && d.d == 8);
    CHECK(date_find_text("Kultur, 2.11.22", 15, 0, today, &d, NULL, NULL) && d.y == 2022 && d.m == 11 && d.d == 2);
    CHECK(date_find_text("17.7.11", 7, 0, today, &d, NULL, NULL) && d.y == 2011 && d.m == 7 && d.d == 17);
    CHECK(!date_find_text("Firefox 8.5.12", 14, 0, today, &d, NULL, NULL));
    CHECK(!date_find_text("Version 2.1.10 released", 23, 0, today, &d, NULL, NULL));
    CHECK(!date_find_text("see 1.2.3.4", 11, 0, today, &d, NULL, NULL));
}

/* A text and the day date_find_text reads from it. */
typedef struct {
    const char *text;
    int y, m, d;
} date_case;

/* Each case reads its day; a failing one is printed with what was read. */
static void check_date_cases(const date_case *cases, size_t n, int today)
{
    for (size_t i = 0; i < n; i++) {
        date_val d;
        int ok = date_find_text(cases[i].text, strlen(cases[i].text), 0, today, &d, NULL, NULL);
        if (!ok || d.y != cases[i].y || d.m != cases[i].m || d.d != cases[i].d)
            fprintf(stderr, "  case %zu: %s -> %d %04d-%02d-%02d\n", i, cases[i].text, ok, d.y, d.m, d.d);
        CHECK(ok && d.y == cases[i].y && d.m == cases[i].m && d.d == cases[i].d);
    }
}

/* Months and orders of the Baltic, Slovene, Belarusian, Swahili, Filipino
 * and Thai pages (Buddhist-era years converted), German "Mrz.", the
 * hyphenated "15-Mar-2019" and "15/mar/2019", and "3/15/19" standing
 * alone; a bare number after a Thai month is no year. */
TEST(metadata_date_baltic_thai_and_hyphenated)
{
    int today = 20261204;
    static const date_case cases[] = {
        {"Paskelbta: 2019 m. kovo 15 d. 18:04", 2019, 3, 15},     /* lt */
        {"2020 m. rugpj\u016B\u010Dio 3 d.", 2020, 8, 3},           /* lt */
        {"2019. gada 15. marts", 2019, 3, 15},                    /* lv */
        {"2021. gada 2. j\u016Blij\u0101", 2021, 7, 2},              /* lv, locative */
        {"15. m\u00E4rts 2019 kell 18:04", 2019, 3, 15},           /* et */
        {"3. oktoober 2020", 2020, 10, 3},                        /* et */
        {"15. marec 2019", 2019, 3, 15},                          /* sl */
        {"4. julija 2021", 2021, 7, 4},                           /* sl */
        {"15 \u0441\u0430\u043A\u0430\u0432\u0456\u043A\u0430 2019", 2019, 3, 15}, /* be */
        {"15 Machi 2019", 2019, 3, 15},                           /* sw */
        {"Marso 15, 2019", 2019, 3, 15},                          /* tl */
        {"15. Mrz. 2019", 2019, 3, 15},                           /* de */
        {"Posted 15-Mar-2019 18:04", 2019, 3, 15},
        {"15-MAR-2019", 2019, 3, 15},
        {"Publicado em 15/mar/2019 18h04", 2019, 3, 15},          /* pt */
        {"Posted 3/15/19 8:00am", 2019, 3, 15},
        {"15/3/19, 18:04", 2019, 3, 15},
        {"5/3/19", 2019, 3, 5},                                   /* day first unless the page is US */
        {"Mar 15 '19", 2019, 3, 15},
        {"15. M\u00E4rz \u201919, 18:04", 2019, 3, 15},
        {"June 3, '98", 1998, 6, 3},
        {"\u0E28\u0E38\u0E01\u0E23\u0E4C\u0E17\u0E35\u0E48 15 \u0E21\u0E35\u0E19\u0E32\u0E04\u0E21 \u0E1E.\u0E28. 2562", 2019, 3, 15}, /* th, era named */
        {"15 \u0E15.\u0E04. 2562 18:04 \u0E19.", 2019, 10, 15},  /* th, abbreviated */
        {"15 \u0E21\u0E35.\u0E04. 2019", 2019, 3, 15},           /* th, Gregorian year */
    };
    check_date_cases(cases, sizeof cases / sizeof *cases, today);
    static const char *const none[] = {
        "15 \u0E21\u0E35\u0E19\u0E32\u0E04\u0E21 50 \u0E04\u0E19", /* th: "15 March, 50 people" */
        "Class of '19", "May 3 '19ers", "Issue 15-Mar", "Ticket 12-Feb-99", "Version 2019 m. 3", "1/2/19/4", "add 1/2 cup", "ref 3/15/19x", "15/mar-2019",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        date_val d;
        CHECK(!date_find_text(none[i], strlen(none[i]), 0, today, &d, NULL, NULL));
    }
}

/* Month names and numbering of more news languages: each case reads the
 * right day, and the words around a date stay unread. */
TEST(metadata_date_more_languages)
{
    int today = 20261204;
    static const date_case cases[] = {
        {"\u092A\u094D\u0930\u0915\u093E\u0936\u093F\u0924: 15 \u092E\u093E\u0930\u094D\u091A 2019", 2019, 3, 15}, /* hi */
        {"\u0967\u096B \u0938\u093F\u0924\u0902\u092C\u0930 \u0968\u0966\u0968\u0966", 2020, 9, 15},              /* hi, Devanagari digits */
        {"\u0968\u0969 \u0911\u0917\u0938\u094D\u091F \u0968\u0966\u0968\u0967", 2021, 8, 23},                      /* mr */
        {"12 \u0641\u0631\u0648\u0631\u06CC 2022", 2022, 2, 12},                                                      /* ur */
        {"\u0394\u03B7\u03BC\u03BF\u03C3\u03B9\u03B5\u03CD\u03B8\u03B7\u03BA\u03B5: 5 \u039C\u03B1\u0390\u03BF\u03C5 2020", 2020, 5, 5}, /* el */
        {"5 \u039C\u0391\u03AA\u039F\u03A5 2020", 2020, 5, 5},                                                          /* el, capitals */
        {"21 \u039F\u03BA\u03C4\u03C9\u03B2\u03C1\u03AF\u03BF\u03C5 2019, 10:15", 2019, 10, 21},                     /* el */
        {"Diterbitkan 17 Agustus 2021", 2021, 8, 17},                                                                     /* id */
        {"3 Desember 2020 | 14:05 WIB", 2020, 12, 3},                                                                     /* id */
        {"Kemas kini 9 Ogos 2022", 2022, 8, 9},                                                                           /* ms */
        {"C\u1EADp nh\u1EADt ng\u00E0y 15 th\u00E1ng 3 n\u0103m 2019", 2019, 3, 15},                                    /* vi */
        {"Th\u1EE9 hai, 2 Th\u00E1ng 11, 2020", 2020, 11, 2},                                                             /* vi */
        {"Publikálva: 2019. március 15. 10:20", 2019, 3, 15},                                                           /* hu */
        {"2021. szept. 8.", 2021, 9, 8},                                                                                  /* hu */
        {"\uC785\uB825 2019. 3. 15. 10:20", 2019, 3, 15},                                                                 /* ko */
        {"\u0160ubat? 14 \u015Eubat 2018", 2018, 2, 14},                                                                  /* tr, capital \u015E */
        {"Vyd\u00E1no 3. \u010Dervna 2019", 2019, 6, 3},                                                                  /* cs */
        {"3. \u010Cervna 2019", 2019, 6, 3},                                                                             /* cs, capital \u010C */
        {"12. j\u00FAna 2020", 2020, 6, 12},                                                                             /* sk */
        {"14. o\u017Eujka 2021.", 2021, 3, 14},                                                                          /* hr */
        {"7 \u043E\u043A\u0442\u043E\u043C\u0432\u0440\u0438 2019", 2019, 10, 7},                                   /* bg */
        {"15 \u05D1\u05DE\u05E8\u05E5 2019", 2019, 3, 15},                                                               /* he */
        {"12 de setembre de 2019", 2019, 9, 12},                                                                          /* ca */
        {"15 آذار/مارس 2019", 2019, 3, 15},                                                                               /* ar, two names */
        {"3 كانون الثاني (يناير) 2020", 2020, 1, 3},                                                                       /* ar, two names */
        {"٢٠ أيار / مايو ٢٠٢١", 2021, 5, 20},                                                                             /* ar, two names */
        {"۱۵ شهريور ۱۳۹۸", 2019, 9, 6},                                                                                   /* fa, Arabic yeh */
        {"15 Қаңтар 2019 ж.", 2019, 1, 15},                                                                               /* kk, capital Қ */
        {"15 ҚЫРКҮЙЕК 2019", 2019, 9, 15},                                                                                /* kk, capitals */
        {"15 მარტი, 2019 10:30", 2019, 3, 15},                                                                            /* ka */
        {"თბილისი, 15 მარტს, 2019", 2019, 3, 15},                                                                         /* ka, dative */
        {"15 სექ. 2019", 2019, 9, 15},                                                                                    /* ka, abbreviation */
        {"15 Մարտի, 2019", 2019, 3, 15},                                                                                  /* hy, capital, genitive */
        {"Հոկտեմբեր 15, 2019", 2019, 10, 15},                                                                             /* hy */
        {"2019 жылғы 15 наурыз", 2019, 3, 15},                                                                            /* kk, year first */
        {"2019 ж. 15 наурыз, 10:30", 2019, 3, 15},                                                                        /* kk, year first */
        {"2019 წლის 15 მარტი", 2019, 3, 15},                                                                              /* ka, year first */
        {"2019 թ. մարտի 15", 2019, 3, 15},                                                                                /* hy, year first */
    };
    check_date_cases(cases, sizeof cases / sizeof *cases, today);
    date_val d;
    /* a year followed by a sentence is no Hungarian or Korean date */
    const char *prose = "In 2019. 3 people came.";
    CHECK(!date_find_text(prose, strlen(prose), 0, today, &d, NULL, NULL));
    /* a second month name must be the same month */
    const char *two = "15 آذار/يونيو 2019";
    CHECK(!date_find_text(two, strlen(two), 0, today, &d, NULL, NULL));
    /* "tháng" needs a month number 1..12 */
    const char *vi = "15 th\u00E1ng 13 n\u0103m 2019";
    CHECK(!date_find_text(vi, strlen(vi), 0, today, &d, NULL, NULL));
}

TEST(metadata_title_suffix_stripping)
{
    arena a;
    arena_init(&a, 0);
    const char *h[] = {"A quiet day at the lake"};
    CHECK_STR(title_strip_site(&a, "A quiet day at the lake | My Site", "My Site", NULL, 0), "A quiet day at the lake");
    CHECK_STR(title_strip_site(&a, "My Site - A quiet day at the lake", "My Site", NULL, 0), "A quiet day at the lake");
    CHECK_STR(title_strip_site(&a, "A quiet day at the lake \xE2\x80\x93 Section \xE2\x80\x93 Site", NULL, h, 1),
              "A quiet day at the lake");
    CHECK_STR(title_strip_site(&a, "No separator here", "Site", NULL, 0), "No separator here");

    title_input in;
    memset(&in, 0, sizeof in);
    /* <title> only, with a heading repeating its first part. */
    in.title_tag = "A quiet day at the lake | Lakes | The Daily Site";
    in.headings[0] = "A quiet day at the lake";
    in.nheadings = in.nstrong = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "A quiet day at the lake");
    /* " : " and U+01C0 cut only where a heading confirms it. */
    memset(&in, 0, sizeof in);
    in.title_tag = "Pflegefinanzierung: Papier fordert Reform : EKHN \xC7\x80 Kirche in Hessen";
    in.headings[0] = "Pflegefinanzierung: Papier fordert Reform";
    in.nheadings = in.nstrong = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "Pflegefinanzierung: Papier fordert Reform");
    /* <title> only, no heading: the last part (the site) is dropped. */
    memset(&in, 0, sizeof in);
    in.title_tag = "How to Build a Terrarium at Home | eHow";
    CHECK_STR(title_choose(&a, &in, NULL), "How to Build a Terrarium at Home");
    /* A logo h1 equal to the trailing site part does not win. */
    memset(&in, 0, sizeof in);
    in.title_tag = "Evolve: Shared Mutable History \xE2\x80\x94 evolve extension for Mercurial";
    in.headings[0] = "evolve extension for Mercurial";
    in.nheadings = in.nstrong = 1;
    CHECK_STR(title_choose(&a, &in, NULL), in.title_tag);
    /* Declared og:title is kept as written; og:title equal to the site name is skipped. */
    memset(&in, 0, sizeof in);
    in.og = "Story headline";
    in.title_tag = "Story headline - Site";
    CHECK_STR(title_choose(&a, &in, NULL), "Story headline");
    in.og = "Site";
    in.sitename = "Site";
    CHECK_STR(title_choose(&a, &in, NULL), "Story headline");
    /* og:title loses its site suffix only when an h1 reads the rest. */
    memset(&in, 0, sizeof in);
    in.og = "Story headline | TheLedger.com"; /* contains the site name, is not it */
    in.sitename = "TheLedger";
    CHECK_STR(title_choose(&a, &in, NULL), "Story headline | TheLedger.com");
    in.headings[0] = "Story headline";
    in.nheadings = in.nstrong = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "Story headline");
    /* ... or when the end part is exactly the declared site name, unless
     * that would leave fewer words than the "site name" has. */
    memset(&in, 0, sizeof in);
    in.og = "The Future of AI in Healthcare | Appen";
    in.sitename = "Appen";
    CHECK_STR(title_choose(&a, &in, NULL), "The Future of AI in Healthcare");
    in.og = "Windpark Steinheim wird gebaut | EnBW";
    in.sitename = "Windpark Steinheim wird gebaut";
    CHECK_STR(title_choose(&a, &in, NULL), "Windpark Steinheim wird gebaut | EnBW");
    in.og = "Cooking with Appen fans | Appen Daily";
    in.sitename = "Appen";
    CHECK_STR(title_choose(&a, &in, NULL), "Cooking with Appen fans | Appen Daily");
    /* Site name from <title> when nothing declares one. */
    CHECK_STR(title_site_part(&a, "Harbour wall repairs to start | The Harbour Times", "Harbour wall repairs to start", NULL),
              "The Harbour Times");
    CHECK_STR(title_site_part(&a, "Ein Remis als Mutmacher | NDR.de - Sport - Fussball", "Ein Remis als Mutmacher",
                              "https://www.ndr.de/sport/x.html"),
              "NDR.de");
    CHECK_STR(title_site_part(&a, "Four Years | Interning of Small Integers", "Four Years", NULL), NULL);
    CHECK_STR(title_site_part(&a, "How To Scrape Google With Python - By linksc", "How To Scrape Google With Python",
                              NULL),
              NULL);
    CHECK_STR(title_site_part(&a, "A B C | Section | Site", "A B C", NULL), NULL);
    CHECK_STR(title_host_part(&a, "Was ist Virales Marketing? | DimidoBlog", "https://www.dimido.de/blog/x"),
              "DimidoBlog");
    CHECK_STR(title_host_part(&a, "Was ist Virales Marketing? | DimidoBlog", "https://example.org/x"), NULL);
    CHECK_STR(title_host_part(&a, "Naschkiste: [Rezi] Love is War | Other", "https://naschkiste.de/r"), NULL);
    arena_free(&a);
}

TEST(metadata_title_visible_headline)
{
    arena a;
    arena_init(&a, 0);
    title_input in;
    /* A reworded promo og:title loses to the h1 that <title> repeats. */
    memset(&in, 0, sizeof in);
    in.og = "New York ramps up mass burials amid virus outbreak";
    in.title_tag = "Coronavirus: New York ramps up mass burials amid outbreak - The Daily Site";
    in.visible[0] = "Coronavirus: New York ramps up mass burials amid outbreak";
    in.nvisible = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "Coronavirus: New York ramps up mass burials amid outbreak");
    /* Affixes on og:title: the h1 is the part it repeats. */
    memset(&in, 0, sizeof in);
    in.og = "Berlin confronts its colonial past with new initiative | News | DW | 19.01.2020";
    in.visible[0] = "Berlin confronts its colonial past with new initiative";
    in.nvisible = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "Berlin confronts its colonial past with new initiative");
    /* Typography: the heading's curly quotes over og:title's ASCII. */
    memset(&in, 0, sizeof in);
    in.og = "Students \"burned up\" by diet pills, doctors say...";
    in.visible[0] = "Students \xE2\x80\x9C" "burned up\xE2\x80\x9D by diet pills, doctors say\xE2\x80\xA6";
    in.nvisible = 1;
    CHECK_STR(title_choose(&a, &in, NULL), in.visible[0]);
    /* A short "Label: " before the heading in <title> is a kicker. */
    memset(&in, 0, sizeof in);
    in.title_tag = "Chronik: Harbour master retires after forty years - wien.example.at";
    in.visible[0] = "Harbour master retires after forty years";
    in.nvisible = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "Harbour master retires after forty years");
    /* Two h1s, the first a section label that <title> also names: the longer one. */
    memset(&in, 0, sizeof in);
    in.title_tag = "Fachmeldungen - Verkuendung des neuen Tabaksteuergesetzes";
    in.visible[0] = "Fachmeldungen";
    in.visible[1] = "Verkuendung des neuen Tabaksteuergesetzes";
    in.nvisible = 2;
    CHECK_STR(title_choose(&a, &in, NULL), "Verkuendung des neuen Tabaksteuergesetzes");
    /* Kicker and headline as separate elements of one h1 lose the
     * separator between them: <title>'s form is kept. */
    memset(&in, 0, sizeof in);
    in.title_tag = "Olympische Spiele in Paris - Getraenke per Schiff ins Stadtzentrum";
    in.visible[0] = "Olympische Spiele in Paris Getraenke per Schiff ins Stadtzentrum";
    in.nvisible = 1;
    CHECK_STR(title_choose(&a, &in, NULL), in.title_tag);
    /* The last of three parts is the site, even when an h1 repeats it. */
    memset(&in, 0, sizeof in);
    in.title_tag = "Offshore-Windenergie \xE2\x80\x93 Sauberer Strom vom Meer | Stiftung Offshore-Windenergie";
    in.visible[0] = "Stiftung Offshore Windenergie";
    in.nvisible = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "Offshore-Windenergie \xE2\x80\x93 Sauberer Strom vom Meer");
    /* A short label h1 is no headline. */
    memset(&in, 0, sizeof in);
    in.og = "Harbour wall repairs start next month";
    in.title_tag = "Pressemitteilungen - Site";
    in.visible[0] = "Pressemitteilungen";
    in.nvisible = 1;
    CHECK_STR(title_choose(&a, &in, NULL), "Harbour wall repairs start next month");
    arena_free(&a);
}

TEST(metadata_title_markup_stripped)
{
    arena a;
    arena_init(&a, 0);
    CHECK_STR(meta_strip_tags(&a, "The <i>Moby-Dick</i> review"), "The Moby-Dick review");
    CHECK_STR(meta_strip_tags(&a, "Line<br/>break"), "Line break");
    /* not tags: a comparison, a heart, an unclosed bracket */
    CHECK_STR(meta_strip_tags(&a, "When a < b and c > d"), "When a < b and c > d");
    CHECK_STR(meta_strip_tags(&a, "I <3 tea"), "I <3 tea");
    CHECK_STR(meta_strip_tags(&a, "Open <tag without end"), "Open <tag without end");
    arena_free(&a);
}

TEST(metadata_title_whitespace_and_h1_fallback)
{
    lede_article *a = meta_run("<html><head><title>\n  Spaced\t\ttitle   words here \n</title></head><body></body></html>",
                               NULL);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->title, "Spaced title words here");
        meta_free(a);
    }
    a = meta_run("<html><body><h1> Only <em>an</em> h1 </h1></body></html>", NULL);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->title, "Only an h1");
        meta_free(a);
    }
}

static void authors_of(const char *s, int byline, const char *want0, const char *want1, size_t count)
{
    arena a;
    arena_init(&a, 0);
    str_list l = {0};
    int r = byline ? author_add_byline(&a, &l, s) : author_add(&a, &l, s);
    CHECK(r >= 0);
    CHECK_INT(l.count, count);
    if (count > 0)
        CHECK_STR(item(&l, 0), want0);
    if (count > 1)
        CHECK_STR(item(&l, 1), want1);
    arena_free(&a);
}

TEST(metadata_author_cleaning)
{
    authors_of("By Jane Doe and John Roe, Staff Writers | March 3, 2019", 0, "Jane Doe", "John Roe", 2);
    authors_of("Ann Smith, Bob Jones and Carl Wu", 0, "Ann Smith", "Bob Jones", 3);
    authors_of("By\n\t\tScott Cunningham", 1, "Scott Cunningham", NULL, 1);
    authors_of("By Brenda  Goodman, MA\nWebMD Health News", 1, "Brenda Goodman", NULL, 1);
    authors_of("Written by Rob Ewaschuk\nEdited by Betsy Beyer", 1, "Rob Ewaschuk", NULL, 1);
    authors_of("Von Max Mustermann und Erika Musterfrau", 0, "Max Mustermann", "Erika Musterfrau", 2);
    authors_of("Par S\xC3\xA9" "bastien Farcis", 0, "S\xC3\xA9" "bastien Farcis", NULL, 1);
    authors_of("Jane Doe (@janedoe)", 0, "Jane Doe", NULL, 1);
    authors_of("jane@example.com", 0, NULL, NULL, 0);
    authors_of("@handle", 0, NULL, NULL, 0);
    authors_of("https://example.com/author/jane", 0, NULL, NULL, 0);
    authors_of("Updated 3 hours ago", 0, NULL, NULL, 0);
    authors_of("April 28, 2019 at 6:01 am Updated April 29, 2019", 1, NULL, NULL, 0);
    authors_of("Follow Author", 0, NULL, NULL, 0);
    authors_of("Jane Doe; JANE DOE", 0, "Jane Doe", NULL, 1); /* deduplicated */
    authors_of("Mac & i", 0, "Mac & i", NULL, 1);               /* "i" is no name: not split */
    authors_of("Kristen Doe Kristen Doe", 0, "Kristen Doe", NULL, 1);
    authors_of("Sara Zinnecker Stand: 12.03.2022", 0, "Sara Zinnecker", NULL, 1);
    authors_of("Zeige alle Beitr\xC3\xA4ge von Max Muster", 1, "Max Muster", NULL, 1);
    authors_of("Publiziert am", 1, NULL, NULL, 0);
    authors_of("Erstellt von Andri Bryner", 1, "Andri Bryner", NULL, 1);
    authors_of("deinen Hochzeitsbloggern", 0, NULL, NULL, 0);
    authors_of("van der Berg", 0, "van der Berg", NULL, 1);
}

TEST(metadata_url_resolution)
{
    arena a;
    arena_init(&a, 0);
    const char *b = "http://ex.com/a/b/c.html?q=1#f";
    CHECK_STR(url_resolve(&a, b, "/x/y"), "http://ex.com/x/y");
    CHECK_STR(url_resolve(&a, b, "x.png"), "http://ex.com/a/b/x.png");
    CHECK_STR(url_resolve(&a, b, "../z"), "http://ex.com/a/z");
    CHECK_STR(url_resolve(&a, b, "../../../z"), "http://ex.com/z");
    CHECK_STR(url_resolve(&a, b, "//cdn.com/i.png"), "http://cdn.com/i.png");
    CHECK_STR(url_resolve(&a, b, "https://o.org/p"), "https://o.org/p");
    CHECK_STR(url_resolve(&a, b, "?r=2"), "http://ex.com/a/b/c.html?r=2");
    CHECK_STR(url_resolve(&a, b, "#g"), "http://ex.com/a/b/c.html?q=1#g");
    CHECK_STR(url_resolve(&a, "https://h.org", "p"), "https://h.org/p");
    CHECK_STR(url_resolve(&a, b, "javascript:void(0)"), NULL);
    CHECK_STR(url_resolve(&a, b, "   "), NULL);
    CHECK_STR(url_resolve(&a, NULL, "rel/only"), NULL);
    /* WHATWG: "http:/x" against an http base is a path on the base's host
     * (what a browser's a.href gives); against another scheme, a host */
    CHECK_STR(url_resolve(&a, b, "http:/cms.example/typo.jpg"), "http://ex.com/cms.example/typo.jpg");
    CHECK_STR(url_resolve(&a, "https://h.org/", "http:/cms.example/typo.jpg"), "http://cms.example/typo.jpg");
    CHECK_STR(url_resolve(&a, b, "HTTPS://EX.com:443/a/../b c.jpg"), "https://ex.com/b%20c.jpg");
    CHECK_STR(url_resolve(&a, NULL, "//cdn.example/i.png"), "https://cdn.example/i.png");
    arena_free(&a);
}

/* url_resolve_at (a base parsed once) gives what url_resolve gives, on
 * every base and ref of a small cross product: absolute, relative,
 * protocol-relative, dead, blank and opaque ones, no base at all */
TEST(url_resolve_at_matches_url_resolve)
{
    arena a;
    arena_init(&a, 0);
    static const char *const bases[] = {"http://ex.com/a/b/c.html?q=1#f", "https://h.org", "mailto:x@y.z",
                                        "not a url", "", "HTTPS://EX.com:443/a/../", NULL};
    static const char *const refs[] = {"/x/y", "x.png", "../../../z", "//cdn.com/i.png", "https://o.org/p",
                                       "?r=2", "#g", "javascript:void(0)", "About:blank", "   ", "", " \t x",
                                       "http:/cms.example/typo.jpg", "rel/only", "data:text/plain,x", NULL};
    for (size_t i = 0; i < sizeof bases / sizeof *bases; i++) {
        url_base b;
        url_base_init(&b, bases[i]);
        for (size_t j = 0; j < sizeof refs / sizeof *refs; j++) {
            const char *want = url_resolve(&a, bases[i], refs[j]), *got = url_resolve_at(&a, &b, refs[j]);
            CHECK((!want && !got) || (want && got && strcmp(want, got) == 0));
        }
        url_base_free(&b);
    }
    arena_free(&a);
}

/* url_host: the host a page's own links and its title parts are compared by */
TEST(url_host_of_addresses)
{
    size_t n;
    const char *h = url_host("https://www.Example.org:8080/donate?x=1", &n);
    CHECK(h && n == 11 && memcmp(h, "Example.org", 11) == 0);
    h = url_host("//cdn.example.org/a", &n);
    CHECK(h && n == 15 && memcmp(h, "cdn.example.org", 15) == 0);
    h = url_host("http://example.org#top", &n);
    CHECK(h && n == 11);
    CHECK(url_host("/donate", &n) == NULL && n == 0);
    CHECK(url_host(NULL, &n) == NULL && n == 0);
}

TEST(metadata_json_reader)
{
    arena a;
    arena_init(&a, 0);
    int oom = 0;
    const char *t = "{'a': 'x\\u00e9\\ud83d\\ude00', b: [1, 2,, ], \"c\": {\"d\": true,}, \"e\": null}";
    json_value *v = json_parse(&a, t, strlen(t), &oom);
    CHECK(v && !oom);
    if (v) {
        const json_value *x = json_get(v, "a");
        CHECK(x && x->type == JSON_STR);
        if (x)
            CHECK_STR(x->str, "x\xC3\xA9\xF0\x9F\x98\x80");
        x = json_get(v, "b");
        CHECK(x && x->type == JSON_ARR && x->len == 2);
        x = json_get(json_get(v, "c"), "d");
        CHECK(x && x->type == JSON_BOOL && x->boolean);
    }
    /* Hostile inputs: deep nesting, truncation, junk. Must not crash. */
    char deep[5000];
    memset(deep, '[', sizeof deep - 1);
    deep[sizeof deep - 1] = 0;
    (void)json_parse(&a, deep, strlen(deep), &oom);
    const char *bad[] = {"", "{", "{\"a\":", "\"unterminated", "}}}]]]", "{\"a\":\"\\u12", "nonsense", "{,,,:}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        (void)json_parse(&a, bad[i], strlen(bad[i]), &oom);
    arena_free(&a);
}

TEST(metadata_robust_on_odd_pages)
{
    static const char *const pages[] = {
        "",
        "<html></html>",
        "<script type=application/ld+json>{\"@graph\":[{\"@id\":\"#a\",\"author\":{\"@id\":\"#a\"}}]}</script>",
        "<script type=application/ld+json>[[[[[[[[[[{\"@type\":\"Article\",\"author\":[[[[\"x\"]]]]}]]]]]]]]]]</script>",
        "<meta property=og:title><meta name=author content=''><title></title><h1></h1>",
        "<time datetime='9999-99-99'>0000</time><div class=date>31/31/2019 99:99</div>",
        "<svg><title>not the title</title></svg><h1>Real</h1>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        lede_article *a = meta_run(pages[i], "not a url");
        CHECK(a != NULL);
        meta_free(a);
    }
}

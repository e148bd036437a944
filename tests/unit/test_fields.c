/* test_fields.c: the public field table (LEDE_FIELDS) and its getters: every
 * field of the JSON record is reachable through a getter of its kind, in
 * the record's order, with the same values the renderer writes; the lazily
 * rendered text is the text render and is safe to read from two threads. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

static const char PAGE[] =
    "<html lang=en><head><title>Harbour vote | Gazette</title>"
    "<meta property=\"article:section\" content=\"Local\">"
    "<meta property=\"article:tag\" content=\"mills\"><meta property=\"article:tag\" content=\"tides\">"
    "<meta name=\"author\" content=\"Maren Holloway\"></head><body><article><h1>Harbour vote</h1>"
    "<p>The harbour town voted on Tuesday to restore its tidal mill, closed since the floods of 1953.</p>"
    "<p>Work starts in spring and will take two years, the council said after the meeting.</p>"
    "</article></body></html>";

TEST(fields_table_names_and_kinds)
{
    CHECK_STR(lede_field_name(LEDE_FIELD_URL), "url");
    CHECK_STR(lede_field_name(LEDE_FIELD_DATE_MODIFIED), "date_modified");
    CHECK(lede_field_kind(LEDE_FIELD_AUTHORS) == LEDE_KIND_LIST);
    CHECK(lede_field_kind(LEDE_FIELD_TEXT) == LEDE_KIND_TEXT);
    CHECK(lede_field_kind(LEDE_FIELD_TRUNCATED) == LEDE_KIND_BOOL);
    CHECK(lede_field_in_record(LEDE_FIELD_CHARSET) == 0);
    CHECK(lede_field_name(LEDE_FIELD_COUNT) == NULL);
    CHECK(lede_field_kind((lede_field)-1) == -1);
}

/* The record's keys appear in the JSON in table order, each once. */
TEST(fields_order_is_the_records)
{
    lede_article *art = NULL;
    CHECK(lede_extract(PAGE, sizeof PAGE - 1, "https://x.example/a", NULL, &art) == LEDE_OK);
    char *json = lede_render(art, LEDE_FORMAT_JSON, "p", NULL);
    char *err = lede_render_error(LEDE_ERR_EMPTY, NULL, "p", NULL, NULL);
    CHECK(json && err);
    const char *pj = json ? json : "", *pe = err ? err : "";
    for (int f = 0; f < LEDE_FIELD_COUNT; f++) {
        char key[64];
        snprintf(key, sizeof key, "\"%s\":", lede_field_name((lede_field)f));
        const char *hj = strstr(pj, key), *he = strstr(pe, key);
        if (lede_field_in_record((lede_field)f)) {
            CHECK(hj != NULL && he != NULL);
            if (hj)
                pj = hj + 1;
            if (he)
                pe = he + 1;
        } else {
            CHECK(strstr(json ? json : "", key) == NULL);
        }
    }
    free(json);
    free(err);
    lede_article_free(art);
}

TEST(fields_getters_by_kind)
{
    lede_article *art = NULL;
    CHECK(lede_extract(PAGE, sizeof PAGE - 1, "https://x.example/a", NULL, &art) == LEDE_OK);
    CHECK_STR(lede_article_field(art, LEDE_FIELD_URL), "https://x.example/a");
    CHECK_STR(lede_article_field(art, LEDE_FIELD_TITLE), "Harbour vote");
    CHECK(lede_article_list_count(art, LEDE_FIELD_TAGS) == 2);
    CHECK_STR(lede_article_list_item(art, LEDE_FIELD_TAGS, 1), "tides");
    CHECK(lede_article_list_item(art, LEDE_FIELD_TAGS, 2) == NULL);
    CHECK(lede_article_list_count(art, LEDE_FIELD_CATEGORIES) == 1);
    CHECK_STR(lede_article_list_item(art, LEDE_FIELD_CATEGORIES, 0), "Local");
    CHECK(lede_article_author_count(art) == 1);
    CHECK_STR(lede_article_author(art, 0), "Maren Holloway");
    /* a getter of the wrong kind gives nothing */
    CHECK(lede_article_field(art, LEDE_FIELD_TAGS) == NULL);
    CHECK(lede_article_list_count(art, LEDE_FIELD_TITLE) == 0);
    CHECK(lede_article_flag(art, LEDE_FIELD_TITLE) == 0);
    CHECK(lede_article_flag(art, LEDE_FIELD_TRUNCATED) == 0);
    /* the text getter is the text render */
    char *text = lede_render(art, LEDE_FORMAT_TEXT, NULL, NULL);
    const char *t = lede_article_field(art, LEDE_FIELD_TEXT);
    CHECK_STR(t, text);
    CHECK(lede_article_field(art, LEDE_FIELD_TEXT) == t); /* rendered once */
    CHECK(t && strstr(t, "tidal mill") != NULL);
    free(text);
    lede_article_free(art);
    CHECK(lede_article_field(NULL, LEDE_FIELD_TEXT) == NULL);
    CHECK(lede_article_list_count(NULL, LEDE_FIELD_TAGS) == 0);
}

static void *read_text(void *art) { return (void *)lede_article_field(art, LEDE_FIELD_TEXT); }

TEST(fields_text_from_two_threads)
{
    for (int round = 0; round < 20; round++) {
        lede_article *art = NULL;
        CHECK(lede_extract(PAGE, sizeof PAGE - 1, NULL, NULL, &art) == LEDE_OK);
        pthread_t a, b;
        void *ra = NULL, *rb = NULL;
        CHECK(pthread_create(&a, NULL, read_text, art) == 0);
        CHECK(pthread_create(&b, NULL, read_text, art) == 0);
        pthread_join(a, &ra);
        pthread_join(b, &rb);
        CHECK(ra && ra == rb); /* both see the one published copy */
        lede_article_free(art);
    }
}

/* A page without main text: LEDE_ERR_NO_CONTENT with the article (the
 * metadata found), and the JSON record says so in "error". */
TEST(no_content_keeps_metadata)
{
    static const char page[] = "<html><head><title>Gallery | Gazette</title>"
                               "<meta name=\"author\" content=\"Maren Holloway\"></head>"
                               "<body><nav><a href=\"/\">Home</a></nav><h1>Gallery</h1>"
                               "<img src=\"a.jpg\"></body></html>";
    lede_article *art = NULL;
    CHECK(lede_extract(page, sizeof page - 1, NULL, NULL, &art) == LEDE_ERR_NO_CONTENT);
    CHECK(art != NULL);
    CHECK_STR(lede_article_field(art, LEDE_FIELD_TITLE), "Gallery");
    CHECK_STR(lede_article_field(art, LEDE_FIELD_TEXT), "");
    char *json = lede_render(art, LEDE_FORMAT_JSON, "p", NULL);
    CHECK(json && strstr(json, "\"authors\":[\"Maren Holloway\"]") &&
          strstr(json, "\"error\":{\"code\":\"no_content\",\"message\":\"no main text found on the page\"}}"));
    free(json);
    lede_article_free(art);
    /* the same page with a paragraph is an article */
    static const char ok[] = "<html><body><p>The harbour town voted to restore its tidal mill.</p></body></html>";
    CHECK(lede_extract(ok, sizeof ok - 1, NULL, NULL, &art) == LEDE_OK);
    lede_article_free(art);
}

/* The status codes through the C surface: the stable names and numbers of
 * lede.h (README "Error codes"; the Python classes and the CLI's records
 * use the same names), each one's error record, and every code the
 * library itself returns from lede_extract (nomem needs a failing
 * allocator; io is the CLI's, for a file it cannot read). */
TEST(status_codes_names_records_and_returns)
{
    static const char *const names[] = {"ok", "nomem", "empty", "not_html", "too_large", "io", "no_content", "usage"};
    CHECK_INT(sizeof names / sizeof *names, LEDE_ERR_USAGE + 1);
    for (int st = 0; st <= LEDE_ERR_USAGE; st++) {
        CHECK_STR(lede_status_name((lede_status)st), names[st]);
        const char *m = lede_status_message((lede_status)st);
        CHECK(m && *m);
        if (st == LEDE_OK)
            continue;
        char want[160];
        snprintf(want, sizeof want, "\"error\":{\"code\":\"%s\",\"message\":\"%s\"}}", names[st], m);
        char *rec = lede_render_error((lede_status)st, NULL, "x", NULL, NULL);
        CHECK(rec && strstr(rec, want));
        free(rec);
    }
    CHECK_STR(lede_status_name((lede_status)(LEDE_ERR_USAGE + 1)), "unknown");
    CHECK_STR(lede_status_message((lede_status)-1), "unknown error");

    static const char page[] = "<p>The harbour town voted to restore its tidal mill.</p>";
    static const char pdf[] = "%PDF-1.4\n1 0 obj\n";
    lede_article *art = (lede_article *)&art; /* any non-NULL: a failure sets it to NULL */
    CHECK(lede_extract("", 0, NULL, NULL, &art) == LEDE_ERR_EMPTY && !art);
    CHECK(lede_extract(" \n\t ", 4, NULL, NULL, &art) == LEDE_ERR_EMPTY && !art);
    CHECK(lede_extract(pdf, sizeof pdf - 1, NULL, NULL, &art) == LEDE_ERR_NOT_HTML && !art);
    CHECK_STR(lede_not_html_reason(pdf, sizeof pdf - 1), "not HTML: looks like a PDF");
    lede_options *o = lede_options_new();
    lede_options_set_max_bytes(o, 16);
    CHECK(lede_extract(page, sizeof page - 1, NULL, o, &art) == LEDE_ERR_TOO_LARGE && !art);
    lede_options_free(o);
    CHECK(lede_extract(NULL, 4, NULL, NULL, &art) == LEDE_ERR_USAGE && !art);
    CHECK(lede_extract(page, sizeof page - 1, NULL, NULL, NULL) == LEDE_ERR_USAGE);
    CHECK(lede_extract(page, sizeof page - 1, NULL, NULL, &art) == LEDE_OK && art);
    lede_article_free(art);
}

/* test_fields.c: the public field table (LEDE_FIELDS) and its getters: every
 * field of the JSON record is reachable through a getter of its kind, in
 * the record's order, with the same values the renderer writes (quotes'
 * and images' item getters too); the lazily rendered text is the text
 * render and is safe to read from two threads; the status codes' names,
 * error records and lede_extract's returns. */
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

/* Appends ,"key":"s" (or null) to b. The test page's values need no JSON
 * escapes. */
static void put_kv(char *b, size_t cap, const char *key, const char *s)
{
    size_t n = strlen(b);
    if (s)
        snprintf(b + n, cap - n, "%s\"%s\":\"%s\"", n ? "," : "", key, s);
    else
        snprintf(b + n, cap - n, "%s\"%s\":null", n ? "," : "", key);
}

/* Every field of the table through its getter, on a page that gives each
 * one: the getter's value is the JSON record's, for every kind, quotes'
 * and images' item getters included (the C surface of each record field;
 * the CLI's and Python's are the golden cases and test_cli_parity). */
TEST(fields_every_getter_is_the_records_value)
{
    static const char page[] =
        "<html lang=\"en\"><head><title>Harbour vote | Coast Gazette</title>"
        "<meta property=\"og:site_name\" content=\"Coast Gazette\"><meta property=\"og:type\" content=\"article\">"
        "<meta property=\"og:image\" content=\"/img/mill.jpg\">"
        "<meta name=\"description\" content=\"The town votes to restore its tidal mill.\">"
        "<meta property=\"article:published_time\" content=\"2024-05-14T08:30:00+01:00\">"
        "<meta property=\"article:modified_time\" content=\"2024-05-15T10:00:00+01:00\">"
        "<meta property=\"article:section\" content=\"Local\"><meta property=\"article:tag\" content=\"mills\">"
        "<meta name=\"author\" content=\"Maren Holloway\"><link rel=\"next\" href=\"https://x.example/a?page=2\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"isAccessibleForFree\":false}</script>"
        "</head><body><article><h1>Harbour vote</h1>"
        "<p>The harbour town voted on Tuesday to restore its tidal mill, closed since the floods of 1953.</p>"
        "<figure><img src=\"/img/wheel.jpg\" alt=\"The wheel\"><figcaption>The old wheel.</figcaption></figure>"
        "<p>\"We will have it turning again by next summer,\" said Tessa Marlow, the council's engineer.</p>"
        "<p>Work starts in spring and will take two years, the council said after the meeting.</p>"
        "</article></body></html>";
    lede_options *o = lede_options_new();
    lede_options_set_quotes(o, 1);
    lede_options_set_comments(o, 1);
    lede_article *art = NULL;
    CHECK(lede_extract(page, sizeof page - 1, "https://x.example/a?page=1", o, &art) == LEDE_OK);
    lede_options_free(o);
    if (!art)
        return;
    char *json = lede_render(art, LEDE_FORMAT_JSON, "p", NULL);
    const char *js = json ? json : "";
    char want[1024];
    for (int f = 0; f < LEDE_FIELD_COUNT; f++) {
        const char *name = lede_field_name((lede_field)f);
        want[0] = 0;
        switch (lede_field_kind((lede_field)f)) {
        case LEDE_KIND_STRING: {
            const char *v = lede_article_field(art, (lede_field)f);
            CHECK(v != NULL); /* the page gives every one */
            put_kv(want, sizeof want, name, v);
            break;
        }
        case LEDE_KIND_LIST: {
            size_t n = lede_article_list_count(art, (lede_field)f);
            CHECK(n == 1);
            snprintf(want, sizeof want, "\"%s\":[", name);
            for (size_t i = 0; i < n; i++)
                snprintf(want + strlen(want), sizeof want - strlen(want), "%s\"%s\"", i ? "," : "",
                         lede_article_list_item(art, (lede_field)f, i));
            strcat(want, "]");
            break;
        }
        case LEDE_KIND_BOOL:
            snprintf(want, sizeof want, "\"%s\":%s", name, lede_article_flag(art, (lede_field)f) ? "true" : "false");
            break;
        case LEDE_KIND_QUOTES:
            CHECK(lede_article_has_quotes(art) && lede_article_quote_count(art) == 2);
            for (size_t i = 0; i < lede_article_quote_count(art); i++) {
                const lede_quote *q = lede_article_quote(art, i);
                size_t s = 0, e = 0;
                CHECK(lede_quote_span_count(q) == 1 && lede_quote_span(q, 0, &s, &e));
                want[0] = 0;
                put_kv(want, sizeof want, "text", lede_quote_text(q));
                put_kv(want, sizeof want, "field", lede_quote_field(q));
                snprintf(want + strlen(want), sizeof want - strlen(want),
                         ",\"start\":%zu,\"end\":%zu,\"spans\":[[%zu,%zu]]", s, e, s, e);
                put_kv(want, sizeof want, "mention", lede_quote_mention(q));
                put_kv(want, sizeof want, "speaker", lede_quote_speaker(q));
                put_kv(want, sizeof want, "cue", lede_quote_cue(q));
                put_kv(want, sizeof want, "kind", lede_quote_kind(q));
                CHECK(strstr(js, want) != NULL);
            }
            CHECK(lede_article_quote(art, 2) == NULL);
            CHECK_STR(lede_quote_kind(lede_article_quote(art, 0)), "direct");
            CHECK_STR(lede_quote_speaker(lede_article_quote(art, 0)), "Tessa Marlow");
            want[0] = 0;
            break;
        case LEDE_KIND_IMAGES: {
            CHECK(lede_article_has_images(art) && lede_article_image_count(art) == 1);
            const lede_image *im = lede_article_image(art, 0);
            put_kv(want, sizeof want, "src", lede_image_src(im));
            put_kv(want, sizeof want, "alt", lede_image_alt(im));
            put_kv(want, sizeof want, "caption", lede_image_caption(im));
            put_kv(want, sizeof want, "credit", lede_image_credit(im));
            char item[1024];
            snprintf(item, sizeof item, "\"images\":[{%s}]", want);
            CHECK(strstr(js, item) != NULL);
            want[0] = 0;
            break;
        }
        case LEDE_KIND_COMMENTS: /* looked for, none on the page */
            CHECK(lede_article_has_comments(art) && lede_article_comment_count(art) == 0);
            snprintf(want, sizeof want, "\"%s\":[]", name);
            break;
        default: /* TEXT: the text render, fields_getters_by_kind */
            break;
        }
        if (want[0] && lede_field_in_record((lede_field)f))
            CHECK(strstr(js, want) != NULL);
    }
    CHECK(lede_article_flag(art, LEDE_FIELD_PAYWALLED) == 1);
    free(json);
    lede_article_free(art);
}

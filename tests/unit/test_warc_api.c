/* test_warc_api.c: the public WARC API (include/lede_warc.h) exercised as
 * a user would: readers over memory, a file, an fd and a callback; record
 * fields, HTTP status and media type, decoded payloads; extraction
 * outcomes and the JSON line; copies that outlive their reader. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "harness.h"
#include "lede_warc.h"

typedef struct {
    char *p;
    size_t len, cap;
} abuf;

static void ab_put(abuf *b, const void *s, size_t n)
{
    if (b->cap - b->len < n) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap - b->len < n)
            cap *= 2;
        b->p = realloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void ab_record(abuf *b, const char *type, const char *uri, const char *ctype, const void *block, size_t n)
{
    char h[512];
    static int serial;
    snprintf(h, sizeof h,
             "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:api-%d>\r\nWARC-Date: 2026-12-01T00:00:00Z\r\n"
             "WARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
             type, ++serial, uri, ctype, n);
    ab_put(b, h, strlen(h));
    ab_put(b, block, n);
    ab_put(b, "\r\n\r\n", 4);
}

static size_t gzip_into(unsigned char *out, size_t cap, const char *s, size_t n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (unsigned char *)(uintptr_t)s;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    size_t k = cap - z.avail_out;
    deflateEnd(&z);
    return k;
}

static const char api_page[] =
    "<!DOCTYPE html><html lang=en><head><title>Harbour mill reopens | Gazette</title></head><body><article>"
    "<h1>Harbour mill reopens</h1><p>The tidal mill in the harbour reopened on Saturday after three years "
    "of repairs, and the town council said visitors could tour the restored wheel from next month.</p>"
    "<p>Volunteers rebuilt the sluice gates by hand, working from drawings kept in the town archive since "
    "the mill closed, and the miller will grind flour again for the bakery on the quay.</p>"
    "</article></body></html>";

/* response (gzip body, charset), resource, request, 404, image, then a
 * response whose Content-Length runs past the end (truncated). */
static abuf api_warc(void)
{
    abuf w = {0};
    char http[8192];
    unsigned char gz[4096];
    size_t gn = gzip_into(gz, sizeof gz, api_page, strlen(api_page));
    int k = snprintf(http, sizeof http,
                     "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n"
                     "Content-Encoding: gzip\r\n\r\n");
    memcpy(http + k, gz, gn);
    ab_record(&w, "response", "<https://news.example/mill>", "application/http; msgtype=response", http,
              (size_t)k + gn);
    ab_record(&w, "resource", "https://news.example/res", "text/html", api_page, strlen(api_page));
    const char req[] = "GET /mill HTTP/1.1\r\nHost: news.example\r\n\r\n";
    ab_record(&w, "request", "https://news.example/mill", "application/http; msgtype=request", req, sizeof req - 1);
    k = snprintf(http, sizeof http, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n%s", api_page);
    ab_record(&w, "response", "https://news.example/404", "application/http; msgtype=response", http, (size_t)k);
    k = snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG....");
    ab_record(&w, "response", "https://news.example/a.png", "application/http; msgtype=response", http, (size_t)k);
    const char cut[] = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/cut\r\n"
                       "WARC-Record-ID: <urn:uuid:cut>\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n";
    ab_put(&w, cut, sizeof cut - 1);
    return w;
}

TEST(warc_api_records_and_payloads)
{
    abuf w = api_warc();
    lede_warc_reader *r = lede_warc_open_memory(w.p, w.len);
    CHECK(r != NULL);
    lede_warc_record *rec;
    CHECK_INT(lede_warc_next(r, &rec), 1);
    CHECK_INT(lede_warc_record_type(rec), LEDE_WARC_RESPONSE);
    CHECK_STR(lede_warc_record_field(rec, LEDE_WARC_FIELD_TYPE), "response");
    CHECK_STR(lede_warc_record_field(rec, LEDE_WARC_FIELD_TARGET_URI), "https://news.example/mill");
    CHECK_STR(lede_warc_record_field(rec, LEDE_WARC_FIELD_DATE), "2026-12-01T00:00:00Z");
    CHECK_STR(lede_warc_record_field(rec, LEDE_WARC_FIELD_TRUNCATED), "");
    CHECK_INT(lede_warc_record_offset(rec), 0);
    CHECK_INT(lede_warc_record_http_status(rec), 200);
    CHECK_STR(lede_warc_record_http_mime(rec), "text/html");
    CHECK_STR(lede_warc_record_http_charset(rec), "iso-8859-1");
    CHECK(lede_warc_record_may_be_page(rec));
    const char *data;
    size_t len;
    int cut = -1;
    CHECK_INT(lede_warc_record_payload(rec, &data, &len, &cut), LEDE_OK);
    CHECK_INT(len, strlen(api_page));
    CHECK(data && memcmp(data, api_page, len) == 0);
    CHECK_INT(cut, 0);
    CHECK_STR(lede_warc_record_damage_message(rec), NULL);

    CHECK_INT(lede_warc_next(r, &rec), 1);
    CHECK_INT(lede_warc_record_type(rec), LEDE_WARC_RESOURCE);
    CHECK(lede_warc_record_offset(rec) > 0);
    CHECK_INT(lede_warc_record_http_status(rec), 0);
    CHECK_STR(lede_warc_record_http_mime(rec), "text/html");
    CHECK_INT(lede_warc_record_payload(rec, &data, &len, NULL), LEDE_OK);
    CHECK_INT(len, strlen(api_page));

    CHECK_INT(lede_warc_next(r, &rec), 1);
    CHECK_INT(lede_warc_record_type(rec), LEDE_WARC_REQUEST);
    CHECK(!lede_warc_record_may_be_page(rec));
    lede_warc_page *page = (lede_warc_page *)&page;
    CHECK_INT(lede_warc_extract(rec, NULL, 0, &page), LEDE_WARC_SKIP_TYPE);
    CHECK(page == NULL);

    CHECK_INT(lede_warc_next(r, &rec), 1);
    CHECK_INT(lede_warc_record_http_status(rec), 404);
    CHECK_INT(lede_warc_extract(rec, NULL, 0, &page), LEDE_WARC_SKIP_STATUS);
    CHECK_INT(lede_warc_extract(rec, NULL, LEDE_WARC_ANY_STATUS, &page), LEDE_WARC_ARTICLE);
    CHECK_INT(lede_warc_page_http_status(page), 404);
    lede_warc_page_free(page);

    CHECK_INT(lede_warc_next(r, &rec), 1);
    CHECK_STR(lede_warc_record_http_mime(rec), "image/png");
    CHECK_INT(lede_warc_extract(rec, NULL, 0, &page), LEDE_WARC_SKIP_NOT_HTML);

    CHECK_INT(lede_warc_next(r, &rec), 1);
    CHECK_INT(lede_warc_record_damage(rec), LEDE_WARC_TRUNCATED);
    CHECK_STR(lede_warc_damage_name(lede_warc_record_damage(rec)), "truncated");
    CHECK(lede_warc_record_damage_message(rec) != NULL);
    CHECK(lede_warc_record_block(rec, &len) == NULL);
    CHECK_INT(lede_warc_record_payload(rec, &data, &len, NULL), LEDE_ERR_IO);
    CHECK_INT(lede_warc_extract(rec, NULL, 0, &page), LEDE_WARC_ERROR);
    CHECK(page && lede_warc_page_article(page) == NULL);
    CHECK_INT(lede_warc_page_status(page), LEDE_ERR_IO);
    char *json = lede_warc_page_render_json(page, "x.warc", &len);
    CHECK(json && strstr(json, "\"error\":{\"code\":\"io\"") != NULL);
    CHECK(json && strstr(json, "\"warc_target_uri\":\"https://news.example/cut\"") != NULL);
    CHECK(json && strstr(json, "\"http_status\":null}") != NULL && len == strlen(json));
    free(json);
    lede_warc_page_free(page);

    CHECK_INT(lede_warc_next(r, &rec), 0);
    CHECK_INT(lede_warc_stat_get(r, LEDE_WARC_STAT_RECORDS), 6);
    CHECK_INT(lede_warc_stat_get(r, LEDE_WARC_STAT_DAMAGED), 1);
    CHECK_INT(lede_warc_damaged_count(r, LEDE_WARC_TRUNCATED), 1);
    CHECK_INT(lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_IN), w.len);
    CHECK_STR(lede_warc_container(r), "plain");
    lede_warc_close(r);
    free(w.p);
}

TEST(warc_api_extract_and_copy)
{
    abuf w = api_warc();
    lede_warc_reader *r = lede_warc_open_memory(w.p, w.len);
    lede_warc_record *rec;
    CHECK_INT(lede_warc_next(r, &rec), 1);
    lede_warc_record *copy = lede_warc_record_copy(rec);
    lede_warc_close(r); /* the copy lives on */
    CHECK(copy != NULL);
    CHECK_STR(lede_warc_record_field(copy, LEDE_WARC_FIELD_TARGET_URI), "https://news.example/mill");
    lede_options *o = lede_options_new();
    lede_warc_page *page = NULL;
    CHECK_INT(lede_warc_extract(copy, o, 0, &page), LEDE_WARC_ARTICLE);
    const lede_article *art = page ? lede_warc_page_article(page) : NULL;
    CHECK(art != NULL);
    CHECK_STR(lede_article_field(art, LEDE_FIELD_TITLE), "Harbour mill reopens");
    /* the target URI is the page URL; the HTTP charset reached the decoder */
    CHECK_STR(lede_article_field(art, LEDE_FIELD_URL), "https://news.example/mill");
    CHECK_STR(lede_article_field(art, LEDE_FIELD_CHARSET), "windows-1252");
    CHECK_INT(lede_article_truncated(art), 0);
    CHECK_STR(lede_warc_page_error_message(page), NULL);
    size_t n;
    char *json = lede_warc_page_render_json(page, "crawl.warc", &n);
    CHECK(json && strncmp(json, "{\"source\":\"crawl.warc\",", 23) == 0);
    CHECK(json && strstr(json, ",\"error\":null,\"warc_target_uri\":\"https://news.example/mill\",\"warc_record_id\":"
                               "\"<urn:uuid:api-") != NULL);
    CHECK(json && strstr(json, "\"warc_date\":\"2026-12-01T00:00:00Z\",\"http_status\":200}") != NULL);
    CHECK(json && json[n - 1] == '}' && !strchr(json, '\n'));
    free(json);
    lede_warc_page_free(page);
    lede_warc_record_free(copy);
    lede_options_free(o);
    free(w.p);
}

/* A gzip body cut short: the part that decodes is used and flagged. */
TEST(warc_api_truncated_body)
{
    unsigned char gz[4096];
    size_t gn = gzip_into(gz, sizeof gz, api_page, strlen(api_page));
    char http[8192];
    int k = snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n");
    memcpy(http + k, gz, gn - 60);
    abuf w = {0};
    ab_record(&w, "response", "https://news.example/cut", "application/http; msgtype=response", http,
              (size_t)k + gn - 60);
    lede_warc_reader *r = lede_warc_open_memory(w.p, w.len);
    lede_warc_record *rec;
    CHECK_INT(lede_warc_next(r, &rec), 1);
    const char *data;
    size_t len;
    int cut = 0;
    CHECK_INT(lede_warc_record_payload(rec, &data, &len, &cut), LEDE_OK);
    CHECK_INT(cut, 1);
    CHECK(len > 0 && len < strlen(api_page));
    lede_warc_page *page = NULL;
    CHECK_INT(lede_warc_extract(rec, NULL, 0, &page), LEDE_WARC_ARTICLE);
    CHECK(page && lede_article_truncated(lede_warc_page_article(page)) == 1);
    lede_warc_page_free(page);
    lede_warc_close(r);
    free(w.p);
}

static size_t api_read_cb(void *ctx, void *buf, size_t n)
{
    abuf *src = ctx; /* len counts down what is left; cap is the position */
    size_t k = src->len < n ? src->len : n;
    if (k > 7)
        k = 7; /* tiny reads: framing must not depend on read sizes */
    memcpy(buf, src->p + src->cap, k);
    src->cap += k;
    src->len -= k;
    return k;
}

TEST(warc_api_sources)
{
    abuf w = api_warc();
    /* a file by path, gzip per record */
    char path[] = "/tmp/lede-warc-api-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    unsigned char *gz = malloc(w.len + 4096);
    size_t gn = gzip_into(gz, w.len + 4096, w.p, w.len);
    CHECK(write(fd, gz, gn) == (ssize_t)gn);
    close(fd);
    lede_warc_reader *r = lede_warc_open(path);
    CHECK(r != NULL);
    lede_warc_record *rec;
    int n = 0;
    while (lede_warc_next(r, &rec) == 1)
        n++;
    CHECK_INT(n, 6);
    CHECK_STR(lede_warc_container(r), "gzip");
    lede_warc_close(r);
    /* an fd the caller keeps */
    fd = open(path, O_RDONLY);
    r = lede_warc_open_fd(fd);
    n = 0;
    while (lede_warc_next(r, &rec) == 1)
        n++;
    CHECK_INT(n, 6);
    lede_warc_close(r);
    CHECK(close(fd) == 0); /* still open: the reader did not close it */
    unlink(path);
    CHECK(lede_warc_open(path) == NULL);
    /* a callback */
    abuf src = {w.p, w.len, 0};
    r = lede_warc_open_read(api_read_cb, &src);
    n = 0;
    while (lede_warc_next(r, &rec) == 1)
        n++;
    CHECK_INT(n, 6);
    lede_warc_close(r);
    free(gz);
    free(w.p);
}

static void api_count_note(void *ctx, const char *msg)
{
    if (msg && *msg)
        ++*(int *)ctx;
}

TEST(warc_api_limits_and_notes)
{
    abuf w = api_warc();
    lede_warc_reader *r = lede_warc_open_memory(w.p, w.len);
    int notes = 0;
    lede_warc_set_max_record_bytes(r, 100);
    lede_warc_set_note(r, api_count_note, &notes);
    lede_warc_record *rec;
    CHECK_INT(lede_warc_next(r, &rec), 1);
    CHECK_INT(lede_warc_record_damage(rec), LEDE_WARC_TOO_LARGE);
    lede_warc_page *page = NULL;
    CHECK_INT(lede_warc_extract(rec, NULL, 0, &page), LEDE_WARC_ERROR);
    CHECK_INT(page ? lede_warc_page_status(page) : -1, LEDE_ERR_TOO_LARGE);
    lede_warc_page_free(page);
    while (lede_warc_next(r, &rec) == 1)
        ;
    CHECK(notes >= 1); /* the cut record at the end was described */
    lede_warc_close(r);
    lede_warc_close(NULL);
    lede_warc_record_free(NULL);
    lede_warc_page_free(NULL);
    free(w.p);
}

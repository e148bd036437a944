/* lede_warc.c: the public WARC API (include/lede_warc.h) over the record
 * reader (warc.c) and the HTTP layer (http.c). It also owns the rules
 * that turn a record into a page (which records are pages, HTML by type
 * or by sniffing, the charset and URL given to the extractor, error
 * records) and the `lede warc` JSON line, so the CLI and the Python module
 * cannot drift apart. */
#define _POSIX_C_SOURCE 200809L

#include "lede_warc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "core/buf.h"
#include "render/render.h"
#include "warc/http.h"
#include "warc/warc.h"

/* The public enums mirror the reader's, value for value. */
_Static_assert((int)LEDE_WARC_OTHER == (int)WARC_OTHER, "lede_warc_type mirrors warc_type");
_Static_assert((int)LEDE_WARC_CONTINUATION == (int)WARC_CONTINUATION, "lede_warc_type mirrors warc_type");
_Static_assert((int)LEDE_WARC_HEADER == (int)WARC_DMG_HEADER, "lede_warc_damage mirrors warc_damage");
_Static_assert((int)LEDE_WARC_TOO_LARGE == (int)WARC_DMG_TOO_LARGE, "lede_warc_damage mirrors warc_damage");

struct lede_warc_record {
    warc_record w;
    uint64_t max_record; /* the reader's: also bounds decoded payloads */
    char *mem;           /* a copy's strings and block; NULL for the reader's own record */
    /* HTTP head, parsed on first use: 1 parsed, -1 not an HTTP response */
    int head_state;
    http_head h;
    const char *body;
    size_t body_len;
    /* decoded payload, on first use */
    int payload_done;
    lede_status payload_st;
    char *decoded; /* malloc'd, or NULL when the payload is the body as stored */
    const char *payload;
    size_t payload_len;
    int payload_cut;
    char payload_msg[160];
};

struct lede_warc_reader {
    warc_reader *r;
    int own_fd; /* opened by lede_warc_open: closed with the reader; else -1 */
    warc_reader_opts opts;
    lede_warc_record rec;
};

struct lede_warc_page {
    lede_article *art; /* NULL for an error record without an article */
    lede_status st;
    char *msg;         /* the error message given, or NULL for the status's default */
    int http_status;
    char *uri, *id, *date; /* in one allocation, `strs` */
    char *strs;
};

/* ---- reader -------------------------------------------------------------- */

static lede_warc_reader *wrap(warc_reader *r, int own_fd)
{
    lede_warc_reader *w = r ? calloc(1, sizeof *w) : NULL;
    if (!w) {
        warc_reader_free(r);
        return NULL;
    }
    w->r = r;
    w->own_fd = own_fd;
    w->opts.max_record_bytes = 50000000u;
    w->rec.max_record = w->opts.max_record_bytes;
    return w;
}

lede_warc_reader *lede_warc_open(const char *path)
{
    if (strcmp(path, "-") == 0)
        return lede_warc_open_fd(0);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
#ifdef POSIX_FADV_SEQUENTIAL
    posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    lede_warc_reader *w = wrap(warc_reader_new_fd(fd, NULL), fd);
    if (!w) {
        close(fd);
        errno = ENOMEM;
    }
    return w;
}

lede_warc_reader *lede_warc_open_fd(int fd) { return wrap(warc_reader_new_fd(fd, NULL), -1); }

lede_warc_reader *lede_warc_open_read(lede_warc_read_fn fn, void *ctx)
{
    return wrap(warc_reader_new(fn, ctx, NULL), -1);
}

lede_warc_reader *lede_warc_open_memory(const void *data, size_t len)
{
    return wrap(warc_reader_new_mem(data, len, NULL), -1);
}

static void record_reset(lede_warc_record *rec)
{
    free(rec->decoded);
    uint64_t max = rec->max_record;
    memset(rec, 0, sizeof *rec);
    rec->max_record = max;
}

void lede_warc_close(lede_warc_reader *r)
{
    if (!r)
        return;
    record_reset(&r->rec);
    warc_reader_free(r->r);
    if (r->own_fd >= 0)
        close(r->own_fd);
    free(r);
}

void lede_warc_set_max_record_bytes(lede_warc_reader *r, uint64_t max_bytes)
{
    r->opts.max_record_bytes = max_bytes ? max_bytes : 50000000u;
    r->rec.max_record = r->opts.max_record_bytes;
    warc_reader_configure(r->r, &r->opts);
}

void lede_warc_set_threads(lede_warc_reader *r, int threads)
{
    warc_reader_set_threads(r->r, threads);
}

void lede_warc_set_note(lede_warc_reader *r, lede_warc_note_fn fn, void *ctx)
{
    r->opts.note = fn;
    r->opts.note_ctx = ctx;
    warc_reader_configure(r->r, &r->opts);
}

int lede_warc_next(lede_warc_reader *r, lede_warc_record **rec)
{
    record_reset(&r->rec);
    *rec = NULL;
    int rc = warc_next(r->r, &r->rec.w);
    if (rc == 1)
        *rec = &r->rec;
    return rc;
}

uint64_t lede_warc_stat_get(const lede_warc_reader *r, lede_warc_stat which)
{
    const warc_stats *s = warc_reader_stats(r->r);
    uint64_t dmg = 0;
    switch (which) {
    case LEDE_WARC_STAT_BYTES_IN: return s->bytes_in;
    case LEDE_WARC_STAT_BYTES_OUT: return s->bytes_out;
    case LEDE_WARC_STAT_RECORDS: return s->records;
    case LEDE_WARC_STAT_DAMAGED:
        for (int d = 1; d < WARC_DMG_COUNT; d++)
            dmg += s->damaged[d];
        return dmg;
    case LEDE_WARC_STAT_RESYNCS: return s->resyncs;
    case LEDE_WARC_STAT_SKIPPED_BYTES: return s->skipped_bytes;
    case LEDE_WARC_STAT_CORRUPT_MEMBERS: return s->corrupt_members;
    case LEDE_WARC_STAT_SKIPPED_COMPRESSED: return s->skipped_compressed;
    }
    return 0;
}

uint64_t lede_warc_damaged_count(const lede_warc_reader *r, lede_warc_damage kind)
{
    if ((unsigned)kind >= WARC_DMG_COUNT || kind == LEDE_WARC_INTACT)
        return 0;
    return warc_reader_stats(r->r)->damaged[kind];
}

const char *lede_warc_container(const lede_warc_reader *r)
{
    switch (warc_reader_format(r->r)) {
    case WARC_FMT_GZIP: return "gzip";
    case WARC_FMT_ZSTD: return "zstd";
    default: return "plain";
    }
}

/* ---- record -------------------------------------------------------------- */

lede_warc_type lede_warc_record_type(const lede_warc_record *rec) { return (lede_warc_type)rec->w.type; }

const char *lede_warc_record_field(const lede_warc_record *rec, lede_warc_field field)
{
    const char *s = NULL;
    switch (field) {
    case LEDE_WARC_FIELD_TYPE: s = rec->w.type_name; break;
    case LEDE_WARC_FIELD_TARGET_URI: s = rec->w.target_uri; break;
    case LEDE_WARC_FIELD_RECORD_ID: s = rec->w.record_id; break;
    case LEDE_WARC_FIELD_DATE: s = rec->w.date; break;
    case LEDE_WARC_FIELD_CONTENT_TYPE: s = rec->w.content_type; break;
    case LEDE_WARC_FIELD_TRUNCATED: s = rec->w.truncated; break;
    }
    return s ? s : "";
}

uint64_t lede_warc_record_offset(const lede_warc_record *rec) { return rec->w.offset; }
uint64_t lede_warc_record_content_length(const lede_warc_record *rec) { return rec->w.content_length; }

const char *lede_warc_record_block(const lede_warc_record *rec, size_t *len)
{
    if (len)
        *len = rec->w.block ? rec->w.block_len : 0;
    return rec->w.block;
}

lede_warc_damage lede_warc_record_damage(const lede_warc_record *rec) { return (lede_warc_damage)rec->w.damage; }

const char *lede_warc_record_damage_message(const lede_warc_record *rec)
{
    return rec->w.damage == WARC_OK ? NULL : rec->w.damage_msg;
}

int lede_warc_record_may_be_page(const lede_warc_record *rec)
{
    if (rec->w.type == WARC_RESPONSE || rec->w.type == WARC_RESOURCE)
        return 1;
    /* a damaged record we cannot type may have been a page */
    return rec->w.damage != WARC_OK && rec->w.type == WARC_OTHER && !*rec->w.type_name;
}

/* The HTTP head of a response (or, for other records, the WARC
 * Content-Type) and where the body starts. */
static void record_head(lede_warc_record *rec)
{
    if (rec->head_state)
        return;
    rec->head_state = -1;
    memset(&rec->h, 0, sizeof rec->h);
    if (rec->w.damage != WARC_OK || !rec->w.block)
        return;
    rec->body = rec->w.block;
    rec->body_len = rec->w.block_len;
    if (rec->w.type == WARC_RESPONSE) {
        if (http_parse_head(rec->w.block, rec->w.block_len, &rec->h) != 0)
            return;
        rec->body += rec->h.head_len;
        rec->body_len -= rec->h.head_len;
    } else {
        const char *ct = rec->w.content_type;
        http_content_type(ct, strlen(ct), rec->h.mime, sizeof rec->h.mime, rec->h.charset, sizeof rec->h.charset);
    }
    /* a gzip body without Content-Encoding (misconfigured servers) */
    const unsigned char *b = (const unsigned char *)rec->body;
    if (!rec->h.encoding[0] && rec->body_len >= 3 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8)
        snprintf(rec->h.encoding, sizeof rec->h.encoding, "gzip");
    rec->head_state = 1;
}

/* Undoes chunking and Content-Encoding once; the result stays on the record. */
static void record_decode(lede_warc_record *rec)
{
    if (rec->payload_done)
        return;
    rec->payload_done = 1;
    record_head(rec);
    rec->payload_st = LEDE_ERR_IO;
    if (rec->w.damage != WARC_OK) {
        rec->payload_st = rec->w.damage == WARC_DMG_TOO_LARGE ? LEDE_ERR_TOO_LARGE : LEDE_ERR_IO;
        snprintf(rec->payload_msg, sizeof rec->payload_msg, "%s", rec->w.damage_msg ? rec->w.damage_msg : "");
        return;
    }
    if (rec->head_state < 0) {
        snprintf(rec->payload_msg, sizeof rec->payload_msg, "not an HTTP response");
        return;
    }
    const char *why = NULL;
    size_t dlen = 0;
    http_dec_status ds = http_decode_body(&rec->h, rec->body, rec->body_len, (size_t)rec->max_record,
                                          &rec->decoded, &dlen, &rec->payload_cut, &why);
    if (ds == HTTP_DEC_OK) {
        rec->payload = rec->decoded ? rec->decoded : rec->body;
        rec->payload_len = rec->decoded ? dlen : rec->body_len;
        rec->payload_st = LEDE_OK;
        return;
    }
    /* servers lie about encodings: if the raw bytes are HTML, use them */
    if (ds != HTTP_DEC_NOMEM && ds != HTTP_DEC_TOO_LARGE && http_sniff_html(rec->body, rec->body_len)) {
        rec->payload = rec->body;
        rec->payload_len = rec->body_len;
        rec->payload_st = LEDE_OK;
        return;
    }
    snprintf(rec->payload_msg, sizeof rec->payload_msg, "HTTP body not decodable (Content-Encoding: %s): %s",
             rec->h.encoding, why ? why : "failed");
    rec->payload_st = ds == HTTP_DEC_NOMEM ? LEDE_ERR_NOMEM : ds == HTTP_DEC_TOO_LARGE ? LEDE_ERR_TOO_LARGE : LEDE_ERR_IO;
}

int lede_warc_record_http_status(lede_warc_record *rec)
{
    record_head(rec);
    return rec->w.type == WARC_RESPONSE && rec->head_state > 0 ? rec->h.status : 0;
}

const char *lede_warc_record_http_mime(lede_warc_record *rec)
{
    record_head(rec);
    return rec->h.mime;
}

const char *lede_warc_record_http_charset(lede_warc_record *rec)
{
    record_head(rec);
    return rec->h.charset;
}

lede_status lede_warc_record_payload(lede_warc_record *rec, const char **data, size_t *len, int *truncated)
{
    record_decode(rec);
    *data = rec->payload_st == LEDE_OK ? rec->payload : NULL;
    *len = rec->payload_st == LEDE_OK ? rec->payload_len : 0;
    if (truncated)
        *truncated = rec->payload_st == LEDE_OK && rec->payload_cut;
    return rec->payload_st;
}

static char *dup_into(char **at, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = *at;
    memcpy(d, s, n);
    *at += n;
    return d;
}

lede_warc_record *lede_warc_record_copy(const lede_warc_record *rec)
{
    const warc_record *w = &rec->w;
    const char *strs[] = {w->type_name, w->target_uri, w->record_id, w->date, w->content_type, w->truncated,
                          w->damage_msg};
    size_t size = w->block ? w->block_len + 1 : 0;
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        size += strs[i] ? strlen(strs[i]) + 1 : 0;
    lede_warc_record *c = calloc(1, sizeof *c);
    char *mem = c ? malloc(size ? size : 1) : NULL;
    if (!mem) {
        free(c);
        return NULL;
    }
    c->w = *w;
    c->max_record = rec->max_record;
    c->mem = mem;
    char *at = mem;
    c->w.type_name = dup_into(&at, w->type_name);
    c->w.target_uri = dup_into(&at, w->target_uri);
    c->w.record_id = dup_into(&at, w->record_id);
    c->w.date = dup_into(&at, w->date);
    c->w.content_type = dup_into(&at, w->content_type);
    c->w.truncated = dup_into(&at, w->truncated);
    c->w.damage_msg = dup_into(&at, w->damage_msg);
    if (w->block) {
        if (w->block_len)
            memcpy(at, w->block, w->block_len);
        at[w->block_len] = '\0';
        c->w.block = at;
    }
    return c;
}

void lede_warc_record_free(lede_warc_record *rec)
{
    if (!rec)
        return;
    free(rec->decoded);
    free(rec->mem);
    free(rec);
}

const char *lede_warc_type_name(lede_warc_type type) { return warc_type_name((warc_type)type); }
const char *lede_warc_damage_name(lede_warc_damage damage) { return warc_damage_name((warc_damage)damage); }

/* ---- extraction ---------------------------------------------------------- */

static lede_warc_page *page_new(const lede_warc_record *rec, lede_status st, const char *msg, int http_status)
{
    const warc_record *w = &rec->w;
    size_t size = strlen(w->target_uri) + strlen(w->record_id) + strlen(w->date) + 3;
    lede_warc_page *p = calloc(1, sizeof *p);
    char *strs = p ? malloc(size) : NULL;
    char *m = strs && msg ? strdup(msg) : NULL;
    if (!strs || (msg && !m)) {
        free(strs);
        free(p);
        return NULL;
    }
    char *at = strs;
    p->strs = strs;
    p->uri = dup_into(&at, w->target_uri);
    p->id = dup_into(&at, w->record_id);
    p->date = dup_into(&at, w->date);
    p->st = st;
    p->msg = m;
    p->http_status = http_status;
    return p;
}

static lede_warc_outcome page_error(const lede_warc_record *rec, lede_status st, const char *msg, int http_status,
                                    lede_warc_page **out)
{
    *out = page_new(rec, st, msg, http_status);
    return LEDE_WARC_ERROR;
}

lede_warc_outcome lede_warc_extract(lede_warc_record *rec, lede_options *opts, unsigned flags, lede_warc_page **out)
{
    *out = NULL;
    if (!lede_warc_record_may_be_page(rec))
        return LEDE_WARC_SKIP_TYPE;
    if (rec->w.damage != WARC_OK)
        return page_error(rec, rec->w.damage == WARC_DMG_TOO_LARGE ? LEDE_ERR_TOO_LARGE : LEDE_ERR_IO,
                          rec->w.damage_msg, 0, out);
    record_head(rec);
    int status = 0;
    if (rec->w.type == WARC_RESPONSE) {
        if (rec->head_state < 0)
            return LEDE_WARC_SKIP_NOT_HTTP;
        status = rec->h.status;
        if (!(flags & LEDE_WARC_ANY_STATUS) && (status < 200 || status > 299))
            return LEDE_WARC_SKIP_STATUS;
    }
    int by_type = http_mime_is_html(rec->h.mime);
    if (!by_type && !http_mime_is_vague(rec->h.mime))
        return LEDE_WARC_SKIP_NOT_HTML;
    record_decode(rec);
    if (rec->payload_st != LEDE_OK)
        return page_error(rec, rec->payload_st, rec->payload_msg, status, out);
    if (!by_type && !http_sniff_html(rec->payload, rec->payload_len))
        return LEDE_WARC_SKIP_NOT_HTML;

    lede_options *own = NULL;
    if (!opts && !(opts = own = lede_options_new()))
        return page_error(rec, LEDE_ERR_NOMEM, NULL, status, out);
    lede_options_set_charset(opts, rec->h.charset[0] ? rec->h.charset : NULL);
    lede_article *art = NULL;
    const char *url = *rec->w.target_uri ? rec->w.target_uri : NULL;
    lede_status st = lede_extract(rec->payload, rec->payload_len, url, opts, &art);
    lede_options_free(own);
    if (st != LEDE_OK && !art) {
        const char *m = st == LEDE_ERR_NOT_HTML ? lede_not_html_reason(rec->payload, rec->payload_len) : NULL;
        return page_error(rec, st, m, status, out);
    }
    /* a compressed body cut short (crawlers cap payloads): the page is a prefix */
    if (rec->payload_cut)
        art->truncated = 1;
    lede_warc_page *p = page_new(rec, st, NULL, status);
    if (!p) {
        lede_article_free(art);
        return LEDE_WARC_ERROR;
    }
    p->art = art;
    *out = p;
    return st == LEDE_OK ? LEDE_WARC_ARTICLE : LEDE_WARC_ERROR;
}

const lede_article *lede_warc_page_article(const lede_warc_page *page) { return page->art; }
lede_status lede_warc_page_status(const lede_warc_page *page) { return page->st; }
int lede_warc_page_http_status(const lede_warc_page *page) { return page->http_status; }

const char *lede_warc_page_error_message(const lede_warc_page *page)
{
    if (page->st == LEDE_OK)
        return NULL;
    return page->msg ? page->msg : lede_status_message(page->st);
}

void lede_warc_page_free(lede_warc_page *page)
{
    if (!page)
        return;
    lede_article_free(page->art);
    free(page->msg);
    free(page->strs);
    free(page);
}

/* ---- the JSON line ---------------------------------------------------------- */

/* The line is built with core's buffer and the JSON renderer's escaper
 * (json_put_string), the same as the record it extends. */

/* Takes a record object rec[0..n) (the library's record, with its own
 * "error") and closes it with the WARC fields instead of its final '}'.
 * Frees rec. */
static char *finish_line(char *rec, size_t n, const lede_warc_page *p, size_t *out_len)
{
    buf b = BUF_INIT;
    while (n && rec[n - 1] != '}')
        n--;
    if (n)
        n--;
    buf_put(&b, rec, n);
    free(rec);
    buf_puts(&b, ",\"warc_target_uri\":");
    json_put_string(&b, p->uri);
    buf_puts(&b, ",\"warc_record_id\":");
    json_put_string(&b, p->id);
    buf_puts(&b, ",\"warc_date\":");
    json_put_string(&b, p->date);
    buf_puts(&b, ",\"http_status\":");
    if (p->http_status > 0) {
        char s[16];
        snprintf(s, sizeof s, "%d", p->http_status);
        buf_puts(&b, s);
    } else {
        buf_puts(&b, "null");
    }
    buf_puts(&b, "}");
    if (b.oom) {
        buf_free(&b);
        return NULL;
    }
    if (out_len)
        *out_len = b.len;
    return b.data;
}

char *lede_warc_page_render_json(const lede_warc_page *page, const char *source, size_t *len)
{
    const char *url = *page->uri ? page->uri : NULL;
    size_t n = 0;
    if (page->art) {
        char *s = lede_render(page->art, LEDE_FORMAT_JSON, source, &n);
        if (s)
            return finish_line(s, n, page, len);
        /* out of memory rendering the article: an error record instead */
        lede_warc_page nomem = *page;
        nomem.st = LEDE_ERR_NOMEM;
        nomem.msg = NULL;
        char *e = lede_render_error(LEDE_ERR_NOMEM, NULL, source, url, &n);
        return e ? finish_line(e, n, &nomem, len) : NULL;
    }
    char *e = lede_render_error(page->st, page->msg, source, url, &n);
    return e ? finish_line(e, n, page, len) : NULL;
}

/* test_warc.c: the WARC reader and HTTP decoding on small archives built in
 * memory: every container (plain, gzip per record, whole-file gzip, zstd,
 * zstd with a dictionary frame), every record kind, and every kind of
 * damage the reader must survive at the cost of the damaged record only.
 * Also replays tests/regress/warc/ (fuzz_warc findings, in its input
 * format) when that folder is found. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "harness.h"
#include "warc/http.h"
#include "warc/warc.h"

typedef struct {
    unsigned char *p;
    size_t len, cap;
} tbuf;

static void tb_put(tbuf *b, const void *s, size_t n)
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

static void tb_puts(tbuf *b, const char *s) { tb_put(b, s, strlen(s)); }

/* One WARC/1.1 record; cl_delta skews the declared Content-Length. */
static void mk_record_cl(tbuf *b, const char *type, const char *uri, const void *block, size_t n, long cl_delta)
{
    char h[512];
    snprintf(h, sizeof h,
             "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s-%zu>\r\n"
             "WARC-Date: 2026-11-29T00:00:00Z\r\n%s%s%s"
             "Content-Type: %s\r\nContent-Length: %ld\r\n\r\n",
             type, type, n, uri ? "WARC-Target-URI: " : "", uri ? uri : "", uri ? "\r\n" : "",
             strcmp(type, "response") == 0 ? "application/http; msgtype=response"
             : strcmp(type, "resource") == 0 ? "text/html; charset=iso-8859-1"
                                             : "application/warc-fields",
             (long)n + cl_delta);
    tb_puts(b, h);
    tb_put(b, block, n);
    tb_puts(b, "\r\n\r\n");
}

static void mk_record(tbuf *b, const char *type, const char *uri, const char *block)
{
    mk_record_cl(b, type, uri, block, strlen(block), 0);
}

static void gz_member(tbuf *out, const void *p, size_t n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    size_t cap = deflateBound(&z, (uLong)n) + 32;
    unsigned char *o = malloc(cap);
    z.next_in = (unsigned char *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    z.next_out = o;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    tb_put(out, o, cap - z.avail_out);
    deflateEnd(&z);
    free(o);
}

static void zst_frame(tbuf *out, const void *p, size_t n, const void *dict, size_t dn)
{
    size_t cap = ZSTD_compressBound(n);
    void *o = malloc(cap);
    size_t k;
    if (dict) {
        ZSTD_CCtx *c = ZSTD_createCCtx();
        k = ZSTD_compress_usingDict(c, o, cap, p, n, dict, dn, 3);
        ZSTD_freeCCtx(c);
    } else {
        k = ZSTD_compress(o, cap, p, n, 3);
    }
    tb_put(out, o, k);
    free(o);
}

static const char page[] = "<!DOCTYPE html><html><head><title>Hello</title></head>"
                           "<body><p>Article text that goes on.</p></body></html>";

/* The four records of a crawl fetch, each as its own buffer. */
static tbuf rec_info, rec_req, rec_resp, rec_meta, rec_res, rec_revisit;

static void make_records(void)
{
    if (rec_info.len)
        return;
    mk_record(&rec_info, "warcinfo", NULL, "software: test\r\n");
    mk_record(&rec_req, "request", "http://example.com/a", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n");
    char resp[1024];
    snprintf(resp, sizeof resp, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n%s", page);
    mk_record(&rec_resp, "response", "<http://example.com/a>", resp);
    mk_record(&rec_meta, "metadata", "http://example.com/a", "fetchTimeMs: 5\r\n");
    mk_record(&rec_res, "resource", "http://example.com/r", page);
    mk_record(&rec_revisit, "revisit", "http://example.com/a", "HTTP/1.1 200 OK\r\n\r\n");
}

typedef struct {
    int n;
    warc_type type[32];
    warc_damage dmg[32];
    char uri[32][64];
    size_t block_len[32];
    int body_ok[32];        /* response/resource block holds the page */
    uint64_t block_sum[32]; /* FNV-1a of the block and the damage sentence */
    uint64_t offset[32];
    warc_stats st;
    warc_format fmt;
    int rc;
    int notes;
    uint64_t note_sum;      /* FNV-1a of every note, in order */
} readout;

static uint64_t fnv(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    return h;
}

static void count_note(void *ctx, const char *msg)
{
    readout *o = ctx;
    o->notes++;
    o->note_sum = fnv(o->note_sum, msg, strlen(msg) + 1);
}

/* Every record of [p, p+n), with `threads` helpers inflating gzip members. */
static readout read_threads(const void *p, size_t n, uint64_t max, int threads)
{
    readout o;
    memset(&o, 0, sizeof o);
    o.note_sum = 14695981039346656037u;
    warc_reader_opts ro = {max, count_note, &o};
    warc_reader *r = warc_reader_new_mem(p, n, &ro);
    warc_reader_set_threads(r, threads);
    warc_record rec;
    while ((o.rc = warc_next(r, &rec)) == 1 && o.n < 32) {
        o.type[o.n] = rec.type;
        o.dmg[o.n] = rec.damage;
        snprintf(o.uri[o.n], sizeof o.uri[0], "%s", rec.target_uri);
        o.block_len[o.n] = rec.block_len;
        o.body_ok[o.n] = rec.block && rec.block_len >= sizeof page - 1 &&
                         memcmp(rec.block + rec.block_len - (sizeof page - 1), page, sizeof page - 1) == 0;
        o.block_sum[o.n] = fnv(14695981039346656037u, rec.block ? rec.block : "", rec.block_len);
        if (rec.damage) {
            CHECK(rec.damage_msg && *rec.damage_msg);
            o.block_sum[o.n] = fnv(o.block_sum[o.n], rec.damage_msg, strlen(rec.damage_msg));
        }
        o.offset[o.n] = rec.offset;
        o.n++;
    }
    o.st = *warc_reader_stats(r);
    o.fmt = warc_reader_format(r);
    warc_reader_free(r);
    return o;
}

/* Reads without helpers and with three (warc_reader_set_threads), and
 * checks that records, damage, notes and counters are the same. */
static readout read_all(const void *p, size_t n, uint64_t max)
{
    readout o = read_threads(p, n, max, 0);
    readout t = read_threads(p, n, max, 3);
    CHECK(memcmp(&o, &t, sizeof o) == 0);
    return o;
}

/* The reference archive: info, request, response, metadata, resource, revisit. */
static tbuf *part(int i)
{
    make_records();
    tbuf *all[6] = {&rec_info, &rec_req, &rec_resp, &rec_meta, &rec_res, &rec_revisit};
    return all[i];
}

static void check_reference(const readout *o)
{
    CHECK_INT(o->rc, 0);
    CHECK_INT(o->n, 6);
    CHECK_INT(o->type[0], WARC_WARCINFO);
    CHECK_INT(o->type[1], WARC_REQUEST);
    CHECK_INT(o->type[2], WARC_RESPONSE);
    CHECK_INT(o->type[3], WARC_METADATA);
    CHECK_INT(o->type[4], WARC_RESOURCE);
    CHECK_INT(o->type[5], WARC_REVISIT);
    CHECK_STR(o->uri[2], "http://example.com/a"); /* <> stripped */
    CHECK(o->body_ok[2]);
    CHECK(o->body_ok[4]);
    for (int i = 0; i < o->n; i++)
        CHECK_INT(o->dmg[i], WARC_OK);
    CHECK_INT(o->st.records, 6);
}

TEST(warc_plain)
{
    tbuf b = {0};
    for (int i = 0; i < 6; i++)
        tb_put(&b, part(i)->p, part(i)->len);
    readout o = read_all(b.p, b.len, 0);
    check_reference(&o);
    CHECK_INT(o.fmt, WARC_FMT_PLAIN);
    CHECK_INT(o.notes, 0);
    CHECK_INT(o.st.resyncs, 0);
    CHECK_INT(o.st.skipped_bytes, 0);

    /* fields of one record, WARC/1.0 too */
    const char *one = "WARC/1.0\r\nwarc-type: resource\r\nWARC-Target-URI: http://x/\r\n"
                      "Content-Length: 3\r\nWARC-Record-ID: <urn:x>\r\nWARC-Date: 2020-01-01T00:00:00Z\r\n"
                      "Content-Type: text/html\r\n\r\nabc\r\n\r\n";
    warc_reader *r = warc_reader_new_mem(one, strlen(one), NULL);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), 1);
    CHECK_INT(rec.version_minor, 0);
    CHECK_INT(rec.type, WARC_RESOURCE);
    CHECK_STR(rec.record_id, "<urn:x>");
    CHECK_STR(rec.date, "2020-01-01T00:00:00Z");
    CHECK_STR(rec.content_type, "text/html");
    CHECK_INT(rec.block_len, 3);
    CHECK(memcmp(rec.block, "abc", 3) == 0);
    CHECK_INT(warc_next(r, &rec), 0);
    warc_reader_free(r);
    free(b.p);
}

TEST(warc_gzip_per_record)
{
    tbuf b = {0};
    for (int i = 0; i < 6; i++)
        gz_member(&b, part(i)->p, part(i)->len);
    readout o = read_all(b.p, b.len, 0);
    check_reference(&o);
    CHECK_INT(o.fmt, WARC_FMT_GZIP);
    CHECK_INT(o.st.corrupt_members, 0);
    free(b.p);
}

TEST(warc_gzip_whole_file)
{
    tbuf raw = {0}, b = {0};
    for (int i = 0; i < 6; i++)
        tb_put(&raw, part(i)->p, part(i)->len);
    gz_member(&b, raw.p, raw.len);
    readout o = read_all(b.p, b.len, 0);
    check_reference(&o);
    CHECK_INT(o.fmt, WARC_FMT_GZIP);
    free(raw.p);
    free(b.p);
}

TEST(warc_zstd)
{
    tbuf b = {0};
    for (int i = 0; i < 6; i++)
        zst_frame(&b, part(i)->p, part(i)->len, NULL, 0);
    readout o = read_all(b.p, b.len, 0);
    check_reference(&o);
    CHECK_INT(o.fmt, WARC_FMT_ZSTD);
    free(b.p);
}

/* Common Crawl's .warc.zst: a skippable frame 0x184D2A5D carrying the
 * dictionary (here raw content; also zstd-compressed), then frames that
 * need it. */
TEST(warc_zstd_dictionary)
{
    static const char dict[] = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:\r\n"
                               "WARC-Date: 2026-11-29T00:00:00Z\r\nContent-Type: application/http; "
                               "msgtype=response\r\nContent-Length: HTTP/1.1 200 OK\r\n<!DOCTYPE html><html>";
    for (int compressed = 0; compressed < 2; compressed++) {
        tbuf b = {0}, d = {0};
        if (compressed)
            zst_frame(&d, dict, sizeof dict - 1, NULL, 0);
        else
            tb_put(&d, dict, sizeof dict - 1);
        unsigned char hdr[8] = {0x5D, 0x2A, 0x4D, 0x18};
        hdr[4] = (unsigned char)(d.len & 0xff);
        hdr[5] = (unsigned char)(d.len >> 8);
        tb_put(&b, hdr, 8);
        tb_put(&b, d.p, d.len);
        for (int i = 0; i < 6; i++)
            zst_frame(&b, part(i)->p, part(i)->len, dict, sizeof dict - 1);
        readout o = read_all(b.p, b.len, 0);
        check_reference(&o);
        CHECK_INT(o.st.corrupt_members, 0);
        free(b.p);
        free(d.p);
    }
}

TEST(warc_gzip_truncated_member)
{
    /* record 2 (the response) cut in half, then the rest of the file */
    tbuf b = {0}, m = {0};
    for (int i = 0; i < 6; i++) {
        if (i == 2) {
            gz_member(&m, part(i)->p, part(i)->len);
            tb_put(&b, m.p, m.len / 2);
        } else {
            gz_member(&b, part(i)->p, part(i)->len);
        }
    }
    readout o = read_all(b.p, b.len, 0);
    CHECK_INT(o.rc, 0);
    CHECK_INT(o.n, 6);
    CHECK_INT(o.type[2], WARC_RESPONSE);
    CHECK(o.dmg[2] != WARC_OK);
    CHECK_INT(o.type[3], WARC_METADATA);
    CHECK_INT(o.dmg[3], WARC_OK);
    CHECK(o.body_ok[4]);
    CHECK_INT(o.type[5], WARC_REVISIT);
    CHECK(o.notes > 0);
    free(b.p);
    free(m.p);
}

TEST(warc_truncated_at_end)
{
    for (int gz = 0; gz < 2; gz++) {
        tbuf b = {0}, last = {0};
        for (int i = 0; i < 2; i++)
            if (gz)
                gz_member(&b, part(i)->p, part(i)->len);
            else
                tb_put(&b, part(i)->p, part(i)->len);
        if (gz)
            gz_member(&last, part(2)->p, part(2)->len);
        else
            tb_put(&last, part(2)->p, part(2)->len);
        tb_put(&b, last.p, last.len - (gz ? 20 : 60));
        readout o = read_all(b.p, b.len, 0);
        CHECK_INT(o.rc, 0);
        CHECK_INT(o.n, 3);
        CHECK_INT(o.dmg[0], WARC_OK);
        CHECK_INT(o.dmg[1], WARC_OK);
        CHECK_INT(o.type[2], WARC_RESPONSE);
        CHECK_INT(o.dmg[2], gz ? WARC_DMG_TRUNCATED : WARC_DMG_TRUNCATED);
        CHECK_INT(o.st.damaged[WARC_DMG_TRUNCATED], 1);
        free(b.p);
        free(last.p);
    }
}

/* A gzip member written by hand: one stored deflate block holding
 * [p, p+n) (not the last block), then `tail`: "bad" an invalid block type
 * (zlib fails right after giving the n bytes), "" nothing (the input ends
 * inside the member), "end" a last empty block and the trailer (a clean
 * member). The decoder's output stops at exactly n bytes whatever zlib's
 * compressor would have made of the data. */
static void gz_stored(tbuf *out, const void *p, size_t n, const char *tail)
{
    static const unsigned char head[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};
    tb_put(out, head, sizeof head);
    unsigned char blk[5] = {0x00, (unsigned char)n, (unsigned char)(n >> 8), (unsigned char)~n,
                            (unsigned char)(~n >> 8)};
    tb_put(out, blk, sizeof blk);
    tb_put(out, p, n);
    if (strcmp(tail, "bad") == 0) {
        static const unsigned char bad = 0x06; /* BFINAL 0, BTYPE 11 (reserved) */
        tb_put(out, &bad, 1);
    } else if (strcmp(tail, "end") == 0) {
        uLong crc = crc32(crc32(0, Z_NULL, 0), p, (uInt)n);
        unsigned char fin[13] = {0x01, 0, 0, 0xff, 0xff, /* last block: stored, empty */
                                 (unsigned char)crc, (unsigned char)(crc >> 8), (unsigned char)(crc >> 16),
                                 (unsigned char)(crc >> 24), (unsigned char)n, (unsigned char)(n >> 8),
                                 (unsigned char)(n >> 16), (unsigned char)(n >> 24)};
        tb_put(out, fin, sizeof fin);
    }
}

TEST(warc_member_fails_right_after_block)
{
    /* A member cut short decodes the next members' bytes as its own and
     * may give exactly the record's Content-Length bytes (and some of its
     * trailer's line breaks) before it fails or the input ends. Those
     * bytes are unverified: the record is damaged, not accepted as if the
     * input had ended there. Here the member gives the response record
     * less the last 2, then all 4, line breaks of its trailer, then fails
     * (or the input ends): its block is complete, its trailer is not. */
    for (int drop = 2; drop <= 4; drop += 2)
        for (int cut = 0; cut < 2; cut++) {
            tbuf b = {0};
            gz_member(&b, part(0)->p, part(0)->len);
            gz_member(&b, part(1)->p, part(1)->len); /* settles one member per record */
            gz_stored(&b, part(2)->p, part(2)->len - (size_t)drop, cut ? "" : "bad");
            if (!cut)
                gz_member(&b, part(4)->p, part(4)->len);
            readout o = read_all(b.p, b.len, 0);
            CHECK_INT(o.rc, 0);
            CHECK_INT(o.n, cut ? 3 : 4);
            CHECK_INT(o.type[2], WARC_RESPONSE);
            CHECK_INT(o.dmg[2], cut ? WARC_DMG_TRUNCATED : WARC_DMG_CORRUPT);
            CHECK_INT(o.block_len[2], 0);
            if (!cut) {
                CHECK_INT(o.type[3], WARC_RESOURCE);
                CHECK_INT(o.dmg[3], WARC_OK);
                CHECK(o.body_ok[3]);
            }
            free(b.p);
        }

    /* The same record in a member that ends cleanly, without its trailer,
     * and then a member that fails before giving a byte: the record ended
     * with its own member, so it is whole (the failure is the next
     * member's). As the first record, before the layout is settled. */
    tbuf b = {0};
    gz_stored(&b, part(2)->p, part(2)->len - 4, "end");
    gz_stored(&b, "", 0, "bad");
    gz_member(&b, part(4)->p, part(4)->len);
    readout o = read_all(b.p, b.len, 0);
    CHECK_INT(o.rc, 0);
    CHECK_INT(o.n, 2);
    CHECK_INT(o.dmg[0], WARC_OK);
    CHECK(o.body_ok[0]);
    CHECK_INT(o.dmg[1], WARC_OK);
    CHECK(o.body_ok[1]);
    CHECK_INT(o.st.corrupt_members, 1);
    free(b.p);
}

TEST(warc_wrong_content_length)
{
    /* too short and too long, uncompressed and per-record gzip: the
     * damaged response costs itself only */
    static const long deltas[] = {-40, +40, +100000};
    for (int gz = 0; gz < 2; gz++) {
        for (size_t d = 0; d < sizeof deltas / sizeof *deltas; d++) {
            tbuf b = {0}, bad = {0};
            char resp[512];
            snprintf(resp, sizeof resp, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n%s", page);
            mk_record_cl(&bad, "response", "http://example.com/bad", resp, strlen(resp), deltas[d]);
            const tbuf *seq[5] = {part(0), part(1), &bad, part(3), part(4)};
            for (int i = 0; i < 5; i++)
                if (gz)
                    gz_member(&b, seq[i]->p, seq[i]->len);
                else
                    tb_put(&b, seq[i]->p, seq[i]->len);
            readout o = read_all(b.p, b.len, 0);
            CHECK_INT(o.rc, 0);
            CHECK_INT(o.n, 5);
            CHECK_INT(o.dmg[1], WARC_OK);
            CHECK_STR(o.uri[2], "http://example.com/bad");
            CHECK(o.dmg[2] == WARC_DMG_LENGTH || o.dmg[2] == WARC_DMG_TRUNCATED);
            CHECK_INT(o.type[3], WARC_METADATA);
            CHECK_INT(o.dmg[3], WARC_OK);
            CHECK_INT(o.type[4], WARC_RESOURCE);
            CHECK(o.body_ok[4]);
            free(b.p);
            free(bad.p);
        }
    }
}

TEST(warc_garbage_between_records)
{
    static const char junk[] = "this is not a record\r\nWARC/1 neither\r\nxxWARC/1.0 nor this\n";
    for (int gz = 0; gz < 2; gz++) {
        tbuf b = {0};
        for (int i = 0; i < 6; i++) {
            if (gz)
                gz_member(&b, part(i)->p, part(i)->len);
            else
                tb_put(&b, part(i)->p, part(i)->len);
            if (i == 1 || i == 3)
                tb_put(&b, junk, sizeof junk - 1); /* raw bytes, between members too */
        }
        readout o = read_all(b.p, b.len, 0);
        check_reference(&o);
        if (gz) {
            CHECK(o.st.skipped_compressed >= 2 * (sizeof junk - 1));
        } else {
            CHECK_INT(o.st.resyncs, 2);
            CHECK_INT(o.st.skipped_bytes, 2 * (sizeof junk - 1));
        }
        CHECK(o.notes >= 2);
        free(b.p);
    }
    /* garbage inside a gzip member, between two records */
    tbuf raw = {0}, b = {0};
    tb_put(&raw, part(1)->p, part(1)->len);
    tb_put(&raw, junk, sizeof junk - 1);
    tb_put(&raw, part(2)->p, part(2)->len);
    gz_member(&b, raw.p, raw.len);
    readout o = read_all(b.p, b.len, 0);
    CHECK_INT(o.n, 2);
    CHECK(o.body_ok[1]);
    CHECK_INT(o.st.skipped_bytes, sizeof junk - 1);
    free(raw.p);
    free(b.p);
}

TEST(warc_oversized_record)
{
    /* a block over max_record_bytes: skipped without being kept, reported
     * as too_large, the next record intact */
    size_t big = 200000;
    char *blob = malloc(big);
    memset(blob, 'x', big);
    tbuf bigrec = {0};
    mk_record_cl(&bigrec, "response", "http://example.com/big", blob, big, 0);
    for (int gz = 0; gz < 2; gz++) {
        tbuf b = {0};
        const tbuf *seq[3] = {part(1), &bigrec, part(2)};
        for (int i = 0; i < 3; i++)
            if (gz)
                gz_member(&b, seq[i]->p, seq[i]->len);
            else
                tb_put(&b, seq[i]->p, seq[i]->len);
        readout o = read_all(b.p, b.len, 10000);
        CHECK_INT(o.n, 3);
        CHECK_INT(o.dmg[1], WARC_DMG_TOO_LARGE);
        CHECK_STR(o.uri[1], "http://example.com/big");
        CHECK_INT(o.block_len[1], 0);
        CHECK_INT(o.dmg[2], WARC_OK);
        CHECK(o.body_ok[2]);
        free(b.p);
    }
    /* a record that claims 2 GB inside a small gzip member costs itself only */
    tbuf liar = {0}, b = {0};
    mk_record_cl(&liar, "response", "http://example.com/liar", "HTTP/1.1 200 OK\r\n\r\nhi", 21, 2147483648L - 21);
    gz_member(&b, part(1)->p, part(1)->len);
    gz_member(&b, part(1)->p, part(1)->len); /* settles one-member-per-record */
    gz_member(&b, liar.p, liar.len);
    gz_member(&b, part(2)->p, part(2)->len);
    readout o = read_all(b.p, b.len, 0);
    CHECK_INT(o.n, 4);
    CHECK(o.dmg[2] == WARC_DMG_LENGTH);
    CHECK_INT(o.dmg[3], WARC_OK);
    CHECK(o.body_ok[3]);
    free(b.p);
    /* the same in a plain file and in one whole-file gzip member, where no
     * member end stops the skip: the next record start inside the skipped
     * bytes does */
    for (int gz = 0; gz < 2; gz++) {
        tbuf raw = {0}, w = {0};
        tb_put(&raw, part(1)->p, part(1)->len);
        tb_put(&raw, liar.p, liar.len);
        tb_put(&raw, part(3)->p, part(3)->len);
        tb_put(&raw, part(2)->p, part(2)->len);
        if (gz)
            gz_member(&w, raw.p, raw.len);
        else
            tb_put(&w, raw.p, raw.len);
        readout l = read_all(w.p, w.len, 0);
        CHECK_INT(l.n, 4);
        CHECK_INT(l.dmg[1], WARC_DMG_LENGTH);
        CHECK_STR(l.uri[1], "http://example.com/liar");
        CHECK_INT(l.type[2], WARC_METADATA);
        CHECK_INT(l.dmg[2], WARC_OK);
        CHECK(l.body_ok[3]);
        free(raw.p);
        free(w.p);
    }
    free(liar.p);
    free(bigrec.p);
    free(blob);
}

TEST(warc_bad_header)
{
    tbuf b = {0};
    tb_puts(&b, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\nxyz\r\n\r\n");
    tb_put(&b, part(2)->p, part(2)->len);
    readout o = read_all(b.p, b.len, 0);
    CHECK_INT(o.n, 2);
    CHECK_INT(o.dmg[0], WARC_DMG_HEADER);
    CHECK_INT(o.dmg[1], WARC_OK);
    CHECK(o.body_ok[1]);
    free(b.p);

    /* empty input and only garbage */
    readout e = read_all("", 0, 0);
    CHECK_INT(e.rc, 0);
    CHECK_INT(e.n, 0);
    readout g = read_all("hello world, no records here\n", 29, 0);
    CHECK_INT(g.n, 0);
    CHECK_INT(g.st.skipped_bytes, 29);
}

TEST(warc_corrupt_gzip_member)
{
    /* bytes flipped inside the response member: the member fails its
     * check, the following members are read */
    tbuf b = {0};
    size_t start = 0, end = 0;
    for (int i = 0; i < 6; i++) {
        if (i == 2)
            start = b.len;
        gz_member(&b, part(i)->p, part(i)->len);
        if (i == 2)
            end = b.len;
    }
    for (size_t k = start + 20; k < end - 10; k += 7)
        b.p[k] ^= 0x5a;
    readout o = read_all(b.p, b.len, 0);
    CHECK_INT(o.rc, 0);
    CHECK(o.st.corrupt_members >= 1);
    int found_meta = 0, found_res = 0;
    for (int i = 0; i < o.n; i++) {
        if (o.type[i] == WARC_METADATA && o.dmg[i] == WARC_OK)
            found_meta = 1;
        if (o.type[i] == WARC_RESOURCE && o.body_ok[i])
            found_res = 1;
    }
    CHECK(found_meta);
    CHECK(found_res);
    free(b.p);
}

/* A member whose header carries a CRC-16 (FHCRC): zlib checks it,
 * libdeflate skips it, so such members go to zlib on every path (the
 * reader's own one-call inflate and its helpers') and a wrong CRC makes
 * the member corrupt whatever its size or the thread count; a right one
 * reads as usual. */
static void gz_member_fhcrc(tbuf *out, const void *p, size_t n, int right)
{
    tbuf m = {0};
    gz_member(&m, p, n);
    unsigned char hdr[10];
    memcpy(hdr, m.p, 10);
    hdr[3] |= 2;
    unsigned long crc = crc32(0L, hdr, 10) & 0xffff;
    if (!right)
        crc ^= 0x5a5a;
    unsigned char c[2] = {(unsigned char)(crc & 0xff), (unsigned char)(crc >> 8)};
    tb_put(out, hdr, 10);
    tb_put(out, c, 2);
    tb_put(out, m.p + 10, m.len - 10);
    free(m.p);
}

TEST(warc_gzip_header_crc)
{
    for (int right = 0; right <= 1; right++) {
        tbuf b = {0};
        for (int i = 0; i < 6; i++) {
            if (i == 2)
                gz_member_fhcrc(&b, part(i)->p, part(i)->len, right);
            else
                gz_member(&b, part(i)->p, part(i)->len);
        }
        readout o = read_all(b.p, b.len, 0);
        CHECK_INT(o.rc, 0);
        if (right) {
            check_reference(&o);
        } else {
            CHECK(o.st.corrupt_members >= 1);
            for (int i = 0; i < o.n; i++)
                CHECK(o.type[i] != WARC_RESPONSE || !o.body_ok[i]);
        }
        free(b.p);
    }
}

TEST(warc_zstd_damaged_frames)
{
    /* one frame with flipped bytes, one cut in half: each costs its record */
    tbuf b = {0}, cut = {0};
    size_t start = 0, end = 0;
    for (int i = 0; i < 6; i++) {
        if (i == 1) {
            start = b.len;
            zst_frame(&b, part(i)->p, part(i)->len, NULL, 0);
            end = b.len;
        } else if (i == 3) {
            zst_frame(&cut, part(i)->p, part(i)->len, NULL, 0);
            tb_put(&b, cut.p, cut.len / 2);
        } else {
            zst_frame(&b, part(i)->p, part(i)->len, NULL, 0);
        }
    }
    for (size_t k = start + 12; k < end - 4; k += 5)
        b.p[k] ^= 0x33;
    readout o = read_all(b.p, b.len, 0);
    CHECK_INT(o.rc, 0);
    CHECK(o.st.corrupt_members >= 1);
    int resp = 0, res = 0, revisit = 0;
    for (int i = 0; i < o.n; i++) {
        if (o.type[i] == WARC_RESPONSE && o.body_ok[i])
            resp = 1;
        if (o.type[i] == WARC_RESOURCE && o.body_ok[i])
            res = 1;
        if (o.type[i] == WARC_REVISIT && o.dmg[i] == WARC_OK)
            revisit = 1;
    }
    CHECK(resp);
    CHECK(res);
    CHECK(revisit);
    free(b.p);
    free(cut.p);
}

/* ---- HTTP --------------------------------------------------------------- */

TEST(http_head)
{
    const char *r = "HTTP/1.1 404 Not Found\r\nServer: x\r\ncontent-type:  Text/HTML ; Charset=\"ISO-8859-1\"\r\n"
                    "Content-Encoding: GZIP\r\nTransfer-Encoding: chunked\r\n\r\nbody";
    http_head h;
    CHECK_INT(http_parse_head(r, strlen(r), &h), 0);
    CHECK_INT(h.status, 404);
    CHECK_STR(h.mime, "text/html");
    CHECK_STR(h.charset, "iso-8859-1");
    CHECK_STR(h.encoding, "gzip");
    CHECK_INT(h.chunked, 1);
    CHECK_INT(h.head_len, strlen(r) - 4);
    CHECK_INT(http_parse_head("GET / HTTP/1.1\r\n\r\n", 18, &h), -1);
    CHECK_INT(http_parse_head("HTTP/1.0 200\n\nx", 15, &h), 0);
    CHECK_INT(h.status, 200);
    CHECK_INT(h.head_len, 14);
    CHECK(http_mime_is_html("application/xhtml+xml"));
    CHECK(!http_mime_is_html("image/png"));
    CHECK(!http_mime_is_vague("image/png"));
    CHECK(http_mime_is_vague(""));
    CHECK(http_sniff_html("\xEF\xBB\xBF  <!doctype HTML><p>", 22));
    CHECK(http_sniff_html("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">", 38));
    CHECK(!http_sniff_html("{\"json\": true}", 14));
    CHECK(!http_sniff_html("<svg></svg>", 11));
}

static http_head head_of(const char *enc, int chunked)
{
    http_head h;
    memset(&h, 0, sizeof h);
    snprintf(h.encoding, sizeof h.encoding, "%s", enc);
    h.chunked = chunked;
    return h;
}

TEST(http_chunked_gzip)
{
    tbuf gz = {0}, body = {0};
    gz_member(&gz, page, sizeof page - 1);
    /* chunks of 10 bytes with an extension on the first */
    for (size_t i = 0; i < gz.len; i += 10) {
        size_t k = gz.len - i < 10 ? gz.len - i : 10;
        char line[32];
        snprintf(line, sizeof line, i ? "%zx\r\n" : "%zx;ext=1\r\n", k);
        tb_puts(&body, line);
        tb_put(&body, gz.p + i, k);
        tb_puts(&body, "\r\n");
    }
    tb_puts(&body, "0\r\n\r\n");
    http_head h = head_of("gzip", 1);
    char *out;
    size_t n;
    const char *why;
    CHECK_INT(http_decode_body(&h, (char *)body.p, body.len, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK_INT(n, sizeof page - 1);
    CHECK(out && memcmp(out, page, n) == 0);
    free(out);
    /* a limit below the decoded size */
    CHECK_INT(http_decode_body(&h, (char *)body.p, body.len, 20, &out, &n, NULL, &why), HTTP_DEC_TOO_LARGE);
    /* truncated gzip body (crawlers cut payloads): what decodes is kept */
    http_head g = head_of("x-gzip", 0);
    CHECK_INT(http_decode_body(&g, (char *)gz.p, gz.len - 12, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(n > 0 && n <= sizeof page - 1 && memcmp(out, page, n) == 0);
    free(out);
    /* identity: no copy */
    http_head id = head_of("", 0);
    CHECK_INT(http_decode_body(&id, page, sizeof page - 1, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(out == NULL);
    /* corrupt gzip and unknown codings are reported */
    CHECK_INT(http_decode_body(&g, "not gzip at all", 15, 0, &out, &n, NULL, &why), HTTP_DEC_BAD);
    CHECK(why != NULL);
    http_head u = head_of("compress", 0);
    CHECK_INT(http_decode_body(&u, "abc", 3, 0, &out, &n, NULL, &why), HTTP_DEC_UNSUPPORTED);
    free(gz.p);
    free(body.p);
}

/* A gzip body that is one whole member is decoded in one call
 * (libdeflate); everything else goes to zlib's streaming, with the same
 * results as before: several members, bytes after the member, a cut
 * member, a trailer whose length lies, a limit at and below the size. */
TEST(http_gzip_whole_member_and_fallbacks)
{
    http_head g = head_of("gzip", 0);
    char *out;
    size_t n;
    int cut;
    const char *why;
    tbuf gz = {0};
    gz_member(&gz, page, sizeof page - 1);
    size_t one = gz.len;
    /* one whole member; the limit exactly its size is no limit */
    CHECK_INT(http_decode_body(&g, (char *)gz.p, one, sizeof page - 1, &out, &n, &cut, &why), HTTP_DEC_OK);
    CHECK(n == sizeof page - 1 && memcmp(out, page, n) == 0 && !cut && out[n] == '\0');
    free(out);
    CHECK_INT(http_decode_body(&g, (char *)gz.p, one, sizeof page - 2, &out, &n, &cut, &why), HTTP_DEC_TOO_LARGE);
    /* a trailer that states a wrong length: zlib decodes all and says cut */
    unsigned char *lie = malloc(one);
    memcpy(lie, gz.p, one);
    lie[one - 4] ^= 1;
    CHECK_INT(http_decode_body(&g, (char *)lie, one, 0, &out, &n, &cut, &why), HTTP_DEC_OK);
    CHECK(n == sizeof page - 1 && memcmp(out, page, n) == 0 && cut);
    free(out);
    free(lie);
    /* a cut member keeps what decodes */
    CHECK_INT(http_decode_body(&g, (char *)gz.p, one - 3, 0, &out, &n, &cut, &why), HTTP_DEC_OK);
    CHECK(n <= sizeof page - 1 && memcmp(out, page, n) == 0 && cut);
    free(out);
    /* two members: both, joined */
    gz_member(&gz, page, sizeof page - 1);
    CHECK_INT(http_decode_body(&g, (char *)gz.p, gz.len, 0, &out, &n, &cut, &why), HTTP_DEC_OK);
    CHECK(n == 2 * (sizeof page - 1) && memcmp(out, page, sizeof page - 1) == 0 &&
          memcmp(out + sizeof page - 1, page, sizeof page - 1) == 0 && !cut);
    free(out);
    /* bytes after one member are not a member: ignored */
    gz.len = one;
    tb_puts(&gz, "trailing bytes");
    CHECK_INT(http_decode_body(&g, (char *)gz.p, gz.len, 0, &out, &n, &cut, &why), HTTP_DEC_OK);
    CHECK(n == sizeof page - 1 && memcmp(out, page, n) == 0 && !cut);
    free(out);
    /* a header with its CRC-16 (FHCRC): decoded when the CRC is right,
     * an error when it is wrong, as zlib says (libdeflate skips it) */
    tbuf hc = {0};
    unsigned char head[10];
    memcpy(head, gz.p, 10);
    head[3] |= 2;
    tb_put(&hc, head, 10);
    unsigned hcrc = (unsigned)crc32(0, head, 10) & 0xffff;
    unsigned char hb[2] = {(unsigned char)hcrc, (unsigned char)(hcrc >> 8)};
    tb_put(&hc, hb, 2);
    tb_put(&hc, gz.p + 10, one - 10);
    CHECK_INT(http_decode_body(&g, (char *)hc.p, hc.len, 0, &out, &n, &cut, &why), HTTP_DEC_OK);
    CHECK(n == sizeof page - 1 && memcmp(out, page, n) == 0 && !cut);
    free(out);
    hc.p[10] ^= 0x5a;
    CHECK_INT(http_decode_body(&g, (char *)hc.p, hc.len, 0, &out, &n, &cut, &why), HTTP_DEC_BAD);
    free(hc.p);
    free(gz.p);
}

TEST(http_deflate_br_zstd)
{
    /* raw deflate, as many servers send for "deflate" */
    unsigned char raw[512];
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (unsigned char *)(uintptr_t)page;
    z.avail_in = sizeof page - 1;
    z.next_out = raw;
    z.avail_out = sizeof raw;
    deflate(&z, Z_FINISH);
    size_t rn = sizeof raw - z.avail_out;
    deflateEnd(&z);
    http_head h = head_of("deflate", 0);
    char *out;
    size_t n;
    const char *why;
    CHECK_INT(http_decode_body(&h, (char *)raw, rn, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(n == sizeof page - 1 && memcmp(out, page, n) == 0);
    free(out);

    /* brotli (made with BrotliEncoderCompress, quality 9) */
    static const unsigned char br[] = {
        0x1b, 0x5e, 0x00, 0x00, 0x44, 0xdd, 0x96, 0xea, 0x42, 0xfa, 0x43, 0x39, 0x0b, 0x37, 0x25, 0xc5, 0x23, 0x82,
        0xf2, 0x23, 0x3a, 0xe5, 0xc0, 0xa5, 0xa8, 0x2d, 0xc9, 0x12, 0xbd, 0x48, 0xa0, 0x78, 0xf0, 0x90, 0x95, 0x04,
        0x13, 0xda, 0x81, 0x92, 0x60, 0xb2, 0xdf, 0xa8, 0x7d, 0xfc, 0xe5, 0x3f, 0x1b, 0xd5, 0x57, 0x40, 0xc2, 0xd6,
        0x6a, 0x2f, 0xad, 0xd8, 0xf2, 0xce, 0x69, 0x4c, 0xcc, 0x09, 0x46, 0x6c, 0xe4, 0x05, 0x29, 0x8c, 0xd2, 0x72};
    static const char br_text[] =
        "<html><head><title>Brotli page</title></head><body><p>Compressed with brotli.</p></body></html>";
    http_head b = head_of("br", 0);
    CHECK_INT(http_decode_body(&b, (const char *)br, sizeof br, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(n == sizeof br_text - 1 && memcmp(out, br_text, n) == 0);
    free(out);
    CHECK_INT(http_decode_body(&b, "\xff\xff\xff\xff", 4, 0, &out, &n, NULL, &why), HTTP_DEC_BAD);

    /* two codings, applied gzip then br: undone in reverse */
    tbuf gz = {0};
    gz_member(&gz, br, sizeof br);
    http_head two = head_of("br, gzip", 0);
    CHECK_INT(http_decode_body(&two, (char *)gz.p, gz.len, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(n == sizeof br_text - 1 && memcmp(out, br_text, n) == 0);
    free(out);
    free(gz.p);

    tbuf zs = {0};
    zst_frame(&zs, page, sizeof page - 1, NULL, 0);
    http_head zh = head_of("zstd", 0);
    CHECK_INT(http_decode_body(&zh, (char *)zs.p, zs.len, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(n == sizeof page - 1 && memcmp(out, page, n) == 0);
    free(out);
    free(zs.p);
}

TEST(http_bad_chunking)
{
    /* not chunked after all: the raw bytes stay */
    http_head h = head_of("", 1);
    char *out;
    size_t n;
    const char *why;
    CHECK_INT(http_decode_body(&h, page, sizeof page - 1, 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(out == NULL && n == sizeof page - 1);
    /* a cut last chunk keeps its bytes */
    const char *cut = "5\r\nhello\r\n10\r\nwor";
    CHECK_INT(http_decode_body(&h, cut, strlen(cut), 0, &out, &n, NULL, &why), HTTP_DEC_OK);
    CHECK(n == 8 && memcmp(out, "hellowor", 8) == 0);
    free(out);
}

/* ---- fuzz findings ----------------------------------------------------- */

/* Feeds one fuzz_warc input (mode byte, flip byte, data) as the fuzzer
 * does and walks every record through the HTTP decoder. */
static void replay_one(const unsigned char *data, size_t size)
{
    if (size < 2)
        return;
    unsigned mode = data[0] & 3, flip = data[1];
    data += 2;
    size -= 2;
    tbuf in = {0};
    if (mode == 0 || mode == 1) {
        if (mode == 0)
            tb_put(&in, data, size);
        else
            gz_member(&in, data, size);
    } else {
        size_t start = 0;
        for (size_t i = 1; i + 7 <= size; i++)
            if (memcmp(data + i, "WARC/1.", 7) == 0) {
                if (mode == 2)
                    gz_member(&in, data + start, i - start);
                else
                    zst_frame(&in, data + start, i - start, NULL, 0);
                start = i;
            }
        if (mode == 2)
            gz_member(&in, data + start, size - start);
        else
            zst_frame(&in, data + start, size - start, NULL, 0);
        if (mode == 2 && in.len > 16 && flip)
            in.p[(flip * 7919u) % in.len] ^= 0x41;
    }
    warc_reader_opts o = {4096, NULL, NULL};
    warc_reader *r = warc_reader_new_mem(in.p, in.len, &o);
    warc_record rec;
    int guard = 0;
    while (warc_next(r, &rec) == 1 && guard++ < 10000) {
        if (!rec.block)
            continue;
        http_head h;
        size_t skip = 0;
        if (http_parse_head(rec.block, rec.block_len, &h) == 0) {
            CHECK(h.head_len <= rec.block_len);
            skip = h.head_len;
        } else {
            memset(&h, 0, sizeof h);
        }
        char *out = NULL;
        size_t n = 0;
        const char *why;
        if (http_decode_body(&h, rec.block + skip, rec.block_len - skip, 1 << 20, &out, &n, NULL, &why) == HTTP_DEC_OK)
            (void)http_sniff_html(out ? out : rec.block + skip, out ? n : rec.block_len - skip);
        free(out);
    }
    CHECK(guard < 10000);
    warc_reader_free(r);
    free(in.p);
}

static void replay_warc(const char *data, size_t len) { replay_one((const unsigned char *)data, len); }

TEST(warc_regress_replay) { harness_replay_dir("warc", replay_warc); }

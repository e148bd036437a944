/* fuzz_warc.c: libFuzzer target for the WARC reader and HTTP decoding.
 * The first byte picks how the rest is fed: as is (plain WARC), gzip'd
 * whole, gzip'd one member per "WARC/1." chunk with one byte then flipped
 * (a corrupt member), or zstd'd per chunk, so the decompression and
 * resynchronisation paths see structured input too. Every record's block
 * goes through http_parse_head, http_decode_body and the sniffer. gzip
 * inputs are also read with two helper threads inflating members ahead
 * (warc_reader_set_threads), which must give the same records, damage,
 * notes and counters: a difference aborts.
 *   cmake -B build-fuzz -DCMAKE_C_COMPILER=clang -DLEDE_FUZZ=ON
 *   cmake --build build-fuzz --target fuzz_warc
 *   build-fuzz/fuzz_warc -dict=fuzz/warc.dict tests/regress/warc */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "core/buf.h"
#include "warc/http.h"
#include "warc/warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void gz(buf *out, const uint8_t *p, size_t n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    size_t cap = deflateBound(&z, (uLong)n) + 64;
    uint8_t *o = malloc(cap);
    z.next_in = (uint8_t *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    z.next_out = o;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    buf_put(out, o, cap - z.avail_out);
    deflateEnd(&z);
    free(o);
}

static void zs(buf *out, const uint8_t *p, size_t n)
{
    size_t cap = ZSTD_compressBound(n);
    uint8_t *o = malloc(cap);
    size_t k = ZSTD_compress(o, cap, p, n, 1);
    if (!ZSTD_isError(k))
        buf_put(out, o, k);
    free(o);
}

/* Splits [p, p+n) before every "WARC/1." and compresses each piece. */
static void per_chunk(buf *out, const uint8_t *p, size_t n, int zstd)
{
    size_t start = 0;
    for (size_t i = 1; i + 7 <= n; i++) {
        if (memcmp(p + i, "WARC/1.", 7) == 0) {
            (zstd ? zs : gz)(out, p + start, i - start);
            start = i;
        }
    }
    (zstd ? zs : gz)(out, p + start, n - start);
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ ((const uint8_t *)p)[i]) * 1099511628211u;
    return h;
}

static void digest_note(void *ctx, const char *msg)
{
    *(uint64_t *)ctx = fnv(*(uint64_t *)ctx, msg, strlen(msg) + 1);
}

/* A digest of everything the reader reports on [p, p+n), read with
 * `threads` helpers. */
static uint64_t digest(const uint8_t *p, size_t n, int threads)
{
    uint64_t h = 14695981039346656037u;
    warc_reader_opts o = {4096, digest_note, &h};
    warc_reader *r = warc_reader_new_mem(p, n, &o);
    if (!r)
        return 0;
    warc_reader_set_threads(r, threads);
    warc_record rec;
    int rc, guard = 0;
    while ((rc = warc_next(r, &rec)) == 1 && guard++ < 10000) {
        const char *s[] = {rec.type_name, rec.target_uri, rec.record_id, rec.date, rec.content_type,
                           rec.truncated, rec.damage ? rec.damage_msg : ""};
        for (size_t i = 0; i < sizeof s / sizeof *s; i++)
            h = fnv(h, s[i], strlen(s[i]) + 1);
        h = fnv(h, &rec.damage, sizeof rec.damage);
        h = fnv(h, &rec.offset, sizeof rec.offset);
        h = fnv(h, &rec.block_len, sizeof rec.block_len);
        if (rec.block)
            h = fnv(h, rec.block, rec.block_len);
    }
    h = fnv(h, &rc, sizeof rc);
    h = fnv(h, warc_reader_stats(r), sizeof(warc_stats));
    warc_reader_free(r);
    return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    unsigned mode = data[0] & 3, flip = data[1];
    data += 2;
    size -= 2;
    buf in = BUF_INIT;
    if (mode == 0) {
        buf_put(&in, data, size);
    } else if (mode == 1) {
        gz(&in, data, size);
    } else if (mode == 2) {
        per_chunk(&in, data, size, 0);
        if (in.len > 16 && flip)
            in.data[(flip * 7919u) % in.len] ^= 0x41; /* one corrupt member */
    } else {
        per_chunk(&in, data, size, 1);
    }
    if ((mode == 1 || mode == 2) && digest((const uint8_t *)in.data, in.len, 0) != digest((const uint8_t *)in.data, in.len, 2))
        abort(); /* helper threads changed what the reader reports */
    warc_reader_opts o = {4096, NULL, NULL};
    warc_reader *r = warc_reader_new_mem(in.data, in.len, &o);
    warc_record rec;
    int guard = 0;
    while (r && warc_next(r, &rec) == 1 && guard++ < 10000) {
        /* every string must be readable */
        size_t total = strlen(rec.type_name) + strlen(rec.target_uri) + strlen(rec.record_id) +
                       strlen(rec.date) + strlen(rec.content_type) + strlen(rec.truncated);
        (void)total;
        if (!rec.block)
            continue;
        http_head h;
        const char *body = rec.block;
        size_t n = rec.block_len;
        if (http_parse_head(rec.block, rec.block_len, &h) == 0) {
            if (h.head_len > rec.block_len)
                abort();
            body += h.head_len;
            n -= h.head_len;
        } else {
            memset(&h, 0, sizeof h);
            http_content_type(rec.content_type, strlen(rec.content_type), h.mime, sizeof h.mime, h.charset,
                              sizeof h.charset);
        }
        char *out = NULL;
        size_t out_len = 0;
        const char *why;
        if (http_decode_body(&h, body, n, 1 << 20, &out, &out_len, NULL, &why) == HTTP_DEC_OK) {
            const char *b = out ? out : body;
            size_t bn = out ? out_len : n;
            (void)http_sniff_html(b, bn);
            (void)http_mime_is_vague(h.mime);
        }
        free(out);
    }
    warc_reader_free(r);
    buf_free(&in);
    return 0;
}

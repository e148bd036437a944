/* fuzz_gzip.c: libFuzzer target for gzip decoding: a .html.gz page or a
 * gzip Content-Encoding, where one whole member goes to libdeflate in one
 * call and everything else streams through zlib (src/warc/http.c).
 * Random bytes almost never make a member whose CRC and length check out,
 * so the harness builds the gzip stream itself from the input:
 *   byte 0  bits 0-2: the shape: one member, two or three members, a cut
 *           member, a trailer whose length lies, one whose CRC lies, bytes
 *           after the member, a flipped byte in the deflate data, or the
 *           rest as it is (seeds: real small .gz files);
 *           bits 3-4: the limit: none, the page's size, one byte less, 64;
 *           bit 5: also extract the bytes as a page (lede_extract);
 *   byte 1  header flags (FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT) and, in
 *           bit 5, a wrong header CRC; also the cut point or the lie;
 *   the rest: the page.
 * The oracle: http_decode_body with a gzip Content-Encoding must give what
 * zlib's streaming inflate alone gives (the decoder before the one-call
 * path, kept here as `ref_inflate`): same status, same bytes, same cut
 * flag. So the fast path may only ever be a faster way to the same answer,
 * with one exception, checked on its own terms (`trailer_vouches`):
 * libdeflate decodes a few malformed deflate headers that zlib refuses (a
 * code-length repeat that runs past the HLIT + HDIST lengths; found by
 * this target, tests/regress/gzip/code-lengths-repeat-past-end.bin), and
 * the one-call path may then say OK where zlib says bad or cut, provided
 * the bytes it gives are the member's by its own trailer: CRC-32 and
 * length, under the limit, nothing cut.
 *   cmake -B build-fuzz -DCMAKE_C_COMPILER=clang -DLEDE_FUZZ=ON
 *   cmake --build build-fuzz --target fuzz_gzip
 *   build-fuzz/fuzz_gzip build-fuzz/corpus-fuzz_gzip */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "lede.h"
#include "core/buf.h"
#include "warc/http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put_le32(buf *b, uint32_t v)
{
    uint8_t t[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    buf_put(b, t, 4);
}

/* One gzip member of p[0..n): a header with the flags in `flg` (FHCRC's
 * CRC wrong when bad_hcrc), raw deflate at `level`, then CRC32 and ISIZE
 * plus the lies asked for. */
static void member(buf *out, const uint8_t *p, size_t n, unsigned flg, int bad_hcrc, int level,
                   uint32_t crc_lie, uint32_t size_lie)
{
    size_t start = out->len;
    uint8_t head[10] = {0x1f, 0x8b, 8, (uint8_t)(flg & 0x1f), 1, 2, 3, 4, 0, 3};
    buf_put(out, head, sizeof head);
    if (flg & 4) { /* FEXTRA: a length, then that many bytes */
        static const uint8_t extra[] = {6, 0, 'l', 'e', 2, 0, 'd', 'e'};
        buf_put(out, extra, sizeof extra);
    }
    if (flg & 8)
        buf_put(out, "page.html", 10);
    if (flg & 16)
        buf_put(out, "a comment", 10);
    if (flg & 2) {
        uint32_t h = (uint32_t)crc32(0, (const Bytef *)out->data + start, (uInt)(out->len - start));
        uint8_t t[2] = {(uint8_t)(h ^ (bad_hcrc ? 0x5a : 0)), (uint8_t)(h >> 8)};
        buf_put(out, t, 2);
    }
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    size_t cap = deflateBound(&z, (uLong)n) + 16;
    uint8_t *o = malloc(cap);
    z.next_in = (uint8_t *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    z.next_out = o;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    buf_put(out, o, cap - z.avail_out);
    deflateEnd(&z);
    free(o);
    put_le32(out, (uint32_t)crc32(0, p, (uInt)n) ^ crc_lie);
    put_le32(out, (uint32_t)n + size_lie);
}

/* ---- the reference: zlib's streaming inflate as http.c had it before
 * the one-call path (its obuf, ob_room, ob_chunk and inflate_all). ---- */

typedef struct {
    char *p;
    size_t len, cap, max;
    int too_large, oom, cut;
} robuf;

static int rob_room(robuf *o, size_t want)
{
    if (o->max && o->len >= o->max) {
        o->too_large = 1;
        return 0;
    }
    if (o->cap - o->len >= want)
        return 1;
    size_t cap = o->cap ? o->cap * 2 : 65536;
    while (cap - o->len < want)
        cap *= 2;
    char *p = realloc(o->p, cap + 1);
    if (!p) {
        o->oom = 1;
        return 0;
    }
    o->p = p;
    o->cap = cap;
    return 1;
}

static size_t rob_chunk(const robuf *o)
{
    size_t k = o->cap - o->len;
    if (o->max && k > o->max - o->len)
        k = o->max - o->len;
    return k;
}

static int ref_inflate(const uint8_t *p, size_t n, robuf *o)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) {
        o->oom = 1;
        return -1;
    }
    z.next_in = (unsigned char *)(uintptr_t)p;
    size_t left = n;
    int rc = Z_OK;
    for (;;) {
        if (!rob_room(o, 65536))
            break;
        uInt in = (uInt)left;
        size_t room = rob_chunk(o);
        z.avail_in = in;
        z.next_out = (unsigned char *)o->p + o->len;
        z.avail_out = (uInt)room;
        uInt before_out = z.avail_out;
        rc = inflate(&z, Z_NO_FLUSH);
        left -= in - z.avail_in;
        o->len += before_out - z.avail_out;
        if (rc == Z_STREAM_END) {
            if (left >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b && inflateReset(&z) == Z_OK)
                continue;
            break;
        }
        if (rc == Z_MEM_ERROR) {
            o->oom = 1;
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            break;
        if (left == 0 && z.avail_out != 0)
            break;
        if (rc == Z_BUF_ERROR && z.avail_out != 0)
            break;
    }
    inflateEnd(&z);
    if (o->oom || o->too_large)
        return -1;
    if (rc != Z_STREAM_END)
        o->cut = 1;
    return o->len > 0 || rc == Z_STREAM_END ? 0 : -1;
}

static uint32_t get_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* 1 when out[0..len) is what the one gzip member gz[0..n) says it holds:
 * a gzip header without FHCRC (such members always stream), its trailer's
 * CRC-32 and length those of out, within max (0: no limit). The oracle
 * for a member zlib refuses and libdeflate decodes (see the top). */
static int trailer_vouches(const uint8_t *gz, size_t n, const char *out, size_t len, size_t max)
{
    if (n < 18 || gz[0] != 0x1f || gz[1] != 0x8b || gz[2] != 8 || (gz[3] & 2) || (max && len > max))
        return 0;
    uint32_t crc = (uint32_t)crc32(0, (const Bytef *)out, (uInt)len);
    return get_le32(gz + n - 8) == crc && get_le32(gz + n - 4) == (uint32_t)len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > (1 << 20))
        return 0;
    unsigned cfg = data[0], arg = data[1];
    const uint8_t *page = data + 2;
    size_t n = size - 2;
    unsigned flg = arg & 0x1e, bad_hcrc = (arg >> 5) & 1;
    int level = 1 + (int)(arg >> 6) * 3; /* 1, 4, 7, 10 -> 9 */
    if (level > 9)
        level = 9;
    buf gz = BUF_INIT;
    switch (cfg & 7) {
    case 0: /* one whole member */
        member(&gz, page, n, flg, bad_hcrc, level, 0, 0);
        break;
    case 1: /* two or three members */
    {
        size_t a = n / 3, b = (arg & 1) ? 2 * n / 3 : n;
        member(&gz, page, a, flg, bad_hcrc, level, 0, 0);
        member(&gz, page + a, b - a, 0, 0, level, 0, 0);
        if (b < n)
            member(&gz, page + b, n - b, flg, 0, level, 0, 0);
        break;
    }
    case 2: /* a member cut short: by 1 to 64 bytes, or at a point inside */
        member(&gz, page, n, flg, bad_hcrc, level, 0, 0);
        if (arg & 1)
            gz.len -= gz.len > 1 + (arg >> 2) ? 1 + (arg >> 2) : gz.len / 2;
        else
            gz.len = gz.len * (arg >> 1) / 128;
        break;
    case 3: /* a trailer whose length lies (by +-1 or much) */
        member(&gz, page, n, flg, bad_hcrc, level, 0,
               (arg & 1) ? (uint32_t)-1 - (arg >> 1) * 4096u : 1 + (arg >> 1) * 65536u);
        break;
    case 4: /* a trailer whose CRC lies */
        member(&gz, page, n, flg, bad_hcrc, level, 1u << (arg & 31), 0);
        break;
    case 5: /* bytes after the member: junk, a zero, or a lone magic */
    {
        member(&gz, page, n, flg, bad_hcrc, level, 0, 0);
        static const uint8_t tails[][3] = {{0, 0, 0}, {0x1f, 0x8b, 0}, {'x', 'y', 'z'}, {0x1f, 0x8b, 8}};
        buf_put(&gz, tails[arg & 3], 1 + ((arg >> 2) % 3));
        break;
    }
    case 6: /* one byte of the deflate data flipped */
        member(&gz, page, n, flg & ~2u, 0, level, 0, 0);
        if (gz.len > 18)
            gz.data[10 + (size_t)arg * 7919u % (gz.len - 18)] ^= (char)(1u << (arg & 7));
        break;
    default: /* the rest as it is */
        buf_put(&gz, page, n);
        break;
    }
    static const size_t limit_small = 64;
    size_t limits[4] = {0, n, n ? n - 1 : 0, limit_small};
    size_t max = limits[(cfg >> 3) & 3];
    if (!gz.data)
        gz.data = malloc(1); /* an empty stream: a valid pointer all the same */

    http_head h;
    memset(&h, 0, sizeof h);
    strcpy(h.encoding, "gzip");
    char *out = NULL;
    size_t out_len = 0;
    int cut = 0;
    const char *why = NULL;
    http_dec_status st = http_decode_body(&h, gz.data, gz.len, max, &out, &out_len, &cut, &why);

    robuf r = {NULL, 0, 0, max, 0, 0, 0};
    int rc = ref_inflate((const uint8_t *)gz.data, gz.len, &r);
    http_dec_status want = rc == 0 ? HTTP_DEC_OK : r.oom ? HTTP_DEC_NOMEM : r.too_large ? HTTP_DEC_TOO_LARGE : HTTP_DEC_BAD;
    int vouched = st == HTTP_DEC_OK && out && !cut && (want == HTTP_DEC_BAD || (want == HTTP_DEC_OK && r.cut)) &&
                  out[out_len] == '\0' && trailer_vouches((const uint8_t *)gz.data, gz.len, out, out_len, max);
    if (vouched) {
        /* libdeflate's tolerance (see the top): the trailer vouches for the bytes */
    } else if (st != want) {
        abort(); /* the one-call path changed the status */
    } else if (st == HTTP_DEC_OK) {
        if (!out || out_len != r.len || (r.len && memcmp(out, r.p, r.len) != 0) || out[out_len] != '\0')
            abort(); /* ... or the bytes */
        if (cut != r.cut)
            abort(); /* ... or the cut flag */
        if (max && out_len > max)
            abort();
    } else if (out || !why) {
        abort();
    }
    free(out);
    free(r.p);

    if (cfg & 32) { /* the same bytes as a .html.gz page */
        lede_options *o = lede_options_new();
        if (o) {
            if (max)
                lede_options_set_max_bytes(o, max);
            lede_article *art = NULL;
            lede_status ls = lede_extract(gz.data, gz.len, NULL, o, &art);
            if ((ls == LEDE_OK || ls == LEDE_ERR_NO_CONTENT) != (art != NULL))
                abort();
            if (art) {
                size_t len = 0;
                char *s = lede_render(art, LEDE_FORMAT_JSON, "fuzz", &len);
                if (!s || strlen(s) != len)
                    abort();
                free(s);
            }
            lede_article_free(art);
            lede_options_free(o);
        }
    }
    buf_free(&gz);
    return 0;
}

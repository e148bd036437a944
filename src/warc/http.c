/* http.c: HTTP response heads and bodies inside WARC records (see http.h).
 * Lenient by design: crawls hold every kind of broken server output, and a
 * page we can still read is worth more than a strict refusal. */
#include "warc/http.h"
#include "warc/magic.h"

#include <brotli/decode.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

static int ci_prefix(const char *p, size_t n, const char *pre)
{
    size_t m = strlen(pre);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++)
        if (lower(p[i]) != pre[i])
            return 0;
    return 1;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Copies [v, v+n) lower-cased and trimmed into dst. */
static void copy_lower(char *dst, size_t cap, const char *v, size_t n)
{
    while (n && is_space(*v)) {
        v++;
        n--;
    }
    while (n && is_space(v[n - 1]))
        n--;
    if (n >= cap)
        n = cap - 1;
    for (size_t i = 0; i < n; i++)
        dst[i] = lower(v[i]);
    dst[n] = '\0';
}

void http_content_type(const char *v, size_t n, char *mime, size_t mime_cap, char *charset, size_t charset_cap)
{
    mime[0] = charset[0] = '\0';
    const char *semi = memchr(v, ';', n);
    copy_lower(mime, mime_cap, v, semi ? (size_t)(semi - v) : n);
    while (semi) {
        const char *p = semi + 1, *end = v + n;
        semi = memchr(p, ';', (size_t)(end - p));
        const char *pe = semi ? semi : end;
        while (p < pe && is_space(*p))
            p++;
        if (ci_prefix(p, (size_t)(pe - p), "charset")) {
            const char *q = p + 7;
            while (q < pe && is_space(*q))
                q++;
            if (q < pe && *q == '=') {
                q++;
                while (q < pe && (is_space(*q) || *q == '"' || *q == '\''))
                    q++;
                const char *qe = q;
                while (qe < pe && !is_space(*qe) && *qe != '"' && *qe != '\'' && *qe != ',')
                    qe++;
                copy_lower(charset, charset_cap, q, (size_t)(qe - q));
            }
        }
    }
}

int http_parse_head(const char *p, size_t n, http_head *h)
{
    memset(h, 0, sizeof *h);
    /* status line: HTTP/x.y SP NNN [SP reason] */
    if (n < 12 || !ci_prefix(p, n, "http/"))
        return -1;
    const char *sp = memchr(p, ' ', n < 16 ? n : 16);
    if (!sp)
        return -1;
    const char *c = sp;
    while (c < p + n && *c == ' ')
        c++;
    int status = 0, digits = 0;
    while (c < p + n && *c >= '0' && *c <= '9' && digits < 3) {
        status = status * 10 + (*c - '0');
        c++;
        digits++;
    }
    if (digits != 3)
        return -1;
    h->status = status;
    const char *end = p + n;
    const char *line = memchr(c, '\n', (size_t)(end - c));
    while (line) {
        line++;
        if (line >= end) {
            h->head_len = n;
            return 0;
        }
        if (*line == '\n') {
            h->head_len = (size_t)(line + 1 - p);
            return 0;
        }
        if (*line == '\r' && line + 1 < end && line[1] == '\n') {
            h->head_len = (size_t)(line + 2 - p);
            return 0;
        }
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        const char *le = eol ? eol : end;
        const char *colon = memchr(line, ':', (size_t)(le - line));
        if (colon) {
            size_t nlen = (size_t)(colon - line);
            const char *v = colon + 1;
            size_t vlen = (size_t)(le - v);
            if (nlen == 12 && ci_prefix(line, nlen, "content-type"))
                http_content_type(v, vlen, h->mime, sizeof h->mime, h->charset, sizeof h->charset);
            else if (nlen == 16 && ci_prefix(line, nlen, "content-encoding"))
                copy_lower(h->encoding, sizeof h->encoding, v, vlen);
            else if (nlen == 17 && ci_prefix(line, nlen, "transfer-encoding")) {
                char te[64];
                copy_lower(te, sizeof te, v, vlen);
                if (strstr(te, "chunked"))
                    h->chunked = 1;
            }
        }
        line = eol;
    }
    h->head_len = n; /* no blank line: all head, no body */
    return 0;
}

/* ---- decoding ---------------------------------------------------------- */

typedef struct {
    char *p;
    size_t len, cap, max;
    int too_large, oom;
    int cut; /* the coded data ended before its end marker: what decoded is a prefix */
} obuf;

/* Room for at least `want` more bytes; 0 when over max or out of memory. */
static int ob_room(obuf *o, size_t want)
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

/* Room given to one decoder call, kept under max. */
static size_t ob_chunk(const obuf *o)
{
    size_t k = o->cap - o->len;
    if (o->max && k > o->max - o->len)
        k = o->max - o->len;
    return k;
}

static int dechunk(const char *p, size_t n, obuf *o)
{
    size_t i = 0, got = 0;
    for (;;) {
        size_t size = 0;
        int digits = 0;
        while (i < n && p[i] == ' ')
            i++;
        while (i < n) {
            char c = p[i];
            int d = (c >= '0' && c <= '9') ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
            if (d < 0)
                break;
            if (size > (SIZE_MAX >> 4))
                return got ? 0 : -1;
            size = size * 16 + (size_t)d;
            digits++;
            i++;
        }
        if (!digits)
            return got ? 0 : -1;
        const char *nl = memchr(p + i, '\n', n - i); /* skips ;extensions and CR */
        if (!nl)
            return got ? 0 : -1;
        i = (size_t)(nl - p) + 1;
        if (size == 0)
            return 0;
        size_t k = size <= n - i ? size : n - i; /* a cut last chunk keeps its bytes */
        if (!ob_room(o, k))
            return o->oom || o->too_large ? 0 : -1;
        memcpy(o->p + o->len, p + i, k);
        o->len += k;
        got++;
        i += k;
        if (i >= n)
            return 0;
        if (p[i] == '\r')
            i++;
        if (i < n && p[i] == '\n')
            i++;
    }
}

/* The largest output gunzip_whole allocates at once when the caller sets
 * no limit: a page's size many times over; bigger ones stream (zlib). */
#define GUNZIP_WHOLE_MAX ((size_t)256 << 20)

/* The calling thread's libdeflate decompressor, allocated at its first
 * gzip page and freed when the thread ends (a pthread key's destructor):
 * one per page was an allocation and a clear of its tables per page, and
 * one shared by all would need a lock (the library extracts on many
 * threads at once). NULL when the key or the allocation failed; the
 * caller then allocates one for the call. */
static pthread_key_t inflater_key;
static int inflater_key_ok;
static pthread_once_t inflater_once = PTHREAD_ONCE_INIT;

static void inflater_free(void *d) { libdeflate_free_decompressor(d); }
static void inflater_key_init(void) { inflater_key_ok = pthread_key_create(&inflater_key, inflater_free) == 0; }

static struct libdeflate_decompressor *thread_inflater(void)
{
    if (pthread_once(&inflater_once, inflater_key_init) != 0 || !inflater_key_ok)
        return NULL;
    struct libdeflate_decompressor *d = pthread_getspecific(inflater_key);
    if (d)
        return d;
    d = libdeflate_alloc_decompressor();
    if (d && pthread_setspecific(inflater_key, d) != 0) {
        libdeflate_free_decompressor(d);
        d = NULL;
    }
    return d;
}

/* One gzip member that is the whole of p[0..n) (the common case: a
 * .html.gz page, a gzip Content-Encoding), decoded by libdeflate in one
 * call into a buffer of the size its trailer states: libdeflate inflates
 * at 2-3x zlib's speed and checks the CRC at a fraction of zlib's cost
 * (docs/speed.md). 1 when it decoded whole, every input byte used and
 * the output within o->max; 0 leaves o untouched for zlib, which takes
 * all the rest (several members, bytes after the member, a cut or
 * corrupt member, a trailer that lies, output over o->max) and finds
 * exactly where it stops. On a whole member both give the same bytes,
 * except that libdeflate also decodes a few malformed block headers zlib
 * refuses (a code-length repeat running past the last length): that
 * member is taken, since its trailer's CRC-32 and length vouch for what
 * decoded (docs/robustness.md, "gzip: the one-call path against zlib"). */
static int gunzip_whole(const char *p, size_t n, obuf *o)
{
    if (n < 18 || o->p)
        return 0;
    /* FHCRC: such headers are rare, so they stream, and a wrong one stays
     * an error (found by fuzz/fuzz_gzip.c) */
    if (warc_gzip_has_fhcrc((const unsigned char *)p))
        return 0;
    size_t isize = warc_le32((const unsigned char *)p + n - 4); /* ISIZE: the length mod 2^32 */
    if (o->max ? isize > o->max : isize > GUNZIP_WHOLE_MAX)
        return 0;
    struct libdeflate_decompressor *own = NULL, *d = thread_inflater();
    if (!d && !(d = own = libdeflate_alloc_decompressor()))
        return 0;
    char *buf = malloc(isize + 1); /* every obuf keeps one spare byte */
    size_t used = 0, got = 0;
    int ok = buf && libdeflate_gzip_decompress_ex(d, p, n, buf, isize, &used, &got) == LIBDEFLATE_SUCCESS &&
             used == n && got == isize;
    libdeflate_free_decompressor(own); /* NULL: nothing */
    if (!ok) {
        free(buf);
        return 0;
    }
    o->p = buf;
    o->len = o->cap = got;
    return 1;
}

/* gzip (and zlib: windowBits 15+32 detects either), or raw deflate (-15).
 * Concatenated gzip members are all decoded. */
static int inflate_all(const char *p, size_t n, int wbits, obuf *o)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, wbits) != Z_OK) {
        o->oom = 1;
        return -1;
    }
    size_t start = o->len;
    z.next_in = (unsigned char *)(uintptr_t)p;
    size_t left = n;
    int rc = Z_OK;
    for (;;) {
        if (!ob_room(o, 65536))
            break;
        uInt in = (uInt)(left > 0x40000000u ? 0x40000000u : left);
        size_t room = ob_chunk(o);
        z.avail_in = in;
        z.next_out = (unsigned char *)o->p + o->len;
        z.avail_out = (uInt)(room > 0x40000000u ? 0x40000000u : room);
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
            break; /* input exhausted (maybe truncated): keep what decoded */
        if (rc == Z_BUF_ERROR && z.avail_out != 0)
            break;
    }
    inflateEnd(&z);
    if (o->oom || o->too_large)
        return -1;
    if (rc != Z_STREAM_END)
        o->cut = 1;
    return o->len > start || rc == Z_STREAM_END ? 0 : -1;
}

static int unbrotli(const char *p, size_t n, obuf *o)
{
    BrotliDecoderState *s = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!s) {
        o->oom = 1;
        return -1;
    }
    size_t start = o->len;
    const uint8_t *in = (const uint8_t *)p;
    size_t avail_in = n;
    BrotliDecoderResult rc;
    for (;;) {
        if (!ob_room(o, 65536)) {
            rc = BROTLI_DECODER_RESULT_ERROR;
            break;
        }
        size_t avail_out = ob_chunk(o);
        uint8_t *out = (uint8_t *)o->p + o->len;
        size_t before = avail_out;
        rc = BrotliDecoderDecompressStream(s, &avail_in, &in, &avail_out, &out, NULL);
        o->len += before - avail_out;
        if (rc != BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
            break;
    }
    BrotliDecoderDestroyInstance(s);
    if (o->oom || o->too_large)
        return -1;
    if (rc != BROTLI_DECODER_RESULT_SUCCESS)
        o->cut = 1;
    return o->len > start || rc == BROTLI_DECODER_RESULT_SUCCESS ? 0 : -1;
}

static int unzstd(const char *p, size_t n, obuf *o)
{
    ZSTD_DCtx *z = ZSTD_createDCtx();
    if (!z) {
        o->oom = 1;
        return -1;
    }
    size_t start = o->len;
    ZSTD_inBuffer ib = {p, n, 0};
    size_t rc = 1; /* 0 once a frame is complete */
    for (;;) {
        if (!ob_room(o, 65536))
            break;
        ZSTD_outBuffer ob = {o->p + o->len, ob_chunk(o), 0};
        rc = ZSTD_decompressStream(z, &ob, &ib);
        o->len += ob.pos;
        if (ZSTD_isError(rc))
            break;
        if (ib.pos == ib.size && ob.pos < ob.size)
            break;
    }
    ZSTD_freeDCtx(z);
    if (o->oom || o->too_large)
        return -1;
    if (rc != 0)
        o->cut = 1;
    return o->len > start ? 0 : -1;
}

static http_dec_status fail(obuf *o, const char **why, const char *msg)
{
    http_dec_status st = o->oom ? HTTP_DEC_NOMEM : o->too_large ? HTTP_DEC_TOO_LARGE : HTTP_DEC_BAD;
    if (why)
        *why = o->oom ? "out of memory" : o->too_large ? "decoded body over the size limit" : msg;
    free(o->p);
    return st;
}

http_dec_status http_decode_body(const http_head *h, const char *p, size_t n, size_t max_out, char **out,
                                 size_t *out_len, int *cut, const char **why)
{
    *out = NULL;
    *out_len = 0;
    if (cut)
        *cut = 0;
    if (why)
        *why = NULL;
    const char *cur = p;
    size_t cur_len = n;
    char *owned = NULL;
    if (h->chunked) {
        obuf o = {NULL, 0, 0, max_out, 0, 0, 0};
        if (dechunk(p, n, &o) == 0) {
            if (o.oom || o.too_large)
                return fail(&o, why, NULL);
            owned = o.p ? o.p : malloc(1);
            if (!owned)
                return HTTP_DEC_NOMEM;
            cur = owned;
            cur_len = o.len;
        } else {
            free(o.p); /* not chunked after all: use the bytes as they are */
        }
    }
    /* Content-Encoding lists codings in the order applied: undo from the end. */
    char enc[sizeof h->encoding];
    memcpy(enc, h->encoding, sizeof enc);
    for (;;) {
        char *comma = strrchr(enc, ',');
        char *name = comma ? comma + 1 : enc;
        while (*name == ' ' || *name == '\t')
            name++;
        size_t nl = strlen(name);
        while (nl && (name[nl - 1] == ' ' || name[nl - 1] == '\t'))
            name[--nl] = '\0';
        if (nl && strcmp(name, "identity") != 0 && strcmp(name, "none") != 0) {
            obuf o = {NULL, 0, 0, max_out, 0, 0, 0};
            int rc;
            const char *label = name;
            if (strcmp(name, "gzip") == 0 || strcmp(name, "x-gzip") == 0)
                rc = gunzip_whole(cur, cur_len, &o) ? 0 : inflate_all(cur, cur_len, 15 + 32, &o);
            else if (strcmp(name, "deflate") == 0) {
                rc = inflate_all(cur, cur_len, 15 + 32, &o);
                if (rc != 0 && !o.oom && !o.too_large) {
                    o.len = 0; /* servers often send raw deflate */
                    o.cut = 0;
                    rc = inflate_all(cur, cur_len, -15, &o);
                }
            } else if (strcmp(name, "br") == 0)
                rc = unbrotli(cur, cur_len, &o);
            else if (strcmp(name, "zstd") == 0)
                rc = unzstd(cur, cur_len, &o);
            else {
                free(owned);
                if (why)
                    *why = "unsupported Content-Encoding";
                return HTTP_DEC_UNSUPPORTED;
            }
            if (rc != 0) {
                free(owned);
                (void)label;
                return fail(&o, why, "Content-Encoding data is corrupt");
            }
            free(owned);
            if (o.cut && cut)
                *cut = 1;
            owned = o.p ? o.p : malloc(1);
            if (!owned)
                return HTTP_DEC_NOMEM;
            cur = owned;
            cur_len = o.len;
        }
        if (!comma)
            break;
        *comma = '\0';
    }
    if (owned)
        owned[cur_len] = '\0'; /* every obuf keeps one spare byte */
    *out = owned;
    *out_len = cur_len;
    return HTTP_DEC_OK;
}

const char *http_sniff_coding(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (n < 4)
        return NULL;
    if (warc_is_gzip_magic(u))
        return "gzip";
    if (warc_is_zstd_magic(u) || warc_is_zstd_skippable(u))
        return "zstd";
    return NULL;
}

char *http_decode_head(const char *coding, const char *p, size_t n, size_t max, size_t *out_len)
{
    obuf o = {NULL, 0, 0, max, 0, 0, 0};
    *out_len = 0;
    if (strcmp(coding, "gzip") == 0)
        (void)inflate_all(p, n, 15 + 32, &o);
    else if (strcmp(coding, "zstd") == 0)
        (void)unzstd(p, n, &o);
    /* over max is expected here: what decoded up to it is the answer */
    if (o.oom || !o.len) {
        free(o.p);
        return NULL;
    }
    o.p[o.len] = '\0';
    *out_len = o.len;
    return o.p;
}

int http_mime_is_html(const char *m)
{
    return strcmp(m, "text/html") == 0 || strcmp(m, "application/xhtml+xml") == 0 ||
           strcmp(m, "application/xhtml") == 0 || strcmp(m, "text/xhtml") == 0;
}

int http_mime_is_vague(const char *m)
{
    static const char *const vague[] = {"",
                                        "text/plain",
                                        "application/octet-stream",
                                        "binary/octet-stream",
                                        "application/unknown",
                                        "unknown/unknown",
                                        "application/x-unknown-content-type",
                                        "text/xml",
                                        "application/xml",
                                        "application/x-httpd-php",
                                        "application/x-php",
                                        "text/x-php"};
    for (size_t i = 0; i < sizeof vague / sizeof *vague; i++)
        if (strcmp(m, vague[i]) == 0)
            return 1;
    /* "text/html" with junk, e.g. "text/html,text/html" or "html" */
    return strstr(m, "html") != NULL || strchr(m, '/') == NULL;
}

int http_sniff_html(const char *p, size_t n)
{
    static const char *const tags[] = {"!doctype html", "html", "head", "body", "title", "meta", "script",
                                       "div", "p>", "p ", "table", "a ", "link", "style", "iframe", "h1",
                                       "br", "font", "b>", "!--"};
    size_t i = 0, lim = n < 1024 ? n : 1024;
    if (lim >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        i = 3;
    while (i < lim) {
        while (i < lim && is_space(p[i]))
            i++;
        if (i >= lim || p[i] != '<')
            return 0;
        const char *t = p + i + 1;
        size_t left = n - i - 1;
        if (ci_prefix(t, left, "?xml")) { /* XML declaration: look at what follows */
            const char *e = memchr(t, '>', left);
            if (!e)
                return 0;
            i = (size_t)(e - p) + 1;
            continue;
        }
        for (size_t k = 0; k < sizeof tags / sizeof *tags; k++) {
            size_t m = strlen(tags[k]);
            if (!ci_prefix(t, left, tags[k]))
                continue;
            /* a bare tag name must end there */
            if (tags[k][m - 1] != ' ' && tags[k][m - 1] != '>' && strcmp(tags[k], "!--") != 0 && left > m) {
                char c = t[m];
                if (!(c == '>' || c == '/' || is_space(c)))
                    continue;
            }
            return 1;
        }
        return 0;
    }
    return 0;
}

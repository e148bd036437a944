/* encoding.c: turns a page's bytes into valid UTF-8 (see encoding.h).
 *
 * Order, after WHATWG "encoding sniffing": byte-order mark -> transport
 * charset -> <meta> prescan of the first 1024 bytes (then, as html5lib's
 * tree builder would on finding a later <meta>, of the first 64 KiB) ->
 * nothing declared: valid UTF-8 is UTF-8, otherwise uchardet guesses, and
 * windows-1252 is the last resort. A declaration the bytes contradict is
 * overruled (see enc_to_utf8_ex for the exact rules and docs/
 * encoding.md for the measurements behind them).
 *
 * Decoding: valid UTF-8 is returned as is (no copy, the hot path);
 * broken UTF-8 is repaired (one U+FFFD per maximal invalid subpart, as the
 * WHATWG UTF-8 decoder does); windows-1252 and x-user-defined use their
 * WHATWG tables here; everything else goes through glibc iconv, where each
 * undecodable byte becomes U+FFFD and decoding goes on. The output is
 * always valid UTF-8.
 *
 * Threads: no global mutable state; iconv and uchardet handles are opened
 * per call. */
#include "encoding/encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <uchardet.h>

#include "core/buf.h"
#include "core/utf8.h"
#include "encoding/encoding_labels.h"

/* The prescan's window (WHATWG: "when the user agent has looked at 1024
 * bytes"), and how far a late <meta> is still honoured. */
#define ENC_PRESCAN_BYTES 1024u
#ifndef ENC_LATE_META_BYTES /* overridable only to measure its effect */
#define ENC_LATE_META_BYTES 65536u
#endif
/* uchardet sees at most this much of a page: plenty of text to decide,
 * and bounded time on huge inputs. */
#define ENC_DETECT_BYTES (1u << 20)
/* Bytes handed to one iconv() call (see enc_iconv). */
#define ENC_ICONV_WINDOW 65536u

/* ---------------------------------------------------------------- UTF-8 */

/* Index of the first byte >= 0x80 at or after i (n if none). Checks 16
 * bytes per step: most of a typical page is ASCII markup. */
static size_t enc_ascii_run(const unsigned char *s, size_t i, size_t n)
{
    while (i + 16 <= n) {
        uint64_t a, b;
        memcpy(&a, s + i, 8);
        memcpy(&b, s + i + 8, 8);
        if ((a | b) & UINT64_C(0x8080808080808080))
            break;
        i += 16;
    }
    while (i < n && s[i] < 0x80)
        i++;
    return i;
}

int enc_utf8_valid(const char *str, size_t n) { return utf8_valid(str, n); }

typedef struct {
    size_t multibyte; /* valid multi-byte sequences */
    size_t invalid;   /* invalid maximal subparts, the cut-off tail excluded */
    size_t high;      /* bytes >= 0x80 */
    int cut_tail;     /* the input ends inside an otherwise valid sequence */
} enc_u8_stats;

static void enc_u8_scan(const unsigned char *s, size_t n, enc_u8_stats *st)
{
    memset(st, 0, sizeof *st);
    size_t i = 0, bad;
    int cut;
    for (;;) {
        i = enc_ascii_run(s, i, n);
        if (i >= n)
            return;
        size_t k = utf8_seq_or_subpart(s + i, n - i, &bad, &cut);
        if (k) {
            st->multibyte++;
            st->high += k;
            i += k;
        } else {
            if (cut)
                st->cut_tail = 1;
            else
                st->invalid++;
            st->high += bad;
            i += bad;
        }
    }
}

/* "Mostly UTF-8": clearly UTF-8 text with a few broken bytes (a pasted
 * latin-1 snippet, a cut character). Decoding it as UTF-8 with a few U+FFFD
 * loses far less than decoding all of it as a legacy encoding. */
static int enc_mostly_utf8(const enc_u8_stats *st)
{
    return st->multibyte >= 8 && st->invalid * 16 <= st->multibyte;
}

/* Copies s, replacing each invalid maximal subpart with U+FFFD. nbad is
 * how many there are (st.invalid + st.cut_tail): each grows the text by at
 * most 2 bytes, so the buffer is sized exactly once. */
static char *enc_u8_repair(const unsigned char *s, size_t n, size_t nbad, size_t *outlen,
                           size_t *repl)
{
    unsigned char *out = malloc(n + 2 * nbad + 1), *o = out;
    if (!out)
        return NULL;
    size_t i = 0, bad;
    int cut;
    *repl = 0;
    for (;;) {
        size_t j = enc_ascii_run(s, i, n);
        memcpy(o, s + i, j - i);
        o += j - i;
        i = j;
        if (i >= n)
            break;
        size_t k = utf8_seq_or_subpart(s + i, n - i, &bad, &cut);
        if (k) {
            memcpy(o, s + i, k);
            o += k;
            i += k;
        } else {
            o += utf8_encode(0xFFFD, o);
            (*repl)++;
            i += bad;
        }
    }
    *o = '\0';
    *outlen = (size_t)(o - out);
    return (char *)out;
}

/* --------------------------------------------------------- single-byte */

/* WHATWG windows-1252 for 0x80..0x9F; the five holes of Microsoft's table
 * (0x81 0x8D 0x8F 0x90 0x9D) decode to the C1 control of the same value,
 * as browsers do (glibc's CP1252 would reject them). 0xA0..0xFF = Latin-1. */
static const uint16_t enc_w1252_c1[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static uint32_t enc_sb_cp(enc_id e, unsigned char b)
{
    if (b < 0x80)
        return b;
    if (e == ENC_X_USER_DEFINED)
        return 0xF780u + (uint32_t)(b - 0x80);
    return b < 0xA0 ? enc_w1252_c1[b - 0x80] : b;
}

/* windows-1252 or x-user-defined: total (no byte is invalid), two passes
 * so the output is allocated at its exact size. */
static char *enc_decode_sb(enc_id e, const unsigned char *s, size_t n, size_t *outlen)
{
    size_t need = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = enc_sb_cp(e, s[i]);
        need += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    }
    unsigned char *out = malloc(need + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x80)
            *o++ = s[i];
        else
            o += utf8_encode(enc_sb_cp(e, s[i]), o);
    }
    *o = '\0';
    *outlen = need;
    return (char *)out;
}

/* --------------------------------------------------------------- iconv */

static void enc_buf_fffd(buf *b)
{
    buf_put(b, "\xEF\xBF\xBD", 3);
}

/* Decodes with the first glibc converter of names that opens. Returns 0,
 * -1 on allocation failure, 1 when no converter opens. iconv stops at an
 * invalid sequence (EILSEQ): we write U+FFFD, step over `unit` bytes (1,
 * or 2 for UTF-16 to stay aligned) and call it again from there, so the
 * whole input is still read once: linear time. A sequence cut off by the
 * end of input (EINVAL) becomes one U+FFFD. */
static int enc_iconv(const char *const *names, size_t unit, const char *in, size_t n, buf *out,
                     size_t *repl)
{
    iconv_t cd = (iconv_t)-1;
    for (; *names && cd == (iconv_t)-1; names++)
        cd = iconv_open("UTF-8", *names);
    if (cd == (iconv_t)-1)
        return 1;
    *repl = 0;
    /* Most legacy text grows by at most 1.5x in UTF-8 (CJK: 2 -> 3 bytes);
     * single-byte non-Latin scripts reach 2x-3x and grow the buffer. */
    buf_grow(out, n + n / 2 + 16);
    /* iconv is fed windows of at most ENC_ICONV_WINDOW bytes: sanitizers'
     * iconv interceptors check the whole remaining input on every call,
     * which made a page full of errors quadratic under ASan. */
    char *ip = (char *)(uintptr_t)in;
    const char *end = in + n;
    while (ip < end && !out->oom) {
        size_t avail = (size_t)(end - ip);
        size_t win = avail < ENC_ICONV_WINDOW ? avail : ENC_ICONV_WINDOW, il = win;
        char *op = out->data + out->len;
        size_t ol = out->cap - out->len - 1;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        out->len = (size_t)(op - out->data);
        if (r != (size_t)-1)
            continue;
        if (errno == E2BIG) {
            buf_grow(out, avail + avail / 2 + 64);
            continue;
        }
        if (errno == EINVAL && win < avail && il < win)
            continue; /* a sequence cut by the window's edge: the next window starts with it */
        if (errno == EINVAL && win == avail) { /* cut off by the end of the input */
            enc_buf_fffd(out);
            (*repl)++;
            break;
        }
        /* EILSEQ (or anything else): U+FFFD, skip, go on */
        enc_buf_fffd(out);
        (*repl)++;
        size_t k = (size_t)(end - ip) < unit ? (size_t)(end - ip) : unit;
        ip += k;
    }
    /* end a stateful encoding's shift state (ISO-2022-JP) */
    while (!out->oom) {
        char *op = out->data + out->len;
        size_t ol = out->cap - out->len - 1;
        size_t r = iconv(cd, NULL, NULL, &op, &ol);
        out->len = (size_t)(op - out->data);
        if (r != (size_t)-1 || errno != E2BIG)
            break;
        buf_grow(out, 64);
    }
    iconv_close(cd);
    if (out->oom)
        return -1;
    out->data[out->len] = '\0';
    return 0;
}

/* ------------------------------------------------------------- prescan */

static int enc_ws(unsigned char c)
{
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

static int enc_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Case-insensitive compare of n bytes of s with lower-case ASCII lit. */
static int enc_ci_eq(const unsigned char *s, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)lit[i])
            return 0;
    }
    return 1;
}

typedef struct {
    const unsigned char *name, *val;
    size_t nlen, vlen;
} enc_attr;

/* WHATWG "get an attribute". Names and values are contiguous runs of the
 * input (the spec's lower-casing only matters for comparisons, which are
 * case-insensitive here), so nothing is copied. Returns 1 with an
 * attribute, 0 when there is none (at '>'), -1 when out of bytes. */
static int enc_get_attr(const unsigned char *s, size_t n, size_t *pp, enc_attr *a)
{
    size_t p = *pp;
    while (p < n && (enc_ws(s[p]) || s[p] == '/'))
        p++;
    if (p >= n)
        return -1;
    if (s[p] == '>') {
        *pp = p;
        return 0;
    }
    size_t start = p;
    a->vlen = 0;
    a->val = s + p;
    for (;;) {
        if (p >= n)
            return -1;
        unsigned char c = s[p];
        /* '=' ends a name only once it has a first byte: "<meta =x" names
         * an attribute "=x" */
        if (c == '=' && p > start) {
            a->name = s + start;
            a->nlen = p - start;
            p++;
            goto value;
        }
        if (enc_ws(c))
            break;
        if (c == '/' || c == '>') {
            a->name = s + start;
            a->nlen = p - start;
            *pp = p;
            return 1;
        }
        p++;
    }
    a->name = s + start;
    a->nlen = p - start;
    while (p < n && enc_ws(s[p]))
        p++;
    if (p >= n)
        return -1;
    if (s[p] != '=') { /* a name without value; the byte is re-read */
        *pp = p;
        return 1;
    }
    p++;
value:
    while (p < n && enc_ws(s[p]))
        p++;
    if (p >= n)
        return -1;
    if (s[p] == '"' || s[p] == '\'') {
        unsigned char q = s[p];
        size_t vs = ++p;
        while (p < n && s[p] != q)
            p++;
        if (p >= n)
            return -1;
        a->val = s + vs;
        a->vlen = p - vs;
        *pp = p + 1;
        return 1;
    }
    if (s[p] == '>') {
        *pp = p;
        return 1;
    }
    size_t vs = p++;
    while (p < n && !enc_ws(s[p]) && s[p] != '>')
        p++;
    if (p >= n)
        return -1;
    a->val = s + vs;
    a->vlen = p - vs;
    *pp = p;
    return 1;
}

/* The spec's last step of the prescan: "<?xml ... encoding='x'?>". */
static enc_id enc_xml_encoding(const unsigned char *s, size_t n)
{
    if (n < 5 || memcmp(s, "<?xml", 5) != 0)
        return ENC_NONE;
    const unsigned char *gt = memchr(s, '>', n);
    if (!gt)
        return ENC_NONE;
    size_t end = (size_t)(gt - s), p = 5;
    for (; p + 8 <= end; p++)
        if (memcmp(s + p, "encoding", 8) == 0)
            break;
    if (p + 8 > end)
        return ENC_NONE;
    p += 8;
    while (p < end && s[p] <= 0x20)
        p++;
    if (p >= end || s[p] != '=')
        return ENC_NONE;
    p++;
    while (p < end && s[p] <= 0x20)
        p++;
    if (p >= end || (s[p] != '"' && s[p] != '\''))
        return ENC_NONE;
    unsigned char q = s[p++];
    size_t vs = p;
    while (p < end && s[p] != q)
        p++;
    if (p >= end)
        return ENC_NONE;
    enc_id e = enc_from_label((const char *)s + vs, p - vs);
    return e == ENC_UTF16BE || e == ENC_UTF16LE ? ENC_UTF8 : e;
}

/* The attributes of one <meta>, per the prescan's meta step. Returns the
 * encoding it declares, ENC_NONE if none, or ENC_COUNT when the input ran
 * out. *pp is left where the spec's "next byte" step starts from. */
static enc_id enc_prescan_meta(const unsigned char *s, size_t n, size_t *pp)
{
    int got_pragma = 0, need_pragma = -1; /* -1 = null */
    int charset_set = 0;                  /* null vs failure */
    int seen_he = 0, seen_content = 0, seen_charset = 0;
    enc_id charset = ENC_NONE;
    enc_attr a;
    int r;
    while ((r = enc_get_attr(s, n, pp, &a)) == 1) {
        /* Only the first attribute of each name counts ("if the name is
         * already in the attribute list, return to attributes"). */
        if (a.nlen == 10 && enc_ci_eq(a.name, "http-equiv", 10)) {
            if (seen_he++)
                continue;
            if (a.vlen == 12 && enc_ci_eq(a.val, "content-type", 12))
                got_pragma = 1;
        } else if (a.nlen == 7 && enc_ci_eq(a.name, "content", 7)) {
            if (seen_content++)
                continue;
            enc_id e = enc_from_content_type((const char *)a.val, a.vlen);
            if (e != ENC_NONE && !charset_set) {
                charset = e;
                charset_set = 1;
                need_pragma = 1;
            }
        } else if (a.nlen == 7 && enc_ci_eq(a.name, "charset", 7)) {
            if (seen_charset++)
                continue;
            charset = enc_from_label((const char *)a.val, a.vlen);
            charset_set = 1;
            need_pragma = 0;
        }
    }
    if (r < 0)
        return ENC_COUNT;
    if (need_pragma == -1 || (need_pragma == 1 && !got_pragma) || charset == ENC_NONE)
        return ENC_NONE;
    /* a page that could be prescanned is ASCII-compatible: a UTF-16 label
     * is a mistake for UTF-8 */
    if (charset == ENC_UTF16BE || charset == ENC_UTF16LE)
        return ENC_UTF8;
    if (charset == ENC_X_USER_DEFINED)
        return ENC_WINDOWS_1252;
    return charset;
}

enc_id enc_prescan(const char *html, size_t n)
{
    const unsigned char *s = (const unsigned char *)html;
    size_t p = 0;
    while (p < n) {
        const unsigned char *lt = memchr(s + p, '<', n - p);
        if (!lt)
            break;
        p = (size_t)(lt - s);
        size_t rest = n - p;
        if (rest >= 4 && memcmp(s + p, "<!--", 4) == 0) {
            /* ends at the first "-->" whose dashes may be those of "<!--" */
            size_t q = p + 2;
            while (q + 3 <= n && memcmp(s + q, "-->", 3) != 0)
                q++;
            if (q + 3 > n)
                break;
            p = q + 3;
        } else if (rest >= 6 && enc_ci_eq(s + p + 1, "meta", 4) &&
                   (enc_ws(s[p + 5]) || s[p + 5] == '/')) {
            p += 5;
            enc_id e = enc_prescan_meta(s, n, &p);
            if (e == ENC_COUNT)
                break;
            if (e != ENC_NONE)
                return e;
            p++;
        } else if ((rest >= 2 && enc_alpha(s[p + 1])) ||
                   (rest >= 3 && s[p + 1] == '/' && enc_alpha(s[p + 2]))) {
            /* any other tag: skip its name and attributes so that a
             * "<meta" inside an attribute value is not seen */
            p++;
            while (p < n && !enc_ws(s[p]) && s[p] != '>')
                p++;
            enc_attr a;
            int r;
            while ((r = enc_get_attr(s, n, &p, &a)) == 1)
                ;
            if (r < 0)
                break;
            p++;
        } else if (rest >= 2 && (s[p + 1] == '!' || s[p + 1] == '/' || s[p + 1] == '?')) {
            const unsigned char *gt = memchr(s + p + 2, '>', n - p - 2);
            if (!gt)
                break;
            p = (size_t)(gt - s) + 1;
        } else {
            p++;
        }
    }
    return enc_xml_encoding(s, n);
}

/* ----------------------------------------------------------- detection */

/* Below this many non-ASCII bytes, uchardet cannot tell the Latin
 * single-byte encodings apart ("caf\xE9" comes back as iso-8859-2): its
 * Latin answers then become windows-1252, by far the most common of them. */
#define ENC_DETECT_MIN_LATIN 64u

static int enc_is_latin(enc_id e)
{
    switch (e) {
    case ENC_ISO8859_2: case ENC_ISO8859_3: case ENC_ISO8859_4: case ENC_ISO8859_10:
    case ENC_ISO8859_13: case ENC_ISO8859_14: case ENC_ISO8859_15: case ENC_ISO8859_16:
    case ENC_WINDOWS_1250: case ENC_WINDOWS_1254: case ENC_WINDOWS_1257:
    case ENC_WINDOWS_1258: case ENC_MACINTOSH:
        return 1;
    default:
        return 0;
    }
}

/* uchardet's guess, limited to the encodings a page without a BOM can be
 * decoded as here (no UTF-8: the callers decided it is not; no UTF-16, no
 * replacement). high = the page's non-ASCII byte count. ENC_NONE when it
 * has no usable answer. */
static enc_id enc_detect_legacy(const char *s, size_t n, size_t high)
{
    uchardet_t ud = uchardet_new();
    if (!ud)
        return ENC_NONE;
    enc_id e = ENC_NONE;
    if (uchardet_handle_data(ud, s, n < ENC_DETECT_BYTES ? n : ENC_DETECT_BYTES) == 0) {
        uchardet_data_end(ud);
        e = enc_from_detector_name(uchardet_get_charset(ud));
    }
    uchardet_delete(ud);
    if (e == ENC_UTF8 || e == ENC_UTF16BE || e == ENC_UTF16LE || e == ENC_REPLACEMENT)
        e = ENC_NONE;
    if (high < ENC_DETECT_MIN_LATIN && enc_is_latin(e))
        e = ENC_WINDOWS_1252;
    return e;
}

/* A transport "utf-16" without a BOM is believed only if the bytes look
 * like UTF-16 markup: NULs in the high byte of ASCII characters. Servers
 * that mislabel ASCII pages as UTF-16 exist; real UTF-16 HTML is mostly
 * ASCII tags, so at least 1 in 8 of its code units has a zero high byte. */
static int enc_plausible_utf16(const unsigned char *s, size_t n, enc_id e)
{
    size_t m = n < ENC_PRESCAN_BYTES ? n : ENC_PRESCAN_BYTES, zeros = 0;
    size_t hi = e == ENC_UTF16LE ? 1 : 0;
    for (size_t i = 0; i + 1 < m; i += 2)
        zeros += s[i + hi] == 0;
    return m >= 2 && zeros * 8 >= m / 2;
}

/* UTF-16 without a BOM or any declaration (Windows tools write such
 * pages): the prescan cannot see its ASCII-with-NULs markup, and NULs are
 * valid UTF-8. Recognised when at least half of the first KiB's code
 * units have a zero high byte and almost none a zero low byte. */
static enc_id enc_sniff_utf16(const unsigned char *s, size_t n)
{
    size_t m = n < ENC_PRESCAN_BYTES ? n : ENC_PRESCAN_BYTES, even = 0, odd = 0;
    m &= ~(size_t)1;
    if (m < 16)
        return ENC_NONE;
    for (size_t i = 0; i < m; i += 2) {
        even += s[i] == 0;
        odd += s[i + 1] == 0;
    }
    size_t units = m / 2;
    if (odd * 2 >= units && even * 20 <= units)
        return ENC_UTF16LE;
    if (even * 2 >= units && odd * 20 <= units)
        return ENC_UTF16BE;
    return ENC_NONE;
}

/* ------------------------------------------------------------ decoding */

static void enc_set_used(enc_result *res, enc_info *info, enc_id e)
{
    info->used = e;
    const char *name = enc_name(e);
    size_t k = strlen(name);
    if (k >= sizeof res->charset)
        k = sizeof res->charset - 1;
    memcpy(res->charset, name, k);
    res->charset[k] = '\0';
}

/* UTF-8 out of UTF-8 input: zero copy when valid and nothing to strip,
 * else a repaired copy. known: the stats of s if already scanned, or NULL. */
static int enc_finish_utf8(const char *s, size_t n, int must_copy, const enc_u8_stats *known,
                           enc_result *res, enc_info *info)
{
    enc_u8_stats st;
    if (known)
        st = *known;
    else
        enc_u8_scan((const unsigned char *)s, n, &st);
    enc_set_used(res, info, ENC_UTF8);
    if (st.invalid == 0 && !st.cut_tail && !must_copy) {
        res->utf8 = NULL;
        res->len = n;
        return 0;
    }
    res->utf8 = enc_u8_repair((const unsigned char *)s, n, st.invalid + (size_t)st.cut_tail,
                              &res->len, &info->replacements);
    return res->utf8 ? 0 : -1;
}

/* Decodes s with e into a new string (never the zero-copy path). */
static int enc_decode(enc_id e, const char *s, size_t n, enc_result *res, enc_info *info)
{
    info->replacements = 0;
    if (e == ENC_UTF8)
        return enc_finish_utf8(s, n, 1, NULL, res, info);
    if (e == ENC_WINDOWS_1252 || e == ENC_X_USER_DEFINED) {
        enc_set_used(res, info, e);
        res->utf8 = enc_decode_sb(e, (const unsigned char *)s, n, &res->len);
        return res->utf8 ? 0 : -1;
    }
    const char *const *names = enc_iconv_names(e);
    if (names) {
        buf b = BUF_INIT;
        size_t unit = e == ENC_UTF16BE || e == ENC_UTF16LE ? 2 : 1;
        int r = enc_iconv(names, unit, s, n, &b, &info->replacements);
        if (r < 0) {
            buf_free(&b);
            return -1;
        }
        if (r == 0) {
            enc_set_used(res, info, e);
            size_t cap = b.cap;
            res->utf8 = buf_detach(&b, &res->len);
            if (!res->utf8)
                return -1;
            /* the buffer grows by doubling: give back a large unused tail */
            if (cap - res->len > res->len / 4 + 4096) {
                char *p = realloc(res->utf8, res->len + 1);
                if (p)
                    res->utf8 = p;
            }
            return 0;
        }
    }
    /* no converter in this libc (should not happen with glibc) */
    return enc_decode(ENC_WINDOWS_1252, s, n, res, info);
}

/* Decodes with declared legacy encoding e; when that gives many U+FFFD
 * (the declaration is wrong), tries uchardet's guess and keeps it if it
 * decodes with under a quarter of the errors. "Many": at least 8, and at
 * least 2% of the non-ASCII bytes; a few bad bytes are normal damage. */
static int enc_decode_checked(enc_id e, const char *s, size_t n, const enc_u8_stats *st,
                              enc_result *res, enc_info *info)
{
    if (enc_decode(e, s, n, res, info) != 0)
        return -1;
    size_t r1 = info->replacements;
    if (r1 < 8 || r1 * 50 < st->high)
        return 0;
    enc_id d = enc_detect_legacy(s, n, st->high);
    if (d == ENC_NONE || d == e)
        return 0;
    enc_result alt;
    enc_info ai = *info;
    memset(&alt, 0, sizeof alt);
    if (enc_decode(d, s, n, &alt, &ai) != 0) {
        free(res->utf8);
        res->utf8 = NULL;
        return -1;
    }
    if (ai.replacements * 4 < r1) {
        free(res->utf8);
        *res = alt;
        *info = ai;
        info->overridden = 1;
    } else {
        free(alt.utf8);
    }
    return 0;
}

const char *enc_source_name(enc_source s)
{
    static const char *const names[] = {"bom", "transport", "meta", "meta-late",
                                        "utf8", "detected", "default"};
    return (unsigned)s < sizeof names / sizeof *names ? names[s] : "?";
}

enc_id enc_declared(const char *html, size_t len, const char *transport_charset,
                    enc_source *source)
{
    const unsigned char *s = (const unsigned char *)html;
    if (!html)
        len = 0;
    *source = ENC_SRC_BOM;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return ENC_UTF8;
    if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return ENC_UTF16LE;
    if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return ENC_UTF16BE;

    /* Transport: a bare label, or a whole Content-Type value. */
    enc_id e = ENC_NONE;
    if (transport_charset && *transport_charset) {
        size_t tl = strlen(transport_charset);
        e = enc_from_content_type(transport_charset, tl);
        if (e == ENC_NONE)
            e = enc_from_label(transport_charset, tl);
        if ((e == ENC_UTF16BE || e == ENC_UTF16LE) && !enc_plausible_utf16(s, len, e))
            e = ENC_NONE;
        *source = ENC_SRC_TRANSPORT;
    }
    /* <meta> prescan. A meta past 1 KiB is what browsers and html5lib
     * honour when the tree builder meets it (by re-decoding); we emulate
     * that by prescanning further when the first KiB declared nothing. */
    if (e == ENC_NONE || e == ENC_REPLACEMENT) {
        e = enc_prescan(html, len < ENC_PRESCAN_BYTES ? len : ENC_PRESCAN_BYTES);
        *source = ENC_SRC_META;
        if (e == ENC_NONE && len > ENC_PRESCAN_BYTES) {
            e = enc_prescan(html, len < ENC_LATE_META_BYTES ? len : ENC_LATE_META_BYTES);
            *source = ENC_SRC_META_LATE;
        }
    }
    /* "replacement" labels (iso-2022-kr, hz-gb-2312...) would decode the
     * whole page to one U+FFFD: for an extractor that is a dropped page,
     * so such a declaration counts as none. */
    if (e == ENC_REPLACEMENT)
        e = ENC_NONE;
    if (e == ENC_NONE)
        *source = ENC_SRC_DEFAULT;
    return e;
}

int enc_to_utf8_ex(const char *html, size_t len, const char *transport_charset, enc_result *res,
                   enc_info *info)
{
    enc_info scratch;
    if (!info)
        info = &scratch;
    memset(res, 0, sizeof *res);
    memset(info, 0, sizeof *info);
    info->declared = info->used = ENC_NONE;
    if (!html)
        len = 0;
    const unsigned char *s = (const unsigned char *)html;

    enc_id e = enc_declared(html, len, transport_charset, &info->source);
    info->declared = e;
    /* A byte-order mark wins over everything, and is not part of the text. */
    if (info->source == ENC_SRC_BOM)
        return e == ENC_UTF8 ? enc_finish_utf8(html + 3, len - 3, 1, NULL, res, info)
                             : enc_decode(e, html + 2, len - 2, res, info);

    enc_u8_stats st;
    enc_u8_scan(s, len, &st);
    info->utf8_multibyte = st.multibyte;
    info->utf8_invalid = st.invalid;

    /* Nothing declared: the bytes decide. */
    if (e == ENC_NONE) {
        enc_id u16 = enc_sniff_utf16(s, len);
        if (u16 != ENC_NONE) {
            info->source = ENC_SRC_DETECTED;
            return enc_decode(u16, html, len, res, info);
        }
        if (st.invalid == 0 || enc_mostly_utf8(&st)) {
            info->source = ENC_SRC_UTF8;
            return enc_finish_utf8(html, len, 0, &st, res, info);
        }
        enc_id d = enc_detect_legacy(html, len, st.high);
        info->source = d != ENC_NONE ? ENC_SRC_DETECTED : ENC_SRC_DEFAULT;
        return enc_decode(d != ENC_NONE ? d : ENC_WINDOWS_1252, html, len, res, info);
    }

    /* Declared UTF-8 but more invalid sequences than valid multi-byte
     * ones: the text is really a legacy encoding (typically windows-1252
     * served under a blanket utf-8 header). uchardet names it; if it has
     * no better idea than UTF-8, windows-1252 is the usual truth. */
    if (e == ENC_UTF8) {
        if (st.invalid > st.multibyte) {
            info->overridden = 1;
            enc_id d = enc_detect_legacy(html, len, st.high);
            return enc_decode(d != ENC_NONE ? d : ENC_WINDOWS_1252, html, len, res, info);
        }
        return enc_finish_utf8(html, len, 0, &st, res, info);
    }
    if (e == ENC_UTF16BE || e == ENC_UTF16LE || e == ENC_X_USER_DEFINED)
        return enc_decode(e, html, len, res, info);

    /* Declared a legacy encoding, but the bytes are UTF-8 (pages re-saved
     * as UTF-8 keep their old meta; servers default to iso-8859-1). Real
     * legacy text is almost never valid UTF-8 once it has a multi-byte
     * sequence; CJK double-byte text can be by chance for a few
     * characters, so it needs 8. Single-byte ones also accept "mostly
     * UTF-8". */
    int mb = enc_is_multibyte(e);
    if ((st.invalid == 0 && st.multibyte >= (mb ? 8u : 1u)) || (!mb && enc_mostly_utf8(&st))) {
        info->overridden = 1;
        return enc_finish_utf8(html, len, 0, &st, res, info);
    }
    return enc_decode_checked(e, html, len, &st, res, info);
}

int enc_to_utf8(const char *html, size_t len, const char *transport_charset, enc_result *res)
{
    return enc_to_utf8_ex(html, len, transport_charset, res, NULL);
}

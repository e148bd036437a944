/* url_host.c: the WHATWG URL Standard's host parser (#host-parsing):
 * IPv6 and IPv4 addresses in canonical form, opaque hosts of non-special
 * URLs, and domains: percent-decoded, UTF-8, through UTS #46 to ASCII
 * (libidn2 for non-ASCII names), checked for forbidden code points. */
#include <idn2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "url_int.h"
#include "utf8.h"

/* The IPv4 number parser: decimal, 0x hex or 0-prefixed octal. 0 on
 * failure; values beyond 2^32 saturate (any of them is too large). */
static int ipv4_number(const char *s, size_t n, uint64_t *out)
{
    int radix = 10;
    if (n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
        s += 2, n -= 2, radix = 16;
    else if (n >= 2 && s[0] == '0')
        s += 1, n -= 1, radix = 8;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        int d = chars_hexval((unsigned char)s[i]);
        if (d < 0 || d >= radix)
            return 0;
        v = v * (uint64_t)radix + (uint64_t)d;
        if (v > 0xFFFFFFFFFull)
            v = 0xFFFFFFFFFull;
    }
    *out = v;
    return 1;
}

/* #ends-in-a-number-checker: the last label (a trailing empty one aside) is
 * all digits or an IPv4 number, so the host must be an IPv4 address. */
static int ends_in_number(const char *s, size_t n)
{
    if (n && s[n - 1] == '.') {
        n--;
        if (!memchr(s, '.', n) && n == 0)
            return 0;
    }
    size_t k = n;
    while (k > 0 && s[k - 1] != '.')
        k--;
    const char *last = s + k;
    size_t ln = n - k;
    if (ln == 0)
        return 0;
    size_t i = 0;
    while (i < ln && chars_is_digit((unsigned char)last[i]))
        i++;
    if (i == ln)
        return 1;
    uint64_t v;
    return ipv4_number(last, ln, &v);
}

/* #concept-ipv4-parser; appends the dotted form. 0 on failure. */
static int ipv4_parse(buf *o, const char *s, size_t n)
{
    if (n && s[n - 1] == '.')
        n--;
    uint64_t part[4];
    size_t np = 0, i = 0;
    while (1) {
        size_t j = i;
        while (j < n && s[j] != '.')
            j++;
        if (np == 4 || j == i || !ipv4_number(s + i, j - i, &part[np]))
            return 0;
        np++;
        if (j >= n)
            break;
        i = j + 1;
    }
    for (size_t k = 0; k + 1 < np; k++)
        if (part[k] > 255)
            return 0;
    if (part[np - 1] >= (1ull << (8 * (5 - np))))
        return 0;
    uint64_t v = part[np - 1];
    for (size_t k = 0; k + 1 < np; k++)
        v += part[k] << (8 * (3 - k));
    char t[16];
    int len = 0;
    for (int k = 3; k >= 0; k--) {
        unsigned b = (unsigned)(v >> (8 * k)) & 255;
        if (b >= 100)
            t[len++] = (char)('0' + b / 100);
        if (b >= 10)
            t[len++] = (char)('0' + b / 10 % 10);
        t[len++] = (char)('0' + b % 10);
        if (k)
            t[len++] = '.';
    }
    buf_put(o, t, (size_t)len);
    return 1;
}

/* #concept-ipv6-parser over s[0..n) (inside the brackets); appends the
 * serialization "[...]" with the longest run of zero pieces compressed. */
static int ipv6_parse(buf *o, const char *s, size_t n)
{
    uint16_t a[8] = {0};
    int piece = 0, compress = -1;
    size_t p = 0;
    if (p < n && s[p] == ':') {
        if (p + 1 >= n || s[p + 1] != ':')
            return 0;
        p += 2;
        compress = ++piece;
    }
    while (p < n) {
        if (piece == 8)
            return 0;
        if (s[p] == ':') {
            if (compress >= 0)
                return 0;
            p++;
            compress = ++piece;
            continue;
        }
        unsigned v = 0;
        int len = 0;
        while (len < 4 && p < n && chars_hexval((unsigned char)s[p]) >= 0)
            v = v * 16 + (unsigned)chars_hexval((unsigned char)s[p++]), len++;
        if (p < n && s[p] == '.') { /* an IPv4 address in the last two pieces */
            if (len == 0 || piece > 6)
                return 0;
            p -= (size_t)len;
            int seen = 0;
            while (p < n) {
                int value = -1;
                if (seen > 0) {
                    if (s[p] == '.' && seen < 4)
                        p++;
                    else
                        return 0;
                }
                if (p >= n || !chars_is_digit((unsigned char)s[p]))
                    return 0;
                while (p < n && chars_is_digit((unsigned char)s[p])) {
                    int d = s[p] - '0';
                    if (value == 0)
                        return 0;
                    value = value < 0 ? d : value * 10 + d;
                    if (value > 255)
                        return 0;
                    p++;
                }
                a[piece] = (uint16_t)(a[piece] * 0x100 + value);
                seen++;
                if (seen == 2 || seen == 4)
                    piece++;
            }
            if (seen != 4)
                return 0;
            break;
        }
        if (p < n && s[p] == ':') {
            p++;
            if (p >= n)
                return 0;
        } else if (p < n) {
            return 0;
        }
        a[piece++] = (uint16_t)v;
    }
    if (compress >= 0) {
        int swaps = piece - compress;
        piece = 7;
        while (piece != 0 && swaps > 0) {
            uint16_t t = a[piece];
            a[piece] = a[compress + swaps - 1];
            a[compress + swaps - 1] = t;
            piece--, swaps--;
        }
    } else if (piece != 8) {
        return 0;
    }
    /* serializer: the first longest run of 2+ zero pieces becomes "::" */
    int best = -1, best_len = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && a[j] == 0)
            j++;
        if (j - i > best_len)
            best = i, best_len = j - i;
        i = j > i ? j : i + 1;
    }
    buf_putc(o, '[');
    for (int i = 0; i < 8; i++) {
        if (i == best) {
            buf_puts(o, i == 0 ? "::" : ":");
            i += best_len - 1;
            continue;
        }
        char t[8];
        int len = 0;
        for (int sh = 12; sh >= 0; sh -= 4)
            if ((a[i] >> sh) || sh == 0 || len)
                t[len++] = "0123456789abcdef"[(a[i] >> sh) & 15];
        buf_put(o, t, (size_t)len);
        if (i < 7)
            buf_putc(o, ':');
    }
    buf_putc(o, ']');
    return 1;
}

/* #forbidden-host-code-point; a domain also forbids C0 controls, '%' and
 * DEL (#forbidden-domain-code-point). */
static int forbidden_host(unsigned char c)
{
    return c == 0 || c == '\t' || c == '\n' || c == '\r' || c == ' ' || c == '#' || c == '/' || c == ':' ||
           c == '<' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '^' ||
           c == '|';
}
static int forbidden_domain(unsigned char c) { return forbidden_host(c) || c < 0x20 || c == '%' || c == 0x7F; }

/* #concept-domain-to-ascii with beStrict false. ASCII names are only
 * lower-cased, without a library call (the common case); "xn--" labels
 * are kept as written, as browsers do. Names with non-ASCII letters go
 * through libidn2's UTS #46 mapping, non-transitional, to punycode.
 * Appends the result; 0 on failure. */
static int domain_to_ascii(buf *o, const char *d, size_t n)
{
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)d[i] < 0x80;
    if (ascii) {
        if (n == 0)
            return 0;
        size_t at = o->len;
        buf_put(o, d, n);
        if (o->oom)
            return 0;
        for (size_t i = at; i < o->len; i++)
            o->data[i] = (char)chars_lower((unsigned char)o->data[i]);
        return 1;
    }
    char *z = malloc(n + 1);
    if (!z) {
        o->oom = 1;
        return 0;
    }
    memcpy(z, d, n);
    z[n] = '\0';
    char *res = NULL;
    int rc = idn2_lookup_u8((const uint8_t *)z, (uint8_t **)&res, IDN2_NONTRANSITIONAL);
    free(z);
    if (rc != IDN2_OK || !res || !*res) {
        idn2_free(res);
        return 0;
    }
    buf_puts(o, res);
    idn2_free(res);
    return 1;
}

/* #concept-host-parser: appends the serialized host of s[0..n). */
int url_host_parse(buf *o, const char *s, size_t n, int special)
{
    if (n && s[0] == '[') {
        if (s[n - 1] != ']')
            return 0;
        return ipv6_parse(o, s + 1, n - 2);
    }
    if (!special) { /* #concept-opaque-host-parser */
        for (size_t i = 0; i < n; i++)
            if (forbidden_host((unsigned char)s[i]))
                return 0;
        url_put_encoded(o, s, n, SET_C0);
        return 1;
    }
    /* percent-decode, then the domain must be UTF-8 */
    char small[256] = ""; /* (zeroed: keeps -Wmaybe-uninitialized quiet for n == 0) */
    char *d = n < sizeof small ? small : malloc(n + 1);
    if (!d) {
        o->oom = 1;
        return 0;
    }
    size_t dn = 0;
    for (size_t i = 0; i < n; i++) {
        int h1, h2;
        if (s[i] == '%' && i + 2 < n && (h1 = chars_hexval((unsigned char)s[i + 1])) >= 0 &&
            (h2 = chars_hexval((unsigned char)s[i + 2])) >= 0) {
            d[dn++] = (char)(h1 * 16 + h2);
            i += 2;
        } else {
            d[dn++] = s[i];
        }
    }
    int ok = utf8_valid(d, dn); /* a percent-decoded host must be UTF-8 */
    size_t at = o->len;
    ok = ok && domain_to_ascii(o, d, dn);
    if (d != small)
        free(d);
    if (!ok)
        return 0;
    const char *a = o->data + at;
    size_t an = o->len - at;
    for (size_t i = 0; i < an; i++)
        if (forbidden_domain((unsigned char)a[i])) {
            o->len = at;
            return 0;
        }
    if (ends_in_number(a, an)) {
        char t[256];
        if (an >= sizeof t) {
            o->len = at;
            return 0;
        }
        memcpy(t, a, an);
        o->len = at;
        return ipv4_parse(o, t, an);
    }
    return 1;
}

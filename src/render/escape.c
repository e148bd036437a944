/* escape.c: the one escaping core for the quoted strings lede writes, JSON
 * strings (the record, json.c) and YAML double-quoted scalars (the front
 * matter, front_matter.c). YAML's double-quoted escapes are a superset of
 * JSON's, so both formats use the same spellings (\" \\ \n \t \r \b \f,
 * else \uxxxx in lowercase hex) and differ only in which characters
 * must be escaped:
 *
 *   both  '"', '\\', the C0 controls (U+0000..U+001F); U+2028 and U+2029,
 *         which JSON allows raw but line splitters (Python's
 *         str.splitlines, JavaScript before ES2019) break a JSON Lines
 *         record at, and which YAML 1.1 readers fold as line breaks;
 *   JSON  U+0085 (a line break to the same splitters); DEL and the other
 *         C1 controls are valid JSON and stay raw;
 *   YAML  everything outside YAML's c-printable set: DEL, the C1 controls
 *         U+0080..U+009F (U+0085 among them, a line break in YAML 1.1) and
 *         the non-characters U+FFFE and U+FFFF.
 *
 * Invalid UTF-8 becomes U+FFFD in both, so every byte string gives a
 * well-formed string of either format (python/tests/test_options.py reads
 * the front matter back with PyYAML for hostile titles and authors). */
#include "core/utf8.h"
#include "render_int.h"

/* Bytes copied as they are: bit ESC_JSON for JSON, bit ESC_YAML for YAML.
 * Printable ASCII except '"' and '\\' for both; DEL for JSON only. Bytes
 * >= 0x80 go through UTF-8 validation. Written by hand: the unit test
 * render_escape_plain_bytes_follow_their_rule checks every ASCII byte
 * against this rule. */
enum { ESC_JSON = 1, ESC_YAML = 2 };
#define B ESC_JSON | ESC_YAML
#define R16 B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B
static const unsigned char esc_plain[256] = {
    [0x20] = B, [0x21] = B, [0x23] = B, [0x24] = B, [0x25] = B, [0x26] = B, [0x27] = B, /* not '"' */
    [0x28] = B, [0x29] = B, [0x2A] = B, [0x2B] = B, [0x2C] = B, [0x2D] = B, [0x2E] = B, [0x2F] = B,
    R16, R16, /* 0x30-0x4F */
    [0x50] = B, [0x51] = B, [0x52] = B, [0x53] = B, [0x54] = B, [0x55] = B, [0x56] = B, [0x57] = B,
    [0x58] = B, [0x59] = B, [0x5A] = B, [0x5B] = B, [0x5D] = B, [0x5E] = B, [0x5F] = B, /* not '\\' */
    R16, /* 0x60-0x6F */
    B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, ESC_JSON, /* 0x70-0x7F: DEL raw in JSON only */
};
#undef R16
#undef B

/* \uXXXX for code point cp (< 0x10000), lowercase hex. */
static void esc_put_u(buf *out, unsigned cp)
{
    static const char hex[] = "0123456789abcdef";
    char esc[6] = {'\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15], hex[cp & 15]};
    buf_put(out, esc, 6);
}

/* 1 when the well-formed non-ASCII sequence p[0..k) must be escaped in
 * dialect d. Read from the bytes, so plain text pays one or two compares
 * per character: U+0080..U+009F are C2 80..C2 9F, U+2028/U+2029 are
 * E2 80 A8/A9, U+FFFE/U+FFFF are EF BF BE/BF. */
static inline int esc_wide(const unsigned char *p, size_t k, int d)
{
    if (k == 2)
        return p[0] == 0xC2 && p[1] <= 0x9F && (d == ESC_YAML || p[1] == 0x85);
    if (k == 3 && p[0] == 0xE2)
        return p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9);
    if (k == 3 && p[0] == 0xEF)
        return d == ESC_YAML && p[1] == 0xBF && p[2] >= 0xBE;
    return 0;
}

/* s[0..len) as string contents (no quotes) in dialect d. Inlined into
 * each caller below with d a constant, so JSON's hot loop (the body text
 * of every record) carries no YAML test. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void esc_put(buf *out, const char *s, size_t len, int d)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    while (p < e) {
        const unsigned char *r = p;
        while (r < e && (esc_plain[*r] & d))
            r++;
        if (r > p) {
            buf_put(out, p, (size_t)(r - p));
            p = r;
            if (p == e)
                break;
        }
        unsigned c = *p;
        if (c >= 0x80) {
            size_t k = utf8_seq_len(p, (size_t)(e - p));
            if (!k) {
                buf_put(out, "\xEF\xBF\xBD", 3);
                p++;
            } else {
                if (esc_wide(p, k, d))
                    esc_put_u(out, utf8_decode(p, k));
                else
                    buf_put(out, p, k);
                p += k;
            }
            continue;
        }
        switch (c) {
        case '"': buf_put(out, "\\\"", 2); break;
        case '\\': buf_put(out, "\\\\", 2); break;
        case '\n': buf_put(out, "\\n", 2); break;
        case '\t': buf_put(out, "\\t", 2); break;
        case '\r': buf_put(out, "\\r", 2); break;
        case '\b': buf_put(out, "\\b", 2); break;
        case '\f': buf_put(out, "\\f", 2); break;
        default: esc_put_u(out, c); /* the other C0 controls; DEL in YAML */
        }
        p++;
    }
}

void json_put_escaped(buf *out, const char *s, size_t len) { esc_put(out, s, len, ESC_JSON); }

void yaml_put_escaped(buf *out, const char *s, size_t len) { esc_put(out, s, len, ESC_YAML); }

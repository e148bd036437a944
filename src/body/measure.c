/* measure.c: text measures and normalisation used by the body extractor. */
#include "measure.h"

#include "core/chars.h"
#include "core/utf8.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t text_collapsed_len(const char *s, size_t n)
{
    size_t len = 0;
    int in_space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (chars_is_space(c)) {
            if (!in_space)
                len++;
            in_space = 1;
        } else {
            len++;
            in_space = 0;
        }
    }
    return len;
}

size_t text_count_commas(const char *s, size_t n)
{
    size_t c = 0;
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *q = memchr(p, ',', (size_t)(end - p));
        if (!q)
            break;
        c++;
        p = q + 1;
    }
    /* U+3001 (E3 80 81), U+FF0C (EF BC 8C), U+060C (D8 8C) */
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x81)
            c++;
        else if (b == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBC && (unsigned char)s[i + 2] == 0x8C)
            c++;
        else if (b == 0xD8 && (unsigned char)s[i + 1] == 0x8C)
            c++;
    }
    return c;
}

/* The CJK and Arabic commas are multi-byte; a lead byte E3, EF or D8 at
 * i is checked here exactly as text_count_commas does. */
static inline int wide_comma_at(const unsigned char *s, size_t i, size_t n)
{
    if (i + 1 >= n)
        return 0;
    if (s[i] == 0xE3)
        return i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x81;
    if (s[i] == 0xEF)
        return i + 2 < n && s[i + 1] == 0xBC && s[i + 2] == 0x8C;
    return s[i] == 0xD8 && s[i + 1] == 0x8C;
}

#if defined(__SSE2__)
/* Bits set in a 16-bit mask. Baseline x86-64 has no popcnt instruction, and
 * __builtin_popcount would call libgcc for every block. */
static inline size_t popcount16(unsigned m)
{
    static const unsigned char bits8[256] = {
#define B2(n) n, n + 1, n + 1, n + 2
#define B4(n) B2(n), B2(n + 1), B2(n + 1), B2(n + 2)
#define B6(n) B4(n), B4(n + 1), B4(n + 1), B4(n + 2)
        B6(0), B6(1), B6(1), B6(2)
#undef B6
#undef B4
#undef B2
    };
    return (size_t)bits8[m & 0xFF] + bits8[(m >> 8) & 0xFF];
}
#endif

void text_measure(const char *text, size_t n, size_t *collapsed, size_t *commas)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t dup = 0, c = 0, i = 0; /* dup: white-space bytes right after another */
    int prev_space = 0;
#if defined(__SSE2__)
    /* 16 bytes at a time: a bit mask of white space (dup = space & space
     * shifted by one, with the last bit of the previous block carried in),
     * of commas, and of the three lead bytes, which are rare enough to
     * check one by one. */
    const __m128i comma = _mm_set1_epi8(','),
                  e3 = _mm_set1_epi8((char)0xE3), ef = _mm_set1_epi8((char)0xEF),
                  d8 = _mm_set1_epi8((char)0xD8);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        unsigned m = chars_space_lanes16(v);
        unsigned d = m & ((m << 1) | (unsigned)prev_space);
        if (d)
            dup += popcount16(d);
        prev_space = (int)(m >> 15);
        unsigned cm = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma));
        if (cm)
            c += popcount16(cm);
        unsigned lead = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v, ef)), _mm_cmpeq_epi8(v, d8)));
        while (lead) {
            c += (size_t)wide_comma_at(s, i + (size_t)__builtin_ctz(lead), n);
            lead &= lead - 1;
        }
    }
#endif
    for (; i < n; i++) {
        int space = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f';
        dup += (size_t)(space & prev_space);
        prev_space = space;
        if (s[i] == ',')
            c++;
        else if (s[i] == 0xE3 || s[i] == 0xEF || s[i] == 0xD8)
            c += (size_t)wide_comma_at(s, i, n);
    }
    *collapsed = n - dup;
    *commas = c;
}

void text_lower_utf8(char *s, size_t n)
{
    unsigned char *p = (unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        /* eight ASCII bytes at once (SWAR, chars_lower4): most text is
         * ASCII, and the byte-by-byte tests below cost several compares
         * per byte; a block with any byte >= 0x80 goes byte by byte */
        while (i + 8 <= n) {
            uint32_t a, b;
            memcpy(&a, p + i, 4);
            memcpy(&b, p + i + 4, 4);
            if ((a | b) & 0x80808080u)
                break;
            a = chars_lower4(a);
            b = chars_lower4(b);
            memcpy(p + i, &a, 4);
            memcpy(p + i + 4, &b, 4);
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = p[i];
        if (c >= 'A' && c <= 'Z') {
            p[i] = (unsigned char)(c + 32);
        } else if (c == 0xC3 && i + 1 < n) {
            /* U+00C0..U+00DE except U+00D7 (x): Latin-1 capitals */
            unsigned char d = p[i + 1];
            if (chars_latin1_capital_tail(d))
                p[i + 1] = (unsigned char)(d + 0x20);
            i++;
        } else if (c == 0xCE && i + 1 < n) {
            /* Greek capitals U+0391..U+03A9 -> U+03B1..U+03C9 */
            unsigned char d = p[i + 1];
            if (d >= 0x91 && d <= 0x9F) {
                p[i + 1] = (unsigned char)(d + 0x20);
            } else if (d >= 0xA0 && d <= 0xA9) {
                p[i] = 0xCF;
                p[i + 1] = (unsigned char)(d - 0x20);
            }
            i++;
        } else if (c == 0xD0 && i + 1 < n) {
            /* Cyrillic capitals U+0410..U+042F -> U+0430..U+044F; U+0400..U+040F -> U+0450..U+045F */
            unsigned char d = p[i + 1];
            if (d >= 0x90 && d <= 0x9F) {
                p[i + 1] = (unsigned char)(d + 0x20);
            } else if (d >= 0xA0 && d <= 0xAF) {
                p[i] = 0xD1;
                p[i + 1] = (unsigned char)(d - 0x20);
            } else if (d >= 0x80 && d <= 0x8F) {
                p[i] = 0xD1;
                p[i + 1] = (unsigned char)(d + 0x10);
            }
            i++;
        }
    }
}

/* Appends the visible text of node's subtree to out[*len..] (cap bytes
 * in all), whitespace collapsed; *pending_space carries a space owed
 * between pieces. The reader of text_prefix_lower and text_range_lower. */
static void append_subtree_text(const dom_node *node, char *out, size_t cap, size_t *lenp, int *pendp)
{
    size_t len = *lenp;
    int pending_space = *pendp;
    for (const dom_node *n = node; n && len + 1 < cap;) {
        if (n->type == DOM_ELEMENT && n != node &&
            ((n->flags & DOM_F_REMOVED) || (tag_flags[n->tag] & TF_JUNK))) {
            n = dom_next_skip(node, n);
            continue;
        }
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_BLOCK || n->tag == TAG_BR) && len)
            pending_space = 1;
        if (n->type == DOM_TEXT) {
            const unsigned char *p = (const unsigned char *)n->text, *e = p + n->text_len;
            while (p < e && len + 1 < cap) {
                unsigned char c = *p;
                if (c > ' ' && c != 0xC2) {
                    /* a run of bytes that are copied as they are: above
                     * the white space (all of it is <= ' '), and not the
                     * lead byte of a no-break space or a soft hyphen;
                     * most of the text, so not one byte a round of the
                     * loop below */
                    if (pending_space) {
                        out[len++] = ' ';
                        pending_space = 0;
                        if (len + 1 >= cap)
                            break;
                    }
                    /* each byte of the run is one byte of out: stop
                     * where out is full */
                    const unsigned char *stop = (size_t)(e - p) < cap - 1 - len ? e : p + (cap - 1 - len);
#if defined(__SSE2__)
                    /* 16 bytes a step (chars_word_run16, out has room
                     * for stop - p bytes); the loop below goes on from
                     * where the run ends */
                    {
                        char *d = out + len;
                        chars_word_run16(&p, stop, &d);
                        len = (size_t)(d - out);
                    }
#endif
                    while (p < stop) {
                        if (*p > ' ' && *p != 0xC2) {
                            out[len++] = (char)*p++;
                            continue;
                        }
                        /* one ' ' between two such bytes, the gap
                         * between words, is copied as it is too */
                        if (*p == ' ' && p + 1 < stop && p[1] > ' ' && p[1] != 0xC2) {
                            out[len++] = ' ';
                            out[len++] = (char)p[1];
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    continue;
                }
                /* the phrase lists are matched against this text: a
                 * soft hyphen goes, a no-break space is a space */
                int alt = chars_nbsp_shy(p, (size_t)(e - p));
                if (alt >= 0) {
                    p += 2;
                    if (!alt)
                        continue;
                    c = (unsigned char)alt;
                } else {
                    p++;
                }
                if (chars_is_space(c)) {
                    if (len)
                        pending_space = 1;
#if defined(__SSE2__)
                    /* the rest of a blank run (a line break and the
                     * markup's indentation) 16 bytes a step: it owes
                     * one space, whatever its length */
                    {
                        while (e - p >= 16) {
                            unsigned m = chars_space_lanes16(_mm_loadu_si128((const __m128i *)p)) ^ 0xFFFFu;
                            if (m) {
                                p += __builtin_ctz(m);
                                break;
                            }
                            p += 16;
                        }
                    }
#endif
                    continue;
                }
                if (pending_space) {
                    out[len++] = ' ';
                    pending_space = 0;
                    if (len + 1 >= cap)
                        break;
                }
                out[len++] = (char)c;
            }
        }
        n = dom_next(node, n);
    }
    *lenp = len;
    *pendp = pending_space;
}

/* Ends out at len (not inside a UTF-8 sequence) and lower-cases it. */
static size_t finish_lower(char *out, size_t len)
{
    len = utf8_whole_len((const unsigned char *)out, len);
    out[len] = '\0';
    text_lower_utf8(out, len);
    return len;
}

size_t text_prefix_lower(const dom_node *node, char *out, size_t cap)
{
    size_t len = 0;
    int pending_space = 0;
    if (cap == 0)
        return 0;
    append_subtree_text(node, out, cap, &len, &pending_space);
    return finish_lower(out, len);
}

size_t text_range_lower(const dom_node *first, const dom_node *end, char *out, size_t cap)
{
    size_t len = 0;
    int pending_space = 0;
    if (cap == 0)
        return 0;
    for (const dom_node *k = first; k && k != end && len + 1 < cap; k = k->next) {
        if (k->type == DOM_ELEMENT && ((k->flags & DOM_F_REMOVED) || (tag_flags[k->tag] & TF_JUNK)))
            continue;
        append_subtree_text(k, out, cap, &len, &pending_space);
    }
    return finish_lower(out, len);
}

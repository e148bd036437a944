/* utf8.h: UTF-8 for every stage, in one place: the validator (the Unicode
 * Standard's well-formed sequences, table 3-7: no overlong forms, no
 * surrogates, nothing past U+10FFFF), the length of an invalid sequence's
 * maximal subpart (what one U+FFFD replaces, as the WHATWG decoder and the
 * encoding stage do), the code-point decoder and the encoder. The scanning
 * loops around them (the encoding stage's counts, the tokenizer's
 * preprocessing) stay with their stage. */
#ifndef LEDE_CORE_UTF8_H
#define LEDE_CORE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length (1..4) of the well-formed sequence at p, which has avail >= 1
 * bytes; 0 when the bytes there are not one (invalid or cut short). */
static inline size_t utf8_seq_len(const unsigned char *p, size_t avail)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

/* Like utf8_seq_len for p[0] >= 0x80, and when the bytes are not a
 * well-formed sequence (0 returned) *bad is the length of their maximal
 * subpart (>= 1: the lead byte and the continuation bytes that were still
 * possible; one U+FFFD replaces them) and *cut is 1 when that subpart is
 * an unfinished sequence running into the end of the input. The bounds of
 * the second byte exclude overlongs, surrogates and > U+10FFFF. */
static inline size_t utf8_seq_or_subpart(const unsigned char *p, size_t avail, size_t *bad, int *cut)
{
    unsigned char c = p[0], lo = 0x80, hi = 0xBF;
    size_t need;
    *cut = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *bad = 1;
        return 0;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= avail) {
            *bad = i;
            *cut = 1;
            return 0;
        }
        if (p[i] < lo || p[i] > hi) {
            *bad = i;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

/* The code point of the sequence p[0..k), k from utf8_seq_len (1..4); for
 * k == 1, the byte itself (callers that pass a lone invalid byte as
 * length 1 get its value). */
static inline uint32_t utf8_decode(const unsigned char *p, size_t k)
{
    switch (k) {
    case 2: return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    case 3: return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    case 4: return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    default: return p[0];
    }
}

/* Writes cp as UTF-8 to o (room for 4 bytes) and returns the length,
 * 1..4. cp must be a scalar value (<= U+10FFFF, not a surrogate): callers
 * replace others with U+FFFD first. */
static inline size_t utf8_encode(uint32_t cp, unsigned char *o)
{
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The length of s[0..len) less a sequence cut short at its end (a lead
 * byte without all its continuation bytes): where a copy of valid UTF-8
 * that stopped at a byte count may end. */
static inline size_t utf8_whole_len(const unsigned char *s, size_t len)
{
    while (len && (s[len - 1] & 0xC0) == 0x80) {
        size_t k = len - 1;
        while (k && (s[k] & 0xC0) == 0x80)
            k--;
        unsigned char lead = s[k];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (len - k >= need)
            break;
        len = k;
    }
    return len;
}

/* 1 when s[0..n) is well-formed UTF-8. ASCII runs are skipped 16 bytes at
 * a time. */
int utf8_valid(const char *s, size_t n);

#endif

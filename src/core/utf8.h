/* utf8.h: the one UTF-8 validator (the Unicode Standard's well-formed
 * sequences, table 3-7: no overlong forms, no surrogates, nothing past
 * U+10FFFF) and the code-point decoder of what it accepts. The encoding stage's decoder, which also counts and replaces
 * the invalid parts, and the tokenizer's, which does so while tokenizing,
 * are decoders rather than validators and stay with their stage. */
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

/* 1 when s[0..n) is well-formed UTF-8. ASCII runs are skipped 16 bytes at
 * a time. */
int utf8_valid(const char *s, size_t n);

#endif

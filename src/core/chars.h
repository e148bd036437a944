/* chars.h: the ASCII character classes every module uses, one definition
 * each, and the byte search (memmem) they share. Whitespace is HTML's ASCII whitespace (space, tab, LF, FF, CR:
 * https://infra.spec.whatwg.org/#ascii-whitespace) everywhere text comes
 * from a page; HTTP header parsing (src/warc/http.c) keeps its own, as
 * HTTP defines it without FF. */
#ifndef LEDE_CORE_CHARS_H
#define LEDE_CORE_CHARS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline int chars_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
/* Two characters that phrase matching reads as something else, both two
 * bytes in UTF-8 (C2 xx): U+00A0, the no-break space, is a space ("Infos
 * für&nbsp;dich"); U+00AD, the soft hyphen, is invisible and goes
 * ("News&shy;letter"). Returns ' ' for the first, 0 for the second, -1
 * for anything else at p (avail bytes from p). */
static inline int chars_nbsp_shy(const unsigned char *p, size_t avail)
{
    if (avail < 2 || p[0] != 0xC2)
        return -1;
    return p[1] == 0xA0 ? ' ' : p[1] == 0xAD ? 0 : -1;
}

/* Bytes of s[0..n) that are not a space, tab, LF or CR: how much text a
 * node shows, for the rules that bound or weigh a box by its text (a
 * form feed counts, as it did for each of them before they shared this;
 * it is not worth a difference in output). */
static inline size_t chars_count_nonblank(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r';
    return k;
}

static inline int chars_is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline int chars_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int chars_is_alnum(int c) { return chars_is_alpha(c) || chars_is_digit(c); }
static inline int chars_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
/* The capitals lede folds without a table: ASCII A..Z and the Latin-1
 * ones, U+00C0..U+00DE less U+00D7 the multiplication sign, in UTF-8
 * C3 80..9E less C3 97. Each folds to its lower case by adding 0x20 to its
 * last byte. Three readers of the one test, for the three ways the code
 * meets the bytes. */
/* b, the byte after a C3 lead byte, completes a Latin-1 capital. */
static inline int chars_latin1_capital_tail(unsigned char b)
{
    return b >= 0x80 && b <= 0x9E && b != 0x97;
}
/* 1 when p (avail bytes) starts with a capital (forwards). */
static inline int chars_starts_capital(const unsigned char *p, size_t avail)
{
    return avail && ((p[0] >= 'A' && p[0] <= 'Z') ||
                     (p[0] == 0xC3 && avail > 1 && chars_latin1_capital_tail(p[1])));
}
/* 1 when the byte c, read with the byte before it (prev; 0 at the start),
 * is the last byte of a capital: for byte-at-a-time folds and for
 * readers that look back. */
static inline int chars_capital_byte(unsigned char prev, unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (prev == 0xC3 && chars_latin1_capital_tail(c));
}
/* c folded to lower case when chars_capital_byte(prev, c), else c. */
static inline unsigned char chars_fold_byte(unsigned char prev, unsigned char c)
{
    return chars_capital_byte(prev, c) ? (unsigned char)(c + 0x20) : c;
}
/* a[0..an) equals b[0..bn) with ASCII letters folded to lower case. */
static inline int chars_eq_ci(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn)
        return 0;
    for (size_t i = 0; i < an; i++)
        if (chars_lower((unsigned char)a[i]) != chars_lower((unsigned char)b[i]))
            return 0;
    return 1;
}
/* chars_lower on the four bytes of x at once (SWAR): exactly the bytes
 * 'A'..'Z' get 0x20 added; every other byte, UTF-8 included, stays. */
static inline uint32_t chars_lower4(uint32_t x)
{
    uint32_t low7 = x & 0x7f7f7f7fu;
    uint32_t ge_a = low7 + 0x3f3f3f3fu; /* high bit set where the byte's low 7 bits >= 'A' */
    uint32_t gt_z = low7 + 0x25252525u; /* high bit set where they are > 'Z' */
    uint32_t upper = (ge_a ^ gt_z) & ~x & 0x80808080u; /* 'A'..'Z' and not a byte >= 0x80 */
    return x | (upper >> 2);
}
/* A byte's slot in the class/id scans' two-byte keyword indexes
 * (body/classify.c, meta/metadata.c): ASCII letters of either case
 * 0..25, '-' 26, any other byte 27. A table (chars.c): one load per
 * position of a value where the compares cost five instructions. */
extern const unsigned char chars_slot[256];
/* Value of a hexadecimal digit, -1 for any other byte. */
static inline int chars_hexval(int c)
{
    return chars_is_digit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
}
/* memmem without GNU (not C11): the first occurrence of needle (nl >= 1)
 * in [p, e), NULL when there is none. */
static inline const char *chars_find_bytes(const char *p, const char *e, const char *needle, size_t nl)
{
    while ((size_t)(e - p) >= nl) {
        const char *q = memchr(p, needle[0], (size_t)(e - p) - nl + 1);
        if (!q)
            return NULL;
        if (memcmp(q, needle, nl) == 0)
            return q;
        p = q + 1;
    }
    return NULL;
}

#if defined(__SSE2__)
#include <emmintrin.h>

/* The lanes of v that are white space as chars_is_space reads it (' ',
 * '\t', '\n', '\f', '\r'), as a 16-bit mask. */
static inline unsigned chars_space_lanes16(__m128i v)
{
    const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), nl = _mm_set1_epi8('\n'),
                  ff = _mm_set1_epi8('\f'), cr = _mm_set1_epi8('\r');
    __m128i ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, tab)),
                              _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, ff)),
                                           _mm_cmpeq_epi8(v, cr)));
    return (unsigned)_mm_movemask_epi8(ws);
}

/* A run of words copied 16 bytes a step from *pp to *dp while 17 are left
 * before stop (the 17th tells whether a blank in the last lane is a word
 * gap). Bytes above ' ' other than 0xC2 (the lead of a no-break space or
 * a soft hyphen) are copied as they are, and so is one ' ' between two
 * such bytes; a lane that is neither ends the run. All 16 lanes of a
 * step are stored, so *dp needs room for every byte up to stop. Moves
 * *pp and *dp past the bytes taken (as many read as written): the
 * caller's byte loop goes on from the lane that ended the run. The word
 * loops of text rendering and of body measuring (append_subtree_text)
 * share it. */
static inline void chars_word_run16(const unsigned char **pp, const unsigned char *stop, char **dp)
{
    const unsigned char *p = *pp;
    char *d = *dp;
    const __m128i sp = _mm_set1_epi8(' '), c2 = _mm_set1_epi8((char)0xC2);
    while (stop - p >= 17) {
        __m128i v = _mm_loadu_si128((const __m128i *)p);
        __m128i w = _mm_loadu_si128((const __m128i *)(p + 1));
        unsigned s0 = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, sp), v), _mm_cmpeq_epi8(v, c2)));
        unsigned s1 = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(w, sp), w), _mm_cmpeq_epi8(w, c2)));
        unsigned gap = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, sp)) & ~s1;
        unsigned bad = s0 & ~gap;
        _mm_storeu_si128((__m128i *)d, v);
        if (bad) {
            unsigned k = (unsigned)__builtin_ctz(bad);
            p += k;
            d += k;
            break;
        }
        p += 16;
        d += 16;
    }
    *pp = p;
    *dp = d;
}
#endif

#endif

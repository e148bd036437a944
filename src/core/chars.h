/* chars.h: the ASCII character classes every module uses, one definition
 * each. Whitespace is HTML's ASCII whitespace (space, tab, LF, FF, CR:
 * https://infra.spec.whatwg.org/#ascii-whitespace) everywhere text comes
 * from a page; HTTP header parsing (src/warc/http.c) keeps its own, as
 * HTTP defines it without FF. */
#ifndef LEDE_CORE_CHARS_H
#define LEDE_CORE_CHARS_H

#include <stddef.h>

static inline int chars_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
static inline int chars_is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline int chars_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int chars_is_alnum(int c) { return chars_is_alpha(c) || chars_is_digit(c); }
static inline int chars_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
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
/* Value of a hexadecimal digit, -1 for any other byte. */
static inline int chars_hexval(int c)
{
    return chars_is_digit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
}

#endif

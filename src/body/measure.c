/* measure.c: text measures and normalisation used by the body extractor. */
#include "measure.h"

#include <string.h>

static inline int is_space(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

size_t text_collapsed_len(const char *s, size_t n)
{
    size_t len = 0;
    int in_space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_space(c)) {
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

void text_lower_utf8(char *s, size_t n)
{
    unsigned char *p = (unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c >= 'A' && c <= 'Z') {
            p[i] = (unsigned char)(c + 32);
        } else if (c == 0xC3 && i + 1 < n) {
            /* U+00C0..U+00DE except U+00D7 (x): Latin-1 capitals */
            unsigned char d = p[i + 1];
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
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

size_t text_prefix_lower(const dom_node *node, char *out, size_t cap)
{
    size_t len = 0;
    int pending_space = 0;
    if (cap == 0)
        return 0;
    for (const dom_node *n = node; n && len + 1 < cap;) {
        if (n->type == DOM_ELEMENT && n != node &&
            ((n->flags & DOM_F_REMOVED) || (tag_flags[n->tag] & TF_JUNK))) {
            n = dom_next_skip(node, n);
            continue;
        }
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_BLOCK || n->tag == TAG_BR) && len)
            pending_space = 1;
        if (n->type == DOM_TEXT) {
            for (uint32_t i = 0; i < n->text_len && len + 1 < cap; i++) {
                unsigned char c = (unsigned char)n->text[i];
                if (is_space(c)) {
                    if (len)
                        pending_space = 1;
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
    /* do not end inside a UTF-8 sequence */
    while (len && ((unsigned char)out[len - 1] & 0xC0) == 0x80) {
        size_t k = len - 1;
        while (k && ((unsigned char)out[k] & 0xC0) == 0x80)
            k--;
        unsigned char lead = (unsigned char)out[k];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (len - k >= need)
            break;
        len = k;
    }
    out[len] = '\0';
    text_lower_utf8(out, len);
    return len;
}

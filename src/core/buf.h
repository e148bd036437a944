/* buf.h: growable byte buffer (cmark's strbuf). Always NUL-terminated when
 * non-empty. On allocation failure the buffer sets `oom` and ignores further
 * appends, so callers check once at the end instead of after every put. */
#ifndef LEDE_BUF_H
#define LEDE_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct buf {
    char *data;
    size_t len, cap;
    int oom;
} buf;

#define BUF_INIT {NULL, 0, 0, 0}

void buf_free(buf *b);
int buf_grow(buf *b, size_t extra);
void buf_put(buf *b, const void *p, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
/* Appends a code point as UTF-8 (invalid ones become U+FFFD). */
void buf_put_utf8(buf *b, uint32_t cp);
void buf_printf(buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Hands the bytes to the caller (who frees them) and resets the buffer. */
char *buf_detach(buf *b, size_t *len);
static inline void buf_clear(buf *b) { b->len = 0; if (b->data) b->data[0] = '\0'; }

#endif

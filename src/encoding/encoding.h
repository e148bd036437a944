/* encoding.h: turning a page's bytes into UTF-8 before parsing, in the
 * WHATWG order: byte-order mark, transport charset (HTTP Content-Type,
 * given by the caller), <meta charset>/http-equiv prescan of the first
 * 1024 bytes, then a fallback. Conversion uses iconv; invalid sequences
 * become U+FFFD so no page is ever dropped. */
#ifndef LEDE_HTML_ENCODING_H
#define LEDE_HTML_ENCODING_H

#include <stddef.h>

typedef struct enc_result {
    char *utf8;         /* malloc'd, NUL-terminated; NULL when input was already valid UTF-8 and used as is */
    size_t len;         /* length of the UTF-8 text (of utf8, or of the input when utf8 is NULL) */
    char charset[32];   /* canonical name of the encoding used, e.g. "utf-8", "windows-1252" */
} enc_result;

/* Decodes html to UTF-8. transport_charset may be NULL. Returns 0 on
 * success, -1 on allocation failure. When the input is valid UTF-8 and
 * needs no change, res->utf8 is NULL and the caller keeps using its bytes. */
int enc_to_utf8(const char *html, size_t len, const char *transport_charset, enc_result *res);

#endif

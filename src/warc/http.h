/* http.h: the HTTP side of WARC response records: the response head
 * (status, Content-Type and charset, Content-Encoding, chunking), body
 * decoding (chunked transfer, then gzip / deflate / br / zstd content
 * encodings) and HTML sniffing. Pure functions, no state. */
#ifndef LEDE_WARC_HTTP_H
#define LEDE_WARC_HTTP_H

#include <stddef.h>

typedef struct http_head {
    int status;        /* e.g. 200; 0 when the status line is unreadable */
    char mime[80];     /* media type, lower case, "" when absent */
    char charset[40];  /* charset parameter of Content-Type, "" when absent */
    char encoding[48]; /* Content-Encoding, lower case, "" for identity */
    int chunked;       /* Transfer-Encoding: chunked */
    size_t head_len;   /* bytes of status line + headers + blank line */
} http_head;

/* Parses an HTTP/1.x response head at the start of [p, p+n). Returns 0,
 * or -1 when the bytes do not start with a readable response head. A head
 * cut short by the end of the bytes counts as complete (head_len = n). */
int http_parse_head(const char *p, size_t n, http_head *h);

/* Splits a Content-Type value into its lower-cased media type and charset. */
void http_content_type(const char *v, size_t n, char *mime, size_t mime_cap, char *charset,
                       size_t charset_cap);

typedef enum {
    HTTP_DEC_OK = 0,
    HTTP_DEC_NOMEM,
    HTTP_DEC_TOO_LARGE,   /* decoded body over the limit */
    HTTP_DEC_BAD,         /* an encoding's data is corrupt and gave nothing */
    HTTP_DEC_UNSUPPORTED  /* an encoding we do not know */
} http_dec_status;

/* Undoes chunking and content encodings of body [p, p+n). On HTTP_DEC_OK,
 * *out is a malloc'd buffer with the result (the caller frees) or NULL
 * when the body needed no decoding (use p, n as they are). Truncated
 * compressed data (crawlers cut long payloads) gives what decodes. A broken
 * chunked framing keeps the chunks read so far (or the raw bytes if none).
 * max_out bounds the decoded size (0 = no bound). *cut (may be NULL) is
 * set to 1 when a compressed coding ended before its end marker, so the
 * result is only the first part of the body. *why names a failure. */
http_dec_status http_decode_body(const http_head *h, const char *p, size_t n, size_t max_out, char **out,
                                 size_t *out_len, int *cut, const char **why);

/* The content coding bytes are in by their magic: "gzip" (a gzip member),
 * "zstd" (a zstd frame or skippable frame), or NULL. For pages stored
 * compressed (.html.gz, .html.zst), which lede_extract decodes with
 * http_decode_body as if a server had sent them with that coding. */
const char *http_sniff_coding(const char *p, size_t n);
/* The first at most max bytes (max > 0) that [p, p+n) decodes to under
 * coding ("gzip" or "zstd"), however the data goes on: for telling what a
 * compressed input holds. malloc'd (the caller frees), its length in
 * *out_len; NULL with *out_len 0 when nothing decodes or out of memory. */
char *http_decode_head(const char *coding, const char *p, size_t n, size_t max, size_t *out_len);

/* 1 when a media type is HTML (text/html, application/xhtml+xml). */
int http_mime_is_html(const char *mime);
/* 1 when a media type does not say what the bytes are (absent, text/plain,
 * octet-stream, XML, unknown...), so the payload is sniffed. */
int http_mime_is_vague(const char *mime);
/* 1 when the bytes look like HTML: after a BOM, white space and comments,
 * a doctype or a common HTML tag within the first 1 KiB. */
int http_sniff_html(const char *p, size_t n);

#endif

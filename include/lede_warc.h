/* lede_warc.h: reading WARC crawl files record by record, and extracting
 * articles from their pages with exactly the rules of `lede warc`.
 *
 * A reader is opened on a path, a file descriptor, a read callback or a
 * block of memory. It detects the container by its first bytes (plain
 * WARC 1.0/1.1, gzip one member per record or one for the whole file,
 * zstd with or without a dictionary frame) and returns one record per
 * lede_warc_next(). Damage costs at most the damaged record: a corrupt or
 * truncated member, a wrong Content-Length, garbage between records or an
 * oversized block are reported on the record (lede_warc_record_damage) and
 * the reader resynchronises on the next record start.
 *
 * Object model and ownership
 *   - lede_warc_reader: lede_warc_open*() creates it, lede_warc_close()
 *     releases it (and the fd it opened itself, never one it was given).
 *   - lede_warc_record: the record lede_warc_next() hands out is owned by
 *     the reader and valid until the next lede_warc_next() or
 *     lede_warc_close(); every string and buffer a record getter returns
 *     lives as long as the record. lede_warc_record_copy() makes a record
 *     the caller owns (free it with lede_warc_record_free()), e.g. to hand
 *     it to another thread.
 *   - lede_warc_page: lede_warc_extract() creates it, lede_warc_page_free()
 *     releases it with its article. Renders (char *) are the caller's.
 *   - All free and close functions accept NULL.
 * Threads: no global state. A reader and its records are used by one
 * thread at a time; copies and pages may go to other threads.
 * Strings are NUL-terminated; "" when the WARC header lacks the field. */
#ifndef LEDE_WARC_H_PUBLIC
#define LEDE_WARC_H_PUBLIC

#include <stddef.h>
#include <stdint.h>

#include "lede.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct lede_warc_reader lede_warc_reader;
typedef struct lede_warc_record lede_warc_record;
typedef struct lede_warc_page lede_warc_page;

/* WARC-Type. LEDE_WARC_OTHER: unknown or missing. */
typedef enum {
    LEDE_WARC_WARCINFO,
    LEDE_WARC_RESPONSE,
    LEDE_WARC_RESOURCE,
    LEDE_WARC_REQUEST,
    LEDE_WARC_METADATA,
    LEDE_WARC_REVISIT,
    LEDE_WARC_CONVERSION,
    LEDE_WARC_CONTINUATION,
    LEDE_WARC_OTHER
} lede_warc_type;

/* What is wrong with a record. A damaged record has its header fields but
 * no block. Names (lede_warc_damage_name) are stable. */
typedef enum {
    LEDE_WARC_INTACT = 0,
    LEDE_WARC_TRUNCATED, /* "truncated": the input ended inside the record */
    LEDE_WARC_CORRUPT,   /* "corrupt": its compressed member does not decode */
    LEDE_WARC_LENGTH,    /* "length": Content-Length does not end where the record ends */
    LEDE_WARC_TOO_LARGE, /* "too_large": block over max_record_bytes, skipped unread */
    LEDE_WARC_HEADER     /* "header": no usable Content-Length, or a header over 256 KiB */
} lede_warc_damage;

/* ---- reader -------------------------------------------------------------- */

/* Reads up to n bytes into buf: returns the count, 0 at the end of the
 * input, or (size_t)-1 on an error. */
typedef size_t (*lede_warc_read_fn)(void *ctx, void *buf, size_t n);
/* Told, in a sentence, what the reader skipped and why (damage notes). */
typedef void (*lede_warc_note_fn)(void *ctx, const char *message);

/* Opens the file at path ("-" is standard input); NULL with errno set. */
LEDE_API lede_warc_reader *lede_warc_open(const char *path);
/* Reads from fd, which stays the caller's (not closed). NULL on OOM. */
LEDE_API lede_warc_reader *lede_warc_open_fd(int fd);
/* Pulls bytes through fn(ctx, ...). NULL on OOM. */
LEDE_API lede_warc_reader *lede_warc_open_read(lede_warc_read_fn fn, void *ctx);
/* Reads len bytes at data, which must outlive the reader (not copied). */
LEDE_API lede_warc_reader *lede_warc_open_memory(const void *data, size_t len);
LEDE_API void lede_warc_close(lede_warc_reader *r);

/* Largest record block kept, in bytes (default 50,000,000; 0 = default).
 * A bigger block is skipped unread and its record reported LEDE_WARC_TOO_LARGE;
 * it also bounds decoded HTTP payloads. Set before the first lede_warc_next. */
LEDE_API void lede_warc_set_max_record_bytes(lede_warc_reader *r, uint64_t max_bytes);
/* Inflates the gzip members of a one-member-per-record WARC on `threads`
 * helper threads ahead of the reader (0, the default: the calling thread
 * inflates). The reader finds where each member starts by the gzip magic
 * and verifies every guess in order, so records, damage handling, notes
 * and counters are exactly those without helpers; other containers
 * (plain, zstd, one gzip member for the whole file) read as before. Set
 * before the first lede_warc_next. */
LEDE_API void lede_warc_set_threads(lede_warc_reader *r, int threads);
/* Damage notes go to fn(ctx, message) (default: nowhere). */
LEDE_API void lede_warc_set_note(lede_warc_reader *r, lede_warc_note_fn fn, void *ctx);

/* The next record: 1 and *rec set (reader-owned, see above); 0 at the end
 * of the input; -1 on a read error or out of memory (errno from the read,
 * or ENOMEM). */
LEDE_API int lede_warc_next(lede_warc_reader *r, lede_warc_record **rec);

typedef enum {
    LEDE_WARC_STAT_BYTES_IN,           /* bytes read from the input (compressed) */
    LEDE_WARC_STAT_BYTES_OUT,          /* bytes after decompression */
    LEDE_WARC_STAT_RECORDS,            /* records returned, damaged ones included */
    LEDE_WARC_STAT_DAMAGED,            /* of which damaged (all kinds) */
    LEDE_WARC_STAT_RESYNCS,            /* times garbage was skipped to find a record */
    LEDE_WARC_STAT_SKIPPED_BYTES,      /* decompressed bytes skipped while resyncing */
    LEDE_WARC_STAT_CORRUPT_MEMBERS,    /* gzip members / zstd frames that failed */
    LEDE_WARC_STAT_SKIPPED_COMPRESSED  /* compressed bytes skipped to find a member */
} lede_warc_stat;

/* A counter of the reader so far (valid during and after reading). */
LEDE_API uint64_t lede_warc_stat_get(const lede_warc_reader *r, lede_warc_stat which);
/* Damaged records of one kind so far. */
LEDE_API uint64_t lede_warc_damaged_count(const lede_warc_reader *r, lede_warc_damage kind);
/* "plain", "gzip" or "zstd" (known after the first lede_warc_next). */
LEDE_API const char *lede_warc_container(const lede_warc_reader *r);

/* ---- record -------------------------------------------------------------- */

typedef enum {
    LEDE_WARC_FIELD_TYPE,         /* WARC-Type as written */
    LEDE_WARC_FIELD_TARGET_URI,   /* WARC-Target-URI, without <> */
    LEDE_WARC_FIELD_RECORD_ID,    /* WARC-Record-ID */
    LEDE_WARC_FIELD_DATE,         /* WARC-Date */
    LEDE_WARC_FIELD_CONTENT_TYPE, /* Content-Type of the block */
    LEDE_WARC_FIELD_TRUNCATED     /* WARC-Truncated ("length", ...) */
} lede_warc_field;

LEDE_API lede_warc_type lede_warc_record_type(const lede_warc_record *rec);
/* A header field; "" when absent. */
LEDE_API const char *lede_warc_record_field(const lede_warc_record *rec, lede_warc_field field);
/* Decompressed offset of the record's first byte in its input. */
LEDE_API uint64_t lede_warc_record_offset(const lede_warc_record *rec);
/* Content-Length as declared. */
LEDE_API uint64_t lede_warc_record_content_length(const lede_warc_record *rec);
/* The block as stored (for a response: HTTP head + body); NULL when damaged. */
LEDE_API const char *lede_warc_record_block(const lede_warc_record *rec, size_t *len);
LEDE_API lede_warc_damage lede_warc_record_damage(const lede_warc_record *rec);
/* A sentence saying what is wrong, or NULL for an intact record. */
LEDE_API const char *lede_warc_record_damage_message(const lede_warc_record *rec);

/* HTTP status of a response record (200...); 0 when the record is not a
 * response or its block does not start with an HTTP/1.x status line. */
LEDE_API int lede_warc_record_http_status(lede_warc_record *rec);
/* Media type of the payload, lower case, without parameters ("text/html"):
 * the HTTP Content-Type of a response, the WARC Content-Type of a
 * resource; "" when absent. */
LEDE_API const char *lede_warc_record_http_mime(lede_warc_record *rec);
/* The charset parameter of that Content-Type, lower case; "" when absent. */
LEDE_API const char *lede_warc_record_http_charset(lede_warc_record *rec);

/* The decoded payload: a response's HTTP body with chunked transfer and
 * Content-Encoding (gzip, deflate, br, zstd) undone, a resource's block.
 * LEDE_OK: *data / *len set (valid as long as the record); *truncated (may
 * be NULL) is 1 when a compressed body was cut short and only its first
 * part decoded. A body whose coding fails but whose raw bytes look like
 * HTML gives the raw bytes (servers lie about codings). Errors:
 * LEDE_ERR_IO (damaged record, no HTTP head, undecodable body),
 * LEDE_ERR_TOO_LARGE (decoded over max_record_bytes), LEDE_ERR_NOMEM. */
LEDE_API lede_status lede_warc_record_payload(lede_warc_record *rec, const char **data, size_t *len,
                                              int *truncated);

/* 1 when the record could hold a page: a response or resource record, or
 * a damaged record whose type could not be read. Only these give pages or
 * error records in lede_warc_extract(). */
LEDE_API int lede_warc_record_may_be_page(const lede_warc_record *rec);

/* A copy the caller owns, independent of the reader; NULL on OOM. */
LEDE_API lede_warc_record *lede_warc_record_copy(const lede_warc_record *rec);
/* Frees a copy (never a record the reader handed out). */
LEDE_API void lede_warc_record_free(lede_warc_record *rec);

LEDE_API const char *lede_warc_type_name(lede_warc_type type);
LEDE_API const char *lede_warc_damage_name(lede_warc_damage damage);

/* ---- extraction ---------------------------------------------------------- */

/* What a record gave. Pages (ARTICLE, ERROR) are what `lede warc` prints. */
typedef enum {
    LEDE_WARC_ARTICLE,         /* an article (lede_warc_page_article) */
    LEDE_WARC_ERROR,           /* an error record: damaged record, undecodable
                                  body, or extraction failed (no_content keeps
                                  its article) */
    LEDE_WARC_SKIP_TYPE,       /* not a record that could hold a page */
    LEDE_WARC_SKIP_NOT_HTTP,   /* response block without an HTTP/1.x head */
    LEDE_WARC_SKIP_STATUS,     /* HTTP status not 2xx (see LEDE_WARC_ANY_STATUS) */
    LEDE_WARC_SKIP_NOT_HTML    /* the payload is not HTML */
} lede_warc_outcome;

/* Flags of lede_warc_extract(). */
#define LEDE_WARC_ANY_STATUS 1u /* also extract non-2xx responses */

/* Extracts the article of one record, with the rules of `lede warc`:
 * responses (2xx only unless LEDE_WARC_ANY_STATUS) and resources whose
 * Content-Type is HTML, or says nothing (absent, text/plain, octet-stream,
 * XML, unknown) and whose decoded payload sniffs as HTML; the charset of
 * the HTTP Content-Type goes to the extractor; the target URI is the page
 * URL. opts (may be NULL: defaults) gives the limits; its charset is
 * replaced by the record's, so give each thread its own options.
 * For ARTICLE and ERROR, *out is a new page (NULL only when even that
 * allocation failed: treat it as an error record with code nomem);
 * for the SKIP outcomes *out is NULL. */
LEDE_API lede_warc_outcome lede_warc_extract(lede_warc_record *rec, lede_options *opts, unsigned flags,
                                             lede_warc_page **out);

/* The article (owned by the page), or NULL for an error record without one. */
LEDE_API const lede_article *lede_warc_page_article(const lede_warc_page *page);
/* LEDE_OK for an article, else the error's code. */
LEDE_API lede_status lede_warc_page_status(const lede_warc_page *page);
/* The error's message (as in the record's "error"), or NULL for an article. */
LEDE_API const char *lede_warc_page_error_message(const lede_warc_page *page);
/* The HTTP status, 0 for resource and damaged records. */
LEDE_API int lede_warc_page_http_status(const lede_warc_page *page);
/* The `lede warc` JSON line without its newline: lede's record (source =
 * the given source, may be NULL) plus warc_target_uri, warc_record_id,
 * warc_date and http_status. malloc'd (caller frees); NULL on OOM. */
LEDE_API char *lede_warc_page_render_json(const lede_warc_page *page, const char *source, size_t *len);
LEDE_API void lede_warc_page_free(lede_warc_page *page);

#ifdef __cplusplus
}
#endif

#endif

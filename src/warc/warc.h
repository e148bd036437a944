/* warc.h: a WARC 1.0/1.1 record reader with transparent decompression.
 *
 * The reader pulls bytes through a read callback (an fd, a FILE *, memory),
 * detects the container by its first bytes (gzip, zstd, or plain) and
 * iterates over the records. gzip may be one member per record (the usual
 * crawl layout) or one member for the whole file; zstd may be one frame per
 * record, optionally with the dictionary stored in a leading skippable frame
 * (the .warc.zst convention Common Crawl uses).
 *
 * Damage costs at most the damaged record: a corrupt or truncated member, a
 * Content-Length that does not end where the record ends, garbage between
 * records or an oversized block make the reader resynchronise on the next
 * "WARC/1." record start. Damaged records are still returned (with their
 * header fields and a damage code) so callers can report them; bytes
 * skipped are counted in warc_stats and described through the note
 * callback.
 *
 * No global state: one reader per input, used by one thread at a time. */
#ifndef LEDE_WARC_H
#define LEDE_WARC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum {
    WARC_WARCINFO,
    WARC_RESPONSE,
    WARC_RESOURCE,
    WARC_REQUEST,
    WARC_METADATA,
    WARC_REVISIT,
    WARC_CONVERSION,
    WARC_CONTINUATION,
    WARC_OTHER, /* an unknown or missing WARC-Type */
    WARC_TYPE_COUNT
} warc_type;

typedef enum { WARC_FMT_PLAIN, WARC_FMT_GZIP, WARC_FMT_ZSTD } warc_format;

typedef enum {
    WARC_OK = 0,
    WARC_DMG_TRUNCATED, /* the input ended inside the record */
    WARC_DMG_CORRUPT,   /* the compressed member holding the record is corrupt */
    WARC_DMG_LENGTH,    /* Content-Length does not match where the record ends */
    WARC_DMG_TOO_LARGE, /* block over max_record_bytes: payload skipped */
    WARC_DMG_HEADER,    /* header without a usable Content-Length */
    WARC_DMG_COUNT
} warc_damage;

/* One record. Every pointer is owned by the reader and valid until the next
 * warc_next() or warc_reader_free(). Strings are NUL-terminated, "" when the
 * header lacks the field. block is NULL when the record is damaged. */
typedef struct warc_record {
    warc_type type;
    int version_minor;        /* 0 for WARC/1.0, 1 for WARC/1.1 */
    const char *type_name;    /* WARC-Type as written */
    const char *target_uri;   /* WARC-Target-URI, without <> */
    const char *record_id;    /* WARC-Record-ID */
    const char *date;         /* WARC-Date */
    const char *content_type; /* Content-Type of the block */
    const char *truncated;    /* WARC-Truncated ("length", ...) or "" */
    uint64_t content_length;  /* as declared */
    const char *block;
    size_t block_len;
    uint64_t offset;          /* decompressed offset of the record's first byte */
    warc_damage damage;
    const char *damage_msg;   /* a sentence for people when damage != WARC_OK */
} warc_record;

typedef struct warc_stats {
    uint64_t bytes_in;           /* bytes read from the input (compressed) */
    uint64_t bytes_out;          /* bytes after decompression */
    uint64_t records;            /* records returned, damaged ones included */
    uint64_t damaged[WARC_DMG_COUNT];
    uint64_t resyncs;            /* times garbage was skipped to find a record */
    uint64_t skipped_bytes;      /* decompressed bytes skipped while resyncing */
    uint64_t corrupt_members;    /* gzip members / zstd frames that failed */
    uint64_t skipped_compressed; /* compressed bytes skipped to find a member */
} warc_stats;

/* Reads up to n bytes; returns 0 at end of input, (size_t)-1 on error. */
typedef size_t (*warc_read_fn)(void *ctx, void *buf, size_t n);
typedef void (*warc_note_fn)(void *ctx, const char *msg);

typedef struct warc_reader_opts {
    uint64_t max_record_bytes; /* 0 = 50,000,000 */
    warc_note_fn note;         /* may be NULL: told what was skipped and why */
    void *note_ctx;
} warc_reader_opts;

typedef struct warc_reader warc_reader;

/* opts may be NULL. The reader does not close fds or FILEs. */
warc_reader *warc_reader_new(warc_read_fn fn, void *ctx, const warc_reader_opts *opts);
warc_reader *warc_reader_new_fd(int fd, const warc_reader_opts *opts);
warc_reader *warc_reader_new_file(FILE *f, const warc_reader_opts *opts);
warc_reader *warc_reader_new_mem(const void *data, size_t len, const warc_reader_opts *opts);
void warc_reader_free(warc_reader *r);
/* Replaces the options given at creation (before the first warc_next). */
void warc_reader_configure(warc_reader *r, const warc_reader_opts *opts);

/* Inflates gzip members on n helper threads ahead of the reader
 * (prefetch.h); 0 = none. The records, notes and counts are the same.
 * Call before the first warc_next. */
void warc_reader_set_threads(warc_reader *r, int n);

/* 1: *rec holds the next record; 0: end of input; -1: read error or out
 * of memory (the stats say how far it got). */
int warc_next(warc_reader *r, warc_record *rec);

const warc_stats *warc_reader_stats(const warc_reader *r);
warc_format warc_reader_format(const warc_reader *r);
const char *warc_type_name(warc_type t);
const char *warc_damage_name(warc_damage d);

#endif

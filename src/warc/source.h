/* source.h: the WARC reader's lower layer, inside src/warc/ only: the
 * compressed input turned into decompressed bytes (gzip members through
 * libdeflate, or zlib when streaming; zstd frames with an optional
 * dictionary frame; plain), reporting member ends, corrupt members and
 * truncation as events at exact positions of the output. warc.c's record
 * parser is its only user. */
#ifndef LEDE_WARC_SOURCE_H
#define LEDE_WARC_SOURCE_H

#include "warc/warc.h"
#include "warc/prefetch.h"

#include <stddef.h>
#include <stdint.h>
#include <libdeflate.h>
#include <zlib.h>
#include <zstd.h>

/* The default --max-record-bytes: 50 MB, as the page's --max-bytes
 * (a larger block is streamed past, never held). */
#define WARC_DEFAULT_MAX 50000000u
/* The least free room kept in the input buffer for the next read. */
#define WARC_IN_CHUNK (256u * 1024u)
/* Room offered to the decompressor at a time: 1 MiB holds most crawl
 * records whole, so libdeflate can write a member straight into place. */
#define WARC_OUT_CHUNK (1024u * 1024u)
/* Compressed bytes buffered ahead for libdeflate, which needs a whole
 * member in memory; bigger members go through zlib's streaming inflate. */
#define WARC_LD_WINDOW (1024u * 1024u)
#define WARC_MAX_HEADER (256u * 1024u)
/* Compressed bytes of the current member kept to rescan from its start
 * when it proves corrupt; beyond this the rescan starts at the error. */
#define WARC_RETAIN_MAX (64u * 1024u * 1024u)
#define WARC_MAX_DICT (32u * 1024u * 1024u)

typedef enum { EV_NONE, EV_MEMBER_END, EV_CORRUPT, EV_TRUNCATED, EV_EOF } src_event;

typedef struct src {
    warc_read_fn read;
    void *ctx;
    unsigned char *in;
    size_t in_cap, in_pos, in_len;
    size_t member_start; /* index in `in` of the current member's first byte */
    uint64_t in_base;    /* input offset of in[0] */
    int eof, ioerr, oom;
    warc_format fmt;
    int detected, in_member, first_frame;
    int member_lost;         /* the current member's start was dropped (over WARC_RETAIN_MAX) */
    uint64_t rescanned;      /* compressed bytes rescanned after members cut by the end of input */
    z_stream z;
    int z_init;
    struct libdeflate_decompressor *ld; /* gzip fast path, whole members */
    uint64_t ld_ok, ld_fallbacks;
    ZSTD_DCtx *zd;
    int pf_threads;      /* helper threads to inflate gzip members ahead (0: none) */
    warc_pf *pf;         /* started when the input proves to be gzip */
    char *pre;           /* a member a helper inflated, being handed out */
    size_t pre_len, pre_pos;
    warc_stats *st;
    warc_note_fn note;
    void *note_ctx;
} src;

/* Tells the note callback (if any) what was skipped and why. */
void warc_src_note(src *s, const char *msg);
/* Up to cap decompressed bytes into out; *ev reports the event met at the
 * end of what was produced (EV_NONE when none). */
size_t warc_src_read(src *s, char *out, size_t cap, src_event *ev);
/* Releases the decoders and the input buffer (not s itself). */
void warc_src_free(src *s);

#endif

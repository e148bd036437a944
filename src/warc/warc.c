/* warc.c: the WARC reader (see warc.h). Two layers:
 *   source  - compressed input -> decompressed bytes, reporting member
 *             (gzip member / zstd frame) ends, corrupt members and
 *             truncation as events at exact positions of the output;
 *   parser  - decompressed bytes -> records, with resynchronisation.
 * The parser keeps the current record (header + block) in one buffer, so
 * a record whose Content-Length proves wrong can be rescanned for the next
 * record start. */
#define _POSIX_C_SOURCE 200809L

#include "warc/warc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libdeflate.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#define WARC_DEFAULT_MAX 50000000u
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

/* ---- source ----------------------------------------------------------- */

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
    warc_stats *st;
    warc_note_fn note;
    void *note_ctx;
} src;

static void src_note(src *s, const char *msg)
{
    if (s->note)
        s->note(s->note_ctx, msg);
}

/* Reads more compressed input; keeps bytes from member_start on. Returns
 * the number of new bytes (0 at EOF or on error). */
static size_t src_more(src *s)
{
    if (s->eof)
        return 0;
    size_t keep = s->in_pos;
    if (s->in_member && s->member_start < keep) {
        if (s->in_len - s->member_start <= WARC_RETAIN_MAX)
            keep = s->member_start;
        else
            s->member_lost = 1;
    }
    /* drop consumed bytes only when they are at least as many as the ones
     * moved, or the room is short: moving costs at most what was read */
    if (keep > 0 && (keep >= s->in_len - keep || s->in_cap - s->in_len < WARC_IN_CHUNK)) {
        memmove(s->in, s->in + keep, s->in_len - keep);
        s->in_len -= keep;
        s->in_pos -= keep;
        s->member_start = s->member_start >= keep ? s->member_start - keep : 0;
        s->in_base += keep;
    }
    if (s->in_cap - s->in_len < WARC_IN_CHUNK) {
        size_t cap = s->in_cap * 2 > s->in_len + WARC_IN_CHUNK ? s->in_cap * 2 : s->in_len + WARC_IN_CHUNK;
        unsigned char *p = realloc(s->in, cap);
        if (!p) {
            s->oom = 1;
            s->eof = 1;
            return 0;
        }
        s->in = p;
        s->in_cap = cap;
    }
    size_t n = s->read(s->ctx, s->in + s->in_len, s->in_cap - s->in_len);
    if (n == (size_t)-1) {
        s->ioerr = 1;
        s->eof = 1;
        return 0;
    }
    if (n == 0) {
        s->eof = 1;
        return 0;
    }
    s->in_len += n;
    s->st->bytes_in += n;
    return n;
}

/* Makes at least n unread compressed bytes available if the input has them. */
static size_t src_need(src *s, size_t n)
{
    while (s->in_len - s->in_pos < n && src_more(s) > 0)
        ;
    return s->in_len - s->in_pos;
}

static int is_gzip_magic(const unsigned char *p)
{
    /* ID1 ID2 CM=deflate, and FLG with its reserved bits clear */
    return p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 && (p[3] & 0xe0) == 0;
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int is_zstd_magic(const unsigned char *p) { return le32(p) == 0xFD2FB528u; }
static int is_skippable(const unsigned char *p) { return (le32(p) & 0xFFFFFFF0u) == 0x184D2A50u; }

/* Scans the compressed input for the next member start (4 magic bytes),
 * counting what it passes. Returns 1 when one is at in_pos, 0 at EOF. */
static int src_scan_member(src *s)
{
    uint64_t skipped = 0;
    for (;;) {
        size_t avail = src_need(s, 4);
        if (avail < 4) {
            skipped += avail;
            s->in_pos = s->in_len;
            break;
        }
        const unsigned char *p = s->in + s->in_pos;
        int hit = s->fmt == WARC_FMT_GZIP ? is_gzip_magic(p) : (is_zstd_magic(p) || is_skippable(p));
        if (hit)
            break;
        /* jump to the next possible first byte; zstd has two (0x28 frame,
         * 0x5? skippable), so it steps one byte at a time (garbage is rare) */
        size_t step = 1;
        if (s->fmt == WARC_FMT_GZIP) {
            const unsigned char *q = memchr(p + 1, 0x1f, avail - 1);
            step = q ? (size_t)(q - p) : avail;
        }
        s->in_pos += step;
        skipped += step;
    }
    if (skipped) {
        s->st->skipped_compressed += skipped;
        char msg[160];
        snprintf(msg, sizeof msg, "skipped %llu bytes of compressed input that are not a %s member, at offset %llu",
                 (unsigned long long)skipped, s->fmt == WARC_FMT_GZIP ? "gzip" : "zstd",
                 (unsigned long long)(s->in_base + s->in_pos - skipped));
        src_note(s, msg);
    }
    return s->in_len - s->in_pos >= 4;
}

/* Reads a skippable frame at in_pos; the first one with the dictionary
 * magic 0x184D2A5D is the dictionary (raw or itself zstd-compressed). */
static int src_zstd_skippable(src *s)
{
    if (src_need(s, 8) < 8)
        return 0;
    const unsigned char *p = s->in + s->in_pos;
    uint32_t magic = le32(p), size = le32(p + 4);
    int dict = s->first_frame && magic == 0x184D2A5Du && size <= WARC_MAX_DICT;
    s->first_frame = 0;
    if (dict) {
        if (src_need(s, 8 + (size_t)size) < 8 + (size_t)size) {
            s->in_pos = s->in_len;
            return 0;
        }
        const unsigned char *d = s->in + s->in_pos + 8;
        int ok = 0;
        if (size >= 4 && is_zstd_magic(d)) {
            unsigned long long n = ZSTD_getFrameContentSize(d, size);
            if (n != ZSTD_CONTENTSIZE_ERROR && n != ZSTD_CONTENTSIZE_UNKNOWN && n <= WARC_MAX_DICT) {
                void *raw = malloc(n ? (size_t)n : 1);
                if (raw) {
                    size_t got = ZSTD_decompress(raw, (size_t)n, d, size);
                    ok = !ZSTD_isError(got) && !ZSTD_isError(ZSTD_DCtx_loadDictionary(s->zd, raw, got));
                    free(raw);
                }
            }
        } else {
            ok = !ZSTD_isError(ZSTD_DCtx_loadDictionary(s->zd, d, size));
        }
        if (!ok)
            src_note(s, "zstd dictionary frame could not be loaded; frames that need it will fail");
        s->in_pos += 8 + (size_t)size;
        return 1;
    }
    /* any other skippable frame: pass over it */
    uint64_t left = 8 + (uint64_t)size;
    while (left) {
        size_t avail = src_need(s, 1);
        if (!avail)
            return 0;
        size_t k = avail < left ? avail : (size_t)left;
        s->in_pos += k;
        left -= k;
    }
    return 1;
}

static int src_detect(src *s)
{
    size_t avail = src_need(s, 4);
    s->detected = 1;
    s->fmt = WARC_FMT_PLAIN;
    if (avail >= 4 && is_gzip_magic(s->in + s->in_pos)) {
        s->fmt = WARC_FMT_GZIP;
        if (inflateInit2(&s->z, 15 + 16) != Z_OK)
            return -1;
        s->z_init = 1;
        s->ld = libdeflate_alloc_decompressor(); /* NULL: zlib alone */
    } else if (avail >= 4 && (is_zstd_magic(s->in + s->in_pos) || is_skippable(s->in + s->in_pos))) {
        s->fmt = WARC_FMT_ZSTD;
        s->zd = ZSTD_createDCtx();
        if (!s->zd)
            return -1;
        s->first_frame = 1;
    }
    return 0;
}

/* The member at member_start failed: rescan from its second byte. */
static void src_corrupt(src *s)
{
    s->st->corrupt_members++;
    char msg[128];
    snprintf(msg, sizeof msg, "corrupt %s member at input offset %llu",
             s->fmt == WARC_FMT_GZIP ? "gzip" : "zstd", (unsigned long long)(s->in_base + s->member_start));
    src_note(s, msg);
    /* always one byte past the failed member's start: the decoder may have
     * refused its header without consuming anything */
    s->in_pos = s->member_start + 1 <= s->in_len ? s->member_start + 1 : s->in_len;
    s->in_member = 0;
    if (s->fmt == WARC_FMT_GZIP)
        inflateReset(&s->z);
    else
        ZSTD_DCtx_reset(s->zd, ZSTD_reset_session_only);
}

/* The input ended inside the member at member_start. A member cut short
 * and followed by other members swallows them: its decoder reads their
 * bytes as its own until the input ends (when they are long enough, it
 * meets invalid data first and src_corrupt rescans). So rescan from the
 * member's second byte for the next member start, as for a corrupt one.
 * The total rescanned is bounded (2 x the input + WARC_RETAIN_MAX) so
 * nested cut members cannot make the work quadratic. */
static void src_rescan_cut(src *s)
{
    s->in_member = 0;
    size_t span = s->in_len - s->member_start;
    if (s->member_lost || s->member_start >= s->in_len ||
        s->rescanned + span > 2 * s->st->bytes_in + WARC_RETAIN_MAX)
        return;
    s->rescanned += span;
    s->in_pos = s->member_start + 1;
    if (s->fmt == WARC_FMT_GZIP)
        inflateReset(&s->z);
    else
        ZSTD_DCtx_reset(s->zd, ZSTD_reset_session_only);
}

/* The gzip member at in_pos in one call of libdeflate (2-3x zlib's speed,
 * CRC included), straight into out. 1 when it decoded whole; 0 leaves
 * everything as it was for zlib: a member bigger than the window or the
 * room, a corrupt or cut one (zlib then finds exactly where it fails). */
static int src_ld_member(src *s, char *out, size_t cap, size_t *produced)
{
    /* mostly big members (one for the whole file): stop trying */
    if (!s->ld || (s->ld_fallbacks >= 4 && s->ld_fallbacks > s->ld_ok))
        return 0;
    src_need(s, WARC_LD_WINDOW);
    size_t in_used = 0, out_n = 0;
    enum libdeflate_result rc = libdeflate_gzip_decompress_ex(s->ld, s->in + s->in_pos, s->in_len - s->in_pos, out,
                                                              cap, &in_used, &out_n);
    if (rc != LIBDEFLATE_SUCCESS) {
        s->ld_fallbacks++;
        return 0;
    }
    s->ld_ok++;
    s->in_pos += in_used;
    *produced = out_n;
    return 1;
}

/* Decompresses up to cap bytes into out. *ev tells what happens right
 * after the returned bytes. */
static size_t src_read(src *s, char *out, size_t cap, src_event *ev)
{
    *ev = EV_NONE;
    if (!s->detected && src_detect(s) != 0) {
        s->oom = 1;
        *ev = EV_EOF;
        return 0;
    }
    if (s->fmt == WARC_FMT_PLAIN) {
        if (s->in_pos == s->in_len && !src_more(s)) {
            *ev = EV_EOF;
            return 0;
        }
        size_t n = s->in_len - s->in_pos;
        if (n > cap)
            n = cap;
        memcpy(out, s->in + s->in_pos, n);
        s->in_pos += n;
        return n;
    }
    for (;;) {
        if (!s->in_member) {
            if (!src_scan_member(s)) {
                *ev = EV_EOF;
                return 0;
            }
            if (s->fmt == WARC_FMT_ZSTD && is_skippable(s->in + s->in_pos)) {
                if (!src_zstd_skippable(s)) {
                    *ev = EV_EOF;
                    return 0;
                }
                continue;
            }
            s->first_frame = 0;
            s->member_start = s->in_pos;
            s->member_lost = 0;
            s->in_member = 1;
            size_t got;
            if (s->fmt == WARC_FMT_GZIP && src_ld_member(s, out, cap, &got)) {
                s->in_member = 0;
                *ev = EV_MEMBER_END;
                return got;
            }
        }
        if (s->in_pos == s->in_len && !src_more(s)) {
            /* the input ended inside a member */
            char msg[128];
            snprintf(msg, sizeof msg, "input ends inside a %s member (truncated file)",
                     s->fmt == WARC_FMT_GZIP ? "gzip" : "zstd");
            src_note(s, msg);
            src_rescan_cut(s);
            *ev = EV_TRUNCATED;
            return 0;
        }
        size_t produced, before = s->in_pos;
        if (s->fmt == WARC_FMT_GZIP) {
            s->z.next_in = s->in + s->in_pos;
            s->z.avail_in = (uInt)(s->in_len - s->in_pos > 0x40000000u ? 0x40000000u : s->in_len - s->in_pos);
            s->z.next_out = (unsigned char *)out;
            s->z.avail_out = (uInt)(cap > 0x40000000u ? 0x40000000u : cap);
            uInt avail_out = s->z.avail_out;
            int rc = inflate(&s->z, Z_NO_FLUSH);
            s->in_pos = (size_t)(s->z.next_in - s->in);
            produced = avail_out - s->z.avail_out;
            if (rc == Z_STREAM_END) {
                inflateReset(&s->z);
                s->in_member = 0;
                *ev = EV_MEMBER_END;
                return produced;
            }
            if (rc == Z_MEM_ERROR) {
                s->oom = 1;
                *ev = EV_EOF;
                return 0;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                src_corrupt(s);
                *ev = EV_CORRUPT;
                return produced;
            }
        } else {
            ZSTD_inBuffer ib = {s->in, s->in_len, s->in_pos};
            ZSTD_outBuffer ob = {out, cap, 0};
            size_t rc = ZSTD_decompressStream(s->zd, &ob, &ib);
            s->in_pos = ib.pos;
            produced = ob.pos;
            if (ZSTD_isError(rc)) {
                if (ZSTD_getErrorCode(rc) == ZSTD_error_memory_allocation) {
                    s->oom = 1;
                    *ev = EV_EOF;
                    return 0;
                }
                src_corrupt(s);
                *ev = EV_CORRUPT;
                return produced;
            }
            if (rc == 0) {
                s->in_member = 0;
                *ev = EV_MEMBER_END;
                return produced;
            }
        }
        if (produced)
            return produced;
        if (s->in_pos == before && s->in_pos < s->in_len && cap) {
            /* no progress with input and room: treat as corrupt */
            src_corrupt(s);
            *ev = EV_CORRUPT;
            return 0;
        }
    }
}

/* ---- parser ----------------------------------------------------------- */

enum { MODE_UNKNOWN, MODE_PER_RECORD, MODE_STREAM };

struct warc_reader {
    src s;
    uint64_t max_record;
    char *d;                 /* decompressed bytes: [d_pos, d_len) unread */
    size_t d_cap, d_len, d_pos;
    uint64_t d_base;         /* decompressed offset of d[0] */
    src_event bnd;           /* a hard boundary (corrupt/truncated member) at bnd_pos, or EV_NONE */
    size_t bnd_pos;
    int src_done;
    int mode;
    uint64_t *mends;         /* member ends (absolute offsets) at or after d_base, ascending */
    size_t nmends, mends_cap;
    char *fields;            /* the current record's strings */
    size_t fields_cap, fields_len;
    char msg[256];
    warc_stats st;
    /* memory source */
    const unsigned char *mem;
    size_t mem_len, mem_pos;
};

static void r_note(warc_reader *r, const char *msg)
{
    src_note(&r->s, msg);
}

/* Drops consumed bytes before d_pos (and member ends before them). */
static void compact(warc_reader *r)
{
    /* moving the unread rest costs its size: worth it once as many bytes
     * were consumed, or when the room for the next chunk is short */
    if (r->d_pos == 0 || (r->d_len - r->d_pos > r->d_pos && r->d_cap - r->d_len >= WARC_OUT_CHUNK))
        return;
    memmove(r->d, r->d + r->d_pos, r->d_len - r->d_pos);
    r->d_len -= r->d_pos;
    if (r->bnd != EV_NONE)
        r->bnd_pos -= r->d_pos;
    r->d_base += r->d_pos;
    r->d_pos = 0;
    size_t k = 0;
    while (k < r->nmends && r->mends[k] < r->d_base)
        k++;
    if (k) {
        memmove(r->mends, r->mends + k, (r->nmends - k) * sizeof *r->mends);
        r->nmends -= k;
    }
}

/* Makes want bytes available from d_pos, stopping early at a hard
 * boundary or at the end of input. Returns the bytes available. */
static size_t fill(warc_reader *r, size_t want)
{
    while (r->d_len - r->d_pos < want && r->bnd == EV_NONE && !r->src_done) {
        size_t need = want - (r->d_len - r->d_pos);
        if (need < WARC_OUT_CHUNK)
            need = WARC_OUT_CHUNK;
        if (r->d_cap - r->d_len < need) {
            size_t cap = r->d_cap ? r->d_cap : WARC_OUT_CHUNK;
            while (cap - r->d_len < need)
                cap *= 2;
            char *p = realloc(r->d, cap + 1);
            if (!p) {
                r->s.oom = 1;
                r->src_done = 1;
                break;
            }
            r->d = p;
            r->d_cap = cap;
        }
        src_event ev;
        size_t n = src_read(&r->s, r->d + r->d_len, r->d_cap - r->d_len, &ev);
        r->d_len += n;
        r->st.bytes_out += n;
        switch (ev) {
        case EV_NONE: break;
        case EV_MEMBER_END:
            if (r->nmends == r->mends_cap) {
                size_t cap = r->mends_cap ? r->mends_cap * 2 : 64;
                uint64_t *m = realloc(r->mends, cap * sizeof *m);
                if (!m) {
                    r->s.oom = 1;
                    r->src_done = 1;
                    break;
                }
                r->mends = m;
                r->mends_cap = cap;
            }
            r->mends[r->nmends++] = r->d_base + r->d_len;
            break;
        case EV_CORRUPT:
        case EV_TRUNCATED:
            r->bnd = ev;
            r->bnd_pos = r->d_len;
            break;
        case EV_EOF: r->src_done = 1; break;
        }
    }
    return r->d_len - r->d_pos;
}

/* Where the bytes of a record starting at absolute offset `from` must end:
 * at a hard boundary, at the end of what was read, and, in a file with one
 * member per record, at the first member end after `from`. *why says which
 * (EV_NONE: only the end of what was read so far). */
static size_t limit_of(const warc_reader *r, uint64_t from, src_event *why)
{
    size_t end = r->d_len;
    src_event w = r->src_done ? EV_EOF : EV_NONE;
    if (r->bnd != EV_NONE && r->bnd_pos <= end) {
        end = r->bnd_pos;
        w = r->bnd;
    }
    if (r->mode == MODE_PER_RECORD) {
        for (size_t i = 0; i < r->nmends; i++) {
            if (r->mends[i] <= from)
                continue;
            if (r->mends[i] - r->d_base <= end) {
                end = (size_t)(r->mends[i] - r->d_base);
                w = EV_MEMBER_END;
            }
            break;
        }
    }
    if (why)
        *why = w;
    return end;
}

/* Bytes available from d_pos for a record that started at `from`. */
static size_t avail_for(const warc_reader *r, uint64_t from, src_event *why)
{
    size_t end = limit_of(r, from, why);
    return end > r->d_pos ? end - r->d_pos : 0;
}

static int is_record_start(const char *p, size_t n)
{
    return n >= 8 && memcmp(p, "WARC/1.", 7) == 0 && p[7] >= '0' && p[7] <= '9';
}

/* Skips to the next "WARC/1." at a line start or at a member start.
 * Returns 1 when one is at d_pos, 0 at end of input. */
static int find_record(warc_reader *r)
{
    uint64_t skipped = 0, from = r->d_base + r->d_pos;
    int found = 0;
    for (;;) {
        fill(r, 8);
        src_event why;
        size_t n = avail_for(r, r->d_base + r->d_pos, &why);
        const char *p = r->d + r->d_pos;
        /* CR/LF between records are not garbage */
        size_t k = 0;
        while (k < n && (p[k] == '\r' || p[k] == '\n'))
            k++;
        if (k && skipped == 0) {
            r->d_pos += k;
            from += k;
            continue;
        }
        if (n >= 8 && is_record_start(p, n)) {
            found = 1;
            break;
        }
        if (n < 8 && why != EV_NONE) {
            /* a short tail before a boundary or the end */
            skipped += n;
            r->d_pos += n;
            if (why == EV_EOF)
                break;
            if (why == EV_CORRUPT || why == EV_TRUNCATED)
                r->bnd = EV_NONE;
            continue;
        }
        if (n < 8)
            continue; /* fill() will bring more */
        /* look for "\nWARC/1." inside what is here */
        const char *q = p, *end = p + n;
        const char *hit = NULL;
        while ((q = memchr(q, '\n', (size_t)(end - q))) != NULL) {
            if ((size_t)(end - q) < 9)
                break;
            if (is_record_start(q + 1, (size_t)(end - q - 1))) {
                hit = q + 1;
                break;
            }
            q++;
        }
        size_t step;
        if (hit)
            step = (size_t)(hit - p);
        else if (q && why == EV_NONE)
            step = (size_t)(q - p); /* keep a last newline to recheck with more bytes */
        else
            step = n;
        if (step == 0)
            step = 1;
        skipped += step;
        r->d_pos += step;
        if (!hit && r->d_pos == r->d_len && r->bnd == EV_NONE && !r->src_done)
            compact(r);
    }
    if (skipped) {
        r->st.resyncs++;
        r->st.skipped_bytes += skipped;
        snprintf(r->msg, sizeof r->msg, "skipped %llu bytes that are not a WARC record, at uncompressed offset %llu%s",
                 (unsigned long long)skipped, (unsigned long long)from, found ? "" : " (to the end)");
        r_note(r, r->msg);
    }
    return found;
}

static int ci_eq(const char *a, size_t n, const char *b)
{
    size_t m = strlen(b);
    if (n != m)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}

static const char *const type_names[WARC_TYPE_COUNT] = {
    "warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation", "other"};

const char *warc_type_name(warc_type t)
{
    return (unsigned)t < WARC_TYPE_COUNT ? type_names[t] : "other";
}

const char *warc_damage_name(warc_damage d)
{
    static const char *const names[WARC_DMG_COUNT] = {"ok", "truncated", "corrupt", "length", "too_large",
                                                      "header"};
    return (unsigned)d < WARC_DMG_COUNT ? names[d] : "unknown";
}

/* Copies a field value into r->fields; returns its offset there. */
static size_t put_field(warc_reader *r, const char *v, size_t n)
{
    if (r->fields_cap - r->fields_len < n + 1) {
        size_t cap = (r->fields_len + n + 1) * 2;
        char *p = realloc(r->fields, cap);
        if (!p)
            return 0; /* offset 0 holds "" */
        r->fields = p;
        r->fields_cap = cap;
    }
    size_t off = r->fields_len;
    memcpy(r->fields + off, v, n);
    r->fields[off + n] = '\0';
    r->fields_len += n + 1;
    return off;
}

typedef struct {
    size_t type, uri, id, date, ctype, trunc;
    int has_len;
    uint64_t len;
    int minor;
} hdr_fields;

/* Parses the header [p, p+n) (the version line onwards, without the blank
 * line). Values are trimmed; continuation lines are joined by a space. */
static void parse_header(warc_reader *r, const char *p, size_t n, hdr_fields *h)
{
    memset(h, 0, sizeof *h);
    r->fields_len = 0;
    put_field(r, "", 0);
    h->minor = p[7] - '0';
    const char *line = memchr(p, '\n', n);
    const char *end = p + n;
    while (line && line < end) {
        line++;
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        if (!eol)
            eol = end;
        const char *colon = memchr(line, ':', (size_t)(eol - line));
        if (colon) {
            const char *name = line;
            size_t nlen = (size_t)(colon - line);
            while (nlen && (name[nlen - 1] == ' ' || name[nlen - 1] == '\t'))
                nlen--;
            const char *v = colon + 1, *ve = eol;
            /* continuation lines */
            while (ve < end && ve + 1 < end && (ve[1] == ' ' || ve[1] == '\t')) {
                const char *e2 = memchr(ve + 1, '\n', (size_t)(end - ve - 1));
                ve = e2 ? e2 : end;
            }
            eol = ve;
            while (v < ve && (*v == ' ' || *v == '\t'))
                v++;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t' || ve[-1] == '\n'))
                ve--;
            size_t vlen = (size_t)(ve - v);
            if (ci_eq(name, nlen, "WARC-Type"))
                h->type = put_field(r, v, vlen);
            else if (ci_eq(name, nlen, "WARC-Target-URI")) {
                if (vlen >= 2 && v[0] == '<' && v[vlen - 1] == '>') {
                    v++;
                    vlen -= 2;
                }
                h->uri = put_field(r, v, vlen);
            } else if (ci_eq(name, nlen, "WARC-Record-ID"))
                h->id = put_field(r, v, vlen);
            else if (ci_eq(name, nlen, "WARC-Date"))
                h->date = put_field(r, v, vlen);
            else if (ci_eq(name, nlen, "Content-Type"))
                h->ctype = put_field(r, v, vlen);
            else if (ci_eq(name, nlen, "WARC-Truncated"))
                h->trunc = put_field(r, v, vlen);
            else if (ci_eq(name, nlen, "Content-Length")) {
                uint64_t x = 0;
                size_t i = 0;
                for (; i < vlen && v[i] >= '0' && v[i] <= '9' && x < (UINT64_MAX - 9) / 10; i++)
                    x = x * 10 + (uint64_t)(v[i] - '0');
                if (i == vlen && vlen > 0 && vlen <= 19) {
                    h->has_len = 1;
                    h->len = x;
                }
            }
        }
        line = eol;
    }
}

static warc_type type_of(const char *s)
{
    for (int t = 0; t < WARC_OTHER; t++)
        if (ci_eq(s, strlen(s), type_names[t]))
            return (warc_type)t;
    return WARC_OTHER;
}

static void fill_record(warc_reader *r, const hdr_fields *h, warc_record *rec, uint64_t offset)
{
    const char *f = r->fields ? r->fields : "";
    memset(rec, 0, sizeof *rec);
    rec->type_name = f + h->type;
    rec->type = type_of(rec->type_name);
    rec->version_minor = h->minor;
    rec->target_uri = f + h->uri;
    rec->record_id = f + h->id;
    rec->date = f + h->date;
    rec->content_type = f + h->ctype;
    rec->truncated = f + h->trunc;
    rec->content_length = h->len;
    rec->offset = offset;
}

static int damaged(warc_reader *r, warc_record *rec, warc_damage d, const char *msg)
{
    rec->damage = d;
    rec->block = NULL;
    rec->block_len = 0;
    r->st.damaged[d]++;
    r->st.records++;
    if (msg != r->msg)
        snprintf(r->msg, sizeof r->msg, "%s", msg);
    rec->damage_msg = r->msg;
    return 1;
}

/* Inside a block too large to keep, "\r\n\r\nWARC/1.x\r\n" is taken as the
 * start of the next record (a payload holding that exact sequence is not
 * met in practice): a Content-Length that lies by gigabytes then costs one
 * record even where no member end stops it. Looks at starts before k in
 * [p, p+n); returns the offset of the 'W', or (size_t)-1. */
#define EMBEDDED_LEN 14
static size_t embedded_start(const char *p, size_t n, size_t k)
{
    const char *q = p, *end = p + n;
    while ((q = memchr(q, '\r', (size_t)(end - q))) != NULL && (size_t)(q - p) < k) {
        if ((size_t)(end - q) < EMBEDDED_LEN)
            return (size_t)-1;
        if (memcmp(q, "\r\n\r\nWARC/1.", 11) == 0 && q[11] >= '0' && q[11] <= '9' && q[12] == '\r' &&
            q[13] == '\n')
            return (size_t)(q - p) + 4;
        q++;
    }
    return (size_t)-1;
}

/* The mode is settled by the first record that ends cleanly: if a member
 * ended exactly there, the file is one member per record, and from then on
 * a record may not cross a member end. Otherwise (plain input, one member
 * for the whole file, members cut at arbitrary points) member ends mean
 * nothing and only the trailer check finds a wrong Content-Length. */
static void settle_mode(warc_reader *r)
{
    if (r->mode != MODE_UNKNOWN)
        return;
    uint64_t at = r->d_base + r->d_pos;
    r->mode = MODE_STREAM;
    if (r->s.fmt != WARC_FMT_PLAIN)
        for (size_t i = 0; i < r->nmends; i++)
            if (r->mends[i] == at)
                r->mode = MODE_PER_RECORD;
}

/* After a damaged record that started at `from` (block at block_start):
 * continue at the boundary that cut it, or else rescan the block itself,
 * which may hold the next record when Content-Length was too large. */
static void resync_after(warc_reader *r, uint64_t from, size_t block_start)
{
    src_event why;
    size_t end = limit_of(r, from, &why);
    if (why == EV_CORRUPT || why == EV_TRUNCATED || why == EV_MEMBER_END) {
        r->d_pos = end;
        if (why != EV_MEMBER_END)
            r->bnd = EV_NONE;
    } else {
        r->d_pos = block_start;
    }
}

/* After a header with no end in `lim` bytes: continue at the member end
 * in a file with one member per record; else near the end of the scanned
 * window. A record starting earlier inside it would need a header of over
 * WARC_HEADER_OVERLAP bytes (real ones are under 4 KiB), and resuming at
 * the next byte instead would make garbage full of "WARC/1.0" lines cost
 * quadratic time and one error record per line. */
#define WARC_HEADER_OVERLAP (16u * 1024u)
static void skip_long_header(warc_reader *r, uint64_t from, size_t hstart, size_t lim)
{
    src_event why;
    size_t end = limit_of(r, from, &why);
    if (why == EV_MEMBER_END && end > hstart) {
        r->d_pos = end;
        return;
    }
    size_t skip = lim > WARC_HEADER_OVERLAP ? lim - WARC_HEADER_OVERLAP : 1;
    r->d_pos = hstart + skip;
    r->st.skipped_bytes += skip;
}

static const char *cut_text(src_event e)
{
    return e == EV_CORRUPT ? "its compressed member is corrupt"
           : e == EV_TRUNCATED ? "the input ends inside its compressed member"
           : e == EV_MEMBER_END ? "its compressed member ends before the declared Content-Length"
                                : "the input ends before the declared Content-Length";
}

static warc_damage cut_damage(src_event e)
{
    return e == EV_CORRUPT ? WARC_DMG_CORRUPT : e == EV_MEMBER_END ? WARC_DMG_LENGTH : WARC_DMG_TRUNCATED;
}

int warc_next(warc_reader *r, warc_record *rec)
{
    memset(rec, 0, sizeof *rec);
    for (;;) {
        compact(r);
        if (r->s.oom)
            return -1;
        if (!find_record(r))
            return (r->s.ioerr || r->s.oom) ? -1 : 0;
        uint64_t offset = r->d_base + r->d_pos;
        /* the header: up to the first blank line */
        size_t hstart = r->d_pos, hlen = 0, blank = 0, scanned = 0, lim = 0;
        src_event why = EV_NONE;
        for (;;) {
            fill(r, scanned + 4096 < WARC_MAX_HEADER ? scanned + 4096 : WARC_MAX_HEADER);
            lim = avail_for(r, offset, &why);
            if (lim > WARC_MAX_HEADER)
                lim = WARC_MAX_HEADER;
            const char *p = r->d + hstart;
            size_t i = scanned > 3 ? scanned - 3 : 0;
            for (; i + 1 < lim; i++) {
                if (p[i] != '\n')
                    continue;
                if (p[i + 1] == '\n') {
                    hlen = i;
                    blank = 2;
                    break;
                }
                if (i + 2 < lim && p[i + 1] == '\r' && p[i + 2] == '\n') {
                    hlen = i;
                    blank = 3;
                    break;
                }
            }
            if (blank || lim >= WARC_MAX_HEADER || why != EV_NONE || lim == scanned)
                break;
            scanned = lim;
        }
        hdr_fields h;
        if (!blank) {
            if (why == EV_NONE || lim >= WARC_MAX_HEADER) {
                /* no end of header in 256 KiB: reported with what its
                 * first 256 KiB say (it may have been a page) */
                parse_header(r, r->d + hstart, lim, &h);
                fill_record(r, &h, rec, offset);
                snprintf(r->msg, sizeof r->msg,
                         "record at uncompressed offset %llu is damaged: its WARC header does not end within %u KiB",
                         (unsigned long long)offset, WARC_MAX_HEADER / 1024);
                r_note(r, r->msg);
                skip_long_header(r, offset, hstart, lim);
                return damaged(r, rec, WARC_DMG_HEADER, r->msg);
            }
            /* cut by a boundary: report the record with what its header says */
            parse_header(r, r->d + hstart, lim, &h);
            fill_record(r, &h, rec, offset);
            snprintf(r->msg, sizeof r->msg, "record at uncompressed offset %llu is damaged inside its header: %s",
                     (unsigned long long)offset, cut_text(why));
            r_note(r, r->msg);
            resync_after(r, offset, hstart + 1);
            return damaged(r, rec, cut_damage(why), r->msg);
        }
        parse_header(r, r->d + hstart, hlen + 1, &h);
        fill_record(r, &h, rec, offset);
        size_t block_start = hstart + hlen + blank;
        if (!h.has_len) {
            r->d_pos = hstart + 1;
            return damaged(r, rec, WARC_DMG_HEADER, "WARC header has no valid Content-Length");
        }
        r->d_pos = block_start;
        if (h.len > r->max_record) {
            /* stream past the block without keeping it */
            uint64_t left = h.len;
            while (left) {
                fill(r, 65536);
                size_t n = avail_for(r, offset, &why);
                if (!n)
                    break;
                size_t k = n < left ? n : (size_t)left;
                size_t hit = embedded_start(r->d + r->d_pos, n, k);
                if (hit != (size_t)-1) {
                    uint64_t at = r->d_base + r->d_pos + hit;
                    r->d_pos += hit;
                    snprintf(r->msg, sizeof r->msg,
                             "record at uncompressed offset %llu declares %llu bytes but the next record starts "
                             "at %llu",
                             (unsigned long long)offset, (unsigned long long)h.len, (unsigned long long)at);
                    r_note(r, r->msg);
                    return damaged(r, rec, WARC_DMG_LENGTH, r->msg);
                }
                /* keep a tail that may hold the start of a record start */
                if (k < left && k > EMBEDDED_LEN)
                    k -= EMBEDDED_LEN - 1;
                r->d_pos += k;
                left -= k;
                compact(r);
            }
            if (left) {
                avail_for(r, offset, &why);
                snprintf(r->msg, sizeof r->msg, "record at uncompressed offset %llu (%llu bytes, over the limit) is damaged: %s",
                         (unsigned long long)offset, (unsigned long long)h.len, cut_text(why));
                r_note(r, r->msg);
                resync_after(r, offset, r->d_pos);
                return damaged(r, rec, cut_damage(why), r->msg);
            }
            fill(r, 4);
            size_t k = 0, n = avail_for(r, offset, NULL);
            while (k < n && k < 4 && (r->d[r->d_pos + k] == '\r' || r->d[r->d_pos + k] == '\n'))
                k++;
            r->d_pos += k;
            char m[160];
            snprintf(m, sizeof m, "record block of %llu bytes is over the limit of %llu bytes; payload skipped",
                     (unsigned long long)h.len, (unsigned long long)r->max_record);
            return damaged(r, rec, WARC_DMG_TOO_LARGE, m);
        }
        size_t len = (size_t)h.len;
        fill(r, len + 4);
        size_t n = avail_for(r, offset, &why);
        if (n < len) {
            snprintf(r->msg, sizeof r->msg, "record at uncompressed offset %llu is damaged: %s", (unsigned long long)offset,
                     cut_text(why));
            r_note(r, r->msg);
            resync_after(r, offset, block_start);
            return damaged(r, rec, cut_damage(why), r->msg);
        }
        /* the trailer: CRLF CRLF; be lenient with fewer line breaks when
         * the next record or the end follows right after */
        const char *t = r->d + block_start + len;
        size_t k = 0;
        while (k < 4 && len + k < n && (t[k] == '\r' || t[k] == '\n'))
            k++;
        int ok = k == 4;
        if (!ok) {
            fill(r, len + k + 8);
            n = avail_for(r, offset, &why);
            t = r->d + block_start + len;
            size_t rest = n - len - k;
            ok = (rest == 0 && why != EV_NONE) || is_record_start(t + k, rest);
        }
        if (!ok) {
            snprintf(r->msg, sizeof r->msg,
                     "record at uncompressed offset %llu is damaged: Content-Length %llu does not end at the record's end",
                     (unsigned long long)offset, (unsigned long long)h.len);
            r_note(r, r->msg);
            resync_after(r, offset, block_start);
            return damaged(r, rec, WARC_DMG_LENGTH, r->msg);
        }
        rec->block = r->d + block_start;
        rec->block_len = len;
        r->d_pos = block_start + len + k;
        settle_mode(r);
        r->st.records++;
        return 1;
    }
}

/* ---- construction ----------------------------------------------------- */

static size_t read_fd(void *ctx, void *buf, size_t n)
{
    int fd = *(int *)ctx;
    for (;;) {
        ssize_t k = read(fd, buf, n);
        if (k >= 0)
            return (size_t)k;
        if (errno != EINTR)
            return (size_t)-1;
    }
}

static size_t read_file(void *ctx, void *buf, size_t n)
{
    FILE *f = ctx;
    size_t k = fread(buf, 1, n, f);
    if (k == 0 && ferror(f))
        return (size_t)-1;
    return k;
}

static size_t read_mem(void *ctx, void *buf, size_t n)
{
    warc_reader *r = ctx;
    size_t k = r->mem_len - r->mem_pos;
    if (k > n)
        k = n;
    if (k) /* an empty buffer may be NULL: memcpy(dst, NULL, 0) is undefined */
        memcpy(buf, r->mem + r->mem_pos, k);
    r->mem_pos += k;
    return k;
}

warc_reader *warc_reader_new(warc_read_fn fn, void *ctx, const warc_reader_opts *opts)
{
    warc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->s.read = fn;
    r->s.ctx = ctx;
    r->s.st = &r->st;
    r->max_record = opts && opts->max_record_bytes ? opts->max_record_bytes : WARC_DEFAULT_MAX;
    if (opts) {
        r->s.note = opts->note;
        r->s.note_ctx = opts->note_ctx;
    }
    return r;
}

/* The fd is boxed on the heap: read_fd gets a pointer to it. */
warc_reader *warc_reader_new_fd(int fd, const warc_reader_opts *opts)
{
    int *box = malloc(sizeof *box);
    if (!box)
        return NULL;
    *box = fd;
    warc_reader *r = warc_reader_new(read_fd, box, opts);
    if (!r)
        free(box);
    return r;
}

warc_reader *warc_reader_new_file(FILE *f, const warc_reader_opts *opts)
{
    return warc_reader_new(read_file, f, opts);
}

warc_reader *warc_reader_new_mem(const void *data, size_t len, const warc_reader_opts *opts)
{
    warc_reader *r = warc_reader_new(read_mem, NULL, opts);
    if (r) {
        r->s.ctx = r;
        r->mem = data;
        r->mem_len = len;
    }
    return r;
}

void warc_reader_free(warc_reader *r)
{
    if (!r)
        return;
    if (r->s.read == read_fd)
        free(r->s.ctx);
    if (r->s.z_init)
        inflateEnd(&r->s.z);
    ZSTD_freeDCtx(r->s.zd);
    libdeflate_free_decompressor(r->s.ld);
    free(r->s.in);
    free(r->d);
    free(r->fields);
    free(r->mends);
    free(r);
}

void warc_reader_configure(warc_reader *r, const warc_reader_opts *opts)
{
    r->max_record = opts->max_record_bytes ? opts->max_record_bytes : WARC_DEFAULT_MAX;
    r->s.note = opts->note;
    r->s.note_ctx = opts->note_ctx;
}

const warc_stats *warc_reader_stats(const warc_reader *r) { return &r->st; }

warc_format warc_reader_format(const warc_reader *r) { return r->s.fmt; }

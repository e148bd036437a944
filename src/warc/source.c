/* source.c: the WARC reader's source layer (see source.h): container
 * detection, gzip / zstd / plain decoding, member scanning after damage. */
#define _POSIX_C_SOURCE 200809L

#include "warc/source.h"
#include "warc/magic.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zstd_errors.h>


void warc_src_note(src *s, const char *msg)
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
        int hit = s->fmt == WARC_FMT_GZIP ? warc_is_gzip_magic(p) : (warc_is_zstd_magic(p) || warc_is_zstd_skippable(p));
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
        warc_src_note(s, msg);
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
    uint32_t magic = warc_le32(p), size = warc_le32(p + 4);
    int dict = s->first_frame && magic == 0x184D2A5Du && size <= WARC_MAX_DICT;
    s->first_frame = 0;
    if (dict) {
        if (src_need(s, 8 + (size_t)size) < 8 + (size_t)size) {
            s->in_pos = s->in_len;
            return 0;
        }
        const unsigned char *d = s->in + s->in_pos + 8;
        int ok = 0;
        if (size >= 4 && warc_is_zstd_magic(d)) {
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
            warc_src_note(s, "zstd dictionary frame could not be loaded; frames that need it will fail");
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
    if (avail >= 4 && warc_is_gzip_magic(s->in + s->in_pos)) {
        s->fmt = WARC_FMT_GZIP;
        if (inflateInit2(&s->z, 15 + 16) != Z_OK)
            return -1;
        s->z_init = 1;
        s->ld = libdeflate_alloc_decompressor(); /* NULL: zlib alone */
        s->pf = s->pf_threads > 0 ? warc_pf_new(s->pf_threads) : NULL; /* NULL: the reader inflates */
    } else if (avail >= 4 && (warc_is_zstd_magic(s->in + s->in_pos) || warc_is_zstd_skippable(s->in + s->in_pos))) {
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
    warc_src_note(s, msg);
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
    /* a member with FHCRC streams through zlib (magic.h) */
    if (s->in_len - s->in_pos < 4 || warc_gzip_has_fhcrc(s->in + s->in_pos))
        return 0;
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

/* Hands out the rest of a member a helper inflated, cap bytes at a time
 * (what zlib's streaming would give for a member bigger than the room). */
static size_t src_pre_give(src *s, char *out, size_t cap, src_event *ev)
{
    size_t k = s->pre_len - s->pre_pos;
    if (k > cap)
        k = cap;
    memcpy(out, s->pre + s->pre_pos, k);
    s->pre_pos += k;
    *ev = EV_NONE;
    if (s->pre_pos == s->pre_len) {
        free(s->pre);
        s->pre = NULL;
        *ev = EV_MEMBER_END;
    }
    return k;
}

/* The gzip member at in_pos from a helper thread (prefetch.h): lets the
 * prefetcher scan ahead (reading more input while it asks), then takes the
 * member if a helper inflated exactly this one. 1 when it did. */
static int src_pf_member(src *s)
{
    if (!s->pf || warc_pf_off(s->pf))
        return 0;
    while (warc_pf_scan(s->pf, s->in, s->in_base, s->in_pos, s->in_len, s->eof))
        if (src_more(s) == 0) {
            warc_pf_scan(s->pf, s->in, s->in_base, s->in_pos, s->in_len, s->eof); /* the last span */
            break;
        }
    char *d;
    size_t n, used;
    if (!warc_pf_take(s->pf, s->in_base + s->in_pos, &d, &n, &used))
        return 0;
    s->ld_ok++; /* as if the reader's own fast path had decoded it */
    s->in_pos += used;
    s->in_member = 0;
    s->pre = d;
    s->pre_len = n;
    s->pre_pos = 0;
    return 1;
}

/* Decompresses up to cap bytes into out. *ev tells what happens right
 * after the returned bytes. */
size_t warc_src_read(src *s, char *out, size_t cap, src_event *ev)
{
    *ev = EV_NONE;
    if (!s->detected && src_detect(s) != 0) {
        s->oom = 1;
        *ev = EV_EOF;
        return 0;
    }
    if (s->pre)
        return src_pre_give(s, out, cap, ev);
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
            if (s->fmt == WARC_FMT_ZSTD && warc_is_zstd_skippable(s->in + s->in_pos)) {
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
            if (s->fmt == WARC_FMT_GZIP && src_pf_member(s))
                return src_pre_give(s, out, cap, ev);
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
            warc_src_note(s, msg);
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

void warc_src_free(src *s)
{
    warc_pf_free(s->pf);
    free(s->pre);
    if (s->z_init)
        inflateEnd(&s->z);
    ZSTD_freeDCtx(s->zd);
    libdeflate_free_decompressor(s->ld);
    free(s->in);
}

/* warc.c: the WARC reader (see warc.h). Two layers, the first in source.c:
 *   source  - compressed input -> decompressed bytes, reporting member
 *             (gzip member / zstd frame) ends, corrupt members and
 *             truncation as events at exact positions of the output;
 *   parser  - decompressed bytes -> records, with resynchronisation.
 * The parser keeps the current record (header + block) in one buffer, so
 * a record whose Content-Length proves wrong can be rescanned for the next
 * record start. */
#define _POSIX_C_SOURCE 200809L

#include "warc/warc.h"
#include "warc/source.h"
#include "core/chars.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    warc_src_note(&r->s, msg);
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
        size_t n = warc_src_read(&r->s, r->d + r->d_len, r->d_cap - r->d_len, &ev);
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
    return chars_eq_ci(a, n, b, strlen(b));
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

/* Scans for the blank line that ends the header starting at hstart, up to
 * WARC_MAX_HEADER bytes or a boundary. Sets *hlen and *blank (2 for LF LF,
 * 3 for LF CR LF; 0 when no end was found), *lim (bytes available) and
 * *why (the boundary met, EV_NONE when none). */
static void scan_header(warc_reader *r, uint64_t offset, size_t hstart, size_t *hlen, size_t *blank,
                        size_t *lim, src_event *why)
{
    size_t scanned = 0;
    *hlen = *blank = *lim = 0;
    *why = EV_NONE;
    for (;;) {
        fill(r, scanned + 4096 < WARC_MAX_HEADER ? scanned + 4096 : WARC_MAX_HEADER);
        *lim = avail_for(r, offset, why);
        if (*lim > WARC_MAX_HEADER)
            *lim = WARC_MAX_HEADER;
        const char *p = r->d + hstart;
        size_t i = scanned > 3 ? scanned - 3 : 0;
        for (; i + 1 < *lim; i++) {
            if (p[i] != '\n')
                continue;
            if (p[i + 1] == '\n') {
                *hlen = i;
                *blank = 2;
                return;
            }
            if (i + 2 < *lim && p[i + 1] == '\r' && p[i + 2] == '\n') {
                *hlen = i;
                *blank = 3;
                return;
            }
        }
        if (*lim >= WARC_MAX_HEADER || *why != EV_NONE || *lim == scanned)
            return;
        scanned = *lim;
    }
}

/* A header without its end: over WARC_MAX_HEADER, or cut by a boundary.
 * The record is reported with what its header says (it may have been a
 * page), and reading resumes after it. */
static int header_damaged(warc_reader *r, warc_record *rec, uint64_t offset, size_t hstart, size_t lim,
                          src_event why)
{
    hdr_fields h;
    parse_header(r, r->d + hstart, lim, &h);
    fill_record(r, &h, rec, offset);
    if (why == EV_NONE || lim >= WARC_MAX_HEADER) {
        snprintf(r->msg, sizeof r->msg,
                 "record at uncompressed offset %llu is damaged: its WARC header does not end within %u KiB",
                 (unsigned long long)offset, WARC_MAX_HEADER / 1024);
        r_note(r, r->msg);
        skip_long_header(r, offset, hstart, lim);
        return damaged(r, rec, WARC_DMG_HEADER, r->msg);
    }
    snprintf(r->msg, sizeof r->msg, "record at uncompressed offset %llu is damaged inside its header: %s",
             (unsigned long long)offset, cut_text(why));
    r_note(r, r->msg);
    resync_after(r, offset, hstart + 1);
    return damaged(r, rec, cut_damage(why), r->msg);
}

/* A block over max_record: streamed past without being kept (r->d_pos is
 * at its start), watching for a record start inside it, which proves the
 * Content-Length wrong. */
static int skip_oversized(warc_reader *r, warc_record *rec, uint64_t offset, uint64_t declared)
{
    src_event why = EV_NONE;
    uint64_t left = declared;
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
                     (unsigned long long)offset, (unsigned long long)declared, (unsigned long long)at);
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
                 (unsigned long long)offset, (unsigned long long)declared, cut_text(why));
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
             (unsigned long long)declared, (unsigned long long)r->max_record);
    return damaged(r, rec, WARC_DMG_TOO_LARGE, m);
}

/* The record that started at `offset` is cut by the boundary `why`
 * before its end: damaged, and reading resumes at that boundary. */
static int cut_record(warc_reader *r, warc_record *rec, uint64_t offset, size_t block_start, src_event why)
{
    snprintf(r->msg, sizeof r->msg, "record at uncompressed offset %llu is damaged: %s", (unsigned long long)offset,
             cut_text(why));
    r_note(r, r->msg);
    resync_after(r, offset, block_start);
    return damaged(r, rec, cut_damage(why), r->msg);
}

/* Whether a member ended cleanly at d[pos] (the member after it may then
 * have failed before giving a byte, which puts a hard boundary there too). */
static int member_end_at(const warc_reader *r, size_t pos)
{
    for (size_t i = 0; i < r->nmends; i++)
        if (r->mends[i] == r->d_base + pos)
            return 1;
    return 0;
}

/* The block of len bytes at block_start and its trailer: CRLF CRLF, or
 * fewer line breaks when the next record or the end follows right after. */
static int read_block(warc_reader *r, warc_record *rec, uint64_t offset, size_t block_start, size_t len)
{
    src_event why = EV_NONE;
    fill(r, len + 4);
    size_t n = avail_for(r, offset, &why);
    if (n < len)
        return cut_record(r, rec, offset, block_start, why);
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
        /* A corrupt or cut member is not an end: what its decoder gave just
         * before failing is unverified (a member cut short decodes the next
         * members' bytes as its own, and may give exactly Content-Length
         * bytes of them before it fails), so a record whose trailer is
         * incomplete there is damaged, unless its own member ended cleanly
         * at that very point. Only the input's end, a clean member end or
         * a record start may stand in for the missing line breaks. */
        if (rest == 0 && (why == EV_CORRUPT || why == EV_TRUNCATED) && !member_end_at(r, block_start + len + k))
            return cut_record(r, rec, offset, block_start, why);
        ok = (rest == 0 && why != EV_NONE) || is_record_start(t + k, rest);
    }
    if (!ok) {
        snprintf(r->msg, sizeof r->msg,
                 "record at uncompressed offset %llu is damaged: Content-Length %llu does not end at the record's end",
                 (unsigned long long)offset, (unsigned long long)len);
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

int warc_next(warc_reader *r, warc_record *rec)
{
    memset(rec, 0, sizeof *rec);
    compact(r);
    if (r->s.oom)
        return -1;
    if (!find_record(r))
        return (r->s.ioerr || r->s.oom) ? -1 : 0;
    uint64_t offset = r->d_base + r->d_pos;
    size_t hstart = r->d_pos, hlen, blank, lim;
    src_event why;
    scan_header(r, offset, hstart, &hlen, &blank, &lim, &why);
    if (!blank)
        return header_damaged(r, rec, offset, hstart, lim, why);
    hdr_fields h;
    parse_header(r, r->d + hstart, hlen + 1, &h);
    fill_record(r, &h, rec, offset);
    size_t block_start = hstart + hlen + blank;
    if (!h.has_len) {
        r->d_pos = hstart + 1;
        return damaged(r, rec, WARC_DMG_HEADER, "WARC header has no valid Content-Length");
    }
    r->d_pos = block_start;
    if (h.len > r->max_record)
        return skip_oversized(r, rec, offset, h.len);
    return read_block(r, rec, offset, block_start, (size_t)h.len);
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
    warc_src_free(&r->s);
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

void warc_reader_set_threads(warc_reader *r, int n)
{
    r->s.pf_threads = n < 0 ? 0 : n;
}

const warc_stats *warc_reader_stats(const warc_reader *r) { return &r->st; }

warc_format warc_reader_format(const warc_reader *r) { return r->s.fmt; }

/* prefetch.c: gzip members inflated on helper threads ahead of the WARC
 * reader (see prefetch.h for why the result cannot differ from the
 * reader's own inflating).
 *
 * Candidates live in a ring in input order. The reader thread alone adds
 * them (warc_pf_scan) and removes them (warc_pf_take); helpers claim the
 * oldest unclaimed one and inflate it. One mutex guards the ring; a
 * helper works without it, on a job no one else touches while it is
 * claimed. */
#define _POSIX_C_SOURCE 200809L

#include "warc/prefetch.h"
#include "warc/magic.h"

#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Compressed bytes read ahead of the reader: at ~30 KB per crawl record,
 * a few hundred members, enough to keep 64 helpers busy. */
#define PF_READ_AHEAD (8u * 1024u * 1024u)
/* The largest candidate span handed to a helper: the reader's own fast
 * path (libdeflate, whole members) buffers 1 MiB of compressed input, so
 * a member it would stream through zlib is left to it. */
#define PF_MAX_SPAN (1024u * 1024u)
/* Decoded bytes of one member (its gzip ISIZE), and of all queued ones:
 * bigger members are inflated by the reader, which streams them. */
#define PF_MAX_OUT (16u * 1024u * 1024u)
#define PF_OUT_BUDGET (128u * 1024u * 1024u)
#define PF_MAX_THREADS 64

enum { JOB_QUEUED, JOB_CLAIMED, JOB_DONE };

typedef struct pf_job {
    uint64_t at;         /* input offset of the candidate member */
    unsigned char *gz;   /* a copy of [at, next candidate) */
    size_t gz_len;
    size_t isize;        /* decoded size its trailer claims */
    char *out;           /* decoded bytes when ok */
    size_t out_len, in_used;
    int state, ok;
} pf_job;

struct warc_pf {
    pthread_mutex_t m;
    pthread_cond_t work, done;
    pthread_t threads[PF_MAX_THREADS];
    int nthreads, quit;
    pf_job *ring;
    size_t cap;
    uint64_t head, tail, next_take; /* ring positions, taken modulo cap */
    size_t out_held;                /* isize of the jobs in the ring */
    uint64_t scan_at;               /* input offset up to which candidates were found */
    uint64_t pending;               /* the last candidate found, whose end is not known yet */
    int has_pending;
    uint64_t hits, misses;          /* member starts served, and not */
    int off;
    struct libdeflate_decompressor *own; /* for a job the reader inflates itself */
};

static void pf_inflate(struct libdeflate_decompressor *d, pf_job *j)
{
    j->ok = 0;
    /* a member with FHCRC is left to the reader's zlib (magic.h) */
    int fhcrc = j->gz_len < 4 || warc_gzip_has_fhcrc(j->gz);
    j->out = d && !fhcrc ? malloc(j->isize ? j->isize : 1) : NULL;
    if (j->out) {
        size_t used = 0, n = 0;
        enum libdeflate_result rc =
            libdeflate_gzip_decompress_ex(d, j->gz, j->gz_len, j->out, j->isize, &used, &n);
        j->ok = rc == LIBDEFLATE_SUCCESS && n == j->isize;
        j->in_used = used;
        j->out_len = n;
    }
    if (!j->ok) {
        free(j->out);
        j->out = NULL;
    }
    free(j->gz);
    j->gz = NULL;
}

static void *pf_main(void *arg)
{
    warc_pf *pf = arg;
    struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    pthread_mutex_lock(&pf->m);
    for (;;) {
        while (!pf->quit && pf->next_take == pf->tail)
            pthread_cond_wait(&pf->work, &pf->m);
        if (pf->quit)
            break;
        pf_job *j = &pf->ring[pf->next_take++ % pf->cap];
        j->state = JOB_CLAIMED;
        pthread_mutex_unlock(&pf->m);
        pf_inflate(d, j);
        pthread_mutex_lock(&pf->m);
        j->state = JOB_DONE;
        pthread_cond_broadcast(&pf->done);
    }
    pthread_mutex_unlock(&pf->m);
    libdeflate_free_decompressor(d);
    return NULL;
}

warc_pf *warc_pf_new(int nthreads)
{
    if (nthreads < 1)
        return NULL;
    if (nthreads > PF_MAX_THREADS)
        nthreads = PF_MAX_THREADS;
    warc_pf *pf = calloc(1, sizeof *pf);
    if (!pf)
        return NULL;
    pf->cap = 8 * (size_t)nthreads + 32;
    pf->ring = calloc(pf->cap, sizeof *pf->ring);
    if (!pf->ring) {
        free(pf);
        return NULL;
    }
    pthread_mutex_init(&pf->m, NULL);
    pthread_cond_init(&pf->work, NULL);
    pthread_cond_init(&pf->done, NULL);
    for (int i = 0; i < nthreads; i++)
        if (pthread_create(&pf->threads[pf->nthreads], NULL, pf_main, pf) == 0)
            pf->nthreads++;
    if (!pf->nthreads) {
        warc_pf_free(pf);
        return NULL;
    }
    return pf;
}

void warc_pf_free(warc_pf *pf)
{
    if (!pf)
        return;
    pthread_mutex_lock(&pf->m);
    pf->quit = 1;
    pthread_cond_broadcast(&pf->work);
    pthread_mutex_unlock(&pf->m);
    for (int i = 0; i < pf->nthreads; i++)
        pthread_join(pf->threads[i], NULL);
    for (uint64_t k = pf->head; k < pf->tail; k++) {
        free(pf->ring[k % pf->cap].gz);
        free(pf->ring[k % pf->cap].out);
    }
    pthread_mutex_destroy(&pf->m);
    pthread_cond_destroy(&pf->work);
    pthread_cond_destroy(&pf->done);
    libdeflate_free_decompressor(pf->own);
    free(pf->ring);
    free(pf);
}

int warc_pf_off(const warc_pf *pf) { return pf->off; }

/* Queues the candidate [from, to) (buf[0] at input offset base) unless it
 * is too small to be a member or too big for a helper. */
static void pf_queue(warc_pf *pf, const unsigned char *buf, uint64_t base, uint64_t from, uint64_t to)
{
    size_t span = (size_t)(to - from);
    if (span < 18 || span > PF_MAX_SPAN) /* 10 header + 8 trailer bytes at least */
        return;
    const unsigned char *p = buf + (from - base);
    size_t isize = warc_le32(p + span - 4);
    if (isize > PF_MAX_OUT)
        return;
    unsigned char *gz = malloc(span);
    if (!gz)
        return;
    memcpy(gz, p, span);
    pthread_mutex_lock(&pf->m);
    pf_job *j = &pf->ring[pf->tail % pf->cap];
    memset(j, 0, sizeof *j);
    j->at = from;
    j->gz = gz;
    j->gz_len = span;
    j->isize = isize;
    j->state = JOB_QUEUED;
    pf->tail++;
    pf->out_held += isize;
    pthread_cond_signal(&pf->work);
    pthread_mutex_unlock(&pf->m);
}

/* The next gzip magic at or after index i and before len - 3; len - 3
 * (or i when fewer than 4 bytes are left) when there is none. */
static size_t pf_find(const unsigned char *buf, size_t i, size_t len, int *found)
{
    *found = 0;
    while (i + 4 <= len) {
        const unsigned char *q = memchr(buf + i, 0x1f, len - 3 - i);
        if (!q)
            return len - 3;
        i = (size_t)(q - buf);
        if (warc_is_gzip_magic(q)) {
            *found = 1;
            return i;
        }
        i++;
    }
    return i;
}

int warc_pf_scan(warc_pf *pf, const unsigned char *buf, uint64_t base, size_t pos, size_t len, int eof)
{
    if (pf->off)
        return 0;
    uint64_t lo = base + pos;
    if (pf->scan_at < lo)
        pf->scan_at = lo;
    if (pf->has_pending && pf->pending < lo)
        pf->has_pending = 0; /* the reader is past it */
    for (;;) {
        if (pf->tail - pf->head >= pf->cap || pf->out_held > PF_OUT_BUDGET)
            return 0;
        int found;
        size_t i = pf_find(buf, (size_t)(pf->scan_at - base), len, &found);
        if (!found) {
            pf->scan_at = base + i;
            if (eof) {
                if (pf->has_pending)
                    pf_queue(pf, buf, base, pf->pending, base + len);
                pf->has_pending = 0;
                pf->scan_at = base + len;
                return 0;
            }
            if (pf->has_pending && base + len - pf->pending > PF_MAX_SPAN)
                pf->has_pending = 0; /* too big for a helper: the reader's */
            return len - pos < PF_READ_AHEAD;
        }
        uint64_t c = base + i;
        if (pf->has_pending)
            pf_queue(pf, buf, base, pf->pending, c);
        pf->pending = c;
        pf->has_pending = 1;
        pf->scan_at = c + 1;
    }
}

/* Removes the oldest job (lock held): one a helper works on is waited
 * for, an unclaimed one is claimed so that no helper takes it. */
static void pf_drop_head(warc_pf *pf)
{
    pf_job *j = &pf->ring[pf->head % pf->cap];
    while (j->state == JOB_CLAIMED)
        pthread_cond_wait(&pf->done, &pf->m);
    if (j->state == JOB_QUEUED)
        pf->next_take++; /* jobs are claimed in order: it was next */
    free(j->gz);
    free(j->out);
    j->gz = NULL;
    j->out = NULL;
    pf->out_held -= j->isize;
    pf->head++;
}

int warc_pf_take(warc_pf *pf, uint64_t at, char **out, size_t *out_len, size_t *in_used)
{
    int got = 0;
    pthread_mutex_lock(&pf->m);
    while (pf->head < pf->tail && pf->ring[pf->head % pf->cap].at < at)
        pf_drop_head(pf);
    pf_job *j = pf->head < pf->tail ? &pf->ring[pf->head % pf->cap] : NULL;
    if (j && j->at == at) {
        if (j->state == JOB_QUEUED) {
            /* no helper got to it yet: inflate it here rather than wait */
            pf->next_take++;
            j->state = JOB_CLAIMED;
            pthread_mutex_unlock(&pf->m);
            if (!pf->own)
                pf->own = libdeflate_alloc_decompressor();
            pf_inflate(pf->own, j);
            pthread_mutex_lock(&pf->m);
            j->state = JOB_DONE;
        }
        while (j->state != JOB_DONE)
            pthread_cond_wait(&pf->done, &pf->m);
        if (j->ok) {
            *out = j->out;
            *out_len = j->out_len;
            *in_used = j->in_used;
            j->out = NULL;
            got = 1;
        }
        pf_drop_head(pf);
    }
    pthread_mutex_unlock(&pf->m);
    if (got)
        pf->hits++;
    else
        pf->misses++;
    /* mostly misses: one member for the whole file, or members too big */
    if (pf->misses >= 16 && pf->misses > 4 * pf->hits)
        pf->off = 1;
    return got;
}

/* warc.c: `lede warc`: articles out of WARC crawl files, one JSON line per
 * HTML response, in input order, at the speed of the disk.
 *
 * Threads: the calling thread reads (decompression + WARC framing, one
 * input after another; with N >= 4, N helpers of the reader inflate gzip
 * members ahead of it); N workers decode HTTP bodies and extract; one
 * writer puts results out in input order. Every record that needs work
 * gets a sequence number; jobs and results live in one ring of `window`
 * slots indexed by seq % window, and the reader may only run `window`
 * records ahead of the writer, and only `budget` payload bytes ahead, so
 * memory is bounded whatever the input size. One mutex guards the ring; at
 * hundreds of pages/s per core it is never contended. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "cli.h"
#include "lede.h"
#include "lede_warc.h"

static const char warc_usage[] =
    "Usage: lede warc [OPTION]... FILE...\n"
    "       lede warc [OPTION]... --input-list LIST\n"
    "Extract articles from WARC files (WARC 1.0/1.1; plain, gzip per record or\n"
    "whole-file, zstd incl. a dictionary frame). One JSON line per HTML response\n"
    "or resource record, in input order; a record that fails gives an error\n"
    "record. FILE - reads standard input.\n"
    "\n"
    "  -j, --jobs N            extraction threads (default and 0: all cores, at\n"
    "                          most 1024); with 4 or more, as many helpers\n"
    "                          inflate gzip members ahead of the reader (the\n"
    "                          output is the same)\n"
    "  -o, --output PATH       write to PATH instead of standard output; .gz and\n"
    "                          .zst compress. A printf pattern (part-%05d.jsonl.zst,\n"
    "                          width at most 2 digits)\n"
    "                          shards the output: one shard per input file, or\n"
    "                          every N records with --shard-size N\n"
    "      --shard-size N      records per shard (with a pattern in --output)\n"
    "  -l, --input-list LIST   read input paths from LIST, one a line (- = stdin)\n"
    "      --filter-lang L,L   keep articles whose language is one of these\n"
    "                          (primary subtag: en matches en-GB)\n"
    "      --min-text N        keep articles whose text (in --text-format) has at\n"
    "                          least N characters\n"
    "      --articles-only     keep only pages that read as articles; no error\n"
    "                          records\n"
    "      --favor WHAT        balanced (default), precision or recall (see lede\n"
    "                          --help)\n"
    "      --text-format FMT   text (default), markdown or html: what the\n"
    "                          records' text holds\n"
    "      --any-status        also extract non-2xx responses (default: 2xx only)\n"
    "      --max-record-bytes N  largest WARC record block handled (default\n"
    "                          50000000); bigger ones give a too_large record\n"
    "      --max-bytes N       refuse pages (decoded HTTP bodies) larger than N\n"
    "                          bytes: a too_large record (default: the record\n"
    "                          limit; 0: only the record limit)\n"
    "      --max-nodes N       build at most N DOM nodes a page (default 2000000)\n"
    "      --max-depth N       nest elements at most N deep (default 512)\n"
    "  -q, --quiet             no notes about damage, no progress, no summary\n"
    "      --no-progress       no progress bar (shown when stderr is a terminal:\n"
    "                          pages/s, articles, error records, time left)\n"
    "      --progress          show it also when stderr is not a terminal\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Switches (--no-NAME turns off one that is on by default, --NAME turns one on):\n";

/* After the switches, which come from the library's table. */
static const char warc_usage_tail[] =
    "\n"
    "Records carry the article fields of `lede` plus warc_target_uri,\n"
    "warc_record_id, warc_date and http_status. Every record that could hold a\n"
    "page gives its record or an error record. Counts go to standard error.\n"
    "Output files are written under a temporary name (.NAME.tmp.PID) and renamed\n"
    "when complete; on SIGINT/SIGTERM or a write error the run stops and the\n"
    "unfinished file is removed.\n"
    "Exit status: 0 when every input was read, 1 when an input could not be read\n"
    "or is not a WARC file, or the output failed, 2 on a usage error, 128+N after\n"
    "signal N.\n";

/* ---- options ------------------------------------------------------------ */

typedef struct warc_cli_opts {
    int jobs;
    const char *output;
    uint64_t shard_size;
    char **langs;
    size_t nlangs;
    size_t min_text;
    int articles_only, any_status, quiet, progress;
    cli_switches switches;
    lede_favor favor;
    lede_format text_format;
    uint64_t max_record;
    cli_limits limits; /* --max-bytes, --max-nodes, --max-depth, as for lede */
} warc_cli_opts;

/* Helper threads inflate gzip members from this many workers on. Inflating
 * on the reader thread costs ~12% of a page's CPU (docs/warc.md,
 * "Parallel reading"), so up to ~8 workers one reader keeps up; the
 * helpers' hand-over (a copy of each compressed member into its job, a
 * copy of its output into the record buffer) adds ~3-4% CPU to the whole
 * run, which on 2 or 3 cores is lost scaling with nothing gained. From 4
 * workers on, the reader would be busy half the time or more, and a
 * reader that is late starves every worker at once. */
#define WARC_HELPERS_FROM 4

/* ---- jobs and results --------------------------------------------------- */

#define WARC_NTYPES (LEDE_WARC_OTHER + 1)
#define WARC_NDAMAGE (LEDE_WARC_HEADER + 1)

typedef struct warc_job {
    uint64_t seq;
    int file;
    const char *source;
    lede_warc_record *rec; /* a copy: ours until the worker frees it */
    size_t bytes;          /* counted against the budget */
} warc_job;

enum { RES_ARTICLE, RES_ERROR, RES_NOT_HTML, RES_NOT_HTTP, RES_STATUS, RES_FILTERED };

typedef struct warc_result {
    int filled;
    int kind;
    int html;          /* was handed to the extractor (or its body failed to decode) */
    lede_status st;    /* for RES_ERROR */
    int file;
    char *line;        /* output line with its newline, or NULL */
    size_t len;
} warc_result;

typedef struct warc_counts {
    uint64_t by_type[WARC_NTYPES];
    uint64_t html, articles, errors[8], not_html, not_http, status, filtered, written;
    uint64_t damaged[WARC_NDAMAGE];
    uint64_t resyncs, skipped_bytes, corrupt_members, skipped_compressed, bytes_in, bytes_out;
} warc_counts;

typedef struct warc_pool {
    pthread_mutex_t m;
    pthread_cond_t can_submit, job_ready, res_ready;
    size_t window;
    warc_job **jobs;
    warc_result *res;
    uint64_t next_seq, next_take, next_write;
    size_t inflight, budget;
    int reader_done;
    const warc_cli_opts *o;
    /* writer side */
    warc_counts counts;
    _Atomic int stop; /* the output failed or a signal came: read no more */
    int nfiles;
    const char *const *files;
    /* progress: written by the reader, read by the writer */
    _Atomic unsigned long long bytes_read, records_read;
    unsigned long long total_bytes;
    _Atomic int progress_shown;
    struct timespec t0;
} warc_pool;

static double warc_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ---- the worker's part --------------------------------------------------- */

/* The page's `lede warc` line plus its newline, into r. */
static void warc_line(warc_result *r, const lede_warc_page *page, const char *source)
{
    size_t n = 0;
    char *s = page ? lede_warc_page_render_json(page, source, &n) : NULL;
    if (!s) /* out of memory: at least the error, without the WARC fields */
        s = lede_render_error(LEDE_ERR_NOMEM, NULL, source, NULL, &n);
    char *line = s ? realloc(s, n + 2) : NULL;
    if (!line) {
        free(s);
        return;
    }
    line[n] = '\n';
    line[n + 1] = '\0';
    r->line = line;
    r->len = n + 1;
}

static int warc_lang_ok(const warc_cli_opts *o, const char *lang)
{
    if (!o->nlangs)
        return 1;
    if (!lang)
        return 0;
    size_t k = strcspn(lang, "-_");
    for (size_t i = 0; i < o->nlangs; i++) {
        const char *want = o->langs[i];
        size_t wl = strlen(want);
        const char *w = want;
        /* "en" matches "en" and "en-GB"; "en-GB" matches only itself */
        size_t cmp = strchr(want, '-') ? strlen(lang) : k;
        if (cmp != wl)
            continue;
        size_t x = 0;
        for (; x < wl; x++) {
            char a = lang[x], c = w[x];
            if (a >= 'A' && a <= 'Z')
                a = (char)(a + 32);
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            if (a == '_')
                a = '-';
            if (a != c)
                break;
        }
        if (x == wl)
            return 1;
    }
    return 0;
}

static size_t warc_utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

/* 1 when the record's text, as the record holds it (in --text-format),
 * has at least min characters (code points, as Python's len() of the
 * text: crawl.keep counts the same). The plain text is the article's
 * cached one, which the JSON line then reuses; Markdown and HTML are
 * rendered here. */
static int warc_long_enough(const warc_cli_opts *o, const lede_article *art, size_t min)
{
    if (o->text_format != LEDE_FORMAT_MARKDOWN && o->text_format != LEDE_FORMAT_HTML) {
        const char *t = lede_article_field(art, LEDE_FIELD_TEXT);
        return t && warc_utf8_chars(t) >= min;
    }
    char *t = lede_render(art, o->text_format, NULL, NULL);
    int ok = t && warc_utf8_chars(t) >= min;
    free(t);
    return ok;
}

/* The command's filters on an article: language, text length, page type. */
static int warc_keep(const warc_cli_opts *o, const lede_article *art)
{
    int keep = warc_lang_ok(o, lede_article_field(art, LEDE_FIELD_LANGUAGE));
    if (keep && o->articles_only) {
        const char *pt = lede_article_field(art, LEDE_FIELD_PAGE_TYPE);
        keep = pt && strcmp(pt, "article") == 0;
    }
    return keep && (!o->min_text || warc_long_enough(o, art, o->min_text));
}

/* One record through the library's page rules (lede_warc_extract), then
 * the command's filters, into a result line. */
static void warc_process(const warc_cli_opts *o, lede_options *lo, const warc_job *j, warc_result *r)
{
    r->kind = RES_NOT_HTML;
    r->line = NULL;
    r->file = j->file;
    lede_warc_page *page = NULL;
    lede_warc_outcome oc = lede_warc_extract(j->rec, lo, o->any_status ? LEDE_WARC_ANY_STATUS : 0, &page);
    switch (oc) {
    case LEDE_WARC_SKIP_NOT_HTTP: r->kind = RES_NOT_HTTP; return;
    case LEDE_WARC_SKIP_STATUS: r->kind = RES_STATUS; return;
    case LEDE_WARC_SKIP_TYPE:
    case LEDE_WARC_SKIP_NOT_HTML: return;
    case LEDE_WARC_ARTICLE:
    case LEDE_WARC_ERROR: break;
    }
    /* a damaged record never reached the extractor */
    r->html = lede_warc_record_damage(j->rec) == LEDE_WARC_INTACT;
    lede_status st = page ? lede_warc_page_status(page) : LEDE_ERR_NOMEM;
    r->st = st;
    if (st == LEDE_OK && (o->nlangs || o->min_text || o->articles_only) &&
        !warc_keep(o, lede_warc_page_article(page))) {
        r->kind = RES_FILTERED;
    } else if (st != LEDE_OK && o->articles_only) {
        r->kind = RES_FILTERED; /* --articles-only: no error records */
    } else {
        r->kind = st == LEDE_OK ? RES_ARTICLE : RES_ERROR;
        warc_line(r, page, j->source);
    }
    lede_warc_page_free(page);
}

static void *warc_worker(void *arg)
{
    warc_pool *p = arg;
    lede_options *lo = lede_options_new();
    if (lo) {
        /* without --max-bytes a page may be as large as its record */
        cli_limits lim = p->o->limits;
        if (!lim.bytes_given)
            lim.max_bytes = (size_t)p->o->max_record;
        cli_apply_limits(&lim, lo);
        cli_apply_switches(&p->o->switches, lo);
        lede_options_set_favor(lo, p->o->favor);
        lede_options_set_text_format(lo, p->o->text_format);
    }
    pthread_mutex_lock(&p->m);
    for (;;) {
        while (p->next_take == p->next_seq && !p->reader_done)
            pthread_cond_wait(&p->job_ready, &p->m);
        if (p->next_take == p->next_seq)
            break;
        uint64_t seq = p->next_take++;
        warc_job *j = p->jobs[seq % p->window];
        p->jobs[seq % p->window] = NULL;
        pthread_mutex_unlock(&p->m);

        warc_result r = {0};
        if (lo) {
            warc_process(p->o, lo, j, &r);
        } else {
            r.kind = RES_ERROR;
            r.st = LEDE_ERR_NOMEM;
            warc_line(&r, NULL, j->source);
        }
        r.file = j->file;
        size_t bytes = j->bytes;
        lede_warc_record_free(j->rec);
        free(j);

        pthread_mutex_lock(&p->m);
        r.filled = 1;
        p->res[seq % p->window] = r;
        p->inflight -= bytes;
        if (seq == p->next_write)
            pthread_cond_signal(&p->res_ready);
        pthread_cond_signal(&p->can_submit);
    }
    pthread_mutex_unlock(&p->m);
    lede_options_free(lo);
    return NULL;
}

/* ---- output: plain, gzip or zstd; one file or shards ---------------------- */

typedef struct warc_sink {
    FILE *f;
    int kind; /* 0 plain, 1 gzip, 2 zstd */
    int own;
    z_stream z;
    ZSTD_CCtx *zc;
    unsigned char *cbuf;
    size_t cbuf_cap;
    int err;             /* errno of the first failure, 0 while fine */
    char path[4096];     /* the final name */
    char tmp[4096 + 64]; /* written under this name, renamed to path when complete */
} warc_sink;

static int warc_ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

/* Creates the folders above path (mkdir -p of its dirname). */
static void warc_mkdirs(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *s = tmp + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        mkdir(tmp, 0777);
        *s = '/';
    }
}

/* Records the first failure's errno (EIO when a library gave none). */
static void warc_sink_fail(warc_sink *k, int err)
{
    if (!k->err)
        k->err = err ? err : EIO;
}

/* Opens an output. A file is written as ".NAME.tmp.PID" beside NAME and
 * renamed to NAME only when complete (warc_sink_close), so a killed or
 * failed run never leaves a complete-looking file. On failure errno says
 * why. */
static int warc_sink_open(warc_sink *k, const char *path)
{
    memset(k, 0, sizeof k[0]);
    if (!path || strcmp(path, "-") == 0) {
        k->f = stdout;
        snprintf(k->path, sizeof k->path, "standard output");
        return 0;
    }
    if (strlen(path) >= sizeof k->path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    snprintf(k->path, sizeof k->path, "%s", path);
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        snprintf(k->tmp, sizeof k->tmp, "%s", path); /* a device or a pipe: written as it is */
    } else {
        const char *slash = strrchr(path, '/');
        int dir = slash ? (int)(slash - path + 1) : 0;
        snprintf(k->tmp, sizeof k->tmp, "%.*s.%s.tmp.%ld", dir, path, path + dir, (long)getpid());
        warc_mkdirs(path);
    }
    k->f = fopen(k->tmp, "wb");
    if (!k->f)
        return -1;
    k->own = 1;
    setvbuf(k->f, NULL, _IOFBF, 1 << 20);
    if (warc_ends_with(path, ".gz")) {
        k->kind = 1;
        if (deflateInit2(&k->z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            errno = ENOMEM;
            return -1;
        }
    } else if (warc_ends_with(path, ".zst") || warc_ends_with(path, ".zstd")) {
        k->kind = 2;
        k->zc = ZSTD_createCCtx();
        if (!k->zc) {
            errno = ENOMEM;
            return -1;
        }
        ZSTD_CCtx_setParameter(k->zc, ZSTD_c_compressionLevel, 3);
    }
    if (k->kind) {
        k->cbuf_cap = 1 << 18;
        k->cbuf = malloc(k->cbuf_cap);
        if (!k->cbuf) {
            errno = ENOMEM;
            return -1;
        }
    }
    return 0;
}

static void warc_sink_put(warc_sink *k, const void *p, size_t n)
{
    errno = 0;
    if (n && fwrite(p, 1, n, k->f) != n)
        warc_sink_fail(k, errno);
}

/* Writes n bytes; finish = 1 ends the compressed stream. */
static void warc_sink_write(warc_sink *k, const char *s, size_t n, int finish)
{
    if (k->err)
        return;
    if (k->kind == 0) {
        warc_sink_put(k, s, n);
        return;
    }
    if (k->kind == 1) {
        k->z.next_in = (unsigned char *)(uintptr_t)s;
        k->z.avail_in = (uInt)n;
        int rc;
        do {
            k->z.next_out = k->cbuf;
            k->z.avail_out = (uInt)k->cbuf_cap;
            rc = deflate(&k->z, finish ? Z_FINISH : Z_NO_FLUSH);
            warc_sink_put(k, k->cbuf, k->cbuf_cap - k->z.avail_out);
        } while (!k->err && (k->z.avail_in || (finish && rc != Z_STREAM_END) || k->z.avail_out == 0));
        return;
    }
    ZSTD_inBuffer ib = {s, n, 0};
    size_t rem;
    do {
        ZSTD_outBuffer ob = {k->cbuf, k->cbuf_cap, 0};
        rem = ZSTD_compressStream2(k->zc, &ob, &ib, finish ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(rem)) {
            warc_sink_fail(k, ENOMEM);
            return;
        }
        warc_sink_put(k, k->cbuf, ob.pos);
    } while (!k->err && (ib.pos < ib.size || (finish && rem != 0)));
}

/* Ends the output. complete = 1: flush, close and rename into place;
 * 0 (interrupted, or an earlier failure): close and remove. Returns -1 with
 * k->err set when the output failed. */
static int warc_sink_close(warc_sink *k, int complete)
{
    if (!k->f)
        return 0;
    if (k->kind && complete)
        warc_sink_write(k, "", 0, 1);
    if (k->kind == 1)
        deflateEnd(&k->z);
    ZSTD_freeCCtx(k->zc);
    free(k->cbuf);
    errno = 0;
    if (fflush(k->f) != 0 || ferror(k->f))
        warc_sink_fail(k, errno);
    if (k->own) {
        errno = 0;
        if (fclose(k->f) != 0)
            warc_sink_fail(k, errno);
        int temp = strcmp(k->tmp, k->path) != 0;
        if (temp && complete && !k->err && rename(k->tmp, k->path) != 0)
            warc_sink_fail(k, errno);
        if (temp && (!complete || k->err))
            unlink(k->tmp);
    }
    k->f = NULL;
    return k->err ? -1 : 0;
}

/* A shard pattern holds one printf conversion like %d or %05d, with a
 * width of at most two digits (a bigger one only spends time padding). */
static int warc_is_pattern(const char *s)
{
    const char *p = strchr(s, '%');
    if (!p)
        return 0;
    p++;
    const char *digits = p;
    while (*p >= '0' && *p <= '9')
        p++;
    return *p == 'd' && p - digits <= 2 && !strchr(p, '%');
}

typedef struct warc_out {
    warc_sink sink;
    const char *pattern; /* NULL: one output */
    long shard;          /* current shard, -1 before the first */
    uint64_t in_shard;
    int failed;
    char last[4096];     /* the previous shard's name: each must be new */
} warc_out;

static void warc_out_error(warc_out *w, const char *what, const char *path, int err)
{
    fprintf(stderr, "lede warc: %s %s: %s\n", what, path, strerror(err ? err : EIO));
    w->failed = 1;
}

static void warc_out_shard(warc_out *w, long shard)
{
    if (w->sink.f && warc_sink_close(&w->sink, 1) != 0)
        warc_out_error(w, "write error on", w->sink.path, w->sink.err);
    w->shard = shard;
    w->in_shard = 0;
    if (w->failed)
        return;
    char path[4096];
    /* the pattern was checked to hold exactly one %...d */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
    int n = snprintf(path, sizeof path, w->pattern, (int)shard);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    if (n < 0 || (size_t)n >= sizeof path || strcmp(path, w->last) == 0) {
        fprintf(stderr, "lede warc: shard %ld of --output %s gives %s name; stopped\n", shard, w->pattern,
                n < 0 || (size_t)n >= sizeof path ? "too long a" : "the previous shard's");
        w->failed = 1;
        return;
    }
    snprintf(w->last, sizeof w->last, "%s", path);
    if (warc_sink_open(&w->sink, path) != 0) {
        warc_out_error(w, "cannot write", path, errno);
        warc_sink_close(&w->sink, 0);
    }
}

/* ---- progress and summary ------------------------------------------------- */

static void warc_fmt_bytes(char *s, size_t n, double b)
{
    if (b >= 1e9)
        snprintf(s, n, "%.2f GB", b / 1e9);
    else
        snprintf(s, n, "%.1f MB", b / 1e6);
}

/* The progress line: the input read so far, HTML pages per second (not
 * WARC records: request and metadata records are ~2/3 of a crawl file),
 * articles and error records so far, and the time left, from the byte
 * rate. The estimate waits for a second of reading: over the first
 * fractions of a second the rate is the start-up, not the run. Drawn by
 * the writer, which owns the counts. */
static void warc_progress(warc_pool *p, int final)
{
    static const int width = 28;
    double t = warc_now() - ((double)p->t0.tv_sec + (double)p->t0.tv_nsec / 1e9);
    unsigned long long done = atomic_load(&p->bytes_read);
    const warc_counts *c = &p->counts;
    unsigned long long errs = 0;
    for (int e = 0; e < 8; e++)
        errs += c->errors[e];
    char a[32], b[32], eta[32], line[240];
    warc_fmt_bytes(a, sizeof a, (double)done);
    double rate = t > 0 ? (double)c->html / t : 0;
    if (p->total_bytes) {
        double f = (double)done / (double)p->total_bytes;
        if (f > 1)
            f = 1;
        int fill = (int)(f * width);
        char bar[64];
        for (int i = 0; i < width; i++)
            bar[i] = i < fill ? '#' : '.';
        bar[width] = '\0';
        warc_fmt_bytes(b, sizeof b, (double)p->total_bytes);
        if (t >= 1.0 && done > 0) {
            double left = t / f - t;
            if (left > 359999)
                left = 359999;
            snprintf(eta, sizeof eta, "%d:%02d:%02d", (int)left / 3600, (int)left / 60 % 60, (int)left % 60);
        } else {
            snprintf(eta, sizeof eta, "-:--:--");
        }
        snprintf(line, sizeof line, "\r[%s] %5.1f%% %s / %s  %.0f pages/s  %llu articles  %llu errors  ETA %s\033[K",
                 bar, f * 100, a, b, rate, (unsigned long long)c->articles, errs, eta);
    } else {
        snprintf(line, sizeof line, "\r%s read  %.0f pages/s  %llu articles  %llu errors\033[K", a, rate,
                 (unsigned long long)c->articles, errs);
    }
    fputs(line, stderr);
    if (final)
        fputs("\r\033[K", stderr);
    p->progress_shown = !final;
}

static void warc_count_result(warc_counts *c, const warc_result *r)
{
    if (r->html)
        c->html++;
    switch (r->kind) {
    case RES_ARTICLE: c->articles++; break;
    case RES_ERROR: c->errors[(unsigned)r->st < 8 ? r->st : 0]++; break;
    case RES_NOT_HTML: c->not_html++; break;
    case RES_NOT_HTTP: c->not_http++; break;
    case RES_STATUS: c->status++; break;
    case RES_FILTERED: c->filtered++; break;
    }
}

typedef struct warc_writer_arg {
    warc_pool *p;
    warc_out out;
} warc_writer_arg;

/* SIGINT / SIGTERM: finish cleanly (see cli_warc_main). */
static volatile sig_atomic_t warc_signal;

static void warc_on_signal(int sig) { warc_signal = sig; }

/* 1 when no more input should be read or output written. */
static int warc_stopping(warc_pool *p) { return warc_signal || atomic_load(&p->stop); }

static void *warc_writer(void *arg)
{
    warc_writer_arg *wa = arg;
    warc_pool *p = wa->p;
    warc_out *w = &wa->out;
    double last = 0;
    int cur_file = -1;
    pthread_mutex_lock(&p->m);
    for (;;) {
        warc_result *slot = &p->res[p->next_write % p->window];
        while (!slot->filled && !(p->reader_done && p->next_write == p->next_seq))
            pthread_cond_wait(&p->res_ready, &p->m);
        if (!slot->filled)
            break;
        warc_result r = *slot;
        slot->filled = 0;
        p->next_write++;
        pthread_cond_signal(&p->can_submit);
        pthread_mutex_unlock(&p->m);

        warc_count_result(&p->counts, &r);
        /* after a failure or a signal, results are drained, not written */
        int writing = !w->failed && !warc_stopping(p);
        if (writing && w->pattern && !p->o->shard_size) {
            /* one shard per input file, also for files that give nothing */
            while (cur_file < r.file && !w->failed)
                warc_out_shard(w, ++cur_file);
        }
        if (r.line && writing && !w->failed) {
            if (w->pattern && p->o->shard_size && (w->shard < 0 || w->in_shard >= p->o->shard_size))
                warc_out_shard(w, w->shard + 1);
            if (w->sink.f) {
                warc_sink_write(&w->sink, r.line, r.len, 0);
                if (w->sink.err)
                    warc_out_error(w, "write error on", w->sink.path, w->sink.err);
            }
            if (!w->failed) {
                w->in_shard++;
                p->counts.written++;
            }
        }
        free(r.line);
        if (w->failed)
            atomic_store(&p->stop, 1);
        if (p->o->progress) {
            double t = warc_now();
            if (t - last > 0.25) {
                last = t;
                warc_progress(p, 0);
            }
        }
        pthread_mutex_lock(&p->m);
    }
    pthread_mutex_unlock(&p->m);
    if (w->pattern && !p->o->shard_size)
        while (cur_file < p->nfiles - 1 && !w->failed && !warc_stopping(p))
            warc_out_shard(w, ++cur_file);
    return NULL;
}

/* ---- the reader (calling thread) ------------------------------------------ */

typedef struct warc_note_ctx {
    const char *path;
    warc_pool *p;
    int quiet;
} warc_note_ctx;

static void warc_note(void *ctx, const char *msg)
{
    warc_note_ctx *n = ctx;
    if (n->quiet || warc_stopping(n->p))
        return;
    fprintf(stderr, "%slede warc: %s: %s\n", n->p->progress_shown ? "\r\033[K" : "", n->path, msg);
}

/* Hands one record (a copy) to the workers; blocks while the window or
 * the byte budget is full. */
static int warc_submit(warc_pool *p, const lede_warc_record *rec, int file, const char *source)
{
    warc_job *j = calloc(1, sizeof *j);
    if (!j || !(j->rec = lede_warc_record_copy(rec))) {
        free(j);
        return -1;
    }
    size_t block_len = 0;
    lede_warc_record_block(rec, &block_len);
    j->file = file;
    j->source = source;
    j->bytes = block_len + 512;

    pthread_mutex_lock(&p->m);
    while (p->next_seq - p->next_write >= p->window || (p->inflight > p->budget && p->next_seq > p->next_write))
        pthread_cond_wait(&p->can_submit, &p->m);
    j->seq = p->next_seq;
    p->jobs[j->seq % p->window] = j;
    p->next_seq++;
    p->inflight += j->bytes;
    pthread_cond_signal(&p->job_ready);
    pthread_mutex_unlock(&p->m);
    return 0;
}

/* The reader's counters, added to the summary's. */
static void warc_add_stats(warc_counts *c, const lede_warc_reader *r)
{
    for (int d = 1; d < WARC_NDAMAGE; d++)
        c->damaged[d] += lede_warc_damaged_count(r, (lede_warc_damage)d);
    c->resyncs += lede_warc_stat_get(r, LEDE_WARC_STAT_RESYNCS);
    c->skipped_bytes += lede_warc_stat_get(r, LEDE_WARC_STAT_SKIPPED_BYTES);
    c->corrupt_members += lede_warc_stat_get(r, LEDE_WARC_STAT_CORRUPT_MEMBERS);
    c->skipped_compressed += lede_warc_stat_get(r, LEDE_WARC_STAT_SKIPPED_COMPRESSED);
    c->bytes_in += lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_IN);
    c->bytes_out += lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_OUT);
}

/* Reads an input fd; a signal that interrupts a blocked read (a pipe)
 * ends the input, so the run can finish. */
static size_t warc_read_fd(void *ctx, void *buf, size_t n)
{
    int fd = *(const int *)ctx;
    for (;;) {
        ssize_t k = read(fd, buf, n);
        if (k >= 0)
            return (size_t)k;
        if (errno != EINTR)
            return (size_t)-1;
        if (warc_signal)
            return 0;
    }
}

static int warc_read_input(warc_pool *p, const char *path, int file, unsigned long long *base)
{
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY | O_CLOEXEC);
    lede_warc_reader *r = fd >= 0 ? lede_warc_open_read(warc_read_fd, &fd) : NULL;
    if (!r) {
        fprintf(stderr, "%slede warc: cannot open %s: %s\n", p->progress_shown ? "\r\033[K" : "", path,
                fd < 0 ? strerror(errno) : "out of memory");
        if (fd > 0)
            close(fd);
        return -1;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    warc_note_ctx nc = {path, p, p->o->quiet};
    lede_warc_set_max_record_bytes(r, p->o->max_record);
    lede_warc_set_note(r, warc_note, &nc);
    /* with many workers, gzip members are inflated by helpers too, so this
     * thread (framing only) does not cap the pipeline; with few it inflates
     * them itself (see WARC_HELPERS_FROM) */
    if (p->o->jobs >= WARC_HELPERS_FROM)
        lede_warc_set_threads(r, p->o->jobs);
    lede_warc_record *rec;
    int rc = 0, ret = 0;
    while (!warc_stopping(p) && (rc = lede_warc_next(r, &rec)) == 1) {
        p->counts.by_type[lede_warc_record_type(rec)]++; /* reader-owned until the join */
        if (lede_warc_record_may_be_page(rec) && warc_submit(p, rec, file, path) != 0) {
            fputs("lede warc: out of memory\n", stderr);
            ret = -1;
            break;
        }
        atomic_store(&p->bytes_read, *base + lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_IN));
        atomic_fetch_add(&p->records_read, 1);
    }
    if (warc_stopping(p)) {
        /* interrupted or the output failed: said elsewhere */
    } else if (rc < 0) {
        fprintf(stderr, "%slede warc: read error on %s: %s\n", p->progress_shown ? "\r\033[K" : "", path,
                errno ? strerror(errno) : "out of memory");
        ret = -1;
    } else if (lede_warc_stat_get(r, LEDE_WARC_STAT_RECORDS) == 0 &&
               lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_IN) > 0) {
        fprintf(stderr, "%slede warc: %s: not a WARC file (no WARC record in %llu bytes)\n",
                p->progress_shown ? "\r\033[K" : "", path,
                (unsigned long long)lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_IN));
        ret = -1;
    }
    warc_add_stats(&p->counts, r);
    *base += lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_IN);
    lede_warc_close(r);
    if (fd > 0)
        close(fd);
    return ret;
}

/* ---- arguments ------------------------------------------------------------ */

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2), noreturn))
#endif
static void warc_usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("lede warc: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'lede warc --help'.\n", stderr);
    exit(2);
}

/* A count for option name, or a usage error. */
static uint64_t warc_number(const char *name, const char *v)
{
    unsigned long long x;
    if (cli_parse_count(v, UINT64_MAX, &x))
        warc_usage_error("bad number for %s", name);
    return x;
}

enum {
    WOPT_OUTPUT = CLI_OPT_OWN,
    WOPT_SHARD_SIZE,
    WOPT_FILTER_LANG,
    WOPT_MIN_TEXT,
    WOPT_ARTICLES_ONLY,
    WOPT_ANY_STATUS,
    WOPT_MAX_RECORD_BYTES,
    WOPT_QUIET,
    WOPT_NO_PROGRESS,
    WOPT_PROGRESS,
};

/* The options of `lede warc` (`lede warc --help` and the LEDE WARC
 * section of man/lede.1 list the same: python/tests/test_options.py
 * checks). */
static const cli_opt warc_table[] = {
    CLI_OPTS_SHARED,
    {'o', "--output", 1, WOPT_OUTPUT},
    {0, "--shard-size", 1, WOPT_SHARD_SIZE},
    {0, "--filter-lang", 1, WOPT_FILTER_LANG},
    {0, "--min-text", 1, WOPT_MIN_TEXT},
    {0, "--articles-only", 0, WOPT_ARTICLES_ONLY},
    {0, "--any-status", 0, WOPT_ANY_STATUS},
    {0, "--max-record-bytes", 1, WOPT_MAX_RECORD_BYTES},
    {'q', "--quiet", 0, WOPT_QUIET},
    {0, "--no-progress", 0, WOPT_NO_PROGRESS},
    {0, "--progress", 0, WOPT_PROGRESS},
};

/* The inputs, from the command line and --input-list, in order (each
 * malloc'd), and the copy of --filter-lang that o.langs points into. */
typedef struct warc_inputs {
    char **files;
    int n, cap;
    char *lang_copy;
} warc_inputs;

/* Appends a copy of path; -1 when out of memory. */
static int warc_add_input(warc_inputs *in, const char *path)
{
    if (in->n == in->cap) {
        int cap = in->cap ? in->cap * 2 : 64;
        char **nf = realloc(in->files, (size_t)cap * sizeof *nf);
        if (!nf)
            return -1;
        in->files = nf;
        in->cap = cap;
    }
    if (!(in->files[in->n] = strdup(path)))
        return -1;
    in->n++;
    return 0;
}

static void warc_inputs_free(warc_inputs *in)
{
    for (int i = 0; i < in->n; i++)
        free(in->files[i]);
    free(in->files);
    free(in->lang_copy);
}

/* Reads an input list: one path per line (a tab ends it, as in lede's
 * PATH<TAB>URL lists); blank lines and # comments skipped. */
static int warc_read_list(const char *list, warc_inputs *in)
{
    FILE *f = strcmp(list, "-") == 0 ? stdin : fopen(list, "r");
    if (!f) {
        fprintf(stderr, "lede warc: cannot open %s: %s\n", list, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (len = getline(&line, &lcap, f)) >= 0) {
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        char *tab = strchr(line, '\t');
        if (tab)
            *tab = '\0';
        if (line[0] && line[0] != '#')
            rc = warc_add_input(in, line);
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

/* --filter-lang L,L: lower case, '_' as '-', into o->langs (pointing into
 * in->lang_copy). -1 when out of memory. */
static int warc_split_langs(const char *langs, warc_cli_opts *o, warc_inputs *in)
{
    char *copy = in->lang_copy = strdup(langs);
    if (!copy)
        return -1;
    for (char *t = strtok(copy, ", "); t; t = strtok(NULL, ", ")) {
        char **nl = realloc(o->langs, (o->nlangs + 1) * sizeof *nl);
        if (!nl)
            return -1;
        o->langs = nl;
        for (char *c = t; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
            else if (*c == '_')
                *c = '-';
        o->langs[o->nlangs++] = t;
    }
    return 0;
}

/* The command line of `lede warc` into o and in; a usage error exits 2.
 * Returns -1 to go on, else the exit status: 0 after --help, 1 when the
 * list cannot be read, 2 when out of memory. */
static int warc_parse_args(int argc, char **argv, warc_cli_opts *o, warc_inputs *in)
{
    o->max_record = CLI_DEFAULT_MAX_BYTES;
    cli_limits_init(&o->limits);
    cli_switches_init(&o->switches);
    o->progress = isatty(2);
    const char *list = NULL, *langs = NULL;
    cli_scan sc = {argc, argv, 1, 0};
    const cli_opt *opt;
    const char *v;
    char err[160];
    for (int k; (k = cli_next(&sc, warc_table, sizeof warc_table / sizeof *warc_table, &o->switches, &opt, &v, err,
                              sizeof err)) != CLI_NEXT_END;) {
        if (k == CLI_NEXT_ERROR)
            warc_usage_error("%s", err);
        if (k == CLI_NEXT_FILE) {
            if (warc_add_input(in, v))
                return 2;
            continue;
        }
        int f, limit = cli_parse_limit(opt->id, v, &o->limits);
        if (limit < 0)
            warc_usage_error("bad number for %s", opt->longopt);
        switch (limit ? 0 : opt->id) {
        case CLI_OPT_HELP:
            fputs(warc_usage, stdout);
            cli_print_switches(stdout, 26);
            fputs(warc_usage_tail, stdout);
            return 0;
        case CLI_OPT_JOBS:
            o->jobs = (int)warc_number(opt->longopt, v); /* 0: all cores, as lede's -j 0 */
            if (o->jobs > 1024)
                warc_usage_error("%s: give 0 (all cores) to 1024", opt->longopt);
            break;
        case CLI_OPT_INPUT_LIST: list = v; break;
        case CLI_OPT_FAVOR:
            if ((f = cli_parse_favor(v)) < 0)
                warc_usage_error("unknown value '%s' for --favor (balanced, precision, recall)", v);
            o->favor = (lede_favor)f;
            break;
        case CLI_OPT_TEXT_FORMAT:
            if ((f = cli_parse_text_format(v)) < 0)
                warc_usage_error("unknown value '%s' for --text-format (text, markdown, html)", v);
            o->text_format = (lede_format)f;
            break;
        case WOPT_OUTPUT: o->output = v; break;
        case WOPT_SHARD_SIZE: o->shard_size = warc_number(opt->longopt, v); break;
        case WOPT_FILTER_LANG: langs = v; break;
        case WOPT_MIN_TEXT: o->min_text = (size_t)warc_number(opt->longopt, v); break;
        case WOPT_ARTICLES_ONLY: o->articles_only = 1; break;
        case WOPT_ANY_STATUS: o->any_status = 1; break;
        case WOPT_MAX_RECORD_BYTES:
            o->max_record = warc_number(opt->longopt, v);
            if (!o->max_record)
                warc_usage_error("%s must be at least 1", opt->longopt);
            break;
        case WOPT_QUIET: o->quiet = 1; break;
        case WOPT_NO_PROGRESS: o->progress = 0; break;
        case WOPT_PROGRESS: o->progress = 1; break;
        }
    }
    if (list && warc_read_list(list, in) != 0)
        return 1;
    if (in->n == 0)
        warc_usage_error("%s", "no input: give FILE... (- for standard input) or --input-list LIST");
    if (o->quiet)
        o->progress = 0;
    if (o->output && !warc_is_pattern(o->output) && strchr(o->output, '%'))
        warc_usage_error("--output %s: a pattern needs exactly one %%d with a width of at most 2 digits "
                         "(e.g. part-%%05d.jsonl.zst)", o->output);
    if (o->shard_size && !(o->output && warc_is_pattern(o->output)))
        warc_usage_error("%s", "--shard-size needs a pattern in --output (e.g. part-%05d.jsonl.zst)");
    if (langs && warc_split_langs(langs, o, in))
        return 2;
    if (!o->jobs) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        o->jobs = n > 0 ? (int)(n > 1024 ? 1024 : n) : 1;
    }
    return -1;
}

static void warc_summary(const warc_pool *p, double secs, int nfiles)
{
    const warc_counts *c = &p->counts;
    uint64_t recs = 0;
    for (int t = 0; t < WARC_NTYPES; t++)
        recs += c->by_type[t];
    uint64_t errs = 0;
    for (int e = 0; e < 8; e++)
        errs += c->errors[e];
    char a[32], b[32];
    warc_fmt_bytes(a, sizeof a, (double)c->bytes_in);
    warc_fmt_bytes(b, sizeof b, (double)c->bytes_out);
    fprintf(stderr, "lede warc: %d input%s, %s read (%s decompressed) in %.1f s: %.1f MB/s, %.0f records/s, %.0f pages/s\n",
            nfiles, nfiles == 1 ? "" : "s", a, b, secs, secs > 0 ? (double)c->bytes_in / 1e6 / secs : 0,
            secs > 0 ? (double)recs / secs : 0, secs > 0 ? (double)c->html / secs : 0);
    fprintf(stderr, "  records read: %llu", (unsigned long long)recs);
    const char *sep = " (";
    for (int t = 0; t < WARC_NTYPES; t++)
        if (c->by_type[t]) {
            fprintf(stderr, "%s%s %llu", sep, lede_warc_type_name((lede_warc_type)t), (unsigned long long)c->by_type[t]);
            sep = ", ";
        }
    fputs(*sep == ',' ? ")\n" : "\n", stderr);
    fprintf(stderr, "  HTML responses: %llu; articles: %llu; error records: %llu", (unsigned long long)c->html,
            (unsigned long long)c->articles, (unsigned long long)errs);
    sep = " (";
    for (int e = 0; e < 8; e++)
        if (c->errors[e]) {
            fprintf(stderr, "%s%s %llu", sep, lede_status_name((lede_status)e), (unsigned long long)c->errors[e]);
            sep = ", ";
        }
    fprintf(stderr, "%s; lines written: %llu\n", *sep == ',' ? ")" : "", (unsigned long long)c->written);
    fprintf(stderr, "  skipped: ");
    sep = "";
    for (int t = 0; t < WARC_NTYPES; t++)
        if (c->by_type[t] && t != LEDE_WARC_RESPONSE && t != LEDE_WARC_RESOURCE) {
            fprintf(stderr, "%s%s %llu", sep, lede_warc_type_name((lede_warc_type)t), (unsigned long long)c->by_type[t]);
            sep = ", ";
        }
    fprintf(stderr, "%snon-HTML %llu, not HTTP %llu, non-2xx status %llu, filtered out %llu\n", sep,
            (unsigned long long)c->not_html, (unsigned long long)c->not_http, (unsigned long long)c->status,
            (unsigned long long)c->filtered);
    uint64_t dmg = 0;
    for (int d = 1; d < WARC_NDAMAGE; d++)
        dmg += c->damaged[d];
    fprintf(stderr, "  damage: %llu record%s", (unsigned long long)dmg, dmg == 1 ? "" : "s");
    sep = " (";
    for (int d = 1; d < WARC_NDAMAGE; d++)
        if (c->damaged[d]) {
            fprintf(stderr, "%s%s %llu", sep, lede_warc_damage_name((lede_warc_damage)d), (unsigned long long)c->damaged[d]);
            sep = ", ";
        }
    fprintf(stderr, "%s; resyncs %llu (%llu bytes skipped); corrupt members %llu (%llu compressed bytes skipped)\n",
            *sep == ',' ? ")" : "", (unsigned long long)c->resyncs, (unsigned long long)c->skipped_bytes,
            (unsigned long long)c->corrupt_members, (unsigned long long)c->skipped_compressed);
}

int cli_warc_main(int argc, char **argv)
{
    warc_cli_opts o = {0};
    warc_inputs in = {0};
    int rc = warc_parse_args(argc, argv, &o, &in);
    if (rc >= 0) {
        warc_inputs_free(&in);
        free(o.langs);
        return rc;
    }
    char **files = in.files;
    int nfiles = in.n;

    warc_pool pool;
    memset(&pool, 0, sizeof pool);
    warc_pool *p = &pool;
    pthread_mutex_init(&p->m, NULL);
    pthread_cond_init(&p->can_submit, NULL);
    pthread_cond_init(&p->job_ready, NULL);
    pthread_cond_init(&p->res_ready, NULL);
    p->window = (size_t)o.jobs * 8 < 64 ? 64 : (size_t)o.jobs * 8;
    p->budget = (size_t)256 << 20;
    p->jobs = calloc(p->window, sizeof *p->jobs);
    p->res = calloc(p->window, sizeof *p->res);
    p->o = &o;
    p->nfiles = nfiles;
    if (!p->jobs || !p->res) {
        fputs("lede warc: out of memory\n", stderr);
        return 1;
    }
    for (int i = 0; i < nfiles; i++) {
        struct stat sb;
        if (strcmp(files[i], "-") != 0 && stat(files[i], &sb) == 0 && S_ISREG(sb.st_mode))
            p->total_bytes += (unsigned long long)sb.st_size;
    }

    warc_writer_arg wa;
    memset(&wa, 0, sizeof wa);
    wa.p = p;
    wa.out.shard = -1;
    if (o.output && warc_is_pattern(o.output)) {
        wa.out.pattern = o.output;
    } else if (warc_sink_open(&wa.out.sink, o.output) != 0) {
        fprintf(stderr, "lede warc: cannot write %s: %s\n", o.output, strerror(errno));
        warc_sink_close(&wa.out.sink, 0);
        return 1;
    }
    /* SIGINT / SIGTERM: stop reading, drain, remove the partial output and
     * exit 128 + signal; a second one kills at once (SA_RESETHAND). No
     * SA_RESTART, so a read blocked on a pipe returns. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = warc_on_signal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    if (wa.out.sink.f == stdout)
        setvbuf(stdout, NULL, _IOFBF, 1 << 20);

    clock_gettime(CLOCK_MONOTONIC, &p->t0);
    double t0 = warc_now();
    pthread_t *workers = calloc((size_t)o.jobs, sizeof *workers), writer;
    int nworkers = 0;
    for (int i = 0; workers && i < o.jobs; i++)
        if (pthread_create(&workers[i], NULL, warc_worker, p) == 0)
            nworkers++;
    if (!nworkers || pthread_create(&writer, NULL, warc_writer, &wa) != 0) {
        fputs("lede warc: cannot start threads\n", stderr);
        return 1;
    }

    int failed = 0;
    unsigned long long base = 0;
    for (int i = 0; i < nfiles; i++)
        if (warc_read_input(p, files[i], i, &base) != 0)
            failed = 1;

    pthread_mutex_lock(&p->m);
    p->reader_done = 1;
    pthread_cond_broadcast(&p->job_ready);
    pthread_cond_broadcast(&p->res_ready);
    pthread_mutex_unlock(&p->m);
    for (int i = 0; i < nworkers; i++)
        pthread_join(workers[i], NULL);
    pthread_join(writer, NULL);
    int sig = warc_signal;
    if (wa.out.sink.f && warc_sink_close(&wa.out.sink, !sig && !wa.out.failed) != 0 && !wa.out.failed)
        warc_out_error(&wa.out, "write error on", wa.out.sink.path, wa.out.sink.err);
    if (wa.out.failed)
        failed = 1;
    double secs = warc_now() - t0;
    if (p->progress_shown)
        warc_progress(p, 1);
    if (!o.quiet)
        warc_summary(p, secs, nfiles);

    free(workers);
    free(p->jobs);
    free(p->res);
    warc_inputs_free(&in);
    free(o.langs);
    if (sig) {
        fprintf(stderr, "lede warc: interrupted by signal %d; the unfinished output was removed\n", sig);
        return 128 + sig;
    }
    return failed ? 1 : 0;
}

/* main.c: the lede command: a thin flag parser over the public API
 * (include/lede.h only). Every input yields exactly one record, also on
 * failure; see `lede --help` and man/lede.1. Inputs are read whole into
 * one reusable buffer (one per thread) and records go out through a large
 * stdout buffer, so thousands of pages run in one process at parser speed.
 *
 * With -j N (N > 1) the inputs are numbered and N worker threads take them
 * in turn; each renders its record (and any stderr message) into memory,
 * and the main thread writes them out in input order, so the output is
 * byte-identical to -j 1. Workers may run at most `window` inputs ahead of
 * the writer, which bounds memory whatever the list length. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "lede.h"

static const char cli_usage[] =
    "Usage: lede [OPTION]... FILE...\n"
    "       lede [OPTION]... --input-list LIST\n"
    "       lede [OPTION]... --input-dir DIR [--output-dir OUT]\n"
    "       lede warc [OPTION]... FILE...   (WARC crawl files: see lede warc --help)\n"
    "Extract the news article (headline, byline, date, body...) from HTML pages.\n"
    "FILE - reads standard input. Every input gives one record, also on failure.\n"
    "gzip- and zstd-compressed pages are decompressed first (found by their\n"
    "first bytes, not their names).\n"
    "\n"
    "  -f, --format FMT      json (default), jsonl, text, markdown or html;\n"
    "                        json and jsonl both print one JSON object per line\n"
    "  -u, --url URL         the page's address: base for links, date hint\n"
    "                        (applies to every FILE on the command line)\n"
    "  -l, --input-list LIST read inputs from LIST (- for standard input):\n"
    "                        one per line, PATH or PATH<TAB>URL; blank lines skipped\n"
    "      --input-dir DIR   every page under DIR, recursively, by suffix, in byte\n"
    "                        order of their paths (may be given several times)\n"
    "      --input-ext LIST  the suffixes --input-dir takes (default .html,.htm;\n"
    "                        each also with .gz or .zst after it; * = every file)\n"
    "      --output-dir OUT  write each input's output to its own file under OUT\n"
    "                        (DIR's files at their path below DIR, FILEs at their\n"
    "                        path as given) instead of standard output\n"
    "      --output-ext EXT  those files' suffix (default by format: .json, .txt,\n"
    "                        .md, .html)\n"
    "      --charset NAME    transport charset (e.g. from HTTP Content-Type);\n"
    "                        an unknown label is ignored with a warning\n"
    "      --max-bytes N     refuse inputs larger than N bytes, before and after\n"
    "                        decompression (default 50000000; 0 = no limit)\n"
    "      --max-nodes N     build at most N DOM nodes (default 2000000)\n"
    "      --max-depth N     nest elements at most N deep (default 512)\n"
    "      --favor WHAT      balanced (default), precision or recall: which\n"
    "                        errors body extraction leans against at the edges\n"
    "                        of the article (fewer furniture lines, or fewer\n"
    "                        lost article lines)\n"
    "      --text-format FMT text (default), markdown or html: what the JSON\n"
    "                        record's text holds (as --format FMT prints it;\n"
    "                        quotes' offsets still index the plain text)\n"
    "  -j, --jobs N          extract N inputs at once on N threads (default 1;\n"
    "                        0 = all cores); output stays in input order and\n"
    "                        identical to -j 1\n"
    "      --join-pages      join consecutive inputs that are the pages of one\n"
    "                        story: an input whose URL (its list URL, else its\n"
    "                        canonical one) is the next_page of the record before\n"
    "                        is appended to that record (one thread; with\n"
    "                        --output-dir, to the first page's file)\n"
    "  -h, --help            show this help and exit\n"
    "  -V, --version         show the version and exit\n"
    "Short options take their value attached too: -j4, -ftext.\n"
    "\n"
    "Switches (--no-NAME turns off one that is on by default, --NAME turns one on):\n";

/* After the key list, which is made from the library's field table. */
static const char cli_usage_tail[] =
    "With text, markdown and html, failures are reported on standard error, and\n"
    "with several FILEs or an --input-list each input is preceded by a line\n"
    "\"==> FILE <==\" (and followed by a blank line before the next one); an\n"
    "output line that starts with \"==>\" (after any backslashes) gets one more\n"
    "backslash in front, so page text cannot forge a separator.\n"
    "\n"
    "Standard input and output: FILE - (and - in a LIST) reads a page from\n"
    "standard input, --input-list - reads the list from it; records go to\n"
    "standard output, messages and warnings only to standard error. With\n"
    "--output-dir nothing is written on standard output: each input's output\n"
    "goes to OUT/PATH.EXT, written under a temporary name and renamed when\n"
    "complete; a failure is said on standard error (for json its error record\n"
    "is the file's content; other formats write no file for an input that gave\n"
    "nothing).\n"
    "\n"
    "A page without main text fails with no_content; its record keeps the\n"
    "metadata found.\n"
    "\n"
    "Exit status: 0 if every input gave an article, 1 if some failed (their\n"
    "records are still printed) or a folder could not be read, 2 on a usage error.\n";

/* Prints words separated by spaces, wrapped before column 80. */
static void cli_wrap(const char *const *words, size_t n)
{
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        size_t w = strlen(words[i]);
        if (col && col + 1 + w > 79) {
            putchar('\n');
            col = 0;
        } else if (col) {
            putchar(' ');
            col++;
        }
        fputs(words[i], stdout);
        col += w;
    }
    putchar('\n');
}

/* --help: the options, the record's keys (LEDE_FIELDS), the rest. */
static void cli_print_usage(void)
{
    static const char *const fields[] = {
#define FIELD_KEY(id, name, kind, in_record, doc) in_record ? #name "," : NULL,
        LEDE_FIELDS(FIELD_KEY)
#undef FIELD_KEY
    };
    static const char *const lead[] = {"JSON", "records", "have", "the", "keys", "source,"};
    static const char *const tail[] = {"error;", "error", "is", "null,", "or", "{\"code\":", "...,",
                                       "\"message\":", "...}", "on", "failure."};
    const char *words[sizeof lead / sizeof *lead + LEDE_FIELD_COUNT + sizeof tail / sizeof *tail];
    size_t n = 0;
    for (size_t i = 0; i < sizeof lead / sizeof *lead; i++)
        words[n++] = lead[i];
    for (size_t i = 0; i < LEDE_FIELD_COUNT; i++)
        if (fields[i])
            words[n++] = fields[i];
    for (size_t i = 0; i < sizeof tail / sizeof *tail; i++)
        words[n++] = tail[i];
    fputs(cli_usage, stdout);
    cli_print_switches(stdout, 24);
    putchar('\n');
    cli_wrap(words, n);
    fputs(cli_usage_tail, stdout);
}

/* What every input shares: read-only once the inputs run. */
typedef struct cli {
    lede_format format;
    lede_options *opts;
    size_t max_bytes;   /* as set, for messages and to avoid reading huge files */
    size_t total;       /* inputs to process (0 = unknown: list) */
    const char *output_dir; /* --output-dir: one file per input there, nothing on stdout */
    unsigned mode;          /* of the files written there: 0666 less the umask */
} cli;

/* A reusable input buffer: one for the process, or one per worker thread. */
typedef struct cli_buf {
    char *data;
    size_t cap;
} cli_buf;

/* One input: a path (or "-") and its URL, pointing into argv, the list or
 * the --input-dir walk. With --output-dir: rel, the path mirrored under it
 * (NULL: the input has no name that can be); out, its output file
 * (malloc'd); dup_of, the earlier input that has the same output file. */
typedef struct cli_input {
    const char *path, *url;
    const char *rel;
    char *out;
    const char *dup_of;
} cli_input;

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2), noreturn))
#endif
static void cli_usage_error(const char *fmt, ...);

/* Usage errors: the message, a hint, exit status 2. */
static void cli_usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("lede: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'lede --help' for more information.\n", stderr);
    exit(2);
}

/* Makes room for n more bytes after len in the input buffer. */
static int cli_reserve(cli_buf *b, size_t len, size_t n)
{
    if (len + n + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 1 << 20;
    while (cap < len + n + 1) {
        if (cap > SIZE_MAX / 2)
            return 0;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return 0;
    b->data = p;
    b->cap = cap;
    return 1;
}

/* Reads a whole file (or stdin for "-") into b->data. Stops after
 * max_bytes + 1 bytes (0 = no limit): that is enough to know the input is
 * too large. Returns 0, or an errno value. */
static int cli_read(cli_buf *b, size_t max_bytes, const char *path, size_t *len)
{
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    size_t n = 0, limit = max_bytes ? max_bytes + 1 : SIZE_MAX;
    *len = 0;
    if (fd < 0)
        return errno;
    struct stat sb;
    if (fstat(fd, &sb) == 0) {
        if (S_ISDIR(sb.st_mode)) {
            if (fd != STDIN_FILENO)
                close(fd);
            return EISDIR;
        }
        if (S_ISREG(sb.st_mode) && sb.st_size > 0) {
            size_t want = (size_t)sb.st_size < limit ? (size_t)sb.st_size : limit;
            if (!cli_reserve(b, 0, want)) {
                if (fd != STDIN_FILENO)
                    close(fd);
                return ENOMEM;
            }
        }
    }
    for (;;) {
        if (n >= limit)
            break;
        if (!cli_reserve(b, n, 65536)) {
            if (fd != STDIN_FILENO)
                close(fd);
            return ENOMEM;
        }
        size_t room = b->cap - n - 1;
        if (room > limit - n)
            room = limit - n;
        ssize_t r = read(fd, b->data + n, room);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            if (fd != STDIN_FILENO)
                close(fd);
            return e;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    if (fd != STDIN_FILENO)
        close(fd);
    b->data[n] = '\0';
    *len = n;
    return 0;
}

static void cli_put_record(FILE *out, char *s, size_t n)
{
    fwrite(s, 1, n, out);
    putc('\n', out);
    free(s);
}

/* Framing of several inputs in text, markdown and html: each input's output
 * follows a line "==> SOURCE <==". So that page text cannot forge one, a
 * line of output that starts with "==>" after any number of backslashes
 * gets one more backslash in front (reversible: drop one leading backslash
 * from lines matching ^\\+==>; in Markdown "\=" is an escaped "=", so the
 * escape does not change what the Markdown means). Control characters of
 * SOURCE are written as \xHH, so a file name cannot add lines either. */
static void cli_put_separator(FILE *out, const char *path)
{
    fputs("==> ", out);
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p < 0x20 || *p == 0x7F)
            fprintf(out, "\\x%02x", *p);
        else
            putc(*p, out);
    }
    fputs(" <==\n", out);
}

static void cli_put_framed(FILE *out, char *s, size_t n)
{
    const char *p = s, *e = s + n;
    while (p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *end = nl ? nl + 1 : e;
        const char *q = p;
        while (q < end && *q == '\\')
            q++;
        if (end - q >= 3 && q[0] == '=' && q[1] == '=' && q[2] == '>')
            putc('\\', out);
        fwrite(p, 1, (size_t)(end - p), out);
        p = end;
    }
    putc('\n', out);
    free(s);
}

/* One error: a JSON record, or a line on err for the other formats. */
static void cli_error(const cli *c, FILE *out, FILE *err, lede_status st, const char *msg,
                      const char *source, const char *url)
{
    if (c->format == LEDE_FORMAT_JSON) {
        size_t n;
        char *s = lede_render_error(st, msg, source, url, &n);
        if (s)
            cli_put_record(out, s, n);
        else
            fprintf(err, "lede: %s: out of memory\n", source);
        /* with --output-dir the record goes to a file: say it on the terminal too */
        if (c->output_dir)
            fprintf(err, "lede: %s: %s\n", source, msg ? msg : lede_status_message(st));
    } else {
        fprintf(err, "lede: %s: %s\n", source, msg ? msg : lede_status_message(st));
    }
}

/* Reads and extracts one input: *art is the article (its status in *st,
 * LEDE_ERR_NO_CONTENT included), or NULL with the failure in *st and its
 * message in *msg (NULL: the status's own; else in msgbuf). */
static void cli_load(const cli *c, cli_buf *b, const char *path, const char *url, lede_article **art,
                     lede_status *st, char *msgbuf, size_t msglen, const char **msg)
{
    size_t len;
    *art = NULL;
    *msg = NULL;
    int e = cli_read(b, c->max_bytes, path, &len);
    if (e) {
        /* the record's source (and the stderr line's prefix) names the file */
        snprintf(msgbuf, msglen, "cannot read %s: %s", strcmp(path, "-") ? "the file" : "standard input",
                 strerror(e));
        *msg = msgbuf;
        *st = e == ENOMEM ? LEDE_ERR_NOMEM : LEDE_ERR_IO;
        return;
    }
    *st = lede_extract(b->data, len, url, c->opts, art);
    if (*st == LEDE_ERR_NOT_HTML) {
        *msg = lede_not_html_reason(b->data, len);
    } else if (*st == LEDE_ERR_TOO_LARGE) {
        /* within the limit as read: a compressed input that decodes past it */
        snprintf(msgbuf, msglen, "%s larger than --max-bytes %zu", len > c->max_bytes ? "input" : "decompressed input",
                 c->max_bytes);
        *msg = msgbuf;
    }
}

/* The output of input number `index` (from 0): art's record (art is freed)
 * or, without art, the failure st with msg; on out, messages on err.
 * Returns 1 when the input gave no article or an article with an error. */
static int cli_emit(const cli *c, FILE *out, FILE *err, size_t index, const char *path, const char *url,
                    lede_article *art, lede_status st, const char *msg)
{
    int framed = c->format != LEDE_FORMAT_JSON && c->total != 1 && !c->output_dir;
    if (framed) {
        if (index)
            putc('\n', out);
        cli_put_separator(out, path);
    }
    if (!art) {
        cli_error(c, out, err, st, msg, path, url);
        return 1;
    }
    size_t n;
    char *s = lede_render(art, c->format, path, &n);
    if (!s) {
        lede_article_free(art);
        cli_error(c, out, err, LEDE_ERR_NOMEM, NULL, path, url);
        return 1;
    }
    /* An article with an error (no_content): the JSON record already holds
     * what was found and the error; other formats say it on stderr. */
    int failed = st != LEDE_OK;
    if (failed && (c->format != LEDE_FORMAT_JSON || c->output_dir))
        fprintf(err, "lede: %s: %s\n", path, lede_status_message(st));
    if (framed)
        cli_put_framed(out, s, n);
    else
        cli_put_record(out, s, n);
    lede_article_free(art);
    return failed;
}

/* The input number `index` (from 0): its record on out, messages on err.
 * Returns 1 when the input gave no article or an article with an error. */
static int cli_one(const cli *c, cli_buf *b, FILE *out, FILE *err, size_t index,
                   const char *path, const char *url)
{
    char msgbuf[4352];
    const char *msg;
    lede_article *art;
    lede_status st;
    cli_load(c, b, path, url, &art, &st, msgbuf, sizeof msgbuf, &msg);
    return cli_emit(c, out, err, index, path, url, art, st, msg);
}

/* 1 when a and b name the same existing file. */
static int cli_same_file(const char *a, const char *b)
{
    struct stat x, y;
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* What makes one output: an input still to read and extract (load), or
 * an article (or a failure) already made, as --join-pages has them. */
typedef struct cli_job {
    int load;
    cli_buf *b;
    lede_article *art;
    lede_status st;
    const char *msg;
} cli_job;

static int cli_run_job(const cli *c, FILE *out, FILE *err, size_t index, const cli_input *in, cli_job *j)
{
    return j->load ? cli_one(c, j->b, out, err, index, in->path, in->url)
                   : cli_emit(c, out, err, index, in->path, in->url, j->art, j->st, j->msg);
}

/* 1 (said on err) when --output-dir cannot take this input's output. */
static int cli_refused(const cli_input *in, FILE *err)
{
    if (!in->out)
        fprintf(err, "lede: %s: no name to write under --output-dir (standard input, or a path with \"..\")\n",
                in->path);
    else if (in->dup_of)
        fprintf(err, "lede: %s: not written: its output file %s is the one of %s\n", in->path, in->out, in->dup_of);
    else if (cli_same_file(in->path, in->out))
        fprintf(err, "lede: %s: not written: its output file %s is the input itself\n", in->path, in->out);
    else
        return 0;
    return 1;
}

/* One output, to out or (--output-dir) to the input's own file: what the
 * job prints goes into memory and, when there is any, to the file at
 * once (written whole or not at all). A failure's message goes to err
 * either way; text formats write no file for an input that gave nothing. */
static int cli_to_output(const cli *c, FILE *out, FILE *err, size_t index, const cli_input *in, cli_job *j)
{
    if (!c->output_dir)
        return cli_run_job(c, out, err, index, in, j);
    if (cli_refused(in, err)) {
        lede_article_free(j->art);
        return 1;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m) {
        fprintf(err, "lede: %s: out of memory\n", in->path);
        lede_article_free(j->art);
        return 1;
    }
    int failed = cli_run_job(c, m, err, index, in, j);
    if (fclose(m) != 0) {
        fprintf(err, "lede: %s: out of memory\n", in->path);
        failed = 1;
    } else if (len) {
        int e = cli_write_atomic(in->out, buf, len, c->mode);
        if (e) {
            fprintf(err, "lede: %s: cannot write %s: %s\n", in->path, in->out, strerror(e));
            failed = 1;
        }
    }
    free(buf);
    return failed;
}

/* The input number `index`: read, extracted, written (cli_to_output). */
static int cli_process(const cli *c, cli_buf *b, FILE *out, FILE *err, size_t index, const cli_input *in)
{
    cli_job j = {1, b, NULL, LEDE_OK, NULL};
    return cli_to_output(c, out, err, index, in, &j);
}

/* An article or failure made already (--join-pages) for input in. */
static int cli_emit_input(const cli *c, size_t index, const cli_input *in, lede_article *art, lede_status st,
                          const char *msg)
{
    cli_job j = {0, NULL, art, st, msg};
    return cli_to_output(c, stdout, stderr, index, in, &j);
}

/* 1 when next is the page after the record being built, cur: next's URL
 * (the one the input list gave, else its canonical one) is cur's next_page. */
static int cli_continues(const lede_article *cur, const lede_article *next, const char *next_url)
{
    const char *want = lede_article_field(cur, LEDE_FIELD_NEXT_PAGE);
    const char *canon = lede_article_field(next, LEDE_FIELD_URL);
    return want && ((next_url && strcmp(want, next_url) == 0) || (canon && strcmp(want, canon) == 0));
}

/* --join-pages: the inputs in order, on this thread (each join needs the
 * page before). An input that continues the record being built is joined
 * onto it (lede_article_join); any other input, a failed one included,
 * ends that record. Every input is in exactly one record. Returns 1 when
 * a record failed. */
static int cli_run_joined(const cli *c, const cli_input *in, size_t n)
{
    cli_buf b = {NULL, 0};
    char msgbuf[4352];
    lede_article *cur = NULL;
    lede_status cur_st = LEDE_OK;
    size_t cur_i = 0, records = 0;
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        const char *msg;
        lede_article *art;
        lede_status st;
        cli_load(c, &b, in[i].path, in[i].url, &art, &st, msgbuf, sizeof msgbuf, &msg);
        if (cur && art && cli_continues(cur, art, in[i].url) && lede_article_join(cur, art) == LEDE_OK) {
            const char *t = lede_article_field(cur, LEDE_FIELD_TEXT);
            cur_st = t && *t ? LEDE_OK : LEDE_ERR_NO_CONTENT;
            continue;
        }
        if (cur)
            failed |= cli_emit_input(c, records++, &in[cur_i], cur, cur_st, NULL);
        cur = NULL;
        if (!art) {
            failed |= cli_emit_input(c, records++, &in[i], NULL, st, msg);
            continue;
        }
        cur = art;
        cur_st = st;
        cur_i = i;
    }
    if (cur)
        failed |= cli_emit_input(c, records++, &in[cur_i], cur, cur_st, NULL);
    free(b.data);
    return failed;
}


/* Appends one input to *in (grown as needed); -1 when out of memory. */
static int cli_push(cli_input **in, size_t *n, size_t *cap, const char *path, const char *url)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 1024;
        cli_input *g = realloc(*in, nc * sizeof *g);
        if (!g)
            return -1;
        *in = g;
        *cap = nc;
    }
    (*in)[(*n)++] = (cli_input){path, url, NULL, NULL, NULL};
    return 0;
}

/* Splits a list file's text in place into inputs: one per line, PATH or
 * PATH<TAB>URL; blank lines are skipped. Appends to *in (grown as needed). */
static int cli_parse_list(char *text, size_t len, const char *default_url, cli_input **in,
                          size_t *n, size_t *cap)
{
    char *p = text, *end = text + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        char *next = nl ? nl + 1 : end;
        if (e > p && e[-1] == '\r')
            e--;
        *e = '\0';
        char *s = p;
        while (*s == ' ')
            s++;
        if (*s && !(strspn(s, " \t") == strlen(s))) {
            char *url = strchr(p, '\t');
            if (url) {
                *url++ = '\0';
                while (*url == ' ')
                    url++;
                if (!*url)
                    url = NULL;
            }
            if (cli_push(in, n, cap, p, url ? url : default_url) < 0)
                return -1;
        }
        p = next;
    }
    return 0;
}

/* ---- -j N: workers render into memory, the main thread writes in order ---- */

/* One finished input: what it prints on stdout and stderr. */
typedef struct cli_result {
    char *out, *err;
    size_t outlen, errlen;
    int failed, done;
} cli_result;

typedef struct cli_pool {
    const cli *c;
    const cli_input *in;
    size_t n;
    cli_result *res;   /* ring of `window` slots, input i in slot i % window */
    size_t window;
    size_t next_take;  /* next input a worker takes */
    size_t next_write; /* next input the main thread writes */
    pthread_mutex_t m;
    pthread_cond_t done;  /* a result is ready: wakes the writer */
    pthread_cond_t space; /* the writer freed a slot: wakes the workers */
} cli_pool;

/* A memory stream that holds one input's output, or NULL on no memory. */
static FILE *cli_memstream(char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    return open_memstream(buf, len);
}

static void *cli_worker(void *arg)
{
    cli_pool *p = arg;
    cli_buf b = {NULL, 0};
    pthread_mutex_lock(&p->m);
    for (;;) {
        while (p->next_take < p->n && p->next_take >= p->next_write + p->window)
            pthread_cond_wait(&p->space, &p->m);
        if (p->next_take >= p->n)
            break;
        size_t i = p->next_take++;
        pthread_mutex_unlock(&p->m);
        cli_result r = {0};
        FILE *out = cli_memstream(&r.out, &r.outlen), *err = cli_memstream(&r.err, &r.errlen);
        if (out && err) {
            r.failed = cli_process(p->c, &b, out, err, i, &p->in[i]);
        } else {
            /* No memory even for the buffers: the writer reports it. */
            r.failed = 1;
        }
        if (out)
            fclose(out);
        if (err)
            fclose(err);
        r.done = 1;
        pthread_mutex_lock(&p->m);
        p->res[i % p->window] = r;
        pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->m);
    free(b.data);
    return NULL;
}

/* Runs the inputs on `jobs` threads; returns 1 if any failed. */
static int cli_run_parallel(const cli *c, const cli_input *in, size_t n, int jobs)
{
    cli_pool p;
    memset(&p, 0, sizeof p);
    p.c = c;
    p.in = in;
    p.n = n;
    p.window = (size_t)jobs * 8 < 64 ? 64 : (size_t)jobs * 8;
    p.res = calloc(p.window, sizeof *p.res);
    pthread_t *t = calloc((size_t)jobs, sizeof *t);
    if (!p.res || !t) {
        fputs("lede: out of memory\n", stderr);
        exit(2);
    }
    pthread_mutex_init(&p.m, NULL);
    pthread_cond_init(&p.done, NULL);
    pthread_cond_init(&p.space, NULL);
    int started = 0;
    for (int i = 0; i < jobs; i++)
        if (pthread_create(&t[started], NULL, cli_worker, &p) == 0)
            started++;
    if (!started) {
        fputs("lede: cannot start threads\n", stderr);
        exit(2);
    }
    int failed = 0;
    pthread_mutex_lock(&p.m);
    while (p.next_write < n) {
        cli_result *slot = &p.res[p.next_write % p.window];
        while (!slot->done)
            pthread_cond_wait(&p.done, &p.m);
        cli_result r = *slot;
        memset(slot, 0, sizeof *slot);
        size_t i = p.next_write++;
        pthread_cond_broadcast(&p.space);
        pthread_mutex_unlock(&p.m);
        if (r.out || r.err) {
            fwrite(r.out, 1, r.outlen, stdout);
            fwrite(r.err, 1, r.errlen, stderr);
        } else {
            fprintf(stderr, "lede: %s: out of memory\n", in[i].path);
        }
        free(r.out);
        free(r.err);
        failed |= r.failed;
        pthread_mutex_lock(&p.m);
    }
    pthread_mutex_unlock(&p.m);
    for (int i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    pthread_cond_destroy(&p.space);
    pthread_cond_destroy(&p.done);
    pthread_mutex_destroy(&p.m);
    free(t);
    free(p.res);
    return failed;
}

/* ---- gathering the inputs -------------------------------------------------- */

typedef struct cli_inputs {
    cli_input *v;
    size_t n, cap;
} cli_inputs;

/* The files, the list's lines (the list's text kept in *list_text, which
 * the inputs point into) and the --input-dir files (kept in *walked).
 * Returns the number of folders that could not be read, -1 when out of
 * memory; an unreadable list is a usage error (exit 2). */
static int cli_gather(const cli_args *a, cli_inputs *ins, char **list_text, cli_paths *walked)
{
    for (int i = 0; i < a->nfiles; i++)
        if (cli_push(&ins->v, &ins->n, &ins->cap, a->files[i], a->url) < 0)
            return -1;
    if (a->list) {
        cli_buf b = {NULL, 0};
        size_t len;
        int e = cli_read(&b, 0, a->list, &len); /* --max-bytes is for pages, not the list */
        if (e) {
            fprintf(stderr, "lede: cannot read %s: %s\n", a->list, strerror(e));
            exit(2);
        }
        *list_text = b.data;
        if (cli_parse_list(b.data, len, a->url, &ins->v, &ins->n, &ins->cap) < 0)
            return -1;
    }
    int problems = 0;
    for (int d = 0; d < a->ndirs; d++) {
        size_t first = walked->n;
        int r = cli_walk_dir(a->dirs[d], a->input_ext ? a->input_ext : CLI_DEFAULT_INPUT_EXT, a->output_dir,
                             walked, stderr);
        if (r < 0)
            return -1;
        problems += r;
        /* --url is one page's address: not given to a folder's files */
        for (size_t i = first; i < walked->n; i++) {
            if (cli_push(&ins->v, &ins->n, &ins->cap, walked->items[i], NULL) < 0)
                return -1;
            ins->v[ins->n - 1].rel = walked->items[i] + walked->rel[i];
        }
    }
    return problems;
}

/* --output-ext, else the format's usual suffix. */
static const char *cli_output_ext(const cli_args *a)
{
    static const char *const ext[] = {".json", ".txt", ".md", ".html"}; /* by lede_format */
    return a->output_ext ? a->output_ext : ext[a->format];
}

static int cli_cmp_out(const void *x, const void *y)
{
    const cli_input *a = *(const cli_input *const *)x, *b = *(const cli_input *const *)y;
    int c = strcmp(a->out, b->out);
    return c ? c : (a < b ? -1 : a > b); /* equal names: input order */
}

/* Each input's file under outdir; an input whose name cannot be mirrored
 * keeps out NULL, and of several inputs with one output file (page.html
 * and page.htm) the first in input order writes it, the others are
 * refused (dup_of). -1 when out of memory. */
static int cli_name_outputs(cli_inputs *ins, const char *outdir, const char *ext)
{
    size_t named = 0;
    cli_input **by_out = malloc((ins->n ? ins->n : 1) * sizeof *by_out);
    if (!by_out)
        return -1;
    for (size_t i = 0; i < ins->n; i++) {
        cli_input *in = &ins->v[i];
        const char *rel = in->rel ? in->rel : strcmp(in->path, "-") ? cli_mirror_rel(in->path) : NULL;
        if (!rel)
            continue;
        if (!(in->out = cli_output_path(outdir, rel, ext))) {
            free(by_out);
            return -1;
        }
        by_out[named++] = in;
    }
    qsort(by_out, named, sizeof *by_out, cli_cmp_out);
    for (size_t i = 1; i < named; i++)
        if (strcmp(by_out[i]->out, by_out[i - 1]->out) == 0)
            by_out[i]->dup_of = by_out[i - 1]->dup_of ? by_out[i - 1]->dup_of : by_out[i - 1]->path;
    free(by_out);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "warc") == 0)
        return cli_warc_main(argc - 1, argv + 1);
    static char outbuf[1 << 20];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    cli c = {LEDE_FORMAT_JSON, NULL, 50000000u, 0, NULL, 0};
    c.opts = lede_options_new();
    if (!c.opts) {
        fputs("lede: out of memory\n", stderr);
        return 2;
    }
    cli_args a;
    char err[256];
    switch (cli_parse_args(argc, argv, &a, err, sizeof err)) {
    case CLI_ARGS_HELP:
        cli_print_usage();
        cli_args_free(&a);
        lede_options_free(c.opts);
        return 0;
    case CLI_ARGS_VERSION:
        printf("lede %s\n", LEDE_VERSION);
        cli_args_free(&a);
        lede_options_free(c.opts);
        return 0;
    case CLI_ARGS_ERROR:
        cli_args_free(&a);
        lede_options_free(c.opts);
        cli_usage_error("%s", err);
    default:
        break;
    }
    c.format = a.format;
    c.max_bytes = a.limits.max_bytes;
    cli_apply_limits(&a.limits, c.opts);
    lede_options_set_charset(c.opts, a.charset);
    if (a.charset && !lede_charset_known(a.charset))
        fprintf(stderr, "lede: warning: unknown --charset '%s' is ignored (the page's own declaration "
                        "or detection decides)\n", a.charset);
    cli_apply_switches(&a.switches, c.opts);
    lede_options_set_favor(c.opts, a.favor);
    lede_options_set_text_format(c.opts, a.text_format);
    /* 0: unknown, headers for every input */
    c.total = a.list || a.ndirs ? 0 : (size_t)a.nfiles;
    c.output_dir = a.output_dir;
    mode_t um = umask(0);
    umask(um);
    c.mode = 0666u & ~(unsigned)um;

    /* Every input first (the files, the list's lines, the folders' files), then the work. */
    cli_inputs ins = {NULL, 0, 0};
    cli_paths walked = {NULL, NULL, 0, 0};
    char *list_text = NULL;
    int problems = cli_gather(&a, &ins, &list_text, &walked);
    if (problems < 0 || (a.output_dir && cli_name_outputs(&ins, a.output_dir, cli_output_ext(&a)) < 0)) {
        fputs("lede: out of memory\n", stderr);
        exit(2);
    }
    if (a.ndirs && !walked.n && !problems)
        fprintf(stderr, "lede: warning: no file under --input-dir ends in %s (or one of those and .gz or .zst)\n",
                a.input_ext ? a.input_ext : CLI_DEFAULT_INPUT_EXT);
    cli_input *in = ins.v;
    size_t n = ins.n;
    cli_buf b = {NULL, 0};
    int jobs = a.jobs;
    if (jobs == 0) {
        long k = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = k > 0 ? (int)(k > 1024 ? 1024 : k) : 1;
    }
    if ((size_t)jobs > n)
        jobs = n ? (int)n : 1;
    int failed = problems > 0;
    if (a.join_pages) {
        failed |= cli_run_joined(&c, in, n);
    } else if (jobs <= 1) {
        for (size_t i = 0; i < n; i++)
            failed |= cli_process(&c, &b, stdout, stderr, i, &in[i]);
    } else {
        failed = cli_run_parallel(&c, in, n, jobs);
    }
    for (size_t i = 0; i < n; i++)
        free(in[i].out);
    free(in);
    free(list_text);
    cli_paths_free(&walked);
    free(b.data);
    cli_args_free(&a);
    lede_options_free(c.opts);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "lede: write error: %s\n", strerror(errno));
        return 1;
    }
    return failed ? 1 : 0;
}

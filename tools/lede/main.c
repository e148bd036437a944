/* main.c: the lede command: a thin flag parser over the public API
 * (include/lede.h only). Every input yields exactly one record, also on
 * failure; see `lede --help` and man/lede.1. Inputs are read whole into
 * one reusable buffer and records go out through a large stdout buffer,
 * so thousands of pages run in one process at parser speed. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
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
    "       lede warc [OPTION]... FILE...   (WARC crawl files: see lede warc --help)\n"
    "Extract the news article (headline, byline, date, body...) from HTML pages.\n"
    "FILE - reads standard input. Every input gives one record, also on failure.\n"
    "\n"
    "  -f, --format FMT      json (default), jsonl, text, markdown or html;\n"
    "                        json and jsonl both print one JSON object per line\n"
    "  -u, --url URL         the page's address: base for links, date hint\n"
    "                        (applies to every FILE on the command line)\n"
    "  -l, --input-list LIST read inputs from LIST (- for standard input):\n"
    "                        one per line, PATH or PATH<TAB>URL; blank lines skipped\n"
    "      --charset NAME    transport charset (e.g. from HTTP Content-Type)\n"
    "      --max-bytes N     refuse inputs larger than N bytes (default 50000000;\n"
    "                        0 = no limit)\n"
    "      --max-nodes N     build at most N DOM nodes (default 2000000)\n"
    "      --max-depth N     nest elements at most N deep (default 512)\n"
    "  -h, --help            show this help and exit\n"
    "  -V, --version         show the version and exit\n"
    "\n"
    "JSON records have the keys source, url, title, authors, date, date_modified,\n"
    "sitename, language, description, image, page_type, categories, tags, text,\n"
    "truncated, error; error is null, or {\"code\": ..., \"message\": ...} on failure.\n"
    "With text, markdown and html, failures are reported on standard error, and\n"
    "with several FILEs or an --input-list each input is preceded by a line\n"
    "\"==> FILE <==\" (and followed by a blank line before the next one).\n"
    "\n"
    "Exit status: 0 if every input gave an article, 1 if some failed (their\n"
    "records are still printed), 2 on a usage error.\n";

typedef struct cli {
    cli_format format;
    lede_options *opts;
    size_t max_bytes;   /* as set, for messages and to avoid reading huge files */
    char *data;         /* reusable input buffer */
    size_t cap;
    size_t count;       /* inputs processed so far */
    size_t total;       /* inputs to process (0 = unknown: list) */
    int failed;
} cli;

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
static int cli_reserve(cli *c, size_t len, size_t n)
{
    if (len + n + 1 <= c->cap)
        return 1;
    size_t cap = c->cap ? c->cap : 1 << 20;
    while (cap < len + n + 1) {
        if (cap > SIZE_MAX / 2)
            return 0;
        cap *= 2;
    }
    char *p = realloc(c->data, cap);
    if (!p)
        return 0;
    c->data = p;
    c->cap = cap;
    return 1;
}

/* Reads a whole file (or stdin for "-") into c->data. Stops after
 * max_bytes + 1 bytes: that is enough to know the input is too large.
 * Returns 0, or an errno value. */
static int cli_read(cli *c, const char *path, size_t *len)
{
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    size_t n = 0, limit = c->max_bytes ? c->max_bytes + 1 : SIZE_MAX;
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
            if (!cli_reserve(c, 0, want)) {
                if (fd != STDIN_FILENO)
                    close(fd);
                return ENOMEM;
            }
        }
    }
    for (;;) {
        if (n >= limit)
            break;
        if (!cli_reserve(c, n, 65536)) {
            if (fd != STDIN_FILENO)
                close(fd);
            return ENOMEM;
        }
        size_t room = c->cap - n - 1;
        if (room > limit - n)
            room = limit - n;
        ssize_t r = read(fd, c->data + n, room);
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
    c->data[n] = '\0';
    *len = n;
    return 0;
}

static void cli_put_record(char *s, size_t n)
{
    fwrite(s, 1, n, stdout);
    putchar('\n');
    free(s);
}

/* One error: a JSON record, or a line on stderr for the other formats. */
static void cli_error(cli *c, lede_status st, const char *msg, const char *source, const char *url)
{
    c->failed = 1;
    if (c->format == CLI_FORMAT_JSON) {
        size_t n;
        char *s = lede_render_error(st, msg, source, url, &n);
        if (s)
            cli_put_record(s, n);
        else
            fprintf(stderr, "lede: %s: out of memory\n", source);
    } else {
        fprintf(stderr, "lede: %s: %s\n", source, msg ? msg : lede_status_message(st));
    }
}

static void cli_one(cli *c, const char *path, const char *url)
{
    size_t len;
    char msg[4352];
    if (c->format != CLI_FORMAT_JSON && (c->total != 1)) {
        if (c->count)
            putchar('\n');
        printf("==> %s <==\n", path);
    }
    c->count++;
    int err = cli_read(c, path, &len);
    if (err) {
        snprintf(msg, sizeof msg, "cannot read %s: %s", strcmp(path, "-") ? path : "standard input",
                 strerror(err));
        cli_error(c, err == ENOMEM ? LEDE_ERR_NOMEM : LEDE_ERR_IO, msg, path, url);
        return;
    }
    lede_article *art = NULL;
    lede_status st = lede_extract(c->data, len, url, c->opts, &art);
    if (st != LEDE_OK && !art) {
        const char *m = NULL;
        if (st == LEDE_ERR_NOT_HTML) {
            m = lede_not_html_reason(c->data, len);
        } else if (st == LEDE_ERR_TOO_LARGE) {
            snprintf(msg, sizeof msg, "input larger than --max-bytes %zu", c->max_bytes);
            m = msg;
        }
        cli_error(c, st, m, path, url);
        return;
    }
    static const lede_format fmts[] = {LEDE_FORMAT_JSON, LEDE_FORMAT_TEXT, LEDE_FORMAT_MARKDOWN,
                                       LEDE_FORMAT_HTML};
    size_t n;
    char *s = lede_render(art, fmts[c->format], path, &n);
    if (!s) {
        lede_article_free(art);
        cli_error(c, LEDE_ERR_NOMEM, NULL, path, url);
        return;
    }
    if (st != LEDE_OK) {
        /* An article with an error (no_content): print what was found, and
         * say what went wrong in the record's "error" field. */
        c->failed = 1;
        static const char tail[] = "\"error\":null}";
        size_t tl = sizeof tail - 1;
        if (c->format == CLI_FORMAT_JSON && n >= tl && memcmp(s + n - tl, tail, tl) == 0) {
            fwrite(s, 1, n - 5, stdout);
            fputs("{\"code\":\"", stdout);
            fputs(lede_status_name(st), stdout);
            fputs("\",\"message\":\"", stdout);
            fputs(lede_status_message(st), stdout); /* static, plain ASCII */
            fputs("\"}}\n", stdout);
            free(s);
        } else {
            if (c->format != CLI_FORMAT_JSON)
                fprintf(stderr, "lede: %s: %s\n", path, lede_status_message(st));
            cli_put_record(s, n);
        }
    } else {
        cli_put_record(s, n);
    }
    lede_article_free(art);
}

/* Runs every line of a list file: PATH or PATH<TAB>URL. */
static void cli_list(cli *c, const char *list, const char *default_url)
{
    size_t len, max = c->max_bytes;
    c->max_bytes = 0; /* --max-bytes is for pages, not for the list */
    int err = cli_read(c, list, &len);
    c->max_bytes = max;
    if (err) {
        fprintf(stderr, "lede: cannot read %s: %s\n", list, strerror(err));
        exit(2);
    }
    /* The input buffer is reused for the pages: keep the list apart. */
    char *text = malloc(len + 1);
    if (!text) {
        fprintf(stderr, "lede: out of memory\n");
        exit(2);
    }
    memcpy(text, c->data, len + 1);
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
            cli_one(c, p, url ? url : default_url);
        }
        p = next;
    }
    free(text);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "warc") == 0)
        return cli_warc_main(argc - 1, argv + 1);
    static char outbuf[1 << 20];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    cli c = {CLI_FORMAT_JSON, NULL, 50000000u, NULL, 0, 0, 0, 0};
    c.opts = lede_options_new();
    if (!c.opts) {
        fputs("lede: out of memory\n", stderr);
        return 2;
    }
    cli_args a;
    char err[256];
    switch (cli_parse_args(argc, argv, &a, err, sizeof err)) {
    case CLI_ARGS_HELP:
        fputs(cli_usage, stdout);
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
    c.max_bytes = a.max_bytes;
    lede_options_set_max_bytes(c.opts, a.max_bytes);
    lede_options_set_charset(c.opts, a.charset);
    if (a.max_nodes)
        lede_options_set_max_nodes(c.opts, a.max_nodes);
    if (a.max_depth)
        lede_options_set_max_depth(c.opts, a.max_depth);
    const char *url = a.url, *list = a.list;
    char **files = a.files;
    int nfiles = a.nfiles;
    c.total = list ? 0 : (size_t)nfiles; /* 0: unknown, headers for every input */
    for (int i = 0; i < nfiles; i++)
        cli_one(&c, files[i], url);
    if (list)
        cli_list(&c, list, url);
    cli_args_free(&a);
    free(c.data);
    lede_options_free(c.opts);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "lede: write error: %s\n", strerror(errno));
        return 1;
    }
    return c.failed ? 1 : 0;
}

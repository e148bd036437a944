/* args.c: the command-line syntax both commands share (cli_next over a
 * table of options: cli.h), the options they share (switches, limits,
 * favor, text format), and the command line of `lede` parsed into a
 * cli_args, with no exits and no output, so the parser can be fuzzed
 * (fuzz/fuzz_args.c) and main.c stays a thin driver. `lede warc` reads its
 * own table with cli_next (warc.c). */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int args_error(char *err, size_t errlen, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int args_error(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (errlen)
        vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return CLI_ARGS_ERROR;
}

int cli_parse_count(const char *v, unsigned long long max, unsigned long long *out)
{
    char *end;
    if (*v < '0' || *v > '9') /* strtoull would take a sign or leading spaces */
        return -1;
    errno = 0;
    unsigned long long x = strtoull(v, &end, 10);
    if (errno || *end || x > max)
        return -1;
    *out = x;
    return 0;
}

/* A count stored in a size_t. */
static int args_number(const char *s, unsigned long long max, size_t *out)
{
    unsigned long long v;
    if (cli_parse_count(s, max, &v))
        return -1;
    *out = (size_t)v;
    return 0;
}

/* ---- switches (LEDE_SWITCHES) ------------------------------------------- */

static const struct {
    const char *name, *doc;
    int def;
    void (*set)(lede_options *, int);
} cli_switch_table[CLI_SWITCH_COUNT] = {
#define CLI_SWITCH_ROW_(id, name, def, doc) {#name, doc, def, lede_options_set_##name},
    LEDE_SWITCHES(CLI_SWITCH_ROW_)
#undef CLI_SWITCH_ROW_
};

void cli_switches_init(cli_switches *s) { memset(s->v, -1, sizeof s->v); }

/* 1 when the command-line word w is the switch name n, '-' standing for '_'. */
static int cli_switch_name_is(const char *w, const char *n)
{
    for (; *w && *n; w++, n++)
        if (*w != *n && !(*w == '-' && *n == '_'))
            return 0;
    return !*w && !*n;
}

int cli_parse_switch(const char *name, cli_switches *s)
{
    if (strncmp(name, "--", 2) != 0)
        return 0;
    const char *w = name + 2;
    int on = strncmp(w, "no-", 3) != 0;
    if (!on)
        w += 3;
    for (int i = 0; i < CLI_SWITCH_COUNT; i++) {
        if (cli_switch_name_is(w, cli_switch_table[i].name)) {
            s->v[i] = (signed char)on;
            return 1;
        }
    }
    return 0;
}

void cli_apply_switches(const cli_switches *s, lede_options *o)
{
    for (int i = 0; i < CLI_SWITCH_COUNT; i++)
        if (s->v[i] >= 0)
            cli_switch_table[i].set(o, s->v[i]);
}

void cli_print_switches(FILE *out, int col)
{
    for (int i = 0; i < CLI_SWITCH_COUNT; i++) {
        char opt[64];
        int n = snprintf(opt, sizeof opt, "      --%s", cli_switch_table[i].def ? "no-" : "");
        for (const char *c = cli_switch_table[i].name; *c && n < (int)sizeof opt - 1; c++)
            opt[n++] = *c == '_' ? '-' : *c;
        opt[n] = '\0';
        if (n + 1 > col)
            fprintf(out, "%s\n%*s", opt, col, "");
        else
            fprintf(out, "%-*s", col, opt);
        /* the doc, wrapped before column 80 under its first line */
        int at = col;
        for (const char *w = cli_switch_table[i].doc; *w;) {
            int len = (int)strcspn(w, " ");
            if (at > col && at + 1 + len > 79) {
                fprintf(out, "\n%*s", col, "");
                at = col;
            } else if (at > col) {
                fputc(' ', out);
                at++;
            }
            fprintf(out, "%.*s", len, w);
            at += len;
            w += len;
            while (*w == ' ')
                w++;
        }
        fputc('\n', out);
    }
}

/* ---- page limits -------------------------------------------------------- */

void cli_limits_init(cli_limits *l)
{
    memset(l, 0, sizeof *l);
    l->max_bytes = CLI_DEFAULT_MAX_BYTES;
}

int cli_parse_limit(int id, const char *v, cli_limits *l)
{
    switch (id) {
    case CLI_OPT_MAX_BYTES:
        if (args_number(v, SIZE_MAX, &l->max_bytes))
            return -1;
        l->bytes_given = 1;
        return 1;
    case CLI_OPT_MAX_NODES: return args_number(v, UINT32_MAX, &l->max_nodes) ? -1 : 1;
    case CLI_OPT_MAX_DEPTH: return args_number(v, UINT32_MAX, &l->max_depth) ? -1 : 1;
    default: return 0;
    }
}

void cli_apply_limits(const cli_limits *l, lede_options *o)
{
    lede_options_set_max_bytes(o, l->max_bytes);
    lede_options_set_max_nodes(o, l->max_nodes); /* 0: the library's default */
    lede_options_set_max_depth(o, l->max_depth);
}

int cli_parse_favor(const char *v)
{
    if (strcmp(v, "balanced") == 0)
        return LEDE_FAVOR_BALANCED;
    if (strcmp(v, "precision") == 0)
        return LEDE_FAVOR_PRECISION;
    if (strcmp(v, "recall") == 0)
        return LEDE_FAVOR_RECALL;
    return -1;
}

int cli_parse_text_format(const char *v)
{
    if (strcmp(v, "text") == 0 || strcmp(v, "txt") == 0)
        return LEDE_FORMAT_TEXT;
    if (strcmp(v, "markdown") == 0 || strcmp(v, "md") == 0)
        return LEDE_FORMAT_MARKDOWN;
    if (strcmp(v, "html") == 0)
        return LEDE_FORMAT_HTML;
    return -1;
}

void cli_args_free(cli_args *a)
{
    free(a->files);
    free(a->dirs);
    a->files = NULL;
    a->dirs = NULL;
}

int cli_exts_valid(const char *exts)
{
    if (strcmp(exts, "*") == 0)
        return 1;
    /* suffixes of at least one byte, no path separators, no empty items */
    size_t item = 0;
    for (const char *p = exts;; p++) {
        if (*p == ',' || !*p) {
            if (!item)
                return 0;
            if (!*p)
                return 1;
            item = 0;
        } else if (*p == '/' || *p == '*') {
            return 0;
        } else {
            item++;
        }
    }
}

/* ---- the syntax (cli_next) ---------------------------------------------- */

int cli_next(cli_scan *s, const cli_opt *table, size_t n, cli_switches *sw, const cli_opt **opt,
             const char **value, char *err, size_t errlen)
{
    while (s->i < s->argc) {
        char *arg = s->argv[s->i++];
        if (s->only_files || arg[0] != '-' || strcmp(arg, "-") == 0) {
            *value = arg;
            return CLI_NEXT_FILE;
        }
        if (strcmp(arg, "--") == 0) {
            s->only_files = 1;
            continue;
        }
        /* the name, and the value after '=' or attached to a short option */
        int is_long = arg[1] == '-';
        char name[64];
        const char *attached = NULL;
        size_t k = 2;
        if (is_long) {
            const char *eq = strchr(arg, '=');
            k = eq ? (size_t)(eq - arg) : strlen(arg);
            if (k >= sizeof name)
                k = sizeof name - 1;
            attached = eq ? eq + 1 : NULL;
        } else if (arg[2]) {
            attached = arg + 2;
        }
        memcpy(name, arg, k);
        name[k] = '\0';
        if (cli_parse_switch(name, sw)) {
            if (attached)
                return args_error(err, errlen, "option %s takes no value", name), CLI_NEXT_ERROR;
            continue;
        }
        const cli_opt *o = NULL;
        for (size_t r = 0; r < n && !o; r++)
            if (is_long ? strcmp(name, table[r].longopt) == 0 : table[r].shortopt == arg[1])
                o = &table[r];
        /* "-hx" is no option: only a short option that takes a value has
         * anything attached */
        if (!o || (!o->takes_value && attached && !is_long))
            return args_error(err, errlen, "unknown option %s", arg), CLI_NEXT_ERROR;
        if (!o->takes_value && attached)
            return args_error(err, errlen, "option %s takes no value", name), CLI_NEXT_ERROR;
        if (o->takes_value && !attached) {
            if (s->i >= s->argc)
                return args_error(err, errlen, "option %s needs a value", name), CLI_NEXT_ERROR;
            attached = s->argv[s->i++];
        }
        *opt = o;
        *value = o->takes_value ? attached : NULL;
        return CLI_NEXT_OPTION;
    }
    return CLI_NEXT_END;
}

/* ---- lede's own options --------------------------------------------------- */

enum {
    OPT_FORMAT = CLI_OPT_OWN,
    OPT_URL,
    OPT_CHARSET,
    OPT_INPUT_DIR,
    OPT_INPUT_EXT,
    OPT_OUTPUT_DIR,
    OPT_OUTPUT_EXT,
    OPT_JOIN_PAGES,
    OPT_VERSION,
};

/* The options of `lede` (`lede --help` and man/lede.1 list the same:
 * python/tests/test_options.py checks). */
static const cli_opt args_table[] = {
    CLI_OPTS_SHARED,
    {'f', "--format", 1, OPT_FORMAT},
    {'u', "--url", 1, OPT_URL},
    {0, "--charset", 1, OPT_CHARSET},
    {0, "--input-dir", 1, OPT_INPUT_DIR},
    {0, "--input-ext", 1, OPT_INPUT_EXT},
    {0, "--output-dir", 1, OPT_OUTPUT_DIR},
    {0, "--output-ext", 1, OPT_OUTPUT_EXT},
    {0, "--join-pages", 0, OPT_JOIN_PAGES},
    {'V', "--version", 0, OPT_VERSION},
};

/* --format VALUE: "json" or "jsonl", else one of --text-format's words. */
static int args_format(const char *v, lede_format *f)
{
    int t = strcmp(v, "json") == 0 || strcmp(v, "jsonl") == 0 ? (int)LEDE_FORMAT_JSON : cli_parse_text_format(v);
    if (t < 0)
        return -1;
    *f = (lede_format)t;
    return 0;
}

/* Stores the value v of option o. CLI_ARGS_OK or CLI_ARGS_ERROR (err set). */
static int args_set_value(cli_args *a, const cli_opt *o, const char *v, char *err, size_t errlen)
{
    const char *name = o->longopt;
    int limit = cli_parse_limit(o->id, v, &a->limits), f;
    if (limit)
        return limit > 0 ? CLI_ARGS_OK : args_error(err, errlen, "bad number for %s", name);
    switch (o->id) {
    case OPT_FORMAT:
        if (args_format(v, &a->format))
            return args_error(err, errlen, "unknown format '%s' (json, jsonl, text, markdown, html)", v);
        break;
    case OPT_URL: a->url = *v ? v : NULL; break;
    case CLI_OPT_INPUT_LIST: a->list = v; break;
    case OPT_CHARSET: a->charset = *v ? v : NULL; break;
    case CLI_OPT_FAVOR:
        if ((f = cli_parse_favor(v)) < 0)
            return args_error(err, errlen, "unknown value '%s' for --favor (balanced, precision, recall)", v);
        a->favor = (lede_favor)f;
        break;
    case CLI_OPT_TEXT_FORMAT:
        if ((f = cli_parse_text_format(v)) < 0)
            return args_error(err, errlen, "unknown value '%s' for --text-format (text, markdown, html)", v);
        a->text_format = (lede_format)f;
        break;
    case CLI_OPT_JOBS: {
        size_t j;
        if (args_number(v, 1024, &j))
            return args_error(err, errlen, "bad number for %s (0 = all cores, at most 1024)", name);
        a->jobs = (int)j;
        break;
    }
    case OPT_INPUT_DIR:
        if (!*v)
            return args_error(err, errlen, "%s needs a folder", name);
        a->dirs[a->ndirs++] = (char *)v;
        break;
    case OPT_INPUT_EXT:
        if (!cli_exts_valid(v))
            return args_error(err, errlen, "%s: give suffixes separated by commas (.html,.htm) or *", name);
        a->input_ext = v;
        break;
    case OPT_OUTPUT_DIR:
        if (!*v)
            return args_error(err, errlen, "%s needs a folder", name);
        a->output_dir = v;
        break;
    case OPT_OUTPUT_EXT:
        if (!*v || strchr(v, '/') || strchr(v, ','))
            return args_error(err, errlen, "%s: give one suffix, such as .json", name);
        a->output_ext = v;
        break;
    }
    return CLI_ARGS_OK;
}

/* What the options say together, once all are read. */
static int args_check(const cli_args *a, char *err, size_t errlen)
{
    if (!a->list && a->nfiles == 0 && a->ndirs == 0)
        return args_error(err, errlen,
                          "no input: give FILE (- for standard input), --input-list LIST or --input-dir DIR");
    if (a->input_ext && !a->ndirs)
        return args_error(err, errlen, "--input-ext applies to --input-dir: give one");
    if (a->output_ext && !a->output_dir)
        return args_error(err, errlen, "--output-ext applies to --output-dir: give one");
    if (a->output_dir)
        for (int i = 0; i < a->nfiles; i++)
            if (strcmp(a->files[i], "-") == 0)
                return args_error(err, errlen, "standard input has no name to write under --output-dir; "
                                               "save it to a file first");
    return CLI_ARGS_OK;
}

int cli_parse_args(int argc, char **argv, cli_args *a, char *err, size_t errlen)
{
    memset(a, 0, sizeof *a);
    a->format = LEDE_FORMAT_JSON;
    cli_limits_init(&a->limits);
    a->jobs = 1;
    cli_switches_init(&a->switches);
    a->favor = LEDE_FAVOR_BALANCED;
    a->text_format = LEDE_FORMAT_TEXT;
    a->files = calloc((size_t)argc + 1, sizeof *a->files);
    a->dirs = calloc((size_t)argc + 1, sizeof *a->dirs);
    if (!a->files || !a->dirs)
        return args_error(err, errlen, "out of memory");
    cli_scan sc = {argc, argv, 1, 0};
    const cli_opt *o;
    const char *v;
    for (;;) {
        switch (cli_next(&sc, args_table, sizeof args_table / sizeof *args_table, &a->switches, &o, &v, err, errlen)) {
        case CLI_NEXT_END: return args_check(a, err, errlen);
        case CLI_NEXT_ERROR: return CLI_ARGS_ERROR;
        case CLI_NEXT_FILE: a->files[a->nfiles++] = (char *)v; continue;
        default: break;
        }
        if (o->id == CLI_OPT_HELP)
            return CLI_ARGS_HELP;
        if (o->id == OPT_VERSION)
            return CLI_ARGS_VERSION;
        if (o->id == OPT_JOIN_PAGES)
            a->join_pages = 1;
        else if (args_set_value(a, o, v, err, errlen) != CLI_ARGS_OK)
            return CLI_ARGS_ERROR;
    }
}

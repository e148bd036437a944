/* args.c: the command line of `lede` parsed into a cli_args, with no
 * exits and no output, so the parser can be fuzzed (fuzz/fuzz_args.c) and
 * main.c stays a thin driver. Long options take their value as the next
 * argument or after '='; short ones as the next argument or attached
 * (-j4, -ftext, as getopt does); "--" ends the options; "-" is standard
 * input. */
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

/* A non-negative decimal count no larger than max; -1 when it is not. */
static int args_number(const char *s, unsigned long long max, size_t *out)
{
    char *end;
    if (!*s || *s == '-' || *s == '+' || *s == ' ')
        return -1;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v > max)
        return -1;
    *out = (size_t)v;
    return 0;
}

static int args_is(const char *name, const char *shortopt, const char *longopt)
{
    return strcmp(name, longopt) == 0 || (shortopt && strcmp(name, shortopt) == 0);
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

int cli_is_limit(const char *name)
{
    return strcmp(name, "--max-bytes") == 0 || strcmp(name, "--max-nodes") == 0 || strcmp(name, "--max-depth") == 0;
}

int cli_parse_limit(const char *name, const char *v, cli_limits *l)
{
    if (strcmp(name, "--max-bytes") == 0) {
        if (args_number(v, SIZE_MAX, &l->max_bytes))
            return -1;
        l->bytes_given = 1;
        return 1;
    }
    size_t *at = strcmp(name, "--max-nodes") == 0 ? &l->max_nodes : strcmp(name, "--max-depth") == 0 ? &l->max_depth : NULL;
    if (!at)
        return 0;
    return args_number(v, UINT32_MAX, at) ? -1 : 1;
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

/* The options that take a value (FILE- and count-valued alike; the
 * limits are cli_is_limit's). */
static int args_takes_value(const char *name)
{
    static const char *const opts[][2] = {
        {"-f", "--format"},     {"-u", "--url"},         {"-l", "--input-list"}, {NULL, "--charset"},
        {"-j", "--jobs"},
        {NULL, "--input-dir"},  {NULL, "--input-ext"},   {NULL, "--output-dir"}, {NULL, "--output-ext"},
        {NULL, "--favor"},      {NULL, "--text-format"},
    };
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++)
        if (args_is(name, opts[i][0], opts[i][1]))
            return 1;
    return cli_is_limit(name);
}

/* --format VALUE: "json" or "jsonl", else one of --text-format's words. */
static int args_format(const char *v, lede_format *f)
{
    int t = strcmp(v, "json") == 0 || strcmp(v, "jsonl") == 0 ? (int)LEDE_FORMAT_JSON : cli_parse_text_format(v);
    if (t < 0)
        return -1;
    *f = (lede_format)t;
    return 0;
}

/* Stores option name's value v. CLI_ARGS_OK or CLI_ARGS_ERROR (err set). */
static int args_set_value(cli_args *a, const char *name, const char *v, char *err, size_t errlen)
{
    int limit = cli_parse_limit(name, v, &a->limits);
    if (limit)
        return limit > 0 ? CLI_ARGS_OK : args_error(err, errlen, "bad number for %s", name);
    if (args_is(name, "-f", "--format")) {
        if (args_format(v, &a->format))
            return args_error(err, errlen, "unknown format '%s' (json, jsonl, text, markdown, html)", v);
    } else if (args_is(name, "-u", "--url")) {
        a->url = *v ? v : NULL;
    } else if (args_is(name, "-l", "--input-list")) {
        a->list = v;
    } else if (args_is(name, NULL, "--charset")) {
        a->charset = *v ? v : NULL;
    } else if (args_is(name, NULL, "--favor")) {
        int f = cli_parse_favor(v);
        if (f < 0)
            return args_error(err, errlen, "unknown value '%s' for --favor (balanced, precision, recall)", v);
        a->favor = (lede_favor)f;
    } else if (args_is(name, NULL, "--text-format")) {
        int f = cli_parse_text_format(v);
        if (f < 0)
            return args_error(err, errlen, "unknown value '%s' for --text-format (text, markdown, html)", v);
        a->text_format = (lede_format)f;
    } else if (args_is(name, "-j", "--jobs")) {
        size_t j;
        if (args_number(v, 1024, &j))
            return args_error(err, errlen, "bad number for %s (0 = all cores, at most 1024)", name);
        a->jobs = (int)j;
    } else if (args_is(name, NULL, "--input-dir")) {
        if (!*v)
            return args_error(err, errlen, "%s needs a folder", name);
        a->dirs[a->ndirs++] = (char *)v;
    } else if (args_is(name, NULL, "--input-ext")) {
        if (!cli_exts_valid(v))
            return args_error(err, errlen, "%s: give suffixes separated by commas (.html,.htm) or *", name);
        a->input_ext = v;
    } else if (args_is(name, NULL, "--output-dir")) {
        if (!*v)
            return args_error(err, errlen, "%s needs a folder", name);
        a->output_dir = v;
    } else if (args_is(name, NULL, "--output-ext")) {
        if (!*v || strchr(v, '/') || strchr(v, ','))
            return args_error(err, errlen, "%s: give one suffix, such as .json", name);
        a->output_ext = v;
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
    int only_files = 0;
    for (int i = 1; i < argc; i++) {
        char *arg = argv[i];
        if (only_files || arg[0] != '-' || strcmp(arg, "-") == 0) {
            a->files[a->nfiles++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_files = 1;
            continue;
        }
        char name[64];
        const char *eq = NULL; /* the value after '=' or attached to a short option */
        if (arg[1] == '-') {
            eq = strchr(arg, '=');
            size_t k = eq ? (size_t)(eq - arg) : strlen(arg);
            if (k >= sizeof name)
                k = sizeof name - 1;
            memcpy(name, arg, k);
            name[k] = '\0';
        } else {
            memcpy(name, arg, 2);
            name[2] = '\0';
            if (arg[2])
                eq = arg + 1; /* so that eq + 1 is the attached value */
        }
        /* -h and -V take nothing attached: "-hx" is not an option */
        if (arg[1] != '-' && eq && (args_is(name, "-h", "--help") || args_is(name, "-V", "--version")))
            return args_error(err, errlen, "unknown option %s", arg);
        if (args_is(name, "-h", "--help"))
            return CLI_ARGS_HELP;
        if (args_is(name, "-V", "--version"))
            return CLI_ARGS_VERSION;
        if (args_is(name, NULL, "--join-pages")) {
            if (eq)
                return args_error(err, errlen, "option %s takes no value", name);
            a->join_pages = 1;
            continue;
        }
        if (cli_parse_switch(name, &a->switches)) {
            if (eq)
                return args_error(err, errlen, "option %s takes no value", name);
            continue;
        }
        if (!args_takes_value(name))
            return args_error(err, errlen, "unknown option %s", arg);
        const char *v;
        if (eq)
            v = eq + 1;
        else if (i + 1 < argc)
            v = argv[++i];
        else
            return args_error(err, errlen, "option %s needs a value", name);
        if (args_set_value(a, name, v, err, errlen) != CLI_ARGS_OK)
            return CLI_ARGS_ERROR;
    }
    return args_check(a, err, errlen);
}

/* cli.h: sub-commands of the lede command, dispatched from main.c. */
#ifndef LEDE_CLI_H
#define LEDE_CLI_H

/* `lede warc ...`: articles out of WARC crawl files (tools/lede/warc.c).
 * argv[0] is "warc". Returns the process exit status. */
int cli_warc_main(int argc, char **argv);

#include <stddef.h>
#include <stdio.h>

#include "lede.h"

/* The library's switches (LEDE_SWITCHES), by position, and what the
 * command line said of each: -1 nothing (the library's default), 0 off
 * (--no-NAME), 1 on (--NAME). NAME is the switch's name with '-' for '_'. */
enum {
#define CLI_SWITCH_ENUM_(id, name, def, doc) CLI_SWITCH_##id,
    LEDE_SWITCHES(CLI_SWITCH_ENUM_)
#undef CLI_SWITCH_ENUM_
    CLI_SWITCH_COUNT
};
typedef struct cli_switches {
    signed char v[CLI_SWITCH_COUNT];
} cli_switches;

/* Every switch unset. */
void cli_switches_init(cli_switches *s);
/* 1 when the option name (no "=value") is --NAME or --no-NAME of a
 * switch, recorded in s; else 0. */
int cli_parse_switch(const char *name, cli_switches *s);
/* Calls the setter of every switch the command line set. */
void cli_apply_switches(const cli_switches *s, lede_options *o);
/* The help lines of the switches, the option in a column of width col:
 * --no-NAME for those on by default, --NAME for the others. */
void cli_print_switches(FILE *out, int col);

/* ---- reading a command line (args.c) ----------------------------------------
 * Both commands, `lede` and `lede warc`, read their words with cli_next
 * over a table of their options, so the syntax is one: long options take
 * their value as the next word or after '=' (--jobs=4), short ones as the
 * next word or attached (-j4, -ftext, as getopt does); an option that
 * takes no value refuses one; "--" ends the options; "-" is a FILE
 * (standard input). The switches of LEDE_SWITCHES are options of both. */

/* One option: its short letter (0 for none), long name, whether it takes
 * a value, and the command's own code for it. */
typedef struct cli_opt {
    char shortopt;
    const char *longopt;
    int takes_value;
    int id;
} cli_opt;

/* Where cli_next is in argv. Start with {argc, argv, 1, 0}. */
typedef struct cli_scan {
    int argc;
    char **argv;
    int i, only_files;
} cli_scan;

enum { CLI_NEXT_END, CLI_NEXT_FILE, CLI_NEXT_OPTION, CLI_NEXT_ERROR };

/* The next word of the command line: CLI_NEXT_END after the last;
 * CLI_NEXT_FILE with *value the word; CLI_NEXT_OPTION with *opt its row of
 * table (n rows) and *value its value (NULL for one that takes none); a
 * switch (--NAME, --no-NAME) is recorded in sw and skipped; CLI_NEXT_ERROR
 * with err a message for a person (unknown option, needs a value, takes
 * no value). Prints nothing. */
int cli_next(cli_scan *s, const cli_opt *table, size_t n, cli_switches *sw, const cli_opt **opt,
             const char **value, char *err, size_t errlen);

/* A count for an option: decimal digits only (no sign, no space), at
 * most max; 0 when it is one (stored in *out), -1 when not. */
int cli_parse_count(const char *v, unsigned long long max, unsigned long long *out);

/* --favor VALUE: "balanced", "precision" or "recall" as a lede_favor;
 * -1 for another word. */
int cli_parse_favor(const char *v);
/* --text-format VALUE: "text", "markdown" (or "md") or "html" as a
 * lede_format; -1 for another word. */
int cli_parse_text_format(const char *v);

/* The page limits, options of both `lede` and `lede warc` and read by
 * one parser (args.c): --max-bytes N (refuse larger inputs; 0 = no
 * limit), --max-nodes N and --max-depth N (0 = the library's default).
 * bytes_given: --max-bytes was on the command line (lede warc then uses
 * it instead of --max-record-bytes for the page). */
typedef struct cli_limits {
    size_t max_bytes, max_nodes, max_depth;
    int bytes_given;
} cli_limits;
#define CLI_DEFAULT_MAX_BYTES 50000000u

/* The options both commands have, their codes (cli_opt.id) and rows; a
 * command's own codes start at CLI_OPT_OWN. */
enum {
    CLI_OPT_HELP = 1,
    CLI_OPT_JOBS,
    CLI_OPT_INPUT_LIST,
    CLI_OPT_FAVOR,
    CLI_OPT_TEXT_FORMAT,
    CLI_OPT_MAX_BYTES,
    CLI_OPT_MAX_NODES,
    CLI_OPT_MAX_DEPTH,
    CLI_OPT_OWN
};
#define CLI_OPTS_SHARED                                                                                    \
    {'h', "--help", 0, CLI_OPT_HELP}, {'j', "--jobs", 1, CLI_OPT_JOBS}, {'l', "--input-list", 1, CLI_OPT_INPUT_LIST}, \
        {0, "--favor", 1, CLI_OPT_FAVOR}, {0, "--text-format", 1, CLI_OPT_TEXT_FORMAT},                     \
        {0, "--max-bytes", 1, CLI_OPT_MAX_BYTES}, {0, "--max-nodes", 1, CLI_OPT_MAX_NODES},                 \
        {0, "--max-depth", 1, CLI_OPT_MAX_DEPTH}

/* The defaults: max_bytes CLI_DEFAULT_MAX_BYTES, the others 0. */
void cli_limits_init(cli_limits *l);
/* For an option of code id and value v: 1 when it is a limit and v a
 * valid count for it (stored in l), -1 when it is a limit and v is not, 0
 * when it is not a limit. */
int cli_parse_limit(int id, const char *v, cli_limits *l);
/* Sets the library's max_bytes, max_nodes and max_depth from l. */
void cli_apply_limits(const cli_limits *l, lede_options *o);

/* The command line of `lede` (tools/lede/args.c). Strings point into argv;
 * files and dirs are malloc'd (cli_args_free). jobs: threads for the inputs (default 1; 0 = one per online
 * core). input_ext: --input-ext as given, NULL for the default list
 * (CLI_DEFAULT_INPUT_EXT); output_ext NULL: the format's own. */
typedef struct cli_args {
    lede_format format;    /* --format: json (jsonl), text, markdown, html */
    const char *url, *list, *charset;
    cli_limits limits;     /* --max-bytes, --max-nodes, --max-depth */
    cli_switches switches; /* --no-NAME / --NAME of LEDE_SWITCHES */
    lede_favor favor;        /* --favor */
    lede_format text_format; /* --text-format: what the JSON record's text holds */
    char **files;
    int nfiles;
    char **dirs; /* --input-dir, in the order given */
    int ndirs;
    const char *input_ext, *output_dir, *output_ext;
    int jobs;
    int join_pages; /* --join-pages: consecutive pages of one story give one record */
} cli_args;

/* ---- batch input and output (tools/lede/batch.c) -------------------------- */

/* What --input-dir takes when --input-ext is not given: each also with
 * .gz and .zst after it. */
#define CLI_DEFAULT_INPUT_EXT ".html,.htm"

/* A growing list of malloc'd paths. */
typedef struct cli_paths {
    char **items;
    size_t *rel; /* items[i] + rel[i]: the path below its --input-dir */
    size_t n, cap;
} cli_paths;

/* 1 when exts (comma-separated suffixes such as ".html,.htm", or "*" for
 * every file) is well-formed; for the argument parser. */
int cli_exts_valid(const char *exts);
/* Appends to out every file under dir whose name ends, ASCII case
 * insensitively, in one of exts, each also followed by .gz or .zst.
 * Symbolic links are followed, but each directory (device and inode) is
 * entered once, so a link loop ends and a folder reached twice is listed
 * once; skip_dir (may be NULL) is never entered (the output folder). The
 * new entries are sorted by path, byte order. Folders that cannot be read
 * are reported on err; returns their number, or -1 when out of memory. */
int cli_walk_dir(const char *dir, const char *exts, const char *skip_dir, cli_paths *out, FILE *err);
void cli_paths_free(cli_paths *p);
/* Where an input's output goes under --output-dir: outdir/rel with its
 * extension (after any .gz or .zst) replaced by ext. NULL when out of memory. */
char *cli_output_path(const char *outdir, const char *rel, const char *ext);
/* The path below which an input given by name is mirrored: without a
 * leading "/" or "./" parts. NULL when it cannot be mirrored safely (a
 * ".." part, or nothing left). */
const char *cli_mirror_rel(const char *path);
/* Writes len bytes to path whole or not at all: into a temporary file
 * beside it (".NAME.tmp.XXXXXX"), renamed over path when complete; the
 * folders above are created. mode: the new file's permissions. Returns 0,
 * or an errno value (the temporary file is then removed). */
int cli_write_atomic(const char *path, const char *data, size_t len, unsigned mode);

enum { CLI_ARGS_OK, CLI_ARGS_HELP, CLI_ARGS_VERSION, CLI_ARGS_ERROR };

/* Parses argv without printing or exiting. On CLI_ARGS_ERROR, err holds a
 * message for a person ("unknown option --x"). Call cli_args_free after
 * any result. */
int cli_parse_args(int argc, char **argv, cli_args *a, char *err, size_t errlen);
void cli_args_free(cli_args *a);

#endif

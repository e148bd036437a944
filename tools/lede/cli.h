/* cli.h: sub-commands of the lede command, dispatched from main.c. */
#ifndef LEDE_CLI_H
#define LEDE_CLI_H

/* `lede warc ...`: articles out of WARC crawl files (tools/lede/warc.c).
 * argv[0] is "warc". Returns the process exit status. */
int cli_warc_main(int argc, char **argv);

#include <stddef.h>
#include <stdio.h>

#include "lede.h"

typedef enum { CLI_FORMAT_JSON, CLI_FORMAT_TEXT, CLI_FORMAT_MARKDOWN, CLI_FORMAT_HTML } cli_format;

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

/* The command line of `lede` (tools/lede/args.c). Strings point into argv;
 * files is malloc'd (cli_args_free). max_nodes/max_depth 0 = default.
 * jobs: threads for the inputs (default 1; 0 = one per online core). */
typedef struct cli_args {
    cli_format format;
    const char *url, *list, *charset;
    size_t max_bytes, max_nodes, max_depth;
    cli_switches switches; /* --no-NAME / --NAME of LEDE_SWITCHES */
    char **files;
    int nfiles;
    int jobs;
} cli_args;

enum { CLI_ARGS_OK, CLI_ARGS_HELP, CLI_ARGS_VERSION, CLI_ARGS_ERROR };

/* Parses argv without printing or exiting. On CLI_ARGS_ERROR, err holds a
 * message for a person ("unknown option --x"). Call cli_args_free after
 * any result. */
int cli_parse_args(int argc, char **argv, cli_args *a, char *err, size_t errlen);
void cli_args_free(cli_args *a);

#endif

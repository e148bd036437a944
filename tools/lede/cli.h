/* cli.h: sub-commands of the lede command, dispatched from main.c. */
#ifndef LEDE_CLI_H
#define LEDE_CLI_H

/* `lede warc ...`: articles out of WARC crawl files (tools/lede/warc.c).
 * argv[0] is "warc". Returns the process exit status. */
int cli_warc_main(int argc, char **argv);

#include <stddef.h>

typedef enum { CLI_FORMAT_JSON, CLI_FORMAT_TEXT, CLI_FORMAT_MARKDOWN, CLI_FORMAT_HTML } cli_format;

/* The command line of `lede` (tools/lede/args.c). Strings point into argv;
 * files is malloc'd (cli_args_free). max_nodes/max_depth 0 = default.
 * jobs: threads for the inputs (default 1; 0 = one per online core). */
typedef struct cli_args {
    cli_format format;
    const char *url, *list, *charset;
    size_t max_bytes, max_nodes, max_depth;
    int no_quotes; /* --no-quotes: leave quotes out ("quotes": null) */
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

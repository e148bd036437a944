/* cli.h: sub-commands of the lede command, dispatched from main.c. */
#ifndef LEDE_CLI_H
#define LEDE_CLI_H

/* `lede warc ...`: articles out of WARC crawl files (tools/lede/warc.c).
 * argv[0] is "warc". Returns the process exit status. */
int cli_warc_main(int argc, char **argv);

#endif

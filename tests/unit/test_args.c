/* test_args.c: the command-line parser of `lede` (tools/lede/args.c). */
#include "../../tools/lede/cli.h"
#include "harness.h"

static int parse(cli_args *a, char *err, int argc, char **argv)
{
    return cli_parse_args(argc, argv, a, err, 128);
}

TEST(args_defaults_and_files)
{
    char *argv[] = {"lede", "a.html", "-", "--", "--b.html", NULL};
    cli_args a;
    char err[128];
    CHECK_INT(parse(&a, err, 5, argv), CLI_ARGS_OK);
    CHECK_INT(a.format, LEDE_FORMAT_JSON);
    CHECK_INT(a.limits.max_bytes, 50000000);
    CHECK_INT(a.nfiles, 3);
    CHECK_STR(a.files[0], "a.html");
    CHECK_STR(a.files[1], "-");
    CHECK_STR(a.files[2], "--b.html");
    cli_args_free(&a);
}

TEST(args_values_both_forms)
{
    char *argv[] = {"lede", "--format=markdown", "-u", "https://x.example/a", "--max-bytes", "10",
                    "--max-nodes=5", "--charset=koi8-r", "-l", "list.txt", NULL};
    cli_args a;
    char err[128];
    CHECK_INT(parse(&a, err, 10, argv), CLI_ARGS_OK);
    CHECK_INT(a.format, LEDE_FORMAT_MARKDOWN);
    CHECK_STR(a.url, "https://x.example/a");
    CHECK_INT(a.limits.max_bytes, 10);
    CHECK_INT(a.limits.max_nodes, 5);
    CHECK_STR(a.charset, "koi8-r");
    CHECK_STR(a.list, "list.txt");
    cli_args_free(&a);
}

TEST(args_errors)
{
    cli_args a;
    char err[128];
    char *bad1[] = {"lede", "--frobnicate", "a.html", NULL};
    CHECK_INT(parse(&a, err, 3, bad1), CLI_ARGS_ERROR);
    CHECK(strstr(err, "--frobnicate") != NULL);
    cli_args_free(&a);
    char *bad2[] = {"lede", "--max-nodes", "-3", "a.html", NULL};
    CHECK_INT(parse(&a, err, 4, bad2), CLI_ARGS_ERROR);
    cli_args_free(&a);
    char *bad3[] = {"lede", "--format", NULL};
    CHECK_INT(parse(&a, err, 2, bad3), CLI_ARGS_ERROR);
    CHECK(strstr(err, "needs a value") != NULL);
    cli_args_free(&a);
    char *bad4[] = {"lede", NULL};
    CHECK_INT(parse(&a, err, 1, bad4), CLI_ARGS_ERROR);
    cli_args_free(&a);
    char *bad5[] = {"lede", "-f", "pdf", "a.html", NULL};
    CHECK_INT(parse(&a, err, 4, bad5), CLI_ARGS_ERROR);
    cli_args_free(&a);
    char *help[] = {"lede", "x", "--help", NULL};
    CHECK_INT(parse(&a, err, 3, help), CLI_ARGS_HELP);
    cli_args_free(&a);
}

TEST(args_switches)
{
    cli_args a;
    char err[128];
    char *none[] = {"lede", "a.html", NULL};
    CHECK_INT(parse(&a, err, 2, none), CLI_ARGS_OK);
    for (int i = 0; i < CLI_SWITCH_COUNT; i++)
        CHECK_INT(a.switches.v[i], -1); /* unset: the library's default */
    cli_args_free(&a);
    char *off[] = {"lede", "--no-quotes", "a.html", NULL};
    CHECK_INT(parse(&a, err, 3, off), CLI_ARGS_OK);
    CHECK_INT(a.switches.v[CLI_SWITCH_QUOTES], 0);
    cli_args_free(&a);
    char *on[] = {"lede", "--no-quotes", "--quotes", "a.html", NULL}; /* the last one wins */
    CHECK_INT(parse(&a, err, 4, on), CLI_ARGS_OK);
    CHECK_INT(a.switches.v[CLI_SWITCH_QUOTES], 1);
    cli_args_free(&a);
    char *valued[] = {"lede", "--no-quotes=yes", "a.html", NULL};
    CHECK_INT(parse(&a, err, 3, valued), CLI_ARGS_ERROR);
    CHECK(strstr(err, "takes no value") != NULL);
    cli_args_free(&a);
    char *unknown[] = {"lede", "--no-such-switch", "a.html", NULL};
    CHECK_INT(parse(&a, err, 3, unknown), CLI_ARGS_ERROR);
    cli_args_free(&a);
}

TEST(args_short_options_attached_values)
{
    /* as getopt: -j4 is -j 4, -ftext is -f text */
    char *argv[] = {"lede", "-j4", "-ftext", "-uhttps://x.example/a", "a.html", NULL};
    cli_args a;
    char err[128];
    CHECK_INT(parse(&a, err, 5, argv), CLI_ARGS_OK);
    CHECK_INT(a.jobs, 4);
    CHECK_INT(a.format, LEDE_FORMAT_TEXT);
    CHECK_STR(a.url, "https://x.example/a");
    CHECK_INT(a.nfiles, 1);
    cli_args_free(&a);
    char *bad[] = {"lede", "-jx", "a.html", NULL};
    CHECK_INT(parse(&a, err, 3, bad), CLI_ARGS_ERROR);
    cli_args_free(&a);
    char *flag[] = {"lede", "-hV", "a.html", NULL};
    CHECK_INT(parse(&a, err, 3, flag), CLI_ARGS_ERROR);
    CHECK(strstr(err, "-hV") != NULL);
    cli_args_free(&a);
}

TEST(args_folders)
{
    cli_args a;
    char err[128];
    char *ok[] = {"lede", "--input-dir", "site", "--input-dir=more", "--input-ext", ".html,.php",
                  "--output-dir=out", "--output-ext", ".rec", NULL};
    CHECK_INT(parse(&a, err, 9, ok), CLI_ARGS_OK);
    CHECK_INT(a.ndirs, 2);
    CHECK_STR(a.dirs[0], "site");
    CHECK_STR(a.dirs[1], "more");
    CHECK_STR(a.input_ext, ".html,.php");
    CHECK_STR(a.output_dir, "out");
    CHECK_STR(a.output_ext, ".rec");
    cli_args_free(&a);
    char *stdin_out[] = {"lede", "--output-dir", "out", "-", NULL};
    CHECK_INT(parse(&a, err, 4, stdin_out), CLI_ARGS_ERROR);
    CHECK(strstr(err, "standard input") != NULL);
    cli_args_free(&a);
    char *bad_ext[] = {"lede", "--input-dir", "site", "--input-ext", ".html,,.htm", NULL};
    CHECK_INT(parse(&a, err, 5, bad_ext), CLI_ARGS_ERROR);
    cli_args_free(&a);
    char *ext_alone[] = {"lede", "--output-ext", ".x", "a.html", NULL};
    CHECK_INT(parse(&a, err, 4, ext_alone), CLI_ARGS_ERROR);
    cli_args_free(&a);
    CHECK(cli_exts_valid("*"));
    CHECK(cli_exts_valid(".html"));
    CHECK(!cli_exts_valid(""));
    CHECK(!cli_exts_valid(".a/b"));
}

TEST(args_join_pages)
{
    cli_args a;
    char err[128];
    char *off[] = {"lede", "-l", "list", NULL};
    CHECK_INT(parse(&a, err, 3, off), CLI_ARGS_OK);
    CHECK_INT(a.join_pages, 0);
    cli_args_free(&a);
    char *on[] = {"lede", "--join-pages", "-l", "list", NULL};
    CHECK_INT(parse(&a, err, 4, on), CLI_ARGS_OK);
    CHECK_INT(a.join_pages, 1);
    cli_args_free(&a);
    char *bad[] = {"lede", "--join-pages=yes", "-l", "list", NULL};
    CHECK_INT(parse(&a, err, 4, bad), CLI_ARGS_ERROR);
    CHECK(strstr(err, "takes no value") != NULL);
    cli_args_free(&a);
    /* with --output-dir a joined record goes to its first page's file */
    char *dir[] = {"lede", "--join-pages", "-l", "list", "--output-dir", "out", NULL};
    CHECK_INT(parse(&a, err, 6, dir), CLI_ARGS_OK);
    cli_args_free(&a);
}

TEST(args_favor_and_text_format)
{
    cli_args a;
    char err[128];
    char *none[] = {"lede", "a.html", NULL};
    CHECK_INT(parse(&a, err, 2, none), CLI_ARGS_OK);
    CHECK_INT(a.favor, LEDE_FAVOR_BALANCED);
    CHECK_INT(a.text_format, LEDE_FORMAT_TEXT);
    cli_args_free(&a);
    char *both[] = {"lede", "--favor", "recall", "--text-format=md", "a.html", NULL};
    CHECK_INT(parse(&a, err, 5, both), CLI_ARGS_OK);
    CHECK_INT(a.favor, LEDE_FAVOR_RECALL);
    CHECK_INT(a.text_format, LEDE_FORMAT_MARKDOWN);
    cli_args_free(&a);
    char *bad[] = {"lede", "--favor", "speed", "a.html", NULL};
    CHECK_INT(parse(&a, err, 4, bad), CLI_ARGS_ERROR);
    CHECK(strstr(err, "--favor") != NULL);
    cli_args_free(&a);
    char *badf[] = {"lede", "--text-format", "json", "a.html", NULL};
    CHECK_INT(parse(&a, err, 4, badf), CLI_ARGS_ERROR);
    cli_args_free(&a);
}

/* cli_next, the syntax `lede` and `lede warc` share, over a table of its own */
TEST(args_cli_next_over_a_table)
{
    static const cli_opt table[] = {CLI_OPTS_SHARED, {'o', "--output", 1, CLI_OPT_OWN}, {'q', "--quiet", 0, CLI_OPT_OWN + 1}};
    char *argv[] = {"lede warc", "-o", "out", "--output=o2", "-j4", "a.warc", "--quotes", "-q", "--", "-q", NULL};
    cli_scan s = {10, argv, 1, 0};
    cli_switches sw;
    cli_switches_init(&sw);
    const cli_opt *o = NULL;
    const char *v = NULL;
    char err[128];
    size_t n = sizeof table / sizeof *table;
    CHECK_INT(cli_next(&s, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_OPTION);
    CHECK_INT(o->id, CLI_OPT_OWN);
    CHECK_STR(v, "out");
    CHECK_INT(cli_next(&s, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_OPTION);
    CHECK_STR(v, "o2");
    CHECK_INT(cli_next(&s, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_OPTION);
    CHECK_INT(o->id, CLI_OPT_JOBS);
    CHECK_STR(v, "4");
    CHECK_INT(cli_next(&s, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_FILE);
    CHECK_STR(v, "a.warc");
    /* --quotes is a switch: recorded, not returned */
    CHECK_INT(cli_next(&s, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_OPTION);
    CHECK_INT(o->id, CLI_OPT_OWN + 1);
    CHECK(v == NULL);
    CHECK_INT(sw.v[CLI_SWITCH_QUOTES], 1);
    CHECK_INT(cli_next(&s, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_FILE); /* after "--" */
    CHECK_STR(v, "-q");
    CHECK_INT(cli_next(&s, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_END);
    char *bad[][2] = {{"-qx", "unknown option -qx"}, {"--quiet=1", "takes no value"}, {"--help=1", "takes no value"},
                      {"--output", "needs a value"}, {"--outputs", "unknown option"}, {"-x", "unknown option -x"}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *one[] = {"lede warc", bad[i][0], NULL};
        cli_scan t = {2, one, 1, 0};
        CHECK_INT(cli_next(&t, table, n, &sw, &o, &v, err, sizeof err), CLI_NEXT_ERROR);
        CHECK(strstr(err, bad[i][1]) != NULL);
    }
    unsigned long long c;
    CHECK_INT(cli_parse_count("42", 100, &c), 0);
    CHECK_INT((int)c, 42);
    CHECK_INT(cli_parse_count("+4", 100, &c), -1);
    CHECK_INT(cli_parse_count(" 4", 100, &c), -1);
    CHECK_INT(cli_parse_count("101", 100, &c), -1);
    CHECK_INT(cli_parse_count("", 100, &c), -1);
}

/* lede_textdump: prints the text nodes lede's parser puts inside <body>, in
 * the parse oracle's format (../shared/data/parse-oracle/README.md):
 *     <parent tag>\t<text, ASCII whitespace runs collapsed to one space, trimmed>
 * Text under script, style, template and noscript is skipped, and so are
 * texts that are empty after collapsing. Tag names are printed lower-case.
 *
 * Usage: lede_textdump FILE            one page (raw HTML, UTF-8)
 *        lede_textdump --batch         stdin: repeated "<name> <n>\n" + n bytes;
 *                                      each page printed after "PAGE <name>"
 *        lede_textdump --tree [--batch | FILE] the body's element structure
 *                                      instead (see tdm_tree)
 *        lede_textdump --bench REPS FILE...   parse + tree build only, every
 *                                      file REPS times; prints MB/s (files are
 *                                      read first; html_parse and free timed)
 * Used by tests/parse_oracle.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "html/parse.h"

/* By name, in any namespace: the oracle also leaves out svg <style> and
 * <script> text. */
static int tdm_skip(const dom_node *el)
{
    if (el->type != DOM_ELEMENT || !el->name)
        return 0;
    return !strcmp(el->name, "script") || !strcmp(el->name, "style") ||
           !strcmp(el->name, "template") || !strcmp(el->name, "noscript");
}

static int tdm_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

/* name in lower case. */
static void tdm_put_lower(FILE *out, const char *name, size_t len)
{
    for (size_t k = 0; k < len; k++) {
        char c = name[k];
        fputc(c >= 'A' && c <= 'Z' ? c + 32 : c, out);
    }
}

/* s[i..n), which starts with no white space, with each white-space run
 * written as one space and trailing white space dropped. */
static void tdm_put_collapsed(FILE *out, const unsigned char *s, size_t i, size_t n)
{
    int space = 0;
    for (; i < n; i++) {
        if (tdm_ws(s[i])) {
            space = 1;
            continue;
        }
        if (space)
            fputc(' ', out);
        space = 0;
        fputc(s[i], out);
    }
}

static void tdm_print_text(FILE *out, const dom_node *t)
{
    const unsigned char *s = (const unsigned char *)t->text;
    size_t n = t->text_len, i = 0;
    while (i < n && tdm_ws(s[i]))
        i++;
    if (i == n)
        return;
    const dom_node *p = t->parent;
    tdm_put_lower(out, p->name, p->name_len);
    fputc('\t', out);
    tdm_put_collapsed(out, s, i, n);
    fputc('\n', out);
}

/* --tree: the body's structure, one line per event: "+name" opens an
 * element, "-" closes it, "#text" is a text node (whitespace-collapsed,
 * empty ones left out), comments omitted. For structural diffs. */
static void tdm_tree(FILE *out, const char *html, size_t len)
{
    dom_document *doc = html_parse(html, len, NULL);
    if (!doc) {
        fprintf(out, "ERROR\tparse failed\n");
        return;
    }
    dom_node *body = doc->body, *n = body;
    while (n) {
        if (n->type == DOM_ELEMENT) {
            fputc('+', out);
            tdm_put_lower(out, n->name, n->name_len);
            fputc('\n', out);
        } else if (n->type == DOM_TEXT) {
            const unsigned char *s = (const unsigned char *)n->text;
            size_t i = 0, m = n->text_len;
            while (i < m && tdm_ws(s[i]))
                i++;
            if (i < m) {
                fputc('#', out);
                tdm_put_collapsed(out, s, i, m);
                fputc('\n', out);
            }
        }
        if (n->first_child) {
            n = n->first_child;
            continue;
        }
        if (n->type == DOM_ELEMENT)
            fputs("-\n", out);
        while (n && n != body && !n->next) {
            n = n->parent;
            if (n)
                fputs("-\n", out);
        }
        if (!n || n == body)
            break;
        n = n->next;
    }
    dom_document_free(doc);
}

static void tdm_dump(FILE *out, const char *html, size_t len)
{
    dom_document *doc = html_parse(html, len, NULL);
    if (!doc) {
        fprintf(out, "ERROR\tparse failed\n");
        return;
    }
    dom_node *body = doc->body;
    for (dom_node *n = body; n;) {
        if (n != body && tdm_skip(n)) {
            n = dom_next_skip(body, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->parent)
            tdm_print_text(out, n);
        n = dom_next(body, n);
    }
    dom_document_free(doc);
}

static char *tdm_read(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    if (!p)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                return NULL;
            }
            p = q;
        }
        size_t r = fread(p + n, 1, cap - n, f);
        if (!r)
            break;
        n += r;
    }
    *len = n;
    return p;
}

static double tdm_now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int tdm_bench(int reps, int n, char **files)
{
    char **data = calloc((size_t)n, sizeof *data);
    size_t *len = calloc((size_t)n, sizeof *len);
    size_t total = 0;
    if (!data || !len)
        return 1;
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(files[i], "rb");
        if (!f) {
            perror(files[i]);
            return 1;
        }
        data[i] = tdm_read(f, &len[i]);
        fclose(f);
        if (!data[i])
            return 1;
        total += len[i];
    }
    double best = 1e30, best_cpu = 1e30;
    unsigned long nodes = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = tdm_now();
        clock_t c0 = clock();
        nodes = 0;
        for (int i = 0; i < n; i++) {
            dom_document *doc = html_parse(data[i], len[i], NULL);
            if (!doc)
                return 1;
            nodes += doc->node_count;
            dom_document_free(doc);
        }
        double dt = tdm_now() - t0;
        double dc = (double)(clock() - c0) / CLOCKS_PER_SEC;
        if (dt < best)
            best = dt;
        if (dc < best_cpu)
            best_cpu = dc;
    }
    /* wall time, and process CPU time (less sensitive to a busy machine) */
    printf("%d files, %.1f MB, %lu nodes; best of %d: %.3f s wall = %.0f MB/s; %.3f s cpu = %.0f MB/s\n",
           n, (double)total / 1e6, nodes, reps, best, (double)total / best / 1e6, best_cpu,
           (double)total / best_cpu / 1e6);
    for (int i = 0; i < n; i++)
        free(data[i]);
    free(data);
    free(len);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && strcmp(argv[1], "--bench") == 0)
        return tdm_bench(atoi(argv[2]), argc - 3, argv + 3);
    void (*dump)(FILE *, const char *, size_t) = tdm_dump;
    if (argc >= 2 && strcmp(argv[1], "--tree") == 0) {
        dump = tdm_tree;
        argv++;
        argc--;
    }
    if (argc == 2 && strcmp(argv[1], "--batch") != 0) {
        FILE *f = fopen(argv[1], "rb");
        if (!f) {
            perror(argv[1]);
            return 1;
        }
        size_t len;
        char *s = tdm_read(f, &len);
        fclose(f);
        if (!s)
            return 1;
        dump(stdout, s, len);
        free(s);
        return 0;
    }
    if (argc != 2) {
        fprintf(stderr, "usage: lede_textdump FILE | --batch\n");
        return 2;
    }
    char line[1024];
    size_t cap = 1 << 16;
    char *data = malloc(cap);
    if (!data)
        return 1;
    while (fgets(line, sizeof line, stdin)) {
        char name[900];
        size_t n;
        if (sscanf(line, "%899s %zu", name, &n) != 2) {
            fprintf(stderr, "lede_textdump: bad header\n");
            return 2;
        }
        if (n + 1 > cap) {
            cap = n + 1;
            char *p = realloc(data, cap);
            if (!p)
                return 1;
            data = p;
        }
        if (n && fread(data, 1, n, stdin) != n)
            return 2;
        printf("PAGE %s\n", name);
        dump(stdout, data, n);
    }
    free(data);
    return 0;
}

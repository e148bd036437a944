/* lede_url.c: the WHATWG URL parser (src/core/url.c) on test records, for
 * tests/wpt_url.py. Reads records from stdin: a line "INPUT_LEN BASE_LEN"
 * (BASE_LEN -1: no base), then the input's and the base's bytes. Prints one
 * line per record: "ok HREF", or "failure" (also when the base fails). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/url.h"

static char *read_n(long n)
{
    char *p = malloc((size_t)n + 1);
    if (!p || fread(p, 1, (size_t)n, stdin) != (size_t)n)
        exit(2);
    p[n] = '\0';
    return p;
}

int main(void)
{
    long in_len, base_len;
    while (scanf("%ld %ld", &in_len, &base_len) == 2) {
        if (getchar() != '\n')
            return 2;
        char *in = read_n(in_len);
        char *base = base_len >= 0 ? read_n(base_len) : NULL;
        buf bb = BUF_INIT, out = BUF_INIT;
        url_t bu, u;
        int ok = 1;
        if (base)
            ok = url_parse(&bb, base, (size_t)base_len, NULL, &bu);
        ok = ok && url_parse(&out, in, (size_t)in_len, base ? &bu : NULL, &u);
        if (ok)
            printf("ok %.*s\n", (int)u.len, u.href);
        else
            printf("failure\n");
        buf_free(&bb);
        buf_free(&out);
        free(in);
        free(base);
    }
    return 0;
}

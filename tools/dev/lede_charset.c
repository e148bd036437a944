/* lede_charset: a look inside the encoding stage, for conformance checks
 * and measurements.
 *
 *   lede_charset [options] FILE...      ("-" reads standard input)
 *     (default)     one line per file: path, encoding used, the rule that
 *                   chose it, what was declared, whether the bytes
 *                   overruled it, U+FFFD written, UTF-8 stats
 *     --prescan     only the declared encoding as a browser sniffs it
 *                   (BOM, transport, <meta> prescan) or "windows-1252"
 *                   when nothing is declared: what html5lib's encoding
 *                   tests expect
 *     --decode      write the decoded UTF-8 text to standard output
 *     --transport L the transport (HTTP) charset
 *     --bench N     decode every file N times and print MB/s
 *     --bench-valid N  only the UTF-8 validator, N times per file */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "encoding/encoding.h"
#include "encoding/encoding_labels.h"

static char *read_all(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    while (p) {
        if (n == cap) {
            char *q = realloc(p, cap * 2);
            if (!q) {
                free(p);
                p = NULL;
                break;
            }
            p = q;
            cap *= 2;
        }
        size_t k = fread(p + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    if (f != stdin)
        fclose(f);
    *len = n;
    return p;
}

static double now_s(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int prescan = 0, decode = 0, bench = 0, valid_only = 0, rc = 0;
    const char *transport = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--prescan") == 0)
            prescan = 1;
        else if (strcmp(argv[i], "--decode") == 0)
            decode = 1;
        else if (strcmp(argv[i], "--transport") == 0 && i + 1 < argc)
            transport = argv[++i];
        else if (strcmp(argv[i], "--bench") == 0 && i + 1 < argc)
            bench = atoi(argv[++i]);
        else if (strcmp(argv[i], "--bench-valid") == 0 && i + 1 < argc)
            bench = atoi(argv[++i]), valid_only = 1;
        else {
            fprintf(stderr, "usage: lede_charset [--prescan|--decode|--bench N|--bench-valid N] [--transport LABEL] FILE...\n");
            return 2;
        }
    }
    double secs = 0, bytes = 0;
    long valid_count = 0;
    for (; i < argc; i++) {
        size_t len;
        char *html = read_all(argv[i], &len);
        if (!html) {
            fprintf(stderr, "lede_charset: cannot read %s\n", argv[i]);
            rc = 1;
            continue;
        }
        if (prescan) {
            enc_source src;
            enc_id e = enc_declared(html, len, transport, &src);
            printf("%s\n", e == ENC_NONE ? "windows-1252" : enc_name(e));
        } else if (bench > 0) {
            double t0 = now_s();
            for (int k = 0; k < bench && valid_only; k++)
                valid_count += enc_utf8_valid(html, len);
            for (int k = 0; k < bench && !valid_only; k++) {
                enc_result r;
                if (enc_to_utf8(html, len, transport, &r) != 0)
                    rc = 1;
                free(r.utf8);
            }
            secs += now_s() - t0;
            bytes += (double)len * bench;
        } else {
            enc_result r;
            enc_info info;
            if (enc_to_utf8_ex(html, len, transport, &r, &info) != 0) {
                fprintf(stderr, "lede_charset: out of memory on %s\n", argv[i]);
                rc = 1;
            } else if (decode) {
                fwrite(r.utf8 ? r.utf8 : html, 1, r.len, stdout);
            } else {
                printf("%s\t%s\t%s\tdeclared=%s\t%s\tfffd=%zu\tmb=%zu\tbad=%zu\tcopy=%d\n", argv[i],
                       r.charset, enc_source_name(info.source),
                       info.declared == ENC_NONE ? "-" : enc_name(info.declared),
                       info.overridden ? "overridden" : "kept", info.replacements,
                       info.utf8_multibyte, info.utf8_invalid, r.utf8 != NULL);
            }
            free(r.utf8);
        }
        free(html);
    }
    if (bench > 0)
        printf("%.0f bytes in %.4f s: %.1f MB/s", bytes, secs, secs > 0 ? bytes / secs / 1e6 : 0.0);
    if (bench > 0 && valid_only)
        printf(" (%ld valid UTF-8 files)", valid_count / bench);
    if (bench > 0)
        printf("\n");
    return rc;
}

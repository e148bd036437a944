/* main.c: runs every registered unit test (or those whose name contains
 * argv[1]) and prints "N passed, N failed". */
#include <dirent.h>
#include <stdlib.h>

#include "harness.h"

#define MAX_TESTS 2048

static struct {
    const char *name;
    test_fn fn;
} tests[MAX_TESTS];
static int ntests, current_failed;

void harness_register(const char *name, test_fn fn)
{
    if (ntests < MAX_TESTS) {
        tests[ntests].name = name;
        tests[ntests].fn = fn;
        ntests++;
    }
}

void harness_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "  FAIL %s:%d: %s\n", file, line, what);
    current_failed = 1;
}

void harness_fail_str(const char *file, int line, const char *expr, const char *got, const char *want)
{
    fprintf(stderr, "  FAIL %s:%d: %s\n    got:  %s\n    want: %s\n", file, line, expr,
            got ? got : "(null)", want ? want : "(null)");
    current_failed = 1;
}

int harness_replay_dir(const char *sub, void (*fn)(const char *data, size_t len))
{
    static const char *const roots[] = {"tests/regress", "../tests/regress", "../../tests/regress"};
    char dir[512];
    DIR *d = NULL;
    const char *env = getenv("LEDE_REGRESS_DIR");
    if (env) {
        snprintf(dir, sizeof dir, "%s%s%s", env, *sub ? "/" : "", sub);
        d = opendir(dir);
    }
    for (size_t i = 0; !d && i < sizeof roots / sizeof *roots; i++) {
        snprintf(dir, sizeof dir, "%s%s%s", roots[i], *sub ? "/" : "", sub);
        d = opendir(dir);
    }
    if (!d)
        return 0;
    int replayed = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || strstr(e->d_name, ".md"))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        char *data = NULL;
        size_t len = 0, cap = 0, r;
        char tmp[65536];
        while ((r = fread(tmp, 1, sizeof tmp, f)) > 0) {
            if (len + r + 1 > cap) {
                cap = (len + r + 1) * 2;
                char *nd = realloc(data, cap);
                if (!nd)
                    break;
                data = nd;
            }
            memcpy(data + len, tmp, r);
            len += r;
        }
        int isdir = ferror(f); /* a subfolder reads as an error: not an input */
        fclose(f);
        if (!isdir) {
            fn(data ? data : "", len);
            replayed++;
        }
        free(data);
    }
    closedir(d);
    return replayed;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    for (int i = 0; i < ntests; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1]))
            continue;
        current_failed = 0;
        tests[i].fn();
        if (current_failed) {
            fprintf(stderr, "FAILED %s\n", tests[i].name);
            failed++;
        } else {
            passed++;
        }
    }
    printf("unit: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

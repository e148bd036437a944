/* main.c: runs every registered unit test (or those whose name contains
 * argv[1]) and prints "N passed, N failed". */
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

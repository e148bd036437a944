/* harness.h: a minimal unit-test harness. Each test file defines tests with
 * TEST(name) { ... }; they register themselves before main() runs (a
 * constructor), so adding a file to tests/unit/ is all it takes. Checks do
 * not abort the test; main.c prints "N passed, N failed" and exits 1 on any
 * failure. */
#ifndef LEDE_TEST_HARNESS_H
#define LEDE_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

typedef void (*test_fn)(void);
void harness_register(const char *name, test_fn fn);
void harness_fail(const char *file, int line, const char *what);
void harness_fail_str(const char *file, int line, const char *expr, const char *got, const char *want);

/* Calls fn(data, len) for every file of tests/regress/<sub>/ (README.md
 * and dot files skipped), found from the repository root or a build folder
 * inside it, or under $LEDE_REGRESS_DIR/<sub>. Returns the number of files
 * replayed; 0 when the folder is not found from here. */
int harness_replay_dir(const char *sub, void (*fn)(const char *data, size_t len));

#define TEST(name)                                                            \
    static void test_##name(void);                                            \
    __attribute__((constructor)) static void register_##name(void)            \
    {                                                                         \
        harness_register(#name, test_##name);                                 \
    }                                                                         \
    static void test_##name(void)

#define CHECK(cond)                                                           \
    do {                                                                      \
        if (!(cond))                                                          \
            harness_fail(__FILE__, __LINE__, #cond);                          \
    } while (0)

#define CHECK_STR(got, want)                                                  \
    do {                                                                      \
        const char *g_ = (got), *w_ = (want);                                 \
        if (!((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0))) \
            harness_fail_str(__FILE__, __LINE__, #got, g_, w_);               \
    } while (0)

#define CHECK_INT(got, want)                                                  \
    do {                                                                      \
        long long g_ = (long long)(got), w_ = (long long)(want);              \
        if (g_ != w_) {                                                       \
            char m_[256];                                                     \
            snprintf(m_, sizeof m_, "%s: got %lld, want %lld", #got, g_, w_); \
            harness_fail(__FILE__, __LINE__, m_);                             \
        }                                                                     \
    } while (0)

#endif

/* test_regress_extract.c: replays tests/regress/extract/* (fuzz_extract
 * findings) through the fuzz target's own function, so each crasher, hang
 * or sanitizer finding stays fixed. Run from the repository root or a
 * build folder inside it, or set LEDE_REGRESS_DIR to tests/regress. */
#include <dirent.h>
#include <stdlib.h>

#include "../../fuzz/fuzz_extract.c"
#include "core/buf.h"
#include "harness.h"

TEST(extract_regress_replay)
{
    static const char *const dirs[] = {"tests/regress/extract", "../tests/regress/extract",
                                       "../../tests/regress/extract"};
    char dir[512] = "";
    DIR *d = NULL;
    const char *env = getenv("LEDE_REGRESS_DIR");
    if (env) {
        snprintf(dir, sizeof dir, "%s/extract", env);
        d = opendir(dir);
    }
    for (size_t i = 0; !d && i < sizeof dirs / sizeof *dirs; i++) {
        snprintf(dir, sizeof dir, "%s", dirs[i]);
        d = opendir(dir);
    }
    if (!d)
        return;
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
        buf b = BUF_INIT;
        char tmp[65536];
        size_t r;
        while ((r = fread(tmp, 1, sizeof tmp, f)) > 0)
            buf_put(&b, tmp, r);
        fclose(f);
        CHECK_INT(LLVMFuzzerTestOneInput((const uint8_t *)(b.data ? b.data : ""), b.len), 0);
        buf_free(&b);
        replayed++;
    }
    closedir(d);
    CHECK(replayed > 0);
}

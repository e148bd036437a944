/* test_regress_gzip.c: replays tests/regress/gzip/* (fuzz_gzip findings)
 * through the fuzz target's own function, which checks the one-call gzip
 * path against zlib's streaming inflate and aborts on a difference. Run
 * from the repository root or a build folder inside it, or set
 * LEDE_REGRESS_DIR to tests/regress. */
#include <stdlib.h>

/* fuzz_extract.c's entry point is linked into this binary too */
#define LLVMFuzzerTestOneInput fuzz_gzip_one_input
#include "../../fuzz/fuzz_gzip.c"
#undef LLVMFuzzerTestOneInput
#include "harness.h"

static void replay_gzip(const char *data, size_t len)
{
    CHECK_INT(fuzz_gzip_one_input((const uint8_t *)data, len), 0);
}

TEST(gzip_regress_replay)
{
    /* run from the repository root the folder must be there and non-empty */
    int n = harness_replay_dir("gzip", replay_gzip);
    FILE *here = fopen("tests/regress/gzip/README.md", "r");
    if (here) {
        fclose(here);
        CHECK(n > 0);
    }
}

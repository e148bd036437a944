/* test_regress_extract.c: replays tests/regress/extract/* (fuzz_extract
 * findings) through the fuzz target's own function, so each crasher, hang
 * or sanitizer finding stays fixed. Run from the repository root or a
 * build folder inside it, or set LEDE_REGRESS_DIR to tests/regress. */
#include <stdlib.h>

#include "../../fuzz/fuzz_extract.c"
#include "harness.h"

static void replay_extract(const char *data, size_t len)
{
    CHECK_INT(LLVMFuzzerTestOneInput((const uint8_t *)data, len), 0);
}

TEST(extract_regress_replay)
{
    /* run from the repository root the folder must be there and non-empty */
    int n = harness_replay_dir("extract", replay_extract);
    FILE *here = fopen("tests/regress/extract/README.md", "r");
    if (here) {
        fclose(here);
        CHECK(n > 0);
    }
}

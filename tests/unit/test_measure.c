/* test_measure.c: the one-pass (SSE2) text measure agrees with the plain
 * byte-by-byte measures on every length and alignment, including white
 * space runs and multi-byte commas that cross a 16-byte block boundary. */
#include <stdlib.h>
#include <string.h>

#include "body/measure.h"
#include "harness.h"

TEST(measure_one_pass_equals_plain_measures)
{
    static const char *const pieces[] = {" ", "\t", "\n", "\r", "\f", "\v", ",", "a", "Wort",
                                         "\xE3\x80\x81", "\xEF\xBC\x8C", "\xD8\x8C", "\xE3\x81\x82",
                                         "\xEF\xBC", "\xD8", "\xE3\x80", "  \n ", "\xC2\xA0"};
    char buf[300];
    unsigned seed = 12345;
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        while (len < sizeof buf - 8) {
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 40 == 0)
                break;
            const char *p = pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
            memcpy(buf + len, p, strlen(p));
            len += strlen(p);
        }
        for (size_t off = 0; off < 3 && off <= len; off++) {
            size_t collapsed, commas;
            text_measure(buf + off, len - off, &collapsed, &commas);
            CHECK(collapsed == text_collapsed_len(buf + off, len - off));
            CHECK(commas == text_count_commas(buf + off, len - off));
        }
    }
}

/* test_measure.c: the one-pass (SSE2) text measure agrees with the plain
 * byte-by-byte measures on every length and alignment, including white
 * space runs and multi-byte commas that cross a 16-byte block boundary;
 * and the four-byte ASCII fold against the one-byte one. */
#include <stdlib.h>
#include <string.h>

#include "body/measure.h"
#include "core/chars.h"
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

/* chars_lower4 (the class/id hint scan folds four bytes at once) agrees
 * with chars_lower on every byte value in every lane, next to bytes that
 * could carry into it. */
TEST(chars_lower4_equals_bytewise_lower)
{
    static const unsigned char around[] = {0x00, '@', 'A', 'Z', '[', 'a', 'z', 0x7f, 0x80, 0xc1, 0xda, 0xff};
    for (unsigned b = 0; b < 256; b++)
        for (unsigned lane = 0; lane < 4; lane++)
            for (size_t k = 0; k < sizeof around; k++) {
                unsigned char in[4] = {around[k], around[(k + 3) % sizeof around], around[(k + 7) % sizeof around],
                                       around[(k + 5) % sizeof around]};
                in[lane] = (unsigned char)b;
                uint32_t x = (uint32_t)in[0] | (uint32_t)in[1] << 8 | (uint32_t)in[2] << 16 | (uint32_t)in[3] << 24;
                uint32_t y = chars_lower4(x);
                for (unsigned j = 0; j < 4; j++)
                    CHECK((unsigned char)(y >> (8 * j)) == (unsigned char)chars_lower(in[j]));
            }
}

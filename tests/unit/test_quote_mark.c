/* test_quote_mark.c: the one quotation-mark reader (core/quote_mark.h):
 * exactly the eighteen marks, each with its kind, read from UTF-8 at their
 * length; every other code point, and every mark cut short, is none. */
#include "core/quote_mark.h"
#include "harness.h"

TEST(quote_mark_kinds)
{
    static const struct {
        uint32_t cp;
        int kind;
    } marks[] = {{'"', QM_ASCII2},     {'\'', QM_ASCII1},    {0x201C, QM_LDQ},    {0x201D, QM_RDQ},
                 {0x201E, QM_LOW2},    {0x00AB, QM_LAQ},     {0x00BB, QM_RAQ},    {0x2018, QM_LSQ},
                 {0x2019, QM_RSQ},     {0x201A, QM_LOW1},    {0x2039, QM_LSAQ},   {0x203A, QM_RSAQ},
                 {0x300C, QM_CJK_L},   {0x300D, QM_CJK_R},   {0x300E, QM_CJKW_L}, {0x300F, QM_CJKW_R},
                 {0x201B, QM_REV1},    {0x201F, QM_REV2}};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        CHECK_INT(quote_mark_of(marks[i].cp), marks[i].kind);
    int found = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        unsigned char b[5] = {0};
        size_t k = utf8_encode(cp, b);
        int kind = quote_mark_of(cp), got;
        size_t l = quote_mark_at(b, k, &got);
        if (kind != QM_NONE)
            found++;
        if (got != kind || l != (kind != QM_NONE ? k : 0)) {
            char m[64];
            snprintf(m, sizeof m, "U+%04X read as kind %d, %zu bytes", (unsigned)cp, got, l);
            harness_fail(__FILE__, __LINE__, m);
            break;
        }
        /* more bytes after the mark do not change it; fewer make it none */
        b[k] = 'x';
        CHECK(quote_mark_at(b, k + 1, &got) == l && got == kind);
        if (k > 1)
            CHECK(quote_mark_at(b, k - 1, &got) == 0 && got == QM_NONE);
    }
    CHECK_INT(found, 18);
    /* an invalid byte is no mark */
    const unsigned char bad[] = {0x80, 0x9C};
    int got;
    CHECK(quote_mark_at(bad, 2, &got) == 0 && got == QM_NONE);
}

// langid.cc: the one C++ file of lede: calls CLD2 (libcld2) and hands the
// answer back through langid.h's C interface. No exceptions cross it: CLD2
// throws none, and the only allocation (the result chunk vector) is not asked for.
#include "langid.h"

#include <cstdio> // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <climits>
#include <cstring>

extern "C" void langid_detect(const char *utf8, size_t len, langid_result *out)
{
    std::memset(out, 0, sizeof *out);
    if (!utf8 || len == 0)
        return;
    if (len > INT_MAX)
        len = INT_MAX;
    CLD2::Language lang3[3];
    int percent3[3];
    double score3[3];
    int text_bytes = 0, valid_prefix = 0;
    bool reliable = false;
    CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8, (int)len, true /* plain text */, nullptr /* no hints: we check a declaration */, 0, lang3,
        percent3, score3, nullptr, &text_bytes, &reliable, &valid_prefix);
    out->text_bytes = text_bytes;
    if (top == CLD2::UNKNOWN_LANGUAGE || top == CLD2::TG_UNKNOWN_LANGUAGE)
        return;
    const char *code = CLD2::LanguageCode(top);
    if (!code || std::strlen(code) >= sizeof out->code)
        return;
    std::memcpy(out->code, code, std::strlen(code) + 1);
    out->percent = lang3[0] == top ? percent3[0] : 0;
    out->reliable = reliable;
}

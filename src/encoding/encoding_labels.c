/* encoding_labels.c: the WHATWG Encoding Standard's encodings (canonical
 * names, the glibc iconv converters that decode them) and its complete
 * label table (https://encoding.spec.whatwg.org/#names-and-labels), plus
 * "get an encoding" and the Content-Type charset extraction. Everything
 * here is read-only data and pure functions. */
#include "core/chars.h"
#include "encoding/encoding_labels.h"

#include <string.h>

typedef struct {
    const char *name;       /* lower-case WHATWG name */
    const char *iconv[3];   /* glibc converters, first available wins */
    unsigned char multibyte;
} enc_desc;

/* Indexed by enc_id. Where the WHATWG decoder is a superset of the
 * classic charset, the superset converter comes first: gbk decodes as
 * gb18030, shift_jis is Microsoft's cp932, euc-kr is cp949 (UHC), big5 is
 * Big5-HKSCS, euc-jp tries the Microsoft variant (NEC/IBM extensions). */
static const enc_desc enc_descs[ENC_COUNT] = {
    [ENC_UTF8] = {"utf-8", {NULL}, 0},
    [ENC_IBM866] = {"ibm866", {"IBM866", NULL}, 0},
    [ENC_ISO8859_2] = {"iso-8859-2", {"ISO-8859-2", NULL}, 0},
    [ENC_ISO8859_3] = {"iso-8859-3", {"ISO-8859-3", NULL}, 0},
    [ENC_ISO8859_4] = {"iso-8859-4", {"ISO-8859-4", NULL}, 0},
    [ENC_ISO8859_5] = {"iso-8859-5", {"ISO-8859-5", NULL}, 0},
    [ENC_ISO8859_6] = {"iso-8859-6", {"ISO-8859-6", NULL}, 0},
    [ENC_ISO8859_7] = {"iso-8859-7", {"ISO-8859-7", NULL}, 0},
    [ENC_ISO8859_8] = {"iso-8859-8", {"ISO-8859-8", NULL}, 0},
    /* iso-8859-8-i differs only in bidi handling, not in its bytes */
    [ENC_ISO8859_8_I] = {"iso-8859-8-i", {"ISO-8859-8", NULL}, 0},
    [ENC_ISO8859_10] = {"iso-8859-10", {"ISO-8859-10", NULL}, 0},
    [ENC_ISO8859_13] = {"iso-8859-13", {"ISO-8859-13", NULL}, 0},
    [ENC_ISO8859_14] = {"iso-8859-14", {"ISO-8859-14", NULL}, 0},
    [ENC_ISO8859_15] = {"iso-8859-15", {"ISO-8859-15", NULL}, 0},
    [ENC_ISO8859_16] = {"iso-8859-16", {"ISO-8859-16", NULL}, 0},
    [ENC_KOI8_R] = {"koi8-r", {"KOI8-R", NULL}, 0},
    /* WHATWG koi8-u includes the Belarusian/Ukrainian letters of KOI8-RU */
    [ENC_KOI8_U] = {"koi8-u", {"KOI8-RU", "KOI8-U", NULL}, 0},
    [ENC_MACINTOSH] = {"macintosh", {"MACINTOSH", NULL}, 0},
    [ENC_WINDOWS_874] = {"windows-874", {"CP874", "WINDOWS-874", NULL}, 0},
    [ENC_WINDOWS_1250] = {"windows-1250", {"CP1250", NULL}, 0},
    [ENC_WINDOWS_1251] = {"windows-1251", {"CP1251", NULL}, 0},
    [ENC_WINDOWS_1252] = {"windows-1252", {NULL}, 0}, /* own table, see encoding.c */
    [ENC_WINDOWS_1253] = {"windows-1253", {"CP1253", NULL}, 0},
    [ENC_WINDOWS_1254] = {"windows-1254", {"CP1254", NULL}, 0},
    [ENC_WINDOWS_1255] = {"windows-1255", {"CP1255", NULL}, 0},
    [ENC_WINDOWS_1256] = {"windows-1256", {"CP1256", NULL}, 0},
    [ENC_WINDOWS_1257] = {"windows-1257", {"CP1257", NULL}, 0},
    [ENC_WINDOWS_1258] = {"windows-1258", {"CP1258", NULL}, 0},
    [ENC_X_MAC_CYRILLIC] = {"x-mac-cyrillic", {"MAC-CYRILLIC", "MACCYRILLIC", NULL}, 0},
    [ENC_GBK] = {"gbk", {"GB18030", "GBK", NULL}, 1},
    [ENC_GB18030] = {"gb18030", {"GB18030", NULL}, 1},
    [ENC_BIG5] = {"big5", {"BIG5-HKSCS", "BIG5", NULL}, 1},
    [ENC_EUC_JP] = {"euc-jp", {"EUC-JP-MS", "EUC-JP", NULL}, 1},
    [ENC_ISO2022_JP] = {"iso-2022-jp", {"ISO-2022-JP", NULL}, 1},
    [ENC_SHIFT_JIS] = {"shift_jis", {"CP932", "SHIFT_JIS", NULL}, 1},
    [ENC_EUC_KR] = {"euc-kr", {"CP949", "EUC-KR", NULL}, 1},
    [ENC_REPLACEMENT] = {"replacement", {NULL}, 0},
    [ENC_UTF16BE] = {"utf-16be", {"UTF-16BE", NULL}, 0},
    [ENC_UTF16LE] = {"utf-16le", {"UTF-16LE", NULL}, 0},
    [ENC_X_USER_DEFINED] = {"x-user-defined", {NULL}, 0},
};

/* The whole WHATWG label table, in the standard's order. */
static const struct {
    const char *label;
    enc_id enc;
} enc_labels[] = {
    {"unicode-1-1-utf-8", ENC_UTF8}, {"unicode11utf8", ENC_UTF8}, {"unicode20utf8", ENC_UTF8},
    {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"x-unicode20utf8", ENC_UTF8},
    {"866", ENC_IBM866}, {"cp866", ENC_IBM866}, {"csibm866", ENC_IBM866}, {"ibm866", ENC_IBM866},
    {"csisolatin2", ENC_ISO8859_2}, {"iso-8859-2", ENC_ISO8859_2}, {"iso-ir-101", ENC_ISO8859_2},
    {"iso8859-2", ENC_ISO8859_2}, {"iso88592", ENC_ISO8859_2}, {"iso_8859-2", ENC_ISO8859_2},
    {"iso_8859-2:1987", ENC_ISO8859_2}, {"l2", ENC_ISO8859_2}, {"latin2", ENC_ISO8859_2},
    {"csisolatin3", ENC_ISO8859_3}, {"iso-8859-3", ENC_ISO8859_3}, {"iso-ir-109", ENC_ISO8859_3},
    {"iso8859-3", ENC_ISO8859_3}, {"iso88593", ENC_ISO8859_3}, {"iso_8859-3", ENC_ISO8859_3},
    {"iso_8859-3:1988", ENC_ISO8859_3}, {"l3", ENC_ISO8859_3}, {"latin3", ENC_ISO8859_3},
    {"csisolatin4", ENC_ISO8859_4}, {"iso-8859-4", ENC_ISO8859_4}, {"iso-ir-110", ENC_ISO8859_4},
    {"iso8859-4", ENC_ISO8859_4}, {"iso88594", ENC_ISO8859_4}, {"iso_8859-4", ENC_ISO8859_4},
    {"iso_8859-4:1988", ENC_ISO8859_4}, {"l4", ENC_ISO8859_4}, {"latin4", ENC_ISO8859_4},
    {"csisolatincyrillic", ENC_ISO8859_5}, {"cyrillic", ENC_ISO8859_5}, {"iso-8859-5", ENC_ISO8859_5},
    {"iso-ir-144", ENC_ISO8859_5}, {"iso8859-5", ENC_ISO8859_5}, {"iso88595", ENC_ISO8859_5},
    {"iso_8859-5", ENC_ISO8859_5}, {"iso_8859-5:1988", ENC_ISO8859_5},
    {"arabic", ENC_ISO8859_6}, {"asmo-708", ENC_ISO8859_6}, {"csiso88596e", ENC_ISO8859_6},
    {"csiso88596i", ENC_ISO8859_6}, {"csisolatinarabic", ENC_ISO8859_6}, {"ecma-114", ENC_ISO8859_6},
    {"iso-8859-6", ENC_ISO8859_6}, {"iso-8859-6-e", ENC_ISO8859_6}, {"iso-8859-6-i", ENC_ISO8859_6},
    {"iso-ir-127", ENC_ISO8859_6}, {"iso8859-6", ENC_ISO8859_6}, {"iso88596", ENC_ISO8859_6},
    {"iso_8859-6", ENC_ISO8859_6}, {"iso_8859-6:1987", ENC_ISO8859_6},
    {"csisolatingreek", ENC_ISO8859_7}, {"ecma-118", ENC_ISO8859_7}, {"elot_928", ENC_ISO8859_7},
    {"greek", ENC_ISO8859_7}, {"greek8", ENC_ISO8859_7}, {"iso-8859-7", ENC_ISO8859_7},
    {"iso-ir-126", ENC_ISO8859_7}, {"iso8859-7", ENC_ISO8859_7}, {"iso88597", ENC_ISO8859_7},
    {"iso_8859-7", ENC_ISO8859_7}, {"iso_8859-7:1987", ENC_ISO8859_7}, {"sun_eu_greek", ENC_ISO8859_7},
    {"csiso88598e", ENC_ISO8859_8}, {"csisolatinhebrew", ENC_ISO8859_8}, {"hebrew", ENC_ISO8859_8},
    {"iso-8859-8", ENC_ISO8859_8}, {"iso-8859-8-e", ENC_ISO8859_8}, {"iso-ir-138", ENC_ISO8859_8},
    {"iso8859-8", ENC_ISO8859_8}, {"iso88598", ENC_ISO8859_8}, {"iso_8859-8", ENC_ISO8859_8},
    {"iso_8859-8:1988", ENC_ISO8859_8}, {"visual", ENC_ISO8859_8},
    {"csiso88598i", ENC_ISO8859_8_I}, {"iso-8859-8-i", ENC_ISO8859_8_I}, {"logical", ENC_ISO8859_8_I},
    {"csisolatin6", ENC_ISO8859_10}, {"iso-8859-10", ENC_ISO8859_10}, {"iso-ir-157", ENC_ISO8859_10},
    {"iso8859-10", ENC_ISO8859_10}, {"iso885910", ENC_ISO8859_10}, {"l6", ENC_ISO8859_10},
    {"latin6", ENC_ISO8859_10},
    {"iso-8859-13", ENC_ISO8859_13}, {"iso8859-13", ENC_ISO8859_13}, {"iso885913", ENC_ISO8859_13},
    {"iso-8859-14", ENC_ISO8859_14}, {"iso8859-14", ENC_ISO8859_14}, {"iso885914", ENC_ISO8859_14},
    {"csisolatin9", ENC_ISO8859_15}, {"iso-8859-15", ENC_ISO8859_15}, {"iso8859-15", ENC_ISO8859_15},
    {"iso885915", ENC_ISO8859_15}, {"iso_8859-15", ENC_ISO8859_15}, {"l9", ENC_ISO8859_15},
    {"iso-8859-16", ENC_ISO8859_16},
    {"cskoi8r", ENC_KOI8_R}, {"koi", ENC_KOI8_R}, {"koi8", ENC_KOI8_R}, {"koi8-r", ENC_KOI8_R},
    {"koi8_r", ENC_KOI8_R},
    {"koi8-ru", ENC_KOI8_U}, {"koi8-u", ENC_KOI8_U},
    {"csmacintosh", ENC_MACINTOSH}, {"mac", ENC_MACINTOSH}, {"macintosh", ENC_MACINTOSH},
    {"x-mac-roman", ENC_MACINTOSH},
    {"dos-874", ENC_WINDOWS_874}, {"iso-8859-11", ENC_WINDOWS_874}, {"iso8859-11", ENC_WINDOWS_874},
    {"iso885911", ENC_WINDOWS_874}, {"tis-620", ENC_WINDOWS_874}, {"windows-874", ENC_WINDOWS_874},
    {"cp1250", ENC_WINDOWS_1250}, {"windows-1250", ENC_WINDOWS_1250}, {"x-cp1250", ENC_WINDOWS_1250},
    {"cp1251", ENC_WINDOWS_1251}, {"windows-1251", ENC_WINDOWS_1251}, {"x-cp1251", ENC_WINDOWS_1251},
    {"ansi_x3.4-1968", ENC_WINDOWS_1252}, {"ascii", ENC_WINDOWS_1252}, {"cp1252", ENC_WINDOWS_1252},
    {"cp819", ENC_WINDOWS_1252}, {"csisolatin1", ENC_WINDOWS_1252}, {"ibm819", ENC_WINDOWS_1252},
    {"iso-8859-1", ENC_WINDOWS_1252}, {"iso-ir-100", ENC_WINDOWS_1252}, {"iso8859-1", ENC_WINDOWS_1252},
    {"iso88591", ENC_WINDOWS_1252}, {"iso_8859-1", ENC_WINDOWS_1252},
    {"iso_8859-1:1987", ENC_WINDOWS_1252}, {"l1", ENC_WINDOWS_1252}, {"latin1", ENC_WINDOWS_1252},
    {"us-ascii", ENC_WINDOWS_1252}, {"windows-1252", ENC_WINDOWS_1252}, {"x-cp1252", ENC_WINDOWS_1252},
    {"cp1253", ENC_WINDOWS_1253}, {"windows-1253", ENC_WINDOWS_1253}, {"x-cp1253", ENC_WINDOWS_1253},
    {"cp1254", ENC_WINDOWS_1254}, {"csisolatin5", ENC_WINDOWS_1254}, {"iso-8859-9", ENC_WINDOWS_1254},
    {"iso-ir-148", ENC_WINDOWS_1254}, {"iso8859-9", ENC_WINDOWS_1254}, {"iso88599", ENC_WINDOWS_1254},
    {"iso_8859-9", ENC_WINDOWS_1254}, {"iso_8859-9:1989", ENC_WINDOWS_1254}, {"l5", ENC_WINDOWS_1254},
    {"latin5", ENC_WINDOWS_1254}, {"windows-1254", ENC_WINDOWS_1254}, {"x-cp1254", ENC_WINDOWS_1254},
    {"cp1255", ENC_WINDOWS_1255}, {"windows-1255", ENC_WINDOWS_1255}, {"x-cp1255", ENC_WINDOWS_1255},
    {"cp1256", ENC_WINDOWS_1256}, {"windows-1256", ENC_WINDOWS_1256}, {"x-cp1256", ENC_WINDOWS_1256},
    {"cp1257", ENC_WINDOWS_1257}, {"windows-1257", ENC_WINDOWS_1257}, {"x-cp1257", ENC_WINDOWS_1257},
    {"cp1258", ENC_WINDOWS_1258}, {"windows-1258", ENC_WINDOWS_1258}, {"x-cp1258", ENC_WINDOWS_1258},
    {"x-mac-cyrillic", ENC_X_MAC_CYRILLIC}, {"x-mac-ukrainian", ENC_X_MAC_CYRILLIC},
    {"chinese", ENC_GBK}, {"csgb2312", ENC_GBK}, {"csiso58gb231280", ENC_GBK}, {"gb2312", ENC_GBK},
    {"gb_2312", ENC_GBK}, {"gb_2312-80", ENC_GBK}, {"gbk", ENC_GBK}, {"iso-ir-58", ENC_GBK},
    {"x-gbk", ENC_GBK},
    {"gb18030", ENC_GB18030},
    {"big5", ENC_BIG5}, {"big5-hkscs", ENC_BIG5}, {"cn-big5", ENC_BIG5}, {"csbig5", ENC_BIG5},
    {"x-x-big5", ENC_BIG5},
    {"cseucpkdfmtjapanese", ENC_EUC_JP}, {"euc-jp", ENC_EUC_JP}, {"x-euc-jp", ENC_EUC_JP},
    {"csiso2022jp", ENC_ISO2022_JP}, {"iso-2022-jp", ENC_ISO2022_JP},
    {"csshiftjis", ENC_SHIFT_JIS}, {"ms932", ENC_SHIFT_JIS}, {"ms_kanji", ENC_SHIFT_JIS},
    {"shift-jis", ENC_SHIFT_JIS}, {"shift_jis", ENC_SHIFT_JIS}, {"sjis", ENC_SHIFT_JIS},
    {"windows-31j", ENC_SHIFT_JIS}, {"x-sjis", ENC_SHIFT_JIS},
    {"cseuckr", ENC_EUC_KR}, {"csksc56011987", ENC_EUC_KR}, {"euc-kr", ENC_EUC_KR},
    {"iso-ir-149", ENC_EUC_KR}, {"korean", ENC_EUC_KR}, {"ks_c_5601-1987", ENC_EUC_KR},
    {"ks_c_5601-1989", ENC_EUC_KR}, {"ksc5601", ENC_EUC_KR}, {"ksc_5601", ENC_EUC_KR},
    {"windows-949", ENC_EUC_KR},
    {"csiso2022kr", ENC_REPLACEMENT}, {"hz-gb-2312", ENC_REPLACEMENT}, {"iso-2022-cn", ENC_REPLACEMENT},
    {"iso-2022-cn-ext", ENC_REPLACEMENT}, {"iso-2022-kr", ENC_REPLACEMENT},
    {"replacement", ENC_REPLACEMENT},
    {"unicodefffe", ENC_UTF16BE}, {"utf-16be", ENC_UTF16BE},
    {"csunicode", ENC_UTF16LE}, {"iso-10646-ucs-2", ENC_UTF16LE}, {"ucs-2", ENC_UTF16LE},
    {"unicode", ENC_UTF16LE}, {"unicodefeff", ENC_UTF16LE}, {"utf-16", ENC_UTF16LE},
    {"utf-16le", ENC_UTF16LE},
    {"x-user-defined", ENC_X_USER_DEFINED},
};

const char *enc_name(enc_id e)
{
    return e >= 0 && e < ENC_COUNT ? enc_descs[e].name : "";
}

const char *const *enc_iconv_names(enc_id e)
{
    if (e < 0 || e >= ENC_COUNT || !enc_descs[e].iconv[0])
        return NULL;
    return enc_descs[e].iconv;
}

int enc_is_multibyte(enc_id e)
{
    return e >= 0 && e < ENC_COUNT && enc_descs[e].multibyte;
}

enc_id enc_from_label(const char *label, size_t len)
{
    if (!label)
        return ENC_NONE;
    if (len == (size_t)-1)
        len = strlen(label);
    while (len && chars_is_space((unsigned char)*label)) {
        label++;
        len--;
    }
    while (len && chars_is_space((unsigned char)label[len - 1]))
        len--;
    /* The longest label, "cseucpkdfmtjapanese", has 19 bytes. */
    char low[24];
    if (len == 0 || len >= sizeof low)
        return ENC_NONE;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)label[i];
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[len] = '\0';
    /* ~220 short labels, looked up a few times per page: a linear scan is
     * well under a microsecond. */
    for (size_t i = 0; i < sizeof enc_labels / sizeof *enc_labels; i++)
        if (strcmp(enc_labels[i].label, low) == 0)
            return enc_labels[i].enc;
    return ENC_NONE;
}

enc_id enc_from_detector_name(const char *name)
{
    enc_id e = enc_from_label(name, (size_t)-1);
    if (e != ENC_NONE || !name)
        return e;
    /* uchardet names outside the WHATWG table that have a WHATWG twin */
    static const struct {
        const char *name;
        enc_id enc;
    } extra[] = {
        {"mac-cyrillic", ENC_X_MAC_CYRILLIC},
        {"maccyrillic", ENC_X_MAC_CYRILLIC},
    };
    char low[24];
    size_t n = strlen(name);
    if (n >= sizeof low)
        return ENC_NONE;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    for (size_t i = 0; i < sizeof extra / sizeof *extra; i++)
        if (strcmp(extra[i].name, low) == 0)
            return extra[i].enc;
    return ENC_NONE;
}

enc_id enc_from_content_type(const char *v, size_t len)
{
    size_t i = 0;
    for (;;) {
        /* find "charset", ASCII case-insensitively, from position i */
        size_t k = i;
        for (; k + 7 <= len; k++) {
            size_t j = 0;
            for (; j < 7; j++) {
                unsigned char c = (unsigned char)v[k + j];
                if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)"charset"[j])
                    break;
            }
            if (j == 7)
                break;
        }
        if (k + 7 > len)
            return ENC_NONE;
        i = k + 7;
        while (i < len && chars_is_space((unsigned char)v[i]))
            i++;
        /* "charset" not followed by '=': look for the next occurrence,
         * starting at this byte */
        if (i >= len || v[i] != '=')
            continue;
        i++;
        while (i < len && chars_is_space((unsigned char)v[i]))
            i++;
        if (i >= len)
            return ENC_NONE;
        if (v[i] == '"' || v[i] == '\'') {
            char q = v[i];
            size_t start = ++i;
            while (i < len && v[i] != q)
                i++;
            if (i >= len) /* unmatched quote: nothing */
                return ENC_NONE;
            return enc_from_label(v + start, i - start);
        }
        size_t start = i;
        while (i < len && !chars_is_space((unsigned char)v[i]) && v[i] != ';')
            i++;
        return enc_from_label(v + start, i - start);
    }
}

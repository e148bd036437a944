/* encoding_labels.h: internals of the encoding stage, shared by
 * encoding.c, its unit tests and tools/dev/lede_charset.c (not part of the
 * public API): the WHATWG Encoding Standard's encodings and label table,
 * the <meta> prescan, and a variant of enc_to_utf8() that also says which
 * rule picked the encoding. */
#ifndef LEDE_HTML_ENCODING_LABELS_H
#define LEDE_HTML_ENCODING_LABELS_H

#include <stddef.h>

#include "encoding/encoding.h"

/* The encodings of the WHATWG Encoding Standard. ENC_NONE means "no
 * encoding" (an unknown label, or nothing declared). */
typedef enum {
    ENC_NONE = -1,
    ENC_UTF8 = 0,
    ENC_IBM866,
    ENC_ISO8859_2,
    ENC_ISO8859_3,
    ENC_ISO8859_4,
    ENC_ISO8859_5,
    ENC_ISO8859_6,
    ENC_ISO8859_7,
    ENC_ISO8859_8,
    ENC_ISO8859_8_I,
    ENC_ISO8859_10,
    ENC_ISO8859_13,
    ENC_ISO8859_14,
    ENC_ISO8859_15,
    ENC_ISO8859_16,
    ENC_KOI8_R,
    ENC_KOI8_U,
    ENC_MACINTOSH,
    ENC_WINDOWS_874,
    ENC_WINDOWS_1250,
    ENC_WINDOWS_1251,
    ENC_WINDOWS_1252,
    ENC_WINDOWS_1253,
    ENC_WINDOWS_1254,
    ENC_WINDOWS_1255,
    ENC_WINDOWS_1256,
    ENC_WINDOWS_1257,
    ENC_WINDOWS_1258,
    ENC_X_MAC_CYRILLIC,
    ENC_GBK,
    ENC_GB18030,
    ENC_BIG5,
    ENC_EUC_JP,
    ENC_ISO2022_JP,
    ENC_SHIFT_JIS,
    ENC_EUC_KR,
    ENC_REPLACEMENT,
    ENC_UTF16BE,
    ENC_UTF16LE,
    ENC_X_USER_DEFINED,
    ENC_COUNT
} enc_id;

/* Lower-case canonical WHATWG name ("utf-8", "shift_jis"); "" for ENC_NONE. */
const char *enc_name(enc_id e);
/* glibc iconv names to try in order for e (NULL-terminated list), or NULL
 * for the encodings decoded without iconv (utf-8, windows-1252,
 * x-user-defined, replacement). */
const char *const *enc_iconv_names(enc_id e);
/* 1 for the multi-byte legacy encodings (CJK), 0 otherwise. */
int enc_is_multibyte(enc_id e);

/* WHATWG "get an encoding": trims ASCII whitespace, matches the label
 * case-insensitively. len may be (size_t)-1 for a NUL-terminated label. */
enc_id enc_from_label(const char *label, size_t len);
/* Like enc_from_label, plus the names charset detectors (uchardet) use
 * that are not WHATWG labels ("mac-cyrillic"). */
enc_id enc_from_detector_name(const char *name);
/* WHATWG "extracting a character encoding from a meta element" on a
 * Content-Type value ("text/html; charset=utf-8"). */
enc_id enc_from_content_type(const char *value, size_t len);

/* WHATWG "prescan a byte stream to determine its encoding" over exactly
 * the len bytes given (the caller passes the first 1024); includes the
 * <?xml encoding=...?> fallback. Returns ENC_NONE when nothing is found.
 * utf-16 declarations come back as utf-8, x-user-defined as windows-1252. */
enc_id enc_prescan(const char *html, size_t len);

/* Which rule chose the encoding. */
typedef enum {
    ENC_SRC_BOM,        /* byte-order mark */
    ENC_SRC_TRANSPORT,  /* the transport charset argument */
    ENC_SRC_META,       /* prescan of the first 1024 bytes */
    ENC_SRC_META_LATE,  /* a <meta> between 1 KiB and 64 KiB (see encoding.c) */
    ENC_SRC_UTF8,       /* nothing declared, the bytes are (mostly) valid UTF-8 */
    ENC_SRC_DETECTED,   /* nothing usable declared: uchardet */
    ENC_SRC_DEFAULT     /* nothing declared or detected: windows-1252 */
} enc_source;

typedef struct enc_info {
    enc_source source;
    enc_id declared;        /* what the BOM/transport/meta said, or ENC_NONE */
    enc_id used;            /* the encoding decoded with */
    int overridden;         /* 1 when the bytes contradicted the declaration */
    size_t utf8_multibyte;  /* valid multi-byte UTF-8 sequences in the input */
    size_t utf8_invalid;    /* invalid UTF-8 sequences (a cut-off one at the very end not counted) */
    size_t replacements;    /* U+FFFD written for undecodable bytes */
} enc_info;

/* The encoding the page declares, in WHATWG order: BOM, transport
 * charset, <meta> prescan (first 1 KiB, then up to 64 KiB); ENC_NONE if
 * none. *source tells which (ENC_SRC_DEFAULT when none). No content check. */
enc_id enc_declared(const char *html, size_t len, const char *transport_charset,
                    enc_source *source);
/* enc_to_utf8 that also fills *info (info may be NULL). */
int enc_to_utf8_ex(const char *html, size_t len, const char *transport_charset,
                   enc_result *res, enc_info *info);
/* Name of an enc_source ("bom", "meta", ...). */
const char *enc_source_name(enc_source s);

/* 1 when s[0..n) is valid UTF-8 (no surrogates, overlongs or code points
 * past U+10FFFF). */
int enc_utf8_valid(const char *s, size_t n);

#endif

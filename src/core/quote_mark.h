/* quote_mark.h: the quotation marks every stage reads, one reader. A mark's
 * kind says which character it is (the quotes stage pairs marks by kind);
 * each caller keeps its own policy on top, the kinds it takes:
 *   - the quotes stage (quotes/lex.c): all but the reversed-9 marks;
 *   - the comment heading's quoted title (meta/title_inputs.c): all but the
 *     apostrophe and the reversed-9 marks;
 *   - the pull quote's trimming (body/clean.c): guillemets and
 *     U+2018..U+201F, besides spaces and ASCII punctuation.
 * tests/unit/test_quote_mark.c checks the reader on every code point. */
#ifndef LEDE_CORE_QUOTE_MARK_H
#define LEDE_CORE_QUOTE_MARK_H

#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

enum {
    QM_NONE,
    QM_ASCII2, /* "  U+0022 */
    QM_ASCII1, /* '  U+0027, also the apostrophe */
    QM_LDQ,    /* “  U+201C */
    QM_RDQ,    /* ”  U+201D */
    QM_LOW2,   /* „  U+201E */
    QM_LAQ,    /* «  U+00AB */
    QM_RAQ,    /* »  U+00BB */
    QM_LSQ,    /* ‘  U+2018 */
    QM_RSQ,    /* ’  U+2019, also the typographic apostrophe */
    QM_LOW1,   /* ‚  U+201A */
    QM_LSAQ,   /* ‹  U+2039 */
    QM_RSAQ,   /* ›  U+203A */
    QM_CJK_L,  /* 「 U+300C */
    QM_CJK_R,  /* 」 U+300D */
    QM_CJKW_L, /* 『 U+300E */
    QM_CJKW_R, /* 』 U+300F */
    QM_REV1,   /* ‛  U+201B, single reversed-9 */
    QM_REV2    /* ‟  U+201F, double reversed-9 */
};

/* The kind of the quotation mark cp, QM_NONE when it is none. */
static inline int quote_mark_of(uint32_t cp)
{
    switch (cp) {
    case '"': return QM_ASCII2;
    case '\'': return QM_ASCII1;
    case 0x201C: return QM_LDQ;
    case 0x201D: return QM_RDQ;
    case 0x201E: return QM_LOW2;
    case 0x00AB: return QM_LAQ;
    case 0x00BB: return QM_RAQ;
    case 0x2018: return QM_LSQ;
    case 0x2019: return QM_RSQ;
    case 0x201A: return QM_LOW1;
    case 0x2039: return QM_LSAQ;
    case 0x203A: return QM_RSAQ;
    case 0x300C: return QM_CJK_L;
    case 0x300D: return QM_CJK_R;
    case 0x300E: return QM_CJKW_L;
    case 0x300F: return QM_CJKW_R;
    case 0x201B: return QM_REV1;
    case 0x201F: return QM_REV2;
    }
    return QM_NONE;
}

/* Bytes of the quotation mark at p (avail >= 1 bytes there), 0 when none
 * starts there (also for a sequence cut short); its kind in *kind. */
static inline size_t quote_mark_at(const unsigned char *p, size_t avail, int *kind)
{
    size_t k = utf8_seq_len(p, avail);
    *kind = k ? quote_mark_of(utf8_decode(p, k)) : QM_NONE;
    return *kind != QM_NONE ? k : 0;
}

#endif

/* classify.h: what an element's class and id say about it. One scan of the
 * two attribute values against a keyword table yields a bitmask of hints
 * (boilerplate kinds, content hints); the body extractor reads it. */
#ifndef LEDE_CLASSIFY_H
#define LEDE_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#include "core/value_memo.h"
#include "dom/dom.h"

enum {
    CL_UNLIKELY = 1u << 0,  /* page furniture: menus, footers, sidebars... (removed unless CL_MAYBE) */
    CL_MAYBE = 1u << 1,     /* "article", "content", "main": keeps an unlikely container alive */
    CL_POSITIVE = 1u << 2,  /* readability's positive class weight */
    CL_NEGATIVE = 1u << 3,  /* readability's negative class weight */
    CL_SHARE = 1u << 4,     /* share / social buttons */
    CL_COMMENT = 1u << 5,   /* comment sections */
    CL_RELATED = 1u << 6,   /* related / recommended / trending teasers */
    CL_AD = 1u << 7,        /* ads, sponsored */
    CL_CONSENT = 1u << 8,   /* newsletter / subscribe / sign-up prompts */
    CL_CAPTION = 1u << 9,   /* image captions and credits */
    CL_AUTHORBOX = 1u << 10,/* author bios */
    CL_BODY = 1u << 11,     /* strong article-body hints: articleBody, entry-content, post-body */
    CL_HIDDEN = 1u << 12,   /* "hidden", "sr-only", "visually-hidden" */
    CL_META = 1u << 13,     /* bylines, dates, tags, breadcrumbs: article furniture */
    CL_NAV = 1u << 14,      /* navigation, menus, breadcrumbs, pagination */
    CL_ROLE = 1u << 15,     /* set by the extractor: an ARIA role of page furniture */
    CL_COOKIE = 1u << 16,   /* cookie / consent / GDPR notices: long legal prose, never content */
    CL_POPUP = 1u << 17,    /* dialogs, modals, overlays, pop-ups: boxes over the page */
    CL_MEDIA = 1u << 18,    /* "media": a picture or video box, or a media object (image beside text) */
    CL_QUOTE = 1u << 19,    /* "quote": a pull quote or a quoted passage set apart */
    CL_CREDIT = 1u << 20,   /* a picture's credit box: "copyright", "photo-credit", "fotograf" (clean.c) */
};

/* Per-page index into the keyword table: the keywords starting with each
 * pair of first bytes are order[start[cell]] .. order[start[cell + 1] - 1],
 * cell = slot0 * 32 + slot1 (chars_slot: letters and '-' 0..26, any other
 * byte 27, whose cells stay empty; 32 a row so the cell is a shift). */
enum { CLASSIFY_CELLS = 28 * 32 };
/* Values already classified on this page (core/value_memo.h). */
enum { CLASSIFY_MEMO = 512 };

typedef struct classify_index {
    uint8_t start[CLASSIFY_CELLS + 1];
    uint32_t row[28]; /* bit slot1 of row[slot0]: the cell holds a keyword */
    uint8_t order[256];
    uint32_t head[256], mask[256]; /* order[i]'s first 4 bytes (little-endian), and which count */
    value_memo_slot memo[CLASSIFY_MEMO];
} classify_index;
void classify_index_init(classify_index *ix);

/* Hints from class and id of el (0 for non-elements), and Readability's
 * class weight into *weight (may be NULL): +25 for a positive word, -25
 * for a negative one, class and id counted separately. */
uint32_t classify_element_weight(classify_index *ix, const dom_node *el, int *weight);

/* Hints of one class or id value. */
uint32_t classify_value(const classify_index *ix, const char *v, size_t len);

/* The keyword table, for tests: every keyword must classify as itself. */
size_t classify_keyword_count(void);
const char *classify_keyword(size_t k);

#endif

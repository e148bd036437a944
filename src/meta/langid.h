/* langid.h: the language of a text, from its letters (CLD2, Google's
 * Compact Language Detector 2, Debian's libcld2). A C face over the C++
 * library so the rest of lede stays C11. See docs/metadata.md,
 * "Language", for why CLD2 and how its answer is used. */
#ifndef LEDE_LANGID_H
#define LEDE_LANGID_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct langid_result {
    char code[12];   /* ISO 639-1 (or CLD2's code, e.g. "zh-Hant"); "" when unknown */
    int percent;     /* share of the text's letters in that language, 0..100 */
    int reliable;    /* CLD2's own verdict: the top language clearly beats the next */
    int text_bytes;  /* letters CLD2 scored */
} langid_result;

/* Detects the language of len bytes of UTF-8 plain text (invalid UTF-8
 * gives "" and reliable 0; never reads past len). Thread-safe: CLD2's
 * one write to shared data per call is a constant only its debug printers
 * read (docs/architecture.md, "Threads"; tests/threads.supp). */
void langid_detect(const char *utf8, size_t len, langid_result *out);

#ifdef __cplusplus
}
#endif

#endif

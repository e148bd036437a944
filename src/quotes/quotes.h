/* quotes.h: quotes with their speakers, found in an article's body text
 * (the `text` field) after body extraction. See docs/quotes.md for the
 * definitions and the rules. */
#ifndef LEDE_QUOTES_H
#define LEDE_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "../core/arena.h"

typedef enum { QUOTE_DIRECT, QUOTE_MIXED, QUOTE_INDIRECT } quote_kind;

typedef struct quote_rec {
    const char *text;    /* the quoted words: the spans' text joined by one space */
    size_t *spans;       /* 2 * nspans offsets in code points, [start, end), into the body text,
                          * or into the headline when in_title */
    size_t nspans;
    const char *mention; /* the speaker as written next to the cue ("he", "Sen. Tom Lund"), or NULL */
    const char *speaker; /* the fullest name the article gives for it, or NULL */
    const char *cue;     /* "said", "told", "according to", ":", or NULL */
    quote_kind kind;
    int in_title;        /* the quote is in the headline ("Keller: “We will win”") */
} quote_rec;

typedef struct quote_list {
    quote_rec *items;
    size_t count;
} quote_list;

/* Finds the quotes of text[0..len) (UTF-8, one paragraph per line) and of
 * title (the headline, may be NULL): the headline's first (in_title, offsets
 * into title), then the body's in order; every string and array lives in
 * a. The headline's names also count for resolution ("Keller" -> "Jonas
 * Keller" when only the headline gives the full name).
 * Returns 0, or -1 when an allocation failed. Linear in len apart from
 * speaker resolution, which looks at a bounded number of names per quote. */
int quotes_find(arena *a, const char *text, size_t len, const char *title, quote_list *out);

/* Does the vocabulary cover the language with this BCP 47 tag ("en",
 * "de-AT", "fr")? English, German and French. Without its speech verbs,
 * pronouns and titles, a language's quotes are guesses (cues such as "las"
 * or "16" in Spanish), so lede looks for none there; an unknown language
 * (NULL or empty) is looked at. */
int quotes_cover_language(const char *tag);

/* "direct", "mixed" or "indirect". */
const char *quote_kind_name(quote_kind k);

#endif

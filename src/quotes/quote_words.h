/* quote_words.h: the vocabulary tables of quote attribution (quote_words.c)
 * and their lookup. */
#ifndef LEDE_QUOTE_WORDS_H
#define LEDE_QUOTE_WORDS_H

#include <stddef.h>

enum {
    QW_SPEECH = 1 << 0,      /* a speech verb: said, sagte, a déclaré */
    QW_AFTER_QUOTE = 1 << 1, /* a cue only right after a closing mark (German "so") */
    QW_ACCORDING = 1 << 2,   /* the source follows: according (to), selon, laut */
    QW_TITLE = 1 << 3,       /* a title or role before a name */
    QW_MALE = 1 << 4,        /* pronoun genders and numbers */
    QW_FEMALE = 1 << 5,
    QW_PLURAL = 1 << 6,
    QW_FIRST = 1 << 7,       /* first person: I, we, ich, je */
    QW_BETWEEN = 1 << 8,     /* may stand between source and verb */
    QW_STOP = 1 << 9,        /* function word */
    QW_DET = 1 << 10,        /* determiner */
    QW_ABBREV = 1 << 11,     /* an abbreviation with its dot */
    QW_PARTICIPLE = 1 << 12  /* "adding", "saying": the speaker is the subject */
};

typedef struct quote_word {
    const char *word;
    unsigned flags;
} quote_word;

extern const quote_word quote_cues[], quote_titles[], quote_pronouns[], quote_between[],
    quote_stops[], quote_determiners[], quote_abbrevs[];
extern const size_t quote_cues_count, quote_titles_count, quote_pronouns_count,
    quote_between_count, quote_stops_count, quote_determiners_count, quote_abbrevs_count;

/* The flags of the word s[0..len) in the table (lowercased first), or 0
 * when it is not there. */
unsigned quote_word_lookup(const quote_word *table, size_t count, const char *s, size_t len);

#endif

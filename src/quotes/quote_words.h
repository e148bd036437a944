/* quote_words.h: the quote finder's lookup over its vocabulary tables
 * (src/words/quotes.c): every table's flags for a word, in one probe. */
#ifndef LEDE_QUOTE_WORDS_H
#define LEDE_QUOTE_WORDS_H

#include <stddef.h>
#include <stdint.h>

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
    QW_PARTICIPLE = 1 << 12, /* "adding", "saying": the speaker is the subject */
    QW_ORG = 1 << 13,        /* the head word of an organisation's name */
    QW_OPENER = 1 << 14      /* opens a sentence before a name: "maybe", "june" */
};

/* A word's flags in every table at once. */
typedef struct quote_entry {
    uint16_t cues, titles, pronouns, between, stops, determiners, abbrevs, first_names, org_words, name_openers;
} quote_entry;

/* The word s[0..len) (lowercased first) in all tables, through one hash
 * probe: NULL when no table has it. The hash is built on first use
 * (thread-safe) from the tables of src/words/quotes.c. The quote finder looks up each
 * word once, here. */
const quote_entry *quote_word_entry(const char *s, size_t len);

/* The same for the word text[at..at+len) of a text of text_len bytes: it
 * may read the text's bytes after the word (whole 8-byte loads), which is
 * faster on the hot path. */
const quote_entry *quote_word_entry_in(const char *text, size_t text_len, size_t at, size_t len);

#endif

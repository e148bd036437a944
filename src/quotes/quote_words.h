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
    QW_OPENER = 1 << 14,     /* opens a sentence before a name: "maybe", "june" */
    QW_QUOTES_ONLY = 1 << 15 /* a cue for quotes only, no reported clause: "blamed" */
};

/* Grammar words (the entry's grammar field): closed classes the rules
 * test by role, never by spelling. */
enum {
    QG_BE = 1 << 0,              /* a form of "be": "is", "were" */
    QG_RELATIVE = 1 << 1,        /* "who", "which" */
    QG_SUBJECT_CONJ = 1 << 2,    /* a subject may follow: "when", "und", "quand" */
    QG_CLAUSE_CONJ = 1 << 3,     /* opens a clause: "though", "obwohl" */
    QG_JOINER = 1 << 4,          /* joins a mention's parts: "of", "von" */
    QG_PREPOSITION = 1 << 5,     /* "on", "nach", "après" */
    QG_COMPLEMENTIZER = 1 << 6,  /* "that", "dass", "que" */
    QG_PHRASE_HEAD = 1 << 7,     /* the first word of a two-word cue: "put", "pointed" */
    QG_COORD = 1 << 8,           /* "and", "und", "et" */
    QG_CONTRAST = 1 << 9,        /* "but", "aber", "mais" */
    QG_IMPERSONAL = 1 << 10,     /* "it" */
    QG_OBJECT_CUE = 1 << 11,     /* "told": keeps its plain object */
    QG_CLAUSE_COORD = 1 << 12,   /* "and", "but" before a speech verb: a new clause */
    QG_PLACE_PREP = 1 << 13,     /* "on", "in": a place, medium or addressee before a name */
    QG_INFINITIVE = 1 << 14,     /* "to": may mark an infinitive ("promised to take") */
    QG_NOUN_VERB = 1 << 15       /* "states", "comments": a verb only after a pronoun or before "that" */
};

/* A second flag of the stops field (beside QW_STOP): a subordinator that
 * ends a reported clause right after its closing mark ("when"). */
#define QS_CLAUSE_END (1u << 0)
/* A third: a subordinator that may stand between a comma and a participle
 * cue ("…, before adding that …"). */
#define QS_PARTICIPLE_LEAD (1u << 1)

/* A fourth: a coordinator that goes on with a list of quotes or reported
 * clauses after a closing mark with a comma ("“bold,” and that …"). */
#define QS_LIST_COORD (1u << 2)

/* What a two-word cue is (quote_phrase_cue). */
enum {
    QP_CUE = 1 << 0,        /* "put it", "pointed out" */
    QP_PARTICIPLE = 1 << 1, /* "pointing out": the speaker is the clause's subject */
    QP_FINAL = 1 << 2,      /* "went on": only before punctuation or a quote */
    QP_QUOTES_ONLY = 1 << 3 /* "talked about": a cue for quotes only */
};

/* A word's flags in every table at once. */
typedef struct quote_entry {
    uint16_t cues, titles, pronouns, between, stops, determiners, abbrevs, first_names, org_words, name_openers,
        grammar, times, roles,
        possessor, /* a possessive determiner's pronoun flags: "her" as QW_FEMALE */
        name_marks; /* QN_ flags: how a word stands next to a name */
} quote_entry;

/* The name_marks field: words that resolve.c tests where it finds names.
 * Their tables add no other flag, so a word of them alone reads as no cue,
 * stop or title anywhere else (every other test reads its own field). They
 * do have hash entries, so a token of them has its t->w set: a test for a
 * word of any table (t->w, as role_compound and lead_word make) counts
 * them as known words. */
enum {
    QN_NONSTARTER = 1 << 0, /* "sowohl", "afterwards": opens a sentence, never a name */
    QN_HONORIFIC = 1 << 1,  /* "mr", "dr": an honorific written without its dot */
    QN_INDEFINITE = 1 << 2  /* "a", "ein", "une": a determiner that names no one (all are determiners) */
};

/* The roles field: a few English function words' parts in the grammar of
 * attribution, each from its table (src/words/quotes.c). */
enum {
    QR_FREE_RELATIVE = 1 << 0,   /* "what" */
    QR_OBJECT_RELATIVE = 1 << 1, /* "whom" */
    QR_THING_RELATIVE = 1 << 2,  /* "which" */
    QR_ACCORDING_HEAD = 1 << 3,  /* "according" (to) */
    QR_ACCORDING_PREP = 1 << 4,  /* "to" after it */
    QR_AGENT = 1 << 5,           /* "by": a passive's agent */
    QR_PASSIVE_ADDRESS = 1 << 6, /* "asked", "told", "questioned" */
    QR_ONWARD = 1 << 7,          /* "on" of "went on to say" */
    QR_AUXILIARY = 1 << 8,       /* "has", "would" (English) */
    QR_SPEECH_NOUN = 1 << 9,     /* "claim", "remark": a cue after a possessor, before "that" */
    QR_POSSESSIVE = 1 << 10,     /* "his", "her", "their", "seine", "sa" */
    QR_NOUN_RELATIVE = 1 << 11,  /* "laquelle" of "selon laquelle" */
    QR_ACCORDING_NOUN = 1 << 12, /* "Angaben" of "nach Angaben" */
    QR_ACCORDING_NOUN_PREP = 1 << 13, /* "nach" before it */
    QR_CONTINUING = 1 << 14,     /* "adding": a participle of going on speaking */
    QR_NAMING = 1 << 15          /* "called": also a participle of naming ("a show called “…”") */
};
/* quote_entry.roles is 16 bits wide, and QR_NAMING takes the last one: a
 * further role needs a wider field. */
_Static_assert(QR_NAMING <= UINT16_MAX, "quote_entry.roles is full");

/* The times field: a word of a time phrase between a speaker and the verb
 * ("last week said", "two weeks ago said"). */
enum {
    QT_NOUN = 1 << 0,  /* "week", "months" */
    QT_MOD = 1 << 1,   /* "last", "two", "this" before the noun */
    QT_AFTER = 1 << 2, /* "ago" after it */
    QT_PAST = 1 << 3   /* an irregular past tense ("began"): the verb after an unnamed subject */
};

/* The word s[0..len) (lowercased first) in all tables, through one hash
 * probe: NULL when no table has it. The hash is built on first use
 * (thread-safe) from the tables of src/words/quotes.c. The quote finder looks up each
 * word once, here. */
const quote_entry *quote_word_entry(const char *s, size_t len);

/* The same for the word text[at..at+len) of a text of text_len bytes: it
 * may read the text's bytes after the word (whole 8-byte loads), which is
 * faster on the hot path. */
const quote_entry *quote_word_entry_in(const char *text, size_t text_len, size_t at, size_t len);

/* The QP_ flags of the two-word cue whose words are the entries a and b
 * (as quote_word_entry gives them), 0 when they are none. */
unsigned quote_phrase_cue(const quote_entry *a, const quote_entry *b);

#endif

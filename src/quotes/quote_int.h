/* quote_int.h: the working state shared by the quote finder's stages
 * (lex.c: tokens, marks, sentences; attrib.c: cues, speakers, kinds;
 * resolve.c: names; quotes.c: the driver and the output). Internal. */
#ifndef LEDE_QUOTE_INT_H
#define LEDE_QUOTE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/quote_mark.h"
#include "quote_words.h"
#include "quotes.h"

enum { TK_WORD, TK_PUNCT, TK_MARK, TK_OPEN, TK_REOPEN, TK_CLOSE, TK_PARA };

typedef struct qtok {
    uint32_t s, e;  /* byte offsets in the text */
    uint8_t type;   /* TK_* */
    uint8_t mark;   /* QM_* (core/quote_mark.h) for marks */
    uint8_t depth;  /* number of quotes the token is inside (marks: outside) */
    uint8_t cap : 1;  /* a word starting with a capital letter */
    uint8_t hyph : 1; /* a word with an ASCII hyphen inside ("déclare-t-il", "so-called") */
    uint8_t owner : 3; /* attrib.c's noun_cue_owner, kept once read (0: not yet) */
    uint8_t tab : 1;  /* a tab stands right before it: a table cell starts (lex.c) */
    uint8_t title : 1; /* a mark of a work's title after a possessive, dropped (lex.c, possessive_titles) */
    int32_t pair;   /* OPEN/REOPEN: the next mark of the quote (REOPEN or CLOSE); CLOSE: its OPEN */
    const quote_entry *w; /* a word's vocabulary entry, NULL when no table has it */
} qtok;

typedef struct qsent {
    uint32_t a, b;  /* token range [a, b) */
    int para_start; /* the sentence starts a paragraph */
} qsent;

/* A capitalised run of words: a name ("Tessa Marlow"), titles stripped. */
typedef struct qname {
    uint32_t a, b;  /* token range [a, b) */
    uint8_t gender; /* QW_MALE / QW_FEMALE from a title (Mr., Frau, Mme), else 0 */
    uint8_t subject;/* stands as a sentence's subject (resolve.c, subject_like) */
    uint8_t titled; /* a title stood before it ("Sen.", "Mr.") */
    uint32_t first_h, last_h; /* hashes of its first and last word (resolve.c, word_hash) */
    int32_t fullest;  /* the fullest run for this run's words (resolve.c), -2 until asked */
    int32_t role;     /* the token of the role dropped right before it ("Werft-Chef"), else -1 */
} qname;

/* A quote while it is being built: byte ranges, token positions. */
typedef struct qfound {
    uint32_t *spans;   /* 2 * nspans byte offsets, malloc'd */
    size_t nspans, span_cap;
    int32_t ms, me;    /* mention tokens [ms, me), or -1 */
    uint32_t pron_s, pron_e; /* or the pronoun inside an inverted verb ("déclare-t-il") */
    uint32_t para;     /* paragraph number */
    uint32_t cue_s, cue_e; /* cue bytes; equal when none */
    int kind;
    int32_t name_a, name_b; /* the name's tokens inside the mention, -1 if none */
    int32_t speaker;   /* index into names of the resolved name, -1 */
    uint8_t pronoun;   /* the mention's pronoun flags, 0 if not a pronoun */
    uint8_t in_title;  /* found in the headline (after body_len) */
    uint8_t aside;     /* a participle's clause ("…,” he said, noting that …"),
                        * not one of going on speaking ("adding"): a quote-only
                        * sentence after it goes on the quote before it */
    uint8_t behalf;    /* resolve.c: the mention is a role that speaks for a
                        * person it is not ("a spokesman for Anna Lind"):
                        * 1 | the role's gender (QW_MALE / QW_FEMALE) */
    uint32_t pos;      /* token index of the quote's start, for ordering */
} qfound;

typedef struct qctx {
    const char *text;
    size_t len;      /* the body, then the headline */
    size_t body_len; /* quotes are only looked for in text[0..body_len) */
    qtok *tok;
    size_t ntok, cap;
    size_t first_mark; /* the first quotation mark token (lex.c), ntok if none */
    qsent *sent;
    size_t nsent, sent_cap;
    qname *names;
    size_t nnames, names_cap;
    /* names by the hash of their last word ([0]) and first word ([1]):
     * bucket b's names are by_word[k][start[k][b] .. start[k][b + 1]), in
     * order (resolve.c, index_names) */
    uint32_t *by_word[2], *start[2];
    size_t nbuckets;
    qfound *found;
    size_t nfound, found_cap;
    /* the last sentence ended in a colon after a cue with a source: its
     * quote-to-be's mention, for a quote that opens the next paragraph */
    int32_t colon_ms, colon_me, colon_cs, colon_ce;
    int colon_pron;
    uint32_t colon_pron_s, colon_pron_e;
    uint32_t para; /* the current paragraph number */
    int32_t subj_ms, subj_me; /* the current sentence's subject, or -1 */
    int subj_cue;  /* the subject is the mention of an earlier clause's cue */
    int32_t subj_u_ms, subj_u_me; /* an unnamed subject ("The retired teacher has"), for participles only, or -1 */
    int in_title;  /* attribution has reached the headline */
    int32_t next_sa, next_sb; /* the next sentence, when in this paragraph; else -1 */
    int32_t prev_sa, prev_sb; /* the sentence before; -1 at the first */
    int prev_same_para; /* that sentence is in this paragraph */
    int32_t colon_open; /* attrib.c: the first ':' after the current token that an
                         * opening mark follows, ntok if none (clause_break) */
} qctx;

int quote_lex(qctx *q);
void quote_pair_marks(qctx *q);
int quote_sentences(qctx *q);
int quote_attribute(qctx *q);
int quote_names(qctx *q);
void quote_resolve(qctx *q);

/* Token i's flags in vocabulary table T (cues, titles, pronouns, between,
 * stops, determiners, abbrevs, first_names, org_words, name_openers); 0 for
 * non-words. */
#define FL(i, T) (q->tok[i].w ? q->tok[i].w->T : 0u)

/* Room for more elements in a growable array of *cap elements of `size`
 * bytes each: twice as many, or `first` for an empty one. Returns the
 * reallocated array (*cap updated), or NULL with the old one and *cap
 * left as they were when out of memory. */
static inline void *quote_grow(void *p, size_t *cap, size_t size, size_t first)
{
    size_t n = *cap ? *cap * 2 : first;
    void *g = realloc(p, n * size);
    if (g)
        *cap = n;
    return g;
}

/* Token i ends in "'s" or "’s" ("Keller's", "He’s"): the length of the
 * word before it, else 0. */
static inline size_t quote_possessive_stem(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    const char *w = q->text + t->s;
    size_t n = t->e - t->s;
    if (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'')
        return n - 2;
    if (n > 4 && w[n - 1] == 's' && memcmp(w + n - 4, "\xE2\x80\x99", 3) == 0)
        return n - 4;
    return 0;
}

/* Looks every word up once (after the marks are paired). */
void quote_entries(qctx *q);

#endif

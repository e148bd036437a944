/* quote_words.c: the quote finder's view of its vocabulary: the tables of
 * src/words/quotes.c (speech verbs, titles, pronouns... for English, German
 * and French) hashed once into one table, so that each word of a text is
 * looked up once for all of them. */
#include "quote_words.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "../words/words.h"

/* ---- one hash over all tables ------------------------------------------ */

/* Compact on purpose: most words of a text are in no table, and their
 * lookup touches only the 4 KB slot array; the entries (about 1,000 words)
 * take some 25 KB of static memory instead of 196 KB for whole slots. */
#define HASH_SLOTS 2048  /* a power of two, about twice the distinct words of all tables */
#define MAX_ENTRIES 2047 /* slot values are entry + 1 */
#define MAX_WORD 47

static uint16_t slot_entry[HASH_SLOTS]; /* 0: empty, else entry index + 1 */
static const char *entry_word[MAX_ENTRIES];
static uint8_t entry_len[MAX_ENTRIES];
static quote_entry entries[MAX_ENTRIES];
static size_t nentries;
static pthread_once_t hash_once = PTHREAD_ONCE_INIT;
static size_t hash_max_len; /* the longest word of any table */

static uint32_t fnv1a(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The entry of word w[0..n), added when insert is set; NULL when absent
 * (or when the tables outgrow MAX_ENTRIES, which test_quotes.c rules out). */
static quote_entry *hash_entry_for(const char *w, size_t n, int insert)
{
    for (uint32_t i = fnv1a(w, n) & (HASH_SLOTS - 1);; i = (i + 1) & (HASH_SLOTS - 1)) {
        unsigned k = slot_entry[i];
        if (!k) {
            if (!insert || nentries >= MAX_ENTRIES)
                return NULL;
            entry_word[nentries] = w;
            entry_len[nentries] = (uint8_t)n;
            slot_entry[i] = (uint16_t)(++nentries);
            return &entries[nentries - 1];
        }
        if (entry_len[k - 1] == n && memcmp(entry_word[k - 1], w, n) == 0)
            return &entries[k - 1];
    }
}

/* Adds table t's words with flags in the entry's field. */
static void hash_add(const words_table *t, size_t field, unsigned flags)
{
    for (size_t i = 0; i < t->n; i++) {
        size_t n = strlen(t->w[i]);
        if (n > MAX_WORD)
            continue;
        quote_entry *e = hash_entry_for(t->w[i], n, 1);
        if (!e)
            continue;
        if (n > hash_max_len)
            hash_max_len = n;
        ((uint16_t *)e)[field] |= (uint16_t)flags;
    }
}

/* The fields of quote_entry, in order. */
enum { F_CUES, F_TITLES, F_PRONOUNS, F_BETWEEN, F_STOPS, F_DETERMINERS, F_ABBREVS, F_FIRST_NAMES, F_ORG_WORDS };

static void hash_build(void)
{
    hash_add(&words_quote_speech_verbs, F_CUES, QW_SPEECH);
    hash_add(&words_quote_participles, F_CUES, QW_SPEECH | QW_PARTICIPLE);
    hash_add(&words_quote_after_quote, F_CUES, QW_AFTER_QUOTE);
    hash_add(&words_quote_according, F_CUES, QW_ACCORDING);
    hash_add(&words_quote_titles, F_TITLES, QW_TITLE);
    hash_add(&words_quote_pronouns_male, F_PRONOUNS, QW_MALE);
    hash_add(&words_quote_pronouns_female, F_PRONOUNS, QW_FEMALE);
    hash_add(&words_quote_pronouns_plural, F_PRONOUNS, QW_PLURAL);
    hash_add(&words_quote_pronouns_first, F_PRONOUNS, QW_FIRST);
    hash_add(&words_quote_between, F_BETWEEN, QW_BETWEEN);
    hash_add(&words_quote_stops, F_STOPS, QW_STOP);
    hash_add(&words_quote_determiners, F_DETERMINERS, QW_DET);
    hash_add(&words_quote_abbrevs, F_ABBREVS, QW_ABBREV);
    hash_add(&words_quote_first_names_male, F_FIRST_NAMES, QW_MALE);
    hash_add(&words_quote_first_names_female, F_FIRST_NAMES, QW_FEMALE);
    hash_add(&words_quote_org_words, F_ORG_WORDS, QW_ORG);
}

const quote_entry *quote_word_entry(const char *s, size_t len)
{
    char low[MAX_WORD + 1];
    pthread_once(&hash_once, hash_build);
    if (len == 0 || len > hash_max_len)
        return NULL;
    /* lowercase and hash in one pass */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (c >= 0x80 && c <= 0x9E && i > 0 && (unsigned char)s[i - 1] == 0xC3 && c != 0x97)
            c += 32;
        low[i] = (char)c;
        h = (h ^ c) * 16777619u;
    }
    for (uint32_t i = h & (HASH_SLOTS - 1);; i = (i + 1) & (HASH_SLOTS - 1)) {
        unsigned k = slot_entry[i];
        if (!k)
            return NULL;
        if (entry_len[k - 1] == len && memcmp(entry_word[k - 1], low, len) == 0)
            return &entries[k - 1];
    }
}

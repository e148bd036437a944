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
 * lookup touches only the slot and tag arrays (8 KB); the entries (about
 * 1,000 words) take some 40 KB of static memory instead of 196 KB for whole
 * slots. */
#define HASH_SLOTS 2048  /* a power of two, about twice the distinct words of all tables */
#define MAX_ENTRIES 2047 /* slot values are entry + 1 */
#define MAX_WORD 47
#define SHORT_WORD 16    /* words of up to 16 bytes are hashed and compared as two uint64_t */

static uint16_t slot_entry[HASH_SLOTS]; /* 0: empty, else entry index + 1 */
static uint16_t slot_tag[HASH_SLOTS];   /* the high 16 bits of the entry's hash */
static const char *entry_word[MAX_ENTRIES];
static uint64_t entry_key[MAX_ENTRIES][2]; /* a short word's bytes (pack), else 0 */
static uint8_t entry_len[MAX_ENTRIES];
static quote_entry entries[MAX_ENTRIES];
static size_t nentries;
static pthread_once_t hash_once = PTHREAD_ONCE_INIT;
static size_t hash_max_len; /* the longest word of any table */

/* Up to 8 bytes of a word in one integer, the first in the low byte. */
static inline uint64_t pack(const char *s, size_t n)
{
    uint64_t x = 0;
    for (size_t i = 0; i < n && i < 8; i++)
        x |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return x;
}

/* The hash of a lower-case word: short words by multiplying their packed
 * bytes (most words of a text are short), longer ones FNV-1a. */
static inline uint32_t word_hash(const char *s, size_t n, const uint64_t key[2])
{
    if (n <= SHORT_WORD)
        return (uint32_t)(((key[0] * 0x9E3779B97F4A7C15ull) ^ (key[1] * 0xC2B2AE3D27D4EB4Full)) >> 32);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The entry of lower-case word w[0..n), added when insert is set; NULL
 * when absent (or when the tables outgrow MAX_ENTRIES, which
 * test_quotes.c rules out). */
static quote_entry *hash_entry_for(const char *w, size_t n, int insert)
{
    uint64_t key[2] = {0, 0};
    if (n <= SHORT_WORD)
        key[0] = pack(w, n), key[1] = n > 8 ? pack(w + 8, n - 8) : 0;
    uint32_t h = word_hash(w, n, key);
    for (uint32_t i = h & (HASH_SLOTS - 1);; i = (i + 1) & (HASH_SLOTS - 1)) {
        unsigned k = slot_entry[i];
        if (!k) {
            if (!insert || nentries >= MAX_ENTRIES)
                return NULL;
            entry_word[nentries] = w;
            entry_key[nentries][0] = key[0];
            entry_key[nentries][1] = key[1];
            entry_len[nentries] = (uint8_t)n;
            slot_tag[i] = (uint16_t)(h >> 16);
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
enum {
    F_CUES, F_TITLES, F_PRONOUNS, F_BETWEEN, F_STOPS, F_DETERMINERS, F_ABBREVS, F_FIRST_NAMES, F_ORG_WORDS,
    F_NAME_OPENERS, F_GRAMMAR
};

/* The two-word cues: their words' entries and QP_ flags. */
#define MAX_PHRASES 32
static struct {
    const quote_entry *a, *b;
    unsigned flags;
} phrases[MAX_PHRASES];
static size_t nphrases;

/* Adds table t's two-word cues ("put it") with flags: the first word's
 * entry gets QG_PHRASE_HEAD, so that only those words look further. */
static void phrase_add(const words_table *t, unsigned flags)
{
    for (size_t i = 0; i < t->n && nphrases < MAX_PHRASES; i++) {
        const char *w = t->w[i], *sp = strchr(w, ' ');
        if (!sp || sp == w || !sp[1] || (size_t)(sp - w) > MAX_WORD || strlen(sp + 1) > MAX_WORD)
            continue;
        quote_entry *a = hash_entry_for(w, (size_t)(sp - w), 1);
        quote_entry *b = hash_entry_for(sp + 1, strlen(sp + 1), 1);
        if (!a || !b)
            continue;
        if ((size_t)(sp - w) > hash_max_len)
            hash_max_len = (size_t)(sp - w);
        if (strlen(sp + 1) > hash_max_len)
            hash_max_len = strlen(sp + 1);
        a->grammar |= QG_PHRASE_HEAD;
        phrases[nphrases].a = a, phrases[nphrases].b = b, phrases[nphrases].flags = flags;
        nphrases++;
    }
}

unsigned quote_phrase_cue(const quote_entry *a, const quote_entry *b)
{
    if (!a || !b || !(a->grammar & QG_PHRASE_HEAD))
        return 0;
    for (size_t i = 0; i < nphrases; i++)
        if (phrases[i].a == a && phrases[i].b == b)
            return phrases[i].flags;
    return 0;
}

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
    hash_add(&words_quote_name_openers, F_NAME_OPENERS, QW_OPENER);
    hash_add(&words_quote_titles_male, F_TITLES, QW_MALE);
    hash_add(&words_quote_titles_female, F_TITLES, QW_FEMALE);
    hash_add(&words_quote_be_forms, F_GRAMMAR, QG_BE);
    hash_add(&words_quote_relatives, F_GRAMMAR, QG_RELATIVE);
    hash_add(&words_quote_subject_conjunctions, F_GRAMMAR, QG_SUBJECT_CONJ);
    hash_add(&words_quote_clause_conjunctions, F_GRAMMAR, QG_CLAUSE_CONJ);
    hash_add(&words_quote_joiners, F_GRAMMAR, QG_JOINER);
    hash_add(&words_quote_prepositions, F_GRAMMAR, QG_PREPOSITION);
    hash_add(&words_quote_complementizers, F_GRAMMAR, QG_COMPLEMENTIZER);
    phrase_add(&words_quote_phrase_cues, QP_CUE);
    phrase_add(&words_quote_phrase_cues_participle, QP_CUE | QP_PARTICIPLE);
    phrase_add(&words_quote_phrase_cues_final, QP_CUE | QP_FINAL);
}

/* Set (with release order) once hash_build has run: lookups skip
 * pthread_once, a library call, on the hot path. */
static int hash_ready;

static void hash_init(void)
{
    hash_build();
    __atomic_store_n(&hash_ready, 1, __ATOMIC_RELEASE);
}

/* w[0..n) folded to lower case into low: ASCII capitals, and Latin-1
 * capitals (U+00C0..U+00DE but U+00D7, encoded C3 80..C3 9E). */
static void fold(const char *w, size_t n, char *low)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (c >= 0x80 && c <= 0x9E && i > 0 && (unsigned char)w[i - 1] == 0xC3 && c != 0x97)
            c += 32;
        low[i] = (char)c;
    }
}

/* Eight ASCII bytes at once to lower case: 0x20 added to each byte in
 * 'A'..'Z' (bytes below 0x80 only, so no carry crosses bytes). */
static inline uint64_t ascii_lower8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t ge_a = (x + ones * (0x80 - 'A')) & high;
    uint64_t gt_z = (x + ones * (0x80 - 'Z' - 1)) & high;
    return x | ((ge_a & ~gt_z) >> 2);
}

/* Bytes [0, n) of an 8-byte load (n <= 8). */
static inline uint64_t low_bytes(uint64_t x, size_t n)
{
    return n >= 8 ? x : x & ((1ull << (8 * n)) - 1);
}

const quote_entry *quote_word_entry_in(const char *text, size_t text_len, size_t at, size_t len)
{
    char low[MAX_WORD + 1];
    const char *s = text + at;
    if (!__atomic_load_n(&hash_ready, __ATOMIC_ACQUIRE))
        pthread_once(&hash_once, hash_init);
    if (len == 0 || len > hash_max_len)
        return NULL;
    uint64_t key[2] = {0, 0};
    if (len <= SHORT_WORD) {
        /* whole 8-byte loads where the text has the bytes, masked */
        if (at + 16 <= text_len) {
            memcpy(key, s, 16);
            key[0] = low_bytes(key[0], len);
            key[1] = len > 8 ? low_bytes(key[1], len - 8) : 0;
        } else {
            key[0] = pack(s, len);
            key[1] = len > 8 ? pack(s + 8, len - 8) : 0;
        }
        if ((key[0] | key[1]) & 0x8080808080808080ull) {
            fold(s, len, low);
            key[0] = pack(low, len);
            key[1] = len > 8 ? pack(low + 8, len - 8) : 0;
        } else {
            key[0] = ascii_lower8(key[0]);
            key[1] = ascii_lower8(key[1]);
        }
    } else {
        fold(s, len, low);
    }
    uint32_t h = word_hash(low, len, key);
    /* the tag (the hash's high half) rules out almost every other word
     * before any comparison of bytes */
    uint16_t tag = (uint16_t)(h >> 16);
    for (uint32_t i = h & (HASH_SLOTS - 1);; i = (i + 1) & (HASH_SLOTS - 1)) {
        unsigned k = slot_entry[i];
        if (!k)
            return NULL;
        if (slot_tag[i] != tag || entry_len[k - 1] != len)
            continue;
        if (len <= SHORT_WORD ? entry_key[k - 1][0] == key[0] && entry_key[k - 1][1] == key[1]
                              : memcmp(entry_word[k - 1], low, len) == 0)
            return &entries[k - 1];
    }
}

const quote_entry *quote_word_entry(const char *s, size_t len)
{
    return quote_word_entry_in(s, len, 0, len);
}

/* quote_words.c: the quote finder's view of its vocabulary: the tables of
 * src/words/quotes.c (speech verbs, titles, pronouns... for English, German
 * and French) hashed once into one table, so that each word of a text is
 * looked up once for all of them. */
#include "quote_words.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "../words/words.h"
#include "core/chars.h"
#include "quote_int.h"

/* ---- one hash over all tables ------------------------------------------ */

/* Compact on purpose: most words of a text are in no table. Their lookup
 * touches only the filter (4 KB) and, for the few that pass it, the slot
 * array (16 KB); the entries (about 1,100 words) take some 40 KB of static
 * memory instead of 196 KB for whole slots. */
#define HASH_SLOTS 4096  /* a power of two, about four times the distinct words of all tables */
#define MAX_ENTRIES 4095 /* slot values hold entry + 1 in their low 16 bits */
/* The probes below loop until an empty slot or their word: insertion
 * stops at MAX_ENTRIES, so at least one slot stays empty and every probe
 * ends within HASH_SLOTS steps. */
_Static_assert(MAX_ENTRIES < HASH_SLOTS, "a probe ends at an empty slot");
#define FILTER_BITS 32768 /* one bit per hash value's low 15 bits: set for every table word */
#define MAX_WORD 47
#define SHORT_WORD 16    /* words of up to 16 bytes are hashed and compared as two uint64_t */

/* slot: 0 when empty, else the high 16 bits of the entry's hash (the tag,
 * which rules out almost every other word before any comparison of bytes)
 * over the entry's index + 1, so that one load reads both */
static uint32_t slot[HASH_SLOTS];
static uint32_t filter[FILTER_BITS / 32];
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
        unsigned k = slot[i] & 0xFFFFu;
        if (!k) {
            if (!insert || nentries >= MAX_ENTRIES)
                return NULL;
            entry_word[nentries] = w;
            entry_key[nentries][0] = key[0];
            entry_key[nentries][1] = key[1];
            entry_len[nentries] = (uint8_t)n;
            slot[i] = (h & 0xFFFF0000u) | (uint32_t)(++nentries);
            filter[(h & (FILTER_BITS - 1)) / 32] |= 1u << (h % 32);
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
    F_NAME_OPENERS, F_GRAMMAR, F_TIMES, F_ROLES, F_POSSESSOR, F_NAME_MARKS
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
    hash_add(&words_quote_clause_ends_after_quote, F_STOPS, QW_STOP | QS_CLAUSE_END);
    hash_add(&words_quote_list_coordinators, F_STOPS, QS_LIST_COORD);
    hash_add(&words_quote_participle_leads, F_STOPS, QW_STOP | QS_PARTICIPLE_LEAD);
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
    hash_add(&words_quote_coordinators, F_GRAMMAR, QG_COORD);
    hash_add(&words_quote_clause_coordinators, F_GRAMMAR, QG_CLAUSE_COORD);
    hash_add(&words_quote_contrasts, F_GRAMMAR, QG_CONTRAST);
    hash_add(&words_quote_impersonal, F_GRAMMAR, QG_IMPERSONAL);
    hash_add(&words_quote_object_cues, F_GRAMMAR, QG_OBJECT_CUE);
    hash_add(&words_quote_place_prepositions, F_GRAMMAR, QG_PLACE_PREP);
    hash_add(&words_quote_infinitive_markers, F_GRAMMAR, QG_INFINITIVE);
    hash_add(&words_quote_noun_verbs, F_GRAMMAR, QG_NOUN_VERB);
    hash_add(&words_quote_quote_only_verbs, F_CUES, QW_SPEECH | QW_QUOTES_ONLY);
    hash_add(&words_quote_time_nouns, F_TIMES, QT_NOUN);
    hash_add(&words_quote_time_modifiers, F_TIMES, QT_MOD);
    hash_add(&words_quote_time_after, F_TIMES, QT_AFTER);
    hash_add(&words_quote_past_irregular, F_TIMES, QT_PAST);
    hash_add(&words_quote_free_relatives, F_ROLES, QR_FREE_RELATIVE);
    hash_add(&words_quote_object_relatives, F_ROLES, QR_OBJECT_RELATIVE);
    hash_add(&words_quote_thing_relatives, F_ROLES, QR_THING_RELATIVE);
    hash_add(&words_quote_according_heads, F_ROLES, QR_ACCORDING_HEAD);
    hash_add(&words_quote_according_preps, F_ROLES, QR_ACCORDING_PREP);
    hash_add(&words_quote_according_nouns, F_ROLES, QR_ACCORDING_NOUN);
    hash_add(&words_quote_according_noun_preps, F_ROLES, QR_ACCORDING_NOUN_PREP);
    hash_add(&words_quote_agent_markers, F_ROLES, QR_AGENT);
    hash_add(&words_quote_passive_address_verbs, F_ROLES, QR_PASSIVE_ADDRESS);
    hash_add(&words_quote_onward_particles, F_ROLES, QR_ONWARD);
    hash_add(&words_quote_auxiliaries, F_ROLES, QR_AUXILIARY);
    hash_add(&words_quote_speech_nouns, F_ROLES, QR_SPEECH_NOUN);
    hash_add(&words_quote_possessives_male, F_ROLES, QR_POSSESSIVE);
    hash_add(&words_quote_possessives_female, F_ROLES, QR_POSSESSIVE);
    hash_add(&words_quote_possessives_plural, F_ROLES, QR_POSSESSIVE);
    hash_add(&words_quote_possessives_male, F_POSSESSOR, QW_MALE);
    hash_add(&words_quote_possessives_female, F_POSSESSOR, QW_FEMALE);
    hash_add(&words_quote_possessives_plural, F_POSSESSOR, QW_PLURAL);
    hash_add(&words_quote_possessives_any, F_ROLES, QR_POSSESSIVE);
    hash_add(&words_quote_possessives_any, F_POSSESSOR, QW_MALE | QW_FEMALE);
    hash_add(&words_quote_possessives_first, F_ROLES, QR_POSSESSIVE);
    hash_add(&words_quote_possessives_first, F_POSSESSOR, QW_FIRST);
    hash_add(&words_quote_noun_relatives, F_ROLES, QR_NOUN_RELATIVE);
    hash_add(&words_quote_continuing_participles, F_ROLES, QR_CONTINUING);
    hash_add(&words_quote_naming_participles, F_ROLES, QR_NAMING);
    /* entries of their own (the name_marks field only): t->w is set for
     * these words, so they count as words of a table (quote_words.h) */
    hash_add(&words_quote_name_nonstarters, F_NAME_MARKS, QN_NONSTARTER);
    hash_add(&words_quote_honorifics_bare, F_NAME_MARKS, QN_HONORIFIC);
    /* every indefinite is a determiner too, so this adds no entry */
    hash_add(&words_quote_indefinites, F_NAME_MARKS, QN_INDEFINITE);
    phrase_add(&words_quote_phrase_cues, QP_CUE);
    phrase_add(&words_quote_phrase_cues_participle, QP_CUE | QP_PARTICIPLE);
    phrase_add(&words_quote_phrase_cues_final, QP_CUE | QP_FINAL);
    phrase_add(&words_quote_phrase_cues_quotes, QP_CUE | QP_QUOTES_ONLY);
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
 * capitals (U+00C0..U+00DE but U+00D7, encoded C3 80..C3 9E), by
 * chars_fold_byte. */
static void fold(const char *w, size_t n, char *low)
{
    for (size_t i = 0; i < n; i++)
        low[i] = (char)chars_fold_byte(i ? (unsigned char)w[i - 1] : 0, (unsigned char)w[i]);
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

/* Bytes of x (any values) equal to the byte b: 0x80 set in each, exactly
 * (no borrow crosses bytes). */
static inline uint64_t bytes_equal8(uint64_t x, unsigned b)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t t = x ^ (0x0101010101010101ull * b);
    return ~(((t & low7) + low7) | t) & ~low7;
}

/* fold() of eight bytes (chars_fold_byte's test, eight lanes at once): x's bytes, prev the byte before each (the
 * previous byte of the word in the same position; 0 before its first).
 * ASCII capitals, and the byte after C3 in 80..9E but 97 (Latin-1
 * capitals), get 0x20 added; no other byte changes. */
static inline uint64_t fold8(uint64_t x, uint64_t prev)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
    uint64_t v = x & ~high; /* the low seven bits: sums below cannot carry */
    uint64_t upper = (v + ones * (0x80 - 'A')) & ~(v + ones * (0x80 - 'Z' - 1)) & ~x & high;
    uint64_t latin = ~(v + ones * (0x80 - 0x1F)) & x & high; /* 80..9E */
    latin &= ~bytes_equal8(x, 0x97) & bytes_equal8(prev, 0xC3);
    return x | ((upper | latin) >> 2);
}

/* Masks that keep bytes [0, n) of a 16-byte load, for n = 0..16. */
static const uint64_t keep_mask[SHORT_WORD + 1][2] = {
#define KM(n) {(n) >= 8 ? ~0ull : (1ull << (8 * (n))) - 1, (n) >= 16 ? ~0ull : (n) <= 8 ? 0 : (1ull << (8 * ((n) - 8))) - 1}
    KM(0), KM(1), KM(2), KM(3), KM(4), KM(5), KM(6), KM(7), KM(8),
    KM(9), KM(10), KM(11), KM(12), KM(13), KM(14), KM(15), KM(16)
#undef KM
};

/* The entry of a word, from its folded bytes (key for words of up to 16
 * bytes, low for longer ones) and their hash. */
static inline const quote_entry *probe(uint32_t h, size_t len, uint64_t k0, uint64_t k1, const char *low)
{
    /* most words are in no table: one bit says so */
    if (!(filter[(h & (FILTER_BITS - 1)) / 32] & (1u << (h % 32))))
        return NULL;
    for (uint32_t i = h & (HASH_SLOTS - 1);; i = (i + 1) & (HASH_SLOTS - 1)) {
        uint32_t v = slot[i];
        if (!v)
            return NULL;
        unsigned k = v & 0xFFFFu;
        if ((v ^ h) >> 16 || entry_len[k - 1] != len)
            continue;
        if (len <= SHORT_WORD ? entry_key[k - 1][0] == k0 && entry_key[k - 1][1] == k1
                              : memcmp(entry_word[k - 1], low, len) == 0)
            return &entries[k - 1];
    }
}

/* Words with a non-ASCII byte, longer than 16 bytes, or too near the
 * text's end for 16-byte loads: folded byte by byte. */
static __attribute__((noinline)) const quote_entry *lookup_slow(const char *s, size_t len)
{
    char low[MAX_WORD + 1];
    if (len == 0 || len > hash_max_len)
        return NULL;
    fold(s, len, low);
    uint64_t key[2] = {0, 0};
    if (len <= SHORT_WORD)
        key[0] = pack(low, len), key[1] = len > 8 ? pack(low + 8, len - 8) : 0;
    return probe(word_hash(low, len, key), len, key[0], key[1], low);
}

/* quote_word_entry_in once the hash is built; inlined in the loop over a
 * text's words. */
static inline __attribute__((always_inline)) const quote_entry *lookup(const char *text, size_t text_len, size_t at,
                                                                       size_t len)
{
    /* the common case: an ASCII word of 1 to 16 bytes, read in two 8-byte
     * loads, masked, lower-cased eight bytes at a time */
    if (len - 1 >= SHORT_WORD || at + 16 > text_len)
        return lookup_slow(text + at, len);
    if (len <= 8) {
        /* most words: one load; the second half of the key is 0, as the
         * masks below would make it (and lower-casing 0 leaves it 0) */
        uint64_t k0;
        memcpy(&k0, text + at, 8);
        k0 &= keep_mask[len][0];
        k0 = k0 & 0x8080808080808080ull ? fold8(k0, k0 << 8) : ascii_lower8(k0);
        const uint64_t key[2] = {k0, 0};
        return probe(word_hash(NULL, len, key), len, k0, 0, (const char *)key);
    }
    uint64_t key[2];
    memcpy(key, text + at, 16);
    key[0] &= keep_mask[len][0];
    key[1] &= keep_mask[len][1];
    if ((key[0] | key[1]) & 0x8080808080808080ull) {
        /* "Präsidentin", "déclare": fold as fold() does, eight bytes at a time */
        uint64_t k0 = key[0];
        key[0] = fold8(k0, k0 << 8);
        key[1] = fold8(key[1], (key[1] << 8) | (k0 >> 56));
    } else {
        key[0] = ascii_lower8(key[0]);
        key[1] = ascii_lower8(key[1]);
    }
    return probe(word_hash(NULL, len, key), len, key[0], key[1], (const char *)key);
}

const quote_entry *quote_word_entry_in(const char *text, size_t text_len, size_t at, size_t len)
{
    if (!__atomic_load_n(&hash_ready, __ATOMIC_ACQUIRE))
        pthread_once(&hash_once, hash_init);
    return lookup(text, text_len, at, len);
}

void quote_entries(qctx *q)
{
    if (!__atomic_load_n(&hash_ready, __ATOMIC_ACQUIRE))
        pthread_once(&hash_once, hash_init);
    const char *text = q->text;
    for (size_t i = 0; i < q->ntok; i++) {
        qtok *t = &q->tok[i];
        /* numbers are in no table */
        int digit = text[t->s] >= '0' && text[t->s] <= '9';
        t->w = t->type == TK_WORD && !digit ? lookup(text, q->len, t->s, t->e - t->s) : NULL;
    }
}

const quote_entry *quote_word_entry(const char *s, size_t len)
{
    return quote_word_entry_in(s, len, 0, len);
}

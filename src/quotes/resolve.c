/* resolve.c: speakers resolved within the article. The names are the
 * capitalised runs of words (titles stripped: "Deputy Foreign Minister Choe
 * Son Hui" -> "Choe Son Hui"); a mention's name resolves to the fullest run
 * that shares its last word ("Marlow" -> "Tessa Marlow"), or its first when
 * none does (family name first: "Choe" -> "Choe Son Hui"); a pronoun to the
 * most recent compatible person before it: the speaker of an earlier quote
 * or the named subject of an earlier sentence. Genders come from titles
 * (Mr., Mrs., Frau, Mme) and from pronouns already resolved. */
#include <stdlib.h>
#include <string.h>

#include "core/chars.h"
#include "quote_int.h"
#include "quote_words.h"
#include "words/words.h"


/* How far resolution looks, so that a page of 100,000 names stays linear. */
#define NAME_WINDOW 3000
#define NAME_NEAR 128 /* runs sharing a word read on each side of a lookup (names_sharing) */
#define LEAD_REPEAT_SPAN 32768 /* bytes read on each side for a name run written again (lead_word) */
#define PRONOUN_LOOKBACK 64
#define MAX_NAME_WORDS 5

/* Length of word i without a possessive "’s" / "'s" / "s’". */
static size_t name_len(const qctx *q, uint32_t i)
{
    size_t k = quote_possessive_stem(q, (int32_t)i);
    return k ? k : q->tok[i].e - q->tok[i].s;
}

static int possessive(const qctx *q, uint32_t i) { return quote_possessive_stem(q, (int32_t)i) != 0; }

/* A hash of word i as same_word compares it: runs are compared by their
 * words' hashes first, so resolution rarely touches their bytes. */
static uint32_t word_hash(const qctx *q, uint32_t i)
{
    const unsigned char *w = (const unsigned char *)q->text + q->tok[i].s;
    uint32_t h = 2166136261u;
    for (size_t k = 0, n = name_len(q, i); k < n; k++)
        h = (h ^ w[k]) * 16777619u;
    return h;
}

static int same_word(const qctx *q, uint32_t a, uint32_t b)
{
    size_t la = name_len(q, a), lb = name_len(q, b);
    return la == lb && memcmp(q->text + q->tok[a].s, q->text + q->tok[b].s, la) == 0;
}

/* The gender a title says ("Mr.", "Frau", "spokeswoman": the titles_male
 * and titles_female tables), 0 for most titles. */
static unsigned title_gender(const qctx *q, uint32_t i) { return FL(i, titles) & (QW_MALE | QW_FEMALE); }

/* A role word that no title table holds as it is written, before a name:
 * an honorific without its dot in title case ("Mr Pryce", "Dr Lindqvist";
 * "MS" and "DR" are names), or a German compound whose last part is a
 * role: after its last hyphen a title or a role ending ("Werft-Präsidentin",
 * "Werft-CEO", "Hafen-Experte"), written closed a role ending after at
 * least 4 bytes ("Konzernchef", "Aufsichtsrätin", "Fraktionsvorsitzende";
 * the 4 bytes keep "Murat", "Hofmeister" and "Baumeister" names), or
 * after 3 bytes when the ending has ROLE_LONG_ENDING bytes or more
 * ("Bauingenieurin", "Bauminister": no name is a 3-letter stem before
 * so long a role; "Baumeister" stays, "meister" has 7). A known
 * first name is never one. Returns QW_TITLE with the gender the role's
 * last part says ("-Präsidentin"), 0 when the word is no such role. The
 * callers drop it only before a name word, so a surname that ends like a
 * role ("Anna Weltmeister") stays. */
#define ROLE_LONG_ENDING 8
static unsigned role_compound(const qctx *q, uint32_t i)
{
    const qtok *t = &q->tok[i];
    if (t->type != TK_WORD || !t->cap || FL(i, first_names))
        return 0;
    const char *w = q->text + t->s;
    size_t n = t->e - t->s;
    if (n >= 2 && n <= 4) {
        /* the hash folds the whole word; "MR" and "DR" are names, so the
         * honorific must be written in title case */
        int title_case = 1;
        for (size_t k = 0; k < n; k++) {
            unsigned char c = (unsigned char)w[k];
            title_case &= k ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z');
        }
        char m = (char)(w[0] | 0x20), r = w[1]; /* the first two letters, lower-cased */
        if (title_case && (FL(i, name_marks) & QN_HONORIFIC))
            return QW_TITLE | (r == 'r' && n == 2 && m == 'm' ? QW_MALE
                               : m == 'm'                       ? QW_FEMALE
                                                                : 0);
    }
    /* a word of any quote table is a known word, never an unknown
     * compound role (its title flags, when it has them, are read from
     * the table by every caller first) */
    if (t->w)
        return 0;
    if (t->hyph) {
        size_t h = n;
        while (h > 0 && w[h - 1] != '-')
            h--;
        if (h >= 2 && h < n) {
            const quote_entry *e = quote_word_entry(w + h, n - h);
            if (e && e->titles)
                return QW_TITLE | (e->titles & (QW_MALE | QW_FEMALE));
            /* the ending's table is lower-case; the part is capitalised */
            char low[16];
            if (n - h < sizeof low && (unsigned char)w[h] < 0x80) {
                memcpy(low, w + h, n - h);
                low[0] = (char)(low[0] | 0x20);
                if (words_exact(&words_quote_role_endings, low, n - h))
                    return QW_TITLE;
            }
            /* "Landes-Parteichef": the part is a closed compound */
            w += h, n -= h;
        } else {
            return 0;
        }
    }
    /* the longest ending has 12 bytes, the shortest 3; an ending of 6
     * bytes or more is a role as a word of its own too ("Vorsitzenden") */
    if (n >= 6 && n <= 12 && (unsigned char)w[0] < 0x80) {
        char low[12];
        memcpy(low, w, n);
        low[0] = (char)(low[0] | 0x20);
        if (words_exact(&words_quote_role_endings, low, n))
            return QW_TITLE;
    }
    for (size_t k = n > 16 ? n - 12 : 3; k + 3 <= n; k++) {
        if (n - k > 12 || ((unsigned char)w[k] & 0xC0) == 0x80 || (k < 4 && n - k < ROLE_LONG_ENDING))
            continue;
        if (words_exact(&words_quote_role_endings, w + k, n - k)) {
            const quote_entry *e = quote_word_entry(w + k, n - k);
            return QW_TITLE | (e ? e->titles & (QW_MALE | QW_FEMALE) : 0);
        }
    }
    return 0;
}

static int name_word(const qctx *q, uint32_t i)
{
    const qtok *t = &q->tok[i];
    /* capitalised cues open sentences: "Selon Macron", "According",
     * "Nach Angaben der Polizei" */
    /* nor determiners: "Some Holt aides", "Both Mara Holt and …" */
    return t->type == TK_WORD && t->cap && !FL(i, stops) && !FL(i, pronouns) && !FL(i, cues) &&
           !FL(i, determiners) && !(FL(i, roles) & QR_ACCORDING_NOUN);
}

/* "Anna von der Heide", "Charles de Gaulle", "Hamad bin Jassim":
 * lower-case words inside a name (words_quote_name_particles, and
 * words_quote_name_particles_lower: particles only in lower case). All
 * are words of 2 or 3 letters. */
static int particle(const qctx *q, uint32_t i)
{
    const qtok *t = &q->tok[i];
    size_t n = t->e - t->s;
    if (n < 2 || n > 3 || t->cap)
        return 0;
    const char *s = q->text + t->s;
    return words_exact(&words_quote_name_particles, s, n) || words_exact(&words_quote_name_particles_lower, s, n);
}

/* A capitalised function word that opens a sentence and no name after
 * it ("Sowohl Jonas Brandt als auch …", "Afterwards Mara said"; the
 * words_quote_name_nonstarters table, read as the page writes it with the
 * first letter lower-cased: "AFTERWARDS" is no such word). Before, a run
 * that took it was the fullest one with the name's words and became the
 * resolved speaker. */
/* The hash folds every letter (ASCII capitals, and Latin-1 ones: C3 80..9E
 * but C3 97); a table word read as the page writes it with its first
 * letter lower-cased must have an ASCII first byte and no capital the
 * hash folds after it. */
static int rest_as_table(const qctx *q, uint32_t i)
{
    const qtok *t = &q->tok[i];
    const unsigned char *w = (const unsigned char *)q->text + t->s;
    if (w[0] >= 0x80)
        return 0;
    for (size_t k = 1; k < t->e - t->s; k++)
        if (chars_capital_byte(w[k - 1], w[k]))
            return 0;
    return 1;
}

static int nonstarter(const qctx *q, uint32_t i)
{
    const qtok *t = &q->tok[i];
    size_t n = t->e - t->s;
    if (t->type != TK_WORD || !t->cap || n < 4 || n > 16 || FL(i, first_names) ||
        !(FL(i, name_marks) & QN_NONSTARTER))
        return 0;
    return rest_as_table(q, i);
}

/* "Flöge Klaus Brandt nach Kiel, würde …", "Birdwatcher Laura Vikstrom
 * chairs …":
 * a capitalised word of no table (no title, cue, function word or known
 * first name; a German role compound is read as a role) that nothing but
 * punctuation precedes, or that starts a table cell, so that its capital
 * says nothing, before a known
 * first name and one more name word, opens no name: the name starts at
 * the first name. A German verb that opens a conditional, or a noun of a
 * job no table holds, before a name read as the name's first word, and
 * the run was the fullest one with the name's words. Not before a
 * first name alone ("Jolandra Scott": a first name of no table before a
 * surname that is one), and not after a word, where a capital says a
 * proper noun. At least 4 bytes: particles ("Van", "De") are shorter. A
 * rank of words_quote_name_ranks stays, as after a title ("King Edward
 * VII", "Saint Mary's"). */
static int lead_word(const qctx *q, uint32_t i, uint32_t b)
{
    const qtok *t = &q->tok[i];
    size_t n = t->e - t->s;
    /* the rare condition first: a known first name after it */
    if (!(i + 2 < b && FL(i + 1, first_names) && t->type == TK_WORD && t->cap && !t->w && n >= 4 &&
          (i == 0 || q->tok[i - 1].type != TK_WORD || t->tab) && name_word(q, i + 1) && name_word(q, i + 2) &&
          !role_compound(q, i)))
        return 0;
    /* "Xandria Anne Scott ... Xandria Anne Scott, who ...": the page
     * writes the run again, with the same words, elsewhere. A job noun
     * or a verb before a name is written before it once ("Birdwatcher
     * Laura Vikstrom chairs ...", then "Vikstrom"); a name of three words
     * is the name the page gives, so a first name no table holds before
     * a middle name that one does stays. Not a hyphenated word: a
     * role written as a compound ("President-elect Jonas Keller") is
     * repeated with the name as it stands, and a first name no table
     * holds is rarely hyphenated. Read within LEAD_REPEAT_SPAN bytes on
     * each side, so that a page of thousands of such runs stays linear. */
    uint32_t k = i + 1;
    while (k < b && name_word(q, k))
        k++;
    size_t rn = q->tok[k - 1].e - t->s;
    size_t from = t->s > LEAD_REPEAT_SPAN ? t->s - LEAD_REPEAT_SPAN : 0;
    size_t to = q->len - t->s > LEAD_REPEAT_SPAN + rn ? t->s + rn + LEAD_REPEAT_SPAN : q->len;
    for (const char *p = q->text + from, *end = q->text + to; !t->hyph && (size_t)(end - p) >= rn;) {
        const char *m = memchr(p, q->text[t->s], (size_t)(end - p) - rn + 1);
        if (!m)
            break;
        if (m != q->text + t->s && memcmp(m, q->text + t->s, rn) == 0)
            return 0;
        p = m + 1;
    }
    /* a rank stays: "King Edward VII" (words_quote_name_ranks). Read
     * from the table, not a name_marks bit: the ranks are in no other
     * quote table, and a hash entry of their own would set t->w for
     * them, which lead_word, role_compound and attrib.c read as "a word
     * of a table". */
    char low[16];
    if (n > sizeof low || (unsigned char)q->text[t->s] >= 0x80)
        return 1;
    memcpy(low, q->text + t->s, n);
    low[0] = (char)(low[0] | 0x20);
    return !words_exact(&words_quote_name_ranks, low, n);
}

/* Is there a tab between words i - 1 and i? A table row's cells are
 * joined by tabs in the text ("Anna Lind\tHarbourton"): a name never
 * spans a cell. */
static inline int tab_before(const qctx *q, uint32_t i)
{
    return q->tok[i].tab; /* set by the lexer */
}

static int name_push(qctx *q, uint32_t a, uint32_t b, unsigned gender, int subject)
{
    if (q->nnames == q->names_cap) {
        qname *n = quote_grow(q->names, &q->names_cap, sizeof *n, 64);
        if (!n)
            return -1;
        q->names = n;
    }
    qname *n = &q->names[q->nnames++];
    n->a = a, n->b = b, n->gender = (uint8_t)gender, n->subject = (uint8_t)subject, n->titled = 0;
    n->first_h = word_hash(q, a);
    n->last_h = b - a == 1 ? n->first_h : word_hash(q, b - 1);
    n->fullest = -2;
    n->role = -1;
    return 0;
}

/* "The minister of fisheries, Mr. Arne Solheim, argues …": the
 * sentence opens with a determiner and at most 8 words up to the comma at
 * c, so the name between commas after it names the subject. */
static int role_opens(const qctx *q, uint32_t a, uint32_t c)
{
    if (c <= a || c - a > 8 || !FL(a, determiners))
        return 0;
    for (uint32_t k = a; k < c; k++)
        if (q->tok[k].type != TK_WORD)
            return 0;
    return 1;
}

/* "Le maire Paul Girard refuse …", "Die Bürgermeisterin Anna Keller
 * sagte …", "Der Hafenmeister Klaus Keller hat …": the sentence opens
 * with a determiner and at most three words of a role right before the
 * run [i, j), none a function word, pronoun, cue or adverb, the last a
 * title of the table, or capitalised (German capitalises the role noun)
 * before a known first name; or the run itself starts with a title right
 * after the determiner (titled). The role is the name's, and the name the
 * sentence's subject, that a later "il", "sie", "er" refers to (before,
 * a run after a word was never a subject, and the pronoun found no one).
 * Not when a title follows the run, which then names the role's place:
 * "The former North Dakota governor is …". */
static int role_before(const qctx *q, uint32_t a, uint32_t i, uint32_t j, int titled)
{
    if (i <= a || i > a + 4 || !FL(a, determiners) || (j < q->ntok && FL(j, titles)))
        return 0;
    if (i == a + 1)
        return titled;
    for (uint32_t k = a + 1; k < i; k++)
        if (q->tok[k].type != TK_WORD || FL(k, stops) || FL(k, pronouns) || FL(k, cues) || FL(k, between) ||
            FL(k, determiners) || possessive(q, k))
            return 0;
    return FL(i - 1, titles) || (q->tok[i - 1].cap && FL(i, first_names));
}

/* Does the run of words [i, j) (titles included) stand as a subject:
 * after the sentence start, punctuation or a conjunction ("when Keller
 * walked away") rather than a determiner or a preposition ("the United
 * States", "by Keller"), and before a verb-like lowercase word or a comma
 * ("Markey, the ranking member, …")? Such runs are the people a later
 * pronoun may refer to. */
static int subject_like(const qctx *q, uint32_t i, uint32_t j, uint32_t a, uint32_t b, int titled)
{
    if (i > a) {
        const qtok *p = &q->tok[i - 1];
        if (p->type == TK_WORD) {
            /* "My Uncle Tom said": a first-person possessive that opens
             * the sentence leaves the run after it the subject (not the
             * other possessives: "Seine Aussage" is a German noun) */
            /* "Auch Anna Vik sagte": a sentence adverb that opens the
             * sentence (name_openers) leaves the run after it the subject */
            if (!(FL(i - 1, grammar) & QG_SUBJECT_CONJ) &&
                !(i - 1 == a && (FL(i - 1, name_openers) || nonstarter(q, i - 1) || lead_word(q, i - 1, b))) &&
                !(i - 1 == a && (FL(i - 1, roles) & QR_POSSESSIVE) && (FL(i - 1, possessor) & QW_FIRST)) &&
                !role_before(q, a, i, j, titled))
                return 0;
        } else if (p->type == TK_OPEN || p->type == TK_REOPEN) {
            return 0;
        }
    }
    if (possessive(q, j - 1) || j >= b)
        return 0;
    const qtok *n = &q->tok[j];
    /* ", Muhammad Ali, who …": between commas, an appositive */
    int after_comma = i > a && q->tok[i - 1].type == TK_PUNCT && q->text[q->tok[i - 1].s] == ',';
    if (n->type == TK_PUNCT && after_comma && q->text[n->s] == ',')
        return role_opens(q, a, i - 1) && j + 1 < b && q->tok[j + 1].type == TK_WORD && !q->tok[j + 1].cap;
    if (n->type == TK_PUNCT)
        return q->text[n->s] == ',' && !after_comma;
    return n->type == TK_WORD && !n->cap && (!FL(j, stops) || FL(j, between));
}

/* "Markey, the ranking member of …": an appositive with a role after the
 * run is a sign of a person, like a title before it. */
static int role_follows(const qctx *q, uint32_t j, uint32_t b)
{
    if (j + 2 >= b || q->tok[j].type != TK_PUNCT || q->text[q->tok[j].s] != ',' || !FL(j + 1, determiners))
        return 0;
    for (uint32_t k = j + 2; k < b && k < j + 7 && q->tok[k].type == TK_WORD; k++)
        if (FL(k, titles))
            return 1;
    return 0;
}

/* "when Keller walked away": a subject followed by a verb in the past
 * tense ("-ed", not an auxiliary) acts as a person does. */
static int acts(const qctx *q, uint32_t j, uint32_t b)
{
    if (j >= b || q->tok[j].type != TK_WORD || q->tok[j].cap || FL(j, between) || FL(j, stops))
        return 0;
    const char *w = q->text + q->tok[j].s;
    size_t n = q->tok[j].e - q->tok[j].s;
    return n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Does the particle at j join the run [rs, j) to the name word after it?
 * A particle comes before a surname, never before a known first name
 * ("Aussagen von Peter Lund": there "von" is the preposition); and
 * one word before it that is no known first name, right after a function
 * word, is a noun (German capitalises nouns: "aus Sicht von Lund", "die
 * Website von Lund"), not a name's first word ("Anna von der Heide",
 * "Charles de Gaulle" stay whole). Before, with the role before a name
 * kept in the run, "Sportdirektor Peter Lund" outnumbered the noun's
 * run; without it, "Vertragsverlängerung von Peter Lund" had the most
 * words and became the speaker. */
static int particle_joins(const qctx *q, uint32_t a, uint32_t rs, uint32_t j)
{
    if (FL(j + 1, first_names))
        return 0;
    if (j - 1 != rs || FL(rs, first_names) || rs == a)
        return 1;
    const qtok *p = &q->tok[rs - 1];
    return !(p->type == TK_WORD && (FL(rs - 1, stops) || FL(rs - 1, determiners)));
}

/* The name runs of one sentence, in order. */
static int names_of_sentence(qctx *q, uint32_t a, uint32_t b)
{
    uint32_t i = a;
    while (i < b) {
        const qtok *t = &q->tok[i];
        if (t->type != TK_WORD || !t->cap) {
            i++;
            continue;
        }
        uint32_t rs = i, j = i;
        unsigned gender = 0;
        int titled = 0;
        int32_t role = -1; /* the role word dropped right before the name */
        /* "Maybe Jonas Keller", "In June Keller said"; a possessive
         * determiner opens no name ("Seine Aussage": German capitalises
         * nouns, and the run read as a two-word person's name took a
         * later "sie"; "Their campaign") */
        if (FL(i, name_openers) || (FL(i, roles) & QR_POSSESSIVE)) {
            i++;
            continue;
        }
        /* "Sowohl Jonas Brandt", "Afterwards Mara": a function word that
         * opens the sentence before a name word opens no name */
        if ((i == a && i + 1 < b && name_word(q, i + 1) && nonstarter(q, i)) ||
            (i + 2 < b && FL(i + 1, first_names) && lead_word(q, i, b))) {
            i++;
            continue;
        }
        while (j < b && q->tok[j].type == TK_WORD && !(j > i && tab_before(q, j))) {
            if (q->tok[j].cap && FL(j, titles)) {
                gender |= title_gender(q, j);
                titled = 1;
                role = (int32_t)j;
                rs = ++j;
                continue;
            }
            /* "Konzernchef Ruprecht Hallstein", "Mr Pryce": a role the
             * tables hold only in part, dropped before a name word */
            unsigned rc = j + 1 < b && name_word(q, j + 1) ? role_compound(q, j) : 0;
            if (rc) {
                gender |= rc & (QW_MALE | QW_FEMALE);
                titled = 1;
                role = (int32_t)j;
                rs = ++j;
                continue;
            }
            /* "The Harbour Gazette Holm said": an organisation's name
             * ends at its head word; a name may follow */
            if (j > rs && FL(j, org_words) && j + 1 < b && name_word(q, j + 1)) {
                j++;
                break;
            }
            /* a capitalised function word between name words: "Choe Son Hui" */
            if (name_word(q, j) || (j > rs && q->tok[j].cap && j + 1 < b && name_word(q, j + 1) &&
                                    FL(j, stops) && !FL(j, pronouns) && !FL(j, determiners))) {
                j++;
                if (possessive(q, j - 1))
                    break;
                continue;
            }
            /* the cheap test first: few words before a name word are particles */
            if (j > rs && j + 1 < b && name_word(q, j + 1) && particle(q, j) && particle_joins(q, a, rs, j)) {
                j++;
                continue;
            }
            break;
        }
        /* "Die Kapitänin Anna Brandt": German capitalises the role
         * noun between the determiner and the name; a known first name
         * after the run's first word says where the name starts (the
         * role is dropped as a title is, and the run after it may be the
         * sentence's subject, role_before) */
        if (rs == i && j - rs >= 3 && rs > a && FL(rs - 1, determiners) && !FL(rs, first_names) &&
            FL(rs + 1, first_names))
            rs = i = rs + 1;
        if (j > rs && q->tok[rs].s >= q->body_len) {
            /* the headline is title-cased ("Harbour Workers Rip Jonas
             * Keller"): each pair of words is a name it may give */
            for (uint32_t k = rs; k + 1 < j; k++)
                if (name_push(q, k, k + 2, FL(k, first_names) & (QW_MALE | QW_FEMALE), 0) < 0)
                    return -1;
        } else if (j > rs) {
            /* a known first name gives the gender: "Anna Holt" */
            if (!gender && j - rs >= 2)
                gender = FL(rs, first_names) & (QW_MALE | QW_FEMALE);
            /* a name inside a quote is no subject of the reporting */
            int subject = q->tok[rs].depth == 0 && subject_like(q, i, j, a, b, titled);
            if (name_push(q, rs, j, gender, subject) < 0)
                return -1;
            q->names[q->nnames - 1].titled = (uint8_t)(titled || role_follows(q, j, b) ||
                                                       (subject && acts(q, j, b)));
            q->names[q->nnames - 1].role = role == (int32_t)rs - 1 ? role : -1;
        }
        i = j > i ? j : i + 1;
    }
    return 0;
}

/* The names grouped by the hash of their last and of their first word
 * (a counting sort into buckets; each bucket in name order), so that
 * resolution visits only the runs that may share a word with a mention
 * instead of every name in its window. */
static int index_names(qctx *q)
{
    size_t nb = 64;
    while (nb < q->nnames)
        nb *= 2;
    q->nbuckets = nb;
    for (int k = 0; k < 2; k++) {
        q->start[k] = calloc(nb + 1, sizeof *q->start[k]);
        q->by_word[k] = malloc((q->nnames ? q->nnames : 1) * sizeof *q->by_word[k]);
        if (!q->start[k] || !q->by_word[k])
            return -1;
        uint32_t *start = q->start[k];
        for (size_t i = 0; i < q->nnames; i++)
            start[((k ? q->names[i].first_h : q->names[i].last_h) & (nb - 1)) + 1]++;
        for (size_t b = 0; b < nb; b++)
            start[b + 1] += start[b];
        for (size_t i = 0; i < q->nnames; i++)
            q->by_word[k][start[(k ? q->names[i].first_h : q->names[i].last_h) & (nb - 1)]++] = (uint32_t)i;
        /* the fill moved each start to the next bucket's: shift back */
        for (size_t b = nb; b > 0; b--)
            start[b] = start[b - 1];
        start[0] = 0;
    }
    return 0;
}

int quote_names(qctx *q)
{
    for (size_t s = 0; s < q->nsent; s++)
        if (names_of_sentence(q, q->sent[s].a, q->sent[s].b) < 0)
            return -1;
    return index_names(q);
}

/* The first entry of a bucket's [s, e) that is a name index >= k
 * (entries are in name order). */
static const uint32_t *bucket_from(const uint32_t *s, const uint32_t *e, size_t k)
{
    while (s < e) {
        const uint32_t *m = s + (e - s) / 2;
        if (*m < k)
            s = m + 1;
        else
            e = m;
    }
    return s;
}

/* The names of [lo, hi) whose last word (first when by_first) hashes into
 * h's bucket, at most NAME_NEAR on each side of name index `near`:
 * [*from, *to) of q->by_word[by_first]. The bound keeps a page that
 * writes one name thousands of times linear (every lookup of that name
 * would read all its runs in the window, and a count of each of them
 * read them all again); a person's runs beyond the nearest NAME_NEAR on
 * each side change neither which run is fullest nor its rank. */
static void names_sharing(const qctx *q, int by_first, uint32_t h, size_t lo, size_t hi, size_t near,
                          const uint32_t **from, const uint32_t **to)
{
    const uint32_t *idx = q->by_word[by_first], *start = q->start[by_first];
    size_t b = h & (q->nbuckets - 1);
    const uint32_t *s = idx + start[b], *e = idx + start[b + 1];
    const uint32_t *f = bucket_from(s, e, lo), *t = bucket_from(f, e, hi);
    const uint32_t *c = bucket_from(f, t, near);
    *from = c - f > NAME_NEAR ? c - NAME_NEAR : f;
    *to = t - c > NAME_NEAR ? c + NAME_NEAR : t;
}

/* Index of the first name run starting at or after token pos. */
static size_t name_at(const qctx *q, uint32_t pos)
{
    size_t lo = 0, hi = q->nnames;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (q->names[mid].a < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Does run r contain the words [a, b) in order, ending with the same word? */
static int run_has(const qctx *q, const qname *r, uint32_t a, uint32_t b, int by_first, uint32_t key_h)
{
    uint32_t n = b - a;
    if (r->b - r->a < n || key_h != (by_first ? r->first_h : r->last_h))
        return 0;
    if (by_first)
        return same_word(q, r->a, a);
    for (uint32_t k = 0; k < n; k++)
        if (!same_word(q, r->b - n + k, a + k))
            return 0;
    return 1;
}

/* How many runs of [lo, hi) read exactly like run k (at most 64 looked at). */
static int run_count(const qctx *q, size_t k, size_t lo, size_t hi)
{
    const qname *r = &q->names[k];
    uint32_t n = r->b - r->a;
    int count = 0, looked = 0;
    const uint32_t *m, *end;
    names_sharing(q, 0, r->last_h, lo, hi, k, &m, &end);
    for (; m < end && looked < 64; m++) {
        const qname *o = &q->names[*m];
        if (o->b - o->a != n || o->last_h != r->last_h || o->first_h != r->first_h ||
            !same_word(q, o->b - 1, r->b - 1))
            continue;
        looked++;
        uint32_t w = 0;
        while (w < n && same_word(q, o->a + w, r->a + w))
            w++;
        count += w == n;
    }
    return count;
}

/* The fullest run for the name words [a, b) seen from token pos: the one
 * with most words (up to MAX_NAME_WORDS) that ends like the name, else
 * starts like it (family name first: "Choe" -> "Choe Son Hui"); among
 * equals the most frequent ("Tom Lund" over "Anna Lund"), then the
 * nearest before pos. -1 if none. */
static int32_t fullest(const qctx *q, uint32_t a, uint32_t b, uint32_t pos)
{
    size_t at = name_at(q, pos);
    size_t lo = at > NAME_WINDOW ? at - NAME_WINDOW : 0, hi = at + NAME_WINDOW < q->nnames ? at + NAME_WINDOW : q->nnames;
    int32_t best = -1;
    uint32_t best_n = 0;
    int best_c = 0;
    for (int by_first = 0; by_first < 2 && (best < 0 || best_n <= b - a); by_first++) {
        if (by_first && b - a != 1)
            break;
        uint32_t key_h = word_hash(q, by_first ? a : b - 1);
        const uint32_t *it, *end;
        names_sharing(q, by_first, key_h, lo, hi, at, &it, &end);
        for (; it < end; it++) {
            size_t k = *it;
            const qname *r = &q->names[k];
            uint32_t n = r->b - r->a;
            if (n > MAX_NAME_WORDS || (by_first && n <= best_n) || !run_has(q, r, a, b, by_first, key_h))
                continue;
            if (best >= 0 && n < best_n)
                continue;
            int c = run_count(q, k, lo, hi);
            int better = best < 0 || n > best_n || c > best_c;
            if (!better && c == best_c) /* nearer before pos, else earlier after */
                better = r->a < pos && (q->names[best].a >= pos || r->a > q->names[best].a);
            if (better)
                best = (int32_t)k, best_n = n, best_c = c;
        }
    }
    return best;
}

/* "a", "an", "ein", "une" (words_quote_indefinites), also capitalised at
 * a sentence's start. */
static int indefinite(const qctx *q, uint32_t i)
{
    const qtok *t = &q->tok[i];
    return t->type == TK_WORD && FL(i, determiners) && (FL(i, name_marks) & QN_INDEFINITE) && rest_as_table(q, i);
}

/* The name inside mention tokens [ms, me): its last capitalised run. */
static int mention_name_in(const qctx *q, int32_t ms, int32_t me, int32_t *a, int32_t *b);

/* "Sen. Anna Vik of Maine": the name is before "of"; "Harbour Master
 * Nils B. Dahl": only titles stand before it, the name is after;
 * "US officials": a lowercase head is no name. */
static int mention_name(const qctx *q, int32_t ms, int32_t me, int32_t *a, int32_t *b, int *behalf)
{
    int32_t e = ms;
    *behalf = 0;
    /* a particle before a known first name is the preposition ("ein
     * Sprecher von Anna Lind"), as in particle_joins */
    while (e < me && !(e > ms && (FL(e, stops) && !q->tok[e].cap) &&
                       !(particle(q, (uint32_t)e) && !(e + 1 < me && FL(e + 1, first_names)))))
        e++;
    int titles_only = 1;
    for (int32_t k = ms; k < e && titles_only; k++)
        titles_only = FL(k, titles) || FL(k, determiners) || role_compound(q, (uint32_t)k);
    if (titles_only && e < me) {
        /* "a spokesman for Anna Lind", "ein Sprecher von Anna Lind": a
         * role after an indefinite determiner, then "for", "of", "von",
         * speaks for the name after it and is not its person */
        *behalf = e > ms + 1 && (FL(e, grammar) & QG_JOINER) && indefinite(q, (uint32_t)ms);
        return mention_name_in(q, e + 1, me, a, b);
    }
    /* "Ruiz and Holm": two names that speak together resolve to the last
     * one, the name the mention was before it took the first one too
     * (attrib.c, coordinated_name); a speaker is one person. Read here
     * from the mention's words, not from a mark attrib.c leaves: mentions
     * over two names come from other rules too (after "according to", a
     * subject before its relative clause), and attrib.c widens only the
     * mention before a verb, where the frame must start before both */
    if (e + 1 < me && q->tok[ms].cap && !FL(ms, determiners) && q->tok[e].type == TK_WORD &&
        (FL(e, grammar) & QG_COORD) && q->tok[e + 1].cap &&
        mention_name_in(q, e + 1, me, a, b))
        return 1;
    return mention_name_in(q, ms, me, a, b);
}

static int mention_name_in(const qctx *q, int32_t ms, int32_t me, int32_t *a, int32_t *b)
{
    int32_t e = ms;
    while (e < me && !(e > ms && (FL(e, stops) && !q->tok[e].cap) && !particle(q, (uint32_t)e)))
        e++;
    if (e == ms || !name_word(q, (uint32_t)e - 1))
        return 0;
    int32_t s = e - 1;
    /* "der Geschäftsführer der Hafen-Genossenschaft": a particle right after a role
     * is a preposition, no part of the name */
    while (s > ms && !tab_before(q, (uint32_t)s) && (name_word(q, (uint32_t)s - 1) ||
                      (particle(q, (uint32_t)s - 1) && s - 1 > ms && name_word(q, (uint32_t)s - 2) &&
                       !FL(s - 2, titles) && !role_compound(q, (uint32_t)s - 2))) &&
           !FL(s - 1, titles) && !role_compound(q, (uint32_t)s - 1) && !possessive(q, (uint32_t)s - 1) &&
           !(FL(s - 1, roles) & QR_POSSESSIVE))
        s--;
    /* a mention that opens with a function word before its name
     * ("Sowohl Jonas Brandt", "Even Mara Holt") */
    while (s < e && (FL(s, titles) || (s + 1 < e && (role_compound(q, (uint32_t)s) ||
                                                     FL(s, name_openers) || nonstarter(q, (uint32_t)s) ||
                                                     lead_word(q, (uint32_t)s, (uint32_t)e)))))
        s++;
    if (s == e)
        return 0;
    *a = s, *b = e;
    return 1;
}

/* Do runs r and o end in the same words, all of the shorter one? */
static int same_tail(const qctx *q, const qname *o, const qname *r)
{
    uint32_t n = o->b - o->a < r->b - r->a ? o->b - o->a : r->b - r->a;
    for (uint32_t k = 1; k <= n; k++)
        if (!same_word(q, o->b - k, r->b - k))
            return 0;
    return 1;
}

static unsigned gender_of(const qctx *q, int32_t name)
{
    unsigned g = q->names[name].gender;
    /* any run of the same person that carries a title */
    const qname *r = &q->names[name];
    size_t at = name_at(q, r->a);
    size_t lo = at > NAME_WINDOW ? at - NAME_WINDOW : 0, hi = at + NAME_WINDOW < q->nnames ? at + NAME_WINDOW : q->nnames;
    const uint32_t *it, *end;
    names_sharing(q, 0, r->last_h, lo, hi, at, &it, &end);
    /* only from a run that ends like it whole, or that it ends ("Ms.
     * Hughes", "Laura Vikstrom" for "Sports Laura Vikstrom"): "Jolandra
     * Scott" is not her husband "Keith Wade Scott" */
    for (; it < end && !g; it++) {
        const qname *o = &q->names[*it];
        if (o->gender && o->last_h == r->last_h && same_tail(q, o, r))
            g = o->gender;
    }
    return g;
}

/* Evidence that a name is a person a pronoun can refer to: a title
 * before it, a first name and a surname, or a known first name; not an
 * organisation's head word. Speakers of quotes count on their own. */
static int person_like(const qctx *q, int32_t name)
{
    const qname *r = &q->names[name];
    if (FL(r->b - 1, org_words))
        return 0;
    if (r->titled || r->gender || FL(r->a, first_names))
        return 1;
    return r->b - r->a >= 2;
}

/* Pronoun: the most recent person before the quote, among the speakers of
 * earlier quotes and named sentence subjects, of a compatible gender. */
static int32_t resolve_pronoun(qctx *q, size_t fi, unsigned pf)
{
    const qfound *f = &q->found[fi];
    if ((pf & QW_FIRST) || ((pf & QW_PLURAL) && !(pf & (QW_MALE | QW_FEMALE))))
        return -1;
    uint32_t pos = f->ms >= 0 ? (uint32_t)f->ms : f->pos;
    unsigned want = pf & (QW_MALE | QW_FEMALE);
    size_t ni = name_at(q, pos);
    size_t qi = fi;
    size_t visited = 0;
    int32_t org = -1; /* the nearest organisation that spoke before */
    for (int step = 0; step < PRONOUN_LOOKBACK; step++) {
        /* the later of the previous subject name and the previous speaker */
        while (ni > 0 && !q->names[ni - 1].subject && visited++ < NAME_WINDOW)
            ni--;
        if (visited >= NAME_WINDOW)
            ni = 0;
        uint32_t npos = ni > 0 ? q->names[ni - 1].a : 0;
        uint32_t qpos = qi > 0 ? (q->found[qi - 1].ms >= 0 ? (uint32_t)q->found[qi - 1].ms : q->found[qi - 1].pos) : 0;
        int32_t cand;
        int spoke = 0;
        if (qi > 0 && (ni == 0 || qpos >= npos)) {
            cand = q->found[--qi].speaker;
            spoke = 1;
        } else if (ni > 0) {
            qname *r = &q->names[--ni];
            /* the same run is a candidate for many pronouns: asked once */
            if (r->fullest == -2)
                r->fullest = fullest(q, r->a, r->b, r->a);
            cand = r->fullest;
            if (cand >= 0 && !person_like(q, cand) && !r->titled)
                cand = -1;
        } else {
            break;
        }
        /* an organisation (a quote of "the White House", "the White
         * House announced") is never a pronoun's person */
        if (cand >= 0 && spoke && org < 0 && FL(q->names[cand].b - 1, org_words))
            org = cand;
        /* "A representative for Mr. Varga said … He added …": the
         * pronoun after such a quote is the unnamed role's, of its gender
         * or none ("spokeswoman" is no "he") */
        if (spoke && q->found[qi].behalf) {
            unsigned g = q->found[qi].behalf & (QW_MALE | QW_FEMALE);
            if (!(g && want && !(g & want)))
                return -1;
            continue;
        }
        if (cand < 0 || FL(q->names[cand].b - 1, org_words))
            continue;
        unsigned g = gender_of(q, cand);
        if (g && want && !(g & want))
            continue;
        if (!g && want && (want == QW_MALE || want == QW_FEMALE))
            q->names[cand].gender = (uint8_t)want; /* learnt: later pronouns agree */
        return cand;
    }
    /* no person: the organisation that spoke last is the pronoun's
     * (German and French give a body the gender of its noun: "„…“, sagte
     * die Feuerwehr. „…“, fügte sie hinzu.", where "sie" had no speaker;
     * a person named before still comes first, golden case
     * quotes_german_org_pronoun) */
    return org;
}

/* "He's", "She’s" (is, has) as a mention: the pronoun before the 's,
 * which the tokenizer keeps in one word with it; its flags, else 0. */
static unsigned pronoun_is(const qctx *q, int32_t i)
{
    size_t k = quote_possessive_stem(q, i);
    if (k == 0)
        return 0;
    const quote_entry *e = quote_word_entry(q->text + q->tok[i].s, k);
    return e ? e->pronouns : 0;
}

/* "der Bischof", "Werft-Chef", "Taoiseach": a mention that is a capitalised
 * role alone (after determiners and lower-case words) names no one by
 * itself; its token, else -1. */
static int32_t role_mention(const qctx *q, int32_t ms, int32_t me)
{
    int32_t r = me - 1;
    if (r < ms || q->tok[r].type != TK_WORD || !q->tok[r].cap || !(FL(r, titles) || role_compound(q, (uint32_t)r)))
        return -1;
    for (int32_t k = ms; k < r; k++)
        if (q->tok[k].type != TK_WORD || (q->tok[k].cap && !FL(k, determiners)))
            return -1;
    return r;
}

/* The person a role alone refers to: the nearest name before pos (else
 * after it) that the same role word stood right before ("Werft-Chef Ruprecht
 * Hallstein" for a later "Werft-Chef"), its fullest run; -1 if none. Before, the
 * role was the name's first word, and the run that started with it was
 * found as a family name first is. */
static int32_t role_named(const qctx *q, int32_t rt, uint32_t pos)
{
    size_t at = name_at(q, pos);
    size_t lo = at > NAME_WINDOW ? at - NAME_WINDOW : 0, hi = at + NAME_WINDOW < q->nnames ? at + NAME_WINDOW : q->nnames;
    int32_t single = -1;
    /* at most NAME_NEAR runs with the role on each side, nearest first:
     * each costs a fullest() lookup */
    for (size_t k = at, up = 0, seen = 0; up < 2; up++, k = at, seen = 0) {
        while ((up ? k < hi : k > lo) && seen < NAME_NEAR) {
            const qname *r = &q->names[up ? k++ : --k];
            if (r->role < 0 || !same_word(q, (uint32_t)r->role, (uint32_t)rt))
                continue;
            seen++;
            /* a noun after the role may be no name ("fordert die
             * Anwältin Belege"): a first name and a surname first,
             * else the nearest one word ("Oberst Brandt") */
            int32_t best = fullest(q, r->a, r->b, r->a);
            if (best >= 0 && q->names[best].b - q->names[best].a >= 2)
                return best;
            if (single < 0)
                single = best;
        }
    }
    return single;
}

/* The gender a title right before the mention's name says ("Ms
 * Corbett"), 0 when none. */
static unsigned mention_gender(const qctx *q, int32_t ms, int32_t a)
{
    if (a <= ms)
        return 0;
    unsigned g = title_gender(q, (uint32_t)a - 1);
    return g ? g : role_compound(q, (uint32_t)a - 1) & (QW_MALE | QW_FEMALE);
}

void quote_resolve(qctx *q)
{
    for (size_t fi = 0; fi < q->nfound; fi++) {
        qfound *f = &q->found[fi];
        f->speaker = -1;
        unsigned pf = 0;
        if (f->pron_s)
        {
            const quote_entry *e = quote_word_entry(q->text + f->pron_s, f->pron_e - f->pron_s);
            pf = e ? e->pronouns : 0;
        }
        else if (f->ms >= 0 && f->me == f->ms + 1)
            pf = FL(f->ms, pronouns) ? FL(f->ms, pronouns) : pronoun_is(q, f->ms);
        /* a possessor mention ("her claim that …") stands for its
         * pronoun ("she"): the same lookback finds the person */
        if (!pf && f->ms >= 0 && f->me == f->ms + 1)
            pf = FL(f->ms, possessor);
        f->pronoun = (uint8_t)(pf ? pf : 0);
        if (pf) {
            f->speaker = resolve_pronoun(q, fi, pf);
            continue;
        }
        /* "Mr. Scott, who said": attribution gave the relative pronoun's
         * antecedent as the name */
        if (f->ms >= 0 && f->name_a >= 0 && f->name_b > f->name_a) {
            f->speaker = fullest(q, (uint32_t)f->name_a, (uint32_t)f->name_b, (uint32_t)f->name_a);
            continue;
        }
        int32_t a, b;
        if (f->ms < 0)
            continue;
        int32_t rt = role_mention(q, f->ms, f->me);
        if (rt >= 0 && (f->speaker = role_named(q, rt, (uint32_t)f->ms)) >= 0)
            continue;
        int behalf;
        if (!mention_name(q, f->ms, f->me, &a, &b, &behalf))
            continue;
        f->name_a = a, f->name_b = b;
        f->speaker = fullest(q, (uint32_t)a, (uint32_t)b, (uint32_t)a);
        /* "a spokeswoman for Mayor Anna Lind": the words are the
         * spokeswoman's, whom the article does not name, so no speaker;
         * an organisation after the role ("a spokesman for Harbour
         * Lines") is the speaker, as when it speaks itself. A person is
         * a name with a gender (a title's, a first name's, or one of a
         * run of the same person) */
        if (behalf && f->speaker >= 0 &&
            (gender_of(q, f->speaker) || FL(q->names[f->speaker].a, first_names))) {
            f->speaker = f->name_a = f->name_b = -1;
            f->behalf = 1;
            for (int32_t k = f->ms; k < a; k++)
                f->behalf |= (uint8_t)(title_gender(q, (uint32_t)k) | (role_compound(q, (uint32_t)k) & (QW_MALE | QW_FEMALE)));
            continue;
        }
        /* "Ms Corbett" is not "Jason Corbett": a fuller run whose first
         * name says the other gender is another person; the mention's
         * name stands */
        unsigned mg = f->speaker >= 0 ? mention_gender(q, f->ms, a) : 0;
        if (mg) {
            unsigned g = FL(q->names[f->speaker].a, first_names) & (QW_MALE | QW_FEMALE);
            if (g && !(g & mg))
                f->speaker = -1;
        }
    }
}

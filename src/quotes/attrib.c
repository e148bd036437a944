/* attrib.c: attribution, sentence by sentence: the cue (a speech verb,
 * "according to", a colon), the speaker mention next to it, and the kind.
 *
 * A sentence with quotes outside which nothing but the attribution frame
 * stands ("“…,” she said.", "He said: “…”", "“…,” said Tessa Marlow, “…”")
 * is direct; with other words around the quoted part it is mixed, and its
 * content is the reported clause ("She said the US had “lost a golden
 * opportunity” at the summit."); a sentence without quotes whose cue has a
 * speaker and a clause is indirect. A sentence that is only a quote joins
 * the quote before it in the same paragraph, or takes the speaker of a cue
 * that ended the sentence before in a colon. */
#include <stdlib.h>
#include <string.h>

#include "quote_int.h"
#include "quote_words.h"
#include "core/chars.h"
#include "words/words.h"

/* A speaker's mention is a name with its role ("the city's chief
 * financial officer Jane Roe", 7 words): the scans for one stop after 8
 * words, where a run of words is a clause rather than a name. */
#define MAX_MENTION_WORDS 8


static int is_word(const qctx *q, int32_t i) { return q->tok[i].type == TK_WORD; }

static int is_punct(const qctx *q, int32_t i, char c)
{
    const qtok *t = &q->tok[i];
    return t->type == TK_PUNCT && t->e - t->s == 1 && q->text[t->s] == c;
}

static int is_end_punct_tok(const qctx *q, int32_t i)
{
    return is_punct(q, i, '.') || is_punct(q, i, '!') || is_punct(q, i, '?');
}

/* Words that join the parts of a mention: "spokesman for the campaign",
 * "Anna von der Heide". */
static int is_joiner(const qctx *q, int32_t i) { return (FL(i, grammar) & QG_JOINER) != 0; }

/* Conjunctions that open a clause: "…, though officials say …". */
static int is_conjunction(const qctx *q, int32_t i) { return (FL(i, grammar) & QG_CLAUSE_CONJ) != 0; }

static int is_preposition(const qctx *q, int32_t i) { return (FL(i, grammar) & QG_PREPOSITION) != 0; }

static int is_complementizer(const qctx *q, int32_t i) { return (FL(i, grammar) & QG_COMPLEMENTIZER) != 0; }

/* "it" speaks for a statement, a report or an organisation ("it said",
 * "“…,” it reads"); it resolves to no person. */
static int is_it(const qctx *q, int32_t i) { return (FL(i, grammar) & QG_IMPERSONAL) != 0; }

/* Two-word speech cues whose first word alone is no speech verb (the
 * phrase_cues tables): "as X put it", "he pointed out", "“…,” he went on."
 * (a final one only before punctuation or a quote: "went on to win" is no
 * cue). The number of words after i that belong to the cue (0: none);
 * *participle for "pointing out". */
static int phrase_cue_only(const qctx *q, int32_t i, int *participle, int *quotes_only)
{
    *participle = 0;
    /* cue_flags asks for every word: only a phrase's first word looks on */
    if (!(FL(i, grammar) & QG_PHRASE_HEAD) || (size_t)i + 1 >= q->ntok)
        return 0;
    unsigned f = quote_phrase_cue(q->tok[i].w, q->tok[i + 1].w);
    if (!f || ((f & QP_FINAL) && (size_t)i + 2 < q->ntok && q->tok[i + 2].type == TK_WORD))
        return 0;
    *participle = (f & QP_PARTICIPLE) != 0;
    *quotes_only = (f & QP_QUOTES_ONLY) != 0;
    return 1;
}

static int phrase_cue(const qctx *q, int32_t i, int *participle)
{
    int only;
    return phrase_cue_only(q, i, participle, &only);
}

/* Can word token t be a cue at all: a word of the cue tables, the first
 * word of a phrase cue ("pointed out") or a hyphenated word ("déclare-t-il")?
 * Most words are none of these, and cue_flags and pick_cue stop here. */
static inline int cue_candidate(const qtok *t)
{
    return t->w ? t->w->cues || (t->w->grammar & QG_PHRASE_HEAD) || (t->w->roles & (QR_SPEECH_NOUN | QR_ACCORDING_NOUN))
                : t->hyph;
}

/* A noun of speech at i that a possessor owns and "that" follows: "Keller's
 * recent assertion that “thousands” …", "her remark that “…”" (at most
 * NOUN_CUE_ADJ lower-case words between the possessor and the noun,
 * adjectives: "recent unfounded"). The possessor's token, else -1.
 * Without a possessor the noun is a topic ("the claim that …" reports no
 * one), and without "that" an object ("his promise of “free college”"). */
#define NOUN_CUE_ADJ 2

/* The words that join a noun of speech at i to the clause it reports, as
 * a count of tokens after i: "that" (1), German ", dass" (2: German sets
 * the comma), French "selon laquelle" (2: "selon" with a relative names
 * no source); 0 when none. */
static int noun_complement(const qctx *q, int32_t i)
{
    size_t n = q->ntok;
    if ((size_t)i + 1 >= n)
        return 0;
    if (is_word(q, i + 1) && is_complementizer(q, i + 1))
        return 1;
    if ((size_t)i + 2 >= n || !is_word(q, i + 2))
        return 0;
    if (is_punct(q, i + 1, ',') && is_complementizer(q, i + 2))
        return 2;
    if (is_word(q, i + 1) && (FL(i + 1, cues) & QW_ACCORDING) && (FL(i + 2, roles) & QR_NOUN_RELATIVE))
        return 2;
    return 0;
}

static int32_t noun_owner_scan(const qctx *q, int32_t i)
{
    if (!noun_complement(q, i))
        return -1;
    for (int32_t k = i - 1; k >= 0 && k >= i - 1 - NOUN_CUE_ADJ; k--) {
        const qtok *t = &q->tok[k];
        if (t->type != TK_WORD)
            return -1;
        /* a capitalised noun only after a possessive determiner (German
         * capitalises every noun: "seine Aussage, dass …"; in English a
         * capital makes it a name's word, "the Claim Act") */
        if (FL(k, roles) & QR_POSSESSIVE)
            return k;
        if (q->tok[i].cap)
            return -1;
        if (t->cap && quote_possessive_stem(q, k))
            return k;
        if (t->cap || FL(k, stops) || FL(k, determiners) || FL(k, pronouns) || cue_candidate(t))
            return -1;
    }
    return -1;
}

/* noun_owner_scan of token i, read once per token: a cue is asked for
 * its owner by cue_flags, cue_at, pick_cue and the clause rules, up to six
 * times. The tokens' words and flags are fixed once lexed, so the answer
 * is kept in the token (qtok.owner: 0 not read yet, 1 none, 2 + d the
 * owner at i - 1 - d). */
_Static_assert(NOUN_CUE_ADJ + 2 < 8, "qtok.owner holds 3 bits");
static int32_t noun_cue_owner(const qctx *q, int32_t i)
{
    if (!(FL(i, roles) & QR_SPEECH_NOUN))
        return -1;
    qtok *t = &q->tok[i]; /* the token array is the context's, not const */
    if (!t->owner) {
        int32_t k = noun_owner_scan(q, i);
        t->owner = (uint8_t)(k < 0 ? 1 : 2 + (i - 1 - k));
    }
    return t->owner == 1 ? -1 : i - 1 - (t->owner - 2);
}

/* "a workshop for a pottery course called “Slow Hands”", "the zoning
 * rule called a “buffer”": a naming participle (`called`,
 * `dubbed`…) right after the noun of a phrase that a determiner opens
 * (lower-case words only between, no function word, pronoun or adverb),
 * with the quote right after it (past `a`, `an`), names a thing; no one
 * speaks. Not when the phrase opens the sentence or a clause, where it
 * is the verb's subject ("The campaign called “…” …", "what the
 * fire officer called an “unacceptable” lack of exits"), unless an
 * indefinite opens it ("A radio station called “Coast FM” reported …"). */
static int ly_adverb(const qctx *q, int32_t i);

/* Words a quoted name has at most ("Coast FM", "Slow Hands"); more is a clause. */
#define NAME_QUOTE_MAX_WORDS 6

/* 1 when the quote that opens at token k reads as a name: at most
 * NAME_QUOTE_MAX_WORDS words, no "!" or "?" in it and no "." at its end
 * ("Coast FM", "We support the harbour & co"; not "Fire! Everybody
 * out!" or "Help, there are people inside!", which are shouted). */
static int quote_name_shaped(const qctx *q, int32_t k)
{
    int32_t words = 0;
    for (int32_t t = k + 1; (size_t)t < q->ntok && q->tok[t].type != TK_CLOSE; t++) {
        if (q->tok[t].type == TK_PARA || q->tok[t].type == TK_OPEN || q->tok[t].type == TK_REOPEN)
            return 0;
        if (q->tok[t].type == TK_WORD) {
            if (++words > NAME_QUOTE_MAX_WORDS)
                return 0;
        } else if (q->tok[t].type == TK_PUNCT) {
            char c = q->text[q->tok[t].s];
            if (c == '!' || c == '?' ||
                (c == '.' && ((size_t)t + 1 >= q->ntok || q->tok[t + 1].type == TK_CLOSE)))
                return 0;
        }
    }
    return words > 0;
}

static int naming_relative(const qctx *q, int32_t i)
{
    if (!(FL(i, roles) & QR_NAMING) || i < 2 || (size_t)i + 2 >= q->ntok)
        return 0;
    int32_t k = i + 1;
    if (is_word(q, k) && FL(k, determiners) && FL(k, stops) && !q->tok[k].cap)
        k++;
    if (q->tok[k].type != TK_OPEN)
        return 0;
    int32_t j = i - 1, n = 0, caps = 0;
    while (j >= 0 && n < 5 && is_word(q, j) && !FL(j, determiners)) {
        if (FL(j, stops) || FL(j, pronouns) || FL(j, between) || cue_candidate(&q->tok[j]) || ly_adverb(q, j))
            return 0;
        caps |= q->tok[j].cap;
        j--, n++;
    }
    if (n == 0 || j < 0 || !is_word(q, j) || !FL(j, determiners) || (FL(j, roles) & QR_POSSESSIVE))
        return 0;
    /* capitalised words ("A German news agency called “…”") only after
     * an indefinite (below) */
    if (caps && !(FL(j, name_marks) & QN_INDEFINITE))
        return 0;
    const qtok *p = j >= 1 ? &q->tok[j - 1] : NULL;
    /* "over what the fire officer called an “unacceptable” lack of
     * exits": after `what`, a relative or a conjunction the phrase is a
     * clause's subject, and the verb reports */
    if (p && p->type == TK_WORD && ((FL(j - 1, roles) & (QR_FREE_RELATIVE | QR_OBJECT_RELATIVE | QR_THING_RELATIVE)) ||
                                    (FL(j - 1, grammar) & (QG_RELATIVE | QG_SUBJECT_CONJ | QG_COMPLEMENTIZER))))
        return 0;
    /* "A regional radio station called “Coast FM” reported …": an
     * indefinite phrase names a thing wherever it stands; no one
     * introduced by "a" is reported calling a bare quote. At the
     * sentence's start only where the quote is a name (quote_name_shaped):
     * "A woman called “Fire! Everybody out!” from the window" shouts */
    if (FL(j, name_marks) & QN_INDEFINITE)
        return (p && p->type != TK_PARA && !is_end_punct_tok(q, j - 1) && p->type != TK_OPEN) || quote_name_shaped(q, k);
    return p && p->type != TK_PARA && !is_end_punct_tok(q, j - 1) && p->type != TK_OPEN;
}

/* The speech verb flags of word i; a French inversion ("déclare-t-il")
 * counts by its verb part. */
static unsigned cue_flags(const qctx *q, int32_t i, uint32_t *pron_s)
{
    const qtok *t = &q->tok[i];
    *pron_s = 0;
    if (t->type != TK_WORD || !cue_candidate(t))
        return 0;
    /* a capitalised cue only opens a sentence ("According to", "Selon");
     * elsewhere it is a name ("the United States"); a noun of speech after
     * a possessive determiner is German's capital (noun_cue_owner) */
    if (t->cap && i > 0 && q->tok[i - 1].type != TK_PARA && !is_end_punct_tok(q, i - 1) &&
        q->tok[i - 1].type != TK_OPEN && !(t->w && (t->w->roles & (QR_SPEECH_NOUN | QR_ACCORDING_NOUN)) && !t->w->cues))
        return 0;
    /* "Nach Angaben der Polizei …": a noun after its preposition is a
     * source cue like "laut" */
    if (t->w && (t->w->roles & QR_ACCORDING_NOUN))
        return i > 0 && is_word(q, i - 1) && (FL(i - 1, roles) & QR_ACCORDING_NOUN_PREP) ? QW_ACCORDING : 0;
    unsigned f = t->w ? t->w->cues : 0;
    /* "the swing states", "his comments": a plural noun unless a pronoun
     * stands before it ("it states") or "that" or a colon after it */
    if (f && (t->w->grammar & QG_NOUN_VERB) &&
        !(i > 0 && q->tok[i - 1].type == TK_WORD && (FL(i - 1, pronouns) || is_it(q, i - 1))) &&
        !((size_t)i + 1 < q->ntok && (is_complementizer(q, i + 1) || is_punct(q, i + 1, ':'))))
        return 0;
    if (f)
        return naming_relative(q, i) ? 0 : f;
    /* a noun of speech a possessor owns: a cue for quotes only */
    if (t->w && (t->w->roles & QR_SPEECH_NOUN))
        return noun_cue_owner(q, i) >= 0 ? QW_SPEECH | QW_QUOTES_ONLY : 0;
    int participle; /* no cue table holds the first words of phrase cues */
    int only = 0;
    if (phrase_cue_only(q, i, &participle, &only))
        return QW_SPEECH | (participle ? QW_PARTICIPLE : 0u) | (only ? QW_QUOTES_ONLY : 0u);
    const char *h = t->w || !t->hyph ? NULL : memchr(q->text + t->s, '-', t->e - t->s);
    if (!h)
        return 0;
    const quote_entry *e = quote_word_entry(q->text + t->s, (size_t)(h - (q->text + t->s)));
    f = e ? e->cues : 0;
    if (!(f & QW_SPEECH))
        return 0;
    /* the pronoun after the last hyphen: "-t-il", "-elle" */
    const char *last = h;
    for (const char *p = h; p < q->text + t->e; p++)
        if (*p == '-')
            last = p;
    const quote_entry *pe = quote_word_entry(last + 1, (size_t)(q->text + t->e - last - 1));
    if (!pe || !pe->pronouns)
        return 0;
    *pron_s = (uint32_t)(last + 1 - q->text);
    return f;
}

/* A French inverted auxiliary at word i, "a-t-il", "avait-elle": a word
 * of the between table (the auxiliary) before its first hyphen and a
 * pronoun after its last; the pronoun's offset in the text, else 0. */
static uint32_t inverted_aux_pronoun(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    if (t->type != TK_WORD || t->w || !t->hyph)
        return 0;
    const char *s = q->text + t->s, *e = q->text + t->e;
    const char *h = memchr(s, '-', (size_t)(e - s));
    if (!h)
        return 0;
    const quote_entry *a = quote_word_entry(s, (size_t)(h - s));
    if (!a || !a->between)
        return 0;
    const char *last = h;
    for (const char *p = h; p < e; p++)
        if (*p == '-')
            last = p;
    const quote_entry *pe = quote_word_entry(last + 1, (size_t)(e - last - 1));
    return pe && pe->pronouns ? (uint32_t)(last + 1 - q->text) : 0;
}

/* An adverb in -ly between a speaker and its verb ("Keller angrily
 * said", "Mr. Holm hardly explained"): no part of the mention. */
static int ly_adverb(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    return t->type == TK_WORD && !t->cap && t->e - t->s > 4 && q->text[t->e - 2] == 'l' && q->text[t->e - 1] == 'y';
}

/* The mention that ends just before token i (walking back to sa): past
 * the words allowed between a speaker and its verb and adverbs in -ly, a
 * pronoun alone, or a noun phrase of at most MAX_MENTION_WORDS words that
 * stops at punctuation, function words and other verbs and starts at a
 * determiner. */
/* "Rep. Anna Vik (D-Maine) said": a short parenthesis (at most 8
 * tokens, no quotes) ending at token j; the token before it, else j. */
static int32_t before_paren(const qctx *q, int32_t j, int32_t sa)
{
    if (j <= sa || !is_punct(q, j, ')'))
        return j;
    for (int32_t k = j - 1; k > sa && k >= j - 9; k--) {
        if (is_punct(q, k, '('))
            return k - 1;
        if (q->tok[k].type != TK_WORD && q->tok[k].type != TK_PUNCT)
            break;
    }
    return j;
}

/* A capitalised name particle that opens a family name: "De Blasio",
 * "Le Pen", "Van Hollen", "Von Trapp" (words_quote_name_particles;
 * function words elsewhere). Not the lower-case-only particles ("Al
 * Gore": words_quote_name_particles_lower), which resolve.c's particle
 * also reads. */
static int cap_particle(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    size_t n = t->e - t->s;
    if (!t->cap || n < 2 || n > 3)
        return 0;
    char low[4];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)chars_lower((unsigned char)q->text[t->s + k]);
    return words_exact(&words_quote_name_particles, low, n);
}

/* "Vik (D-Maine) last week said", "Brekke less than three weeks ago
 * said": a time phrase between the speaker and the verb, in lower case,
 * ending at j (walking back): an optional word after the noun ("ago"), a
 * noun of time, then at least one word that makes it a phrase of time
 * ("last", "this", a number, "less than two"). Returns the token before
 * the phrase, or j when there is none or nothing stands before it. Without
 * it the phrase was the mention ("last week" spoke). */
static int32_t time_back(const qctx *q, int32_t j, int32_t sa)
{
    int32_t k = j;
    if (k >= sa && is_word(q, k) && !q->tok[k].cap && (FL(k, times) & QT_AFTER))
        k--;
    if (k < sa || !is_word(q, k) || q->tok[k].cap || !(FL(k, times) & QT_NOUN))
        return j;
    k--;
    int32_t m = k;
    while (k >= sa && is_word(q, k) && !q->tok[k].cap &&
           ((FL(k, times) & QT_MOD) || (q->text[q->tok[k].s] >= '0' && q->text[q->tok[k].s] <= '9')))
        k--;
    return k == m || k < sa ? j : k;
}

/* "“…,” Ruiz and Holm said", "„…“, sagten Keller und Brandt": two
 * names joined by a coordinator (`and`, `und`, `et`) speak together. When
 * the phrase [start, end) is a name (capitalised words only) and a
 * coordinator and a second name of at most four capitalised words stand
 * before it, the mention runs over both; before, it was the last name
 * alone, and the first name and the coordinator were left outside the
 * frame, in a mixed quote's text. resolve.c (mention_name) narrows the
 * mention back to the last name for the speaker, and both places are
 * needed: the mention is what the page says spoke and where the frame
 * starts (both names), the speaker is one person; and resolve.c reads
 * every mention, also those that other rules make over two names without
 * passing here ("According to Lena Ruiz and Pia Holm, …" runs to its
 * comma; a subject before a relative clause, "Lena Ruiz and Pia Holm, who
 * …, said"), so it cannot learn the narrowing from this function. */
static int32_t coordinated_name(const qctx *q, int32_t start, int32_t end, int32_t sa)
{
    for (int32_t k = start; k < end; k++)
        if (!q->tok[k].cap || FL(k, stops) || FL(k, pronouns) || FL(k, determiners))
            return start;
    int32_t c = start - 1;
    if (c <= sa || !is_word(q, c) || q->tok[c].cap || !(FL(c, grammar) & QG_COORD))
        return start;
    int32_t k = c - 1;
    while (k >= sa && k > c - 5 && is_word(q, k) && q->tok[k].cap && !FL(k, stops) && !FL(k, pronouns) &&
           !FL(k, determiners) && !(cue_flags(q, k, &(uint32_t){0}) & QW_SPEECH))
        k--;
    /* at the clause's start or right after a quote (a closing mark, or a
     * comma after one); not after another comma, which makes a list:
     * "Ferry routes: Tallinn, Riga and Turku" */
    if (k == c - 1 || (k >= sa && q->tok[k].type != TK_CLOSE &&
                       !(is_punct(q, k, ',') && k - 1 >= sa && q->tok[k - 1].type == TK_CLOSE)))
        return start;
    return k + 1;
}

static int np_back_from(const qctx *q, int32_t i, int32_t sa, int32_t *ms, int32_t *me, int skip_ly)
{
    int32_t j = i;
    while (j >= sa && is_word(q, j) && (FL(j, between) || (skip_ly == 1 && ly_adverb(q, j))) && !FL(j, pronouns))
        j--;
    j = time_back(q, j, sa);
    while (j >= sa && is_word(q, j) && FL(j, between) && !FL(j, pronouns))
        j--;
    j = before_paren(q, j, sa);
    while (j >= sa && is_word(q, j) && FL(j, between) && !FL(j, pronouns))
        j--;
    if (j < sa || !is_word(q, j))
        return 0;
    if (FL(j, pronouns) || is_it(q, j)) {
        *ms = j, *me = j + 1;
        return 1;
    }
    int32_t end = j + 1, start = end, n = 0;
    while (j >= sa && is_word(q, j) && n < MAX_MENTION_WORDS) {
        if (FL(j, determiners)) {
            start = j;
            if (j - 1 > sa && is_joiner(q, j - 1) && is_word(q, j - 2)) {
                j--;
                continue;
            }
            break;
        }
        if (is_joiner(q, j)) {
            if (j - 1 < sa || !is_word(q, j - 1) || FL(j - 1, stops)) {
                if (j + 1 < end && q->tok[j + 1].cap && cap_particle(q, j))
                    start = j; /* "De Blasio said" at a sentence start */
                break;
            }
        } else if ((FL(j, stops) || FL(j, pronouns) || (cue_flags(q, j, &(uint32_t){0}) & QW_SPEECH)) &&
                   !q->tok[j].cap) {
            break;
        } else if (q->tok[j].cap && (FL(j, stops) || FL(j, pronouns)) &&
                   !(j - 1 >= sa && is_word(q, j - 1) && q->tok[j - 1].cap && j + 1 < end) &&
                   !(j + 1 < end && q->tok[j + 1].cap && cap_particle(q, j))) {
            break; /* "But", "The"; not "Choe Son Hui" (French "son"), "De Blasio" */
        }
        start = j;
        j--;
        n++;
    }
    while (start < end && is_joiner(q, start) && !q->tok[start].cap)
        start++;
    if (start >= end || quote_possessive_stem(q, end - 1))
        return 0; /* "a North Korean official's reported assertion" */
    /* an adverb alone after a comma or an adverb of time is no mention
     * ("…, who was off-screen, then loudly asked", "…, a staunch ally,
     * effectively acknowledged"): the speaker stands before it, for the
     * rules that look past commas; when none does, the adverb is the
     * mention as before (skip_ly 2, cue_at), so the quote keeps its cue */
    if (skip_ly == 0 && end - start == 1 && ly_adverb(q, start) && start > sa &&
        (is_punct(q, start - 1, ',') || (is_word(q, start - 1) && FL(start - 1, between))))
        return 0;
    start = coordinated_name(q, start, end, sa);
    *ms = start, *me = end;
    return 1;
}

/* An adverb in -ly before the verb is skipped when a mention stands
 * before it ("Mr. Holm hardly explained"); else ("a comment that
 * egregiously described") the words are read as they stand. */
static int np_back(const qctx *q, int32_t i, int32_t sa, int32_t *ms, int32_t *me)
{
    return np_back_from(q, i, sa, ms, me, 1) || np_back_from(q, i, sa, ms, me, 0);
}

/* "5/14 survivor Rita Moen": a slash between two words, no spaces. */
static int slash_joins(const qctx *q, int32_t j, int32_t sb)
{
    return j > 0 && j + 1 < sb && is_punct(q, j, '/') && is_word(q, j - 1) && is_word(q, j + 1) &&
           q->tok[j - 1].e == q->tok[j].s && q->tok[j].e == q->tok[j + 1].s;
}

/* The mention that starts at token i (after an inverted verb: "said Tessa
 * Marlow, a spokeswoman"): a pronoun, or an optional determiner and at
 * most MAX_MENTION_WORDS words up to punctuation or a function word. */
static int np_fwd(const qctx *q, int32_t i, int32_t sb, int32_t *ms, int32_t *me)
{
    if (i >= sb || !is_word(q, i))
        return 0;
    if (FL(i, pronouns) || is_it(q, i)) {
        *ms = i, *me = i + 1;
        return 1;
    }
    int32_t j = i, n = 0;
    if (FL(j, determiners))
        j++, n++;
    while (j < sb && (is_word(q, j) || slash_joins(q, j, sb)) && n < MAX_MENTION_WORDS) {
        if (!is_word(q, j)) {
            j++;
            continue;
        }
        if (is_joiner(q, j)) {
            if (j + 1 >= sb || !is_word(q, j + 1))
                break;
        } else if (j > i && q->tok[j - 1].cap && !q->tok[j].cap && FL(j, between)) {
            /* "„…“, sagte Keller weiter", "said Holm later": an adverb
             * of the words between a speaker and the verb, after a
             * name's word, ends the phrase; it is the verb's, and "Keller
             * weiter" named no one (not after a determiner: "according
             * to the recently released playbook") */
            break;
        } else if ((FL(j, stops) || FL(j, pronouns) || (cue_flags(q, j, &(uint32_t){0}) & QW_SPEECH)) &&
                   /* "said a Wednesday editorial in …": a capitalised
                    * function word (a day) right after the determiner,
                    * before a noun, is part of the phrase */
                   !(j == i + 1 && FL(i, determiners) && q->tok[j].cap && FL(j, stops) &&
                     j + 1 < sb && is_word(q, j + 1) && !FL(j + 1, stops))) {
            break;
        }
        j++, n++;
    }
    while (j > i && is_joiner(q, j - 1))
        j--;
    if (j == i || (j == i + 1 && FL(i, determiners)))
        return 0;
    *ms = i, *me = j;
    return 1;
}

/* "Ola Brandt, a former harbour clerk, said": the name before an
 * appositive set off by commas (at most 12 tokens, no quotes in it). The
 * mention is the name alone, so that it resolves to the person. */
static int appositive_back(const qctx *q, int32_t i, int32_t sa, int32_t *ms, int32_t *me)
{
    int32_t j = i;
    while (j >= sa && is_word(q, j) && FL(j, between))
        j--;
    if (j <= sa || !is_punct(q, j, ','))
        return 0;
    int32_t k = j - 1;
    while (k > sa && k > j - 14 && !is_punct(q, k, ',')) {
        if (q->tok[k].type != TK_WORD && q->tok[k].type != TK_PUNCT)
            return 0;
        k--;
    }
    if (k <= sa || !is_punct(q, k, ',') || k == j - 1)
        return 0;
    int32_t s, e;
    if (!np_back(q, k - 1, sa, &s, &e) || e != k)
        return 0;
    int named = 0;
    for (int32_t m = s; m < e; m++)
        named |= q->tok[m].cap;
    if (!named) {
        /* "“…,” the skipper, Jon Moberg, told the radio programme
         * …": an unnamed noun phrase with a name of at most four
         * capitalised words as its appositive: the mention runs over
         * both, and its name resolves the speaker (before, the verb's
         * object after it spoke) */
        if (j - (k + 1) < 1 || j - (k + 1) > 4 || !FL(s, determiners) ||
            (s > sa && q->tok[s - 1].type != TK_CLOSE && !is_punct(q, s - 1, ',')))
            return 0;
        for (int32_t m = k + 1; m < j; m++)
            if (!is_word(q, m) || !q->tok[m].cap || FL(m, pronouns) || FL(m, stops))
                return 0;
        *ms = s, *me = j;
        return 1;
    }
    /* the name must start the clause: after a quote, a comma, the start
     * or a conjunction before a subject ("As Lucia M. Ferrante, an engineer
     * on Syria, noted, “…”") */
    if (s > sa && q->tok[s - 1].type != TK_CLOSE && !is_punct(q, s - 1, ',') &&
        !(is_word(q, s - 1) && (FL(s - 1, grammar) & QG_SUBJECT_CONJ)) &&
        !(FL(s - 1, roles) & (QR_FREE_RELATIVE | QR_OBJECT_RELATIVE)))
        return 0;
    *ms = s, *me = e;
    return 1;
}

/* "The senior councillor, who backs Holm, warned of a “bruising”
 * vote", "Her critics on the harbour board, many of them longtime
 * skippers, argue that …", "Arne Vik — a baker from Lower Quay —
 * says …": the noun phrase that opens the sentence, then an insertion set
 * off by a pair of commas or dashes (a relative clause, an appositive, a
 * participle phrase, of at most PAREN_TOKENS tokens and no quote), then
 * the verb (past adverbs and a day: "on Tuesday called") is the verb's
 * subject, named or not. The opening must be a plain noun phrase (a
 * determiner or a capital first, at most 10 words, no verb of the
 * vocabulary, no auxiliary, no conjunction): "After the vote ended, …" and
 * "The matter had come up …" are none. */
#define PAREN_TOKENS 30
/* The words [a, k) open the sentence as a plain noun phrase before an
 * insertion (parenthetical_back). */
static int opening_np(const qctx *q, int32_t a, int32_t k)
{
    if (k - a < 1 || k - a > 10)
        return 0;
    if (!(FL(a, determiners) || (q->tok[a].cap && !FL(a, stops) && !FL(a, pronouns))))
        return 0;
    for (int32_t m = a; m < k; m++) {
        if (!is_word(q, m))
            return 0;
        unsigned g = FL(m, grammar);
        /* function words other than those of a noun phrase ("sich",
         * "nicht", "einen", a day) make it a clause: German puts the
         * verb of "CLAUSE, sagte X" there */
        if (FL(m, stops) && !FL(m, determiners) && !(g & (QG_JOINER | QG_PREPOSITION | QG_COORD)))
            return 0;
        /* "a" is also a word between a speaker and the verb (French
         * "a déclaré"); as a determiner it opens the phrase ("A former
         * candidate -- John McCain -- said": before, no speaker) */
        if (FL(m, pronouns) || (FL(m, between) && !FL(m, determiners)) ||
            (g & (QG_BE | QG_RELATIVE | QG_COMPLEMENTIZER | QG_CONTRAST)) ||
            ((g & (QG_SUBJECT_CONJ | QG_CLAUSE_CONJ)) && !(g & QG_COORD)) ||
            (cue_flags(q, m, &(uint32_t){0}) & QW_SPEECH))
            return 0;
    }
    return 1;
}

static int is_dash(const qctx *q, int32_t i);
static int np_fwd(const qctx *q, int32_t i, int32_t sb, int32_t *ms, int32_t *me);
/* Token i is a hyphen right before another ("--"), no space between. */
static int dash_pair(const qctx *q, int32_t i, int32_t sa)
{
    return i > sa && is_punct(q, i, '-') && is_punct(q, i + 1, '-') && q->tok[i].e == q->tok[i + 1].s;
}
static int parenthetical_back(const qctx *q, int32_t i, int32_t sa, int32_t ce, int32_t sb, int32_t *ms, int32_t *me)
{
    /* "Specifically, these fighters can protect your eyes in several
     * different ways, said Velikova.": a noun phrase after the verb that
     * ends the clause is the inverted subject, and the commas before the
     * verb close the reported clause */
    int32_t fs, fe;
    if (np_fwd(q, ce, sb, &fs, &fe) && (fe >= sb || is_punct(q, fe, ',') || is_end_punct_tok(q, fe)))
        return 0;
    int32_t j = i;
    for (int n = 0; j >= sa && n < 3 && is_word(q, j) &&
                    (FL(j, between) || ly_adverb(q, j) || is_preposition(q, j) || (q->tok[j].cap && FL(j, stops)));
         n++)
        j--;
    if (j <= sa || !(is_punct(q, j, ',') || is_dash(q, j)))
        return 0;
    int dash = is_dash(q, j);
    /* "A former candidate -- Tor Lund, who lost in 2010 -- said": two
     * hyphens, no space between, are one dash (the typewriter's em
     * dash); read as two, the insertion was empty and the opening ended
     * in a hyphen */
    if (dash && dash_pair(q, j - 1, sa))
        j--;
    int32_t a = sa;
    if (is_punct(q, a, '('))
        a++;
    /* a quoted title inside the insertion is part of it ('Ingrid Moe,
     * the author of "Salt and Timber," about …, said'): marks and the
     * words and punctuation inside them are passed over, and only a comma
     * or dash outside quotes delimits. An insertion of commas may hold
     * more commas ('Petter Lund, a guide at the harbour museum,
     * "The Old Wharf," who went on to lead tours there, said'): when
     * the words before the nearest comma are no opening, an earlier comma
     * within the same PAREN_TOKENS may open the insertion */
    for (int32_t k = j - 1; k > sa && k > j - PAREN_TOKENS; k--) {
        if (!(q->tok[k].depth == 0 && (dash ? is_dash(q, k) : is_punct(q, k, ',')))) {
            int quoted = q->tok[k].depth > 0 || q->tok[k].type == TK_OPEN || q->tok[k].type == TK_CLOSE;
            if (!quoted && ((q->tok[k].type != TK_WORD && q->tok[k].type != TK_PUNCT) || is_end_punct_tok(q, k) ||
                            is_punct(q, k, ':') || is_punct(q, k, ';') || (!dash && is_dash(q, k))))
                return 0;
            continue;
        }
        if (k == j - 1)
            return 0;
        if (dash && dash_pair(q, k - 1, sa))
            k--;
        if (opening_np(q, a, k)) {
            *ms = a, *me = k;
            return 1;
        }
        if (dash)
            return 0;
    }
    return 0;
}

/* The subject of the sentence starting at sa: past a leading
 * prepositional phrase up to its comma ("On Tuesday, …") and conjunctions,
 * a pronoun, or a determiner, titles and capitalised words ("Sen. Tom
 * Lund", "the campaign spokesman"). */
static int np_subject_at(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me);

/* A subject stands before its verb: a lowercase word (not a function word
 * other than an auxiliary), a comma or the end; "Maybe he", "Speaking to
 * reporters" and "WASHINGTON —" are no subjects. */
static int subject_ends_well(const qctx *q, int32_t me, int32_t sb)
{
    if (me >= sb)
        return 1;
    const qtok *t = &q->tok[me];
    if (t->type == TK_PUNCT) /* "Sen. Tom Lund (R-Vermont) said", "Erik M. Vale: “…”" */
        return q->text[t->s] == ',' || q->text[t->s] == '(' || q->text[t->s] == ':';
    if (t->type != TK_WORD || t->cap)
        return t->type == TK_OPEN;
    /* "Jonas Keller on Thursday stepped up …": "on" and a day (a
     * capitalised function word) before the verb */
    if (is_preposition(q, me) && me + 2 < sb && is_word(q, me + 1) && q->tok[me + 1].cap && FL(me + 1, stops) &&
        !FL(me + 1, determiners) && !FL(me + 1, pronouns) && is_word(q, me + 2) && !q->tok[me + 2].cap &&
        !FL(me + 2, stops))
        return 1;
    return !is_preposition(q, me) && !FL(me, pronouns) && !FL(me, determiners);
}

/* The subject after a sentence's first comma: that comma within this
 * many tokens of the start ("Pressed at the fair if Ms. Berg would
 * run again, her brother Tom Berg laughed and said, …"; 10
 * lost such lead clauses; on PolNeAR's train split 18 took 11 more
 * quotes, all matched, and 24 two more) */
#define SUBJECT_LEAD 18
#define LEAD_WORDS 3

/* The subject right after the sentence's first comma, when that comma
 * comes within SUBJECT_LEAD tokens of sa and before any quote. */
static int np_subject_after_comma(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me)
{
    int32_t k = sa;
    while (k < sb && k < sa + SUBJECT_LEAD && !is_punct(q, k, ',') && q->tok[k].type != TK_OPEN)
        k++;
    return k + 1 < sb && is_punct(q, k, ',') && np_subject_at(q, k + 1, sb, ms, me) && subject_ends_well(q, *me, sb);
}

static int is_be(const qctx *q, int32_t i);
static inline int cue_candidate(const qtok *t);

/* The subject of the sentence starting at sa; when what opens the
 * sentence is no subject, the subject after its first comma ("Speaking to
 * reporters on Tuesday, Holm said …"). */
static int np_subject_lead(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me);
static int participle_opener(const qctx *q, int32_t i, int32_t sb);
static int np_subject_from(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me, int skip_opener);
/* "At a meeting in Bangor, Me., on Tuesday, Senator Anna Lind
 * …", "Speaking … in Bangor, Maine, Holm went …": a place's
 * state or country between commas right after "in/at/on City" is no
 * subject (it spoke for the participles after it: "Iowa", saying); the
 * subject follows it. The state is at most PLACE_WORDS capitalised words
 * (no title, no pronoun). */
#define PLACE_WORDS 3
static void past_state(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me)
{
    int32_t k = *ms - 1; /* the comma after the city */
    if (k - 1 <= sa || !is_punct(q, k, ',') || *me >= sb || !is_punct(q, *me, ',') || *me - *ms > PLACE_WORDS)
        return;
    for (int32_t x = *ms; x < *me; x++)
        if (!q->tok[x].cap || FL(x, pronouns) || FL(x, titles))
            return;
    int32_t c = k;
    while (c - 1 > sa && is_word(q, c - 1) && q->tok[c - 1].cap)
        c--;
    if (c == k || !is_word(q, c - 1) || !(FL(c - 1, grammar) & QG_PLACE_PREP))
        return;
    int32_t s2, e2;
    if (*me + 1 < sb && np_subject_at(q, *me + 1, sb, &s2, &e2) && subject_ends_well(q, e2, sb))
        *ms = s2, *me = e2;
}

static int np_subject(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me)
{
    /* past an opener, else after the first comma, else as it stands */
    int ok;
    if (sa < sb && FL(sa, name_openers) && !FL(sa, stops) &&
        ((np_subject_from(q, sa, sb, ms, me, 1) && subject_ends_well(q, *me, sb)) ||
         np_subject_after_comma(q, sa, sb, ms, me)))
        ok = 1;
    else
        ok = np_subject_lead(q, sa, sb, ms, me);
    if (ok)
        past_state(q, sa, sb, ms, me);
    return ok;
}

static int np_subject_lead(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me)
{
    if (np_subject_at(q, sa, sb, ms, me) && subject_ends_well(q, *me, sb)) {
        /* "Hours later, Holm returned …", "Eight years ago, he
         * supported …", "Earlier this week, Vik pressed …": a capitalised
         * word, at most LEAD_WORDS lower-case words that are no verb of
         * the vocabulary, then a comma, is a time phrase that leads the
         * sentence; the subject is the one after the comma */
        int32_t k = *me;
        while (k < sb && k < *me + LEAD_WORDS && is_word(q, k) && !q->tok[k].cap &&
               !cue_candidate(&q->tok[k]) && !is_be(q, k))
            k++;
        int32_t s2, e2;
        if (k > *me && k + 1 < sb && is_punct(q, k, ',') && np_subject_at(q, k + 1, sb, &s2, &e2) &&
            subject_ends_well(q, e2, sb) && !is_punct(q, e2, ',')) {
            *ms = s2, *me = e2;
        }
        return 1;
    }
    if (np_subject_after_comma(q, sa, sb, ms, me))
        return 1;
    /* no subject after a participle's lead clause: the sentence as it
     * stands ("Conceding that … “some day” he warned: …" keeps the
     * cue its quote had) */
    if (sa < sb && participle_opener(q, sa, sb) && np_subject_from(q, sa, sb, ms, me, 2) &&
        subject_ends_well(q, *me, sb))
        return 1;
    return 0;
}

static int np_subject_from(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me, int skip_opener);

/* A sentence adverb or preposition that opens a sentence before a name
 * ("Meanwhile, …", "Like Holm, Berg also rejected …", "Amid
 * responses …, The Harbour Ledger's Ivo Brandt provided …", "Instead, he …") is
 * passed over as a function word is; when no subject is found past it,
 * the sentence is read as it stands (its quotes keep their cue). */
static int np_subject_at(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me)
{
    return np_subject_from(q, sa, sb, ms, me, 0);
}

/* np_subject_from's skip_opener: bit 1 passes over an opener word of
 * name_openers up to its comma; bit 2 reads a participle that opens the
 * phrase as a name (participle_opener), the fallback when no subject
 * follows the lead clause. */

/* "Asked which harbour was his favourite, he demurred: “…”", "Recalling
 * that moment, Kari Vik … said of Holm: “…”": a capitalised
 * participle that opens a phrase before a lower-case word is the verb of
 * a lead clause, no name: a cue word ("Asked", "Told"), or a word in
 * "-ing" of no table whose next word is none of the words that follow a
 * subject (a verb of the vocabulary, an auxiliary, a form of "be":
 * "Manning said", "Fleming has") */
static int participle_opener(const qctx *q, int32_t i, int32_t sb)
{
    const qtok *t = &q->tok[i];
    if (!t->cap || i + 1 >= sb || !is_word(q, i + 1) || q->tok[i + 1].cap || FL(i, titles))
        return 0;
    if (cue_candidate(t))
        return 1;
    const qtok *n = &q->tok[i + 1];
    return !t->w && t->e - t->s > 5 && memcmp(q->text + t->e - 3, "ing", 3) == 0 && !cue_candidate(n) &&
           !FL(i + 1, between) && !is_be(q, i + 1);
}

static int np_subject_from(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me, int skip_opener)
{
    int32_t i = sa;
    /* "Then he cut into Dahl, calling him …", "But she dismissed …": an
     * adverb of the words between a speaker and the verb, or a
     * coordinator, right before a pronoun leaves the pronoun the subject
     * (a subordinator does not: "When he arrived, Keller said …") */
    if (!(skip_opener & 1) && i + 1 < sb && is_word(q, i) && is_word(q, i + 1) && FL(i + 1, pronouns) &&
        !FL(i, pronouns) && (FL(i, between) || (FL(i, grammar) & (QG_COORD | QG_CONTRAST)))) {
        *ms = i + 1, *me = i + 2;
        return 1;
    }
    if (i < sb && ((FL(i, stops) && !FL(i, determiners)) || (skip_opener & 1))) {
        int32_t k = i;
        while (k < sb && k < i + 8 && !is_punct(q, k, ','))
            k++;
        if (k < sb && k < i + 8)
            i = k + 1;
        else if (skip_opener & 1) /* "Maybe Jonas Keller said": the opener alone */
            i++;
    }
    while (i < sb && is_word(q, i) && FL(i, stops) && !FL(i, determiners))
        i++;
    if (i >= sb || !is_word(q, i))
        return 0;
    if (FL(i, pronouns)) {
        *ms = i, *me = i + 1;
        return 1;
    }
    if (!(skip_opener & 2) && participle_opener(q, i, sb))
        return 0;
    int32_t j = i, n = 0, named = 0;
    if (FL(j, determiners))
        j++;
    while (j < sb && is_word(q, j) && n < MAX_MENTION_WORDS) {
        if (q->tok[j].cap && !FL(j, stops) && !FL(j, pronouns))
            named = 1;
        else if (!FL(j, titles) && !(is_joiner(q, j) && j + 1 < sb && q->tok[j + 1].cap))
            break;
        j++, n++;
    }
    if (!named && !(j > i && FL(j - 1, titles)))
        return 0;
    *ms = i, *me = j;
    return 1;
}

/* "The retired pilot has given no details …, saying …", "The club
 * released a statement Friday saying …": a sentence that opens with a
 * determiner and at most UNNAMED_WORDS lower-case words before a verb (an
 * auxiliary, a form of "be", or a word in "-ed" after the phrase's first
 * word: "retired" right after "The" is an adjective) has that phrase as
 * its subject, named or not. Only a participle's clause takes it
 * (cue_at): as the subject of every rule, unnamed phrases cost precision
 * (cue-less frames, "The vast", "A month"; docs/quotes.md), and without
 * it these participles had no speaker and their quotes were lost. */
#define UNNAMED_WORDS 4
static int np_subject_unnamed(const qctx *q, int32_t sa, int32_t sb, int32_t *ms, int32_t *me)
{
    if (q->in_title || sa >= sb || !is_word(q, sa) || !FL(sa, determiners) || FL(sa, pronouns))
        return 0;
    int32_t j = sa + 1, n = 0;
    while (j < sb && n < UNNAMED_WORDS && is_word(q, j) && !q->tok[j].cap && !FL(j, stops) && !FL(j, pronouns) &&
           !FL(j, between) && !FL(j, determiners) && !is_be(q, j) && !cue_candidate(&q->tok[j])) {
        const qtok *t = &q->tok[j];
        if (n >= 1 && ((FL(j, times) & QT_PAST) || (t->e - t->s > 3 && memcmp(q->text + t->e - 2, "ed", 2) == 0)))
            break;
        j++, n++;
    }
    if (n < 1 || j >= sb || !is_word(q, j) || q->tok[j].cap)
        return 0;
    const qtok *v = &q->tok[j];
    int verb = FL(j, between) || is_be(q, j) || (FL(j, times) & QT_PAST) ||
               (v->e - v->s > 3 && memcmp(q->text + v->e - 2, "ed", 2) == 0);
    if (!verb || (FL(j, between) && FL(j, determiners)))
        return 0;
    *ms = sa, *me = j;
    return 1;
}

/* Token i is a subordinator in lower case: a conjunction of the
 * subject_conjunctions table that is no coordinator, contrast or
 * complementizer ("when", "because", "if"). A capitalised one opens its
 * sentence. */
static int is_subordinator(const qctx *q, int32_t i)
{
    if (!is_word(q, i) || q->tok[i].cap)
        return 0;
    uint32_t g = FL(i, grammar);
    return (g & QG_SUBJECT_CONJ) && !(g & (QG_COORD | QG_CONTRAST | QG_COMPLEMENTIZER));
}

/* The word before a cue's mention is a subordinator (is_subordinator)
 * that opens the clause an earlier cue reports: "Lind said that when Dahl
 * warned of “…” he was …". The verb after it speaks inside that clause,
 * as a verb after "what" does (pick_cue). It opens the reported clause
 * only when nothing, or only a complementizer, stands between the
 * earlier cue (its mention, when that follows it) and the subordinator;
 * any other word means the subordinate clause hangs on something else,
 * whose own speaker keeps the quote ("said nothing when reporters asked
 * “…”", "told the board she left the room when Dahl shouted “…”",
 * "criticized the board for failing to act when the harbour master
 * warned “…”"). After a comma the subordinate clause is one of its own
 * and keeps its cue (", while Dahl said he had “…”"); a capitalised
 * subordinator opens the sentence, with no earlier cue to defer to. */
static int subordinate_mention(const qctx *q, int32_t i, int32_t after)
{
    if (!is_subordinator(q, i) || i == 0 || q->tok[i - 1].type != TK_WORD)
        return 0;
    if (i - after > 1 || (i - after == 1 && !is_complementizer(q, after)))
        return 0;
    return i >= after;
}

typedef struct cue_hit {
    int32_t cs, ce;   /* cue tokens [cs, ce) */
    int32_t ms, me;   /* mention tokens [ms, me); ms < 0 with pron_s for "-t-il" */
    uint32_t pron_s, pron_e;
    int colon;        /* the cue is a colon after a bare mention */
    int relative;     /* the mention is a relative pronoun ("who said") */
    int32_t ante_a, ante_b; /* its antecedent name ("Scott, who said"); empty if none */
    int32_t at;       /* the token pick_cue's scan found it at; cs may lie
                       * before it (colon_at's inverted verb before its colon) */
} cue_hit;

/* An appositive between a name and a relative ("Scott, the city's
 * treasurer, who said") is a short role: at most 8 words. */
#define APPOS_WORDS 8
/* The antecedent of a relative mention whose phrase starts at j ("who"
 * of "Scott, who said", "selon" of "Morel, selon qui"): the capitalised
 * name right before it and its comma, titles left out, else the subject
 * of the clause before (after an appositive). Into h->ante_a, ante_b. */
static void relative_antecedent(const qctx *q, int32_t j, int32_t sa, cue_hit *h)
{
    int32_t e = j;
    if (e - 1 >= sa && is_punct(q, e - 1, ','))
        e--;
    int32_t s = e;
    while (s - 1 >= sa && is_word(q, s - 1) && q->tok[s - 1].cap && !FL(s - 1, titles) && !FL(s - 1, stops) &&
           !FL(s - 1, pronouns))
        s--;
    if (s < e) {
        h->ante_a = s, h->ante_b = e;
    } else if (q->subj_cue && q->subj_me <= j) {
        /* '…," said Tomas Varga, the chairman of the growers, who said
         * …': after an appositive, the speaker of the clause before (the
         * relative clause was cut from it, clause_break), its capitalised
         * run with titles left out */
        for (s = q->subj_ms; s < q->subj_me && !(q->tok[s].cap && !FL(s, titles)); s++)
            ;
        for (e = s; e < q->subj_me && is_word(q, e) && q->tok[e].cap && !FL(e, titles); e++)
            ;
        if (s < e)
            h->ante_a = s, h->ante_b = e;
    }
    int32_t comma = j - 1;
    if (h->ante_b > h->ante_a || comma <= sa || !is_punct(q, comma, ','))
        return;
    /* "Hélène Garnier, présidente de l'association, selon qui …",
     * "Mark Leavis, a union delegate, who said …": an appositive of at
     * most APPOS_WORDS words, opening in lower case, between the name and
     * its comma; the name's capitalised run before the appositive's comma
     * (not a preposition's object: "In Paris, officials, who …") */
    int32_t c = comma - 1;
    while (c > sa && c >= comma - APPOS_WORDS && is_word(q, c))
        c--;
    if (c <= sa || !is_punct(q, c, ',') || c + 1 >= comma || q->tok[c + 1].cap)
        return;
    for (s = c; s - 1 >= sa && is_word(q, s - 1) && q->tok[s - 1].cap && !FL(s - 1, titles) && !FL(s - 1, stops) &&
                !FL(s - 1, pronouns);
         s--)
        ;
    /* nor a place phrase that opens the sentence before the clause's
     * subject ("Across Northport, shop owners, who said …", "Au
     * Port-Louis, les pêcheurs, selon qui …"): a preposition opens the
     * run or stands right before it (the prepositions table), or a
     * capitalised function word stands before it ("Au", "Im": the stops
     * table; the name run stops at one) */
    if (s < c && !is_preposition(q, s) &&
        !(s - 1 >= sa && is_word(q, s - 1) && (is_preposition(q, s - 1) || (q->tok[s - 1].cap && FL(s - 1, stops)))))
        h->ante_a = s, h->ante_b = c;
}

/* "Mr. Holm, who has called …", "a message which read …": a relative
 * pronoun before the verb (past auxiliaries) is the mention, as written;
 * its antecedent (relative_antecedent) is the speaker's name. ("that"
 * stays out: "he says that …" puts it after verbs far more often.) */
static int relative_back(const qctx *q, int32_t i, int32_t sa, cue_hit *h)
{
    int32_t j = i;
    while (j >= sa && is_word(q, j) && FL(j, between) && !FL(j, pronouns))
        j--;
    if (j < sa || !(FL(j, grammar) & QG_RELATIVE))
        return 0;
    h->ms = j, h->me = j + 1;
    h->relative = 1;
    relative_antecedent(q, j, sa, h);
    return 1;
}

/* "The letter went on to say, “…”", "Mr. Dahl was moved to say, “…”",
 * "Tomas Berg went so far as to say: “…”": a speech verb in the
 * infinitive at i, right before a comma or a colon and an opening mark,
 * introduces that quote; its speaker is the noun phrase before the verb
 * that leads to "to" (a pronoun, or a phrase that starts with a
 * determiner or a capital), found within TO_SAY_BACK tokens before "to"
 * (the verb and "on", "so far as", an auxiliary). Without a subject named
 * or a pronoun before a verb, these quotes had no cue ("The email" is no
 * sentence subject for the cue-less rules, and "that" put the subject
 * past a clause). Only with the quote right after the punctuation: after
 * any "to" a speech verb took objects' verbs for the subject's ("told
 * supporters to say"; "Cues" in docs/quotes.md). */
#define TO_SAY_BACK 4
static int to_say_back(const qctx *q, int32_t i, int32_t sa, int32_t sb, int32_t *ms, int32_t *me)
{
    if (q->in_title || i - 2 < sa || !is_word(q, i - 1) || !(FL(i - 1, grammar) & QG_INFINITIVE) || i + 2 >= sb ||
        !(is_punct(q, i + 1, ',') || is_punct(q, i + 1, ':')) || q->tok[i + 2].type != TK_OPEN ||
        q->tok[i + 2].depth != 0)
        return 0;
    for (int32_t v = i - 2; v > sa && v >= i - 1 - TO_SAY_BACK; v--) {
        if (!is_word(q, v))
            return 0;
        /* the verb: a lower-case word that is no function word, or a
         * form of "be" ("was moved to say") */
        if (q->tok[v].cap || (FL(v, stops) && !is_be(q, v)) || FL(v, pronouns) || FL(v, determiners))
            continue;
        /* "The task of a clerk is to say: …": "be" right before "to" is a
         * copula, its subject no speaker */
        if (is_be(q, v) && v == i - 2)
            return 0;
        int32_t s, e;
        if (np_back(q, v - 1, sa, &s, &e) && e <= v &&
            (FL(s, pronouns) || FL(s, determiners) || q->tok[s].cap)) {
            *ms = s, *me = e;
            return 1;
        }
    }
    return 0;
}

/* The cue at token i of sentence [sa, sb) with its mention, if it has one. */
/* Tokens read after "according to X" for the comma that ends the phrase:
 * a source with its adjuncts ("a 2019 study by economists Ada Berg
 * and Justin Pierce") runs to a dozen words. */
#define ACCORDING_PHRASE_MAX 12

/* The comma that ends an "according to" phrase: the first comma in
 * [from, end) within ACCORDING_PHRASE_MAX tokens, with only words before
 * it (no quote, no mark, no other cue); -1 when there is none. */
static int32_t comma_after_words(const qctx *q, int32_t from, int32_t end)
{
    for (int32_t m = from; m < end && m < from + ACCORDING_PHRASE_MAX; m++) {
        if (is_punct(q, m, ','))
            return m;
        if (!is_word(q, m) || q->tok[m].depth != 0 || cue_candidate(&q->tok[m]))
            return -1;
    }
    return -1;
}

static int cue_at(const qctx *q, int32_t i, int32_t sa, int32_t sb, cue_hit *h)
{
    uint32_t pron_s;
    unsigned f = cue_flags(q, i, &pron_s);
    memset(h, 0, sizeof *h);
    h->cs = i, h->ce = i + 1, h->ms = h->me = -1;
    int32_t owner = (f & QW_SPEECH) ? noun_cue_owner(q, i) : -1;
    if (owner >= sa) {
        /* "Jonas Keller's accusation that …": the possessor speaks, a
         * name's run of capitalised words and titles before its "'s", or
         * the possessive determiner ("her claim that …") */
        int32_t k = owner;
        h->ms = k, h->me = k + 1;
        while (h->ms > sa && !(FL(k, roles) & QR_POSSESSIVE) && is_word(q, h->ms - 1) &&
               (q->tok[h->ms - 1].cap || FL(h->ms - 1, titles)) && !FL(h->ms - 1, stops))
            h->ms--;
        /* "sa déclaration selon laquelle": the source cue and its
         * relative are the noun's, part of the cue */
        if (noun_complement(q, i) == 2 && is_word(q, i + 1))
            h->ce = i + 3;
        return 1;
    }
    if (f & QW_ACCORDING) {
        int32_t k = i + 1;
        /* "nach Angaben von Brenner": a joiner ("von") leads to the
         * source (the cue stays the noun: callers go on after it); "laut
         * Angaben der Polizei": the noun too */
        if (!(FL(i, roles) & QR_ACCORDING_NOUN) && k < sb && is_word(q, k) && (FL(k, roles) & QR_ACCORDING_NOUN))
            k++;
        if ((FL(k - 1, roles) & QR_ACCORDING_NOUN) && k < sb && is_word(q, k) && (FL(k, grammar) & QG_JOINER))
            k++;
        /* "selon laquelle" names no source: it joins a noun of speech
         * to its clause (above) */
        if (k < sb && is_word(q, k) && (FL(k, roles) & QR_NOUN_RELATIVE))
            return 0;
        if (FL(i, roles) & QR_ACCORDING_HEAD) {
            if (k >= sb || !(FL(k, roles) & QR_ACCORDING_PREP))
                return 0;
            h->ce = ++k;
        }
        /* "Hélène Garnier, selon qui « … »", "Helen Garner, according
         * to whom “…”": a relative pronoun for a person after the source
         * cue stands for the speaker before the comma, as "who" of
         * "Scott, who said" does (relative_back); not "which", a
         * thing's ("a report, according to which …") */
        if (k < sb && i > sa && is_punct(q, i - 1, ',') && is_word(q, k) &&
            ((FL(k, grammar) & QG_RELATIVE) || (FL(k, roles) & QR_OBJECT_RELATIVE)) &&
            !(FL(k, roles) & QR_THING_RELATIVE)) {
            h->ms = k, h->me = k + 1;
            h->relative = 1;
            relative_antecedent(q, i, sa, h);
            if (h->ante_b > h->ante_a)
                return 1;
            /* no name before the comma ("the harbour master, according
             * to whom “…”"): the noun phrase there that a determiner
             * opens is the mention, as a speaker's after a verb; else
             * no cue, not a quote of "whom" */
            int32_t ms, me;
            if (np_back(q, i - 2, sa, &ms, &me) && me == i - 1 && FL(ms, determiners) && !FL(ms, pronouns)) {
                h->ms = ms, h->me = me;
                h->ce = k + 1; /* the quote follows "whom" */
                return 1;
            }
            return 0;
        }
        if (!np_fwd(q, k, sb, &h->ms, &h->me))
            return 0;
        /* "Laut Weber verliert der Hafen …": a name ends at its last
         * capitalised word */
        if (q->tok[h->ms].cap) {
            int32_t e = h->ms;
            while (e < h->me && (q->tok[e].cap || FL(e, titles)))
                e++;
            h->me = e;
        }
        /* "according to a 2019 study by economists Ada Berg and
         * Leif Moen, …", "according to Mayor Dahl's former
         * harbour secretary Tor K. Brekke, …": the noun phrase
         * stops short of the source's adjuncts and appositive names; the
         * source runs on to the comma that ends the phrase (English
         * "according to" only: after "laut" the German verb follows the
         * name, "Laut Weber verliert der Hafen …, weil …"). The comma is
         * comma_after_words's, as for the clause after it
         * (clause_start) */
        if (FL(i, roles) & QR_ACCORDING_HEAD) {
            int32_t m = comma_after_words(q, h->me, sb);
            if (m >= 0)
                h->me = m;
        }
        return 1;
    }
    if (f & QW_AFTER_QUOTE) {
        int32_t k = i - 1;
        if (k >= sa && is_punct(q, k, ','))
            k--;
        if (k < sa || q->tok[k].type != TK_CLOSE)
            return 0;
        return np_fwd(q, i + 1, sb, &h->ms, &h->me);
    }
    if (!(f & QW_SPEECH))
        return 0;
    if (f & QW_PARTICIPLE) {
        /* a two-word participle's second word is the cue's ("…,
         * pointing out that …": the clause starts after "out", not at
         * it; every return below keeps this end) */
        int part;
        h->ce += phrase_cue(q, i, &part);
        /* "footage of Mara Holt asking, “…”": a name right before
         * the participle (no comma between) is its speaker, the object
         * of the clause's verb (not in a headline, whose capitals say
         * nothing: "Mara Asking Chairman To …") */
        if (i - 1 >= sa && is_word(q, i - 1) && q->tok[i - 1].cap && !q->in_title &&
            np_back(q, i - 1, sa, &h->ms, &h->me) && h->me == i && !FL(h->ms, pronouns)) {
            /* the name's run of capitalised words and titles only ("footage
             * of Mara Holt") */
            int32_t m = h->me;
            while (m > h->ms && (q->tok[m - 1].cap || FL(m - 1, titles)))
                m--;
            h->ms = m;
            /* a place, a medium or an addressee is none: "posted to
             * Twitter asking", "sued in New York alleging" */
            if (!(h->ms - 1 >= sa && is_word(q, h->ms - 1) && (FL(h->ms - 1, grammar) & QG_PLACE_PREP)))
                return 1;
        }
        h->ms = h->me = -1;
        /* "…, adding that …": the speaker is the clause's subject; with
         * none named, an unnamed one ("The retired teacher has …, saying
         * …", np_subject_unnamed) */
        if (q->subj_ms >= 0) {
            h->ms = q->subj_ms, h->me = q->subj_me;
            return 1;
        }
        if (q->subj_u_ms >= 0) {
            h->ms = q->subj_u_ms, h->me = q->subj_u_me;
            return 1;
        }
        /* "… to run a front page saying “Keep the late boat”", "held up
         * a sign saying “…”": with no subject, a participle right before
         * its quote (no comma between) has the noun phrase right before
         * it as its speaker, as a name there is (above): the sign, the
         * page, the banner that carries the words. Only a phrase that
         * opens with a determiner and no pronoun: "if you’re wondering
         * “…”" is a verb's progressive form, no noun's participle. */
        if (i + 1 < sb && q->tok[i + 1].type == TK_OPEN && i - 1 >= sa && is_word(q, i - 1) && !q->in_title &&
            np_back(q, i - 1, sa, &h->ms, &h->me) && h->me == i && FL(h->ms, determiners) && !FL(h->ms, pronouns))
            return 1;
        h->ms = h->me = -1;
        return 0;
    }
    if (pron_s) {
        h->pron_s = pron_s, h->pron_e = q->tok[i].e;
        return 1;
    }
    /* "« … », a-t-il déclaré": the pronoun of an inverted auxiliary right
     * before the verb speaks (before, the whole "a-t-il" was the mention
     * and resolved to no one) */
    if (i - 1 >= sa && (pron_s = inverted_aux_pronoun(q, i - 1)) != 0) {
        h->pron_s = pron_s, h->pron_e = q->tok[i - 1].e;
        return 1;
    }
    /* "Holm was asked by moderator Kari Vik whether …", "Strand
     * was asked by host Ola Brandt, “…”": a passive verb of asking or
     * telling has its agent after "by" for its speaker; the subject is
     * the one addressed (other passives, "was mentioned by the Gazette",
     * "was declared by …", name a topic, not an addressee, and PolNeAR
     * keeps their frame's speaker) */
    if (i - 1 > sa && is_be(q, i - 1) && i + 2 < sb && (FL(i + 1, roles) & QR_AGENT) && !q->in_title &&
        (FL(i, roles) & QR_PASSIVE_ADDRESS) &&
        np_fwd(q, i + 2, sb, &h->ms, &h->me)) {
        /* what the agent said follows it: a quote before the verb
         * ("during an appearance on Channel 5's “Coast Tonight,” Strand was
         * asked by host Ola Brandt whether …") is a title */
        for (int32_t k = h->me; k < sb; k++)
            if (q->tok[k].type == TK_OPEN && q->tok[k].depth == 0)
                return 1;
        h->ms = h->me = -1;
    }
    if (to_say_back(q, i, sa, sb, &h->ms, &h->me))
        return 1;
    /* "… but went on to say, “…”", "He went on to call Holm “…”": a
     * speech verb after "on to" is the clause subject's. (After any "to"
     * it took objects' verbs for the subject's: "told supporters to
     * say", "urged voters to tell"; on train 60 more indirect quotes,
     * most of them false, and two direct quotes lost their cue.) */
    if (i - 2 > sa && is_word(q, i - 1) && (FL(i - 1, grammar) & QG_INFINITIVE) && (FL(i - 2, roles) & QR_ONWARD) &&
        q->subj_ms >= 0 && q->subj_me < i - 2 && !q->in_title) {
        h->ms = q->subj_ms, h->me = q->subj_me;
        return 1;
    }
    /* "told reporters": the cue keeps its plain object */
    if ((FL(i, grammar) & QG_OBJECT_CUE) && i + 1 < sb && is_word(q, i + 1) && !q->tok[i + 1].cap && !FL(i + 1, stops) &&
        !FL(i + 1, pronouns))
        h->ce = i + 2;
    int participle;
    h->ce += phrase_cue(q, i, &participle);
    if (np_back(q, i - 1, sa, &h->ms, &h->me)) {
        /* "Fishermen walking along the quays shouted “…”", "Die
         * Demonstranten in der Innenstadt riefen „…“": a phrase after a
         * preposition (past its determiner) is the preposition's object;
         * the sentence's subject before it speaks. Not after a
         * preposition that also opens a clause ("after Mayor Dahl told
         * a town hall …", "nachdem") */
        int32_t p = h->ms - 1;
        if (p > sa && FL(p, determiners))
            p--;
        if (p > sa && is_preposition(q, p) && !(FL(p, grammar) & QG_SUBJECT_CONJ) && !FL(h->ms, pronouns) &&
            q->subj_ms >= sa && q->subj_me < p)
            h->ms = q->subj_ms, h->me = q->subj_me;
        return 1;
    }
    if (appositive_back(q, i - 1, sa, &h->ms, &h->me))
        return 1;
    if (relative_back(q, i - 1, sa, h))
        return 1;
    if (parenthetical_back(q, i - 1, sa, h->ce, sb, &h->ms, &h->me))
        return 1;
    /* inversion: "“…,” said Tessa Marlow", "„…“, sagte Brandt"; only right
     * after a comma, a closing mark or at the sentence start */
    int32_t k = i - 1;
    while (k >= sa && is_word(q, k) && FL(k, between))
        k--;
    /* "… and added that …": the subject's verb */
    if (k >= sa && (FL(k, grammar) & QG_COORD) && q->subj_ms >= 0) {
        h->ms = q->subj_ms, h->me = q->subj_me;
        return 1;
    }
    if (k >= sa && !is_punct(q, k, ',') && q->tok[k].type != TK_CLOSE)
        return np_back_from(q, i - 1, sa, &h->ms, &h->me, 2);
    /* "Strand, who has campaigned for Keller since February, blasted
     * Holt as …": the comma ends a relative clause on the subject, so
     * the verb is the subject's, not an inversion */
    if (k > sa && is_punct(q, k, ',') && q->subj_ms >= 0 && q->subj_me + 1 < k && is_punct(q, q->subj_me, ',') &&
        (FL(q->subj_me + 1, grammar) & QG_RELATIVE)) {
        h->ms = q->subj_ms, h->me = q->subj_me;
        return 1;
    }
    if (np_fwd(q, h->ce, sb, &h->ms, &h->me))
        return 1;
    /* "Brekke, who has proposed repealing it, said “…”": the subject */
    if (k > sa && is_punct(q, k, ',') && q->subj_ms >= 0 && q->subj_me <= k) {
        h->ms = q->subj_ms, h->me = q->subj_me;
        return 1;
    }
    return np_back_from(q, i - 1, sa, &h->ms, &h->me, 2);
}

/* What may stand before a verb whose subject follows it (German puts the
 * verb second): nothing, a comma or a closing mark, a sentence's first
 * word that is an adverb or function word of the tables ("Dazu",
 * "Zudem", "Then"; no pronoun or relative), or a prepositional phrase of
 * at most four words from the sentence start ("Am Montag", "Im
 * Interview"). Not a subject: "Vik asked Keller: “…”" asks Keller. */
static int verb_second(const qctx *q, int32_t v, int32_t sa)
{
    int32_t b = v - 1;
    while (b > sa && is_word(q, b) && FL(b, between) && !FL(b, pronouns)) /* "Puis a déclaré X :" */
        b--;
    if (b < sa || is_punct(q, b, ',') || q->tok[b].type == TK_CLOSE)
        return 1;
    if (b == sa && is_word(q, b) && !FL(b, pronouns) && !(FL(b, grammar) & QG_RELATIVE) &&
        (FL(b, name_openers) || FL(b, between) || FL(b, stops)))
        return 1;
    if (b - sa > 3 || !is_preposition(q, sa))
        return 0;
    for (int32_t k = sa; k <= b; k++)
        if (!is_word(q, k))
            return 0;
    return 1;
}

/* A colon cue: "Keller: “…”" where the words from the sentence start to
 * the colon are one mention. */
static int colon_at(const qctx *q, int32_t i, int32_t sa, int32_t sb, cue_hit *h)
{
    memset(h, 0, sizeof *h);
    if (!is_punct(q, i, ':') || i == sa)
        return 0;
    /* "…, Kall said: “…”": the speech verb is the cue, with its speaker;
     * so is a two-word cue ("Holm fired back: “…”") */
    cue_hit verb;
    int part;
    int32_t v = i - 2 >= sa && phrase_cue(q, i - 2, &part) ? i - 2 : i - 1;
    if (cue_at(q, v, sa, sb, &verb) && verb.ms >= 0) {
        memset(h, 0, sizeof *h);
        return 0;
    }
    int32_t ms, me;
    /* "Am Montag sagte Keller: „…“", "Dazu sagte er: „…“": a speech verb
     * right before the phrase that ends at the colon is inverted, and the
     * phrase is its speaker whatever leads to the verb (German puts an
     * adverbial first and the verb second) */
    if (np_back(q, i - 1, sa, &ms, &me) && me == i && ms - 1 >= sa && (q->tok[ms].cap || FL(ms, pronouns)) &&
        (cue_flags(q, ms - 1, &(uint32_t){0}) & (QW_SPEECH | QW_PARTICIPLE)) == QW_SPEECH && !q->tok[ms - 1].cap &&
        !(FL(ms - 1, grammar) & QG_OBJECT_CUE) && !q->in_title && i + 1 < sb && q->tok[i + 1].type == TK_OPEN &&
        verb_second(q, ms - 1, sa)) {
        h->cs = ms - 1, h->ce = ms, h->ms = ms, h->me = me;
        return 1;
    }
    /* "Engineers agree - Mara Holt: “…”", "… - More from the survey:
     * “…”": a dash sets the words before a colon off the sentence's
     * topic; at most six words, the first capitalised, are the speaker's
     * (the noun phrase that ends at the colon, when one does) */
    int32_t d = i - 1;
    while (d > sa && d > i - 8 && is_word(q, d))
        d--;
    if (d > sa && d < i - 1 && d >= i - 7 && is_dash(q, d) && q->tok[d + 1].cap && !FL(d + 1, pronouns) &&
        i + 1 < sb && q->tok[i + 1].type == TK_OPEN) {
        /* not a bare mention's colon: a scare quote in the topic before
         * the dash is no quote of the speaker (sentence_with_quotes) */
        h->cs = i, h->ce = i + 1, h->ms = d + 1, h->me = i;
        /* "More from the survey:": the noun phrase that ends at the colon */
        if (np_back(q, i - 1, sa, &ms, &me) && ms > d && me == i)
            h->ms = ms;
        return 1;
    }
    if (!np_back(q, i - 1, sa, &ms, &me) || ms != sa) {
        /* "Lund turned to the moderators: “…”": the subject speaks */
        if (i + 1 >= sb || q->tok[i + 1].type != TK_OPEN)
            return 0;
        if (q->subj_ms < 0) {
            /* "The leaflet used one of her lines as its title: “…”":
             * with no named subject, an unnamed one (np_subject_unnamed)
             * before a verb, the colon announcing its quote, spoken by no
             * one named. Not before an adverb ("Das heißt dann …: „…“" is
             * no one's), a form of "be" ("Her whole job is to say: “…”",
             * a copula's complement), or when a cue word stands before the
             * colon ("The club's newsletter put it plainly: “…”" is the
             * phrase cue's). Before, such quotes had no cue and were lost
             * (one found on dev) */
            int32_t uv = q->subj_u_me;
            if (q->subj_u_ms < 0 || q->subj_u_ms < sa || uv >= i || q->in_title || is_be(q, uv) ||
                (FL(uv, between) && !(FL(uv, roles) & QR_AUXILIARY)))
                return 0;
            for (int32_t k = uv; k < i; k++)
                if (cue_candidate(&q->tok[k]))
                    return 0;
            h->cs = i, h->ce = i + 1, h->ms = q->subj_u_ms, h->me = q->subj_u_me, h->colon = 1;
            return 1;
        }
        ms = q->subj_ms, me = q->subj_me;
    }
    int cap = 0;
    for (int32_t k = ms; k < me; k++)
        cap |= q->tok[k].cap;
    if (!cap && !FL(ms, pronouns))
        return 0;
    h->cs = i, h->ce = i + 1, h->ms = ms, h->me = me, h->colon = 1;
    return 1;
}

static int span_push(qfound *f, uint32_t s, uint32_t e)
{
    if (e <= s)
        return 0;
    if (f->nspans == f->span_cap) {
        uint32_t *sp = quote_grow(f->spans, &f->span_cap, 2 * sizeof *sp, 2); /* [start, end) pairs */
        if (!sp)
            return -1;
        f->spans = sp;
    }
    f->spans[2 * f->nspans] = s;
    f->spans[2 * f->nspans + 1] = e;
    f->nspans++;
    return 0;
}

/* Adds the inner text of the quote opened at token o: one span per
 * paragraph it runs over. The walk follows the chain's forward links
 * only (a close links back to its open): it ends within ntok steps. */
static int push_quote_pieces(const qctx *q, qfound *f, int32_t o)
{
    int32_t m = o;
    while (m >= 0 && q->tok[m].type != TK_CLOSE) {
        int32_t next = q->tok[m].pair;
        if (next <= m)
            return 0;
        uint32_t s = q->tok[m].e, e = q->tok[next].s;
        /* a reopening mark starts a new paragraph: the piece ends at the break */
        if (q->tok[next].type == TK_REOPEN) {
            e = q->tok[next].s;
            while (e > s && (q->text[e - 1] == '\n' || q->text[e - 1] == ' '))
                e--;
        }
        while (s < e && q->text[s] == ' ')
            s++;
        while (e > s && q->text[e - 1] == ' ')
            e--;
        if (span_push(f, s, e) < 0)
            return -1;
        m = next;
    }
    return 0;
}

static qfound *found_new(qctx *q, const cue_hit *h, int kind, uint32_t pos)
{
    if (q->nfound == q->found_cap) {
        qfound *f = quote_grow(q->found, &q->found_cap, sizeof *f, 16);
        if (!f)
            return NULL;
        q->found = f;
    }
    qfound *f = &q->found[q->nfound++];
    memset(f, 0, sizeof *f);
    f->ms = f->me = f->name_a = f->name_b = f->speaker = -1;
    f->kind = kind;
    f->pos = pos;
    f->in_title = (uint8_t)q->in_title;
    if (h) {
        f->ms = h->ms, f->me = h->me;
        /* "„…“, hat Einsatzleiter Jonas Berger gesagt", "Still, even
         * Mr. Dahl says …": the rules read an auxiliary or adverb of
         * the between table that opens the mention (lower case, not an
         * article: "a spokesman" keeps it) as part of its phrase (it
         * places the frame after a comma); it belongs to the verb, not to
         * the speaker as written (German puts the auxiliary before an
         * inverted subject and the participle last) */
        while (f->ms >= 0 && f->ms + 1 < f->me && is_word(q, f->ms) && FL(f->ms, between) &&
               !FL(f->ms, determiners) && !FL(f->ms, pronouns) && !q->tok[f->ms].cap)
            f->ms++;
        f->pron_s = h->pron_s, f->pron_e = h->pron_e;
        f->cue_s = q->tok[h->cs].s, f->cue_e = q->tok[h->ce - 1].e;
        if (h->ms >= 0 && h->ante_b > h->ante_a)
            f->name_a = h->ante_a, f->name_b = h->ante_b;
        int part = 0;
        if (((FL(h->cs, cues) & QW_PARTICIPLE) || (phrase_cue(q, h->cs, &part) && part)) &&
            !(FL(h->cs, roles) & QR_CONTINUING))
            f->aside = 1;
    }
    return f;
}

/* The quotes of a clause: its depth-0 opening and closing marks, in
 * order, so that each cue finds its nearest quote by binary search (a
 * clause of many cues and quotes stays n log n, not n^2). */
typedef struct clause_marks {
    int32_t *opens, *closes;
    size_t nopen, nclose;
} clause_marks;

static int marks_of(const qctx *q, int32_t sa, int32_t sb, clause_marks *m)
{
    m->nopen = m->nclose = 0;
    m->opens = malloc(2 * (size_t)(sb - sa) * sizeof *m->opens);
    if (!m->opens)
        return -1;
    m->closes = m->opens + (sb - sa);
    for (int32_t i = sa; i < sb; i++) {
        const qtok *t = &q->tok[i];
        if (t->depth == 0 && t->type == TK_OPEN)
            m->opens[m->nopen++] = i;
        else if (t->depth == 0 && t->type == TK_CLOSE)
            m->closes[m->nclose++] = i;
    }
    return 0;
}

/* The number of v[0..n) below x (v ascending). */
static size_t count_below(const int32_t *v, size_t n, int32_t x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Token distance between the cue block of h and the quotes of the clause:
 * to the first opening mark at or after the block's end, or from the last
 * closing mark at or before its start. */
static int32_t cue_distance(const cue_hit *h, const clause_marks *m)
{
    int32_t lo = h->cs, hi = h->ce, best = INT32_MAX;
    if (h->ms >= 0) {
        if (h->ms < lo) lo = h->ms;
        if (h->me > hi) hi = h->me;
    }
    size_t k = count_below(m->opens, m->nopen, hi);
    if (k < m->nopen)
        best = m->opens[k] - hi;
    k = count_below(m->closes, m->nclose, lo + 1);
    if (k > 0 && lo - m->closes[k - 1] < best)
        best = lo - m->closes[k - 1];
    return best;
}

/* A depth-0 colon among tokens [a, b). */
static int colon_between(const qctx *q, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (q->tok[k].depth == 0 && is_punct(q, k, ':'))
            return 1;
    return 0;
}

/* "Varga warned that the timetable was “a gamble” because the harbour
 * office promised …": a cue whose mention follows a subordinator (if,
 * when, because …) after a quote has closed inside the clause that an
 * earlier verb opens with "that" is part of that clause, deeper down; the
 * earlier verb keeps the quote (nearest, "the harbour office promised"
 * had read as a frame after the quote and cut the clause there). Only
 * with the complementizer right after the earlier cue, which says the
 * quote lies inside its reported clause. m holds the sentence's depth-0
 * marks (pick_cue's): a close between the two cues is counted there. */
static int deep_subordinate(const qctx *q, const cue_hit *best, int32_t i, const clause_marks *m)
{
    if (best->ce >= i || !is_subordinator(q, i) || !is_complementizer(q, best->ce))
        return 0;
    return count_below(m->closes, m->nclose, i) > count_below(m->closes, m->nclose, best->ce + 1);
}

/* The best cue of the sentence: with quotes, the one nearest to them;
 * without, the first. 1 when found, 0 when not, -1 when out of memory. */
#define COLON_FAR 3
static int pick_cue(const qctx *q, int32_t from, int32_t sa, int32_t sb, int has_quotes, cue_hit *best)
{
    int found = 0;
    int32_t best_d = INT32_MAX;
    clause_marks marks = {NULL, NULL, 0, 0};
    for (int32_t i = from; i < sb; i++) {
        const qtok *t = &q->tok[i];
        if (t->depth != 0)
            continue;
        /* only a cue candidate or a colon can be a cue */
        if (t->type == TK_WORD ? !cue_candidate(t) : !is_punct(q, i, ':'))
            continue;
        cue_hit h;
        if (!cue_at(q, i, sa, sb, &h) && !colon_at(q, i, sa, sb, &h))
            continue;
        h.at = i;
        if (!has_quotes) {
            if (h.relative) /* "Scott, who said …, left": no reported speech of its own */
                continue;
            /* "Choe questioned the claim …": an object, no clause; a noun of
             * speech reports no clause either ("his claim that …" is a topic) */
            int part, only = 0;
            if ((FL(h.cs, cues) & QW_QUOTES_ONLY) || (phrase_cue_only(q, h.cs, &part, &only) && only) ||
                noun_cue_owner(q, h.cs) >= 0)
                continue;
            *best = h;
            return 1;
        }
        /* a relative clause's cue ("anyone who worries about …") only
         * when the sentence has no other */
        if (!marks.opens && marks_of(q, sa, sb, &marks) < 0)
            return -1;
        int32_t d = cue_distance(&h, &marks);
        if (h.relative && d < INT32_MAX / 2)
            d += INT32_MAX / 2;
        /* a noun of speech is the weakest cue: any verb of the sentence
         * wins over it, however far ("Brekke said Lindqvist's claim that
         * “…” was false" is Brekke's) */
        if (!h.relative && (FL(h.cs, roles) & QR_SPEECH_NOUN) && noun_cue_owner(q, h.cs) >= 0 && d < INT32_MAX / 2)
            d += INT32_MAX / 2;
        /* "Holt says riders long for what she calls “real
         * timetables.”": a cue whose mention follows `what` names a thing
         * inside the clause an earlier cue of the sentence reports; the
         * quote is part of that clause and the earlier cue keeps it
         * (nearest, the inner verb had taken the quote and cut the
         * clause down to the name); a colon between (or a colon cue)
         * ends that clause ("… one worry left: the pier, in what Petra
         * Lund called “…”" is Lund's); so does a cue whose mention
         * follows a subordinator that opens the earlier cue's clause
         * (subordinate_mention: "Lind said that when Dahl warned of
         * “…” he was …") */
        if (found && best->cs < h.cs && !best->relative && h.ms > sa &&
            ((FL(h.ms - 1, roles) & QR_FREE_RELATIVE) || subordinate_mention(q, h.ms - 1, best->ms >= best->ce ? best->me : best->ce) ||
             deep_subordinate(q, best, h.ms - 1, &marks)) &&
            !colon_between(q, best->cs, h.ms))
            continue;
        /* "Dahl asserted …: “The pier is no longer ours,” he claimed":
         * a colon stands right before its quote, a verb after the quote
         * one or two tokens past its closing mark; that verb, with its
         * own mention, names the quote's speaker, so a cue after a
         * colon cue wins within COLON_FAR tokens of a quote (cues before
         * the colon still compare by distance: "whom he described as
         * “restless,” with Holt: “…”" is the colon's; not in a
         * headline, whose capitals make cues of words: "Lindqvist: ‘No
         * Plan’ If the Bridge Had Closed …") */
        if (found && is_punct(q, best->cs, ':') && h.cs > best->cs && d < COLON_FAR && !q->in_title) {
            *best = h;
            best_d = d;
            continue;
        }
        if (!found || d < best_d) {
            *best = h;
            best_d = d;
            found = 1;
        }
    }
    free(marks.opens);
    return found;
}

/* Last token of [a, b) that is not trailing punctuation (a closing mark
 * stays, a title's dropped one too: '… on Coast TV's “Morning Tide.”'). */
static int32_t trim_end(const qctx *q, int32_t a, int32_t b)
{
    while (b > a && q->tok[b - 1].type == TK_PUNCT && !q->tok[b - 1].title)
        b--;
    return b;
}

static int push_range(const qctx *q, qfound *f, int32_t a, int32_t b)
{
    while (a < b && (q->tok[a].type == TK_PUNCT || is_complementizer(q, a)))
        a++;
    b = trim_end(q, a, b);
    if (b <= a)
        return 0;
    return span_push(f, q->tok[a].s, q->tok[b - 1].e);
}

/* A mixed quote's reported clause [a, b): when no quotation mark opens in
 * it (the sentence's quote stood elsewhere, in an insertion on the
 * speaker: "A representative for the brand - a business pitched as “…” -
 * noted that the company offers …"), the clause is indirect speech */
static int push_mixed(const qctx *q, qfound *f, int32_t a, int32_t b)
{
    int marks = 0;
    for (int32_t k = a; k < b && !marks; k++)
        marks = q->tok[k].type == TK_OPEN;
    if (!marks)
        f->kind = QUOTE_INDIRECT;
    return push_range(q, f, a, b);
}

static int words_in(const qctx *q, int32_t a, int32_t b)
{
    int n = 0;
    for (int32_t i = a; i < b; i++)
        n += q->tok[i].type == TK_WORD && q->tok[i].depth == 0;
    return n;
}

/* Depth-0 words of [a, b) outside quotes. */
static int outside_words(const qctx *q, int32_t a, int32_t b) { return words_in(q, a, b); }

/* Adds the quote opened at o and the quotes that follow it joined only by
 * punctuation or a colon or comma ("“…,” he said, “…”"); returns the index
 * after the last one taken. */
static int32_t push_chain(const qctx *q, qfound *f, int32_t o, int32_t sb, int *err)
{
    int32_t i = o;
    for (;;) {
        if (push_quote_pieces(q, f, i) < 0) {
            *err = 1;
            return sb;
        }
        int32_t c = i;
        while (c < sb && !(q->tok[c].type == TK_CLOSE && q->tok[c].depth == 0))
            c++;
        int32_t k = c + 1;
        while (k < sb && q->tok[k].type == TK_PUNCT && !is_end_punct_tok(q, k))
            k++;
        if (k >= sb || q->tok[k].type != TK_OPEN)
            return c + 1;
        i = k;
    }
}

/* The word at i opens a predicate or a clause after "and" (clause_end):
 * a lower-case past tense in -ed, a word of the between table (not the
 * article "a", also the French auxiliary), an adverb in -ly, a form of
 * "be", or a subject pronoun. */
static int and_opens_predicate(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    if (t->type != TK_WORD || t->cap || FL(i, determiners))
        return 0;
    if (FL(i, between) || FL(i, pronouns) || (FL(i, grammar) & (QG_BE | QG_IMPERSONAL)) || ly_adverb(q, i))
        return 1;
    return t->e - t->s > 3 && memcmp(q->text + t->e - 2, "ed", 2) == 0;
}

/* The reported clause [a, from) holds a predicate of its own before its
 * first quote: a form of "be" or an auxiliary ("said the new pier was
 * “ready for the storms” and would open in March": the "and" after the
 * quote joins that predicate a second one, and the clause runs on). */
static int lead_has_predicate(const qctx *q, int32_t a, int32_t from)
{
    for (int32_t k = a; k < from && !(q->tok[k].type == TK_OPEN && q->tok[k].depth == 0); k++)
        if (is_word(q, k) && (is_be(q, k) || (FL(k, roles) & QR_AUXILIARY)))
            return 1;
    return 0;
}

/* Cuts a reported clause at a contrast, a semicolon or a comma after its
 * quotes ("he would offer “a toast” for the skipper but did not say …",
 * "he intends to “pick up votes” in every harbour, it would seem"). */
static int32_t clause_end(const qctx *q, int32_t a, int32_t b)
{
    int32_t from = a;
    for (int32_t i = a; i < b; i++)
        if (q->tok[i].type == TK_CLOSE && q->tok[i].depth == 0)
            from = i + 1;
    /* 'graded the plan "fully sound," which is its top mark': a
     * comma inside the last closing mark and "which" after it open a
     * relative clause on the quote, no part of what was said (the comma
     * alone does not end it: PolNeAR runs on past it as often as not) */
    if (from > a && from < b && from - 2 >= a && is_punct(q, from - 2, ',') && (FL(from, roles) & QR_THING_RELATIVE))
        return from;
    /* 'called her “second-rate” and skipped one of the meetings', 'has
     * described herself as "totally pro-harbour" and has said that …':
     * "and" right after the last quote opens a second predicate or
     * clause of the frame, no part of what was said, when the word after
     * it is one a predicate or a clause opens with: a past tense in -ed,
     * an auxiliary or adverb of the words between a speaker and the
     * verb, an adverb in -ly, a form of "be", or a pronoun (a new
     * subject). Not when the reported clause has a predicate of its own
     * before the quote ("said the pier was “ready” and would open …"):
     * the "and" joins it a second one. Other words keep the clause: a
     * noun phrase ('the exploitation of "cheap labour" and natural
     * resources'), "that" (a second reported clause), a gerund
     * ('throwing them “up against walls” and frisking them was …'); a
     * verb in -s is as often a plural noun. English only (the clause
     * coordinators table; "but" is a contrast and ends the clause
     * anyway). On PolNeAR train 4 quotes found, none lost; dev
     * unchanged (without the predicate test, 5 found on train and 2 on
     * dev, but the golden cases' "was “…” and would …" clauses were cut). */
    if (from > a && from + 1 < b && is_word(q, from) && (FL(from, grammar) & QG_CLAUSE_COORD) &&
        (FL(from, grammar) & QG_COORD) && and_opens_predicate(q, from + 1) && !lead_has_predicate(q, a, from))
        return from;
    for (int32_t i = from; i < b; i++)
        if (q->tok[i].depth == 0 && (is_punct(q, i, ';') || (FL(i, grammar) & QG_CONTRAST) ||
                                     (from > a && is_punct(q, i, ','))))
            return i;
    return b;
}

/* Where the reported clause after a cue starts: after a "that" that
 * follows the verb's adjuncts or the object of "told", before the first
 * quote ("said on Oct. 29 that “…”", "warned on Friday that …", "told
 * The Harbour Ledger that it's “…”", "pledged to the trust in July that
 * …"): those words are the frame, as "said on Tuesday that …" is for
 * indirect speech. The words before the "that" must open with a
 * preposition (not "to" before a verb: "promised to take away funding
 * for any school that …" reports it all), a day or an adverb, or be the
 * object of "told"; a noun phrase after any other verb keeps its "that"
 * ("retweeted an article that claimed …", "face reality that …"), and so
 * does a verb outside the vocabulary (a frame of any verb). At most
 * CLAUSE_LEAD tokens, all words, no form of "be" and no other cue. */
#define CLAUSE_LEAD 12
static int is_be(const qctx *q, int32_t i);
static int32_t clause_start(const qctx *q, int32_t cs, int32_t fe, int32_t first_open)
{
    /* "According to some users on Twitter, Vik was “incognito”": the
     * words between the source and the comma that ends the "according to"
     * phrase are the source's (a place, a medium, a date), not the
     * reported clause, which starts after that comma (comma_after_words:
     * only words, no quote and no other cue before it; else the
     * clause starts where it did) */
    if (fe < first_open && (cue_flags(q, cs, &(uint32_t){0}) & QW_ACCORDING)) {
        int32_t m = comma_after_words(q, fe, first_open);
        return m > fe ? m + 1 : fe;
    }
    /* a speech verb of the vocabulary only: the frames of any verb
     * ("the mail team built a tool that helped “nudge” …") keep their words */
    if (fe >= first_open || !is_word(q, fe) || !(cue_flags(q, cs, &(uint32_t){0}) & QW_SPEECH))
        return fe;
    int frame = (FL(cs, grammar) & QG_OBJECT_CUE) || (FL(fe, between) && !FL(fe, determiners)) || ly_adverb(q, fe) ||
                (q->tok[fe].cap && FL(fe, stops) && !FL(fe, determiners));
    if (!frame && is_preposition(q, fe))
        frame = !(FL(fe, grammar) & QG_INFINITIVE) ||
                (fe + 1 < first_open && is_word(q, fe + 1) && (FL(fe + 1, determiners) || q->tok[fe + 1].cap));
    if (!frame)
        return fe;
    for (int32_t m = fe; m < first_open && m < fe + CLAUSE_LEAD; m++) {
        if (!is_word(q, m) || q->tok[m].depth != 0 || is_be(q, m) || (m > fe && cue_candidate(&q->tok[m])))
            return fe;
        if (is_complementizer(q, m))
            return m > fe ? m + 1 : fe;
    }
    return fe;
}

/* A sentence with quotes and a cue. Cue after the first quote ("“…,” she
 * said"): direct when no other word stands before the cue outside quotes;
 * the quotes are those before the cue and those that continue right after
 * it ("“…,” he said, “…”"); words after that are the frame's adjuncts.
 * Cue before ("He said: “…”", "said in a statement that “…”"): direct when
 * only adjuncts ending in a colon or comma, or "that", lead to the quote.
 * Otherwise mixed, and the content is the reported clause. */
/* The clause a noun of speech reports is its complement, inside a noun
 * phrase of the sentence: a comma inside a closing mark ends it ("Contrary
 * to his claim that riders would ''notice nothing,'' there would be …"),
 * where after a verb the clause runs on past such a comma as often as
 * not. ce as clause_end gave it, else the end after that closing mark. */
static int32_t noun_clause_end(const qctx *q, const cue_hit *h, int32_t fe, int32_t ce)
{
    /* "the volunteers, whom she called "tireless," through the whole
     * night", "the pier, which she called “long overdue,” with a
     * speech": a verb whose mention follows an object relative (or
     * "which" with its own subject after it) reports inside a relative
     * clause on a noun of the sentence; a comma or a
     * sentence's end inside a closing mark ends it, as it ends a noun's
     * complement, and the words after it are the main clause's. So
     * does a subject relative set off by a comma ("Ruth Pell, who said
     * the tables were “out of date,” steered …", "Mark Leavis,
     * according to whom the wall “is fragile,” will …", "Paul Girard,
     * qui a dit que …"): the clause is a parenthesis on its antecedent,
     * and the main clause's predicate after the closing comma was read
     * as part of what was said. Not a restrictive "who" with no comma
     * ("a delegate who said voters “…” during a rally" runs on). A
     * closing mark with a comma that a list goes on after does not end
     * it: an opening mark next ("“overdue,” “unfair” and “rushed,”
     * left …"), or a list coordinator (list_coordinators) followed by an
     * opening mark or a complementizer ("“bold,” and that the city “must
     * act now,” resigned …"); the clause ends at the closing comma after
     * which the main clause's words start. */
    int rel = h->ms > 0 && h->ms < h->cs && (FL(h->ms - 1, roles) & (QR_OBJECT_RELATIVE | QR_THING_RELATIVE));
    if (!rel && h->relative && h->ms > 0 && h->cs > 0 &&
        (is_punct(q, h->ms - 1, ',') || (h->ms > h->cs && is_punct(q, h->cs - 1, ','))))
        rel = 1;
    if (!rel && (h->cs < 0 || noun_cue_owner(q, h->cs) < 0))
        return ce;
    for (int32_t k = fe; k < ce; k++) {
        if (q->tok[k].type != TK_CLOSE || q->tok[k].depth != 0 || k <= fe)
            continue;
        if (rel && is_end_punct_tok(q, k - 1))
            return k + 1;
        if (!is_punct(q, k - 1, ','))
            continue;
        if (k + 1 < ce && q->tok[k + 1].type == TK_OPEN)
            continue;
        if (k + 2 < ce && is_word(q, k + 1) && (FL(k + 1, stops) & QS_LIST_COORD) &&
            (q->tok[k + 2].type == TK_OPEN || is_complementizer(q, k + 2)))
            continue;
        return k + 1;
    }
    return ce;
}

static int sentence_with_quotes(qctx *q, int32_t sa, int32_t sb, const cue_hit *h)
{
    int32_t fs = h->cs, fe = h->ce;
    if (h->ms >= 0) {
        if (h->ms < fs) fs = h->ms;
        if (h->me > fe) fe = h->me;
    }
    /* "« … », a déclaré Macron": the auxiliary is part of the frame, as
     * is an inverted one with its pronoun ("« … », a-t-il déclaré") */
    while (fs - 1 > sa && is_word(q, fs - 1) && (FL(fs - 1, between) || inverted_aux_pronoun(q, fs - 1)))
        fs--;
    int32_t first_open = -1;
    for (int32_t i = sa; i < sb && first_open < 0; i++)
        if (q->tok[i].depth == 0 && q->tok[i].type == TK_OPEN)
            first_open = i;
    int err = 0;
    /* "On Channel 5's “Coast Tonight,” Strand said Holt's
     * “judgment” …": a quote that stands among other words before the
     * speaker and its verb (a title, a scare quote) is not what the verb
     * reports when quotes follow the verb; those are. A quote that opens
     * the sentence is no title ("“…” to push up the ticket price, she
     * said, referencing …" reports it) unless the quotes follow the verb
     * right away ("“…” (+10 points) She responds, “…”") */
    /* "Holt seemed irritated: “…,” she wrote": the words before a
     * colon that leads to the first quote are a frame, not the reported
     * clause, nor is that quote a title */
    int32_t qa = first_open - 1 > sa && is_punct(q, first_open - 1, ':') ? first_open : sa;
    if (first_open < fs && qa == sa && h->ms >= 0 && h->ms < h->cs && !h->colon && outside_words(q, sa, fs) > 0) {
        int32_t after = fe;
        while (after < sb && !(q->tok[after].depth == 0 && q->tok[after].type == TK_OPEN))
            after++;
        if (after < sb && (words_in(q, sa, first_open) > 0 || words_in(q, fe, after) == 0))
            first_open = after;
    }
    if (first_open < fs) { /* cue after a quote */
        if (outside_words(q, qa, fs) == 0) {
            qfound *f = found_new(q, h, QUOTE_DIRECT, (uint32_t)sa);
            if (!f)
                return -1;
            push_chain(q, f, first_open, fs, &err);
            /* "“…,” he said, “…”", "“…,” he said Tuesday, “…”" and "“…,”
             * Holm said last month on the radio, “…”": the quote goes on
             * after at most 16 words and commas of the frame after the
             * cue block, room for an appositive on the speaker ('"The
             * risk," said Petra Moen, an economist who runs the
             * Coastal Trade Institute, "is that …"'; 10 missed those,
             * and on PolNeAR's train split no limit above 16 joins more) */
            int32_t k = fe;
            while (k < sb && k < fe + 16 && (q->tok[k].type == TK_WORD || is_punct(q, k, ',')) &&
                   !(is_punct(q, k, ',') && k + 1 < sb && q->tok[k + 1].type == TK_OPEN))
                k++;
            if (k < sb && is_punct(q, k, ','))
                k++;
            if (k < sb && q->tok[k].type == TK_OPEN && k > fe && is_punct(q, k - 1, ','))
                push_chain(q, f, k, sb, &err);
            return err ? -1 : 0;
        }
        qfound *f = found_new(q, h, QUOTE_MIXED, (uint32_t)sa);
        if (!f)
            return -1;
        int32_t b = fs;
        while (b > sa && q->tok[b - 1].type == TK_PUNCT)
            b--;
        return push_mixed(q, f, sa, b);
    }
    /* cue before the quotes */
    int lead_ok = 1;
    for (int32_t m = fe; m < first_open; m++)
        if (q->tok[m].type == TK_WORD && !is_complementizer(q, m))
            lead_ok = 0;
    if (first_open > fe && (is_punct(q, first_open - 1, ':') || is_punct(q, first_open - 1, ',')))
        lead_ok = 1;
    if (lead_ok) {
        qfound *f = found_new(q, h, QUOTE_DIRECT, (uint32_t)sa);
        if (!f)
            return -1;
        int32_t end = push_chain(q, f, first_open, sb, &err);
        if (err)
            return -1;
        /* words after the quotes in the reported clause make it mixed;
         * words after its end do not: a subordinator right after a quote
         * that a comma, a colon or a bare "that" joined to its cue (this
         * branch: lead_ok) ends the clause ('Holm
         * had said, “Not yet,” when asked whether …' quotes him whole;
         * inside a clause, 'said the council had “lost a golden
         * opportunity” when it delayed the vote' runs on) */
        int32_t ce = noun_clause_end(q, h, fe, clause_end(q, fe, sb));
        if (end < sb && is_word(q, end) && (FL(end, stops) & QS_CLAUSE_END))
            ce = end;
        /* "Sa déclaration selon laquelle « … » a surpris …", "her claim
         * that “…” was false": a noun's complement that is all quote ends
         * with it; the words after it are the sentence's predicate */
        if (h->cs >= 0 && noun_cue_owner(q, h->cs) >= 0)
            ce = end;
        /* a quote right after its verb that ends in "!" or "?" inside
         * its closing mark is the utterance itself ('He yelled “You lie!”
         * at …'); so is one right after a participle that ends with a
         * comma there ('marched …, chanting “Keep the late boat, keep
         * the town,” drawing applause …'): the comma closes what was
         * said, where without it a participle's clause runs on as a
         * verb's does ('saying “the late boat” still carried …') */
        int utterance = first_open == fe && end - 1 > first_open && q->tok[end - 1].type == TK_CLOSE &&
                      (is_punct(q, end - 2, '!') || is_punct(q, end - 2, '?') ||
                       (h->cs >= 0 && (cue_flags(q, h->cs, &(uint32_t){0}) & QW_PARTICIPLE) &&
                        is_punct(q, end - 2, ',')));
        if (!utterance && outside_words(q, end, ce > end ? ce : end) > 0) {
            f->nspans = 0;
            f->kind = QUOTE_MIXED;
            return push_mixed(q, f, clause_start(q, h->cs, fe, first_open), ce);
        }
        return 0;
    }
    qfound *f = found_new(q, h, QUOTE_MIXED, (uint32_t)sa);
    if (!f)
        return -1;
    return push_mixed(q, f, clause_start(q, h->cs, fe, first_open), noun_clause_end(q, h, fe, clause_end(q, fe, sb)));
}

/* "Then he said that …", "And later Holm said that …", "Außerdem erklärte
 * er, dass …": at most two words before the frame, each a sentence adverb
 * of the words between a speaker and the verb or a coordinator, leave the
 * mention the sentence's subject (an auxiliary or a form of "be" there
 * makes a question: "Has he said …"), when the mention is a pronoun of
 * the tables, or before the verb a phrase with a capital ("doch man
 * sagt, …" is no one), or after it (German puts the verb second) a phrase
 * that opens with a determiner and ends at a comma ("Zudem betonte die
 * Kapitänin, dass …"; English imperatives, "Only call the ferry office
 * if …", "Just tell them you …", have no comma there or no determiner).
 * Without it such a sentence reported nothing, and a quote-only sentence
 * after it lost the speaker it carries over. */
static int lead_adverbs(const qctx *q, int32_t sa, const cue_hit *h)
{
    int32_t fs = h->ms >= 0 && h->ms < h->cs ? h->ms : h->cs;
    if (fs <= sa || fs - sa > 2)
        return 0;
    for (int32_t i = sa; i < fs; i++)
        if (!is_word(q, i) || FL(i, pronouns) || is_be(q, i) || (FL(i, roles) & QR_AUXILIARY) ||
            !(FL(i, between) || (FL(i, grammar) & (QG_COORD | QG_CONTRAST))))
            return 0;
    if (h->ms < 0)
        return h->pron_s != 0; /* "déclare-t-il" */
    /* the mention next to its verb (not a subject the rules carried
     * over from an earlier clause: "… und sagen, …") */
    if (h->ms > h->cs ? h->ms != h->ce : h->me > h->cs)
        return 0;
    for (int32_t k = h->me; k < h->cs; k++)
        if (!is_word(q, k) || !FL(k, between))
            return 0;
    if (FL(h->ms, pronouns))
        return 1;
    if (h->ms > h->cs)
        return FL(h->ms, determiners) && (size_t)h->me < q->ntok && is_punct(q, h->me, ',');
    for (int32_t k = h->ms; k < h->me; k++)
        if (q->tok[k].cap)
            return 1;
    return 0;
}

/* A sentence without quotes: indirect speech when the cue has a mention
 * and a clause: "X said (that) CLAUSE", "CLAUSE, X said", "According to
 * X, CLAUSE", "CLAUSE, according to X". */
static int sentence_indirect(qctx *q, int32_t sa, int32_t sb, const cue_hit *h)
{
    if (h->colon)
        return 0;
    int32_t fs = h->cs, fe = h->ce;
    if (h->ms >= 0) {
        if (h->ms < fs) fs = h->ms;
        if (h->me > fe) fe = h->me;
    }
    int32_t ca, cb;
    /* the frame's tail up to a comma: "said on Friday", not the relative
     * clause after it (", who looks after the orchard") */
    int32_t tail_end = fe;
    while (tail_end < sb && !is_punct(q, tail_end, ','))
        tail_end++;
    int inverted = h->ms > h->cs;
    if (fs > sa && is_punct(q, fs - 1, ',') && (inverted || words_in(q, fe, tail_end) <= 6)) {
        ca = sa, cb = fs - 1; /* CLAUSE, X said / CLAUSE, says X */
    } else if (words_in(q, sa, fs) == 0 || (fs > sa && (is_punct(q, fs - 1, ',') || is_conjunction(q, fs - 1))) ||
               lead_adverbs(q, sa, h)) {
        ca = fe, cb = sb; /* X said CLAUSE */
        if (ca < sb && is_punct(q, ca, ','))
            ca++;
        /* "betonte jedoch, die Regeln seien …", "said, however, that
         * …", "a affirmé, toutefois, que …": a sentence adverb of the
         * between table right after the verb is the frame's, not the
         * clause's first word, when a comma or the complementizer
         * follows it (the comma sets it off; else "said still more …"
         * would lose a word of the clause) */
        if (ca + 1 < sb && is_word(q, ca) && !q->tok[ca].cap && FL(ca, between) && !FL(ca, pronouns) &&
            !FL(ca, determiners) && (is_punct(q, ca + 1, ',') || is_complementizer(q, ca + 1))) {
            ca++;
            if (is_punct(q, ca, ','))
                ca++;
        }
        /* "said on Tuesday that …": the clause starts after "that" */
        if (ca < sb && is_preposition(q, ca)) {
            /* at most 8 tokens, a title's dropped marks not counted
             * ("said on Coast TV's “Harbour Hour” on Sunday that …") */
            int32_t k = ca, lim = ca + 8;
            while (k < sb && k < lim && !is_complementizer(q, k) && !is_punct(q, k, ',')) {
                lim += q->tok[k].title;
                k++;
            }
            if (k >= sb || k >= lim)
                return 0;
            ca = k + 1;
        }
    } else {
        return 0;
    }
    if (words_in(q, ca, cb) < 3)
        return 0;
    qfound *f = found_new(q, h, QUOTE_INDIRECT, (uint32_t)sa);
    if (!f)
        return -1;
    return push_range(q, f, ca, cb);
}

/* The words inside the quotes of [a, b). */
static int quoted_words(const qctx *q, int32_t a, int32_t b)
{
    int n = 0;
    for (int32_t i = a; i < b; i++)
        n += q->tok[i].type == TK_WORD && q->tok[i].depth > 0;
    return n;
}

/* A short sentence [a, b) of words only, ending in a full stop, that
 * opens with a named or pronoun subject (a capitalised word in it, or a
 * pronoun; not a name in the possessive, "Haoyu’s brows furrowed")
 * followed by a finite verb: a lowercase word, not in -ing, past "also",
 * "then", an adverb in -ly ("Coast State College's Randi Haug
 * agreed.", "The clerk then looked at me."). The subject into h's
 * mention, the verb into its cue. At most BARE_FRAME_WORDS words: a
 * longer sentence says something of its own rather than framing a quote;
 * a comma or other punctuation inside makes it no bare frame ("Upon
 * hearing my words, the man shrugged.", a reference list's "Retrieved
 * 2007-10-12." has a number for its verb). Fiction's action beats are
 * frames too ("Lute gasped. “…”"). */
#define BARE_FRAME_WORDS 8
static int bare_frame(const qctx *q, int32_t a, int32_t b, cue_hit *h)
{
    if (b - a < 3 || !is_punct(q, b - 1, '.') || words_in(q, a, b) > BARE_FRAME_WORDS)
        return 0;
    for (int32_t i = a; i < b - 1; i++)
        if (q->tok[i].type != TK_WORD)
            return 0;
    int32_t ms, me;
    if (!np_subject(q, a, b, &ms, &me) || ms != a)
        return 0;
    int named = FL(ms, pronouns) != 0;
    for (int32_t m = ms; m < me; m++)
        named |= q->tok[m].cap;
    if (!named || (quote_possessive_stem(q, me - 1) && !FL(me - 1, pronouns)))
        return 0;
    int32_t v = me;
    while (v < b && is_word(q, v) && (FL(v, between) || ly_adverb(q, v)) && !FL(v, pronouns))
        v++;
    if (v >= b || !is_word(q, v) || q->tok[v].cap || FL(v, stops) || FL(v, determiners))
        return 0;
    const char *w = q->text + q->tok[v].s;
    size_t n = q->tok[v].e - q->tok[v].s;
    if (!((w[0] >= 'a' && w[0] <= 'z') || (unsigned char)w[0] >= 0x80) || (n > 4 && memcmp(w + n - 3, "ing", 3) == 0))
        return 0;
    /* a negated auxiliary ("He doesn’t plan to go back.") states a fact */
    for (size_t k = 0; k < n; k++) {
        int m;
        if (quote_mark_at((const unsigned char *)w + k, n - k, &m) && (m == QM_ASCII1 || m == QM_RSQ))
            return 0;
    }
    memset(h, 0, sizeof *h);
    h->ms = ms, h->me = me, h->cs = v, h->ce = v + 1;
    return 1;
}

/* The sentence after a quote-only one, in its paragraph, holds nothing but
 * a subject and its speech verb ("“…” Keller said.", "“…” said the
 * senator."): its cue and mention are the quote's, as if a comma stood
 * before it. Only the bare frame, so that a sentence of its own
 * ("“…” Keller said the plan would fail.") keeps its own reported speech. */
static int cue_sentence_next(const qctx *q, int32_t sb, cue_hit *h)
{
    if (q->next_sa != sb || q->next_sb <= sb)
        return 0;
    int32_t na = q->next_sa, nb = q->next_sb;
    if (!is_punct(q, nb - 1, '.'))
        return 0;
    /* with no cue word, a named or pronoun subject and one verb of any
     * kind, nothing else ("“…?” Hannity pressed.", cut off its quote by
     * the question mark and the capital): the frame that frame_after_quote
     * reads when it stays in the quote's sentence */
    if (pick_cue(q, na, na, nb, 0, h) != 1 || h->ms < 0 || h->colon || h->relative)
        return bare_frame(q, na, nb, h) && h->ce == nb - 1;
    for (int32_t i = na; i < nb - 1; i++)
        if (!((i >= h->ms && i < h->me) || (i >= h->cs && i < h->ce)))
            return 0;
    return 1;
}

/* A paragraph that is only a quote of five words or more, followed by a
 * paragraph that is only a dash and a name of at most five capitalised
 * words ("- Ola Brandt.", "— Julie Diaz"): the second paragraph signs
 * the first (a fact-check's claims, testimonials, pull quotes set as two
 * lines). The name's tokens into [*ns, *ne), the dash at *d. The quote must
 * end its paragraph; the signature must too, and stay in the body. */
static int signature_paragraph(const qctx *q, int32_t sa, int32_t sb, int32_t *d, int32_t *ns, int32_t *ne)
{
    int32_t n = (int32_t)q->ntok;
    if (sb >= n || q->tok[sb].type != TK_PARA || quoted_words(q, sa, sb) < 5)
        return 0;
    int32_t k = sb + 1;
    if (k >= n || !is_dash(q, k))
        return 0;
    *d = k;
    while (k < n && is_dash(q, k))
        k++;
    if (k >= n || !is_word(q, k) || !q->tok[k].cap || FL(k, stops) || FL(k, determiners) || FL(k, pronouns))
        return 0;
    *ns = k;
    while (k < n && k < *ns + 5 && is_word(q, k) && (q->tok[k].cap || is_joiner(q, k)))
        k++;
    if (!q->tok[k - 1].cap)
        return 0;
    *ne = k;
    while (k < n && q->tok[k].type == TK_PUNCT && !is_dash(q, k) && q->text[q->tok[k].s] != ':')
        k++;
    if (k < n && q->tok[k].type != TK_PARA)
        return 0;
    return q->tok[k - 1].e <= q->body_len;
}

/* A quote-only sentence inside a paragraph that no quote before it in the
 * paragraph claims, right after a bare frame sentence of that paragraph
 * ("Kari Vik agreed. “…”", "Tessa was incredulous. “…”"): the
 * frame's subject speaks it. Not across a paragraph break: a quote
 * paragraph after a short sentence of narration ("She pauses.") was as
 * often no attributed quote on train. */
static int prev_frame(const qctx *q, int para_start, cue_hit *h)
{
    if (para_start || !q->prev_same_para || q->prev_sa < 0 || q->in_title)
        return 0;
    return bare_frame(q, q->prev_sa, q->prev_sb, h);
}

/* Only quotes and punctuation: a quote that continues the speaker before
 * (in the same paragraph), or that a cue ending in a colon announced. */
static int bare_quote(qctx *q, int32_t sa, int32_t sb, int para_start)
{
    if (words_in(q, sa, sb) != 0)
        return 0;
    qfound *f = NULL;
    cue_hit nh;
    if (q->colon_ms >= 0 || q->colon_pron) {
        cue_hit h = {0};
        h.ms = q->colon_ms, h.me = q->colon_me, h.pron_s = q->colon_pron_s, h.pron_e = q->colon_pron_e;
        h.cs = q->colon_cs, h.ce = q->colon_ce;
        f = found_new(q, &h, QUOTE_DIRECT, (uint32_t)sa);
        if (!f)
            return -1;
    } else if (para_start && signature_paragraph(q, sa, sb, &nh.cs, &nh.ms, &nh.me)) {
        cue_hit h = {0};
        h.ms = nh.ms, h.me = nh.me, h.cs = nh.cs, h.ce = nh.cs + 1;
        f = found_new(q, &h, QUOTE_DIRECT, (uint32_t)sa);
        if (!f)
            return -1;
    } else if (cue_sentence_next(q, sb, &nh)) {
        f = found_new(q, &nh, QUOTE_DIRECT, (uint32_t)sa);
        if (!f)
            return -1;
    } else if (q->nfound > 0 && q->found[q->nfound - 1].kind != QUOTE_INDIRECT &&
               (q->found[q->nfound - 1].para == q->para ||
                (para_start && q->found[q->nfound - 1].para + 1 == q->para))) {
        /* one attribution: PolNeAR joins them too, and scoring them apart
         * cost 0.16 of precision on its train split */
        f = &q->found[q->nfound - 1];
    } else if (!para_start && q->prev_same_para && q->nfound > 1 && q->found[q->nfound - 1].kind == QUOTE_INDIRECT &&
               q->found[q->nfound - 1].aside && q->found[q->nfound - 2].kind != QUOTE_INDIRECT &&
               q->found[q->nfound - 2].para == q->para && q->found[q->nfound - 1].para == q->para &&
               q->prev_sa >= 0 && q->found[q->nfound - 2].pos >= (uint32_t)q->prev_sa) {
        /* "“…,” Dahl said, noting that the timber was late. “…”": the quote
         * before the participle goes on (on train, after a participle that
         * is no cue of going on speaking, PolNeAR joins such a quote to the
         * one before the frame 49 times, to the participle's clause 5
         * times, and keeps it apart 23) */
        f = &q->found[q->nfound - 2];
    } else if (q->nfound > 0 && q->found[q->nfound - 1].kind == QUOTE_INDIRECT &&
               ((q->found[q->nfound - 1].para == q->para && !para_start) ||
                (para_start && q->found[q->nfound - 1].para + 1 == q->para && quoted_words(q, sa, sb) >= 6))) {
        /* "…, a government official said. “We are hopeful …”": the
         * speaker of the reported speech just before, in the paragraph */
        qfound prev = q->found[q->nfound - 1]; /* a copy: found_new may move the array */
        f = found_new(q, NULL, QUOTE_DIRECT, (uint32_t)sa);
        if (!f)
            return -1;
        f->ms = prev.ms, f->me = prev.me, f->pron_s = prev.pron_s, f->pron_e = prev.pron_e;
        f->cue_s = prev.cue_s, f->cue_e = prev.cue_e;
    } else if (prev_frame(q, para_start, &nh)) {
        f = found_new(q, &nh, QUOTE_DIRECT, (uint32_t)sa);
        if (!f)
            return -1;
    }
    if (!f)
        return 0;
    f->para = q->para;
    for (int32_t i = sa; i < sb; i++)
        if (q->tok[i].depth == 0 && q->tok[i].type == TK_OPEN && push_quote_pieces(q, f, i) < 0)
            return -1;
    return 0;
}

/* Forms of "be" between a subject and its verb ("The email is asking"). */
static int is_be(const qctx *q, int32_t i) { return (FL(i, grammar) & QG_BE) != 0; }

/* A quote in a sentence whose named or pronoun subject is followed by a
 * verb of any kind before the quote ("Aasen dismissed the whole
 * quarrel as “silly.”"): the subject is the speaker, the verb the cue. */
/* Every depth-0 quote of [a, b) in title case: two words or more, its
 * first word and each word of four letters or more starting with a
 * capital or a digit. (One capitalised word is as often a name the
 * subject called someone: counting one-word quotes too dropped 3 right
 * quotes for 12 false ones on train, and a right one on dev.) */
static int title_case_quotes(const qctx *q, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++) {
        if (q->tok[k].type != TK_OPEN || q->tok[k].depth != 0)
            continue;
        int first = 1, words = 0;
        for (int32_t m = k + 1; m < b && !(q->tok[m].type == TK_CLOSE && q->tok[m].depth == 0); m++) {
            if (!is_word(q, m))
                continue;
            unsigned char c = (unsigned char)q->text[q->tok[m].s];
            if ((first || q->tok[m].e - q->tok[m].s >= 4) && !q->tok[m].cap && !(c >= '0' && c <= '9'))
                return 0;
            first = 0;
            words++;
        }
        if (words < 2)
            return 0;
    }
    return 1;
}

static int subject_verb(const qctx *q, int32_t ca, int32_t cb, cue_hit *h)
{
    if (q->subj_ms < ca || q->subj_me >= cb)
        return 0;
    /* "Norland’s ballot was a “closed” one", "Channel 5's revival of …": a
     * name in the possessive is a determiner, the word after it a noun,
     * not a verb (a pronoun's "'s" is "is" or "has": "He's called it …") */
    size_t stem = quote_possessive_stem(q, q->subj_me - 1);
    if (stem) {
        const quote_entry *e = quote_word_entry(q->text + q->tok[q->subj_me - 1].s, stem);
        if (!e || !(e->pronouns || e->stops || (e->grammar & (QG_IMPERSONAL | QG_RELATIVE))))
            return 0;
    }
    int32_t v = q->subj_me;
    while (v < cb && is_word(q, v) && FL(v, between) && !FL(v, pronouns))
        v++;
    if (v >= cb || !is_word(q, v) || q->tok[v].cap || FL(v, stops) || FL(v, determiners))
        return 0;
    int32_t open = v;
    while (open < cb && !(q->tok[open].type == TK_OPEN && q->tok[open].depth == 0))
        open++;
    if (open >= cb)
        return 0;
    /* '… acted in the film “Harbour Lights 2: Not Again!”', '… posted an
     * episode of “Breakfast With Friends”': with a verb outside the
     * vocabulary, when every quote of the clause is in title case the
     * quotes name works, they are no words of the subject */
    if (!(cue_flags(q, v, &(uint32_t){0}) & QW_SPEECH) && title_case_quotes(q, open, cb))
        return 0;
    memset(h, 0, sizeof *h);
    h->ms = q->subj_ms, h->me = q->subj_me, h->cs = v, h->ce = v + 1;
    return 1;
}

/* The token after the top-level quote that opens clause [ca, cb) (after
 * any punctuation), cb + 1 when that quote does not close in the clause;
 * -1 when the clause does not open with a quote. */
static int32_t after_opening_quote(const qctx *q, int32_t ca, int32_t cb)
{
    int32_t k = ca;
    while (k < cb && q->tok[k].type == TK_PUNCT)
        k++;
    if (k >= cb || q->tok[k].type != TK_OPEN || q->tok[k].depth != 0)
        return -1;
    while (k < cb && !(q->tok[k].type == TK_CLOSE && q->tok[k].depth == 0))
        k++;
    return k + 1;
}

/* "“The pier will always be ours,” an angry Dahl retaliated.": a
 * clause that opens with a quote and ends in a short noun phrase and a
 * lowercase word (a verb of any kind) is that quote's attribution. */
static int frame_after_quote(const qctx *q, int32_t ca, int32_t cb, cue_hit *h)
{
    int32_t k = after_opening_quote(q, ca, cb);
    if (k < 0)
        return 0;
    if (k < cb && is_punct(q, k, ','))
        k++;
    int32_t v = k;
    while (v < cb && is_word(q, v) && v < k + 7)
        v++;
    /* the frame ends the clause, or a comma follows it */
    if (v == k || (v < cb && !is_punct(q, v, ',') && !is_end_punct_tok(q, v)))
        return 0;
    int32_t verb = v - 1;
    if (q->tok[verb].cap || FL(verb, stops) || verb == k)
        return 0;
    memset(h, 0, sizeof *h);
    if (!np_back(q, verb - 1, k, &h->ms, &h->me) || h->ms != k)
        return 0;
    int named = FL(h->ms, pronouns) != 0;
    for (int32_t m = h->ms; m < h->me; m++)
        named |= q->tok[m].cap;
    if (!named)
        return 0;
    h->cs = verb, h->ce = verb + 1;
    return 1;
}

/* The number of words of the longest quote of [ca, cb) outside others. */
static int longest_quote_words(const qctx *q, int32_t ca, int32_t cb)
{
    int best = 0, n = 0, in = 0;
    for (int32_t i = ca; i < cb; i++) {
        const qtok *t = &q->tok[i];
        if (t->depth == 0 && (t->type == TK_OPEN || t->type == TK_REOPEN))
            in = 1, n = 0;
        else if (t->depth == 0 && t->type == TK_CLOSE)
            in = 0;
        else if (in && t->type == TK_WORD && ++n > best)
            best = n;
    }
    return best;
}

static int lower_word(const qctx *q, int32_t i)
{
    return i >= 0 && (size_t)i < q->ntok && is_word(q, i) && !q->tok[i].cap && !FL(i, stops) && !FL(i, determiners);
}

/* The verb inside the phrase [ms, me) that np_fwd read after a quote,
 * or -1. np_fwd takes a verb of no table for one more word of the
 * phrase and stops only at a function word, so a frame whose verb has
 * an object or a complement after it ("“…,” Ruiz sings to Holm.",
 * "“…,” the nominee riffed to the crowd") read as one phrase and gave
 * no quote. The verb is the phrase's last word when a preposition, a
 * determiner or a pronoun follows it (an object or its phrase starts
 * there; an adverb in -ly before that belongs to the verb: "sings
 * softly to"). What stays before it must be a mention: more than a
 * determiner. Not a name's capitalised words up to the first lower-case
 * one ("“…,” Ruiz reminds Holm."): German capitalises nouns and not
 * their adjectives ("»…« Langes ratloses Schweigen: »…«" would read
 * as `Langes`, `ratloses`), and PolNeAR found no quote by it. */
static int32_t frame_verb_in_phrase(const qctx *q, int32_t ms, int32_t me, int32_t cb)
{
    if (me >= cb || !is_word(q, me) ||
        !((FL(me, grammar) & QG_PREPOSITION) || FL(me, determiners) || FL(me, pronouns)))
        return -1;
    int32_t v = me - 1;
    if (v - 1 > ms && ly_adverb(q, v))
        v--;
    /* a verb of three bytes or more: a short word of no table there is a
     * preposition np_fwd does not stop at ("Le maire sourit à la foule") */
    if (!lower_word(q, v) || q->tok[v].e - q->tok[v].s < 3 || v <= ms || (v == ms + 1 && FL(ms, determiners)))
        return -1;
    return v;
}

/* "“…,” Ruiz reminds Holm.": the phrase [ms, me) after a quote closed
 * at c is a name (at most four capitalised words), one lower-case word
 * of three bytes or more, and a name of at most three capitalised words
 * that ends the sentence: the lower-case word is a verb of no table with
 * the second name as its object, and the first name speaks (np_fwd had
 * read the three as one phrase, and the quote was lost). Only after a
 * comma at the quote's close, as English frames are written: German
 * capitalises nouns and not their adjectives, and a caption after a
 * quote with no comma, "»…« Langes ratloses Schweigen.", has the same
 * capitals. Returns the verb, or -1. */
static int32_t frame_verb_before_name(const qctx *q, int32_t c, int32_t ms, int32_t me, int32_t cb)
{
    if (!(is_punct(q, c - 1, ',') || (c + 1 < cb && is_punct(q, c + 1, ','))))
        return -1;
    if (me < cb && !(is_punct(q, me, '.') || is_punct(q, me, '!')))
        return -1;
    int32_t v = ms;
    while (v < me && q->tok[v].cap && !FL(v, stops) && !FL(v, pronouns) && !FL(v, determiners))
        v++;
    if (v == ms || v - ms > 4 || v + 1 >= me || me - (v + 1) > 3 || !lower_word(q, v) || ly_adverb(q, v) ||
        q->tok[v].e - q->tok[v].s < 3 || FL(v, between))
        return -1;
    for (int32_t k = v + 1; k < me; k++)
        if (!is_word(q, k) || !q->tok[k].cap || FL(k, stops) || FL(k, pronouns) || FL(k, determiners))
            return -1;
    return v;
}

/* A quote of a sentence or more (LONG_QUOTE_WORDS words) is a quote
 * whatever its verb; its speaker is the phrase that frames it: after it
 * ("“…,” reacted Holm", "“…,” begins a recorded greeting", "“…,” the
 * nominee riffed", "“…,” Greta Lund, 71, a retired …"), else the
 * sentence's subject before it ("The letter goes on to say: “…”"), else a
 * noun phrase before a colon ("harbour analyst Liv Haug: “…”"). A
 * quote of a few words is no quote without a cue: it is a title or a
 * scare quote as often as a quotation. */
#define LONG_QUOTE_WORDS 6
static int long_quote_frame(qctx *q, int32_t ca, int32_t cb, cue_hit *h)
{
    if (longest_quote_words(q, ca, cb) < LONG_QUOTE_WORDS)
        return 0;
    memset(h, 0, sizeof *h);
    h->ms = h->me = -1;
    int32_t k = ca;
    while (k < cb && q->tok[k].type == TK_PUNCT)
        k++;
    int32_t o = k;
    while (o < cb && !(q->tok[o].type == TK_OPEN && q->tok[o].depth == 0))
        o++;
    if (o >= cb)
        return 0;
    if (o == k) { /* the quote opens the clause: the frame follows it */
        int32_t c = o;
        while (c < cb && !(q->tok[c].type == TK_CLOSE && q->tok[c].depth == 0))
            c++;
        k = c + 1;
        if (k < cb && is_punct(q, k, ','))
            k++;
        /* an inversion puts a verb first ("reacted Keller"); a pronoun
         * first is the subject ("“…,” she shared") and goes below */
        if (lower_word(q, k) && !FL(k, pronouns) && np_fwd(q, k + 1, cb, &h->ms, &h->me)) {
            h->cs = k, h->ce = k + 1; /* inversion */
            return 1;
        }
        if (!np_fwd(q, k, cb, &h->ms, &h->me))
            return 0;
        if (h->me < cb && (lower_word(q, h->me) || (is_punct(q, h->me, ',') && q->tok[h->ms].cap))) {
            h->cs = h->ce = h->me;
            h->ce++;
            return 1;
        }
        int32_t v = frame_verb_in_phrase(q, h->ms, h->me, cb);
        if (v < 0)
            v = frame_verb_before_name(q, c, h->ms, h->me, cb);
        if (v < 0)
            return 0;
        h->me = v;
        h->cs = v, h->ce = v + 1;
        return 1;
    }
    /* a subject before its verb ("Specifically, …" and "Earlier this
     * week" are no subjects) */
    if (q->subj_ms >= ca && q->subj_me < o) {
        int32_t v = q->subj_me;
        while (v < o && is_word(q, v) && (FL(v, between) || is_be(q, v) || ly_adverb(q, v)))
            v++;
        if (lower_word(q, v)) {
            h->ms = q->subj_ms, h->me = q->subj_me;
            h->cs = v, h->ce = v + 1;
            return 1;
        }
    }
    /* a name of two capitalised words before a colon: "pollster Nils
     * Brekke: “…”", not "in Italian: “…”" */
    if (o - 1 > ca && is_punct(q, o - 1, ':') && np_back(q, o - 2, ca, &h->ms, &h->me)) {
        /* the name's run of capitalised words and titles only ("the rise
         * doesn't surprise pollster Nils Brekke:") */
        int32_t m = h->me;
        while (m > h->ms && (q->tok[m - 1].cap || FL(m - 1, titles)))
            m--;
        int caps = 0;
        for (int32_t x = m; x < h->me; x++)
            caps += q->tok[x].cap;
        if (caps >= 2) {
            h->ms = m;
            h->cs = o - 1, h->ce = o;
            return 1;
        }
    }
    return 0;
}

/* A dash: "—", "―", "–" or "-". */
static int is_dash(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    const unsigned char *p = (const unsigned char *)q->text + t->s;
    size_t n = t->e - t->s;
    if (t->type != TK_PUNCT)
        return 0;
    return (n == 1 && p[0] == '-') || (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x93 && p[2] <= 0x95);
}

/* A word in capitals only, of at least three letters ("WASHINGTON"). */
static int all_caps(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    int n = 0;
    if (t->type != TK_WORD)
        return 0;
    for (uint32_t k = t->s; k < t->e; k++) {
        unsigned char c = (unsigned char)q->text[k];
        if (c >= 'a' && c <= 'z')
            return 0;
        n += c >= 'A' && c <= 'Z';
    }
    return n >= 3;
}

/* A news dateline that opens a paragraph: "PORTLAND, Dec. 8 (NTB) —",
 * "DECATUR, Ill. —", "Washington (AFP) –": capitalised words, numbers,
 * commas, dots and a parenthesis up to a dash within DATELINE_TOKENS
 * tokens, where the first word is in capitals or a parenthesis holds an
 * agency in capitals. The sentence's subject comes after the dash (before,
 * the place was the subject: "WASHINGTON" spoke for the participle of
 * "…, Mara Holt's right-hand man rallied volunteers, saying: …").
 * Returns the token after the dash, or sa. */
#define DATELINE_TOKENS 10
static int32_t dateline_end(const qctx *q, int32_t sa, int32_t sb)
{
    if (sa >= sb || q->in_title || !q->tok[sa].cap)
        return sa;
    int agency = all_caps(q, sa);
    for (int32_t i = sa; i < sb && i < sa + DATELINE_TOKENS; i++) {
        const qtok *t = &q->tok[i];
        if (is_dash(q, i))
            return agency && i > sa && i + 1 < sb ? i + 1 : sa;
        if (t->type == TK_WORD) {
            if (!t->cap && !(q->text[t->s] >= '0' && q->text[t->s] <= '9'))
                return sa;
            continue;
        }
        if (t->type != TK_PUNCT)
            return sa;
        char c = q->text[t->s];
        if (c == '(' && i + 2 < sb && all_caps(q, i + 1) && is_punct(q, i + 2, ')'))
            agency = 1;
        else if (c != ',' && c != '.' && c != '(' && c != ')')
            return sa;
    }
    return sa;
}

/* "“…” ― Sonya Herridge": a quote that opens its paragraph's sentence,
 * then a dash and a name of at most five capitalised words that end the
 * sentence, is signed by that name (pull quotes, testimonials, epigraphs;
 * a quote of five words or more: shorter ones are headings and titles).
 * A dash followed by anything else is an aside ("“Skippers 4 Holm” —
 * and waved it around"). */
static int dash_signature(const qctx *q, int32_t ca, int32_t cb, cue_hit *h)
{
    /* a saying, not a heading or a title ("„Adblue leer oder nachfüllen“ – Meldung") */
    if (longest_quote_words(q, ca, cb) < 5)
        return 0;
    int32_t k = after_opening_quote(q, ca, cb);
    if (k < 0)
        return 0;
    while (k < cb && q->tok[k].type == TK_PUNCT && !is_dash(q, k))
        k++;
    int32_t d = k;
    while (k < cb && is_dash(q, k))
        k++;
    if (k == d || k >= cb)
        return 0;
    int32_t ns = k;
    if (!is_word(q, ns) || !q->tok[ns].cap || FL(ns, stops) || FL(ns, determiners))
        return 0; /* "„Occupy Love“ – Der Occupy-Film" */
    while (k < cb && k < ns + 5 && is_word(q, k) && (q->tok[k].cap || is_joiner(q, k)))
        k++;
    if (!q->tok[k - 1].cap)
        return 0;
    int32_t ne = k;
    while (k < cb && q->tok[k].type == TK_PUNCT && !is_dash(q, k))
        k++;
    if (k != cb)
        return 0;
    memset(h, 0, sizeof *h);
    h->cs = d, h->ce = d + 1, h->ms = ns, h->me = ne;
    return 1;
}

/* Does a new clause start at token i: ", adding …", "and said …"? */
#define COORD_COLON 16
static int clause_break(const qctx *q, int32_t i, int32_t sa)
{
    if (i <= sa + 1 || q->tok[i].depth != 0)
        return 0;
    uint32_t pron;
    const qtok *t = &q->tok[i];
    unsigned f = t->type == TK_WORD && cue_candidate(t) ? cue_flags(q, i, &pron) : 0;
    if ((f & QW_PARTICIPLE) && is_punct(q, i - 1, ','))
        return 1;
    /* "…, before adding that …", "…, while arguing …": a subordinator
     * between the comma and the participle keeps it the subject's (the
     * clause starts at the participle, as after the comma alone) */
    if ((f & QW_PARTICIPLE) && i - 2 > sa && is_punct(q, i - 2, ',') && (FL(i - 1, stops) & QS_PARTICIPLE_LEAD))
        return 1;
    /* 'on "Low Tide," adding, “…”': the comma inside a closing mark
     * (also a title's, dropped after a possessive: 'on Radio Fjord's "Low
     * Tide," adding, …') */
    if ((f & QW_PARTICIPLE) && (q->tok[i - 1].type == TK_CLOSE || q->tok[i - 1].title) && i - 2 > sa &&
        is_punct(q, i - 2, ','))
        return 1;
    if ((f & QW_SPEECH) && (FL(i - 1, grammar) & QG_CLAUSE_COORD))
        return 1;
    /* "mocking his famous “Harbour Saved” speech … and
     * pointedly saying …": an adverb in -ly between the coordinator and
     * a speech verb; after a quote has closed, the clause starts at the
     * adverb (the coordinator ends the clause before it). Not other
     * words between: "who once worked for Dahl and has advised …" goes
     * on in an appositive */
    if ((FL(i - 1, grammar) & QG_CLAUSE_COORD) && ly_adverb(q, i) && i + 1 < (int32_t)q->ntok &&
        (cue_flags(q, i + 1, &pron) & QW_SPEECH))
        for (int32_t m = sa; m < i; m++)
            if (q->tok[m].type == TK_CLOSE && q->tok[m].depth == 0)
                return 1;
    /* '“…,” said Moberg, who said there were “no secrets on the quay.”':
     * a relative clause with a speech verb of its own after the clause's
     * quotes reports what follows it (its antecedent speaks, relative_back);
     * only after a quote has closed, so that "X, who said …, told …"
     * keeps its subject */
    if ((FL(i, grammar) & QG_RELATIVE) && is_punct(q, i - 1, ',')) {
        int32_t k = i + 1;
        while (k < (int32_t)q->ntok && is_word(q, k) && FL(k, between) && !FL(k, pronouns))
            k++;
        if (k < (int32_t)q->ntok && (cue_flags(q, k, &pron) & (QW_SPEECH | QW_PARTICIPLE)) == QW_SPEECH)
            for (int32_t m = sa; m < i - 1; m++)
                if (q->tok[m].type == TK_CLOSE && q->tok[m].depth == 0)
                    return 1;
    }
    /* '"…," Strand said before adding: "…"', '"…," Holm said as the
     * heckler yelled: "…"': after a quote has closed, a speech verb
     * right before a colon and a quote announces a quote of its own; its
     * clause starts at its mention (or at the participle). The colon
     * with its opening mark stands within seven tokens after i: most
     * tokens have none there (q->colon_open, the first one after i), and
     * the look-ahead below is skipped for them */
    if (q->colon_open <= i + 7 && is_word(q, i) && !is_punct(q, i - 1, ',')) {
        for (int32_t k = i; k < (int32_t)q->ntok && k <= i + 6 && is_word(q, k) && q->tok[k].depth == 0; k++) {
            if (!cue_candidate(&q->tok[k]) || k + 2 >= (int32_t)q->ntok || !is_punct(q, k + 1, ':') ||
                q->tok[k + 2].type != TK_OPEN)
                continue;
            unsigned g = cue_flags(q, k, &pron);
            if (!(g & QW_SPEECH))
                break;
            int32_t ms, me;
            int starts = (g & QW_PARTICIPLE) ? k == i : (np_back(q, k - 1, i, &ms, &me) && ms == i);
            if (!starts)
                break;
            for (int32_t m = sa; m < i; m++)
                if (q->tok[m].type == TK_CLOSE && q->tok[m].depth == 0)
                    return 1;
            break;
        }
    }
    /* ", and he urged …": a new clause with its own subject and cue */
    /* ", but he said …" also after a comma inside a closing mark: '…
     * a ladder," but he said that …' */
    if ((FL(i, grammar) & QG_CLAUSE_COORD) && q->tok[i].depth == 0 &&
        (is_punct(q, i - 1, ',') ||
         ((q->tok[i - 1].type == TK_CLOSE || q->tok[i - 1].title) && i - 2 > sa && is_punct(q, i - 2, ',')))) {
        for (int32_t k = i + 1; k < (int32_t)q->ntok && k <= i + 4 && is_word(q, k); k++)
            if (cue_flags(q, k, &pron) & QW_SPEECH)
                return 1;
        /* 'Holm said both plans were "far too costly for the town," but she gave
         * the northern design some praise: "…"': after a quote has
         * closed, a clause with a subject of its own (a pronoun or a
         * name) whose colon announces a quote within COORD_COLON tokens
         * is a clause of its own; read as one, the colon cue took the
         * sentence and the first quote was lost */
        if (i + 1 < (int32_t)q->ntok && is_word(q, i + 1) && (FL(i + 1, pronouns) || q->tok[i + 1].cap)) {
            int closed = 0;
            for (int32_t m = sa; m < i && !closed; m++)
                closed = q->tok[m].type == TK_CLOSE && q->tok[m].depth == 0;
            for (int32_t k = i + 2; closed && k + 1 < (int32_t)q->ntok && k <= i + COORD_COLON; k++) {
                if (q->tok[k].type == TK_OPEN || q->tok[k].type == TK_PARA || is_end_punct_tok(q, k))
                    break;
                if (is_punct(q, k, ':'))
                    return q->tok[k + 1].type == TK_OPEN;
            }
        }
    }
    /* 'Holm accuses Dahl of "steering from the back" and Lena Strand says
     * he's "losing the war,"': right after a closing mark, no comma, a
     * coordinator and a subject of its own (a pronoun, or a noun phrase
     * that starts capitalised or with a number: '21 percent said “…” and
     * 14 percent said “…”') that runs up to a speech verb within four
     * words open a clause of their own; read as one, the second cue took
     * the sentence and the first quote was lost. The subject must reach
     * the verb (np_back), so that '"A" and B's plan said' stays whole */
    if ((FL(i, grammar) & QG_CLAUSE_COORD) && q->tok[i].depth == 0 && q->tok[i - 1].type == TK_CLOSE &&
        q->tok[i - 1].depth == 0 && i + 1 < (int32_t)q->ntok && is_word(q, i + 1) &&
        (FL(i + 1, pronouns) || q->tok[i + 1].cap || (q->text[q->tok[i + 1].s] >= '0' && q->text[q->tok[i + 1].s] <= '9'))) {
        for (int32_t k = i + 2; k < (int32_t)q->ntok && k <= i + 5 && is_word(q, k); k++) {
            if (!cue_candidate(&q->tok[k]) || !(cue_flags(q, k, &pron) & QW_SPEECH))
                continue;
            int32_t ms, me;
            return np_back(q, k - 1, i + 1, &ms, &me) && ms == i + 1 && me == k;
        }
    }
    return 0;
}

/* A subject that names a person: a title ("President Holt", "nominee
 * Jonas Keller") or a known first name before another capitalised word. */
static int person_subject(const qctx *q, int32_t ms, int32_t me)
{
    for (int32_t k = ms; k < me; k++)
        if (FL(k, titles) || (FL(k, first_names) && k + 1 < me && q->tok[k + 1].cap))
            return 1;
    return 0;
}

/* One clause [ca, cb) of a sentence. */
static int clause(qctx *q, int32_t ca, int32_t cb, int para_start, int *colon_next)
{
    int has_quotes = 0;
    for (int32_t i = ca; i < cb && !has_quotes; i++)
        has_quotes = q->tok[i].depth == 0 && q->tok[i].type == TK_OPEN;
    cue_hit h;
    int have = pick_cue(q, ca, ca, cb, has_quotes, &h);
    if (have < 0)
        return -1;
    /* a headline's quote needs a cue word or a colon: the frames without
     * one take its telegraphic verbs ("Holm tries new ‘route’") and
     * its scare quotes for attributions; its reported speech without
     * quotation marks is left to the body, which says it at length */
    if (!have && has_quotes && !q->in_title)
        have = subject_verb(q, ca, cb, &h) || frame_after_quote(q, ca, cb, &h) ||
               long_quote_frame(q, ca, cb, &h) || dash_signature(q, ca, cb, &h);
    int rc = 0;
    if (has_quotes && have) {
        rc = sentence_with_quotes(q, ca, cb, &h);
    } else if (has_quotes) {
        rc = bare_quote(q, ca, cb, para_start);
    } else if (!q->in_title) {
        /* the first cue that makes reported speech. The scan goes on
         * after the token it found the last cue at (h.at, at or after
         * the scan's start), not after the cue's start, which may lie
         * before it (colon_at's "sagte Keller:" starts at the verb): the
         * scan's start grows with every step, so the loop ends within
         * cb - ca steps whatever a rule makes of a cue's start (stepping
         * from h.cs found the same cue again forever;
         * quotes_cue_scan_advances in test_quotes.c) */
        size_t before = q->nfound;
        while (have && rc == 0) {
            rc = sentence_indirect(q, ca, cb, &h);
            if (rc < 0 || q->nfound > before)
                break;
            cue_hit next;
            if (!pick_cue(q, h.at + 1, ca, cb, 0, &next))
                break;
            h = next;
        }
    }
    if (have && h.ms >= 0 && !h.relative) {
        q->subj_ms = h.ms, q->subj_me = h.me; /* the next clause's subject */
        q->subj_cue = 1;
    }
    /* "He said:" at the end of a sentence: its speaker for the quote to come */
    /* a colon that ends its paragraph announces the next one whatever
     * stands between the cue and it ("the committee said about its
     * platform:", "As Ivo Brandt reported after …:") */
    int para_colon = cb > ca && is_punct(q, cb - 1, ':') && ((size_t)cb >= q->ntok || q->tok[cb].type == TK_PARA);
    *colon_next = !has_quotes && have && cb > ca && is_punct(q, cb - 1, ':') && (h.ce >= cb - 1 - 3 || para_colon);
    /* "When Moberg died in 2011, Mayor Dahl released the
     * following statement:" at the end of its paragraph: with no cue word,
     * a subject that names a person (a title or a known first name in it)
     * announces the quote that follows */
    if (!*colon_next && !has_quotes && !have && para_colon && !q->in_title && q->subj_ms >= ca && q->subj_me < cb &&
        person_subject(q, q->subj_ms, q->subj_me)) {
        memset(&h, 0, sizeof h);
        h.ms = q->subj_ms, h.me = q->subj_me, h.cs = cb - 1, h.ce = cb;
        *colon_next = 1;
    }
    if (*colon_next) {
        q->colon_ms = h.ms, q->colon_me = h.me;
        q->colon_pron = h.pron_s != 0, q->colon_pron_s = h.pron_s, q->colon_pron_e = h.pron_e;
        q->colon_cs = h.cs, q->colon_ce = h.ce;
    }
    return rc;
}

/* A headline in title case ("Mayor Dahl Says Harbour Chief Holm ‘Makes
 * You Want To Retch’"): no word of four letters or more outside quotes
 * starts in lower case, from token a to the end of its paragraph. */
static int title_case(const qctx *q, int32_t a)
{
    int words = 0;
    for (size_t i = (size_t)a; i < q->ntok && q->tok[i].type != TK_PARA; i++) {
        const qtok *t = &q->tok[i];
        if (t->type != TK_WORD || t->depth != 0 || t->e - t->s < 4)
            continue;
        unsigned char c = (unsigned char)q->text[t->s];
        if (c >= 'a' && c <= 'z')
            return 0;
        words++;
    }
    return words >= 2;
}

/* The paragraph from token a on in title case: the capital of a function
 * word, a pronoun or a speech verb says nothing there ("Keller Says He
 * Will Win"), and those words are read as in lower case, so that "Says"
 * is a cue and names stop before it; with cues_only (a heading of the
 * body) only the speech verbs. */
static void read_title_case(qctx *q, int32_t a, int cues_only)
{
    if (!title_case(q, a))
        return;
    /* A heading of the body is read so only when it quotes (a heading
     * without marks is as often a teaser's line, "Latest Card Spec
     * Promises Faster Transfers", that reports no one) and is not in
     * capitals only ("HARBOUR CASH CONTINUED": names no cue can cut). */
    int lower = !cues_only, quotes = !cues_only;
    for (size_t i = (size_t)a; i < q->ntok && q->tok[i].type != TK_PARA; i++) {
        const qtok *t = &q->tok[i];
        quotes |= t->type == TK_OPEN;
        lower |= t->type == TK_WORD && t->depth == 0 && t->e - t->s >= 4 && q->text[t->s + 1] >= 'a' &&
                 q->text[t->s + 1] <= 'z';
    }
    if (!lower || !quotes)
        return;
    for (size_t i = (size_t)a; i < q->ntok && q->tok[i].type != TK_PARA; i++) {
        qtok *t = &q->tok[i];
        if (t->type == TK_WORD && t->w && !t->w->titles &&
            (t->w->cues || (!cues_only && (t->w->stops || t->w->determiners || t->w->pronouns || t->w->between))))
            t->cap = 0;
    }
}

/* The headline (after the body, from token a on) is attributed like a
 * paragraph of its own: nothing carries over from the body (no quote
 * joins the body's last one: the paragraph count jumps by two), and in
 * title case it is read as such. */
static void enter_headline(qctx *q, int32_t a)
{
    q->in_title = 1;
    q->para += 2;
    q->colon_ms = -1;
    q->colon_pron = 0;
    read_title_case(q, a, 0);
}

/* The first ':' at or after token i that an opening mark follows
 * ("before adding: “…”"), or ntok when none. */
static int32_t next_colon_open(const qctx *q, int32_t i)
{
    for (int32_t j = i; j + 1 < (int32_t)q->ntok; j++)
        if (q->tok[j + 1].type == TK_OPEN && is_punct(q, j, ':'))
            return j;
    return (int32_t)q->ntok;
}

int quote_attribute(qctx *q)
{
    q->colon_open = next_colon_open(q, 0);
    q->colon_ms = -1;
    q->colon_pron = 0;
    q->para = 0;
    for (size_t si = 0; si < q->nsent; si++) {
        const qsent *s = &q->sent[si];
        int32_t sa = (int32_t)s->a, sb = (int32_t)s->b;
        if (q->tok[sa].s >= q->body_len && !q->in_title)
            enter_headline(q, sa);
        if (s->para_start && si > 0)
            q->para++;
        /* A body paragraph in title case is a heading, a list of headlines
         * ("Zoe Lind Asked Skippers To “Slow Down.”"): the capital of a
         * speech verb there says nothing, so it is a cue and names stop
         * before it, as in the headline. Only speech verbs: the body's
         * names are runs of capitals, and headings with their function
         * words read as lower case cut them into pieces that won as the
         * fullest name ("Dropped Out Tom Lund" gave "Out Tom Lund"). */
        if (s->para_start && !q->in_title && q->tok[sa].s < q->body_len)
            read_title_case(q, sa, 1);
        q->prev_sa = si > 0 ? (int32_t)q->sent[si - 1].a : -1;
        q->prev_sb = si > 0 ? (int32_t)q->sent[si - 1].b : -1;
        q->prev_same_para = si > 0 && !s->para_start;
        /* most sentences hold no quote and no cue word: nothing to do */
        int busy = 0, hyph = 0;
        for (int32_t i = sa; i < sb && !busy; i++) {
            const qtok *t = &q->tok[i];
            busy = t->type == TK_OPEN || (t->w && t->w->cues) || (t->type == TK_PUNCT && q->text[t->s] == ':');
            hyph |= t->type == TK_WORD && !t->w && t->hyph;
        }
        /* A hyphenated word outside the tables ("déclare-t-il", but also
         * "long-term") may be an inverted speech verb. Without a quote, a
         * cue word or a colon, such a sentence can only report through a
         * word whose cue_flags are not 0 (cue_at finds nothing else, and
         * colon_at needs the colon); without one, reading it ends as
         * skipping it does. */
        if (!busy && hyph)
            for (int32_t i = sa; i < sb && !busy; i++) {
                uint32_t pron;
                busy = q->tok[i].type == TK_WORD && cue_candidate(&q->tok[i]) && cue_flags(q, i, &pron) != 0;
            }
        if (!busy) {
            q->colon_ms = -1;
            q->colon_pron = 0;
            continue;
        }
        /* the next sentence when it goes on in this paragraph (a cue
         * sentence after a quote-only one, cue_sentence_next) */
        q->next_sa = q->next_sb = -1;
        if (si + 1 < q->nsent && !q->sent[si + 1].para_start && q->sent[si + 1].a == s->b)
            q->next_sa = (int32_t)q->sent[si + 1].a, q->next_sb = (int32_t)q->sent[si + 1].b;
        size_t before = q->nfound;
        q->subj_ms = q->subj_me = -1;
        q->subj_cue = 0;
        int32_t ms, me;
        q->subj_u_ms = q->subj_u_me = -1;
        int32_t da = s->para_start ? dateline_end(q, sa, sb) : sa;
        if (np_subject(q, da, sb, &ms, &me))
            q->subj_ms = ms, q->subj_me = me;
        else if (np_subject_unnamed(q, da, sb, &ms, &me))
            q->subj_u_ms = ms, q->subj_u_me = me;
        int colon_next = 0;
        int32_t ca = sa;
        for (int32_t i = sa + 1; i <= sb; i++) {
            /* the cursor moves forward only: i grows over the whole text */
            if (i < sb && q->colon_open <= i)
                q->colon_open = next_colon_open(q, i + 1);
            if (i < sb && !clause_break(q, i, ca))
                continue;
            /* the clause keeps a closing mark that ends it ('…," but he said') */
            int32_t cb = i == sb ? sb : q->tok[i - 1].type == TK_CLOSE ? i : i - 1;
            if (clause(q, ca, cb, s->para_start && ca == sa, &colon_next) < 0)
                return -1;
            ca = cb;
        }
        for (size_t k = before; k < q->nfound; k++)
            q->found[k].para = q->para;
        if (!colon_next) {
            q->colon_ms = -1;
            q->colon_pron = 0;
        }
    }
    return 0;
}

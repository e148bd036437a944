/* test_quotes.c: the quote finder on body texts written by hand (every
 * quote shape in English, German and French), and its vocabulary tables
 * (sorted by byte, no duplicates: lookups are binary searches). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quotes/quote_words.h"
#include "words/words.h"
#include "quotes/quotes.h"
#include "quotes/quote_int.h"

/* Every word of every quote table is found through the one hash, with
 * its table's flag. The tables themselves (sorted, unique, lower case) are
 * checked with all of src/words/ in test_words.c. */
static void check_in_hash(const words_table *t, size_t field, unsigned flag)
{
    for (size_t i = 0; i < t->n; i++) {
        const quote_entry *e = quote_word_entry(t->w[i], strlen(t->w[i]));
        if (!e || (((const uint16_t *)e)[field] & flag) != flag)
            harness_fail_str(__FILE__, __LINE__, t->name, t->w[i], "found in the hash with its flag");
    }
}

TEST(quote_words_hash)
{
    check_in_hash(&words_quote_speech_verbs, 0, QW_SPEECH);
    check_in_hash(&words_quote_participles, 0, QW_PARTICIPLE);
    check_in_hash(&words_quote_according, 0, QW_ACCORDING);
    check_in_hash(&words_quote_titles, 1, QW_TITLE);
    check_in_hash(&words_quote_pronouns_female, 2, QW_FEMALE);
    check_in_hash(&words_quote_between, 3, QW_BETWEEN);
    check_in_hash(&words_quote_stops, 4, QW_STOP);
    check_in_hash(&words_quote_determiners, 5, QW_DET);
    check_in_hash(&words_quote_abbrevs, 6, QW_ABBREV);
    check_in_hash(&words_quote_first_names_male, 7, QW_MALE);
    check_in_hash(&words_quote_org_words, 8, QW_ORG);
    check_in_hash(&words_quote_name_openers, 9, QW_OPENER);
    check_in_hash(&words_quote_titles_male, 1, QW_MALE | QW_TITLE);
    check_in_hash(&words_quote_titles_female, 1, QW_FEMALE | QW_TITLE);
    check_in_hash(&words_quote_be_forms, 10, QG_BE);
    check_in_hash(&words_quote_relatives, 10, QG_RELATIVE);
    check_in_hash(&words_quote_subject_conjunctions, 10, QG_SUBJECT_CONJ);
    check_in_hash(&words_quote_clause_conjunctions, 10, QG_CLAUSE_CONJ);
    check_in_hash(&words_quote_joiners, 10, QG_JOINER);
    check_in_hash(&words_quote_prepositions, 10, QG_PREPOSITION);
    check_in_hash(&words_quote_complementizers, 10, QG_COMPLEMENTIZER);
    check_in_hash(&words_quote_coordinators, 10, QG_COORD);
    check_in_hash(&words_quote_clause_coordinators, 10, QG_CLAUSE_COORD);
    check_in_hash(&words_quote_contrasts, 10, QG_CONTRAST);
    check_in_hash(&words_quote_clause_ends_after_quote, 4, QW_STOP | QS_CLAUSE_END);
    check_in_hash(&words_quote_list_coordinators, 4, QS_LIST_COORD);
    check_in_hash(&words_quote_participle_leads, 4, QW_STOP | QS_PARTICIPLE_LEAD);
    check_in_hash(&words_quote_impersonal, 10, QG_IMPERSONAL);
    check_in_hash(&words_quote_object_cues, 10, QG_OBJECT_CUE);
    check_in_hash(&words_quote_place_prepositions, 10, QG_PLACE_PREP);
    check_in_hash(&words_quote_infinitive_markers, 10, QG_INFINITIVE);
    check_in_hash(&words_quote_noun_verbs, 10, QG_NOUN_VERB);
    check_in_hash(&words_quote_quote_only_verbs, 0, QW_SPEECH | QW_QUOTES_ONLY);
    check_in_hash(&words_quote_time_nouns, 11, QT_NOUN);
    check_in_hash(&words_quote_time_modifiers, 11, QT_MOD);
    check_in_hash(&words_quote_time_after, 11, QT_AFTER);
    check_in_hash(&words_quote_past_irregular, 11, QT_PAST);
    check_in_hash(&words_quote_free_relatives, 12, QR_FREE_RELATIVE);
    check_in_hash(&words_quote_object_relatives, 12, QR_OBJECT_RELATIVE);
    check_in_hash(&words_quote_thing_relatives, 12, QR_THING_RELATIVE);
    check_in_hash(&words_quote_according_heads, 12, QR_ACCORDING_HEAD);
    check_in_hash(&words_quote_according_preps, 12, QR_ACCORDING_PREP);
    check_in_hash(&words_quote_according_nouns, 12, QR_ACCORDING_NOUN);
    check_in_hash(&words_quote_according_noun_preps, 12, QR_ACCORDING_NOUN_PREP);
    check_in_hash(&words_quote_agent_markers, 12, QR_AGENT);
    check_in_hash(&words_quote_passive_address_verbs, 12, QR_PASSIVE_ADDRESS);
    check_in_hash(&words_quote_onward_particles, 12, QR_ONWARD);
    check_in_hash(&words_quote_auxiliaries, 12, QR_AUXILIARY);
    check_in_hash(&words_quote_speech_nouns, 12, QR_SPEECH_NOUN);
    check_in_hash(&words_quote_possessives_male, 12, QR_POSSESSIVE);
    check_in_hash(&words_quote_possessives_female, 12, QR_POSSESSIVE);
    check_in_hash(&words_quote_possessives_plural, 12, QR_POSSESSIVE);
    check_in_hash(&words_quote_possessives_male, 13, QW_MALE);
    check_in_hash(&words_quote_possessives_female, 13, QW_FEMALE);
    check_in_hash(&words_quote_possessives_plural, 13, QW_PLURAL);
    check_in_hash(&words_quote_possessives_any, 12, QR_POSSESSIVE);
    check_in_hash(&words_quote_possessives_any, 13, QW_MALE | QW_FEMALE);
    check_in_hash(&words_quote_possessives_first, 12, QR_POSSESSIVE);
    check_in_hash(&words_quote_possessives_first, 13, QW_FIRST);
    check_in_hash(&words_quote_noun_relatives, 12, QR_NOUN_RELATIVE);
    check_in_hash(&words_quote_continuing_participles, 12, QR_CONTINUING);
    check_in_hash(&words_quote_naming_participles, 12, QR_NAMING);
    /* two-word cues: the pair, not either word alone */
    const quote_entry *put = quote_word_entry("Put", 3), *it = quote_word_entry("it", 2);
    CHECK(put && (put->grammar & QG_PHRASE_HEAD) && !put->cues);
    CHECK_INT(quote_phrase_cue(put, it), QP_CUE);
    CHECK_INT(quote_phrase_cue(it, put), 0);
    CHECK_INT(quote_phrase_cue(quote_word_entry("pointing", 8), quote_word_entry("out", 3)), QP_CUE | QP_PARTICIPLE);
    CHECK_INT(quote_phrase_cue(quote_word_entry("went", 4), quote_word_entry("on", 2)), QP_CUE | QP_FINAL);
    CHECK_INT(quote_phrase_cue(quote_word_entry("went", 4), quote_word_entry("out", 3)), 0);
    CHECK_INT(quote_phrase_cue(put, NULL), 0);
    /* lookups lower-case ASCII and Latin-1 capitals */
    CHECK(quote_word_entry("Said", 4) && (quote_word_entry("Said", 4)->cues & QW_SPEECH));
    const char *e = "Erklärte";
    CHECK(quote_word_entry(e, strlen(e)) && (quote_word_entry(e, strlen(e))->cues & QW_SPEECH));
    CHECK(quote_word_entry("sayd", 4) == NULL);
    CHECK(quote_word_entry("", 0) == NULL);
    /* inside a text: whole 8-byte loads past the word, masked to it (short
     * words, words of 9-16 bytes, non-ASCII ones, the text's last word) */
    const char *t = "He SAID so, the Spokeswoman ANNOUNCED: saidx Erklärte according";
    size_t n = strlen(t);
    CHECK(quote_word_entry_in(t, n, 3, 4) && (quote_word_entry_in(t, n, 3, 4)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(t, n, 3, 3) == NULL); /* "SAI" */
    CHECK(quote_word_entry_in(t, n, 16, 11) && quote_word_entry_in(t, n, 16, 11)->titles);
    CHECK(quote_word_entry_in(t, n, 28, 9) && (quote_word_entry_in(t, n, 28, 9)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(t, n, 39, 5) == NULL); /* "saidx" */
    /* Latin-1 capitals folded eight bytes at a time (in either half of
     * the 16 bytes, and across them: DÉCLARÉ's second É is bytes 7-8) */
    const char *u = "DÉCLARÉ ERGÄNZTE AFFIRMÉ PRÉCISÉ x RÉPOND and more text";
    size_t un = strlen(u);
    CHECK(quote_word_entry_in(u, un, 0, 9) && (quote_word_entry_in(u, un, 0, 9)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(u, un, 10, 9) && (quote_word_entry_in(u, un, 10, 9)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(u, un, 20, 8) && (quote_word_entry_in(u, un, 20, 8)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(u, un, 29, 9) && (quote_word_entry_in(u, un, 29, 9)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(u, un, 41, 7) && (quote_word_entry_in(u, un, 41, 7)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(t, n, 45, 9) && (quote_word_entry_in(t, n, 45, 9)->cues & QW_SPEECH));
    CHECK(quote_word_entry_in(t, n, n - 9, 9) && (quote_word_entry_in(t, n, n - 9, 9)->cues & QW_ACCORDING));
}

/* The languages whose vocabulary the tables hold; others get no quotes. */
TEST(quote_languages)
{
    CHECK(quotes_cover_language("en") && quotes_cover_language("en-GB") && quotes_cover_language("DE"));
    CHECK(quotes_cover_language("fr-CA") && quotes_cover_language(NULL) && quotes_cover_language(""));
    CHECK(!quotes_cover_language("es") && !quotes_cover_language("eng") && !quotes_cover_language("zh-Hant"));
    CHECK(!quotes_cover_language("e"));
}

typedef struct found {
    arena a;
    quote_list l;
} found;

static found *run(const char *text)
{
    found *f = calloc(1, sizeof *f);
    arena_init(&f->a, 0);
    CHECK(quotes_find(&f->a, text, strlen(text), NULL, &f->l) == 0);
    return f;
}

static void done(found *f)
{
    arena_free(&f->a);
    free(f);
}

/* Checks quote i: text, mention, speaker, cue, kind. */
#define CHECK_QUOTE(f, i, T_, M_, S_, C_, K_)                                           \
    do {                                                                                               \
        if ((f)->l.count <= (size_t)(i)) {                                                             \
            harness_fail(__FILE__, __LINE__, "missing quote " #i);                                     \
            break;                                                                                     \
        }                                                                                              \
        const quote_rec *q_ = &(f)->l.items[i];                                                        \
        CHECK_STR(q_->text, T_);                                                                     \
        CHECK_STR(q_->mention, M_);                                                               \
        CHECK_STR(q_->speaker, S_);                                                               \
        CHECK_STR(q_->cue, C_);                                                                       \
        CHECK_STR(quote_kind_name(q_->kind), K_);                                                    \
    } while (0)

TEST(quotes_english_shapes)
{
    found *f = run("Spokeswoman Tessa Marlow said the campaign had \xE2\x80\x9Clost a golden opportunity\xE2\x80\x9D at the summit.\n"
                   "\xE2\x80\x9CWe are hopeful,\xE2\x80\x9D Marlow said. \xE2\x80\x9CWe will see.\xE2\x80\x9D\n"
                   "\"It is over,\" said Martin O'Hallan, a former governor.\n"
                   "\"Fine,\" he told reporters.\n"
                   "According to Marlow, the plan would fail in the end.");
    CHECK_INT(f->l.count, 5);
    CHECK_QUOTE(f, 0, "the campaign had \xE2\x80\x9Clost a golden opportunity\xE2\x80\x9D at the summit",
                "Spokeswoman Tessa Marlow", "Tessa Marlow", "said", "mixed");
    CHECK_QUOTE(f, 1, "We are hopeful, We will see.", "Marlow", "Tessa Marlow", "said", "direct");
    CHECK_QUOTE(f, 2, "It is over,", "Martin O'Hallan", "Martin O'Hallan", "said", "direct");
    CHECK_QUOTE(f, 3, "Fine,", "he", "Martin O'Hallan", "told reporters", "direct");
    CHECK_QUOTE(f, 4, "the plan would fail in the end", "Marlow", "Tessa Marlow", "According to", "indirect");
    /* spans are code points: the second quote has two, around its attribution */
    if (f->l.count > 1) {
        const quote_rec *q = &f->l.items[1];
        CHECK_INT(q->nspans, 2);
        /* line 1 is 89 code points and a newline; the quote opens after its mark */
        CHECK_INT(q->spans[0], 91);
    }
    done(f);
}

/* A quote after its cue is direct only when it ends the sentence: words
 * after the closing mark make the sentence mixed, its content the
 * reported clause from the cue on (PolNeAR's annotators take the clause). */
TEST(quotes_cue_before_with_a_tail)
{
    found *f = run("Ryan said that \xE2\x80\x9Cwe need more information\xE2\x80\x9D about how the FBI decided.\n"
                   "Ryan said that \xE2\x80\x9Cwe need more information.\xE2\x80\x9D\n"
                   "Ryan said: \xE2\x80\x9CWe need more.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "\xE2\x80\x9Cwe need more information\xE2\x80\x9D about how the FBI decided", "Ryan", "Ryan",
                "said", "mixed");
    CHECK_QUOTE(f, 1, "we need more information.", "Ryan", "Ryan", "said", "direct");
    CHECK_QUOTE(f, 2, "We need more.", "Ryan", "Ryan", "said", "direct");
    done(f);
}

TEST(quotes_phrase_cues_and_it)
{
    /* two-word cues whose first word alone is no speech verb ("put it",
     * "pointed out", "went on" before punctuation), verbs of naming
     * ("dubbed", "referred to … as"), and "it" speaking for a document */
    found *f = run("As Vulture put it, \"Hello, it is the Biebs.\"\n"
                   "\"Voters reject establishment Republicans,\" Rove points out.\n"
                   "\"This is a lot of nonsense that we ended,\" Trump went on.\n"
                   "He went on to win the state by ten points.\n"
                   "Cruz dubbed Rubio \"the little senator.\"\n"
                   "\"I just tried you on the phone,\" it reads.");
    CHECK_INT(f->l.count, 5);
    CHECK_QUOTE(f, 0, "Hello, it is the Biebs.", "Vulture", "Vulture", "put it", "direct");
    CHECK_QUOTE(f, 1, "Voters reject establishment Republicans,", "Rove", "Rove", "points out", "direct");
    CHECK_QUOTE(f, 2, "This is a lot of nonsense that we ended,", "Trump", "Trump", "went on", "direct");
    CHECK_QUOTE(f, 3, "Rubio \"the little senator.\"", "Cruz", "Cruz", "dubbed", "mixed");
    CHECK_QUOTE(f, 4, "I just tried you on the phone,", "it", NULL, "reads", "direct");
    done(f);
}

/* A quote of a sentence or more is a quote whatever its verb: its speaker
 * is the phrase that frames it after ("reacted Trump", "begins a scripted
 * message"), or a name of two capitalised words before a colon; a short
 * quote without a cue stays no quote (a title, a scare quote). */
TEST(quotes_long_quote_frames)
{
    found *f = run("\xE2\x80\x9CObama said that Muslims are our sports heroes. Is Obama profiling?\xE2\x80\x9D reacted Trump.\n"
                   "\xE2\x80\x9CIf a protester starts demonstrating around you, please do not touch the protester,\xE2\x80\x9D "
                   "begins a scripted message.\n"
                   "The timing of the surge does not surprise Republican pollster Daron Shaw: \xE2\x80\x9CLesser-known "
                   "candidates have seen the biggest boost.\xE2\x80\x9D\n"
                   "\xE2\x80\x9CNot now,\xE2\x80\x9D reacted Trump.\n"
                   "Specifically, \xE2\x80\x9Cthe white working class has been victimized by the elites alike.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "Obama said that Muslims are our sports heroes. Is Obama profiling?", "Trump", "Trump", "reacted",
                "direct");
    CHECK_QUOTE(f, 1, "If a protester starts demonstrating around you, please do not touch the protester,",
                "a scripted message", NULL, "begins", "direct");
    CHECK_QUOTE(f, 2, "Lesser-known candidates have seen the biggest boost.", "Republican pollster Daron Shaw", "Daron Shaw",
                ":", "direct");
    done(f);
}

/* After a long quote, a pronoun and a verb outside the vocabulary are
 * subject and cue, not an inversion ("she shared", not "shared she"). */
TEST(quotes_long_quote_pronoun_after)
{
    found *f = run("Jane Carter has studied supplements for years.\n"
                   "\"Vitamin C is an antioxidant known for supporting the immune system,\" she shared with "
                   "The Health Desk.");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "Vitamin C is an antioxidant known for supporting the immune system,", "she", "Jane Carter",
                "shared", "direct");
    done(f);
}

/* A relative pronoun before the verb is the mention as written, its
 * antecedent the speaker; a relative clause's cue yields to the
 * sentence's own, and makes no reported speech alone. */
TEST(quotes_relative_mentions)
{
    found *f = run("Sen. Tim Scott spoke first on Tuesday.\n"
                   "Mr. Scott, who has called the remarks \xE2\x80\x9Cracially toxic,\xE2\x80\x9D left early.\n"
                   "Anybody who complains about a microphone \xE2\x80\x9Cis not having a good night,\xE2\x80\x9D "
                   "Clinton said.\n"
                   "Mr. Scott, who said he would vote for the bill, left the room before the vote.");
    CHECK_INT(f->l.count, 2);
    /* the relative clause, set off by commas, ends at the comma inside
     * the closing mark: "left early" is the main clause's */
    CHECK_QUOTE(f, 0, "the remarks \xE2\x80\x9Cracially toxic,\xE2\x80\x9D", "who", "Tim Scott", "called",
                "mixed");
    CHECK_QUOTE(f, 1, "Anybody who complains about a microphone \xE2\x80\x9Cis not having a good night,\xE2\x80\x9D",
                "Clinton", "Clinton", "said", "mixed");
    done(f);
    /* a verb after a relative clause on the subject is the subject's, not
     * an inversion ("…, blasted Clinton" is no "said Tessa Marlow") */
    f = run("Gov. Chris Christie spoke on Wednesday.\n"
            "Christie, who has campaigned for Donald Trump since he ended his own campaign in February, blasted "
            "Clinton as a \xE2\x80\x9C" "disgrace\xE2\x80\x9D on the radio.");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "Clinton as a \xE2\x80\x9C" "disgrace\xE2\x80\x9D on the radio", "Christie", "Chris Christie",
                "blasted", "mixed");
    done(f);
}

/* The noun phrase that opens a sentence, then an insertion between commas
 * or dashes, then the verb: the phrase speaks, named or not. A clause
 * before the commas ("…, said Ortiz.") is no subject: the verb is
 * inverted there. */
TEST(quotes_subject_before_an_insertion)
{
    found *f = run("The union leader, who backs the mayor, warned of a \xE2\x80\x9C" "bitter\xE2\x80\x9D strike ahead.\n"
                   "The farmers of the valley, most of them growers of apples, argue that the rules are "
                   "\xE2\x80\x9Cunfair to small farms.\xE2\x80\x9D\n"
                   "Rita Ortiz \xE2\x80\x94 a nurse from the harbour district \xE2\x80\x94 says the clinic was "
                   "\xE2\x80\x9C" "a lifeline.\xE2\x80\x9D\n"
                   "Specifically, the new wards of the hospital will serve the people of the valley in several "
                   "different ways, said Ortiz.");
    CHECK_INT(f->l.count, 4);
    CHECK_QUOTE(f, 0, "of a \xE2\x80\x9C" "bitter\xE2\x80\x9D strike ahead", "The union leader", NULL, "warned", "mixed");
    CHECK_QUOTE(f, 1, "the rules are \xE2\x80\x9Cunfair to small farms.\xE2\x80\x9D", "The farmers of the valley", NULL,
                "argue", "mixed");
    CHECK_QUOTE(f, 2, "the clinic was \xE2\x80\x9C" "a lifeline.\xE2\x80\x9D", "Rita Ortiz", "Rita Ortiz", "says", "mixed");
    CHECK_QUOTE(f, 3, "Specifically, the new wards of the hospital will serve the people of the valley in several different ways",
                "Ortiz", "Rita Ortiz", "said", "indirect");
    done(f);
}

/* A \u201D where an opening mark stands opens when no quote is open
 * (Swedish and Finnish \u201D\u2026\u201D, or \u201D typed for \u201C); inside a quote it
 * only closes. */
TEST(quotes_right_mark_that_opens)
{
    found *f = run("\xE2\x80\x9DThe bridge will not open before the summer, and nobody told us why.\xE2\x80\x9D "
                   "\xE2\x80\x95 Anna Berg\n"
                   "\xE2\x80\x9CWe waited,\xE2\x80\x9D said Tom Lind. \xE2\x80\x9DNothing\xE2\x80\x9D came of it.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "The bridge will not open before the summer, and nobody told us why.", "Anna Berg", "Anna Berg",
                "\xE2\x80\x95", "direct");
    CHECK_QUOTE(f, 1, "We waited,", "Tom Lind", "Tom Lind", "said", "direct");
    done(f);
}

/* Sentence adverbs between the speaker and the verb ("however", "now",
 * "jedoch", "toutefois") stand outside the mention, as "also" does. */
TEST(quotes_sentence_adverb_before_the_verb)
{
    found *f = run("Mayor Ana Ruiz spoke on Monday.\n"
                   "Ruiz however said the plan was \xE2\x80\x9Ctoo little, too late\xE2\x80\x9D for the harbour.\n"
                   "Der Minister jedoch sagte, der Plan sei \xE2\x80\x9E" "ein Anfang\xE2\x80\x9C.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "the plan was \xE2\x80\x9Ctoo little, too late\xE2\x80\x9D for the harbour", "Ruiz", "Ana Ruiz",
                "said", "mixed");
    CHECK_QUOTE(f, 1, "der Plan sei \xE2\x80\x9E" "ein Anfang\xE2\x80\x9C", "Der Minister", NULL, "sagte", "mixed");
    done(f);
}

/* A mixed quote's clause starts after a "that" that follows the speech
 * verb's adjuncts or the object of "told"; after a noun phrase the "that"
 * stays (a relative clause is part of what is reported). */
TEST(quotes_clause_after_adjuncts_and_that)
{
    found *f = run("Mayor Ana Ruiz spoke on Monday.\n"
                   "Ruiz said on Tuesday that the bridge was \xE2\x80\x9Cnot safe\xE2\x80\x9D for buses.\n"
                   "Ruiz told the harbour council that the ferry was \xE2\x80\x9Ctoo slow\xE2\x80\x9D for workers.\n"
                   "Ruiz promised to hire anyone that \xE2\x80\x9Cwants to work\xE2\x80\x9D on the bridge.");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "the bridge was \xE2\x80\x9Cnot safe\xE2\x80\x9D for buses", "Ruiz", "Ana Ruiz", "said", "mixed");
    CHECK_QUOTE(f, 1, "the ferry was \xE2\x80\x9Ctoo slow\xE2\x80\x9D for workers", "Ruiz", "Ana Ruiz", "told", "mixed");
    CHECK_QUOTE(f, 2, "to hire anyone that \xE2\x80\x9Cwants to work\xE2\x80\x9D on the bridge", "Ruiz", "Ana Ruiz",
                "promised", "mixed");
    done(f);
}

/* A paragraph that ends in a colon after a subject naming a person (a
 * title, a known first name) announces the quoted paragraph after it,
 * with no cue word ("released the following statement:"); a subject that
 * names no person ("Partial transcript as follows:") announces nothing. */
TEST(quotes_statement_announced_by_its_issuer)
{
    found *f = run("When the storm ended, Governor Ana Ruiz released the following statement:\n"
                   "\xE2\x80\x9CWe will rebuild every home on the coast, and we will start tomorrow.\xE2\x80\x9D\n"
                   "Partial transcript of the hearing as follows:\n"
                   "\xE2\x80\x9CThe committee will come to order now, and the clerk will read the bill.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "We will rebuild every home on the coast, and we will start tomorrow.", "Governor Ana Ruiz", "Ana Ruiz",
                ":", "direct");
    done(f);
}

/* A name right before a participle, no comma between, speaks ("footage
 * of X asking, “…”"); a place, a medium or an addressee after "on",
 * "in", "at", "to" does not, and the clause's subject speaks. */
TEST(quotes_name_before_a_participle)
{
    found *f = run("The new ad shows footage of Mayor Ana Ruiz asking, \xE2\x80\x9CWho will pay for the bridge?\xE2\x80\x9D\n"
                   "Senator Ben Cole posted to Twitter asking if anyone had \xE2\x80\x9C" "a better plan.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "Who will pay for the bridge?", "Mayor Ana Ruiz", "Ana Ruiz", "asking", "direct");
    CHECK_QUOTE(f, 1, "if anyone had \xE2\x80\x9C" "a better plan.\xE2\x80\x9D", "Senator Ben Cole", "Ben Cole", "asking",
                "mixed");
    done(f);
}

/* A quote among other words before the speaker and the verb (a show's
 * title) is not what the verb reports when quotes follow the verb. */
TEST(quotes_title_before_the_frame)
{
    found *f = run("Sunday on Fox News\xE2\x80\x99 \xE2\x80\x9CSunday Morning Futures,\xE2\x80\x9D Rep. Darrell Issa said "
                   "Clinton\xE2\x80\x99s \xE2\x80\x9Cjudgment\xE2\x80\x9D is in question.\n"
                   "Holding signs calling Christie \xE2\x80\x9CNew Jersey\xE2\x80\x99s Biggest Loser,\xE2\x80\x9D the "
                   "protesters chanted \xE2\x80\x9C" "Chris Christie: Bad for New Jersey, bad for you.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "Clinton\xE2\x80\x99s \xE2\x80\x9Cjudgment\xE2\x80\x9D is in question", "Rep. Darrell Issa",
                "Darrell Issa", "said", "mixed");
    CHECK_QUOTE(f, 1, "Chris Christie: Bad for New Jersey, bad for you.", "the protesters", NULL, "chanted", "direct");
    done(f);
}

/* A quote that opens its sentence is what the frame reports, with the
 * words after it up to the frame, even when a participle clause with
 * quotes of its own follows ("referencing" opens that clause). */
TEST(quotes_opening_quote_is_no_title)
{
    found *f = run("Sen. Elizabeth Warren spoke to the bank's chief.\n"
                   "\xE2\x80\x9CYou squeezed employees to the breaking point\xE2\x80\x9D to drive up the stock price, "
                   "she said, referencing the bank\xE2\x80\x99s drive to \xE2\x80\x9C" "cross-sell\xE2\x80\x9D accounts.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "\xE2\x80\x9CYou squeezed employees to the breaking point\xE2\x80\x9D to drive up the stock price",
                "she", "Elizabeth Warren", "said", "mixed");
    CHECK_QUOTE(f, 1, "the bank\xE2\x80\x99s drive to \xE2\x80\x9C" "cross-sell\xE2\x80\x9D accounts", "she", "Elizabeth Warren",
                "referencing", "mixed");
    done(f);
    /* quotes right after the verb are what it reports */
    f = run("\xE2\x80\x9CSure.\xE2\x80\x9D (No effect on friendship.) She responds, \xE2\x80\x9CGreat! Let me call the "
            "children over.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "Great! Let me call the children over.", "She", NULL, "responds", "direct");
    done(f);
}

/* Three typewriter apostrophes after a word close the inner single quote,
 * then the double one; before a word they open the double one first. */
TEST(quotes_three_apostrophes)
{
    found *f = run("''They called it 'rigged' and 'a mess,''' she said.\n"
                   "''It first came up on 'Fox and Friends,''' said Tommy Vietor, a former spokesman.\n"
                   "Vietor said: '''Sir, we will stay,' is what I told him.''");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "They called it 'rigged' and 'a mess,'", "she", NULL, "said", "direct");
    CHECK_QUOTE(f, 1, "It first came up on 'Fox and Friends,'", "Tommy Vietor", "Tommy Vietor", "said", "direct");
    CHECK_QUOTE(f, 2, "'Sir, we will stay,' is what I told him.", "Vietor", "Tommy Vietor", "said", "direct");
    done(f);
}

/* A quote that a speech verb takes right after it, ending in "!" or "?"
 * inside its closing mark, is the utterance: the words after it are the
 * frame's ("yelled “You lie!” at …"); a phrase after a preposition before
 * the verb is its object, and the subject before it speaks. */
TEST(quotes_exclamation_object)
{
    found *f = run("He yelled \xE2\x80\x9CYou lie!\xE2\x80\x9D at the president during the address.\n"
                   "Protesters marching through the streets chanted \xE2\x80\x9CWhat curfew?\xE2\x80\x9D and kept going.\n"
                   "Die Menge rief \xE2\x80\x9EWir bleiben hier!\xE2\x80\x9C bis sp\xC3\xA4t in die Nacht.\n"
                   "La foule a d\xC3\xA9" "clar\xC3\xA9 \xC2\xAB Nous restons ici ! \xC2\xBB jusqu\xE2\x80\x99" "au soir.\n"
                   "Mayor Anna Berg said \xE2\x80\x9Cthe bridge is not safe\xE2\x80\x9D for buses.");
    CHECK_INT(f->l.count, 5);
    CHECK_QUOTE(f, 0, "You lie!", "He", NULL, "yelled", "direct");
    CHECK_QUOTE(f, 1, "What curfew?", "Protesters", "Protesters", "chanted", "direct");
    CHECK_QUOTE(f, 2, "Wir bleiben hier!", "Die Menge", "Menge", "rief", "direct");
    CHECK_QUOTE(f, 3, "Nous restons ici !", "La foule", NULL, "d\xC3\xA9" "clar\xC3\xA9", "direct");
    CHECK_QUOTE(f, 4, "\xE2\x80\x9Cthe bridge is not safe\xE2\x80\x9D for buses", "Mayor Anna Berg", "Anna Berg", "said",
                "mixed");
    done(f);
}

/* A speech verb right before the phrase that ends at a colon is
 * inverted when nothing but an adverb, a prepositional phrase or a comma
 * leads to it (German puts the verb second); after a subject the phrase
 * is the verb's object and the colon the cue. */
TEST(quotes_verb_second_colon)
{
    found *f = run("Am Montag sagte Keller: \xE2\x80\x9E" "Das entscheide ich im Herbst.\xE2\x80\x9C\n"
                   "Dazu sagte B\xC3\xBCrgermeister Jonas Keller: \xE2\x80\x9E" "Wir bauen die Br\xC3\xBC" "cke.\xE2\x80\x9C\n"
                   "Puis a d\xC3\xA9" "clar\xC3\xA9 Paul Girard : \xC2\xAB Je d\xC3\xA9" "ciderai cet automne. \xC2\xBB\n"
                   "On Monday, said Mayor Anna Berg: \xE2\x80\x9CWe will decide in the fall.\xE2\x80\x9D\n"
                   "Kelly asked Trump: \xE2\x80\x9C" "Do you think the voters will forgive this?\xE2\x80\x9D");
    CHECK_INT(f->l.count, 5);
    CHECK_QUOTE(f, 0, "Das entscheide ich im Herbst.", "Keller", "Jonas Keller", "sagte", "direct");
    CHECK_QUOTE(f, 1, "Wir bauen die Br\xC3\xBC" "cke.", "B\xC3\xBCrgermeister Jonas Keller", "Jonas Keller", "sagte",
                "direct");
    CHECK_QUOTE(f, 2, "Je d\xC3\xA9" "ciderai cet automne.", "Paul Girard", "Paul Girard", "d\xC3\xA9" "clar\xC3\xA9",
                "direct");
    CHECK_QUOTE(f, 3, "We will decide in the fall.", "Mayor Anna Berg", "Anna Berg", "said", "direct");
    CHECK_QUOTE(f, 4, "Do you think the voters will forgive this?", "Kelly", "Kelly", ":", "direct");
    done(f);
}

/* A dash sets the words before a colon off the sentence's topic: they
 * are the colon's mention, and a scare quote in the topic is no quote. */
TEST(quotes_dash_colon_mention)
{
    found *f = run("Pollsters agree - Carl Bialik: \xE2\x80\x9COne lesson was simple: keep contacting voters late.\xE2\x80\x9D\n"
                   "It is not enough for the sample to \xE2\x80\x9Clook\xE2\x80\x9D right - More from the report: "
                   "\xE2\x80\x9CToday many vendors condition their samples.\xE2\x80\x9D\n"
                   "Die Lage bleibt ernst \xE2\x80\x93 B\xC3\xBCrgermeister Jonas Keller: \xE2\x80\x9EWir bauen neu.\xE2\x80\x9C");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "One lesson was simple: keep contacting voters late.", "Carl Bialik", "Carl Bialik", ":", "direct");
    CHECK_QUOTE(f, 1, "Today many vendors condition their samples.", "the report", NULL, ":", "direct");
    CHECK_QUOTE(f, 2, "Wir bauen neu.", "B\xC3\xBCrgermeister Jonas Keller", "Jonas Keller", ":", "direct");
    done(f);
}

/* A capitalised participle that opens a lead clause is no subject: the
 * subject after the clause's comma speaks; with none there, the sentence
 * is read as it stands and its quote keeps its cue. */
TEST(quotes_participle_lead)
{
    found *f = run("Asked which county was her favorite, Mayor Anna Berg demurred: \xE2\x80\x9CWhichever one I am in at the moment.\xE2\x80\x9D\n"
                   "Recalling that moment, Nils Dahl, who ran the ferry for a decade, said of the town: "
                   "\"The question is, will it do the same this winter?\"\n"
                   "Conceding that a deal would come \xE2\x80\x9C" "down the line\xE2\x80\x9D he warned: "
                   "\xE2\x80\x9CIt will not happen soon, because our focus is on the bloc.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 4);
    CHECK_QUOTE(f, 0, "Whichever one I am in at the moment.", "Mayor Anna Berg", "Anna Berg", ":", "direct");
    CHECK_QUOTE(f, 1, "The question is, will it do the same this winter?", "Nils Dahl", "Nils Dahl", ":", "direct");
    CHECK_QUOTE(f, 2, "a deal would come \xE2\x80\x9C" "down the line\xE2\x80\x9D", "Conceding", NULL, "Conceding",
                "mixed");
    done(f);
}

/* A quote signed with a dash and a name that ends its sentence; a dash
 * followed by anything else is an aside, and a short quote a title. */
TEST(quotes_dash_signature)
{
    found *f = run("\xE2\x80\x9CMaybe, we can build a wall around the whole campaign.\xE2\x80\x9D \xE2\x80\x95 Steve Quinlan\n"
                   "\xE2\x80\x9CThe most unqualified child to ever run for president.\xE2\x80\x9D\xE2\x80\x94 Julie A. Diaz.\n"
                   "\xE2\x80\x9CHispanics for the wall\xE2\x80\x9D \xE2\x80\x94 and waved it around.\n"
                   "\xE2\x80\x9COccupy Love\xE2\x80\x9D \xE2\x80\x93 Der Film");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "Maybe, we can build a wall around the whole campaign.", "Steve Quinlan", "Steve Quinlan",
                "\xE2\x80\x95", "direct");
    CHECK_QUOTE(f, 1, "The most unqualified child to ever run for president.", "Julie A. Diaz", "Julie A. Diaz",
                "\xE2\x80\x94", "direct");
    done(f);
}

TEST(quotes_colon_and_paragraphs)
{
    /* a cue ending in a colon announces the next paragraph's quote; a
     * quote over two paragraphs repeats its opening mark */
    found *f = run("The mayor said in a statement:\n"
                   "\xE2\x80\x9CWe protected the services.\n"
                   "\xE2\x80\x9C" "And we did it without raising taxes.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "We protected the services. And we did it without raising taxes.", "The mayor", NULL, "said",
                "direct");
    if (f->l.count)
        CHECK_INT(f->l.items[0].nspans, 2);
    done(f);
    /* a colon that ends its paragraph announces the next whatever stands
     * between the cue and it; inside a paragraph the cue must be near */
    f = run("In a press release, the committee said about the latest draft of its platform:\n"
            "\xE2\x80\x9CThe platform goes further than previous platforms.\xE2\x80\x9D\n"
            "The committee said about the latest draft of its platform: \xE2\x80\x9C" "bold\xE2\x80\x9D and new.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "The platform goes further than previous platforms.", "the committee", NULL, "said", "direct");
    done(f);
}

TEST(quotes_apostrophes_nested_and_scare_quotes)
{
    /* apostrophes are no quotes; a nested quote stays inside; a quoted
     * title in a sentence without a speaker is no quote */
    found *f = run("The voters' choice wasn't clear on the \xE2\x80\x9CSaturday Night Live\xE2\x80\x9D stage.\n"
                   "\xE2\x80\x9CThey called it \xE2\x80\x98rigged\xE2\x80\x99 again,\xE2\x80\x9D Smith said.\n"
                   "Rock \xE2\x80\x99n\xE2\x80\x99 roll isn't dead, the Clintons\xE2\x80\x99 friends said in the end.");
    CHECK_QUOTE(f, 0, "They called it \xE2\x80\x98rigged\xE2\x80\x99 again,", "Smith", "Smith", "said", "direct");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 1, "Rock \xE2\x80\x99n\xE2\x80\x99 roll isn't dead", "the Clintons\xE2\x80\x99 friends", NULL, "said",
                "indirect");
    done(f);
}

TEST(quotes_typewriter_marks_first)
{
    /* the text's first quotation mark is a typewriter pair: pairing starts
     * there, not at the first single mark */
    found *f = run("Mr. Cruz spoke late. ``We will win,'' Cruz said on Tuesday.");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "We will win,", "Cruz", "Cruz", "said", "direct");
    done(f);
}

TEST(quotes_german)
{
    found *f = run("Bundeskanzlerin Angela Merkel trat vor die Presse.\n"
                   "\xE2\x80\x9E" "Wir schaffen das\xE2\x80\x9C, sagte Merkel.\n"
                   "\xC2\xBB" "Das ist gut\xC2\xAB, so Merkel.\n"
                   "\xE2\x80\x9E" "Er sagte \xE2\x80\x9Aniemals\xE2\x80\x98 zu mir\xE2\x80\x9C, erkl\xC3\xA4rte sie.");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "Wir schaffen das", "Merkel", "Angela Merkel", "sagte", "direct");
    CHECK_QUOTE(f, 1, "Das ist gut", "Merkel", "Angela Merkel", "so", "direct");
    CHECK_QUOTE(f, 2, "Er sagte \xE2\x80\x9Aniemals\xE2\x80\x98 zu mir", "sie", "Angela Merkel", "erkl\xC3\xA4rte",
                "direct");
    done(f);
}

TEST(quotes_french)
{
    found *f = run("Le pr\xC3\xA9sident Emmanuel Macron est arriv\xC3\xA9 lundi.\n"
                   "\xC2\xAB Nous allons gagner \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Macron.\n"
                   "\xC2\xAB C'est fini \xC2\xBB, d\xC3\xA9" "clare-t-il.\n"
                   "Selon Macron, la r\xC3\xA9" "forme sera adopt\xC3\xA9" "e avant la fin de l'ann\xC3\xA9" "e.");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "Nous allons gagner", "Macron", "Emmanuel Macron", "d\xC3\xA9" "clar\xC3\xA9", "direct");
    CHECK_QUOTE(f, 1, "C'est fini", "il", "Emmanuel Macron", "d\xC3\xA9" "clare-t-il", "direct");
    CHECK_QUOTE(f, 2, "la r\xC3\xA9" "forme sera adopt\xC3\xA9" "e avant la fin de l'ann\xC3\xA9" "e", "Macron",
                "Emmanuel Macron", "Selon", "indirect");
    done(f);
}

TEST(quotes_cjk_and_unclosed)
{
    found *f = run("\xE3\x80\x8C" "We will win\xE3\x80\x8D, Tanaka said.\n"
                   "\"This never closes, Smith said.\n");
    /* the unclosed mark is dropped: what is left is reported speech */
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "We will win", "Tanaka", "Tanaka", "said", "direct");
    CHECK_QUOTE(f, 1, "This never closes", "Smith", "Smith", "said", "indirect");
    done(f);
}

TEST(quotes_empty_and_hostile)
{
    found *f = run("");
    CHECK_INT(f->l.count, 0);
    done(f);
    /* many marks, no words: linear, no quote without a cue */
    size_t n = 200000;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        s[i] = "\"'\xC2\xAB"[i % 3];
    s[n] = '\0';
    arena a;
    arena_init(&a, 0);
    quote_list l;
    CHECK(quotes_find(&a, s, n, NULL, &l) == 0);
    arena_free(&a);
    free(s);
}

/* Capitalised words that open a sentence are no part of the name after
 * them: a determiner ("Some Clinton aides") or a sentence adverb ("Maybe
 * Donald Trump"); else a pronoun or a surname resolves to the run. */
/* A full name takes no gender from another full name with its surname:
 * "Jolandra Scott" is not her husband "Keith Wade Scott". */
TEST(quotes_gender_not_from_a_relative)
{
    found *f = run("Keith Wade Scott was stopped by an officer on Tuesday.\n"
                   "Jolandra Scott can be heard calling to the officers.\n"
                   "\xE2\x80\x9C" "Don't shoot him,\xE2\x80\x9D she says.");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "Don't shoot him,", "she", "Jolandra Scott", "says", "direct");
    done(f);
}

TEST(quotes_resolution_skips_sentence_openers)
{
    found *f = run("Hillary Clinton spoke in Ohio on Monday.\n"
                   "Some Clinton aides were angry.\n"
                   "\xE2\x80\x9CWe will win,\xE2\x80\x9D she said.\n"
                   "Maybe Donald Trump is right about that.\n"
                   "Donald Trump spoke in Iowa.\n"
                   "\xE2\x80\x9CWe will win too,\xE2\x80\x9D Trump said.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "We will win,", "she", "Hillary Clinton", "said", "direct");
    CHECK_QUOTE(f, 1, "We will win too,", "Trump", "Donald Trump", "said", "direct");
    done(f);
}

/* ", but he said …" opens a clause of its own also when the comma before
 * it stands inside a closing mark: two mixed quotes, not one. */
TEST(quotes_clause_after_a_closing_comma)
{
    found *f = run("Kerr Putney said that the video did not give \"definitive visual evidence,\" but he said that "
                   "the footage \"supports what we've heard\" about what happened.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "the video did not give \"definitive visual evidence,\"", "Kerr Putney", "Kerr Putney", "said",
                "mixed");
    CHECK_QUOTE(f, 1, "the footage \"supports what we've heard\" about what happened", "he", "Kerr Putney", "said",
                "mixed");
    done(f);
}

/* Speech verbs of the vocabulary's later entries ("confided", "rief",
 * "erzählte", "réagi"): with the verb known, an inversion's speaker is the
 * phrase after it, not the verb; an adverb in -ly between a speaker and
 * the verb is no part of the mention. */
TEST(quotes_more_speech_verbs)
{
    found *f = run("Mr. Trump angrily said the race was \xE2\x80\x9Crigged.\xE2\x80\x9D\n"
                   "\xE2\x80\x9CIt is over,\xE2\x80\x9D confided one aide.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "the race was \xE2\x80\x9Crigged.\xE2\x80\x9D", "Mr. Trump", "Trump", "said", "mixed");
    CHECK_STR(f->l.count > 1 ? f->l.items[1].mention : NULL, "one aide");
    CHECK_STR(f->l.count > 1 ? f->l.items[1].cue : NULL, "confided");
    done(f);
    f = run("\xE2\x80\x9E" "Wir bleiben hier\xE2\x80\x9C, rief Weber.\n"
            "\xE2\x80\x9E" "Das war knapp\xE2\x80\x9C, erz\xC3\xA4hlte sie.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "Wir bleiben hier", "Weber", "Weber", "rief", "direct");
    CHECK_QUOTE(f, 1, "Das war knapp", "sie", "Weber", "erz\xC3\xA4hlte", "direct");
    done(f);
    /* verbs of blame and doubt ("blamed", "questioned", "condemned") */
    f = run("A parent blamed the delays on \xE2\x80\x9C" "a broken system.\xE2\x80\x9D\n"
            "One trustee questioned the \xE2\x80\x9Cso-called savings\xE2\x80\x9D in the plan.");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "the delays on \xE2\x80\x9C" "a broken system.\xE2\x80\x9D", "A parent", NULL, "blamed", "mixed");
    CHECK_QUOTE(f, 1, "the \xE2\x80\x9Cso-called savings\xE2\x80\x9D in the plan", "One trustee", NULL, "questioned",
                "mixed");
    done(f);
    f = run("\xC2\xAB Nous ne l\xC3\xA2" "cherons rien \xC2\xBB, a r\xC3\xA9" "agi le ministre.");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "Nous ne l\xC3\xA2" "cherons rien", "le ministre", NULL, "r\xC3\xA9" "agi", "direct");
    done(f);
}

/* A time phrase between the speaker and the verb ("last week", "less than
 * two weeks ago", "this morning") is no mention: the speaker stands before
 * it (the phrase spoke before). */
TEST(quotes_time_phrase_before_the_verb)
{
    found *f = run("Sen. Ingrid Holm (D-Maine) last week said the plan was \xE2\x80\x9C" "a mistake from the start.\xE2\x80\x9D\n"
                   "The harbour agency less than two weeks ago said the bridge was \xE2\x80\x9Cnot safe for buses.\xE2\x80\x9D\n"
                   "Mayor Nils Dahl this morning said the vote was \xE2\x80\x9C" "a turning point.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 3);
    CHECK_QUOTE(f, 0, "the plan was \xE2\x80\x9C" "a mistake from the start.\xE2\x80\x9D", "Sen. Ingrid Holm", "Ingrid Holm",
                "said", "mixed");
    CHECK_QUOTE(f, 1, "the bridge was \xE2\x80\x9Cnot safe for buses.\xE2\x80\x9D", "The harbour agency", NULL, "said",
                "mixed");
    CHECK_QUOTE(f, 2, "the vote was \xE2\x80\x9C" "a turning point.\xE2\x80\x9D", "Mayor Nils Dahl", "Nils Dahl", "said",
                "mixed");
    done(f);
}

/* A participle's clause whose sentence opens with an unnamed noun phrase
 * before a verb takes that phrase as its speaker (the quote was lost). */
TEST(quotes_participle_after_unnamed_subject)
{
    found *f = run("The retired teacher has given no details about her plans, saying only that she was "
                   "\xE2\x80\x9Crefining some practices.\xE2\x80\x9D\n"
                   "The county board released a statement Wednesday saying the water was \xE2\x80\x9Csafe to drink again.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "she was \xE2\x80\x9Crefining some practices.\xE2\x80\x9D", "The retired teacher", NULL, "saying",
                "mixed");
    CHECK_QUOTE(f, 1, "the water was \xE2\x80\x9Csafe to drink again.\xE2\x80\x9D", "The county board", NULL, "saying",
                "mixed");
    done(f);
    /* an irregular past tense ends the subject where no "-ed" does */
    f = run("The retired teacher began by talking about the port, saying it was \xE2\x80\x9C" "a place of work again.\xE2\x80\x9D");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "it was \xE2\x80\x9C" "a place of work again.\xE2\x80\x9D", "The retired teacher", NULL, "saying",
                "mixed");
    done(f);
}

/* Two hyphens are one dash: an insertion set off by "--" keeps the
 * subject before it (no quote was found). */
TEST(quotes_insertion_between_double_hyphens)
{
    found *f = run("Jason Sims -- a teacher from Mount Pleasant -- said the plan was \"a waste of money.\"");
    CHECK_INT(f->l.count, 1);
    CHECK_QUOTE(f, 0, "the plan was \"a waste of money.\"", "Jason Sims", "Jason Sims", "said", "mixed");
    done(f);
}

static found *run_titled(const char *text, const char *title)
{
    found *f = calloc(1, sizeof *f);
    arena_init(&f->a, 0);
    CHECK(quotes_find(&f->a, text, strlen(text), title, &f->l) == 0);
    return f;
}

/* The headline's quotes come first, with offsets in code points into the
 * headline; a title-cased headline's speech verb is a cue ("Says"); a
 * quote alone in the headline joins no quote of the body. */
TEST(quotes_in_the_headline)
{
    found *f = run_titled("Donald Trump spoke in Iowa.\n\xE2\x80\x9CWe will win,\xE2\x80\x9D Trump said.",
                          "Trump: \xE2\x80\x98We are going to win so much\xE2\x80\x99");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "We are going to win so much", "Trump", "Donald Trump", ":", "direct");
    CHECK_QUOTE(f, 1, "We will win,", "Trump", "Donald Trump", "said", "direct");
    if (f->l.count == 2) {
        CHECK_INT(f->l.items[0].in_title, 1);
        CHECK_INT(f->l.items[0].spans[0], 8); /* after "Trump: " and the mark, one code point */
        CHECK_INT(f->l.items[0].spans[1], 35);
        CHECK_INT(f->l.items[1].in_title, 0);
        CHECK_INT(f->l.items[1].spans[0], 29);
    }
    done(f);
    f = run_titled("\xE2\x80\x9CWe will win,\xE2\x80\x9D Harper said.",
                   "Francois Hollande Says Donald Trump \xE2\x80\x98Makes You Want To Retch\xE2\x80\x99");
    CHECK_INT(f->l.count, 2);
    CHECK_QUOTE(f, 0, "Donald Trump \xE2\x80\x98Makes You Want To Retch\xE2\x80\x99", "Francois Hollande",
                "Francois Hollande", "Says", "mixed");
    done(f);
    f = run_titled("\xE2\x80\x9CWe will win,\xE2\x80\x9D Harper said.", "\xE2\x80\x9CIt is over\xE2\x80\x9D");
    CHECK_INT(f->l.count, 1);
    CHECK_INT(f->l.count ? f->l.items[0].nspans : 0, 1);
    done(f);
    /* no cue word: a headline's verb and scare quote make no quote; a
     * colon after a topic the body quotes nobody by is no speaker's */
    f = run_titled("\xE2\x80\x9CWe will win,\xE2\x80\x9D Harper said.", "Harper tries new \xE2\x80\x98" "chapter\xE2\x80\x99 in campaign");
    CHECK_INT(f->l.count, 1);
    done(f);
    f = run_titled("The budget office published its figures on Monday.\n\xE2\x80\x9CWe will win,\xE2\x80\x9D Harper said.",
                   "Budget: What the \xE2\x80\x98" "Fair Share\xE2\x80\x99 Plan Means for You");
    CHECK_INT(f->l.count, 1);
    CHECK_INT(f->l.count ? f->l.items[0].in_title : 1, 0);
    done(f);
    f = run_titled("\xE2\x80\x9CWe will win,\xE2\x80\x9D Harper said.", "Harper: What the \xE2\x80\x98" "Fair Share\xE2\x80\x99 Plan Means");
    CHECK_INT(f->l.count, 2);
    CHECK_INT(f->l.count ? f->l.items[0].in_title : 0, 1);
    done(f);
}


/* The cue scan of a clause without quotes (clause() in attrib.c) steps
 * from cue to cue until one reports speech. A cue may start before the
 * token the scan found it at: colon_at's inverted verb ("Am Montag sagte
 * Keller: „…“") starts at the verb before the colon. Stepping on from the
 * cue's start found that cue again forever; the scan steps on from where
 * it found the cue. The case is injected into the tokens: the word after
 * the colon is made an opening mark nested one level deep, which colon_at
 * sees (it looks at the next token's type) and the clause's quote test
 * (depth 0 only) does not, so the inverted colon cue is found in a clause
 * without quotes. Without the guard this test never ends (the unit suite's
 * timeout reports it). */
TEST(quotes_cue_scan_advances)
{
    const char *t = "Am Montag sagte Keller: nichts.";
    qctx q;
    memset(&q, 0, sizeof q);
    q.text = t;
    q.len = q.body_len = strlen(t);
    CHECK_INT(quote_lex(&q), 0);
    quote_pair_marks(&q);
    quote_entries(&q);
    CHECK_INT(quote_sentences(&q), 0);
    int32_t colon = -1;
    for (size_t i = 0; i < q.ntok; i++)
        if (q.tok[i].type == TK_PUNCT && t[q.tok[i].s] == ':')
            colon = (int32_t)i;
    CHECK(colon > 0 && (size_t)colon + 1 < q.ntok);
    if (colon > 0 && (size_t)colon + 1 < q.ntok) {
        q.tok[colon + 1].type = TK_OPEN;
        q.tok[colon + 1].depth = 1;
        q.tok[colon + 1].pair = -1;
        CHECK_INT(quote_attribute(&q), 0);
    }
    for (size_t i = 0; i < q.nfound; i++)
        free(q.found[i].spans);
    free(q.found);
    free(q.sent);
    free(q.tok);
}

/* test_words.c: every vocabulary table of src/words/ is what its matcher
 * needs and its readers expect: entries sorted bytewise (the lookup's
 * binary search), no duplicates, no empty entry, valid UTF-8, and
 * lower-case (the stages compare lower-cased text: an upper-case letter in
 * an entry could never match). Upper case is checked for ASCII, Latin-1,
 * Latin Extended-A, Greek and Cyrillic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/utf8.h"
#include "harness.h"
#include "words/words.h"

/* 1 when the character at p (k bytes) is an upper-case letter. */
static int upper_at(const unsigned char *p, size_t k)
{
    if (k == 1)
        return p[0] >= 'A' && p[0] <= 'Z';
    if (k != 2)
        return 0;
    unsigned cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return 1; /* Latin-1 capitals */
    /* Latin Extended-A: capital/small pairs, the capital even in
     * U+0100..0137 and U+014A..0177, odd in U+0139..0148 and U+0179..017E */
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return cp % 2 == 0;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp % 2 == 1;
    if (cp == 0x178)
        return 1;
    if (cp >= 0x391 && cp <= 0x3A9)
        return 1; /* Greek capitals */
    return cp >= 0x400 && cp <= 0x42F; /* Cyrillic capitals */
}

static int table_ok(const words_table *t)
{
    int ok = 1;
    for (size_t i = 0; i < t->n; i++) {
        const char *e = t->w[i];
        size_t n = strlen(e);
        if (n == 0 || !utf8_valid(e, n)) {
            harness_fail_str(__FILE__, __LINE__, t->name, e, "a non-empty UTF-8 entry");
            ok = 0;
        }
        for (size_t j = 0; j < n;) {
            size_t k = utf8_seq_len((const unsigned char *)e + j, n - j);
            if (!k)
                break;
            if (upper_at((const unsigned char *)e + j, k)) {
                harness_fail_str(__FILE__, __LINE__, t->name, e, "lower case");
                ok = 0;
                break;
            }
            j += k;
        }
        if (i && strcmp(t->w[i - 1], e) >= 0) {
            harness_fail_str(__FILE__, __LINE__, t->name, e, "after its predecessor, no duplicate");
            ok = 0;
        }
    }
    return ok;
}

TEST(words_every_table_sorted_unique_lowercase)
{
    CHECK(words_all_count > 0);
    for (size_t i = 0; i < words_all_count; i++) {
        CHECK(table_ok(words_all[i]));
        /* listed once: a copied registry line hides which tables it lacks */
        for (size_t j = 0; j < i; j++)
            CHECK(words_all[j] != words_all[i]);
    }
}

TEST(words_every_map_sorted_unique_lowercase)
{
    /* a map's words face the same checks as a table's */
    CHECK(words_maps_all_count > 0);
    for (size_t i = 0; i < words_maps_all_count; i++) {
        const words_map *m = words_maps_all[i];
        const char **w = malloc(m->n * sizeof *w);
        CHECK(w != NULL);
        if (!w)
            continue;
        for (size_t j = 0; j < m->n; j++) {
            w[j] = m->e[j].w;
            CHECK(m->e[j].v != 0); /* 0 is "not found" */
        }
        const words_table t = {m->name, w, m->n};
        CHECK(table_ok(&t));
        free(w);
    }
}

TEST(words_class_hints_fit_their_lookup)
{
    /* metadata.c indexes the hints by first letter a-z, compares 4 bytes
     * at once and keeps their lengths in WORDS_CLASS_HINTS_MAX slots */
    CHECK(words_class_hints.n <= WORDS_CLASS_HINTS_MAX);
    for (size_t i = 0; i < words_class_hints.n; i++) {
        const char *w = words_class_hints.e[i].w;
        CHECK(strlen(w) >= 4);
        CHECK(w[0] >= 'a' && w[0] <= 'z');
    }
}

TEST(words_script_date_keys_rank_each_once)
{
    /* date_pick.c tries the names by rank 1..n and capitalises the first
     * letter for the camel-case form: each rank once, each name a-z first */
    const words_map *m = &words_script_date_keys;
    for (size_t r = 1; r <= m->n; r++) {
        int seen = 0;
        for (size_t i = 0; i < m->n; i++)
            seen += (size_t)m->e[i].v == r;
        CHECK(seen == 1);
    }
    for (size_t i = 0; i < m->n; i++)
        CHECK(m->e[i].w[0] >= 'a' && m->e[i].w[0] <= 'z');
}

/* Every legal form as a firm writes it: words_author_legal_forms holds the
 * one spelling of each ("GmbH", "e.V."), which author.c legal_form compares
 * a word with, so no second copy (a mask of its capitals) can disagree
 * with it. The checks are on what words_legal_form relies on: sorted and
 * unique case-blind, ASCII, each found under its own spelling, lower-cased
 * and in capitals with its flags, and the flags the ones it may carry. */
TEST(words_spelled_maps_sorted_unique_case_blind)
{
    /* a spelled map's words face the checks a lower-case map's do, with
     * ASCII case folded: non-empty UTF-8, sorted and unique case-blind,
     * no value 0 ("not found") */
    CHECK(words_maps_spelled_count > 0);
    for (size_t i = 0; i < words_maps_spelled_count; i++) {
        const words_map *m = words_maps_spelled[i];
        for (size_t j = 0; j < m->n; j++) {
            const char *w = m->e[j].w;
            if (!*w || !utf8_valid(w, strlen(w)) || !m->e[j].v || (j && strcasecmp(m->e[j - 1].w, w) >= 0))
                harness_fail_str(__FILE__, __LINE__, m->name, w, "non-empty UTF-8 after its predecessor (case-blind)");
        }
    }
}

TEST(words_legal_forms_spelled_once)
{
    const words_map *m = &words_author_legal_forms;
    for (size_t i = 0; i < m->n; i++) {
        const char *w = m->e[i].w;
        size_t n = strlen(w);
        char low[16], up[16];
        int v = m->e[i].v, bad = n == 0 || n >= sizeof low || (v & ~(WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL | WORDS_LEGAL_FORM_NORDIC)) ||
                                 !(v & (WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NORDIC));
        for (size_t k = 0; k < n && !bad; k++) {
            bad = (unsigned char)w[k] >= 0x80;
            low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
            up[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 32 : w[k]);
        }
        if (!bad && i && strcasecmp(m->e[i - 1].w, w) >= 0)
            bad = 1;
        const char *sp = NULL;
        if (!bad)
            bad = words_legal_form(w, n, &sp) != v || sp != w || words_legal_form(low, n, NULL) != v ||
                  words_legal_form(up, n, NULL) != v;
        if (bad)
            harness_fail_str(__FILE__, __LINE__, m->name, w, "an ASCII form after its predecessor (case-blind), found with its flags");
    }
}

TEST(words_checks_catch_bad_tables)
{
    /* the checks themselves fail on a bad table (run quietly: a bad table
     * is the expected result here, so count its failures by hand) */
    static const char *const unsorted[] = {"b", "a"};
    static const char *const dup[] = {"a", "a"};
    static const char *const upper[] = {"Read more"};
    static const char *const upper_cyr[] = {"\xd0\xa7\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5"}; /* "Читайте" */
    const words_table bad[] = {{"unsorted", unsorted, 2}, {"dup", dup, 2}, {"upper", upper, 1}, {"upper_cyr", upper_cyr, 1}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        int ok = 1;
        for (size_t j = 0; j < bad[i].n && ok; j++) {
            const char *e = bad[i].w[j];
            size_t n = strlen(e);
            for (size_t p = 0; p < n;) {
                size_t k = utf8_seq_len((const unsigned char *)e + p, n - p);
                if (!k || upper_at((const unsigned char *)e + p, k)) {
                    ok = 0;
                    break;
                }
                p += k;
            }
            if (j && strcmp(bad[i].w[j - 1], e) >= 0)
                ok = 0;
        }
        CHECK(!ok);
    }
}

TEST(words_matcher)
{
    CHECK(words_prefix(&words_teaser_prefixes, "read more about the budget"));
    CHECK(words_prefix(&words_teaser_prefixes, "\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5 \xd1\x82\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5: x"));
    CHECK(!words_prefix(&words_teaser_prefixes, "the council read more reports"));
    CHECK(words_exact(&words_comment_headings, "comments", 8));
    CHECK(!words_exact(&words_comment_headings, "comment", 6));
    CHECK(!words_exact(&words_comment_headings, "", 0));
    /* schema.org types as pages write them */
    CHECK(words_exact_ci(&words_schema_article_types, "NewsArticle"));
    CHECK(words_exact_ci(&words_schema_page_types, "WebPage"));
    CHECK(!words_exact_ci(&words_schema_article_types, "WebPage"));
    CHECK(words_exact_ci(&words_schema_org_types, "NewsMediaOrganization"));
    CHECK(!words_exact_ci(&words_schema_org_types, "Person"));
    /* an entry anywhere in the text, inside a word too */
    CHECK(words_within(&words_link_nouns, "enthält affiliate-links und"));
    CHECK(!words_within(&words_link_nouns, "enthält werbung"));
    CHECK(!words_within(&words_link_nouns, ""));
    /* an entry that ends the text: as whole words, or as a compound's end */
    CHECK(words_suffix(&words_pointer_line_ends, "weitere rezepte findest du hier", 31, WORDS_END_WORD));
    CHECK(words_suffix(&words_pointer_line_ends, "findest du hier", 15, WORDS_END_WORD));
    CHECK(!words_suffix(&words_pointer_line_ends, "du befindest du hier", 20, WORDS_END_WORD));
    CHECK(!words_suffix(&words_pointer_line_ends, "findest du hier nicht", 21, WORDS_END_WORD));
    CHECK(words_suffix(&words_tip_compound_ends, "spartipp", 8, WORDS_END_PART));
    CHECK(words_suffix(&words_tip_compound_ends, "reisetipps", 10, WORDS_END_PART));
    CHECK(!words_suffix(&words_tip_compound_ends, "tipp", 4, WORDS_END_PART));
    CHECK(!words_suffix(&words_tip_compound_ends, "", 0, WORDS_END_PART));
    /* the longest prefix wins, ASCII case folded */
    CHECK(words_longest_prefix_ci(&words_author_prefixes, "Written By Jane Doe", NULL) == strlen("written by"));
    CHECK(words_longest_prefix_ci(&words_author_prefixes, "AUTHOR: Jane Doe", NULL) == strlen("author:"));
    CHECK(words_longest_prefix_ci(&words_author_prefixes, "Jane Doe", NULL) == 0);
    /* the first place an entry starts, not the first entry's place: " | "
     * opens before " updated" does, ASCII case folded */
    const char *line = "Jane Doe | Updated May 2";
    CHECK(words_find_ci(&words_author_stops, line) == line + 8);
    CHECK(words_find_ci(&words_author_roles, "Senior EDITOR") != NULL);
    CHECK(words_find_ci(&words_author_roles, "Jane Doe") == NULL);
    CHECK(words_find_ci(&words_author_roles, "") == NULL);
    CHECK(words_exact_ci(&words_author_desks, "Redaktion"));
    CHECK(!words_exact_ci(&words_author_desks, "Redakteur"));
    const char *sp = NULL;
    CHECK(words_legal_form("gmbh", 4, &sp) == WORDS_LEGAL_FORM && sp && strcmp(sp, "GmbH") == 0);
    CHECK(words_legal_form("E.V.", 4, &sp) == WORDS_LEGAL_FORM && sp && strcmp(sp, "e.V.") == 0);
    CHECK(words_legal_form("bv", 2, NULL) == (WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL));
    CHECK(!words_legal_form("co.", 3, NULL));
    CHECK(!words_legal_form("gmb", 3, NULL));
    CHECK(words_prefix(&words_author_name_articles, "der Kasimir"));
    CHECK(!words_prefix(&words_author_name_articles, "den Kasimir"));
    CHECK(words_exact_ci(&words_author_weekdays, "Monday"));
    CHECK(!words_exact_ci(&words_author_weekdays, "Monday,"));
    CHECK(words_exact_ci(&words_author_lower_agencies, "dpa"));
    CHECK(words_exact_ci(&words_author_agencies, "Associated Press"));
    CHECK(words_exact_ci(&words_author_agency_letters, "AFP"));
    CHECK(words_prefix(&words_class_state_prefixes, "has-sidebar"));
    CHECK(!words_prefix(&words_class_state_prefixes, "sidebar"));
    CHECK(!words_exact_ci(&words_author_agency_letters, "AB"));
    CHECK(words_exact_ci(&words_author_site_articles, "The"));
    CHECK(!words_exact_ci(&words_author_site_articles, "La"));
    CHECK(words_exact_ci(&words_author_site_org_nouns, "Foundation"));
    CHECK(words_exact_ci(&words_author_org_units, "Fraktion"));
    CHECK(!words_exact_ci(&words_author_org_units, "Paris"));
    CHECK(words_exact(&words_author_org_last_nouns, "foundation", 10));
    CHECK(!words_exact(&words_author_org_last_nouns, "press", 5)); /* a surname too */
    CHECK(words_suffix(&words_author_org_compound_tails, "bundestagsfraktion", 18, WORDS_END_PART));
    CHECK(!words_suffix(&words_author_org_compound_tails, "fraktion", 8, WORDS_END_PART));
    CHECK(words_exact_ci(&words_author_place_labels, "Ort"));
    CHECK(!words_exact_ci(&words_author_place_labels, "Von"));
    /* every entry of a map is found, and nothing between them */
    for (size_t i = 0; i < words_months.n; i++) {
        const char *e = words_months.e[i].w;
        CHECK(words_map_find(&words_months, e, strlen(e)) == words_months.e[i].v);
    }
    CHECK(words_map_find(&words_months, "march", 5) == 3);
    /* class and id values: words split at non-alphanumerics, case folded */
    const words_table *sect = &words_class_comment_section_prefixes;
    CHECK(words_in_value(sect, "comment-list", 1) && words_in_value(sect, "dsq_Comments", 1));
    CHECK(words_in_value(sect, "wp discussion-area", 1) && words_in_value(sect, "disqus_thread", 1));
    CHECK(!words_in_value(sect, "nocomments", 1) && !words_in_value(sect, "articleComments", 1));
    CHECK(!words_in_value(sect, "", 1) && !words_in_value(sect, NULL, 1));
    CHECK(words_in_value(&words_class_image_skip_words, "site-logo", 0));
    CHECK(!words_in_value(&words_class_image_skip_words, "site-logotype", 0));
    CHECK(words_map_find(&words_months, "marchx", 6) == 0);
    CHECK(words_map_find(&words_months, "ma", 2) == 0);
    CHECK(words_map_find(&words_months, "", 0) == 0);
    CHECK(words_map_find(&words_months, "\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0", 10) == 3); /* "марта" */
    CHECK(words_map_find(&words_months, "\xd9\x81\xd8\xb1\xd9\x88\xd8\xb1\xd8\xaf\xdb\x8c\xd9\x86", 14) == WORDS_JALALI + 1); /* "فروردین" */
}

/* The lookups as they were written first (strlen and strncmp/memcmp per
 * entry, no early stop), the reference for the one-pass compares. */
static int ref_prefix(const words_table *t, const char *s)
{
    for (size_t i = 0; i < t->n; i++)
        if (strncmp(s, t->w[i], strlen(t->w[i])) == 0)
            return 1;
    return 0;
}

static int ref_exact(const words_table *t, const char *s, size_t len)
{
    for (size_t i = 0; i < t->n; i++)
        if (strlen(t->w[i]) == len && memcmp(s, t->w[i], len) == 0)
            return 1;
    return 0;
}

static int ref_map_find(const words_map *m, const char *s, size_t len)
{
    for (size_t i = 0; i < m->n; i++)
        if (strlen(m->e[i].w) == len && memcmp(s, m->e[i].w, len) == 0)
            return m->e[i].v;
    return 0;
}

/* Probes made of the entries: each entry, its prefixes, the entry with a
 * byte after it (a space, a letter, a byte from 0x80), with its last
 * byte one lower and one higher, and two entries run together. */
static void probes_of(const char *const *w, size_t n, void (*check)(const char *s, size_t len, void *ctx), void *ctx)
{
    char b[512];
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(w[i]);
        if (l + 2 >= sizeof b)
            continue;
        for (size_t k = 0; k <= l; k++) {
            memcpy(b, w[i], k);
            b[k] = 0;
            check(b, k, ctx);
        }
        static const char after[] = {' ', 'a', 'z', (char)0x80, (char)0xD0, '.'};
        for (size_t a = 0; a < sizeof after; a++) {
            memcpy(b, w[i], l);
            b[l] = after[a], b[l + 1] = 0;
            check(b, l + 1, ctx);
        }
        for (int d = -1; d <= 1; d += 2) {
            memcpy(b, w[i], l + 1);
            b[l - 1] = (char)((unsigned char)b[l - 1] + d);
            if (b[l - 1])
                check(b, l, ctx);
        }
        size_t l2 = strlen(w[(i + 1) % n]);
        if (l + l2 < sizeof b) {
            memcpy(b, w[i], l);
            memcpy(b + l, w[(i + 1) % n], l2 + 1);
            check(b, l + l2, ctx);
        }
    }
}

static int lookups_agree = 1;

static void check_table(const char *s, size_t len, void *ctx)
{
    const words_table *t = ctx;
    if (words_prefix(t, s) != ref_prefix(t, s) || words_exact(t, s, len) != ref_exact(t, s, len)) {
        fprintf(stderr, "  %s: lookups differ on \"%s\"\n", t->name, s);
        lookups_agree = 0;
    }
}

static void check_map(const char *s, size_t len, void *ctx)
{
    const words_map *m = ctx;
    if (words_map_find(m, s, len) != ref_map_find(m, s, len)) {
        fprintf(stderr, "  %s: map lookup differs on \"%s\"\n", m->name, s);
        lookups_agree = 0;
    }
}

TEST(words_lookups_agree_with_plain_scans)
{
    /* words_prefix stops at the first entry above the text, words_exact
     * and words_map_find compare in one pass: the same answers as a scan
     * of every entry, on every table and map */
    for (size_t i = 0; i < words_all_count; i++)
        probes_of(words_all[i]->w, words_all[i]->n, check_table, (void *)words_all[i]);
    for (size_t i = 0; i < words_maps_all_count; i++) {
        const words_map *m = words_maps_all[i];
        const char **w = malloc(m->n * sizeof *w);
        CHECK(w != NULL);
        if (!w)
            continue;
        for (size_t j = 0; j < m->n; j++)
            w[j] = m->e[j].w;
        probes_of(w, m->n, check_map, (void *)m);
        free(w);
    }
    CHECK(lookups_agree);
}

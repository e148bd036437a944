/* author.c: author name cleaning and splitting (see author.h).
 * The rules are deliberately conservative: a part that does not look like
 * a name (digits, e-mail, URL, handle, a known role word, too many words)
 * is dropped rather than guessed at. */
#include "author.h"

#include "core/chars.h"
#include "core/utf8.h"
#include "words/words.h"

#include <string.h>

#include "date.h"
#include "text.h"

/* 1 when the prefix s[0..len) (entry `word`) ends where a word ends: at a
 * space, a colon, the end, or with a colon of its own ("autor:"). */
static int prefix_fits(const char *s, size_t len, const char *word)
{
    char nx = s[len];
    return word[len - 1] == ':' || chars_is_space((unsigned char)nx) || nx == ':' || nx == 0;
}

/* Removes up to two leading byline prefixes ("By ", "Author: von ") if present. */
static const char *skip_prefix(const char *s)
{
    for (int round = 0; round < 2; round++) {
        while (chars_is_space((unsigned char)*s) || *s == ':' || *s == '-' || *s == ',')
            s++;
        size_t l = words_longest_prefix_ci(&words_author_prefixes, s, prefix_fits);
        if (!l)
            break;
        s += l;
    }
    while (chars_is_space((unsigned char)*s) || *s == ':' || *s == '-' || *s == ',')
        s++;
    return s;
}

/* "Kristen Doe Kristen Doe" (a name rendered twice, e.g. for two screen
 * sizes) -> "Kristen Doe", in place. */
static void undouble(char *s)
{
    size_t n = strlen(s);
    if (n < 5 || n % 2 == 0)
        return;
    size_t h = n / 2;
    if (s[h] == ' ' && strncmp(s, s + h + 1, h) == 0)
        s[h] = 0;
}

/* 1 when every word of s is a job-title word and the last one a role
 * noun: "Editorial Staff", "Court Reporter", "Senior Correspondent" name a
 * desk, not a person (a declared Person with such a name is a shared
 * account). One word alone ("Reporter") counts too. */
static int only_role_words(const char *s)
{
    const char *p = s;
    int noun = 0, words = 0;
    while (*p) {
        while (chars_is_space((unsigned char)*p))
            p++;
        size_t l = 0;
        while (p[l] && !chars_is_space((unsigned char)p[l]))
            l++;
        if (l == 0)
            break;
        if (l >= 24)
            return 0;
        char w[24]; /* NUL-terminated for words_exact_ci, which folds case itself */
        memcpy(w, p, l);
        w[l] = 0;
        noun = words_exact_ci(&words_author_role_nouns, w);
        if (!noun && !words_exact_ci(&words_author_title_words, w))
            return 0;
        words++;
        p += l;
    }
    return words > 0 && noun;
}

/* 1 when the word w is a legal form as written (words_author_legal_forms:
 * "GmbH", "AG", "e.V.", "Inc.", "plc"), each letter's case as the form
 * writes it, or every letter a capital (a name set in capitals, "EXAMPLE
 * GMBH"). Not case-blind: "Ag" of "Almoustapha Ag" is a name particle, and a
 * firm never writes its "AG" or "KG" that way. */
static int legal_form(const char *w)
{
    size_t n = strlen(w);
    const char *spelled;
    if (n == 0 || !(words_legal_form(w, n, &spelled) & WORDS_LEGAL_FORM))
        return 0;
    if (memcmp(w, spelled, n) == 0)
        return 1;
    for (size_t i = 0; i < n; i++)
        if (w[i] >= 'a' && w[i] <= 'z')
            return 0;
    return 1;
}

/* s[0..n) lower-cased as meta_lower_char lowers (ASCII, Latin and
 * Cyrillic capitals: "Дүйшөмбү", "Thứ Ba", "STIFTUNG") into w, NUL-ended;
 * the length, 0 when it is empty or does not fit in cap bytes. */
static size_t fold_word(const char *s, size_t n, char *w, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t k = meta_u8len((const unsigned char *)s + i, n - i);
        if (o + k >= cap)
            return 0;
        o += meta_lower_char((const unsigned char *)s + i, k, (unsigned char *)w + o);
        i += k;
    }
    w[o] = 0;
    return o;
}

/* 1 when s[0..n), folded (fold_word), is a word of t. */
static int in_table_folded(const words_table *t, const char *s, size_t n)
{
    char w[64];
    return fold_word(s, n, w, sizeof w) > 0 && words_exact_ci(t, w);
}

/* "Redaktion Example Zeitung", "Team Example", "Example-Team": the name
 * of a desk or a shared account (words_author_desks as the first word, or
 * as the last word or its last hyphen part). A person's name does not
 * open or end with these nouns. Kept by the cleaner: the picker treats a
 * desk like the site's own name (author_pick.c). A company's or an
 * association's name, a legal form as its last word after another
 * ("Example Tierbedarf GmbH", "Example Stiftung e.V.": words_author_legal_forms),
 * names no person either and is read the same way: a shop's or an
 * institute's software signs its pages with it; so does one whose first
 * word is an organisation's noun ("Verband Example"). */
int author_is_desk(const char *s)
{
    const char *sp = strrchr(s, ' ');
    if (sp && sp > s && legal_form(sp + 1))
        return 1;
    size_t l = 0;
    while (s[l] && !chars_is_space((unsigned char)s[l]) && s[l] != '-')
        l++;
    char w[24]; /* NUL-terminated for words_exact_ci */
    if (l && l < sizeof w && (s[l] == ' ' || s[l] == 0)) {
        memcpy(w, s, l);
        w[l] = 0;
        if (words_exact_ci(&words_author_desks, w))
            return 1;
        /* "Bundesverband Example", "Verein Example": an organisation's
         * noun opening the name (words_author_org_units); no given name
         * is one */
        if (s[l] == ' ' && words_exact_ci(&words_author_org_units, w))
            return 1;
    }
    /* The last word, or its last hyphen part, after another, folded
     * ("EXAMPLE STIFTUNG", "ASOCIACIÓN"): a desk ("Example-Team"), an
     * organisation's noun ("Example Foundation", "Example Media": words
     * no surname is, so "Jane Press" keeps her name), or a German
     * compound ending in one ("Example Bundestagsfraktion",
     * "Example-Landesstiftung"). An organisation or its publishing
     * company given as the meta author names no person. */
    size_t n = strlen(s), e = n;
    while (e > 0 && !chars_is_space((unsigned char)s[e - 1]) && s[e - 1] != '-')
        e--;
    char low[40];
    size_t ll = e > 0 ? fold_word(s + e, n - e, low, sizeof low) : 0;
    if (ll == 0)
        return 0; /* one word alone: the junk table's business */
    return words_exact_ci(&words_author_desks, low) || words_exact_ci(&words_author_org_last_nouns, low) ||
           words_suffix(&words_author_org_compound_tails, low, ll, WORDS_END_PART);
}

/* "JaneDoe", "ClaraWeston": a login handle (a profile's, a feed's "Tweets
 * by ...") writes a first and a last name as one word, each part a capital
 * and two lower-case letters or more; a display name puts a space between
 * them. One ASCII word of two or three such parts is no name. The first
 * part must have four letters or more: "MacArthur", "McDonald", "DeShawn",
 * "LaToya" join a short prefix to the rest and are names. */
static int camel_handle(const char *s)
{
    int parts = 0;
    size_t first = 0;
    const char *p = s;
    while (*p) {
        if (!(*p >= 'A' && *p <= 'Z'))
            return 0;
        size_t l = 1;
        while (p[l] >= 'a' && p[l] <= 'z')
            l++;
        if (l < 3)
            return 0;
        if (!parts)
            first = l;
        parts++;
        p += l;
    }
    return parts >= 2 && parts <= 3 && first >= 4;
}

/* 1 when a word of s is a web address without its scheme: letters, a
 * dot, then a top-level domain as an address writes it (lower case,
 * words_author_tlds) ending the word: "Example.it", "Beispiel.de". A site
 * that declares its address as a Person ("Repubblica.it" in JSON-LD)
 * names no one; no person's name holds such a word ("Ph.D." and initials
 * are capitals, "J. Doe" has a space after the dot). */
static int site_address(const char *s)
{
    for (const char *p = s + 1; *p; p++) {
        if (*p != '.' || !(((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z')))
            continue;
        size_t l = 0;
        while (p[1 + l] && !chars_is_space((unsigned char)p[1 + l]))
            l++;
        if (l && words_exact(&words_author_tlds, p + 1, l))
            return 1;
    }
    return 0;
}

/* 1 when s[0..n) is a weekday (words_author_weekdays). */
static int weekday_words(const char *s, size_t n)
{
    return in_table_folded(&words_author_weekdays, s, n);
}

/* 1 when the part looks like a person's (or an organisation's) name. */
static int looks_like_name(const char *s)
{
    size_t len = strlen(s);
    if (len < 2 || len > 80)
        return 0;
    if (strchr(s, '@') || meta_istr(s, len, "http") || meta_istr(s, len, "www.") || strchr(s, '/'))
        return 0;
    /* "Night_Owl", "Blue_Heron": an underscore joins a login handle's
     * words; no person's or organisation's name in Latin letters is
     * written with one (a handle with digits, "r23", fails the test
     * below). A word in another script may hold one, a blog's pen name
     * ("小明的家_晴空", kept). */
    const char *us = strchr(s, '_');
    if (us) {
        const char *b = us, *e = us;
        while (b > s && b[-1] != ' ' && (unsigned char)b[-1] < 0x80)
            b--;
        while (*e && *e != ' ' && (unsigned char)*e < 0x80)
            e++;
        if ((b == s || b[-1] == ' ') && (!*e || *e == ' '))
            return 0; /* the word with the underscore is all ASCII */
    }
    if (camel_handle(s))
        return 0;
    if (site_address(s))
        return 0;
    /* "dpa", "epd": an agency that writes its name in lower case */
    if (words_exact(&words_author_lower_agencies, s, len))
        return 1;
    int upper = 0, nonascii = 0;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9')
            return 0;
        if (*p >= 'A' && *p <= 'Z')
            upper = 1;
        if ((unsigned char)*p >= 0x80)
            nonascii = 1;
    }
    /* "updated 3 hours ago", "share this": a name has a capital (or is in
     * a script without case). */
    if (!upper && !nonascii)
        return 0;

    /* Nor with a mark that is not a letter: '^ "Title". Retrieved' (a
     * reference list's back-link caret and a cited title), '"Title"',
     * "#tag". Only ASCII marks: a letter beyond ASCII starts many names. */
    if ((unsigned char)*s < 0x80 && !((*s | 32) >= 'a' && (*s | 32) <= 'z'))
        return 0;
    /* A name does not start with a lower-case word, except the particles
     * that begin some surnames ("de Jong", "van der Berg", "von Trotha"). */
    if (*s >= 'a' && *s <= 'z') {
        if (!words_prefix(&words_author_particles, s))
            return 0;
    }
    /* Six words is a long name ("Maria de la Luz Garcia Lopez"); more is prose. */
    if (meta_word_count(s) > 6)
        return 0;
    /* Nor does it end with a preposition: what followed was cut away
     * ("Rezept von", "Erstellt am", "Posted in", "Managed by"). Not "de",
     * "van", "der": "Jong, Michiel de" is a surname-first name. */
    const char *last = strrchr(s, ' ');
    if (last) {
        if (words_exact_ci(&words_author_tails, last + 1) && last[1] >= 'a' && last[1] <= 'z')
            return 0;
    }
    /* furniture and link labels, and a weekday left alone when the date
     * after it was cut; an article tool's link label ("Senden", "Teilen",
     * "Share": words_tool_links) where a byline line is read (a tool bar
     * right after the story, or in the byline box) names no one either */
    if (in_table_folded(&words_author_junk, s, strlen(s)) || weekday_words(s, strlen(s)) ||
        words_exact_ci(&words_tool_links, s))
        return 0;
    if (only_role_words(s))
        return 0;
    return 1;
}

/* "Staff Writer Gwen Hughes", "Senior Correspondent Ana Ruiz": a job
 * title written before the name without a comma. Returns the name after
 * it, or s itself when the words before the name are not a job title
 * ending in a role noun, or when fewer than two words would remain. */
static const char *skip_role_title(const char *s)
{
    const char *p = s, *after_role = NULL;
    for (int words = 0; words < 4; words++) {
        size_t l = 0;
        while (p[l] && !chars_is_space((unsigned char)p[l]))
            l++;
        if (l == 0 || l >= 24)
            break;
        char w[24]; /* NUL-terminated for words_exact_ci, which folds case itself */
        memcpy(w, p, l);
        w[l] = 0;
        int noun = words_exact_ci(&words_author_role_nouns, w);
        /* "Example-Online-Experte Jana Vogel": a hyphenated compound
         * ending in a role noun is a job title too (a site's or a
         * field's name before the role); no name part ends in one */
        const char *dash = strrchr(w, '-');
        if (!noun && dash && dash > w && dash[1])
            noun = words_exact_ci(&words_author_role_nouns, dash + 1);
        if (!noun && !words_exact_ci(&words_author_title_words, w))
            break;
        p += l;
        while (chars_is_space((unsigned char)*p))
            p++;
        if (noun)
            after_role = p;
    }
    if (after_role && meta_word_count(after_role) >= 2)
        return after_role;
    return s;
}

/* "Dr. Jana Vogel", "Prof. Dr. Jan Roe": academic titles before the name
 * (words_author_academic_titles) are no part of it. Returns the name
 * after them, or s itself when fewer than two words would remain ("Dr.
 * Example", a brand named so). */
static const char *skip_academic_titles(const char *s)
{
    const char *p = s;
    for (int words = 0; words < 4; words++) {
        size_t l = 0;
        while (p[l] && !chars_is_space((unsigned char)p[l]))
            l++;
        if (l == 0 || l >= 16)
            break;
        char w[16];
        memcpy(w, p, l);
        w[l] = 0;
        if (!words_exact_ci(&words_author_academic_titles, w))
            break;
        p += l;
        while (chars_is_space((unsigned char)*p))
            p++;
    }
    return p != s && meta_word_count(p) >= 2 ? p : s;
}

/* 1 when the part is only initials: each letter followed by a dot ("S.",
 * "D.E.", "J. R."). */
static int only_initials(const char *s)
{
    int letters = 0;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '.')
            continue;
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) || p[1] != '.')
            return 0;
        letters++;
    }
    return letters > 0;
}

/* 1 when s is one word of 2-5 ASCII capitals ("NDR", "AFP"): an
 * organisation's short name, never a person's. */
static int is_acronym(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (s[n] < 'A' || s[n] > 'Z')
            return 0;
    return n >= 2 && n <= 5;
}

int author_is_named_agency(const char *s)
{
    return words_exact_ci(&words_author_lower_agencies, s) || words_exact_ci(&words_author_agencies, s) ||
           words_exact_ci(&words_author_agency_letters, s);
}

int author_is_initials(const char *s)
{
    size_t n = strlen(s);
    return n <= 3 && is_acronym(s) && !author_is_named_agency(s);
}

int author_is_agency(const char *s)
{
    return is_acronym(s) || words_exact(&words_author_lower_agencies, s, strlen(s)) ||
           words_exact_ci(&words_author_agencies, s);
}

/* A part after a comma that is a role or an organisation, not a person. */
static int has_role(const char *s) { return words_find_ci(&words_author_roles, s) != NULL; }

/* "Jane Doe Follow": an author card's follow button read as a last word
 * (words_author_trailing_labels). Cut it, with the space before it, when
 * a word stays in front. Returns 1 when it cut. */
static int drop_trailing_label(const char *s, size_t *n)
{
    size_t e = *n, b = e;
    while (b > 0 && !chars_is_space((unsigned char)s[b - 1]))
        b--;
    if (b == 0 || e - b >= 16)
        return 0;
    char w[16];
    memcpy(w, s + b, e - b);
    w[e - b] = 0;
    if (!words_exact_ci(&words_author_trailing_labels, w))
        return 0;
    while (b > 0 && chars_is_space((unsigned char)s[b - 1]))
        b--;
    if (b == 0)
        return 0;
    *n = b;
    return 1;
}

/* Trims blanks and stray punctuation at both ends into a new arena string. */
static char *trim_part(arena *a, const char *s, size_t n)
{
    for (;;) {
        while (n && (chars_is_space((unsigned char)*s) || *s == ',' || *s == ';' || *s == ':' || *s == '-' || *s == '|' || *s == '*' ||
                     *s == '~'))
            s++, n--;
        /* leading "©", "—", "–": a credit line's decoration (a dash that
         * starts s, so not meta_dash_len_before's test, which reads one
         * that ends it) */
        if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9) {
            s += 2, n -= 2;
            continue;
        }
        if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
            ((unsigned char)s[2] == 0x94 || (unsigned char)s[2] == 0x93)) {
            s += 3, n -= 3;
            continue;
        }
        while (n && (chars_is_space((unsigned char)s[n - 1]) || s[n - 1] == ',' || s[n - 1] == ';' || s[n - 1] == ':' ||
                     s[n - 1] == '-' || s[n - 1] == '|' || s[n - 1] == '*'))
            n--;
        /* a separator left behind when the date after it was empty:
         * "Gwen Hughes ·", "Gwen Hughes •" */
        if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xB7)
            n -= 2;
        else if (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA2", 3) == 0)
            n -= 3;
        else if (!drop_trailing_label(s, &n))
            break;
    }
    return meta_collapse(a, s, n);
}

static int push_unique(arena *a, str_list *out, const char *name)
{
    for (size_t i = 0; i < out->count; i++)
        if (meta_ieq(out->items[i], name))
            return 0;
    if (out->count >= AUTHOR_MAX)
        return 0;
    return str_list_push(a, out, name) ? 1 : -1;
}

/* Where a name list ends: at a date, a bar/bullet separator, or a word
 * that starts the next piece of the byline ("Updated", "Published"):
 * the first place where one of words_author_stops starts, skipping
 * " Le " / " El " written capitalised before a capitalised word, the
 * surname particle of "Élodie Le Garrec", not the "le" of "le 3 mars"
 * (words_author_stop_particles). */
static const char *find_stop(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (!words_longest_prefix_ci(&words_author_stops, p, NULL))
            continue;
        /* the particles are two letters and a space, the first a capital,
         * the second not: the word after is at p + 4 */
        if (p[0] == ' ' && p[1] >= 'A' && p[1] <= 'Z' && p[2] >= 'a' && p[2] <= 'z') {
            char w[4] = {(char)chars_lower(p[1]), p[2], p[3], 0};
            if (words_prefix(&words_author_stop_particles, w) &&
                chars_starts_capital((const unsigned char *)p + 4, p[4] ? 2 : 0))
                continue;
        }
        return p;
    }
    return NULL;
}

/* 1 when s[0..n), blanks at its end left out, is one letter and perhaps
 * a dot ("Б.", "J"): an initial, which no writer signs with alone. A
 * word read as a weekday after it is the name's ("Б. Даваа"). */
static int only_initial(const char *s, size_t n)
{
    while (n > 0 && chars_is_space((unsigned char)s[n - 1]))
        n--;
    if (n > 0 && s[n - 1] == '.')
        n--;
    return n > 0 && meta_u8len((const unsigned char *)s, n) == n;
}

static size_t name_span(const char *s)
{
    const char *stop = find_stop(s);
    size_t end = stop ? (size_t)(stop - s) : strlen(s);
    date_val d;
    size_t at;
    if (date_find_text(s, end, 0, 99991231, &d, &at, NULL) && at < end) {
        end = at;
        /* "Joe Doe Monday, February 29, 2016": a weekday before the date
         * is the date's (a name and a date line read as one line); cut
         * it where a name stays in front */
        size_t e = end;
        while (e > 0 && (chars_is_space((unsigned char)s[e - 1]) || s[e - 1] == ','))
            e--;
        size_t b = e;
        while (b > 0 && !chars_is_space((unsigned char)s[b - 1]))
            b--;
        /* the last word, or the last two: Vietnamese weekdays are two
         * words ("Thứ Ba") */
        size_t b2 = b;
        while (b2 > 0 && chars_is_space((unsigned char)s[b2 - 1]))
            b2--;
        while (b2 > 0 && !chars_is_space((unsigned char)s[b2 - 1]))
            b2--;
        if (b > 0 && e > b && !only_initial(s, b) && weekday_words(s + b, e - b))
            end = b;
        else if (b2 > 0 && b2 < b && !only_initial(s, b2) && weekday_words(s + b2, e - b2))
            end = b2;
    }
    return end;
}

/* Drops parenthesised and bracketed asides from t, in place: "(Twitter:
 * @x)", "(http://…)". An aside opening with "with" in some language names
 * co-authors: "Claire Dumas (avec Louis Petit et Anne Roux)"
 * reads as the list "Claire Dumas, Louis Petit et Anne Roux". */
static void drop_asides(char *t)
{
    char *w = t;
    int depth = 0, in_with = 0;
    for (char *r = t; *r; r++) {
        if (!depth && !in_with && *r == '(') {
            size_t l = words_longest_prefix_ci(&words_author_with_words, r + 1, NULL);
            if (l) {
                /* r[-1] is a blank or the start: ", " fits in the space
                 * of "(" + the word (4+ bytes), so w never passes r */
                *w++ = ',';
                *w++ = ' ';
                r += l;
                in_with = 1;
                continue;
            }
        }
        if (in_with && *r == ')') {
            in_with = 0;
            continue;
        }
        if (*r == '(' || *r == '[')
            depth++;
        else if ((*r == ')' || *r == ']') && depth)
            depth--;
        else if (!depth)
            *w++ = *r;
    }
    *w = 0;
}

/* Splits one list of names "A, B and C" and pushes the good ones. With
 * joins unset only commas/semicolons split: "Mac & i" is one name. */
static int add_list_mode(arena *a, str_list *out, const char *s, size_t n, int joins_on, int visible);

/* visible: the list is a byline the page shows, not a declared value
 * (JSON-LD, a meta tag); the rules for a dateline's place and for "der
 * Name" read only such a line. */
static int add_list(arena *a, str_list *out, const char *s, size_t n, int visible)
{
    int r = add_list_mode(a, out, s, n, 1, visible);
    if (r == -2) /* a part cut at "and"/"&" was not a name: keep them together */
        r = add_list_mode(a, out, s, n, 0, visible);
    return r;
}

static int add_list_mode(arena *a, str_list *out, const char *s, size_t n, int joins_on, int visible)
{
    char *t = meta_collapse(a, s, n);
    if (!t)
        return -1;
    drop_asides(t);
    /* "By Jane Doe And John Roe For The Example Sunday": a title-case
     * byline names the paper the writers wrote for after "For" (written
     * capitalised, a capital after it); the names end there. Only after
     * two words, so that a value opening with "For" is left alone. */
    if (joins_on) {
        char *f = strstr(t, " For ");
        if (f && f[5] >= 'A' && f[5] <= 'Z') {
            *f = 0;
            if (meta_word_count(t) < 2)
                *f = ' ';
        }
    }
    /* Cut into parts at commas, semicolons and list words. */
    const char *parts[32];
    size_t plen[32], np = 0;
    int is_comma[32];
    const char *p = t, *start = t;
    int comma = 0;
    while (*p && np < 31) {
        size_t skip = 0;
        int c = 0;
        if (*p == ',' || *p == ';' || *p == '/') {
            skip = 1;
            c = (*p == ',');
        } else if (!joins_on) {
            /* only commas and semicolons split */
        } else if (*p == '&') {
            skip = 1;
            c = 2;
        } else if (p > t && p[-1] == ' ') {
            for (size_t k = 0; k < words_author_joins.n && !skip; k++) {
                const char *j = words_author_joins.w[k];
                size_t l = strlen(j);
                if (strncmp(p, j, l) == 0)
                    skip = l, c = 2;
                /* "Jane Doe And John Roe": a byline set in title case
                 * capitalises the join too. Only the joins of three
                 * letters ("And", "Und"): a lone capital "E", "I", "Y"
                 * is a middle initial. A capital follows, as a name's. */
                else if (l >= 4 && *p == (char)(j[0] - 32) && strncmp(p + 1, j + 1, l - 1) == 0 &&
                         p[l] >= 'A' && p[l] <= 'Z')
                    skip = l, c = 2;
            }
        }
        if (skip) {
            parts[np] = start, plen[np] = (size_t)(p - start), is_comma[np] = comma, np++;
            comma = c;
            p += skip;
            start = p;
        } else {
            p++;
        }
    }
    parts[np] = start, plen[np] = strlen(start), is_comma[np] = comma, np++;
    /* "Example Verlag GmbH, Munich, Germany": a value whose last two
     * comma parts are a city and a country is a publisher's address, not a
     * list of people. Keep what comes before the city. */
    if (np >= 3 && is_comma[np - 1] == 1 && is_comma[np - 2] == 1) {
        char *last = trim_part(a, parts[np - 1], plen[np - 1]);
        if (!last)
            return -1;
        if (words_exact_ci(&words_author_countries, last))
            np -= 2;
    }

    char *clean[32];
    size_t nc = 0;
    int first_single = 0;
    for (size_t i = 0; i < np; i++) {
        char *part = trim_part(a, parts[i], plen[i]);
        if (!part)
            return -1;
        undouble(part);
        const char *q = skip_academic_titles(skip_role_title(skip_prefix(part)));
        if (!*q)
            continue;
        /* "der Kasimir": a German article before a first name signed
         * alone is no part of the name (words_author_name_articles), in
         * a byline the page shows ("Eingestellt von der Kasimir"). Not in
         * a declared value, where "die Wochenpost" written in lower case
         * names a paper, which the cleaner drops whole. */
        if (visible && words_prefix(&words_author_name_articles, q) && meta_word_count(q) == 2) {
            const char *w = strchr(q, ' ') + 1;
            if ((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0x80)
                q = w;
        }
        /* After a comma: roles ("Staff Writer") and credentials ("MA"). */
        if (i > 0 && is_comma[i] == 1 && (has_role(q) || words_exact_ci(&words_author_credentials, q)))
            continue;
        /* After a comma, behind names: a lone capitals acronym is the
         * organisation the writers work for ("A, B und C, NDR", "Jane
         * Doe, AP", "Jane Doe, dpa"), not one more person. Alone it
         * stays (an agency's byline: "AFP", "dpa"). */
        if (i > 0 && is_comma[i] == 1 && nc > 0 && (is_acronym(q) || words_exact(&words_author_lower_agencies, q, strlen(q))))
            continue;
        /* "Von Jane Doe, Berlin", "Jane Doe, London, John Roe": one word
         * right after a comma, behind a name of two words or more, is the
         * writer's place (a dateline set in the byline), not one more
         * person, where the line ends after it or where one more name of
         * two words or more follows (writers' names, each with its
         * place). A co-author known by one name after a comma
         * ("Von Jane Doe, Suwarjono") reads the same and is lost: rarer on
         * news pages than the place, which bylines in German and other
         * presses add to nearly every story from a bureau. A visible
         * byline only: a declared value is a list of names, "García
         * Márquez, Gabriel" surname first. */
        if (visible && i > 0 && is_comma[i] == 1 && nc > 0 && meta_word_count(q) == 1 &&
            meta_word_count(clean[nc - 1]) >= 2) {
            int place = i + 1 == np;
            if (!place) {
                char *next = trim_part(a, parts[i + 1], plen[i + 1]);
                if (!next)
                    return -1;
                place = meta_word_count(next) >= 2 && looks_like_name(next);
            }
            if (place)
                continue;
        }
        if (!looks_like_name(q)) {
            /* the part before or after a list word is no name */
            if (joins_on && (is_comma[i] == 2 || (i + 1 < np && is_comma[i + 1] == 2)))
                return -2;
            continue;
        }
        if (nc == 0 && i == 0 && meta_word_count(q) == 1)
            first_single = 1;
        clean[nc++] = (char *)q;
    }
    /* "Jong, Michiel de": surname first, then given names. Keep as written. */
    if (nc == 2 && first_single && np == 2 && is_comma[1]) {
        char *whole = trim_part(a, t, strlen(t));
        if (!whole)
            return -1;
        return push_unique(a, out, whole) < 0 ? -1 : 1;
    }
    int added = 0;
    for (size_t i = 0; i < nc; i++) {
        if (only_initials(clean[i])) /* "S.", "D.E.": a signature, not a name */
            continue;
        int r = push_unique(a, out, clean[i]);
        if (r < 0)
            return -1;
        added += r;
    }
    return added;
}

/* Visible bylines also end at " for " ("Jane Doe for The Guardian": the
 * outlet she wrote it for). Not applied to declared authors, where
 * "Alliance for Coastal Libraries" is one name. */
static size_t visible_span(const char *u, size_t span)
{
    const char *f = meta_istr(u, span, " for ");
    return f ? (size_t)(f - u) : span;
}

/* "Text und Interview: Jane Doe", "Recherche: Jane Doe": a short label of
 * up to three words without digits, then a colon, then the name. */
static const char *skip_colon_label(const char *u)
{
    const char *c = strstr(u, ": ");
    if (!c || c - u > 40)
        return u;
    size_t words = 1;
    for (const char *p = u; p < c; p++) {
        if (*p >= '0' && *p <= '9')
            return u;
        if (*p == ' ')
            words++;
    }
    return words <= 3 ? c + 2 : u;
}

/* "：" (U+FF1A), the colon of Chinese and Japanese labels ("日期：…"). */
static int fullwidth_colon(const char *p)
{
    return (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBC && (unsigned char)p[2] == 0x9A;
}

/* "Ort Neustadt", "Datum 14.03.2024", "Location: Springfield", "Lieu
 * : Lyon": a press release's or an event's field, a label word naming a
 * place or a date (words_author_place_labels) then its value, with or
 * without a colon. It says where or when, and names no writer: the
 * cleaner would otherwise read "Ort Neustadt" as two capitalised words,
 * a name, or skip the label and keep the place. Only a label followed by
 * more: a lone word is the junk table's business. The label may end in
 * a full-width colon and may be written in a script with capitals of its
 * own ("Дата 05.03.2024"), so it is lower-cased as a weekday is. */
static int place_label(const char *u)
{
    size_t l = 0;
    while (u[l] && u[l] != ' ' && u[l] != ':' && !fullwidth_colon(u + l) && l < 24)
        l++;
    if (l == 0 || l >= 24)
        return 0;
    const char *r = u + l;
    while (*r == ' ' || *r == ':' || fullwidth_colon(r))
        r += fullwidth_colon(r) ? 3 : 1;
    if (!*r)
        return 0;
    return in_table_folded(&words_author_place_labels, u, l);
}

/* "Neustadt, 12. Mai 2004" alone on a line under a speech's or a
 * release's headline: one capitalised word, a comma, then the date and
 * nothing else is a dateline, the place where it was given, not a
 * signature. A writer signs with a byline word ("Von Malte, 12. Mai
 * 2004" keeps the name: the caller tries this only where no byline word
 * was skipped) or with a full name. */
static int place_dateline(const char *u)
{
    if (!((*u >= 'A' && *u <= 'Z') || (unsigned char)*u >= 0xC0))
        return 0;
    const char *c = u;
    while (*c && *c != ',' && *c != ' ')
        c++;
    if (*c != ',' || c[1] != ' ')
        return 0;
    /* a known first name is a writer who signs with it ("Jane, March 3,
     * 2024"), not a place */
    if (in_table_folded(&words_quote_first_names_male, u, (size_t)(c - u)) ||
        in_table_folded(&words_quote_first_names_female, u, (size_t)(c - u)))
        return 0;
    const char *d = c + 2;
    size_t dl = strlen(d);
    date_val dv;
    size_t at, end;
    return dl <= 40 && date_find_text(d, dl, 0, 99991231, &dv, &at, &end) && at == 0 && end >= dl;
}

/* A declared author "XYZ - Abteilung Tennis", "QRS - Example Verband
 * e.V.": a capitals acronym, a dash, then an organisation's long name or
 * a unit within it is the organisation's name set with a dash, not a
 * person and a role or an outlet ("Jane Doe - Example News"). The cut at
 * the dash would keep the acronym alone as if it were the writer; the
 * value names no person and gives nothing. An agency and its place
 * ("AFP - Springfield", "AP - New Example") keeps the acronym, the
 * file's rule for a lone acronym (an agency byline): the part after the
 * dash is dropped only when it reads as an organisation's, a word of
 * words_author_org_units in it, or three words and more (a place is
 * one or two). Declared values only: a visible byline's dash is cut
 * as it always was. */
static int acronym_before_dash(const char *u, size_t span)
{
    if (span == 0 || span > 5)
        return 0;
    const char *rest;
    if (strncmp(u + span, " - ", 3) == 0)
        rest = u + span + 3;
    else if (strncmp(u + span, " \xE2\x80\x93 ", 5) == 0)
        rest = u + span + 5;
    else
        return 0;
    char head[8];
    memcpy(head, u, span);
    head[span] = 0;
    if (!is_acronym(head))
        return 0;
    size_t words = 0;
    int org = 0;
    for (const char *p = rest; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        char w[24];
        words++;
        if ((size_t)(p - b) < sizeof w) {
            memcpy(w, b, (size_t)(p - b));
            w[p - b] = 0;
            if (words_exact_ci(&words_author_org_units, w))
                org = 1;
        }
    }
    return org || words >= 3;
}

/* 1 when u[b..d) is written in capitals, as a dateline's place is
 * ("PORT ELLIS", "ПОРТ ЭЛЛИС"): a capital (a letter that lower-casing
 * changes) and no other letter. ASCII digits, blanks and punctuation
 * are neither; a character beyond ASCII that lower-casing keeps counts
 * as a small letter, so a script without capitals never reads as one. */
static int part_in_capitals(const char *u, size_t b, size_t d)
{
    int caps = 0;
    for (size_t i = b; i < d;) {
        size_t k = meta_u8len((const unsigned char *)u + i, d - i);
        unsigned cp = k == 1 ? (unsigned char)u[i] : utf8_decode((const unsigned char *)u + i, k);
        if (cp >= 'A' && cp <= 'Z')
            caps = 1;
        else if (cp >= 'a' && cp <= 'z')
            return 0;
        else if (cp >= 0x80 && cp != 0xA0) {
            if (meta_lower_cp(cp) == cp)
                return 0;
            caps = 1;
        }
        i += k;
    }
    return caps;
}

/* "PORT ELLIS – ", "Jane Doe, PORT ELLIS – ": a line that ends in a dash
 * set apart by a blank (nothing after it) may close with the place that
 * opens the story's text, a dateline cut from the sentence it opens. The
 * part before that dash, from the last comma, semicolon or bar, is read
 * as the place only where a dateline shows it: the element is classed or
 * id'd "dateline" (dateline), or the part is written in capitals, as
 * datelines set their place. Then it is cut from the span, and a line
 * that is the place alone gives no one (returns 0), unless a byline word
 * was skipped before it ("By Jane Doe –": the word says a name follows)
 * or the element is marked as the author (visible == 2), where the one
 * part is read as the writer's. Any other part is a name ("By Jane Doe,
 * John Smith –": the second writer): it stays and only the dash goes.
 * Returns 1 to go on with *span. */
static int place_before_dash(const char *u, int by_word, int visible, int dateline, size_t *span)
{
    size_t n = strlen(u);
    while (n && chars_is_space((unsigned char)u[n - 1]))
        n--;
    size_t dl = meta_dash_len_before(u, n);
    if (!dl || n == dl || u[n - dl - 1] != ' ')
        return 1;
    size_t d = n - dl, b = d;
    while (b > 0 && u[b - 1] != ',' && u[b - 1] != ';' && u[b - 1] != '|')
        b--;
    if (*span <= b) /* the span ends before the place (at a bar, a date) */
        return 1;
    if (!dateline && !part_in_capitals(u, b, d))
        *span = *span < d ? *span : d; /* a name: only the dash goes */
    else if (b > 0)
        *span = b - 1; /* before the comma */
    else if (by_word || visible == 2)
        *span = *span < d ? *span : d; /* the writer, without the dash */
    else
        return 0;
    return 1;
}

static int author_add_mode(arena *a, str_list *out, const char *s, int visible, int dateline)
{
    if (!s)
        return 0;
    const char *u = meta_unescape(a, s);
    if (!u)
        return -1;
    const char *raw = u;
    u = skip_prefix(u);
    if (place_label(u) || (visible == 1 && u == raw && place_dateline(u)))
        return 0;
    if (visible)
        u = skip_prefix(skip_colon_label(u));
    size_t span = name_span(u);
    if (visible)
        span = visible_span(u, span);
    if (visible && !place_before_dash(u, u != raw, visible, dateline, &span))
        return 0;
    if (!visible && acronym_before_dash(u, span))
        return 0;
    if (span == 0) {
        /* "Posted on March 15, 2019 by Gwen Hughes", "15. März 2019 von
         * Max Muster": a date first, then the byline word and the name. */
        const char *best = words_find_ci(&words_author_by_words, u);
        if (!best)
            return 0;
        u = skip_prefix(best + 1);
        span = name_span(u);
        if (visible)
            span = visible_span(u, span);
    }
    return add_list(a, out, u, span, visible);
}

int author_add(arena *a, str_list *out, const char *s)
{
    return author_add_mode(a, out, s, 0, 0);
}

int author_has_prefix(const char *s)
{
    const char *r = skip_prefix(s);
    /* something was skipped that is a word, not just blanks/punctuation */
    if (r == s || !*r)
        return 0;
    for (const char *p = s; p < r; p++)
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
            return 1;
    return 0;
}

/* 1 when a byline block's line credits someone other than the authors
 * or states an update (words_author_credit_openers): its first bytes
 * lowered letter by letter (meta_lower_cp keeps each letter's length),
 * so "Photo:" and "Фото:" open one as "photo" and "фото" do. */
static int credits_other(const char *line)
{
    char low[32];
    size_t n = 0;
    while (line[n] && n + 4 < sizeof low) {
        size_t avail = 1; /* the bytes up to 4 before the NUL */
        while (avail < 4 && line[n + avail])
            avail++;
        size_t k = meta_u8len((const unsigned char *)line + n, avail);
        if (k == 1) {
            low[n] = line[n];
        } else {
            unsigned cp = utf8_decode((const unsigned char *)line + n, k);
            utf8_encode(meta_lower_cp(cp), (unsigned char *)low + n);
        }
        n += k;
    }
    low[n] = 0;
    return words_longest_prefix_ci(&words_author_credit_openers, low, NULL) != 0;
}

int author_byline_credits(const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == '[' || (*p == '(' && !words_longest_prefix_ci(&words_author_with_words, p + 1, NULL)))
            return 1;
        if ((p == text || chars_is_space((unsigned char)p[-1]) || p[-1] == '(') && credits_other(p))
            return 1;
    }
    return 0;
}

/* mode: 1 for a line the page shows, 2 for one from an element the page
 * marks as its author (class author, rel=author): there "Name, date" is
 * the writer's signature, and the dateline rule is not tried. */
static int add_byline_lines(arena *a, str_list *out, const char *text, int mode, int dateline)
{
    int added = 0;
    const char *p = text;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = meta_collapse(a, p, n);
        if (!line)
            return -1;
        /* Other people credited on the byline block are not the authors. */
        if (!credits_other(line)) {
            int r = author_add_mode(a, out, line, mode, dateline);
            if (r < 0)
                return -1;
            added += r;
            /* The first line that names people is the byline; later lines
             * are affiliations ("WebMD Health News") or dates. */
            if (r > 0)
                break;
        }
        p = nl ? nl + 1 : NULL;
    }
    return added;
}

int author_add_byline(arena *a, str_list *out, const char *text)
{
    return add_byline_lines(a, out, text, 1, 0);
}

int author_add_dateline_byline(arena *a, str_list *out, const char *text)
{
    return add_byline_lines(a, out, text, 1, 1);
}

int author_add_marked_byline(arena *a, str_list *out, const char *text)
{
    return add_byline_lines(a, out, text, 2, 0);
}

int author_add_name_over_date(arena *a, str_list *out, const char *text)
{
    const char *nl = strchr(text, '\n');
    if (!nl || nl == text)
        return 0;
    /* the second line is a date and nothing much else */
    const char *d = nl + 1;
    size_t dl = strcspn(d, "\n");
    date_val dv;
    size_t at, end;
    if (dl > 40 || !date_find_text(d, dl, 0, 99991231, &dv, &at, &end) || at > 4)
        return 0;
    /* the first line: two or three capitalised words, a name (four were
     * tried: "Ausstellung Palais Epstein Wien" is an exhibition) */
    char *line = meta_collapse(a, text, (size_t)(nl - text));
    if (!line)
        return -1;
    size_t words = meta_word_count(line);
    if (words < 2 || words > 3 || !looks_like_name(line) || has_role(line))
        return 0;
    for (const char *p = line; *p; p++)
        if ((p == line || p[-1] == ' ') && *p >= 'a' && *p <= 'z')
            return 0;
    return add_list(a, out, line, strlen(line), 1);
}

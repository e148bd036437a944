/* phrases.c: how the body stage recognises lines by their words: teasers,
 * prompts, credits, furniture and comment headings, bylines, datelines.
 * The word lists themselves are data in src/words/body.c. */
#include "body_int.h"
#include "core/chars.h"
#include "core/url.h"
#include "words/words.h"

/* ---- teaser, call-to-action and furniture-heading phrases ----
 * Lower-case; the text of a short block is compared against them. These
 * are the words sites use for the same few page parts, in the languages of
 * the web's news; they describe kinds of furniture, not any one site. */


/* Classifies a heading's lower-cased text: a furniture section, the
 * comment section, or neither. A leading count ("12 comments"), a count in
 * brackets ("Comments (12)") and a trailing colon are ignored. Only the
 * bracketed count makes "Diskuse (4)" the readers' thread: a leading
 * number is how a report numbers its sections ("3 Diskussion"). Either
 * count makes "3 Komentar" one; alone the word labels an opinion column. */
int body_furniture_heading_kind(const char *t)
{
    size_t len = strlen(t);
    const char *s = t;
    while (*s >= '0' && *s <= '9')
        s++;
    if (s != t && *s == ' ')
        s++;
    len -= (size_t)(s - t);
    int bracket_count = 0;
    while (len && (s[len - 1] == ':' || s[len - 1] == ' '))
        len--;
    if (len && s[len - 1] == ')') {
        size_t k = len - 1;
        while (k && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        if (k && s[k - 1] == '(') {
            bracket_count = k < len - 1;
            len = k - 1;
            while (len && s[len - 1] == ' ')
                len--;
        }
    }
    if (words_exact(&words_comment_headings, s, len))
        return HEAD_COMMENTS;
    /* "Diskuse (4)": a discussion with its count in brackets is the
     * readers' thread; uncounted or numbered ("3 Diskussion"), a paper's
     * section */
    if (bracket_count && words_exact(&words_comment_counted_headings, s, len))
        return HEAD_COMMENTS;
    /* "3 Komentar", "Yorumlar (12)": a word that alone labels an opinion
     * column or a section of reactions is the readers' thread only with
     * its count, leading or in brackets */
    if ((bracket_count || s != t) && words_exact(&words_comment_any_count_headings, s, len))
        return HEAD_COMMENTS;
    if (words_exact(&words_furniture_headings, s, len))
        return HEAD_FURNITURE;
    /* A blog's comment section titled by its count and the post's title:
     * "7 thoughts on “...”", "One response to ...", "12 Kommentare zu
     * „...“". The count is required: "Thoughts on the budget" titles a
     * section of an essay. */
    const char *after_count = s != t ? s : NULL, *sp0 = strchr(t, ' ');
    if (!after_count && sp0 && words_exact(&words_count_words, t, (size_t)(sp0 - t)))
        after_count = sp0 + 1;
    if (after_count && words_prefix(&words_comment_title_prefixes, after_count))
        return HEAD_COMMENTS;
    /* "Weitere Garten Artikel", "More Business Stories": a heading of
     * posts (its last word in words_post_nouns) with one topic word
     * inside, three words in all; without the topic word it is a
     * furniture heading. Two words inside too ("More Great Gazette
     * Stories": a praise word and the topic or the site's name); no
     * more, as a longer middle reads as a clause */
    const char *sp1 = memchr(s, ' ', len);
    if (sp1) {
        const char *sp2 = s + len;
        while (sp2 > sp1 + 1 && sp2[-1] != ' ')
            sp2--;
        sp2--; /* the last space */
        const char *mid = sp2 > sp1 + 1 ? memchr(sp1 + 1, ' ', (size_t)(sp2 - sp1 - 1)) : NULL;
        if (sp2 > sp1 + 1 && (!mid || (mid > sp1 + 1 && !memchr(mid + 1, ' ', (size_t)(sp2 - mid - 1)))) &&
            sp2 - sp1 <= 32 &&
            words_exact(&words_post_nouns, sp2 + 1, (size_t)(s + len - sp2 - 1))) {
            char buf[96];
            size_t a = (size_t)(sp1 - s), b = (size_t)(s + len - sp2);
            if (a + b < sizeof buf) {
                memcpy(buf, s, a);
                memcpy(buf + a, sp2, b);
                if (words_exact(&words_furniture_headings, buf, a + b))
                    return HEAD_FURNITURE;
            }
        }
    }
    /* "More from The Times", "Other reports by Jane Doe": a prefix plus a name */
    if (words_prefix(&words_name_headings, s))
        return HEAD_FURNITURE;
    /* "Auch auf example.de", "Also on example.com": more of the site
     * under its host name, one word with a dot and a two-letter (or
     * longer) label after it; a place or a clause after the prefix
     * ("Auch auf dem Land ...") titles the article's own section */
    size_t ap = words_longest_prefix_ci(&words_also_on_prefixes, s, NULL);
    if (ap && ap < len) {
        const char *h = s + ap, *e = s + len, *dot = NULL;
        int host = 1;
        for (const char *q = h; q < e; q++) {
            if (*q == ' ')
                host = 0;
            else if (*q == '.')
                dot = q;
        }
        if (host && dot && dot > h && e - dot > 2 && chars_is_alpha((unsigned char)dot[1]) &&
            chars_is_alpha((unsigned char)dot[2]))
            return HEAD_FURNITURE;
    }
    /* "Last 5 posts by Jane Doe": the same with a count after the first
     * word; "Die letzten 5 Beiträge von ...": after the second (an
     * article before the adjective) */
    const char *sp = strchr(s, ' ');
    for (int word = 0; word < 2 && sp; word++, sp = strchr(sp + 1, ' ')) {
        if (sp[1] < '0' || sp[1] > '9')
            continue;
        const char *e = sp + 1;
        while (*e >= '0' && *e <= '9')
            e++;
        char buf[96];
        size_t w = (size_t)(sp + 1 - s);
        if (*e == ' ' && w + strlen(e + 1) < sizeof buf) {
            memcpy(buf, s, w);
            strcpy(buf + w, e + 1);
            if (words_prefix(&words_name_headings, buf))
                return HEAD_FURNITURE;
        }
    }
    return HEAD_NONE;
}

/* A byline or a dateline is one short line, a name or a date with its
 * label: past 100 bytes a line is a sentence. "By ..." also opens a
 * sentence ("By the end of the year ..."), so a byline prefix counts only
 * on a line under 90 bytes that does not end as a sentence does. */
int body_is_byline_or_dateline(const char *t, size_t len, int today)
{
    if (len == 0 || len > 100)
        return 0;
    int sentence = t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == '?';
    if (!sentence && len < 90 && words_prefix(&words_byline_prefixes, t))
        return 1;
    if (len < 80 && words_prefix(&words_dateline_prefixes, t))
        return 1;
    /* A short line that is mostly a date: "19 May 2024", "Jane Doe | March 15, 2019". */
    if (len < 70) {
        date_val d;
        size_t at = 0, end = 0;
        /* less than 30 bytes beside the date means it starts within
         * the first 30: a date found later cannot make it, so the
         * search stops there */
        if (date_find_text_before(t, len, 30, 0, today, &d, &at, &end) && end > at && len - (end - at) < 30)
            return 1;
    }
    return 0;
}

int body_starts_teaser(const char *t) { return words_prefix(&words_teaser_prefixes, t); }

/* A prompt phrase opens t as whole words: "subscribe to" but not
 * "subscribers will pay", "never miss" but not "never missed", "return
 * to" but not "return tomorrow". A plural s may follow ("pingbacks",
 * "trackbacks"). A table entry is a phrase, not a stem: "volver al" and
 * "torna alla" are entries of their own. */
static int ends_at_word(const char *s, size_t len, const char *entry)
{
    (void)entry;
    if (s[len] == 's')
        len++;
    return !chars_is_alnum((unsigned char)s[len]);
}

int body_starts_prompt(const char *t) { return words_longest_prefix_ci(&words_prompt_prefixes, t, ends_at_word) != 0; }

size_t body_starts_pointer_line(const char *t) { return words_longest_prefix_ci(&words_pointer_lines, t, ends_at_word); }

int body_starts_more_question(const char *t) { return words_longest_prefix_ci(&words_more_questions, t, ends_at_word) != 0; }

int body_starts_credit(const char *t) { return words_prefix(&words_credit_prefixes, t); }

/* The number of names in s[0..n) split by commas, bars, semicolons,
 * slashes or bullets ("•", "·"), each of at most four words; 0 when a
 * name is longer (a sentence, not a list). */
static int names_list_items(const char *s, size_t n)
{
    int items = 0, words = 0, in_item = 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned char ch = i < n ? (unsigned char)s[i] : ',';
        int sep = ch == ',' || ch == '|' || ch == ';' || ch == '/';
        /* "•" (E2 80 A2) and "·" (C2 B7) separate as well */
        if (i + 2 < n && ch == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA2) {
            sep = 1;
            i += 2;
        } else if (i + 1 < n && ch == 0xC2 && (unsigned char)s[i + 1] == 0xB7) {
            sep = 1;
            i += 1;
        }
        if (sep) {
            if (in_item) {
                items++;
                if (words > 4)
                    return 0;
            }
            words = 0;
            in_item = 0;
        } else if (ch != ' ') {
            if (!in_item || (i > 0 && s[i - 1] == ' '))
                words++;
            in_item = 1;
        }
    }
    return items;
}

#define DATE_NAMES_MAX 60 /* the names after a date: a category or three, not a sentence */
#define CLOCK_UNIT_MAX 8  /* a clock's unit or zone is shorter: "uhr", "cest" */

/* A post's date and what it is filed under on one line, without a label:
 * "02.02.2022 • Verband , Presse , Allgemein", "12 May 2021 | News,
 * Events". The line opens with a date, then a separator (a bullet, a
 * middle dot, a bar, a dash or a slash), then short names split as a
 * taxonomy line's are, up to DATE_NAMES_MAX bytes and no sentence end.
 * The "mostly a date" rule leaves it when the names run past 30 bytes. */
int body_is_date_names_line(const char *t, size_t len, int today)
{
    /* 100 bytes: a date and DATE_NAMES_MAX of names, the bound a byline
     * or date line has (body_is_byline_or_dateline) */
    if (len == 0 || len > 100 || t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == '?')
        return 0;
    date_val d;
    size_t at = 0, end = 0;
    /* the line opens with its date: only a date at byte 0 is looked for */
    if (!date_find_text_before(t, len, 1, 0, today, &d, &at, &end) || at != 0 || end <= at || end >= len)
        return 0;
    size_t i = end;
    while (i < len && t[i] == ' ')
        i++;
    /* a clock read with the date ("04.02.2022 | 13:10 Uhr | Name") may
     * be followed by its unit or zone: "Uhr", "h", "ET", "CET"
     * (words_clock_units). Only those: another short word there is the
     * line's own, a ticker entry's "Tor", "Goal", "But" ("07.03.2021,
     * 13:10 Tor – Müller trifft per Kopf, Neuer chancenlos") or a first
     * name, and the line is no date-and-names line. */
    if (d.has_time) {
        /* t is lower-cased by the callers, so the unit is read in place */
        size_t w = i;
        while (w < len && w - i < CLOCK_UNIT_MAX && t[w] >= 'a' && t[w] <= 'z')
            w++;
        if (w > i && w - i < CLOCK_UNIT_MAX && (w == len || t[w] == ' ') && words_exact(&words_clock_units, t + i, w - i))
            for (i = w; i < len && t[i] == ' '; i++)
                ;
    }
    if (i + 3 <= len && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0xA2 || (unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
        i += 3; /* "•", "–", "—" */
    else if (i + 2 <= len && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xB7)
        i += 2; /* "·" */
    else if (i < len && (t[i] == '|' || t[i] == '-' || t[i] == '/'))
        i++;
    else
        return 0;
    while (i < len && t[i] == ' ')
        i++;
    return len - i > 0 && len - i <= DATE_NAMES_MAX && names_list_items(t + i, len - i) >= 1;
}

/* how far into a line a taxonomy label may stand after a lead-in: the
 * site's name and a word or two ("Beispiel Artikel abgelegt unter:" has
 * it at byte 17, "Aus den Beispiel Themen-Ressorts:" at 24) */
#define TAXONOMY_LEAD 40

/* A taxonomy line: a label ("tags:", "filed under") and one or more short
 * names split by commas, bars or bullets ("Tags: Woodwork, Tools,
 * Garden"): the tags or categories a post is filed under, a tag cloud
 * set as text. Each name has at most four words and the line no
 * sentence end; a label without a colon ("Keywords Berlin, ...") needs
 * three names. */
int body_is_taxonomy_line(const char *t)
{
    /* "Category : Press Releases", "Catégories : ...": a space before
     * the label's colon (French typography, and pages that copy it) is
     * read as if absent */
    char buf[TEASER_MAX + 8];
    const char *cp = strchr(t, ':');
    if (cp && cp - t > 1 && cp - t < 32 && cp[-1] == ' ' && strlen(t) < sizeof buf) {
        size_t at = (size_t)(cp - t) - 1;
        memcpy(buf, t, at);
        strcpy(buf + at, cp);
        t = buf;
    }
    size_t l = t[0] ? words_longest_prefix_ci(&words_taxonomy_labels, t, NULL) : 0;
    if (!l) {
        /* the label after a short lead-in: the site's name ("Beispiel
         * Artikel abgelegt unter: Brandt, ...", "Aus den Beispiel
         * Themen-Ressorts: Politik, ..."), the issue it ran in ("Ausgabe
         * 2020/2 Kategorie: Praxis"). Only a label with its colon,
         * at a word start within TAXONOMY_LEAD bytes, after at most
         * four words and no sentence mark (words_taxonomy_mid_labels:
         * filing, category and tag labels; "Die wichtigsten Themen:
         * Rente, Steuern" is an article's list). */
        size_t words = 0;
        for (size_t i = 0; i < TAXONOMY_LEAD && t[i]; i++) {
            unsigned char ch = (unsigned char)t[i];
            if (ch == '.' || ch == ',' || ch == ':' || ch == ';' || ch == '!' || ch == '?')
                return 0;
            if (ch == ' ' || ch == '-') {
                if (i > 0 && t[i - 1] != ' ' && t[i - 1] != '-' && ++words > 4)
                    return 0;
                size_t m = words_longest_prefix_ci(&words_taxonomy_mid_labels, t + i + 1, NULL);
                if (m) {
                    t += i + 1;
                    l = m;
                    break;
                }
            }
        }
        if (!l)
            return 0;
    }
    int colon = t[l - 1] == ':';
    const char *s = t + l;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ')
        n--;
    /* a sentence's end, not an ellipsis: a list cut short ("Tags: A, B,
     * C...") or a tag that ends in dots ("ich und..") is still a list */
    int ellipsis = n >= 2 && s[n - 1] == '.' && s[n - 2] == '.';
    if (n == 0 || (s[n - 1] == '.' && !ellipsis) || s[n - 1] == '!' || s[n - 1] == '?')
        return 0;
    int items = names_list_items(s, n);
    return items >= (colon ? 1 : 3);
}

int body_starts_back(const char *t) { return words_prefix(&words_back_prefixes, t); }

/* Reads a number of 1-4 digits at *s; -1 when there is none. */
static int read_count(const char **s)
{
    int v = 0, n = 0;
    while (**s >= '0' && **s <= '9' && n < 5)
        v = v * 10 + (*(*s)++ - '0'), n++;
    return n >= 1 && n <= 4 ? v : -1;
}

int body_is_counter_line(const char *t)
{
    const char *s = t;
    /* an optional label word: "Bild 3 von 12", "Photo 2 of 9" */
    const char *w = s;
    while ((*w >= 'a' && *w <= 'z') || (unsigned char)*w >= 0x80)
        w++;
    if (w != s && *w == ' ' && w - s <= 12)
        s = w + 1;
    int n = read_count(&s);
    if (n < 1)
        return 0;
    int m;
    while (*s == ' ')
        s++;
    if (*s == '/') {
        s++;
        while (*s == ' ')
            s++;
        m = read_count(&s);
        /* "1/2", "3/4": fractions, not a gallery's counter; "89/2022": a
         * document number */
        if (m < 5 || (m >= 1900 && m < 2100))
            return 0;
    } else {
        s--; /* back onto the space the separators start with */
        size_t l = 0; /* the entries all end in a blank: none is a prefix of another */
        for (size_t k = 0; k < words_counter_betweens.n && !l; k++)
            if (strncmp(s, words_counter_betweens.w[k], strlen(words_counter_betweens.w[k])) == 0)
                l = strlen(words_counter_betweens.w[k]);
        if (!l)
            return 0;
        s += l;
        m = read_count(&s);
        if (m < 2)
            return 0;
    }
    while (*s == ' ')
        s++;
    return *s == '\0' && n <= m;
}

/* A line that is only the page's own address, after an optional short
 * label with its colon: "Permalink: https://example.org/news/2021/a.php",
 * "Kurz-URL: ...", the bare URL. The article never needs its own address
 * (a link to elsewhere is a source the author cites, and stays); the
 * label is at most ADDRESS_LABEL_MAX bytes without a sentence in it. own1
 * and own2 are the page's URL and its canonical URL (either NULL); the
 * comparison ignores the scheme, "www." and a trailing slash, and case
 * (t is lower-cased). */
#define ADDRESS_LABEL_MAX 24
int body_is_own_address_line(const char *t, const char *own1, const char *own2)
{
    while (*t == ' ')
        t++;
    const char *u = t;
    const char *colon = strchr(t, ':');
    if (colon && colon[1] == ' ' && (size_t)(colon - t) <= ADDRESS_LABEL_MAX) {
        u = colon + 1;
        while (*u == ' ')
            u++;
    }
    if (strncmp(u, "http://", 7) != 0 && strncmp(u, "https://", 8) != 0 && strncmp(u, "www.", 4) != 0)
        return 0;
    size_t ul;
    const char *uc = url_page_key(u, &ul);
    /* nothing after the address but blanks */
    for (const char *e = u + strcspn(u, " \n"); *e; e++)
        if (*e != ' ' && *e != '\n')
            return 0;
    if (ul < 8)
        return 0;
    const char *own[2] = {own1, own2};
    for (int k = 0; k < 2; k++) {
        if (!own[k])
            continue;
        size_t ol;
        const char *oc = url_page_key(own[k], &ol);
        if (ol != ul)
            continue;
        size_t i = 0;
        while (i < ul && (unsigned char)uc[i] == (unsigned char)chars_lower((unsigned char)oc[i]))
            i++;
        if (i == ul)
            return 1;
    }
    return 0;
}

/* A line that is only the publication's identifier: its ISSN (a
 * periodical's number under every item, "ISSN 1234-5678", "e-ISSN:
 * 1234-567X") or its bare domain name as a source credit under a story
 * taken from another site ("EXAMPLENEWS.COM", "www.example.co.uk").
 * Neither carries a word of the article. A domain is letters, digits and
 * hyphens in two to four dot-separated labels (a "www." first), the last
 * of 2-6 letters, at most 40 bytes and nothing else on the line: "Example
 * Corp." and "e.g." are not domains (a space, a one-letter label), and a
 * linked address with a path is a source the author cites. */
#define IDENTIFIER_LINE_MAX 40
int body_is_identifier_line(const char *t)
{
    while (*t == ' ')
        t++;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
        n--;
    if (n == 0 || n > IDENTIFIER_LINE_MAX)
        return 0;
    /* an ISSN: an optional "e-"/"p-"/"online-"/"print-" word, "issn", an
     * optional colon, then dddd-ddd and a digit or x */
    const char *is = NULL;
    for (size_t i = 0; i + 4 <= n && i < 8; i++)
        if (memcmp(t + i, "issn", 4) == 0) {
            is = t + i + 4;
            break;
        }
    if (is) {
        for (const char *b = t; b < is - 4; b++)
            if (!(*b >= 'a' && *b <= 'z') && *b != '-')
                return 0;
        const char *e = t + n;
        if (is < e && *is == ':')
            is++;
        while (is < e && *is == ' ')
            is++;
        if (e - is != 9 || is[4] != '-')
            return 0;
        for (int k = 0; k < 9; k++)
            if (k != 4 && !(is[k] >= '0' && is[k] <= '9') && !(k == 8 && is[k] == 'x'))
                return 0;
        return 1;
    }
    /* a bare domain */
    int labels = 1, lablen = 0, last_alpha = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == '.') {
            if (lablen < 2 && !(labels == 1 && lablen == 0))
                return 0;
            if (lablen == 0)
                return 0;
            labels++;
            lablen = 0;
            last_alpha = 1;
        } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-') {
            lablen++;
            if (!(ch >= 'a' && ch <= 'z'))
                last_alpha = 0;
        } else {
            return 0;
        }
    }
    return labels >= 2 && labels <= 4 && last_alpha && lablen >= 2 && lablen <= 6;
}

/* A view counter: a number and a view word ("2781 mal gelesen", "1.204
 * views") or a view label, a colon and a number ("Aufrufe: 873"),
 * nothing else (p lower-cased, l its length). Digits may be grouped by
 * '.', ',' or an apostrophe ("1'204"). */
static int is_view_count(const char *p, size_t l)
{
    size_t i = 0;
    while (i < l && ((p[i] >= '0' && p[i] <= '9') || (i && (p[i] == '.' || p[i] == ',' || p[i] == '\''))))
        i++;
    if (i && p[0] >= '0' && p[0] <= '9' && i + 1 < l && p[i] == ' ')
        return words_exact(&words_view_count_words, p + i + 1, l - i - 1);
    const char *colon = memchr(p, ':', l);
    if (!colon)
        return 0;
    size_t w = (size_t)(colon - p);
    if (!words_exact(&words_view_count_words, p, w))
        return 0;
    size_t k = w + 1;
    while (k < l && p[k] == ' ')
        k++;
    if (k == l)
        return 0;
    for (; k < l; k++)
        if (!((p[k] >= '0' && p[k] <= '9') || p[k] == '.' || p[k] == ',' || p[k] == '\''))
            return 0;
    return 1;
}

/* Another metadata part of a bar line: a label of
 * words_meta_part_labels, a colon and a short value ("hinzugefügt von:
 * mira", "rating: 0.0/0"), p lower-cased, l its length. The value is a
 * name or a score, at most META_VALUE_MAX bytes, no sentence. */
#define META_VALUE_MAX 40
static int is_meta_part(const char *p, size_t l)
{
    const char *colon = memchr(p, ':', l);
    if (!colon || !words_exact(&words_meta_part_labels, p, (size_t)(colon - p)))
        return 0;
    size_t v = l - (size_t)(colon + 1 - p);
    return v >= 2 && v <= META_VALUE_MAX && p[l - 1] != '.' && p[l - 1] != '!' && p[l - 1] != '?';
}

/* A post's metadata line set as parts split by " | ": "March 4, 2019
 * at 10:15 AM | categories: Rust, Git | View Comments", "By Jane
 * Doe | 4 March 2023 | 12 comments". Each part must be one of the kinds
 * of line the body already drops on its own (a date, byline or dateline;
 * a taxonomy line; a furniture label such as "View Comments" or "12
 * comments"), and one a date, byline or dateline: the bar only joins
 * them. A view counter ("5343 mal gelesen", "Aufrufe: 1120") anchors
 * such a line too: like a date it is a post's metadata and never a
 * sentence of the article. A part may also be a labelled name or score
 * ("Hinzugefügt von: Jane", "Rating: 0.0/0"). Two to META_BAR_PARTS parts of under META_PART_MAX bytes each;
 * article text in bars ("Python | Mercurial", a table row set as text)
 * has parts of no such kind. */
#define META_BAR_PARTS 5
#define META_PART_MAX 100
int body_is_meta_bar_line(const char *t, int today)
{
    int parts = 0, anchor = 0;
    const char *s = t;
    for (;;) {
        const char *bar = strstr(s, " | ");
        size_t l = bar ? (size_t)(bar - s) : strlen(s);
        while (l && s[0] == ' ')
            s++, l--;
        while (l && (s[l - 1] == ' ' || s[l - 1] == '\n'))
            l--;
        if (l == 0 || l >= META_PART_MAX || ++parts > META_BAR_PARTS)
            return 0;
        char p[META_PART_MAX + 1];
        memcpy(p, s, l);
        p[l] = '\0';
        if (body_is_byline_or_dateline(p, l, today) || is_view_count(p, l))
            anchor = 1;
        else if (!body_is_taxonomy_line(p) && body_furniture_heading_kind(p) == HEAD_NONE && !is_meta_part(p, l))
            return 0;
        if (!bar)
            break;
        s = bar + 3;
    }
    return parts >= 2 && anchor;
}


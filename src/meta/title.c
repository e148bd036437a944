/* title.c: headline choice (see title.h, docs/headlines.md).
 *
 * First the visible headline: an h1 / headline element that <title> or a
 * declared title repeats wins over every declared title (those are often
 * promo lines, or carry affixes and ASCII quotes). Without one, a
 * declared headline (JSON-LD headline, og:title, dc.title, twitter:title)
 * is the publisher's own statement of the story title and wins, minus a
 * site-name part. Without one, <title> is used, cut to the
 * part that a heading on the page repeats; failing that, Readability's
 * rule: drop the last separator-delimited part when what is left is still
 * three words or more (shorter remainders are usually the site name). */
#include "title.h"

#include <string.h>

#include "text.h"
#include "core/chars.h"
#include "core/url.h"
#include "core/utf8.h"
#include "words/words.h"

/* Readability's separators first (its fallback splits at these only).
 * The others only ever cut a title where a heading or the site name
 * confirms the cut: " : " is ordinary French punctuation, U+01C0 ("ǀ")
 * stands in for a pipe on some sites, " › " (U+203A) is a WordPress
 * theme's "Headline › Site" and " ‹ " (U+2039, `&lsaquo;`) another's
 * "Headline ‹ Site", and " ｜ " (U+FF5C) the fullwidth bar of
 * Chinese and Japanese sites, " < " a reversed trail ("Headline <
 * Section < Article - Site", a Korean news CMS's <title>: the page in the
 * section in the site). " : " stays last (SEPARATORS_BUT_COLON). */
#define TITLE_READABILITY_SEPS 7
static const char *const separators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " / ", " > ",
                                         " \xC2\xBB ", " :: ", " \xC2\xAB ", " \xC2\xB7 ",
                                         " \xE2\x80\xA2 ", " ~ ", " || ", " \xC7\x80 ", " \xE2\x80\xBA ",
                                         " \xE2\x80\xB9 ", " \xEF\xBD\x9C ", " < ", " : "};
/* the separators above but the last, " : ": French sets a space before
 * every colon, so " : " also stands inside a headline ("Budget : les
 * maires inquiets"); the headline-and-labels shapes split at the rest */
#define SEPARATORS_BUT_COLON (sizeof separators / sizeof *separators - 1)

/* A title split at its separators: 8 parts are more than any headline,
 * section and site name chain holds; past the cap the rest stays in the
 * last part. */
#define TITLE_MAX_PARTS 8

typedef struct part {
    const char *s;
    size_t n;
} part;

/* Splits s at the first nsep separators; returns the number of parts. */
static size_t split_parts_n(const char *s, part *out, size_t nsep)
{
    size_t np = 0;
    const char *start = s, *p = s;
    while (*p && np < TITLE_MAX_PARTS - 1) {
        size_t sl = 0;
        /* every separator starts with a space */
        for (size_t k = 0; k < nsep && *p == ' '; k++) {
            size_t l = strlen(separators[k]);
            if (strncmp(p, separators[k], l) == 0) {
                sl = l;
                break;
            }
        }
        if (sl) {
            out[np].s = start, out[np].n = (size_t)(p - start), np++;
            p += sl;
            start = p;
        } else {
            p++;
        }
    }
    out[np].s = start, out[np].n = strlen(start), np++;
    return np;
}

static size_t split_parts(const char *s, part *out)
{
    return split_parts_n(s, out, sizeof separators / sizeof *separators);
}

static size_t meta_word_count_n(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* Case- and blank-insensitive equality of a[0..an) and b (ASCII folding;
 * other bytes compared as they are). Edge blanks and trailing '.'/':' are
 * ignored: headings often lack the title's final full stop. */
static int loose_eq(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    while (an && (a[an - 1] == ' ' || a[an - 1] == '.' || a[an - 1] == ':'))
        an--;
    while (bn && (b[bn - 1] == ' ' || b[bn - 1] == '.' || b[bn - 1] == ':'))
        bn--;
    while (an && *a == ' ')
        a++, an--;
    while (bn && *b == ' ')
        b++, bn--;
    return an != 0 && chars_eq_ci(a, an, b, bn);
}

/* A site name matches a title part when equal, or when one contains the
 * other and the part is short (e.g. "NYTimes.com" vs "The New York Times"
 * does not match, "CNN.com" vs "CNN" does). */
static int is_site_part(const char *p, size_t n, const char *site)
{
    if (!site || !*site || n == 0)
        return 0;
    if (loose_eq(p, n, site))
        return 1;
    size_t sl = strlen(site);
    if (n <= sl + 4 && meta_istr(p, n, site))
        return 1;
    if (sl <= n + 4 && n >= 3) {
        char tmp[256];
        if (n < sizeof tmp) {
            memcpy(tmp, p, n);
            tmp[n] = 0;
            if (meta_istr(site, sl, tmp))
                return 1;
        }
    }
    return 0;
}

static const char *dup_part(arena *a, const part *p)
{
    return meta_collapse(a, p->s, p->n);
}

/* Length of a separator mark ending at t[0..e) ('|', '_', '-', '｜',
 * '／', '–', '—', '·', '»'), 0 when none. */
static size_t mark_before(const char *t, size_t e)
{
    static const char *const marks[] = {"|", "_", "-", "\xEF\xBD\x9C", "\xEF\xBC\x8F", "\xE2\x80\x93", "\xE2\x80\x94",
                                        "\xC2\xB7", "\xC2\xBB"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t l = strlen(marks[k]);
        if (e >= l && memcmp(t + e - l, marks[k], l) == 0)
            return l;
    }
    return 0;
}

/* A <title> with the known site name glued to the headline by a mark
 * and no blanks, as Chinese and Japanese sites write it ("标题｜网站",
 * "标题_网站", "Headline-Site"): the rest, when it has three words or
 * more or 12 bytes or more (four CJK characters: those scripts put no
 * blanks between words). Only the declared or host-named site, at the
 * very end: a mark inside a headline ("COVID-19") is no separator. */
static const char *glued_site_stripped(arena *a, const char *title, const char *site)
{
    if (!site || !*site)
        return title;
    size_t tl = strlen(title), sl = strlen(site);
    if (tl <= sl + 1)
        return title;
    size_t rest = 0;
    if (chars_eq_ci(title + tl - sl, sl, site, sl)) {
        size_t e = tl - sl;
        while (e && title[e - 1] == ' ')
            e--;
        size_t m = mark_before(title, e);
        if (!m)
            return title;
        e -= m;
        while (e && title[e - 1] == ' ')
            e--;
        rest = e;
        if (rest && (meta_word_count_n(title, rest) >= 3 || rest >= 12))
            return meta_collapse(a, title, rest);
    }
    return title;
}

const char *title_strip_site(arena *a, const char *title, const char *sitename, const char *const *headings,
                             size_t nheadings)
{
    if (!title)
        return NULL;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(title, parts);
    if (np < 2)
        return glued_site_stripped(a, title, sitename);
    /* A part repeated by a heading on the page is the headline. */
    for (size_t h = 0; h < nheadings; h++) {
        if (!headings[h])
            continue;
        for (size_t i = 0; i < np; i++)
            if (loose_eq(parts[i].s, parts[i].n, headings[h]))
                return dup_part(a, &parts[i]);
    }
    /* The site name as first or last part. */
    if (is_site_part(parts[np - 1].s, parts[np - 1].n, sitename))
        return meta_collapse(a, title, (size_t)(parts[np - 2].s - title) + parts[np - 2].n);
    if (is_site_part(parts[0].s, parts[0].n, sitename))
        return meta_collapse(a, parts[1].s, strlen(parts[1].s));
    /* A site name that holds a separator itself ("Salsa-Figuren - Rueda
     * in Berlin", "Site | Tagline": a logo h1 or og:site_name with the
     * site's motto) spans the last (or first) two parts or more; it must
     * read exactly that run, and a part must be left. */
    for (size_t k = 2; sitename && *sitename && k < np; k++) {
        const char *tail = parts[np - k].s;
        if (loose_eq(tail, strlen(tail), sitename))
            return meta_collapse(a, title, (size_t)(parts[np - k - 1].s - title) + parts[np - k - 1].n);
        const char *head_end = parts[k - 1].s + parts[k - 1].n;
        if (loose_eq(title, (size_t)(head_end - title), sitename))
            return meta_collapse(a, parts[k].s, strlen(parts[k].s));
    }
    return title;
}

/* Readability's fallback for a bare <title>. */
static const char *readability_title(arena *a, const char *orig, const char *const *headings, size_t nheadings)
{
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts_n(orig, parts, TITLE_READABILITY_SEPS);
    if (np >= 2) {
        int hierarchical = strstr(orig, " / ") || strstr(orig, " > ") || strstr(orig, " \xC2\xBB ");
        size_t cut = (size_t)(parts[np - 2].s - orig) + parts[np - 2].n;
        char *cur = meta_collapse(a, orig, cut);
        if (!cur)
            return NULL;
        if (meta_word_count(cur) < 3) {
            /* too short: drop the first part instead */
            cur = meta_collapse(a, parts[1].s, strlen(parts[1].s));
            if (!cur)
                return NULL;
        }
        size_t wc = meta_word_count(cur);
        /* Readability keeps the original when the result is 4 words or
         * fewer, unless only the separators were removed. */
        /* words of the original without its separators, minus one */
        size_t orig_wc = meta_word_count(orig) - (np - 1);
        if (wc <= 4 && (!hierarchical || wc + 1 != orig_wc))
            return orig;
        return cur;
    }
    const char *colon = strstr(orig, ": ");
    if (colon) {
        for (size_t h = 0; h < nheadings; h++)
            if (headings[h] && strcmp(headings[h], orig) == 0)
                return orig;
        const char *last = strrchr(orig, ':');
        const char *cur = last + 1;
        while (*cur == ' ')
            cur++;
        if (meta_word_count(cur) < 3) {
            cur = colon + 1;
            while (*cur == ' ')
                cur++;
        } else {
            char *before = meta_collapse(a, orig, (size_t)(colon - orig));
            if (before && meta_word_count(before) > 5)
                return orig;
        }
        if (meta_word_count(cur) <= 4)
            return orig;
        return cur;
    }
    return orig;
}

/* Readability's token similarity: share of b's word tokens (lower-cased,
 * split at non-word ASCII bytes) that also occur in a, in [0, 1]. */
static double token_similarity(const char *a, const char *b)
{
    size_t bl = strlen(b), al = strlen(a), tot = 0, uniq = 0;
    /* Only the first 1000 bytes of each: titles are short, and this keeps
     * a megabyte-long JSON-LD "name" from making the search quadratic. */
    if (al > 1000)
        al = 1000;
    const char *p = b, *pend = b + (bl > 1000 ? 1000 : bl);
    while (p < pend && *p) {
        while (*p && (unsigned char)*p < 0x80 && !((*p | 32) >= 'a' && (*p | 32) <= 'z') && !(*p >= '0' && *p <= '9'))
            p++;
        const char *s0 = p;
        while (*p && ((unsigned char)*p >= 0x80 || ((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9')))
            p++;
        size_t n = (size_t)(p - s0);
        if (!n)
            continue;
        tot += n + 1;
        char tok[128];
        if (n >= sizeof tok)
            continue;
        memcpy(tok, s0, n);
        tok[n] = 0;
        if (!meta_istr(a, al, tok))
            uniq += n + 1;
    }
    return tot ? 1.0 - (double)uniq / (double)tot : 0.0;
}

const char *title_jsonld(const char *name, const char *headline, const char *title_tag, const char *sitename,
                         const char *publisher)
{
    if (name && headline && strcmp(name, headline) != 0) {
        /* "name" holding the site's or the publisher's name is not the story's title. */
        if ((sitename && loose_eq(name, strlen(name), sitename)) ||
            (publisher && loose_eq(name, strlen(name), publisher)))
            return headline;
        /* Some sites put their own name in "name", others a summary in
         * "headline": take the one that resembles <title> (0.75 as in
         * Readability), else "name". */
        if (title_tag) {
            int nm = token_similarity(title_tag, name) > 0.75, hm = token_similarity(title_tag, headline) > 0.75;
            if (hm && !nm)
                return headline;
        }
        return name;
    }
    return name ? name : headline;
}

/* 1 when part i of the title may be taken as the headline because a
 * heading repeats it: it is the first part, or the parts before it are
 * shorter (a "Site | Headline" title). A heading equal to a trailing part
 * that is no longer than the first one is usually the site's logo h1. */
static int part_may_be_headline(const part *parts, size_t i)
{
    if (i == 0)
        return 1;
    return meta_word_count_n(parts[0].s, parts[0].n) < meta_word_count_n(parts[i].s, parts[i].n);
}

static const char *title_choose_declared(arena *a, const title_input *in, int *src);

/* ---- the visible headline ------------------------------------------ */

/* A heading with a shorter comparison key (letters and digits only) is a
 * label ("News", "Blog", a section name), not a headline to prefer over
 * a declared one. 12 bytes: three or four CJK characters, a short
 * Latin-script headline of two or three words. */
#define VISIBLE_MIN_KEY 12
/* "Kicker: Headline" / "Site.com: Headline": the part before the colon
 * has at most this many words (a longer one is the headline's own first
 * clause: "Zum Bonner Anschlag: Strategiewechsel statt ..."). */
#define KICKER_MAX_WORDS 6

/* One place where a title source may repeat the visible headline: the
 * text (collapsed) and its comparison key. */
typedef struct repeat_cand {
    const char *text, *key;
} repeat_cand;

/* The places a title may repeat the headline in (the parts of <title>
 * and of the declared titles) are few; 64 bounds the work on a page that
 * declares many. */
#define MAX_REPEAT_CANDS 64

typedef struct repeat_set {
    repeat_cand v[MAX_REPEAT_CANDS];
    size_t n;
    size_t ntitle; /* v[0..ntitle) come from <title>, the rest from declared titles */
} repeat_set;

/* Adds s[0..n) as a candidate; keys shorter than VISIBLE_MIN_KEY could
 * never match a heading and are skipped. */
static void add_cand(arena *a, repeat_set *rs, const char *s, size_t n)
{
    if (rs->n >= MAX_REPEAT_CANDS)
        return;
    char *c = meta_collapse(a, s, n);
    const char *k = c ? meta_fold_key(a, c) : NULL;
    if (k && strlen(k) >= VISIBLE_MIN_KEY) {
        rs->v[rs->n].text = c;
        rs->v[rs->n].key = k;
        rs->n++;
    }
}

/* 1 when s[i] is the colon of a glued "Label: " (a word, ':', a blank),
 * not of the " :: " or " : " separators; s[i + 1] must be readable. */
static int glued_colon(const char *s, size_t i)
{
    return i > 0 && s[i] == ':' && s[i + 1] == ' ' && s[i - 1] != ' ' && s[i - 1] != ':';
}

/* "Label: Headline" with a short label: a kicker or a site name run into
 * the headline ("Chronik: Erna Lindqvist ist tot", "Verband: Mira Solberg
 * gestaltet ..."); the text after each such label is a candidate. */
static void add_kicker_tails(arena *a, repeat_set *rs, const char *s, size_t n)
{
    for (size_t i = 1; i + 2 < n; i++) {
        if (!glued_colon(s, i))
            continue;
        if (meta_word_count_n(s, i) > KICKER_MAX_WORDS)
            return;
        add_cand(a, rs, s + i + 2, n - i - 2);
    }
}

/* Bytes that open a trailing site or issue part behind a space where the
 * title uses no separator of the list: "Headline [LWN.net]", "Headline
 * (2021/5)", "Headline @ Blog Name", "Headline _Section _Site" (Chinese
 * portals). Only a heading that reads exactly the text before one is
 * confirmed by it. Chinese portals also glue the '_' to the headline
 * with no blank ("标题_频道_网站", "Headline_tag_tag_tag"): the text
 * before any '_' is tried as well (TRAILER_GLUED); a '_' inside a
 * headline's own words ("file_name") leaves a text before it that no
 * heading reads exactly. */
#define TRAILER_OPENERS "[(@_"
#define TRAILER_GLUED '_'
#define TRAILER_GLUED_BAR "\xEF\xBD\x9C"   /* U+FF5C FULLWIDTH VERTICAL LINE */
#define TRAILER_GLUED_SLASH "\xEF\xBC\x8F" /* U+FF0F FULLWIDTH SOLIDUS */

static int part_is_site(const part *p, const char *site, const char *logo);

/* 1 when the last of three or more parts follows a breadcrumb arrow
 * (" » ", " › ") while the parts before it are split by another
 * separator: "Site - Section » Page" reads from the site into the page,
 * so the last part is the page's own name, not the site (a CMS that
 * joins its site and section with " - " and the item with " » "). One
 * separator throughout ("Headline » Section » Site") says nothing about
 * the order and keeps the older reading. */
static int breadcrumb_last(const part *parts, size_t np)
{
    if (np < 3)
        return 0;
    const char *s1 = parts[np - 2].s + parts[np - 2].n; /* separator before the last part */
    const char *s0 = parts[np - 3].s + parts[np - 3].n; /* the one before that */
    size_t l1 = (size_t)(parts[np - 1].s - s1), l0 = (size_t)(parts[np - 2].s - s0);
    static const char *const arrows[] = {" \xC2\xBB ", " \xE2\x80\xBA "};
    for (size_t k = 0; k < sizeof arrows / sizeof *arrows; k++)
        if (l1 == strlen(arrows[k]) && memcmp(s1, arrows[k], l1) == 0)
            return !(l0 == l1 && memcmp(s0, s1, l1) == 0);
    return 0;
}

/* The text before a trailer of t that the separator list does not know
 * (TRAILER_OPENERS after a blank, a glued '_', a glued fullwidth bar, a
 * glued '-' between characters beyond ASCII): each confirms only a
 * heading that reads it exactly. */
static void add_trailers(arena *a, repeat_set *rs, const char *t)
{
    for (const char *p = strchr(t, ' '); p && p[1]; p = strchr(p + 1, ' '))
        if (p > t && strchr(TRAILER_OPENERS, p[1]))
            add_cand(a, rs, t, (size_t)(p - t));
    for (const char *p = strchr(t, TRAILER_GLUED); p && p[1]; p = strchr(p + 1, TRAILER_GLUED))
        if (p > t && p[-1] != ' ')
            add_cand(a, rs, t, (size_t)(p - t));
    /* Japanese sites glue the site to the headline with the fullwidth
     * bar and no blanks ("見出し｜新聞名"): the text before it, as before a
     * glued '_' (with blanks around it the bar is a separator). */
    for (const char *p = strstr(t, TRAILER_GLUED_BAR); p && p[3]; p = strstr(p + 3, TRAILER_GLUED_BAR))
        if (p > t && p[-1] != ' ')
            add_cand(a, rs, t, (size_t)(p - t));
    /* and with the fullwidth slash ("見出し／新聞名") */
    for (const char *p = strstr(t, TRAILER_GLUED_SLASH); p && p[3]; p = strstr(p + 3, TRAILER_GLUED_SLASH))
        if (p > t && p[-1] != ' ')
            add_cand(a, rs, t, (size_t)(p - t));
    /* A plain '|' with no blank on either side joins site and headline
     * in either order ("SITE NAME|見出し", "Headline|Site"): the text on
     * each side of it. A '|' inside a headline's own words is rare, and
     * only a heading that reads one side exactly is confirmed by it. */
    for (const char *p = strchr(t, '|'); p && p[1]; p = strchr(p + 1, '|'))
        if (p > t && p[-1] != ' ' && p[-1] != '|' && p[1] != ' ' && p[1] != '|') {
            add_cand(a, rs, t, (size_t)(p - t));
            add_cand(a, rs, p + 1, strlen(p + 1));
        }
    /* Chinese portals glue the site with a plain '-' too ("标题！-网站"):
     * the text before a '-' with a character beyond ASCII on both sides
     * and no blank after it (the site is one glued word). Between ASCII
     * letters a '-' joins a compound ("VW-Chef") and is not tried; here
     * too only a heading that reads exactly the text before it is
     * confirmed. */
    for (const char *p = strchr(t, '-'); p && p[1]; p = strchr(p + 1, '-'))
        if (p > t && (unsigned char)p[-1] >= 0x80 && (unsigned char)p[1] >= 0x80 && !strchr(p + 1, ' '))
            add_cand(a, rs, t, (size_t)(p - t));
}

/* The places where the string t (<title> or a declared title) may repeat
 * the visible headline: whole, each separator-delimited part that may be
 * the headline (not a trailing part no longer than the first: a logo h1;
 * not the last of three or more parts: "Headline – Tagline | Site Name",
 * unless the first part names the site: "site.ch - Section - Headline"),
 * the rest of such a part after a short "Label: ", and the text before
 * a TRAILER_OPENERS byte. */
static void add_repeats(arena *a, repeat_set *rs, const char *t, const char *site, const char *logo)
{
    if (!t || !*t)
        return;
    add_cand(a, rs, t, strlen(t));
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(t, parts);
    int site_first = np > 2 && (part_is_site(&parts[0], site, logo) || breadcrumb_last(parts, np));
    for (size_t i = 0; i < np; i++) {
        if (!part_may_be_headline(parts, i) || (i > 0 && i == np - 1 && np > 2 && !site_first))
            continue;
        if (np > 1)
            add_cand(a, rs, parts[i].s, parts[i].n);
        add_kicker_tails(a, rs, parts[i].s, parts[i].n);
    }
    /* A headline that itself holds a separator: the first parts together,
     * short of the last ("Die Dampfloks der Nebenbahnen - Teil 12
     * - Bahnarchiv - Lokomotiven und Strecken weltweit"). */
    for (size_t k = 1; k + 1 < np; k++)
        add_cand(a, rs, t, (size_t)(parts[k].s - t) + parts[k].n);
    add_trailers(a, rs, t);
    /* A headline that holds a separator, behind a section label and
     * before the site: middle parts together ("News - Site Update -
     * Probekapitel Band 3 / Kapitel 45 - Moonfield Saga" with an h2 "Site
     * Update - Probekapitel Band 3 / Kapitel 45"). As for one middle part,
     * the run must have more words than the first part (a label), and it
     * stops short of the last part (the site). Added last: the cap on
     * candidates keeps the places above first. */
    for (size_t j = 1; j + 2 < np; j++)
        for (size_t k = j + 1; k + 1 < np; k++) {
            size_t n = (size_t)(parts[k].s - parts[j].s) + parts[k].n;
            if (meta_word_count_n(parts[0].s, parts[0].n) < meta_word_count_n(parts[j].s, n))
                add_cand(a, rs, parts[j].s, n);
        }
}

/* The places of t that name the page's own headline and nothing else:
 * the whole, the first of several parts, and the text before a trailer.
 * Not later parts, nor the rest after a label: for an element whose class
 * alone names it a title (the last tier), a later part of <title> may be
 * the site or the issue that such an element shows ("Headline - DER
 * SPIEGEL 52/2018" with an "issue-title" box). */
static void add_head_repeats(arena *a, repeat_set *rs, const char *t)
{
    if (!t || !*t)
        return;
    add_cand(a, rs, t, strlen(t));
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(t, parts);
    if (np > 1 && part_may_be_headline(parts, 0))
        add_cand(a, rs, parts[0].s, parts[0].n);
    add_trailers(a, rs, t);
}

/* The bytes at p before its NUL, at most 4: all that a UTF-8 sequence
 * reader needs as its bound (a strlen there walked the rest of the
 * string at every character). */
static size_t seq_avail(const unsigned char *p)
{
    size_t n = 0;
    while (n < 4 && p[n])
        n++;
    return n;
}

/* Length of a typographic variant at p mapped to its ASCII form in *out
 * (0: not one). Quotes, primes, dashes and the ellipsis are what og:title
 * and <title> write in ASCII while the heading has the typographic form. */
static size_t typo_char(const unsigned char *p, size_t avail, const char **out)
{
    size_t k = meta_u8len(p, avail);
    if (k == 2 && p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB)) {
        *out = "\"";
        return 2;
    }
    if (k == 2 && p[0] == 0xC2 && p[1] == 0xB4) {
        *out = "'";
        return 2;
    }
    /* Arabic comma, semicolon and question mark ("،", "؛", "؟"), which
     * <title> and og:title may write in ASCII */
    if (k == 2 && p[0] == 0xD8 && (p[1] == 0x8C || p[1] == 0x9B || p[1] == 0x9F)) {
        *out = p[1] == 0x8C ? "," : p[1] == 0x9B ? ";" : "?";
        return 2;
    }
    /* the Greek question mark U+037E and ano teleia U+0387 (whose
     * canonical forms are ";" and the middle dot "·") and the Urdu full
     * stop U+06D4 ("."), which the key drops as it drops the rest: the
     * heading confirmed through them keeps its own form */
    if (k == 2 && ((p[0] == 0xCD && p[1] == 0xBE) || (p[0] == 0xCE && p[1] == 0x87) || (p[0] == 0xDB && p[1] == 0x94))) {
        *out = p[0] == 0xCD ? ";" : p[0] == 0xCE ? "\xC2\xB7" : ".";
        return 2;
    }
    /* the Devanagari danda and double danda U+0964, U+0965, which a
     * title source may write as "." */
    if (k == 3 && p[0] == 0xE0 && p[1] == 0xA5 && (p[2] == 0xA4 || p[2] == 0xA5)) {
        *out = ".";
        return 3;
    }
    /* fullwidth punctuation (U+FF01..U+FF5E, not digits or letters):
     * "？", "：", "！" of a Japanese or Chinese heading, "?" ":" "!" in
     * a title source */
    if (k == 3 && p[0] == 0xEF && (p[1] == 0xBC || p[1] == 0xBD)) {
        /* the ASCII form of U+FF01 + i at pairs + 2 * i */
        static const char pairs[] = /* one literal a character: "\0" before a digit is no octal escape */
            "!\0" "\"\0" "#\0" "$\0" "%\0" "&\0" "'\0" "(\0" ")\0" "*\0" "+\0" ",\0" "-\0" ".\0" "/\0" "0\0"
            "1\0" "2\0" "3\0" "4\0" "5\0" "6\0" "7\0" "8\0" "9\0" ":\0" ";\0" "<\0" "=\0" ">\0" "?\0" "@\0"
            "A\0" "B\0" "C\0" "D\0" "E\0" "F\0" "G\0" "H\0" "I\0" "J\0" "K\0" "L\0" "M\0" "N\0" "O\0" "P\0"
            "Q\0" "R\0" "S\0" "T\0" "U\0" "V\0" "W\0" "X\0" "Y\0" "Z\0" "[\0" "\\\0" "]\0" "^\0" "_\0" "`\0"
            "a\0" "b\0" "c\0" "d\0" "e\0" "f\0" "g\0" "h\0" "i\0" "j\0" "k\0" "l\0" "m\0" "n\0" "o\0" "p\0"
            "q\0" "r\0" "s\0" "t\0" "u\0" "v\0" "w\0" "x\0" "y\0" "z\0" "{\0" "|\0" "}\0" "~\0";
        unsigned cp = ((p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu)) | 0xF000u;
        if (cp < 0xFF01 || cp > 0xFF5E)
            return 0;
        char c = pairs[2 * (cp - 0xFF01)];
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            return 0;
        *out = pairs + 2 * (cp - 0xFF01);
        return 3;
    }
    if (k != 3 || p[0] != 0xE2)
        return 0;
    unsigned cp = ((p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu)) | 0x2000u;
    if (p[1] < 0x80 || p[1] > 0x81)
        return cp == 0x2212 ? (*out = "-", 3) : 0;
    if (cp >= 0x2010 && cp <= 0x2015)
        *out = "-";
    else if ((cp >= 0x2018 && cp <= 0x201B) || cp == 0x2032 || cp == 0x2039 || cp == 0x203A)
        *out = "'";
    else if ((cp >= 0x201C && cp <= 0x201F) || cp == 0x2033)
        *out = "\"";
    else if (cp == 0x2026)
        *out = "...";
    else
        return 0;
    return 3;
}

/* typo_equal's step over one side: past spaces and no-break spaces, and
 * past a typographic variant, whose ASCII form becomes *pe (pending),
 * until a plain character or the end; nothing while *pe is pending. */
static void typo_skip(const unsigned char **pp, const char **pe)
{
    const unsigned char *p = *pp;
    while (!**pe && *p) {
        size_t w = 0;
        const char *o;
        if (*p == ' ')
            w = 1;
        else if (p[0] == 0xC2 && p[1] == 0xA0)
            w = 2;
        else if ((w = typo_char(p, seq_avail(p), &o)) != 0)
            *pe = o;
        if (!w)
            break;
        p += w;
    }
    *pp = p;
}

/* 1 when a and b differ only in typography (quotes of any kind, which
 * may also be missing on one side, dashes, ellipsis), white space and
 * ASCII case: then the heading's text is the same headline in the
 * reader's form. A heading whose kicker and headline are separate
 * elements lacks the ':' or ' - ' between them that <title> has; that is
 * not typography, and the title source's form is kept. */
static int typo_equal(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    const char *pe = "", *qe = ""; /* pending ASCII forms of a variant */
    for (;;) {
        typo_skip(&p, &pe);
        typo_skip(&q, &qe);
        int x = *pe ? (unsigned char)*pe : *p, y = *qe ? (unsigned char)*qe : *q;
        if (x == '"' || x == '\'') {
            if (*pe)
                pe++;
            else
                p++;
            continue;
        }
        if (y == '"' || y == '\'') {
            if (*qe)
                qe++;
            else
                q++;
            continue;
        }
        /* Turkish capital İ and small ı against ASCII i and I: the
         * capitals of "İZMİR'DE ... MEYDANI" are "İzmir'de ... Meydanı"
         * (as in meta_fold_key) */
        size_t ap = 1, aq = 1;
        if (!*pe && p[0] == 0xC4 && (p[1] == 0xB0 || p[1] == 0xB1))
            x = 'i', ap = 2;
        if (!*qe && q[0] == 0xC4 && (q[1] == 0xB0 || q[1] == 0xB1))
            y = 'i', aq = 2;
        if (!*pe && !*qe && x >= 0xC0 && y >= 0xC0) {
            /* two letters beyond ASCII: equal in either case ("Ä" and
             * "ä", meta_lower_cp), as ASCII letters are below */
            size_t kp = meta_u8len(p, seq_avail(p)), kq = meta_u8len(q, seq_avail(q));
            if (kp != 2 || kq != 2 || meta_lower_cp(utf8_decode(p, 2)) != meta_lower_cp(utf8_decode(q, 2))) {
                if (kp != kq || memcmp(p, q, kp) != 0)
                    return 0;
            }
            p += kp;
            q += kq;
            continue;
        }
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return 0;
        if (!x)
            return 1;
        if (*pe)
            pe++;
        else
            p += ap;
        if (*qe)
            qe++;
        else
            q += aq;
    }
}

/* 1 when a and b are the same bytes apart from spaces: a heading whose
 * kicker and headline are separate elements joined by a hidden ':'
 * reads "Kicker : Headline", the title source "Kicker: Headline"; the
 * source's spacing is the one a reader sees. */
static int space_equal(const char *a, const char *b)
{
    for (;;) {
        while (*a == ' ')
            a++;
        while (*b == ' ')
            b++;
        if (*a != *b)
            return 0;
        if (!*a)
            return 1;
        a++, b++;
    }
}

/* 1 when heading h and title source m differ only in blanks that h
 * sets where French typography wants them and m leaves out: before '?',
 * '!', ';' and a closing guillemet, after an opening one (the no-break
 * space of "Faut-il fermer la route ?", which meta_collapse makes a
 * blank). Those are the heading's own text, not the gap between a kicker
 * element and the headline, whose separator is ':' or ' - '. */
static int french_spacing(const char *h, const char *m)
{
    size_t i = 0, j = 0;
    for (;;) {
        if (h[i] == ' ' && m[j] != ' ') {
            const unsigned char *n = (const unsigned char *)h + i + 1;
            int before = *n == '?' || *n == '!' || *n == ';' || (n[0] == 0xC2 && n[1] == 0xBB);
            int after = i >= 2 && (unsigned char)h[i - 2] == 0xC2 && (unsigned char)h[i - 1] == 0xAB;
            if (!before && !after)
                return 0;
            i++;
            continue;
        }
        if (h[i] != m[j])
            return 0;
        if (!h[i])
            return 1;
        i++, j++;
    }
}

/* 1 when a declared title (not <title>) repeats the key k. */
static int repeated_by_declared(const repeat_set *rs, const char *k)
{
    if (!k)
        return 0;
    for (size_t i = rs->ntitle; i < rs->n; i++)
        if (strcmp(rs->v[i].key, k) == 0)
            return 1;
    return 0;
}

/* A base letter of Thai, Lao, Myanmar or Khmer: not a combining vowel
 * or tone mark, a digit, a currency sign or punctuation of the block
 * (Thai U+0E31, U+0E34..0E3A, U+0E47..0E4E are marks, U+0E3F the baht
 * sign, U+0E4F.. digits and marks of punctuation). */
static int sea_letter(uint32_t cp)
{
    return (cp >= 0x0E01 && cp <= 0x0E30) || cp == 0x0E32 || cp == 0x0E33 || (cp >= 0x0E40 && cp <= 0x0E46) ||
           (cp >= 0x0E81 && cp <= 0x0EB0) || cp == 0x0EB2 || cp == 0x0EB3 || cp == 0x0EBD ||
           (cp >= 0x0EC0 && cp <= 0x0EC4) || cp == 0x0EC6 || (cp >= 0x0EDC && cp <= 0x0EDF) ||
           (cp >= 0x1000 && cp <= 0x102A) || cp == 0x103F || (cp >= 0x1050 && cp <= 0x1055) ||
           (cp >= 0x105A && cp <= 0x105D) || cp == 0x1061 || cp == 0x1065 || cp == 0x1066 ||
           (cp >= 0x106E && cp <= 0x1070) || (cp >= 0x1075 && cp <= 0x1081) || cp == 0x108E ||
           (cp >= 0x1780 && cp <= 0x17B3);
}

/* Whether s is short enough in scripts written without blanks between
 * words to be a section name: there a whole headline is one "word" to
 * meta_word_count ("新しい図書館が駅の前にできる"), or two or three. In
 * CJK ideographs, hiragana and katakana a section name is a few
 * characters ("国际新闻", "ニュース", "お知らせ"), a headline a sentence,
 * rarely under ten: at most 8 of them. Thai, Lao, Myanmar and Khmer
 * write a word in several letters and set a blank between phrases only:
 * at most 20 base letters (sea_letter: combining marks, digits and signs
 * not counted; "ข่าวเศรษฐกิจ", "economic news", is 10). Mixed, each
 * counts its share of its own bar. */
#define UNSPACED_LABEL_MAX_CHARS 8
#define SEA_LABEL_MAX_LETTERS 20
static int unspaced_short(const char *s)
{
    size_t cjk = 0, sea = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t k = meta_u8len(p, seq_avail(p));
        uint32_t cp = utf8_decode(p, k);
        if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
            (cp >= 0xF900 && cp <= 0xFAFF))
            cjk++;
        else if (sea_letter(cp))
            sea++;
        p += k;
    }
    return cjk * SEA_LABEL_MAX_LETTERS + sea * UNSPACED_LABEL_MAX_CHARS <=
           UNSPACED_LABEL_MAX_CHARS * SEA_LABEL_MAX_LETTERS;
}

/* The longest of the headings v[0..n) that a candidate of rs repeats,
 * in the reader's form (see visible_headline), or NULL. site_key: the
 * declared site name's key (its logo h1 is no headline); first_declared:
 * the key of the first declared title. */
static const char *confirmed_heading(arena *a, const repeat_set *rs, const char *const *v, size_t n,
                                     const char *const *tails, const unsigned char *plain, const char *site_key,
                                     const char *first_declared)
{
    const char *best = NULL;
    size_t best_len = 0;
    /* Each heading whole, then the rest after its kicker element
     * (tails[h], see title_input.visible_tail); a repeated whole wins, its
     * key being the longer (hl <= best_len below). */
    for (size_t hh = 0; hh < 2 * n; hh++) {
        size_t h = hh / 2;
        const char *vh = hh % 2 ? (tails ? tails[h] : NULL) : v[h];
        if (!vh || !*vh)
            continue;
        const char *hk = meta_fold_key(a, vh);
        size_t hl = hk ? strlen(hk) : 0;
        /* a label, or the site's logo h1 */
        if (hl < VISIBLE_MIN_KEY || hl <= best_len || (site_key && strcmp(hk, site_key) == 0))
            continue;
        const char *m = NULL;
        size_t mi = 0;
        for (size_t i = 0; i < rs->n && !m; i++)
            if (strcmp(rs->v[i].key, hk) == 0)
                m = rs->v[(mi = i)].text;
        /* A heading with a kicker element that only <title> repeats
         * whole ("Kicker - Headline | Section | Site": the CMS strings
         * its fields together for search results, as it adds the section)
         * while a declared title (og:title, JSON-LD: the headline field)
         * repeats the rest alone: the kicker is a label beside the
         * headline, and the rest is tried next. A declared title that
         * joins kicker and headline keeps the whole ("Live: Headline"). */
        if (m && hh % 2 == 0 && mi < rs->ntitle && tails && tails[h] && *tails[h] &&
            !repeated_by_declared(rs, hk) && repeated_by_declared(rs, meta_fold_key(a, tails[h])))
            m = NULL;
        /* Against a declared title that does not even contain it, a
         * heading of one or two words is a section name that <title>
         * repeats ("Pressemitteilungen - Site"), not a rewording. */
        if (m && meta_word_count(vh) < 3 && unspaced_short(vh) && first_declared &&
            !strstr(first_declared, hk))
            m = NULL;
        if (m) {
            /* a dangling separator: "Headline |" */
            size_t ml = strlen(m);
            while (ml > 2 && m[ml - 2] == ' ' && strchr("|-:", m[ml - 1]))
                ml -= 2;
            if (ml != strlen(m))
                m = meta_collapse(a, m, ml);
            if (!m)
                continue;
            /* Another source that repeats the heading may read it as the
             * page prints it where the first one does not: <title>
             * "Rust 2 - a first web server ... | Site" (the CMS's
             * title field, ':' written as " - ") over the h1 and JSON-LD
             * headline "Rust 2: a first web server ...". The page's
             * own form, confirmed by that source, is the headline. */
            const char *pm = typo_equal(vh, m) ? m : NULL;
            for (size_t i = mi + 1; i < rs->n && !pm; i++)
                if (strcmp(rs->v[i].key, hk) == 0 && typo_equal(vh, rs->v[i].text))
                    pm = rs->v[i].text;
            if (pm)
                m = pm;
            /* Differing only in blanks, the source's spacing is kept
             * ("Kicker : Headline" from two elements and a hidden ':',
             * "Kicker: Headline" in <title>), except where the heading
             * is one run of text (plain: its blanks are its own, as a
             * French h1's no-break space before ':' is) or the blanks
             * are French spacing before '?', '!', ';' (french_spacing):
             * "Faut-il fermer la route ?" over og:title "... route?". */
            int own = (hh % 2 == 0 && plain && plain[h]) || french_spacing(vh, m);
            best = typo_equal(vh, m) && (!space_equal(vh, m) || own) ? vh : m;
            best_len = hl;
        }
    }
    return best;
}

static int tells_same_story(const char *v, const char *t);

/* 1 when the declared title d is one of the page's sub-headings, not its
 * headline: d reads an h2 outside furniture exactly, <title> does not
 * hold that h2, and the page has a story h1 (three words or more) that
 * tells <title>'s story (tells_same_story) and that d does not hold. An
 * SEO plugin fills og:title from a section heading of the body ("Was ist
 * die Brückenbau-Stiftung?" under the h1 "3 Fragen an Lena Korbach, ..."
 * whose <title> is "Brückenbau-Stiftung: 3 Fragen an Lena Korbach"), and
 * the h2 tier then confirmed that sub-heading. Where the h1 is a section
 * label or the site's name, <title> holds the h2 (the headline) or does
 * not tell the h1's story, and the h2 stands. */
static int declared_is_subhead(arena *a, const title_input *in, const char *d)
{
    if (!d || !*d || !in->title_tag || !*in->title_tag)
        return 0;
    const char *tk = meta_fold_key(a, in->title_tag), *dk = meta_fold_key(a, d);
    if (!tk || !dk || !*dk)
        return 0;
    int is_h2 = 0;
    for (size_t j = 0; j < in->nvisible_h2 && !is_h2; j++) {
        const char *h = in->visible_h2[j];
        const char *hk = h ? meta_fold_key(a, h) : NULL;
        is_h2 = hk && strcmp(hk, dk) == 0 && !strstr(tk, hk);
    }
    if (!is_h2)
        return 0;
    for (size_t i = 0; i < in->nvisible; i++) {
        const char *v = in->visible[i];
        const char *vk = v ? meta_fold_key(a, v) : NULL;
        if (vk && meta_word_count(v) >= 3 && !strstr(dk, vk) && tells_same_story(v, in->title_tag))
            return 1;
    }
    return 0;
}

/* What confirms a minor heading (an h3 or h4): the repeats of <title>
 * and of the declared titles but og:title and twitter:title, which share
 * and e-mail dialogs repeat in an h3 or h4. With head_only, only the
 * places that name the headline itself (add_head_repeats: the last
 * tier). NULL on OOM. */
static repeat_set *quiet_repeats(arena *a, const title_input *in, const char *const *declared, size_t nd,
                                 int head_only)
{
    repeat_set *quiet = arena_alloc(a, sizeof *quiet);
    if (!quiet)
        return NULL;
    quiet->n = 0;
    if (head_only)
        add_head_repeats(a, quiet, in->title_tag);
    else
        add_repeats(a, quiet, in->title_tag, in->sitename, in->logo);
    quiet->ntitle = quiet->n;
    for (size_t i = 0; i < nd; i++) {
        if (declared[i] == in->og || declared[i] == in->twitter)
            continue;
        if (head_only)
            add_head_repeats(a, quiet, declared[i]);
        else
            add_repeats(a, quiet, declared[i], in->sitename, in->logo);
    }
    return quiet;
}

/* Slugs: the last path segment of a page's URL, which CMSs write from the
 * headline field when the story is first saved ("/2019/05/21/drei-tage-
 * in-den-alpen-ohne-auto/"), while <title> and og:title are SEO or promo
 * lines written later ("Ein Wochenende, das man nicht vergisst"). A slug is compared as its letters and digits; a first
 * or last token holding a digit may be an id or a date ("-3126349",
 * "a4561256") and is tried both kept and dropped. At least three tokens:
 * "news", "about-us" or "index" name no story. */
#define SLUG_MAX_KEYS 4
#define SLUG_MIN_TOKENS 3
/* a folder's default document's name, its extension cut: the URL's
 * syntax for "the folder's page", so the folder's name is the slug */
#define SLUG_FOLDER_DOCUMENT "index"

/* 1 when s[0..n) holds an ASCII digit. */
static int has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (chars_is_digit((unsigned char)s[i]))
            return 1;
    return 0;
}

static size_t slug_keys(arena *a, const char *url, const char **keys, size_t nk)
{
    if (!url || nk < SLUG_MAX_KEYS)
        return 0;
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    if (!p)
        return 0;
    size_t end = strcspn(p, "?#");
    while (end && p[end - 1] == '/')
        end--;
    size_t beg = end;
    while (beg && p[beg - 1] != '/')
        beg--;
    static const char *const exts[] = {".html", ".htm", ".shtml", ".php", ".aspx", ".asp"};
    for (int again = 0; again < 2; again++) {
        for (size_t i = 0; i < sizeof exts / sizeof *exts; i++) {
            size_t el = strlen(exts[i]);
            if (end - beg > el && meta_istr(p + end - el, el, exts[i]) == p + end - el) {
                end -= el;
                break;
            }
        }
        /* a folder's default document ("/story-slug/index.html"): the
         * CMS writes one folder per page, named by the slug */
        if (again || end - beg != sizeof SLUG_FOLDER_DOCUMENT - 1 ||
            meta_istr(p + beg, sizeof SLUG_FOLDER_DOCUMENT - 1, SLUG_FOLDER_DOCUMENT) != p + beg || !beg)
            break;
        end = beg;
        while (end && p[end - 1] == '/')
            end--;
        beg = end;
        while (beg && p[beg - 1] != '/')
            beg--;
    }
    /* the tokens: runs of ASCII letters and digits split by '-' or '_';
     * anything else (a percent-encoded word, a dot) is no slug */
    size_t tb[64], te[64], nt = 0;
    for (size_t i = beg; i < end;) {
        unsigned char ch = (unsigned char)p[i];
        if (ch == '-' || ch == '_') {
            i++;
            continue;
        }
        size_t s = i;
        while (i < end && chars_is_alnum((unsigned char)p[i]))
            i++;
        if (i == s || (i < end && p[i] != '-' && p[i] != '_') || nt == 64)
            return 0;
        tb[nt] = s;
        te[nt++] = i;
    }
    size_t nkeys = 0;
    for (int drop_first = 0; drop_first < 2; drop_first++)
        for (int drop_last = 0; drop_last < 2; drop_last++) {
            size_t f = (size_t)drop_first, l = nt - (size_t)drop_last;
            if (nt < (size_t)(drop_first + drop_last) + SLUG_MIN_TOKENS)
                continue;
            if ((drop_first && !has_digit(p + tb[0], te[0] - tb[0])) ||
                (drop_last && !has_digit(p + tb[nt - 1], te[nt - 1] - tb[nt - 1])))
                continue;
            char *k = arena_alloc(a, end - beg + 1);
            if (!k)
                return nkeys;
            size_t w = 0;
            for (size_t t = f; t < l; t++)
                for (size_t i = tb[t]; i < te[t]; i++)
                    k[w++] = (char)chars_lower((unsigned char)p[i]);
            k[w] = 0;
            keys[nkeys++] = k;
        }
    return nkeys;
}

/* The ASCII letters that a slug writes for a Latin letter of U+00C0 ..
 * U+017F (lower-cased first): "é" is "e", "ł" is "l"; 0 for none (the
 * signs x and ÷). æ, þ, ß and, with umlaut_e, ä ö ü give two letters,
 * as German slugs write them ("mueller"); without, one ("muller"). */
static const char *slug_letters(unsigned cp, int umlaut_e, char two[3])
{
    static const char latin1[] = "aaaaaa?ceeeeiiiidnooooo?ouuuuy??"; /* U+00E0..U+00FF less 0x20 */
    static const char ext_a[] = "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "iiiijjkkklllllll"
                                "lllnnnnnnnnnoooo" "oooorrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";
    two[1] = two[2] = 0;
    if (umlaut_e && (cp == 0xE4 || cp == 0xF6 || cp == 0xFC)) {
        two[0] = cp == 0xE4 ? 'a' : cp == 0xF6 ? 'o' : 'u';
        two[1] = 'e';
        return two;
    }
    switch (cp) {
    case 0xE6: return "ae";
    case 0xFE: return "th";
    case 0xDF: return "ss";
    case 0xFF: return "y";
    case 0xF7: return NULL;
    default: break;
    }
    if (cp >= 0xE0 && cp <= 0xFF && latin1[cp - 0xE0] != '?') {
        two[0] = latin1[cp - 0xE0];
        return two;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        two[0] = ext_a[cp - 0x100];
        return two;
    }
    return NULL;
}

/* The heading's key as a slug writes it: ASCII letters and digits,
 * lower-cased, Latin letters beyond ASCII as their base letters
 * (slug_letters), punctuation dropped; NULL when it holds a letter of
 * another script (no slug of ASCII can match it). */
static const char *slug_key_of(arena *a, const char *h, int umlaut_e)
{
    size_t n = strlen(h);
    char *o = arena_alloc(a, 2 * n + 1);
    if (!o)
        return NULL;
    size_t w = 0;
    const unsigned char *p = (const unsigned char *)h;
    for (size_t i = 0; i < n;) {
        size_t k = meta_u8len(p + i, n - i);
        if (k == 1) {
            unsigned char ch = p[i];
            if (chars_is_alnum(ch))
                o[w++] = (char)chars_lower(ch);
        } else {
            unsigned cp = meta_lower_cp(utf8_decode(p + i, k));
            char two[3];
            const char *l = NULL;
            if (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7) {
                if (!(l = slug_letters(cp, umlaut_e, two)))
                    return NULL;
                for (; *l; l++)
                    o[w++] = *l;
            } else if (cp >= 0x370) {
                /* a letter of another script; punctuation (quotes,
                 * dashes, NBSP, U+2000..U+206F) below this or in the
                 * general punctuation block is dropped */
                if (!(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xFEFF)
                    return NULL;
            }
        }
        i += k;
    }
    o[w] = 0;
    return o;
}

/* The page's one first-tier heading (or the rest after its kicker
 * element) that its URL's slug spells, else NULL. Tried when no
 * first-tier heading is confirmed by a title source: the slug keeps the
 * headline the story was saved under, and a reader sees it in the h1,
 * while <title> and og:title carry a promo or SEO wording that shares
 * few words with it ("Harbour Town Opens Its New Ferry Terminal" for
 * the h1 and slug, "Local Transport News: Ferries, Buses and More ..."
 * for <title>). Two headings that
 * the slug spells: nothing. */
/* The slug keys of the page's URL and its canonical URL, read at the
 * first slug_heading call of a page: both calls of visible_headline
 * compare with the same keys. */
typedef struct slug_set {
    const char *keys[2 * SLUG_MAX_KEYS];
    size_t n;
    int read;
} slug_set;

static const char *slug_heading(arena *a, const title_input *in, slug_set *ss, const char *const *v,
                                const char *const *tails, size_t n)
{
    if (!ss->read) {
        ss->read = 1;
        ss->n = slug_keys(a, in->page_url, ss->keys, SLUG_MAX_KEYS);
        if (in->canonical_url && (!in->page_url || strcmp(in->canonical_url, in->page_url) != 0))
            ss->n += slug_keys(a, in->canonical_url, ss->keys + ss->n, SLUG_MAX_KEYS);
    }
    const char *const *keys = ss->keys;
    size_t nk = ss->n;
    if (!nk)
        return NULL;
    const char *found = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *texts[2] = {v[i], tails ? tails[i] : NULL};
        const char *hit = NULL;
        for (size_t t = 0; t < 2 && !hit; t++)
            for (int um = 0; um < 2 && !hit && texts[t]; um++) {
                const char *hk = slug_key_of(a, texts[t], um);
                if (!hk || strlen(hk) < VISIBLE_MIN_KEY)
                    continue;
                for (size_t k = 0; k < nk && !hit; k++)
                    if (strcmp(hk, keys[k]) == 0)
                        hit = texts[t];
            }
        if (hit) {
            if (found && strcmp(found, hit) != 0)
                return NULL;
            found = hit;
        }
    }
    return found;
}

/* The headline as a reader sees it: a visible h1 / headline element that
 * <title> or a declared title repeats (whole, as a part, after a kicker,
 * or before a trailer). Social and SEO titles are often shorter or
 * reworded promo lines, or carry affixes ("| News | Site | 29.03.2017"),
 * while <title> usually repeats the visible headline. Of several
 * confirmed headings the longest wins (a section-label h1 such as
 * "Fachmeldungen" can match a part of <title> too). The heading's own
 * text is returned when it differs from the source only in typography
 * (’ “ ” … where og:title has ASCII), else the source's text. The
 * headings are tried in seven tiers (h1s and headline elements outside
 * furniture, the same inside layout-named containers, h2s, h3s/h4s/
 * title-classed elements, h1s in story furniture confirmed by a whole
 * title source only, h3s/h4s/title-classed elements inside
 * layout-named containers, and elements whose class names a title by a
 * word the hint list does not hold), each only when the one before
 * confirms none. NULL when no heading is confirmed. */
static const char *visible_headline(arena *a, const title_input *in, const char *const *declared, size_t nd,
                                    int *first_tier)
{
    *first_tier = 0;
    if (!in->nvisible && !in->nvisible_furniture && !in->nvisible_h2 && !in->nvisible_minor &&
        !in->nvisible_minor_layout && !in->nstray && !in->nvisible_loose && !in->nstray_minor)
        return NULL;
    /* The candidates, once: <title> first, then the declared titles. */
    repeat_set *rs = arena_alloc(a, sizeof *rs);
    if (!rs)
        return NULL;
    rs->n = 0;
    add_repeats(a, rs, in->title_tag, in->sitename, in->logo);
    rs->ntitle = rs->n;
    for (size_t i = 0; i < nd; i++)
        if (!declared_is_subhead(a, in, declared[i]))
            add_repeats(a, rs, declared[i], in->sitename, in->logo);
    /* A comment heading's quoted post title confirms a heading that reads
     * it whole (no parts: the quote is the title itself, no site affix). */
    for (size_t i = 0; i < in->ncomment_quotes; i++)
        if (in->comment_quotes[i])
            add_cand(a, rs, in->comment_quotes[i], strlen(in->comment_quotes[i]));
    const char *site_key = in->sitename ? meta_fold_key(a, in->sitename) : NULL;
    const char *first_declared = NULL; /* its key */
    for (size_t i = 0; i < nd && !first_declared; i++)
        if (declared[i] && *declared[i])
            first_declared = meta_fold_key(a, declared[i]);
    slug_set slugs = {.read = 0};
    const char *best = confirmed_heading(a, rs, in->visible, in->nvisible, in->visible_tail, in->visible_plain, site_key,
                                         first_declared);
    if (!best)
        best = slug_heading(a, in, &slugs, in->visible, in->visible_tail, in->nvisible);
    *first_tier = best != NULL;
    if (!best)
        best = confirmed_heading(a, rs, in->visible_furniture, in->nvisible_furniture, in->visible_furniture_tail,
                                 in->visible_furniture_plain, site_key, first_declared);
    if (!best)
        best = confirmed_heading(a, rs, in->visible_h2, in->nvisible_h2, NULL, NULL, site_key, first_declared);
    if (!best && in->nvisible_minor) {
        /* Share and e-mail dialogs repeat og:title or twitter:title in an
         * h3 or h4; only <title> and the other declarations confirm a
         * minor heading. declared[]: jsonld, dc, og, other, twitter. */
        repeat_set *quiet = quiet_repeats(a, in, declared, nd, 0);
        if (!quiet)
            return NULL;
        best = confirmed_heading(a, quiet, in->visible_minor, in->nvisible_minor, NULL, NULL, site_key, first_declared);
    }
    if (!best && in->nstray) {
        /* An h1 in a breadcrumb or teaser wrapper is often the story's
         * own (an infinite-scroll list holds the page's story too), but
         * such wrappers also hold section names that a part of <title>
         * repeats: only a whole title source confirms it. */
        repeat_set *whole = arena_alloc(a, sizeof *whole);
        if (!whole)
            return NULL;
        whole->n = 0;
        add_cand(a, whole, in->title_tag ? in->title_tag : "", in->title_tag ? strlen(in->title_tag) : 0);
        whole->ntitle = whole->n;
        for (size_t i = 0; i < nd; i++)
            if (declared[i])
                add_cand(a, whole, declared[i], strlen(declared[i]));
        best = confirmed_heading(a, whole, in->stray, in->nstray, NULL, NULL, site_key, first_declared);
    }
    if (!best && in->nvisible_minor_layout) {
        /* Themes name a page's main column after the sidebar beside it
         * ("sidebar_content", "has-sidebar"), as they do around h1s (the
         * second tier): a minor heading there is tried last, confirmed as
         * minor headings are (<title> and the non-social declarations,
         * not og:title or twitter:title, which share dialogs repeat).
         * Not one in a breadcrumb, teaser or comment wrapper. */
        repeat_set *quiet = quiet_repeats(a, in, declared, nd, 0);
        if (!quiet)
            return NULL;
        best = confirmed_heading(a, quiet, in->visible_minor_layout, in->nvisible_minor_layout, NULL, NULL, site_key,
                                 first_declared);
    }
    if (!best && in->nvisible_loose) {
        /* Last: an element whose class names a title by a word the hint
         * list does not hold ("<div class="h-title">"), on a page where
         * no heading was confirmed, confirmed by <title> or a
         * non-social declaration (as minor headings are) that holds it
         * whole, as its first part or before a trailer. */
        repeat_set *head = quiet_repeats(a, in, declared, nd, 1);
        if (!head)
            return NULL;
        best = confirmed_heading(a, head, in->visible_loose, in->nvisible_loose, NULL, NULL, site_key, first_declared);
    }
    if (!best && in->nstray) {
        /* No tier confirmed a heading: an h1 in a breadcrumb or teaser
         * wrapper that the URL's slug spells is the story's own (a
         * breadcrumb trail ending in the story's h1, under a <title> that
         * strings the score, section, date and site after it). The
         * fifth tier's caution is for title parts, which such wrappers'
         * section names repeat; a slug spells one story. */
        best = slug_heading(a, in, &slugs, in->stray, NULL, in->nstray);
    }
    if (!best && in->nstray_minor) {
        /* Nor one in a breadcrumb or teaser wrapper: a minor heading or
         * title-classed element there that the slug spells (a CMS names
         * the story's own headline box after its teaser template,
         * "<div class="news_teaser_title">", on a page with no heading
         * element). The slug spells one story, not a section. */
        best = slug_heading(a, in, &slugs, in->stray_minor, NULL, in->nstray_minor);
    }
    if (!best && in->nvisible == 1 && in->visible[0] && in->title_tag) {
        /* A short h1 (a name of two or three CJK characters: "蔡健雅")
         * is under VISIBLE_MIN_KEY and never confirmed, and a <title>
         * "蔡健雅_百度百科" that glues the site to it was reported whole.
         * Where the page's one first-tier h1 is exactly the text before
         * the first '_' glued in <title> (TRAILER_GLUED), the <title>
         * author set that h1 apart as the page's name: it is the
         * headline at any length. Only the first '_' and only the one
         * h1: a label h1 beside the story's is not taken this way. */
        const char *g = strchr(in->title_tag, TRAILER_GLUED);
        if (g && g > in->title_tag && g[-1] != ' ' && g[1]) {
            char *pre = meta_collapse(a, in->title_tag, (size_t)(g - in->title_tag));
            const char *pk = pre ? meta_fold_key(a, pre) : NULL, *hk = meta_fold_key(a, in->visible[0]);
            if (pk && hk && *hk && strcmp(pk, hk) == 0 && !(site_key && strcmp(hk, site_key) == 0))
                best = in->visible[0];
        }
    }
    if (best && in->sitename) {
        /* an h1 that holds the whole "Headline | Site" */
        const char *s = title_strip_site(a, best, in->sitename, NULL, 0);
        if (s)
            best = s;
    }
    return best;
}

/* Words that show a heading and a title tell the same story: at least
 * this many of the heading's words of REWORD_MIN_WORD bytes or more recur
 * in the title, and at least a third of them. Short words ("der", "the",
 * "mit") recur between any two German or English lines. */
#define REWORD_MIN_SHARED 2
#define REWORD_MIN_WORD 4

/* Next word of s at *p: a run of ASCII letters and digits or non-ASCII
 * bytes; its start in *w, its length returned (0 at the end). */
static size_t next_word(const char **p, const char **w)
{
    const unsigned char *q = (const unsigned char *)*p;
    while (*q && !(*q >= 0x80 || (*q >= '0' && *q <= '9') || ((*q | 32) >= 'a' && (*q | 32) <= 'z')))
        q++;
    const unsigned char *s0 = q;
    while (*q && (*q >= 0x80 || (*q >= '0' && *q <= '9') || ((*q | 32) >= 'a' && (*q | 32) <= 'z')))
        q++;
    *w = (const char *)s0;
    *p = (const char *)q;
    return (size_t)(q - s0);
}

/* 1 when the word w[0..n) occurs whole in t (ASCII case folded). */
static int has_word(const char *t, const char *w, size_t n)
{
    const char *p = t, *x;
    size_t k;
    while ((k = next_word(&p, &x)) != 0)
        if (k == n && chars_eq_ci(x, k, w, n))
            return 1;
    return 0;
}

/* An inflected form: the longer word is the shorter one (of
 * INFLECT_MIN_STEM bytes or more) and at most INFLECT_MAX_END more ASCII
 * letters ("Kindersitze" for "Kindersitz", "Modelle" for "Modell",
 * "reports" for "report"): a rewording puts a noun in the plural or a
 * verb in another person. Short stems are not tried ("Test"/"Tester"). */
#define INFLECT_MIN_STEM 5
#define INFLECT_MAX_END 2
static int inflected_eq(const char *a, size_t an, const char *b, size_t bn)
{
    if (an > bn) {
        const char *t = a;
        a = b, b = t;
        size_t tn = an;
        an = bn, bn = tn;
    }
    if (an < INFLECT_MIN_STEM || bn - an > INFLECT_MAX_END || !chars_eq_ci(a, an, b, an))
        return 0;
    for (size_t i = an; i < bn; i++)
        if (((unsigned char)b[i] | 32) < 'a' || ((unsigned char)b[i] | 32) > 'z')
            return 0;
    return 1;
}

/* 1 when the word w[0..n) occurs in t in an inflected form (inflected_eq). */
static int has_inflected(const char *t, const char *w, size_t n)
{
    const char *p = t, *x;
    size_t k;
    while ((k = next_word(&p, &x)) != 0)
        if (k != n && inflected_eq(x, k, w, n))
            return 1;
    return 0;
}

/* The compound at word w (of n bytes): w and the words joined to it by
 * single hyphens ("Bürger-Dialog"), written into buf without the hyphens
 * ("BürgerDialog"); its end in *end. Returns the joined length, 0 when no
 * hyphen follows w (or the compound does not fit buf). */
static size_t hyphen_compound(const char *w, size_t n, char *buf, size_t cap, const char **end)
{
    const char *q = w + n, *x;
    size_t len = 0, parts = 1;
    if (n >= cap)
        return 0;
    memcpy(buf, w, n);
    len = n;
    while (q[0] == '-') {
        const char *r = q + 1;
        size_t k = next_word(&r, &x);
        if (k == 0 || x != q + 1 || len + k >= cap)
            break;
        memcpy(buf + len, x, k);
        len += k;
        q = r;
        parts++;
    }
    *end = q;
    return parts > 1 ? len : 0;
}

/* 1 when the word w[0..n) is a hyphenated compound of t written as one
 * word: w "Bürgerdialog" where t has "Bürger-Dialog" (ASCII case folded). */
static int has_compound(const char *t, const char *w, size_t n)
{
    char buf[128];
    const char *p = t, *x, *end;
    size_t k;
    while ((k = next_word(&p, &x)) != 0) {
        size_t j = hyphen_compound(x, k, buf, sizeof buf, &end);
        if (j) {
            if (j == n && chars_eq_ci(buf, j, w, n))
                return 1;
            p = end;
        }
    }
    return 0;
}

/* 1 when the heading v tells the story of the title t: at least
 * REWORD_MIN_SHARED of v's words of REWORD_MIN_WORD bytes or more recur
 * in t, and at least a third of them. A hyphenated compound and the same
 * compound written as one word are the same word (a rewording often
 * closes or opens one: "Bürger-Dialog zum neuen Stadtpark" for
 * "Bürgerdialog zum Stadtpark"): each part of "Bürger-Dialog" recurs
 * when t has "Bürgerdialog", and "Bürgerdialog" recurs when t has
 * "Bürger-Dialog". */
static int tells_same_story(const char *v, const char *t)
{
    size_t words = 0, shared = 0, n;
    const char *p = v, *w, *cend = v;
    int cshared = 0;
    char buf[128];
    while ((n = next_word(&p, &w)) != 0) {
        if (w >= cend) {
            size_t j = hyphen_compound(w, n, buf, sizeof buf, &cend);
            cshared = j && has_word(t, buf, j);
            if (!j)
                cend = w;
        }
        if (n < REWORD_MIN_WORD)
            continue;
        words++;
        shared += cshared || has_word(t, w, n) || has_compound(t, w, n) || has_inflected(t, w, n);
    }
    return shared >= REWORD_MIN_SHARED && shared * 3 >= words;
}

/* 1 when key vk ends with key tk and is longer: a lead-in before the
 * title ("\"Pure Leere\": Athlete misses the Games" for "Athlete misses
 * the Games"). */
static int key_ends_with(const char *vk, const char *tk)
{
    size_t vl = strlen(vk), tl = strlen(tk);
    return vl > tl && strcmp(vk + vl - tl, tk) == 0;
}

/* The story's h1 reworded against every title source ("Der Streit
 * um die Maut geht in die nächste Runde" where <title> and og:title say
 * "Maut: Streit geht in nächste Runde"; "Wie pflege ich meine
 * Kamelie im Winter?" for "Kamelie im Winter » Wann blüht die
 * Camellia?"): nothing confirms it, but a reader sees it. Taken over the
 * chosen title t only when it is the page's one headline candidate that
 * tells t's story (tells_same_story; other h1s are labels such as a
 * place name or "Comments", or other stories, which share no words; when
 * there are others, it must be plain, see visible_plain), has
 * three words or more, and does not contain t: an h1 that holds the
 * title and more holds a kicker, a subtitle, a date or the site name in
 * child elements ("Norwegen Neue Pläne für den alten Hafen"),
 * which the title rules already cut. Except a plain h1 (one run of text)
 * that ends with t: its lead-in is written into the headline ("\"Pure
 * Leere\": ..."). NULL otherwise. */
static const char *reworded_heading(arena *a, const title_input *in, const char *t)
{
    if (!t)
        return NULL;
    const char *v = NULL;
    int plain = 0;
    /* The first tier; when it is empty, a page's one h1 inside a
     * layout-named wrapper (the second tier: "has-section-nav",
     * "st-sidebar__container", a scroll-bar script's wrapper), which
     * themes put around the story's own h1 as often as around menus.
     * One only: among several such h1s, menu headings may tell the
     * story too. Its plainness is not recorded, so it counts as not
     * plain (no lead-in rule below). */
    const char *const *cands = in->visible;
    size_t nc = in->nvisible;
    if (nc == 0 && in->nvisible_furniture == 1) {
        cands = in->visible_furniture;
        nc = 1;
    }
    for (size_t i = 0; i < nc; i++) {
        /* An h1 that opens with a kicker element (or ends with a badge)
         * around one run of text: that run is the heading here, and
         * counts as plain ("<span>Mobilität</span> Mehr
         * Sicherheit bei Radwegen" for <title> "Ministry |
         * Sicherheit bei Radwegen"). */
        int tail = cands == in->visible && in->visible_tail[i] && in->visible_tail_plain[i];
        const char *c = tail ? in->visible_tail[i] : cands[i];
        if (!c || !tells_same_story(c, t))
            continue;
        if (v)
            return NULL; /* two h1s tell it: which one is the story's is unclear */
        v = c;
        plain = cands == in->visible ? (tail || in->visible_plain[i]) : 0;
    }
    /* Beside other h1s, only a plain one: an h1 whose elements hide
     * labels ("Headline : , Thema: Forschung") is trusted alone only. */
    if (!v || (nc > 1 && !plain))
        return NULL;
    const char *vk = meta_fold_key(a, v), *tk = meta_fold_key(a, t);
    if (!vk || !tk || strlen(vk) < VISIBLE_MIN_KEY || meta_word_count(v) < 3)
        return NULL;
    if (in->sitename) {
        const char *sk = meta_fold_key(a, in->sitename);
        if (sk && strstr(vk, sk))
            return NULL;
    }
    if (plain && key_ends_with(vk, tk))
        return v;
    /* a plain h1 that goes on after t in the same run of text ("3 Fragen
     * an Lena Korbach, Teamleiterin Spenden" where <title> gives "...:
     * 3 Fragen an Lena Korbach"): the title source cut the headline short
     * for length; the words after it are the headline's own, not a label
     * element. */
    if (plain && strlen(vk) > strlen(tk) && strncmp(vk, tk, strlen(tk)) == 0)
        return v;
    if (strstr(vk, tk))
        return NULL;
    /* nor a part of t or <title> and a word or two more: "Headline
     * Abonnés" (a badge in the h1) for "Headline | Section | Site". More
     * words around the part are a rewording ("Wie pflege ich meine
     * Kamelie im Winter?" for "Kamelie im Winter » ..."). */
    const char *srcs[2] = {t, in->title_tag};
    for (size_t i = 0; i < 2; i++) {
        part parts[TITLE_MAX_PARTS];
        size_t np = srcs[i] ? split_parts(srcs[i], parts) : 0;
        for (size_t k = 0; k < np; k++) {
            char *pt = meta_collapse(a, parts[k].s, parts[k].n);
            const char *pk = pt ? meta_fold_key(a, pt) : NULL;
            if (pk && strlen(pk) >= VISIBLE_MIN_KEY && strstr(vk, pk) && meta_word_count(v) <= meta_word_count(pt) + 2)
                return NULL;
        }
    }
    return v;
}

static int title_without_headline(const title_input *in);

/* A promo title that replaces the headline outright ("Two-year budget
 * passes after long night" in <title> and og:title over the h1 "Council
 * approves the budget for two years"): nothing confirms the h1 and it
 * shares too few words for reworded_heading. Taken when the page's
 * first-tier candidates are one heading (an h1 with itemprop=headline
 * counts once) that is marked as the story's headline (itemprop=headline,
 * a class naming a headline or title, not a subtitle), has
 * MARKED_MIN_WORDS words or more, does not name the site, and neither
 * holds t nor is held by it (then the title rules' cut stands). NULL
 * otherwise. */
#define MARKED_MIN_WORDS 4
static const char *marked_heading(arena *a, const title_input *in, const char *t)
{
    if (!t || !in->nvisible)
        return NULL;
    const char *v = NULL;
    int marked = 0, labels = 0, plain = 0, in_article = 0;
    for (size_t i = 0; i < in->nvisible; i++) {
        const char *h = in->visible[i];
        if (!h)
            return NULL;
        /* a short label h1 beside it ("Comments", "Local news") is no
         * second story */
        if (meta_word_count(h) < MARKED_MIN_WORDS && !in->visible_marked[i]) {
            labels = 1;
            continue;
        }
        if (v && strcmp(v, h) != 0)
            return NULL; /* two headings: which one is the story's is unclear */
        v = h;
        marked |= in->visible_marked[i];
        plain |= in->visible_plain[i];
        in_article |= in->visible_in_article[i];
    }
    /* Beside label h1s only a plain one, as for reworded_heading: an h1
     * whose elements hide labels ("Headline : , Thema: Forschung") is
     * trusted alone only. Unmarked, a plain h1 is taken only beside a
     * label h1 and where the <title> names only the site
     * (title_without_headline): then no source but the promo line words
     * the story, and the one story h1 among section labels is what a
     * reader sees as its headline ("¿Llegará el autobús a tu barrio?" on
     * the card over the h1 "El consejo aprueba el nuevo plan de
     * autobuses", beside a section-label h1). A lone unmarked h1 may be
     * the site's tagline over a story the og:title names, except one
     * inside an <article>: the story's own container, where a site sets
     * no tagline. */
    if (!v || (!marked && !(plain && (labels || in_article) && title_without_headline(in))) ||
        meta_word_count(v) < MARKED_MIN_WORDS || (labels && !plain))
        return NULL;
    const char *vk = meta_fold_key(a, v), *tk = meta_fold_key(a, t);
    if (!vk || !tk || strlen(vk) < VISIBLE_MIN_KEY || strstr(vk, tk) || strstr(tk, vk))
        return NULL;
    if (in->sitename) {
        const char *sk = meta_fold_key(a, in->sitename);
        if (sk && *sk && (strstr(vk, sk) || strstr(sk, vk)))
            return NULL;
    }
    return v;
}

static int part_is_site(const part *p, const char *site, const char *logo);

/* 1 for a <title> that names the site and holds no headline: a part is
 * the site, and the other parts together have at most three words ("Daily
 * Planet", "Daily Planet - Local News"; not "News - Site Update -
 * Probekapitel Band 3 / Kapitel 45 - Site", a headline cut by its own
 * separators), or that is only the home page's name ("Home"). */
static int title_without_headline(const title_input *in)
{
    if (!in->title_tag || !*in->title_tag)
        return 0;
    /* "Home", "Startseite": the page's place in the site, no headline */
    if (words_exact_ci(&words_home_page_titles, in->title_tag))
        return 1;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(in->title_tag, parts), words = 0;
    int site = 0;
    for (size_t i = 0; i < np; i++) {
        if (part_is_site(&parts[i], in->sitename, in->logo))
            site = 1;
        else
            words += meta_word_count_n(parts[i].s, parts[i].n);
    }
    return site && words <= 3;
}

/* The one text of list (n entries) of three words or more that does not
 * name the site; NULL when there is none, and NULL with *two set when
 * there are two (a list of teasers, a body's sub-headings), which ends
 * the search. With same_once, copies of one text (nested elements that
 * hold the same words) count as one. */
static const char *sole_story_text(const char *const *list, size_t n, const char *sitename, int same_once,
                                   int *two)
{
    const char *v = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *h = list[i];
        if (!h || meta_word_count(h) < 3 || is_site_part(h, strlen(h), sitename))
            continue;
        if (v && (!same_once || strcmp(v, h) != 0)) {
            *two = 1;
            return NULL;
        }
        v = h;
    }
    return v;
}

/* An older page whose <title> is only the site (and a section), with no
 * declared title: the page's one story h1 of three words or more is the
 * headline ("The <h1>, where there is one, is the headline"), not the
 * site or section name that the <title> rules leave. src: where the chosen
 * title came from. NULL otherwise. */
#define SITE_H1_MAX_WORDS 4
/* A heading that only counts the comments ("23 Comments", "Kommentare
 * (5)", "12 commentaires"): the body's counter-line reader
 * (words_comment_count_line) on its lower-cased text. Themes set the
 * comment section's title as an h1, below the story, and it is no story
 * h1. */
static int comment_count_heading(const char *h)
{
    char l[64];
    size_t n = strlen(h);
    if (n >= sizeof l)
        return 0; /* a counter line is a few words */
    for (size_t i = 0; i <= n; i++)
        l[i] = h[i] >= 'A' && h[i] <= 'Z' ? (char)(h[i] + 32) : h[i];
    return words_comment_count_line(l);
}

/* The heading that opens the story below the banner holding the h1
 * visible[i] (title_input's banner_lead), else NULL. */
static const char *banner_lead(const title_input *in, size_t i)
{
    return in->banner_lead && in->visible_node[i] ? in->banner_lead(in->banner_ctx, in->visible_node[i]) : NULL;
}

/* Words of a short <title> that names the site, at most. */
#define SHORT_SITE_TITLE_WORDS 3

/* 1 when cp is a lower-case letter: a-z or, beyond ASCII, a letter of
 * Latin-1, Latin Extended-A, Greek or Cyrillic that meta_lower_cp leaves
 * as it is (the scripts whose case it folds). */
static int cp_is_lower(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0x17F && cp != 0xF7 && meta_lower_cp(cp) == cp) ||
           (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F);
}

/* 1 when h reads like a name: at most SHORT_SITE_TITLE_WORDS words, none
 * opening with a lower-case letter, and one at least opening with a
 * capital ("Ashford Valley Herald", "Гавань"; not the taglines "Neues aus
 * Stadt und Hafen", "Новости нашего города", nor any text in a script
 * without case, where nothing tells a name from a phrase). A lower-case
 * letter is a-z or, beyond ASCII, a letter of Latin-1, Latin Extended-A,
 * Greek or Cyrillic that meta_lower_cp leaves as it is (the scripts
 * whose case it folds); a capital is one it folds. */
static int name_shaped(const char *h)
{
    if (!h || !meta_word_count(h) || meta_word_count(h) > SHORT_SITE_TITLE_WORDS)
        return 0;
    const unsigned char *p = (const unsigned char *)h;
    size_t n = strlen(h);
    int capital = 0;
    for (size_t i = 0; i < n;) {
        size_t k = meta_u8len(p + i, n - i);
        if (i == 0 || p[i - 1] == ' ') {
            uint32_t cp = utf8_decode(p + i, k);
            if (meta_lower_cp(cp) != cp)
                capital = 1;
            else if (cp_is_lower(cp))
                return 0;
        }
        i += k;
    }
    return capital;
}

/* 1 when a word of s (n bytes) opens with a lower-case letter
 * (cp_is_lower): a phrase, not a name. */
static int word_opens_lower(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = meta_u8len(p + i, n - i);
        if ((i == 0 || p[i - 1] == ' ') && cp_is_lower(utf8_decode(p + i, k)))
            return 1;
        i += k;
    }
    return 0;
}

/* A page that declares no site name, whose chosen title is its whole
 * one-part <title> of at most three words, read by no heading, and whose
 * one story h1 sits in the page banner over a heading that opens the
 * story (banner_lead): that heading, else NULL. Such a short
 * <title> is the site's name even where nothing declares it ("Harbour
 * Gazette"), and the banner's h1 is its tagline; the <title> was
 * reported. Confirmation is structural only, so the rule asks for all
 * of it: one h1, the banner, the heading on top of the story. */
static const char *banner_lead_under_short_title(const title_input *in, const char *t)
{
    if (in->sitename || in->logo || !t || !in->title_tag || strcmp(t, in->title_tag) != 0 || in->nvisible != 1 ||
        !in->visible_node[0] || meta_word_count(t) > SHORT_SITE_TITLE_WORDS)
        return NULL;
    /* The banner's h1 is itself a name ("Ashford Valley Herald" over a
     * <title> "Quarry expansion refused"): that h1 is the site's name
     * and the short <title> the headline, not the other way round; the
     * h2 below is the story's dek. A tagline is a phrase. Only where the
     * <title> reads as a headline, not as a name itself: under
     * "Harbour Gazette" a title-cased tagline ("Your Hometown Daily")
     * is still the tagline. */
    if (name_shaped(in->visible[0]) && !name_shaped(t))
        return NULL;
    part parts[TITLE_MAX_PARTS];
    if (split_parts(t, parts) != 1)
        return NULL;
    return banner_lead(in, 0);
}

static const char *h1_under_site_title(const title_input *in, const char *t, int src)
{
    /* A declared title (og:title ...) that is only the site name, as the
     * <title> is, says no more than the <title> does. */
    part whole = {t ? t : "", t ? strlen(t) : 0};
    if (src != TITLE_SRC_TITLE_TAG && src != TITLE_SRC_SITE_STRIPPED && src != TITLE_SRC_TITLE_CUT &&
        src != TITLE_SRC_HEADING_PART && !(t && part_is_site(&whole, in->sitename, in->logo)))
        return NULL;
    if (!title_without_headline(in))
        return banner_lead_under_short_title(in, t);
    const char *v = NULL, *lead = NULL;
    size_t story_h1s = 0; /* h1s that do not name the site */
    for (size_t i = 0; i < in->nvisible; i++) {
        const char *h = in->visible[i];
        /* an h1 without words (a logo picture with no alt text, an empty
         * placeholder a script fills) is no story h1 */
        if (!h || !meta_word_count(h))
            continue;
        /* nor is an h1 in the page's banner with a heading on top of the
         * story below it (banner_lead): a tagline or a section
         * name ("News for the whole harbour town") that no title source
         * repeats, over the story's h2; where the prose follows the
         * banner, the banner's h1 is the headline and stays */
        const char *bl = lead ? NULL : banner_lead(in, i);
        if (bl) {
            lead = bl;
            continue;
        }
        /* nor is the comment section's title ("23 Comments"): before, it
         * kept the h2 headline above it from being taken */
        if (comment_count_heading(h))
            continue;
        /* a short h1 naming the site (a wrong og:site_name may hold a
         * whole headline, which stays a story h1) */
        int names_site = is_site_part(h, strlen(h), in->sitename);
        if (names_site && meta_word_count(h) <= SITE_H1_MAX_WORDS)
            continue;
        story_h1s++;
        if (names_site || meta_word_count(h) < 3)
            continue;
        if (v)
            return NULL; /* two: which one is the story's is unclear */
        v = h;
    }
    /* an h1 that only names the site is a logo without the logo's
     * markup: the h2 below it may be the headline */
    if (v || story_h1s)
        return v;
    /* the heading that opens the story below a banner's h1 */
    if (lead)
        return lead;
    /* No story h1 at all: an older theme sets the headline in the page's
     * one h2 outside furniture (of three words or more). Two such h2s are
     * a list of teasers or a body's sub-headings: nothing is taken. */
    int two = 0;
    v = sole_story_text(in->visible_h2, in->nvisible_h2, in->sitename, 0, &two);
    if (v || two)
        return v;
    /* No story h2 either: the page's one element that its class marks as
     * the headline (the hint list: "headline", "entry-title" ...), of
     * three words or more, outside story furniture (a layout-named
     * column counts, as in the sixth tier: a "<div class="post-headline">"
     * in a "main-content with-sidebar" column under <title> "site.de |
     * Section", beside menu h4s, which are no candidates here). Two: a list of teasers, nothing is taken. */
    v = sole_story_text(in->visible_titled, in->nvisible_titled, in->sitename, 1, &two);
    if (v || two)
        return v;
    /* Nor one of those: the page's one text in elements whose class names
     * a title by a word the hint list does not hold (the last tier:
     * "<div class="title size--xl">", nested title-named modules that
     * hold the same text count once), under a <title> and declarations
     * that name only the site ("ATLAS • ATLAS Magazine", og:title "ATLAS
     * Magazine") and a logo h1: a magazine sets the story's headline in
     * a styled block, not a heading element. */
    return sole_story_text(in->visible_loose, in->nvisible_loose, in->sitename, 1, &two);
}

/* The page's one plain first-tier h1 when it goes on after the heading
 * v that a lower tier confirmed (a teaser or slider heading, an h2, a
 * minor heading), else NULL: og:title and JSON-LD cut the headline short
 * for length ("Batteriewerk erhöht seine Kapazität" for the h1
 * "... in Sachsen"), and a list of latest posts on the page repeats the
 * cut form, which then confirmed that teaser over the story's own h1.
 * The h1 must be the only first-tier candidate (with none, the second
 * tier's only one), one run of text (no
 * element inside but links: words in a label or date element are no
 * part of the headline) and read v's key and more, as in
 * reworded_heading. */
static const char *h1_goes_on_after(arena *a, const title_input *in, const char *v)
{
    /* the first tier's one h1; when that tier is empty, the one h1 in a
     * layout-named wrapper (the second tier), as reworded_heading takes
     * it: themes put such wrappers round the story's h1 */
    const char *h = NULL;
    if (in->nvisible == 1 && in->visible_plain[0])
        h = in->visible[0];
    else if (in->nvisible == 0 && in->nvisible_furniture == 1 && in->visible_furniture_plain[0])
        h = in->visible_furniture[0];
    if (!h || meta_word_count(h) < 3)
        return NULL;
    const char *hk = meta_fold_key(a, h), *vk = meta_fold_key(a, v);
    if (!hk || !vk || strlen(vk) < VISIBLE_MIN_KEY || strlen(hk) <= strlen(vk) || strncmp(hk, vk, strlen(vk)) != 0)
        return NULL;
    return h;
}

/* The page's one plain h1 where a title source, whole or its first
 * part, is that h1 cut short ("Saftiger Apfelkuchen mit Streuseln |
 * Site" over the h1 "Saftiger Apfelkuchen mit Streuseln: schnell
 * gemacht!"): the source dropped the h1's last words for length, which
 * no source then repeats, so nothing confirmed the h1 and a declared
 * title won (there a JSON-LD recipe's name, "Apfelkuchen mit Streuseln").
 * The rest of a plain h1 is one run of text with the words before it,
 * the headline's own (h1_goes_on_after); a kicker, date or badge would
 * sit in an element of its own. NULL otherwise. */
static const char *h1_goes_on_after_source(arena *a, const title_input *in)
{
    const char *srcs[6] = {in->title_tag, in->jsonld, in->dc, in->og, in->other, in->twitter};
    for (size_t i = 0; i < 6; i++) {
        if (!srcs[i] || !*srcs[i])
            continue;
        const char *w = h1_goes_on_after(a, in, srcs[i]);
        if (w)
            return w;
        part parts[TITLE_MAX_PARTS];
        if (split_parts(srcs[i], parts) > 1) {
            char *p0 = meta_collapse(a, parts[0].s, parts[0].n);
            if (p0 && (w = h1_goes_on_after(a, in, p0)) != NULL)
                return w;
        }
    }
    return NULL;
}

/* t without soft hyphens (U+00AD): a browser shows one only where it
 * breaks a word at a line's end, so the headline a reader sees has none,
 * while og:title and <title> copy them from the CMS field along with the
 * heading ("Deutsch&shy;land" as the CMS stores it). The heading's own
 * text has them dropped already (heading_text in title_inputs.c), but a
 * title source is reported where it has more than typography beside the
 * heading, or where no heading confirms it: they are dropped there too. */
static const char *without_soft_hyphens(arena *a, const char *t)
{
    if (!t || !strstr(t, "\xC2\xAD"))
        return t;
    char *o = meta_drop_soft_hyphens(a, t, strlen(t));
    return o ? o : t;
}

/* Where a title string may be cut in two: between two separator-
 * delimited parts (split_parts), and after a glued "Label: " (a colon
 * after a word, then a blank). starts[k]/ends[k]: where the right side
 * begins and the left side ends; returns how many (at most cap). */
static size_t cut_points(const char *t, const char **ends, const char **starts, size_t cap)
{
    size_t n = 0;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(t, parts);
    for (size_t i = 1; i < np && n < cap; i++) {
        ends[n] = parts[i - 1].s + parts[i - 1].n;
        starts[n++] = parts[i].s;
    }
    for (const char *p = strstr(t, ": "); p && n < cap; p = strstr(p + 1, ": "))
        if (glued_colon(t, (size_t)(p - t))) {
            ends[n] = p;
            starts[n++] = p + 2;
        }
    return n;
}

/* Cut points (separators, glued colons) read in og:title: a kicker and
 * a headline hold a few; past 16 the rest are not tried. */
#define KICKER_CUTS 16

/* The visible headline v with the kicker line set apart right before its
 * heading (title_input.visible_kicker), where og:title joins the two:
 * og:title reads the kicker, a separator (": ", " - ", " | " ...) and
 * the heading, perhaps with a site part after. Papers set a kicker
 * ("Dachzeile", topline) over the headline in an element of its own, a
 * heading or a wrapper of the grid; <title> or the JSON-LD headline may
 * repeat the heading alone and confirm it, but the share card's title,
 * og:title, is the headline field with its kicker, which is how the
 * headline sets write it ("Kicker: Headline"; "the joined form only
 * where a declared title joins it"). Only og:title: a twitter:title or
 * <title> joining them while og:title holds the heading alone leaves
 * the heading (the CMS strings fields together there). Not a kicker that
 * is the site's name or the logo's (a label that names the page's section
 * never gets here: kicker_before in title_inputs.c leaves it, as it reads
 * the page's links). The og:title's kicker and separator are kept, the
 * heading's own text after them. NULL where this does not apply. */
static const char *kicker_joined(arena *a, const title_input *in, const char *v)
{
    if (!v || !in->og || !*in->og)
        return NULL;
    const char *vk = meta_fold_key(a, v);
    if (!vk || !*vk)
        return NULL;
    const char *kick = NULL;
    for (size_t h = 0; h < in->nvisible && !kick; h++)
        if (in->visible[h] && in->visible_kicker[h]) {
            const char *hk = meta_fold_key(a, in->visible[h]);
            if (hk && strcmp(hk, vk) == 0)
                kick = in->visible_kicker[h];
        }
    if (!kick)
        return NULL;
    const char *kk = meta_fold_key(a, kick);
    if (!kk || !*kk || (in->sitename && loose_eq(kick, strlen(kick), in->sitename)) ||
        (in->logo && loose_eq(kick, strlen(kick), in->logo)))
        return NULL;
    const char *og = in->og;
    const char *ends[KICKER_CUTS], *starts[KICKER_CUTS];
    size_t nc = cut_points(og, ends, starts, KICKER_CUTS);
    for (size_t i = 0; i < nc; i++) {
        char *left = meta_collapse(a, og, (size_t)(ends[i] - og));
        const char *lk = left ? meta_fold_key(a, left) : NULL;
        if (!lk || strcmp(lk, kk) != 0)
            continue;
        /* the rest: the heading whole, or the heading before a later cut
         * (the site part) */
        int ok = 0;
        const char *rk = meta_fold_key(a, starts[i]);
        if (rk && strcmp(rk, vk) == 0)
            ok = 1;
        for (size_t j = 0; j < nc && !ok; j++) {
            if (ends[j] <= starts[i])
                continue;
            char *mid = meta_collapse(a, starts[i], (size_t)(ends[j] - starts[i]));
            const char *mk = mid ? meta_fold_key(a, mid) : NULL;
            ok = mk && strcmp(mk, vk) == 0;
        }
        if (!ok)
            continue;
        size_t pl = (size_t)(starts[i] - og), vl = strlen(v);
        char *o = arena_alloc(a, pl + vl + 1);
        if (!o)
            return NULL;
        memcpy(o, og, pl);
        memcpy(o + pl, v, vl + 1);
        return o;
    }
    return NULL;
}

static const char *title_choose_any(arena *a, const title_input *in, int *src, const char **heading);

const char *title_choose(arena *a, const title_input *in, int *src)
{
    return title_choose_heading(a, in, src, NULL);
}

const char *title_choose_heading(arena *a, const title_input *in, int *src, const char **heading)
{
    const char *h = NULL;
    const char *t = without_soft_hyphens(a, title_choose_any(a, in, src, &h));
    if (heading)
        *heading = h ? without_soft_hyphens(a, h) : NULL;
    return t;
}

static const char *title_choose_any(arena *a, const title_input *in, int *src, const char **heading)
{
    int dummy;
    if (!src)
        src = &dummy;
    const char *declared[5] = {in->jsonld, in->dc, in->og, in->other, in->twitter};
    int first_tier;
    const char *v = visible_headline(a, in, declared, 5, &first_tier);
    const char *w;
    if (v && !first_tier && ((w = h1_goes_on_after(a, in, v)) != NULL || (w = h1_goes_on_after_source(a, in)) != NULL))
        v = w;
    if (v && first_tier && (w = kicker_joined(a, in, v)) != NULL) {
        *heading = v;
        v = w;
    }
    if (v) {
        *src = TITLE_SRC_VISIBLE;
        return v;
    }
    const char *t = title_choose_declared(a, in, src);
    if ((v = h1_goes_on_after_source(a, in)) != NULL) {
        *src = TITLE_SRC_VISIBLE;
        return v;
    }
    if ((v = reworded_heading(a, in, t)) != NULL || (v = h1_under_site_title(in, t, *src)) != NULL ||
        (v = marked_heading(a, in, t)) != NULL) {
        *src = TITLE_SRC_VISIBLE;
        return v;
    }
    return t;
}

static int part_looks_like_name(const part *p);

/* A part that names the site: the declared (or host-named) site name, the
 * logo h1's text, or a bare domain ("Example.com", "wien.ORF.at": one
 * word with a dot before 2-4 final letters). */
static int part_is_site(const part *p, const char *site, const char *logo)
{
    if (is_site_part(p->s, p->n, site) || is_site_part(p->s, p->n, logo))
        return 1;
    size_t n = p->n;
    while (n && p->s[n - 1] == ' ')
        n--;
    if (n < 4 || meta_word_count_n(p->s, n) != 1)
        return 0;
    size_t tld = 0;
    while (tld < n && ((p->s[n - 1 - tld] | 32) >= 'a' && (p->s[n - 1 - tld] | 32) <= 'z'))
        tld++;
    return tld >= 2 && tld <= 4 && tld < n - 1 && p->s[n - 1 - tld] == '.';
}

/* 1 when the word w[0..n) (a trailing ',' or '.' dropped) is a date's
 * token: a number, a number with an ordinal suffix ("12th", "3rd") or a
 * month's name (words_months). */
static int date_token(const char *w, size_t n)
{
    while (n && (w[n - 1] == ',' || w[n - 1] == '.'))
        n--;
    size_t d = 0;
    while (d < n && w[d] >= '0' && w[d] <= '9')
        d++;
    if (d && (d == n || (n - d == 2 && ((w[d] | 32) >= 'a' && (w[d] | 32) <= 'z'))))
        return 1;
    char l[32];
    if (!n || n >= sizeof l)
        return 0;
    for (size_t k = 0; k < n; k++)
        l[k] = w[k] >= 'A' && w[k] <= 'Z' ? (char)(w[k] + 32) : w[k];
    return words_map_find(&words_months, l, n) != 0;
}

/* Words of p, less joining words of one or two lower-case ASCII letters
 * that sit between two date tokens (date_token) where a word of p is a
 * month's name: Spanish and Portuguese write a date "12 de marzo de 2019",
 * five words of which three carry the date. Only between two tokens:
 * "prices may go up in 2024" (a month's name, "may", and short words
 * elsewhere) and "Paro el 3 de mayo de 2024" (a date inside a headline)
 * are labels. Without a month's name every word counts: "Mundial de
 * fútbol de 2018 en Rusia" is a label with a year, not a date. */
static size_t date_words(const part *p)
{
    size_t all = 0, joining = 0;
    int month = 0;
    /* the last two words read: whether each is a date token, and whether
     * the one before this word is a short joining word */
    int tok_before_join = 0, prev_tok = 0, prev_join = 0;
    for (size_t i = 0; i < p->n;) {
        while (i < p->n && p->s[i] == ' ')
            i++;
        size_t b = i;
        while (i < p->n && p->s[i] != ' ')
            i++;
        if (i == b)
            break;
        all++;
        int join = i - b <= 2;
        for (size_t k = b; k < i && join; k++)
            join = p->s[k] >= 'a' && p->s[k] <= 'z';
        int tok = !join && date_token(p->s + b, i - b);
        if (tok && prev_join && tok_before_join)
            joining++; /* the joining word before this one sits between two tokens */
        if (tok && !(p->s[b] >= '0' && p->s[b] <= '9'))
            month = 1;
        tok_before_join = prev_tok;
        prev_tok = tok;
        prev_join = join;
    }
    return month ? all - joining : all;
}

/* A date part ("Sep 22, 2005", "29.03.2017", "12 de marzo de 2019"): at
 * most four words by date_words, one of them holding a year 1990-2099. */
static int part_is_date(const part *p)
{
    if (date_words(p) > 4)
        return 0;
    for (size_t i = 0; i + 4 <= p->n; i++) {
        const char *d = p->s + i;
        int year = (d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0');
        if (year && d[2] >= '0' && d[2] <= '9' && d[3] >= '0' && d[3] <= '9' && (i == 0 || !(d[-1] >= '0' && d[-1] <= '9')) &&
            (i + 4 == p->n || !(d[4] >= '0' && d[4] <= '9')))
            return 1;
    }
    return 0;
}

/* A part whose last character other than '.' is a digit ("Lagebericht
 * 3.", "Saison 2019"). */
static int part_ends_in_digit(const part *p)
{
    size_t n = p->n;
    while (n && p->s[n - 1] == '.')
        n--;
    return n && p->s[n - 1] >= '0' && p->s[n - 1] <= '9';
}

/* A part whose first character is an ASCII capital, a digit or a
 * character beyond ASCII that is no lower-case letter (cp_is_lower: a
 * capital "É" or "П", or a script without case): how a headline or a
 * section label opens, unlike the rest of a headline cut at its own
 * " - " ("в чём причина ...", "élus ..." as "the man behind ..."). */
static int part_opens_capital(const part *p)
{
    if (!p->n)
        return 0;
    const unsigned char *s = (const unsigned char *)p->s;
    if (s[0] >= 0x80)
        return !cp_is_lower(utf8_decode(s, meta_u8len(s, p->n)));
    return (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= '0' && s[0] <= '9');
}

/* A part whose first character is a lower-case letter (cp_is_lower: "a",
 * "é", "в"): the rest of a headline cut at its own " - ". Not a part that
 * opens with a quote, a bracket, '#' or any other mark: a headline may
 * open so ("\"We will not pay\" says mayor", "(Updated) Mayor ...") and
 * is still the headline, not a second clause. */
static int part_opens_lower(const part *p)
{
    if (!p->n)
        return 0;
    const unsigned char *s = (const unsigned char *)p->s;
    return cp_is_lower(utf8_decode(s, meta_u8len(s, p->n)));
}

/* An older page's <title> with no heading to confirm any part:
 * "Headline - Section - Site.com", "Site.com - Headline - Sep 22, 2005",
 * "Headline | News | Site | 29.03.2017". The headline is the first part
 * (the second when the first names the site) when it has 4+ words and
 * every later part is the site, a date or a label of at most 3 words and
 * at most half the headline's words; a part naming the site or a date
 * must confirm the shape ("Headline | Code | Rafael Omondi" on a page
 * that names no site stays with the older rules: the last part may be a
 * second title line). Three parts at least: a two-part title is
 * Readability's rule's. Section labels may come before the headline when
 * the last part names the site ("Local News - Headline - Site"). The
 * headline holding a separator itself ("Kim Jong-un - the man behind the
 * bomb - Site") fails the test (its first part is short, its second opens
 * in lower case) and falls through to the older rules. The same shape in
 * a declared title that no other source confirms a cut of is read so too
 * (title_choose_declared). NULL when the title is not of this shape. */
static const char *headline_among_labels(arena *a, const char *t, const char *site, const char *logo)
{
    part parts[TITLE_MAX_PARTS];
    /* every separator but " : " (SEPARATORS_BUT_COLON): the shape
     * itself (a part naming the site or a date, labels of 3 words at
     * most) confirms the cut, so "Headline :: Section :: Site" and "Site ›
     * Section › Headline" are read as "Headline | Section | Site" is */
    size_t np = split_parts_n(t, parts, SEPARATORS_BUT_COLON);
    /* two parts only where the second is a date ("Headline | 06.12.2022",
     * "Headline - March 6, 2023"): a date is never the headline's own
     * last part, while a second part of words may be ("Kim Jong-un -
     * the man behind the bomb") */
    if (np < 3 && !(np == 2 && part_is_date(&parts[1])))
        return NULL;
    size_t head = part_is_site(&parts[0], site, logo) ? 1 : 0;
    /* after the site, section labels may come first ("Site » Local »
     * Headline", "The Site - News for Town - Headline"): the headline is
     * the first part of 4+ words, each part before it a label of at most
     * 3 words */
    part joined = {NULL, 0};
    while (head > 0 && head + 1 < np && meta_word_count_n(parts[head].s, parts[head].n) < 4) {
        size_t w = meta_word_count_n(parts[head].s, parts[head].n);
        if (w == 0 || !part_looks_like_name(&parts[head]))
            return NULL;
        /* a short part followed by one that opens with a lower-case
         * letter (part_opens_lower) is the headline's own first words,
         * split at its own dash ("Site.com - COVID-19 - what changes for
         * schools - Sep 22, 2005"): a section label is followed by a
         * headline, which opens with a capital, a digit or a mark ('"',
         * '(', '#'), a headline's second clause in lower case */
        if (head + 2 < np && part_opens_lower(&parts[head + 1])) {
            joined.s = parts[head].s;
            joined.n = (size_t)(parts[head + 1].s + parts[head + 1].n - parts[head].s);
            break;
        }
        head++;
    }
    if (joined.s) {
        /* the run stands for the headline part: the parts after it are
         * checked as below, from head + 1 on */
        parts[head + 1] = joined;
        head++;
    }
    /* "Local News - Headline - Site": section labels before the headline
     * when the title ends with a part naming the site. A label of at most
     * 3 words that opens with a capital, a headline part of 4+ words that
     * does too: "Kim Jong-un - the man behind the bomb - Site" is one
     * headline holding a separator (its second part opens in lower case),
     * and keeps the older rules. */
    size_t lead = 0;
    if (head == 0 && part_is_site(&parts[np - 1], site, logo)) {
        while (lead + 2 < np && meta_word_count_n(parts[lead].s, parts[lead].n) <= 3 &&
               part_opens_capital(&parts[lead]))
            lead++;
        if (lead && !part_opens_capital(&parts[lead]))
            lead = 0;
        head = lead;
    }
    size_t hw = meta_word_count_n(parts[head].s, parts[head].n);
    /* "Briefe - 26 Oktober 2010 - Blog - Site": a date right after the
     * first part dates that part, as blog and forum CMSs string "entry -
     * date - module - site": the first part is the entry's name at any
     * length, whatever follows the date. Not a first part ending in a
     * digit: "Lagebericht 3. - 9. März 2021" is one date range
     * split at its own " - ". */
    if (head == 0 && np >= 3 && hw >= 1 && part_is_date(&parts[1]) && !part_ends_in_digit(&parts[0]))
        return dup_part(a, &parts[0]);
    if (hw < 4)
        return NULL;
    for (size_t i = lead ? 0 : 1; i < head; i++)
        if (meta_word_count_n(parts[i].s, parts[i].n) * 2 > hw)
            return NULL;
    int confirmed = head >= 1;
    for (size_t i = head + 1; i < np; i++) {
        if (part_is_site(&parts[i], site, logo) || part_is_date(&parts[i])) {
            confirmed = 1;
            continue;
        }
        size_t w = meta_word_count_n(parts[i].s, parts[i].n);
        if (w == 0 || w > 3 || w * 2 > hw || !part_looks_like_name(&parts[i]))
            return NULL;
    }
    return confirmed ? dup_part(a, &parts[head]) : NULL;
}

/* A declared title m with labels that <title> has too: <title> is of the
 * headline-and-labels shape (headline_among_labels) and its headline is
 * one part of m, every other part of m a label of at most 3 words and at
 * most half the headline's. The headline, else NULL. */
static const char *labelled_declared(arena *a, const char *m, const char *title_tag, const char *site,
                                     const char *logo)
{
    if (!title_tag || !*title_tag)
        return NULL;
    part mp[TITLE_MAX_PARTS];
    size_t mn = split_parts_n(m, mp, SEPARATORS_BUT_COLON);
    if (mn < 2)
        return NULL;
    const char *h = headline_among_labels(a, title_tag, site, logo);
    if (!h)
        return NULL;
    size_t hw = meta_word_count(h), at = mn;
    for (size_t i = 0; i < mn && at == mn; i++)
        if (loose_eq(mp[i].s, mp[i].n, h))
            at = i;
    if (at == mn)
        return NULL;
    for (size_t i = 0; i < mn; i++) {
        if (i == at)
            continue;
        size_t w = meta_word_count_n(mp[i].s, mp[i].n);
        if (w == 0 || w > 3 || w * 2 > hw || !part_looks_like_name(&mp[i]))
            return NULL;
    }
    return h;
}

/* "Site.com: Headline", "Daily Planet: Headline": the text after a first
 * "Label: " whose label (at most 3 words) names the site: the declared or
 * host-named site name, the logo h1, or a bare domain. Readability's
 * colon rule keeps such a title whole when the rest is short. French
 * typography sets a blank (or a no-break space) before the colon
 * ("EchoDuPort.fr : Headline"); the label ends before it. NULL when
 * the title does not open so, or the rest has fewer than two words. */
static const char *after_site_colon(arena *a, const char *t, const char *site, const char *logo)
{
    const char *c = strstr(t, ": ");
    if (!c || c == t)
        return NULL;
    size_t ln = (size_t)(c - t);
    for (;;) {
        if (ln && t[ln - 1] == ' ')
            ln--;
        else if (ln >= 2 && (unsigned char)t[ln - 2] == 0xC2 && (unsigned char)t[ln - 1] == 0xA0)
            ln -= 2;
        else
            break;
    }
    if (!ln)
        return NULL;
    part label = {t, ln};
    if (meta_word_count_n(label.s, label.n) > 3 || !part_is_site(&label, site, logo))
        return NULL;
    const char *rest = c + 2;
    while (*rest == ' ')
        rest++;
    return meta_word_count(rest) >= 2 ? meta_collapse(a, rest, strlen(rest)) : NULL;
}

/* 1 for a URL slug or file name given as a title ("adac-kindersitztest-
 * herbst-2018"): no space, a '-' or '_', nothing but lower-case ASCII
 * letters, digits and those. It names no headline. */
static int slug_title(const char *m)
{
    int joiner = 0;
    for (const char *p = m; *p; p++) {
        if (*p == '-' || *p == '_')
            joiner = 1;
        else if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
            return 0;
    }
    return joiner;
}

/* A declared title cut short with "..." or "…" ("... required viewing
 * for the harbour board chair..."; JSON-LD headlines are often cut at a fixed
 * length): the shortest leading run of parts of another title source
 * (<title> first) that continues it, so "Headline | Site" gives the whole
 * headline without the site. m itself when none does. */
static const char *untruncated(arena *a, const char *m, const char *const *sources, size_t ns)
{
    size_t n = strlen(m), cut = 0;
    for (;;) {
        if (n - cut >= 1 && (m[n - cut - 1] == ' ' || m[n - cut - 1] == '.'))
            cut++;
        else if (n - cut >= 3 && memcmp(m + n - cut - 3, "\xE2\x80\xA6", 3) == 0)
            cut += 3;
        else
            break;
    }
    int dots = cut >= 3 || (cut && memchr(m + n - cut, '\xE2', cut));
    if (!dots || n - cut == 0)
        return m;
    char *stem = meta_collapse(a, m, n - cut);
    const char *sk = stem ? meta_fold_key(a, stem) : NULL;
    size_t skl = sk ? strlen(sk) : 0;
    if (skl < VISIBLE_MIN_KEY)
        return m;
    for (size_t i = 0; i < ns; i++) {
        const char *t = sources[i];
        if (!t || t == m)
            continue;
        part parts[TITLE_MAX_PARTS];
        size_t np = split_parts(t, parts);
        for (size_t k = 0; k < np; k++) {
            char *pre = meta_collapse(a, t, (size_t)(parts[k].s - t) + parts[k].n);
            const char *pk = pre ? meta_fold_key(a, pre) : NULL;
            if (pk && strlen(pk) > skl && strncmp(pk, sk, skl) == 0)
                return pre;
        }
    }
    return m;
}

/* Labels that a declared title carries around its headline: "Analysis |
 * Headline", "Headline | News | Site | 29.03.2017". A part cut as one is
 * the site, a date, or at most this many words and at most half the
 * headline's. */
#define AFFIX_MAX_WORDS 3
/* Runs of consecutive parts of one title source: TITLE_MAX_PARTS parts
 * give at most 36. */
#define MAX_RUNS (TITLE_MAX_PARTS * (TITLE_MAX_PARTS + 1) / 2)

typedef struct part_run {
    size_t first, last; /* part indices */
    const char *key;    /* comparison key of the run's text */
} part_run;

/* The comparison keys of every run of consecutive parts into out;
 * returns how many (keys shorter than VISIBLE_MIN_KEY are left out). */
static size_t part_runs(arena *a, const part *parts, size_t np, part_run *out)
{
    size_t n = 0;
    for (size_t i = 0; i < np; i++)
        for (size_t j = i; j < np; j++) {
            char *text = meta_collapse(a, parts[i].s, (size_t)(parts[j].s + parts[j].n - parts[i].s));
            const char *k = text ? meta_fold_key(a, text) : NULL;
            if (k && strlen(k) >= VISIBLE_MIN_KEY && n < MAX_RUNS)
                out[n].first = i, out[n].last = j, out[n].key = k, n++;
        }
    return n;
}

/* A declared title m with affixes that another title source lacks: the
 * longest run of m's parts that <title> or another declared title also
 * holds as a run of its parts ("Analysis | Headline" against "Headline -
 * Site", "Headline | News | Site | 29.03.2017" against "Headline |
 * Site"), when every part of m outside it is a label (AFFIX_MAX_WORDS),
 * the site or a date, and the run has three words or more. Two sources
 * that agree on a run agree on the headline; what only one of them adds
 * is decoration. A run must be made of whole parts, so "Kim Jong-un -
 * the man behind the bomb - Site" keeps its inner " - ". m itself when
 * there is no such run. */
static const char *without_affixes(arena *a, const char *m, const char *const *others, size_t no, const char *site,
                                   const char *logo)
{
    part mp[TITLE_MAX_PARTS], op[TITLE_MAX_PARTS];
    size_t mn = split_parts(m, mp);
    if (mn < 2)
        return m;
    part_run *mr = arena_alloc(a, 2 * MAX_RUNS * sizeof *mr);
    if (!mr)
        return m;
    part_run *orun = mr + MAX_RUNS;
    size_t nmr = part_runs(a, mp, mn, mr);
    const part_run *best = NULL;
    size_t best_len = 0, best_src = 0;
    for (size_t s = 0; s < no; s++) {
        if (!others[s] || !*others[s] || others[s] == m)
            continue;
        size_t on = split_parts(others[s], op);
        size_t nor = part_runs(a, op, on, orun);
        for (size_t i = 0; i < nmr; i++) {
            size_t kl = strlen(mr[i].key);
            if (kl <= best_len)
                continue;
            for (size_t j = 0; j < nor; j++)
                if (strcmp(mr[i].key, orun[j].key) == 0) {
                    best = &mr[i], best_len = kl, best_src = s;
                    break;
                }
        }
    }
    /* another source holds all of m: nothing in it is an affix */
    if (!best || (best->first == 0 && best->last == mn - 1))
        return m;
    const char *run_s = mp[best->first].s;
    size_t run_n = (size_t)(mp[best->last].s + mp[best->last].n - run_s);
    size_t hw = meta_word_count_n(run_s, run_n);
    if (hw < 3)
        return m;
    /* At least one cut part must show itself an affix: the site, a date,
     * a label before the headline, or a part the agreeing source carries
     * too (its site name). Else the shorter source may be a copy cut at
     * a fixed length ("Letters: A | B | C" against "Letters: A | B | C |
     * D"), and the part after the run is the headline's own. */
    size_t on = split_parts(others[best_src], op);
    int confirmed = best->first > 0;
    for (size_t i = 0; i < mn; i++) {
        if (i >= best->first && i <= best->last)
            continue;
        if (part_is_site(&mp[i], site, logo) || part_is_date(&mp[i])) {
            confirmed = 1;
            continue;
        }
        size_t w = meta_word_count_n(mp[i].s, mp[i].n);
        if (w == 0 || w > AFFIX_MAX_WORDS || w * 2 > hw || !part_looks_like_name(&mp[i]))
            return m;
        for (size_t k = 0; k < on && !confirmed; k++)
            confirmed = chars_eq_ci(op[k].s, op[k].n, mp[i].s, mp[i].n);
    }
    if (!confirmed || part_is_site(&(part){run_s, run_n}, site, logo))
        return m;
    return meta_collapse(a, run_s, run_n);
}

/* Words the rest of <title> has at least beside such a site part: a
 * headline's. */
#define DECLARED_SITE_OTHER_WORDS 4

/* 1 when a heading or visible headline element reads the text s (n
 * bytes). */
static int heading_reads(const title_input *in, const char *s, size_t n)
{
    for (size_t h = 0; h < in->nheadings; h++)
        if (in->headings[h] && loose_eq(s, n, in->headings[h]))
            return 1;
    for (size_t h = 0; h < in->nvisible; h++)
        if (in->visible[h] && loose_eq(s, n, in->visible[h]))
            return 1;
    return 0;
}

/* 1 when the declared title m is the site's name on a page that declares
 * none: the logo h1 or the logo picture's alt text reads it, or it is
 * the last or the first part of a <title> of two or more parts whose
 * other parts have twice its words and four at least ("Headline of the
 * story | Site", "Site - Headline of the story" with og:title "Site";
 * fewer where the og:title is name-shaped and the rest holds a word in
 * lower case: "Ferries delayed | Harbour Town Gazette"), and a heading
 * or another declared title reads those other parts. Publishers string <title> from
 * headline and site, so a short og:title that is only one end of it may
 * name the site; but "Headline | Site" with og:title "Headline" is the
 * web's most common shape, and word counts alone cannot tell a short
 * headline beside a long site name from a short site name beside a long
 * headline. Without the logo or a heading to say which end is the story,
 * the og:title is kept. (A declared title that names the host is the
 * site already: title_host_part fills the site name before this.) */
static int declared_is_site_part(const title_input *in, const char *m)
{
    size_t mw = meta_word_count(m);
    if (!mw || mw > DECLARED_SITE_MAX_WORDS)
        return 0;
    if ((in->logo && loose_eq(m, strlen(m), in->logo)) || (in->logo_alt && loose_eq(m, strlen(m), in->logo_alt)))
        return 1;
    part parts[TITLE_MAX_PARTS];
    size_t np = in->title_tag ? split_parts(in->title_tag, parts) : 0;
    if (np < 2)
        return 0;
    /* the last part, or the first ("Site - Headline of the story"), with
     * more words in the other parts together */
    size_t at = loose_eq(parts[np - 1].s, parts[np - 1].n, m) ? np - 1
                : loose_eq(parts[0].s, parts[0].n, m)       ? 0
                                                             : np;
    if (at == np)
        return 0;
    size_t others = 0;
    for (size_t i = 0; i < np; i++)
        if (i != at)
            others += meta_word_count_n(parts[i].s, parts[i].n);
    /* twice its words and a headline's four at least: a short headline
     * beside a long site name ("Sahil yolu genişliyor - Liman Postası
     * Haber Sitesi" with og:title "Sahil yolu genişliyor") is the
     * shorter end but no name */
    const part *lo = &parts[at == 0 ? 1 : 0], *hi = &parts[at == 0 ? np - 1 : np - 2];
    size_t rest_n = (size_t)(hi->s + hi->n - lo->s);
    if (others < 2 * mw || others < DECLARED_SITE_OTHER_WORDS) {
        /* a shorter rest ("Ferries delayed | Harbour Town Gazette")
         * where the og:title reads as a name and the rest does not: the
         * og:title is name_shaped, the rest holds a word opening in
         * lower case (word_opens_lower) after its capital first word
         * (part_opens_capital), two words at least; a rest in capitals or a phrase
         * og:title ("Storm stops ferries | Harbour Gazette") keeps the
         * word counts' answer, and so does a rest that opens in lower
         * case: that is a site written so ("Storm Closes Harbour | heise
         * online", "Bahnstreik | la Repubblica"), not a headline */
        part rest = {lo->s, rest_n};
        if (!name_shaped(m) || !part_opens_capital(&rest) || meta_word_count_n(lo->s, rest_n) < 2 ||
            !word_opens_lower(lo->s, rest_n))
            return 0;
    }
    /* the rest is what the logo reads ("Storm Closes Harbour | heise
     * online" under a logo "heise online"): the rest is the site, and
     * the og:title its headline */
    if ((in->logo && loose_eq(lo->s, rest_n, in->logo)) || (in->logo_alt && loose_eq(lo->s, rest_n, in->logo_alt)))
        return 0;
    /* the other parts together are what a heading reads; not any one
     * of them: in "Headline | News | Site" with og:title "Headline", a
     * section bar's "News" heading reads one part, and the site's own
     * name in a heading would too. Or what another declared title
     * reads: twitter:title or the JSON-LD headline "Headline" beside
     * og:title "Site" under "Headline | Site" says which end is the
     * story as a heading does. */
    if (heading_reads(in, lo->s, rest_n))
        return 1;
    const char *declared[5] = {in->jsonld, in->dc, in->og, in->other, in->twitter};
    for (size_t i = 0; i < 5; i++)
        if (declared[i] && declared[i] != m && loose_eq(lo->s, rest_n, declared[i]))
            return 1;
    return 0;
}

/* Without a confirmed visible headline: a declared title, else <title>
 * cut by the page's headings or site name, else the first h1. */
static const char *title_choose_declared(arena *a, const title_input *in, int *src)
{
    const char *site = in->sitename;
    const char *const *hs = in->headings;
    size_t nh = in->nstrong; /* headline elements and h1s; h2s only for the colon rule */
    /* Declared titles are the publisher's statement and are kept as
     * written, site suffix included: that is what readers and the
     * reference extractors report for them. */
    const char *declared[5] = {in->jsonld, in->dc, in->og, in->other, in->twitter};
    for (size_t i = 0; i < 5; i++) {
        const char *m = declared[i];
        if (!m || !*m)
            continue;
        /* A title that is only the site name says nothing about the story. */
        if (site && loose_eq(m, strlen(m), site) && in->title_tag && !loose_eq(in->title_tag, strlen(in->title_tag), site))
            continue;
        /* Nor one that is the site's name where none is declared
         * (declared_is_site_part): it names the site for the <title>
         * rules below, which cut it from "Headline | Site". */
        if (!site && declared_is_site_part(in, m)) {
            site = m;
            continue;
        }
        if (slug_title(m))
            continue;
        /* a sub-heading of the body, not the headline (see declared_is_subhead) */
        if (declared_is_subhead(a, in, m))
            continue;
        *src = TITLE_SRC_JSONLD + (int)i;
        const char *sources[6] = {in->title_tag, declared[0], declared[1], declared[2], declared[3], declared[4]};
        const char *cut = m;
        m = untruncated(a, m, sources, 6);
        /* No title source continues a cut title ("... daily commute fo...",
         * a JSON-LD headline cut at a fixed length under a site-only
         * <title>): the visible h1s and headline elements outside furniture
         * may, and one that does is the whole headline. */
        if (m == cut && in->nvisible)
            m = untruncated(a, m, in->visible, in->nvisible);
        /* Except a site part (the issue: "the headline, not the <title>
         * with its site suffix"): cut when a headline element or h1 reads
         * exactly the rest, or when the end part IS the declared site name
         * (not merely contains it, as title_strip_site accepts) and the
         * rest is not shorter than it (a wrong og:site_name holding the
         * headline: "Lakeside Fair | Town" with site "Lakeside Fair"). */
        if (site) {
            const char *s = title_strip_site(a, m, site, NULL, 0);
            if (s && s != m) {
                for (size_t h = 0; h < nh; h++)
                    if (hs[h] && loose_eq(s, strlen(s), hs[h]))
                        return s;
                part ps[TITLE_MAX_PARTS];
                size_t np = split_parts(m, ps);
                /* one part: the site glued to the headline by a mark
                 * with no blanks ("見出し／新聞名", "見出し｜新聞名": the
                 * declared name at the very end, glued_site_stripped) */
                if (np < 2)
                    return s;
                if (meta_word_count(s) >= meta_word_count(site) &&
                    (loose_eq(ps[np - 1].s, ps[np - 1].n, site) || loose_eq(ps[0].s, ps[0].n, site))) {
                    /* "Headline - Section - Site": the site cut leaves a
                     * section label that the shape of headline, labels
                     * and site shows (headline_among_labels), as it
                     * does for <title>; before, "Headline - Economia"
                     * was reported. Only labels AFTER the headline are
                     * cut: the result opens where the site-less title s
                     * does. The declared title is the publisher's
                     * headline field, so a short first part that the
                     * shape reads as a leading label is the headline's
                     * own ("Paris - Lyon sleeper train returns ... -
                     * Travel - Site" gives "Paris - Lyon sleeper train
                     * returns ...", "Interview - Anna Holt on ... -
                     * Site" stays whole), not a label as it may be in a
                     * <title> */
                    const char *lab = np > 2 ? headline_among_labels(a, m, site, in->logo) : NULL;
                    const char *at = lab ? strstr(s, lab) : NULL;
                    if (!at)
                        return s;
                    part keep = {s, (size_t)(at - s) + strlen(lab)};
                    return dup_part(a, &keep);
                }
            }
        }
        const char *w = without_affixes(a, m, sources, 6, site, in->logo);
        /* no other source lacks the affixes (og:title and <title> both
         * "Headline | News | Site | 29.03.2017"): the shape of headline,
         * labels, site and date is read as in a <title> */
        if (w == m) {
            const char *lab = headline_among_labels(a, m, site, in->logo);
            if (lab)
                return lab;
            /* "Analysis | Headline" where <title> is "Analysis | Headline
             * - Site": the <title>'s shape shows the label for one, and
             * the declared title is the headline with that label */
            if ((lab = labelled_declared(a, m, in->title_tag, site, in->logo)) != NULL)
                return lab;
        }
        return w;
    }
    const char *t = in->title_tag;
    if (t && *t) {
        *src = TITLE_SRC_TITLE_TAG;
        for (size_t h = 0; h < nh; h++)
            if (hs[h] && loose_eq(t, strlen(t), hs[h]))
                return t;
        part parts[TITLE_MAX_PARTS];
        size_t np = split_parts(t, parts);
        if (np > 1) {
            for (size_t h = 0; h < nh; h++) {
                if (!hs[h])
                    continue;
                for (size_t i = 0; i < np; i++)
                    if (loose_eq(parts[i].s, parts[i].n, hs[h]) && part_may_be_headline(parts, i)) {
                        *src = TITLE_SRC_HEADING_PART;
                        return dup_part(a, &parts[i]);
                    }
            }
        }
        const char *lab = headline_among_labels(a, t, site, in->logo);
        if (!lab)
            lab = after_site_colon(a, t, site, in->logo);
        if (lab) {
            *src = TITLE_SRC_SITE_STRIPPED;
            return lab;
        }
        const char *s = title_strip_site(a, t, site, NULL, 0);
        /* the logo h1 names the site as well as a declared name does;
         * where both cut, the logo's longer cut wins: a logo h1 that
         * reads a run of parts ("Salsa-Figuren - Rueda in Berlin", name
         * and motto) is the whole site part, of which a site name taken
         * from the host ("Rueda in Berlin") is only the last */
        if (in->logo) {
            const char *l = title_strip_site(a, t, in->logo, NULL, 0);
            if (l && l != t && (s == t || strlen(l) < strlen(s)))
                s = l;
        }
        if (s != t) {
            *src = TITLE_SRC_SITE_STRIPPED;
            return s;
        }
        const char *r = readability_title(a, t, hs, in->nheadings);
        if (r != t)
            *src = TITLE_SRC_TITLE_CUT;
        return r;
    }
    *src = TITLE_SRC_HEADING;
    for (size_t h = 0; h < nh; h++)
        if (hs[h] && *hs[h])
            return hs[h];
    *src = TITLE_SRC_NONE;
    return NULL;
}

/* Site names longer than this many words are more likely a tagline or a
 * second headline than a name ("Local News, Weather and Sports for ..."). */
#define SITE_PART_MAX_WORDS 6

/* ASCII letters and digits of s[0..n), lowercased, into out (cap bytes).
 * Unlike meta_fold_key it drops non-ASCII letters: it compares with host
 * labels, which are ASCII, and needs no arena. */
static size_t fold_alnum(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            out[o++] = ch;
    }
    out[o] = 0;
    return o;
}

/* How host_label_match compares a folded text with a host label. */
enum host_label_mode {
    HOST_LABEL_EQUAL,  /* the label is the text, letter for letter */
    HOST_LABEL_EITHER, /* either holds the other */
    HOST_LABEL_HOLDS,  /* the label holds the text */
};

/* 1 when a label of url's host (not the TLD, not "www", 3+ characters),
 * reduced to ASCII letters and digits, matches the already folded text f
 * as mode says. The one walk of host labels behind part_names_host,
 * whole_title_names_host and names_host_label. */
static int host_label_match(const char *url, const char *f, enum host_label_mode mode)
{
    size_t hn;
    const char *h = url ? url_host(url, &hn) : NULL;
    if (!h)
        return 0;
    const char *end = h + hn, *lab = h;
    while (lab < end) {
        const char *dot = memchr(lab, '.', (size_t)(end - lab));
        if (!dot)
            break; /* the last label is the TLD */
        char lf[64];
        size_t ln = fold_alnum(lab, (size_t)(dot - lab), lf, sizeof lf);
        lab = dot + 1;
        if (ln < 3 || strcmp(lf, "www") == 0)
            continue;
        if (mode == HOST_LABEL_EQUAL ? strcmp(lf, f) == 0
            : mode == HOST_LABEL_HOLDS ? strstr(lf, f) != NULL
                                       : (strstr(f, lf) || strstr(lf, f)))
            return 1;
    }
    return 0;
}

/* 1 when a title part names the URL's host: a label of the host (not the
 * TLD, not "www", 3+ characters) and the part, both reduced to ASCII
 * letters and digits, contain one another ("NDR.de" / ndr.de,
 * "Advents Shopping" / advents-shopping.de). */
static int part_names_host(const part *p, const char *url)
{
    char pf[128];
    return fold_alnum(p->s, p->n, pf, sizeof pf) >= 3 && host_label_match(url, pf, HOST_LABEL_EITHER);
}

/* A name starts with a letter or digit (not "| x", a split left-over) and
 * is not a question (a second headline). */
static int part_looks_like_name(const part *p)
{
    size_t n = p->n;
    while (n && p->s[n - 1] == ' ')
        n--;
    if (!n)
        return 0;
    unsigned char c0 = (unsigned char)p->s[0];
    if (!(c0 >= 0x80 || (c0 >= '0' && c0 <= '9') || ((c0 | 32) >= 'a' && (c0 | 32) <= 'z')))
        return 0;
    return p->s[n - 1] != '?';
}

/* A <title> of at most SITE_NAME_TITLE_WORDS words whose letters and
 * digits are a label of the host ("Daily Planet" on www.dailyplanet.com)
 * or part of one: the site's name, not a headline (a headline that names
 * the host holds more: "Advents Shopping Tipps"). Else NULL. */
#define SITE_NAME_TITLE_WORDS 3
static const char *whole_title_names_host(arena *a, const char *t, const char *url)
{
    if (meta_word_count(t) > SITE_NAME_TITLE_WORDS)
        return NULL;
    char tf[128];
    if (fold_alnum(t, strlen(t), tf, sizeof tf) < 4 || !host_label_match(url, tf, HOST_LABEL_HOLDS))
        return NULL;
    return meta_collapse(a, t, strlen(t));
}

const char *title_host_part(arena *a, const char *title_tag, const char *url)
{
    if (!title_tag || !url)
        return NULL;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(title_tag, parts);
    if (np < 2)
        return whole_title_names_host(a, title_tag, url);
    /* the last part first: "Headline | Site" is the commoner order. A
     * part with ':', ',', '/' or brackets is a site name run into a
     * headline or an issue number ("Blog: [Review] Title", "Die
     * Weltwoche, Ausgabe 4/2019"), not a name. */
    /* then the inner parts: "Headline - Site - Section" */
    const part *ends[TITLE_MAX_PARTS] = {&parts[np - 1], &parts[0]};
    size_t ne = 2;
    for (size_t i = 1; i + 1 < np; i++)
        ends[ne++] = &parts[i];
    for (size_t i = 0; i < ne; i++) {
        const part *p = ends[i];
        int punct = 0;
        for (size_t k = 0; k < p->n && !punct; k++)
            punct = p->s[k] == ':' || p->s[k] == ',' || p->s[k] == '/' || p->s[k] == '[' || p->s[k] == '(';
        if (!punct && part_looks_like_name(p) && meta_word_count_n(p->s, p->n) <= SITE_PART_MAX_WORDS &&
            part_names_host(p, url))
            return dup_part(a, p);
    }
    return NULL;
}

/* The part of <title> that names the page's host ("Lendwise" in
 * "Mortgage rates: how to compare offers | Lendwise" on lendwise.example)
 * where the declared site name names neither the host nor any part of
 * <title> ("Mortgages", a
 * blog network's name for one of its sub-sites, after its topic): that
 * declared name is a section's, and the host-named part is the site the
 * title rules cut and the heading rules look for. NULL otherwise (the
 * declared name stands). */
const char *title_host_site_over_declared(arena *a, const char *title_tag, const char *sitename, const char *url)
{
    if (!title_tag || !sitename || !*sitename || !url)
        return NULL;
    part whole = {sitename, strlen(sitename)};
    if (part_names_host(&whole, url))
        return NULL;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(title_tag, parts);
    if (np < 2)
        return NULL;
    const char *sk = meta_fold_key(a, sitename);
    if (!sk || !*sk)
        return NULL;
    for (size_t i = 0; i < np; i++) {
        char *pt = meta_collapse(a, parts[i].s, parts[i].n);
        const char *pk = pt ? meta_fold_key(a, pt) : NULL;
        if (!pk || strcmp(pk, sk) == 0)
            return NULL;
    }
    return title_host_part(a, title_tag, url);
}

const char *title_site_part(arena *a, const char *title_tag, const char *title, const char *url)
{
    if (!title_tag || !title || !*title)
        return NULL;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(title_tag, parts);
    if (np < 2)
        return NULL;
    size_t head;
    if (loose_eq(parts[0].s, parts[0].n, title))
        head = 0;
    else if (loose_eq(parts[np - 1].s, parts[np - 1].n, title))
        head = np - 1;
    else
        return NULL;
    /* Any part that names the host is the site, wherever it stands
     * ("Headline | NDR.de - Sport - Fussball"). */
    for (size_t i = 0; i < np; i++)
        if (i != head && part_looks_like_name(&parts[i]) && part_names_host(&parts[i], url))
            return dup_part(a, &parts[i]);
    /* Otherwise only the plain "Headline | Site" / "Site - Headline":
     * with three or more parts the site may be any of the others. The
     * other part must look like a name: shorter than the headline (else
     * the headline was probably mistaken for the blog's name), not a
     * byline, starting with a letter or digit, and not after " : " (a
     * kicker, "Guinea : Poacher convicted"). */
    if (np != 2)
        return NULL;
    const part *site = &parts[1 - head];
    size_t sw = meta_word_count_n(site->s, site->n);
    if (site->n == 0 || sw > SITE_PART_MAX_WORDS || sw >= meta_word_count_n(parts[head].s, parts[head].n))
        return NULL;
    if (!part_looks_like_name(site))
        return NULL;
    if (site->n > 3 && meta_istarts(site->s, "by "))
        return NULL;
    if (strstr(title_tag, " : "))
        return NULL;
    return dup_part(a, site);
}

/* 1 for a bare domain name: "WestfieldPost.com", "www.example.co.uk" (no
 * blank, two or more dot-separated labels of letters, digits and '-', the
 * last two to six letters). */
static int bare_domain(const char *s, size_t n)
{
    size_t labels = 0, len = 0, last_alpha = 1;
    for (size_t i = 0; i <= n; i++) {
        char ch = i < n ? s[i] : '.';
        if (ch == '.') {
            if (!len)
                return 0;
            labels++;
            if (i == n && (!last_alpha || len < 2 || len > 6))
                return 0; /* the TLD: two to six letters */
            len = 0;
            last_alpha = 1;
            continue;
        }
        int alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if (!alpha && !(ch >= '0' && ch <= '9') && ch != '-')
            return 0;
        last_alpha &= alpha;
        len++;
    }
    return labels >= 2;
}

/* <title> opens with a bare domain ("Site.com - Headline") before a part
 * of more words (title.h). */
int title_opens_with_domain(const char *title_tag)
{
    if (!title_tag)
        return 0;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(title_tag, parts);
    if (np < 2)
        return 0;
    size_t n0 = parts[0].n;
    while (n0 && parts[0].s[n0 - 1] == ' ')
        n0--;
    return bare_domain(parts[0].s, n0) &&
           meta_word_count_n(parts[1].s, parts[1].n) > meta_word_count_n(parts[0].s, parts[0].n);
}

/* A plain h1 that reads the first part of "Site - Headline [- Date]" is
 * the site's name set as a heading without a logo's markup (an old
 * page's "<h1>WestfieldPost.com</h1>" over a headline in bold type), when
 * it is a bare domain and the part after it, the headline, has more
 * words. Only a domain: by word counts alone a short headline before a
 * long site name ("Saubere Flüsse - Katholischer Jugendbund im
 * Allgäu (kja)") reads the same way; a site name in words is known
 * when it names the page's host (title_host_part), and the older rules
 * drop it then. */
int title_first_part_is_site(const char *title_tag, const char *heading)
{
    if (!title_tag || !heading || !*heading)
        return 0;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(title_tag, parts);
    return np >= 2 && loose_eq(parts[0].s, parts[0].n, heading) && title_opens_with_domain(title_tag);
}

/* 1 when s's ASCII letters and digits are exactly a label of url's host
 * (not the TLD, not "www"): "Harbour Gazette" on
 * www.harbourgazette.example. part_names_host accepts either holding the
 * other, which a headline's words may do ("Fair supply chains" on
 * supplychains.example). */
static int names_host_label(const char *s, const char *url)
{
    char sf[128];
    return fold_alnum(s, strlen(s), sf, sizeof sf) >= 3 && host_label_match(url, sf, HOST_LABEL_EQUAL);
}

/* A plain h1 that reads only the site's name (the declared one, or a
 * label of the page's host letter for letter; at most SITE_H1_MAX_WORDS
 * words) where <title> holds it as a part beside a part of more words
 * ("Harbour Gazette - Fishermen protest new quota rules" under
 * "<h1>Harbour Gazette</h1>"): the site's name set as a heading without a
 * logo's markup. Before, the h1 made the site part of <title> "the part
 * a heading repeats" and the site's name was reported as the headline. A
 * wrong og:site_name may hold the headline, and then the h1 is the
 * story's: a longer part is required beside it (under "Lakeside Fair |
 * Town" with that h1 the site part is the shorter one), and no declared
 * title (og:title, twitter:title, JSON-LD headline) may equal the h1
 * ("Neue Buslinie | Stadtwerke Musterstadt Verkehrsbetriebe GmbH" with
 * og:site_name and og:title both "Neue Buslinie"). A site name that title_host_part read off <title> itself
 * is no evidence: it names the host by containing a label, as a
 * headline's words may ("Fair supply chains - Long Association Name" on
 * supplychains.example), so the host label must be the h1's whole text. */
int title_part_is_site_h1(const title_input *in, const char *declared_site, const char *url, const char *heading)
{
    const char *title_tag = in->title_tag;
    if (!title_tag || !heading || !*heading)
        return 0;
    size_t hw = meta_word_count(heading);
    if (hw > SITE_H1_MAX_WORDS)
        return 0;
    /* A declared title that is the h1's text shows the h1 is the story's
     * and the site name that repeats it is wrong. */
    const char *declared[] = {in->og, in->twitter, in->jsonld};
    for (size_t i = 0; i < sizeof declared / sizeof *declared; i++)
        if (declared[i] && loose_eq(heading, strlen(heading), declared[i]))
            return 0;
    if (!(declared_site && *declared_site && loose_eq(heading, strlen(heading), declared_site)) &&
        !names_host_label(heading, url))
        return 0;
    part parts[TITLE_MAX_PARTS];
    size_t np = split_parts(title_tag, parts);
    int named = 0, longer = 0;
    for (size_t i = 0; i < np; i++) {
        if (loose_eq(parts[i].s, parts[i].n, heading))
            named = 1;
        else if (meta_word_count_n(parts[i].s, parts[i].n) > hw)
            longer = 1;
    }
    return named && longer;
}

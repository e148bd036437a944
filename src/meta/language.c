/* language.c: the final word on art->language. metadata.c reads what the
 * page declares (<html lang>, Content-Language, og:locale, JSON-LD
 * inLanguage, dc.language); here that declaration is checked against the
 * article's own text with CLD2 (langid.h), and the text decides when the
 * page declares nothing or declares something the text clearly is not
 * (templates ship lang="en" on pages in every language). Runs after
 * extract_body, on at most LANG_SAMPLE bytes of the body's text. The rule
 * and its measurements: docs/metadata.md, "Language". */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/arena.h"
#include "core/utf8.h"
#include "meta.h"
#include "langid.h"

#ifdef LEDE_LANG_TRACE
#include <stdio.h>
#endif

/* CLD2 is reliable on a few hundred letters. It first reads LANG_FIRST
 * bytes of body text and only reads up to LANG_SAMPLE when that was not
 * clear-cut: CLD2's time grows with its input (4 KB for every page cost 9%
 * of lede's instructions; 1 KB alone changed 5 of 1,858 dev pages'
 * answers, the two steps none). */
#define LANG_FIRST 1024
#define LANG_SAMPLE 4096
/* Below this many letters CLD2's verdict is a guess (it defaults short
 * text to English): the text neither supplies nor overrules a language. */
#define LANG_MIN_LETTERS 200
/* A declaration is overruled only when the text is clearly one language:
 * mixed pages (a Dutch article quoting English at length) keep theirs. */
#define LANG_OVERRULE_PERCENT 80

typedef struct sample {
    char buf[LANG_SAMPLE];
    size_t len;
} sample;

/* Length of the run of bytes 0x20..0x7F at the start of p[0..n): 16 bytes
 * a step with SSE2 (one signed compare: bytes >= 0x80 are negative, so
 * they are "below 0x20" too). */
static size_t ascii_run(const unsigned char *p, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, space));
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i < n && p[i] >= 0x20 && p[i] < 0x80)
        i++;
    return i;
}

/* Appends text as CLD2 wants it: valid UTF-8 only, control bytes as
 * spaces, never a sequence cut at the end. Returns 0 once full. */
static int sample_add(sample *s, const char *text, size_t len)
{
    const unsigned char *p = (const unsigned char *)text;
    if (s->len && s->len < sizeof s->buf)
        s->buf[s->len++] = ' ';
    size_t i = 0;
    while (i < len) {
        if (p[i] >= 0x20 && p[i] < 0x80) {
            /* a run of printable ASCII (most text) is copied at once; what
             * does not fit fills the sample, as byte by byte would */
            size_t run = ascii_run(p + i, len - i), room = sizeof s->buf - s->len;
            if (run > room) {
                memcpy(s->buf + s->len, p + i, room);
                s->len += room;
                return 0;
            }
            memcpy(s->buf + s->len, p + i, run);
            s->len += run;
            i += run;
            continue;
        }
        size_t k = utf8_seq_len(p + i, len - i);
        if (k == 0) {
            i++;
            continue;
        }
        if (s->len + k > sizeof s->buf)
            return 0;
        if (k == 1 && p[i] < 0x20) {
            s->buf[s->len++] = ' ';
        } else {
            memcpy(s->buf + s->len, p + i, k);
            s->len += k;
        }
        i += k;
    }
    return s->len < sizeof s->buf;
}

static int skipped_element(const dom_node *n)
{
    if (n->flags & (DOM_F_REMOVED | DOM_F_HIDDEN))
        return 1;
    switch (n->tag) {
    case TAG_SCRIPT:
    case TAG_STYLE:
    case TAG_TEMPLATE:
    case TAG_NOSCRIPT:
        return 1;
    default:
        return n->ns != NS_HTML;
    }
}

/* The article's text as the renderers see it (kept subtrees only). */
static void collect_body_text(const lede_article *art, sample *s)
{
    for (size_t b = 0; b < art->nbody; b++) {
        const dom_node *root = art->body[b];
        const dom_node *n = root;
        while (n) {
            if (n->type == DOM_ELEMENT && skipped_element(n)) {
                n = n == root ? NULL : dom_next_skip(root, n);
                continue;
            }
            if (n->type == DOM_TEXT && !sample_add(s, n->text, n->text_len))
                return;
            n = dom_next(root, n);
        }
    }
}

/* CLD2 still answers with a few pre-2000 codes; lede reports BCP 47. */
static const char *modern_code(const char *code)
{
    static const char *const renamed[][2] = {{"iw", "he"}, {"jw", "jv"}, {"in", "id"}, {"ji", "yi"}};
    for (size_t i = 0; i < sizeof renamed / sizeof *renamed; i++)
        if (strcmp(code, renamed[i][0]) == 0)
            return renamed[i][1];
    return code;
}

/* The primary subtag, folded over the families CLD2 cannot tell apart
 * reliably from a page of text and that pages declare either way:
 * Norwegian (no/nb/nn), Serbo-Croatian (sh/sr/hr/bs), Malay (ms/id). */
static void lang_family(const char *tag, char out[4])
{
    size_t n = 0;
    while (tag[n] && tag[n] != '-' && tag[n] != '_' && n < 3) {
        char ch = tag[n];
        out[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    out[n] = 0;
    static const char *const family[][2] = {{"nb", "no"}, {"nn", "no"}, {"hr", "sh"}, {"sr", "sh"},
                                            {"bs", "sh"}, {"id", "ms"}, {"iw", "he"}};
    for (size_t i = 0; i < sizeof family / sizeof *family; i++)
        if (strcmp(out, family[i][0]) == 0) {
            strcpy(out, family[i][1]);
            return;
        }
}

int extract_language(lede_article *art)
{
    sample *s = malloc(sizeof *s);
    if (!s)
        return -1;
    s->len = 0;
    collect_body_text(art, s);
    if (s->len < LANG_MIN_LETTERS / 2 && art->title) /* a short page: let the headline help */
        sample_add(s, art->title, strlen(art->title));

    langid_result r;
    size_t first = s->len;
    if (first > LANG_FIRST) {
        first = LANG_FIRST;
        while (first && ((unsigned char)s->buf[first] & 0xC0) == 0x80) /* not inside a character */
            first--;
    }
    langid_detect(s->buf, first, &r);
    if (first < s->len && !(r.reliable && r.percent >= 90 && r.text_bytes >= LANG_MIN_LETTERS))
        langid_detect(s->buf, s->len, &r);
    free(s);

    const char *declared = art->language;
    const char *detected = r.code[0] ? modern_code(r.code) : NULL;
    int usable = detected && r.reliable && r.text_bytes >= LANG_MIN_LETTERS;
    const char *chosen = declared;
    if (usable) {
        if (!declared) {
            chosen = detected;
        } else {
            char a[4], b[4];
            lang_family(declared, a);
            lang_family(detected, b);
            if (strcmp(a, b) != 0 && r.percent >= LANG_OVERRULE_PERCENT)
                chosen = detected;
        }
    }
#ifdef LEDE_LANG_TRACE
    fprintf(stderr, "LANG-TRACE declared=%s detected=%s percent=%d reliable=%d letters=%d chosen=%s\n",
            declared ? declared : "-", detected ? detected : "-", r.percent, r.reliable, r.text_bytes,
            chosen ? chosen : "-");
#endif
    if (chosen != declared) {
        char *copy = arena_strndup(&art->doc->mem, chosen, strlen(chosen));
        if (!copy)
            return -1;
        art->language = copy;
    }
    return 0;
}

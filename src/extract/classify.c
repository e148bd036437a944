/* classify.c: keyword hints from class and id attributes.
 *
 * The keywords are the ones Readability.js uses (its unlikelyCandidates,
 * okMaybeItsACandidate, positive and negative patterns) plus the page
 * furniture names that recur across CMSs (WordPress, Drupal, Arc, Brightspot,
 * Ghost...). They name kinds of page parts, never a particular site.
 *
 * Matching is case-insensitive on ASCII. A keyword matches as a substring
 * (SUB), only at the start of a token (PRE), or only as a whole token (TOK),
 * where tokens are split by any non-alphanumeric byte: "ad" must not match
 * "header" or "download", "nav" must not match "canvas"; or as a whole
 * class name (WORD, split by white space only): "hidden" is a class that
 * hides, "tw-overflow-hidden" is not. The table is sorted
 * by first byte so each position of the value tries only its bucket. */
#include "classify.h"

#include <string.h>

enum { SUB, PRE, TOK, WORD };

typedef struct kw {
    const char *word;
    uint8_t mode;
    uint32_t hints;
} kw;

#define U CL_UNLIKELY
#define M CL_MAYBE
#define P CL_POSITIVE
#define N CL_NEGATIVE

/* Sorted by first byte (then anything); see the bucket scan below. */
static const kw keywords[] = {
    {"-ad-", SUB, U | N | CL_AD},
    {"about-author", SUB, CL_AUTHORBOX},
    {"ad", TOK, CL_AD},
    {"ad-break", SUB, U | CL_AD},
    {"ad-container", SUB, CL_AD},
    {"ad-slot", SUB, CL_AD},
    {"ad-wrap", SUB, CL_AD},
    {"addthis", SUB, CL_SHARE},
    {"ads", TOK, CL_AD},
    {"adsense", SUB, CL_AD},
    {"adslot", SUB, CL_AD},
    {"advert", SUB, CL_AD},
    {"agegate", SUB, U},
    {"ai2html", SUB, U},
    {"also-read", SUB, CL_RELATED},
    {"and", SUB, M},
    {"article", SUB, M | P},
    {"article-body", SUB, CL_BODY},
    {"article-content", SUB, CL_BODY},
    {"article-text", SUB, CL_BODY},
    {"article__body", SUB, CL_BODY},
    {"article__content", SUB, CL_BODY},
    {"articlebody", SUB, CL_BODY},
    {"articlecontent", SUB, CL_BODY},
    {"articletext", SUB, CL_BODY},
    {"author-bio", SUB, CL_AUTHORBOX},
    {"author-box", SUB, CL_AUTHORBOX},
    {"author-info", SUB, CL_AUTHORBOX},
    {"authorbio", SUB, CL_AUTHORBOX},
    {"authorbox", SUB, CL_AUTHORBOX},
    {"banner", SUB, U | N},
    {"blog", SUB, P},
    {"body", SUB, M | P},
    {"body-text", SUB, CL_BODY},
    {"bodytext", SUB, CL_BODY},
    {"breadcrumb", SUB, U | CL_NAV},
    {"byline", SUB, CL_META},
    {"caption", SUB, CL_CAPTION},
    {"column", SUB, M},
    {"com-", SUB, N},
    {"combx", SUB, U | N},
    {"comment", SUB, U | N | CL_COMMENT},
    {"community", SUB, U},
    {"consent", SUB, CL_CONSENT},
    {"contact", SUB, N},
    {"content", SUB, M | P},
    {"cookie", SUB, CL_CONSENT},
    {"cover-wrap", SUB, U},
    {"dateline", SUB, CL_META},
    {"dialog", SUB, U},
    {"disqus", SUB, U | CL_COMMENT},
    {"entry", SUB, P},
    {"entry-content", SUB, CL_BODY},
    {"entry-meta", SUB, CL_META},
    {"extra", SUB, U},
    {"footer", SUB, U | N},
    {"gdpr", SUB, U | N | CL_CONSENT},
    {"h-entry", SUB, P},
    {"header", SUB, U},
    {"hentry", SUB, P},
    {"hid", WORD, N},
    {"hidden", WORD, N | CL_HIDDEN},
    {"legends", SUB, U},
    {"login", SUB, U},
    {"main", SUB, M | P},
    {"masthead", SUB, N},
    {"media", SUB, N},
    {"menu", SUB, U | CL_NAV},
    {"meta", SUB, N},
    {"modal", SUB, U},
    {"more-stories", SUB, CL_RELATED},
    {"most-read", SUB, CL_RELATED},
    {"mostread", SUB, CL_RELATED},
    {"nav", PRE, CL_NAV},
    {"news-body", SUB, CL_BODY},
    {"newsletter", SUB, CL_CONSENT},
    {"outbrain", SUB, N | CL_RELATED},
    {"overlay", SUB, U},
    {"page", SUB, P},
    {"pager", SUB, U | CL_NAV},
    {"pagination", SUB, U | P | CL_NAV},
    {"popular", SUB, CL_RELATED},
    {"popup", SUB, U},
    {"post", SUB, P},
    {"post-body", SUB, CL_BODY},
    {"post-content", SUB, CL_BODY},
    {"post-meta", SUB, CL_META},
    {"postbody", SUB, CL_BODY},
    {"promo", SUB, N | CL_AD},
    {"recommend", SUB, CL_RELATED},
    {"related", SUB, U | N | CL_RELATED},
    {"remark", SUB, U},
    {"replies", SUB, U | CL_COMMENT},
    {"rss", SUB, U},
    {"screen-reader-text", WORD, CL_HIDDEN},
    {"scroll", SUB, N},
    {"shadow", SUB, M},
    {"share", SUB, N | CL_SHARE},
    {"sharing", SUB, CL_SHARE},
    {"shopping", SUB, N},
    {"shoutbox", SUB, U | N},
    {"sidebar", SUB, U | N},
    {"signup", SUB, CL_CONSENT},
    {"skyscraper", SUB, U | N},
    {"social", SUB, U | CL_SHARE},
    {"sponsor", SUB, U | N | CL_AD},
    {"sr-only", WORD, CL_HIDDEN},
    {"story", SUB, P},
    {"story-body", SUB, CL_BODY},
    {"story-content", SUB, CL_BODY},
    {"storybody", SUB, CL_BODY},
    {"subscribe", SUB, CL_CONSENT},
    {"supplemental", SUB, U},
    {"taboola", SUB, CL_RELATED},
    {"tags", SUB, N},
    {"text", SUB, P},
    {"trending", SUB, CL_RELATED},
    {"visually-hidden", WORD, CL_HIDDEN},
    {"visuallyhidden", WORD, CL_HIDDEN},
    {"widget", SUB, N},
    {"yom-remote", SUB, U},
};

#undef U
#undef M
#undef P
#undef N

#define NKW (sizeof keywords / sizeof *keywords)

static inline int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static inline int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* Bucket of keywords starting with byte c: [lo, hi). The table is small and
 * sorted by first byte, so a linear pre-scan would do; a binary search on
 * the first byte keeps it O(log n) per position. */
static void bucket(unsigned char c, size_t *lo, size_t *hi)
{
    size_t a = 0, b = NKW;
    while (a < b) {
        size_t m = (a + b) / 2;
        if ((unsigned char)keywords[m].word[0] < c)
            a = m + 1;
        else
            b = m;
    }
    *lo = a;
    b = NKW;
    size_t x = a;
    while (x < b) {
        size_t m = (x + b) / 2;
        if ((unsigned char)keywords[m].word[0] <= c)
            x = m + 1;
        else
            b = m;
    }
    *hi = x;
}

static uint32_t scan_value(const char *v, size_t len)
{
    char low[256];
    if (len > sizeof low)
        len = sizeof low;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)v[i];
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    uint32_t hints = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)low[i];
        if (!((c >= 'a' && c <= 'z') || c == '-'))
            continue;
        size_t lo, hi;
        bucket(c, &lo, &hi);
        for (size_t k = lo; k < hi; k++) {
            const kw *w = &keywords[k];
            size_t wl = strlen(w->word);
            if (i + wl > len || memcmp(low + i, w->word, wl) != 0)
                continue;
            if (w->mode == WORD) {
                if ((i > 0 && !is_space((unsigned char)low[i - 1])) ||
                    (i + wl < len && !is_space((unsigned char)low[i + wl])))
                    continue;
            } else if (w->mode != SUB) {
                if (i > 0 && is_alnum((unsigned char)low[i - 1]))
                    continue;
                if (w->mode == TOK && i + wl < len && is_alnum((unsigned char)low[i + wl]))
                    continue;
            }
            hints |= w->hints;
        }
    }
    return hints;
}

uint32_t classify_element(const dom_node *el)
{
    if (!el || el->type != DOM_ELEMENT)
        return 0;
    uint32_t hints = 0;
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const dom_attr *a = &el->attrs[i];
        if ((a->name_len == 5 && memcmp(a->name, "class", 5) == 0) ||
            (a->name_len == 2 && memcmp(a->name, "id", 2) == 0))
            hints |= scan_value(a->value, a->value_len);
    }
    return hints;
}

int classify_weight(const dom_node *el)
{
    int w = 0;
    if (!el || el->type != DOM_ELEMENT)
        return 0;
    for (uint32_t i = 0; i < el->nattrs; i++) {
        const dom_attr *a = &el->attrs[i];
        if ((a->name_len == 5 && memcmp(a->name, "class", 5) == 0) ||
            (a->name_len == 2 && memcmp(a->name, "id", 2) == 0)) {
            uint32_t h = scan_value(a->value, a->value_len);
            if (h & CL_NEGATIVE)
                w -= 25;
            if (h & CL_POSITIVE)
                w += 25;
        }
    }
    return w;
}

/* pages.c: the article's next page (the record's next_page), for stories
 * split over several pages.
 *
 * Candidates, in order: the page's <link rel=next>; then, in the body the
 * body stage chose (removed parts included: pagers are furniture) and in
 * the nodes just after it, links marked rel=next, links whose whole text
 * says "next page" ("Next", "Next page »", "Nächste Seite", "Page
 * suivante"...; "Next article" is not one), and pager numbers.
 *
 * A candidate counts only when its URL continues the page's own URL (the
 * given URL, else the canonical one): same scheme and host, and the two
 * URLs differ only in a page number, written with at most page words
 * ("page", "p", "seite"...) and separators, where the candidate's number
 * is the current one plus one, or 1 or 2 when the current URL has none
 * (a first page). So "story.html" -> "story-2.html", "story/" ->
 * "story/2/", "?page=2" -> "?page=3", "-p2.html", "/seite-2" pass, and the
 * next post a blog's <link rel=next> or post navigation names (another
 * slug, another id) does not: on the dev sets most <link rel=next> are
 * such next-post links (docs/pages.md). Without a URL of the page nothing
 * can be checked and next_page stays null. */
#include <string.h>
#include <strings.h>

#include "core/url.h"
#include "body.h"
#include "words/words.h"

/* Element nodes looked at after the body's last subtree: pagers sit right
 * under the story, before the comments and the footer. */
#define PAGER_REACH 400
/* Links that read as "next" or a number whose URL is resolved and checked,
 * per page: a pager has a dozen; this bounds a page made of them. */
#define CANDIDATES_MAX 64
/* Ancestors looked at for a comment section. */
#define COMMENT_DEPTH 32
/* Page numbers have at most this many digits; longer runs are ids. */
#define PAGE_DIGITS_MAX 3

static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static int is_alpha(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

/* Words that may name a page number in a URL ("?page=2", "-p2", "/seite-2"). */
static int page_word(const char *w, size_t n)
{
    char low[8]; /* the longest entry is 6 bytes */
    if (n == 0 || n >= sizeof low)
        return 0;
    for (size_t j = 0; j < n; j++)
        low[j] = (char)(w[j] | 0x20); /* the entries are letters: this folds their case */
    return words_exact(&words_page_words, low, n);
}

/* Reads the differing part of a URL: page words, separators and at most
 * one number of PAGE_DIGITS_MAX digits. *num is the number (0 without
 * one). 0 when the part holds anything else. */
static int page_part(const char *s, size_t n, int *num)
{
    int numbers = 0;
    *num = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        if (is_digit(s[i])) {
            while (j < n && is_digit(s[j]))
                j++;
            if (j - i > PAGE_DIGITS_MAX || numbers++)
                return 0;
            for (size_t k = i; k < j; k++)
                *num = *num * 10 + (s[k] - '0');
        } else if (is_alpha(s[i])) {
            while (j < n && is_alpha(s[j]))
                j++;
            if (!page_word(s + i, j - i))
                return 0;
        } else if (strchr("/-_.?&=;", s[i])) {
            j++;
        } else {
            return 0;
        }
        i = j;
    }
    return 1;
}

/* The common end of two URLs may only close the path: "", "/", an
 * extension (".html"), then a query or fragment they share. */
static int plain_tail(const char *s)
{
    if (*s == '/')
        s++;
    else if (*s == '.') {
        s++;
        size_t e = 0;
        while (e < 6 && (is_alpha(s[e]) || is_digit(s[e])))
            e++;
        s += e;
    }
    return *s == '\0' || *s == '?' || *s == '#' || *s == '&';
}

/* Length of the scheme and host part ("https://example.com"), 0 when the
 * URL is not http(s). */
static size_t origin_len(const char *u)
{
    const char *p = strstr(u, "://");
    if (!p || (p - u != 4 && p - u != 5) || (strncmp(u, "http", 4) != 0))
        return 0;
    return (size_t)(p + 3 - u) + strcspn(p + 3, "/?#");
}

/* The page number of cand when it is the page after cur (see the comment
 * at the top), else 0. */
static int next_number(const char *cur, const char *cand)
{
    if (!cur || !cand)
        return 0;
    size_t lc = strcspn(cur, "#"), ln = strcspn(cand, "#");
    size_t oc = origin_len(cur);
    if (!oc || oc != origin_len(cand) || strncmp(cur, cand, oc) != 0)
        return 0;
    if (lc == ln && memcmp(cur, cand, lc) == 0)
        return 0;
    size_t p = 0;
    while (p < lc && p < ln && cur[p] == cand[p])
        p++;
    /* a number the two share the start of is compared whole */
    while (p > oc && is_digit(cur[p - 1]) && ((p < lc && is_digit(cur[p])) || (p < ln && is_digit(cand[p]))))
        p--;
    size_t s = 0;
    while (s < lc - p && s < ln - p && cur[lc - 1 - s] == cand[ln - 1 - s])
        s++;
    while (s && is_digit(cur[lc - s]) &&
           ((lc - s > p && is_digit(cur[lc - s - 1])) || (ln - s > p && is_digit(cand[ln - s - 1]))))
        s--;
    if (!plain_tail(cur + lc - s))
        return 0;
    int ncur, nnext;
    if (!page_part(cur + p, lc - s - p, &ncur) || !page_part(cand + p, ln - s - p, &nnext) || !nnext)
        return 0;
    return (ncur ? nnext == ncur + 1 : (nnext == 1 || nnext == 2)) ? nnext : 0;
}

int pages_is_next(const char *cur, const char *cand) { return next_number(cur, cand) > 0; }

/* The link's text, lower-cased ASCII, with spaces, punctuation and arrows
 * dropped, in out (at most cap - 1 bytes); *arrows counts the arrows and
 * guillemets dropped. 0 when longer. */
static int link_key(const dom_node *a, char *out, size_t cap, int *arrows)
{
    size_t n = 0;
    *arrows = 0;
    for (const dom_node *t = a; t; t = dom_next(a, t)) {
        if (t->type != DOM_TEXT)
            continue;
        for (uint32_t i = 0; i < t->text_len; i++) {
            unsigned char ch = (unsigned char)t->text[i];
            if (ch < 0x80 && !is_alpha((char)ch) && !is_digit((char)ch)) {
                *arrows += ch == '>';
                continue;
            }
            /* arrows and guillemets: U+00AB/BB (C2 AB/BB), U+2039/203A,
             * U+2190..21FF (E2 86..87 xx), U+25B6 etc. are punctuation here */
            if (ch == 0xC2 && i + 1 < t->text_len &&
                ((unsigned char)t->text[i + 1] == 0xAB || (unsigned char)t->text[i + 1] == 0xBB)) {
                i++;
                ++*arrows;
                continue;
            }
            if (ch == 0xE2 && i + 2 < t->text_len) {
                unsigned char b1 = (unsigned char)t->text[i + 1], b2 = (unsigned char)t->text[i + 2];
                if ((b1 == 0x80 && (b2 == 0xB9 || b2 == 0xBA)) || b1 == 0x86 || b1 == 0x87 || b1 == 0x96 ||
                    b1 == 0x9E) {
                    i += 2;
                    ++*arrows;
                    continue;
                }
            }
            if (n + 1 >= cap)
                return 0;
            out[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
    }
    out[n] = '\0';
    return 1;
}

/* Whole link texts that mean "the next page" (see link_key). */
static int says_next_page(const char *key)
{
    static const char *const keys[] = {
        "next", "nextpage", "continue", "continuereading", "weiter", "nächste", "nächsteseite",
        "suivant", "suivante", "pagesuivante", "siguiente", "páginasiguiente", "próxima",
        "próximapágina", "volgende", "volgendepagina", "successiva", "paginasuccessiva", "avanti",
        "następna", "następnastrona", "nästa", "neste", "næste"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (key[0] == keys[i][0] && strcmp(key, keys[i]) == 0) /* first byte: most links fail there */
            return 1;
    return 0;
}

/* -1 when link a may point to the next page by its rel=next, its "next
 * page" text or an arrow alone; the number when its text is a number (a
 * pager's "2"); 0 otherwise. */
static int next_like(const dom_node *a)
{
    const char *rel = dom_attr_get(a, "rel");
    if (rel && strstr(rel, "next"))
        return -1;
    char key[24]; /* the longest "next page" key is 16 bytes: longer texts stop early */
    int arrows;
    if (!link_key(a, key, sizeof key, &arrows))
        return 0;
    if (key[0] == '\0')
        return arrows ? -1 : 0; /* only arrows ("»", "›", "→", ">") */
    size_t i = 0;
    int num = 0;
    while (is_digit(key[i]) && i < PAGE_DIGITS_MAX)
        num = num * 10 + (key[i++] - '0');
    if (i && !key[i])
        return num;
    return says_next_page(key) ? -1 : 0;
}

/* 1 when n sits in a comment section (the class or id word of comments.c:
 * comment, discussion, disqus): its pager pages the comments. */
static int in_comments(const dom_node *n)
{
    const words_table *t = &words_class_comment_section_prefixes;
    int depth = 0;
    for (const dom_node *p = n->parent; p && p->type == DOM_ELEMENT && depth++ < COMMENT_DEPTH; p = p->parent) {
        const char *c = dom_attr_get(p, "class"), *id = dom_attr_get(p, "id");
        if (words_in_value(t, c, 1) || words_in_value(t, id, 1))
            return 1;
    }
    return 0;
}

/* The link's URL, absolute, when it continues one of the page's URLs.
 * *budget counts down the candidates checked. */
static const char *check_link(lede_article *art, const dom_node *a, int *budget)
{
    const char *href = dom_attr_get(a, "href");
    int like;
    if (!href || !*href || *href == '#' || !(like = next_like(a)) || *budget <= 0)
        return NULL;
    --*budget;
    const char *abs = url_resolve(&art->doc->mem, art->link_base, href);
    int num = next_number(art->page_url, abs);
    if (!num)
        num = next_number(art->url, abs);
    /* a pager number is the next page's number: its URL's, or one more
     * where the URL counts from 0 ("?page=1" is page 2) */
    if (!num || (like > 0 && (like < 2 || (like != num && like != num + 1))) || in_comments(a))
        return NULL;
    return abs;
}

static const char *scan(lede_article *art, const dom_node *root, const dom_node *from, size_t reach,
                        int *budget)
{
    size_t seen = 0;
    for (const dom_node *n = from; n && seen < reach; n = dom_next(root, n)) {
        if (n->type != DOM_ELEMENT)
            continue;
        seen++;
        if (n->tag == TAG_A) {
            const char *u = check_link(art, n, budget);
            if (u)
                return u;
        }
    }
    return NULL;
}

int extract_next_page(lede_article *art)
{
    const char *link = art->link_next;
    if (link && (pages_is_next(art->page_url, link) || pages_is_next(art->url, link))) {
        art->next_page = link;
        return 0;
    }
    if (!art->page_url && !art->url)
        return 0;
    const dom_node *last = NULL;
    int budget = CANDIDATES_MAX;
    for (size_t i = 0; i < art->nbody; i++) {
        const dom_node *r = art->body[i];
        if (!r)
            continue;
        const char *u = scan(art, r, r, (size_t)-1, &budget);
        if (u) {
            art->next_page = u;
            return 0;
        }
        last = r;
    }
    if (last) {
        const dom_node *root = art->doc->root;
        const dom_node *after = dom_next_skip(root, last);
        art->next_page = after ? scan(art, root, after, PAGER_REACH, &budget) : NULL;
    }
    return 0;
}

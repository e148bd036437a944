/* author_pick.c: choosing the article's authors among the candidates the
 * collection walk found (JSON-LD, meta tags, rel=author, itemprop=author,
 * byline-class elements near the headline), cleaning them with author.c.
 * The visible bylines come last: after the body stage, from the lines it
 * handed over (art->byline_lines), for pages that name their author
 * nowhere else. */
#include <strings.h>

#include "core/url.h"
#include "core/utf8.h"
#include "meta_int.h"

/* Reads authors from a byline line: its text, lines split at block
 * boundaries, handed to the byline cleaner (author.c). */
static int byline_authors(lede_article *art, const dom_node *line)
{
    char text[256];
    size_t len = 0;
    int space = 0;
    for (const dom_node *d = line; d && len + 2 < sizeof text; d = dom_next(line, d)) {
        if (d->type == DOM_ELEMENT && d != line && (tag_flags[d->tag] & TF_BLOCK || d->tag == TAG_BR) && len)
            text[len++] = '\n', space = 0;
        if (d->type != DOM_TEXT)
            continue;
        for (uint32_t i = 0; i < d->text_len && len + 2 < sizeof text; i++) {
            char ch = d->text[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                space = len > 0;
                continue;
            }
            if (space && text[len - 1] != '\n')
                text[len++] = ' ';
            space = 0;
            text[len++] = ch;
        }
    }
    text[len] = '\0';
    return author_add_byline(&art->doc->mem, &art->authors, text) < 0 ? -1 : 0;
}


/* 1 when n sits inside a <blockquote>: an embedded tweet or post, whose
 * signature line ("— Example Party (@handle) May 2, 2021") names the
 * quoted post's author, not the story's. */
static int in_blockquote(const dom_node *n)
{
    /* 64 levels: an embed's signature sits a few elements inside its
     * blockquote; the bound keeps the walk short on deep pages */
    for (int depth = 0; n && depth < 64; n = n->parent, depth++)
        if (n->type == DOM_ELEMENT && n->tag == TAG_BLOCKQUOTE)
            return 1;
    return 0;
}

/* How many names of l the test holds for (author_is_desk,
 * site_name_is_brand): "any" is a count above 0, "all" the whole list. */
static size_t names_where(const str_list *l, int (*test)(const char *))
{
    size_t n = 0;
    for (size_t i = 0; i < l->count; i++)
        n += test(l->items[i]) != 0;
    return n;
}

/* 1 when a name of l is a desk (author_is_desk) */
static int any_desk(const str_list *l) { return names_where(l, author_is_desk) > 0; }

/* 1 when l holds names and every one is a desk */
static int all_desks(const str_list *l) { return l->count > 0 && names_where(l, author_is_desk) == l->count; }

/* 1 when the site's name s, returned as the author for want of a
 * person, reads as a brand and not as a writer's name (a blog named
 * after its writer, "Jane Doe", keeps it): a web address in it
 * ("Example-Total.com"), a country word ("Example Deutschland": a
 * company's national account), a word of four or more capitals
 * and no lower-case letter ("Example LIVE", "EXAMPLE ONLINE"), or a
 * word with three capitals in a row before a lower-case letter. Three
 * capitals are left to be initials or a broadcaster's call letters
 * ("XYZ News", a broadcaster's name, is kept; docs/metadata.md); initials
 * with dots, "J.R.R.", are no such word. */
static int site_name_is_brand(const char *s)
{
    size_t n = strlen(s);
    char prev[48]; /* the word before, lower-cased: "united" of "united kingdom" */
    size_t pn = 0, nw = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i == b)
            break;
        size_t caps = 0, lower = 0, dot = 0;
        for (size_t k = b; k < i; k++) {
            unsigned char ch = (unsigned char)s[k];
            caps += ch >= 'A' && ch <= 'Z';
            lower += (ch >= 'a' && ch <= 'z') || ch >= 0x80;
            if (ch == '.')
                dot = k;
        }
        /* "name.com", "name.de": a dot, then two to four letters end the word */
        size_t tail = dot ? i - dot - 1 : 0;
        if (dot > b && tail >= 2 && tail <= 4) {
            int letters = 1;
            for (size_t k = dot + 1; k < i; k++)
                letters &= (s[k] | 32) >= 'a' && (s[k] | 32) <= 'z';
            if (letters)
                return 1;
        }
        if (caps >= 4 && !lower && !dot)
            return 1;
        /* "ABCPlay", "XYZMagazin": a run of three capitals or more, then
         * a lower-case letter in the same word, is a brand's spelling (an
         * acronym glued to a word); a person's name has at most two
         * capitals in a row ("McDonald", "DeShawn", "O'Neil") */
        for (size_t k = b, run = 0; k < i; k++) {
            unsigned char ch = (unsigned char)s[k];
            if (ch >= 'A' && ch <= 'Z')
                run++;
            else if (ch >= 'a' && ch <= 'z' && run >= 3)
                return 1;
            else
                run = 0;
        }
        char w[48];
        if (i - b < sizeof w) {
            /* lower-cased as meta_fold_key does, a two-byte letter too:
             * "Österreich". A word alone, and with the word before it:
             * the table's countries of two words ("united kingdom",
             * "new zealand"). */
            size_t wn = 0;
            for (size_t k = b; k < i;) {
                size_t l = meta_u8len((const unsigned char *)s + k, i - k);
                wn += meta_lower_char((const unsigned char *)s + k, l, (unsigned char *)w + wn);
                k += l;
            }
            w[wn] = 0;
            if (words_exact(&words_author_countries, w, wn))
                return 1;
            /* a publication's or an organisation's name: it opens with a
             * definite article ("The Example Press") and holds more than
             * that one word (its end: after the loop) */
            size_t j = i;
            while (j < n && s[j] == ' ')
                j++;
            if (nw == 0 && j < n && words_exact(&words_author_site_articles, w, wn))
                return 1;
            char two[96];
            if (pn && pn + 1 + wn < sizeof two) {
                memcpy(two, prev, pn);
                two[pn] = ' ';
                memcpy(two + pn + 1, w, wn + 1);
                if (words_exact(&words_author_countries, two, pn + 1 + wn))
                    return 1;
            }
            memcpy(prev, w, wn + 1);
            pn = wn;
        } else {
            pn = 0;
        }
        nw++;
    }
    /* or it ends in an organisation's noun ("Example Foundation"), after
     * another word: prev holds the last word */
    if (nw > 1 && pn && words_exact(&words_author_site_org_nouns, prev, pn))
        return 1;
    return 0;
}

/* 1 when a name of l reads as a brand (site_name_is_brand) */
static int any_brand(const str_list *l) { return names_where(l, site_name_is_brand) > 0; }

/* 1 when the name s is the site's name, site_key (meta_fold_key of it):
 * the two compared as the title and date rules compare headlines, by
 * their letters and digits alone, case folded ("BBC News" and "bbc-news";
 * also a non-ASCII name in capitals, "ÉDITIONS DU PORT" and "Éditions du
 * Port", or with a no-break space or a dash between its words); -1 when
 * out of memory. */
static int same_folded(arena *a, const char *s, const char *site_key)
{
    const char *k = meta_fold_key(a, s);
    if (!k)
        return -1;
    return strcmp(k, site_key) == 0;
}

/* ---- an agency credited in the text --------------------------------- */

static int all_space(const char *s, size_t n);

#define CREDIT_MAX 40        /* bytes inside the brackets: "(XPA, AB)", "(NA mit dpa)": letters, not a sentence */
#define CREDIT_LEAD_MAX 24   /* bytes of a lead before them, "Con información de " (words_author_credit_leads) */
/* bytes of a tail block's end read for its credit: the brackets, their
 * content, the space before them and a little slack for a UTF-8 cut */
#define CREDIT_TAIL_BYTES (CREDIT_MAX + CREDIT_LEAD_MAX + 24)
#define CREDIT_TAIL_BLOCKS 3 /* the closing credit ends the last paragraph, or one before a footnote or two */
#define DATELINE_PLACE_MAX 40 /* "Frankfurt/Main", "NEW YORK": a place, not a sentence */

/* 1 when w + " " is an entry of t (the join tables keep their space). */
static int join_word(const words_table *t, const char *w, size_t len)
{
    for (size_t k = 0; k < t->n; k++)
        if (strlen(t->w[k]) == len + 1 && t->w[k][len] == ' ' && strncasecmp(t->w[k], w, len) == 0)
            return 1;
    return 0;
}

/* Reads the inside of a credit's brackets ("KNA, AB", "NA mit dpa",
 * "dpa 19.11.21"): every word is a known agency (kept, as written), a
 * join ("mit", "and"), capitals of up to five letters (the site's or a
 * desk's letters), lower-case initials of up to three (an editor's) or
 * a date's digits; anything else (a name, "Foto", a sentence) and it is
 * no credit. The agencies' letters count only when not all lower case:
 * "(ap)", "(dpa/ap)" end with an editor's initials; the agencies written
 * in lower case have a table of their own (author_lower_agencies). A
 * lead that says in words what follows is the story's sources ("Con
 * información de EFE", "mit Material von dpa":
 * words_author_credit_leads) is skipped first. Pushes the agencies;
 * returns how many, 0 for none, -1 on out of memory. */
static int credit_agencies(arena *a, const char *s, size_t len, str_list *out)
{
    size_t lead = len ? words_longest_prefix_ci(&words_author_credit_leads, s, NULL) : 0;
    if (lead < len)
        s += lead, len -= lead;
    if (len == 0 || len > CREDIT_MAX)
        return 0;
    str_list got = {NULL, 0, 0};
    size_t i = 0;
    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '/' || s[i] == ';'))
            i++;
        size_t b = i;
        while (i < len && !(s[i] == ' ' || s[i] == ',' || s[i] == '/' || s[i] == ';'))
            i++;
        size_t wl = i - b;
        if (!wl)
            continue;
        char w[CREDIT_MAX + 1];
        memcpy(w, s + b, wl);
        w[wl] = 0;
        size_t up = 0, low = 0, dig = 0;
        for (size_t k = 0; k < wl; k++) {
            up += w[k] >= 'A' && w[k] <= 'Z';
            low += w[k] >= 'a' && w[k] <= 'z';
            dig += (w[k] >= '0' && w[k] <= '9') || w[k] == '.';
        }
        if ((low != wl && words_exact_ci(&words_author_agency_letters, w)) ||
            words_exact_ci(&words_author_lower_agencies, w)) {
            const char *keep = arena_strndup(a, w, wl);
            if (!keep || !str_list_push(a, &got, keep))
                return -1;
        } else if (join_word(&words_author_joins, w, wl) || join_word(&words_author_with_words, w, wl)) {
            continue;
        } else if (!(up == wl && wl <= 5) && !(low == wl && wl <= 3) && !(dig == wl)) {
            return 0;
        }
    }
    for (size_t k = 0; k < got.count; k++) {
        int seen = 0;
        for (size_t j = 0; j < out->count && !seen; j++)
            seen = strcasecmp(out->items[j], got.items[k]) == 0;
        if (!seen && !str_list_push(a, out, got.items[k]))
            return -1;
    }
    return (int)got.count;
}

/* A credit that ends a block: "... hieß es. (XPA, AB)", a line "(XPA)". */
static int closing_credit(arena *a, const char *t, str_list *out)
{
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
        n--;
    if (n < 3 || t[n - 1] != ')')
        return 0;
    size_t open = n - 1;
    while (open > 0 && t[open - 1] != '(' && t[open - 1] != ')' && n - open <= CREDIT_MAX + CREDIT_LEAD_MAX + 1)
        open--;
    if (open == 0 || t[open - 1] != '(')
        return 0;
    /* the bracket opens the block or follows a space: not "f(x)" */
    if (open >= 2 && t[open - 2] != ' ' && t[open - 2] != '\n')
        return 0;
    return credit_agencies(a, t + open, n - 1 - open, out);
}

/* A dateline that opens the text: "Springfield (XPA) - ...", "NEW
 * EXAMPLE (XPA) — ...": a capitalised place, the credit, a dash or a
 * colon. */
static int opening_credit(arena *a, const char *t, str_list *out)
{
    const char *open = strchr(t, '(');
    if (!open || open == t || (size_t)(open - t) > DATELINE_PLACE_MAX + 1 || open[-1] != ' ')
        return 0;
    if (!((*t >= 'A' && *t <= 'Z') || (unsigned char)*t >= 0xC0))
        return 0;
    for (const char *p = t; p < open; p++)
        if (*p == '\n' || *p == ')' || *p == ',' || *p == ':')
            return 0;
    const char *close = strchr(open, ')');
    if (!close || close[1] != ' ')
        return 0;
    const char *d = close + 2;
    if (!(*d == '-' || *d == ':' || strncmp(d, "\xe2\x80\x93", 3) == 0 || strncmp(d, "\xe2\x80\x94", 3) == 0))
        return 0;
    return credit_agencies(a, open + 1, (size_t)(close - open - 1), out);
}

/* Where nothing else named the author: a news agency credited in the
 * text itself, by the dateline that opens it ("Springfield (XPA) -") or
 * by the credit that closes it ("... (XPA, AB)", "(NA mit dpa)"),
 * is the author, as a byline "Von dpa" is (docs/metadata.md, Authors,
 * "An agency credited in the text"). The closing credit is looked for in
 * the last CREDIT_TAIL_BLOCKS blocks: a footnote about the site may
 * follow the story's last paragraph. */
static int text_agency_credit(lede_article *art)
{
    arena *a = &art->doc->mem;
    const dom_node *first = NULL, *tail[CREDIT_TAIL_BLOCKS] = {NULL};
    size_t ntail = 0;
    for (size_t i = 0; i < art->nbody; i++) {
        const dom_node *root = art->body[i];
        for (const dom_node *n = root; n;) {
            if (n->flags & (DOM_F_REMOVED | DOM_F_HIDDEN) ||
                (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK))) {
                n = dom_next_skip(root, n);
                continue;
            }
            if (n->type == DOM_TEXT && n->text_len && !all_space(n->text, n->text_len)) {
                const dom_node *box = n->parent;
                while (box && box != root && box->type == DOM_ELEMENT && (tag_flags[box->tag] & TF_INLINE) &&
                       box->parent)
                    box = box->parent;
                if (!box)
                    box = root;
                if (!first)
                    first = box;
                if (!ntail || tail[(ntail - 1) % CREDIT_TAIL_BLOCKS] != box)
                    tail[ntail++ % CREDIT_TAIL_BLOCKS] = box;
            }
            n = dom_next(root, n);
        }
    }
    if (!first)
        return 0;
    char *t = meta_node_text(a, first, 200, 1);
    if (!t)
        return -1;
    int r = opening_credit(a, t, &art->authors);
    /* the last blocks, the last first */
    for (size_t k = 0; r == 0 && k < CREDIT_TAIL_BLOCKS && k < ntail; k++) {
        const dom_node *box = tail[(ntail - 1 - k) % CREDIT_TAIL_BLOCKS];
        /* a box whose text and child blocks alternate comes back: read once */
        int again = 0;
        for (size_t j = 0; j < k && !again; j++)
            again = tail[(ntail - 1 - j) % CREDIT_TAIL_BLOCKS] == box;
        if (again)
            continue;
        char *x = meta_node_text_tail(a, box, CREDIT_TAIL_BYTES, 1);
        if (!x)
            return -1;
        r = closing_credit(a, x, &art->authors);
    }
    return r < 0 ? -1 : 0;
}

/* 1 when s, two to five capitals ("NDR", "JF"), is the site's own letters:
 * its host name's stem ("NDR" on www.ndr.de, the page's canonical or
 * given address), or the first letters of the site name's capitalised
 * words, two or more of them ("JF" on the site "Junge Freiheit"). A
 * broadcaster's meta author and a paper's teaser bylines sign so; the
 * host's stem is no key of site_keys under four letters, as it would be
 * found inside too many names, but the whole name equal to it is the
 * site. -1 on out of memory. */
static const char *host_name_stem(arena *a, const char *s);

static int site_letters_of(arena *a, const lede_article *art, const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 5)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    const char *u = art->url ? art->url : art->page_url;
    size_t hl = 0;
    const char *h = u ? url_host(u, &hl) : NULL;
    const char *stem = NULL;
    if (h) {
        const char *host = arena_strndup(a, h, hl);
        stem = host ? host_name_stem(a, host) : NULL;
        if (!host)
            return -1;
        if (stem && strlen(stem) == n && strncasecmp(stem, s, n) == 0)
            return 1;
    }
    const char *sn = art->sitename;
    if (!sn)
        return 0;
    char ini[6];
    size_t k = 0;
    for (const char *p = sn; *p;) {
        while (*p == ' ' || *p == '-')
            p++;
        if (!*p)
            break;
        if (*p >= 'A' && *p <= 'Z') {
            if (k == n)
                return 0;
            ini[k++] = *p;
        }
        while (*p && *p != ' ' && *p != '-')
            p++;
    }
    if (k < 2)
        return 0;
    if (k == n)
        return memcmp(ini, s, n) == 0;
    /* "HSN" on the site "Harbor Signal" at harborsignalnotes.example: the
     * name's letters and one more, the first letter of what the host's
     * stem adds after the name ("notes"): the letters of the site's longer
     * name, which its address spells. 2: no writer's name either
     * (any_brand_or_letters). */
    if (k + 1 != n || memcmp(ini, s, k) != 0 || !stem)
        return 0;
    const char *key = meta_fold_key(a, sn);
    if (!key)
        return -1;
    size_t kl = strlen(key);
    if (kl < 4 || strncasecmp(stem, key, kl) != 0 || (stem[kl] | 32) != (s[k] | 32))
        return 0;
    return 2;
}

int extract_byline_authors(lede_article *art)
{
    if (art->authors_closed)
        return 0;
    arena *a = &art->doc->mem;
    const char *site_key = NULL;
    if (art->sitename && art->nbyline_lines && !(site_key = meta_fold_key(a, art->sitename)))
        return -1;
    for (size_t i = 0; i < art->nbyline_lines && art->authors.count == 0; i++) {
        if (in_blockquote(art->byline_lines[i]))
            continue;
        if (byline_authors(art, art->byline_lines[i]) < 0)
            return -1;
        /* "By Jane Doe, Example News, New York": the site's own name
         * after the writer opens her affiliation and her place, not more
         * people; the list ends before it. */
        for (size_t k = 1; site_key && k < art->authors.count; k++) {
            int same = same_folded(a, art->authors.items[k], site_key);
            if (same < 0)
                return -1;
            if (same) {
                art->authors.count = k;
                break;
            }
        }
        /* The first byline line names a desk ("Von Redaktion Example"),
         * or the site whose name the metadata stage found to be a brand
         * (art->site_signs): no person signs the story; later lines are
         * teasers' bylines. */
        int site_line = art->site_signs && site_key && art->authors.count;
        for (size_t k = 0; site_line && k < art->authors.count; k++) {
            if ((site_line = same_folded(a, art->authors.items[k], site_key)) < 0)
                return -1;
            /* or its letters: "JF" on the site "Junge Freiheit" */
            if (!site_line && (site_line = site_letters_of(a, art, art->authors.items[k])) < 0)
                return -1;
        }
        if (all_desks(&art->authors) || site_line) {
            art->authors.count = 0;
            break;
        }
    }
    /* No author, or the site's own name returned because nothing else
     * named a person (the weakest author): a news agency the text credits
     * ("... (dpa)" closing a story whose meta author is the paper's name)
     * names who wrote it. Without a credit what was there stays. */
    if (!art->authors.count || art->site_fallback) {
        str_list had = art->authors;
        art->authors.items = NULL;
        art->authors.count = art->authors.cap = 0;
        if (text_agency_credit(art) < 0)
            return -1;
        if (!art->authors.count)
            art->authors = had;
    }
    return 0;
}

/* ---- authors --------------------------------------------------------- */

/* Dublin Core first (a standard, rarely a site name), then the common
 * "author" and the analytics tags that mirror the byline. */
static const char *const author_keys[] = {"dc:creator", "dc.creator", "dcterms.creator", "dcterm:creator",
                                          "author", "parsely-author", "sailthru.author", "og:article:author",
                                          "article:author", "byl", "citation_author"};

/* Text of an itemprop=author element: its itemprop=name child if any. */
static const char *author_prop_text(meta_ctx *c, dom_node *n)
{
    const char *content = dom_attr_get(n, "content");
    if (content && *content)
        return content;
    dom_node *m = n->first_child ? n->first_child : NULL;
    int steps = 0;
    for (dom_node *x = m; x && steps < 200; x = dom_next(n, x), steps++) {
        if (x->type != DOM_ELEMENT)
            continue;
        const char *ip = dom_attr_get(x, "itemprop");
        if (ip && meta_has_token(ip, "name")) {
            const char *v = dom_attr_get(x, "content");
            return v && *v ? v : meta_text_of(c, x, 200);
        }
    }
    return meta_text_of(c, n, 300);
}

/* Looks at the blocks that follow the headline (about 600 bytes of text)
 * for a short one starting with a byline word. */
static int all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f'))
            return 0;
    return 1;
}

/* Where nothing named the author: the block right under the headline,
 * classed as a credit ("<p class="credit">JIJI</p>" in the story's
 * header), that holds a known news agency and nothing else (read as a
 * closing credit's brackets are: credit_agencies) credits the agency
 * with the story, as a byline "Von dpa" does. A picture, a video or a
 * frame between the headline and the block makes it that picture's
 * credit, and it is not read. */
static void header_credit_agency(meta_ctx *c)
{
    const dom_node *root = c->art->doc->root;
    int steps = 0;
    for (const dom_node *n = dom_next_skip(root, c->anchor); n && steps < 200; steps++) {
        if (n->type == DOM_ELEMENT && (n->tag == TAG_IMG || n->tag == TAG_PICTURE || n->tag == TAG_FIGURE ||
                                       n->tag == TAG_VIDEO || n->tag == TAG_IFRAME))
            return;
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK)) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->text_len && !all_space(n->text, n->text_len)) {
            const dom_node *box = n->parent;
            while (box && box->type == DOM_ELEMENT && (tag_flags[box->tag] & TF_INLINE) && box->parent)
                box = box->parent;
            if (!box || box->type != DOM_ELEMENT || box == c->anchor)
                return;
            const char *cl = dom_attr_get(box, "class"), *id = dom_attr_get(box, "id");
            if (!(cl && meta_ci_contains(cl, "credit")) && !(id && meta_ci_contains(id, "credit")))
                return;
            char *t = meta_node_text(c->a, box, 64, 1);
            if (!t) {
                c->oom = 1;
                return;
            }
            if (credit_agencies(c->a, t, strlen(t), &c->art->authors) < 0)
                c->oom = 1;
            return;
        }
        n = dom_next(root, n);
    }
}

static void near_byline(meta_ctx *c, int prefixed_only)
{
    const dom_node *root = c->art->doc->root;
    size_t seen = 0;
    int steps = 0, first_block = 1;
    for (const dom_node *n = dom_next(root, c->anchor); n && seen < 600 && steps < 2000; steps++) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK)) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->text_len && !all_space(n->text, n->text_len)) {
            seen += n->text_len;
            /* the text's block: the nearest non-inline ancestor */
            const dom_node *box = n->parent;
            while (box && box->type == DOM_ELEMENT && (tag_flags[box->tag] & TF_INLINE) && box->parent)
                box = box->parent;
            if (box && box->type == DOM_ELEMENT && box != c->anchor) {
                char *t = meta_node_text(c->a, box, 240, 1);
                if (!t) {
                    c->oom = 1;
                    return;
                }
                if (strlen(t) < 200 && author_has_prefix(t)) {
                    if (author_add_byline(c->a, &c->art->authors, t) < 0)
                        c->oom = 1;
                    return;
                }
                /* The first block under the headline may be a bare name
                 * over the date (no "By", no class): the seed page's shape.
                 * Not where a declared or marked byline gave the site's
                 * name (prefixed_only): a bare name is weaker than that. */
                if (first_block && !prefixed_only && author_add_name_over_date(c->a, &c->art->authors, t) != 0) {
                    if (!c->art->authors.count)
                        c->oom = 1;
                    return;
                }
                first_block = 0;
            }
            if (box)
                n = dom_next_skip(root, box); /* one look per block */
            else
                n = dom_next(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
}

/* 1 when a descendant of n (within 300 nodes) is an itemprop=author or a
 * rel=author link. */
static int has_marked_author(const dom_node *n)
{
    int steps = 0;
    for (const dom_node *x = n->first_child ? n->first_child : NULL; x && steps < 300; x = dom_next(n, x), steps++) {
        if (x->type != DOM_ELEMENT)
            continue;
        const char *ip = dom_attr_get(x, "itemprop");
        if (ip && (meta_has_token(ip, "author") || meta_has_token(ip, "creator")))
            return 1;
        const char *rel = dom_attr_get(x, "rel");
        if (rel && x->tag == TAG_A && meta_has_token(rel, "author"))
            return 1;
    }
    return 0;
}

/* 1 when x is a microdata item that is a "review" or "comment" property. */
static int review_prop(const dom_node *x)
{
    const char *ip = x->type == DOM_ELEMENT && dom_attr_get(x, "itemscope") ? dom_attr_get(x, "itemprop") : NULL;
    return ip && (meta_has_token(ip, "review") || meta_has_token(ip, "comment"));
}

/* Whether n sits in a microdata item that is a "review" or "comment"
 * property of another item (<div itemprop="review" itemscope
 * itemtype=".../Review"><span itemprop="author" content="Name">): 0 when
 * not (only the nearest item counts, at most 30 levels up); 2 when the
 * owning item (the product, the post) holds two such properties or more:
 * customers' reviews and readers' comments come as a list, and their
 * authors are not the page's; 1 when it holds this one alone: a review
 * site's product page nests the editor's own review so, and its author
 * may be the page's (the caller keeps it when it is a person's full name;
 * a lone first name, "Rosalind", stays a customer's). A story typed
 * Review stands alone, not as a property: 0. */
static int in_review_item(const dom_node *n)
{
    int steps = 0;
    const dom_node *item = NULL;
    for (const dom_node *x = n->parent; x && steps < 30; x = x->parent, steps++)
        if (x->type == DOM_ELEMENT && dom_attr_get(x, "itemscope")) {
            if (!review_prop(x))
                return 0;
            item = x;
            break;
        }
    if (!item)
        return 0;
    /* the owner: the next item up; with none, the whole page */
    const dom_node *owner = item->parent;
    for (steps = 0; owner && owner->parent && steps < 30; owner = owner->parent, steps++)
        if (owner->type == DOM_ELEMENT && dom_attr_get(owner, "itemscope"))
            break;
    int props = 0;
    steps = 0;
    for (const dom_node *x = owner ? owner->first_child : NULL; x && steps < 5000 && props < 2; x = dom_next(owner, x), steps++)
        props += review_prop(x);
    return props >= 2 ? 2 : 1;
}

static int full_person_name(const char *s);

/* 1 when every name of v is a person's full name (full_person_name). */
static int all_full_names(const str_list *v)
{
    for (size_t k = 0; k < v->count; k++)
        if (!full_person_name(v->items[k]))
            return 0;
    return v->count > 0;
}

/* 1 when n sits inside a link that holds more than n's own text: a
 * teaser card, the whole card one <a> to another story (its title, its
 * summary, then "Von Jane Doe"), whose byline is that story's. An
 * author's own link sits inside the byline, not around it, and a link
 * around the byline alone ("<a href=/autor/x><span
 * class=author>Jane Doe</span></a>") holds no more than the name: 24
 * bytes of other text, about three words, make a title. A card is built
 * of boxes: the link holds a block or heading element (its title line,
 * its summary box). An author's card is one link of inline parts around
 * a picture, the name and a role ("<a href=/authors/x><img><span>Jane
 * Doe</span><span>Senior Political Correspondent</span></a>") and stays
 * the byline, as does any link marked rel=author. Eight levels: a card's
 * byline sits a few wrappers inside its link. */
static int in_link_card(meta_ctx *c, const dom_node *n)
{
    const dom_node *p = n->parent;
    for (int depth = 0; p && p->type == DOM_ELEMENT && depth < 8; p = p->parent, depth++) {
        if (p->tag != TAG_A)
            continue;
        const char *rel = dom_attr_get(p, "rel");
        if (rel && meta_has_token(rel, "author"))
            return 0;
        int boxes = 0, steps = 0;
        for (const dom_node *x = p->first_child; x && steps < 200 && !boxes; x = dom_next(p, x), steps++)
            boxes = x->type == DOM_ELEMENT && (tag_flags[x->tag] & TF_BLOCK);
        if (!boxes)
            return 0;
        const char *own = meta_text_of(c, n, 400), *card = meta_text_of(c, p, 400);
        if (!own || !card)
            return 0;
        return strlen(card) >= strlen(own) + 24;
    }
    return 0;
}

/* The part of a site name written as a host name ("www.example.com",
 * "EXAMPLE-NEWS.de": no blank, a dot) without a leading "www." and the
 * last dot's label, the top-level domain: the name the site signs with
 * ("Example", "Example News"). NULL when s is no such name. */
static const char *host_name_stem(arena *a, const char *s)
{
    if (strchr(s, ' ') || !strchr(s, '.'))
        return NULL;
    if ((s[0] | 32) == 'w' && (s[1] | 32) == 'w' && (s[2] | 32) == 'w' && s[3] == '.')
        s += 4;
    const char *dot = strrchr(s, '.');
    if (!dot || dot == s)
        return NULL;
    /* a country's second-level label before a two-letter top-level
     * domain goes with it: "example.co.uk", "example.com.au" sign as
     * "example", not "example.co" */
    if (strlen(dot + 1) == 2) {
        const char *d2 = dot;
        while (d2 > s && d2[-1] != '.')
            d2--;
        size_t l2 = (size_t)(dot - d2);
        if (d2 > s + 1 && ((l2 == 2 && (d2[0] | 32) == 'c' && (d2[1] | 32) == 'o') ||
                           (l2 == 3 && (d2[0] | 32) == 'c' && (d2[1] | 32) == 'o' && (d2[2] | 32) == 'm')))
            dot = d2 - 1;
    }
    return arena_strndup(a, s, (size_t)(dot - s));
}

/* The site's own names as comparison keys (og:site_name and friends, the
 * JSON-LD publisher, the WebSite object, and of each written as a host
 * name its stem, host_name_stem: "www.example.com" signs as "Example");
 * n of them; and the name of a JSON-LD author typed as an organisation
 * (c->author_org), which a later source may repeat. A stem's key under
 * four letters is left out: it would be found inside too many names. */
/* Appends the keys of name (its fold, its host name's stem) to keys at
 * *n; 0 when out of memory. */
static int name_keys(meta_ctx *c, const char *name, const char **keys, size_t *n)
{
    if (!name)
        return 1;
    const char *k = meta_fold_key(c->a, name);
    if (!k)
        return 0;
    if (strlen(k) >= 2)
        keys[(*n)++] = k;
    const char *stem = host_name_stem(c->a, name);
    if (stem && !(k = meta_fold_key(c->a, stem)))
        return 0;
    if (stem && strlen(k) >= 4)
        keys[(*n)++] = k;
    return 1;
}

static size_t site_keys(meta_ctx *c, const char *keys[10])
{
    /* every source's check asks: the site's names are folded once a page
     * (they are known before the authors are picked), author_org's again
     * only when it changed (it is set once) */
    if (!c->site_keys_done) {
        const char *names[3] = {c->art->sitename, c->j.publisher, c->j.website};
        size_t n = 0;
        for (size_t i = 0; i < 3; i++)
            if (!name_keys(c, names[i], c->site_keys, &n)) {
                c->oom = 1;
                return 0;
            }
        /* the site's name before its tagline or section ("Example News
         * - The Daily | Read more" signs as "Example News"): a source
         * holding the whole string is cut there too (name_span) */
        const char *sn = c->art->sitename, *cut = NULL;
        if (sn) {
            const char *d = strstr(sn, " - "), *b = strstr(sn, " | ");
            cut = d && (!b || d < b) ? d : b;
        }
        if (cut && cut > sn) {
            const char *k = meta_fold_key(c->a, arena_strndup(c->a, sn, (size_t)(cut - sn)));
            if (!k) {
                c->oom = 1;
                return 0;
            }
            if (strlen(k) >= 4)
                c->site_keys[n++] = k;
        }
        c->nsite_keys = n;
        c->norg_keys = 0;
        c->site_keys_org = NULL;
        c->site_keys_done = 1;
    }
    if (c->site_keys_org != c->author_org) {
        size_t n = c->nsite_keys;
        if (!name_keys(c, c->author_org, c->site_keys, &n)) {
            c->oom = 1;
            return 0;
        }
        c->norg_keys = n - c->nsite_keys;
        c->site_keys_org = c->author_org;
    }
    size_t n = c->nsite_keys + c->norg_keys;
    memcpy(keys, c->site_keys, n * sizeof *keys);
    return n;
}

/* 1 when s is the account a blog posts from: the site's name ends in a
 * blog's noun after other words ("Harbourline Engineering Blog",
 * "Saltmarsh Travel Notes Blog": words_author_blog_nouns) and s is its
 * first words, one or more, short of that noun ("Harbourline
 * Engineering", "Saltmarsh"), compared ASCII case-insensitively. A company's blog signs
 * every post with its account ("By Saltmarsh")
 * while the post's own first line names the writers. */
static int blog_account(const char *site, const char *s)
{
    if (!site || !s || !*s)
        return 0;
    const char *lw = strrchr(site, ' ');
    if (!lw || !words_exact_ci(&words_author_blog_nouns, lw + 1))
        return 0;
    size_t n = strlen(s);
    return n <= (size_t)(lw - site) && meta_istarts(site, s) && site[n] == ' ';
}

static int site_letters(meta_ctx *c, const char *s)
{
    int r = site_letters_of(c->a, c->art, s);
    if (r < 0)
        c->oom = 1;
    return r > 0;
}

/* any_brand, and the site's letters (site_letters) where the site's own
 * name reads as a brand: "JF" on the site "JUNGE FREIHEIT" stands for
 * that name, so it is weighed as the name is (site_name_is_brand). */
static int any_brand_or_letters(meta_ctx *c, const str_list *l)
{
    if (any_brand(l))
        return 1;
    for (size_t i = 0; i < l->count; i++) {
        int r = site_letters_of(c->a, c->art, l->items[i]);
        if (r < 0)
            c->oom = 1;
        if (r == 2)
            return 1;
    }
    if (!c->art->sitename || !site_name_is_brand(c->art->sitename))
        return 0;
    for (size_t i = 0; i < l->count; i++)
        if (site_letters(c, l->items[i]))
            return 1;
    return 0;
}

/* How name s relates to the site's names: 2 equal, 1 contains one, 0 not.
 * A desk ("Redaktion Example", "Example-Team", author_is_desk) counts as
 * the site itself: like the site's name, it signs where no person is. */
static int site_relation(meta_ctx *c, const char *s, const char *const *keys, size_t nkeys)
{
    if (author_is_desk(s) || blog_account(c->art->sitename, s) || site_letters(c, s))
        return 2;
    if (!nkeys)
        return 0;
    const char *k = meta_fold_key(c->a, s);
    if (!k) {
        c->oom = 1;
        return 0;
    }
    int rel = 0;
    for (size_t i = 0; i < nkeys; i++) {
        if (strcmp(k, keys[i]) == 0)
            return 2;
        const char *at = strstr(k, keys[i]);
        if (!at)
            continue;
        rel = 1;
        /* the site's name and a country word, nothing else: "Example
         * Deutschland" on the site "Example" is the company's national
         * account signing its posts (a user card beside the story), the
         * site itself; "Jane Doe for Example UK" keeps its writer */
        size_t kl = strlen(keys[i]), pre = (size_t)(at - k);
        char rest[24];
        size_t rl = strlen(k) - kl;
        if (rl < sizeof rest) {
            memcpy(rest, k, pre);
            memcpy(rest + pre, at + kl, rl - pre);
            if (words_exact(&words_author_countries, rest, rl))
                return 2;
        }
    }
    return rel;
}

static int full_person_name(const char *s);

/* 1 when a declared organisation's name s reads as a person's: a full
 * name (full_person_name: two to four capitalised words) with no word in
 * capitals, the form of a broadcaster's or a paper's letters ("KXYZ News",
 * "RKZ Online"), which a person's name never has, and no newspaper's noun
 * as its last word ("Example Rundschau", "Valley Courier":
 * words_author_paper_nouns), which no surname is. */
static int org_reads_as_person(const char *s)
{
    if (!full_person_name(s))
        return 0;
    for (const char *p = s; *p; p++)
        if (*p >= 'A' && *p <= 'Z' && p[1] >= 'A' && p[1] <= 'Z')
            return 0;
    const char *lw = strrchr(s, ' ');
    if (lw && words_exact_ci(&words_author_paper_nouns, lw + 1))
        return 0;
    return 1;
}

/* "Matthias herrpfleger" from a byline box that shows the writer's first
 * name and, beside it, the site's handle (a link to its social account,
 * "herrpfleger" on the site "Herr Pfleger"): a last word that reads as a
 * handle, all of it ASCII lower case, digits, '.', '_' or '-', whose fold
 * equals one of the site's names (keys) is the site's handle glued to the
 * name, not a surname, and is cut off. Any other letter keeps the word:
 * "Иван Петров" on a personal site named "Петров" keeps his surname (a
 * Cyrillic, Greek or Polish capital is no lower case to be tested). A
 * visible byline's only: a declared value is typed as a name ("Mobasir
 * hassan" on the site "hassanchef" keeps his surname, which is no whole
 * site name either). */
static void cut_site_handles(meta_ctx *c, str_list *l, const char *const *keys, size_t nkeys)
{
    for (size_t i = 0; i < l->count; i++) {
        const char *s = l->items[i], *lw = strrchr(s, ' ');
        if (!lw || lw == s || !lw[1])
            continue;
        int handle = 1;
        for (const char *p = lw + 1; *p && handle; p++)
            handle = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' || *p == '-';
        if (!handle)
            continue;
        const char *k = meta_fold_key(c->a, lw + 1);
        if (!k) {
            c->oom = 1;
            return;
        }
        for (size_t j = 0; j < nkeys; j++)
            if (strcmp(k, keys[j]) == 0) {
                const char *cut = arena_strndup(c->a, s, (size_t)(lw - s));
                if (!cut) {
                    c->oom = 1;
                    return;
                }
                l->items[i] = cut;
                break;
            }
    }
}

/* "IT Example /PP", "Example Magazin, KL": the site's own name, then two
 * or three capitals, in one source's list. The capitals are the initials
 * of the editor who posted under the site's account, not an agency's
 * letters (author_is_initials: "AFP", "EFE", "dpa" still sign beside the
 * site), and name no one: they are dropped, the site's name stays and is
 * weighed as the site (authors_accept). Initials in a list without the
 * site's name are left as they were. */
static void drop_site_initials(meta_ctx *c, str_list *l, const char *const *keys, size_t nkeys)
{
    int site = 0, initials = 0;
    for (size_t i = 0; i < l->count; i++) {
        if (author_is_initials(l->items[i]))
            initials++;
        else if (!author_is_desk(l->items[i]) && site_relation(c, l->items[i], keys, nkeys) == 2)
            site = 1;
    }
    if (!site || !initials)
        return;
    const char **kept = arena_alloc(c->a, l->count * sizeof *kept);
    if (!kept) {
        c->oom = 1;
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < l->count; i++)
        if (!author_is_initials(l->items[i]))
            kept[n++] = l->items[i];
    l->items = kept;
    l->count = l->cap = n;
    c->site_initials = 1;
}

/* After a source gave names: site names are not authors unless nothing
 * else exists. Returns 1 when the list is final:
 * - names equal to the site's are dropped when people remain after them
 *   ("By Marcus Bell, Riverside Daily"); a meta author value that starts
 *   with the site is the site and its address ("RIVERSIDE DAILY, Hamburg,
 *   Germany");
 * - a list naming only the site is kept aside in *site_only (the first
 *   such) and emptied, so that the next source is tried;
 * - a later list that repeats the site's name ("Post author By Jane
 *   Roe" on Jane Roe's blog) confirms the site: final. */
static int authors_accept(meta_ctx *c, str_list *site_only)
{
    str_list *l = &c->art->authors;
    if (!l->count)
        return 0;
    const char *keys[10];
    size_t nkeys = site_keys(c, keys);
    if (c->oom)
        return 1;
    if (c->author_src >= 3)
        cut_site_handles(c, l, keys, nkeys);
    int letters = 0; /* the site's own letters need no key (site_letters) */
    for (size_t i = 0; i < l->count && !nkeys && !letters; i++)
        letters = site_letters(c, l->items[i]);
    if (!nkeys && !any_desk(l) && !letters)
        return 1;
    if (site_only->count) {
        /* A declared source that repeats the site after another declared
         * one (JSON-LD and the meta author tag, both the site's name)
         * confirms nothing: one setting of the site's software fills
         * both. The visible byline may still name the writer. A desk
         * then the site (or the site then a desk) still names nobody:
         * the search ends there, as for a desk alone. */
        if (c->author_src <= 2 && c->author_site_src <= 2 && !all_desks(site_only)) {
            size_t same = 0;
            for (size_t i = 0; i < l->count; i++)
                same += site_relation(c, l->items[i], keys, nkeys) == 2;
            if (same == l->count) {
                l->count = 0;
                return 0;
            }
        }
        for (size_t i = 0; i < l->count; i++)
            if (site_relation(c, l->items[i], keys, nkeys)) {
                /* the site confirmed; a desk, or a site whose name
                 * reads as a brand, confirmed names nobody; nor does a
                 * declared organisation named like the site (c->author_org),
                 * unless a visible byline (source 3 and up) repeats it
                 * and it reads as a person's name: a one-person blog
                 * whose theme types its writer an Organization ("By Jane
                 * Doe" over the post); "KXYZ News" in a byline box stays
                 * the broadcaster (org_reads_as_person) */
                if (all_desks(site_only) || any_brand_or_letters(c, site_only) || c->site_initials ||
                    (c->author_org && !(c->author_src >= 3 && org_reads_as_person(c->author_org)))) {
                    c->art->site_signs = !all_desks(site_only);
                    l->count = 0;
                }
                else {
                    *l = *site_only;
                    c->art->site_fallback = 1; /* the site, confirmed: still no person */
                }
                c->author_src = c->author_site_src;
                return 1;
            }
        return 1;
    }
    const char **kept = arena_alloc(c->a, l->count * sizeof *kept);
    if (!kept) {
        c->oom = 1;
        return 1;
    }
    size_t n = 0;
    int site_first = 0;
    drop_site_initials(c, l, keys, nkeys);
    if (c->oom)
        return 1;
    for (size_t i = 0; i < l->count; i++) {
        if (site_relation(c, l->items[i], keys, nkeys) == 2) {
            /* a visible byline "By Jane Doe, Example News, Port Ellis":
             * the site's name after the writer opens her affiliation and
             * place, not more people; the names end before it */
            if (n && c->author_src >= 3)
                break;
            site_first |= i == 0 && c->author_src == 2; /* one meta string: the site, then its address */
        } else {
            kept[n++] = l->items[i];
        }
    }
    if (n && !site_first) {
        if (n < l->count) {
            l->items = kept;
            l->count = l->cap = n;
        }
        return 1;
    }
    if (n == l->count)
        return 1;
    /* only the site (or the site first): keep it aside, try the next source */
    site_only->items = l->items;
    site_only->count = site_only->cap = site_first ? 1 : l->count;
    c->author_site_src = c->author_src;
    l->items = NULL;
    l->count = l->cap = 0;
    return 0;
}

/* "Example - Jane Doe" in a meta author tag, where "Example" is the site's
 * own name (folded as site_relation does): the site, then the writer. The
 * cleaner cuts at " - " and keeps the first part, so the site would be
 * all that is left; returns the part after the site instead (else v). */
static const char *site_prefix_cut(meta_ctx *c, const char *v)
{
    const char *dash = strstr(v, " - ");
    if (!dash || dash == v || !dash[3] || strstr(dash + 3, " - "))
        return v;
    const char *keys[10];
    size_t nkeys = site_keys(c, keys);
    if (!nkeys)
        return v;
    char *head = arena_strndup(c->a, v, (size_t)(dash - v));
    const char *k = head ? meta_fold_key(c->a, head) : NULL;
    if (!k) {
        c->oom = 1;
        return v;
    }
    for (size_t i = 0; i < nkeys; i++)
        if (strcmp(k, keys[i]) == 0)
            return dash + 3;
    return v;
}

/* The visible candidates, all kinds together, nearest to the headline
 * first: microdata author, rel=author links, byline-classed elements.
 * Returns how many were written to order. */
static size_t visible_candidates(meta_ctx *c, dom_node **order)
{
    node_list all;
    all.n = 0;
    const node_list *srcs[3] = {&c->authorprops, &c->relauthor, &c->bylines};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < srcs[k]->n; i++) {
            int dup = 0;
            for (size_t j = 0; j < all.n && !dup; j++)
                dup = all.v[j] == srcs[k]->v[i];
            if (!dup)
                nl_push(&all, srcs[k]->v[i]);
        }
    return meta_by_anchor(c, &all, order);
}

/* 1 when one of the n folded names lk (meta_fold_key) shares a word of
 * three letters or more with the name s, folded as the site test folds
 * ("J. Doe" and "Jane Doe" share "doe"): the same person written another
 * way. The caller folds the list once, not once per word. */
static int shares_name_word(meta_ctx *c, const char *const *lk, size_t n, const char *s)
{
    const char *p = s;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        char *w = arena_strndup(c->a, b, (size_t)(p - b));
        const char *k = w ? meta_fold_key(c->a, w) : NULL;
        if (!k) {
            c->oom = 1;
            return 1;
        }
        if (strlen(k) < 3)
            continue;
        for (size_t i = 0; i < n; i++)
            if (strstr(lk[i], k))
                return 1;
    }
    return 0;
}

/* 1 when s reads as a person's full name, the form a header byline that
 * overrules a declared author must have: two to four words, each opening
 * with a capital (or a byte of a non-ASCII letter) or a surname particle
 * ("de", "van": words_author_particles), none a byline word left over
 * ("Von": words_author_tails). A weekday ("Thu"), a column's name glued
 * to its byline word, a sentence ("Petition backed by ...") are not. */
static int full_person_name(const char *s)
{
    size_t words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        size_t l = (size_t)(p - b);
        if (!l)
            break;
        char w[24];
        if (l + 2 > sizeof w)
            return 0;
        memcpy(w, b, l);
        w[l] = 0;
        if (words_exact_ci(&words_author_tails, w))
            return 0;
        int cap = (*b >= 'A' && *b <= 'Z') || (unsigned char)*b >= 0x80;
        w[l] = ' ';
        w[l + 1] = 0;
        if (!cap && !words_exact_ci(&words_author_particles, w))
            return 0;
        words++;
    }
    return words >= 2 && words <= 4;
}

/* The names of the story's own header byline, for the two rules below:
 * the nearest visible byline candidate (order: by distance to the
 * headline), when it follows the headline within 40 nodes (the header:
 * the kicker, the summary, the byline and the date), is no teaser's
 * (in_link_card, meta_in_other_article), no furniture, no box around a
 * marked author, and no customer's review among several (in_review_item;
 * one review alone is the editor's, and the callers take full names
 * only). Fills v and the line's text; 0 when there is no such line. */
static int header_byline_list(meta_ctx *c, dom_node *const *order, size_t no, str_list *v, const char **text)
{
    for (size_t i = 0; i < no; i++) {
        dom_node *n = order[i];
        if (meta_in_head(n))
            continue;
        if (n->id <= c->anchor->id || n->id - c->anchor->id > 40)
            return 0;
        if (meta_in_furniture(c, n) || in_link_card(c, n) || meta_in_other_article(c, n) || has_marked_author(n) ||
            in_review_item(n) == 2)
            return 0;
        const char *ip = dom_attr_get(n, "itemprop");
        const char *t = ip && (meta_has_token(ip, "author") || meta_has_token(ip, "creator"))
                            ? author_prop_text(c, n)
                            : meta_node_text(c->a, n, 400, 1);
        if (!t || strlen(t) > 200)
            return 0;
        if (author_add_byline(c->a, v, t) < 0) {
            c->oom = 1;
            return 0;
        }
        *text = t;
        return v->count > 0;
    }
    return 0;
}

/* The visible byline of the story's own header, when it names other
 * people than the meta tags: "por Jane Doe" under the headline where
 * parsely-author names an editor or the desk's night shift. A meta tag
 * is filled per page by the site's software or analytics; the line
 * under the headline is what the reader is told. Read from the header
 * byline (header_byline_list) when it names people by full names
 * (full_person_name) none of whom shares a name word with the meta
 * names; a desk or the site there changes nothing. Replaces the authors
 * then; returns 1 when it did. */
static int header_byline_over_meta(meta_ctx *c, const str_list *line)
{
    const char *keys[10];
    size_t nkeys = site_keys(c, keys);
    const str_list *meta = &c->art->authors;
    const char **lk = arena_alloc(c->a, (meta->count ? meta->count : 1) * sizeof *lk);
    if (!lk) {
        c->oom = 1;
        return 0;
    }
    for (size_t m = 0; m < meta->count; m++)
        if (!(lk[m] = meta_fold_key(c->a, meta->items[m]))) {
            c->oom = 1;
            return 0;
        }
    for (size_t k = 0; k < line->count; k++)
        if (!full_person_name(line->items[k]) || author_is_desk(line->items[k]) ||
            site_relation(c, line->items[k], keys, nkeys) || shares_name_word(c, lk, meta->count, line->items[k]))
            return 0;
    c->art->authors = *line;
    c->author_src = 3;
    return 1;
}

/* The visible byline of the story's own header, when it names every
 * declared author and more people: "von Jane Doe, John Roe" under the
 * headline where JSON-LD and the meta tag name Jane Doe alone (a blog's
 * software declares the post's one account; the co-author is typed into
 * the byline). Read from the header byline (header_byline_list); every
 * declared name must be one of its names (folded, meta_fold_key), and
 * every added name a full person's name (full_person_name), no desk, not
 * the site. A line with an aside or a credit word
 * (author_byline_credits: "Von Jane Doe und John Roe (Fotos)", "Jane
 * Doe, John Roe (Foto)") names someone who is no writer, and once the
 * cleaner has dropped the aside, the photographer reads as one more
 * writer: such a line adds nobody. Replaces the authors with the
 * byline's list then. */
static void header_byline_adds(meta_ctx *c, const str_list *v, const char *text)
{
    const str_list *decl = &c->art->authors;
    if (v->count <= decl->count || author_byline_credits(text))
        return;
    const char *keys[10];
    size_t nkeys = site_keys(c, keys);
    const char **vk = arena_alloc(c->a, v->count * sizeof *vk);
    if (!vk) {
        c->oom = 1;
        return;
    }
    for (size_t k = 0; k < v->count; k++) {
        if (!full_person_name(v->items[k]) || author_is_desk(v->items[k]) || site_relation(c, v->items[k], keys, nkeys))
            return;
        if (!(vk[k] = meta_fold_key(c->a, v->items[k]))) {
            c->oom = 1;
            return;
        }
    }
    for (size_t m = 0; m < decl->count; m++) {
        const char *dk = meta_fold_key(c->a, decl->items[m]);
        if (!dk) {
            c->oom = 1;
            return;
        }
        size_t k = 0;
        while (k < v->count && strcmp(vk[k], dk) != 0)
            k++;
        if (k == v->count)
            return;
    }
    c->art->authors = *v;
    c->author_src = 3;
}

/* The header byline's two rules after declared authors were accepted
 * (JSON-LD, or with over_meta set a meta tag, which the line may
 * replace): one header line, read once, for both. */
static void header_byline_rules(meta_ctx *c, int over_meta)
{
    if (!c->art->authors.count || !c->anchor || c->oom)
        return;
    dom_node *order[META_MAX_NODES];
    size_t no = visible_candidates(c, order);
    str_list line = {NULL, 0, 0};
    const char *text = NULL;
    if (header_byline_list(c, order, no, &line, &text) && !(over_meta && header_byline_over_meta(c, &line)) &&
        !c->oom)
        header_byline_adds(c, &line, text);
}

/* A forum thread's page (its JSON-LD main object a forum's post,
 * words_schema_forum_types: "DiscussionForumPosting") declares as the
 * author the member who opened the thread, by the login name the forum
 * shows ("Kaimauer42", "Kurvenfuchs"). One word, no blank, is such a login
 * and no person's name; the page's other names are members' too (user
 * cards, "Themenstarter", quotes), so the search ends with no author.
 * A declared name of two words or more ("Jane Doe") is read as before. */
static int forum_login(meta_ctx *c)
{
    const str_list *l = &c->art->authors;
    if (!l->count || !c->j.type || !words_exact_ci(&words_schema_forum_types, c->j.type))
        return 0;
    for (size_t i = 0; i < l->count; i++)
        if (strchr(l->items[i], ' '))
            return 0;
    c->art->authors.count = 0;
    c->art->authors_closed = 1;
    return 1;
}

void meta_pick_authors(meta_ctx *c)
{
    lede_article *art = c->art;
    arena *a = c->a;
    str_list site_only = {NULL, 0, 0}; /* a source that named only the site */
    /* JSON-LD first: structured and per-person. */
    c->author_src = 1;
    for (size_t i = 0; i < c->j.authors.count; i++)
        if (author_add(a, &art->authors, c->j.authors.items[i]) < 0)
            c->oom = 1;
    /* Every author object typed as an organisation (words_schema_org_types)
     * and named like the site (site_relation: "Example Abendpost" on the
     * site "Example", "Example News" on "Example News") is the paper or the
     * broadcaster itself, no person. An agency among them still signs
     * the story ("Associated Press", "AFP"); else the names are set aside
     * like the site's own, so that a later source may name the writer,
     * and give no author at the end, not the site's name. An
     * organisation with another name ("Contributors to Example
     * projects") is left to the rules below: Readability.js's byline
     * gold keeps it (docs/metadata.md). */
    if (forum_login(c))
        return;
    int org_site = art->authors.count && c->j.authors_org == c->j.authors.count;
    if (org_site) {
        const char *keys[10];
        size_t nkeys = site_keys(c, keys);
        const char **agencies = arena_alloc(c->a, art->authors.count * sizeof *agencies);
        if (!agencies) {
            c->oom = 1;
            return;
        }
        size_t n = 0;
        for (size_t i = 0; i < art->authors.count && org_site; i++) {
            const char *s = art->authors.items[i];
            int rel = site_relation(c, s, keys, nkeys);
            /* the site's own call letters ("KXYZ" on the site "KXYZ")
             * read as an agency's (author_is_agency: capitals) but are
             * the broadcaster itself */
            if (rel != 2 && author_is_agency(s))
                agencies[n++] = s;
            else
                org_site = rel > 0;
        }
        if (org_site && !n) {
            c->author_org = art->authors.items[0];
            site_only = art->authors;
            c->author_site_src = c->author_src;
            art->authors.items = NULL;
            art->authors.count = art->authors.cap = 0;
        } else if (org_site) {
            art->authors.items = agencies;
            art->authors.count = art->authors.cap = n;
        }
    }
    if (authors_accept(c, &site_only)) {
        if (c->author_src == 1)
            header_byline_rules(c, 0);
        return;
    }
    c->author_src = 2;
    for (size_t k = 0; k < sizeof author_keys / sizeof *author_keys; k++) {
        /* property= declarations first, then name= ones; all values of
         * the key (citation_author repeats once per author). */
        for (int prop = 1; prop >= 0 && !art->authors.count; prop--)
            for (size_t i = 0; i < c->nkv; i++) {
                if (c->kv[i].prop != prop || strcmp(c->kv[i].key, author_keys[k]) != 0)
                    continue;
                if (author_add(a, &art->authors, site_prefix_cut(c, c->kv[i].val)) < 0)
                    c->oom = 1;
            }
        if (authors_accept(c, &site_only)) {
            if (c->author_src == 2)
                header_byline_rules(c, 1);
            return;
        }
    }
    /* Visible sources, all kinds together, nearest to the headline first:
     * microdata author, rel=author links, byline-classed elements. A page
     * repeats all three in its teaser lists; distance tells the story's
     * own byline from those; so does a teaser card marked as an
     * <article> of its own (meta_in_other_article: <article class="teaser">
     * ... <li>Von Jane Doe</li>), whose byline is that story's. */
    c->author_src = 3;
    dom_node *order[META_MAX_NODES];
    size_t no = visible_candidates(c, order);
    for (size_t i = 0; i < no && !c->oom; i++) {
        dom_node *n = order[i];
        int review = in_review_item(n);
        if (meta_in_head(n) || meta_in_furniture(c, n) || in_link_card(c, n) || meta_in_other_article(c, n) ||
            review == 2)
            continue;
        const char *ip = dom_attr_get(n, "itemprop");
        if (ip && (meta_has_token(ip, "author") || meta_has_token(ip, "creator"))) {
            const char *t = author_prop_text(c, n);
            /* a product's one review: the editor's when the name is a
             * full name, else a customer's (in_review_item) */
            str_list one = {NULL, 0, 0};
            if (t && author_add(a, review ? &one : &art->authors, t) < 0)
                c->oom = 1;
            if (review && all_full_names(&one))
                for (size_t k = 0; k < one.count; k++)
                    if (!str_list_push(a, &art->authors, one.items[k]))
                        c->oom = 1;
        } else {
            /* A byline box that holds a microdata/rel author defers to it
             * (the box also holds topics, publisher logos, share links). */
            if (has_marked_author(n))
                continue;
            char *t = meta_node_text(a, n, 400, 1);
            if (!t) {
                c->oom = 1;
                return;
            }
            /* Readability's limit: a byline is short; longer blocks are bios. */
            if (strlen(t) > 200)
                continue;
            /* A byline-classed element that reads the headline itself (a
             * list template's "news-list-author" class on the story's
             * itemprop=headline) names no one. */
            if (art->title && strcmp(t, art->title) == 0)
                continue;
            str_list one = {NULL, 0, 0};
            /* an element marked as the author (class author, byline,
             * rel=author) signs "Jane, March 3, 2024" with the writer's
             * one name; one classed "dateline" may hold the place */
            const char *cl = dom_attr_get(n, "class"), *id = dom_attr_get(n, "id");
            int dl = (cl && meta_ci_contains(cl, "dateline")) || (id && meta_ci_contains(id, "dateline"));
            str_list *to = review ? &one : &art->authors;
            if ((dl ? author_add_dateline_byline(a, to, t) : author_add_marked_byline(a, to, t)) < 0)
                c->oom = 1;
            if (review && all_full_names(&one))
                for (size_t k = 0; k < one.count; k++)
                    if (!str_list_push(a, &art->authors, one.items[k]))
                        c->oom = 1;
        }
        size_t had_site = site_only.count;
        if (authors_accept(c, &site_only))
            return;
        if (!had_site && site_only.count)
            break; /* the byline nearest the headline names the site: farther ones are teasers */
    }
    /* Unmarked: a short block right after the headline that starts with a
     * byline word ("By Jane Doe", "Von Max Muster"). The weakest source:
     * against a site name that a declared or marked byline gave, only the
     * form with a byline word is tried (a site's software declares the
     * site as the author where the writer's "Von Name" line under the
     * headline has no class), not a bare name over a date. */
    c->author_src = 4;
    if (c->anchor)
        near_byline(c, site_only.count > 0);
    if (c->anchor && !art->authors.count && !site_only.count && !c->oom)
        header_credit_agency(c);
    if (!authors_accept(c, &site_only) && site_only.count && !all_desks(&site_only)) {
        /* nothing but the site: better than nothing (a blog named after
         * its writer); nothing but a desk, or a site whose name reads as
         * a brand (site_name_is_brand), names no person: null */
        if (any_brand_or_letters(c, &site_only) || c->author_org || c->site_initials) {
            c->art->site_signs = 1;
        } else {
            art->authors = site_only;
            c->author_src = c->author_site_src;
            art->site_fallback = 1;
        }
    }
}

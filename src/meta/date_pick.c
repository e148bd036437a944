/* date_pick.c: choosing the publication and modification dates among the
 * candidates the collection walk found (JSON-LD, meta tags, <time>,
 * microdata, date-ish classes, visible lines near the headline, the URL,
 * labelled lines, page-state scripts), in the precedence documented in
 * docs/metadata.md. Parsing the strings is date.c's job. */
#include "meta_int.h"
#include "core/chars.h"
#include "words/words.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- dates ----------------------------------------------------------- */

static int slash_day_first(meta_ctx *c, const date_val *val);

/* 1 when machine value s opens with "a/b/yyyy" (or a 2-digit year) whose
 * a and b are both 1..12 and differ: "10/05/2022 05:22 pm" is May 10 or
 * October 5, and date_parse reads it month first (en-US software). */
static int slash_order_ambiguous(const char *s)
{
    int v[2] = {0, 0};
    while (*s == ' ')
        s++;
    for (int k = 0; k < 2; k++) {
        int digits = 0;
        for (; *s >= '0' && *s <= '9' && digits < 3; s++, digits++)
            v[k] = v[k] * 10 + (*s - '0');
        if (digits < 1 || digits > 2 || *s != '/')
            return 0;
        s++;
    }
    return *s >= '0' && *s <= '9' && v[0] >= 1 && v[0] <= 12 && v[1] >= 1 && v[1] <= 12 && v[0] != v[1];
}

/* date_parse, with an ambiguous slash value read day first where the
 * page says so (slash_day_first). */
static int parse_stamp(meta_ctx *c, const char *s, date_val *d)
{
    if (!s || !date_parse(s, d))
        return 0;
    if (slash_order_ambiguous(s) && slash_day_first(c, d)) {
        int m = d->m;
        d->m = d->d;
        d->d = m;
    }
    return 1;
}

static int set_date(meta_ctx *c, const char *s, const char **field)
{
    date_val d;
    if (!parse_stamp(c, s, &d) || !date_plausible(&d, c->today))
        return 0;
    *field = date_format(c->a, &d);
    if (!*field)
        c->oom = 1;
    return *field != NULL;
}

/* Parses a machine date into *d when plausible. */
static int get_date(meta_ctx *c, const char *s, date_val *d)
{
    return parse_stamp(c, s, d) && date_plausible(d, c->today);
}

static int ident_byte(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '$';
}

/* The quoted value that the name at [k, k + kl) of s[0..n) is given: the
 * name quoted (with either quote) or bare, then ':' or '=', then a
 * quoted string or a number of 10 or 13 digits; copied into val (cap bytes); 0 when not that shape. A
 * bare name must stand alone ("xpubDate" is another name). */
static int script_key_value(const char *s, size_t n, size_t k, size_t kl, char *val, size_t cap)
{
    char q = k > 0 ? s[k - 1] : 0;
    size_t v = k + kl;
    if (q == '"' || q == '\'' ) {
        if (v >= n || s[v] != q)
            return 0;
        v++;
    } else if ((k > 0 && ident_byte((unsigned char)s[k - 1])) || (v < n && ident_byte((unsigned char)s[v]))) {
        return 0;
    }
    while (v < n && s[v] == ' ')
        v++;
    if (v >= n || (s[v] != ':' && s[v] != '='))
        return 0;
    v++;
    while (v < n && s[v] == ' ')
        v++;
    if (v < n && s[v] >= '0' && s[v] <= '9') {
        /* an unquoted number: a Unix timestamp in seconds or
         * milliseconds ("publishedAt":1552644000000); date_parse reads
         * only 10 or 13 digits so */
        size_t vl = 0;
        while (v + vl < n && s[v + vl] >= '0' && s[v + vl] <= '9' && vl + 1 < cap)
            vl++;
        if ((vl != 10 && vl != 13) || (v + vl < n && ident_byte((unsigned char)s[v + vl])))
            return 0;
        memcpy(val, s + v, vl);
        val[vl] = '\0';
        return 1;
    }
    if (v >= n || (s[v] != '"' && s[v] != '\''))
        return 0;
    char vq = s[v++];
    size_t vl = 0;
    while (v + vl < n && s[v + vl] != vq && vl + 1 < cap)
        vl++;
    if (v + vl >= n || s[v + vl] != vq)
        return 0;
    memcpy(val, s + v, vl);
    val[vl] = '\0';
    return 1;
}

/* Start of the owner word (words_script_date_owners: "article_publish_date",
 * "articlePublishDate") that prefixes the name at s[at] ("article_"
 * before "publish_date", "article" before "PublishDate"), or at itself
 * when there is none. camel: the name starts with a capital letter. */
static size_t key_owner_start(const char *s, size_t at, int camel)
{
    size_t e = at;
    if (!camel) {
        if (at == 0 || s[at - 1] != '_')
            return at;
        e = at - 1;
    }
    size_t b = e;
    while (b > 0 && chars_is_alpha((unsigned char)s[b - 1]))
        b--;
    if (b == e || (b > 0 && ident_byte((unsigned char)s[b - 1])))
        return at;
    char w[16]; /* the owner word lowered (words_script_date_owners: all shorter) */
    if (e - b >= sizeof w)
        return at;
    for (size_t i = 0; i < e - b; i++)
        w[i] = (char)chars_lower((unsigned char)s[b + i]);
    return words_exact(&words_script_date_owners, w, e - b) ? b : at;
}

/* One past the nearest bracket ('(', '[' or '{') before s[k] that is not
 * closed before k, read back at most reach bytes; 0 when there is none
 * or a byte of stops stands outside every bracket before it (a
 * statement's ';', an assignment's '=': the literal is not inside that
 * bracket's value). Brackets inside strings are not told apart. */
static size_t unclosed_bracket_before(const char *s, size_t k, size_t reach, const char *stops)
{
    int depth = 0;
    for (size_t back = 1; back <= reach && back <= k; back++) {
        char ch = s[k - back];
        if (ch == ')' || ch == ']' || ch == '}') {
            depth++;
        } else if (ch == '(' || ch == '[' || ch == '{') {
            if (depth == 0)
                return k - back + 1;
            depth--;
        } else if (depth == 0 && ch != '\0' && strchr(stops, ch)) {
            return 0;
        }
    }
    return 0;
}

/* Where the run of blanks (space, tab, line ends) just before s[q]
 * starts: q itself when s[q - 1] is no blank. */
static size_t blanks_before(const char *s, size_t q)
{
    while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == '\t' || s[q - 1] == '\n' || s[q - 1] == '\r'))
        q--;
    return q;
}

/* Bytes read back from a script-state name for the object that holds it. */
#define META_STATE_ITEM_REACH 600

/* 1 when the name at s[k] stands in an object that is an item of an
 * array ([{"title": ..., "publishDate": ...}, {...}]): the nearest
 * unclosed '{' before it (within META_STATE_ITEM_REACH bytes) opens
 * right after a '[' or after "}," (blanks between), a sibling object
 * before it. Page state lists references, related stories and teasers
 * so; each item's date is its own, not the page's. An object after
 * ':', '(', '=' or a call's other argument ("gtag('config', 'G-1',
 * {...})") is the page's. Brackets inside strings are not told apart:
 * a state that confuses the count only loses this last-resort source. */
static int in_array_item(const char *s, size_t k)
{
    /* a statement or an assignment holds the name: no item */
    size_t at = unclosed_bracket_before(s, k, META_STATE_ITEM_REACH, ";=");
    if (!at || s[at - 1] != '{')
        return 0;
    size_t q = blanks_before(s, at - 1);
    if (q > 0 && s[q - 1] == '[')
        return 1;
    if (q == 0 || s[q - 1] != ',')
        return 0;
    q = blanks_before(s, q - 1);
    return q > 0 && s[q - 1] == '}';
}

/* The first of [p, e) where the name key (lower-case, kl bytes) starts
 * with the byte first and goes on in any ASCII case ("publishedAt",
 * "PublishDate", "pubdate" for "pubdate"); NULL when none. */
static const char *find_script_key(const char *p, const char *e, char first, const char *key, size_t kl)
{
    while ((size_t)(e - p) >= kl) {
        const char *q = memchr(p, first, (size_t)(e - p) - kl + 1);
        if (!q)
            return NULL;
        size_t k = 1;
        while (k < kl && chars_lower((unsigned char)q[k]) == (unsigned char)key[k])
            k++;
        if (k == kl)
            return q;
        p = q + 1;
    }
    return NULL;
}

/* The first plausible date stored under one of the publication names
 * of script state (words_script_date_keys: "key" :
 * "2019-03-02T06:22:28+01:00", 'publishDate': '...', pubDate = "..."),
 * also behind an owner word ("article_publish_date",
 * "articlePublishDate": key_owner_start). Names are tried in their
 * order of trust across all scripts; each starts with its lower-case
 * letter as written alone, with its capital behind an owner word. */
static int script_state_date(meta_ctx *c, date_val *d)
{
    const words_map *keys = &words_script_date_keys;
    for (size_t k = 0; k < 2 * keys->n; k++) {
        /* each name as written, then capitalised behind an owner word */
        int camel = k & 1;
        const char *key = NULL;
        for (size_t r = 0; r < keys->n && !key; r++)
            if ((size_t)keys->e[r].v == k / 2 + 1)
                key = keys->e[r].w;
        if (!key)
            continue;
        size_t kl = strlen(key), budget = META_SCRIPT_SCAN;
        char first = camel ? (char)(key[0] - 32) : key[0];
        for (size_t i = 0; i < c->nscripts && budget; i++) {
            for (const dom_node *t = c->scripts[i]->first_child; t && budget; t = t->next) {
                if (t->type != DOM_TEXT)
                    continue;
                size_t n = t->text_len < budget ? t->text_len : budget;
                budget -= n;
                const char *p = t->text, *e = t->text + n;
                while (p < e && (p = find_script_key(p, e, first, key, kl)) != NULL) {
                    char val[48];
                    size_t at = (size_t)(p - t->text);
                    p += kl;
                    size_t b = key_owner_start(t->text, at, camel);
                    if (camel && b == at)
                        continue; /* "PublishDate" alone is not the camel-case name */
                    if (in_array_item(t->text, b))
                        continue;
                    if (script_key_value(t->text, n, b, at - b + kl, val, sizeof val) && get_date(c, val, d))
                        return 1;
                }
            }
        }
    }
    return 0;
}

/* 1 when the literal starting at s[k] is an argument of a function call:
 * the nearest unclosed bracket before it (within 160 bytes) is a '('
 * right after a name. An object's or array's value ({"expires":
 * "2020-..."}, [..., "2021-..."]: state blobs hold sessions, ads and
 * other items) is not. */
static int in_call_arguments(const char *s, size_t k)
{
    /* a statement, a key or an assignment before any call: no argument */
    size_t at = unclosed_bracket_before(s, k, 160, ";:=");
    if (at < 2 || s[at - 1] != '(')
        return 0;
    unsigned char name = (unsigned char)s[at - 2];
    return (name >= 'a' && name <= 'z') || (name >= 'A' && name <= 'Z') || (name >= '0' && name <= '9') ||
           name == '_' || name == '$';
}

/* Bytes of a date literal in a script call: "2019-03-15T08:04:00+01:00"
 * is 25, "Friday, March 15, 2019 08:04" 28. */
#define META_CALL_LITERAL_MIN 8
#define META_CALL_LITERAL_MAX 40

/* Length of the quoted literal opening at s[k] when it may be a date: a
 * digit or an ASCII letter first, then only letters, digits, spaces and
 * ",./:+-", a year's four digits at least, META_CALL_LITERAL_MIN to _MAX
 * bytes; 0 otherwise. */
static size_t call_literal_len(const char *s, size_t n, size_t k)
{
    char q = s[k];
    size_t l = 1;
    int digits = 0;
    for (; k + l < n && s[k + l] != q; l++) {
        unsigned char ch = (unsigned char)s[k + l];
        if (l > META_CALL_LITERAL_MAX)
            return 0;
        if (ch >= '0' && ch <= '9')
            digits++;
        else if (!((ch | 32) >= 'a' && (ch | 32) <= 'z') && !strchr(" ,./:+-", ch))
            return 0;
    }
    size_t len = l - 1;
    if (k + l >= n || len < META_CALL_LITERAL_MIN || digits < 4)
        return 0;
    return len;
}

/* A date passed as an argument of a script call: ga('set', 'dimension5',
 * '2019-04-03 08:04'), showDate("03/15/2019"), setDate('15.03.2019'),
 * fmt('March 15, 2019'). A quoted literal that holds nothing but a date
 * in any form date_parse reads (slashes month first, as machine values
 * are); the first plausible one counts. Reads the same bounded budget of
 * script text as script_state_date. */
static int script_literal_date(meta_ctx *c, date_val *d)
{
    size_t budget = META_SCRIPT_SCAN;
    for (size_t i = 0; i < c->nscripts && budget; i++) {
        for (const dom_node *t = c->scripts[i]->first_child; t && budget; t = t->next) {
            if (t->type != DOM_TEXT)
                continue;
            size_t n = t->text_len < budget ? t->text_len : budget;
            budget -= n;
            const char *s = t->text;
            for (size_t k = 0; k + META_CALL_LITERAL_MIN + 2 <= n; k++) {
                unsigned char q = (unsigned char)s[k], c1 = (unsigned char)s[k + 1];
                if ((q != '\'' && q != '"') || !((c1 >= '0' && c1 <= '9') || ((c1 | 32) >= 'a' && (c1 | 32) <= 'z')))
                    continue;
                size_t l = call_literal_len(s, n, k);
                if (!l || !in_call_arguments(s, k))
                    continue;
                char val[META_CALL_LITERAL_MAX + 1];
                memcpy(val, s + k + 1, l);
                val[l] = '\0';
                /* ten or more digits passed to a call are an ID (a pixel's,
                 * an account's) as often as a timestamp: only named state
                 * values are read as Unix times */
                if (l >= 10 && strspn(val, "0123456789") == l) {
                    k += l + 1;
                    continue;
                }
                if (get_date(c, val, d))
                    return 1;
                k += l + 1; /* its closing quote opens nothing */
            }
        }
    }
    return 0;
}

/* Nodes read after the headline for the lead picture, and before it
 * (a hero picture above the headline sits in the same header block, a
 * few dozen nodes up). */
#define META_LEAD_IMAGE_NODES 400
#define META_LEAD_IMAGE_BEFORE 60

/* A dated path in a picture element's file URLs (<img>, or <source> in
 * a <picture>): src, then the lazy loaders' data-src, data-lazy-src,
 * data-original (src is often a placeholder: a data: URL or blank.gif),
 * then the first candidate of srcset, data-srcset and data-lazy-srcset
 * (WP Rocket's lazy loader). 1 with *d set when
 * one holds a day; *any set when the element names a file at all. */
static int picture_date(const dom_node *n, int today, date_val *d, int *any)
{
    static const char *const attrs[] = {"src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset", "data-lazy-srcset"};
    char buf[1024];
    for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++) {
        const char *v = dom_attr_get(n, attrs[i]);
        if (!v)
            continue;
        while (*v == ' ' || *v == '\t' || *v == '\n')
            v++;
        if (!*v || strncmp(v, "data:", 5) == 0)
            continue;
        *any = 1;
        size_t l = strcspn(v, " \t\n,");
        if (l >= sizeof buf)
            l = sizeof buf - 1;
        memcpy(buf, v, l);
        buf[l] = '\0';
        if (date_from_url(buf, today, d))
            return 1;
    }
    return 0;
}

/* An <img>, a <source> of a <picture>, or an AMP page's <amp-img> (AMP
 * pages have no <img>: the lead picture is an amp-img with its src). */
static int is_picture(const dom_node *n)
{
    return n->type == DOM_ELEMENT &&
           (n->tag == TAG_IMG ||
            (n->tag == TAG_SOURCE && n->parent && n->parent->type == DOM_ELEMENT && n->parent->tag == TAG_PICTURE) ||
            (n->tag == TAG_UNKNOWN && n->name && strcmp(n->name, "amp-img") == 0));
}

/* picture_date over the whole <picture> that n belongs to (its <source>
 * candidates and its <img> fallback), or over n alone. */
static int picture_el_date(const dom_node *n, int today, date_val *d, int *any)
{
    const dom_node *pic = n->parent;
    if (!pic || pic->type != DOM_ELEMENT || pic->tag != TAG_PICTURE)
        return picture_date(n, today, d, any);
    for (const dom_node *k = pic->first_child; k; k = k->next)
        if (is_picture(k) && picture_date(k, today, d, any))
            return 1;
    return 0;
}

/* The lead picture, for a page that dates its story nowhere else: a
 * dated path in the file URL (/uploads/2016/05/22/lead.jpg) of the first
 * picture within META_LEAD_IMAGE_NODES nodes after the headline, else of
 * the nearest one within META_LEAD_IMAGE_BEFORE nodes before it. (A date
 * in the picture's caption is already read by the near-headline pass.) */
static int lead_image_date(meta_ctx *c, date_val *d)
{
    if (!c->anchor)
        return 0;
    int nodes = 0, any = 0;
    for (const dom_node *n = c->anchor; n && nodes < META_LEAD_IMAGE_NODES && !any; n = dom_next(NULL, n), nodes++)
        if (is_picture(n) && picture_el_date(n, c->today, d, &any))
            return 1;
    /* backwards in document order: the previous sibling's last descendant */
    nodes = 0;
    for (const dom_node *n = c->anchor; n && nodes < META_LEAD_IMAGE_BEFORE; nodes++) {
        if (n->prev) {
            n = n->prev;
            while (n->last_child)
                n = n->last_child;
        } else {
            n = n->parent;
        }
        if (n && is_picture(n)) {
            /* the nearest picture decides */
            any = 0;
            if (picture_el_date(n, c->today, d, &any))
                return 1;
            if (any)
                return 0;
        }
    }
    return 0;
}

/* Minutes since 1970 (UTC) of a date with time and offset. */
static long long date_utc_minutes(const date_val *d)
{
    int y = d->y, m = d->m;
    if (m <= 2)
        y--;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d->d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long long days = era * 146097 + doe - 719468;
    return days * 1440 + d->hh * 60 + d->mi - d->tz_min;
}

static int visible_date(meta_ctx *c, int mdy, date_val *d, int *src);

/* 1 when lang is the language l (two letters), alone or with a region. */
static int lang_is(const char *lang, const char *l)
{
    return lang && meta_istarts(lang, l) && (lang[2] == 0 || lang[2] == '-' || lang[2] == '_');
}

/* The date_find_text flags of the page: DATE_MONTH_FIRST when an
 * ambiguous numeric date in the page's text reads month first (pages
 * declared English "en" or US English), DATE_BUDDHIST_PAGE on pages
 * declared Thai or Lao (their numeric dates count the Buddhist era). */
static int page_mdy(const meta_ctx *c)
{
    int f = c->html_lang && (meta_istarts(c->html_lang, "en-us") || meta_ieq(c->html_lang, "en")) ? DATE_MONTH_FIRST : 0;
    if (lang_is(c->html_lang, "th") || lang_is(c->html_lang, "lo"))
        f |= DATE_BUDDHIST_PAGE;
    return f;
}

#define CLOCK_ELEMENT_READ 40 /* bytes of the next element read: a clock with its zone, "21:44 Uhr MEZ" */

/* A clock in the element right after node (text between is skipped), as
 * templates set the date and its time in two elements: its hour and
 * minute go into d when that element's first CLOCK_ELEMENT_READ bytes
 * read as a clock (date_clock_text). */
static void clock_of_next_element(meta_ctx *c, const dom_node *node, date_val *d)
{
    const dom_node *nx = node->next;
    while (nx && nx->type != DOM_ELEMENT)
        nx = nx->next;
    const char *ct = nx ? meta_text_of(c, nx, CLOCK_ELEMENT_READ) : NULL;
    if (ct)
        date_clock_text(ct, strlen(ct), d);
}

/* A UTC timestamp ("...T02:25:54Z") puts a late-evening story on the
 * next day. When the page states the same instant elsewhere with its
 * local offset (a meta tag, JSON-LD, a <time>), that local form is the
 * day readers saw; use it. */
static void localize(meta_ctx *c, date_val *d)
{
    if (!d->has_time || !d->has_tz || d->tz_min != 0)
        return;
    long long t = date_utc_minutes(d);
    const char *cands[META_MAX_KV + 64 + META_MAX_NODES];
    size_t n = 0;
    for (size_t i = 0; i < c->nkv; i++)
        cands[n++] = c->kv[i].val;
    for (size_t i = 0; i < c->j.all_dates.count && i < 64; i++)
        cands[n++] = c->j.all_dates.items[i];
    for (size_t i = 0; i < c->times.n; i++)
        cands[n++] = dom_attr_get(c->times.v[i], "datetime");
    for (size_t i = 0; i < n; i++) {
        date_val o;
        if (!cands[i] || strlen(cands[i]) > 64 || !date_parse(cands[i], &o))
            continue;
        if (o.has_time && o.has_tz && o.tz_min != 0 && date_utc_minutes(&o) == t) {
            *d = o;
            return;
        }
    }
    /* The date line a reader sees gives the same instant as a wall-clock
     * time ("Recife 11/08/2021 22:37" over a JSON-LD
     * "2021-08-12T01:37:10Z"): the line is the stamp in the page's own
     * zone, and its day is the one readers saw. Only when the line's day
     * and clock differ from the stamp's by a real offset (-12h..+14h, in
     * whole quarter hours, so the minutes agree): a line without a clock
     * time, or whose time is another instant, does not say which day the
     * stamp was in local time (the dev golds disagree about such pages:
     * "A publication stamp that is the last save" in docs/dates.md). */
    /* the strict visible pass runs once a page for this (localize is
     * called for the publication and the modification stamps); a repeat
     * leaves c->date_node as the pass did */
    if (!c->line_read) {
        c->line_read = visible_date(c, page_mdy(c), &c->line_date, NULL) ? 2 : 1;
        c->line_node = c->date_node;
    } else {
        c->date_node = c->line_node;
    }
    date_val v = c->line_date;
    /* the line's clock in an element of its own right after it
     * ("<time>06/03/2021</time><span>21h44</span>") */
    if (c->line_read == 2 && !v.has_time && c->line_node)
        clock_of_next_element(c, c->line_node, &v);
    if (c->line_read == 2 && v.has_time && !v.has_tz) {
        date_val wall = v;
        wall.tz_min = 0;
        long long delta = date_utc_minutes(&wall) - t;
        if (delta != 0 && delta >= -12 * 60 && delta <= 14 * 60 && delta % 15 == 0 && wall.d != d->d) {
            v.has_tz = 1;
            v.tz_min = (int)delta;
            v.tz_z = 0;
            *d = v;
            return;
        }
    }
    /* No local form on the page, but the URL carries the CMS's (local)
     * publication day one day off from the UTC one: the URL's day is the
     * local day when the UTC time is within the range of real offsets
     * (-12h..+14h). The time is dropped since the offset is unknown. */
    date_val u;
    if (date_from_url(c->art->page_url, c->today, &u)) {
        date_val day = *d;
        day.hh = day.mi = 0;
        long long day_d = date_utc_minutes(&day) / 1440;
        u.hh = u.mi = 0;
        u.tz_min = 0;
        long long day_u = date_utc_minutes(&u) / 1440;
        int mins = d->hh * 60 + d->mi;
        if ((day_u == day_d - 1 && mins < 12 * 60) || (day_u == day_d + 1 && mins >= 10 * 60)) {
            memset(d, 0, sizeof *d);
            d->y = u.y, d->m = u.m, d->d = u.d;
        }
    }
}

/* 1 when s[0..n) holds one of t's entries anywhere, ASCII case folded. */
static int holds_any(const char *s, size_t n, const words_table *t)
{
    for (size_t i = 0; i < t->n; i++)
        if (meta_istr(s, n, t->w[i]))
            return 1;
    return 0;
}

/* Meta names that say "publication" outright. */
static const char *const published_keys[] = {
    "article:published_time", "article:published", "og:article:published_time", "og:published_time",
    "published_time", "article.published", "datepublished", "publish-date", "publish_date",
    "publishdate", "pubdate", "citation_publication_date", "citation_date",
    "citation_online_date", "parsely-pub-date", "sailthru.date", "article_date_original",
    "originalpublicationdate", "date_published", "og:pubdate", "rnews:datepublished", "release_date",
};
/* Generic date metas: CMSs fill them with the page's creation or last
 * edit as often as with the story's date, so a date line shown next to
 * the headline beats them (6 more right pages on htmldate, none lost). */
static const char *const weak_published_keys[] = {
    "dc.date.issued", "dcterms.issued", "dc.date", "dc:date", "dcterms.date", "dcterms.created",
    "dc.date.created", "datecreated", "date", "displaydate", "created",
};
static const char *const modified_keys[] = {
    "article:modified_time", "og:updated_time", "datemodified", "article:modified",
    "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "modified_time",
    "updated_time", "revised",
};

/* Bytes before a date that may hold the label naming it ("Joined: ",
 * "last edited: "): the label must be right before the date, not deeper
 * in a sentence. */
#define META_LABEL_REACH 28

/* The text right before element n, where a label of its date stands:
 * its previous sibling's (past white space between the tags), or its
 * inline parent's previous sibling's when n comes first. A text node's
 * text, or an element's first 120 bytes (meta_text_of), then *cut (where
 * cut is not NULL) is 1 when they may be only the start of it; NULL when
 * there is none. *len is the text's length. */
static const char *text_before(meta_ctx *c, const dom_node *n, size_t *len, int *cut)
{
    const dom_node *pv = n->prev;
    if (!pv && n->parent && n->parent->type == DOM_ELEMENT && !(tag_flags[n->parent->tag] & TF_BLOCK))
        pv = n->parent->prev;
    /* white space between the tags */
    if (pv && pv->type == DOM_TEXT && pv->text_len <= 8 && strspn(pv->text, " \t\r\n") == pv->text_len)
        pv = pv->prev;
    int cut_off = 0;
    if (!cut)
        cut = &cut_off;
    *len = 0;
    *cut = 0;
    if (pv && pv->type == DOM_TEXT) {
        *len = pv->text_len;
        return pv->text;
    }
    const char *t = pv && pv->type == DOM_ELEMENT ? meta_text_of(c, pv, 120) : NULL;
    if (t) {
        *len = strlen(t);
        *cut = *len >= 119;
    }
    return t;
}

/* 1 when the word right before t[at] (blanks between) opens a period
 * (words_period_starts: "since"): "a reporter here since March 15,
 * 2007" in an author's bio dates the start of something, never a
 * publication. Only the word right before: "reporter since 2007 |
 * March 15, 2019" is a byline's date. */
static int period_start_before(const char *t, size_t at)
{
    size_t e = at;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n'))
        e--;
    size_t b = e;
    while (b > 0 && e - b < 16 && chars_is_alpha((unsigned char)t[b - 1]))
        b--;
    if (b == e || e - b >= 16 || (b > 0 && chars_is_alpha((unsigned char)t[b - 1])))
        return 0;
    char w[16];
    for (size_t i = b; i < e; i++)
        w[i - b] = (char)chars_lower((unsigned char)t[i]);
    return words_exact(&words_period_starts, w, e - b);
}

/* 1 when the word at t[i] opens with a lower-case letter: ASCII, the
 * Latin-1 letters (à, é, ü: U+00DF..U+00FF) or Cyrillic (U+0430..U+044F). */
static int lower_word_at(const char *t, size_t n, size_t i)
{
    unsigned char a = (unsigned char)t[i], b = i + 1 < n ? (unsigned char)t[i + 1] : 0;
    return (a >= 'a' && a <= 'z') || (a == 0xC3 && b >= 0x9F && b <= 0xBF) || (a == 0xD0 && b >= 0xB0 && b <= 0xBF) ||
           (a == 0xD1 && b >= 0x80 && b <= 0x8F);
}

/* The words of t[from..to) (runs between blanks), and how many of them
 * open with a lower-case letter. */
static void count_words(const char *t, size_t from, size_t to, int *words, int *lower)
{
    *words = *lower = 0;
    for (size_t i = from; i < to; i++) {
        if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')
            continue;
        if (i == from || t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r') {
            (*words)++;
            *lower += lower_word_at(t, to, i);
        }
    }
}

/* 1 when the date at t[at..end) stands inside a sentence of the story's
 * prose: "The town choir gives its spring concert on 12 May 2024 at the
 * old hall." A date line is a label, a name, a place or a weekday and
 * the date ("Published on 12 May 2024", "By Ann Lee, 12 May 2024",
 * "BERLIN, 3. März 2019 – Die …"); a sentence has at least five words
 * before the date, three of them in lower case, and goes on after it:
 * the next word in lower case, and at least four words in all. Such a date is the day of
 * what the sentence tells (a concert, a vote, a deadline), not of the
 * page, in every language where the phrase is not in
 * words_not_story_labels. A publication label anywhere in the sentence
 * keeps the date: WordPress's footer "This entry was posted on March 5,
 * 2024 at 10:20 am and is filed under News", in German "Dieser Beitrag
 * wurde am Dienstag, 14. Januar 2025 um 09:30 Uhr veröffentlicht und
 * unter … abgelegt" (words_date_labels); and the phrases of
 * words_sentence_post_phrases: the footer with a category between
 * ("This entry was posted in News on March 5, 2024 by admin"), "posted by
 * jane in … on", Spanish "fue publicada", Italian "è stata pubblicata", a
 * press release's "announced on DATE that". */
static int date_in_sentence(const char *t, size_t tl, size_t at, size_t end)
{
    int wb, lb, wa, la; /* la unused: only the next word's case counts */
    count_words(t, 0, at, &wb, &lb);
    if (wb < 5 || lb < 3)
        return 0;
    size_t k = end;
    while (k < tl && (t[k] == ' ' || t[k] == ',' || t[k] == '\t' || t[k] == '\n'))
        k++;
    if (k >= tl || !lower_word_at(t, tl, k))
        return 0;
    count_words(t, k, tl, &wa, &la);
    return wa >= 4 && !holds_any(t, tl, &words_date_labels) && !holds_any(t, tl, &words_sentence_post_phrases);
}

/* 1 when the text right before element n (its previous sibling, or its
 * parent's when n comes first) ends with a label of a date that is not
 * the story's: "page revision: 8, last edited: <span>17 Jun 2018</span>",
 * ". Retrieved <span>2016-05-01</span>" (a citation's access date); for
 * a date in a table or definition cell, the row's label cell: "<th>Founded
 * </th> <td>February 28, 1998 ...</td>" (an infobox). */
static int not_story_label_before(meta_ctx *c, const dom_node *n)
{
    size_t tl;
    int cut;
    const char *t = text_before(c, n, &tl, &cut);
    /* of an element, only its first bytes were read: its end is unknown */
    if (t && !cut) {
        size_t from = tl > META_LABEL_REACH ? tl - META_LABEL_REACH : 0;
        if (holds_any(t + from, tl - from, &words_not_story_labels))
            return 1;
    }
    /* a table or definition cell: its row's label cell */
    const dom_node *cell = n;
    for (int depth = 0; cell && cell->type == DOM_ELEMENT && depth < 6; cell = cell->parent, depth++)
        if (cell->tag == TAG_TD || cell->tag == TAG_DD)
            break;
    if (!cell || cell->type != DOM_ELEMENT || (cell->tag != TAG_TD && cell->tag != TAG_DD))
        return 0;
    const dom_node *label = cell->prev;
    while (label && label->type == DOM_TEXT && strspn(label->text, " \t\r\n") == label->text_len)
        label = label->prev;
    if (!label || label->type != DOM_ELEMENT || (label->tag != TAG_TH && label->tag != TAG_DT))
        return 0;
    const char *lt = meta_text_of(c, label, 60);
    return lt && holds_any(lt, strlen(lt), &words_not_story_labels);
}

/* 1 when n is a <time> or an element whose class or id (or its
 * parent's) names a date ("date", "time", "publi..."): the elements a
 * compact date is read from. */
static int date_marked(const dom_node *n)
{
    for (int depth = 0; n && n->type == DOM_ELEMENT && depth < 2; n = n->parent, depth++) {
        if (n->tag == TAG_TIME)
            return 1;
        const char *a[2] = {dom_attr_get(n, "class"), dom_attr_get(n, "id")};
        for (int k = 0; k < 2; k++)
            if (a[k] && (meta_ci_contains(a[k], "date") || meta_ci_contains(a[k], "time") ||
                         meta_ci_contains(a[k], "publi")))
                return 1;
    }
    return 0;
}

/* A compact date as an element's whole text: "20190315", "20190315
 * 10:00", "Published: 20190315". Eight digits standing alone, with
 * nothing before them but blanks or a publication label (words_date_labels)
 * and nothing after but a time; in running text an eight-digit number
 * is an ID or a count as often, so date_find_text does not read it. The
 * bare number only in an element n marked as a date (date_marked). */
#define COMPACT_LABEL_MAX 40 /* bytes before the digits: a label ("Veröffentlicht am:"), not a sentence */

/* 1 when t[k..tl) holds nothing but blanks and at most one clock time
 * (H:MM or HH:MM, with :SS or not): " 10:00", " 9:05:30". */
static int only_clock_after(const char *t, size_t tl, size_t k)
{
    while (k < tl && t[k] == ' ')
        k++;
    if (k == tl)
        return 1;
    size_t h = 0;
    while (k + h < tl && t[k + h] >= '0' && t[k + h] <= '9')
        h++;
    if (h < 1 || h > 2)
        return 0;
    k += h;
    int groups = 0;
    while (groups < 2 && k + 2 < tl && t[k] == ':' && t[k + 1] >= '0' && t[k + 1] <= '9' && t[k + 2] >= '0' &&
           t[k + 2] <= '9' && !(k + 3 < tl && t[k + 3] >= '0' && t[k + 3] <= '9')) {
        k += 3;
        groups++;
    }
    while (k < tl && t[k] == ' ')
        k++;
    return groups && k == tl;
}

static int compact_text_date(meta_ctx *c, const dom_node *n, const char *t, size_t tl, date_val *out)
{
    size_t i = 0;
    while (i < tl && i <= COMPACT_LABEL_MAX && !(t[i] >= '0' && t[i] <= '9'))
        i++;
    if (i >= tl || i > COMPACT_LABEL_MAX)
        return 0;
    size_t j = i;
    while (j < tl && t[j] >= '0' && t[j] <= '9')
        j++;
    if (j - i != 8)
        return 0;
    size_t blank = 0;
    while (blank < i && (t[blank] == ' ' || t[blank] == '\t' || t[blank] == '\n'))
        blank++;
    if (blank < i ? !holds_any(t, i, &words_date_labels) : !date_marked(n))
        return 0;
    if (!only_clock_after(t, tl, j))
        return 0;
    char buf[9];
    memcpy(buf, t + i, 8);
    buf[8] = '\0';
    return get_date(c, buf, out);
}

/* Bytes of a range's dash (or "bis") that ends at t[k] (exclusive), blanks
 * before it not counted; 0 when none. */
static size_t range_dash_before(const char *t, size_t k)
{
    size_t dash = meta_dash_len_before(t, k);
    if (dash)
        return dash;
    if (k >= 4 && t[k - 4] == ' ' && (t[k - 3] == 'b' || t[k - 3] == 'B') && t[k - 2] == 'i' && t[k - 1] == 's')
        return 3;
    return 0;
}

/* Bytes of a range's dash (or "bis ") that starts at t[k], blanks after
 * it not counted; 0 when none. */
static size_t range_dash_at(const char *t, size_t tl, size_t k)
{
    if (k < tl && t[k] == '-')
        return 1;
    if (k + 3 <= tl && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
        ((unsigned char)t[k + 2] == 0x93 || (unsigned char)t[k + 2] == 0x94))
        return 3;
    if (k + 4 <= tl && (t[k] == 'b' || t[k] == 'B') && t[k + 1] == 'i' && t[k + 2] == 's' && t[k + 3] == ' ')
        return 3;
    return 0;
}

/* 1 when the date at t[at..end) is one end of a span of days: "vom
 * 9.1. -10.2.2023", "9.-12. März 2023", "09.01.2023 – 10.02.2023",
 * "3. bis 5. Mai 2022". Such a span dates an offer, an event or a
 * period the text tells of, not the page: a press release's standfirst
 * "bietet ... vom 9.1. -10.2.2023 die Möglichkeit" sits right under the
 * headline, where the date line is looked for. The start of a span is a
 * date right before a dash and another date; its end, a date right after
 * a dash (or "bis") that follows a day: digits closed by "." ("9.1.",
 * "9.") or digits standing alone, not a clock time ("14:30 - 06.12.2022"
 * is a time and a day). A date then a dash and a time ("06.12.2022 -
 * 15:00 Uhr") is a date line. */
static int date_in_span(meta_ctx *c, const char *t, size_t tl, size_t at, size_t end, int mdy)
{
    size_t k = at;
    while (k > 0 && t[k - 1] == ' ')
        k--;
    size_t dash = range_dash_before(t, k);
    if (dash) {
        k -= dash;
        while (k > 0 && t[k - 1] == ' ')
            k--;
        if (k >= 2 && t[k - 1] == '.' && t[k - 2] >= '0' && t[k - 2] <= '9')
            return 1;
        size_t j = k;
        while (j > 0 && t[j - 1] >= '0' && t[j - 1] <= '9')
            j--;
        if (j < k && k - j <= 2 && (j == 0 || t[j - 1] == ' ' || t[j - 1] == '(' ))
            return 1;
    }
    k = end;
    while (k < tl && t[k] == ' ')
        k++;
    size_t d = range_dash_at(t, tl, k);
    if (!d)
        return 0;
    k += d;
    while (k < tl && t[k] == ' ')
        k++;
    date_val o;
    size_t at2, end2;
    return date_find_text_before(t + k, tl - k, 1, mdy, c->today, &o, &at2, &end2) && at2 == 0;
}

/* Date written as text in a node (or its datetime/content/title attr). */
static int node_date(meta_ctx *c, const dom_node *n, int mdy, date_val *out)
{
    /* data-timestamp: a Unix time that a script renders as "3 hours ago" */
    static const char *const attrs[] = {"datetime", "content", "data-datetime", "data-date", "data-timestamp", "title"};
    for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++) {
        const char *v = dom_attr_get(n, attrs[i]);
        if (v && date_parse(v, out) && date_plausible(out, c->today)) {
            if (!c->reading_revisions && not_story_label_before(c, n))
                return 0;
            /* A <time> whose visible text states another full day: the
             * text is what readers were shown (datetime is often the
             * moment of a later re-publication or the UTC day). */
            if (n->type == DOM_ELEMENT && n->tag == TAG_TIME && i == 0) {
                const char *t = meta_text_of(c, n, 120);
                date_val v2;
                size_t at2, end2;
                if (t && date_find_text(t, strlen(t), mdy, c->today, &v2, &at2, &end2) &&
                    (v2.y != out->y || v2.m != out->m || v2.d != out->d))
                    *out = v2;
            }
            return 1;
        }
    }
    const char *t = meta_text_of(c, n, 300);
    if (!t || !*t)
        return 0;
    size_t tl = strlen(t);
    /* A copyright line ("© 2019 Example Inc.") is never the story's date. */
    if (meta_istr(t, tl, "\xC2\xA9") || meta_istr(t, tl, "copyright"))
        return 0;
    size_t at, end;
    if (!date_find_text(t, tl, mdy, c->today, out, &at, &end))
        return compact_text_date(c, n, t, tl, out);
    /* either end of a span of days is passed over (date_in_span); the
     * text's next date, if any, is read instead */
    while (date_in_span(c, t, tl, at, end, mdy)) {
        size_t from = end, at2, end2;
        if (!date_find_text(t + from, tl - from, mdy, c->today, out, &at2, &end2))
            return 0;
        at = from + at2;
        end = from + end2;
    }
    /* the clock at the time of the crawl ("Aktuelle Zeit: 14.10.2020,
     * 12:18", "It is currently ...") */
    if (holds_any(t, at, &words_clock_labels))
        return 0;
    /* A profile's sign-up date ("Joined: Mar 15, 2007") or a wiki's
     * revision stamp dates the person or the revision, not the story.
     * Only right before the date: "joined" deeper in a sentence is prose. */
    size_t from = at > META_LABEL_REACH ? at - META_LABEL_REACH : 0;
    if (!c->reading_revisions &&
        (holds_any(t + from, at - from, &words_not_story_labels) || (at < 3 && not_story_label_before(c, n)) ||
         period_start_before(t, at)))
        return 0;
    /* an event's day in a sentence of the story (date_in_sentence) */
    if (date_in_sentence(t, tl, at, end))
        return 0;
    /* "Updated March 3, 2019" first and the original date second: prefer
     * the later mention when the first is flagged as an update; an update
     * line alone is not the publication date (the page's last resort,
     * labelled_date() with the update labels, still reads it). */
    int upd = !c->reading_updates && holds_any(t, at, &words_update_words);
    if (upd) {
        date_val d2;
        size_t at2, end2;
        if (!date_find_text(t + end, tl - end, mdy, c->today, &d2, &at2, &end2))
            return 0;
        *out = d2;
    }
    return 1;
}

/* Longest caption text read whole for a date (an agency caption with
 * its credit is 300 to 600 bytes). */
#define META_CAPTION_TEXT 1200

/* The photo caption n sits in: a <figcaption>, or an element whose class
 * names a caption, within 3 levels; NULL when none. Captions of a gallery
 * or slide show (a class naming one within 6 levels) are not the lead
 * picture's and give NULL too. */
static const dom_node *caption_of(const dom_node *n)
{
    const dom_node *cap = NULL;
    for (int depth = 0; n && n->type == DOM_ELEMENT && depth < 6; n = n->parent, depth++) {
        const char *cls = dom_attr_get(n, "class");
        if (!cap && depth < 3 && (n->tag == TAG_FIGCAPTION || meta_ci_contains(cls, "caption")))
            cap = n;
        if (cap && (meta_ci_contains(cls, "gallery") || meta_ci_contains(cls, "slide") || meta_ci_contains(cls, "carousel")))
            return NULL;
    }
    return cap;
}

/* The node before n in reverse document order: its previous sibling's
 * last descendant, not descending into a junk element (script, style...),
 * else its parent. */
static const dom_node *reverse_prev(const dom_node *n)
{
    if (!n->prev)
        return n->parent;
    n = n->prev;
    while (n->last_child && !(n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK)))
        n = n->last_child;
    return n;
}

/* Publication date near the headline: the text that follows the anchor
 * (about META_NEAR_TEXT bytes: the byline/date block of every layout seen
 * in the dev sets fits), then the little that precedes it (kickers and
 * date lines above the headline). Furniture and copyright lines are
 * skipped. */
#define META_NEAR_TEXT 1500
#define META_NEAR_BEFORE 300

static int near_text_date(meta_ctx *c, const dom_node *anchor, int forward, size_t budget, int mdy, int strict,
                          date_val *out)
{
    const dom_node *root = c->art->doc->root;
    const dom_node *n = anchor;
    size_t seen = 0;
    int steps = 0;
    /* Bounded in nodes as well as bytes: markup-only stretches are cheap
     * but must not make this a walk over the whole page. */
    int skip_children = 0;
    while (n && seen < budget && steps < 3000) {
        steps++;
        if (forward)
            n = skip_children ? dom_next_skip(root, n) : dom_next(root, n);
        else
            n = reverse_prev(n);
        skip_children = 0;
        if (!n || n == root)
            break;
        if (n->type == DOM_ELEMENT) {
            if (n->tag == TAG_BODY || n->tag == TAG_HEAD)
                break;
            if (tag_flags[n->tag] & TF_JUNK) /* script, style, select, svg... */
                skip_children = 1;
            continue;
        }
        if (n->type != DOM_TEXT || n->text_len == 0)
            continue;
        const dom_node *p = n->parent;
        if (p && p->type == DOM_ELEMENT && (p->tag == TAG_SCRIPT || p->tag == TAG_STYLE || p->tag == TAG_TITLE))
            continue;
        /* Only visible bytes count: indentation between the tags of a
         * template would otherwise spend the budget before the date. */
        size_t vis = 0;
        for (size_t i = 0; i < n->text_len && vis < budget; i++)
            if (n->text[i] != ' ' && n->text[i] != '\t' && n->text[i] != '\n' && n->text[i] != '\r')
                vis++;
        seen += vis;
        /* A photo caption ("Residents watch the first tram ..., Friday,
         * March 15, 2019. (Photo: ...)") is read whole, not cut at 300
         * bytes nor skipped as long prose: agency captions end with the
         * day the picture was taken, which for a news photo is the
         * story's day. */
        int year_digits = n->text_len <= META_CAPTION_TEXT &&
                          (memchr(n->text, '1', n->text_len) || memchr(n->text, '2', n->text_len) ||
                           memchr(n->text, '0', n->text_len) || date_may_hold_native_digit(n->text, n->text_len));
        const dom_node *caption = year_digits ? caption_of(p) : NULL;
        if (caption) {
            /* a credit's date ("© K. Wessolek, 31.05.2013") is when the
             * picture was taken or licensed, as node_date holds too */
            const char *whole = meta_text_of(c, caption, META_CAPTION_TEXT);
            size_t wl = whole ? strlen(whole) : 0;
            if (meta_never_story_date(c, p) || (strict && meta_in_furniture(c, p)) ||
                holds_any(whole ? whole : "", wl, &words_archive_photo_labels) ||
                meta_istr(whole ? whole : "", wl, "\xC2\xA9") || meta_istr(whole ? whole : "", wl, "copyright"))
                continue;
            /* an archive picture's day ("FILE - In this Jan. 5, 2017, file
             * photo", "Archivbild") is not the story's: skipped above */
            size_t at, end;
            if (date_find_text(n->text, n->text_len, mdy, c->today, out, &at, &end))
                return 1;
        }
        /* The dateline that opens a press release or agency story:
         * "Karlsruhe, (12.11.2021). Traditionell …", "BERLIN, 3. März
         * 2019 – …": only the first 40 bytes of long prose are read. */
        if (n->text_len > 400 && strict) {
            date_val dl;
            size_t at, end;
            if (!meta_never_story_date(c, p) && !meta_in_furniture(c, p) &&
                date_find_text(n->text, 60, mdy, c->today, &dl, &at, &end) && at <= 40) {
                *out = dl;
                return 1;
            }
            continue;
        }
        if (n->text_len > 400 || !year_digits)
            continue; /* long prose, or no digit that a year needs */
        if ((strict && meta_in_furniture(c, p)) || meta_never_story_date(c, p) ||
            (!strict && meta_in_titled_furniture(c, p)))
            continue; /* the loose read skips a titled box too ("Related") */
        /* A date in the headline's own text is its subject ("Weekly
         * report 14 - 20 January 2022"), not when it was published; a
         * date in a child element of it (<h1>Title<small>02.02.2022</small>)
         * is the date line. */
        if (forward && p == anchor)
            continue;
        /* Dates split over inline elements ("<b>15</b> March 2019"):
         * read the whole inline parent when it is small. */
        const dom_node *box = p && p->type == DOM_ELEMENT && (tag_flags[p->tag] & TF_INLINE) ? p->parent : p;
        if (node_date(c, box ? box : p, mdy, out))
            return 1;
    }
    return 0;
}

/* Nodes within this many node ids of the headline count as "close" in
 * the loose pass: a header block with its byline, date and lead image
 * spans a few dozen to a couple of hundred nodes. */
#define META_CLOSE_NODES 200
/* The headline's own header block (byline, date, share buttons) spans a
 * few dozen nodes; a teaser list is farther. */
#define META_HEADER_NODES 40

static int update_label_before(meta_ctx *c, const dom_node *n);

/* 1 when n's class marks it as the update stamp. Not when it is classed
 * "published" too: WordPress themes print one <time class="entry-date
 * published updated"> for a post never modified, and that element is the
 * publication line; skipping it let a related story's <time> further
 * down be taken. */
static int update_class(const dom_node *n)
{
    const char *cls = dom_attr_get(n, "class");
    return (meta_ci_contains(cls, "updated") || meta_ci_contains(cls, "modified")) &&
           !meta_ci_contains(cls, "published");
}

/* Descendants looked at for an update-classed part, and the bytes of
 * text read around it. */
#define META_UPDATE_PART_NODES 60
#define META_UPDATE_PART_TEXT 300

/* The date of element e read without its update-classed parts: 1 when e
 * holds, within its first META_UPDATE_PART_NODES descendants, an element
 * classed "updated" or "modified" (update_class) with text, and the rest of its
 * text, joined by blanks, gives a date. A theme's post meta line
 * "<div class=meta><span class='updated hidden'>2019-01-07T17:27</span>
 * <span>Juni 19th, 2018</span> | Social Media</div>" read whole starts
 * with the hidden update stamp; the strict pass skips such an element
 * when it is the candidate itself, and its parent must not give it back.
 * The date is judged as node_date judges a text (a label of update,
 * clock or another day before it rejects it). */
static int date_without_update_parts(meta_ctx *c, const dom_node *e, int mdy, date_val *v)
{
    int steps = 0, found = 0;
    for (const dom_node *x = e->first_child; x && steps < META_UPDATE_PART_NODES && !found; x = dom_next(e, x), steps++)
        if (x->type == DOM_ELEMENT && update_class(x)) {
            /* only a part with text: an empty <span class=updated
             * title=...> is read by its attribute, and not in the text */
            const char *t = meta_text_of(c, x, 60);
            found = t && *t;
        }
    if (!found)
        return 0;
    char buf[META_UPDATE_PART_TEXT + 1];
    size_t bl = 0;
    steps = 0;
    for (const dom_node *x = e->first_child; x && bl < META_UPDATE_PART_TEXT && steps < 4 * META_UPDATE_PART_NODES;
         steps++) {
        if (x->type == DOM_ELEMENT && (update_class(x) || (tag_flags[x->tag] & TF_JUNK))) {
            x = dom_next_skip(e, x);
            continue;
        }
        if (x->type == DOM_TEXT && x->text_len) {
            if (bl)
                buf[bl++] = ' '; /* bl < META_UPDATE_PART_TEXT here */
            size_t k = x->text_len < META_UPDATE_PART_TEXT - bl ? x->text_len : META_UPDATE_PART_TEXT - bl;
            memcpy(buf + bl, x->text, k);
            bl += k;
        }
        x = dom_next(e, x);
    }
    buf[bl] = '\0';
    size_t at, end;
    if (!date_find_text(buf, bl, mdy, c->today, v, &at, &end))
        return 0;
    size_t from = at > META_LABEL_REACH ? at - META_LABEL_REACH : 0;
    return !holds_any(buf, at, &words_clock_labels) && !holds_any(buf + from, at - from, &words_not_story_labels) &&
           (c->reading_updates || !holds_any(buf, at, &words_update_words));
}

/* The date of a date element, or of one of its first child elements:
 * "<span><span>28.09.19</span><span>12:44</span></span>" reads as
 * "28.09.1912:44" whole, which is no date. An element that holds an
 * update-classed part is read without it first
 * (date_without_update_parts). */
static int element_date(meta_ctx *c, const dom_node *e, int mdy, date_val *v)
{
    if (date_without_update_parts(c, e, mdy, v))
        return 1;
    if (node_date(c, e, mdy, v))
        return 1;
    int kids = 0;
    /* the child texts joined by blanks, for a calendar badge whose parts
     * sit in child elements with no blank between them: "<span>Mar</span>
     * <span>15</span><span>2019</span>" reads "Mar152019" whole */
    char joined[128];
    size_t jl = 0;
    int whole = 1;
    for (const dom_node *k = e->first_child; k && kids < 4; k = k->next) {
        if (k->type != DOM_ELEMENT) {
            if (k->type == DOM_TEXT && strspn(k->text, " \t\r\n") != k->text_len)
                whole = 0; /* text between the parts: not a badge */
            continue;
        }
        kids++;
        /* a part labelled as the update by its sibling before it
         * ("<span>Updated: </span><time datetime=…>"): the element's whole
         * text was read above, and an update day is no publication */
        if (update_label_before(c, k))
            return 0;
        if (node_date(c, k, mdy, v)) {
            /* the clock in the next part of its own: "<span>6 de marzo
             * de 2021</span><span>21:44</span>" (the whole read
             * "...de 202121:44", no date); it decides the local day
             * (localize) */
            if (!v->has_time)
                clock_of_next_element(c, k, v);
            return 1;
        }
        const char *t = meta_text_of(c, k, 40);
        size_t tl = t ? strlen(t) : 0;
        if (!t || tl == 0 || tl >= 40 || jl + tl + 1 >= sizeof joined)
            whole = 0;
        else {
            if (jl)
                joined[jl++] = ' ';
            memcpy(joined + jl, t, tl);
            jl += tl;
        }
    }
    /* Only parts and nothing else: two to four short child elements, no
     * text between them, no label among them (a date after a label was
     * judged by node_date above, on the element's whole text). */
    date_val j;
    size_t at, end;
    if (whole && kids >= 2 && jl && date_find_text(joined, jl, mdy, c->today, &j, &at, &end) && at == 0) {
        *v = j;
        return 1;
    }
    return 0;
}

/* First date among the candidates, nearest to the headline first. Strict:
 * outside furniture and not an "updated" element. Loose: only the ones
 * close to the headline, whatever their classes. */
static int try_date_nodes(meta_ctx *c, const node_list *l, int mdy, int strict, date_val *d)
{
    dom_node *order[META_MAX_NODES];
    size_t no = meta_by_anchor(c, l, order);
    for (size_t i = 0; i < no; i++) {
        dom_node *e = order[i];
        if (meta_in_head(e))
            continue;
        /* An element labelled as the update by the text right before it
         * ("<span>Updated: </span><time datetime=...>"): its datetime
         * attribute is read first, so node_date never sees the label. The
         * publication line is often the next date element ("... <span>
         * Published: </span><time ...>"); alone, it is left to the later
         * passes like an update line (an update day is no publication). */
        if (strict && (update_class(e) || meta_in_furniture(c, e) || update_label_before(c, e)))
            continue;
        if (meta_never_story_date(c, e) || meta_in_teaser_link(e))
            continue;
        /* Far above the headline is the site header (today's date, a
         * ticker), not the story's date line. */
        if (c->anchor && e->id < c->anchor->id && meta_anchor_dist(c->anchor, e) > 3 * META_CLOSE_NODES)
            continue;
        if (!strict) {
            if (!c->anchor)
                return 0;
            if (meta_anchor_dist(c->anchor, e) > META_CLOSE_NODES)
                break; /* ordered by distance: the rest are farther */
            /* a box of other stories with its own heading ("<h3>Related
             * </h3>"): its dates are theirs (meta_in_titled_furniture) */
            if (meta_in_titled_furniture(c, e))
                continue;
        }
        if (element_date(c, e, mdy, d)) {
            c->date_node = e;
            return 1;
        }
    }
    return 0;
}

/* Last resort before the metas: the first labelled date in the body
 * text, outside furniture. Runs only when every other source failed, and
 * stops after META_LABEL_SCAN text nodes. */
#define META_LABEL_SCAN 20000

/* 1 when s[0..n) starts with the lower-case label, case folded for ASCII
 * and for the Latin-1 capitals ("Letzte Änderung" is "letzte änderung"). */
static int starts_label(const char *s, size_t n, const char *label)
{
    size_t i = 0;
    for (; label[i]; i++) {
        if (i >= n)
            return 0;
        /* the byte before is the label's: s matched it up to here, and a
         * fold never makes a C3 */
        unsigned char ch = chars_fold_byte(i ? (unsigned char)label[i - 1] : 0, (unsigned char)s[i]);
        if (ch != (unsigned char)label[i])
            return 0;
    }
    return 1;
}

/* Where the label first occurs in s[0..n), case folded as starts_label
 * does; NULL when nowhere. */
static const char *find_label(const char *s, size_t n, const char *label)
{
    for (size_t i = 0; i < n; i++)
        if (starts_label(s + i, n - i, label))
            return s + i;
    return NULL;
}

static inline unsigned fold_ascii(unsigned char ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32u : ch; }

static void add_distinct(unsigned char *set, int *n, unsigned char b)
{
    for (int i = 0; i < *n; i++)
        if (set[i] == b)
            return;
    if (*n < META_LABEL_BYTES)
        set[(*n)++] = b;
}

void meta_label_filter_init(meta_label_filter *f, const words_table *labels)
{
    memset(f, 0, sizeof *f);
    f->labels = labels;
    for (size_t k = 0; k < labels->n; k++) {
        unsigned char a = (unsigned char)labels->w[k][0], b = (unsigned char)labels->w[k][1];
        unsigned pair = (unsigned)a << 8 | b;
        f->pairs[pair >> 3] |= (uint8_t)(1u << (pair & 7));
        add_distinct(f->first, &f->nfirst, a);
        add_distinct(f->second, &f->nsecond, b);
    }
    /* more distinct bytes than the vector test holds: the scalar loop alone */
    f->vector_ok = f->nfirst < META_LABEL_BYTES && f->nsecond < META_LABEL_BYTES;
    /* lead bytes and continuation bytes by range: a superset of the
     * positions, which label_at's exact pair test then narrows */
    for (int k = 0; k < f->nfirst; k++) {
        if (f->first[k] >= 0xC0)
            f->lead_first = 1;
        else
            memset(f->vfirst[f->nvfirst++], f->first[k], 16);
    }
    for (int k = 0; k < f->nsecond; k++) {
        if (f->second[k] >= 0x80 && f->second[k] <= 0xBF)
            f->cont_second = 1;
        else
            memset(f->vsecond[f->nvsecond++], f->second[k], 16);
    }
    /* a counting sort of the labels by first byte: label_at tries only
     * those that start with the byte it has, not the whole table */
    f->indexed = labels->n <= sizeof f->by_first;
    if (f->indexed) {
        for (size_t k = 0; k < labels->n; k++)
            f->by_first_at[(unsigned char)labels->w[k][0] + 1]++;
        for (int b = 0; b < 256; b++)
            f->by_first_at[b + 1] = (uint8_t)(f->by_first_at[b + 1] + f->by_first_at[b]);
        uint8_t fill[256];
        memcpy(fill, f->by_first_at, sizeof fill);
        for (size_t k = 0; k < labels->n; k++)
            f->by_first[fill[(unsigned char)labels->w[k][0]]++] = (uint8_t)k;
    }
}

/* The position i may start a label: its two bytes, case folded, are a
 * label's first two; then the labels starting with that byte are tried. */
static inline int label_at(const char *s, size_t n, size_t i, const meta_label_filter *f)
{
    unsigned ch = fold_ascii((unsigned char)s[i]), next = fold_ascii((unsigned char)s[i + 1]);
    unsigned pair = ch << 8 | next;
    if (!(f->pairs[pair >> 3] & (1u << (pair & 7))))
        return 0;
    if (f->indexed) {
        for (unsigned j = f->by_first_at[ch]; j < f->by_first_at[ch + 1]; j++)
            if (starts_label(s + i, n - i, f->labels->w[f->by_first[j]]))
                return 1;
        return 0;
    }
    for (size_t k = 0; k < f->labels->n; k++)
        if ((unsigned char)f->labels->w[k][0] == ch && starts_label(s + i, n - i, f->labels->w[k]))
            return 1;
    return 0;
}

/* 1 when s[0..n) may hold one of the labels: some two bytes of it are,
 * case folded, the first two bytes of a label (the bitmap `pairs`),
 * followed by that label. A cheap single pass that rejects nearly every
 * text node before the per-label search, which would otherwise read each
 * node once per label. With SSE2, 16 positions a step are first kept only
 * where the folded byte is one of the labels' first bytes and the next one
 * of their second bytes (a superset of the pairs), so the per-position
 * test runs on a few positions of a block instead of all 16; the answer is
 * the same (tests/unit/test_measure.c compares it with the plain loop). */
int meta_may_hold_label(const char *s, size_t n, const meta_label_filter *f)
{
    if (n < 2)
        return 0;
    size_t i = 0;
#ifdef __SSE2__
    if (f->vector_ok) {
        const __m128i A = _mm_set1_epi8('A'), span = _mm_set1_epi8(25), case_bit = _mm_set1_epi8(0x20);
        const __m128i lead = _mm_set1_epi8((char)0xC0), high = _mm_set1_epi8((char)0x80),
                      cont_span = _mm_set1_epi8(0x3F);
        for (; i + 17 <= n; i += 16) {
            __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
            /* fold A..Z: (v - 'A') <= 25 unsigned */
            __m128i t0 = _mm_sub_epi8(v0, A), t1 = _mm_sub_epi8(v1, A);
            v0 = _mm_add_epi8(v0, _mm_and_si128(_mm_cmpeq_epi8(_mm_min_epu8(t0, span), t0), case_bit));
            v1 = _mm_add_epi8(v1, _mm_and_si128(_mm_cmpeq_epi8(_mm_min_epu8(t1, span), t1), case_bit));
            __m128i m0 = _mm_setzero_si128(), m1 = _mm_setzero_si128();
            if (f->lead_first) /* v0 >= 0xC0 unsigned */
                m0 = _mm_cmpeq_epi8(_mm_max_epu8(v0, lead), v0);
            if (f->cont_second) { /* (v1 ^ 0x80) <= 0x3F unsigned */
                __m128i x = _mm_xor_si128(v1, high);
                m1 = _mm_cmpeq_epi8(_mm_min_epu8(x, cont_span), x);
            }
            for (int k = 0; k < f->nvfirst; k++)
                m0 = _mm_or_si128(m0, _mm_cmpeq_epi8(v0, _mm_load_si128((const __m128i *)(const void *)f->vfirst[k])));
            for (int k = 0; k < f->nvsecond; k++)
                m1 = _mm_or_si128(m1, _mm_cmpeq_epi8(v1, _mm_load_si128((const __m128i *)(const void *)f->vsecond[k])));
            unsigned bits = (unsigned)_mm_movemask_epi8(_mm_and_si128(m0, m1));
            for (; bits; bits &= bits - 1)
                if (label_at(s, n, i + (size_t)__builtin_ctz(bits), f))
                    return 1;
        }
    }
#endif
    for (; i + 1 < n; i++)
        if (label_at(s, n, i, f))
            return 1;
    return 0;
}

/* The first date after a label of `labels` (src/words/dates.c) in the
 * body text, outside furniture. */
/* A bare label standing alone as an element, its value right after it:
 * "<div>Datum</div><div>31.01.2022</div>", "<strong>Date</strong>
 * 19.01.2020", "<dt>Fecha:</dt><dd>…</dd>". The words are too common to
 * look for in running text ("the date of the vote"), so only an element
 * whose whole text is the word (a colon allowed) counts, and only a date
 * opening the very next sibling (text or element): a table's "Date"
 * column header is followed by another header, not a date. */
static int blank_text(const dom_node *t)
{
    for (size_t k = 0; k < t->text_len; k++)
        if (t->text[k] != ' ' && t->text[k] != '\t' && t->text[k] != '\n' && t->text[k] != '\r')
            return 0;
    return 1;
}

/* The next element sibling of n, text between them blank; NULL when
 * other text comes first. */
static const dom_node *next_element(const dom_node *n)
{
    const dom_node *s = n ? n->next : NULL;
    while (s && s->type == DOM_TEXT && blank_text(s))
        s = s->next;
    return s && s->type == DOM_ELEMENT ? s : NULL;
}

/* 1 when text node t, blanks around it and one colon after it dropped,
 * is an entry of the label table (ASCII case ignored). */
#define FIELD_LABEL_MAX 24 /* the longest label with room to spare */
static int text_is_field_label(const dom_node *t, const words_table *labels)
{
    size_t a = 0, b = t->text_len;
    while (a < b && (t->text[a] == ' ' || t->text[a] == '\t' || t->text[a] == '\n'))
        a++;
    while (b > a && (t->text[b - 1] == ' ' || t->text[b - 1] == '\t' || t->text[b - 1] == '\n'))
        b--;
    if (b > a && t->text[b - 1] == ':')
        b--;
    if (b - a >= FIELD_LABEL_MAX)
        return 0;
    char word[FIELD_LABEL_MAX];
    memcpy(word, t->text + a, b - a);
    word[b - a] = 0;
    return words_exact_ci(labels, word);
}

/* 1 when element e's first text is a bare author label ("Autor",
 * "Author", "Von", a colon allowed). */
static int author_label_element(const dom_node *e)
{
    if (!e)
        return 0;
    const dom_node *t = e->first_child ? dom_next(e, e) : NULL;
    for (int steps = 0; t && steps < 8 && (t->type != DOM_TEXT || blank_text(t)); steps++)
        t = dom_next(e, t);
    return t && t->type == DOM_TEXT && t->text_len <= 24 && text_is_field_label(t, &words_author_field_labels);
}

/* 1 when the label element p is a row of the page's own info box: an
 * author label follows its value ("<dt>Datum</dt><dd>…</dd><dt>Autor</dt>")
 * or opens the next row ("<li><div>Datum</div><div>…</div></li>
 * <li><div>Autor</div>…"). A sidebar's "News info" box that lists the
 * story's date, author and photographer is the story's; a sidebar's
 * teaser list dates other stories and has no such rows. */
static int info_box_row(const dom_node *p)
{
    const dom_node *v = next_element(p);
    return (v && author_label_element(next_element(v))) ||
           (p->parent && p->parent->type == DOM_ELEMENT && author_label_element(next_element(p->parent)));
}

static int bare_label_date(meta_ctx *c, const dom_node *n, int mdy, date_val *out)
{
    const dom_node *p = n->parent;
    if (n->text_len > 16 || !p || p->type != DOM_ELEMENT || p->first_child != n || p->last_child != n)
        return 0;
    int is_label = text_is_field_label(n, &words_date_field_labels);
    /* A publication label standing alone ("<p>Mise en ligne</p><p>23 mai
     * 2019</p>", "<dt>Veröffentlicht</dt><dd>…</dd>") names the page's
     * publication, not merely "a date": a credits box in the sidebar
     * that carries it is the page's own, as an info box with an author
     * row is. A teaser list prints the bare date, not such a row. */
    int is_pub_label = !is_label && text_is_field_label(n, &words_date_labels);
    /* in furniture only as a row of the page's own info box: such boxes
     * sit in a sidebar as often as under the story */
    if ((!is_label && !is_pub_label) || meta_never_story_date(c, p) ||
        (meta_in_furniture(c, p) && !is_pub_label && !info_box_row(p)))
        return 0;
    const dom_node *s = p->next;
    while (s && s->type == DOM_TEXT && blank_text(s))
        s = s->next;
    if (s && s->type == DOM_ELEMENT)
        for (s = s->first_child; s && s->type != DOM_TEXT;)
            s = s->first_child ? s->first_child : s->next;
    if (!s || s->type != DOM_TEXT)
        return 0;
    size_t tl = s->text_len > 80 ? 80 : s->text_len, at, end;
    if (!date_find_text(s->text, tl, mdy, c->today, out, &at, &end))
        return 0;
    /* the date opens the value: nothing but blanks before it */
    for (size_t k = 0; k < at; k++)
        if (s->text[k] != ' ' && s->text[k] != '\t' && s->text[k] != '\n' && s->text[k] != '\r')
            return 0;
    return 1;
}

static int labelled_date(meta_ctx *c, int mdy, const words_table *labels, date_val *out)
{
    const dom_node *root = c->art->doc->body ? c->art->doc->body : c->art->doc->root;
    int seen = 0;
    meta_label_filter filter;
    meta_label_filter_init(&filter, labels);
    for (const dom_node *n = root; n && seen < META_LABEL_SCAN;) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK) && n != root) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->text_len >= 4) {
            seen++;
            if (labels == &words_date_labels && bare_label_date(c, n, mdy, out))
                return 1;
            size_t tl = n->text_len > 300 ? 300 : n->text_len;
            const char *hit = NULL;
            if (meta_may_hold_label(n->text, tl, &filter))
                for (size_t k = 0; k < labels->n && !hit; k++)
                    hit = find_label(n->text, tl, labels->w[k]);
            /* a label inside an item that is not the story (an event's
             * box: "Aktualisiert: 2. April 2013" beside its "Beginn:
             * 20. Juni 2013") dates that item (meta_never_story_date) */
            if (hit && !meta_in_furniture(c, n->parent) && !meta_never_story_date(c, n->parent)) {
                size_t off = (size_t)(hit - n->text);
                size_t at, end;
                if (date_find_text(hit, tl - off, mdy, c->today, out, &at, &end)) {
                    /* A label inside another's: "Druckdatum:" and
                     * "Veranstaltungsdatum:" hold "datum:". The words right
                     * before the date decide, as in node_date: the clock at
                     * the crawl, or a date that is not the story's. */
                    size_t d_at = off + at, from = d_at > META_LABEL_REACH ? d_at - META_LABEL_REACH : 0;
                    if (holds_any(n->text, d_at, &words_clock_labels) ||
                        (!c->reading_revisions && holds_any(n->text + from, d_at - from, &words_not_story_labels))) {
                        n = dom_next(root, n);
                        continue;
                    }
                    return 1;
                }
                /* the date in the next element: "<b>Published:</b> <span>...</span>" */
                const dom_node *box = n->parent && n->parent->parent ? n->parent->parent : n->parent;
                if (box && box->type == DOM_ELEMENT && node_date(c, box, mdy, out))
                    return 1;
            }
        }
        n = dom_next(root, n);
    }
    return 0;
}

#ifdef LEDE_META_TRACE
const char *const meta_date_src_name[] = {"none", "jsonld", "meta", "microdata", "time-pubdate", "url", "time",
                                      "date-class", "byline", "near-headline", "meta-other", "modified", "labelled", "update-label", "meta-generic",
                                      "script-state", "image-path", "script-literal", "lead-image", "revision",
                                      "text-dateline", "self-link"};
#endif

/* Text nodes read for a revision stamp, from the end of the page. */
#define META_REVISION_SCAN 150

/* The page's revision stamp ("This page was last edited on ...",
 * "Diese Seite wurde zuletzt am ... geändert"), footer included. Wikis
 * print it under the page text or in the footer, so the last
 * META_REVISION_SCAN text nodes are read, backwards: bounded whatever the
 * page's length. */
static int revision_date(meta_ctx *c, int mdy, date_val *d)
{
    const dom_node *root = c->art->doc->body ? c->art->doc->body : c->art->doc->root;
    const dom_node *n = root;
    while (n->last_child)
        n = n->last_child;
    int found = 0, texts = 0;
    meta_label_filter filter;
    meta_label_filter_init(&filter, &words_revision_labels);
    c->reading_revisions = 1;
    while (n && n != root && texts < META_REVISION_SCAN && !found) {
        if (n->type == DOM_TEXT && n->text_len >= 8) {
            texts++;
            size_t tl = n->text_len > 300 ? 300 : n->text_len;
            const char *hit = NULL;
            /* a label alone ("last edited:" before a <span>) is short; a
             * longer text must hold the date's year digits itself */
            int may_date = tl <= 40 || memchr(n->text, '2', tl) || memchr(n->text, '1', tl) || date_may_hold_native_digit(n->text, tl);
            if (may_date && meta_may_hold_label(n->text, tl, &filter))
                for (size_t k = 0; k < words_revision_labels.n && !hit; k++)
                    hit = find_label(n->text, tl, words_revision_labels.w[k]);
            size_t at, end;
            if (hit) {
                size_t off = (size_t)(hit - n->text);
                const dom_node *box = n->parent && n->parent->parent ? n->parent->parent : n->parent;
                found = date_find_text(hit, tl - off, mdy, c->today, d, &at, &end) ||
                        (box && box->type == DOM_ELEMENT && node_date(c, box, mdy, d));
            }
        }
        n = reverse_prev(n);
    }
    c->reading_revisions = 0;
    return found;
}

/* Text nodes read for a text dateline, from the start of the body. */
#define META_DATELINE_SCAN 5000

/* 1 when t[0..n) (trimmed) is a German letter's place-and-date line,
 * "Lübeck, den 14. März 2021": a place of at most 60 bytes with no
 * digit, colon or sentence end, ", den " and a date that ends the text.
 * Press releases and letters close (or open) with it; "den" before the
 * day is the letter form, which no byline, caption or teaser uses. */
static int place_den_date(const char *t, size_t n, int mdy, int today, date_val *d)
{
    static const char den[] = ", den ";
    const size_t dl = sizeof den - 1;
    if (n < 12 || n > 100)
        return 0;
    const char *k = NULL;
    for (size_t i = 1; i + dl <= n && i <= 60; i++)
        if (memcmp(t + i, den, dl) == 0) {
            k = t + i;
            break;
        }
    if (!k)
        return 0;
    for (const char *p = t; p < k; p++)
        if ((*p >= '0' && *p <= '9') || *p == ':' || *p == '.' || *p == '!' || *p == '?' || *p == '\n')
            return 0;
    if (!((*t >= 'A' && *t <= 'Z') || (unsigned char)*t >= 0xC3))
        return 0;
    size_t off = (size_t)(k - t) + dl, at, end;
    return date_find_text(k + dl, n - off, mdy, today, d, &at, &end) && at == 0 && off + end == n;
}

/* 1 when t[0..n) (trimmed) opens with a date in parentheses,
 * "(8. Oktober 2021) Stromkunden bekommen ...": a dateline set
 * at the head of a story's first paragraph. */
static int paren_date_opener(const char *t, size_t n, int mdy, int today, date_val *d)
{
    size_t at, end;
    if (n < 10 || t[0] != '(')
        return 0;
    size_t w = n > 40 ? 40 : n;
    return date_find_text(t + 1, w - 1, mdy, today, d, &at, &end) && at == 0 && 1 + end < w && t[1 + end] == ')';
}

/* A dateline set as text of its own, outside any date element, read
 * when nothing else dates the page (before the modification stamp,
 * which a press release's later edit moves): a letter's place-and-date
 * line (place_den_date) or a paragraph that opens with a date in
 * parentheses (paren_date_opener), the first in document order outside
 * furniture other than layout wrappers (a page's main column is often
 * classed "has-sidebar"; meta_in_story_furniture). Either form names the day the text was written: neither a
 * byline nor an event listing is set so. */
static int dateline_text_date(meta_ctx *c, int mdy, date_val *d)
{
    const dom_node *root = c->art->doc->body ? c->art->doc->body : c->art->doc->root;
    int seen = 0;
    for (const dom_node *n = root; n && seen < META_DATELINE_SCAN;) {
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_JUNK) && n != root) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_TEXT && n->text_len >= 10) {
            seen++;
            const char *t = n->text;
            size_t tl = n->text_len;
            while (tl && (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r'))
                t++, tl--;
            while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\t' || t[tl - 1] == '\n' || t[tl - 1] == '\r'))
                tl--;
            /* the paragraph's own first text: not a parenthesis inside it */
            int opens_p = n->parent && n->parent->type == DOM_ELEMENT && n->parent->tag == TAG_P &&
                          n->parent->first_child == n;
            if ((place_den_date(t, tl, mdy, c->today, d) || (opens_p && paren_date_opener(t, tl, mdy, c->today, d))) &&
                !meta_in_story_furniture(c, n->parent))
                return 1;
        }
        n = dom_next(root, n);
    }
    return 0;
}

/* Days since 1970 of a date's calendar day. */
static long long day_number(const date_val *d)
{
    date_val x = *d;
    x.hh = x.mi = x.ss = 0;
    x.tz_min = 0;
    return date_utc_minutes(&x) / 1440;
}

/* A URL day this many days before the structured date marks a
 * re-publication (a one-month gap is a draft published late). */
#define META_REPUBLISHED_DAYS 90
/* A byline date this many days before a publication stamp that comes
 * after the modification stamp is the story's own: a guide re-saved up to
 * a year after it was written. */
#define META_RESAVED_DAYS 366

static int same_day(const date_val *a, const date_val *b) { return a->y == b->y && a->m == b->m && a->d == b->d; }

/* An unambiguous stamp this many days from one reading of an ambiguous
 * slash value, and farther from the other, decides the order: a page's
 * publication and modification stamps fall within a month of each other
 * far more often than not, and the two readings of "10/05/2022" lie
 * five months apart. */
#define META_ORDER_STAMP_DAYS 31

/* How an ambiguous slash value ("10/05/2022 05:22 pm") in a meta or the
 * JSON-LD is read: 1 for day first. date_parse reads such machine values
 * month first, as en-US software writes them, but CMSs on pages in other
 * languages fill metas with the dates they show, day first (a Spanish
 * page's datePublished "10/05/2022 05:22 pm" beside its dateModified
 * "2022/05/10 17:36:11"). First the page's other stamps that are not
 * ambiguous (JSON-LD, publication and modification metas, the URL's
 * day): the reading within META_ORDER_STAMP_DAYS of one of them, when
 * the other reading is not, wins. Else the declared language: day first
 * unless it is English (en-US is the month-first locale; English pages
 * elsewhere keep the en-US default of the software that wrote the
 * value). With no ambiguous meta or JSON-LD value, val (the ambiguous
 * value being read, from script state or a script call, as date_parse
 * read it: month first) is weighed so. Computed once per page
 * (c->slash_order: 0 unknown, 1 month first, 2 day first) when a meta or
 * JSON-LD value decides; a decision weighed on val holds for val only,
 * so that the first script value read does not decide for the others. */
static int slash_day_first(meta_ctx *c, const date_val *val)
{
    if (c->slash_order)
        return c->slash_order == 2;
    c->slash_order = 1; /* no recursion through get_date below */
    const char *stamps[5 + sizeof published_keys / sizeof *published_keys + sizeof modified_keys / sizeof *modified_keys];
    size_t n = 0, amb = 0;
    stamps[n++] = c->j.date_published;
    stamps[n++] = c->j.date_created;
    stamps[n++] = c->j.date_modified;
    for (size_t k = 0; k < sizeof published_keys / sizeof *published_keys; k++)
        stamps[n++] = meta_kv_get(c, published_keys[k]);
    for (size_t k = 0; k < sizeof modified_keys / sizeof *modified_keys; k++)
        stamps[n++] = meta_kv_get(c, modified_keys[k]);
    /* the first ambiguous value's two readings */
    date_val md, dm, v;
    for (size_t k = 0; k < n && !amb; k++)
        if (stamps[k] && slash_order_ambiguous(stamps[k]) && date_parse(stamps[k], &md)) {
            dm = md;
            dm.m = md.d;
            dm.d = md.m;
            amb = 1;
        }
    /* No meta or JSON-LD value is ambiguous: the value being read (script
     * state's "fecha_publicacion": "05/03/2024 08:12", a script call's
     * literal) is weighed the same way, against the stamps and the URL,
     * else by the language. */
    int own = !amb;
    if (own) {
        md = *val;
        dm = md;
        dm.m = md.d;
        dm.d = md.m;
        amb = 1;
    }
    int votes_md = 0, votes_dm = 0;
    for (size_t k = 0; k <= n; k++) {
        int ok = k < n ? stamps[k] && !slash_order_ambiguous(stamps[k]) && date_parse(stamps[k], &v)
                       : date_from_url(c->art->page_url, c->today, &v);
        if (!ok)
            continue;
        long long a = day_number(&v) - day_number(&md), b = day_number(&v) - day_number(&dm);
        a = a < 0 ? -a : a;
        b = b < 0 ? -b : b;
        if (a <= META_ORDER_STAMP_DAYS && a < b)
            votes_md++;
        else if (b <= META_ORDER_STAMP_DAYS && b < a)
            votes_dm++;
    }
    const char *lang = c->art->language;
    int dayfirst = votes_dm != votes_md ? votes_dm > votes_md
                                        : lang && !(lang[0] == 'e' && lang[1] == 'n' && (!lang[2] || lang[2] == '-'));
    c->slash_order = own ? 0 : dayfirst ? 2 : 1;
    return dayfirst;
}

/* 1 when the page's modification stamp (JSON-LD dateModified, else
 * the modification metas) is d itself: the same day and time. */
static int same_as_modified(meta_ctx *c, const date_val *d)
{
    date_val m;
    if (!get_date(c, c->j.date_modified, &m) && !get_date(c, KV_FIRST(c, modified_keys), &m))
        return 0;
    if (!d->has_time || !m.has_time)
        return 0;
    if (d->has_tz && m.has_tz)
        return date_utc_minutes(d) == date_utc_minutes(&m) && d->ss == m.ss;
    return same_day(d, &m) && d->hh == m.hh && d->mi == m.mi && d->ss == m.ss;
}

/* 1 when the publication stamp d is later than the page's modification
 * stamp: no page is modified before it is published, so both are saves
 * of one edit that the CMS wrote a moment apart ("published
 * 2022-11-17T10:33:13Z, modified 10:32:18Z" on a guide whose byline
 * shows "09.03.2022"). Both need a time and an offset. */
static int published_after_modified(meta_ctx *c, const date_val *d)
{
    date_val m;
    if (!get_date(c, c->j.date_modified, &m) && !get_date(c, KV_FIRST(c, modified_keys), &m))
        return 0;
    return d->has_time && m.has_time && d->has_tz && m.has_tz &&
           (date_utc_minutes(d) > date_utc_minutes(&m) ||
            (date_utc_minutes(d) == date_utc_minutes(&m) && d->ss > m.ss));
}

/* 1 when a declared stamp other than the publication ones, the
 * modification stamp (JSON-LD dateModified, article:modified_time, ...)
 * or a generic date meta (<meta name="date">, DC.date, ...), names day v
 * (later 0) or a day after v's (later 1). */
static int other_stamp_day(meta_ctx *c, const date_val *v, int later)
{
    long long dn = day_number(v);
    const char *stamps[2 + sizeof weak_published_keys / sizeof *weak_published_keys];
    size_t n = 0;
    stamps[n++] = c->j.date_modified;
    stamps[n++] = KV_FIRST(c, modified_keys);
    for (size_t k = 0; k < sizeof weak_published_keys / sizeof *weak_published_keys; k++)
        stamps[n++] = meta_kv_get(c, weak_published_keys[k]);
    date_val m;
    for (size_t k = 0; k < n; k++)
        if (get_date(c, stamps[k], &m) && (later ? day_number(&m) > dn : same_day(&m, v)))
            return 1;
    return 0;
}

/* The day of the first generic date meta (<meta name="date">, DC.date,
 * dcterms.date, ...) into *w; 0 when the page has none. */
static int weak_meta_day(meta_ctx *c, date_val *w)
{
    for (size_t k = 0; k < sizeof weak_published_keys / sizeof *weak_published_keys; k++)
        if (get_date(c, meta_kv_get(c, weak_published_keys[k]), w))
            return 1;
    return 0;
}

/* 1 when element n's date is labelled as an update: "Updated" before
 * the first digit of its own text ("<div datetime=...><em>Last Updated:
 * </em> January 7, 2025</div>"), or at the end of the text right before
 * it ("Updated <time datetime=...>Jul 24, 2018</time>"). The strict pass
 * reads the datetime attribute first and never sees these labels. */
static int update_labelled(meta_ctx *c, const dom_node *n)
{
    const char *t = meta_text_of(c, n, 120);
    if (t) {
        size_t p = strcspn(t, "0123456789");
        if (holds_any(t, p, &words_update_words))
            return 1;
    }
    return update_label_before(c, n);
}

/* 1 when the text right before element n (its previous sibling, or its
 * parent's when n comes first) ends with an update label: "Updated
 * <time>", "<span>Updated: </span><time>", "<strong>Aktualisiert:
 * </strong> <time>". */
static int update_label_before(meta_ctx *c, const dom_node *n)
{
    size_t bl;
    const char *b = text_before(c, n, &bl, NULL);
    size_t from = bl > META_LABEL_REACH ? bl - META_LABEL_REACH : 0;
    return b && holds_any(b + from, bl - from, &words_update_words);
}

/* The strict visible pass over date nodes (steps 6-8): <time> elements,
 * date-ish elements, bylines, nearest to the headline first, outside page
 * furniture, not marked as an update. Returns the step, 0 when none;
 * c->date_node is the element read. */
static int visible_date_nodes(meta_ctx *c, int mdy, date_val *d)
{
    c->date_node = NULL;
    return try_date_nodes(c, &c->times, mdy, 1, d)     ? 6
           : try_date_nodes(c, &c->dateels, mdy, 1, d) ? 7
           : try_date_nodes(c, &c->bylines, mdy, 1, d) ? 8
                                                       : 0;
}

/* The strict visible pass (steps 6-9): the date nodes, then the text
 * right after (and before) the headline: the date line a reader sees.
 * *src (may be NULL) receives the step that found it. */
static int visible_date(meta_ctx *c, int mdy, date_val *d, int *src)
{
    int step = visible_date_nodes(c, mdy, d);
    if (!step && c->anchor &&
        (near_text_date(c, c->anchor, 1, META_NEAR_TEXT, mdy, 1, d) ||
         near_text_date(c, c->anchor, 0, META_NEAR_BEFORE, mdy, 1, d)))
        step = 9;
    if (step && src)
        *src = step;
    return step != 0;
}

/* No headline element was found for the title: for the date passes only,
 * the first h1..h6 outside furniture whose text holds the title, or a
 * part of it between separators ("Story ‹ Site"), or sits inside it.
 * Without an anchor the date line next to the headline is never read. */
static dom_node *date_anchor(meta_ctx *c)
{
    const char *title = c->art->title;
    const dom_node *root = c->art->doc->body;
    if (!title || !root)
        return NULL;
    const char *keys[8];
    size_t nk = 0;
    keys[nk++] = meta_fold_key(c->a, title);
    static const char *const seps[] = {" | ", " \xE2\x80\xB9 ", " \xE2\x80\xBA ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xBB ", " \xC2\xAB "};
    for (size_t i = 0; i < sizeof seps / sizeof *seps && nk < 8; i++) {
        const char *at = strstr(title, seps[i]);
        if (!at)
            continue;
        size_t len = (size_t)(at - title);
        char *head = arena_alloc(c->a, len + 1);
        if (!head)
            break;
        memcpy(head, title, len);
        head[len] = '\0';
        keys[nk++] = meta_fold_key(c->a, head);
        if (nk < 8)
            keys[nk++] = meta_fold_key(c->a, at + strlen(seps[i]));
    }
    int steps = 0;
    for (dom_node *n = root->first_child; n && steps < 20000; n = dom_next(root, n), steps++) {
        if (n->type != DOM_ELEMENT || n->tag < TAG_H1 || n->tag > TAG_H6 || meta_in_furniture(c, n))
            continue;
        const char *h = meta_text_of(c, n, 400);
        const char *hk = h ? meta_fold_key(c->a, h) : NULL;
        size_t hkl = hk ? strlen(hk) : 0;
        if (hkl < 10)
            continue;
        for (size_t k = 0; k < nk; k++) {
            size_t kl = keys[k] ? strlen(keys[k]) : 0;
            /* a part must be long enough not to be the site's name */
            if ((k == 0 && kl >= 20 && hkl >= 20 && (strstr(keys[k], hk) || strstr(hk, keys[k]))) ||
                (k > 0 && kl >= 20 && strstr(hk, keys[k])))
                return n;
        }
    }
    return NULL;
}

/* 1 when the anchor's text and the title hold one another: the title
 * code otherwise falls back on the first <h1>, often the site's logo. */
static int anchor_has_title(meta_ctx *c)
{
    const char *title = c->art->title;
    const char *h = title ? meta_text_of(c, c->anchor, 400) : NULL;
    const char *tk = h ? meta_fold_key(c->a, title) : NULL;
    const char *hk = tk ? meta_fold_key(c->a, h) : NULL;
    if (!hk || !*hk)
        return 0;
    /* "Kolumne: Grüner Daumen" is only the kicker of "Kolumne: Grüner Daumen
     * – Über Balkonkräuter …": a short part of the title, found in a list of
     * the column's other pieces, is no headline. */
    size_t tkl = strlen(tk), hkl = strlen(hk);
    return strstr(hk, tk) || (strstr(tk, hk) && 3 * hkl >= 2 * tkl);
}

/* 1 when a microdata datePublished belongs to an item that is not the
 * page's story: its nearest itemscope is a review, a comment, an answer
 * or an event (itemtype ".../Review", ".../UserComments",
 * ".../MusicEvent"; or itemprop "review", "comment" on the scope). A
 * shop's product page marks up each customer review with its own
 * datePublished, and the page has no publication date of its own. A
 * scope that holds the headline is the page's own item: a critic's
 * review page marks the whole article up as a Review, and its
 * datePublished is the story's. At most 30 ancestors are looked at. */
static int microdata_of_other_item(const meta_ctx *c, const dom_node *n)
{
    const dom_node *p = meta_item_scope(n);
    return p && meta_scope_is_other_item(p) && !meta_holds_anchor(c, p);
}

/* Links read by self_link_date at most: bounded work on link-heavy pages. */
#define META_SELF_LINK_SCAN 3000

/* The part of an absolute URL that names the page (url_page_key). NULL
 * for a URL with a fragment: "#comment-12" links a
 * comment, whose date is the comment's. */
static const char *page_key(const char *u, size_t *len)
{
    if (!u || strchr(u, '#'))
        return NULL;
    const char *s = url_page_key(u, len);
    return *len ? s : NULL;
}

/* A date on the line of a link to the page itself: a blog's "About this
 * post" box in the sidebar ("<a href=permalink>Title</a> wurde am 19. Mai
 * 2010 um 23:03 Uhr gepostet"), a "Permalink | 19.05.2010" line under the
 * post. The link names this page, so the date beside it is the page's,
 * wherever the box sits (the passes before skip sidebars, where other
 * stories' dates are). The line is the link's nearest block parent, read
 * as a date element is (node_date: copyright, clock, update and profile
 * labels refused), its first 300 bytes. A link with a fragment is a
 * comment's. Last resort, after every other visible source. */
static int self_link_date(meta_ctx *c, int mdy, date_val *out)
{
    const char *base = c->art->page_url;
    const char *canon = c->canonical ? url_resolve(c->a, base, c->canonical) : NULL;
    size_t pl = 0, cl = 0;
    const char *pk = page_key(base, &pl), *ck = page_key(canon, &cl);
    if (!pk && !ck)
        return 0;
    const dom_node *root = c->art->doc->body ? c->art->doc->body : c->art->doc->root;
    int links = 0, found = 0;
    /* the page's address parsed once for all its links, not once a link */
    url_base pb;
    url_base_init(&pb, base);
    for (const dom_node *n = root; n && links < META_SELF_LINK_SCAN && !found; n = dom_next(root, n)) {
        if (n->type != DOM_ELEMENT || n->tag != TAG_A)
            continue;
        const char *href = dom_attr_get(n, "href");
        if (!href || !*href || href[0] == '#')
            continue;
        links++;
        size_t hl;
        const char *hk = page_key(url_resolve_at(c->a, &pb, href), &hl);
        if (!hk || !((pk && hl == pl && !memcmp(hk, pk, pl)) || (ck && hl == cl && !memcmp(hk, ck, cl))))
            continue;
        const dom_node *line = n->parent;
        while (line && line->type == DOM_ELEMENT && (tag_flags[line->tag] & TF_INLINE) && line != root)
            line = line->parent;
        if (!line || line->type != DOM_ELEMENT || line == root || meta_never_story_date(c, line))
            continue;
        found = node_date(c, line, mdy, out);
    }
    url_base_free(&pb);
    return found;
}

/* The publication date by the precedence of docs/metadata.md ("Date"):
 * the first source that gives a plausible date wins; c->date_src says
 * which (LEDE_META_TRACE). 0 when no source gives one. */
static int find_date(meta_ctx *c, int mdy, date_val *d_out)
{
    lede_article *art = c->art;
    date_val d;
    dom_node *order[META_MAX_NODES];
    size_t no;
    /* 1. JSON-LD of the main article object. */
    c->date_src = 1;
    if (get_date(c, c->j.date_published, &d) || get_date(c, c->j.date_created, &d)) {
        /* The publication metas name another day: the date line next to
         * the headline settles which of the two the page means (a plugin's
         * JSON-LD may lag behind the CMS's own metas). Not when the meta's
         * day is the modification day: that is a re-publication stamp,
         * and the visible line then shows the update. */
        date_val m, v, mod, u;
        int has_mod = get_date(c, c->j.date_modified, &mod) || get_date(c, KV_FIRST(c, modified_keys), &mod);
        int had_pub = 0;
        for (size_t k = 0; k < sizeof published_keys / sizeof *published_keys; k++) {
            if (!get_date(c, meta_kv_get(c, published_keys[k]), &m))
                continue;
            had_pub = 1;
            /* The URL's day agreeing with the meta settles it too: the
             * JSON-LD then carries a wrong offset or a plugin's own stamp.
             * The address (meta_page_address) is the given URL, else the
             * page's canonical: its day only ever confirms another
             * source's, as a canonical may name a syndication partner's
             * or an archive's copy. */
            if (!same_day(&m, &d) && !(has_mod && same_day(&m, &mod)) &&
                ((date_from_url(meta_page_address(c), c->today, &u) && same_day(&u, &m)) ||
                 (visible_date(c, mdy, &v, NULL) && same_day(&v, &m)))) {
                d = m;
                c->date_src = 2;
            }
            break;
        }
        /* Without a publication meta, a generic date meta (<meta
         * name="date">, DC.date.issued ...) whose day the URL's day
         * confirms wins the same way: two sources written by the CMS on
         * the day it keeps against one JSON-LD value. The URL alone must
         * agree (a generic meta is as often the last edit, which a
         * visible update line would confirm too). */
        if (!had_pub && weak_meta_day(c, &m) && !same_day(&m, &d) && !(has_mod && same_day(&m, &mod)) &&
            date_from_url(meta_page_address(c), c->today, &u) && same_day(&u, &m)) {
            d = m;
            c->date_src = 2;
        }
        return *d_out = d, 1;
    }
    /* 2. Meta tags for the publication date. */
    c->date_src = 2;
    for (size_t k = 0; k < sizeof published_keys / sizeof *published_keys; k++)
        if (get_date(c, meta_kv_get(c, published_keys[k]), &d))
            return *d_out = d, 1;
    /* 3. Microdata datePublished on a visible element. */
    c->date_src = 3;
    no = meta_by_anchor(c, &c->dateprops, order);
    for (size_t i = 0; i < no; i++)
        if (!meta_in_furniture(c, order[i]) && !microdata_of_other_item(c, order[i]) && node_date(c, order[i], mdy, &d))
            return *d_out = d, 1;
    /* 4. <time pubdate>, hAtom "published" with a machine title. */
    c->date_src = 4;
    for (size_t i = 0; i < c->times.n; i++) {
        dom_node *t = c->times.v[i];
        /* pubdate dates its nearest <article>: another one's is a teaser's. */
        if (dom_attr_get(t, "pubdate") && !meta_in_other_article(c, t) && node_date(c, t, mdy, &d))
            return *d_out = d, 1;
    }
    /* 5. The URL path: set by the CMS from the publication day. */
    c->date_src = 5;
    if (date_from_url(c->art->page_url, c->today, &d))
        return *d_out = d, 1;
    /* 6-9, strict visible pass. */
    if (visible_date(c, mdy, &d, &c->date_src))
        return *d_out = d, 1;
    /* Generic date metas, after the strict visible pass. */
    c->date_src = 14;
    if (weak_meta_day(c, &d))
        return *d_out = d, 1;
    /* Loose pass: class words misfire (a theme's "updated" on the
     * publication date, a "teaser" figure around the lead image), so
     * candidates close to the headline are taken even then. */
    c->date_src = 6;
    if (try_date_nodes(c, &c->times, mdy, 0, &d))
        return *d_out = d, 1;
    c->date_src = 7;
    if (try_date_nodes(c, &c->dateels, mdy, 0, &d))
        return *d_out = d, 1;
    c->date_src = 9;
    if (c->anchor && near_text_date(c, c->anchor, 1, META_NEAR_TEXT / 3, mdy, 0, &d))
        return *d_out = d, 1;
    c->date_src = 12;
    if (labelled_date(c, mdy, &words_date_labels, &d))
        return *d_out = d, 1;
    /* 9. Any other meta tag whose name says it holds a date; not an
     * event's startDate / endDate (schema.org Event microdata in the
     * body): the days of the event, never the page's publication. */
    c->date_src = 10;
    for (size_t i = 0; i < c->nkv; i++) {
        const char *k = c->kv[i].key;
        if ((strstr(k, "date") || strstr(k, "created") || strstr(k, "publish")) && !strstr(k, "modif") &&
            !strstr(k, "update") && !strstr(k, "expir") && !strstr(k, "startdate") && !strstr(k, "enddate") &&
            get_date(c, c->kv[i].val, &d))
            return *d_out = d, 1;
    }
    /* Last resorts before the modification date: a publication date in
     * the page's own script state (frameworks serialise the article with
     * "published_at" / "publishedDate" / "createdAt"), then a dated path
     * in the lead image's URL (/files/2016/05/04/lead.png). */
    c->date_src = 15;
    if (script_state_date(c, &d))
        return *d_out = d, 1;
    c->date_src = 16;
    if (art->image && date_from_url(art->image, c->today, &d))
        return *d_out = d, 1;
    /* ... a date literal passed to a script call, the dated path of the
     * first picture below the headline. */
    c->date_src = 17;
    if (script_literal_date(c, &d))
        return *d_out = d, 1;
    c->date_src = 18;
    if (lead_image_date(c, &d))
        return *d_out = d, 1;
    /* A letter's place-and-date line, a paragraph opened by a date in
     * parentheses (dateline_text_date). */
    c->date_src = 20;
    if (dateline_text_date(c, mdy, &d))
        return *d_out = d, 1;
    /* A date on the line of a link to the page itself (self_link_date). */
    c->date_src = 21;
    if (self_link_date(c, mdy, &d))
        return *d_out = d, 1;
    /* 10. Last resort: the modification date. */
    c->date_src = 11;
    if (get_date(c, c->j.date_modified, &d) || get_date(c, KV_FIRST(c, modified_keys), &d))
        return *d_out = d, 1;
    c->date_src = 13;
    c->reading_updates = 1;
    int upd = labelled_date(c, mdy, &words_update_labels, &d);
    c->reading_updates = 0;
    if (upd)
        return *d_out = d, 1;
    /* A wiki page's revision stamp ("last edited 2019-11-10"), in the
     * footer as often as not: the only date such a page has. */
    c->date_src = 19;
    if (revision_date(c, mdy, &d))
        return *d_out = d, 1;
    c->date_src = 0;
    return 0;
}

void meta_pick_date(meta_ctx *c)
{
    lede_article *art = c->art;
    int mdy = page_mdy(c);
    date_val d;
    c->date_src = 0;
    dom_node *anchor = c->anchor;
    if (!c->anchor || !anchor_has_title(c)) {
        dom_node *da = date_anchor(c);
        if (da)
            c->anchor = da;
    }
    if (!find_date(c, mdy, &d))
        goto modified;
    /* A date read off the page's text later than the page's own revision
     * stamp ("Diese Seite wurde zuletzt am 29. Januar 2020 geändert") is
     * a coming event on a wiki page ("next meeting: 5 February 2020"),
     * not its date: search again with the revision day as the latest
     * plausible one. Only for a date read from the text near the
     * headline, where prose about coming events is: the stamp search
     * costs a backward walk of META_REVISION_SCAN text nodes. */
    date_val rev;
    if (c->date_src == 9 && revision_date(c, mdy, &rev) && day_number(&d) > day_number(&rev)) {
        int today = c->today;
        c->today = rev.y * 10000 + rev.m * 100 + rev.d;
        int again = find_date(c, mdy, &d);
        c->today = today;
        if (!again)
            goto modified;
    }
    /* Structured sources (JSON-LD, metas) move when a story is re-published;
     * the path the CMS built at first publication does not. A full day in
     * the URL months before the date found is the original publication. */
    if (c->date_src < 5) {
        date_val u;
        if (date_from_url(c->art->page_url, c->today, &u) && day_number(&d) - day_number(&u) > META_REPUBLISHED_DAYS) {
            d = u;
            c->date_src = 5;
        }
    }
    /* A publication stamp equal to the modification stamp, to the second,
     * is the last save, which the CMS writes into both: the date line
     * next to the headline then shows the original day ("January 19,
     * 2020 / Updated 8 hours ago" under two "2020-01-20T09:49:32Z"). A
     * date element, a <time> or a byline, not a date in the text near the
     * headline: that is as often the day of the event the story tells. */
    int after = 0;
    if (c->date_src <= 2 && (same_as_modified(c, &d) || (after = published_after_modified(c, &d)) != 0)) {
        date_val v;
        int src;
        /* A publication stamp after the modification: the line must sit
         * right by the headline (META_HEADER_NODES), where the story's
         * own date is, not in a teaser list further down ("Meistgelesen
         * 01.02.2022" under a scheduled post stamped 09:55, modified
         * 08:27); its day may lie up to a year back (a guide re-saved
         * months after it was written). */
        if ((src = visible_date_nodes(c, mdy, &v)) != 0 && day_number(&v) < day_number(&d) &&
            (after ? c->date_node && c->anchor && meta_anchor_dist(c->anchor, c->date_node) <= META_HEADER_NODES &&
                         day_number(&d) - day_number(&v) <= META_RESAVED_DAYS
                   : day_number(&d) - day_number(&v) <= META_REPUBLISHED_DAYS)) {
            d = v;
            c->date_src = src;
        }
    }
    /* The date line next to the headline (a <time>, a date element or a
     * byline) names a later day than the publication stamp, and the
     * page's modification stamp or its generic date meta names that day
     * too: the page presents itself with that day ("20. März 2021 -
     * 15:00" over a JSON-LD datePublished of March 16, dateModified March
     * 20), the stamp is the first draft's or a plugin's, and readers and
     * archives date the page by what it shows. Both the page and a second
     * stamp must agree: a later <time> alone is as often a related
     * story's, and a date in the text near the headline is as often the
     * day of an event (both kept out, golden case
     * meta_date_reject_later_line_unconfirmed). */
    if (c->date_src >= 1 && c->date_src <= 3) {
        /* the stamp's local day: "2019-10-18T22:04Z" is the line's
         * "19.10.2019 00:04", no later day */
        date_val v, w, dl = d;
        int src = -1;
        localize(c, &dl);
        if (other_stamp_day(c, &dl, 1) && (src = visible_date_nodes(c, mdy, &v)) != 0 &&
            day_number(&v) > day_number(&dl) && other_stamp_day(c, &v, 0) && c->date_node &&
            !update_labelled(c, c->date_node)) {
            d = v;
            c->date_src = src;
        } else if (src == 0 && c->anchor && weak_meta_day(c, &w) && day_number(&w) > day_number(&dl) &&
                   near_text_date(c, c->anchor, 1, META_NEAR_TEXT, mdy, 1, &v) && same_day(&v, &w)) {
            /* No date node, but the line of text right under the
             * headline ("Stand: 07.11.2023, 07:30 Uhr") names the later
             * day, and a generic date meta (DC.Date) names it too. Only a
             * generic meta: a modification stamp on the day of a date in
             * the text is as often a note in the lead ("Le 19 février
             * 2020, notre diététicienne a relu ces conseils", golden case
             * meta_date_reject_later_text_line_modified). */
            d = v;
            c->date_src = 9;
        }
    }
    /* A UTC stamp is shown in the page's own offset when another stamp
     * gives the same instant with one (localize). Not when the URL's day
     * is the UTC day and the offset moves it off that day: the path was
     * built on the publication day the site keeps, so the other stamp's
     * offset is wrong (a plugin's JSON-LD at "-08:00" for a page whose
     * article:published_time and /2021/03/15/ path say March 15). */
    date_val utc = d, u;
    localize(c, &d);
    if (!same_day(&utc, &d) && date_from_url(meta_page_address(c), c->today, &u) && same_day(&u, &utc))
        d = utc;
    art->date = date_format(c->a, &d);
    if (!art->date)
        c->oom = 1;
modified:
    if (!set_date(c, c->j.date_modified, &art->date_modified))
        set_date(c, KV_FIRST(c, modified_keys), &art->date_modified);
    /* Only a distinct update is reported: many CMSs fill
     * dateModified with the publication instant itself. */
    if (art->date && art->date_modified && strcmp(art->date, art->date_modified) == 0)
        art->date_modified = NULL;
    c->anchor = anchor;
}

/* lede.c: the public entry points: options, the extraction pipeline
 * (sniff -> decode -> parse -> metadata -> body) and article accessors. */
#include "lede.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "body/body.h"
#include "meta/meta.h"
#include "encoding/encoding.h"
#include "encoding/encoding_labels.h"
#include "html/parse.h"
#include "render/render.h"
#include "warc/http.h"

struct lede_options {
    size_t max_bytes, max_nodes, max_depth;
    char charset[40];
    unsigned switches_flipped; /* bit LEDE_SWITCH_<ID>: away from its default (article.h) */
    lede_favor favor;
    lede_format text_format; /* of the JSON record's "text" (0 = LEDE_FORMAT_JSON stands for text) */
};

/* Defaults: 50 MB covers the largest real news pages seen in crawls many
 * times over; the node and depth caps are Blink-like (see docs/architecture.md). */
#define DEFAULT_MAX_BYTES 50000000u
#define DEFAULT_MAX_NODES 2000000u
#define DEFAULT_MAX_DEPTH 512u

static const struct {
    const char *name, *message;
} status_text[] = {
    {"ok", "ok"},
    {"nomem", "out of memory"},
    {"empty", "empty input: no bytes, or only whitespace"},
    {"not_html", "not HTML"},
    {"too_large", "input larger than the maximum size"},
    {"io", "the input could not be read"},
    {"no_content", "no main text found on the page"},
    {"usage", "bad argument"},
};

const char *lede_status_name(lede_status st)
{
    return (unsigned)st < sizeof status_text / sizeof *status_text ? status_text[st].name : "unknown";
}

const char *lede_status_message(lede_status st)
{
    return (unsigned)st < sizeof status_text / sizeof *status_text ? status_text[st].message : "unknown error";
}

lede_options *lede_options_new(void)
{
    lede_options *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    o->max_bytes = DEFAULT_MAX_BYTES;
    o->max_nodes = DEFAULT_MAX_NODES;
    o->max_depth = DEFAULT_MAX_DEPTH;
    return o;
}

void lede_options_free(lede_options *opts) { free(opts); }
void lede_options_set_max_bytes(lede_options *o, size_t n) { o->max_bytes = n; }
void lede_options_set_max_nodes(lede_options *o, size_t n) { o->max_nodes = n ? n : DEFAULT_MAX_NODES; }
void lede_options_set_max_depth(lede_options *o, size_t n) { o->max_depth = n ? n : DEFAULT_MAX_DEPTH; }

void lede_options_set_favor(lede_options *o, lede_favor f)
{
    o->favor = f == LEDE_FAVOR_PRECISION || f == LEDE_FAVOR_RECALL ? f : LEDE_FAVOR_BALANCED;
}

void lede_options_set_text_format(lede_options *o, lede_format f)
{
    o->text_format = f == LEDE_FORMAT_MARKDOWN || f == LEDE_FORMAT_HTML ? f : LEDE_FORMAT_TEXT;
}

/* lede_options_set_<name> for every switch of LEDE_SWITCHES: the bit is
 * set when the value differs from the switch's default. */
#define SWITCH_SETTER(id, name, def, doc)                                            \
    void lede_options_set_##name(lede_options *o, int on)                            \
    {                                                                                \
        unsigned bit = 1u << LEDE_SWITCH_##id;                                       \
        o->switches_flipped = !on != !(def) ? o->switches_flipped | bit              \
                                            : o->switches_flipped & ~bit;            \
    }
LEDE_SWITCHES(SWITCH_SETTER)
#undef SWITCH_SETTER

void lede_options_set_charset(lede_options *o, const char *cs)
{
    o->charset[0] = '\0';
    if (cs) {
        strncpy(o->charset, cs, sizeof o->charset - 1);
        o->charset[sizeof o->charset - 1] = '\0';
    }
}

int lede_charset_known(const char *cs)
{
    if (!cs)
        return 0;
    /* as enc_declared reads the transport charset, on what set_charset keeps */
    size_t n = 0;
    while (n < sizeof ((lede_options *)0)->charset - 1 && cs[n])
        n++;
    return enc_from_content_type(cs, n) != ENC_NONE || enc_from_label(cs, n) != ENC_NONE;
}

/* Signatures of formats that are often served as text/html by mistake,
 * with the message a person sees for each. */
static const struct {
    const char *magic;
    size_t n;
    const char *what;
} binary_sigs[] = {
    {"%PDF-", 5, "not HTML: looks like a PDF"},
    {"\x89PNG", 4, "not HTML: looks like an image"},
    {"GIF8", 4, "not HTML: looks like an image"},
    {"\xFF\xD8\xFF", 3, "not HTML: looks like a JPEG image"},
    {"PK\x03\x04", 4, "not HTML: looks like a ZIP archive"},
    {"\x1F\x8B", 2, "not HTML: gzip-compressed data"},
    {"RIFF", 4, "not HTML: looks like audio or video (RIFF)"},
    {"\x7F" "ELF", 4, "not HTML: looks like a program (ELF)"},
    {"OggS", 4, "not HTML: looks like audio (Ogg)"},
    {"ID3", 3, "not HTML: looks like audio (MP3)"},
    {"\x28\xB5\x2F\xFD", 4, "not HTML: zstd-compressed data"},
    {"BZh", 3, "not HTML: bzip2-compressed data (decompress it first)"},
    {"wOFF", 4, "not HTML: looks like a web font"},
    {"wOF2", 4, "not HTML: looks like a web font"},
};

/* The signature p starts with, or -1. */
static int binary_sig(const unsigned char *p, size_t len)
{
    for (size_t i = 0; i < sizeof binary_sigs / sizeof *binary_sigs; i++)
        if (len >= binary_sigs[i].n && memcmp(p, binary_sigs[i].magic, binary_sigs[i].n) == 0)
            return (int)i;
    return -1;
}

/* 1 when the first 4 KiB hold an HTML tag a browser's sniffer takes for
 * HTML (the WHATWG MIME Sniffing "HTML" patterns, less the one-letter <a,
 * <b, <p that random bytes hit too often, plus <meta, <link, <article),
 * anywhere rather than only at the start: a page with NUL bytes before or
 * among its markup still renders in a browser, so it is HTML here too.
 * Random bytes hold none of these 4-byte-plus patterns (~1e-6 per 4 KiB). */
static int has_html_tag(const unsigned char *p, size_t len)
{
    static const char *const tags[] = {"!doctype html", "html", "head", "body", "script", "iframe",
                                       "h1", "div", "font", "table", "style", "title", "br",
                                       "meta", "link", "article"};
    size_t n = len < 4096 ? len : 4096;
    for (size_t i = 0; i + 4 <= n; i++) {
        if (p[i] != '<')
            continue;
        if (p[i + 1] == '!' && p[i + 2] == '-' && p[i + 3] == '-')
            return 1;
        for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
            size_t k = strlen(tags[t]), j = 0;
            while (j < k && i + 1 + j < n && (p[i + 1 + j] | 0x20) == (unsigned char)tags[t][j])
                j++;
            /* then a tag-terminating byte: space or '>' */
            if (j == k && i + 1 + k < n && (p[i + 1 + k] == ' ' || p[i + 1 + k] == '>'))
                return 1;
        }
    }
    return 0;
}

/* Rejects inputs that are clearly not HTML: known binary signatures, or a
 * high share of control bytes in the first 1 KiB (text never has them;
 * UTF-16 pages are let through as their BOM is recognised) without an
 * HTML tag in the first 4 KiB. */
static int looks_binary(const unsigned char *p, size_t len)
{
    if (binary_sig(p, len) >= 0)
        return 1;
    if (has_html_tag(p, len))
        return 0;
    if (len >= 2 && ((p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE)))
        return 0;
    size_t n = len < 1024 ? len : 1024, ctl = 0;
    /* UTF-16 without a BOM: NULs on one side of most byte pairs, ASCII on
     * the other ("<\0h\0t\0"). The decoder recognises it; let it through. */
    size_t zero_even = 0, zero_odd = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        zero_even += p[i] == 0;
        zero_odd += p[i + 1] == 0;
    }
    if (n >= 16 && (zero_odd * 10 >= n / 2 * 8 || zero_even * 10 >= n / 2 * 8) &&
        (zero_odd * 10 < n / 2 || zero_even * 10 < n / 2))
        return 0;
    size_t nul = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 0x09 || (p[i] > 0x0D && p[i] < 0x20 && p[i] != 0x1B))
            ctl++;
        nul += p[i] == 0;
    }
    /* Control bytes are 10% of random data and ~0% of text. Over 10%:
     * binary. Over 3% with NULs among them: binary too (compressed or
     * encrypted data served as text/html); a page with a stray NUL or two
     * and no other control bytes still passes. */
    return n && (ctl * 10 > n || (ctl * 33 > n && nul >= 2));
}

static const char *binary_kind(const unsigned char *p, size_t len)
{
    int k = binary_sig(p, len);
    return k >= 0 ? binary_sigs[k].what : "not HTML: binary data";
}

static int only_space(const char *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!(p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' || p[i] == '\f'))
            return 0;
    return 1;
}

/* Why a compressed input was refused, from what its first 4 KiB decode
 * to: nothing (corrupt), compressed data again (one level is decoded), or
 * something binary. */
static const char *compressed_reason(const char *coding, const char *html, size_t len)
{
    int gz = coding[0] == 'g';
    size_t n = 0;
    char *head = http_decode_head(coding, html, len, 4096, &n);
    const char *why = !head ? (gz ? "not HTML: gzip-compressed data that does not decode (corrupt)"
                                   : "not HTML: zstd-compressed data that does not decode (corrupt)")
                      : http_sniff_coding(head, n) ? (gz ? "not HTML: gzip-compressed data that is compressed again"
                                                         : "not HTML: zstd-compressed data that is compressed again")
                      : (gz ? "not HTML: gzip-compressed binary data" : "not HTML: zstd-compressed binary data");
    free(head);
    return why;
}

const char *lede_not_html_reason(const char *html, size_t len)
{
    const char *coding = html ? http_sniff_coding(html, len) : NULL;
    return coding ? compressed_reason(coding, html, len) : binary_kind((const unsigned char *)html, len);
}

/* Compressed bytes (a .html.gz or .html.zst file, or gzip bytes from any
 * caller), found by their magic: decoded by the WARC reader's body decoder
 * as a gzip or zstd Content-Encoding, the result bounded by max_bytes (a
 * decompression bomb stops there: too_large), then extracted as any page.
 * One level only: compressed data inside is refused as not HTML. A stream
 * cut short keeps what decodes and the article says truncated, as a WARC
 * payload cut by the crawler does; one that decodes to nothing is not
 * HTML. */
static lede_status extract_compressed(const char *coding, const char *data, size_t len, const char *url,
                                      const lede_options *opts, lede_article **out)
{
    http_head h;
    memset(&h, 0, sizeof h);
    memcpy(h.encoding, coding, strlen(coding) + 1);
    char *page = NULL;
    size_t n = 0;
    int cut = 0;
    http_dec_status ds = http_decode_body(&h, data, len, opts->max_bytes, &page, &n, &cut, NULL);
    if (ds != HTTP_DEC_OK)
        return ds == HTTP_DEC_NOMEM ? LEDE_ERR_NOMEM : ds == HTTP_DEC_TOO_LARGE ? LEDE_ERR_TOO_LARGE : LEDE_ERR_NOT_HTML;
    lede_status st = LEDE_ERR_NOT_HTML;
    if (!http_sniff_coding(page, n)) {
        st = lede_extract(page, n, url, opts, out);
        if (*out && cut)
            (*out)->truncated = 1;
    }
    free(page);
    return st;
}

/* Quotes run over the body's plain text, rendered here once and kept in
 * the article's text cache, where the text getter and the JSON record
 * find it; in languages the vocabulary does not cover, the list is empty. */
static int extract_quotes(lede_article *art)
{
    if (!quotes_cover_language(art->language)) {
        art->quotes_on = 1;
        return 0;
    }
    size_t len;
    const char *text = render_text_cached(art, &len, NULL);
    if (!text)
        return -1;
    art->quotes_on = 1;
    return quotes_find(&art->doc->mem, text, len, art->title, &art->quotes);
}

lede_status lede_extract(const char *html, size_t len, const char *url,
                         const lede_options *opts, lede_article **out)
{
    static const lede_options defaults = {DEFAULT_MAX_BYTES, DEFAULT_MAX_NODES, DEFAULT_MAX_DEPTH, "", 0, LEDE_FAVOR_BALANCED,
                                          LEDE_FORMAT_TEXT};
    if (!out)
        return LEDE_ERR_USAGE;
    *out = NULL;
    if (!html && len)
        return LEDE_ERR_USAGE;
    if (!opts)
        opts = &defaults;
    if (opts->max_bytes && len > opts->max_bytes)
        return LEDE_ERR_TOO_LARGE;
    if (len == 0 || only_space(html, len))
        return LEDE_ERR_EMPTY;
    const char *coding = http_sniff_coding(html, len);
    if (coding)
        return extract_compressed(coding, html, len, url, opts, out);
    if (looks_binary((const unsigned char *)html, len))
        return LEDE_ERR_NOT_HTML;

    enc_result enc;
    if (enc_to_utf8(html, len, opts->charset[0] ? opts->charset : NULL, &enc) != 0)
        return LEDE_ERR_NOMEM;
    const char *text = enc.utf8 ? enc.utf8 : html;

    dom_limits limits = {(uint32_t)opts->max_nodes, (uint32_t)opts->max_depth};
    /* Memory is bounded by the node and depth caps (see docs/architecture.md,
     * "Memory"): the arena itself has no limit of its own. */
    /* enc_to_utf8's output is valid UTF-8: the parser need not check it again. */
    dom_document *doc = html_parse_valid_utf8(text, enc.len, &limits);
    if (!doc) {
        free(enc.utf8);
        return LEDE_ERR_NOMEM;
    }
    lede_article *art = calloc(1, sizeof *art);
    if (!art) {
        dom_document_free(doc);
        free(enc.utf8);
        return LEDE_ERR_NOMEM;
    }
    art->doc = doc;
    art->decoded = enc.utf8;
    art->input_len = len;
    art->truncated = doc->truncated;
    art->switches_flipped = opts->switches_flipped;
    art->favor = opts->favor;
    art->text_format = opts->text_format == LEDE_FORMAT_JSON ? LEDE_FORMAT_TEXT : opts->text_format;
    art->charset = arena_strndup(&doc->mem, enc.charset, strlen(enc.charset));
    if (url && *url)
        art->page_url = arena_strndup(&doc->mem, url, strlen(url));
    if (extract_metadata(art) != 0 || extract_noscript(art) != 0 || extract_body(art) != 0 ||
        render_resolve_images(art) != 0 ||
        (article_switch(art, LEDE_SWITCH_COMMENTS) && extract_comments(art) != 0) || extract_next_page(art) != 0 || extract_jsonld_body(art) != 0 ||
        extract_byline_authors(art) != 0 ||
        extract_language(art) != 0 || (article_switch(art, LEDE_SWITCH_QUOTES) && extract_quotes(art) != 0)) {
        lede_article_free(art);
        return LEDE_ERR_NOMEM;
    }
    /* No main text: the article still goes out with its metadata, marked
     * no_content, so a batch can tell an empty extraction from an article.
     * The text is rendered (and kept for the getter and the JSON record)
     * to decide exactly as the output would read. */
    size_t text_len = 0;
    int cut = 0;
    if (!render_text_cached(art, &text_len, &cut)) {
        lede_article_free(art);
        return LEDE_ERR_NOMEM;
    }
    if (text_len == 0) {
        art->status = LEDE_ERR_NO_CONTENT;
        art->text_source = NULL;
    }
    *out = art;
    return art->status;
}

/* Joining renders the joined text and finds its quotes before anything
 * else of art changes, so that running out of memory leaves both articles
 * as they were. */
lede_status lede_article_join(lede_article *art, lede_article *next)
{
    if (!art || !next || art == next)
        return LEDE_ERR_USAGE;
    size_t nb = art->nbody + next->nbody, ni = art->nimages + next->nimages;
    dom_node **list = arena_alloc(&art->doc->mem, (nb ? nb : 1) * sizeof *list);
    /* next's images follow art's (already absolute, against next's own
     * address); a picture both pages show is listed once */
    article_image *images = arena_alloc(&art->doc->mem, (ni ? ni : 1) * sizeof *images);
    if (images && ni) {
        if (art->nimages)
            memcpy(images, art->images, art->nimages * sizeof *images);
        if (next->nimages)
            memcpy(images + art->nimages, next->images, next->nimages * sizeof *images);
        if ((ni = render_images_unique(images, ni)) == (size_t)-1)
            images = NULL;
    }
    lede_article **joined = realloc(art->joined, (art->njoined + 1) * sizeof *joined);
    if (joined)
        art->joined = joined;
    if (!list || !joined || !images)
        return LEDE_ERR_NOMEM;
    if (art->nbody)
        memcpy(list, art->body, art->nbody * sizeof *list);
    if (next->nbody)
        memcpy(list + art->nbody, next->body, next->nbody * sizeof *list);
    dom_node **old_body = art->body;
    size_t old_nbody = art->nbody, old_input = art->input_len;
    art->body = list;
    art->nbody = nb;
    art->input_len += next->input_len; /* the output budget grows with the input */
    render_text_cache_free(art);
    size_t text_len = 0;
    const char *text = render_text_cached(art, &text_len, NULL);
    quote_list quotes;
    memset(&quotes, 0, sizeof quotes);
    if (!text || (art->quotes_on && quotes_find(&art->doc->mem, text, text_len, art->title, &quotes) != 0)) {
        art->body = old_body;
        art->nbody = old_nbody;
        art->input_len = old_input;
        render_text_cache_free(art); /* rendered again when asked */
        return LEDE_ERR_NOMEM;
    }
    if (art->quotes_on)
        art->quotes = quotes;
    art->images = images;
    art->nimages = ni;
    art->joined[art->njoined++] = next;
    art->render_memo = 0; /* the body changed: earlier renderings' cuts no longer hold */
    art->status = text_len ? LEDE_OK : LEDE_ERR_NO_CONTENT;
    art->next_page = next->next_page;
    art->paywalled |= next->paywalled;
    art->truncated |= next->truncated || lede_article_flag(next, LEDE_FIELD_TRUNCATED);
    if (!art->text_source || (next->text_source && strcmp(next->text_source, "jsonld") == 0))
        art->text_source = next->text_source;
    return LEDE_OK;
}

void lede_article_free(lede_article *art)
{
    if (!art)
        return;
    for (size_t i = 0; i < art->njoined; i++)
        lede_article_free(art->joined[i]);
    free(art->joined);
    for (size_t i = 0; i < art->ngrafts; i++)
        dom_document_free(art->grafts[i]);
    free(art->grafts);
    dom_document_free(art->doc);
    free(art->decoded);
    render_text_cache_free(art);
    free(art);
}

/* The public field table, at run time. */
static const struct {
    const char *name;
    int kind, in_record;
} field_info[] = {
#define FIELD_INFO(id, name, kind, in_record, doc) {#name, LEDE_KIND_##kind, in_record},
    LEDE_FIELDS(FIELD_INFO)
#undef FIELD_INFO
};

const char *lede_field_name(lede_field f) { return (unsigned)f < LEDE_FIELD_COUNT ? field_info[f].name : NULL; }
int lede_field_kind(lede_field f) { return (unsigned)f < LEDE_FIELD_COUNT ? field_info[f].kind : -1; }
int lede_field_in_record(lede_field f) { return (unsigned)f < LEDE_FIELD_COUNT ? field_info[f].in_record : -1; }

/* Getters generated from LEDE_FIELDS: each kind's getter reads the member
 * named after the field for the fields of its kind. */
#define AS_STRING_STRING(name) return a->name;
#define AS_STRING_TEXT(name) return render_text_cached(a, NULL, NULL);
#define AS_STRING_LIST(name) return NULL;
#define AS_STRING_BOOL(name) return NULL;
#define AS_LIST_STRING(name) return NULL;
#define AS_LIST_TEXT(name) return NULL;
#define AS_LIST_LIST(name) return &a->name;
#define AS_LIST_BOOL(name) return NULL;
#define AS_FLAG_STRING(name) return 0;
#define AS_FLAG_TEXT(name) return 0;
#define AS_FLAG_LIST(name) return 0;
#define AS_FLAG_BOOL(name) return a->name != 0;
/* quotes have their own getters (lede_article_quote) */
#define AS_STRING_QUOTES(name) return NULL;
#define AS_LIST_QUOTES(name) return NULL;
#define AS_FLAG_QUOTES(name) return 0;
/* comments too (lede_article_comment) */
#define AS_STRING_COMMENTS(name) return NULL;
#define AS_LIST_COMMENTS(name) return NULL;
#define AS_FLAG_COMMENTS(name) return 0;
/* images too (lede_article_image) */
#define AS_STRING_IMAGES(name) return NULL;
#define AS_LIST_IMAGES(name) return NULL;
#define AS_FLAG_IMAGES(name) return 0;

const char *lede_article_field(const lede_article *a, lede_field f)
{
    if (!a)
        return NULL;
    if (f == LEDE_FIELD_URL && !a->url)
        return a->page_url; /* the record's url: the canonical one, else the given one */
    switch (f) {
#define CASE(id, name, kind, in_record, doc) case LEDE_FIELD_##id: AS_STRING_##kind(name)
        LEDE_FIELDS(CASE)
#undef CASE
    default: return NULL;
    }
}

static const str_list *article_list(const lede_article *a, lede_field f)
{
    if (!a)
        return NULL;
    switch (f) {
#define CASE(id, name, kind, in_record, doc) case LEDE_FIELD_##id: AS_LIST_##kind(name)
        LEDE_FIELDS(CASE)
#undef CASE
    default: return NULL;
    }
}

size_t lede_article_list_count(const lede_article *a, lede_field f)
{
    const str_list *l = article_list(a, f);
    return l ? l->count : 0;
}

const char *lede_article_list_item(const lede_article *a, lede_field f, size_t i)
{
    const str_list *l = article_list(a, f);
    return l && i < l->count ? l->items[i] : NULL;
}

int lede_article_flag(const lede_article *a, lede_field f)
{
    if (!a)
        return 0;
    if (f == LEDE_FIELD_TRUNCATED && !a->truncated) {
        /* also true when the text (in the record's text format) stopped
         * at the output budget */
        int cut = 0;
        if (a->text_format == LEDE_FORMAT_MARKDOWN || a->text_format == LEDE_FORMAT_HTML)
            return render_body_cut(a, a->text_format);
        render_text_cached(a, NULL, &cut);
        return cut;
    }
    switch (f) {
#define CASE(id, name, kind, in_record, doc) case LEDE_FIELD_##id: AS_FLAG_##kind(name)
        LEDE_FIELDS(CASE)
#undef CASE
    default: return 0;
    }
}

size_t lede_article_author_count(const lede_article *a) { return lede_article_list_count(a, LEDE_FIELD_AUTHORS); }
const char *lede_article_author(const lede_article *a, size_t i) { return lede_article_list_item(a, LEDE_FIELD_AUTHORS, i); }
int lede_article_truncated(const lede_article *a) { return lede_article_flag(a, LEDE_FIELD_TRUNCATED); }

int lede_article_has_quotes(const lede_article *a) { return a && a->quotes_on; }
size_t lede_article_quote_count(const lede_article *a) { return a ? a->quotes.count : 0; }

const lede_quote *lede_article_quote(const lede_article *a, size_t i)
{
    return a && i < a->quotes.count ? (const lede_quote *)&a->quotes.items[i] : NULL;
}

const char *lede_quote_text(const lede_quote *q) { return q ? ((const quote_rec *)q)->text : NULL; }
const char *lede_quote_mention(const lede_quote *q) { return q ? ((const quote_rec *)q)->mention : NULL; }
const char *lede_quote_speaker(const lede_quote *q) { return q ? ((const quote_rec *)q)->speaker : NULL; }
const char *lede_quote_cue(const lede_quote *q) { return q ? ((const quote_rec *)q)->cue : NULL; }
const char *lede_quote_kind(const lede_quote *q) { return q ? quote_kind_name(((const quote_rec *)q)->kind) : NULL; }
const char *lede_quote_field(const lede_quote *q)
{
    return q ? ((const quote_rec *)q)->in_title ? "title" : "text" : NULL;
}
size_t lede_quote_span_count(const lede_quote *q) { return q ? ((const quote_rec *)q)->nspans : 0; }

int lede_quote_span(const lede_quote *q, size_t i, size_t *start, size_t *end)
{
    const quote_rec *x = (const quote_rec *)q;
    if (!x || i >= x->nspans)
        return 0;
    if (start)
        *start = x->spans[2 * i];
    if (end)
        *end = x->spans[2 * i + 1];
    return 1;
}

int lede_article_has_comments(const lede_article *a) { return a && article_switch(a, LEDE_SWITCH_COMMENTS); }
size_t lede_article_comment_count(const lede_article *a) { return a ? a->ncomments : 0; }

const lede_comment *lede_article_comment(const lede_article *a, size_t i)
{
    return a && i < a->ncomments ? (const lede_comment *)&a->comments[i] : NULL;
}

const char *lede_comment_author(const lede_comment *c) { return c ? ((const article_comment *)c)->author : NULL; }
const char *lede_comment_date(const lede_comment *c) { return c ? ((const article_comment *)c)->date : NULL; }
const char *lede_comment_text(const lede_comment *c) { return c ? ((const article_comment *)c)->text : NULL; }

int lede_article_has_images(const lede_article *a) { return a && article_switch(a, LEDE_SWITCH_IMAGES); }
size_t lede_article_image_count(const lede_article *a) { return a ? a->nimages : 0; }

const lede_image *lede_article_image(const lede_article *a, size_t i)
{
    return a && i < a->nimages ? (const lede_image *)&a->images[i] : NULL;
}

const char *lede_image_src(const lede_image *im) { return im ? ((const article_image *)im)->src : NULL; }
const char *lede_image_alt(const lede_image *im) { return im ? ((const article_image *)im)->alt : NULL; }
const char *lede_image_caption(const lede_image *im) { return im ? ((const article_image *)im)->caption : NULL; }
const char *lede_image_credit(const lede_image *im) { return im ? ((const article_image *)im)->credit : NULL; }

char *lede_render(const lede_article *art, lede_format fmt, const char *source, size_t *len)
{
    buf b = BUF_INIT;
    if (!art)
        return NULL;
    switch (fmt) {
    case LEDE_FORMAT_JSON: render_json(art, source, &b); break;
    case LEDE_FORMAT_TEXT:
    case LEDE_FORMAT_MARKDOWN:
    case LEDE_FORMAT_HTML: render_body(art, fmt, &b); break;
    }
    if (b.oom) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b, len);
}

char *lede_render_error(lede_status st, const char *message, const char *source,
                        const char *url, size_t *len)
{
    buf b = BUF_INIT;
    render_json_error(lede_status_name(st), message ? message : lede_status_message(st), source, url, &b);
    if (b.oom) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b, len);
}

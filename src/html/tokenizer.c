/* tokenizer.c: the WHATWG HTML tokenizer (html.spec.whatwg.org section
 * 13.2.5), state by state, over a whole in-memory buffer.
 *
 * Speed: the states that see most bytes (data, RCDATA, raw text, script
 * data, attribute values, comments) skip runs of ordinary bytes with a
 * word-at-a-time scan for their few special bytes, and character data is
 * returned as a pointer into the input whenever it needs no decoding (a
 * copy into `text` is made only once a character reference or U+FFFD
 * breaks the run). Nothing is malloc'd per token: buffers are reused.
 *
 * The input holds no CR (html_parse normalises newlines first). All syntax
 * is ASCII, so the tokenizer works on bytes: UTF-8 sequences pass through
 * untouched. Parse errors are not reported (the tree does not need them). */
#include "tokenizer.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"
#include "entities.h"

/* The tokenizer states, in the spec's order (section 13.2.5). Each one's
 * comment is its anchor in https://html.spec.whatwg.org/multipage/parsing.html
 * ("#data-state": https://html.spec.whatwg.org/multipage/parsing.html#data-state);
 * tok_run has one case per state. The character reference states run
 * inline where a '&' is met. */
enum {
    S_DATA,                      /* #data-state */
    S_RCDATA,                    /* #rcdata-state */
    S_RAWTEXT,                   /* #rawtext-state */
    S_SCRIPT,                    /* #script-data-state */
    S_PLAINTEXT,                 /* #plaintext-state */
    S_TAG_OPEN,                  /* #tag-open-state */
    S_END_TAG_OPEN,              /* #end-tag-open-state */
    S_TAG_NAME,                  /* #tag-name-state */
    S_RCDATA_LT,                 /* #rcdata-less-than-sign-state */
    S_RAWTEXT_LT,                /* #rawtext-less-than-sign-state */
    S_SCRIPT_LT,                 /* #script-data-less-than-sign-state */
    S_RAW_END_OPEN,              /* #rcdata-end-tag-open-state, #rawtext-, #script-data-, #script-data-escaped-end-tag-open-state: one state for the four */
    S_RAW_END_NAME,              /* #rcdata-end-tag-name-state and its three siblings, likewise */
    S_ESC_START,                 /* #script-data-escape-start-state */
    S_ESC_START_DASH,            /* #script-data-escape-start-dash-state */
    S_ESC,                       /* #script-data-escaped-state */
    S_ESC_DASH,                  /* #script-data-escaped-dash-state */
    S_ESC_DASH_DASH,             /* #script-data-escaped-dash-dash-state */
    S_ESC_LT,                    /* #script-data-escaped-less-than-sign-state */
    S_DESC_START,                /* #script-data-double-escape-start-state */
    S_DESC,                      /* #script-data-double-escaped-state */
    S_DESC_DASH,                 /* #script-data-double-escaped-dash-state */
    S_DESC_DASH_DASH,            /* #script-data-double-escaped-dash-dash-state */
    S_DESC_LT,                   /* #script-data-double-escaped-less-than-sign-state */
    S_DESC_END,                  /* #script-data-double-escape-end-state */
    S_BEFORE_ATTR_NAME,          /* #before-attribute-name-state */
    S_ATTR_NAME,                 /* #attribute-name-state */
    S_AFTER_ATTR_NAME,           /* #after-attribute-name-state */
    S_BEFORE_ATTR_VALUE,         /* #before-attribute-value-state */
    S_ATTR_VALUE_DQ,             /* #attribute-value-(double-quoted)-state */
    S_ATTR_VALUE_SQ,             /* #attribute-value-(single-quoted)-state */
    S_ATTR_VALUE_UQ,             /* #attribute-value-(unquoted)-state */
    S_AFTER_ATTR_VALUE_Q,        /* #after-attribute-value-(quoted)-state */
    S_SELF_CLOSING,              /* #self-closing-start-tag-state */
    S_BOGUS_COMMENT,             /* #bogus-comment-state */
    S_MARKUP_DECL,               /* #markup-declaration-open-state */
    S_COMMENT_START,             /* #comment-start-state */
    S_COMMENT_START_DASH,        /* #comment-start-dash-state */
    S_COMMENT,                   /* #comment-state */
    S_COMMENT_LT,                /* #comment-less-than-sign-state */
    S_COMMENT_LT_BANG,           /* #comment-less-than-sign-bang-state */
    S_COMMENT_LT_BANG_DASH,      /* #comment-less-than-sign-bang-dash-state */
    S_COMMENT_LT_BANG_DASH_DASH, /* #comment-less-than-sign-bang-dash-dash-state */
    S_COMMENT_END_DASH,          /* #comment-end-dash-state */
    S_COMMENT_END,               /* #comment-end-state */
    S_COMMENT_END_BANG,          /* #comment-end-bang-state */
    S_DOCTYPE,                   /* #doctype-state */
    S_BEFORE_DOCTYPE_NAME,       /* #before-doctype-name-state */
    S_DOCTYPE_NAME,              /* #doctype-name-state */
    S_AFTER_DOCTYPE_NAME,        /* #after-doctype-name-state */
    S_AFTER_DOCTYPE_PUBLIC_KW,   /* #after-doctype-public-keyword-state */
    S_BEFORE_DOCTYPE_PUBLIC_ID,  /* #before-doctype-public-identifier-state */
    S_DOCTYPE_PUBLIC_ID_DQ,      /* #doctype-public-identifier-(double-quoted)-state */
    S_DOCTYPE_PUBLIC_ID_SQ,      /* #doctype-public-identifier-(single-quoted)-state */
    S_AFTER_DOCTYPE_PUBLIC_ID,   /* #after-doctype-public-identifier-state */
    S_BETWEEN_DOCTYPE_IDS,       /* #between-doctype-public-and-system-identifiers-state */
    S_AFTER_DOCTYPE_SYSTEM_KW,   /* #after-doctype-system-keyword-state */
    S_BEFORE_DOCTYPE_SYSTEM_ID,  /* #before-doctype-system-identifier-state */
    S_DOCTYPE_SYSTEM_ID_DQ,      /* #doctype-system-identifier-(double-quoted)-state */
    S_DOCTYPE_SYSTEM_ID_SQ,      /* #doctype-system-identifier-(single-quoted)-state */
    S_AFTER_DOCTYPE_SYSTEM_ID,   /* #after-doctype-system-identifier-state */
    S_BOGUS_DOCTYPE,             /* #bogus-doctype-state */
    S_CDATA,                     /* #cdata-section-state */
    S_CDATA_BRACKET,             /* #cdata-section-bracket-state */
    S_CDATA_END,                 /* #cdata-section-end-state */
};

#define TOK_FFFD "\xEF\xBF\xBD"

/* Character classes, one bit each, for the table-driven loops. */
enum {
    C_WS = 1,       /* tab, LF, FF, space (CR never reaches us) */
    C_ALPHA = 2,
    C_UPPER = 4,
    C_DIGIT = 8,
    C_HEX = 16,
    C_NAMESTOP = 32,  /* ends a plain run in a tag name: ws / > NUL upper */
    C_ANAMESTOP = 64, /* ends a plain run in an attribute name: also = " ' < */
    C_UQSTOP = 128    /* ends a plain run in an unquoted value: ws & > NUL */
};

static const uint8_t *tok_classes(void)
{
    /* Built at compile time by the initialiser below. */
#define W (C_WS | C_NAMESTOP | C_ANAMESTOP | C_UQSTOP)
#define U (C_ALPHA | C_UPPER | C_NAMESTOP | C_ANAMESTOP)
#define UH (C_ALPHA | C_UPPER | C_HEX | C_NAMESTOP | C_ANAMESTOP)
#define L (C_ALPHA)
#define LH (C_ALPHA | C_HEX)
#define D (C_DIGIT | C_HEX)
    static const uint8_t cls[256] = {
        [0] = C_NAMESTOP | C_ANAMESTOP | C_UQSTOP,
        ['\t'] = W, ['\n'] = W, ['\f'] = W, [' '] = W,
        ['/'] = C_NAMESTOP | C_ANAMESTOP,
        ['>'] = C_NAMESTOP | C_ANAMESTOP | C_UQSTOP,
        ['='] = C_ANAMESTOP,
        ['"'] = C_ANAMESTOP, ['\''] = C_ANAMESTOP, ['<'] = C_ANAMESTOP,
        ['&'] = C_UQSTOP,
        ['0'] = D, ['1'] = D, ['2'] = D, ['3'] = D, ['4'] = D,
        ['5'] = D, ['6'] = D, ['7'] = D, ['8'] = D, ['9'] = D,
        ['A'] = UH, ['B'] = UH, ['C'] = UH, ['D'] = UH, ['E'] = UH, ['F'] = UH,
        ['G'] = U, ['H'] = U, ['I'] = U, ['J'] = U, ['K'] = U, ['L'] = U, ['M'] = U,
        ['N'] = U, ['O'] = U, ['P'] = U, ['Q'] = U, ['R'] = U, ['S'] = U, ['T'] = U,
        ['U'] = U, ['V'] = U, ['W'] = U, ['X'] = U, ['Y'] = U, ['Z'] = U,
        ['a'] = LH, ['b'] = LH, ['c'] = LH, ['d'] = LH, ['e'] = LH, ['f'] = LH,
        ['g'] = L, ['h'] = L, ['i'] = L, ['j'] = L, ['k'] = L, ['l'] = L, ['m'] = L,
        ['n'] = L, ['o'] = L, ['p'] = L, ['q'] = L, ['r'] = L, ['s'] = L, ['t'] = L,
        ['u'] = L, ['v'] = L, ['w'] = L, ['x'] = L, ['y'] = L, ['z'] = L,
    };
#undef W
#undef U
#undef UH
#undef L
#undef LH
#undef D
    return cls;
}

#define TOK_IS(cls, c, bit) ((cls)[(unsigned char)(c)] & (bit))

/* ---- fast scanning ------------------------------------------------------ */

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define TOK_SWAR 1
#define TOK_ONES 0x0101010101010101ull
#define TOK_HIGHS 0x8080808080808080ull
/* Nonzero where a byte of v is zero; the lowest flagged byte is always a
 * true zero (borrows only create false flags above a real one). */
static inline uint64_t tok_zero_bytes(uint64_t v) { return (v - TOK_ONES) & ~v & TOK_HIGHS; }
#endif

/* First position >= pos holding a, b or c (len when none). SSE2 (part of
 * every x86-64) looks at 16 bytes per step, other targets at 8 (SWAR). */
static inline size_t tok_scan3(const unsigned char *in, size_t pos, size_t len, unsigned char a,
                               unsigned char b, unsigned char c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b), vc = _mm_set1_epi8((char)c);
    while (pos + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(in + pos));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                   _mm_cmpeq_epi8(v, vc));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m)
            return pos + (size_t)__builtin_ctz(m);
        pos += 16;
    }
#endif
#ifdef TOK_SWAR
    uint64_t ma = TOK_ONES * a, mb = TOK_ONES * b, mc = TOK_ONES * c;
    while (pos + 8 <= len) {
        uint64_t w;
        memcpy(&w, in + pos, 8);
        uint64_t x = tok_zero_bytes(w ^ ma) | tok_zero_bytes(w ^ mb) | tok_zero_bytes(w ^ mc);
        if (x)
            return pos + ((size_t)__builtin_ctzll(x) >> 3);
        pos += 8;
    }
#endif
    while (pos < len && in[pos] != a && in[pos] != b && in[pos] != c)
        pos++;
    return pos;
}

/* ---- buffers ------------------------------------------------------------ */

/* Inline fast paths of buf_put / buf_putc (called per tag name, attribute
 * and text run); the slow path grows the buffer. */
static inline void tok_put(buf *b, const void *p, size_t n)
{
    if (b->len + n < b->cap) {
        memcpy(b->data + b->len, p, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        buf_put(b, p, n);
    }
}

static inline void tok_putc(buf *b, char c)
{
    if (b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
    } else {
        buf_putc(b, c);
    }
}

/* ---- character data ----------------------------------------------------- */

/* Appends input bytes to the pending character data, zero-copy while they
 * are contiguous. */
static void tok_text_span(tok_t *t, const unsigned char *p, size_t n)
{
    if (!n)
        return;
    if (t->text_copied) {
        tok_put(&t->text, p, n);
    } else if (!t->span_len) {
        t->span = p;
        t->span_len = n;
    } else if (t->span + t->span_len == p) {
        t->span_len += n;
    } else {
        buf_clear(&t->text);
        tok_put(&t->text, t->span, t->span_len);
        tok_put(&t->text, p, n);
        t->text_copied = 1;
    }
}

/* Appends bytes that are not in the input (decoded references, U+FFFD). */
static void tok_text_put(tok_t *t, const char *p, size_t n)
{
    if (!t->text_copied) {
        buf_clear(&t->text);
        if (t->span_len)
            tok_put(&t->text, t->span, t->span_len);
        t->text_copied = 1;
    }
    tok_put(&t->text, p, n);
}

static int tok_have_text(const tok_t *t) { return t->text_copied ? t->text.len > 0 : t->span_len > 0; }

/* ---- setup ------------------------------------------------------------------ */

void tok_init(tok_t *t, const char *in, size_t len)
{
    memset(t, 0, sizeof *t);
    t->in = (const unsigned char *)in;
    t->len = len;
    t->state = S_DATA;
}

void tok_free(tok_t *t)
{
    buf_free(&t->text);
    buf_free(&t->name);
    buf_free(&t->abuf);
    buf_free(&t->pub);
    buf_free(&t->sys);
    free(t->aoff);
    free(t->ahash);
    free(t->agen);
    free(t->attrs_out);
    t->aoff = NULL;
    t->ahash = t->agen = NULL;
    t->attrs_out = NULL;
}

void tok_set_state(tok_t *t, tok_content_state s)
{
    static const int map[] = {S_DATA, S_RCDATA, S_RAWTEXT, S_SCRIPT, S_PLAINTEXT, S_CDATA};
    t->state = map[s];
}

void tok_set_last_start_tag(tok_t *t, const char *name, size_t len)
{
    if (len >= sizeof t->last_start) {
        t->last_start_len = 0; /* too long to keep: no end tag will be "appropriate" */
        return;
    }
    memcpy(t->last_start, name, len);
    t->last_start_len = len;
}

/* ---- tags and attributes ------------------------------------------------ */

static void tok_new_tag(tok_t *t, int is_end)
{
    t->tag_is_end = is_end;
    t->self_closing = 0;
    buf_clear(&t->name);
    buf_clear(&t->abuf);
    t->nattr = 0;
    t->attr_open = 0;
    t->gen++;
    if (t->gen == 0) { /* wrapped: stale stamps could collide, clear them */
        if (t->agen)
            memset(t->agen, 0, t->ahash_cap * sizeof *t->agen);
        t->gen = 1;
    }
}

static uint32_t tok_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void tok_attr_begin(tok_t *t)
{
    t->attr_open = 1;
    t->cur_name_off = t->abuf.len;
    t->cur_name_len = 0;
    t->cur_value_off = (size_t)-1;
}

/* Called when the attribute name is complete (leaving the name state). */
static void tok_attr_name_done(tok_t *t)
{
    if (t->cur_value_off == (size_t)-1) {
        t->cur_name_len = t->abuf.len - t->cur_name_off;
        t->cur_value_off = t->abuf.len;
    }
}

/* Inserts attribute index i into the duplicate set; grows it as needed. */
static int tok_ahash_insert(tok_t *t, uint32_t h, size_t i);

static int tok_ahash_grow(tok_t *t)
{
    size_t cap = t->ahash_cap ? t->ahash_cap * 2 : 64;
    uint32_t *nh = calloc(cap, sizeof *nh), *ng = calloc(cap, sizeof *ng);
    if (!nh || !ng) {
        free(nh);
        free(ng);
        t->oom = 1;
        return 0;
    }
    free(t->ahash);
    free(t->agen);
    t->ahash = nh;
    t->agen = ng;
    t->ahash_cap = cap;
    /* re-insert the attributes of the current tag */
    for (size_t i = 0; i < t->nattr; i++)
        tok_ahash_insert(t, t->aoff[i].hash, i);
    return 1;
}

static int tok_ahash_insert(tok_t *t, uint32_t h, size_t i)
{
    size_t mask = t->ahash_cap - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
        if (t->agen[s] != t->gen) {
            t->agen[s] = t->gen;
            t->ahash[s] = (uint32_t)i + 1;
            return 1;
        }
    }
}

/* Finishes the attribute being built: kept unless its name is already on
 * the tag (the first occurrence wins; duplicates are dropped). Tags with
 * few attributes compare linearly; past 8 a hash set keeps this O(1) so
 * 100,000 attributes on one tag stay linear. */
static void tok_attr_end(tok_t *t)
{
    if (!t->attr_open)
        return;
    t->attr_open = 0;
    tok_attr_name_done(t);
    const char *base = t->abuf.data;
    size_t nlen = t->cur_name_len;
    const char *nm = base ? base + t->cur_name_off : "";
    uint32_t h = 0;
    int dup = 0;
    if (t->nattr <= 8) {
        for (size_t i = 0; i < t->nattr && !dup; i++)
            dup = t->aoff[i].name_len == nlen && memcmp(base + t->aoff[i].name_off, nm, nlen) == 0;
    } else {
        size_t mask = t->ahash_cap - 1;
        h = tok_hash(nm, nlen);
        for (size_t s = h & mask; t->agen[s] == t->gen; s = (s + 1) & mask) {
            const tok_attr_off *o = &t->aoff[t->ahash[s] - 1];
            if (o->hash == h && o->name_len == nlen && memcmp(base + o->name_off, nm, nlen) == 0) {
                dup = 1;
                break;
            }
        }
    }
    if (dup) {
        t->abuf.len = t->cur_name_off;
        return;
    }
    if (t->nattr == t->aoff_cap) {
        size_t cap = t->aoff_cap ? t->aoff_cap * 2 : 16;
        tok_attr_off *n = realloc(t->aoff, cap * sizeof *n);
        if (!n) {
            t->oom = 1;
            return;
        }
        t->aoff = n;
        t->aoff_cap = cap;
    }
    tok_attr_off *o = &t->aoff[t->nattr];
    o->name_off = t->cur_name_off;
    o->name_len = nlen;
    o->value_off = t->cur_value_off;
    o->value_len = t->abuf.len - t->cur_value_off;
    o->hash = h;
    t->nattr++;
    if (t->nattr > 8) {
        if (t->nattr == 9) /* leaving linear mode: hash the names so far */
            for (size_t i = 0; i < 9; i++)
                t->aoff[i].hash = tok_hash(t->abuf.data + t->aoff[i].name_off, t->aoff[i].name_len);
        if (t->nattr * 2 > t->ahash_cap) {
            tok_ahash_grow(t); /* re-inserts every attribute, the new one too */
        } else if (t->nattr == 9) { /* load all nine into the set */
            for (size_t i = 0; i < t->nattr; i++)
                tok_ahash_insert(t, t->aoff[i].hash, i);
        } else {
            tok_ahash_insert(t, h, t->nattr - 1);
        }
    }
}

static void tok_emit_tag(tok_t *t)
{
    tok_attr_end(t);
    t->pending = t->tag_is_end ? TOK_END : TOK_START;
    if (!t->tag_is_end) {
        size_t n = t->name.len < sizeof t->last_start ? t->name.len : sizeof t->last_start - 1;
        if (n)
            memcpy(t->last_start, t->name.data, n);
        t->last_start_len = t->name.len < sizeof t->last_start ? n : 0;
    }
}

/* "Appropriate end tag": the end tag's name equals the last start tag's. */
static int tok_appropriate(const tok_t *t)
{
    return t->last_start_len && t->name.len == t->last_start_len &&
           memcmp(t->name.data, t->last_start, t->name.len) == 0;
}

/* ---- comments and doctypes ---------------------------------------------- */

static void tok_new_comment(tok_t *t) { buf_clear(&t->name); }
static void tok_emit_comment(tok_t *t) { t->pending = TOK_COMMENT; }

static void tok_new_doctype(tok_t *t)
{
    buf_clear(&t->name);
    buf_clear(&t->pub);
    buf_clear(&t->sys);
    t->dt_has_name = t->dt_has_pub = t->dt_has_sys = t->dt_quirks = 0;
}

static void tok_emit_doctype(tok_t *t, int quirks)
{
    if (quirks)
        t->dt_quirks = 1;
    t->pending = TOK_DOCTYPE;
}

/* Case-insensitive match of an ASCII keyword (given in upper case). */
static int tok_match_ci(const tok_t *t, size_t pos, const char *kw)
{
    size_t n = strlen(kw);
    if (t->len - pos < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = t->in[pos + i];
        if (c >= 'a' && c <= 'z')
            c = (unsigned char)(c - 32);
        if (c != (unsigned char)kw[i])
            return 0;
    }
    return 1;
}

/* ---- character references ----------------------------------------------- */

/* Code points 0x80-0x9F in a numeric reference mean windows-1252. */
static const uint16_t tok_c1_remap[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Emits reference output: into the attribute value or the character data. */
static void tok_ref_out(tok_t *t, int in_attr, const char *p, size_t n)
{
    if (in_attr)
        tok_put(&t->abuf, p, n);
    else
        tok_text_put(t, p, n);
}

/* Literal input bytes (a reference that is not one). */
static void tok_ref_literal(tok_t *t, int in_attr, size_t from, size_t to)
{
    if (in_attr)
        tok_put(&t->abuf, t->in + from, to - from);
    else
        tok_text_span(t, t->in + from, to - from);
}

/* Consumes a character reference; pos is just after the '&'. Returns the
 * position after what was consumed. Follows the spec's character
 * reference, named, numeric and ambiguous-ampersand states: with the whole
 * input in memory, lookahead replaces the intermediate states. */
static size_t tok_charref(tok_t *t, size_t pos, int in_attr)
{
    const uint8_t *cls = tok_classes();
    const unsigned char *in = t->in;
    size_t len = t->len, amp = pos - 1;
    if (pos < len && TOK_IS(cls, in[pos], C_ALPHA | C_DIGIT)) {
        const ent_entry *e = ent_longest_match((const char *)in + pos, len - pos);
        if (e) {
            size_t end = pos + e->name_len;
            /* Legacy name without ';' in an attribute, followed by '=' or an
             * alphanumeric: not a reference (keeps "?a=1&copy=2" intact). */
            if (in_attr && e->name[e->name_len - 1] != ';' && end < len &&
                (in[end] == '=' || TOK_IS(cls, in[end], C_ALPHA | C_DIGIT))) {
                tok_ref_literal(t, in_attr, amp, end);
                return end;
            }
            tok_ref_out(t, in_attr, e->utf8, e->utf8_len);
            return end;
        }
        /* No match: the '&' is literal; the ambiguous-ampersand state then
         * emits the alphanumerics as ordinary characters, which is what the
         * caller's state does with them anyway. */
        tok_ref_literal(t, in_attr, amp, pos);
        return pos;
    }
    if (pos < len && in[pos] == '#') {
        size_t p = pos + 1;
        int hex = 0;
        if (p < len && (in[p] == 'x' || in[p] == 'X')) {
            hex = 1;
            p++;
        }
        size_t digits = p;
        uint32_t v = 0;
        for (; p < len; p++) {
            unsigned char c = in[p];
            uint32_t d;
            if (c >= '0' && c <= '9')
                d = (uint32_t)(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                d = (uint32_t)(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                d = (uint32_t)(c - 'A' + 10);
            else
                break;
            v = v * (hex ? 16u : 10u) + d;
            if (v > 0x10FFFF)
                v = 0x110000; /* saturate: stays out of range, never overflows */
        }
        if (p == digits) { /* "&#" or "&#x" without digits: literal */
            tok_ref_literal(t, in_attr, amp, digits);
            return digits;
        }
        if (p < len && in[p] == ';')
            p++;
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            v = 0xFFFD;
        else if (v >= 0x80 && v <= 0x9F)
            v = tok_c1_remap[v - 0x80];
        unsigned char s[4];
        size_t n = utf8_encode(v, s);
        tok_ref_out(t, in_attr, (const char *)s, n);
        return p;
    }
    tok_ref_literal(t, in_attr, amp, pos);
    return pos;
}

/* ---- the state machine -------------------------------------------------- */

#define EOFC (-1)

/* Runs until a token is pending or the input ends. */
static void tok_run(tok_t *t)
{
    const uint8_t *cls = tok_classes();
    const unsigned char *in = t->in;
    const size_t len = t->len;
    size_t pos = t->pos;
    int st = t->state;

#define PEEK() (pos < len ? (int)in[pos] : EOFC)
#define EMIT_TEXT(p, n) tok_text_span(t, (p), (n))
#define GOTO_EOF() do { t->eof = 1; goto out; } while (0)
#define DONE(newst) do { st = (newst); goto out; } while (0)

    while (!t->pending) {
        int c;
        switch (st) {
        case S_DATA: {
            size_t s = pos;
            pos = tok_scan3(in, pos, len, '<', '&', 0);
            EMIT_TEXT(in + s, pos - s);
            if (pos >= len)
                GOTO_EOF();
            c = in[pos];
            if (c == '<') {
                t->lt_pos = pos++;
                st = S_TAG_OPEN;
            } else if (c == '&') {
                pos = tok_charref(t, pos + 1, 0);
            } else { /* NUL: emitted as is; the tree builder drops it */
                EMIT_TEXT(in + pos, 1);
                pos++;
            }
            break;
        }
        case S_RCDATA:
        case S_RAWTEXT:
        case S_SCRIPT: {
            size_t s = pos;
            unsigned char amp = st == S_RCDATA ? '&' : '<';
            pos = tok_scan3(in, pos, len, '<', amp, 0);
            EMIT_TEXT(in + s, pos - s);
            if (pos >= len)
                GOTO_EOF();
            c = in[pos];
            if (c == '<') {
                t->lt_pos = pos++;
                st = st == S_RCDATA ? S_RCDATA_LT : st == S_RAWTEXT ? S_RAWTEXT_LT : S_SCRIPT_LT;
            } else if (c == '&') {
                pos = tok_charref(t, pos + 1, 0);
            } else {
                tok_text_put(t, TOK_FFFD, 3);
                pos++;
            }
            break;
        }
        case S_PLAINTEXT: {
            size_t s = pos;
            const void *z = memchr(in + pos, 0, len - pos);
            pos = z ? (size_t)((const unsigned char *)z - in) : len;
            EMIT_TEXT(in + s, pos - s);
            if (pos >= len)
                GOTO_EOF();
            tok_text_put(t, TOK_FFFD, 3);
            pos++;
            break;
        }
        case S_TAG_OPEN:
            c = PEEK();
            if (c == '!') {
                pos++;
                st = S_MARKUP_DECL;
            } else if (c == '/') {
                pos++;
                st = S_END_TAG_OPEN;
            } else if (c != EOFC && TOK_IS(cls, c, C_ALPHA)) {
                tok_new_tag(t, 0);
                st = S_TAG_NAME;
            } else if (c == '?') {
                tok_new_comment(t);
                st = S_BOGUS_COMMENT;
            } else {
                EMIT_TEXT(in + t->lt_pos, 1);
                if (c == EOFC)
                    GOTO_EOF();
                st = S_DATA;
            }
            break;
        case S_END_TAG_OPEN:
            c = PEEK();
            if (c != EOFC && TOK_IS(cls, c, C_ALPHA)) {
                tok_new_tag(t, 1);
                st = S_TAG_NAME;
            } else if (c == '>') {
                pos++;
                st = S_DATA;
            } else if (c == EOFC) {
                EMIT_TEXT(in + t->lt_pos, 2);
                GOTO_EOF();
            } else {
                tok_new_comment(t);
                st = S_BOGUS_COMMENT;
            }
            break;
        case S_TAG_NAME: {
            size_t s = pos;
            while (pos < len && !TOK_IS(cls, in[pos], C_NAMESTOP))
                pos++;
            tok_put(&t->name, in + s, pos - s);
            c = PEEK();
            if (c == EOFC)
                GOTO_EOF();
            pos++;
            if (TOK_IS(cls, c, C_WS))
                st = S_BEFORE_ATTR_NAME;
            else if (c == '/')
                st = S_SELF_CLOSING;
            else if (c == '>') {
                tok_emit_tag(t);
                st = S_DATA;
            } else if (c == 0)
                tok_put(&t->name, TOK_FFFD, 3);
            else /* upper case */
                tok_putc(&t->name, (char)(c + 32));
            break;
        }
        case S_RCDATA_LT:
        case S_RAWTEXT_LT:
            c = PEEK();
            if (c == '/') {
                pos++;
                t->raw_ret = st == S_RCDATA_LT ? S_RCDATA : S_RAWTEXT;
                st = S_RAW_END_OPEN;
            } else {
                EMIT_TEXT(in + t->lt_pos, 1);
                st = st == S_RCDATA_LT ? S_RCDATA : S_RAWTEXT;
            }
            break;
        case S_SCRIPT_LT:
            c = PEEK();
            if (c == '/') {
                pos++;
                t->raw_ret = S_SCRIPT;
                st = S_RAW_END_OPEN;
            } else if (c == '!') {
                pos++;
                EMIT_TEXT(in + t->lt_pos, 2);
                st = S_ESC_START;
            } else {
                EMIT_TEXT(in + t->lt_pos, 1);
                st = S_SCRIPT;
            }
            break;
        case S_RAW_END_OPEN:
            c = PEEK();
            if (c != EOFC && TOK_IS(cls, c, C_ALPHA)) {
                tok_new_tag(t, 1);
                st = S_RAW_END_NAME;
            } else {
                EMIT_TEXT(in + t->lt_pos, 2);
                st = t->raw_ret;
            }
            break;
        case S_RAW_END_NAME:
            c = PEEK();
            if (c != EOFC && TOK_IS(cls, c, C_ALPHA)) {
                tok_putc(&t->name, (char)(TOK_IS(cls, c, C_UPPER) ? c + 32 : c));
                pos++;
                break;
            }
            if (c != EOFC && tok_appropriate(t)) {
                if (TOK_IS(cls, c, C_WS)) {
                    pos++;
                    st = S_BEFORE_ATTR_NAME;
                    break;
                }
                if (c == '/') {
                    pos++;
                    st = S_SELF_CLOSING;
                    break;
                }
                if (c == '>') {
                    pos++;
                    tok_emit_tag(t);
                    st = S_DATA;
                    break;
                }
            }
            /* not an end tag after all: "</" and the name are text */
            EMIT_TEXT(in + t->lt_pos, pos - t->lt_pos);
            st = t->raw_ret;
            break;
        case S_ESC_START:
        case S_ESC_START_DASH:
            if (PEEK() == '-') {
                EMIT_TEXT(in + pos, 1);
                pos++;
                st = st == S_ESC_START ? S_ESC_START_DASH : S_ESC_DASH_DASH;
            } else {
                st = S_SCRIPT;
            }
            break;
        case S_ESC:
        case S_DESC: {
            size_t s = pos;
            pos = tok_scan3(in, pos, len, '-', '<', 0);
            EMIT_TEXT(in + s, pos - s);
            if (pos >= len)
                GOTO_EOF();
            c = in[pos];
            if (c == '-') {
                EMIT_TEXT(in + pos, 1);
                pos++;
                st = st == S_ESC ? S_ESC_DASH : S_DESC_DASH;
            } else if (c == '<') {
                t->lt_pos = pos++;
                if (st == S_DESC)
                    EMIT_TEXT(in + t->lt_pos, 1);
                st = st == S_ESC ? S_ESC_LT : S_DESC_LT;
            } else {
                tok_text_put(t, TOK_FFFD, 3);
                pos++;
            }
            break;
        }
        case S_ESC_DASH:
        case S_ESC_DASH_DASH:
        case S_DESC_DASH:
        case S_DESC_DASH_DASH: {
            int dbl = st == S_DESC_DASH || st == S_DESC_DASH_DASH;
            int dd = st == S_ESC_DASH_DASH || st == S_DESC_DASH_DASH;
            c = PEEK();
            if (c == EOFC)
                GOTO_EOF();
            pos++;
            if (c == '-') {
                EMIT_TEXT(in + pos - 1, 1);
                st = dbl ? S_DESC_DASH_DASH : S_ESC_DASH_DASH;
            } else if (c == '<') {
                t->lt_pos = pos - 1;
                if (dbl)
                    EMIT_TEXT(in + t->lt_pos, 1);
                st = dbl ? S_DESC_LT : S_ESC_LT;
            } else if (c == '>' && dd) {
                EMIT_TEXT(in + pos - 1, 1);
                st = S_SCRIPT;
            } else if (c == 0) {
                tok_text_put(t, TOK_FFFD, 3);
                st = dbl ? S_DESC : S_ESC;
            } else {
                EMIT_TEXT(in + pos - 1, 1);
                st = dbl ? S_DESC : S_ESC;
            }
            break;
        }
        case S_ESC_LT:
            c = PEEK();
            if (c == '/') {
                pos++;
                t->raw_ret = S_ESC;
                st = S_RAW_END_OPEN;
            } else if (c != EOFC && TOK_IS(cls, c, C_ALPHA)) {
                t->dtemp_len = 0;
                EMIT_TEXT(in + t->lt_pos, 1);
                st = S_DESC_START;
            } else {
                EMIT_TEXT(in + t->lt_pos, 1);
                st = S_ESC;
            }
            break;
        case S_DESC_START:
        case S_DESC_END:
            c = PEEK();
            if (c != EOFC && (TOK_IS(cls, c, C_WS) || c == '/' || c == '>')) {
                int is_script = t->dtemp_len == 6 && memcmp(t->dtemp, "script", 6) == 0;
                EMIT_TEXT(in + pos, 1);
                pos++;
                if (st == S_DESC_START)
                    st = is_script ? S_DESC : S_ESC;
                else
                    st = is_script ? S_ESC : S_DESC;
            } else if (c != EOFC && TOK_IS(cls, c, C_ALPHA)) {
                if (t->dtemp_len < sizeof t->dtemp)
                    t->dtemp[t->dtemp_len] = (char)(TOK_IS(cls, c, C_UPPER) ? c + 32 : c);
                if (t->dtemp_len < 255)
                    t->dtemp_len++;
                EMIT_TEXT(in + pos, 1);
                pos++;
            } else {
                st = st == S_DESC_START ? S_ESC : S_DESC;
            }
            break;
        case S_DESC_LT:
            if (PEEK() == '/') {
                t->dtemp_len = 0;
                EMIT_TEXT(in + pos, 1);
                pos++;
                st = S_DESC_END;
            } else {
                st = S_DESC;
            }
            break;
        case S_BEFORE_ATTR_NAME:
            while (pos < len && TOK_IS(cls, in[pos], C_WS))
                pos++;
            c = PEEK();
            if (c == '/' || c == '>' || c == EOFC) {
                st = S_AFTER_ATTR_NAME;
            } else if (c == '=') {
                tok_attr_end(t);
                tok_attr_begin(t);
                tok_putc(&t->abuf, '=');
                pos++;
                st = S_ATTR_NAME;
            } else {
                tok_attr_end(t);
                tok_attr_begin(t);
                st = S_ATTR_NAME;
            }
            break;
        case S_ATTR_NAME: {
            size_t s = pos;
            while (pos < len && !TOK_IS(cls, in[pos], C_ANAMESTOP))
                pos++;
            tok_put(&t->abuf, in + s, pos - s);
            c = PEEK();
            if (c == EOFC || TOK_IS(cls, c, C_WS) || c == '/' || c == '>') {
                tok_attr_name_done(t);
                st = S_AFTER_ATTR_NAME;
            } else if (c == '=') {
                pos++;
                tok_attr_name_done(t);
                st = S_BEFORE_ATTR_VALUE;
            } else if (c == 0) {
                pos++;
                tok_put(&t->abuf, TOK_FFFD, 3);
            } else if (TOK_IS(cls, c, C_UPPER)) {
                pos++;
                tok_putc(&t->abuf, (char)(c + 32));
            } else { /* " ' < : parse error, part of the name */
                pos++;
                tok_putc(&t->abuf, (char)c);
            }
            break;
        }
        case S_AFTER_ATTR_NAME:
            while (pos < len && TOK_IS(cls, in[pos], C_WS))
                pos++;
            c = PEEK();
            if (c == EOFC)
                GOTO_EOF();
            if (c == '/') {
                pos++;
                st = S_SELF_CLOSING;
            } else if (c == '=') {
                pos++;
                st = S_BEFORE_ATTR_VALUE;
            } else if (c == '>') {
                pos++;
                tok_emit_tag(t);
                st = S_DATA;
            } else {
                tok_attr_end(t);
                tok_attr_begin(t);
                st = S_ATTR_NAME;
            }
            break;
        case S_BEFORE_ATTR_VALUE:
            while (pos < len && TOK_IS(cls, in[pos], C_WS))
                pos++;
            c = PEEK();
            if (c == '"') {
                pos++;
                st = S_ATTR_VALUE_DQ;
            } else if (c == '\'') {
                pos++;
                st = S_ATTR_VALUE_SQ;
            } else if (c == '>') {
                pos++;
                tok_emit_tag(t);
                st = S_DATA;
            } else {
                st = S_ATTR_VALUE_UQ;
            }
            break;
        case S_ATTR_VALUE_DQ:
        case S_ATTR_VALUE_SQ: {
            unsigned char q = st == S_ATTR_VALUE_DQ ? '"' : '\'';
            size_t s = pos;
            pos = tok_scan3(in, pos, len, q, '&', 0);
            tok_put(&t->abuf, in + s, pos - s);
            if (pos >= len)
                GOTO_EOF();
            c = in[pos++];
            if (c == q)
                st = S_AFTER_ATTR_VALUE_Q;
            else if (c == '&')
                pos = tok_charref(t, pos, 1);
            else
                tok_put(&t->abuf, TOK_FFFD, 3);
            break;
        }
        case S_ATTR_VALUE_UQ: {
            size_t s = pos;
            while (pos < len && !TOK_IS(cls, in[pos], C_UQSTOP))
                pos++;
            tok_put(&t->abuf, in + s, pos - s);
            if (pos >= len)
                GOTO_EOF();
            c = in[pos++];
            if (TOK_IS(cls, c, C_WS))
                st = S_BEFORE_ATTR_NAME;
            else if (c == '&')
                pos = tok_charref(t, pos, 1);
            else if (c == '>') {
                tok_emit_tag(t);
                st = S_DATA;
            } else
                tok_put(&t->abuf, TOK_FFFD, 3);
            break;
        }
        case S_AFTER_ATTR_VALUE_Q:
            c = PEEK();
            if (c == EOFC)
                GOTO_EOF();
            if (TOK_IS(cls, c, C_WS)) {
                pos++;
                st = S_BEFORE_ATTR_NAME;
            } else if (c == '/') {
                pos++;
                st = S_SELF_CLOSING;
            } else if (c == '>') {
                pos++;
                tok_emit_tag(t);
                st = S_DATA;
            } else {
                st = S_BEFORE_ATTR_NAME;
            }
            break;
        case S_SELF_CLOSING:
            c = PEEK();
            if (c == EOFC)
                GOTO_EOF();
            if (c == '>') {
                pos++;
                t->self_closing = 1;
                tok_emit_tag(t);
                st = S_DATA;
            } else {
                st = S_BEFORE_ATTR_NAME;
            }
            break;
        case S_MARKUP_DECL:
            if (len - pos >= 2 && in[pos] == '-' && in[pos + 1] == '-') {
                pos += 2;
                tok_new_comment(t);
                st = S_COMMENT_START;
            } else if (tok_match_ci(t, pos, "DOCTYPE")) {
                pos += 7;
                st = S_DOCTYPE;
            } else if (len - pos >= 7 && memcmp(in + pos, "[CDATA[", 7) == 0) {
                pos += 7;
                if (t->allow_cdata) {
                    st = S_CDATA;
                } else {
                    tok_new_comment(t);
                    tok_put(&t->name, "[CDATA[", 7);
                    st = S_BOGUS_COMMENT;
                }
            } else {
                tok_new_comment(t);
                st = S_BOGUS_COMMENT;
            }
            break;
        case S_BOGUS_COMMENT: {
            size_t s = pos;
            pos = tok_scan3(in, pos, len, '>', 0, '>');
            tok_put(&t->name, in + s, pos - s);
            if (pos >= len) {
                tok_emit_comment(t);
                GOTO_EOF();
            }
            c = in[pos++];
            if (c == '>') {
                tok_emit_comment(t);
                st = S_DATA;
            } else {
                tok_put(&t->name, TOK_FFFD, 3);
            }
            break;
        }
        case S_COMMENT_START:
            c = PEEK();
            if (c == '-') {
                pos++;
                st = S_COMMENT_START_DASH;
            } else if (c == '>') {
                pos++;
                tok_emit_comment(t);
                st = S_DATA;
            } else {
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_START_DASH:
            c = PEEK();
            if (c == '-') {
                pos++;
                st = S_COMMENT_END;
            } else if (c == '>') {
                pos++;
                tok_emit_comment(t);
                st = S_DATA;
            } else if (c == EOFC) {
                tok_emit_comment(t);
                GOTO_EOF();
            } else {
                tok_putc(&t->name, '-');
                st = S_COMMENT;
            }
            break;
        case S_COMMENT: {
            size_t s = pos;
            pos = tok_scan3(in, pos, len, '-', '<', 0);
            tok_put(&t->name, in + s, pos - s);
            if (pos >= len) {
                tok_emit_comment(t);
                GOTO_EOF();
            }
            c = in[pos++];
            if (c == '<') {
                tok_putc(&t->name, '<');
                st = S_COMMENT_LT;
            } else if (c == '-') {
                st = S_COMMENT_END_DASH;
            } else {
                tok_put(&t->name, TOK_FFFD, 3);
            }
            break;
        }
        case S_COMMENT_LT:
            c = PEEK();
            if (c == '!') {
                pos++;
                tok_putc(&t->name, '!');
                st = S_COMMENT_LT_BANG;
            } else if (c == '<') {
                pos++;
                tok_putc(&t->name, '<');
            } else {
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_LT_BANG:
            if (PEEK() == '-') {
                pos++;
                st = S_COMMENT_LT_BANG_DASH;
            } else {
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_LT_BANG_DASH:
            if (PEEK() == '-') {
                pos++;
                st = S_COMMENT_LT_BANG_DASH_DASH;
            } else {
                st = S_COMMENT_END_DASH;
            }
            break;
        case S_COMMENT_LT_BANG_DASH_DASH:
            st = S_COMMENT_END; /* '>' / EOF or a nested-comment error: same next state */
            break;
        case S_COMMENT_END_DASH:
            c = PEEK();
            if (c == '-') {
                pos++;
                st = S_COMMENT_END;
            } else if (c == EOFC) {
                tok_emit_comment(t);
                GOTO_EOF();
            } else {
                tok_putc(&t->name, '-');
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_END:
            c = PEEK();
            if (c == '>') {
                pos++;
                tok_emit_comment(t);
                st = S_DATA;
            } else if (c == '!') {
                pos++;
                st = S_COMMENT_END_BANG;
            } else if (c == '-') {
                pos++;
                tok_putc(&t->name, '-');
            } else if (c == EOFC) {
                tok_emit_comment(t);
                GOTO_EOF();
            } else {
                tok_put(&t->name, "--", 2);
                st = S_COMMENT;
            }
            break;
        case S_COMMENT_END_BANG:
            c = PEEK();
            if (c == '-') {
                pos++;
                tok_put(&t->name, "--!", 3);
                st = S_COMMENT_END_DASH;
            } else if (c == '>') {
                pos++;
                tok_emit_comment(t);
                st = S_DATA;
            } else if (c == EOFC) {
                tok_emit_comment(t);
                GOTO_EOF();
            } else {
                tok_put(&t->name, "--!", 3);
                st = S_COMMENT;
            }
            break;
        case S_DOCTYPE:
            c = PEEK();
            if (c == EOFC) {
                tok_new_doctype(t);
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            }
            if (TOK_IS(cls, c, C_WS))
                pos++;
            st = S_BEFORE_DOCTYPE_NAME;
            break;
        case S_BEFORE_DOCTYPE_NAME:
            while (pos < len && TOK_IS(cls, in[pos], C_WS))
                pos++;
            c = PEEK();
            tok_new_doctype(t);
            if (c == EOFC) {
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            }
            pos++;
            if (c == '>') {
                tok_emit_doctype(t, 1);
                st = S_DATA;
                break;
            }
            t->dt_has_name = 1;
            if (c == 0)
                tok_put(&t->name, TOK_FFFD, 3);
            else
                tok_putc(&t->name, (char)(TOK_IS(cls, c, C_UPPER) ? c + 32 : c));
            st = S_DOCTYPE_NAME;
            break;
        case S_DOCTYPE_NAME:
            c = PEEK();
            if (c == EOFC) {
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            }
            pos++;
            if (TOK_IS(cls, c, C_WS))
                st = S_AFTER_DOCTYPE_NAME;
            else if (c == '>') {
                tok_emit_doctype(t, 0);
                st = S_DATA;
            } else if (c == 0)
                tok_put(&t->name, TOK_FFFD, 3);
            else
                tok_putc(&t->name, (char)(TOK_IS(cls, c, C_UPPER) ? c + 32 : c));
            break;
        case S_AFTER_DOCTYPE_NAME:
            while (pos < len && TOK_IS(cls, in[pos], C_WS))
                pos++;
            c = PEEK();
            if (c == EOFC) {
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            }
            if (c == '>') {
                pos++;
                tok_emit_doctype(t, 0);
                st = S_DATA;
            } else if (tok_match_ci(t, pos, "PUBLIC")) {
                pos += 6;
                st = S_AFTER_DOCTYPE_PUBLIC_KW;
            } else if (tok_match_ci(t, pos, "SYSTEM")) {
                pos += 6;
                st = S_AFTER_DOCTYPE_SYSTEM_KW;
            } else {
                t->dt_quirks = 1;
                st = S_BOGUS_DOCTYPE;
            }
            break;
        case S_AFTER_DOCTYPE_PUBLIC_KW:
        case S_BEFORE_DOCTYPE_PUBLIC_ID:
        case S_AFTER_DOCTYPE_SYSTEM_KW:
        case S_BEFORE_DOCTYPE_SYSTEM_ID: {
            int is_pub = st == S_AFTER_DOCTYPE_PUBLIC_KW || st == S_BEFORE_DOCTYPE_PUBLIC_ID;
            int after_kw = st == S_AFTER_DOCTYPE_PUBLIC_KW || st == S_AFTER_DOCTYPE_SYSTEM_KW;
            c = PEEK();
            if (c != EOFC && TOK_IS(cls, c, C_WS)) {
                pos++;
                if (after_kw)
                    st = is_pub ? S_BEFORE_DOCTYPE_PUBLIC_ID : S_BEFORE_DOCTYPE_SYSTEM_ID;
                break;
            }
            if (c == '"' || c == '\'') {
                pos++;
                if (is_pub) {
                    t->dt_has_pub = 1;
                    st = c == '"' ? S_DOCTYPE_PUBLIC_ID_DQ : S_DOCTYPE_PUBLIC_ID_SQ;
                } else {
                    t->dt_has_sys = 1;
                    st = c == '"' ? S_DOCTYPE_SYSTEM_ID_DQ : S_DOCTYPE_SYSTEM_ID_SQ;
                }
            } else if (c == '>') {
                pos++;
                tok_emit_doctype(t, 1);
                st = S_DATA;
            } else if (c == EOFC) {
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            } else {
                t->dt_quirks = 1;
                st = S_BOGUS_DOCTYPE;
            }
            break;
        }
        case S_DOCTYPE_PUBLIC_ID_DQ:
        case S_DOCTYPE_PUBLIC_ID_SQ:
        case S_DOCTYPE_SYSTEM_ID_DQ:
        case S_DOCTYPE_SYSTEM_ID_SQ: {
            int is_pub = st == S_DOCTYPE_PUBLIC_ID_DQ || st == S_DOCTYPE_PUBLIC_ID_SQ;
            unsigned char q = (st == S_DOCTYPE_PUBLIC_ID_DQ || st == S_DOCTYPE_SYSTEM_ID_DQ) ? '"' : '\'';
            buf *b = is_pub ? &t->pub : &t->sys;
            c = PEEK();
            if (c == EOFC) {
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            }
            pos++;
            if (c == q)
                st = is_pub ? S_AFTER_DOCTYPE_PUBLIC_ID : S_AFTER_DOCTYPE_SYSTEM_ID;
            else if (c == 0)
                tok_put(b, TOK_FFFD, 3);
            else if (c == '>') {
                tok_emit_doctype(t, 1);
                st = S_DATA;
            } else
                tok_putc(b, (char)c);
            break;
        }
        case S_AFTER_DOCTYPE_PUBLIC_ID:
        case S_BETWEEN_DOCTYPE_IDS:
            c = PEEK();
            if (c == EOFC) {
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            }
            pos++;
            if (TOK_IS(cls, c, C_WS)) {
                st = S_BETWEEN_DOCTYPE_IDS;
            } else if (c == '>') {
                tok_emit_doctype(t, 0);
                st = S_DATA;
            } else if (c == '"' || c == '\'') {
                t->dt_has_sys = 1;
                st = c == '"' ? S_DOCTYPE_SYSTEM_ID_DQ : S_DOCTYPE_SYSTEM_ID_SQ;
            } else {
                pos--;
                t->dt_quirks = 1;
                st = S_BOGUS_DOCTYPE;
            }
            break;
        case S_AFTER_DOCTYPE_SYSTEM_ID:
            while (pos < len && TOK_IS(cls, in[pos], C_WS))
                pos++;
            c = PEEK();
            if (c == EOFC) {
                tok_emit_doctype(t, 1);
                GOTO_EOF();
            }
            if (c == '>') {
                pos++;
                tok_emit_doctype(t, 0);
                st = S_DATA;
            } else {
                st = S_BOGUS_DOCTYPE; /* not quirks */
            }
            break;
        case S_BOGUS_DOCTYPE: {
            const void *gt = memchr(in + pos, '>', len - pos);
            if (!gt) {
                pos = len;
                tok_emit_doctype(t, 0);
                GOTO_EOF();
            }
            pos = (size_t)((const unsigned char *)gt - in) + 1;
            tok_emit_doctype(t, 0);
            st = S_DATA;
            break;
        }
        case S_CDATA: {
            size_t s = pos;
            const void *br = memchr(in + pos, ']', len - pos);
            pos = br ? (size_t)((const unsigned char *)br - in) : len;
            EMIT_TEXT(in + s, pos - s);
            if (pos >= len)
                GOTO_EOF();
            pos++;
            st = S_CDATA_BRACKET;
            break;
        }
        case S_CDATA_BRACKET:
            if (PEEK() == ']') {
                pos++;
                st = S_CDATA_END;
            } else {
                EMIT_TEXT(in + pos - 1, 1);
                st = S_CDATA;
            }
            break;
        case S_CDATA_END:
            c = PEEK();
            if (c == ']') {
                EMIT_TEXT(in + pos - 2, 1); /* the first of three or more ']' */
                pos++;
            } else if (c == '>') {
                pos++;
                st = S_DATA;
            } else {
                EMIT_TEXT(in + pos - 2, 2);
                st = S_CDATA;
            }
            break;
        default:
            st = S_DATA;
            break;
        }
    }
out:
    t->pos = pos;
    t->state = st;
#undef PEEK
#undef EMIT_TEXT
#undef GOTO_EOF
#undef DONE
}

/* ---- token delivery --------------------------------------------------- */

static void tok_fill_pending(tok_t *t, tok_token *tk)
{
    memset(tk, 0, sizeof *tk);
    tk->type = (tok_type)t->pending;
    t->pending = 0;
    tk->data = t->name.data ? t->name.data : "";
    tk->len = t->name.len;
    if (tk->type == TOK_START || tk->type == TOK_END) {
        tk->self_closing = t->self_closing;
        if (t->nattr > t->attrs_out_cap) {
            size_t cap = t->nattr * 2;
            tok_attr *n = realloc(t->attrs_out, cap * sizeof *n);
            if (!n) {
                t->oom = 1;
                t->nattr = 0;
            } else {
                t->attrs_out = n;
                t->attrs_out_cap = cap;
            }
        }
        for (size_t i = 0; i < t->nattr; i++) {
            tok_attr *a = &t->attrs_out[i];
            a->name = t->abuf.data + t->aoff[i].name_off;
            a->name_len = t->aoff[i].name_len;
            a->value = t->abuf.data + t->aoff[i].value_off;
            a->value_len = t->aoff[i].value_len;
        }
        tk->attrs = t->attrs_out;
        tk->nattrs = t->nattr;
    } else if (tk->type == TOK_DOCTYPE) {
        tk->has_name = t->dt_has_name;
        tk->has_public = t->dt_has_pub;
        tk->has_system = t->dt_has_sys;
        tk->force_quirks = t->dt_quirks;
        tk->public_id = t->pub.data ? t->pub.data : "";
        tk->public_len = t->pub.len;
        tk->system_id = t->sys.data ? t->sys.data : "";
        tk->system_len = t->sys.len;
    }
}

static void tok_fill_text(tok_t *t, tok_token *tk)
{
    memset(tk, 0, sizeof *tk);
    tk->type = TOK_CHARS;
    if (t->text_copied) {
        tk->data = t->text.data;
        tk->len = t->text.len;
    } else {
        tk->data = (const char *)t->span;
        tk->len = t->span_len;
    }
    t->span_len = 0;
    t->text_copied = 0;
}

tok_type tok_next(tok_t *t, tok_token *tk)
{
    if (t->pending && !tok_have_text(t)) {
        tok_fill_pending(t, tk);
        return tk->type;
    }
    if (!t->pending && !t->eof)
        tok_run(t);
    if (t->oom || t->text.oom || t->name.oom || t->abuf.oom) {
        /* Out of memory: end the stream; the caller sees a short document. */
        t->eof = 1;
        t->pending = 0;
        t->span_len = 0;
        t->text_copied = 0;
        t->oom = 1;
    }
    if (tok_have_text(t)) {
        tok_fill_text(t, tk);
        return TOK_CHARS;
    }
    if (t->pending) {
        tok_fill_pending(t, tk);
        return tk->type;
    }
    memset(tk, 0, sizeof *tk);
    tk->type = TOK_EOF;
    return TOK_EOF;
}

/* ---- input preprocessing ----------------------------------------------- */

/* Length of the valid UTF-8 sequence at s, or 0 with *bad set to the
 * length of the maximal invalid subpart (WHATWG decoder: one U+FFFD each). */
static size_t tok_utf8_len(const unsigned char *s, size_t n, size_t *bad)
{
    int cut;
    return s[0] < 0x80 ? 1 : utf8_seq_or_subpart(s, n, bad, &cut);
}

/* Scans for the first byte that needs rewriting: a CR or the start of an
 * invalid UTF-8 sequence. ASCII is skipped 16 (SSE2) or 8 bytes at a time. */
static size_t tok_first_fix(const unsigned char *in, size_t len)
{
    size_t i = 0;
    while (i < len) {
#if defined(__SSE2__)
        const __m128i cr = _mm_set1_epi8('\r');
        while (i + 16 <= len) {
            __m128i v = _mm_loadu_si128((const __m128i *)(in + i));
            if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, cr))))
                break;
            i += 16;
        }
#endif
#ifdef TOK_SWAR
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, in + i, 8);
            if ((w & TOK_HIGHS) || tok_zero_bytes(w ^ (TOK_ONES * '\r')))
                break;
            i += 8;
        }
        if (i >= len)
            break;
#endif
        unsigned char c = in[i];
        if (c == '\r')
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        /* common 2- and 3-byte sequences inline (E0 and ED have narrower
         * second-byte ranges: the general check handles them) */
        if (c >= 0xC2 && c <= 0xDF) {
            if (i + 1 < len && (in[i + 1] & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            return i;
        }
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < len && (in[i + 1] & 0xC0) == 0x80 &&
            (in[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        size_t bad = 0, n = tok_utf8_len(in + i, len - i, &bad);
        if (!n)
            return i;
        i += n;
    }
    return len;
}

/* The next byte at or after in[0] that needs rewriting: any CR or invalid
 * sequence, or (valid_utf8: the caller vouches for the UTF-8) only a CR. */
static size_t tok_next_fix(const unsigned char *in, size_t len, int valid_utf8)
{
    if (!valid_utf8)
        return tok_first_fix(in, len);
    const unsigned char *cr = memchr(in, '\r', len);
    return cr ? (size_t)(cr - in) : len;
}

static int tok_normalize_impl(const char *input, size_t len, char **result, size_t *out_len,
                              int valid_utf8)
{
    const unsigned char *in = (const unsigned char *)input;
    size_t i = tok_next_fix(in, len, valid_utf8);
    *result = NULL;
    if (i == len)
        return 0;
    /* Worst case every byte becomes U+FFFD (3 bytes). */
    if (len > (SIZE_MAX - 1) / 3)
        return -1;
    char *out = malloc(len * 3 + 1);
    if (!out)
        return -1;
    memcpy(out, in, i);
    size_t o = i;
    while (i < len) {
        /* in[i] is a CR or starts an invalid sequence */
        if (in[i] == '\r') {
            out[o++] = '\n';
            i += (i + 1 < len && in[i + 1] == '\n') ? 2 : 1;
        } else {
            size_t bad = 1;
            tok_utf8_len(in + i, len - i, &bad);
            memcpy(out + o, TOK_FFFD, 3);
            o += 3;
            i += bad;
        }
        /* then the clean run up to the next one, copied at once */
        size_t next = i + tok_next_fix(in + i, len - i, valid_utf8);
        memcpy(out + o, in + i, next - i);
        o += next - i;
        i = next;
    }
    out[o] = '\0';
    *out_len = o;
    *result = out;
    return 1;
}

int tok_normalize(const char *input, size_t len, char **result, size_t *out_len)
{
    return tok_normalize_impl(input, len, result, out_len, 0);
}

int tok_normalize_valid_utf8(const char *input, size_t len, char **result, size_t *out_len)
{
    return tok_normalize_impl(input, len, result, out_len, 1);
}

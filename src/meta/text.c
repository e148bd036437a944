/* text.c: text helpers for metadata extraction (see text.h). */
#include "text.h"

#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "core/utf8.h"
#include "dom/tags.h"
#include "html/entities.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t meta_u8len(const unsigned char *p, size_t avail)
{
    size_t k = utf8_seq_len(p, avail);
    return k ? k : 1;
}

/* Length of a whitespace character at p (0 if none): ASCII blanks and
 * controls, NBSP (C2 A0), U+2000..U+200B, U+202F, U+205F, U+3000, and
 * U+FEFF (BOMs leak into titles). */
static size_t ws_len(const unsigned char *p, size_t avail)
{
    if (p[0] <= 0x20 && p[0] != 0)
        return 1;
    if (avail >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] <= 0x8B || p[2] == 0xAF))
        return 3;
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F)
        return 3;
    if (avail >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3;
    if (avail >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return 3;
    return 0;
}

/* 1 when a blank starts at p (avail >= 1 bytes): only bytes <= 0x20 and
 * the lead bytes C2, E2, E3, EF can start one. */
static inline int starts_blank(const unsigned char *p, size_t avail)
{
    unsigned char ch = p[0];
    if (ch > 0x20 && ch < 0xC2)
        return 0; /* most bytes: ASCII text, continuation bytes */
    return (ch <= 0x20 && ch != 0) || ((ch == 0xC2 || ch == 0xE2 || ch == 0xE3 || ch == 0xEF) && ws_len(p, avail));
}

/* Appends s[0..n) to b collapsing whitespace; *pending carries a pending
 * separator (' ' or '\n') across calls so text split over nodes joins.
 * Stops once b holds more than max bytes (bounded work on huge nodes). */
static void put_collapsed(buf *b, const char *s, size_t n, char *pending, size_t max)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    /* stop a little past max: callers cut at a UTF-8 boundary <= max */
    while (i < n && b->len <= max) {
        /* Fast path: a run of bytes none of which starts a blank goes in
         * with one copy (meta values and JSON-LD strings are collapsed
         * whole; byte by byte this was 5% of all instructions). Only
         * bytes <= 0x20 and the lead bytes C2, E2, E3, EF can start one. */
        size_t j = i, room = max == (size_t)-1 ? max : max - b->len + 1;
        while (j < n && j - i < room) {
            unsigned char ch = p[j];
            if (ch == ' ' && j > i && j + 1 < n && j + 1 - i < room && !starts_blank(p + j + 1, n - j - 1)) {
                /* one ' ' between two such bytes, the gap between
                 * words, goes in with them: it is the separator the
                 * blank would leave pending and the next byte flush */
                j += 2;
                continue;
            }
            if (starts_blank(p + j, n - j))
                break;
            j++;
        }
        while (j < n && (p[j] & 0xC0) == 0x80 && j > i) /* end on a whole character */
            j++;
        if (j > i) {
            if (*pending) {
                buf_putc(b, *pending);
                *pending = 0;
            }
            buf_put(b, p + i, j - i);
            i = j;
            continue;
        }
        size_t w = ws_len(p + i, n - i);
        if (w) {
            if (b->len && !*pending)
                *pending = ' ';
            i += w;
            continue;
        }
        if (*pending) {
            buf_putc(b, *pending);
            *pending = 0;
        }
        size_t l = meta_u8len(p + i, n - i);
        buf_put(b, p + i, l);
        i += l;
    }
}

char *meta_collapse(arena *a, const char *s, size_t n)
{
    buf b = BUF_INIT;
    char pending = 0;
    put_collapsed(&b, s, n, &pending, (size_t)-1);
    char *r = b.oom ? NULL : arena_strndup(a, b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

/* meta_node_text's walk; with tail set, only the last max bytes are
 * kept (the buffer is cut back as it grows past twice that), and the
 * whole subtree is read. */
static char *node_text(arena *a, const dom_node *root, size_t max, int lines, int tail)
{
    buf b = BUF_INIT;
    char pending = 0;
    const dom_node *n = root;
    while (n) {
        /* rt and rp are ruby's readings and their fallback brackets, set
         * small over the base text: the words are the base text alone
         * ("<ruby>子<rt>こ</rt></ruby>ども" reads "子ども", as `<title>`
         * and og:title write it) */
        if (n->type == DOM_ELEMENT && n != root &&
            (n->tag == TAG_SCRIPT || n->tag == TAG_STYLE || n->tag == TAG_TEMPLATE ||
             n->tag == TAG_NOSCRIPT || n->tag == TAG_SVG || n->tag == TAG_BUTTON ||
             n->tag == TAG_RT || n->tag == TAG_RP)) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_ELEMENT && n != root &&
            ((tag_flags[n->tag] & TF_BLOCK) || n->tag == TAG_BR) && b.len)
            pending = lines ? '\n' : ' ';
        else if (lines && n->type == DOM_ELEMENT && n != root && b.len && !pending)
            pending = ' '; /* bylines: "<span>By</span><a>Name</a>" are separate words */
        if (n->type == DOM_TEXT) {
            put_collapsed(&b, n->text, n->text_len, &pending, tail ? (size_t)-1 : max);
            if (tail && !b.oom && b.len > 2 * max) {
                size_t cut = b.len - max;
                while (cut < b.len && ((unsigned char)b.data[cut] & 0xC0) == 0x80)
                    cut++;
                memmove(b.data, b.data + cut, b.len - cut);
                b.len -= cut;
            }
            if (!tail && b.len >= max)
                break;
        }
        n = dom_next(root, n);
    }
    size_t from = 0, len = b.len;
    if (tail && len > max) {
        from = len - max;
        while (from < len && ((unsigned char)b.data[from] & 0xC0) == 0x80)
            from++;
        len -= from;
    } else if (len > max) {
        len = max;
        while (len > 0 && ((unsigned char)b.data[len] & 0xC0) == 0x80)
            len--;
    }
    char *r = b.oom ? NULL : arena_strndup(a, b.data ? b.data + from : "", len);
    buf_free(&b);
    return r;
}

char *meta_node_text(arena *a, const dom_node *root, size_t max, int lines)
{
    return node_text(a, root, max, lines, 0);
}

char *meta_node_text_tail(arena *a, const dom_node *root, size_t max, int lines)
{
    return node_text(a, root, max, lines, 1);
}

/* Decodes one numeric reference at s (s[0] == '&', "&#233;", "&#xE9;");
 * returns bytes consumed or 0. Named ones: decode_named. */
static size_t decode_ref(const char *s, uint32_t *cp)
{
    if (s[1] == '#') {
        size_t i = 2;
        uint32_t v = 0;
        int hex = (s[2] == 'x' || s[2] == 'X');
        if (hex)
            i++;
        size_t start = i;
        for (; i < start + 7; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9')
                v = v * (hex ? 16u : 10u) + (uint32_t)(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                v = v * 16 + (uint32_t)(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                v = v * 16 + (uint32_t)(c - 'A' + 10);
            else
                break;
        }
        if (i == start)
            return 0;
        if (s[i] == ';')
            i++;
        *cp = (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) ? 0xFFFD : v;
        return i;
    }
    return 0;
}

/* A named reference at s (s[0] == '&') from the WHATWG table, only in its
 * ';'-terminated form (a bare "&copy" in a name is more likely text):
 * bytes consumed, or 0. */
static size_t decode_named(const char *s, const ent_entry **out)
{
    size_t n = 0;
    while (n < ENT_MAX_NAME && s[1 + n])
        n++;
    const ent_entry *e = ent_longest_match(s + 1, n);
    if (!e || e->name[e->name_len - 1] != ';')
        return 0;
    *out = e;
    return (size_t)e->name_len + 1;
}

const char *meta_unescape(arena *a, const char *s)
{
    if (!s)
        return NULL;
    if (!strchr(s, '&'))
        return s;
    buf b = BUF_INIT;
    for (const char *p = s; *p;) {
        uint32_t cp;
        size_t n;
        const ent_entry *e;
        if (*p == '&' && (n = decode_ref(p, &cp)) > 0) {
            buf_put_utf8(&b, cp);
            p += n;
        } else if (*p == '&' && (n = decode_named(p, &e)) > 0) {
            buf_put(&b, e->utf8, e->utf8_len);
            p += n;
        } else {
            buf_putc(&b, *p++);
        }
    }
    char *r = b.oom ? NULL : meta_collapse(a, b.data ? b.data : "", b.len);
    buf_free(&b);
    return r ? r : s;
}

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

int meta_ieq(const char *a, const char *b)
{
    while (*a && *b && lower((unsigned char)*a) == lower((unsigned char)*b))
        a++, b++;
    return *a == 0 && *b == 0;
}

int meta_istarts(const char *s, const char *prefix)
{
    while (*prefix && lower((unsigned char)*s) == lower((unsigned char)*prefix))
        s++, prefix++;
    return *prefix == 0;
}

/* 1 when needle[1..m) matches at s + 1, ASCII case folded (the first
 * byte is matched by the caller). */
static int istr_rest_at(const char *s, const char *needle, size_t m)
{
    size_t k = 1;
    while (k < m && lower((unsigned char)s[k]) == lower((unsigned char)needle[k]))
        k++;
    return k == m;
}

const char *meta_istr(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    if (m == 0)
        return s;
    if (m > n)
        return NULL;
    int f = lower((unsigned char)needle[0]);
    /* f is never an upper-case letter: a byte c folds to a lower-case
     * letter f exactly when (c | 0x20) == f, and to anything else only
     * when it is f itself */
    int letter = f >= 'a' && f <= 'z';
    unsigned char fold = letter ? 0x20 : 0;
    size_t last = n - m; /* the last position a match may start at */
    size_t i = 0;
#ifdef __SSE2__
    /* the first byte's candidates 16 positions a step: most class and
     * text values hold the needle's first letter a few times at most */
    const __m128i vf = _mm_set1_epi8((char)f), vfold = _mm_set1_epi8((char)fold);
    for (; i + 16 <= last + 1; i += 16) {
        __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), vfold);
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vf));
        while (mask) {
            unsigned b = (unsigned)__builtin_ctz(mask);
            if (istr_rest_at(s + i + b, needle, m))
                return s + i + b;
            mask &= mask - 1;
        }
    }
#endif
    for (; i <= last; i++)
        if ((unsigned char)(s[i] | fold) == f && istr_rest_at(s + i, needle, m))
            return s + i;
    return NULL;
}

/* Length of the tag starting at p ('<'), 0 when p does not start one. */
static size_t tag_len(const char *p)
{
    size_t i = 1;
    if (p[i] == '/')
        i++;
    if (!((p[i] | 32) >= 'a' && (p[i] | 32) <= 'z'))
        return 0;
    for (; p[i] && i < 256; i++) {
        if (p[i] == '<')
            return 0;
        if (p[i] == '>')
            return i + 1;
    }
    return 0;
}

/* 1 when the tag at p (tag_len's) is an inline one that renders no break
 * between the words round it ("<b>", "</em>", "<span class=x>"): a browser
 * joins "<b>独家</b>：" or "<i>Moby</i>-Dick" with no blank. Inline is the
 * tag table's word (dom/tags.h, TF_INLINE), less the void elements, which
 * break or stand for something (<br>, <img>). */
static int inline_tag(const char *p)
{
    const char *n = p + 1 + (p[1] == '/');
    char low[16]; /* the longest inline name, "output", fits */
    size_t k = 0;
    while (k < sizeof low && (((n[k] | 32) >= 'a' && (n[k] | 32) <= 'z') || (n[k] >= '0' && n[k] <= '9'))) {
        low[k] = (char)(n[k] >= 'A' && n[k] <= 'Z' ? n[k] | 32 : n[k]);
        k++;
    }
    if (k == 0 || k == sizeof low || (n[k] != '>' && n[k] != ' ' && n[k] != '\t' && n[k] != '\n' && n[k] != '/'))
        return 0;
    tag_id t = tag_lookup(low, k);
    return t != TAG_UNKNOWN && (tag_flags[t] & TF_INLINE) && !(tag_flags[t] & TF_VOID);
}

const char *meta_strip_tags(arena *a, const char *s)
{
    if (!s)
        return NULL;
    const char *lt = strchr(s, '<');
    while (lt && !tag_len(lt))
        lt = strchr(lt + 1, '<');
    if (!lt)
        return s;
    size_t n = strlen(s);
    char *o = arena_alloc(a, n + 1);
    if (!o)
        return NULL;
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        size_t t = s[i] == '<' ? tag_len(s + i) : 0;
        if (t) {
            /* a tag between two words separates them ("a<br>b"), an
             * inline one does not ("<b>独家</b>：") */
            if (!inline_tag(s + i))
                o[w++] = ' ';
            i += t;
        } else {
            o[w++] = s[i++];
        }
    }
    return meta_collapse(a, o, w);
}

char *meta_drop_soft_hyphens(arena *a, const char *s, size_t n)
{
    char *o = arena_alloc(a, n + 1);
    if (!o)
        return NULL;
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        if ((unsigned char)s[r] == 0xC2 && r + 1 < n && (unsigned char)s[r + 1] == 0xAD) {
            r++;
            continue;
        }
        o[w++] = s[r];
    }
    o[w] = 0;
    return o;
}

size_t meta_dash_len_before(const char *s, size_t k)
{
    if (k >= 1 && s[k - 1] == '-')
        return 1;
    if (k >= 3 && (unsigned char)s[k - 3] == 0xE2 && (unsigned char)s[k - 2] == 0x80 &&
        ((unsigned char)s[k - 1] == 0x93 || (unsigned char)s[k - 1] == 0x94))
        return 3;
    return 0;
}

size_t meta_word_count(const char *s)
{
    size_t n = 0;
    int in = 0;
    for (; *s; s++) {
        int sp = (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r');
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

unsigned meta_lower_cp(unsigned cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) /* Latin-1: À..Þ, not × */
        return cp + 0x20;
    if (cp >= 0x100 && cp <= 0x17F) { /* Latin Extended-A: pairs */
        if (cp == 0x178)
            return 0xFF; /* Ÿ */
        if ((cp <= 0x137 || (cp >= 0x14A && cp <= 0x177)) && !(cp & 1))
            return cp + 1;
        if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) && (cp & 1))
            return cp + 1;
        return cp;
    }
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) /* Greek capitals */
        return cp + 0x20;
    if (cp >= 0x410 && cp <= 0x42F) /* Cyrillic capitals */
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    return cp;
}

size_t meta_lower_char(const unsigned char *p, size_t k, unsigned char *out)
{
    if (k == 1) {
        out[0] = (unsigned char)(p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32 : p[0]);
        return 1;
    }
    if (k == 2) {
        unsigned cp = utf8_decode(p, 2), lc = meta_lower_cp(cp);
        if (lc != cp)
            return utf8_encode(lc, out);
    }
    memcpy(out, p, k);
    return k;
}

char *meta_fold_key(arena *a, const char *s)
{
    size_t n = strlen(s);
    char *out = arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t w = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = meta_u8len(p + i, n - i);
        if (k == 1) {
            unsigned char ch = p[i];
            if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z'))
                out[w++] = (char)ch;
            else if (ch >= 'A' && ch <= 'Z')
                out[w++] = (char)(ch + 32);
        } else {
            unsigned cp = utf8_decode(p + i, k);
            /* punctuation: Latin-1 symbols, general punctuation, CJK
             * and fullwidth marks (not fullwidth digits or letters), the
             * Arabic comma, semicolon, question mark and full stop, the
             * Greek question mark and ano teleia, the Devanagari dandas */
            int punct = (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
                        (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || cp == 0xFEFF ||
                        (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
                        (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x060C || cp == 0x061B || cp == 0x061F ||
                        cp == 0x06D4 || cp == 0x037E || cp == 0x0387 || cp == 0x0964 || cp == 0x0965;
            /* capitals of Latin-1, Latin Extended-A, Greek and
             * Cyrillic lower-cased as ASCII ones are (the same length
             * in UTF-8): a heading typed in capitals,
             * "FORSCHUNGSGRUPPE ERNÄHRUNG", is the headline of a
             * title source "Forschungsgruppe Ernährung" */
            if (cp == 0x130 || cp == 0x131)
                out[w++] = 'i'; /* Turkish İ and ı: "İZMİR" is "İzmir", "MEYDANI" "Meydanı" */
            else if (!punct)
                w += meta_lower_char(p + i, k, (unsigned char *)out + w);
        }
        i += k;
    }
    out[w] = 0;
    return out;
}

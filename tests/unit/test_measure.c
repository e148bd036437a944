/* test_measure.c: the one-pass (SSE2) text measure agrees with the plain
 * byte-by-byte measures on every length and alignment, including white
 * space runs and multi-byte commas that cross a 16-byte block boundary;
 * the four-byte ASCII fold against the one-byte one; the three readers of
 * the ASCII-or-Latin-1 capital test against each other; and the labelled-date
 * prefilter (16 positions a step) against the plain per-position loop;
 * and the eight-byte ASCII blocks of text_lower_utf8 against its byte loop;
 * and text_prefix_lower's run copies against its byte loop; and
 * meta_istr's 16-position scan against the plain search; and the
 * metadata text collapsing (meta_collapse, meta_node_text) against its
 * run-by-run reader before word gaps joined the runs. */
#include <stdlib.h>
#include <string.h>

#include "body/measure.h"
#include "core/buf.h"
#include "core/chars.h"
#include "core/utf8.h"
#include "html/parse.h"
#include "meta/meta_int.h"
#include "meta/text.h"
#include "words/words.h"
#include "harness.h"

TEST(measure_one_pass_equals_plain_measures)
{
    static const char *const pieces[] = {" ", "\t", "\n", "\r", "\f", "\v", ",", "a", "Wort",
                                         "\xE3\x80\x81", "\xEF\xBC\x8C", "\xD8\x8C", "\xE3\x81\x82",
                                         "\xEF\xBC", "\xD8", "\xE3\x80", "  \n ", "\xC2\xA0"};
    char buf[300];
    unsigned seed = 12345;
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        while (len < sizeof buf - 8) {
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 40 == 0)
                break;
            const char *p = pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
            memcpy(buf + len, p, strlen(p));
            len += strlen(p);
        }
        for (size_t off = 0; off < 3 && off <= len; off++) {
            size_t collapsed, commas;
            text_measure(buf + off, len - off, &collapsed, &commas);
            CHECK(collapsed == text_collapsed_len(buf + off, len - off));
            CHECK(commas == text_count_commas(buf + off, len - off));
        }
    }
}

/* chars_lower4 (the class/id hint scan folds four bytes at once) agrees
 * with chars_lower on every byte value in every lane, next to bytes that
 * could carry into it. */
TEST(chars_lower4_equals_bytewise_lower)
{
    static const unsigned char around[] = {0x00, '@', 'A', 'Z', '[', 'a', 'z', 0x7f, 0x80, 0xc1, 0xda, 0xff};
    for (unsigned b = 0; b < 256; b++)
        for (unsigned lane = 0; lane < 4; lane++)
            for (size_t k = 0; k < sizeof around; k++) {
                unsigned char in[4] = {around[k], around[(k + 3) % sizeof around], around[(k + 7) % sizeof around],
                                       around[(k + 5) % sizeof around]};
                in[lane] = (unsigned char)b;
                uint32_t x = (uint32_t)in[0] | (uint32_t)in[1] << 8 | (uint32_t)in[2] << 16 | (uint32_t)in[3] << 24;
                uint32_t y = chars_lower4(x);
                for (unsigned j = 0; j < 4; j++)
                    CHECK((unsigned char)(y >> (8 * j)) == (unsigned char)chars_lower(in[j]));
            }
}

/* The capital readers of core/chars.h (forwards, looking back, folding)
 * agree with each other and with the code points they stand for, on every
 * pair of bytes: a capital is A..Z or U+00C0..U+00DE but U+00D7, and its
 * fold is the code point 0x20 above it. */
TEST(chars_capital_readers_agree)
{
    for (unsigned a = 0; a < 256; a++)
        for (unsigned b = 0; b < 256; b++) {
            unsigned char p[2] = {(unsigned char)a, (unsigned char)b};
            int ascii = a >= 'A' && a <= 'Z';
            int latin1 = a == 0xC3 && b >= 0x80 && b <= 0xBF && 0xC0 + (b - 0x80) <= 0xDE && 0xC0 + (b - 0x80) != 0xD7;
            CHECK(chars_starts_capital(p, 2) == (ascii || latin1));
            CHECK(chars_starts_capital(p, 1) == ascii);
            CHECK(chars_starts_capital(p, 0) == 0);
            /* looking back from b: a capital ends at b */
            CHECK(chars_capital_byte(p[0], p[1]) == ((b >= 'A' && b <= 'Z') || latin1));
            CHECK(chars_fold_byte(p[0], p[1]) == (chars_capital_byte(p[0], p[1]) ? b + 0x20 : b));
            if (latin1) /* a small letter's second byte, U+00E0..U+00FE (C3 A0..BE), never the division sign (C3 B7) */
                CHECK(chars_fold_byte(p[0], p[1]) >= 0xA0 && chars_fold_byte(p[0], p[1]) <= 0xBE &&
                      chars_fold_byte(p[0], p[1]) != 0xB7);
        }
}

/* chars_slot, the class/id scans' table, is the compare it replaced:
 * ASCII letters of either case 0..25, '-' 26, every other byte 27. */
TEST(chars_slot_equals_compare)
{
    for (unsigned c = 0; c < 256; c++) {
        unsigned l = (c | 0x20u) - 'a';
        CHECK(chars_slot[c] == (l < 26 ? l : c == '-' ? 26u : 27u));
        CHECK(chars_slot[c] == chars_slot[chars_lower((int)c)]);
        CHECK((chars_slot[c] < 26) == (chars_is_alpha((int)c) != 0));
    }
}

/* The plain loop the labelled-date prefilter replaced: every position whose
 * two bytes, ASCII-folded, are a label's first two, then the labels with
 * that first byte compared as date_pick.c's starts_label does. */
static int plain_starts_label(const char *s, size_t n, const char *label)
{
    for (size_t i = 0; label[i]; i++) {
        if (i >= n)
            return 0;
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch + 32);
        else if (i && (unsigned char)label[i - 1] == 0xC3 && ch >= 0x80 && ch <= 0x9E && ch != 0x97)
            ch = (unsigned char)(ch + 0x20);
        if (ch != (unsigned char)label[i])
            return 0;
    }
    return 1;
}

static int plain_may_hold_label(const char *s, size_t n, const words_table *labels)
{
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
        a = a >= 'A' && a <= 'Z' ? a + 32 : a;
        b = b >= 'A' && b <= 'Z' ? b + 32 : b;
        for (size_t k = 0; k < labels->n; k++)
            if ((unsigned char)labels->w[k][0] == a && (unsigned char)labels->w[k][1] == b &&
                plain_starts_label(s + i, n - i, labels->w[k]))
                return 1;
    }
    return 0;
}

TEST(label_prefilter_equals_plain_loop)
{
    static const char *const pieces[] = {" ", "a", "e", "P", "p", "u", "PUBLISHED", "Published", "publ",
                                         "posted on", "Posted:", "Updated", "update", "upd", "Stand:",
                                         "\xC3\x84nderung", "letzte \xC3\xA4nderung", "Letzte \xC3\x84nderung",
                                         "ver\xC3\xB6" "ffentlicht", "VER\xC3\x96" "FFENTLICHT", "publi\xC3\xA9",
                                         "$date:", "$DATE:", "mis \xC3\xA0 jour", "Datum:", "\xC3", "Z", "@", "[",
                                         "`", "{", "\xE2\x80\x94", "erschienen", "ERSCHIENEN", "er", "gepubliceerd",
                                         /* other scripts: whole labels, their first letters, neighbours */
                                         "\xD8\xAA\xD8\xAD\xD8\xAF\xD9\x8A\xD8\xAB", "\xD8\xAA", "\xD8\xB1\xD9\x88",
                                         "\xE0\xB8\xAD\xE0\xB8\xB1\xE0\xB8\x9B\xE0\xB9\x80\xE0\xB8\x94\xE0\xB8\x95",
                                         "\xE0\xB8\xAD", "\xE6\x9B\xB4\xE6\x96\xB0", "\xE6\x9B", "\xD0\x9E\xD0\xB1\xD0\xBD",
                                         "\xC3\xA9", "\xC3\x9C"};
    const words_table *tables[] = {&words_date_labels, &words_update_labels};
    char buf[320];
    unsigned seed = 777;
    for (int t = 0; t < 2; t++) {
        meta_label_filter f;
        meta_label_filter_init(&f, tables[t]);
        int hits = 0, misses = 0;
        for (int round = 0; round < 4000; round++) {
            size_t len = 0;
            while (len < sizeof buf - 40) {
                seed = seed * 1103515245u + 12345u;
                if ((seed >> 16) % 30 == 0)
                    break;
                /* mostly filler, so that many texts hold no label at all */
                const char *p = (seed >> 12) % 4 ? pieces[(seed >> 8) % 6] : pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
                memcpy(buf + len, p, strlen(p));
                len += strlen(p);
            }
            for (size_t off = 0; off < 18 && off <= len; off++)
                for (size_t cut = 0; cut < 3 && cut <= len - off; cut++) {
                    int want = plain_may_hold_label(buf + off, len - off - cut, tables[t]);
                    CHECK(meta_may_hold_label(buf + off, len - off - cut, &f) == want);
                    want ? hits++ : misses++;
                }
        }
        CHECK(hits > 1000 && misses > 1000); /* both answers were exercised */
    }
}

/* The byte-by-byte lowering text_lower_utf8 did before its eight-byte
 * ASCII blocks: ASCII capitals, Latin-1 after 0xC3, Greek after 0xCE,
 * Cyrillic after 0xD0. */
static void plain_lower_utf8(unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c >= 'A' && c <= 'Z') {
            p[i] = (unsigned char)(c + 32);
        } else if (c == 0xC3 && i + 1 < n) {
            unsigned char d = p[i + 1];
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
                p[i + 1] = (unsigned char)(d + 0x20);
            i++;
        } else if (c == 0xCE && i + 1 < n) {
            unsigned char d = p[i + 1];
            if (d >= 0x91 && d <= 0x9F) {
                p[i + 1] = (unsigned char)(d + 0x20);
            } else if (d >= 0xA0 && d <= 0xA9) {
                p[i] = 0xCF;
                p[i + 1] = (unsigned char)(d - 0x20);
            }
            i++;
        } else if (c == 0xD0 && i + 1 < n) {
            unsigned char d = p[i + 1];
            if (d >= 0x90 && d <= 0x9F) {
                p[i + 1] = (unsigned char)(d + 0x20);
            } else if (d >= 0xA0 && d <= 0xAF) {
                p[i] = 0xD1;
                p[i + 1] = (unsigned char)(d - 0x20);
            } else if (d >= 0x80 && d <= 0x8F) {
                p[i] = 0xD1;
                p[i + 1] = (unsigned char)(d + 0x10);
            }
            i++;
        }
    }
}

/* text_lower_utf8's eight-byte ASCII blocks give what the byte loop gives,
 * at every length and alignment, with capitals, '@', '[', '`', '{' (the
 * bytes around the letters) and two-byte capitals crossing block ends. */
TEST(lower_utf8_blocks_equal_byte_loop)
{
    static const char *const pieces[] = {"A", "Z", "a", "z", "@", "[", "`", "{", " ", "Hello World",
                                         "\xC3\x84", "\xC3\x97", "\xC3\x9E", "\xCE\x91", "\xCE\xA9", "\xD0\x90",
                                         "\xD0\xAF", "\xD0\x81", "\xC3", "\xD0", "\xCE", "\x7F", "\xFF", "QUICK"};
    unsigned char a[96], b[96];
    unsigned seed = 4242;
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        while (len < sizeof a - 16) {
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 25 == 0)
                break;
            const char *p = pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
            memcpy(a + len, p, strlen(p));
            len += strlen(p);
        }
        for (size_t off = 0; off < 9 && off <= len; off++) {
            memcpy(b, a, len);
            unsigned char want[96];
            memcpy(want, a, len);
            plain_lower_utf8(want + off, len - off);
            text_lower_utf8((char *)b + off, len - off);
            CHECK(memcmp(b, want, len) == 0);
        }
    }
}

/* The byte-at-a-time reader text_prefix_lower had before its run copies,
 * kept here as the reference: whitespace collapsed, a soft hyphen gone,
 * a no-break space a space, not ending inside a UTF-8 sequence, lowered. */
static size_t prefix_lower_bytewise(const dom_node *node, char *out, size_t cap)
{
    size_t len = 0;
    int pending_space = 0;
    for (const dom_node *n = node; n && len + 1 < cap;) {
        if (n->type == DOM_ELEMENT && n != node && ((n->flags & DOM_F_REMOVED) || (tag_flags[n->tag] & TF_JUNK))) {
            n = dom_next_skip(node, n);
            continue;
        }
        if (n->type == DOM_ELEMENT && (tag_flags[n->tag] & TF_BLOCK || n->tag == TAG_BR) && len)
            pending_space = 1;
        if (n->type == DOM_TEXT) {
            for (uint32_t i = 0; i < n->text_len && len + 1 < cap; i++) {
                unsigned char c = (unsigned char)n->text[i];
                int alt = chars_nbsp_shy((const unsigned char *)n->text + i, n->text_len - i);
                if (alt >= 0) {
                    i++;
                    if (!alt)
                        continue;
                    c = (unsigned char)alt;
                }
                if (chars_is_space(c)) {
                    if (len)
                        pending_space = 1;
                    continue;
                }
                if (pending_space) {
                    out[len++] = ' ';
                    pending_space = 0;
                    if (len + 1 >= cap)
                        break;
                }
                out[len++] = (char)c;
            }
        }
        n = dom_next(node, n);
    }
    len = utf8_whole_len((const unsigned char *)out, len);
    out[len] = '\0';
    text_lower_utf8(out, len);
    return len;
}

TEST(prefix_lower_runs_equal_byte_loop)
{
    static const char *const pieces[] = {" ", "  ", "\t", "\n ", "a", "Wort", "X", "e", "<b>", "</b>", "<p>",
                                         "</p>", "<br>", "<script>skip me</script>", "\xC2\xA0", "\xC2\xAD",
                                         "\xC2\xA9", "\xC3\x84", "\xE2\x82\xAC", "\xF0\x9D\x84\x9E", "\x01",
                                         "\xCE\xA3", "\xD0\x96", ",", "*", "(*)",
                                         /* runs of 17+ copied bytes, word gaps inside, for the
                                          * 16-byte steps of the run copy */
                                         "Nachrichtenagenturmeldungen", "ein langer Satz mit Worten drin",
                                         "x y z w v u t s r q p o n m", "Wort\xC3\x84rger\xE2\x82\xACuro-Kurs",
                                         /* blank runs of 16+ bytes, for the blank skip */
                                         "\n                        ", "\t\t\t\t\t\t\t\t\r\n\f        \x01"};
    char html[2048];
    unsigned seed = 4242;
    for (int round = 0; round < 300; round++) {
        size_t o = 0;
        o += (size_t)snprintf(html, sizeof html, "<div>");
        while (o < sizeof html - 64) {
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 200 == 0)
                break;
            const char *p = pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
            memcpy(html + o, p, strlen(p));
            o += strlen(p);
        }
        dom_document *doc = html_parse(html, o, NULL);
        CHECK(doc != NULL);
        if (!doc)
            return;
        static const size_t caps[] = {1, 2, 3, 4, 5, 8, 17, 18, 19, 33, 49, 128, 228, 4096};
        for (dom_node *el = doc->root; el; el = dom_next(doc->root, el)) {
            if (el->type != DOM_ELEMENT)
                continue;
            for (size_t k = 0; k < sizeof caps / sizeof *caps; k++) {
                char got[4096], want[4096];
                size_t gl = text_prefix_lower(el, got, caps[k]);
                size_t wl = prefix_lower_bytewise(el, want, caps[k]);
                CHECK(gl == wl && memcmp(got, want, gl + 1) == 0);
            }
        }
        dom_document_free(doc);
    }
}

/* meta_istr's 16-position candidate scan against the plain search, on
 * random text from a small alphabet (so matches and near misses are
 * common) at every length and needle. */
static const char *istr_plain(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++) {
        size_t k = 0;
        while (k < m && chars_lower((unsigned char)s[i + k]) == chars_lower((unsigned char)needle[k]))
            k++;
        if (k == m)
            return s + i;
    }
    return NULL;
}

TEST(meta_istr_equals_plain_search)
{
    static const char alphabet[] = "aAbB-_ @`[{\xC3\xA9lLoOgG";
    static const char *const needles[] = {"a", "ab", "logo", "Site-Title", "-", "@", "`b", "{", "\xC3\xA9", "aaaaaaaaaaaaaaaaaa", "gLoGo"};
    char s[80];
    unsigned seed = 777;
    for (int round = 0; round < 20000; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % sizeof s;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            s[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        for (size_t k = 0; k < sizeof needles / sizeof *needles; k++)
            CHECK(meta_istr(s, n, needles[k]) == istr_plain(s, n, needles[k]));
    }
}

/* put_collapsed (meta/text.c) as it was before a word gap went in with
 * the run around it, kept as the reference for meta_collapse and
 * meta_node_text. */
static size_t ref_ws_len(const unsigned char *p, size_t avail)
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

static void ref_put_collapsed(buf *b, const char *s, size_t n, char *pending, size_t max)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n && b->len <= max) {
        size_t j = i, room = max == (size_t)-1 ? max : max - b->len + 1;
        while (j < n && j - i < room) {
            unsigned char ch = p[j];
            if ((ch <= 0x20 && ch != 0) ||
                ((ch == 0xC2 || ch == 0xE2 || ch == 0xE3 || ch == 0xEF) && ref_ws_len(p + j, n - j)))
                break;
            j++;
        }
        while (j < n && (p[j] & 0xC0) == 0x80 && j > i)
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
        size_t w = ref_ws_len(p + i, n - i);
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

static char *ref_node_text(const dom_node *root, size_t max, int lines)
{
    buf b = BUF_INIT;
    char pending = 0;
    const dom_node *n = root;
    while (n) {
        if (n->type == DOM_ELEMENT && n != root &&
            (n->tag == TAG_SCRIPT || n->tag == TAG_STYLE || n->tag == TAG_TEMPLATE || n->tag == TAG_NOSCRIPT ||
             n->tag == TAG_SVG || n->tag == TAG_BUTTON)) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->type == DOM_ELEMENT && n != root && ((tag_flags[n->tag] & TF_BLOCK) || n->tag == TAG_BR) && b.len)
            pending = lines ? '\n' : ' ';
        else if (lines && n->type == DOM_ELEMENT && n != root && b.len && !pending)
            pending = ' ';
        if (n->type == DOM_TEXT) {
            ref_put_collapsed(&b, n->text, n->text_len, &pending, max);
            if (b.len >= max)
                break;
        }
        n = dom_next(root, n);
    }
    size_t len = b.len;
    if (len > max) {
        len = max;
        while (len > 0 && ((unsigned char)b.data[len] & 0xC0) == 0x80)
            len--;
    }
    char *r = malloc(len + 1);
    memcpy(r, b.data ? b.data : "", len);
    r[len] = '\0';
    buf_free(&b);
    return r;
}

TEST(meta_collapse_runs_equal_reference)
{
    static const char *const pieces[] = {" ", "  ", "\t", "\n", "a", "Wort", "X", "<b>", "</b>", "<p>", "</p>",
                                         "<br>", "<span>", "</span>", "<script>skip</script>", "\xC2\xA0",
                                         "\xC2\xA9", "\xE2\x80\x89", "\xE2\x80\x94", "\xE3\x80\x80", "\xEF\xBB\xBF",
                                         "\xC3\xA9", "\xF0\x9D\x84\x9E", "\x01", ". ", " a b "};
    char html[1024];
    unsigned seed = 31337;
    arena a;
    arena_init(&a, 0);
    for (int round = 0; round < 400; round++) {
        size_t o = (size_t)snprintf(html, sizeof html, "<div>");
        while (o < sizeof html - 64) {
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 120 == 0)
                break;
            const char *p = pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
            memcpy(html + o, p, strlen(p));
            o += strlen(p);
        }
        /* the string itself, collapsed whole */
        buf b = BUF_INIT;
        char pending = 0;
        ref_put_collapsed(&b, html, o, &pending, (size_t)-1);
        const char *got = meta_collapse(&a, html, o);
        CHECK(got && b.len == strlen(got) && memcmp(got, b.data ? b.data : "", b.len) == 0);
        buf_free(&b);
        /* the parsed tree's text, at several caps, as lines and as one line */
        dom_document *doc = html_parse(html, o, NULL);
        CHECK(doc != NULL);
        if (!doc)
            break;
        static const size_t caps[] = {0, 1, 2, 3, 5, 8, 13, 40, 100, 400, 4096};
        for (size_t k = 0; k < sizeof caps / sizeof *caps; k++)
            for (int lines = 0; lines < 2; lines++) {
                char *want = ref_node_text(doc->root, caps[k], lines);
                const char *have = meta_node_text(&a, doc->root, caps[k], lines);
                CHECK(have && strcmp(have, want) == 0);
                free(want);
            }
        dom_document_free(doc);
    }
    arena_free(&a);
}

/* text.h: small text helpers of the metadata extractor: whitespace
 * collapsing, bounded subtree text, ASCII case folding, and decoding of
 * HTML character references in strings that arrive still escaped (JSON-LD,
 * double-escaped meta content). All results are arena strings. */
#ifndef LEDE_EXTRACT_META_TEXT_H
#define LEDE_EXTRACT_META_TEXT_H

#include <stddef.h>

#include "core/arena.h"
#include "dom/dom.h"

/* Copies s[0..n) with runs of whitespace (ASCII, NBSP, U+2000..U+200B,
 * U+3000, BOM) turned into one space and both ends trimmed. NULL on OOM. */
char *meta_collapse(arena *a, const char *s, size_t n);

/* Visible text of a subtree (script/style/template/noscript/svg skipped),
 * whitespace collapsed, cut after about max bytes (at a UTF-8 boundary).
 * With lines set, block boundaries and <br> become '\n' instead of ' ',
 * and every element boundary separates words (for byline boxes).
 * NULL on OOM. */
char *meta_node_text(arena *a, const dom_node *root, size_t max, int lines);

/* The last about max bytes of meta_node_text's text of the whole
 * subtree (at a UTF-8 boundary), read without keeping the rest. NULL on
 * OOM. */
char *meta_node_text_tail(arena *a, const dom_node *root, size_t max, int lines);

/* Decodes the common HTML character references (&amp; &lt; &gt; &quot;
 * &apos; &nbsp; &#N; &#xN; and some typographic ones) and collapses
 * whitespace. Returns s itself when it has no '&'. */
const char *meta_unescape(arena *a, const char *s);

/* ASCII case-insensitive helpers. */
int meta_ieq(const char *a, const char *b);
int meta_istarts(const char *s, const char *prefix);
/* Case-insensitive substring search in s[0..n); NULL when absent. */
const char *meta_istr(const char *s, size_t n, const char *needle);
/* Byte length of the UTF-8 sequence starting at p (1 for invalid bytes). */
size_t meta_u8len(const unsigned char *p, size_t avail);
/* A comparison key for headlines: letters and digits only, lower-cased
 * (meta_lower_cp); spaces, ASCII punctuation and Unicode punctuation (NBSP,
 * Latin-1 symbols, U+2000..U+206F quotes and dashes, CJK and full-width
 * punctuation, Arabic, Greek and Devanagari marks) dropped, so "« Les
 * privatisations d'intérêts »" and "«&nbsp;Les privatisations
 * d’intérêts&nbsp;»" give the same key. Turkish İ and ı give "i".
 * NULL on OOM. */
char *meta_fold_key(arena *a, const char *s);
/* The character of k bytes at p (meta_u8len) lower-cased into out, as
 * meta_fold_key lowers it: an ASCII capital, or a two-byte capital by
 * meta_lower_cp (the same length); any other character copied. Returns
 * the bytes written (k). */
size_t meta_lower_char(const unsigned char *p, size_t k, unsigned char *out);
/* The lower-case form of a capital letter of ASCII, Latin-1, Latin
 * Extended-A, Greek or Cyrillic (the same UTF-8 length); other code
 * points unchanged. */
unsigned meta_lower_cp(unsigned cp);
/* s with HTML tags removed ("<i>Title</i>" in og:title, "&lt;em&gt;" in a
 * JSON-LD headline once decoded) and whitespace collapsed: a tag is '<',
 * an optional '/', an ASCII letter, then anything but '<' up to the next
 * '>' within 256 bytes. A tag leaves a blank where it was ("a<br>b"),
 * but an inline one ("<b>", "<em>", "<span>": a browser breaks no line
 * there) none, so "<b>独家</b>：" gives "独家：". Returns s itself when it
 * has no tag; NULL on OOM. */
const char *meta_strip_tags(arena *a, const char *s);
/* Copies s[0..n) without its soft hyphens (U+00AD): a browser shows one
 * only where it breaks a word at a line's end, so the text a reader sees
 * has none. NULL on OOM. */
char *meta_drop_soft_hyphens(arena *a, const char *s, size_t n);
/* Number of space-separated words. */
size_t meta_word_count(const char *s);
/* Length in bytes of the dash that ends s[0..k): 1 for "-", 3 for an en
 * dash or an em dash (U+2013, U+2014: E2 80 93 / E2 80 94), else 0. */
size_t meta_dash_len_before(const char *s, size_t k);

#endif

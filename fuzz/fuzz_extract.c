/* fuzz_extract.c: libFuzzer target for the whole library path: sniffing,
 * decoding, parsing, metadata, noscript grafting, body extraction and every
 * renderer, through the public API only. The first input byte picks the
 * options (small node/depth caps, a transport charset, a URL, switches
 * turned off) so those paths are fuzzed too; the rest is the page. The
 * quote finder is off by default, so it is turned on here (unless bit 64
 * turns the optional parts off), and every quote's spans are checked
 * against the field they point into.
 * Build: cmake -B build-fuzz -DCMAKE_C_COMPILER=clang -DLEDE_FUZZ=ON
 *        cmake --build build-fuzz --target fuzz_extract
 * Run:   build-fuzz/fuzz_extract -dict=fuzz/html.dict -max_len=65536 corpus/ */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Unicode code points in a UTF-8 string: the unit of a quote's spans. */
static size_t code_points(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Every quote has its words, a kind and a field, and its spans lie in
 * that field, in order and non-empty-ended ([start, end), start <= end). */
static void check_quotes(const lede_article *art)
{
    size_t n = lede_article_quote_count(art);
    if (n && !lede_article_has_quotes(art))
        abort();
    if (lede_article_quote(art, n))
        abort();
    size_t text_len = code_points(lede_article_field(art, LEDE_FIELD_TEXT));
    size_t title_len = code_points(lede_article_field(art, LEDE_FIELD_TITLE));
    for (size_t i = 0; i < n; i++) {
        const lede_quote *q = lede_article_quote(art, i);
        if (!q || !lede_quote_text(q) || !lede_quote_kind(q) || !lede_quote_field(q))
            abort();
        (void)lede_quote_mention(q), (void)lede_quote_speaker(q), (void)lede_quote_cue(q);
        size_t limit = strcmp(lede_quote_field(q), "title") == 0 ? title_len : text_len;
        size_t spans = lede_quote_span_count(q), prev_end = 0;
        if (!spans || lede_quote_span(q, spans, NULL, NULL))
            abort();
        for (size_t k = 0; k < spans; k++) {
            size_t a, b;
            if (!lede_quote_span(q, k, &a, &b) || a > b || b > limit || a < prev_end)
                abort();
            prev_end = b;
        }
    }
}

static const char *const charsets[] = {NULL, "windows-1252", "shift_jis", "utf-16le", "koi8-r", "bogus"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    uint8_t cfg = data[0];
    data++, size--;
    lede_options *o = lede_options_new();
    if (!o)
        return 0;
    if (cfg & 1) {
        lede_options_set_max_nodes(o, 64);
        lede_options_set_max_depth(o, 8);
    }
    lede_options_set_charset(o, charsets[(cfg >> 1) % (sizeof charsets / sizeof *charsets)]);
    if (cfg & 32) {
        lede_options_set_tables(o, 0);
        lede_options_set_links(o, 0);
    }
    if (cfg & 64) {
        lede_options_set_images(o, 0);
        lede_options_set_formatting(o, 0);
    }
    lede_options_set_quotes(o, !(cfg & 64));
    if (cfg & 128) {
        lede_options_set_favor(o, (cfg & 4) ? LEDE_FAVOR_RECALL : LEDE_FAVOR_PRECISION);
        lede_options_set_text_format(o, (cfg & 8) ? LEDE_FORMAT_HTML : LEDE_FORMAT_MARKDOWN);
        lede_options_set_front_matter(o, 1);
    }
    const char *url = (cfg & 16) ? "https://example.com/news/2019/03/15/story.html?x=1#f" : NULL;
    lede_article *art = NULL;
    lede_status st = lede_extract((const char *)data, size, url, o, &art);
    /* no_content comes with the article (its metadata); every other error without */
    if ((st == LEDE_OK || st == LEDE_ERR_NO_CONTENT) != (art != NULL))
        abort();
    if (art) {
        static const lede_format fmts[] = {LEDE_FORMAT_JSON, LEDE_FORMAT_TEXT, LEDE_FORMAT_MARKDOWN,
                                           LEDE_FORMAT_HTML};
        for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
            size_t len = 0;
            char *s = lede_render(art, fmts[i], "fuzz", &len);
            if (!s || strlen(s) != len)
                abort();
            /* the output budget (lede.h): 1 MiB + 8 x the input, which one
             * node may overshoot by a few times its own text */
            if (len > ((size_t)1 << 20) + 16 * size + 4096)
                abort();
            free(s);
        }
        for (int f = 0; f < LEDE_FIELD_COUNT; f++) {
            (void)lede_article_field(art, (lede_field)f);
            (void)lede_article_flag(art, (lede_field)f);
            for (size_t i = 0; i < lede_article_list_count(art, (lede_field)f); i++)
                if (!lede_article_list_item(art, (lede_field)f, i))
                    abort();
        }
        if (!lede_article_field(art, LEDE_FIELD_TEXT))
            abort();
        check_quotes(art);
    } else {
        char *e = lede_render_error(st, NULL, "fuzz", url, NULL);
        free(e);
    }
    lede_article_free(art);
    lede_options_free(o);
    return 0;
}

/* json.c: the one-line JSON record. Keys, in this order: source, the
 * record's fields of LEDE_FIELDS (include/lede.h), error; values are read
 * through the public getters. Every string is escaped and made valid UTF-8
 * by json_put_escaped (escape.c), whatever the pipeline gave. */
#include <stdio.h>
#include <string.h>

#include "render_int.h"

void json_put_string(buf *out, const char *s)
{
    if (!s) {
        buf_put(out, "null", 4);
        return;
    }
    buf_putc(out, '"');
    json_put_escaped(out, s, strlen(s));
    buf_putc(out, '"');
}

static void json_put_list(buf *out, const lede_article *art, lede_field f)
{
    size_t n = lede_article_list_count(art, f);
    buf_putc(out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_putc(out, ',');
        json_put_string(out, lede_article_list_item(art, f, i));
    }
    buf_putc(out, ']');
}

/* The body rendered in fmt into a scratch buffer (not kept: a JSON record
 * alone does not grow the article), as a JSON string. *cut: the render
 * stopped at the output budget. */
static void json_put_rendered(buf *out, const lede_article *art, lede_format fmt, int *cut)
{
    buf body = BUF_INIT;
    *cut = render_body(art, fmt, &body);
    if (body.oom)
        out->oom = 1;
    buf_putc(out, '"');
    json_put_escaped(out, body.data ? body.data : "", body.len);
    buf_putc(out, '"');
    buf_free(&body);
}

/* A TEXT field. The body text is the article's when a getter already
 * rendered it, else rendered for the record (json_put_rendered); with
 * --text-format markdown or html, the body exactly as that format renders
 * it. *cut: the text render stopped at the output budget. */
static void json_put_text(buf *out, const lede_article *art, lede_field f, int *cut)
{
    if (f == LEDE_FIELD_TEXT && (art->text_format == LEDE_FORMAT_MARKDOWN || art->text_format == LEDE_FORMAT_HTML)) {
        json_put_rendered(out, art, art->text_format, cut);
        return;
    }
    size_t len;
    const char *t = f == LEDE_FIELD_TEXT ? render_text_peek(art, &len, cut) : lede_article_field(art, f);
    if (!t && f == LEDE_FIELD_TEXT) {
        json_put_rendered(out, art, LEDE_FORMAT_TEXT, cut);
        return;
    }
    buf_putc(out, '"');
    json_put_escaped(out, t ? t : "", t ? (f == LEDE_FIELD_TEXT ? len : strlen(t)) : 0);
    buf_putc(out, '"');
}

static void json_put_size(buf *out, size_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%zu", v);
    buf_put(out, tmp, (size_t)n);
}

/* The quotes: null when they were not looked for, else an array of
 * {text, field, start, end, spans, mention, speaker, cue, kind}; offsets
 * are code points into the record's "text" or "title", as field says
 * (docs/quotes.md). Read through the public getters. */
static void json_put_quotes(buf *out, const lede_article *art)
{
    if (!lede_article_has_quotes(art)) {
        buf_puts(out, "null");
        return;
    }
    buf_putc(out, '[');
    size_t n = lede_article_quote_count(art);
    for (size_t i = 0; i < n; i++) {
        const lede_quote *q = lede_article_quote(art, i);
        size_t ns = lede_quote_span_count(q), s, e;
        buf_puts(out, i ? ",{\"text\":" : "{\"text\":");
        json_put_string(out, lede_quote_text(q));
        buf_puts(out, ",\"field\":");
        json_put_string(out, lede_quote_field(q));
        lede_quote_span(q, 0, &s, NULL);
        lede_quote_span(q, ns - 1, NULL, &e);
        buf_puts(out, ",\"start\":");
        json_put_size(out, s);
        buf_puts(out, ",\"end\":");
        json_put_size(out, e);
        buf_puts(out, ",\"spans\":[");
        for (size_t k = 0; k < ns; k++) {
            lede_quote_span(q, k, &s, &e);
            buf_puts(out, k ? ",[" : "[");
            json_put_size(out, s);
            buf_putc(out, ',');
            json_put_size(out, e);
            buf_putc(out, ']');
        }
        buf_puts(out, "],\"mention\":");
        json_put_string(out, lede_quote_mention(q));
        buf_puts(out, ",\"speaker\":");
        json_put_string(out, lede_quote_speaker(q));
        buf_puts(out, ",\"cue\":");
        json_put_string(out, lede_quote_cue(q));
        buf_puts(out, ",\"kind\":");
        json_put_string(out, lede_quote_kind(q));
        buf_putc(out, '}');
    }
    buf_putc(out, ']');
}

/* A list whose items are objects of string members (images, comments):
 * null when the list was not asked for (on == 0), else an array of n
 * objects, item i's members keys[k]: values(art, i)[k] (null when NULL). */
enum { JSON_MEMBERS_MAX = 4 };
typedef void (*json_item_values)(const lede_article *art, size_t i, const char **v);

static void json_put_string_objects(buf *out, const lede_article *art, int on, size_t n, const char *const *keys,
                                    size_t nkeys, json_item_values values)
{
    if (!on) {
        buf_puts(out, "null");
        return;
    }
    buf_putc(out, '[');
    for (size_t i = 0; i < n; i++) {
        const char *v[JSON_MEMBERS_MAX];
        values(art, i, v);
        buf_puts(out, i ? ",{" : "{");
        for (size_t k = 0; k < nkeys; k++) {
            buf_puts(out, k ? ",\"" : "\"");
            buf_puts(out, keys[k]);
            buf_puts(out, "\":");
            json_put_string(out, v[k]);
        }
        buf_putc(out, '}');
    }
    buf_putc(out, ']');
}

/* The images: {src, alt, caption, credit} (docs/images.md), null when
 * they were turned off. */
static const char *const image_keys[] = {"src", "alt", "caption", "credit"};
static void image_values(const lede_article *art, size_t i, const char **v)
{
    const lede_image *im = lede_article_image(art, i);
    v[0] = lede_image_src(im), v[1] = lede_image_alt(im), v[2] = lede_image_caption(im), v[3] = lede_image_credit(im);
}

/* The comments: {author, date, text} (docs/comments.md), null when they
 * were not looked for. */
static const char *const comment_keys[] = {"author", "date", "text"};
_Static_assert(sizeof image_keys / sizeof *image_keys <= JSON_MEMBERS_MAX &&
                   sizeof comment_keys / sizeof *comment_keys <= JSON_MEMBERS_MAX,
               "json_put_string_objects holds JSON_MEMBERS_MAX values");
static void comment_values(const lede_article *art, size_t i, const char **v)
{
    const lede_comment *c = lede_article_comment(art, i);
    v[0] = lede_comment_author(c), v[1] = lede_comment_date(c), v[2] = lede_comment_text(c);
}

/* One value of each kind, read through the public getters. truncated also
 * says whether the text above was cut at the output budget (the getter
 * would render the text again to know). */
static void json_put_field(buf *out, const lede_article *art, lede_field f, int kind, int *text_cut)
{
    switch (kind) {
    case LEDE_KIND_STRING:
        json_put_string(out, lede_article_field(art, f));
        break;
    case LEDE_KIND_TEXT:
        json_put_text(out, art, f, text_cut);
        break;
    case LEDE_KIND_LIST:
        json_put_list(out, art, f);
        break;
    case LEDE_KIND_QUOTES:
        json_put_quotes(out, art);
        break;
    case LEDE_KIND_IMAGES:
        json_put_string_objects(out, art, lede_article_has_images(art), lede_article_image_count(art), image_keys,
                                sizeof image_keys / sizeof *image_keys, image_values);
        break;
    case LEDE_KIND_COMMENTS:
        json_put_string_objects(out, art, lede_article_has_comments(art), lede_article_comment_count(art),
                                comment_keys,
                                sizeof comment_keys / sizeof *comment_keys, comment_values);
        break;
    case LEDE_KIND_BOOL: {
        int v = f == LEDE_FIELD_TRUNCATED ? art->truncated || *text_cut : lede_article_flag(art, f);
        buf_puts(out, v ? "true" : "false");
        break;
    }
    }
}

void render_json(const lede_article *art, const char *source, buf *out)
{
    int text_cut = 0;
    buf_puts(out, "{\"source\":");
    json_put_string(out, source);
#define PUT_FIELD(id, name, kind, in_record, doc)                                \
    if (in_record) {                                                             \
        buf_puts(out, ",\"" #name "\":");                                        \
        json_put_field(out, art, LEDE_FIELD_##id, LEDE_KIND_##kind, &text_cut);  \
    }
    LEDE_FIELDS(PUT_FIELD)
#undef PUT_FIELD
    if (art->status == LEDE_OK) {
        buf_puts(out, ",\"error\":null}");
        return;
    }
    /* no_content: the record keeps what was found and says what is missing */
    buf_puts(out, ",\"error\":{\"code\":");
    json_put_string(out, lede_status_name(art->status));
    buf_puts(out, ",\"message\":");
    json_put_string(out, lede_status_message(art->status));
    buf_puts(out, "}}");
}

void render_json_error(const char *code, const char *message, const char *source,
                       const char *url, buf *out)
{
    /* The same keys as an article's record: the given url, every other
     * field empty (null, [] or false) and the error object. */
    static const char *const empty[] = {
        [LEDE_KIND_STRING] = "null", [LEDE_KIND_LIST] = "[]",   [LEDE_KIND_TEXT] = "null",
        [LEDE_KIND_BOOL] = "false",  [LEDE_KIND_QUOTES] = "null", [LEDE_KIND_IMAGES] = "[]",
        [LEDE_KIND_COMMENTS] = "null"};
    buf_puts(out, "{\"source\":");
    json_put_string(out, source);
#define PUT_EMPTY(id, name, kind, in_record, doc)                        \
    if (in_record) {                                                     \
        buf_puts(out, ",\"" #name "\":");                                \
        if (LEDE_FIELD_##id == LEDE_FIELD_URL)                           \
            json_put_string(out, url);                                   \
        else                                                             \
            buf_puts(out, empty[LEDE_KIND_##kind]);                      \
    }
    LEDE_FIELDS(PUT_EMPTY)
#undef PUT_EMPTY
    buf_puts(out, ",\"error\":{\"code\":");
    json_put_string(out, code);
    buf_puts(out, ",\"message\":");
    json_put_string(out, message);
    buf_puts(out, "}}");
}

/* lede.h: the whole public API of lede, a news-article extractor.
 *
 * lede turns the HTML of a web page into a structured article: headline,
 * authors, publication date, site name, language, description, canonical
 * URL, lead image and the body text, without the page's furniture.
 *
 * Object model and ownership
 *   - lede_options: settings; created by lede_options_new(), released by
 *     lede_options_free(). May be shared read-only by many threads.
 *   - lede_article: one extraction result; created by lede_extract(),
 *     released by lede_article_free(). Every const char * a getter returns
 *     is owned by the article and valid until lede_article_free().
 *   - Strings returned as char * (renderers) are the caller's: free() them.
 *   - All free functions accept NULL.
 * Threads: there is no global state; any number of threads may extract at
 * once, each with its own articles.
 * Strings are UTF-8 and NUL-terminated. */
#ifndef LEDE_H
#define LEDE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LEDE_VERSION "0.1.0"

/* LEDE_API marks every public declaration: the library is built with hidden
 * visibility, so only what carries it is exported from liblede.so (and stays
 * global in liblede.a: docs/library.md). */
#ifndef LEDE_API
#  if defined(_WIN32)
#    define LEDE_API
#  else
#    define LEDE_API __attribute__((visibility("default")))
#  endif
#endif

/* Result codes. Stable: the numbers and the names (lede_status_name) are
 * part of the record format. */
typedef enum {
    LEDE_OK = 0,
    LEDE_ERR_NOMEM = 1,      /* out of memory (or over the memory limit) */
    LEDE_ERR_EMPTY = 2,      /* the input has no bytes, or only whitespace */
    LEDE_ERR_NOT_HTML = 3,   /* the bytes are not an HTML page (binary, PDF, image...) */
    LEDE_ERR_TOO_LARGE = 4,  /* input larger than the max_bytes option */
    LEDE_ERR_IO = 5,         /* the input could not be read (CLI) */
    LEDE_ERR_NO_CONTENT = 6, /* parsed, but no main text was found */
    LEDE_ERR_USAGE = 7       /* bad argument */
} lede_status;

/* Short stable name ("not_html") and a one-line description. Static strings. */
LEDE_API const char *lede_status_name(lede_status st);
LEDE_API const char *lede_status_message(lede_status st);

/* Why bytes were refused as LEDE_ERR_NOT_HTML, for a person to read:
 * "not HTML: looks like a PDF". A static string. */
LEDE_API const char *lede_not_html_reason(const char *html, size_t len);

/* The output formats (lede_render, lede_options_set_text_format). */
typedef enum {
    LEDE_FORMAT_JSON,     /* one JSON object, one line, no trailing newline */
    LEDE_FORMAT_TEXT,     /* the body, one paragraph per line */
    LEDE_FORMAT_MARKDOWN, /* "# title" then the body as Markdown */
    LEDE_FORMAT_HTML      /* the body as clean HTML */
} lede_format;

typedef struct lede_options lede_options;
typedef struct lede_article lede_article;

LEDE_API lede_options *lede_options_new(void);
LEDE_API void lede_options_free(lede_options *opts);
/* Largest input accepted, in bytes (default 50,000,000); 0 = no limit. */
LEDE_API void lede_options_set_max_bytes(lede_options *opts, size_t max_bytes);
/* Largest number of DOM nodes built (default 2,000,000; 0 gives the default); extra content is dropped and the article flagged truncated. */
LEDE_API void lede_options_set_max_nodes(lede_options *opts, size_t max_nodes);
/* Deepest element nesting (default 512; 0 gives the default); deeper elements are attached at the cap. */
LEDE_API void lede_options_set_max_depth(lede_options *opts, size_t max_depth);

/* On/off options ("switches"): the one list that `lede` and `lede warc`
 * (--no-NAME turns off a switch that is on by default, --NAME turns one
 * on) and the Python module (NAME=True/False keywords of lede.extract,
 * extract_many and iter_warc) are generated from, as the record's fields
 * are from LEDE_FIELDS below.
 *   X(ID, name, default, doc)
 * default is 1 for on; doc says what the switch governs, for help texts.
 * Each switch has its setter lede_options_set_<name>(opts, on), declared
 * below (on: 0 or 1). Adding one: a line here, its setter's declaration
 * (the definition is generated in src/lede.c), and the code that reads it
 * (docs/library.md, "Options"). */
#define LEDE_SWITCHES(X) \
    X(QUOTES, quotes, 0, "quotes with their speakers (off by default: the record's \"quotes\" is null)") \
    X(TABLES, tables, 1, "data tables in the body, every format (layout tables always give their text)") \
    X(LINKS, links, 1, "links in markdown and html output (off: their text only)") \
    X(IMAGES, images, 1, "images in markdown and html output, and the record's \"images\" (null when off)") \
    X(FORMATTING, formatting, 1, "bold, italic, inline code, strike-through, sub/superscript in markdown and html output") \
    X(COMMENTS, comments, 0, "reader comments: the record's \"comments\" (null when off)") \
    X(FRONT_MATTER, front_matter, 0, "markdown output starts with YAML front matter (title, authors, dates, url, sitename, language, description, image, tags)")

/* Quotes with their speakers (off by default, and the record's "quotes"
 * is then null; 1 turns them on: they cost about 10% of extraction time,
 * docs/quotes.md "Cost"). */
LEDE_API void lede_options_set_quotes(lede_options *opts, int on);
/* Data tables (on by default): tables of at least two columns without
 * lists, quotes, code or headings inside, which the text output writes as
 * tab-separated rows, Markdown as pipe tables and HTML as <table>. Off:
 * they are left out of every format (and of "text", so quotes' offsets
 * follow). Layout tables are not data: their cells are ordinary blocks
 * and stay. */
LEDE_API void lede_options_set_tables(lede_options *opts, int on);
/* Links in the Markdown and HTML output (on by default). Off: a link is
 * its text ("[text](url)" and <a href> become text). The text output has
 * no links either way. */
LEDE_API void lede_options_set_links(lede_options *opts, int on);
/* Images (on by default): the record's "images" and, in the Markdown and
 * HTML output, "![alt](src)" and <img src alt>. Off: "images" is null and
 * the outputs leave them out (figure captions stay, as text). */
LEDE_API void lede_options_set_images(lede_options *opts, int on);
/* Reader comments (off by default): comment sections, which the body
 * never holds, read as comments with author, date and text (the record's
 * "comments"; null when off). */
LEDE_API void lede_options_set_comments(lede_options *opts, int on);
/* Inline formatting in the Markdown and HTML output (on by default):
 * emphasis, strong, inline code, strike-through (and <sub>/<sup> in HTML).
 * Off: their text without markup. Code blocks (<pre>) stay. */
LEDE_API void lede_options_set_formatting(lede_options *opts, int on);
/* YAML front matter before the Markdown output (off by default): a block
 * "---" ... "---" with title, authors, date, date_modified, url,
 * sitename, language, description, image and tags (those the page gives;
 * strings double-quoted and escaped, lists in brackets), then the usual
 * "# title" and body. */
LEDE_API void lede_options_set_front_matter(lede_options *opts, int on);
/* What the JSON record's "text" holds (LEDE_FORMAT_TEXT by default): with
 * LEDE_FORMAT_MARKDOWN or LEDE_FORMAT_HTML it is exactly what lede_render
 * gives in that format. Quotes' offsets still index the plain text (the
 * text getter's string, lede_render with LEDE_FORMAT_TEXT), and
 * "truncated" says whether the text in this format stopped at the output
 * budget. LEDE_FORMAT_JSON is ignored. */
LEDE_API void lede_options_set_text_format(lede_options *opts, lede_format fmt);
/* Which errors the body extraction leans against, for blocks at the edge
 * of the article (a short paragraph next to it, a caption, a sibling box
 * that scores low): BALANCED (the default) keeps what scores best on
 * F1; PRECISION leaves out more of them (less furniture, some article
 * text lost); RECALL keeps more (more of the article, more furniture).
 * Measured effect per dev set: docs/options.md. */
typedef enum {
    LEDE_FAVOR_BALANCED = 0,
    LEDE_FAVOR_PRECISION = 1,
    LEDE_FAVOR_RECALL = 2
} lede_favor;
LEDE_API void lede_options_set_favor(lede_options *opts, lede_favor favor);
/* Charset from the transport (HTTP Content-Type), or NULL. Copied. A
 * label lede does not know (see lede_charset_known) has no effect. */
LEDE_API void lede_options_set_charset(lede_options *opts, const char *charset);
/* 1 when charset is a label of the WHATWG Encoding Standard ("latin1",
 * "shift_jis") or a Content-Type value that carries one ("text/html;
 * charset=koi8-r"), that is, when lede_options_set_charset would use it;
 * else 0. For callers that want to warn about a typo. */
LEDE_API int lede_charset_known(const char *charset);

/* Extracts an article from len bytes of HTML. url (may be NULL) is the
 * page's address: base for relative links and a date hint. opts may be
 * NULL for defaults. On LEDE_OK *out holds a new article; on any other
 * status *out is NULL. LEDE_ERR_NO_CONTENT (the body has no text) still
 * gives an article (the metadata that was found, an empty text) so callers
 * can print what there is; its JSON record carries the error.
 * Compressed bytes are read as the page they hold: gzip (one member or
 * several) and zstd data, recognised by their first bytes, are
 * decompressed first, the result bounded by the max_bytes option
 * (LEDE_ERR_TOO_LARGE past it, so a decompression bomb costs no more
 * memory than that). A stream cut short gives its decoded prefix, with the
 * truncated flag set; one that does not decode, or that holds compressed
 * data again, is LEDE_ERR_NOT_HTML. */
LEDE_API lede_status lede_extract(const char *html, size_t len, const char *url,
                         const lede_options *opts, lede_article **out);
LEDE_API void lede_article_free(lede_article *art);

/* Joins the next page of a story split over several pages onto art (both
 * from lede_extract; next is usually the page at art's next_page): next's
 * body follows art's, art's next_page becomes next's, paywalled and
 * truncated are set when either page's are, text_source is "jsonld" when
 * either page's text came from JSON-LD, next's images follow art's (a
 * picture both pages show listed once), and quotes are found again over
 * the joined text. The other metadata stay art's; links in next's body are
 * made absolute against art's URL. art takes next over: free only art
 * (next must not be used or freed after LEDE_OK). An art that had no text
 * (LEDE_ERR_NO_CONTENT) is LEDE_OK once the joined text has some.
 * Returns LEDE_OK; LEDE_ERR_USAGE for NULL or next == art, LEDE_ERR_NOMEM:
 * then nothing was done (both articles as they were, next still yours). */
LEDE_API lede_status lede_article_join(lede_article *art, lede_article *next);

/* The article's fields: the one list every consumer is generated from (the
 * JSON renderer, the error record, the getters, the CLI's help, the Python
 * module's attributes). In the order of the JSON record, whose keys are
 * "source", then every field with in_record 1, then "error".
 *   X(ID, name, kind, in_record, doc)
 * ID gives the enum constant LEDE_FIELD_<ID>; name is the record key (and,
 * inside the library, the lede_article member that holds the value); kind
 * says which getter reads it:
 *   STRING  lede_article_field(): a string, or NULL when the page lacks it
 *   LIST    lede_article_list_count() / lede_article_list_item(): strings
 *   TEXT    lede_article_field(): a string that is never NULL ("" at worst)
 *   BOOL    lede_article_flag(): 0 or 1
 *   QUOTES, IMAGES, COMMENTS  lists of structured items, each with its
 *           own getters (lede_article_quote, _image, _comment) */
#define LEDE_FIELDS(X) \
    X(URL, url, STRING, 1, "canonical URL if the page declares one (absolute), else the given one") \
    X(TITLE, title, STRING, 1, "the headline as the page shows it (its visible h1, else the declared title without a \"| Site\" part)") \
    X(AUTHORS, authors, LIST, 1, "author names") \
    X(DATE, date, STRING, 1, "publication date, ISO 8601 (with time and offset when the page gives them)") \
    X(DATE_MODIFIED, date_modified, STRING, 1, "date of a distinct later update, ISO 8601 (null when the page states none or the same instant)") \
    X(SITENAME, sitename, STRING, 1, "name of the site") \
    X(LANGUAGE, language, STRING, 1, "BCP 47 tag (\"en\", \"pt-BR\"): declared, checked against the text") \
    X(DESCRIPTION, description, STRING, 1, "the summary the page declares") \
    X(IMAGE, image, STRING, 1, "absolute URL of the lead image") \
    X(PAGE_TYPE, page_type, STRING, 1, "\"article\", or another kind of page") \
    X(CATEGORIES, categories, LIST, 1, "categories (sections) the page declares") \
    X(TAGS, tags, LIST, 1, "tags (keywords) the page declares") \
    X(TEXT, text, TEXT, 1, "the body as plain text, one block (paragraph, heading, list item...) per line (the JSON record's: in the text format of the options)") \
    X(QUOTES, quotes, QUOTES, 1, "quotes with their speakers: text, field (\"title\" or \"text\"), start/end/spans (code points into that field), mention, speaker, cue, kind (null when turned off)") \
    X(TEXT_SOURCE, text_source, STRING, 1, "where text came from: \"dom\" (the page's markup) or \"jsonld\" (the JSON-LD articleBody, used when the markup's story is empty or under a third of it); null when there is no text") \
    X(PAYWALLED, paywalled, BOOL, 1, "true when the page declares its content not free (isAccessibleForFree false, article:content_tier locked or metered); false otherwise") \
    X(NEXT_PAGE, next_page, STRING, 1, "absolute URL of the article's next page (link rel=next, or a pager in or just after the body), or null") \
    X(IMAGES, images, IMAGES, 1, "the body's content images in order: src (absolute), alt, caption, credit (null where the page gives none); null when turned off") \
    X(COMMENTS, comments, COMMENTS, 1, "reader comments in order: author, date (ISO 8601), text (author and date null where the page gives none); null unless turned on") \
    X(TRUNCATED, truncated, BOOL, 1, "true when a limit (max_nodes, max_depth, the output budget of the text in its text format) cut the page short, or a compressed page's stream ended early") \
    X(CHARSET, charset, STRING, 0, "the encoding the page was decoded from (\"utf-8\", \"windows-1252\"...)")

typedef enum {
    LEDE_KIND_STRING,
    LEDE_KIND_LIST,
    LEDE_KIND_TEXT,
    LEDE_KIND_BOOL,
    LEDE_KIND_QUOTES, /* read with lede_article_quote_count / lede_article_quote */
    LEDE_KIND_IMAGES,  /* read with lede_article_image_count / lede_article_image */
    LEDE_KIND_COMMENTS /* read with lede_article_comment_count / lede_article_comment */
} lede_kind;

typedef enum {
#define LEDE_FIELD_ENUM_(id, name, kind, in_record, doc) LEDE_FIELD_##id,
    LEDE_FIELDS(LEDE_FIELD_ENUM_)
#undef LEDE_FIELD_ENUM_
    LEDE_FIELD_COUNT
} lede_field;

/* The field's record key ("date_modified"), kind and whether the JSON
 * record carries it; for bindings that discover the fields at run time.
 * NULL / -1 for a number out of range. */
LEDE_API const char *lede_field_name(lede_field field);
LEDE_API int lede_field_kind(lede_field field);
LEDE_API int lede_field_in_record(lede_field field);

/* A STRING or TEXT field; NULL when the page does not give it, and for the
 * other kinds. The text is rendered on the first call (thread-safe). */
LEDE_API const char *lede_article_field(const lede_article *art, lede_field field);
/* A LIST field: its length, and its i-th string (NULL past the end). 0 and
 * NULL for fields of other kinds. */
LEDE_API size_t lede_article_list_count(const lede_article *art, lede_field field);
LEDE_API const char *lede_article_list_item(const lede_article *art, lede_field field, size_t i);
/* A BOOL field: 0 or 1 (0 for fields of other kinds). truncated renders the
 * text first when no getter did (it is also set when the text stopped at
 * the renderers' output budget, 1 MiB + 8 x the input). */
LEDE_API int lede_article_flag(const lede_article *art, lede_field field);
/* Shorthands: the authors list, and the truncated flag. */
LEDE_API size_t lede_article_author_count(const lede_article *art);
LEDE_API const char *lede_article_author(const lede_article *art, size_t i);
LEDE_API int lede_article_truncated(const lede_article *art);

/* Quotes with their speakers (docs/quotes.md): the headline's first, then
 * the body's in the order of the text. A lede_quote is owned by its
 * article, like every string its getters return: valid until
 * lede_article_free(). */
typedef struct lede_quote lede_quote;
/* 1 when quotes were looked for (the option is on), else 0. */
LEDE_API int lede_article_has_quotes(const lede_article *art);
/* Number of quotes; 0 also when quotes were turned off. */
LEDE_API size_t lede_article_quote_count(const lede_article *art);
/* The i-th quote, NULL when i is out of range. */
LEDE_API const lede_quote *lede_article_quote(const lede_article *art, size_t i);
/* The quoted words: the spans' text joined by one space (direct quotes
 * without their quotation marks; mixed and indirect: the reported clause). */
LEDE_API const char *lede_quote_text(const lede_quote *q);
/* The speaker as written next to the cue ("Spokeswoman Tessa Marlow", "he",
 * "the campaign"), or NULL. */
LEDE_API const char *lede_quote_mention(const lede_quote *q);
/* The speaker resolved within the article to the fullest name it gives
 * ("he" -> "Martin O'Hallan", "Marlow" -> "Tessa Marlow"); NULL when the
 * article does not say. */
LEDE_API const char *lede_quote_speaker(const lede_quote *q);
/* The cue: "said", "told reporters", "according to", ":"; NULL when a quote
 * continues an earlier one's speaker. */
LEDE_API const char *lede_quote_cue(const lede_quote *q);
/* "direct" (fully quoted), "mixed" (partly quoted) or "indirect" (reported speech). */
LEDE_API const char *lede_quote_kind(const lede_quote *q);
/* Which of the record's strings the quote is in, and its spans index:
 * "text" (the body) or "title" (the headline: "Keller: “We will win”"). */
LEDE_API const char *lede_quote_field(const lede_quote *q);
/* Where the quote is in that string (lede_quote_field): spans in Unicode
 * code points, [start, end), several when a quote is interrupted by its
 * attribution or runs over paragraphs. */
LEDE_API size_t lede_quote_span_count(const lede_quote *q);
/* Span i into *start and *end (either may be NULL); 0 when out of range. */
LEDE_API int lede_quote_span(const lede_quote *q, size_t i, size_t *start, size_t *end);

/* The body's content images, in document order (docs/images.md): pictures
 * of the article, with the page's icons, tracking pixels, logos, avatars,
 * ads and everything outside the article left out. Owned by the article,
 * like the quotes. */
typedef struct lede_image lede_image;
/* 1 when images were looked for (the images switch, on by default), else 0. */
LEDE_API int lede_article_has_images(const lede_article *art);
/* Number of images (0 when the body has none, or images were turned off). */
LEDE_API size_t lede_article_image_count(const lede_article *art);
/* The i-th image, NULL when i is out of range. */
LEDE_API const lede_image *lede_article_image(const lede_article *art, size_t i);
/* The address, absolute (resolved against the page's base like the HTML
 * output's img src): the lazy-loading attribute (data-src...) when there
 * is one, else src, else the widest srcset or <picture> candidate. Never NULL. */
LEDE_API const char *lede_image_src(const lede_image *im);
/* The alt text, NULL when absent or empty. */
LEDE_API const char *lede_image_alt(const lede_image *im);
/* The caption: the figure's figcaption, or the caption line next to the
 * image, without its credit; NULL when there is none. */
LEDE_API const char *lede_image_caption(const lede_image *im);
/* The credit ("Photo: Jane Doe/Reuters", "(c) AP"), NULL when not given. */
LEDE_API const char *lede_image_credit(const lede_image *im);

/* Reader comments, in document order, when the comments switch is on
 * (docs/comments.md). Owned by the article. */
typedef struct lede_comment lede_comment;
/* 1 when comments were looked for (the switch is on), else 0. */
LEDE_API int lede_article_has_comments(const lede_article *art);
/* Number of comments; 0 also when they were not looked for. */
LEDE_API size_t lede_article_comment_count(const lede_article *art);
/* The i-th comment, NULL when i is out of range. */
LEDE_API const lede_comment *lede_article_comment(const lede_article *art, size_t i);
/* Its author as the page names it, or NULL. */
LEDE_API const char *lede_comment_author(const lede_comment *c);
/* Its date, ISO 8601 ("2024-03-04T15:12:00+01:00" or "2024-03-04"), or NULL. */
LEDE_API const char *lede_comment_date(const lede_comment *c);
/* Its text, one paragraph per line; never NULL. */
LEDE_API const char *lede_comment_text(const lede_comment *c);


/* Renders the article. For JSON, source is the "source" field (the path as
 * given, or "-"); it may be NULL. Returns a malloc'd NUL-terminated string
 * (caller frees) and its length in *len (if len is not NULL); NULL on OOM.
 * Output is bounded: at most about 1 MiB + 8 x the input's size (a page
 * whose rendering would be larger is cut at a node boundary, still
 * well-formed, and its JSON record says "truncated": true), and no URL in
 * it is longer than 8 KiB (longer links and images are left out). */
LEDE_API char *lede_render(const lede_article *art, lede_format fmt, const char *source, size_t *len);

/* Renders an error record as one line of JSON with the same keys as an
 * article's (source and url as given, the others null, [] or false) and
 * "error": {"code": name, "message": message}.
 * message may be NULL for the status's default. Caller frees. */
LEDE_API char *lede_render_error(lede_status st, const char *message, const char *source,
                        const char *url, size_t *len);

#ifdef __cplusplus
}
#endif

#endif

/* render.h: turning an extracted article into output bytes. All renderers
 * walk art->body without recursion and skip DOM_F_REMOVED subtrees. */
#ifndef LEDE_RENDER_H
#define LEDE_RENDER_H

#include "../core/buf.h"
#include "article.h"

/* The body renderers return 1 when they stopped at the output budget
 * (render_budget in render_int.h: 1 MiB + 8 x the input), else 0. */
/* Body as plain text: one block (paragraph, heading, list item, table row,
 * quote) per line, whitespace collapsed, no blank lines. */
int render_text(const lede_article *art, buf *out);
/* "# title\n\n" then the body as Markdown: headings, lists, quotes, tables, code. */
int render_markdown(const lede_article *art, buf *out);
/* The body as clean, minimal HTML. */
int render_html(const lede_article *art, buf *out);
/* The body in a body format (LEDE_FORMAT_TEXT, _MARKDOWN or _HTML) into
 * out; returns 1 when it stopped at the output budget, and notes it in
 * the article's render_memo. */
int render_body(const lede_article *art, lede_format fmt, buf *out);
/* 1 when the body in fmt stops at the output budget: from render_memo
 * when it was rendered, else rendered now (and thrown away). */
int render_body_cut(const lede_article *art, lede_format fmt);
/* The YAML front matter block ("---" ... "---\n\n") of the Markdown
 * output (front_matter.c). */
void render_front_matter(const lede_article *art, buf *out);
/* The body text kept with the article (src/render/text_cache.c): rendered
 * on the first call and published atomically, so a const article may be
 * read from many threads; NULL only when out of memory. *len and *cut (the
 * render stopped at the output budget) may be NULL. */
const char *render_text_cached(const lede_article *art, size_t *len, int *cut);
/* The kept text if some call already rendered it, else NULL. */
const char *render_text_peek(const lede_article *art, size_t *len, int *cut);
/* Frees the kept text (lede_article_free). */
void render_text_cache_free(lede_article *art);
/* Makes every image's src absolute (art->images, as the body stage wrote
 * it) with the HTML renderer's rules: resolved against the page's base,
 * links that lead nowhere (javascript:, data:, over LEDE_URL_MAX) dropped
 * with their image, and an address seen before dropped too (a picture
 * shown twice, a lazy copy beside its original). The list stops at a
 * quarter of the output budget (render_budget: 1 MiB + 8 x the input) and
 * the article is then flagged truncated. 0, or -1 on allocation failure. */
int render_resolve_images(lede_article *art);
/* Drops every image whose src equals an earlier one's (a picture shown
 * twice), keeping the order, in linear time; returns the new count, or
 * (size_t)-1 on allocation failure with l unchanged. */
size_t render_images_unique(article_image *l, size_t n);
/* One-line JSON record (see README "Record format"). source may be NULL. */
void render_json(const lede_article *art, const char *source, buf *out);
/* An error record: the article record's keys, all empty but url, then
 * "error": {"code", "message"}. */
void render_json_error(const char *code, const char *message, const char *source,
                       const char *url, buf *out);
/* Appends s as a JSON string literal (quoted, escaped); NULL gives null. */
void json_put_string(buf *out, const char *s);

#endif

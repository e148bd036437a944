/* test_comments.c: reader comments through the public getters and the
 * comments switch: off by default (null), authors and dates read, nested
 * replies in order, and a thread of many comments stays linear. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

static const char *const ARTICLE =
    "<html><body><article><h1>Mill</h1><p>The council voted on Tuesday to restore the tidal mill that "
    "stood idle on the harbour for more than sixty years, ending a long dispute over its future.</p>"
    "<p>Work starts next spring once engineers have surveyed the sluice gates of the old building.</p>"
    "</article>";

TEST(comments_getters_and_switch)
{
    char page[4096];
    snprintf(page, sizeof page,
             "%s<div id='comments'><ol class='comment-list'><li class='comment'>"
             "<div class='comment-author'><cite class='fn'>Ann</cite> says:</div>"
             "<time datetime='2024-05-14T09:12:00Z'>May 14</time><div class='comment-content'><p>First.</p>"
             "<p>Second line.</p></div><ol class='children'><li class='comment'><span class='comment-author'>Bo"
             "</span><p>A reply.</p><a href='#respond'>Reply</a></li></ol></li></ol></div></body></html>",
             ARTICLE);
    lede_article *art = NULL;
    lede_extract(page, strlen(page), NULL, NULL, &art);
    CHECK(art && !lede_article_has_comments(art) && lede_article_comment_count(art) == 0);
    char *json = lede_render(art, LEDE_FORMAT_JSON, NULL, NULL);
    CHECK(json && strstr(json, "\"comments\":null"));
    free(json);
    lede_article_free(art);

    lede_options *o = lede_options_new();
    lede_options_set_comments(o, 1);
    lede_extract(page, strlen(page), NULL, o, &art);
    CHECK(art && lede_article_has_comments(art));
    CHECK(lede_article_comment_count(art) == 2);
    const lede_comment *a = lede_article_comment(art, 0), *b = lede_article_comment(art, 1);
    CHECK_STR(lede_comment_author(a), "Ann");
    CHECK_STR(lede_comment_date(a), "2024-05-14T09:12:00Z");
    CHECK_STR(lede_comment_text(a), "First.\nSecond line.");
    CHECK_STR(lede_comment_author(b), "Bo");
    CHECK(lede_comment_date(b) == NULL);
    CHECK_STR(lede_comment_text(b), "A reply.");
    CHECK(lede_article_comment(art, 2) == NULL && lede_comment_text(NULL) == NULL);
    CHECK(lede_field_kind(LEDE_FIELD_COMMENTS) == LEDE_KIND_COMMENTS);
    lede_article_free(art);
    lede_options_free(o);
}

/* A comment without a date of its own whose box holds two replies, side
 * by side with no text between them: each reply's <time> is the reply's,
 * never the parent's (the date walk skipped the first reply, then read
 * into the second). */
TEST(comments_date_not_from_a_reply)
{
    char page[4096];
    snprintf(page, sizeof page,
             "%s<div id='comments'><ol class='comment-list'><li class='comment'><span class='comment-author'>Ann</span>"
             "<p>Good news for the harbour at last.</p>"
             "<div class='comment'><span class='comment-author'>Bob</span><time datetime='2024-03-02'>2 March</time>"
             "<p>Agreed, about time.</p></div>"
             "<div class='comment'><span class='comment-author'>Cy</span><time datetime='2024-03-03'>3 March</time>"
             "<p>Not for the fares.</p></div></li></ol></div></body></html>",
             ARTICLE);
    lede_options *o = lede_options_new();
    lede_options_set_comments(o, 1);
    lede_article *art = NULL;
    lede_extract(page, strlen(page), NULL, o, &art);
    CHECK(art && lede_article_comment_count(art) == 3);
    const lede_comment *ann = lede_article_comment(art, 0), *cy = lede_article_comment(art, 2);
    CHECK_STR(lede_comment_author(ann), "Ann");
    CHECK(lede_comment_date(ann) == NULL);
    CHECK_STR(lede_comment_text(ann), "Good news for the harbour at last.");
    CHECK_STR(lede_comment_date(lede_article_comment(art, 1)), "2024-03-02");
    CHECK_STR(lede_comment_author(cy), "Cy");
    CHECK_STR(lede_comment_date(cy), "2024-03-03");
    lede_article_free(art);
    lede_options_free(o);
}

/* A page of n comments, closed (a thread) or not (each box holds all the
 * later ones: hostile nesting, capped at the depth limit). */
static char *thread(size_t n, int closed, size_t *len)
{
    size_t cap = n * 120 + 4096;
    char *page = malloc(cap);
    if (!page)
        return NULL;
    *len = (size_t)snprintf(page, cap, "%s<div id='comments'>", ARTICLE);
    for (size_t i = 0; i < n; i++)
        *len += (size_t)snprintf(page + *len, cap - *len,
                                 "<div class='comment'><b class='fn'>u%zu</b><p>comment number %zu</p>%s", i, i,
                                 closed ? "</div>" : "");
    *len += (size_t)snprintf(page + *len, cap - *len, "</div></body></html>");
    return page;
}

TEST(comments_many_linear)
{
    size_t n = 20000, len = 0;
    lede_options *o = lede_options_new();
    lede_options_set_comments(o, 1);
    char *page = thread(n, 1, &len);
    CHECK(page != NULL);
    lede_article *art = NULL;
    if (page)
        lede_extract(page, len, NULL, o, &art);
    CHECK(art && lede_article_comment_count(art) == n);
    CHECK_STR(lede_comment_author(lede_article_comment(art, n - 1)), "u19999");
    CHECK_STR(lede_comment_text(lede_article_comment(art, n - 1)), "comment number 19999");
    lede_article_free(art);
    free(page);
    /* unclosed: every box holds the rest; one record, bounded work */
    page = thread(n, 0, &len);
    art = NULL;
    if (page)
        lede_extract(page, len, NULL, o, &art);
    CHECK(art != NULL && lede_article_comment_count(art) <= n);
    lede_article_free(art);
    free(page);
    lede_options_free(o);
}

/* test_images.c: the body's content images through the public getters
 * (lede_article_image*): order, absolute addresses, the lazy and srcset
 * choices, captions and credits, and a page of many images (the
 * duplicate check stays linear). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

static const char *const PROSE =
    "<p>The council voted on Tuesday to restore the tidal mill that stood idle on the harbour for more "
    "than sixty years, ending a long dispute over the building and its future on the quay.</p>";

static lede_article *extract_str(const char *html, const char *url)
{
    lede_article *art = NULL;
    lede_extract(html, strlen(html), url, NULL, &art);
    return art;
}

TEST(images_getters)
{
    char page[4096];
    snprintf(page, sizeof page,
             "<html><body><article><h1>Mill</h1>%s"
             "<figure><img data-src='/a.jpg' src='data:image/gif;base64,R0l' alt=' The  mill '>"
             "<figcaption>The mill. <span class='credit'>Photo: Jan Roe</span></figcaption></figure>%s"
             "<p><img srcset='b-300.jpg 300w, b-900.jpg 900w, b-600.jpg 600w'></p>%s"
             "<p><img src='/a.jpg'></p><img src='/icons/x.png' width='16' height='16'>%s</article></body></html>",
             PROSE, PROSE, PROSE, PROSE);
    lede_article *art = extract_str(page, "https://example.org/news/x.html");
    CHECK(art != NULL);
    CHECK(lede_article_image_count(art) == 2); /* the second /a.jpg is the same picture; the icon is none */
    const lede_image *a = lede_article_image(art, 0), *b = lede_article_image(art, 1);
    CHECK_STR(lede_image_src(a), "https://example.org/a.jpg");
    CHECK_STR(lede_image_alt(a), "The mill");
    CHECK_STR(lede_image_caption(a), "The mill.");
    CHECK_STR(lede_image_credit(a), "Photo: Jan Roe");
    CHECK_STR(lede_image_src(b), "https://example.org/news/b-900.jpg");
    CHECK(lede_image_alt(b) == NULL && lede_image_caption(b) == NULL && lede_image_credit(b) == NULL);
    CHECK(lede_article_image(art, 2) == NULL);
    CHECK(lede_image_src(NULL) == NULL);
    CHECK(lede_field_kind(LEDE_FIELD_IMAGES) == LEDE_KIND_IMAGES);
    CHECK(lede_article_list_count(art, LEDE_FIELD_IMAGES) == 0);
    char *json = lede_render(art, LEDE_FORMAT_JSON, "x", NULL);
    CHECK(json && strstr(json, "\"images\":[{\"src\":\"https://example.org/a.jpg\",\"alt\":\"The mill\","
                                "\"caption\":\"The mill.\",\"credit\":\"Photo: Jan Roe\"},"));
    free(json);
    lede_article_free(art);
    CHECK(lede_article_image_count(NULL) == 0 && lede_article_image(NULL, 0) == NULL);
    char *err = lede_render_error(LEDE_ERR_EMPTY, NULL, "x", NULL, NULL);
    CHECK(err && strstr(err, "\"images\":[]"));
    free(err);
}

TEST(images_dead_links_and_many)
{
    /* javascript: and data: addresses lead nowhere: no image; 20,000
     * distinct images and 20,000 copies of one stay linear */
    size_t n = 20000, cap = n * 64 + 4096, len = 0;
    char *page = malloc(cap);
    CHECK(page != NULL);
    if (!page)
        return;
    len += (size_t)snprintf(page + len, cap - len, "<html><body><article>%s<p><img src='javascript:alert(1)'>"
                            "<img src='data:image/png;base64,AAA'></p>%s", PROSE, PROSE);
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(page + len, cap - len, "<img src='/p/%zu.jpg'><img src='/same.jpg'>", i);
    len += (size_t)snprintf(page + len, cap - len, "%s</article></body></html>", PROSE);
    lede_article *art = NULL;
    lede_extract(page, len, "https://example.org/", NULL, &art);
    CHECK(art != NULL);
    CHECK(lede_article_image_count(art) == n + 1);
    CHECK_STR(lede_image_src(lede_article_image(art, 0)), "https://example.org/p/0.jpg");
    CHECK_STR(lede_image_src(lede_article_image(art, 1)), "https://example.org/same.jpg");
    CHECK_STR(lede_image_src(lede_article_image(art, n)), "https://example.org/p/19999.jpg");
    lede_article_free(art);
    free(page);
}

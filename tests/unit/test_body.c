/* test_body.c: unit tests of the body extractor through the public API:
 * what it keeps and drops on small pages made for one rule each (the
 * phrase tables are checked by test_words.c). The golden cases (tests/golden)
 * cover whole realistic pages. */
#include <stdlib.h>
#include <string.h>

#include "body/body.h"
#include "harness.h"
#include "lede.h"

static char *body_text(const char *html)
{
    lede_article *art = NULL;
    if (lede_extract(html, strlen(html), NULL, NULL, &art) != LEDE_OK)
        return NULL;
    char *t = lede_render(art, LEDE_FORMAT_TEXT, NULL, NULL);
    lede_article_free(art);
    return t;
}

#define PROSE1 "<p>The council met on Monday evening to discuss the new budget, which includes money for roads, schools and the library.</p>"
#define PROSE2 "<p>Several residents spoke against the plan, saying that the rise in local taxes would hurt families already struggling with bills.</p>"
#define PROSE3 "<p>The mayor said a final vote would take place next month, after a public consultation that opens on Friday and runs for four weeks.</p>"

TEST(body_keeps_article_drops_nav_and_footer)
{
    char *t = body_text("<html><body><nav><a href=/>Home</a><a href=/n>News</a></nav><article>" PROSE1 PROSE2
                        PROSE3 "</article><footer>Copyright 2024 Example Media</footer></body></html>");
    CHECK(t && strstr(t, "The council met"));
    CHECK(t && strstr(t, "The mayor said"));
    CHECK(t && !strstr(t, "Home"));
    CHECK(t && !strstr(t, "Copyright"));
    free(t);
}

TEST(body_drops_read_more_and_here_lines)
{
    char *t = body_text("<article>" PROSE1 "<p>Read more: <a href=/x>Budget talks stall</a></p>" PROSE2
                        "<p>Read the full report <a href=/r.pdf>here</a>.</p>" PROSE3 "</article>");
    CHECK(t && strstr(t, "Several residents"));
    CHECK(t && !strstr(t, "Budget talks stall"));
    CHECK(t && !strstr(t, "full report"));
    free(t);
}

TEST(body_comment_heading_takes_the_discussion)
{
    char *t = body_text("<article>" PROSE1 PROSE2 PROSE3
                        "<h3>Comments (2)</h3><div><b>ann</b> wrote: I think the council is wrong about this.</div>"
                        "<div><b>bob</b> wrote: Agreed, the taxes are too high already for most of us.</div></article>");
    CHECK(t && strstr(t, "The mayor said"));
    CHECK(t && !strstr(t, "Comments"));
    CHECK(t && !strstr(t, "council is wrong"));
    free(t);
}

TEST(body_drops_caption_box_and_byline_line)
{
    char *t = body_text("<article><div class=meta>By Jane Doe and John Roe</div>" PROSE1
                        "<div><img src=a.jpg><span>The town hall on Monday. Photo: Agency</span></div>" PROSE2
                        PROSE3 "</article>");
    CHECK(t && strstr(t, "The council met"));
    CHECK(t && !strstr(t, "Jane Doe"));
    CHECK(t && !strstr(t, "town hall on Monday"));
    free(t);
}

TEST(body_hidden_class_is_a_whole_word)
{
    /* "tw-overflow-hidden" styles overflow; it does not hide the article */
    char *t = body_text("<body><main class=\"tw-overflow-hidden\">" PROSE1 PROSE2 PROSE3
                        "</main><div class=hidden>secret text that is not shown to readers at all</div></body>");
    CHECK(t && strstr(t, "The council met"));
    CHECK(t && !strstr(t, "secret text"));
    free(t);
}

TEST(body_noscript_prose_is_grafted)
{
    char *t = body_text("<body><div id=app></div><noscript><div>" PROSE1 PROSE2 PROSE3
                        "</div></noscript></body>");
    CHECK(t && strstr(t, "The council met"));
    CHECK(t && strstr(t, "The mayor said"));
    free(t);
}

TEST(body_soft_hyphens_dropped)
{
    char *t = body_text("<article><p>Ver\xC2\xADhand\xC2\xADlun\xC2\xADgen: the council met on Monday evening "
                        "to discuss the new budget, which includes money for roads.</p>" PROSE2 PROSE3 "</article>");
    CHECK(t && strstr(t, "Verhandlungen"));
    free(t);
}

/* A line that is only a slide or step counter is furniture; a fraction
 * or a document number on a line of its own is not a counter. */
TEST(body_drops_counter_lines_not_fractions)
{
    char *t = body_text("<html><body><article>" PROSE1 "<p>3/44</p>" PROSE2 "<p>Bild 2 von 9</p>" PROSE3
                        "<p>1/2</p><p>89/2022</p></article></body></html>");
    CHECK(t && strstr(t, "The council met") && strstr(t, "The mayor said"));
    CHECK(t && !strstr(t, "3/44") && !strstr(t, "Bild 2 von 9"));
    CHECK(t && strstr(t, "1/2") && strstr(t, "89/2022"));
    free(t);
}

/* Hidden elements and ARIA furniture roles, read in one pass over each
 * element's attributes: every kind goes, aria-hidden="false" and a role
 * that is not furniture stay. */
TEST(body_drops_hidden_and_role_furniture)
{
    char *t = body_text("<html><body><article>" PROSE1
                        "<div hidden>Hidden by attribute, this sentence explains the budget in more detail.</div>"
                        "<div aria-hidden=\"true\">Hidden from readers, this sentence repeats the budget figures once more.</div>"
                        "<div style=\"color:red; DISPLAY: none\">Hidden by style, this sentence describes the library plans at length.</div>"
                        "<div role=\"navigation\" class=\"x\">Role navigation line, this sentence lists the other sections of the site.</div>"
                        "<div aria-hidden=\"false\" role=\"note\">Shown to readers, this note says how the council drew up the budget this year.</div>" PROSE2
                        PROSE3 "</article></body></html>");
    CHECK(t && strstr(t, "The council met"));
    CHECK(t && !strstr(t, "Hidden by attribute"));
    CHECK(t && !strstr(t, "Hidden from readers"));
    CHECK(t && !strstr(t, "Hidden by style"));
    CHECK(t && !strstr(t, "Role navigation"));
    CHECK(t && strstr(t, "Shown to readers"));
    free(t);
}

/* Prompt phrases open a block as whole words, a plural s allowed:
 * "Pingbacks", "Volver al inicio" and "Subscribed to ...?" still go (the
 * golden case body_prompt_phrase_whole_words keeps "Subscribers will
 * pay ..."). */
TEST(body_prompt_phrases_whole_words_keep_their_forms)
{
    char *t = body_text("<html><body><article>" PROSE1 PROSE2 PROSE3
                        "<p>Pingbacks are closed.</p><p>Volver al inicio</p>"
                        "<p>Subscribed to the print edition? Register to read online.</p>"
                        "</article></body></html>");
    CHECK(t && strstr(t, "The council met") && strstr(t, "The mayor said"));
    CHECK(t && !strstr(t, "Pingbacks"));
    CHECK(t && !strstr(t, "Volver al"));
    CHECK(t && !strstr(t, "Subscribed to"));
    free(t);
}

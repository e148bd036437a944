/* schema.c (words): the schema.org types lede reads a JSON-LD object as
 * (src/meta/jsonld.c), lower-case, sorted bytewise, matched whole and
 * ASCII case-insensitively (words_exact_ci) against the short @type
 * ("NewsArticle", "https://schema.org/NewsArticle" -> "newsarticle"). */
#include "words.h"

#define TABLE(name) const words_table words_schema_##name = {"schema_" #name, name, sizeof name / sizeof *name}

/* Types of a story: the first object of one of them is the article. */
static const char *const article_types[] = {
    "advertisercontentarticle", "analysisnewsarticle", "apireference", "article",
    "askpublicnewsarticle", "backgroundnewsarticle", "blog", "blogposting", "creativework",
    "discussionforumposting", "howto", "liveblogposting", "medicalscholarlyarticle", "newsarticle",
    "opinionnewsarticle", "posting", "recipe", "report", "reportagenews", "review",
    "reviewnewsarticle", "satiricalarticle", "scholarlyarticle", "socialmediaposting", "story",
    "techarticle",
};
TABLE(article_types);

/* Types of a forum's post: its author is the member who posted, signed
 * with the login name the forum shows (src/meta/author_pick.c,
 * forum_login). */
static const char *const forum_types[] = {
    "discussionforumposting",
};
TABLE(forum_types);

/* Page types: such an object stands in for the article when it carries a
 * headline, a date or an author. */
static const char *const page_types[] = {
    "aboutpage", "collectionpage", "faqpage", "itempage", "medicalwebpage", "profilepage", "qapage",
    "searchresultspage", "videoobject", "webpage",
};
TABLE(page_types);

/* Organisation types: an author object of one of them is a company, a
 * paper, an institution, not a person who wrote (src/meta/author_pick.c
 * reads such an author like the site's own name). */
static const char *const org_types[] = {
    "corporation", "educationalorganization", "governmentorganization", "localbusiness",
    "medicalorganization", "newsmediaorganization", "ngo", "organization",
};
TABLE(org_types);

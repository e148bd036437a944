/* classes.c (words): words of class and id attribute values, lower-case
 * ASCII, sorted bytewise. The metadata stage (src/meta/furniture.c) splits
 * each class token into words at '-' and '_' and matches each word,
 * ASCII case folded: prefix tables with words_prefix, exact ones with
 * words_exact. */
#include "words.h"

#define TABLE(name) const words_table words_class_##name = {"class_" #name, name, sizeof name / sizeof *name}

/* Words that mark page furniture around the story: a date or byline there
 * belongs to a comment, a teaser or a list of other stories. A prefix
 * matches longer words too ("comments", "relatedposts"). */
static const char *const furniture_prefixes[] = {
    "breadcrumb", "carousel", "comment", "discussion", "mostread", "newsletter", "popular", "readnext",
    "recommend", "related", "reply", "respond", "sidebar", "similar", "slider", "teaser", "trending",
};
TABLE(furniture_prefixes);

/* Furniture words matched only whole: "promo" but not "promoted", a flag
 * many CMSs put on the article itself. */
static const char *const furniture_words[] = {"also", "latest", "menu", "more", "most", "nav", "promo", "widgets"};
TABLE(furniture_words);

/* Words of the comment section: a date there is a reader's, never the
 * story's, even in the loose pass that otherwise ignores class words. */
static const char *const comment_prefixes[] = {"comment", "discussion", "disqus", "reply", "respond"};
TABLE(comment_prefixes);

/* jsonld.h: reading schema.org JSON-LD (parsed by json.h) into the fields
 * lede needs. Handles top-level arrays, @graph, @id references, @type
 * arrays and full IRIs ("http://schema.org/NewsArticle"), authors as
 * strings, objects or arrays, and publisher names. */
#ifndef LEDE_EXTRACT_JSONLD_H
#define LEDE_EXTRACT_JSONLD_H

#include "core/arena.h"
#include "article.h"
#include "json.h"

typedef struct jsonld_info {
    const char *type;          /* short @type of the main object ("NewsArticle") */
    int is_article;            /* main object is an Article kind */
    const char *headline;      /* main object's headline */
    const char *name;          /* main object's name */
    const char *date_published, *date_created, *date_modified;
    const char *description, *image, *url, *language;
    const char *publisher;     /* publisher / sourceOrganization name */
    const char *website;       /* name of a WebSite object */
    str_list authors;          /* raw author names, in order */
    size_t authors_org;        /* how many of them an object typed as an organisation gave
                                  (words_schema_org_types): a company or a paper, no person */
    str_list sections, keywords;
    str_list all_dates;        /* every date*-valued string of any object (for time zones) */
    const char *article_body;  /* the main object's articleBody as the JSON gives it (markup,
                                  entities and line breaks kept: body/jsonld_body.c reads it) */
    int not_free;              /* the main object, the page object or a part of the main
                                  object says isAccessibleForFree: false */
    const char *paywall_selector; /* cssSelector of a part declared not free, or NULL */
} jsonld_info;

/* Extracts from the parsed scripts roots[0..n). Strings are arena-owned
 * and HTML-unescaped, whitespace collapsed. Returns 0, -1 on OOM. */
int jsonld_extract(arena *a, json_value *const *roots, size_t n, jsonld_info *out);

#endif

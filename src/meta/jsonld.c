/* jsonld.c: choosing the main schema.org object of a page and reading its
 * fields (see jsonld.h). The main object is the first Article-like object
 * (NewsArticle, BlogPosting, ...), else the first WebPage-like one that has
 * a headline or a date, because that is where publishers put the story's
 * metadata; @graph-style pages link authors and publishers by @id. */
#include "jsonld.h"

#include <string.h>

#include "text.h"
#include "words/words.h"

/* Objects considered per page; real pages have < 30, this bounds hostile ones. */
#define JSONLD_MAX_OBJECTS 256

typedef struct jctx {
    arena *a;
    const json_value *objs[JSONLD_MAX_OBJECTS];
    size_t nobjs;
} jctx;

/* A top-level object that says "type" for "@type" ({"@context":
 * "http://schema.org", "type": "Article", "datePublished": ...}): a
 * template's slip that schema.org's own validator flags, but the object
 * is still the page's article. Only beside "@context", where no other
 * vocabulary's "type" key is meant. */
static const json_value *plain_type(const json_value *v)
{
    const json_value *t = json_get(v, "@context") && !json_get(v, "@type") ? json_get(v, "type") : NULL;
    return t && (t->type == JSON_STR || t->type == JSON_ARR) ? t : NULL;
}

static void collect(jctx *c, const json_value *v, int depth)
{
    if (!v || depth > 6 || c->nobjs >= JSONLD_MAX_OBJECTS)
        return;
    if (v->type == JSON_ARR) {
        for (size_t i = 0; i < v->len; i++)
            collect(c, v->items[i], depth + 1);
        return;
    }
    if (v->type != JSON_OBJ)
        return;
    if (json_get(v, "@type") || json_get(v, "@id") || plain_type(v))
        c->objs[c->nobjs++] = v;
    const json_value *g = json_get(v, "@graph");
    if (g)
        collect(c, g, depth + 1);
    /* A WebPage often wraps the story: {"@type":"WebPage","mainEntity":{...}} */
    const json_value *me = json_get(v, "mainEntity");
    if (me && (me->type == JSON_OBJ || me->type == JSON_ARR))
        collect(c, me, depth + 1);
}

/* Short type name: last path segment of an IRI, "schema:" prefix dropped. */
static const char *short_type(const char *t)
{
    const char *s = strrchr(t, '/');
    if (s)
        t = s + 1;
    s = strrchr(t, ':');
    if (s)
        t = s + 1;
    return t;
}

/* obj's first short @type (it may list several) that is in `types`
 * (src/words/schema.c), or, with types NULL, that is exactly name; NULL
 * when none is. */
static const char *find_type(const json_value *obj, const words_table *types, const char *name)
{
    const json_value *t = json_get(obj, "@type");
    if (!t)
        t = plain_type(obj);
    if (!t)
        return NULL;
    size_t cnt = t->type == JSON_ARR ? t->len : 1;
    for (size_t i = 0; i < cnt; i++) {
        const json_value *ti = t->type == JSON_ARR ? t->items[i] : t;
        if (!ti || ti->type != JSON_STR)
            continue;
        const char *st = short_type(ti->str);
        if (types ? words_exact_ci(types, st) : strcmp(st, name) == 0)
            return st;
    }
    return NULL;
}

/* 1 when one of obj's short @types is in `types`; *which is set to it. */
static int type_in(const json_value *obj, const words_table *types, const char **which)
{
    const char *st = find_type(obj, types, NULL);
    if (st)
        *which = st;
    return st != NULL;
}

/* Follows {"@id": "..."} to the full object with that @id, if any. */
static const json_value *deref(const jctx *c, const json_value *v)
{
    if (!v || v->type != JSON_OBJ)
        return v;
    const json_value *id = json_get(v, "@id");
    if (!id || id->type != JSON_STR || json_get(v, "name") || json_get(v, "@type"))
        return v;
    for (size_t i = 0; i < c->nobjs; i++) {
        const json_value *o = c->objs[i];
        if (o == v)
            continue;
        const json_value *oid = json_get(o, "@id");
        if (oid && oid->type == JSON_STR && strcmp(oid->str, id->str) == 0 && o->len > 1)
            return o;
    }
    return v;
}

static const char *clean(jctx *c, const char *s)
{
    if (!s)
        return NULL;
    const char *u = meta_unescape(c->a, s);
    /* A string that was escaped and still holds a reference after one
     * pass was escaped twice ("&amp;quot;", "&amp;amp;": a CMS that
     * escapes the field and then the script), as meta values are decoded
     * by the parser and once more (kv_add in metadata.c); a string with
     * no escape at all keeps its '&' as written ("AT&T"). */
    if (u && u != s && strchr(u, '&'))
        u = meta_unescape(c->a, u);
    if (u == s)
        u = meta_collapse(c->a, s, strlen(s));
    return (u && *u) ? u : NULL;
}

/* String value of key; for arrays the first string; for objects their
 * "name" / "url" / "@value". */
static const char *get_str(jctx *c, const json_value *obj, const char *key)
{
    const json_value *v = deref(c, json_get(obj, key));
    if (v && v->type == JSON_ARR && v->len)
        v = deref(c, v->items[0]);
    if (!v)
        return NULL;
    if (v->type == JSON_OBJ) {
        const json_value *n = json_get(v, "@value");
        if (!n)
            n = json_get(v, "name");
        if (!n)
            n = json_get(v, "url");
        v = n;
    }
    if (!v || (v->type != JSON_STR && v->type != JSON_NUM))
        return NULL;
    return clean(c, v->str);
}

/* Image: a URL string, an ImageObject {url|contentUrl}, or an array of them. */
static const char *get_image(jctx *c, const json_value *obj)
{
    const json_value *v = deref(c, json_get(obj, "image"));
    if (!v)
        v = deref(c, json_get(obj, "thumbnailUrl"));
    if (v && v->type == JSON_ARR && v->len)
        v = deref(c, v->items[0]);
    if (v && v->type == JSON_OBJ) {
        const json_value *u = json_get(v, "url");
        if (!u)
            u = json_get(v, "contentUrl");
        v = u;
        if (v && v->type == JSON_ARR && v->len)
            v = v->items[0];
    }
    return v && v->type == JSON_STR ? clean(c, v->str) : NULL;
}

static int push_names(jctx *c, const json_value *v, str_list *out, size_t *org, int depth)
{
    v = deref(c, v);
    if (!v || depth > 3)
        return 0;
    if (v->type == JSON_ARR) {
        for (size_t i = 0; i < v->len; i++)
            if (push_names(c, v->items[i], out, org, depth + 1) < 0)
                return -1;
        return 0;
    }
    const char *s = NULL;
    if (v->type == JSON_STR) {
        /* An author object written out once more as a string ("author":
         * "{ \"@type\":\"Person\", \"name\":\"Jane Doe\" }"): parsed and
         * read as the object it holds, so its own "name" counts, not one
         * nested deeper (worksFor's, image's). A string that opens with '{'
         * and does not parse is no name. */
        const char *t = v->str;
        while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
            t++;
        if (*t == '{') {
            int oom = 0;
            const json_value *o = json_parse(c->a, t, strlen(t), &oom);
            if (oom)
                return -1;
            return o && o->type == JSON_OBJ ? push_names(c, o, out, org, depth + 1) : 0;
        }
        s = v->str;
    } else if (v->type == JSON_OBJ) {
        const json_value *n = json_get(v, "name");
        if (n && n->type == JSON_ARR && n->len)
            n = n->items[0];
        if (n && n->type == JSON_STR)
            s = n->str;
        else {
            /* Person written as givenName + familyName */
            const json_value *g = json_get(v, "givenName"), *f = json_get(v, "familyName");
            if (g && f && g->type == JSON_STR && f->type == JSON_STR) {
                size_t gl = strlen(g->str), fl = strlen(f->str);
                char *t = arena_alloc(c->a, gl + fl + 2);
                if (!t)
                    return -1;
                memcpy(t, g->str, gl);
                t[gl] = ' ';
                memcpy(t + gl + 1, f->str, fl + 1);
                s = t;
            }
        }
    }
    s = clean(c, s);
    if (s && !str_list_push(c->a, out, s))
        return -1;
    /* typed as an organisation and not also as a Person: a site that
     * represents one person types her ["Person", "Organization"] */
    if (s && org && v->type == JSON_OBJ && find_type(v, &words_schema_org_types, NULL) && !find_type(v, NULL, "Person"))
        (*org)++;
    return 0;
}

/* Keywords: an array of strings or one comma-separated string. */
static int push_list(jctx *c, const json_value *v, str_list *out, int split)
{
    if (!v)
        return 0;
    size_t cnt = v->type == JSON_ARR ? v->len : 1;
    for (size_t i = 0; i < cnt && i < 64; i++) {
        const json_value *it = v->type == JSON_ARR ? v->items[i] : v;
        if (!it || it->type != JSON_STR)
            continue;
        const char *s = it->str;
        while (*s) {
            size_t l = split ? strcspn(s, ",") : strlen(s);
            char *t = meta_collapse(c->a, s, l);
            if (!t)
                return -1;
            const char *u = meta_unescape(c->a, t);
            if (u && *u && !str_list_push(c->a, out, u))
                return -1;
            s += l;
            if (*s)
                s++;
        }
    }
    return 0;
}

/* 1 when v says "not free": false, or the strings "false" / "False" that
 * many publishers write. */
static int is_false(const json_value *v)
{
    if (!v)
        return 0;
    if (v->type == JSON_BOOL)
        return !v->boolean;
    return v->type == JSON_STR && meta_ieq(v->str, "false");
}

/* schema.org's paywall markup: isAccessibleForFree: false on the article
 * (or its page), and on the parts ("hasPart": WebPageElement objects with
 * a cssSelector) that are behind the paywall. */
static void read_paywall(jctx *c, const json_value *obj, jsonld_info *out)
{
    if (!obj)
        return;
    if (is_false(json_get(obj, "isAccessibleForFree")))
        out->not_free = 1;
    const json_value *parts = json_get(obj, "hasPart");
    size_t cnt = parts && parts->type == JSON_ARR ? parts->len : 1;
    for (size_t i = 0; parts && i < cnt && i < 16; i++) {
        const json_value *p = deref(c, parts->type == JSON_ARR ? parts->items[i] : parts);
        if (!p || p->type != JSON_OBJ || !is_false(json_get(p, "isAccessibleForFree")))
            continue;
        out->not_free = 1;
        const json_value *sel = json_get(p, "cssSelector");
        if (!out->paywall_selector && sel && sel->type == JSON_STR && sel->len)
            out->paywall_selector = sel->str;
    }
}

int jsonld_extract(arena *a, json_value *const *roots, size_t n, jsonld_info *out)
{
    jctx c;
    c.a = a;
    c.nobjs = 0;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < n; i++)
        collect(&c, roots[i], 0);
    const json_value *main = NULL, *page = NULL;
    for (size_t i = 0; i < c.nobjs; i++) {
        const char *which = NULL;
        if (!main && type_in(c.objs[i], &words_schema_article_types, &which)) {
            main = c.objs[i];
            out->type = which;
            out->is_article = 1;
        }
        if (!page && type_in(c.objs[i], &words_schema_page_types, &which) &&
            (json_get(c.objs[i], "headline") || json_get(c.objs[i], "datePublished") ||
             json_get(c.objs[i], "author"))) {
            page = c.objs[i];
            if (!out->type)
                out->type = which;
        }
        if (!out->website && find_type(c.objs[i], NULL, "WebSite"))
            out->website = get_str(&c, c.objs[i], "name");
    }
    /* Dates of all objects: the same instant is often given with the
     * local offset in one object and in UTC in another. */
    for (size_t i = 0; i < c.nobjs && out->all_dates.count < 64; i++) {
        static const char *const keys[] = {"datePublished", "dateModified", "dateCreated", "uploadDate"};
        for (size_t k = 0; k < 4; k++) {
            const json_value *v = json_get(c.objs[i], keys[k]);
            if (v && v->type == JSON_STR && !str_list_push(a, &out->all_dates, v->str))
                return -1;
        }
    }
    read_paywall(&c, page, out);
    if (!main)
        main = page;
    if (!main) {
        /* Untyped or unknown type that still looks like a story. */
        for (size_t i = 0; i < c.nobjs && !main; i++)
            if (json_get(c.objs[i], "headline"))
                main = c.objs[i];
    }
    if (!main)
        return 0;
    read_paywall(&c, main, out);
    const json_value *body = json_get(main, "articleBody");
    if (body && body->type == JSON_STR && body->len)
        out->article_body = body->str;
    out->headline = get_str(&c, main, "headline");
    out->name = get_str(&c, main, "name");
    out->date_published = get_str(&c, main, "datePublished");
    out->date_created = get_str(&c, main, "dateCreated");
    out->date_modified = get_str(&c, main, "dateModified");
    out->description = get_str(&c, main, "description");
    out->image = get_image(&c, main);
    out->url = get_str(&c, main, "url");
    out->language = get_str(&c, main, "inLanguage");
    out->publisher = get_str(&c, main, "publisher");
    if (!out->publisher)
        out->publisher = get_str(&c, main, "sourceOrganization");
    if (push_names(&c, json_get(main, "author"), &out->authors, &out->authors_org, 0) < 0)
        return -1;
    if (!out->authors.count && push_names(&c, json_get(main, "creator"), &out->authors, &out->authors_org, 0) < 0)
        return -1;
    if (push_list(&c, json_get(main, "articleSection"), &out->sections, 0) < 0 ||
        push_list(&c, json_get(main, "keywords"), &out->keywords, 1) < 0)
        return -1;
    return 0;
}

/* url.h: URLs as browsers read them: the basic URL parser of the WHATWG URL
 * Standard (https://url.spec.whatwg.org/#concept-basic-url-parser), with a
 * base, and the URL serializer. Every URL lede outputs (canonical URL, lead
 * image, links and image sources in the renderers) goes through it, so
 * lede's URLs are the ones a browser's a.href gives: scheme and host
 * lower-cased, default ports dropped, dot segments resolved, '\' read as
 * '/' in http(s) URLs, non-ASCII and unsafe bytes percent-encoded,
 * international host names in their ASCII (punycode) form (libidn2, UTS #46
 * non-transitional), IPv4 and IPv6 hosts in canonical form.
 *
 * Inputs are UTF-8 (the parser runs after the encoding stage). A query is
 * encoded as UTF-8 whatever the page's encoding (the standard would use the
 * document's encoding for http(s) queries). Tests: tests/wpt_url.py runs the
 * web-platform-tests cases (urltestdata.json) through tools/dev/lede_url. */
#ifndef LEDE_CORE_URL_H
#define LEDE_CORE_URL_H

#include <stddef.h>

#include "arena.h"

struct buf;

/* A parsed URL: its serialization (href, NUL-terminated, not owned) and
 * where its parts lie in it. */
typedef struct url_t {
    const char *href;
    size_t len;
    size_t scheme_end;    /* href[scheme_end] == ':' */
    size_t auth_end;      /* end of "//userinfo@host:port" (== scheme_end + 1 without a host) */
    size_t host_start, host_end;
    size_t path_start;    /* after "/." when the serializer added it */
    size_t query_start;   /* index of '?', or the path's end when there is no query */
    size_t fragment_start; /* index of '#', or len */
    int has_query, has_fragment;
    int has_host;         /* host is not null (it may be empty: file:///x) */
    int special;          /* http, https, ws, wss, ftp, file */
    int opaque_path;      /* "mailto:x", "data:...": no hierarchy, not a base */
} url_t;

/* Parses input[0..len) against base (NULL: none) and appends the
 * serialization to out; on success fills *u (u->href points into out's
 * data, valid until out changes) and returns 1. Returns 0, appending
 * nothing, when the standard says failure (or on OOM: out->oom). */
int url_parse(struct buf *out, const char *input, size_t len, const url_t *base, url_t *u);

/* 1 when s starts with a scheme ("http:", "https:", "data:"...). */
int url_has_scheme(const char *s);

/* URL u past a leading "http://" or "https://" and then a "www." (both
 * in lower case, as written; either may be missing): "https://www.x.de/a"
 * gives "x.de/a". Points into u. */
const char *url_past_scheme(const char *u);

/* The part of URL u that names the page, for comparing two addresses of
 * one page: an "http://" or "https://" scheme and a "www." dropped, the
 * end at a '#', a blank or a newline, trailing slashes trimmed
 * ("https://www.x.de/a/" and "http://x.de/a" give "x.de/a"). Points into
 * u; *len gets the key's length. */
const char *url_page_key(const char *u, size_t *len);

/* The host of an absolute or protocol-relative address u: after the first
 * "//", up to a '/', ':', '?' or '#', a leading "www." (in any case: a
 * host's letters are) dropped
 * ("https://www.x.de:8080/a" gives "x.de"). Points into u; NULL with *len
 * 0 when u (or NULL) has no "//". */
const char *url_host(const char *u, size_t *len);

/* Absolute form of ref against base, for metadata fields (canonical URL,
 * lead image), as an arena string. base may be NULL: then only an absolute
 * ref, or a protocol-relative one ("//cdn/x": "https:" is assumed), gives a
 * URL. NULL for empty refs, javascript: and about: refs, refs the standard
 * rejects, refs or results longer than LEDE_URL_MAX (a base that long is
 * ignored; core/url_limit.h) and on OOM. */
const char *url_resolve(arena *a, const char *base, const char *ref);

/* A base parsed once, for resolving many refs against it: url_resolve_at
 * gives what url_resolve gives for the same base, without parsing the
 * base again for every ref (a page's links against its own address).
 * url_base_free releases it. */
typedef struct url_base {
    char *data; /* the base's serialization (malloc), NULL when none */
    url_t u;
    int ok;     /* a base that parsed, not over LEDE_URL_MAX, not opaque */
} url_base;
void url_base_init(url_base *b, const char *base);
void url_base_free(url_base *b);
const char *url_resolve_at(arena *a, const url_base *b, const char *ref);

#endif

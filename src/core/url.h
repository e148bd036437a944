/* url.h: resolving references (canonical links, og:image) against the page
 * URL, as browsers do for http(s) URLs (RFC 3986 section 5, simplified:
 * no percent-normalisation, no IDNA). */
#ifndef LEDE_EXTRACT_URL_H
#define LEDE_EXTRACT_URL_H

#include "arena.h"

/* 1 when s starts with a scheme ("http:", "https:", "data:"...). */
int url_has_scheme(const char *s);

/* Absolute form of ref against base (base may be NULL: ref is returned
 * trimmed if it is absolute or protocol-relative (then "https:" is
 * assumed), else NULL). Leading/trailing blanks of ref are dropped.
 * NULL for empty refs, javascript:, refs or results longer than
 * LEDE_URL_MAX (a base that long is ignored; core/url_limit.h) and on OOM. */
const char *url_resolve(arena *a, const char *base, const char *ref);

#endif

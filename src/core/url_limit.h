/* url_limit.h: the one bound on URL length, shared by every place that
 * makes a URL absolute (metadata: canonical URL, lead image; renderers:
 * links and image sources).
 *
 * Why: resolution copies the base into every relative reference, so a page
 * with a 100 KB <base href> and 20,000 short links once rendered 4 GB. A
 * base or a resolved URL longer than LEDE_URL_MAX is dropped (the base is
 * then ignored, the link or image rendered without its URL). 8 KiB is what
 * common servers accept in a request line (Apache's LimitRequestLine 8190,
 * nginx's 8k header buffers): a longer URL cannot be fetched anyway. */
#ifndef LEDE_CORE_URL_LIMIT_H
#define LEDE_CORE_URL_LIMIT_H

#include <stddef.h>

#define LEDE_URL_MAX 8192

/* 1 when a URL (or a base) of n bytes is short enough to be used. */
static inline int url_length_ok(size_t n) { return n <= LEDE_URL_MAX; }

#endif

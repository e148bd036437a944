/* url_int.h: internals shared by the URL parser (url.c) and its host
 * parser (url_host.c). */
#ifndef LEDE_CORE_URL_INT_H
#define LEDE_CORE_URL_INT_H

#include <stddef.h>

#include "buf.h"
#include "chars.h"

/* Percent-encode sets (#percent-encoded-bytes), as bits. */
enum { SET_C0 = 0, SET_FRAGMENT = 1, SET_QUERY = 2, SET_SPECIAL_QUERY = 4, SET_PATH = 8, SET_USERINFO = 16 };


/* Appends s[0..n) with the bytes of set (and every C0 control and byte
 * >= 0x7F) percent-encoded. */
void url_put_encoded(buf *o, const char *s, size_t n, int set);

/* #concept-host-parser: appends the serialized host of s[0..n) to o;
 * special: the URL's scheme is special (a domain, not an opaque host).
 * 0 on failure (o is left as it was, unless o->oom). */
int url_host_parse(buf *o, const char *s, size_t n, int special);

#endif

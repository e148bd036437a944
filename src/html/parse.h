/* parse.h: HTML5 parsing into a dom_document. A WHATWG-faithful tokenizer
 * feeds a simplified tree builder written for extraction (see
 * docs/parser.md for what is simplified and why). Input must be UTF-8
 * (run encoding.h first); invalid sequences become U+FFFD. Time and memory
 * are linear in the input on every input. */
#ifndef LEDE_HTML_PARSE_H
#define LEDE_HTML_PARSE_H

#include <stddef.h>

#include "../dom/dom.h"

/* Parses len bytes of UTF-8 HTML. Returns a new document (free with
 * dom_document_free) or NULL on allocation failure. limits may be NULL.
 * A tree cut short by a limit has doc->truncated set. */
dom_document *html_parse(const char *html, size_t len, const dom_limits *limits);

/* The same for input known to be valid UTF-8, as enc_to_utf8's output
 * always is: the UTF-8 validation of the input is skipped (only CR/CRLF
 * are still normalised), so do not call it with anything else. */
dom_document *html_parse_valid_utf8(const char *html, size_t len, const dom_limits *limits);

#endif

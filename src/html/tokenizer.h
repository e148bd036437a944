/* tokenizer.h: WHATWG HTML tokenizer over a whole UTF-8 buffer.
 *
 * Pull interface: tok_next() returns one token at a time. The tree builder
 * switches the content state (RCDATA, RAWTEXT, script data, PLAINTEXT)
 * after a start tag with tok_set_state(), and tells the tokenizer whether
 * CDATA sections are allowed (adjusted current node in foreign content).
 *
 * Input must already be preprocessed: no CR bytes (CR and CRLF turned into
 * LF) -- html_parse() does this. Tokens point into the input or into the
 * tokenizer's reused buffers and stay valid only until the next tok_next().
 * Adjacent character data comes out as one TOK_CHARS token. No global
 * state: one tok_t per parse. */
#ifndef LEDE_HTML_TOKENIZER_H
#define LEDE_HTML_TOKENIZER_H

#include <stddef.h>
#include <stdint.h>

#include "../core/buf.h"

typedef enum { TOK_EOF = 0, TOK_CHARS, TOK_START, TOK_END, TOK_COMMENT, TOK_DOCTYPE } tok_type;

/* Content states the tree builder (or a test) may set. */
typedef enum {
    TOK_STATE_DATA = 0,
    TOK_STATE_RCDATA,
    TOK_STATE_RAWTEXT,
    TOK_STATE_SCRIPT,
    TOK_STATE_PLAINTEXT,
    TOK_STATE_CDATA
} tok_content_state;

typedef struct tok_attr {
    const char *name, *value;
    size_t name_len, value_len;
} tok_attr;

typedef struct tok_token {
    tok_type type;
    const char *data;   /* chars, comment data, tag name (lower case), doctype name */
    size_t len;
    int self_closing;
    const tok_attr *attrs; /* start/end tags; duplicates already dropped */
    size_t nattrs;
    /* DOCTYPE only */
    int has_name, has_public, has_system, force_quirks;
    const char *public_id, *system_id;
    size_t public_len, system_len;
} tok_token;

/* Offsets of one attribute inside tok_t.abuf (pointers would move when
 * the buffer grows). */
typedef struct tok_attr_off {
    size_t name_off, name_len, value_off, value_len;
    uint32_t hash;
} tok_attr_off;

typedef struct tok_t {
    const unsigned char *in;
    size_t len, pos;
    int state, raw_ret;         /* raw_ret: content state to go back to after "</" fails */
    int pending;                /* tok_type of a completed token not yet returned, or 0 */
    int eof;
    int allow_cdata;            /* set by the tree builder */
    size_t lt_pos;              /* position of the '<' that opened the current tag */
    /* character data: a zero-copy span of the input, or a copy in `text` */
    const unsigned char *span;
    size_t span_len;
    int text_copied;
    buf text;
    /* current tag / comment / doctype */
    int tag_is_end, self_closing;
    buf name;                   /* tag name, comment data or doctype name */
    buf abuf;                   /* attribute names and values */
    tok_attr_off *aoff;
    size_t nattr, aoff_cap;
    int attr_open;              /* an attribute is being built */
    size_t cur_name_off, cur_name_len, cur_value_off;
    uint32_t *ahash;            /* open-addressing set of attribute indexes + 1, for dup checks */
    uint32_t *agen;             /* generation stamp per slot: no clearing per tag */
    size_t ahash_cap;
    uint32_t gen;
    tok_attr *attrs_out;
    size_t attrs_out_cap;
    /* doctype */
    int dt_has_name, dt_has_pub, dt_has_sys, dt_quirks;
    buf pub, sys;
    /* last start tag name, for "appropriate end tag" */
    char last_start[64];
    size_t last_start_len;
    /* script double-escape temporary buffer (only "script" matters) */
    char dtemp[8];
    size_t dtemp_len;
    int oom;
} tok_t;

void tok_init(tok_t *t, const char *in, size_t len);
void tok_free(tok_t *t);
void tok_set_state(tok_t *t, tok_content_state s);
/* For tests: pretend a start tag with this name was emitted. */
void tok_set_last_start_tag(tok_t *t, const char *name, size_t len);
/* Input preprocessing: CR and CRLF become LF, invalid UTF-8 becomes
 * U+FFFD (one per maximal invalid subpart, as the WHATWG decoder does).
 * Returns 0 when the input is already clean (use it as is; *out = NULL),
 * 1 with a malloc'd rewritten copy in *out / *out_len, -1 when out of
 * memory. */
int tok_normalize(const char *in, size_t len, char **out, size_t *out_len);
/* The same for input the caller knows to be valid UTF-8 (encoding.h's
 * output always is): only CR and CRLF are rewritten, found with memchr
 * instead of a second UTF-8 validation of every byte. Invalid sequences
 * are not looked for, so they would stay: call it only with valid UTF-8. */
int tok_normalize_valid_utf8(const char *in, size_t len, char **out, size_t *out_len);
/* Fills *tk with the next token and returns its type (TOK_EOF at the end,
 * repeatedly). */
tok_type tok_next(tok_t *t, tok_token *tk);

#endif

/* quotes.c: the quote finder's driver (lex -> pair marks -> sentences ->
 * names -> attribution -> resolution) and its output: arena strings and
 * offsets in code points, so that Python's text[start:end] is the quote. */
#include "quotes.h"

#include <stdlib.h>
#include <string.h>

#include "quote_int.h"

const char *quote_kind_name(quote_kind k)
{
    switch (k) {
    case QUOTE_DIRECT: return "direct";
    case QUOTE_MIXED: return "mixed";
    case QUOTE_INDIRECT: return "indirect";
    }
    return "direct";
}

int quotes_cover_language(const char *tag)
{
    if (!tag || !tag[0])
        return 1;
    static const char covered[][3] = {"en", "de", "fr"};
    for (size_t i = 0; i < sizeof covered / sizeof *covered; i++)
        if ((tag[0] | 32) == covered[i][0] && (tag[1] | 32) == covered[i][1] && (tag[2] == '\0' || tag[2] == '-' || tag[2] == '_'))
            return 1;
    return 0;
}

/* Byte offsets to code points, for offsets visited in increasing order
 * (restarts from 0 when one goes back). */
typedef struct cp_counter {
    const char *text;
    size_t byte, cp;
} cp_counter;

static size_t to_cp(cp_counter *c, size_t byte)
{
    if (byte < c->byte)
        c->byte = c->cp = 0;
    /* eight bytes at a time: a code point per byte that is no UTF-8
     * continuation byte (10xxxxxx) */
    for (; c->byte + 8 <= byte; c->byte += 8) {
        uint64_t x;
        memcpy(&x, c->text + c->byte, 8);
        uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ull) >> 7; /* 1 in each such byte */
        c->cp += 8 - (size_t)((cont * 0x0101010101010101ull) >> 56);
    }
    for (; c->byte < byte; c->byte++)
        c->cp += ((unsigned char)c->text[c->byte] & 0xC0) != 0x80;
    return c->cp;
}

static const char *token_text(arena *a, const qctx *q, uint32_t s, uint32_t e)
{
    return arena_strndup(a, q->text + s, e - s);
}

/* The name run's words, without a trailing possessive. */
static const char *name_text(arena *a, const qctx *q, uint32_t ta, uint32_t tb)
{
    uint32_t s = q->tok[ta].s, e = q->tok[tb - 1].e;
    size_t stem = quote_possessive_stem(q, (int32_t)tb - 1);
    if (stem)
        e = q->tok[tb - 1].s + (uint32_t)stem;
    return arena_strndup(a, q->text + s, e - s);
}

/* The quote f as o; offsets count code points from base (the body's
 * start, or the headline's). */
static int output_one(arena *a, const qctx *q, const qfound *f, cp_counter *cc, size_t base, quote_rec *o)
{
    o->kind = (quote_kind)f->kind;
    o->in_title = f->in_title;
    o->nspans = f->nspans;
    o->spans = arena_alloc(a, 2 * f->nspans * sizeof *o->spans);
    size_t total = 0;
    for (size_t k = 0; k < f->nspans; k++)
        total += f->spans[2 * k + 1] - f->spans[2 * k] + 1;
    char *t = arena_alloc(a, total + 1);
    if (!o->spans || !t)
        return -1;
    size_t tl = 0;
    for (size_t k = 0; k < f->nspans; k++) {
        uint32_t s = f->spans[2 * k], e = f->spans[2 * k + 1];
        o->spans[2 * k] = to_cp(cc, s - base);
        o->spans[2 * k + 1] = to_cp(cc, e - base);
        if (k)
            t[tl++] = ' ';
        memcpy(t + tl, q->text + s, e - s);
        tl += e - s;
    }
    t[tl] = '\0';
    o->text = t;
    if (f->pron_s)
        o->mention = token_text(a, q, f->pron_s, f->pron_e);
    else if (f->ms >= 0)
        o->mention = token_text(a, q, q->tok[f->ms].s, q->tok[f->me - 1].e);
    if (f->cue_e > f->cue_s)
        o->cue = token_text(a, q, f->cue_s, f->cue_e);
    if (f->speaker >= 0)
        o->speaker = name_text(a, q, q->names[f->speaker].a, q->names[f->speaker].b);
    else if (f->name_a >= 0)
        o->speaker = name_text(a, q, (uint32_t)f->name_a, (uint32_t)f->name_b);
    if ((f->pron_s || f->ms >= 0) && !o->mention)
        return -1;
    return 0;
}

/* Does word token w equal a word of tokens [a, b)? */
static int word_among(const qctx *q, uint32_t w, int32_t a, int32_t b)
{
    size_t n = q->tok[w].e - q->tok[w].s;
    for (int32_t k = a; k >= 0 && k < b; k++)
        if (q->tok[k].type == TK_WORD && q->tok[k].e - q->tok[k].s == n &&
            memcmp(q->text + q->tok[k].s, q->text + q->tok[w].s, n) == 0)
            return 1;
    return 0;
}

/* Is the mention of headline quote h someone the body quotes or names as
 * a person: one of its capitalised words is a word of a body quote's
 * mention or speaker, or of a body name that stands as a subject or
 * carries a title? */
static int quoted_in_body(const qctx *q, const qfound *h)
{
    for (int32_t w = h->ms; w < h->me; w++) {
        if (!q->tok[w].cap || q->tok[w].type != TK_WORD)
            continue;
        for (size_t i = 0; i < q->nnames; i++) {
            const qname *n = &q->names[i];
            if (q->tok[n->a].s < q->body_len && (n->subject || n->titled) &&
                word_among(q, (uint32_t)w, (int32_t)n->a, (int32_t)n->b))
                return 1;
        }
        for (size_t i = 0; i < q->nfound; i++) {
            const qfound *f = &q->found[i];
            if (f->in_title || !f->nspans)
                continue;
            if ((f->ms >= 0 && word_among(q, (uint32_t)w, f->ms, f->me)) ||
                (f->speaker >= 0 && word_among(q, (uint32_t)w, (int32_t)q->names[f->speaker].a,
                                               (int32_t)q->names[f->speaker].b)))
                return 1;
        }
    }
    return 0;
}

/* "Keller: ‘We will win’" is a speaker's; "Bremen: Tote Fische … –
 * „Nabu“ erstattet Anzeige" and "Raumfahrt: Kann „die Rakete der
 * Zukunft“ …" are a topic's. A headline's colon quote is kept when its
 * mention is a pronoun, holds a title or role ("Prison official"), or is
 * someone the body quotes (a word of a body quote's mention or speaker);
 * the others are dropped. Linear: a headline has few quotes. */
static void headline_colons(qctx *q)
{
    for (size_t i = 0; i < q->nfound; i++) {
        qfound *f = &q->found[i];
        if (!f->in_title || !f->nspans || f->ms < 0 || f->cue_e != f->cue_s + 1 || q->text[f->cue_s] != ':')
            continue;
        int person = 0;
        for (int32_t w = f->ms; w < f->me && !person; w++)
            person = FL(w, titles) || FL(w, pronouns);
        if (!person && !quoted_in_body(q, f))
            f->nspans = 0;
    }
}

/* The headline's quotes first (it comes first in the article), then the
 * body's, in order. */
static int output(arena *a, qctx *q, quote_list *out)
{
    out->count = 0;
    out->items = NULL;
    size_t n = 0;
    for (size_t i = 0; i < q->nfound; i++)
        n += q->found[i].nspans > 0;
    if (n == 0)
        return 0;
    out->items = arena_calloc(a, n * sizeof *out->items);
    if (!out->items)
        return -1;
    size_t title_start = q->body_len + 1;
    cp_counter body = {q->text, 0, 0};
    cp_counter title = {q->text + title_start, 0, 0};
    for (int in_title = 1; in_title >= 0; in_title--)
        for (size_t i = 0; i < q->nfound; i++) {
            const qfound *f = &q->found[i];
            if (!f->nspans || f->in_title != in_title)
                continue;
            if (output_one(a, q, f, in_title ? &title : &body, in_title ? title_start : 0,
                           &out->items[out->count++]) < 0)
                return -1;
        }
    return 0;
}

int quotes_find(arena *a, const char *text, size_t len, const char *title, quote_list *out)
{
    out->items = NULL;
    out->count = 0;
    size_t tlen = title ? strlen(title) : 0;
    if (!text || len == 0 || len + tlen > UINT32_MAX - 2)
        return 0;
    qctx q;
    memset(&q, 0, sizeof q);
    /* The headline goes after the body, as one more paragraph: offsets in
     * the body stay as they are, and attribution stops before it. */
    char *joined = NULL;
    q.text = text;
    q.len = q.body_len = len;
    if (tlen) {
        joined = malloc(len + tlen + 2);
        if (!joined)
            return -1;
        memcpy(joined, text, len);
        joined[len] = '\n';
        memcpy(joined + len + 1, title, tlen);
        joined[len + 1 + tlen] = '\0';
        q.text = joined;
        q.len = len + 1 + tlen;
    }
    int rc = -1;
    if (quote_lex(&q) < 0)
        goto done;
    quote_pair_marks(&q);
    quote_entries(&q);
    /* names only matter for resolution: none are collected without quotes */
    if (quote_sentences(&q) < 0 || quote_attribute(&q) < 0 || (q.nfound && quote_names(&q) < 0))
        goto done;
    quote_resolve(&q);
    headline_colons(&q);
    rc = output(a, &q, out);
done:
    for (size_t i = 0; i < q.nfound; i++)
        free(q.found[i].spans);
    free(q.found);
    free(q.names);
    for (int k = 0; k < 2; k++)
        free(q.by_word[k]), free(q.start[k]);
    free(q.sent);
    free(q.tok);
    free(joined);
    return rc;
}

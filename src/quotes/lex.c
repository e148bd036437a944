/* lex.c: the body text cut into tokens for quote finding (words,
 * punctuation, quotation marks, paragraph breaks), quotation marks paired
 * by flanking, and sentences found outside quotes. One pass each, linear. */
#include <stdlib.h>
#include <string.h>

#include "quote_int.h"
#include "quote_words.h"
#include "core/chars.h"
#include "core/utf8.h"
#include "words/words.h"

/* The code point at p (at most e - p bytes) and its length in *n; invalid
 * bytes come out as one byte of value 0xFFFD. */
static uint32_t decode(const unsigned char *p, const unsigned char *e, int *n)
{
    size_t k = utf8_seq_len(p, (size_t)(e - p));
    *n = k ? (int)k : 1;
    return k ? utf8_decode(p, k) : 0xFFFD;
}

/* A quotation mark's kind (core/quote_mark.h), or QM_NONE. The
 * reversed-9 marks (U+201B, U+201F) are not paired: they have no fixed
 * partner in any language's convention, and they are rare enough that
 * the pairing rules were never measured with them. */
static int mark_of(uint32_t cp)
{
    int m = quote_mark_of(cp);
    return m == QM_REV1 || m == QM_REV2 ? QM_NONE : m;
}

static int is_single(int m)
{
    return m == QM_ASCII1 || m == QM_LSQ || m == QM_RSQ || m == QM_LOW1;
}

static int is_alnum_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD)
        return 0;
    if (cp >= 0x2000 && cp <= 0x206F) /* general punctuation */
        return 0;
    if (cp >= 0x3000 && cp <= 0x303F) /* CJK punctuation */
        return 0;
    if (cp >= 0xFF00 && cp <= 0xFF0F) /* full-width punctuation */
        return 0;
    return 1;
}

/* ASCII letters and digits. */
static const unsigned char ascii_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};

/* The ASCII joiners a word may hold when a letter or digit follows. */
#define ASCII_JOINERS ((1ull << '\'') | (1ull << ',') | (1ull << '-') | (1ull << '.'))

/* The bytes of an 8-byte load that are ASCII letters or digits: 0x80 set in
 * each such byte. Each range test adds to the low seven bits, which cannot
 * carry into the next byte. */
static inline uint64_t ascii_alnum8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
    uint64_t v = x & ~high;
    uint64_t digit = (v + ones * (0x80 - '0')) & ~(v + ones * (0x80 - '9' - 1));
    uint64_t l = v | (ones * 0x20); /* capitals to small letters */
    uint64_t letter = (l + ones * (0x80 - 'a')) & ~(l + ones * (0x80 - 'z' - 1));
    return (digit | letter) & ~x & high;
}

/* The end of the run of ASCII letters and digits at p[i]: eight bytes at a
 * time (the first byte that is none, by its position in a little-endian
 * load), then byte by byte near the text's end. */
static inline uint32_t ascii_alnum_run(const unsigned char *p, size_t len, uint32_t i)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (i + 8 <= len) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        uint64_t stop = ~ascii_alnum8(x) & 0x8080808080808080ull;
        if (stop)
            return i + (uint32_t)(__builtin_ctzll(stop) / 8);
        i += 8;
    }
#endif
    while (i < len && ascii_alnum[p[i]])
        i++;
    return i;
}

/* White space, and the invisible format characters (zero-width space and
 * joiners, direction marks and embeddings, word joiner, BOM) that pages
 * leave before a quotation mark ('\u202A”Isis declares …” wrote …'):
 * they neither make a token nor keep a mark from opening. */
static int is_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' ||
           (cp >= 0x200B && ((cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
                             cp == 0xFEFF));
}

/* Brackets and dashes before which a mark still opens: "(“…”", "—“…”". */
static int is_open_punct(uint32_t cp)
{
    return cp == '(' || cp == '[' || cp == '{' || cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == '/';
}

/* Punctuation after which a mark opens even without a space: 'said,“Look'. */
static int is_lead_punct(uint32_t cp) { return cp == ',' || cp == ':' || cp == ';'; }

static int tok_grow(qctx *q)
{
    /* about one token per five bytes of text: one allocation mostly */
    qtok *t = quote_grow(q->tok, &q->cap, sizeof *t, q->len / 5 + 64);
    if (!t)
        return -1;
    q->tok = t;
    return 0;
}

static inline int tok_push(qctx *q, uint32_t s, uint32_t e, int type, int mark)
{
    if (q->ntok == q->cap && tok_grow(q) < 0)
        return -1;
    q->tok[q->ntok++] = (qtok){.s = s, .e = e, .type = (uint8_t)type, .mark = (uint8_t)mark, .pair = -1};
    return 0;
}

/* Does the word text[s..e) followed by a dot keep the dot (an
 * abbreviation, a title, an initial, "U.S")? */
static int keeps_dot(const char *text, size_t len, uint32_t s, uint32_t e, int inner_dot)
{
    if (inner_dot)
        return 1;
    if (e - s == 1 && text[s] >= 'A' && text[s] <= 'Z')
        return 1;
    const quote_entry *w = quote_word_entry_in(text, len, s, e - s + 1);
    return w && (w->abbrevs || w->titles);
}

/* A word: letters and digits, with apostrophes, hyphens and dots inside
 * ("don't", "O'Hallan", "Jean-Luc", "U.S", "1,000"), and the dot of an
 * abbreviation. Returns the end offset. */
static uint32_t lex_word(const char *text, size_t len, uint32_t i, int *inner_dot_out, int *hyphen_out)
{
    const unsigned char *p = (const unsigned char *)text, *e = p + len;
    int inner_dot = 0, hyphen = 0;
    while (i < len) {
        /* ASCII letters and digits, the bulk of most texts, without decoding */
        i = ascii_alnum_run(p, len, i);
        if (i >= len)
            break;
        /* an ASCII byte other than a joiner (' , - .) ends the word: no
         * decoding (the joiners are below 64: one bit test) */
        if (p[i] < 0x80 && !(p[i] < 64 && (ASCII_JOINERS >> p[i]) & 1))
            break;
        int n;
        uint32_t cp = decode(p + i, e, &n);
        if (is_alnum_cp(cp)) {
            i += (uint32_t)n;
            continue;
        }
        /* joiners: kept when a letter or digit follows */
        if (cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == ',' || cp == 0x2010) {
            if (i + (uint32_t)n < len) {
                int n2;
                uint32_t next = decode(p + i + n, e, &n2);
                int prev_digit = i > 0 && p[i - 1] >= '0' && p[i - 1] <= '9';
                if (is_alnum_cp(next) && (cp != ',' || (prev_digit && next >= '0' && next <= '9'))) {
                    if (cp == '.')
                        inner_dot = 1;
                    else if (cp == '-')
                        hyphen = 1;
                    i += (uint32_t)n;
                    continue;
                }
            }
        }
        break;
    }
    *inner_dot_out = inner_dot;
    *hyphen_out = hyphen;
    return i;
}

int quote_lex(qctx *q)
{
    const char *text = q->text;
    size_t len = q->len;
    const unsigned char *p = (const unsigned char *)text, *e = p + len;
    uint32_t i = 0;
    int line_has = 0;
    /* a tab since the last token: the text joins a table row's cells
     * with tabs, and the next token starts a cell */
    uint8_t tab = 0;
    q->first_mark = SIZE_MAX;
    while (i < len) {
        if (p[i] == ' ') {
            i++;
            continue;
        }
        /* most tokens are words that start with an ASCII letter or digit:
         * they go straight to the word */
        if (!ascii_alnum[p[i]]) {
            int n;
            uint32_t cp = p[i] < 0x80 ? (n = 1, p[i]) : decode(p + i, e, &n);
            if (cp == '\n') {
                if (line_has && tok_push(q, i, i + 1, TK_PARA, 0) < 0)
                    return -1;
                line_has = 0;
                tab = 0;
                i++;
                continue;
            }
            if (is_space_cp(cp)) {
                tab |= cp == '\t';
                i += (uint32_t)n;
                continue;
            }
            line_has = 1;
            if (cp < 0x80 || !is_alnum_cp(cp)) {
                int m = mark_of(cp);
                /* '' and `` are the typewriter's double quotation marks */
                int typewriter = (cp == '\'' || cp == '`') && i + 1 < len && p[i + 1] == p[i];
                /* "''… on 'Coast and Country,''' said Tomas Berg": three
                 * apostrophes after a word or punctuation close the inner
                 * single quote, then the double one; read as '' then ' the
                 * double quote ran on into the frame. (Where they open,
                 * "'''Sir, …", the double mark comes first, as read.) */
                if (typewriter && cp == '\'' && i + 2 < len && p[i + 2] == '\'' && (i + 3 >= len || p[i + 3] != '\'') &&
                    i > 0 && p[i - 1] != ' ' && p[i - 1] != '\n')
                    typewriter = 0;
                if ((m || typewriter) && q->first_mark == SIZE_MAX)
                    q->first_mark = q->ntok;
                if (typewriter) {
                    if (tok_push(q, i, i + 2, TK_MARK, QM_ASCII2) < 0)
                        return -1;
                    q->tok[q->ntok - 1].tab = tab, tab = 0;
                    i += 2;
                    continue;
                }
                if (tok_push(q, i, i + (uint32_t)n, m ? TK_MARK : TK_PUNCT, m) < 0)
                    return -1;
                q->tok[q->ntok - 1].tab = tab, tab = 0;
                i += (uint32_t)n;
                continue;
            }
        }
        line_has = 1;
        int inner_dot, hyphen;
        uint32_t end = lex_word(text, len, i, &inner_dot, &hyphen);
        /* a word is at least one byte (lex_word takes the letter the
         * test above saw): the scan advances whatever its rules say */
        if (end <= i)
            end = i + 1;
        if (end < len && text[end] == '.' && keeps_dot(text, len, i, end, inner_dot))
            end++;
        if (q->ntok == q->cap && tok_grow(q) < 0)
            return -1;
        /* the word's flags set with the token, in one store */
        q->tok[q->ntok++] = (qtok){
            .s = i, .e = end, .type = TK_WORD, .pair = -1, .hyph = (uint8_t)(hyphen != 0), .tab = tab,
            .cap = chars_starts_capital(p + i, len - i)};
        i = end;
        tab = 0;
    }
    if (line_has && tok_push(q, (uint32_t)len, (uint32_t)len, TK_PARA, 0) < 0)
        return -1;
    if (q->first_mark == SIZE_MAX)
        q->first_mark = q->ntok;
    return 0;
}

/* The code points just before and after token t (0 at a line edge). */
static uint32_t cp_before(const qctx *q, const qtok *t)
{
    if (t->s == 0)
        return 0;
    const unsigned char *p = (const unsigned char *)q->text;
    uint32_t i = t->s - 1;
    while (i > 0 && (p[i] & 0xC0) == 0x80)
        i--;
    int n;
    uint32_t cp = decode(p + i, p + q->len, &n);
    return cp == '\n' ? 0 : cp;
}

static uint32_t cp_after(const qctx *q, const qtok *t)
{
    if (t->e >= q->len)
        return 0;
    int n;
    const unsigned char *p = (const unsigned char *)q->text;
    uint32_t cp = decode(p + t->e, p + q->len, &n);
    return cp == '\n' ? 0 : cp;
}

/* Flanking, as in CommonMark: a mark opens when something other than
 * space follows and space, a line start, an opening bracket, a dash or
 * another mark precedes; it closes when something other than space
 * precedes and space, a line end, punctuation (a dash too: "…”— Julie
 * Diaz") or another mark follows.
 * Guillemets are also written with inner spaces (French « … »), so « opens
 * after a space whatever follows and » closes before a space whatever
 * precedes; CJK corner brackets only ever open or close. */
/* A space and an ellipsis after a mark that stands after a space or at a
 * line start: the quote opens in the middle of what was said ('“ … if
 * the primary were held tonight, Keller would win,”', '” … in the case
 * of Wyoming, …,” wrote Time'), and the mark opens as if no space
 * followed. */
static int space_ellipsis_after(const qctx *q, const qtok *t)
{
    const char *p = q->text + t->e, *end = q->text + q->len;
    if (p >= end || *p != ' ')
        return 0;
    p++;
    return (end - p >= 3 && memcmp(p, "\xE2\x80\xA6", 3) == 0) || (end - p >= 3 && memcmp(p, "...", 3) == 0) ||
           (end - p >= 5 && memcmp(p, ". . .", 5) == 0);
}

static void flanking(const qctx *q, const qtok *t, int *can_open, int *can_close)
{
    uint32_t b = cp_before(q, t), a = cp_after(q, t);
    int b_space = b == 0 || is_space_cp(b), a_space = a == 0 || is_space_cp(a);
    if (a_space && (b == 0 || is_space_cp(b) || is_open_punct(b)) && space_ellipsis_after(q, t))
        a_space = 0;
    int b_open = b_space || is_open_punct(b) || is_lead_punct(b) || mark_of(b);
    int a_close = a_space || (!is_alnum_cp(a) && !is_open_punct(a)) || mark_of(a) || a == '-' || a == 0x2014 ||
                  a == 0x2013;
    *can_open = !a_space && b_open;
    *can_close = !b_space && a_close;
    switch (t->mark) {
    case QM_LAQ: *can_open = b_open; *can_close = !b_space; break;
    case QM_RAQ: *can_close = a_close; break;
    case QM_CJK_L: case QM_CJKW_L: *can_open = 1; *can_close = 0; break;
    case QM_CJK_R: case QM_CJKW_R: *can_open = 0; *can_close = 1; break;
    case QM_RDQ: case QM_RSQ: *can_open = 0; break; /* ’ never opens; ” only when no quote is open (rdq_opens) */
    case QM_LOW2: case QM_LOW1: *can_close = 0; break;
    }
    /* ” right after the quote's last punctuation and before a word, the
     * space lost ("… and nobody asked us,”Holm said."): its
     * shape and the punctuation say it closes; read by flanking it did
     * neither, and the quote ran on to the next mark, taking the frame
     * and the next quote with it. The ASCII mark there may close too
     * ('"…,"Dahl said.'): closing is tried first, and with no quote open
     * it still opens after a comma whose space was lost (',"We will'). */
    if ((t->mark == QM_RDQ || t->mark == QM_ASCII2) && (b == ',' || b == '.' || b == '?' || b == '!') &&
        is_alnum_cp(a))
        *can_close = 1;
    /* A single mark between letters is an apostrophe; lex_word keeps most
     * inside words, this catches the rest ("rock ’n’ roll" stays open). */
    if (is_single(t->mark) && is_alnum_cp(b) && is_alnum_cp(a))
        *can_open = *can_close = 0;
}

/* ” where an opening mark stands (after a space, a line start, a bracket
 * or a dash; before no space): it opens when no quote is open, as in
 * Swedish and Finnish ”…” and where ” was typed for “ ('”Dread. I am
 * deeply uneasy …” ― Ivo R. Santner'). Inside a quote it stays a
 * closing mark's twin, never an opening one. */
static int rdq_opens(const qctx *q, const qtok *t)
{
    uint32_t b = cp_before(q, t), a = cp_after(q, t);
    int b_space = b == 0 || is_space_cp(b), a_space = a == 0 || is_space_cp(a);
    if (a_space && (b_space || is_open_punct(b)) && space_ellipsis_after(q, t))
        a_space = 0;
    return !a_space && (b_space || is_open_punct(b) || is_lead_punct(b));
}

/* Does a mark of class c close a quote opened by o? */
static int closes(int o, int c)
{
    switch (o) {
    case QM_ASCII2: return c == QM_ASCII2 || c == QM_RDQ;
    case QM_LDQ: return c == QM_RDQ || c == QM_LDQ || c == QM_ASCII2;
    case QM_LOW2: return c == QM_LDQ || c == QM_RDQ;
    case QM_RDQ: return c == QM_RDQ || c == QM_ASCII2;
    case QM_LAQ: return c == QM_RAQ;
    case QM_RAQ: return c == QM_LAQ;
    case QM_LSQ: return c == QM_RSQ || c == QM_ASCII1;
    case QM_LOW1: return c == QM_LSQ || c == QM_RSQ;
    case QM_ASCII1: return c == QM_ASCII1 || c == QM_RSQ;
    case QM_LSAQ: return c == QM_RSAQ;
    case QM_RSAQ: return c == QM_LSAQ;
    case QM_CJK_L: return c == QM_CJK_R;
    case QM_CJKW_L: return c == QM_CJKW_R;
    }
    return 0;
}

/* Marks that reopen a quote at the start of its next paragraph: the same
 * opening mark, or its ASCII or typographic twin. */
static int reopens(int o, int r)
{
    if (o == r)
        return 1;
    return (o == QM_LDQ && r == QM_ASCII2) || (o == QM_ASCII2 && r == QM_LDQ);
}

/* A single mark left unpaired right after a word is an apostrophe ("the
 * Holts’ friends"): it joins the word. Tokens after it move down, and
 * the marks' pair indices with them. */
static void merge_apostrophes(qctx *q)
{
    /* tokens before the first single mark left as punctuation stay where
     * they are: most texts have none, and nothing moves */
    size_t first = q->first_mark;
    while (first < q->ntok && !(q->tok[first].type == TK_PUNCT && is_single(q->tok[first].mark)))
        first++;
    size_t w = first;
    int32_t *map = NULL;
    for (size_t i = first; i < q->ntok; i++) {
        qtok *t = &q->tok[i];
        int apos = t->type == TK_PUNCT && is_single(t->mark) && w > 0 && q->tok[w - 1].type == TK_WORD &&
                   q->tok[w - 1].e == t->s;
        if (apos && !map) {
            map = malloc(q->ntok * sizeof *map);
            if (!map)
                return; /* left as punctuation: only a weaker mention */
            for (size_t k = 0; k < i; k++)
                map[k] = (int32_t)k;
        }
        if (map)
            map[i] = (int32_t)(apos ? w - 1 : w);
        if (apos) {
            q->tok[w - 1].e = t->e;
            continue;
        }
        if (w != i)
            q->tok[w] = *t;
        w++;
    }
    if (!map)
        return;
    for (size_t i = 0; i < w; i++)
        if (q->tok[i].pair >= 0)
            q->tok[i].pair = map[q->tok[i].pair];
    q->ntok = w;
    free(map);
}

/* Open quotation marks nested at once: prose nests two or three (a
 * quote inside a quote); 8 is room enough, and a deeper opening mark is
 * read as punctuation. */
#define MAX_QDEPTH 8

/* A building's or a street's head noun (words_quote_place_nouns): "the
 * governor's “Stone Hall” offices" names a place. */
static int place_noun(const qctx *q, int32_t i)
{
    const qtok *t = &q->tok[i];
    size_t n = t->e - t->s;
    char low[8];
    if (n < 4 || n > sizeof low)
        return 0;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)chars_lower((unsigned char)q->text[t->s + k]);
    return words_exact(&words_quote_place_nouns, low, n);
}

/* A quote right after a possessive, its words in title case, names a
 * work of the possessor's, no words anyone said: "in Coast TV's ''Harbour
 * Hour'' last night", "the host of Radio Fjord’s “Low Tide,”", "a lead
 * in the theatre’s “Salt Wives”". Its marks are dropped (flagged title, so a
 * sentence still ends inside the closing one), and the clause around it
 * reads as if the title had been written without marks: a cue there
 * reports the clause as indirect speech, not as a mixed quote. Title
 * case: the first word capitalised, each word of four letters or more
 * capitalised or a number (a scare quote after a possessive, "the
 * council’s “lifeline,”", "Varga's “gamble”", stays a quote). Not after a
 * pronoun's or a relative's "'s" ("he's “Very Happy”": is), not in the
 * headline, where every word is capitalised, not a quote that runs over
 * paragraphs or holds another, not a name of two words or more that ends
 * with a building's or a street's noun (place_noun: "the governor's “Stone
 * Hall” offices", a place's nickname in quotes). English only: German and French write
 * no possessive 's before a title. */
static void possessive_titles(qctx *q)
{
    int depth = 0;
    for (size_t i = q->first_mark; i < q->ntok; i++) {
        qtok *t = &q->tok[i];
        if (t->type == TK_CLOSE) {
            depth--;
            continue;
        }
        if (t->type != TK_OPEN)
            continue;
        if (depth++ != 0 || t->s >= q->body_len || i == 0 || t->pair <= (int32_t)i ||
            q->tok[t->pair].type != TK_CLOSE)
            continue;
        const qtok *p = &q->tok[i - 1];
        size_t stem = p->type == TK_WORD ? quote_possessive_stem(q, (int32_t)i - 1) : 0;
        if (!stem)
            continue;
        const quote_entry *e = quote_word_entry(q->text + p->s, stem);
        if (e && (e->pronouns || e->stops || (e->grammar & (QG_IMPERSONAL | QG_RELATIVE))))
            continue;
        int32_t c = t->pair, words = 0, ok = 1, last = -1;
        for (int32_t m = (int32_t)i + 1; m < c && ok; m++) {
            const qtok *w = &q->tok[m];
            if (w->type == TK_PUNCT)
                continue;
            if (w->type != TK_WORD) {
                ok = 0;
                break;
            }
            unsigned char ch = (unsigned char)q->text[w->s];
            if ((words == 0 || w->e - w->s >= 4) && !w->cap && !(ch >= '0' && ch <= '9'))
                ok = 0;
            words++;
            last = m;
        }
        if (!ok || words == 0 || (words >= 2 && place_noun(q, last)))
            continue;
        t->type = TK_PUNCT, t->title = 1, t->pair = -1;
        q->tok[c].type = TK_PUNCT, q->tok[c].title = 1, q->tok[c].pair = -1;
        depth--;
        i = (size_t)c;
    }
}

/* The last mark of the chain an open quote's mark heads (its reopening
 * marks, through .pair). A chain only links forward (each link is set to
 * a later mark, chain_reopen and the closes below), and a close links
 * back to its open: the walk follows forward links only, so it ends
 * within ntok steps whatever the links hold. */
static int chain_last(const qctx *q, int open)
{
    int last = open;
    while (q->tok[last].pair > last)
        last = q->tok[last].pair;
    return last;
}

/* Drops the open marks stack[from..*n): they never closed. */
static void drop_open(qctx *q, int *stack, int from, int *n)
{
    for (int k = from; k < *n; k++) {
        qtok *t = &q->tok[stack[k]];
        t->type = TK_PUNCT;
        /* the reopening marks of a dropped multi-paragraph quote too */
        for (int r = t->pair, prev = stack[k]; r > prev;) {
            int next = q->tok[r].pair;
            q->tok[r].type = TK_PUNCT;
            q->tok[r].pair = -1;
            prev = r, r = next;
        }
        t->pair = -1;
    }
    *n = from;
}

/* Marks the mark at index i as the reopening of the quote opened at
 * stack bottom `open` (a chain through .pair until the close). */
static void chain_reopen(qctx *q, int open, int i)
{
    q->tok[chain_last(q, open)].pair = i;
    q->tok[i].type = TK_REOPEN;
}

/* A one-byte punctuation token whose byte is in set: ".", ",". */
static int punct_in(const qctx *q, const qtok *t, const char *set)
{
    return t->type == TK_PUNCT && t->e - t->s == 1 && strchr(set, q->text[t->s]);
}

/* A double mark that opened a sentence after another in its paragraph
 * ('… Moen said. “Harbour meetings are outlets …') and is still open at the end of its paragraph, which
 * ends with . ! or ? after at least four words (the next paragraph opens
 * no mark to continue it): a quote whose closing mark was lost, typed or
 * converted away, not a stray mark (those stand inside a sentence: 'the
 * so-called “reform'). PolNeAR's gold takes such quotes to the
 * paragraph's end. Single marks stay out: they are apostrophes too. */
static int closes_at_para_end(const qctx *q, int o, size_t para)
{
    const qtok *t = &q->tok[o];
    if (t->mark != QM_ASCII2 && t->mark != QM_LDQ && t->mark != QM_RDQ && t->mark != QM_LOW2 && t->mark != QM_LAQ &&
        t->mark != QM_RAQ)
        return 0;
    const qtok *e = &q->tok[para - 1];
    if ((int)para - 1 <= o + 1 || !punct_in(q, e, ".!?"))
        return 0;
    /* after the sentence before in its paragraph: an unclosed mark that
     * opens a paragraph ('"This never closes, Smith said.') is as often
     * a stray one before the frame */
    const qtok *b = o > 0 ? &q->tok[o - 1] : NULL;
    if (!b || !punct_in(q, b, ".!?:"))
        return 0;
    /* a double mark left over inside ('… \'a run for the exits,\' " he
     * said.') was its close, unrecognised: no guess then */
    int words = 0;
    for (size_t k = (size_t)o + 1; k < para; k++) {
        words += q->tok[k].type == TK_WORD;
        if (q->tok[k].type == TK_PUNCT && q->tok[k].mark != QM_NONE && !is_single(q->tok[k].mark))
            return 0;
    }
    return words >= 4;
}

/* Token i, a mark that may open, stands right before (no space) a double
 * mark of the other family that may open too: ASCII " before “ „ «, or
 * “ „ « before ASCII ". */
static int stray_double_before(const qctx *q, size_t i)
{
    const qtok *t = &q->tok[i];
    if (i + 1 >= q->ntok || q->tok[i + 1].type != TK_MARK || q->tok[i + 1].s != t->e)
        return 0;
    int m = t->mark, n = q->tok[i + 1].mark;
    int ascii_m = m == QM_ASCII2, ascii_n = n == QM_ASCII2;
    int typo_m = m == QM_LDQ || m == QM_LOW2 || m == QM_LAQ, typo_n = n == QM_LDQ || n == QM_LOW2 || n == QM_LAQ;
    if (!((ascii_m && typo_n) || (typo_m && ascii_n)))
        return 0;
    int co, cc;
    flanking(q, &q->tok[i + 1], &co, &cc);
    return co;
}

void quote_pair_marks(qctx *q)
{
    int stack[MAX_QDEPTH], n = 0;
    /* before the first mark no quote is open: nothing to pair */
    for (size_t i = q->first_mark; i < q->ntok; i++) {
        qtok *t = &q->tok[i];
        if (t->type == TK_PARA) {
            if (n == 0)
                continue;
            /* A quote running on: the next paragraph opens with the same
             * mark. Never from the body into the headline, which follows
             * it as one more paragraph: a quote's spans index one field. */
            qtok *nx = i + 1 < q->ntok ? &q->tok[i + 1] : NULL;
            if (nx && nx->s >= q->body_len && q->tok[stack[0]].s < q->body_len)
                nx = NULL;
            int co = 0, cc = 0;
            if (nx && nx->type == TK_MARK)
                flanking(q, nx, &co, &cc);
            if (nx && nx->type == TK_MARK && co && reopens(q->tok[stack[0]].mark, nx->mark)) {
                drop_open(q, stack, 1, &n);
                chain_reopen(q, stack[0], (int)i + 1);
                i++;
            } else if (n == 1 && closes_at_para_end(q, stack[0], i)) {
                /* the quote's closing mark was lost: its last sentence
                 * punctuation closes it */
                int o = stack[0];
                q->tok[chain_last(q, o)].pair = (int)i - 1;
                q->tok[o].type = TK_OPEN;
                q->tok[i - 1].type = TK_CLOSE;
                q->tok[i - 1].pair = o;
                n = 0;
            } else {
                drop_open(q, stack, 0, &n);
            }
            continue;
        }
        if (t->type != TK_MARK)
            continue;
        int co, cc;
        flanking(q, t, &co, &cc);
        /* '"“We will …,” he said.': a double mark typed right before a
         * double opening mark of the other kind (ASCII before curly or
         * low, curly before ASCII) is a slip, no quote inside a quote
         * (a quote inside a quote takes single marks). Read as one, it
         * paired with a stray mark at the paragraph's end, or closed at
         * it, and the whole paragraph, frame and all, was one quote
         * with no cue outside it. It is dropped; its twin opens. */
        if (co && stray_double_before(q, i)) {
            t->type = TK_PUNCT;
            continue;
        }
        /* "… doing this, " Keller said": a mark standing free after the
         * quote's last punctuation and one space closes it */
        if (!co && !cc && n > 0 && i > 0 && punct_in(q, &q->tok[i - 1], ",.?!") && q->tok[i - 1].e + 1 == t->s &&
            q->text[q->tok[i - 1].e] == ' ')
            cc = 1;
        /* "… keep the lights on,' " said Lindqvist": the same
         * after an inner quote's closing single mark that follows the
         * punctuation (the double mark spaced off the single one, as the
         * New York Times writes '' '' and others ' ") */
        if (!co && !cc && n > 0 && i > 1 && q->tok[i - 1].type == TK_CLOSE && is_single(q->tok[i - 1].mark) &&
            q->tok[i - 1].e + 1 == t->s && q->text[q->tok[i - 1].e] == ' ' && punct_in(q, &q->tok[i - 2], ",.?!") &&
            q->tok[i - 2].e == q->tok[i - 1].s)
            cc = 1;
        if (!co && !cc && n == 0 && t->mark == QM_RDQ && rdq_opens(q, t))
            co = 1;
        int closed = 0;
        if (cc) {
            /* the innermost open quote it closes, looking two levels down */
            for (int k = n - 1; k >= 0 && k >= n - 2; k--) {
                if (closes(q->tok[stack[k]].mark, t->mark)) {
                    if (co && t->mark == QM_ASCII2 && k != n - 1)
                        break; /* an ASCII " that may open: open, not a long-range close */
                    drop_open(q, stack, k + 1, &n);
                    int o = stack[k];
                    q->tok[chain_last(q, o)].pair = (int)i;
                    q->tok[o].type = TK_OPEN;
                    t->type = TK_CLOSE;
                    t->pair = o;
                    n = k;
                    closed = 1;
                    break;
                }
            }
        }
        if (closed)
            continue;
        /* An unmatched closing single mark is an apostrophe ("the
         * Holts’ home"): it is part of the text. */
        if (co && n < MAX_QDEPTH) {
            stack[n++] = (int)i;
            continue;
        }
        t->type = TK_PUNCT;
    }
    drop_open(q, stack, 0, &n);
    merge_apostrophes(q);
    possessive_titles(q);
    /* A quote's close holds its open's index; depths for every token
     * (tokens before the first quote keep the 0 they were made with). */
    size_t first_open = 0;
    while (first_open < q->ntok && q->tok[first_open].type != TK_OPEN)
        first_open++;
    int depth = 0;
    for (size_t i = first_open; i < q->ntok; i++) {
        qtok *t = &q->tok[i];
        if (t->type == TK_CLOSE)
            depth--;
        t->depth = (uint8_t)(depth < 0 ? 0 : depth);
        if (t->type == TK_OPEN)
            depth++;
    }
}

static int is_end_punct(const qctx *q, const qtok *t)
{
    if (t->type != TK_PUNCT || t->e - t->s != 1)
        return 0;
    char c = q->text[t->s];
    return c == '.' || c == '!' || c == '?';
}

/* Words of a long name before the verb: "“…!” US Senator Kari Vik
 * said" (four words of a name and title; the first four words alone were
 * all the look-ahead before, and the exclamation ended the sentence, so the
 * verb reported the words after it) */
#define CUE_FOLLOWS_WORDS 4
#define CUE_FOLLOWS_NAME 7

/* Is there a speech verb among the next few words after token i, before
 * any punctuation? ("“Who are they?” Keller said": one sentence.) */
static int cue_follows(const qctx *q, size_t i)
{
    int named = 1; /* only capitalised words or titles so far */
    for (size_t k = i + 1; k < q->ntok && k <= i + CUE_FOLLOWS_NAME; k++) {
        const qtok *t = &q->tok[k];
        if (t->type != TK_WORD || (k > i + CUE_FOLLOWS_WORDS && !named))
            return 0;
        if (t->w && (t->w->cues & QW_SPEECH))
            return 1;
        named = named && (t->cap || (t->w && t->w->titles));
    }
    return 0;
}

/* Sentences outside quotes: a paragraph break, a table cell's start, or
 * ". ! ?" (also right before a closing mark) followed by a capital, a
 * digit or an opening mark, unless a closing mark is followed by its
 * attribution. A quote that runs over paragraphs stays inside one
 * sentence. */
int quote_sentences(qctx *q)
{
    size_t start = 0;
    size_t wscan = 0; /* tokens [start, wscan) of the sentence hold no word */
    for (size_t i = 0; i < q->ntok; i++) {
        qtok *t = &q->tok[i];
        /* a table cell starts: a row's cells are no sentence together
         * ("Blue Harbour⇥2019⇥The film portrayed …" took the film's title
         * for the subject and the year for the verb); the sentence before
         * ends without this token. Only after a word: a cell of
         * punctuation alone (a quotation mark set as an icon before the
         * quote's cell) stays with the cell after it, whose quote still
         * opens the row. The scan for a word resumes where the last one
         * stopped, so a row of many such cells stays linear. */
        int cell = 0;
        if (t->tab && t->depth == 0 && i > start) {
            if (wscan < start)
                wscan = start;
            while (wscan < i && q->tok[wscan].type != TK_WORD)
                wscan++;
            cell = wscan < i;
        }
        if (!cell && (t->type == TK_WORD || t->depth != 0)) /* most tokens: no end */
            continue;
        int end = 0;
        if (cell) {
            end = 1;
        } else if (t->type == TK_PARA) {
            end = 1;
        } else if (is_end_punct(q, t) ||
                   ((t->type == TK_CLOSE || t->title) && i > 0 && is_end_punct(q, &q->tok[i - 1]))) {
            const qtok *nx = i + 1 < q->ntok ? &q->tok[i + 1] : NULL;
            end = !nx || nx->type == TK_PARA || nx->type == TK_OPEN ||
                  (nx->type == TK_WORD && (nx->cap || (q->text[nx->s] >= '0' && q->text[nx->s] <= '9')));
            /* 'The mayor was firm. "“We will …': a stray double mark
             * left unpaired right before the opening mark
             * (stray_double_before) hides it from the test above */
            if (!end && nx && nx->type == TK_PUNCT && nx->mark != QM_NONE && !is_single(nx->mark) &&
                i + 2 < q->ntok && q->tok[i + 2].type == TK_OPEN && q->tok[i + 2].s == nx->e)
                end = 1;
            /* "… participate. (''We've persuaded …,'' he said.)": a
             * parenthesis that opens with a capital or a quote starts a
             * sentence of its own */
            if (!end && nx && nx->type == TK_PUNCT && q->text[nx->s] == '(' && nx->e - nx->s == 1 && i + 2 < q->ntok &&
                (q->tok[i + 2].type == TK_OPEN || (q->tok[i + 2].type == TK_WORD && q->tok[i + 2].cap)))
                end = 1;
            /* "“Who are they?” Keller said": a question or exclamation
             * quoted before its attribution ("." there ends the sentence) */
            if (end && t->type == TK_CLOSE && nx && nx->type == TK_WORD && q->text[q->tok[i - 1].s] != '.' &&
                cue_follows(q, i))
                end = 0;
        }
        if (!end)
            continue;
        size_t stop = t->type == TK_PARA || cell ? i : i + 1;
        if (stop > start) {
            if (q->nsent == q->sent_cap) {
                qsent *s = quote_grow(q->sent, &q->sent_cap, sizeof *s, 64);
                if (!s)
                    return -1;
                q->sent = s;
            }
            q->sent[q->nsent].a = (uint32_t)start;
            q->sent[q->nsent].b = (uint32_t)stop;
            q->sent[q->nsent].para_start = start == 0 || q->tok[start - 1].type == TK_PARA;
            q->nsent++;
        }
        start = cell ? i : i + 1;
    }
    return 0;
}

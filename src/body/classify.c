/* classify.c: keyword hints from class and id attributes.
 *
 * The keywords are the ones Readability.js uses (its unlikelyCandidates,
 * okMaybeItsACandidate, positive and negative patterns) plus the page
 * furniture names that recur across CMSs (WordPress, Drupal, Arc, Brightspot,
 * Ghost...). They name kinds of page parts, never a particular site.
 *
 * Matching is case-insensitive on ASCII. A keyword matches as a substring
 * (SUB), only at the start of a token (PRE), or only as a whole token (TOK),
 * where tokens are split by any non-alphanumeric byte (and a token may
 * start at a camelCase boundary: "InlineAd"): "ad" must not match
 * "header" or "download", "nav" must not match "canvas"; or as a whole
 * class name (WORD, split by white space only): "hidden" is a class that
 * hides, "tw-overflow-hidden" is not. An index by the first two bytes
 * (classify_index_init) makes each position of the value try only the
 * keywords that start with its two bytes. */
#include "classify.h"

#include "core/chars.h"

#include <string.h>

enum { SUB, PRE, TOK, WORD };

/* a lower-case letter followed by a capital: a word boundary in a
 * camelCase or PascalCase name ("InlineAd") */
static inline int camel_step(char a, char b) { return a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z'; }

typedef struct kw {
    const char *word;
    uint8_t len;
    uint8_t mode;
    uint32_t hints;
} kw;
#define K(w) w, sizeof(w) - 1

#define U CL_UNLIKELY
#define M CL_MAYBE
#define P CL_POSITIVE
#define N CL_NEGATIVE

/* Any order; kept alphabetical for the reader. */
static const kw keywords[] = {
    {K("-ad-"), SUB, U | N | CL_AD},
    {K("about-author"), SUB, CL_AUTHORBOX},
    {K("ad"), TOK, CL_AD},
    {K("ad-break"), SUB, U | CL_AD},
    {K("ad-container"), SUB, CL_AD},
    {K("ad-slot"), SUB, CL_AD},
    {K("ad-wrap"), SUB, CL_AD},
    {K("addthis"), SUB, CL_SHARE},
    {K("ads"), TOK, CL_AD},
    {K("adsense"), SUB, CL_AD},
    {K("adslot"), SUB, CL_AD},
    {K("advert"), SUB, CL_AD},
    /* Affiliate-link notes ("links marked * earn us a commission"): the
     * word "affiliate" alone also names inline product links and an
     * organisation's affiliates, so only the compounds of a note. */
    {K("affiliate-disclaim"), SUB, CL_AD},
    {K("affiliate-disclos"), SUB, CL_AD},
    {K("affiliate-notice"), SUB, CL_AD},
    {K("affiliate-text"), SUB, CL_AD},
    {K("agegate"), SUB, U},
    {K("ai2html"), SUB, U},
    {K("also-read"), SUB, CL_RELATED},
    {K("and"), SUB, M},
    {K("article"), SUB, M | P},
    {K("article-body"), SUB, CL_BODY},
    {K("article-content"), SUB, CL_BODY},
    {K("article-text"), SUB, CL_BODY},
    {K("article__body"), SUB, CL_BODY},
    {K("article__content"), SUB, CL_BODY},
    {K("articlebody"), SUB, CL_BODY},
    {K("articlecontent"), SUB, CL_BODY},
    {K("articletext"), SUB, CL_BODY},
    {K("author-after"), SUB, CL_AUTHORBOX},  /* the author box set after the text: author-after-content */
    {K("author-bio"), SUB, CL_AUTHORBOX},
    {K("author-box"), SUB, CL_AUTHORBOX},
    {K("author-card"), SUB, CL_AUTHORBOX},
    {K("author-info"), SUB, CL_AUTHORBOX},
    {K("author-section"), SUB, CL_AUTHORBOX}, /* "author-section", its BEM parts "author-section__text" */
    {K("authorbio"), SUB, CL_AUTHORBOX},
    {K("author-desc"), SUB, CL_AUTHORBOX},   /* author-description, author-desc */
    {K("authordesc"), SUB, CL_AUTHORBOX},    /* the same run together: authorDescription, ArticleAuthorDescription */
    {K("author_after"), SUB, CL_AUTHORBOX},  /* and with underscores: author_after_content, author_after_post */
    {K("author_desc"), SUB, CL_AUTHORBOX},   /* and with an underscore: author_description */
    {K("author__desc"), SUB, CL_AUTHORBOX},  /* and in BEM, an element of an author block: author__description */
    {K("authorbox"), SUB, CL_AUTHORBOX},
    {K("banner"), SUB, U | N},
    {K("bio"), TOK, CL_AUTHORBOX},           /* "bio", "mini-bio", "bio-box"; not "biography" */
    {K("blog"), SUB, P},
    {K("body"), SUB, M | P},
    {K("body-text"), SUB, CL_BODY},
    {K("bodytext"), SUB, CL_BODY},
    {K("breadcrumb"), SUB, U | CL_NAV},
    {K("byline"), SUB, CL_META},
    {K("caption"), SUB, CL_CAPTION},
    {K("column"), SUB, M},
    {K("com-"), SUB, N},
    {K("combx"), SUB, U | N},
    {K("comment"), SUB, U | N | CL_COMMENT},
    {K("community"), SUB, U},
    {K("consent"), SUB, CL_COOKIE},
    {K("contact"), SUB, N},
    {K("content"), SUB, M | P},
    /* A picture's credit set in a box of its own ("copyright",
     * "photo-credit", "image-credits", "fotograf", "photographer"), at a
     * token's start; not "attribution", a pull quote's speaker (clean.c,
     * is_picture_credit_box) */
    {K("copyright"), PRE, CL_CREDIT},
    {K("credit"), PRE, CL_CREDIT},
    {K("cookie"), SUB, CL_COOKIE},
    {K("cover-wrap"), SUB, U},
    {K("cta"), TOK, CL_CONSENT},             /* call-to-action boxes: "cta", "cta-global", "c-letters-cta" */
    {K("dateline"), SUB, CL_META},
    {K("dialog"), SUB, U | CL_POPUP},
    {K("disclaimer"), SUB, CL_AD},           /* affiliate and advertising notices */
    {K("disclosure"), SUB, CL_AD},
    {K("disqus"), SUB, U | CL_COMMENT},
    /* A publisher's donation box ("donate", "donate-cta", "donation-box",
     * "DonationBanner", the German "Spende", "SpendenBanner",
     * "spenden-hinweis"): an appeal to fund the house's work set under or
     * inside the text, in a box its theme names for giving. At a token's
     * start, not "donato" (a plugin's name). A sign-up box like a
     * newsletter's: removed in the strict attempt, and a box of three
     * real paragraphs with few links (a charity's story) stays. */
    {K("donate"), PRE, CL_CONSENT},
    {K("donation"), PRE, CL_CONSENT},
    {K("entry"), SUB, P},
    /* A box asking readers to report a mistake in the story ("error-report",
     * "report-error", "report-typo" and their BEM parts): a form's pointer
     * under the text, never the story's own words */
    {K("error-report"), SUB, CL_CONSENT},
    {K("entry-author"), SUB, CL_AUTHORBOX},
    {K("entry-content"), SUB, CL_BODY},
    {K("entry-meta"), SUB, CL_META},
    {K("extra"), SUB, U},
    {K("flyout"), SUB, CL_HIDDEN},          /* a box shown on click or hover (a menu's, a footnote's): hidden until then */
    {K("footer"), SUB, U | N},
    {K("fotograf"), PRE, CL_CREDIT},
    {K("gdpr"), SUB, U | N | CL_COOKIE},
    {K("h-entry"), SUB, P},
    {K("header"), SUB, U},
    {K("hentry"), SUB, P},
    {K("hid"), WORD, N},
    {K("hidden"), WORD, N | CL_HIDDEN},
    {K("hover-card"), SUB, CL_HIDDEN},      /* a person's card shown on hover: hidden until then */
    {K("hovercard"), SUB, CL_HIDDEN},
    /* a picture's caption in the languages' own words: Portuguese and
     * Italian "legenda", German and French "legende" ("légende"),
     * Spanish "leyenda"; whole tokens ("legenda-foto", "leyendaFoto"),
     * not "legendary" (a game guide's item class inside a sentence) */
    {K("legenda"), TOK, CL_CAPTION},
    {K("legende"), TOK, CL_CAPTION},
    {K("legends"), SUB, U},
    {K("leyenda"), TOK, CL_CAPTION},
    /* "read also" boxes named in French ("lire_aussi", "lire-aussi"): a
     * blog's pointer to a magazine story inside its text, a picture and
     * "Lire aussi <author>, « <title> », <magazine>, <date>." */
    {K("lire-aussi"), SUB, CL_RELATED},
    {K("lire_aussi"), SUB, CL_RELATED},
    {K("login"), SUB, U},
    {K("main"), SUB, M | P},
    /* Google's icon fonts draw a glyph from a ligature word: the text of
     * <i class="material-icons">chat_bubble</i> is the icon's name
     * ("chat_bubble", "bookmark_border", "headset"), never words to read.
     * The font's own class names, whole, each style's too. */
    {K("material-icons"), WORD, CL_HIDDEN},
    {K("material-icons-outlined"), WORD, CL_HIDDEN},
    {K("material-icons-round"), WORD, CL_HIDDEN},
    {K("material-icons-sharp"), WORD, CL_HIDDEN},
    {K("material-icons-two-tone"), WORD, CL_HIDDEN},
    {K("material-symbols-outlined"), WORD, CL_HIDDEN},
    {K("material-symbols-rounded"), WORD, CL_HIDDEN},
    {K("material-symbols-sharp"), WORD, CL_HIDDEN},
    {K("masthead"), SUB, N},
    {K("media"), SUB, N | CL_MEDIA},
    {K("menu"), SUB, U | CL_NAV},
    {K("meta"), SUB, N},
    {K("modal"), SUB, U | CL_POPUP},
    {K("more-stories"), SUB, CL_RELATED},
    {K("most-read"), SUB, CL_RELATED},
    {K("mostread"), SUB, CL_RELATED},
    {K("nav"), PRE, CL_NAV},
    {K("nocontent"), TOK, U | N},            /* "nocontent", "robots-nocontent": marked out of the content */
    {K("news-body"), SUB, CL_BODY},
    {K("newsletter"), SUB, CL_CONSENT},
    /* Web push sign-ups: a box under the text asking to "get updates on
     * this device", a bell's subscribe button. The theme and plugin names
     * for them: push-noti, push-notify, push-notification, push_notification,
     * pushSubscription, webpush, OneSignal's bell and link boxes. */
    {K("onesignal"), SUB, CL_CONSENT},
    {K("outbrain"), SUB, N | CL_RELATED},
    {K("overlay"), SUB, U | CL_POPUP},
    {K("page"), SUB, P},
    {K("pager"), SUB, U | CL_NAV},
    {K("pagination"), SUB, U | P | CL_NAV},
    {K("photographer"), PRE, CL_CREDIT},
    {K("popular"), SUB, CL_RELATED},
    {K("popup"), SUB, U | CL_POPUP},
    {K("post"), SUB, P},
    {K("post-author"), SUB, CL_AUTHORBOX},
    {K("post-body"), SUB, CL_BODY},
    {K("post-content"), SUB, CL_BODY},
    {K("post-meta"), SUB, CL_META},
    {K("postbody"), SUB, CL_BODY},
    {K("promo"), SUB, N | CL_AD},
    {K("push-noti"), SUB, CL_CONSENT},
    {K("push_noti"), SUB, CL_CONSENT},
    {K("pushsubscri"), SUB, CL_CONSENT},
    {K("quote"), SUB, CL_QUOTE},             /* pull quotes: "pullquote", "pull-quote", "quote-box" */
    {K("recommend"), SUB, CL_RELATED},
    {K("related"), SUB, U | N | CL_RELATED},
    {K("remark"), SUB, U},
    {K("replies"), SUB, U | CL_COMMENT},
    {K("report-error"), SUB, CL_CONSENT},    /* see "error-report" */
    {K("report-typo"), SUB, CL_CONSENT},
    {K("rss"), SUB, U},
    {K("screen-reader-text"), WORD, CL_HIDDEN},
    {K("saboxplugin"), SUB, CL_AUTHORBOX},   /* WordPress "Simple Author Box" */
    {K("scroll"), SUB, N},
    {K("shadow"), SUB, M},
    {K("shariff"), SUB, CL_SHARE},           /* the Shariff share-button plugin: "shariff", "shariff-buttons" */
    {K("share"), SUB, N | CL_SHARE},
    {K("sharing"), SUB, CL_SHARE},
    {K("shopping"), SUB, N},
    {K("shoutbox"), SUB, U | N},
    {K("sidebar"), SUB, U | N},
    {K("signup"), SUB, CL_CONSENT},
    {K("skyscraper"), SUB, U | N},
    {K("social"), SUB, U | CL_SHARE},
    {K("spende"), PRE, CL_CONSENT},          /* German donation boxes: "SpendenBanner", "spende-box" (see "donate") */
    {K("sponsor"), SUB, U | N | CL_AD},
    {K("sr-only"), WORD, CL_HIDDEN},
    {K("story"), SUB, P},
    {K("story-body"), SUB, CL_BODY},
    {K("story-content"), SUB, CL_BODY},
    {K("storybody"), SUB, CL_BODY},
    {K("subscribe"), SUB, CL_CONSENT},
    {K("supplemental"), SUB, U},
    {K("taboola"), SUB, CL_RELATED},
    {K("tags"), SUB, N},
    {K("text"), SUB, P},
    {K("trending"), SUB, CL_RELATED},
    {K("visually-hidden"), WORD, CL_HIDDEN},
    {K("visuallyhidden"), WORD, CL_HIDDEN},
    {K("webpush"), SUB, CL_CONSENT},
    {K("widget"), SUB, N},
    {K("yom-remote"), SUB, U},
};

#undef U
#undef M
#undef P
#undef N

#define NKW (sizeof keywords / sizeof *keywords)
_Static_assert(sizeof keywords / sizeof *keywords < 255, "classify_index stores indexes in a byte");

static inline int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* The keywords by their first two bytes (a counting sort of the table),
 * so a position of the value tries one or two keywords, not a whole
 * first-byte bucket. A byte's slot is chars_slot's (letters 0..25, '-' 26,
 * anything else 27): every keyword starts with two lower-case letters or
 * '-', so a pair of slots below 27 names the only keywords that can start
 * at a position. Built per caller from the table itself, so the two
 * cannot disagree and nothing global is written. */
static unsigned keyword_cell(size_t k)
{
    unsigned a = chars_slot[(unsigned char)keywords[k].word[0]];
    unsigned b = chars_slot[(unsigned char)keywords[k].word[1]];
    return a < 27 && b < 27 ? a * 32 + b : CLASSIFY_CELLS; /* CELLS: never matches (unit-tested) */
}

void classify_index_init(classify_index *ix)
{
    memset(ix, 0, sizeof *ix);
    for (size_t k = 0; k < NKW; k++)
        if (keyword_cell(k) < CLASSIFY_CELLS)
            ix->start[keyword_cell(k) + 1]++;
    for (unsigned cell = 0; cell < CLASSIFY_CELLS; cell++)
        ix->start[cell + 1] = (uint8_t)(ix->start[cell + 1] + ix->start[cell]);
    uint8_t fill[CLASSIFY_CELLS];
    memcpy(fill, ix->start, sizeof fill);
    for (size_t k = 0; k < NKW; k++)
        if (keyword_cell(k) < CLASSIFY_CELLS) {
            uint8_t at = fill[keyword_cell(k)]++;
            ix->order[at] = (uint8_t)k;
            /* The first (up to) four bytes as one little-endian word. */
            uint32_t head = 0, mask = 0;
            for (unsigned j = 0; j < 4 && j < keywords[k].len; j++) {
                head |= (uint32_t)(unsigned char)keywords[k].word[j] << (8 * j);
                mask |= 0xFFu << (8 * j);
            }
            ix->head[at] = head;
            ix->mask[at] = mask;
            ix->row[keyword_cell(k) / 32] |= 1u << (keyword_cell(k) % 32);
        }
}

static inline uint32_t load_le32(const char *p)
{
    return (uint32_t)(unsigned char)p[0] | (uint32_t)(unsigned char)p[1] << 8 |
           (uint32_t)(unsigned char)p[2] << 16 | (uint32_t)(unsigned char)p[3] << 24;
}

/* Bytes v[i..i+4) lower-cased as one little-endian word, zero past len. */
static inline uint32_t head_at(const char *v, size_t i, size_t len)
{
    if (i + 4 <= len)
        return chars_lower4(load_le32(v + i));
    uint32_t w = 0;
    for (size_t j = 0; i + j < len; j++)
        w |= (uint32_t)chars_lower((unsigned char)v[i + j]) << (8 * j);
    return w;
}

/* The value (its first 256 bytes) is read in place, ASCII case folded
 * only where a position passes the first-two-bytes index. */
static uint32_t scan_value(const classify_index *ix, const char *v, size_t len)
{
    if (len > 256)
        len = 256;
    uint32_t hints = 0;
    /* the byte's slot, either case (chars_slot, as keyword_cell); a cell with
     * slot 27 (a byte no keyword starts with) holds no keyword */
    unsigned s1 = len ? chars_slot[(unsigned char)v[0]] : 27;
    for (size_t i = 0; i + 1 < len; i++) {
        unsigned s0 = s1;
        s1 = chars_slot[(unsigned char)v[i + 1]];
        if (!(ix->row[s0] >> s1 & 1)) /* no keyword starts so: most positions */
            continue;
        unsigned cell = s0 * 32 + s1;
        unsigned k = ix->start[cell], kend = ix->start[cell + 1];
        uint32_t here = head_at(v, i, len);
        for (; k < kend; k++) {
            if ((here & ix->mask[k]) != ix->head[k])
                continue;
            const kw *w = &keywords[ix->order[k]];
            size_t wl = w->len, j = 4;
            if (i + wl > len)
                continue;
            while (j < wl && chars_lower((unsigned char)v[i + j]) == (unsigned char)w->word[j])
                j++;
            if (j < wl)
                continue;
            if (w->mode == WORD) {
                if ((i > 0 && !chars_is_space((unsigned char)v[i - 1])) ||
                    (i + wl < len && !chars_is_space((unsigned char)v[i + wl])))
                    continue;
            } else if (w->mode == TOK) {
                /* a token also starts at a camelCase boundary when it
                 * ends the name: "InlineAd", "ArticleAd", "AuthorBio"
                 * (React and CSS-module class names join words that way,
                 * the kind of box last; "Adobe", "Biography", "Loads" stay
                 * other words). Not before another word: "adUltra",
                 * "adTextYdn" are parts inside an ad unit, and taking them
                 * moved one page's root off its article. */
                if (i > 0 && is_alnum((unsigned char)v[i - 1]) && !camel_step(v[i - 1], v[i]))
                    continue;
                if (i + wl < len && is_alnum((unsigned char)v[i + wl]))
                    continue;
            } else if (w->mode != SUB) {
                if (i > 0 && is_alnum((unsigned char)v[i - 1]))
                    continue;
            }
            /* "nocontent" is the opposite of "content" (which would keep it) */
            if (w->hints & CL_MAYBE && i >= 2 && chars_lower((unsigned char)v[i - 2]) == 'n' &&
                chars_lower((unsigned char)v[i - 1]) == 'o' && wl == 7 && memcmp(w->word, "content", 7) == 0)
                continue;
            /* "commentary" is an opinion piece, not a comment section */
            if (w->hints & CL_COMMENT && i + wl + 3 <= len && chars_eq_ci(v + i + wl, 3, "ary", 3))
                continue;
            hints |= w->hints;
        }
    }
    return hints;
}

/* Hints of a value, from the page's memo when the same string was seen
 * before, else from a scan, remembered. */
static uint32_t memo_value(classify_index *ix, const char *v, size_t len)
{
    value_memo_slot *m = value_memo_slot_of(ix->memo, CLASSIFY_MEMO, v, len);
    return value_memo_holds(m, v, len) ? m->bits : value_memo_put(m, v, len, scan_value(ix, v, len));
}

uint32_t classify_element_weight(classify_index *ix, const dom_node *el, int *weight)
{
    uint32_t hints = 0;
    int w = 0;
    if (el && el->type == DOM_ELEMENT) {
        for (uint32_t i = 0; i < el->nattrs; i++) {
            const dom_attr *a = &el->attrs[i];
            if ((a->name_len == 5 && memcmp(a->name, "class", 5) == 0) ||
                (a->name_len == 2 && memcmp(a->name, "id", 2) == 0)) {
                uint32_t h = memo_value(ix, a->value, a->value_len);
                /* Readability weighs class and id separately: +-25 each */
                if (h & CL_NEGATIVE)
                    w -= 25;
                if (h & CL_POSITIVE)
                    w += 25;
                hints |= h;
            }
        }
    }
    if (weight)
        *weight = w;
    return hints;
}


uint32_t classify_value(const classify_index *ix, const char *v, size_t len)
{
    return scan_value(ix, v, len);
}

size_t classify_keyword_count(void) { return NKW; }

const char *classify_keyword(size_t k) { return k < NKW ? keywords[k].word : NULL; }

/* clean.c: removing the page furniture inside the chosen body:
 * Readability's conditional cleaning (link-heavy lists, forms, galleries),
 * teaser and call-to-action lines, furniture headings with the lists after
 * them, the heading that repeats the title, bylines (handed to the
 * metadata stage, not read here) and captions. */
#include <ctype.h>

#include "body_int.h"
#include "core/chars.h"
#include "core/quote_mark.h"
#include "core/utf8.h"
#include "core/url.h"
#include "meta/text.h"
#include "words/words.h"

/* --------------------------------------------------------------- cleaning */

/* Flags n removed, touches it and logs it (cleaning can be undone).
 * Totals are refreshed by the next measure pass, not here: summing them
 * up the ancestors on every removal would cost depth x removals, where
 * body_touch stops at the first ancestor already stale. */
void body_mark_removed(ctx *c, dom_node *n)
{
    if (n->flags & DOM_F_REMOVED)
        return;
    body_set_removed(c, n, 1);
    c->nremovals++;
    if (c->nlog == c->caplog) {
        size_t cap = c->caplog ? c->caplog * 2 : 64;
        dom_node **l = realloc(c->log, cap * sizeof *l);
        if (l) {
            c->log = l;
            c->caplog = cap;
        }
    }
    if (c->nlog < c->caplog)
        c->log[c->nlog++] = n;
}

typedef struct counts {
    uint32_t p, img, li, input, embed, headings_text;
} counts;

/* What n holds, from the bottom-up totals: O(1), where walking the subtree
 * for every container would be quadratic in nested markup. Junk removed
 * inside n no longer counts; cleaning's own removals still do (as the
 * subtree was before cleaning). */
static void count_inside(const dom_node *n, counts *k, const ctx *c)
{
    uint32_t id = n->id;
    k->p = c->tot[id].cnt_p - (n->tag == TAG_P);
    k->img = c->tot[id].cnt_img;
    k->li = c->tot[id].cnt_li - (n->tag == TAG_LI);
    k->input = c->tot[id].cnt_input;
    k->embed = c->tot[id].cnt_embed;
    k->headings_text = c->tot[id].htext;
}

/* 1 when the card's first text of 20+ bytes (shorter kickers and dates
 * before it skipped) sits inside a link: a headline link. Reads at most
 * LINE_MAX_NODES nodes, so the check stays linear. */
static int card_leads_with_link(const ctx *c, const dom_node *card)
{
    int seen = 0;
    for (const dom_node *d = dom_next(card, card); d && seen < LINE_MAX_NODES; d = dom_next(card, d), seen++) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            /* a headline box the link rule already removed (20+ bytes,
             * 80%+ of them in links, room for a kicker or a date beside
             * the title link; its totals are its own) still leads the card */
            if (c->tot[d->id].text >= 20 && c->tot[d->id].link * 10 >= c->tot[d->id].text * 8)
                return 1;
            d = dom_next_skip(card, d);
            if (!d)
                break;
        }
        if (d->type != DOM_TEXT || c->tlen[d->id] < 20)
            continue;
        for (const dom_node *a = d->parent; a && a != card; a = a->parent)
            if (a->type == DOM_ELEMENT && a->tag == TAG_A)
                return 1;
        return 0;
    }
    return 0;
}

/* 1 when the card's last link is a "read more" link ("Read more",
 * "Weiterlesen", "Lire la suite": the teaser openers' words) of at most
 * 40 bytes. Reads at most LINE_MAX_NODES nodes. */
static int card_ends_with_more_link(const ctx *c, const dom_node *card)
{
    const dom_node *last = NULL;
    int seen = 0;
    for (const dom_node *d = dom_next(card, card); d && seen < LINE_MAX_NODES; d = dom_next(card, d), seen++)
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED))
            last = d;
    if (!last || !c->tot[last->id].text || c->tot[last->id].text > 40)
        return 0;
    char t[56];
    text_prefix_lower(last, t, sizeof t);
    return body_starts_teaser(t);
}

/* A teaser card: a small box (an <article>, <li>, <div>) that opens with
 * a headline link (a linked heading, or a first line that is a link; or
 * a heading with a "Read more" link as the card's last) and
 * adds a one-line summary (25+ bytes outside links: a list of bare links
 * is a reading list or a table of contents, left to the link-density
 * rule), a date or a picture. The summary limit
 * (CARD_SUMMARY_MAX of text outside links) keeps a roundup's product
 * entries, whose descriptions run longer, as prose. */
static int is_teaser_card(const ctx *c, const dom_node *card)
{
    uint32_t len = c->tot[card->id].text, link = c->tot[card->id].link, head = c->tot[card->id].htext;
    if (len < 20 || len > CARD_TEXT_MAX || len - link > CARD_SUMMARY_MAX || len - link < MIN_PARAGRAPH ||
        c->tot[card->id].paras > 1)
        return 0;
    if (head >= 15 && link * 10 >= head * 8)
        return 1;
    /* a headline that is no link, over a summary and a "Read more" link:
     * a topic listing's card */
    if (head >= 15 && c->tot[card->id].size <= LINE_MAX_NODES && card_ends_with_more_link(c, card))
        return 1;
    return c->tot[card->id].size <= LINE_MAX_NODES && card_leads_with_link(c, card);
}

/* 1 when t (trailing blanks aside) ends in an excerpt's cut mark, a
 * bracketed ellipsis after a word: "... Die Wolle hält im Grunde [...]"
 * (WordPress's excerpt ends "[&hellip;]"), "[...]". */
static int ends_with_cut_mark(const char *t, size_t n)
{
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\t'))
        n--;
    /* both marks are 5 bytes: "[…]" (an ellipsis of 3) and "[...]" */
    if (n < 7 || (memcmp(t + n - 5, "[\xE2\x80\xA6]", 5) != 0 && memcmp(t + n - 5, "[...]", 5) != 0))
        return 0;
    /* a word before it, with a space: the excerpt was cut mid-text */
    if (t[n - 6] != ' ')
        return 0;
    unsigned char b = (unsigned char)t[n - 7];
    return chars_is_alnum(b) || b >= 0x80; /* a letter of any script */
}

/* An excerpt card: a teaser card for another post whose summary is the
 * post's automatic excerpt, cut after so many words and ended with the
 * cut mark ("[...]"): a linked headline (a linked heading, or a card
 * whose first line is a link) over one excerpt. The excerpt runs longer
 * than a one-line summary (a CMS cuts at about 55 words: 370 bytes), so
 * the card is no teaser card by size, and it comes alone (a plugin's one
 * "associated post" under the text), so no card list is seen; the cut
 * mark is what tells it. A quotation cut short inside the text ends in
 * the mark too, but opens with no link to another page (golden case
 * furniture_excerpt_card_cut_mark). */
static int is_excerpt_card(const ctx *c, const dom_node *card)
{
    uint32_t len = c->tot[card->id].text, link = c->tot[card->id].link, head = c->tot[card->id].htext;
    if (len < 20 || len > CARD_TEXT_MAX || len - link < MIN_PARAGRAPH || c->tot[card->id].paras > 1 ||
        c->tot[card->id].size > LINE_MAX_NODES)
        return 0;
    if (!((head >= 15 && link * 10 >= head * 8) || card_leads_with_link(c, card)))
        return 0;
    const dom_node *last = NULL;
    int seen = 0;
    for (const dom_node *d = dom_next(card, card); d && seen < LINE_MAX_NODES; seen++) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(card, d);
            continue;
        }
        if (d->type == DOM_TEXT && c->tlen[d->id] && strspn(d->text, " \t\n\r\f") < d->text_len)
            last = d; /* the last text with a visible character */
        d = dom_next(card, d);
    }
    return last && ends_with_cut_mark(last->text, last->text_len);
}

/* A teaser card for another story set alone between two parts of the
 * article (a slider of one card, or of cards a script adds later): the
 * other story's headline as a caption or kicker line, a summary cut
 * short, a "to the article" button, and the headline again as the link
 * to that story, with its picture. One card is no list, so the teaser-card list rules
 * (three or more cards) never read it, and its summary keeps the link
 * density low. The repetition gives it away: a link to another page
 * (not an anchor in this one) whose text, a headline's length, is also
 * the whole text of an element of the box outside any link; the box
 * holds a picture (a reference box under a paper's report, "More
 * information: ... DOI ...", may repeat its link's text and has none).
 * A box of at most CARD_TEXT_MAX bytes, REPEAT_CARD_NODES nodes, one real
 * paragraph at most; the first REPEAT_CARD_LINKS links are read. */
#define REPEAT_CARD_NODES 96
#define REPEAT_CARD_LINKS 4
#define REPEAT_HEADLINE_MIN 20
#define REPEAT_HEADLINE_MAX 200
static int is_repeated_headline_card(const ctx *c, const dom_node *n)
{
    if (!body_is_loose_container(n) || !c->img_page[n->id] || c->tot[n->id].paras > 1 || c->tot[n->id].text > CARD_TEXT_MAX ||
        c->tot[n->id].text < 2 * REPEAT_HEADLINE_MIN || c->tot[n->id].size > REPEAT_CARD_NODES)
        return 0;
    int links = 0;
    for (const dom_node *a = dom_next(n, n); a && links < REPEAT_CARD_LINKS; a = dom_next(n, a)) {
        /* the link may be gone already (a "cta" class): it still names
         * the other story */
        if (a->type != DOM_ELEMENT || a->tag != TAG_A)
            continue;
        const char *href = dom_attr_get(a, "href");
        if (!href || !*href || href[0] == '#')
            continue;
        char at[REPEAT_HEADLINE_MAX + 8], et[REPEAT_HEADLINE_MAX + 8];
        size_t al = text_prefix_lower(a, at, sizeof at);
        while (al && at[al - 1] == ' ')
            al--;
        at[al] = 0;
        if (al < REPEAT_HEADLINE_MIN || al >= REPEAT_HEADLINE_MAX)
            continue;
        links++;
        for (const dom_node *e = dom_next(n, n); e;) {
            /* outside every link (a link's own inner span is the same text) */
            if (e->type == DOM_ELEMENT && (e->tag == TAG_A || (e->flags & DOM_F_REMOVED))) {
                e = dom_next_skip(n, e);
                continue;
            }
            if (e->type != DOM_ELEMENT || c->tot[e->id].link || c->tot[e->id].has_block ||
                c->tot[e->id].text < al || c->tot[e->id].text > al + 2) {
                e = dom_next(n, e);
                continue;
            }
            size_t el = text_prefix_lower(e, et, sizeof et);
            while (el && et[el - 1] == ' ')
                el--;
            et[el] = 0;
            if (el == al && memcmp(at, et, al) == 0)
                return 1;
            e = dom_next(n, e);
        }
    }
    return 0;
}

/* A list of teaser cards: related stories with one-line summaries, a
 * video playlist, a "more news" stream. Three or more cards of the same
 * tag hold 80%+ of the container's text. Each card's summary is short
 * enough (and its links few enough, < 0.2) for Readability's link-density
 * rule to keep the list; the shape is what gives it away. Reads each child
 * once, from the bottom-up totals. */
static int is_teaser_card_list(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text, in_cards = 0;
    int cards = 0, others = 0, tag = -1;
    for (const dom_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type != DOM_ELEMENT || c->tot[ch->id].text == 0)
            continue;
        /* A card this pass already removed (its headline link over a
         * short summary passes 0.2 link density) still tells the list's
         * shape: without it, a list whose shorter cards went one by one
         * kept the rest (two cards of five). Its totals are its own, not
         * in n's. Removed ones that are no card are gone for good. */
        int gone = (ch->flags & DOM_F_REMOVED) != 0;
        if ((ch->tag == TAG_ARTICLE || ch->tag == TAG_LI || ch->tag == TAG_DIV || ch->tag == TAG_SECTION) &&
            (tag < 0 || ch->tag == tag) && is_teaser_card(c, ch)) {
            tag = ch->tag;
            cards++;
            in_cards += c->tot[ch->id].text;
            len += gone ? c->tot[ch->id].text : 0;
        } else if (!gone) {
            others++;
        }
    }
    return len && cards >= 3 && cards > others && (uint64_t)in_cards * 10 >= (uint64_t)len * 8;
}

/* 1 when the slide carries a slide show's marks: a counter line ("3/44",
 * "Bild 3 von 12") or a credit line ("Photo: ...", a credit class). Reads
 * the slide's short elements among its first LINE_MAX_NODES nodes. */
static int slide_has_mark_of(const ctx *c, const dom_node *slide, int counter_only);

/* A slide whose picture the markup does not hold (a background image, a
 * script's placeholder) still carries a gallery's counter: "3/44",
 * "3 / 12" (the slash form only: "Step 3 of 5" heads a recipe's step). */
static int is_counted_slide(const ctx *c, const dom_node *ch)
{
    return c->tot[ch->id].text <= CARD_TEXT_MAX && c->tot[ch->id].paras <= 1 && c->tot[ch->id].text >= MIN_PARAGRAPH &&
           slide_has_mark_of(c, ch, 1);
}

static int slide_has_mark_of(const ctx *c, const dom_node *slide, int counter_only)
{
    int seen = 0;
    /* Marks that cleaning already removed still tell the slide's kind,
     * and so does what they hold: a counter in a box of its own ("<div
     * class=num>1/9</div>", a bar with the counter and a "Fullscreen"
     * link) goes in pass 1 as a short block before its slide is judged,
     * and the slides, no longer marked, stayed with their captions.
     * Removed boxes' totals are their own. */
    for (const dom_node *d = dom_next(slide, slide); d && seen < LINE_MAX_NODES; d = dom_next(slide, d), seen++) {
        if (d->type != DOM_ELEMENT)
            continue;
        uint32_t len = c->tot[d->id].text;
        if (len == 0 || len > 60 || c->tot[d->id].size > 4)
            continue;
        if ((c->cls[d->id] & CL_CAPTION) && !counter_only)
            return 1;
        char t[72];
        text_prefix_lower(d, t, sizeof t);
        if (counter_only) {
            if (len < 24 && strchr(t, '/') && body_is_counter_line(t))
                return 1;
            continue;
        }
        if ((len < 24 && body_is_counter_line(t)) || body_starts_credit(t))
            return 1;
    }
    return 0;
}

/* 1 when three or more element children of n with text, all of one tag,
 * pass is_item, outnumber its other children with text and hold 80%+ of
 * its text: a container of like items (slides, playlist entries). Removed
 * children are left out; the items' tag and count go to *tag_out and
 * *items_out. */
static int like_items_hold_text(const ctx *c, const dom_node *n, int (*is_item)(const ctx *, const dom_node *),
                                int *tag_out, int *items_out)
{
    uint32_t len = c->tot[n->id].text, in_items = 0;
    int items = 0, others = 0, tag = -1;
    if (len == 0)
        return 0;
    for (const dom_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type != DOM_ELEMENT || (ch->flags & DOM_F_REMOVED) || c->tot[ch->id].text == 0)
            continue;
        if ((tag < 0 || ch->tag == tag) && is_item(c, ch)) {
            tag = ch->tag;
            items++;
            in_items += c->tot[ch->id].text;
        } else {
            others++;
        }
    }
    *tag_out = tag;
    *items_out = items;
    return items >= 3 && items > others && (uint64_t)in_items * 10 >= (uint64_t)len * 8;
}

/* A slide: the one picture of its subtree and a short caption. */
static int is_slide(const ctx *c, const dom_node *ch)
{
    return c->img_page[ch->id] == 1 && c->tot[ch->id].imgs == 1 && c->tot[ch->id].text <= CARD_TEXT_MAX &&
           c->tot[ch->id].paras <= 1;
}

/* A slide show laid out in the page: three or more sibling slides, each
 * one picture with a caption (and its credit, counter, "Fullscreen"
 * button) of at most CARD_TEXT_MAX, holding 80%+ of the container's text.
 * Readability's gallery rule counts paragraphs per image, so captions in
 * <p>s (one per slide) passed it and stayed in the text. Half the
 * slides must carry a counter or a credit (slide_has_mark_of): a recipe's
 * steps, a photo each, are the article. */
static int is_short_item(const ctx *c, const dom_node *ch);

static int is_slide_show_of(const ctx *c, const dom_node *n, int counter_only)
{
    int tag, slides;
    if (!like_items_hold_text(c, n, is_slide, &tag, &slides))
        /* slides without a picture in the markup, each with a counter */
        return like_items_hold_text(c, n, is_short_item, &tag, &slides) &&
               like_items_hold_text(c, n, is_counted_slide, &tag, &slides);
    /* steps of a recipe or items of a list with a photo each have the
     * same shape: half the slides must carry a counter or a credit (a
     * counter, with counter_only) */
    int marked = 0;
    for (const dom_node *ch = n->first_child; ch; ch = ch->next)
        if (ch->type == DOM_ELEMENT && !(ch->flags & DOM_F_REMOVED) && ch->tag == tag && c->img_page[ch->id] == 1 &&
            slide_has_mark_of(c, ch, counter_only))
            marked++;
    return marked * 2 >= slides;
}

static int is_slide_show(const ctx *c, const dom_node *n)
{
    return is_slide_show_of(c, n, 0);
}

/* 1 when the lower-cased line t ends with a running time: "... | 1:44",
 * "... (12:05)", "... 1:02:33". */
static int ends_with_duration(const char *t)
{
    size_t len = strlen(t);
    while (len && (t[len - 1] == ' ' || t[len - 1] == ')'))
        len--;
    int groups = 0;
    while (len) {
        size_t d = 0;
        while (d < len && d < 3 && t[len - 1 - d] >= '0' && t[len - 1 - d] <= '9')
            d++;
        if (d == 0 || d > 2)
            return 0;
        len -= d;
        groups++;
        if (len && t[len - 1] == ':' && groups < 3) {
            len--;
            continue;
        }
        break;
    }
    /* m:ss or h:mm:ss, after a space, a bar or a bracket, behind a title
     * of 10+ bytes: a line that is only a time ("10:30") is a live blog's
     * entry stamp, not a video's length */
    return groups >= 2 && len >= 10 && (t[len - 1] == ' ' || t[len - 1] == '|' || t[len - 1] == '(');
}

/* 1 when the item's first short line (its title) ends with a running
 * time. Reads at most LINE_MAX_NODES nodes of the item. */
static int item_has_running_time(const ctx *c, const dom_node *item)
{
    int seen = 0;
    for (const dom_node *d = dom_next(item, item); d && seen < LINE_MAX_NODES; d = dom_next(item, d), seen++) {
        if (d->type != DOM_ELEMENT || (d->flags & DOM_F_REMOVED) || c->tot[d->id].text == 0)
            continue;
        if (c->tot[d->id].has_block)
            continue; /* a wrapper: its first block is read next */
        char t[TEASER_MAX + 8];
        if (c->tot[d->id].text > TEASER_MAX)
            return 0;
        text_prefix_lower(d, t, sizeof t);
        return ends_with_duration(t);
    }
    return 0;
}

/* A video playlist: three or more sibling items of one tag, each under
 * CARD_TEXT_MAX, each opening with a title that ends in its running time
 * ("Series: title | 1:44") over a line of description, holding 80%+ of
 * the container's text. Playlists driven by scripts have no links, so the
 * teaser-card rule (a headline link) does not see them. */
static int is_short_item(const ctx *c, const dom_node *ch)
{
    return c->tot[ch->id].text <= CARD_TEXT_MAX && c->tot[ch->id].paras <= 1;
}

static int is_playlist_item(const ctx *c, const dom_node *ch)
{
    return is_short_item(c, ch) && item_has_running_time(c, ch);
}

static int is_video_playlist(const ctx *c, const dom_node *n)
{
    int tag, items;
    /* the shape from the totals first; the titles are read only then */
    return like_items_hold_text(c, n, is_short_item, &tag, &items) &&
           like_items_hold_text(c, n, is_playlist_item, &tag, &items);
}

/* A box named "media" (negative in Readability's list: mostly a picture
 * or a player with its caption) that holds prose instead: a real
 * paragraph, most of its text, few links, and more text than a media box
 * may have (a caption, a standfirst beside the lead picture: under 250
 * bytes, the media-box limit). A lead paragraph wrapped apart from the
 * rest ("leafmedia", a media object with the lead picture) was lost for
 * the class name. Other furniture names keep the box negative. */
#define MEDIA_CHILDREN_READ 16 /* a media box's children read for its captioned picture */

/* The prose of a media box beside its captioned picture: when one of the
 * box's children holds the picture together with text (a <figure> with
 * its <figcaption>, a picture box with its credit), that child is the
 * media and its text the caption; a real paragraph in the other children
 * is not a caption, however short (a lead paragraph of 190 bytes set
 * beside the lead picture's figure). So is a picture in a layout box of
 * its own without text (div.media-img beside div.lead-text): the box
 * sets the picture apart from the text, as a figure does, and so does a
 * <picture> or <figure> child of the box. A bare <img>
 * beside a <p> is not: that <p> is the classic caption. The totals
 * outside the picture's children go to *out; 0 when no child is such a
 * picture. */
static int media_text_beside_caption(const ctx *c, const dom_node *n, body_totals *out)
{
    int captioned = 0, read = 0;
    memset(out, 0, sizeof *out);
    for (const dom_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type != DOM_ELEMENT)
            continue;
        if (++read > MEDIA_CHILDREN_READ)
            return 0;
        const body_totals *k = &c->tot[ch->id];
        if (c->img_page[ch->id]) {
            captioned |= k->text > 0 || (body_is_loose_container(ch) && ch->tag != TAG_SPAN) || ch->tag == TAG_PICTURE ||
                         ch->tag == TAG_FIGURE;
            /* (a span around an <img> is inline: a picture in the text's
             * line; a <picture> or <figure> child sets the picture apart
             * as a layout box does: "<div class=c-media><picture>...
             * </picture><div class=c-media__text><p>lead</p></div>") */
            continue;
        }
        out->text += k->text;
        out->link += k->link;
        out->paras += k->paras;
        out->good += k->good;
    }
    return captioned;
}

/* prose by its bytes: four fifths good text, under a fifth linked */
static int prose_ratio(uint32_t text, uint32_t link, uint32_t good)
{
    return (uint64_t)good * 10 >= (uint64_t)text * 8 && link * 5 < text;
}

static int media_prose(const body_totals *t)
{
    return t->paras >= 1 && prose_ratio(t->text, t->link, t->good);
}

/* Furniture names beside "media" that keep a media box negative. */
#define MEDIA_OTHER_FURNITURE                                                                                      \
    (CL_UNLIKELY | CL_SHARE | CL_COMMENT | CL_RELATED | CL_AD | CL_CONSENT | CL_CAPTION | CL_AUTHORBOX | CL_META | \
     CL_NAV | CL_COOKIE | CL_POPUP | CL_HIDDEN)

#define MEDIA_LEAD_MIN 80 /* bytes of prose beside an own caption: a real paragraph's length */
#define RELEASE_LAST_TEXT_DEPTH 16 /* levels read down to a block's last text */

/* a <figure> whose <figcaption> child (among its first children) opens
 * with a picture credit ("Foto: Name"): the picture and its credited
 * caption at once. A caption of another kind ("The Gazette Podcast")
 * may title a promotion, not the picture. */
static int figure_has_credit_caption(const dom_node *f)
{
    int read = 0;
    for (const dom_node *ch = f->first_child; ch && read < MEDIA_CHILDREN_READ; ch = ch->next, read++)
        if (ch->type == DOM_ELEMENT && ch->tag == TAG_FIGCAPTION) {
            char t[64];
            text_prefix_lower(ch, t, sizeof t);
            return body_starts_credit(t);
        }
    return 0;
}

/* A box that holds a picture, the picture's caption in a child of its
 * own (a <figcaption>, a caption class: "caption", "legenda", "legende")
 * and prose in its other children: good prose of a real paragraph's
 * length (MEDIA_LEAD_MIN) with few links, in a <p> or not. The caption is
 * accounted for, so the prose is no caption: a lead paragraph set beside
 * the lead picture ("<div class=multimedia-box><img><div
 * class=legenda>...</div><div class=texto-abertura>lead</div></div>")
 * was lost with the box as a picture and its caption, or for the box's
 * "media" name. A <figure> holding the picture and a <figcaption> that
 * opens with a credit is both (figure_has_credit_caption); one with
 * another caption is read as a picture with text of its own. A bare
 * <img> beside a lone <p> stays a picture and its caption. */
static int lead_beside_own_caption(const ctx *c, const dom_node *n)
{
    int picture = 0, caption = 0, read = 0;
    uint32_t text = 0, link = 0, good = 0; /* the other children's, summed as body_totals sums them */
    for (const dom_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type != DOM_ELEMENT || (ch->flags & DOM_F_REMOVED))
            continue;
        if (++read > MEDIA_CHILDREN_READ)
            return 0;
        const body_totals *k = &c->tot[ch->id];
        if ((ch->tag == TAG_FIGCAPTION || (c->cls[ch->id] & CL_CAPTION)) && k->text > 0) {
            caption = 1;
            continue;
        }
        if (c->img_page[ch->id]) {
            /* a <figure> with the picture and its caption is both at once
             * ("<div><figure><img><figcaption>Foto: ...</figcaption>
             * </figure><div class=manchet>lead</div></div>"); another
             * picture with text of its own is read by
             * media_text_beside_caption */
            if (k->text > 0 && !(ch->tag == TAG_FIGURE && figure_has_credit_caption(ch)))
                return 0;
            picture = 1;
            caption |= k->text > 0;
            continue;
        }
        text += k->text;
        link += k->link;
        good += k->good;
    }
    return picture && caption && text >= MEDIA_LEAD_MIN && prose_ratio(text, link, good);
}

/* 1 when n's last visible text ends a sentence: '.', '!' or '?', a
 * closing quote or bracket after it aside. Reads the last text node only,
 * however long the block. */
static int last_text_ends_sentence(const ctx *c, const dom_node *n)
{
    const dom_node *d = n;
    for (int depth = 0; d && d->type == DOM_ELEMENT && depth < RELEASE_LAST_TEXT_DEPTH; depth++) {
        const dom_node *k = d->last_child;
        while (k && !((k->type == DOM_TEXT && c->tlen[k->id]) ||
                      (k->type == DOM_ELEMENT && !(k->flags & DOM_F_REMOVED) && c->tot[k->id].text)))
            k = k->prev;
        d = k;
    }
    if (!d || d->type != DOM_TEXT)
        return 0;
    const unsigned char *t = (const unsigned char *)d->text;
    size_t l = d->text_len;
    while (l && (t[l - 1] == ' ' || t[l - 1] == '\n' || t[l - 1] == '\t' || t[l - 1] == '\r' || t[l - 1] == '"' ||
                 t[l - 1] == '\'' || t[l - 1] == ')'))
        l--;
    /* a closing curly quote or guillemet (U+2019, U+201D, U+00BB) */
    while (l >= 3 && t[l - 3] == 0xE2 && t[l - 2] == 0x80 && (t[l - 1] == 0x99 || t[l - 1] == 0x9D))
        l -= 3;
    while (l >= 2 && t[l - 2] == 0xC2 && t[l - 1] == 0xBB)
        l -= 2;
    return l && (t[l - 1] == '.' || t[l - 1] == '!' || t[l - 1] == '?');
}

/* A block whose text opens with a credit held by a picture's box of its
 * own (a <figure>, a <figcaption>, a caption or credit class, a box with
 * the picture), beside MEDIA_LEAD_MIN bytes or more that read as the
 * lead: the credit is the picture's, and the rest is the block's prose (a
 * lead paragraph beside the lead picture, "<div><figure><img><figcaption>Foto:
 * Name</figcaption></figure><p>lead</p></div>"), so the block is no
 * credit line. Only the block children after the box count (a <p>, a
 * <div>; not a <span> run on the credit's line) whose text ends a
 * sentence and does not open with a credit itself: more credits ("<span>
 * Weitere Fotos: dpa, Reuters ...</span>") or a gallery's pointer ("See
 * all 24 photos in our gallery") beside the credit leave the block a
 * credit line. */
static int credit_in_own_picture_box(const ctx *c, const dom_node *n)
{
    for (const dom_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type == DOM_TEXT && c->tlen[ch->id])
            return 0;
        if (ch->type != DOM_ELEMENT || (ch->flags & DOM_F_REMOVED) || !c->tot[ch->id].text)
            continue;
        int own = ch->tag == TAG_FIGURE || ch->tag == TAG_FIGCAPTION || (c->cls[ch->id] & (CL_CAPTION | CL_CREDIT)) ||
                  c->img_page[ch->id];
        if (!own)
            return 0;
        uint32_t lead = 0;
        for (const dom_node *b = ch->next; b; b = b->next) {
            if (b->type != DOM_ELEMENT || (b->flags & DOM_F_REMOVED) || !c->tot[b->id].text ||
                !(tag_flags[b->tag] & TF_BLOCK) || !last_text_ends_sentence(c, b))
                continue;
            char t[64];
            text_prefix_lower(b, t, sizeof t);
            if (!body_starts_credit(t))
                lead += c->tot[b->id].text;
        }
        return lead >= MEDIA_LEAD_MIN;
    }
    return 0;
}

static int media_box_holds_prose(const ctx *c, const dom_node *n)
{
    const body_totals *t = &c->tot[n->id];
    if (!(c->cls[n->id] & CL_MEDIA) || (c->cls[n->id] & MEDIA_OTHER_FURNITURE))
        return 0;
    if (lead_beside_own_caption(c, n))
        return 1;
    if (t->text >= c->favor->media_max && media_prose(t))
        return 1;
    body_totals beside;
    return t->paras >= 1 && media_text_beside_caption(c, n, &beside) && media_prose(&beside);
}

/* A media box with prose (above), or the text half of one: a box named
 * for the media object too, as BEM names its parts ("intro-media__copy"
 * beside "intro-media__pic"), without a picture of its own and itself
 * prose, whose parent, a media box, holds the picture in a layout box of
 * its own (as media_text_beside_caption reads it) and little more text
 * than this half (a caption's worth, under the media-box limit).
 * Cleaning reads the deepest boxes first, before the parent's totals
 * are whole, so the siblings are read by their page-wide counts: the
 * text half went for its "media" word and the lead paragraph was lost. */
static int is_media_box_prose(const ctx *c, const dom_node *n)
{
    if (media_box_holds_prose(c, n))
        return 1;
    const dom_node *p = n->parent;
    if (!(c->cls[n->id] & CL_MEDIA) || c->img_page[n->id] || !media_prose(&c->tot[n->id]) || !p ||
        p->type != DOM_ELEMENT || !(c->cls[p->id] & CL_MEDIA) || (c->cls[p->id] & MEDIA_OTHER_FURNITURE) ||
        c->text_page[p->id] >= c->text_page[n->id] + c->favor->media_max)
        return 0;
    int read = 0;
    for (const dom_node *ch = p->first_child; ch; ch = ch->next) {
        if (ch->type != DOM_ELEMENT || ch == n)
            continue;
        if (++read > MEDIA_CHILDREN_READ)
            return 0;
        if (c->img_page[ch->id] && ((body_is_loose_container(ch) && ch->tag != TAG_SPAN) ||
                                    ch->tag == TAG_PICTURE || ch->tag == TAG_FIGURE))
            return 1;
    }
    return 0;
}

#define NESTED_ARTICLE_DEPTH 32 /* ancestors read to find an enclosing <article> */

/* An <article> inside another <article> that is a teaser card (a headline
 * link over a one-line summary): a related post, one or two of them,
 * which the teaser-card list rule (three or more) does not see. An
 * article of the article is a card; the ancestors read are bounded. */
static int is_nested_article_card(const ctx *c, const dom_node *n)
{
    int depth = 0;
    for (const dom_node *a = n->parent; a && depth < NESTED_ARTICLE_DEPTH; a = a->parent, depth++)
        if (a->type == DOM_ELEMENT && a->tag == TAG_ARTICLE)
            return is_teaser_card(c, n);
    return 0;
}

#define LINKED_SENTENCE_MIN 120 /* bytes: longer than a teaser headline (the headline rule stops at 160) */
#define LINKED_SENTENCE_MAX 400 /* bytes: a sentence or two */
#define LINKED_SENTENCE_WORDS 15

/* n's text ends a sentence (its last character, blanks aside, is '.',
 * '!' or '?') and holds at least min_words words: the second half of the
 * linked-sentence tests (is_linked_sentence, is_sentence_past_link),
 * which bound n's text to LINKED_SENTENCE_MAX bytes first, and the
 * sentence tests of a step list's items and a plain prose line. The
 * invisible format characters a CMS leaves at a block's end (U+200B to
 * U+200D, U+2060 to U+2064, U+FEFF) are never text, and go with the
 * blanks. */
static int ends_sentence_of_words(const dom_node *n, int min_words)
{
    char t[LINKED_SENTENCE_MAX + 64];
    size_t tl = text_prefix_lower(n, t, sizeof t);
    for (;;) {
        const unsigned char *u = (const unsigned char *)t + tl;
        if (tl && (u[-1] == ' ' || u[-1] == '\n' || u[-1] == '\t'))
            tl--;
        else if (tl >= 3 && u[-3] == 0xE2 &&
                 ((u[-2] == 0x80 && u[-1] >= 0x8B && u[-1] <= 0x8D) || (u[-2] == 0x81 && u[-1] >= 0xA0 && u[-1] <= 0xA4)))
            tl -= 3;
        else if (tl >= 3 && u[-3] == 0xEF && u[-2] == 0xBB && u[-1] == 0xBF)
            tl -= 3;
        else
            break;
    }
    if (!tl || (t[tl - 1] != '.' && t[tl - 1] != '!' && t[tl - 1] != '?'))
        return 0;
    int words = 0;
    for (size_t i = 0; i < tl; i++)
        words += t[i] != ' ' && (i == 0 || t[i - 1] == ' ');
    return words >= min_words;
}

/* A paragraph that is one link from end to end and reads as a sentence:
 * some editors link a whole paragraph to the event or source it is about
 * ("<p><a>Held at the Brookside Sports Hall, next to the old mill,
 * the winter craft fair will ... handmade goods.</a></p>"). Its
 * link density is 1, which sends a link block; a teaser's headline is
 * shorter, has no comma and no full stop, and a teaser card's link
 * wraps a headline box and a summary. One link of text only, 120-400
 * bytes, 15+ words, a comma, and a sentence's end mark. */
static int is_linked_sentence(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (len < LINKED_SENTENCE_MIN || len > LINKED_SENTENCE_MAX || !c->tot[n->id].commas ||
        c->tot[n->id].size > LINE_MAX_NODES || (uint64_t)c->tot[n->id].link * 10 < (uint64_t)len * 9)
        return 0;
    /* one link, holding text only: a teaser card's link wraps a headline
     * box and a summary box */
    int links = 0;
    for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && ((d->tag == TAG_A && ++links > 1) ||
                                       (links && (tag_flags[d->tag] & (TF_BLOCK | TF_HEADING)))))
            return 0;
    return links == 1 && ends_sentence_of_words(n, LINKED_SENTENCE_WORDS);
}

#define LINK_SENTENCE_MIN 80        /* bytes: a sentence, longer than a teaser headline with a dateline */
#define LINK_SENTENCE_WORDS 12 /* words: a clause with a verb, more than a headline holds */
#define LINK_SENTENCE_TAIL 20 /* non-blank bytes after the link: a clause, not a full stop */

/* A sentence that carries one link and goes on past it, in a block of
 * its own: "<div><a>Wir unterstützen den Antrag der Anwohner</a>, weil
 * die neue Brücke den Schulweg über die Bahn sicherer macht.</div>"
 * (an editor that writes each paragraph as a <div>). Readability's
 * link-density limit for low-weight boxes (0.2) takes it, as it takes a
 * teaser line; but the words after the link finish a sentence of the
 * text (an end mark outside the link), which a teaser's headline link
 * and a "read more" line do not. One link, at most half the text,
 * LINK_SENTENCE_MIN to LINKED_SENTENCE_MAX bytes, LINK_SENTENCE_WORDS
 * words or more, a comma, the link and the rest in one block (a wrapper
 * around that block passes too), LINK_SENTENCE_TAIL bytes after the link
 * and a sentence end as the last character. */
static int is_sentence_past_link(const ctx *c, const dom_node *n)
{
    const body_totals *t = &c->tot[n->id];
    if (t->text < LINK_SENTENCE_MIN || t->text > LINKED_SENTENCE_MAX || !t->commas ||
        t->size > LINE_MAX_NODES || (uint64_t)t->link * 2 > (uint64_t)t->text || !t->link)
        return 0;
    const dom_node *a = NULL;
    for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A) {
            if (a)
                return 0;
            a = d;
        }
    if (!a)
        return 0;
    /* the link and the words after it share one block: a wrapper around
     * the sentence's paragraph passes, a teaser card (a headline link in
     * one block, its summary in another) does not */
    const dom_node *b = a->parent;
    while (b != n && !(tag_flags[b->tag] & (TF_BLOCK | TF_HEADING)))
        b = b->parent;
    if (b != n && (uint64_t)c->tot[b->id].text + 2 < (uint64_t)t->text)
        return 0;
    /* the sentence goes on past the link (LINK_SENTENCE_TAIL bytes that
     * are not blanks): not "... see <a>the county's planning office</a>." (a
     * hatnote's pointer), nor a link that holds the end mark ("... <a>the
     * full report.</a>") */
    uint32_t tail = 0;
    for (const dom_node *d = dom_next_skip(n, a); d && tail < LINK_SENTENCE_TAIL; d = dom_next(n, d))
        if (d->type == DOM_TEXT)
            tail += (uint32_t)chars_count_nonblank(d->text, d->text_len);
    return tail >= LINK_SENTENCE_TAIL && ends_sentence_of_words(n, LINK_SENTENCE_WORDS);
}

static int is_channel_promo(const char *line);
static int is_payment_appeal_box(const ctx *c, const dom_node *n, const dom_node *root);
static int is_embed_consent_note(const ctx *c, const dom_node *n, const char *lowered);
static int has_visible_char(const dom_node *t);

#define CHANNEL_BOX_MAX 1500 /* bytes: a join-our-channel box explains how, in a few short paragraphs */
#define CHANNEL_BOX_READ 16  /* nodes read to find the box's first text */

/* A box that a channel-promo heading opens ("Join the Daily Record
 * WhatsApp community!" over how to join, what members get, how to
 * leave): a block of at most CHANNEL_BOX_MAX bytes whose first visible
 * text (cleaning may have taken the heading already, as a "header"
 * class) is a heading that asks the reader to join or follow the
 * publication on a channel (is_channel_promo: an ask and a channel
 * name). */
static int is_channel_box(const ctx *c, dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (len == 0 || len > CHANNEL_BOX_MAX || !(tag_flags[n->tag] & TF_BLOCK) || (tag_flags[n->tag] & TF_HEADING))
        return 0;
    const dom_node *first = NULL;
    int read = 0;
    for (const dom_node *d = dom_next(n, n); d && !first && read < CHANNEL_BOX_READ; d = dom_next(n, d), read++)
        if (d->type == DOM_TEXT && has_visible_char(d))
            first = d;
    const dom_node *h = first ? first->parent : NULL;
    while (h && h != n && !(tag_flags[h->tag] & TF_HEADING))
        h = h->parent;
    if (!h || h == n)
        return 0;
    char t[TEASER_MAX + 8];
    text_prefix_lower(h, t, sizeof t);
    return is_channel_promo(t);
}

/* A news ticker beside the story: a box whose heading names a ticker
 * (its last word ends in "ticker": "Newsticker", "Kurznachrichtenticker",
 * "Sport-Ticker"; not "Liveticker", which titles a live blog, an
 * article of its own) over lists of short items, a time and a line of
 * other news each. A sidebar column joined to the article brought its
 * ticker along under the text. The box holds nothing but the heading
 * and its lists (at least TICKER_ITEMS_MIN items of at most
 * TICKER_ITEM_MAX bytes) and at most a third of the root's text. */
#define TICKER_BOX_MAX 4000  /* bytes: a ticker shows five to ten items */
#define TICKER_ITEM_MAX 400  /* bytes: a ticker item is a line or three */
#define TICKER_ITEMS_MIN 3
#define TICKER_HEAD_MAX 48   /* bytes: a ticker's heading is a word or two */
static int is_ticker_box(const ctx *c, const dom_node *n, const dom_node *root)
{
    uint32_t len = c->tot[n->id].text;
    if (!len || len > TICKER_BOX_MAX || (uint64_t)len * 3 > c->tot[root->id].text || !body_is_loose_container(n) ||
        n->tag == TAG_SPAN)
        return 0;
    const dom_node *h = NULL;
    int items = 0;
    for (const dom_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type == DOM_TEXT) {
            if (has_visible_char(ch))
                return 0;
            continue;
        }
        if (ch->type != DOM_ELEMENT || (ch->flags & DOM_F_REMOVED) || !c->tot[ch->id].text)
            continue;
        if (!h) {
            if (!(tag_flags[ch->tag] & TF_HEADING) || c->tot[ch->id].text > TICKER_HEAD_MAX)
                return 0;
            h = ch;
            continue;
        }
        if (ch->tag != TAG_UL && ch->tag != TAG_OL)
            return 0;
        for (const dom_node *li = ch->first_child; li; li = li->next)
            if (li->type == DOM_ELEMENT && !(li->flags & DOM_F_REMOVED) && c->tot[li->id].text) {
                if (li->tag != TAG_LI || c->tot[li->id].text > TICKER_ITEM_MAX)
                    return 0;
                items++;
            }
    }
    if (!h || items < TICKER_ITEMS_MIN)
        return 0;
    char t[TICKER_HEAD_MAX + 8];
    size_t tl = text_prefix_lower(h, t, sizeof t);
    while (tl && (t[tl - 1] == ' ' || t[tl - 1] == ':'))
        tl--;
    size_t w = tl;
    while (w && t[w - 1] != ' ')
        w--;
    /* the heading's last word ends in "ticker"; "liveticker" is a live blog */
    return tl - w >= 6 && memcmp(t + tl - 6, "ticker", 6) == 0 &&
           !(tl - w >= 10 && memcmp(t + tl - 10, "liveticker", 10) == 0);
}

/* Readability's _cleanConditionally for one element (an <article> is
 * judged only as a nested teaser card). */
static const char *lowered_line(const dom_node *l, char *w);
static int is_tool_link_line(const char *t);

/* A read-more pointer line among n's children ("Lesen Sie auch: <a>...</a>",
 * "Sehen Sie auch: <a>...</a>"): a block under TEASER_MAX bytes that opens
 * with a teaser phrase and holds a link. Its text, its link text and its
 * real paragraphs are added into *text, *link and *paras; returns how many
 * such lines n has. Reads n's children only. */
static int pointer_lines(const ctx *c, const dom_node *n, uint32_t *text, uint32_t *link, uint32_t *paras)
{
    int found = 0;
    for (const dom_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type != DOM_ELEMENT || (ch->flags & DOM_F_REMOVED) || !(tag_flags[ch->tag] & TF_BLOCK) ||
            (tag_flags[ch->tag] & TF_HEADING))
            continue;
        const body_totals *t = &c->tot[ch->id];
        if (!t->link || t->text > TEASER_MAX)
            continue;
        char w[TEASER_MAX + 16];
        if (!body_starts_teaser(lowered_line(ch, w)))
            continue;
        *text += t->text;
        *link += t->link;
        *paras += t->paras;
        found++;
    }
    return found;
}

/* 1 when the links that push n past Readability's link density limit
 * (0.2) are read-more pointer lines, and what is left is prose: a real
 * paragraph (80+ bytes) and a link density under the limit without them.
 * The last slide of a gallery article held its closing paragraph, a
 * sources line and "Sehen Sie auch: <a>headline</a>", and went whole for
 * the headline's bytes; the pointer line goes on its own (is_teaser_block). */
static int links_are_pointer_lines(const ctx *c, const dom_node *n)
{
    uint32_t text = 0, link = 0, paras = 0;
    if (!pointer_lines(c, n, &text, &link, &paras))
        return 0;
    const body_totals *t = &c->tot[n->id];
    if (t->paras <= paras || t->text <= text)
        return 0;
    return (float)(t->link - link) / (float)(t->text - text) <= 0.2f;
}

/* A list of steps with a picture each: "<ol><li>Trim the leeks and rinse
 * them.<img></li>...</ol>", a recipe card's method, a how-to's steps.
 * Readability's image rule (more than two pictures per paragraph, under
 * IMG_TEXT_MIN bytes of text per picture) reads it as a gallery, and the
 * method went whole while its ingredient list stayed. Each item's text
 * is an instruction, a sentence, where a teaser grid's items are headline
 * links and a gallery's are pictures with a label. A <ul>/<ol> of
 * STEP_ITEMS_MIN items or more, links under a tenth of the text, at most
 * two pictures an item and pictures in half the items at least, and two
 * thirds of the items ending in a sentence's end mark with STEP_WORDS
 * words or more. Its pictures are then the steps' (step_img in the
 * totals): the image rule does not count them, for the list or for the
 * boxes around it (a recipe card holding no <p> went whole with its
 * ingredient list). */
#define STEP_ITEMS_MIN 3
#define STEP_ITEMS_READ 64 /* items read: a method has a dozen steps */
#define STEP_WORDS 3       /* "Bake until golden.": a verb and its object */
static int is_step_list(const ctx *c, const dom_node *list)
{
    const body_totals *t = &c->tot[list->id];
    if (!t->text || (uint64_t)t->link * 10 >= (uint64_t)t->text)
        return 0;
    int items = 0, pictured = 0, sentences = 0;
    for (const dom_node *li = list->first_child; li; li = li->next) {
        if (li->type != DOM_ELEMENT || (li->flags & DOM_F_REMOVED) || !c->tot[li->id].text)
            continue;
        if (li->tag != TAG_LI || ++items > STEP_ITEMS_READ)
            return 0;
        uint32_t img = c->tot[li->id].imgs;
        if (img > 2)
            return 0;
        pictured += img > 0;
        sentences += ends_sentence_of_words(li, STEP_WORDS);
    }
    return items >= STEP_ITEMS_MIN && pictured * 2 >= items && sentences * 3 >= items * 2;
}

/* A short line of the article's prose in a plain wrapper:
 * "<div><p>The vote was unanimous.</p></div>" between two paragraphs.
 * Readability's short-text rule (under MIN_PARAGRAPH bytes, no picture)
 * is for labels, buttons and ad slots ("Advertisement", "Share", "1 of
 * 5"); it took such a sentence too, on any page long enough (500+ bytes)
 * that the laxer retry, which keeps it, never ran. Kept when the wrapper
 * is a <div> with no class, id or role (furniture is named), holds no
 * link, picture or control, reads as a sentence (PLAIN_LINE_WORDS words
 * or more and a sentence's end mark, not a prompt, teaser or credit
 * line), and stands between real paragraphs: on each side, past at most
 * PLAIN_LINE_RUN shorter <p>s or plain <div>s (a short paragraph, a
 * second such line), a <p> or plain <div> of 80+ bytes as the page has
 * it, with only such blocks in between. */
#define PLAIN_LINE_WORDS 3 /* "Nobody was hurt.": a clause; "Read more." and "Advertisement." are shorter */
#define PLAIN_LINE_RUN 2   /* short blocks beside it before the paragraph */
static int is_plain_wrapper(const dom_node *n)
{
    return n->tag == TAG_DIV && !dom_attr_get(n, "class") && !dom_attr_get(n, "id") && !dom_attr_get(n, "role");
}

static const dom_node *prose_neighbour(const ctx *c, const dom_node *n, int forward)
{
    int run = 0;
    for (const dom_node *s = forward ? n->next : n->prev; s; s = forward ? s->next : s->prev) {
        if (s->type == DOM_TEXT) {
            if (has_visible_char(s))
                return NULL; /* loose text beside the wrapper: not a run of blocks */
            continue;
        }
        if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED) || c->dead[s->id])
            continue;
        uint32_t len = c->text_page[s->id];
        if (!len)
            continue;
        if ((s->tag != TAG_P && !is_plain_wrapper(s)) || (len < 80 && ++run > PLAIN_LINE_RUN))
            return NULL;
        if (len >= 80)
            return s;
    }
    return NULL;
}

static int is_plain_prose_line(const ctx *c, const dom_node *n, const counts *k)
{
    const body_totals *t = &c->tot[n->id];
    if (!is_plain_wrapper(n) || t->link || k->img || k->input || k->embed || t->size > LINE_MAX_NODES ||
        !ends_sentence_of_words(n, PLAIN_LINE_WORDS))
        return 0;
    char w[64];
    text_prefix_lower(n, w, sizeof w);
    if (body_starts_prompt(w) || body_starts_teaser(w) || body_starts_credit(w))
        return 0;
    return prose_neighbour(c, n, 0) && prose_neighbour(c, n, 1);
}

/* 1 when the article's headline (the heading that repeats the title)
 * comes before n in the page: n is under or beside an article, not one
 * list among a front page's many */
static int headline_before(ctx *c, const dom_node *n)
{
    const dom_node *h = body_find_headline(c);
    return h && c->pos[h->id] < c->pos[n->id];
}

#define CARD_SIBLINGS_READ 32 /* sibling <article>s read beside a nested card */

/* 1 when the nested <article> card n has a sibling <article> that is no
 * teaser card: the entries of one listing inside the story (a programme,
 * a roundup), where only the shorter ones read as cards. Either all go or
 * none, so none goes for its shape alone. Reads at most
 * CARD_SIBLINGS_READ siblings. */
static int beside_uncarded_article(const ctx *c, const dom_node *n)
{
    int read = 0;
    for (const dom_node *s = n->parent ? n->parent->first_child : NULL; s && read < CARD_SIBLINGS_READ; s = s->next) {
        if (s == n || s->type != DOM_ELEMENT || s->tag != TAG_ARTICLE)
            continue;
        read++;
        if (!is_teaser_card(c, s))
            return 1;
    }
    return 0;
}

int body_clean_conditionally_says_remove(ctx *c, dom_node *n)
{
    if (n->tag == TAG_ARTICLE) {
        if (!is_nested_article_card(c, n))
            return 0;
        c->shape_removed += c->tot[n->id].text;
        return 1;
    }
    /* a list of steps with pictures: its pictures are the steps' (read
     * below by the image rule, here and in the boxes around it) */
    if ((n->tag == TAG_UL || n->tag == TAG_OL) && c->tot[n->id].cnt_img > 1 && is_step_list(c, n))
        c->tot[n->id].step_img = c->tot[n->id].cnt_img;
    int weight = (c->flags & ATT_WEIGHT_CLASSES) ? c->weight[n->id] : 0;
    float score = c->scored[n->id] ? c->score[n->id] : 0;
    if (weight < 0 && is_media_box_prose(c, n)) {
        if (c->scored[n->id])
            score -= (float)weight; /* the score started from the class weight too */
        weight = 0;
    }
    /* A list starts at -3 (Readability's tag weight) and its items pass it
     * only half their score, so a list of short prose items (steps,
     * conditions, legal clauses) stays negative and went for its tag
     * alone. Readability judges this test on the class weight only; a
     * prose list does too. Link lists (link density 0.2+, the limit the
     * rule below sets for other containers) keep the score: teaser and
     * menu lists (0.1: same snippet F1, readability text F1 -0.0006). */
    if ((n->tag == TAG_UL || n->tag == TAG_OL) && body_link_density(c, n) < 0.2f)
        score = 0;
    if (weight + score < 0)
        return 1;
    /* Furniture told by its shape, not its links: counted apart, so that
     * removing it cannot pass for the link rules' overreach (body.c) */
    if (is_teaser_card_list(c, n) || is_video_playlist(c, n) || is_excerpt_card(c, n)) {
        c->shape_removed += c->tot[n->id].text;
        return 1;
    }
    if (is_slide_show(c, n)) {
        c->shape_removed += c->tot[n->id].text;
        n->flags |= DOM_F_MEDIA; /* its pictures stay the article's, with their captions */
        return 1;
    }
    if (c->tot[n->id].commas >= 10 || is_linked_sentence(c, n) || is_sentence_past_link(c, n))
        return 0;
    int is_list = n->tag == TAG_UL || n->tag == TAG_OL;
    counts k;
    count_inside(n, &k, c);
    uint32_t len = c->tot[n->id].text;
    if (!is_list && len) {
        /* a div that is mostly a list counts as a list */
        uint32_t list_text = 0;
        for (dom_node *ch = n->first_child; ch; ch = ch->next)
            if (ch->type == DOM_ELEMENT && (ch->tag == TAG_UL || ch->tag == TAG_OL) &&
                !(ch->flags & DOM_F_REMOVED))
                list_text += c->tot[ch->id].text;
        is_list = (float)list_text / (float)len > 0.9f;
    }
    float ld = body_link_density(c, n);
    float heading_density = len ? (float)k.headings_text / (float)len : 0;
    int in_figure = c->in_figure[n->id];
    int li = (int)k.li - 100;
    /* Readability's image rule (more than two images per paragraph) is
     * for galleries and teaser grids, where each picture carries a short
     * caption. A box with 300+ bytes of text per image is text with
     * pictures: a forum post with smilies, a recipe's steps with a photo
     * each, prose beside film posters. (100 per image: same snippet F1
     * with three leaks more; 200: lower.) */
    /* the pictures of a list of steps are the steps' (is_step_list): a
     * list judged as one keeps them, for itself and for the boxes around
     * it, whose image rule counts only their other pictures */
    uint32_t pics = k.img - (c->tot[n->id].step_img < k.img ? c->tot[n->id].step_img : k.img);
    int gallery = pics > 1 && (float)k.p / (float)pics < 0.5f && !in_figure && len < IMG_TEXT_MIN * pics;
    /* A short <div> that names a furniture section ("More Great Gazette
     * Stories" as a div role=heading over a list of story links) is left
     * to the furniture-heading rule (body_clean), which drops it with the
     * link list after it; the short-text rule below took the heading
     * alone, before that rule saw it, and the list stayed. */
    if (n->tag == TAG_DIV && len && len < 25 && !c->tot[n->id].has_block && c->tot[n->id].size <= LINE_MAX_NODES) {
        char h[32];
        text_prefix_lower(n, h, sizeof h);
        if (body_furniture_heading_kind(h) != HEAD_NONE)
            return 0;
    }
    int remove =
        gallery ||
        (!is_list && li > (int)k.p) ||
        (k.input > k.p / 3) ||
        (!is_list && heading_density < 0.9f && len < 25 && (k.img == 0 || k.img > 2) && !in_figure &&
         !is_plain_prose_line(c, n, &k)) ||
        (!is_list && weight < 25 && ld > 0.2f && !links_are_pointer_lines(c, n)) ||
        (weight >= 25 && ld > 0.5f) ||
        ((k.embed == 1 && len < 75) || k.embed > 1);
    if (is_list && remove) {
        /* a plain list of images is a gallery worth keeping */
        int all_simple = 1;
        for (dom_node *ch = n->first_child; ch; ch = ch->next) {
            if (ch->type != DOM_ELEMENT)
                continue;
            int kids = 0;
            for (dom_node *g = ch->first_child; g; g = g->next)
                if (g->type == DOM_ELEMENT)
                    kids++;
            if (kids > 1) {
                all_simple = 0;
                break;
            }
        }
        if (all_simple && k.li && k.img == k.li)
            return 0;
    }
    return remove;
}

static int has_link(const dom_node *n)
{
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED))
            return 1;
    return 0;
}

/* A liability note as the whole line, in brackets or not, with a full
 * stop or an exclamation mark or without: "(Alle Angaben ohne
 * Gewähr)", "Angaben ohne Gewähr.", "Information without guarantee"
 * (words_liability_notes). Only the whole line: "... ohne Gewähr, sagte
 * der Sprecher" is a sentence. t is the line lowered. */
#define LIABILITY_LINE_MAX 48 /* bytes: the longest note, in brackets */
static int is_liability_line(const char *t)
{
    while (*t == ' ' || *t == '(' || *t == '[' || *t == '*')
        t++;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == ')' || t[n - 1] == ']' || t[n - 1] == '.' || t[n - 1] == '!'))
        n--;
    return n && words_exact(&words_liability_notes, t, n);
}

/* A reading-time estimate as a line of its own: "Lesezeit: 4 Min.",
 * "5 min read", "Temps de lecture : 7 min", "Jeszcze 5 minut czytania"
 * (words_reading_time_phrases at a word start, and a digit), at most
 * READING_TIME_MAX bytes: a label over the article, not a sentence of it.
 * "Die Lesezeit der Bibliothek endet um 18 Uhr." is longer than a label
 * and says no minutes; a line without a number ("Reading time varies")
 * stays. t is the line lowered. */
#define READING_TIME_MAX 48
static int phrase_at_word_start(const words_table *t, const char *line);
static int is_reading_time_line(const char *t)
{
    if (strlen(t) > READING_TIME_MAX || !strpbrk(t, "0123456789"))
        return 0;
    return phrase_at_word_start(&words_reading_time_phrases, t);
}

/* "Video: <title>", "Gallery: <title> (Photo Services)", "Bildergalerie:
 * <title>": the title line of an embedded player or picture gallery,
 * which the body does not hold as text (the player and the gallery are
 * junk or media), so the line points at nothing the reader sees. A
 * media label (words_media_labels) before the colon, a title after it,
 * the whole under MEDIA_POINTER_MAX bytes, and the line set apart as a
 * title is: a heading, all of it bold or italic, or mostly a link. A
 * plain paragraph opening "Video:" may be a transcript's or a caption's
 * prose and stays. t is n's lowered text. */
#define MEDIA_LABEL_MAX 24
#define MEDIA_POINTER_MAX 160
static int all_emphasised(const ctx *c, dom_node *n);
static int is_media_pointer(const ctx *c, dom_node *n, const char *t)
{
    while (*t == ' ')
        t++;
    const char *colon = strchr(t, ':');
    if (!colon || colon - t > MEDIA_LABEL_MAX || c->tot[n->id].text > MEDIA_POINTER_MAX)
        return 0;
    size_t ll = (size_t)(colon - t);
    while (ll && t[ll - 1] == ' ')
        ll--; /* "Video :" */
    if (!words_exact(&words_media_labels, t, ll))
        return 0;
    const char *title = colon + 1;
    while (*title == ' ')
        title++;
    if (strlen(title) < 3)
        return 0;
    return (tag_flags[n->tag] & TF_HEADING) || body_link_density(c, n) > 0.5f || all_emphasised(c, n);
}

/* Past the arrows and pointer marks a link's text may open with ("→
 * hier", "» more", "> here", "-> aquí") and the blanks after them. */
static const char *skip_pointer_marks(const char *t)
{
    static const char *const marks[] = {"\xe2\x86\x92", /* → */ "\xc2\xbb", /* » */ "\xe2\x80\xba", /* › */
                                        "\xe2\x96\xb6", /* ▶ */ "\xe2\x96\xba", /* ► */ "\xe2\x87\x92", /* ⇒ */
                                        "->", ">"};
    for (int again = 1; again;) {
        again = 0;
        while (*t == ' ')
            t++;
        for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
            size_t l = strlen(marks[i]);
            if (strncmp(t, marks[i], l) == 0) {
                t += l;
                again = 1;
                break;
            }
        }
    }
    return t;
}

/* The last link's text, lower-cased, when the block ends with it; a
 * pointer mark before the word is read past ("→ hier"): the arrow says
 * "go there" as the word does. */
static int ends_with_here_link(const dom_node *n)
{
    const dom_node *last_a = NULL;
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A)
            last_a = d;
    if (!last_a)
        return 0;
    char t[32];
    text_prefix_lower(last_a, t, sizeof t);
    const char *w = skip_pointer_marks(t);
    /* or a "here" link that names its action ("click here to watch
     * live"; words_here_link_actions): the same pointer, worded longer */
    return words_exact(&words_here_links, w, strlen(w)) || words_prefix(&words_here_link_actions, w);
}

/* 1 when s[0..n) starts with a bare address ("http...", "www."): a
 * source the author cites, not a headline. */
static int starts_address(const char *s, size_t n)
{
    return n >= 4 && (memcmp(s, "http", 4) == 0 || memcmp(s, WWW_LABEL, WWW_LABEL_LEN) == 0);
}

/* "Mire: <a>headline</a>", "PUEDES VER: <a>...</a>", "Auch lesen: <a>...</a>":
 * a short kicker ending in a colon, then a headline link that is the rest
 * of the line. Sites word the kicker in every language, so the shape is the
 * rule, not the words. The kicker is at most 40 bytes (a label, not a
 * sentence) and kicker plus link text are 85%+ of the line (what follows
 * a headline link is at most a date or a source). A longer kicker, up to
 * KICKER_LONG_MAX bytes, counts when a pointer phrase opens it
 * (words_pointer_openers): "Mehr Informationen zu den bevorstehenden
 * Wahlen in X: <a>«...»</a>" names the story's topic before the link,
 * still a pointer to another story, not a sentence of this one. */
#define KICKER_READ 48 /* a short kicker's buffer: a label of about 40 bytes */
#define KICKER_LONG_MAX 100
#define SERIES_LINK_MIN 8 /* bytes: a part's title, not "2" or "Teil 3" */
static int is_kicker_link_line(const ctx *c, const dom_node *n)
{
    char pre[KICKER_LONG_MAX + 8];
    size_t len = 0;
    int space = 0, longer = 0;
    const dom_node *d;
    for (d = dom_next(n, n); d; d = dom_next(n, d)) {
        if (d->type == DOM_ELEMENT && d->tag == TAG_A)
            break;
        if (d->type != DOM_TEXT)
            continue;
        for (uint32_t i = 0; i < d->text_len; i++) {
            char ch = d->text[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                space = len > 0;
                continue;
            }
            if ((unsigned char)ch == 0xC2 && i + 1 < d->text_len && (unsigned char)d->text[i + 1] == 0xA0) {
                space = len > 0; /* a no-break space: "VEA TAMBIÉN:&nbsp;<a>" */
                i++;
                continue;
            }
            if (len + 2 >= sizeof pre)
                return 0;
            if (len + 2 >= KICKER_READ)
                longer = 1; /* past a short kicker: the pointer phrase must open it */
            if (space)
                pre[len++] = ' ';
            space = 0;
            pre[len++] = ch;
        }
    }
    if (!d || (d->flags & DOM_F_REMOVED) || len < 3 || pre[len - 1] != ':')
        return 0;
    if (c->tot[d->id].text < 20) {
        /* A series' pointer to its next or previous part names the part
         * by a short title ("Next: <a>Into the Fog</a>."): under a
         * series label (words_series_part_labels, the whole kicker) the
         * link may be as short as SERIES_LINK_MIN bytes. */
        char low[KICKER_READ];
        if (longer || len - 1 >= sizeof low || c->tot[d->id].text < SERIES_LINK_MIN)
            return 0;
        memcpy(low, pre, len - 1);
        low[len - 1] = '\0';
        text_lower_utf8(low, len - 1);
        if (!words_exact(&words_series_part_labels, low, len - 1))
            return 0;
    }
    if (longer) {
        pre[len] = '\0';
        text_lower_utf8(pre, len);
        size_t l = words_longest_prefix_ci(&words_pointer_openers, pre, NULL);
        if (!l || (pre[l] != ' ' && pre[l] != ':'))
            return 0; /* whole words: "mehr zu" opens no "mehr zufall" */
    }
    /* The link is a headline: 20+ bytes (not a footnote mark "[41]" or a
     * file name) and not a bare address ("bug: https://...", "Web: www..."). */
    for (const dom_node *t = d; t; t = dom_next(d, t))
        if (t->type == DOM_TEXT && c->tlen[t->id] > 1) {
            const char *s = t->text, *e = t->text + t->text_len;
            while (s < e && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'))
                s++;
            if (starts_address(s, (size_t)(e - s)))
                return 0;
            break;
        }
    uint32_t total = c->tot[n->id].text;
    return (len + c->tot[n->id].link) * 100 >= (size_t)total * 85;
}

#define BACK_SENTENCE_MIN 60 /* bytes: a linkless "back to" block this long is a sentence */

#define NEWSLETTER_PROMO_MAX 400 /* bytes: a sign-up pitch is a sentence or three */

/* 1 when the address holds the lower-case ASCII word w, in any case. */
static int href_holds(const char *h, const char *w)
{
    size_t wl = strlen(w);
    for (; h && *h; h++) {
        size_t i = 0;
        while (i < wl && h[i] && (h[i] | 0x20) == w[i])
            i++;
        if (i == wl)
            return 1;
    }
    return 0;
}

/* 1 when the address names a newsletter ("/newsletters/",
 * "?utm_campaign=newsletter") or the site's paid subscription
 * ("/premium", "/subscribe", "/subscription"), in any case: the pages an
 * emphasised pitch sends the reader to. */
static int href_names_newsletter(const char *h)
{
    return href_holds(h, "newsletter") || href_holds(h, "premium") || href_holds(h, "subscri");
}

/* A pitch for the site's newsletter set as one emphasised block: every
 * visible character inside <em>, <i>, <strong> or <b>, a link to a
 * newsletter page (or to the paid subscription: "Get X Premium free for
 * a month <a href=/premium>by clicking here</a>, no ads ..."), at most
 * NEWSLETTER_PROMO_MAX bytes ("Get Lakeshore news
 * ... to your inbox. <a>Sign up for our newsletters.</a>", "Don't
 * have time to read about ...? <a>Get a weekly roundup in your inbox
 * instead.</a> ..."; a link whose own words name the newsletter, "by
 * <a>signing up to the ... email newsletter</a>", counts as well). Its
 * wording varies too much for a phrase list;
 * the setting does not: an article's paragraph is not all italic, and a
 * paragraph about newsletters in the article links to one in roman. */
#define NEWSLETTER_LINK_READ 160 /* bytes of a link's text read: a sign-up link is a short phrase */
/* 1 when every visible character of the block sits inside <em>, <i>,
 * <strong> or <b>. */
static int all_emphasised(const ctx *c, dom_node *n)
{
    for (const dom_node *d = dom_next(n, n); d;) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(n, d);
            continue;
        }
        if (d->type == DOM_TEXT && c->tlen[d->id] > 0 && has_visible_char(d)) {
            const dom_node *a = d->parent;
            while (a && a != n && a->tag != TAG_EM && a->tag != TAG_I && a->tag != TAG_STRONG && a->tag != TAG_B)
                a = a->parent;
            if (!a || a == n)
                return 0;
        }
        d = dom_next(n, d);
    }
    return 1;
}

static int is_newsletter_promo(const ctx *c, dom_node *n)
{
    if (!all_emphasised(c, n))
        return 0;
    for (const dom_node *d = dom_next(n, n); d;) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(n, d);
            continue;
        }
        if (d->type == DOM_ELEMENT && d->tag == TAG_A) {
            /* the address names a newsletter, or the link's words do
             * ("by signing up to the ... email newsletter", a sign-up page
             * at "/letter/") */
            char w[NEWSLETTER_LINK_READ];
            if (href_names_newsletter(dom_attr_get(d, "href")) ||
                (text_prefix_lower(d, w, sizeof w) && strstr(w, "newsletter")))
                return 1;
        }
        d = dom_next(n, d);
    }
    return 0;
}

/* A support appeal: the publisher's box asking readers to fund its
 * work ("X ist spendenfinanziert! ... <a href=/unterstuetzen>Jetzt
 * unterstützen!</a>", "A você que chegou até aqui, agradecemos ...
 * <a href=/apoio>Apoie</a>", a heading linked to "/donate"). Its wording
 * varies with every language and house; what it always has is a link to
 * the site's own donation page. Read: a layout box (not a paragraph, so
 * an article sentence that links to a donation page stays) of at most
 * SUPPORT_BOX_MAX bytes and at most SUPPORT_BOX_PARAS prose paragraphs
 * (an appeal is a heading and a paragraph or two; a short article's
 * container holds more, or more text) holding a link to the page's own
 * site whose address has a path segment naming donations
 * (words_donation_path_segments). A charity's story that links to another site's
 * donation page keeps that paragraph. */
#define SUPPORT_BOX_MAX 900  /* bytes: the longest appeal seen is about 600, a heading and two paragraphs */
#define SUPPORT_BOX_PARAS 2
#define SUPPORT_BOX_NODES 120 /* nodes walked: a box is a few elements */
#define SEGMENT_WORD_MAX 24 /* bytes: the longest entry of the donation and subscription tables is 13 */

/* 1 when s[0..l), ASCII letters lower-cased, is an entry of t (a host
 * label or a path segment: donation or subscription words) */
static int is_segment_word(const words_table *t, const char *s, size_t l)
{
    char seg[SEGMENT_WORD_MAX];
    if (l >= sizeof seg)
        return 0;
    for (size_t i = 0; i < l; i++)
        seg[i] = (char)chars_lower((unsigned char)s[i]);
    return words_exact(t, seg, l);
}

/* 1 when s[0..l), ASCII letters lower-cased, is a donation word */
static int is_donation_word(const char *s, size_t l)
{
    return is_segment_word(&words_donation_path_segments, s, l);
}

/* 1 when host hh[0..hl) is the page's own host (the address it was read
 * from, or its canonical address: a page read from a file has only the
 * latter) */
static int host_is_own(const ctx *c, const char *hh, size_t hl)
{
    const char *own[2] = {c->art->page_url, c->art->url};
    for (int i = 0; i < 2; i++) {
        size_t pl;
        const char *ph = own[i] ? url_host(own[i], &pl) : NULL;
        if (!ph)
            continue;
        if (hl == pl && chars_eq_ci(hh, hl, ph, pl))
            return 1;
    }
    return 0;
}

/* 1 when host hh[0..hl) is a subdomain of the page's own host (without
 * its "www.") whose first label is an entry of sub: "apoyo.example.net",
 * "abo.example.de" beside "www.example.de". A publisher runs its support
 * page or its shop on a host of its own, the link then having no path
 * to name it. */
static int host_is_own_sub(const ctx *c, const char *hh, size_t hl, const words_table *sub)
{
    const char *dot = memchr(hh, '.', hl);
    if (!dot || !is_segment_word(sub, hh, (size_t)(dot - hh)))
        return 0;
    return host_is_own(c, dot + 1, hl - (size_t)(dot + 1 - hh));
}

/* The path of link address h (from its first '/', '?' or '#', or its end)
 * when h points into the page's own site: a relative address or one on
 * the page's host. NULL otherwise; then *hh, *hl is the host of an
 * address on another host, *hh NULL for none (no address, "mailto:",
 * "javascript:", a host that does not parse). */
static const char *own_site_path(const ctx *c, const char *h, const char **hh, size_t *hl)
{
    if (!h || !*h)
        return NULL;
    const char *path = h;
    if (strstr(h, "//")) {
        const char *host = url_host(h, hl);
        if (!host)
            return NULL;
        if (!host_is_own(c, host, *hl)) {
            *hh = host;
            return NULL;
        }
        path = host + *hl;
    } else if (strchr(h, ':'))
        return NULL; /* mailto:, javascript: */
    return path + strcspn(path, "/?#");
}

/* 1 when href points into the page's own site (a relative address, or
 * the page's host) and one of its path segments is a donation word, or
 * to a donation word's subdomain of the page's host */
static int href_is_own_donation_page(const ctx *c, const char *h)
{
    const char *hh = NULL;
    size_t hl = 0;
    const char *path = own_site_path(c, h, &hh, &hl);
    if (!path)
        return hh && host_is_own_sub(c, hh, hl, &words_donation_path_segments);
    while (*path == '/') {
        path++;
        size_t l = strcspn(path, "/?#");
        if (is_donation_word(path, l))
            return 1;
        path += l;
    }
    return 0;
}

/* 1 when n's subtree holds a link to the site's own donation page
 * (href_is_own_donation_page). Removed elements are not read; with
 * cleaned_too, those that only cleaning removed (not dead[]: what the
 * marking stage removed) are. */
static int links_own_donation_page(const ctx *c, const dom_node *n, int cleaned_too)
{
    for (const dom_node *d = dom_next(n, n); d;) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED) && (!cleaned_too || c->dead[d->id])) {
            d = dom_next_skip(n, d);
            continue;
        }
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && href_is_own_donation_page(c, dom_attr_get(d, "href")))
            return 1;
        d = dom_next(n, d);
    }
    return 0;
}

static int is_support_box(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (!len || len > SUPPORT_BOX_MAX || c->tot[n->id].paras > SUPPORT_BOX_PARAS ||
        c->tot[n->id].size > SUPPORT_BOX_NODES || !body_is_loose_container(n) || n->tag == TAG_SPAN)
        return 0;
    /* The appeal's button is often a link alone in its own <div>, which
     * conditional cleaning has removed already (all link, under 25 bytes):
     * it is still the box's link. What the marking stage removed (junk,
     * hidden parts, landmarks, furniture classes: dead[]) is not read; a
     * size of SUPPORT_BOX_NODES nodes counts removed ones too, so the walk
     * stays short. */
    return links_own_donation_page(c, n, 1);
}

/* A promotion of the site's own subscription: a line that is all link
 * (90%+ of its text, under SUBSCRIPTION_PROMO_MAX bytes) standing on its
 * own between blocks, every link of which goes to the page's own site's
 * subscription host ("abo.example.de", words_subscription_segments) or
 * to a subscription path's first segment on the page's own host
 * ("/abo/...", "/subscribe"): "Neu: X Plus vier Wochen gratis testen!" under
 * an article. The site's own shop for its paper is not the story; a link
 * inside a sentence (in a text block) is the writer's and stays. */
#define SUBSCRIPTION_PROMO_MAX 120
static int href_is_own_subscription(const ctx *c, const char *h)
{
    const char *hh = NULL;
    size_t hl = 0;
    const char *path = own_site_path(c, h, &hh, &hl);
    if (!path)
        return hh && host_is_own_sub(c, hh, hl, &words_subscription_segments);
    if (*path != '/')
        return 0;
    path++;
    return is_segment_word(&words_subscription_segments, path, strcspn(path, "/?#"));
}

static int is_subscription_promo(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (!len || len >= SUBSCRIPTION_PROMO_MAX || c->in_text[n->id] || c->tot[n->id].size > LINE_MAX_NODES ||
        (uint64_t)c->tot[n->id].link * 10 < (uint64_t)len * 9)
        return 0;
    int links = 0;
    for (const dom_node *d = n; d;) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(n, d);
            continue;
        }
        if (d->type == DOM_ELEMENT && d->tag == TAG_A) {
            if (!href_is_own_subscription(c, dom_attr_get(d, "href")))
                return 0;
            links++;
        }
        d = dom_next(n, d);
    }
    return links > 0;
}

/* A support appeal typed as one paragraph after the text: "<p><strong>Hat
 * dir dieser Artikel gefallen?</strong> Dann unterstütze uns
 * doch als Supporter ... <a href=/support-us/>Jetzt Supporter
 * werden!</a></p>". A paragraph is no box, so is_support_box leaves it
 * (an article sentence may link to the site's donation page), and at
 * 300+ bytes it is too long for the prompt-line rule (a long block that
 * opens with a prompt phrase may be prose). Both signs together are the
 * appeal: a <p> of at most SUPPORT_BOX_MAX bytes that opens with a
 * prompt phrase (not a "back to" one, which opens sentences too) and
 * holds a link to the site's own donation page. */
static int is_support_paragraph(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (n->tag != TAG_P || !len || len > SUPPORT_BOX_MAX || c->tot[n->id].size > SUPPORT_BOX_NODES ||
        !c->tot[n->id].link)
        return 0;
    char w[TEASER_MAX + 16]; /* lowered_line writes TEASER_MAX + 8 bytes */
    const char *t = lowered_line(n, w);
    if (!body_starts_prompt(t) || body_starts_back(t))
        return 0;
    return links_own_donation_page(c, n, 0);
}

/* A closing line that names the article by its whole headline in
 * quotation marks: the template's feedback ask ("Hat dir "<headline>"
 * geholfen? Dann teile ihn mit <a>deinen Freunden</a>!"), its filing
 * line ("Der Artikel "<headline>" wurde am ... in der Kategorie <a>...</a>
 * veröffentlicht."), a feed's "The post "<headline>" appeared first on
 * <a>Site</a>." The writer's own text names the story by "this
 * article", not by its full headline between quotation marks; a story
 * that quotes a title it shares with its headline (a series, a play)
 * does so near its start, so the block must be the body's last (the
 * trailing walk reads it: body_drop_trailing_bio, drop_own_headline_line).
 * Real text can still end so: a review's service line ("Jane Roe:
 * „Das Haus am Fluss“. Verlag, 320 S., 24 €"), a story that closes by
 * repeating the quote it is headlined with. So the line must also read
 * as the template's: it holds a link (the ask links the networks, the
 * filing line its category, the feed line the site; a link on the
 * quoted title itself, a review's shop link, does not count), or the headline
 * follows a noun that names the post (words_post_self_nouns) within
 * OWN_HEADLINE_NOUN_WORDS words. The headline holds OWN_HEADLINE_MIN
 * bytes (a title, not a word), the block at most OWN_HEADLINE_LINE_MAX
 * (a sentence or three around it). t is the block's text, lowered as
 * title_lower is. Golden cases furniture_own_headline_quoted_line_noun,
 * furniture_own_headline_quoted_line_link, keep_review_closing_linked_title,
 * keep_review_closing_book_line. */
#define OWN_HEADLINE_MIN 15
#define OWN_HEADLINE_LINE_MAX 600
#define OWN_HEADLINE_NOUN_WORDS 3
/* 1 when one of the OWN_HEADLINE_NOUN_WORDS words of t that end before
 * q is a post noun ("der artikel „", "the post “") */
static int post_noun_before(const char *t, const char *q)
{
    const char *e = q;
    for (int w = 0; w < OWN_HEADLINE_NOUN_WORDS; w++) {
        while (e > t && (e[-1] == ' ' || e[-1] == ':' || e[-1] == ','))
            e--;
        const char *b = e;
        while (b > t && b[-1] != ' ')
            b--;
        if (b == e)
            return 0;
        if (words_exact(&words_post_self_nouns, b, (size_t)(e - b)))
            return 1;
        e = b;
    }
    return 0;
}
static int quotes_own_headline(const char *t, const char *title_lower, int linked)
{
    size_t tl = strlen(title_lower);
    if (tl < OWN_HEADLINE_MIN)
        return 0;
    for (const char *h = strstr(t, title_lower); h; h = strstr(h + 1, title_lower)) {
        const unsigned char *a = (const unsigned char *)h, *e = a + tl;
        int kind;
        size_t open = 0, close = 0;
        if ((const char *)a > t && a[-1] == ' ')
            a--; /* "« <headline> »" */
        if (*e == ' ')
            e++;
        for (size_t len = 1; len <= 3 && !open; len++)
            if ((const char *)a - t >= (ptrdiff_t)len && quote_mark_at(a - len, len, &kind) == len)
                open = len;
        for (size_t len = 1; len <= 3 && !close && e[len - 1]; len++)
            if (quote_mark_at(e, len, &kind) == len)
                close = 1;
        if (open && close && (linked || post_noun_before(t, (const char *)a - open)))
            return 1;
    }
    return 0;
}

static int is_own_headline_line(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    const char *title_lower = c->title_lower;
    if (!title_lower || strlen(title_lower) < OWN_HEADLINE_MIN || len < OWN_HEADLINE_MIN + 2 ||
        len > OWN_HEADLINE_LINE_MAX || c->tot[n->id].size > LINE_MAX_NODES || c->tot[n->id].has_block)
        return 0;
    int linked = 0;
    for (const dom_node *d = n; d && !linked; d = dom_next(n, d)) {
        if (d->type != DOM_ELEMENT || d->tag != TAG_A || (d->flags & DOM_F_REMOVED) || !dom_attr_get(d, "href"))
            continue;
        /* a link on the quoted title itself (a review links the book to
         * its shop) is the writer's, no sign of the template */
        char lt[OWN_HEADLINE_LINE_MAX + 8];
        size_t ln = text_prefix_lower(d, lt, sizeof lt);
        while (ln && lt[ln - 1] == ' ')
            lt[--ln] = '\0';
        const char *lp = lt;
        while (*lp == ' ')
            lp++;
        linked = !*lp || !strstr(title_lower, lp);
    }
    char t[OWN_HEADLINE_LINE_MAX + 8];
    text_prefix_lower(n, t, sizeof t);
    return quotes_own_headline(t, title_lower, linked);
}

/* The caption line of a video site's embed code, which pages paste under
 * the player as it comes: "<p><a href="https://vimeo.com/ID">Title</a>
 * from <a href="https://vimeo.com/user">Name</a> on <a
 * href="https://vimeo.com">Vimeo</a>.</p>" (the text "How a kite is
 * built from Jane Doe on Vimeo."). It credits the embedded video, like a tweet
 * embed's "— Name (@handle) date" line, and is not the writer's text.
 * Read: a block of at most VIDEO_CREDIT_MAX bytes (the title and the name
 * are short) with two links or more, all to one host (the video's page,
 * the uploader's page and the site itself), whose text has " from " and
 * ends in " on " and the site's name, the first label of that host ("on
 * Vimeo" for vimeo.com; a final period allowed). The structure names the
 * site, so no list of video sites is needed. A sentence that names the
 * site ("We put the whole talk on Vimeo.", linked) has no title and name
 * links before it. */
#define VIDEO_CREDIT_MAX 200
/* 1 when href's host is host[0..hl), ASCII case folded */
static int href_on_host(const char *href, const char *host, size_t hl)
{
    size_t l;
    const char *h = href ? url_host(href, &l) : NULL;
    return h && chars_eq_ci(h, l, host, hl);
}
static int is_video_embed_credit(const ctx *c, dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (!len || len > VIDEO_CREDIT_MAX || c->tot[n->id].size > LINE_MAX_NODES || c->tot[n->id].has_block)
        return 0;
    /* the links first: a walk over a few nodes rejects nearly every
     * block, where lowering its text costs a pass over each byte */
    const dom_node *last_a = NULL;
    int links = 0;
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED))
            last_a = d, links++;
    if (links < 2)
        return 0;
    size_t hl = 0;
    const char *href = dom_attr_get(last_a, "href");
    const char *host = href ? url_host(href, &hl) : NULL;
    const char *dot = host ? memchr(host, '.', hl) : NULL;
    if (!dot || dot == host)
        return 0; /* a site's name is its host's first label: "x.com", not "localhost" */
    size_t nl = (size_t)(dot - host);
    for (const dom_node *d = n; d; d = dom_next(n, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED) &&
            !href_on_host(dom_attr_get(d, "href"), host, hl))
            return 0;
    char t[VIDEO_CREDIT_MAX + 8];
    size_t l = text_prefix_lower(n, t, sizeof t);
    while (l && (t[l - 1] == '.' || t[l - 1] == ' '))
        l--;
    if (l < nl + 4 || memcmp(t + l - nl - 4, " on ", 4) != 0 || !chars_eq_ci(t + l - nl, nl, host, nl))
        return 0;
    t[l] = '\0';
    return strstr(t, " from ") != NULL;
}

/* An editor's pointer set into the text as one emphasised block wholly
 * in square brackets, with a link: "[Alle aktuellen Entwicklungen ...
 * finden Sie hier in unserem Newsblog.]", "[Alle wichtigen Updates ...
 * im kostenlosen Newsletter ... Zur Anmeldung geht es hier.]". The
 * brackets and the italics mark an insert that is not the story, the
 * link is where it sends the reader; one pair of brackets must hold all
 * the text ("[Docs] [txt|pdf]" is a row of links, "[1] http://..." a
 * footnote), and the whole is a pitch's length (NEWSLETTER_PROMO_MAX).
 * A bracketed note without a link ("[Note: in the test above ...]", a
 * chat log's "[Name: ...]") is the writer's and stays. */
static int is_bracketed_pointer(const ctx *c, dom_node *n)
{
    char t[NEWSLETTER_PROMO_MAX + 8];
    /* the opening bracket first, from the text's first bytes (the same
     * bytes the whole text starts with): most linked paragraphs do not
     * open with one, and lowering all of each costs */
    text_prefix_lower(n, t, 8);
    if (t[0] != '[')
        return 0;
    size_t l = text_prefix_lower(n, t, sizeof t);
    while (l && (t[l - 1] == ' ' || t[l - 1] == '.'))
        l--;
    if (l < 3 || t[0] != '[' || t[l - 1] != ']' || memchr(t, ']', l - 1))
        return 0;
    return all_emphasised(c, n);
}

/* 1 when what a reader sees next after n, inside root, is a heading or
 * nothing: the first visible text after n's subtree (removed and junk
 * elements passed over) stands in a heading, or there is none. Reads at
 * most POINTER_FOLLOW_NODES nodes; more reads as text following. */
#define POINTER_FOLLOW_NODES (4 * LINE_MAX_NODES)
static int heading_or_end_follows(const dom_node *root, const dom_node *n)
{
    int seen = 0;
    const dom_node *d = dom_next_skip(root, n);
    for (; d && seen < POINTER_FOLLOW_NODES; seen++) {
        if (d->type == DOM_ELEMENT && ((d->flags & DOM_F_REMOVED) || (tag_flags[d->tag] & TF_JUNK))) {
            d = dom_next_skip(root, d);
            continue;
        }
        if (d->type == DOM_TEXT && has_visible_char(d)) {
            for (const dom_node *a = d->parent; a && a != root; a = a->parent)
                if (a->type == DOM_ELEMENT && (tag_flags[a->tag] & TF_HEADING))
                    return 1;
            return 0;
        }
        d = dom_next(root, d);
    }
    return d == NULL;
}

/* 1 when s starts with the lower-case ASCII prefix p, case ignored */
static int starts_ci(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (tolower((unsigned char)*s) != *p)
            return 0;
    return 1;
}

/* 1 when a link under n (n itself included, up to stop: NULL for n's
 * subtree, else n's following siblings before stop too) goes to a web
 * page: an href that is not a mail or phone address. */
static int has_web_link(const dom_node *n, const dom_node *stop)
{
    for (const dom_node *s = n; s && s != stop; s = stop ? s->next : NULL)
        for (const dom_node *d = s; d; d = dom_next(s, d))
            if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED)) {
                const char *h = dom_attr_get(d, "href");
                if (h && *h && !starts_ci(h, "mailto:") && !starts_ci(h, "tel:"))
                    return 1;
            }
    return 0;
}

/* A shop's tip line: "Shop Tipp: <a>Hören Sie das Album auf Ihrem
 * Sprachlautsprecher</a>", "Buch-Tipp: <a>...</a>" linking to a shop. The
 * label before the colon is one or two words (SHOP_TIP_LABEL_MAX bytes)
 * whose last word is a tip word (words_tip_labels, also as the end of a
 * German compound: "Spartipp"); the rest is all link (80%+), and every
 * link goes to another host than the page's: an advertiser's or a
 * shop's, not a pointer to the site's own story. A tip in the writer's
 * words ("Tipp: Wer eine Zusage hat, kann ...") has no link, or little. */
#define SHOP_TIP_LABEL_MAX 24
#define TIP_QUESTION_MAX 60 /* bytes: a question of a few words before the tip's link */
static int links_all_elsewhere(const ctx *c, const dom_node *n, const dom_node *stop)
{
    int links = 0;
    for (const dom_node *s = n; s && s != stop; s = stop ? s->next : NULL)
        for (const dom_node *d = s; d; d = dom_next(s, d))
            if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED)) {
                const char *h = dom_attr_get(d, "href");
                size_t hl;
                const char *hh = h && strstr(h, "//") ? url_host(h, &hl) : NULL;
                if (!hh || host_is_own(c, hh, hl))
                    return 0;
                links++;
            }
    return links > 0;
}

static int is_shop_tip_line(const ctx *c, const dom_node *n, const dom_node *stop, const char *t, uint32_t len,
                            uint32_t linked)
{
    while (*t == ' ')
        t++;
    const char *colon = strchr(t, ':');
    if (!colon || colon == t || colon - t > SHOP_TIP_LABEL_MAX || len <= (uint32_t)(colon - t) + 1)
        return 0;
    size_t ll = (size_t)(colon - t);
    while (ll && t[ll - 1] == ' ')
        ll--;
    /* one or two words; the last one (after a blank or a hyphen) a tip word */
    int spaces = 0;
    size_t w = 0;
    for (size_t i = 0; i < ll; i++)
        if (t[i] == ' ' || t[i] == '-') {
            spaces += t[i] == ' ';
            w = i + 1;
        }
    if (spaces > 1 || w >= ll)
        return 0;
    size_t wl = ll - w;
    if (!words_exact(&words_tip_labels, t + w, wl) &&
        !words_suffix(&words_tip_compound_ends, t + w, wl, WORDS_END_PART))
        return 0;
    uint32_t after = len - (uint32_t)(colon - t) - 1;
    /* a short question to the reader may open the tip before its link
     * ("Rätseltipp: Kennen Sie die Vögel im Park? <a>Zum Bilderrätsel
     * ...</a>"): its bytes, up to the "?" within TIP_QUESTION_MAX bytes
     * after the label, are the pitch's, not the writer's words */
    const char *q = colon + 1;
    while (*q == ' ')
        q++;
    size_t ql = strlen(q); /* t is a short line (POINTER_LINE_MAX) */
    const char *qm = memchr(q, '?', ql < TIP_QUESTION_MAX ? ql : TIP_QUESTION_MAX);
    if (qm && (uint32_t)(qm - colon) < after)
        after -= (uint32_t)(qm - colon);
    return (uint64_t)linked * 10 >= (uint64_t)after * 8 && links_all_elsewhere(c, n, stop);
}

/* A publisher's pointer line (words_pointer_lines): "Hier geht es zur
 * <a>neuen Vereinssatzung</a>", "Mehr Infos findet ihr auf der
 * <a>Website von X</a>.", "Alle Infos zum Turnier: <a>...</a>". The
 * phrase opens a short line (POINTER_LINE_MAX, a headline link's length
 * and a few words) that links to a web page; a contact line ("Weitere
 * Informationen erteilt X unter Tel. ... (<a>mail</a>)") links to a
 * person and is the article's. Without a link it is a lead-in whose
 * link list the cleaning took ("Hier gibt es die Recherche zum
 * Nachlesen:"): it ends in a colon and a heading or nothing follows it,
 * so what it introduced is gone. A lead-in with its list or its
 * paragraph still after it ("Hier gibt es drei Gründe:" then the
 * reasons) is the article's. */
#define POINTER_LINE_MAX 160
#define COMMENT_COUNT_MAX 48 /* bytes: "Kommentare insgesamt: 12345" with room for a longer word */
/* 1 when the lowered line t (len bytes of text, linked bytes of them
 * in links) opens with a pointer phrase and, where the phrase is a
 * label before a colon ("More information: ..."), its links are half
 * the text after the label or more: "Mehr Infos: <a>www.x.de</a>". A
 * sentence after such a label ("More information: the board publishes
 * the <a>levels</a> every Monday, and ...") is the article's. */
static int opens_pointer_line(const char *t, uint32_t len, uint32_t linked)
{
    size_t p = body_starts_pointer_line(t);
    if (!p)
        return 0;
    while (t[p] == ' ')
        p++;
    return t[p] != ':' || len <= p + 1 || (uint64_t)linked * 2 >= (uint64_t)(len - p - 1);
}

/* 1 when element l is a line that is only a link: at most LINE_MAX_NODES
 * nodes, visible text (blanks aside) under POINTER_LINE_MAX bytes and 90%
 * of it or more inside a link to a web page, not a list item, not a
 * bare address. Counted from the text nodes, as a removed element has no
 * totals. */
static int is_link_only_line(const dom_node *l)
{
    if (l->tag == TAG_LI || (l->parent && (l->parent->tag == TAG_UL || l->parent->tag == TAG_OL)))
        return 0;
    uint32_t text = 0, link = 0, nodes = 0;
    for (const dom_node *d = l; d; d = dom_next(l, d)) {
        if (++nodes > LINE_MAX_NODES)
            return 0;
        if (d->type != DOM_TEXT)
            continue;
        int in_link = 0;
        for (const dom_node *a = d->parent; a && a != l->parent; a = a->parent)
            in_link |= a->type == DOM_ELEMENT && a->tag == TAG_A;
        uint32_t shown = (uint32_t)chars_count_nonblank(d->text, d->text_len);
        text += shown;
        link += in_link ? shown : 0;
    }
    if (!text || text >= POINTER_LINE_MAX || (uint64_t)link * 10 < (uint64_t)text * 9 || !has_web_link(l, NULL))
        return 0;
    /* a bare address ("www.example.org/programm") is the lead-in's own
     * address line, which address_line_after takes with it */
    char a[16];
    size_t al = text_prefix_lower(l, a, sizeof a);
    return !starts_address(a, al);
}

/* 1 when what follows n's subtree, inside root, starts with a line that
 * is only a link (is_link_only_line), removed by the cleaning or not:
 * "Weitere Informationen zur Umgehungsstraße:" over "<div><a>Pläne
 * beim Landratsamt</a>.</div>" and "<div><a>Text des
 * Bürgerantrags</a>.</div>", then the post's source list. Such lines go
 * as link blocks or teaser headlines, so what the lead-in introduced is
 * gone, though text follows. A list of links stays (link lists in
 * articles are often what the article is about), and so does its
 * lead-in; a blank removed block (a spacer) is passed over, junk too.
 * Reads at most POINTER_FOLLOW_NODES nodes. */
static int link_line_follows(const dom_node *root, const dom_node *n)
{
    int seen = 0;
    const dom_node *d = dom_next_skip(root, n);
    for (; d && seen < POINTER_FOLLOW_NODES; seen++) {
        if (d->type == DOM_ELEMENT && (tag_flags[d->tag] & TF_JUNK)) {
            d = dom_next_skip(root, d);
            continue;
        }
        if (d->type == DOM_ELEMENT && (tag_flags[d->tag] & TF_BLOCK) && is_link_only_line(d))
            return 1;
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(root, d);
            continue;
        }
        if (d->type == DOM_TEXT && has_visible_char(d))
            return 0;
        d = dom_next(root, d);
    }
    return 0;
}

/* 1 when the lowered lead-in t[0..l), its colon cut, opens with a word
 * of words_more_words ("weitere", "more") and ends with a phrase of
 * words_pointer_line_ends at a word start ("Weitere Backideen ...
 * findest du hier"): it offers more of the site's pieces */
static int ends_pointer_lead_in(const char *t, size_t l)
{
    size_t w0 = 0;
    while (w0 < l && t[w0] != ' ')
        w0++;
    if (!words_exact(&words_more_words, t, w0))
        return 0;
    while (l && t[l - 1] == ' ')
        l--;
    return words_suffix(&words_pointer_line_ends, t, l, WORDS_END_WORD);
}

static int is_pointer_line(const ctx *c, const dom_node *root, dom_node *n, const char *t, uint32_t len, int link)
{
    if (len >= POINTER_LINE_MAX)
        return 0;
    size_t l = strlen(t);
    while (l && (t[l - 1] == ' ' || t[l - 1] == '\n' || t[l - 1] == '\t'))
        l--;
    /* a lead-in that points at its list by its last words ("Weitere
     * Rezepte ... findest du hier:"), the list gone */
    if (!link && l && t[l - 1] == ':' && ends_pointer_lead_in(t, l - 1) && heading_or_end_follows(root, n))
        return 1;
    if (!opens_pointer_line(t, len, c->tot[n->id].link))
        return 0;
    if (link)
        return has_web_link(n, NULL);
    return l && t[l - 1] == ':' && (heading_or_end_follows(root, n) || link_line_follows(root, n));
}

/* The bare address line right after a pointer lead-in: "Hier finden Sie
 * das vollständige Programm und können sich anmelden:" and then
 * "<p><a>https://...</a></p>", the one link it introduced, set as a
 * block of its own. That block is all link (90%+: a trailing full stop
 * or space aside), its text is an address (starts_address) and the link
 * goes to a web page; a list item is one entry of a resource list, not
 * such a line. NULL when what follows is anything else: a lead-in
 * before a paragraph or a list ("Hier finden Sie die wichtigsten
 * Fragen:" and the questions) is the article's. */
static dom_node *address_line_after(const ctx *c, dom_node *n)
{
    dom_node *s = body_next_shown_sibling(n);
    if (!s || s->type != DOM_ELEMENT || !(tag_flags[s->tag] & TF_BLOCK) || s->tag == TAG_LI)
        return NULL;
    uint32_t len = c->tot[s->id].text;
    if (!len || len >= POINTER_LINE_MAX || (uint64_t)c->tot[s->id].link * 10 < (uint64_t)len * 9)
        return NULL;
    char a[16];
    size_t l = text_prefix_lower(s, a, sizeof a);
    if (!starts_address(a, l) || !has_web_link(s, NULL))
        return NULL;
    return s;
}

/* 1 when the last sentence of the lowered text t opens with a prompt
 * phrase (body_starts_prompt: "sign up here", "subscribe ..."): the
 * text after the last ". ", "! " or "? " before its end. A text of one
 * sentence is read whole. */
static int last_sentence_prompts(const char *t)
{
    size_t l = strlen(t);
    while (l && (t[l - 1] == ' ' || t[l - 1] == '.' || t[l - 1] == '!' || t[l - 1] == '\n'))
        l--;
    size_t i = l;
    while (i >= 2 && !((t[i - 2] == '.' || t[i - 2] == '!' || t[i - 2] == '?') && t[i - 1] == ' '))
        i--;
    if (i < 2)
        i = 0;
    return body_starts_prompt(t + i);
}

/* A short question to the reader, then a pointer to more: the question
 * (under READER_QUESTION_MAX bytes, ending in "? " with text after it)
 * offers more of the site's pieces (body_starts_more_question: "Du
 * suchst noch mehr Ideen für den Herbst? Hier kommen <a>8 Ausflüge
 * ...</a>", "Want to know more about X? Follow them on <a>GitHub</a>"),
 * or what follows it opens a pointer line ("Haben Sie Lust auf ...? Alle
 * Informationen ... finden Sie unter <a>...</a>", body_starts_pointer_line).
 * The first two questions are read ("Kennt ihr schon X? Ihr sucht noch
 * mehr Y? ..."). The caller wants the pointer's web link in the block
 * and a short block: a story's question answered in its own words stays.
 * t is lowered. */
#define READER_QUESTION_MAX 100 /* a line's question, as the question-then-ask rule reads it */
static int is_question_pointer(const char *t)
{
    const char *s = t;
    for (int k = 0; k < 2; k++) {
        const char *q = strchr(s, '?');
        if (!q || q - s >= READER_QUESTION_MAX || q[1] != ' ' || !q[2])
            return 0;
        if (body_starts_more_question(s) || body_starts_pointer_line(q + 2))
            return 1;
        s = q + 2;
    }
    return 0;
}

/* t: n's text as text_prefix_lower gives it into TEASER_MAX + 8 bytes,
 * which body_clean has read already for its line tests: lowering it a
 * second time here cost more than the tests themselves. */
static int is_teaser_block(ctx *c, dom_node *n, const char *t, const dom_node *root)
{
    uint32_t len = c->tot[n->id].text;
    if (len == 0 || len > TEASER_MAX)
        return 0;
    int link = has_link(n);
    if ((link || len < 100) && body_starts_teaser(t))
        return 1;
    if (link && len < 88 && is_tool_link_line(t))
        return 1; /* "Drucken | Versenden": the article's tool bar */
    /* "Read the full Times report here." under 120 bytes; or a promo
     * whose last sentence is its ask, ending in a "here" link: "X will
     * soon launch Y, a weekly newsletter bringing you ... Sign up
     * <a>here</a>." The ask (a prompt phrase: sign up, subscribe, ...)
     * opens the block's last sentence, so what comes before is the pitch
     * for it, not the story; the block is a teaser line's length
     * (TEASER_MAX), not a paragraph of the story. ends_with_here_link
     * walks the block, so it is asked once. */
    if (link && ends_with_here_link(n) && (len < 120 || last_sentence_prompts(t)))
        return 1;
    if (!c->lenient && is_pointer_line(c, root, n, t, len, link))
        return 1;
    /* A pointer lead-in ending in a colon, then its address on a line of
     * its own: both go (address_line_after). */
    if (!c->lenient && !link && len < POINTER_LINE_MAX && opens_pointer_line(t, len, 0)) {
        size_t l = strlen(t);
        while (l && (t[l - 1] == ' ' || t[l - 1] == '\n' || t[l - 1] == '\t'))
            l--;
        dom_node *a = l && t[l - 1] == ':' ? address_line_after(c, n) : NULL;
        if (a) {
            body_mark_removed(c, a);
            return 1;
        }
    }
    if (!c->lenient && link && len < POINTER_LINE_MAX && is_shop_tip_line(c, n, NULL, t, len, c->tot[n->id].link))
        return 1; /* "Shop Tipp: <a>...</a>" to a shop */
    /* A "back to" phrase opens a link back ("Zurück zur Übersicht",
     * "Return to homepage") or a sentence ("Return to office mandates
     * are spreading across the city's banks.", "Torna a salire la curva
     * dei contagi"): without a link, a block of a sentence's length
     * (60 bytes or more) is the sentence. */
    if (body_starts_prompt(t) && !(body_starts_back(t) && !link && len >= BACK_SENTENCE_MIN))
        return 1;
    /* A short question to the reader, then the ask: "Want more health
     * stories in your inbox? Subscribe to our weekly newsletter." The
     * question is under 100 bytes; the ask is a prompt phrase, not a "back
     * to" one ("What next? Return to the Moon by 2030" is a sentence), and
     * whole words: "Who pays? Subscribers do: ..." answers the question. */
    for (const char *q = t; (q = strchr(q, '?')) != NULL && q - t < 100; q++)
        if (q[1] == ' ' && body_starts_prompt(q + 2) && !body_starts_back(q + 2))
            return 1;
    if (link && !c->lenient && is_question_pointer(t) && has_web_link(n, NULL))
        return 1;
    if (len < 160 && body_starts_credit(t) && !credit_in_own_picture_box(c, n))
        return 1;
    /* A line that is only a link, in a block of its own: a teaser
     * headline. A bare address ("http://www.example.org/...") is a
     * source the author cites, not a headline. */
    if (link && !c->lenient && body_link_density(c, n) > 0.9f && n->tag != TAG_LI && len < 160 &&
        !(n->parent && (n->parent->tag == TAG_UL || n->parent->tag == TAG_OL)) &&
        !starts_address(t, strlen(t)))
        return 1;
    return 0;
}

/* The sibling after n that a reader sees next: a kept element, or a text
 * with a visible character (then not an element: the caller's test
 * fails); blank text and removed elements are passed over. */
dom_node *body_next_shown_sibling(const dom_node *n)
{
    dom_node *l = n->next;
    while (l && (l->type != DOM_ELEMENT || (l->flags & DOM_F_REMOVED)) &&
           !(l->type == DOM_TEXT && has_visible_char(l)))
        l = l->next;
    return l;
}

#define LINE_LOWER_MAX (TEASER_MAX + 8) /* bytes of a line's text lowered_line reads */

/* Element l's text lowered into w (LINE_LOWER_MAX bytes), from its first
 * byte that is not a blank. */
static const char *lowered_line(const dom_node *l, char *w)
{
    text_prefix_lower(l, w, LINE_LOWER_MAX);
    while (*w == ' ' || *w == '\n' || *w == '\t')
        w++;
    return w;
}

/* 1 when element l's text reads as a headline: three words or more, not
 * a bare address (a source the author cites). */
static int reads_as_headline(const dom_node *l)
{
    char w[LINE_LOWER_MAX];
    const char *a = lowered_line(l, w);
    return !starts_address(a, strlen(a)) && meta_word_count(a) >= 3;
}

/* "Mehr zu Konny Reimann:", "Read more on this:", then a list whose every
 * item is one headline link: a related-stories list the site puts in or
 * after the article. The lead-in is a short line (under 100 bytes) ending
 * in a colon, so the rule is the shape, not the wording; the list right
 * after it has 2+ items, each a link for 90%+ of its text and at least
 * three words long (a headline, not a name or a "Home" link), none a bare
 * address (a source list the author cites). A list of links with no
 * lead-in, or with one prose item, stays here: link lists inside articles
 * are often what the article is about (is_unlabelled_headline_list takes
 * the unlabelled ones of three or more headlines all into the site, and
 * leaves a list whose longer lead-in the writer ends with a colon).
 * Returns the list, or NULL. */
#define LINK_LINE_LABEL_MAX 40 /* bytes of the label before the colon: "Share this", "Related coverage" */

#define REL_TAG_LINKS_MIN 2 /* a post's category and a tag, or two tags */
#define POST_NAV_READ 64      /* bytes of a post navigation link's text read: a label, or a title's start */
#define POST_NAV_LABEL_MAX 40 /* bytes of text outside a post navigation link, per link: "Vorgängerbeitrag: " */
static int breaks_line(const dom_node *k);
static dom_node *loose_line_start(dom_node *last); /* below: the first piece of the line that ends with last */

/* A byte of a word: an ASCII letter or digit, or any byte of a UTF-8
 * sequence (the lines it reads are lower-cased UTF-8). */
static int word_byte(unsigned char b) { return chars_is_alnum(b) || b >= 0x80; }

/* A line of hashtags only, two or more ("#Kino#Sommer#Freiluft", "#berlin
 * #kultur, #theater"), run together or apart, nothing else: what the post
 * is filed under, written as tags. A sentence that uses a hashtag ("Under
 * #MeToo, thousands spoke out") has words of its own. t is the line
 * lowered. */
#define HASHTAG_LINE_MIN 2
static int is_hashtag_line(const char *t)
{
    int tags = 0;
    for (;;) {
        while (*t == ' ' || *t == ',' || *t == '\n' || *t == '\t')
            t++;
        if (!*t)
            return tags >= HASHTAG_LINE_MIN;
        if (*t != '#')
            return 0;
        t++;
        const char *w = t;
        while (*t && (word_byte((unsigned char)*t) || *t == '_' || *t == '-'))
            t++;
        if (t == w)
            return 0; /* a lone "#", or "# 1" */
        tags++;
    }
}

/* 1 when the line links to two or more of the site's tag or category
 * pages by rel="tag" (WordPress writes rel="category tag" and rel="tag"
 * on the links of a post's filing line): "Posted in <a rel="category
 * tag">Garden</a> and tagged <a rel="tag">balcony</a>, <a
 * rel="tag">tomatoes</a>. Bookmark the <a rel="bookmark">permalink</a>."
 * The theme writes the
 * sentence in the site's language, so no label is read: the markup names
 * the links what they are. An article's own text links to stories, not
 * to the site's tag pages (golden case furniture_rel_tag_line). The
 * caller bounds the line to LINE_MAX_NODES nodes and to a block without
 * a block inside: an article's header holds its category line beside
 * the headline and the standfirst, which stay. */
static int is_rel_tag_line(const dom_node *n)
{
    int tags = 0;
    for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d)) {
        if (d->type != DOM_ELEMENT || d->tag != TAG_A)
            continue;
        const char *rel = dom_attr_get(d, "rel");
        if (rel && dom_tokens_have(rel, "tag", 3, 1) && ++tags >= REL_TAG_LINKS_MIN)
            return 1;
    }
    return 0;
}

/* Length of the mark that opens s (at_end 0) or closes [s, e) (at_end
 * 1), 0 when none does: spaces and ASCII punctuation, the dashes,
 * quotation marks and bullets of U+2010 to U+2027, the single
 * guillemets and the arrows a pager writes ("‹ older", "newer →"),
 * guillemets, the middle dot and the no-break space. The marks a note
 * may open with (skip_note_marks), a pager's label may wear
 * (nav_label_core) and a channel list puts between its names
 * (is_channel_list_line). s is NUL-terminated; at_end reads back to s at
 * most. */
static size_t note_mark_len(const char *s, const char *e, int at_end)
{
    const unsigned char *u = (const unsigned char *)(at_end ? e : s);
    size_t room = at_end ? (size_t)(e - s) : 3; /* from the start, the NUL ends a test */
    if (at_end) {
        if (room >= 1 && u[-1] < 0x80 && !chars_is_alnum(u[-1]))
            return 1;
        if (room >= 2 && u[-2] == 0xC2 && (u[-1] == 0xA0 || u[-1] == 0xAB || u[-1] == 0xB7 || u[-1] == 0xBB))
            return 2;
        u -= 3;
        if (room < 3)
            return 0;
    } else {
        if (u[0] && u[0] < 0x80 && !chars_is_alnum(u[0]))
            return 1;
        if (u[0] == 0xC2 && (u[1] == 0xA0 || u[1] == 0xAB || u[1] == 0xB7 || u[1] == 0xBB))
            return 2;
    }
    if (u[0] == 0xE2 && u[1] == 0x80 && ((u[2] >= 0x90 && u[2] <= 0xA7) || u[2] == 0xB9 || u[2] == 0xBA))
        return 3; /* ‐ to ‧, ‹ › */
    if (u[0] == 0xE2 && u[1] == 0x86 && (u[2] == 0x90 || u[2] == 0x92))
        return 3; /* ← → */
    return 0;
}

/* The label inside t (lowered, NUL-terminated) without the arrows and
 * marks around it ("« previous post", "next post »", "← older posts",
 * "vorgängerbeitrag:"): its start, its length in *len. */
static const char *nav_label_core(const char *t, size_t *len)
{
    const char *s = t, *e = t + strlen(t);
    size_t l;
    while (s < e && (l = note_mark_len(s, e, 0)) != 0)
        s += l;
    while (e > s && (l = note_mark_len(s, e, 1)) != 0)
        e -= l;
    *len = (size_t)(e - s);
    return s;
}

/* 1 when the link names itself, or the text just before it names it, as
 * the blog's previous or next post (words_post_nav_labels). */
static int is_post_nav_label_link(const dom_node *a)
{
    char t[POST_NAV_READ];
    size_t l;
    text_prefix_lower(a, t, sizeof t);
    const char *w = nav_label_core(t, &l);
    if (l && words_exact(&words_post_nav_labels, w, l))
        return 1;
    /* "Vorgängerbeitrag: <a>title</a>", "<b>Next post:</b> <a>title</a>":
     * the label is the line's text before the link, back to the line's
     * start (a <br> or the block's start) */
    text_range_lower(loose_line_start((dom_node *)a), a, t, sizeof t);
    w = nav_label_core(t, &l);
    return l && words_exact(&words_post_nav_labels, w, l);
}

/* A post's links to the blog's previous and next posts, set in the
 * post's own block at its end: "Vorgängerbeitrag: <a rel="prev">title</a>
 * <br>Nachfolgebeitrag: <a rel="next">title</a>", "<a>« Previous
 * post</a> <a>Next post »</a>". A <nav> goes as junk already; themes also
 * write the pair as a <p> or a <div> of two links. Every link of the
 * line is such a link: marked rel="prev" or rel="next" (the markup names
 * the link's role, in any language), or worded as one, by its own text
 * or by its label before a colon (words_post_nav_labels); the text
 * outside the links is labels, at most POST_NAV_LABEL_MAX bytes a link. A
 * line recognised by its words only must also be the last thing a reader
 * sees before a heading or the body's end (heading_or_end_follows): a
 * story that writes "the previous post: <a>...</a>" mid-text keeps it.
 * The caller bounds the block to LINE_MAX_NODES nodes without a block
 * inside. Golden cases furniture_post_nav_links,
 * furniture_post_nav_label_in_bold. */
/* 1 when the text of n outside its links is only arrows and separators
 * ("« <a>...</a> | <a>...</a> »"), with one arrow at least: « » ‹ › ← →
 * < >, and | / · - – and blanks between. Reads n's nodes (the caller
 * bounds them). */
static int only_arrows_outside_links(const dom_node *n)
{
    int arrows = 0;
    for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d)) {
        if (d->type == DOM_ELEMENT && d->tag == TAG_A) {
            d = dom_next_skip(n, d);
            if (!d)
                break;
            if (d->type != DOM_TEXT)
                continue;
        }
        if (d->type != DOM_TEXT)
            continue;
        const unsigned char *t = (const unsigned char *)d->text;
        for (uint32_t k = 0; k < d->text_len; k++) {
            unsigned char b = t[k];
            if (b == '<' || b == '>') {
                arrows++;
            } else if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '|' || b == '/' || b == '-') {
            } else if (b == 0xC2 && k + 1 < d->text_len && (t[k + 1] == 0xAB || t[k + 1] == 0xBB)) {
                arrows++, k++; /* « » */
            } else if (b == 0xC2 && k + 1 < d->text_len && (t[k + 1] == 0xB7 || t[k + 1] == 0xA0)) {
                k++; /* a middle dot, a no-break space */
            } else if (b == 0xE2 && k + 2 < d->text_len && t[k + 1] == 0x80 && (t[k + 2] == 0xB9 || t[k + 2] == 0xBA)) {
                arrows++, k += 2; /* ‹ › */
            } else if (b == 0xE2 && k + 2 < d->text_len && t[k + 1] == 0x86 && (t[k + 2] == 0x90 || t[k + 2] == 0x92)) {
                arrows++, k += 2; /* ← → */
            } else if (b == 0xE2 && k + 2 < d->text_len && t[k + 1] == 0x80 && t[k + 2] == 0x93) {
                k += 2; /* – */
            } else {
                return 0;
            }
        }
    }
    return arrows > 0;
}

static int is_post_nav_line(const ctx *c, const dom_node *root, const dom_node *n)
{
    /* two links framed by arrows only, the theme's pair with no label:
     * "« <a>previous title</a> | <a>next title</a> »", the last thing
     * before a heading or the body's end */
    if (c->tot[n->id].link * 10 >= c->tot[n->id].text * 8 && only_arrows_outside_links(n)) {
        int two = 0;
        for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d))
            if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED) && c->tot[d->id].text)
                two++;
        if (two == 2 && heading_or_end_follows(root, n))
            return 1;
    }
    int links = 0, worded = 0;
    for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d)) {
        if (d->type != DOM_ELEMENT || d->tag != TAG_A || (d->flags & DOM_F_REMOVED) || !c->tot[d->id].text)
            continue;
        links++;
        const char *rel = dom_attr_get(d, "rel");
        if (rel && (dom_tokens_have(rel, "prev", 4, 1) || dom_tokens_have(rel, "next", 4, 1) ||
                    dom_tokens_have(rel, "previous", 8, 1)))
            continue;
        if (!is_post_nav_label_link(d))
            return 0;
        worded++;
    }
    uint32_t text = c->tot[n->id].text, link = c->tot[n->id].link;
    if (!links || text - link > (uint32_t)links * POST_NAV_LABEL_MAX)
        return 0;
    return !worded || heading_or_end_follows(root, n);
}

/* A line that is a furniture heading's label and its links in one block:
 * "<p>Share this: <a>Facebook</a> <a>Twitter</a> <a>Email</a></p>",
 * "Related: <a>...</a> | <a>...</a>". The label before the colon is one
 * that titles furniture as a heading of its own (body_furniture_heading_kind),
 * two or more links follow, and they are 80%+ of the text after the
 * label. A sentence with a colon and a link ("More information: the
 * council's <a>plan</a> is online") has more words of its own. */
static int is_labelled_link_line(const ctx *c, const dom_node *n, const char *t)
{
    while (*t == ' ' || *t == '\n' || *t == '\t')
        t++;
    const char *colon = strchr(t, ':');
    if (!colon || colon == t || (size_t)(colon - t) > LINK_LINE_LABEL_MAX)
        return 0;
    char label[LINK_LINE_LABEL_MAX + 2];
    size_t ln = (size_t)(colon - t);
    memcpy(label, t, ln);
    label[ln] = '\0';
    if (body_furniture_heading_kind(label) == HEAD_NONE)
        return 0;
    uint32_t text = c->tot[n->id].text, link = c->tot[n->id].link;
    if (text <= ln + 1)
        return 0;
    int links = 0, seen = 0;
    for (const dom_node *d = dom_next(n, n); d && seen < LINE_MAX_NODES; d = dom_next(n, d), seen++)
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && c->tot[d->id].text)
            links++;
    return links >= 2 && (uint64_t)link * 10 >= (uint64_t)(text - ln - 1) * 8;
}

/* A lead-in ("Read also:", "Mehr zum Thema:") is a label, not a
 * sentence: at most LEAD_IN_MAX bytes of text before its colon. */
#define LEAD_IN_MAX 100
static dom_node *headline_link_list(const ctx *c, dom_node *l, int *items, int *away);
static dom_node *lead_in_link_list(const ctx *c, const dom_node *n, const char *t)
{
    size_t tl = strlen(t);
    while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\n' || t[tl - 1] == '\t'))
        tl--;
    if (!tl || t[tl - 1] != ':' || c->tot[n->id].text > LEAD_IN_MAX)
        return NULL;
    return headline_link_list(c, body_next_shown_sibling(n), NULL, NULL);
}

/* The links of one list item (is_headline_link_item, is_tag_item):
 * *links counts those with text; *in_page is set when any link points
 * into the page itself ("#..."), *away when a link with text points out
 * of the page's own site (own_site_path: another host, mailto:, or no
 * address). */
static void item_links(const ctx *c, const dom_node *li, int *links, int *in_page, int *away)
{
    for (const dom_node *d = dom_next(li, li); d; d = dom_next(li, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED)) {
            const char *href = dom_attr_get(d, "href"), *hh = NULL;
            size_t hl = 0;
            if (href && href[0] == '#')
                *in_page = 1;
            if (c->tot[d->id].text) {
                ++*links;
                if (!own_site_path(c, href, &hh, &hl))
                    *away = 1;
            }
        }
}

/* 1 when li is a list item that is one short link reading as a
 * headline: a related story's entry. A link into the page itself ("#")
 * makes it a table of contents' entry, the article's outline. *away is
 * set when a link with text points out of the page's own site
 * (own_site_path: another host, or no address). */
static int is_headline_link_item(const ctx *c, const dom_node *li, int *away)
{
    if (li->tag != TAG_LI || c->tot[li->id].size > LINE_MAX_NODES || c->tot[li->id].text > TEASER_MAX ||
        body_link_density(c, li) <= 0.9f || !reads_as_headline(li))
        return 0;
    int links = 0, in_page = 0;
    item_links(c, li, &links, &in_page, away);
    return !in_page;
}

/* l when it is a list (<ul>, <ol>) of two or more items, each one short
 * link that reads as a headline (is_headline_link_item); NULL otherwise.
 * Elements without text are passed over (an emptied slot shows nothing);
 * visible loose text among the items keeps the list. *items and *away,
 * when not NULL, get the number of items and of those with a link out of
 * the site (the unlabelled rule below needs both). One walk over the
 * children, each item's text and links read once. */
static dom_node *headline_link_list(const ctx *c, dom_node *l, int *items, int *away)
{
    if (!l || l->type != DOM_ELEMENT || (l->tag != TAG_UL && l->tag != TAG_OL))
        return NULL;
    int n = 0, out = 0;
    for (const dom_node *li = l->first_child; li; li = li->next) {
        if (li->type == DOM_TEXT && has_visible_char(li))
            return NULL;
        if (li->type != DOM_ELEMENT || (li->flags & DOM_F_REMOVED) || !c->tot[li->id].text)
            continue;
        int a = 0;
        if (!is_headline_link_item(c, li, &a))
            return NULL;
        n++;
        out += a;
    }
    if (items)
        *items = n;
    if (away)
        *away = out;
    return n >= 2 ? l : NULL;
}

/* The walk the two labelled-list rules share: l's first shown entry is
 * its label when it can be one (no link, at most LINK_LINE_LABEL_MAX
 * bytes, a line's nodes), and every entry after it must pass item.
 * Returns the number of items, *label set, with *away_items counting the
 * items that point out of the site; 0 when loose text stands among the
 * entries, the first entry is no label, an entry fails item, or more
 * than LABELLED_LIST_MAX children would be read. */
#define LABELLED_LIST_MAX 32
typedef int (*list_item_test)(const ctx *c, const dom_node *li, int *away);
static int labelled_list_items(const ctx *c, const dom_node *l, list_item_test item, const dom_node **label,
                               int *away_items)
{
    int items = 0, seen = 0;
    *label = NULL;
    *away_items = 0;
    for (const dom_node *k = l->first_child; k; k = k->next) {
        if (++seen > LABELLED_LIST_MAX)
            return 0;
        if (k->type == DOM_TEXT && has_visible_char(k))
            return 0;
        if (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED) || !c->tot[k->id].text)
            continue;
        if (!*label) {
            if (c->tot[k->id].link || c->tot[k->id].text > LINK_LINE_LABEL_MAX ||
                c->tot[k->id].size > LINE_MAX_NODES)
                return 0;
            *label = k;
            continue;
        }
        int away = 0;
        if (!item(c, k, &away))
            return 0;
        items++;
        *away_items += away;
    }
    return *label ? items : 0;
}

/* A list that carries its own label as its first entry, then headline
 * links: "<ul><li>MORE FROM THE VALLEY</li><li><a>Three things we saw at
 * the harvest fair</a></li><li><a>...</a></li></ul>", "<ul><span>Mehr
 * zum Thema Radverkehr</span><li><a>...</a></li>...</ul>": the same
 * related-stories box as a lead-in line over its list, with the line
 * moved inside. The label is the first thing shown, an element without a
 * link of at most LINK_LINE_LABEL_MAX bytes; after it come two or more
 * items, each one link that reads as a headline (is_headline_link_item,
 * as headline_link_list's), at least half of them into the site's own
 * pages (a sponsored entry may point away): a reading list labelled by
 * its first entry ("<li>Further reading</li>
 * <li><a href=other host>Report of the water board on ...</a></li>")
 * cites other hosts and is the article's; a table of contents under
 * "Contents" links into the page and is its outline. A list without such
 * a label, or with a prose item, stays. At most LABELLED_LIST_MAX
 * children are read. Golden cases furniture_list_labelled_by_first_item,
 * furniture_labelled_list_half_away (two of four away),
 * keep_further_reading_list_labelled_by_first_item,
 * keep_reading_list_mostly_away (two of three away). */
static int is_labelled_headline_list(const ctx *c, const dom_node *l)
{
    const dom_node *label;
    int away_items;
    int items = labelled_list_items(c, l, is_headline_link_item, &label, &away_items);
    /* at least half the items into the site: a box of the house's
     * stories may carry one sponsored entry to a partner's page */
    return items >= 2 && away_items * 2 <= items;
}

/* A list that carries a taxonomy label as its first entry, then the
 * tags: "<ul><li>Filed under:</li><li><a href=/topic/x>Ferries</a></li>
 * <li><a href=/topic/y>Night shifts</a></li></ul>", the taxonomy line
 * (body_is_taxonomy_line) set as a list, which no line rule reads whole.
 * The label is the first thing shown, an element without a link of at
 * most LINK_LINE_LABEL_MAX bytes whose whole text is a taxonomy label
 * with its colon (words_taxonomy_labels); after it come two or more
 * items, each one link (90%+ of its text) of at most TAG_ITEM_MAX bytes
 * and TAG_ITEM_WORDS words into the site's own pages, not into the page
 * itself (a table of contents). A list under another label ("Starring:",
 * "Speakers:" over links to the site's pages on those people) is the
 * article's; so is a list of sources or of other sites' pages, which
 * points away, and a list whose items say more than a name. Golden
 * cases furniture_tag_list_labelled_by_first_item,
 * keep_cast_list_labelled_by_first_item. */
#define TAG_ITEM_MAX 40
#define TAG_ITEM_WORDS 4
static int is_tag_item(const ctx *c, const dom_node *li, int *away_unused)
{
    (void)away_unused; /* a tag item links into the site: its own test */
    uint32_t len = c->tot[li->id].text;
    if (li->tag != TAG_LI || !len || len > TAG_ITEM_MAX || c->tot[li->id].size > LINE_MAX_NODES ||
        body_link_density(c, li) <= 0.9f)
        return 0;
    char t[TAG_ITEM_MAX + 8];
    text_prefix_lower(li, t, sizeof t);
    if (meta_word_count(t) > TAG_ITEM_WORDS)
        return 0;
    int links = 0, in_page = 0, away = 0;
    item_links(c, li, &links, &in_page, &away);
    return links == 1 && !in_page && !away;
}

static int is_labelled_tag_list(const ctx *c, const dom_node *l)
{
    const dom_node *label;
    int away_items;
    if (labelled_list_items(c, l, is_tag_item, &label, &away_items) < 2)
        return 0;
    /* the label is a taxonomy label with its colon ("Tags:", "Filed
     * under:", "Mehr zu:"): any other label ("Starring:", "Speakers:")
     * over links to the site's own pages of people or things is the
     * article's credits or list */
    char t[LINK_LINE_LABEL_MAX + 8];
    size_t tl = text_prefix_lower(label, t, sizeof t);
    while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\n' || t[tl - 1] == '\t'))
        tl--;
    const char *s = t;
    while (tl && (*s == ' ' || *s == '\n' || *s == '\t'))
        s++, tl--;
    return tl && s[tl - 1] == ':' && words_exact(&words_taxonomy_labels, s, tl);
}

/* A table of contents' label, alone in its element ("<summary>Table of
 * Contents</summary>", "<p><b>Inhaltsverzeichnis</b></p>"): its whole
 * text, less a trailing colon, is a phrase of words_toc_labels, and the
 * next element shown after it holds two or more links, every one of them
 * into the page itself ("#section-2"), for 80%+ of its text: the
 * outline. The label names page furniture and goes; the outline's
 * entries repeat the article's own headings and are left to the other
 * rules. The same words over prose ("Contents" over a paragraph on a
 * parcel's contents) are the article's. */
static int is_toc_label(const ctx *c, const dom_node *n, const char *t)
{
    if (c->tot[n->id].link)
        return 0; /* the cheap test first: a label holds no link */
    size_t tl = strlen(t);
    while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\n' || t[tl - 1] == '\t' || t[tl - 1] == ':'))
        tl--;
    const char *s = t;
    while (*s == ' ' || *s == '\n' || *s == '\t')
        s++, tl--;
    if (!words_exact(&words_toc_labels, s, tl))
        return 0;
    const dom_node *l = body_next_shown_sibling(n);
    if (!l || l->type != DOM_ELEMENT || !c->tot[l->id].text ||
        (uint64_t)c->tot[l->id].link * 10 < (uint64_t)c->tot[l->id].text * 8)
        return 0;
    int links = 0, seen = 0;
    for (const dom_node *d = dom_next(l, l); d; d = dom_next(l, d)) {
        if (++seen > POINTER_FOLLOW_NODES * 4)
            return 0;
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && !(d->flags & DOM_F_REMOVED) && c->tot[d->id].text) {
            const char *href = dom_attr_get(d, "href");
            if (!href || href[0] != '#')
                return 0;
            links++;
        }
    }
    return links >= 2;
}

/* The sibling before n that a reader sees just before it: the mirror of
 * body_next_shown_sibling (a kept element, or a text with a visible
 * character; blank text and removed elements are passed over); NULL when
 * there is none. */
dom_node *body_prev_shown_sibling(const dom_node *n)
{
    dom_node *l = n->prev;
    while (l && (l->type != DOM_ELEMENT || (l->flags & DOM_F_REMOVED)) && !(l->type == DOM_TEXT && has_visible_char(l)))
        l = l->prev;
    return l;
}

/* body_prev_shown_sibling for list_has_lead_in, which gives up past
 * PREV_SHOWN_WALK passed-over siblings and then sets *far (NULL is then
 * no answer, not "no sibling"). The lists are judged in document order
 * and the ones before are removed already: a page of thousands of link
 * lists in one parent made every list walk back over all the removed ones
 * (quadratic; tests/pathological.py link_lists). A page sets a lead-in
 * line right before its list, not past dozens of removed siblings. */
#define PREV_SHOWN_WALK 64
static dom_node *prev_lead_in_sibling(const dom_node *n, int *far)
{
    dom_node *l = n->prev;
    *far = 0;
    for (int k = 0; l && (l->type != DOM_ELEMENT || (l->flags & DOM_F_REMOVED)) &&
                    !(l->type == DOM_TEXT && has_visible_char(l));
         k++) {
        if (k == PREV_SHOWN_WALK) {
            *far = 1;
            return NULL;
        }
        l = l->prev;
    }
    return l;
}

/* 1 when the line a reader sees right before list l ends in a colon: the
 * writer introduces the list ("... readers who want the whole history
 * can find it in our earlier reports on the bridge:"), so it is the
 * article's. The line is the previous shown sibling of the list or of
 * the wrappers that hold only it (at most LEAD_IN_WRAPPERS of them, below
 * root: a box around a list rarely nests deeper): a text, or an element
 * whose last visible text ends in ':'. */
#define LEAD_IN_WRAPPERS 4
static dom_node *visible_text_from(dom_node *root, dom_node *n); /* below: the last visible text before n under root */
static int list_has_lead_in(const dom_node *l, const dom_node *root)
{
    const dom_node *x = l;
    int far;
    for (int up = 0; up < LEAD_IN_WRAPPERS && x->parent && x->parent != root; up++) {
        /* a walk that gave up passed dozens of siblings: x is no only child */
        if (prev_lead_in_sibling(x, &far) || far || body_next_shown_sibling(x))
            break; /* x has a sibling of its own: its parent is no wrapper */
        x = x->parent;
    }
    dom_node *p = prev_lead_in_sibling(x, &far);
    if (p && p->type == DOM_ELEMENT)
        p = (tag_flags[p->tag] & TF_JUNK) ? NULL : visible_text_from(p, p->last_child);
    if (!p)
        return 0;
    size_t n = p->text_len;
    while (n && (p->text[n - 1] == ' ' || p->text[n - 1] == '\n' || p->text[n - 1] == '\t' || p->text[n - 1] == '\r'))
        n--;
    return n && p->text[n - 1] == ':';
}

/* A list of related headlines with no label at all: "<ul><li><a>Other
 * story one</a></li><li><a>...</a></li>...</ul>", a box of the house's
 * latest stories under the byline or between the paragraphs, a blog's
 * "latest posts" or a shop's "similar products" list under the text.
 * Three items or more, each one link reading as a headline
 * (is_headline_link_item: 90%+ link, three words or more, no bare
 * address, no link into the page, so an article's table of contents
 * stays), every one into the site's own pages: a reading or sources list
 * the writer puts in the text cites other hosts. Two items are too few to
 * tell a box of stories from a pair of links the writer set apart. The
 * list holds under a third of the root's text, so a page that is a
 * roundup of the house's stories keeps its lists. A list the writer
 * introduces, the line before it ending in a colon (list_has_lead_in),
 * is the article's: dropping it left the lead-in hanging (a short
 * lead-in goes with its list by lead_in_link_list instead). Golden cases
 * furniture_unlabelled_headline_list, keep_unlabelled_source_list,
 * keep_unlabelled_list_after_lead_in. */
#define UNLABELLED_LIST_ITEMS_MIN 3
static int is_unlabelled_headline_list(const ctx *c, dom_node *l, const dom_node *root)
{
    int items = 0, away = 1;
    if ((uint64_t)c->tot[l->id].text * 3 >= c->tot[root->id].text ||
        !headline_link_list(c, l, &items, &away) || items < UNLABELLED_LIST_ITEMS_MIN || away)
        return 0;
    return !list_has_lead_in(l, root);
}

/* The list rules above, for one <ul>/<ol> below the root: its first
 * shown entry tells which can hold. A label has no link, so a list whose
 * first entry links is no labelled list; an unlabelled list's entries
 * are all links, so a first entry without one is none. Each list is
 * read by the rules that can hold, not by all three. */
static int is_link_list_furniture(const ctx *c, dom_node *l, const dom_node *root)
{
    const dom_node *k = l->first_child;
    while (k && !(k->type == DOM_TEXT && has_visible_char(k)) &&
           (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED) || !c->tot[k->id].text))
        k = k->next;
    if (!k || k->type != DOM_ELEMENT)
        return 0; /* nothing shown, or loose text first: every rule refuses */
    if (!c->tot[k->id].link)
        return is_labelled_headline_list(c, l) || is_labelled_tag_list(c, l);
    return is_unlabelled_headline_list(c, l, root);
}

static int holds_br(const dom_node *u); /* below: 1 when the block holds a <br> */

/* The same list set inside one block, its lines split by <br>: "Siehe
 * auch<br><a>Headline one</a><br><a>Headline two</a>...", as blogs type
 * it into the post's last paragraph. The first line is the lead-in, with
 * no link: a teaser phrase ("See also", "Siehe auch", "Lea también") or a
 * short line ending in a colon, under LEAD_IN_MAX bytes. Every later line
 * is one element that is a link (90%+ link text, no bare address: a
 * source list the author cites), and two or more of them, at least half,
 * read as headlines (three words or more; "Liebe Mitverschwörer…" is a
 * post's title too): one link after a label is a source or a pointer the
 * teaser rules judge. A line with any other text (a sentence, a name
 * before the link) keeps the block: a paragraph of prose with links is
 * the article. */
#define BR_LIST_LINES_MIN 2
#define BR_LIST_MAX_NODES 256 /* a block's nodes read: about sixty link lines */
static int is_br_lead_in_list(const ctx *c, const dom_node *n)
{
    char lead[LEAD_IN_MAX + 8];
    size_t ll = 0;
    const dom_node *d = n->first_child;
    /* the lead-in: everything before the first <br>, no link in it */
    for (; d && !(d->type == DOM_ELEMENT && d->tag == TAG_BR); d = d->next) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED))
            continue;
        if (d->type == DOM_ELEMENT && (d->tag == TAG_A || has_link(d) || (tag_flags[d->tag] & TF_BLOCK)))
            return 0;
        if (d->type != DOM_TEXT && d->type != DOM_ELEMENT)
            continue;
        if (ll + 1 < sizeof lead) {
            if (ll)
                lead[ll++] = ' ';
            ll += text_prefix_lower(d, lead + ll, sizeof lead - ll);
        }
        if (ll > LEAD_IN_MAX)
            return 0;
    }
    while (ll && (lead[ll - 1] == ' ' || lead[ll - 1] == '\n' || lead[ll - 1] == '\t'))
        ll--;
    lead[ll] = '\0';
    const char *s = lead;
    while (*s == ' ')
        s++;
    if (!*s || !d || !(lead[ll - 1] == ':' || body_starts_teaser(s)))
        return 0;
    /* the lines: one headline-link element each, between <br>s */
    int lines = 0, heads = 0;
    const dom_node *line = NULL;
    for (d = d->next;; d = d->next) {
        /* a link that ends in its own <br> ("...Gehirn<br></a><a>")
         * ends its line too */
        int ends = line && d && d->type == DOM_ELEMENT && d->tag != TAG_BR && !(d->flags & DOM_F_REMOVED) &&
                   holds_br(line);
        if (!d || (d->type == DOM_ELEMENT && d->tag == TAG_BR) || ends) {
            if (line) {
                if (body_link_density(c, line) <= 0.9f)
                    return 0;
                /* a bare address is a source the author cites */
                char w[LINE_LOWER_MAX];
                const char *a = lowered_line(line, w);
                if (starts_address(a, strlen(a)))
                    return 0;
                lines++;
                heads += meta_word_count(a) >= 3;
                line = NULL;
            }
            if (!d)
                break;
            if (!ends)
                continue;
        }
        if (d->type == DOM_TEXT) {
            if (has_visible_char(d))
                return 0;
            continue;
        }
        if (d->type != DOM_ELEMENT || (d->flags & DOM_F_REMOVED))
            continue;
        if (line || (tag_flags[d->tag] & TF_BLOCK))
            return 0; /* two things on one line, or a block: not a link list */
        line = d;
    }
    /* a lead-in that is itself a furniture heading's phrase ("Diese
     * Artikel könnten euch auch interessieren:") names the list as
     * furniture: one headline link after it is enough (the list's other
     * items may stand in blocks of their own) */
    if (heads >= 1 && heads == lines && body_furniture_heading_kind(s) == HEAD_FURNITURE)
        return 1;
    return heads >= BR_LIST_LINES_MIN && 2 * heads >= lines;
}

/* "Lue myös:", "Lesen Sie auch:" on a line of its own, then one block
 * that is a headline link (90%+ link text, three words or more, under
 * TEASER_MAX bytes, no bare address): the label's teaser, set in the
 * next block rather than after the colon. The link-only-line rule takes
 * such a block on its own, but not in the lenient redo, which keeps the
 * article's own links; the label says this one is not the article's.
 * Returns the block, or NULL. */
static dom_node *teaser_label_link(const ctx *c, const dom_node *n, const char *t)
{
    if (c->tot[n->id].text >= LEAD_IN_MAX || has_link(n) || !body_starts_teaser(t))
        return NULL;
    dom_node *l = body_next_shown_sibling(n);
    if (!l || l->type != DOM_ELEMENT || !(tag_flags[l->tag] & TF_BLOCK) || (tag_flags[l->tag] & TF_HEADING) ||
        l->tag == TAG_UL || l->tag == TAG_OL || c->tot[l->id].size > LINE_MAX_NODES ||
        c->tot[l->id].text > TEASER_MAX || body_link_density(c, l) <= 0.9f)
        return NULL;
    return reads_as_headline(l) ? l : NULL;
}

static int is_heading_like(const ctx *c, const dom_node *n)
{
    if (tag_flags[n->tag] & TF_HEADING)
        return 1;
    /* short bold-only blocks act as headings */
    return (n->tag == TAG_P || n->tag == TAG_DIV) && c->tot[n->id].text > 0 && c->tot[n->id].text < 60;
}

/* Title similarity: equal after folding, or one contains the other and
 * covers 75% of it (Readability's textSimilarity threshold). */
int body_duplicates_title(const char *heading, const char *title_lower)
{
    if (!title_lower || !*title_lower || !*heading)
        return 0;
    size_t hl = strlen(heading), tl = strlen(title_lower);
    if (hl == tl)
        return strcmp(heading, title_lower) == 0;
    const char *big = hl > tl ? heading : title_lower, *small = hl > tl ? title_lower : heading;
    size_t sl = hl > tl ? tl : hl, bl = hl > tl ? hl : tl;
    return strstr(big, small) && (float)sl / (float)bl >= 0.75f;
}

/* A heading that is the headline with its kicker set inside it:
 * "<h1><em>Hochwasser </em>Die Deiche an der Mulde halten</h1>" where the
 * title is "Die Deiche an der Mulde halten". The heading's lowered text t
 * ends with the title, and what comes before (at most KICKER_MAX bytes, the blanks,
 * colons and dashes between aside) is the whole text of the heading's
 * first element child, an inline box of its own: the kicker, which a
 * headline carries as a label over its words. The Readability-style
 * similarity test misses it when the kicker is long against a short
 * title (a third of the heading); a heading whose extra words are plain
 * text ("Die Deiche an der Mulde halten, sagt das Amt") is a section's. */
#define KICKER_MAX 60
static int is_kicker_and_title(const dom_node *n, const char *t, const char *title_lower)
{
    if (!title_lower)
        return 0;
    size_t tl = strlen(title_lower), hl = strlen(t);
    while (hl && (t[hl - 1] == ' ' || t[hl - 1] == '\n'))
        hl--;
    if (tl < 10 || hl <= tl || memcmp(t + hl - tl, title_lower, tl) != 0)
        return 0;
    size_t pl = hl - tl;
    while (pl && (t[pl - 1] == ' ' || t[pl - 1] == ':' || t[pl - 1] == '-' || t[pl - 1] == '\n'))
        pl--;
    size_t ps = 0;
    while (ps < pl && (t[ps] == ' ' || t[ps] == '\n'))
        ps++;
    if (ps >= pl || pl - ps > KICKER_MAX)
        return 0;
    const dom_node *k = n->first_child;
    while (k && k->type == DOM_TEXT && !has_visible_char(k))
        k = k->next;
    if (!k || k->type != DOM_ELEMENT || (tag_flags[k->tag] & TF_BLOCK))
        return 0;
    char kt[KICKER_MAX + 8];
    size_t kl = text_prefix_lower(k, kt, sizeof kt);
    while (kl && (kt[kl - 1] == ' ' || kt[kl - 1] == ':' || kt[kl - 1] == '-' || kt[kl - 1] == '\n'))
        kl--;
    size_t ks = 0;
    while (ks < kl && (kt[ks] == ' ' || kt[ks] == '\n'))
        ks++;
    return kl - ks == pl - ps && memcmp(kt + ks, t + ps, pl - ps) == 0;
}

/* Layout containers: elements that hold blocks, not prose of their own. */
int body_is_loose_container(const dom_node *n)
{
    switch (n->tag) {
    case TAG_DIV: case TAG_SECTION: case TAG_ARTICLE: case TAG_MAIN: case TAG_HEADER: case TAG_FORM:
    case TAG_CENTER: case TAG_SPAN: case TAG_UNKNOWN:
        return 1;
    default:
        return 0;
    }
}

/* A heading, or a short label line ("Mehr Themen:", "Schon gelesen?"),
 * that titles a section cleaning emptied: what followed it up to the next
 * heading was removed (teaser links, embedded cards, a share box) and
 * nothing of it is kept. The title of removed furniture is furniture too:
 * "Weitere Beiträge aus der Kolumne:" over a list of links, "Mehr zu Garten
 * und Freizeit" over teaser cards, in any language. A heading with no
 * removed section after it (its text sits in the next container) stays.
 * <h1> stays: it is the article's title, followed by removed bylines. */
static int orphan_heading_candidate(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (len == 0 || len >= 100 || (n->flags & DOM_F_REMOVED))
        return 0;
    int h = n->tag >= TAG_H2 && n->tag <= TAG_H6 && (tag_flags[n->tag] & TF_HEADING);
    if ((!h && (n->tag != TAG_P || len >= 60)) || c->tot[n->id].size > LINE_MAX_NODES)
        return 0;
    /* A heading that ends a sentence is a standfirst ("Old printer
     * driver leaves office networks open."), kept. A short paragraph is a label
     * only when it says so: a trailing colon or question mark; a short
     * last sentence of the article is not. */
    char t[104];
    size_t l = text_prefix_lower(n, t, sizeof t);
    if (!l)
        return 0;
    if (h)
        return t[l - 1] != '.' && t[l - 1] != '!';
    return t[l - 1] == ':' || t[l - 1] == '?';
}

/* What follows n among its siblings, up to the next heading: 1 when it is
 * one removed section with text and no kept text, 0 when kept text (or a
 * heading, or too many siblings) comes first, -1 when nothing does (n
 * ends its parent). At most LINE_MAX_NODES siblings are read. */
static int orphan_section_after(const ctx *c, const dom_node *n, uint32_t min_removed)
{
    int removed = 0, kept = 0, k = 0;
    const dom_node *s = n->next;
    for (; s && k < LINE_MAX_NODES && !kept; s = s->next, k++) {
        if (s->type == DOM_TEXT) {
            kept = !(s->flags & DOM_F_REMOVED) && c->tlen[s->id] > 1;
            continue;
        }
        if (s->type != DOM_ELEMENT || (tag_flags[s->tag] & TF_JUNK))
            continue;
        if (!(s->flags & DOM_F_REMOVED) && (tag_flags[s->tag] & TF_HEADING))
            break;
        /* a label line under the heading is judged on its own later;
         * the prose after it, if any, still counts here */
        if (!(s->flags & DOM_F_REMOVED) && s->tag == TAG_P && orphan_heading_candidate(c, s))
            continue;
        /* a hidden section (a collapsed answer, a tab) is content a
         * click reveals: its heading is what the reader sees */
        if (s->flags & DOM_F_REMOVED)
            removed |= c->text_page[s->id] >= min_removed && !(c->cls[s->id] & CL_HIDDEN);
        else
            kept = c->tot[s->id].text > 0;
    }
    if (kept || k >= LINE_MAX_NODES)
        return 0;
    if (removed)
        return 1;
    return s ? 0 : -1; /* a heading came next, or nothing did */
}

/* Layout boxes a heading may sit alone in (a "section-title" box, a page
 * builder's text element), climbed to find the section it titles: page
 * builders set the heading and the teaser list it titles in sibling
 * boxes, not side by side. */
#define ORPHAN_WRAP_MAX 8
/* Out of its box, the removed section must be a section: 100+ bytes (a
 * list of teasers, a card rail), not a lone value a label rule took from
 * a page builder's fact table ("Schmerzen" | "gering" in boxes side by
 * side, where a 20-byte removed box sat beside each row's label). */
#define ORPHAN_WRAPPED_SECTION_MIN 100

/* A short <p> with no end mark at all ("Weitere Themen aus dem
 * Vereinsleben"): a label only when it sits alone in its box (checked by
 * the caller, which climbs at least one box), as a page builder sets a
 * section's title; a paragraph of the article ends in a full stop, and a
 * short one among others shares its box with them. */
static int bare_label_candidate(const ctx *c, const dom_node *n)
{
    uint32_t len = c->tot[n->id].text;
    if (n->tag != TAG_P || len == 0 || len >= 60 || (n->flags & DOM_F_REMOVED) ||
        c->tot[n->id].size > LINE_MAX_NODES)
        return 0;
    char t[104];
    size_t l = text_prefix_lower(n, t, sizeof t);
    while (l && (t[l - 1] == ' ' || t[l - 1] == '\n'))
        l--;
    if (!l)
        return 0;
    unsigned char e = (unsigned char)t[l - 1];
    /* ASCII end marks, and any non-ASCII last byte (closing quotes,
     * ellipses, CJK full stops) is read as one too */
    return !(e == '.' || e == '!' || e == '?' || e == ':' || e == ')' || e == '"' || e == ';' || e == ',' || e >= 0x80);
}

static int drop_orphan_headings(ctx *c, dom_node *root)
{
    int dropped = 0;
    for (dom_node *n = root->first_child ? root->first_child : NULL; n;) {
        if (n->type != DOM_ELEMENT || (n->flags & DOM_F_REMOVED)) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(root, n) : dom_next(root, n);
            continue;
        }
        int bare = 0;
        if (!orphan_heading_candidate(c, n) && !(bare = bare_label_candidate(c, n))) {
            n = dom_next(root, n);
            continue;
        }
        int r = bare ? -1 : orphan_section_after(c, n, 1);
        /* The heading ends its box: the box's siblings are the heading's
         * when the box holds nothing else kept */
        const dom_node *w = n;
        for (int up = 0; r < 0 && up < ORPHAN_WRAP_MAX; up++) {
            const dom_node *p = w->parent;
            if (!p || p == root || p->type != DOM_ELEMENT || !body_is_loose_container(p) ||
                c->tot[p->id].text != c->tot[n->id].text)
                break;
            w = p;
            r = orphan_section_after(c, w, ORPHAN_WRAPPED_SECTION_MIN);
        }
        if (r > 0) {
            body_mark_removed(c, n);
            dropped = 1;
            n = dom_next_skip(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
    return dropped;
}

/* A teaser card (is_teaser_card: a headline link over a one-line
 * summary) in a box of a card's tag. Under a furniture heading ("From the
 * archive", "More news") such cards may sit loose beside the article's
 * paragraphs in a page-level root, where no container of their own shows
 * the list's shape, and their summaries keep the link density low. */
static int is_card_after_heading(const ctx *c, const dom_node *s)
{
    /* a <p> too: "<p><a>headline</a><br>summary</p>" under "Related" */
    return (s->tag == TAG_ARTICLE || s->tag == TAG_LI || s->tag == TAG_DIV || s->tag == TAG_SECTION ||
            s->tag == TAG_P) &&
           is_teaser_card(c, s);
}

/* A box that only wraps a list (<div class="list-box"><ul>...</ul></div>):
 * each level holds one element with nearly all of its text, down to a <ul> or
 * <ol>, within LIST_WRAP_MAX levels. Under a furniture heading the list
 * goes whatever its items hold, bare or wrapped: "Articles liés" over
 * a box of cards, each a picture link, a headline link, a summary and a
 * byline, whose summaries keep the box's link density low. */
#define LIST_WRAP_MAX 3
static int wraps_only_list(const ctx *c, const dom_node *s)
{
    const dom_node *d = s;
    for (int up = 0; up < LIST_WRAP_MAX; up++) {
        const dom_node *only = NULL;
        for (const dom_node *k = d->first_child; k; k = k->next) {
            /* loose text beside the list shows in the text totals below */
            if (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED) || !c->tot[k->id].text)
                continue;
            if (only)
                return 0;
            only = k;
        }
        /* nearly all of its text: the white space between tags counts
         * in the box's total */
        if (!only || (uint64_t)c->tot[only->id].text * 10 < (uint64_t)c->tot[d->id].text * 9)
            return 0;
        if (only->tag == TAG_UL || only->tag == TAG_OL)
            return 1;
        d = only;
    }
    return 0;
}

/* A comment heading set right under the article's headline, with no
 * text but headings before it in its container ("<h1>Title</h1>
 * <h2>Kommentar</h2><p>...</p>"): the opinion column's label, a kicker,
 * not the readers' thread, which follows the article's text. Only headings
 * come before it (removed ones too: the headline may be gone as the
 * title's repeat), one of them an <h1> or the page's headline. */
static int comment_heading_under_headline(ctx *c, const dom_node *n)
{
    int headline = 0, k = 0;
    const dom_node *h = body_find_headline(c);
    for (const dom_node *s = n->prev; s; s = s->prev) {
        if (++k > LINE_MAX_NODES)
            return 0;
        if (s->type == DOM_TEXT && has_visible_char(s))
            return 0;
        if (s->type != DOM_ELEMENT || !c->tot[s->id].text)
            continue;
        if (!(tag_flags[s->tag] & TF_HEADING))
            return 0;
        headline |= s->tag == TAG_H1 || s == h;
    }
    return headline;
}

/* What follows a furniture heading in its container goes too: for
 * comments, all of it; for teasers, the link lists, link blocks and
 * teaser cards up to the first block of prose or the next heading. */
static void drop_section_after(ctx *c, dom_node *n, int kind)
{
    for (dom_node *s = n->next; s; s = s->next) {
        if (s->type != DOM_ELEMENT) {
            if (kind == HEAD_COMMENTS && s->type == DOM_TEXT)
                body_set_removed(c, s, 1);
            continue;
        }
        if (tag_flags[s->tag] & TF_HEADING)
            break;
        if (s->flags & DOM_F_REMOVED)
            continue;
        /* The lenient redo (body.c: cleaning took most of the body, so
         * it took the article's own links for furniture) drops no link
         * lists, but a comment thread is no link list: after a short
         * post it is most of the body, and it still goes. */
        if (c->lenient && kind != HEAD_COMMENTS)
            break;
        if (kind == HEAD_COMMENTS || c->tot[s->id].text == 0 || body_link_density(c, s) > 0.4f || s->tag == TAG_UL ||
            s->tag == TAG_OL || is_card_after_heading(c, s) || wraps_only_list(c, s))
            body_mark_removed(c, s);
        else
            break;
    }
}

/* A heading that points the reader elsewhere ("For more on growing
 * tomatoes", "More about the project", "Mehr zu den Wahlen"): it opens
 * with a pointer phrase (words_pointer_openers, whole words) and is no
 * sentence, at most POINTER_HEADING_MAX bytes. Such a heading titles a
 * blog's closing list of links; only the list after it makes it
 * furniture (pointer_list_follows): over prose it may title a section of
 * the article. */
#define POINTER_HEADING_MAX 80
static int is_pointer_heading_text(const char *t)
{
    size_t len = strlen(t);
    while (len && (t[len - 1] == ':' || t[len - 1] == ' '))
        len--;
    if (len == 0 || len > POINTER_HEADING_MAX || t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == '?')
        return 0;
    size_t l = words_longest_prefix_ci(&words_pointer_openers, t, NULL);
    return l && (l == len || t[l] == ' ');
}

/* The list a pointer heading titles: the first element after n in its
 * container (no loose text between) is a list, bare or in boxes that only
 * wrap it (wraps_only_list), and every item is a line of at most
 * POINTER_ITEM_MAX bytes that holds a link: each item sends the reader
 * somewhere. A list of facts has items without links, and a recipe's
 * "More about the dough" list holds paragraphs of prose. At most
 * LINE_MAX_NODES items are read. */
#define POINTER_ITEM_MAX 200
static int pointer_list_follows(const ctx *c, const dom_node *n)
{
    const dom_node *s = n->next;
    for (; s; s = s->next) {
        if (s->type == DOM_TEXT && has_visible_char(s))
            return 0;
        if (s->type == DOM_ELEMENT && !(s->flags & DOM_F_REMOVED) && !(tag_flags[s->tag] & TF_JUNK) &&
            c->tot[s->id].text)
            break;
    }
    if (!s)
        return 0;
    const dom_node *l = s;
    if (l->tag != TAG_UL && l->tag != TAG_OL) {
        if (!wraps_only_list(c, l))
            return 0;
        while (l->tag != TAG_UL && l->tag != TAG_OL) {
            const dom_node *k = l->first_child;
            while (k && (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED) || !c->tot[k->id].text))
                k = k->next;
            if (!k)
                return 0;
            l = k;
        }
    }
    int items = 0;
    for (const dom_node *k = l->first_child; k; k = k->next) {
        if (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED) || !c->tot[k->id].text)
            continue;
        if (++items > LINE_MAX_NODES || !c->tot[k->id].link || c->tot[k->id].text > POINTER_ITEM_MAX)
            return 0;
    }
    return items > 0;
}

/* ---------------------------------------------- press-release boilerplate */

#define RELEASE_SECTION_MAX 1200 /* a company profile or contact block: one to three short paragraphs */
#define RELEASE_OUTER_MAX 600    /* what may follow the release's container: a disclaimer line or two */
#define RELEASE_DEPTH_MAX 16     /* containers climbed to check nothing but boilerplate follows */

/* t[0..len) into out (cap bytes) with Turkish dotted capital İ (U+0130)
 * read as "i": the body's lowering works in place and leaves İ, whose
 * lower case is longer, so "Basın İletişim" lowered is "basın İletişim"
 * and missed the table's "basın iletişim". The length of out; 0 when it
 * does not fit. */
static size_t release_heading_fold(const char *t, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        if (o + 1 >= cap)
            return 0;
        if ((unsigned char)t[i] == 0xC4 && i + 1 < len && (unsigned char)t[i + 1] == 0xB0) {
            out[o++] = 'i';
            i++;
        } else {
            out[o++] = t[i];
        }
    }
    out[o] = '\0';
    return o;
}

static int is_contact_heading_words(const char *t, size_t len)
{
    char f[96];
    if (words_exact(&words_contact_headings, t, len))
        return 1;
    size_t n = memchr(t, 0xC4, len) ? release_heading_fold(t, len, f, sizeof f) : 0;
    return n && n != len && words_exact(&words_contact_headings, f, n);
}

/* 1 when the lower-cased heading t opens a press release's closing
 * boilerplate: "About <company>" (a prefix plus a name, no sentence) or a
 * press-contact heading ("Media contact:"). A trailing colon is ignored.
 * A prefix that is an everyday word elsewhere ("over ", "om ") counts
 * only before a name that ends in a legal form of its languages ("Over
 * Acme BV", "Om Acme A/S"). RELEASE_NEEDS_CONTACT when the heading is a
 * language's everyday "about X" ("Tentang PT Acme", the suffix form
 * "Acme Holding Hakkında"): a profile only with a contact heading after
 * it (opens_release_tail). */
#define RELEASE_NEEDS_CONTACT 2
static int is_release_tail_heading_text(const char *t)
{
    size_t len = strlen(t);
    while (len && (t[len - 1] == ':' || t[len - 1] == ' '))
        len--;
    if (len == 0 || len > 80 || t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == '?')
        return 0;
    if (is_contact_heading_words(t, len))
        return 1;
    /* a name: short, no count ("Über 260 Millionen Fotos"), no clause
     * after a colon ("About time: why ...") */
    if (len > 60 || memchr(t, ':', len))
        return 0;
    size_t p = words_longest_prefix_ci(&words_about_prefixes, t, NULL);
    int yes = 1;
    if (!p && (p = words_longest_prefix_ci(&words_about_prefixes_contact, t, NULL)) != 0)
        yes = RELEASE_NEEDS_CONTACT;
    int forms = 0; /* the legal forms a shared prefix needs after the name */
    if (!p && (p = words_longest_prefix_ci(&words_about_prefixes_nl, t, NULL)) != 0)
        forms = WORDS_LEGAL_FORM_NL;
    if (!p && (p = words_longest_prefix_ci(&words_about_prefixes_nordic, t, NULL)) != 0)
        forms = WORDS_LEGAL_FORM_NORDIC;
    if (!p) {
        /* the word after the name ("Acme Holding Hakkında"): a name of
         * two bytes or more before it, not a count */
        const char *sp = memchr(t, ' ', len);
        return sp && sp - t >= 2 && !(t[0] >= '0' && t[0] <= '9') &&
                       words_suffix(&words_about_suffixes, t, len, WORDS_END_WORD)
                   ? RELEASE_NEEDS_CONTACT
                   : 0;
    }
    if (len < p + 2 || (t[p] >= '0' && t[p] <= '9'))
        return 0;
    if (!forms)
        return yes;
    /* a prefix that other headings open with too ("Over the next
     * decade", "Om tre år"): only a name that ends in a legal form of
     * the prefix's own languages ("Over Acme BV", "Om Acme AB"; not
     * "Over the years as"); the form alone names no one ("Om ApS") */
    size_t w = len;
    while (w > p && t[w - 1] != ' ')
        w--;
    if (w == p)
        return 0;
    return (words_legal_form(t + w, len - w, NULL) & forms) != 0;
}

/* 1 when the lower-cased label t is a press-contact heading ("Media
 * contact:", "Contatto stampa"); a trailing colon is ignored. */
static int is_contact_heading_text(const char *t)
{
    size_t len = strlen(t);
    while (len && (t[len - 1] == ':' || t[len - 1] == ' '))
        len--;
    return len && is_contact_heading_words(t, len);
}

/* 1 when the lower-cased heading t titles the author's box ("About the
 * author", "Autor:innen", "Zur Autorin"); a trailing colon is ignored. */
static int is_author_heading_text(const char *t)
{
    size_t len = strlen(t);
    while (len && (t[len - 1] == ':' || t[len - 1] == ' '))
        len--;
    return words_exact(&words_author_headings, t, len);
}

/* A press release ends with the issuer's profile ("About Acme Robotics",
 * one to three paragraphs every release of that company repeats) and the
 * press office's contacts. The heading n opens that tail when only such
 * sections follow it in its container (each at most RELEASE_SECTION_MAX,
 * any further heading another profile or contact heading) and at most
 * RELEASE_OUTER_MAX of headingless text follows the container in the body,
 * and the body before it is at least as long: the heading is at
 * the very end of a real article, not a section of one ("About the study"
 * in the middle of a report keeps its text). With need_contact (the
 * heading is an everyday "about X": RELEASE_NEEDS_CONTACT), a
 * press-contact heading or bold label must follow in the container too.
 * Reads at most LINE_MAX_NODES siblings per level and RELEASE_DEPTH_MAX
 * levels. */
static int opens_with_release_label(const ctx *c, const dom_node *n, int contact_only);
static int opens_release_tail(const ctx *c, const dom_node *n, const dom_node *root, int need_contact)
{
    uint32_t section = 0, after = 0;
    int k = 0, contact = 0;
    for (const dom_node *s = n->next; s; s = s->next) {
        if (++k > LINE_MAX_NODES)
            return 0;
        if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED) || !c->tot[s->id].text)
            continue;
        if (is_heading_like(c, s) && c->tot[s->id].size <= LINE_MAX_NODES) {
            char h[TEASER_MAX + 8];
            text_prefix_lower(s, h, sizeof h);
            if (is_release_tail_heading_text(h)) {
                contact |= is_contact_heading_text(h);
                section = 0;
                after += c->tot[s->id].text;
                continue;
            }
            if (tag_flags[s->tag] & TF_HEADING)
                return 0;
        } else if (c->tot[s->id].htext) {
            return 0;
        } else if (need_contact && !contact) {
            contact = opens_with_release_label(c, s, 1);
        }
        section += c->tot[s->id].text;
        after += c->tot[s->id].text;
        if (section > RELEASE_SECTION_MAX)
            return 0;
    }
    uint32_t outer = 0;
    int depth = 0;
    for (const dom_node *a = n->parent; a && a != root; a = a->parent) {
        if (++depth > RELEASE_DEPTH_MAX)
            return 0;
        k = 0;
        for (const dom_node *s = a->next; s; s = s->next) {
            if (++k > LINE_MAX_NODES)
                return 0;
            if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED))
                continue;
            if (c->tot[s->id].htext)
                return 0;
            outer += c->tot[s->id].text;
        }
    }
    if (outer > RELEASE_OUTER_MAX || (need_contact && !contact))
        return 0;
    uint32_t tail = after + outer + c->tot[n->id].text;
    return c->tot[root->id].text >= tail * 2;
}

/* ------------------------------------------- above a page-level headline */

/* A root at page level (<body> or a direct child: div#page, div.container)
 * holds the article and the page around it. Everything before the
 * article's headline (the heading that repeats the title) is the page's
 * top: navigation, an alert or "breaking" bar, a site notice, breadcrumbs,
 * a weather warning. Readability's rules judge each of them on its own
 * and keep the ones that read like a sentence; their place above the
 * headline is what gives them away. Removed: every sibling before the
 * headline's branch, at every level up to root, unless one holds two real
 * paragraphs (then the article starts before its heading: a page that
 * repeats the headline below the lead). The headline is the one the
 * choice of the root found (body_find_headline: once per page, however
 * deep in the page it sits; cleaning may have dropped it since, as it
 * repeats the title, but it still marks where the article starts); a
 * root below page level is left alone (its top is the article's own
 * header), and so is a root that does not hold the headline. */
#define SECTION_HEADING_MAX 80 /* a section's or kicker's name, not a sentence */

/* In a root below page level, the top is the article's own header, but
 * a heading before the article's headline is not the article's: the
 * page's section title set as the <h1> above an <h2> headline
 * ("BergSport | Eintrag"), a kicker heading. Such headings (at most
 * SECTION_HEADING_MAX bytes, none of them holding a paragraph) go, at
 * every level up to root, and so do such names set as short lines (below);
 * the header's other lines stay. */
static int is_section_heading(const ctx *c, const dom_node *s)
{
    if (!(s->type == DOM_ELEMENT && !(s->flags & DOM_F_REMOVED) && c->tot[s->id].text &&
          c->tot[s->id].text <= SECTION_HEADING_MAX && c->tot[s->id].paras == 0))
        return 0;
    if (tag_flags[s->tag] & TF_HEADING)
        return 1;
    /* A kicker set as a short line rather than a heading (a ministry's
     * topic line "<p class=...><span>Topic 2022</span></p>" over its
     * <h1>) is the same name: a <p> or a <div> without a block inside,
     * with no sentence end (the header's standfirst and other prose end
     * in one; bylines and date lines went before, by their own rules) */
    if ((s->tag != TAG_P && s->tag != TAG_DIV) || c->tot[s->id].has_block)
        return 0;
    char t[SECTION_HEADING_MAX * 2 + 8];
    size_t n = text_prefix_lower(s, t, sizeof t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
        n--;
    return n && t[n - 1] != '.' && t[n - 1] != '!' && t[n - 1] != '?';
}

static void drop_headings_above_headline(ctx *c, dom_node *root, dom_node *h)
{
    /* a real paragraph before the headline: the article starts above it
     * (the headline found is a later heading that repeats the title, a
     * recipe card's), and the headings before it are the article's */
    for (const dom_node *a = h; a != root; a = a->parent)
        for (const dom_node *s = a->prev; s; s = s->prev)
            if (s->type == DOM_ELEMENT && !(s->flags & DOM_F_REMOVED) && c->tot[s->id].paras >= 1)
                return;
    /* the body keeps enough text without them, or the retry ladder
     * would take a short item's page again with laxer rules */
    uint32_t gone = 0;
    for (dom_node *a = h; a != root; a = a->parent)
        for (dom_node *s = a->prev; s; s = s->prev)
            if (is_section_heading(c, s))
                gone += c->tot[s->id].text;
    if (!gone || c->tot[root->id].text < c->favor->enough + gone)
        return;
    for (dom_node *a = h; a != root; a = a->parent)
        for (dom_node *s = a->prev; s; s = s->prev)
            if (is_section_heading(c, s))
                body_mark_removed(c, s);
}

static void drop_above_headline(ctx *c, dom_node *root, const char *title_lower)
{
    if (!title_lower || !*title_lower)
        return;
    if (root != c->top && root->parent != c->top) {
        dom_node *h = body_find_headline(c);
        if (h && h != root && body_is_ancestor(root, h))
            drop_headings_above_headline(c, root, h);
        return;
    }
    dom_node *h = body_find_headline(c);
    if (!h || h == root || !body_is_ancestor(root, h))
        return;
    /* A lower heading with a real paragraph before it in its own box is
     * a subheading in the article's text, not the top of the article: the
     * title named a section ("Was ist die Stiftung?" as og:title over an
     * interview whose <h1> says otherwise), and the paragraph above it is
     * the article's first. Page furniture above a headline sits in boxes
     * of its own, not as a <p> beside the headline. */
    if (h->tag != TAG_H1)
        for (const dom_node *s = h->prev; s; s = s->prev)
            if (s->type == DOM_ELEMENT && s->tag == TAG_P && !(s->flags & DOM_F_REMOVED) && c->tot[s->id].paras >= 1)
                return;
    for (const dom_node *a = h; a != root; a = a->parent)
        for (const dom_node *s = a->prev; s; s = s->prev)
            if (s->type == DOM_ELEMENT && !(s->flags & DOM_F_REMOVED) && c->tot[s->id].paras >= 2)
                return;
    for (dom_node *a = h; a != root; a = a->parent)
        for (dom_node *s = a->prev; s; s = s->prev)
            if (!(s->flags & DOM_F_REMOVED) && (s->type == DOM_TEXT || (s->type == DOM_ELEMENT && c->tot[s->id].text))) {
                body_mark_removed(c, s);
                /* the text goes, the images stay as cleaning left them:
                 * the lead picture often sits above the headline */
                if (s->type == DOM_ELEMENT)
                    s->flags |= DOM_F_MEDIA;
            }
}

/* ------------------------------------------ later stories of an endless page */

static int same_kind(const dom_node *a, const dom_node *b);

#define STORY_H1_READ 256    /* nodes of a later story read for its own <h1> */
#define LATER_STORIES_MAX 32 /* siblings read after the article's box, per level */

/* The first <h1> left in s, reading at most STORY_H1_READ nodes: a story
 * opens with its headline. NULL when there is none. */
static const dom_node *story_h1(const dom_node *s)
{
    int read = 0;
    for (const dom_node *d = s->first_child; d && read < STORY_H1_READ; read++) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(s, d);
            continue;
        }
        if (d->type == DOM_ELEMENT && d->tag == TAG_H1)
            return d;
        d = dom_next(s, d);
    }
    return NULL;
}

/* How many levels n sits below its ancestor a. */
static int depth_below(const dom_node *n, const dom_node *a)
{
    int d = 0;
    for (; n && n != a; n = n->parent)
        d++;
    return d;
}

/* An endless news page ("infinite scroll") sets the next stories under
 * the article, each in a box of the article's own kind (the same tag and
 * first class: `div.feed > article.story-body`), each with its own <h1>
 * headline and paragraphs, all of them in one column, so the body's root
 * took them all: three further stories followed a town council's notice.
 * The article is the box that holds the headline (the <h1> that repeats
 * the page's title, body_find_headline); a later box of its kind that opens with another <h1> over real
 * paragraphs is another story, and goes. Read at every level from the
 * headline up to the root (the boxes are the headline's article or a
 * wrapper around it); a box before the article stays (a page that opens
 * on a teaser of the same kind is judged by the other rules), and so does
 * a later box whose <h1> repeats the title (the article's second page or
 * its print copy). The later story's <h1> is of the headline's own kind
 * (tag and its whole class attribute) at the headline's depth in its
 * box: a copy of the article's template. A long read whose sections are
 * boxes of one kind, each under an <h1> of its own class (a blogging
 * platform's section headings, even when they share the title's first
 * class and only the title carries a modifier), keeps them; a page of several stories of one rank
 * has no headline repeating the title, and nothing goes (golden cases
 * furniture_endless_page_next_story, keep_section_h1_boxes_of_long_read,
 * keep_section_h1_same_first_class_of_long_read). */
static void drop_later_stories(ctx *c, dom_node *root, const char *title_lower)
{
    if (!title_lower || !*title_lower)
        return;
    dom_node *h = body_find_headline(c);
    if (!h || h == root || !body_is_ancestor(root, h))
        return;
    for (dom_node *a = h->parent; a && a != root; a = a->parent) {
        if (c->tot[a->id].paras < 1)
            continue;
        int read = 0;
        for (dom_node *s = a->next; s && read < LATER_STORIES_MAX; s = s->next, read++) {
            if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED) || !same_kind(a, s) ||
                c->tot[s->id].paras < 1)
                continue;
            const dom_node *t = story_h1(s);
            char line[512];
            /* the later <h1> carries the headline's whole class (body_same_box):
             * a blogging platform's section heading often shares the
             * title's first class and differs by a modifier (h1.graf vs
             * h1.graf.graf--title) */
            if (!t || !c->tot[t->id].text || !body_same_box(h, t) || depth_below(t, s) != depth_below(h, a))
                continue;
            text_prefix_lower(t, line, sizeof line);
            if (body_duplicates_title(line, title_lower))
                continue;
            body_mark_removed(c, s);
        }
    }
}

/* ------------------------------------- below the article, past furniture */

#define TAIL_BOXES_MAX 6      /* boxes of a page-level root's tail judged */
#define TAIL_BOX_MAX 500      /* a tail box: one blurb, a bio, an imprint */
#define TAIL_FURNITURE_MIN 150 /* removed text between article and tail: a teaser list, prev/next links */
#define TAIL_SIBLINGS_READ 32 /* the article's boxes compared with a tail box */
#define TAIL_WRAPPERS_MAX 4   /* single-child page wrappers stepped into */

int body_same_box(const dom_node *a, const dom_node *b)
{
    if (a->tag != b->tag)
        return 0;
    const char *x = dom_attr_get(a, "class"), *y = dom_attr_get(b, "class");
    return strcmp(x ? x : "", y ? y : "") == 0;
}

/* Text removed inside the box k before its first kept text: a section
 * below the article that opens with furniture cleaning took (a column of
 * teaser cards) and then holds small boxes (a sidebar's blurbs, in the
 * column beside it). Furniture removed after kept text does not count: a
 * box holding the article's last paragraph and then a share bar is the
 * article's. */
static uint32_t removed_lead(const ctx *c, dom_node *k)
{
    uint32_t r = 0;
    for (dom_node *d = k->first_child ? k->first_child : NULL; d;) {
        if (d->flags & DOM_F_REMOVED) {
            r += c->text_page[d->id];
            d = dom_next_skip(k, d);
        } else if (d->type == DOM_TEXT) {
            if (c->tlen[d->id] > 1)
                return r;
            d = dom_next(k, d);
        } else
            d = dom_next(k, d);
    }
    return r;
}

/* A root at page level holds the page below the article too. Once the
 * article's parts end and cleaning has removed furniture after them (a
 * "more news" list, prev/next links, a tag cloud: 150+ bytes of text),
 * the small boxes that follow, each of one paragraph at most and under
 * 500 bytes, a third of the body together, are the page's: the
 * publisher's blurb, a contact line, an author's bio. Readability keeps
 * them as prose. Only layout boxes (div, section...): a paragraph, a
 * heading or loose text after the furniture is the article's (its
 * paragraphs sit loose in the wrapper, an inline box between them; a
 * heading over a hidden section), and so is all before it. A box right
 * under the article, before the furniture, stays for the bio rule,
 * which sees it once it is the body's last. Nor a box of
 * the same tag and class as one of the article's (a page that wraps
 * each paragraph in its own box, with a related box between two of
 * them); only below the article's headline. */
static void drop_tail_past_furniture(ctx *c, dom_node *root)
{
    if (root != c->top && root->parent != c->top)
        return;
    dom_node *h = body_find_headline(c);
    if (!h || h == root || !body_is_ancestor(root, h))
        return;
    /* a page wrapper whose only kept child is another wrapper (div#page
     * inside div.outer): the article and the page's other sections are
     * that child's children, so the walk starts there */
    for (int depth = 0; depth < TAIL_WRAPPERS_MAX; depth++) {
        dom_node *only = NULL;
        int n = 0;
        for (dom_node *k = root->first_child; k; k = k->next)
            if (!(k->flags & DOM_F_REMOVED) &&
                ((k->type == DOM_TEXT && c->tlen[k->id] > 1) || (k->type == DOM_ELEMENT && c->tot[k->id].text))) {
                only = k;
                n++;
            }
        if (n != 1 || only->type != DOM_ELEMENT || !body_is_loose_container(only) || only == h ||
            !body_is_ancestor(only, h))
            break;
        root = only;
    }
    /* backwards to the article's last part: what follows it is the
     * furniture (removed) and the small boxes */
    int nsmall = 0;
    dom_node *s;
    for (s = root->last_child; s; s = s->prev) {
        if (s->type == DOM_TEXT) {
            if (c->tlen[s->id] > 1 && !(s->flags & DOM_F_REMOVED))
                break;
            continue;
        }
        if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED))
            continue;
        const body_totals *t = &c->tot[s->id];
        if (!t->text)
            continue;
        if (t->paras >= 2 || t->text > TAIL_BOX_MAX || !body_is_loose_container(s) || body_is_ancestor(s, h) ||
            s == h)
            break;
        if (++nsmall > TAIL_BOXES_MAX)
            return;
    }
    if (!s || !nsmall)
        return;
    /* forwards: the boxes after 150+ bytes of furniture go; one before
     * it (a bio right under the article) is left to the bio rule */
    dom_node *tail[TAIL_BOXES_MAX];
    int ntail = 0;
    uint32_t furn = 0, tail_text = 0;
    for (dom_node *k = s->next; k; k = k->next) {
        if (k->type != DOM_ELEMENT)
            continue;
        if (k->flags & DOM_F_REMOVED)
            furn += c->text_page[k->id];
        else if (c->tot[k->id].text && furn + removed_lead(c, k) >= TAIL_FURNITURE_MIN && ntail < TAIL_BOXES_MAX) {
            /* (the backward walk counted these boxes: never more than
             * TAIL_BOXES_MAX; the bound keeps tail[] safe if it changes) */
            tail[ntail++] = k;
            tail_text += c->tot[k->id].text;
        }
    }
    if (!ntail || (uint64_t)tail_text * 3 > c->tot[root->id].text)
        return;
    int read = 0;
    for (dom_node *a = s; a && read < TAIL_SIBLINGS_READ; a = a->prev) {
        if (a->type != DOM_ELEMENT || (a->flags & DOM_F_REMOVED) || !c->tot[a->id].text)
            continue;
        read++;
        for (int i = 0; i < ntail; i++)
            if (body_same_box(a, tail[i]))
                return;
    }
    for (int i = 0; i < ntail; i++)
        body_mark_removed(c, tail[i]);
}

/* ------------------------------------------- boxes after the last prose */

#define EDGE_PROSE_MIN 200   /* a <p> of this many bytes, mostly unlinked, of two sentences, is the article's prose */
#define EDGE_BOX_MAX 600     /* a box after the prose: an appeal, a note, a pointer; not a section */
#define EDGE_BOX_LOST_MIN 40 /* text cleaning took from a box between the prose: a teaser line or more, not spacing */
#define EDGE_TWINS_MAX 3     /* more siblings of the box's kind: a list of items (a recipe's, a slide show's) */
#define EDGE_PROSE_READ 256  /* long paragraphs whose ancestors are compared with a box */
#define EDGE_UP_MAX 32       /* ancestors of a paragraph compared */
#define EDGE_BOXES_MAX 16    /* boxes judged per root */
#define EDGE_CANDIDATES_READ 64 /* blocks after the prose examined per root */
#define EDGE_SIBLINGS_READ 256 /* siblings read to count a box's twins (as body.c's SLIDE_SIBLINGS_READ) */
#define EDGE_KINDS_MAX 64    /* distinct kinds of the long paragraphs' ancestors */


/* 1 when a and b are elements of one kind: the same tag and first class
 * token (a CMS's paragraph box, "c-text", whatever modifiers follow). */
static int same_kind(const dom_node *a, const dom_node *b)
{
    if (a->type != DOM_ELEMENT || b->type != DOM_ELEMENT || a->tag != b->tag)
        return 0;
    if (a->tag == TAG_UNKNOWN && (!a->name || !b->name || strcmp(a->name, b->name) != 0))
        return 0;
    const char *x = "", *y = "";
    size_t lx = 0, ly = 0;
    body_first_class(a, &x, &lx);
    body_first_class(b, &y, &ly);
    return lx == ly && memcmp(x, y, lx) == 0;
}

/* 1 when n's text holds two sentence ends (".", "!", "?" or "…" before a
 * space or the end), reading at most LINE_MAX_NODES nodes: a reference
 * or a title runs long in one sentence, prose runs on. */
static int holds_two_sentences(const dom_node *n)
{
    int ends = 0, read = 0;
    for (const dom_node *d = n->first_child; d && read < LINE_MAX_NODES; d = dom_next(n, d), read++) {
        if (d->type != DOM_TEXT || (d->flags & DOM_F_REMOVED))
            continue;
        const unsigned char *u = (const unsigned char *)d->text;
        for (uint32_t i = 0; i < d->text_len; i++) {
            int mark = u[i] == '.' || u[i] == '!' || u[i] == '?';
            uint32_t w = 1;
            if (!mark && u[i] == 0xE2 && i + 2 < d->text_len && u[i + 1] == 0x80 && u[i + 2] == 0xA6)
                mark = 1, w = 3; /* … */
            if (mark && (i + w >= d->text_len || u[i + w] == ' ' || u[i + w] == '\n' || u[i + w] == '\t') &&
                ++ends >= 2)
                return 1;
        }
    }
    return 0;
}

static int is_edge_prose(const ctx *c, const dom_node *n)
{
    const body_totals *t = &c->tot[n->id];
    return n->type == DOM_ELEMENT && n->tag == TAG_P && !(n->flags & DOM_F_REMOVED) && t->text >= EDGE_PROSE_MIN &&
           t->link * 2 < t->text && holds_two_sentences(n);
}

/* 1 when the box holds a list (or a run of more than EDGE_TWINS_MAX like
 * <div>s), loose prose (a block with EDGE_PROSE_MIN bytes of text of its
 * own, outside any <p>), a table, code or a form's worth of nodes (more than
 * EDGE_NODES_MAX): the article's own matter in a box of its
 * own (a recipe's ingredients, a command to type, a section's list of
 * programmes), which a template sets apart just as it sets apart its
 * furniture. */
#define EDGE_NODES_MAX 256
static int holds_matter(const ctx *c, const dom_node *box)
{
    /* the box's own loose text, a paragraph's length of it: prose set
     * straight in the box (an article's closing words in a <div>) */
    if (c->tot[box->id].own >= EDGE_PROSE_MIN)
        return 1;
    int read = 0;
    for (const dom_node *d = box->first_child; d;) {
        if (++read > EDGE_NODES_MAX)
            return 1;
        if (d->type == DOM_ELEMENT) {
            /* loose text of a paragraph's length straight in a box is
             * prose set without <p> (a paywalled article's preview) */
            if (!(d->flags & DOM_F_REMOVED) && c->tot[d->id].own >= EDGE_PROSE_MIN)
                return 1;
            if (d->tag == TAG_LI || d->tag == TAG_PRE || d->tag == TAG_CODE || d->tag == TAG_TABLE ||
                d->tag == TAG_DT)
                return 1;
            /* a run of like boxes, each a line of its own: a list set
             * in <div>s (a recipe's ingredients, quantity and name) */
            if (d->tag == TAG_DIV && (!d->prev || !same_kind(d->prev, d))) {
                int run = 0, seen = 0;
                for (const dom_node *k = d; k && run <= EDGE_TWINS_MAX && seen < LINE_MAX_NODES; k = k->next, seen++)
                    if (same_kind(k, d))
                        run++;
                if (run > EDGE_TWINS_MAX)
                    return 1;
            }
        }
        d = dom_next(box, d);
    }
    return 0;
}

/* The kinds (same_kind) of the long paragraphs' ancestors below the
 * page's <body>, into kinds[] (EDGE_KINDS_MAX at most): collected once
 * per root, not per box. Paragraphs that share a parent share them, so
 * only the first of a run of siblings is walked up. Returns their
 * number, or -1 when there are more. */
static int prose_kinds(const ctx *c, dom_node *const *prose, size_t np, const dom_node **kinds)
{
    int nk = 0;
    for (size_t i = 0; i < np; i++) {
        if (i && prose[i]->parent == prose[i - 1]->parent)
            continue;
        int up = 0;
        for (const dom_node *u = prose[i]->parent; u && u != c->top && up < EDGE_UP_MAX; u = u->parent, up++) {
            int seen = 0;
            for (int k = 0; k < nk && !seen; k++)
                seen = kinds[k] == u || same_kind(kinds[k], u);
            if (seen)
                continue;
            if (nk == EDGE_KINDS_MAX)
                return -1;
            kinds[nk++] = u;
        }
    }
    return nk;
}

/* 1 when no long paragraph's ancestor is of box's kind (prose_kinds). */
static int kind_unshared(const dom_node *box, const dom_node *const *kinds, int nk)
{
    for (int i = 0; i < nk; i++)
        if (same_kind(kinds[i], box))
            return 0;
    return 1;
}

/* 1 when box has more than EDGE_TWINS_MAX siblings of its kind, or a
 * parent too wide to count them (over EDGE_SIBLINGS_READ children): a
 * run of items, not a box set apart. */
static int has_twins(const dom_node *box)
{
    int twins = 0, read = 0;
    const dom_node *k;
    for (k = box->parent->first_child; k && twins <= EDGE_TWINS_MAX && read < EDGE_SIBLINGS_READ; k = k->next, read++)
        if (k != box && same_kind(k, box))
            twins++;
    return twins > EDGE_TWINS_MAX || (k && read >= EDGE_SIBLINGS_READ);
}

/* 1 when s, with totals t, has the shape of a box around the prose
 * (drop_boxes_after_prose, drop_boxes_between_prose): a <div> or
 * <section> with some text and at most EDGE_BOX_MAX bytes of it. */
static int edge_box_shape(const dom_node *s, const body_totals *t)
{
    return (s->tag == TAG_DIV || s->tag == TAG_SECTION) && t->text && t->text <= EDGE_BOX_MAX;
}

/* Removes the nd boxes drop[] (dropped bytes of text in all) that the
 * box rules around the prose found, and returns nd; or keeps them all
 * and returns 0 when they would take over a third of the root's text:
 * the boxes are small pieces of a long text, and when they are not, the
 * "prose" was the small part (as in drop_tail_past_furniture). */
static int remove_edge_boxes(ctx *c, const dom_node *root, dom_node **drop, int nd, uint64_t dropped)
{
    if (!nd || dropped * 3 > c->tot[root->id].text)
        return 0;
    for (int i = 0; i < nd; i++)
        body_mark_removed(c, drop[i]);
    return nd;
}

/* After the article's last long paragraph, a layout box of its own (a
 * <div> or <section> that follows the paragraph or one of its ancestors
 * under the root, so it holds none of the prose) is furniture when it is
 * small (under 600 bytes), is of a kind (tag and first
 * class) that no long paragraph's ancestor is, and has at most three
 * siblings of its kind. That is the shape the appeals, author boxes,
 * "further reading" boxes, citation boxes and embed notes under an
 * article share, whatever their wording ("While you are here…",
 * "Aller plus loin", "Pour citer cet article", a support box): the
 * template sets them apart from the text's own container. The article's
 * own tail sits in the paragraphs' container or in a box of the kind
 * that holds them (a page that wraps every paragraph in its own box), a
 * list, a quote or a table, or a run of like boxes (a recipe's steps, a
 * listicle's items); a box of over 600 bytes is a section of its own (a
 * recipe card, a hint box). How the shape was measured on the
 * edge-labelled sets: docs/body.md, "Boxes after the last prose". The
 * boxes taken stay
 * under a third of the root's text; the reads are bounded
 * (EDGE_CANDIDATES_READ, EDGE_SIBLINGS_READ, EDGE_KINDS_MAX). Returns
 * the number of boxes removed. */
static int drop_boxes_after_prose(ctx *c, dom_node *root)
{
    uint32_t first = c->pos[root->id], end = first + c->tot[root->id].size;
    dom_node *prose[EDGE_PROSE_READ];
    size_t np = 0;
    dom_node *last = NULL;
    for (uint32_t i = first; i < end; i++) {
        dom_node *n = c->order[i];
        if (n->flags & DOM_F_REMOVED) {
            i += c->tot[n->id].size - 1; /* skip the removed subtree */
            continue;
        }
        if (is_edge_prose(c, n)) {
            last = n;
            if (np < EDGE_PROSE_READ)
                prose[np++] = n;
            else
                prose[EDGE_PROSE_READ - 1] = n; /* the last one is always compared */
        }
    }
    if (!last)
        return 0;
    const dom_node *kinds[EDGE_KINDS_MAX];
    int nk = prose_kinds(c, prose, np, kinds);
    if (nk < 0)
        return 0; /* too many kinds to tell the text's own from a box's: keep all */
    dom_node *drop[EDGE_BOXES_MAX];
    int nd = 0, examined = 0;
    uint64_t dropped = 0;
    for (dom_node *a = last; a && a != root && nd < EDGE_BOXES_MAX && examined < EDGE_CANDIDATES_READ; a = a->parent) {
        for (dom_node *s = a->next; s && nd < EDGE_BOXES_MAX && examined < EDGE_CANDIDATES_READ; s = s->next) {
            if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED))
                continue;
            examined++;
            const body_totals *t = &c->tot[s->id];
            if (!edge_box_shape(s, t))
                continue;
            if (!has_twins(s) && !holds_matter(c, s) && kind_unshared(s, kinds, nk)) {
                drop[nd++] = s;
                dropped += t->text;
            }
        }
    }
    return remove_edge_boxes(c, root, drop, nd, dropped);
}

/* ------------------------------------------ boxes between the prose */

#define MID_BOXES_READ 64 /* boxes judged between the long paragraphs, per root */

/* 1 when a box between two long paragraphs is set as the article's own
 * matter rather than prose, or holds too little to tell: a picture (as
 * the page has it: cleaning may have taken the <img> and left its
 * caption), a quote (a pull quote, an embedded post set as
 * <blockquote>), a figure or a caption, nothing but heading text (a
 * subheading in a box of its own), or a single line. A single line is a
 * subheading set as a <div> (role="heading", a class named after a
 * heading size), a hint ("Tip: ..."), a caption whose picture went, as
 * often as it is a pointer or a one-line note: on the dev sets they were
 * as many, and nothing but their words tells them apart. Furniture set in
 * a box is a heading and its copy, a title and a teaser, a label and a
 * price: two blocks of text or more. */
static int holds_inline_matter(const ctx *c, const dom_node *box)
{
    const body_totals *t = &c->tot[box->id];
    if (c->img_page[box->id] || t->htext >= t->text)
        return 1;
    if (c->cls[box->id] & (CL_QUOTE | CL_CAPTION | CL_MEDIA | CL_CREDIT))
        return 1;
    int read = 0, lines = t->own > 0; /* text straight in the box is one block */
    for (const dom_node *d = box->first_child; d; d = dom_next(box, d)) {
        if (++read > EDGE_NODES_MAX)
            return 1; /* a form's worth of nodes: not a small note */
        if (d->type != DOM_ELEMENT || (d->flags & DOM_F_REMOVED))
            continue;
        if (d->tag == TAG_BLOCKQUOTE || d->tag == TAG_FIGURE || d->tag == TAG_FIGCAPTION ||
            (c->cls[d->id] & (CL_QUOTE | CL_CAPTION | CL_MEDIA | CL_CREDIT)))
            return 1;
        if ((tag_flags[d->tag] & TF_BLOCK) && c->tot[d->id].own)
            lines++;
    }
    return lines < 2;
}

/* Between the article's first and last long paragraphs, a layout box of
 * its own (a <div> or <section> that holds no long paragraph while its
 * parent does) is furniture in the same shape as the boxes after the
 * prose (drop_boxes_after_prose: under 600 bytes, of a kind no long
 * paragraph's ancestor is, at most three twins, no list, table, code or
 * loose prose), when it also holds two blocks of text or more and
 * none of the article's inline matter (holds_inline_matter): an author
 * box ("Zur Person" and a line), a "buy this article" box, an ad's
 * heading and copy, a "more about" box. The article's own boxes there
 * are pictures and their captions, quotes, fact boxes with lists,
 * sections in boxes of the paragraphs' kind, subheadings and one-line
 * hints; how the shape was measured: docs/body.md, "Boxes between the
 * prose". The walk enters only the elements that hold a long paragraph
 * and judges each other subtree whole, so it reads the root once; it
 * judges at most MID_BOXES_READ boxes, reads the prose up to its
 * EDGE_PROSE_READ-th long paragraph, and the boxes taken stay under a
 * third of the root's text. Returns the number of boxes removed. */
static int drop_boxes_between_prose(ctx *c, dom_node *root)
{
    uint32_t first = c->pos[root->id], end = first + c->tot[root->id].size;
    uint32_t ppos[EDGE_PROSE_READ];
    dom_node *prose[EDGE_PROSE_READ];
    size_t np = 0;
    for (uint32_t i = first; i < end && np < EDGE_PROSE_READ; i++) {
        dom_node *n = c->order[i];
        if (n->flags & DOM_F_REMOVED) {
            i += c->tot[n->id].size - 1; /* skip the removed subtree */
            continue;
        }
        if (is_edge_prose(c, n)) {
            ppos[np] = i;
            prose[np++] = n;
            i += c->tot[n->id].size - 1; /* no <p> inside a <p> */
        }
    }
    if (np < 2)
        return 0;
    const dom_node *kinds[EDGE_KINDS_MAX];
    int nk = prose_kinds(c, prose, np, kinds);
    if (nk < 0)
        return 0;
    dom_node *drop[EDGE_BOXES_MAX];
    int nd = 0, judged = 0;
    uint64_t dropped = 0;
    size_t next = 1; /* the first long paragraph at or after position i */
    for (uint32_t i = ppos[0] + c->tot[prose[0]->id].size; i < ppos[np - 1] && nd < EDGE_BOXES_MAX && judged < MID_BOXES_READ; i++) {
        dom_node *s = c->order[i];
        while (next < np && ppos[next] < i)
            next++;
        uint32_t size = c->tot[s->id].size;
        if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED)) {
            i += size - 1;
            continue;
        }
        if (next < np && ppos[next] > i && ppos[next] < i + size)
            continue; /* holds a long paragraph: its children are read */
        i += size - 1; /* a long paragraph, or a subtree with none: not entered */
        const body_totals *t = &c->tot[s->id];
        if (!edge_box_shape(s, t))
            continue;
        judged++;
        /* the shape alone is not furniture: a heading and two short
         * paragraphs in a layout box, a pros/cons pair, a fact box are
         * the article's too; the box must also link somewhere, hold a
         * control (a "buy" button), carry a furniture class (an ad,
         * teasers, meta, an author box, a sign-up) or have lost text to
         * cleaning already (a "more about" box's teaser links went, its
         * heading is left). Cheap tests first. */
        if ((t->link || t->cnt_input || c->text_page[s->id] > t->text + EDGE_BOX_LOST_MIN ||
             (c->cls[s->id] & (CL_AD | CL_RELATED | CL_META | CL_AUTHORBOX | CL_CONSENT | CL_SHARE))) &&
            !holds_inline_matter(c, s) && kind_unshared(s, kinds, nk) && !holds_matter(c, s) && !has_twins(s)) {
            drop[nd++] = s;
            dropped += t->text;
        }
    }
    return remove_edge_boxes(c, root, drop, nd, dropped);
}

/* Runs after the trailing walk (body_drop_trailing_bio), which reads
 * the body's last blocks as the page has them: a licence line under an
 * author's bio is how that walk finds the bio, and the box holding the
 * line is one this rule takes. It runs after a lenient redo too (unlike
 * the tail rules inside cleaning): the redo undoes a mistake of the link
 * rules, which this rule does not read, and on the dev sets every box
 * it took after a redo was furniture ("Related Searches", a "Continue
 * reading for free" appeal, a tag list). The totals are measured again
 * only when something was removed since cleaning's last measure
 * (c->clean_removals) and after a drop. */
void body_drop_boxes_after_prose(ctx *c, dom_node **list, size_t nlist)
{
    int stale = c->nremovals != c->clean_removals;
    for (size_t i = 0; i < nlist; i++) {
        dom_node *root = list[i];
        if (root->type != DOM_ELEMENT || (root->flags & DOM_F_REMOVED))
            continue;
        uint32_t first = c->pos[root->id], end = first + c->tot[root->id].size;
        if (stale)
            body_measure_range(c, first, end, root, NULL); /* the boxes are judged by what is left */
        if (drop_boxes_after_prose(c, root))
            body_measure_range(c, first, end, root, NULL);
        if (drop_boxes_between_prose(c, root))
            body_measure_range(c, first, end, root, NULL);
    }
}

/* ----------------------------------------------------------- hover cards */

#define CARD_TRIGGER_MAX 80  /* a person's or a topic's name as a link */
#define CARD_NODES_READ 64   /* nodes of a card read to count its links */
#define CARD_EXTRA_MIN 20    /* what the card adds to the name: a role, headlines */

/* A hover card inlined into a paragraph: right after a name's link (the
 * trigger), an inline box that opens with that name again and holds two
 * or more links of its own (the person's latest headlines, a profile
 * link). The page hides it until the pointer rests on the name, by a
 * style sheet that the markup does not show; read in place it splices
 * "Rosa KentRosa KentMayor of Metro CityKent promises new parks..." into
 * the sentence. A paragraph's own inline box after a link does not repeat
 * the link's words. */
static int is_inline_hover_card(const ctx *c, dom_node *n)
{
    const dom_node *t = n->prev;
    while (t && (t->type == DOM_COMMENT || (t->type == DOM_TEXT && c->tlen[t->id] <= 1)))
        t = t->prev;
    if (!t || t->type != DOM_ELEMENT || t->tag != TAG_A || (t->flags & DOM_F_REMOVED))
        return 0;
    uint32_t tl = c->tot[t->id].text;
    if (tl < 3 || tl > CARD_TRIGGER_MAX || c->tot[n->id].text < tl + CARD_EXTRA_MIN)
        return 0;
    int links = 0, seen = 0;
    for (const dom_node *d = dom_next(n, n); d && seen < CARD_NODES_READ && links < 2; d = dom_next(n, d), seen++)
        if (d->type == DOM_ELEMENT && d->tag == TAG_A && c->tot[d->id].text)
            links++;
    if (links < 2)
        return 0;
    char a[CARD_TRIGGER_MAX + 8], b[CARD_TRIGGER_MAX + 8];
    size_t an = text_prefix_lower(t, a, sizeof a), bn = text_prefix_lower(n, b, sizeof b);
    return an >= 3 && bn >= an && memcmp(a, b, an) == 0;
}

/* 1 when the inline box n (in running text) holds a name's link with its
 * hover card among its first children: "<span class=entity><a>Dara
 * Whitlow</a><span>(avatar) Dara Whitlow, her role, her headlines</span>
 * </span>". The card's avatar made the whole box a media box, and the
 * name went with it out of the sentence; the card goes on its own (the
 * hover-card test), the name stays. */
#define CARD_HOLDER_CHILDREN 8
static int holds_inline_hover_card(const ctx *c, dom_node *n)
{
    int read = 0;
    for (dom_node *k = n->first_child; k && read < CARD_HOLDER_CHILDREN; k = k->next) {
        if (k->type != DOM_ELEMENT)
            continue;
        read++;
        if (!(tag_flags[k->tag] & TF_BLOCK) && k->tag != TAG_A && is_inline_hover_card(c, k))
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------ comment threads */

#define COMMENT_ITEM_MAX 3000   /* a reader's comment, with its name, date and actions */
#define COMMENT_ITEM_NODES 256  /* nodes of an item read to find its reply action */

/* 1 when the item holds a reply action: a link or button whose whole
 * text is "Reply", "Antworten", "Répondre"... Reads at most
 * COMMENT_ITEM_NODES nodes of the item. */
static int has_reply_action(const ctx *c, const dom_node *item)
{
    int seen = 0;
    for (const dom_node *d = dom_next(item, item); d && seen < COMMENT_ITEM_NODES; d = dom_next(item, d), seen++) {
        if (d->type != DOM_ELEMENT || (d->tag != TAG_A && d->tag != TAG_BUTTON))
            continue;
        uint32_t l = c->tot[d->id].text;
        if (l == 0 || l > 24 || (d->flags & DOM_F_REMOVED))
            continue;
        char t[40];
        size_t n = text_prefix_lower(d, t, sizeof t);
        if (words_exact(&words_reply_actions, t, n))
            return 1;
    }
    return 0;
}

static int is_comment_sized(const ctx *c, const dom_node *ch)
{
    return c->tot[ch->id].text >= MIN_PARAGRAPH && c->tot[ch->id].text <= COMMENT_ITEM_MAX;
}

static int is_comment_item(const ctx *c, const dom_node *ch)
{
    return is_comment_sized(c, ch) && has_reply_action(c, ch);
}

/* A comment thread without a heading or a class that names it: three or
 * more sibling items of one tag, each with a reply action, holding 80%+
 * of the container's text. Under a short post the thread is most of the
 * body, and no link or class rule sees it (golden case
 * furniture_comment_thread_unmarked). */
static int is_comment_thread(const ctx *c, const dom_node *n)
{
    int tag, items;
    return like_items_hold_text(c, n, is_comment_sized, &tag, &items) &&
           like_items_hold_text(c, n, is_comment_item, &tag, &items);
}

/* 1 when the text node t holds a character that is not white space. A
 * no-break space (U+00A0) shows nothing either: "<p>&nbsp;</p>" is the
 * spacer many editors leave at an article's end. */
static int has_visible_char(const dom_node *t)
{
    for (uint32_t i = 0; i < t->text_len; i++) {
        if (chars_nbsp_shy((const unsigned char *)t->text + i, t->text_len - i) == ' ') {
            i++;
            continue;
        }
        if (!chars_is_space((unsigned char)t->text[i]))
            return 1;
    }
    return 0;
}

/* The first text node a reader sees under u (removed subtrees skipped),
 * or NULL. */
static const dom_node *first_visible_text(const dom_node *u)
{
    for (const dom_node *d = dom_next(u, u); d; d = dom_next(u, d)) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(u, d);
            if (!d)
                return NULL;
        }
        if (d->type == DOM_TEXT && has_visible_char(d))
            return d;
    }
    return NULL;
}

/* The same label as plain text ending in a colon, on a line of its own:
 * "<p>About Acme Robotics:<br>Acme Robotics designs ...</p>",
 * "<p>Media Contact:<br>Jane Doe<br>...</p>". The colon and the <br>
 * after it set the line apart as a label; without them the text is a
 * sentence's start. k is the block's first visible text node; with
 * contact_only, only a press-contact label counts (see below). */
#define RELEASE_PLAIN_LABEL_MAX 80
static int opens_with_plain_release_label(const ctx *c, const dom_node *k, int contact_only)
{
    if (c->tlen[k->id] == 0 || c->tlen[k->id] > RELEASE_PLAIN_LABEL_MAX)
        return 0;
    const dom_node *b = k->next;
    while (b && (b->type == DOM_COMMENT || (b->type == DOM_TEXT && !has_visible_char(b))))
        b = b->next;
    if (!b || b->type != DOM_ELEMENT || b->tag != TAG_BR)
        return 0;
    char t[RELEASE_PLAIN_LABEL_MAX + 8];
    size_t len = text_prefix_lower(k, t, sizeof t);
    while (len && t[len - 1] == ' ')
        len--;
    if (!len || t[len - 1] != ':')
        return 0;
    t[len] = 0;
    return contact_only ? is_contact_heading_text(t) : is_release_tail_heading_text(t);
}

/* 1 when the block n opens with a bold label that is a release tail's
 * heading: "<p><strong>About Acme Robotics</strong><br>Acme Robotics
 * designs ...</p>". Releases set the company profile as one paragraph
 * as often as under a heading of its own. With contact_only (a block
 * under 60 bytes, too short to hold a company profile), only a
 * press-contact label counts: "<strong>Contatto stampa:</strong> Giulia
 * Neri" is the release's contact, "<strong>Über Kirchberg:</strong> Dort
 * staut es sich." a story's bold run-in. */
static int opens_with_release_label(const ctx *c, const dom_node *n, int contact_only)
{
    for (const dom_node *k = n->first_child; k; k = k->next) {
        if (k->type == DOM_TEXT) {
            if (has_visible_char(k))
                return opens_with_plain_release_label(c, k, contact_only);
            continue;
        }
        if (k->type != DOM_ELEMENT)
            continue;
        if ((k->tag != TAG_STRONG && k->tag != TAG_B) || (k->flags & DOM_F_REMOVED) || c->tot[k->id].text == 0 ||
            c->tot[k->id].text > 80 || c->tot[k->id].size > LINE_MAX_NODES)
            return 0;
        char t[TEASER_MAX + 8];
        text_prefix_lower(k, t, sizeof t);
        return contact_only ? is_contact_heading_text(t) : is_release_tail_heading_text(t);
    }
    return 0;
}

/* ------------------------------------------ the site's own app offer */

/* A line that opens with the site's own name and offers the site as an
 * app: "Example ist auch als App für Smartphone und Tablet
 * verfügbar! ...", "Example News is also available as an app". The
 * house's promotion, set under the text; the name is what makes it the
 * house's own (an article may well report that some service "ist auch
 * als App verfügbar"). The name is the page's site name (og:site_name,
 * the publisher, or the title's site part), lower-cased, without a
 * leading "www.", or without its domain ending when it is a host name
 * ("example.net" is "Example" in a sentence); at least APP_SITE_MIN
 * bytes, so a short brand is no common word. After it an offer phrase
 * (words_app_offer_phrases) and, within APP_WORD_SPAN bytes, a word that
 * names the app (words_app_words). t is the line's lowered start. */
#define APP_SITE_MIN 4
#define APP_WORD_SPAN 48 /* "ist auch als neue Gratis-App": adjectives between */
static int opens_with_own_app_offer(const ctx *c, const char *t)
{
    size_t l = c->site_len;
    if (l < APP_SITE_MIN)
        return 0;
    const char *s = c->site_lower;
    if (strncmp(s, WWW_LABEL, WWW_LABEL_LEN) == 0)
        s += WWW_LABEL_LEN, l -= WWW_LABEL_LEN;
    for (int form = 0; form < 2; form++) {
        if (form == 1) {
            /* a host name: without its last label, 2 to 6 letters */
            size_t d = l;
            while (d && s[d - 1] >= 'a' && s[d - 1] <= 'z')
                d--;
            if (!d || s[d - 1] != '.' || l - d < 2 || l - d > 6)
                return 0;
            l = d - 1;
        }
        if (l < APP_SITE_MIN || strncmp(t, s, l) != 0 || t[l] != ' ')
            continue;
        const char *r = t + l + 1;
        size_t p = words_longest_prefix_ci(&words_app_offer_phrases, r, NULL);
        if (!p)
            continue;
        for (const char *a = r + p; *a && a < r + p + APP_WORD_SPAN; a++) {
            if (a != r + p && word_byte((unsigned char)a[-1]))
                continue;
            size_t w = 0;
            while (a[w] && word_byte((unsigned char)a[w]))
                w++;
            if (w && words_exact(&words_app_words, a, w))
                return 1;
        }
    }
    return 0;
}

/* ----------------------------------------- one line of a loose run */

/* A line of a box's loose run: its text and inline elements between two
 * of its breaks, [first, end). Several rules read one such line rather
 * than a block (an embedded post's credit, a prompt after a <br>, a
 * metadata bar line, a log-in note that ends the body): they find the
 * line, measure it from the totals, read its text lowered only when it
 * is short, and remove its pieces. A break is a <br> or a block child,
 * removed or not: either starts a new line on the page. */
typedef struct {
    uint32_t len;    /* bytes of visible text (text nodes, kept inline elements) */
    uint32_t linked; /* bytes of it in links */
    int whole;       /* no block inside and no piece of more than LINE_MAX_NODES nodes */
} loose_line;

static int breaks_line(const dom_node *k)
{
    return k->type == DOM_ELEMENT && (k->tag == TAG_BR || (tag_flags[k->tag] & TF_BLOCK));
}

/* The first piece of the line that ends with last: the node after the
 * previous break, or the box's first child. NULL when the line has more
 * than LINE_MAX_NODES pieces before last (the rules bound their reads). */
static dom_node *loose_line_start(dom_node *last)
{
    dom_node *first = last;
    for (int k = 0; first->prev && !breaks_line(first->prev); k++) {
        if (k >= LINE_MAX_NODES)
            return NULL;
        first = first->prev;
    }
    return first;
}

/* Measures the line from first to end (NULL: to the box's end), or to
 * the first <br> before it, or the first block when blocks_break (a
 * line split by <br>s only keeps a block inside, and is not whole).
 * Returns where the line ends. */
static dom_node *loose_line_measure(const ctx *c, dom_node *first, const dom_node *end, int blocks_break,
                                    loose_line *l)
{
    l->len = 0;
    l->linked = 0;
    l->whole = 1;
    dom_node *e = first;
    for (; e != end; e = e->next) {
        if (e->type == DOM_TEXT) {
            l->len += c->tlen[e->id];
        } else if (e->type == DOM_ELEMENT) {
            if (e->tag == TAG_BR || (blocks_break && (tag_flags[e->tag] & TF_BLOCK)))
                break;
            if ((e->flags & DOM_F_REMOVED) || (tag_flags[e->tag] & TF_JUNK))
                continue;
            l->len += c->tot[e->id].text;
            l->linked += c->tot[e->id].link;
            if ((tag_flags[e->tag] & TF_BLOCK) || c->tot[e->id].size > LINE_MAX_NODES)
                l->whole = 0;
        }
    }
    return e;
}

/* Removes the line [first, end): each piece not removed already. */
static void loose_line_remove(ctx *c, dom_node *first, const dom_node *end)
{
    for (dom_node *k = first; k != end; k = k->next)
        if (!(k->type == DOM_ELEMENT && (k->flags & DOM_F_REMOVED)))
            body_mark_removed(c, k);
}

/* ---------------------------------- an embedded post's credit line */

/* The credit line an embed code sets under a quoted social-media post,
 * inside its <blockquote>: "— Jane Doe (@janedoe) May 2, 2020", a dash,
 * the author's name, the handle in brackets, then the post's date,
 * linked to the post. The post's text above it is quoted text and stays
 * (trafilatura-eval's gold counts tweet texts as article text on more of
 * its pages than not); the credit line is the platform's signature, which
 * every hand-labelled set marks as no part of the article. t is the
 * line's lowered text: a dash (—, –, ― or '-') and a space, a name of 1
 * to EMBED_NAME_MAX bytes, " (@", a handle (letters, digits, '_', '.';
 * at most EMBED_HANDLE_MAX), ") ", and at most EMBED_DATE_MAX bytes
 * holding a digit (the date). A quote signed by a person ("— Dana Price,
 * CEO") has no handle, and a sentence naming someone's handle has no
 * leading dash. */
#define EMBED_CREDIT_MAX 200
#define EMBED_NAME_MAX 100
#define EMBED_HANDLE_MAX 30
#define EMBED_DATE_MAX 40
/* 1 for a byte of a social account's handle: letters, digits, '_' and
 * '.' (is_embed_credit_text, ends_with_follow_handle) */
static int handle_byte(unsigned char b) { return chars_is_alnum(b) || b == '_' || b == '.'; }
static int is_embed_credit_text(const char *t)
{
    const unsigned char *u = (const unsigned char *)t;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0x95))
        u += 3;
    else if (u[0] == '-')
        u += 1;
    else
        return 0;
    if (*u != ' ')
        return 0;
    const char *name = (const char *)u + 1;
    const char *open = strstr(name, " (@");
    if (!open || open == name || open - name > EMBED_NAME_MAX)
        return 0;
    const char *h = open + 3;
    size_t hl = 0;
    while (handle_byte((unsigned char)h[hl]))
        hl++;
    if (hl == 0 || hl > EMBED_HANDLE_MAX || h[hl] != ')' || h[hl + 1] != ' ')
        return 0;
    const char *d = h + hl + 2;
    if (!*d || strlen(d) > EMBED_DATE_MAX)
        return 0;
    for (; *d; d++)
        if (*d >= '0' && *d <= '9')
            return 1;
    return 0;
}

/* The credit line as the last line of blockquote q: its last block (a
 * <p> or <div> of at most EMBED_CREDIT_MAX bytes, no block inside), or
 * the loose run of text and inline elements after its last block or
 * <br>. The line must hold a link (the date's, to the post). Reads at
 * most LINE_MAX_NODES children from the end. */
static void drop_embed_credit(ctx *c, dom_node *q)
{
    dom_node *last = q->last_child;
    int k = 0;
    while (last && k++ < LINE_MAX_NODES &&
           (last->type == DOM_COMMENT || (last->type == DOM_TEXT && !has_visible_char(last)) ||
            (last->type == DOM_ELEMENT && ((last->flags & DOM_F_REMOVED) || (tag_flags[last->tag] & TF_JUNK)))))
        last = last->prev;
    if (!last || last->type == DOM_COMMENT || (last->type == DOM_TEXT && !has_visible_char(last)))
        return;
    char t[EMBED_CREDIT_MAX + 8];
    if (last->type == DOM_ELEMENT && ((tag_flags[last->tag] & TF_BLOCK) || last->tag == TAG_BR)) {
        if ((last->tag != TAG_P && last->tag != TAG_DIV) || (last->flags & DOM_F_REMOVED) ||
            c->tot[last->id].text > EMBED_CREDIT_MAX || c->tot[last->id].size > LINE_MAX_NODES ||
            !c->tot[last->id].link || c->tot[last->id].has_block)
            return;
        text_prefix_lower(last, t, sizeof t);
        if (is_embed_credit_text(t))
            body_mark_removed(c, last);
        return;
    }
    dom_node *first = loose_line_start(last);
    if (!first)
        return;
    loose_line l;
    loose_line_measure(c, first, last->next, 1, &l);
    if (!l.whole || !l.linked || !l.len || l.len > EMBED_CREDIT_MAX)
        return;
    text_range_lower(first, last->next, t, sizeof t);
    if (is_embed_credit_text(t))
        loose_line_remove(c, first, last->next);
}

/* ------------------------------------------ prompt lines after a <br> */

/* The lines of a block split by <br>s are read one by one for the
 * phrases that ask the reader for something or state the rights (the
 * prompt list: "Alle Rechte vorbehalten", "Vervielfältigung nur mit
 * Genehmigung", "HAZTE MIEMBRO Y DISFRUTA ...", "Follow us on ..."): a
 * magazine's imprint and a membership appeal set as one paragraph with
 * <br>s kept them, as the block as a whole starts otherwise ("DER
 * SPIEGEL 52/2018", "Hacemos periodismo desde ..."). Only that line goes
 * (its text and inline elements up to the next <br>), and only a line
 * under TEASER_MAX bytes without a block inside. The "back to" phrases
 * are not read ("Zurück zur Normalität" starts a line of a poem as
 * well). Reads each child of the block once. */
#define PROMPT_PREFIX_READ 96 /* bytes of a line read: more than the longest prompt phrase, and a site's name with its app offer */

/* A read-more pointer set in brackets as a line of its own inside a
 * paragraph, as Spanish-language papers print it between two <br>s:
 * "(Le puede interesar: <a>headline</a>)", "(Lea también: <a>...</a>)".
 * t is the line's lowered start, [seg, e) its pieces. The line opens with
 * the bracket and a teaser phrase (body_starts_teaser) and its last text
 * closes the bracket: an aside that only opens a line ("(Foto: ...) Der
 * ...") is not one; the caller asks for a link too. */
static int is_bracketed_read_more(const char *t, const dom_node *seg, const dom_node *e)
{
    if (t[0] != '(')
        return 0;
    const char *s = t + 1;
    while (*s == ' ')
        s++;
    if (!body_starts_teaser(s))
        return 0;
    const dom_node *last = NULL;
    for (const dom_node *k = seg; k != e; k = k->next)
        if (k->type == DOM_TEXT && has_visible_char(k))
            last = k;
    if (!last)
        return 0;
    uint32_t l = last->text_len;
    while (l && (last->text[l - 1] == ' ' || last->text[l - 1] == '\n' || last->text[l - 1] == '\t' ||
                 last->text[l - 1] == '\r'))
        l--;
    return l && last->text[l - 1] == ')';
}

/* 1 when the lowered line t is two or more article tools' link texts
 * (words_tool_links) between bars and nothing else: "artikel drucken |
 * artikel merken | fehler melden", "print | e-mail". A sentence
 * has words of its own between its bars. */
static int is_tool_link_line(const char *t)
{
    int parts = 0;
    for (const char *s = t;;) {
        while (*s == ' ')
            s++;
        const char *bar = strchr(s, '|');
        size_t l = bar ? (size_t)(bar - s) : strlen(s);
        while (l && s[l - 1] == ' ')
            l--;
        if (!l || !words_exact(&words_tool_links, s, l))
            return 0;
        parts++;
        if (!bar)
            return parts >= 2;
        s = bar + 1;
    }
}

/* An article's tool bar set as a list: "<ul><li><a><i class="icon
 * icon-share"></i> Teilen</a></li><li><a>Drucken</a></li>
 * <li><a>Fehler melden</a></li></ul>", beside the text. Every item with text
 * is one link and nothing else, its whole text a tool's
 * (words_tool_links: print, send, share, report an error) or a
 * network's name (words_channel_names: "Facebook", "WhatsApp"), at most
 * TOOL_LIST_ITEM_MAX bytes; two items or more, one of them a tool (a
 * list of networks alone may be the article's own). An icon-only item
 * (no text) is passed over. A list the article is about ("Print
 * editions: ...") has words of its own. The caller bounds the list to
 * TOOL_LIST_MAX_NODES nodes. Golden case furniture_tool_link_list. */
#define TOOL_LIST_ITEM_MAX 32
#define TOOL_LIST_MAX_NODES (4 * LINE_MAX_NODES) /* a dozen items, each a link round an icon and a label */
static int is_tool_link_list(const ctx *c, const dom_node *n)
{
    int items = 0, tools = 0;
    for (const dom_node *li = n->first_child; li; li = li->next) {
        if (li->type == DOM_TEXT) {
            if (has_visible_char(li))
                return 0;
            continue;
        }
        if (li->type != DOM_ELEMENT || (li->flags & DOM_F_REMOVED) || (tag_flags[li->tag] & TF_JUNK))
            continue;
        if (li->tag != TAG_LI)
            return 0;
        uint32_t len = c->tot[li->id].text;
        if (!len)
            continue;
        /* the link is the item: the blanks around it count as text */
        if (len > TOOL_LIST_ITEM_MAX || (uint64_t)c->tot[li->id].link * 10 < (uint64_t)len * 7)
            return 0;
        char t[TOOL_LIST_ITEM_MAX + 8];
        size_t l = text_prefix_lower(li, t, sizeof t);
        if (words_exact(&words_tool_links, t, l))
            tools++;
        else if (!words_exact(&words_channel_names, t, l))
            return 0;
        items++;
    }
    return items >= 2 && tools >= 1;
}

/* A player's label: "<p><iframe src="https://video.example/embed/ID">
 * </iframe><br><a href="https://video.example/watch?v=ID">Zum Video</a></p>",
 * "Watch the video", "Ver vídeo". Embed codes set a link to the video's
 * own page under the player, for readers whose page shows no player; the
 * body drops the player (junk), so its label stands alone and points at
 * nothing the text says. Read by structure, in any language: the link is
 * the whole line (at most PLAYER_LABEL_MAX bytes), right after the player
 * (blanks and one <br> between), and goes to the player's own host
 * ("www." aside): a story's link under a video to another site, or a
 * longer sentence, stays. (The same link as a block of its own after
 * the player's box goes as a link-only line.) Golden case furniture_player_label_link. */
#define PLAYER_LABEL_MAX 40
static int is_player(const dom_node *k)
{
    return k && k->type == DOM_ELEMENT &&
           (k->tag == TAG_IFRAME || k->tag == TAG_VIDEO || k->tag == TAG_OBJECT || k->tag == TAG_EMBED);
}

/* The player's source: its src (iframe, embed, video), an <object>'s
 * data, or a <video>'s first <source src>. */
static const char *player_src(const dom_node *k)
{
    const char *s = dom_attr_get(k, k->tag == TAG_OBJECT ? "data" : "src");
    if (!s && k->tag == TAG_VIDEO)
        for (const dom_node *d = k->first_child; d && !s; d = d->next)
            if (d->type == DOM_ELEMENT && d->tag == TAG_SOURCE)
                s = dom_attr_get(d, "src");
    return s;
}

/* 1 when link a is a label of at most PLAYER_LABEL_MAX bytes, all link,
 * to the host of player p's source. */
static int labels_player(const ctx *c, const dom_node *a, const dom_node *p)
{
    if (!a || a->type != DOM_ELEMENT || a->tag != TAG_A || (a->flags & DOM_F_REMOVED))
        return 0;
    uint32_t len = c->tot[a->id].text;
    if (!len || len > PLAYER_LABEL_MAX)
        return 0;
    size_t hl, pl;
    const char *h = url_host(dom_attr_get(a, "href"), &hl);
    const char *ph = url_host(player_src(p), &pl);
    return h && ph && hl && chars_eq_ci(h, hl, ph, pl);
}

/* The node after k, past blank text and, when br is set, one <br>. */
static dom_node *next_past_blank(dom_node *k, int br)
{
    dom_node *d = k->next;
    while (d && ((d->type == DOM_TEXT && !has_visible_char(d)) || d->type == DOM_COMMENT ||
                 (br && d->type == DOM_ELEMENT && d->tag == TAG_BR && (br = 0, 1))))
        d = d->next;
    return d;
}

/* The label inside the block: the player, then its link as the line. */
static void drop_player_labels(ctx *c, dom_node *block)
{
    int seen = 0;
    for (dom_node *k = block->first_child; k && seen < LINE_MAX_NODES; k = k->next, seen++) {
        if (!is_player(k))
            continue;
        dom_node *a = next_past_blank(k, 1);
        if (!labels_player(c, a, k))
            continue;
        dom_node *after = next_past_blank(a, 0);
        if (after && !breaks_line(after))
            continue; /* the link opens a longer line */
        body_mark_removed(c, a);
    }
}

static void drop_prompt_segments(ctx *c, dom_node *block)
{
    int br = 0;
    for (dom_node *k = block->first_child; k && !br; k = k->next)
        br = k->type == DOM_ELEMENT && k->tag == TAG_BR;
    if (!br)
        return;
    for (dom_node *seg = block->first_child; seg;) {
        /* the line's length from the totals; its text only when short */
        loose_line l;
        dom_node *e = loose_line_measure(c, seg, NULL, 0, &l);
        if (l.whole && l.len > 0 && l.len < TEASER_MAX) {
            /* the line's start, pieces joined by a space */
            char t[PROMPT_PREFIX_READ];
            size_t tl = 0;
            for (dom_node *k = seg; k != e && tl + 2 < sizeof t; k = k->next) {
                if (k->type != DOM_TEXT &&
                    (k->type != DOM_ELEMENT || (k->flags & DOM_F_REMOVED) || (tag_flags[k->tag] & TF_JUNK)))
                    continue;
                size_t at = tl ? tl + 1 : 0;
                size_t got = text_prefix_lower(k, t + at, sizeof t - at);
                if (got) {
                    if (tl)
                        t[tl] = ' ';
                    tl = at + got;
                }
            }
            t[tl] = '\0';
            /* a pointer line that is mostly its link and opens with a
             * teaser phrase, past the arrow or guillemet it may carry
             * ("» Zum Angebot: <a>...</a>", "Lesen Sie auch: <a>...</a>"):
             * what a block of its own with those words is */
            if (tl > 0 && ((body_starts_prompt(t) && !body_starts_back(t)) || opens_with_own_app_offer(c, t) ||
                           (l.linked && is_bracketed_read_more(t, seg, e)) ||
                           (l.linked && l.len < PROMPT_PREFIX_READ - 8 && is_tool_link_line(t)) ||
                           ((uint64_t)l.linked * 2 >= l.len && body_starts_teaser(skip_pointer_marks(t)))))
                loose_line_remove(c, seg, e);
        }
        seg = e ? e->next : NULL;
    }
}

/* A footnote that explains the page's marked shop links: "(*) Alle mit
 * einem Stern gekennzeichneten Links sind Affiliate-Links. Wenn Du ...",
 * "** mit ** markierte ... Links zu Bezugsquellen sind teilweise
 * Partner-Links: ...", "* This post contains affiliate links." It opens
 * with the mark the page sets after those links (an asterisk, alone,
 * doubled or in brackets) and names their kind (words_affiliate_words)
 * at a word start. The opening mark is what makes the rule safe: an
 * article about affiliate marketing names affiliate links in sentences,
 * which do not start with an asterisk. A note may also name the mark
 * and the links it marks as its subject in its first AFFILIATE_MARK_SPAN
 * bytes instead ("Die mit Sternchen (*) gekennzeichneten Links sind
 * sogenannte Affiliate-Links").
 * A note is a sentence or three
 * (AFFILIATE_NOTE_MAX bytes, the longest seen are under 400) in one block
 * of few nodes without a block inside, or in an inline box (<small>)
 * set between blocks. */
#define AFFILIATE_NOTE_MAX 500
/* how far into the note its naming of the mark and of the links may
 * sit: "Die mit Sternchen (*) gekennzeichneten Links" and "Links marked
 * with an asterisk" name both in the first 48 bytes, a mark described in
 * words ("Alle im Text farbig und unterstrichen gekennzeichneten Links")
 * in the first 64; a sentence that mentions them later is about
 * something else */
#define AFFILIATE_MARK_SPAN 72
static int phrase_at_word_start(const words_table *t, const char *line);

/* Past the marks a note may open or a label may end with
 * (note_mark_len: "– Anzeige: Dieser ..."). */
static const char *skip_note_marks(const char *s)
{
    size_t l;
    while ((l = note_mark_len(s, NULL, 0)) != 0)
        s += l;
    return s;
}

/* A disclosure about the post itself, in its first words (the lowered
 * first AFFILIATE_MARK_SPAN bytes of a short block): it names the post
 * at its start (words_post_self_refs), after an ad label and a colon,
 * dash or bar at most (words_ad_labels: "– Anzeige: Dieser Beitrag ist
 * in Zusammenarbeit mit ... entstanden –"), and says what the post was
 * made with: a sponsor or paid partner (words_sponsor_phrases: "This
 * post is sponsored by ...") or affiliate links (words_affiliate_words
 * and a link noun: "Dieser Artikel enthält Affiliate-Links und/oder
 * werbende Inhalte ..."). An article's sentences speak of their
 * subject, not of "this post"; a post that opens "Dieser Artikel
 * erklärt Affiliate-Marketing ..." names no links and stays. */
static int is_post_disclosure(const char *t)
{
    const char *s = skip_note_marks(t);
    size_t w = 0;
    while (s[w] && word_byte((unsigned char)s[w]))
        w++;
    if (w && words_exact(&words_ad_labels, s, w)) {
        /* the label ends at a colon, a bar, a dash or a full stop:
         * "Anzeige: ...", "Sponsored | ...", "Werbung – ...", "*Werbung.
         * Dieser Beitrag enthält Werbung für ..." (a label set as a
         * sentence of one word, the post named right after it); "Werbung
         * ist ..." is prose */
        const unsigned char *u = (const unsigned char *)s + w;
        while (*u == ' ')
            u++;
        if (!(*u == ':' || *u == '|' || *u == '-' || *u == '.' ||
              (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))))
            return 0;
        s = skip_note_marks((const char *)u);
    }
    if (!words_prefix(&words_post_self_refs, s))
        return 0;
    if (phrase_at_word_start(&words_sponsor_phrases, s))
        return 1;
    if (!phrase_at_word_start(&words_affiliate_words, s))
        return 0;
    return words_within(&words_link_nouns, s);
}

/* A blogger's disclosure line above a post about a product: an ad label
 * (words_ad_labels), "für" or "for", and the product or brand, all of
 * the lowered line t, which is short and no sentence ("WERBUNG für
 * Glanzwerk Haarkur", "Anzeige für ...", "Advertisement for ...").
 * A sentence about advertising ends with its stop ("Werbung für Tabak
 * ist verboten.") and stays. */
static int is_ad_label_for_line(const char *t)
{
    const char *s = skip_note_marks(t);
    size_t w = 0;
    while (s[w] && word_byte((unsigned char)s[w]))
        w++;
    if (!w || !words_exact(&words_ad_labels, s, w) || s[w] != ' ')
        return 0;
    s += w + 1;
    if (strncmp(s, "für ", strlen("für ")) == 0)
        s += strlen("für ");
    else if (strncmp(s, "for ", 4) == 0)
        s += 4;
    else
        return 0;
    size_t l = strlen(s);
    while (l && (s[l - 1] == ' ' || s[l - 1] == '\n'))
        l--;
    return l > 0 && s[l - 1] != '.' && s[l - 1] != '!' && s[l - 1] != '?';
}

/* A health site's note that the text was checked, above or under it: a
 * credit line that opens with a review label (words_review_labels:
 * "Medically reviewed by Dr. X, MD — Written by Y — Updated on ...",
 * "Fact checked by Z"), at most REVIEW_LABEL_MAX bytes; or a note that
 * names the post at its start (words_post_self_refs) and says it was
 * checked (words_review_phrases: "Dieser Text folgt den Leitlinien der
 * medizinischen Fachgesellschaften ... und wurde von Medizinern geprüft."), at
 * most REVIEW_NOTE_MAX bytes. t: the lowered first AFFILIATE_MARK_SPAN
 * bytes of the block n of len bytes. A story's sentences speak of their
 * subject: "Der Impfstoff wurde von Medizinern geprüft" names no post. */
#define REVIEW_LABEL_MAX 200 /* the credit line, with the writer's name and a date: one line */
#define REVIEW_NOTE_MAX 300  /* the note: a sentence or two */
static int is_review_note(const dom_node *n, const char *t, uint32_t len)
{
    const char *s = skip_note_marks(t);
    if (words_prefix(&words_review_labels, s))
        return len <= REVIEW_LABEL_MAX;
    if (len > REVIEW_NOTE_MAX || !words_prefix(&words_post_self_refs, s))
        return 0;
    char full[REVIEW_NOTE_MAX + 8];
    text_prefix_lower(n, full, sizeof full);
    return phrase_at_word_start(&words_review_phrases, full);
}

/* lowered: NULL, or the block's text as text_prefix_lower(n, lowered,
 * TEASER_MAX + 8) gives it now (body_clean read it for its line checks);
 * its first bytes are the mark test's, so the block is not read again */
static int is_affiliate_footnote(const ctx *c, const dom_node *n, const char *lowered)
{
    uint32_t len = c->tot[n->id].text;
    if (!len || len > AFFILIATE_NOTE_MAX || c->tot[n->id].size > LINE_MAX_NODES || c->tot[n->id].has_block ||
        (tag_flags[n->tag] & TF_HEADING))
        return 0;
    /* a block, or an inline box standing on its own between blocks (a
     * <small> note under the article); not a phrase inside a paragraph */
    if (!(tag_flags[n->tag] & TF_BLOCK) && c->in_text[n->id])
        return 0;
    /* the mark first, from the text's first bytes: most blocks of this
     * size are paragraphs, and lowering all of each costs */
    char t[AFFILIATE_NOTE_MAX + 8];
    if (lowered) {
        /* text_prefix_lower(n, t, AFFILIATE_MARK_SPAN + 1): the same first
         * bytes, lowered the same way, ended where it ends them (not
         * inside a UTF-8 sequence) */
        const char *z = memchr(lowered, '\0', AFFILIATE_MARK_SPAN);
        size_t l = utf8_whole_len((const unsigned char *)lowered, z ? (size_t)(z - lowered) : AFFILIATE_MARK_SPAN);
        memcpy(t, lowered, l);
        t[l] = '\0';
    } else {
        text_prefix_lower(n, t, AFFILIATE_MARK_SPAN + 1);
    }
    if (is_post_disclosure(t))
        return 1; /* "Dieser Artikel enthält Affiliate-Links ...", "Anzeige: Dieser Beitrag ist in Zusammenarbeit mit ..." */
    if (len <= AFFILIATE_MARK_SPAN && is_ad_label_for_line(t))
        return 1; /* "WERBUNG für Glanzwerk Haarkur" */
    if (is_review_note(n, t, len))
        return 1; /* "Medically reviewed by ...", "Dieser Text ... wurde von Medizinern geprüft." */
    if (!(t[0] == '*' || strncmp(t, "(*)", 3) == 0)) {
        /* or the note names the mark and the links it marks in its
         * first words, as its subject (words_link_mark_words): "Die mit
         * Sternchen (*) gekennzeichneten Links sind ...", "Links marked
         * with an asterisk are ...", "Alle farbig gekennzeichneten
         * Links sind ...". Prose about affiliate
         * marketing does not open by pointing at marked links; "Die mit
         * Sternchen markierten Nähte ..." marks something else. */
        if (!strstr(t, "link"))
            return 0; /* first: few blocks name links this early */
        if (!words_within(&words_link_mark_words, t))
            return 0;
        text_prefix_lower(n, t, sizeof t);
        return phrase_at_word_start(&words_affiliate_words, t);
    }
    text_prefix_lower(n, t, sizeof t);
    const char *s = t;
    /* after the mark's first byte, which is no word byte */
    return phrase_at_word_start(&words_affiliate_words, s + 1);
}

/* A sign-up (or log-in, or search) box: a <form> with a field to type
 * an address or words into (an <input> of type email or text, or of no
 * type) and little text of its own, at most FORM_BOX_MAX bytes ("Local
 * news, delivered each morning", "Email", "Sign up" and the consent line). Its
 * text is the box's pitch, never the article's. The size limit keeps the
 * page-wide <form> of server-side frameworks, which wraps the whole page
 * and its article; radio buttons and number fields (a poll, a
 * calculator) are not a field to type words into. The walk is bounded by
 * FORM_BOX_NODES. A form set in boxes without a <form> (a <div> or a
 * <section> holding the fields) counts too when it holds no real
 * paragraph and two fields or more, number fields among them: a loan
 * calculator's amount and term under its prompt ("Berechnen Sie die
 * Raten ... – und vergleichen Sie."), whose controls, junk to the
 * extractor, leave Readability's input rule nothing to count. One field
 * alone (a search box in a header) is no form (golden case
 * furniture_calculator_box_of_divs). */
#define FORM_BOX_MAX 300
#define FORM_BOX_NODES 200
static int is_signup_form(const ctx *c, dom_node *n)
{
    int box = n->tag == TAG_DIV || n->tag == TAG_SECTION;
    if ((n->tag != TAG_FORM && !box) || c->tot[n->id].text > FORM_BOX_MAX ||
        c->tot[n->id].size > FORM_BOX_NODES || (box && c->tot[n->id].paras))
        return 0;
    int fields = 0;
    for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d)) {
        if (d->type != DOM_ELEMENT || d->tag != TAG_INPUT)
            continue;
        const char *ty = dom_attr_get(d, "type");
        if (!ty || !*ty || chars_eq_ci(ty, strlen(ty), "text", 4) || chars_eq_ci(ty, strlen(ty), "email", 5) ||
            (box && chars_eq_ci(ty, strlen(ty), "number", 6)))
            fields++;
    }
    return box ? fields >= 2 : fields >= 1;
}

/* A newsletter box: a small layout box (a <div> or <section> of at most
 * SIGNUP_BOX_MAX bytes, two real paragraphs at most, under a third of
 * the article) whose <form>, at most SIGNUP_FORM_DEPTH levels down,
 * asks for an e-mail address (an <input> of type email, or of type text
 * or none named for mail: name, id or placeholder holding "mail"). The
 * form alone goes by is_signup_form; its pitch sits beside it in the
 * same box ("Der Garten-Newsletter" over "Jeden Freitag kostenlos in
 * dein Postfach" and the form; "Rezepte, Termine und Tipps aus der
 * Region" beside the form and its consent line), and stayed in the text. A
 * search box asks for words, not an address; a comment form's box is a
 * comment section's. */
#define SIGNUP_BOX_MAX 700
#define SIGNUP_BOX_NODES 300
#define SIGNUP_FORM_DEPTH 4
/* 1 when attribute name of d holds word w, ASCII case folded */
static int attr_says(const dom_node *d, const char *name, const char *w)
{
    const char *v = dom_attr_get(d, name);
    return v && meta_istr(v, strlen(v), w);
}
static int attr_says_mail(const dom_node *d, const char *name) { return attr_says(d, name, "mail"); }

static int is_mail_field(const dom_node *d)
{
    if (d->type != DOM_ELEMENT || d->tag != TAG_INPUT)
        return 0;
    const char *ty = dom_attr_get(d, "type");
    size_t tl = ty ? strlen(ty) : 0;
    if (tl && chars_eq_ci(ty, tl, "email", 5))
        return 1;
    return (!tl || chars_eq_ci(ty, tl, "text", 4)) &&
           (attr_says_mail(d, "name") || attr_says_mail(d, "id") || attr_says_mail(d, "placeholder"));
}

/* 1 when the article's first shown text lies inside n: the box opens
 * the article (a post's own container holding its lead and, further
 * down, the blog's sign-up form), so it is no newsletter box. The walk
 * passes over removed elements and reads at most SIGNUP_LEAD_NODES. */
#define SIGNUP_LEAD_NODES 4096
static int holds_first_text(const dom_node *n, const dom_node *root)
{
    int seen = 0;
    for (const dom_node *d = dom_next(root, root); d && seen < SIGNUP_LEAD_NODES; seen++) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(root, d);
            continue;
        }
        if (d->type == DOM_TEXT && has_visible_char(d)) {
            for (const dom_node *a = d->parent; a && a != root; a = a->parent)
                if (a == n)
                    return 1;
            return 0;
        }
        d = dom_next(root, d);
    }
    return 1; /* not found within the bound: take no risk */
}

static int is_signup_box(const ctx *c, const dom_node *n, const dom_node *root)
{
    if ((n->tag != TAG_DIV && n->tag != TAG_SECTION) || n == root || !c->tot[n->id].text ||
        c->tot[n->id].text > SIGNUP_BOX_MAX || c->tot[n->id].size > SIGNUP_BOX_NODES || c->tot[n->id].paras > 2 ||
        (uint64_t)c->tot[n->id].text * 3 > c->tot[root->id].text)
        return 0;
    for (const dom_node *d = dom_next(n, n); d; d = dom_next(n, d)) {
        if (d->type != DOM_ELEMENT || d->tag != TAG_FORM)
            continue;
        int depth = 0;
        for (const dom_node *a = d->parent; a && a != n; a = a->parent)
            depth++;
        if (depth >= SIGNUP_FORM_DEPTH)
            continue;
        for (const dom_node *f = dom_next(d, d); f; f = dom_next(d, f))
            if (is_mail_field(f))
                return !holds_first_text(n, root);
    }
    return 0;
}

/* 1 when the lower-cased line t is only a press release's catalogue
 * number: a release name (words_release_names) at the start or after an
 * issuer's "Name: ", an optional "nr."/"no."/"n°", then a number and a
 * year or serial joined by "/" or "-" ("chemie heute: presseinfo
 * 17/2021", "pressemitteilung nr. 12/2024", "news release no. 24-017").
 * The line files the release in its issuer's series; it is no sentence
 * of it. At most RELEASE_NUMBER_LINE_MAX bytes. */
#define RELEASE_NUMBER_LINE_MAX 80
static int is_release_number_line(const char *t)
{
    while (*t == ' ')
        t++;
    size_t n = strlen(t);
    if (n == 0 || n > RELEASE_NUMBER_LINE_MAX)
        return 0;
    const char *s = t;
    size_t l = words_longest_prefix_ci(&words_release_names, s, NULL);
    if (!l) {
        const char *colon = strstr(t, ": ");
        if (!colon)
            return 0;
        s = colon + 2;
        l = words_longest_prefix_ci(&words_release_names, s, NULL);
        if (!l)
            return 0;
    }
    s += l;
    while (*s == ' ')
        s++;
    if ((s[0] == 'n' && (s[1] == 'r' || s[1] == 'o') && (s[2] == '.' || s[2] == ' ')) ||
        (s[0] == 'n' && s[1] == '.'))
        s += s[1] == '.' ? 2 : 3;
    else if (strncmp(s, "n°", 3) == 0)
        s += 3;
    while (*s == ' ')
        s++;
    int d = 0;
    while (*s >= '0' && *s <= '9')
        s++, d++;
    if (d < 1 || d > 5 || (*s != '/' && *s != '-'))
        return 0;
    s++;
    d = 0;
    while (*s >= '0' && *s <= '9')
        s++, d++;
    while (*s == ' ')
        s++;
    return d >= 2 && d <= 4 && *s == 0;
}

/* 1 when the lower-cased line t is only a publisher's colophon: the
 * periodical's name (2 to COLOPHON_NAME_MAX bytes), a phrase of
 * words_publication_of at a word start, and the publisher's name (2 to
 * COLOPHON_NAME_MAX bytes, one sentence: no ". " inside): "die
 * „praxis aktuell“ ist eine publikation der ärztekammer x.", "the
 * courier is a publication of z media", printed under each release or
 * item of the periodical. A sentence that goes on past
 * the publisher's name is the article's. */
#define COLOPHON_NAME_MAX 60
static int is_colophon_line(const char *t)
{
    while (*t == ' ')
        t++;
    size_t n = strlen(t);
    if (n > 2 * COLOPHON_NAME_MAX + 24)
        return 0;
    for (size_t i = 2; i <= COLOPHON_NAME_MAX && i < n; i++) {
        if (word_byte((unsigned char)t[i - 1]))
            continue;
        size_t l = words_longest_prefix_ci(&words_publication_of, t + i, NULL);
        if (!l)
            continue;
        const char *r = t + i + l;
        size_t rl = strlen(r);
        if (rl < 2 || rl > COLOPHON_NAME_MAX)
            return 0;
        for (size_t k = 0; k + 1 < rl; k++)
            if ((r[k] == '.' || r[k] == '!' || r[k] == '?' || r[k] == ';') && r[k + 1] == ' ')
                return 0;
        return 1;
    }
    return 0;
}

/* A release's number line set as a line of its own inside a block
 * ("... vor.<br><br>Chemie Heute: Presseinfo 17/2021<br><br>Autor:
 * ..."): the block's text nodes standing between line breaks are read,
 * each at most RELEASE_NUMBER_LINE_MAX bytes. */
static int text_stands_alone(const dom_node *x)
{
    for (int fwd = 0; fwd < 2; fwd++)
        for (const dom_node *s = fwd ? x->next : x->prev; s; s = fwd ? s->next : s->prev) {
            if (s->type == DOM_TEXT) {
                if (has_visible_char(s))
                    return 0;
                continue;
            }
            if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED) || (tag_flags[s->tag] & TF_JUNK))
                continue;
            if (s->tag != TAG_BR && !(tag_flags[s->tag] & TF_BLOCK))
                return 0;
            break;
        }
    return 1;
}

static void drop_release_number_lines(ctx *c, dom_node *b)
{
    int br = 0;
    for (const dom_node *x = b->first_child; x && !br; x = x->next)
        br = x->type == DOM_ELEMENT && x->tag == TAG_BR;
    if (!br)
        return;
    for (dom_node *x = b->first_child; x; x = x->next) {
        if (x->type != DOM_TEXT || (x->flags & DOM_F_REMOVED) || x->text_len > 2 * RELEASE_NUMBER_LINE_MAX ||
            !has_visible_char(x))
            continue;
        char t[2 * RELEASE_NUMBER_LINE_MAX + 8];
        text_prefix_lower(x, t, sizeof t);
        if ((is_release_number_line(t) || is_colophon_line(t)) && text_stands_alone(x))
            body_mark_removed(c, x);
    }
}

/* A post's metadata line set as one line of a block's loose run: the
 * block's text and inline elements between two line breaks, or between
 * a block child and a break ("<div><h2>Title</h2> Posted by X under
 * <a>Cat</a> | Schlagwörter: <a>A</a>, <a>B</a> |<br><a>5 Comments</a>
 * </div>", a table cell's "Aufrufe: 873 | Hinzugefügt von: X | Tags: ...
 * " after a rating box). The whole-block check (body_is_meta_bar_line in
 * body_clean) reads a block without blocks inside; these lines share
 * their block with a headline or a widget, or stand between <br>s in a
 * paragraph. A line is read when it is short (under TEASER_MAX bytes, of
 * inline pieces of few nodes) and holds a bar; its pieces go when the
 * line is a metadata bar line, the same test as for a block. A line
 * that carries a link goes too when it is a publisher's pointer line
 * ("<br><a>Hier geht es zur neuen Vereinssatzung</a><br>",
 * opens_pointer_line, linking to a web page), and a comment counter
 * line ("<br><a href=#comments>[5] Comments</a>", under a metadata line
 * that went), and a shop's tip line ("<br><b>Shop Tipp:</b> <a>...</a>",
 * is_shop_tip_line). A break is
 * a <br> or any block child (breaks_line). Reads each child once, and
 * the text nodes of a line with " | " in its text once more. */
static int own_text_has_bar(const dom_node *first, const dom_node *end)
{
    for (const dom_node *k = first; k != end; k = k->next)
        if (k->type == DOM_TEXT && memchr(k->text, '|', k->text_len))
            return 1;
    return 0;
}

/* The list a loose lead-in line introduces, set right after the line's
 * break: past <br>s and blank text, a <ul>/<ol>, or a layout <div> that
 * holds only that list ("<b>Siehe auch:</b><br><div class=x><ul>...");
 * whatever else comes next is returned as it is (and is no list). */
static dom_node *list_after_break(dom_node *e)
{
    dom_node *x = e;
    while (x && ((x->type == DOM_ELEMENT && (x->tag == TAG_BR || (x->flags & DOM_F_REMOVED))) ||
                 (x->type == DOM_TEXT && !has_visible_char(x)) || (x->type != DOM_TEXT && x->type != DOM_ELEMENT)))
        x = x->next;
    if (x && x->type == DOM_ELEMENT && x->tag == TAG_DIV) {
        dom_node *only = NULL;
        for (dom_node *k = x->first_child; k; k = k->next) {
            if ((k->type == DOM_TEXT && !has_visible_char(k)) || (k->type != DOM_TEXT && k->type != DOM_ELEMENT) ||
                (k->type == DOM_ELEMENT && (k->flags & DOM_F_REMOVED)))
                continue;
            if (only)
                return NULL;
            only = k;
        }
        x = only;
    }
    return x;
}

static void drop_meta_bar_runs(ctx *c, dom_node *b)
{
    int split = 0;
    for (const dom_node *k = b->first_child; k && !split; k = k->next)
        split = breaks_line(k);
    if (!split)
        return; /* one line: the whole-block check's */
    for (dom_node *seg = b->first_child; seg;) {
        if (breaks_line(seg)) {
            seg = seg->next;
            continue;
        }
        loose_line l;
        dom_node *e = loose_line_measure(c, seg, NULL, 1, &l);
        uint32_t len = l.len, linked = l.linked;
        int link = linked > 0;
        /* the bars sit in the line's own text between its links; a
         * pointer line ("<br><a>Hier geht es zur ...</a><br>") carries
         * its link (is_pointer_line) */
        if (l.whole && len > 0 && len < TEASER_MAX) {
            char t[TEASER_MAX + 8];
            text_range_lower(seg, e, t, sizeof t);
            const char *w = t;
            while (*w == ' ' || *w == '\n' || *w == '\t')
                w++;
            /* a no-break space opens a line set after an icon
             * ("<br><small><span class=icon></span>&nbsp;02.02.2022 • ...") */
            while ((unsigned char)w[0] == 0xC2 && (unsigned char)w[1] == 0xA0)
                w += 2 + (w[2] == ' ');
            if ((strstr(t, " | ") && own_text_has_bar(seg, e) && body_is_meta_bar_line(t, c->today)) ||
                (link && !c->lenient && len < POINTER_LINE_MAX && opens_pointer_line(w, len, linked) &&
                 has_web_link(seg, e)) ||
                body_is_date_names_line(w, strlen(w), c->today) ||
                (len < COMMENT_COUNT_MAX && words_comment_count_line(w)) ||
                (link && !c->lenient && len < POINTER_LINE_MAX && is_shop_tip_line(c, seg, e, w, len, linked)))
                loose_line_remove(c, seg, e);
            /* "<b>Siehe auch:</b><br><div><ul><li><a>Headline</a></li>
             * ...": a lead-in line of the run, no link, at most
             * LEAD_IN_MAX bytes, a pointer's words ending in a colon, over a list of
             * headline links right after its break; the line and the
             * list go, as a lead-in block's do (lead_in_link_list) */
            else if (!link && !c->lenient && e && len <= LEAD_IN_MAX) {
                size_t tl = strlen(t);
                while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\n' || t[tl - 1] == '\t'))
                    tl--;
                /* the lead-in names a pointer: a teaser phrase ("Siehe
                 * auch:", "Read more:") or a furniture heading's words
                 * ("Weitere Artikel:"); "In progress:" over a status
                 * report's list of linked bugs is the article's */
                dom_node *list = tl && t[tl - 1] == ':' &&
                                         (body_starts_teaser(w) || body_furniture_heading_kind(w) != HEAD_NONE)
                                     ? headline_link_list(c, list_after_break(e), NULL, NULL)
                                     : NULL;
                if (list) {
                    loose_line_remove(c, seg, e);
                    body_mark_removed(c, list);
                }
            }
        }
        seg = e;
    }
}

#define CARD_LINK_MIN 20  /* bytes: a headline of three or four words */
#define CARD_LINK_MAX 160 /* bytes: the teaser-headline limit of the link-only-line rule */
/* 1 when link n has an address (not a fragment) and no heading inside */
static int is_card_link(const ctx *c, const dom_node *n)
{
    const char *h = dom_attr_get(n, "href");
    return h && *h && *h != '#' && !c->tot[n->id].htext;
}

/* A picture's credit set in a box of its own, named for it by its class
 * or id (`copyright`, `photo-credit`, `image-credits`, `fotograf`):
 * "<em class="copyright">(c) Agency | Photographer</em>" under each
 * slide of a gallery, "<div class="lead-photo-credit">Name | Agency</div>"
 * under a lead picture. The caption beside it goes for its class; the
 * credit stayed, a line of names that is no sentence of the article.
 * Short (a name and an agency, under CREDIT_BOX_MAX bytes), no real
 * paragraph, no picture inside (a box around the picture and its credit
 * is the picture's, body/images.c reads the credit from it). Not
 * `attribution`, which images.c also reads as a credit: a pull quote's
 * attribution names the speaker, part of the article's text. */
#define CREDIT_BOX_MAX 120
static int is_picture_credit_box(const ctx *c, const dom_node *n, uint32_t len)
{
    return (c->cls[n->id] & CL_CREDIT) && len && len < CREDIT_BOX_MAX && !c->tot[n->id].paras &&
           !c->img_page[n->id] && !c->lenient;
}

/* A picture's credit set inline right after it, in the same block:
 * "<p><img><br><em>(Credit: Name / Agency)</em></p>". An inline
 * element (not a link) whose previous sibling, past <br>s and blank
 * text, is the picture, and whose text opens like a credit ("Credit:",
 * "Photo:", "(c)", also inside a bracket: "(Foto: ...)") in under
 * CREDIT_BOX_MAX bytes. Only the line goes; the block keeps the picture
 * for the body's images. The credit rule for lines (a block of its own
 * opening so) never saw it: the block opens with the picture. */
static int is_credit_after_picture(const ctx *c, const dom_node *n, uint32_t len)
{
    if (!len || len >= CREDIT_BOX_MAX || (tag_flags[n->tag] & TF_BLOCK) || n->tag == TAG_A || c->img_page[n->id])
        return 0;
    const dom_node *p = n->prev;
    while (p && ((p->type == DOM_TEXT && !c->tlen[p->id]) || (p->type == DOM_ELEMENT && p->tag == TAG_BR) ||
                 (p->type != DOM_TEXT && p->type != DOM_ELEMENT)))
        p = p->prev;
    if (!p || p->type != DOM_ELEMENT || !(p->tag == TAG_IMG || p->tag == TAG_PICTURE || body_is_amp_img(p)))
        return 0;
    char t[72];
    text_prefix_lower(n, t, sizeof t);
    const char *q = t;
    while (*q == ' ' || *q == '(' || *q == '[')
        q++;
    return body_starts_credit(q);
}

static int is_bio_box(const ctx *c, const dom_node *n, const dom_node *root);
static int is_contact_card_box(const ctx *c, const dom_node *n);

void body_clean(ctx *c, dom_node *root, const char *title_lower)
{
    /* Pass 1, deepest first: conditional cleaning of containers, fused
     * with a fresh measure of root's subtree. */
    uint32_t first = c->pos[root->id], end = first + c->tot[root->id].size;
    /* pass 1 runs only for a strict attempt that cleans conditionally */
    int pass1 = (c->flags & ATT_CLEAN_CONDITIONALLY) && !c->lenient;
    if (pass1)
        body_measure_range(c, first, end, root, root);
    /* Pass 2, document order: furniture headings, teasers, bylines,
     * captions, title duplicates. */
    /* the root's own loose run too (a joined part may be the box that
     * holds the headline and the metadata line); its children are read
     * in the loop */
    if (c->tot[root->id].own && !(tag_flags[root->tag] & TF_HEADING))
        drop_meta_bar_runs(c, root);
    for (dom_node *n = root->first_child ? root->first_child : NULL; n;) {
        if (n->type != DOM_ELEMENT || (n->flags & DOM_F_REMOVED)) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(root, n) : dom_next(root, n);
            continue;
        }
        uint32_t h = c->cls[n->id];
        uint32_t len = c->tot[n->id].text;
        int drop = 0, label;
        if (n->tag == TAG_FIGCAPTION || ((h & CL_CAPTION) && len < 400)) {
            drop = 1;
            n->flags |= DOM_F_MEDIA; /* "image-with-caption" boxes hold the picture too */
        }
        /* A media box: a layout box or figure holding an image and a
         * little text outside any real paragraph is a picture with its
         * caption and credit, or a teaser card with its thumbnail. The
         * picture leaves the text but stays an image of the article
         * (DOM_F_MEDIA, body/images.c) unless its text is mostly a link:
         * a teaser's headline. */
        else if ((body_is_loose_container(n) || n->tag == TAG_FIGURE) && c->img_page[n->id] && len < c->favor->media_max &&
                 c->tot[n->id].paras == 0 && n != root && !(c->in_text[n->id] && holds_inline_hover_card(c, n)) &&
                 !lead_beside_own_caption(c, n)) {
            drop = 1;
            if (body_link_density(c, n) < 0.5f)
                n->flags |= DOM_F_MEDIA;
        }
        /* A slide show (is_slide_show) in an attempt that cleans
         * nothing conditionally, once the strict attempt found an
         * article: a short story over a gallery whose captions are long
         * prose ("1/12" counters, several sentences a slide) fell under
         * the retry threshold once the strict attempt removed the
         * gallery, and the laxer attempts took all of it back. Here
         * half the slides must carry a counter, not just a credit: a
         * listicle's items (a photo, a paragraph, "Photo: ...") have a
         * long caption's shape and are the article. */
        else if (!pass1 && c->strict_kept && n != root && !c->in_text[n->id] && is_slide_show_of(c, n, 1)) {
            drop = 1;
            n->flags |= DOM_F_MEDIA; /* its pictures stay the article's, as in pass 1 */
        }
        else if ((h & CL_META) && len < 200)
            drop = 1;
        else if (is_picture_credit_box(c, n, len) || is_credit_after_picture(c, n, len))
            drop = 1;
        else if (!(tag_flags[n->tag] & TF_BLOCK) && n->tag != TAG_A && c->in_text[n->id] &&
                 is_inline_hover_card(c, n))
            drop = 1;
        /* a teaser card set as one link around layout boxes (a kicker
         * box, a headline box, a time box) inside the article's text:
         * "<a href=other-story><div>Section</div><div>Headline</div>
         * <div>3 hours ago</div></a>". The other boxes go by their own
         * rules and leave the headline alone in a link-only box, which
         * the link-only-line rule never saw (the link is outside it). A
         * link (with an address) holding blocks and a headline's
         * length, no picture (a linked figure is the article's picture)
         * and no heading (an anchor or an accordion's toggle around a
         * section's heading, "<a name=x><h2>...</h2></a>", titles the
         * article's own section) */
        else if (n->tag == TAG_A && n != root && c->tot[n->id].has_block && len >= CARD_LINK_MIN &&
                 len < CARD_LINK_MAX && !c->img_page[n->id] && !c->lenient && is_card_link(c, n))
            drop = 1;
        else if ((n->tag == TAG_H1 || n->tag == TAG_H2) && (c->flags & ATT_WEIGHT_CLASSES) &&
                 c->weight[n->id] < 0)
            drop = 1;
        else if ((h & CL_SHARE) && len < 500)
            drop = 1;
        /* an author's or interviewee's bio in a box of its own, between
         * paragraphs or after the text: a label or the name on a line,
         * then the sentence about the person */
        else if (is_bio_box(c, n, root))
            drop = 1;
        /* a comment thread goes in every attempt: the laxer ones of the
         * retry ladder (a short post is under 500 bytes) would keep it */
        else if (n != root && len >= 3 * MIN_PARAGRAPH && is_comment_thread(c, n))
            drop = 1;
        /* a lone teaser card that names its story twice */
        else if (n != root && !c->in_text[n->id] && is_repeated_headline_card(c, n))
            drop = 1;
        /* a column of contact cards beside the article's text */
        else if (n != root && is_contact_card_box(c, n))
            drop = 1;
        /* a video playlist ("Series: title | 1:44" over a description)
         * goes in the attempts without conditional cleaning too: under a
         * short story (the strict attempt's body under the retry
         * threshold) the laxer attempts kept it whole. Its running times
         * are the playlist's own mark, so no story's list reads as one */
        else if (n != root && !pass1 && is_video_playlist(c, n)) {
            drop = 1;
            c->shape_removed += len;
        }
        /* so do a teaser-card list and a teaser card that is an article
         * inside the article: their shape is no guess the laxer
         * attempts must undo, and under a short story (the strict
         * attempt's body under the retry threshold) the last attempt,
         * which cleans nothing conditionally, kept the related stories'
         * summaries (their headline links went by the link rules). Only
         * beside a story at least as long as the cards (the root's text
         * outside them): a short roundup whose entries are card-shaped
         * ("three new trails", each a linked name over one line) is the
         * story, and the laxer attempts are what keeps it. A nested card
         * beside sibling <article>s that are no cards is one entry of a
         * listing: it stays with the others */
        else if (n != root && !pass1 && headline_before(c, n) &&
                 (uint64_t)c->tot[root->id].text >= 2 * (uint64_t)len &&
                 (is_teaser_card_list(c, n) ||
                  (n->tag == TAG_ARTICLE && is_nested_article_card(c, n) && !beside_uncarded_article(c, n)))) {
            drop = 1;
            c->shape_removed += len;
        }
        /* a release's company profile as one paragraph under a bold
         * label: it and the contacts after it go, as under a heading.
         * Short blocks too ("<p><strong>Press contact:</strong> Jane
         * Doe, Head of communications</p>", under 60 bytes, which reads
         * as a heading and whose whole text, label and name, is no
         * heading's): a bold label alone gets the same answer here, but
         * only a contact label, as a short block holds no company
         * profile and "About <X>:" opens a story's run-in there */
        else if ((n->tag == TAG_P || n->tag == TAG_DIV) && len <= RELEASE_SECTION_MAX &&
                 (label = opens_with_release_label(c, n, is_heading_like(c, n))) != 0 &&
                 opens_release_tail(c, n, root, label == RELEASE_NEEDS_CONTACT)) {
            drop = 1;
            drop_section_after(c, n, HEAD_COMMENTS);
        }
        /* a related-stories or tag list labelled by its own first entry
         * ("Filed under:"), or a list of the house's headlines with no label */
        else if ((n->tag == TAG_UL || n->tag == TAG_OL) && n != root && is_link_list_furniture(c, n, root))
            drop = 1;
        /* Line checks read the block's text and links: only for short
         * blocks of few nodes, so nested markup cannot make them quadratic.
         * The lowered text t serves the metadata-bar check below too. */
        char t[TEASER_MAX + 8];
        int have_t = 0;
        uint32_t t_removals = 0; /* c->nremovals when t was read */
        if (!drop && len && len < TEASER_MAX && c->tot[n->id].size <= LINE_MAX_NODES &&
            (is_heading_like(c, n) || tag_flags[n->tag] & TF_BLOCK)) {
            int kind;
            dom_node *lead_list;
            text_prefix_lower(n, t, sizeof t);
            have_t = 1;
            t_removals = c->nremovals;
            if ((tag_flags[n->tag] & TF_HEADING) &&
                (body_duplicates_title(t, title_lower) || is_kicker_and_title(n, t, title_lower))) {
                drop = 1;
                /* A blog's comment section titled by its count and the
                 * post's title ("3 thoughts on “Title”") holds the title
                 * too: the thread after it goes as under any comment
                 * heading. Not the article's own headline ("One response
                 * to the crisis" reads as a comment title). */
                if (n->tag != TAG_H1 && n != body_find_headline(c) && body_furniture_heading_kind(t) == HEAD_COMMENTS)
                    drop_section_after(c, n, HEAD_COMMENTS);
            } else if (is_heading_like(c, n) && is_author_heading_text(t) && opens_release_tail(c, n, root, 0)) {
                /* "About the author", "Autor:innen" over the author's
                 * box at the article's end: the box goes with it, as a
                 * release's profile does (its bio is prose, which a
                 * furniture heading's link-list rule keeps) */
                drop = 1;
                drop_section_after(c, n, HEAD_COMMENTS);
            } else if (is_heading_like(c, n) && (kind = body_furniture_heading_kind(t)) != HEAD_NONE &&
                       !(kind == HEAD_COMMENTS && comment_heading_under_headline(c, n))) {
                drop = 1;
                drop_section_after(c, n, kind);
            } else if (n->tag != TAG_TD && n->tag != TAG_LI && is_toc_label(c, n, t)) {
                drop = 1; /* "Table of Contents" over the outline's links */
            } else if (is_heading_like(c, n) && is_pointer_heading_text(t) && pointer_list_follows(c, n)) {
                /* "For more on growing tomatoes" over a list of links */
                drop = 1;
                drop_section_after(c, n, HEAD_FURNITURE);
            } else if (is_heading_like(c, n) && (label = is_release_tail_heading_text(t)) != 0 &&
                       opens_release_tail(c, n, root, label == RELEASE_NEEDS_CONTACT)) {
                /* a press release's company profile and press contacts:
                 * the section up to the next heading goes (the next
                 * profile heading is judged in its turn) */
                drop = 1;
                drop_section_after(c, n, HEAD_COMMENTS);
            } else if ((tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_H1 &&
                       body_starts_prompt(t) &&
                       !body_starts_back(t)) {
                /* A heading that asks ("Ist dieser Beitrag hilfreich?",
                 * "Sign up for ...") titles a widget, not a section; its
                 * link list goes with it. The "back to" phrases are not
                 * read in headings: "Zurück zur Normalität", "Return to
                 * the Moon" title sections of articles. */
                drop = 1;
                drop_section_after(c, n, HEAD_FURNITURE);
            } else if (n->tag != TAG_TD && n->tag != TAG_LI &&
                       (lead_list = lead_in_link_list(c, n, t)) != NULL) {
                drop = 1; /* "More on this:" and its list of headline links */
                body_mark_removed(c, lead_list);
            } else if ((n->tag == TAG_P || n->tag == TAG_DIV) && is_labelled_link_line(c, n, t)) {
                drop = 1; /* "Share this: Facebook Twitter Email" */
            } else if (n->tag != TAG_TD && n->tag != TAG_LI && !(tag_flags[n->tag] & TF_HEADING) &&
                       (lead_list = teaser_label_link(c, n, t)) != NULL) {
                drop = 1; /* "Lue myös:" and the headline link in the next block */
                body_mark_removed(c, lead_list);
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_LI &&
                       opens_with_own_app_offer(c, t)) {
                drop = 1; /* "Example ist auch als App ... verfügbar!": the house's app */
            } else if (n->tag != TAG_TD && n->tag != TAG_LI && len < LIABILITY_LINE_MAX && is_liability_line(t)) {
                drop = 1; /* "(Alle Angaben ohne Gewähr)": the publisher's liability note */
            } else if (n->tag != TAG_TD && n->tag != TAG_LI && is_media_pointer(c, n, t)) {
                drop = 1; /* "Video: <title>": an embedded player's or gallery's title */
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_LI &&
                       (body_is_taxonomy_line(t) || is_hashtag_line(t) ||
                        (!c->tot[n->id].has_block && is_rel_tag_line(n)))) {
                /* "Tags: Python, Fun", or a line of rel="tag" links:
                 * what the post is filed under */
                drop = 1;
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_LI &&
                       !c->tot[n->id].has_block && c->tot[n->id].link && is_post_nav_line(c, root, n)) {
                drop = 1; /* "Vorgängerbeitrag: <a rel=prev>...</a>": the blog's previous and next posts */
            } else if (len <= READING_TIME_MAX && n->tag != TAG_TD && is_reading_time_line(t)) {
                drop = 1; /* "Lesezeit: 4 Min.", "5 min read": how long the article takes */
            } else if (len < 24 && n->tag != TAG_TD && n->tag != TAG_LI && body_is_counter_line(t)) {
                drop = 1; /* a gallery's "3/44", a step slider's "1 von 17" */
            } else if (len < COMMENT_COUNT_MAX && !(tag_flags[n->tag] & TF_HEADING) && words_comment_count_line(t)) {
                /* "[5] Comments", "Kommentare insgesamt: 0": a count of
                 * the comments, in a cell or a list item too (a post's
                 * metadata list: author, category, "10 Kommentare") */
                drop = 1;
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_LI &&
                       (is_release_number_line(t) || is_colophon_line(t))) {
                /* "Pressemitteilung Nr. 12/2024": the release's number in
                 * its series; "X ist eine Publikation der Y": the colophon */
                drop = 1;
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_LI &&
                       body_is_identifier_line(t)) {
                drop = 1; /* "ISSN 1234-5678", "EXAMPLENEWS.COM": the publication's identifier */
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_LI &&
                       body_is_own_address_line(t, c->art->page_url, c->art->url)) {
                drop = 1; /* "Permalink: <this page's URL>": the page's own address */
            } else if (n->tag != TAG_TD && n->tag != TAG_LI && body_is_date_names_line(t, strlen(t), c->today)) {
                /* the post's date and categories, also set as a heading
                 * under the headline: no section is titled so; not a
                 * table's or a list's entry (a chronology's "12.05.2001 –
                 * Opening, move") */
                drop = 1;
            } else if (!(tag_flags[n->tag] & TF_HEADING) && body_is_byline_or_dateline(t, strlen(t), c->today)) {
                drop = 1;
                if (!c->byline)
                    c->byline = n;
            } else if (!(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_TR &&
                       is_teaser_block(c, n, t, root)) {
                drop = 1;
            } else if (!c->lenient && n->tag != TAG_TD && n->tag != TAG_TR && n->tag != TAG_LI &&
                       !(n->parent && (n->parent->tag == TAG_UL || n->parent->tag == TAG_OL)) &&
                       c->tot[n->id].link && is_kicker_link_line(c, n)) {
                /* list items are exempt: "Name: <a>link</a>" lists are a
                 * resource list the article may be about */
                drop = 1;
            }
        }
        /* outside the short-line checks: each item's icon markup makes
         * the list many nodes for its few bytes */
        if (!drop && (n->tag == TAG_UL || n->tag == TAG_OL) && len && len < TEASER_MAX &&
            c->tot[n->id].size <= TOOL_LIST_MAX_NODES && c->tot[n->id].link && is_tool_link_list(c, n))
            drop = 1; /* "Teilen", "Drucken", "Fehler melden": the article's tools as a list */
        if (!drop && !c->lenient && (n->tag == TAG_P || n->tag == TAG_DIV) && c->tot[n->id].link)
            drop_player_labels(c, n); /* the same label after the player, in its block */
        /* read outside the short-line checks: the list makes the block long */
        if (!drop && (n->tag == TAG_P || n->tag == TAG_DIV) && len && c->tot[n->id].size <= BR_LIST_MAX_NODES &&
            c->tot[n->id].link && is_br_lead_in_list(c, n))
            drop = 1; /* "Siehe auch<br><a>...</a><br><a>...</a>": a related list in one block */
        if (!drop && n != root && (n->tag == TAG_P || n->tag == TAG_DIV) && len &&
            is_embed_consent_note(c, n, have_t && t_removals == c->nremovals ? t : NULL))
            drop = 1; /* "... ohne dein Einverständnis keine Verbindung zu Twitter her": an embed held back */
        if (!drop && !c->lenient && n != root && is_ticker_box(c, n, root))
            drop = 1; /* "Newsticker" over short dated items of other news */
        if (!drop && !c->lenient && n != root && is_channel_box(c, n))
            drop = 1; /* "Join the ... WhatsApp community!" and how to */
        if (!drop && !c->lenient && len && len <= NEWSLETTER_PROMO_MAX && c->tot[n->id].size <= LINE_MAX_NODES &&
            (n->tag == TAG_P || n->tag == TAG_BLOCKQUOTE) && c->tot[n->id].link && is_newsletter_promo(c, n))
            drop = 1; /* an emphasised newsletter pitch */
        if (!drop && !c->lenient && len && len <= NEWSLETTER_PROMO_MAX && c->tot[n->id].size <= LINE_MAX_NODES &&
            (n->tag == TAG_P || n->tag == TAG_BLOCKQUOTE) && c->tot[n->id].link && is_bracketed_pointer(c, n))
            drop = 1; /* "[... finden Sie hier in unserem Newsblog.]": an editor's pointer */
        if (!drop && !c->lenient && (n->tag == TAG_P || n->tag == TAG_DIV) && is_video_embed_credit(c, n))
            drop = 1; /* "Title from Name on Vimeo.": an embedded video's credit line */
        /* read in the lenient pass too: the box's size limits keep it off
         * an article's text, and a page whose cleaning was undone (a
         * page builder's widgets) keeps its appeal otherwise */
        if (!drop && n != root && is_support_box(c, n))
            drop = 1; /* "... ist spendenfinanziert! Jetzt unterstützen!": a donation appeal */
        if (!drop && n != root && is_payment_appeal_box(c, n, root))
            drop = 1; /* "Ohne Ihre Unterstützung gäbe es diesen Blog nicht! ... IBAN": an appeal paid by transfer */
        if (!drop && !c->lenient && n != root && is_subscription_promo(c, n))
            drop = 1; /* "Neu: X Plus vier Wochen gratis testen!" to abo.<the site> */
        if (!drop && n != root && is_support_paragraph(c, n))
            drop = 1; /* "Hat dir dieser Artikel gefallen? ... Jetzt Supporter werden!" */
        if (!drop && !c->lenient && n != root && is_signup_form(c, n))
            drop = 1; /* a newsletter sign-up box and its pitch */
        if (!drop && !c->lenient && is_signup_box(c, n, root))
            drop = 1; /* the box around a newsletter's form, with its pitch */
        if (!drop && !c->lenient && len && len < TEASER_MAX && c->tot[n->id].size <= LINE_MAX_NODES &&
            !c->tot[n->id].has_block && !(tag_flags[n->tag] & TF_HEADING) && n->tag != TAG_TD && n->tag != TAG_LI &&
            ((tag_flags[n->tag] & TF_BLOCK) || !c->in_text[n->id])) {
            /* "March 4, 2019 at 10:15 AM | categories: Rust | View
             * Comments": a post's metadata parts joined by bars, in a
             * block or in an inline box (<small>) standing between blocks */
            if (!have_t) {
                text_prefix_lower(n, t, sizeof t);
                have_t = 1;
                t_removals = c->nremovals;
            }
            if (strstr(t, " | ") && body_is_meta_bar_line(t, c->today))
                drop = 1;
        }
        if (!drop && (n->tag == TAG_P || n->tag == TAG_DIV))
            drop_release_number_lines(c, n); /* the same line between <br>s */
        if (!drop && c->tot[n->id].own && ((tag_flags[n->tag] & TF_BLOCK) || body_is_loose_container(n)))
            drop_meta_bar_runs(c, n); /* the same line as one line of a block's loose run */
        /* t still holds the block's text unless a check above removed
         * a part of it (a release number line between <br>s) */
        if (!drop && !c->lenient && is_affiliate_footnote(c, n, have_t && t_removals == c->nremovals ? t : NULL))
            drop = 1; /* "(*) ... sind Affiliate-Links": the shop links' footnote */
        if (!drop && !c->lenient && body_is_loose_container(n) && c->tot[n->id].own > 0 &&
            c->tot[n->id].own < c->favor->loose_max && !(n->parent && c->tot[n->parent->id].own >= MIN_PARAGRAPH) &&
            !(!(tag_flags[n->tag] & TF_BLOCK) && c->in_text[n->id])) {
            /* Short text straight inside a layout container, outside any
             * paragraph: labels, datelines, credits, "Related" kickers.
             * Prose sits in paragraphs or runs longer. An inline box (a
             * <span>) inside a paragraph, list item, heading or cell is
             * part of that block's text, however short: a subheading
             * "<p><span><strong>5. Jane Doe</strong></span></p>", an
             * ingredient "<li><span>6</span> <span>eggs</span></li>", a
             * coloured phrase in a sentence. */
            if (!c->tot[n->id].has_block) {
                drop = 1;
            } else {
                /* Formatting around a real paragraph is not a label:
                 * pages wrap their lead in <strong><p>...</p></strong>.
                 * A short line in a wrapper (<time><h4>By ...</h4></time>)
                 * and a custom element (<pp-teaser>, a component) are
                 * judged as before. */
                for (dom_node *k = n->first_child; k; k = k->next)
                    if (k->type == DOM_TEXT ||
                        (k->type == DOM_ELEMENT && !(tag_flags[k->tag] & TF_BLOCK) &&
                         (k->tag == TAG_UNKNOWN || c->tot[k->id].paras == 0))) {
                        body_mark_removed(c, k);
                        /* a picture without text (<a><img></a>) is no label */
                        if (k->type == DOM_ELEMENT && c->img_page[k->id] && !c->text_page[k->id])
                            k->flags |= DOM_F_MEDIA;
                    }
            }
        }
        if (drop) {
            body_mark_removed(c, n);
            n = dom_next_skip(root, n);
            continue;
        }
        if (n->tag == TAG_P || n->tag == TAG_DIV)
            drop_prompt_segments(c, n);
        if (n->tag == TAG_BLOCKQUOTE)
            drop_embed_credit(c, n); /* "— Jane Doe (@janedoe) May 2, 2020" under a quoted post */
        n = dom_next(root, n);
    }
    /* in the lenient redo too: it undoes the link rules' mistakes, and
     * the later stories are no link rule's (below) */
    drop_later_stories(c, root, title_lower);
    if (!c->lenient) {
        drop_above_headline(c, root, title_lower);
        if (root == c->top || root->parent == c->top) {
            body_measure_range(c, first, end, root, NULL); /* the tail is judged by what is left */
            drop_tail_past_furniture(c, root);
        }
        body_drop_pull_quotes(c, root);
    }
    /* totals after this pass's removals, for the caller's checks */
    body_measure_range(c, first, end, root, NULL);
    if (!c->lenient && drop_orphan_headings(c, root))
        body_measure_range(c, first, end, root, NULL);
}

/* ------------------------------------------------- the body's last line */

/* The first visible text node at or before n in reverse document order
 * (n itself, then its last descendants, then earlier siblings and the
 * ancestors' earlier siblings), staying under root: removed and junk
 * elements are skipped whole. NULL when there is none. */
static dom_node *visible_text_from(dom_node *root, dom_node *n)
{
    while (n) {
        if (n->type == DOM_TEXT && !(n->flags & DOM_F_REMOVED) && has_visible_char(n))
            return n;
        if (n->type == DOM_ELEMENT && !(n->flags & DOM_F_REMOVED) && !(tag_flags[n->tag] & TF_JUNK) &&
            n->last_child) {
            n = n->last_child;
            continue;
        }
        while (n != root && !n->prev)
            n = n->parent;
        if (n == root)
            return NULL;
        n = n->prev;
    }
    return NULL;
}

/* The last text node a reader sees under root: a walk backwards from the
 * last child (last_child/prev, no recursion) that skips removed and junk
 * elements. It stops at the first visible text, so it reads the
 * removed tail's top elements, not their contents. */
static dom_node *last_visible_text(dom_node *root)
{
    return visible_text_from(root, root->last_child);
}

/* 1 when a hidden section follows the heading (a collapsed answer, a
 * tab): content a click reveals, whose heading is what the reader sees
 * (as for orphan headings above). Reads at most LINE_MAX_NODES siblings. */
static int heads_hidden_section(const ctx *c, const dom_node *h)
{
    int k = 0;
    for (const dom_node *s = h->next; s && k < LINE_MAX_NODES; s = s->next, k++)
        if (s->type == DOM_ELEMENT && (s->flags & DOM_F_REMOVED) && (c->cls[s->id] & CL_HIDDEN) &&
            c->text_page[s->id] > 0)
            return 1;
    return 0;
}

/* The body's last visible text node, from its last part that has one
 * (list[0..nlist): the chosen root and the siblings joined to it); *root
 * gets that part. NULL when the body shows no text. */
static dom_node *body_last_text(dom_node **list, size_t nlist, dom_node **root)
{
    for (size_t i = nlist; i-- > 0;)
        if (list[i]->type == DOM_ELEMENT && !(list[i]->flags & DOM_F_REMOVED)) {
            dom_node *t = last_visible_text(list[i]);
            if (t)
                return *root = list[i], t;
        }
    return NULL;
}

#define HEADING_PROSE_MIN 150 /* section and teaser titles are shorter; over it, a sentence break makes prose */

/* 1 when the heading is prose set in a heading's type: over
 * HEADING_PROSE_MIN bytes with a sentence break inside (a letter, ".",
 * "!" or "?", a space, a letter): "All these products ... at the shop! And
 * the sale has begun ..." closing a post, not a section's title. */
static int heading_is_prose(const ctx *c, dom_node *h)
{
    if (c->tot[h->id].text <= HEADING_PROSE_MIN || c->tot[h->id].has_block)
        return 0;
    char line[2 * TEASER_MAX + 8];
    size_t l = text_prefix_lower(h, line, sizeof line);
    for (size_t i = 1; i + 2 < l; i++)
        if ((line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i + 1] == ' ' &&
            chars_is_alpha((unsigned char)line[i + 2]) && chars_is_alpha((unsigned char)line[i - 1]))
            return 1;
    return 0;
}

#define TRAILING_LEAD_IN_MAX 200 /* bytes: a lead-in is one line ("Das ganze Interview im Video:") */

/* The block that holds t, when it is a lead-in to a player: one line
 * of at most TRAILING_LEAD_IN_MAX bytes, no block inside, whose text ends
 * in a colon, with an embed in it or right after it. NULL otherwise. */
static dom_node *lead_in_block(const ctx *c, dom_node *t, const dom_node *root)
{
    dom_node *b = t->parent;
    while (b && b != root && !(b->type == DOM_ELEMENT && (tag_flags[b->tag] & TF_BLOCK)))
        b = b->parent;
    if (!b || b == root || c->tot[b->id].has_block || !c->tot[b->id].text ||
        c->tot[b->id].text > TRAILING_LEAD_IN_MAX || c->tot[b->id].size > LINE_MAX_NODES)
        return NULL;
    size_t n = t->text_len;
    while (n && (t->text[n - 1] == ' ' || t->text[n - 1] == '\n' || t->text[n - 1] == '\t' || t->text[n - 1] == '\r'))
        n--;
    if (!n || t->text[n - 1] != ':')
        return NULL;
    /* what it introduces is a player: an embed in the block itself or
     * in the element right after it, which the extractor leaves out. A
     * lead-in to a link, a document or a list the page shows is the
     * article's ("Den vollständigen Bericht lesen Sie hier:" over the
     * report's link: trafilatura-eval's gold keeps such a line) */
    const dom_node *after = b->next;
    while (after && after->type != DOM_ELEMENT)
        after = after->next;
    const dom_node *scope[2] = {b, after};
    for (int k = 0; k < 2; k++) {
        const dom_node *s = scope[k];
        if (!s)
            continue;
        int read = 0;
        for (const dom_node *d = s; d && read < LINE_MAX_NODES; d = dom_next(s, d), read++)
            if (d->type == DOM_ELEMENT && (d->tag == TAG_IFRAME || d->tag == TAG_VIDEO || d->tag == TAG_EMBED ||
                                           d->tag == TAG_OBJECT || d->tag == TAG_AUDIO))
                return b;
    }
    return NULL;
}

void body_drop_trailing_headings(ctx *c, dom_node **list, size_t nlist)
{
    for (int round = 0; round < TRAILING_HEADINGS_MAX; round++) {
        dom_node *root = NULL, *t = body_last_text(list, nlist, &root);
        if (!t)
            return;
        dom_node *h = NULL;
        for (dom_node *a = t->parent; a && a != root->parent && !h; a = a->parent)
            if (a->type == DOM_ELEMENT && (tag_flags[a->tag] & TF_HEADING))
                h = a;
        /* A lead-in as the body's last line ("Hier das Gespräch in
         * voller Länge:" over a video player the extractor leaves out)
         * introduces something the body does not hold: an article does
         * not end on a colon, as it does not end on a heading. One line
         * of a block over a player (lead_in_block), not the body's only
         * text (golden case furniture_trailing_lead_in_line). */
        if (!h) {
            dom_node *b = lead_in_block(c, t, root);
            if (b && c->tot[b->id].text * 2 <= c->tot[root->id].text) {
                body_mark_removed(c, b);
                continue;
            }
        }
        /* the heading is the line, not the whole body (a page that is
         * only headings keeps them) */
        if (!h || h == root || c->tot[h->id].text * 2 > c->tot[root->id].text || heads_hidden_section(c, h) ||
            heading_is_prose(c, h))
            return;
        body_mark_removed(c, h);
    }
}

/* ------------------------------------------------------ the author's bio */

#define BIO_MAX 700    /* an author bio: a name, a line or two about them */
#define BIO_NAME_MAX 48 /* a person's name, lower-cased */
#define BIO_NAMES_MAX 5 /* four authors of the metadata and the byline line's */

/* The author's name from the byline line cleaning dropped ("By Tom Reed |
 * 12 June 2024" -> "tom reed"): after a byline prefix, up to the first
 * separator or digit; two to four words, else 0. */
static size_t byline_name(const ctx *c, char *out, size_t cap)
{
    if (!c->byline)
        return 0;
    char t[TEASER_MAX + 8];
    text_prefix_lower(c->byline, t, sizeof t);
    const char *s = t + words_longest_prefix_ci(&words_byline_prefixes, t, NULL);
    while (*s == ' ')
        s++;
    size_t n = 0;
    int spaces = 0;
    while (s[n] && !strchr("|,;(-0123456789", s[n]) && (unsigned char)s[n] != 0xC2 && (unsigned char)s[n] != 0xE2)
        spaces += s[n++] == ' ';
    while (n && s[n - 1] == ' ')
        n--, spaces--;
    if (n == 0 || n >= cap || spaces < 1 || spaces > 3)
        return 0;
    memcpy(out, s, n);
    out[n] = '\0';
    return n;
}

/* 1 when the lower-cased text t of the box u is a bio of the person
 * name: it opens with the name and a verb of a bio ("tom reed covers
 * ..."), with the first name or surname alone, the verb and the job
 * ("tom is a reporter ..."), with the name and a role after a comma on one short line ("jane
 * doe, reporter at ..."), or the box opens with a line that is only the
 * name (an author box: the name in a heading, or beside a picture, over
 * a line about them). */

/* Bytes of a bio line t (lower-cased) before the person's name: an
 * author label with its colon ("autor*in: ", "about the author: ") and
 * academic titles ("prof. dr. "). A community post's closing "Autor*in:
 * Prof. Dr. Jane Doe ist seit 2014 ..." is the same bio as "Jane Doe ist
 * ...". The label is one of the author headings (words_author_headings),
 * whose own spellings may hold a colon ("autor:innen"). */
#define BIO_LABEL_MAX 32 /* "à propos de l'auteur" and its kin */
static size_t bio_lead(const char *t)
{
    size_t at = 0;
    for (size_t i = 1; t[i] && i < BIO_LABEL_MAX; i++)
        if (t[i] == ':' && t[i + 1] == ' ' && words_exact(&words_author_headings, t, i)) {
            at = i + 2;
            break;
        }
    size_t l;
    while ((l = words_longest_prefix_ci(&words_name_titles, t + at, NULL)) > 0)
        at += l;
    return at;
}

/* 1 when a word of the trade (words_bio_roles) at s, len bytes, ends a
 * word there, or goes on only by a feminine or plural ending ("in",
 * "innen", "e", "a": "Redakteurin", "journaliste", "autora"); an entry
 * that ends in a space ("covers ") is a phrase and fits as it is. A
 * longer word is another word: "reporters", "authorities",
 * "autoridades", "editorial" name no job of the person ("Kim has told
 * reporters ..." closes a story by Kim Park). */
static int bio_role_word_ends(const char *s, size_t len, const char *entry)
{
    static const char *const endings[] = {"", "in", "innen", "e", "a"};
    if (len && entry[len - 1] == ' ')
        return 1;
    for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
        size_t el = strlen(endings[k]);
        if (strncmp(s + len, endings[k], el) == 0 && !word_byte((unsigned char)s[len + el]))
            return 1;
    }
    return 0;
}

/* 1 when the lower-cased sentence s, after a bio's verb, names the job
 * in its first sentence (at most BIO_ROLE_SPAN bytes): a word of the
 * trade at a word start (words_bio_roles), as a word of its own
 * (bio_role_word_ends). */
#define BIO_ROLE_SPAN 160 /* a bio's first sentence: "ist seit 2020 Redakteurin bei ..." */
static int names_bio_role(const char *s)
{
    for (size_t i = 0; s[i] && i < BIO_ROLE_SPAN; i++) {
        if (s[i] == '.' && (s[i + 1] == ' ' || !s[i + 1]))
            return 0;
        if ((i == 0 || s[i - 1] == ' ') && words_longest_prefix_ci(&words_bio_roles, s + i, bio_role_word_ends))
            return 1;
    }
    return 0;
}

/* 1 when t opens with the first name or the surname of the name (two or
 * more words; the part 3+ bytes) and a verb of a bio, and, with role
 * set, names the job in that sentence ("Jonas ist seit 2023 Redakteur
 * bei ...", "Reed covers ..."); role < 0: the name's part alone, as a
 * whole word ("nora" in "i'm nora and ...") */
static int opens_with_name_part(const char *t, const char *name, size_t nl, int role)
{
    const char *sp = memchr(name, ' ', nl);
    if (!sp)
        return 0;
    const char *last = name + nl;
    while (last > name && last[-1] != ' ')
        last--;
    const char *part[2] = {name, last};
    size_t plen[2] = {(size_t)(sp - name), (size_t)(name + nl - last)};
    for (int k = 0; k < 2; k++)
        if (plen[k] >= 3 && strncmp(t, part[k], plen[k]) == 0) {
            if (role < 0 ? !word_byte((unsigned char)t[plen[k]])
                         : t[plen[k]] == ' ' && words_prefix(&words_bio_verbs, t + plen[k] + 1) &&
                               (!role || names_bio_role(t + plen[k] + 1)))
                return 1;
        }
    return 0;
}

static int is_bio_of(const ctx *c, const dom_node *u, const char *t, const char *name, size_t nl)
{
    t += bio_lead(t);
    /* the author's first name or surname alone: a closing paragraph may
     * open with a namesake's first name ("Anna ist müde"), a bio names
     * the job */
    if (nl >= 5 && opens_with_name_part(t, name, nl, 1))
        return 1;
    if (nl < 5 || strncmp(t, name, nl) != 0)
        return 0;
    const char *r = t + nl;
    if (r[0] == ' ' && words_prefix(&words_bio_verbs, r + 1))
        return 1;
    if (r[0] == ',' && r[1] == ' ' && c->tot[u->id].text <= 120)
        return 1;
    /* the first text of the box is the name alone, and more follows: an
     * author box, whose picture or a heading carries the name (a list of
     * people that opens with a linked name is no bio) */
    const dom_node *d = first_visible_text(u);
    return d && c->tlen[d->id] == nl && c->tot[u->id].text >= nl + MIN_PARAGRAPH && u->tag != TAG_UL &&
           u->tag != TAG_OL && (c->img_page[u->id] || (tag_flags[d->parent->tag] & TF_HEADING));
}

#define AVATAR_BIO_MAX 500 /* a picture and a line or two about a person */
#define AVATAR_BIO_MIN 60  /* a bio is a sentence; a teaser's title beside its thumbnail is shorter */

/* An author box the page names nowhere else: a picture (the avatar) and
 * a line that opens with a person's name, two or three capitalised words,
 * and a verb of a bio ("Tom Reed has covered ...", "Jane Doe is a
 * historian ..."). German capitalises nouns ("Ohne Ziele ist es schwer"),
 * so the box must hold a sentence (AVATAR_BIO_MIN). line is the box's
 * text, lower-cased; the capitals are read from the box's first text
 * node. */

static size_t capitalised_name_at(const dom_node *t, const char *line);
static size_t capitalised_bio_name(const dom_node *u, const char *line)
{
    return capitalised_name_at(first_visible_text(u), line);
}

/* The same read from the text node t on, line being the lowered text
 * from t's start: a bio sentence inside a box, after its label and the
 * name's line. */
static size_t capitalised_name_at(const dom_node *t, const char *line)
{
    if (!t)
        return 0;
    const unsigned char *s = (const unsigned char *)t->text, *e = s + t->text_len;
    while (s < e && chars_is_space(*s))
        s++;
    /* the words of the name: each starts with a capital (ASCII, or a
     * letter outside ASCII), then the line goes on in lower case. A
     * no-break space parts words as a space does ("Marta
     * Lindqvist&nbsp;ist ..."): the lowered line holds one space there. */
    size_t at = 0; /* bytes of line the name covers */
    for (int w = 0; w < 3 && s < e; w++) {
        if (!((*s >= 'A' && *s <= 'Z') || *s >= 0xC3))
            break;
        const unsigned char *b = s;
        while (s < e && !chars_is_space(*s) && chars_nbsp_shy(s, (size_t)(e - s)) != ' ')
            s++;
        at += (size_t)(s - b) + (w > 0);
        while (s < e && (chars_is_space(*s) || chars_nbsp_shy(s, (size_t)(e - s)) == ' '))
            s += chars_nbsp_shy(s, (size_t)(e - s)) == ' ' ? 2 : 1; /* a no-break space is two bytes */
        if (w >= 1 && line[at] == ' ' && words_prefix(&words_bio_verbs, line + at + 1))
            return at;
    }
    return 0;
}

static int avatar_box_bio(const dom_node *u, const char *line) { return capitalised_bio_name(u, line) > 0; }

/* ------------------------------------------- a bio box among the text */

/* The article's authors, lower-cased, as a bio names them: the page's
 * author metadata (up to four names of 5+ bytes) and the name of the
 * byline line cleaning dropped. Returns how many. */
static int bio_names(const ctx *c, char names[][BIO_NAME_MAX], size_t *nlen)
{
    int nn = 0;
    for (size_t i = 0; i < c->art->authors.count && nn < BIO_NAMES_MAX - 1; i++) {
        const char *a = c->art->authors.items[i];
        size_t l = a ? strlen(a) : 0;
        if (l < 5 || l >= BIO_NAME_MAX)
            continue;
        memcpy(names[nn], a, l + 1);
        text_lower_utf8(names[nn], l);
        nlen[nn++] = l;
    }
    if ((nlen[nn] = byline_name(c, names[nn], BIO_NAME_MAX)) > 0)
        nn++;
    return nn;
}

#define BIO_BOX_MIN 60 /* a name and a sentence about them */

/* The visible text node after d in u's subtree (removed subtrees
 * skipped), or NULL. */
static const dom_node *next_visible_text(const dom_node *u, const dom_node *d)
{
    d = dom_next(u, d);
    while (d) {
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(u, d); /* a removed sibling right after is skipped too */
            continue;
        }
        if (d->type == DOM_TEXT && has_visible_char(d))
            return d;
        d = dom_next(u, d);
    }
    return NULL;
}

/* The block (or heading) inside the box u that holds the text node d,
 * or u itself. */
static const dom_node *block_in_box(const dom_node *u, const dom_node *d)
{
    const dom_node *b = d->parent;
    while (b && b != u && !(b->type == DOM_ELEMENT && (tag_flags[b->tag] & (TF_BLOCK | TF_HEADING))))
        b = b->parent;
    return b ? b : u;
}

/* 1 when the text node d is a line of its own in the box u: all the
 * text of a block (a heading, a <div>, a <p>) below u. */
static int line_of_its_own(const ctx *c, const dom_node *u, const dom_node *d)
{
    const dom_node *b = block_in_box(u, d);
    return b != u && c->tot[b->id].text == c->tlen[d->id];
}

/* 1 when the text s (n bytes) reads as a person's name alone: two to
 * four words, each capitalised or an academic title ("Dr. Jana
 * Roe"), no digit, no sentence end, under BIO_NAME_MAX bytes. Its
 * lowered form goes to out (BIO_NAME_MAX + 8 bytes); returns its length,
 * or 0. */
static size_t name_text(const char *text, size_t n, char *out)
{
    const unsigned char *s = (const unsigned char *)text, *e = s + n;
    while (s < e && chars_is_space(*s))
        s++;
    while (e > s && chars_is_space(e[-1]))
        e--;
    size_t len = (size_t)(e - s);
    if (len < 5 || len >= BIO_NAME_MAX)
        return 0;
    int words = 0;
    for (const unsigned char *p = s; p < e;) {
        while (p < e && (chars_is_space(*p) || chars_nbsp_shy(p, (size_t)(e - p)) == ' '))
            p += chars_nbsp_shy(p, (size_t)(e - p)) == ' ' ? 2 : 1;
        if (p >= e)
            break;
        if (!((*p >= 'A' && *p <= 'Z') || *p >= 0xC3))
            return 0;
        while (p < e && !chars_is_space(*p) && chars_nbsp_shy(p, (size_t)(e - p)) != ' ') {
            if ((*p >= '0' && *p <= '9') || *p == ':' || *p == ',' || *p == '!' || *p == '?' || *p == '|')
                return 0;
            p++;
        }
        words++;
    }
    /* the lowered text, whitespace collapsed as the box's lowered text
     * has it (a no-break space is a space there) */
    size_t o = 0;
    for (const unsigned char *p = s; p < e && o < BIO_NAME_MAX;) {
        int alt = chars_nbsp_shy(p, (size_t)(e - p));
        if (chars_is_space(*p) || alt == ' ') {
            p += alt == ' ' ? 2 : 1;
            if (o && out[o - 1] != ' ')
                out[o++] = ' ';
            continue;
        }
        out[o++] = (char)*p++;
    }
    out[o] = '\0';
    text_lower_utf8(out, o);
    /* the titles are words too: "Dr. Jana Roe" is a name of two */
    size_t at = 0, l;
    while ((l = words_longest_prefix_ci(&words_name_titles, out + at, NULL)) > 0) {
        at += l;
        words--;
    }
    /* an article opens a noun phrase: "Die Studie", "The Study" title a
     * fact box about a thing, whose sentence repeats them ("Die Studie
     * ist im Fachjournal ... erschienen") as a bio repeats the name */
    const char *sp = strchr(out, ' ');
    if (sp && words_exact(&words_name_line_determiners, out, (size_t)(sp - out)))
        return 0;
    return words >= 2 && words <= 4 && out[o - 1] != '.' ? o : 0;
}

/* The name a picture in the box u carries as its text alternative
 * (alt="Jonas Weidner": an author box's avatar), lowered into out, or
 * 0. The first picture only; u is a box of few nodes. */
static size_t picture_name(const dom_node *u, char *out)
{
    for (const dom_node *d = dom_next(u, u); d; d = dom_next(u, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_IMG) {
            const char *alt = dom_attr_get(d, "alt");
            return alt ? name_text(alt, strlen(alt), out) : 0;
        }
    return 0;
}

/* 1 when the words of the text node d that stand for the lower-cased
 * name (as many words as the name has, those d holds) each open with a
 * capital (or a letter outside ASCII): the sentence repeats a name, not
 * a title's words in lower case. */
static int words_capitalised(const dom_node *d, const char *name)
{
    int words = 1;
    for (const char *q = name; *q; q++)
        words += *q == ' ';
    const unsigned char *s = (const unsigned char *)d->text, *e = s + d->text_len;
    for (int w = 0; w < words; w++) {
        while (s < e && (chars_is_space(*s) || chars_nbsp_shy(s, (size_t)(e - s)) == ' '))
            s += chars_nbsp_shy(s, (size_t)(e - s)) == ' ' ? 2 : 1;
        if (s >= e)
            return 1;
        if (*s >= 'a' && *s <= 'z')
            return 0;
        while (s < e && !chars_is_space(*s) && chars_nbsp_shy(s, (size_t)(e - s)) != ' ')
            s++;
    }
    return 1;
}

/* 1 when the box u (a <div>, <section> or <aside> of BIO_BOX_MIN to
 * BIO_MAX bytes) is a bio set apart from the text: an author label
 * ("Zur Person", "Autor", "About the author": words_author_headings) on
 * a line of its own, or the person's name on a line of its own, and then
 * the sentence about them: the name again and a verb of a bio ("Noor
 * Alvarado ist Autor*in ..."), the verb right after the name's line ("Dr.
 * Paul Kessler" / "ist Partner der Kanzlei ..."), or, under the
 * label, any name of two or three capitalised words and the verb; after
 * the name's line its first name or surname alone and the verb ("Marit
 * Solberg" / "Marit is a garden designer ..."). A picture whose text
 * alternative is a name (an avatar) stands for the name's line when there
 * is none. A box that opens with the name of the article's author
 * (names, lower-cased) and the verb goes beside a picture too. A section of an
 * article titled by a heading is no person's name and sentence: "Neue
 * Regeln" / "Die Regierung hat ..." reads as one, so under a name's line
 * the sentence must name that person again or open with the verb. */
static int bio_box_shape(const ctx *c, const dom_node *u, char names[][BIO_NAME_MAX], const size_t *nlen, int nn)
{
    const dom_node *d = first_visible_text(u);
    if (!d)
        return 0;
    int label = 0;
    if (c->tlen[d->id] <= BIO_LABEL_MAX && line_of_its_own(c, u, d)) {
        char t[BIO_LABEL_MAX + 8];
        text_prefix_lower(d, t, sizeof t);
        if (is_author_heading_text(t)) {
            label = 1;
            d = next_visible_text(u, d);
        }
    }
    char name[BIO_NAME_MAX + 8];
    size_t nl = 0;
    if (d && line_of_its_own(c, u, d) && (nl = name_text(d->text, d->text_len, name)) > 0)
        d = next_visible_text(u, d);
    if (!d)
        return 0;
    /* no name on a line: the avatar's text alternative names the person;
     * a news picture's alt names whom it shows too, and the paragraph
     * beside it may be the article's ("Jane Doe hat am Montag ..."), so
     * the sentence must then name the job (words_bio_roles) */
    int by_picture = 0;
    if (!nl && c->img_page[u->id])
        by_picture = (nl = picture_name(u, name)) > 0;
    /* the sentence: its block's text, which must open with it */
    const dom_node *b = block_in_box(u, d);
    if (first_visible_text(b) != d && b != u)
        return 0;
    char line[2 * TEASER_MAX + 8];
    const char *t = line;
    size_t tl = text_prefix_lower(b, line, sizeof line);
    if (b == u) {
        /* the sentence runs on in the box itself after the label or the
         * name: read from d's text on */
        char head[2 * TEASER_MAX + 8];
        size_t hl = text_prefix_lower(d, head, sizeof head);
        t = hl <= tl ? strstr(line, head) : NULL;
        if (!t)
            return 0;
    }
    /* a name's line without the label, then a sentence naming the
     * person again, is a bio's only when it is the person who wrote the
     * article (names) or stands beside an avatar: a portrait's fact box
     * ("Jana Moravec" / "Jana Moravec ist seit 2019 Bürgermeisterin
     * ...") has the same shape and is the article's. A picture alone
     * does not make it the author's: a portrait's fact box shows the
     * person too ("Henrik Dahl" / "Henrik Dahl ist seit 2016
     * Hafenmeister ..." beside a photo), so when only the picture
     * stands for the author (no label, not the author's name) the
     * sentence must name the job (names_bio_role), as under a name
     * taken from a picture's alt */
    int author = 0;
    for (int k = 0; nl && !author && k < nn; k++)
        author = nlen[k] >= 5 && strstr(name, names[k]) != NULL; /* "dr. jane roe" holds "jane roe" */
    int own = label || author || c->img_page[u->id];
    int need_role = by_picture || (!label && !author);
    if (nl && !by_picture) {
        /* the verb right after the name's line, in lower case ("ist
         * Partner der Kanzlei ..."): the line is the sentence's subject,
         * an author box's template, not a fact box's. A name taken from
         * a picture's alt is no line of the box: the sentence beside a
         * news picture may open in lower case too, and must name the
         * job (below) */
        uint32_t i = 0;
        while (i < d->text_len && chars_is_space((unsigned char)d->text[i]))
            i++;
        int capital = i < d->text_len && d->text[i] >= 'A' && d->text[i] <= 'Z';
        if (!capital && words_prefix(&words_bio_verbs, t))
            return 1;
    }
    if (nl && own) {
        /* the name again, its words capitalised as a name keeps them:
         * a title-case heading over a sentence that repeats it in lower
         * case ("Climate Change" / "Climate change is the long-term
         * shift ...") names a thing */
        if (strncmp(t, name, nl) == 0 && t[nl] == ' ' && words_prefix(&words_bio_verbs, t + nl + 1) &&
            words_capitalised(d, name) && (!need_role || names_bio_role(t + nl + 1)))
            return 1;
        /* or its first name or surname alone ("Jonas Weidner" / "Jonas
         * ist seit 2021 Redakteur ...") */
        if (opens_with_name_part(t, name, nl, need_role))
            return 1;
    }
    if (label && capitalised_name_at(d, t) > 0)
        return 1;
    /* a bio in the first person ("I'm Nora, and I bake bread every
     * weekend ...", "Hallo, ich bin Anna ..."): under the label, or naming
     * the person of the name's line or the avatar, when the box is the
     * author's (own): a testimonial box ("Maria Lopez" / "I'm Maria,
     * and I ...") quotes someone the article is about */
    size_t fp = words_longest_prefix_ci(&words_bio_first_person, t, NULL);
    if (fp && (label || (nl && own && (opens_with_name_part(t + fp, name, nl, -1) ||
                                (strncmp(t + fp, name, nl) == 0 && !word_byte((unsigned char)t[fp + nl]))))))
        return 1;
    if (label || nl || c->img_page[u->id])
        for (int k = 0; k < nn; k++)
            if (strncmp(t, names[k], nlen[k]) == 0 && t[nlen[k]] == ' ' &&
                words_prefix(&words_bio_verbs, t + nlen[k] + 1))
                return 1;
    return 0;
}

/* A bio box (bio_box_shape) anywhere among the article's blocks: an
 * author's or an interviewee's note the template sets between two
 * paragraphs or after the text, whatever its class. At most BIO_MAX
 * bytes and a third of the root's text, of few nodes. A like box beside
 * it with a bio of its own makes a list of people (a panel's speakers,
 * a team), which is the article: both stay. */
static int is_bio_box(const ctx *c, const dom_node *n, const dom_node *root)
{
    if (n == root || !(n->tag == TAG_DIV || n->tag == TAG_SECTION || n->tag == TAG_ASIDE))
        return 0;
    uint32_t len = c->tot[n->id].text;
    if (len < BIO_BOX_MIN || len > BIO_MAX || (uint64_t)len * 3 > c->tot[root->id].text ||
        c->tot[n->id].size > 4 * LINE_MAX_NODES)
        return 0;
    char names[BIO_NAMES_MAX][BIO_NAME_MAX];
    size_t nlen[BIO_NAMES_MAX];
    int nn = bio_names(c, names, nlen);
    if (!bio_box_shape(c, n, names, nlen, nn))
        return 0;
    for (int dir = 0; dir < 2; dir++) {
        const dom_node *s = dir ? n->next : n->prev;
        for (int k = 0; s && k < LINE_MAX_NODES; s = dir ? s->next : s->prev, k++)
            if (s->type == DOM_ELEMENT && !(s->flags & DOM_F_REMOVED) && c->tot[s->id].text)
                break;
        if (s && s->type == DOM_ELEMENT && s->tag == n->tag && c->tot[s->id].size <= 4 * LINE_MAX_NODES &&
            bio_box_shape(c, s, names, nlen, nn))
            return 0;
    }
    return 1;
}

/* A bio of the person the byline names, without a picture: the last
 * block opens with a name of two or three capitalised words and a verb
 * of a bio ("Jonas Weber ist Architekt, Stadtplaner und ..."), and one
 * of the byline lines under the headline (zone: "25.10.2022 - Jonas
 * Weber", lower-cased) holds that name as whole words. The byline is
 * how the page says who wrote it, when no author metadata does; a
 * closing paragraph about someone else ("Anna Brandt ist seit ...")
 * names a person the byline does not. */
#define BYLINE_ZONE_MAX 4  /* byline and dateline lines under the headline */
#define BYLINE_LINE_MAX 128
static int byline_names_bio(const dom_node *u, const char *line, char zone[][BYLINE_LINE_MAX], int nz)
{
    size_t at = capitalised_bio_name(u, line);
    if (at < 5)
        return 0;
    for (int k = 0; k < nz; k++)
        for (const char *q = zone[k]; *q; q++)
            if ((q == zone[k] || !word_byte((unsigned char)q[-1])) && strncmp(q, line, at) == 0 &&
                !word_byte((unsigned char)q[at]))
                return 1;
    return 0;
}

/* 1 when the lower-cased line t is a bare keyword list: five or more
 * names of one to three words split by commas, no sentence end
 * ("water, drought, farming, valley, weather"). */
static int is_keyword_list(const char *t)
{
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ')
        n--;
    if (n == 0 || t[n - 1] == '.' || t[n - 1] == '!' || t[n - 1] == '?' || t[n - 1] == ':')
        return 0;
    int items = 0, words = 0, in_word = 0;
    for (size_t i = 0; i <= n; i++) {
        char ch = i < n ? t[i] : ',';
        if (ch == ',') {
            if (words == 0 || words > 3)
                return 0;
            items++;
            words = 0;
            in_word = 0;
        } else if (ch == ' ') {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    return items >= 5;
}

/* The body's last line asks the reader to follow the publication on its
 * channels: a phrase of channel_asks at a word start ("follow the",
 * "download the", "únete", "nuestro canal") and a channel or app
 * platform named as a whole word ("Twitter", "Telegram", "iOS"). "The
 * company will join Facebook in ..." has no such phrase; "Follow the
 * storm on our map" names no channel. */
#define CHANNEL_LINE_MAX 300 /* a line or two: the ask, the handles, an address */
#define POST_META_MAX 400    /* a blog engine's "posted on ... filed under ... follow via RSS" lines */
/* a byte of a word: an ASCII letter or digit, or any byte of a UTF-8
 * sequence */

/* 1 when a phrase of table t starts at a word start of the line. */
static int phrase_at_word_start(const words_table *t, const char *line)
{
    for (size_t i = 0; line[i]; i++)
        if ((i == 0 || !word_byte((unsigned char)line[i - 1])) && words_prefix(t, line + i))
            return 1;
    return 0;
}

/* Support appeals without a link to a donation page. Many houses take
 * gifts by bank transfer or through a payment service, so the appeal
 * under the text links nowhere on the site ("Ohne Ihre
 * Unterstützung gäbe es diesen Blog nicht! ... Oder per Banküberweisung,
 * IBAN: ...", "Ohne Eure Hilfe geht es nicht! ... per Paypal ... IBAN
 * ...", "Schon mit 3,50 Euro im Monat hilfst du, unsere Arbeit zu
 * unterstützen"). Two signs together make it: an ask for the
 * reader's support of the house's own work (words_support_asks) and
 * money, a way to pay (words_payment_words) or an amount with a
 * currency. A story's closing call for help ("Die Polizei bittet um
 * Hinweise") names no bank details; a charity story's donation account
 * is set in a sentence of the story, not in a box of its own or after
 * the text's last paragraph with an ask in the reader's address. */
#define APPEAL_MAX 900        /* bytes: a heading and a few short paragraphs; the longest seen is about 800 */
#define APPEAL_BOX_NODES 160  /* nodes of a box: a heading, paragraphs, a button or two */
#define APPEAL_RUN_BLOCKS 4   /* blocks of an appeal set loose after the text: heading, pitch, payment line */

static int asks_support(const char *l) { return phrase_at_word_start(&words_support_asks, l); }
static int names_payment(const char *l) { return phrase_at_word_start(&words_payment_words, l); }

/* 1 when the lower-cased line names an amount of money: a number and a
 * currency word after it ("3,50 euro", "5 €"), or a currency sign right
 * before a digit ("$5", "€10") */
static int names_amount(const char *l)
{
    for (size_t i = 0; l[i]; i++) {
        if ((l[i] == '$' || !strncmp(l + i, "\xE2\x82\xAC", 3)) && chars_is_digit((unsigned char)l[i + (l[i] == '$' ? 1 : 3)]))
            return 1;
        if (!chars_is_digit((unsigned char)l[i]) || (i && (chars_is_digit((unsigned char)l[i - 1]) || l[i - 1] == '.' || l[i - 1] == ',')))
            continue;
        size_t j = i;
        while (chars_is_digit((unsigned char)l[j]) || l[j] == '.' || l[j] == ',')
            j++;
        if (l[j] == ' ')
            j++;
        size_t e = j;
        while (l[e] && word_byte((unsigned char)l[e]))
            e++;
        if (e > j && words_exact(&words_currency_words, l + j, e - j))
            return 1;
    }
    return 0;
}

static int names_money(const char *l) { return names_payment(l) || names_amount(l); }

/* 1 when the lower-cased line speaks in the house's own voice: a
 * first-person plural (words_house_voice_words) or the site's name, as
 * whole words. The asks and ways to pay are generic ("your donation",
 * "please donate", "IBAN"): a story's "How to help" box and the
 * family's appeal it quotes hold them too, but ask for someone else. */
static int voice_or_site(const ctx *c, const char *l, int first_person)
{
    size_t sl = c->site_len;
    for (size_t i = 0; l[i];) {
        if (!word_byte((unsigned char)l[i])) {
            i++;
            continue;
        }
        size_t e = i;
        while (l[e] && word_byte((unsigned char)l[e]))
            e++;
        if (first_person && words_exact(&words_house_voice_words, l + i, e - i))
            return 1;
        /* the site's name from this word start, ending at a word end */
        if (sl >= 3 && strncmp(l + i, c->site_lower, sl) == 0 && !word_byte((unsigned char)l[i + sl]))
            return 1;
        i = e;
    }
    return 0;
}

static int in_house_voice(const ctx *c, const char *l) { return voice_or_site(c, l, 1); }

/* 1 when the lower-cased line names the site, as whole words */
static int names_site(const ctx *c, const char *l) { return voice_or_site(c, l, 0); }

/* A box of its own holding the appeal, anywhere in the text: a layout
 * box (not a paragraph: a story's sentence may name an account) of at
 * most APPEAL_MAX bytes and under a third of the article, with an ask
 * and a way to pay (an amount alone is not enough inside the text: a
 * story's fact box names prices), in the house's own voice (a story's
 * "How to help" box asks for the people it is about). */
static int is_payment_appeal_box(const ctx *c, const dom_node *n, const dom_node *root)
{
    uint32_t len = c->tot[n->id].text;
    if (!len || len > APPEAL_MAX || c->tot[n->id].size > APPEAL_BOX_NODES || !body_is_loose_container(n) ||
        n->tag == TAG_SPAN || (uint64_t)len * 3 > c->tot[root->id].text)
        return 0;
    char l[APPEAL_MAX + 8];
    text_prefix_lower(n, l, sizeof l);
    return asks_support(l) && names_payment(l) && in_house_voice(c, l);
}

/* The element before b, past blank text and removed or empty elements;
 * NULL at loose text or the start (an appeal run ends there). */
static dom_node *run_prev_block(const ctx *c, const dom_node *b)
{
    dom_node *p = b->prev;
    while (p && ((p->type == DOM_TEXT && !has_visible_char(p)) ||
                 (p->type == DOM_ELEMENT && ((p->flags & DOM_F_REMOVED) || !c->tot[p->id].text)) ||
                 (p->type != DOM_TEXT && p->type != DOM_ELEMENT)))
        p = p->prev;
    return p && p->type == DOM_ELEMENT ? p : NULL;
}

/* The appeal after the text's last paragraph: u, the body's last block
 * (or the box around it), holds an ask, money or a word of giving
 * (words_donation_words), and so do the blocks right before it, at most
 * APPEAL_RUN_BLOCKS in all and APPEAL_MAX bytes, up to the ask that
 * opens it (blocks above an ask must ask too: the article's paragraphs
 * may speak of support); together they hold an ask and money, and
 * speak in the house's own voice (a story's last paragraph quoting a
 * family's appeal asks for the family). Returns the run's first block,
 * or NULL. */
static dom_node *appeal_run_start(const ctx *c, dom_node *u)
{
    char l[APPEAL_MAX + 8];
    uint32_t total = 0;
    int ask = 0, money = 0, voice = 0, blocks = 0;
    dom_node *first = NULL;
    for (dom_node *b = u; b && blocks < APPEAL_RUN_BLOCKS;) {
        uint32_t len = c->tot[b->id].text;
        if (!(tag_flags[b->tag] & TF_BLOCK) || total + len > APPEAL_MAX || c->tot[b->id].size > APPEAL_BOX_NODES)
            break;
        text_prefix_lower(b, l, sizeof l);
        int a = asks_support(l), m = names_money(l);
        if (ask && !a)
            break;
        if (!a && !m && !phrase_at_word_start(&words_donation_words, l))
            break;
        ask |= a, money |= m, total += len, blocks++, first = b;
        voice = voice || in_house_voice(c, l);
        b = run_prev_block(c, b);
    }
    return ask && money && voice ? first : NULL;
}

/* The appeal after the text that names no money but opens by saying the
 * reader has read to the end or liked the piece (words_appeal_openers:
 * "<p>Si llegaste hasta aquí...</p><p>Es porque te importa el
 * periodismo local ... Nuestra redacción cuenta con vos.</p><p>Sumate a
 * nuestra comunidad.</p>", "If you made it this far, ..."): u, the
 * body's last block, or one of the blocks right before it, at most
 * APPEAL_RUN_BLOCKS in all and APPEAL_MAX bytes, opens with such a
 * phrase; the run from that block to u asks for support, names the
 * site (names_site) or its newsroom, and is under a third of the body
 * (golden cases body_appeal_opener_run, keep_read_this_far_closing_line).
 * Only the end is read: a
 * story or a tutorial that says "if you made it this far" goes on after
 * it, past the run's limits. Returns the run's first block, or NULL. */
static dom_node *appeal_opener_run_start(const ctx *c, dom_node *u, uint32_t body)
{
    /* the whole block is read, not a line's worth: an appeal typed as
     * one paragraph ("Gefällt dir unsere Seite? Sie bleibt frei
     * lesbar, und dafür zählen wir auf deine Spende.") asks after its
     * first sentences */
    char l[APPEAL_MAX + 8];
    uint32_t total = 0;
    int blocks = 0, appeal = 0;
    for (dom_node *b = u; b && blocks < APPEAL_RUN_BLOCKS; blocks++) {
        uint32_t len = c->tot[b->id].text;
        if (!(tag_flags[b->tag] & TF_BLOCK) || total + len > APPEAL_MAX || c->tot[b->id].size > APPEAL_BOX_NODES)
            break;
        total += len;
        text_prefix_lower(b, l, sizeof l);
        /* the opening phrase alone is not an appeal: a blog post may end
         * "If you've read this far, you now know how to ..." or "...,
         * we've covered how to ..."; the run asks for support, names
         * the site, or names the house's newsroom ("nuestra redacción",
         * words_house_newsroom). A first-person word alone is no sign
         * here: a blogger's closing line speaks as "we" and "our" too */
        appeal = appeal || names_site(c, l) || asks_support(l) || phrase_at_word_start(&words_house_newsroom, l);
        if (words_prefix(&words_appeal_openers, skip_note_marks(l)))
            return appeal && (uint64_t)total * 3 <= body ? b : NULL;
        b = run_prev_block(c, b);
    }
    return NULL;
}

/* An embed's consent placeholder: the box a page shows instead of a
 * post or video from a social platform until the reader agrees to load
 * it ("Wir respektieren deine Privatsphäre und stellen deshalb ohne dein
 * Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine
 * Einstellungen verwalten."). A consent phrase (words_consent_phrases)
 * and a channel's name (words_channel_names) at word starts in one
 * block of at most CONSENT_NOTE_MAX bytes: it stands for content the
 * body does not hold, wherever it sits in the text. A story about a
 * platform's consent rules names both in longer paragraphs. */
#define CONSENT_NOTE_MAX 400
/* 1 when a channel's name (words_channel_names) stands in the line as a
 * whole word; the consent note's test and the channel promo's */
static int names_channel(const char *line)
{
    for (size_t i = 0; line[i]; i++) {
        if (!word_byte((unsigned char)line[i]) || (i && word_byte((unsigned char)line[i - 1])))
            continue;
        size_t e = i;
        while (line[e] && word_byte((unsigned char)line[e]))
            e++;
        if (words_exact(&words_channel_names, line + i, e - i))
            return 1;
    }
    return 0;
}

/* lowered: NULL, or the block's text as text_prefix_lower(n, lowered,
 * TEASER_MAX + 8) gives it now (body_clean read it for its line checks):
 * when it was not cut there (under TEASER_MAX bytes, where a cut leaves
 * at least TEASER_MAX + 4), it is the whole text, and the block is not
 * read and lowered again */
static int is_embed_consent_note(const ctx *c, const dom_node *n, const char *lowered)
{
    if (c->tot[n->id].text > CONSENT_NOTE_MAX || c->tot[n->id].size > LINE_MAX_NODES || c->tot[n->id].has_block)
        return 0;
    char buf[CONSENT_NOTE_MAX + 8];
    const char *line = lowered && strlen(lowered) < TEASER_MAX ? lowered : buf;
    if (line == buf)
        text_prefix_lower(n, buf, sizeof buf);
    return phrase_at_word_start(&words_consent_phrases, line) && names_channel(line);
}

static int is_channel_promo(const char *line)
{
    return phrase_at_word_start(&words_channel_asks, line) && names_channel(line);
}

/* A line that ends in a follow button's text, a follow verb
 * (words_follow_words) and the account's handle: "Neue Termine jede
 * Woche im Kalender. Folge @beispielkalender", "Follow @example". The
 * handle is an "@" and one word of handle bytes (handle_byte, at most
 * EMBED_HANDLE_MAX) at the line's end (a closing stop aside), the verb
 * the word right before it, and the verb opens its sentence (the line's
 * start, or a blank after ". ! ? : |"): the button's imperative, the
 * writer asking to be followed as a channel promo does. The same verb
 * inside a sentence states a fact ("Two million people now follow
 * @janedoe.", "Schon 300.000 Menschen folgen @amt.") and the line is
 * the story's; so is a story that ends quoting a post. line: lowered,
 * l its length. */
static int ends_with_follow_handle(const char *line, size_t l)
{
    while (l && (line[l - 1] == ' ' || line[l - 1] == '.' || line[l - 1] == '!' || line[l - 1] == '\n'))
        l--;
    size_t h = l;
    while (h && l - h <= EMBED_HANDLE_MAX && handle_byte((unsigned char)line[h - 1]))
        h--;
    if (h == l || l - h > EMBED_HANDLE_MAX || !h || line[h - 1] != '@')
        return 0;
    size_t e = h - 1;
    while (e && line[e - 1] == ' ')
        e--;
    if (e == h - 1)
        return 0; /* "x@handle": an address, not a button's text */
    size_t b = e;
    while (b && word_byte((unsigned char)line[b - 1]))
        b--;
    if (b == e || !words_exact(&words_follow_words, line + b, e - b))
        return 0;
    /* the verb opens its sentence: nothing before it, or a blank after
     * a sentence mark or a bar */
    if (b == 0)
        return 1;
    if (line[b - 1] != ' ')
        return 0;
    size_t m = b - 1;
    while (m && line[m - 1] == ' ')
        m--;
    return m && (line[m - 1] == '.' || line[m - 1] == '!' || line[m - 1] == '?' || line[m - 1] == ':' ||
                 line[m - 1] == '|');
}

/* A label and the publication's channels, and nothing else: "Follow
 * Example Weekly: Twitter | Facebook", "Folgen Sie der Redaktion:
 * Instagram · TikTok", the closing line of a magazine's posts. The label
 * names the publication, so no ask phrase of words_channel_asks opens it;
 * what makes the line furniture is that after the colon (within the
 * first LINK_LINE_LABEL_MAX bytes) stand two or more channel names
 * (words_channel_names) as whole words, with only separators
 * (note_mark_len: bars, slashes, commas, bullets, dashes, middle dots,
 * no-break spaces) between them. A sentence that names
 * channels has words of its own: "Sources: posts on Twitter and
 * Facebook" stays. */
static int is_channel_list_line(const char *line)
{
    const char *colon = strchr(line, ':');
    if (!colon || colon == line || colon - line > LINK_LINE_LABEL_MAX)
        return 0;
    int names = 0;
    for (const char *p = colon + 1; *p;) {
        /* a handle, a hashtag or an address is no channel's name */
        if (*p == '@' || *p == '#' || *p == '.')
            return 0;
        /* a separator: the marks note_mark_len reads (ASCII
         * punctuation and blanks, dashes, bullets, the middle dot, the
         * no-break space) */
        size_t l = note_mark_len(p, NULL, 0);
        if (l) {
            p += l;
            continue;
        }
        const char *e = p;
        while (*e && word_byte((unsigned char)*e) && !note_mark_len(e, NULL, 0))
            e++;
        if (e == p || !words_exact(&words_channel_names, p, (size_t)(e - p)))
            return 0;
        names++;
        p = e;
    }
    return names >= 2;
}

/* 1 when the block holds a <br>: lines set apart, of which the rights
 * notice may be only the last (drop_prompt_segments takes that one). */
static int holds_br(const dom_node *u)
{
    for (const dom_node *d = u; d; d = dom_next(u, d))
        if (d->type == DOM_ELEMENT && d->tag == TAG_BR)
            return 1;
    return 0;
}

/* 1 when a rights phrase (words_rights_phrases) starts at a word start
 * of the line. */
static int states_rights(const char *line) { return phrase_at_word_start(&words_rights_phrases, line); }

/* 1 when a disclaimer phrase (words_disclaimer_phrases) starts in the
 * line: at a word start, or anywhere for a phrase in a script written
 * without spaces ("该文观点仅代表作者本人"). */
static int disclaims_views(const char *line)
{
    for (size_t i = 0; line[i]; i++) {
        unsigned char b = (unsigned char)line[i];
        if ((b & 0xC0) == 0x80)
            continue; /* inside a UTF-8 sequence */
        if ((b >= 0x80 || i == 0 || !word_byte((unsigned char)line[i - 1])) &&
            words_prefix(&words_disclaimer_phrases, line + i))
            return 1;
    }
    return 0;
}

/* 1 when the line is an ask opened by a connective that answers a
 * question line above it: "then sign up for our newsletter ...", "dann
 * abonnieren Sie ..." (words_ask_connectives, then a prompt phrase that
 * is not a "back to" one). */
static int connective_ask(const char *line)
{
    size_t l = words_longest_prefix_ci(&words_ask_connectives, line, NULL);
    return l && body_starts_prompt(line + l) && !body_starts_back(line + l);
}

/* 1 when a comment word and a log-in word (words_comment_words,
 * words_login_words) both start a word in the line: "Um einen Kommentar
 * zu hinterlassen, müssen Sie sich ... anmelden", "You must sign in to
 * post a comment", "Connectez-vous pour commenter". Read in the body's
 * last block only (trailing_bio_box): "Users must log in to comment,
 * the company said" can be a news story's sentence, but not its last
 * line under the article. */
#define COMMENT_LOGIN_MAX 200 /* one or two short sentences */
static int asks_login_to_comment(const char *line)
{
    return phrase_at_word_start(&words_comment_words, line) && phrase_at_word_start(&words_login_words, line);
}

/* 1 when the line reserves the editors' right over readers' comments:
 * a reservation phrase and a word for readers' posts
 * (words_reservation_phrases, words_reader_post_words) at word starts,
 * "Die Redaktion behält sich vor, Lesermeinungen zu kürzen", "We
 * reserve the right to remove comments that ...". Read in the body's
 * last block only, like the log-in note: the comment form's fine print
 * left below the article once the form is gone. */
static int notes_comment_moderation(const char *line)
{
    return phrase_at_word_start(&words_reservation_phrases, line) && phrase_at_word_start(&words_reader_post_words, line);
}

/* 1 when an investment risk warning (words_risk_warnings) starts at a
 * word start of the line. */
static int warns_of_risk(const char *line) { return phrase_at_word_start(&words_risk_warnings, line); }

/* 1 when the line names the press release itself (words_release_self_refs,
 * at a word start): "Merkmale dieser Pressemitteilung: Journalisten, ...
 * Deutsch", a wire service's box of the release's audience and topics, or
 * the issuer's note on the release. Read in the body's last block only
 * (trailing_bio_box), under the imprint's limits: a news story may quote
 * "this press release" inside its paragraphs, but a line or two that ends
 * the body and speaks of the release is a note on it. */
static int names_release_itself(const char *line) { return phrase_at_word_start(&words_release_self_refs, line); }

/* 1 when the line is a file's download note: it names the format, "pdf"
 * at a word start, and either the program that opens it
 * (words_file_readers) or the file's size, digits and a unit ("Poids du
 * fichier 120k", "(PDF, 2,4 MB)"). Read in the body's last blocks only
 * (trailing_bio_box), under the imprint's limits: a download box's help
 * lines under an article ("Vous pouvez télécharger ce tableau au format
 * PDF en cliquant ici. Poids du fichier 120k"). A story's
 * sentence that the report can be read as a PDF names neither the reader
 * nor the file's size. */
static int states_file_size(const char *line)
{
    for (size_t i = 0; line[i]; i++) {
        if (!(line[i] >= '0' && line[i] <= '9') || (i && word_byte((unsigned char)line[i - 1])))
            continue;
        size_t k = i;
        while ((line[k] >= '0' && line[k] <= '9') || ((line[k] == ',' || line[k] == '.') && line[k + 1] >= '0' && line[k + 1] <= '9'))
            k++;
        if (line[k] == ' ')
            k++;
        for (size_t u = 0; u < words_file_size_units.n; u++) {
            const char *unit = words_file_size_units.w[u];
            size_t ul = strlen(unit);
            if (strncmp(line + k, unit, ul) == 0 && !word_byte((unsigned char)line[k + ul]))
                return 1;
        }
        i = k;
    }
    return 0;
}

static int is_download_note(const char *line)
{
    int pdf = 0;
    for (size_t i = 0; line[i] && !pdf; i++)
        pdf = (i == 0 || !word_byte((unsigned char)line[i - 1])) && strncmp(line + i, "pdf", 3) == 0;
    return pdf && (phrase_at_word_start(&words_file_readers, line) || states_file_size(line));
}

/* 1 when the line ends with a date that the page's date reader knows
 * (meta/date.h: "..., 04.06.2019", "... - March 3, 2020", "... (3. Mai
 * 2021)") after at least 10 bytes of title. A year alone is no date
 * ("Top 10 films of 2019" is a title). The reader finds the first date
 * in a text, so the search goes on past each date that does not end the
 * line. */
#define DATED_TITLE_MIN 10
static int ends_with_date(const char *line, int today)
{
    size_t l = strlen(line);
    while (l && (line[l - 1] == ' ' || line[l - 1] == '\n' || line[l - 1] == '\t' || line[l - 1] == ')'))
        l--;
    size_t from = DATED_TITLE_MIN;
    date_val d;
    size_t at, end;
    while (from < l && date_find_text(line + from, l - from, 0, today, &d, &at, &end)) {
        if (from + end == l)
            return 1;
        from += end > at ? end : at + 1;
    }
    return 0;
}

#define DATED_LINKS_MIN 2 /* one dated link is a reference; two make a list */

/* A related-stories list after the article: a <ul>/<ol> whose items are
 * each one link, the story's title with its date ("Ein Hinweisgeber gegen
 * den Konzern, 04.06.2019"), at least DATED_LINKS_MIN of them and
 * at least half its items (the rest: a topic line, an archive link). A
 * list in the article links to sources or states facts; it is not all
 * linked titles with dates. */
static int dated_link_list(const ctx *c, dom_node *u)
{
    if (u->tag != TAG_UL && u->tag != TAG_OL)
        return 0;
    int items = 0, dated = 0;
    for (dom_node *li = u->first_child; li; li = li->next) {
        if (li->type != DOM_ELEMENT || (li->flags & DOM_F_REMOVED) || !c->tot[li->id].text)
            continue;
        if (li->tag != TAG_LI)
            return 0;
        items++;
        if (c->tot[li->id].link < c->tot[li->id].text || c->tot[li->id].text > TEASER_MAX)
            continue;
        char line[TEASER_MAX + 8];
        text_prefix_lower(li, line, sizeof line);
        dated += ends_with_date(line, c->today);
    }
    return dated >= DATED_LINKS_MIN && dated * 2 >= items;
}

static size_t byline_zone(ctx *c, size_t max);

/* 1 when the node's previous sibling, past blank text, is a <br>: an
 * inline box set off on a line of its own. */
static int follows_break(const ctx *c, const dom_node *u)
{
    const dom_node *p = u->prev;
    while (p && p->type == DOM_TEXT && c->tlen[p->id] == 0)
        p = p->prev;
    return p && p->type == DOM_ELEMENT && p->tag == TAG_BR;
}

/* An author bio that ends the body: the last block (or the small box
 * around it: a picture, the name, a line) that opens with the name of the
 * article's author (the page's author metadata, or the byline line
 * cleaning dropped) and reads as a line about them. Readability keeps it
 * (it is prose after the article) and a page-level root brings it along;
 * its class names vary too much to list. At most BIO_MAX, and the body is
 * three times as long: "Jane Doe is ..." as the last paragraph of a
 * profile of Jane Doe is the article. The same walk finds the post's
 * keywords as a bare list of names on its last line, and an author box
 * with a picture that names someone the page does not (avatar_box_bio).
 * Returns the box to remove, or NULL. */
/* 1 when the inline element x stands on a line of its own among its
 * siblings: nothing visible but blocks (or a <br>) right before and
 * after it, whitespace and removed elements skipped. */
static int sibling_ends_line(const dom_node *s, int forward)
{
    for (; s; s = forward ? s->next : s->prev) {
        if (s->type == DOM_TEXT) {
            if (has_visible_char(s))
                return 0;
            continue;
        }
        if (s->type != DOM_ELEMENT || (s->flags & DOM_F_REMOVED) || (tag_flags[s->tag] & TF_JUNK))
            continue;
        return (tag_flags[s->tag] & TF_BLOCK) || s->tag == TAG_BR;
    }
    return 1;
}

static int link_stands_alone(const dom_node *x)
{
    return sibling_ends_line(x->prev, 0) && sibling_ends_line(x->next, 1);
}

/* 1 when the block u quotes the page's own address as text (the
 * canonical URL, else the URL the caller gave), scheme and "www." left
 * out on both sides, compared in lower case: the line that tells how to
 * cite the page ("Citation: <headline> (2019, October 22) retrieved 20
 * January 2020 from https://<host>/news/<story>.html") or where it was
 * first published. An article names other pages, not itself. The
 * address must hold a path of CITE_PATH_MIN bytes or more: a site's bare
 * host name ("example.org") is a sign-off or a brand, not this page. */
#define CITE_LINE_MAX 500
#define CITE_PATH_MIN 8

static int quotes_own_url(const ctx *c, const dom_node *u)
{
    const char *url = c->art->url ? c->art->url : c->art->page_url;
    if (!url)
        return 0;
    char want[CITE_LINE_MAX + 8];
    size_t n = 0;
    for (const char *p = url_past_scheme(url); *p && *p != '?' && *p != '#' && n < CITE_LINE_MAX; p++)
        want[n++] = (char)chars_lower((unsigned char)*p);
    while (n && want[n - 1] == '/')
        n--;
    want[n] = 0;
    const char *slash = memchr(want, '/', n);
    if (!slash || (size_t)(want + n - slash) < CITE_PATH_MIN)
        return 0;
    char line[CITE_LINE_MAX + 8];
    text_prefix_lower(u, line, sizeof line);
    return strstr(line, want) != NULL;
}

/* ------------------------------------------ an unlabelled contact card */

/* A press release or an office's notice often ends with the contact
 * person's card and no label over it: "Jane Doe<br>Press officer<br>
 * +49 30 1234567<br>jane.doe@example.org", in one block or one line per
 * block. The labelled forms ("Media contact:", "Kontakt:") go by the
 * release-tail rules; without a label the lines' shape says it: each is
 * a phone number, a mail address, or a name or role (a short line with
 * no digit and no sentence end), two or more are contact data, and the
 * name and role lines are few. A shop's or a venue's address (street
 * and town carry numbers) is no name or role line, so an address block
 * the article gives stays, and a sentence ("Call Jane Doe on ...") ends
 * in a stop. */
#define CONTACT_LINE_MAX 80    /* a name, a role, a number or an address with its label */
#define CONTACT_LABEL_MAX 14   /* "Telefon ", "E-Mail: ", "Tel.: ", "Mobil: " before the data */
#define CONTACT_NAME_LINES 3   /* a name, a role, an office */
#define CONTACT_LINES_MAX 7    /* a card: the name lines and up to four ways to reach the person */
#define CONTACT_CARD_MAX 400   /* bytes of the whole card */
#define CONTACT_RUN_BLOCKS 6   /* blocks of a card set one line per block */

/* CONTACT_WEAK: a number only in the French form of five pairs
 * (contact_phone_form's 2), which a draw of zero-padded numbers can
 * have too: it counts as contact data only beside a mail address or a
 * phone in another form (a card needs one CONTACT_DATA line; a second
 * number of five pairs is CONTACT_WEAK too and does not count) */
enum { CONTACT_NONE, CONTACT_DATA, CONTACT_NAME, CONTACT_WEAK };

/* 1 when label l[0..n) (the bytes before a number) names a phone: "Tel.",
 * "Telefon:", "Mobil", "Fax", "Tél." (words_contact_phone_labels) */
static int contact_phone_label(const char *l, size_t n)
{
    char low[CONTACT_LABEL_MAX + 2];
    size_t k = 0;
    while (k < n && k <= CONTACT_LABEL_MAX && (l[k] == ' ' || l[k] == '-'))
        k++;
    size_t m = 0;
    for (; k < n && m < CONTACT_LABEL_MAX; k++)
        low[m++] = (char)chars_lower((unsigned char)l[k]);
    low[m] = 0;
    return m && words_prefix(&words_contact_phone_labels, low);
}

/* 1 when the digits d[0..dn) (digits and + ( ) - / . blanks only) are
 * in a phone's own form, with no label needed: an international "+49
 * ...", an area code "(030) ..." or "(+49) ...", a trunk prefix "0761
 * ..." (a 0 that starts a group of three digits or more: "03 - 12" is a
 * zero-padded draw number, not a prefix). After a "(" or a trunk
 * prefix, groups that are all one or two digits are a lottery draw
 * ("03 - 12 - 19 - 27", which the prefix rule already turns away, but
 * also "030 - 12 - 19"), and groups of three joined by dots a figure
 * ("(2023) 1.250.000"). A "+" keeps its groups whatever their size:
 * "+33 1 23 45 67 89" is how French numbers are written; so does an
 * area code of three digits or more with its trunk 0 in brackets,
 * "(030) 12 34 56", which no draw or figure is written as. The national
 * French form, five pairs after a 0 and one to nine, joined by single
 * blanks or dots ("01 23 45 67 89", "04.74.78.30.12"), gives 2: a
 * phone's form, but a draw of five zero-padded numbers reads the same,
 * so it counts only beside other contact data (CONTACT_WEAK); and five
 * pairs in strictly rising order ("04 12 23 31 45") give 0: a draw is
 * printed sorted, a phone's pairs rarely are. */
static int contact_phone_form(const char *d, size_t dn)
{
    if (!dn)
        return 0;
    size_t first = 0;
    while (first < dn && d[first] >= '0' && d[first] <= '9')
        first++;
    if (d[0] == '+')
        return 1;
    if (dn == 14 && first == 2 && d[0] == '0' && d[1] >= '1' && d[1] <= '9' && (d[2] == ' ' || d[2] == '.')) {
        size_t k = 2;
        int prev = (d[0] - '0') * 10 + (d[1] - '0'), rising = 1;
        while (k < dn && d[k] == d[2] && d[k + 1] >= '0' && d[k + 1] <= '9' && d[k + 2] >= '0' && d[k + 2] <= '9') {
            int pair = (d[k + 1] - '0') * 10 + (d[k + 2] - '0');
            rising &= pair > prev;
            prev = pair;
            k += 3;
        }
        if (k == dn)
            return rising ? 0 : 2;
    }
    if (d[0] == '(' && dn > 2 && d[1] == '0') {
        size_t e = 1;
        while (e < dn && d[e] >= '0' && d[e] <= '9')
            e++;
        if (e >= 4 && e < dn && d[e] == ')')
            return 1;
    }
    if (d[0] == '(') {
        if (dn < 2 || !(d[1] == '0' || d[1] == '+'))
            return 0;
    } else if (d[0] != '0' || first < 3) {
        return 0;
    }
    /* the groups after the first: all of one or two digits, or all three
     * digits right after a dot */
    size_t k = d[0] == '(' ? 1 : 0;
    while (k < dn && ((d[k] >= '0' && d[k] <= '9') || d[k] == '+'))
        k++; /* the first group */
    int later = 0, short_all = 1, dotted_all = 1;
    while (k < dn) {
        size_t g = k;
        while (g < dn && !(d[g] >= '0' && d[g] <= '9'))
            g++;
        if (g >= dn)
            break;
        size_t e = g;
        while (e < dn && d[e] >= '0' && d[e] <= '9')
            e++;
        later++;
        if (e - g > 2)
            short_all = 0;
        if (!(e - g == 3 && g - k == 1 && d[k] == '.'))
            dotted_all = 0;
        k = e;
    }
    return !(later && (short_all || dotted_all));
}

/* Classifies one trimmed line l (len n) of a card: contact data (a mail
 * address, a phone number; CONTACT_WEAK for a number in the French
 * pairs form alone), a name or role line, or neither. */
static int contact_line_kind(const ctx *c, const char *l, size_t n)
{
    if (!n || n > CONTACT_LINE_MAX)
        return CONTACT_NONE;
    /* a mail address: the line's last word, with an @ and a dot after
     * it, after a short label at most ("E-Mail: ", "mail ") */
    size_t w = n;
    while (w && l[w - 1] != ' ')
        w--;
    const char *at = memchr(l + w, '@', n - w);
    if (at && at > l + w && at + 1 < l + n && at[1] != '.' && memchr(at, '.', n - (size_t)(at - l)))
        return w <= CONTACT_LABEL_MAX && !memchr(l, '@', w) ? CONTACT_DATA : CONTACT_NONE;
    /* a short label before a number: letters, dots, dashes, a colon */
    size_t i = 0;
    while (i < n && i <= CONTACT_LABEL_MAX && !(l[i] >= '0' && l[i] <= '9') && l[i] != '+' && l[i] != '(')
        i++;
    size_t label = i <= CONTACT_LABEL_MAX ? i : 0;
    const char *d = l + label;
    size_t dn = n - label;
    /* a phone number: 6+ digits and nothing but + ( ) - / . and blanks,
     * with a phone's label or in a phone's own form (contact_phone_form).
     * Other runs of digits are the text's: a lottery draw "3 - 12 - 19 -
     * 27 - 38 - 45", a figure "1.250.000", a date "01.03.2024" (a date
     * is never a phone, even after a 0) */
    int digits = 0, other = 0;
    for (size_t k = 0; k < dn; k++) {
        unsigned char b = (unsigned char)d[k];
        if (b >= '0' && b <= '9')
            digits++;
        else if (!(b == ' ' || b == '+' || b == '(' || b == ')' || b == '-' || b == '/' || b == '.'))
            other++;
    }
    if (digits >= 6 && !other) {
        int form = label && contact_phone_label(l, label) ? 1 : contact_phone_form(d, dn);
        if (!form)
            return CONTACT_NONE;
        date_val dv;
        size_t da = 0, de = 0;
        if (date_find_text_before(d, dn, 1, 0, c->today, &dv, &da, &de) && da == 0)
            return CONTACT_NONE;
        return form == 2 ? CONTACT_WEAK : CONTACT_DATA;
    }
    /* a name or a role: no digit, no sentence end, no @ */
    if (n > CONTACT_LINE_MAX / 2 + 20 || memchr(l, '@', n))
        return CONTACT_NONE;
    for (size_t k = 0; k < n; k++)
        if (l[k] >= '0' && l[k] <= '9')
            return CONTACT_NONE;
    char e = l[n - 1];
    if (e == '.' || e == '!' || e == '?' || e == ';' || e == ',')
        return CONTACT_NONE;
    return CONTACT_NAME;
}

/* One reader of a box's lines for both contact rules: collapses blanks
 * (and no-break spaces) to one, trims, and hands each line to fn (its
 * `over` set when the line ran past CONTACT_LINE_MAX); 0 as soon as fn
 * does. A line ends at a <br>; in the card's reading (by_block 0) at the
 * start of any block (breaks_line), in the column's (by_block 1) where
 * the text passes into another block, and at a newline in a <pre> (an
 * address set that way keeps its lines). */
typedef int (*contact_line_fn)(const ctx *c, const char *l, size_t n, int over, void *st);

/* the line being read: its bytes, past CONTACT_LINE_MAX (over), a blank
 * pending before the next byte (space) */
typedef struct {
    char l[CONTACT_LINE_MAX + 8];
    size_t n;
    int over, space;
} contact_line;

/* Hands the line read so far, trailing blanks trimmed, to fn (none when
 * it is empty) and starts the next; fn's answer, 1 for no line. */
static int contact_line_end(const ctx *c, contact_line *ln, contact_line_fn fn, void *st)
{
    int go = 1;
    if (ln->n || ln->over) {
        while (ln->n && ln->l[ln->n - 1] == ' ')
            ln->n--;
        go = fn(c, ln->l, ln->n, ln->over, st);
    }
    ln->n = 0, ln->over = 0, ln->space = 0;
    return go;
}

static const dom_node *line_block(const dom_node *d, const dom_node *box);

static int contact_read_lines(const ctx *c, const dom_node *box, int by_block, contact_line_fn fn, void *st)
{
    contact_line ln = {.n = 0};
    const dom_node *blk = NULL;
    for (const dom_node *d = box->first_child;;) {
        const dom_node *b = NULL;
        int brk = !d, pre = 0;
        if (d && !by_block)
            brk = breaks_line(d);
        if (d && d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED) && !brk) {
            d = dom_next_skip(box, d);
            continue;
        }
        if (d && by_block) {
            brk = d->type == DOM_ELEMENT && d->tag == TAG_BR;
            if (d->type == DOM_TEXT && c->tlen[d->id]) {
                b = line_block(d, box);
                brk |= b != blk;
                pre = d->parent && d->parent->tag == TAG_PRE;
            }
        }
        if (brk && !contact_line_end(c, &ln, fn, st))
            return 0;
        if (!d)
            return 1;
        if (d->type == DOM_ELEMENT && (d->flags & DOM_F_REMOVED)) {
            d = dom_next_skip(box, d);
            continue;
        }
        if (d->type == DOM_TEXT && (!by_block || b)) {
            blk = b;
            const unsigned char *t = (const unsigned char *)d->text;
            for (uint32_t k = 0; k < d->text_len; k++) {
                if (pre && (t[k] == '\n' || t[k] == '\r')) {
                    if (!contact_line_end(c, &ln, fn, st))
                        return 0;
                    continue;
                }
                int ns = chars_nbsp_shy(t + k, d->text_len - k);
                if (ns >= 0)
                    k++;
                if (ns == 0)
                    continue;
                if (ns == ' ' || chars_is_space(t[k])) {
                    ln.space = ln.n > 0;
                    continue;
                }
                if (ln.n + 2 > CONTACT_LINE_MAX) {
                    ln.over = 1;
                    continue;
                }
                if (ln.space)
                    ln.l[ln.n++] = ' ', ln.space = 0;
                ln.l[ln.n++] = (char)t[k];
            }
        }
        d = dom_next(box, d);
    }
}

/* the counts of a card read so far */
typedef struct {
    int data, names, lines, strong; /* strong: the data lines that are no CONTACT_WEAK */
} contact_count;

static int contact_card_line(const ctx *c, const char *l, size_t n, int over, void *st)
{
    contact_count *k = st;
    int kind = over ? CONTACT_NONE : contact_line_kind(c, l, n);
    if (kind == CONTACT_NONE || ++k->lines > CONTACT_LINES_MAX)
        return 0;
    if (kind == CONTACT_DATA || kind == CONTACT_WEAK)
        ++k->data, k->strong += kind == CONTACT_DATA;
    else if (++k->names > CONTACT_NAME_LINES)
        return 0;
    return 1;
}

/* Reads block u's lines (split by <br> and by blocks) into the counts;
 * 0 when a line is neither contact data nor a name or role, or u has
 * too many nodes or lines. */
static int contact_lines(const ctx *c, const dom_node *u, contact_count *k)
{
    if (c->tot[u->id].size > LINE_MAX_NODES || c->tot[u->id].text > CONTACT_CARD_MAX)
        return 0;
    return contact_read_lines(c, u, 0, contact_card_line, k);
}

/* The element before n that holds text, passing over removed and empty
 * elements and blank text: NULL at a visible text or the first child. */
static const dom_node *prev_text_block(const ctx *c, const dom_node *n)
{
    const dom_node *p = n->prev;
    while (p && (p->type != DOM_ELEMENT || (p->flags & DOM_F_REMOVED) || !c->tot[p->id].text))
        p = (p->type == DOM_TEXT && has_visible_char(p)) ? NULL : p->prev;
    return p;
}

/* 1 when block u (not the root), the body's last, is (the end of) a
 * contact card; *first is the first block of a card set one line per
 * block. */
static int is_contact_card(const ctx *c, const dom_node *u, dom_node **first)
{
    if (!(tag_flags[u->tag] & TF_BLOCK) || u->tag == TAG_TD || u->tag == TAG_TR || u->tag == TAG_LI ||
        u->tag == TAG_TABLE || (tag_flags[u->tag] & TF_HEADING))
        return 0;
    contact_count k = {0, 0, 0, 0};
    if (!contact_lines(c, u, &k))
        return 0;
    const dom_node *f = u;
    uint32_t len = c->tot[u->id].text;
    for (int i = 1; i < CONTACT_RUN_BLOCKS; i++) {
        const dom_node *p = prev_text_block(c, f);
        if (!p || (tag_flags[p->tag] & TF_HEADING) || !(tag_flags[p->tag] & TF_BLOCK))
            break;
        contact_count k2 = k;
        if (len + c->tot[p->id].text > CONTACT_CARD_MAX || !contact_lines(c, p, &k2))
            break;
        k = k2;
        len += c->tot[p->id].text;
        f = p;
    }
    *first = (dom_node *)f;
    return k.data >= 2 && k.strong;
}

/* A column of contact cards beside the article: the press office's and
 * the board's cards ("Press contact" / name / street / town / phone /
 * mail) in a sibling column of the text, which comes along when the
 * headline block above both columns earns the climb to their common
 * parent. The box holds no real paragraph and every line of it is a
 * contact card's: contact data or a name or role line (as above), or an
 * address line (a street and number, a postcode and town: at most
 * CONTACT_ADDRESS_MAX bytes and four words with a digit, no sentence
 * end); two or more lines are contact data. Its previous shown sibling
 * holds the article's text (two real paragraphs), so the box stands
 * beside it, never inside the text (a venue's address under a story is
 * the story's last block, read by the trailing walk's stricter card). */
#define CONTACT_ADDRESS_MAX 40
#define CONTACT_BOX_MAX 1200     /* a few cards */
#define CONTACT_BOX_NODES 256
#define CONTACT_BOX_LINES 32

static int contact_box_line(const ctx *c, const char *l, size_t n, int over, void *st)
{
    contact_count *k = st;
    if (over || ++k->lines > CONTACT_BOX_LINES)
        return 0;
    if (!n)
        return 1;
    int kind = contact_line_kind(c, l, n);
    if (kind == CONTACT_DATA || kind == CONTACT_WEAK) {
        ++k->data, k->strong += kind == CONTACT_DATA;
        return 1;
    }
    if (kind == CONTACT_NAME)
        return 1;
    /* an address line */
    if (n > CONTACT_ADDRESS_MAX || l[n - 1] == '.' || l[n - 1] == '!' || l[n - 1] == '?' || memchr(l, '@', n))
        return 0;
    int words = 1, digit = 0;
    for (size_t i = 0; i < n; i++) {
        words += l[i] == ' ';
        digit |= l[i] >= '0' && l[i] <= '9';
    }
    return digit && words <= 4;
}

/* the nearest block (or the box) holding text node d */
static const dom_node *line_block(const dom_node *d, const dom_node *box)
{
    const dom_node *b = d->parent;
    while (b && b != box && !(tag_flags[b->tag] & TF_BLOCK))
        b = b->parent;
    return b;
}

static int is_contact_card_box(const ctx *c, const dom_node *n)
{
    if (!body_is_loose_container(n) || !c->tot[n->id].has_block || c->tot[n->id].paras ||
        c->tot[n->id].text > CONTACT_BOX_MAX || c->tot[n->id].size > CONTACT_BOX_NODES)
        return 0;
    const dom_node *p = prev_text_block(c, n);
    if (!p || c->tot[p->id].paras < 2)
        return 0;
    contact_count k = {0, 0, 0, 0};
    return contact_read_lines(c, n, 1, contact_box_line, &k) && k.data >= 2 && k.strong;
}

static dom_node *trailing_bio_box(const ctx *c, dom_node *t, dom_node *root, char names[][BIO_NAME_MAX],
                                  const size_t *nlen, int nn, const char *site, size_t sitelen,
                                  char zone[][BYLINE_LINE_MAX], int nz, uint32_t body, int joined,
                                  dom_node **run_first)
{
    *run_first = NULL;
    for (dom_node *u = t->parent; u && c->tot[u->id].text <= BIO_MAX; u = u->parent) {
        /* the chosen root is the article; a part joined after it (a
         * sibling holding one line) may be the bio or notice itself */
        if (u == root && !joined)
            break;
        int stop = u == root;
        if (u->type != DOM_ELEMENT || c->tot[u->id].text * 3 > body) {
            if (stop)
                break;
            continue;
        }
        /* an inline box is a block's part: only a bio set off after a
         * line break at the end of the last paragraph ("... der Zukunft.
         * <br><br><em>Jonas Weber ist Architekt, ...</em>") is read,
         * for a bio only */
        int segment = !(tag_flags[u->tag] & TF_BLOCK);
        /* the size limits of the line rules below: at most so many bytes
         * (each rule its own), and a line's few nodes */
        uint32_t len = c->tot[u->id].text;
        int few = c->tot[u->id].size <= LINE_MAX_NODES;
        /* a link on a line of its own after the last paragraph, outside
         * any block ("<p>...</p><a href=/presse>zurück zur
         * Listenansicht</a>"): a prompt or "back to" line, read as the
         * last block's line is; short, so it is no sentence */
        if (segment && u->tag == TAG_A && few && len < BACK_SENTENCE_MIN && link_stands_alone(u)) {
            char line[TEASER_MAX + 8];
            text_prefix_lower(u, line, sizeof line);
            if (body_starts_prompt(line))
                return u;
        }
        if (segment && !follows_break(c, u)) {
            if (stop)
                break;
            continue;
        }
        char line[2 * TEASER_MAX + 8];
        size_t ll = text_prefix_lower(u, line, sizeof line);
        for (int k = 0; k < nn; k++)
            if (is_bio_of(c, u, line, names[k], nlen[k]))
                return u;
        if (nz && byline_names_bio(u, line, zone, nz))
            return u;
        if (segment)
            continue;
        /* a contact card with no label over it: names, numbers, mail */
        if (len <= CONTACT_CARD_MAX && u != root) {
            dom_node *first = NULL;
            if (is_contact_card(c, u, &first)) {
                *run_first = first;
                return u;
            }
        }
        /* a support appeal after the text, with no link to a donation
         * page (appeal_run_start): the block, with the blocks of the
         * appeal before it, or the box around it when that holds the
         * appeal alone */
        if (len <= APPEAL_MAX && u != root) {
            dom_node *first = appeal_run_start(c, u);
            if (first) {
                while (first == u && u->parent && u->parent != root && c->tot[u->parent->id].text <= APPEAL_MAX &&
                       (uint64_t)c->tot[u->parent->id].text * 3 <= body && appeal_run_start(c, u->parent) == u->parent)
                    first = u = u->parent;
                *run_first = first;
                return u;
            }
        }
        /* the same appeal with no money, opened by a read-to-the-end
         * or liked-the-piece phrase */
        if (len <= APPEAL_MAX && u != root) {
            dom_node *first = appeal_opener_run_start(c, u, body);
            if (first) {
                *run_first = first;
                return u;
            }
        }
        /* the publisher's self-description, as an author's bio is the
         * author's: the site's name (og:site_name, 5+ bytes) and "is the
         * ..." ("Example.org is the region's leading digital-only civic
         * website, ..."), under the same size limits */
        if (sitelen >= 5 && strncmp(line, site, sitelen) == 0 && line[sitelen] == ' ' &&
            words_prefix(&words_site_blurb_verbs, line + sitelen + 1))
            return u;
        /* the post's keywords as a bare list of names, its last line
         * (the labelled form is a taxonomy line) */
        if (few && len <= TEASER_MAX && is_keyword_list(line))
            return u;
        /* the publisher's imprint: a line or two stating the rights
         * reserved (a page-level root brings the footer's imprint along
         * when the article's paragraphs sit loose in the page wrapper) */
        if (few && len <= CHANNEL_LINE_MAX && states_rights(line) && !holds_br(u))
            return u;
        /* the page's how-to-cite line: it quotes the page's own address */
        if (few && len <= CITE_LINE_MAX && quotes_own_url(c, u))
            return u;
        /* the post's own metadata in a sentence or three ("Dieser Beitrag
         * wurde am ... veröffentlicht und unter ... abgelegt. Sie können
         * ... über den RSS-2.0-Feed verfolgen.", "This entry was posted on
         * ... and is filed under ..."): a prompt phrase opens it, but the
         * line rules stop at TEASER_MAX; as the last block it may run to
         * POST_META_MAX ("back to" phrases open sentences too) */
        if (few && len <= POST_META_MAX && body_starts_prompt(line) && !body_starts_back(line))
            return u;
        /* the same ask opened by a connective, answering a question
         * line above it ("Interested in learning more about X?" / "Then
         * sign up for our email newsletter ..."); body_drop_trailing_bio
         * takes the question along */
        if (few && len <= POST_META_MAX && connective_ask(line))
            return u;
        /* a question to the reader and the pointer answering it, with
         * its link, as the last block: a line or two (the line rule
         * above stops at TEASER_MAX) */
        if (few && len <= CHANNEL_LINE_MAX && is_question_pointer(line) && has_web_link(u, NULL))
            return u;
        /* a note that commenting needs an account */
        if (few && len <= COMMENT_LOGIN_MAX && asks_login_to_comment(line))
            return u;
        /* the comment form's moderation note, a line or two */
        if (few && len <= CHANNEL_LINE_MAX && notes_comment_moderation(line))
            return u;
        /* the platform's disclaimer that the post speaks for its author
         * alone: a line or two, the same size limits as the imprint */
        if (few && len <= CHANNEL_LINE_MAX && disclaims_views(line))
            return u;
        /* the investment risk warning under a trading or crypto post
         * ("Kryptowerte sind ein hoch riskantes ... Produkt. Ihr
         * Kapital ist im Risiko."), under the same limits: a line or two
         * that ends the body; a story about the warning quotes it inside
         * longer paragraphs */
        if (few && len <= CHANNEL_LINE_MAX && warns_of_risk(line))
            return u;
        /* a press release's note on itself, or the wire service's box of
         * its audience and topics, under the same limits */
        if (few && len <= CHANNEL_LINE_MAX && names_release_itself(line))
            return u;
        /* a file's download note under the article */
        if (few && len <= CHANNEL_LINE_MAX && is_download_note(line))
            return u;
        /* the related stories, linked with their dates, as the list
         * that ends the body */
        if (c->tot[u->id].size <= 4 * LINE_MAX_NODES && dated_link_list(c, u))
            return u;
        /* a request to follow the publication on its channels */
        if (few && len <= CHANNEL_LINE_MAX && (is_channel_promo(line) || is_channel_list_line(line) || ends_with_follow_handle(line, ll)))
            return u;
        if (c->img_page[u->id] && len >= AVATAR_BIO_MIN && len <= AVATAR_BIO_MAX && avatar_box_bio(u, line))
            return u;
        /* a bio set in italics (or bold) as the text's last block: a
         * person's name of two or three capitalised words and a verb of
         * a bio ("<em>Jane Doe ist Professorin für ... und hat das Buch
         * ... geschrieben.</em>"), all of the block emphasised. The
         * interviewee's or a guest writer's note, whom no byline names
         * and whose picture may be gone; an article's closing paragraph
         * about a person ("Anna Brandt ist seit ...") is set in roman */
        if (!segment && len >= AVATAR_BIO_MIN && len <= AVATAR_BIO_MAX && c->tot[u->id].size <= LINE_MAX_NODES &&
            all_emphasised(c, u) && capitalised_bio_name(u, line) > 0)
            return u;
        if (stop)
            break;
    }
    return NULL;
}

#define AFTER_RIGHTS_MAX 150 /* a widget's help line, a "report an error" link: one short line */

/* The visible text node before x in root's subtree (not inside x), or
 * NULL. */
static dom_node *prev_visible_text(dom_node *root, dom_node *x)
{
    while (x != root && !x->prev)
        x = x->parent;
    if (x == root)
        return NULL;
    return visible_text_from(root, x->prev);
}

/* The publisher's rights notice ends the article; one short line after
 * it is the page's, not the article's: a portal's help line for its
 * recommend button, a "report an error" link. The notice was kept only
 * for not being the body's last block. The line is one block of at most
 * AFTER_RIGHTS_MAX bytes, and the notice a line or two (the imprint
 * rule's limits) that does not hold the line. */
static void drop_line_after_rights(ctx *c, dom_node *root, dom_node *t)
{
    dom_node *b = t->parent;
    while (b && b != root && !(b->type == DOM_ELEMENT && (tag_flags[b->tag] & TF_BLOCK)))
        b = b->parent;
    if (!b || b == root || c->tot[b->id].text > AFTER_RIGHTS_MAX || c->tot[b->id].size > LINE_MAX_NODES)
        return;
    dom_node *p = prev_visible_text(root, b);
    if (!p)
        return;
    for (dom_node *u = p->parent; u && u != root && c->tot[u->id].text <= CHANNEL_LINE_MAX; u = u->parent) {
        if (u->type != DOM_ELEMENT || !(tag_flags[u->tag] & TF_BLOCK) || body_is_ancestor(u, b))
            continue;
        char line[2 * TEASER_MAX + 8];
        text_prefix_lower(u, line, sizeof line);
        if (c->tot[u->id].size <= LINE_MAX_NODES && states_rights(line) && !holds_br(u)) {
            body_mark_removed(c, b);
            body_mark_removed(c, u);
            return;
        }
    }
}

/* A note that commenting needs an account, left as loose text at the
 * very end of the body once the comment form above it has gone
 * ("</form>Du musst <a>angemeldet</a> sein, um einen Kommentar zu
 * schreiben. Noch kein Konto? <a>Registrieren</a>"): the trailing walk reads
 * blocks, and this line has none of its own. The run of text and inline
 * elements that ends the body (t is its last text) after a block or a
 * <br> in the same box is read as one line: at most COMMENT_LOGIN_MAX
 * bytes and LINE_MAX_NODES nodes, not the box's whole text, with a
 * comment word and a log-in word at word starts (asks_login_to_comment),
 * as the last block is. */
static void drop_trailing_loose_login(ctx *c, dom_node *root, dom_node *t)
{
    dom_node *x = t;
    while (x != root && x->parent && x->parent != root &&
           !(x->parent->type == DOM_ELEMENT && (tag_flags[x->parent->tag] & TF_BLOCK)))
        x = x->parent;
    if (x == root || !x->parent)
        return;
    dom_node *first = loose_line_start(x);
    if (!first || !first->prev)
        return; /* NULL: too long; no break before it: the box's whole text, a block of its own, read as such */
    loose_line l;
    loose_line_measure(c, first, x->next, 1, &l);
    if (!l.whole || !l.len || l.len > COMMENT_LOGIN_MAX)
        return;
    char line[COMMENT_LOGIN_MAX + 8];
    text_range_lower(first, x->next, line, sizeof line);
    if (asks_login_to_comment(line))
        loose_line_remove(c, first, x->next);
}

/* A question to the reader set as its own line right above the ask that
 * ended the body: "Interested in learning more about AMP?" over "Then
 * sign up for our email newsletter ...", "Want more stories like this?"
 * in bold over "Subscribe to ...". The ask's block (ask) has gone; the
 * question goes with it when it is one block of at most QUESTION_LINE_MAX
 * bytes ending in "?" and either the ask answers it with a connective
 * ("Then ...") or the question is set in bold or italics: a plain short
 * question that ends an essay ("So what should we do?") is not taken for
 * the ask's lead-in. */
#define QUESTION_LINE_MAX 100
static void drop_question_before_ask(ctx *c, dom_node *root, dom_node *ask, int connective)
{
    dom_node *p = prev_visible_text(root, ask);
    if (!p)
        return;
    dom_node *b = p->parent;
    while (b && b != root && !(b->type == DOM_ELEMENT && (tag_flags[b->tag] & TF_BLOCK)))
        b = b->parent;
    if (!b || b == root || body_is_ancestor(b, ask) || c->tot[b->id].text > QUESTION_LINE_MAX ||
        c->tot[b->id].size > LINE_MAX_NODES)
        return;
    char q[QUESTION_LINE_MAX + 8];
    size_t ql = text_prefix_lower(b, q, sizeof q);
    while (ql && (q[ql - 1] == ' ' || q[ql - 1] == '\n' || q[ql - 1] == '\t'))
        ql--;
    if (ql && q[ql - 1] == '?' && (connective || all_emphasised(c, b)))
        body_mark_removed(c, b);
}

/* An organisation's profile as the body's last block, a paragraph
 * under the news post it published ("Das <b>Jugendwerk X</b> koordiniert
 * ... Unser Ziel ist es, ... Mehr über uns erfahren Sie unter
 * <a>...</a>"): the block's last sentence, after at least one other,
 * sends the reader to the house's "about us" page
 * (words_about_us_pointers) and the block links there. Longer than the
 * walk's bios (BIO_MAX), so read here: at most ABOUT_US_MAX bytes and
 * under a third of the body. An article's last paragraph that quotes
 * someone wanting "mehr über uns" says so before its last sentence, or
 * without the link, and stays. t: the body's last text. */
#define ABOUT_US_MAX 1200 /* a profile of one to three paragraphs, as a release's (RELEASE_SECTION_MAX) */
static void drop_about_us_profile(ctx *c, dom_node *root, dom_node *t, uint32_t body)
{
    dom_node *b = t->parent;
    while (b && b != root && !(b->type == DOM_ELEMENT && (tag_flags[b->tag] & TF_BLOCK)))
        b = b->parent;
    if (!b || b == root || b->type != DOM_ELEMENT)
        return;
    uint32_t len = c->tot[b->id].text;
    if (!len || len > ABOUT_US_MAX || (uint64_t)len * 3 > body || !has_web_link(b, NULL))
        return;
    char l[ABOUT_US_MAX + 8];
    size_t n = text_prefix_lower(b, l, sizeof l);
    while (n && (l[n - 1] == ' ' || l[n - 1] == '.' || l[n - 1] == '!' || l[n - 1] == '/' || l[n - 1] == '\n'))
        n--;
    l[n] = '\0';
    /* the last sentence: after the last ". ", "! " or "? " */
    size_t i = n;
    while (i >= 2 && !((l[i - 2] == '.' || l[i - 2] == '!' || l[i - 2] == '?') && l[i - 1] == ' '))
        i--;
    if (i < 2 || !phrase_at_word_start(&words_about_us_pointers, l + i))
        return;
    body_mark_removed(c, b);
}

/* A publisher's notice in a box named for the rights (a class or id
 * starting `copyright`, `credit`: CL_CREDIT) as the body's end: "©
 * Publisher. All rights reserved. This article may not be copied ...
 * without our written consent.<br>For licences please write to ...", a
 * notice to readers with a contact line. Short credit boxes go wherever they stand (is_picture_credit_box);
 * a longer one is read only here, on the box that holds the body's last
 * text t: from CREDIT_BOX_MAX to NOTICE_BOX_MAX bytes (a notice of a few
 * sentences), no picture (a box round a picture and its credit is the
 * picture's), and not the root, and the box is the notice by its name
 * (class or id holding "copyright") or states the rights (it opens with
 * "©" or holds a words_rights_phrases phrase): a photographer's closing
 * note or a `credit-tip` box of that size is text. A shorter rest, a magazine's issue line
 * ("THE MAGAZINE 12/2020") once the prompt rules took its rights line,
 * stays: taking it left the pull quotes set as headings above it as
 * trailing headings, which went too. Golden case
 * furniture_rights_notice_box, keep_closing_photographer_note_box. */
#define NOTICE_BOX_MAX 600
#define NOTICE_BOX_UP 4 /* levels read up from the last text: its line, a paragraph, the box */
static void drop_rights_notice_box(ctx *c, dom_node *root, dom_node *t)
{
    int up = 0;
    for (dom_node *b = t->parent; b && b != root && up < NOTICE_BOX_UP; b = b->parent, up++) {
        if (b->type != DOM_ELEMENT || (b->flags & DOM_F_REMOVED))
            return;
        if (!(c->cls[b->id] & CL_CREDIT))
            continue;
        if (c->tot[b->id].text < CREDIT_BOX_MAX || c->tot[b->id].text > NOTICE_BOX_MAX || c->img_page[b->id])
            return;
        /* the box must be the notice by its name (class or id holding
         * "copyright") or state rights: a photographer's note or a tip
         * box (`credit-tip`) of that size is text */
        char l[NOTICE_BOX_MAX + 8];
        text_prefix_lower(b, l, sizeof l);
        const char *p = l;
        while (*p == ' ' || *p == '\n')
            p++;
        if (attr_says(b, "class", "copyright") || attr_says(b, "id", "copyright") || !strncmp(p, "\xc2\xa9", 2) ||
            states_rights(l))
            body_mark_removed(c, b);
        return;
    }
}

/* The closing line that quotes the article's own headline
 * (is_own_headline_line), as the block (<p> or <div>) that holds the
 * body's last text t: only there, at the very end. */
static void drop_own_headline_line(ctx *c, dom_node *root, dom_node *t)
{
    dom_node *b = t->parent;
    while (b && b != root && b->type == DOM_ELEMENT && b->tag != TAG_P && b->tag != TAG_DIV &&
           !(tag_flags[b->tag] & TF_BLOCK))
        b = b->parent;
    if (!b || b == root || b->type != DOM_ELEMENT || (b->tag != TAG_P && b->tag != TAG_DIV))
        return;
    if (is_own_headline_line(c, b))
        body_mark_removed(c, b);
}

void body_drop_trailing_bio(ctx *c, dom_node **list, size_t nlist)
{
    char names[BIO_NAMES_MAX][BIO_NAME_MAX];
    size_t nlen[BIO_NAMES_MAX];
    int nn = bio_names(c, names, nlen);
    const char *site = c->site_lower;
    size_t sitelen = c->site_len < BIO_NAME_MAX ? c->site_len : 0;
    /* The site signs the page (its name, which reads as a brand, was
     * the only author named: art->site_signs), so a closing box that
     * opens with its name is its note ("Example News is not responsible
     * for ..."), read as an author's would be, as when the site's name
     * was returned as the author. */
    if (nn == 0 && sitelen >= 5 && c->art->site_signs) {
        memcpy(names[0], site, sitelen + 1);
        nlen[nn++] = sitelen;
    }
    /* the byline lines under the headline, lower-cased: the dropped
     * byline line, then the byline zone's */
    char zone[BYLINE_ZONE_MAX][BYLINE_LINE_MAX];
    const dom_node *zl[BYLINE_ZONE_MAX];
    int nz = (int)byline_zone(c, BYLINE_ZONE_MAX - 1);
    memcpy(zl, c->zone, (size_t)nz * sizeof *zl);
    if (c->byline) {
        int seen = 0;
        for (int k = 0; k < nz; k++)
            seen |= zl[k] == c->byline;
        if (!seen)
            zl[nz++] = c->byline;
    }
    for (int k = 0; k < nz; k++)
        text_prefix_lower(zl[k], zone[k], BYLINE_LINE_MAX);
    /* two rounds: an author box, then the keyword line above it */
    for (int round = 0; round < 2; round++) {
        dom_node *root = NULL, *t = body_last_text(list, nlist, &root);
        /* the whole body's length, for the bio's share of it */
        uint32_t body = 0;
        int joined = 0;
        for (size_t i = 0; i < nlist; i++)
            if (list[i]->type == DOM_ELEMENT && !(list[i]->flags & DOM_F_REMOVED)) {
                body += c->tot[list[i]->id].text;
                joined |= list[i] == root && i > 0;
            }
        dom_node *first = NULL;
        dom_node *u = t ? trailing_bio_box(c, t, root, names, nlen, nn, site, sitelen, zone, nz, body, joined, &first)
                        : NULL;
        if (!u) {
            if (t) {
                drop_line_after_rights(c, root, t);
                drop_trailing_loose_login(c, root, t);
                drop_about_us_profile(c, root, t, body);
                if (!c->lenient && !(t->flags & DOM_F_REMOVED) && !(t->parent->flags & DOM_F_REMOVED))
                    drop_own_headline_line(c, root, t);
                if (!c->lenient && !(t->flags & DOM_F_REMOVED) && !(t->parent->flags & DOM_F_REMOVED))
                    drop_rights_notice_box(c, root, t);
            }
            return;
        }
        char line[2 * TEASER_MAX + 8];
        text_prefix_lower(u, line, sizeof line);
        body_mark_removed(c, u);
        /* the support appeal's blocks before its last one */
        for (dom_node *x = first; x && x != u; x = x->next)
            if (x->type == DOM_ELEMENT && !(x->flags & DOM_F_REMOVED))
                body_mark_removed(c, x);
        /* a download note's box holds the graphic or document it offers:
         * the text goes, the picture stays an image of the article */
        if (is_download_note(line))
            u->flags |= DOM_F_MEDIA;
        int conn = connective_ask(line);
        if (conn || (body_starts_prompt(line) && !body_starts_back(line)))
            drop_question_before_ask(c, root, u, conn);
    }
}

/* The short text lines after the first <h1> (up to the first line of
 * prose, at most 30 lines) that start like a byline or a dateline: where
 * a page names its author when no metadata does. Found once per page into
 * c->zone (at most BYLINE_LINES_MAX of them: the zone is a function of
 * the tree and its text, which the attempts do not change); returns how
 * many of them a caller that takes at most max may read there. */
static size_t byline_zone(ctx *c, size_t max)
{
    if (!c->zone_done) {
        c->zone_done = 1;
        c->nzone = 0;
        dom_node *h1 = NULL;
        for (uint32_t i = 0; i < c->norder && !h1; i++)
            if (c->order[i]->type == DOM_ELEMENT && c->order[i]->tag == TAG_H1)
                h1 = c->order[i];
        int lines = 0;
        for (dom_node *n = h1 ? dom_next_skip(c->top, h1) : NULL; n && lines < 30 && c->nzone < BYLINE_LINES_MAX;
             n = dom_next(c->top, n)) {
            if (n->type != DOM_TEXT || c->tlen[n->id] < 3)
                continue;
            if (c->tlen[n->id] >= 120)
                break; /* prose: the byline, if any, came before */
            lines++;
            char t[128];
            size_t len = text_prefix_lower(n, t, sizeof t);
            if (!author_has_prefix(t) && !body_is_byline_or_dateline(t, len, c->today))
                continue;
            c->zone[c->nzone++] = n;
        }
    }
    return c->nzone < max ? c->nzone : max;
}

/* Hands the metadata stage the visible lines that may name the author
 * (art->byline_lines): the byline line dropped from the body, then the
 * byline zone's lines (byline_zone). */
void body_hand_over_bylines(ctx *c)
{
    lede_article *art = c->art;
    art->nbyline_lines = 0;
    if (c->byline)
        art->byline_lines[art->nbyline_lines++] = c->byline;
    size_t nz = byline_zone(c, BYLINE_LINES_MAX - art->nbyline_lines);
    memcpy(art->byline_lines + art->nbyline_lines, c->zone, nz * sizeof *c->zone);
    art->nbyline_lines += nz;
}

/* 1 when one of the subtrees in list contains top or lies inside it. */
int body_overlaps(dom_node **list, size_t n, const dom_node *top)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] == top || body_is_ancestor(list[i], top) || body_is_ancestor(top, list[i]))
            return 1;
    return 0;
}

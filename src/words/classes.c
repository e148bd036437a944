/* classes.c (words): words of class and id attribute values, lower-case
 * ASCII, sorted bytewise. The metadata stage (src/meta/furniture.c) splits
 * each class token into words at '-' and '_' and matches each word,
 * ASCII case folded: prefix tables with words_prefix, exact ones with
 * words_exact. */
#include "words.h"

#define TABLE(name) const words_table words_class_##name = {"class_" #name, name, sizeof name / sizeof *name}

/* Words that mark page furniture around the story: a date or byline there
 * belongs to a comment, a teaser or a list of other stories. A prefix
 * matches longer words too ("comments", "relatedposts"). "cookie" and
 * "consent" name a cookie-consent banner ("coi-banner__cookiedeclaration",
 * "cookie-notice", "consent-box"), whose "Die Cookie-Erklärung wurde das
 * letzte Mal am 02.12.2022 aktualisiert" dates the cookie policy. */
static const char *const furniture_prefixes[] = {
    "breadcrumb", "carousel", "comment", "consent", "cookie", "discussion", "mostread", "newsletter", "popular",
    "readnext", "recommend", "related", "reply", "respond", "sidebar", "similar", "slider", "teaser", "trending",
};
TABLE(furniture_prefixes);

/* Furniture words matched only whole: "promo" but not "promoted", a flag
 * many CMSs put on the article itself. */
static const char *const furniture_words[] = {"also", "latest", "menu", "more", "most", "nav", "promo", "widgets"};
TABLE(furniture_words);

/* Class tokens that state what a container holds or lacks, not what it
 * is: "has-sidebar" on the layout wrapper around the story and its
 * sidebar, "has-comments", "no-sidebar", "with-sidebar". A furniture
 * word after them names the page's layout, not the box (src/meta/furniture.c,
 * attr_has_word): the story's byline and date inside such a wrapper are
 * the story's. Matched as a token's start, as written. */
static const char *const state_prefixes[] = {"has-", "has_", "no-", "with-", "without-"};
TABLE(state_prefixes);

/* Words of the comment section: a date there is a reader's, never the
 * story's, even in the loose pass that otherwise ignores class words.
 * Themes name the section in their own language too: "kommentare"
 * (de; "komment" also covers sv/no/da kommentar(er), fi kommentit, ru
 * kommentarii), "komentarze"/"komentare"/"komentari" (pl, cs/sk, hr, id:
 * "komentar"), "comentarios" (es/pt), "reacties" (nl), "yorumlar" (tr),
 * "hozzaszolasok" (hu); and the English "replies", "responses" (not
 * "responsive", a layout word) and "guestbook". Not "review" nor
 * "opinion": those name story containers. */
static const char *const comment_prefixes[] = {
    "comentario", "comment", "discussion", "disqus", "guestbook", "hozzaszolas", "komentar", "komment",
    "reactie", "replies", "reply", "respond", "responses", "yorum",
};
TABLE(comment_prefixes);

/* Words of a box of events or a calendar: a date there is the day of an
 * event the site lists ("Aktuelle Veranstaltungen", an events widget, a
 * month grid), never the story's publication. Plural "events": a single
 * "event" word is a tracking hook ("ga-event") as often. */
static const char *const event_prefixes[] = {"calendar", "events", "kalender", "termine", "veranstaltung"};
TABLE(event_prefixes);

/* Words of a site's logo or name heading, found anywhere in the value
 * ("site-logo", "header__brand"): an h1 there holds the site name. */
static const char *const logo_words[] = {
    "blog-title", "blogtitle", "brand", "logo", "masthead", "site-name", "site-title", "sitename", "sitetitle",
};
TABLE(logo_words);

/* Whole class or id tokens of the page's banner, the header every page
 * of a site shows above the story ("site-header", "masthead"; compared
 * as whole tokens, ASCII case folded: "entry-header" or "page-header"
 * head the story itself and are not here). An h1 there may be the
 * site's tagline or a section name (src/meta/title_inputs.c banner_of). */
static const char *const banner_names[] = {"header", "masthead", "site-header", "site_header", "siteheader"};
TABLE(banner_names);

/* The word before "title" or "headline" in a heading's class, behind a
 * "-" or "_" ("section-title", "widget_title", "category-headline"),
 * when it names a part of the page rather than the story: such a heading
 * labels a section, a sidebar widget or a listing, and does not mark the
 * story's headline (src/meta/title_inputs.c meta_names_headline_class); a
 * "share-title" holds the card a share button posts (often the whole
 * <title>, site and all, in a hidden box). "entry-",
 * "post-", "article-", "page-" and "story-" titles are the story's. */
static const char *const label_title_owners[] = {
    "archive", "block", "category", "channel", "module", "rubric", "section", "share", "sidebar", "topic", "widget",
};
TABLE(label_title_owners);

/* Words of an image's class, id or file name that mark it as no picture
 * of the story: icons, logos, avatars, tracking pixels, lazy-loading
 * placeholders, ads (body/images.c splits the values into words at every
 * byte that is not a letter or digit, and matches whole words). */
static const char *const image_skip_words[] = {
    "1x1",   "ad",      "ads",     "advert",   "advertisement", "avatar",   "avatars",  "badge",
    "beacon", "blank",  "emoji",   "emoticon", "favicon",       "gravatar", "icon",     "icons",
    "loader", "logo",   "logos",   "pixel",    "placeholder",   "smiley",   "spacer",   "spinner",
    "sprite", "tracker", "tracking", "transparent",
};
TABLE(image_skip_words);

/* Words of a class or id that mark a picture's credit line ("credit",
 * "photo-credit", "copyright"); a prefix matches longer words too
 * ("credits", "creditline"). */
static const char *const credit_prefixes[] = {"attribution", "copyright", "credit", "fotograf", "photographer"};
TABLE(credit_prefixes);

/* Words of a class or id, whole, that name a dialog's close control
 * ("close", "btn-close", "modal__close", "dismiss"); not "closed", an
 * accordion's state. */
static const char *const dialog_close_words[] = {"close", "dismiss"};
TABLE(dialog_close_words);

/* Words of reader comments (src/body/comments.c), matched as prefixes of
 * the words of a class or id: the comment section, a comment's author,
 * its content, its date, and its furniture (never part of its text). */
static const char *const comment_section_prefixes[] = {"comment", "discussion", "disqus"};
TABLE(comment_section_prefixes);
static const char *const comment_author_prefixes[] = {"author", "commenter", "fn", "nick", "user"};
TABLE(comment_author_prefixes);
static const char *const comment_content_prefixes[] = {"body", "content", "message", "text"};
TABLE(comment_content_prefixes);
static const char *const comment_date_prefixes[] = {"date", "posted", "published", "time"};
TABLE(comment_date_prefixes);
static const char *const comment_form_prefixes[] = {"form", "respond"};
TABLE(comment_form_prefixes);
static const char *const comment_widget_prefixes[] = {"latest", "recent", "sidebar", "widget"};
TABLE(comment_widget_prefixes);
static const char *const comment_skip_prefixes[] = {
    "action", "avatar", "byline", "date", "edit", "footer", "like", "meta",
    "permalink", "reply", "respond", "says", "share", "time", "vote",
};
TABLE(comment_skip_prefixes);

/* Longer words that hold the date hints "date" and "time" and mean
 * something else (src/meta/metadata.c, class_hint_bits): the letters
 * right before "date" in the same word ("update", "validate",
 * "candidate", "outdated"), right before "time" ("runtime", "lifetime",
 * "rtime" for reading time: a one-letter entry before the hint is the
 * whole word, src/meta/metadata.c holds_affix; "realtime") and right
 * after it ("multimedia",
 * "sentiment", "timer", "timeout", "timezone"). A hint inside such a word
 * marks no date element; "pubdate", "newsDate", "datetime" and
 * "timestamp" still do, and so does "timeline": a dev page dates its
 * issue in an article header's timeline (data-date="18. März 2020"). */
static const char *const date_hint_other_before[] = {"accommo", "candi", "consoli", "liqui", "man", "out", "up", "vali"};
TABLE(date_hint_other_before);
static const char *const time_hint_other_before[] = {"any", "down", "life", "over", "play", "prime", "r",
                                                      "real", "run", "some", "spare", "up"};
TABLE(time_hint_other_before);
static const char *const time_hint_other_after[] = {"dia", "nt", "out", "r", "slot", "table", "zone"};
TABLE(time_hint_other_after);
/* after the byline hint "author": "authority", "authorities" (a
 * navigation box of authority records, "authority-control") is no byline */
static const char *const author_hint_other_after[] = {"it"};
TABLE(author_hint_other_after);

/* Hints in class/id values, found anywhere in the value ("post-date",
 * "c-byline__name"), with what they mark (WORDS_HINT_*): byline hints
 * follow Readability's byline pattern, date hints are the words sites use
 * for the date line, title hints mark the headline element. Each starts
 * with a letter a-z and has at least 4 bytes (src/meta/metadata.c's
 * lookup compares the first four at once). */
static const words_entry hints[] = {
    {"article-info", WORDS_HINT_DATE},
    {"article-title", WORDS_HINT_TITLE},
    {"auteur", WORDS_HINT_BYLINE},
    {"author", WORDS_HINT_BYLINE},
    {"autor", WORDS_HINT_BYLINE},
    {"byline", WORDS_HINT_BYLINE | WORDS_HINT_DATE},
    {"contributor", WORDS_HINT_BYLINE},
    {"created", WORDS_HINT_DATE},
    {"date", WORDS_HINT_DATE},
    {"dateline", WORDS_HINT_BYLINE | WORDS_HINT_DATE},
    {"datum", WORDS_HINT_DATE},
    {"entry-info", WORDS_HINT_DATE},
    {"entry-title", WORDS_HINT_TITLE},
    {"fecha", WORDS_HINT_DATE},
    {"headline", WORDS_HINT_TITLE},
    {"meta", WORDS_HINT_DATE},
    {"page-title", WORDS_HINT_TITLE},
    {"post-info", WORDS_HINT_DATE},
    {"post-title", WORDS_HINT_TITLE},
    {"posted", WORDS_HINT_DATE},
    {"publish", WORDS_HINT_DATE},
    {"reporter", WORDS_HINT_BYLINE},
    {"story-title", WORDS_HINT_TITLE},
    {"submitted", WORDS_HINT_DATE},
    {"time", WORDS_HINT_DATE},
    {"title", WORDS_HINT_TITLE_WORD},
    {"updated", WORDS_HINT_DATE},
    {"writtenby", WORDS_HINT_BYLINE},
};
const words_map words_class_hints = {"class_hints", hints, sizeof hints / sizeof *hints};

/* Whole ids and class tokens of a section of comments: the blog
 * engines' names for the thread's box (body.c, names_comment_section);
 * not any class holding "comment" ("commentary", "comment-count"). */
static const char *const comment_section_names[] = {
    "comment-list", "commentlist", "comments", "comments-area", "comments-list",
};
TABLE(comment_section_names);

/* Whole ids and class tokens of the page's footer set as a layout box
 * (a <div class="footer"> where no <footer> landmark is used: the
 * publisher's address, "Contact us", "Privacy"): body.c, mark_by_class.
 * Not "entry-footer" or "article-footer", an article's own closing box.
 * Compared byte for byte (not case-folded as the comment-box names are):
 * "Footer" is not read. */
static const char *const page_footer_names[] = {
    "footer", "global-footer", "main-footer", "page-footer", "site-footer", "sitefooter",
};
TABLE(page_footer_names);

/* Whole class tokens of one comment's box, ASCII case folded (comments.c,
 * is_comment_box); "post" is Disqus' name for it. */
static const char *const comment_box_names[] = {
    "comment", "comment-body", "comment-item", "post",
};
TABLE(comment_box_names);

/* How the class token of an icon font's glyph opens ("fa-", "glyphicon-"),
 * ASCII case folded, with more after it (metadata.c, icon_class). */
static const char *const icon_prefixes[] = {
    "bi-", "dashicons-", "fa-", "glyphicon-", "icon-", "mdi-",
};
TABLE(icon_prefixes);

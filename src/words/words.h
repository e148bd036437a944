/* words.h: the vocabulary lede recognises text by, as data: one table per
 * role (teaser openers, furniture headings, byline prefixes...), each
 * lower-case UTF-8, sorted bytewise, without duplicates, and one matcher
 * for all of them. The stages compare their lower-cased text against a
 * table and never hold word lists of their own; tests/unit/test_words.c
 * checks every table listed in words_all. */
#ifndef LEDE_WORDS_H
#define LEDE_WORDS_H

#include <stddef.h>

typedef struct words_table {
    const char *name;     /* for test messages */
    const char *const *w; /* the entries, sorted bytewise */
    size_t n;
} words_table;

/* A table whose entries carry a number (a month name and its month):
 * entries sorted bytewise by word, as in a words_table. */
typedef struct words_entry {
    const char *w;
    int v;
} words_entry;

typedef struct words_map {
    const char *name; /* for test messages */
    const words_entry *e;
    size_t n;
} words_map;

/* The number of the entry equal to s[0..len), 0 when none (binary search:
 * this runs for every word after a number in text searched for dates). */
int words_map_find(const words_map *m, const char *s, size_t len);

/* The entry of a spelled map (words_maps_spelled: sorted case-blind) equal
 * to s[0..len) with ASCII letters compared case-insensitively, NULL when
 * none (binary search, as words_map_find). */
const words_entry *words_map_entry_ci(const words_map *m, const char *s, size_t len);

/* 1 when s starts with one of t's entries. A lookup only tries the entries
 * that share s's first byte (binary search for the first of them). */
int words_prefix(const words_table *t, const char *s);

/* 1 when s[0..len) is exactly one of t's entries. */
int words_exact(const words_table *t, const char *s, size_t len);

/* How an entry must end s for words_suffix: WORDS_END_WORD, as whole
 * words (all of s, or after a space: "... findest du hier" ends with
 * "findest du hier", "... befindest du hier" does not); WORDS_END_PART,
 * as the end of a longer word (at least one byte before it: "spartipp"
 * ends with "tipp", "tipp" itself does not). */
enum { WORDS_END_WORD, WORDS_END_PART };

/* 1 when s[0..len) ends with one of t's entries, placed as `how` says. */
int words_suffix(const words_table *t, const char *s, size_t len, int how);

/* 1 when one of t's entries occurs anywhere in s (NUL-terminated),
 * bytes compared as they are: a plain substring search, for phrases
 * that may stand inside a word ("affiliate-links" holds "link"). */
int words_within(const words_table *t, const char *s);

/* 1 when one word of a class or id value v (NUL-terminated, or NULL for
 * an absent attribute: 0; words split
 * at every byte that is not an ASCII letter or digit, lower-cased, the
 * first 47 bytes of each) is an entry of t, or with prefix set starts
 * with one: "comment-list" and "dsq-comments" have the word "comment..",
 * "nocomments" and "articleComments" have not. */
int words_in_value(const words_table *t, const char *v, int prefix);

/* 1 when s (NUL-terminated) equals one of t's entries, ASCII letters
 * compared case-insensitively. */
int words_exact_ci(const words_table *t, const char *s);

/* The length of the longest entry of t that s (NUL-terminated) starts
 * with, ASCII letters of s compared case-insensitively, among those `fits`
 * accepts (fits(s, length, entry); NULL accepts all); 0 when none. */
size_t words_longest_prefix_ci(const words_table *t, const char *s,
                               int (*fits)(const char *s, size_t len, const char *entry));

/* The first place in s (NUL-terminated) where one of t's entries starts,
 * ASCII letters of s compared case-insensitively; NULL when none. */
const char *words_find_ci(const words_table *t, const char *s);

/* Every table, for the checks. */
extern const words_table *const words_all[];
extern const size_t words_all_count;
extern const words_map *const words_maps_all[];
extern const size_t words_maps_all_count;
extern const words_map *const words_maps_spelled[]; /* maps kept in their spelling, found case-blind */
extern const size_t words_maps_spelled_count;

/* Month names (src/words/dates.c): "january" 1, "marca" 3, "января" 1;
 * Solar Hijri months are WORDS_JALALI + month ("فروردین" 101). */
#define WORDS_JALALI 100
extern const words_map words_months;
/* Words for "month" written with a month's name ("ماه", "ខែ"), by where
 * they stand: after it joined, before it joined, and also after it as a
 * word of its own (flags). */
enum { WORDS_MONTH_WORD_AFTER = 1, WORDS_MONTH_WORD_BEFORE = 2, WORDS_MONTH_WORD_ALONE = 4 };
extern const words_map words_month_words;
extern const words_map words_vi_month_numbers; /* "ba", "mười": Vietnamese month numbers after "tháng" */
extern const words_table words_year_leads;    /* "พ.ศ.", "ឆ្នាំ": may stand between a month's name and the year */
extern const words_table words_other_era_marks; /* "ዓ.ም": a year of another calendar (Ethiopian), no Gregorian year */
extern const words_table words_holiday_words; /* "майрам": a holiday's name after a day and a month */
extern const words_table words_year_tails;    /* "года", "року": the word for year after a day-first date's year */
extern const words_table words_date_name_leads; /* "к", "ул.": before "8 Марта", a name */
extern const words_table words_year_first_words; /* "жылғы", "წლის": the year's word in a year-first date, "2019 жылғы 15 наурыз" */
extern const words_table words_ky_year_words; /* "жылдын": Kyrgyz year word, "2024-жылдын" */
extern const words_table words_date_labels;   /* "published", "erschienen": a publication date follows */
extern const words_table words_sentence_post_phrases; /* "entry was posted", "pubblicat": a dated sentence is the post's own */
extern const words_table words_date_field_labels;   /* "datum": an info box's date row, alone in its element */
extern const words_table words_author_field_labels; /* "autor": an info box's author row */
extern const words_table words_update_labels; /* "updated", "letzte änderung": a last-update date follows */
extern const words_table words_event_list_titles;  /* "veranstaltungen": a list's first item that titles it a list of events */
extern const words_table words_period_starts;       /* "since": the word before a date that opens a period */
extern const words_table words_clock_am_weekdays;   /* "montag": German "am" (on) before it, no clock marker */
extern const words_table words_clock_units;         /* "uhr", "utc", "cet": a clock's unit or zone after it */
extern const words_table words_time_leads;          /* "um", "at", "à": between a date and its clock time */
extern const words_map words_clock_markers;        /* "pm" 2, "a.m." 1, "م" 2: a 12-hour clock's marker */
extern const words_map words_script_date_keys;     /* "datepublished" 1, "pubdate" 9: a publication time's name in script state, by trust */
extern const words_table words_script_date_owners; /* "article": the owner word before "_publish_date" in script state */
extern const words_table words_clock_labels;     /* "it is currently": the crawl's clock, not a date of the story */
extern const words_table words_not_story_labels; /* "joined", "last edited": a person's or a revision's date */
extern const words_table words_revision_labels; /* "last edited", "wurde zuletzt am": a wiki's revision stamp */
extern const words_table words_archive_photo_labels; /* "file photo", "Archivbild": a caption of an old picture */
extern const words_table words_update_words;     /* "updated", "geändert": this date is an update */

/* The body stage's tables (src/words/body.c). */
extern const words_table words_teaser_prefixes;    /* "read more", "lea también": a link to elsewhere */
extern const words_table words_prompt_prefixes;    /* "abonnez-vous", "back to top": asks the reader */
extern const words_table words_follow_words;   /* "follow", "folge": a follow button's verb before "@handle" */
extern const words_table words_channel_asks;     /* "follow us", "únete": a publication asks to be followed */
extern const words_table words_channel_names;    /* "telegram", "youtube", "ios": its channels, whole words */
extern const words_table words_rights_phrases;   /* "all rights reserved": a publisher's imprint line */
extern const words_table words_disclaimer_phrases; /* "views expressed": a post speaks for its author only */
extern const words_table words_link_mark_words;   /* "(*)", "sternchen": how a link-disclosure footnote names its mark */
extern const words_table words_affiliate_words;    /* "affiliate", "partner-link": what a link-disclosure footnote names */
extern const words_table words_post_self_refs;    /* "dieser beitrag", "this post": how a disclosure names its post */
extern const words_table words_post_self_nouns;   /* "artikel", "post": what a template calls the post before its quoted headline */
extern const words_table words_sponsor_phrases;    /* "in zusammenarbeit mit", "sponsored by": what a disclosure says of its post */
extern const words_table words_review_phrases;     /* "medically reviewed", "von medizinern geprüft": a review note on the post */
extern const words_table words_review_labels;      /* "medically reviewed by", "fact checked by": a review credit line's label */
extern const words_table words_ad_labels;          /* "anzeige", "sponsored": the label a sponsored post's note opens with */
extern const words_table words_link_nouns;        /* "link", "lien": what a disclosure calls the links it names */
extern const words_table words_ask_connectives;   /* "then ": opens an ask that answers a question line */
extern const words_table words_comment_words;      /* "comment", "komment": a note about commenting */
extern const words_table words_login_words;        /* "log in", "anmelden": ... needs an account */
extern const words_table words_publication_of;     /* "is a publication of": a publisher's colophon line */
extern const words_table words_site_operator_phrases; /* "this website is operated by": a site's imprint sentence */
extern const words_table words_release_names;     /* "presseinfo", "news release": a release's number line */
extern const words_table words_contact_phone_labels; /* "tel", "fax", "mobil": a card's phone label */
extern const words_table words_release_self_refs; /* "this press release": a release's note on itself */
extern const words_table words_risk_warnings;     /* "your capital is at risk": an investment risk notice */
extern const words_table words_file_readers;      /* "acrobat": the program a download note names */
extern const words_table words_back_prefixes;      /* "zurück zu": a way back, not a prompt heading */
extern const words_table words_credit_prefixes;    /* "foto:", "credit:": a picture or source credit */
extern const words_table words_here_links;         /* "here", "hier": a link that only points elsewhere */
extern const words_table words_here_link_actions; /* "click here to": a "here" link that names its action */
extern const words_table words_page_words;         /* "page", "seite": names a page number in a URL */
extern const words_table words_counter_betweens;   /* " of ", " von ": between a gallery counter's numbers */
extern const words_table words_file_size_units;    /* "kb", "mo": a file size's unit */
extern const words_table words_author_headings;    /* "about the author": the author box at the end */
extern const words_table words_furniture_headings; /* "related articles": opens a furniture section */
extern const words_table words_post_nouns;        /* "artikel", "stories": the noun ending a furniture heading of posts */
extern const words_table words_comment_headings;   /* "comments": opens the comment section */
extern const words_table words_comment_counted_headings; /* "diskuse": the comment section's heading only with a count ("Diskuse (4)") */
extern const words_table words_comment_any_count_headings; /* "komentar": the comment section's heading only with a count, leading or in brackets ("3 Komentar") */
extern const words_table words_name_headings;      /* "more by ": a person's other work */
extern const words_table words_also_on_prefixes;   /* "auch auf ": more of the site under its host name */
extern const words_table words_comment_title_prefixes; /* "thoughts on ": after a count, a comment section's title */
extern const words_table words_home_page_titles; /* "home", "startseite": a whole <title> that names only the home page */
extern const words_table words_count_words;        /* "one": a count spelled as a word */
extern const words_table words_view_count_words;   /* "mal gelesen", "views": a view counter's word */
extern const words_table words_reservation_phrases; /* "behält sich vor", "reserve the right": an editors' reservation */
extern const words_table words_reader_post_words;  /* "komment", "lesermeinung": readers' posts */
extern const words_table words_consent_phrases;    /* "ohne dein einverständnis": an embed's consent placeholder */
extern const words_table words_liability_notes;    /* "alle angaben ohne gewähr": a liability note line */
extern const words_table words_reading_time_phrases; /* "lesezeit", "min read": a reading-time estimate line */
extern const words_table words_media_labels;       /* "video", "bildergalerie": an embedded media item's title label */
extern const words_table words_pointer_openers;    /* "mehr informationen zu": a long kicker before a headline link */
extern const words_table words_series_part_labels; /* "next", "nächster teil": a series' part pointer before a colon */
extern const words_table words_post_nav_labels; /* "previous post", "vorgängerbeitrag": a post's navigation link or its label */
extern const words_table words_pointer_lines;      /* "mehr infos", "hier geht es zur": a publisher's pointer line */
extern const words_table words_more_questions;    /* "want to know more", "du suchst noch mehr": a question offering more pieces */
extern const words_table words_appeal_openers;     /* "if you made it this far", "si llegaste hasta acá": opens an appeal run at the end */
extern const words_table words_about_us_pointers;  /* "mehr über uns", "learn more about us": an organisation's profile ends so */
extern const words_table words_pointer_line_ends;  /* "findest du hier": ends a pointer lead-in before its colon */
extern const words_table words_more_words;        /* "weitere", "more": opens a pointer lead-in that ends in words_pointer_line_ends */
extern const words_table words_subscription_segments; /* "abo", "subscribe": a host label or path segment of the site's subscription page */
extern const words_table words_comment_count_words; /* "comments", "kommentare": a comment counter line's word */
extern const words_table words_count_totals;        /* "insgesamt", "total": beside a counter's word */
/* 1 when the lower-cased line t is only a count of comments: "[5] comments",
 * "10 kommentare", "kommentare insgesamt: 0", "comments (3)" (the body's
 * counter lines, the headline rules' comment-section h1). */
int words_comment_count_line(const char *t);
extern const words_table words_tip_compound_ends; /* "tipp": the end of a compound tip label ("Spartipp") */
extern const words_table words_tip_labels;        /* "tipp", "tip": a shop tip label's last word */
extern const words_table words_meta_part_labels;   /* "hinzugefügt von", "rating": a metadata bar's part label */
extern const words_table words_donation_path_segments; /* "donate", "spenden": a donation page's path segment */
extern const words_table words_support_asks;    /* "ihre unterstützung", "your support": a support appeal's ask */
extern const words_table words_donation_words;   /* "spende", "donat": word beginnings naming giving */
extern const words_table words_house_voice_words; /* "our", "unsere", "nuestro": a publisher speaking of itself */
extern const words_table words_house_newsroom;    /* "nuestra redacción", "our newsroom": a publisher naming its newsroom */
extern const words_table words_payment_words;    /* "iban", "paypal": ways to pay an appeal names */
extern const words_table words_currency_words;   /* "euro", "€": a currency after an amount */
extern const words_table words_about_prefixes;     /* "about ", "über ": a release's company profile */
extern const words_table words_about_prefixes_contact; /* "tentang ": a profile's prefix only with a contact heading after it */
extern const words_table words_about_suffixes; /* "hakkında": the same word after the name (only with a contact heading after it) */
extern const words_table words_about_prefixes_nl; /* "over ": a profile's prefix that is an everyday word elsewhere, before a Dutch legal form */
extern const words_table words_about_prefixes_nordic; /* "om ": the same, before a Nordic legal form */
extern const words_table words_contact_headings;   /* "media contact": a release's press-office block */
extern const words_table words_byline_prefixes;    /* "by ", "von ": a byline line */
extern const words_table words_tool_links;       /* "Druckansicht": an article tool's link text */
extern const words_table words_reply_actions;     /* "reply": a comment's reply link */
extern const words_table words_toc_labels;        /* "table of contents": a table of contents' label, whole text */
extern const words_table words_taxonomy_labels;   /* "tags:": a line of a post's tags or categories */
extern const words_table words_taxonomy_mid_labels; /* "abgelegt unter:", "kategorie:": a taxonomy label after a short lead-in */
extern const words_table words_bio_verbs;          /* "is ", "covers ": after the author's name, a bio */
extern const words_table words_name_titles;        /* "prof. ", "dr. ": before a name in a bio line */
extern const words_table words_bio_roles;          /* "reporter", "redakteur": the job a bio names */
extern const words_table words_bio_first_person;   /* "i'm ", "ich bin ": a bio in the first person */
extern const words_table words_name_line_determiners; /* "die", "the": a noun phrase, no name's line */
extern const words_table words_site_blurb_verbs;   /* "is the ", "ist ein ": after the site's name, its self-description */
extern const words_table words_app_offer_phrases; /* "ist auch als ", "is also available ": after the site's name, its app offer */
extern const words_table words_app_words; /* "app", "application", "aplicación": the app an offer phrase names */
extern const words_table words_dateline_prefixes;  /* "published", "stand:": a dateline */

/* Class/id words (src/words/classes.c). */
extern const words_table words_class_furniture_prefixes; /* "comment", "related": page furniture, also longer words */
extern const words_table words_class_state_prefixes;    /* "has-", "no-": a class token stating what a box holds, not what it is */
extern const words_table words_class_furniture_words;    /* "promo", "nav": page furniture, whole words only */
extern const words_table words_class_comment_prefixes;   /* "comment", "disqus": the comment section */
extern const words_table words_class_event_prefixes;     /* "events", "veranstaltung": a box of events or a calendar */
extern const words_table words_class_banner_names;      /* "masthead", "site-header": a page banner's whole class token */
extern const words_table words_class_logo_words;         /* "logo", "site-title": a site's name heading, anywhere in the value */
extern const words_table words_class_label_title_owners; /* "section", "widget": before "-title", a section's label, not the story's */
extern const words_table words_class_image_skip_words;   /* "icon", "avatar", "pixel": an image that is no picture of the story */
extern const words_table words_class_credit_prefixes;    /* "credit", "copyright": a picture's credit line */
extern const words_table words_class_dialog_close_words; /* "close", "dismiss": a dialog's close control */
extern const words_table words_class_comment_section_prefixes; /* "comment", "disqus": a reader comment section */
extern const words_table words_class_comment_author_prefixes;  /* "author", "fn": a comment's author */
extern const words_table words_class_comment_section_names; /* "comments", "comment-list": a whole id or token of the thread's box */
extern const words_table words_class_page_footer_names; /* "footer", "site-footer": a whole id or token of the page's footer box */
extern const words_table words_class_comment_box_names;     /* "comment", "post": a whole class token of one comment's box */
extern const words_table words_class_icon_prefixes;         /* "fa-", "glyphicon-": an icon font's glyph class */
extern const words_table words_class_comment_content_prefixes; /* "content", "message": a comment's text */
extern const words_table words_class_comment_date_prefixes;    /* "date", "time": a comment's date */
extern const words_table words_class_comment_skip_prefixes;    /* "reply", "meta": comment furniture */
extern const words_table words_class_comment_form_prefixes;    /* "form", "respond": the reply form, no comment */
extern const words_table words_class_comment_widget_prefixes;  /* "widget", "recent": a list of other posts' comments */

/* Hints anywhere in a class/id value ("post-date", "c-byline__name"),
 * with what they mark: WORDS_HINT_* bits. At least 4 bytes each, first
 * a-z, at most WORDS_CLASS_HINTS_MAX entries (test_words.c checks). */
/* WORDS_HINT_TITLE_WORD: the bare word "title" anywhere ("h-title",
 * "news_title", "subtitle"): only a candidate, which the metadata stage
 * judges by the word before it (src/meta/title_inputs.c, meta_names_headline_class). */
enum { WORDS_HINT_BYLINE = 1, WORDS_HINT_DATE = 2, WORDS_HINT_TITLE = 4, WORDS_HINT_TITLE_WORD = 8 };
#define WORDS_CLASS_HINTS_MAX 128
extern const words_map words_class_hints;
extern const words_table words_class_date_hint_other_before; /* "up"date, "vali"date: no date element */
extern const words_table words_class_time_hint_other_before; /* "run"time, "life"time */
extern const words_table words_class_author_hint_other_after; /* author"it"y: no byline element */
extern const words_table words_class_time_hint_other_after;  /* time"r", time"zone", mul-time-"dia" ("timeline" stays a date word) */

/* schema.org types of JSON-LD objects (src/words/schema.c). */
extern const words_table words_schema_article_types; /* "newsarticle", "blogposting": a story */
extern const words_table words_schema_forum_types;   /* "discussionforumposting": a forum member's post */
extern const words_table words_schema_page_types;    /* "webpage", "itempage": a page that may stand in */
extern const words_table words_schema_org_types;     /* "organization", "newsmediaorganization": an author that is no person */

/* Byline cleaning's tables (src/words/author.c). */
extern const words_table words_author_prefixes;    /* "by", "written by", "von": lead a byline, longest wins */
extern const words_table words_author_junk;        /* "follow", "staff writer": never a name (weekdays: words_author_weekdays) */
extern const words_table words_author_credentials; /* "md", "phd", "jr.": after a comma, not a person */
extern const words_table words_author_academic_titles; /* "dr.", "prof.": an academic title before a name */
extern const words_table words_author_title_words; /* "senior", "contributing": a job title before a name */
extern const words_table words_author_role_nouns;  /* "writer", "korrespondentin": ends that job title */
extern const words_table words_author_tlds;       /* "com", "it": a site's address ending a name word ("Example.it") */
extern const words_table words_author_tails;       /* "by", "von": a fragment cut after them */
extern const words_table words_author_trailing_labels; /* "follow": a button after the name in an author card */
extern const words_table words_author_countries;    /* "germany": the last part of an address given as the author */
extern const words_table words_author_roles;        /* "staff", "editor": anywhere in a comma part, a role, not a person */
extern const words_table words_author_stop_particles; /* "le ", "el ": a stop that is a particle before a capitalised word */
extern const words_table words_author_particles;    /* "van ", "de ": the lower-case words a surname may start with */
extern const words_table words_author_stops;        /* " | ", " updated", " am ": where a list of names ends */
extern const words_table words_author_with_words;   /* "avec ", "with ": an aside of co-authors opens with it */
extern const words_table words_author_credit_leads; /* "con información de ": opens a closing credit before its agencies */
extern const words_table words_author_joins;        /* "and ", "y ": joins names in a list */
extern const words_table words_author_by_words;     /* " by ", " von ": the names follow it after a leading date */
extern const words_table words_author_desks;        /* "redaktion", "team": a desk's or shared account's name, not a person */
/* words_author_legal_forms: a form (of a name an author line may carry);
 * a Dutch or Flemish one; a Swedish, Danish or Norwegian one, read only
 * after a release's "Om" heading (without WORDS_LEGAL_FORM: "AB", "AS"
 * are no forms the author rules read) */
enum { WORDS_LEGAL_FORM = 1, WORDS_LEGAL_FORM_NL = 0x200, WORDS_LEGAL_FORM_NORDIC = 0x400 };
extern const words_map words_author_legal_forms;    /* "GmbH" as firms write it: a company's or association's legal form, the last word of an organisation's name (sorted case-blind) */
/* The flags of the legal form s[0..len) (words_author_legal_forms), found
 * ASCII case-blind (binary search: words_map_entry_ci), and in *spelled
 * (may be NULL) the form as firms write it; 0 when s is none. */
int words_legal_form(const char *s, size_t len, const char **spelled);
extern const words_table words_author_name_articles; /* "der ": the article before a first name signed alone ("der Kasimir") */
extern const words_table words_author_org_units;    /* "fraktion", "verband": an organisation or its unit after "ACRONYM - " */
extern const words_table words_author_org_last_nouns; /* "foundation", "fraktion": the last word of an organisation's name */
extern const words_table words_author_org_compound_tails; /* "fraktion", "verlag": the end of a German compound naming an organisation */
extern const words_table words_author_place_labels; /* "ort", "location": a place or date field's label, no byline */
extern const words_table words_author_credit_openers; /* "photo", "edited by": a byline line crediting someone else */
extern const words_table words_author_site_articles;  /* "the", "el": a site name posing as the author opens like a publication's */
extern const words_table words_author_paper_nouns; /* "rundschau", "courier": ends a newspaper's name */
extern const words_table words_author_blog_nouns; /* "blog": ends a blog's name, whose first words are its account */
extern const words_table words_author_site_org_nouns; /* "foundation", "verlag": ends an organisation's name, not a writer's */
extern const words_table words_author_agencies;       /* "associated press": an agency named in words, a byline */
extern const words_table words_author_lower_agencies; /* "dpa", "epd": an agency's name in lower case, a byline */
extern const words_table words_author_agency_letters; /* "afp", "ap": an agency credited by its letters in the text */
extern const words_table words_author_weekdays;     /* "monday", "montag": between a name and its date, the date's */

/* Quote attribution's tables (src/words/quotes.c). */
extern const words_table words_quote_speech_verbs; /* speech verbs, English, German, French: "said", "sagte", "déclaré" */
extern const words_table words_quote_participles; /* participles whose speaker is the clause's subject: "adding", "ajoutant" */
extern const words_table words_quote_after_quote; /* cues only right after a closing mark: German "so" */
extern const words_table words_quote_according; /* cues whose source follows: "according (to)", "laut", "selon" */
extern const words_table words_quote_titles; /* titles and roles before a name: "sen.", "spokeswoman", "bundeskanzlerin", "mme" */
extern const words_table words_quote_role_endings; /* "chef", "rätin": a German compound ending so is a role ("Konzernchef") */
extern const words_table words_quote_honorifics_bare; /* "mr", "dr": honorifics without their dot */
extern const words_table words_quote_pronouns_male; /* pronouns for a man: "he", "er", "il" */
extern const words_table words_quote_pronouns_female; /* pronouns for a woman: "she", "sie", "elle" */
extern const words_table words_quote_pronouns_plural; /* plural pronouns: "they", "sie", "ils" */
extern const words_table words_quote_pronouns_first; /* first-person pronouns: "i", "we", "je" */
extern const words_table words_quote_between; /* words between a speaker and the verb: "also", "has", "a" (French auxiliary) */
extern const words_table words_quote_stops; /* function words and days: a speaker mention never runs across them */
extern const words_table words_quote_determiners; /* determiners: a mention found walking back starts at one */
extern const words_table words_quote_name_openers; /* sentence adverbs and months before a name, no part of it: "maybe", "june" */
extern const words_table words_quote_abbrevs; /* abbreviations whose dot ends no sentence: "u.s.", "jr." */
extern const words_table words_quote_first_names_male; /* first names most often of men (a gender hint for pronouns) */
extern const words_table words_quote_first_names_female; /* first names most often of women */
extern const words_table words_quote_org_words; /* head words of organisations: "committee", "post", "partei" */
extern const words_table words_quote_titles_male; /* titles that say a man: "mr.", "herr" (each also in titles) */
extern const words_table words_quote_titles_female; /* titles that say a woman: "mrs.", "frau", "kanzlerin" */
extern const words_table words_quote_be_forms; /* forms of "be" between a subject and its verb */
extern const words_table words_quote_relatives; /* relative pronouns standing for a speaker: "who", "which" */
extern const words_table words_quote_subject_conjunctions; /* a capitalised run after one is a subject: "when Keller walked" */
extern const words_table words_quote_clause_conjunctions; /* conjunctions that open a clause: "though", "obwohl" */
extern const words_table words_quote_joiners; /* words joining the parts of a mention: "of", "von", "bin" */
extern const words_table words_quote_prepositions; /* prepositions: a phrase after one is no speaker */
extern const words_table words_quote_complementizers; /* "that", "dass", "que": open a reported clause */
extern const words_table words_quote_phrase_cues; /* two-word cues: "put it", "pointed out" */
extern const words_table words_quote_phrase_cues_participle; /* two-word participle cues: "pointing out" */
extern const words_table words_quote_phrase_cues_quotes; /* two-word cues of talking about a topic, for quotes only: "talked about" */
extern const words_table words_quote_phrase_cues_final; /* two-word cues before punctuation or a quote only: "went on" */
extern const words_table words_quote_coordinators; /* "and", "und", "et": a second verb keeps the subject */
extern const words_table words_quote_clause_coordinators; /* "and", "but": open a clause before a speech verb */
extern const words_table words_quote_contrasts; /* "but", "aber", "mais": end a reported clause */
extern const words_table words_quote_list_coordinators; /* "and", "or": go on with a list of quotes or clauses */
extern const words_table words_quote_clause_ends_after_quote; /* "when": ends a reported clause right after its closing mark */
extern const words_table words_quote_participle_leads; /* "before", "while": between a comma and a participle cue */
extern const words_table words_quote_name_particles;          /* "de", "van": inside a name; open a family name when capitalised */
extern const words_table words_quote_name_particles_lower;    /* "al", "bin": inside a name in lower case only */
extern const words_table words_quote_name_nonstarters; /* "sowohl", "afterwards": open a sentence, never a name */
extern const words_table words_quote_name_ranks; /* "king", "pope": a rank that stays before a name */
extern const words_table words_quote_indefinites; /* "a", "ein", "une": a role after one names no one */
extern const words_table words_quote_impersonal; /* "it": speaks for a statement or an organisation */
extern const words_table words_quote_object_cues; /* speech verbs that keep a plain object: "told reporters" */
extern const words_table words_quote_place_prepositions; /* "on", "in": no participle's speaker after one */
extern const words_table words_quote_infinitive_markers; /* "to": may mark an infinitive */
extern const words_table words_quote_time_nouns; /* nouns of a time phrase before the verb: "week" in "last week said" */
extern const words_table words_quote_time_modifiers; /* words before a time noun: "last", "two", "this" */
extern const words_table words_quote_time_after; /* words after a time noun: "ago" */
extern const words_table words_quote_past_irregular; /* irregular past tenses after an unnamed subject: "began", "put" */
extern const words_table words_quote_noun_verbs; /* speech verbs that are also plural nouns: "states", "comments" */
extern const words_table words_quote_quote_only_verbs; /* cues for quotes only, no reported clause: "blamed", "questioned" */
extern const words_table words_quote_free_relatives; /* "what": a free relative; a name after it is a subject */
extern const words_table words_quote_object_relatives; /* "whom": a name after it is a subject */
extern const words_table words_quote_thing_relatives; /* "which": after a quote's comma, a clause on the quote */
extern const words_table words_quote_according_heads; /* "according": a source cue that takes a preposition */
extern const words_table words_quote_according_preps; /* "to": the preposition after "according" */
extern const words_table words_quote_according_nouns; /* "angaben": a source cue after "nach" */
extern const words_table words_quote_according_noun_preps; /* "nach": the preposition before "Angaben" */
extern const words_table words_quote_agent_markers; /* "by": a passive's agent follows */
extern const words_table words_quote_passive_address_verbs; /* "asked", "told": a passive's agent is the speaker */
extern const words_table words_quote_onward_particles; /* "on": "went on to say" */
extern const words_table words_quote_auxiliaries; /* "has", "would": a reported clause with one has its own predicate */
extern const words_table words_quote_speech_nouns; /* "claim", "remark": a cue after a possessor and before "that" */
extern const words_table words_quote_possessives_male; /* "his": a possessor that speaks, read as "he" */
extern const words_table words_quote_possessives_female; /* "her": read as "she" */
extern const words_table words_quote_possessives_plural; /* "their": read as "they" */
extern const words_table words_quote_possessives_any; /* "sa", "son": a possessor of either gender */
extern const words_table words_quote_possessives_first; /* "my", "mein": the first person's, opening no name */
extern const words_table words_quote_noun_relatives; /* "laquelle": "selon laquelle" after a noun of speech */
extern const words_table words_quote_naming_participles; /* "called": after a noun, before a name, no speech */
extern const words_table words_quote_place_nouns; /* "house", "palace": a quoted name after a possessive that ends with one is a place's */
extern const words_table words_quote_continuing_participles; /* "adding": the speaker goes on, a next quote is the clause's */

#endif

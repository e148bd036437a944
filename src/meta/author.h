/* author.h: turning author strings (meta tags, JSON-LD, visible
 * bylines) into clean person names: "By Jane Doe and John Roe, Staff
 * Writers | March 3, 2019" -> ["Jane Doe", "John Roe"]. */
#ifndef LEDE_EXTRACT_META_AUTHOR_H
#define LEDE_EXTRACT_META_AUTHOR_H

#include "core/arena.h"
#include "article.h"

/* Most names kept per page: more is a contributor list, not a byline. */
#define AUTHOR_MAX 10

/* Cleans s (one declared author value: may still hold "By", several
 * names, a role or a date), appends the names not already in out.
 * Returns the number added, -1 on OOM. */
int author_add(arena *a, str_list *out, const char *s);

/* Same for the visible text of a byline element, lines separated by '\n':
 * each line is cleaned; lines that are dates, "Updated ..." or "Edited
 * by ..." give nothing. */
int author_add_byline(arena *a, str_list *out, const char *text);
/* The same for an element classed or id'd "dateline": a part before a
 * closing dash is its place, whatever its case. */
int author_add_dateline_byline(arena *a, str_list *out, const char *text);

/* Same for a byline element the page marks as its author (class author,
 * rel=author): "Malte, 12. Mai 2004" there is a writer's signature, not
 * a place and a date (the dateline rule is not tried). */
int author_add_marked_byline(arena *a, str_list *out, const char *text);

/* 1 when a byline's text holds an aside in brackets (other than one that
 * opens with a "with" word, a co-author list) or a word that credits
 * someone else (words_author_credit_openers: "Foto", "Photo", "Edited
 * by"): "Von Jane Doe und John Roe (Fotos)" names a photographer among
 * the writers. */
int author_byline_credits(const char *text);

/* An unmarked byline block right under the headline: a line of two or
 * three capitalised words (no role, no digits) over a line that is a date,
 * "Nellie Chapman\nMarch 15, 2019". Adds that name; 0 when the block is
 * not of that shape, -1 on OOM. */
int author_add_name_over_date(arena *a, str_list *out, const char *text);

/* 1 when s starts with a byline word ("By ", "Von ", "Par ", "Written
 * by"...) followed by more text: an unmarked line that still names the
 * author. */
int author_has_prefix(const char *s);

/* 1 when the cleaned name s is a desk's or a shared account's ("Redaktion
 * Example Zeitung", "Example-Team", "Newsroom"): it names no person. */
int author_is_desk(const char *s);

/* 1 when the cleaned name s is a news agency's: one word of two to five
 * capitals ("AFP"), an agency writing its name in lower case ("dpa"), or
 * one named in words ("Associated Press", words_author_agencies). */
int author_is_agency(const char *s);

/* 1 when s is a news agency known by name: one of the lower-case agencies
 * ("dpa"), the agencies named in words ("Associated Press") or by their
 * letters ("AFP", "EFE": words_author_agency_letters). */
int author_is_named_agency(const char *s);

/* 1 when s is two or three ASCII capitals that are no known agency's
 * letters (author_is_named_agency): "PP", "KLM", an editor's initials as
 * much as an organisation's short name. */
int author_is_initials(const char *s);

#endif

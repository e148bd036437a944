/* date.h: reading publication dates: machine formats (ISO 8601, RFC 2822,
 * compact 20190315), human formats in page text ("March 15, 2019",
 * "15. März 2019", "15/03/2019", "2019年3月15日"), dates in URL paths, and
 * plausibility rules. Pure functions: no global state, no locale. */
#ifndef LEDE_EXTRACT_DATE_H
#define LEDE_EXTRACT_DATE_H

#include <stddef.h>

#include "core/arena.h"

typedef struct date_val {
    int y, m, d;            /* calendar day; y == 0 means unset */
    int hh, mi, ss;
    int has_time;
    int has_tz, tz_min;     /* offset east of UTC in minutes; 'Z' is has_tz with 0 */
    int tz_z;               /* written as 'Z' */
} date_val;

/* Earliest year accepted: the web had next to no dated news before 1995,
 * and older numbers on pages are almost always something else. */
#define DATE_MIN_YEAR 1995

/* Today (UTC) as y*10000 + m*100 + d. */
int date_today(void);

/* 1 when d is a real calendar day in [DATE_MIN_YEAR-01-01, today]. */
int date_plausible(const date_val *d, int today);

/* Parses a machine-readable date that fills the whole string (leading and
 * trailing blanks allowed): ISO 8601 with optional time and offset,
 * YYYY/MM/DD, YYYYMMDD, RFC 2822 ("Fri, 15 Mar 2019 10:00:00 +0000"), and
 * as a fallback any human format date_find_text() knows. 1 on success. */
int date_parse(const char *s, date_val *out);

/* Bits of the mdy argument below. */
#define DATE_MONTH_FIRST 1   /* 03/04/2019 reads month first (US English pages) */
#define DATE_BUDDHIST_PAGE 2 /* a page declared Thai or Lao: "5/3/2567" is Buddhist era */

/* Finds the first plausible date written in free text s[0..n). mdy
 * (DATE_MONTH_FIRST, DATE_BUDDHIST_PAGE): when 03/04/2019 is ambiguous,
 * read month first (US English pages); a numeric year of the Buddhist
 * era's range is that era. Sets *at and *end to the match's byte offsets
 * when not NULL. 1 on success. */
int date_find_text(const char *s, size_t n, int mdy, int today, date_val *out, size_t *at, size_t *end);

/* The same search, stopped where no date can start before byte limit: the
 * first date of s[0..n) when it starts before limit, else 0 (where
 * date_find_text would give 0 or a date at or after limit). For callers
 * that want a date at the start or near it (limit 1: a line that opens
 * with a date) without reading the whole line for one. */
int date_find_text_before(const char *s, size_t n, size_t limit, int mdy, int today, date_val *out, size_t *at,
                          size_t *end);

/* 1 when s[0..n) may hold a digit of a script of its own that the text
 * searches read as 0-9 (Arabic-Indic, Persian, the Indic scripts', Thai,
 * Lao, Myanmar, Khmer, fullwidth): a quick test for callers that pass
 * over text without digits. It may say 1 for text without such a digit
 * (any text with the lead bytes D9, DB or E0), never 0 for text with one. */
int date_may_hold_native_digit(const char *s, size_t n);

/* 1 when s[0..n) is a clock time alone ("21:44", "| 9:44 PM", "18h05",
 * "14:30 Uhr": blanks and one separator before it, a short word of at
 * most four letters after it); sets d's time fields only. For a date
 * line whose clock sits in an element of its own. */
int date_clock_text(const char *s, size_t n, date_val *d);

/* Finds /2019/03/15/, /2019-03-15, _20190315 and the like in a URL. */
int date_from_url(const char *url, int today, date_val *out);

/* ISO 8601 text: "2019-03-15", or "2019-03-15T10:20:30+01:00" when a time
 * was given. NULL on OOM. */
char *date_format(arena *a, const date_val *d);

#endif

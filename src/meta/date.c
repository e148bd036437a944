/* date.c: date parsing and plausibility (see date.h). */
#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/chars.h"
#include "text.h"
#include "words/words.h"

/* Month numbers above JALALI are Solar Hijri (Persian calendar) months. */
#define JALALI WORDS_JALALI

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

/* Civil date of a day count since 1970-01-01 (Howard Hinnant's
 * algorithm), so no gmtime() and no shared static buffer. */
static void civil_from_days(long long days, int *y, int *m, int *d)
{
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Today (UTC) as yyyymmdd. */
int date_today(void)
{
    int y, m, d;
    civil_from_days((long long)(time(NULL) / 86400), &y, &m, &d);
    return y * 10000 + m * 100 + d;
}

static int valid_day(int y, int m, int d) { return y > 0 && d >= 1 && d <= days_in_month(y, m); }

/* Solar Hijri (Persian calendar) years of the web's era: 1373 began in
 * March 1994. The lunar Hijri years of the same era are 1415 and later,
 * so a year up to JALALI_MAX_YEAR written y/m/d is read as Solar Hijri. */
#define JALALI_MIN_YEAR 1373
#define JALALI_MAX_YEAR 1412

/* Solar Hijri day to Gregorian (the arithmetic of the jdf.scr.ir
 * converter, exact for 1178-1633 SH). 0 when not a real day. */
static int jalali_to_gregorian(int jy, int jm, int jd, int *gy, int *gm, int *gd)
{
    if (jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30))
        return 0;
    jy += 1595;
    long days = -355668L + 365L * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + jd +
                (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
    int y = 400 * (int)(days / 146097);
    days %= 146097;
    if (days > 36524) {
        days--;
        y += 100 * (int)(days / 36524);
        days %= 36524;
        if (days >= 365)
            days++;
    }
    y += 4 * (int)(days / 1461);
    days %= 1461;
    if (days > 365) {
        y += (int)((days - 1) / 365);
        days = (days - 1) % 365;
    }
    int d = (int)days + 1, m = 1;
    while (m <= 12 && d > days_in_month(y, m))
        d -= days_in_month(y, m++);
    *gy = y, *gm = m, *gd = d;
    return m <= 12;
}

/* Stores the calendar day y-m-dd in d, converting a Solar Hijri date
 * (a month above JALALI, or a year in the Solar Hijri range); 1 when the
 * result is a real Gregorian day. */
static int set_day(date_val *d, int y, int m, int dd)
{
    if (m > JALALI || (y >= JALALI_MIN_YEAR && y <= JALALI_MAX_YEAR)) {
        if (y < JALALI_MIN_YEAR || y > JALALI_MAX_YEAR ||
            !jalali_to_gregorian(y, m > JALALI ? m - JALALI : m, dd, &y, &m, &dd))
            return 0;
    }
    d->y = y, d->m = m, d->d = dd;
    return valid_day(y, m, dd);
}

int date_plausible(const date_val *d, int today)
{
    if (!valid_day(d->y, d->m, d->d) || d->y < DATE_MIN_YEAR)
        return 0;
    /* One day of slack: a page stamped in a time zone ahead of UTC may be
     * "tomorrow" for us. */
    int ymd = d->y * 10000 + d->m * 100 + d->d;
    int tomorrow = today + 1;
    if (today % 100 >= days_in_month(today / 10000, (today / 100) % 100))
        tomorrow = today; /* end of month: keep it simple, no slack */
    return ymd <= tomorrow;
}

static size_t skip_blank(const char *s, size_t n, size_t i);
static int is_alpha_byte(unsigned char c);

/* Reads up to max digits; returns the count read (0 if none). */
static int read_num(const char *s, size_t n, size_t *i, int max, int *out)
{
    int v = 0, k = 0;
    while (*i < n && k < max && is_digit((unsigned char)s[*i])) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    *out = v;
    return k;
}

/* The length of a 12-hour clock's marker at s[i] after one optional
 * blank ("pm", " PM", " a.m.", Arabic " م"), 0 when none; *pm says
 * which. The marker is the whole word there (words_clock_markers: ASCII
 * letters lower-cased, dots kept, a sentence's dot after "pm" dropped):
 * "8:15 amended" has none. */
static size_t meridiem(const char *s, size_t n, size_t i, int *pm)
{
    size_t j = i < n && s[i] == ' ' ? i + 1 : i, k = j;
    char w[24];
    while (k < n && k - j < sizeof w &&
           (((s[k] | 32) >= 'a' && (s[k] | 32) <= 'z') || s[k] == '.' || (unsigned char)s[k] >= 0x80)) {
        w[k - j] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
        k++;
    }
    if (k == j || k - j >= sizeof w)
        return 0;
    int v = words_map_find(&words_clock_markers, w, k - j);
    if (!v && w[k - j - 1] == '.' && (v = words_map_find(&words_clock_markers, w, k - j - 1)) != 0)
        k--;
    if (!v)
        return 0;
    /* German "am" is "on": "12:30 am Montag", "12:30 am 7. März" name
     * half past noon on that day (words_clock_am_weekdays); English
     * writes the marker before a weekday ("12:30 am Monday"), never
     * before a day with a dot. */
    if (k - j == 2 && w[0] == 'a' && w[1] == 'm') {
        size_t a = skip_blank(s, n, k), b = a;
        char nx[16];
        while (b < n && b - a < sizeof nx && (s[b] | 32) >= 'a' && (s[b] | 32) <= 'z') {
            nx[b - a] = (char)(s[b] | 32);
            b++;
        }
        if (a > k && b > a && b - a < sizeof nx && words_exact(&words_clock_am_weekdays, nx, b - a))
            return 0;
        size_t dgt = a;
        while (dgt < n && is_digit((unsigned char)s[dgt]) && dgt - a < 2)
            dgt++;
        if (a > k && dgt > a && dgt < n && s[dgt] == '.')
            return 0;
    }
    *pm = v == 2;
    return k - i;
}

/* Where the clock time after a date starts when a separator or a word
 * stands between them: "7. März 2021 - 14:30", "15.03.2019 | 10:20",
 * "7. März 2021 um 14:30 Uhr", "March 7, 2021 at 2:30 pm" (the words
 * table time_leads). A separator needs blanks on both sides (a blank
 * before it may have been skipped already: s[i - 1]); the digit after
 * it starts the time. 0 when none. *word is set when a word led: a
 * one-digit hour is a clock then ("um 9:30 Uhr"). */
static size_t time_lead(const char *s, size_t n, size_t i, int *word)
{
    size_t j = skip_blank(s, n, i);
    int blank_before = j > i || (i > 0 && (s[i - 1] == ' ' || (unsigned char)s[i - 1] == 0xA0));
    if (!blank_before || j >= n)
        return 0;
    size_t k = 0;
    unsigned char c = (unsigned char)s[j];
    if (c == '-' || c == '|')
        k = j + 1;
    else if (c == 0xE2 && j + 2 < n && (unsigned char)s[j + 1] == 0x80 &&
             ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94 || (unsigned char)s[j + 2] == 0xA2))
        k = j + 3; /* en dash, em dash, bullet */
    else if (c == 0xC2 && j + 1 < n && (unsigned char)s[j + 1] == 0xB7)
        k = j + 2; /* middle dot */
    if (k) {
        *word = 0;
    } else {
        char w[8];
        size_t e = j;
        while (e < n && e - j < sizeof w && s[e] != ' ' && !is_digit((unsigned char)s[e])) {
            w[e - j] = (char)((s[e] >= 'A' && s[e] <= 'Z') ? s[e] + 32 : s[e]);
            e++;
        }
        /* a lead of two words ("a las"): the table's entry that opens
         * with this word and a space, its rest next in s (more after it) */
        for (size_t q = 0; q < words_time_leads.n && e < n && s[e] == ' '; q++) {
            const char *en = words_time_leads.w[q];
            size_t wl = e - j, el = strlen(en);
            if (el > wl && el < sizeof w && en[wl] == ' ' && memcmp(en, w, wl) == 0 && n - e > el - wl &&
                memcmp(s + e, en + wl, el - wl) == 0) {
                memcpy(w + wl, en + wl, el - wl);
                e += el - wl;
                break;
            }
        }
        if (e == j || e - j >= sizeof w || !words_exact(&words_time_leads, w, e - j))
            return 0;
        k = e;
        *word = 1;
    }
    size_t t = skip_blank(s, n, k);
    if (t == k || t >= n || !is_digit((unsigned char)s[t]))
        return 0;
    return t;
}

/* The minutes' mark some write after an "h" clock's minutes: "18h05min"
 * (the clock's notation, like the "h": skipped, not a word after it) */
#define CLOCK_H_MINUTES "min"

/* Optional time part after a date: [T ]HH:MM[:SS[.frac]][ ]?(Z|+HH[:MM]|UTC|GMT),
 * or a 12-hour clock, H:MM or HH:MM then am/pm ("8:15 PM", "08:15pm",
 * "12:05 a.m."): read as the 24-hour time it names. Without the marker
 * "08:15pm" was read as 08:15 and "12:05 AM" as noon, twelve hours off,
 * and a one-digit hour ("8:15 PM") gave no time; a wrong clock time also
 * misleads the local-line test (`localize` in date_pick.c), which takes
 * a date line's day when its clock differs from a UTC stamp's by a real
 * offset. */
static void read_time(const char *s, size_t n, size_t *pi, date_val *d)
{
    size_t i = *pi, lead;
    int word = 0;
    if ((lead = time_lead(s, n, i, &word)) != 0)
        i = lead;
    else if (i < n && (s[i] == 'T' || s[i] == 't' || s[i] == ' '))
        i++;
    else if (i < n && s[i] == ',' && i + 1 < n && s[i + 1] == ' ')
        i += 2;
    int hh, mi, ss = 0, pm = 0;
    int hd = read_num(s, n, &i, 2, &hh);
    /* French and Portuguese write the clock with an "h": "21h44", "à
     * 18 h 05", "18h05min". No seconds, zone or marker follow. A
     * one-digit hour is a clock only after a word that introduces one
     * ("à 9h05", "às 9h05"), as with a colon: after a mark or a blank,
     * "7 mars 2021 · 1h30" is a video's length or a reading time, a
     * duration, and sets no time. */
    if (hd >= 1 && i < n && (s[i] == 'h' || s[i] == 'H' || (s[i] == ' ' && i + 2 < n && s[i + 1] == 'h' && s[i + 2] == ' '))) {
        if (hd == 1 && !word)
            return;
        size_t k = s[i] == ' ' ? i + 3 : i + 1;
        if (s[i] == ' ' && k < n && s[k] == ' ')
            return;
        if (read_num(s, n, &k, 2, &mi) != 2 || (k < n && is_digit((unsigned char)s[k])) || hh > 23 || mi > 59)
            return;
        if (n - k >= sizeof CLOCK_H_MINUTES - 1 && memcmp(s + k, CLOCK_H_MINUTES, sizeof CLOCK_H_MINUTES - 1) == 0)
            k += sizeof CLOCK_H_MINUTES - 1;
        if (k < n && is_alpha_byte((unsigned char)s[k]))
            return;
        d->hh = hh, d->mi = mi, d->ss = 0;
        d->has_time = 1;
        *pi = k;
        return;
    }
    if (hd < 1 || i >= n || s[i] != ':')
        return;
    i++;
    if (read_num(s, n, &i, 2, &mi) != 2)
        return;
    if (i < n && s[i] == ':') {
        i++;
        if (read_num(s, n, &i, 2, &ss) != 2)
            return;
        if (i < n && (s[i] == '.' || s[i] == ',')) {
            i++;
            while (i < n && is_digit((unsigned char)s[i]))
                i++;
        }
    }
    size_t ml = meridiem(s, n, i, &pm);
    if (ml && hh >= 1 && hh <= 12) {
        hh = hh % 12 + (pm ? 12 : 0);
        i += ml;
    } else if (hd != 2 && !word) {
        return; /* a one-digit hour only on a 12-hour clock, or after "um", "at" */
    }
    if (hh > 23 || mi > 59 || ss > 60)
        return;
    d->hh = hh, d->mi = mi, d->ss = ss > 59 ? 59 : ss;
    d->has_time = 1;
    size_t j = i;
    if (j < n && s[j] == ' ')
        j++;
    if (j < n && (s[j] == 'Z' || s[j] == 'z') && (j + 1 >= n || !((s[j + 1] | 32) >= 'a' && (s[j + 1] | 32) <= 'z'))) {
        d->has_tz = 1, d->tz_min = 0, d->tz_z = 1;
        i = j + 1;
    } else if (j + 3 <= n && (memcmp(s + j, "UTC", 3) == 0 || memcmp(s + j, "GMT", 3) == 0)) {
        d->has_tz = 1, d->tz_min = 0;
        i = j + 3;
        j = i;
    }
    if (j < n && (s[j] == '+' || s[j] == '-')) {
        int sign = s[j] == '-' ? -1 : 1, th, tm = 0;
        size_t k = j + 1;
        if (read_num(s, n, &k, 2, &th) == 2) {
            if (k < n && s[k] == ':')
                k++;
            size_t k0 = k;
            if (read_num(s, n, &k, 2, &tm) != 2) {
                k = k0;
                tm = 0;
            }
            if (th <= 14 && tm < 60) {
                d->has_tz = 1, d->tz_z = 0;
                d->tz_min = sign * (th * 60 + tm);
                i = k;
            }
        }
    }
    *pi = i;
}

static int is_alpha_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

/* "'19", "’19": a year cut to two digits after an apostrophe ("Mar 15
 * '19", "15. März ’19"), as blogs print it. Reads it at s[*pi]; the
 * year 20YY for 00-69, 19YY for 70-99 ("'98"; a year ahead is never
 * plausible anyway), 0 when none. Only after a month name: "3 '19" is
 * no date. */
static int apostrophe_year(const char *s, size_t n, size_t *pi)
{
    size_t i = *pi;
    if (i < n && s[i] == '\'')
        i++;
    else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
        i += 3;
    else
        return 0;
    int yy;
    size_t b = i;
    if (read_num(s, n, &i, 2, &yy) != 2 || i - b != 2 || (i < n && (is_digit((unsigned char)s[i]) || is_alpha_byte((unsigned char)s[i]))))
        return 0;
    *pi = i;
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

/* 1 when p starts with a letter of U+0E00 up to the block whose second
 * UTF-8 byte is last: 0xB9 for Thai (U+0E00..U+0E7F: E0 B8 xx, E0 B9 xx),
 * 0xBB for Thai or Lao (U+0E00..U+0EFF: E0 B8..BB xx). */
static int thai_script_at(const char *p, size_t avail, unsigned char last)
{
    return avail >= 3 && (unsigned char)p[0] == 0xE0 && (unsigned char)p[1] >= 0xB8 && (unsigned char)p[1] <= last;
}

/* 1 when p starts with a Thai letter. */
static int is_thai(const char *p, size_t avail)
{
    return thai_script_at(p, avail, 0xB9);
}

/* 1 when s[j] opens a clock: "10:20", "9.05" (one or two digits, then
 * ':' or '.' and more text). */
static int thai_clock_at(const char *s, size_t n, size_t j)
{
    return j + 3 < n && is_digit((unsigned char)s[j]) &&
           ((s[j + 1] == ':' || s[j + 1] == '.') || (is_digit((unsigned char)s[j + 1]) && (s[j + 2] == ':' || s[j + 2] == '.')));
}

/* Thai date lines often shorten the Buddhist-era year to two digits:
 * "15 มี.ค. 62", "15 มี.ค. 62 10:20 น.", "15 มี.ค. 62 (10:20)". Two
 * digits after a Thai month are that year only where the line ends or a
 * clock, a bar or a comma follows them, or a bracket around a clock; a
 * count goes on with a word ("15 มีนาคม 50 คน", fifty people) or with its
 * number spelled out in brackets, as formal Thai writes it ("50 (ห้าสิบ)
 * คน"). s[k] follows the digits. */
static int thai_short_year_ends(const char *s, size_t n, size_t k)
{
    size_t j = k;
    while (j < n && (s[j] == ' ' || s[j] == '\t'))
        j++;
    if (j >= n || s[j] == '|' || s[j] == ',' || s[j] == '\n')
        return 1;
    if (s[j] == '(') {
        size_t c = j + 1;
        while (c < n && s[c] == ' ')
            c++;
        return thai_clock_at(s, n, c);
    }
    return j > k && thai_clock_at(s, n, j);
}

/* Thai (and Lao) dates count years in the Buddhist era, 543 ahead of the
 * Gregorian; its years for 1940-2100. (The Khmer, Sri Lankan and Myanmar
 * Buddhist eras are 544 ahead: a year in this range is Thai only where
 * Thai or Lao stands beside it.) */
#define BE_OFFSET 543
#define BE_MIN (1940 + BE_OFFSET)
#define BE_MAX (2100 + BE_OFFSET)

/* "15 มีนาคม 2562" is 2019-03-15: a year after a Thai month name (the word
 * at m) in the era's range is converted; a Gregorian year, which Thai
 * pages also print, is kept. Without a Thai month the year stays as
 * written (and is never plausible). */
static int buddhist_year(const char *m, size_t avail, int y)
{
    return is_thai(m, avail) && y >= BE_MIN && y <= BE_MAX ? y - BE_OFFSET : y;
}

/* 1 when s[0..n) holds a Thai or Lao letter. *known caches the answer
 * for one date_find_text call (-1: not scanned yet), so text full of
 * numbers in the era's range is scanned once, not once per number. */
static int has_thai_lao(const char *s, size_t n, int *known)
{
    if (*known < 0) {
        *known = 0;
        for (size_t i = 0; i + 2 < n && !*known; i++)
            *known = thai_script_at(s + i, n - i, 0xBB);
    }
    return *known;
}

static size_t skip_blank(const char *s, size_t n, size_t i);

/* The Levantine two-word months: "كانون الثاني" (January), "كانون الأول"
 * (December), "تشرين الأول" (October), "تشرين الثاني" (November). w is
 * the first word, rest what follows it; 0 when not one of them. */
static int levant_two_word(const char *w, size_t wn, const char *rest, size_t rn)
{
    int kanun = wn == strlen("كانون") && memcmp(w, "كانون", wn) == 0;
    int tishrin = wn == strlen("تشرين") && memcmp(w, "تشرين", wn) == 0;
    if (!kanun && !tishrin)
        return 0;
    size_t j = skip_blank(rest, rn, 0);
    static const char *const first[] = {"الأول", "الاول"}, *const second[] = {"الثاني"};
    for (size_t k = 0; k < 2; k++)
        if (rn - j >= strlen(first[k]) && memcmp(rest + j, first[k], strlen(first[k])) == 0)
            return kanun ? 12 : 10;
    if (rn - j >= strlen(second[0]) && memcmp(rest + j, second[0], strlen(second[0])) == 0)
        return kanun ? 1 : 11;
    return 0;
}

/* Greek letters without their accents, lower case: the month table holds
 * Greek names unaccented, as headers often write them in capitals
 * without tonos ("15 ΜΑΡΤΙΟΥ 2019" and "15 Μαρτίου 2019" are one word).
 * b0 b1 is a two-byte sequence of U+0386..U+03CE; returns the folded
 * code point, 0 when not a Greek letter. */
static unsigned greek_fold(unsigned char b0, unsigned char b1)
{
    unsigned cp = ((unsigned)(b0 & 0x1F) << 6) | (b1 & 0x3F);
    static const struct { unsigned from, to; } accented[] = {
        {0x386, 0x3B1}, {0x388, 0x3B5}, {0x389, 0x3B7}, {0x38A, 0x3B9}, {0x38C, 0x3BF}, {0x38E, 0x3C5},
        {0x38F, 0x3C9}, {0x390, 0x3B9}, {0x3AA, 0x3B9}, {0x3AB, 0x3C5}, {0x3AC, 0x3B1}, {0x3AD, 0x3B5},
        {0x3AE, 0x3B7}, {0x3AF, 0x3B9}, {0x3B0, 0x3C5}, {0x3CA, 0x3B9}, {0x3CB, 0x3C5}, {0x3CC, 0x3BF},
        {0x3CD, 0x3C5}, {0x3CE, 0x3C9},
    };
    for (size_t k = 0; k < sizeof accented / sizeof *accented; k++)
        if (accented[k].from == cp)
            return accented[k].to;
    if (cp >= 0x391 && cp <= 0x3A9)
        return cp + 0x20; /* capitals */
    if (cp >= 0x3B1 && cp <= 0x3C9)
        return cp;
    return 0;
}

/* Copies the month word s[0..len) into w (NUL-ended, len + 1 bytes) and
 * lower-cases it there, keeping its byte length: ASCII, Latin-1 capitals
 * (Ä -> ä, É -> é), Latin Extended-A capitals (Č -> č, Ş -> ş: Czech and
 * Turkish months), Cyrillic (with the Kazakh letters of U+048A..U+04FF),
 * Armenian, and Greek (accents dropped, see greek_fold). Georgian months
 * are written without case. */
static void fold_month_word(char *w, const char *s, size_t len)
{
    memcpy(w, s, len);
    w[len] = 0;
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c >= 'A' && c <= 'Z') {
            w[k] = (char)(c + 32);
            continue;
        }
        /* Vietnamese capitals of Latin Extended Additional (U+1EA0..U+1EF9:
         * Ộ, Ả, Ắ ...; the capitals are the even code points) and Ơ, Ư
         * (U+01A0, U+01AF): "THÁNG MƯỜI HAI" */
        if (c == 0xE1 && k + 2 < len && ((unsigned char)w[k + 1] == 0xBA || (unsigned char)w[k + 1] == 0xBB) &&
            !((unsigned char)w[k + 2] & 1) && !((unsigned char)w[k + 1] == 0xBA && (unsigned char)w[k + 2] < 0xA0)) {
            w[k + 2] = (char)((unsigned char)w[k + 2] + 1);
            k += 2;
            continue;
        }
        if (c == 0xC6 && k + 1 < len && ((unsigned char)w[k + 1] == 0xA0 || (unsigned char)w[k + 1] == 0xAF)) {
            w[k + 1] = (char)((unsigned char)w[k + 1] + 1);
            k++;
            continue;
        }
        if (k + 1 >= len || c < 0xC3 || c > 0xD5)
            continue;
        unsigned char b1 = (unsigned char)w[k + 1];
        if (c == 0xC3 && chars_latin1_capital_tail(b1)) {
            w[k + 1] = (char)(b1 + 0x20);
        } else if (c == 0xC4 || c == 0xC5) {
            /* U+0100..U+017F: capitals are the even code points, except
             * in U+0139..U+0148 and U+0179..U+017E where they are odd */
            unsigned cp = ((unsigned)(c & 0x1F) << 6) | (b1 & 0x3F);
            int odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
            if (cp != 0x130 && cp != 0x138 && cp != 0x149 && cp != 0x178 && cp != 0x17F && (cp & 1) == (unsigned)odd_upper)
                cp++;
            w[k] = (char)(0xC0 | (cp >> 6)), w[k + 1] = (char)(0x80 | (cp & 0x3F));
        } else if (c == 0xCE || c == 0xCF) {
            unsigned cp = greek_fold(c, b1);
            if (cp)
                w[k] = (char)(0xC0 | (cp >> 6)), w[k + 1] = (char)(0x80 | (cp & 0x3F));
        } else if (c == 0xD0 && b1 >= 0x80 && b1 <= 0x8F) {
            /* Ѐ..Џ -> ѐ..џ: Serbian and Macedonian Ј Љ Њ ("15. МАЈ 2019.") */
            w[k] = (char)0xD1, w[k + 1] = (char)(b1 + 0x10);
        } else if (c == 0xD0 && b1 >= 0x90 && b1 <= 0x9F) {
            w[k + 1] = (char)(b1 + 0x20); /* А..П -> а..п */
        } else if (c == 0xD0 && b1 >= 0xA0 && b1 <= 0xAF) {
            w[k] = (char)0xD1, w[k + 1] = (char)(b1 - 0x20); /* Р..Я -> р..я */
        } else if ((c == 0xD2 && b1 >= 0x8A) || (c == 0xD3 && b1 >= 0x90)) {
            /* U+048A..U+04BF, U+04D0..U+04FF (Kazakh Қ Ә Ң Ү Ұ Ғ Һ Ө):
             * capitals are the even code points */
            if (!(b1 & 1))
                w[k + 1] = (char)(b1 + 1);
        } else if ((c == 0xD4 && b1 >= 0xB1) || (c == 0xD5 && b1 <= 0x96)) {
            /* Armenian capitals U+0531..U+0556 -> U+0561..U+0586 */
            unsigned cp = (((unsigned)(c & 0x1F) << 6) | (b1 & 0x3F)) + 0x30;
            w[k] = (char)(0xC0 | (cp >> 6)), w[k + 1] = (char)(0x80 | (cp & 0x3F));
        }
        k++;
    }
}

static int read_month_word(const char *s, size_t n, size_t *pi);

/* Arabic news pages name a month twice, the Levantine name and the
 * Egyptian/Gulf one: "15 آذار/مارس 2019", "15 آذار (مارس) 2019". After the
 * first name at i, skips "/name" or " (name)" when name is the same
 * month; returns where the date goes on. */
static size_t skip_second_month_name(const char *s, size_t n, size_t i, int month)
{
    size_t j = skip_blank(s, n, i);
    int paren = j < n && s[j] == '(';
    if (!(j < n && (s[j] == '/' || paren)))
        return i;
    j = skip_blank(s, n, j + 1);
    size_t k = j;
    /* one word, read without looking for a third name */
    if (k >= n || !is_alpha_byte((unsigned char)s[k]) || read_month_word(s, n, &k) != month)
        return i;
    if (paren) {
        k = skip_blank(s, n, k);
        if (k >= n || s[k] != ')')
            return i;
        k++;
    }
    return k;
}

/* Month from the word at s[*i]; advances past it (and a trailing '.'). */
static int read_month_word(const char *s, size_t n, size_t *pi)
{
    size_t i = *pi, start = i;
    /* 40 bytes: "listopada" in Cyrillic is 18, "সেপ্টেম্বর" in Bengali 30 */
    while (i < n && is_alpha_byte((unsigned char)s[i]) && i - start < 40) {
        i++;
        /* Thai abbreviates months with inner dots ("มี.ค.", "ต.ค."): a dot
         * between two Thai letters stays in the word (the table holds
         * them without the last dot, which is skipped below). */
        if (i + 3 < n && s[i] == '.' && is_thai(s + start, i - start) && is_thai(s + i + 1, n - i - 1))
            i++;
    }
    if (i < n && is_alpha_byte((unsigned char)s[i]))
        return 0; /* word too long to be a month */
    size_t len = i - start;
    if (len < 3)
        return 0;
    int two = levant_two_word(s + start, len, s + i, n - i);
    if (two) {
        size_t j = skip_blank(s, n, i);
        while (j < n && is_alpha_byte((unsigned char)s[j]))
            j++;
        *pi = j;
        return two;
    }
    char w[48];
    fold_month_word(w, s + start, len);
    int month = words_map_find(&words_months, w, len);
    /* A word for "month" written with the name (words_month_words:
     * "اسفندماه", "မတ်လ", "ខែមីនា"; "اسفند‌ماه" after a zero-width
     * non-joiner; "اسفند ماه" a word of its own): the name is read
     * without it. A name of 3 bytes at least must stay ("ماه" alone is
     * no month). */
    static const char zwnj[] = "\xe2\x80\x8c";
    if (!month) {
        /* every entry is in a script beyond ASCII: a word that neither
         * starts nor ends with a byte from 0x80 holds none of them (the
         * most words after a number, read here for every one) */
        if ((unsigned char)w[0] < 0x80 && (unsigned char)w[len - 1] < 0x80)
            return 0;
        for (size_t e = 0; e < words_month_words.n && !month; e++) {
            const char *mw = words_month_words.e[e].w;
            size_t ml = strlen(mw);
            if (len < ml + 3)
                continue;
            if (words_month_words.e[e].v & WORDS_MONTH_WORD_BEFORE) {
                if (memcmp(w, mw, ml) == 0)
                    month = words_map_find(&words_months, w + ml, len - ml);
            } else if (memcmp(w + len - ml, mw, ml) == 0) {
                size_t m = len - ml;
                if (m >= 6 && memcmp(w + m - 3, zwnj, 3) == 0)
                    m -= 3;
                month = words_map_find(&words_months, w, m);
            }
        }
    } else {
        size_t j = skip_blank(s, n, i);
        for (size_t e = 0; e < words_month_words.n && j > i; e++) {
            if (!(words_month_words.e[e].v & WORDS_MONTH_WORD_ALONE))
                continue;
            const char *mw = words_month_words.e[e].w;
            size_t ml = strlen(mw);
            if (n - j >= ml && memcmp(s + j, mw, ml) == 0 &&
                (j + ml == n || !is_alpha_byte((unsigned char)s[j + ml]))) {
                i = j + ml;
                break;
            }
        }
    }
    if (month) {
        if (i < n && s[i] == '.')
            i++;
        *pi = i;
        return month;
    }
    return 0;
}

/* Month from the word at s[*i], with its second name if it has one
 * ("آذار/مارس"); advances past them. */
static int read_month(const char *s, size_t n, size_t *pi)
{
    int month = read_month_word(s, n, pi);
    if (month)
        *pi = skip_second_month_name(s, n, *pi, month);
    return month;
}

static size_t skip_blank(const char *s, size_t n, size_t i)
{
    while (i < n) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
            i++;
        else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        /* U+2002..U+200A (thin, hair... spaces) and U+202F (narrow NBSP):
         * typesetting spaces inside dates ("4.&thinsp;2.&thinsp;2022"). */
        else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                 (((unsigned char)s[i + 2] >= 0x82 && (unsigned char)s[i + 2] <= 0x8A) || (unsigned char)s[i + 2] == 0xAF))
            i += 3;
        else
            break;
    }
    return i;
}

/* Skips an ordinal suffix or a connective between date parts:
 * "th", "st", "nd", "rd", ".", ",", "de", "of", "del". */
static size_t skip_joiners(const char *s, size_t n, size_t i)
{
    for (int round = 0; round < 3; round++) {
        size_t j = skip_blank(s, n, i);
        if (j < n && (s[j] == ',' || s[j] == '.')) {
            i = j + 1;
            continue;
        }
        /* Bengali writes the day as an ordinal: "১লা", "২রা", "৪ঠা",
         * "১৪ই", "২১শে মার্চ" (-লা, -রা, -ঠা, -ই, -শে right after the
         * digits), as English "15th". */
        static const char *const words[] = {"th", "st", "nd", "rd", "de", "of", "del", "der",
                                            "\xE0\xA6\x87", "\xE0\xA6\xB2\xE0\xA6\xBE", "\xE0\xA6\xB0\xE0\xA6\xBE",
                                            "\xE0\xA6\xA0\xE0\xA6\xBE", "\xE0\xA6\xB6\xE0\xA7\x87"};
        int hit = 0;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
            size_t l = strlen(words[k]);
            if (j + l <= n && memcmp(s + j, words[k], l) == 0 &&
                (j + l == n || !is_alpha_byte((unsigned char)s[j + l]))) {
                i = j + l;
                hit = 1;
                break;
            }
        }
        if (!hit)
            return j;
    }
    return skip_blank(s, n, i);
}

/* The Vietnamese number word at s[*pi] (words_vi_month_numbers: "Ba",
 * "mười", "Giêng"), case folded; its number, 0 when none. Advances past
 * it. */
static int vi_month_number_word(const char *s, size_t n, size_t *pi)
{
    size_t i = *pi, start = i;
    while (i < n && is_alpha_byte((unsigned char)s[i]) && i - start < 16)
        i++;
    size_t len = i - start;
    if (len < 2 || (i < n && is_alpha_byte((unsigned char)s[i])))
        return 0;
    char w[20];
    fold_month_word(w, s + start, len);
    int v = words_map_find(&words_vi_month_numbers, w, len);
    if (v)
        *pi = i;
    return v;
}

/* 1 when s[0..n) opens with a Vietnamese year word "năm" (any case). */
static int vi_nam_at(const char *s, size_t n)
{
    static const char *const nam[] = {"n\xC4\x83m", "N\xC4\x83m", "N\xC4\x82M"};
    for (size_t k = 0; k < 3; k++)
        if (n >= 4 && memcmp(s, nam[k], 4) == 0 && !(n > 4 && is_alpha_byte((unsigned char)s[4])))
            return 1;
    return 0;
}

/* 1 when the word "ngày" (day) stands right before s[day] (blanks
 * between): "ngày 10 tháng Năm 2024". */
static int vi_ngay_before(const char *s, size_t day)
{
    static const char *const ngay[] = {"ng\xC3\xA0y", "Ng\xC3\xA0y", "NG\xC3\x80Y"};
    size_t e = day;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e == day || e < 5)
        return 0;
    for (size_t k = 0; k < 3; k++)
        if (memcmp(s + e - 5, ngay[k], 5) == 0 && !(e > 5 && is_alpha_byte((unsigned char)s[e - 6])))
            return 1;
    return 0;
}

/* Vietnamese months are numbered: "15 tháng 3 năm 2019", "15 tháng 3,
 * 2019" (tháng = month, năm = year), the number also in words: "05
 * Tháng Ba 2024", "5 tháng Mười Hai năm 2024" (words_vi_month_numbers;
 * "mười" followed by "một" or "hai" is 11 or 12). Reads "tháng N" (and a
 * "năm" after it) at s[*i]; the month, 0 when not there. The year must
 * follow: "3 tháng hai lần" (twice in three months) is no date.
 *
 * "năm" is both five (May: "tháng Năm") and the word for year, so "10
 * tháng năm 2024" is "the first 10 months of 2024", the standard phrasing
 * of statistics news, never May 10. The word is May only where a year's
 * "năm" follows it ("10 tháng Năm năm 2024") or "ngày" (day) stands
 * before the day ("ngày 10 tháng Năm 2024"); the day opens at s[day]. */
static int read_month_numeral(const char *s, size_t n, size_t day, size_t *pi)
{
    static const char *const thang[] = {"th\xC3\xA1ng", "Th\xC3\xA1ng", "TH\xC3\x81NG"};
    static const char *const nam[] = {"n\xC4\x83m", "N\xC4\x83m", "N\xC4\x82M"};
    size_t i = *pi;
    int hit = 0;
    for (size_t k = 0; k < 3 && !hit; k++)
        if (n - i >= strlen(thang[k]) && memcmp(s + i, thang[k], strlen(thang[k])) == 0)
            i += strlen(thang[k]), hit = 1;
    int m;
    if (!hit)
        return 0;
    i = skip_blank(s, n, i);
    if (i < n && is_alpha_byte((unsigned char)s[i])) {
        int nam_word = vi_nam_at(s + i, n - i);
        m = vi_month_number_word(s, n, &i);
        if (nam_word) {
            size_t t = skip_blank(s, n, i);
            if (!vi_nam_at(s + t, n - t) && !vi_ngay_before(s, day))
                return 0;
        }
        if (m == 10) {
            size_t t = skip_blank(s, n, i);
            int u = vi_month_number_word(s, n, &t);
            if (u == 1 || u == 2)
                m += u, i = t;
        } else if (m < 1 || m > 12) {
            return 0;
        }
    } else if (read_num(s, n, &i, 2, &m) < 1 || m < 1 || m > 12 || (i < n && is_digit((unsigned char)s[i]))) {
        return 0;
    }
    size_t j = skip_blank(s, n, i);
    for (size_t k = 0; k < 3; k++)
        if (n - j >= strlen(nam[k]) && memcmp(s + j, nam[k], strlen(nam[k])) == 0)
            i = j + strlen(nam[k]);
    *pi = i;
    return m;
}

/* 1 when the word after a day's month at s[i] (past blanks)
 * names a holiday (words_holiday_words: "8-март майрамы", "8 наурыз
 * мерекесі"): the day and month are the holiday's name, no date. With
 * whole set, the word must be the entry itself, not a longer form: after
 * the year "8 марта 2024 праздник" names the holiday, but "12 января 2024
 * праздники закончились" (the holidays are over) is text after a date. */
static int holiday_after(const char *s, size_t n, size_t i, int whole)
{
    i = skip_blank(s, n, i);
    if (i >= n || (unsigned char)s[i] < 0x80)
        return 0; /* every entry is Cyrillic */
    char w[24];
    size_t l = 0;
    while (i + l < n && l + 1 < sizeof w && is_alpha_byte((unsigned char)s[i + l]))
        l++;
    fold_month_word(w, s + i, l);
    if (whole)
        return words_exact(&words_holiday_words, w, strlen(w));
    return words_prefix(&words_holiday_words, w);
}

/* Where the blanks (space, tab, newline, no-break space) that end at
 * s[e] start: the end of the word before them. */
static size_t blanks_back(const char *s, size_t e)
{
    for (;;) {
        if (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n'))
            e--;
        else if (e > 1 && (unsigned char)s[e - 2] == 0xC2 && (unsigned char)s[e - 1] == 0xA0)
            e -= 2;
        else
            return e;
    }
}

/* Where the word (letters of any script, no no-break space) that ends at
 * s[e] starts. */
static size_t word_back(const char *s, size_t e)
{
    while (e > 0 && is_alpha_byte((unsigned char)s[e - 1]) &&
           !((unsigned char)s[e - 1] == 0xA0 && e > 1 && (unsigned char)s[e - 2] == 0xC2))
        e--;
    return e;
}

/* 1 when the word right before the day at s[day] (only blanks between)
 * names a holiday (words_holiday_words, a prefix of the word: its case
 * forms): "Праздник 8 марта 2024", "зі святом 8 березня 2024" name the
 * holiday of that day, not the day a page was written. */
static int holiday_before(const char *s, size_t day)
{
    size_t e = blanks_back(s, day);
    if (e == day || e < 2 || (unsigned char)s[e - 1] < 0x80)
        return 0; /* no blank before the day, or no Cyrillic word: every entry is one */
    size_t b = word_back(s, e);
    char w[40];
    if (b == e || e - b >= sizeof w)
        return 0;
    fold_month_word(w, s + b, e - b);
    return words_prefix(&words_holiday_words, w);
}

/* Past the word for "year" that may follow a day-first date's year at
 * s[t] ("8 марта 2024 года", "2024 г.", Ukrainian "року", "р.":
 * words_year_tails, whole words, an abbreviation with its dot) and the
 * blanks after it; t itself when none stands there. */
static size_t skip_year_tail(const char *s, size_t n, size_t t)
{
    if (t >= n || (unsigned char)s[t] < 0x80)
        return t; /* every entry is Cyrillic */
    size_t l = 0;
    while (t + l < n && is_alpha_byte((unsigned char)s[t + l]))
        l++;
    if (t + l < n && s[t + l] == '.')
        l++;
    if (l == 0 || !words_exact(&words_year_tails, s + t, l))
        return t;
    return skip_blank(s, n, t + l);
}

/* 1 when the Cyrillic month word s[0..len) is a genitive (ending in а or
 * я) that starts with a capital and goes on in lower case ("Марта", not
 * "марта" or "МАРТА"). Russian and Ukrainian write a date's month in
 * lower case; the capital genitive is how a holiday's or a street's name
 * is written ("к 8 Марта", "ул. 8 Марта"). But templates that
 * capitalise the month exist too ("Опубликовано: 12 Марта 2024, 10:15"),
 * so the capital alone decides nothing: see day_month_is_name. */
static int cyrillic_title_genitive(const char *s, size_t len)
{
    if (len < 6)
        return 0;
    unsigned char a = (unsigned char)s[0], b = (unsigned char)s[1], c = (unsigned char)s[2], e = (unsigned char)s[3];
    unsigned char y = (unsigned char)s[len - 2], z = (unsigned char)s[len - 1];
    int upper = a == 0xD0 && b >= 0x80 && b <= 0xAF;
    int lower = (c == 0xD0 && e >= 0xB0 && e <= 0xBF) || (c == 0xD1 && e >= 0x80 && e <= 0x9F);
    int genitive = (y == 0xD0 && z == 0xB0) || (y == 0xD1 && z == 0x8F);
    return upper && lower && genitive;
}

/* 1 when the word right before the day at s[day] (blanks or a no-break
 * space between, or none after an abbreviation's dot: "ул.8 Марта") is
 * one of words_date_name_leads: a preposition or a street word that
 * reads the day and month after it as a name ("к 8 Марта", "пл. 1 Мая"). */
static int name_lead_before(const char *s, size_t day)
{
    size_t e = blanks_back(s, day);
    size_t b = e;
    if (b > 0 && s[b - 1] == '.')
        b--;
    else if (e == day)
        return 0; /* "№8 Марта": no word before */
    b = word_back(s, b);
    char w[24]; /* the longest entry, "переулок", is 16 bytes */
    if (b == e || e - b >= sizeof w || (b == e - 1 && s[b] == '.'))
        return 0;
    fold_month_word(w, s + b, e - b);
    return words_exact(&words_date_name_leads, w, e - b);
}

/* 1 when a word after a day in lower case at s[i] starts with a lower-case
 * Cyrillic letter (а..я, ё and the rest of U+0430..U+045F). */
static int cyrillic_lower_at(const char *s, size_t n, size_t i)
{
    if (i + 1 >= n)
        return 0;
    unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
    return (a == 0xD0 && b >= 0xB0 && b <= 0xBF) || (a == 0xD1 && b >= 0x80 && b <= 0x9F);
}

/* The one check every reader of a day and a month word makes once it has
 * read them (d holds what was read, the time too): 1 when the day and
 * month are a name, not a date.
 * - A holiday's word (words_holiday_words) right after the month at
 *   s[mend] ("2024-жылдын 8-март майрамы", "2024 жылғы 8 наурыз
 *   мерекесі"), right before the day at s[day] in any case ("Праздник 8
 *   марта 2024 в посёлке", "зі святом 8 березня 2024 вітаємо":
 *   holiday_before) when the date sits in a sentence: no clock, and
 *   lower-case text goes on after the year (past its word). A rubric
 *   or label before a date line ("Праздники 12 мая 2024, 10:15",
 *   "Свято" above "14 травня 2024 р.") names the section, and the date
 *   stays. Or right
 *   after the year at s[yend] (0: the year came first), past its word
 *   ("года", "року": skip_year_tail), in lower case ("8 марта 2024
 *   праздник в городе", "8 марта 2024 года праздник": the
 *   sentence goes on about the holiday). A capital word after the year
 *   starts new text, a listing's title after its date ("8 марта 2024
 *   Праздник весны в школе"), and keeps the date. After the year only
 *   the whole word counts: "праздники закончились" is news after a date.
 * - A capital genitive month (cyrillic_title_genitive, s[mstart..mend))
 *   after a preposition or a street word (name_lead_before: "к 8 Марта
 *   2024 года", "ул. 8 Марта"), unless a time follows: a clock marks a
 *   date line whatever case its month takes. A label before ("Опубликовано:
 *   12 Марта 2024") or no such word keeps the date; without a year the
 *   readers give no date anyway ("9 Мая"). */
static int day_month_is_name(const char *s, size_t n, size_t day, size_t mstart, size_t mend, size_t yend,
                             const date_val *d)
{
    if (holiday_after(s, n, mend, 0))
        return 1;
    if (yend) {
        size_t t = skip_blank(s, n, yend);
        if (t > yend)
            t = skip_year_tail(s, n, t);
        int sentence = t > yend && cyrillic_lower_at(s, n, t);
        if (sentence && holiday_after(s, n, t, 1))
            return 1;
        if (sentence && !d->has_time && holiday_before(s, day))
            return 1;
    }
    return !d->has_time && cyrillic_title_genitive(s + mstart, mend - mstart) && name_lead_before(s, day);
}

/* A date that starts with its four-digit year a (s[j] follows it):
 * 2019-03-15 (with a time after '-' dates), 2019/03/15, 2019.03.15,
 * 2019年3月15日, 2019년 3월 15일. */
static int match_year_first(const char *s, size_t n, size_t j, int a, date_val *d, size_t *end)
{
    int b;
    /* Lithuanian "2019 m. kovo 15 d." (m. metai, the year; d. diena, the
     * day): the month's genitive between year and day. */
    if (j + 3 < n && s[j] == ' ' && s[j + 1] == 'm' && s[j + 2] == '.') {
        size_t k = skip_blank(s, n, j + 3);
        int mon = read_month(s, n, &k), dd;
        k = skip_blank(s, n, k);
        if (!mon || read_num(s, n, &k, 2, &dd) < 1 || (k < n && is_digit((unsigned char)s[k])) || !set_day(d, a, mon, dd))
            return 0;
        size_t t = skip_blank(s, n, k);
        if (t + 1 < n && s[t] == 'd' && s[t + 1] == '.')
            k = t + 2;
        read_time(s, n, &k, d);
        *end = k;
        return 1;
    }
    /* Kazakh "2019 жылғы 15 наурыз" (жылғы, ж.: of the year) and
     * Georgian "2019 წლის 15 მარტი" (წლის: of the year): day and month
     * after the year's word; Armenian "2019 թ. մարտի 15" (թ.: year):
     * month and day. */
    /* Mongolian "2024 оны 3-р сарын 5" (оны: of the year; 3-р сар: the
     * third month, сарын its genitive), also "2024 оны 3 сарын 5": the
     * month is numbered, so "сарын" must follow it ("2024 оны 3-р улирал",
     * the third quarter, is no date). */
    if (j + 10 < n && s[j] == ' ' && memcmp(s + j + 1, "оны ", strlen("оны ")) == 0) {
        size_t k = skip_blank(s, n, j + 1 + strlen("оны "));
        int mon, dd;
        if (read_num(s, n, &k, 2, &mon) < 1 || (k < n && is_digit((unsigned char)s[k])))
            return 0;
        if (n - k >= strlen("-р") && memcmp(s + k, "-р", strlen("-р")) == 0)
            k += strlen("-р");
        k = skip_blank(s, n, k);
        if (n - k < strlen("сарын") || memcmp(s + k, "сарын", strlen("сарын")) != 0)
            return 0;
        k = skip_blank(s, n, k + strlen("сарын"));
        if (read_num(s, n, &k, 2, &dd) < 1 || (k < n && is_digit((unsigned char)s[k])) || !set_day(d, a, mon, dd))
            return 0;
        read_time(s, n, &k, d);
        *end = k;
        return 1;
    }
    /* Sinhala writes the year first with no word for it: "2024 මාර්තු 05"
     * (Sinhala letters are U+0D80..U+0DFF, E0 B6/B7); the month's name
     * and its day must follow ("2024 මාර්තු" alone is a month). */
    if (j + 4 < n && s[j] == ' ' && (unsigned char)s[j + 1] == 0xE0 &&
        ((unsigned char)s[j + 2] == 0xB6 || (unsigned char)s[j + 2] == 0xB7)) {
        size_t k = j + 1;
        int mon = read_month(s, n, &k), dd;
        k = skip_blank(s, n, k);
        if (!mon || read_num(s, n, &k, 2, &dd) < 1 || (k < n && is_digit((unsigned char)s[k])) || !set_day(d, a, mon, dd))
            return 0;
        read_time(s, n, &k, d);
        *end = k;
        return 1;
    }
    /* Myanmar "၂၀၂၄ ခုနှစ် မတ်လ ၁၅ ရက်" (ခုနှစ်: year; ရက်, day, left after
     * the day's number) reads as Armenian does: month and day after the
     * year's word. The year's words, each followed by a blank, are the
     * words table year_first_words. */
    if (j + 3 < n && s[j] == ' ' && (unsigned char)s[j + 1] >= 0x80) {
        for (size_t w = 0; w < words_year_first_words.n; w++) {
            const char *yw = words_year_first_words.w[w];
            size_t wl = strlen(yw);
            if (n - (j + 1) <= wl || memcmp(s + j + 1, yw, wl) != 0 || s[j + 1 + wl] != ' ')
                continue;
            size_t k = skip_blank(s, n, j + 1 + wl + 1), k2 = k, ms, me;
            int dd, mon;
            if (read_num(s, n, &k2, 2, &dd) >= 1 && !(k2 < n && is_digit((unsigned char)s[k2]))) {
                k2 = ms = skip_blank(s, n, k2);
                mon = read_month(s, n, &k2);
                me = k2;
            } else {
                k2 = ms = k;
                mon = read_month(s, n, &k2);
                me = k2;
                k2 = skip_blank(s, n, k2);
                if (!mon || read_num(s, n, &k2, 2, &dd) < 1 || (k2 < n && is_digit((unsigned char)s[k2])))
                    return 0;
            }
            if (!mon || !set_day(d, a, mon, dd))
                return 0;
            read_time(s, n, &k2, d);
            if (day_month_is_name(s, n, k, ms, me, 0, d))
                return 0;
            *end = k2;
            return 1;
        }
    }
    /* Latvian "2019. gada 15. marts" (gada, of the year): day and month
     * after the year's word. */
    if (j + 7 < n && s[j] == '.' && s[j + 1] == ' ' && memcmp(s + j + 2, "gada ", 5) == 0) {
        size_t k = skip_blank(s, n, j + 7);
        int dd, mon;
        if (read_num(s, n, &k, 2, &dd) < 1 || k >= n || s[k] != '.')
            return 0;
        k = skip_blank(s, n, k + 1);
        mon = read_month(s, n, &k);
        if (!mon || !set_day(d, a, mon, dd))
            return 0;
        read_time(s, n, &k, d);
        *end = k;
        return 1;
    }
    /* Hungarian "2019. március 15.", "2019. márc. 15. 10:20"; Korean
     * "2019. 3. 15. 10:20" (a space after each dot) */
    if (j + 1 < n && s[j] == '.' && s[j + 1] == ' ') {
        size_t k = skip_blank(s, n, j + 1);
        int mon = read_month(s, n, &k), dd;
        if (!mon && (read_num(s, n, &k, 2, &mon) < 1 || k >= n || s[k] != '.'))
            return 0;
        if (k < n && s[k] == '.')
            k++;
        k = skip_blank(s, n, k);
        if (read_num(s, n, &k, 2, &dd) < 1 || (k < n && is_digit((unsigned char)s[k])) || !set_day(d, a, mon, dd))
            return 0;
        if (k < n && s[k] == '.')
            k++;
        read_time(s, n, &k, d);
        *end = k;
        return 1;
    }
    /* Kyrgyz "2024-жылдын 5-марты" (жылдын: of the year; марты, the
     * month's possessive), also "2024-жылы 5-март", "2024-ж. 5-март": the
     * year's word joined by a hyphen, then the day joined to a Cyrillic
     * month the same way. A word for a holiday after the month names the
     * holiday, not a day ("2024-жылдын 8-март майрамы", the 8 March
     * holiday of 2024: `day_month_is_name`). */
    if (j + 1 < n && s[j] == '-' && (unsigned char)s[j + 1] == 0xD0) {
        for (size_t w = 0; w < words_ky_year_words.n; w++) {
            const char *yw = words_ky_year_words.w[w];
            size_t wl = strlen(yw), k = j + 1;
            if (n - k < wl || memcmp(s + k, yw, wl) != 0 || (k + wl < n && is_alpha_byte((unsigned char)s[k + wl])))
                continue;
            size_t day = k = skip_blank(s, n, k + wl);
            int dd, mon;
            if (read_num(s, n, &k, 2, &dd) < 1 || k + 1 >= n || s[k] != '-' ||
                !((unsigned char)s[k + 1] == 0xD0 || (unsigned char)s[k + 1] == 0xD1))
                return 0;
            size_t ms = ++k;
            mon = read_month(s, n, &k);
            size_t me = k;
            if (!mon || !set_day(d, a, mon, dd))
                return 0;
            read_time(s, n, &k, d);
            if (day_month_is_name(s, n, day, ms, me, 0, d))
                return 0;
            *end = k;
            return 1;
        }
    }
    /* 2019-03-15, 2019/03/15, 2019.03.15, 2019年3月15日, 2019년 3월 15일 */
    if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
        char sep = s[j++];
        if (read_num(s, n, &j, 2, &b) < 1 || j >= n || s[j] != sep)
            return 0;
        j++;
        int dd;
        if (read_num(s, n, &j, 2, &dd) < 1 || (j < n && is_digit((unsigned char)s[j])))
            return 0;
        if (!set_day(d, a, b, dd))
            return 0;
        if (sep == '-')
            read_time(s, n, &j, d);
        *end = j;
        return 1;
    }
    /* Japanese and Chinese pages may set the numbers apart from the
     * characters: "2019 年 3 月 15 日" (blanks before each one too) */
    size_t y = skip_blank(s, n, j);
    if (y + 3 <= n && memcmp(s + y, "年", 3) == 0) {
        j = y + 3;
        int dd;
        j = skip_blank(s, n, j);
        if (read_num(s, n, &j, 2, &b) < 1)
            return 0;
        j = skip_blank(s, n, j);
        if (j + 3 > n || memcmp(s + j, "月", 3) != 0)
            return 0;
        j = skip_blank(s, n, j + 3);
        if (read_num(s, n, &j, 2, &dd) < 1)
            return 0;
        size_t k = skip_blank(s, n, j);
        if (k + 3 <= n && memcmp(s + k, "日", 3) == 0)
            j = k + 3;
        d->y = a, d->m = b, d->d = dd;
        *end = j;
        return valid_day(a, b, dd);
    }
    if (j + 3 <= n && memcmp(s + j, "년", 3) == 0) {
        int dd;
        j = skip_blank(s, n, j + 3);
        if (read_num(s, n, &j, 2, &b) < 1 || j + 3 > n || memcmp(s + j, "월", 3) != 0)
            return 0;
        j = skip_blank(s, n, j + 3);
        if (read_num(s, n, &j, 2, &dd) < 1)
            return 0;
        d->y = a, d->m = b, d->d = dd;
        *end = j;
        return valid_day(a, b, dd);
    }
    return 0;
}

/* 1 when the date at s[i..e) stands alone in its text: at its start or
 * after ", " or "| ", or after a middle dot or a bullet with a blank
 * between ("Name · 5.3.24", "Name • 5.3.24": bylines set their parts
 * apart with either as with a bar), and at its end or before a blank,
 * ',' or '|'. */
static int stands_alone(const char *s, size_t n, size_t i, size_t e)
{
    size_t b = i;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    int before = b == 0 || s[b - 1] == ',' || s[b - 1] == '|';
    if (!before && b < i)
        before = (b >= 2 && (unsigned char)s[b - 2] == 0xC2 && (unsigned char)s[b - 1] == 0xB7) ||
                 (b >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
                  (unsigned char)s[b - 1] == 0xA2);
    int after = e >= n || s[e] == ' ' || s[e] == '\t' || s[e] == '\n' || s[e] == ',' || s[e] == '|';
    return before && after;
}

/* 1 when a mark of another era follows the year ending at s[k], blanks
 * skipped: "12/03/2016 ዓ.ም", "12.03.16 ዓ.ም", "12/03/2016 E.C." are years
 * of the Ethiopian era (words_other_era_marks), no Gregorian year, and
 * are not converted: no date rather than a wrong one. ASCII case folded
 * ("E.C." as the table's "e.c."). */
static int other_era_after(const char *s, size_t n, size_t k)
{
    size_t e = skip_blank(s, n, k);
    for (size_t w = 0; w < words_other_era_marks.n; w++) {
        const char *m = words_other_era_marks.w[w];
        size_t wl = strlen(m), x = 0;
        while (x < wl && e + x < n) {
            unsigned char c = (unsigned char)s[e + x];
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c - 'A' + 'a');
            if (c != (unsigned char)m[x])
                break;
            x++;
        }
        if (x == wl)
            return 1;
    }
    return 0;
}

/* Two numeric forms of date lines, read day first; a is the day, read
 * from s[i] up to j:
 * - "26 | 01 | 2022": the parts separated by bars;
 * - "8.5.12": one-digit day or month and a two-digit year (20YY), only
 *   standing alone (a byline's "Author, 8.5.12"), as "Firefox 8.5.12"
 *   and "Version: 2.1.10" are version numbers. */
static int match_short_forms(const char *s, size_t n, size_t i, size_t j, int a, date_val *d, size_t *end)
{
    int b, y;
    size_t k = skip_blank(s, n, j);
    if (k < n && s[k] == '|') {
        k = skip_blank(s, n, k + 1);
        if (read_num(s, n, &k, 2, &b) < 1 || (k < n && is_digit((unsigned char)s[k])))
            return 0;
        k = skip_blank(s, n, k);
        if (k >= n || s[k] != '|')
            return 0;
        k = skip_blank(s, n, k + 1);
        if (read_num(s, n, &k, 4, &y) != 4 || (k < n && is_digit((unsigned char)s[k])))
            return 0;
        d->y = y, d->m = b, d->d = a;
        *end = k;
        return valid_day(y, b, a);
    }
    k = j;
    if (k >= n || s[k] != '.')
        return 0;
    k++;
    size_t mb = k;
    if (read_num(s, n, &k, 2, &b) < 1 || k >= n || s[k] != '.')
        return 0;
    if (j - i == 2 && k - mb == 2)
        return 0; /* 30.10.23: the two-digit form above */
    k++;
    size_t yb = k;
    if (read_num(s, n, &k, 2, &y) != 2 || (k < n && is_digit((unsigned char)s[k])) || k - yb != 2)
        return 0;
    if (k + 1 < n && s[k] == '.' && is_digit((unsigned char)s[k + 1]))
        return 0;
    if (!stands_alone(s, n, i, k))
        return 0;
    if (other_era_after(s, n, k))
        return 0;
    d->y = 2000 + y, d->m = b, d->d = a;
    *end = k;
    return valid_day(d->y, b, a);
}

/* A numeric date a-b-y ending at k: day first, except that a second
 * number over 12 must be the day, and month_first (slashes on a page
 * that writes the month first: US pages, machine values) puts the month
 * first. A time after it is read too; *end goes past both. */
static int numeric_day(const char *s, size_t n, size_t k, int a, int b, int y, int mdy, int *thai, date_val *d,
                       size_t *end)
{
    int day = a, mon = b, month_first = mdy & DATE_MONTH_FIRST;
    /* "5/3/2567", "05.03.2567": Thai numeric dates count the Buddhist era
     * too. A year in the era's range (BE_MIN..BE_MAX) is that era where
     * the text holds Thai or Lao or the page is declared Thai or Lao
     * (DATE_BUDDHIST_PAGE): elsewhere it is a code or a count ("12-10-2560"
     * in a product number), or a Khmer, Sri Lankan or Myanmar era year,
     * 544 ahead, and stays implausible. Thai writes the day first, so such
     * a date never reads month first. */
    if (y >= BE_MIN && y <= BE_MAX && ((mdy & DATE_BUDDHIST_PAGE) || has_thai_lao(s, n, thai)))
        y -= BE_OFFSET, month_first = 0;
    if (a <= 12 && (b > 12 || month_first))
        day = b, mon = a;
    if (other_era_after(s, n, k))
        return 0;
    d->y = y, d->m = mon, d->d = day;
    read_time(s, n, &k, d);
    *end = k;
    return valid_day(y, mon, day);
}

/* 平成 Heisei ended on 平成31年4月30日 (2019-04-30): Reiwa began the next
 * day. */
#define HEISEI_BASE 1988
#define HEISEI_LAST_YEAR 31
#define HEISEI_LAST_MONTH 4
/* 民國 (the Republic of China's years) began in 1912; its years now have
 * three digits (民國113年 is 2024). */
#define ROC_BASE 1911

/* Eras that date today's pages: the year before the era's first (令和
 * Reiwa began in 2019, 平成 Heisei in 1989; 民國, the Republic of China's
 * calendar that Taiwan's government and news pages date by, in 1912:
 * "民國113年3月5日" is 2024-03-05, also after 中華), or 0 when s does not
 * open with an era's name. Only the traditional 民國: the simplified 民国
 * names the years 1912-1949 in mainland histories, never a page's day. */
static inline __attribute__((always_inline)) int era_base(const char *s, size_t n)
{
    /* the three names open with three different byte pairs (E4 BB A4,
     * E5 B9 B3, E6 B0 91): one compare at most, and only after them */
    if (n < 6)
        return 0;
    switch ((unsigned)(unsigned char)s[0] << 8 | (unsigned char)s[1]) {
    case 0xE4BB:
        return memcmp(s, "令和", 6) == 0 ? 2018 : 0;
    case 0xE5B9:
        return memcmp(s, "平成", 6) == 0 ? HEISEI_BASE : 0;
    case 0xE6B0:
        return memcmp(s, "民國", 6) == 0 ? ROC_BASE : 0;
    }
    return 0;
}

/* "令和3年5月15日", "令和元年5月1日" (元年: the era's first year),
 * "平成31年4月30日": a Japanese era's name, its year (1 or 2 digits, or
 * 元), then 年 and the month and day as in "2019年5月15日". Government
 * and local pages date by the era.
 *
 * A Heisei day after the era's end ("平成32年3月31日", "平成31年6月1日")
 * is no date: pages written before 2019 print such days as plans and
 * deadlines (the 2020 Olympics, a law taking effect), never as the day
 * they were published, and a page published after April 2019 names its
 * day in Reiwa. A Reiwa day before 2019-05-01 ("令和元年4月1日", written
 * after the fact) is read: its Gregorian day is certain, and no page
 * could plan by the era's name before it was announced in April 2019. */
static int match_japanese_era(const char *s, size_t n, size_t i, date_val *d, size_t *end)
{
    int base = era_base(s + i, n - i), k;
    size_t j = skip_blank(s, n, i + 6);
    if (j + 3 <= n && memcmp(s + j, "元", 3) == 0) {
        k = 1;
        j += 3;
    } else if (read_num(s, n, &j, base == ROC_BASE ? 3 : 2, &k) < 1 || (j < n && is_digit((unsigned char)s[j])) || k < 1) {
        return 0;
    }
    if (base == HEISEI_BASE && k > HEISEI_LAST_YEAR)
        return 0;
    size_t y = skip_blank(s, n, j);
    if (y + 3 > n || memcmp(s + y, "年", 3) != 0)
        return 0;
    if (!match_year_first(s, n, j, base + k, d, end))
        return 0;
    return !(base == HEISEI_BASE && k == HEISEI_LAST_YEAR && d->m > HEISEI_LAST_MONTH);
}

/* The Han numeral at s (〇 and 零 are zero, 一 … 九 one to nine), -1 when
 * none; 3 bytes each. Inlined, as era_base and cjk_date_lead: the text
 * search asks them for every CJK character after CJK text, and the calls
 * alone cost a fifth of the search on CJK prose. */
static inline __attribute__((always_inline)) int han_digit(const char *s, size_t n)
{
    if (n < 3)
        return -1;
    /* one switch on the three bytes: this runs for every CJK character
     * that follows CJK text in text searched for dates */
    switch ((unsigned)(unsigned char)s[0] << 16 | (unsigned)(unsigned char)s[1] << 8 | (unsigned char)s[2]) {
    case 0xE38087: /* 〇 */
    case 0xE99BB6: /* 零 */
        return 0;
    case 0xE4B880: /* 一 */
        return 1;
    case 0xE4BA8C: /* 二 */
        return 2;
    case 0xE4B889: /* 三 */
        return 3;
    case 0xE59B9B: /* 四 */
        return 4;
    case 0xE4BA94: /* 五 */
        return 5;
    case 0xE585AD: /* 六 */
        return 6;
    case 0xE4B883: /* 七 */
        return 7;
    case 0xE585AB: /* 八 */
        return 8;
    case 0xE4B99D: /* 九 */
        return 9;
    }
    return -1;
}

/* A month or day in Han numerals at s[*pi]: "五", "十", "十五", "二十",
 * "二十五", "三十一" (1-39: a ten, its tens digit before it, its ones
 * after); -1 when none. */
static int han_small_number(const char *s, size_t n, size_t *pi)
{
    size_t i = *pi;
    int v = han_digit(s + i, n - i);
    if (v > 0)
        i += 3;
    if (i + 3 <= n && memcmp(s + i, "十", 3) == 0) {
        if (v == 0 || v > 3)
            return -1;
        v = (v < 0 ? 1 : v) * 10;
        i += 3;
        int u = han_digit(s + i, n - i);
        if (u > 0)
            v += u, i += 3;
    }
    if (v <= 0)
        return -1;
    *pi = i;
    return v;
}

/* "二〇二四年三月五日", "二零二四年三月十五日": a date written in Han
 * numerals, as formal Chinese (government notices, bylines of some
 * papers) writes it: the year digit by digit (four of them), the month
 * and day as numbers with 十 (ten). All three parts with their 年, 月 and
 * 日 must be there: "二〇二四年" alone is a year, "三月五日" a day of any
 * year. */
static int match_han_date(const char *s, size_t n, size_t i, date_val *d, size_t *end)
{
    int y = 0, m, dd;
    size_t j = i;
    for (int k = 0; k < 4; k++) {
        int v = han_digit(s + j, n - j);
        if (v < 0)
            return 0;
        y = y * 10 + v, j += 3;
    }
    if (han_digit(s + j, n - j) >= 0 || j + 3 > n || memcmp(s + j, "年", 3) != 0)
        return 0;
    j += 3;
    if ((m = han_small_number(s, n, &j)) < 0 || j + 3 > n || memcmp(s + j, "月", 3) != 0)
        return 0;
    j += 3;
    if ((dd = han_small_number(s, n, &j)) < 0 || j + 3 > n || memcmp(s + j, "日", 3) != 0)
        return 0;
    j += 3;
    d->y = y, d->m = m, d->d = dd;
    *end = j;
    return valid_day(y, m, dd);
}

/* 1 when s opens a date that may follow other CJK text with no blank
 * before it: an era's name ("公開日：令和3年…") or a Han numeral. Not
 * after a Han numeral: a date does not start inside a longer number
 * ("第一二〇二四年三月五日" is no 2024-03-05), as ASCII digits do not
 * start after a digit. i is s's offset in its text (the 3 bytes before
 * are read when i >= 3). */
static inline __attribute__((always_inline)) int cjk_date_lead(const char *s, size_t n, size_t i)
{
    if (!(era_base(s, n) || han_digit(s, n) >= 0))
        return 0;
    return !(i >= 3 && han_digit(s - 3, 3) >= 0);
}

/* Tries every known human pattern starting at s[i]; on success fills d and
 * sets *end. Digits must not continue a longer number before i. */
static int match_at(const char *s, size_t n, size_t i, int mdy, int *thai, date_val *d, size_t *end)
{
    memset(d, 0, sizeof *d);
    size_t j = i;
    unsigned char c = (unsigned char)s[i];
    if (is_digit(c)) {
        int a, b, y;
        int na = read_num(s, n, &j, 4, &a);
        if (j < n && is_digit((unsigned char)s[j]))
            return 0;
        if (na == 4)
            return match_year_first(s, n, j, a, d, end);
        if (na > 2)
            return 0;
        /* 15.03.2019, 15/03/2019, 03/15/2019, 15-03-2019 */
        if (j < n && (s[j] == '.' || s[j] == '/' || s[j] == '-')) {
            char sep = s[j];
            size_t k = j + 1;
            /* "4. 2. 2022": Czech, Slovak and German typesetting puts a
             * (thin) space after each dot. */
            if (sep == '.')
                k = skip_blank(s, n, k);
            if (read_num(s, n, &k, 2, &b) >= 1 && k < n && s[k] == sep) {
                k++;
                if (sep == '.')
                    k = skip_blank(s, n, k);
                if (read_num(s, n, &k, 4, &y) == 4 && !(k < n && is_digit((unsigned char)s[k])))
                    return numeric_day(s, n, k, a, b, y, sep == '/' ? mdy : mdy & ~DATE_MONTH_FIRST, thai, d, end);
            }
        }
        /* 30.10.23: two-digit year, dots only, two digits each (German
         * news tickers); 20YY, as no plausible date has 19YY written so. */
        if (na == 2 && j + 6 <= n && s[j] == '.' && is_digit((unsigned char)s[j + 1]) &&
            is_digit((unsigned char)s[j + 2]) && s[j + 3] == '.' && is_digit((unsigned char)s[j + 4]) &&
            is_digit((unsigned char)s[j + 5]) && !(j + 6 < n && (is_digit((unsigned char)s[j + 6]) ||
                                                                 (s[j + 6] == '.' && j + 7 < n && is_digit((unsigned char)s[j + 7]))))) {
            b = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
            y = 2000 + (s[j + 4] - '0') * 10 + (s[j + 5] - '0');
            if (other_era_after(s, n, j + 6))
                return 0;
            d->y = y, d->m = b, d->d = a;
            *end = j + 6;
            return valid_day(y, b, a);
        }
        if (na <= 2 && match_short_forms(s, n, i, j, a, d, end))
            return 1;
        /* 3/15/19: slashes and a two-digit year (20YY), a word of its own
         * ("Posted 3/15/19 8:00am", "Updated: 15/3/19, 18:04"); the order
         * as for four-digit years. Not inside a path or a longer run of
         * numbers and marks ("/img/3/15/19/", "1/2/19/4", "v1.3/15/19"),
         * nor a fraction ("1/2 cup" has no third part). */
        if (j < n && s[j] == '/') {
            size_t k = j + 1;
            if (read_num(s, n, &k, 2, &b) >= 1 && k + 2 < n && s[k] == '/') {
                k++;
                size_t yb = k;
                if (read_num(s, n, &k, 2, &y) == 2 && k - yb == 2 && !(k < n && (is_alpha_byte((unsigned char)s[k]) || is_digit((unsigned char)s[k]) || s[k] == '/' || s[k] == '.')) &&
                    !(i > 0 && (is_alpha_byte((unsigned char)s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.' || s[i - 1] == '-'))) {
                    return numeric_day(s, n, k, a, b, 2000 + y, mdy, thai, d, end);
                }
            }
        }
        /* 15-Mar-2019, 15/mar/2019: a month word between hyphens or
         * slashes (log and database style, older news CMSs, Brazilian
         * date lines); the same mark twice, the year's four digits after. */
        if (j + 1 < n && (s[j] == '-' || s[j] == '/') && is_alpha_byte((unsigned char)s[j + 1])) {
            char sep = s[j];
            size_t k = j + 1;
            int mon = read_month(s, n, &k);
            size_t me = k;
            /* Kyrgyz joins the day to a Cyrillic month with a hyphen and
             * writes the year after a comma or a blank: "15-март, 2024",
             * "15-март 2024-ж." (the four-digit year must follow) */
            int cyrillic = (unsigned char)s[j + 1] == 0xD0 || (unsigned char)s[j + 1] == 0xD1;
            if (mon && sep == '-' && cyrillic && k < n && (s[k] == ',' || s[k] == ' ')) {
                size_t t = skip_blank(s, n, s[k] == ',' ? k + 1 : k);
                if (!(t < n && is_digit((unsigned char)s[t])))
                    return 0;
                k = t;
            } else {
                if (!mon || k + 1 >= n || s[k] != sep || !is_digit((unsigned char)s[k + 1]))
                    return 0;
                k++;
            }
            if (read_num(s, n, &k, 4, &y) != 4 || (k < n && is_digit((unsigned char)s[k])) || !set_day(d, y, mon, a))
                return 0;
            size_t ye = k;
            read_time(s, n, &k, d);
            if (day_month_is_name(s, n, i, j + 1, me, ye, d))
                return 0;
            *end = k;
            return 1;
        }
        /* 15 March 2019, 15. März 2019, 15th of March, 2019, 15 de marzo de 2019 */
        size_t k = skip_joiners(s, n, j);
        size_t mstart = k;
        int mon = read_month(s, n, &k);
        if (!mon)
            mon = read_month_numeral(s, n, i, &k);
        if (!mon)
            return 0;
        size_t mend = mstart;
        while (mend < k && is_alpha_byte((unsigned char)s[mend]))
            mend++;
        k = skip_joiners(s, n, k);
        /* A word that may stand before the year (words_year_leads: Thai
         * "พ.ศ. 2562", Khmer "ឆ្នាំ២០១៩"); all of them start with E0 or
         * E1, which most text after a month never does */
        if (k < n && ((unsigned char)s[k] == 0xE0 || (unsigned char)s[k] == 0xE1))
            for (size_t e = 0; e < words_year_leads.n; e++) {
                size_t ll = strlen(words_year_leads.w[e]);
                if (n - k > ll && memcmp(s + k, words_year_leads.w[e], ll) == 0) {
                    k = skip_blank(s, n, k + ll);
                    break;
                }
            }
        int ny = read_num(s, n, &k, 4, &y);
        if (k < n && is_digit((unsigned char)s[k]))
            return 0;
        if (ny == 0 && (y = apostrophe_year(s, n, &k)) != 0)
            ny = 4;
        /* "۲۴ اسفند ۹۷": Persian pages often give a Solar Hijri month name
         * a two-digit year. The month name is the calendar's own, so the
         * century is certain: 70-99 are 1370-1399, 00-12 are 1400-1412
         * (JALALI_MIN_YEAR..JALALI_MAX_YEAR); a count after a month name
         * ("... ۵ نفر") would be a year ahead, which is never plausible. */
        if (ny == 2 && mon > JALALI && (y >= 73 || y <= 12))
            y += y >= 73 ? 1300 : 1400;
        else if (ny == 2 && y >= 40 && is_thai(s + mstart, n - mstart) && thai_short_year_ends(s, n, k))
            y = 2500 + y - BE_OFFSET; /* "15 มี.ค. 62" is BE 2562, 2019 */
        else if (ny != 4)
            return 0;
        else
            y = buddhist_year(s + mstart, n - mstart, y);
        if (!set_day(d, y, mon, a))
            return 0;
        size_t ye = k, t = skip_joiners(s, n, k);
        if (t < n) {
            read_time(s, n, &t, d);
            if (d->has_time)
                k = t;
        }
        if (day_month_is_name(s, n, i, mstart, mend, ye, d))
            return 0;
        *end = k;
        return 1;
    }
    if (c >= 0xE3 && c <= 0xE9) {
        if (era_base(s + i, n - i))
            return match_japanese_era(s, n, i, d, end);
        if (han_digit(s + i, n - i) >= 0)
            return match_han_date(s, n, i, d, end);
    }
    if (is_alpha_byte(c)) {
        /* March 15, 2019; Mar. 15th 2019; March 15 2019 10:00 */
        int mon = read_month(s, n, &j);
        if (!mon)
            return 0;
        j = skip_blank(s, n, j);
        int dd, y;
        if (read_num(s, n, &j, 2, &dd) < 1 || (j < n && is_digit((unsigned char)s[j])))
            return 0;
        j = skip_joiners(s, n, j);
        size_t yb = j;
        date_val clock = {0};
        if (read_num(s, n, &j, 4, &y) != 4 || (j < n && is_digit((unsigned char)s[j]))) {
            j = yb;
            if (!(y = apostrophe_year(s, n, &j))) {
                /* asctime's order in text, the clock between day and year
                 * ("Jan 04 09:34 2021", "Mon Jan 28 15:28:56 2020"): blog
                 * and forum templates print a timestamp so */
                read_time(s, n, &j, &clock);
                if (!clock.has_time || clock.has_tz || j >= n || s[j] != ' ')
                    return 0;
                j++;
                if (read_num(s, n, &j, 4, &y) != 4 || (j < n && is_digit((unsigned char)s[j])))
                    return 0;
            }
        }
        if (!set_day(d, y, mon, dd))
            return 0;
        if (clock.has_time) {
            d->hh = clock.hh, d->mi = clock.mi, d->ss = clock.ss, d->has_time = 1;
            *end = j;
            return 1;
        }
        size_t t = skip_joiners(s, n, j);
        if (t < n) {
            read_time(s, n, &t, d);
            if (d->has_time)
                j = t;
        }
        *end = j;
        return 1;
    }
    return 0;
}

/* ASCII value of a native digit at p (Arabic-Indic U+0660.., Persian
 * U+06F0.., the Indic scripts' U+0966.., U+09E6.. … U+0D66.., Thai
 * U+0E50.., Lao U+0ED0.., Myanmar U+1040.., Khmer U+17E0.., fullwidth
 * U+FF10..), with
 * its byte length in *len; -1 if none. */
static int native_digit(const unsigned char *p, size_t avail, size_t *len)
{
    if (avail >= 2 && p[0] == 0xD9 && p[1] >= 0xA0 && p[1] <= 0xA9)
        return *len = 2, p[1] - 0xA0;
    if (avail >= 2 && p[0] == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9)
        return *len = 2, p[1] - 0xB0;
    /* The Indic scripts' digits sit at U+xx66 of each 128-code-point
     * block: Devanagari U+0966 (Hindi, Marathi, Nepali), Bengali U+09E6,
     * Gurmukhi U+0A66, Gujarati U+0AE6, Odia U+0B66, Tamil U+0BE6
     * ("௧௫ மார்ச் ௨௦௧௯"), Telugu U+0C66, Kannada U+0CE6, Malayalam
     * U+0D66: E0, an odd byte A5..B5, then A6..AF. */
    if (avail >= 3 && p[0] == 0xE0 && p[1] >= 0xA5 && p[1] <= 0xB5 && (p[1] & 1) && p[2] >= 0xA6 && p[2] <= 0xAF)
        return *len = 3, p[2] - 0xA6;
    /* Lao U+0ED0.., Myanmar U+1040.., Khmer U+17E0.. ("១៥ មីនា ២០១៩") */
    if (avail >= 3 && p[0] == 0xE0 && p[1] == 0xBB && p[2] >= 0x90 && p[2] <= 0x99)
        return *len = 3, p[2] - 0x90;
    if (avail >= 3 && p[0] == 0xE1 && p[1] == 0x81 && p[2] >= 0x80 && p[2] <= 0x89)
        return *len = 3, p[2] - 0x80;
    if (avail >= 3 && p[0] == 0xE1 && p[1] == 0x9F && p[2] >= 0xA0 && p[2] <= 0xA9)
        return *len = 3, p[2] - 0xA0;
    /* Fullwidth U+FF10.. (Japanese and Chinese typesetting: "２０１９年３月１５日") */
    if (avail >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99)
        return *len = 3, p[2] - 0x90;
    /* Thai U+0E50.. (government and older Thai pages: "๑๕ มีนาคม ๒๕๖๒") */
    if (avail >= 3 && p[0] == 0xE0 && p[1] == 0xB9 && p[2] >= 0x90 && p[2] <= 0x99)
        return *len = 3, p[2] - 0x90;
    return -1;
}

int date_may_hold_native_digit(const char *s, size_t n)
{
    /* D9, DB and E0 lead no common character that is not of a script
     * with digits of its own: the byte alone answers */
    if (memchr(s, 0xD9, n) || memchr(s, 0xDB, n) || memchr(s, 0xE0, n))
        return 1;
    /* EF also leads CJK text's fullwidth punctuation, E1 Vietnamese
     * letters, Hangul jamo and Georgian: each is read as a digit or not */
    static const unsigned char leads[] = {0xEF, 0xE1};
    const unsigned char *u = (const unsigned char *)s, *e = u + n;
    for (size_t l = 0; l < sizeof leads; l++)
        for (const unsigned char *p = u; (p = memchr(p, leads[l], (size_t)(e - p))) != NULL; p++) {
            size_t dl;
            if (native_digit(p, (size_t)(e - p), &dl) >= 0)
                return 1;
        }
    /* a year in Han numerals, its last digit right before 年
     * ("二〇二四年三月五日", match_han_date): such text has no digit of
     * any other kind, and was passed over (a date line in a <p>) */
    for (const unsigned char *p = u; e - p >= 6 && (p = memchr(p, 0xE5, (size_t)(e - p))) != NULL; p++)
        if (p - u >= 3 && e - p >= 3 && p[1] == 0xB9 && p[2] == 0xB4 && han_digit((const char *)p - 3, 3) >= 0)
            return 1;
    return 0;
}

/* Byte length of an invisible bidi mark at p, 0 if none: U+200E LRM,
 * U+200F RLM, U+061C ALM. ICU (and so JavaScript's toLocaleDateString and
 * CMSs built on it) writes Arabic numeric dates with an RLM after each
 * number, "١٥\u200f/٣\u200f/٢٠١٩": the mark stood between the digits and
 * the slash, so no numeric form matched. */
static size_t bidi_mark(const unsigned char *p, size_t avail)
{
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x8E || p[2] == 0x8F))
        return 3;
    if (avail >= 2 && p[0] == 0xD8 && p[1] == 0x9C)
        return 2;
    return 0;
}

static int find_text_ascii(const char *s, size_t n, size_t limit, int mdy, int today, date_val *out, size_t *at,
                           size_t *end);

/* Dates written with native digits ("١٥ مارس ٢٠١٩", "۱۴۰۲/۰۸/۱۵",
 * "১৫ মার্চ ২০১৯") are searched in a copy with ASCII digits (and the
 * Arabic comma as ','); the match offsets are mapped back. So is text with
 * the Arabic comma and ASCII digits ("15 مارس، 2019", "مارس 15، 2019"):
 * the comma's bytes (D8 8C) are no ASCII, so the month word would run on
 * into them and name no month. Bidi marks (bidi_mark) are left out of the
 * copy: they are invisible and stand inside numbers' separators. */
int date_find_text(const char *s, size_t n, int mdy, int today, date_val *out, size_t *at, size_t *end)
{
    return date_find_text_before(s, n, n, mdy, today, out, at, end);
}

int date_find_text_before(const char *s, size_t n, size_t limit, int mdy, int today, date_val *out, size_t *at,
                          size_t *end)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t first = n, dl;
    for (size_t i = 0; i + 1 < n; i++)
        if (((u[i] == 0xD9 || u[i] == 0xDB || u[i] == 0xE0 || u[i] == 0xE1 || u[i] == 0xEF) &&
             native_digit(u + i, n - i, &dl) >= 0) ||
            (u[i] == 0xD8 && u[i + 1] == 0x8C) || ((u[i] == 0xE2 || u[i] == 0xD8) && bidi_mark(u + i, n - i))) {
            first = i;
            break;
        }
    if (first == n)
        return find_text_ascii(s, n, limit, mdy, today, out, at, end);
    char *t = malloc(n + 1);
    size_t *map = malloc((n + 1) * sizeof *map);
    int r = 0;
    if (t && map) {
        size_t w = 0;
        for (size_t i = 0; i < n;) {
            int v = native_digit(u + i, n - i, &dl);
            map[w] = i;
            if (v >= 0) {
                t[w++] = (char)('0' + v);
                i += dl;
            } else if (i + 1 < n && u[i] == 0xD8 && u[i + 1] == 0x8C) {
                t[w++] = ',';
                i += 2;
            } else if (i + 2 < n && u[i] == 0xE1 && u[i + 1] == 0x81 && u[i + 2] == 0x8A) {
                /* Myanmar's little section mark U+104A is its comma:
                 * "မတ် ၁၅၊ ၂၀၁၉" */
                t[w++] = ',';
                i += 3;
            } else if ((dl = bidi_mark(u + i, n - i)) > 0) {
                i += dl;
            } else {
                t[w++] = s[i++];
            }
        }
        map[w] = n;
        /* the copy's positions that come from bytes before limit: map
         * grows with the position */
        size_t lim = 0;
        while (lim < w && map[lim] < limit)
            lim++;
        size_t a, e;
        r = find_text_ascii(t, w, lim, mdy, today, out, &a, &e);
        if (r && at)
            *at = map[a];
        if (r && end)
            *end = map[e];
    }
    free(t);
    free(map);
    return r;
}

#define CLOCK_BEFORE_SPAN 40 /* bytes between clock and date: "Uhr MEZ, Montag, " with room */
#define CLOCK_BEFORE_WORD 20 /* bytes of one word between them: a weekday or a zone, no phrase */

/* The clock read in c (read_time) set on d, its zone too when it has one. */
static void take_clock(date_val *d, const date_val *c)
{
    d->hh = c->hh, d->mi = c->mi, d->ss = c->ss, d->has_time = 1;
    if (c->has_tz)
        d->has_tz = 1, d->tz_min = c->tz_min, d->tz_z = c->tz_z;
}

/* A clock time printed before the date it belongs to: "14:30, 7. März
 * 2021", "12:30 am Montag, 7. März 2021", "10:20 AM EST, Mon March 7,
 * 2021", "14:30 Uhr - 06.12.2022". Between the clock and the date (at)
 * only blanks, commas, dashes, bars and at most three words (a weekday,
 * "Uhr", a zone, German "am") within CLOCK_BEFORE_SPAN bytes; the clock
 * is not part of a longer run of numbers ("1.12:30", "3/12:30"). Read
 * with read_time, so its marker rules hold: "12:30 am Monday" is half
 * past midnight, German "12:30 am Montag" half past noon. Sets d's time
 * when found. */
static void clock_before(const char *s, size_t n, size_t at, date_val *d)
{
    size_t lo = at > CLOCK_BEFORE_SPAN ? at - CLOCK_BEFORE_SPAN : 0, k = at;
    int words = 0;
    while (k > lo) {
        unsigned char c = (unsigned char)s[k - 1];
        size_t dash = meta_dash_len_before(s, k); /* "-", an en or an em dash */
        if (dash)
            k -= dash;
        else if (c == ' ' || c == ',' || c == '|' || c == '\t' || c == '\n')
            k--;
        else if (k >= 2 && c == 0xA0 && (unsigned char)s[k - 2] == 0xC2)
            k -= 2;
        else if (is_digit(c))
            break;
        else if (is_alpha_byte(c) || c == '.') {
            /* a word, dots kept: "p.m.", "Uhr", "ET", "Mon." */
            size_t w = k;
            while (w > lo && (is_alpha_byte((unsigned char)s[w - 1]) || s[w - 1] == '.'))
                w--;
            if (++words > 3 || k - w > CLOCK_BEFORE_WORD)
                return;
            k = w;
        } else
            return;
    }
    if (k <= lo || !is_digit((unsigned char)s[k - 1]))
        return;
    /* the clock: H:MM or HH:MM, seconds optional, ending at k */
    for (size_t back = 4; back <= 8 && back <= k; back++) {
        size_t p = k - back;
        if (!is_digit((unsigned char)s[p]) || (p > 0 && (is_digit((unsigned char)s[p - 1]) || s[p - 1] == ':' ||
                                                          s[p - 1] == '.' || s[p - 1] == '/')))
            continue;
        date_val c;
        memset(&c, 0, sizeof c);
        size_t q = p;
        read_time(s, n, &q, &c);
        if (c.has_time && q >= k && q <= at) {
            take_clock(d, &c);
            return;
        }
    }
}

int date_clock_text(const char *s, size_t n, date_val *d)
{
    size_t i = skip_blank(s, n, 0);
    if (i < n && (s[i] == '|' || s[i] == '-' || s[i] == ','))
        i = skip_blank(s, n, i + 1);
    if (i >= n || !is_digit((unsigned char)s[i]))
        return 0;
    date_val c;
    memset(&c, 0, sizeof c);
    read_time(s, n, &i, &c);
    if (!c.has_time)
        return 0;
    i = skip_blank(s, n, i);
    size_t w = i;
    while (w < n && ((s[w] | 32) >= 'a' && (s[w] | 32) <= 'z'))
        w++;
    if (w - i > 4 || skip_blank(s, n, w) != n)
        return 0;
    take_clock(d, &c);
    return 1;
}

/* The first date of s[0..n) that starts before byte limit. */
static int find_text_ascii(const char *s, size_t n, size_t limit, int mdy, int today, date_val *out, size_t *at,
                           size_t *end)
{
    int thai = -1; /* has_thai_lao's answer for s, once asked */
    for (size_t i = 0; i < n && i < limit; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned char prev = i ? (unsigned char)s[i - 1] : ' ';
        if (is_digit(c)) {
            if (is_digit(prev))
                continue;
        } else if (is_alpha_byte(c)) {
            /* a Japanese era's name or a Han numeral follows other CJK
             * text without a blank ("公開日：令和3年…") */
            if ((is_alpha_byte(prev) || (c >= 0x80 && c < 0xC0)) && !(c >= 0xE3 && c <= 0xE9 && cjk_date_lead(s + i, n - i, i)))
                continue;
        } else {
            continue;
        }
        date_val d;
        size_t e;
        if (match_at(s, n, i, mdy, &thai, &d, &e) && date_plausible(&d, today)) {
            if (!d.has_time && i > 0)
                clock_before(s, n, i, &d);
            *out = d;
            if (at)
                *at = i;
            if (end)
                *end = e;
            return 1;
        }
    }
    return 0;
}

/* Day names and commas before an RFC 2822 date: "Fri, 15 Mar 2019 ...". */
static size_t skip_weekday(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && is_alpha_byte((unsigned char)s[j]))
        j++;
    if (j > i && j < n && s[j] == ',')
        return skip_blank(s, n, j + 1);
    return i;
}

/* "Tue Jan 28 15:28:56 CET 2020" (Java Date.toString) or "Tue Jan 28
 * 15:28:56 2020" (asctime) from s[i..n), the whole rest of the value. */
static int java_date_string(const char *s, size_t n, size_t i, date_val *out)
{
    size_t j = i, w = 0;
    while (j < n && ((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z'))
        j++, w++;
    if (w != 3 || j >= n || s[j] != ' ')
        return 0;
    j = skip_blank(s, n, j);
    int m = read_month_word(s, n, &j);
    int dd, y;
    date_val d;
    memset(&d, 0, sizeof d);
    if (!m || j >= n || s[j] != ' ')
        return 0;
    j = skip_blank(s, n, j);
    if (read_num(s, n, &j, 2, &dd) < 1 || j >= n || s[j] != ' ')
        return 0;
    read_time(s, n, &j, &d);
    if (!d.has_time)
        return 0;
    j = skip_blank(s, n, j);
    size_t z = 0;
    while (j + z < n && s[j + z] >= 'A' && s[j + z] <= 'Z')
        z++;
    if (z) {
        if (z > 5 || j + z >= n || s[j + z] != ' ')
            return 0;
        /* a named zone: its offset is unknown (CET, EST, IST ...) */
        d.has_time = 0, d.has_tz = 0;
        j = skip_blank(s, n, j + z);
    }
    if (read_num(s, n, &j, 4, &y) != 4 || skip_blank(s, n, j) != n || !valid_day(y, m, dd))
        return 0;
    d.y = y, d.m = m, d.d = dd;
    *out = d;
    return 1;
}

/* A Unix timestamp as the whole value: 10 digits of seconds or 13 of
 * milliseconds since 1970 (frameworks and CMS APIs store the publication
 * time so: <meta name="publish-date" content="1552644000">, a JSON-LD
 * "datePublished": 1552644000000). Ten digits cover 2001-09-09 to
 * 2286, the web's era; shorter or longer runs of digits are IDs and
 * counts. The day and time are UTC. 1 with *out set. */
static int epoch_value(const char *s, size_t n, size_t i, date_val *out)
{
    size_t e = n;
    while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r'))
        e--;
    size_t len = e - i;
    if (len != 10 && len != 13)
        return 0;
    long long t = 0;
    for (size_t k = i; k < i + 10; k++) {
        if (!is_digit((unsigned char)s[k]))
            return 0;
        t = t * 10 + (s[k] - '0');
    }
    for (size_t k = i + 10; k < e; k++)
        if (!is_digit((unsigned char)s[k]))
            return 0;
    long long secs = t % 86400;
    memset(out, 0, sizeof *out);
    civil_from_days(t / 86400, &out->y, &out->m, &out->d);
    out->hh = (int)(secs / 3600), out->mi = (int)(secs / 60 % 60), out->ss = (int)(secs % 60);
    out->has_time = 1, out->has_tz = 1, out->tz_z = 1;
    return 1;
}

int date_parse(const char *s, date_val *out)
{
    if (!s)
        return 0;
    size_t n = strlen(s);
    size_t i = skip_blank(s, n, 0);
    date_val d;
    memset(&d, 0, sizeof d);
    int y, m, dd;
    size_t j = i;
    if (read_num(s, n, &j, 4, &y) == 4) {
        if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
            char sep = s[j++];
            if (read_num(s, n, &j, 2, &m) >= 1) {
                if (j < n && s[j] == sep) {
                    j++;
                    /* set_day: Persian sites' metas hold Solar Hijri
                     * days too ("1402/08/15") */
                    if (read_num(s, n, &j, 2, &dd) >= 1 && set_day(&d, y, m, dd)) {
                        read_time(s, n, &j, &d);
                        *out = d;
                        return 1;
                    }
                }
            }
        } else if (j + 4 <= n && is_digit((unsigned char)s[j])) {
            /* compact 20190315[T101500] */
            size_t k = j;
            if (read_num(s, n, &k, 2, &m) == 2 && read_num(s, n, &k, 2, &dd) == 2 &&
                !(k < n && is_digit((unsigned char)s[k])) && valid_day(y, m, dd)) {
                d.y = y, d.m = m, d.d = dd;
                *out = d;
                return 1;
            }
        }
    }
    if (epoch_value(s, n, i, &d)) {
        *out = d;
        return 1;
    }
    /* Java's Date.toString() and C's asctime(): "Tue Jan 28 15:28:56 CET
     * 2020", "Tue Jan 28 15:28:56 2020". The time between day and year
     * hides the year from the human formats below. Whole value only; a
     * zone named by letters other than UTC/GMT has no known offset, so
     * only the day is kept then. */
    if (java_date_string(s, n, i, &d)) {
        *out = d;
        return 1;
    }
    /* RFC 2822 and human formats anywhere in the value. */
    i = skip_weekday(s, n, i);
    size_t at, e;
    /* today = far future: plausibility is the caller's call. Machine
     * values with slashes come from en-US software (03/04/2019 is March). */
    if (date_find_text(s + i, n - i, 1, 99991231, &d, &at, &e) && at < 40) {
        if (!d.has_time) {
            size_t t = skip_blank(s + i, n - i, e);
            read_time(s + i, n - i, &t, &d);
        }
        *out = d;
        return 1;
    }
    return 0;
}

static int url_num(const char *s, size_t len, int *v)
{
    *v = 0;
    for (size_t i = 0; i < len; i++) {
        if (!is_digit((unsigned char)s[i]))
            return 0;
        *v = *v * 10 + (s[i] - '0');
    }
    return 1;
}

int date_from_url(const char *url, int today, date_val *out)
{
    if (!url)
        return 0;
    /* Only the path: skip "scheme://host". Query strings may hold dates
     * too (?date=2019-03-15) and are kept. */
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : url;
    if (!p)
        return 0;
    size_t n = strlen(p);
    for (size_t i = 0; i + 8 <= n; i++) {
        if (!(p[i] == '1' || p[i] == '2') || (i > 0 && is_digit((unsigned char)p[i - 1])))
            continue;
        int y, m, d;
        if (!url_num(p + i, 4, &y))
            continue;
        date_val dv;
        memset(&dv, 0, sizeof dv);
        char sep = p[i + 4];
        if ((sep == '/' || sep == '-' || sep == '_' || sep == '.') && i + 10 <= n) {
            /* /2019/03/15 or /2019/3/5; a year/month path alone is no day */
            size_t k = i + 5;
            int mlen = 0, dlen = 0;
            m = d = 0;
            while (k < n && is_digit((unsigned char)p[k]) && mlen < 3)
                m = m * 10 + (p[k++] - '0'), mlen++;
            /* the day may follow another separator: /2012-06/04/ */
            if (mlen < 1 || mlen > 2 || k >= n || !(p[k] == sep || p[k] == '/'))
                continue;
            k++;
            while (k < n && is_digit((unsigned char)p[k]) && dlen < 3)
                d = d * 10 + (p[k++] - '0'), dlen++;
            if (dlen < 1 || dlen > 2)
                continue;
            dv.y = y, dv.m = m, dv.d = d;
        } else if (url_num(p + i + 4, 4, &m) && !(i + 8 < n && is_digit((unsigned char)p[i + 8]))) {
            /* 20190315 between non-digits */
            dv.y = y, dv.m = m / 100, dv.d = m % 100;
        } else {
            continue;
        }
        if (date_plausible(&dv, today)) {
            *out = dv;
            return 1;
        }
    }
    /* Day first: /29-10-2021 or _29.10.2021 as a whole path segment part. */
    for (size_t i = 0; i + 10 <= n; i++) {
        if ((i > 0 && is_digit((unsigned char)p[i - 1])) || !is_digit((unsigned char)p[i]))
            continue;
        int d, m, y;
        char sep = p[i + 2];
        if ((sep != '-' && sep != '.' && sep != '_') || p[i + 5] != sep || !url_num(p + i, 2, &d) ||
            !url_num(p + i + 3, 2, &m) || !url_num(p + i + 6, 4, &y) || (i + 10 < n && is_digit((unsigned char)p[i + 10])))
            continue;
        date_val dv;
        memset(&dv, 0, sizeof dv);
        dv.y = y, dv.m = m, dv.d = d;
        if (date_plausible(&dv, today)) {
            *out = dv;
            return 1;
        }
    }
    return 0;
}

char *date_format(arena *a, const date_val *d)
{
    char tmp[48];
    int n;
    if (d->has_time) {
        n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02d", d->y, d->m, d->d, d->hh, d->mi, d->ss);
        if (d->has_tz && d->tz_z)
            n += snprintf(tmp + n, sizeof tmp - (size_t)n, "Z");
        else if (d->has_tz) {
            int off = d->tz_min < 0 ? -d->tz_min : d->tz_min;
            n += snprintf(tmp + n, sizeof tmp - (size_t)n, "%c%02d:%02d", d->tz_min < 0 ? '-' : '+', off / 60, off % 60);
        }
    } else {
        n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", d->y, d->m, d->d);
    }
    if (n < 0)
        return NULL;
    return arena_strndup(a, tmp, (size_t)n);
}

/* dates.c (words): the month names dates are read by (src/meta/date.c),
 * one entry per spelling with its month number, lower-case UTF-8, sorted
 * bytewise, matched whole (words_map_find). Adding a language's months is
 * an edit here only: add its spellings in sort order (tests/unit/
 * test_words.c fails on a misplaced or duplicate entry). Dates are written
 * with the genitive or partitive in some languages ("15 marca", "15.
 * maaliskuuta"): enter the form dates use. Solar Hijri (Persian calendar)
 * months are WORDS_JALALI + their number; date.c converts them. */
#include "words.h"

static const words_entry months[] = {
    {"abril", 4}, /* es */
    {"agosto", 8}, /* es */
    {"aout", 8}, /* fr */
    {"août", 8}, /* fr */
    {"apr", 4}, /* en */
    {"april", 4}, /* en */
    {"aprile", 4}, /* it */
    {"aprilie", 4}, /* ro */
    {"aralık", 12}, /* tr */
    {"aug", 8}, /* en */
    {"august", 8}, /* en */
    {"augusti", 8}, /* sv da no */
    {"augustus", 8}, /* nl */
    {"avr", 4}, /* fr */
    {"avril", 4}, /* fr */
    {"ağustos", 8}, /* tr */
    {"března", 3}, /* cs */
    {"czerwca", 6}, /* pl */
    {"dec", 12}, /* en */
    {"december", 12}, /* en */
    {"decembre", 12}, /* fr */
    {"decembrie", 12}, /* ro */
    {"desember", 12}, /* sv da no */
    {"dez", 12}, /* de */
    {"dezember", 12}, /* de */
    {"dezembro", 12}, /* pt */
    {"dicembre", 12}, /* it */
    {"diciembre", 12}, /* es */
    {"dubna", 4}, /* cs */
    {"décembre", 12}, /* fr */
    {"ekim", 10}, /* tr */
    {"elokuuta", 8}, /* fi */
    {"enero", 1}, /* es */
    {"eylül", 9}, /* tr */
    {"feb", 2}, /* en */
    {"febbraio", 2}, /* it */
    {"febrero", 2}, /* es */
    {"februar", 2}, /* de */
    {"februari", 2}, /* nl */
    {"februarie", 2}, /* ro */
    {"february", 2}, /* en */
    {"fevereiro", 2}, /* pt */
    {"fevrier", 2}, /* fr */
    {"févr", 2}, /* fr */
    {"février", 2}, /* fr */
    {"gennaio", 1}, /* it */
    {"giugno", 6}, /* it */
    {"grudnia", 12}, /* pl */
    {"haziran", 6}, /* tr */
    {"heinäkuuta", 7}, /* fi */
    {"helmikuuta", 2}, /* fi */
    {"huhtikuuta", 4}, /* fi */
    {"ianuarie", 1}, /* ro */
    {"iulie", 7}, /* ro */
    {"iunie", 6}, /* ro */
    {"jan", 1}, /* en */
    {"janeiro", 1}, /* pt */
    {"januar", 1}, /* de */
    {"januari", 1}, /* nl */
    {"january", 1}, /* en */
    {"janv", 1}, /* fr */
    {"janvier", 1}, /* fr */
    {"joulukuuta", 12}, /* fi */
    {"juil", 7}, /* fr */
    {"juillet", 7}, /* fr */
    {"juin", 6}, /* fr */
    {"jul", 7}, /* en */
    {"julho", 7}, /* pt */
    {"juli", 7}, /* de */
    {"julio", 7}, /* es */
    {"july", 7}, /* en */
    {"jun", 6}, /* en */
    {"june", 6}, /* en */
    {"junho", 6}, /* pt */
    {"juni", 6}, /* de */
    {"junio", 6}, /* es */
    {"jänner", 1}, /* de */
    {"kasım", 11}, /* tr */
    {"kesäkuuta", 6}, /* fi */
    {"května", 5}, /* cs */
    {"kwietnia", 4}, /* pl */
    {"ledna", 1}, /* cs */
    {"lipca", 7}, /* pl */
    {"listopada", 11}, /* pl */
    {"listopadu", 11}, /* cs */
    {"lokakuuta", 10}, /* fi */
    {"luglio", 7}, /* it */
    {"lutego", 2}, /* pl */
    {"maaliskuuta", 3}, /* fi */
    {"maart", 3}, /* nl */
    {"maerz", 3}, /* de */
    {"maggio", 5}, /* it */
    {"mai", 5}, /* de */
    {"maio", 5}, /* pt */
    {"maj", 5}, /* sv da no */
    {"maja", 5}, /* pl */
    {"mar", 3}, /* en */
    {"marca", 3}, /* pl */
    {"march", 3}, /* en */
    {"marraskuuta", 11}, /* fi */
    {"mars", 3}, /* fr */
    {"mart", 3}, /* tr */
    {"martie", 3}, /* ro */
    {"marts", 3}, /* sv da no */
    {"marzo", 3}, /* es */
    {"março", 3}, /* pt */
    {"may", 5}, /* en */
    {"mayo", 5}, /* es */
    {"mayıs", 5}, /* tr */
    {"mei", 5}, /* nl */
    {"mär", 3}, /* de */
    {"märz", 3}, /* de */
    {"nisan", 4}, /* tr */
    {"noiembrie", 11}, /* ro */
    {"nov", 11}, /* en */
    {"november", 11}, /* en */
    {"novembre", 11}, /* fr */
    {"noviembre", 11}, /* es */
    {"ocak", 1}, /* tr */
    {"oct", 10}, /* en */
    {"october", 10}, /* en */
    {"octobre", 10}, /* fr */
    {"octombrie", 10}, /* ro */
    {"octubre", 10}, /* es */
    {"okt", 10}, /* de */
    {"oktober", 10}, /* de */
    {"ottobre", 10}, /* it */
    {"outubro", 10}, /* pt */
    {"października", 10}, /* pl */
    {"prosince", 12}, /* cs */
    {"sep", 9}, /* en */
    {"sept", 9}, /* en */
    {"september", 9}, /* en */
    {"septembre", 9}, /* fr */
    {"septembrie", 9}, /* ro */
    {"septiembre", 9}, /* es */
    {"setembro", 9}, /* pt */
    {"setiembre", 9}, /* es */
    {"settembre", 9}, /* it */
    {"sierpnia", 8}, /* pl */
    {"srpna", 8}, /* cs */
    {"stycznia", 1}, /* pl */
    {"syyskuuta", 9}, /* fi */
    {"tammikuuta", 1}, /* fi */
    {"temmuz", 7}, /* tr */
    {"toukokuuta", 5}, /* fi */
    {"września", 9}, /* pl */
    {"září", 9}, /* cs */
    {"února", 2}, /* cs */
    {"července", 7}, /* cs */
    {"června", 6}, /* cs */
    {"října", 10}, /* cs */
    {"şubat", 2}, /* tr */
    {"август", 8}, /* ru */
    {"августа", 8}, /* ru */
    {"апрель", 4}, /* ru */
    {"апреля", 4}, /* ru */
    {"березня", 3}, /* uk */
    {"вересня", 9}, /* uk */
    {"грудня", 12}, /* uk */
    {"декабрь", 12}, /* ru */
    {"декабря", 12}, /* ru */
    {"жовтня", 10}, /* uk */
    {"июль", 7}, /* ru */
    {"июля", 7}, /* ru */
    {"июнь", 6}, /* ru */
    {"июня", 6}, /* ru */
    {"квітня", 4}, /* uk */
    {"липня", 7}, /* uk */
    {"листопада", 11}, /* uk */
    {"лютого", 2}, /* uk */
    {"май", 5}, /* ru */
    {"март", 3}, /* ru */
    {"марта", 3}, /* ru */
    {"мая", 5}, /* ru */
    {"ноябрь", 11}, /* ru */
    {"ноября", 11}, /* ru */
    {"октябрь", 10}, /* ru */
    {"октября", 10}, /* ru */
    {"сентябрь", 9}, /* ru */
    {"сентября", 9}, /* ru */
    {"серпня", 8}, /* uk */
    {"січня", 1}, /* uk */
    {"травня", 5}, /* uk */
    {"февраль", 2}, /* ru */
    {"февраля", 2}, /* ru */
    {"червня", 6}, /* uk */
    {"январь", 1}, /* ru */
    {"января", 1}, /* ru */
    {"آب", 8}, /* ar, Levant */
    {"آبان", WORDS_JALALI + 8}, /* fa, Solar Hijri */
    {"آذار", 3}, /* ar, Levant */
    {"آذر", WORDS_JALALI + 9}, /* fa, Solar Hijri */
    {"آوریل", 4}, /* fa */
    {"آگوست", 8}, /* fa */
    {"أبريل", 4}, /* ar */
    {"أغسطس", 8}, /* ar */
    {"أكتوبر", 10}, /* ar */
    {"أيار", 5}, /* ar, Levant */
    {"أيلول", 9}, /* ar, Levant */
    {"إبريل", 4}, /* ar */
    {"ابريل", 4}, /* ar */
    {"اردیبهشت", WORDS_JALALI + 2}, /* fa, Solar Hijri */
    {"اسفند", WORDS_JALALI + 12}, /* fa, Solar Hijri */
    {"اغسطس", 8}, /* ar */
    {"اكتوبر", 10}, /* ar */
    {"اوت", 8}, /* fa */
    {"ايار", 5}, /* ar, Levant */
    {"ايلول", 9}, /* ar, Levant */
    {"اکتبر", 10}, /* fa */
    {"بهمن", WORDS_JALALI + 11}, /* fa, Solar Hijri */
    {"تموز", 7}, /* ar, Levant */
    {"تیر", WORDS_JALALI + 4}, /* fa, Solar Hijri */
    {"جولای", 7}, /* fa */
    {"حزيران", 6}, /* ar, Levant */
    {"خرداد", WORDS_JALALI + 3}, /* fa, Solar Hijri */
    {"دسامبر", 12}, /* fa */
    {"ديسمبر", 12}, /* ar */
    {"دی", WORDS_JALALI + 10}, /* fa, Solar Hijri */
    {"سبتمبر", 9}, /* ar */
    {"سپتامبر", 9}, /* fa */
    {"شباط", 2}, /* ar, Levant */
    {"شهریور", WORDS_JALALI + 6}, /* fa, Solar Hijri */
    {"فبراير", 2}, /* ar */
    {"فروردین", WORDS_JALALI + 1}, /* fa, Solar Hijri */
    {"فوریه", 2}, /* fa */
    {"مارس", 3}, /* ar */
    {"مايو", 5}, /* ar */
    {"مرداد", WORDS_JALALI + 5}, /* fa, Solar Hijri */
    {"مه", 5}, /* fa */
    {"مهر", WORDS_JALALI + 7}, /* fa, Solar Hijri */
    {"می", 5}, /* fa */
    {"نوامبر", 11}, /* fa */
    {"نوفمبر", 11}, /* ar */
    {"نيسان", 4}, /* ar, Levant */
    {"يناير", 1}, /* ar */
    {"يوليه", 7}, /* ar */
    {"يوليو", 7}, /* ar */
    {"يونيه", 6}, /* ar */
    {"يونيو", 6}, /* ar */
    {"ژانویه", 1}, /* fa */
    {"ژوئن", 6}, /* fa */
    {"ژوئیه", 7}, /* fa */
    {"অক্টোবর", 10}, /* bn */
    {"আগষ্ট", 8}, /* bn */
    {"আগস্ট", 8}, /* bn */
    {"এপ্রিল", 4}, /* bn */
    {"জানুয়ারি", 1}, /* bn */
    {"জানুয়ারী", 1}, /* bn */
    {"জানুয়ারি", 1}, /* bn */
    {"জানুয়ারী", 1}, /* bn */
    {"জুন", 6}, /* bn */
    {"জুলাই", 7}, /* bn */
    {"ডিসেম্বর", 12}, /* bn */
    {"নভেম্বর", 11}, /* bn */
    {"ফেব্রুয়ারি", 2}, /* bn */
    {"ফেব্রুয়ারী", 2}, /* bn */
    {"ফেব্রুয়ারি", 2}, /* bn */
    {"ফেব্রুয়ারী", 2}, /* bn */
    {"মার্চ", 3}, /* bn */
    {"মে", 5}, /* bn */
    {"সেপ্টেম্বর", 9}, /* bn */
};
const words_map words_months = {"months", months, sizeof months / sizeof *months};

/* Words that introduce a publication date in running text, for pages
 * whose date line is neither marked nor near the headline ("Erschienen
 * am: 01.11.2023" in a page footer, "Posted on ..." under the story; blog
 * templates: "Dieser Artikel wurde am 14. Dezember 2015 ... geschrieben",
 * "Mise en ligne : 23 mai 2019"). Found anywhere in a text node, case
 * folded (src/meta/date_pick.c). */
static const char *const date_labels[] = {
    "artikel wurde am", "beitrag wurde am", "datum:", "eintrag wurde am", "erschienen",
    "erstellt am", "gepubliceerd", "geschrieben am", "mise en ligne", "posted on", "posted:",
    "pubblicato", "publicado", "published", "publié", "veröffentlicht", "written on",
};
const words_table words_date_labels = {"date_labels", date_labels, sizeof date_labels / sizeof *date_labels};

/* Labels of a last-update line ("Aktualisiert: 30.12.2016"), read only
 * when the page states no publication date at all. */
static const char *const update_labels[] = {
    "$date:", "actualizado", "aggiornato", "aktualisiert", "last modified", "letzte änderung",
    "mis à jour", "stand:", "updated", "zuletzt geändert",
};
const words_table words_update_labels = {"update_labels", update_labels, sizeof update_labels / sizeof *update_labels};

/* Words before a date that is the clock at the time of the crawl
 * ("Aktuelle Zeit: 14.10.2020, 12:18" in forum software, "Today is ..."). */
static const char *const clock_labels[] = {
    "aktuelle zeit", "current time", "heute ist", "it is currently", "today is",
};
const words_table words_clock_labels = {"clock_labels", clock_labels, sizeof clock_labels / sizeof *clock_labels};

/* Words right before a date of a person or a revision, not of the story: a
 * profile's sign-up date ("Joined: Mar 15, 2007", "Mitglied seit"), a
 * wiki's revision stamp ("This page was last edited on ..."). */
static const char *const not_story_labels[] = {
    "dabei seit", "dernière modification", "inscrit depuis", "inscrit le", "iscritto", "joined",
    "last edited", "member since", "miembro desde", "mitglied seit", "registered", "registrado",
    "registriert seit", "zuletzt bearbeitet", "última edición",
};
const words_table words_not_story_labels = {"not_story_labels", not_story_labels,
                                            sizeof not_story_labels / sizeof *not_story_labels};

/* Words before a date that flag it as an update ("Updated March 3, 2019"):
 * a later date in the same text is the publication date. */
static const char *const update_words[] = {
    "actualizado", "aggiornato", "aktualisiert", "geändert", "mis à jour", "modified", "updated",
};
const words_table words_update_words = {"update_words", update_words, sizeof update_words / sizeof *update_words};

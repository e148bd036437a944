/* test_encoding.c: the encoding stage (src/encoding/encoding.c): BOMs, the
 * <meta> prescan, transport charsets, WHATWG labels, legacy decoders,
 * repair of broken UTF-8, overruled declarations and uchardet detection.
 * The legacy byte strings were made with iconv(1) from the UTF-8 text
 * beside them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "encoding/encoding.h"
#include "encoding/encoding_labels.h"

/* Zażółć gęślą jaźń */
static const char PL_UTF8[] =
    "Za\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87 g\xC4\x99\xC5\x9Bl\xC4\x85 ja\xC5\xBA\xC5"
    "\x84";
static const char PL_ISO_8859_2[] =
    "Za\xBF\xF3\xB3\xE6 g\xEA\xB6l\xB1 ja\xBC\xF1";

/* Привет, мир */
static const char RU_SHORT_UTF8[] =
    "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80";
static const char RU_SHORT_KOI8_R[] =
    "\xF0\xD2\xC9\xD7\xC5\xD4, \xCD\xC9\xD2";
static const char RU_SHORT_CP1251[] =
    "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0";

/* 日本語のテキスト */
static const char JA_SHORT_UTF8[] =
    "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD\xE3"
    "\x82\xB9\xE3\x83\x88";
static const char JA_SHORT_CP932[] =
    "\x93\xFA\x96{\x8C\xEA\x82\xCC\x83"
    "e\x83L\x83X\x83g";
static const char JA_SHORT_EUC_JP[] =
    "\xC6\xFC\xCB\xDC\xB8\xEC\xA4\xCE\xA5\xC6\xA5\xAD\xA5\xB9\xA5\xC8";
static const char JA_SHORT_ISO_2022_JP[] =
    "\x1B$BF|K\x5C"
    "8l$N%F%-%9%H\x1B(B";

/* 中文网页 */
static const char ZH_UTF8[] =
    "\xE4\xB8\xAD\xE6\x96\x87\xE7\xBD\x91\xE9\xA1\xB5";
static const char ZH_GBK[] =
    "\xD6\xD0\xCE\xC4\xCD\xF8\xD2\xB3";

/* 中文😀 */
static const char ZH18030_UTF8[] =
    "\xE4\xB8\xAD\xE6\x96\x87\xF0\x9F\x98\x80";
static const char ZH18030_GB18030[] =
    "\xD6\xD0\xCE\xC4\x94"
    "9\xFC"
    "6";

/* 繁體中文 */
static const char TW_UTF8[] =
    "\xE7\xB9\x81\xE9\xAB\x94\xE4\xB8\xAD\xE6\x96\x87";
static const char TW_BIG5[] =
    "\xC1"
    "c\xC5\xE9\xA4\xA4\xA4\xE5";

/* 한국어 */
static const char KO_UTF8[] =
    "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4";
static const char KO_EUC_KR[] =
    "\xC7\xD1\xB1\xB9\xBE\xEE";

/* <p>héllo €</p> */
static const char U16_UTF8[] =
    "<p>h\xC3\xA9llo \xE2\x82\xAC</p>";
static const char U16_UTF_16LE[] =
    "\xFF\xFE<\x00p\x00>\x00h\x00\xE9\x00l\x00l\x00o\x00 \x00\xAC <\x00/\x00p\x00"
    ">\x00";
static const char U16_UTF_16BE[] =
    "\xFE\xFF\x00<\x00p\x00>\x00h\x00\xE9\x00l\x00l\x00o\x00  \xAC\x00<\x00/\x00p"
    "\x00>";

/* Президент России подписал закон о бюджет */
static const char RU_UTF8[] =
    "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82 \xD0"
    "\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8 \xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF"
    "\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xBD \xD0"
    "\xBE \xD0\xB1\xD1\x8E\xD0\xB4\xD0\xB6\xD0\xB5\xD1\x82\xD0\xB5 \xD0\xBD\xD0\xB0"
    " \xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD1\x83\xD1\x8E\xD1\x89\xD0\xB8\xD0\xB9 \xD0"
    "\xB3\xD0\xBE\xD0\xB4. \xD0\x94\xD0\xB5\xD0\xBF\xD1\x83\xD1\x82\xD0\xB0\xD1\x82"
    "\xD1\x8B \xD0\x93\xD0\xBE\xD1\x81\xD1\x83\xD0\xB4\xD0\xB0\xD1\x80\xD1\x81\xD1"
    "\x82\xD0\xB2\xD0\xB5\xD0\xBD\xD0\xBD\xD0\xBE\xD0\xB9 \xD0\xB4\xD1\x83\xD0\xBC"
    "\xD1\x8B \xD0\xBE\xD0\xB1\xD1\x81\xD1\x83\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBB\xD0"
    "\xB8 \xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82 \xD0\xBD"
    "\xD0\xB5\xD1\x81\xD0\xBA\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xBA\xD0\xBE \xD0\xBD\xD0"
    "\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C, \xD0\xB8 \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2"
    "\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE \xD1"
    "\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB8\xD0\xBB\xD0\xBE\xD1\x81"
    "\xD1\x8C \xD1\x81 \xD0\xB1\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x88\xD0\xB8\xD0\xBD\xD1"
    "\x81\xD1\x82\xD0\xB2\xD0\xBE\xD0\xBC \xD0\xBF\xD0\xBE\xD0\xBF\xD1\x80\xD0\xB0"
    "\xD0\xB2\xD0\xBE\xD0\xBA. \xD0\xAD\xD0\xBA\xD1\x81\xD0\xBF\xD0\xB5\xD1\x80\xD1"
    "\x82\xD1\x8B \xD1\x81\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x8E\xD1\x82, \xD1\x87"
    "\xD1\x82\xD0\xBE \xD1\x80\xD0\xB0\xD1\x81\xD1\x85\xD0\xBE\xD0\xB4\xD1\x8B \xD0"
    "\xBD\xD0\xB0 \xD0\xBE\xD0\xB1\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBE\xD0\xB2\xD0\xB0"
    "\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xB8 \xD0\xB7\xD0\xB4\xD1\x80\xD0\xB0\xD0\xB2\xD0"
    "\xBE\xD0\xBE\xD1\x85\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5"
    " \xD0\xB2\xD1\x8B\xD1\x80\xD0\xB0\xD1\x81\xD1\x82\xD1\x83\xD1\x82.";
static const char RU_CP1251[] =
    "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xD0\xEE\xF1\xF1\xE8\xE8 \xEF\xEE\xE4\xEF"
    "\xE8\xF1\xE0\xEB \xE7\xE0\xEA\xEE\xED \xEE \xE1\xFE\xE4\xE6\xE5\xF2\xE5 \xED"
    "\xE0 \xF1\xEB\xE5\xE4\xF3\xFE\xF9\xE8\xE9 \xE3\xEE\xE4. \xC4\xE5\xEF\xF3\xF2"
    "\xE0\xF2\xFB \xC3\xEE\xF1\xF3\xE4\xE0\xF0\xF1\xF2\xE2\xE5\xED\xED\xEE\xE9 \xE4"
    "\xF3\xEC\xFB \xEE\xE1\xF1\xF3\xE6\xE4\xE0\xEB\xE8 \xE4\xEE\xEA\xF3\xEC\xE5\xED"
    "\xF2 \xED\xE5\xF1\xEA\xEE\xEB\xFC\xEA\xEE \xED\xE5\xE4\xE5\xEB\xFC, \xE8 \xEF"
    "\xF0\xE0\xE2\xE8\xF2\xE5\xEB\xFC\xF1\xF2\xE2\xEE \xF1\xEE\xE3\xEB\xE0\xF1\xE8"
    "\xEB\xEE\xF1\xFC \xF1 \xE1\xEE\xEB\xFC\xF8\xE8\xED\xF1\xF2\xE2\xEE\xEC \xEF\xEE"
    "\xEF\xF0\xE0\xE2\xEE\xEA. \xDD\xEA\xF1\xEF\xE5\xF0\xF2\xFB \xF1\xF7\xE8\xF2\xE0"
    "\xFE\xF2, \xF7\xF2\xEE \xF0\xE0\xF1\xF5\xEE\xE4\xFB \xED\xE0 \xEE\xE1\xF0\xE0"
    "\xE7\xEE\xE2\xE0\xED\xE8\xE5 \xE8 \xE7\xE4\xF0\xE0\xE2\xEE\xEE\xF5\xF0\xE0\xED"
    "\xE5\xED\xE8\xE5 \xE2\xFB\xF0\xE0\xF1\xF2\xF3\xF2.";
static const char RU_KOI8_R[] =
    "\xF0\xD2\xC5\xDA\xC9\xC4\xC5\xCE\xD4 \xF2\xCF\xD3\xD3\xC9\xC9 \xD0\xCF\xC4\xD0"
    "\xC9\xD3\xC1\xCC \xDA\xC1\xCB\xCF\xCE \xCF \xC2\xC0\xC4\xD6\xC5\xD4\xC5 \xCE"
    "\xC1 \xD3\xCC\xC5\xC4\xD5\xC0\xDD\xC9\xCA \xC7\xCF\xC4. \xE4\xC5\xD0\xD5\xD4"
    "\xC1\xD4\xD9 \xE7\xCF\xD3\xD5\xC4\xC1\xD2\xD3\xD4\xD7\xC5\xCE\xCE\xCF\xCA \xC4"
    "\xD5\xCD\xD9 \xCF\xC2\xD3\xD5\xD6\xC4\xC1\xCC\xC9 \xC4\xCF\xCB\xD5\xCD\xC5\xCE"
    "\xD4 \xCE\xC5\xD3\xCB\xCF\xCC\xD8\xCB\xCF \xCE\xC5\xC4\xC5\xCC\xD8, \xC9 \xD0"
    "\xD2\xC1\xD7\xC9\xD4\xC5\xCC\xD8\xD3\xD4\xD7\xCF \xD3\xCF\xC7\xCC\xC1\xD3\xC9"
    "\xCC\xCF\xD3\xD8 \xD3 \xC2\xCF\xCC\xD8\xDB\xC9\xCE\xD3\xD4\xD7\xCF\xCD \xD0\xCF"
    "\xD0\xD2\xC1\xD7\xCF\xCB. \xFC\xCB\xD3\xD0\xC5\xD2\xD4\xD9 \xD3\xDE\xC9\xD4\xC1"
    "\xC0\xD4, \xDE\xD4\xCF \xD2\xC1\xD3\xC8\xCF\xC4\xD9 \xCE\xC1 \xCF\xC2\xD2\xC1"
    "\xDA\xCF\xD7\xC1\xCE\xC9\xC5 \xC9 \xDA\xC4\xD2\xC1\xD7\xCF\xCF\xC8\xD2\xC1\xCE"
    "\xC5\xCE\xC9\xC5 \xD7\xD9\xD2\xC1\xD3\xD4\xD5\xD4.";

/* 東京都は今日、新しい交通計画を発表しました。この計画では、電車とバスの運行本数を */
static const char JA_UTF8[] =
    "\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD\xE3\x81\xAF\xE4\xBB\x8A\xE6\x97\xA5\xE3"
    "\x80\x81\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE4\xBA\xA4\xE9\x80\x9A\xE8\xA8"
    "\x88\xE7\x94\xBB\xE3\x82\x92\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\xBE"
    "\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x88\xE7"
    "\x94\xBB\xE3\x81\xA7\xE3\x81\xAF\xE3\x80\x81\xE9\x9B\xBB\xE8\xBB\x8A\xE3\x81"
    "\xA8\xE3\x83\x90\xE3\x82\xB9\xE3\x81\xAE\xE9\x81\x8B\xE8\xA1\x8C\xE6\x9C\xAC"
    "\xE6\x95\xB0\xE3\x82\x92\xE5\xA2\x97\xE3\x82\x84\xE3\x81\x97\xE3\x80\x81\xE9"
    "\xA7\x85\xE3\x81\xAE\xE5\x91\xA8\xE8\xBE\xBA\xE3\x81\xAB\xE8\x87\xAA\xE8\xBB"
    "\xA2\xE8\xBB\x8A\xE3\x81\xAE\xE9\xA7\x90\xE8\xBC\xAA\xE5\xA0\xB4\xE3\x82\x92"
    "\xE6\x95\xB4\xE5\x82\x99\xE3\x81\x99\xE3\x82\x8B\xE3\x81\x93\xE3\x81\xA8\xE3"
    "\x81\x8C\xE4\xBA\x88\xE5\xAE\x9A\xE3\x81\x95\xE3\x82\x8C\xE3\x81\xA6\xE3\x81"
    "\x84\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\xE5\xB8\x82\xE6\xB0\x91\xE3\x81\x8B"
    "\xE3\x82\x89\xE3\x81\xAF\xE6\xAD\x93\xE8\xBF\x8E\xE3\x81\xAE\xE5\xA3\xB0\xE3"
    "\x81\x8C\xE4\xB8\x8A\xE3\x81\x8C\xE3\x81\xA3\xE3\x81\xA6\xE3\x81\x84\xE3\x81"
    "\xBE\xE3\x81\x99\xE3\x80\x82";
static const char JA_CP932[] =
    "\x93\x8C\x8B\x9E\x93s\x82\xCD\x8D\xA1\x93\xFA\x81"
    "A\x90V\x82\xB5\x82\xA2\x8C\xF0\x92\xCA\x8Cv\x89\xE6\x82\xF0\x94\xAD\x95\x5C\x82"
    "\xB5\x82\xDC\x82\xB5\x82\xBD\x81"
    "B\x82\xB1\x82\xCC\x8Cv\x89\xE6\x82\xC5\x82\xCD\x81"
    "A\x93"
    "d\x8E\xD4\x82\xC6\x83o\x83X\x82\xCC\x89^\x8Ds\x96{\x90\x94\x82\xF0\x91\x9D\x82"
    "\xE2\x82\xB5\x81"
    "A\x89w\x82\xCC\x8E\xFC\x95\xD3\x82\xC9\x8E\xA9\x93]\x8E\xD4\x82\xCC\x92\x93\x97"
    "\xD6\x8F\xEA\x82\xF0\x90\xAE\x94\xF5\x82\xB7\x82\xE9\x82\xB1\x82\xC6\x82\xAA"
    "\x97\x5C\x92\xE8\x82\xB3\x82\xEA\x82\xC4\x82\xA2\x82\xDC\x82\xB7\x81"
    "B\x8Es\x96\xAF\x82\xA9\x82\xE7\x82\xCD\x8A\xBD\x8C}\x82\xCC\x90\xBA\x82\xAA\x8F"
    "\xE3\x82\xAA\x82\xC1\x82\xC4\x82\xA2\x82\xDC\x82\xB7\x81"
    "B";
static const char JA_EUC_JP[] =
    "\xC5\xEC\xB5\xFE\xC5\xD4\xA4\xCF\xBA\xA3\xC6\xFC\xA1\xA2\xBF\xB7\xA4\xB7\xA4"
    "\xA4\xB8\xF2\xC4\xCC\xB7\xD7\xB2\xE8\xA4\xF2\xC8\xAF\xC9\xBD\xA4\xB7\xA4\xDE"
    "\xA4\xB7\xA4\xBF\xA1\xA3\xA4\xB3\xA4\xCE\xB7\xD7\xB2\xE8\xA4\xC7\xA4\xCF\xA1"
    "\xA2\xC5\xC5\xBC\xD6\xA4\xC8\xA5\xD0\xA5\xB9\xA4\xCE\xB1\xBF\xB9\xD4\xCB\xDC"
    "\xBF\xF4\xA4\xF2\xC1\xFD\xA4\xE4\xA4\xB7\xA1\xA2\xB1\xD8\xA4\xCE\xBC\xFE\xCA"
    "\xD5\xA4\xCB\xBC\xAB\xC5\xBE\xBC\xD6\xA4\xCE\xC3\xF3\xCE\xD8\xBE\xEC\xA4\xF2"
    "\xC0\xB0\xC8\xF7\xA4\xB9\xA4\xEB\xA4\xB3\xA4\xC8\xA4\xAC\xCD\xBD\xC4\xEA\xA4"
    "\xB5\xA4\xEC\xA4\xC6\xA4\xA4\xA4\xDE\xA4\xB9\xA1\xA3\xBB\xD4\xCC\xB1\xA4\xAB"
    "\xA4\xE9\xA4\xCF\xB4\xBF\xB7\xDE\xA4\xCE\xC0\xBC\xA4\xAC\xBE\xE5\xA4\xAC\xA4"
    "\xC3\xA4\xC6\xA4\xA4\xA4\xDE\xA4\xB9\xA1\xA3";

/* Die Bürgermeisterin äußerte sich am Dien */
static const char DE_UTF8[] =
    "Die B\xC3\xBCrgermeisterin \xC3\xA4u\xC3\x9F"
    "erte sich am Dienstag zur geplanten Stra\xC3\x9F"
    "enf\xC3\xBChrung. \xE2\x80\x9EWir m\xC3\xBCssen die Anwohner fr\xC3\xBCh ein"
    "beziehen\xE2\x80\x9C, sagte sie. \xC3\x9C"
    "ber die Kosten wird im Gemeinderat sp\xC3\xA4ter entschieden \xE2\x80\x93 m\xC3"
    "\xB6glicherweise schon im M\xC3\xA4rz.";
static const char DE_CP1252[] =
    "Die B\xFCrgermeisterin \xE4u\xDF"
    "erte sich am Dienstag zur geplanten Stra\xDF"
    "enf\xFChrung. \x84Wir m\xFCssen die Anwohner fr\xFCh einbeziehen\x93, sagte "
    "sie. \xDC"
    "ber die Kosten wird im Gemeinderat sp\xE4ter entschieden \x96 m\xF6glicherwe"
    "ise schon im M\xE4rz.";


#define LEN(a) (sizeof(a) - 1)

/* Builds a small page: head markup, then body text. Returns its length. */
static size_t mkpage(char *out, size_t cap, const char *head, const char *body)
{
    int n = snprintf(out, cap, "<!DOCTYPE html><html><head>%s<title>t</title></head><body><p>%s</p></body></html>",
                     head, body);
    return n < 0 ? 0 : (size_t)n;
}

static const char *txt(const enc_result *r, const char *in)
{
    return r->utf8 ? r->utf8 : in;
}

/* 1 when the decoded text contains needle. */
static int has(const enc_result *r, const char *in, const char *needle)
{
    const char *t = txt(r, in);
    size_t n = strlen(needle);
    for (size_t i = 0; n <= r->len && i + n <= r->len; i++)
        if (memcmp(t + i, needle, n) == 0)
            return 1;
    return 0;
}

/* Decodes head+body; checks the charset and that the body came out as want. */
static void check_page(const char *head, const char *body, const char *transport,
                       const char *charset, const char *want)
{
    char page[4096];
    size_t len = mkpage(page, sizeof page, head, body);
    enc_result r;
    CHECK_INT(enc_to_utf8(page, len, transport, &r), 0);
    CHECK_STR(r.charset, charset);
    CHECK(has(&r, page, want));
    CHECK(enc_utf8_valid(txt(&r, page), r.len));
    free(r.utf8);
}

TEST(enc_valid_utf8_is_zero_copy)
{
    char page[512];
    size_t len = mkpage(page, sizeof page, "<meta charset=\"utf-8\">", PL_UTF8);
    enc_result r;
    CHECK_INT(enc_to_utf8(page, len, NULL, &r), 0);
    CHECK(r.utf8 == NULL);
    CHECK_INT(r.len, len);
    CHECK_STR(r.charset, "utf-8");
    /* nothing declared, valid UTF-8: UTF-8, still no copy */
    len = mkpage(page, sizeof page, "", JA_SHORT_UTF8);
    CHECK_INT(enc_to_utf8(page, len, NULL, &r), 0);
    CHECK(r.utf8 == NULL);
    CHECK_STR(r.charset, "utf-8");
    /* empty input */
    CHECK_INT(enc_to_utf8("", 0, NULL, &r), 0);
    CHECK(r.utf8 == NULL);
    CHECK_INT(r.len, 0);
    CHECK_STR(r.charset, "utf-8");
}

TEST(enc_utf8_validator)
{
    CHECK(enc_utf8_valid("", 0));
    CHECK(enc_utf8_valid("plain ascii text, long enough for the 16-byte path", 50));
    CHECK(enc_utf8_valid(JA_UTF8, LEN(JA_UTF8)));
    CHECK(enc_utf8_valid("\xF4\x8F\xBF\xBF", 4));   /* U+10FFFF */
    CHECK(!enc_utf8_valid("\xF4\x90\x80\x80", 4));  /* past U+10FFFF */
    CHECK(!enc_utf8_valid("\xED\xA0\x80", 3));      /* surrogate */
    CHECK(!enc_utf8_valid("\xC0\xAF", 2));          /* overlong */
    CHECK(!enc_utf8_valid("\xE0\x9F\xBF", 3));      /* overlong */
    CHECK(!enc_utf8_valid("0123456789abcdef0123456789\x80", 27));
    CHECK(!enc_utf8_valid("\xE2\x82", 2));          /* cut */
    CHECK(!enc_utf8_valid("\xFF", 1));
}

TEST(enc_bom_utf8_stripped_and_wins)
{
    static const char in[] = "\xEF\xBB\xBF<meta charset=\"ISO-8859-1\"><p>h\xC3\xA9</p>";
    enc_result r;
    enc_info info;
    CHECK_INT(enc_to_utf8_ex(in, LEN(in), "windows-1251", &r, &info), 0);
    CHECK(r.utf8 != NULL);
    CHECK_STR(r.charset, "utf-8");
    CHECK_INT(info.source, ENC_SRC_BOM);
    CHECK_INT(r.len, LEN(in) - 3);
    CHECK_STR(r.utf8, in + 3);
    free(r.utf8);
}

TEST(enc_bom_utf16)
{
    enc_result r;
    CHECK_INT(enc_to_utf8(U16_UTF_16LE, LEN(U16_UTF_16LE), NULL, &r), 0);
    CHECK_STR(r.charset, "utf-16le");
    CHECK_STR(r.utf8, U16_UTF8);
    free(r.utf8);
    CHECK_INT(enc_to_utf8(U16_UTF_16BE, LEN(U16_UTF_16BE), "iso-8859-1", &r), 0);
    CHECK_STR(r.charset, "utf-16be");
    CHECK_STR(r.utf8, U16_UTF8);
    free(r.utf8);
    /* odd trailing byte and a lone surrogate: U+FFFD, nothing lost */
    static const char bad[] = "\xFF\xFE" "a\x00\x00\xD8" "b\x00" "c";
    CHECK_INT(enc_to_utf8(bad, LEN(bad), NULL, &r), 0);
    CHECK_STR(r.utf8, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    free(r.utf8);
}

TEST(enc_meta_forms)
{
    const char *heads[] = {
        "<meta charset=\"iso-8859-2\">",
        "<meta charset='iso-8859-2'>",
        "<meta charset=iso-8859-2>",
        "<META CHARSET=\"ISO-8859-2\">",
        "<meta\ncharset = \"latin2\" />",
        "<meta name=x charset=l2>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">",
        "<meta content=\"text/html; charset=ISO-8859-2\" http-equiv=\"content-type\">",
        "<meta http-equiv=Content-Type content='text/html;charset=\"iso-8859-2\"'>",
        "<!-- <meta charset=utf-8> --><meta charset=iso-8859-2>",
        "<meta charset=bogus><meta charset=iso-8859-2>",
        "<link title='<meta charset=utf-8>'><meta charset=iso-8859-2>",
    };
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        check_page(heads[i], PL_ISO_8859_2, NULL, "iso-8859-2", PL_UTF8);
}

TEST(enc_meta_ignored_forms)
{
    /* content without http-equiv, wrong http-equiv, charset in a comment:
     * nothing declared, and latin-2 bytes are no UTF-8: uchardet or the
     * windows-1252 default, never iso-8859-2 from these */
    CHECK_INT(enc_prescan("<meta content=\"text/html; charset=iso-8859-2\">", 47), ENC_NONE);
    CHECK_INT(enc_prescan("<meta http-equiv=refresh content=\"0; charset=iso-8859-2\">", 57), ENC_NONE);
    CHECK_INT(enc_prescan("<!-- <meta charset=iso-8859-2> -->", 34), ENC_NONE);
    CHECK_INT(enc_prescan("<metacharset=iso-8859-2>", 24), ENC_NONE);
    CHECK_INT(enc_prescan("<meta charset=iso-8859-2", 24), ENC_NONE); /* runs out of bytes */
    CHECK_INT(enc_prescan("<p title=\"<meta charset=iso-8859-2>\">", 37), ENC_NONE);
    CHECK_INT(enc_prescan("<meta charset=\"utf-16\">", 23), ENC_UTF8);
    CHECK_INT(enc_prescan("<meta charset=\"UTF-16BE\">", 25), ENC_UTF8);
    CHECK_INT(enc_prescan("<meta charset=x-user-defined>", 29), ENC_WINDOWS_1252);
    CHECK_INT(enc_prescan("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html>", 50), ENC_ISO8859_2);
    /* the first 1 KiB only... */
    char page[3000];
    memset(page, ' ', sizeof page);
    memcpy(page + 2000, "<meta charset=koi8-r>", 21);
    CHECK_INT(enc_prescan(page, 1024), ENC_NONE);
    /* ...but enc_to_utf8 honours a later <meta> the way a tree builder does */
    enc_result r;
    enc_info info;
    CHECK_INT(enc_to_utf8_ex(page, sizeof page, NULL, &r, &info), 0);
    CHECK_STR(r.charset, "koi8-r");
    CHECK_INT(info.source, ENC_SRC_META_LATE);
    free(r.utf8);
}

TEST(enc_transport_overrides_meta)
{
    /* the bytes are latin-2; the meta lies, the transport is right */
    check_page("<meta charset=koi8-r>", PL_ISO_8859_2, "ISO-8859-2", "iso-8859-2", PL_UTF8);
    check_page("<meta charset=iso-8859-2>", RU_SHORT_KOI8_R, "text/html; charset=KOI8-R", "koi8-r",
               RU_SHORT_UTF8);
    /* an unknown transport label falls through to the meta */
    check_page("<meta charset=iso-8859-2>", PL_ISO_8859_2, "nonsense", "iso-8859-2", PL_UTF8);
    /* a transport "utf-16" on a page with no NULs is a mislabel: ignored */
    check_page("<meta charset=iso-8859-2>", PL_ISO_8859_2, "utf-16", "iso-8859-2", PL_UTF8);
}

TEST(enc_labels)
{
    CHECK_INT(enc_from_label("iso-8859-1", (size_t)-1), ENC_WINDOWS_1252);
    CHECK_INT(enc_from_label("latin1", (size_t)-1), ENC_WINDOWS_1252);
    CHECK_INT(enc_from_label("ascii", (size_t)-1), ENC_WINDOWS_1252);
    CHECK_INT(enc_from_label("US-ASCII", (size_t)-1), ENC_WINDOWS_1252);
    CHECK_INT(enc_from_label(" \tWindows-1252\n", (size_t)-1), ENC_WINDOWS_1252);
    CHECK_INT(enc_from_label("gb2312", (size_t)-1), ENC_GBK);
    CHECK_INT(enc_from_label("x-gbk", (size_t)-1), ENC_GBK);
    CHECK_INT(enc_from_label("x-sjis", (size_t)-1), ENC_SHIFT_JIS);
    CHECK_INT(enc_from_label("ms932", (size_t)-1), ENC_SHIFT_JIS);
    CHECK_INT(enc_from_label("ks_c_5601-1987", (size_t)-1), ENC_EUC_KR);
    CHECK_INT(enc_from_label("utf8", (size_t)-1), ENC_UTF8);
    CHECK_INT(enc_from_label("unicode-1-1-utf-8", (size_t)-1), ENC_UTF8);
    CHECK_INT(enc_from_label("utf-16", (size_t)-1), ENC_UTF16LE);
    CHECK_INT(enc_from_label("tis-620", (size_t)-1), ENC_WINDOWS_874);
    CHECK_INT(enc_from_label("iso-8859-9", (size_t)-1), ENC_WINDOWS_1254);
    CHECK_INT(enc_from_label("hz-gb-2312", (size_t)-1), ENC_REPLACEMENT);
    CHECK_INT(enc_from_label("utf-7", (size_t)-1), ENC_NONE);
    CHECK_INT(enc_from_label("", (size_t)-1), ENC_NONE);
    CHECK_INT(enc_from_label("a-label-that-is-far-too-long-to-exist", (size_t)-1), ENC_NONE);
    CHECK_INT(enc_from_detector_name("MAC-CYRILLIC"), ENC_X_MAC_CYRILLIC);
    CHECK_INT(enc_from_content_type("text/html; charset=\"Shift_JIS\"", 30), ENC_SHIFT_JIS);
    CHECK_INT(enc_from_content_type("text/html; charset='utf-8", 25), ENC_NONE);
    CHECK_INT(enc_from_content_type("charsetx; charset = euc-kr;", 27), ENC_EUC_KR);
    CHECK_STR(enc_name(ENC_SHIFT_JIS), "shift_jis");
    CHECK_STR(enc_name(ENC_WINDOWS_1252), "windows-1252");
    /* every encoding has a name and (bar the built-in ones) a converter
     * this libc can open */
    for (int e = 0; e < ENC_COUNT; e++) {
        CHECK(enc_name((enc_id)e)[0] != '\0');
        if (enc_iconv_names((enc_id)e) == NULL)
            CHECK(e == ENC_UTF8 || e == ENC_WINDOWS_1252 || e == ENC_X_USER_DEFINED ||
                  e == ENC_REPLACEMENT);
    }
    /* a replacement label in a meta is treated as no declaration */
    check_page("<meta charset=iso-2022-kr>", DE_UTF8, NULL, "utf-8", DE_UTF8);
}

TEST(enc_windows_1252_c1_range)
{
    /* 0x80 euro, 0x81 hole -> U+0081, 0x93/0x94 quotes, 0x9F Y diaeresis,
     * 0xA0 nbsp, 0xE9 e acute */
    static const char in[] = "<meta charset=iso-8859-1>\x80\x81\x93\x94\x9F\xA0\xE9";
    enc_result r;
    CHECK_INT(enc_to_utf8(in, LEN(in), NULL, &r), 0);
    CHECK_STR(r.charset, "windows-1252");
    CHECK_STR(r.utf8, "<meta charset=iso-8859-1>\xE2\x82\xAC\xC2\x81\xE2\x80\x9C\xE2\x80\x9D\xC5\xB8\xC2\xA0\xC3\xA9");
    free(r.utf8);
}

TEST(enc_legacy_single_byte)
{
    check_page("<meta charset=iso-8859-2>", PL_ISO_8859_2, NULL, "iso-8859-2", PL_UTF8);
    check_page("<meta charset=koi8-r>", RU_SHORT_KOI8_R, NULL, "koi8-r", RU_SHORT_UTF8);
    check_page("<meta charset=windows-1251>", RU_SHORT_CP1251, NULL, "windows-1251", RU_SHORT_UTF8);
    check_page("<meta charset=cp1251>", RU_CP1251, NULL, "windows-1251", RU_UTF8);
}

TEST(enc_legacy_cjk)
{
    check_page("<meta charset=shift_jis>", JA_SHORT_CP932, NULL, "shift_jis", JA_SHORT_UTF8);
    check_page("<meta charset=x-sjis>", JA_CP932, NULL, "shift_jis", JA_UTF8);
    check_page("<meta charset=euc-jp>", JA_SHORT_EUC_JP, NULL, "euc-jp", JA_SHORT_UTF8);
    check_page("<meta charset=iso-2022-jp>", JA_SHORT_ISO_2022_JP, NULL, "iso-2022-jp", JA_SHORT_UTF8);
    check_page("<meta charset=gb2312>", ZH_GBK, NULL, "gbk", ZH_UTF8);
    check_page("<meta charset=gb18030>", ZH18030_GB18030, NULL, "gb18030", ZH18030_UTF8);
    check_page("<meta charset=big5>", TW_BIG5, NULL, "big5", TW_UTF8);
    check_page("<meta charset=euc-kr>", KO_EUC_KR, NULL, "euc-kr", KO_UTF8);
}

TEST(enc_invalid_utf8_becomes_fffd)
{
    /* a UTF-8 page (more valid sequences than broken ones) with broken
     * bits: one U+FFFD per maximal invalid subpart, as the WHATWG decoder does */
    static const char in[] = "<meta charset=utf-8>\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9[\xFF][\xE2\x82x][\xED\xA0\x80][\xC0\xAF]";
    enc_result r;
    enc_info info;
    CHECK_INT(enc_to_utf8_ex(in, LEN(in), NULL, &r, &info), 0);
    CHECK_STR(r.charset, "utf-8");
    CHECK(r.utf8 != NULL);
    CHECK_STR(r.utf8, "<meta charset=utf-8>\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9[\xEF\xBF\xBD][\xEF\xBF\xBDx]"
                      "[\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD][\xEF\xBF\xBD\xEF\xBF\xBD]");
    CHECK_INT(info.replacements, 7);
    free(r.utf8);
}

TEST(enc_declared_utf8_but_windows_1252)
{
    enc_info info;
    char page[4096];
    size_t len = mkpage(page, sizeof page, "<meta charset=\"utf-8\">", DE_CP1252);
    enc_result r;
    CHECK_INT(enc_to_utf8_ex(page, len, NULL, &r, &info), 0);
    CHECK_STR(r.charset, "windows-1252");
    CHECK(info.overridden);
    CHECK(has(&r, page, DE_UTF8));
    free(r.utf8);
    /* same through the transport, with just one stray latin-1 byte */
    static const char one[] = "<p>caf\xE9</p>";
    CHECK_INT(enc_to_utf8(one, LEN(one), "utf-8", &r), 0);
    CHECK_STR(r.charset, "windows-1252");
    CHECK_STR(r.utf8, "<p>caf\xC3\xA9</p>");
    free(r.utf8);
}

TEST(enc_declared_legacy_but_utf8)
{
    /* servers default to iso-8859-1; pages keep an old meta: valid UTF-8
     * with multi-byte text is UTF-8 (and zero copy) */
    char page[4096];
    size_t len = mkpage(page, sizeof page, "<meta charset=iso-8859-1>", DE_UTF8);
    enc_result r;
    enc_info info;
    CHECK_INT(enc_to_utf8_ex(page, len, NULL, &r, &info), 0);
    CHECK_STR(r.charset, "utf-8");
    CHECK(r.utf8 == NULL);
    CHECK(info.overridden);
    len = mkpage(page, sizeof page, "", JA_UTF8);
    CHECK_INT(enc_to_utf8(page, len, "Shift_JIS", &r), 0);
    CHECK_STR(r.charset, "utf-8");
    free(r.utf8);
    /* pure ASCII keeps its declaration */
    len = mkpage(page, sizeof page, "<meta charset=iso-8859-1>", "plain");
    CHECK_INT(enc_to_utf8(page, len, NULL, &r), 0);
    CHECK_STR(r.charset, "windows-1252");
    free(r.utf8);
}

TEST(enc_declared_cjk_wrong)
{
    /* declared euc-jp, bytes are Shift_JIS: most pairs are invalid EUC-JP,
     * so uchardet's answer is tried and wins */
    char page[4096];
    size_t len = mkpage(page, sizeof page, "<meta charset=euc-jp>", JA_CP932);
    enc_result r;
    enc_info info;
    CHECK_INT(enc_to_utf8_ex(page, len, NULL, &r, &info), 0);
    CHECK_STR(r.charset, "shift_jis");
    CHECK(info.overridden);
    CHECK(has(&r, page, JA_UTF8));
    free(r.utf8);
}

TEST(enc_undeclared_legacy_detected)
{
    check_page("", RU_CP1251, NULL, "windows-1251", RU_UTF8);
    check_page("", RU_KOI8_R, NULL, "koi8-r", RU_UTF8);
    check_page("", JA_CP932, NULL, "shift_jis", JA_UTF8);
    check_page("", JA_EUC_JP, NULL, "euc-jp", JA_UTF8);
    check_page("", DE_CP1252, NULL, "windows-1252", DE_UTF8);
}

TEST(enc_truncated_multibyte_at_end)
{
    enc_result r;
    static const char u8[] = "<meta charset=utf-8>\xC3\xA9\xE2\x82";
    CHECK_INT(enc_to_utf8(u8, LEN(u8), NULL, &r), 0);
    CHECK_STR(r.charset, "utf-8");
    CHECK_STR(r.utf8, "<meta charset=utf-8>\xC3\xA9\xEF\xBF\xBD");
    free(r.utf8);
    /* nothing declared, ASCII cut inside a character: still UTF-8 */
    static const char cut[] = "<p>abc\xF0\x9F\x98";
    CHECK_INT(enc_to_utf8(cut, LEN(cut), NULL, &r), 0);
    CHECK_STR(r.charset, "utf-8");
    CHECK_STR(r.utf8, "<p>abc\xEF\xBF\xBD");
    free(r.utf8);
    static const char sj[] = "<meta charset=shift_jis>\x82\xA0\x82";
    CHECK_INT(enc_to_utf8(sj, LEN(sj), NULL, &r), 0);
    CHECK_STR(r.charset, "shift_jis");
    CHECK_STR(r.utf8, "<meta charset=shift_jis>\xE3\x81\x82\xEF\xBF\xBD");
    free(r.utf8);
}

/* xorshift: deterministic pseudo-random bytes */
static uint32_t next_rand(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

TEST(enc_output_always_valid_utf8)
{
    static const char *const decls[] = {NULL, "utf-8", "windows-1252", "shift_jis", "euc-jp",
                                        "gbk", "big5", "euc-kr", "iso-2022-jp", "utf-16le",
                                        "koi8-r", "x-user-defined"};
    uint32_t seed = 12345;
    char in[700];
    for (int round = 0; round < 400; round++) {
        size_t n = next_rand(&seed) % sizeof in;
        for (size_t i = 0; i < n; i++) {
            uint32_t v = next_rand(&seed);
            in[i] = (char)(v % 3 == 0 ? 'a' + v % 26 : (v >> 8) & 0xFF);
        }
        const char *t = decls[round % (sizeof decls / sizeof *decls)];
        enc_result r;
        CHECK_INT(enc_to_utf8(in, n, t, &r), 0);
        CHECK(enc_utf8_valid(txt(&r, in), r.len));
        CHECK(r.utf8 == NULL || r.utf8[r.len] == '\0');
        free(r.utf8);
    }
}

/* Seconds to decode n bytes of 0xA0 (invalid in Shift_JIS: every byte is an
 * iconv error) declared Shift_JIS; -1 on failure. */
static double time_invalid(size_t n)
{
    char *in = malloc(n);
    if (!in)
        return -1;
    static const char head[] = "<meta charset=shift_jis>";
    memset(in, 0xA0, n);
    memcpy(in, head, LEN(head));
    clock_t t0 = clock();
    enc_result r;
    int rc = enc_to_utf8(in, n, NULL, &r);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    int ok = rc == 0 && r.utf8 && enc_utf8_valid(r.utf8, r.len);
    free(r.utf8);
    free(in);
    return ok ? secs : -1;
}

TEST(enc_invalid_bytes_linear_time)
{
    /* 8x the bytes must cost about 8x the time (quadratic would be 64x);
     * the ratio is independent of machine speed and sanitizers */
    double small = time_invalid(1u << 19), big = time_invalid(4u << 20);
    CHECK(small >= 0 && big >= 0);
    CHECK(big < 24 * small + 0.05);
}

TEST(enc_multibyte_across_iconv_windows)
{
    /* > 64 KiB of Shift_JIS after an odd-length head: characters straddle
     * the 64 KiB windows iconv is fed; none may be lost */
    static const char head[] = "<meta charset=shift_jis>x";
    size_t reps = 200000 / LEN(JA_CP932) + 1;
    size_t n = LEN(head) + reps * LEN(JA_CP932);
    char *in = malloc(n);
    CHECK(in != NULL);
    if (!in)
        return;
    memcpy(in, head, LEN(head));
    for (size_t i = 0; i < reps; i++)
        memcpy(in + LEN(head) + i * LEN(JA_CP932), JA_CP932, LEN(JA_CP932));
    enc_result r;
    enc_info info;
    CHECK_INT(enc_to_utf8_ex(in, n, NULL, &r, &info), 0);
    CHECK_STR(r.charset, "shift_jis");
    CHECK_INT(info.replacements, 0);
    CHECK_INT(r.len, LEN(head) + reps * LEN(JA_UTF8));
    CHECK(r.utf8 && memcmp(r.utf8 + r.len - LEN(JA_UTF8), JA_UTF8, LEN(JA_UTF8)) == 0);
    free(r.utf8);
    free(in);
}

TEST(enc_utf16_without_bom)
{
    /* nothing declared, no BOM: the NUL pattern gives UTF-16 away */
    static const char le[] = "<\x00h\x00t\x00m\x00l\x00>\x00<\x00p\x00>\x00h\x00\xE9\x00l\x00l\x00o\x00"
                             " \x00\xAC <\x00/\x00p\x00>\x00";
    enc_result r;
    CHECK_INT(enc_to_utf8(le, LEN(le), NULL, &r), 0);
    CHECK_STR(r.charset, "utf-16le");
    CHECK_STR(r.utf8, "<html><p>h\xC3\xA9llo \xE2\x82\xAC</p>");
    free(r.utf8);
    static const char be[] = "\x00<\x00h\x00t\x00m\x00l\x00>\x00<\x00p\x00>\x00h\x00\xE9\x00l\x00l\x00o";
    CHECK_INT(enc_to_utf8(be, LEN(be), NULL, &r), 0);
    CHECK_STR(r.charset, "utf-16be");
    CHECK_STR(r.utf8, "<html><p>h\xC3\xA9llo");
    free(r.utf8);
}

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
    {"agost", 8}, /* ca */
    {"agosti", 8}, /* sw */
    {"agosto", 8}, /* es */
    {"agustus", 8}, /* id ms */
    {"aout", 8}, /* fr */
    {"août", 8}, /* fr */
    {"apr", 4}, /* en */
    {"april", 4}, /* en */
    {"aprila", 4}, /* sl sr hr */
    {"aprile", 4}, /* it */
    {"aprili", 4}, /* sw */
    {"aprilie", 4}, /* ro */
    {"aprill", 4}, /* et */
    {"apríla", 4}, /* sk */
    {"aprīlis", 4}, /* lv */
    {"aprīlī", 4}, /* lv, locative */
    {"aprīļa", 4}, /* lv */
    {"aralık", 12}, /* tr */
    {"aug", 8}, /* en */
    {"august", 8}, /* en */
    {"augusta", 8}, /* sk */
    {"augusti", 8}, /* sv da no */
    {"augusts", 8}, /* lv */
    {"augustus", 8}, /* nl */
    {"augustā", 8}, /* lv, locative */
    {"augusztus", 8}, /* hu */
    {"avgust", 8}, /* sr bs */
    {"avgusta", 8}, /* sl sr */
    {"avr", 4}, /* fr */
    {"avril", 4}, /* fr */
    {"ağustos", 8}, /* tr */
    {"balandžio", 4}, /* lt */
    {"birželio", 6}, /* lt */
    {"března", 3}, /* cs */
    {"czerwca", 6}, /* pl */
    {"dec", 12}, /* en */
    {"decembar", 12}, /* sr bs */
    {"december", 12}, /* en */
    {"decembra", 12}, /* sk */
    {"decembre", 12}, /* fr */
    {"decembrie", 12}, /* ro */
    {"decembris", 12}, /* lv */
    {"decembrī", 12}, /* lv, locative */
    {"desemba", 12}, /* sw */
    {"desember", 12}, /* sv da no */
    {"desembre", 12}, /* ca */
    {"dets", 12}, /* et */
    {"detsember", 12}, /* et */
    {"dez", 12}, /* de */
    {"dezember", 12}, /* de */
    {"dezembro", 12}, /* pt */
    {"dic", 12}, /* it, abbreviation (dic: also es, pt) */
    {"dicembre", 12}, /* it */
    {"diciembre", 12}, /* es */
    {"disember", 12}, /* id ms */
    {"disyembre", 12}, /* tl */
    {"dubna", 4}, /* cs */
    {"décembre", 12}, /* fr */
    {"ekim", 10}, /* tr */
    {"elokuuta", 8}, /* fi */
    {"enero", 1}, /* es */
    {"eylül", 9}, /* tr */
    {"feb", 2}, /* en */
    {"febbraio", 2}, /* it */
    {"febr", 2}, /* hu */
    {"febrer", 2}, /* ca */
    {"febrero", 2}, /* es */
    {"februar", 2}, /* de */
    {"februari", 2}, /* nl */
    {"februarie", 2}, /* ro */
    {"februarja", 2}, /* sl */
    {"february", 2}, /* en */
    {"február", 2}, /* hu */
    {"februára", 2}, /* sk */
    {"februāra", 2}, /* lv */
    {"februāris", 2}, /* lv */
    {"februārī", 2}, /* lv, locative */
    {"fevereiro", 2}, /* pt */
    {"fevrier", 2}, /* fr */
    {"févr", 2}, /* fr */
    {"février", 2}, /* fr */
    {"gegužės", 5}, /* lt */
    {"gener", 1}, /* ca */
    {"gennaio", 1}, /* it */
    /* it abbreviations giu, lug, dic; not gen, mag, ago, set, ott: English
     * words and acronyms a number and a year follow ("set 6, 2021", "Top 10
     * OTT 2024", "Vol. 4 Mag 2022", "3 ago 2021"), where the month is a guess */
    {"giu", 6}, /* it, abbreviation */
    {"giugno", 6}, /* it */
    {"grudnia", 12}, /* pl */
    {"gruodžio", 12}, /* lt */
    {"haziran", 6}, /* tr */
    {"heinäkuuta", 7}, /* fi */
    {"helmikuuta", 2}, /* fi */
    {"huhtikuuta", 4}, /* fi */
    {"hulyo", 7}, /* tl */
    {"hunyo", 6}, /* tl */
    {"ianuarie", 1}, /* ro */
    {"iulie", 7}, /* ro */
    {"iunie", 6}, /* ro */
    {"jaan", 1}, /* et */
    {"jaanuar", 1}, /* et */
    {"jan", 1}, /* en */
    {"janeiro", 1}, /* pt */
    {"januar", 1}, /* de */
    {"januari", 1}, /* nl */
    {"januarja", 1}, /* sl */
    {"january", 1}, /* en */
    {"január", 1}, /* hu */
    {"januára", 1}, /* sk */
    {"janv", 1}, /* fr */
    {"janvier", 1}, /* fr */
    {"janvāra", 1}, /* lv */
    {"janvāris", 1}, /* lv */
    {"janvārī", 1}, /* lv, locative */
    {"joulukuuta", 12}, /* fi */
    {"juil", 7}, /* fr */
    {"juillet", 7}, /* fr */
    {"juin", 6}, /* fr */
    {"jul", 7}, /* en */
    {"julai", 7}, /* id ms */
    {"julho", 7}, /* pt */
    {"juli", 7}, /* de */
    {"julij", 7}, /* sl */
    {"julija", 7}, /* sl */
    {"julio", 7}, /* es */
    {"juliol", 7}, /* ca */
    {"july", 7}, /* en */
    {"jun", 6}, /* en */
    {"june", 6}, /* en */
    {"junho", 6}, /* pt */
    {"juni", 6}, /* de */
    {"junij", 6}, /* sl */
    {"junija", 6}, /* sl */
    {"junio", 6}, /* es */
    {"juny", 6}, /* ca */
    {"juuli", 7}, /* et */
    {"juuni", 6}, /* et */
    {"jänner", 1}, /* de */
    {"júl", 7}, /* hu */
    {"júla", 7}, /* sk */
    {"július", 7}, /* hu */
    {"jún", 6}, /* hu */
    {"júna", 6}, /* sk */
    {"június", 6}, /* hu */
    {"jūlija", 7}, /* lv */
    {"jūlijs", 7}, /* lv */
    {"jūlijā", 7}, /* lv, locative */
    {"jūnija", 6}, /* lv */
    {"jūnijs", 6}, /* lv */
    {"jūnijā", 6}, /* lv, locative */
    {"kasım", 11}, /* tr */
    {"kesäkuuta", 6}, /* fi */
    {"kolovoza", 8}, /* hr */
    {"kovo", 3}, /* lt */
    {"května", 5}, /* cs */
    {"kwietnia", 4}, /* pl */
    {"lapkričio", 11}, /* lt */
    {"ledna", 1}, /* cs */
    {"liepos", 7}, /* lt */
    {"lipca", 7}, /* pl */
    {"lipnja", 6}, /* hr */
    {"listopada", 11}, /* pl */
    {"listopadu", 11}, /* cs */
    {"lokakuuta", 10}, /* fi */
    {"lug", 7}, /* it, abbreviation */
    {"luglio", 7}, /* it */
    {"lutego", 2}, /* pl */
    {"maaliskuuta", 3}, /* fi */
    {"maart", 3}, /* nl */
    {"mac", 3}, /* id ms */
    {"machi", 3}, /* sw */
    {"maerz", 3}, /* de */
    {"maggio", 5}, /* it */
    {"mai", 5}, /* de */
    {"maig", 5}, /* ca */
    {"maija", 5}, /* lv */
    {"maijs", 5}, /* lv */
    {"maijā", 5}, /* lv, locative */
    {"maio", 5}, /* pt */
    {"maj", 5}, /* sv da no */
    {"maja", 5}, /* pl */
    {"mar", 3}, /* en */
    {"marca", 3}, /* pl */
    {"march", 3}, /* en */
    {"marec", 3}, /* sl */
    {"maret", 3}, /* id ms */
    {"marraskuuta", 11}, /* fi */
    {"mars", 3}, /* fr */
    {"marso", 3}, /* tl */
    {"mart", 3}, /* tr */
    {"marta", 3}, /* lv sr */
    {"martie", 3}, /* ro */
    {"marts", 3}, /* sv da no */
    {"martā", 3}, /* lv, locative */
    {"marzo", 3}, /* es */
    {"març", 3}, /* ca */
    {"março", 3}, /* pt */
    {"may", 5}, /* en */
    {"mayo", 5}, /* es */
    {"mayıs", 5}, /* tr */
    {"mei", 5}, /* nl */
    {"mrt", 3}, /* nl, abbreviation */
    {"mrz", 3}, /* de, abbreviation */
    {"máj", 5}, /* hu */
    {"mája", 5}, /* sk */
    {"május", 5}, /* hu */
    {"márc", 3}, /* hu */
    {"március", 3}, /* hu */
    {"mär", 3}, /* de */
    {"märts", 3}, /* et */
    {"märz", 3}, /* de */
    {"nisan", 4}, /* tr */
    {"nobyembre", 11}, /* tl */
    {"noiembrie", 11}, /* ro */
    {"nov", 11}, /* en */
    {"novemba", 11}, /* sw */
    {"novembar", 11}, /* sr bs */
    {"november", 11}, /* en */
    {"novembra", 11}, /* sk */
    {"novembre", 11}, /* fr */
    {"novembris", 11}, /* lv */
    {"novembrī", 11}, /* lv, locative */
    {"noviembre", 11}, /* es */
    {"ocak", 1}, /* tr */
    {"oct", 10}, /* en */
    {"october", 10}, /* en */
    {"octobre", 10}, /* fr */
    {"octombrie", 10}, /* ro */
    {"octubre", 10}, /* es */
    {"ogos", 8}, /* id ms */
    {"okt", 10}, /* de */
    {"oktoba", 10}, /* sw */
    {"oktobar", 10}, /* sr bs */
    {"oktober", 10}, /* de */
    {"oktobra", 10}, /* sl sr */
    {"oktobris", 10}, /* lv */
    {"oktobrī", 10}, /* lv, locative */
    {"oktoober", 10}, /* et */
    {"oktubre", 10}, /* tl */
    {"október", 10}, /* hu */
    {"októbra", 10}, /* sk */
    {"ottobre", 10}, /* it */
    {"outubro", 10}, /* pt */
    {"ožujka", 3}, /* hr */
    {"października", 10}, /* pl */
    {"pebrero", 2}, /* tl */
    {"prosinca", 12}, /* hr */
    {"prosince", 12}, /* cs */
    {"rugpjūčio", 8}, /* lt */
    {"rugsėjo", 9}, /* lt */
    {"rujna", 9}, /* hr */
    {"sausio", 1}, /* lt */
    {"sep", 9}, /* en */
    {"sept", 9}, /* en */
    {"septemba", 9}, /* sw */
    {"septembar", 9}, /* sr bs */
    {"september", 9}, /* en */
    {"septembra", 9}, /* sk */
    {"septembre", 9}, /* fr */
    {"septembrie", 9}, /* ro */
    {"septembris", 9}, /* lv */
    {"septembrī", 9}, /* lv, locative */
    {"septiembre", 9}, /* es */
    {"setembre", 9}, /* ca */
    {"setembro", 9}, /* pt */
    {"setiembre", 9}, /* es */
    {"settembre", 9}, /* it */
    {"setyembre", 9}, /* tl */
    {"sierpnia", 8}, /* pl */
    {"siječnja", 1}, /* hr */
    {"spalio", 10}, /* lt */
    {"srpna", 8}, /* cs */
    {"srpnja", 7}, /* hr */
    {"studenog", 11}, /* hr */
    {"studenoga", 11}, /* hr */
    {"stycznia", 1}, /* pl */
    {"svibnja", 5}, /* hr */
    {"syyskuuta", 9}, /* fi */
    {"szept", 9}, /* hu */
    {"szeptember", 9}, /* hu */
    {"tammikuuta", 1}, /* fi */
    {"temmuz", 7}, /* tr */
    {"toukokuuta", 5}, /* fi */
    {"travnja", 4}, /* hr */
    {"vasario", 2}, /* lt */
    {"veebr", 2}, /* et */
    {"veebruar", 2}, /* et */
    {"veljače", 2}, /* hr */
    {"września", 9}, /* pl */
    {"září", 9}, /* cs */
    {"ápr", 4}, /* hu */
    {"április", 4}, /* hu */
    {"února", 2}, /* cs */
    {"července", 7}, /* cs */
    {"června", 6}, /* cs */
    {"října", 10}, /* cs */
    {"şubat", 2}, /* tr */
    {"απρ", 4}, /* el, abbreviation */
    {"απριλιος", 4}, /* el */
    {"απριλιου", 4}, /* el */
    {"αυγ", 8}, /* el, abbreviation */
    {"αυγουστος", 8}, /* el */
    {"αυγουστου", 8}, /* el */
    {"δεκ", 12}, /* el, abbreviation */
    {"δεκεμβριος", 12}, /* el */
    {"δεκεμβριου", 12}, /* el */
    {"ιαν", 1}, /* el, abbreviation */
    {"ιανουαριος", 1}, /* el */
    {"ιανουαριου", 1}, /* el */
    {"ιουλ", 7}, /* el, abbreviation */
    {"ιουλιος", 7}, /* el */
    {"ιουλιου", 7}, /* el */
    {"ιουν", 6}, /* el, abbreviation */
    {"ιουνιος", 6}, /* el */
    {"ιουνιου", 6}, /* el */
    {"μαι", 5}, /* el, abbreviation */
    {"μαιος", 5}, /* el */
    {"μαιου", 5}, /* el */
    {"μαρ", 3}, /* el, abbreviation */
    {"μαρτιος", 3}, /* el */
    {"μαρτιου", 3}, /* el */
    {"νοε", 11}, /* el, abbreviation */
    {"νοεμ", 11}, /* el, abbreviation */
    {"νοεμβριος", 11}, /* el */
    {"νοεμβριου", 11}, /* el */
    {"οκτ", 10}, /* el, abbreviation */
    {"οκτωβριος", 10}, /* el */
    {"οκτωβριου", 10}, /* el */
    {"σεπ", 9}, /* el, abbreviation */
    {"σεπτ", 9}, /* el, abbreviation */
    {"σεπτεμβριος", 9}, /* el */
    {"σεπτεμβριου", 9}, /* el */
    {"φεβ", 2}, /* el, abbreviation */
    {"φεβρουαριος", 2}, /* el */
    {"φεβρουαριου", 2}, /* el */
    {"авг", 8}, /* ru, abbreviation */
    {"август", 8}, /* ru */
    {"августа", 8}, /* ru */
    {"августта", 8}, /* ky, locative */
    {"августу", 8}, /* ky, possessive */
    {"августунда", 8}, /* ky, possessive locative */
    {"апр", 4}, /* ru, abbreviation */
    {"апрелде", 4}, /* ky, locative */
    {"апрели", 4}, /* ky, possessive */
    {"апрелинде", 4}, /* ky, possessive locative */
    {"апрель", 4}, /* ru */
    {"апреля", 4}, /* ru */
    {"април", 4}, /* bg */
    {"априла", 4}, /* sr, genitive */
    {"ақпан", 2}, /* kk */
    {"ақпанда", 2}, /* kk, locative */
    {"березня", 3}, /* uk */
    {"верасня", 9}, /* be */
    {"вересня", 9}, /* uk */
    {"грудня", 12}, /* uk */
    {"дек", 12}, /* ru, abbreviation */
    {"декабрда", 12}, /* ky, locative */
    {"декабры", 12}, /* ky, possessive */
    {"декабрында", 12}, /* ky, possessive locative */
    {"декабрь", 12}, /* ru */
    {"декабря", 12}, /* ru */
    {"декември", 12}, /* bg */
    {"децембар", 12}, /* sr */
    {"децембра", 12}, /* sr, genitive */
    {"желтоқсан", 12}, /* kk */
    {"желтоқсанда", 12}, /* kk, locative */
    {"жніўня", 8}, /* be */
    {"жовтня", 10}, /* uk */
    {"июл", 7}, /* ru, abbreviation */
    {"июлда", 7}, /* ky, locative */
    {"июлу", 7}, /* ky, possessive */
    {"июлунда", 7}, /* ky, possessive locative */
    {"июль", 7}, /* ru */
    {"июля", 7}, /* ru */
    {"июн", 6}, /* ru, abbreviation */
    {"июнда", 6}, /* ky, locative */
    {"июну", 6}, /* ky, possessive */
    {"июнунда", 6}, /* ky, possessive locative */
    {"июнь", 6}, /* ru */
    {"июня", 6}, /* ru */
    {"кастрычніка", 10}, /* be */
    {"квітня", 4}, /* uk */
    {"красавіка", 4}, /* be */
    {"липня", 7}, /* uk */
    {"листопада", 11}, /* uk */
    {"лютага", 2}, /* be */
    {"лютого", 2}, /* uk */
    {"ліпеня", 7}, /* be */
    {"лістапада", 11}, /* be */
    {"май", 5}, /* ru */
    {"майда", 5}, /* ky, locative */
    {"майы", 5}, /* ky, possessive */
    {"майында", 5}, /* ky, possessive locative */
    {"мамыр", 5}, /* kk */
    {"мамырда", 5}, /* kk, locative */
    {"мар", 3}, /* ru, abbreviation */
    {"март", 3}, /* ru */
    {"марта", 3}, /* ru */
    {"мартта", 3}, /* ky, locative: "2024-жылы 5-мартта" */
    {"марты", 3}, /* ky, possessive: "2024-жылдын 5-марты" */
    {"мартында", 3}, /* ky, possessive locative: "2024-жылдын 5-мартында" */
    {"маусым", 6}, /* kk */
    {"маусымда", 6}, /* kk, locative */
    {"мая", 5}, /* ru */
    {"мај", 5}, /* sr, mk */
    {"маја", 5}, /* sr, genitive */
    {"наурыз", 3}, /* kk */
    {"наурызда", 3}, /* kk, locative */
    {"новембар", 11}, /* sr */
    {"новембра", 11}, /* sr, genitive */
    {"ноември", 11}, /* bg */
    {"ноя", 11}, /* ru, abbreviation */
    {"нояб", 11}, /* ru, abbreviation */
    {"ноябрда", 11}, /* ky, locative */
    {"ноябры", 11}, /* ky, possessive */
    {"ноябрында", 11}, /* ky, possessive locative */
    {"ноябрь", 11}, /* ru */
    {"ноября", 11}, /* ru */
    {"окт", 10}, /* ru, abbreviation */
    {"октобар", 10}, /* sr */
    {"октобра", 10}, /* sr, genitive */
    {"октомври", 10}, /* bg */
    {"октябрда", 10}, /* ky, locative */
    {"октябры", 10}, /* ky, possessive */
    {"октябрында", 10}, /* ky, possessive locative */
    {"октябрь", 10}, /* ru */
    {"октября", 10}, /* ru */
    {"сакавіка", 3}, /* be */
    {"сен", 9}, /* ru, abbreviation */
    {"сент", 9}, /* ru, abbreviation */
    {"сентябрда", 9}, /* ky, locative */
    {"сентябры", 9}, /* ky, possessive */
    {"сентябрында", 9}, /* ky, possessive locative */
    {"сентябрь", 9}, /* ru */
    {"сентября", 9}, /* ru */
    {"септембар", 9}, /* sr */
    {"септембра", 9}, /* sr, genitive */
    {"септември", 9}, /* bg */
    {"серпня", 8}, /* uk */
    {"снежня", 12}, /* be */
    {"студзеня", 1}, /* be */
    {"січня", 1}, /* uk */
    {"сәуір", 4}, /* kk */
    {"сәуірде", 4}, /* kk, locative */
    {"тамыз", 8}, /* kk */
    {"тамызда", 8}, /* kk, locative */
    {"травня", 5}, /* uk */
    {"фебруар", 2}, /* sr */
    {"фебруара", 2}, /* sr, genitive */
    {"фев", 2}, /* ru, abbreviation */
    {"февр", 2}, /* ru, abbreviation */
    {"февралда", 2}, /* ky, locative */
    {"февралы", 2}, /* ky, possessive */
    {"февралында", 2}, /* ky, possessive locative */
    {"февраль", 2}, /* ru */
    {"февраля", 2}, /* ru */
    {"февруари", 2}, /* bg */
    {"червня", 6}, /* uk */
    {"чэрвеня", 6}, /* be */
    {"шілде", 7}, /* kk */
    {"шілдеде", 7}, /* kk, locative */
    {"юли", 7}, /* bg */
    {"юни", 6}, /* bg */
    {"янв", 1}, /* ru, abbreviation */
    {"январда", 1}, /* ky, locative */
    {"январы", 1}, /* ky, possessive */
    {"январында", 1}, /* ky, possessive locative */
    {"январь", 1}, /* ru */
    {"января", 1}, /* ru */
    {"януари", 1}, /* bg */
    {"јануар", 1}, /* sr */
    {"јануара", 1}, /* sr, genitive */
    {"јануари", 1}, /* mk */
    {"јул", 7}, /* sr */
    {"јула", 7}, /* sr, genitive */
    {"јули", 7}, /* mk */
    {"јун", 6}, /* sr */
    {"јуна", 6}, /* sr, genitive */
    {"јуни", 6}, /* mk */
    {"қазан", 10}, /* kk */
    {"қазанда", 10}, /* kk, locative */
    {"қараша", 11}, /* kk */
    {"қарашада", 11}, /* kk, locative */
    {"қаңтар", 1}, /* kk */
    {"қаңтарда", 1}, /* kk, locative: "2024 жылы 5 қаңтарда" */
    {"қыркүйек", 9}, /* kk */
    {"қыркүйекте", 9}, /* kk, locative */
    {"ապրիլ", 4}, /* hy */
    {"ապրիլի", 4}, /* hy, genitive */
    {"դեկտեմբեր", 12}, /* hy */
    {"դեկտեմբերի", 12}, /* hy, genitive */
    {"հոկտեմբեր", 10}, /* hy */
    {"հոկտեմբերի", 10}, /* hy, genitive */
    {"հուլիս", 7}, /* hy */
    {"հուլիսի", 7}, /* hy, genitive */
    {"հունիս", 6}, /* hy */
    {"հունիսի", 6}, /* hy, genitive */
    {"հունվար", 1}, /* hy */
    {"հունվարի", 1}, /* hy, genitive */
    {"մայիս", 5}, /* hy */
    {"մայիսի", 5}, /* hy, genitive */
    {"մարտ", 3}, /* hy */
    {"մարտի", 3}, /* hy, genitive */
    {"նոյեմբեր", 11}, /* hy */
    {"նոյեմբերի", 11}, /* hy, genitive */
    {"սեպտեմբեր", 9}, /* hy */
    {"սեպտեմբերի", 9}, /* hy, genitive */
    {"փետրվար", 2}, /* hy */
    {"փետրվարի", 2}, /* hy, genitive */
    {"օգոստոս", 8}, /* hy */
    {"օգոստոսի", 8}, /* hy, genitive */
    {"אוגוסט", 8}, /* he */
    {"אוקטובר", 10}, /* he */
    {"אפריל", 4}, /* he */
    {"באוגוסט", 8}, /* he */
    {"באוקטובר", 10}, /* he */
    {"באפריל", 4}, /* he */
    {"בדצמבר", 12}, /* he */
    {"ביולי", 7}, /* he */
    {"ביוני", 6}, /* he */
    {"בינואר", 1}, /* he */
    {"במאי", 5}, /* he */
    {"במרס", 3}, /* he */
    {"במרץ", 3}, /* he */
    {"בנובמבר", 11}, /* he */
    {"בספטמבר", 9}, /* he */
    {"בפברואר", 2}, /* he */
    {"דצמבר", 12}, /* he */
    {"יולי", 7}, /* he */
    {"יוני", 6}, /* he */
    {"ינואר", 1}, /* he */
    {"מאי", 5}, /* he */
    {"מרס", 3}, /* he */
    {"מרץ", 3}, /* he */
    {"נובמבר", 11}, /* he */
    {"ספטמבר", 9}, /* he */
    {"פברואר", 2}, /* he */
    {"آب", 8}, /* ar, Levant */
    {"آبان", WORDS_JALALI + 8}, /* fa, Solar Hijri */
    {"آذار", 3}, /* ar, Levant */
    {"آذر", WORDS_JALALI + 9}, /* fa, Solar Hijri */
    {"آوريل", 4}, /* fa, Arabic yeh/kaf */
    {"آوریل", 4}, /* fa */
    {"آگوست", 8}, /* fa */
    {"أبريل", 4}, /* ar */
    {"أغسطس", 8}, /* ar */
    {"أفريل", 4}, /* ar, Maghreb */
    {"أكتوبر", 10}, /* ar */
    {"أوت", 8}, /* ar, Maghreb */
    {"أيار", 5}, /* ar, Levant */
    {"أيلول", 9}, /* ar, Levant */
    {"إبريل", 4}, /* ar */
    {"ابريل", 4}, /* ar */
    {"اذار", 3}, /* ar, Levant */
    {"ارديبهشت", WORDS_JALALI + 2}, /* fa, Solar Hijri, Arabic yeh */
    {"اردیبهشت", WORDS_JALALI + 2}, /* fa, Solar Hijri */
    {"اسفند", WORDS_JALALI + 12}, /* fa, Solar Hijri */
    {"اغسطس", 8}, /* ar */
    {"افريل", 4}, /* ar, Maghreb */
    {"اكتبر", 10}, /* fa, Arabic yeh/kaf */
    {"اكتوبر", 10}, /* ar */
    {"اوت", 8}, /* fa; ar, Maghreb without hamza */
    {"ايار", 5}, /* ar, Levant */
    {"ايلول", 9}, /* ar, Levant */
    {"اپریل", 4}, /* ur */
    {"اکتبر", 10}, /* fa */
    {"اکتوبر", 10}, /* ur */
    {"اگست", 8}, /* ur */
    {"بهمن", WORDS_JALALI + 11}, /* fa, Solar Hijri */
    {"تموز", 7}, /* ar, Levant */
    {"تیر", WORDS_JALALI + 4}, /* fa, Solar Hijri */
    {"جانفي", 1}, /* ar, Maghreb */
    {"جنوری", 1}, /* ur */
    {"جوان", 6}, /* ar, Maghreb */
    {"جولائی", 7}, /* ur */
    {"جولای", 7}, /* fa */
    {"جون", 6}, /* ur */
    {"جويلية", 7}, /* ar, Maghreb */
    {"جويليه", 7}, /* ar, Maghreb */
    {"حزيران", 6}, /* ar, Levant */
    {"خرداد", WORDS_JALALI + 3}, /* fa, Solar Hijri */
    {"دجنبر", 12}, /* ar, Morocco */
    {"دسامبر", 12}, /* fa */
    {"دسمبر", 12}, /* ur */
    {"دي", WORDS_JALALI + 10}, /* fa, Solar Hijri, Arabic yeh */
    {"ديسمبر", 12}, /* ar */
    {"دی", WORDS_JALALI + 10}, /* fa, Solar Hijri */
    {"سبتمبر", 9}, /* ar */
    {"ستمبر", 9}, /* ur */
    {"سپتامبر", 9}, /* fa */
    {"شباط", 2}, /* ar, Levant */
    {"شتنبر", 9}, /* ar, Morocco */
    {"شهريور", WORDS_JALALI + 6}, /* fa, Solar Hijri, Arabic yeh */
    {"شهریور", WORDS_JALALI + 6}, /* fa, Solar Hijri */
    {"غشت", 8}, /* ar, Morocco */
    {"فبراير", 2}, /* ar */
    {"فروردين", WORDS_JALALI + 1}, /* fa, Solar Hijri, Arabic yeh */
    {"فروردین", WORDS_JALALI + 1}, /* fa, Solar Hijri */
    {"فروری", 2}, /* ur */
    {"فوریه", 2}, /* fa */
    {"فوریهٔ", 2}, /* fa, with ezafe */
    {"فيفري", 2}, /* ar, Maghreb */
    {"مئی", 5}, /* ur */
    {"مارس", 3}, /* ar */
    {"مارچ", 3}, /* ur */
    {"ماي", 5}, /* ar, Maghreb */
    {"مايو", 5}, /* ar */
    {"مرداد", WORDS_JALALI + 5}, /* fa, Solar Hijri */
    {"مه", 5}, /* fa */
    {"مهر", WORDS_JALALI + 7}, /* fa, Solar Hijri */
    {"مهٔ", 5}, /* fa, with ezafe */
    {"می", 5}, /* fa */
    {"نوامبر", 11}, /* fa */
    {"نوفمبر", 11}, /* ar */
    {"نومبر", 11}, /* ur */
    {"نونبر", 11}, /* ar, Morocco */
    {"نيسان", 4}, /* ar, Levant */
    {"يناير", 1}, /* ar */
    {"يوليه", 7}, /* ar */
    {"يوليو", 7}, /* ar */
    {"يوليوز", 7}, /* ar, Morocco */
    {"يونيه", 6}, /* ar */
    {"يونيو", 6}, /* ar */
    {"ژانويه", 1}, /* fa, Arabic yeh/kaf */
    {"ژانویه", 1}, /* fa */
    {"ژانویهٔ", 1}, /* fa, with ezafe */
    {"ژوئن", 6}, /* fa */
    {"ژوئيه", 7}, /* fa, Arabic yeh/kaf */
    {"ژوئیه", 7}, /* fa */
    {"ژوئیهٔ", 7}, /* fa, with ezafe */
    {"अक्टूबर", 10}, /* hi */
    {"अक्तूबर", 10}, /* hi */
    {"अगस्त", 8}, /* hi */
    {"अप्रेल", 4}, /* hi */
    {"अप्रैल", 4}, /* hi */
    {"एप्रिल", 4}, /* mr */
    {"ऑक्टोबर", 10}, /* mr */
    {"ऑगस्ट", 8}, /* mr */
    {"जनवरी", 1}, /* hi */
    {"जानेवारी", 1}, /* mr */
    {"जुलाई", 7}, /* hi */
    {"जुलै", 7}, /* mr */
    {"जून", 6}, /* hi */
    {"डिसेंबर", 12}, /* mr */
    {"दिसंबर", 12}, /* hi */
    {"दिसम्बर", 12}, /* hi */
    {"नवंबर", 11}, /* hi */
    {"नवम्बर", 11}, /* hi */
    {"नोव्हेंबर", 11}, /* mr */
    {"फरवरी", 2}, /* hi */
    {"फ़रवरी", 2}, /* hi */
    {"फेब्रुवारी", 2}, /* mr */
    {"मई", 5}, /* hi */
    {"मार्च", 3}, /* hi */
    {"मे", 5}, /* mr */
    {"सप्टेंबर", 9}, /* mr */
    {"सितंबर", 9}, /* hi */
    {"सितम्बर", 9}, /* hi */
    {"অক্টোবর", 10}, /* bn */
    {"অগস্ট", 8}, /* bn */
    {"অগাস্ট", 8}, /* bn */
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
    {"ਅਕਤੂਬਰ", 10}, /* pa */
    {"ਅਗਸਤ", 8}, /* pa */
    {"ਅਪਰੈਲ", 4}, /* pa */
    {"ਅਪ੍ਰੈਲ", 4}, /* pa */
    {"ਜਨਵਰੀ", 1}, /* pa */
    {"ਜੁਲਾਈ", 7}, /* pa */
    {"ਜੂਨ", 6}, /* pa */
    {"ਦਸੰਬਰ", 12}, /* pa */
    {"ਨਵੰਬਰ", 11}, /* pa */
    {"ਫਰਵਰੀ", 2}, /* pa */
    {"ਫ਼ਰਵਰੀ", 2}, /* pa */
    {"ਮਈ", 5}, /* pa */
    {"ਮਾਰਚ", 3}, /* pa */
    {"ਸਤੰਬਰ", 9}, /* pa */
    {"ਫ਼ਰਵਰੀ", 2}, /* pa */
    {"એપ્રિલ", 4}, /* gu */
    {"ઑક્ટોબર", 10}, /* gu */
    {"ઑગસ્ટ", 8}, /* gu */
    {"ઓક્ટોબર", 10}, /* gu */
    {"ઓગસ્ટ", 8}, /* gu */
    {"જાન્યુઆરી", 1}, /* gu */
    {"જુન", 6}, /* gu */
    {"જુલાઇ", 7}, /* gu */
    {"જુલાઈ", 7}, /* gu */
    {"જૂન", 6}, /* gu */
    {"ડિસેમ્બર", 12}, /* gu */
    {"નવેમ્બર", 11}, /* gu */
    {"ફેબ્રુઆરી", 2}, /* gu */
    {"માર્ચ", 3}, /* gu */
    {"મે", 5}, /* gu */
    {"સપ્ટેમ્બર", 9}, /* gu */
    {"ଅକ୍ଟୋବର", 10}, /* or */
    {"ଅଗଷ୍ଟ", 8}, /* or */
    {"ଏପ୍ରିଲ", 4}, /* or */
    {"ଜାନୁଆରୀ", 1}, /* or */
    {"ଜୁନ", 6}, /* or */
    {"ଜୁଲାଇ", 7}, /* or */
    {"ଡିସେମ୍ବର", 12}, /* or */
    {"ନଭେମ୍ବର", 11}, /* or */
    {"ଫେବୃଆରୀ", 2}, /* or */
    {"ମାର୍ଚ୍ଚ", 3}, /* or */
    {"ମେ", 5}, /* or */
    {"ସେପ୍ଟେମ୍ବର", 9}, /* or */
    {"அக்டோபர்", 10}, /* ta */
    {"ஆகஸ்டு", 8}, /* ta */
    {"ஆகஸ்ட்", 8}, /* ta */
    {"ஏப்ரல்", 4}, /* ta */
    {"செப்டம்பர்", 9}, /* ta */
    {"ஜனவரி", 1}, /* ta */
    {"ஜூன்", 6}, /* ta */
    {"ஜூலை", 7}, /* ta */
    {"டிசம்பர்", 12}, /* ta */
    {"நவம்பர்", 11}, /* ta */
    {"பிப்ரவரி", 2}, /* ta */
    {"மார்ச்", 3}, /* ta */
    {"மே", 5}, /* ta */
    {"అక్టోబరు", 10}, /* te */
    {"అక్టోబర్", 10}, /* te */
    {"ఆగష్టు", 8}, /* te */
    {"ఆగస్టు", 8}, /* te */
    {"ఏప్రిల్", 4}, /* te */
    {"జనవరి", 1}, /* te */
    {"జులై", 7}, /* te */
    {"జూన్", 6}, /* te */
    {"జూలై", 7}, /* te */
    {"డిసెంబరు", 12}, /* te */
    {"డిసెంబర్", 12}, /* te */
    {"నవంబరు", 11}, /* te */
    {"నవంబర్", 11}, /* te */
    {"ఫిబ్రవరి", 2}, /* te */
    {"మార్చి", 3}, /* te */
    {"మే", 5}, /* te */
    {"సెప్టెంబరు", 9}, /* te */
    {"సెప్టెంబర్", 9}, /* te */
    {"ಅಕ್ಟೋಬರ್", 10}, /* kn */
    {"ಆಗಸ್ಟ್", 8}, /* kn */
    {"ಏಪ್ರಿಲ್", 4}, /* kn */
    {"ಜನವರಿ", 1}, /* kn */
    {"ಜುಲೈ", 7}, /* kn */
    {"ಜೂನ್", 6}, /* kn */
    {"ಡಿಸೆಂಬರ್", 12}, /* kn */
    {"ನವೆಂಬರ್", 11}, /* kn */
    {"ಫೆಬ್ರವರಿ", 2}, /* kn */
    {"ಮಾರ್ಚ್", 3}, /* kn */
    {"ಮೇ", 5}, /* kn */
    {"ಸೆಪ್ಟೆಂಬರ್", 9}, /* kn */
    {"ആഗസ്റ്റ്", 8}, /* ml */
    {"ഏപ്രിൽ", 4}, /* ml */
    {"ഒക്ടോബർ", 10}, /* ml */
    {"ഓഗസ്റ്റ്", 8}, /* ml */
    {"ജനുവരി", 1}, /* ml */
    {"ജൂലൈ", 7}, /* ml */
    {"ജൂൺ", 6}, /* ml */
    {"ഡിസംബർ", 12}, /* ml */
    {"നവംബർ", 11}, /* ml */
    {"ഫെബ്രുവരി", 2}, /* ml */
    {"മാർച്ച്", 3}, /* ml */
    {"മെയ്", 5}, /* ml */
    {"മേയ്", 5}, /* ml */
    {"സെപ്തംബർ", 9}, /* ml */
    {"സെപ്റ്റംബർ", 9}, /* ml */
    {"අගෝස්තු", 8}, /* si */
    {"අප්රේල්", 4}, /* si */
    {"අප්‍රේල්", 4}, /* si */
    {"ඔක්තෝබර්", 10}, /* si */
    {"ජනවාරි", 1}, /* si */
    {"ජූනි", 6}, /* si */
    {"ජූලි", 7}, /* si */
    {"දෙසැම්බර්", 12}, /* si */
    {"නොවැම්බර්", 11}, /* si */
    {"පෙබරවාරි", 2}, /* si */
    {"මාර්තු", 3}, /* si */
    {"මැයි", 5}, /* si */
    {"සැප්තැම්බර්", 9}, /* si */
    {"ก.ค", 7}, /* th, abbreviation */
    {"ก.พ", 2}, /* th, abbreviation */
    {"ก.ย", 9}, /* th, abbreviation */
    {"กรกฎาคม", 7}, /* th */
    {"กันยายน", 9}, /* th */
    {"กุมภาพันธ์", 2}, /* th */
    {"ต.ค", 10}, /* th, abbreviation */
    {"ตุลาคม", 10}, /* th */
    {"ธ.ค", 12}, /* th, abbreviation */
    {"ธันวาคม", 12}, /* th */
    {"พ.ค", 5}, /* th, abbreviation */
    {"พ.ย", 11}, /* th, abbreviation */
    {"พฤศจิกายน", 11}, /* th */
    {"พฤษภาคม", 5}, /* th */
    {"ม.ค", 1}, /* th, abbreviation */
    {"มกราคม", 1}, /* th */
    {"มิ.ย", 6}, /* th, abbreviation */
    {"มิถุนายน", 6}, /* th */
    {"มี.ค", 3}, /* th, abbreviation */
    {"มีนาคม", 3}, /* th */
    {"ส.ค", 8}, /* th, abbreviation */
    {"สิงหาคม", 8}, /* th */
    {"เม.ย", 4}, /* th, abbreviation */
    {"เมษายน", 4}, /* th */
    {"ກັນຍາ", 9}, /* lo */
    {"ກຸມພາ", 2}, /* lo */
    {"ກໍລະກົດ", 7}, /* lo */
    {"ຕຸລາ", 10}, /* lo */
    {"ທັນວາ", 12}, /* lo */
    {"ພະຈິກ", 11}, /* lo */
    {"ພຶດສະພາ", 5}, /* lo */
    {"ມັງກອນ", 1}, /* lo */
    {"ມິຖຸນາ", 6}, /* lo */
    {"ມີນາ", 3}, /* lo */
    {"ສິງຫາ", 8}, /* lo */
    {"ເມສາ", 4}, /* lo */
    {"စက်တင်ဘာ", 9}, /* my */
    {"ဇန်နဝါရီ", 1}, /* my */
    {"ဇူလိုင်", 7}, /* my */
    {"ဇွန်", 6}, /* my */
    {"ဒီဇင်ဘာ", 12}, /* my */
    {"နိုဝင်ဘာ", 11}, /* my */
    {"ဖေဖော်ဝါရီ", 2}, /* my */
    {"မတ်", 3}, /* my */
    {"မေ", 5}, /* my */
    {"သြဂုတ်", 8}, /* my */
    {"အောက်တိုဘာ", 10}, /* my */
    {"ဧပြီ", 4}, /* my */
    {"ဩဂုတ်", 8}, /* my */
    {"აგვ", 8}, /* ka, abbreviation */
    {"აგვისტო", 8}, /* ka */
    {"აგვისტს", 8}, /* ka, dative */
    {"აპრ", 4}, /* ka, abbreviation */
    {"აპრილი", 4}, /* ka */
    {"აპრილს", 4}, /* ka, dative */
    {"დეკ", 12}, /* ka, abbreviation */
    {"დეკემბერი", 12}, /* ka */
    {"დეკემბერს", 12}, /* ka, dative */
    {"თებ", 2}, /* ka, abbreviation */
    {"თებერვალი", 2}, /* ka */
    {"თებერვალს", 2}, /* ka, dative */
    {"იან", 1}, /* ka, abbreviation */
    {"იანვარი", 1}, /* ka */
    {"იანვარს", 1}, /* ka, dative */
    {"ივლ", 7}, /* ka, abbreviation */
    {"ივლისი", 7}, /* ka */
    {"ივლისს", 7}, /* ka, dative */
    {"ივნ", 6}, /* ka, abbreviation */
    {"ივნისი", 6}, /* ka */
    {"ივნისს", 6}, /* ka, dative */
    {"მაი", 5}, /* ka, abbreviation */
    {"მაისი", 5}, /* ka */
    {"მაისს", 5}, /* ka, dative */
    {"მარ", 3}, /* ka, abbreviation */
    {"მარტი", 3}, /* ka */
    {"მარტს", 3}, /* ka, dative */
    {"ნოე", 11}, /* ka, abbreviation */
    {"ნოემბერი", 11}, /* ka */
    {"ნოემბერს", 11}, /* ka, dative */
    {"ოქტ", 10}, /* ka, abbreviation */
    {"ოქტომბერი", 10}, /* ka */
    {"ოქტომბერს", 10}, /* ka, dative */
    {"სექ", 9}, /* ka, abbreviation */
    {"სექტემბერი", 9}, /* ka */
    {"სექტემბერს", 9}, /* ka, dative */
    {"ማርች", 3}, /* am */
    {"ሜይ", 5}, /* am */
    {"ሴፕቴምበር", 9}, /* am */
    {"ኖቬምበር", 11}, /* am */
    {"ኤፕሪል", 4}, /* am */
    {"ኦክቶበር", 10}, /* am */
    {"ኦገስት", 8}, /* am */
    {"ዲሴምበር", 12}, /* am */
    {"ጁላይ", 7}, /* am */
    {"ጁን", 6}, /* am */
    {"ጃንዩወሪ", 1}, /* am */
    {"ፌብሩወሪ", 2}, /* am */
    {"កក្កដា", 7}, /* km */
    {"កញ្ញា", 9}, /* km */
    {"កុម្ភៈ", 2}, /* km */
    {"តុលា", 10}, /* km */
    {"ធ្នូ", 12}, /* km */
    {"មករា", 1}, /* km */
    {"មិថុនា", 6}, /* km */
    {"មីនា", 3}, /* km */
    {"មេសា", 4}, /* km */
    {"វិច្ឆិកា", 11}, /* km */
    {"សីហា", 8}, /* km */
    {"ឧសភា", 5}, /* km */
};
const words_map words_months = {"months", months, sizeof months / sizeof *months};

/* Words for "month" that pages write with a month's name; read_month_word
 * (src/meta/date.c) reads the name without them, so the month table holds
 * each name once. The value says where the word stands (words.h):
 * Persian "ماه" after the name, joined ("اسفندماه"), after a zero-width
 * non-joiner ("اسفند‌ماه") or as a word of its own ("اسفند ماه");
 * Burmese "လ" after it, joined ("မတ်လ"); Khmer "ខែ" before it, joined
 * ("ខែមីនា"). */
static const words_entry month_words[] = {
    {"ماه", WORDS_MONTH_WORD_AFTER | WORDS_MONTH_WORD_ALONE}, /* fa */
    {"လ", WORDS_MONTH_WORD_AFTER}, /* my */
    {"ខែ", WORDS_MONTH_WORD_BEFORE}, /* km */
};
const words_map words_month_words = {"month_words", month_words, sizeof month_words / sizeof *month_words};

/* Vietnamese month numbers in words, after "tháng" (month): "05 Tháng Ba
 * 2024", "5 tháng Mười Hai năm 2024" (src/meta/date.c,
 * read_month_numeral). Read only there: "ba", "hai" and "năm" are also
 * three, two and "year". Lower case (the month reader folds the word);
 * "mười" (10) joins a following "một" or "hai" into 11 and 12; "Giêng"
 * and "Chạp" are the old names of the first and last month, "tư" and
 * "bẩy" the forms of four and seven that month names take. */
static const words_entry vi_month_numbers[] = {
    {"ba", 3},
    {"bảy", 7},
    {"bẩy", 7},
    {"bốn", 4},
    {"chín", 9},
    {"chạp", 12},
    {"giêng", 1},
    {"hai", 2},
    {"mười", 10},
    {"một", 1},
    {"năm", 5},
    {"sáu", 6},
    {"tám", 8},
    {"tư", 4},
};
const words_map words_vi_month_numbers = {"vi_month_numbers", vi_month_numbers, sizeof vi_month_numbers / sizeof *vi_month_numbers};

/* Words that may stand between a month's name and the year (src/meta/
 * date.c): Thai names the era, "15 มีนาคม พ.ศ. 2562" (Buddhist era) or
 * "ค.ศ. 2019" (Common era); Khmer writes the word for year, most often
 * joined to it: "ថ្ងៃទី១៥ ខែមីនា ឆ្នាំ២០១៩". */
static const char *const year_leads[] = {
    "ค.ศ.", /* th */
    "พ.ศ.", /* th */
    "ឆ្នាំ", /* km */
};
const words_table words_year_leads = {"year_leads", year_leads, sizeof year_leads / sizeof *year_leads};

/* Marks written after a year that name a calendar whose years are not
 * converted (src/meta/date.c, numeric_day): the Ethiopian era, ዓ.ም
 * (ዓመተ ምሕረት, "year of mercy"; also ዓ/ም and ዓ. ም.), seven or eight
 * years behind the Gregorian one, so "12/03/2016 ዓ.ም" is no Gregorian
 * day of 2016; in Latin script "E.C." (Ethiopian Calendar), as
 * English-language Ethiopian sites write it. Matched as the text's next
 * bytes after the year, blanks skipped, ASCII case folded; after the
 * two-digit years too ("12.03.16 ዓ.ም"). */
static const char *const other_era_marks[] = {
    "e.c.", /* en, after an Ethiopian year */
    "ዓ. ም", /* am */
    "ዓ.ም", /* am */
    "ዓ/ም", /* am */
};
const words_table words_other_era_marks = {"other_era_marks", other_era_marks, sizeof other_era_marks / sizeof *other_era_marks};

/* Words for a holiday that may follow a day and a month (src/meta/date.c,
 * holiday_after): "8-март майрамы" (ky), "8 наурыз мерекесі" (kk), "8
 * марта праздник" (ru), "8 березня свято" (uk) name the holiday of that
 * day, not the day a page was written, even with a year before them
 * ("2024-жылдын 8-март майрамы", the holiday of 2024), or precede the day
 * (holiday_before: "Праздник 8 марта 2024", "зі святом 8 березня").
 * Prefixes of the word: its case forms follow (майрамы, майрамына,
 * мерекесі, праздника, святом). After the year only the whole word counts
 * ("2024 праздники закончились" keeps its date). */
static const char *const holiday_words[] = {
    "майрам", /* ky */
    "мереке", /* kk */
    "праздник", /* ru */
    "свято", /* uk */
};
const words_table words_holiday_words = {"holiday_words", holiday_words, sizeof holiday_words / sizeof *holiday_words};

/* Words for "year" after a day-first date's year ("8 марта 2024 года",
 * "2024 г.", Ukrainian "8 березня 2024 року", "р."), skipped before the
 * holiday check after the year (src/meta/date.c, skip_year_tail: "8
 * марта 2024 года праздник" names the holiday). Whole words, an
 * abbreviation with its dot; as written (lower case). */
static const char *const year_tails[] = {
    "г.", /* ru, be */
    "года", /* ru, be */
    "р.", /* uk */
    "року", /* uk */
};
const words_table words_year_tails = {"year_tails", year_tails, sizeof year_tails / sizeof *year_tails};

/* Words before a day whose month is a capital genitive ("к 8 Марта", "ул.
 * 8 Марта", "пл. 1 Мая", "с 8 Марта", Ukrainian "до 8 Березня", "вул. 1
 * Травня") that make the day and month a name, a holiday's or a
 * street's, not a date (src/meta/date.c, name_lead_before). Whole words,
 * an abbreviation with its dot. */
static const char *const date_name_leads[] = {
    "вул.", /* uk street */
    "вулиця", /* uk */
    "до", /* ru, uk: towards, for (a holiday) */
    "к", /* ru */
    "ко", /* ru */
    "пер.", /* ru lane */
    "переулок", /* ru */
    "пл.", /* ru, uk square */
    "площа", /* uk */
    "площадь", /* ru */
    "пр.", /* ru avenue */
    "провулок", /* uk lane */
    "просп.", /* ru, uk avenue */
    "проспект", /* ru, uk */
    "с", /* ru: "поздравляем с 8 Марта" */
    "со", /* ru */
    "ул.", /* ru street */
    "улица", /* ru */
};
const words_table words_date_name_leads = {"date_name_leads", date_name_leads, sizeof date_name_leads / sizeof *date_name_leads};

/* Words for the year after it in a year-first date, a blank on each side
 * (src/meta/date.c, match_year_first): Kazakh "2019 жылғы 15 наурыз"
 * (жылғы, ж.: of the year; жылы: in the year, "2024 жылы 5 наурызда"),
 * Georgian "2019 წლის 15 მარტი" (of the year): day and month after it;
 * Armenian "2019 թ. մարտի 15" (թ.: year; թվականի: of the year) and
 * Myanmar "၂၀၂၄ ခုနှစ် မတ်လ ၁၅ ရက်" (ခုနှစ်: year): month and day.
 * Whole words, an abbreviation with its dot. */
static const char *const year_first_words[] = {
    "ж.", /* kk */
    "жылы", /* kk, in the year: "2024 жылы 5 наурызда" */
    "жылғы", /* kk */
    "թ.", /* hy */
    "թվականի", /* hy, of the year: "2024 թվականի մարտի 5-ին" */
    "ခုနှစ်", /* my */
    "წლის", /* ka */
};
const words_table words_year_first_words = {"year_first_words", year_first_words, sizeof year_first_words / sizeof *year_first_words};

/* Kyrgyz words for the year joined to it by a hyphen in a year-first
 * date (src/meta/date.c, match_year_first): "2024-жылдын 5-марты" (of
 * the year), "2024-жылы 5-март" (in the year), "2024-ж. 5-март" (its
 * abbreviation). Whole words. */
static const char *const ky_year_words[] = {
    "ж.",
    "жылдын",
    "жылы",
};
const words_table words_ky_year_words = {"ky_year_words", ky_year_words, sizeof ky_year_words / sizeof *ky_year_words};

/* Words that introduce a publication date in running text, for pages
 * whose date line is neither marked nor near the headline ("Erschienen
 * am: 01.11.2023" in a page footer, "Posted on ..." under the story; blog
 * templates: "Dieser Artikel wurde am 14. Dezember 2015 ... geschrieben",
 * "Mise en ligne : 23 mai 2019"). Found anywhere in a text node, case
 * folded (src/meta/date_pick.c). "Published" in more languages, the
 * ones that start "pu": sv Publicerad, da Publiceret, no Publisert, cs
 * Publikováno, pl Opublikowano ("publikowano"), de Publiziert, ro
 * "Publicat:", "Publication date". Labels are tried at every position
 * whose two bytes start one (a bitmap of pairs), each such position
 * against the whole table: labels opening with common pairs ("de", "da",
 * "di", "ge": "date de publication", "data di pubblicazione",
 * "diterbitkan", "geplaatst op") cost +0.36 % instructions on 100
 * trafilatura-eval pages, and labels in other scripts (Cyrillic, Greek,
 * CJK, Korean) +0.70 % with the vector filter's extra bytes, so they
 * are left out. Not a bare "publicat" or "posted ": prose ("the
 * publication of …", "she posted on …") is followed by other days. */
static const char *const date_labels[] = {
    "artikel wurde am", "beitrag wurde am", "datum:", "eintrag wurde am", "erschienen", "erstellt am",
    "gepubliceerd", "geschrieben am", "mise en ligne", "posted on", "posted:", "pubblicato",
    "publicado", "publicat:", "publication date", "publicerad", "publiceret", "publikováno",
    "publikowano", "publisert", "published", "publiziert", "publié", "veröffentlicht", "written on",
};
const words_table words_date_labels = {"date_labels", date_labels, sizeof date_labels / sizeof *date_labels};

/* Phrases of a post's own date sentence that words_date_labels leaves
 * out, read only where a date stands inside a sentence (date_in_sentence
 * in src/meta/date_pick.c): anywhere in the text, ASCII case folded, they
 * keep the date as the page's. WordPress's classic footer puts the
 * category, and the tags, between "posted" and the date ("This entry was
 * posted in News and tagged ferry on March 5, 2024 by admin"), as do
 * "posted by jane in local news on ..." lines; Spanish and Italian footers
 * agree the participle with "entrada"/"voce" ("fue publicada", "è stata
 * pubblicata"), so both genders' stem. A press release's lead "X announced
 * on March 5, 2024 that ..." carries the release's own day. Broader than
 * the labels' table, which reads whole pages: here the alternative is no
 * date at all. */
static const char *const sentence_post_phrases[] = {
    " and tagged ", "announced on", "entry was posted", "posted by ", "posted in ", "pubblicat", "publicad",
};
const words_table words_sentence_post_phrases = {"sentence_post_phrases", sentence_post_phrases,
                                                 sizeof sentence_post_phrases / sizeof *sentence_post_phrases};

/* A field label standing alone in a page's info box, its value in the
 * next element ("<dt>Datum</dt><dd>12.03.2019</dd>"); a colon after it is
 * allowed (meta/date_pick.c). Only the bare word: "Datum der Veranstaltung"
 * names another date. */
static const char *const date_field_labels[] = {"date", "datum", "fecha"};
const words_table words_date_field_labels = {"date_field_labels", date_field_labels,
                                             sizeof date_field_labels / sizeof *date_field_labels};

/* The author label of the same info boxes ("<dt>Autor</dt>"), a colon
 * allowed: a row that names the author marks the box as the story's own. */
static const char *const author_field_labels[] = {"author", "autor", "autorin", "by", "verfasser", "von"};
const words_table words_author_field_labels = {"author_field_labels", author_field_labels,
                                               sizeof author_field_labels / sizeof *author_field_labels};

/* Labels of a last-update line ("Aktualisiert: 30.12.2016"), read only
 * when the page states no publication date at all. The "updated" of more
 * languages and scripts too, as update_words below has them: a page
 * whose only date was "আপডেট: জানুয়ারি ২৩, ২০২৪" or "آخر تحديث: ..." gave
 * none, where the same page in English or German gave its update day.
 * The Greek and Cyrillic entries are stems without their first letter
 * ("νημερώθηκε", "бновлен"), as update_words below: the label matcher
 * folds ASCII case only, so the stem matches "Ενημερώθηκε"/"ενημερώθηκε"
 * and "Обновлено"/"обновлено" alike. */
static const char *const update_labels[] = {
    "$date:", "actualizado", "actualizat", "aggiornato", "aktualisiert", "aktualizacja", "aktualizov",
    "atualiza", "ažurirano", "bijgewerkt", "diperbarui", "frissítve", "güncelle", "last modified",
    "letzte änderung", "mis à jour", "opdateret", "oppdatert", "päivitetty", "stand:", "updated",
    "uppdaterad", "zaktualizowano", "zuletzt geändert", "νημερώθηκε", "бновлен", "עודכן", "اپ ڈیٹ", "اپڈیٹ", "تحديث",
    "روز رسانی", "روزرسانی", "अपडेट", "আপডেট", "হালনাগাদ", "ปรับปรุงล่าสุด", "อัปเดต", "更新", "수정",
};
const words_table words_update_labels = {"update_labels", update_labels, sizeof update_labels / sizeof *update_labels};

/* Names that frameworks and templates give an article's publication
 * (then creation) time in page state and analytics: "datePublished":
 * "...", {'publishDate': '...'} in a dataLayer push, var pubDate = '...'.
 * The number is the order of trust, 1 first: across all scripts, every
 * name of rank 1 is looked for before any of rank 2. Entered lower-case;
 * the script stage compares the letters after the first with ASCII case
 * folding (src/meta/date_pick.c, script_state_date), so "publishedAt"
 * and "publishedat" are one name. The French, Portuguese, Italian and
 * Spanish names for the publication date (datePublication,
 * data_publicacao, dataPubblicazione, fecha_publicacion), as templates of
 * those languages name the state, come after the English ones, and the
 * German ones last (erscheinungsdatum, veroeffentlicht,
 * veroeffentlichungsdatum: "ö" spelt "oe", as ASCII names are). */
static const words_entry script_date_keys[] = {
    {"created_at", 12}, {"createdat", 11}, {"data_pubblicazione", 20}, {"data_publicacao", 19},
    {"datapubblicazione", 18}, {"datapublicacao", 17}, {"date_publication", 16}, {"date_published", 7},
    {"datecreated", 13}, {"datepublication", 15}, {"datepublished", 1}, {"erscheinungsdatum", 23},
    {"fecha_publicacion", 22}, {"fechapublicacion", 21}, {"firstpublished", 10}, {"pubdate", 9},
    {"publication_date", 14}, {"publicationdate", 8}, {"publish_date", 6}, {"publishdate", 5},
    {"published_at", 2}, {"publishedat", 3}, {"publisheddate", 4}, {"veroeffentlicht", 24},
    {"veroeffentlichungsdatum", 25},
};
const words_map words_script_date_keys = {"script_date_keys", script_date_keys,
                                          sizeof script_date_keys / sizeof *script_date_keys};

/* The whole text of a list's first item that titles the list as one of
 * events (a sidebar's "Veranstaltungen" item, then one item per event
 * with its day): the dates below it are the events' days. Lower-case, a
 * trailing colon dropped before the look-up. */
static const char *const event_list_titles[] = {
    "agenda", "aktuelle termine", "aktuelle veranstaltungen", "calendar", "eventi", "eventos", "events",
    "kalender", "kommende termine", "kommende veranstaltungen", "nächste termine", "termine",
    "upcoming events", "veranstaltungen", "veranstaltungskalender", "événements",
};
const words_table words_event_list_titles = {"event_list_titles", event_list_titles,
                                             sizeof event_list_titles / sizeof *event_list_titles};

/* The word right before a date that makes it the start of a period,
 * never a publication: "a reporter here since March 15, 2007" in an
 * author's bio. Whole words, lower-case. English only: German "seit",
 * French "depuis", Spanish "desde" also open labels of a page's own
 * date ("Online seit 15.03.2019", "En ligne depuis le ..."). */
static const char *const period_starts[] = {"since"};
const words_table words_period_starts = {"period_starts", period_starts, sizeof period_starts / sizeof *period_starts};

/* Words after a clock's "am" that make it German "am" (on), not the
 * 12-hour marker: "12:30 am Montag" is half past noon on Monday. German
 * weekdays only; English writes "12:30 am Monday" for half past
 * midnight, so a weekday in another language keeps the marker. */
static const char *const clock_am_weekdays[] = {"dienstag", "donnerstag", "freitag", "mittwoch", "montag", "samstag", "sonnabend", "sonntag"};
const words_table words_clock_am_weekdays = {"clock_am_weekdays", clock_am_weekdays, sizeof clock_am_weekdays / sizeof *clock_am_weekdays};

/* A clock's unit or time zone, written after it: "13:10 Uhr", "21 h",
 * "2:30 pm ET", "14:30 MESZ" (lower-case: lines are compared folded).
 * Zones of at most four letters; a word that is also a common word
 * ("art", "eat", "west") is left out. */
static const char *const clock_units[] = {
    "acst", "aedt", "aest", "akst", "awst", "bst", "cdt", "cest", "cet", "ct", "edt", "eest",
    "eet", "est", "et", "gmt", "h", "hkt", "hr", "hrs", "hs", "hst", "ist", "jst", "kst", "mdt",
    "mesz", "mez", "msk", "mst", "mt", "nzdt", "nzst", "pdt", "pst", "pt", "sast", "sgt", "uhr",
    "utc", "wib"};
const words_table words_clock_units = {"clock_units", clock_units, sizeof clock_units / sizeof *clock_units};

/* Words between a date and its clock time: "7. März 2021 um 14:30 Uhr",
 * "March 7, 2021 at 2:30 pm", "7 mars 2021 à 14:30", "7 de marzo de 2021
 * a las 14:30", "07/03/2021 às 14:30", "7 marzo 2021 alle 14:30", "7 maart
 * 2021 om 14:30", "7. mars 2021 kl. 14:30", "7.3.2021 klo 14:30". */
static const char *const time_leads[] = {"a las", "alle", "at", "kl.", "klo", "om", "um", "à", "às"};
const words_table words_time_leads = {"time_leads", time_leads, sizeof time_leads / sizeof *time_leads};

/* The marker of a 12-hour clock after a time, 1 before noon, 2 after:
 * "8:15 PM", "08:15pm", "12:05 a.m."; Arabic "١٠:٣٠ م" (م for مساءً,
 * evening) and "ص" (صباحًا, morning), also written out. */
static const words_entry clock_markers[] = {
    {"a.m.", 1}, {"am", 1}, {"p.m.", 2}, {"pm", 2}, {"ص", 1}, {"صباحا", 1}, {"صباحًا", 1},
    {"م", 2}, {"مساء", 2}, {"مساءا", 2}, {"مساءً", 2},
};
const words_map words_clock_markers = {"clock_markers", clock_markers, sizeof clock_markers / sizeof *clock_markers};

/* Words that analytics layers put before a publication-date name in
 * script state to say whose date it is: "article_publish_date",
 * "page_publish_date", "articlePublishDate" (Tealium's utag_data, Adobe's
 * digitalData). Only these: a prefix may also name another date
 * ("last_publish_date", "embargo_publish_date"). */
static const char *const script_date_owners[] = {
    "article", "asset", "content", "doc", "document", "entry", "item", "news", "page", "post", "story",
};
const words_table words_script_date_owners = {"script_date_owners", script_date_owners,
                                              sizeof script_date_owners / sizeof *script_date_owners};

/* Words before a date that is the clock at the time of the crawl
 * ("Aktuelle Zeit: 14.10.2020, 12:18" in forum software, "Today is ...").
 * Site headers print today's date under "today" in every language:
 * "Aujourd'hui : vendredi 15 mars 2019", "Hoy es …", "Oggi è …",
 * "Vandaag is …", "Idag är …", "Dzisiaj jest …", "Сегодня: …" (the stem
 * "егодня": ASCII case folding only), "Bugün: …", "Hoje é …", "اليوم: …",
 * "امروز …", "আজ: …", "आज: …", "Dnes je …", "Tänään on …", "Σήμερα: …"
 * (stem "ήμερα"), "Danas je …", "Hari ini: …", "今日は…", "今天是…",
 * "오늘은 …". The Bengali and Hindi "today" is entered with its colon or
 * blank: "আজাদ" is a name. The moment a page was printed, generated,
 * cached or downloaded is the crawl's too ("Printed on …", "Gedruckt am
 * …", "Druckdatum:", "Imprimé le …", "Page generated on …", "Server
 * time:", "Serverzeit:", "Cached on …"). Forum software prints the
 * clock under its own words: "Aktuelles Datum und Uhrzeit:", "La
 * date/heure actuelle est", "Fecha y hora actual:", "Data e ora attuali",
 * "Data/hora atual", "Het is momenteel", "Obecny czas", "Текущее время"
 * (stem "екущее время"), "Aktuální čas". */
static const char *const clock_labels[] = {
    "aktuelle zeit", "aktuelles datum", "aktuální čas", "aujourd'hui", "aujourd’hui", "bugün",
    "cached on", "current date", "current time", "danas je", "data e ora attuali",
    "data/hora atual", "date/heure actuelle", "dnes je", "dnes:", "downloaded on", "druckdatum",
    "dzisiaj jest", "dzisiaj:", "dziś jest", "dziś:", "fecha actual", "fecha y hora actual",
    "gedruckt am", "generated on", "generated:", "hari ini", "het is momenteel", "heure du serveur",
    "heute ist", "heute:", "hoje é", "hoje:", "hoy es", "hoy:", "i dag er", "i dag är", "idag er",
    "idag är", "idag:", "impreso el", "imprimé le", "it is currently", "nous sommes le",
    "obecny czas", "oggi e'", "oggi è", "oggi:", "page generated", "printed on", "server time",
    "serverzeit", "stampato il", "today is", "today's date", "today:", "tänään on", "tänään:",
    "vandaag is", "vandaag:", "ήμερα", "егодня", "екущее время", "اليوم:", "امروز", "आज ", "आज:",
    "আজ ", "আজ:", "今天是", "今天：", "今日は", "오늘은",
};
const words_table words_clock_labels = {"clock_labels", clock_labels, sizeof clock_labels / sizeof *clock_labels};

/* Words right before a date of a person, a revision or a cited work,
 * not of the story: a profile's sign-up date ("Joined: Mar 15, 2007",
 * "Mitglied seit"), a wiki's revision stamp ("This page was last edited
 * on ..."; "last modified on" is an update word already, "Diese Seite wurde zuletzt am ... geändert", "Questa pagina è
 * stata modificata per l'ultima volta il ..."), a citation's access date
 * ("Retrieved 2016-05-01", "Abgerufen am ..."), a person's or a body's
 * life in an infobox or bio ("Born", "Founded", "Gegründet"); a
 * citation's access date in other languages ("Date de consultation",
 * "Fecha de consulta", "Data di accesso", "Abgerufen:"); a visitor's last
 * visit ("Letzter Besuch", "Dernière visite", "Última visita", "Laatste
 * bezoek"); a deadline, an event's or an offer's day ("Deadline",
 * "Closing date", "Bewerbungs-/Anmelde-/Einsendeschluss", "Date limite",
 * "Fecha límite", "Event date", "Veranstaltungsdatum", "Termin:", "Valid
 * until", "Gültig bis", "Expires", "Offer ends", "Ablaufdatum"; "Valid
 * from", "Gültig ab", "Valable du", "Válido desde", "Geldig van",
 * "Event:", "Veranstaltung:", "Tickets go on sale", "Vorverkauf ab",
 * "Forecast for", "Vorhersage für"); an event announced in the story's
 * prose ("The concert takes place on …", "will be held on", "will take
 * place on", "scheduled for", "findet am … statt", "aura lieu le",
 * "tendrá lugar el", "se celebrará el"): the day of the event, not of the
 * story; a health page's review stamp ("Last
 * reviewed: …", "Page last reviewed …": when an editor last checked
 * the page, not when it was published). Forum
 * user boxes name the sign-up date in every language (phpBB, vBulletin,
 * XenForo translations): "Registriert:", "Beigetreten", "Inscription :",
 * "Membre depuis", "Registrato", "Lid sinds", "Medlem sedan", "Dołączył",
 * "Зарегистрирован", "Katılım", "Fecha de registro", "Registrace",
 * "Liittynyt", "Regisztrált", "가입일", "登録日", "注册时间", "Join date";
 * a shop's or a service's "Customer since", "User since", "Subscriber
 * since" ("Kunde seit", "Nutzer seit", "Usuario desde", "Cliente
 * desde", "Utilisateur depuis", "Client depuis") in a user box.
 * Entries are lower case and matched with ASCII case folding only, so a
 * label that opens with a capital outside ASCII is entered without its
 * first letter ("yelik tarihi" for Üyelik, "nregistrat" for Înregistrat,
 * "а форуме с" for На форуме с, "а сайте с" for На сайте с, a
 * profile's "on the site since"), and the Russian ones by their stem
 * "егистр" (Регистрация, Зарегистрирован: the word and its colon are
 * longer than the 28 bytes read before a date). */
static const char *const not_story_labels[] = {
    "abgerufen am", "abgerufen:", "ablaufdatum", "accessed", "account created", "angemeldet seit",
    "anmeldeschluss", "aura lieu le", "beigetreten", "bewerbungsschluss", "born", "bu sayfa en son",
    "client depuis", "cliente desde", "closing date", "consulté le", "customer since", "dabei seit",
    "data de registo", "data de registro", "data di accesso", "data registrazione", "data rejestracji",
    "date d'expiration", "date d'inscription", "date de consultation", "date limite", "de cette page le",
    "deadline", "dernière fois le", "dernière modification", "dernière visite", "died", "dołączył",
    "einsendeschluss", "established", "event date", "event:", "evento:", "expires", "expiry date",
    "fecha de consulta", "fecha de registro", "fecha de vencimiento", "fecha límite", "findet am",
    "forecast for", "founded", "geboren", "gegründet", "geldig tot", "geldig van", "geregistreerd",
    "gestorben", "gültig ab", "gültig bis", "inscription :", "inscription:", "inscrit depuis", "inscrit le",
    "iscritto", "join date", "joined", "katılım", "kayıt tarihi", "kunde seit", "laatst bewerkt op",
    "laatste bezoek", "last active", "last edited", "last login", "last reviewed", "last visit",
    "letzter besuch", "lid geworden", "lid sinds", "liittynyt", "ltima visita", "medlem sedan",
    "medlem siden", "member since", "membre depuis", "membro dal", "membro desde", "miembro desde",
    "mitglied seit", "nacido", "naposledy", "nregistrat", "nutzer seit", "né le", "née le", "offer ends",
    "on sale from", "ostatnio edytowano", "page a été faite le", "redigerades senast", "registered",
    "registrace", "registrado", "registrado em", "registration", "registrato", "registrerad", "registreret",
    "registrert", "registriert am", "registriert seit", "registriert:", "registrován", "regisztráció",
    "regisztrált", "rekisteröitynyt", "retrieved", "revision as of", "scheduled for", "se celebrará el",
    "se unió", "sist redigert", "subscriber since", "takes place on", "tendrá lugar el", "termin:",
    "tickets go on sale", "ultima dată pe", "ultima volta il", "user since", "usuario desde",
    "utilisateur depuis", "utolsó módosítása", "valable du", "valable jusqu", "valid from", "valid until",
    "valido dal", "valido fino", "veranstaltung:", "veranstaltungsdatum", "viimeksi muutettu",
    "vorhersage für", "vorverkauf ab", "válido desde", "válido hasta", "will be held on",
    "will take place on", "wurde zuletzt am", "yelik tarihi", "zarejestrowany", "zuletzt bearbeitet",
    "última edición", "última vez el", "а сайте с", "а форуме с", "егистр", "تاريخ التسجيل", "تاریخ عضویت", "عضو منذ",
    "加入时间", "注册日期", "注册时间", "登録日", "註冊時間", "가입일",
};
const words_table words_not_story_labels = {"not_story_labels", not_story_labels,
                                            sizeof not_story_labels / sizeof *not_story_labels};

/* The revision stamps among them, read as the page's date only when it
 * states no other: a wiki page's last edit is the best date it has.
 * MediaWiki's footer in other languages is entered by the words that end
 * right before the date ("… de cette page le", "… pour la dernière fois
 * le", "sidan redigerades senast den", "sivua on viimeksi muutettu",
 * "bu sayfa en son", "utolsó módosítása:", "ultima dată pe"): a label
 * must end within 28 bytes of the date. "Page last updated" is a CMS's
 * page stamp in the footer (the labelled pass skips footers): the
 * page's date when it states no other. */
static const char *const revision_labels[] = {
    "bu sayfa en son", "de cette page le", "dernière fois le", "laatst bewerkt op", "last edited",
    "last modified on", "naposledy", "ostatnio edytowano", "page a été faite le", "page last updated",
    "page was last updated", "redigerades senast",
    "revision as of", "sist redigert", "ultima dată pe", "ultima volta il", "utolsó módosítása",
    "viimeksi muutettu", "wurde zuletzt am", "zuletzt bearbeitet", "última vez el",
};
const words_table words_revision_labels = {"revision_labels", revision_labels,
                                           sizeof revision_labels / sizeof *revision_labels};

/* Words before a date that flag it as an update ("Updated March 3, 2019"):
 * a later date in the same text is the publication date. "Dernière mise
 * à jour", "Letzte Änderung:" (ASCII case folding only: the colon keeps
 * "nderung:" from prose "Veränderung"), "Última modificación"/"Ultima
 * modifica", "Laatst gewijzigd", "Senast ändrad", "Ostatnia zmiana",
 * "Last revised". "Updated" in more languages: pt "Atualizado/Atualização"
 * ("atualiza"), nl "Bijgewerkt", pl "Zaktualizowano/Aktualizacja", sv
 * "Uppdaterad", da "Opdateret", no "Oppdatert", tr "Güncellendi/Güncelleme"
 * ("güncelle"), cs/sk "Aktualizováno/é" ("aktualizov"), ro "Actualizat",
 * id "Diperbarui", ru "Обновлено" (stem "бновлен": ASCII case folding
 * only), fi "Päivitetty", hu "Frissítve", el "Ενημερώθηκε" (stem), hr
 * "Ažurirano", ur "اپ ڈیٹ" (also joined, "اپڈیٹ"), th "อัปเดต" and
 * "ปรับปรุงล่าสุด" (last revised; not the bare "ปรับปรุง", also
 * "improve" in prose), he "עודכן", zh/ja "更新", ko "수정" (the "입력 … /
 * 수정 …" pair of Korean news). Not Vietnamese "Cập nhật": news sites there label
 * the posting time so (golden case meta_date_text_vi). */
static const char *const update_words[] = {
    "actualizado", "actualizat", "aggiornato", "aktualisiert", "aktualizacja", "aktualizov", "atualiza",
    "ažurirano", "bijgewerkt", "diperbarui", "frissítve", "gewijzigd", "geändert",
    "güncelle", "letzte änderung", "mis à jour", "mise à jour", "modifica", "modified", "nderung:",
    "opdateret", "oppdatert", "ostatnia zmiana", "päivitetty", "revised", "updated", "uppdaterad",
    "zaktualizowano", "ändrad", "νημερώθηκε", "бновлен", "עודכן", "اپ ڈیٹ", "اپڈیٹ", "تحديث", "روز رسانی", "روزرسانی",
    "अपडेट", "আপডেট", "হালনাগাদ", "ปรับปรุงล่าสุด", "อัปเดต", "更新", "수정",
};
const words_table words_update_words = {"update_words", update_words, sizeof update_words / sizeof *update_words};

/* Words of a photo caption that mark an archive picture: its day is when
 * the picture was taken, years before the story ("FILE - In this Jan. 5,
 * 2017, file photo"). Matched anywhere in the caption, case folded. */
static const char *const archive_photo_labels[] = {
    "archivbild", "archive photo", "archive picture", "archivfoto", "file -", "file photo", "file picture",
    "foto d'archivio", "foto de archivo", "image d'archive", "photo d'archive",
};
const words_table words_archive_photo_labels = {"archive_photo_labels", archive_photo_labels,
                                                sizeof archive_photo_labels / sizeof *archive_photo_labels};

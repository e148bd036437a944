/* author.c (words): the vocabulary of byline cleaning (src/meta/author.c),
 * one table per role, lower-case UTF-8, sorted bytewise, matched whole and
 * ASCII case-insensitively (words_exact_ci). */
#include "words.h"

#define TABLE(name) const words_table words_author_##name = {"author_" #name, name, sizeof name / sizeof *name}

/* Words that introduce a byline, in several languages ("by", "von", "par",
 * "written by", "zeige alle beiträge von"; Drupal's "Submitted by" line
 * in its translations: "gespeichert von", "soumis par", "enviado por").
 * A byline loses the longest one it starts with
 * (words_longest_prefix_ci), so "written by" wins over "by". */
static const char *const prefixes[] = {
    "all posts by", "alle beiträge von", "article by", "articles by", "artikel von", "auteur:",
    "author", "author:", "authors:", "autor", "autor:", "autorin", "autorin:", "av", "beitrag von",
    "by", "by:", "door", "ein artikel von", "ein beitrag von", "eingestellt von", "enviado por",
    "erstellt von", "escrito por", "foto:", "fotos:", "geplaatst door", "gepostet von",
    "geschrieben von", "gespeichert von", "interview und text:", "interview:", "mehr von",
    "more from", "more posts by", "par", "photo:", "photos:", "por", "post author", "posted by",
    "posted on", "pressemitteilung von", "propos recueillis par", "przez", "pubblicato da",
    "publicado por", "published by", "publiziert am", "publiziert von", "publié par",
    "recueilli par", "recueillis par", "reported by", "reporter:", "scritto da", "soumis par",
    "story by", "submitted by", "text & bild:", "text & foto:", "text & fotos:", "text and photos:",
    "text by", "text und bild:", "text und foto:", "text und fotos:", "text und interview:",
    "text:", "verfasst von", "veröffentlicht am", "veröffentlicht von", "view all posts by", "von",
    "von:", "words by", "written by", "zeige alle beiträge von", "zum profil von",
};
TABLE(prefixes);

/* Whole parts of a byline that are link labels or furniture, never names
 * (a weekday left over when the date after it was cut is one too: the
 * check also asks the weekdays table below; "On" left of
 * "On 6/13/2018 by @handle" when the handle is dropped; "news" in some
 * languages, left of "NOTICIAS EL EXAMPLE" cut at " el "). The
 * "published"/"updated" labels of many languages and scripts are here
 * too: in a meta line "Опубликовано 05.03.2024" or "发布时间 2024-03-05"
 * the label is what is left once the date is cut. A publishing system's
 * placeholder for a story with no writer ("No Author", "Unknown") and a
 * wire story's "Agencies" (no agency named) are no names either. Matched
 * whole after lower-casing as meta_lower_char lowers (ASCII, Latin,
 * Cyrillic). */
static const char *const junk[] = {
    "actualités", "actualizat", "admin", "administrator", "agencies", "aktualisiert",
    "aktualizacja", "aktualizováno", "all posts", "am", "and", "anonymous", "anzeige", "article", "artikel empfehlen",
    "author", "authors", "ažurirano", "bijgewerkt", "by", "comment", "comments", "contact", "cortesía",
    "courtesy", "cập nhật", "date", "datum", "diperbarui", "dipublikasikan", "diterbitkan", "editorial",
    "editorial team", "eingestellt", "email", "erstellt", "facebook", "follow", "follow author",
    "frissítve", "gepostet", "gepubliceerd", "geschrieben", "gesponserte inhalte", "guest",
    "güncelleme", "home", "julkaistu", "kundenbewertung", "közzétéve", "last", "last modified",
    "last updated", "mehr",
    "menu", "more", "more posts", "nachrichten", "news", "nieuws", "no author", "noticias", "notizie",
    "notícias", "null", "objavljeno", "on", "opdateret", "oppdatert", "opublikowano", "posted", "pressemitteilung",
    "profile", "pubblicato", "publicado", "publicat", "publicerad", "publiceret", "publicidad",
    "publicité", "publikováno", "publisert", "published", "publiziert", "publié", "päivitetty",
    "quelle", "read more", "redaktion", "see all", "share", "source", "sponsored", "staff",
    "staff reporter", "staff writer", "stand", "super user", "team", "twitter", "undefined", "unknown",
    "updated", "uppdaterad", "veröffentlicht", "view all", "view profile", "werbung", "written",
    "yayınlanma", "yayınlanma tarihi", "zaktualizowano", "zveřejněno", "đăng lúc", "обновлено",
    "оновлено", "опубликовано", "опубліковано", "публикувано", "آخر تحديث", "تاريخ النشر", "نشر",
    "نشر في", "प्रकाशित", "प्रकाशित तिथि", "公開", "公開日", "发布", "发布时间", "更新", "更新日", "更新时间", "기사입력", "등록",
    "수정", "입력",
};
TABLE(junk);

/* Weekdays in English, German, French, Spanish, Italian and Dutch, and in
 * the languages whose date lines the date reader knows besides: Vietnamese
 * (two words, "Thứ Ba", also "Thứ 3"), Russian, Kyrgyz, Kazakh, Mongolian
 * and Thai. Mongolian day names (Даваа, Пүрэв, Бямба ...) and the Kazakh
 * and Kyrgyz Friday (Жұма, Жума) are everyday given names too: the
 * Mongolian ones are here only as a date line writes them, with
 * "гараг" ("Даваа гараг"), and Friday not at all. One written between
 * a name and the date after it ("Jane Doe Monday, February 29, 2016":
 * the name and the date line in one byline
 * box) is the date's, not the name's last words. (Alone, a weekday is a
 * junk part too: meta/author.c asks this table beside the one above,
 * with the word lower-cased first, Cyrillic capitals too.) */
static const char *const weekdays[] = {
    "chủ nhật", "dienstag", "dimanche", "dinsdag", "domenica", "domingo", "donderdag", "donnerstag", "freitag",
    "friday", "giovedì", "jeudi", "jueves", "lundi", "lunedì", "lunes", "maandag", "mardi", "martedì", "martes",
    "mercoledì", "mercredi", "mittwoch", "miércoles", "monday", "montag", "sabato", "samedi", "samstag",
    "saturday", "sonnabend", "sonntag", "sunday", "sábado", "thursday", "thứ 2", "thứ 3", "thứ 4", "thứ 5",
    "thứ 6", "thứ 7", "thứ ba", "thứ bảy", "thứ hai", "thứ năm", "thứ sáu", "thứ tư", "tuesday", "vendredi",
    "venerdì", "viernes", "vrijdag", "wednesday", "woensdag", "zaterdag", "zondag", "баасан гараг", "бейсенбі",
    "бейшемби", "бямба гараг", "воскресенье", "вторник", "даваа гараг", "дүйсенбі", "дүйшөмбү", "жексенбі",
    "жекшемби", "ишемби", "лхагва гараг", "мягмар гараг", "ням гараг", "понедельник", "пятница", "пүрэв гараг",
    "сейсенбі", "сенбі", "среда", "суббота", "сәрсенбі", "четверг", "шаршемби", "шейшемби", "วันจันทร์",
    "วันพฤหัสบดี", "วันพุธ", "วันศุกร์", "วันอังคาร", "วันอาทิตย์", "วันเสาร์",
};
TABLE(weekdays);

/* News agencies that write their own name in lower case ("dpa", "epd",
 * "kna", "sid"): a byline "dpa am 25.01.2022" or "Von epd" names the
 * agency, though a name is otherwise told by its capital. */
static const char *const lower_agencies[] = {
    "apa", "ddp", "dpa", "epd", "kna", "sda", "sid",
};
TABLE(lower_agencies);

/* News agencies named in words ("Associated Press"): a declared author
 * that is an organisation still signs the story when it is an agency
 * (src/meta/author_pick.c); matched whole, ASCII case-insensitively. */
static const char *const agencies[] = {
    "agence france-presse", "associated press", "europa press", "reuters", "thomson reuters",
};
TABLE(agencies);

/* News agencies credited by their letters in a story's dateline or its
 * closing credit ("Springfield (XPA) -", "... (XPA, AB)"), besides the
 * lower-case ones above (lower_agencies, matched there case-blind too):
 * where no byline names anyone, the credited agency is the author
 * (src/meta/author_pick.c, text_agency_credit). Matched whole, ASCII
 * case-insensitively. Capitals alone are not enough there: a credit's
 * other letters are the site's or an editor's ("(XPA, AB)"). The short
 * letters of national agencies are here too (nl ANP, sv TT, no NTB, uk
 * PA, au AAP, ca CP, pl PAP, hu MTI, in PTI/ANI/IANS, tr AA/DHA/IHA, ...):
 * an agency in this table is never an editor's initials (author_is_initials),
 * so "Site /ANP" gives the agency, not nothing. */
static const char *const agency_letters[] = {
    "aa", "aap", "afp", "ani", "anp", "ansa", "ap", "ats", "belga", "bernama", "bta", "cp", "ctk", "dha",
    "efe", "epa", "hina", "ians", "iha", "jiji", "kap", "kyodo", "lusa", "mti", "ntb", "pa", "pap", "pti",
    "reuters", "ritzau", "sta", "stt", "tasr", "tass", "tt", "upi", "xinhua", "yonhap",
};
TABLE(agency_letters);

/* A site's name that opens with a definite article ("The Example Press",
 * "El Example", "Die Example Zeitung") names a publication, not a person:
 * no one's name opens so. Matched whole, ASCII case-insensitively, on the
 * first word of a site name posing as the author (src/meta/author_pick.c,
 * site_name_is_brand). "La", "Le", "De" are left out: surnames open so. */
static const char *const site_articles[] = {
    "das", "der", "die", "el", "het", "il", "les", "los", "the",
};
TABLE(site_articles);

/* The last word of a site's name that makes it an organisation's or a
 * publication's name ("Example Foundation", "Example Verlag", "Example
 * Press"), not a writer's, where a site posing as the author is judged
 * (site_name_is_brand). Matched whole, ASCII case-insensitively. */
static const char *const site_org_nouns[] = {
    "ag", "agency", "agentur", "association", "foundation", "gesellschaft", "gmbh", "inc", "inc.",
    "institut", "institute", "llc", "ltd", "ltd.", "magazin", "magazine", "press", "presse", "society",
    "stiftung", "verlag", "zeitung",
};
TABLE(site_org_nouns);

/* The last word of a newspaper's name ("Example Rundschau", "Valley
 * Courier"): two capitalised words that would pass as a person's name,
 * but no surname is such a noun. Checked where an organisation declared
 * as the author is judged a person (src/meta/author_pick.c,
 * org_reads_as_person). Matched whole, ASCII case-insensitively. */
static const char *const paper_nouns[] = {
    "allgemeine", "anzeiger", "bote", "chronicle", "courier", "courrier", "diario", "gazette", "gazzetta",
    "herald", "journal", "kurier", "messenger", "nachrichten", "post", "rundschau", "tagblatt", "tageblatt",
    "telegraph", "times", "tribuna", "tribune", "zeitung",
};
TABLE(paper_nouns);

/* The last word of a blog's name ("Harbourline Engineering Blog"): a
 * byline that is the words before it, or its first words ("Saltmarsh" on
 * "Saltmarsh Travel Notes Blog"), is the account the blog posts from, the site
 * itself, not a writer (src/meta/author_pick.c, blog_account). Matched
 * whole, ASCII case-insensitively. */
static const char *const blog_nouns[] = {
    "blog", "blogg", "blogs", "weblog",
};
TABLE(blog_nouns);

/* Parts after a comma that are credentials, not people ("Jane Doe, MD"). */
static const char *const credentials[] = {
    "bsc", "dds", "do", "esq", "jr", "jr.", "m.d.", "ma", "mba", "md", "mph", "ms", "msc", "ph.d.",
    "phd", "rn", "sr", "sr.",
};
TABLE(credentials);

/* Words of a job title written before a name without a comma ("Senior
 * Correspondent Ana Ruiz"), before the role noun. */
static const char *const title_words[] = {
    "assistant", "associate", "business", "chief", "contributing", "court", "deputy", "digital",
    "editorial", "executive", "foreign", "freelance", "guest", "health", "investigative", "local",
    "managing", "national", "news", "political", "science", "senior", "software", "special", "sports",
    "staff",
};
TABLE(title_words);

/* Academic titles written before a name ("Dr. Jana Vogel", "Prof. Dr.
 * Jan Roe", "Dipl.-Ing. Max Muster"): no part of the name; dropped where
 * a name of two words or more follows (src/meta/author.c,
 * skip_academic_titles), so a brand that is a title and one word ("Dr.
 * Example") stays whole. */
static const char *const academic_titles[] = {
    "dipl.-ing.", "dr", "dr.", "dr.-ing.", "habil.", "mag.", "med.", "nat.", "phil.", "priv.-doz.", "prof",
    "prof.", "rer.", "univ.-prof.",
};
TABLE(academic_titles);

/* The nouns that end such a job title ("writer", "redakteurin"), also as
 * the last part of a hyphenated compound ("Auto-Experte", "Example-Online-
 * Experte": src/meta/author.c, skip_role_title). */
static const char *const role_nouns[] = {
    "autor", "autorin", "columnist", "contributor", "correspondent", "editor", "engineer", "experte",
    "expertin", "gastautor", "gastautorin", "intern", "journalist", "korrespondent",
    "korrespondentin", "photographer", "producer", "redakteur", "redakteurin", "reporter", "staff",
    "writer",
};
TABLE(role_nouns);

/* Top-level domains, as a web address writes them (lower case), ending a
 * word of a name after a dot: "Example.it", "Beispiel.de" is a site's
 * address given as the author, never a person's name. */
static const char *const tlds[] = {
    "at", "be", "ca", "ch", "co.uk", "com", "de", "es", "eu", "fr", "info", "io", "it", "net",
    "nl", "org", "pl", "pt", "uk",
};
TABLE(tlds);

/* Words a byline fragment may end with when the name was cut after them
 * ("by", "von", "par"): such a fragment is not a name. */
static const char *const tails[] = {
    "am", "at", "bei", "by", "da", "di", "du", "el", "for", "il", "in", "le", "of", "on", "par",
    "por", "um", "under", "vom", "von",
};
TABLE(tails);

/* Button labels that follow the name in an author card ("Jane Doe Follow"):
 * the card's text joins them to the name as a last word. */
static const char *const trailing_labels[] = {
    "folgen", "follow", "seguir", "suivre",
};
TABLE(trailing_labels);

/* Countries that end a publisher's address given as the author ("Example
 * Verlag GmbH, Munich, Germany"): the last comma part of such a value. */
static const char *const countries[] = {
    "australia", "austria", "belgien", "belgique", "belgium", "canada", "deutschland", "españa",
    "france", "frankreich", "germany", "india", "ireland", "italia", "italien", "italy",
    "nederland", "netherlands", "new zealand", "schweiz", "spain", "suisse", "switzerland",
    "u.s.a.", "uk", "united kingdom", "united states", "usa", "österreich",
};
TABLE(countries);

/* Words that make a part after a comma a role or an organisation, not a
 * person ("Staff Writer", "Health News"): found anywhere in the part,
 * ASCII case folded (words_within_ci), so "Editor" also marks "Editorial". */
static const char *const roles[] = {
    "agency", "analyst", "autor", "bureau", "chief", "columnist", "contributor", "correspondent",
    "editor", "health news", "intern", "journalist", "news service", "photographer", "press",
    "producer", "professor", "redakteur", "redaktion", "reporter", "staff", "writer",
};
TABLE(roles);

/* The lower-case particles that begin some surnames ("de Jong", "van der
 * Berg", "von Trotha"), with the space after them: the only lower-case
 * words a name may start with (matched as written, words_prefix). */
static const char *const particles[] = {
    "al ", "bin ", "da ", "de ", "del ", "den ", "der ", "di ", "du ", "el ", "la ", "le ", "ten ",
    "ter ", "van ", "von ",
};
TABLE(particles);

/* Where a list of names ends: bar, bullet and dash separators, a line
 * break, and the words that open the next piece of a byline ("updated",
 * "am", "photo"); the earliest found, ASCII case folded, ends the names. */
static const char *const stops[] = {
    "\n", " - ", " aktualisiert", " am ", " edited by", " el ", " fact checked", " il ",
    " last updated", " le ", " on ", " photo", " posted", " published", " publiziert",
    " reviewed by", " stand ", " stand:", " updated", " vom ", " | ", " · ", " – ", " — ", " • ",
    "|", "•",
};
TABLE(stops);

/* Stops that, written capitalised ("Le", not "le" or "LE") and followed
 * by a capitalised word, are a surname particle, not the article before
 * a date or a site ("Par Élodie Le Garrec", "Juan El Amrani"): so
 * "le 3 mars" and an all-caps "EL" still stop (src/meta/author.c). */
static const char *const stop_particles[] = {
    "el ", "le ",
};
TABLE(stop_particles);

/* "with" in some languages, opening a parenthesised aside that names
 * co-authors ("(avec Louis Petit et Anne Roux)"), with its space. */
static const char *const with_words[] = {
    "avec ", "com ", "con ", "met ", "mit ", "with ",
};
TABLE(with_words);

/* What opens a closing credit before the agencies it names, with its
 * space: "(Con información de EFE)", "(mit Material von
 * dpa)" (src/meta/author_pick.c, credit_agencies): the sources a story
 * was written from, said in words; the agencies after it are read as in
 * "(AFP, EFE)". */
static const char *const credit_leads[] = {
    "con información de ", "mit material von ",
};
TABLE(credit_leads);

/* The words that join names in a list ("Ana Ruiz and Tom Berg", "y",
 * "og"), with their space, matched as written after a space. */
static const char *const joins[] = {
    "and ", "e ", "en ", "et ", "i ", "og ", "und ", "with ", "y ",
};
TABLE(joins);

/* "by" in some languages between blanks: after a date that opens the
 * byline ("Posted on March 15, 2019 by Gwen Hughes"), the names follow the
 * first of them. */
static const char *const by_words[] = {
    " by ", " di ", " door ", " par ", " por ", " von ",
};
TABLE(by_words);

/* How a byline block's line opens that credits someone other than the
 * authors (an editor, a photographer, a fact checker) or states an
 * update: such a line names no author. Compared with the line's first
 * bytes lowered (meta_lower_cp), so "Photo", "PHOTO" and "Фото" match. */
static const char *const credit_openers[] = {
    "bild ", "bild:", "edited by", "fact checked", "foto", "illustration", "photo", "reviewed by",
    "updated", "фото",
};
TABLE(credit_openers);

/* The nouns that name an editorial desk or a shared account, not a person:
 * a name part that opens with one ("Redaktion Example Zeitung", "Team
 * Example", "Redacción Example") or whose last word or last hyphen part
 * is one ("Example-Team", "Online-Redaktion", "Example Staff", "Our
 * Foreign Staff", "Newsdesk", "Metro Desk"). Compared ASCII case-insensitively
 * (words_exact_ci). "Red." is the German desk's abbreviation, written so
 * under a headline ("Red. / 31.10.2023"); with its dot it is no first name
 * ("Red Smith" has none). */
static const char *const desks[] = {
    "desk", "newsdesk", "newsroom", "red.", "redacción", "redactie", "redaktion", "redaktionsteam",
    "redazione", "redação",
    "rédaction", "staff", "team",
};
TABLE(desks);

/* A company's or an association's legal form, written as the last word of
 * its name ("Example Verlag GmbH", "Example Tierbedarf GmbH", "Example
 * Stiftung e.V.", "Example Media Inc."): the name is the firm's or the
 * association's, the account its software signs with, never a person's
 * (no surname is one of these). Each form as firms write it, the one copy
 * of its spelling: the reader (author.c legal_form) takes the form as
 * written or in capitals only, as "Ag" is a name particle ("Almoustapha
 * Ag"), not "AG". Sorted case-blind, found case-blind
 * (words_legal_form). "Co." is left out ("Jane Doe & Co." splits at "&"),
 * "KG" ends "GmbH & Co. KG". The Dutch and Flemish forms carry
 * WORDS_LEGAL_FORM_NL besides: body/clean.c reads "Over Acme BV" as a
 * company's profile heading only after one of them ("over" is an English
 * word too). The Swedish, Danish and Norwegian forms carry only
 * WORDS_LEGAL_FORM_NORDIC: the release rule reads "Om Acme AB" by them,
 * the author rules do not ("AS", "AB" are initials as often). */
static const words_entry legal_forms[] = {
    {"A/S", WORDS_LEGAL_FORM_NORDIC},
    {"AB", WORDS_LEGAL_FORM_NORDIC},
    {"AG", WORDS_LEGAL_FORM},
    {"ApS", WORDS_LEGAL_FORM_NORDIC},
    {"AS", WORDS_LEGAL_FORM_NORDIC},
    {"ASA", WORDS_LEGAL_FORM_NORDIC},
    {"B.V.", WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL},
    {"BV", WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL},
    {"Corp.", WORDS_LEGAL_FORM},
    {"d.o.o.", WORDS_LEGAL_FORM},
    {"e.V.", WORDS_LEGAL_FORM},
    {"GbR", WORDS_LEGAL_FORM},
    {"gGmbH", WORDS_LEGAL_FORM},
    {"GmbH", WORDS_LEGAL_FORM},
    {"Inc", WORDS_LEGAL_FORM},
    {"Inc.", WORDS_LEGAL_FORM},
    {"KG", WORDS_LEGAL_FORM},
    {"LLC", WORDS_LEGAL_FORM},
    {"Ltd", WORDS_LEGAL_FORM},
    {"Ltd.", WORDS_LEGAL_FORM},
    {"mbH", WORDS_LEGAL_FORM},
    {"N.V.", WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL},
    {"NV", WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL},
    {"plc", WORDS_LEGAL_FORM},
    {"S.A.", WORDS_LEGAL_FORM},
    {"S.L.", WORDS_LEGAL_FORM},
    {"S.r.l.", WORDS_LEGAL_FORM},
    {"Sarl", WORDS_LEGAL_FORM},
    {"Srl", WORDS_LEGAL_FORM},
    {"V.O.F.", WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL},
    {"VOF", WORDS_LEGAL_FORM | WORDS_LEGAL_FORM_NL},
};
const words_map words_author_legal_forms = {"author_legal_forms", legal_forms, sizeof legal_forms / sizeof *legal_forms};

int words_legal_form(const char *s, size_t len, const char **spelled)
{
    const words_entry *e = words_map_entry_ci(&words_author_legal_forms, s, len);
    if (!e)
        return 0;
    if (spelled)
        *spelled = e->w;
    return e->v;
}

/* "der Kasimir", "die Anna": the German article that colloquially opens a
 * first name signed alone ("Eingestellt von der Kasimir"). Dropped from a
 * name part made of the article and one capitalised word; "der" before
 * more words stays a surname particle ("der" of "van der Berg" is never
 * first). Matched whole, with its space. */
static const char *const name_articles[] = {
    "der ", "die ",
};
TABLE(name_articles);

/* The nouns that name an organisation or a unit within one: a declared
 * author "XYZ - Abteilung Tennis" (an acronym, a dash, then such a word)
 * is the organisation's name set in two parts, not an agency and its
 * place ("XYZ - Springfield"). Compared ASCII case-insensitively
 * (words_exact_ci), word by word. */
static const char *const org_units[] = {
    "abteilung", "asociación", "association", "bundesverband", "club", "department", "division", "fondation",
    "fondazione", "foundation", "fraktion", "fundación", "fundação", "group", "grupo", "gruppe", "kreisverband",
    "landesverband", "ortsverband", "section", "sektion", "stichting", "stiftung", "union", "verband", "verein",
};
TABLE(org_units);

/* The last word of an organisation's name that signs a page as its meta
 * author ("Example Foundation", "Example Bundestagsfraktion", "Example
 * Media"): a foundation, an association, a party's parliamentary
 * group, a publisher, a media company, a mail-order firm ("Example
 * Versand", also behind an academic title that opens a brand: "Dr.
 * Example Versand" is no doctor). No surname is one of these nouns;
 * "press", "union", "club" and "post" are left out, as surnames are
 * spelled so ("Jane Press"). Matched whole, on the last word lowered
 * (ASCII letters), after another word (src/meta/author.c,
 * author_is_desk). */
static const char *const org_last_nouns[] = {
    "asociación", "association", "associazione", "associação", "fondation", "fondazione", "foundation",
    "fraktion", "fundación", "fundação", "gesellschaft", "group", "gruppe", "institut", "institute", "media",
    "partei", "party", "society", "stichting", "stiftung", "verband", "verein", "vereniging", "verlag",
    "versand",
};
TABLE(org_last_nouns);

/* German compounds that end an organisation's name and hold its noun at
 * their end ("Bundestagsfraktion", "Landesstiftung", "Zeitungsverlag",
 * "Sportverband"): matched as the end of the last word, lowered, with at
 * least one letter before (src/meta/author.c, author_is_desk). No German
 * surname ends so. */
static const char *const org_compound_tails[] = {
    "fraktion", "gesellschaft", "stiftung", "verband", "verein", "verlag",
};
TABLE(org_compound_tails);

/* The label of a press release's or an event's place and date fields
 * ("Ort Neustadt", "Datum 14.03.2024", "Location: Springfield",
 * "Lieu : Lyon"), and the date label of a news page's meta line in
 * scripts whose dates lede reads ("วันที่ 05/03/2567", "Ngày 05/03/2024",
 * "Дата 05.03.2024", "日期：2024-03-05", "日付：", "날짜:"): a line opening
 * with one of these words, with or without a colon, states where or
 * when, and names no writer (src/meta/author.c, author_add_mode).
 * Matched whole on the first word without its colon, lower-cased. */
static const char *const place_labels[] = {
    "date", "datum", "fecha", "lieu", "location", "lugar", "ngày", "ort", "place", "venue", "veranstaltungsort",
    "дата", "วันที่", "日付", "日期", "날짜",
};
TABLE(place_labels);

/* phrases.c: the phrase lists the body stage recognises lines by (teasers,
 * prompts, credits, furniture and comment headings, bylines, datelines),
 * each sorted bytewise, and the lookups over them. */
#include "body_int.h"

/* ---- phrase lists ----
 * Every list below is sorted bytewise (tests/unit/test_body.c checks it),
 * so a lookup only tries the phrases that share the text's first byte. */

static size_t phrase_first(const char *const *items, size_t n, unsigned char c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((unsigned char)items[mid][0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* 1 when t starts with one of the phrases. */
static int phrase_prefix(const char *const *items, size_t n, const char *t)
{
    unsigned char c = (unsigned char)t[0];
    for (size_t i = phrase_first(items, n, c); i < n && (unsigned char)items[i][0] == c; i++)
        if (strncmp(t, items[i], strlen(items[i])) == 0)
            return 1;
    return 0;
}

/* 1 when t[0..len) is exactly one of the phrases. */
static int phrase_exact(const char *const *items, size_t n, const char *t, size_t len)
{
    unsigned char c = len ? (unsigned char)t[0] : 0;
    for (size_t i = phrase_first(items, n, c); i < n && (unsigned char)items[i][0] == c; i++)
        if (strlen(items[i]) == len && memcmp(t, items[i], len) == 0)
            return 1;
    return 0;
}

/* ---- teaser, call-to-action and furniture-heading phrases ----
 * Lower-case; the text of a short block is compared against them. These
 * are the words sites use for the same few page parts, in the languages of
 * the web's news; they describe kinds of furniture, not any one site. */

/* A block starting with one of these and carrying a link (or being very
 * short) points elsewhere: "Read more: ...", "Lea también: ...". */
static const char *const teaser_prefixes[] = {
    "a lire aussi", "also read", "auch interessant", "citește și", "click here", "czytaj także",
    "czytaj też", "czytaj więcej", "follow us", "lea además", "lea más", "lea también", "lea:",
    "lee también", "leer más", "lees meer", "lees ook", "leggi anche", "leggi l'articolo",
    "leggi tutto", "leia mais", "leia também", "les også", "lesen sie auch", "lesen sie hier",
    "lesen sie mehr", "lire aussi", "lire la suite", "listen:", "lue myös", "läs mer", "läs också",
    "læs også", "mehr lesen", "mehr zum thema", "more:", "pročitajte", "přečtěte si", "read also",
    "read more", "read next", "read the full", "recommended:", "related article", "related content",
    "related coverage", "related stor", "related:", "saiba mais", "see also", "sign up for",
    "subscribe to", "te puede interesar", "veja também", "ver más", "ver también", "voir aussi",
    "watch:", "weiterlesen", "zobacz także", "zobacz też", "à lire", "à lire aussi", "čtěte také",
    "διαβάστε επίσης", "читайте также", "читайте також", "читать далее",
};

/* Lines that ask the reader for something (subscribe, support, follow,
 * download) or explain a paywall: furniture even without a link. */
static const char *const prompt_prefixes[] = {
    "abbonati", "abonnez-vous", "abonnieren sie", "all articles", "all rights reserved",
    "alle artikel zu", "alle rechte vorbehalten", "already a subscriber", "already subscribed",
    "artikel gefallen", "assinar", "assine", "back to overview", "back to top", "become a member",
    "califica esta", "ce texte a été", "comments are closed", "den artikel mit anderen teilen",
    "der artikel erschien", "der beitrag wurde", "descarga la app", "did you find this",
    "dieser artikel erschien", "dieser artikel wurde", "dieser beitrag wurde", "dieser text wurde",
    "don't miss", "don’t miss", "download our app", "download the app", "este artículo fue",
    "first-time subscribers", "folgen sie uns", "follow us on", "get the app",
    "hat ihnen der artikel", "hat ihnen dieser artikel", "hazte miembro",
    "hier können sie den artikel bewerten", "if you're seeing this", "if you’re seeing this",
    "inscrivez-vous", "iscriviti", "ist dieser beitrag hilfreich", "jetzt abonnieren",
    "kommentare geschlossen", "kommentare sind geschlossen", "kostenlos zum newsletter",
    "like us on facebook", "log in to comment", "melden sie sich", "möchten sie den artikel teilen",
    "never miss", "newsletter abonnieren", "pingback", "questo articolo è", "rate this", "retour à",
    "return to", "share this article", "share this story", "sie müssen sich einloggen",
    "sign up for", "sign up to", "subscribe", "support independent journalism",
    "support our journalism", "suscribete", "suscríbete", "teilen sie diesen",
    "this article first appeared", "this article was originally", "this post was originally",
    "this story was originally", "to continue reading", "to read the full", "to read this",
    "to view the full", "todos los derechos", "torna a", "tous droits réservés", "trackback",
    "valora esta", "vergiss nicht zu teilen", "vervielfältigung", "volver a", "war der artikel",
    "war dieser artikel", "was this article helpful", "was this helpful", "you must be logged in",
    "zu allen beiträgen", "zurück zu", "zurück zum", "zurück zur", "únete a",
};

/* The prompt phrases that are navigation back ("Zurück zur Übersicht"),
 * and that also begin ordinary headings ("Zurück zur Normalität"). */
static const char *const back_prefixes[] = {
    "retour à", "return to", "torna a", "volver a", "zurück zu",
};

/* Lines that credit an image or a source: "Foto: ...", "Titelbild: ...". */
static const char *const credit_prefixes[] = {
    "(c) ", "abb.", "abbildung", "beitragsbild", "bild:", "bilder:", "credit:", "credits:",
    "crédit photo", "crédito", "fonte:", "foto ", "foto:", "fotos:", "fuente:", "image:", "imagen:",
    "images:", "photo by", "photo credit", "photo:", "photograph by", "photos:", "picture:",
    "quelle:", "source:", "titelbild", "©",
};

/* Headings (or short lines) that open a furniture section. */
static const char *const furniture_headings[] = {
    "about the author", "add a comment", "advertisement", "aktuelle produkttests",
    "articles similaires", "articoli correlati", "artículos relacionados", "auch lesen",
    "categories", "comentarios", "comentários", "comment", "commentaires", "commenti", "comments",
    "comments are closed", "das könnte dich auch interessieren",
    "das könnte sie auch interessieren", "das könnte sie interessieren", "discuss this article",
    "editor's picks", "empfehlungen der redaktion", "follow us", "further information",
    "further reading", "gerelateerde artikelen", "highlights aus dem heft", "in this category",
    "join the conversation", "join the discussion", "komentarze", "kommentar", "kommentare",
    "kommentare geschlossen", "kommentarer", "latest articles", "latest news", "latest stories",
    "leave a comment", "leave a reply", "leia também", "les plus lus", "lo más leído", "mais lidas",
    "mehr aus der sendung", "mehr zum thema", "meistgelesen", "meistgelesene artikel",
    "more articles", "more by", "more from", "more in this category", "more information",
    "more news", "more on this", "more stories", "more to explore", "most popular", "most read",
    "most viewed", "más noticias", "neueste artikel", "newsletter", "noch mehr infos für dich",
    "noticias relacionadas", "notícias relacionadas", "o autorze", "other articles by",
    "other reports by", "other stories", "otras noticias", "passend zum thema", "popular posts",
    "popular stories", "post a comment", "potrebbe interessarti", "powiązane artykuły", "reacties",
    "read next", "recommended", "recommended articles", "recommended for you",
    "recommended stories", "related", "related articles", "related content", "related coverage",
    "related links", "related news", "related posts", "related reading", "related stories",
    "relaterade artiklar", "responses", "share", "share on", "share this", "share this article",
    "share this post", "share this story", "sign up for our newsletter", "similar articles",
    "similar posts", "sobre el autor", "sobre o autor", "subscribe to our newsletter",
    "sull'autore", "sur le même sujet", "tags", "te puede interesar", "top stories", "topics",
    "trending", "trending now", "up next", "verwandte artikel", "view comments", "weitere artikel",
    "weitere beiträge", "weitere informationen", "weitere nachrichten", "weitere themen",
    "weiterführende informationen", "weiterführende links", "what to read next",
    "you may also like", "you may be interested in", "you might also like", "you might like",
    "zum autor", "zum weiterlesen", "zur autorin", "à lire aussi", "à propos de l'auteur",
    "ähnliche artikel", "ähnliche beiträge", "ähnliche nachrichten", "ähnliche themen",
    "über den autor", "комментарии", "похожие статьи", "читайте также",
};

/* Headings that open the comment section: everything after them in the
 * same container is the discussion. */
static const char *const comment_headings[] = {
    "add a comment", "comentarios", "comentários", "comment", "commentaires", "commenti",
    "comments", "discuss this article", "join the conversation", "join the discussion",
    "komentarze", "kommentar", "kommentare", "kommentarer", "kommentieren", "leave a comment",
    "leave a reply", "post a comment", "reacties", "reader comments", "responses", "комментарии",
};


/* Classifies a heading's lower-cased text: a furniture section, the
 * comment section, or neither. A leading count ("12 comments"), a count in
 * brackets ("Comments (12)") and a trailing colon are ignored. */
int body_furniture_heading_kind(const char *t)
{
    size_t len = strlen(t);
    const char *s = t;
    while (*s >= '0' && *s <= '9')
        s++;
    if (s != t && *s == ' ')
        s++;
    len -= (size_t)(s - t);
    while (len && (s[len - 1] == ':' || s[len - 1] == ' '))
        len--;
    if (len && s[len - 1] == ')') {
        size_t k = len - 1;
        while (k && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        if (k && s[k - 1] == '(') {
            len = k - 1;
            while (len && s[len - 1] == ' ')
                len--;
        }
    }
    if (phrase_exact(comment_headings, NPHRASES(comment_headings), s, len))
        return HEAD_COMMENTS;
    if (phrase_exact(furniture_headings, NPHRASES(furniture_headings), s, len))
        return HEAD_FURNITURE;
    /* "More from The Times", "Other reports by Jane Doe": a prefix plus a name */
    static const char *const name_headings[] = {"more by ", "more from ", "more on this", "other articles by ",
                                                "other reports by ", "share on "};
    if (phrase_prefix(name_headings, NPHRASES(name_headings), s))
        return HEAD_FURNITURE;
    return HEAD_NONE;
}

/* Bylines and datelines shown as a line of their own: "By Ruth Adeyemi
 * and Sam Cole", "Published 4 March 2023", "Aktualisiert: 03.04.2020". */
static const char *const byline_prefixes[] = {
    "af ", "author:", "autor:", "autorin:", "av ", "by ", "di ", "door ", "geschrieben von", "par ",
    "por ", "posted by", "reporting by", "text:", "texto:", "von ", "words by", "written by",
};
static const char *const dateline_prefixes[] = {
    "actualizado", "aggiornato", "aktualisiert", "bijgewerkt", "erstellt", "gepubliceerd",
    "last modified", "last updated", "mis à jour", "opublikowano", "posted", "pubblicato",
    "publicado", "publicerad", "published", "publié", "stand:", "updated", "uppdaterad",
    "veröffentlicht", "обновлено", "опубликовано",
};

int body_is_byline_or_dateline(const char *t, size_t len, int today)
{
    if (len == 0 || len > 100)
        return 0;
    int sentence = t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == '?';
    if (!sentence && len < 90 && phrase_prefix(byline_prefixes, NPHRASES(byline_prefixes), t))
        return 1;
    if (len < 80 && phrase_prefix(dateline_prefixes, NPHRASES(dateline_prefixes), t))
        return 1;
    /* A short line that is mostly a date: "19 May 2024", "Jane Doe | March 15, 2019". */
    if (len < 70) {
        date_val d;
        size_t at = 0, end = 0;
        if (date_find_text(t, len, 0, today, &d, &at, &end) && end > at && len - (end - at) < 30)
            return 1;
    }
    return 0;
}

/* For the unit tests: 1 when every phrase list is sorted bytewise, as
 * the first-byte lookup needs. */
int extract_body_lists_sorted(void)
{
    static const struct {
        const char *const *items;
        size_t n;
    } lists[] = {
        {teaser_prefixes, NPHRASES(teaser_prefixes)},       {prompt_prefixes, NPHRASES(prompt_prefixes)},
        {credit_prefixes, NPHRASES(credit_prefixes)},       {furniture_headings, NPHRASES(furniture_headings)},
        {comment_headings, NPHRASES(comment_headings)},     {byline_prefixes, NPHRASES(byline_prefixes)},
        {dateline_prefixes, NPHRASES(dateline_prefixes)},   {back_prefixes, NPHRASES(back_prefixes)},
    };
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (size_t i = 1; i < lists[l].n; i++)
            if (strcmp(lists[l].items[i - 1], lists[l].items[i]) >= 0)
                return 0;
    return 1;
}

int body_starts_teaser(const char *t) { return phrase_prefix(teaser_prefixes, NPHRASES(teaser_prefixes), t); }

int body_starts_prompt(const char *t) { return phrase_prefix(prompt_prefixes, NPHRASES(prompt_prefixes), t); }

int body_starts_credit(const char *t) { return phrase_prefix(credit_prefixes, NPHRASES(credit_prefixes), t); }

int body_starts_back(const char *t) { return phrase_prefix(back_prefixes, NPHRASES(back_prefixes), t); }

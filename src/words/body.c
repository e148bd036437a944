/* body.c (words): the phrase lists of the body stage, one per role. Each
 * is lower-case UTF-8, sorted bytewise, without duplicates
 * (tests/unit/test_words.c checks every table); a line's lower-cased text
 * is compared against them (words_prefix, words_exact). These are the
 * words sites use for the same few page parts, in the languages of the
 * web's news; they describe kinds of furniture, not any one site. Adding a
 * language is an edit here. */
#include "words.h"

#define TABLE(name) const words_table words_##name = {#name, name, sizeof name / sizeof *name}

/* A block starting with one of these and carrying a link (or being very
 * short) points elsewhere: "Read more: ...", "Lea también: ...", a
 * letters page's "Submit your letter to the editor via <a>this
 * form</a>." (its call for letters, not a letter). A phrase that also
 * opens plain sentences is kept only in its colon form ("Zum Angebot:"
 * but not "Zum Angebot gehört auch ...", "Puede interesarle:" but not
 * "Puede interesarle saber que ...", "También puede leer:" but not
 * "También puede leerse como ..."). A pointer to the live blog or
 * ticker on the same events ("Revivez le direct de la séance ...", "Follow
 * our live coverage", "Zum Liveblog") is such a line too: the story
 * points to another page of the site. */
static const char *const teaser_prefixes[] = {
    "a lire aussi", "also read", "auch interessant", "citește și", "click here", "czytaj także",
    "czytaj też", "czytaj więcej", "follow live updates", "follow our live", "follow us",
    "le puede interesar", "lea además", "lea más", "lea también", "lea:", "lee más", "lee también",
    "leer más", "lees meer", "lees ook", "leggi anche", "leggi l'articolo", "leggi tutto", "leia mais",
    "leia também", "les også", "lesen sie auch", "lesen sie hier", "lesen sie mehr", "lire aussi",
    "lire la suite", "listen:", "lue myös", "lue seuraavaksi", "läs mer", "läs också", "læs også",
    "mehr lesen", "mehr zum thema", "more:", "pročitajte", "puede interesarle:", "přečtěte si",
    "read also", "read more", "read next", "read the full", "recommended:", "related article",
    "related content", "related coverage", "related stor", "related:", "relive our live",
    "retrouvez notre direct", "revivez le direct", "revivez notre direct", "saiba mais", "see also",
    "segui la diretta", "sehen sie auch", "siehe auch", "sign up for", "sigue el directo",
    "sigue en directo", "submit a letter", "submit your letter", "subscribe to", "suivez le direct",
    "suivez notre direct", "también le puede interesar", "también puede leer:", "te puede interesar",
    "veja também", "ver más", "ver también", "voir aussi", "watch:", "weiterlesen", "zobacz także",
    "zobacz też", "zum angebot:", "zum live-blog", "zum live-ticker", "zum liveblog", "zum liveticker",
    "à lire", "à lire aussi", "čtěte také", "διαβάστε επίσης", "читайте также", "читайте також",
    "читать далее",
};
TABLE(teaser_prefixes);

/* Lines that ask the reader for something (subscribe, support, follow,
 * download), explain a paywall, or say the article goes on past an
 * advertisement or a video ("Story continues below", "Dalsza część
 * artykułu pod materiałem wideo", "Artikel wird unter der Anzeige
 * fortgesetzt"), or note the post's own history ("This
 * post was originally published ...", "Dieser Beitrag stammt aus Ausgabe
 * 7/2019 der ...", only with the issue named: "Dieser Beitrag stammt aus
 * einer Reihe von Versuchen ..." is prose, "This blog post was edited on
 * 9 July to include ..."),
 * or send the reader to the full piece in print ("Den kompletten Beitrag
 * lesen Sie in der neuen Ausgabe ...", "Den ganzen Artikel finden Sie in
 * unserer Ausgabe 4/2020"): furniture even without a link. The German
 * appeals come in both address forms ("Hat Ihnen / Hat dir dieser Artikel
 * gefallen?", "Fanden Sie / Fandest du den Artikel hilfreich?") and as
 * invitations to the comments or a community
 * ("Diskutieren Sie mit ...", "Kommentare lesen und schreiben, hier
 * klicken", "Werden Sie Teil unserer Community"), in the other word
 * orders an appeal opens with ("Ihnen hat der Artikel gefallen? Bitte
 * helfen Sie ...", "Wenn dir dieser Artikel gefallen hat, ...", "If you
 * enjoyed this article, ...", "If you value our journalism, ...", "Si
 * te gustó esta nota, ..."), a series' note to come back for its next
 * parts ("Check back in soon—we'll be adding new interviews weekly",
 * "Schauen Sie bald wieder vorbei"; not the bare "check back", which
 * opens advice: "Check back with your doctor ..."), and a publisher's
 * appeal that opens by saying what its kind of journalism needs ("El
 * periodismo independiente necesita del apoyo de sus lectores ...",
 * "Independent journalism needs ..."). */
static const char *const prompt_prefixes[] = {
    "abbonati", "abonnez-vous", "abonnieren sie", "all articles", "all rights reserved", "alle artikel zu",
    "alle rechte vorbehalten", "already a subscriber", "already subscribed", "article continues below",
    "artikel gefallen", "artikel wird nach der anzeige fortgesetzt", "artikel wird unter der anzeige fortgesetzt", "assinar", "assine", "back to overview", "back to top", "become a member",
    "benachrichtigung bei neuen artikeln", "benachrichtigung über neue artikel",
    "benachrichtigung über neue beiträge", "bitte registrieren sie sich", "califica esta", "cargando más",
    "ce texte a été", "cet article vous a plu", "chargement d'autres", "check back for more",
    "check back for updates", "check back in soon", "check back later", "check back soon", "comments are closed",
    "continue reading below", "dalsza część artykułu", "den artikel mit anderen teilen",
    "den ganzen artikel finden sie", "den ganzen artikel lesen sie", "den ganzen beitrag finden sie",
    "den ganzen beitrag lesen sie", "den kompletten artikel finden sie", "den kompletten artikel lesen sie",
    "den kompletten beitrag finden sie", "den kompletten beitrag lesen sie", "den vollständigen artikel finden sie",
    "den vollständigen artikel lesen sie", "den vollständigen beitrag finden sie",
    "den vollständigen beitrag lesen sie", "der artikel erschien", "der artikel wird nach der anzeige fortgesetzt", "der artikel wird unter der anzeige fortgesetzt", "der beitrag wurde", "descarga la app",
    "did you find this", "dieser artikel erschien", "dieser artikel stammt aus ausgabe",
    "dieser artikel stammt aus dem heft", "dieser artikel stammt aus der ausgabe", "dieser artikel stammt aus heft",
    "dieser artikel wurde", "dieser beitrag stammt aus ausgabe", "dieser beitrag stammt aus dem heft",
    "dieser beitrag stammt aus der ausgabe", "dieser beitrag stammt aus heft", "dieser beitrag wurde",
    "dieser text wurde", "dir hat der artikel gefallen", "dir hat der beitrag gefallen",
    "dir hat dieser artikel gefallen", "dir hat dieser beitrag gefallen", "diskutieren sie mit", "don't miss",
    "don’t miss", "download our app", "download the app", "el artículo continúa",
    "el artículo continúa después del anuncio", "el periodismo independiente necesita", "este artículo fue", "fanden sie den artikel", "fanden sie den beitrag",
    "fanden sie diesen artikel", "fanden sie diesen beitrag", "fandest du den artikel", "fandest du den beitrag",
    "fandest du diesen artikel", "fandest du diesen beitrag", "first-time subscribers", "folgen sie uns",
    "follow us on", "get the app", "gostou desta matéria", "gostou deste artigo", "hat dir der artikel",
    "hat dir dieser artikel", "hat ihnen der artikel", "hat ihnen dieser artikel", "hazte miembro",
    "het artikel gaat verder onder de advertentie", "hier können sie den artikel bewerten", "if you enjoyed this article", "if you enjoyed this post",
    "if you enjoyed this story", "if you found this article helpful", "if you found this article useful",
    "if you found this post helpful", "if you found this post useful", "if you liked this article",
    "if you liked this post", "if you liked this story", "if you value our journalism", "if you value our reporting",
    "if you value our work", "if you value this reporting", "if you're seeing this", "if you’re seeing this",
    "ihnen hat der artikel gefallen", "ihnen hat der beitrag gefallen", "ihnen hat dieser artikel gefallen",
    "ihnen hat dieser beitrag gefallen", "independent journalism needs", "inscrivez-vous", "iscriviti",
    "ist dieser beitrag hilfreich", "jetzt abonnieren", "kommentare geschlossen", "kommentare lesen und schreiben",
    "kommentare sind geschlossen", "kostenlos zum newsletter", "l'article continue", "l'articolo continua",
    "le journalisme indépendant a besoin", "lesen sie nach der anzeige weiter", "like us on facebook", "loading more",
    "log in to comment", "l’article continue", "l’articolo continua", "melden sie sich",
    "möchten sie den artikel teilen", "never miss", "newsletter abonnieren", "o jornalismo independente precisa",
    "pingback", "pour lire la suite", "questo articolo è", "rate this", "retour à", "return to",
    "schau bald wieder vorbei", "schauen sie bald wieder vorbei", "schaut bald wieder vorbei",
    "se questo articolo ti è piaciuto", "se ti è piaciuto questo articolo", "se você gostou deste artigo",
    "share this article", "share this story", "si cet article vous a plu", "si te gustó esta nota",
    "si te gustó este artículo", "si te ha gustado este artículo", "sie müssen sich einloggen", "sign up for",
    "sign up here", "sign up to", "simak video", "story continues below", "subscribe", "subscribed to",
    "support independent journalism", "support our journalism", "suscribete", "suscríbete", "te gustó esta nota",
    "te gustó este artículo", "teilen sie diesen", "this article first appeared", "this article was edited",
    "this article was originally", "this blog post was", "this entry was posted", "this post has been updated",
    "this post was edited", "this post was originally", "this post was updated", "this story was originally",
    "ti è piaciuto questo articolo", "to continue reading", "to read the full", "to read this", "to view the full",
    "todos los derechos", "torna a", "torna al", "torna alla", "tous droits réservés", "trackback",
    "turn on notifications", "unabhängiger journalismus braucht", "valora esta", "vergiss nicht zu teilen",
    "vervielfältigung", "volver a", "volver al", "vond je dit artikel", "vous avez aimé cet article",
    "vous avez apprécié cet article", "war der artikel", "war dieser artikel", "was this article helpful",
    "was this helpful", "weiter nach der anzeige", "weitere artikel werden geladen", "weitere beiträge werden geladen",
    "weiterlesen nach der anzeige", "wenn dir der artikel gefallen hat", "wenn dir dieser artikel gefallen hat",
    "wenn dir dieser beitrag gefallen hat", "wenn ihnen der artikel gefallen hat",
    "wenn ihnen dieser artikel gefallen hat", "wenn ihnen dieser beitrag gefallen hat", "werden sie teil",
    "you must be logged in", "zu allen beiträgen", "zurück zu", "zurück zum", "zurück zur", "¿te gustó esta nota",
    "¿te gustó este artículo", "únete a",
};
TABLE(prompt_prefixes);

/* A publication asking to be followed on its channels ("Follow The
 * Herald on ...", "download the ... apps", "¿Ya sabías que ... tenemos
 * canal de Telegram? Únete ...", "¡Mira lo que tiene nuestro canal de
 * YouTube!"): looked for at word starts of the body's last line, with a
 * channel name (channel_names) in the same line. */
static const char *const channel_asks[] = {
    "become a fan", "descarga la", "descarga nuestra", "download our", "download the", "folge uns",
    "folgen sie uns", "folgt uns", "follow our", "follow the", "follow us", "il nostro canale",
    "jetzt fan",
    "join our", "join the", "join us on", "nosso canal", "notre chaîne", "nuestro canal", "our channel",
    "rejoignez", "seguici", "siga-nos", "siguenos", "subscribe to our", "suivez-nous", "síguenos",
    "tenemos canal", "unete a", "unserem kanal", "unseren kanal", "werden sie fan", "únete",
};
TABLE(channel_asks);

/* The verb of a follow button's text, right before the account's handle
 * ("Follow @example", "Folge @example", "Suivez @example"): a line that
 * ends so asks the reader to follow the writer (clean.c,
 * ends_with_follow_handle). */
static const char *const follow_words[] = {
    "folge", "folgen", "folgt", "follow", "segui", "seguir", "siga", "sigue", "suivez", "suivre", "volg",
};
TABLE(follow_words);

/* The channels and app platforms such a line names, whole words. */
static const char *const channel_names[] = {
    "android", "facebook", "instagram", "ios", "linkedin", "telegram", "tiktok", "twitter",
    "whatsapp", "youtube",
};
TABLE(channel_names);

/* What an embed's consent placeholder says in place of the post or
 * video it holds back ("Wir respektieren deine Privatsphäre und stellen
 * deshalb ohne dein Einverständnis keine Verbindung zu Twitter her", "Um
 * Deine persönlichen Daten zu schützen, haben wir das automatische Laden
 * der Inhalte von twitter.com blockiert"), at a word start of a line
 * that names a channel (channel_names) as well (clean.c,
 * is_embed_consent_note). */
static const char *const consent_phrases[] = {
    "automatische laden der inhalte", "keine verbindung zu", "laden der inhalte von",
    "ohne dein einverständnis", "ohne deine zustimmung", "ohne ihr einverständnis", "ohne ihre zustimmung",
    "to load this content", "to view this content", "you need to accept", "you need to enable",
};
TABLE(consent_phrases);

/* A liability note set as a line of its own, its whole text ("(Alle
 * Angaben ohne Gewähr)", "Information without guarantee."): the
 * publisher's disclaimer beside a list of rules, dates or prices,
 * never a sentence of the article (clean.c, is_liability_line). */
static const char *const liability_notes[] = {
    "all information without guarantee", "alle angaben ohne gewähr", "angaben ohne gewähr",
    "información sin garantía", "information without guarantee", "informations sans garantie",
    "informazioni senza garanzia", "ohne gewähr", "sans garantie", "senza garanzia", "sin garantía",
    "toutes les informations sans garantie", "without guarantee",
};
TABLE(liability_notes);

/* What marks a reading-time estimate set as a line of its own ("Lesezeit:
 * 4 Min.", "5 min read", "Temps de lecture : 7 min", "Jeszcze 5 minut
 * czytania", "Lesezeit rund 6 Minuten"): a reading-time label, or a minute
 * word with the reading word after it, at a word start in a short line
 * that holds a number (clean.c, is_reading_time_line). It tells how long
 * the article takes to read; it is not a sentence of it. */
static const char *const reading_time_phrases[] = {
    "czas czytania", "lesedauer", "lesezeit", "min de lectura", "min de lecture", "min de leitura",
    "min di lettura", "min read", "min. read", "mins read", "minut czytania", "minute read",
    "minutes de lecture", "minutes read", "minuti di lettura", "minutos de lectura", "minutos de leitura",
    "minuty czytania", "read time", "reading time", "tempo de leitura", "tempo di lettura",
    "temps de lecture", "tiempo de lectura", "время чтения",
};
TABLE(reading_time_phrases);

/* A publisher's rights statement, anywhere in a line: the footer's
 * imprint ("Valley Media Ltd, 12 Quay Street. All rights reserved."), or
 * the note under a syndicated story that it may not be copied ("This
 * document is subject to copyright. Apart from any fair dealing ..."). */
static const char *const rights_phrases[] = {
    "all rights reserved", "alle rechte vorbehalten", "derechos reservados", "direitos reservados",
    "diritti riservati", "droits réservés", "is subject to copyright", "wszelkie prawa zastrzeżone",
};
TABLE(rights_phrases);

/* A statement that a post speaks for its author and not for the
 * publisher ("The views expressed are the author's own", "Ses contenus
 * n'engagent pas la rédaction", "该文观点仅代表作者本人", "Dieser Beitrag
 * gibt die Meinung des Autors wieder, nicht notwendigerweise die der
 * Redaktion"): the standing disclaimer of a blog, a community section or
 * a publishing platform, anywhere in a line. The English ones name what
 * was expressed where ("views expressed in this", "views are my own"):
 * "the views expressed at the hearing" reports a meeting. The German
 * ones name whose opinion the post gives ("die Meinung des Autors", "der
 * Autorin"): "gibt die Meinung der Mehrheit wieder" reports a poll; or
 * name the place as the English ones do ("in diesem Beitrag geäußerten
 * Ansichten"), or the author's personal assessment ("entsprechen den
 * persönlichen Einschätzungen der Autorin oder des Autors"). The
 * Romance forms name the place too ("opinions exprimées dans ce"). A
 * broadcaster's note under its interviews speaks of "our" interviewees
 * and distances itself from their words ("Äußerungen unserer
 * Gesprächspartner sind deren persönliche Sicht; die Redaktion macht
 * sich Äußerungen Dritter nicht zu eigen"): a
 * report names whose interviewees, and does not say "macht sich
 * Äußerungen". */
static const char *const disclaimer_phrases[] = {
    "do not necessarily reflect", "does not necessarily reflect", "geben die meinung der autor",
    "geben die meinung des autors", "geben nicht die meinung", "gibt die meinung der autor",
    "gibt die meinung des autors", "gibt nicht die meinung", "in diesem artikel geäußerten",
    "in diesem beitrag geäußerten", "in diesem blog geäußerten", "in diesem text geäußerten",
    "macht sich äußerungen", "n'engage que", "n'engagent", "ne reflète pas nécessairement",
    "ne reflètent pas nécessairement", "no reflejan necesariamente",
    "non riflettono necessariamente", "n’engage que", "n’engagent", "opiniones expresadas en esta",
    "opiniones expresadas en este", "opinioni espresse in questo", "opinions expressed are",
    "opinions expressed by the author", "opinions expressed here", "opinions expressed in this",
    "opinions exprimées dans ce", "opiniões expressas nesta", "opiniões expressas neste",
    "persönliche meinung der autor", "persönliche meinung des autors",
    "persönlichen einschätzungen der autor", "persönlichen einschätzungen des autors",
    "persönlichen meinung der autor", "persönlichen meinung des autors", "views are my own",
    "views are the author", "views are their own", "views are those of the author",
    "views expressed are", "views expressed by the author", "views expressed here",
    "views expressed in this", "äußerungen unserer gesprächspartner", "仅代表作者",
};
TABLE(disclaimer_phrases);

/* What a disclosure footnote calls the links it explains ("(*) Alle mit
 * einem Stern gekennzeichneten Links sind Affiliate-Links", "** markierte
 * Links sind Partner-Links", "* Enlaces de afiliado"), at a word start
 * anywhere in the note (clean.c, is_affiliate_footnote). */
static const char *const affiliate_words[] = {
    "affiliate", "affiliation", "enlace de afiliado", "enlaces de afiliado", "lien affilié",
    "liens affiliés", "link affiliati", "link di affiliazione", "partner-link", "partnerlink",
    "provisions-link", "provisionslink", "werbe-link", "werbelink",
};
TABLE(affiliate_words);

/* How a disclosure footnote that opens with its subject names the mark
 * it explains: "(*)", a star or an asterisk, or the participle "marked"
 * for a mark of any shape ("Alle farbig gekennzeichneten Links
 * sind ...", "Links marked in blue are ..."), anywhere in its first
 * bytes (clean.c, is_affiliate_footnote). */
static const char *const link_mark_words[] = {
    "(*)", "asterisk", "gekennzeichnet", "marked", "markiert", "sternchen",
};
TABLE(link_mark_words);

/* How a disclosure names the post it stands under, at its start (after
 * an ad label at most): "Dieser Artikel enthält Affiliate-Links ...",
 * "Anzeige: Dieser Beitrag ist in Zusammenarbeit mit ... entstanden",
 * "This post is sponsored by ..." (clean.c, is_post_disclosure), "Dieser
 * Text ... wurde von Medizinern geprüft" (is_review_note). An
 * article's own sentences speak of their subject, not of "this post". */
static const char *const post_self_refs[] = {
    "ce billet", "cet article", "dieser artikel", "dieser beitrag", "dieser blogbeitrag", "dieser blogpost",
    "dieser post", "dieser text", "esta publicación", "este artículo", "este post", "questo articolo",
    "this article", "this blog post", "this page", "this post",
};
TABLE(post_self_refs);

/* The nouns a site's template names its post by, read among the few
 * words before a quoted headline ("Der Artikel "<headline>" wurde ...
 * veröffentlicht", "The post "<headline>" appeared first on ..."): a
 * closing line that names the
 * story so is the template's (clean.c, is_own_headline_line), where a
 * book's or a film's title quoted at a review's end follows its
 * author's name or nothing. */
static const char *const post_self_nouns[] = {
    "article", "articolo", "artikel", "artículo", "beitrag", "billet", "blogbeitrag", "blogpost", "post",
};
TABLE(post_self_nouns);

/* What a disclosure says the post was made with: a sponsor or a paid
 * partner ("in Zusammenarbeit mit", "sponsored by", "in partnership
 * with"), at a word start in its first words (clean.c,
 * is_post_disclosure); an affiliate link kind (affiliate_words) counts
 * too. The German ones stand without their "in", which a courtesy may
 * part from the noun ("in freundlicher Kooperation mit", "in enger
 * Zusammenarbeit mit"): after the post's own name (post_self_refs) they
 * still say who paid for or shared in it. */
static const char *const sponsor_phrases[] = {
    "bezahlte partnerschaft", "en colaboración con", "en partenariat avec", "gesponsert",
    "in collaboration with", "in collaborazione con", "in partnership with", "kooperation mit",
    "paid partnership", "sponsored by", "sponsorisé par", "werbung für", "zusammenarbeit mit",
};
TABLE(sponsor_phrases);

/* What a health or fact-checking site's note says was done to the post
 * it names (post_self_refs), read at word starts of a short block:
 * "Dieser Text folgt den Leitlinien der medizinischen Fachgesellschaften ...
 * und wurde von Medizinern geprüft.", "This article was medically
 * reviewed by ..." (clean.c, is_review_note). */
static const char *const review_phrases[] = {
    "fachlich geprüft", "fact checked", "fact-checked", "medically reviewed", "medizinisch geprüft",
    "medizinisch überprüft", "relu par un médecin", "reviewed by a doctor", "reviewed by a physician",
    "revisado por médicos", "revisado por un médico", "von medizinern geprüft", "von medizinern überprüft",
    "von ärzten geprüft", "von ärzten überprüft", "vérifié par un médecin", "ärztlich geprüft",
    "ärztlich überprüft",
};
TABLE(review_phrases);

/* The label a review credit line opens with, above or under a health
 * site's text ("Medically reviewed by Dr. X, MD — Written by Y", "Fact
 * checked by Z", "Medizinisch geprüft von ..."): the line names who
 * checked the text, never its subject (clean.c, is_review_note). A bare
 * "reviewed by" opens sentences too ("Reviewed by the committee, the
 * plan ...") and is not listed. */
static const char *const review_labels[] = {
    "clinically reviewed by", "fachlich geprüft von", "fact checked by", "fact-checked by",
    "medical review by", "medically reviewed by", "medizinisch geprüft von", "revisado médicamente por",
    "ärztlich geprüft von",
};
TABLE(review_labels);

/* The label a sponsored post's note may open with before naming the
 * post ("Anzeige: Dieser Beitrag ...", "Sponsored: This post ..."),
 * followed by a colon, a dash or a bar (clean.c, is_post_disclosure). */
static const char *const ad_labels[] = {
    "advertisement", "anzeige", "pubblicità", "publicidad", "publicité", "sponsored", "werbung",
};
TABLE(ad_labels);

/* What links are called, inside a word too ("Affiliate-Links",
 * "enlaces de afiliado", "liens affiliés"): a disclosure that names an
 * affiliate kind names the links too, where an article's sentence about
 * affiliate marketing need not (clean.c, is_post_disclosure). */
static const char *const link_nouns[] = {
    "enlace", "lien", "link",
};
TABLE(link_nouns);

/* Words that open an ask answering a question line above it ("Then
 * sign up for our newsletter ...", "Dann abonnieren Sie ..."): a prompt
 * phrase follows (clean.c, connective_ask). */
static const char *const ask_connectives[] = {
    "alors ", "dann ", "entonces ", "then ",
};
TABLE(ask_connectives);

/* A note that commenting needs an account ("Um einen Kommentar zu
 * hinterlassen, müssen Sie sich ... anmelden", "You must sign in to
 * comment"): a word of each table at word starts in one short last line
 * (clean.c, asks_login_to_comment). */
static const char *const comment_words[] = {
    "comentar", "comment", "commento", "komment",
};
TABLE(comment_words);

static const char *const login_words[] = {
    "angemeldet", "anmelden", "connectez", "connecté", "eingeloggt", "einloggen", "iniciar sesión",
    "log in", "logged in", "login", "registrieren", "sign in", "signed in",
};
TABLE(login_words);

/* A note that the editors may cut or refuse readers' comments ("Die
 * Redaktion behält sich vor, Lesermeinungen zu kürzen. Es besteht kein
 * Anspruch auf Veröffentlichung ...", "We reserve the right to remove
 * comments ..."): a reservation phrase and a word for readers' posts
 * at word starts in one short last line (clean.c,
 * notes_comment_moderation). */
static const char *const reservation_phrases[] = {
    "behalten uns das recht vor", "behalten uns vor", "behält sich das recht vor", "behält sich vor",
    "ci riserviamo il diritto", "nos reservamos el derecho", "nous nous réservons le droit",
    "reserve the right", "reserves the right", "se reserva el derecho", "se réserve le droit",
    "si riserva il diritto",
};
TABLE(reservation_phrases);

static const char *const reader_post_words[] = {
    "comentario", "comment", "commento", "komment", "leserbeitr", "leserbrief", "leserkommentar",
    "lesermeinung", "leserzuschrift", "zuschrift",
};
TABLE(reader_post_words);

/* An investment risk warning, anywhere in a line: the standard notice
 * under every trading or crypto post ("Your capital is at risk", "Ihr
 * Kapital ist im Risiko", "Votre capital est à risque"). */
static const char *const risk_warnings[] = {
    "capital est à risque", "capital está en riesgo", "capital is at risk", "capitale è a rischio",
    "kapital ist einem risiko", "kapital ist im risiko",
};
TABLE(risk_warnings);

/* A press release naming itself, anywhere in a line: "Merkmale dieser
 * Pressemitteilung:", "The information in this press release is
 * current as of ...", "Les informations de ce communiqué de presse ...".
 * The bare "this release" is left out: a software release's notes say it
 * of the release they are about. The release's
 * own text speaks of its subject, not of the release; a line that names
 * the release is the issuer's or the wire service's note on it. */
static const char *const release_self_refs[] = {
    "ce communiqué de presse", "diese presseinformation", "diese pressemeldung", "diese pressemitteilung",
    "dieser presseinformation", "dieser pressemeldung", "dieser pressemitteilung", "dit persbericht",
    "este comunicado de prensa", "questo comunicato stampa", "this media release", "this news release",
    "this press release",
};
TABLE(release_self_refs);

/* What a press release calls itself in its catalogue number line
 * ("Presseinfo 17/2021", "Pressemitteilung Nr. 12/2024", "News Release
 * No. 24-017"), read at a line's start or after an issuer's "Name: ". */
static const char *const release_names[] = {
    "communiqué de presse", "comunicado de prensa", "comunicato stampa", "media release", "news release",
    "persbericht", "press release", "presseinfo", "presseinformation", "pressemeldung", "pressemitteilung",
};
TABLE(release_names);

/* Labels that name the number after them a phone's in a contact card
 * ("Tel. 927 55 44 33", "Telefon: 030 ...", "Mobil ...", "Fax ...", "Tél.",
 * "Móvil"), matched as prefixes of the label's lower-cased text. A run of
 * digits with another label (or none) is a phone only in a phone's own
 * form (+, an area code's bracket, a trunk 0): the contact rules read
 * lottery draws and figures as the text they are. */
static const char *const contact_phone_labels[] = {
    "cel", "fax", "fon", "handy", "mob", "móvil", "ph.", "ph:", "phone", "puh",
    "tel", "tfn", "tlf", "tél", "τηλ", "тел",
};
TABLE(contact_phone_labels);

/* A publisher's colophon line: the periodical's name, one of these, the
 * publisher's name ("Die „Praxis Aktuell“ ist eine Publikation der Y",
 * "The Courier is a publication of Z Media"). */
static const char *const publication_of[] = {
    "es una publicación de", "est une publication de", "est une publication du", "is a publication of",
    "is een uitgave van", "ist eine publikation de", "ist eine publikation von", "è una pubblicazione de",
    "è una pubblicazione di",
};
TABLE(publication_of);

/* A site's imprint sentence naming who runs it ("This website is operated
 * by Bay Media Ltd.", "Ce site est édité par ...", "Diese Website wird
 * betrieben von ..."): a page footer's line, however sentence-shaped
 * (body.c, reads_as_sentence_note). Whole phrases naming the site, so an
 * editor's note on a story ("this story was updated ...") never holds
 * one. */
static const char *const site_operator_phrases[] = {
    "ce site est exploité par", "ce site est édité par", "ce site internet est édité par",
    "deze site wordt beheerd door", "deze website wordt beheerd door", "diese seite wird betrieben von",
    "diese website wird betrieben von", "este sitio es operado por", "este sitio web es operado por",
    "questo sito è gestito da", "this site is operated by", "this site is owned and operated by",
    "this site is run by", "this website is operated by", "this website is owned and operated by",
    "this website is run by",
};
TABLE(site_operator_phrases);

/* What a file's download note says of the file beside "pdf" (clean.c,
 * is_download_note): the program that opens it ("Les documents au format
 * Acrobat PDF s'ouvrent avec Acrobat Reader", "benötigen Sie den Adobe
 * Reader"), at a word start. */
static const char *const file_readers[] = {
    "acrobat", "adobe reader", "pdf reader", "pdf-reader",
};
TABLE(file_readers);

/* The prompt phrases that are navigation back ("Zurück zur Übersicht"),
 * and that also begin ordinary headings ("Zurück zur Normalität"). */
static const char *const back_prefixes[] = {
    "retour à", "return to", "torna a", "volver a", "zurück zu",
};
TABLE(back_prefixes);

/* Lines that credit an image or a source: "Foto: ...", "Titelbild: ...". */
static const char *const credit_prefixes[] = {
    "(c) ", "abb.", "abbildung", "beitragsbild", "bild:", "bilder:", "credit:", "credits:",
    "crédit photo", "crédito", "crédits photo", "fonte:", "foto ", "foto:", "fotos:", "fuente:",
    "image:", "imagen:", "images:", "photo by", "photo credit", "photo:", "photograph by",
    "photos:", "picture:", "quelle:", "source:", "titelbild", "©",
};
TABLE(credit_prefixes);

/* Headings (or short lines) that open a furniture section. "Key events"
 * titles a live blog's box of links to its key posts, above the posts.
 * "Folgen Sie uns", "Social Media Seiten" title the site's own channel
 * icons, as "Follow us" does; the bare "social media" is left out, as a
 * guide may title a section so. */
static const char *const furniture_headings[] = {
    "about the author", "add a comment", "advertisement", "aktuelle beiträge",
    "aktuelle produkttests", "articles liés", "articles récents", "articles similaires",
    "articoli correlati", "artículos relacionados", "auch interessant", "auch lesen",
    "aus dem archiv", "categories", "ce que disent nos clients", "cite this article", "comentarios",
    "comentários", "comment", "commentaires", "commenti", "comments", "comments are closed",
    "dall'archivio", "dans nos archives", "das könnte dich auch interessieren",
    "das könnte euch auch interessieren", "das könnte sie auch interessieren",
    "das könnte sie interessieren", "das sagen unsere kunden", "del archivo", "derniers articles",
    "diese artikel könnten dich auch interessieren",
    "diese artikel könnten euch auch interessieren", "diese artikel könnten sie auch interessieren",
    "discuss this article", "editor's picks", "empfehlungen der redaktion", "entradas recientes",
    "folge uns", "folge uns auf", "folgen sie uns", "folgen sie uns auf", "follow us",
    "follow us on social", "from the archive", "further information", "further reading",
    "gerelateerde artikelen", "highlights aus dem heft", "how to cite this article",
    "in this category", "join the conversation", "join the discussion", "key events", "komentarze",
    "kommentar", "kommentare", "kommentare geschlossen", "kommentarer", "latest articles",
    "latest news", "latest posts", "latest stories", "leave a comment", "leave a reply",
    "leia também", "les plus lus", "letzte beiträge", "lo más leído",
    "lo que dicen nuestros clientes", "mais lidas", "mehr aus der sendung", "mehr themen",
    "mehr zum thema", "meistgelesen", "meistgelesene artikel", "more articles", "more by",
    "more from", "more in this category", "more information", "more news", "more on this",
    "more stories", "more to explore", "most popular", "most read", "most viewed", "más noticias",
    "neueste artikel", "neueste beiträge", "newsletter", "noch mehr infos für dich",
    "noticias relacionadas", "notícias relacionadas", "o autorze", "other articles by",
    "other reports by", "other stories", "otras noticias", "passend zum thema", "popular posts",
    "popular stories", "post a comment", "potrebbe interessarti", "pour citer cet article",
    "powiązane artykuły", "reacties", "read next", "recent articles", "recent posts", "recommended",
    "recommended articles", "recommended for you", "recommended stories", "related",
    "related articles", "related content", "related coverage", "related links", "related news",
    "related posts", "related reading", "related stories", "relaterade artiklar", "responses",
    "schon gelesen", "schon gelesen?", "share", "share on", "share this", "share this article",
    "share this post", "share this story", "sign up for our newsletter", "similar articles",
    "similar posts", "sobre el autor", "sobre o autor", "social media kanäle",
    "social media seiten", "subscribe to our newsletter", "sull'autore", "sur le même sujet",
    "tags", "te puede interesar", "top stories", "topics", "trending", "trending now",
    "ultime notizie", "unsere social media kanäle", "up next", "verwandte artikel", "view comments",
    "vorheriger / nächster artikel", "voriger / nächster artikel", "was unsere kunden sagen", "weitere artikel", "weitere beiträge", "weitere informationen",
    "weitere nachrichten", "weitere themen", "weiterführende informationen", "weiterführende links",
    "what our clients say", "what our customers say", "what to read next", "you may also like",
    "you may be interested in", "you might also like", "you might like", "zitiervorschlag",
    "zum autor", "zum weiterlesen", "zur autorin", "à lire aussi", "à propos de l'auteur",
    "ähnliche artikel", "ähnliche beiträge", "ähnliche nachrichten", "ähnliche themen",
    "últimas noticias", "über den autor", "комментарии", "похожие статьи", "читайте также",
};
TABLE(furniture_headings);

/* The nouns that end a furniture heading of posts ("weitere artikel",
 * "related stories", "neueste beiträge"): such a heading with one topic
 * word inside ("Weitere Garten Artikel", "More Business Stories",
 * "Related Python Posts") titles the same list (phrases.c,
 * body_furniture_heading_kind). Not "informationen" or "themen":
 * "Weitere wichtige Informationen" heads an article's own section. */
static const char *const post_nouns[] = {
    "articles", "articoli", "artikel", "artículos", "beiträge", "nachrichten", "news", "noticias",
    "notizie", "posts", "stories",
};
TABLE(post_nouns);

/* Headings over the author's box at the end of an article: "About the
 * author", "Autor:innen", "Zur Autorin". */
static const char *const author_headings[] = {
    "about the author", "about the authors", "author", "authors", "autor", "autor*in", "autor*innen",
    "autor/in", "autor:in", "autor:innen", "autor_in", "autoren", "autorin", "autorinnen", "der autor", "die autoren", "die autorin",
    "l'auteur", "l'autrice", "o autorze", "sobre el autor", "sobre la autora", "sull'autore",
    "the author", "zu den autor*innen", "zu den autor:innen", "zu den autoren", "zu den autorinnen", "zum autor", "zur autorin", "zur person", "à propos de l'auteur",
    "über den autor", "über die autoren", "über die autorin", "об авторе",
};
TABLE(author_headings);

/* Headings that open the comment section: everything after them in the
 * same container is the discussion. The readers' own words with a
 * possessive ("vos réactions", "tus comentarios", "ihre kommentare")
 * title it too; not the bare "réactions", which heads a story's section
 * on what others said. */
static const char *const comment_headings[] = {
    "add a comment", "comentarii", "comentarios", "comentários", "comment", "commentaires", "commenti",
    "comments", "deixe um comentário", "deja un comentario", "deja una respuesta",
    "discuss this article", "hinterlasse einen kommentar", "hozzászólás", "hozzászólások",
    "i vostri commenti", "ihre kommentare",
    "join the conversation",
    "join the discussion", "komentarze", "komentáre", "komentáře", "kommentar", "kommentar hinterlassen",
    "kommentar schreiben", "kommentar verfassen", "kommentare", "kommentarer", "kommentieren",
    "laisser un commentaire", "lascia un commento", "leave a comment", "leave a reply",
    "leserkommentare", "lesermeinungen", "post a comment", "reacties", "reader comments",
    "readers comments", "readers' comments", "readers’ comments", "responses",
    "schreibe einen kommentar", "tus comentarios", "user comments", "vos commentaires", "vos réactions",
    "your comments", "комментарии",
};
TABLE(comment_headings);

/* The word "discussion" as a heading: the readers' thread under a post
 * ("Diskuse (4)") only with a count in brackets after it, as a paper's or
 * a report's "Discussion" section is never counted; a leading number is
 * the section's own ("3 Diskussion") and does not count (phrases.c,
 * body_furniture_heading_kind). */
static const char *const comment_counted_headings[] = {
    "discusión", "discussion", "discussione", "diskuse", "diskusia", "diskussion", "diskuze", "dyskusja",
};
TABLE(comment_counted_headings);

/* The word "comments" where it is no comment section's title alone:
 * "Komentar" is the opinion column's label in Croatian, Serbian, Bosnian,
 * Slovenian and Indonesian ("<h2>Komentar</h2>" over the column's text),
 * Turkish "Yorumlar" and Greek "Σχόλια" head a story's section of what
 * experts said. The readers' thread only with a count, leading ("3
 * Komentar") or in brackets ("Σχόλια (3)", phrases.c,
 * body_furniture_heading_kind). */
static const char *const comment_any_count_headings[] = {
    "komentar", "yorumlar", "σχόλια",
};
TABLE(comment_any_count_headings);

/* What follows the author's name when a line about them opens with it:
 * "Jane Doe is a reporter ...", "Jane Doe covers ...", "Jane Doe ist
 * Rechtsanwältin ...": an author bio at the end of the article. */
static const char *const bio_verbs[] = {
    "a été ", "arbeitet ", "berichtet ", "covers ", "es ", "escribe ", "est ", "grew up ", "has ", "hat ",
    "is ", "ist ", "joined ", "lavora ", "leads ", "lebt ", "lehrt ", "leitet ", "lives ", "reports ",
    "schreibt ", "scrive ", "studied ", "studierte ", "teaches ", "trabaja ", "travaille ", "vit ", "vive ",
    "war ", "was ", "works ", "writes ", "è ", "écrit ",
};
TABLE(bio_verbs);

/* Words of the trade in a bio's first sentence, read at word starts (a
 * prefix: "redakteur" reads "Redakteurin", "journalist" "journaliste"):
 * "Jonas ist seit 2021 Redakteur im Lokalteil ...", "Reed covers ...". A line
 * that opens with the author's first name or surname alone is a bio only
 * when it names the job (clean.c, is_bio_of). */
static const char *const bio_roles[] = {
    "author", "autor", "columnist", "correspondant", "correspondent", "corresponsal", "corrispondente", "covers ",
    "editor", "giornalista", "journalist", "kolumnist", "korrespondent", "periodista", "redactor", "redakteur",
    "redaktor", "reporter", "reports on ", "rédacteur", "rédactrice", "schreibt über ", "volontär", "writer",
    "writes about ", "écrit sur ",
};
TABLE(bio_roles);

/* How a blogger's bio in the first person opens, under the author label
 * or the name ("Author" / "I'm Nora, and I bake bread every weekend",
 * "Über mich" / "Hallo, ich bin Anna ..."): clean.c, bio_box_shape. */
static const char *const bio_first_person[] = {
    "hallo, ich bin ", "hello, i'm ", "hello, i’m ", "hi! i'm ", "hi! i’m ", "hi, i'm ", "hi, i’m ", "i am ", "i'm ",
    "ich bin ", "ich heiße ", "i’m ", "je m'appelle ", "je suis ", "me llamo ", "my name is ", "soy ",
};
TABLE(bio_first_person);

/* Articles and determiners that open a noun phrase, not a person's name:
 * a fact box titled "Die Studie" over "Die Studie ist im Fachjournal ...
 * erschienen", "The Study" over "The study was published ..." reads like
 * a name's line and the sentence about the person (clean.c, name_text). */
static const char *const name_line_determiners[] = {
    "a", "an", "das", "dem", "den", "der", "des", "die", "diese", "dieser", "dieses", "ein", "eine", "el", "il",
    "la", "las", "le", "les", "lo", "los", "our", "the", "these", "this", "un", "una", "une", "unser", "unsere",
};
TABLE(name_line_determiners);

/* Academic titles before a person's name in a bio line ("Prof. Dr.
 * Jane Doe ist ..."): read past, one after another (clean.c, bio_lead). */
static const char *const name_titles[] = {
    "dipl.-ing. ", "dr. ", "dr.-ing. ", "mag. ", "prof. ",
};
TABLE(name_titles);

/* After the site's own name at the start of the article's last paragraph:
 * the publisher describing itself ("Example.org is the region's leading
 * ..."). Only "is a/an/the" and its kin: "<Site> has contacted the
 * ministry" closes many news stories and is the article. */
static const char *const site_blurb_verbs[] = {
    "es el ", "es la ", "es un ", "es una ", "est la ", "est le ", "est un ", "est une ", "is a ",
    "is an ", "is the ", "ist das ", "ist der ", "ist die ", "ist ein ", "ist eine ", "è il ",
    "è la ", "è un ", "è una ",
};
TABLE(site_blurb_verbs);

/* After the site's own name at the start of a line: the site offering
 * itself as an app ("Example ist auch als App ... verfügbar!",
 * "Example is also available as an app"); the word "app" must follow
 * (clean.c, opens_with_own_app_offer). "<Site> ist auch als Verlag
 * tätig" names no app and stays. */
static const char *const app_offer_phrases[] = {
    "est aussi disponible ", "est disponible en ", "est également disponible ",
    "gibt es auch als ", "gibt es jetzt auch als ", "is also available ", "is available as ",
    "is now available ", "ist ab sofort auch als ", "ist auch als ", "ist jetzt auch als ",
    "también está disponible ", "è disponibile anche ",
};
TABLE(app_offer_phrases);

/* The word after an app offer phrase that names the app itself
 * (clean.c, opens_with_own_app_offer): "ist auch als App", "is also
 * available as an app", "est aussi disponible en application",
 * "también está disponible como aplicación". Whole words only. */
static const char *const app_words[] = {
    "aplicaciones", "aplicación", "app", "application", "applications", "apps",
};
TABLE(app_words);

/* The whole text of a table of contents' label, over a list of links
 * into the page itself ("Table of Contents", "Inhaltsverzeichnis",
 * "Sommaire"): the label names the outline, it is no part of the text
 * (clean.c, is_toc_label). */
static const char *const toc_labels[] = {
    "contenido", "contenidos", "contents", "conteúdo", "in diesem artikel", "in this article", "indice",
    "inhalt", "inhaltsverzeichnis", "inhoud", "inhoudsopgave", "innehåll", "jump to", "obsah",
    "on this page", "sommaire", "sommario", "spis treści", "tabla de contenidos", "table des matières",
    "table of contents", "índice", "目录", "目次",
};
TABLE(toc_labels);

/* Labels of a taxonomy line: the tags or categories a post is filed
 * under ("Tags: Python, Fun", "Abgelegt unter: Literatur", a paper's
 * sections: "Ressort: Politik", "Rubrik: Lokales"), a list of short
 * names after them (phrases.c). */
static const char *const taxonomy_labels[] = {
    "abgelegt unter ", "abgelegt unter:", "archiviert unter ", "argomenti:", "categories:",
    "category:", "catégorie:", "catégories:", "etiquetas:", "filed under ", "filed under:",
    "getaggt mit ", "kategorie:", "kategorien:", "kategorisiert unter ", "kategorisiert unter:",
    "keywords ", "keywords:", "mehr zu:", "more about:", "mots-clés :", "mots-clés:", "ressort:", "ressorts:", "rubrik:", "rubriken:",
    "schlagworte:", "schlagwörter:",
    "stichworte:", "stichwörter:", "tag:", "tagged with ", "tagged:", "tagi:", "tags :", "tags:",
    "temas:", "themen:", "topics:", "tópicos:", "verschlagwortet mit ",
};
TABLE(taxonomy_labels);

/* The taxonomy labels that may follow a short lead-in ("Beispiel Artikel
 * abgelegt unter: ...", "Ausgabe 2020/2 Kategorie: Praxis"): filing,
 * category, section and tag labels, with their colon. Not "Themen:",
 * "Topics:" or "Stichworte:", which an article's own line uses to list
 * its subjects ("Die wichtigsten Themen: Rente, Steuern, Bildung"). */
static const char *const taxonomy_mid_labels[] = {
    "abgelegt unter:", "archiviert unter:", "categories:", "category:", "catégorie:", "catégories:",
    "filed under:", "kategorie:", "kategorien:", "kategorisiert unter:", "ressort:", "ressorts:",
    "rubrik:", "rubriken:", "schlagworte:", "schlagwörter:", "tags:",
};
TABLE(taxonomy_mid_labels);

/* The whole text of a comment's reply action (a link or button): every
 * comment of a thread carries one, an article's paragraphs do not. */
static const char *const reply_actions[] = {
    "antwort", "antworten", "antworten ↓", "beantwoorden", "odpowiedz", "reageren", "reply", "reply ↓", "responda", "responder", "rispondi", "répondre", "svar", "svara", "ответить",
};
TABLE(reply_actions);

/* The whole text of an article tool's link: print it, send it, save it,
 * report a typo in it. A line made only of such links between bars
 * ("Artikel drucken | Artikel merken | Fehler melden") is the
 * article's tool bar, not its text (clean.c, is_tool_link_line); so is a
 * list whose every item is one such link ("Teilen", "Drucken", "Fehler
 * melden": clean.c, is_tool_link_list). */
static const char *const tool_links[] = {
    "artikel drucken", "artikel merken", "artikel versenden", "compartir", "condividi", "druckansicht",
    "drucken", "druckversion", "e-mail", "email", "email this article", "enviar", "enviar por correo",
    "enviar por e-mail", "enviar por mail", "envoyer", "fehler melden", "imprimer", "imprimir", "mail",
    "merken", "partager", "pdf", "print", "print this article", "rectificar", "report a typo",
    "report an error", "reportar un error", "save", "send by e-mail", "send by email", "senden", "share",
    "signaler une erreur", "stampa", "teilen", "tippfehler melden", "tuitear", "tweet", "twittear",
    "twittern", "versenden", "vorlesen",
};
TABLE(tool_links);

/* Bylines and datelines shown as a line of their own: "By Ruth Adeyemi
 * and Sam Cole", "Published 4 March 2023", "Aktualisiert: 03.04.2020",
 * Drupal's "Submitted by NAME on DATE" ("Gespeichert von", "Soumis par",
 * "Enviado por" in its translations), an article's credit box ("Artikel
 * von:" over the author's name). */
static const char *const byline_prefixes[] = {
    "af ", "artikel von ", "artikel von:", "author:", "autor:", "autorin:", "av ", "by ", "di ", "door ", "enviado por",
    "geschrieben von", "gespeichert von", "par ", "por ", "posted by", "reporting by", "soumis par",
    "submitted by", "text:", "texto:", "von ", "words by", "written by",
};
TABLE(byline_prefixes);

static const char *const dateline_prefixes[] = {
    "actualizado", "aggiornato", "aktualisiert", "bijgewerkt", "erstellt", "gepubliceerd",
    "last modified", "last updated", "mis à jour", "opublikowano", "posted", "pubblicato",
    "publicado", "publicerad", "published", "publié", "stand:", "updated", "uppdaterad",
    "veröffentlicht", "обновлено", "опубликовано",
};
TABLE(dateline_prefixes);

/* Press-release boilerplate headings. A prefix plus the company's name
 * ("About Acme Robotics", "Über die Acme GmbH") opens the standard
 * company profile that closes every release of that company; the contact
 * headings open the press office's address block. */
static const char *const about_prefixes[] = {
    "about ", "acerca de ", "despre ", "informazioni su ", "o firmie ", "o spółce ", "sobre ", "à propos d'", "à propos de ", "à propos d’", "über ",
};
TABLE(about_prefixes);

/* The same prefix where it is every heading's "about": Indonesian
 * "Tentang PT Acme" titles a profile, "Tentang program ini" a story's
 * section. Such a heading opens a release's tail only when a press-contact
 * heading follows it there (body/clean.c, opens_release_tail). */
static const char *const about_prefixes_contact[] = {
    "tentang ",
};
TABLE(about_prefixes_contact);

/* The same word after the name, in a language that puts it there:
 * Turkish "Acme Holding Hakkında" (about Acme Holding). A whole word at
 * the heading's end, the name before it. It is Turkish's everyday "about
 * X" too ("Yüklenici firma hakkında", "Proje hakkında"): such a heading
 * opens a release's tail only when a press-contact heading follows it
 * there, as "tentang " (about_prefixes_contact). */
static const char *const about_suffixes[] = {
    "hakkında",
};
TABLE(about_suffixes);

/* The same prefix where it is an everyday word of another language: Dutch
 * "over " ("Over Acme BV") opens English headings too ("Over the next
 * decade", "Over the years"); Swedish, Danish and Norwegian "om " ("Om
 * Acme AB", "Om Acme A/S") opens sentences and headings of its own ("Om
 * du vill veta mer", "Om tre år"). It opens a profile only when a name
 * ends in a legal form of the prefix's own languages
 * (words_author_legal_forms): after "over " one marked
 * WORDS_LEGAL_FORM_NL ("Over the years as" is English), after "om " one
 * marked WORDS_LEGAL_FORM_NORDIC; the form alone ("Om ApS", an
 * explainer's section) names no company. */
static const char *const about_prefixes_nl[] = {
    "over ",
};
TABLE(about_prefixes_nl);

static const char *const about_prefixes_nordic[] = {
    "om ",
};
TABLE(about_prefixes_nordic);

/* Also the legal notes a listed company's release closes with, after
 * its profile: "Forward-Looking Statements", "Safe Harbor Statement"
 * (without them the profile before such a note was not the release's
 * last section, and both stayed). A German release's closing "Quelle und
 * Kontaktadresse:" (source and contact address) labels the issuer's
 * press office and address as the contact headings do. A federal
 * administration's release closes with "Adresse für Rückfragen" (address
 * for enquiries: the press service's line) and "Herausgeber" (the
 * issuing department), in each of its languages. A bare "Kontakt:" or
 * "Contact:" label over the names, roles and addresses of the people to
 * ask is the same block (the tail rule's checks keep it to the body's
 * end, after a body at least as long). */
/* (Turkish "Basın İletişim" is looked up with its dotted capital İ read
 * as "i": body/clean.c, release_heading_fold.) */
static const char *const contact_headings[] = {
    "address for enquiries", "adresse für rückfragen", "adresse pour l'envoi de questions",
    "assessoria de imprensa", "basın iletişim", "basın iletişimi", "cautionary note regarding forward-looking statements", "cautionary statement",
    "contact", "contact pentru presă", "contact presse", "contact presă", "contacto de imprensa", "contacto de prensa",
    "contacto para medios", "contacto para prensa", "contactos de prensa", "contato de imprensa", "contato para imprensa", "contatti stampa",
    "contatto stampa", "editore", "forward looking statements", "forward-looking statements",
    "herausgeber", "indirizzo cui rivolgere domande", "investor contact", "investor contacts",
    "kontak media", "kontak pers", "kontakt", "kontakt dla mediów", "kontakt dla prasy", "kontakt prasowy", "kontaktadresse", "media contact", "media contacts", "media inquiries", "medienkontakt",
    "press contact", "press contacts", "pressekontakt", "pressekontakte", "presskontakt", "presskontakter",
    "quelle und kontaktadresse", "safe harbor statement", "safe harbour statement",
    "zukunftsgerichtete aussagen", "éditeur",
};
TABLE(contact_headings);

/* A heading that starts with one of these names a person's other work:
 * "More by Jane Doe", "Other articles by", "Last 5 posts by Jane Doe" (a
 * count after the first or the second word is skipped before the lookup:
 * "Die letzten 5 Beiträge von ..."). */
static const char *const name_headings[] = {
    "altri articoli di ", "autres articles de ", "derniers articles de ",
    "die letzten beiträge von ", "die neuesten beiträge von ", "laatste artikelen van ",
    "laatste berichten van ", "last posts by ", "latest articles by ", "latest posts by ",
    "latest stories by ", "letzte beiträge von ", "mehr zum thema ", "more articles by ",
    "more by ", "more from ", "more on this", "more posts by ", "more stories by ",
    "más artículos de ", "neueste beiträge von ", "other articles by ", "other posts by ",
    "other reports by ", "recent articles by ", "recent posts by ", "share on ",
    "ultimi articoli di ", "weitere artikel von ", "weitere beiträge von ", "últimos artigos de ",
    "últimos artículos de ", "últimos posts de ",
};
TABLE(name_headings);

/* A heading that sends the reader to more of the site under its host
 * name: "Auch auf example.de", "Also on example.com" over a list of the
 * site's other stories. Only with a host name after it (phrases.c): "Auch
 * auf dem Land fehlt Personal" titles a section of an article. */
static const char *const also_on_prefixes[] = {
    "also on ", "anche su ", "auch auf ", "auch bei ", "aussi sur ", "más en ", "también en ",
};
TABLE(also_on_prefixes);

/* The title of a blog's comment section: a count, then one of these, then
 * the post's title ("7 thoughts on “...”", "One response to ...", "12
 * Kommentare zu „...“"); the count is required (phrases.c). */
static const char *const comment_title_prefixes[] = {
    "antwort auf ", "antworten auf ", "antworten zu ", "comentario en ", "comentarios en ", "comentarios sobre ",
    "comentário em ", "comentários em ", "comment on ", "commentaire sur ", "commentaires sur ",
    "commenti su ", "commento su ", "comments on ", "gedanke zu ", "gedanken zu ", "kommentar zu ", "kommentare zu ",
    "replies to ", "reply to ", "response to ", "responses to ", "respuesta a ", "respuestas a ", "risposta a ", "risposte a ", "réponse à ",
    "réponses à ", "thought on ", "thoughts on ",
};
TABLE(comment_title_prefixes);

/* A page's whole <title> that names only its place in the site, the
 * home page, as site builders fill it when nobody wrote a title ("Home",
 * "Startseite"): it holds no headline, as a site-only <title> holds none,
 * and the page's one story h1 is read instead (h1_under_site_title in
 * src/meta/title.c). Compared with the whole <title>, ASCII case
 * folded. */
static const char *const home_page_titles[] = {
    "accueil", "home", "home page", "homepage", "inicio", "página inicial", "start", "startseite",
};
TABLE(home_page_titles);

/* A count spelled as a word before a comment section's title ("One
 * response to ...", "Ein Gedanke zu ..."): most such titles with more
 * comments give the count in digits. */
static const char *const count_words[] = {"ein", "eine", "one", "um", "uma", "un", "una", "une", "uno"};
TABLE(count_words);

/* A view counter's word after its number ("2781 mal gelesen", "1,204
 * views") or its label before it ("Aufrufe: 873", "Views: 88"): a post's
 * metadata part, never a sentence (phrases.c, body_is_view_count). */
static const char *const view_count_words[] = {
    "aufrufe", "hits", "mal aufgerufen", "mal gelesen", "views", "visitas", "visualizações",
    "visualizzazioni", "vues", "zugriffe",
};
TABLE(view_count_words);

/* Labels of a post's other metadata parts in a bar line, before a colon
 * and a short value: who put the post up ("Hinzugefügt von: Jane",
 * "Added by: Jane") and its readers' rating ("Rating: 0.0/0", "Bewertung:
 * 4.5"), as blog engines print them beside the view counter. Never an
 * anchor of the line, only parts it may hold (phrases.c,
 * body_is_meta_bar_line). */
static const char *const meta_part_labels[] = {
    "added by", "ajouté par", "añadido por", "bewertung", "hinzugefügt von", "rating",
    "valoración", "voto", "добавил", "рейтинг",
};
TABLE(meta_part_labels);

/* What an embedded player's or gallery's title line is labelled with
 * before its colon ("Video: <title>", "Gallery: <title> (Photo
 * Services)", "Bildergalerie: <title>"): a pointer to media the body
 * does not hold as text (clean.c, is_media_pointer). */
static const char *const media_labels[] = {
    "bildergalerie", "diaporama", "fotogalerie", "fotostrecke", "galerie", "galería", "galería de fotos",
    "galleria", "gallery", "photo gallery", "slideshow", "video", "videos", "vidéo", "vídeo", "watch",
    "видео",
};
TABLE(media_labels);

/* What opens a longer kicker before a colon and a headline link ("Mehr
 * Informationen zu den Wahlen in X: <a>...</a>", "More on the trial:
 * <a>...</a>"): a pointer to the publisher's other story, worded as a
 * phrase (clean.c, is_kicker_link_line). */
static const char *const pointer_openers[] = {
    "for more on", "maggiori informazioni su", "mais informações sobre", "mehr dazu", "mehr informationen zu",
    "mehr informationen über", "mehr zu", "mehr zum", "mehr zur", "more about", "more information about",
    "more information on", "more on", "más información sobre", "plus d'informations sur",
    "plus d’informations sur", "read more about", "weitere informationen zu", "weitere informationen über",
};
TABLE(pointer_openers);

/* A series' label before a colon and a link to its next or previous
 * part ("Next: <a>Into the Fog</a>.", "Nächster Teil: <a>...</a>"),
 * the whole kicker: the part's title may be short, and the line still
 * points to another post (clean.c, is_kicker_link_line). */
static const char *const series_part_labels[] = {
    "next", "next part", "next up", "nächste folge", "nächster teil", "partie suivante", "previous",
    "previous part", "previously", "próximo capítulo", "siguiente", "vorheriger teil",
};
TABLE(series_part_labels);

/* A link to the blog's previous or next post, as the link's whole text
 * ("« Previous post", "Nächster Beitrag »") or as the label before a
 * colon and the post's title ("Vorgängerbeitrag: <a>...</a>"): the
 * post's navigation at its end, not its text (clean.c,
 * is_post_nav_line). */
static const char *const post_nav_labels[] = {
    "article précédent", "article suivant", "articolo precedente", "articolo successivo", "artigo anterior",
    "artículo anterior", "artículo siguiente", "beitrag davor", "entrada anterior", "entrada siguiente",
    "nachfolgebeitrag", "neuerer beitrag", "newer post", "newer posts", "next article", "next post",
    "next story", "nächster artikel", "nächster beitrag", "older post", "older posts", "post anterior",
    "post precedente", "post successivo", "previous article", "previous post", "previous story",
    "próximo artigo", "próximo post", "siguiente artículo", "volgend artikel", "vorgängerbeitrag",
    "vorheriger artikel", "vorheriger beitrag", "vorig artikel", "älterer beitrag",
};
TABLE(post_nav_labels);

/* A path segment naming the site's donation page ("/donate",
 * "/unterstuetzen", "/apoie"), or the first label of a host the site runs
 * it on ("apoyo.example.net"): a box linking there with a few lines is a
 * support appeal (clean.c, is_support_box). */
static const char *const donation_path_segments[] = {
    "apoie", "apoio", "apoyo", "doar", "donar", "donate", "donation", "donations", "faire-un-don", "jetzt-spenden",
    "soutenir", "spende", "spenden", "support-us", "supportus", "unterstuetzen",
};
TABLE(donation_path_segments);

/* What a publisher's support appeal asks of the reader, read at word
 * starts of a block after the text ("Ohne Ihre Unterstützung gäbe es
 * diesen Blog nicht!", "Ohne Eure Hilfe geht es nicht!", "... hilfst
 * du, unsere Arbeit zu unterstützen", "con tu apoyo"; the house that
 * counts on the reader, "cuenta con vos", "contamos contigo"): the
 * reader's help for the house's own work. Furniture only together with
 * money or a way to pay in the same appeal (payment_words, an amount
 * with a currency: clean.c, support appeals without a donation link);
 * a story that asks for help names no bank details. */
static const char *const support_asks[] = {
    "apoie", "apoya a", "apoyo de nuestros lectores", "apoyo de sus lectores", "apóyanos", "con su apoyo",
    "con tu apoyo", "contamos con vos", "contamos contigo", "cuenta con vos", "deine hilfe", "deine unterstützung", "deiner unterstützung", "eure hilfe",
    "eure unterstützung", "eurer unterstützung", "fai una donazione", "faites un don", "faça uma doação",
    "help us continue", "ihre unterstützung", "ihrer unterstützung", "il tuo sostegno", "jetzt unterstützen",
    "nous soutenir", "please donate", "seu apoio", "sostienici", "soutenez-nous", "su donación", "sua doação",
    "support our journalism", "support our work", "support us", "tu donación", "unsere arbeit unterstützen",
    "unsere arbeit zu unterstützen", "unterstütze uns", "unterstützen sie uns", "unterstützt uns",
    "votre soutien", "your donation", "your support",
};
TABLE(support_asks);

/* The house's own voice in a support appeal, whole words: a first-person
 * plural ("unsere Arbeit", "support us", "nuestro periodismo", "notre
 * rédaction"), or a singular possessive for a house of one (a
 * journalist's own site: "für meinen Blog", "my reporting"; not the
 * forms that are other words too: Italian "ma", Spanish "mes"). A
 * publisher asks for its own work; a story's "How to
 * help" box or a family's appeal it quotes asks for someone else's
 * ("Donations to the family can be made by bank transfer ..."), so an
 * appeal without these words (nor the site's name) stays (clean.c,
 * support appeals without a donation link). */
static const char *const house_voice_words[] = {
    "apóyanos", "mein", "meine", "meinem", "meinen", "meiner", "meines", "meu", "meus", "mi", "mia", "mie",
    "miei", "mijn", "minha", "minhas", "mio", "mis", "mon", "my", "nos", "nosotras", "nosotros", "nossa",
    "nossas", "nosso", "nossos", "nostra", "nostre", "nostri", "nostro", "notre", "nous", "nuestra",
    "nuestras", "nuestro", "nuestros", "ons", "onze", "our", "ours", "sostienici", "uns", "unser", "unsere",
    "unserem", "unseren", "unserer", "unseres", "us", "we", "wir",
};
TABLE(house_voice_words);

/* The house naming its own newsroom or journalism, a first-person
 * possessive and the trade ("nuestra redacción", "notre rédaction", "our
 * newsroom"): a publisher's appeal speaks so, a blogger's closing line
 * ("we've covered how to ...") does not. Read at word starts (clean.c,
 * the appeal that opens by saying the reader has read to the end). */
static const char *const house_newsroom[] = {
    "nos journalistes", "nossa redação", "nosso jornalismo", "nostra redazione", "nostro giornalismo",
    "notre journalisme", "notre rédaction", "nuestra redacción", "nuestro periodismo", "nuestros periodistas",
    "our journalism", "our newsroom", "our reporters", "unser journalismus", "unsere journalisten",
    "unsere journalistinnen", "unsere redaktion", "unseren journalismus",
};
TABLE(house_newsroom);

/* Word beginnings that name giving or support ("Spende", "spenden",
 * "donation", "donación", "Unterstützung"): a block of an appeal that
 * neither asks nor names a way to pay ("Deshalb freuen wir uns über
 * jede Spende!") still belongs to it (clean.c, the appeal's run). */
static const char *const donation_words[] = {
    "apoy", "doaç", "donaci", "donat", "donazion", "soutenez", "soutien", "spende", "support", "unterstütz",
};
TABLE(donation_words);

/* Ways to pay that an appeal names: bank details and payment services
 * ("Alternativ via Banküberweisung, IBAN: ...", "per Paypal", "Per
 * Kreditkarte"), read at word starts. */
static const char *const payment_words[] = {
    "bank transfer", "banküberweisung", "bitcoin", "carte bancaire", "credit card", "iban", "kreditkarte",
    "lastschrift", "paypal", "transferencia bancaria", "virement", "überweisung",
};
TABLE(payment_words);

/* Currency words after an amount ("3,50 Euro", "5 €", "10 dollars"),
 * whole words: an appeal's suggested gift. */
static const char *const currency_words[] = {
    "chf", "dollar", "dollars", "eur", "euro", "euros", "franken", "pesos", "reais", "€",
};
TABLE(currency_words);

/* What ends a pointer lead-in before its colon: the line names more of
 * the site's pieces (words_more_words first) and then points at the list
 * under it ("Weitere Backideen ... findest du hier:", "More guides can
 * be found here:"). Furniture only when that list is gone, as for a
 * lead-in opened by a pointer phrase (clean.c, is_pointer_line); read as
 * whole words. "Den Bebauungsplan finden Sie hier:" names the story's own
 * document, not more pieces, and stays. */
static const char *const more_words[] = {
    "andere", "autres", "further", "mehr", "more", "other", "otras", "otros", "plus", "weitere",
};
TABLE(more_words);

static const char *const pointer_line_ends[] = {
    "are available here", "can be found here", "encontrarás aquí", "find them here", "finden sie hier",
    "findest du hier", "findet ihr hier", "gibt es hier", "trouverez ici", "you can find here",
};
TABLE(pointer_line_ends);

/* What opens a publisher's pointer line: a short line that sends the
 * reader to more on the topic elsewhere ("Hier geht es zur <a>...</a>",
 * "Mehr Infos findet ihr auf der <a>Website von X</a>.", "Alle Infos zum
 * Turnier: <a>...</a>", "Alle weiteren Informationen zur Demo <a>findet
 * ihr hier</a>.", "For more information, visit <a>...</a>", "Plus
 * d'infos sur <a>...</a>"). Furniture when the line carries its link, or
 * when it ends in a colon and what it introduced is gone or is only its
 * address on the next line ("Hier finden Sie das Programm:" then
 * "<p><a>https://...</a></p>"; clean.c, is_pointer_line,
 * address_line_after). Read as whole words (ends_at_word). */
static const char *const pointer_lines[] = {
    "alle informationen", "alle infos", "alle weiteren informationen", "alle weiteren infos", "en savoir plus",
    "find out more", "for further information", "for more details", "for more info", "for more information",
    "further information", "hier finden sie", "hier findest du", "hier findet ihr", "hier geht es direkt zu",
    "hier geht es direkt zum", "hier geht es direkt zur", "hier geht es zu", "hier geht es zum",
    "hier geht es zur", "hier geht's zu", "hier geht's zum", "hier geht's zur", "hier geht’s zu",
    "hier geht’s zum", "hier geht’s zur", "hier gibt es", "hier gibt's", "hier gibt’s", "learn more",
    "maggiori informazioni", "mais informações", "mehr informationen", "mehr infos", "more details",
    "more info", "more information", "más info", "más información", "nähere informationen", "nähere infos",
    "para mais informações", "para más información", "per maggiori informazioni", "plus d'informations",
    "plus d'infos", "plus d’informations", "plus d’infos", "pour en savoir plus", "pour plus d'informations",
    "pour plus d’informations", "toutes les informations", "toutes les infos", "ulteriori informazioni",
    "weitere informationen", "weitere infos",
};
TABLE(pointer_lines);

/* A question to the reader that offers more of the site's pieces, read
 * at the start of a short question ("Du suchst noch mehr Highlights für
 * den November? Hier kommen <a>12 Dinge ...</a>", "Want to know more
 * about X? Follow them on <a>GitHub</a>", "Möchtest du mehr über X
 * wissen? <a>Hier findest du alle Infos!</a>"): with a link after the
 * question, the block is a pointer (clean.c, is_question_pointer). Read
 * as whole words. */
static const char *const more_questions[] = {
    "du suchst mehr", "du suchst noch mehr", "envie d'en savoir plus", "envie d’en savoir plus",
    "hast du lust auf mehr", "ihr sucht mehr", "ihr sucht noch mehr", "interested in learning more",
    "looking for more", "lust auf mehr", "möchten sie mehr", "möchtest du mehr", "quieres saber más",
    "sie suchen mehr", "sie suchen noch mehr", "vous souhaitez en savoir plus", "vous voulez en savoir plus",
    "vuoi saperne di più", "want more", "want to find out more", "want to know more", "want to learn more",
    "want to read more", "willst du mehr", "wollen sie mehr", "¿quieres saber más",
};
TABLE(more_questions);

/* What opens a publisher's appeal set as the text's last few paragraphs
 * when it names no money: the reader has read to the end ("Si llegaste
 * hasta acá...", "If you made it this far, ...", "Wenn Sie bis hierhin
 * gelesen haben, ...", "Merci d'avoir lu jusqu'ici !", "Se você chegou
 * até aqui") or liked the piece ("If you value our journalism, ...",
 * "Wenn Ihnen dieser Artikel gefallen hat, ...") or likes the house's
 * publication, asked in its own voice ("Gefällt dir unser Magazin?",
 * "Do you like our podcast?", "¿Te gusta nuestro periódico?": the
 * possessive is the house's; "Gefällt dir das?" asks about a thing). A
 * block opening so, among the body's last APPEAL_RUN_BLOCKS blocks,
 * goes with the blocks after it (clean.c, appeal_opener_run_start). Read
 * at the block's start. */
static const char *const appeal_openers[] = {
    "cet article vous a plu", "danke, dass du bis hierhin gelesen hast", "danke, dass sie bis hierhin gelesen haben",
    "do you enjoy our", "do you like our", "du hast bis hierhin gelesen", "gefällt dir unser",
    "gefällt euch unser", "gefällt ihnen unser", "gostou deste artigo", "if you enjoyed this article",
    "if you found this article helpful", "if you found this article useful", "if you have made it this far",
    "if you have read this far", "if you liked this article", "if you made it this far",
    "if you value our journalism", "if you value our reporting", "if you value our work",
    "if you value this reporting", "if you've made it this far", "if you've read this far",
    "if you’ve made it this far", "if you’ve read this far", "merci d'avoir lu jusqu'ici",
    "merci d’avoir lu jusqu’ici", "se chegou até aqui", "se hai letto fin qui", "se sei arrivata fin qui",
    "se sei arrivato fin qui", "se siete arrivati fin qui", "se ti è piaciuto questo articolo",
    "se você chegou até aqui", "si cet article vous a plu", "si has llegado hasta acá", "si has llegado hasta aquí",
    "si llegaste hasta acá", "si llegaste hasta aquí", "si llegaste hasta el final", "si te gustó esta nota",
    "si te gustó este artículo", "si vous êtes arrivé jusqu'ici", "si vous êtes arrivé jusqu’ici",
    "si vous êtes arrivés jusqu'ici", "si vous êtes arrivés jusqu’ici", "sie haben bis hierhin gelesen",
    "te gusta nuestra", "te gusta nuestro", "thank you for reading this far", "thanks for reading this far",
    "vous aimez notre", "vous avez apprécié cet article",
    "wenn dir dieser artikel gefallen hat", "wenn du bis hierhin gelesen hast",
    "wenn ihnen dieser artikel gefallen hat", "wenn sie bis hierhin gelesen haben", "wer bis hierhin gelesen hat",
};
TABLE(appeal_openers);

/* The pointer an organisation's profile ends with, sending the reader to
 * its own "about us" page ("... Wir arbeiten selbstständig im Auftrag
 * der ... Mehr über uns erfahren Sie unter <a>...</a>", "Learn more about
 * us at <a>...</a>"): read at word starts of the last sentence of the
 * body's last block (clean.c, drop_about_us_profile). */
static const char *const about_us_pointers[] = {
    "en savoir plus sur nous", "erfahren sie mehr über uns", "find out more about us", "learn more about us",
    "mehr zu uns", "mehr über uns", "more about us", "más información sobre nosotros", "más sobre nosotros",
    "read more about us", "scopri di più su di noi", "weitere informationen über uns", "weitere infos über uns",
};
TABLE(about_us_pointers);


/* The text of a link that only says "here" (a pointer mark before it read
 * past): a block ending with such a link points elsewhere ("Die
 * Bildergalerie finden Sie hier"). Matched whole (words_exact). */
static const char *const here_links[] = {
    "aqui", "aquí", "click here", "her", "here", "here.", "hier", "här", "ici", "qui", "tutaj",
    "tại đây", "здесь",
};
TABLE(here_links);

/* What opens a "here" link that names its action: "click here to watch
 * live", "tap here to listen", "klicken Sie hier, um ...". The link does
 * no more than a bare "here" link (here_links) and closes a short line
 * as one does: "If you're on the X app, <a>click here to watch live</a>"
 * (clean.c, ends_with_here_link). Read as a prefix of the link's text. */
static const char *const here_link_actions[] = {
    "clic aquí para", "click here for", "click here to", "clique aqui para", "cliquez ici pour",
    "haga clic aquí para", "hier klicken", "klicke hier", "klicken sie hier", "tap here for", "tap here to",
};
TABLE(here_link_actions);

/* Words that may name a page number in a URL ("?page=2", "-p2",
 * "/seite-2"), matched whole, ASCII case folded. */
static const char *const page_words[] = {
    "p", "pag", "page", "pagina", "part", "parte", "pg", "s", "seite", "teil",
};
TABLE(page_words);

/* The word between a gallery counter's two numbers, with its blanks
 * ("Photo 2 of 9", "Bild 3 von 12", "z"/"od" for Polish and Czech). */
static const char *const counter_betweens[] = {
    " av ", " de ", " di ", " od ", " of ", " sur ", " van ", " von ", " z ",
};
TABLE(counter_betweens);

/* The first label of a host the site sells its subscription on
 * ("abo.example.de"), or the first path segment of that page on its own
 * host ("/abo/...", "/subscribe"): a line that is all link there is a
 * promotion of the site's own subscription (clean.c,
 * is_subscription_promo). */
static const char *const subscription_segments[] = {
    "abbonamenti", "abbonamento", "abo", "abonnement", "abonnements", "abonnieren", "abos", "aboshop",
    "assinatura", "assinaturas", "subscribe", "subscription", "subscriptions", "suscripcion", "suscripciones",
};
TABLE(subscription_segments);

/* The units of a file's size after its number, as a download note writes
 * them ("PDF, 1,2 MB", "340 ko"), a whole word (clean.c, states_file_size). */
static const char *const file_size_units[] = {
    "gb", "go", "k", "kb", "kib", "ko", "mb", "mib", "mo",
};
TABLE(file_size_units);

/* The word of a comment counter line ("[5] Comments", "10 Kommentare",
 * "Kommentare insgesamt: 0", "Comments (3)"): the count of a post's
 * comments, a link to them or a table cell's note, no article text
 * (words_comment_count_line below: the body's counter lines, the headline
 * rules' comment-section h1). */
static const char *const comment_count_words[] = {
    "comentarii", "comentario", "comentarios", "comment", "commentaire", "commentaires", "commenti", "commento", "comments",
    "kommentar", "kommentare",
};
TABLE(comment_count_words);

/* A word that may stand beside the comment word in a counter line:
 * "Kommentare insgesamt: 0", "Total comments: 5". */
static const char *const count_totals[] = {
    "gesamt", "insgesamt", "total",
};
TABLE(count_totals);

/* A word of letters (a-z, or UTF-8 bytes) at *s: its length, *s moved
 * past it */
static size_t comment_line_word(const char **s)
{
    const char *b = *s;
    while ((**s >= 'a' && **s <= 'z') || (unsigned char)**s >= 0x80)
        (*s)++;
    return (size_t)(*s - b);
}

/* A count of 1-5 digits, bare or in brackets ("5", "[5]", "(5)"), at
 * *s; 1 when read, *s moved past it. */
static int read_bracketed_count(const char **s)
{
    const char *p = *s;
    char close = *p == '[' ? ']' : *p == '(' ? ')' : 0;
    if (close)
        p++;
    int d = 0;
    while (*p >= '0' && *p <= '9' && d < 6)
        p++, d++;
    if (d < 1 || d > 5 || (close && *p++ != close))
        return 0;
    *s = p;
    return 1;
}

int words_comment_count_line(const char *t)
{
    const char *s = t;
    while (*s == ' ')
        s++;
    int counted = read_bracketed_count(&s);
    while (*s == ' ')
        s++;
    /* the words: the comment word, with a total word before or after */
    int word = 0, total = 0;
    for (int k = 0; k < 2; k++) {
        const char *b = s;
        size_t l = comment_line_word(&s);
        if (!l) {
            s = b;
            break;
        }
        if (!word && words_exact(&words_comment_count_words, b, l))
            word = 1;
        else if (!total && words_exact(&words_count_totals, b, l))
            total = 1;
        else
            return 0;
        while (*s == ' ')
            s++;
    }
    if (!word)
        return 0;
    if (!counted) {
        if (*s == ':')
            s++;
        while (*s == ' ')
            s++;
        if (!read_bracketed_count(&s))
            return 0;
    }
    while (*s == ' ' || *s == '.')
        s++;
    return *s == '\0';
}

/* The last word of a tip label before a colon ("Shop Tipp:", "Buch-Tipp:",
 * "Deal tip:"): a line that is all link to another host after it is a
 * shop's tip (clean.c, is_shop_tip_line). German compounds ending in
 * "tipp" ("Spartipp") count without an entry: words_tip_compound_ends. */
static const char *const tip_labels[] = {
    "astuce", "consejo", "consiglio", "dica", "tip", "tipp", "tipps", "tips",
};
TABLE(tip_labels);

/* The ends of a German compound tip label ("Spartipp", "Reisetipps"):
 * a label word longer than one of these that ends in it is a tip word
 * (clean.c, is_shop_tip_line). */
static const char *const tip_compound_ends[] = {
    "tipp", "tipps",
};
TABLE(tip_compound_ends);

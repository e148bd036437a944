/* quotes.c (words): the vocabulary of quote attribution (src/quotes/),
 * English, German and French, one table per role, lower-case UTF-8, sorted
 * bytewise, matched whole after lower-casing (src/quotes/quote_words.c
 * hashes them all once). A word may be in several tables ("sie": female
 * and plural; "a": determiner, and the French auxiliary between a speaker
 * and the verb). */
#include "words.h"

#define TABLE(name) const words_table words_quote_##name = {"quote_" #name, name, sizeof name / sizeof *name}

/* Speech verbs, English, German, French: "said", "sagte", "déclaré". */
static const char *const speech_verbs[] = {
    "accuse", "accused", "accuses", "accusing", "accusé", "acknowledged", "acknowledges",
    "acknowledging", "added", "adding", "adds", "admet", "admis", "admits", "admitted", "admitting",
    "admonished", "advised", "affirmant", "affirme", "affirmé", "agreed", "agrees", "ajoutant",
    "ajoute", "ajouté", "alleged", "alleges", "alleging", "annonce", "annoncé", "announced",
    "announces", "announcing", "answered", "antwortet", "antwortete", "appellierte", "argue",
    "argued", "argues", "arguing", "asked", "asking", "asks", "assailed", "assails", "asserted",
    "asserting", "asserts", "assure", "assured", "assures", "assuring", "assuré", "averti",
    "avertit", "avoue", "avoué", "barked", "beamed", "bedauert", "bedauerte", "begged", "behauptet",
    "behauptete", "beklagt", "beklagte", "bekräftigt", "bekräftigte", "bemerkt", "bemerkte",
    "bemoaned", "bemoans", "berichtet", "berichtete", "bestätigt", "bestätigte", "beteuert",
    "beteuerte", "betont", "betonte", "blared", "blasted", "blasting", "blasts", "boasted",
    "boasting", "boasts", "boomed", "bragged", "branded", "branding", "call", "called", "calling",
    "calls", "cautioned", "cautioning", "cautions", "chant", "chanted", "chanting", "chants",
    "characterized", "characterizes", "characterizing", "charged", "chastised", "chided", "chimed",
    "chuckled", "cited", "citing", "claimed", "claiming", "claims", "clarified", "clarifies",
    "commente", "commented", "commenting", "comments", "commenté", "complained", "complaining",
    "complains", "conceded", "concedes", "conceding", "conclu", "concluded", "concludes",
    "concluding", "conclut", "concède", "concédé", "confided", "confides", "confiding", "confie",
    "confirme", "confirmed", "confirms", "confirmé", "confié", "contended", "contends", "continued",
    "continues", "countered", "countering", "counters", "cracked", "cried", "criticised",
    "criticized", "criticizes", "criticizing", "critiqué", "declared", "declares", "declaring",
    "decried", "decries", "decrying", "deemed", "demanded", "demanding", "demands", "demandé",
    "denied", "denies", "denounced", "denounces", "denouncing", "denying", "derided", "deriding",
    "described", "describes", "describing", "disclosed", "disputes", "dit", "drohte", "dubbed",
    "dubbing", "déclarant", "déclare", "déclaré", "dénonce", "dénoncé", "déplore", "déploré",
    "détaille", "détaillé", "echoed", "echoing", "elaborated", "emailed", "emphasised",
    "emphasized", "emphasizing", "entgegnet", "entgegnete", "ergänzt", "ergänzte", "erinnerte",
    "erklärt", "erklärte", "erläutert", "erläuterte", "erwidert", "erwiderte", "erzählt",
    "erzählte", "estimant", "estime", "estimé", "exclaimed", "exclaims", "exclamé", "exclamée",
    "explained", "explaining", "explains", "expliquant", "explique", "expliqué", "flüsterte",
    "fordert", "forderte", "fragt", "fragte", "fumed", "fuming", "fustige", "fustigé", "félicité",
    "félicitée", "fügte", "glisse", "glissé", "griped", "groused", "grousing", "growled", "gushed",
    "hailed", "hailing", "hinted", "hinting", "hints", "implored", "indigné", "indignée", "indique",
    "indiqué", "insiste", "insisted", "insisting", "insists", "insisté", "insurgé", "insurgée",
    "interjected", "interjecting", "interpelle", "interpellé", "interrogé", "interrogée",
    "interrupted", "intoned", "ironise", "ironisé", "jeered", "joked", "jokes", "joking", "jubelte",
    "klagte", "kommentiert", "kommentierte", "kritisiert", "kritisierte", "labeled", "labeling",
    "labelled", "labelling", "lambasted", "lamented", "lamenting", "laments", "lance", "lancé",
    "lashed", "laughed", "lectured", "likened", "lire", "lobt", "lobte", "lâche", "lâché", "mahnt",
    "mahnte", "maintained", "maintains", "martelé", "martèle", "meint", "meinte", "menacé",
    "mentioned", "mentioning", "mocked", "mocking", "moniert", "monierte", "mouthed", "mumbled",
    "mused", "muttered", "noted", "notes", "noting", "noté", "objected", "objecting", "observed",
    "observes", "observé", "offered", "opined", "penned", "plaide", "plaidé", "plaisanté",
    "pleaded", "pleading", "pledged", "pledges", "pledging", "portrayed", "portraying", "portrays",
    "posted", "poursuit", "poursuivi", "praised", "praises", "praising", "predicted", "predicting",
    "predicts", "proclaimed", "proclaiming", "proclaims", "promet", "promis", "promised",
    "promises", "promising", "pronounced", "prophezeite", "protested", "protesting", "précisant",
    "précise", "précisé", "prévient", "quipped", "quipping", "quips", "quoted", "raconte",
    "raconté", "raged", "railed", "raille", "raillé", "ranted", "ranting", "rappelle", "rappelé",
    "raved", "read", "reads", "reasoned", "reasoning", "rebuked", "rebutted", "recalled",
    "recalling", "recalls", "reconnaît", "reconnu", "recounted", "recounting", "recounts", "refer",
    "referenced", "referencing", "referred", "referring", "refers", "regrette", "regretté",
    "reiterated", "reiterates", "reiterating", "relevé", "relève", "remarked", "remarking",
    "remembered", "reminded", "reminding", "repeated", "repeating", "replied", "replies",
    "replying", "reported", "reports", "responded", "responding", "responds", "resümierte",
    "retorted", "retweeted", "rief", "roared", "ruft", "räumte", "réagi", "réagit", "répliqué",
    "répond", "répondu", "répète", "répété", "résume", "résumé", "rétorque", "rétorqué", "s'agace",
    "s'amuse", "s'emporte", "s'exclamait", "s'exclame", "s'indignait", "s'indigne", "s'inquiète",
    "s'insurge", "s'interroge", "s'interrogeait", "s'étonne", "sagen", "sagt", "sagte", "sagten",
    "said", "salue", "salué", "say", "saying", "says", "scherzte", "schilderte", "schimpfte",
    "schreibt", "schrie", "schrieb", "scoffed", "scolded", "screamed", "screaming", "shout",
    "shouted", "shouting", "shouts", "sighed", "signale", "signalé", "slammed", "slams", "snapped",
    "sniped", "souffle", "soufflé", "soulignant", "souligne", "souligné", "speculated", "spottete",
    "stated", "states", "stating", "stressed", "stresses", "stressing", "suggested", "suggesting",
    "suggests", "summarized", "surmised", "s’agace", "s’amuse", "s’emporte", "s’exclamait",
    "s’exclame", "s’indignait", "s’indigne", "s’inquiète", "s’insurge", "s’interroge",
    "s’interrogeait", "s’étonne", "teased", "teilte", "tell", "telling", "tells", "termed",
    "testified", "texted", "thanked", "theorized", "thundered", "told", "touted", "touting",
    "touts", "tranché", "tweeted", "tweeting", "tweets", "tweeté", "twitterte", "témoigne",
    "témoigné", "unterstreicht", "unterstrich", "urged", "urges", "urging", "uttered", "vented",
    "verkündet", "verkündete", "versichert", "versicherte", "versprach", "verspricht", "vowed",
    "vowing", "vows", "warned", "warning", "warns", "warnt", "warnte", "whispered", "whispering",
    "widersprach", "wondered", "wondering", "wonders", "write", "writes", "writing", "wrote",
    "yelled", "yelling", "yells", "écrit", "écrivait",
};
TABLE(speech_verbs);

/* Participles whose speaker is the clause's subject: "adding", "ajoutant". */
static const char *const participles[] = {
    "accusing", "acknowledging", "adding", "admitting", "affirmant", "ajoutant", "alleging",
    "announcing", "arguing", "asking", "asserting", "blasting", "boasting", "branding", "calling",
    "cautioning", "chanting", "characterizing", "citing", "claiming", "commenting", "complaining",
    "conceding", "concluding", "confiding", "countering", "criticizing", "declaring", "decrying",
    "demanding", "denouncing", "denying", "deriding", "describing", "dubbing", "déclarant",
    "echoing", "emphasizing", "estimant", "explaining", "expliquant", "fuming", "grousing",
    "hailing", "hinting", "insisting", "interjecting", "joking", "labeling", "labelling",
    "lamenting", "mentioning", "mocking", "noting", "objecting", "pleading", "pledging",
    "portraying", "praising", "predicting", "proclaiming", "promising", "protesting", "précisant",
    "quipping", "ranting", "reasoning", "recalling", "recounting", "referencing", "reiterating",
    "remarking", "reminding", "repeating", "replying", "responding", "saying", "screaming",
    "shouting", "soulignant", "stating", "stressing", "suggesting", "telling", "touting",
    "tweeting", "urging", "vowing", "warning", "whispering", "wondering", "writing", "yelling",
};
TABLE(participles);

/* Cues only right after a closing mark: German "so". */
static const char *const after_quote[] = {
    "so",
};
TABLE(after_quote);

/* Cues whose source follows: "according (to)", "laut", "selon". */
static const char *const according[] = {
    "according", "d'après", "d’après", "laut", "selon",
};
TABLE(according);

/* Titles and roles before a name: "sen.", "spokeswoman", "bundeskanzlerin", "mme". */
static const char *const titles[] = {
    "abgeordnete", "abgeordneter", "adviser", "advisor", "aide", "ambassador", "analyst", "anchor",
    "assemblyman", "assemblywoman", "attorney", "author", "autor", "autorin", "avocat", "avocate",
    "bischof", "bischöfin", "boss", "bundeskanzler", "bundeskanzlerin", "bürgermeister",
    "bürgermeisterin", "candidate", "capitaine", "captain", "ceo", "chair", "chairman",
    "chairwoman", "chancellor", "chef", "chefin", "chief", "co-founder", "coach", "columnist",
    "commissioner", "congressman", "congresswoman", "correspondent", "councilman", "councilwoman",
    "counsel", "critic", "crooked", "delegate", "democrat", "democratic", "democrats", "deputy",
    "detective", "directeur", "director", "directrice", "dr.", "député", "députée", "economist",
    "editor", "ex", "executive", "expert", "experte", "expertin", "former", "founder", "frau",
    "gen.", "general", "geschäftsführer", "geschäftsführerin", "gop", "gov.", "governor", "head",
    "herr", "host", "incumbent", "independent", "inspector", "judge", "justice", "kanzler",
    "kanzlerin", "kapitän", "kapitänin", "lawyer", "leader", "libertarian", "lt.", "m.", "maire",
    "manager", "mayor", "member", "minister", "ministerin", "ministerpräsident",
    "ministerpräsidentin", "ministre", "mme", "mr.", "mrs.", "ms.", "nominee", "oberst", "officer",
    "official", "organizer", "pastor", "pfarrer", "pfarrerin", "pollster", "porte-parole",
    "premier", "president", "presidential", "press", "presumptive", "prof.", "professor",
    "präsident", "präsidenten", "präsidentin", "président", "présidente", "rabbi", "ranking",
    "rep.", "representative", "republican", "republicans", "researcher", "rev.", "rival",
    "secretary", "secrétaire", "sen.", "senator", "senior", "sheriff", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "sprecher", "sprecherin", "state", "strategist",
    "superintendent", "supporter", "sénateur", "sénatrice", "taoiseach", "then-candidate", "top",
    "trainer", "trainerin", "treasurer", "vice", "vice-president", "vorsitzende", "vorsitzender",
};
TABLE(titles);

/* The last part of a German compound that makes it a role ("Konzernchef",
 * "Aufsichtsrätin", "Fraktionsvorsitzende"; a hyphenated one, "Werft-Präsidentin",
 * "Hafen-Experte", may also end in a word of titles). Resolution drops such
 * a word before a name as it drops a title. */
static const char *const role_endings[] = {
    "abgeordnete", "abgeordneten", "abgeordneter", "aktivist", "aktivistin", "anwalt", "anwältin",
    "autor", "autorin", "beauftragte", "beauftragten", "beauftragter", "berater", "beraterin",
    "chef", "chefin", "direktor", "direktorin", "experte", "expertin", "forscher", "forscherin",
    "führer", "führerin", "ingenieur", "ingenieurin", "jurist", "juristin", "kanzler", "kanzlerin",
    "kommissar", "kommissarin",
    "leiter", "leiterin", "manager", "managerin", "meister", "meisterin", "minister", "ministerin",
    "politiker", "politikerin", "profi", "präsident", "präsidentin", "rat", "rechtler",
    "rechtlerin", "rätin", "sekretär", "sekretärin", "sprecher", "sprecherin", "trainer",
    "trainerin", "vorsitzende", "vorsitzenden", "vorsitzender",
};
TABLE(role_endings);

/* Honorifics written without their dot (British style: "Mr Pryce", "Dr
 * Lindqvist"); resolution drops them, title-case only ("MS", "DR" are names). */
static const char *const honorifics_bare[] = {"dr", "mr", "mrs", "ms", "prof"};
TABLE(honorifics_bare);

/* Pronouns for a man: "he", "er", "il". */
static const char *const pronouns_male[] = {
    "er", "he", "il",
};
TABLE(pronouns_male);

/* Pronouns for a woman: "she", "sie", "elle". */
static const char *const pronouns_female[] = {
    "elle", "she", "sie",
};
TABLE(pronouns_female);

/* Plural pronouns: "they", "sie", "ils". */
static const char *const pronouns_plural[] = {
    "elles", "ils", "nous", "sie", "they", "we", "wir",
};
TABLE(pronouns_plural);

/* First-person pronouns: "i", "we", "je". */
static const char *const pronouns_first[] = {
    "i", "ich", "je", "nous", "we", "wir",
};
TABLE(pronouns_first);

/* Words between a speaker and the verb: "also", "has", "a" (French auxiliary),
 * sentence adverbs ("Carter however said", "but now said", "jedoch",
 * "toutefois"). */
static const char *const between[] = {
    "a", "again", "alors", "already", "also", "always", "auch", "aussi", "außerdem", "avait",
    "bereits", "cependant", "could", "dagegen", "dann", "did", "do", "does", "déjà", "earlier", "ebenfalls",
    "encore", "ensuite", "even", "further", "habe", "had", "has", "hat", "hatte", "have", "hingegen", "however",
    "hätte", "instead", "jedoch", "jetzt", "just", "later", "may", "meanwhile", "might", "never",
    "noch", "now", "nun", "often", "once", "only", "ont", "pourtant", "previously", "recently",
    "repeatedly", "reportedly", "s'est", "s'était", "should", "simply", "später", "still", "s’est",
    "s’était", "then", "therefore", "toutefois", "weiter", "will", "wird", "would", "zudem", "également",
};
TABLE(between);

/* Function words and days: a speaker mention never runs across them. */
static const char *const stops[] = {
    "a", "aber", "about", "after", "against", "als", "although", "am", "an", "and", "another",
    "any", "are", "as", "at", "au", "auf", "aus", "aux", "avec", "be", "because", "been", "before",
    "bei", "being", "but", "by", "car", "ce", "cette", "dans", "das", "dass", "de", "dem", "den",
    "der", "des", "die", "dienstag", "dimanche", "doch", "donnerstag", "du", "durch", "during",
    "ein", "eine", "einem", "einen", "einer", "en", "est", "et", "for", "freitag", "friday", "from",
    "für", "gestern", "heute", "hier", "how", "however", "if", "im", "in", "into", "is", "ist",
    "it", "its", "jeudi", "la", "le", "les", "lundi", "mais", "mardi", "mercredi", "mit",
    "mittwoch", "monday", "montag", "nach", "ne", "nicht", "not", "now", "oder", "of", "on", "or",
    "ou", "our", "over", "par", "pas", "pour", "que", "qui", "sa", "samedi", "samstag", "saturday",
    "ses", "sich", "since", "so", "son", "sonntag", "sunday", "sur", "than", "that", "the", "their",
    "them", "then", "there", "these", "this", "those", "though", "through", "thursday", "to",
    "today", "tonight", "tuesday", "um", "un", "und", "under", "une", "until", "vendredi", "vom",
    "von", "vor", "war", "was", "wednesday", "wenn", "were", "what", "when", "where", "whether",
    "which", "while", "who", "whom", "whose", "why", "wie", "with", "without", "yesterday", "yet",
    "zu", "zum", "zur",
};
TABLE(stops);

/* Determiners: a mention found walking back starts at one. */
static const char *const determiners[] = {
    "a", "an", "another", "any", "both", "das", "der", "des", "die", "each", "ein", "eine",
    "einige", "every", "few", "her", "his", "its", "la", "le", "les", "many", "mehrere", "most",
    "our", "plusieurs", "several", "some", "the", "their", "three", "two", "un", "une",
};
TABLE(determiners);

/* Capitalised words that open a sentence or a date before a name and are
 * no part of it: "Maybe Jonas Keller …", "Absent Moss' …", "In June
 * Keller said" (months; not "may", a modal too). */
static const char *const name_openers[] = {
    "absent", "again", "already", "also", "amid", "anschließend", "april", "august", "damals", "danach",
    "daraufhin", "dazu", "december", "despite", "earlier", "even", "february", "finally", "first",
    "furthermore", "hence", "indeed", "instead", "january", "july", "june", "later", "like", "march",
    "maybe", "meanwhile", "moreover", "neither", "nevertheless", "nonetheless", "nor", "november",
    "october", "once", "only", "perhaps", "puis", "second", "september", "soon", "später", "still",
    "thus", "unlike",
};
TABLE(name_openers);

/* Abbreviations whose dot ends no sentence: "u.s.", "jr.". */
static const char *const abbrevs[] = {
    "a.m.", "aug.", "bzw.", "ca.", "cf.", "co.", "corp.", "d.c.", "dec.", "dr.", "etc.", "feb.",
    "inc.", "jan.", "jr.", "ltd.", "mm.", "no.", "nov.", "nr.", "oct.", "p.m.", "sept.", "sr.",
    "st.", "u.k.", "u.n.", "u.s.", "vgl.", "vs.", "z.b.",
};
TABLE(abbrevs);

/* First names most often of men (a gender hint for pronouns). */
static const char *const first_names_male[] = {
    "aaron", "adam", "alain", "alan", "albert", "alex", "alexander", "andreas", "andrew", "anthony",
    "antonin", "barack", "ben", "benjamin", "benoît", "bernie", "bill", "bob", "bobby", "brad",
    "brian", "bruce", "bryan", "carl", "charles", "chris", "christopher", "chuck", "dan", "daniel",
    "dante", "darrell", "david", "dennis", "don", "donald", "doug", "douglas", "ed", "eddie",
    "edward", "emmanuel", "eric", "frank", "françois", "fred", "friedrich", "gary", "george",
    "gerald", "greg", "gregory", "hans", "harry", "heiko", "henry", "horst", "howard", "jack",
    "jacob", "jacques", "james", "jason", "jean", "jeb", "jeff", "jeffrey", "jeremy", "jerry",
    "jim", "jimmy", "joe", "joel", "john", "johnnie", "jon", "jonathan", "jose", "joseph", "josh",
    "joshua", "juan", "justin", "jürgen", "karl", "keith", "ken", "kenneth", "kevin",
    "klaus", "kyle", "larry", "laurent", "louis", "manuel", "marco", "mark", "markus", "martin",
    "matt", "matteo", "matthew", "maury", "michael", "michel", "mike", "mitch", "mitt",
    "nathan", "newt", "nick", "nicolas", "norman", "olaf", "patrick", "paul", "pete", "peter",
    "phil", "philippe", "pierre", "ralph", "randy", "ray", "reince", "richard", "rick", "robert",
    "roger", "ron", "ronald", "rudy", "rush", "russell", "ryan", "sam", "samuel", "scott", "sean",
    "sigmar", "stefan", "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "todd",
    "tom", "tony", "vladimir", "walter", "wayne", "william", "wolfgang",
};
TABLE(first_names_male);

/* First names most often of women. */
static const char *const first_names_female[] = {
    "abigail", "alice", "amanda", "amy", "andrea", "angela", "angelika", "angelique", "ann", "anna",
    "annalena", "anne", "ava", "barbara", "betsy", "betty", "brigitte", "carly", "carol",
    "caroline", "catherine", "chelsea", "christiane", "christine", "claudia", "cynthia", "debbie",
    "deborah", "diana", "diane", "donna", "dorothy", "elizabeth", "ellen", "emily", "emma",
    "evelyn", "gennifer", "hannah", "heather", "heidi", "helen", "hillary", "huma", "isabelle",
    "ivanka", "jane", "janet", "jennifer", "jessica", "jill", "joan", "joyce", "judith", "julie",
    "karen", "kate", "katherine", "kathleen", "kathy", "katrin", "kellyanne", "kimberly", "laura",
    "lauren", "leslie", "linda", "lisa", "loretta", "lynn", "margaret", "maria", "marie", "marine",
    "martha", "mary", "megyn", "melania", "melanie", "michelle", "nancy", "nathalie",
    "nicole", "nikki", "pamela", "patricia", "petra", "rachel", "rebecca", "ruth",
    "sabine", "sandra", "sarah", "sharon", "shirley", "sophie", "stephanie", "susan", "ségolène",
    "tina", "tulsi", "ursula", "valérie", "virginia",
};
TABLE(first_names_female);

/* Head words of organisations: "committee", "post", "partei"; German
 * public bodies and firms, whose statements news report as their own
 * ("die Polizei teilte mit", "sagte die Feuerwehr": in German every noun
 * is capitalised, so without these a body read as a one-word name and
 * took later pronouns). */
static const char *const org_words[] = {
    "administration", "agency", "association", "ausschuss", "bank", "behörde", "board", "bundesamt",
    "bundesregierung", "bureau", "campaign", "center", "centre", "coalition", "college",
    "commission", "committee", "company", "corp", "council", "court", "department", "feuerwehr",
    "foundation", "fund", "gemeinde", "gericht", "gewerkschaft", "gouvernement", "group", "house",
    "inc", "institute", "journal", "kommission", "konzern", "landesregierung", "landratsamt",
    "league", "ministerium", "ministry", "ministère", "network", "news", "office", "organization",
    "partei", "parti", "party", "police", "polizei", "post", "press", "program", "project",
    "regierung", "report", "school", "senate", "service", "society", "staatsanwaltschaft",
    "stadtverwaltung", "times", "tribune", "union", "university", "université", "unternehmen",
    "verband", "verwaltung", "zeitung",
};
TABLE(org_words);

/* Titles that say a man: "mr.", "herr", "spokesman" (each also in titles:
 * the gender hint of a titled name, for pronouns). */
static const char *const titles_male[] = {
    "congressman", "herr", "m.", "mr.", "spokesman",
};
TABLE(titles_male);

/* Titles that say a woman: "mrs.", "frau", "kanzlerin" (each also in titles). */
static const char *const titles_female[] = {
    "chairwoman", "congresswoman", "frau", "kanzlerin", "ministerin", "mme", "mrs.", "ms.",
    "präsidentin", "présidente", "spokeswoman", "sprecherin",
};
TABLE(titles_female);

/* Forms of "be" between a subject and its verb: "The email is asking". */
static const char *const be_forms[] = {
    "are", "be", "been", "is", "was", "were",
};
TABLE(be_forms);

/* Relative pronouns that stand for a speaker before the verb: "Mr. Dahl,
 * who has called …", "Julien Morel, qui a ajouté que …" ("that" stays
 * out: after verbs far more often; German "der", "die" are articles). */
static const char *const relatives[] = {
    "qui", "which", "who",
};
TABLE(relatives);

/* Words after which a capitalised run stands as a subject: "when Keller
 * walked away" (a pronoun may later refer to it). */
static const char *const subject_conjunctions[] = {
    "aber", "after", "als", "although", "and", "as", "because", "before", "but", "dass", "et",
    "if", "mais", "quand", "que", "since", "so", "that", "though", "und", "until", "wenn", "when",
    "where", "while",
};
TABLE(subject_conjunctions);

/* Conjunctions that open a clause: "…, though officials say …". */
static const char *const clause_conjunctions[] = {
    "although", "and", "as", "because", "bien", "but", "obwohl", "tandis", "though", "weil",
    "whereas", "while", "während",
};
TABLE(clause_conjunctions);

/* Words that join the parts of a mention: "spokesman for the campaign",
 * "Anna von der Heide". */
static const char *const joiners[] = {
    "al", "at", "bin", "da", "de", "del", "der", "du", "for", "of", "van", "von",
};
TABLE(joiners);

/* Prepositions: a phrase after one is no speaker ("on Fox News said"). */
static const char *const prepositions[] = {
    "about", "across", "after", "am", "après", "at", "avant", "before", "bei", "dans", "devant",
    "during", "for", "from", "im", "in", "lors", "nach", "on", "over", "through", "to", "via", "vor", "with",
};
TABLE(prepositions);

/* Complementizers that open a reported clause: "said that …", "dass", "que". */
static const char *const complementizers[] = {
    "dass", "qu", "que", "that",
};
TABLE(complementizers);

/* Two-word speech cues whose first word alone is no speech verb: "as X
 * put it", "he pointed out". */
static const char *const phrase_cues[] = {
    "fired back", "fires back", "hit back", "hits back", "pointed out", "points out", "put it",
    "puts it", "shoots back", "shot back",
};
TABLE(phrase_cues);

/* Two-word cues with a participle: "pointing out" (the speaker is the
 * clause's subject). */
static const char *const phrase_cues_participle[] = {
    "pointing out",
};
TABLE(phrase_cues_participle);

/* Two-word cues only before punctuation or a quote: "“…,” he went on."
 * ("went on to win" is no cue). */
static const char *const phrase_cues_final[] = {
    "goes on", "went on",
};
TABLE(phrase_cues_final);

/* Two-word cues of talking about a topic, for quotes only: "she talked
 * about the “progress” of the plan" reports the quoted words, but "they
 * talked about the weather" reports no clause (an object, as for
 * "blamed"), so a sentence without quotes makes no indirect speech of
 * them. */
static const char *const phrase_cues_quotes[] = {
    "speaks about", "spoke about", "talked about", "talks about",
};
TABLE(phrase_cues_quotes);

/* Coordinators after which a second verb has the subject's speaker ("…
 * and added that …") and that open a clause before a speech verb. */
static const char *const coordinators[] = {
    "and", "but", "et", "und",
};
TABLE(coordinators);

/* Coordinators that open a new clause before a speech verb ("…, and he
 * said …", "… and said …"); English only so far: with "und" and "et" the
 * rule cut German and French sentences in the wrong places on
 * trafilatura-eval's pages. */
static const char *const clause_coordinators[] = {
    "and", "but",
};
TABLE(clause_coordinators);

/* Coordinators that join a list of quotes or of reported clauses inside
 * a comma-set relative clause: after a closing mark with a comma, one of
 * these followed by an opening mark or a complementizer goes on with what
 * was said ("who said the plan was “bold,” and that the city …", "“late,”
 * or “rushed”"), where the main clause's words would end it. */
static const char *const list_coordinators[] = {
    "and", "but", "et", "mais", "oder", "or", "ou", "und",
};
TABLE(list_coordinators);

/* Contrasts that end a reported clause: "…, but …". */
static const char *const contrasts[] = {
    "aber", "but", "mais",
};
TABLE(contrasts);

/* Subordinators that end a reported clause right after the closing mark
 * of a quote that a comma or colon joined to its cue: "Strand had said,
 * “Not yet,” when asked whether …" reports the quote alone. On PolNeAR's
 * train split a quoted content ends before "when" right after its closing
 * mark 11 times and runs on past it 3 times ("as", "while" and "because"
 * run on as often or more: not here). */
static const char *const clause_ends_after_quote[] = {
    "when",
};
TABLE(clause_ends_after_quote);

/* Subordinators that may stand between a comma and a participle cue and
 * keep it the sentence subject's clause, as a comma alone does ("“…,”
 * Moberg replied, before adding that she thinks “…”", "Holm said …, while
 * arguing the pier …"). Before, such a participle's clause ran on inside
 * the frame's and its quote was lost. French puts "en" before its
 * gerund (", en ajoutant que …"). */
static const char *const participle_leads[] = {
    "after", "before", "en", "while",
};
TABLE(participle_leads);

/* Name particles: lower-case, words inside a name ("Anna von der
 * Brück", "Louis de Ferrand": src/quotes/resolve.c, particle);
 * capitalised, they open a family name ("De Blasio", "Le Pen", "Van
 * Hollen", "Von Trapp": src/quotes/attrib.c, cap_particle). */
static const char *const name_particles[] = {"da", "de", "del", "der", "du", "la", "le", "van", "von"};
TABLE(name_particles);

/* Name particles only in lower case ("Hamad bin Jassim", "Abd al
 * Rahman"): capitalised they are no particle, and cap_particle leaves
 * them out ("Al Gore" is a given name, not a family name's first word). */
static const char *const name_particles_lower[] = {"al", "bin"};
TABLE(name_particles_lower);

/* Function words that open a sentence capitalised and no name after them
 * (conjunctions and sentence adverbs: "Sowohl Jonas Brandt als auch …",
 * "Afterwards Mara said"). Read only where names are found (resolve.c),
 * never where quotes and their cues are: the sentence-opener tables are
 * read when quotes are found, and words added there made false quotes. */
static const char *const name_nonstarters[] = {
    "accordingly", "afterwards", "although", "auch", "außerdem", "because", "bevor", "consequently", "denn",
    "deshalb", "ebenfalls", "jedoch", "nachdem", "neben", "obwohl", "other", "pourtant", "sogar",
    "sowohl", "therefore", "toutefois", "trotzdem", "weil", "whereas", "während", "zudem",
};
TABLE(name_nonstarters);

/* Titles of rank that are how a name is given and stay with it ("King
 * Edward VII", "Pope Francis", "Prinz Albrecht"; "Saint"/"Santa" open
 * place names: "Santa Barbara County"): a word of no other table that
 * opens a sentence before a known first name is no part of the name,
 * unless it is one of these (resolve.c, lead_word). */
static const char *const name_ranks[] = {
    "duchess", "duke", "emperor", "empress", "herzog", "herzogin", "kaiser", "kaiserin", "king", "könig",
    "königin", "lady", "lord", "pape", "papst", "pope", "prince", "princess", "princesse", "prinz",
    "prinzessin", "queen", "reine", "saint", "sainte", "sankt", "santa", "sir",
};
TABLE(name_ranks);

/* Determiners that name no one in particular: a role after one is not
 * the person of the name after its "for" or "of" ("a spokesman for Anna
 * Lind" is not Anna Lind; resolve.c, behalf_mention). resolve.c reads
 * them only for a word of words_quote_determiners, so every entry must
 * be one there too ("one", "einer" are not: they would never match). */
static const char *const indefinites[] = {
    "a", "an", "another", "any", "each", "ein", "eine", "einige", "every", "mehrere", "plusieurs", "several", "some", "un", "une",
};
TABLE(indefinites);

/* The impersonal pronoun that speaks for a statement, a report or an
 * organisation ("it said", "“…,” it reads"); it resolves to no person. */
static const char *const impersonal[] = {
    "it",
};
TABLE(impersonal);

/* Speech verbs that keep a plain object as part of the cue: "told
 * reporters". */
static const char *const object_cues[] = {
    "told",
};
TABLE(object_cues);

/* Prepositions of a place, a medium or an addressee: a name right after
 * one is no participle's speaker ("posted to the forum asking", "sued in
 * Bangor alleging"; "footage of Mara Holt asking" is one).
 * English: the participle rule is English's. */
static const char *const place_prepositions[] = {
    "at", "in", "on", "to",
};
TABLE(place_prepositions);

/* Words that may mark an infinitive: after a speech verb, "to" before a
 * verb reports it all ("promised to take away funding for any school
 * that …"), "to" before a noun phrase is a frame ("pledged to the trust
 * in July that …"). */
static const char *const infinitive_markers[] = {
    "to",
};
TABLE(infinitive_markers);

/* Speech verbs that are as often plural nouns ("the swing states", "his
 * comments"): a cue only after a pronoun ("it states") or before "that"
 * or a colon ("the ad states that", "Keller comments:"). Each is also in
 * speech_verbs. */
static const char *const noun_verbs[] = {
    "comments", "states",
};
TABLE(noun_verbs);

/* Time phrases between a speaker and the verb ("Vik (D-Maine) last
 * week said", "Brekke less than three weeks ago said"): the nouns of time,
 * the words before them that make them a phrase of time ("last", "this",
 * a number), and the words after them ("ago"). English only: German and
 * French put the time after the verb ("sagte letzte Woche", "a déclaré
 * la semaine dernière"), where no mention is looked for. */
static const char *const time_nouns[] = {
    "afternoon", "day", "days", "decade", "decades", "evening", "fall", "hours", "minutes", "month",
    "months", "morning", "night", "spring", "summer", "week", "weekend", "weeks", "winter", "year",
    "years",
};
TABLE(time_nouns);

static const char *const time_modifiers[] = {
    "a", "about", "almost", "couple", "earlier", "eight", "few", "five", "four", "just", "last",
    "less", "more", "nearly", "next", "nine", "of", "one", "over", "past", "seven", "several", "six",
    "ten", "than", "that", "this", "three", "two",
};
TABLE(time_modifiers);

static const char *const time_after[] = {
    "ago",
};
TABLE(time_after);

/* Irregular past tenses that follow an unnamed subject ("The retired
 * skipper began …, saying …", "Her office sent out a note saying
 * …"): the verb that ends the subject where no "-ed" does. */
static const char *const past_irregular[] = {
    "began", "brought", "came", "gave", "held", "made", "put", "said", "sent", "spent", "took", "went",
    "wrote",
};
TABLE(past_irregular);

/* Speech verbs whose object is no reported clause: cues for the quotes
 * they frame ("blamed the delays on “a broken system”"), never for
 * indirect speech ("Choe questioned the claim … that the North was
 * seeking …" reports no clause). */
static const char *const quote_only_verbs[] = {
    "blamed", "blames", "condemned", "lauded", "questioned",
};
TABLE(quote_only_verbs);

/* Roles of a few English function words in attribution's grammar (the
 * roles field of src/quotes/quote_words.h), each a table so that the rules
 * test a role, never a spelling. */

/* A free relative: "what she calls “…”" names a thing inside the clause
 * that an earlier cue reports; a name after it is the verb's subject. */
static const char *const free_relatives[] = {
    "what",
};
TABLE(free_relatives);

/* An object relative: a name after it is the verb's subject ("after whom
 * Bay Buchanan, …, called …"). */
static const char *const object_relatives[] = {
    "whom",
};
TABLE(object_relatives);

/* A relative on a thing: after a quote's closing comma it opens a clause
 * on the quote, no part of what was said ('graded the plan "fully sound,"
 * which is its top mark'). */
static const char *const thing_relatives[] = {
    "which",
};
TABLE(thing_relatives);

/* Source cues that take a preposition ("according to"; "laut" and "selon"
 * take none) and whose source runs on to the comma that ends the phrase. */
static const char *const according_heads[] = {
    "according",
};
TABLE(according_heads);

/* Nouns that make a source cue after a preposition: German "nach
 * Angaben der Polizei" ("according to the police"), whose source follows
 * like "laut"'s. */
static const char *const according_nouns[] = {
    "angaben",
};
TABLE(according_nouns);

/* The preposition before such a noun: "nach". */
static const char *const according_noun_preps[] = {
    "nach",
};
TABLE(according_noun_preps);

/* The preposition after such a head: "to". */
static const char *const according_preps[] = {
    "to",
};
TABLE(according_preps);

/* The preposition of a passive's agent: "was asked by host Ola Brandt". */
static const char *const agent_markers[] = {
    "by",
};
TABLE(agent_markers);

/* Verbs of asking or telling whose passive has the agent after "by" for
 * its speaker, the subject being the one addressed ("Strand was asked by
 * host Ola Brandt, “…”"); other passives name a topic. */
static const char *const passive_address_verbs[] = {
    "asked", "questioned", "told",
};
TABLE(passive_address_verbs);

/* The particle of "went on to say": a speech verb after it and "to" is
 * the clause subject's. */
static const char *const onward_particles[] = {
    "on",
};
TABLE(onward_particles);

/* English auxiliaries and modals: a reported clause that holds one (or a
 * form of "be") has a predicate of its own, and an "and" after its quote
 * most often joins that predicate a second one ("said the pier was “ready
 * for the storms” and would open in March"). */
static const char *const auxiliaries[] = {
    "can", "could", "did", "do", "does", "had", "has", "have", "may", "might", "must", "shall",
    "should", "will", "would",
};
TABLE(auxiliaries);

/* Nouns of speech that report a clause after "that" when a possessor owns
 * them: "Keller's recent assertion that “hundreds” of …", "her remark
 * that “there's a long queue at the ferry …”" (the possessor speaks; a
 * cue for quotes only). German puts a comma between ("seine Behauptung,
 * dass …"), French "selon laquelle" ("son affirmation selon laquelle
 * « … »"); German nouns are capitalised. */
static const char *const speech_nouns[] = {
    "accusation", "admission", "affirmation", "allegation", "allégation", "assertion", "aussage",
    "behauptung", "boast", "claim", "contention", "déclaration", "erklärung", "forderung",
    "insinuation", "insistence", "pledge", "prediction", "promesse", "promise", "remark",
    "suggestion", "versprechen", "vorwurf", "vow", "warning", "warnung", "äußerung",
};
TABLE(speech_nouns);

/* Possessive determiners that own a noun of speech ("his claim that …"),
 * one table a gender or number: the possessor is the speaker, and the
 * resolver reads it as the pronoun of that gender ("her" as "she"). */
static const char *const possessives_male[] = {
    "his", "sein", "seine", "seinem", "seinen", "seiner",
};
TABLE(possessives_male);

static const char *const possessives_female[] = {
    "her", "ihre", "ihrem", "ihren", "ihrer",
};
TABLE(possessives_female);

static const char *const possessives_plural[] = {
    "ihre", "ihrem", "ihren", "ihrer", "leur", "leurs", "their",
};
TABLE(possessives_plural);

/* Possessive determiners that say the thing's gender, not the
 * possessor's (French "sa déclaration" is his or hers): read as a
 * singular pronoun of either gender. */
static const char *const possessives_any[] = {
    "sa", "ses", "son",
};
TABLE(possessives_any);

/* First-person possessive determiners ("my claim that …" is the writer's,
 * resolved to no one as "I" is); capitalised at a sentence start they
 * open no name ("My Uncle Tom said" names Uncle Tom, "Mein Onkel Jonas"
 * Onkel Jonas). Not French "ma" and "notre", which open names as often
 * ("Jack Ma", "Notre Dame"). */
static const char *const possessives_first[] = {
    "mein", "meine", "meinem", "meinen", "meiner", "mes", "mon", "my", "nos", "our", "unser",
    "unsere", "unserem", "unseren", "unserer",
};
TABLE(possessives_first);

/* Relatives after a source cue that make it a noun's complementizer:
 * "sa déclaration selon laquelle « … »" reports the possessor's words,
 * where "selon" alone would name a source ("selon laquelle" names none). */
static const char *const noun_relatives[] = {
    "laquelle", "lequel", "lesquelles", "lesquels",
};
TABLE(noun_relatives);

/* Participles that say the speaker goes on speaking ("“…,” Holm said,
 * adding that … “…”"): a quote-only sentence after their clause is theirs.
 * After other participles ("“…,” Clark said, noting that … “…”") it goes
 * on the quote before the participle (attrib.c, bare_quote). */
static const char *const continuing_participles[] = {
    "adding", "ajoutant",
};
TABLE(continuing_participles);

/* Speech verbs that are also participles of naming: "a show called
 * “Brokers”", "the loophole known as", "a group dubbed “…”" (no one
 * speaks when they follow a noun phrase's noun right before the name). */
static const char *const naming_participles[] = {
    "branded", "called", "dubbed", "labeled", "labelled", "nicknamed",
};
TABLE(naming_participles);

/* Head nouns of a building's or a street's name: a title-case quote after
 * a possessive that ends with one names a place ("the governor's “Stone
 * Hall” offices"), not a work of the possessor's, and stays a quote
 * (src/quotes/lex.c, possessive_titles). Read from the table, not
 * through the quote hash: a hash entry would make them words of a table
 * for the name rules (quote_words.h, name_marks). */
static const char *const place_nouns[] = {
    "avenue", "bridge", "castle", "hall", "house", "mansion", "palace", "square", "street", "tower", "villa",
};
TABLE(place_nouns);

/* test_render.c: the renderers (text, Markdown, HTML, JSON) on small trees
 * built by hand, JSON string escaping and link resolution. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "render/render.h"
#include "render/render_int.h"
#include "core/url_limit.h"

/* ---- tree building -------------------------------------------------------- */

static dom_node *E(dom_document *d, dom_node *parent, const char *name)
{
    dom_node *n = dom_new_element(d, tag_lookup(name, strlen(name)), NS_HTML, name, strlen(name));
    if (parent)
        dom_append(parent, n);
    return n;
}

static dom_node *T(dom_document *d, dom_node *parent, const char *text)
{
    dom_node *n = dom_new_text(d, text, strlen(text));
    dom_append(parent, n);
    return n;
}

static void A(dom_document *d, dom_node *el, const char *name, const char *value)
{
    dom_attr *a = arena_alloc(&d->mem, (el->nattrs + 1) * sizeof *a);
    if (el->nattrs)
        memcpy(a, el->attrs, el->nattrs * sizeof *a);
    a[el->nattrs].name = arena_strndup(&d->mem, name, strlen(name));
    a[el->nattrs].name_len = (uint32_t)strlen(name);
    a[el->nattrs].value = arena_strndup(&d->mem, value, strlen(value));
    a[el->nattrs].value_len = (uint32_t)strlen(value);
    el->attrs = a;
    el->nattrs++;
}

/* One article whose body is the single subtree `root`. */
typedef struct fixture {
    lede_article art;
    dom_node *root;
    dom_node *body[1];
} fixture;

static fixture *fx_new(void)
{
    fixture *f = calloc(1, sizeof *f);
    f->art.doc = dom_document_new(0);
    f->root = E(f->art.doc, f->art.doc->root, "div");
    f->body[0] = f->root;
    f->art.body = f->body;
    f->art.nbody = 1;
    return f;
}

static void fx_free(fixture *f)
{
    dom_document_free(f->art.doc);
    free(f);
}

typedef int (*render_fn)(const lede_article *, buf *);

static char *render_with(fixture *f, render_fn fn)
{
    buf b = BUF_INIT;
    fn(&f->art, &b);
    return buf_detach(&b, NULL);
}

#define CHECK_RENDER(f, fn, want)                                             \
    do {                                                                      \
        char *got_ = render_with((f), (fn));                                  \
        CHECK_STR(got_, (want));                                              \
        free(got_);                                                           \
    } while (0)

/* ---- text --------------------------------------------------------------- */

/* escape.c's hand-made table of the bytes copied as they are (esc_plain),
 * checked byte by byte against the rule it is written from: printable
 * ASCII except '"' and '\\' in both JSON and YAML, DEL raw in JSON only;
 * every other ASCII byte is escaped (written as more than itself). */
TEST(render_escape_plain_bytes_follow_their_rule)
{
    for (int d = 0; d < 2; d++)
        for (unsigned b = 0; b < 0x80; b++) {
            char in = (char)b;
            buf out = {0};
            if (d == 0)
                json_put_escaped(&out, &in, 1);
            else
                yaml_put_escaped(&out, &in, 1);
            int plain = out.len == 1 && out.data[0] == in;
            int want = (b >= 0x20 && b <= 0x7E && b != '"' && b != '\\') || (d == 0 && b == 0x7F);
            if (plain != want) {
                char m[80];
                snprintf(m, sizeof m, "%s byte 0x%02x: %s, want %s", d ? "YAML" : "JSON", b,
                         plain ? "copied" : "escaped", want ? "copied" : "escaped");
                harness_fail(__FILE__, __LINE__, m);
            }
            buf_free(&out);
        }
}

TEST(render_text_inline_adds_nothing)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *p = E(d, f->root, "p");
    T(d, p, "Hel");
    T(d, E(d, p, "b"), "lo");
    T(d, p, "  \n  world");
    T(d, E(d, p, "span"), "again");
    CHECK_RENDER(f, render_text, "Hello worldagain");
    fx_free(f);
}

TEST(render_text_blocks_lines_trimmed_no_empty)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    T(d, E(d, f->root, "h2"), "  Title  ");
    T(d, E(d, f->root, "p"), "\n first\tpara ");
    E(d, f->root, "p");                       /* empty */
    T(d, E(d, f->root, "p"), "\xC2\xA0");     /* only &nbsp; */
    dom_node *p = E(d, f->root, "p");
    T(d, p, "line");
    E(d, p, "br");
    E(d, p, "br");
    T(d, p, " two");
    dom_node *ul = E(d, f->root, "ul");
    T(d, E(d, ul, "li"), "one");
    T(d, E(d, ul, "li"), "two");
    CHECK_RENDER(f, render_text, "Title\nfirst para\nline\ntwo\none\ntwo");
    fx_free(f);
}

/* text_put copies runs of words 16 bytes a step while 17 bytes of a
 * text node are left; a node of 16 bytes or fewer goes byte by byte. So
 * the same random texts, once whole and once cut into pieces of at most
 * 16 bytes (never right after a 0xC2, which would split a no-break space
 * or a soft hyphen), must render the same: paragraphs, inline boxes,
 * <br> and table cells, with word gaps, blank runs, control bytes and
 * multi-byte characters at every alignment. */
TEST(render_text_run_copy_equals_byte_loop)
{
    static const char *const pieces[] = {" ", "  ", "\t", "\n ", "a", "Wort", "X", ",", ".", "\x01", "\xC2\xA0",
                                         "\xC2\xAD", "\xC2\xA9", "\xC3\x84", "\xE2\x82\xAC", "\xF0\x9D\x84\x9E",
                                         "Nachrichtenagenturmeldungen", "ein langer Satz mit Worten drin",
                                         "x y z w v u t s r q p o n m", "\n                        "};
    static const char *const boxes[] = {"p", "b", "span", "br", "td", "div"};
    unsigned seed = 777;
    for (int round = 0; round < 200; round++) {
        fixture *whole = fx_new(), *cut = fx_new();
        dom_node *pw = whole->root, *pc = cut->root;
        int nodes = 1 + (int)((seed >> 4) % 12);
        for (int k = 0; k < nodes; k++) {
            char text[512];
            size_t o = 0;
            for (;;) {
                seed = seed * 1103515245u + 12345u;
                if ((seed >> 16) % 9 == 0 || o > sizeof text - 64)
                    break;
                const char *pc_ = pieces[(seed >> 8) % (sizeof pieces / sizeof *pieces)];
                memcpy(text + o, pc_, strlen(pc_));
                o += strlen(pc_);
            }
            text[o] = '\0';
            seed = seed * 1103515245u + 12345u;
            const char *box = boxes[(seed >> 8) % (sizeof boxes / sizeof *boxes)];
            dom_node *bw = E(whole->art.doc, pw, box), *bc = E(cut->art.doc, pc, box);
            if (strcmp(box, "br") == 0) {
                bw = pw;
                bc = pc;
            }
            if (!o)
                continue;
            T(whole->art.doc, bw, text);
            for (size_t i = 0; i < o;) {
                seed = seed * 1103515245u + 12345u;
                size_t n = 1 + (seed >> 8) % 16;
                if (n > o - i)
                    n = o - i;
                while (n > 1 && (unsigned char)text[i + n - 1] == 0xC2)
                    n--;
                if ((unsigned char)text[i + n - 1] == 0xC2 && i + n < o)
                    n++;
                char piece[32];
                memcpy(piece, text + i, n);
                piece[n] = '\0';
                T(cut->art.doc, bc, piece);
                i += n;
            }
        }
        char *a = render_with(whole, render_text), *b = render_with(cut, render_text);
        CHECK_STR(a, b);
        free(a);
        free(b);
        fx_free(whole);
        fx_free(cut);
    }
}

TEST(render_text_skips_junk_removed_comments_images)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *p = E(d, f->root, "p");
    T(d, p, "keep");
    T(d, E(d, p, "script"), "var x = 1;");
    T(d, E(d, p, "style"), "p{}");
    dom_node *c = dom_new_comment(d, "comment", 7);
    dom_append(p, c);
    dom_node *img = E(d, p, "img");
    A(d, img, "src", "a.jpg");
    A(d, img, "alt", "ALT");
    dom_node *gone = E(d, f->root, "div");
    T(d, gone, "removed text");
    gone->flags |= DOM_F_REMOVED;
    T(d, E(d, f->root, "p"), "also kept");
    CHECK_RENDER(f, render_text, "keep\nalso kept");
    fx_free(f);
}

TEST(render_text_pre_verbatim)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    T(d, E(d, f->root, "p"), "before");
    dom_node *pre = E(d, f->root, "pre");
    T(d, pre, "\n  int x;\n    x  =  1;\n");
    T(d, E(d, f->root, "p"), "after");
    CHECK_RENDER(f, render_text, "before\n  int x;\n    x  =  1;\nafter");
    fx_free(f);
}

TEST(render_text_table_cells_tab)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *tb = E(d, E(d, f->root, "table"), "tbody");
    dom_node *tr = E(d, tb, "tr");
    T(d, E(d, tr, "th"), "Name");
    T(d, E(d, tr, "th"), "Votes");
    tr = E(d, tb, "tr");
    T(d, E(d, tr, "td"), " Ann ");
    E(d, tr, "td");
    T(d, E(d, tr, "td"), "12");
    CHECK_RENDER(f, render_text, "Name\tVotes\nAnn\t\t12");
    fx_free(f);
}

/* ---- Markdown ------------------------------------------------------------ */

TEST(render_markdown_structure)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    f->art.title = "The *Title*";
    f->art.page_url = "https://news.example/world/story.html";
    T(d, E(d, f->root, "h2"), "Sub");
    dom_node *p = E(d, f->root, "p");
    T(d, p, "A ");
    T(d, E(d, p, "em"), "quick");
    T(d, p, " ");
    dom_node *a = E(d, p, "a");
    A(d, a, "href", "../img/x.html");
    T(d, a, "link");
    T(d, p, ".");
    dom_node *ul = E(d, f->root, "ul");
    T(d, E(d, ul, "li"), "one");
    dom_node *li = E(d, ul, "li");
    T(d, li, "two");
    dom_node *ol = E(d, li, "ol");
    T(d, E(d, ol, "li"), "inner");
    dom_node *q = E(d, f->root, "blockquote");
    T(d, E(d, q, "p"), "Quoted.");
    T(d, E(d, q, "p"), "More.");
    T(d, E(d, f->root, "pre"), "x = 1\n");
    CHECK_RENDER(f, render_markdown,
                 "# The \\*Title\\*\n\n## Sub\n\nA *quick* [link](https://news.example/img/x.html).\n\n"
                 "- one\n- two\n  1. inner\n\n> Quoted.\n>\n> More.\n\n```\nx = 1\n```");
    fx_free(f);
}

TEST(render_markdown_table_and_escapes)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *tb = E(d, E(d, f->root, "table"), "tbody");
    dom_node *tr = E(d, tb, "tr");
    T(d, E(d, tr, "th"), "a|b");
    T(d, E(d, tr, "th"), "c");
    tr = E(d, tb, "tr");
    T(d, E(d, tr, "td"), "1");
    T(d, E(d, tr, "td"), "2");
    T(d, E(d, f->root, "p"), "# not a heading, 1. [x] *y*");
    T(d, E(d, f->root, "p"), "2019. A year");
    dom_node *p = E(d, f->root, "p");
    T(d, p, "line");
    E(d, p, "br");
    T(d, p, "- not a list");
    CHECK_RENDER(f, render_markdown,
                 "| a\\|b | c |\n| --- | --- |\n| 1 | 2 |\n\n\\# not a heading, 1. \\[x\\] \\*y\\*\n\n2019\\. A year"
                 "\n\nline\\\n\\- not a list");
    fx_free(f);
}

TEST(render_markdown_empty_inline_leaves_no_markers)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *p = E(d, f->root, "p");
    T(d, p, "x ");
    E(d, p, "strong");
    dom_node *a = E(d, p, "a");
    A(d, a, "href", "https://e.com/");
    T(d, a, "  ");
    T(d, E(d, p, "em"), " spaced ");
    T(d, p, "y");
    CHECK_RENDER(f, render_markdown, "x *spaced* y");
    fx_free(f);
}

/* ---- HTML ----------------------------------------------------------------- */

TEST(render_html_clean)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    f->art.page_url = "https://news.example/a/b.html";
    dom_node *sec = E(d, f->root, "section");
    A(d, sec, "class", "body");
    T(d, sec, "loose <text> & more");
    dom_node *p = E(d, sec, "p");
    A(d, p, "style", "color:red");
    T(d, p, "See ");
    dom_node *a = E(d, p, "a");
    A(d, a, "href", "/c?x=1&y=\"2\"");
    A(d, a, "onclick", "evil()");
    T(d, a, "this");
    dom_node *img = E(d, sec, "img");
    A(d, img, "src", "pic.jpg");
    A(d, img, "alt", "A \"pic\"");
    A(d, img, "width", "10");
    T(d, E(d, sec, "h1"), "Head");
    CHECK_RENDER(f, render_html,
                 "<p>loose &lt;text&gt; &amp; more</p>\n"
                 "<p>See <a href=\"https://news.example/c?x=1&amp;y=%222%22\">this</a></p>\n"
                 "<p><img src=\"https://news.example/a/pic.jpg\" alt=\"A &quot;pic&quot;\"></p>\n"
                 "<h2>Head</h2>");
    fx_free(f);
}

/* ---- JSON ----------------------------------------------------------------- */

static char *json_of(const char *s)
{
    buf b = BUF_INIT;
    json_put_string(&b, s);
    return buf_detach(&b, NULL);
}

#define CHECK_JSON(in, want)                                                  \
    do {                                                                      \
        char *got_ = json_of(in);                                             \
        CHECK_STR(got_, (want));                                              \
        free(got_);                                                           \
    } while (0)

TEST(json_string_escaping)
{
    CHECK_JSON(NULL, "null");
    CHECK_JSON("", "\"\"");
    CHECK_JSON("plain", "\"plain\"");
    CHECK_JSON("q\"b\\s/", "\"q\\\"b\\\\s/\"");
    CHECK_JSON("a\nb\tc\rd\be\ff\x01g\x1f", "\"a\\nb\\tc\\rd\\be\\ff\\u0001g\\u001f\"");
    CHECK_JSON("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
    /* invalid UTF-8: stray continuation, truncated sequence, overlong,
     * surrogate, past U+10FFFF, bytes that never occur */
    CHECK_JSON("a\x80z", "\"a\xEF\xBF\xBDz\"");
    CHECK_JSON("a\xC3", "\"a\xEF\xBF\xBD\"");
    CHECK_JSON("\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
    CHECK_JSON("\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    CHECK_JSON("\xF4\x90\x80\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    CHECK_JSON("\xFF\xFE", "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
    /* line separators that split JSON Lines in some readers */
    CHECK_JSON("a\xC2\x85" "b\xE2\x80\xA8" "c\xE2\x80\xA9" "d", "\"a\\u0085b\\u2028c\\u2029d\"");
}

TEST(render_json_record)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    f->art.title = "T \"1\"";
    f->art.page_url = "https://e.com/a";
    f->art.date = "2019-03-15";
    str_list_push(&d->mem, &f->art.authors, "Nellie Chapman");
    str_list_push(&d->mem, &f->art.tags, "dprk");
    T(d, E(d, f->root, "p"), "One.");
    T(d, E(d, f->root, "p"), "Two \\ \x01.");
    buf b = BUF_INIT;
    render_json(&f->art, "pages/a.html", &b);
    char *got = buf_detach(&b, NULL);
    CHECK_STR(got, "{\"source\":\"pages/a.html\",\"url\":\"https://e.com/a\",\"title\":\"T \\\"1\\\"\","
                   "\"authors\":[\"Nellie Chapman\"],\"date\":\"2019-03-15\",\"date_modified\":null,"
                   "\"sitename\":null,\"language\":null,\"description\":null,\"image\":null,"
                   "\"page_type\":null,\"categories\":[],\"tags\":[\"dprk\"],"
                   "\"text\":\"One.\\nTwo \\\\ .\",\"quotes\":null,\"text_source\":null,\"paywalled\":false,\"next_page\":null,\"images\":[],\"comments\":null,\"truncated\":false,\"error\":null}");
    free(got);
    fx_free(f);
}

TEST(render_error_record_same_keys)
{
    size_t n;
    char *s = lede_render_error(LEDE_ERR_IO, "cannot read x: No such file", "x", NULL, &n);
    CHECK_STR(s, "{\"source\":\"x\",\"url\":null,\"title\":null,\"authors\":[],\"date\":null,"
                 "\"date_modified\":null,\"sitename\":null,\"language\":null,\"description\":null,"
                 "\"image\":null,\"page_type\":null,\"categories\":[],\"tags\":[],\"text\":null,"
                 "\"quotes\":null,\"text_source\":null,\"paywalled\":false,\"next_page\":null,\"images\":[],\"comments\":null,\"truncated\":false,\"error\":{\"code\":\"io\",\"message\":\"cannot read x: No such file\"}}");
    CHECK_INT(n, strlen(s));
    free(s);
}

/* ---- links ---------------------------------------------------------------- */

static char *url_of(const char *base, const char *href)
{
    buf b = BUF_INIT, bb = BUF_INIT;
    url_t bu;
    int have = base && url_parse(&bb, base, strlen(base), NULL, &bu);
    int ok = render_put_url(&b, have ? &bu : NULL, href);
    buf_free(&bb);
    if (!ok) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b, NULL);
}

/* The page's base for links as render_base parses it, as a string. */
static char *base_of(const lede_article *art)
{
    buf b = BUF_INIT;
    url_t u;
    const url_t *r = render_base(art, &b, &u);
    char *s = r ? malloc(r->len + 1) : NULL;
    if (s) {
        memcpy(s, r->href, r->len);
        s[r->len] = '\0';
    }
    buf_free(&b);
    return s;
}

#define CHECK_URL(base, href, want)                                           \
    do {                                                                      \
        char *got_ = url_of((base), (href));                                  \
        CHECK_STR(got_, (want));                                              \
        free(got_);                                                           \
    } while (0)

TEST(render_url_resolution)
{
    const char *b = "http://a/b/c/d;p?q";
    /* RFC 3986 section 5.4.1 normal examples */
    CHECK_URL(b, "g", "http://a/b/c/g");
    CHECK_URL(b, "./g", "http://a/b/c/g");
    CHECK_URL(b, "g/", "http://a/b/c/g/");
    CHECK_URL(b, "/g", "http://a/g");
    CHECK_URL(b, "//g", "http://g/"); /* WHATWG: an http URL's path is never empty */
    CHECK_URL(b, "?y", "http://a/b/c/d;p?y");
    CHECK_URL(b, "g?y", "http://a/b/c/g?y");
    CHECK_URL(b, "g#s", "http://a/b/c/g#s");
    CHECK_URL(b, ".", "http://a/b/c/");
    CHECK_URL(b, "..", "http://a/b/");
    CHECK_URL(b, "../g", "http://a/b/g");
    CHECK_URL(b, "../..", "http://a/");
    CHECK_URL(b, "../../g", "http://a/g");
    CHECK_URL(b, "../../../g", "http://a/g");
    CHECK_URL(b, "https://x.org/p", "https://x.org/p");
    CHECK_URL(b, "  g\n ", "http://a/b/c/g");
    CHECK_URL("https://e.com", "p.html", "https://e.com/p.html");
    /* links that lead nowhere */
    CHECK_URL(b, "#top", NULL);
    CHECK_URL(b, "", NULL);
    CHECK_URL(b, "javascript:void(0)", NULL);
    CHECK_URL(b, "JavaScript:x()", NULL);
    /* no base: kept as written */
    CHECK_URL(NULL, "/rel", "/rel");
    /* WHATWG parsing, as a browser's a.href: case, backslashes, ports,
     * dot segments in absolute URLs, percent-encoding, IDNA, IPv4 */
    CHECK_URL(b, "HTTP://EX.com:80/a/./b/../c", "http://ex.com/a/c");
    CHECK_URL(b, "\\\\evil\\x", "http://evil/x");
    CHECK_URL(b, "/a b/\xc3\xa9?q=\xc3\xa9" " x#f g", "http://a/a%20b/%C3%A9?q=%C3%A9%20x#f%20g");
    CHECK_URL(b, "https://b\xc3\xbc" "cher.example/", "https://xn--bcher-kva.example/");
    CHECK_URL(b, "http://0x7f.1/", "http://127.0.0.1/");
    CHECK_URL(b, "http://exa mple.com/", NULL); /* a space in a host: the parser fails */
    CHECK_URL(b, "mailto:a@b.org", "mailto:a@b.org");
}

/* URLs are bounded (core/url_limit.h): a long base copied into every link
 * rendered 4 GB from a 1 MB page. */
TEST(render_url_length_bound)
{
    size_t n = LEDE_URL_MAX + 100;
    char *longref = malloc(n + 1), *base = malloc(n + 1);
    memset(longref, 'a', n);
    longref[n] = '\0';
    CHECK_URL("https://e.com/", longref, NULL); /* the reference alone is too long */
    longref[LEDE_URL_MAX - 10] = '\0';
    CHECK_URL(NULL, longref, longref);          /* short enough, kept as written */
    CHECK_URL("https://e.com/dir/", longref, NULL); /* resolved, it is too long */
    /* a script URL split by a tab, longer than any scratch buffer of old */
    memcpy(longref, "java\tscript:alert(1)//", 23);
    CHECK_URL(NULL, longref, NULL);
    /* bases: too long, or not a web address, are not used */
    fixture *f = fx_new();
    memcpy(base, "https://e.com/", 14);
    memset(base + 14, 'b', n - 14);
    base[n] = '\0';
    f->art.page_url = base;
    char *got = base_of(&f->art);
    CHECK(got == NULL);
    free(got);
    f->art.page_url = "javascript://%0aalert(1)";
    got = base_of(&f->art);
    CHECK(got == NULL);
    free(got);
    f->art.page_url = "https://e.com/a/";
    got = base_of(&f->art);
    CHECK_STR(got, "https://e.com/a/");
    free(got);
    fx_free(f);
    free(longref);
    free(base);
}

/* Every renderer stops at its output budget (1 MiB + 8 x the input) and
 * still closes what it opened: the JSON record then says truncated. */
TEST(render_output_budget)
{
    fixture *f = fx_new();
    dom_node *q = f->root;
    for (int i = 0; i < 40; i++)
        q = E(f->art.doc, q, "blockquote");
    dom_node *pre = E(f->art.doc, q, "pre");
    size_t lines = 700000;
    char *text = malloc(2 * lines + 1);
    for (size_t i = 0; i < lines; i++)
        text[2 * i] = 'a', text[2 * i + 1] = '\n';
    text[2 * lines] = '\0';
    T(f->art.doc, pre, text);
    f->art.input_len = 2 * lines; /* budget: 1 MiB + 11.2 MB */
    size_t budget = ((size_t)1 << 20) + 8 * f->art.input_len;
    char *md = render_with(f, render_markdown); /* 40 x "> " + "a" per line: 57 MB unbounded */
    CHECK(strlen(md) <= budget + 4096);
    CHECK(strlen(md) >= budget / 2);
    size_t ml = strlen(md);
    CHECK(ml > 3 && strcmp(md + ml - 3, "```") == 0); /* the fence is closed */
    free(md);
    free(text);
    fx_free(f);
    /* 2,000 paragraphs of 1,000 bytes for an input said to be 1,000 bytes */
    f = fx_new();
    char para[1001];
    memset(para, 'x', 1000);
    para[1000] = '\0';
    for (int i = 0; i < 2000; i++)
        T(f->art.doc, E(f->art.doc, f->root, "p"), para);
    f->art.input_len = 1000;
    buf j = BUF_INIT;
    render_json(&f->art, NULL, &j);
    CHECK(j.data && strstr(j.data, "\"truncated\":true") != NULL);
    CHECK(j.len < ((size_t)1 << 20) + 8000 + 4096);
    buf_free(&j);
    fx_free(f);
}

/* Nesting past every renderer's stack caps: no crash, and the state is
 * whole again for what follows the deep part. */
TEST(render_deep_nesting_recovers)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *cur = f->root;
    for (int i = 0; i < 150; i++) {
        cur = E(d, cur, i % 3 == 0 ? "blockquote" : i % 3 == 1 ? "em" : "ul");
        if (i % 3 == 2)
            cur = E(d, cur, "li");
    }
    T(d, E(d, cur, "h2"), "deep heading");
    T(d, E(d, cur, "pre"), "deep code");
    T(d, E(d, f->root, "p"), "after");
    char *s = render_with(f, render_markdown);
    size_t n = strlen(s);
    CHECK(n > 7 && strcmp(s + n - 7, "\n\nafter") == 0);
    free(s);
    s = render_with(f, render_html);
    n = strlen(s);
    CHECK(n > 13 && strcmp(s + n - 13, "\n<p>after</p>") == 0);
    free(s);
    s = render_with(f, render_text);
    CHECK_STR(s, "deep heading\ndeep code\nafter");
    free(s);
    fx_free(f);
}

/* Emphasis that CommonMark would not parse as written: adjacent spans,
 * punctuation at the edges, a link as the whole content, markers inside
 * code; and other escapes found on real pages. */
TEST(render_markdown_flanking_and_escapes)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *p = E(d, f->root, "p");
    T(d, p, "la ");
    T(d, E(d, p, "strong"), "r");
    T(d, E(d, p, "strong"), "eactivation");
    T(d, p, " Delgado");
    T(d, E(d, p, "em"), ", Fiscal general.");
    T(d, p, "El ");
    dom_node *a = E(d, E(d, p, "b"), "a");
    A(d, a, "href", "https://e.com/g");
    T(d, a, "term");
    T(d, p, "Next ");
    T(d, E(d, E(d, p, "code"), "b"), "main.xml");
    T(d, p, " 400&percnt; AT&T");
    dom_node *h = E(d, f->root, "h2");
    T(d, h, "Using it ");
    T(d, h, "#");
    dom_node *ol = E(d, f->root, "ol");
    E(d, ol, "li"); /* emptied by the extractor */
    T(d, E(d, ol, "li"), "first shown");
    CHECK_RENDER(f, render_markdown,
                 "la **reactivation** Delgado, *Fiscal general*.El [**term**](https://e.com/g)Next `main.xml` "
                 "400\\&percnt; AT&T\n\n## Using it \\#\n\n1. first shown");
    fx_free(f);
}

/* Lazy-loaded images: the real address is in data-src or a srcset. */
TEST(render_image_sources)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    f->art.page_url = "https://e.com/news/a.html";
    dom_node *img = E(d, E(d, f->root, "p"), "img");
    A(d, img, "src", "data:image/gif;base64,R0lGOD");
    A(d, img, "data-src", "/img/real.jpg");
    A(d, img, "alt", "real");
    img = E(d, E(d, f->root, "p"), "img");
    A(d, img, "srcset", " small.jpg 480w, big.jpg 1024w");
    img = E(d, E(d, f->root, "p"), "img");
    A(d, img, "src", "data:image/gif;base64,R0lGOD"); /* placeholder only: no image */
    CHECK_RENDER(f, render_markdown, "![real](https://e.com/img/real.jpg)\n\n![](https://e.com/news/small.jpg)");
    CHECK_RENDER(f, render_html, "<p><img src=\"https://e.com/img/real.jpg\" alt=\"real\"></p>\n"
                                 "<p><img src=\"https://e.com/news/small.jpg\" alt=\"\"></p>");
    fx_free(f);
}

/* Code spans: backticks inside need a longer fence; a line break closes
 * the span (a code span cannot hold one) and it reopens after. */
TEST(render_markdown_code_spans)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    dom_node *p = E(d, f->root, "p");
    T(d, p, "Type ");
    T(d, E(d, p, "code"), "ldd `which openssl`");
    T(d, p, " then:");
    dom_node *code = E(d, E(d, f->root, "p"), "code");
    T(d, code, "rehash");
    E(d, code, "br");
    T(d, code, "which *openssl");
    CHECK_RENDER(f, render_markdown, "Type `` ldd `which openssl` `` then:\n\n`rehash`\\\n`which *openssl`");
    fx_free(f);
}

/* A fence no content line can close: CommonMark closes it at a line
 * starting (after up to 3 spaces) with a run of the fence character at
 * least as long. A <pre> holding both a ``` line and a ~~~ line closed
 * the old fence early, and the escaped text after it came out live. */
TEST(render_markdown_fence_longer_than_content)
{
    fixture *f = fx_new();
    dom_document *d = f->art.doc;
    T(d, E(d, f->root, "pre"), "```\n  ~~~~\n<img onerror=x>");
    CHECK_RENDER(f, render_markdown, "````\n```\n  ~~~~\n<img onerror=x>\n````");
    fx_free(f);
    f = fx_new();
    d = f->art.doc;
    dom_node *pre = E(d, f->root, "pre");
    T(d, pre, "a");
    E(d, pre, "br"); /* a <br> starts a line too */
    T(d, pre, "```");
    T(d, pre, "`\nb ``` c");
    CHECK_RENDER(f, render_markdown, "~~~\na\n````\nb ``` c\n~~~");
    fx_free(f);
    /* a code span with a run of 10 backticks (the old cap) */
    f = fx_new();
    d = f->art.doc;
    T(d, E(d, E(d, f->root, "p"), "code"), "a``````````b");
    CHECK_RENDER(f, render_markdown, "``````````` a``````````b ```````````");
    fx_free(f);
}

/* ---- random trees ------------------------------------------------------------ */

static uint32_t rnd_state;
static uint32_t rnd(uint32_t n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

/* 1 when every start tag in s (but the void br, img, hr) is closed in
 * order. */
static int html_balanced(const char *s)
{
    char stack[256][12];
    int n = 0;
    for (const char *p = s; (p = strchr(p, '<')) != NULL; p++) {
        int close = p[1] == '/';
        const char *q = p + 1 + close;
        char name[12];
        size_t k = 0;
        while (*q >= 'a' && *q <= 'z' && k < sizeof name - 1)
            name[k++] = *q++;
        while (*q >= '1' && *q <= '6' && k < sizeof name - 1)
            name[k++] = *q++;
        name[k] = '\0';
        if (!k)
            return 0; /* a bare '<' must have been escaped */
        if (!close && (!strcmp(name, "br") || !strcmp(name, "img") || !strcmp(name, "hr")))
            continue;
        if (close) {
            if (!n || strcmp(stack[n - 1], name) != 0)
                return 0;
            n--;
        } else if (n < 256) {
            strcpy(stack[n++], name);
        } else {
            return 0;
        }
    }
    return n == 0;
}

/* Random trees of every element kind the renderers treat specially, with
 * text full of Markdown and HTML specials: no crash (run it under ASan),
 * balanced HTML, and text lines that are trimmed and never empty. */
TEST(render_random_trees)
{
    static const char *const tags[] = {"p", "div", "span", "b", "em", "i", "a", "code", "ul", "ol", "li",
                                       "blockquote", "h2", "h3", "table", "tr", "td", "th", "br", "img",
                                       "section", "figure", "figcaption", "del", "sup", "hr", "script",
                                       "dl", "dt", "dd", "caption", "tbody", "x-widget"};
    static const char *const texts[] = {"word", " spaced  out ", "*star* _under_ `tick`", "1. list?",
                                        "# hash", "a|b", "<tag> & amp", "\xC2\xA0", "\n", "caf\xC3\xA9",
                                        "[link](x)", "\\back", "- dash", ", punct.", "\xE2\x80\x9Cq\xE2\x80\x9D"};
    rnd_state = 12345;
    int bad_html = 0, bad_text = 0;
    for (int round = 0; round < 300; round++) {
        fixture *f = fx_new();
        dom_document *d = f->art.doc;
        f->art.page_url = "https://e.com/a/b.html";
        dom_node *cur = f->root;
        for (int i = 0; i < 120; i++) {
            uint32_t r = rnd(10);
            if (r < 4) {
                T(d, cur, texts[rnd(sizeof texts / sizeof *texts)]);
            } else if (r < 8) {
                dom_node *el = E(d, cur, tags[rnd(sizeof tags / sizeof *tags)]);
                if (el->tag == TAG_A)
                    A(d, el, "href", rnd(2) ? "/x y" : "#frag");
                if (el->tag == TAG_IMG)
                    A(d, el, "src", "p.jpg");
                if (!(tag_flags[el->tag] & TF_VOID))
                    cur = el;
                if (rnd(8) == 0)
                    el->flags |= DOM_F_REMOVED;
            } else if (cur != f->root) {
                cur = cur->parent;
            }
        }
        char *t = render_with(f, render_text);
        if (strstr(t, "\n\n") || t[0] == ' ' || t[0] == '\n' || strstr(t, " \n") || strstr(t, "\n "))
            bad_text++;
        free(t);
        char *h = render_with(f, render_html);
        if (!html_balanced(h))
            bad_html++;
        free(h);
        free(render_with(f, render_markdown));
        buf b = BUF_INIT;
        render_json(&f->art, "x", &b);
        buf_free(&b);
        fx_free(f);
    }
    CHECK_INT(bad_text, 0);
    CHECK_INT(bad_html, 0);
}

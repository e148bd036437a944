/* test_parse.c: unit tests of html_parse(): implied tags, raw text, foreign
 * content, end-tag quirks, character references, limits, and pathological
 * inputs that must finish in linear time. Trees are checked through a small
 * serialiser: <name attr="v">children</name>, text as is, comments <!--x-->,
 * svg/math elements prefixed "svg:" / "math:". Also replays every file
 * under tests/regress/parse/ (fuzzer findings) when that directory is found. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>

#include "core/buf.h"
#include "harness.h"
#include "html/parse.h"

static void tp_ser(const dom_node *n, buf *b)
{
    for (const dom_node *c = n->first_child; c; c = c->next) {
        switch (c->type) {
        case DOM_TEXT:
            buf_put(b, c->text, c->text_len);
            break;
        case DOM_COMMENT:
            buf_printf(b, "<!--%s-->", c->text);
            break;
        case DOM_DOCTYPE:
            buf_printf(b, "<!DOCTYPE %s>", c->text);
            break;
        case DOM_ELEMENT:
            buf_printf(b, "<%s%s", c->ns == NS_SVG ? "svg:" : c->ns == NS_MATHML ? "math:" : "", c->name);
            for (uint32_t i = 0; i < c->nattrs; i++)
                buf_printf(b, " %s=\"%s\"", c->attrs[i].name, c->attrs[i].value);
            buf_putc(b, '>');
            tp_ser(c, b);
            buf_printf(b, "</%s>", c->name);
            break;
        default:
            break;
        }
    }
}

/* Serialises the body's children (or the whole document with whole=1). */
static char *tp_parse_ser(const char *html, int whole)
{
    dom_document *doc = html_parse(html, strlen(html), NULL);
    if (!doc)
        return NULL;
    buf b = BUF_INIT;
    tp_ser(whole ? doc->root : doc->body, &b);
    dom_document_free(doc);
    char *s = buf_detach(&b, NULL);
    return s;
}

#define CHECK_BODY(html, want)                                                \
    do {                                                                      \
        char *s_ = tp_parse_ser((html), 0);                                   \
        CHECK_STR(s_, (want));                                                \
        free(s_);                                                             \
    } while (0)

#define CHECK_DOC(html, want)                                                 \
    do {                                                                      \
        char *s_ = tp_parse_ser((html), 1);                                   \
        CHECK_STR(s_, (want));                                                \
        free(s_);                                                             \
    } while (0)

/* Process CPU seconds: a busy machine (CI, other builds) does not inflate
 * it the way it inflates wall-clock time. */
static double tp_now(void)
{
    return (double)clock() / CLOCKS_PER_SEC;
}

/* Deepest element nesting below the document node, iteratively. */
static size_t tp_depth(const dom_document *doc)
{
    size_t best = 0;
    for (const dom_node *n = doc->root; n; n = dom_next(doc->root, n)) {
        size_t d = 0;
        for (const dom_node *p = n; p && p != doc->root; p = p->parent)
            d++;
        if (d > best)
            best = d;
        if (best > 100000)
            break;
    }
    return best;
}

TEST(parse_implied_structure)
{
    CHECK_DOC("hello", "<html><head></head><body>hello</body></html>");
    CHECK_DOC("", "<html><head></head><body></body></html>");
    CHECK_DOC("<!DOCTYPE html><title>T</title>x",
              "<!DOCTYPE html><html><head><title>T</title></head><body>x</body></html>");
    dom_document *doc = html_parse("<p>x", 4, NULL);
    CHECK(doc && doc->html && doc->head && doc->body);
    CHECK(doc && doc->body->parent == doc->html && doc->head->parent == doc->html);
    dom_document_free(doc);
    /* U+FEFF is content here: stripping a byte order mark is the decoder's
     * job (encoding.c), as in the spec, so it starts the body like text */
    CHECK_DOC("\xEF\xBB\xBF<title>T</title>x", "<html><head></head><body>\xEF\xBB\xBF<title>T</title>x</body></html>");
}

TEST(parse_head_elements)
{
    CHECK_DOC("<meta charset=utf-8><title>a &amp; b</title><link rel=x><script>1<2</script><p>b",
              "<html><head><meta charset=\"utf-8\"></meta><title>a & b</title><link rel=\"x\"></link>"
              "<script>1<2</script></head><body><p>b</p></body></html>");
    /* after </head> head elements still go into head */
    CHECK_DOC("<head></head><style>s</style><div>x</div>",
              "<html><head><style>s</style></head><body><div>x</div></body></html>");
    /* in body they stay where they are */
    CHECK_BODY("<div><meta name=a><title>t</title></div>", "<div><meta name=\"a\"></meta><title>t</title></div>");
}

TEST(parse_script_selfclose)
{
    /* <script/> is not closed: its content is script data up to </script> */
    CHECK_BODY("<body><script/>if (a<b) x='</p>'</script><p>x",
               "<script>if (a<b) x='</p>'</script><p>x</p>");
    CHECK_BODY("<div/>text", "<div>text</div>");
    CHECK_BODY("<br/>a<img src=x />b", "<br></br>a<img src=\"x\"></img>b");
    /* escaped script data: "<!--" then "<script>" keeps </script> as text */
    CHECK_BODY("<body><script><!--<script>x</script>y--></script>z",
               "<script><!--<script>x</script>y--></script>z");
}

TEST(parse_raw_text)
{
    CHECK_BODY("<body><noscript><p>a</p></noscript>b", "<noscript><p>a</p></noscript>b");
    CHECK_BODY("<body><style>p<b>{}</style>", "<style>p<b>{}</style>");
    CHECK_BODY("<textarea>\n<b>&amp;</b></textarea>", "<textarea><b>&</b></textarea>");
    CHECK_BODY("<xmp><b>&amp;</b></xmp>", "<xmp><b>&amp;</b></xmp>");
    CHECK_BODY("<iframe><p>x</iframe>y", "<iframe><p>x</iframe>y");
    CHECK_BODY("<pre>\nx\n</pre>", "<pre>x\n</pre>");
    CHECK_BODY("<plaintext>a</plaintext><b>", "<plaintext>a</plaintext><b></plaintext>");
}

TEST(parse_svg_title)
{
    /* title inside svg is a foreign element and an integration point, not RCDATA */
    CHECK_BODY("<svg><title>a <b>bold</b> &amp; c</title></svg>",
               "<svg:svg><svg:title>a <b>bold</b> & c</title></svg>");
    CHECK_BODY("<svg viewBox='0 0 1 1'><style>.a{}</style><path d='M0'/><clippath/></svg>x",
               "<svg:svg viewbox=\"0 0 1 1\"><svg:style>.a{}</style><svg:path d=\"M0\"></path>"
               "<svg:clipPath></clipPath></svg>x");
    /* breakout tags leave foreign content */
    CHECK_BODY("<svg><g><p>x</p></g></svg>", "<svg:svg><svg:g></g></svg><p>x</p>");
    CHECK_BODY("<math><mi>x</mi><mo>+</mo></math>", "<math:math><math:mi>x</mi><math:mo>+</mo></math>");
    /* CDATA only in foreign content */
    CHECK_BODY("<svg><![CDATA[a<b]]></svg>", "<svg:svg>a<b</svg>");
    CHECK_BODY("<div><![CDATA[a]]></div>", "<div><!--[CDATA[a]]--></div>");
    /* </p> in an integration point: HTML rules (once looped forever) */
    CHECK_BODY("<svg><title></p>x</title></svg>y", "<svg:svg><svg:title><p></p>x</title></svg>y");
    CHECK_BODY("<math><mi></p><b>x</b></mi></math>", "<math:math><math:mi><p></p><b>x</b></mi></math>");
    /* end tag inside foreign content closes the foreign element only */
    CHECK_BODY("<div><svg><text>t</text></svg>after</div>", "<div><svg:svg><svg:text>t</text></svg>after</div>");
}

TEST(parse_implied_end_tags)
{
    CHECK_BODY("<p>a<p>b", "<p>a</p><p>b</p>");
    CHECK_BODY("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>");
    CHECK_BODY("<ul><li>a<ul><li>b</ul>c</ul>", "<ul><li>a<ul><li>b</li></ul>c</li></ul>");
    CHECK_BODY("<dl><dt>a<dd>b<dt>c</dl>", "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>");
    CHECK_BODY("<table><tr><td>a<td>b<tr><td>c</table>",
               "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>");
    /* implied tbody, tr and colgroup; <table> in table structure closes it */
    CHECK_BODY("<table><td>a</table>", "<table><tbody><tr><td>a</td></tr></tbody></table>");
    CHECK_BODY("<table><thead><th>h</table>", "<table><thead><tr><th>h</th></tr></thead></table>");
    CHECK_BODY("<table><col><col><tr><td>a</table>",
               "<table><colgroup><col></col><col></col></colgroup><tbody><tr><td>a</td></tr></tbody></table>");
    CHECK_BODY("<table><colgroup> x</table>", "x<table><colgroup> </colgroup></table>");
    CHECK_BODY("<div><frame>a</div>", "<div>a</div>");
    CHECK_BODY("<table><caption>c<td>a</table>",
               "<table><caption>c</caption><tbody><tr><td>a</td></tr></tbody></table>");
    CHECK_BODY("<table><tr><table><tr><td>a</table>b",
               "<table><tbody><tr></tr></tbody></table><table><tbody><tr><td>a</td></tr></tbody></table>b");
    CHECK_BODY("<table><tr><td><table><tr><td>a</table>b</table>",
               "<table><tbody><tr><td><table><tbody><tr><td>a</td></tr></tbody></table>b</td></tr></tbody></table>");
    CHECK_BODY("<table><thead><tr><th>h<tbody><tr><td>d</table>",
               "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>");
    CHECK_BODY("<select><option>a<option>b<optgroup><option>c</select>",
               "<select><option>a</option><option>b</option><optgroup><option>c</option></optgroup></select>");
    CHECK_BODY("<h1>a<h2>b</h2>c", "<h1>a</h1><h2>b</h2>c");
    CHECK_BODY("<ruby>a<rb>b<rt>c<rt>d<rp>(<rtc>e<rt>f</ruby>",
               "<ruby>a<rb>b</rb><rt>c</rt><rt>d</rt><rp>(</rp><rtc>e<rt>f</rt></rtc></ruby>");
    CHECK_BODY("<optgroup>a<optgroup>b", "<optgroup>a<optgroup>b</optgroup></optgroup>");
    CHECK_BODY("<select><option>a<select>b", "<select><option>a</option></select>b");
    CHECK_BODY("<select><option>a<input>b", "<select><option>a</option></select><input></input>b");
    CHECK_BODY("<h1>a</h2>b", "<h1>a</h1>b");
    CHECK_BODY("<p>a<div>b</div>", "<p>a</p><div>b</div>");
    CHECK_BODY("<!DOCTYPE html><p>a<table><tr><td>x</table>",
               "<p>a</p><table><tbody><tr><td>x</td></tr></tbody></table>");
    /* quirks mode (no DOCTYPE, or a legacy one): the table stays in the p */
    CHECK_BODY("<p>a<table><tr><td>x</table>", "<p>a<table><tbody><tr><td>x</td></tr></tbody></table></p>");
    CHECK_BODY("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p>a<table></table>",
               "<p>a<table></table></p>");
    CHECK_BODY("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\">"
               "<p>a<table></table>", "<p>a</p><table></table>");
    CHECK_BODY("<p>a<span>b</p>c", "<p>a<span>b</span></p>c");
    /* a stray </div> with no div in scope is ignored */
    CHECK_BODY("<span>a</div>b</span>", "<span>ab</span>");
    /* </form> leaves elements opened inside the form open; nested forms are ignored */
    CHECK_BODY("<form id=a><div>a</form>b</div>c", "<form id=\"a\"><div>ab</div></form>c");
    CHECK_BODY("<form id=a><form id=b><input></form>x<form id=c>y",
               "<form id=\"a\"><input></input></form>x<form id=\"c\">y</form>");
    /* foster parenting: content misplaced in table structure goes before the table */
    CHECK_BODY("<table>a<tr><td>b</td></tr>c<div>d</div><tr> </tr></table>",
               "ac<div>d</div><table><tbody><tr><td>b</td></tr><tr> </tr></tbody></table>");
    CHECK_BODY("<b><table><tr>x<td>y</table>", "<b>x<table><tbody><tr><td>y</td></tr></tbody></table></b>");
    CHECK_BODY("<table><a><a>", "<a></a><a></a><table></table>");
    CHECK_BODY("<table><h5><h5>", "<h5></h5><h5></h5><table></table>");
    CHECK_BODY("<a><table><a><table>", "<a><a></a><table></table></a><table></table>");
    CHECK_BODY("<table><input type=hidden><input><form><p>q</table>",
               "<input></input><p>q</p><table><input type=\"hidden\"></input><form></form></table>");
    CHECK_BODY("<div><table></p></br>t</table></div>", "<div><p></p><br></br>t<table></table></div>");
    /* table parts outside a table are ignored */
    CHECK_BODY("<div>a<td>b</td>c</div>", "<div>abc</div>");
    /* a cell's end tag does not close the outer div */
    CHECK_BODY("<table><tr><td><div>a</td><td>b</table>",
               "<table><tbody><tr><td><div>a</div></td><td>b</td></tr></tbody></table>");
}

TEST(parse_end_tag_quirks)
{
    CHECK_BODY("a</p>b", "a<p></p>b");
    CHECK_BODY("a</br>b", "a<br></br>b");
    CHECK_BODY("<div>a</span>b</div>", "<div>ab</div>");
    /* formatting elements: closed on a mismatched end tag (no full adoption
     * agency); the ones closed implicitly are reopened for following text */
    CHECK_BODY("<b>a<i>b</b>c", "<b>a<i>b</i></b><i>c</i>");
    CHECK_BODY("<p><b class=x>a</p><p>b</b>c", "<p><b class=\"x\">a</b></p><p><b class=\"x\">b</b>c</p>");
    CHECK_BODY("<a href=1><font>x</a> y", "<a href=\"1\"><font>x</font></a><font> y</font>");
    CHECK_BODY("<table><tr><td><b>x</td><td>y</table>", "<table><tbody><tr><td><b>x</b></td><td>y</td></tr></tbody></table>");
    /* adoption agency: the furthest block moves out, a clone wraps its content */
    CHECK_BODY("<b>1<p>2</b>3</p>", "<b>1</b><p><b>2</b>3</p>");
    /* a new <a> while one is in the formatting list runs it too */
    CHECK_BODY("<a name=x>1<div>2<a href=y>3</a></div>",
               "<a name=\"x\">1</a><div><a name=\"x\">2</a><a href=\"y\">3</a></div>");
    CHECK_BODY("<a href=x>1<div>2<i>3</a>4</i></div>",
               "<a href=\"x\">1</a><div><a href=\"x\">2<i>3</i></a><i>4</i></div>");
    CHECK_BODY("<p><a>a<br>\n</p>\n<p>\nb </a>c", "<p><a>a<br></br>\n</a></p><a>\n</a><p><a>\nb </a>c</p>");
    CHECK_BODY("<a href=1>x<a href=2>y</a>", "<a href=\"1\">x</a><a href=\"2\">y</a>");
}

TEST(parse_char_refs)
{
    CHECK_BODY("<a href=\"?a=1&copy=2&amp;b=&lt;\">t</a>", "<a href=\"?a=1&copy=2&b=<\">t</a>");
    CHECK_BODY("<a title=\"&copy 2020\" data-x=&notx>t</a>", "<a title=\"© 2020\" data-x=\"&notx\">t</a>");
    CHECK_BODY("&notin; &notit; &amp &AMP; &#x41;&#66;&#128;&#0;&#xD800;&#x110000;&#",
               "∉ ¬it; & & AB€\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD&#");
    CHECK_BODY("&unknown; a&b", "&unknown; a&b");
    /* adjacent text is one node */
    dom_document *doc = html_parse("a&amp;b&lt;c", 12, NULL);
    CHECK(doc && doc->body->first_child && doc->body->first_child == doc->body->last_child);
    dom_document_free(doc);
    CHECK_BODY("a<!--c-->b", "a<!--c-->b");
}

TEST(parse_attributes)
{
    CHECK_BODY("<div ID=a id=b Class=c>x</div>", "<div id=\"a\" class=\"c\">x</div>");
    CHECK_BODY("<div a b='1' c=\"2\" d=3>x</div>", "<div a=\"\" b=\"1\" c=\"2\" d=\"3\">x</div>");
    /* <html> and <body> attributes merge into the existing elements */
    CHECK_DOC("<html lang=en><body class=a><p>x<body class=b id=c>",
              "<html lang=\"en\"><head></head><body class=\"a\" id=\"c\"><p>x</p></body></html>");
}

TEST(parse_newlines_nul)
{
    CHECK_BODY("a\r\nb\rc", "a\nb\nc");
    CHECK_BODY("a\r\n\r\rb\xe2\x82\r\n\xc3\xa9\xed\xa0\x80!\r", "a\n\n\nb\xEF\xBF\xBD\n\xc3\xa9\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!\n");
    dom_document *doc = html_parse("<p>a\0b", 6, NULL); /* NUL in body text is dropped */
    CHECK(doc && doc->body->first_child && doc->body->first_child->first_child &&
          doc->body->first_child->first_child->text_len == 2);
    dom_document_free(doc);
    CHECK_BODY("<", "<");
    CHECK_BODY("a<", "a<");
    CHECK_BODY("</", "</");
    CHECK_DOC("<!", "<!----><html><head></head><body></body></html>");
    /* invalid UTF-8 becomes U+FFFD */
    CHECK_BODY("a\xff" "b\xe2\x82", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

TEST(parse_depth_cap)
{
    size_t n = 100000;
    buf b = BUF_INIT;
    for (size_t i = 0; i < n; i++)
        buf_puts(&b, "<div>");
    buf_puts(&b, "deep");
    double t0 = tp_now();
    dom_document *doc = html_parse(b.data, b.len, NULL);
    double dt = tp_now() - t0;
    CHECK(doc != NULL);
    if (doc) {
        CHECK(doc->truncated);
        size_t d = tp_depth(doc);
        CHECK(d <= 514); /* html(1) .. cap(512) + one level of children at the cap */
        CHECK(d >= 500);
        CHECK(doc->node_count >= n); /* nothing dropped: deep divs attached at the cap */
    }
    CHECK(dt < 20.0);
    dom_document_free(doc);
    dom_limits lim = {0, 16};
    doc = html_parse(b.data, b.len, &lim);
    CHECK(doc && tp_depth(doc) <= 18);
    dom_document_free(doc);
    buf_free(&b);
}

TEST(parse_node_cap)
{
    buf b = BUF_INIT;
    for (int i = 0; i < 1000; i++)
        buf_puts(&b, "<p>x");
    dom_limits lim = {100, 0};
    dom_document *doc = html_parse(b.data, b.len, &lim);
    CHECK(doc != NULL);
    if (doc) {
        CHECK(doc->truncated);
        CHECK(doc->node_count <= 100);
        CHECK(doc->body != NULL);
    }
    dom_document_free(doc);
    doc = html_parse(b.data, b.len, NULL);
    CHECK(doc && !doc->truncated && doc->node_count == 1 + 3 + 2000);
    dom_document_free(doc);
    buf_free(&b);
}

/* Builds prefix + unit * n + suffix and checks it parses within `limit` s. */
static void tp_patho(const char *name, const char *prefix, const char *unit, size_t n, const char *suffix,
                     double limit)
{
    buf b = BUF_INIT;
    buf_puts(&b, prefix);
    size_t ul = strlen(unit);
    if (ul == 1) {
        buf_grow(&b, n);
        memset(b.data + b.len, unit[0], n);
        b.len += n;
        b.data[b.len] = '\0';
    } else {
        for (size_t i = 0; i < n; i++)
            buf_put(&b, unit, ul);
    }
    buf_puts(&b, suffix);
    double t0 = tp_now();
    dom_document *doc = html_parse(b.data, b.len, NULL);
    double dt = tp_now() - t0;
    if (!doc || dt > limit) {
        char m[200];
        snprintf(m, sizeof m, "pathological %s: %s in %.2f s", name, doc ? "parsed" : "failed", dt);
        harness_fail(__FILE__, __LINE__, m);
    }
    dom_document_free(doc);
    buf_free(&b);
}

TEST(parse_pathological)
{
    /* Each would take many minutes if some step were quadratic. The 20 s CPU
     * limits are loose for unoptimised sanitizer builds (about 4 s for the
     * whole suite); a normal build runs each case in well under 0.1 s. */
    tp_patho("nested divs", "", "<div>", 100000, "x", 20);
    tp_patho("unclosed p", "", "<p>", 1000000, "", 20);
    {
        buf b = BUF_INIT;
        buf_puts(&b, "<div");
        for (int i = 0; i < 100000; i++)
            buf_printf(&b, " a%d=%d", i, i);
        for (int i = 0; i < 1000; i++)
            buf_puts(&b, " a5=dup");
        buf_puts(&b, ">x");
        double t0 = tp_now();
        dom_document *doc = html_parse(b.data, b.len, NULL);
        CHECK(doc && doc->body->first_child && doc->body->first_child->nattrs == 100000);
        CHECK(tp_now() - t0 < 20);
        dom_document_free(doc);
        buf_free(&b);
    }
    tp_patho("10 MB text", "<p>", "x", 10000000, "", 20);
    tp_patho("10 MB text with refs", "<p>", "&amp;", 2000000, "", 20);
    tp_patho("nested b i", "", "<b><i>", 100000, "x", 20);
    tp_patho("b i with end tags", "", "<b><i></b></i>", 100000, "", 20);
    tp_patho("endless table", "", "<table>", 100000, "", 20);
    tp_patho("table cells", "<table>", "<tr><td>", 100000, "", 20);
    tp_patho("fostered text", "<table>", "x<tr>", 200000, "", 20);
    tp_patho("fostered elements", "<table><tr>", " <div></div>", 200000, "", 20);
    tp_patho("fostered formatting", "<b><i><u><table>", "x<tr>y<td>z</td></tr>", 100000, "", 20);
    {
        size_t n = 1000000; /* a million NUL bytes, in data and in a tag */
        char *z = calloc(n, 1);
        if (z) {
            memcpy(z + n / 2, "<a b=", 5);
            dom_document *doc = html_parse(z, n, NULL);
            CHECK(doc != NULL);
            dom_document_free(doc);
            free(z);
        }
    }
    tp_patho("lone lt", "", "<", 1000000, "", 20);
    tp_patho("stray end tags", "", "<span>", 100000, "", 20);
    tp_patho("spans then stray unknown end tags", "", "<x-a><span>", 50000, "</x-b></x-b></x-b>", 20);
    tp_patho("li in spans", "<ul>", "<span><li>", 50000, "", 20);
    tp_patho("nested svg", "<svg>", "<g>", 100000, "</x></y></p>", 20);
    tp_patho("nested unknown", "", "<x-y>", 100000, "</x-z>", 20);
    tp_patho("open comments", "", "<!--", 100000, "", 20);
    tp_patho("script escapes", "<script>", "<!--<script>", 100000, "", 20);
    tp_patho("entity prefixes", "", "&notin", 500000, "", 20);
    tp_patho("a in a", "", "<a>", 100000, "", 20);
    tp_patho("form removal", "", "<form><div></form>", 100000, "", 20);
    tp_patho("selects", "", "<select><option>x<select><input>", 100000, "", 20);
    tp_patho("ruby", "", "<ruby><rb>a<rt>b<rp>c<rtc>d", 100000, "", 20);
    tp_patho("quirks tables in p", "", "<p><table><tr><td>x", 50000, "", 20);
    tp_patho("form removal, deep", "", "<form><div><div><div><div><div><div><div><div></form>", 20000, "", 20);
    tp_patho("adoption agency", "", "<b><div>x</b>y", 100000, "", 20);
    tp_patho("adoption agency, deep", "<b>", "<p><i>x</b>", 100000, "", 20);
    tp_patho("adoption agency, wide", "<b>", "<div>", 60, "</b><b></b></b><a><p><a>x</a></b>", 20);
    tp_patho("adoption agency, many blocks", "", "<a href=x><div><span><i><p>t</a>", 50000, "", 20);
    tp_patho("headings", "", "<h1><h2>", 100000, "", 20);
    tp_patho("html tags with attrs", "", "<html a=1 b=2>", 100000, "", 20);
    {
        /* 100,000 stray end tags after 100,000 open spans */
        buf b = BUF_INIT;
        for (int i = 0; i < 100000; i++)
            buf_puts(&b, "<span>");
        for (int i = 0; i < 100000; i++)
            buf_puts(&b, "</x-foo></div></b>");
        double t0 = tp_now();
        dom_document *doc = html_parse(b.data, b.len, NULL);
        CHECK(doc != NULL);
        CHECK(tp_now() - t0 < 20);
        dom_document_free(doc);
        buf_free(&b);
    }
    {
        /* NUL everywhere */
        static const char s[] = "<d\0iv a\0=\0b>\0<!--\0--><script>\0</script>&\0<svg>\0</svg>";
        dom_document *doc = html_parse(s, sizeof s - 1, NULL);
        CHECK(doc != NULL);
        dom_document_free(doc);
    }
}

/* No global mutable state: two threads parse at once and get the same tree.
 * POSIX threads, not C11 thrd_create: glibc's thrd_create starts the thread
 * through its internal pthread_create, which ThreadSanitizer's interceptor
 * never sees, so under TSan the new thread had no sanitizer state and
 * crashed (SEGV in __tsan_func_entry) on its first instrumented call. */
static const char tp_thread_doc[] =
    "<!DOCTYPE html><title>t &amp; u</title><p>a<b>b<i>c</p>d<table><tr><td>e<td>f</table>"
    "<svg><title>g</title></svg><ul><li>h<li>i</ul>&notin;&#128;<script>j</script>k";

static void *tp_thread_main(void *arg)
{
    char **out = arg;
    for (int i = 0; i < 200; i++) {
        char *s = tp_parse_ser(tp_thread_doc, 1);
        if (i == 0) {
            *out = s;
        } else {
            if (!s || !*out || strcmp(s, *out) != 0) {
                free(s);
                return (void *)1;
            }
            free(s);
        }
    }
    return NULL;
}

TEST(parse_two_threads)
{
    char *want = tp_parse_ser(tp_thread_doc, 1);
    char *got[2] = {NULL, NULL};
    pthread_t th[2];
    void *rc[2] = {(void *)1, (void *)1};
    for (int i = 0; i < 2; i++)
        CHECK(pthread_create(&th[i], NULL, tp_thread_main, &got[i]) == 0);
    for (int i = 0; i < 2; i++) {
        pthread_join(th[i], &rc[i]);
        CHECK(rc[i] == NULL);
        CHECK_STR(got[i], want);
        free(got[i]);
    }
    free(want);
}

/* Replays the fuzzer's findings kept in tests/regress/parse/ (run from the
 * repository root or a build directory inside it; LEDE_REGRESS_DIR
 * overrides). */
static void replay_parse(const char *data, size_t len)
{
    /* as the fuzzer does: default limits, then tiny caps */
    for (int caps = 0; caps < 2; caps++) {
        dom_limits lim = {caps ? 50 : 0, caps ? 8 : 0};
        dom_document *doc = html_parse(data, len, &lim);
        CHECK(doc != NULL);
        size_t n = 0;
        for (dom_node *x = doc ? doc->root : NULL; x; x = dom_next(doc->root, x))
            n++;
        if (doc && n != doc->node_count) {
            char m[200];
            snprintf(m, sizeof m, "caps %d: %zu nodes in the tree, node_count %u", caps, n, doc->node_count);
            harness_fail(__FILE__, __LINE__, m);
        }
        dom_document_free(doc);
    }
}

TEST(parse_regress_replay) { harness_replay_dir("parse", replay_parse); }

/* html_parse_valid_utf8 (for encoding.c's output) still turns CR and CRLF
 * into LF, also across a long clean run and at the very end, and builds the
 * same tree as html_parse on valid input. */
TEST(parse_valid_utf8_normalises_newlines)
{
    static const char *const pages[] = {
        "<p>a\r\nb\rc\r", "<p>\xC3\xA9t\xC3\xA9\r\n<b>x</b>\r\r\n",
        "<title>t</title><p>0123456789012345678901234567890123456789\r\nend</p>", "<p>no cr here"};
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        dom_document *a = html_parse(pages[i], strlen(pages[i]), NULL);
        dom_document *b = html_parse_valid_utf8(pages[i], strlen(pages[i]), NULL);
        CHECK(a && b);
        if (a && b) {
            buf sa = BUF_INIT, sb = BUF_INIT;
            tp_ser(a->root, &sa);
            tp_ser(b->root, &sb);
            char *x = buf_detach(&sa, NULL), *y = buf_detach(&sb, NULL);
            CHECK_STR(y, x);
            CHECK(y && !strchr(y, '\r'));
            free(x);
            free(y);
        }
        dom_document_free(a);
        dom_document_free(b);
    }
}

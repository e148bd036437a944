"""test_output_safety.py: lede's Markdown and HTML output is inert.

Hostile pages (code-fence breakouts, script URLs in every disguise, raw
HTML in text, entities, backslashes) go through the CLI's --format markdown
and --format html. The Markdown is rendered by a real CommonMark
implementation (markdown-it-py, CommonMark preset plus GFM tables and
strikethrough, with raw HTML passed through and no link filtering, so what
comes out is exactly what lede's Markdown means); both HTML results are then
parsed, and every element and attribute must be in the documented
vocabulary (README, "Output formats") and no URL may be javascript:, data:
or vbscript: as a browser would read it.
"""
import html.parser
import re

import pytest
from markdown_it import MarkdownIt

from conftest import run_cli

# README: "p, h2-h6, ul/ol/li, dl, blockquote, pre, code, tables,
# figure/figcaption, a, img, em, strong, sub, sup, del, br, hr"
HTML_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
             "pre", "code", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
             "figure", "figcaption", "a", "img", "em", "strong", "sub", "sup", "del", "br", "hr"}
HTML_ATTRS = {"href", "src", "alt"}
# What the documented Markdown constructs render to: "# title", ## headings,
# paragraphs, lists, quotes, fenced code, pipe tables, *em*, **strong**,
# `code`, ~~del~~, links, images, hard breaks, rules.
MD_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "code",
           "table", "thead", "tbody", "tr", "th", "td", "em", "strong", "s", "a", "img", "br", "hr"}
MD_ATTRS = {"href", "src", "alt", "start"}

BAD_SCHEME = re.compile(r"^(javascript|data|vbscript):", re.I)

XSS = "&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(2)) <b>bold</b>"


def browser_url(u):
    """The URL as a browser reads it (WHATWG URL parser): leading and
    trailing C0 controls and spaces go, tabs and newlines anywhere go."""
    u = u.strip("".join(chr(c) for c in range(0x21)))
    return re.sub(r"[\t\n\r]", "", u)


class Collect(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.urls = set(), set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for k, v in attrs:
            self.attrs.add(k)
            if k in ("href", "src") and v is not None:
                self.urls.append(v)

    handle_startendtag = handle_starttag


def check_html(out, tags, attrs, what):
    c = Collect()
    c.feed(out)
    c.close()
    assert c.tags <= tags, f"{what}: elements outside the vocabulary: {c.tags - tags}\n{out}"
    assert c.attrs <= attrs, f"{what}: attributes outside the vocabulary: {c.attrs - attrs}\n{out}"
    bad = [u for u in c.urls if BAD_SCHEME.match(browser_url(u))]
    assert not bad, f"{what}: script or data URL {bad}\n{out}"


def commonmark(md_text):
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.validateLink = lambda url: True  # see every URL lede wrote, unfiltered
    return md.render(md_text)


def page(body, head=""):
    return f"<html><head><title>Hostile</title>{head}</head><body><article>{body}</article></body></html>"


PARA = "<p>" + "An ordinary paragraph of the article, long enough to be kept as body text. " * 3 + "</p>"

PAGES = {
    "pre_backticks_and_tildes": PARA + "<pre>```\n~~~\n" + XSS + "\n</pre>" + PARA,
    "pre_long_fences": PARA + "<pre>" + "`" * 12 + "\n" + "~" * 12 + "\n   ````\n   ~~~~~~\n" + XSS
                       + "\n" + "`" * 40 + "</pre>" + PARA,
    "pre_fence_after_br": PARA + "<pre>code<br>```<br>~~~<br>" + XSS + "</pre>" + PARA,
    "pre_in_list_and_quote": PARA + "<ul><li><blockquote><pre>```\n  ~~~~\n" + XSS
                             + "</pre></blockquote></li></ul>" + PARA,
    "pre_indented_fence": PARA + "<pre>x\n\t```\n \t~~~\n  " + "`" * 5 + "  \n" + XSS + "</pre>" + PARA,
    "code_span_long_runs": PARA + "<p>see <code>" + "`" * 15 + " " + XSS + " " + "`" * 9 + "</code> end</p>"
                           + PARA,
    "code_span_ten": PARA + "<p><code>a``````````b " + XSS + "</code></p>" + PARA,
    "script_links": PARA + "<p>"
                    + "".join(f'<a href="{h}">link{i}</a> ' for i, h in enumerate([
                        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                        "java\tscript:alert(1)", "java&#10;script:alert(1)", "&#1;javascript:alert(1)",
                        "\x01javascript:alert(1)", "&#x0B;javascript:alert(1)", "vbscript:msgbox(1)",
                        "data:text/html,<script>alert(1)</script>", "&amp;#106;avascript:alert(1)",
                        "javascript&colon;alert(1)", "&#106;avascript:alert(1)",
                        "http://x/a\\", "http://x/(a)\\)](javascript:alert(1))", "x\\&#106;y",
                    ])) + "</p>" + PARA,
    "script_images": PARA + "<p>"
                     + "".join(f'<img src="{s}" alt="a](javascript:alert(1)) &lt;b&gt;">' for s in [
                         "javascript:alert(1)", "data:image/png;base64,AAAA", "&#1;javascript:alert(1)",
                         "vbscript:x", "ok.png"]) + "</p>" + PARA,
    "script_base": PARA + '<p><a href="rel">rel</a> <a href="//x">proto</a> <img src="i.png" alt="i"></p>',
    "raw_html_text": PARA + "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>&lt;div onclick=x&gt;</p>"
                     + "<p>&lt;javascript:alert(1)&gt; &lt;http://x&gt; &amp;lt;b&amp;gt;</p>"
                     + "<p>&lt;!-- c --&gt; &lt;?php ?&gt; &lt;![CDATA[x]]&gt;</p>" + PARA,
    "link_text_breakout": PARA + '<p><a href="http://ok/">x](javascript:alert(1)) [y</a></p>'
                          + "<p>[z]: javascript:alert(1)</p><p>[z]</p>" + PARA,
    "table_cells": PARA + "<table><tr><th>a</th><th>b</th></tr><tr><td>` | &lt;img onerror=1&gt;</td>"
                   + "<td><code>```</code></td></tr></table>" + PARA,
    "headings_and_quotes": "<h2>```</h2><h3>&lt;img src=x onerror=1&gt;</h3>" + PARA
                           + "<blockquote><pre>```\n> ```\n" + XSS + "</pre></blockquote>" + PARA,
}

HEADS = {"script_base": '<base href="javascript://%0aalert(1)/">'}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_markdown_is_inert_under_commonmark(name, tmp_path):
    f = tmp_path / "p.html"
    f.write_text(page(PAGES[name], HEADS.get(name, "")), encoding="utf-8")
    for url in ([], ["--url", "https://e.com/a/b.html"]):
        rc, out, err = run_cli(["--format", "markdown", *url, str(f)])
        assert rc in (0, 1), err
        md = out.decode("utf-8")
        check_html(commonmark(md), MD_TAGS, MD_ATTRS, f"{name} markdown {url}")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_html_output_is_inert(name, tmp_path):
    f = tmp_path / "p.html"
    f.write_text(page(PAGES[name], HEADS.get(name, "")), encoding="utf-8")
    for url in ([], ["--url", "https://e.com/a/b.html"]):
        rc, out, err = run_cli(["--format", "html", *url, str(f)])
        assert rc in (0, 1), err
        check_html(out.decode("utf-8"), HTML_TAGS, HTML_ATTRS, f"{name} html {url}")


def test_fence_breakout_text_stays_code():
    """The text after a line of backticks and a ~~~ line inside <pre> is
    still code: nothing of it becomes an element."""
    import subprocess
    from conftest import lede_bin
    p = subprocess.run([lede_bin(), "--format", "markdown", "-"], capture_output=True,
                       input=page(PAGES["pre_backticks_and_tildes"]).encode())
    out = commonmark(p.stdout.decode())
    assert "<b>" not in out and "onerror=alert(1)&gt;" in out, out

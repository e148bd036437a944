"""test_front_matter.py: the YAML front matter of the Markdown output
(--front-matter, front_matter=True) is valid YAML for every string a page
can put in a field, and reads back as exactly the record's values. Each
hostile string goes in through the page (the <title>, a JSON-LD headline
and author, the meta description and keywords) and the front matter is
parsed with PyYAML, with its pure-Python loader (which refuses any
character outside YAML's printable set) and with libyaml's where PyYAML
has it."""
import json
import random

import yaml

import lede

KEYS = ("title", "authors", "date", "date_modified", "url", "sitename", "language", "description", "image", "tags")
BODY = "<p>The council voted on Thursday for the harbour plan after two years of debate and several public meetings.</p>" * 3

# Strings YAML would read as something else if written plainly: indicators
# at the start, keys, comments, anchors, aliases, tags, block scalars,
# documents, booleans, nulls, numbers; and characters that must be escaped
# even inside double quotes (controls, DEL, C1, line separators,
# non-characters), a byte order mark, a lone surrogate (invalid UTF-8 as
# bytes), an astral character.
NASTY = ['"Yes": --- the plan # passes', "key: value", "a: b: c", "---", "...", "- item", "-", "? q", "# hash",
         "#!/bin/sh", "& anchor", "*alias", "!tag", "!!str x", "%YAML 1.2", "@at", "`tick", "| block", "> folded",
         "[1, 2]", "{a: 1}", "'single'", '"double"', "back\\slash \\n", "yes", "no", "on", "off", "true",
         "null", "Null", "~", "1e3", "0x1F", "0o17", ".inf", "-.nan", "2024-01-01", "12:30:00", "line\nbreak",
         "cr\rlf", "tab\there", "nul\x00byte", "bell\x07 esc\x1b", "del\x7f", "c1 \x80\x85\x9f",
         "ls \u2028 ps \u2029", "bom \ufeff", "nonchar \ufffe \uffff", "lone \ud800 surrogate",
         "astral \U0001F600", "  spaces  ", "trailing colon:", "quote'd \"both\""]


def page(title, headline, author, description, keywords):
    """A page whose fields carry the given strings. title, description and
    keywords are bytes (any bytes: the page says UTF-8 and lede replaces
    what is not); headline and author are str, written into JSON-LD with
    \\u escapes, so they can hold any code point."""
    def attr(b):
        return b.replace(b"&", b"&amp;").replace(b'"', b"&quot;").replace(b"<", b"&lt;")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                     "author": {"@type": "Person", "name": author},
                     "datePublished": "2024-10-03T09:00:00+02:00"}).replace("<", "\\u003c").encode()
    return (b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>' + attr(title) + b"</title>"
            b'<meta name="description" content="' + attr(description) + b'">'
            b'<meta name="keywords" content="' + attr(keywords) + b'">'
            b'<script type="application/ld+json">' + ld + b"</script></head><body><article>"
            + BODY.encode() + b"</article></body></html>")


def loaders():
    yield yaml.SafeLoader
    if getattr(yaml, "__with_libyaml__", False):
        yield yaml.CSafeLoader


def check(html):
    """The front matter of html parses, under every loader, to the record's
    fields; returns them."""
    md = lede.extract(html, "https://port.example/a", format="markdown", front_matter=True).text
    plain = lede.extract(html, "https://port.example/a")
    assert md.startswith("---\n")
    head, sep, rest = md[4:].partition("\n---\n\n")
    assert sep and rest.startswith("# ")
    want = {k: getattr(plain, k) for k in KEYS if getattr(plain, k)}
    for loader in loaders():
        fm = yaml.load(head, Loader=loader)
        assert fm == want, (loader.__name__, head)
    return want


def test_nasty_strings_in_every_field_read_back():
    seen = set()
    for s in NASTY:
        raw = s.encode("utf-8", "surrogatepass")
        want = check(page(raw, s, s + " Smith", raw + b" and more", raw + b", " + raw[::-1]))
        seen.update(want)
    # the pages put their strings where the front matter reads them
    assert {"title", "authors", "description", "tags", "date", "url"} <= seen


def test_control_and_separator_characters_are_escaped():
    # U+0085, U+2028, DEL and U+FFFE survive the pipeline in a headline; raw,
    # they would break YAML (line breaks to YAML 1.1, not printable)
    headline = "a\x85b\u2028c\x7fd\ufffee"
    md = lede.extract(page(b"t", headline, "Anne Smith", b"d", b"k"), format="markdown", front_matter=True).text
    head = md[4:].split("\n---\n")[0]
    assert 'title: "a\\u0085b\\u2028c\\u007fd\\ufffee"' in head.split("\n")
    assert yaml.safe_load(head)["title"] == headline


def test_random_byte_strings_read_back():
    rng = random.Random(20241203)
    # bytes that matter to YAML, HTML, JSON or UTF-8, then any byte at all
    alphabet = list(b":-#&*!|>?'\"\\%@`[]{},~ \t\r\nyesnul") + [0x00, 0x01, 0x1B, 0x7F, 0x80, 0x85, 0xA0, 0xC2,
                                                                0xE2, 0xA8, 0xEF, 0xBB, 0xBF, 0xBE, 0xFF]
    for _ in range(150):
        b = bytes(rng.choice(alphabet) if rng.random() < 0.8 else rng.randrange(256)
                  for _ in range(rng.randint(1, 24)))
        s = "".join(chr(rng.choice([0x85, 0x2028, 0x7F, 0x9F, 0xFFFE, 0xFEFF, 0x22, 0x5C, 0x3A, 0x0A,
                                    rng.randrange(0x20, 0xD800)])) for _ in range(rng.randint(1, 6)))
        check(page(b"T " + b, "H " + s, "Anne " + s, b"D " + b, b + b", k"))

HOSTILE = ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
           '<title>"Yes": --- the plan # passes | Site</title>'
           '<meta name="description" content="---&#10;key: value&#10;- [1, 2] # c &amp; \'q\' \\ b \u2028 \u0085 \x7f \u0090 end">'
           '<meta name="author" content="Anne &quot;Nan&quot; O\'Brien: reporter">'
           '<meta name="keywords" content="yes, null, 1e3, ~">'
           '<meta property="article:published_time" content="2024-10-03T09:00:00+02:00">'
           '<meta property="og:site_name" content="Port: News">'
           '<meta property="og:image" content="/i.jpg?a=1&amp;b=&quot;2&quot;">'
           '</head><body><article><h1>"Yes": --- the plan # passes</h1>'
           + "<p>The council voted on Thursday for the harbour plan after two years of debate and several public meetings.</p>" * 3
           + "</article></body></html>")


def test_front_matter_is_yaml_that_round_trips():
    import yaml
    for title in ('"Yes": --- the plan # passes', "key: value", "---", "a 'b' \\ c", "#!/x", "null"):
        html = HOSTILE.replace('"Yes": --- the plan # passes', title.replace("&", "&amp;").replace("<", "&lt;")
                               .replace('"', "&quot;"))
        art = lede.extract(html.encode(), "https://port.example/a", format="markdown", front_matter=True)
        plain = lede.extract(html.encode(), "https://port.example/a")
        assert art.text.startswith("---\n")
        head, sep, rest = art.text[4:].partition("\n---\n\n")
        assert sep and rest.startswith("# ")
        fm = yaml.safe_load(head)
        want = {k: getattr(plain, k) for k in ("title", "authors", "date", "date_modified", "url", "sitename",
                                               "language", "description", "image", "tags")
                if getattr(plain, k)}
        assert fm == want, title
        assert fm["title"] == title
    # without the switch, and in other formats, nothing changes
    assert not lede.extract(HOSTILE.encode(), format="markdown").text.startswith("---")
    assert lede.extract(HOSTILE.encode(), front_matter=True).text == lede.extract(HOSTILE.encode()).text

"""test_options.py: the per-call options of the module. The switches
(lede.SWITCHES) come from the library's table (LEDE_SWITCHES in lede.h):
each is a bool keyword of extract, extract_many and iter_warc, a --NAME /
--no-NAME option of `lede` and `lede warc`, and must be named by the type
stubs, the README and the man page. Behaviour is checked through the
surface: a switch through Python gives the CLI's record with the same
option."""
import inspect
import json
import os
import re
import subprocess

import pytest

import lede
from conftest import EXAMPLE, GOLDEN, REPO, golden_cases, golden_options, lede_bin, run_cli
from test_warc import record, http, write_warc

QUOTES_CASE = os.path.join(GOLDEN, "quotes_english", "case.html")


def cli_flag(name, on):
    return "--" + ("" if on else "no-") + name.replace("_", "-")


def defaults():
    sig = inspect.signature(lede.extract)
    return {name: sig.parameters[name].default for name in lede.SWITCHES}


def page():
    with open(QUOTES_CASE, "rb") as f:
        return f.read()


def test_every_switch_is_a_bool_keyword():
    assert "quotes" in lede.SWITCHES
    for fn in (lede.extract, lede._lede.check_options):
        params = inspect.signature(fn).parameters
        for name in lede.SWITCHES:
            p = params[name]
            assert p.kind is p.KEYWORD_ONLY and isinstance(p.default, bool), (fn, name)
    assert defaults()["quotes"] is False   # opt-in: about 10% of extraction time
    for name in lede.SWITCHES:
        assert name + ":" in lede.extract.__doc__


def test_quotes_on_through_every_function(tmp_path):
    """Quotes are opt-in: quotes=True (--quotes) turns them on everywhere;
    by default, and with quotes=False, the record's quotes is null."""
    html = page()
    on, off = lede.extract(html, quotes=True), lede.extract(html)
    assert on.quotes and off.quotes is None
    assert lede.extract(html, quotes=False) == off
    assert {**on.to_dict(), "quotes": None} == off.to_dict()
    # the same record as the CLI's with --quotes
    rc, out, _ = run_cli(["--quotes", QUOTES_CASE])
    rec = json.loads(out)
    assert rec["quotes"]
    mine = json.loads(json.dumps(lede.extract(page(), quotes=True).to_dict()))  # spans as lists, as in JSON
    assert {k: rec[k] for k in lede.FIELDS if k in rec} == {k: v for k, v in mine.items() if k in rec}
    # extract_many, one thread and two
    for workers in (1, 2):
        got = list(lede.extract_many([html, html], workers=workers, quotes=True))
        assert got == [on, on]
    # iter_warc: the records of `lede warc --quotes`
    path = write_warc(tmp_path / "q.warc.gz", [record("response", "https://q.example/1", http(html), 1)])
    p = subprocess.run([lede_bin(), "warc", "-q", "--quotes", path], capture_output=True, timeout=120)
    want = [json.loads(l) for l in p.stdout.decode().splitlines()]
    got = [r.to_dict() for r in lede.iter_warc(path, quotes=True)]
    assert got == want and got[0]["quotes"]
    assert next(iter(lede.iter_warc(path, quotes=True))).article.quotes
    assert next(iter(lede.iter_warc(path))).article.quotes is None


def test_bad_switch_values_and_unknown_keywords(tmp_path):
    html = page()
    assert lede.extract(html, quotes=1).quotes              # an int works as a flag
    assert lede.extract(html, quotes=0).quotes is None
    for bad in ("no", None, 1.0):
        with pytest.raises(TypeError, match="quotes must be a bool"):
            lede.extract(html, quotes=bad)
        with pytest.raises(TypeError):                        # before any page is read
            lede.extract_many(iter(()), quotes=bad)
    with pytest.raises(TypeError, match="unexpected keyword argument 'qoutes'"):
        lede.extract(html, qoutes=False)
    with pytest.raises(TypeError):
        lede.extract_many([html], qoutes=False)
    path = write_warc(tmp_path / "e.warc.gz", [record("response", "https://q.example/1", http(html), 1)])
    with pytest.raises(TypeError, match="quotes must be a bool"):
        lede.iter_warc(path, quotes="off")
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        lede.iter_warc(path, qoutes=False)
    with pytest.raises(TypeError, match="unexpected keyword argument 'charset'"):
        lede.iter_warc(path, charset="utf-8")                # each record's header gives it
    with pytest.raises(TypeError, match="multiple values"):
        lede.extract(html, html=html)


def test_cli_switch_syntax():
    rc, _, err = run_cli(["--no-quotes=1", EXAMPLE])
    assert rc == 2 and "takes no value" in err
    rc, out, _ = run_cli(["--no-quotes", EXAMPLE])             # explicit default
    assert rc == 0 and json.loads(out) == json.loads(run_cli([EXAMPLE])[1])
    rc, _, err = run_cli(["--no-qoutes", EXAMPLE])
    assert rc == 2 and "unknown option" in err


def test_documents_name_every_switch():
    stub = open(os.path.join(os.path.dirname(lede.__file__), "__init__.pyi"), encoding="utf-8").read()
    readme = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    man = open(os.path.join(REPO, "man", "lede.1"), encoding="utf-8").read().replace("\\-", "-")
    _, help_text, _ = run_cli(["--help"])
    _, warc_help, _ = run_cli(["warc", "--help"])
    for name, default in defaults().items():
        flag = cli_flag(name, not default)
        for fn in ("def extract(", "def extract_many(", "def iter_warc("):
            sig = stub[stub.index(fn):]
            sig = sig[:sig.index(") ->")]  # the parameters (a default may be "...")
            assert f"{name}: bool = {default}" in sig, (fn, name)
        assert flag in help_text.decode() and flag in warc_help.decode(), flag
        assert f"`{name}=`" in readme or f"{name}=" in readme, name
        assert flag in readme and flag in man, flag


OPTION_CASES = [c for c in golden_cases() if golden_options(c[1])[0]]


def test_there_are_golden_cases_with_options():
    assert len(OPTION_CASES) >= 5


@pytest.mark.parametrize("name,page,url", OPTION_CASES, ids=[c[0] for c in OPTION_CASES])
def test_golden_outputs_with_options(name, page, url):
    """The golden expected outputs of the cases with options, through the
    module with the same options as keywords."""
    _, kw = golden_options(page)
    with open(page, "rb") as f:
        html = f.read()
    n = 0
    exp = os.path.join(os.path.dirname(page), "expected.json")
    if os.path.isfile(exp):
        with open(exp, encoding="utf-8") as g:
            want = json.load(g)
        text = " ".join(lede.extract(html, url, **kw).text.split())
        for snippet in want.get("text_has", []):
            assert " ".join(snippet.split()) in text, snippet
        for snippet in want.get("text_lacks", []):
            assert " ".join(snippet.split()) not in text, snippet
        n += 1
    for fmt, ext in (("text", "txt"), ("markdown", "md"), ("html", "html")):
        exp = os.path.join(os.path.dirname(page), "expected." + ext)
        if os.path.isfile(exp):
            with open(exp, encoding="utf-8") as g:
                kw_fmt = {**kw, "format": fmt}
                assert lede.extract(html, url, **kw_fmt).text == g.read().rstrip("\n"), fmt
            n += 1
    exp = os.path.join(os.path.dirname(page), "expected.json")
    want = json.load(open(exp, encoding="utf-8")).get("quotes") if os.path.isfile(exp) else None
    if want is not None:  # the quote cases (--quotes): their quotes, key by key
        got = lede.extract(html, url, **kw).quotes
        assert [{k: q[k] for k in w} for q, w in zip(got, want)] == want and len(got) == len(want)
        n += 1
    assert n


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("name", lede.SWITCHES)
def test_each_switch_flipped_equals_cli(fmt, name):
    """Every switch away from its default, every format: the module's text
    is the CLI's output with the same option (on a page with a table, a
    link, an image, emphasis and quotes)."""
    page = os.path.join(GOLDEN, "options_default", "case.html")
    url = "https://harbour.example/news/gauge"
    on = not defaults()[name]
    rc, out, err = run_cli([cli_flag(name, on), "--format", fmt, "--url", url, page])
    assert rc == 0, err
    with open(page, "rb") as f:
        art = lede.extract(f.read(), url, format=fmt, **{name: on})
    assert art.text + "\n" == out.decode("utf-8")
    rc, rec, _ = run_cli([cli_flag(name, on), "--url", url, page])
    assert art.quotes == (json.loads(rec)["quotes"] and [
        dict(q, spans=[tuple(s) for s in q["spans"]]) for q in json.loads(rec)["quotes"]])


def test_favor_through_every_function(tmp_path):
    page = os.path.join(GOLDEN, "favor_balanced", "case.html")
    with open(page, "rb") as f:
        html = f.read()
    texts = {}
    for favor in ("balanced", "precision", "recall"):
        art = lede.extract(html, favor=favor)
        rc, out, _ = run_cli(["--favor", favor, "--format", "text", page])
        assert art.text + "\n" == out.decode()
        texts[favor] = art.text
        assert list(lede.extract_many([html], favor=favor)) == [art]
        path = write_warc(tmp_path / f"{favor}.warc.gz", [record("response", "https://f.example/1", http(html), 1)])
        p = subprocess.run([lede_bin(), "warc", "-q", "--favor", favor, path], capture_output=True, timeout=120)
        want = [json.loads(l) for l in p.stdout.decode().splitlines()]
        assert [r.to_dict() for r in lede.iter_warc(path, favor=favor)] == want
        assert want[0]["text"] == art.text
    # the golden page has one borderline line each way (tests/golden/favor_*)
    assert len(texts["precision"]) < len(texts["balanced"]) < len(texts["recall"])
    assert lede.extract(html).text == texts["balanced"]
    with pytest.raises(ValueError, match="favor must be"):
        lede.extract(html, favor="speed")
    with pytest.raises(TypeError):
        lede.extract(html, favor=1)
    rc, _, err = run_cli(["--favor", "speed", page])
    assert rc == 2 and "--favor" in err


def test_text_format_in_the_record(tmp_path):
    page = os.path.join(GOLDEN, "options_default", "case.html")
    url = "https://harbour.example/news/gauge"
    with open(page, "rb") as f:
        html = f.read()
    plain = json.loads(run_cli(["--quotes", "--url", url, page])[1])
    for fmt in ("markdown", "html"):
        rc, out, _ = run_cli(["--quotes", "--text-format", fmt, "--url", url, page])
        rec = json.loads(out)
        rendered = run_cli(["--quotes", "--format", fmt, "--url", url, page])[1].decode()
        assert rec["text"] + "\n" == rendered                 # exactly what --format FMT prints
        assert rec["text"] == lede.extract(html, url, format=fmt, quotes=True).text
        # quotes keep their offsets into the plain text
        assert rec["quotes"] == plain["quotes"] and rec["quotes"]
        for q in rec["quotes"]:
            assert plain["text"][q["start"]:q["end"]].startswith(q["text"].split()[0])
        assert {k: v for k, v in rec.items() if k != "text"} == {k: v for k, v in plain.items() if k != "text"}
        # lede warc --text-format and iter_warc(format=...) give the same lines
        path = write_warc(tmp_path / f"{fmt}.warc.gz", [record("response", url, http(html), 1)])
        p = subprocess.run([lede_bin(), "warc", "-q", "--quotes", "--text-format", fmt, path], capture_output=True, timeout=120)
        want = [json.loads(l) for l in p.stdout.decode().splitlines()]
        got = [r.to_dict() for r in lede.iter_warc(path, format=fmt, quotes=True)]
        assert got == want and got[0]["text"] == rec["text"]
    rc, _, err = run_cli(["--text-format", "pdf", page])
    assert rc == 2 and "--text-format" in err


def test_truncated_follows_the_format_of_the_text():
    """Markdown repeats 48 quote prefixes on every line: the Markdown output
    reaches the output budget (1 MiB + 8 x the input) where the plain text
    does not, and the record says so only for the format it carries."""
    lines = "w<br>" * 40000
    html = ("<html><head><title>Deep</title></head><body><article><h1>Deep quotes</h1><p>"
            + "An ordinary opening paragraph of the article, long enough to count as prose. " * 3
            + "</p>" + "<blockquote>" * 48 + lines + "</blockquote>" * 48 + "</article></body></html>").encode()
    assert lede.extract(html).truncated is False
    assert lede.extract(html, format="markdown").truncated is True
    assert lede.extract(html, format="html").truncated is False
    rc, out, _ = run_cli(["--text-format", "markdown", "-"], html)
    assert json.loads(out)["truncated"] is True
    rc, out, _ = run_cli(["-"], html)
    assert json.loads(out)["truncated"] is False


def help_options(args):
    """The options `lede ARGS --help` lists: the -x / --name at the start of
    its option lines."""
    _, out, _ = run_cli(args + ["--help"])
    opts = set()
    for line in out.decode().splitlines():
        m = re.match(r"^  (?:(-\w), )?\s*(--[a-z][a-z0-9-]*)", line)
        if m:
            opts.update(o for o in m.groups() if o)
    return opts


def man_options(section):
    """The options a section of man/lede.1 lists: those named in its .TP
    item lines."""
    man = open(os.path.join(REPO, "man", "lede.1"), encoding="utf-8").read()
    sec = man[man.index(section):]
    lines = sec[:sec.index("\n.SH", 1)].split("\n")
    opts = set()
    for i, line in enumerate(lines[:-1]):
        if line == ".TP":
            opts.update(re.findall(r"(?<![\w-])(--?[a-zA-Z][a-z0-9-]*)", lines[i + 1].replace("\\-", "-")))
    return opts


def test_help_and_man_page_list_the_same_options():
    lede_help, warc_help = help_options([]), help_options(["warc"])
    assert {"--format", "--input-dir", "--join-pages", "--quotes", "-V"} <= lede_help
    assert {"--output", "--filter-lang", "--max-record-bytes", "--comments", "-q"} <= warc_help
    assert lede_help == man_options(".SH OPTIONS")
    assert warc_help == man_options('.SH "LEDE WARC"')

"""test_quotes.py: Article.quotes through the module (quotes=True; they are
opt-in): the same quotes as the CLI's record, offsets that index the Python str of the plain text, and
None where the record says null."""
import json
import os

import lede
from conftest import GOLDEN, run_cli

CASE = os.path.join(GOLDEN, "quotes_english", "case.html")


def test_quotes_match_the_cli_record():
    html = open(CASE, "rb").read()
    art = lede.extract(html, quotes=True)
    rc, out, _ = run_cli(["--quotes", CASE])
    rec = json.loads(out)
    assert [dict(q, spans=[list(s) for s in q["spans"]]) for q in art.quotes] == rec["quotes"]
    assert art.to_dict()["quotes"] == art.quotes


def test_offsets_are_code_points_of_text():
    art = lede.extract(open(CASE, "rb").read(), quotes=True)
    assert len(art.quotes) >= 5
    for q in art.quotes:
        pieces = [art.text[s:e] for s, e in q["spans"]]
        assert " ".join(pieces) == q["text"]
        assert (q["start"], q["end"]) == (q["spans"][0][0], q["spans"][-1][1])
    he = [q for q in art.quotes if q["mention"] == "he"]
    assert he and he[0]["speaker"] == "Martin O'Hallan"


def test_no_quotes_in_a_page_without_them():
    art = lede.extract(b"<html><body><article><p>" + b"A plain sentence without anyone saying anything. " * 5
                       + b"</p></article></body></html>", quotes=True)
    assert art.quotes == []


ES = ("<html lang=\"es\"><body><article><h1>El ministro habla del presupuesto</h1>"
      + "<p>El ministro de Hacienda presentó ayer el presupuesto del próximo año ante el Congreso de los Diputados, "
        "que lo debatirá durante las próximas semanas con todos los grupos parlamentarios.</p>" * 3
      + "<p>El ministro Carlos Cuerpo lo resumió así: «Es un presupuesto para la recuperación de las familias».</p>"
      + "</article></body></html>")


def test_no_quotes_in_a_language_without_vocabulary():
    """Spanish: the tables hold no Spanish words, so the record has quotes
    on and none found (without them the colon cue made "El ministro Carlos
    Cuerpo lo resumió así" the speaker)."""
    art = lede.extract(ES.encode("utf-8"), quotes=True)
    assert art.language == "es"
    assert art.quotes == []


HEADLINE = os.path.join(GOLDEN, "quotes_headline", "case.html")


def test_headline_quotes_index_the_title():
    """A quote in the headline has field "title" and offsets into art.title;
    the body's have field "text"; the module, the CLI's JSON and its
    Markdown section agree."""
    html = open(HEADLINE, "rb").read()
    art = lede.extract(html, quotes=True)
    rc, out, _ = run_cli(["--quotes", HEADLINE])
    rec = json.loads(out)
    assert [dict(q, spans=[list(s) for s in q["spans"]]) for q in art.quotes] == rec["quotes"]
    assert [q["field"] for q in art.quotes] == ["title", "text"]
    for q in art.quotes:
        where = art.title if q["field"] == "title" else art.text
        assert " ".join(where[s:e] for s, e in q["spans"]) == q["text"]
    assert art.quotes[0]["text"] == "Ferry Plan Is \u2018Dead in the Water\u2019"
    rc, md, _ = run_cli(["--quotes", "--format", "markdown", HEADLINE])
    assert "- Ellen Harper (Says, mixed, headline): Ferry Plan Is" in md.decode()

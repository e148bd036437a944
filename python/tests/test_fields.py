"""test_fields.py: the record's fields have one owner, the library's table
(LEDE_FIELDS in include/lede.h). The Article's attributes come from it;
the documents a person reads (lede --help, the man page, the README's
record table, the type stubs) must name every field of it."""
import json
import os
import re

import lede
from conftest import EXAMPLE, REPO, run_cli

# the fields of the JSON record: Article's fields but the module's own
# "format" and the library's fields the record does not carry
RECORD = [f for f in lede.FIELDS if f not in ("format", "charset")]


def test_record_keys_are_the_tables():
    rc, out, _ = run_cli([EXAMPLE])
    keys = list(json.loads(out))
    assert keys == ["source", *RECORD, "error"]
    rc, out, _ = run_cli([os.devnull])           # an error record: the same keys
    assert list(json.loads(out)) == ["source", *RECORD, "error"]


def test_help_names_every_field():
    rc, out, _ = run_cli(["--help"])
    help_text = " ".join(out.decode().split())
    assert "keys source, " + ", ".join(RECORD) + ", error;" in help_text


def test_man_page_and_readme_name_every_field():
    man = open(os.path.join(REPO, "man", "lede.1"), encoding="utf-8").read()
    readme = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    for f in RECORD:
        assert re.search(r"\b%s\b" % f, man), f
        assert "`%s`" % f in readme, f


def test_stubs_declare_every_attribute():
    stub = open(os.path.join(os.path.dirname(lede.__file__), "__init__.pyi"), encoding="utf-8").read()
    cls = stub[stub.index("class Article"):stub.index("def to_dict")]
    for f in lede.FIELDS:
        assert "def %s(self)" % f in cls, f
        assert "%s:" % f in cls.split("def __init__")[1], f


def test_every_field_has_a_doc():
    for f in lede.FIELDS:
        doc = getattr(lede.Article, f).__doc__
        assert doc and not doc[0].islower() and doc.endswith("."), (f, doc)

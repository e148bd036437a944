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
    # the README's Python section lists the Article's fields in their order
    flat = " ".join(readme.split())
    listed = re.search(r"the record's fields in its order: ([^;]*); then ([^;]*);", flat)
    assert re.split(r", | and ", listed.group(1) + ", " + listed.group(2)) == list(lede.FIELDS)


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


def test_error_codes_are_the_headers():
    """The stable error codes have one owner too, lede_status in
    include/lede.h: the Python classes carry its names and numbers, the
    stubs declare every class, the README lists every code, and the man
    page every code a record can carry (a usage error exits 2 before any
    record is printed)."""
    from lede._errors import ERROR_CLASSES
    hdr = open(os.path.join(REPO, "include", "lede.h"), encoding="utf-8").read()
    codes = {name.lower(): int(num) for name, num in re.findall(r"\bLEDE_ERR_(\w+) = (\d+)", hdr)}
    assert len(codes) == 7, codes
    assert {c.code: c.status for c in ERROR_CLASSES.values()} == codes
    stubs = open(os.path.join(os.path.dirname(lede.__file__), "_errors.pyi"), encoding="utf-8").read()
    init_stubs = open(os.path.join(os.path.dirname(lede.__file__), "__init__.pyi"), encoding="utf-8").read()
    for cls in ERROR_CLASSES.values():
        assert "class %s(" % cls.__name__ in stubs, cls
        assert "%s as %s" % (cls.__name__, cls.__name__) in init_stubs, cls
        assert getattr(lede, cls.__name__) is cls
    readme = " ".join(open(os.path.join(REPO, "README.md"), encoding="utf-8").read().split())
    listed = re.search(r"Error codes \(stable\): ([^.]*)\.", readme).group(1)
    assert set(re.findall(r"`(\w+)`", listed)) == set(codes)
    man = open(os.path.join(REPO, "man", "lede.1"), encoding="utf-8").read()
    man_codes = man[man.index("when the input failed. The codes are"):man.index(".SS Text")]
    for code in codes:
        assert (".B %s\n" % code in man_codes) == (code != "usage"), code

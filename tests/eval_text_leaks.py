#!/usr/bin/env python3
"""List evaluation pages' words quoted in lede's docs, comments and golden cases.

lede is judged on held-out pages, and no rule may be keyed to an evaluation
page's text; an example that quotes a dev page reads as if the rule were
written from it. This script finds such quotes so they can be replaced with
invented examples of the same shape.

What it reads (the "labels"): every string of ../shared/data/*/cases.jsonl
(trafilatura-eval's with/without snippets, readability's title, byline,
excerpt, site name and text, ...), tests/headlines/*.tsv,
tests/bodies/*/cases.jsonl, tests/dates/*.tsv, tests/authors/*.tsv, and the
PolNeAR articles and their metadata (../shared/data/polnear), all case-folded
with white space collapsed and quotation marks made plain.

What it checks (the "texts"): docs/**/*.md, README.md, man/*.1 and the
comments of src/**/*.[ch] (and, with --golden, the visible text of
tests/golden/*/case.html). In each text it takes every quoted string
("...", “...”, „...“, «...», ‘...’, '...', `...`) and every cell of a
Markdown table row, and reports the longest stretch of at least --min
characters (default 20) that also occurs in a label. With --unquoted it
also reports stretches of the running text of at least --min-unquoted
characters (default 60; shorter ones are common phrases of a language).

Real people: names written in the labels' byline/author fields (two or
more capitalised words) that occur anywhere in a text are listed too.

Usage:  tests/eval_text_leaks.py [--golden] [--unquoted] [--data ../shared/data]
Exit status 0 always (a report, not a test): read the hits and judge them.
"""
import argparse
import glob
import gzip
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = 4  # words per shingle: a stretch is found through its 4-word pieces

QUOTE_MAP = str.maketrans({'“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
                           '‘': "'", '’': "'", '‚': "'", '\u00a0': ' ',
                           '–': '-', '—': '-'})


def norm(s):
    return re.sub(r'\s+', ' ', s.translate(QUOTE_MAP).casefold()).strip()


WORD = re.compile(r'\w+', re.UNICODE)


def strings_of(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from strings_of(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            if k in ('id', 'url', 'file', 'lang', 'date'):
                continue
            yield from strings_of(x)


def load_labels(data):
    labels, names = [], set()
    for path in sorted(glob.glob(os.path.join(data, '*', 'cases.jsonl'))) + \
            sorted(glob.glob(os.path.join(ROOT, 'tests', 'bodies', '*', 'cases.jsonl'))):
        with open(path, encoding='utf-8') as f:
            for line in f:
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                for s in strings_of(d):
                    labels.append(s)
                for key in ('byline', 'authors', 'author'):
                    for s in strings_of(d.get(key)):
                        names.update(split_names(s))
    for pat in ('headlines/*.tsv', 'dates/*.tsv', 'authors/*.tsv'):
        for path in sorted(glob.glob(os.path.join(ROOT, 'tests', pat))):
            authors = 'authors' in pat
            with open(path, encoding='utf-8') as f:
                for line in f:
                    if line.startswith('#') or line.startswith('id\t'):
                        continue
                    cols = line.rstrip('\n').split('\t')
                    # the id column and the set name are not page text
                    labels.extend(c for c in cols[1:] if len(c) >= 8)
                    if authors and len(cols) > 3:
                        for n in cols[3].split(';'):
                            names.update(split_names(n))
    pol = os.path.join(data, 'polnear')
    for path in sorted(glob.glob(os.path.join(pol, '*', 'text', '*.txt'))):
        with open(path, encoding='utf-8') as f:
            labels.append(f.read())
    meta = os.path.join(pol, 'metadata.tsv')
    if os.path.exists(meta):
        with open(meta, encoding='utf-8') as f:
            head = f.readline().rstrip('\n').split('\t')
            for line in f:
                row = dict(zip(head, line.rstrip('\n').split('\t')))
                labels.append(row.get('title', ''))
                names.update(split_names(row.get('author', '')))
    return labels, names


def split_names(s):
    out = set()
    for part in re.split(r'[;,/|&]| and | und | y | et ', s or ''):
        part = part.strip()
        words = part.split()
        # a person's name: 2-4 capitalised words, none a common byline word
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
                and not any(w.lower() in ('news', 'staff', 'press', 'redaktion', 'team',
                                          'editor', 'editors', 'associated', 'reuters',
                                          'wire', 'desk', 'online', 'media', 'the')
                            for w in words):
            out.add(part)
    return out


class Corpus:
    def __init__(self, labels):
        self.text = '\x00'.join(norm(s) for s in labels if s)
        self.grams = set()
        for s in self.text.split('\x00'):
            w = WORD.findall(s)
            for i in range(len(w) - K + 1):
                self.grams.add(hash(' '.join(w[i:i + K])))

    def stretches(self, s, minlen):
        """The longest stretches of s (normalised) found in a label."""
        s = norm(s)
        if len(s) < minlen:
            return []
        if len(s) <= 400 and s in self.text:
            return [s]
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(s)]
        hit = [hash(' '.join(x[2] for x in words[i:i + K])) in self.grams
               for i in range(len(words) - K + 1)]
        out, i = [], 0
        while i < len(hit):
            if not hit[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(hit) and hit[j + 1]:
                j += 1
            # words i .. j+K-1: shrink from the ends until it occurs as a whole
            a, b = i, j + K - 1
            best = None
            for lo in range(a, b + 1):
                for hi in range(b, lo - 1, -1):
                    span = s[words[lo][0]:words[hi][1]]
                    if len(span) < minlen:
                        break
                    if span in self.text:
                        best = span
                        break
                if best:
                    break
            if best:
                out.append(best)
            i = j + 1
        return out


QUOTED = [re.compile(p) for p in (
    r'"([^"]{8,400}?)"', r'“([^”“]{8,400}?)”', r'„([^“”„]{8,400}?)[“”]', r'«\s?([^»]{8,400}?)\s?»',
    r'‘([^’‘]{8,400}?)’', r"(?<![\w'])'([^'\n]{8,400}?)'(?!\w)", r'`([^`]{8,400}?)`')]


def quoted(text):
    for rx in QUOTED:
        for m in rx.finditer(text):
            # an ellipsis cuts a quote into the pieces that were quoted
            for piece in re.split(r'\.\.\.|…', m.group(1)):
                yield piece


def md_units(path):
    """(line, text) of each paragraph and table cell of a Markdown or man file."""
    with open(path, encoding='utf-8', errors='replace') as f:
        lines = f.read().split('\n')
    para, start = [], 0
    for i, line in enumerate(lines, 1):
        if line.lstrip().startswith('|'):
            for cell in line.strip().strip('|').split('|'):
                yield i, cell, True
            continue
        if not line.strip():
            if para:
                yield start, ' '.join(para), False
            para = []
            continue
        if path.endswith('.1'):
            line = re.sub(r'\\f[BIRP]|\\-|\\&|^\.[A-Z]+ ?', lambda m: '-' if m.group() == '\\-' else '', line)
        if not para:
            start = i
        para.append(line)
    if para:
        yield start, ' '.join(para), False


def c_units(path):
    """(line, text) of each comment of a C file (a run of // lines is one)."""
    with open(path, encoding='utf-8', errors='replace') as f:
        src = f.read()
    for m in re.finditer(r'/\*(.*?)\*/|((?://[^\n]*\n[ \t]*)+)', src, re.S):
        body = m.group(1) if m.group(1) is not None else m.group(2)
        body = re.sub(r'(?m)^[ \t]*(\*|//)+ ?', ' ', body)
        body = re.sub(r'//', ' ', body)
        yield src.count('\n', 0, m.start()) + 1, body, False


def golden_units(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        doc = f.read()
    doc = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', doc)
    for piece in re.split(r'<[^>]*>', doc):
        piece = html.unescape(piece).strip()
        if piece:
            yield 0, piece, True


def line_of(lines, start, s):
    """The line, from start on, where stretch s (normalised) begins."""
    words = WORD.findall(s)[:3]
    if not words:
        return start
    rx = re.compile(r'\W+'.join(re.escape(w) for w in words), re.I)
    for i in range(max(start - 1, 0), len(lines)):
        if rx.search(norm(lines[i] + ' ' + (lines[i + 1] if i + 1 < len(lines) else ''))):
            return i + 1
    return start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--data', default=os.path.join(ROOT, '..', 'shared', 'data'))
    ap.add_argument('--min', type=int, default=20)
    ap.add_argument('--unquoted', action='store_true')
    ap.add_argument('--min-unquoted', type=int, default=60)
    ap.add_argument('--golden', action='store_true', help='also check tests/golden/*/case.html text')
    ap.add_argument('--golden-min', type=int, default=40)
    a = ap.parse_args()

    labels, names = load_labels(a.data)
    corpus = Corpus(labels)
    print(f'# {len(labels)} label strings, {len(names)} names', file=sys.stderr)

    files = []
    # tests/*/README.md are left out: they document the labelled sets themselves
    for pat in ('docs/**/*.md', 'README.md', 'man/*.1', 'bench/README.md'):
        files += [(p, md_units) for p in sorted(glob.glob(os.path.join(ROOT, pat), recursive=True))]
    for pat in ('src/**/*.c', 'src/**/*.h', 'include/*.h'):
        files += [(p, c_units) for p in sorted(glob.glob(os.path.join(ROOT, pat), recursive=True))]
    if a.golden:
        files += [(p, golden_units) for p in sorted(glob.glob(os.path.join(ROOT, 'tests/golden/*/case.html')))]

    name_rx = None
    if names:
        alts = sorted((re.escape(n) for n in names if len(n) >= 7), key=len, reverse=True)
        name_rx = re.compile(r'(?<!\w)(' + '|'.join(alts) + r')(?!\w)')
    hits = 0
    for path, units in files:
        rel = os.path.relpath(path, ROOT)
        golden = units is golden_units
        seen = set()
        with open(path, encoding='utf-8', errors='replace') as f:
            lines = f.read().split('\n')
        for line, text, whole in units(path):
            text = re.sub(r'\s+', ' ', text)
            pieces = [text] if whole else list(quoted(text))
            minlen = a.golden_min if golden else a.min
            for p in pieces:
                for s in corpus.stretches(p, minlen):
                    if (s) not in seen:
                        seen.add(s)
                        hits += 1
                        print(f'{rel}:{line_of(lines, line, s)}: quote: "{s}"')
            if a.unquoted and not whole and not golden:
                for s in corpus.stretches(text, a.min_unquoted):
                    if s not in seen:
                        seen.add(s)
                        hits += 1
                        print(f'{rel}:{line_of(lines, line, s)}: text: "{s}"')
            if name_rx and not golden:
                for m in name_rx.finditer(text):
                    if ('name', m.group(1)) not in seen:
                        seen.add(('name', m.group(1)))
                        hits += 1
                        print(f'{rel}:{line}: name: {m.group(1)}')
    print(f'# {hits} hits', file=sys.stderr)


if __name__ == '__main__':
    main()

"""_warc.py: lede.iter_warc() and lede.WarcRecord, articles out of WARC
crawl files with the rules and records of `lede warc`.

The C half (lede._lede_warc, over include/lede_warc.h) reads, decompresses,
decodes HTTP bodies and extracts with the GIL released, and hands each page
over as its `lede warc` JSON line plus the WARC fields; WarcRecord builds
the dict and the Article from that line only when asked, so to_dict() is
the CLI's record by construction.
"""
import json

from ._lede import FIELDS, Article
from ._lede_warc import WarcIter

__all__ = ["iter_warc", "WarcRecord"]


class WarcRecord:
    """One WARC record that held a page, or could have: its article, or the
    error that took its place. Immutable.

    record_id, target_uri, warc_date: the WARC header fields ("" if absent).
    http_status: the HTTP status (int), None for resource and damaged records.
    offset: the record's offset in the decompressed WARC stream.
    article: a lede.Article, or None for an error record (a no_content page
        keeps the Article of what was found, as lede.NoContentError does).
    error_code, error_message: None for an article, else the error
        ("not_html", "too_large", "io", "no_content", ...).
    to_dict(): the keys and values of the `lede warc` JSON line.
    """
    __slots__ = ("_line", "_charset", "_format", "record_id", "target_uri", "warc_date",
                 "http_status", "offset", "error_code", "error_message", "_has_article", "_article")

    def __init__(self, line, charset, format, record_id, target_uri, warc_date, http_status,
                 offset, error_code, error_message, has_article):
        self._line, self._charset, self._format = line, charset, format
        self.record_id, self.target_uri, self.warc_date = record_id, target_uri, warc_date
        self.http_status, self.offset = http_status, offset
        self.error_code, self.error_message = error_code, error_message
        self._has_article, self._article = has_article, None

    def to_dict(self):
        """The `lede warc` JSON record as a new dict (source, the article's
        fields, error, warc_target_uri, warc_record_id, warc_date, http_status)."""
        return json.loads(self._line)

    @property
    def article(self):
        if self._has_article and self._article is None:
            d = json.loads(self._line)
            kw = {k: d[k] for k in FIELDS if k in d}
            # the line's text is rendered in this record's format (the C half
            # sets the options' text format to it)
            kw["text"] = d.get("text") or ""
            kw["format"], kw["charset"] = self._format, self._charset
            self._article = Article(**kw)
        return self._article

    def __repr__(self):
        what = f"error={self.error_code!r}" if self.error_code else "article"
        return f"<lede.WarcRecord {self.target_uri!r} {what} offset={self.offset}>"


def iter_warc(source, *, format="text", any_status=False, max_record_bytes=50_000_000, read_threads=0,
              **options):
    """Iterates over the pages of a WARC file: one WarcRecord per record that
    could hold a page (HTML response or resource records, 2xx unless
    any_status) and per damaged record that could have held one, in file
    order: exactly the records `lede warc` prints.

    source: a path (str / os.PathLike) or a binary file object with read(n)
        (an open file, an S3/GCS/fsspec stream). Plain WARC, gzip per record
        or whole file, and zstd are detected from the bytes.
    format: what Article.text holds ("text", "markdown", "html").
    any_status: also pages with a non-2xx HTTP status.
    max_record_bytes: largest WARC record block (and decoded HTTP body)
        handled; bigger ones give a too_large error record.
    read_threads: helper threads that inflate the gzip members of a
        gzip-per-record file ahead of the iterator (0..64; 0, the default:
        the iterating thread inflates them itself). Inflating is ~12% of a
        page's CPU, so one helper takes it off the loop when a core is
        free; the records are the same with any number (`lede warc -j N`
        uses N from 4 workers on).
    options: lede.extract()'s other keyword options but charset (each
        record's HTTP header gives its own): max_bytes (the largest page,
        as `lede warc --max-bytes`; default max_record_bytes), max_nodes=0,
        max_depth=0, and the switches (lede.SWITCHES:
        quotes=True, ...), which apply to the records' JSON (to_dict())
        as to their Article.

    Returns an iterator with .stats (a dict: records, pages, errors,
    skipped_bytes, ...; valid during and after iteration). The GIL is
    released while it reads, decompresses and extracts. Raises OSError when
    the path cannot be opened or the input cannot be read, whatever the
    file object's read() raised, and ValueError("not a WARC file...") at
    the end of an input that held bytes but no WARC record; TypeError /
    ValueError for bad options, before reading anything.
    """
    options.setdefault("max_bytes", max_record_bytes)  # as lede warc: a page may be as large as its record
    return WarcIter(source, WarcRecord, format=format, any_status=bool(any_status),
                    max_record_bytes=max_record_bytes, read_threads=read_threads, **options)

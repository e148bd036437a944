"""lede.crawl: one WARC file in, one committed output part out; the engine-free
core of the Spark job (lede.spark) and of anything else that shards crawls.

Each input file is processed by exactly one call of process_file(), which
  1. reads it with lede.iter_warc (lede's C reader and extractor; the GIL is
     released while it works) from a local path, or from a stream opened
     through fsspec / pyarrow for s3://, gs://, hdfs://... URLs;
  2. writes the records that pass the filters to a temporary part under
     OUT/_tmp/, with the fixed schema of SCHEMA (never inferred: `date` stays
     the ISO string with its offset, lists stay lists, the error columns are
     typed even in a part without errors);
  3. commits: renames the part to OUT/parts/part-<file_id>.<ext>, then writes
     the file's manifest entry OUT/_manifest/<file_id>.json (also temp +
     rename). A file is done exactly when its manifest entry exists, so a
     rerun skips it; a retried or speculative task writes the same part name
     with the same content, so a killed worker can neither lose nor
     duplicate records.
A file that cannot be opened or read (lede.iter_warc raised OSError, or the
stream's read() failed) raises nothing: it gets a failure entry
OUT/_failures/<file_id>.json (kind "unreadable") and no manifest entry, so a
rerun tries it again. A file read to the end with damaged records or bytes
that are not WARC is done (its damaged records are rows with error_code set,
as in `lede warc`), and so is a file with bytes but no WARC record at all
(iter_warc's ValueError: an empty part, status "not_warc"); both also get a
failure entry (kind "damaged" or "not_warc"), so that every bad input is
accounted for.

finish() gathers the per-file entries into OUT/manifest.parquet and
OUT/failures.parquet (or .jsonl) and removes OUT/_tmp.

pyarrow is imported lazily: `import lede` never needs it.
"""
import datetime
import hashlib
import json
import os
import time
import uuid

# The output schema: (column, Arrow type name, meaning). Documented in
# docs/distributed.md; a test checks that parts carry exactly this.
SCHEMA = [
    ("source_file", "string", "the WARC path or URL as given in the input list"),
    ("warc_record_id", "string", "WARC-Record-ID, with its <urn:uuid:...> brackets"),
    ("warc_target_uri", "string", "WARC-Target-URI: the URL that was fetched"),
    ("warc_date", "string", "WARC-Date as written in the record (ISO 8601, UTC)"),
    ("warc_offset", "int64", "offset of the record in the uncompressed WARC stream"),
    ("http_status", "int32", "HTTP status of the response; null for resource and damaged records"),
    ("url", "string", "canonical URL if the page declares one, else the target URI"),
    ("title", "string", "the headline"),
    ("authors", "list<string>", "person names"),
    ("date", "string", "publication date: ISO 8601 string, with time and UTC offset where the page gives them"),
    ("date_modified", "string", "a distinct later update, same form; null when none"),
    ("sitename", "string", "the site's name"),
    ("description", "string", "the page's summary"),
    ("image", "string", "lead image, absolute URL"),
    ("language", "string", "BCP 47 tag, checked against the text"),
    ("page_type", "string", "\"article\" or another kind of page"),
    ("categories", "list<string>", "declared categories"),
    ("tags", "list<string>", "declared tags / keywords"),
    ("text", "string", "the body, one block per line (format text), or Markdown / HTML"),
    ("quotes", "list<quote>", "quotes with their speakers, the headline's first; offsets in code points of the plain text or the title (field)"),
    ("text_source", "string", "where text came from: \"dom\" or \"jsonld\" (articleBody); null without text"),
    ("paywalled", "bool", "the page declares its content not free"),
    ("next_page", "string", "absolute URL of the article's next page, or null"),
    ("images", "list<image>", "the body's content images in order: src, alt, caption, credit"),
    ("comments", "list<comment>", "reader comments in order (author, date, text); null unless comments is on"),
    ("truncated", "bool", "a limit cut the page short"),
    ("error_code", "string", "null, or a stable code: io, too_large, not_html, empty, nomem, no_content"),
    ("error_message", "string", "null, or the sentence that explains error_code"),
]

MANIFEST_SCHEMA = [
    ("source_file", "string"), ("file_id", "string"), ("part", "string"), ("rows", "int64"),
    ("records", "int64"), ("pages", "int64"), ("errors", "int64"), ("skipped_bytes", "int64"),
    ("filtered", "int64"), ("status", "string"), ("cpu_s", "double"), ("finished_at", "string"),
]

FAILURES_SCHEMA = [
    ("source_file", "string"), ("file_id", "string"), ("kind", "string"), ("error_type", "string"),
    ("message", "string"), ("records", "int64"), ("errors", "int64"), ("skipped_bytes", "int64"),
    ("failed_at", "string"),
]

_LIST_COLUMNS = ("authors", "categories", "tags")
_WARC_KEYS = {"warc_record_id", "warc_target_uri", "warc_date", "http_status"}
# Rows buffered before a batch goes to the writer: bounds a task's memory to
# a few MB of text whatever the WARC size (a Common Crawl file has ~30,000 pages).
BATCH_ROWS = 1000
FORMATS = ("parquet", "jsonl")
# Exceptions that mean a broken installation or a bug, not a bad input file
# (lede missing on a worker, a wrong argument): they fail the task rather
# than turning every input into a failure row.
_PROGRAMMING_ERRORS = (ImportError, AttributeError, NameError, TypeError, AssertionError)
COMPRESSIONS = ("zstd", "snappy", "gzip", "none")


# One quote of the `quotes` column: the record's quote object (README,
# "Quotes"), spans as [start, end] pairs.
QUOTE_FIELDS = [("text", "string"), ("field", "string"), ("start", "int64"), ("end", "int64"), ("spans", "list<list<int64>>"),
                ("mention", "string"), ("speaker", "string"), ("cue", "string"), ("kind", "string")]


# One image of the `images` column and one comment of `comments`: the
# record's objects (README, "Images" and "Comments"), keys in this order.
IMAGE_FIELDS = [("src", "string"), ("alt", "string"), ("caption", "string"), ("credit", "string")]
COMMENT_FIELDS = [("author", "string"), ("date", "string"), ("text", "string")]
# The struct columns: Arrow type name -> (column, its struct's fields)
_STRUCT_LISTS = {"list<quote>": ("quotes", QUOTE_FIELDS), "list<image>": ("images", IMAGE_FIELDS),
                 "list<comment>": ("comments", COMMENT_FIELDS)}


def _arrow_type(pa, name):
    if name in _STRUCT_LISTS:
        fields = _STRUCT_LISTS[name][1]
        return pa.list_(pa.struct([pa.field(n, _arrow_type(pa, t)) for n, t in fields]))
    return {"string": pa.string(), "int64": pa.int64(), "int32": pa.int32(), "bool": pa.bool_(),
            "double": pa.float64(), "list<string>": pa.list_(pa.string()),
            "list<list<int64>>": pa.list_(pa.list_(pa.int64()))}[name]


def arrow_schema(columns=None):
    """The Arrow schema of the output parts (or of another table's columns)."""
    import pyarrow as pa
    cols = SCHEMA if columns is None else columns
    return pa.schema([pa.field(c[0], _arrow_type(pa, c[1])) for c in cols])


def file_id(source):
    """Stable name of an input: its part and entries are named by it, so every
    attempt at one file writes the same names."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:20]


class Options:
    """What a task needs to know; plain attributes so it pickles to executors."""

    def __init__(self, out, fmt="parquet", compression="zstd", languages=None, min_text=0,
                 articles_only=False, text_format="text", any_status=False,
                 max_record_bytes=50_000_000, quotes=False, comments=False):
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}")
        if compression not in COMPRESSIONS:
            raise ValueError(f"compression must be one of {COMPRESSIONS}")
        self.out = out.rstrip("/")
        self.fmt = fmt
        self.compression = compression
        self.languages = tuple(l.strip().lower() for l in languages or () if l.strip())
        self.min_text = int(min_text)
        self.articles_only = bool(articles_only)
        self.text_format = text_format
        self.any_status = bool(any_status)
        self.max_record_bytes = int(max_record_bytes)
        self.quotes = bool(quotes)  # the quotes column: null unless on (opt-in, as in lede)
        self.comments = bool(comments)  # the comments column: null unless on (opt-in, as in lede)

    def part_name(self, fid):
        ext = {"parquet": ".parquet", "jsonl": ".jsonl"}[self.fmt]
        ext += {"gzip": ".gz", "zstd": ".zst"}.get(self.compression, "") if self.fmt == "jsonl" else ""
        return f"parts/part-{fid}{ext}"


def keep(row, opts):
    """`lede warc`'s filters: they judge articles only; a record with an error
    (damaged, not decodable, no content) stays unless articles_only. A filter
    language "en" keeps en and en-GB; "en-GB" keeps only en-GB. min_text
    counts characters of `text` in the row's text format (Markdown's marks
    too with text_format="markdown"), as `lede warc --min-text` does."""
    if row["error_code"] is not None:
        return not opts.articles_only
    if opts.articles_only and row["page_type"] != "article":
        return False
    if opts.languages and not _lang_ok(row["language"], opts.languages):
        return False
    if opts.min_text and len(row["text"] or "") < opts.min_text:
        return False
    return True


def _lang_ok(lang, wanted):
    if not lang:
        return False
    lang = lang.lower().replace("_", "-")
    primary = lang.split("-")[0]
    return any((lang if "-" in w else primary) == w for w in wanted)


def record_row(rec, source):
    """One output row (a dict in SCHEMA order) from a lede.WarcRecord."""
    d = rec.to_dict()
    err = d.get("error") or None
    row = {"source_file": source, "warc_record_id": d.get("warc_record_id"),
           "warc_target_uri": d.get("warc_target_uri"), "warc_date": d.get("warc_date"),
           "warc_offset": rec.offset, "http_status": d.get("http_status")}
    for name, _, _ in SCHEMA[6:-2]:
        row[name] = d.get(name)
    for name in _LIST_COLUMNS:
        if row[name] is None:
            row[name] = []
    # the same values in Parquet and JSONL parts: keys in the struct's field
    # order, quote spans as lists
    for column, fields in _STRUCT_LISTS.values():
        if row[column] is not None:
            row[column] = [{n: ([list(p) for p in o[n]] if n == "spans" else o.get(n)) for n, _ in fields}
                           for o in row[column]]
    row["truncated"] = bool(row["truncated"])
    row["paywalled"] = bool(row["paywalled"])
    row["error_code"] = err["code"] if err else None
    row["error_message"] = err["message"] if err else None
    return row


# --- filesystems -----------------------------------------------------------

def _is_url(path):
    return "://" in path and not path.startswith("file://")


def _local(path):
    return path[len("file://"):] if path.startswith("file://") else path


def open_input(source):
    """A local path as a str (lede reads it in C, no Python in the loop), or a
    binary stream for a URL: fsspec when installed (s3fs, gcsfs... follow
    the user's configuration), else pyarrow's filesystems (s3, gs, hdfs)."""
    if not _is_url(source):
        return _local(source)
    try:
        import fsspec
    except ImportError:
        fsspec = None
    if fsspec is not None:
        return fsspec.open(source, "rb").open()
    from pyarrow import fs
    filesystem, path = fs.FileSystem.from_uri(source)
    return filesystem.open_input_stream(path, compression=None)


class _Out:
    """The output folder: local paths with os calls (rename is atomic), URLs
    through pyarrow.fs (object stores publish an object only once its upload
    completes, and move() puts it under its final name)."""

    def __init__(self, root):
        self.root = root
        if _is_url(root):
            from pyarrow import fs
            self.fs, self.base = fs.FileSystem.from_uri(root)
        else:
            self.fs, self.base = None, _local(root)

    def path(self, rel):
        return f"{self.base}/{rel}"

    def makedirs(self, rel):
        if self.fs is None:
            os.makedirs(self.path(rel), exist_ok=True)
        else:
            self.fs.create_dir(self.path(rel), recursive=True)

    def open_write(self, rel):
        if self.fs is None:
            return open(self.path(rel), "wb")
        return self.fs.open_output_stream(self.path(rel))

    def read(self, rel):
        if self.fs is None:
            with open(self.path(rel), "rb") as f:
                return f.read()
        with self.fs.open_input_stream(self.path(rel)) as f:
            return f.read()

    def exists(self, rel):
        if self.fs is None:
            return os.path.exists(self.path(rel))
        from pyarrow import fs
        return self.fs.get_file_info(self.path(rel)).type != fs.FileType.NotFound

    def move(self, src, dst):
        if self.fs is None:
            os.replace(self.path(src), self.path(dst))
        else:
            self.fs.move(self.path(src), self.path(dst))

    def delete(self, rel):
        if self.fs is None:
            if os.path.exists(self.path(rel)):
                os.remove(self.path(rel))
        elif self.exists(rel):
            self.fs.delete_file(self.path(rel))

    def listdir(self, rel):
        if self.fs is None:
            p = self.path(rel)
            return sorted(os.listdir(p)) if os.path.isdir(p) else []
        from pyarrow import fs
        infos = self.fs.get_file_info(fs.FileSelector(self.path(rel), allow_not_found=True))
        return sorted(i.base_name for i in infos)

    def rmtree(self, rel):
        if self.fs is None:
            import shutil
            shutil.rmtree(self.path(rel), ignore_errors=True)
        else:
            try:
                self.fs.delete_dir(self.path(rel))
            except OSError:
                pass

    def put_json(self, rel, obj):
        """Writes a small JSON entry so that it appears whole or not at all."""
        tmp = f"_tmp/{uuid.uuid4().hex}.json"
        with self.open_write(tmp) as f:
            f.write(json.dumps(obj, sort_keys=True).encode())
        self.move(tmp, rel)


# --- part writers ----------------------------------------------------------

class _PartWriter:
    """Streams row batches into one part file with the fixed schema."""

    def __init__(self, stream, opts):
        import pyarrow as pa
        self.pa, self.opts, self.stream = pa, opts, stream
        self.schema = arrow_schema()
        if opts.fmt == "parquet":
            import pyarrow.parquet as pq
            codec = None if opts.compression == "none" else opts.compression
            self.writer = pq.ParquetWriter(stream, self.schema, compression=codec)
        else:
            codec = {"gzip": "gzip", "zstd": "zstd"}.get(opts.compression)
            self.sink = pa.CompressedOutputStream(stream, codec) if codec else stream

    def write(self, rows):
        if self.opts.fmt == "parquet":
            cols = {name: [r[name] for r in rows] for name, _, _ in SCHEMA}
            self.writer.write_table(self.pa.table(cols, schema=self.schema))
        else:
            self.sink.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode())

    def close(self):
        if self.opts.fmt == "parquet":
            self.writer.close()
        elif self.sink is not self.stream:
            self.sink.close()


def _now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _read_into(source, opts, writer):
    """Runs lede over one input, writing kept rows; returns (counts, the
    reader's stats, None or the reason why the input is not a WARC file)."""
    import lede
    src = open_input(source)
    counts = {"rows": 0, "filtered": 0}
    not_warc = None
    try:
        it = lede.iter_warc(src, format=opts.text_format, any_status=opts.any_status,
                            max_record_bytes=opts.max_record_bytes, quotes=opts.quotes,
                            comments=opts.comments)
        batch = []
        try:
            for rec in it:
                row = record_row(rec, source)
                if not keep(row, opts):
                    counts["filtered"] += 1
                    continue
                batch.append(row)
                if len(batch) >= BATCH_ROWS:
                    writer.write(batch)
                    counts["rows"] += len(batch)
                    batch = []
        except ValueError as e:  # bytes but no WARC record: final, not worth a retry
            not_warc = str(e)
        if batch:
            writer.write(batch)
            counts["rows"] += len(batch)
        return counts, dict(it.stats), not_warc
    finally:
        if not isinstance(src, str):
            src.close()


def process_file(source, opts):
    """Processes one input unless it is already done; returns its manifest
    entry ({"status": "skipped", ...} when a previous run finished it), or its
    failure entry ({"kind": "unreadable", ...}). Never raises for a bad input."""
    out = _Out(opts.out)
    fid = file_id(source)
    entry_rel = f"_manifest/{fid}.json"
    if out.exists(entry_rel):
        entry = json.loads(out.read(entry_rel))
        entry["status"] = "skipped"
        return entry
    cpu0 = time.process_time()
    tmp_rel = f"_tmp/{fid}-{uuid.uuid4().hex}.part"
    try:
        with out.open_write(tmp_rel) as stream:
            writer = _PartWriter(stream, opts)
            try:
                counts, stats, not_warc = _read_into(source, opts, writer)
            finally:
                writer.close()
    except _PROGRAMMING_ERRORS:
        out.delete(tmp_rel)
        raise   # not the file's fault: the task fails, Spark retries it, the job says why
    except Exception as e:  # noqa: BLE001 - any failure of one input is that input's failure row
        out.delete(tmp_rel)
        failure = {"source_file": source, "file_id": fid, "kind": "unreadable",
                   "error_type": type(e).__name__, "message": str(e)[:2000], "records": None,
                   "errors": None, "skipped_bytes": None, "failed_at": _now()}
        out.put_json(f"_failures/{fid}.json", failure)
        return failure
    part_rel = opts.part_name(fid)
    out.move(tmp_rel, part_rel)
    status = "ok"
    if not_warc is not None or (stats.get("records", 0) == 0 and stats.get("skipped_bytes", 0) > 0):
        status = "not_warc"
    elif stats.get("errors", 0) > 0 or stats.get("skipped_bytes", 0) > 0:
        status = "damaged"
    if status != "ok":
        out.put_json(f"_failures/{fid}.json", {
            "source_file": source, "file_id": fid, "kind": status, "error_type": None,
            "message": ((not_warc or "no WARC record found") if status == "not_warc" else
                        "damaged records or bytes that are not WARC; damaged records are rows with error_code"),
            "records": stats.get("records"), "errors": stats.get("errors"),
            "skipped_bytes": stats.get("skipped_bytes"), "failed_at": _now()})
    else:
        out.delete(f"_failures/{fid}.json")  # an earlier run's unreadable entry
    entry = {"source_file": source, "file_id": fid, "part": part_rel, "rows": counts["rows"],
             "records": stats.get("records"), "pages": stats.get("pages"),
             "errors": stats.get("errors"), "skipped_bytes": stats.get("skipped_bytes"),
             "filtered": counts["filtered"], "status": status,
             "cpu_s": round(time.process_time() - cpu0, 4), "finished_at": _now()}
    out.put_json(entry_rel, entry)
    return entry


def prepare(opts):
    """Creates the output folders (driver side, before the tasks run)."""
    out = _Out(opts.out)
    for d in ("parts", "_manifest", "_failures", "_tmp"):
        out.makedirs(d)


def _entries(out, folder):
    return [json.loads(out.read(f"{folder}/{name}")) for name in out.listdir(folder)
            if name.endswith(".json")]


def finish(opts, sources):
    """Writes OUT/manifest.* and OUT/failures.* from the per-file entries of
    the inputs of this run, removes OUT/_tmp, and returns a summary dict."""
    import pyarrow as pa
    out = _Out(opts.out)
    wanted = {file_id(s) for s in sources}
    manifest = [e for e in _entries(out, "_manifest") if e["file_id"] in wanted]
    failures = [e for e in _entries(out, "_failures") if e["file_id"] in wanted]
    manifest.sort(key=lambda e: e["source_file"])
    failures.sort(key=lambda e: e["source_file"])
    for name, rows, cols in (("manifest", manifest, MANIFEST_SCHEMA), ("failures", failures, FAILURES_SCHEMA)):
        schema = arrow_schema([(c, t, "") for c, t in cols])
        table = pa.Table.from_pylist([{c: r.get(c) for c, _ in cols} for r in rows], schema=schema)
        _write_table(out, name, table, opts)
    out.rmtree("_tmp")
    done = {e["file_id"] for e in manifest}
    return {"inputs": len(wanted), "done": len(done),
            "unreadable": sum(1 for f in failures if f["kind"] == "unreadable"),
            "damaged": sum(1 for f in failures if f["kind"] == "damaged"),
            "not_warc": sum(1 for f in failures if f["kind"] == "not_warc"),
            "rows": sum(e["rows"] for e in manifest)}


def _write_table(out, name, table, opts):
    tmp = f"_tmp/{name}-{uuid.uuid4().hex}"
    with out.open_write(tmp) as f:
        if opts.fmt == "parquet":
            import pyarrow.parquet as pq
            pq.write_table(table, f)
            final = f"{name}.parquet"
        else:
            f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table.to_pylist()).encode())
            final = f"{name}.jsonl"
    out.move(tmp, final)

"""lede.datatrove: lede as blocks of a HuggingFace datatrove pipeline.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter
    from lede.datatrove import LedeWarcReader
    LocalPipelineExecutor(pipeline=[
        LedeWarcReader("s3://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/",
                       glob_pattern="*/warc/*.warc.gz", min_text=200),
        JsonlWriter("out/"),
    ], tasks=64, workers=8, logging_dir="logs/").run()

LedeWarcReader: WARC files -> Documents, read and extracted by lede's C
reader (lede.iter_warc) in one pass: text = the article body, id = the
WARC-Record-ID, metadata = the record's other fields (url, title, authors,
date as the ISO string with offset, language, ...). Records that give no
article (damaged, undecodable, no content), bytes that are not WARC and
unreadable files are counted in the step's stats (error_records,
damaged_records, skipped_bytes, not_warc_files, unreadable_files) and
logged; they never stop the task.

LedeExtractor: a drop-in for datatrove's Trafilatura step (same constructor
arguments, same extract(text) -> str, same stats names) after a reader that
yields raw HTML (datatrove's WarcReader). It runs lede in the task's own
process, with no sandbox subprocess per page: lede bounds its own work
(max_nodes / max_depth / max_bytes; linear-time parser and extractor), so a
pathological page costs a bounded amount of CPU and memory instead of a
timeout (measured in docs/distributed.md).

datatrove is imported here, so only `import lede.datatrove` needs it.
"""
from datatrove.pipeline.extractors.base import BaseExtractor
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

import lede
from lede import crawl

# Record keys that are not metadata: the text, the id, and what is constant
# per file or already in datatrove's own fields.
_NOT_METADATA = ("text", "warc_record_id", "source", "error")


def _local_path(folder, filepath):
    """The real path of a file of a local DataFolder (lede then reads it in C),
    or None for a remote filesystem."""
    from fsspec.implementations.local import LocalFileSystem
    fs = getattr(folder, "fs", None)
    if isinstance(fs, LocalFileSystem) or "file" in getattr(folder, "protocol", ()):
        return folder.resolve_paths(filepath)
    return None


class LedeWarcReader(BaseDiskReader):
    """Reads WARC files (plain, gzip, zstd) into Documents with lede.

    Args (besides BaseDiskReader's data_folder, paths_file, limit, skip,
    file_progress, doc_progress, adapter, text_key, id_key, default_metadata,
    recursive, glob_pattern, shuffle_files):
        text_format: "text" (default), "markdown" or "html" for Document.text
        languages: keep articles in these languages (["en"] keeps en-GB)
        min_text: keep articles with at least this many characters of text, counted in
            text_format (as `lede warc --min-text` counts)
        articles_only: keep only pages whose page_type is "article"
        any_status: also extract non-2xx responses
    """

    name = "🕷 lede WARC"

    def __init__(self, data_folder, paths_file=None, limit: int = -1, skip: int = 0,
                 file_progress: bool = False, doc_progress: bool = False, adapter=None,
                 text_key: str = "text", id_key: str = "id", default_metadata: dict = None,
                 recursive: bool = True, glob_pattern: str | None = None, shuffle_files: bool = False,
                 text_format: str = "text", languages=None, min_text: int = 0,
                 articles_only: bool = False, any_status: bool = False):
        super().__init__(data_folder, paths_file, limit, skip, file_progress, doc_progress, adapter,
                         text_key, id_key, default_metadata, recursive, glob_pattern, shuffle_files)
        self.filters = crawl.Options("unused", languages=languages, min_text=min_text,
                                     articles_only=articles_only)
        self.articles_only = articles_only
        self.text_format = text_format
        self.any_status = any_status

    def read_file(self, filepath: str):
        path = _local_path(self.data_folder, filepath)
        try:
            if path is not None:
                yield from self._documents(path, filepath)
            else:
                with self.data_folder.open(filepath, "rb") as f:
                    yield from self._documents(f, filepath)
        except Exception as e:  # noqa: BLE001 - one bad input must not stop the task
            self.stat_update("unreadable_files")
            logger.warning(f"lede: cannot read {filepath}: {type(e).__name__}: {e}")

    def _documents(self, source, filepath):
        it = lede.iter_warc(source, format=self.text_format, any_status=self.any_status)
        try:
            for i, rec in enumerate(it):
                if rec.error_code is not None:  # damaged record, undecodable body, no content
                    self.stat_update("error_records")
                    continue
                data = rec.to_dict()
                if not crawl.keep(_filter_view(data), self.filters):
                    self.stat_update(StatHints.dropped)
                    continue
                data["id"] = data["warc_record_id"]
                for key in _NOT_METADATA:
                    if key != "text":
                        data.pop(key, None)
                document = self.get_document_from_dict(data, filepath, i)
                if document:
                    yield document
        except ValueError as e:  # bytes, but no WARC record
            self.stat_update("not_warc_files")
            logger.warning(f"lede: {filepath}: {e}")
        stats = it.stats
        if stats.get("skipped_bytes"):
            self.stat_update("skipped_bytes", value=stats["skipped_bytes"])
        if stats.get("errors"):
            self.stat_update("damaged_records", value=stats["errors"])


def _filter_view(d):
    return {"error_code": None, "page_type": d.get("page_type"), "language": d.get("language"),
            "text": d.get("text")}


class LedeExtractor(BaseExtractor):
    """lede in place of datatrove's Trafilatura step: HTML in Document.text
    becomes the article body; the article's fields are added to metadata
    (title, authors, date, language, ... under their record names, without
    overwriting keys the reader set, such as url and date of the crawl:
    those become lede_url / lede_date).

    Args: Trafilatura's (favour_precision, include_images, timeout,
    deduplicate, **kwargs) are accepted so the step swaps in unchanged;
    timeout is unused (no sandbox: lede bounds its own work), the others have
    no lede counterpart. format: "text", "markdown" or "html". max_bytes,
    max_nodes, max_depth: lede's limits (0 = its defaults).
    """

    name = "⛏ lede"

    def __init__(self, favour_precision: bool = True, include_images: bool = False, timeout: float = 1,
                 deduplicate: bool = True, format: str = "text", max_bytes: int = 50_000_000,
                 max_nodes: int = 0, max_depth: int = 0, **kwargs):
        super().__init__(timeout)
        if include_images:
            raise NotImplementedError
        self.options = {"format": format, "max_bytes": max_bytes, "max_nodes": max_nodes,
                        "max_depth": max_depth}
        lede._check_options(**self.options)

    def extract(self, text: str) -> str:
        """HTML -> the article body ("" when lede finds none)."""
        try:
            return lede.extract(text, **self.options).text or ""
        except lede.LedeError:
            return ""

    def run(self, data, rank: int = 0, world_size: int = 1):
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    art = lede.extract(doc.text, doc.metadata.get("url") or None, **self.options)
                except lede.LedeError as e:
                    self.stat_update(f"error_{e.code}")
                    self.stat_update(StatHints.dropped)
                    continue
                self.stat_update("extracted")
                doc.text = art.text or ""
                _add_metadata(doc.metadata, art)
            if doc.text:
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
            else:
                self.stat_update(StatHints.dropped)


def _add_metadata(meta, art):
    for key, value in art.to_dict().items():
        if key in ("text", "source", "error", "format", "charset") or value in (None, [], ""):
            continue
        meta[key if key not in meta else f"lede_{key}"] = value

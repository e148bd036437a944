"""lede.spark: extract every article of a list of WARC files on Spark.

    python -m lede.spark --out OUT [options] (FILE|URL)... | --input-list LIST
    spark-submit --master URL "$(python -c 'import lede.spark as m; print(m.__file__)')" ...

One Spark task per input file (or --partitions N tasks that take several
files each); each task runs lede.crawl.process_file(): lede's C WARC reader
and extractor over the file, one output part per file with the fixed schema
of lede.crawl.SCHEMA, committed by rename, plus a per-file manifest entry.
A rerun skips the files whose entry exists. Bad inputs never fail the job:
they are rows of OUT/failures.parquet. The last line on standard output is
a JSON summary. Recipe and schema: docs/distributed.md.

lede must be importable on every executor (pip install it into the Python
that PYSPARK_PYTHON names on the workers, or ship a venv with --archives).
"""
import argparse
import json
import sys
import time

from lede import crawl  # absolute: spark-submit runs this file as a script


def read_list(path):
    """Input paths/URLs, one a line; blank lines and # comments skipped;
    duplicates dropped (each file is one task and one part)."""
    src = crawl.open_input(path)
    if isinstance(src, str):
        with open(src, "rb") as f:
            data = f.read()
    else:
        with src:
            data = src.read()
    seen, out = set(), []
    for line in data.decode("utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line not in seen:
            seen.add(line)
            out.append(line)
    return out


def parse_args(argv=None):
    ap = argparse.ArgumentParser(prog="python -m lede.spark", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", help="WARC paths or URLs (s3://, gs://, hdfs://, ...)")
    ap.add_argument("--input-list", "-l", help="file (or URL) with one WARC path or URL a line")
    ap.add_argument("--out", "-o", required=True, help="output folder (path or URL)")
    ap.add_argument("--format", choices=crawl.FORMATS, default="parquet", help="part format (parquet)")
    ap.add_argument("--compression", choices=crawl.COMPRESSIONS, default="zstd",
                    help="part compression (zstd); jsonl parts take gzip or zstd")
    ap.add_argument("--filter-lang", default="", help="keep articles in these languages: en,de (en keeps en-GB)")
    ap.add_argument("--min-text", type=int, default=0, help="keep articles with at least N characters of text, counted in --text-format "
                    "(as lede warc --min-text)")
    ap.add_argument("--articles-only", action="store_true", help="only pages that read as articles; no error rows")
    ap.add_argument("--text-format", choices=("text", "markdown", "html"), default="text",
                    help="what the text column holds (text)")
    ap.add_argument("--any-status", action="store_true", help="also extract non-2xx responses")
    ap.add_argument("--quotes", action="store_true", help="fill the quotes column (quotes with their speakers)")
    ap.add_argument("--comments", action="store_true", help="fill the comments column (reader comments)")
    ap.add_argument("--max-record-bytes", type=int, default=50_000_000)
    ap.add_argument("--partitions", type=int, default=0,
                    help="Spark tasks (default: one per input file not yet done)")
    ap.add_argument("--master", default=None, help="Spark master URL when not run by spark-submit "
                    "(local[N], spark://host:7077, yarn)")
    ap.add_argument("--app-name", default="lede-warc")
    a = ap.parse_args(argv)
    if not a.inputs and not a.input_list:
        ap.error("give WARC files or --input-list")
    if a.partitions < 0:
        ap.error("--partitions must be >= 0")
    return a


def options_from(a):
    return crawl.Options(a.out, fmt=a.format, compression=a.compression,
                         languages=a.filter_lang.split(","), min_text=a.min_text,
                         articles_only=a.articles_only, text_format=a.text_format,
                         any_status=a.any_status, max_record_bytes=a.max_record_bytes, quotes=a.quotes,
                         comments=a.comments)


def _task(opts):
    """The function each partition runs: the files of the partition in turn."""
    def run(sources):
        return [crawl.process_file(s, opts) for s in sources]
    return run


def run_job(sc, sources, opts, partitions=0):
    """Runs the files not yet done as Spark tasks; returns finish()'s summary
    plus timing. Usable from a notebook with an existing SparkContext."""
    t0 = time.time()
    crawl.prepare(opts)
    out = crawl._Out(opts.out)
    todo = [s for s in sources if not out.exists(f"_manifest/{crawl.file_id(s)}.json")]
    results = []
    if todo:
        n = partitions or len(todo)
        results = sc.parallelize(todo, min(n, len(todo))).mapPartitions(_task(opts)).collect()
    summary = crawl.finish(opts, sources)
    summary["skipped_done"] = len(sources) - len(todo)
    summary["task_cpu_s"] = round(sum(r.get("cpu_s") or 0 for r in results), 3)
    summary["wall_s"] = round(time.time() - t0, 3)
    return summary


def main(argv=None):
    a = parse_args(argv)
    from pyspark.sql import SparkSession
    sources = list(a.inputs)
    if a.input_list:
        sources += read_list(a.input_list)
    sources = list(dict.fromkeys(sources))
    opts = options_from(a)
    builder = SparkSession.builder.appName(a.app_name)
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    try:
        summary = run_job(spark.sparkContext, sources, opts, a.partitions)
    finally:
        spark.stop()
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

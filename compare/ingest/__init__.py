"""Stage ingest: files (txt, md, html, json, jsonl, csv, a manifest) -> ``documents``.

    from compare import db
    from compare.ingest import ingest_paths
    con = db.connect("compare.duckdb")
    report = ingest_paths(con, ["data/sample"], manifest="data/sample/manifest.csv")
    print(report.summary())   # ingested 24, unchanged 0, republications 2, skipped 0

Modules: ``readers`` (finding files, formats, encodings), ``html`` (trafilatura),
``boilerplate`` (page chrome, headline, dateline, teasers), ``metadata`` (field aliases, dates,
outlets), ``rules`` (the data files in ``compare/rules/``), ``core`` (batching, the transaction).
"""

from compare.ingest.core import DEFAULT_MAX_BYTES, IngestReport, ingest_paths

__all__ = ["DEFAULT_MAX_BYTES", "IngestReport", "ingest_paths"]

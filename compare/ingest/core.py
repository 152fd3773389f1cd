"""``ingest_paths``: read files into ``documents`` in one transaction, in streamed batches."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import multiprocessing
import os
import signal
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import duckdb

from compare import db, engine, hashing
from compare.ingest import metadata
from compare.ingest.boilerplate import clean
from compare.ingest.language import detect_languages
from compare.ingest.readers import STREAMED, Problem, Record, discover, file_type, read_source
from compare.ingest.rules import Rules, load_rules
from compare.progress import Progress, no_progress

DEFAULT_MAX_BYTES = 20_000_000  # per file read whole (.txt .md .html .json) or per JSONL line
BATCH = 1000
PARALLEL_FROM = 500  # files; below this, worker processes cost more than they save
MAX_WORKERS = 4
WINDOW = 256  # files handed to the worker processes at a time
ENGINE_BATCH = 32  # files per item on an engine other than local

COLUMNS = {  # documents column -> DuckDB type of the batch file
    "doc_id": "varchar", "text_hash": "varchar", "republished_from": "varchar",
    "outlet": "varchar", "outlet_domain": "varchar", "url": "varchar", "title": "varchar",
    "published_at": "timestamp", "published_raw": "varchar", "retrieved_at": "timestamp",
    "author": "varchar",
    "language": "varchar", "source_path": "varchar", "source_line": "integer", "text": "varchar",
    "teasers": "struct(char_start integer, char_end integer)[]", "n_chrome_lines": "integer",
}


@dataclass
class IngestReport:
    """What one ingest did. ``republications`` counts new documents whose text was already
    stored under another outlet or URL (they are included in ``ingested``)."""

    ingested: int = 0
    unchanged: int = 0
    republications: int = 0
    skipped: int = 0
    ignored: int = 0  # files in a manifest's folder that the manifest does not list
    warnings: list[str] = field(default_factory=list)
    skip_reasons: Counter = field(default_factory=Counter)
    doc_ids: list[str] = field(default_factory=list)  # documents added by this ingest

    def summary(self) -> str:
        """One line, e.g. ``ingested 24, unchanged 0, republications 2, skipped 1
        (1 empty document)``."""
        text = (f"ingested {self.ingested}, unchanged {self.unchanged}, "
                f"republications {self.republications}, skipped {self.skipped}")
        if self.skip_reasons:
            text += " (" + ", ".join(_count(n, reason) for reason, n in
                                     sorted(self.skip_reasons.items(), key=lambda kv: -kv[1])) + ")"
        if self.ignored:
            text += f"; {_count(self.ignored, 'file')} not in the manifest left out"
        return text


_PLURALS = {"CSV without a text column": "CSVs without a text column",
            "JSON item that is not an object": "JSON items that are not objects",
            "manifest row without a path": "manifest rows without a path",
            "file over the size limit": "files over the size limit",
            "record over the size limit": "records over the size limit",
            "file with bad front matter": "files with bad front matter",
            "item without a text field": "items without a text field"}


def _count(n: int, noun: str) -> str:
    """"1 empty document", "2 empty documents"."""
    if n == 1:
        return f"1 {noun}"
    return f"{n} {_PLURALS.get(noun, noun + 's')}"


def ingest_paths(con: duckdb.DuckDBPyConnection, paths: Iterable[str | os.PathLike], *,
                 manifest: str | os.PathLike | None = None, outlet: str | None = None,
                 strict: bool = False, progress: Progress = no_progress,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 rules: Sequence[str | os.PathLike] = (),
                 workers: int | None = 1) -> IngestReport:
    """Ingest files and folders (recursively) into ``documents``; return what happened.

    ``manifest``: a CSV (``path,outlet,url,published_at,title,...``, paths relative to it)
    whose rows are ingested with that metadata; files in its folder it does not list are left
    out. ``outlet``: the outlet of items that name none. ``strict``: the first bad item raises
    ``InputError`` and nothing is written. ``max_bytes``: size limit of a file read whole.
    ``rules``: extra boilerplate/outlet rule files (see ``compare/rules/README.md``).
    ``workers``: processes that read and clean files; 1 (the default) reads in this process;
    None: one per core, up to 4, when there are at least 500 files. Files are stored in input
    order whatever the number of workers. Worker processes are spawned, so a script that uses
    them needs the ``if __name__ == "__main__":`` guard.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    progress = progress or no_progress
    load_rules(rules)  # a bad rules file is an error before anything is read
    report = IngestReport()
    sources, problems, report.ignored, _ = discover(
        list(paths), Path(manifest) if manifest is not None else None)
    for problem in problems:
        _problem(report, problem, strict)
    total = len(sources)
    progress("ingest", 0, total)
    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if total >= PARALLEL_FROM else 1
    rule_files = tuple(str(r) for r in rules)
    jobs = ((source, max_bytes, outlet, rule_files) for source in sources)
    with contextlib.ExitStack() as stack:
        if engine.current().name != "local":
            results = _on_engine(list(jobs))
        elif workers > 1 and total > 1:
            # spawn, not fork: the parent holds DuckDB's threads and locks
            pool = stack.enter_context(multiprocessing.get_context("spawn").Pool(
                workers, initializer=_ignore_interrupts))
            results = _windowed(pool, jobs)
        else:
            results = map(_prepared, jobs)
        stack.enter_context(db.transaction(con))
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="compare-ingest-"))
        writer = _Writer(con, Path(tmp) / "batch.jsonl", report)
        for done, items in enumerate(results, 1):
            for item in items:
                if isinstance(item, Problem):
                    _problem(report, item, strict)
                else:
                    writer.add(item)
            progress("ingest", done, total)
        writer.flush()
        writer.relink()
        _name_outlets_by_domain(con)
    return report


def _name_outlets_by_domain(con: duckdb.DuckDBPyConnection) -> None:
    """An outlet known only by its domain takes the one name that other documents from that
    domain carry (a manifest named it once; a JSON record without an outlet gets the same)."""
    con.execute("""
        with named as (
            select outlet_domain, min(outlet) as outlet
            from documents
            where outlet_domain is not null and outlet is distinct from outlet_domain
            group by 1 having count(distinct outlet) = 1
        )
        update documents d set outlet = n.outlet
        from named n
        where d.outlet_domain = n.outlet_domain and d.outlet = d.outlet_domain""")


def _windowed(pool, jobs: Iterator[tuple]) -> Iterator[Iterable]:
    """Each file's rows and problems, in input order: files read whole go to the worker
    processes a window at a time (so results waiting for the database never pile up), JSONL,
    CSV and web archives are streamed in this process (they can be larger than memory)."""
    while window := list(itertools.islice(jobs, WINDOW)):
        whole = pool.imap(_read_and_prepare, [j for j in window if not _streamed(j)],
                          chunksize=8)
        for job in window:
            yield _prepared(job) if _streamed(job) else next(whole)


def _on_engine(jobs: list[tuple]) -> Iterator[Iterable]:
    """``_windowed`` on the current engine: files read whole go to its workers in batches of
    ``ENGINE_BATCH`` (the engine keeps a few batches per worker in flight)."""
    whole = [j for j in jobs if not _streamed(j)]
    batches = [whole[lo:lo + ENGINE_BATCH] for lo in range(0, len(whole), ENGINE_BATCH)]
    files = itertools.chain.from_iterable(
        engine.current().map(_read_batch, batches, stage="ingest"))
    for job in jobs:
        yield _prepared(job) if _streamed(job) else next(files)


def _read_batch(_, jobs: list[tuple]) -> list[list[dict | Problem]]:
    """The rows and problems of each file of a batch, each read whole (an engine's item)."""
    return [_read_and_prepare(job) for job in jobs]


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which rolls back and terminates them (a worker
    killed by it would leave the parent waiting for its results forever)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _streamed(job: tuple) -> bool:
    return file_type(job[0].path) in STREAMED


def _read_and_prepare(job: tuple) -> list[dict | Problem]:
    """The rows and problems of one file read whole (runs in a worker process)."""
    return list(_prepared(job))


def _prepared(job: tuple) -> Iterator[dict | Problem]:
    """The rows and problems of one input file, in order."""
    source, max_bytes, outlet, rule_files = job
    rules = load_rules(rule_files)
    for item in read_source(source, max_bytes=max_bytes):
        if isinstance(item, Problem):
            yield item
            continue
        notes: list[Problem] = []
        row = prepare(item, source.defaults, outlet=outlet, rules=rules, warn=notes.append)
        yield from notes
        yield row


def _problem(report: IngestReport, problem: Problem, strict: bool) -> None:
    if strict and not problem.quiet:
        raise problem.error()
    if not problem.quiet:
        report.warnings.append(str(problem))
    if problem.skipped:
        report.skipped += 1
        report.skip_reasons[problem.reason] += 1


def prepare(record: Record, defaults: dict, *, outlet: str | None, rules: Rules,
            warn=None) -> dict | Problem:
    """The ``documents`` row of one record (metadata precedence: the record's own fields,
    the manifest row (first for HTML pages, whose metadata is extracted), the ``outlet``
    option, then inference from the URL, the text and the dateline)."""
    own = {k: v for k, v in record.fields.items() if v not in (None, "")}
    given = {k: v for k, v in defaults.items() if v not in (None, "")}
    # An HTML page's metadata is extracted (guessed); a manifest row is the user's word.
    fields = {**own, **given} if record.kind == "html" else {**given, **own}
    if "text" in own:
        fields["text"] = own["text"]
    raw = fields.get("text")
    if raw is None or not str(raw).strip():
        return Problem(record.path, "empty document", "empty document", line=record.line,
                       hint="the text is empty; fill it in or remove the item")
    cleaned = clean(str(raw), title=fields.get("title"), rules=rules,
                    markdown=record.kind == "markdown",
                    paragraph_sep="\n\n" if record.kind == "html" else "\n")
    if not cleaned.text:
        return Problem(record.path, "empty document", "empty document", line=record.line,
                       hint="nothing is left after removing page chrome; remove the item")
    url = fields.get("url")
    domain = metadata.domain_of(url) or cleaned.cue_domain
    name = fields.get("outlet") or outlet or rules.outlet_for(domain)
    published_at, published_raw = metadata.parse_date(fields.get("published") or cleaned.dateline)
    retrieved_at, _ = metadata.parse_date(fields.get("retrieved"))
    text_hash = hashing.text_hash(cleaned.text)
    if published_raw is not None and warn is not None:
        warn(Problem(record.path, f"cannot parse the date {published_raw!r}, kept as written in "
                     "published_raw", "unparseable date", line=record.line,
                     hint="write dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM", skipped=False))
    return {
        "doc_id": hashing.digest(text_hash, name, url), "text_hash": text_hash,
        "republished_from": None, "outlet": name, "outlet_domain": domain, "url": url,
        "title": cleaned.title, "published_at": published_at.isoformat(sep=" ")
        if published_at else None, "published_raw": published_raw,
        "retrieved_at": retrieved_at.isoformat(sep=" ") if retrieved_at else None,
        "author": fields.get("author") or cleaned.author,
        "language": fields.get("language"),  # else detected when written (_Writer.flush)
        "source_path": record.path, "source_line": record.line, "text": cleaned.text,
        "teasers": [{"char_start": s, "char_end": e} for s, e in cleaned.teasers],
        "n_chrome_lines": cleaned.n_chrome_lines,
    }


class _Writer:
    """Buffers rows and inserts them a batch at a time through a JSONL file (fast, pandas-free)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, batch_file: Path, report: IngestReport):
        self.con, self.file, self.report = con, batch_file, report
        self.rows: list[dict] = []
        self.copied_hashes: set[str] = set()
        self.now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        rows, self.rows = self.rows, []
        if not rows:
            return
        # Which ids and texts are stored already: join against a small key file (passing Python
        # lists as parameters is slow in duckdb).
        self._write([{"doc_id": r["doc_id"], "text_hash": r["text_hash"]} for r in rows])
        keys = "read_json(?, format='newline_delimited', columns={doc_id: 'varchar', " \
               "text_hash: 'varchar'})"
        existing = {r[0] for r in self.con.execute(
            f"select doc_id from documents where doc_id in (select doc_id from {keys})",
            [str(self.file)]).fetchall()}
        first = dict(self.con.execute(
            "select text_hash, min(doc_id) from documents where republished_from is null "
            f"and text_hash in (select text_hash from {keys}) group by 1",
            [str(self.file)]).fetchall())
        new = []
        for row in rows:
            if row["doc_id"] in existing:
                self.report.unchanged += 1
                continue
            existing.add(row["doc_id"])
            original = first.setdefault(row["text_hash"], row["doc_id"])
            if original != row["doc_id"]:
                row["republished_from"] = original
                self.report.republications += 1
                self.copied_hashes.add(row["text_hash"])
            new.append(row)
        if not new:
            return
        undetected = [row for row in new if not row["language"]]
        for row, language in zip(undetected, detect_languages([r["text"] for r in undetected])):
            row["language"] = language
        self._write(new)
        columns = ", ".join(COLUMNS)
        types = ", ".join(f"{name}: '{kind}'" for name, kind in COLUMNS.items())
        self.con.execute(
            f"insert into documents ({columns}, ingested_at) select {columns}, ?::timestamp "
            f"from read_json(?, format='newline_delimited', columns={{{types}}})",
            [self.now, str(self.file)])
        self.report.ingested += len(new)
        self.report.doc_ids.extend(r["doc_id"] for r in new)

    def _write(self, rows: list[dict]) -> None:
        with self.file.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False))
                f.write("\n")

    def relink(self) -> None:
        """Point every copy of a text republished in this ingest at its earliest publication."""
        if not self.copied_hashes:
            return
        self._write([{"text_hash": h} for h in sorted(self.copied_hashes)])
        self.con.execute("""
            with copies as (
                select doc_id, text_hash,
                    first_value(doc_id) over (partition by text_hash order by
                        published_at nulls last, ingested_at, republished_from nulls first,
                        doc_id) as original
                from documents where text_hash in (select text_hash from read_json(?,
                    format='newline_delimited', columns={text_hash: 'varchar'}))
            )
            update documents d
            set republished_from = case when c.original = d.doc_id then null else c.original end
            from copies c
            where c.doc_id = d.doc_id
              and d.republished_from is distinct from
                  (case when c.original = d.doc_id then null else c.original end)
            """, [str(self.file)])

"""Stage extract: documents -> claims with kinds, speakers and cues (see docs/architecture.md).

Usage::

    from compare import db
    from compare.claims import extract_claims, extract_from_text
    con = db.connect("compare.duckdb")
    print(extract_claims(con).summary())          # only documents not yet extracted
    for c in extract_from_text("“We won,” Jane Doe said.", title="Doe: we won"):
        print(c.kind, c.speaker, c.cue)
"""

from __future__ import annotations

import contextlib
import functools
import gc
import time
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterator, Sequence

import duckdb
import numpy as np

from compare import db, engine
from compare.claims.corpus_roles import resolve_roles_across_documents
from compare.claims.extract import Claim, extract_from_text
from compare.claims.speaker_names import name_words, romanised_key
from compare.claims.speakers import (SpeakerRef, adopt_latin_spellings, apply_speaker_edits,
                                     register_speakers)
from compare.hashing import digest, text_hash
from compare.progress import Progress, no_progress

EXTRACTION_VERSION = 30  # raise it when a change of code changes what documents give
_RULE_FILES = ("cues.tsv", "cue_forms.tsv", "roles.txt", "titles.txt", "organisations.txt",
               "organisation_names.txt", "person_names.txt", "countries.txt", "given_names.txt")


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """The extractor a document's claims came from (``extractions.extractor``): the code's
    ``EXTRACTION_VERSION`` and the rule files it reads. Claims of another extractor stay until
    `compare extract --all`; `compare status` counts them."""
    rules = resources.files("compare").joinpath("rules")
    return "rules-" + digest(EXTRACTION_VERSION,
                             *(rules.joinpath(f).read_text(encoding="utf-8") for f in _RULE_FILES))

__all__ = ["Claim", "ExtractReport", "SpeakerRef", "extract_claims", "extract_from_text"]


@dataclass
class ExtractReport:
    """What one ``extract_claims`` call did."""

    n_docs: int = 0
    n_claims: int = 0
    n_attributed: int = 0  # quote and reported claims with a resolved speaker
    n_speech: int = 0      # quote and reported claims
    warnings: list[str] = field(default_factory=list)  # documents over the time budget

    def summary(self) -> str:
        return (f"Extracted {self.n_claims} claims from {self.n_docs} documents "
                f"({self.n_speech} quoted or reported, {self.n_attributed} of them with a "
                f"speaker).")


def extract_claims(con: duckdb.DuckDBPyConnection, *, doc_ids: Sequence[str] | None = None,
                   progress: Progress = no_progress) -> ExtractReport:
    """Extract claims of the documents not yet extracted (or of ``doc_ids``, re-extracted)."""
    if doc_ids is None:
        rows = con.execute(
            "select doc_id, text, title, teasers from documents where doc_id not in "
            "(select doc_id from extractions) order by doc_id").fetchall()
    else:
        ids = list(dict.fromkeys(doc_ids))
        rows = con.execute(
            "select doc_id, text, title, teasers from documents where list_contains(?, doc_id) "
            "order by doc_id", [ids]).fetchall() if ids else []
    report = ExtractReport()
    total = len(rows)
    progress("extract", 0, total)
    with db.transaction(con):
        if rows:
            done = [r[0] for r in rows]
            con.execute("delete from claims where list_contains(?, doc_id)", [done])
            con.execute("delete from extractions where list_contains(?, doc_id)", [done])
            con.execute("delete from people_named where list_contains(?, doc_id)", [done])
        batches = [rows[lo:lo + BATCH] for lo in range(0, total, BATCH)]
        done = 0
        for batch in engine.current().map(_extract_batch, batches, stage="extract"):
            for doc_id, _, title, size, seconds, _ in batch:
                if seconds > SLOW_DOCUMENT_SECONDS:
                    report.warnings.append(
                        f"document {doc_id} ({title or 'untitled'}): {size / 1e6:.1f} MB of text "
                        f"took {seconds:.0f} s to extract (is it one article? split exports into "
                        "one article per record)")
            with _cyclic_gc_paused():
                _write(con, [(doc_id, claims) for doc_id, claims, *_ in batch], report)
                _write_people(con, [(doc_id, people) for doc_id, _, _, _, _, people in batch])
            done += len(batch)
            progress("extract", done, total)
        if rows:
            adopt_latin_spellings(con)
        apply_speaker_edits(con)
        if rows:  # (a run with nothing to extract changes no role's holders)
            resolve_roles_across_documents(con)
    return report


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The cyclic garbage collector waits while a batch is extracted and while it is written:
    the claims it builds live until then, and collections that scan them (and the rules'
    caches) again and again cost 7 % of extraction and a third of writing
    (bench_extract_speed.py). Reference counting frees the rest as usual."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _extract_batch(_, rows: list[tuple]) -> list[tuple]:
    """(doc_id, claims, title, characters, seconds, people) of each (doc_id, text, title,
    teasers) row: an engine's item, written by the caller."""
    out = []
    with _cyclic_gc_paused():
        for doc_id, text, title, teasers in rows:
            started = time.perf_counter()
            people: list[str] = []
            claims = extract_from_text(text or "", title=title, teasers=teasers or (),
                                       people=people)
            out.append((doc_id, claims, title, len(text or ""), time.perf_counter() - started,
                        people))
    return out


BATCH = 500  # documents per set-based write
SLOW_DOCUMENT_SECONDS = 10.0  # a document taking longer is reported (about 3 MB of text)


def _write(con: duckdb.DuckDBPyConnection, batch: list[tuple[str, list[Claim]]],
           report: ExtractReport) -> None:
    """Claims, speakers and extractions rows of a batch of documents, in a few statements."""
    refs = [c.speaker for _, claims in batch for c in claims if c.speaker is not None]
    unique = list(dict.fromkeys(refs))  # the same ref (a speaker quoted twice) registers once
    by_ref = dict(zip(unique, register_speakers(con, unique))) if unique else {}
    ids = iter([by_ref[r] for r in refs])
    out: list[tuple] = []
    for doc_id, claims in batch:
        seen = set()
        for seq, c in enumerate(claims):
            speaker_id = next(ids) if c.speaker is not None else None
            claim_id = digest(doc_id, c.char_start, c.char_end)
            if claim_id in seen:
                continue
            seen.add(claim_id)
            out.append((
                claim_id, doc_id, seq, c.paragraph, c.char_start, c.char_end, c.text,
                text_hash(c.text), c.kind, speaker_id, c.speaker_mention, c.cue, c.cue_lemma,
                c.is_quote_fragment, c.said, c.via))
            if c.kind in ("quote", "reported"):
                report.n_speech += 1
                report.n_attributed += speaker_id is not None
        report.n_docs += 1
    _insert(con, "claims", _COLUMNS, out)
    report.n_claims += len(out)
    fingerprint = extractor_fingerprint()
    _insert(con, "extractions", ("doc_id", "extractor"), [(d, fingerprint) for d, _ in batch])


def _write_people(con: duckdb.DuckDBPyConnection, batch: list[tuple[str, list[str]]]) -> None:
    """``people_named`` rows of a batch: the Latin names each document gives people, with the
    romanised key of their last word (what a Cyrillic speaker's surname is looked up by)."""
    _insert(con, "people_named", ("doc_id", "name", "surname_key"), [
        (doc_id, name, romanised_key(words[-1]))
        for doc_id, people in batch for name in people if (words := name_words(name))])


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
            rows: list[tuple]) -> None:
    """Rows into ``table`` in one statement, through columns of Python objects that DuckDB
    scans directly (a JSON parameter took 10 times as long to parse; ``executemany`` converts
    row by row)."""
    if not rows:
        return
    view = f"_{table}_rows"
    # DuckDB reads an object column's type from a sample of its values and fails when the
    # sample holds only None ("via" in a batch where a few of thousands of claims name a
    # relay): a column with None is written filled, with a mask of where the NULLs are; a
    # column of nothing but NULLs is left to the table's default
    data, selects = {}, []
    for name, values in zip(columns, zip(*rows)):
        known = next((v for v in values if v is not None), None)
        if known is None:
            continue
        if any(v is None for v in values):
            fill = type(known)()  # "", 0, False
            data[name] = np.array([fill if v is None else v for v in values], dtype=object)
            data[f"{name}__null"] = np.array([v is None for v in values], dtype=bool)
            selects.append(f"case when {name}__null then null else {name} end")
        else:
            data[name] = np.array(values, dtype=object)
            selects.append(name)
    names = [n for n in data if not n.endswith("__null")]
    con.register(view, data)
    try:
        con.execute(f"insert into {table} ({', '.join(names)}) select {', '.join(selects)} "
                    f"from {view}")
    finally:
        con.unregister(view)


_COLUMNS = ("claim_id", "doc_id", "seq", "paragraph", "char_start", "char_end", "text",
            "text_hash", "kind", "speaker_id", "speaker_mention", "cue", "cue_lemma",
            "is_quote_fragment", "content", "via")

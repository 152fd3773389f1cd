"""The codebook tables: import a codebook file, list and find its narratives."""

from __future__ import annotations

import difflib
from pathlib import Path

import duckdb

from compare import db
from compare.errors import CompareError, InputError
from compare.narratives.codebook import Codebook, read_codebook


def import_codebook(con: duckdb.DuckDBPyConnection, path: str | Path) -> dict:
    """Read, check and store the codebook in ``path`` (one transaction: a bad file changes
    nothing). Re-importing a codebook of the same name replaces its entries: entries gone from
    the file lose their scores (the analyst's labels are kept, should the id come back).
    Returns what changed: ``codebook_id``, ``added``, ``changed``, ``removed``, ``unchanged``."""
    book = read_codebook(path)
    ids = [e.narrative_id for e in book.entries]
    taken = con.execute("select narrative_id, codebook_id from narratives "
                        "where list_contains(?, narrative_id) and codebook_id <> ?",
                        [ids, book.codebook_id]).fetchall()
    if taken:
        line = next(e.line for e in book.entries if e.narrative_id == taken[0][0])
        raise InputError(book.path, f"narrative id {taken[0][0]!r} already belongs to codebook "
                         f"{taken[0][1]!r}", line=line, hint="ids are unique across codebooks")
    before = dict(con.execute("select narrative_id, entry_hash from narratives "
                              "where codebook_id = ?", [book.codebook_id]).fetchall())
    with db.transaction(con):
        _write(con, book)
    now = {e.narrative_id: e.entry_hash for e in book.entries}
    return {"codebook_id": book.codebook_id, "version": book.version,
            "content_hash": book.content_hash,
            "added": [i for i in now if i not in before],
            "changed": [i for i in now if i in before and before[i] != now[i]],
            "removed": [i for i in before if i not in now],
            "unchanged": [i for i in now if before.get(i) == now[i]]}


def _write(con: duckdb.DuckDBPyConnection, book: Codebook) -> None:
    gone = con.execute("select narrative_id from narratives where codebook_id = ? and not "
                       "list_contains(?, narrative_id)",
                       [book.codebook_id, [e.narrative_id for e in book.entries]]).fetchall()
    if gone:
        con.execute("delete from claim_narratives where list_contains(?, narrative_id)",
                    [[g[0] for g in gone]])
    con.execute("delete from narratives where codebook_id = ?", [book.codebook_id])
    con.execute("delete from codebooks where codebook_id = ?", [book.codebook_id])
    con.execute("insert into codebooks (codebook_id, path, version, content_hash, n_narratives) "
                "values (?, ?, ?, ?, ?)", [book.codebook_id, str(Path(book.path).resolve()),
                                           book.version, book.content_hash, len(book.entries)])
    con.executemany("""insert into narratives (narrative_id, codebook_id, position, label,
                           description, examples, counter_examples, speakers, outlets,
                           entry_hash, source_line)
                       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [[e.narrative_id, book.codebook_id, k, e.label, e.description,
                      list(e.examples), list(e.counter_examples), list(e.speakers),
                      list(e.outlets), e.entry_hash, e.line]
                     for k, e in enumerate(book.entries)])


LIST_COLUMNS = ("narrative_id", "label", "codebook", "examples", "counter_examples",
                "n_claims", "n_outlets", "n_speakers", "first_seen", "last_seen")


def list_narratives(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[tuple]]:
    """One row per codebook narrative with how widely it is carried (``narrative_matches``)."""
    rows = con.execute("""
        select n.narrative_id, n.label, n.codebook_id, len(n.examples), len(n.counter_examples),
               count(distinct m.claim_id), count(distinct m.outlet),
               count(distinct m.speaker_id), min(m.published_at)::date,
               max(m.published_at)::date
        from narratives n left join narrative_matches m on m.narrative_id = n.narrative_id
        group by all order by n.codebook_id, any_value(n.position)""").fetchall()
    return list(LIST_COLUMNS), rows


def codebook_rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(codebook_id, version, content_hash, n_narratives, imported_at, path) per codebook."""
    return con.execute("select codebook_id, version, content_hash, n_narratives, imported_at, "
                       "path from codebooks order by codebook_id").fetchall()


def find_narrative(con: duckdb.DuckDBPyConnection, key: str) -> dict:
    """The narrative with id ``key`` (or the one whose id starts with it); a one-line error
    that names close ids otherwise."""
    cols = ["narrative_id", "codebook_id", "label", "description", "examples",
            "counter_examples", "speakers", "outlets"]
    rows = con.execute(f"select {', '.join(cols)} from narratives where narrative_id = ? "
                       "or starts_with(narrative_id, ?) order by narrative_id",
                       [key, key]).fetchall()
    exact = [r for r in rows if r[0] == key]
    if exact or len(rows) == 1:
        return dict(zip(cols, (exact or rows)[0]))
    if rows:
        raise CompareError(f"{key!r} is ambiguous: it starts {len(rows)} narrative ids "
                           f"({', '.join(r[0] for r in rows[:5])})")
    known = [r[0] for r in con.execute("select narrative_id from narratives").fetchall()]
    if not known:
        raise CompareError("no codebook imported yet (run `compare narratives import FILE`)")
    close = difflib.get_close_matches(key, known, n=3, cutoff=0.5)
    raise CompareError(f"no narrative {key!r}" + (f" (did you mean: {', '.join(close)}?)" if close
                                                   else " (see `compare narratives list`)"))

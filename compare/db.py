"""Open the DuckDB store, apply numbered migrations, and wrap stage writes in one transaction.

Usage::

    from compare import db
    con = db.connect("compare.duckdb")          # creates and migrates the file if needed
    with db.transaction(con):
        con.execute("insert into documents ...")  # rolled back on any exception, Ctrl-C included
"""

from __future__ import annotations

import contextlib
import os
import time
import warnings
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

import duckdb

from compare.errors import CompareError

DEFAULT_DB = "compare.duckdb"
ENV_DB = "COMPARE_DB"


def resolve_path(path: str | os.PathLike | None = None) -> str:
    """The database path: the argument, else ``$COMPARE_DB``, else ``./compare.duckdb``."""
    if path is None or str(path) == "":
        path = os.environ.get(ENV_DB) or DEFAULT_DB
    return str(path)


def _sql_files(folder: str) -> list[tuple[str, str]]:
    """(file name, text) of the package's ``folder/*.sql``, sorted by name."""
    root = resources.files("compare").joinpath(folder)
    files = sorted((p.name, p.read_text(encoding="utf-8")) for p in root.iterdir()
                   if p.name.endswith(".sql"))
    return files


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every numbered file in ``compare/migrations``."""
    out = []
    for name, sql in _sql_files("migrations"):
        number, _, rest = name.partition("_")
        out.append((int(number), rest.removesuffix(".sql"), sql))
    return out


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet recorded in ``schema_migrations``; return their versions."""
    con.execute("""create table if not exists schema_migrations (
        version integer primary key, name varchar not null,
        applied_at timestamp not null default current_timestamp)""")
    done = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    newest = max(v for v, _, _ in migrations())
    if done and max(done) > newest:
        raise CompareError(
            f"the database has schema version {max(done)}, newer than this compare knows "
            f"({newest}): upgrade compare (pip install -U compare) to open it")
    applied = []
    for version, name, sql in migrations():
        if version in done:
            continue
        with transaction(con):
            con.execute(sql)
            con.execute("insert into schema_migrations (version, name) values (?, ?)",
                        [version, name])
        applied.append(version)
    return applied


def is_compare_database(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a DuckDB file that compare made (it has ``schema_migrations``)."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return False
    try:
        return bool(con.execute("select count(*) from information_schema.tables where "
                                "table_name = 'schema_migrations'").fetchone()[0])
    finally:
        con.close()


def checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    """Move the write-ahead log into the database file, so a killed process loses nothing
    committed (and no WAL is left for DuckDB to replay, which some statements break)."""
    if con_path(con) != ":memory:":
        con.execute("checkpoint")


def con_path(con: duckdb.DuckDBPyConnection) -> str:
    """The file a connection writes to (":memory:" for an in-memory store)."""
    row = con.execute("select path from duckdb_databases() where database_name = "
                      "current_database()").fetchone()
    return row[0] if row and row[0] else ":memory:"


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the analyst views in ``compare/views`` (derived, so always safe to rebuild)."""
    with transaction(con):
        for _, sql in _sql_files("views"):
            con.execute(sql)


def connect(path: str | os.PathLike | None = None, *, read_only: bool = False,
            notice: Callable[[str], None] | None = None) -> duckdb.DuckDBPyConnection:
    """Open (and create, migrate, refresh views of) the database at ``path``.

    ``path=":memory:"`` gives a throwaway in-memory store, handy in notebooks and tests.
    ``notice`` receives one line when the database had to be recovered (default: a warning).
    """
    target = resolve_path(path)
    if target != ":memory:":
        parent = Path(target).expanduser().resolve().parent
        if not parent.is_dir():
            raise CompareError(f"{target}: the folder {parent} does not exist "
                               "(create it or choose another --db path)")
        if read_only and not Path(target).exists():
            raise CompareError(f"{target}: no such database (run `compare ingest` or "
                               "`compare demo` first, or pass --db)")
    con = _open(target, read_only, notice or (lambda line: warnings.warn(line, stacklevel=3)))
    if not read_only:
        try:
            applied = migrate(con)
            create_views(con)
        except BaseException:
            con.close()
            raise
        if applied:
            checkpoint(con)
    return con


def _open(target: str, read_only: bool, notice: Callable[[str], None]
          ) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect`` with one-line errors, and recovery from a write-ahead log that
    DuckDB cannot replay: the log is set aside (kept, renamed) and the database file, which
    holds every stage committed before the last checkpoint, is opened."""
    try:
        return duckdb.connect(target, read_only=read_only)
    except duckdb.IOException as exc:
        raise CompareError(f"{target}: cannot open the database: {_first_line(exc)} "
                           "(is another compare or duckdb process writing to it?)") from None
    except duckdb.Error as exc:
        wal = Path(target + ".wal")
        if "WAL" not in str(exc) or not wal.exists():
            raise CompareError(f"{target}: cannot open the database: {_first_line(exc)} "
                               "(is it a DuckDB file written by compare?)") from None
        if read_only:
            raise CompareError(
                f"{target}: the last session was killed and its log ({wal.name}) cannot be "
                "replayed; run `compare status` once (it opens the database for writing) to "
                "recover it") from None
        aside = wal.with_name(f"{wal.name}.unreplayable-{time.strftime('%Y%m%d-%H%M%S')}")
        wal.rename(aside)
        try:
            con = duckdb.connect(target)
        except duckdb.Error as exc2:
            aside.rename(wal)
            raise CompareError(f"{target}: cannot open the database even without its log: "
                               f"{_first_line(exc2)} (restore it from a backup)") from None
        notice(f"{target}: recovered after a killed session; its unreplayable log was kept as "
               f"{aside.name} (work after the last completed stage is lost: re-run it)")
        return con


def _first_line(exc: BaseException) -> str:
    return " ".join(str(exc).splitlines()[0].split()) if str(exc) else type(exc).__name__


_OPEN_TRANSACTIONS: set[int] = set()


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction: committed on success, rolled back on any exception or Ctrl-C.

    Nested use joins the outer transaction, so a stage can call helpers that also use it.
    """
    key = id(con)
    if key in _OPEN_TRANSACTIONS:
        yield con
        return
    con.execute("begin transaction")
    _OPEN_TRANSACTIONS.add(key)
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    else:
        _commit(con)
    finally:
        _OPEN_TRANSACTIONS.discard(key)
    checkpoint(con)


def _commit(con: duckdb.DuckDBPyConnection) -> None:
    """Commit; when Ctrl-C lands during the commit, say what really happened: the work is
    saved (``CommitInterrupted``) or rolled back (``KeyboardInterrupt``)."""
    try:
        con.execute("commit")
    except (KeyboardInterrupt, duckdb.Error, RuntimeError) as exc:
        interrupted = isinstance(exc, KeyboardInterrupt) or "interrupt" in str(exc).lower()
        try:
            con.execute("rollback")  # fails when the commit went through
        except (duckdb.Error, RuntimeError):
            if interrupted:
                raise CommitInterrupted() from None
            raise
        if interrupted:
            raise KeyboardInterrupt() from None
        raise


class CommitInterrupted(KeyboardInterrupt):
    """Ctrl-C arrived while a stage committed, after its work was saved."""


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per base table (migrations bookkeeping excluded)."""
    names = [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_type = 'BASE TABLE' "
        "and table_schema = 'main' and table_name <> 'schema_migrations' order by 1").fetchall()]
    return {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}

"""Named analyst queries: one ``.sql`` file per query in ``queries/`` with a header.

Usage::

    from compare.queries import list_queries, run_query
    for q in list_queries():
        print(q.name, q.description)
    columns, rows = run_query(con, "cue_verbs_by_outlet_and_speaker", {"speaker": "Peskov"})

A query file starts with its header (see docs/queries.md)::

    -- name: cluster_coverage
    -- Which outlets carry each cluster, with their claims and speakers.
    -- params: level = 'claim' (claim | narrative), min_outlets = 1
    -- reads: claims_full, clusters

Parameters appear in the SQL as DuckDB named parameters (``$min_outlets``). A parameter without
a default is required. The queries shipped with compare live in ``queries/`` at the root of the
checkout (an installed wheel has them as ``compare/_queries``, see ``compare/bundled.py``);
folders named in ``$COMPARE_QUERIES`` add queries (or replace one of the same name).
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import duckdb

from compare.bundled import QUERIES as BUNDLED
from compare.errors import QueryError

ENV_QUERIES = "COMPARE_QUERIES"

_HEADER = re.compile(r"^--\s*(name|params|reads)\s*:\s*(.*)$", re.IGNORECASE)
_PARAM = re.compile(r"\s*(\w+)\s*(?:=\s*('(?:[^']|'')*'|[^,(\s]+))?\s*(?:\(([^)]*)\))?\s*(?:,|$)")


@dataclass(frozen=True)
class Param:
    name: str
    default: Any = None
    required: bool = False
    help: str = ""

    def usage(self) -> str:
        """``name=default`` as the header writes it (``name=?`` when required)."""
        value = self.default
        if self.required:
            text = "?"
        elif value is None:
            text = "null"
        elif isinstance(value, bool):
            text = str(value).lower()
        elif isinstance(value, str):
            text = f"'{value}'"
        else:
            text = str(value)
        return f"{self.name}={text}"


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: dict[str, Param]
    reads: list[str]
    sql: str
    path: Path

    def usage(self) -> str:
        """The parameters with their defaults, as `compare query --list` shows them."""
        return ", ".join(p.usage() for p in self.params.values())


def _literal(text: str) -> Any:
    """A header default: null, true/false, an integer, a float, 'quoted' or a bare word."""
    low = text.lower()
    if low == "null":
        return None
    if low in ("true", "false"):
        return low == "true"
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:
        return text[1:-1].replace("''", "'")
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def _parse_params(text: str, path: Path) -> dict[str, Param]:
    text = text.strip()
    if text.lower() in ("", "none", "-"):
        return {}
    params: dict[str, Param] = {}
    pos = 0
    while pos < len(text):
        match = _PARAM.match(text, pos)
        if not match or match.end() == pos:
            raise QueryError(f"{path}: cannot read the params header at {text[pos:]!r} "
                             "(write: -- params: name = default (help), other = 2)")
        name, default, help_ = match.groups()
        params[name] = Param(name, _literal(default) if default is not None else None,
                             default is None, (help_ or "").strip())
        pos = match.end()
    return params


def parse_query(path: str | Path, text: str | None = None) -> Query:
    """Read one query file; a file without the full header raises ``QueryError``."""
    path = Path(path)
    text = path.read_text(encoding="utf-8") if text is None else text
    fields: dict[str, str] = {}
    description: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("--"):
            break
        match = _HEADER.match(stripped)
        if match:
            fields[match.group(1).lower()] = match.group(2).strip()
        elif "name" in fields and "params" not in fields:
            description.append(stripped.lstrip("-").strip())
    missing = [f for f in ("name", "params", "reads") if f not in fields]
    if missing or not " ".join(description).strip():
        what = ", ".join(f"-- {m}:" for m in missing) or "a description line after -- name:"
        raise QueryError(f"{path}: the query header lacks {what} (a query file starts with "
                         "-- name:, a description line, -- params: and -- reads:)")
    if fields["name"] != path.stem:
        raise QueryError(f"{path}: -- name: {fields['name']} differs from the file name "
                         f"{path.stem}")
    return Query(name=fields["name"], description=" ".join(d for d in description if d),
                 params=_parse_params(fields["params"], path),
                 reads=[r.strip() for r in fields["reads"].split(",") if r.strip()],
                 sql=text, path=path)


def query_dirs(extra: Sequence[str | os.PathLike] | None = None) -> list[Path]:
    """The folders searched, in order of precedence: ``extra``, $COMPARE_QUERIES, bundled."""
    env = [d for d in os.environ.get(ENV_QUERIES, "").split(os.pathsep) if d]
    return [Path(d).expanduser() for d in [*(extra or []), *env]] + [BUNDLED]


def list_queries(dirs: Sequence[str | os.PathLike] | None = None) -> list[Query]:
    """Every named query, sorted by name (a user folder's query replaces a bundled one)."""
    found: dict[str, Query] = {}
    for folder in reversed(query_dirs(dirs)):
        if folder.is_dir():
            for path in sorted(folder.glob("*.sql")):
                query = parse_query(path)
                found[query.name] = query
    return [found[name] for name in sorted(found)]


def load_query(name: str, dirs: Sequence[str | os.PathLike] | None = None) -> Query:
    """The query called ``name``; an unknown name lists the close matches."""
    queries = {q.name: q for q in list_queries(dirs)}
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, queries, n=5, cutoff=0.5)
    close += [q for q in queries if name.lower() in q and q not in close]
    hint = (f"did you mean: {', '.join(close[:5])}?" if close
            else "`compare query --list` shows them all")
    raise QueryError(f"no query named {name!r} ({hint})")


def _convert(param: Param, value: Any) -> Any:
    """A value given as text (``--param k=v``) converted to the type of the default."""
    if not isinstance(value, str):
        return value
    if value.lower() == "null":
        return None
    default = param.default
    try:
        if isinstance(default, bool):
            if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError
            return value.lower() in ("true", "1", "yes")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError:
        raise QueryError(f"parameter {param.name}: {value!r} is not a "
                         f"{type(default).__name__} (default {default!r})") from None
    return value


def bind_params(query: Query, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """The values of every declared parameter: given, else default; unknown or missing raise."""
    params = dict(params or {})
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        valid = ", ".join(query.params) or "none"
        raise QueryError(f"query {query.name}: unknown parameter {', '.join(unknown)} "
                         f"(its parameters: {valid})")
    values = {}
    for name, param in query.params.items():
        if name in params:
            values[name] = _convert(param, params[name])
        elif param.required:
            raise QueryError(f"query {query.name}: missing parameter {name} "
                             f"(pass --param {name}=VALUE)")
        else:
            values[name] = param.default
    return values


def _duckdb_message(exc: Exception) -> str:
    return " ".join(line.strip() for line in str(exc).splitlines() if line.strip())


def _query_error(exc: duckdb.Error, label: str) -> QueryError:
    """DuckDB's message on one line, naming ``label``, with a hint where one helps."""
    hint = ""
    if label.startswith("query ") and isinstance(exc, (duckdb.BinderException,
                                                       duckdb.CatalogException)):
        hint = (" (if an older compare made this database, any writing command such as "
                "`compare status` refreshes its views)")
    elif isinstance(exc, duckdb.PermissionException) and label == "sql":
        hint = " (compare sql reads and writes no files unless --allow-files is given)"
    return QueryError(f"{label}: {_duckdb_message(exc)}{hint}")


def execute(con: duckdb.DuckDBPyConnection, sql: str, params: Mapping[str, Any] | None = None,
            *, label: str = "sql") -> duckdb.DuckDBPyConnection:
    """Run ``sql``; a DuckDB error becomes a ``QueryError`` naming ``label``."""
    try:
        return con.execute(sql, dict(params) if params else None)
    except duckdb.Error as exc:
        raise _query_error(exc, label) from None


def relation(con: duckdb.DuckDBPyConnection, sql: str, params: Mapping[str, Any] | None = None,
             *, label: str = "sql") -> duckdb.DuckDBPyRelation | None:
    """``sql`` as a lazy DuckDB relation (``.df()``, ``write_parquet``); None for a statement
    that returns no rows (``create``, ``set``). Errors as in ``execute``."""
    try:
        return con.sql(sql, params=dict(params) if params else None)
    except duckdb.Error as exc:
        raise _query_error(exc, label) from None


def query_relation(con: duckdb.DuckDBPyConnection, name: str,
                   params: Mapping[str, Any] | None = None, *,
                   dirs: Sequence[str | os.PathLike] | None = None) -> duckdb.DuckDBPyRelation:
    """The named query as a DuckDB relation (``.df()``, ``.pl()``, ``.arrow()``)."""
    query = load_query(name, dirs)
    return relation(con, query.sql, bind_params(query, params), label=f"query {name}")


def run_query(con: duckdb.DuckDBPyConnection, name: str,
              params: Mapping[str, Any] | None = None, *,
              dirs: Sequence[str | os.PathLike] | None = None) -> tuple[list[str], list[tuple]]:
    """Run the named query with ``params`` (text values are converted); (columns, rows)."""
    rel = query_relation(con, name, params, dirs=dirs)
    try:
        return rel.columns, rel.fetchall()
    except duckdb.Error as exc:  # errors raised while rows are produced (casts, overflow)
        raise _query_error(exc, f"query {name}") from None

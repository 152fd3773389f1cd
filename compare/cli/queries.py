"""`compare query`, `compare sql`, `compare export` (read-only) and `compare frame`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from compare.cli.app import app, open_db, progress_bar, render_rows
from compare.errors import CompareError, QueryError

OUTPUT_FORMATS = ("table", "csv", "json", "parquet")
WIDE, TRANSPOSE_ROWS = 10, 8  # tables wider than WIDE columns, of at most 8 rows, are transposed

_FORMAT = typer.Option("table", "--format", "-f", help="table | csv | json | parquet (needs -o).")
_OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.")


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: write it as key=value")
        params[key.strip()] = value
    return params


def _emit(con, sql: str, params: dict, *, label: str, fmt: str, output: Optional[Path],
          title: str | None = None) -> None:
    """Run ``sql`` and print or write the result in ``fmt``."""
    import duckdb

    from compare.queries import execute, relation

    if fmt not in OUTPUT_FORMATS:
        raise CompareError(f"unknown format {fmt!r} (choose one of: {', '.join(OUTPUT_FORMATS)})")
    if fmt == "parquet":
        if output is None:
            raise CompareError("--format parquet writes a file: add -o FILE.parquet")
        rel = relation(con, sql, params, label=label)
        try:
            rel.write_parquet(str(output))
        except Exception as exc:  # duckdb.Error, OSError
            first = str(exc).splitlines()[0]
            raise QueryError(f"{label}: cannot write {output}: {first}") from None
        typer.echo(f"Wrote {output}", err=True)
        return
    cursor = execute(con, sql, params, label=label)
    columns = [d[0] for d in cursor.description or []]
    try:
        rows = cursor.fetchall() if columns else []
    except duckdb.Error as exc:  # errors raised while rows are produced (casts, overflow)
        raise QueryError(f"{label}: {' '.join(str(exc).split())}") from None
    if fmt == "table" and len(columns) > WIDE and 0 < len(rows) <= TRANSPOSE_ROWS:
        # A wide, short result (framing_by_outlet) reads better with one column per row.
        rows_t = [(col, *[row[i] for row in rows]) for i, col in enumerate(columns[1:], 1)]
        text = render_rows([columns[0], *[str(row[0]) for row in rows]], rows_t, fmt,
                           title=title)
    else:
        text = render_rows(columns, rows, fmt, title=title)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"Wrote {len(rows)} rows to {output}", err=True)


@app.command("query")
def query_cmd(
    ctx: typer.Context,
    name: Optional[str] = typer.Argument(None, help="Query name (see --list)."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the named queries."),
    param: List[str] = typer.Option([], "--param", "-p", help="key=value (repeatable)."),
    fmt: str = _FORMAT,
    output: Optional[Path] = _OUTPUT,
    show_sql: bool = typer.Option(False, "--show-sql", help="Print the SQL, do not run it."),
) -> None:
    """Run a named analyst query from queries/ (or $COMPARE_QUERIES); --list shows them."""
    from compare.queries import bind_params, list_queries, load_query

    if list_ or not name:
        rows = [(q.name, q.usage(), q.description) for q in list_queries()]
        typer.echo(render_rows(["name", "params", "description"], rows,
                               "table" if fmt == "parquet" else fmt), nl=False)
        return
    query = load_query(name)
    if show_sql:
        typer.echo(query.sql, nl=False)
        return
    values = bind_params(query, _parse_params(param))
    con = open_db(ctx, read_only=True)
    _emit(con, query.sql, values, label=f"query {name}", fmt=fmt, output=output, title=name)


@app.command("sql")
def sql_cmd(
    ctx: typer.Context,
    statement: str = typer.Argument(..., help='SQL, e.g. "select outlet, count(*) from '
                                    'claims_full group by 1".'),
    fmt: str = _FORMAT,
    output: Optional[Path] = _OUTPUT,
    allow_files: bool = typer.Option(False, "--allow-files", help="Let the SQL read and write "
                                     "files (read_csv, COPY ... TO); off by default."),
) -> None:
    """Run ad-hoc SQL against the database (read-only; no file access unless --allow-files)."""
    if not statement.strip():
        raise QueryError("sql: the statement is empty (e.g. compare sql \"select count(*) "
                         "from claims_full\")")
    con = open_db(ctx, read_only=True)
    if not allow_files:
        if fmt == "parquet" and output is not None:  # the one file this command writes
            target = str(output.expanduser().resolve()).replace("'", "''")
            con.execute(f"set allowed_paths = ['{target}']")
        con.execute("set enable_external_access = false")
    _emit(con, statement, {}, label="sql", fmt=fmt, output=output)


@app.command("export")
def export_cmd(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="Folder for the Parquet files (created if needed)."),
) -> None:
    """Write every table and view as FOLDER/<name>.parquet (pandas, polars, R, BI tools)."""
    from compare.queries import execute

    con = open_db(ctx, read_only=True)
    folder.mkdir(parents=True, exist_ok=True)
    names = con.execute("select table_name, table_type from information_schema.tables "
                        "where table_schema = 'main' order by table_type, table_name").fetchall()
    rows = []
    for name, kind in names:
        target = folder / f"{name}.parquet"
        quoted = str(target).replace("'", "''")
        execute(con, f"copy (select * from \"{name}\") to '{quoted}' (format parquet)",
                label=f"export {name}")
        n = con.execute(f'select count(*) from "{name}"').fetchone()[0]
        rows.append((name, "view" if kind == "VIEW" else "table", n, str(target)))
    typer.echo(render_rows(["name", "kind", "rows", "file"], rows, title="Exported"), nl=False)


@app.command("frame")
def frame_cmd(
    ctx: typer.Context,
    lexicons: List[Path] = typer.Option([], "--lexicons", help="Folder with your own lexicon "
                                        "files (repeatable; default: $COMPARE_LEXICONS)."),
) -> None:
    """Fill claim_framing (cue class, hedges, loaded terms, voice, speaker label)."""
    from compare.framing import frame_claims

    con = open_db(ctx)
    with progress_bar() as progress:
        n = frame_claims(con, lexicon_dirs=[str(p) for p in lexicons] or None, progress=progress)
    typer.echo(f"Framed {n} claims.")

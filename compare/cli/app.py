"""The typer app, the global ``--db`` option and helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
from typing import Iterator, Sequence

import click
import typer
from typer.core import TyperGroup

from compare.errors import CompareError


class CompareGroup(TyperGroup):
    """Turns library errors into one line on stderr and exit code 1 (no traceback); an
    unexpected error (a bug) too, its traceback written to a log file the line names."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CompareError as err:
            typer.echo(f"Error: {err}", err=True)
            raise typer.Exit(1) from None
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                typer.Exit, typer.Abort):
            raise
        except Exception as err:  # noqa: BLE001 (a bug: say so in one line, keep the details)
            if type(err).__module__.endswith("click.exceptions"):
                raise  # a usage error ("No such option"), from the click that typer vendors
                # (typer._click) as much as from click itself: click prints it with the usage
            log = _crash_log()
            typer.echo(f"Error: an unexpected error stopped the command ({type(err).__name__}: "
                       f"{str(err)[:200]}). What was saved before it is kept and a re-run is "
                       f"safe. Please report it with the details in {log}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt as stop:
            from compare.db import CommitInterrupted

            typer.echo("Interrupted: the stage in progress had just been saved; re-run the "
                       "command to do the rest." if isinstance(stop, CommitInterrupted) else
                       "Interrupted: the stage in progress was rolled back, nothing was written.",
                       err=True)
            raise typer.Exit(130) from None


def _crash_log() -> str:
    """The traceback of the exception being handled, written to a new file in the temporary
    folder; its path."""
    import tempfile
    import traceback

    fd, path = tempfile.mkstemp(prefix="compare-error-", suffix=".log")
    with open(fd, "w", encoding="utf-8") as out:
        out.write(f"compare {' '.join(sys.argv[1:])}\n\n{traceback.format_exc()}")
    return path


_TYPER_OPTIONS = {"cls": CompareGroup, "add_completion": False, "rich_markup_mode": None,
                  "pretty_exceptions_enable": False}  # one-line errors, plain help text

app = typer.Typer(
    help="Compare how outlets and speakers carry the same claims. "
         "Every command takes --db PATH (env COMPARE_DB, default ./compare.duckdb).",
    no_args_is_help=True, **_TYPER_OPTIONS)


def command_group(name: str, help: str, *, runs_alone: bool = False) -> typer.Typer:
    """A subcommand group of ``app`` (``compare NAME SUB ...``) with the app's error handling;
    ``runs_alone``: ``compare NAME`` without a subcommand runs the group's callback."""
    group = typer.Typer(help=help, invoke_without_command=runs_alone,
                        no_args_is_help=not runs_alone, **_TYPER_OPTIONS)
    app.add_typer(group, name=name)
    return group


@app.callback()
def _global_options(
    ctx: typer.Context,
    db: str = typer.Option(None, "--db", envvar="COMPARE_DB", metavar="PATH",
                           help="DuckDB file (default ./compare.duckdb)."),
    engine: str = typer.Option("local", "--engine", envvar="COMPARE_ENGINE",
                               metavar="local|ray",
                               help="Where the heavy stages run: this process, or Ray "
                                    "(docs/scale.md)."),
    address: str = typer.Option(None, "--address", envvar="COMPARE_RAY_ADDRESS",
                                metavar="ADDRESS",
                                help="An existing Ray cluster for --engine ray (default: "
                                     "start a local one)."),
) -> None:
    from compare import engine as engines

    ctx.obj = {"db": db}
    if engine not in engines.ENGINES:
        raise typer.BadParameter(f"choose one of: {', '.join(engines.ENGINES)}",
                                 param_hint="--engine")
    if engine != "local":
        ctx.with_resource(engines.use(engine, address=address))


def open_db(ctx: typer.Context, *, read_only: bool = False):
    """The connection for this invocation (created and migrated when writing)."""
    from compare import db

    root = ctx.find_root()
    path = (root.obj or {}).get("db")
    con = db.connect(path, read_only=read_only,
                     notice=lambda line: typer.echo(f"Note: {line}", err=True))
    root.call_on_close(con.close)  # so notebooks and later commands can open the file
    return con


@contextlib.contextmanager
def progress_bar(enabled: bool = True) -> Iterator:
    """A ``compare.progress.Progress`` callback drawing one rich bar per task on stderr."""
    if not enabled or not sys.stderr.isatty():
        yield lambda task, done, total: None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    bars = Progress(TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)
    tasks: dict[str, int] = {}

    def update(task: str, done: int, total: int | None) -> None:
        if task not in tasks:
            tasks[task] = bars.add_task(task, total=total)
        bars.update(tasks[task], completed=done, total=total)

    with bars:
        yield update


FORMATS = ("table", "csv", "json")


def render_rows(columns: Sequence[str], rows: Sequence[Sequence], fmt: str = "table",
                *, title: str | None = None, wide: str | None = None) -> str:
    """Rows as a plain-text table, CSV or JSON (a list of objects). ``wide``: the table column
    (a text) that gets the width the others leave."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows],
                          ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt != "table":
        raise CompareError(f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})")
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title and cell_text(title), show_lines=False, header_style="bold")
    for col in columns:
        if col == wide:
            table.add_column(cell_text(col), overflow="fold", ratio=1, min_width=20)
        else:
            table.add_column(cell_text(col), overflow="fold", max_width=14 if wide else None)
    for row in rows:
        table.add_row(*[cell_text(_plain(v)) for v in row])
    console = Console(file=io.StringIO(), width=max(100, _terminal_width()), record=True)
    console.print(table)
    return console.export_text()


def cell_text(value):
    """A table cell shown as written: database text is never read as rich markup ("[sic]")."""
    from rich.text import Text

    return Text("" if value is None else str(value))


def _plain(value):
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return value


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size((120, 40)).columns

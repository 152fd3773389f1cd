"""`compare clusters` and `compare show`."""

from __future__ import annotations

import typer

from compare.cli.app import FORMATS, app, cell_text, open_db, progress_bar, render_rows

_LABEL_WIDTH = 90


def print_clusters(con, *, level: str = "claim", min_outlets: int = 1, outlet: str | None = None,
                   speaker: str | None = None, limit: int | None = 20, fmt: str = "table") -> None:
    """Print the ranked clusters of the latest run of ``level`` (table, csv or json)."""
    from compare.cluster import list_clusters

    columns, rows = list_clusters(con, level=level, min_outlets=min_outlets, outlet=outlet,
                                  speaker=speaker, limit=limit)
    if fmt == "table":
        rows = [(r[0], _short(r[1]), *r[2:-1], r[-1] or "") for r in rows]
        title = f"{level.capitalize()} clusters (most outlets first)"
        if not rows:
            typer.echo(f"No {level} clusters with at least {min_outlets} outlet(s) match.")
            return
        typer.echo(_table(columns, rows, wide="label", title=title), nl=False)
    else:
        typer.echo(render_rows(columns, rows, fmt), nl=False)


def _short(text: str | None) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= _LABEL_WIDTH else text[:_LABEL_WIDTH - 1] + "\u2026"


@app.command()
def clusters(
    ctx: typer.Context,
    level: str = typer.Option("claim", help="claim (the same statement) or narrative "
                              "(the same gist from other speakers or occasions)."),
    min_outlets: int = typer.Option(1, "--min-outlets", help="Only clusters carried by at "
                                    "least N outlets."),
    outlet: str = typer.Option(None, help="Only clusters with a claim from this outlet "
                               "(substring of the name or domain)."),
    speaker: str = typer.Option(None, help="Only clusters with a claim by this speaker "
                                "(substring of the name)."),
    limit: int = typer.Option(20, help="At most N clusters (0: all)."),
    fmt: str = typer.Option("table", "--format", help=f"One of: {', '.join(FORMATS)}."),
    model: str = typer.Option(None, help="Embedding model (name or path); default: bundled "
                              "MiniLM; `static` for large corpora."),
    include_teasers: bool = typer.Option(False, "--include-teasers", help="Cluster related-link "
                                         "teasers too (left out by default)."),
    full: bool = typer.Option(False, "--full", help="Cluster every claim from scratch (by "
                              "default new claims update the latest run: they join or form "
                              "clusters, and old clusters are not split)."),
) -> None:
    """Run the missing stages, then list clusters of claims across outlets, most widespread
    first."""
    from compare.errors import CompareError
    from compare.pipeline import run_pipeline

    if level not in ("claim", "narrative"):
        raise CompareError(f"unknown level {level!r} (choose one of: claim, narrative)")
    if fmt not in FORMATS:
        raise CompareError(f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})")
    con = open_db(ctx)
    with progress_bar() as progress:
        run_pipeline(con, model=model, include_teasers=include_teasers, full=full,
                     progress=progress)
    print_clusters(con, level=level, min_outlets=min_outlets, outlet=outlet, speaker=speaker,
                   limit=limit, fmt=fmt)


@app.command()
def show(
    ctx: typer.Context,
    cluster_id: str = typer.Argument(..., help="A cluster id from `compare clusters` (or its "
                                     "first characters)."),
    fmt: str = typer.Option("table", "--format", help=f"One of: {', '.join(FORMATS)}."),
) -> None:
    """Each outlet's version of one cluster, side by side."""
    from compare.cluster import cluster_claims_rows, find_cluster
    from compare.errors import CompareError

    if fmt not in FORMATS:
        raise CompareError(f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})")
    con = open_db(ctx, read_only=True)
    found = find_cluster(con, cluster_id)
    columns, rows = cluster_claims_rows(con, found["run_id"], found["cluster_id"])
    if fmt != "table":
        typer.echo(render_rows(columns, rows, fmt), nl=False)
        return
    first = found["first_seen_at"].date() if found["first_seen_at"] else "?"
    last = found["last_seen_at"].date() if found["last_seen_at"] else "?"
    typer.echo(f"{found['level']} cluster {found['cluster_id']}: {found['label']}")
    typer.echo(f"keywords: {', '.join(found['keywords'] or [])} | {found['n_claims']} claims, "
               f"{found['n_docs']} documents, {found['n_outlets']} outlets, "
               f"{found['n_speakers']} speakers | first seen {first}, last seen {last}")
    typer.echo(_table(columns, rows, wide="text"), nl=False)


def _table(columns, rows, *, wide: str, title: str | None = None) -> str:
    """A rich table that gives the ``wide`` column most of the terminal width."""
    import io
    import shutil

    from rich.console import Console
    from rich.table import Table

    table = Table(title=title and cell_text(title), header_style="bold",
                  show_lines=wide == "text")
    widths = {"outlet": 18, "date": 10, "speaker": 18, "cue": 10, "kind": 9, "similarity": 5,
              "outlet_names": 24, "speakers": 24, "claims": 6, "outlets": 7}
    for col in columns:
        if col == wide:
            table.add_column(cell_text(col), ratio=1, min_width=30, overflow="fold")
        else:
            table.add_column(cell_text("sim" if col == "similarity" else col),
                             max_width=widths.get(col),
                             overflow="fold")
    for row in rows:
        table.add_row(*[cell_text(v) for v in row])
    width = max(100, shutil.get_terminal_size((140, 40)).columns)
    console = Console(file=io.StringIO(), width=width, record=True)
    console.print(table)
    return console.export_text()

"""`compare clusters` (the list; its edit subcommands are in ``cluster_edits.py``) and
`compare show`."""

from __future__ import annotations

import typer

from compare.cli.app import (FORMATS, app, command_group, cell_text, open_db, progress_bar,
                             render_rows)

clusters_app = command_group(
    "clusters",
    "Run the missing stages, then list clusters of claims across outlets, most widespread "
    "first; with a subcommand, edit them (edits are recorded and replayed after every "
    "run).",
    runs_alone=True)

_LABEL_WIDTH = 90
_SHOWN_LINKS = 20  # claim clusters listed under a narrative


def print_clusters(con, *, level: str = "claim", min_outlets: int = 1, outlet: str | None = None,
                   speaker: str | None = None, limit: int | None = 20, fmt: str = "table") -> None:
    """Print the ranked clusters of the latest run of ``level`` (table, csv or json)."""
    from compare.cluster import list_clusters

    columns, rows = list_clusters(con, level=level, min_outlets=min_outlets, outlet=outlet,
                                  speaker=speaker, limit=limit)
    if fmt == "table":
        from compare.cluster.browse import latest_run
        from compare.cluster.replay import cluster_marks

        edited = cluster_marks(con, latest_run(con, level), [r[0] for r in rows]) if rows else {}
        rows = [(r[0], _short(r[1]) + (" [edited]" if r[0] in edited else ""), *r[2:-1],
                 r[-1] or "") for r in rows]
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


@clusters_app.callback()
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
    first (with no subcommand)."""
    if ctx.invoked_subcommand is not None:
        return
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
    """Each outlet's version of one cluster, side by side, with the evidence that tied each
    version to the cluster."""
    from compare.cluster import cluster_claims_rows, find_cluster
    from compare.cluster.evidence import ClusterEvidence, cluster_evidence
    from compare.cluster.replay import cluster_marks
    from compare.errors import CompareError

    if fmt not in FORMATS:
        raise CompareError(f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})")
    con = open_db(ctx, read_only=True)
    found = find_cluster(con, cluster_id)
    columns, rows = cluster_claims_rows(con, found["run_id"], found["cluster_id"])
    evidence = cluster_evidence(con, found["run_id"], [found["cluster_id"]]).get(
        found["cluster_id"]) or ClusterEvidence(found["level"])
    if fmt != "table":
        typer.echo(render_rows(*_with_evidence(columns, rows, evidence), fmt), nl=False)
        return
    first = found["first_seen_at"].date() if found["first_seen_at"] else "?"
    last = found["last_seen_at"].date() if found["last_seen_at"] else "?"
    typer.echo(f"{found['level']} cluster {found['cluster_id']}: {found['label']}")
    typer.echo(f"keywords: {', '.join(found['keywords'] or [])} | {found['n_claims']} claims, "
               f"{found['n_docs']} documents, {found['n_outlets']} outlets, "
               f"{found['n_speakers']} speakers | first seen {first}, last seen {last}")
    edits = cluster_marks(con, found["run_id"], [found["cluster_id"]]).get(found["cluster_id"])
    if edits:
        typer.echo(f"edited by the analyst: {', '.join(edits)} (`compare clusters edits`)")
    typer.echo(_table(*_numbered(columns, rows, evidence), wide="text"), nl=False)
    if len(evidence.links) > 1:
        typer.echo(_claim_cluster_lines(evidence, _row_namer(rows)))


def _with_evidence(columns: list[str], rows: list[tuple], evidence) -> tuple[list, list]:
    """csv / json: the claim rows with the evidence as columns (partners named by claim id)."""
    narrative = evidence.level == "narrative"
    extra = ["evidence", "evidence_kind", "evidence_of", "evidence_score", "evidence_cosine"]
    at, out = columns.index("claim_id"), []
    for row in rows:
        claim_id = row[at]
        ev = evidence.members.get(claim_id)
        values = [ev.describe(), ev.kind, ev.partner, ev.score, ev.cosine] if ev else [None] * 5
        out.append((*row, *values) + ((evidence.claim_cluster.get(claim_id),) if narrative
                                      else ()))
    return columns + extra + (["claim_cluster"] if narrative else []), out


def _row_namer(rows: list[tuple]):
    """How the table names a version: "#N", its row number (claim_id: the rows' last column;
    a claim outside the rows by its short id)."""
    from compare.cluster.evidence import short_id

    names = {row[-1]: f"#{i}" for i, row in enumerate(rows, 1)}
    return lambda claim_id: names.get(claim_id) or short_id(claim_id)


def _numbered(columns: list[str], rows: list[tuple], evidence) -> tuple[list, list]:
    """The table: a row number first, the claim id left out, and under each version's text
    the evidence that tied it to the cluster (partners named by row number)."""
    name = _row_namer(rows)
    text = columns.index("text")
    out = []
    for i, row in enumerate(rows, 1):
        claim_id, cells = row[-1], list(row[:-1])
        cell = cell_text(cells[text])
        why = evidence.describe(claim_id, name)
        if why:
            cell.append(f"\n\u21b3 {why}", style="italic")
        cells[text] = cell
        out.append((str(i), *cells))
    return ["#", *columns[:-1]], out


def _claim_cluster_lines(evidence, name) -> str:
    """Narrative level: the claim clusters it joins, each with its strongest pair to another."""
    lines = [f"joins {len(evidence.links)} claim clusters:"]
    for link in evidence.links[:_SHOWN_LINKS]:
        versions = f"{link.n_claims} version{'' if link.n_claims == 1 else 's'}"
        lines.append(f"  {link.cluster_id} ({versions}): {_short(link.label or '')}")
        lines.append(f"      {link.describe(name)}")
    if len(evidence.links) > _SHOWN_LINKS:
        lines.append(f"  and {len(evidence.links) - _SHOWN_LINKS} more")
    return "\n".join(lines)


def _table(columns, rows, *, wide: str, title: str | None = None) -> str:
    """A rich table that gives the ``wide`` column most of the terminal width."""
    import io
    import shutil

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title and cell_text(title), header_style="bold",
                  show_lines=wide == "text")
    widths = {"#": 3, "outlet": 18, "date": 10, "speaker": 18, "cue": 10, "kind": 9,
              "similarity": 5, "outlet_names": 24, "speakers": 24, "claims": 6, "outlets": 7}
    for col in columns:
        if col == wide:
            table.add_column(cell_text(col), ratio=1, min_width=30, overflow="fold")
        else:
            table.add_column(cell_text("sim" if col == "similarity" else col),
                             max_width=widths.get(col),
                             overflow="fold")
    for row in rows:
        table.add_row(*[v if isinstance(v, Text) else cell_text(v) for v in row])
    width = max(100, shutil.get_terminal_size((140, 40)).columns)
    console = Console(file=io.StringIO(), width=width, record=True)
    console.print(table)
    return console.export_text()

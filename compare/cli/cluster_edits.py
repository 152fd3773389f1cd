"""`compare clusters merge|split|move|label|edits|undo`: the analyst's cluster edits."""

from __future__ import annotations

from typing import List

import typer

from compare.cli.app import FORMATS, open_db, render_rows
from compare.cli.clusters import clusters_app

_NOTE = typer.Option(None, "--note", help="Why (listed by `compare clusters edits`).")


def _done(result, did: str, nothing: str) -> None:
    """One line: what the edit did, or why nothing was needed."""
    number = f" (edit {result.edit.edit_id})" if result.edit.edit_id else ""
    typer.echo(f"{did}{number}." if result.is_new else f"Nothing to do: {nothing}{number}.")


@clusters_app.command()
def merge(
    ctx: typer.Context,
    target: str = typer.Argument(..., help="The cluster to keep (id or unique prefix)."),
    others: List[str] = typer.Argument(..., help="The clusters whose claims join it."),
    note: str = _NOTE,
) -> None:
    """Merge clusters OTHERS into TARGET (one level); TARGET keeps its id."""
    from compare.cluster.edits import merge_clusters
    from compare.report import plural

    result = merge_clusters(open_db(ctx), target, *others, note=note)
    _done(result, f"Merged {', '.join(result.edit.cluster_ids[1:])} into {result.cluster_id}: "
                  f"{plural(result.n_claims, 'claim')} moved",
          f"they are already one cluster, {result.cluster_id}")


@clusters_app.command()
def split(
    ctx: typer.Context,
    cluster_id: str = typer.Argument(..., help="The cluster (id or unique prefix)."),
    claims: List[str] = typer.Argument(..., help="Claims to split off: claim ids (or unique "
                                       "prefixes), or '#N', the N-th row of `compare show ID`."),
    note: str = _NOTE,
) -> None:
    """Split CLAIMS off a cluster into a cluster of their own."""
    from compare.cluster.edits import split_cluster
    from compare.report import plural

    result = split_cluster(open_db(ctx), cluster_id, claims, note=note)
    _done(result, f"Split {plural(result.n_claims, 'claim')} off {result.edit.cluster_ids[0]} "
                  f"into {result.cluster_id}",
          f"those claims already form {result.cluster_id}")


@clusters_app.command()
def move(
    ctx: typer.Context,
    claim: str = typer.Argument(..., help="The claim (id or unique prefix)."),
    to: str = typer.Option(..., "--to", help="The cluster it belongs to (id or unique prefix)."),
    note: str = _NOTE,
) -> None:
    """Move one claim to another cluster of the same level."""
    from compare.cluster.edits import move_claim

    result = move_claim(open_db(ctx), claim, to, note=note)
    claim_id = result.edit.claim_ids[0][:8]
    _done(result, f"Moved claim {claim_id} from {result.edit.cluster_ids[0]} to "
                  f"{result.cluster_id}",
          f"claim {claim_id} is already in {result.cluster_id}")


@clusters_app.command()
def label(
    ctx: typer.Context,
    cluster_id: str = typer.Argument(..., help="The cluster (id or unique prefix)."),
    text: str = typer.Argument(..., help="Its label (instead of the medoid claim's text)."),
    note: str = _NOTE,
) -> None:
    """Give a cluster the analyst's label."""
    from compare.cluster.edits import label_cluster

    result = label_cluster(open_db(ctx), cluster_id, text, note=note)
    _done(result, f"Labelled {result.cluster_id} {result.edit.label!r}",
          f"{result.cluster_id} already has that label")


@clusters_app.command()
def edits(
    ctx: typer.Context,
    level: str = typer.Option(None, help="Only the edits of this level (claim or narrative)."),
    fmt: str = typer.Option("table", "--format", help=f"Output: {' | '.join(FORMATS)}."),
) -> None:
    """List the cluster edits in replay order, and whether each is in force."""
    from compare.cluster.edits import LIST_COLUMNS, list_cluster_edits

    rows = list_cluster_edits(open_db(ctx, read_only=True), level=level)
    if not rows and fmt == "table":
        typer.echo("No cluster edits yet (compare clusters merge|split|move|label).")
        return
    typer.echo(render_rows(LIST_COLUMNS, [[r[c] for c in LIST_COLUMNS] for r in rows], fmt,
                           title="Cluster edits"), nl=False)


@clusters_app.command()
def undo(
    ctx: typer.Context,
    edit_id: int = typer.Argument(..., help="The edit's id (`compare clusters edits`)."),
) -> None:
    """Remove one edit; the others are replayed onto the latest runs (no new clustering)."""
    from compare.cluster.edits import describe_edit, undo_cluster_edit

    edit = undo_cluster_edit(open_db(ctx), edit_id)
    typer.echo(f"Undid edit {edit.edit_id} ({edit.action} {describe_edit(edit)}).")

"""`compare speakers` (list), `compare speakers merge A B`, `compare speakers rename A NAME`."""

from __future__ import annotations

import typer

from compare.cli.app import FORMATS, command_group, open_db, render_rows

speakers_app = command_group(
    "speakers",
    "List the speakers with their claims, roles and aliases; merge or rename them. "
    "Edits are recorded and replayed after every extraction.",
    runs_alone=True)


@speakers_app.callback()
def speakers(
    ctx: typer.Context,
    fmt: str = typer.Option("table", "--format", help=f"Output: {' | '.join(FORMATS)}."),
    limit: int = typer.Option(None, "--limit", min=1, help="Show at most this many speakers."),
) -> None:
    """List the speakers, most claims first (with no subcommand)."""
    if ctx.invoked_subcommand is not None:
        return
    from compare.claims.speaker_edits import LIST_COLUMNS, list_speakers

    rows = list_speakers(open_db(ctx, read_only=True), limit=limit)
    if not rows and fmt == "table":
        typer.echo("No speakers yet: run `compare extract` (or `compare clusters`) first.")
        return
    # the table leaves out the list of every role seen (csv and json have it) to stay readable
    columns = [c for c in LIST_COLUMNS if fmt != "table" or c != "roles"]
    typer.echo(render_rows(columns, [[r[c] for c in columns] for r in rows], fmt,
                           title="Speakers"), nl=False)


@speakers_app.command()
def merge(
    ctx: typer.Context,
    source: str = typer.Argument(..., help="Speaker to merge away (id, name or alias)."),
    target: str = typer.Argument(..., help="Speaker to keep (id, name or alias)."),
) -> None:
    """Merge speaker SOURCE into TARGET: its claims and aliases move to TARGET."""
    from compare.claims.speaker_edits import merge_speakers
    from compare.report import plural

    edit = merge_speakers(open_db(ctx), source, target)
    typer.echo(f"Merged {edit.source!r} into {edit.target!r} ({edit.speaker_id}): "
               f"{plural(edit.n_claims, 'claim')} moved.")


@speakers_app.command()
def rename(
    ctx: typer.Context,
    speaker: str = typer.Argument(..., help="Speaker to rename (id, name or alias)."),
    new_name: str = typer.Argument(..., help="The new canonical name."),
) -> None:
    """Give SPEAKER the canonical name NEW_NAME (the old name stays as an alias)."""
    from compare.claims.speaker_edits import rename_speaker
    from compare.report import plural

    edit = rename_speaker(open_db(ctx), speaker, new_name)
    typer.echo(f"Renamed {edit.source!r} to {edit.target!r} ({edit.speaker_id}, "
               f"{plural(edit.n_claims, 'claim')}).")

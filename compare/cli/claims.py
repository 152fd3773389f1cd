"""`compare extract [--doc-id ID]... [--all]`."""

from __future__ import annotations

from typing import List, Optional

import typer

from compare.cli.app import app, open_db, progress_bar


@app.command()
def extract(
    ctx: typer.Context,
    doc_ids: Optional[List[str]] = typer.Option(
        None, "--doc-id", help="Re-extract this document (repeatable); its old claims are "
        "replaced."),
    everything: bool = typer.Option(
        False, "--all", help="Re-extract every document (after changing the rules)."),
) -> None:
    """Split documents into claims (headline, quote, reported, narration, teaser) with speakers.

    Incremental: without options only documents not yet extracted are processed.
    """
    from compare.pipeline import extract_and_frame

    con = open_db(ctx)
    with progress_bar() as progress:
        report = extract_and_frame(con, doc_ids=doc_ids, everything=everything,
                                   progress=progress)
    for warning in report.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    typer.echo(report.summary())

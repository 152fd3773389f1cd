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
    from compare.claims import extract_claims
    from compare.errors import CompareError

    con = open_db(ctx)
    ids = list(doc_ids or [])
    if ids:
        known = {r[0] for r in con.execute(
            "select doc_id from documents where list_contains(?, doc_id)", [ids]).fetchall()}
        missing = [d for d in ids if d not in known]
        if missing:
            raise CompareError(f"no document with id {missing[0]} (see `compare sql \"select "
                               "doc_id, title from documents\"`)")
    elif everything:
        ids = [r[0] for r in con.execute("select doc_id from documents").fetchall()]
    with progress_bar() as progress:
        report = extract_claims(con, doc_ids=ids or None, progress=progress)
        from compare.framing import frame_claims  # framing follows the claims (issue 5)

        frame_claims(con, progress=progress)
    for warning in report.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    typer.echo(report.summary())

"""`compare ingest PATH... [--manifest FILE] [--outlet NAME] [--strict]`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from compare.cli.app import app, open_db, progress_bar


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Optional[List[Path]] = typer.Argument(
        None, metavar="PATH", show_default=False,
        help="Files and folders (recursive): .txt .md .html .htm .json .jsonl .csv, RSS/Atom "
        "(.rss .atom .xml), web archives (.warc .warc.gz .wacz), and "
        "manifest CSVs (a path column, no text column)."),
    manifest: Optional[Path] = typer.Option(
        None, "--manifest", help="CSV path,outlet,url,published_at,title,... (paths relative to "
        "it). Its rows are ingested with that metadata; other files in its folder are left out."),
    outlet: Optional[str] = typer.Option(
        None, "--outlet", help="Outlet of the articles that name none (before inference from "
        "the URL)."),
    strict: bool = typer.Option(
        False, "--strict", help="Any bad item is an error: exit 1, nothing written."),
    max_size: float = typer.Option(
        20.0, "--max-size", help="Size limit in MB of a file read whole (.txt .md .html .json "
        ".rss), of one JSONL line or of one web-archive page."),
    workers: int = typer.Option(
        1, "--workers", min=1, help="Processes that read and clean files (they cost CPU: "
        "more than 1 helps only where cores are idle)."),
    rules: Optional[List[Path]] = typer.Option(
        None, "--rules", help="Extra boilerplate/outlet rules file (YAML, repeatable; also "
        "$COMPARE_RULES)."),
) -> None:
    """Read articles into the documents table (re-ingesting the same files is a no-op)."""
    from compare.errors import CompareError
    from compare.ingest import ingest_paths

    if not paths and manifest is None:
        raise CompareError("nothing to ingest (give files or folders, or --manifest FILE)")
    missing = [str(p) for p in paths or [] if not p.exists() and not p.is_symlink()]
    if missing:
        raise CompareError(f"{missing[0]}: no such file or folder (check the path; nothing "
                           "was ingested)")
    if not max_size > 0 or max_size == float("inf"):
        raise CompareError(f"--max-size {max_size}: give a size in MB above 0, e.g. 20")
    con = open_db(ctx)
    with progress_bar() as progress:
        report = ingest_paths(con, paths or [], manifest=manifest, outlet=outlet, strict=strict,
                              progress=progress, max_bytes=int(max_size * 1_000_000),
                              rules=rules or (), workers=workers)
    for warning in report.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    typer.echo(report.summary())

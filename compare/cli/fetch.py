"""`compare fetch FILE [--rate S] [--retries N] [--user-agent UA] [--timeout S] [--outlet NAME]
[--refresh]`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from compare.cli.app import app, open_db, progress_bar


@app.command()
def fetch(
    ctx: typer.Context,
    url_file: Path = typer.Argument(
        ..., metavar="FILE", show_default=False,
        help="Text file with one http(s) URL per line (blank lines and # comments ignored)."),
    rate: float = typer.Option(
        1.0, "--rate", min=0.0, metavar="SECONDS",
        help="Seconds between two requests to one host (robots.txt's Crawl-delay when longer)."),
    retries: int = typer.Option(
        3, "--retries", min=0, help="Tries again after 429, 5xx, timeouts and connection "
        "errors, waiting 1, 2, 4... s (or the server's Retry-After)."),
    user_agent: Optional[str] = typer.Option(
        None, "--user-agent", metavar="UA", help="User-Agent sent and matched against "
        "robots.txt (default: compare/<version>; add a way to reach you)."),
    timeout: float = typer.Option(
        30.0, "--timeout", min=0.1, metavar="SECONDS",
        help="Seconds to wait for a server to connect or send data."),
    outlet: Optional[str] = typer.Option(
        None, "--outlet", help="Outlet of the pages (else inferred from the URL)."),
    refresh: bool = typer.Option(
        False, "--refresh", help="Fetch every URL again, even those already archived."),
) -> None:
    """Fetch web pages politely into a WARC beside the database, then ingest them."""
    from compare import db
    from compare.errors import CompareError, InputError
    from compare.fetch import DEFAULT_USER_AGENT, FetchInterrupted, fetch_urls, read_url_list

    urls, warnings = read_url_list(url_file)
    for warning in warnings:
        typer.echo(f"Warning: {warning}", err=True)
    if not urls:
        raise InputError(url_file, "no URLs to fetch", hint="write one http(s) URL per line")
    path = db.resolve_path((ctx.find_root().obj or {}).get("db"))
    if path == ":memory:":
        raise CompareError("compare fetch keeps its WARC beside the database: give --db a file")
    con = open_db(ctx)
    warc_dir = Path(path).with_name(Path(path).stem + "-warc")
    try:
        with progress_bar() as progress:
            report = fetch_urls(con, urls, warc_dir=warc_dir, rate=rate, retries=retries,
                                timeout=timeout, user_agent=user_agent or DEFAULT_USER_AGENT,
                                outlet=outlet, refresh=refresh, progress=progress)
    except FetchInterrupted as stop:
        kept = f"the responses fetched so far are in {stop.report.warc}" if stop.report.warc \
            else "nothing was fetched yet"
        typer.echo(f"Interrupted: {kept}; run the command again to fetch the rest and ingest "
                   "them.", err=True)
        raise typer.Exit(130) from None
    for line in report.notes:
        typer.echo(f"Note: {line}", err=True)
    for warning in report.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    typer.echo(report.summary())

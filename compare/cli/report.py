"""`compare report`: side-by-side claim reports as Markdown or one self-contained HTML file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import List, Optional

import typer

from compare.cli.app import app, open_db, progress_bar


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path`` and rename it over ``path``, so an
    interrupted run never leaves half a report."""
    from compare.errors import CompareError

    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise CompareError(f"{path}: the folder {folder} does not exist (create it or choose "
                           "another -o path)")
    if path.is_dir():
        raise CompareError(f"{path}: is a folder (give a file name, e.g. {path / 'report.html'})")
    try:  # the replaced file's permissions, else what a new file gets (umask)
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def report(
    ctx: typer.Context,
    cluster_ids: Optional[List[str]] = typer.Argument(
        None, help="Cluster ids (or their first characters) from `compare clusters`; "
                   "default: every cluster."),
    level: str = typer.Option("claim", help="claim (the same statement) or narrative "
                              "(the same gist from other speakers or occasions)."),
    min_outlets: int = typer.Option(1, "--min-outlets", help="Only clusters carried by at "
                                    "least N outlets."),
    outlet: Optional[List[str]] = typer.Option(None, "--outlet", help="Only clusters carried "
                                               "by this outlet (substring of the name or "
                                               "domain; repeat for any of several)."),
    speaker: str = typer.Option(None, help="Only clusters with a claim by this speaker "
                                "(substring of the name)."),
    fmt: str = typer.Option("md", "--format", help="md (Markdown) or html (one "
                            "self-contained file)."),
    limit: int = typer.Option(1000, help="At most N clusters, most widespread first (0: all; "
                              "the header says how many matched)."),
    output: Path = typer.Option(..., "-o", "--output", help="File to write (replaced "
                                "atomically); `-` prints to stdout."),
    narrative: Optional[List[str]] = typer.Option(
        None, "--narrative", help="Codebook narrative section: only this narrative (id or its "
                                  "first characters; repeat for several). Default: all, once "
                                  "a codebook is imported (docs/narratives.md)."),
    narrative_claims: Optional[int] = typer.Option(
        None, "--narrative-claims", help="At most N versions per codebook narrative, strongest "
                                         "evidence first (0: all; default: 100)."),
    model: str = typer.Option(None, help="Embedding model for stages still to run (name or "
                              "path); default: bundled MiniLM."),
) -> None:
    """Run the missing stages, then write a report that puts each outlet's version of a claim
    side by side: who said it, how it was framed, what changed against the cluster's medoid;
    with a codebook imported, each codebook narrative's coverage, speakers and versions."""
    from compare.errors import CompareError
    from compare.pipeline import run_pipeline, stage_status
    from compare.report import FORMATS, LEVELS, NARRATIVE_CLAIMS, render_report

    if fmt not in FORMATS:
        raise CompareError(f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})")
    if level not in LEVELS:
        raise CompareError(f"unknown level {level!r} (choose one of: {', '.join(LEVELS)})")
    con = open_db(ctx)
    # embeddings alone are not "missing": the clusters may have been built with another model
    missing = [s for s in stage_status(con, model=model) if s.pending and s.stage != "embed"]
    if missing:
        with progress_bar() as progress:
            run_pipeline(con, model=model, progress=progress)
    text = render_report(con, cluster_ids=cluster_ids or None, level=level,
                         min_outlets=min_outlets, outlets=outlet or None, speaker=speaker,
                         fmt=fmt, limit=limit or None, narrative_ids=narrative or None,
                         narrative_claims=(NARRATIVE_CLAIMS if narrative_claims is None
                                           else narrative_claims or None))
    if str(output) == "-":
        typer.echo(text, nl=False)
        return
    write_atomically(output, text)
    typer.echo(f"Wrote {output} ({fmt}, {len(text.encode('utf-8')) // 1024 + 1} KiB).", err=True)

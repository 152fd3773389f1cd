"""`compare demo` and `compare status`."""

from __future__ import annotations

from pathlib import Path

import typer

from compare.bundled import CODEBOOK, SAMPLE_CORPUS
from compare.cli.app import app, open_db, progress_bar, render_rows


@app.command()
def status(ctx: typer.Context) -> None:
    """Rows per table and which stages are out of date."""
    from compare import db
    from compare.pipeline import stage_status, stale_extractions

    con = open_db(ctx)
    counts = db.table_counts(con)
    typer.echo(render_rows(["table", "rows"], sorted(counts.items()), title="Tables"))
    rows = [(s.stage, "up to date" if s.pending == 0 else f"{s.pending} {s.detail}")
            for s in stage_status(con)]
    typer.echo(render_rows(["stage", "state"], rows, title="Stages"))
    if stale := stale_extractions(con):
        many = stale != 1
        typer.echo(f"{stale} document{'s were' if many else ' was'} extracted with other rules "
                   "than this version of compare uses: `compare extract --all` extracts "
                   f"{'them' if many else 'it'} again (speaker edits are kept).")


@app.command()
def demo(
    ctx: typer.Context,
    corpus: Path = typer.Option(SAMPLE_CORPUS, help="Folder with the sample corpus and its "
                                "manifest.csv."),
    fresh: bool = typer.Option(False, "--fresh", help="Delete the database file first."),
    codebook: Path = typer.Option(CODEBOOK, help="Codebook of narratives to import first "
                                  "(docs/narratives.md); default: the sample corpus's starter "
                                  "codebook, skipped when the file is missing."),
    model: str = typer.Option(None, help="Embedding model (name or path); default: bundled MiniLM."),
) -> None:
    """Ingest the bundled sample corpus, import its starter codebook and run every pipeline
    stage on it (the claims scored against the codebook included)."""
    from compare import db
    from compare.errors import CompareError
    from compare.ingest import ingest_paths
    from compare.pipeline import run_pipeline

    if not (corpus / "manifest.csv").is_file():
        raise CompareError(f"{corpus}: no sample corpus here (expected manifest.csv; pass "
                           "--corpus with the data/sample folder of a compare checkout)")
    path = db.resolve_path((ctx.find_root().obj or {}).get("db"))
    if fresh and path != ":memory:" and Path(path).exists():
        if not db.is_compare_database(path):
            raise CompareError(f"{path}: not a compare database, so --fresh will not delete it "
                               "(choose another --db path)")
        for suffix in ("", ".wal"):
            Path(path + suffix).unlink(missing_ok=True)
    con = open_db(ctx)
    with progress_bar() as progress:
        report = ingest_paths(con, [corpus], manifest=corpus / "manifest.csv", progress=progress)
        typer.echo(report.summary())
        if codebook.is_file():
            _import_codebook(con, codebook)
        run_pipeline(con, model=model, progress=progress)
    from compare.cli.clusters import print_clusters

    print_clusters(con, level="claim", min_outlets=2, limit=15)
    if codebook.is_file():
        from compare.cli.narratives import print_narratives
        from compare.narratives import list_narratives

        typer.echo("")
        print_narratives(con, *list_narratives(con))
    typer.echo(f"\nDatabase: {path}. Next: `compare clusters`, `compare show ID`, "
               "`compare narratives list`, `compare report --format html -o report.html`, "
               "`compare query --list`.")


def _import_codebook(con, path: Path) -> None:
    """Import the codebook; say so only when its entries changed (a re-run of the demo finds
    them unchanged, and nothing is scored again)."""
    from compare.narratives import import_codebook

    done = import_codebook(con, path)
    if done["added"] or done["changed"] or done["removed"]:
        typer.echo(f"Imported codebook {done['codebook_id']!r}: {len(done['added'])} added, "
                   f"{len(done['changed'])} changed, {len(done['removed'])} removed.")

"""`compare narratives import|list|score|show|review`: a codebook of named narratives."""

from __future__ import annotations

from pathlib import Path

import typer

from compare.cli.app import FORMATS, command_group, open_db, progress_bar, render_rows

narratives_app = command_group(
    "narratives",
    "Score claims against a codebook of narratives you name (docs/narratives.md): import "
    "it, list and show its narratives, review borderline claims.")

_MODEL = typer.Option(None, "--model", help="Embedding model (name or path); default: bundled "
                      "MiniLM.")


def _check_format(fmt: str) -> None:
    from compare.errors import CompareError

    if fmt not in FORMATS:
        raise CompareError(f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})")


def _read_only(ctx: typer.Context):
    """A read-only connection to a database that has the codebook tables."""
    from compare.errors import CompareError

    con = open_db(ctx, read_only=True)
    if not con.execute("select count(*) from information_schema.tables "
                       "where table_name = 'narrative_matches'").fetchone()[0]:
        raise CompareError("this database predates codebooks: run `compare status` once to "
                           "upgrade it, then `compare narratives import FILE`")
    return con


def _score(con, model: str | None, full: bool = False) -> None:
    from compare.narratives import score_narratives

    with progress_bar() as progress:
        report = score_narratives(con, model=model, full=full, progress=progress)
    typer.echo(report.summary())


@narratives_app.command("import")
def import_(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="Codebook file: .yaml/.yml or .csv."),
    score: bool = typer.Option(True, "--score/--no-score", help="Score the claims against it "
                               "right away (default)."),
    model: str = _MODEL,
) -> None:
    """Import (or update) a codebook; an edited file replaces the entries of the same codebook."""
    from compare.narratives import import_codebook

    con = open_db(ctx)
    done = import_codebook(con, path)
    parts = [f"{len(done[k])} {k}" for k in ("added", "changed", "removed", "unchanged")
             if done[k]]
    version = f"version {done['version']}, " if done["version"] else ""
    typer.echo(f"Imported codebook {done['codebook_id']!r} ({version}hash "
               f"{done['content_hash']}): {', '.join(parts)}.")
    if score:
        _score(con, model)


@narratives_app.command("list")
def list_(
    ctx: typer.Context,
    fmt: str = typer.Option("table", "--format", help=f"One of: {', '.join(FORMATS)}."),
) -> None:
    """The codebook narratives with how many claims, outlets and speakers carry them."""
    from compare.narratives import list_narratives

    _check_format(fmt)
    con = _read_only(ctx)
    columns, rows = list_narratives(con)
    if fmt != "table":
        typer.echo(render_rows(columns, rows, fmt), nl=False)
        return
    print_narratives(con, columns, rows)


def print_narratives(con, columns: list[str], rows: list[tuple]) -> None:
    """The codebooks and their narratives as a table (`narratives list`, `compare demo`)."""
    from compare.narratives import codebook_rows

    books = codebook_rows(con)
    if not books:
        typer.echo("No codebook yet: `compare narratives import FILE` (docs/narratives.md).")
        return
    for book_id, version, content_hash, n, imported_at, path in books:
        typer.echo(f"codebook {book_id}: {n} narratives, version {version or '-'}, hash "
                   f"{content_hash}, imported {imported_at:%Y-%m-%d %H:%M} from {path}")
    # the table leaves out the codebook and the example counts (csv and json have them)
    shown = [c for c in columns if c not in ("codebook", "examples", "counter_examples")]
    typer.echo(render_rows(shown, [[r[columns.index(c)] for c in shown] for r in rows],
                           "table", title="Narratives"), nl=False)


@narratives_app.command("score")
def score(
    ctx: typer.Context,
    full: bool = typer.Option(False, "--full", help="Score every claim again (by default only "
                              "claims not scored yet; all when the codebook, the labels or the "
                              "model changed)."),
    model: str = _MODEL,
) -> None:
    """Score the claims against the codebook (also run by `compare clusters` and `compare demo`)."""
    _score(open_db(ctx), model, full)


@narratives_app.command("show")
def show(
    ctx: typer.Context,
    narrative_id: str = typer.Argument(..., help="A narrative id (or its first characters)."),
    limit: int = typer.Option(50, "--limit", help="At most N claims (0: all)."),
    fmt: str = typer.Option("table", "--format", help=f"One of: {', '.join(FORMATS)} (csv and "
                            "json: the claims)."),
) -> None:
    """A narrative's claims: coverage by outlet over time, then the claims, strongest first."""
    from compare.narratives import narrative_evidence
    from compare.narratives.review import COVERAGE_COLUMNS, EVIDENCE_COLUMNS

    _check_format(fmt)
    found = narrative_evidence(_read_only(ctx), narrative_id, limit=limit or None)
    if fmt != "table":
        typer.echo(render_rows(EVIDENCE_COLUMNS, found["claims"], fmt), nl=False)
        return
    n = found["narrative"]
    typer.echo(f"narrative {n['narrative_id']} ({n['codebook_id']}): {n['label']}")
    typer.echo(f"  {n['description']}")
    if not found["claims"]:
        typer.echo("No claim carries it yet (run `compare narratives score`, or review near "
                   f"misses: `compare narratives review {n['narrative_id']}`).")
        return
    typer.echo(render_rows(COVERAGE_COLUMNS, found["coverage"], "table",
                           title="Outlets, first to carry it first"), nl=False)
    # the table shortens the ids (a prefix is enough for `review`) and leaves out the kind
    shown = [c for c in EVIDENCE_COLUMNS if c != "kind"]
    rows = [[str(r[0])[:10], *(r[EVIDENCE_COLUMNS.index(c)] for c in shown[1:])]
            for r in found["claims"]]
    typer.echo(render_rows(shown, rows, "table", wide="text",
                           title="Claims, strongest evidence first"), nl=False)


@narratives_app.command("review")
def review(
    ctx: typer.Context,
    narrative_id: str = typer.Argument(..., help="A narrative id (or its first characters)."),
    accept: list[str] = typer.Option(None, "--accept", help="Claim id (or prefix) that carries "
                                     "the narrative; repeatable."),
    reject: list[str] = typer.Option(None, "--reject", help="Claim id (or prefix) that does "
                                     "not; repeatable."),
    limit: int = typer.Option(10, "--limit", help="Borderline claims to go through."),
    model: str = _MODEL,
) -> None:
    """Accept or reject borderline claims; the labels become examples and counter-examples,
    and the claims are scored again."""
    from compare.narratives import borderline_claims, label_claims
    from compare.narratives.review import BORDERLINE_COLUMNS

    con = open_db(ctx)
    accept, reject = list(accept or []), list(reject or [])
    if not accept and not reject:
        found, rows = borderline_claims(con, narrative_id, limit=limit)
        typer.echo(f"narrative {found['narrative_id']}: {found['label']}")
        if not rows:
            typer.echo("No unlabelled claim near the threshold.")
            return
        for row in rows:
            record = dict(zip(BORDERLINE_COLUMNS, row))
            typer.echo(f"\n[{record['decision']}, score {record['score']}] {record['outlet']}, "
                       f"{record['date'] or 'undated'}, {record['speaker'] or 'no speaker'} "
                       f"({record['claim_id']})\n  {record['text']}")
            answer = typer.prompt("carries it? [a]ccept / [r]eject / [s]kip / [q]uit",
                                  default="s").strip().lower()[:1]
            if answer == "q":
                break
            (accept if answer == "a" else reject if answer == "r" else []).append(
                record["claim_id"])
        if not accept and not reject:
            typer.echo("No labels given.")
            return
    done = label_claims(con, narrative_id, accept=accept, reject=reject)
    typer.echo(f"Labelled for {done['narrative_id']}: {done['accepted']} accepted, "
               f"{done['rejected']} rejected.")
    _score(con, model)

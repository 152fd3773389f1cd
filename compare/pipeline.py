"""The order of the stages: run what is out of date, and say what is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import duckdb

from compare.errors import CompareError
from compare.progress import Progress, no_progress

LEVELS = ("claim", "narrative")


@dataclass
class StageState:
    stage: str
    pending: int  # items the stage has not processed yet (0: up to date)
    detail: str


def stage_status(con: duckdb.DuckDBPyConnection, *, model: str | None = None) -> list[StageState]:
    """Which stages are out of date, and by how many items."""
    from compare.embed import resolve_model_name

    model_name = resolve_model_name(model)
    one = lambda sql, *args: con.execute(sql, list(args)).fetchone()[0]  # noqa: E731
    states = [
        StageState("extract", one(
            "select count(*) from documents where doc_id not in (select doc_id from extractions)"),
            "documents not yet extracted"),
        StageState("frame", one(
            "select count(*) from claims where claim_id not in (select claim_id from claim_framing)"),
            "claims without framing"),
        StageState("embed", one(
            "select count(distinct text_hash) from claims where kind <> 'teaser' and text_hash not in "
            "(select text_hash from embeddings where model = ?)", model_name),
            f"claim texts not embedded with {model_name}"),
    ]
    for level in LEVELS:
        latest = con.execute("select run_id from cluster_runs where level = ? "
                             "order by created_at desc limit 1", [level]).fetchone()
        if latest is None:
            pending = one("select count(*) from claims where kind <> 'teaser'")
        else:
            pending = one("select count(*) from claims where kind <> 'teaser' and claim_id not in "
                          "(select claim_id from cluster_members where run_id = ?)", latest[0])
        states.append(StageState(f"cluster ({level})", pending,
                                 "claims not in the latest run of this level"))
    if con.execute("select count(*) from narratives").fetchone()[0]:  # only with a codebook
        from compare.narratives import pending_claims

        states.append(StageState("narratives", pending_claims(con),
                                 "claims not scored against the codebook"))
    return states


def stale_extractions(con: duckdb.DuckDBPyConnection) -> int:
    """Documents whose claims came from another extractor (an older version of compare, or
    rule files edited since): `compare extract --all` extracts them again."""
    from compare.claims import extractor_fingerprint

    return con.execute("select count(*) from extractions where extractor <> ?",
                       [extractor_fingerprint()]).fetchone()[0]


def extract_and_frame(con: duckdb.DuckDBPyConnection, *, doc_ids: Sequence[str] | None = None,
                      everything: bool = False, progress: Progress = no_progress):
    """Extract claims, then frame them (framing follows the claims, issue 5); the report of
    the extraction. ``doc_ids``: re-extract these documents (an unknown id is an error);
    ``everything``: re-extract every document (after changing the rules); neither: extract the
    documents not extracted yet."""
    from compare.claims import extract_claims
    from compare.framing import frame_claims

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
    report = extract_claims(con, doc_ids=ids or None, progress=progress)
    frame_claims(con, progress=progress)
    return report


def run_pipeline(con: duckdb.DuckDBPyConnection, *, model: str | None = None,
                 levels: tuple[str, ...] = LEVELS, include_teasers: bool = False,
                 full: bool = False, progress: Progress = no_progress) -> dict:
    """Run every stage after ingest that is out of date; return a summary per stage.
    ``full``: cluster every claim from scratch rather than update the latest runs. With a
    codebook imported, the claims are scored against it last (matches propagate through the
    claim clusters just made)."""
    from compare.claims import extract_claims
    from compare.cluster import cluster_claims
    from compare.framing import frame_claims
    from compare.narratives import score_narratives

    summary: dict = {"extract": extract_claims(con, progress=progress),
                     "frame": frame_claims(con, progress=progress)}
    if levels:  # the narrative level runs the claim level first, and reuses what it loaded
        top = "narrative" if "narrative" in levels else "claim"
        run = cluster_claims(con, level=top, model=model, include_teasers=include_teasers,
                             full=full, progress=progress)
        for level in levels:
            summary[f"cluster_{level}"] = run.base if level != top else run
    if con.execute("select count(*) from narratives").fetchone()[0]:
        summary["narratives"] = score_narratives(con, model=model, progress=progress)
    return summary

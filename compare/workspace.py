"""The Python API for notebooks: one compare database, its stages and its tables as DuckDB
relations.

Usage::

    import compare
    with compare.open("compare.duckdb") as ws:
        ws.ingest(["articles/"], manifest="articles/manifest.csv")
        ws.run()                                   # every stage that is out of date
        ws.clusters(min_outlets=2).df()            # pandas; .pl() polars, .arrow() pyarrow
        ws.query("first_seen", min_outlets=3).pl()

The methods call the same library functions as the CLI commands (``compare.pipeline``,
``compare.cluster``, ``compare.queries``), so a notebook and ``compare clusters`` agree. The
relations are lazy: each ``.df()`` reads the database as it is then.
"""

from __future__ import annotations

import os
from typing import Any, Sequence

import duckdb

from compare import db
from compare.errors import CompareError
from compare.pipeline import LEVELS, StageState, extract_and_frame, run_pipeline, stage_status
from compare.progress import Progress, no_progress
from compare.queries import Query, list_queries, query_relation, relation

CLAIM_KINDS = ("headline", "quote", "reported", "narration", "teaser")

# the ranked list of ``compare clusters`` joined back to every column of its clusters
_CLUSTERS_SQL = """
with listed as (
    select unnest($ids::varchar[]) as cluster_id,
           unnest($outlet_names::varchar[]) as outlet_names,
           unnest($speakers::varchar[]) as speakers,
           generate_subscripts($ids::varchar[], 1) as rank
)
select l.rank, c.cluster_id, c.label, c.n_claims, c.n_outlets, l.outlet_names, l.speakers,
       c.n_docs, c.n_speakers, c.keywords, c.first_seen_at, c.last_seen_at, c.medoid_claim_id
from listed l join clusters c on c.run_id = $run_id and c.cluster_id = l.cluster_id
order by l.rank"""

_CLAIMS_SQL = """
select * from claims_full
where ($outlet is null or outlet ilike '%' || $outlet || '%'
       or outlet_domain ilike '%' || $outlet || '%')
  and ($speaker is null or speaker ilike '%' || $speaker || '%')
  and ($kind is null or kind = $kind)
  and ($run_id is null or claim_id in (select claim_id from cluster_members
                                       where run_id = $run_id and cluster_id = $cluster_id))
order by outlet nulls last, published_at nulls last, doc_id, seq"""


class Workspace:
    """An open compare database. Stage methods write (and return the stage's report); table
    methods return DuckDB relations. ``con`` is the DuckDB connection itself, for anything
    else."""

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False,
                 progress: Progress = no_progress):
        self.path = db.resolve_path(path)
        self.con: duckdb.DuckDBPyConnection = db.connect(self.path, read_only=read_only)
        self.progress = progress

    def __repr__(self) -> str:
        return f"<compare.Workspace {self.path!r}>"

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection, so that the CLI or another process can open the file."""
        self.con.close()

    # stages ------------------------------------------------------------------------------

    def ingest(self, paths: str | os.PathLike | Sequence[str | os.PathLike], **options):
        """Read files and folders into ``documents`` (options: ``manifest``, ``outlet``,
        ``strict``, ``max_bytes``, ``rules``, ``workers``, as ``compare.ingest.ingest_paths``);
        the ``IngestReport`` (``.summary()``, ``.warnings``)."""
        from compare.ingest import ingest_paths

        return ingest_paths(self.con, paths, progress=self.progress, **options)

    def extract(self, *, doc_ids: Sequence[str] | None = None, everything: bool = False):
        """Extract and frame the claims of new documents (or of ``doc_ids``, or of every
        document); the ``ExtractReport``."""
        return extract_and_frame(self.con, doc_ids=doc_ids, everything=everything,
                                 progress=self.progress)

    def frame(self, *, lexicon_dirs: Sequence[str | os.PathLike] | None = None) -> int:
        """Refresh ``claim_framing`` (with your own lexicon folders); the claims framed."""
        from compare.framing import frame_claims

        dirs = [str(d) for d in lexicon_dirs] if lexicon_dirs else None
        return frame_claims(self.con, lexicon_dirs=dirs, progress=self.progress)

    def cluster(self, level: str = "claim", *, model: str | None = None, full: bool = False,
                include_teasers: bool = False):
        """Embed, match and cluster the claims at ``level``; the ``ClusterRun``."""
        from compare.cluster import cluster_claims

        _check_level(level)
        return cluster_claims(self.con, level=level, model=model, full=full,
                              include_teasers=include_teasers, progress=self.progress)

    def run(self, *, model: str | None = None, full: bool = False,
            include_teasers: bool = False) -> dict:
        """Every stage after ingest that is out of date, as `compare clusters` runs them;
        a summary per stage."""
        return run_pipeline(self.con, model=model, full=full, include_teasers=include_teasers,
                            progress=self.progress)

    def status(self, *, model: str | None = None) -> list[StageState]:
        """Which stages are out of date, and by how many items (`compare status`)."""
        return stage_status(self.con, model=model)

    # cluster edits (the analyst's; `compare clusters merge|split|move|label|edits|undo`) ---

    def merge_clusters(self, target: str, *others: str, note: str | None = None):
        """Merge clusters ``others`` into ``target`` (ids or prefixes); the ``EditResult``."""
        from compare.cluster.edits import merge_clusters

        return merge_clusters(self.con, target, *others, note=note)

    def split_cluster(self, cluster: str, claims: Sequence[str], *, note: str | None = None):
        """Split ``claims`` (ids, prefixes or "#N" rows of `compare show`) off ``cluster``."""
        from compare.cluster.edits import split_cluster

        return split_cluster(self.con, cluster, claims, note=note)

    def move_claim(self, claim: str, to: str, *, note: str | None = None):
        """Move one claim into cluster ``to``."""
        from compare.cluster.edits import move_claim

        return move_claim(self.con, claim, to, note=note)

    def label_cluster(self, cluster: str, label: str, *, note: str | None = None):
        """Give a cluster the analyst's label."""
        from compare.cluster.edits import label_cluster

        return label_cluster(self.con, cluster, label, note=note)

    def cluster_edits(self, level: str | None = None) -> list[dict]:
        """The cluster edits in replay order, with ``what`` and ``in_force``."""
        from compare.cluster.edits import list_cluster_edits

        return list_cluster_edits(self.con, level=level)

    def undo_cluster_edit(self, edit_id: int):
        """Remove one edit; the others are replayed onto the latest runs."""
        from compare.cluster.edits import undo_cluster_edit

        return undo_cluster_edit(self.con, edit_id)

    # codebook narratives (`compare narratives import|score|review`) ------------------------

    def import_codebook(self, path: str | os.PathLike) -> dict:
        """Store (or update) the codebook in ``path``; what changed (``added``, ``changed``,
        ``removed``, ``unchanged``). Scores follow with ``score_narratives``."""
        from compare.narratives import import_codebook

        return import_codebook(self.con, path)

    def score_narratives(self, *, model: str | None = None, full: bool = False):
        """Score new claims (all of them on any change) against the codebook; the
        ``ScoreReport``."""
        from compare.narratives import score_narratives

        return score_narratives(self.con, model=model, full=full, progress=self.progress)

    def label_narrative_claims(self, narrative: str, *, accept: Sequence[str] = (),
                               reject: Sequence[str] = ()) -> dict:
        """The analyst's decisions on claims (they become examples or counter-examples on the
        next ``score_narratives``)."""
        from compare.narratives import label_claims

        return label_claims(self.con, narrative, accept=list(accept), reject=list(reject))

    def narratives(self) -> duckdb.DuckDBPyRelation:
        """The codebook narratives (id, label, description, examples, ...)."""
        return self.con.sql("select * from narratives order by narrative_id")

    def narrative_claims(self, narrative: str | None = None) -> duckdb.DuckDBPyRelation:
        """The claims that carry a narrative (``narrative_matches``: outlet, date, speaker,
        score and source), strongest first; ``narrative``: an id or prefix."""
        if narrative is None:
            return self.con.sql("select * from narrative_matches "
                                "order by narrative_id, score desc, claim_id")
        from compare.narratives import find_narrative

        nid = find_narrative(self.con, narrative)["narrative_id"]
        return self.con.sql("select * from narrative_matches where narrative_id = $nid "
                            "order by score desc, claim_id", params={"nid": nid})

    # tables ------------------------------------------------------------------------------

    def clusters(self, level: str = "claim", *, min_outlets: int = 1, outlet: str | None = None,
                 speaker: str | None = None, limit: int | None = None
                 ) -> duckdb.DuckDBPyRelation:
        """The clusters of the latest run of ``level``, ranked and filtered as
        `compare clusters` lists them (most outlets first; ``outlet`` and ``speaker`` match a
        substring), with every column of the ``clusters`` table. ``limit``: None for all."""
        from compare.cluster import list_clusters
        from compare.cluster.browse import LIST_COLUMNS, latest_run

        _check_level(level)
        _, rows = list_clusters(self.con, level=level, min_outlets=min_outlets, outlet=outlet,
                                speaker=speaker, limit=limit)
        column = {name: [row[i] for row in rows] for i, name in enumerate(LIST_COLUMNS)}
        return relation(self.con, _CLUSTERS_SQL, {
            "ids": column["id"], "outlet_names": column["outlet_names"],
            "speakers": column["speakers"], "run_id": latest_run(self.con, level)})

    def claims(self, *, outlet: str | None = None, speaker: str | None = None,
               kind: str | None = None, cluster: str | None = None) -> duckdb.DuckDBPyRelation:
        """Rows of ``claims_full`` (claims with document, speaker, clusters and framing), by
        outlet and date. ``outlet``, ``speaker``: substrings; ``kind``: one of CLAIM_KINDS;
        ``cluster``: a cluster id of the latest runs (or its first characters)."""
        if kind is not None and kind not in CLAIM_KINDS:
            raise CompareError(f"unknown claim kind {kind!r} (choose one of: "
                               f"{', '.join(CLAIM_KINDS)})")
        found = {"run_id": None, "cluster_id": None}
        if cluster is not None:
            from compare.cluster import find_cluster

            found = find_cluster(self.con, cluster)
        return relation(self.con, _CLAIMS_SQL, {
            "outlet": outlet, "speaker": speaker, "kind": kind,
            "run_id": found["run_id"], "cluster_id": found["cluster_id"]})

    def queries(self) -> list[Query]:
        """The named queries (``.name``, ``.description``, ``.usage()``), as `compare query
        --list` shows them."""
        return list_queries()

    def query(self, name: str, /, **params: Any) -> duckdb.DuckDBPyRelation:
        """The named query with ``params`` (unknown or missing ones raise ``QueryError``)."""
        return query_relation(self.con, name, params)

    def sql(self, text: str, /, **params: Any) -> duckdb.DuckDBPyRelation | None:
        """Ad-hoc SQL with ``$name`` parameters; None for a statement that returns no rows."""
        return relation(self.con, text, params)


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise CompareError(f"unknown level {level!r} (choose one of: {', '.join(LEVELS)})")

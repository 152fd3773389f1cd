"""Stage cluster: ``cluster_claims(con, level=...)`` reads embeddings and claim pairs, writes a run.

A run is keyed by what it was computed from (level, model, parameters, and a fingerprint of the
claim set and of the matcher's decisions), so running it again on unchanged data returns the
existing run at once instead of writing a new one.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

import duckdb
import numpy as np

from compare import db
from compare.cluster.describe import ID_PREFIX, write_clusters
from compare.cluster.graph import (EDGE_MARGIN, claim_labels, claim_labels_by_score,
                                   cluster_vectors, group_sums, knn_edges, labels_by_first_row,
                                   medoids)
from compare.cluster.replay import EDITED_FROM, computed_run_of, delete_runs, replay_edits
from compare.cluster.update import (LINK_SCORE, Update, decisions_hash, mark_old, pair_threshold,
                                    pairs_read, previous_run, row_text_hashes,
                                    update_claim_labels, update_narrative_labels)
from compare.errors import CompareError
from compare.hashing import digest
from compare.progress import Progress, no_progress

LEVELS = ("claim", "narrative")
# claim: the minimum centroid cosine for joining two groups the matcher linked (chaining guard);
# narrative: the minimum cosine between claim-cluster centroids (looser: the same gist).
# A model whose matcher was fitted with its own thresholds ("cluster_thresholds" in its
# matcher weights: the bundled model's, chosen on the real-news dev split) uses those instead.
DEFAULTS = {"claim": {"threshold": 0.6, "k": 10}, "narrative": {"threshold": 0.5, "k": 10}}


def default_threshold(level: str, model: str) -> float:
    """The cluster threshold of ``level`` for ``model``: its matcher's, else ``DEFAULTS``."""
    from compare.match.scoring import matcher_params

    fitted = matcher_params(model).get("cluster_thresholds", {})
    return float(fitted.get(level, DEFAULTS[level]["threshold"]))


# How the claim level joins groups, recorded in each run's params: "average", the matcher's
# same-claim pairs merged under ``cluster_vectors``' centroid guard; "score", average linkage
# over the matcher's scores (``graph.score_linkage``), for a matcher fitted with it
# ("cluster_linkage" in its weights: the bundled model's, chosen on the real-news dev split).
# The narrative level always joins claim-cluster centroids ("average").
LINKAGES = ("average", "score")


def default_linkage(level: str, model: str) -> str:
    """The linkage of ``level`` for ``model``: its matcher's (claim level), else "average"."""
    from compare.match.scoring import matcher_params

    if level != "claim":
        return "average"
    linkage = str(matcher_params(model).get("cluster_linkage", "average"))
    if linkage not in LINKAGES:
        raise CompareError(f"the matcher of {model} asks for the cluster linkage {linkage!r}: "
                           f"set \"cluster_linkage\" to one of {', '.join(LINKAGES)}")
    return linkage


KEEP_RUNS = 3  # runs kept per level (older ones are deleted with their clusters and members)


@dataclass
class ClusterRun:
    """What one run of the cluster stage produced (or the existing run it found up to date)."""

    run_id: str
    level: str
    model: str
    params: dict = field(default_factory=dict)
    n_claims: int = 0
    n_clusters: int = 0
    n_singletons: int = 0
    claims_hash: str | None = None
    is_new: bool = True
    seconds: float = 0.0
    base: ClusterRun | None = None  # narrative level: the claim run it groups

    @property
    def computed_run_id(self) -> str:
        """The run as clustered: this one, or the computed run this edited run was made from."""
        return self.params.get(EDITED_FROM, self.run_id)

    def summary(self) -> str:
        state = "new run" if self.is_new else "up to date"
        return (f"cluster ({self.level}): {self.n_claims} claims in {self.n_clusters} clusters "
                f"({self.n_singletons} single claims), run {self.run_id} [{state}]")


def cluster_claims(con: duckdb.DuckDBPyConnection, *, level: str = "claim",
                   model: str | None = None, include_teasers: bool = False,
                   threshold: float | None = None, k: int | None = None,
                   match: bool = True, full: bool = False,
                   progress: Progress = no_progress) -> ClusterRun:
    """Cluster the claims at ``level`` ("claim" or "narrative"); return the run.

    Embeds whatever is new first, and runs ``match_claims`` when the claim set changed since the
    latest claim run (``match=False``: cluster the ``claim_pairs`` already stored, e.g. pairs
    computed elsewhere). Teasers are left out unless ``include_teasers``.
    Every clustered claim gets a cluster (single claims are clusters of size 1). Cluster ids are
    derived from the smallest member claim id, so unchanged clusters keep their ids.
    When claims were only added since the latest run, that run is updated (``update.py``: new
    claims join or form clusters, old clusters are not split); ``full=True`` clusters everything
    from scratch. The analyst's edits of the level are then replayed (``replay.py``): the run
    returned is the edited run when an edit changed something (``params["edited_from"]``).
    """
    if level not in LEVELS:
        raise CompareError(f"unknown level {level!r} (choose one of: {', '.join(LEVELS)})")
    return _cluster_level(con, level, model=model, include_teasers=include_teasers,
                          threshold=threshold, k=k, match=match, full=full, progress=progress)[0]


def _cluster_level(con: duckdb.DuckDBPyConnection, level: str, *, model: str | None,
                   include_teasers: bool, threshold: float | None, k: int | None, match: bool,
                   full: bool, progress: Progress) -> tuple[ClusterRun, tuple | None]:
    """``cluster_claims``, also returning the (ids, vectors) it loaded (None if it loaded none),
    so that the narrative level reuses the claim level's."""
    from compare.embed import embed_claims, resolve_model_name

    started = time.perf_counter()
    name = resolve_model_name(model)
    params = {"threshold": default_threshold(level, name) if threshold is None else float(threshold),
              "k": int(DEFAULTS[level]["k"] if k is None else k),
              "include_teasers": bool(include_teasers), "linkage": default_linkage(level, name)}
    matched: dict = {}  # claim level: the vectors an incremental match loaded, reused below
    loaded = None  # narrative level: the (ids, vectors) the claim level loaded, reused below
    if level == "claim":
        from compare.match.scoring import matcher_fingerprint

        params["matcher"] = matcher_fingerprint(name)
        embed_claims(con, model=name, progress=progress)
        claims_hash = _claims_fingerprint(con, include_teasers)
        if match and not _matched(con, name, claims_hash, params["matcher"]):
            from compare.match import match_claims

            match_claims(con, model=name, include_teasers=include_teasers, progress=progress,
                         keep=matched)
        fingerprint = digest(claims_hash, _pairs_fingerprint(con, name, params["linkage"]))
    else:
        base, loaded = _cluster_level(con, "claim", model=name, include_teasers=include_teasers,
                                      threshold=None, k=None, match=match, full=full,
                                      progress=progress)
        params["claim_run_id"] = base.computed_run_id  # claim edits do not regroup narratives
        claims_hash = base.claims_hash
        fingerprint = base.computed_run_id
    run_id = digest("cluster-run", level, name, json.dumps(params, sort_keys=True), fingerprint)
    found = _reuse(con, run_id, level)
    if found is not None and not (full and "updated_from" in found.params):
        found.base = None if level == "claim" else base
        with db.transaction(con):
            shown = _shown(con, found)
        shown.seconds = time.perf_counter() - started
        return shown, None

    from compare.embed import load_vectors

    progress(f"cluster {level}", 0, 3)
    if loaded is not None:
        ids, vectors = loaded  # its rows are still in _cluster_idx
    else:
        known = (matched.pop("hashes"), matched.pop("vectors")) if matched else None
        ids, vectors = load_vectors(con, model=name, include_teasers=include_teasers,
                                    index_table="_cluster_idx", known=known)
        del known
    progress(f"cluster {level}", 1, 3)
    previous = None if full or not len(ids) else previous_run(con, level, name, params)
    update = None
    if level == "claim":
        if previous is None:
            mark_old(con, None)
        pairs_hash, old_pairs_hash = decisions_hash(con, name, params["linkage"])
        if previous is not None:
            update = update_claim_labels(con, vectors, name, params, previous, old_pairs_hash)
        labels = _claim_labels(con, vectors, name, params) if update is None \
            else update.labels
    else:
        claim_group = _claim_groups(con, params["claim_run_id"])
        if previous is not None:
            update = update_narrative_labels(con, vectors, claim_group, params, previous)
        labels = _narrative_labels(vectors, claim_group, params) if update is None \
            else update.labels
        pairs_hash = None
    stored = dict(params, updated_from=update.previous_run_id) if update else params
    progress(f"cluster {level}", 2, 3)
    run = ClusterRun(run_id, level, name, stored, n_claims=len(ids), claims_hash=claims_hash,
                     base=None if level == "claim" else base)
    with db.transaction(con):
        delete_runs(con, [run_id])
        if len(ids):
            run.n_clusters, run.n_singletons = _write(con, run, vectors, labels, update)
        con.execute("""insert into cluster_runs (run_id, level, model, params, n_claims,
                       n_clusters, n_singletons, claims_hash, pairs_hash, created_at)
                       values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())""",
                    [run_id, level, name, json.dumps(stored, sort_keys=True), run.n_claims,
                     run.n_clusters, run.n_singletons, claims_hash, pairs_hash])
        _prune(con, level)
        run = _shown(con, run)
    progress(f"cluster {level}", 3, 3)
    run.seconds = time.perf_counter() - started
    return run, (ids, vectors)


def _claims_fingerprint(con: duckdb.DuckDBPyConnection, teasers: bool) -> str:
    """A hash of the claim set (ids and texts), order-independent, in one scan."""
    where = "" if teasers else "where kind <> 'teaser'"
    row = con.execute(f"select count(*), coalesce(bit_xor(hash(claim_id || text_hash)), 0) "
                      f"from claims {where}").fetchone()
    return digest(*row)


def _pairs_fingerprint(con: duckdb.DuckDBPyConnection, model: str, linkage: str) -> str:
    """A hash of the matcher's pairs for ``model`` that clustering with ``linkage`` reads
    (``update.pairs_read``)."""
    read, hashed = pairs_read(linkage)
    row = con.execute(f"select count(*), coalesce(bit_xor(hash({hashed})), 0) from claim_pairs p "
                      f"where p.model = ? and ({read})", [model]).fetchone()
    return digest(*row)


def _matched(con: duckdb.DuckDBPyConnection, model: str, claims_hash: str,
             matcher: str) -> bool:
    """Whether the latest claim run with ``model`` used pairs matched on exactly this claim set
    by this matcher (otherwise ``match_claims`` runs; it matches only the texts it has not seen
    before, or everything under a new matcher)."""
    row = con.execute("select claims_hash, params from cluster_runs where level = 'claim' "
                      "and model = ? order by created_at desc, run_id limit 1",
                      [model]).fetchone()
    return row is not None and row[0] == claims_hash and \
        json.loads(row[1] or "{}").get("matcher") == matcher


def _reuse(con: duckdb.DuckDBPyConnection, run_id: str, level: str) -> ClusterRun | None:
    """The run with this id if it exists; made the latest of its level again if it was not
    (its edited run, shown instead of it, counts as it)."""
    found = _load_run(con, run_id)
    if found is None:
        return None
    latest = con.execute("select run_id from cluster_runs where level = ? "
                         "order by created_at desc, run_id limit 1", [level]).fetchone()[0]
    if computed_run_of(con, latest) != run_id:
        with db.transaction(con):
            con.execute("update cluster_runs set created_at = now() where run_id = ?", [run_id])
    found.is_new = False
    return found


def _load_run(con: duckdb.DuckDBPyConnection, run_id: str) -> ClusterRun | None:
    row = con.execute("select level, model, params, n_claims, n_clusters, n_singletons, "
                      "claims_hash from cluster_runs where run_id = ?", [run_id]).fetchone()
    if row is None:
        return None
    return ClusterRun(run_id, row[0], row[1], json.loads(row[2]), n_claims=row[3],
                      n_clusters=row[4], n_singletons=row[5] or 0, claims_hash=row[6])


def _shown(con: duckdb.DuckDBPyConnection, run: ClusterRun) -> ClusterRun:
    """The run analysts see for the computed ``run``: its edited run when the analyst's edits
    change it (replayed now, in the caller's transaction), else ``run`` itself."""
    edited_id = replay_edits(con, run.run_id)
    if edited_id is None:
        return run
    shown = _load_run(con, edited_id)
    shown.is_new, shown.base = run.is_new, run.base
    return shown


def _claim_labels(con: duckdb.DuckDBPyConnection, vectors: np.ndarray, model: str,
                  params: dict) -> np.ndarray:
    """Claim level: the matcher's same-claim pairs (and identical texts) as edges, its polarity
    conflicts as cannot-link constraints, merged under the centroid guard; or, with the "score"
    linkage, average linkage over every scored pair."""
    read, _ = pairs_read(params["linkage"])
    pairs = con.execute(f"""
        select a.i as i, b.i as j, p.cosine as cosine, p.is_same_claim as same,
               p.is_polarity_conflict as conflict, {LINK_SCORE} as score
        from claim_pairs p
        join _cluster_idx a on a.claim_id = p.claim_id_a
        join _cluster_idx b on b.claim_id = p.claim_id_b
        where p.model = ? and ({read})""", [model]).fetchnumpy()
    hashes = row_text_hashes(con)
    conflict = pairs["conflict"].astype(bool)
    if params["linkage"] == "score":
        return claim_labels_by_score(hashes, pairs["i"], pairs["j"], pairs["score"], conflict,
                                     threshold=params["threshold"],
                                     pair_threshold=pair_threshold(model))
    return claim_labels(vectors, hashes, pairs["i"], pairs["j"], pairs["cosine"],
                        pairs["same"].astype(bool), conflict, threshold=params["threshold"])


def _claim_groups(con: duckdb.DuckDBPyConnection, claim_run_id: str) -> np.ndarray:
    """The claim cluster of every row in the claim run ``claim_run_id``, as integers 0..m-1
    (a claim outside that run is a group of its own)."""
    members = con.execute("""select coalesce(m.cluster_id, x.claim_id) as cluster_id
                             from _cluster_idx x left join cluster_members m
                               on m.claim_id = x.claim_id and m.run_id = ?
                             order by x.i""", [claim_run_id]).fetchnumpy()
    return np.unique(members["cluster_id"].astype(str), return_inverse=True)[1]


def _narrative_labels(vectors: np.ndarray, group: np.ndarray, params: dict) -> np.ndarray:
    """Narrative level: claim clusters (``group``) joined by the cosine of their centroids."""
    sizes = np.bincount(group)
    sums = group_sums(vectors, group)
    means = (sums / sizes[:, None]).astype(np.float32)  # for average linkage (norm <= 1)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    cents = (sums / np.where(norms == 0, 1.0, norms)).astype(np.float32)  # for the neighbours
    edges = knn_edges(cents, k=params["k"], min_cosine=params["threshold"] - EDGE_MARGIN)
    narrative = cluster_vectors(means, threshold=params["threshold"], edges=edges, weights=sizes)
    # relabel in order of first row so that labels do not depend on the group numbering
    return labels_by_first_row(narrative[group])


def _write(con: duckdb.DuckDBPyConnection, run: ClusterRun, vectors: np.ndarray,
           labels: np.ndarray, update: Update | None) -> tuple[int, int]:
    """Insert members and clusters (an update copies the clusters it kept); return (clusters,
    single-claim clusters). Rows are those of ``_cluster_idx``."""
    sizes = np.bincount(labels)
    previous, rows = None, np.arange(len(labels))
    if update is not None and update.kept.any():
        # only the changed clusters are described again; the kept ones are copied
        kept_rows = {"i": np.flatnonzero(update.kept)}  # noqa: F841 - scanned by DuckDB
        con.execute("""create or replace temp table _kept_clusters as
                       select distinct x.old_cluster as cluster_id from _cluster_idx x
                       semi join kept_rows k on k.i = x.i""")
        previous = update.previous_run_id
        rows = np.flatnonzero(~update.kept)
        _, labels = np.unique(labels[rows], return_inverse=True)
        vectors = vectors[rows]
    _, first = np.unique(labels, return_index=True)  # rows follow claim ids: the smallest id
    prefix = ID_PREFIX[run.level]
    names = np.array([prefix + digest("cluster", run.level, cid)[:12]
                      for cid in _claim_ids(con, rows[first])], dtype=str)
    medoid, similarity = medoids(vectors, labels)
    write_clusters(con, run.run_id, members={
        "i": rows, "label": labels, "similarity": similarity.astype(np.float64)},
        clusters={"label": np.arange(len(names)), "cluster_id": names,
                  "medoid_i": rows[medoid]}, previous_run_id=previous)
    return len(sizes), int((sizes == 1).sum())


def _claim_ids(con: duckdb.DuckDBPyConnection, rows: np.ndarray) -> list[str]:
    """The claim id of each row of ``_cluster_idx``, in the given order."""
    wanted = {"i": np.asarray(rows, dtype=np.int64), "k": np.arange(len(rows))}  # noqa: F841
    return con.execute("""select x.claim_id from wanted w join _cluster_idx x on x.i = w.i
                          order by w.k""").fetchnumpy()["claim_id"].tolist()


def _prune(con: duckdb.DuckDBPyConnection, level: str) -> None:
    """Keep the latest ``KEEP_RUNS`` computed runs of a level (with their edited runs)."""
    delete_runs(con, [r[0] for r in con.execute(
        f"select run_id from cluster_runs where level = ? and json_extract_string(params, "
        f"'$.{EDITED_FROM}') is null order by created_at desc, run_id offset ?",
        [level, KEEP_RUNS]).fetchall()])

"""Replay the analyst's cluster edits onto a computed run: the *edited run* that everyone reads.

A computed run (written by ``cluster_claims``) is never changed. The edits of its level
(``cluster_edits``, in ``edit_id`` order) are replayed onto a copy of it, the edited run
(``params.edited_from``: the computed run; ``params.edits``: the edits that changed something),
which sorts right after it and so is the latest run of the level: ``claims_full``, ``compare
clusters``, ``compare show``, the reports and the queries read it. Updates (``update.py``)
start from the computed run, so an edit never leaks into what the algorithm computed, and
undoing one rebuilds the edited run from the computed run without clustering again.

Edits are anchored in claim ids, which are stable, not in cluster ids, which change between
runs:

- merge: the clusters that hold the claims join the anchor's cluster (which keeps its id);
- split: the claims leave their clusters and form one of their own (a new id);
- move: the claim leaves its cluster for the anchor's;
- label: the cluster that holds the anchor at the end gets the analyst's label.

A claim that is no longer clustered makes its part of an edit inert, and an edit already in
force changes nothing. Only the clusters an edit changed are described again (medoid,
similarity, keywords, counts); the others are copied with their ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Sequence

import duckdb
import numpy as np

from compare.cluster.describe import ID_PREFIX, write_clusters
from compare.cluster.graph import medoids
from compare.hashing import digest

EDITED_FROM = "edited_from"  # the params key of an edited run that names its computed run
_AFTER = timedelta(milliseconds=1)  # an edited run's created_at, after its computed run's


@dataclass(frozen=True)
class ClusterEdit:
    """One row of ``cluster_edits``; see the migration 012 for what each field holds."""

    edit_id: int
    level: str
    action: str
    claim_ids: tuple[str, ...]
    anchor_claim_id: str | None
    label: str | None
    cluster_ids: tuple[str, ...]
    note: str | None = None
    created_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Sequence) -> ClusterEdit:
        """From a row of ``EDIT_COLUMNS``."""
        return cls(row[0], row[1], row[2], tuple(row[3]), row[4], row[5], tuple(row[6]),
                   row[7], row[8])

    @property
    def key(self) -> tuple:
        """What the edit does (not when or why): equal keys are the same edit."""
        return (self.level, self.action, tuple(sorted(self.claim_ids)), self.anchor_claim_id,
                self.label)


EDIT_COLUMNS = ("edit_id", "level", "action", "claim_ids", "anchor_claim_id", "label",
                "cluster_ids", "note", "created_at")


def level_edits(con: duckdb.DuckDBPyConnection, level: str) -> list[ClusterEdit]:
    """The edits of ``level`` in replay order."""
    rows = con.execute(f"select {', '.join(EDIT_COLUMNS)} from cluster_edits where level = ? "
                       "order by edit_id", [level]).fetchall()
    return [ClusterEdit.from_row(row) for row in rows]


def computed_run_of(con: duckdb.DuckDBPyConnection, run_id: str) -> str:
    """The computed run behind ``run_id`` (itself when it is not an edited run)."""
    row = con.execute(f"select json_extract_string(params, '$.{EDITED_FROM}') from cluster_runs "
                      "where run_id = ?", [run_id]).fetchone()
    return row[0] if row and row[0] else run_id


def shown_run_of(con: duckdb.DuckDBPyConnection, run_id: str) -> str:
    """The run analysts see for the computed run ``run_id``: its edited run, if it has one."""
    row = con.execute(f"select run_id from cluster_runs where json_extract_string(params, "
                      f"'$.{EDITED_FROM}') = ? limit 1", [run_id]).fetchone()
    return row[0] if row else run_id


def split_cluster_id(level: str, claim_ids) -> str:
    """The id of the cluster a split forms (salted apart from computed ids, which hash the
    smallest member claim)."""
    return ID_PREFIX[level] + digest("cluster-split", level, *sorted(claim_ids))[:12]


class Membership:
    """A run's clusters as the edits change them, read from the database only where touched
    (a whole cluster is loaded the first time one of its claims is asked for)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str):
        self.con, self.run_id = con, run_id
        self.members: dict[str, set[str]] = {}
        self.cluster: dict[str, str] = {}
        self.computed: dict[str, frozenset[str]] = {}

    def cluster_of(self, claim_id: str | None) -> str | None:
        """The cluster that holds the claim now (None: not clustered in this run)."""
        if claim_id is None:
            return None
        if claim_id not in self.cluster:
            row = self.con.execute("select cluster_id from cluster_members where run_id = ? "
                                   "and claim_id = ?", [self.run_id, claim_id]).fetchone()
            if row is None:
                return None
            claims = frozenset(r[0] for r in self.con.execute(
                "select claim_id from cluster_members where run_id = ? and cluster_id = ?",
                [self.run_id, row[0]]).fetchall())
            self.computed[row[0]] = claims
            self.members[row[0]] = set(claims)
            self.cluster.update(dict.fromkeys(claims, row[0]))
        return self.cluster[claim_id]

    def move(self, claim_ids, cluster_id: str) -> None:
        for claim_id in claim_ids:
            self.members[self.cluster[claim_id]].discard(claim_id)
            self.members.setdefault(cluster_id, set()).add(claim_id)
            self.cluster[claim_id] = cluster_id

    def changed(self) -> dict[str, set[str]]:
        """Clusters whose members are not the computed ones (new clusters included)."""
        return {cid: ms for cid, ms in self.members.items()
                if ms and frozenset(ms) != self.computed.get(cid)}

    def emptied(self) -> list[str]:
        return [cid for cid, ms in self.members.items() if not ms and cid in self.computed]


class Replay:
    """The edits applied in order to a ``Membership``, with the marks they leave."""

    def __init__(self, membership: Membership, level: str):
        self.m, self.level = membership, level
        self.placed: dict[str, tuple[int, str]] = {}       # claim -> the last edit that placed it
        self.touched: list[tuple[str, int, str]] = []      # (a claim of the cluster, edit, action)
        self.labels: list[tuple[str, str, int]] = []       # (anchor, label, edit)

    def apply(self, edit: ClusterEdit) -> None:
        getattr(self, "_" + edit.action)(edit)

    def _place(self, claim_ids, cluster_id: str, edit: ClusterEdit) -> None:
        sources = {self.m.cluster[c] for c in claim_ids}
        self.m.move(claim_ids, cluster_id)
        self.placed.update(dict.fromkeys(claim_ids, (edit.edit_id, edit.action)))
        for source in sources - {cluster_id}:
            if self.m.members[source]:
                self.touched.append((min(self.m.members[source]), edit.edit_id, edit.action))

    def _merge(self, edit: ClusterEdit) -> None:
        target = self.m.cluster_of(edit.anchor_claim_id)
        if target is None:
            return
        for claim_id in edit.claim_ids:
            source = self.m.cluster_of(claim_id)
            if source is not None and source != target:
                self._place(sorted(self.m.members[source]), target, edit)
                self.touched.append((edit.anchor_claim_id, edit.edit_id, edit.action))

    def _split(self, edit: ClusterEdit) -> None:
        present = [c for c in edit.claim_ids if self.m.cluster_of(c) is not None]
        if not present or self.m.members[self.m.cluster[present[0]]] == set(present):
            return  # gone, or already a cluster of their own
        self._place(present, split_cluster_id(self.level, edit.claim_ids), edit)

    def _move(self, edit: ClusterEdit) -> None:
        claim_id = edit.claim_ids[0]
        target, source = self.m.cluster_of(edit.anchor_claim_id), self.m.cluster_of(claim_id)
        if target is not None and source is not None and target != source:
            self._place([claim_id], target, edit)

    def _label(self, edit: ClusterEdit) -> None:
        if self.m.cluster_of(edit.anchor_claim_id) is not None:
            self.labels.append((edit.anchor_claim_id, edit.label, edit.edit_id))

    def final_labels(self) -> dict[str, str]:
        """Cluster id -> label, for the clusters that hold the label anchors at the end."""
        return {self.m.cluster[anchor]: label for anchor, label, _ in self.labels}

    def marks(self) -> list[tuple[str, str | None, int, str]]:
        """(cluster, claim or None, edit, action) rows, clusters as they are at the end."""
        rows = {(self.m.cluster[c], c, e, a) for c, (e, a) in self.placed.items()}
        rows |= {(self.m.cluster[c], None, e, a) for c, e, a in self.touched}
        rows |= {(self.m.cluster[c], None, e, "label") for c, _, e in self.labels}
        return sorted(rows, key=lambda r: (r[0], r[2], r[1] or ""))


def replay_edits(con: duckdb.DuckDBPyConnection, run_id: str) -> str | None:
    """Write (or find) the edited run of the computed run ``run_id`` and make it the latest of
    its level; return its id, or None when no edit changes the run (the computed run is then
    what is shown). Runs inside the caller's transaction."""
    level, model, params, created_at = con.execute(
        "select level, model, params, created_at from cluster_runs where run_id = ?",
        [run_id]).fetchone()
    edits = level_edits(con, level)
    edited_id = digest("cluster-edited", run_id, *(e.edit_id for e in edits),
                       *(json.dumps(e.key) for e in edits)) if edits else None
    stale = [r[0] for r in con.execute(
        f"select run_id from cluster_runs where json_extract_string(params, '$.{EDITED_FROM}') "
        "= ? and run_id is distinct from ?", [run_id, edited_id]).fetchall()]
    delete_runs(con, stale)
    if edited_id is None:
        return None
    if con.execute("select count(*) from cluster_runs where run_id = ?",
                   [edited_id]).fetchone()[0]:
        con.execute("update cluster_runs set created_at = $at where run_id = $run and "
                    "created_at <> $at", {"at": created_at + _AFTER, "run": edited_id})
        return edited_id
    replay = Replay(Membership(con, run_id), level)
    for edit in edits:
        replay.apply(edit)
    marks = replay.marks()
    if not marks:
        return None
    _write_members(con, run_id, edited_id, model, replay.m)
    for cluster_id, label in replay.final_labels().items():
        con.execute("update clusters set label = ? where run_id = ? and cluster_id = ?",
                    [label, edited_id, cluster_id])
    con.executemany("insert into cluster_edit_marks values (?, ?, ?, ?, ?)",
                    [[edited_id, *row] for row in marks])
    stored = dict(json.loads(params), **{EDITED_FROM: run_id,
                                         "edits": sorted({row[2] for row in marks})})
    con.execute("""insert into cluster_runs (run_id, level, model, params, n_claims, n_clusters,
                       n_singletons, claims_hash, pairs_hash, created_at)
                   select ?, level, model, ?, n_claims,
                          (select count(*) from clusters where run_id = ?),
                          (select count(*) from clusters where run_id = ? and n_claims = 1),
                          claims_hash, pairs_hash, ?
                   from cluster_runs where run_id = ?""",
                [edited_id, json.dumps(stored, sort_keys=True), edited_id, edited_id,
                 created_at + _AFTER, run_id])
    return edited_id


def _write_members(con: duckdb.DuckDBPyConnection, run_id: str, edited_id: str, model: str,
                   m: Membership) -> None:
    """The edited run's members and clusters: the clusters the edits changed described again
    (medoid and similarities from the stored embeddings), every other one copied."""
    from compare.embed import fetch_vectors, normalise

    changed = m.changed()
    if not changed:  # labels only: a copy
        for table in ("cluster_members", "clusters", "cluster_words"):
            con.execute(f"insert into {table} by name select $new as run_id, "
                        f"* exclude (run_id) from {table} where run_id = $old",
                        {"new": edited_id, "old": run_id})
        return
    redone = sorted(set(changed) | set(m.emptied()))
    con.execute("""create or replace temp table _kept_clusters as
                   select cluster_id from clusters
                   where run_id = ? and not list_contains(?, cluster_id)""", [run_id, redone])
    names = sorted(changed)
    claim_ids = sorted(c for cid in names for c in changed[cid])
    label_of = {c: k for k, cid in enumerate(names) for c in changed[cid]}
    con.register("_edit_rows", {"claim_id": np.asarray(claim_ids, dtype=str),
                                "i": np.arange(len(claim_ids), dtype=np.int64)})
    try:
        con.execute("create or replace temp table _edit_idx as select * from _edit_rows")
    finally:
        con.unregister("_edit_rows")
    vectors = normalise(fetch_vectors(con, """
        select x.i as pos, e.vector from _edit_idx x join claims c using (claim_id)
        join embeddings e on e.text_hash = c.text_hash and e.model = ?""", [model],
                                      len(claim_ids)))
    labels = np.array([label_of[c] for c in claim_ids], dtype=np.int64)
    medoid, similarity = medoids(vectors, labels)
    write_clusters(con, edited_id, members={
        "i": np.arange(len(claim_ids), dtype=np.int64), "label": labels,
        "similarity": np.asarray(similarity, dtype=np.float64)},
        clusters={"label": np.arange(len(names)), "cluster_id": np.asarray(names, dtype=str),
                  "medoid_i": np.asarray(medoid, dtype=np.int64)},
        previous_run_id=run_id, index_table="_edit_idx")
    con.execute("drop table _edit_idx")


# what a mark says of a claim the edit placed (its evidence), and of a cluster: (action,
# whether the mark is a claim the edit placed in it) -> words
PLACED_WORDS = {"merge": "merged in", "split": "split off", "move": "moved here"}
CLUSTER_WORDS = {("merge", True): "merged", ("merge", False): "merged",
                 ("split", True): "split off", ("split", False): "claims split off",
                 ("move", True): "claim moved in", ("move", False): "claim moved out",
                 ("label", False): "labelled"}


def cluster_marks(con: duckdb.DuckDBPyConnection, run_id: str,
                  cluster_ids: Sequence[str] | None = None) -> dict[str, list[str]]:
    """What the analyst's edits did to each cluster of the run, in words ("merged (edit 3)");
    clusters no edit touched are left out."""
    if not has_edit_tables(con):
        return {}
    rows = con.execute("""select distinct cluster_id, edit_id, action, claim_id is not null
                          from cluster_edit_marks where run_id = $run
                            and ($ids is null or list_contains($ids, cluster_id))
                          order by cluster_id, edit_id, action""",
                       {"run": run_id, "ids": None if cluster_ids is None else list(cluster_ids)}
                       ).fetchall()
    out: dict[str, list[str]] = {}
    for cluster_id, edit_id, action, placed in rows:
        words = f"{CLUSTER_WORDS[action, placed]} (edit {edit_id})"
        if words not in out.setdefault(cluster_id, []):
            out[cluster_id].append(words)
    return out


def has_edit_tables(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database has the edit tables (migration 012): a database opened read-only
    (`compare show`) is not migrated, and reads as having no edits."""
    return bool(con.execute("select count(*) from duckdb_tables() where database_name = "
                            "current_database() and table_name = 'cluster_edit_marks'"
                            ).fetchone()[0])


def delete_runs(con: duckdb.DuckDBPyConnection, run_ids: list[str]) -> None:
    """Delete runs with their clusters, members, keyword counts and edit marks, and the edited
    runs made from them."""
    if not run_ids:
        return
    derived = [r[0] for r in con.execute(
        f"select run_id from cluster_runs where list_contains(?, json_extract_string(params, "
        f"'$.{EDITED_FROM}'))", [run_ids]).fetchall()]
    for run_id in run_ids + derived:
        for table in ("cluster_members", "clusters", "cluster_words", "cluster_edit_marks",
                      "cluster_runs"):
            con.execute(f"delete from {table} where run_id = ?", [run_id])

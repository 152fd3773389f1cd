"""The analyst's cluster edits at either level: merge, split, move, label; list and undo them.

Usage (a notebook; the CLI is ``compare clusters merge|split|move|label|edits|undo``)::

    from compare.cluster.edits import (label_cluster, list_cluster_edits, merge_clusters,
                                       move_claim, split_cluster, undo_cluster_edit)
    merge_clusters(con, "c1a2b3", "c4d5e6")          # c4d5e6's claims join c1a2b3
    split_cluster(con, "c1a2b3", ["5f0e2c1a", "#3"])  # claim ids (or prefixes), or rows of `show`
    move_claim(con, "5f0e2c1a", "c4d5e6")
    label_cluster(con, "n9f8e7", "Valdoria seeks partners")
    list_cluster_edits(con)                          # [{"edit_id": 1, "action": "merge", ...}]
    undo_cluster_edit(con, 1)

An edit is given in the cluster ids the analyst sees and stored in claim ids (``replay.py``
says how and why). Recording it and replaying the level's edits onto the latest run is one
transaction, so the edit is in force at once, and every later run (incremental or full) replays
it. Re-issuing an edit that is already in force changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import duckdb

from compare import db
from compare.cluster.browse import cluster_claims_rows, find_cluster, latest_run
from compare.cluster.replay import (EDIT_COLUMNS, ClusterEdit, computed_run_of,
                                    has_edit_tables, level_edits, replay_edits)
from compare.cluster.runs import LEVELS
from compare.errors import CompareError

LIST_COLUMNS = ("edit_id", "level", "action", "what", "note", "created_at", "in_force")


@dataclass(frozen=True)
class EditResult:
    """What an edit command did: the edit (the one already recorded when ``is_new`` is False),
    the cluster of the latest run it leaves the claims in, and how many claims it placed."""

    edit: ClusterEdit
    is_new: bool
    cluster_id: str | None
    n_claims: int


def merge_clusters(con: duckdb.DuckDBPyConnection, target: str, *others: str,
                   note: str | None = None) -> EditResult:
    """Merge the clusters ``others`` into ``target`` (ids or unique prefixes, one level):
    their claims join it and it keeps its id."""
    if not others:
        raise CompareError("name at least two clusters to merge (compare clusters merge A B)")
    kept = _find(con, target, merged=True)
    merged = [_find(con, other, merged=True) for other in others]
    for found in merged:
        if found["level"] != kept["level"]:
            raise CompareError(f"{found['cluster_id']} is a {found['level']} cluster and "
                               f"{kept['cluster_id']} a {kept['level']} cluster (merge clusters "
                               "of one level)")
        if found["cluster_id"] == kept["cluster_id"]:
            raise CompareError(f"{kept['cluster_id']} is named twice: a cluster cannot be merged "
                               "with itself (name two different clusters)")
    run = latest_run(con, kept["level"])
    anchor = kept["medoid_claim_id"]
    claim_ids = tuple(dict.fromkeys(m["medoid_claim_id"] for m in merged))
    now = _cluster_of(con, run, anchor)
    if all(_cluster_of(con, run, c) == now for c in claim_ids):
        return _unchanged(con, kept["level"], "merge", claim_ids, anchor, None, now)
    return _record(con, kept["level"], "merge", claim_ids, anchor, None,
                   (kept["cluster_id"], *(m["cluster_id"] for m in merged)), note)


def split_cluster(con: duckdb.DuckDBPyConnection, cluster_id: str, claims: Sequence[str], *,
                  note: str | None = None) -> EditResult:
    """Split ``claims`` off cluster ``cluster_id`` into a cluster of their own. A claim is its
    id (or a unique prefix) or ``#N``, the N-th row of `compare show` for that cluster."""
    if not claims:
        raise CompareError("name the claims to split off (claim ids, or #N rows of `compare "
                           "show ID`)")
    found = find_cluster(con, cluster_id)
    run, cid = found["run_id"], found["cluster_id"]
    rows = [row[-1] for row in cluster_claims_rows(con, run, cid)[1]]
    claim_ids = tuple(dict.fromkeys(_claim(con, c, rows, cid) for c in claims))
    recorded = _recorded(con, found["level"], "split", claim_ids, None, None)
    if recorded is not None:
        return _result(con, recorded, False)
    homes = {c: _cluster_of(con, run, c) for c in claim_ids}
    outside = [c for c in claim_ids if homes[c] != cid]
    if outside:
        where = homes[outside[0]]
        raise CompareError(f"claim {outside[0][:8]} is not in {cid} "
                           f"({'it is in ' + where if where else 'it is in no cluster'}; "
                           f"`compare show {cid}` lists its claims)")
    if len(claim_ids) == len(rows):
        raise CompareError(f"those are all the claims of {cid}: nothing is left to split off "
                           "(name only the claims that should leave)")
    return _record(con, found["level"], "split", claim_ids, None, None, (cid,), note)


def move_claim(con: duckdb.DuckDBPyConnection, claim: str, to: str, *,
               note: str | None = None) -> EditResult:
    """Move one claim (its id or a unique prefix) into cluster ``to``."""
    target = _find(con, to)
    run, level = target["run_id"], target["level"]
    claim_id = _claim(con, claim)
    source = _cluster_of(con, run, claim_id)
    if source is None:
        raise CompareError(f"claim {claim_id[:8]} is in no {level} cluster of the latest run "
                           "(teasers are clustered only with --include-teasers; run `compare "
                           "clusters` after adding documents)")
    anchor = target["medoid_claim_id"]
    if source == target["cluster_id"]:
        return _unchanged(con, level, "move", (claim_id,), anchor, None, source)
    return _record(con, level, "move", (claim_id,), anchor, None, (source, target["cluster_id"]),
                   note)


def label_cluster(con: duckdb.DuckDBPyConnection, cluster_id: str, label: str, *,
                  note: str | None = None) -> EditResult:
    """Give a cluster the analyst's ``label`` (instead of its medoid claim's text)."""
    found = _find(con, cluster_id)
    text = " ".join((label or "").split())
    if not text:
        raise CompareError("the label is empty (give the words the cluster should be known by)")
    anchor = found["medoid_claim_id"]
    if found["label"] == text:
        return _unchanged(con, found["level"], "label", (), anchor, text, found["cluster_id"])
    return _record(con, found["level"], "label", (), anchor, text, (found["cluster_id"],), note)


def undo_cluster_edit(con: duckdb.DuckDBPyConnection, edit_id: int) -> ClusterEdit:
    """Remove one edit and replay the others onto the latest run of its level (no new
    clustering: the computed run is kept); with no edit left, the computed run is shown."""
    edit = _edit(con, edit_id)
    with db.transaction(con):
        con.execute("delete from cluster_edits where edit_id = ?", [edit_id])
        replay_latest(con, edit.level)
    return edit


def list_cluster_edits(con: duckdb.DuckDBPyConnection, *, level: str | None = None
                       ) -> list[dict]:
    """Every edit in replay order: ``what`` it says in words, and whether it is ``in_force``
    (it changed the latest run of its level; False when its claims are gone, or when the
    clustering already agrees)."""
    if level not in (None, *LEVELS):
        raise CompareError(f"unknown level {level!r} (choose one of: {', '.join(LEVELS)})")
    if not has_edit_tables(con):
        return []
    latest = {lv: latest_run(con, lv) for lv in LEVELS}
    effective = {r[0] for r in con.execute(
        "select distinct edit_id from cluster_edit_marks where list_contains(?, run_id)",
        [[r for r in latest.values() if r]]).fetchall()}
    out = []
    for lv in LEVELS:
        if level in (None, lv):
            out += [dict(edit_id=e.edit_id, level=e.level, action=e.action, what=describe_edit(e),
                         note=e.note, created_at=e.created_at, in_force=e.edit_id in effective)
                    for e in level_edits(con, lv)]
    return sorted(out, key=lambda r: r["edit_id"])


def describe_edit(edit: ClusterEdit) -> str:
    """The edit in words, with the cluster ids as the analyst gave them."""
    ids = edit.cluster_ids
    if edit.action == "merge":
        return f"{', '.join(ids[1:])} into {ids[0]}"
    if edit.action == "split":
        n = len(edit.claim_ids)
        return (f"{n} claim{'' if n == 1 else 's'} off {ids[0]}: "
                f"{', '.join(c[:8] for c in edit.claim_ids)}")
    if edit.action == "move":
        return f"claim {edit.claim_ids[0][:8]} from {ids[0]} to {ids[-1]}"
    return f"{ids[0]} as {edit.label!r}"


def replay_latest(con: duckdb.DuckDBPyConnection, level: str) -> str | None:
    """Replay the edits of ``level`` onto its latest run; the id of the run now shown."""
    latest = latest_run(con, level)
    if latest is None:
        return None
    computed = computed_run_of(con, latest)
    return replay_edits(con, computed) or computed


def _record(con: duckdb.DuckDBPyConnection, level: str, action: str, claim_ids: tuple,
            anchor: str | None, label: str | None, cluster_ids: tuple,
            note: str | None) -> EditResult:
    same = _recorded(con, level, action, claim_ids, anchor, label)
    if same is not None:
        return _result(con, same, False)
    with db.transaction(con):
        edit_id = con.execute(
            """insert into cluster_edits (level, action, claim_ids, anchor_claim_id, label,
                                          cluster_ids, note) values (?, ?, ?, ?, ?, ?, ?)
               returning edit_id""",
            [level, action, list(claim_ids), anchor, label, list(cluster_ids),
             " ".join(note.split()) if note else None]).fetchone()[0]
        replay_latest(con, level)
    return _result(con, _edit(con, edit_id), True)


def _unchanged(con: duckdb.DuckDBPyConnection, level: str, action: str, claim_ids: tuple,
               anchor: str | None, label: str | None, cluster_id: str | None) -> EditResult:
    """The edit is already in force: the recorded one, if any (else edit id 0); nothing is
    written."""
    edit = _recorded(con, level, action, claim_ids, anchor, label) or ClusterEdit(
        0, level, action, claim_ids, anchor, label, (cluster_id or "",))
    return EditResult(edit, False, cluster_id, 0)


def _recorded(con: duckdb.DuckDBPyConnection, level: str, action: str, claim_ids: tuple,
              anchor: str | None, label: str | None) -> ClusterEdit | None:
    """The recorded edit that does the same, if any."""
    key = ClusterEdit(0, level, action, claim_ids, anchor, label, ()).key
    return next((e for e in level_edits(con, level) if e.key == key), None)


def _result(con: duckdb.DuckDBPyConnection, edit: ClusterEdit, is_new: bool) -> EditResult:
    """Where the edit left its claims in the latest run of its level, and how many it placed."""
    run = latest_run(con, edit.level)
    n = con.execute("select count(*) from cluster_edit_marks where run_id = ? and edit_id = ? "
                    "and claim_id is not null", [run, edit.edit_id]).fetchone()[0]
    anchor = edit.anchor_claim_id or edit.claim_ids[0]
    return EditResult(edit, is_new, _cluster_of(con, run, anchor), n)


def _edit(con: duckdb.DuckDBPyConnection, edit_id: int) -> ClusterEdit:
    row = con.execute(f"select {', '.join(EDIT_COLUMNS)} from cluster_edits where edit_id = ?",
                      [int(edit_id)]).fetchone()
    if row is None:
        raise CompareError(f"no cluster edit {edit_id} (`compare clusters edits` lists them)")
    return ClusterEdit.from_row(row)


def _find(con: duckdb.DuckDBPyConnection, cluster_id: str, *, merged: bool = False) -> dict:
    """A cluster of the latest runs (``find_cluster``), with its medoid claim, the anchor an
    edit stores. ``merged``: also a cluster an edit merged away, from the computed run behind
    the latest one (its full id only), so that re-issuing a merge is a no-op."""
    try:
        found = find_cluster(con, cluster_id)
    except CompareError:
        found = _in_computed_runs(con, cluster_id.strip()) if merged else None
        if found is None:
            raise
    found["medoid_claim_id"] = con.execute(
        "select medoid_claim_id from clusters where run_id = ? and cluster_id = ?",
        [found["run_id"], found["cluster_id"]]).fetchone()[0]
    return found


def _in_computed_runs(con: duckdb.DuckDBPyConnection, key: str) -> dict | None:
    for level in LEVELS:
        latest = latest_run(con, level)
        computed = computed_run_of(con, latest) if latest else None
        if computed is None or computed == latest:
            continue
        if con.execute("select count(*) from clusters where run_id = ? and cluster_id = ?",
                       [computed, key]).fetchone()[0]:
            return {"run_id": computed, "cluster_id": key, "level": level}
    return None


def _claim(con: duckdb.DuckDBPyConnection, text: str, rows: Sequence[str] = (),
           cluster_id: str | None = None) -> str:
    """The claim id meant by an id, a unique prefix, or ``#N`` (a row of ``rows``, the claims
    of `compare show cluster_id` in order)."""
    key = text.strip()
    if key.startswith("#") and cluster_id is not None:
        if key[1:].isdigit() and 1 <= int(key[1:]) <= len(rows):
            return rows[int(key[1:]) - 1]
        raise CompareError(f"no row {key} in `compare show {cluster_id}` (it has "
                           f"{len(rows)} rows)")
    found = [r[0] for r in con.execute(
        "select claim_id from claims where starts_with(claim_id, ?) order by claim_id limit 6",
        [key]).fetchall()] if key else []
    if key in found or len(found) == 1:
        return key if key in found else found[0]
    if found:
        raise CompareError(f"claim id {key!r} is ambiguous: it starts "
                           f"{', '.join(found[:5])} (give more characters)")
    raise CompareError(f"no claim {key!r} (give a claim id or its first characters: `compare "
                       "show ID --format json` lists them)")


def _cluster_of(con: duckdb.DuckDBPyConnection, run_id: str | None, claim_id: str | None
                ) -> str | None:
    row = con.execute("select cluster_id from cluster_members where run_id = ? and "
                      "claim_id = ?", [run_id, claim_id]).fetchone()
    return row[0] if row else None


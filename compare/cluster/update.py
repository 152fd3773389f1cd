"""Update the latest cluster run with new claims instead of clustering every claim again.

When claims were only added since the latest run of a level (none removed, the same model and
parameters, the matcher's decisions among the old claims unchanged, and the new claims at most
``UPDATE_SHARE`` of the run), the old clusters are kept as fixed groups and only the new claims
are merged, into them or into each other, by the same guarded algorithm (``cluster_vectors``):

- claim level: the groups are the previous clusters, plus one group per new text (a new copy of
  a text already clustered joins that text's cluster, as identical texts always do); the edges
  are the matcher's same-claim decisions that involve a new claim; every polarity conflict
  between two groups still forbids their merge.
- narrative level: the groups are the previous narratives (narratives that one claim cluster now
  spans are joined, so that every claim cluster stays inside one narrative), plus each claim
  cluster made only of new claims; the edges are the nearest claim-cluster centroids of the claim
  clusters that gained claims.

The guard is average linkage computed from the groups' vector sums, as in a full run. What an
update does not do is split an old cluster or move an old claim to another one: the result
follows the history of runs, and ``cluster_claims(..., full=True)`` (``compare clusters
--full``) clusters everything from scratch. Clusters whose membership did not change are copied
with their ids, labels, keywords and counts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import duckdb
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from compare.cluster.graph import (EDGE_MARGIN, best_pair_scores, centroids, cluster_vectors,
                                   group_sums, labels_by_first_row, score_linkage)

UPDATE_SHARE = 0.2  # above this share of new claims, a run is computed from scratch


@dataclass
class Update:
    """The labels of an updated run and what it keeps of the previous one."""

    previous_run_id: str
    labels: np.ndarray  # one label per row (0..m-1 in order of first row)
    kept: np.ndarray    # bool per row: its cluster is the previous run's, unchanged


def previous_run(con: duckdb.DuckDBPyConnection, level: str, model: str,
                 params: dict) -> dict | None:
    """The latest computed run of ``level`` with ``model`` and the same parameters (a narrative
    run's claim run aside; an edited run is never updated, its computed run is), or None. Marks its claims as ``old`` in ``_cluster_idx``; None when one of
    them is no longer clustered, or when the new claims are more than ``UPDATE_SHARE``."""
    same = {k: v for k, v in params.items() if k != "claim_run_id"}
    row = con.execute("""select run_id, params, n_claims, pairs_hash from cluster_runs
                         where level = ? and model = ?
                           and json_extract_string(params, '$.edited_from') is null
                         order by created_at desc, run_id limit 1""", [level, model]).fetchone()
    if row is None:
        return None
    old_params = json.loads(row[1])
    if {k: v for k, v in old_params.items() if k not in ("claim_run_id", "updated_from")} != same:
        return None
    if con.execute("select count(*) from cluster_words where run_id = ?", [row[0]]).fetchone()[0] == 0:
        return None  # written before keyword frequencies were kept
    mark_old(con, row[0])
    n_old, n = con.execute("select count(old_cluster), count(*) from _cluster_idx").fetchone()
    if n_old != row[2] or n_old == n or n - n_old > UPDATE_SHARE * n:
        return None
    return {"run_id": row[0], "params": old_params, "pairs_hash": row[3]}


def mark_old(con: duckdb.DuckDBPyConnection, run_id: str | None) -> None:
    """Add to ``_cluster_idx`` (claim_id, i) each claim's cluster in ``run_id`` (``old_cluster``,
    null for claims new since that run, or for every claim when ``run_id`` is None)."""
    con.execute("""create or replace temp table _cluster_idx as
                   select x.claim_id, x.i, m.cluster_id as old_cluster
                   from _cluster_idx x left join cluster_members m
                     on m.claim_id = x.claim_id and m.run_id = ?""", [run_id])


# A pair's weight under the "score" linkage: the matcher's probability, 1 for a verbatim pair
# (a near-identical text, the same quote in another frame: the matcher may score those low)
LINK_SCORE = "case when p.is_verbatim then 1.0 else p.score end"


def pair_threshold(model: str) -> float:
    """Under the "score" linkage, the least score at which two single claims join: the matcher's
    decision threshold, so that a pair alone is judged as the matcher judges it."""
    from compare.match.scoring import matcher_params

    return float(matcher_params(model)["threshold"])


def pairs_read(linkage: str) -> tuple[str, str]:
    """The ``claim_pairs p`` rows that clustering with ``linkage`` reads (a SQL condition) and
    what of each it reads (the columns to fingerprint)."""
    if linkage == "score":
        return "true", "p.claim_id_a, p.claim_id_b, p.score, p.is_verbatim, p.is_polarity_conflict"
    return ("p.is_same_claim or p.is_polarity_conflict",
            "p.claim_id_a, p.claim_id_b, p.is_same_claim, p.is_polarity_conflict")


def decisions_hash(con: duckdb.DuckDBPyConnection, model: str,
                   linkage: str) -> tuple[str, str]:
    """Fingerprints of the matcher's pairs that clustering with ``linkage`` reads, between the
    claims of ``_cluster_idx``, and between its old claims only: one scan."""
    read, hashed = pairs_read(linkage)
    row = con.execute(f"""
        select count(*), coalesce(bit_xor(h), 0),
               count(*) filter (where old), coalesce(bit_xor(h) filter (where old), 0)
        from (select hash({hashed}) as h,
                     a.old_cluster is not null and b.old_cluster is not null as old
              from claim_pairs p
              join _cluster_idx a on a.claim_id = p.claim_id_a
              join _cluster_idx b on b.claim_id = p.claim_id_b
              where p.model = ? and ({read}))""", [model]).fetchone()
    return f"{row[0]}:{row[1]}", f"{row[2]}:{row[3]}"


def update_claim_labels(con: duckdb.DuckDBPyConnection, vectors: np.ndarray, model: str,
                        params: dict, previous: dict, old_pairs_hash: str) -> Update | None:
    """Merge the new claims of ``_cluster_idx`` into the previous claim run's clusters; None when
    the matcher's pairs among the old claims (``old_pairs_hash``) are not those the previous
    run read (then a full run is needed)."""
    if old_pairs_hash != previous["pairs_hash"]:
        return None
    old = con.execute("select i, old_cluster from _cluster_idx where old_cluster is not null "
                      "order by i").fetchnumpy()
    _, old_group = np.unique(old["old_cluster"].astype(str), return_inverse=True)
    n, n_groups = len(vectors), int(old_group.max()) + 1
    groups = np.full(n, -1, dtype=np.int64)
    groups[old["i"]] = old_group
    # a new claim whose text is already clustered joins that cluster; other new texts are groups
    new = con.execute("""
        select x.i, c.text_hash, coalesce(min(y.i), -1) as old_row
        from _cluster_idx x join claims c on c.claim_id = x.claim_id
        left join claims c2 on c2.text_hash = c.text_hash
        left join _cluster_idx y on y.claim_id = c2.claim_id and y.old_cluster is not null
        where x.old_cluster is null group by x.i, c.text_hash order by x.i""").fetchnumpy()
    known = new["old_row"] >= 0
    groups[new["i"][known]] = groups[new["old_row"][known]]
    _, text_group = np.unique(new["text_hash"][~known].astype(str), return_inverse=True)
    groups[new["i"][~known]] = n_groups + text_group
    pairs = con.execute(f"""
        select a.i as i, b.i as j, p.cosine as cosine, p.is_polarity_conflict as conflict,
               {LINK_SCORE} as score
        from claim_pairs p
        join _cluster_idx a on a.claim_id = p.claim_id_a
        join _cluster_idx b on b.claim_id = p.claim_id_b
        where p.model = ? and (p.is_polarity_conflict or ((p.is_same_claim or ?)
              and (a.old_cluster is null or b.old_cluster is null)))""",
                        [model, params["linkage"] == "score"]).fetchnumpy()
    conflict = pairs["conflict"].astype(bool)
    gi, gj = groups[pairs["i"]], groups[pairs["j"]]
    same = ~conflict & (gi != gj)
    whole = np.arange(groups.max() + 1) < n_groups
    whole[groups[new["i"]]] = False  # previous clusters that new copies of a text joined
    if params["linkage"] == "score":
        return _merge_by_score(con, groups, whole, params["threshold"], pair_threshold(model),
                               previous["run_id"], pairs, same, (gi[conflict], gj[conflict]))
    return _merge(vectors, groups, whole, params["threshold"], previous["run_id"],
                  edges=(gi[same], gj[same], pairs["cosine"][same].astype(float)),
                  cannot_link=(gi[conflict], gj[conflict]))


def _merge_by_score(con: duckdb.DuckDBPyConnection, groups: np.ndarray, whole: np.ndarray,
                    threshold: float, pair_threshold: float, previous_run_id: str, pairs: dict,
                    same: np.ndarray, cannot_link: tuple) -> Update:
    """``graph.score_linkage`` over groups of distinct texts: a group's size is its number of
    distinct texts, its score with another group the sum of the best pair of each two texts.
    The scores between two old clusters are not read (they count 0): two old clusters join only
    through new claims."""
    _, text = np.unique(row_text_hashes(con), return_inverse=True)
    text = text.astype(np.int64)
    ti, tj = text[pairs["i"][same]], text[pairs["j"][same]]
    a, b, best = best_pair_scores(ti, tj, pairs["score"][same].astype(float))
    group_of_text = np.empty(int(text.max()) + 1, np.int64)
    group_of_text[text] = groups
    n_groups = int(groups.max()) + 1
    sizes = np.bincount(group_of_text, minlength=n_groups)
    node_label = score_linkage(n_groups, group_of_text[a], group_of_text[b], best,
                               threshold=threshold, sizes=sizes, cannot_link=cannot_link,
                               pair_threshold=pair_threshold)
    return _update(node_label, groups, whole, previous_run_id)


def row_text_hashes(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    """The text hash of each row of ``_cluster_idx``, in row order."""
    return con.execute("""select c.text_hash from _cluster_idx x join claims c using (claim_id)
                          order by x.i""").fetchnumpy()["text_hash"]


def update_narrative_labels(con: duckdb.DuckDBPyConnection, vectors: np.ndarray,
                            claim_group: np.ndarray, params: dict,
                            previous: dict) -> Update | None:
    """Merge the claim clusters that gained claims into the previous narratives; None unless the
    current claim run is the previous narrative run's claim run, updated."""
    claim_run = con.execute("select params from cluster_runs where run_id = ?",
                            [params["claim_run_id"]]).fetchone()
    if claim_run is None or json.loads(claim_run[0]).get("updated_from") != \
            previous["params"].get("claim_run_id"):
        return None
    old = con.execute("select i, old_cluster from _cluster_idx where old_cluster is not null "
                      "order by i").fetchnumpy()
    _, narrative = np.unique(old["old_cluster"].astype(str), return_inverse=True)
    n, n_narr, n_claim = len(vectors), int(narrative.max()) + 1, int(claim_group.max()) + 1
    # narratives and claim clusters as one graph: a claim cluster joins its claims' narratives
    links = coo_matrix((np.ones(len(narrative)), (narrative, n_narr + claim_group[old["i"]])),
                       shape=(n_narr + n_claim,) * 2)
    _, seed_of_node = connected_components(links, directed=False)
    groups = seed_of_node[n_narr + claim_group]
    is_new = np.ones(n, dtype=bool)
    is_new[old["i"]] = False
    # seeds that are exactly one previous narrative, with no new claim, are kept whole
    whole = np.bincount(seed_of_node[:n_narr], minlength=groups.max() + 1) == 1
    whole[groups[is_new]] = False
    # claim clusters that gained claims look for the nearest claim clusters
    grew = np.unique(claim_group[is_new])
    cents = centroids(vectors, claim_group)
    from compare.match import candidate_pairs

    a, b, cos = candidate_pairs(cents, k=params["k"], queries=grew,
                                min_cosine=params["threshold"] - EDGE_MARGIN)
    sa, sb = seed_of_node[n_narr + a], seed_of_node[n_narr + b]
    keep = sa != sb
    return _merge(vectors, groups, whole, params["threshold"], previous["run_id"],
                  edges=(sa[keep], sb[keep], cos[keep].astype(float)))


def _merge(vectors: np.ndarray, groups: np.ndarray, whole: np.ndarray, threshold: float,
           previous_run_id: str, *, edges: tuple, cannot_link: tuple | None = None) -> Update:
    """``cluster_vectors`` over groups of rows (mean vector, weight = size). ``whole`` flags the
    groups that are a previous cluster as it was: a row is kept when its final cluster is exactly
    one of those."""
    sizes = np.bincount(groups)
    means = (group_sums(vectors, groups) / sizes[:, None]).astype(np.float32)
    node_label = cluster_vectors(means, threshold=threshold, edges=edges,
                                 cannot_link=cannot_link, weights=sizes)
    return _update(node_label, groups, whole, previous_run_id)


def _update(node_label: np.ndarray, groups: np.ndarray, whole: np.ndarray,
            previous_run_id: str) -> Update:
    """The rows' labels from their groups' (``groups``) labels; a row is kept when its final
    cluster is exactly one ``whole`` group."""
    kept_node = whole & (np.bincount(node_label)[node_label] == 1)
    return Update(previous_run_id, labels_by_first_row(node_label[groups]), kept_node[groups])

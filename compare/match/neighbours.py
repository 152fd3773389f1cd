"""Candidate pairs: exact nearest neighbours by blocked matrix products, never n x n in memory."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from compare import engine
from compare.progress import Progress, no_progress

SCORE_BUDGET = 1 << 25  # floats in one block of scores (128 MB)
EXACT_LIMIT = 200_000   # above this many rows, an approximate index (faiss IVF) finds neighbours
IVF_PROBES = 16         # inverted lists searched per query (of about 4 * sqrt(n))


@dataclass
class CoarseLists:
    """The partition of an inverted-file index (its trained centroids, and the list of every
    row), kept by the caller between calls so that a few new rows neither train the index
    again nor assign every row again. ``assignment`` is -1 for rows not assigned yet; a call
    fills it in, and replaces both when it had to train (``trained`` tells)."""

    centroids: np.ndarray | None = None
    assignment: np.ndarray | None = None
    trained: bool = False


def candidate_pairs(vectors: np.ndarray, *, k: int = 20, min_cosine: float = 0.5,
                    block: int = 4096, progress: Progress = no_progress,
                    queries: np.ndarray | None = None, exact: bool | None = None,
                    lists: CoarseLists | None = None,
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of rows among each row's ``k`` nearest neighbours with cosine >= ``min_cosine``.

    ``vectors`` are L2-normalised rows. Returns ``(i, j, cosine)`` arrays with ``i < j``, each
    pair once, sorted by ``(i, j)``. Rows are processed ``block`` at a time (fewer when ``n`` is
    large, so a block of scores stays under ``SCORE_BUDGET`` floats): memory is O(block x n).
    ``queries``: only these rows look for neighbours (among all rows), as when new texts join
    an already matched set; the pairs found still come out as ``i < j``.
    Above ``EXACT_LIMIT`` rows (unless ``exact=True``) the search is approximate: an inverted-file
    index (faiss ``IndexIVFFlat``, inner product) built in memory for this call and never stored,
    probing ``IVF_PROBES`` lists per query; the cosines it returns are exact. ``lists``: the
    index's partition from an earlier call, reused while it has at least half the lists this
    many rows would get (and updated in place).
    """
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
    if n < 2 or k < 1:
        return empty
    kk = min(k, n - 1)
    rows = max(1, min(block, SCORE_BUDGET // n))
    query_rows = np.arange(n) if queries is None else np.asarray(queries, dtype=np.int64)
    run = engine.current()
    if exact is False or (exact is None and n > EXACT_LIMIT):
        # partitioned by the index's lists: each item searches the queries of a few lists
        index, assignment = _ivf_index(vectors, lists if lists is not None else CoarseLists())
        query_rows = query_rows[np.argsort(assignment[query_rows], kind="stable")]
        # the lists each query probes, chosen here: the same wherever the search runs
        probe_cos, probes = index.quantizer.search(vectors[query_rows], index.nprobe)
        if run.name == "local":
            shipped = index
        else:  # as bytes, to ship it to other processes
            import faiss

            shipped = faiss.serialize_index(index)
        del index
        items = [(query_rows[lo:lo + _IVF_QUERIES], probes[lo:lo + _IVF_QUERIES],
                  probe_cos[lo:lo + _IVF_QUERIES], kk, min_cosine)
                 for lo in range(0, len(query_rows), _IVF_QUERIES)]
        found = run.map(_ivf_block, items, stage="neighbours", progress=progress,
                        state=(_ivf_state, (shipped, vectors)))
    else:
        items = [(query_rows[lo:lo + rows], kk, min_cosine)
                 for lo in range(0, len(query_rows), rows)]
        found = run.map(_exact_block, items, stage="neighbours", progress=progress,
                        state=(engine.as_is, (vectors,)))
    out_i, out_j, out_s = [], [], []
    for src, dst, sims in found:
        out_i.append(np.minimum(src, dst))
        out_j.append(np.maximum(src, dst))
        out_s.append(sims)
    if not out_i:
        return empty
    i = np.concatenate(out_i).astype(np.int64)
    j = np.concatenate(out_j).astype(np.int64)
    s = np.concatenate(out_s).astype(np.float32)
    if not len(i):
        return empty
    key = i * n + j
    key, first = np.unique(key, return_index=True)
    return key // n, key % n, np.clip(s[first], -1.0, 1.0)


def _top_k(scores: np.ndarray, ids: np.ndarray, k: int, min_cosine: float,
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row id, column, score) of each row's ``k`` best columns scoring at least ``min_cosine``.

    Thresholds first (most candidates fall below the floor, and a comparison is much cheaper
    than a partial sort of every row); a row with more than ``k`` survivors keeps its best ``k``.
    Falls back to a partial sort of every row when the floor lets most scores through.
    """
    n_rows, n = scores.shape
    rows, cols = np.nonzero(scores >= min_cosine)
    if len(rows) > 8 * k * n_rows and k < n - 1:
        top = np.argpartition(scores, n - k, axis=1)[:, n - k:]
        sims = np.take_along_axis(scores, top, axis=1)
        keep = sims >= min_cosine
        return np.broadcast_to(ids[:, None], top.shape)[keep], top[keep], sims[keep]
    sims = scores[rows, cols]
    order = np.lexsort((-sims, rows))  # by row, best first
    rows, cols, sims = rows[order], cols[order], sims[order]
    first = np.searchsorted(rows, rows)  # index of each row's first survivor
    keep = np.arange(len(rows)) - first < k
    return ids[rows[keep]], cols[keep], sims[keep]


_IVF_QUERIES = 65_536  # queries per item of the approximate search
_SPARE, _SLACK = 2, 1e-5  # extra candidates per row, and how far below the floor, for ties


def _exact_block(vectors: np.ndarray, item: tuple) -> tuple:
    """(row, column, cosine) of the ``k`` best neighbours of a block of query rows, by one
    matrix product with every row (an engine's item; the vectors are its state)."""
    ids, k, min_cosine = item
    scores = vectors[ids] @ vectors.T
    scores[np.arange(len(ids)), ids] = -np.inf  # not one's own neighbour
    # the product's last bits depend on the BLAS threads: candidates are chosen with a margin,
    # then ranked by a cosine that does not (float64 sums of exact float32 products)
    src, dst, _ = _top_k(scores, ids, k + _SPARE, min_cosine - _SLACK)
    del scores
    cos = np.einsum("ij,ij->i", vectors[src].astype(np.float64),
                    vectors[dst].astype(np.float64)).astype(np.float32)
    order = np.lexsort((dst, -cos, src))  # by row, best first, ties by column
    src, dst, cos = src[order], dst[order], cos[order]
    rank = np.arange(len(src)) - np.searchsorted(src, src)
    keep = (rank < k) & (cos >= min_cosine)
    return src[keep], dst[keep], cos[keep]


def _ivf_index(vectors: np.ndarray, lists: CoarseLists):
    """An in-memory faiss inverted-file index of ``vectors`` (trained on a fixed sample:
    deterministic), built on ``lists`` when they are still fit for this many rows, and the
    list of every row."""
    import faiss
    from faiss.contrib.ivf_tools import add_preassigned

    n, dim = vectors.shape
    n_lists = max(1, min(int(4 * np.sqrt(n)), n // 39))
    quantizer = faiss.IndexFlatIP(dim)
    lists.trained = not (lists.centroids is not None and lists.centroids.shape[1] == dim
                         and 2 * len(lists.centroids) >= n_lists
                         and lists.assignment is not None and len(lists.assignment) == n)
    if lists.trained:
        sample = np.random.default_rng(0).choice(n, size=min(n, 64 * n_lists), replace=False)
        index = faiss.IndexIVFFlat(quantizer, dim, n_lists, faiss.METRIC_INNER_PRODUCT)
        index.train(vectors[np.sort(sample)])
        lists.centroids = quantizer.reconstruct_n(0, n_lists)
        lists.assignment = np.full(n, -1, dtype=np.int64)
    else:
        quantizer.add(np.ascontiguousarray(lists.centroids, dtype=np.float32))
        index = faiss.IndexIVFFlat(quantizer, dim, len(lists.centroids),
                                   faiss.METRIC_INNER_PRODUCT)
    missing = np.flatnonzero(lists.assignment < 0)
    if len(missing):
        lists.assignment[missing] = quantizer.search(vectors[missing], 1)[1][:, 0]
    add_preassigned(index, vectors, np.ascontiguousarray(lists.assignment, dtype=np.int64))
    index.nprobe = min(IVF_PROBES, index.nlist)
    return index, lists.assignment


def _ivf_state(index, vectors: np.ndarray) -> tuple:
    import faiss

    if isinstance(index, np.ndarray):  # shipped as bytes
        index = faiss.deserialize_index(index)
    return index, vectors


def _ivf_block(state: tuple, item: tuple) -> tuple:
    """(row, column, cosine) of the ``k`` best neighbours of some query rows through the index,
    which probes ``IVF_PROBES`` lists per query (an engine's item)."""
    index, vectors = state
    ids, probes, probe_cos, k, min_cosine = item
    sims, cols = index.search_preassigned(vectors[ids], k + 1, probes, probe_cos)  # + 1: itself
    keep = (cols >= 0) & (cols != ids[:, None]) & (sims >= min_cosine)
    # at most k per row once the row itself is dropped
    rank = np.cumsum(keep, axis=1)
    keep &= rank <= k
    src = np.broadcast_to(ids[:, None], cols.shape)[keep]
    return src, cols[keep], sims[keep]

"""Candidate pairs: exact nearest neighbours by blocked matrix products, never n x n in memory."""

from __future__ import annotations

import numpy as np

from compare.progress import Progress, no_progress

SCORE_BUDGET = 1 << 25  # floats in one block of scores (128 MB)


def candidate_pairs(vectors: np.ndarray, *, k: int = 20, min_cosine: float = 0.5,
                    block: int = 4096, progress: Progress = no_progress,
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of rows among each row's ``k`` nearest neighbours with cosine >= ``min_cosine``.

    ``vectors`` are L2-normalised rows. Returns ``(i, j, cosine)`` arrays with ``i < j``, each
    pair once, sorted by ``(i, j)``. Rows are processed ``block`` at a time (fewer when ``n`` is
    large, so a block of scores stays under ``SCORE_BUDGET`` floats): memory is O(block x n).
    """
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
    if n < 2 or k < 1:
        return empty
    kk = min(k, n - 1)
    rows = max(1, min(block, SCORE_BUDGET // n))
    out_i, out_j, out_s = [], [], []
    for start in range(0, n, rows):
        stop = min(start + rows, n)
        scores = vectors[start:stop] @ vectors.T
        local = np.arange(stop - start)
        scores[local, start + local] = -np.inf  # not one's own neighbour
        if kk < n - 1:
            top = np.argpartition(scores, n - kk, axis=1)[:, n - kk:]
        else:
            top = np.broadcast_to(np.arange(n), (stop - start, n))
        sims = np.take_along_axis(scores, top, axis=1)
        keep = sims >= min_cosine
        src = np.broadcast_to((start + local)[:, None], top.shape)[keep]
        dst = top[keep]
        out_i.append(np.minimum(src, dst))
        out_j.append(np.maximum(src, dst))
        out_s.append(sims[keep])
        progress("neighbours", stop, n)
    i = np.concatenate(out_i).astype(np.int64)
    j = np.concatenate(out_j).astype(np.int64)
    s = np.concatenate(out_s).astype(np.float32)
    if not len(i):
        return empty
    key = i * n + j
    key, first = np.unique(key, return_index=True)
    return key // n, key % n, np.clip(s[first], -1.0, 1.0)

"""The pure clustering algorithm: guarded greedy merging over a sparse graph of candidate edges.

Edges are merged in descending score order (Kruskal), but two groups are joined only when

- the average cosine between their members (average linkage, computed in O(dim) from the
  groups' vector sums) is at least ``threshold``: a chain of pairwise-similar items cannot drag
  two distant groups together (single linkage's chaining problem), and
- no cannot-link pair spans them: a claim and its negation never end up in one group, not even
  through a chain of intermediate claims.

Memory and time are linear in rows + edges; nothing n x n is ever built.
"""

from __future__ import annotations

import numpy as np

from compare import engine


def knn_edges(vectors: np.ndarray, *, k: int, min_cosine: float,
              block: int = 2048) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate edges ``(i, j, cosine)`` with ``i < j``: each row's ``k`` nearest neighbours
    above ``min_cosine`` (``compare.match.candidate_pairs``)."""
    from compare.match import candidate_pairs

    return candidate_pairs(vectors, k=k, min_cosine=min_cosine, block=block)


EDGE_MARGIN = 0.1  # default candidate edges reach this far below the centroid threshold


def claim_labels(vectors: np.ndarray, texts: np.ndarray, i: np.ndarray, j: np.ndarray,
                 score: np.ndarray, same: np.ndarray, conflict: np.ndarray, *,
                 threshold: float) -> np.ndarray:
    """The claim level's clustering: rows with identical ``texts`` (republications, repeated
    quotes) merged first, then the pairs ``(i, j)`` judged the ``same`` claim, best ``score``
    first, with polarity ``conflict`` pairs as cannot-links, under the centroid guard."""
    same = same & ~conflict
    _, first, group = np.unique(texts, return_index=True, return_inverse=True)
    rows = np.arange(len(vectors))
    dup = rows != first[group]
    ei = np.concatenate([first[group][dup], i[same]])
    ej = np.concatenate([rows[dup], j[same]])
    edge_score = np.concatenate([np.full(int(dup.sum()), 2.0), score[same].astype(float)])
    return cluster_vectors(vectors, threshold=threshold, edges=(ei, ej, edge_score),
                           cannot_link=(i[conflict], j[conflict]))


def claim_labels_by_score(texts: np.ndarray, i: np.ndarray, j: np.ndarray, score: np.ndarray,
                          conflict: np.ndarray, *, threshold: float,
                          pair_threshold: float = 0.0) -> np.ndarray:
    """The claim level's clustering by the matcher's scores (``score_linkage`` over the distinct
    ``texts``: identical texts are one node, their pairs with another text its best pair's
    score; two single texts join only at ``pair_threshold``, the matcher's own); the polarity
    ``conflict`` pairs are cannot-links."""
    _, group = np.unique(texts, return_inverse=True)
    group = group.astype(np.int64)
    gi, gj = group[np.asarray(i, np.int64)], group[np.asarray(j, np.int64)]
    conflict = np.asarray(conflict, bool)
    scored = ~conflict & (gi != gj)
    a, b, best = best_pair_scores(gi[scored], gj[scored], np.asarray(score, float)[scored])
    nodes = score_linkage(int(group.max()) + 1 if len(group) else 0, a, b, best,
                          threshold=threshold, cannot_link=(gi[conflict], gj[conflict]),
                          pair_threshold=pair_threshold)
    return labels_by_first_row(nodes[group])


def best_pair_scores(i: np.ndarray, j: np.ndarray,
                     score: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row per unordered node pair ``(min, max)``: its highest score."""
    a, b = np.minimum(i, j), np.maximum(i, j)
    order = np.lexsort((-score, b, a))
    a, b, score = a[order], b[order], score[order]
    first = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])] if len(a) else np.zeros(0, bool)
    return a[first], b[first], score[first]


def score_linkage(n: int, i: np.ndarray, j: np.ndarray, score: np.ndarray, *,
                  threshold: float, sizes: np.ndarray | None = None,
                  cannot_link: tuple | None = None, pair_threshold: float = 0.0) -> np.ndarray:
    """Average linkage over sparse pair scores: the two groups whose members' mean pair score is
    highest join first, while it is at least ``threshold``; a pair without a score counts 0.

    Why: one pair judged the same statement should not drag two groups together (a sentence
    holding two statements of one speech bridged both), yet a rewrite chain whose links are each
    only likely should hold. Two single items join only when their score also reaches
    ``pair_threshold``: one likely pair alone is weak evidence, several are not. A node may
    stand for a group: ``sizes`` gives how many items it holds, and its ``score`` with another
    node is then the sum over their items' pairs (pairs given twice add up). ``cannot_link``
    pairs never share a group, not even through others. Only pairs at or above ``threshold``
    can start a merge, so a graph without one costs nothing; labels are 0..n-1 renumbered by
    first row, the same for any order of the pairs.
    """
    import heapq

    if n == 0:
        return np.zeros(0, dtype=np.int64)
    i, j = np.asarray(i, np.int64), np.asarray(j, np.int64)
    score = np.asarray(score, np.float64)
    keep = i != j
    a, b = np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep])
    key, where = np.unique(a * n + b, return_inverse=True)
    total = np.bincount(where, weights=score[keep], minlength=len(key))
    a, b = (key // n).tolist(), (key % n).tolist()
    size = [1.0] * n if sizes is None else np.asarray(sizes, np.float64).tolist()
    links: dict[int, dict[int, float]] = {}  # node -> {neighbour: summed score}
    # the heap holds (-mean, x * n + y), x < y; an entry is stale once its pair's mean changed
    heap = []
    for x, y, s in zip(a, b, total.tolist()):
        links.setdefault(x, {})[y] = s
        links.setdefault(y, {})[x] = s
        if s >= threshold * size[x] * size[y] and (s >= pair_threshold or size[x] + size[y] > 2):
            heap.append((-s / (size[x] * size[y]), x * n + y))
    forbid = _forbidden(cannot_link)
    heapq.heapify(heap)
    parent = list(range(n))
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        mean, key = pop(heap)
        x, y = divmod(key, n)
        if parent[x] != x or parent[y] != y:
            continue
        s = links[x].get(y)
        if s is None or -s / (size[x] * size[y]) != mean:
            continue
        fx = forbid.get(x)
        if fx and y in fx:
            continue
        if len(links[x]) < len(links[y]):  # the node with fewer neighbours is folded in
            x, y = y, x
        parent[y] = x
        lx, ly = links[x], links.pop(y)
        del lx[y]
        del ly[x]
        for z, s in ly.items():
            lz = links[z]
            del lz[y]
            lz[x] = lx[z] = lx.get(z, 0.0) + s
        size[x] += size[y]
        _move_forbidden(forbid, y, x)
        sx = size[x]
        for z, s in lx.items():
            if s >= threshold * sx * size[z]:
                push(heap, (-s / (sx * size[z]), x * n + z if x < z else z * n + x))

    return _root_labels(parent)


def _root_labels(parent: list[int]) -> np.ndarray:
    """Labels 0..m-1 (by first row) of the union-find forest ``parent``."""
    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    n = len(parent)
    return labels_by_first_row(np.fromiter((find(x) for x in range(n)), dtype=np.int64, count=n))


def cluster_vectors(vectors: np.ndarray, *, threshold: float = 0.6, k: int = 10,
                    edges: tuple | None = None, cannot_link: tuple | None = None,
                    weights: np.ndarray | None = None) -> np.ndarray:
    """Group the rows of an L2-normalised matrix; return one integer label per row.

    ``edges``: optional ``(i, j, score)`` arrays of candidate pairs (default: each row's ``k``
    nearest neighbours with cosine >= ``threshold - EDGE_MARGIN``); merged best score first.
    ``threshold``: the minimum average cosine between the members of two groups for a merge.
    ``cannot_link``: optional ``(i, j)`` arrays of rows that must never share a group.
    ``weights``: optional row weights. A row may stand for a group of items: pass the group's
    mean vector (norm <= 1) and its size, and the guard is the average cosine between items.
    Labels are 0..m-1 in order of each group's first row; the same input gives the same labels.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    n = len(vectors)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if edges is None:
        edges = knn_edges(vectors, k=k, min_cosine=threshold - EDGE_MARGIN)
    run = engine.current()
    if run.name != "local":
        return by_component(run, vectors, threshold, edges, cannot_link, weights)
    return _merge(vectors, threshold, edges, cannot_link, weights)


def by_component(run, vectors: np.ndarray, threshold: float, edges: tuple,
                 cannot_link: tuple | None, weights: np.ndarray | None) -> np.ndarray:
    """``cluster_vectors`` on an engine: groups only ever merge along edges, so each connected
    component of the edge graph is clustered on its own, several small components to an item
    and a giant component alone; the same labels as one run over everything (within a
    component, edges keep their order)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(vectors)
    ei, ej, score = (np.asarray(a) for a in edges)
    ei, ej = ei.astype(np.int64), ej.astype(np.int64)
    _, component = connected_components(coo_matrix(
        (np.ones(len(ei), np.int8), (ei, ej)), shape=(n, n)), directed=False)
    # components to items of about n / (4 * workers) rows, in component order
    sizes = np.bincount(component)
    target = max(1, n // (4 * run.workers))
    item_of = np.unique(np.cumsum(np.r_[0, sizes[:-1]]) // target, return_inverse=True)[1]
    row_item = item_of[component]
    n_items = int(item_of.max()) + 1
    rows_by_item = np.argsort(row_item, kind="stable")  # ascending within each item
    row_bounds = np.searchsorted(row_item[rows_by_item], np.arange(n_items + 1))
    local = np.empty(n, np.int64)  # a row's index within its item
    for lo, hi in zip(row_bounds[:-1], row_bounds[1:]):
        local[rows_by_item[lo:hi]] = np.arange(hi - lo)
    edge_parts = _split_by_item(row_item[ei], n_items, local[ei], local[ej], np.asarray(score))
    if cannot_link is not None:
        ca, cb = (np.asarray(a, np.int64) for a in cannot_link)
        inside = row_item[ca] == row_item[cb]  # across components they can never meet
        link_parts = _split_by_item(row_item[ca[inside]], n_items, local[ca[inside]],
                                    local[cb[inside]])
    items = [(rows_by_item[row_bounds[it]:row_bounds[it + 1]], edge_parts[it],
              link_parts[it] if cannot_link is not None else None, threshold)
             for it in range(n_items)]
    labels = np.empty(n, np.int64)
    offset = 0
    for (rows, *_), part in zip(items, run.map(_merge_item, items, stage="cluster",
                                                   state=(engine.as_is, (vectors, weights)))):
        labels[rows] = part + offset
        offset += int(part.max()) + 1 if len(part) else 0
    return labels_by_first_row(labels)


def _split_by_item(item: np.ndarray, n_items: int, *columns: np.ndarray) -> list[tuple]:
    """The rows of ``columns`` of each item 0..n_items-1 (one sort, not one scan per item)."""
    order = np.argsort(item, kind="stable")
    bounds = np.searchsorted(item[order], np.arange(n_items + 1))
    return [tuple(c[order[lo:hi]] for c in columns) for lo, hi in zip(bounds[:-1], bounds[1:])]


def labels_by_first_row(raw: np.ndarray) -> np.ndarray:
    """Labels renumbered 0..m-1 in order of each label's first row (the same grouping gives
    the same labels, however it was numbered)."""
    _, first, inverse = np.unique(raw, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inverse]


def _merge_item(state: tuple, item: tuple) -> np.ndarray:
    """The labels of one item of ``by_component`` (rows of whole components)."""
    vectors, weights = state
    rows, edges, cannot_link, threshold = item
    return _merge(vectors[rows], threshold, edges, cannot_link,
                  None if weights is None else np.asarray(weights)[rows])


def _merge(vectors: np.ndarray, threshold: float, edges: tuple, cannot_link: tuple | None,
           weights: np.ndarray | None) -> np.ndarray:
    """The guarded greedy merging of ``cluster_vectors`` (its docstring says how)."""
    n = len(vectors)
    ei, ej, score = (np.asarray(a) for a in edges)
    if len(ei):
        order = np.lexsort((ej, ei, -np.asarray(score, dtype=np.float64)))
        ei, ej = ei[order].tolist(), ej[order].tolist()
    else:
        ei, ej = [], []
    w = np.ones(n, dtype=np.float32) if weights is None else np.asarray(weights, np.float32)
    forbid = _forbidden(cannot_link)
    parent = list(range(n))
    size = [1] * n
    weight = w.astype(np.float64).tolist()  # total weight of each group
    sums: dict[int, np.ndarray] = {}  # vector sums of groups with more than one row

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def total(root: int) -> np.ndarray:
        s = sums.get(root)
        return vectors[root] * w[root] if s is None else s

    for a, b in zip(ei, ej):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        sa, sb = total(ra), total(rb)
        denom = weight[ra] * weight[rb]
        if denom <= 0 or float(sa @ sb) / denom < threshold:
            continue
        fa = forbid.get(ra)
        if fa and rb in fa:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        weight[ra] += weight[rb]
        sums[ra] = sa + sb
        sums.pop(rb, None)
        _move_forbidden(forbid, rb, ra)
    return _root_labels(parent)


def _forbidden(cannot_link: tuple | None) -> dict[int, set[int]]:
    """forbid[root]: the roots of the groups that group may never join (kept symmetric, and
    re-pointed on every merge by ``_move_forbidden``, so a check is one set lookup)."""
    forbid: dict[int, set[int]] = {}
    if cannot_link is not None:
        for a, b in zip(np.asarray(cannot_link[0]).tolist(), np.asarray(cannot_link[1]).tolist()):
            if a != b:
                forbid.setdefault(a, set()).add(b)
                forbid.setdefault(b, set()).add(a)
    return forbid


def _move_forbidden(forbid: dict[int, set[int]], gone: int, into: int) -> None:
    """After group ``gone`` merged into ``into``: the groups it could not join can no longer
    join ``into``."""
    moved = forbid.pop(gone, None)
    if moved:
        for other in moved:
            others = forbid[other]
            others.discard(gone)
            others.add(into)
        forbid.setdefault(into, set()).update(moved)


def group_sums(vectors: np.ndarray, labels: np.ndarray,
               weights: np.ndarray | None = None, chunk: int = 200_000) -> np.ndarray:
    """The (weighted) sum of the vectors of each label 0..m-1, in float64 (summed in float32
    within chunks of rows, as a sparse one-hot product: bounded memory, no sorting)."""
    from scipy.sparse import csr_matrix

    m = int(labels.max()) + 1 if len(labels) else 0
    sums = np.zeros((m, vectors.shape[1]), dtype=np.float64)
    w = np.ones(len(labels), np.float32) if weights is None else np.asarray(weights, np.float32)
    for lo in range(0, len(labels), chunk):
        part = labels[lo:lo + chunk]
        one_hot = csr_matrix((w[lo:lo + chunk], (part, np.arange(len(part)))),
                             shape=(m, len(part)))
        sums += one_hot @ np.asarray(vectors[lo:lo + chunk], dtype=np.float32)
    return sums


def centroids(vectors: np.ndarray, labels: np.ndarray,
              weights: np.ndarray | None = None) -> np.ndarray:
    """The L2-normalised (weighted) mean vector of each label 0..m-1."""
    sums = group_sums(vectors, labels, weights)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (sums / norms).astype(np.float32)


def medoids(vectors: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each label, the row closest to the label's centroid (ties: the lowest row), and
    each row's cosine to its label's medoid."""
    cents = centroids(vectors, labels)
    to_centroid = _rowwise_dot(vectors, cents, labels)
    # best row per label: sort by (label, -cosine, row) and take the first of each label
    order = np.lexsort((np.arange(len(labels)), -to_centroid, labels))
    first = np.r_[True, labels[order][1:] != labels[order][:-1]]
    medoid = np.zeros(len(cents), dtype=np.int64)  # (a label without rows keeps row 0)
    medoid[labels[order][first]] = order[first]
    similarity = _rowwise_dot(vectors, vectors[medoid], labels)
    return medoid, np.clip(similarity, -1.0, 1.0)


def _rowwise_dot(vectors: np.ndarray, targets: np.ndarray, labels: np.ndarray,
                 chunk: int = 100_000) -> np.ndarray:
    """``vectors[r] @ targets[labels[r]]`` for every row, in chunks (bounded memory)."""
    out = np.empty(len(vectors), dtype=np.float32)
    for lo in range(0, len(vectors), chunk):
        hi = lo + chunk
        out[lo:hi] = np.einsum("ij,ij->i", vectors[lo:hi], targets[labels[lo:hi]])
    return out

"""cluster_vectors: the pure clustering over a normalised matrix, on synthetic vectors."""

import numpy as np
import pytest

from compare.cluster import cluster_vectors
from compare.cluster.graph import centroids, medoids


def unit(x):
    x = np.asarray(x, dtype=np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def blobs(n_blobs=5, per_blob=20, dim=32, noise=0.15, seed=0):
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(n_blobs, dim)))
    vectors = unit(np.repeat(centres, per_blob, axis=0) + noise * rng.normal(size=(n_blobs * per_blob, dim)))
    truth = np.repeat(np.arange(n_blobs), per_blob)
    return vectors, truth


def all_pairs(vectors, min_cosine):
    """Every pair above min_cosine (fine for a few hundred rows)."""
    sims = vectors @ vectors.T
    i, j = np.triu_indices(len(vectors), 1)
    keep = sims[i, j] >= min_cosine
    return i[keep], j[keep], sims[i, j][keep]


def same_partition(a, b):
    pairs = {(x, y) for x, y in zip(a.tolist(), b.tolist())}
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


def test_well_separated_blobs_are_recovered():
    vectors, truth = blobs()
    labels = cluster_vectors(vectors, threshold=0.4, edges=all_pairs(vectors, 0.3))
    assert same_partition(labels, truth)


def test_default_candidate_edges_recover_the_blobs():
    vectors, truth = blobs(n_blobs=4, per_blob=15, seed=3)
    labels = cluster_vectors(vectors, threshold=0.4, k=20)
    assert same_partition(labels, truth)


def test_an_outlier_stays_alone():
    vectors, _ = blobs(n_blobs=3, per_blob=10, noise=0.08)
    rng = np.random.default_rng(7)
    outlier = unit(rng.normal(size=(1, vectors.shape[1])))
    vectors = np.vstack([vectors, outlier])
    labels = cluster_vectors(vectors, threshold=0.6, edges=all_pairs(vectors, 0.2))
    assert (labels == labels[-1]).sum() == 1
    assert len(set(labels.tolist())) == 4


def test_labels_are_deterministic_and_independent_of_edge_order():
    vectors, _ = blobs(seed=1)
    i, j, s = all_pairs(vectors, 0.3)
    first = cluster_vectors(vectors, threshold=0.6, edges=(i, j, s))
    shuffle = np.random.default_rng(2).permutation(len(i))
    second = cluster_vectors(vectors, threshold=0.6, edges=(i[shuffle], j[shuffle], s[shuffle]))
    assert first.tolist() == second.tolist()
    assert first[0] == 0 and first.max() == len(set(first.tolist())) - 1


def test_chaining_is_guarded_by_the_centroid_cosine():
    # points along a quarter circle: each is close to the next, the ends are orthogonal
    angles = np.linspace(0, np.pi / 2, 40)
    vectors = unit(np.c_[np.cos(angles), np.sin(angles), np.zeros(40)])
    edges = all_pairs(vectors, 0.99)  # only neighbours along the arc
    single_linkage = cluster_vectors(vectors, threshold=-1.0, edges=edges)
    guarded = cluster_vectors(vectors, threshold=0.9, edges=edges)
    assert len(set(single_linkage.tolist())) == 1
    assert len(set(guarded.tolist())) > 1
    for label in set(guarded.tolist()):
        members = vectors[guarded == label]
        assert (members @ members.T).min() > 0.5  # no group spans the arc


def test_cannot_link_holds_even_through_a_chain():
    # a ~ b ~ c pairwise, but a and c must never share a group
    vectors = unit([[1.0, 0.0, 0.0], [0.98, 0.1, 0.0], [0.96, 0.2, 0.0]])
    edges = (np.array([0, 1]), np.array([1, 2]), np.array([0.99, 0.99]))
    free = cluster_vectors(vectors, threshold=0.5, edges=edges)
    guarded = cluster_vectors(vectors, threshold=0.5, edges=edges,
                              cannot_link=(np.array([0]), np.array([2])))
    assert len(set(free.tolist())) == 1
    assert guarded[0] != guarded[2]
    assert guarded[1] in (guarded[0], guarded[2])


def _merge_reference(vectors, threshold, edges, cannot_link):
    """The algorithm spelled out naively: groups as sets, conflicts checked row by row."""
    groups = {r: {r} for r in range(len(vectors))}
    where = list(range(len(vectors)))
    conflicts = set(zip(*cannot_link)) | set(zip(cannot_link[1], cannot_link[0]))
    order = np.lexsort((edges[1], edges[0], -edges[2]))
    for a, b in zip(edges[0][order], edges[1][order]):
        ga, gb = where[a], where[b]
        if ga == gb:
            continue
        sa, sb = vectors[list(groups[ga])].sum(0), vectors[list(groups[gb])].sum(0)
        if sa @ sb / (len(groups[ga]) * len(groups[gb])) < threshold:
            continue
        if any((x, y) in conflicts for x in groups[ga] for y in groups[gb]):
            continue
        for r in groups[gb]:
            where[r] = ga
        groups[ga] |= groups.pop(gb)
    return sorted(sorted(g) for g in groups.values())


@pytest.mark.parametrize("seed", range(5))
def test_cannot_links_in_a_dense_random_graph_match_the_naive_algorithm(seed):
    rng = np.random.default_rng(seed)
    vectors = unit(rng.normal(size=(4, 8))[rng.integers(0, 4, 60)] + 0.4 * rng.normal(size=(60, 8)))
    i, j = rng.integers(0, 60, 400), rng.integers(0, 60, 400)
    keep = i < j
    edges = (i[keep], j[keep], np.einsum("ij,ij->i", vectors[i[keep]], vectors[j[keep]]))
    cannot = (rng.integers(0, 60, 40), rng.integers(0, 60, 40))
    labels = cluster_vectors(vectors, threshold=0.3, edges=edges, cannot_link=cannot)
    got = sorted(sorted(np.flatnonzero(labels == g).tolist()) for g in set(labels.tolist()))
    assert got == _merge_reference(vectors.astype(np.float64), 0.3, edges, cannot)
    assert all(labels[a] != labels[b] for a, b in zip(*cannot) if a != b)


def test_weights_pull_the_centroid_towards_the_heavier_row():
    vectors = unit([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    edges = (np.array([0, 1]), np.array([1, 2]), np.array([0.9, 0.8]))
    light = cluster_vectors(vectors, threshold=0.55, edges=edges)
    heavy = cluster_vectors(vectors, threshold=0.55, edges=edges, weights=np.array([1, 50, 1]))
    assert light.tolist() == [0, 0, 1]  # the centroid of rows 0 and 1 is too far from row 2
    assert heavy.tolist() == [0, 0, 0]  # row 1 (weight 50) dominates that centroid


def test_empty_input_and_no_edges():
    assert cluster_vectors(np.zeros((0, 4), np.float32), edges=([], [], [])).tolist() == []
    vectors = unit(np.eye(3))
    assert cluster_vectors(vectors, edges=([], [], [])).tolist() == [0, 1, 2]


def test_medoid_is_the_member_closest_to_the_centroid():
    vectors = unit([[1.0, 0.0], [0.9, 0.1], [0.8, 0.2], [0.0, 1.0]])
    labels = np.array([0, 0, 0, 1])
    medoid, similarity = medoids(vectors, labels)
    assert medoid.tolist() == [1, 3]
    assert similarity[1] == pytest.approx(1.0) and similarity[3] == pytest.approx(1.0)
    assert similarity[0] < 1.0


def test_centroids_match_a_plain_mean_also_in_the_chunked_path():
    rng = np.random.default_rng(4)
    vectors = unit(rng.normal(size=(450_001 // 1000, 8)))
    labels = rng.integers(0, 17, size=len(vectors))
    expected = np.stack([vectors[labels == g].mean(axis=0) for g in range(17)])
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    assert np.allclose(centroids(vectors, labels), expected, atol=1e-5)

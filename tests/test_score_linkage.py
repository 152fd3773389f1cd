"""score_linkage: average linkage over sparse pair scores (the claim level's clustering)."""

import itertools

import numpy as np
import pytest

from compare.cluster.graph import claim_labels_by_score, score_linkage


def groups(labels):
    return sorted(sorted(np.flatnonzero(labels == g).tolist()) for g in set(labels.tolist()))


def pairs(rows):
    i, j, s = zip(*rows)
    return np.array(i), np.array(j), np.array(s, dtype=float)


# (what it shows, nodes, scored pairs (i, j, score), cannot-links, threshold, expected groups)
CASES = [
    ("a sentence holding two statements joins one of them, not both",
     5, [(0, 1, 0.9), (2, 3, 0.9), (4, 0, 0.5), (4, 2, 0.5)], [], 0.2,
     [[0, 1, 4], [2, 3]]),
    ("a chain of rewrites holds when each link is likely",
     3, [(0, 1, 0.6), (1, 2, 0.6), (0, 2, 0.3)], [], 0.2, [[0, 1, 2]]),
    ("an unscored pair counts 0: a weak link cannot pull a pair in",
     3, [(0, 1, 0.9), (1, 2, 0.3)], [], 0.2, [[0, 1], [2]]),
    ("the same weak link is enough for a single node",
     2, [(0, 1, 0.3)], [], 0.2, [[0, 1]]),
    ("nothing at the threshold, nothing merged",
     3, [(0, 1, 0.19), (1, 2, 0.1)], [], 0.2, [[0], [1], [2]]),
    ("a cannot-link holds through a chain",
     3, [(0, 1, 0.9), (1, 2, 0.9)], [(0, 2)], 0.2, [[0, 1], [2]]),
    ("the best pair merges first, so the cannot-link keeps the weaker one out",
     3, [(0, 1, 0.5), (1, 2, 0.9)], [(0, 2)], 0.2, [[0], [1, 2]]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_score_linkage(case):
    _, n, rows, cannot, threshold, expected = case
    cannot_link = (np.array([a for a, _ in cannot], int), np.array([b for _, b in cannot], int))
    labels = score_linkage(n, *pairs(rows), threshold=threshold, cannot_link=cannot_link)
    assert groups(labels) == expected


def test_two_single_items_join_only_at_the_pair_threshold_a_group_at_the_mean():
    # 0-1 accepted (0.9); 2 is only likely with each (0.3), 3-4 likely with each other alone
    i, j, s = pairs([(0, 1, 0.9), (2, 0, 0.3), (2, 1, 0.3), (3, 4, 0.3)])
    labels = score_linkage(5, i, j, s, threshold=0.2, pair_threshold=0.45)
    assert groups(labels) == [[0, 1, 2], [3], [4]]
    assert groups(score_linkage(5, i, j, s, threshold=0.2)) == [[0, 1, 2], [3, 4]]


def test_a_node_standing_for_a_group_averages_over_its_members():
    # node 0 holds 3 items whose pairs with node 1 sum to 0.9: mean 0.3
    i, j, s = pairs([(0, 1, 0.9)])
    assert groups(score_linkage(2, i, j, s, threshold=0.3, sizes=np.array([3, 1]))) == [[0, 1]]
    assert groups(score_linkage(2, i, j, s, threshold=0.31, sizes=np.array([3, 1]))) == [[0], [1]]
    # pairs given twice add up (two members of node 0 each scored with node 1)
    i, j, s = pairs([(0, 1, 0.3), (1, 0, 0.3)])
    assert groups(score_linkage(2, i, j, s, threshold=0.3, sizes=np.array([2, 1]))) == [[0, 1]]


def test_empty_input_and_no_pairs():
    empty = np.array([], int)
    assert score_linkage(0, empty, empty, np.array([]), threshold=0.2).tolist() == []
    assert score_linkage(3, empty, empty, np.array([]), threshold=0.2).tolist() == [0, 1, 2]


def _reference(n, i, j, s, threshold, cannot):
    """Naive average linkage: every group pair's mean score recomputed at each step."""
    score = {}
    for a, b, v in zip(i.tolist(), j.tolist(), s.tolist()):
        score[(a, b)] = score[(b, a)] = v
    forbid = {(a, b) for a, b in zip(*cannot)} | {(b, a) for a, b in zip(*cannot)}
    found = [[x] for x in range(n)]
    while True:
        best, pick = threshold, None
        for p, q in itertools.combinations(range(len(found)), 2):
            if any((x, y) in forbid for x in found[p] for y in found[q]):
                continue
            mean = sum(score.get((x, y), 0.0) for x in found[p] for y in found[q]) / (
                len(found[p]) * len(found[q]))
            if mean >= best and (pick is None or mean > best):
                best, pick = mean, (p, q)
        if pick is None:
            return sorted(sorted(g) for g in found)
        p, q = pick
        found[p] += found.pop(q)


@pytest.mark.parametrize("seed", range(8))
def test_random_graphs_match_the_naive_algorithm_and_any_pair_order(seed):
    rng = np.random.default_rng(seed)
    n = 25
    i, j = rng.integers(0, n, 70), rng.integers(0, n, 70)
    keep = i < j
    key, first = np.unique(i[keep] * n + j[keep], return_index=True)
    i, j = i[keep][first], j[keep][first]
    s = rng.random(len(i))
    cannot = (rng.integers(0, n, 6), rng.integers(0, n, 6))
    labels = score_linkage(n, i, j, s, threshold=0.25, cannot_link=cannot)
    assert groups(labels) == _reference(n, i, j, s, 0.25, cannot)
    shuffle = rng.permutation(len(i))
    again = score_linkage(n, j[shuffle], i[shuffle], s[shuffle], threshold=0.25,
                          cannot_link=cannot)
    assert again.tolist() == labels.tolist()


def test_claims_with_one_text_are_one_node_scored_by_their_best_pair():
    # claims 0 and 1 share a text; claim 2 is scored 0.9 with claim 0 and 0.1 with claim 1:
    # one node, whose pair with claim 2 is its best (0.9), not the sum or the mean
    texts = np.array(["a", "a", "b", "c"])
    i, j, s = pairs([(0, 2, 0.9), (1, 2, 0.1), (2, 3, 0.5), (0, 3, 0.0)])
    labels = claim_labels_by_score(texts, i, j, s, np.zeros(4, bool), threshold=0.45)
    assert groups(labels) == [[0, 1, 2], [3]]
    # a polarity conflict between the two texts keeps them apart, whatever the score
    labels = claim_labels_by_score(texts, i, j, s, np.array([True, False, False, False]),
                                   threshold=0.2)
    assert labels[0] == labels[1] != labels[2]


def test_an_unknown_linkage_in_a_matcher_is_a_clear_error(monkeypatch):
    from compare.cluster import runs
    from compare.errors import CompareError
    from compare.match import scoring

    monkeypatch.setattr(scoring, "matcher_params", lambda model: {"cluster_linkage": "single"})
    with pytest.raises(CompareError, match="cluster_linkage.*average, score"):
        runs.default_linkage("claim", "some-model")
    assert runs.default_linkage("narrative", "some-model") == "average"

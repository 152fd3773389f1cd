"""The narrative score's parts, on hand-made similarities: features, the guard, the denial."""

import numpy as np
import pytest

from compare.narratives.scoring import (COUNTER, NEGATION, POSITIVE, REJECTED, Prototypes,
                                        ScoringParams, features, guards, nearest,
                                        probabilities, similarities)
from compare.polarity import negated

PARAMS = ScoringParams(weights=(1.0, 1.0, 1.0, 1.0), intercept=-2.0, threshold=0.5,
                       negation_margin=0.05, other_floor=0.2)


@pytest.mark.parametrize("similarity, docs, margin, document", [
    # one narrative: the margin is taken against the floor
    ([[0.7], [0.1]], [0], [[0.5], [-0.1]], [[0.7], [0.7]]),
    # two narratives: against the other one, floored; two documents
    ([[0.7, 0.5], [0.3, 0.1], [0.1, 0.15]], [0, 2], [[0.2, -0.2], [0.1, -0.2], [-0.1, -0.05]],
     [[0.7, 0.5], [0.7, 0.5], [0.1, 0.15]]),
])
def test_margin_and_document_features(similarity, docs, margin, document):
    sim = np.array(similarity, dtype=np.float32)
    hint = np.zeros_like(sim)
    got = features(sim, np.array(docs), hint, PARAMS)
    assert np.allclose(got["margin"], margin, atol=1e-6)
    assert np.allclose(got["document"], document, atol=1e-6)


def test_probability_grows_with_each_feature():
    base = {k: np.zeros((1, 1), dtype=np.float32) for k in ("similarity", "margin", "document",
                                                            "hint")}
    p0 = probabilities(base, PARAMS)[0, 0]
    for name in base:
        more = dict(base, **{name: np.ones((1, 1), dtype=np.float32)})
        assert probabilities(more, PARAMS)[0, 0] > p0


NONE = -2.0


@pytest.mark.parametrize("positive, negation, counter, rejected, code", [
    (0.60, 0.62, NONE, NONE, 0),         # a little nearer its denial: within the margin
    (0.60, 0.70, NONE, NONE, NEGATION),  # clearly nearer the denial
    (0.60, NONE, 0.60, NONE, COUNTER),   # as near a counter-example as to the narrative
    (0.60, NONE, 0.55, NONE, 0),
    (0.60, 0.70, 0.65, NONE, COUNTER),   # both: the counter-example is named
    (0.60, NONE, NONE, 0.70, 0),         # nearer a rejected claim, but not a close variant
    (0.60, NONE, NONE, 0.80, REJECTED),  # a close variant of a rejected claim
    (0.85, NONE, NONE, 0.80, 0),         # ... yet nearer the narrative itself
])
def test_the_guard(positive, negation, counter, rejected, code):
    sims = {kind: np.array([[value]], np.float32) for kind, value in
            ((POSITIVE, positive), (NEGATION, negation), (COUNTER, counter),
             (REJECTED, rejected))}
    assert guards(sims, PARAMS)[0, 0] == code


@pytest.mark.parametrize("text, denial", [
    ("Norland is open to cooperation with Europe.", "Norland is not open to cooperation with "
                                                    "Europe."),
    ("The talks will resume in May.", "The talks will not resume in May."),
    ("Sanctions hurt the economy.", "It is not true that Sanctions hurt the economy."),
    ("Norland poses no threat to its neighbours.", None),   # already a denial
    ("The ban is not fair.", None),
])
def test_negated(text, denial):
    assert negated(text) == denial


def test_similarities_take_the_best_prototype_of_each_kind_per_narrative():
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((20, 8)).astype(np.float32)
    owner = np.array([2, 0, 0, 1, 2, 0, 2, 1])
    kind = np.array([POSITIVE, POSITIVE, NEGATION, POSITIVE, COUNTER, POSITIVE, POSITIVE,
                     NEGATION])
    protos = Prototypes(rng.standard_normal((8, 8)).astype(np.float32), owner, kind, 4)
    got = similarities(vectors, protos)
    cos = vectors @ protos.vectors.T
    for which in (POSITIVE, NEGATION, COUNTER, REJECTED):
        for j in range(4):
            cols = (owner == j) & (kind == which)
            expected = cos[:, cols].max(axis=1) if cols.any() else np.full(20, -2.0)
            assert np.allclose(got[which][:, j], expected, atol=1e-5), (which, j)


@pytest.mark.parametrize("similarity, guard, index, cosine", [
    ([0.2, 0.6, 0.4], [0, 0, 0], 1, 0.6),          # the highest cosine
    ([0.2, 0.6, 0.4], [0, NEGATION, 0], -1, NONE),  # vetoed there: no runner-up instead
    ([0.5], [0], 0, 0.5),                          # a one-entry codebook
])
def test_nearest_entry(similarity, guard, index, cosine):
    found, value = nearest(np.array([similarity], np.float32), np.array([guard], np.int8))
    assert found.tolist() == [index] and value[0] == pytest.approx(cosine)

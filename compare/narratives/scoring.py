"""Score claims against codebook narratives: pure numpy over normalised vectors.

A claim's score for narrative N is a calibrated probability (logistic regression fitted on the
real-news dev split by ``training/fit_narrative_scorer.py``; weights per model in
``compare/rules/narratives.json``) over four features:

- ``similarity``: the highest cosine of the claim to N's positive sentences (description,
  examples, claims the analyst accepted);
- ``margin``: that similarity minus the highest of the other narratives' (at least
  ``other_floor``, so that a one-entry codebook still has a reference): a claim that fits
  another entry better is weaker evidence for N;
- ``document``: the highest similarity to N of any claim of the same document (articles carry
  narratives, sentences carry them in part);
- ``hint``: 1 when the claim's speaker or outlet is one of N's hints.

The polarity guard vetoes a claim that denies N, whatever its score: closer (by more than
``negation_margin``) to the rule-written denial of N's affirmative sentences
(``compare.polarity.negated``) than to N, or at least as close to one of N's counter-examples
as to N. Embeddings barely see "not", but a claim that denies N is still nearer to the denial
than to N itself. A claim the analyst rejected vetoes only its close variants (cosine at least
``rejected_floor``, and nearer to it than to N): a rejected claim says what N is not far less
clearly than a counter-example the analyst wrote.

A claim the model leaves unmatched still carries N by its article's context when another claim
of the same article carries N and N is the claim's nearest entry, at a cosine of at least
``context_floor`` and not vetoed: an article that carries a narrative states it in sentences
the scorer alone finds too weak, and its narration rarely names the speakers the hints list
(held out by event on real-news dev: English narrative F1 0.849 → 0.862,
training/fit_narrative_scorer.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from importlib import resources

import numpy as np

FEATURES = ("similarity", "margin", "document", "hint")
POSITIVE, NEGATION, COUNTER, REJECTED = 0, 1, 2, 3  # prototype kinds
GUARDS = {NEGATION: "negation", COUNTER: "counter-example", REJECTED: "rejected-claim"}
_NONE = -2.0  # below any cosine: a narrative without prototypes of a kind


@dataclass(frozen=True)
class ScoringParams:
    """What the scores depend on besides the vectors (part of the scoring state)."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float          # a model row matches when its probability reaches it
    negation_margin: float = 0.05
    other_floor: float = 0.2
    store_floor: float = 0.1  # model rows below it are not stored
    rejected_floor: float = 0.75  # a rejected claim vetoes only close variants of itself
    propagate_floor: float = 0.7  # matches at least this strong propagate through claim clusters
    context_floor: float = 2.0  # nearest-entry cosine for a match by the article's context (off)

    def fingerprint(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


@lru_cache(maxsize=None)
def load_params(model: str) -> ScoringParams:
    """The fitted parameters for ``model``; models without a fit of their own use the default
    model's (their cosines are on another scale: fit them with training/fit_narrative_scorer.py)."""
    rules = json.loads(resources.files("compare").joinpath("rules/narratives.json")
                       .read_text(encoding="utf-8"))
    entry = rules["models"].get(model) or rules["models"][rules["default"]]
    if tuple(entry["features"]) != FEATURES:
        raise ValueError(f"rules/narratives.json: features {entry['features']} != {FEATURES}")
    known = {f.name for f in fields(ScoringParams)}
    return ScoringParams(**{k: tuple(v) if isinstance(v, list) else v
                            for k, v in entry.items() if k in known})


@dataclass(frozen=True)
class Prototypes:
    """The codebook's sentence vectors: row r belongs to narrative ``owner[r]`` as ``kind[r]``
    (POSITIVE: the description, an example or an accepted claim; NEGATION: a rule-written
    denial; COUNTER: a counter-example; REJECTED: a claim the analyst rejected)."""

    vectors: np.ndarray   # (m, dim), normalised
    owner: np.ndarray     # (m,) narrative index
    kind: np.ndarray      # (m,)
    n_narratives: int


def similarities(vectors: np.ndarray, protos: Prototypes) -> dict[int, np.ndarray]:
    """Per prototype kind, the (claims x narratives) highest cosine (``_NONE`` where a
    narrative has no prototype of that kind). One product for all prototypes, then one
    reduction per kind over the prototypes sorted by owner."""
    n, k = len(vectors), protos.n_narratives
    order = np.lexsort((protos.owner, protos.kind))
    owner, kind = protos.owner[order], protos.kind[order]
    cos = vectors @ protos.vectors[order].T if len(order) else np.zeros((n, 0), np.float32)
    out = {}
    for which in (POSITIVE, NEGATION, COUNTER, REJECTED):
        best = np.full((n, k), _NONE, dtype=np.float32)
        cols = np.flatnonzero(kind == which)
        if len(cols) and n:
            group = cols[np.r_[True, np.diff(owner[cols]) != 0]]  # first column per owner
            best[:, owner[group]] = np.maximum.reduceat(cos[:, cols[0]:cols[-1] + 1],
                                                        group - cols[0], axis=1)
        out[which] = best
    return out


def features(similarity: np.ndarray, doc_starts: np.ndarray, hint: np.ndarray,
             params: ScoringParams) -> dict[str, np.ndarray]:
    """The (claims x narratives) features. ``doc_starts``: the first row of each document
    (rows grouped by document, ascending, starting at 0); ``hint``: 0/1 per claim and
    narrative."""
    n, k = similarity.shape
    if k > 1:
        top2 = -np.partition(-similarity, 1, axis=1)[:, :2]
        other = np.where(similarity >= top2[:, :1], top2[:, 1:2], top2[:, :1])
    else:
        other = np.full((n, k), params.other_floor, dtype=np.float32)
    margin = similarity - np.maximum(other, params.other_floor)
    if n:
        per_doc = np.maximum.reduceat(similarity, doc_starts, axis=0)
        document = np.repeat(per_doc, np.diff(np.r_[doc_starts, n]), axis=0)
    else:
        document = similarity
    return {"similarity": similarity, "margin": margin, "document": document,
            "hint": hint.astype(np.float32)}


def probabilities(feats: dict[str, np.ndarray], params: ScoringParams) -> np.ndarray:
    z = np.full(feats["similarity"].shape, params.intercept, dtype=np.float32)
    for name, weight in zip(FEATURES, params.weights):
        z += np.float32(weight) * feats[name]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def guards(sims: dict[int, np.ndarray], params: ScoringParams) -> np.ndarray:
    """0 where the claim may carry the narrative, else the veto's code (see ``GUARDS``)."""
    positive = sims[POSITIVE]
    out = np.zeros(positive.shape, dtype=np.int8)
    out[sims[NEGATION] - positive > params.negation_margin] = NEGATION
    out[(sims[REJECTED] >= params.rejected_floor) & (sims[REJECTED] >= positive)] = REJECTED
    out[(sims[COUNTER] > _NONE) & (sims[COUNTER] >= positive)] = COUNTER
    return out


def nearest(similarity: np.ndarray, guard: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per claim, the narrative index of its highest cosine and that cosine; -1 and ``_NONE``
    where the guard vetoes that narrative (the candidates of a match by context)."""
    if not similarity.shape[1]:
        n = len(similarity)
        return np.full(n, -1, dtype=np.int64), np.full(n, _NONE, dtype=np.float32)
    best = similarity.argmax(axis=1)
    rows = np.arange(len(best))
    vetoed = guard[rows, best] > 0
    return (np.where(vetoed, -1, best).astype(np.int64),
            np.where(vetoed, _NONE, similarity[rows, best]).astype(np.float32))


@dataclass(frozen=True)
class BlockScores:
    probability: np.ndarray   # (claims x narratives)
    guard: np.ndarray         # (claims x narratives), 0 or a code of ``GUARDS``
    nearest: np.ndarray       # (claims,) see ``nearest``
    nearest_similarity: np.ndarray


def score_block(vectors: np.ndarray, doc_starts: np.ndarray, hint: np.ndarray,
                protos: Prototypes, params: ScoringParams) -> BlockScores:
    """The scores of claims grouped by document."""
    sims = similarities(vectors, protos)
    probs = probabilities(features(sims[POSITIVE], doc_starts, hint, params), params)
    guard = guards(sims, params)
    return BlockScores(probs, guard, *nearest(sims[POSITIVE], guard))

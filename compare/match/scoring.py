"""Score candidate pairs: lexical and semantic features, the learned matcher, the polarity guard.

Usage::

    from compare.match import score_pairs
    s = score_pairs(["Russia poses a threat."], ["Russia poses no threat."], [0.93])
    s["same_claim"][0], s["polarity_conflict"][0]     # False, True

The matcher is a logistic regression over ``FEATURES`` whose weights live in
``compare/rules/matcher.json`` (for the bundled model fitted on real-news dev and MRPC train by
``training/fit_realnews_matcher.py``, for the others on MRPC train only by
``training/train_matcher.py``; one set of weights per embedding model; a local model folder may
carry its own in ``compare_matcher.json``; other models use the default model's weights).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz

from compare.hashing import digest, normalise_text
from compare.match.features import FEATURES, pair_features  # noqa: F401 - re-exported
from compare.match.features import (ORDER_FEATURES, TextTable, date_features, index_pairs,
                                    order_features, table_features)
from compare.polarity import polarity_conflict, reversal

VERBATIM_RATIO = 95.0     # rapidfuzz ratio of the normalised texts
FRAGMENT_PARTIAL = 97.0   # a quote fragment inside a longer rendering ...
FRAGMENT_MIN_WORDS = 6    # ... of at least this many words
TRANSLATION_FUZZ = 60.0   # same claim, close wording: another rendering of the same quote
PARTIAL_LENGTH_RATIO = 0.8  # below this length ratio a pair may be a fragment: partial computed


@lru_cache(maxsize=1)
def matcher_weights() -> dict:
    """The committed matcher: ``{"models": {name: {...}}, "default": name}``."""
    path = resources.files("compare").joinpath("rules/matcher.json")
    return json.loads(path.read_text(encoding="utf-8"))


def matcher_params(model: str | None) -> dict:
    """The matcher for ``model``: its committed weights, else the weights its model folder
    carries (``MODEL_MATCHER_FILE``, as ``training/finetune_mrpc.py`` writes), else the
    default model's."""
    weights = matcher_weights()
    models = weights["models"]
    if model in models:
        return models[model]
    return _folder_weights(model or "") or models[weights["default"]]


MODEL_MATCHER_FILE = "compare_matcher.json"  # matcher weights fitted for a local model folder


@lru_cache(maxsize=16)
def _folder_weights(model: str) -> dict | None:
    path = Path(model) / MODEL_MATCHER_FILE
    if not Path(model).is_absolute() or not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def matcher_probability(features: dict[str, np.ndarray], *, model: str | None = None,
                        ) -> np.ndarray:
    """P(same claim) from the committed logistic regression for ``model`` (date features
    missing from ``features`` count as unknown dates)."""
    params = matcher_params(model)
    if any(name not in features for name in params["features"]):
        n = len(next(iter(features.values())))
        features = date_features(None, None, n) | features
    x = np.column_stack([features[name] for name in params["features"]])
    z = (x - np.asarray(params["mean"])) / np.asarray(params["scale"])
    logit = z @ np.asarray(params["coef"]) + params["intercept"]
    return 1.0 / (1.0 + np.exp(-logit))


def _logit(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return float(np.log(p / (1 - p)))


def _optimistic_logit(features: dict[str, np.ndarray], model: str | None) -> np.ndarray:
    """The matcher's logit if the word-order features (``ORDER_FEATURES``, not computed yet)
    were as favourable as they can be (0 or 1)."""
    params = matcher_params(model)
    p = matcher_probability(features, model=model).clip(1e-12, 1 - 1e-12)
    logit = np.log(p) - np.log1p(-p)
    for name in ORDER_FEATURES:
        k = params["features"].index(name)
        weight = params["coef"][k] / params["scale"][k]
        logit += weight * ((1.0 if weight > 0 else 0.0) - features[name])
    return logit


DECISION_VERSION = 1  # raise it when a change of code changes what the matcher or its guard decide


@lru_cache(maxsize=16)
def matcher_fingerprint(model: str | None = None) -> str:
    """What the stored decisions of ``model``'s pairs depend on besides the texts: the code's
    ``DECISION_VERSION``, the matcher's weights and the polarity rules. A match or a cluster run
    made under another fingerprint (an upgrade, an edited rule file) is made again in full."""
    rules = resources.files("compare").joinpath("rules/negations.txt").read_text(encoding="utf-8")
    return digest(DECISION_VERSION, json.dumps(matcher_params(model), sort_keys=True), rules)


def matcher_threshold(model: str | None = None) -> float:
    return float(matcher_params(model)["threshold"])


def matcher_min_cosine(model: str | None = None) -> float:
    """The cosine below which the matcher (almost) never accepts a pair, for ``model``."""
    return float(matcher_params(model).get("min_cosine", 0.5))


def score_pairs(texts_a: Sequence[str], texts_b: Sequence[str], cosines: Sequence[float], *,
                model: str | None = None, days: tuple | None = None) -> dict[str, np.ndarray]:
    """Score pairs of claim texts whose embedding cosine is known.

    Returns arrays: ``cosine``, ``fuzz`` (token-set ratio 0-100), ``partial`` (partial ratio
    0-100), ``score`` (matcher probability), ``is_verbatim``, ``evidence`` ('verbatim' |
    'translation' | 'paraphrase'), ``polarity_conflict`` and ``same_claim`` (the matcher's
    claim-level decision; never True when the polarity guard fires). ``days``: the
    publication day of each side's document (two float arrays, NaN where unknown), for a
    matcher fitted with ``features.DATE_FEATURES``; without them every date is unknown.
    """
    table, i, j = index_pairs(texts_a, texts_b)
    return score_table(table, i, j, cosines, model=model, days=days)


def score_table(table: TextTable, i: np.ndarray, j: np.ndarray, cosines: Sequence[float], *,
                model: str | None = None, days: tuple | None = None) -> dict[str, np.ndarray]:
    """``score_pairs`` for pairs of rows of an analysed table (``features.analyse_texts``).

    The word-order features (partial ratio, content order) are computed where they decide
    something: on possible quote fragments, and where they could lift the matcher over its
    threshold. Decisions equal the full computation; the ``score`` of a pair rejected without
    them is computed with stand-ins (the plain ratio, an order of 1). ``days``: the
    publication days of the pairs' two sides, aligned with ``i`` and ``j``.
    """
    i, j = np.asarray(i, np.int64), np.asarray(j, np.int64)
    lengths = np.column_stack([table.norm_len[i], table.norm_len[j]]).astype(float)
    shorter = lengths.min(axis=1) < PARTIAL_LENGTH_RATIO * lengths.max(axis=1)
    feats = table_features(table, i, j, cosines, exact_rows=np.zeros(0, np.int64))
    feats.update(date_features(*(days or (None, None)), len(i)))
    # a fragment quoted inside a longer text has all its words there: token-set ratio ~100
    maybe_fragment = shorter & (feats["fuzz"] >= 0.9)
    polarity = (feats["negation"] + feats["antonym"] + feats["swap"]) > 0
    if len(i):
        could_pass = _optimistic_logit(feats, model) >= _logit(matcher_threshold(model))
        rows = np.flatnonzero(maybe_fragment | (could_pass & ~polarity))
        if len(rows):
            order_features(feats, table, i, j, rows)
    fragment = np.minimum(table.n_words[i], table.n_words[j]) >= FRAGMENT_MIN_WORDS
    verbatim = (feats["ratio"] * 100 >= VERBATIM_RATIO) | (
        (feats["partial"] * 100 >= FRAGMENT_PARTIAL) & fragment)
    verbatim &= ~polarity
    prob = matcher_probability(feats, model=model) if len(i) else np.zeros(0)
    same = (verbatim | (prob >= matcher_threshold(model))) & ~polarity
    evidence = np.where(verbatim, "verbatim",
                        np.where(same & (feats["fuzz"] * 100 >= TRANSLATION_FUZZ),
                                 "translation", "paraphrase")).astype(object)
    return {
        "cosine": feats["cosine"], "fuzz": feats["fuzz"] * 100, "partial": feats["partial"] * 100,
        "score": prob, "is_verbatim": verbatim, "evidence": evidence,
        "polarity_conflict": polarity, "same_claim": same,
    }


def same_quote(said_a: Sequence[str | None], said_b: Sequence[str | None]) -> np.ndarray:
    """Whether two claims attribute the same quote (``claims.content``, the words without the
    attribution frame): the same words, or the shorter inside the longer as
    ``score_table``'s verbatim rule has it (``FRAGMENT_PARTIAL``), with at least
    ``FRAGMENT_MIN_WORDS`` words each and no polarity conflict between the two contents."""
    out = np.zeros(len(said_a), dtype=bool)
    for k, (a, b) in enumerate(zip(said_a, said_b)):
        if not a or not b:
            continue
        a, b = sorted((normalise_text(a).lower(), normalise_text(b).lower()), key=len)
        if len(a.split()) < FRAGMENT_MIN_WORDS or fuzz.partial_ratio(a, b) < FRAGMENT_PARTIAL:
            continue
        out[k] = not polarity_conflict(a, b)
    return out


def join_same_quotes(scored: dict[str, np.ndarray], said: np.ndarray, has_said: np.ndarray,
                     i: np.ndarray, j: np.ndarray, texts: Sequence[str]) -> None:
    """Mark as verbatim copies, in ``scored`` (``score_table``'s result for rows ``i``, ``j`` of
    ``texts``; ``said``: what each text attributes; ``has_said``: not None), the pairs the
    matcher rejected whose claims attribute the same quote (``same_quote``): one quotation
    however differently outlets frame it ("…," X said / X told parliament: "…"). A reversal
    between the whole sentences still keeps them apart; a polarity conflict that is only the
    order of the words does not (the frame moved around the quote)."""
    open_ = np.flatnonzero(~scored["same_claim"])
    open_ = open_[has_said[i[open_]] & has_said[j[open_]]]
    hit = open_[same_quote(said[i[open_]], said[j[open_]])]
    conflict = scored["polarity_conflict"][hit]
    keep = ~conflict
    keep[conflict] = [not reversal(texts[i[r]], texts[j[r]]) for r in hit[conflict]]
    hit = hit[keep]
    scored["polarity_conflict"][hit] = False
    scored["is_verbatim"][hit] = True
    scored["same_claim"][hit] = True
    scored["evidence"][hit] = "verbatim"

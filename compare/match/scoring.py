"""Score candidate pairs: lexical and semantic features, the learned matcher, the polarity guard.

Usage::

    from compare.match import score_pairs
    s = score_pairs(["Russia poses a threat."], ["Russia poses no threat."], [0.93])
    s["same_claim"][0], s["polarity_conflict"][0]     # False, True

The matcher is a logistic regression over ``FEATURES`` whose weights live in
``compare/rules/matcher.json`` (fitted on MRPC train only by ``benchmarks/train_matcher.py``, one
set of weights per embedding model; other models use the default model's weights).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz

from compare.hashing import normalise_text
from compare.polarity import (STOPWORDS, antonym_mismatch, entity_swap, negation_mismatch,
                              words)

FEATURES = ("cosine", "fuzz", "partial", "ratio", "sort_minus_ratio", "len_ratio",
            "content_jaccard", "content_order", "entity_only", "number_mismatch",
            "negation", "antonym", "swap")
VERBATIM_RATIO = 95.0     # rapidfuzz ratio of the normalised texts
FRAGMENT_PARTIAL = 97.0   # a quote fragment inside a longer rendering ...
FRAGMENT_MIN_WORDS = 6    # ... of at least this many words
TRANSLATION_FUZZ = 60.0   # same claim, close wording: another rendering of the same quote


@lru_cache(maxsize=1)
def matcher_weights() -> dict:
    """The committed matcher: ``{"models": {name: {...}}, "default": name}``."""
    path = resources.files("compare").joinpath("rules/matcher.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _params(model: str | None) -> dict:
    weights = matcher_weights()
    models = weights["models"]
    return models.get(model or "", models[weights["default"]])


def _content(toks: list[str]) -> list[str]:
    return [t.lower() for t in toks if t.lower() not in STOPWORDS and len(t) > 1 or t.isdigit()]


def _entities(toks: list[str]) -> set[str]:
    return {t.lower() for t in toks if t[0].isupper() and t.lower() not in STOPWORDS}


def _numbers(toks: list[str]) -> set[str]:
    return {t.replace(",", "") for t in toks if t[0].isdigit()}


def pair_features(texts_a: Sequence[str], texts_b: Sequence[str],
                  cosines: Sequence[float]) -> dict[str, np.ndarray]:
    """One array per name in ``FEATURES`` (scaled to about 0..1), rows aligned with the pairs."""
    n = len(texts_a)
    out = {name: np.zeros(n, dtype=np.float64) for name in FEATURES}
    out["cosine"][:] = np.asarray(cosines, dtype=np.float64)
    for r, (a, b) in enumerate(zip(texts_a, texts_b)):
        na, nb = normalise_text(a).lower(), normalise_text(b).lower()
        out["fuzz"][r] = fuzz.token_set_ratio(na, nb) / 100
        out["partial"][r] = fuzz.partial_ratio(na, nb) / 100
        ratio = fuzz.ratio(na, nb) / 100
        out["ratio"][r] = ratio
        out["sort_minus_ratio"][r] = fuzz.token_sort_ratio(na, nb) / 100 - ratio
        ta, tb = words(a), words(b)
        out["len_ratio"][r] = min(len(ta), len(tb)) / max(len(ta), len(tb), 1)
        ca, cb = _content(ta), _content(tb)
        sa, sb = set(ca), set(cb)
        out["content_jaccard"][r] = len(sa & sb) / max(len(sa | sb), 1)
        shared = sa & sb
        out["content_order"][r] = fuzz.ratio([t for t in ca if t in shared],
                                             [t for t in cb if t in shared]) / 100
        ea, eb = _entities(ta), _entities(tb)
        out["entity_only"][r] = min(len(ea - eb), len(eb - ea)) > 0
        ma, mb = _numbers(ta), _numbers(tb)
        out["number_mismatch"][r] = bool(ma ^ mb) and bool(ma) and bool(mb)
        out["negation"][r] = negation_mismatch(a, b)
        out["antonym"][r] = antonym_mismatch(a, b)
        out["swap"][r] = entity_swap(a, b)
    return out


def matcher_probability(features: dict[str, np.ndarray], *, model: str | None = None,
                        ) -> np.ndarray:
    """P(same claim) from the committed logistic regression for ``model``."""
    params = _params(model)
    x = np.column_stack([features[name] for name in params["features"]])
    z = (x - np.asarray(params["mean"])) / np.asarray(params["scale"])
    logit = z @ np.asarray(params["coef"]) + params["intercept"]
    return 1.0 / (1.0 + np.exp(-logit))


def matcher_threshold(model: str | None = None) -> float:
    return float(_params(model)["threshold"])


def score_pairs(texts_a: Sequence[str], texts_b: Sequence[str], cosines: Sequence[float], *,
                model: str | None = None) -> dict[str, np.ndarray]:
    """Score pairs of claim texts whose embedding cosine is known.

    Returns arrays: ``cosine``, ``fuzz`` (token-set ratio 0-100), ``partial`` (partial ratio
    0-100), ``score`` (matcher probability), ``is_verbatim``, ``evidence`` ('verbatim' |
    'translation' | 'paraphrase'), ``polarity_conflict`` and ``same_claim`` (the matcher's
    claim-level decision; never True when the polarity guard fires).
    """
    feats = pair_features(texts_a, texts_b, cosines)
    polarity = (feats["negation"] + feats["antonym"] + feats["swap"]) > 0
    fragment = np.array([min(len(words(a)), len(words(b))) >= FRAGMENT_MIN_WORDS
                         for a, b in zip(texts_a, texts_b)], dtype=bool)
    verbatim = (feats["ratio"] * 100 >= VERBATIM_RATIO) | (
        (feats["partial"] * 100 >= FRAGMENT_PARTIAL) & fragment)
    verbatim &= ~polarity
    prob = matcher_probability(feats, model=model) if len(texts_a) else np.zeros(0)
    same = (verbatim | (prob >= matcher_threshold(model))) & ~polarity
    evidence = np.where(verbatim, "verbatim",
                        np.where(same & (feats["fuzz"] * 100 >= TRANSLATION_FUZZ),
                                 "translation", "paraphrase")).astype(object)
    return {
        "cosine": feats["cosine"], "fuzz": feats["fuzz"] * 100, "partial": feats["partial"] * 100,
        "score": prob, "is_verbatim": verbatim, "evidence": evidence,
        "polarity_conflict": polarity, "same_claim": same,
    }

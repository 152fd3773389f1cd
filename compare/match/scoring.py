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
import re
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from compare.hashing import normalise_text
from compare.polarity import (STOPWORDS, _stem, antonym_mismatch, entity_swap,
                              negation_mismatch, words)

FEATURES = ("cosine", "fuzz", "partial", "ratio", "sort_minus_ratio", "len_ratio",
            "content_jaccard", "content_order", "entity_only", "number_mismatch",
            "negation", "antonym", "swap") + tuple(
                f"{n}gram_{kind}" for n in (1, 2, 3, 4) for kind in ("min", "max", "dice")) + (
                "content_diff", "len_diff", "log_len")
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


def _params(model: str | None) -> dict:
    weights = matcher_weights()
    models = weights["models"]
    return models.get(model or "", models[weights["default"]])


@lru_cache(maxsize=1 << 18)
def _analyse(text: str) -> tuple:
    """(normalised lowercase text, tokens, content words, content set, names, numbers)."""
    toks = words(text)
    content = [t.lower() for t in toks if (t.lower() not in STOPWORDS and len(t) > 1) or t.isdigit()]
    names = frozenset(t.lower() for t in toks if t[0].isupper() and t.lower() not in STOPWORDS)
    numbers = frozenset(t.replace(",", "") for t in toks if t[0].isdigit())
    return normalise_text(text).lower(), toks, content, frozenset(content), names, numbers


_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=1 << 18)
def _grams(text: str) -> tuple:
    """(word 1- to 4-gram sets of stems, content stems, number of words)."""
    toks = [_stem(t) for t in _TOKEN.findall(text.lower())]
    words_n = tuple(frozenset(zip(*(toks[k:] for k in range(n)))) for n in (1, 2, 3, 4))
    return words_n, frozenset(t for t in toks if t not in STOPWORDS), len(toks)


def _ngram_features(out: dict[str, np.ndarray], r: int, a: str, b: str) -> None:
    """Word n-gram overlap (min/max of the two precisions, Dice), content words on one side
    only, word-count difference and log total length, into row ``r``."""
    wa, sa, na = _grams(a)
    wb, sb, nb = _grams(b)
    for n, ga, gb in zip((1, 2, 3, 4), wa, wb):
        shared = len(ga & gb)
        pa, pb = shared / max(len(ga), 1), shared / max(len(gb), 1)
        out[f"{n}gram_min"][r], out[f"{n}gram_max"][r] = min(pa, pb), max(pa, pb)
        out[f"{n}gram_dice"][r] = 2 * shared / max(len(ga) + len(gb), 1)
    out["content_diff"][r] = len(sa ^ sb)
    out["len_diff"][r] = abs(na - nb)
    out["log_len"][r] = np.log1p(na + nb)


def _partial(texts_a: Sequence[str], texts_b: Sequence[str], rows: np.ndarray) -> np.ndarray:
    """rapidfuzz partial ratio (0..1) of the normalised texts of the given rows."""
    return process.cpdist([_analyse(texts_a[r])[0] for r in rows],
                          [_analyse(texts_b[r])[0] for r in rows],
                          scorer=fuzz.partial_ratio, workers=-1) / 100


def pair_features(texts_a: Sequence[str], texts_b: Sequence[str], cosines: Sequence[float],
                  *, exact_partial: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """One array per name in ``FEATURES`` (ratios 0..1, counts and flags), rows aligned with
    the pairs.

    ``exact_partial``: a boolean mask of the rows whose partial ratio (the costly feature) is
    computed; the plain ratio stands in elsewhere. None: every row.
    """
    n = len(texts_a)
    out = {name: np.zeros(n, dtype=np.float64) for name in FEATURES}
    out["cosine"][:] = np.asarray(cosines, dtype=np.float64)
    info_a = [_analyse(a) for a in texts_a]
    info_b = [_analyse(b) for b in texts_b]
    norm_a, norm_b = [x[0] for x in info_a], [x[0] for x in info_b]
    if n:
        out["fuzz"][:] = process.cpdist(norm_a, norm_b, scorer=fuzz.token_set_ratio, workers=-1) / 100
        out["ratio"][:] = process.cpdist(norm_a, norm_b, scorer=fuzz.ratio, workers=-1) / 100
        out["sort_minus_ratio"][:] = process.cpdist(
            norm_a, norm_b, scorer=fuzz.token_sort_ratio, workers=-1) / 100 - out["ratio"]
        out["partial"][:] = out["ratio"]
        rows = np.arange(n) if exact_partial is None else np.flatnonzero(exact_partial)
        if len(rows):
            out["partial"][rows] = _partial(texts_a, texts_b, rows)
    for r in range(n):
        a, b = texts_a[r], texts_b[r]
        _, ta, ca, sa, ea, ma = info_a[r]
        _, tb, cb, sb, eb, mb = info_b[r]
        out["len_ratio"][r] = min(len(ta), len(tb)) / max(len(ta), len(tb), 1)
        shared = sa & sb
        out["content_jaccard"][r] = len(shared) / max(len(sa | sb), 1)
        out["content_order"][r] = fuzz.ratio([t for t in ca if t in shared],
                                             [t for t in cb if t in shared]) / 100
        out["entity_only"][r] = bool(ea - eb) and bool(eb - ea)
        out["number_mismatch"][r] = bool(ma ^ mb) and bool(ma) and bool(mb)
        out["negation"][r] = negation_mismatch(a, b)
        out["antonym"][r] = antonym_mismatch(a, b)
        out["swap"][r] = entity_swap(a, b)
        _ngram_features(out, r, a, b)
    return out


def matcher_probability(features: dict[str, np.ndarray], *, model: str | None = None,
                        ) -> np.ndarray:
    """P(same claim) from the committed logistic regression for ``model``."""
    params = _params(model)
    x = np.column_stack([features[name] for name in params["features"]])
    z = (x - np.asarray(params["mean"])) / np.asarray(params["scale"])
    logit = z @ np.asarray(params["coef"]) + params["intercept"]
    return 1.0 / (1.0 + np.exp(-logit))


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def _optimistic_logit(features: dict[str, np.ndarray], model: str | None) -> np.ndarray:
    """The matcher's logit if the partial ratio were as favourable as it can be (0 or 1)."""
    params = _params(model)
    stand_in = np.log(matcher_probability(features, model=model).clip(1e-12, 1 - 1e-12))
    stand_in -= np.log1p(-matcher_probability(features, model=model).clip(1e-12, 1 - 1e-12))
    k = params["features"].index("partial")
    weight = params["coef"][k] / params["scale"][k]
    best = 1.0 if weight > 0 else 0.0
    return stand_in + weight * (best - features["partial"])


def matcher_threshold(model: str | None = None) -> float:
    return float(_params(model)["threshold"])


def matcher_min_cosine(model: str | None = None) -> float:
    """The cosine below which the matcher (almost) never accepts a pair, for ``model``."""
    return float(_params(model).get("min_cosine", 0.5))


def score_pairs(texts_a: Sequence[str], texts_b: Sequence[str], cosines: Sequence[float], *,
                model: str | None = None) -> dict[str, np.ndarray]:
    """Score pairs of claim texts whose embedding cosine is known.

    Returns arrays: ``cosine``, ``fuzz`` (token-set ratio 0-100), ``partial`` (partial ratio
    0-100), ``score`` (matcher probability), ``is_verbatim``, ``evidence`` ('verbatim' |
    'translation' | 'paraphrase'), ``polarity_conflict`` and ``same_claim`` (the matcher's
    claim-level decision; never True when the polarity guard fires).
    """
    lengths = np.array([[len(_analyse(a)[0]), len(_analyse(b)[0])]
                        for a, b in zip(texts_a, texts_b)], dtype=float).reshape(-1, 2)
    shorter = lengths.min(axis=1) < PARTIAL_LENGTH_RATIO * lengths.max(axis=1)
    feats = pair_features(texts_a, texts_b, cosines, exact_partial=np.zeros(len(lengths), bool))
    # a fragment quoted inside a longer text has all its words there: token-set ratio ~100
    maybe_fragment = shorter & (feats["fuzz"] >= 0.9)
    if maybe_fragment.any():
        feats["partial"][maybe_fragment] = _partial(texts_a, texts_b, np.flatnonzero(maybe_fragment))
    polarity = (feats["negation"] + feats["antonym"] + feats["swap"]) > 0
    # the partial ratio of the other rows matters only where it could lift the matcher's
    # probability over its threshold: computed there, so decisions equal the full computation
    if len(texts_a):
        rows = np.flatnonzero(~maybe_fragment & ~polarity
                              & (_optimistic_logit(feats, model) >= _logit(matcher_threshold(model))))
        if len(rows):
            feats["partial"][rows] = _partial(texts_a, texts_b, rows)
    fragment = np.array([min(len(_analyse(a)[1]), len(_analyse(b)[1])) >= FRAGMENT_MIN_WORDS
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

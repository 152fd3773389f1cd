"""Fit the claim matcher on MRPC train only and write compare/rules/matcher.json.

    /tmp/venv0/bin/python training/train_matcher.py [--models minilm static]
    /tmp/venv0/bin/python training/train_matcher.py --ablation   # feature sets tried (train CV)

For each embedding model: embed the MRPC train sentences, compute ``pair_features`` (the
scalar features of ``compare.match.scoring.FEATURES``), fit a logistic regression (scikit-learn,
standardised features, C = 1), and choose the decision threshold from 5-fold cross-validated
probabilities on train (maximising accuracy + F1), and the cosine below which candidate pairs
are not scored (``min_cosine``: the 1st percentile of the cosines of the train pairs the
matcher accepts). MRPC test is never read here. Vectors are cached under
$COMPARE_BENCH_CACHE (default /tmp/compare-bench).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from mrpc_paws import accuracy_f1, cached_cosines, cached_vectors, load_mrpc  # noqa: E402

from compare.embed import resolve_model_name  # noqa: E402
from compare.match.features import FEATURES, pair_features  # noqa: E402
from compare.polarity import antonym_mismatch, entity_swap, negation_mismatch  # noqa: E402

OUT = ROOT / "compare" / "rules" / "matcher.json"


def feature_matrix(a: list[str], b: list[str], cos: np.ndarray) -> dict[str, np.ndarray]:
    return pair_features(a, b, cos)


def guard(a: list[str], b: list[str]) -> np.ndarray:
    return np.array([negation_mismatch(x, y) or antonym_mismatch(x, y) or entity_swap(x, y)
                     for x, y in zip(a, b)])


def best_threshold(y: np.ndarray, scores: np.ndarray, blocked: np.ndarray | None = None) -> float:
    """The threshold maximising accuracy + F1 on these (training) scores."""
    grid = np.unique(np.round(scores, 3))
    best, best_t = -1.0, 0.5
    for t in grid:
        pred = scores >= t
        if blocked is not None:
            pred &= ~blocked
        acc, f1 = accuracy_f1(y, pred)
        if acc + f1 > best:
            best, best_t = acc + f1, float(t)
    return best_t


def fit(model: str, features: tuple[str, ...]) -> dict:
    a, b, y = load_mrpc("train")
    return fit_pairs(a, b, y, cached_cosines(model, a, b), features)


def fit_pairs(a: list[str], b: list[str], y: np.ndarray, cos: np.ndarray,
              features: tuple[str, ...], extra: dict[str, np.ndarray] | None = None, *,
              weights: np.ndarray | None = None, threshold: float | None = None) -> dict:
    """The matcher's parameters fitted on these labelled pairs and their cosines (``extra``:
    more features by name, to try; ``features`` must name them). ``weights``: per pair, in the
    fit (not in the threshold's choice); ``threshold``: fixed, instead of the one maximising
    train CV accuracy + F1 (the news matcher's is chosen on held-out events' clusters)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    feats = feature_matrix(a, b, cos) | (extra or {})
    x = np.column_stack([feats[f] for f in features])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    clf = LogisticRegression(C=1.0, max_iter=1000)
    fit_params = {} if weights is None else {"sample_weight": weights}
    cv = cross_val_predict(clf, z, y, cv=5, method="predict_proba", params=fit_params)[:, 1]
    blocked = guard(a, b)
    if threshold is None:
        threshold = best_threshold(y, cv, blocked)
    accepted = (cv >= threshold) & ~blocked
    acc, f1 = accuracy_f1(y, accepted)
    # what the polarity guard's veto costs on MRPC (reported, not used)
    no_guard = accuracy_f1(y, cv >= best_threshold(y, cv))
    # candidate pairs below this cosine are not worth scoring: 1 % of the accepted train pairs
    min_cosine = round(float(np.floor(np.quantile(cos[accepted], 0.01) * 100)) / 100, 2)
    clf.fit(z, y, **fit_params)
    return {"features": list(features), "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(), "coef": clf.coef_[0].round(6).tolist(),
            "intercept": round(float(clf.intercept_[0]), 6), "threshold": round(threshold, 4),
            "min_cosine": min_cosine,
            "train_cv": {"accuracy": round(acc, 4), "f1": round(f1, 4)},
            "train_cv_without_guard": {"accuracy": round(no_guard[0], 4),
                                       "f1": round(no_guard[1], 4)}}


def ablation(model: str) -> None:
    """Train CV (5 folds, shuffled) of feature sets tried for the matcher; writes nothing."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from compare import polarity

    saved = polarity.REPLACED_MAX_OTHER
    a, b, y = load_mrpc("train")
    vectors = cached_vectors(model, a, b)
    feats = feature_matrix(a, b, np.einsum("ij,ij->i", vectors[0], vectors[1]))
    blocked = guard(a, b)
    polarity.REPLACED_MAX_OTHER = 1.0  # the first matcher's rule: any replaced name in context
    loose = guard(a, b)
    polarity.REPLACED_MAX_OTHER = saved
    scalar = np.column_stack([feats[f] for f in FEATURES])
    pair = np.hstack([np.abs(vectors[0] - vectors[1]), vectors[0] * vectors[1]])
    sets = [("13 features of the first matcher", FEATURES[:13], None, 1.0),
            (f"{len(FEATURES)} features (current)", FEATURES, None, 1.0)]
    sets += [(f"current + [|u - v|, u * v] ({pair.shape[1]} dims), C = {c}", FEATURES, pair, c)
             for c in (0.01, 1.0)]
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    for label, names, extra, c in sets:
        x = np.column_stack([feats[f] for f in names])
        if extra is not None:
            x = np.hstack([scalar, extra])
        scale = x.std(axis=0)
        z = (x - x.mean(axis=0)) / np.where(scale == 0, 1.0, scale)
        cv = cross_val_predict(LogisticRegression(C=c, max_iter=5000), z, y, cv=folds,
                               method="predict_proba")[:, 1]
        acc, f1 = accuracy_f1(y, (cv >= best_threshold(y, cv, blocked)) & ~blocked)
        raw = accuracy_f1(y, cv >= best_threshold(y, cv))
        print(f"{resolve_model_name(model)} | {label} | with guard {acc:.3f} / {f1:.3f} | "
              f"without {raw[0]:.3f} / {raw[1]:.3f}", flush=True)
        if extra is None:
            acc, f1 = accuracy_f1(y, (cv >= best_threshold(y, cv, loose)) & ~loose)
            print(f"{resolve_model_name(model)} | {label} | with the looser guard of the first "
                  f"matcher (any replaced name) {acc:.3f} / {f1:.3f}")
    print(f"guard fires on {blocked.sum()} of {len(y)} train pairs ({y[blocked].mean():.0%} of "
          f"them paraphrases); the looser one on {loose.sum()} ({y[loose].mean():.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["minilm", "static"])
    parser.add_argument("--ablation", action="store_true",
                        help="instead: print train CV of the feature sets tried; write nothing")
    args = parser.parse_args()
    if args.ablation:
        for model in args.models:
            ablation(model)
        return
    out = {"trained_on": "MRPC train (4,076 pairs), training/train_matcher.py",
           "default": resolve_model_name(args.models[0]), "models": {}}
    for model in args.models:
        started = time.perf_counter()
        params = fit(model, FEATURES)
        out["models"][resolve_model_name(model)] = params
        print(f"{resolve_model_name(model)}: train CV {params['train_cv']} "
              f"(without the guard's veto {params['train_cv_without_guard']}) "
              f"threshold {params['threshold']} ({time.perf_counter() - started:.0f} s)")
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""Fit the claim matcher on MRPC train only and write compare/rules/matcher.json.

    /tmp/venv0/bin/python benchmarks/train_matcher.py [--models minilm static]

For each embedding model: embed the MRPC train sentences, compute ``pair_features``, fit a
logistic regression (scikit-learn, standardised features), and choose the decision threshold
from 5-fold cross-validated probabilities on train (maximising accuracy + F1), and the cosine
below which candidate pairs are not scored (``min_cosine``: the 1st percentile of the cosines of
the train pairs the matcher accepts). MRPC test is never read here. Vectors are cached under $COMPARE_BENCH_CACHE (default /tmp/compare-bench).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from compare.embed import get_embedder, resolve_model_name  # noqa: E402
from compare.match.scoring import FEATURES, pair_features  # noqa: E402
from compare.polarity import antonym_mismatch, entity_swap, negation_mismatch  # noqa: E402

OUT = ROOT / "compare" / "rules" / "matcher.json"


def load_mrpc(split: str) -> tuple[list[str], list[str], np.ndarray]:
    """(sentences 1, sentences 2, labels) of ``msr_paraphrase_{split}.txt``."""
    path = EVAL / "mrpc" / f"msr_paraphrase_{split}.txt"
    a, b, y = [], [], []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 5:
                continue
            y.append(int(parts[0]))
            a.append(parts[3])
            b.append(parts[4])
    return a, b, np.array(y)


def load_paws() -> tuple[list[str], list[str], np.ndarray]:
    path = EVAL / "paws" / "test.tsv"
    a, b, y = [], [], []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            a.append(row[1])
            b.append(row[2])
            y.append(int(row[3]))
    return a, b, np.array(y)


def cached_cosines(model: str, a: list[str], b: list[str]) -> np.ndarray:
    """Cosine of each pair with ``model``; the vectors are cached on disk between runs."""
    name = resolve_model_name(model)
    key = hashlib.sha256(("\x1f".join(a + b) + name).encode()).hexdigest()[:16]
    cache = Path(os.environ.get("COMPARE_BENCH_CACHE", "/tmp/compare-bench"))
    path = cache / f"{key}.npy"
    if path.exists():
        vectors = np.load(path)
    else:
        texts = sorted(set(a) | set(b))
        emb = get_embedder(model).encode(texts)
        index = {t: k for k, t in enumerate(texts)}
        vectors = np.stack([emb[[index[t] for t in a]], emb[[index[t] for t in b]]])
        cache.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return np.einsum("ij,ij->i", vectors[0], vectors[1])


def feature_matrix(a: list[str], b: list[str], cos: np.ndarray) -> dict[str, np.ndarray]:
    return pair_features(a, b, cos)


def guard(a: list[str], b: list[str]) -> np.ndarray:
    return np.array([negation_mismatch(x, y) or antonym_mismatch(x, y) or entity_swap(x, y)
                     for x, y in zip(a, b)])


def accuracy_f1(y: np.ndarray, pred: np.ndarray) -> tuple[float, float]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    acc = float((pred == (y == 1)).mean())
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    return acc, f1


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
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    a, b, y = load_mrpc("train")
    cos = cached_cosines(model, a, b)
    feats = feature_matrix(a, b, cos)
    x = np.column_stack([feats[f] for f in features])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    clf = LogisticRegression(C=1.0, max_iter=1000)
    cv = cross_val_predict(clf, z, y, cv=5, method="predict_proba")[:, 1]
    blocked = guard(a, b)
    threshold = best_threshold(y, cv, blocked)
    accepted = (cv >= threshold) & ~blocked
    acc, f1 = accuracy_f1(y, accepted)
    # candidate pairs below this cosine are not worth scoring: 1 % of the accepted train pairs
    min_cosine = round(float(np.floor(np.quantile(cos[accepted], 0.01) * 100)) / 100, 2)
    clf.fit(z, y)
    return {"features": list(features), "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(), "coef": clf.coef_[0].round(6).tolist(),
            "intercept": round(float(clf.intercept_[0]), 6), "threshold": round(threshold, 4),
            "min_cosine": min_cosine,
            "train_cv": {"accuracy": round(acc, 4), "f1": round(f1, 4)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["minilm", "static"])
    args = parser.parse_args()
    out = {"trained_on": "MRPC train (4,076 pairs), benchmarks/train_matcher.py",
           "default": resolve_model_name(args.models[0]), "models": {}}
    for model in args.models:
        started = time.perf_counter()
        params = fit(model, FEATURES)
        out["models"][resolve_model_name(model)] = params
        print(f"{resolve_model_name(model)}: train CV {params['train_cv']} "
              f"threshold {params['threshold']} ({time.perf_counter() - started:.0f} s)")
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

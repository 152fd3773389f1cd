"""MRPC and PAWS sentence pairs, their cached cosines and the scores on them: shared by
bench_matching.py and the matcher's training scripts (training/train_matcher.py,
training/fit_realnews_matcher.py, training/mrpc_oof_grid.py, training/finetune_mrpc.py).

Imports only the standard library and numpy at the top (``compare`` only inside
``cached_vectors``), so that training/mrpc_oof_grid.py runs on a bare GPU machine.
"""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def read_mrpc(path: str | Path) -> tuple[list[str], list[str], np.ndarray]:
    """(sentences 1, sentences 2, labels) of an MRPC file (``msr_paraphrase_*.txt``)."""
    a, b, y = [], [], []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 5:
                y.append(int(parts[0]))
                a.append(parts[3])
                b.append(parts[4])
    return a, b, np.array(y)


def load_mrpc(split: str) -> tuple[list[str], list[str], np.ndarray]:
    """(sentences 1, sentences 2, labels) of ``msr_paraphrase_{split}.txt``."""
    return read_mrpc(EVAL / "mrpc" / f"msr_paraphrase_{split}.txt")


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


def cached_vectors(model: str, a: list[str], b: list[str]) -> np.ndarray:
    """Array (2, pairs, dim) of the vectors of ``a`` and ``b``; cached on disk between runs
    under $COMPARE_BENCH_CACHE (default /tmp/compare-bench)."""
    from compare.embed import get_embedder, resolve_model_name

    name = resolve_model_name(model)
    key = hashlib.sha256(("\x1f".join(a + b) + name).encode()).hexdigest()[:16]
    cache = Path(os.environ.get("COMPARE_BENCH_CACHE", "/tmp/compare-bench"))
    path = cache / f"{key}.npy"
    if path.exists():
        return np.load(path)
    texts = sorted(set(a) | set(b))
    emb = get_embedder(model).encode(texts)
    index = {t: k for k, t in enumerate(texts)}
    vectors = np.stack([emb[[index[t] for t in a]], emb[[index[t] for t in b]]])
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def cached_cosines(model: str, a: list[str], b: list[str]) -> np.ndarray:
    """Cosine of each pair with ``model`` (vectors cached by ``cached_vectors``)."""
    vectors = cached_vectors(model, a, b)
    return np.einsum("ij,ij->i", vectors[0], vectors[1])


def accuracy_f1(y: np.ndarray, pred: np.ndarray) -> tuple[float, float]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    acc = float((pred == (y == 1)).mean())
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    return acc, f1


def auc(y: np.ndarray, s: np.ndarray) -> float:
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    # average ranks of ties
    _, inv, counts = np.unique(s, return_inverse=True, return_counts=True)
    sums = np.bincount(inv, weights=ranks)
    ranks = (sums / counts)[inv]
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def train_threshold(y: np.ndarray, s: np.ndarray) -> float:
    """The threshold that maximises train accuracy."""
    grid = np.unique(np.round(s, 4))
    accs = [((s >= t) == (y == 1)).mean() for t in grid]
    return float(grid[int(np.argmax(accs))])

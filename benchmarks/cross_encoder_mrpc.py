"""Exploration, not wired into the product: a cross-encoder fine-tuned from the bundled MiniLM on
MRPC train, as a candidate re-scorer of claim pairs.

    /tmp/venv0/bin/python benchmarks/cross_encoder_mrpc.py [--epochs 3] [--lr 3e-5] [--threads 2]

MRPC train is split 80 / 20 (stratified, seed 0): the cross-encoder (the bundled
all-MiniLM-L6-v2 encoder with a new one-logit head, reading both sentences at once) is
fine-tuned on 80 %; the decision threshold on its probability is chosen on the held-out 20 %
(best accuracy + F1); then MRPC test accuracy / F1 and the share of PAWS label-0 pairs it
accepts are reported at that threshold. Weights are never written into the repository (MRPC:
research use only); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mrpc_oof_grid import cross_probabilities, fine_tune_cross  # noqa: E402
from train_matcher import accuracy_f1, load_mrpc, load_paws  # noqa: E402


def holdout_split(y: np.ndarray, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(fine-tuning rows, held-out rows), stratified by label."""
    from sklearn.model_selection import train_test_split

    return train_test_split(np.arange(len(y)), test_size=fraction, stratify=y, random_state=seed)


def subset(pairs, rows: np.ndarray):
    a, b, y = pairs
    return [a[r] for r in rows], [b[r] for r in rows], y[rows]


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The threshold with the best accuracy + F1 (ties: the lowest)."""
    candidates = np.unique(p)
    scores = [sum(accuracy_f1(y, p >= t)) for t in candidates]
    return float(candidates[int(np.argmax(scores))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--holdout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    import torch

    from compare.embed import bundled_model_path

    torch.set_num_threads(args.threads)
    train = load_mrpc("train")
    tune_rows, held_rows = holdout_split(train[2], args.holdout, args.seed)
    started = time.perf_counter()
    setting = ("cross", "bce", args.epochs, args.lr, args.batch_size)
    tokenizer, model = fine_tune_cross(setting, str(bundled_model_path()),
                                       subset(train, tune_rows), "cpu", args.seed)
    minutes = (time.perf_counter() - started) / 60
    held = subset(train, held_rows)
    threshold = best_threshold(cross_probabilities(tokenizer, model, held[0], held[1]), held[2])
    test_a, test_b, test_y = load_mrpc("test")
    test_p = cross_probabilities(tokenizer, model, test_a, test_b)
    acc, f1 = accuracy_f1(test_y, test_p >= threshold)
    paws_a, paws_b, paws_y = load_paws()
    neg = np.flatnonzero(paws_y == 0)
    merged = cross_probabilities(tokenizer, model, [paws_a[i] for i in neg],
                           [paws_b[i] for i in neg]) >= threshold
    print(json.dumps({"epochs": args.epochs, "lr": args.lr, "fine_tune_minutes": round(minutes, 1),
                      "threshold": round(threshold, 4), "mrpc_test_accuracy": round(acc, 3),
                      "mrpc_test_f1": round(f1, 3),
                      "paws_label0_merged": round(float(merged.mean()), 3)}))


if __name__ == "__main__":
    main()

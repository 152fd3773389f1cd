"""Exploration, not wired into the product: a cross-encoder fine-tuned from the bundled MiniLM on
MRPC train, as a candidate re-scorer of claim pairs.

    /tmp/venv0/bin/python benchmarks/cross_encoder_mrpc.py [--epochs 3] [--lr 3e-5] [--threads 2]

MRPC train is split as in finetune_mrpc.py (stratified, seed 0): the cross-encoder (the bundled
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

from finetune_mrpc import holdout_split, subset  # noqa: E402
from train_matcher import accuracy_f1, load_mrpc, load_paws  # noqa: E402


def fine_tune(pairs, *, epochs: int, lr: float, batch_size: int, seed: int):
    """(tokenizer, model): the bundled encoder with a one-logit head, trained on ``pairs``."""
    import torch
    from transformers import (AutoModelForSequenceClassification, AutoTokenizer,
                              get_linear_schedule_with_warmup)

    from compare.embed import bundled_model_path

    path = str(bundled_model_path())
    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=1)
    a, b, y = pairs
    steps = epochs * -(-len(y) // batch_size)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    rng = np.random.default_rng(seed)
    model.train()
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            rows = order[start:start + batch_size]
            batch = tokenizer([a[r] for r in rows], [b[r] for r in rows], padding=True,
                              truncation=True, max_length=128, return_tensors="pt")
            logits = model(**batch).logits[:, 0]
            loss = loss_fn(logits, torch.tensor(y[rows], dtype=torch.float32))
            loss.backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
    model.eval()
    return tokenizer, model


def probabilities(tokenizer, model, a: list[str], b: list[str], batch_size: int = 64):
    import torch

    out = []
    with torch.no_grad():
        for start in range(0, len(a), batch_size):
            batch = tokenizer(a[start:start + batch_size], b[start:start + batch_size],
                              padding=True, truncation=True, max_length=128,
                              return_tensors="pt")
            out.append(torch.sigmoid(model(**batch).logits[:, 0]).numpy())
    return np.concatenate(out)


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

    torch.set_num_threads(args.threads)
    train = load_mrpc("train")
    tune_rows, held_rows = holdout_split(train[2], args.holdout, args.seed)
    started = time.perf_counter()
    tokenizer, model = fine_tune(subset(train, tune_rows), epochs=args.epochs, lr=args.lr,
                                 batch_size=args.batch_size, seed=args.seed)
    minutes = (time.perf_counter() - started) / 60
    held = subset(train, held_rows)
    threshold = best_threshold(probabilities(tokenizer, model, held[0], held[1]), held[2])
    test_a, test_b, test_y = load_mrpc("test")
    acc, f1 = accuracy_f1(test_y, probabilities(tokenizer, model, test_a, test_b) >= threshold)
    paws_a, paws_b, paws_y = load_paws()
    neg = np.flatnonzero(paws_y == 0)
    merged = probabilities(tokenizer, model, [paws_a[i] for i in neg],
                           [paws_b[i] for i in neg]) >= threshold
    print(json.dumps({"epochs": args.epochs, "lr": args.lr, "fine_tune_minutes": round(minutes, 1),
                      "threshold": round(threshold, 4), "mrpc_test_accuracy": round(acc, 3),
                      "mrpc_test_f1": round(f1, 3),
                      "paws_label0_merged": round(float(merged.mean()), 3)}))


if __name__ == "__main__":
    main()

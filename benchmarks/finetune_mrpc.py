"""Fine-tune the bundled MiniLM on MRPC train and measure the claim matcher with its cosine.

    /tmp/venv0/bin/python benchmarks/finetune_mrpc.py [--losses online-contrastive cosine mnrl]
        [--epochs 2] [--out ~/.cache/compare/models/minilm-mrpc]

MRPC train is split (stratified, seed 0) into a fine-tuning part and a held-out part
(``--holdout``, 20 %). Each loss fine-tunes the bundled all-MiniLM-L6-v2 on the fine-tuning part
only, so the cosines of the held-out pairs are as unseen as those of test; the matcher (the
logistic regression over ``FEATURES`` that train_matcher.py fits, with its polarity guard) and the
cosine-alone threshold are fitted on the held-out part. The loss with the best held-out
cross-validated accuracy + F1 of the matcher is chosen, and only that model is measured on MRPC
test and on the label-0 pairs of PAWS, next to the bundled model fitted the same way.

The fine-tuned weights go to ``--out/<loss>``, never into the repository: MRPC's licence allows
non-commercial research use only, and so do models derived from it. A model already fine-tuned
there with the same settings is loaded instead (``--retrain``: fine-tune again); its row shows the
minutes its fine-tuning took (CPU, ``--threads`` torch threads). Nothing is downloaded. The chosen
model's folder gets the matcher fitted for it (``compare_matcher.json``), so that
``compare clusters --model FOLDER`` matches with that model and its own matcher.
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

from bench_matching import auc, train_threshold  # noqa: E402
from train_matcher import (ROOT, accuracy_f1, cached_cosines, fit_pairs, guard,  # noqa: E402
                           load_mrpc, load_paws)

from compare.embed import bundled_model_path  # noqa: E402
from compare.match import FEATURES, pair_features  # noqa: E402
from compare.match.scoring import MODEL_MATCHER_FILE  # noqa: E402

THREADS = 2
DEFAULT_OUT = Path("~/.cache/compare/models/minilm-mrpc")
# loss name -> (trains on the positive pairs only, batch size)
LOSSES = {"online-contrastive": (False, 16), "cosine": (False, 16), "mnrl": (True, 32)}

Pairs = tuple[list[str], list[str], np.ndarray]


def make_loss(name: str, model):
    """The sentence-transformers loss called ``name``."""
    from sentence_transformers import losses

    if name == "online-contrastive":  # cosine distance, margin 0.5: hard pairs only
        return losses.OnlineContrastiveLoss(model)
    if name == "cosine":  # MSE between the cosine and the 0/1 label
        return losses.CosineSimilarityLoss(model)
    # in-batch negatives, both directions (a paraphrase is symmetric)
    return losses.MultipleNegativesRankingLoss(model, directions=("query_to_doc", "doc_to_query"))


def subset(pairs: Pairs, rows: np.ndarray) -> Pairs:
    a, b, y = pairs
    return [a[r] for r in rows], [b[r] for r in rows], y[rows]


def holdout_split(y: np.ndarray, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(fine-tuning rows, held-out rows), stratified by label."""
    from sklearn.model_selection import train_test_split

    return train_test_split(np.arange(len(y)), test_size=fraction, stratify=y, random_state=seed)


def fine_tune(loss_name: str, pairs: Pairs, *, epochs: int, lr: float, seed: int):
    """The bundled model fine-tuned on ``pairs`` with ``loss_name`` (AdamW, 10 % linear warm-up)."""
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers import get_linear_schedule_with_warmup

    positives_only, batch_size = LOSSES[loss_name]
    a, b, y = subset(pairs, np.flatnonzero(pairs[2] == 1)) if positives_only else pairs
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = SentenceTransformer(str(bundled_model_path()), device="cpu")
    loss = make_loss(loss_name, model)
    steps = epochs * -(-len(y) // batch_size)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    model.train()
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            rows = order[start:start + batch_size]
            inputs = [model.preprocess([texts[r] for r in rows]) for texts in (a, b)]
            value = loss(inputs, torch.tensor(y[rows], dtype=torch.float32))
            value.backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
    model.eval()
    return model


def pair_cosines(model, a: list[str], b: list[str]) -> np.ndarray:
    """Cosine of each pair; every distinct text is encoded once."""
    texts = sorted(set(a) | set(b))
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    index = {t: k for k, t in enumerate(texts)}
    return np.einsum("ij,ij->i", vectors[[index[t] for t in a]], vectors[[index[t] for t in b]])


def matcher_scores(params: dict, a: list[str], b: list[str], cos: np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(probability, accepted) of the matcher ``params`` (fit_pairs) with its polarity guard."""
    feats = pair_features(a, b, cos)
    x = np.column_stack([feats[f] for f in params["features"]])
    z = (x - np.asarray(params["mean"])) / np.asarray(params["scale"])
    prob = 1 / (1 + np.exp(-(z @ np.asarray(params["coef"]) + params["intercept"])))
    blocked = guard(a, b)
    return prob * ~blocked, (prob >= params["threshold"]) & ~blocked


def held_out_row(label: str, held: Pairs, cos: np.ndarray) -> tuple[dict, str]:
    """(matcher params fitted on ``held``, one Markdown row of held-out figures)."""
    params = fit_pairs(*held, cos, FEATURES)
    y = held[2]
    acc, f1 = accuracy_f1(y, cos >= train_threshold(y, cos))
    cv = params["train_cv"]
    return params, (f"| {label} | {acc:.3f} / {f1:.3f} | {auc(y, cos):.3f} | "
                    f"{cv['accuracy']:.3f} / {cv['f1']:.3f} |")


def test_rows(label: str, cos_threshold: float, params: dict,
              evals: dict[str, tuple[Pairs, np.ndarray]]) -> list[str]:
    """Markdown rows on MRPC test and PAWS label 0 (``evals``: pairs and cosines of each):
    the cosine alone at ``cos_threshold``, and the matcher ``params``."""
    (te_a, te_b, te_y), te_cos = evals["test"]
    (pw_a, pw_b, pw_y), pw_cos = evals["paws"]
    neg = pw_y == 0
    acc, f1 = accuracy_f1(te_y, te_cos >= cos_threshold)
    rows = [f"| {label} | cosine alone | {acc:.3f} | {f1:.3f} | {auc(te_y, te_cos):.3f} | "
            f"{(pw_cos[neg] >= cos_threshold).mean():.1%} | threshold {cos_threshold:.3f} |"]
    te_p, te_same = matcher_scores(params, te_a, te_b, te_cos)
    _, pw_same = matcher_scores(params, pw_a, pw_b, pw_cos)
    acc, f1 = accuracy_f1(te_y, te_same)
    rows.append(f"| {label} | matcher ({len(FEATURES)} features, guard) | {acc:.3f} | {f1:.3f} | "
                f"{auc(te_y, te_p):.3f} | {pw_same[neg].mean():.1%} | "
                f"threshold {params['threshold']:.3f} |")
    return rows


def output_dir(path: str) -> Path:
    """``path`` resolved; refuses a folder inside the repository (derived from MRPC)."""
    out = Path(path).expanduser().resolve()
    if out == ROOT or ROOT in out.parents:
        sys.exit(f"--out {out} is inside the repository: MRPC-derived weights must stay outside")
    return out


def trained_model(name: str, args: argparse.Namespace, tune: Pairs, out: Path):
    """(model, minutes of fine-tuning) for loss ``name``: loaded from ``out/name`` when it was
    fine-tuned there with the same settings (``--retrain``: never), else fine-tuned and saved."""
    from sentence_transformers import SentenceTransformer

    settings = {"loss": name, "epochs": args.epochs, "lr": args.lr, "holdout": args.holdout,
                "seed": args.seed}
    record = out / name / "finetune_mrpc.json"
    if record.exists() and not args.retrain:
        saved = json.loads(record.read_text(encoding="utf-8"))
        if saved["settings"] == settings:
            return SentenceTransformer(str(out / name), device="cpu"), saved["minutes"]
    started = time.perf_counter()
    model = fine_tune(name, tune, epochs=args.epochs, lr=args.lr, seed=args.seed)
    minutes = (time.perf_counter() - started) / 60
    model.save(str(out / name))
    record.write_text(json.dumps({"settings": settings, "minutes": round(minutes, 1)}) + "\n",
                      encoding="utf-8")
    return model, minutes


def select_loss(args: argparse.Namespace, tune: Pairs, held: Pairs, out: Path) -> tuple:
    """Print each loss's held-out figures; (name, model, held-out cosines, matcher params) of
    the best matcher CV accuracy + F1 on the held-out part."""
    best = None
    for name in args.losses:
        model, minutes = trained_model(name, args, tune, out)
        cos = pair_cosines(model, *held[:2])
        params, row = held_out_row(f"{name}, {args.epochs} epochs (fine-tuned in {minutes:.1f} "
                                   f"min)", held, cos)
        print(row, flush=True)
        score = params["train_cv"]["accuracy"] + params["train_cv"]["f1"]
        if best is None or score > best[0]:
            best = (score, name, model, cos, params)
    return best[1:]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--losses", nargs="+", choices=list(LOSSES), default=list(LOSSES))
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=2e-5)
    parser.add_argument("--holdout", type=float, default=0.2,
                        help="share of MRPC train held out to fit the matcher and choose the loss")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=THREADS,
                        help="torch threads (1 is faster when other jobs share the cores)")
    parser.add_argument("--out", default=str(DEFAULT_OUT),
                        help="folder for the fine-tuned models, one sub-folder per loss")
    parser.add_argument("--retrain", action="store_true",
                        help="fine-tune even where --out holds a model with the same settings")
    return parser.parse_args()


def main() -> None:
    import torch

    args = parse_args()
    out = output_dir(args.out)
    torch.set_num_threads(args.threads)
    train = load_mrpc("train")
    tune_rows, held_rows = holdout_split(train[2], args.holdout, args.seed)
    tune, held = subset(train, tune_rows), subset(train, held_rows)
    print(f"MRPC train: {len(tune_rows)} pairs to fine-tune, {len(held_rows)} held out\n")
    print("| model | held-out cosine alone acc / F1 | cosine ROC-AUC | matcher 5-fold CV acc / F1 |")
    print("|---|---:|---:|---:|")
    bundled_cos = cached_cosines("minilm", *train[:2])[held_rows]
    bundled_params, row = held_out_row("bundled all-MiniLM-L6-v2", held, bundled_cos)
    print(row, flush=True)
    name, model, held_cos, params = select_loss(args, tune, held, out)
    # the matcher fitted for this model travels with it: `compare clusters --model FOLDER` uses it
    (out / name / MODEL_MATCHER_FILE).write_text(json.dumps(params, indent=1) + "\n",
                                                 encoding="utf-8")
    print(f"\nchosen on the held-out part: {name}, saved with its matcher in {out / name} "
          f"(cosine ROC-AUC on the pairs it was tuned on "
          f"{auc(tune[2], pair_cosines(model, *tune[:2])):.3f}, held out "
          f"{auc(held[2], held_cos):.3f})\n")

    test, paws = load_mrpc("test"), load_paws()
    print("| model | matcher | MRPC test acc | F1 | ROC-AUC | PAWS label-0 merged | note |")
    print("|---|---|---:|---:|---:|---:|---|")
    for label, cos, fitted, embed in (
            ("bundled all-MiniLM-L6-v2", bundled_cos, bundled_params,
             lambda a, b: cached_cosines("minilm", a, b)),
            (f"fine-tuned ({name})", held_cos, params, lambda a, b: pair_cosines(model, a, b))):
        evals = {"test": (test, embed(*test[:2])), "paws": (paws, embed(*paws[:2]))}
        for row in test_rows(label, train_threshold(held[2], cos), fitted, evals):
            print(row)


if __name__ == "__main__":
    main()

"""Out-of-fold scores of MRPC train pairs under fine-tuning settings (train only; a GPU helps).

    python training/mrpc_oof_grid.py --model DIR --train msr_paraphrase_train.txt --out DIR
        [--fold K] [--device cuda] [--configs NAME ...]

MRPC train is split into 5 stratified folds (seed 0). For each setting in ``CONFIGS`` and each
fold, the bundled MiniLM is fine-tuned on the other four folds, as a bi-encoder (its cosine) or
as a cross-encoder (its probability), and scores the pairs of the held fold. ``--fold K`` runs
one fold (so that folds can run side by side); each fold's scores go to ``OUT/oof_fold{K}.npz``
with one array per setting. ``training/finetune_mrpc.py --oof-dir OUT`` then fits the
matcher on these out-of-fold scores and compares the settings by cross-validation on train.
MRPC test is never read here. Only numpy, scikit-learn, torch, transformers and
sentence-transformers are needed (the MRPC reader is benchmarks/mrpc_paws.py, numpy only), so
the script runs on a bare GPU machine with a copy of the repository.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from mrpc_paws import read_mrpc  # noqa: E402 - numpy only, like this script

FOLDS = 5
# name -> (kind, loss, epochs, learning rate, batch size)
CONFIGS = {
    f"bi-{loss}-e{epochs}-lr{lr:g}": ("bi", loss, epochs, lr, 16)
    for loss in ("online-contrastive", "cosine", "cosent")
    for epochs in (2, 4) for lr in (2e-5, 5e-5)
}
# the first grid's best settings pushed further, one cross-encoder, one more loss
CONFIGS.update({f"{kind}-{loss}-e{epochs}-lr{lr:g}": (kind, loss, epochs, lr, 16)
                for kind, loss, epochs, lr in (
                    ("bi", "angle", 2, 2e-5), ("bi", "online-contrastive", 6, 5e-5),
                    ("bi", "online-contrastive", 8, 5e-5), ("bi", "online-contrastive", 4, 1e-4),
                    ("bi", "cosent", 8, 5e-5), ("cross", "bce", 4, 5e-5))})


def folds(y: np.ndarray) -> np.ndarray:
    """Fold number (0..FOLDS-1) of each pair: stratified, shuffled, seed 0."""
    from sklearn.model_selection import StratifiedKFold

    fold = np.zeros(len(y), np.int64)
    for k, (_, held) in enumerate(StratifiedKFold(FOLDS, shuffle=True, random_state=0)
                                  .split(np.zeros(len(y)), y)):
        fold[held] = k
    return fold


def bi_loss(name: str, model):
    from sentence_transformers import losses

    return {"online-contrastive": losses.OnlineContrastiveLoss, "cosine":
            losses.CosineSimilarityLoss, "cosent": losses.CoSENTLoss,
            "angle": losses.AnglELoss}[name](model)


def _tokenize(model, texts: list[str], device: str) -> dict:
    features = (model.preprocess(texts) if hasattr(model, "preprocess")
                else model.tokenize(texts))
    return {k: v.to(device) if hasattr(v, "to") else v for k, v in features.items()}


def train_loop(params, step, *, epochs: int, lr: float, n: int, batch_size: int,
               seed: int):
    """AdamW with 10 % linear warm-up over ``epochs`` shuffled passes of ``n`` rows."""
    import torch
    from transformers import get_linear_schedule_with_warmup

    steps = epochs * -(-n // batch_size)
    optimizer = torch.optim.AdamW(params, lr=lr)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            step(order[start:start + batch_size]).backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()


def fine_tune_bi(config, model_dir: str, pairs, device: str, seed: int):
    """The sentence-transformers model in ``model_dir`` fine-tuned on ``pairs`` (a, b, labels)
    as a bi-encoder with the setting ``config`` (a value of ``CONFIGS``)."""
    import torch
    from sentence_transformers import SentenceTransformer

    _, loss_name, epochs, lr, batch_size = config
    torch.manual_seed(seed)
    model = SentenceTransformer(model_dir, device=device).float()
    loss = bi_loss(loss_name, model)
    a, b, y = pairs
    model.train()

    def step(rows):
        inputs = [_tokenize(model, [t[r] for r in rows], device) for t in (a, b)]
        return loss(inputs, torch.tensor(y[rows], dtype=torch.float32, device=device))

    train_loop(model.parameters(), step, epochs=epochs, lr=lr, n=len(y), batch_size=batch_size,
               seed=seed)
    model.eval()
    return model


def bi_scores(config, model_dir, tune, held, device, seed):
    model = fine_tune_bi(config, model_dir, tune, device, seed)
    ha, hb, _ = held
    va = model.encode(ha, batch_size=128, normalize_embeddings=True, convert_to_numpy=True)
    vb = model.encode(hb, batch_size=128, normalize_embeddings=True, convert_to_numpy=True)
    return np.einsum("ij,ij->i", va, vb)


def fine_tune_cross(config, model_dir: str, pairs, device: str, seed: int):
    """(tokenizer, model): the encoder in ``model_dir`` with a new one-logit head, fine-tuned on
    ``pairs`` as a cross-encoder (both sentences read at once) with the setting ``config``."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    _, _, epochs, lr, batch_size = config
    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForSequenceClassification.from_pretrained(model_dir, num_labels=1)
    model = model.float().to(device)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    a, b, y = pairs
    model.train()

    def step(rows):
        batch = _pair_batch(tokenizer, [a[r] for r in rows], [b[r] for r in rows], device)
        return loss_fn(model(**batch).logits[:, 0],
                       torch.tensor(y[rows], dtype=torch.float32, device=device))

    train_loop(model.parameters(), step, epochs=epochs, lr=lr, n=len(y), batch_size=batch_size,
               seed=seed)
    model.eval()
    return tokenizer, model


def _pair_batch(tokenizer, a: list[str], b: list[str], device: str):
    return tokenizer(a, b, padding=True, truncation=True, max_length=128,
                     return_tensors="pt").to(device)


def cross_probabilities(tokenizer, model, a: list[str], b: list[str], device: str = "cpu",
                        batch_size: int = 128) -> np.ndarray:
    """The cross-encoder's probability that each pair is a paraphrase."""
    import torch

    out = []
    with torch.no_grad():
        for start in range(0, len(a), batch_size):
            batch = _pair_batch(tokenizer, a[start:start + batch_size],
                                b[start:start + batch_size], device)
            out.append(torch.sigmoid(model(**batch).logits[:, 0]).float().cpu().numpy())
    return np.concatenate(out)


def cross_scores(config, model_dir, tune, held, device, seed):
    tokenizer, model = fine_tune_cross(config, model_dir, tune, device, seed)
    return cross_probabilities(tokenizer, model, held[0], held[1], device)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="folder of the bundled MiniLM")
    parser.add_argument("--train", required=True, help="msr_paraphrase_train.txt")
    parser.add_argument("--out", required=True)
    parser.add_argument("--fold", type=int, nargs="+", default=list(range(FOLDS)))
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS))
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, help="first N pairs only (a smoke test)")
    args = parser.parse_args()
    a, b, y = read_mrpc(args.train)
    if args.limit:
        a, b, y = a[:args.limit], b[:args.limit], y[:args.limit]
    fold = folds(y)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for k in args.fold:
        path = out / f"oof_fold{k}.npz"
        done = dict(np.load(path)) if path.exists() else {}
        held_rows, tune_rows = np.flatnonzero(fold == k), np.flatnonzero(fold != k)
        tune = ([a[r] for r in tune_rows], [b[r] for r in tune_rows], y[tune_rows])
        held = ([a[r] for r in held_rows], [b[r] for r in held_rows], y[held_rows])
        done["rows"] = held_rows
        for name in args.configs:
            if name in done:
                continue
            started = time.perf_counter()
            score = (bi_scores if CONFIGS[name][0] == "bi" else cross_scores)(
                CONFIGS[name], args.model, tune, held, args.device, args.seed)
            done[name] = score.astype(np.float32)
            np.savez(str(path) + ".tmp.npz", **done)
            os.replace(str(path) + ".tmp.npz", path)
            print(f"fold {k} {name}: {time.perf_counter() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()

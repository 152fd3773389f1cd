"""Fine-tune the bundled MiniLM on MRPC train and fit the claim matcher for it, by stacking.

    python training/mrpc_oof_grid.py --model BUNDLED_DIR \\
        --train ../shared/eval/mrpc/msr_paraphrase_train.txt --out OOF_DIR [--device cuda]
    python training/finetune_mrpc.py --oof-dir OOF_DIR [--config NAME] [--threads 2]
        [--out ~/.cache/compare/models/minilm-mrpc]

The first command (mrpc_oof_grid.py) gives every MRPC train pair an out-of-fold score under each
fine-tuning setting: the cosine of a model fine-tuned on the other four of five folds. This
script then, on train only:

1. fits the matcher (the logistic regression over ``FEATURES`` with its polarity guard, as
   train_matcher.py fits it) on each bi-encoder setting's out-of-fold cosines, and prints its
   cross-validated accuracy / F1; cross-encoder settings are listed for comparison (their
   probability stands in for the cosine) but cannot be chosen, since the product embeds;
2. chooses the setting with the best matcher CV accuracy + F1 (``--config``: that one);
3. fine-tunes the bundled model on all 4,076 train pairs with it (CPU, ``--threads``; a model
   already fine-tuned in ``--out/NAME`` with the same settings is loaded instead);
4. saves the matcher fitted on the out-of-fold cosines beside the weights
   (``compare_matcher.json``): the cosines of pairs a model was trained on are inflated, those
   of the held folds are as unseen as those of new claims.

Only then are MRPC test and the label-0 pairs of PAWS read, once, for the chosen model.
``compare clusters --model FOLDER`` matches with that model and its matcher, and
``benchmarks/bench_matching.py --models FOLDER`` measures the pair through the product. The
weights never go into the repository: MRPC's licence allows non-commercial research use only,
and so do models derived from it. Nothing is downloaded.
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
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from mrpc_oof_grid import CONFIGS, FOLDS, fine_tune_bi  # noqa: E402
from mrpc_paws import accuracy_f1, auc, load_mrpc, load_paws, train_threshold  # noqa: E402
from train_matcher import fit_pairs, guard  # noqa: E402

from compare.embed import bundled_model_path  # noqa: E402
from compare.match import FEATURES, pair_features  # noqa: E402
from compare.match.scoring import MODEL_MATCHER_FILE  # noqa: E402

DEFAULT_OUT = Path("~/.cache/compare/models/minilm-mrpc")
RECORD = "finetune_mrpc.json"

Pairs = tuple[list[str], list[str], np.ndarray]


def out_of_fold_scores(folder: Path, n: int) -> dict[str, np.ndarray]:
    """Each setting's score of every train pair, from mrpc_oof_grid.py's ``oof_fold*.npz``;
    settings missing from any fold are left out."""
    scores: dict[str, np.ndarray] = {}
    paths = [folder / f"oof_fold{k}.npz" for k in range(FOLDS)]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.exit(f"no out-of-fold scores: {', '.join(missing)} missing; run "
                 f"training/mrpc_oof_grid.py --out {folder} first")
    folds = [np.load(p) for p in paths]
    for name in CONFIGS:
        if all(name in f.files for f in folds):
            score = np.full(n, np.nan)
            for f in folds:
                score[f["rows"]] = f[name]
            scores[name] = score
        elif any(name in f.files for f in folds):
            print(f"left out: {name} (scored in only some folds)")
    return scores


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


def compare_settings(train: Pairs, scores: dict[str, np.ndarray]) -> dict[str, dict]:
    """Print one Markdown row per setting; the matcher fitted on each bi-encoder setting."""
    a, b, y = train
    print("| setting | out-of-fold ROC-AUC | score alone (best train threshold) acc / F1 | "
          "matcher 5-fold CV acc / F1 | same, without the guard's veto |")
    print("|---|---:|---:|---:|---:|")
    fitted = {}
    for name, score in scores.items():
        params = fit_pairs(a, b, y, score, FEATURES)
        alone = accuracy_f1(y, score >= train_threshold(y, score))
        cv, raw = params["train_cv"], params["train_cv_without_guard"]
        note = "" if CONFIGS[name][0] == "bi" else " (cross-encoder: not usable by the product)"
        print(f"| {name}{note} | {auc(y, score):.3f} | {alone[0]:.3f} / {alone[1]:.3f} | "
              f"{cv['accuracy']:.3f} / {cv['f1']:.3f} | {raw['accuracy']:.3f} / "
              f"{raw['f1']:.3f} |", flush=True)
        if CONFIGS[name][0] == "bi":
            fitted[name] = params
    return fitted


def output_dir(path: str) -> Path:
    """``path`` resolved; refuses a folder inside the repository (derived from MRPC)."""
    out = Path(path).expanduser().resolve()
    if out == ROOT or ROOT in out.parents:
        sys.exit(f"--out {out} is inside the repository: MRPC-derived weights must stay outside")
    return out


def trained_model(name: str, train: Pairs, folder: Path, seed: int):
    """(model, minutes of fine-tuning): the bundled model fine-tuned on all of ``train`` with
    setting ``name``, loaded from ``folder`` when it was fine-tuned there with the same
    settings, else fine-tuned (CPU) and saved there."""
    from sentence_transformers import SentenceTransformer

    settings = {"setting": name, "values": list(CONFIGS[name]), "seed": seed,
                "pairs": len(train[2])}
    record = folder / RECORD
    if record.exists():
        saved = json.loads(record.read_text(encoding="utf-8"))
        if saved["settings"] == settings:
            return SentenceTransformer(str(folder), device="cpu"), saved["minutes"]
    started = time.perf_counter()
    model = fine_tune_bi(CONFIGS[name], str(bundled_model_path()), train, "cpu", seed)
    minutes = (time.perf_counter() - started) / 60
    model.save(str(folder))
    record.write_text(json.dumps({"settings": settings, "minutes": round(minutes, 1)}) + "\n",
                      encoding="utf-8")
    return model, minutes


def test_rows(label: str, cos_threshold: float, params: dict, model) -> list[str]:
    """Markdown rows on MRPC test and PAWS label 0: the cosine alone at ``cos_threshold``, and
    the matcher ``params``."""
    te_a, te_b, te_y = load_mrpc("test")
    pw_a, pw_b, pw_y = load_paws()
    te_cos, pw_cos = pair_cosines(model, te_a, te_b), pair_cosines(model, pw_a, pw_b)
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


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oof-dir", required=True,
                        help="folder of mrpc_oof_grid.py's out-of-fold scores")
    parser.add_argument("--config", choices=[n for n, c in CONFIGS.items() if c[0] == "bi"],
                        help="fine-tune with this setting instead of the best in train CV")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2, help="torch threads")
    parser.add_argument("--out", default=str(DEFAULT_OUT),
                        help="folder for the fine-tuned models, one sub-folder per setting")
    return parser.parse_args()


def main() -> None:
    import torch

    args = parse_args()
    out = output_dir(args.out)
    torch.set_num_threads(args.threads)
    train = load_mrpc("train")
    scores = out_of_fold_scores(Path(args.oof_dir), len(train[2]))
    print(f"MRPC train: {len(train[2])} pairs, out-of-fold scores of {len(scores)} settings\n")
    fitted = compare_settings(train, scores)
    if not fitted:
        sys.exit("no bi-encoder setting has out-of-fold scores in every fold")
    name = args.config or max(fitted, key=lambda n: sum(fitted[n]["train_cv"].values()))
    if name not in fitted:
        sys.exit(f"{name} has no out-of-fold scores in {args.oof_dir}")
    for cross in (n for n in scores if CONFIGS[n][0] == "cross"):
        p = scores[cross].clip(1e-6, 1 - 1e-6)
        logit = np.log(p / (1 - p))
        cv = fit_pairs(*train, scores[name], (*FEATURES, "cross"), {"cross": logit})["train_cv"]
        print(f"\n{name} with the logit of {cross} as one more matcher feature: "
              f"matcher CV {cv['accuracy']:.3f} / {cv['f1']:.3f} (not used: a second model)")
    model, minutes = trained_model(name, train, out / name, args.seed)
    params = fitted[name]
    (out / name / MODEL_MATCHER_FILE).write_text(json.dumps(params, indent=1) + "\n",
                                                 encoding="utf-8")
    print(f"\nchosen{' (--config)' if args.config else ' on train CV'}: {name}; fine-tuned on "
          f"all train pairs in {minutes:.1f} min (CPU, {args.threads} threads), saved with its "
          f"matcher in {out / name}\n")
    print("| model | matcher | MRPC test acc | F1 | ROC-AUC | PAWS label-0 merged | note |")
    print("|---|---|---:|---:|---:|---:|---|")
    y = train[2]
    for row in test_rows(f"fine-tuned ({name})", train_threshold(y, scores[name]), params, model):
        print(row)


if __name__ == "__main__":
    main()

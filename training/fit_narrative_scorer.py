"""Fit the codebook narrative scorer on the real-news dev split and write its weights and
threshold into compare/rules/narratives.json for the model.

    python training/fit_narrative_scorer.py [--corpus /tmp/realnews_corpus_dev] [--model NAME]

The dev corpus is ingested and extracted by the library, the dev codebook
(benchmarks/codebooks/realnews_dev.yaml, written from the gold descriptions) imported, and every
claim's features computed as the stage computes them (``compare.narratives.stage.
claim_features``). Labelled (claim, narrative) pairs: a gold member and its narrative
(positive); a gold member and any other narrative, and a claim of another event's documents and
the narrative (negative; a claim of the same event that no gold cluster lists is unlabelled).
A logistic regression over the features gives the probability; the threshold is the one with
the best F1 over the labelled pairs when each event is predicted by a fit on the others, with
the polarity guard applied as in the stage. The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_narrative_codebook import CODEBOOKS, ROWS, gold_narratives  # noqa: E402
from bench_realnews import SPECS  # noqa: E402

from compare import db  # noqa: E402
from compare.claims import extract_claims  # noqa: E402
from compare.embed import resolve_model_name  # noqa: E402
from compare.ingest import ingest_paths  # noqa: E402
from compare.narratives import import_codebook  # noqa: E402
from compare.narratives.scoring import FEATURES, guards, load_params  # noqa: E402
from compare.narratives.stage import claim_features  # noqa: E402

RULES = ROOT / "compare" / "rules" / "narratives.json"
THRESHOLDS = [round(x, 2) for x in np.arange(0.05, 0.91, 0.05)]


def labelled_pairs(table: dict, gold: dict, claim_event: dict, narrative_event: dict
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, label, event) of the labelled claim x narrative pairs."""
    rows, cols, labels, events = [], [], [], []
    for i, claim_id in enumerate(table["claim_ids"]):
        g = gold.get(claim_id)
        for j, nid in enumerate(table["narrative_ids"]):
            if g == nid:
                y = 1
            elif g is not None or claim_event.get(claim_id) != narrative_event[nid]:
                y = 0
            else:
                continue
            rows.append(i)
            cols.append(j)
            labels.append(y)
            events.append(narrative_event[nid] if y else claim_event.get(claim_id) or "")
    return np.array(rows), np.array(cols), np.array(labels), np.array(events)


def fit(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, max_iter=1000).fit(x, y)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/tmp/realnews_corpus_dev")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    model = resolve_model_name(args.model)
    spec = json.loads((SPECS / "dev.json").read_text(encoding="utf-8"))
    corpus = Path(args.corpus)

    con = db.connect(Path(tempfile.mkdtemp()) / "fit.duckdb")
    ingest_paths(con, [corpus], manifest=corpus / "manifest.csv")
    extract_claims(con)
    import_codebook(con, CODEBOOKS / "realnews_dev.yaml")
    table = claim_features(con, model=model)
    gold, claim_event, narrative_event = gold_narratives(spec, con.execute(ROWS).fetchall())
    r, c, y, events = labelled_pairs(table, gold, claim_event, narrative_event)
    x = np.stack([table["features"][name][r, c] for name in FEATURES], axis=1)

    base = load_params(model)
    vetoed = guards(table["similarity"], base)[r, c] > 0
    held_out = np.zeros(len(y))
    for event in sorted(set(events)):  # each event predicted by a fit on the others
        inside = events == event
        held_out[inside] = fit(x[~inside], y[~inside]).predict_proba(x[inside])[:, 1]
    held_out[vetoed] = 0.0

    def f1(t: float) -> float:
        hit = held_out >= t
        tp, fp, fn = (hit & (y == 1)).sum(), (hit & (y == 0)).sum(), (~hit & (y == 1)).sum()
        return 2 * tp / (2 * tp + fp + fn)

    threshold = max(THRESHOLDS, key=f1)
    clf = fit(x, y)
    params = replace(base, weights=tuple(round(float(w), 4) for w in clf.coef_[0]),
                     intercept=round(float(clf.intercept_[0]), 4), threshold=threshold)
    rules = json.loads(RULES.read_text(encoding="utf-8"))
    rules["models"][model] = {"features": list(FEATURES), **{
        k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(params).items()},
        "cv_f1": round(f1(threshold), 3),
        "trained_on": f"real-news dev, {int(y.sum())} positive and {int((y == 0).sum())} "
                      f"negative claim x narrative pairs, {len(set(events))} events "
                      "(training/fit_narrative_scorer.py)"}
    partial = RULES.with_name(f".{RULES.name}.part")  # replaced whole, never half-written
    partial.write_text(json.dumps(rules, indent=1) + "\n", encoding="utf-8")
    partial.replace(RULES)
    print(f"{model}: weights {dict(zip(FEATURES, params.weights))}, intercept "
          f"{params.intercept}, threshold {threshold} (held-out F1 {f1(threshold):.3f}; "
          + ", ".join(f"{t}: {f1(t):.3f}" for t in THRESHOLDS) + ")")


if __name__ == "__main__":
    main()

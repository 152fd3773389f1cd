"""Fit the codebook narrative scorer on the real-news dev split and write its weights and
threshold into compare/rules/narratives.json for the model.

    python training/fit_narrative_scorer.py [--corpus /tmp/realnews_corpus_dev] [--model NAME]

The dev corpus goes through `compare ingest` and `compare clusters` (the claim clusters that
matches propagate through), the dev codebook (benchmarks/codebooks/realnews_dev.yaml, written
from the gold descriptions) is imported, and every claim's features are computed as the stage
computes them (``compare.narratives.stage.claim_features``). Labelled (claim, narrative) pairs:
a gold member and its narrative (positive); a gold member and any other narrative, and a claim
of another event's documents and the narrative (negative; a claim of the same event that no
gold cluster lists is unlabelled). A logistic regression over the features gives the
probability.

The threshold is chosen for the target measure: the pairwise narrative F1 of
``../shared/realnews/score.py`` on English pages, each claim assigned the narrative of its
strongest match after the polarity guard and propagation through the claim clusters (as the
stage and ``benchmarks/bench_narrative_codebook.py`` do), with each event's probabilities from a
fit on the other events; ties go to the higher threshold. How well that choice does on unseen
events is estimated by leave-one-event-out: for each event, the threshold is chosen on the
other nine (their probabilities from fits that leave out the held-out event as well) and the
held-out event's claims are assigned with it; the pooled assignment is scored once. The same
estimate is printed for the nearest-entry cosine rule (the benchmark's baseline, its threshold
chosen the same way). The test split is never read here.
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
from bench_realnews import SPECS, compare_cli, gold_items, pair_scores  # noqa: E402

from compare import db  # noqa: E402
from compare.embed import resolve_model_name  # noqa: E402
from compare.narratives import import_codebook  # noqa: E402
from compare.narratives.scoring import FEATURES, POSITIVE, guards, load_params  # noqa: E402
from compare.narratives.stage import claim_features  # noqa: E402

RULES = ROOT / "compare" / "rules" / "narratives.json"
THRESHOLDS = [round(x, 2) for x in np.arange(0.10, 0.91, 0.02)]  # from the storage floor up
COSINES = [round(x, 3) for x in np.arange(0.10, 0.71, 0.025)]   # the cosine rule's


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


def assign(probs: np.ndarray, threshold, guard: np.ndarray, cluster: np.ndarray,
           params, rows: np.ndarray) -> dict[int, int]:
    """row -> narrative column, as the stage decides and the benchmark reads it: a model match
    (probability at least ``threshold``, per row or one for all, and no veto); propagation
    through the claim clusters of matches of at least ``params.propagate_floor`` to members
    without a match or a stored veto of their own; each claim to its strongest. Only ``rows``
    (a boolean mask) are scored."""
    t = np.asarray(threshold, dtype=float)
    match = (probs >= (t[:, None] if t.ndim else t)) & (guard == 0) & rows[:, None]
    score = np.where(match, probs, 0.0)
    carried: dict[tuple, float] = {}
    for i, j in zip(*np.nonzero(match & (probs >= params.propagate_floor))):
        if cluster[i] is not None:
            carried[cluster[i], j] = max(carried.get((cluster[i], j), 0.0), probs[i, j])
    for (c, j), s in carried.items():
        members = np.flatnonzero((cluster == c) & rows)
        free = ~match[members, j] & ~((guard[members, j] > 0)
                                      & (probs[members, j] >= params.store_floor))
        score[members[free], j] = np.maximum(score[members[free], j], s)
    hit = np.flatnonzero(score.max(axis=1) > 0)
    return dict(zip(hit.tolist(), score[hit].argmax(axis=1).tolist()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/tmp/realnews_corpus_dev")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    model = resolve_model_name(args.model)
    spec = json.loads((SPECS / "dev.json").read_text(encoding="utf-8"))
    corpus = Path(args.corpus)

    path = Path(tempfile.mkdtemp()) / "fit.duckdb"
    compare_cli(path, "ingest", str(corpus), "--manifest", str(corpus / "manifest.csv"))
    compare_cli(path, "clusters", "--level", "narrative", "--limit", "1")
    con = db.connect(path)
    import_codebook(con, CODEBOOKS / "realnews_dev.yaml")
    table = claim_features(con, model=model)
    claims = con.execute(ROWS).fetchall()
    cluster_of = dict(con.execute("""select claim_id, cluster_id from cluster_members
        where run_id = (select run_id from cluster_runs where level = 'claim'
                        order by created_at desc, run_id limit 1)""").fetchall())
    con.close()
    gold, claim_event, narrative_event = gold_narratives(spec, claims)
    found = gold_items(spec, claims)
    r, c, y, events = labelled_pairs(table, gold, claim_event, narrative_event)
    x = np.stack([table["features"][name][r, c] for name in FEATURES], axis=1)
    everything = np.stack([table["features"][name] for name in FEATURES], axis=-1)
    n, k = everything.shape[:2]
    ids, nids = table["claim_ids"], table["narrative_ids"]
    event = np.array([claim_event.get(i) or "" for i in ids])
    cluster = np.array([cluster_of.get(i) for i in ids], dtype=object)
    names = sorted(set(events))

    base = load_params(model)
    guard = guards(table["similarity"], base)
    vetoed = guard[r, c] > 0
    language = {d["url"]: d["language"] for e in spec["events"] for d in e["documents"]}
    event_of_url = {d["url"]: e["id"] for e in spec["events"] for d in e["documents"]}

    def probs_without(left_out: set) -> np.ndarray:
        keep = ~np.isin(events, list(left_out))
        return fit(x[keep], y[keep]).predict_proba(everything.reshape(-1, len(FEATURES)))[
            :, 1].reshape(n, k)

    def narrative_f1(assigned: dict, within: set | None = None, english: bool = True) -> float:
        """score.py's pairwise narrative F1 (``english``: as with --lang en) over the gold
        pairs whose two members are in events ``within`` (all: None)."""
        labels = {ids[i]: nids[j] for i, j in assigned.items()}
        keep = lambda m: ((not english or language.get(m["url"]) == "en")  # noqa: E731
                          and (within is None or event_of_url.get(m["url"]) in within))
        return pair_scores(spec, found, labels, "narrative", keep, both=True)["f1"]

    def best(curve: list[tuple[float, float]]) -> float:
        top = max(f for _, f in curve)
        return max(t for t, f in curve if f == top)  # ties: the higher threshold

    def cosine_rule(threshold, rows: np.ndarray) -> dict[int, int]:
        sims = table["similarity"][POSITIVE]
        t = np.asarray(threshold, dtype=float)
        hit = np.flatnonzero(rows & (sims.max(axis=1) >= t))
        return dict(zip(hit.tolist(), sims[hit].argmax(axis=1).tolist()))

    # each event's probabilities from a fit on the others; the threshold for all of dev
    outer = {e: probs_without({e}) for e in names}
    held_out = np.zeros((n, k))
    for e in names:
        held_out[event == e] = outer[e][event == e]
    everywhere = np.ones(n, dtype=bool)
    curve = [(t, narrative_f1(assign(held_out, t, guard, cluster, base, everywhere)))
             for t in THRESHOLDS]
    threshold = best(curve)

    # leave one event out: the threshold chosen on the other events, scored on the held-out one
    per_row, per_row_cos, chosen = np.zeros(n), np.zeros(n), {}
    for e in names:
        train = set(names) - {e}
        inner = np.zeros((n, k))
        for f in train:
            inner[event == f] = probs_without({e, f})[event == f]
        rows = np.isin(event, list(train))
        t = best([(t, narrative_f1(assign(inner, t, guard, cluster, base, rows), train))
                  for t in THRESHOLDS])
        t_cos = best([(t, narrative_f1(cosine_rule(t, rows), train)) for t in COSINES])
        per_row[event == e], per_row_cos[event == e] = t, t_cos
        chosen[e] = (t, t_cos)
    nested = assign(held_out, per_row, guard, cluster, base, everywhere)
    nested_cos = cosine_rule(per_row_cos, everywhere)
    estimate = {"en": narrative_f1(nested), "all": narrative_f1(nested, english=False)}
    estimate_cos = {"en": narrative_f1(nested_cos), "all": narrative_f1(nested_cos, english=False)}

    def pair_f1(t: float) -> float:  # the old criterion, for comparison
        hit = (held_out[r, c] >= t) & ~vetoed
        tp, fp, fn = (hit & (y == 1)).sum(), (hit & (y == 0)).sum(), (~hit & (y == 1)).sum()
        return 2 * tp / (2 * tp + fp + fn)

    clf = fit(x, y)
    params = replace(base, weights=tuple(round(float(w), 4) for w in clf.coef_[0]),
                     intercept=round(float(clf.intercept_[0]), 4), threshold=threshold)
    rules = json.loads(RULES.read_text(encoding="utf-8"))
    rules["models"][model] = {"features": list(FEATURES), **{
        k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(params).items()},
        "held_out_narrative_f1": {"en": estimate["en"], "all": estimate["all"]},
        "trained_on": f"real-news dev, {int(y.sum())} positive and {int((y == 0).sum())} "
                      f"negative claim x narrative pairs, {len(names)} events; threshold: "
                      "best English pairwise narrative F1, leave-one-event-out estimate in "
                      "held_out_narrative_f1 (training/fit_narrative_scorer.py)"}
    partial = RULES.with_name(f".{RULES.name}.part")  # replaced whole, never half-written
    partial.write_text(json.dumps(rules, indent=1) + "\n", encoding="utf-8")
    partial.replace(RULES)
    print(f"{model}: weights {dict(zip(FEATURES, params.weights))}, intercept "
          f"{params.intercept}, threshold {threshold}")
    print("English pairwise narrative F1 by threshold (each event's probabilities from a fit on "
          "the others): " + ", ".join(f"{t}: {f:.3f}" for t, f in curve))
    print("thresholds chosen without each event (scorer, cosine rule): "
          + ", ".join(f"{e} {a}/{b}" for e, (a, b) in chosen.items()))
    print(f"leave-one-event-out pairwise narrative F1, English / all pages: scorer "
          f"{estimate['en']:.3f} / {estimate['all']:.3f}; nearest-entry cosine "
          f"{estimate_cos['en']:.3f} / {estimate_cos['all']:.3f}")
    print(f"claim x narrative pair F1 (the former criterion) at {threshold}: "
          f"{pair_f1(threshold):.3f}; at 0.3: {pair_f1(0.3):.3f}")


if __name__ == "__main__":
    main()

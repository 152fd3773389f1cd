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
fit on the other events; chosen with it is the cosine floor of matches by the article's context
(``ScoringParams.context_floor``: a claim without a match takes its nearest entry when another
claim of its article carries it), or none; ties go to the higher threshold, then to the higher
floor. How well that choice does on unseen events is estimated by leave-one-event-out: for each
event, both are chosen on the other events (their probabilities from fits that leave out the
held-out event as well) and the held-out event's claims are assigned with them; the pooled
assignment is scored once. The same
estimate is printed for the nearest-entry cosine rule (the benchmark's baseline, its threshold
chosen the same way). The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_narrative_codebook import CODEBOOKS, ROWS, gold_narratives  # noqa: E402
from bench_realnews import SPECS, compare_cli, gold_items, pair_scores  # noqa: E402

from compare import db  # noqa: E402
from compare.embed import resolve_model_name  # noqa: E402
from compare.narratives import import_codebook  # noqa: E402
from compare.narratives.scoring import (FEATURES, POSITIVE, guards, load_params,  # noqa: E402
                                        nearest)
from compare.narratives.stage import claim_features  # noqa: E402

RULES = ROOT / "compare" / "rules" / "narratives.json"
THRESHOLDS = [round(x, 2) for x in np.arange(0.10, 0.51, 0.02)]  # from the storage floor up
CONTEXT_FLOORS = [0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.5, 2.0]  # 2.0: no context matches
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


@dataclass
class Context:
    """What matches by the article's context need: each row's document and nearest entry
    (``compare.narratives.scoring.nearest``)."""

    docs: np.ndarray
    nearest: np.ndarray
    similarity: np.ndarray


def assign(probs: np.ndarray, threshold, guard: np.ndarray, cluster: np.ndarray,
           params, rows: np.ndarray, context: Context | None = None, floor=2.0
           ) -> dict[int, int]:
    """row -> narrative column, as the stage decides and the benchmark reads it: a model match
    (probability at least ``threshold``, per row or one for all, and no veto); propagation
    through the claim clusters of matches of at least ``params.propagate_floor`` to members
    without a match or a stored veto of their own; each claim to its strongest; then a claim
    without one takes its nearest entry when its cosine reaches ``floor`` (per row or one for
    all) and another claim of its document carries that entry. Only ``rows`` (a boolean mask)
    are scored."""
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
    out = dict(zip(hit.tolist(), score[hit].argmax(axis=1).tolist()))
    if context is not None:
        floor = np.broadcast_to(np.asarray(floor, dtype=float), rows.shape)
        in_doc = {(context.docs[i], j) for i, j in out.items()}
        for i in np.flatnonzero(rows & (context.nearest >= 0) & (context.similarity >= floor)):
            j = int(context.nearest[i])
            if i not in out and (context.docs[i], j) in in_doc:
                out[int(i)] = j
    return out


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

    def best(curve: list[tuple]) -> tuple:
        top = max(f for _, f in curve)
        return max(p for p, f in curve if f == top)  # ties: the higher threshold, then floor

    def cosine_rule(threshold, rows: np.ndarray) -> dict[int, int]:
        sims = table["similarity"][POSITIVE]
        t = np.asarray(threshold, dtype=float)
        hit = np.flatnonzero(rows & (sims.max(axis=1) >= t))
        return dict(zip(hit.tolist(), sims[hit].argmax(axis=1).tolist()))

    doc_of = {row[5]: row[7] for row in claims}
    context = Context(np.array([doc_of.get(i) for i in ids], dtype=object),
                      *nearest(table["similarity"][POSITIVE], guard))

    def grid(probs: np.ndarray, rows: np.ndarray, within: set | None) -> list[tuple]:
        """((threshold, context floor), English F1) over THRESHOLDS x CONTEXT_FLOORS."""
        return [((t, s), narrative_f1(assign(probs, t, guard, cluster, base, rows, context, s),
                                      within)) for t in THRESHOLDS for s in CONTEXT_FLOORS]

    # each event's probabilities from a fit on the others; the choice for all of dev
    outer = {e: probs_without({e}) for e in names}
    held_out = np.zeros((n, k))
    for e in names:
        held_out[event == e] = outer[e][event == e]
    everywhere = np.ones(n, dtype=bool)
    curve = grid(held_out, everywhere, None)
    threshold, floor = best(curve)

    # leave one event out: both chosen on the other events, scored on the held-out one; the
    # same without matches by context (the floor left off), and for the cosine rule
    chosen, per_row = {}, {"context": np.zeros((2, n)), "none": np.zeros((2, n)),
                           "cosine": np.zeros((1, n))}
    for e in names:
        train = set(names) - {e}
        inner = np.zeros((n, k))
        for f in train:
            inner[event == f] = probs_without({e, f})[event == f]
        rows = np.isin(event, list(train))
        inner_curve = grid(inner, rows, train)
        picks = {"context": best(inner_curve),
                 "none": best([(p, f) for p, f in inner_curve if p[1] == CONTEXT_FLOORS[-1]]),
                 "cosine": (best([((t,), narrative_f1(cosine_rule(t, rows), train))
                                  for t in COSINES]))}
        for name, pick in picks.items():
            per_row[name][:, event == e] = np.asarray(pick)[:, None]
        chosen[e] = picks
    nested = {name: assign(held_out, per_row[name][0], guard, cluster, base, everywhere,
                           context, per_row[name][1]) for name in ("context", "none")}
    nested["cosine"] = cosine_rule(per_row["cosine"][0], everywhere)
    estimate = {name: {"en": narrative_f1(a), "all": narrative_f1(a, english=False)}
                for name, a in nested.items()}

    def pair_f1(t: float) -> float:  # the old criterion, for comparison
        hit = (held_out[r, c] >= t) & ~vetoed
        tp, fp, fn = (hit & (y == 1)).sum(), (hit & (y == 0)).sum(), (~hit & (y == 1)).sum()
        return 2 * tp / (2 * tp + fp + fn)

    clf = fit(x, y)
    params = replace(base, weights=tuple(round(float(w), 4) for w in clf.coef_[0]),
                     intercept=round(float(clf.intercept_[0]), 4), threshold=threshold,
                     context_floor=floor)
    rules = json.loads(RULES.read_text(encoding="utf-8"))
    rules["models"][model] = {"features": list(FEATURES), **{
        k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(params).items()},
        "held_out_narrative_f1": estimate["context"],
        "trained_on": f"real-news dev, {int(y.sum())} positive and {int((y == 0).sum())} "
                      f"negative claim x narrative pairs, {len(names)} events; threshold and "
                      "context floor: best English pairwise narrative F1, leave-one-event-out "
                      "estimate in "
                      "held_out_narrative_f1 (training/fit_narrative_scorer.py)"}
    partial = RULES.with_name(f".{RULES.name}.part")  # replaced whole, never half-written
    partial.write_text(json.dumps(rules, indent=1) + "\n", encoding="utf-8")
    partial.replace(RULES)
    print(f"{model}: weights {dict(zip(FEATURES, params.weights))}, intercept "
          f"{params.intercept}, threshold {threshold}, context floor {floor}")
    print("English pairwise narrative F1 by threshold and context floor (each event's "
          "probabilities from a fit on the others): "
          + ", ".join(f"{t}/{s}: {f:.3f}" for (t, s), f in curve))
    print("chosen without each event (threshold/floor; without context; cosine rule): "
          + ", ".join(f"{e} {p['context'][0]}/{p['context'][1]}; {p['none'][0]}; "
                      f"{p['cosine'][0]}" for e, p in chosen.items()))
    print("leave-one-event-out pairwise narrative F1, English / all pages: "
          + "; ".join(f"{label} {estimate[name]['en']:.3f} / {estimate[name]['all']:.3f}"
                      for name, label in (("context", "scorer"),
                                          ("none", "scorer without context matches"),
                                          ("cosine", "nearest-entry cosine"))))
    print(f"claim x narrative pair F1 (the former criterion) at {threshold}: "
          f"{pair_f1(threshold):.3f}; at 0.3: {pair_f1(0.3):.3f}")


if __name__ == "__main__":
    main()

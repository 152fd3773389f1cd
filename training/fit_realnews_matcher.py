"""Fit the claim matcher on the real-news dev split (plus MRPC train) and write it into
compare/rules/matcher.json for the bundled model.

    python training/fit_realnews_matcher.py [--corpus /tmp/realnews_corpus_dev] [--no-mrpc]

The dev corpus is ingested and extracted by the library (as `compare ingest` does); every gold
claim-level member is mapped to its claim (as ../shared/realnews/score.py maps it), and every
pair of members from two different documents whose cosine is at least ``--min-pair-cosine``
becomes a training pair: positive inside one gold claim cluster, negative across clusters
(same event or not) and for the spec's negative pairs. Besides the words, the matcher sees how
far apart the two documents were published (``features.DATE_FEATURES``; unknown for MRPC) and
the figures both texts give (``features.NUMBER_FEATURES``). MRPC train (4,076 pairs) is added
so that the matcher keeps its idea of a paraphrase where news gives no example; a news pair
weighs ``NEWS_WEIGHT`` MRPC pairs. The fit itself is training/train_matcher.fit_pairs
(standardised features, logistic regression, the polarity guard's veto); the threshold and the
weight were chosen with training/news_matcher_cv.py (claim F1 of held-out dev events) among
those that keep MRPC test above plain cosine. The test split is never read here.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_realnews import gold_items  # noqa: E402
from mrpc_paws import cached_cosines, load_mrpc  # noqa: E402
from train_matcher import OUT, fit_pairs  # noqa: E402

from compare import db  # noqa: E402
from compare.claims import extract_claims  # noqa: E402
from compare.embed import get_embedder, resolve_model_name  # noqa: E402
from compare.ingest import ingest_paths  # noqa: E402
from compare.match.features import (DATE_FEATURES, FEATURES, NUMBER_FEATURES,  # noqa: E402
                                    date_features)

NEWS_WEIGHT = 3.0  # a labelled news pair counts as three MRPC pairs in the fit
NEWS_THRESHOLD = 0.45  # chosen on held-out dev events (training/news_matcher_cv.py)


def news_pairs(spec: dict, corpus: Path, min_cosine: float
               ) -> tuple[list, list, np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """(texts a, texts b, labels, cosines, date features) of the labelled dev pairs."""
    con = db.connect(Path(tempfile.mkdtemp()) / "fit.duckdb")
    ingest_paths(con, [corpus], manifest=corpus / "manifest.csv")
    extract_claims(con)
    rows = con.execute("select url, text, speaker, claim_cluster_id, narrative_id, claim_id, "
                       "epoch(published_at) / 86400.0 from claims_full").fetchall()
    day: dict[str, float] = {}
    for r in rows:
        if r[6] is not None:
            day[r[1]] = min(day.get(r[1], r[6]), r[6])
    found = gold_items(spec, rows)
    members = []  # (gold cluster, url, text)
    for c in spec["gold_clusters"]:
        if c["level"] == "claim":
            members += [(c["id"], m["url"], r[1]) for m in c["members"]
                        if (r := found[(m["url"], m["anchor"])])]
    negatives = {frozenset((found[(p["a"]["url"], p["a"]["anchor"])][1],
                            found[(p["b"]["url"], p["b"]["anchor"])][1]))
                 for p in spec["negative_pairs"]
                 if found[(p["a"]["url"], p["a"]["anchor"])] and found[(p["b"]["url"], p["b"]["anchor"])]}
    labelled = {}
    for (ca, ua, ta), (cb, ub, tb) in itertools.combinations(members, 2):
        if ua != ub and ta != tb:
            labelled[frozenset((ta, tb))] = labelled.get(frozenset((ta, tb)), False) or ca == cb
    for pair in negatives:
        labelled.setdefault(pair, False)
    texts = sorted({t for pair in labelled for t in pair})
    vectors = dict(zip(texts, get_embedder(None).encode(texts)))
    a, b, y, cos = [], [], [], []
    for pair, same in labelled.items():
        ta, tb = sorted(pair)
        c = float(vectors[ta] @ vectors[tb])
        if c >= min_cosine:
            a.append(ta), b.append(tb), y.append(int(same)), cos.append(c)
    days = [np.array([day.get(t, np.nan) for t in side]) for side in (a, b)]
    return a, b, np.array(y), np.array(cos), date_features(*days, len(a))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/tmp/realnews_corpus_dev")
    ap.add_argument("--min-pair-cosine", type=float, default=0.3)
    ap.add_argument("--no-mrpc", action="store_true")
    ap.add_argument("--news-weight", type=float, default=NEWS_WEIGHT)
    ap.add_argument("--threshold", type=float, default=NEWS_THRESHOLD,
                    help="decision threshold (chosen with training/news_matcher_cv.py)")
    ap.add_argument("--claim-threshold", type=float, default=0.2,
                    help="the claim level's least mean pair score, stored with the matcher "
                         "(chosen with training/news_matcher_cv.py)")
    ap.add_argument("--narrative-threshold", type=float, default=0.35)
    args = ap.parse_args()
    spec = json.loads((ROOT / "benchmarks" / "realnews" / "dev.json").read_text(encoding="utf-8"))
    a, b, y, cos, dates = news_pairs(spec, Path(args.corpus), args.min_pair_cosine)
    print(f"real-news dev pairs: {len(y)} ({int(y.sum())} positive)")
    source = f"real-news dev ({len(y)} pairs, weight {args.news_weight:g})"
    weights = np.full(len(y), args.news_weight)
    if not args.no_mrpc:
        ma, mb, my = load_mrpc("train")
        mcos = cached_cosines("minilm", ma, mb)
        a, b, y, cos = a + ma, b + mb, np.concatenate([y, my]), np.concatenate([cos, mcos])
        undated = date_features(None, None, len(my))  # sentence pairs: no dates
        dates = {k: np.concatenate([dates[k], undated[k]]) for k in dates}
        weights = np.concatenate([weights, np.ones(len(my))])
        source += f" + MRPC train ({len(my)} pairs)"
    params = fit_pairs(a, b, y, cos, FEATURES + NUMBER_FEATURES + DATE_FEATURES, extra=dates,
                       weights=weights, threshold=args.threshold)
    params["min_cosine"] = min(params["min_cosine"], args.min_pair_cosine + 0.1)
    params["cluster_thresholds"] = {"claim": args.claim_threshold,
                                    "narrative": args.narrative_threshold}
    params["cluster_linkage"] = "score"
    out = json.loads(OUT.read_text(encoding="utf-8"))
    name = resolve_model_name(None)
    out["models"][name] = params
    out["trained_on"] = f"{name}: {source}, training/fit_realnews_matcher.py"
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: train CV {params['train_cv']} threshold {params['threshold']} "
          f"min_cosine {params['min_cosine']}; wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

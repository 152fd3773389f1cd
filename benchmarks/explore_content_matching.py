"""Exploration, not in the product: cluster the sample corpus on what claims attribute.

    python benchmarks/explore_content_matching.py [--model NAME]

Claims are matched on their whole sentence, attribution frame included ("…," Orlov stressed).
This run rewrites each attributed claim's text to its content (``claims.content``: a quotation's
inside, the clause after "X said that"; at least 3 words), clusters
both levels as `compare clusters` does, and scores them against the sample gold exactly as
bench_sample_gold.py does (snippets are mapped before the rewrite). It then asks whether a
shared speaker could link what the matcher leaves apart: among pairs of gold claims with the same
resolved speaker that are not yet in one claim cluster, how many links a cosine threshold would
add inside a gold claim group (right) and across groups (wrong). (A third question, joining
claims that attribute the same quote, is answered in the product: ``claims.content`` and
``compare.match.scoring.same_quote``.)
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json

import numpy as np
from bench_sample_gold import ROOT, SAMPLE, bcubed, map_snippets

from compare import db
from compare.claims import extract_claims
from compare.embed import get_embedder
from compare.hashing import text_hash
from compare.ingest import ingest_paths
from compare.pipeline import run_pipeline

MIN_WORDS = 3
THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8)


def use_content(con) -> int:
    """Rewrite attributed claims' texts to what they attribute (``claims.content``, at least
    ``MIN_WORDS`` words); the number rewritten."""
    rows = [(said, text_hash(said), claim_id) for claim_id, said in con.execute(
        "select claim_id, content from claims where content is not null").fetchall()
        if len(said.split()) >= MIN_WORDS]
    con.executemany("update claims set text = ?, text_hash = ? where claim_id = ?", rows)
    return len(rows)


def speaker_links(con, gold: list[dict], mapped: list, clusters: dict, model) -> list[dict]:
    """Per threshold: links a same-speaker cosine rule would add, right and wrong."""
    info = {r[0]: r[1:] for r in con.execute("select claim_id, text, speaker_id from claims")
            .fetchall()}
    items = list(dict.fromkeys((cid, row["claim_group"].strip())
                               for row, cid in zip(gold, mapped) if cid and clusters.get(cid)))
    vectors = get_embedder(model).encode([info[c][0] for c, _ in items])
    cos, right, together = [], [], []
    for (i, (x, gx)), (j, (y, gy)) in itertools.combinations(enumerate(items), 2):
        if x != y and info[x][1] and info[x][1] == info[y][1]:
            cos.append(float(vectors[i] @ vectors[j]))
            right.append(bool(gx) and gx == gy)
            together.append(clusters[x] == clusters[y])
    cos, right, together = np.array(cos), np.array(right), np.array(together)
    out = []
    for t in THRESHOLDS:
        new = (cos >= t) & ~together
        out.append({"cosine": t, "right": int((new & right).sum()),
                    "wrong": int((new & ~right).sum())})
    return out


def run(content: bool, model: str | None, gold: list[dict]) -> dict:
    con = db.connect(":memory:")
    ingest_paths(con, [SAMPLE], manifest=SAMPLE / "manifest.csv")
    extract_claims(con)
    mapped = map_snippets(con, gold)
    report: dict = {"texts": "content" if content else "sentence"}
    if content:
        report["rewritten"] = use_content(con)
    run_pipeline(con, model=model)
    latest = {cid: (c, n) for cid, c, n in con.execute(
        "select claim_id, claim_cluster_id, narrative_id from claims_full").fetchall()}
    for level, column, index in (("claim", "claim_group", 0),
                                 ("narrative", "narrative_group", 1)):
        pred = [latest[cid][index] if cid in latest and latest[cid][index] else f"none-{n}"
                for n, cid in enumerate(mapped)]
        truth = [row[column].strip() or f"alone-{n}" for n, row in enumerate(gold)]
        report[level] = bcubed(pred, truth)
    clusters = {cid: v[0] for cid, v in latest.items() if v[0]}
    report["same_speaker_links"] = speaker_links(con, gold, mapped, clusters, model)
    con.close()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    gold = list(csv.DictReader((ROOT / "data" / "gold_claims.csv").open(encoding="utf-8")))
    for content in (False, True):
        print(json.dumps(run(content, args.model, gold)), flush=True)


if __name__ == "__main__":
    main()

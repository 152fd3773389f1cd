"""Exploration, not in the product: cluster the sample corpus on what claims attribute.

    python benchmarks/explore_content_matching.py [--model NAME]

Claims are matched on their whole sentence, attribution frame included ("…," Orlov stressed).
This run rewrites each attributed claim's text to its content (the spans the extractor marks as
attributed: a quotation's inside, the clause after "X said that", at least 3 words), clusters
both levels as `compare clusters` does, and scores them against the sample gold exactly as
bench_sample_gold.py does (snippets are mapped before the rewrite). It then asks whether a
shared speaker could link what the matcher leaves apart: among pairs of gold claims with the same
resolved speaker that are not yet in one claim cluster, how many links a cosine threshold would
add inside a gold claim group (right) and across groups (wrong). Last, an "identical quote" rule
on the sentence run: claims whose quoted or reported content (at least 6 words) is the same, or
lies inside the other's (partial ratio >= 97), joined into one claim cluster; its links and the
claim-level B-cubed after them.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json

import numpy as np
from bench_sample_gold import ROOT, SAMPLE, bcubed, map_snippets

from compare import db
from compare.claims import extract_claims, extract_from_text
from compare.embed import get_embedder
from compare.hashing import normalise_text, text_hash
from compare.ingest import ingest_paths
from compare.pipeline import run_pipeline

MIN_WORDS = 3
QUOTE_MIN_WORDS = 6
QUOTE_PARTIAL = 97.0
THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8)


def use_content(con) -> int:
    """Rewrite attributed claims' texts to their content; the number rewritten."""
    rows = []
    docs = con.execute("select doc_id, text, title, teasers from documents").fetchall()
    for doc_id, text, title, teasers in docs:
        for c in extract_from_text(text or "", title=title, teasers=teasers or ()):
            if c.char_start is None or not c.content:
                continue
            content = " … ".join(text[a:b] for a, b in c.content).strip(" “”\"',")
            if len(content.split()) >= MIN_WORDS:
                rows.append((content, text_hash(content), doc_id, c.char_start))
    con.executemany("update claims set text = ?, text_hash = ? where doc_id = ? and "
                    "char_start = ?", rows)
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


def quote_links(con, gold: list[dict], mapped: list, clusters: dict) -> dict:
    """The identical-quote rule's new links (right / wrong / outside the gold) and claim-level
    B-cubed once the clusters they join are merged."""
    from rapidfuzz import fuzz

    ids = {(d, s): c for c, d, s in con.execute("select claim_id, doc_id, char_start from claims")
           .fetchall()}
    content = {}
    docs = con.execute("select doc_id, text, title, teasers from documents").fetchall()
    for doc_id, text, title, teasers in docs:
        for c in extract_from_text(text or "", title=title, teasers=teasers or ()):
            if c.char_start is None or not c.content or c.kind not in ("quote", "reported"):
                continue
            said = normalise_text(" ".join(text[a:b] for a, b in c.content)).lower()
            said = said.strip(" “”\"',.")
            cid = ids[(doc_id, c.char_start)]
            if len(said.split()) >= QUOTE_MIN_WORDS and clusters.get(cid):
                content[cid] = said
    group = {cid: row["claim_group"].strip() for row, cid in zip(gold, mapped) if cid}
    parent: dict = {}

    def root(u):
        while parent.get(u, u) != u:
            u = parent[u]
        return u

    links = {"right": 0, "wrong": 0, "outside_gold": 0}
    for x, y in itertools.combinations(sorted(content), 2):
        short, long_ = sorted((content[x], content[y]), key=len)
        if clusters[x] == clusters[y] or fuzz.partial_ratio(short, long_) < QUOTE_PARTIAL:
            continue
        parent[root(clusters[x])] = root(clusters[y])
        if x not in group or y not in group:
            links["outside_gold"] += 1
        else:
            links["right" if group[x] and group[x] == group[y] else "wrong"] += 1
    pred = [root(clusters[cid]) if cid in clusters else f"none-{n}"
            for n, cid in enumerate(mapped)]
    truth = [row["claim_group"].strip() or f"alone-{n}" for n, row in enumerate(gold)]
    return {"links": links, "claim_after": bcubed(pred, truth)}


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
    if not content:
        report["identical_quote_rule"] = quote_links(con, gold, mapped, clusters)
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

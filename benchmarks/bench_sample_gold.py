"""B-cubed precision / recall / F1 of both cluster levels against the sample corpus gold.

Ingests ``data/sample`` into a fresh database, runs every stage (as `compare clusters` does),
maps each gold snippet of ``data/gold_claims.csv`` (paths relative to ``data/sample``) (file, snippet, kind, speaker, cue,
claim_group, narrative_group) to the extracted claim of that file containing it (else the claim
with the best partial fuzzy match, if >= 90), and scores the predicted clusters of the mapped
claims against the gold groups. Unmapped snippets count as predicted singletons (they lower
recall); a blank gold group is a group of its own.

    python benchmarks/bench_sample_gold.py [--model NAME] [--db /tmp/gold.duckdb] [--gold CSV]
    python benchmarks/bench_sample_gold.py --arrival 0.7   # the last 30 % of documents (by date)
                                                           # arrive one at a time: updated runs
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"


def bcubed(pred: list, gold: list) -> dict:
    """B-cubed precision, recall and F1 of two labellings of the same items."""
    pairs = Counter(zip(pred, gold))
    n_pred, n_gold = Counter(pred), Counter(gold)
    n = len(pred)
    precision = sum(pairs[(p, g)] / n_pred[p] for p, g in zip(pred, gold)) / n
    recall = sum(pairs[(p, g)] / n_gold[g] for p, g in zip(pred, gold)) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def map_snippets(con, gold: list[dict]) -> list[str | None]:
    """The claim id each gold snippet maps to (None when no claim of its file matches)."""
    from rapidfuzz import fuzz

    from compare.hashing import normalise_text

    claims = con.execute("""select c.claim_id, c.text, d.source_path, d.source_line
                            from claims c join documents d using (doc_id)""").fetchall()
    by_file: dict[tuple, list[tuple[str, str]]] = {}
    for claim_id, text, source, line in claims:
        key = (Path(source or "").name, line if str(source).endswith(".jsonl") else None)
        by_file.setdefault(key, []).append((claim_id, normalise_text(text)))
    out = []
    for row in gold:
        snippet = normalise_text(row["snippet"]).strip(" \"'")
        name, _, record = Path(row["file"]).name.partition(":")  # "feed.jsonl:2": record 2
        candidates = by_file.get((name, int(record) if record else None), [])
        hit = [cid for cid, text in candidates if snippet.lower() in text.lower()]
        if hit:
            out.append(min(hit, key=lambda cid: len(dict(candidates)[cid])))
            continue
        scored = [(fuzz.partial_ratio(snippet.lower(), text.lower()), cid)
                  for cid, text in candidates]
        best = max(scored, default=(0, None))
        out.append(best[1] if best[0] >= 90 else None)
    return out


def arrive(con, tmp: Path, first: float, model: str | None) -> list[str]:
    """Ingest the first share of documents by date and cluster; then each later document
    alone, clustering after each. Returns how each claim-level run was made."""
    from compare.ingest import ingest_paths
    from compare.pipeline import run_pipeline

    folder = tmp / "sample"  # the articles without the manifest, which would list them all
    shutil.copytree(SAMPLE / "articles", folder / "articles")
    rows = list(csv.DictReader((SAMPLE / "manifest.csv").open(encoding="utf-8")))
    rows.sort(key=lambda r: (r["published_at"], r["path"]))
    cut = max(1, round(first * len(rows)))
    made = []
    for batch in [rows[:cut]] + [[r] for r in rows[cut:]]:
        manifest = folder / "batch.csv"
        with manifest.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(batch)
        ingest_paths(con, [folder / "articles"], manifest=manifest)
        run = run_pipeline(con, model=model)["cluster_claim"]
        made.append("updated" if "updated_from" in run.params else "full")
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="embedding model (default: bundled MiniLM)")
    parser.add_argument("--db", type=Path, default=None, help="database file (default: temp)")
    parser.add_argument("--gold", type=Path, default=ROOT / "data" / "gold_claims.csv")
    parser.add_argument("--arrival", type=float, default=None, help="cluster the first share "
                        "of documents (by date), then add the others one at a time, clustering "
                        "after each (each run updates the previous one)")
    args = parser.parse_args()

    from compare import db
    from compare.ingest import ingest_paths
    from compare.pipeline import run_pipeline

    gold = list(csv.DictReader(args.gold.open(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "gold.duckdb"
        con = db.connect(path)
        if args.arrival is None:
            ingest_paths(con, [SAMPLE], manifest=SAMPLE / "manifest.csv")
            run_pipeline(con, model=args.model)
        else:
            report_runs = arrive(con, Path(tmp), args.arrival, args.model)
        mapped = map_snippets(con, gold)
        latest = dict(con.execute("""select claim_id, claim_cluster_id || '|' ||
                                     coalesce(narrative_id, '') from claims_full""").fetchall())
        report = {"gold_snippets": len(gold), "mapped": sum(m is not None for m in mapped)}
        if args.arrival is not None:
            report["runs"] = report_runs
        for level, column, index in (("claim", "claim_group", 0), ("narrative",
                                                                    "narrative_group", 1)):
            pred, truth = [], []
            for n, (row, claim_id) in enumerate(zip(gold, mapped)):
                label = latest.get(claim_id) if claim_id else None
                pred.append(label.split("|")[index] if label else f"unmapped-{n}")
                truth.append(row[column].strip() or f"alone-{n}")
            report[level] = bcubed(pred, truth)
        con.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()

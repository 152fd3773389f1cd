"""Codebook narratives on the real-news gold (issue 15): claims scored against a codebook written
from each gold narrative's description, beside the baseline "each claim to the entry with the
highest cosine of the bundled model".

    python benchmarks/bench_narrative_codebook.py --split dev    # inspect; the baseline's threshold
    python benchmarks/bench_narrative_codebook.py --split test   # once, for the final figure
    python benchmarks/bench_narrative_codebook.py --split sample # data/codebook.yaml vs the key

The codebooks are benchmarks/codebooks/realnews_{dev,test}.yaml: one entry per gold narrative
cluster, written from its description alone, with at most two invented examples and the
speakers the description names as hints. `compare` runs as a user runs it: `compare ingest`,
`compare clusters --level narrative` (the claim clusters that matches propagate through), then
`compare narratives import CODEBOOK` (which scores). Each claim is assigned the narrative of
its strongest match in `narrative_matches` (none without a match); the assignment is written as
`claims_full.narrative_id` into a scratch database and scored by ../shared/realnews/score.py,
on all pages and with `--lang en`.

The baseline assigns each claim the entry whose description or examples have the highest cosine
(bundled model), or none below a threshold chosen on dev (``BASELINE_THRESHOLD``, by English F1;
``--sweep`` prints the curve). "Off-event matches" counts matched claims of documents about
another event than the narrative's: certainly wrong, and invisible to the pairwise F1, which
only looks at the gold members.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_realnews import SHARED, SPECS, compare_cli, gold_items, pair_scores  # noqa: E402

CODEBOOKS = ROOT / "benchmarks" / "codebooks"
BASELINE_THRESHOLD = 0.35  # chosen on dev with --sweep (2026-12-03): best English F1
SWEEP = [round(x, 2) for x in np.arange(0.0, 0.71, 0.05)]
ROWS = ("select url, text, speaker, claim_cluster_id, narrative_id, claim_id, kind, doc_id "
        "from claims_full")


def gold_narratives(spec: dict, rows: list[tuple]) -> tuple[dict, dict, dict]:
    """(claim_id -> gold narrative, claim_id -> event, narrative -> event) as score.py maps the
    anchors (the first claim of the page containing each)."""
    found = gold_items(spec, rows)
    event_of_url = {d["url"].rstrip("/"): e["id"] for e in spec["events"] for d in e["documents"]}
    gold, narrative_event = {}, {}
    for cluster in spec["gold_clusters"]:
        if cluster["level"] != "narrative":
            continue
        narrative_event[cluster["id"]] = event_of_url[cluster["members"][0]["url"].rstrip("/")]
        for m in cluster["members"]:
            row = found[(m["url"], m["anchor"])]
            if row is not None:
                gold[row[5]] = cluster["id"]
    claim_event = {r[5]: event_of_url.get((r[0] or "").rstrip("/")) for r in rows}
    return gold, claim_event, narrative_event


def strongest_matches(con: duckdb.DuckDBPyConnection, sources: tuple[str, ...]) -> dict:
    """claim_id -> the narrative of its strongest match among ``sources``."""
    return dict(con.execute("""select claim_id, arg_max(narrative_id, score) from narrative_matches
                               where list_contains(?, source) group by claim_id""",
                            [list(sources)]).fetchall())


def reference_scores(rows: list[tuple], labels: dict, spec_path: Path, work: Path) -> dict:
    """score.py on a scratch database whose claims_full carries ``labels`` as narrative_id."""
    path = work / f"assigned-{len(list(work.iterdir()))}.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table claims_full (url varchar, text varchar, speaker varchar, "
                "claim_cluster_id varchar, narrative_id varchar)")
    con.executemany("insert into claims_full values (?, ?, ?, ?, ?)",
                    [(r[0], r[1], r[2], r[3], labels.get(r[5])) for r in rows])
    con.close()
    out = {}
    for name, extra in (("all", []), ("en", ["--lang", "en"])):
        text = subprocess.run([sys.executable, str(SHARED / "score.py"), str(path),
                               str(spec_path), "--json", *extra],
                              check=True, capture_output=True, text=True).stdout
        out[name] = json.loads(text)["narrative"]
    return out


def off_event(labels: dict, claim_event: dict, narrative_event: dict) -> tuple[int, int]:
    """(matched claims of another event's documents, matched claims)."""
    wrong = sum(1 for c, n in labels.items() if n and claim_event.get(c) != narrative_event[n])
    return wrong, sum(1 for n in labels.values() if n)


def baseline(con: duckdb.DuckDBPyConnection, threshold: float) -> dict:
    """claim_id -> the entry with the highest cosine (description or example), none below
    ``threshold``."""
    from compare.narratives.scoring import POSITIVE
    from compare.narratives.stage import claim_features

    table = claim_features(con)
    sims = table["similarity"][POSITIVE]
    best, top = sims.argmax(axis=1), sims.max(axis=1)
    ids = table["narrative_ids"]
    return {c: ids[b] for c, b, s in zip(table["claim_ids"], best, top) if s >= threshold}


def run(args) -> dict:
    spec_path = SPECS / f"{args.split}.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    corpus = Path(args.corpus or f"/tmp/realnews_corpus_{args.split}")
    codebook = CODEBOOKS / f"realnews_{args.split}.yaml"
    work = Path(tempfile.mkdtemp(prefix="bench_codebook_"))
    db = work / "compare.duckdb"
    start = time.monotonic()
    compare_cli(db, "ingest", str(corpus), "--manifest", str(corpus / "manifest.csv"))
    compare_cli(db, "clusters", "--level", "narrative", "--limit", "1")
    pipeline_s = time.monotonic() - start
    start = time.monotonic()
    compare_cli(db, "narratives", "import", str(codebook))
    score_s = time.monotonic() - start

    from compare import db as compare_db

    con = compare_db.connect(db)
    rows = con.execute(ROWS).fetchall()
    gold, claim_event, narrative_event = gold_narratives(spec, rows)
    found = gold_items(spec, rows)
    lang = {d["url"]: d["language"] for e in spec["events"] for d in e["documents"]}
    is_en = lambda m: lang.get(m["url"]) == "en"  # noqa: E731
    systems = {"codebook (every match)": strongest_matches(con, ("model", "propagated",
                                                                   "context")),
               "codebook (model + propagated)": strongest_matches(con, ("model", "propagated")),
               "codebook (model only)": strongest_matches(con, ("model",)),
               f"baseline (max cosine, none < {BASELINE_THRESHOLD})":
                   baseline(con, BASELINE_THRESHOLD)}
    result = {"split": args.split, "claims": len(rows), "gold_members": len(gold),
              "pipeline_s": round(pipeline_s, 1), "import_and_score_s": round(score_s, 1),
              "systems": {}}
    for name, labels in systems.items():
        wrong, matched = off_event(labels, claim_event, narrative_event)
        result["systems"][name] = {**reference_scores(rows, labels, spec_path, work),
                                   "off_event": wrong, "matched": matched}
    if args.sweep:
        result["sweep"] = [
            (t, pair_scores(spec, found, labels, "narrative")["f1"],
             pair_scores(spec, found, labels, "narrative", is_en, both=True)["f1"])
            for t in SWEEP for labels in [baseline(con, t)]]
    con.close()
    return result


def print_table(result: dict) -> None:
    print(f"codebook narratives, real-news {result['split']}: {result['claims']} claims, "
          f"{result['gold_members']} gold narrative members; ingest + clusters "
          f"{result['pipeline_s']} s, import + score {result['import_and_score_s']} s")
    print(f"{'system':44} {'all P':>6} {'R':>6} {'F1':>6} {'en P':>6} {'R':>6} {'F1':>6} "
          f"{'off-event':>12}")
    for name, s in result["systems"].items():
        a, e = s["all"], s["en"]
        print(f"{name:44} {a['precision']:6.3f} {a['recall']:6.3f} {a['f1']:6.3f} "
              f"{e['precision']:6.3f} {e['recall']:6.3f} {e['f1']:6.3f} "
              f"{s['off_event']:>5}/{s['matched']:<6}")
    for t, f_all, f_en in result.get("sweep", []):
        print(f"baseline threshold {t:.2f}: F1 all {f_all:.3f}, en {f_en:.3f}")


# data/codebook.yaml entry -> the narrative groups of data/gold_claims.csv it stands for
SAMPLE_GROUPS = {
    "seeks-cooperation": {"valdoria-seeks-cooperation-with-eu", "orlov-we-remain-partners",
                          "orlov-cooperation-eu-us", "sedov-seeking-partners-in-eu"},
    "sanctions-failed": {"sanctions-have-failed", "orlov-sanctions-failed"},
    "no-threat": {"valdoria-is-not-a-threat", "valdoria-poses-no-threat"},
    "valdoria-threat": {"valdoria-is-a-threat", "valdoria-poses-threat"},
    "nato-escalates": {"nato-is-the-aggressor", "nato-increased-presence"},
    "gas-is-commercial": {"gas-dispute-is-commercial", "kostina-gas-not-weapon",
                          "pay-for-what-you-buy"},
    "gas-as-weapon": {"valdoria-uses-gas-as-weapon", "gas-cutoff-is-blackmail"},
    "un-vote-illegitimate": {"un-resolution-illegitimate", "un-resolution-illegal-one-sided"},
    "respects-international-law": {"valdoria-respects-international-law"},
    "europeans-see-partner": {"europeans-see-valdoria-as-partner", "bips-poll-ally-partner"},
    "media-biased": {"western-media-biased"},
}


def run_sample() -> dict:
    """Precision and recall of data/codebook.yaml on the sample corpus's answer key: a match
    is right when the claim's gold narrative group is one the entry stands for
    (``SAMPLE_GROUPS``), wrong when it is another group; claims the key does not list do not
    count. Recall: gold claims of those groups that carry their entry."""
    import csv

    from bench_sample_gold import SAMPLE, map_snippets

    work = Path(tempfile.mkdtemp(prefix="bench_codebook_sample_"))
    db = work / "compare.duckdb"
    compare_cli(db, "demo", "--corpus", str(SAMPLE))
    compare_cli(db, "narratives", "import", str(ROOT / "data" / "codebook.yaml"))
    from compare import db as compare_db

    con = compare_db.connect(db)
    gold_rows = list(csv.DictReader((ROOT / "data" / "gold_claims.csv").open(encoding="utf-8")))
    gold = {c: row["narrative_group"] for c, row in zip(map_snippets(con, gold_rows), gold_rows)
            if c}
    out = {}
    for sources in (("model",), ("model", "propagated"), ("model", "propagated", "context")):
        pairs = con.execute("select claim_id, narrative_id from narrative_matches "
                            "where list_contains(?, source)", [list(sources)]).fetchall()
        judged = [(c, n) for c, n in pairs if c in gold]
        right = sum(gold[c] in SAMPLE_GROUPS[n] for c, n in judged)
        wanted = sum(1 for g in gold.values() for groups in SAMPLE_GROUPS.values() if g in groups)
        out[" + ".join(sources)] = {"precision": round(right / len(judged), 3),
                                    "recall": round(right / wanted, 3), "right": right,
                                    "judged": len(judged), "gold": wanted,
                                    "matched_claims": len({c for c, _ in pairs})}
    con.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "sample"), required=True,
                    help="a real-news split, or the sample corpus with its answer key")
    ap.add_argument("--corpus", help="default /tmp/realnews_corpus_SPLIT")
    ap.add_argument("--sweep", action="store_true", help="the baseline at each threshold")
    ap.add_argument("--json", help="also write the result here")
    args = ap.parse_args()
    if args.split == "sample":
        result = run_sample()
        for name, r in result.items():
            print(f"sample corpus, {name}: precision {r['precision']:.3f} ({r['right']}/"
                  f"{r['judged']}), recall {r['recall']:.3f} (of {r['gold']}); "
                  f"{r['matched_claims']} claims matched")
    else:
        result = run(args)
        print_table(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""`compare` against untuned peers on the real-news gold (benchmarks/realnews), side by side.

    python benchmarks/bench_realnews.py --split dev       # tune and inspect here
    python benchmarks/bench_realnews.py --split test      # once per change that claims a gain
    python benchmarks/bench_realnews.py --split dev --sweep   # peers' thresholds on dev
    python benchmarks/bench_realnews.py --split devlang   # speakers on pages in other languages

The corpus is rebuilt under /tmp from saved `search` answers (benchmarks/realnews/README.md);
``--raw DIR`` rebuilds it with ../shared/realnews/build_corpus.py when it is missing.
`compare` runs as a user runs it (`compare ingest` with the manifest, `compare clusters` at both
levels) and is scored by the reference ../shared/realnews/score.py. The peers cluster the same
sentences (the claims `compare` extracted, teasers left out) with the bundled model's vectors:

- sentence-transformers ``util.community_detection``;
- plain average-linkage clustering of the cosine (scipy);
- BERTopic with HDBSCAN ``min_cluster_size=2`` (optional: ``pip install bertopic``);

each written into a scratch database with the same ``claims_full`` columns and scored by the
same score.py. Thresholds were chosen on dev (``--sweep``) and are fixed below. Breakdowns
(per language, per claim kind) count the gold pairs with at least one member of that language
or kind, with the pairwise scoring of score.py (checked against it in the same run).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "realnews"
SPECS = ROOT / "benchmarks" / "realnews"

# Chosen on the dev split with --sweep (2026-12-03): best F1 at each level.
PEER_THRESHOLDS = {
    "community_detection": {"claim": 0.65, "narrative": 0.40},
    "average_linkage": {"claim": 0.55, "narrative": 0.30},
}
SWEEP = [round(x, 2) for x in np.arange(0.25, 0.951, 0.05)]


def compare_cli(db: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "compare", "--db", str(db), *args], check=True,
                   stdout=subprocess.DEVNULL)


def reference_score(db: Path, spec: Path) -> dict:
    out = subprocess.run([sys.executable, str(SHARED / "score.py"), str(db), str(spec), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


# --- pairwise scoring with a filter (score.py's rules) -------------------------------------


def gold_items(spec: dict, claims: list[tuple]) -> dict:
    """Anchor -> (claim row) as score.py maps it: the first claim of the url containing it."""
    by_url: dict[str, list[tuple]] = {}
    for row in claims:
        by_url.setdefault((row[0] or "").rstrip("/"), []).append(row)
    found = {}
    for item in _members(spec):
        hits = [r for r in by_url.get(item["url"].rstrip("/"), []) if item["anchor"] in (r[1] or "")]
        found[(item["url"], item["anchor"])] = hits[0] if hits else None
    return found


def _members(spec: dict):
    for c in spec["gold_clusters"]:
        yield from c["members"]
    for p in spec["negative_pairs"]:
        yield p["a"]
        yield p["b"]
    yield from spec["speaker_gold"]


def pair_scores(spec: dict, found: dict, labels: dict, level: str, keep=lambda m: True,
                both: bool = False) -> dict:
    """P/R/F1 over the gold pairs of ``level`` with at least one member (``both``: two members)
    that ``keep`` accepts. ``labels``: claim_id -> cluster id of the system."""
    clusters = [c for c in spec["gold_clusters"] if c["level"] == level]
    members = [[(m, found[(m["url"], m["anchor"])]) for m in c["members"]] for c in clusters]

    def same(a, b):
        ra, rb = a[1], b[1]
        if ra is None or rb is None:
            return False
        la, lb = labels.get(ra[5]), labels.get(rb[5])
        return la is not None and la == lb

    wanted = ((lambda a, b: keep(a[0]) and keep(b[0])) if both  # noqa: E731
              else (lambda a, b: keep(a[0]) or keep(b[0])))
    pos = [(a, b) for ms in members for a, b in itertools.combinations(ms, 2)
           if (a[1] is None or b[1] is None or a[1][1] != b[1][1]) and wanted(a, b)]
    neg = [(a, b) for x, y in itertools.combinations(members, 2) for a in x for b in y
           if wanted(a, b)]
    for p in spec["negative_pairs"]:
        if p["level"] in ("any", level):
            pair = ((p["a"], found[(p["a"]["url"], p["a"]["anchor"])]),
                    (p["b"], found[(p["b"]["url"], p["b"]["anchor"])]))
            if wanted(*pair):
                neg.append(pair)
    tp = sum(same(a, b) for a, b in pos)
    fp = sum(same(a, b) for a, b in neg)
    rec = tp / len(pos) if pos else 0.0
    prec = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "false_merges": fp, "negative_pairs": len(neg), "positive_pairs": len(pos)}


def speaker_accuracy(spec: dict, found: dict, keep=lambda m: True) -> tuple[int, int]:
    last = lambda s: s.split()[-1].lower() if s else ""  # noqa: E731
    items = [g for g in spec["speaker_gold"] if keep(g)]
    ok = sum(1 for g in items if (r := found[(g["url"], g["anchor"])]) is not None
             and last(r[2]) == last(g["speaker"]))
    return ok, len(items)


def polarity_guard(spec: dict, found: dict, guarded: list[tuple]) -> dict:
    """What the polarity guard kept apart among the claim-level gold members: candidate pairs
    it flagged within one gold cluster (the same statement: a false conflict) and across two
    (different statements)."""
    cluster = {found[(m["url"], m["anchor"])][5]: c["id"] for c in spec["gold_clusters"]
               if c["level"] == "claim" for m in c["members"] if found[(m["url"], m["anchor"])]}
    pairs = [(cluster[a], cluster[b]) for a, b in guarded if a in cluster and b in cluster]
    return {"same_statement": sum(x == y for x, y in pairs),
            "different_statements": sum(x != y for x, y in pairs)}


# --- peers ---------------------------------------------------------------------------------


def community_detection(vectors: np.ndarray, threshold: float) -> np.ndarray:
    import torch
    from sentence_transformers import util

    labels = np.arange(len(vectors))  # unassigned claims stay singletons
    communities = util.community_detection(torch.from_numpy(vectors), threshold=threshold,
                                           min_community_size=2, batch_size=1024)
    for k, members in enumerate(communities):
        labels[members] = len(vectors) + k
    return labels


def average_linkage(vectors: np.ndarray, threshold: float) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(vectors) < 2:
        return np.zeros(len(vectors), dtype=int)
    tree = linkage(vectors.astype(np.float64), method="average", metric="cosine")
    return fcluster(tree, t=1.0 - threshold, criterion="distance")


def bertopic_topics(texts: list[str], vectors: np.ndarray) -> np.ndarray | None:
    try:
        from bertopic import BERTopic
        from hdbscan import HDBSCAN
        from umap import UMAP
    except ImportError:
        return None
    model = BERTopic(umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0,
                                     metric="cosine", random_state=42),
                     hdbscan_model=HDBSCAN(min_cluster_size=2, metric="euclidean",
                                           prediction_data=True),
                     calculate_probabilities=False)
    topics, _ = model.fit_transform(texts, vectors)
    topics = np.asarray(topics)
    out = np.where(topics >= 0, topics, -1 - np.arange(len(topics)))  # outliers: singletons
    return out


# --- the run -------------------------------------------------------------------------------


def ensure_corpus(split: str, corpus: Path, raw: Path) -> None:
    if (corpus / "manifest.csv").exists():
        return
    if not raw.is_dir():
        sys.exit(f"{corpus}: no corpus, and no saved search answers in {raw} to build it from "
                 "(see benchmarks/realnews/README.md)")
    subprocess.run([sys.executable, str(SHARED / "build_corpus.py"), str(raw), "--spec",
                    str(SPECS / f"{split}.json"), "--out", str(corpus)], check=True)


def cut_spec(spec: dict, urls: set[str], corpus: Path, work: Path) -> tuple[dict, Path, Path]:
    """The spec and the corpus cut down to the pages ``urls`` (a batch of events scored on its
    own, or the pages a partial rebuild recovered), written under ``work``."""
    events = [dict(e, documents=[d for d in e["documents"] if d["url"] in urls])
              for e in spec["events"]]
    events = [e for e in events if e["documents"]]
    keep = lambda m: m["url"] in urls  # noqa: E731
    clusters = [dict(c, members=[m for m in c["members"] if keep(m)])
                for c in spec["gold_clusters"]]
    spec = dict(spec, events=events, speaker_gold=[g for g in spec["speaker_gold"] if keep(g)],
                gold_clusters=[c for c in clusters if c["members"]],
                negative_pairs=[p for p in spec["negative_pairs"]
                                if keep(p["a"]) and keep(p["b"])])
    spec_path = work / "spec.json"
    spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    sub = work / "corpus"
    sub.mkdir()
    with open(corpus / "manifest.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["url"] in urls]
    for r in rows:
        shutil.copy(corpus / Path(r["path"]).name, sub / Path(r["path"]).name)
    with open(sub / "manifest.csv", "w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=list(rows[0]))
        out.writeheader()
        out.writerows(rows)
    return spec, spec_path, sub


def run(args) -> dict:
    spec_path = SPECS / f"{args.split}.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    corpus = Path(args.corpus or f"/tmp/realnews_corpus_{args.split}")
    ensure_corpus(args.split, corpus, Path(args.raw))
    work = Path(tempfile.mkdtemp(prefix="bench_realnews_"))
    if args.events or args.rebuilt_only:
        urls = {d["url"] for e in spec["events"] for d in e["documents"]
                if not args.events or e["id"].startswith(tuple(args.events.split(",")))}
        if args.rebuilt_only:
            with open(corpus / "manifest.csv", encoding="utf-8", newline="") as f:
                urls &= {r["url"] for r in csv.DictReader(f)}
        spec, spec_path, corpus = cut_spec(spec, urls, corpus, work)
    db = work / "compare.duckdb"
    model_args = ["--model", args.model] if args.model else []

    start = time.monotonic()
    compare_cli(db, "ingest", str(corpus), "--manifest", str(corpus / "manifest.csv"))
    compare_cli(db, "clusters", "--limit", "1", *model_args)
    compare_cli(db, "clusters", "--level", "narrative", "--limit", "1", *model_args)
    compare_wall = time.monotonic() - start

    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("select url, text, speaker, claim_cluster_id, narrative_id, claim_id, kind "
                       "from claims_full").fetchall()
    found = gold_items(spec, rows)
    guarded = con.execute("select claim_id_a, claim_id_b from claim_pairs "
                          "where is_polarity_conflict").fetchall()
    con.close()
    lang = {d["url"]: d["language"] for e in spec["events"] for d in e["documents"]}
    kind_of = {key: (r[6] if r else None) for key, r in found.items()}

    systems: dict[str, dict[str, dict]] = {}  # name -> level -> claim_id -> label
    walls: dict[str, float] = {"compare": compare_wall}
    systems["compare"] = {"claim": {r[5]: r[3] for r in rows},
                          "narrative": {r[5]: r[4] for r in rows}}
    reference = reference_score(db, spec_path)

    peers_input = [r for r in rows if r[6] != "teaser"]
    texts = [r[1] for r in peers_input]
    ids = [r[5] for r in peers_input]
    from compare.embed import get_embedder

    start = time.monotonic()
    vectors = get_embedder(args.model).encode(texts)
    embed_wall = time.monotonic() - start

    sweeps = {}
    for name, fn in (("community_detection", community_detection),
                     ("average_linkage", average_linkage)):
        if args.sweep:
            for level in ("claim", "narrative"):
                sweeps[(name, level)] = [
                    (t, pair_scores(spec, found, dict(zip(ids, fn(vectors, t).tolist())), level)["f1"])
                    for t in SWEEP]
        start = time.monotonic()
        systems[name] = {level: dict(zip(ids, fn(vectors, PEER_THRESHOLDS[name][level]).tolist()))
                         for level in ("claim", "narrative")}
        walls[name] = embed_wall + time.monotonic() - start
    start = time.monotonic()
    topics = bertopic_topics(texts, vectors)
    if topics is not None:
        walls["bertopic"] = embed_wall + time.monotonic() - start
        labels = dict(zip(ids, topics.tolist()))
        systems["bertopic"] = {"claim": labels, "narrative": labels}

    result = {"split": args.split, "documents": len({r[0] for r in rows}), "claims": len(rows),
              "reference_score_py": reference, "systems": {},
              "polarity_guard": polarity_guard(spec, found, guarded)}
    is_en = lambda m: lang.get(m["url"]) == "en"  # noqa: E731
    breakdowns = {"en": is_en, "non-en": lambda m: not is_en(m)}  # en: both members English
    for code in sorted(set(lang.values()) - {"en", None}):  # each other language on its own
        breakdowns[f"lang={code}"] = lambda m, code=code: lang.get(m["url"]) == code
    for k in ("quote", "reported", "narration", "headline"):
        breakdowns[f"kind={k}"] = lambda m, k=k: kind_of.get((m["url"], m["anchor"])) == k
    for name, levels in systems.items():
        entry = {level: pair_scores(spec, found, levels[level], level) for level in levels}
        entry["wall_s"] = round(walls[name], 1)
        entry["by"] = {b: {level: pair_scores(spec, found, levels[level], level, keep,
                                              both=b == "en")["f1"]
                           for level in levels} for b, keep in breakdowns.items()}
        if name == "compare":
            ok, n = speaker_accuracy(spec, found)
            entry["speaker_accuracy"] = round(ok / n, 3)
            for b, keep in breakdowns.items():
                ok, n = speaker_accuracy(spec, found, keep)
                entry["by"][b]["speaker"] = round(ok / n, 3) if n else None
                entry["by"][b]["speaker_n"] = n
        result["systems"][name] = entry
    mine = result["systems"]["compare"]
    for level in ("claim", "narrative"):  # the filterable scorer agrees with score.py
        assert mine[level]["f1"] == reference[level]["f1"], (mine[level], reference[level])
    assert mine["speaker_accuracy"] == reference["speaker_accuracy"]
    if sweeps:
        result["sweep"] = {f"{n}/{lv}": s for (n, lv), s in sweeps.items()}
    return result


def print_table(result: dict) -> None:
    print(f"real-news gold, split {result['split']}: {result['documents']} documents, "
          f"{result['claims']} claims")
    print(f"{'system':22} {'claim P':>7} {'R':>6} {'F1':>6} {'false':>9} {'narr P':>7} {'R':>6} "
          f"{'F1':>6} {'false':>9} {'speaker':>7} {'wall s':>7}")
    for name, e in result["systems"].items():
        c, n = e["claim"], e["narrative"]
        print(f"{name:22} {c['precision']:7.3f} {c['recall']:6.3f} {c['f1']:6.3f} "
              f"{c['false_merges']:>4}/{c['negative_pairs']:<4} {n['precision']:7.3f} "
              f"{n['recall']:6.3f} {n['f1']:6.3f} {n['false_merges']:>4}/{n['negative_pairs']:<4} "
              f"{e.get('speaker_accuracy', float('nan')):7.3f} {e['wall_s']:7.1f}")
    guard = result["polarity_guard"]
    print(f"polarity guard among claim-level gold members: {guard['same_statement']} pairs of one "
          f"statement kept apart, {guard['different_statements']} of two")
    print("\nF1 by language and claim kind (en: gold pairs of two English pages; others: gold "
          "pairs with a member of that language or kind; speaker accuracy for compare):")
    names = list(result["systems"])
    print(f"{'subset':16} " + " ".join(f"{n[:19]:>20}" for n in names) + f" {'speaker (n)':>14}")
    for b in result["systems"]["compare"]["by"]:
        cells = [f"{result['systems'][n]['by'][b]['claim']:.3f}/{result['systems'][n]['by'][b]['narrative']:.3f}"
                 for n in names]
        sp = result["systems"]["compare"]["by"][b]
        spk = f"{sp['speaker']:.3f} ({sp['speaker_n']})" if sp["speaker"] is not None else "-"
        print(f"{b:16} " + " ".join(f"{c:>20}" for c in cells) + f" {spk:>14}")
    print("(cells: claim F1 / narrative F1)")
    for key, points in result.get("sweep", {}).items():
        best = max(points, key=lambda p: p[1])
        print(f"sweep {key}: best threshold {best[0]} (F1 {best[1]:.3f}); "
              + " ".join(f"{t}:{f:.2f}" for t, f in points))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "devlang", "test"), required=True)
    ap.add_argument("--corpus", help="default /tmp/realnews_corpus_SPLIT")
    ap.add_argument("--raw", default="/tmp/realnews_raw", help="saved search answers")
    ap.add_argument("--model", help="embedding model for compare and the peers")
    ap.add_argument("--sweep", action="store_true", help="F1 of the peers at each threshold")
    ap.add_argument("--json", help="also write the result here")
    ap.add_argument("--events", help="only the events whose id starts with one of these "
                                     "comma-separated prefixes (h19,h20,h21: one batch)")
    ap.add_argument("--rebuilt-only", action="store_true",
                    help="score only the pages the corpus holds (a partial rebuild): the "
                         "figures are then not those of the whole split")
    args = ap.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    result = run(args)
    print_table(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Framing throughput (claims per second) on claims extracted from the BBC News corpus.

Usage (from the repository root, ../shared/eval/bbc_news beside the checkout)::

    python benchmarks/bench_framing.py                 # 500 articles
    python benchmarks/bench_framing.py --limit 2225 --repeat 4

Extracts claims from the articles into an in-memory store (not timed), then times the frame
stage (``frame_claims``: read claims, apply the lexicons, write ``claim_framing`` in one
transaction) and its no-op re-run. ``--repeat`` copies the claims under new ids to measure a
larger table.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "eval" / "bbc_news" / "bbc_news.jsonl"


def main(argv: list[str] | None = None) -> dict:
    from compare import db
    from compare.claims import extract_claims
    from compare.framing import frame_claims
    from compare.hashing import text_hash

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(BBC))
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines()
            if line.strip()][:args.limit]

    con = db.connect(":memory:")
    for i, r in enumerate(rows):
        con.execute("insert into documents (doc_id, text_hash, outlet, title, text) "
                    "values (?, ?, 'BBC', ?, ?)", [f"d{i}", text_hash(r["text"]),
                                                  r.get("title"), r["text"]])
    extract_claims(con)
    for k in range(1, args.repeat):
        con.execute("insert into claims select claim_id || '-' || ?::varchar as claim_id, "
                    "* exclude (claim_id) from claims where claim_id not like '%-%'", [k])
    n = con.execute("select count(*) from claims").fetchone()[0]

    start = time.perf_counter()
    framed = frame_claims(con)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    again = frame_claims(con)
    rerun = time.perf_counter() - start
    shares = con.execute("""select round(avg((len(hedges) > 0)::int), 3),
                                   round(avg((len(loaded_terms) > 0)::int), 3),
                                   round(avg(is_attributed::int), 3)
                            from claim_framing""").fetchone()
    result = {"articles": len(rows), "claims": n, "framed": framed, "seconds": round(elapsed, 2),
              "claims_per_s": round(framed / elapsed), "rerun_framed": again,
              "rerun_seconds": round(rerun, 3), "share_hedged": shares[0],
              "share_loaded": shares[1], "share_attributed": shares[2]}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()

"""Extraction throughput (articles per second) on the BBC News corpus.

Usage (from the repository root, ../shared/eval/bbc_news beside the checkout)::

    python benchmarks/bench_extract_speed.py            # all 2,225 articles
    python benchmarks/bench_extract_speed.py --limit 500
    python benchmarks/bench_extract_speed.py --linear      # one newline-free paragraph, 0.1-5 MB
    python benchmarks/bench_extract_speed.py --repeat 3    # the fastest of three passes, each
    python benchmarks/bench_extract_speed.py --speakers new.json   # also write who said what
    python benchmarks/bench_extract_speed.py --compare-speakers old.json new.json

BBC News has no gold for speakers; ``--speakers`` on two revisions and ``--compare-speakers``
count the claims whose kind or speaker a change moved, and list the most common moves, so that
a rule's effect on English news can be read where it happened.

Measures the pure text -> claims function (``extract_from_text``) and the whole stage in the
database (``extract_claims`` on an in-memory store: read documents, extract, write claims and
speakers in one transaction).
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
    from compare.claims import extract_claims, extract_from_text
    from compare.hashing import text_hash

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(BBC))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--linear", action="store_true", help="time per MB of one paragraph of "
                    "0.1, 1 and 5 MB (as a newline-free text field of a JSON or CSV export)")
    ap.add_argument("--repeat", type=int, default=1, help="passes of extract_from_text and of "
                    "the DB stage; the fastest of each counts (a busy machine slows single "
                    "passes unevenly)")
    ap.add_argument("--speakers", help="write each claim's kind, speaker, mention, cue and "
                    "relay here")
    ap.add_argument("--compare-speakers", nargs=2, metavar=("OLD", "NEW"),
                    help="compare two --speakers files instead of measuring")
    args = ap.parse_args(argv)
    if args.compare_speakers:
        return compare_speakers(*args.compare_speakers)
    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines()
            if line.strip()][:args.limit]
    if args.linear:
        return linear(rows)
    n_words = sum(len(r["text"].split()) for r in rows)

    pure = float("inf")
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        n_claims = sum(len(extract_from_text(r["text"], title=r.get("title"))) for r in rows)
        pure = min(pure, time.perf_counter() - start)

    staged = float("inf")
    for _ in range(max(1, args.repeat)):  # the fastest staged pass too, each on a fresh database
        con = db.connect(":memory:")
        con.executemany("insert into documents (doc_id, text_hash, title, text) "
                        "values (?, ?, ?, ?)", [(r["doc_id"], text_hash(r["text"]), r.get("title"),
                                                 r["text"]) for r in rows])
        start = time.perf_counter()
        report = extract_claims(con)
        staged = min(staged, time.perf_counter() - start)

    if args.speakers:
        Path(args.speakers).write_text(json.dumps(con.execute(
            "select c.claim_id, c.kind, s.name, c.speaker_mention, c.cue, c.text, c.via "
            "from claims c "
            "left join speakers s using (speaker_id) order by c.claim_id").fetchall()),
            encoding="utf-8")
    res = {"articles": len(rows), "words": n_words, "claims": n_claims,
           "pure_articles_per_s": len(rows) / pure, "stage_articles_per_s": len(rows) / staged}
    print(f"BBC News: {len(rows)} articles, {n_words} words, {n_claims} claims")
    print(f"extract_from_text: {pure:.2f} s, {res['pure_articles_per_s']:.0f} articles/s")
    print(f"extract_claims (DuckDB, one transaction): {staged:.2f} s, "
          f"{res['stage_articles_per_s']:.0f} articles/s; {report.summary()}")
    return res


def compare_speakers(old_path: str, new_path: str, top: int = 30) -> dict:
    """Claims whose kind or speaker differ between two ``--speakers`` files (claim ids are
    hashes of document and offsets, so the same claim has the same id in both), and the most
    common moves from one speaker to another; then those whose relay (``via``) differs, where
    both files hold it."""
    from collections import Counter

    old, new = ({r[0]: r for r in json.loads(Path(p).read_text(encoding="utf-8"))}
                for p in (old_path, new_path))
    moved = [k for k in new if k in old and new[k][1:3] != old[k][1:3]]
    moves = Counter((old[k][2], new[k][2]) for k in moved)
    print(f"{len(moved)} of {len(new)} claims changed kind or speaker "
          f"({len(set(new) ^ set(old))} claims in one file only)")
    for (a, b), n in moves.most_common(top):
        print(f"{n:5}  {a} -> {b}")
    relayed = [k for k in new if k in old and len(old[k]) > 6 and new[k][6] != old[k][6]]
    relays = Counter((old[k][6], new[k][6]) for k in relayed)
    print(f"{len(relayed)} claims changed relay")
    for (a, b), n in relays.most_common(top):
        print(f"{n:5}  {a} -> {b}")
    return {"changed": len(moved), "moves": moves.most_common(top), "relayed": len(relayed)}


def linear(rows: list[dict]) -> dict:
    """Seconds per MB of extraction on one paragraph made of the articles' lines joined by
    spaces, at 0.1, 1 and 5 MB: flat when extraction is linear in paragraph length."""
    from compare.claims import extract_from_text

    pool = " ".join(" ".join(r["text"].split()) for r in rows)
    res = {}
    for mb in (0.1, 1.0, 5.0):
        size = int(mb * 1_000_000)
        text = (pool * (size // len(pool) + 1))[:size]
        start = time.perf_counter()
        n = len(extract_from_text(text))
        res[mb] = (time.perf_counter() - start) / mb
        print(f"{mb:>4} MB in one paragraph: {res[mb] * mb:.2f} s, {res[mb]:.2f} s/MB, {n} claims")
    print(f"time per MB at 5 MB / at 0.1 MB: {res[5.0] / res[0.1]:.2f}")
    return res


if __name__ == "__main__":
    main()

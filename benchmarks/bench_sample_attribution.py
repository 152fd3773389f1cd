"""Kind, speaker and cue accuracy of `compare extract` on the sample corpus answer key.

Ingests ``data/sample`` (with its manifest) into a fresh database, runs the extract stage
only, maps each row of ``data/gold_claims.csv`` (file, snippet, kind, speaker, cue, …) to the
claim of its document containing the snippet (the shortest such claim; else the claim with
the best partial fuzzy match, if >= 90; a JSONL record ``path:N`` is the document with that
source line), and compares:

- kind: the claim's kind (headline, quote, reported, narration, teaser);
- speaker: the canonical name in ``claims_full.speaker`` (an empty gold speaker expects none);
- cue: the cue as written, case-insensitive (an empty gold cue expects none).

Prints the three accuracies (unmapped rows count as errors) and lists every error.

    python benchmarks/bench_sample_attribution.py [--json] [--errors-only]
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
GOLD = ROOT / "data" / "gold_claims.csv"


def _norm(s: str | None) -> str:
    from compare.hashing import normalise_text

    return " ".join(normalise_text(s or "").lower().replace("’", "'").split())


def map_rows(con, gold: list[dict]) -> list[dict | None]:
    """For each gold row, the extracted claim (as a dict of claims_full columns) or None."""
    from rapidfuzz import fuzz

    rows = con.execute("""select c.claim_id, c.kind, c.speaker, c.speaker_mention, c.cue,
                                 c.text, d.source_path, d.source_line
                          from claims_full c join documents d using (doc_id)""").fetchall()
    by_doc: dict[tuple[str, int | None], list[dict]] = {}
    for cid, kind, speaker, mention, cue, text, source, line in rows:
        rel = Path(source or "").relative_to(SAMPLE.relative_to(ROOT)).as_posix() \
            if source and not Path(source).is_absolute() else \
            Path(source or "").resolve().relative_to(SAMPLE).as_posix()
        key = (rel, line if rel.endswith(".jsonl") else None)
        by_doc.setdefault(key, []).append(dict(
            claim_id=cid, kind=kind, speaker=speaker, mention=mention, cue=cue, text=text,
            norm=_norm(text)))
    out: list[dict | None] = []
    for row in gold:
        path, _, line = row["file"].partition(":")
        cands = by_doc.get((path, int(line) if line else None), [])
        snippet = _norm(row["snippet"]).strip(" \"'")
        hit = [c for c in cands if snippet in c["norm"]]
        if hit:
            out.append(min(hit, key=lambda c: len(c["norm"])))
            continue
        best = max(((fuzz.partial_ratio(snippet, c["norm"]), n) for n, c in enumerate(cands)),
                   default=(0, -1))
        out.append(cands[best[1]] if best[0] >= 90 else None)
    return out


def score(gold: list[dict], mapped: list[dict | None]) -> dict:
    """Accuracies and the list of errors (one dict per gold row with any mismatch)."""
    n = len(gold)
    ok = {"kind": 0, "speaker": 0, "cue": 0}
    errors = []
    for row, claim in zip(gold, mapped):
        want = {"kind": row["kind"], "speaker": row["speaker"].strip(),
                "cue": _norm(row["cue"])}
        got = {"kind": claim["kind"], "speaker": (claim["speaker"] or "").strip(),
               "cue": _norm(claim["cue"])} if claim else {"kind": None, "speaker": None,
                                                          "cue": None}
        bad = [k for k in ok if got[k] != want[k]]
        for k in ok:
            ok[k] += k not in bad
        if bad:
            errors.append({"file": row["file"], "snippet": row["snippet"], "wrong": bad,
                           "gold": want, "got": got,
                           "mention": claim["mention"] if claim else None,
                           "claim": claim["text"] if claim else None})
    return {"gold_rows": n, "mapped": sum(m is not None for m in mapped),
            **{f"{k}_accuracy": round(v / n, 3) for k, v in ok.items()},
            "all_three": round((n - len(errors)) / n, 3), "errors": errors}


def run() -> dict:
    from compare import db
    from compare.claims import extract_claims
    from compare.ingest import ingest_paths

    gold = list(csv.DictReader(GOLD.open(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        con = db.connect(Path(tmp) / "sample.duckdb")
        cwd = Path.cwd()
        try:  # source paths relative to the repository root, as `compare ingest data/sample`
            import os
            os.chdir(ROOT)
            ingest_paths(con, [SAMPLE.relative_to(ROOT)],
                         manifest=(SAMPLE / "manifest.csv").relative_to(ROOT))
        finally:
            os.chdir(cwd)
        extract_claims(con)
        result = score(gold, map_rows(con, gold))
        con.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print everything as JSON")
    args = parser.parse_args()
    result = run()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    errors = result.pop("errors")
    for e in errors:
        print(f"- {e['file']}: {e['snippet'][:70]!r}")
        for k in e["wrong"]:
            print(f"    {k}: gold {e['gold'][k]!r}, got {e['got'][k]!r}"
                  + (f" (mention {e['mention']!r})" if k == "speaker" else ""))
    print(json.dumps(result))


if __name__ == "__main__":
    main()

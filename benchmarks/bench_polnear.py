"""Attribution extraction on PolNeAR, scored by the corpus's reference scorer.

Usage (from the repository root, ../shared/eval/polnear beside the checkout)::

    python benchmarks/bench_polnear.py --split dev          # develop on train/dev
    python benchmarks/bench_polnear.py --split test         # final figures only

Two runs of the reference scorer on the same extraction (``score.py``, run as a subprocess,
not copied):

- ``quotes``: the predictions are the project's quote claims only (direct speech, as a quote
  extractor such as the SFU Gender Gap Tracker or the issue's naive regex outputs), and of their
  further attributions only those holding a quotation (since 2026-12-04: "…,” the senator
  said, recalling that …" is no second quote): the figures to compare on direct quotes.
- ``all``: quote and reported claims (indirect speech included, with further attributions of
  the same sentence): the figures for all attributions.

The speaker mention as written is the predicted Source span. Narration, headline and teaser
claims are never predictions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
BASELINE = {"direct@0.3": 0.683, "direct@0.8": 0.431, "all@0.3": 0.348, "all@0.8": 0.198,
            "speaker_accuracy": 0.34}
TARGETS = {"direct@0.3": 0.837, "direct@0.8": 0.761, "all@0.3": 0.60, "speaker_accuracy": 0.865}


def predictions(text: str, *, quotes_only: bool = False) -> list[dict]:
    """PolNeAR predictions (content spans, speaker span) for one article.

    A reported claim is one prediction (its content without the attribution phrase; not when
    that content is under three words); further attributions in the same sentence ("…, adding
    that …") are predictions of their own. Direct
    speech is one prediction per quotation, where a quotation split by its attribution in the
    middle of a sentence (“…,” he said, “…”) counts as one.
    """
    from compare.claims import extract_from_text

    out: list[dict] = []
    seen: dict[tuple[int, int], dict] = {}
    last_quote: dict | None = None
    for c in extract_from_text(text):
        if quotes_only and c.kind != "quote":
            continue
        for spans, speaker in c.more:
            if quotes_only and not any(a < qb and qa < b for a, b in spans for qa, qb in c.quotes):
                continue  # "“…,” the senator said, recalling that …": indirect, not a quote
            if sum(len(text[a:b].split()) for a, b in spans) >= 3:
                out.append(_pred([list(x) for x in spans if x[1] > x[0]], speaker))
        if c.kind == "reported" and sum(len(text[a:b].split()) for a, b in c.content) >= 3:
            out.append(_pred([list(s) for s in c.content if s[1] > s[0]], c.speaker_span))
            last_quote = None
        elif c.kind == "quote" and c.content and c.quotes and \
                c.content[0][0] < c.quotes[0][0] - 1:  # "X said that “…”": mixed quotation
            out.append(_pred([list(s) for s in c.content if s[1] > s[0]], c.speaker_span))
            seen.update({q: out[-1] for q in c.quotes})
            last_quote = None
        elif c.kind == "quote":
            for qa, qb in c.quotes:
                if (qa, qb) in seen or qb <= qa:
                    continue
                if last_quote is not None and last_quote["_para"] == c.paragraph and \
                        last_quote["_speaker"] == c.speaker_span and \
                        (c.speaker_span is not None or
                         text[:last_quote["spans"][-1][1]].rstrip().endswith(",")):
                    last_quote["spans"].append([qa, qb])
                    seen[(qa, qb)] = last_quote
                    continue
                pred = _pred([[qa, qb]], c.speaker_span)
                pred["_para"], pred["_speaker"] = c.paragraph, c.speaker_span
                seen[(qa, qb)] = last_quote = pred
                out.append(pred)
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in out if p["spans"]]


def _pred(spans: list, speaker: tuple[int, int] | None) -> dict:
    pred: dict = {"spans": spans}
    if speaker:
        pred["speaker_start"], pred["speaker_end"] = speaker
    return pred


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    ap.add_argument("--data", default=str(POLNEAR), help="the polnear folder (with score.py)")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--out", default=None, help="keep the predictions here (OUT.quotes.jsonl, "
                    "OUT.all.jsonl)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    texts = sorted((data / "data" / args.split / "text").glob("*.txt"))[:args.limit]
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp()) / "pred"
    results = {}
    for run in ("quotes", "all"):
        path = out.with_name(f"{out.name}.{run}.jsonl")
        start = time.perf_counter()
        n_pred = 0
        with path.open("w", encoding="utf-8") as fh:
            for text_path in texts:
                for pred in predictions(text_path.read_text(encoding="utf-8"),
                                        quotes_only=run == "quotes"):
                    fh.write(json.dumps({"file": text_path.stem, **pred}) + "\n")
                    n_pred += 1
        seconds = time.perf_counter() - start
        res = json.loads(subprocess.run(
            [sys.executable, str(data / "score.py"), str(path), "--split", args.split, "--json"],
            check=True, capture_output=True, text=True).stdout)
        results[run] = res
        print(f"\nPolNeAR {args.split}, run '{run}': {len(texts)} articles, {n_pred} "
              f"predictions, {seconds:.1f} s ({len(texts) / seconds:.0f} articles/s)")
        print(f"{'metric':<18}{'P':>7}{'R':>7}{'F1':>7}{'baseline F1':>13}{'target':>8}")
        for key in ("direct@0.3", "direct@0.8", "all@0.3", "all@0.8"):
            m = res[key]
            print(f"{key:<18}{m['precision']:7.3f}{m['recall']:7.3f}{m['f1']:7.3f}"
                  f"{BASELINE[key]:13.3f}{TARGETS.get(key, float('nan')):8.3f}")
        print(f"{'speaker_accuracy':<18}{res['speaker_accuracy']:21.3f}"
              f"{BASELINE['speaker_accuracy']:13.3f}{TARGETS['speaker_accuracy']:8.3f}")
    print(f"\ngold attributions {res['n_gold']}, direct {res['n_gold_direct']}")
    return results


if __name__ == "__main__":
    main()

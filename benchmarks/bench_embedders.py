"""Embedding throughput (claims/s) of each embedder on the same BBC News sentences.

    /tmp/venv0/bin/python benchmarks/bench_embedders.py [--n 2000] [--repeat 3]

Compares the MiniLM path through ``get_embedder()`` with bare
``SentenceTransformer(path, device="cpu").encode`` on the same texts and batch size (64), and
times the static (model2vec) and hash embedders. Sentences: the first ``--n`` sentences of
../shared/eval/bbc_news/bbc_news.jsonl (split on ". "). Model loading is not timed; each figure
is the best of ``--repeat`` runs (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compare.embed import (StaticEmbedder, bundled_model_path, get_embedder,  # noqa: E402
                           static_model_path)

BBC = ROOT.parent / "shared" / "eval" / "bbc_news" / "bbc_news.jsonl"


def sentences(n: int) -> list[str]:
    out: list[str] = []
    with open(BBC, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            for para in text.split("\n"):
                out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", para) if len(s) > 20)
            if len(out) >= n:
                return out[:n]
    return out


def best_rate(fn, texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--minilm-n", type=int, default=None,
                        help="time the two MiniLM rows on the first N sentences only (slow model)")
    args = parser.parse_args()
    texts = sentences(args.n)
    minilm_texts = texts[:args.minilm_n] if args.minilm_n else texts

    from sentence_transformers import SentenceTransformer

    bare = SentenceTransformer(bundled_model_path(), device="cpu")
    minilm = get_embedder("minilm")
    static = get_embedder("static")
    hashed = get_embedder("hash")
    bare_encode = lambda t: bare.encode(t, batch_size=64, normalize_embeddings=True)  # noqa: E731
    rows = []
    # interleave the two MiniLM measurements so that load from other users hits both alike
    r_bare, r_path = [], []
    for _ in range(args.repeat):
        r_bare.append(best_rate(bare_encode, minilm_texts, 1))
        r_path.append(best_rate(lambda t: minilm.encode(t, batch_size=64), minilm_texts, 1))
    rows.append(("bare SentenceTransformer.encode (MiniLM)", max(r_bare)))
    rows.append(("get_embedder('minilm').encode", max(r_path)))
    fresh = StaticEmbedder(static.name, static_model_path())  # empty word cache
    rows.append(("static, first pass (each new word tokenized once)",
                 best_rate(fresh.encode, texts, 1)))
    rows.append(("get_embedder('static').encode, words seen", best_rate(static.encode, texts,
                                                                     args.repeat)))
    rows.append(("model2vec StaticModel.encode (same model)", best_rate(
        lambda t: static.model.encode(t, use_multiprocessing=False), texts, args.repeat)))
    rows.append(("get_embedder('hash').encode", best_rate(hashed.encode, texts, args.repeat)))
    print(f"{len(texts)} BBC sentences ({len(minilm_texts)} for MiniLM), "
          f"{sum(map(len, texts)) / len(texts):.0f} characters on average")
    print("| embedder | claims/s |")
    print("|---|---:|")
    for label, rate in rows:
        print(f"| {label} | {rate:,.0f} |")
    print(f"MiniLM path / bare: {max(r_path) / max(r_bare):.1%}")


if __name__ == "__main__":
    main()

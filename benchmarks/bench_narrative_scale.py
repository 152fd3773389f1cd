"""Scoring a million claims against a 50-narrative codebook (issue 15): wall time of the stage.

    python benchmarks/bench_narrative_scale.py [--claims 1000000] [--narratives 50]

Builds a synthetic database (not timed): documents of 10 claims from 40 outlets and 300 speakers,
one random unit vector per claim in ``embeddings`` (384 dimensions, as the bundled model's) under
the deterministic embedder ``hash-384``, which also encodes the codebook's sentences (so no
model is loaded). A share of the claims (``--planted``, default 5 %) is planted near a
narrative's description (its vector plus noise), so that the stage has matches, near misses and
rows to write, not only misses. Each narrative has two examples and one counter-example, and a
fifth of them a speaker hint.

Timed, as `compare narratives score` runs it (``score_narratives``): reading the claims and
their vectors from DuckDB block by block, the hint join, similarities, features, probabilities,
the guard, writing the rows and the bookkeeping, propagation (no cluster run here, so none),
and the commit with its checkpoint. Then a no-op re-run and a re-run after adding 1 % new
documents. Peak RSS of the process is reported (the synthetic build included).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

MODEL = "hash-384"
CLAIMS_PER_DOC = 10


def build(path: Path, n_claims: int, n_narratives: int, planted: float, seed: int,
          first_doc: int = 0) -> None:
    """Documents, claims and their vectors (the narratives' descriptions must be imported
    first when ``planted``: the planted claims copy their vectors)."""
    from compare import db
    from compare.embed import _insert_vectors, embed_texts, normalise

    rng = np.random.default_rng(seed + first_doc)
    con = db.connect(path)
    n_docs = n_claims // CLAIMS_PER_DOC
    doc_ids = np.array([f"d{first_doc + i:07d}" for i in range(n_docs)], dtype=object)
    docs = {"doc_id": doc_ids,  # noqa: F841 - scanned by DuckDB
            "outlet": np.array([f"Outlet {i % 40:02d}" for i in range(first_doc,
                                                                       first_doc + n_docs)],
                               dtype=object),
            "day": (np.datetime64("2024-01-01") + rng.integers(0, 365, n_docs)).astype(
                "datetime64[us]")}
    claim_ids = np.array([f"{d}-{k}" for d in doc_ids for k in range(CLAIMS_PER_DOC)],
                         dtype=object)
    claim_cols = {"claim_id": claim_ids,  # noqa: F841
              "doc_id": np.repeat(doc_ids, CLAIMS_PER_DOC),
              "seq": np.tile(np.arange(CLAIMS_PER_DOC), n_docs),
              "text_hash": np.array([f"h{c}" for c in claim_ids], dtype=object),
              "speaker_id": np.array([f"s{i:03d}" for i in rng.integers(0, 300, len(claim_ids))],
                                     dtype=object)}
    vectors = normalise(rng.standard_normal((len(claim_ids), 384)))
    descriptions = [r[0] for r in con.execute(
        "select description from narratives order by position").fetchall()]
    if descriptions and planted:
        anchors = embed_texts(con, descriptions, model=MODEL)
        chosen = rng.random(len(claim_ids)) < planted
        owner = rng.integers(0, len(descriptions), int(chosen.sum()))
        vectors[chosen] = normalise(anchors[owner] * 1.5 + vectors[chosen])  # cosine ~0.8
    with db.transaction(con):
        con.execute("""insert into speakers (speaker_id, name, kind)
                       select 's' || lpad(i::varchar, 3, '0'), 'Speaker ' || i, 'person'
                       from range(300) t(i) on conflict do nothing""")
        con.execute("""insert into documents (doc_id, text_hash, outlet, published_at, text)
                       select doc_id, doc_id, outlet, day, 'synthetic' from docs""")
        con.execute("""insert into claims (claim_id, doc_id, seq, text, text_hash, kind,
                                           speaker_id)
                       select claim_id, doc_id, seq, 'synthetic claim ' || claim_id, text_hash,
                              'quote', speaker_id from claim_cols""")
        for start in range(0, len(claim_ids), 100_000):
            part = slice(start, start + 100_000)
            _insert_vectors(con, list(claim_cols["text_hash"][part]), MODEL, vectors[part])
    con.close()


def codebook(path: Path, n: int, seed: int) -> None:
    """``n`` entries of made-up words (distinct tokens for the hash embedder), each with two
    examples sharing some of its words and a counter-example; every fifth with a speaker
    hint."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i:04d}" for i in range(5000)]

    def words(k: int) -> list[str]:
        return list(rng.choice(vocab, k, replace=False))

    lines = ["codebook: scale", "narratives:"]
    for i in range(n):
        core = words(8)
        lines += [f"  - id: n{i:02d}", f"    label: Narrative {i}",
                  f"    description: {' '.join(core)}.", "    examples:",
                  f"      - {' '.join(core[:4] + words(4))}.",
                  f"      - {' '.join(words(4) + core[4:])}.",
                  f"    counter_examples: [{' '.join(core[:3] + words(5))}.]"]
        if i % 5 == 0:
            lines.append(f"    speakers: [Speaker {i}]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed(fn, *args, **kw):
    start = time.monotonic()
    out = fn(*args, **kw)
    return out, time.monotonic() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--narratives", type=int, default=50)
    ap.add_argument("--planted", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", default=None)
    args = ap.parse_args()

    from compare import db
    from compare.narratives import import_codebook, score_narratives

    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench_narr_scale_"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / "scale.duckdb"
    codebook(work / "codebook.yaml", args.narratives, args.seed)
    con = db.connect(path)
    import_codebook(con, work / "codebook.yaml")
    con.close()
    _, build_s = timed(build, path, args.claims, args.narratives, args.planted, args.seed)
    con = db.connect(path)
    full, full_s = timed(score_narratives, con, model=MODEL)
    _, noop_s = timed(score_narratives, con, model=MODEL)
    con.close()
    extra = args.claims // 100
    build(path, extra, args.narratives, args.planted, args.seed + 1,
          first_doc=args.claims // CLAIMS_PER_DOC)
    con = db.connect(path)
    more, more_s = timed(score_narratives, con, model=MODEL)
    rows = con.execute("select source, count(*), count(*) filter (where is_match) "
                       "from claim_narratives group by all").fetchall()
    con.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(f"build (not timed) {build_s:.1f} s; {args.claims} claims x {args.narratives} "
          f"narratives ({args.planted:.0%} planted)")
    print(f"full score: {full_s:.1f} s ({full.summary()})")
    print(f"no-op re-run: {noop_s:.1f} s")
    print(f"+1 % ({extra} claims) re-run: {more_s:.1f} s ({more.n_scored} scored, "
          f"full={more.full})")
    print(f"rows stored: {rows}; peak RSS {peak:.2f} GB")


if __name__ == "__main__":
    main()

"""Scale benchmark of `compare clusters`: wall time and peak memory at 10k / 100k / 1M claims.

Generates a synthetic news corpus straight into a DuckDB file (documents, speakers, claims and
extraction marks: the extractor is not what is measured), then runs
``compare --db X clusters --model static`` in a child process (embed, match, frame, both
cluster levels), then adds 1 % new documents and runs it again (an update of both cluster
levels); ``--compare-full`` then reclusters a copy from scratch and compares.

Claims are rendered from "claim families" (a proposition: subject, predicate, object, occasion)
with paraphrase variants: synonyms, reordered clauses, reporting frames, and 20 % verbatim
republications, spread over 40 outlets, 300 speakers and two years.

    python benchmarks/bench_cluster_scale.py --claims 10000 100000   # ~5 minutes on 2 cores
    python benchmarks/bench_cluster_scale.py --claims 1000000 --workdir /tmp/scale
    python benchmarks/bench_cluster_scale.py --core --claims 1000000   # the algorithm alone
    python benchmarks/bench_cluster_scale.py --stage --claims 1000000  # the cluster stage alone
    python benchmarks/bench_cluster_scale.py --claims 100000 --peers   # + peers on the same vectors
    python benchmarks/bench_cluster_scale.py --engine local ray --claims 100000 1000000
    python benchmarks/bench_cluster_scale.py --claims 100000 --linkage score  # the bundled
                                              # model's claim clustering, with the static model

``--peers``: after the full run, the claim vectors `compare` computed are clustered again, each
peer in its own child process (wall time and peak memory of that process), by
sentence-transformers ``util.community_detection`` (threshold 0.65, min size 2, as in
bench_realnews.py) and by BERTopic's clustering step (UMAP to 5 dimensions, then HDBSCAN with
min_cluster_size 2, as bench_realnews.py configures BERTopic; its topic words are not computed). Imports and numba's
compilation are done on 300 random vectors before the clock starts.
The ratio divides the peer's wall time by the full `compare clusters` run's, which does more:
embedding, matching, framing and both cluster levels.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

SUBJECTS = """Russia|Moscow|the Kremlin|the European Union|Brussels|NATO|Washington|the United States|
Kyiv|Ukraine|Beijing|China|Germany|Berlin|France|Paris|Poland|Warsaw|Turkey|Ankara|India|Hungary|
the government|the central bank|the defence ministry|the foreign ministry|the opposition|
parliament|the army|the energy regulator|the prime minister|the president|the alliance|the bloc|
the Baltic states|Finland|Sweden|Georgia|Belarus|Serbia|Japan|Iran|Israel|the United Nations|
the IMF|the World Bank|Gazprom|the OSCE|the WHO|Britain|London|Italy|Rome|Spain|Greece|Austria
""".replace("\n", "").split("|")
PREDICATES = [  # each with paraphrases
    ("is interested in", "wants", "seeks", "is keen on"),
    ("poses a threat to", "threatens", "endangers", "is a danger to"),
    ("will increase", "is going to raise", "plans to boost", "intends to expand"),
    ("has cut", "has reduced", "slashed", "scaled back"),
    ("is ready for", "is prepared for", "stands ready for", "is open to"),
    ("rejected", "turned down", "refused", "dismissed"),
    ("supports", "backs", "endorses", "stands behind"),
    ("is responsible for", "is to blame for", "caused", "bears responsibility for"),
    ("has destroyed", "has ruined", "wrecked", "has dismantled"),
    ("is seeking", "is looking for", "wants to find", "is searching for"),
    ("has violated", "has breached", "broke", "infringed"),
    ("will never accept", "will not tolerate", "refuses to accept", "cannot accept"),
    ("is preparing", "is planning", "is getting ready for", "is organising"),
    ("has failed to stop", "could not prevent", "did not manage to halt", "failed to deter"),
    ("is spreading", "is pushing", "keeps promoting", "is circulating"),
]
OBJECT_HEADS = """cooperation|trade relations|energy supplies|military presence|sanctions|gas transit|
grain exports|peace talks|security guarantees|arms deliveries|interest rates|election results|
border controls|refugee flows|nuclear talks|cyber attacks|troop deployments|oil prices|
a ceasefire|financial aid|visa rules|diplomatic ties|the pipeline|the treaty|disinformation|
investment projects|fertiliser shipments|the summit|joint exercises|price caps""".replace(
    "\n", "").split("|")
OBJECT_MODS = """with Europe|in the Black Sea|with Asia|on the eastern flank|in the Arctic|
with its neighbours|in the region|in the Balkans|with Africa|across the Baltic|in Central Asia|
with Latin America|in the Middle East|on the border|with the West|in the Caucasus""".replace(
    "\n", "").split("|")
OCCASIONS = ["", "this year", "despite the sanctions", "in the long term", "after the vote",
             "before the winter", "for the first time", "again", "within weeks",
             "without preconditions", "as soon as possible", "at any cost"]
FRAMES = ["{c}.", "{s} said that {c}.", "{c}, {s} said.", "According to {s}, {c}.",
          "{s} insisted that {c}.", "\u201c{c},\u201d {s} told reporters."]
FIRST = "Anna Boris Carl Dmitry Elena Farid Greta Hugo Irina Jonas Karim Lena Marek Nina Oleg".split()
LAST = ("Berg Lind Moe Novak Orlov Petrov Quinn Rossi Sedov Tanaka Ulrich Varga Weber Xu Yilmaz "
        "Zorin").split()
OUTLETS = [f"Outlet {chr(65 + i // 10)}{i % 10}" for i in range(40)]
CLAIMS_PER_DOC = 10


class Corpus:
    """Deterministic generator of documents and claims; ``batch(n)`` gives the next n claims."""

    def __init__(self, seed: int = 0):
        self.rng = np.random.default_rng(seed)
        self.families: list[tuple] = []
        self.rendered: list[tuple[str, int]] = []  # (text, family) published: republications
        self.n_docs = 0
        self.speakers = [f"{f} {s}" for f in FIRST for s in LAST][:300]

    def _family(self) -> tuple:
        r = self.rng
        return (SUBJECTS[r.integers(len(SUBJECTS))], int(r.integers(len(PREDICATES))),
                f"{OBJECT_HEADS[r.integers(len(OBJECT_HEADS))]} "
                f"{OBJECT_MODS[r.integers(len(OBJECT_MODS))]}",
                OCCASIONS[r.integers(len(OCCASIONS))], int(r.integers(len(self.speakers))))

    def _render(self, family: tuple) -> str:
        r = self.rng
        subject, pred, obj, occasion, speaker = family
        verb = PREDICATES[pred][r.integers(4)]
        core = f"{subject} {verb} {obj}" + (f" {occasion}" if occasion else "")
        frame = FRAMES[r.integers(len(FRAMES))]
        text = frame.format(c=core, s=self.speakers[speaker])
        return text[0].upper() + text[1:]

    def batch(self, n_claims: int, new_share: float = 1.0) -> tuple[list, list]:
        """Documents and claims for ``n_claims`` more claims (~1 family per 8 claims)."""
        r = self.rng
        target = len(self.families) + max(1, int(n_claims / 8 * new_share))
        while len(self.families) < target:
            self.families.append(self._family())
        docs, claims = [], []
        base = dt.datetime(2024, 1, 1)
        recent = self.families[-max(1, int(n_claims / 8)):]
        for start in range(0, n_claims, CLAIMS_PER_DOC):
            doc_id = f"d{self.n_docs:09d}"
            self.n_docs += 1
            outlet = OUTLETS[r.integers(len(OUTLETS))]
            when = base + dt.timedelta(minutes=int(r.integers(0, 2 * 365 * 24 * 60)))
            texts = []
            for seq in range(min(CLAIMS_PER_DOC, n_claims - start)):
                if self.rendered and r.random() < 0.2:
                    text, family = self.rendered[r.integers(len(self.rendered))]
                else:
                    pool = recent if r.random() < new_share else self.families
                    family = int(r.integers(len(pool))) + len(self.families) - len(pool)
                    text = self._render(self.families[family])
                    self.rendered.append((text, family))
                kind = "headline" if seq == 0 else ("teaser" if seq == 9 else "quote")
                texts.append(text)
                speaker = int(r.integers(len(self.speakers)))
                claims.append((f"{doc_id}-{seq:02d}", doc_id, seq, text, kind,
                               f"s{speaker:03d}", family))
            docs.append((doc_id, outlet, when, " ".join(texts)))
        return docs, claims


def write(path: Path, corpus: Corpus, docs: list, claims: list) -> None:
    """Insert generated rows through DuckDB's numpy scan."""
    from compare import db
    from compare.hashing import text_hash

    con = db.connect(path)
    doc_cols = {  # noqa: F841 - scanned by DuckDB
        "doc_id": np.array([d[0] for d in docs], dtype=object),
        "outlet": np.array([d[1] for d in docs], dtype=object),
        "published_at": np.array([d[2] for d in docs], dtype="datetime64[us]"),
        "text": np.array([d[3] for d in docs], dtype=object),
    }
    claim_cols = {  # noqa: F841
        "claim_id": np.array([c[0] for c in claims], dtype=object),
        "doc_id": np.array([c[1] for c in claims], dtype=object),
        "seq": np.array([c[2] for c in claims], dtype=np.int32),
        "text": np.array([c[3] for c in claims], dtype=object),
        "text_hash": np.array([text_hash(c[3]) for c in claims], dtype=object),
        "kind": np.array([c[4] for c in claims], dtype=object),
        "speaker_id": np.array([c[5] for c in claims], dtype=object),
    }
    speakers = {"speaker_id": np.array([f"s{i:03d}" for i in range(len(corpus.speakers))],  # noqa
                                       dtype=object),
                "name": np.array(corpus.speakers, dtype=object)}
    with db.transaction(con):
        con.execute("""insert into documents (doc_id, text_hash, outlet, published_at, text)
                       select doc_id, md5(text)[:16], outlet, published_at, text from doc_cols""")
        con.execute("insert into extractions (doc_id, extractor) select doc_id, 'synthetic' "
                    "from doc_cols")
        con.execute("""insert into speakers (speaker_id, name, kind)
                       select speaker_id, name, 'person' from speakers
                       where speaker_id not in (select speaker_id from main.speakers)""")
        con.execute("""insert into claims (claim_id, doc_id, seq, text, text_hash, kind,
                                           speaker_id, cue)
                       select claim_id, doc_id, seq, text, text_hash, kind, speaker_id, 'said'
                       from claim_cols""")
    con.close()


# What `compare clusters --model M --limit 5` does (the CLI is a thin layer over these two
# calls), plus the time from each progress task's first to its last report (stage breakdown).
_CHILD = """import json, os, sys, time
from compare import db
from compare.cli.clusters import print_clusters
from compare.pipeline import run_pipeline
seen = {}
def progress(task, done, total):
    now = time.perf_counter()
    seen.setdefault(task, [now, now])[1] = now
if os.environ.get("BENCH_SCORE_LINKAGE"):  # --linkage score: the bundled model's clustering
    from compare.embed import resolve_model_name
    from compare.match.scoring import matcher_params
    claim_threshold = float(os.environ["BENCH_SCORE_LINKAGE"])
    matcher_params(resolve_model_name(sys.argv[2])).update(
        cluster_linkage="score", cluster_thresholds={"claim": claim_threshold})
con = db.connect(sys.argv[1])
run_pipeline(con, model=sys.argv[2], full=len(sys.argv) > 3, progress=progress)
print_clusters(con, level="claim", min_outlets=2, limit=5, fmt="csv")
print(json.dumps({"stages": {k: round(b - a, 1) for k, (a, b) in seen.items()}}))"""

_WRAP = """import json, resource, subprocess, sys, time
t = time.perf_counter()
out = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
print(out.stdout)
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": out.returncode, "seconds": time.perf_counter() - t,
                  "cpu_s": use.ru_utime + use.ru_stime, "peak_mb": use.ru_maxrss / 1024}))"""


def measure(db_path: Path, model: str, timeout: float, full: bool = False) -> dict:
    """Wall time, peak RSS and stage breakdown of one `compare clusters` (``--full``) in a
    fresh process."""
    cmd = [sys.executable, "-c", _WRAP, sys.executable, "-c", _CHILD, str(db_path), model]
    cmd += ["full"] if full else []
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    lines = out.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    if result["rc"] != 0:
        raise SystemExit(f"compare clusters failed (exit {result['rc']}): {out.stderr[-2000:]}")
    stages = [json.loads(x) for x in lines if x.startswith('{"stages"')]
    result["stages"] = stages[0]["stages"] if stages else {}
    return result


def stage_counts(db_path: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    out = {"n_claims_after": one("select count(*) from claims"),
           "n_pairs": one("select count(*) from claim_pairs"),
           "largest_component_share": largest_component_share(con),
           "n_clusters": dict(con.execute(
               "select level, n_clusters from cluster_runs r where created_at = "
               "(select max(created_at) from cluster_runs where level = r.level)").fetchall())}
    con.close()
    return out


def largest_component_share(con) -> float:
    """The share of clustered claims in the largest connected component of the graph of the
    matcher's same-claim pairs (an exact component-wise re-clustering would redo that much)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    ids = con.execute("select claim_id from claims where kind <> 'teaser' order by claim_id"
                      ).fetchnumpy()["claim_id"].astype(str)
    pairs = con.execute("select claim_id_a, claim_id_b from claim_pairs "
                        "where is_same_claim and not is_polarity_conflict").fetchnumpy()
    a, b = (np.searchsorted(ids, pairs[c].astype(str)) for c in ("claim_id_a", "claim_id_b"))
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(len(ids), len(ids)))
    _, labels = connected_components(graph, directed=False)
    return round(float(np.bincount(labels).max() / len(ids)), 4)


_PEER = """import json, resource, sys, time
import numpy as np
sys.path.insert(0, sys.argv[3])
from bench_realnews import PEER_THRESHOLDS, community_detection
from hdbscan import HDBSCAN
from umap import UMAP

def bertopic_clustering(vectors):
    reduced = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine",
                   random_state=42).fit_transform(vectors)
    return HDBSCAN(min_cluster_size=2, metric="euclidean").fit_predict(reduced)

peer = {"community_detection": lambda v: community_detection(
    v, PEER_THRESHOLDS["community_detection"]["claim"]), "bertopic_clustering": bertopic_clustering
    }[sys.argv[1]]
vectors = np.load(sys.argv[2])
warm = np.random.default_rng(0).standard_normal((300, vectors.shape[1])).astype(np.float32)
peer(warm / np.linalg.norm(warm, axis=1, keepdims=True))  # imports and JIT compilation: not timed
t = time.perf_counter()
labels = peer(vectors)
print(json.dumps({"peer": sys.argv[1], "seconds": round(time.perf_counter() - t, 1),
                  "clusters": int(len(set(labels.tolist()))),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))"""


def peers(path: Path, model: str, timeout: float, compare_s: float) -> dict:
    """Cluster the vectors of ``path`` with each peer in a child process (see the docstring)."""
    import duckdb

    from compare.embed import load_vectors

    con = duckdb.connect(str(path))
    _, vectors = load_vectors(con, model=model)
    con.close()
    npy = path.with_suffix(".vectors.npy")
    np.save(npy, vectors.astype(np.float32))
    del vectors
    out = {}
    for name in ("community_detection", "bertopic_clustering"):
        run_ = subprocess.run([sys.executable, "-c", _PEER, name, str(npy),
                               str(Path(__file__).parent)], capture_output=True, text=True,
                              timeout=timeout)
        if run_.returncode:
            out[name] = {"error": run_.stderr.strip().splitlines()[-1][:300]}
            continue
        row = json.loads(run_.stdout.strip().splitlines()[-1])
        row["ratio_to_compare"] = round(row["seconds"] / compare_s, 2)
        out[name] = row
    npy.unlink()
    return out


def run(n: int, workdir: Path, model: str, timeout: float, compare_full: bool = False,
        with_peers: bool = False) -> dict:
    path = workdir / f"scale_{n}.duckdb"
    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    corpus = Corpus(seed=n)
    t = time.perf_counter()
    docs, claims = corpus.batch(n)
    write(path, corpus, docs, claims)
    generated = time.perf_counter() - t
    family = {c[0]: c[6] for c in claims}  # the generator's truth: one family, one proposition
    full = measure(path, model, timeout)
    print(json.dumps({"claims": n, "full": full}), flush=True)
    peer_rows = peers(path, model, timeout, full["seconds"]) if with_peers else None
    if peer_rows:
        print(json.dumps({"claims": n, "peers": peer_rows}), flush=True)
    docs, claims = corpus.batch(max(CLAIMS_PER_DOC, n // 100), new_share=0.3)
    write(path, corpus, docs, claims)
    family.update((c[0], c[6]) for c in claims)
    rerun = measure(path, model, timeout)
    noop = measure(path, model, timeout)
    row = {"claims": n, "generate_s": round(generated, 1),
           "full_s": round(full["seconds"], 1), "full_cpu_s": round(full["cpu_s"], 1),
           "full_peak_mb": round(full["peak_mb"]),
           "rerun_1pct_s": round(rerun["seconds"], 1), "rerun_cpu_s": round(rerun["cpu_s"], 1),
           "rerun_peak_mb": round(rerun["peak_mb"]),
           "rerun_share": round(rerun["seconds"] / full["seconds"], 3),
           "rerun_cpu_share": round(rerun["cpu_s"] / full["cpu_s"], 3),
           "noop_s": round(noop["seconds"], 1), "full_stages_s": full["stages"],
           "rerun_stages_s": rerun["stages"], **stage_counts(path)}
    if peer_rows:
        row["peers"] = peer_rows
    print(json.dumps(row), flush=True)
    if compare_full:
        row.update(update_vs_full(path, model, timeout, family))
        print(json.dumps(row), flush=True)
    return row


def update_vs_full(path: Path, model: str, timeout: float, family: dict) -> dict:
    """How the updated runs compare with a full run on the same data (`compare clusters
    --full` on a copy of the database), in B-cubed F1: with each other; with the generator's
    claim families (claim level); and, on the claims both runs share, with the run before the
    update (how much each reshuffles clusters that were already there)."""
    import shutil

    import duckdb

    sys.path.insert(0, str(Path(__file__).parent))
    from bench_sample_gold import bcubed

    copy = path.with_name(path.stem + "_full.duckdb")
    shutil.copy(path, copy)
    full = measure(copy, model, timeout, full=True)
    out = {"full_recluster_s": round(full["seconds"], 1)}
    for level in ("claim", "narrative"):
        runs = []  # previous run, update, full recluster: claim_id -> cluster_id
        for db_path, offsets in ((path, (1, 0)), (copy, (0,))):
            con = duckdb.connect(str(db_path), read_only=True)
            for offset in offsets:
                runs.append(dict(con.execute(
                    "select claim_id, cluster_id from cluster_members where run_id = (select "
                    "run_id from cluster_runs where level = ? order by created_at desc "
                    "limit 1 offset ?)", [level, offset]).fetchall()))
            con.close()
        before, update, redone = runs
        ids, old = sorted(update), sorted(before)

        def f1(a: dict, b: dict, keys: list) -> float:
            return bcubed([a[k] for k in keys], [b[k] for k in keys])["f1"]

        out[level] = {"update_vs_full": f1(update, redone, ids),
                      "same_clusters_share": round(len(set(map(tuple, _groups(update)))
                                                       & set(map(tuple, _groups(redone))))
                                                   / len(set(redone.values())), 3),
                      "old_claims_vs_before": {"update": f1(update, before, old),
                                               "full": f1(redone, before, old)}}
        if level == "claim":
            out[level]["vs_families"] = {"update": f1(update, family, ids),
                                         "full": f1(redone, family, ids)}
    copy.unlink()
    return out


def _groups(labels: dict) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for claim, cluster in sorted(labels.items()):
        groups.setdefault(cluster, []).append(claim)
    return list(groups.values())


_CORE = """import json, resource, sys, time
import numpy as np
from compare.cluster.graph import cluster_vectors, medoids
n, dim, k = int(sys.argv[1]), 256, 10
rng = np.random.default_rng(0)
groups = rng.integers(0, n // 8, size=n)
centres = rng.standard_normal((n // 8, dim), dtype=np.float32)
vectors = centres[groups] + 0.5 * rng.standard_normal((n, dim), dtype=np.float32)
vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
del centres
order = np.argsort(groups, kind="stable")  # k edges per row: random rows of its own group
start = np.searchsorted(groups[order], groups)
count = np.bincount(groups, minlength=n // 8)[groups]
i = np.repeat(np.arange(n), k)
j = order[start.repeat(k) + (rng.random(n * k) * count.repeat(k)).astype(np.int64)]
keep = i != j
i, j = i[keep], j[keep]
cos = np.concatenate([np.einsum("ij,ij->i", vectors[i[a:a + 50_000]], vectors[j[a:a + 50_000]])
                      for a in range(0, len(i), 50_000)])
t = time.perf_counter()
labels = cluster_vectors(vectors, threshold=0.6, edges=(i, j, cos))
t_cluster = time.perf_counter() - t
medoid, sim = medoids(vectors, labels)
print(json.dumps({"rows": n, "edges": int(len(i)), "clusters": int(labels.max() + 1),
                  "cluster_vectors_s": round(t_cluster, 1),
                  "with_medoids_s": round(time.perf_counter() - t, 1),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))"""


def core(n: int, timeout: float) -> None:
    """The clustering algorithm alone (``cluster_vectors`` + medoids) on ``n`` synthetic rows."""
    out = subprocess.run([sys.executable, "-c", _CORE, str(n)], capture_output=True, text=True,
                         timeout=timeout)
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    print(out.stdout.strip(), flush=True)


def stage_child(n: int, workdir: Path, model: str) -> None:
    """The cluster stage alone, in a database: claims embedded, and the matcher's pairs stood in
    for by the generator's truth (each claim linked to the first and the previous claim of its
    family), so the O(n^2) neighbour search of ``match_claims`` is not part of the figure."""
    import resource

    from compare import db
    from compare.cluster import cluster_claims
    from compare.embed import embed_claims, load_vectors

    path = workdir / f"stage_{n}.duckdb"
    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    corpus = Corpus(seed=n)
    docs, claims = corpus.batch(n)
    write(path, corpus, docs, claims)
    con = db.connect(path)
    t = time.perf_counter()
    embed_claims(con, model=model)
    embed_s = time.perf_counter() - t
    ids, vectors = load_vectors(con, model=model)
    row = {cid: i for i, cid in enumerate(ids)}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    a, b = [], []
    for claim in sorted((c for c in claims if c[0] in row), key=lambda c: c[0]):
        i, fam = row[claim[0]], claim[6]
        for j in {first.get(fam), last.get(fam)} - {None}:
            a.append(j)
            b.append(i)
        first.setdefault(fam, i)
        last[fam] = i
    a, b = np.array(a), np.array(b)
    cos = np.einsum("ij,ij->i", vectors[a], vectors[b]).astype(np.float64)  # noqa: F841
    id_arr = np.array(ids, dtype=str)
    pa, pb = id_arr[a], id_arr[b]  # noqa: F841 - scanned by DuckDB
    swap = pa > pb
    pa, pb = np.where(swap, pb, pa), np.where(swap, pa, pb)
    with db.transaction(con):
        con.execute("""insert into claim_pairs (claim_id_a, claim_id_b, model, cosine,
                       is_same_claim) select pa.column0, pb.column0, ?, cos.column0, true
                       from pa positional join pb positional join cos""",
                    [resolve(model)])
    del vectors
    timings = {}
    for level in ("claim", "narrative"):
        t = time.perf_counter()
        run = cluster_claims(con, level=level, model=model, match=False)
        timings[level] = (round(time.perf_counter() - t, 1), run.n_clusters)
    t = time.perf_counter()
    cluster_claims(con, level="narrative", model=model, match=False)
    print(json.dumps({"claims": n, "embed_s": round(embed_s, 1), "pairs": int(len(a)),
                      "cluster_claim_s": timings["claim"][0],
                      "claim_clusters": timings["claim"][1],
                      "cluster_narrative_s": timings["narrative"][0],
                      "narrative_clusters": timings["narrative"][1],
                      "noop_s": round(time.perf_counter() - t, 1),
                      "peak_mb_whole_process": round(
                          resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}), flush=True)


# `compare clusters` on an engine (``--engine``): the same calls as _CHILD, inside engine.use
_ENGINE_CHILD = """import json, sys, time
from compare import db, engine
from compare.pipeline import run_pipeline
seen = {}
def progress(task, done, total):
    now = time.perf_counter()
    seen.setdefault(task, [now, now])[1] = now
t = time.perf_counter()
with engine.use(sys.argv[3], num_cpus=int(sys.argv[4])):
    con = db.connect(sys.argv[1])
    run_pipeline(con, model=sys.argv[2], progress=progress)
    con.close()
print(json.dumps({"seconds": time.perf_counter() - t,
                  "stages": {k: round(b - a, 1) for k, (a, b) in seen.items()}}))"""


def _process_tree(root: int) -> dict[int, str]:
    """pid -> role ("driver", "ray worker", "ray system") of ``root`` and its descendants."""
    parent, name = {}, {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            parent[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            name[int(entry.name)] = cmd
    tree, frontier = {root: "driver"}, [root]
    while frontier:
        pid = frontier.pop()
        for child, up in parent.items():
            if up == pid and child not in tree:
                cmd = name[child]
                tree[child] = ("ray worker" if "default_worker.py" in cmd or cmd.startswith("ray::")
                               else "ray system")
                frontier.append(child)
    return tree


def _rss_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_engine(db_path: Path, model: str, name: str, cpus: int, timeout: float) -> dict:
    """Wall time, stage breakdown and peak memory per process (VmHWM, polled every 0.2 s) of
    one run of every stage on engine ``name``; also the peak of all its processes' RSS summed
    (shared pages, such as Ray's object store, count once per process that maps them)."""
    import tempfile

    # output to files: a pipe nobody reads while polling fills up (DuckDB's progress bar)
    log, result_file = tempfile.TemporaryFile(mode="w+"), tempfile.TemporaryFile(mode="w+")
    child = subprocess.Popen([sys.executable, "-c", _ENGINE_CHILD, str(db_path), model, name,
                              str(cpus)], stdout=result_file, stderr=log, text=True)
    peak: dict[int, int] = {}
    role: dict[int, str] = {}
    peak_sum = 0
    started = time.perf_counter()
    while child.poll() is None:
        if time.perf_counter() - started > timeout:
            child.kill()
            raise SystemExit(f"{name} engine: over {timeout:.0f} s")
        tree = _process_tree(child.pid)
        role.update(tree)
        total = 0
        for pid in tree:
            peak[pid] = max(peak.get(pid, 0), _rss_kb(pid, "VmHWM"))
            total += _rss_kb(pid, "VmRSS")
        peak_sum = max(peak_sum, total)
        time.sleep(0.2)
    child.wait()
    log.seek(0)
    result_file.seek(0)
    err, out = log.read(), result_file.read()
    if child.returncode != 0:
        raise SystemExit(f"{name} engine failed (exit {child.returncode}): {err[-2000:]}")
    result = json.loads([x for x in out.splitlines() if x.startswith('{"seconds"')][-1])
    by_role: dict[str, list[int]] = {}
    for pid, kb in peak.items():
        by_role.setdefault(role[pid], []).append(kb)
    return {"engine": name, "seconds": round(result["seconds"], 1), "stages": result["stages"],
            "peak_mb": {r: round(max(v) / 1024) for r, v in by_role.items()},
            "processes": {r: len(v) for r, v in by_role.items()},
            "peak_sum_mb": round(peak_sum / 1024)}


def table_digests(db_path: Path) -> dict:
    """Rows and an order-free digest of every table (wall-clock columns left out)."""
    import duckdb

    wall_clock = {"created_at", "applied_at", "extracted_at", "framed_at", "imported_at",
                  "ingested_at", "matched_at", "scored_at", "first_seen_at", "last_seen_at"}
    con = duckdb.connect(str(db_path), read_only=True)
    out = {}
    for (table,) in con.execute("select table_name from information_schema.tables "
                                "where table_type = 'BASE TABLE' order by 1").fetchall():
        cols = [c for (c,) in con.execute(
            "select column_name from information_schema.columns where table_name = ?",
            [table]).fetchall() if c not in wall_clock]
        row = "row(" + ", ".join(f'"{c}"' for c in cols) + ")"
        out[table] = con.execute(f"select count(*), sum(hash({row})::hugeint) from {table}"
                                 ).fetchone()
    con.close()
    return {t: [int(n), str(h)] for t, (n, h) in out.items()}


def engines(n: int, workdir: Path, model: str, timeout: float, names: list[str],
            cpus: int, keep: bool = False) -> dict:
    """The same generated database run on each engine (a copy each), side by side, and whether
    every table came out the same."""
    import shutil

    path = workdir / f"engines_{n}.duckdb"
    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    corpus = Corpus(seed=n)
    write(path, corpus, *corpus.batch(n))
    rows, digests = [], {}
    for name in names:
        copy = workdir / f"engines_{n}_{name}.duckdb"
        shutil.copyfile(path, copy)
        row = {"claims": n, **measure_engine(copy, model, name, cpus, timeout)}
        digests[name] = table_digests(copy)
        import duckdb

        con = duckdb.connect(str(copy), read_only=True)
        row["largest_component_share"] = largest_component_share(con)  # one cluster item
        con.close()
        if not keep:
            copy.unlink()
        print(json.dumps(row), flush=True)
        rows.append(row)
    path.unlink()
    base = rows[0]["seconds"]
    summary = {"claims": n, "cpus": cpus,
               "ratio_to_first": {r["engine"]: round(r["seconds"] / base, 3) for r in rows},
               "tables_identical": all(d == digests[names[0]] for d in digests.values()),
               "differing_tables": sorted({t for d in digests.values() for t in d
                                           if d[t] != digests[names[0]].get(t)})}
    print(json.dumps(summary), flush=True)
    return {"rows": rows, **summary}


def resolve(model: str) -> str:
    from compare.embed import resolve_model_name

    return resolve_model_name(model)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--model", default="static")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp"))
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--core", action="store_true", help="time only cluster_vectors and "
                        "medoids on synthetic vectors and edges (no database, no other stage)")
    parser.add_argument("--stage", action="store_true", help="time only the cluster stage in "
                        "a database (embedded claims, pairs from the generator's truth)")
    parser.add_argument("--compare-full", action="store_true", help="after the re-run (an "
                        "update of the clusters), recluster a copy from scratch and report how "
                        "far the updated clusters are from it (B-cubed)")
    parser.add_argument("--peers", action="store_true", help="after each full run, cluster the "
                        "same vectors with community_detection and BERTopic's clustering step")
    parser.add_argument("--engine", nargs="+", choices=["local", "ray"], help="run every "
                        "stage on each engine in turn, on copies of one generated database: wall "
                        "time, peak memory per process, identical tables (first engine = 1.0)")
    parser.add_argument("--cpus", type=int, default=2, help="CPUs of the local Ray (--engine)")
    parser.add_argument("--keep", action="store_true", help="keep each engine's database "
                        "(--engine; in --workdir, engines_N_ENGINE.duckdb)")
    parser.add_argument("--linkage", choices=["matcher", "score"], default="matcher",
                        help="the claim level's clustering: the model's own (matcher.json), or "
                        "average linkage over the matcher's scores (the bundled model's, here "
                        "for a model without it) at --score-threshold")
    parser.add_argument("--score-threshold", type=float, default=0.2)
    args = parser.parse_args()
    if args.linkage == "score":  # read by _CHILD, in each `compare clusters` process
        os.environ["BENCH_SCORE_LINKAGE"] = str(args.score_threshold)
    if args.engine:
        from compare.embed import get_embedder

        args.workdir.mkdir(parents=True, exist_ok=True)
        get_embedder(args.model).encode(["warm up"])
        for n in args.claims:
            engines(n, args.workdir, args.model, args.timeout, args.engine, args.cpus,
                    args.keep)
        return
    if args.stage:
        for n in args.claims:
            stage_child(n, args.workdir, args.model)
        return
    if args.core:
        for n in args.claims:
            core(n, args.timeout)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    # warm the static model once (distilled on first use, then cached on disk)
    from compare.embed import get_embedder

    get_embedder(args.model).encode(["warm up"])
    for n in args.claims:
        run(n, args.workdir, args.model, args.timeout, args.compare_full, args.peers)


if __name__ == "__main__":
    main()

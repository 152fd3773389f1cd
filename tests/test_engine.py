"""The engines (issue 17): the same tables from the local engine and from Ray, on the sample
corpus and on 20k synthetic claims, also when a Ray worker is killed mid-stage."""

import sys
from pathlib import Path

import duckdb
import numpy as np
import pytest

from compare import db, engine
from compare.cluster import cluster_vectors
from compare.cluster.graph import by_component
from compare.errors import CompareError
from compare.ingest import ingest_paths
from compare.narratives import import_codebook
from compare.pipeline import run_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
# columns that record when something happened, not what: they differ between any two runs
WALL_CLOCK = {"created_at", "applied_at", "extracted_at", "framed_at", "imported_at",
              "ingested_at", "matched_at", "scored_at", "first_seen_at", "last_seen_at"}


class _TwoWorkers(engine.LocalEngine):
    """The local engine under another name: stages take their engine code path in-process."""

    name = "two-workers"
    workers = 2


def _unit_vectors(n: int, dim: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


# (rows, dim, threshold, with cannot-links, with weights): from one giant component to many
@pytest.mark.parametrize("n, dim, threshold, cannot, weighted", [
    (2000, 16, 0.4, True, True),    # one giant component
    (3000, 64, 0.55, True, False),  # hundreds of small components
    (500, 32, 0.5, False, True),
    (1, 8, 0.5, False, False),
])
def test_clustering_by_component_equals_one_run(n, dim, threshold, cannot, weighted):
    from compare.cluster.graph import knn_edges

    vectors = _unit_vectors(n, dim, seed=n)
    edges = knn_edges(vectors, k=8, min_cosine=threshold - 0.1)
    rng = np.random.default_rng(0)
    links = (rng.integers(0, n, 50), rng.integers(0, n, 50)) if cannot else None
    weights = rng.integers(1, 5, n) if weighted else None
    whole = cluster_vectors(vectors, threshold=threshold, edges=edges, cannot_link=links,
                            weights=weights)
    split = by_component(_TwoWorkers(), vectors, threshold, edges, links, weights)
    assert np.array_equal(whole, split)
    if n > 1:
        assert len(set(whole.tolist())) < n  # something merged: the comparison says something


def test_local_engine_builds_the_state_once_and_keeps_the_order():
    built = []

    def init(x):
        built.append(x)
        return x * 10

    out = list(engine.LocalEngine().map(lambda s, item: s + item, [3, 1, 2], stage="t",
                                        state=(init, (1,))))
    assert out == [13, 11, 12] and built == [1]


def test_unknown_engine_is_a_one_line_error():
    with pytest.raises(CompareError, match="unknown engine 'spark'"):
        engine.get_engine("spark")


def test_cli_rejects_an_unknown_engine(tmp_path):
    from typer.testing import CliRunner

    from compare.cli import app

    out = CliRunner().invoke(app, ["--engine", "spark", "--db", str(tmp_path / "x.duckdb"),
                                   "status"])
    assert out.exit_code != 0 and "local, ray" in out.output


# --- on a local Ray with 2 CPUs ---------------------------------------------------------------

@pytest.fixture(scope="module")
def ray_engine():
    pytest.importorskip("ray")
    ray_engine = engine.RayEngine(num_cpus=2)
    yield ray_engine
    ray_engine.close()


def tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, wall-clock columns left out, sorted."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("select table_name from information_schema.tables "
                                    "where table_type = 'BASE TABLE' order by 1").fetchall():
            cols = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_name = ? "
                "order by ordinal_position", [table]).fetchall() if c not in WALL_CLOCK]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f"select {quoted} from {table} order by all").fetchall()
        return out
    finally:
        con.close()


def assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = tables(a), tables(b)
    assert ta.keys() == tb.keys()
    for name in ta:
        assert len(ta[name]) == len(tb[name]), name
        assert ta[name] == tb[name], f"{name} differs"


def sample_run(path: Path, on=None) -> Path:
    """The demo's work on the sample corpus (ingest, codebook, every stage) on engine ``on``."""
    with engine.use(on or "local"):
        con = db.connect(str(path))
        ingest_paths(con, [SAMPLE], manifest=SAMPLE / "manifest.csv")
        import_codebook(con, ROOT / "data" / "codebook.yaml")
        run_pipeline(con)
        con.close()
    return path


@pytest.fixture(scope="module")
def sample_local(tmp_path_factory):
    return sample_run(tmp_path_factory.mktemp("local") / "sample.duckdb")


def test_sample_corpus_same_tables_on_both_engines(ray_engine, sample_local, tmp_path):
    ray_db = sample_run(tmp_path / "ray.duckdb", ray_engine)
    counts = {name: len(rows) for name, rows in tables(ray_db).items()}
    assert counts["claims"] > 200 and counts["claim_pairs"] > 1000
    assert counts["cluster_members"] > 400 and counts["claim_narratives"] > 100
    assert_same_tables(sample_local, ray_db)


@pytest.mark.parametrize("stage", ["embed", "neighbours", "match", "cluster"])
def test_a_killed_worker_does_not_change_the_result(ray_engine, sample_local, tmp_path, stage):
    marker = tmp_path / "killed"
    ray_engine.fault = f"{stage}:{marker}"
    try:
        ray_db = sample_run(tmp_path / "ray.duckdb", ray_engine)
    finally:
        ray_engine.fault = ""
    assert marker.exists()  # a worker of the stage did kill itself
    assert_same_tables(sample_local, ray_db)


@pytest.mark.parametrize("stage", ["embed", "match"])
def test_interrupted_on_the_driver_the_stage_leaves_nothing(ray_engine, sample_local, tmp_path,
                                                            stage):
    path = tmp_path / "ray.duckdb"

    def interrupt(task, done, total):
        if task == stage and done:
            raise KeyboardInterrupt  # Ctrl-C while the workers hold items

    with engine.use(ray_engine):
        con = db.connect(str(path))
        ingest_paths(con, [SAMPLE], manifest=SAMPLE / "manifest.csv")
        with pytest.raises(KeyboardInterrupt):
            run_pipeline(con, progress=interrupt)
        assert con.execute("select count(*) from claims").fetchone()[0] > 200  # committed
        table = {"embed": "embeddings", "match": "claim_pairs"}[stage]
        assert con.execute(f"select count(*) from {table}").fetchone()[0] == 0
        con.close()
    assert_same_tables(sample_local, sample_run(path, ray_engine))  # a re-run completes it


def synthetic_run(path: Path, n: int, on=None) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_cluster_scale import Corpus, write
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    corpus = Corpus(seed=n)
    write(path, corpus, *corpus.batch(n))
    with engine.use(on or "local"):
        con = db.connect(str(path))
        run_pipeline(con, model="static")
        docs, claims = corpus.batch(n // 100, new_share=0.3)  # then an incremental run
        con.close()
        write(path, corpus, docs, claims)
        con = db.connect(str(path))
        run_pipeline(con, model="static")
        con.close()
    return path


def test_20k_synthetic_claims_same_tables_on_both_engines(ray_engine, tmp_path):
    local = synthetic_run(tmp_path / "local.duckdb", 20_000)
    ray_db = synthetic_run(tmp_path / "ray.duckdb", 20_000, ray_engine)
    counts = {name: len(rows) for name, rows in tables(ray_db).items()}
    assert counts["claims"] == 20_200 and counts["claim_pairs"] > 20_000
    assert_same_tables(local, ray_db)


def test_cli_engine_option_runs_the_stages_on_ray(ray_engine, sample_local, tmp_path):
    from typer.testing import CliRunner

    from compare.cli import app

    path = tmp_path / "cli.duckdb"
    runner = CliRunner()
    for args in (["ingest", str(SAMPLE), "--manifest", str(SAMPLE / "manifest.csv")],
                 ["extract"]):
        out = runner.invoke(app, ["--engine", "ray", "--db", str(path), *args])
        assert out.exit_code == 0, out.output
    ours, local = tables(path), tables(sample_local)
    for name in ("documents", "claims", "speakers"):
        assert ours[name] == local[name], name

"""Crash harness (SQLite's crash tests are the model): `compare demo` is killed at many points,
then the database must open, `compare status` must work, and a re-run must give the same
clusters as a run that was never interrupted.

CI kills a handful of times; ``COMPARE_CRASH_KILLS=200`` (benchmarks/bench_long_tests.py)
runs the long version.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

KILLS = int(os.environ.get("COMPARE_CRASH_KILLS", "4"))
SIGNALS = (signal.SIGKILL, signal.SIGKILL, signal.SIGTERM, signal.SIGHUP)


def _compare(db: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "compare", "--db", str(db), *args],
                          capture_output=True, text=True, **kwargs)


def _snapshot(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select claim_id, speaker, claim_cluster_id, narrative_id "
                           "from claims_full order by claim_id").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[list[tuple], float]:
    db = tmp_path_factory.mktemp("crash") / "reference.duckdb"
    start = time.monotonic()
    assert _compare(db, "demo").returncode == 0
    return _snapshot(db), time.monotonic() - start


@pytest.mark.model
@pytest.mark.parametrize("kill", range(KILLS))
def test_a_killed_run_leaves_an_openable_database_and_a_rerun_is_identical(tmp_path, reference,
                                                                          kill):
    expected, duration = reference
    rng = random.Random(kill)
    db = tmp_path / "killed.duckdb"
    # Kill points spread over the whole run (start-up, ingest, extract, embed, match, cluster).
    delay = (kill + rng.random()) * duration / KILLS
    child = subprocess.Popen([sys.executable, "-m", "compare", "--db", str(db), "demo"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    child.send_signal(SIGNALS[kill % len(SIGNALS)])
    child.wait()
    status = _compare(db, "status")
    assert status.returncode == 0, f"killed after {delay:.1f}s: {status.stderr}"
    assert "recovered" not in status.stderr  # nothing committed needed setting aside
    rerun = _compare(db, "demo")
    assert rerun.returncode == 0, rerun.stderr
    assert _snapshot(db) == expected

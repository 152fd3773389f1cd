"""`compare demo`: the bundled sample corpus through every stage, as README command 1 runs it."""

import duckdb
import pytest
from typer.testing import CliRunner

from compare.cli import app

runner = CliRunner()


@pytest.mark.model
def test_demo_runs_every_stage_and_is_idempotent(tmp_path):
    path = tmp_path / "demo.duckdb"
    first = runner.invoke(app, ["--db", str(path), "demo"])
    assert first.exit_code == 0, first.output
    assert "ingested 28" in first.output
    assert "Imported codebook 'sample'" in first.output and "seeks-cooperation" in first.output
    second = runner.invoke(app, ["--db", str(path), "demo"])
    assert second.exit_code == 0, second.output
    assert "unchanged 28" in second.output
    assert "Imported codebook" not in second.output  # the same codebook: nothing to do

    con = duckdb.connect(str(path), read_only=True)
    n_outlets, n_claims = con.execute(
        "select count(distinct outlet), count(*) from claims_full").fetchone()
    assert n_outlets >= 6 and n_claims > 200
    levels = {r[0] for r in con.execute("select distinct level from cluster_runs").fetchall()}
    assert levels == {"claim", "narrative"}
    # one claim cluster is carried by several outlets
    spread = con.execute("select max(n_outlets) from clusters").fetchone()[0]
    assert spread >= 3
    # the starter codebook is in, and its cooperation narrative is carried by several outlets
    carried = con.execute("select count(distinct outlet) from narrative_matches "
                          "where narrative_id = 'seeks-cooperation'").fetchone()[0]
    assert carried >= 3
    con.close()
    stale = runner.invoke(app, ["--db", str(path), "status"])
    assert stale.output.count("up to date") >= 3, stale.output

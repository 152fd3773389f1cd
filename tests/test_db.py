"""The DuckDB store: path resolution, migrations, one transaction per stage write."""

import duckdb
import pytest

from compare import db
from compare.errors import CompareError


def test_path_comes_from_argument_then_env_then_default(monkeypatch):
    monkeypatch.delenv("COMPARE_DB", raising=False)
    assert db.resolve_path(None) == "compare.duckdb"
    monkeypatch.setenv("COMPARE_DB", "/tmp/elsewhere.duckdb")
    assert db.resolve_path(None) == "/tmp/elsewhere.duckdb"
    assert db.resolve_path("mine.duckdb") == "mine.duckdb"


def test_migrations_are_recorded_and_applied_once(tmp_path):
    path = tmp_path / "store.duckdb"
    con = db.connect(path)
    versions = [r[0] for r in con.execute(
        "select version from schema_migrations order by 1").fetchall()]
    assert versions == [v for v, _, _ in db.migrations()]
    con.close()
    con = db.connect(path)
    assert db.migrate(con) == []
    assert "documents" in db.table_counts(con)


def test_transaction_rolls_back_on_error_and_on_ctrl_c():
    con = db.connect(":memory:")
    con.execute("create table t (x integer)")
    for exc in (ValueError("boom"), KeyboardInterrupt()):
        with pytest.raises(type(exc)):
            with db.transaction(con):
                con.execute("insert into t values (1)")
                raise exc
    assert con.execute("select count(*) from t").fetchone()[0] == 0
    with db.transaction(con):
        with db.transaction(con):  # nested use joins the outer transaction
            con.execute("insert into t values (2)")
    assert con.execute("select count(*) from t").fetchone()[0] == 1


def test_read_only_needs_an_existing_file(tmp_path):
    with pytest.raises(CompareError, match="no such database"):
        db.connect(tmp_path / "missing.duckdb", read_only=True)


def test_the_file_opens_in_plain_duckdb(tmp_path):
    path = tmp_path / "store.duckdb"
    db.connect(path).close()
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("select count(*) from claims_full").fetchone() == (0,)

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


# A child process applies migrations up to ``upto`` and dies without closing (no checkpoint),
# leaving its write-ahead log for the next open to replay.
_KILLED_MIGRATION = """
import os, sys
import duckdb
from compare import db
path, upto = sys.argv[1], int(sys.argv[2])
con = duckdb.connect(path)
con.execute("set wal_autocheckpoint = '1GB'")
con.execute("create table if not exists schema_migrations (version integer primary key, "
            "name varchar not null, applied_at timestamp not null default current_timestamp)")
done = {r[0] for r in con.execute("select version from schema_migrations").fetchall()}
for version, name, sql in db.migrations():
    if version <= upto and version not in done:
        con.execute(sql)
        con.execute("insert into schema_migrations (version, name) values (?, ?)", [version, name])
os._exit(0)
"""


@pytest.mark.parametrize("version", [v for v, _, _ in db.migrations()])
def test_every_migration_replays_from_the_log_after_a_kill(tmp_path, version):
    import subprocess
    import sys

    path = tmp_path / "killed.duckdb"
    if version > 1:  # the earlier migrations are checkpointed in the file
        subprocess.run([sys.executable, "-c", _KILLED_MIGRATION, str(path), str(version - 1)],
                       check=True)
        duckdb.connect(str(path)).close()  # replays and checkpoints
    subprocess.run([sys.executable, "-c", _KILLED_MIGRATION, str(path), str(version)],
                   check=True)
    assert (tmp_path / "killed.duckdb.wal").exists()
    notices = []  # replays the log of the killed migration (no recovery), migrates the rest
    con = db.connect(path, notice=notices.append)
    assert notices == []
    assert [r[0] for r in con.execute("select version from schema_migrations order by 1")
            .fetchall()] == [v for v, _, _ in db.migrations()]


def test_an_unreplayable_log_is_set_aside_and_committed_work_kept(tmp_path):
    path = tmp_path / "store.duckdb"
    con = db.connect(path)
    con.execute("insert into documents (doc_id, text, text_hash) values ('d1', 'x', 'h')")
    con.close()
    # A log DuckDB cannot replay: an `add column` on a table with a current_timestamp default
    # (what migration 007 once did).
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", (
        "import duckdb, os, sys\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('create table t (x integer, t timestamp default current_timestamp)')\n"
        "con.execute('checkpoint')\n"
        "con.execute('alter table t add column y varchar')\n"
        "os._exit(0)\n"), str(path)], check=True)
    with pytest.raises(CompareError, match="cannot be replayed"):
        db.connect(path, read_only=True)
    notices = []
    con = db.connect(path, notice=notices.append)
    assert len(notices) == 1 and "recovered" in notices[0]
    assert con.execute("select doc_id from documents").fetchall() == [("d1",)]
    assert list(tmp_path.glob("store.duckdb.wal.unreplayable-*"))


def test_a_database_from_a_newer_compare_is_refused(tmp_path):
    path = tmp_path / "store.duckdb"
    con = db.connect(path)
    con.execute("insert into schema_migrations (version, name) values (999, 'future')")
    con.close()
    with pytest.raises(CompareError, match="newer than this compare"):
        db.connect(path)


def test_a_file_that_is_not_a_database_gives_one_line(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("just some notes\n")
    with pytest.raises(CompareError, match="cannot open the database"):
        db.connect(path)


class _CommitThenCtrlC:
    """A connection whose commit takes effect, then Ctrl-C arrives (or arrives before it)."""

    def __init__(self, con, *, saved: bool):
        self.con, self.saved = con, saved

    def execute(self, sql, *args):
        if sql == "commit":
            if self.saved:
                self.con.execute("commit")
            raise KeyboardInterrupt
        return self.con.execute(sql, *args)


@pytest.mark.parametrize("saved", [True, False])
def test_ctrl_c_during_a_commit_reports_what_really_happened(saved):
    con = db.connect(":memory:")
    con.execute("create table t (x integer)")
    expected = db.CommitInterrupted if saved else KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt) as caught:
        with db.transaction(_CommitThenCtrlC(con, saved=saved)):
            con.execute("insert into t values (1)")
    assert type(caught.value) is expected
    assert con.execute("select count(*) from t").fetchone()[0] == (1 if saved else 0)

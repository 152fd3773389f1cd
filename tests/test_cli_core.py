"""`compare status` and the CLI's error handling."""

import pytest
from typer.testing import CliRunner

from compare.cli import app

runner = CliRunner()


def test_status_lists_tables_and_stages(tmp_path):
    result = runner.invoke(app, ["--db", str(tmp_path / "c.duckdb"), "status"])
    assert result.exit_code == 0, result.output
    assert "documents" in result.output and "claims" in result.output
    assert "extract" in result.output and "up to date" in result.output


def test_status_says_which_documents_older_rules_extracted(tmp_path):
    from compare import db

    path = str(tmp_path / "c.duckdb")
    page = tmp_path / "page.txt"
    page.write_text("Rates held\n\n“We will hold rates,” Ana Ruiz said on Monday.\n",
                    encoding="utf-8")
    for args in (["ingest", str(page)], ["extract"]):
        assert runner.invoke(app, ["--db", path, *args]).exit_code == 0
    assert "other rules" not in runner.invoke(app, ["--db", path, "status"]).output
    con = db.connect(path)
    con.execute("update extractions set extractor = 'rules-1'")  # as an older version wrote
    con.close()
    result = runner.invoke(app, ["--db", path, "status"])
    assert result.exit_code == 0 and "1 document was extracted with other rules" in result.output
    assert runner.invoke(app, ["--db", path, "extract", "--all"]).exit_code == 0
    assert "other rules" not in runner.invoke(app, ["--db", path, "status"]).output


def test_db_path_can_come_from_the_environment(tmp_path):
    path = tmp_path / "env.duckdb"
    result = runner.invoke(app, ["status"], env={"COMPARE_DB": str(path)})
    assert result.exit_code == 0, result.output
    assert path.exists()


def test_an_unusable_db_path_is_one_line_and_exit_code_1(tmp_path):
    result = runner.invoke(app, ["--db", str(tmp_path / "no" / "such" / "x.duckdb"), "status"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: ")
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_demo_fresh_never_deletes_a_file_compare_did_not_make(tmp_path):
    notes = tmp_path / "notes.duckdb"
    notes.write_text("my notes\n")
    result = CliRunner().invoke(app, ["--db", str(notes), "demo", "--fresh"])
    assert result.exit_code == 1 and "not a compare database" in result.output
    assert notes.read_text() == "my notes\n"


HOSTILE = ["[/quote] ended", "the [sic] minister", "[the government] said", "[bold red]x[/]"]


def test_database_text_is_shown_as_written_in_every_table(tmp_path):
    from compare.cli.app import render_rows
    from compare.cli.clusters import _table

    for text in (render_rows(["[col]", "text"], [(1, h) for h in HOSTILE], title="[/title]"),
                 _table(["id", "text"], [(1, h) for h in HOSTILE], wide="text", title="[/t]"),
                 _table(["id", "label"], [(1, h) for h in HOSTILE], wide="label")):
        for hostile in HOSTILE:
            assert hostile in text
    db_path = str(tmp_path / "h.duckdb")
    statement = " union all ".join(f"select '{h}' as \"[x]\"" for h in HOSTILE)
    result = CliRunner().invoke(app, ["--db", db_path, "status"])
    result = CliRunner().invoke(app, ["--db", db_path, "sql", statement])
    assert result.exit_code == 0, result.output
    assert all(h in result.output for h in HOSTILE) and "[x]" in result.output


def test_read_only_commands_never_create_a_database(tmp_path):
    typo = tmp_path / "typo.duckdb"
    for args in (["speakers"], ["show", "c123"], ["sql", "select 1"], ["query", "first_seen"]):
        result = CliRunner().invoke(app, ["--db", str(typo), *args])
        assert result.exit_code == 1 and "no such database" in result.output, (args, result.output)
    assert not typo.exists()


def test_ctrl_c_after_a_stage_was_saved_says_so(tmp_path, monkeypatch):
    from compare import db

    def interrupted(con):
        raise db.CommitInterrupted

    monkeypatch.setattr(db, "table_counts", interrupted)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "c.duckdb"), "status"])
    assert result.exit_code == 130
    assert "had just been saved" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("args,message", [
    (["ingest", "x", "--bogus"], "No such option: --bogus"),
    (["show"], "Missing argument"),
])
def test_a_usage_error_is_shown_with_the_usage_not_as_a_crash(tmp_path, args, message):
    """Typer vendors click (``typer._click``): its usage errors are no bug to report."""
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "c.duckdb"), *args])
    assert result.exit_code == 2
    assert message in result.output and "unexpected error" not in result.output


def test_an_unexpected_error_is_one_line_with_its_traceback_in_a_log(tmp_path, monkeypatch):
    from compare import db

    def broken(con):
        raise AttributeError("'numpy.ndarray' object has no attribute 'first_valid_index'")

    monkeypatch.setattr(db, "table_counts", broken)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "c.duckdb"), "status"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    line = result.output.strip()
    assert line.startswith("Error: an unexpected error") and "\n" not in line
    log = line.rsplit(" ", 1)[-1]
    assert "first_valid_index" in line and "Traceback" in open(log, encoding="utf-8").read()

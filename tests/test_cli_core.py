"""`compare status` and the CLI's error handling."""

from typer.testing import CliRunner

from compare.cli import app

runner = CliRunner()


def test_status_lists_tables_and_stages(tmp_path):
    result = runner.invoke(app, ["--db", str(tmp_path / "c.duckdb"), "status"])
    assert result.exit_code == 0, result.output
    assert "documents" in result.output and "claims" in result.output
    assert "extract" in result.output and "up to date" in result.output


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

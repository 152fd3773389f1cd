"""Every command and every table/view is documented."""

from pathlib import Path

import typer.main

from compare import db
from compare.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_every_command_is_in_the_cli_reference():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    missing = [name for name in group.commands if f"compare {name}" not in text]
    assert missing == []


def test_every_table_and_view_is_in_the_schema_reference():
    text = (DOCS / "schema.md").read_text(encoding="utf-8")
    con = db.connect(":memory:")
    names = [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = 'main'").fetchall()]
    missing = [n for n in names if f"`{n}`" not in text]
    assert missing == []

"""Codebook files (YAML and CSV): what is read, and one-line errors with file and line.

The narratives are invented, about the fictional country Norland.
"""

import pytest
from typer.testing import CliRunner

from compare import db
from compare.cli import app
from compare.errors import InputError
from compare.narratives import import_codebook, read_codebook

runner = CliRunner()

GOOD_YAML = """\
codebook: norland
version: 3
narratives:
  - id: open-to-europe
    label: Norland is open to Europe
    description: Norland is open to cooperation with Europe.
    examples:
      - We remain partners of the European Union.
      - Oslagrad wants normal relations with Brussels.
    counter_examples: [Norland has no relations with the European Union.]
    speakers: [Anna Berg]
    outlets: [North Star]
  - id: ports-closed
    label: The ports stay closed
    description: The northern ports will stay closed all winter.
"""

GOOD_CSV = """\
id,label,description,examples,counter_examples,speakers
open-to-europe,Norland is open to Europe,Norland is open to cooperation with Europe.,"We remain partners of the European Union. | Oslagrad wants normal relations with Brussels.",,Anna Berg
ports-closed,The ports stay closed,The northern ports will stay closed all winter.,,,
"""


@pytest.mark.parametrize("name, text", [("norland.yaml", GOOD_YAML), ("norland.csv", GOOD_CSV)])
def test_a_codebook_is_read_with_its_lists_and_lines(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    book = read_codebook(path)
    assert book.codebook_id == "norland"
    first, second = book.entries
    assert (first.narrative_id, first.label) == ("open-to-europe", "Norland is open to Europe")
    assert first.examples == ("We remain partners of the European Union.",
                              "Oslagrad wants normal relations with Brussels.")
    assert first.speakers == ("Anna Berg",)
    assert second.examples == () and second.counter_examples == ()
    assert first.line == (4 if name.endswith(".yaml") else 2)
    assert second.line == (13 if name.endswith(".yaml") else 3)


# file text -> (line, words of the message)
BAD_YAML = [
    ("narratives:\n  - id: a\n    label: A\n", 2, "without a description"),
    ("narratives:\n  - id: a\n    label: A\n    description: D.\n"
     "  - id: a\n    label: B\n    description: E.\n", 5, "'a' appears twice (first on line 2)"),
    ("narratives:\n  - id: a\n    label: A\n    description: D.\n    exmples: [x]\n", 5,
     "unknown field 'exmples' (did you mean examples?)"),
    ("narratives:\n  - id: two words\n    label: A\n    description: D.\n", 2,
     "has spaces or odd characters"),
    ("narratives:\n  - id: a\n    label: [A, B]\n    description: D.\n", 3,
     "expected a single value"),
    ("narratives:\n  - id: a\n    label: A\n    description: D.\n    examples: {x: 1}\n", 5,
     "expected a list of statements"),
    ("narratives:\n  - id: a\n    label: A: B\n", 3, "malformed YAML: mapping values are not "
     "allowed here"),
    ("codebook: x\nnarrative:\n  - id: a\n", 2, "unknown key 'narrative'"),
    ("codebook: x\n", 1, "no `narratives:` list"),
    ("narratives:\n  - just a string\n", 2, "each narrative must be a mapping"),
]


@pytest.mark.parametrize("text, line, message", BAD_YAML)
def test_a_bad_yaml_codebook_names_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_codebook(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert message in str(err.value)


@pytest.mark.parametrize("text, line, message", [
    ("id,label,description\na,A,D.\nb,B,E.,extra\n", 3, "4 cells for 3 columns"),
    ("id,label,desc\n", 1, "unknown field 'desc' (did you mean description?)"),
    ("id,label,description\n,A,D.\n", 2, "without an id"),
])
def test_a_bad_csv_codebook_names_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_codebook(path)
    assert str(err.value).startswith(f"{path}:{line}: ") and message in str(err.value)


@pytest.mark.parametrize("name, text, message", [
    ("book.txt", "id: a\n", "unknown codebook format '.txt'"),
    ("empty.yaml", "", "empty codebook"),
    ("none.yaml", "narratives: []\n", "the codebook has no narratives"),
])
def test_files_that_are_no_codebook(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_codebook(path)


def test_reimport_updates_entries_and_a_bad_file_changes_nothing(tmp_path):
    con = db.connect(":memory:")
    path = tmp_path / "norland.yaml"
    path.write_text(GOOD_YAML, encoding="utf-8")
    first = import_codebook(con, path)
    assert first["added"] == ["open-to-europe", "ports-closed"]
    edited = GOOD_YAML.replace("all winter", "until March").replace(
        "  - id: open-to-europe", "  - id: fish-quotas\n    label: Fish quotas\n"
        "    description: Fish quotas are unfair.\n  - id: open-to-europe")
    path.write_text(edited.split("  - id: ports-closed")[0] + "  - id: ports-closed\n"
                    "    label: The ports stay closed\n"
                    "    description: The northern ports will stay closed until March.\n",
                    encoding="utf-8")
    second = import_codebook(con, path)
    assert second["added"] == ["fish-quotas"] and second["changed"] == ["ports-closed"]
    assert second["unchanged"] == ["open-to-europe"] and second["content_hash"] != first[
        "content_hash"]
    path.write_text("narratives:\n  - id: a\n    label: A\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_codebook(con, path)
    assert con.execute("select count(*), max(version) from narratives join codebooks "
                       "using (codebook_id)").fetchone() == (3, "3")


def test_ids_are_unique_across_codebooks(tmp_path):
    con = db.connect(":memory:")
    (tmp_path / "a.yaml").write_text(GOOD_YAML, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD_YAML.replace("codebook: norland", "codebook: other"),
                                     encoding="utf-8")
    import_codebook(con, tmp_path / "a.yaml")
    with pytest.raises(InputError, match="b.yaml:4: narrative id 'open-to-europe' already "
                                         "belongs to codebook 'norland'"):
        import_codebook(con, tmp_path / "b.yaml")


def test_cli_import_error_is_one_line_and_writes_nothing(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("narratives:\n  - id: a\n    label: A\n    description: D.\n"
                    "  - id: a\n    label: B\n    description: E.\n", encoding="utf-8")
    database = tmp_path / "c.duckdb"
    result = runner.invoke(app, ["--db", str(database), "narratives", "import", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {path}:5: narrative id 'a' appears twice (first on line 2)"]
    con = db.connect(database, read_only=True)
    assert con.execute("select count(*) from narratives").fetchone() == (0,)
    con.close()
    result = runner.invoke(app, ["--db", str(database), "narratives", "list"])
    assert result.exit_code == 0 and "No codebook yet" in result.output

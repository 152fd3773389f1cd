"""`compare clusters` and `compare show` through the CLI (hash embedder: fast)."""

import json

from typer.testing import CliRunner

from cluster_corpus import NEGATION, QUOTE, RENDERING, build
from compare.cli import app


def run(db, *args):
    return CliRunner().invoke(app, ["--db", str(db), *args])


def corpus(tmp_path):
    db = tmp_path / "c.duckdb"
    build(db).close()
    return db


def test_clusters_lists_the_most_widespread_claim_first(tmp_path):
    db = corpus(tmp_path)
    result = run(db, "clusters", "--model", "hash", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["label"] == QUOTE
    assert (rows[0]["claims"], rows[0]["outlets"]) == (3, 3)
    assert rows[0]["outlet_names"] == "Daily Courier, Evening Wire, Morning Ledger"
    assert rows[0]["speakers"] == "Anna Berg"
    assert rows[0]["first_seen"] == "2024-03-01"
    assert [r["outlets"] for r in rows] == sorted((r["outlets"] for r in rows), reverse=True)


def test_filters_and_limit(tmp_path):
    db = corpus(tmp_path)
    two = json.loads(run(db, "clusters", "--model", "hash", "--format", "json",
                         "--min-outlets", "2").output)
    assert [r["label"] for r in two] == [QUOTE]
    lind = json.loads(run(db, "clusters", "--model", "hash", "--format", "json",
                          "--speaker", "lind").output)
    assert [r["label"] for r in lind] == [NEGATION]
    ledger = json.loads(run(db, "clusters", "--model", "hash", "--format", "json",
                            "--outlet", "ledger").output)
    assert len(ledger) == 2 and QUOTE in {r["label"] for r in ledger}
    assert len(json.loads(run(db, "clusters", "--model", "hash", "--format", "json",
                              "--limit", "1").output)) == 1


def test_files_without_an_outlet_still_show_their_clusters(tmp_path):
    # plain files ingested without a manifest carry no outlet: a cluster of theirs counts 0
    # outlets, and the default listing (--min-outlets 1) must not hide it
    said = "The minister said the plan is good for farmers."
    for name, text in (("a.txt", f"Title A\n\n{said} Prices rose in May.\n"),
                       ("b.txt", f"Title B\n\nRain fell all week. {said}\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "plain.duckdb"
    assert run(db, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    rows = json.loads(run(db, "clusters", "--model", "hash", "--format", "json").output)
    assert rows and rows[0]["outlets"] == 0 and rows[0]["claims"] == 2
    assert json.loads(run(db, "clusters", "--model", "hash", "--format", "json",
                          "--min-outlets", "2").output) == []


def test_table_and_narrative_level(tmp_path):
    db = corpus(tmp_path)
    result = run(db, "clusters", "--model", "hash", "--level", "narrative")
    assert result.exit_code == 0, result.output
    assert "Narrative clusters" in result.output and "Daily Courier" in result.output
    assert run(db, "clusters", "--level", "story").output.startswith("Error: unknown level")


def test_show_prints_each_outlets_version(tmp_path):
    db = corpus(tmp_path)
    rows = json.loads(run(db, "clusters", "--model", "hash", "--format", "json").output)
    top = rows[0]["id"]
    result = run(db, "show", top[:6])
    assert result.exit_code == 0, result.output
    assert f"claim cluster {top}" in result.output
    for outlet in ("Daily Courier", "Morning Ledger", "Evening Wire"):
        assert outlet in result.output
    assert "Anna Berg" in result.output and "stressed" in result.output
    assert "\u21b3 verbatim of #1" in result.output  # Morning Ledger repeats Daily Courier
    versions = json.loads(run(db, "show", top, "--format", "json").output)
    assert {v["text"] for v in versions} == {QUOTE, RENDERING}
    assert len(versions) == 3


def test_show_an_unknown_id_lists_close_ids(tmp_path):
    db = corpus(tmp_path)
    top = json.loads(run(db, "clusters", "--model", "hash", "--format", "json").output)[0]["id"]
    wrong = top[:-2] + ("00" if not top.endswith("00") else "11")
    result = run(db, "show", wrong)
    assert result.exit_code == 1
    assert f"no cluster '{wrong}'" in result.output and top in result.output


def test_show_before_any_clustering_says_what_to_do(tmp_path):
    run(tmp_path / "empty.duckdb", "status")  # a new database, nothing clustered
    result = run(tmp_path / "empty.duckdb", "show", "c123")
    assert result.exit_code == 1
    assert "nothing is clustered yet (run `compare clusters` first)" in result.output


def test_csv_output_has_one_row_per_cluster(tmp_path):
    db = corpus(tmp_path)
    lines = run(db, "clusters", "--model", "hash", "--format", "csv", "--limit", "0"
                ).output.strip().splitlines()
    assert lines[0] == "id,label,claims,outlets,outlet_names,speakers,first_seen"
    assert len(lines) - 1 == 5  # quote, negation, headline, related, unrelated (teaser left out)

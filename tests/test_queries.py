"""Named queries in queries/, `compare query`, `compare sql` and `compare export`.

The fixture corpus (tests/fixtures/framing/corpus.sql) is small enough that every expected row is
written out here: Northwind Herald quotes Ivan Sorokin with "said"/"added", Eastgate Today quotes
the same words with "insisted", Mirror Wire republishes the Northwind article, and Eastgate states
in its own voice a claim that Northwind attributes to Maria Lind.
"""

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from compare import db
from compare.cli import app
from compare.errors import QueryError
from compare.framing import frame_claims
from compare.queries import BUNDLED, list_queries, load_query, parse_query, run_query

CORPUS = Path(__file__).parent / "fixtures" / "framing" / "corpus.sql"
NARRATIVES = Path(__file__).parent / "fixtures" / "framing" / "narratives.sql"
NH, ET, MW = "Northwind Herald", "Eastgate Today", "Mirror Wire"
SOROKIN, LIND, BPI = "Ivan Sorokin", "Maria Lind", "Baltic Policy Institute"
READY = "We are ready to resume the talks next month."
GENEVA = "The delegation would reportedly travel to Geneva."
SANCTIONS_ET = "The sanctions have clearly failed to change the course of the country."
SANCTIONS_NH = "The sanctions have failed to change the course of the country."
MAR1, MAR2, MAR3 = datetime(2024, 3, 1, 9), datetime(2024, 3, 2, 12), datetime(2024, 3, 3, 8)
APR10, APR12 = datetime(2024, 4, 10, 10), datetime(2024, 4, 12, 15)

# query -> (params, the columns checked, the expected rows in order)
EXPECTED = {
    "framing_by_outlet": ({}, ["outlet", "n_claims", "n_attributed", "n_own_voice",
                               "n_neutral_cues", "n_emphatic_cues", "n_hedged", "n_loaded",
                               "n_scare_quotes", "loaded_terms"], [
        (ET, 5, 1, 4, 0, 1, 0, 1, 2, ["one-sided", "propaganda"]),
        (MW, 3, 2, 1, 2, 0, 1, 0, 0, []),
        (NH, 5, 4, 1, 2, 0, 2, 0, 0, []),
    ]),
    "framing_by_speaker": ({"speaker": "sorokin"}, ["speaker", "outlet", "cues", "cue_classes",
                                                     "n_by_name", "n_by_title", "n_by_pronoun"], [
        (SOROKIN, ET, ["insisted"], ["emphatic"], 0, 1, 0),
        (SOROKIN, MW, ["added", "said"], ["neutral"], 1, 0, 1),
        (SOROKIN, NH, ["added", "said"], ["neutral"], 1, 0, 1),
    ]),
    "cue_verbs_by_outlet_and_speaker": ({}, ["outlet", "speaker", "cue", "cue_class",
                                              "n_claims"], [
        (ET, SOROKIN, "insisted", "emphatic", 1),
        (MW, SOROKIN, "added", "neutral", 1),
        (MW, SOROKIN, "said", "neutral", 1),
        (NH, BPI, "argued", "argumentative", 1),
        (NH, SOROKIN, "added", "neutral", 1),
        (NH, SOROKIN, "said", "neutral", 1),
        (NH, LIND, "admitted", "concessive", 1),
    ]),
    "cluster_coverage": ({}, ["cluster_id", "label", "n_outlets", "outlet", "cues"], [
        ("k-ready", "ready to resume the talks", 3, NH, ["said"]),
        ("k-ready", "ready to resume the talks", 3, ET, ["insisted"]),
        ("k-ready", "ready to resume the talks", 3, MW, ["said"]),
        ("k-geneva", "delegation travels to Geneva", 2, NH, ["added"]),
        ("k-geneva", "delegation travels to Geneva", 2, MW, ["added"]),
        ("k-headline", "talks can resume", 2, NH, []),
        ("k-headline", "talks can resume", 2, MW, []),
        ("k-sanctions", "sanctions have failed", 2, ET, []),
        ("k-sanctions", "sanctions have failed", 2, NH, ["admitted"]),
    ]),
    "first_seen": ({"min_outlets": "3"}, ["cluster_id", "outlet", "first_published_at",
                                          "is_first", "lag_hours"], [
        ("k-ready", NH, MAR1, True, 0.0),
        ("k-ready", ET, MAR2, False, 27.0),
        ("k-ready", MW, MAR3, False, 47.0),
    ]),
    "verbatim_reuse": ({}, ["text", "first_outlet", "reused_by", "lag_hours", "evidence",
                            "is_republished_article"], [
        ("Talks can resume next month", NH, MW, 47.0, "same text", True),
        (READY, NH, ET, 27.0, "same text", False),
        (READY, NH, MW, 47.0, "same text", True),
        (GENEVA, NH, MW, 47.0, "matched verbatim", True),
    ]),
    "outlet_overlap": ({}, ["outlet_a", "outlet_b", "n_shared", "n_clusters_a", "n_clusters_b",
                            "jaccard"], [
        (MW, NH, 3, 3, 4, 0.75),
        (ET, NH, 2, 3, 4, 0.4),
        (ET, MW, 1, 3, 3, 0.2),
    ]),
    "who_quotes_whom": ({}, ["outlet", "speaker", "n_quotes", "n_reported", "share_of_outlet"], [
        (ET, SOROKIN, 1, 0, 1.0),
        (MW, SOROKIN, 1, 1, 1.0),
        (NH, SOROKIN, 1, 1, 0.5),
        (NH, BPI, 0, 1, 0.25),
        (NH, LIND, 1, 0, 0.25),
    ]),
    "narrative_timeline": ({}, ["narrative_id", "month", "outlet", "n_claims", "n_docs"], [
        ("n-sanctions", "2024-04", ET, 1, 1),
        ("n-sanctions", "2024-04", NH, 1, 1),
        ("n-talks", "2024-03", ET, 1, 1),
        ("n-talks", "2024-03", MW, 3, 1),
        ("n-talks", "2024-03", NH, 3, 1),
    ]),
    "unattributed_claims": ({}, ["cluster_id", "own_voice_outlet", "own_voice_text",
                                 "attributing_outlets", "speakers", "cues", "attributed_text"], [
        ("k-sanctions", ET, SANCTIONS_ET, [NH], [LIND], ["admitted"], SANCTIONS_NH),
    ]),
    "loaded_terms_by_outlet": ({}, ["outlet", "term", "n_claims", "n_own_voice"], [
        (ET, "one-sided", 1, 1),
        (ET, "propaganda", 1, 1),
    ]),
    "speaker_labels": ({"speaker": "sorokin"}, ["outlet", "speaker_label", "mentions"], [
        (ET, "title", ["the spokesman"]),
        (MW, "name", ["Ivan Sorokin"]),
        (MW, "pronoun", ["he"]),
        (NH, "name", ["Ivan Sorokin"]),
        (NH, "pronoun", ["he"]),
    ]),
    "hedged_claims": ({"outlet": "northwind"}, ["speaker", "cue_class", "hedges", "text"], [
        (SOROKIN, "neutral", ["reportedly"], GENEVA),
        (BPI, "argumentative", ["may"], "An agreement may be possible by summer."),
    ]),
    "relayed_claims": ({}, ["outlet", "speaker", "via", "n_claims"], [
        (ET, SOROKIN, "Interfax", 1),
    ]),
    "narrative_first_outlet": ({}, ["narrative_id", "outlet", "first_published_at", "is_first",
                                    "lag_hours", "first_speaker", "n_claims"], [
        ("sanctions", ET, APR10, True, 0.0, None, 1),
        ("sanctions", NH, APR12, False, 53.0, LIND, 1),
        ("talks", NH, MAR1, True, 0.0, None, 2),
        ("talks", ET, MAR2, False, 27.0, SOROKIN, 1),
        ("talks", MW, MAR3, False, 47.0, SOROKIN, 1),
    ]),
    "narrative_single_speaker_outlets": ({}, ["narrative_id", "outlet", "speaker", "n_claims"], [
        ("sanctions", NH, LIND, 1),
        ("talks", ET, SOROKIN, 1),
        ("talks", MW, SOROKIN, 1),
    ]),
    "narratives_never_carried": ({}, ["outlet", "narrative_id", "n_outlets_carrying"], [
        (ET, "delegation", 0),
        (MW, "sanctions", 2),
        (MW, "delegation", 0),
        (NH, "delegation", 0),
    ]),
    "scare_quotes": ({}, ["outlet", "kind", "scare_quotes"], [
        (ET, "narration", ["a partner", "a rival"]),
        (ET, "teaser", ["failed"]),
    ]),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The fixture corpus in a database file, framed, closed (as after `compare extract`)."""
    path = tmp_path_factory.mktemp("q") / "corpus.duckdb"
    con = db.connect(str(path))
    con.execute(CORPUS.read_text(encoding="utf-8"))
    con.execute(NARRATIVES.read_text(encoding="utf-8"))
    frame_claims(con)
    con.close()
    return path


@pytest.fixture
def ro(corpus):
    con = duckdb.connect(str(corpus), read_only=True)
    yield con
    con.close()


def pick(columns, rows, wanted):
    idx = [columns.index(c) for c in wanted]
    return [tuple(row[i] for i in idx) for row in rows]


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.sql")), ids=lambda p: p.stem)
def test_every_query_file_runs_and_returns_the_expected_rows(path, ro):
    query = parse_query(path)       # raises on a file without the full header
    assert query.name in EXPECTED, f"{path.name}: add its expected rows to EXPECTED"
    params, wanted, rows = EXPECTED[query.name]
    columns, got = run_query(ro, query.name, params)
    assert pick(columns, got, wanted) == rows


def test_at_least_ten_queries_with_the_required_ones():
    names = {q.name for q in list_queries()}
    assert len(names) >= 10
    assert {"framing_by_outlet", "framing_by_speaker", "cue_verbs_by_outlet_and_speaker",
            "cluster_coverage", "first_seen", "verbatim_reuse", "outlet_overlap",
            "who_quotes_whom", "narrative_timeline", "unattributed_claims"} <= names
    for q in list_queries():
        assert q.description and "reads" not in q.description.lower()
        assert q.reads, q.name
        for param in q.params:
            assert f"${param}" in q.sql, f"{q.name}: declared parameter {param} is unused"


@pytest.mark.parametrize("text, missing", [
    ("select 1;\n", "-- name:"),
    ("-- name: bare\nselect 1;\n", "a description line"),
    ("-- name: bare\n-- Something.\n-- reads: claims\nselect 1;\n", "-- params:"),
    ("-- name: bare\n-- Something.\n-- params: none\nselect 1;\n", "-- reads:"),
])
def test_a_file_without_the_header_is_rejected(tmp_path, text, missing):
    path = tmp_path / "bare.sql"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QueryError) as err:
        parse_query(path)
    assert str(path) in str(err.value) and missing in str(err.value)
    with pytest.raises(QueryError):
        list_queries([tmp_path])


def write_query(folder, name, params, sql):
    (folder / f"{name}.sql").write_text(
        f"-- name: {name}\n-- A test query.\n-- params: {params}\n-- reads: claims_full\n{sql}\n",
        encoding="utf-8")


def test_user_queries_folder_adds_and_overrides(tmp_path, monkeypatch, ro):
    write_query(tmp_path, "per_kind", "kind = 'quote', n = 1",
                "select kind, count(*) as n from claims_full where kind = $kind "
                "group by kind having count(*) >= $n")
    write_query(tmp_path, "framing_by_outlet", "none", "select 'mine' as who")
    monkeypatch.setenv("COMPARE_QUERIES", str(tmp_path))
    assert run_query(ro, "per_kind") == (["kind", "n"], [("quote", 4)])
    assert run_query(ro, "per_kind", {"kind": "reported", "n": "5"}) == (["kind", "n"], [])
    assert run_query(ro, "framing_by_outlet")[1] == [("mine",)]


def test_parameter_errors_are_named(tmp_path, monkeypatch, ro):
    write_query(tmp_path, "needs_outlet", "outlet, limit_n = 5",
                "select * from claims_full where outlet = $outlet limit $limit_n")
    monkeypatch.setenv("COMPARE_QUERIES", str(tmp_path))
    with pytest.raises(QueryError, match="missing parameter outlet"):
        run_query(ro, "needs_outlet")
    with pytest.raises(QueryError, match="unknown parameter colour .*outlet, limit_n"):
        run_query(ro, "needs_outlet", {"outlet": NH, "colour": "red"})
    with pytest.raises(QueryError, match="limit_n: 'many' is not a int"):
        run_query(ro, "needs_outlet", {"outlet": NH, "limit_n": "many"})
    assert len(run_query(ro, "needs_outlet", {"outlet": NH, "limit_n": "2"})[1]) == 2


def test_unknown_query_lists_close_matches():
    with pytest.raises(QueryError) as err:
        load_query("framing_by_outlett")
    assert "framing_by_outlet" in str(err.value)
    with pytest.raises(QueryError, match="cue_verbs_by_outlet_and_speaker"):
        load_query("cue_verbs")


def test_bad_sql_names_the_query_and_shows_duckdbs_message(tmp_path, monkeypatch, ro):
    write_query(tmp_path, "broken", "none", "select nope from claims_full")
    monkeypatch.setenv("COMPARE_QUERIES", str(tmp_path))
    with pytest.raises(QueryError) as err:
        run_query(ro, "broken")
    assert str(err.value).startswith("query broken: Binder Error")
    assert '"nope"' in str(err.value)


def test_views_work_from_plain_duckdb_without_the_package(corpus):
    code = ("import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
            "print(con.execute('select count(*) from claims_full').fetchone()[0], "
            "con.execute('select count(*) from framing_by_outlet').fetchone()[0], "
            "con.execute('select count(*) from framing_by_speaker').fetchone()[0], "
            "con.execute('select count(*) from cluster_outlet_matrix').fetchone()[0])")
    out = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True,
                         text=True, check=True, cwd="/")
    assert out.stdout.split() == ["14", "3", "5", "10"]


# --- the CLI -------------------------------------------------------------------------------

def cli(corpus, *args):
    return CliRunner().invoke(app, ["--db", str(corpus), *args])


def test_cli_query_list(corpus):
    result = cli(corpus, "query", "--list")
    assert result.exit_code == 0, result.output
    listed = [q.name for q in list_queries() if q.name in result.output]
    assert len(listed) >= 10
    assert "min_outlets=2" in result.output and "level='claim'" in result.output


def test_cli_query_formats(corpus, tmp_path):
    result = cli(corpus, "query", "cue_verbs_by_outlet_and_speaker", "--param", "speaker=sorokin",
                 "-p", "outlet=east", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["outlet,speaker,cue,cue_class,n_claims,example",
                                          f"{ET},{SOROKIN},insisted,emphatic,1,{READY}"]
    result = cli(corpus, "query", "who_quotes_whom", "--format", "json")
    assert json.loads(result.output)[0] == {"outlet": ET, "speaker": SOROKIN, "n_quotes": 1,
                                            "n_reported": 0, "n_claims": 1,
                                            "share_of_outlet": 1.0}
    result = cli(corpus, "query", "framing_by_outlet")    # wide and short: one column per row
    assert result.exit_code == 0
    header = next(line for line in result.output.splitlines() if "┃ outlet" in line)
    assert [w.strip() for w in header.strip("│┃ ").split("┃")] == ["outlet", ET, MW, NH]
    assert "n_own_voice" in result.output
    target = tmp_path / "overlap.parquet"
    result = cli(corpus, "query", "outlet_overlap", "--format", "parquet", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert duckdb.read_parquet(str(target)).fetchall()[0] == (MW, NH, 3, 3, 4, 0.75)
    result = cli(corpus, "query", "outlet_overlap", "--format", "parquet")
    assert result.exit_code == 1 and "-o FILE.parquet" in result.output


def test_cli_query_errors_are_one_line(corpus):
    result = cli(corpus, "query", "framing_by_outlt")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: no query named 'framing_by_outlt' (did you mean: "
                               "framing_by_outlet, ")
    result = cli(corpus, "query", "first_seen", "-p", "min_outlets=two")
    assert result.exit_code == 1 and "min_outlets: 'two' is not a int" in result.output
    result = cli(corpus, "query", "first_seen", "-p", "min_outlets")
    assert result.exit_code == 1 and "key=value" in result.output


def test_cli_sql(corpus, tmp_path):
    result = cli(corpus, "sql", "select outlet, count(*) as n from claims_full "
                 "group by 1 order by 1", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["outlet,n", f"{ET},6", f"{MW},3", f"{NH},5"]
    result = cli(corpus, "sql", "select * from claimz")
    assert result.exit_code == 1
    assert result.output.startswith("Error: sql: Catalog Error: Table with name claimz")
    assert "Traceback" not in result.output
    result = cli(corpus, "sql", "delete from claims")    # read-only: nothing is changed
    assert result.exit_code == 1 and "read-only" in result.output
    out = tmp_path / "n.json"
    assert cli(corpus, "sql", "select 42 as n", "-f", "json", "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text()) == [{"n": 42}]


def test_cli_sql_touches_no_file_unless_allowed(corpus, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    written = tmp_path / "dump.csv"
    for statement in (f"select * from read_csv('{secret}')",
                      f"copy (select 1 as x) to '{written}' (format csv)"):
        result = cli(corpus, "sql", statement)
        assert result.exit_code == 1 and "--allow-files" in result.output, result.output
    assert not written.exists()
    result = cli(corpus, "sql", f"select a from read_csv('{secret}')", "--allow-files",
                 "-f", "csv")
    assert result.exit_code == 0 and result.output.splitlines() == ["a", "1"]
    parquet = tmp_path / "n.parquet"  # the command's own output file is still written
    assert cli(corpus, "sql", "select 7 as n", "-f", "parquet", "-o", str(parquet)).exit_code == 0
    assert duckdb.sql(f"select n from '{parquet}'").fetchall() == [(7,)]
    result = cli(corpus, "sql", "  ")
    assert result.exit_code == 1 and "empty" in result.output


def test_cli_export_writes_every_table_and_view_as_parquet(corpus, tmp_path):
    result = cli(corpus, "export", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(corpus), read_only=True)
    names = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                       "where table_schema = 'main'").fetchall()]
    assert {"claims", "claim_framing", "claims_full", "framing_by_outlet"} <= set(names)
    for name in names:
        rows = duckdb.read_parquet(str(tmp_path / "out" / f"{name}.parquet")).fetchall()
        assert len(rows) == con.execute(f'select count(*) from "{name}"').fetchone()[0], name
    exported = duckdb.read_parquet(str(tmp_path / "out" / "claims_full.parquet"))
    assert "cue_class" in exported.columns


def test_cli_show_sql_and_required_parameter(corpus, tmp_path, monkeypatch):
    result = cli(corpus, "query", "first_seen", "--show-sql")
    assert result.exit_code == 0
    assert result.output.startswith("-- name: first_seen\n") and "$min_outlets" in result.output
    write_query(tmp_path, "by_outlet", "outlet", "select count(*) as n from claims_full "
                "where outlet = $outlet")
    monkeypatch.setenv("COMPARE_QUERIES", str(tmp_path))
    result = cli(corpus, "query", "by_outlet")
    assert result.exit_code == 1
    assert "Error: query by_outlet: missing parameter outlet (pass --param outlet=VALUE)" \
        in result.output
    result = cli(corpus, "query", "by_outlet", "-p", f"outlet={MW}", "-f", "csv")
    assert result.output.splitlines() == ["n", "3"]

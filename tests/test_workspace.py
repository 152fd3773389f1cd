"""compare.open(): the notebook API over the fixture corpus of test_queries (no model needed).

The fixture's latest claim run has k-ready (3 outlets), k-geneva, k-headline, k-sanctions (2 each)
and k-collapsed (1); the narrative run has n-talks and n-sanctions.
"""

import subprocess
import sys

import pytest

import compare
from compare import db
from compare.cluster import list_clusters
from compare.errors import CompareError, QueryError
from compare.framing import frame_claims
from compare.queries import run_query
from test_queries import CORPUS, ET, MW, NH, READY, SOROKIN

CLAIM_RANKING = ["k-ready", "k-geneva", "k-headline", "k-sanctions", "k-collapsed"]


@pytest.fixture
def ws(tmp_path):
    path = tmp_path / "corpus.duckdb"
    con = db.connect(str(path))
    con.execute(CORPUS.read_text(encoding="utf-8"))
    frame_claims(con)
    con.close()
    with compare.open(path) as workspace:
        yield workspace


def ids(rel, column="cluster_id"):
    return [row[0] for row in rel.select(column).fetchall()]


def test_import_compare_loads_neither_duckdb_nor_torch():
    code = ("import sys, compare; before = 'duckdb' in sys.modules; "
            "ws = compare.open(':memory:'); ws.status(); ws.query('framing_by_outlet').fetchall(); "
            "print(before, 'duckdb' in sys.modules, 'torch' in sys.modules, "
            "'sentence_transformers' in sys.modules, type(ws).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True", "False", "False", "Workspace"]


def test_clusters_are_ranked_and_filtered_as_compare_clusters_lists_them(ws):
    rel = ws.clusters()
    assert rel.columns[:7] == ["rank", "cluster_id", "label", "n_claims", "n_outlets",
                               "outlet_names", "speakers"]
    assert ids(rel) == CLAIM_RANKING
    _, listed = list_clusters(ws.con, limit=None)  # what `compare clusters` prints
    assert rel.select("cluster_id, outlet_names, speakers").fetchall() == \
        [(row[0], row[4], row[5]) for row in listed]
    assert rel.select("outlet_names").fetchone() == (f"{ET}, {MW}, {NH}",)
    assert ids(ws.clusters(min_outlets=3)) == ["k-ready"]
    assert ids(ws.clusters(outlet="mirror")) == ["k-ready", "k-geneva", "k-headline"]
    assert ids(ws.clusters(speaker="LIND")) == ["k-sanctions"]
    assert ids(ws.clusters(limit=2)) == CLAIM_RANKING[:2]
    assert ids(ws.clusters("narrative")) == ["n-talks", "n-sanctions"]
    assert ids(ws.clusters(min_outlets=9)) == []  # empty, still typed
    frame = ws.clusters().df()
    assert list(frame.cluster_id) == CLAIM_RANKING and frame.n_outlets.tolist() == [3, 2, 2, 2, 1]
    assert ws.clusters().pl().height == 5


def test_claims_filter_by_cluster_outlet_speaker_and_kind(ws):
    assert ids(ws.claims(cluster="k-rea"), "claim_id") == ["c05", "c10", "c02"]  # by outlet
    assert sorted(ids(ws.claims(cluster="n-sanc"), "claim_id")) == ["c12", "c13"]
    assert ids(ws.claims(outlet="east", kind="quote"), "claim_id") == ["c05"]
    assert ids(ws.claims(outlet="mirror.example"), "claim_id") == ["c09", "c10", "c11"]
    assert set(ids(ws.claims(speaker="sorokin"), "speaker")) == {SOROKIN}
    assert len(ws.claims().fetchall()) == 14


def test_query_and_sql_return_relations(ws):
    rel = ws.query("cue_verbs_by_outlet_and_speaker", speaker="sorokin", outlet="east")
    assert rel.fetchall() == [(ET, SOROKIN, "insisted", "emphatic", 1, READY)]
    assert ws.query("first_seen", min_outlets=3).fetchall() == \
        run_query(ws.con, "first_seen", {"min_outlets": "3"})[1]  # text converted, as the CLI
    assert ws.query("first_seen", min_outlets=3).df().outlet.tolist() == [NH, ET, MW]
    assert [q.name for q in ws.queries()][:2] == ["cluster_coverage",
                                                  "cue_verbs_by_outlet_and_speaker"]
    assert ws.sql("select count(*) from documents where outlet = $o", o=ET).fetchone() == (2,)
    assert ws.sql("create table notes as select 1 as x") is None
    assert ws.sql("select x from notes").fetchall() == [(1,)]


def test_bad_names_and_params_are_typed_errors(ws):
    with pytest.raises(QueryError, match="did you mean: first_seen"):
        ws.query("first_sen")
    with pytest.raises(QueryError, match="unknown parameter min_outlet "):
        ws.query("first_seen", min_outlet=3)
    with pytest.raises(QueryError, match="min_outlets: 'three' is not a int"):
        ws.query("first_seen", min_outlets="three")
    with pytest.raises(QueryError, match='^sql: .*"nope"'):
        ws.sql("select nope from claims_full")
    with pytest.raises(CompareError, match="unknown level 'story'"):
        ws.clusters("story")
    with pytest.raises(CompareError, match="unknown level 'story'"):
        ws.cluster("story")
    with pytest.raises(CompareError, match="unknown claim kind 'quotes'"):
        ws.claims(kind="quotes")
    with pytest.raises(CompareError, match="no cluster 'zz'"):
        ws.claims(cluster="zz")
    with pytest.raises(CompareError, match="no document with id nope"):
        ws.extract(doc_ids=["nope"])


def test_a_closed_workspace_says_so(tmp_path):
    with compare.open(tmp_path / "new.duckdb") as ws:
        assert ws.sql("select count(*) from documents").fetchone() == (0,)
    with pytest.raises(QueryError, match="closed"):
        ws.sql("select 1")
    reopened = db.connect(str(tmp_path / "new.duckdb"))  # the file is free again
    reopened.close()

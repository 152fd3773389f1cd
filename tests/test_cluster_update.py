"""New claims update the latest cluster runs instead of clustering everything again
(compare/cluster/update.py); ``full=True`` / ``--full`` clusters from scratch."""

import json

from typer.testing import CliRunner

from cluster_corpus import NEGATION, QUOTE, RELATED, RENDERING, UNRELATED, add_docs, build
from compare.cli import app
from compare.cluster import cluster_claims
from compare.cluster.describe import _WORDS, STOPWORDS

NEW_COPY = [("Night Post", "2024-04-01", [("quote", "Anna Berg", "said", QUOTE)])]


def latest(con, level):
    row = con.execute("select run_id, params from cluster_runs where level = ? "
                      "order by created_at desc limit 1", [level]).fetchone()
    return row[0], json.loads(row[1])


def memberships(con, run_id):
    """Claim clusters as sets of claim ids."""
    rows = con.execute("select cluster_id, list(claim_id order by claim_id) from cluster_members "
                       "where run_id = ? group by cluster_id", [run_id]).fetchall()
    return {cid: tuple(claims) for cid, claims in rows}


def describe(con, run_id):
    return {r[0]: r[1:] for r in con.execute(
        "select cluster_id, label, keywords, n_claims, n_outlets, first_seen_at from clusters "
        "where run_id = ?", [run_id]).fetchall()}


def test_a_new_copy_of_a_quote_joins_its_cluster_and_the_other_clusters_are_copied():
    con = build()
    narrative = cluster_claims(con, level="narrative", model="hash", threshold=0.3)
    claim_run = narrative.base
    before = describe(con, claim_run.run_id)
    add_docs(con, NEW_COPY)

    updated = cluster_claims(con, level="narrative", model="hash", threshold=0.3)
    assert updated.base.params["updated_from"] == claim_run.run_id
    assert updated.params["updated_from"] == narrative.run_id
    assert updated.base.n_claims == 8
    after = describe(con, updated.base.run_id)
    quote_id = dict(con.execute("select text, claim_cluster_id from claims_full").fetchall())[QUOTE]
    assert quote_id in before and after[quote_id][2:4] == (4, 4)  # 4 claims, 4 outlets
    for cluster_id, row in before.items():  # every other cluster is copied as it was
        if cluster_id != quote_id:
            assert after[cluster_id] == row
    kept, counted = keyword_frequencies(con, updated.base.run_id)  # the quote's cluster redone
    assert kept == counted
    # each claim cluster still lies inside one narrative
    rows = con.execute("select claim_cluster_id, narrative_id from claims_full "
                       "where kind <> 'teaser'").fetchall()
    nested = {}
    for claim_cluster, narrative_id in rows:
        assert nested.setdefault(claim_cluster, narrative_id) == narrative_id


def keyword_frequencies(con, run_id):
    """(kept by the run, counted again from its members)"""
    words = _WORDS.format(members="(select * from cluster_members where run_id = $run)")
    counted = dict(con.execute(f"select word, count(distinct cluster_id) from ({words}) "
                               "group by word", {"run": run_id, "stop": list(STOPWORDS)}
                               ).fetchall())
    kept = dict(con.execute("select word, n_clusters from cluster_words where run_id = ?",
                            [run_id]).fetchall())
    return kept, counted


def test_keyword_frequencies_are_updated_as_if_counted_again():
    con = build()
    cluster_claims(con, model="hash")
    add_docs(con, [("Night Post", "2024-04-01", [
        ("narration", None, None, "Heavy snow closed the mountain pass.")])])
    run = cluster_claims(con, model="hash")
    assert "updated_from" in run.params
    kept, counted = keyword_frequencies(con, run.run_id)
    assert kept == counted and kept["snow"] == 1


def test_full_reclusters_from_scratch_with_the_same_ids():
    con = build()
    cluster_claims(con, model="hash")
    add_docs(con, NEW_COPY)
    updated = cluster_claims(con, model="hash")
    groups = memberships(con, updated.run_id)
    full = cluster_claims(con, model="hash", full=True)
    assert full.run_id == updated.run_id and "updated_from" not in full.params
    assert full.is_new and memberships(con, full.run_id) == groups  # here an update is exact


def test_a_negation_stays_apart_when_a_new_claim_is_like_both():
    con = build()
    cluster_claims(con, model="hash")
    add_docs(con, [("Night Post", "2024-04-01", [("quote", "Anna Berg", "said", NEGATION)])])
    run = cluster_claims(con, model="hash")
    assert "updated_from" in run.params
    by_text = {}
    for text, cluster in con.execute("select text, claim_cluster_id from claims_full").fetchall():
        by_text.setdefault(text, set()).add(cluster)
    assert len(by_text[NEGATION]) == 1  # both copies of the negation together
    assert by_text[NEGATION] != by_text[QUOTE]


def test_removed_claims_or_many_new_ones_mean_a_full_run():
    con = build()
    first = cluster_claims(con, model="hash")
    con.execute("delete from claims where text = ?", [UNRELATED])
    assert "updated_from" not in cluster_claims(con, model="hash").params
    add_docs(con, [("Night Post", "2024-04-01", [  # 3 new claims of 9: over the 20 % share
        ("quote", "Anna Berg", "said", QUOTE), ("quote", "Karl Moe", "said", RELATED),
        ("quote", "Anna Berg", "said", RENDERING)])])
    run = cluster_claims(con, model="hash")
    assert run.run_id != first.run_id and "updated_from" not in run.params


def test_another_matcher_matches_and_clusters_everything_again(monkeypatch):
    """After an upgrade whose matcher decides otherwise, no pair of the old matcher stays."""
    from compare.match import scoring

    con = build()
    first = cluster_claims(con, model="hash")
    pairs = con.execute("select count(*) from claim_pairs").fetchone()[0]
    assert not cluster_claims(con, model="hash").is_new  # the same matcher: nothing to redo
    monkeypatch.setattr(scoring, "DECISION_VERSION", scoring.DECISION_VERSION + 1)
    scoring.matcher_fingerprint.cache_clear()
    try:
        again = cluster_claims(con, model="hash")
    finally:
        scoring.matcher_fingerprint.cache_clear()
    assert again.is_new and again.run_id != first.run_id and "updated_from" not in again.params
    assert again.params["matcher"] != first.params["matcher"]
    stored = json.loads(con.execute("select params from match_params").fetchone()[0])
    assert stored["matcher"] == again.params["matcher"]  # matched again, not kept
    assert con.execute("select count(*) from claim_pairs").fetchone()[0] == pairs
    assert memberships(con, again.run_id) == memberships(con, first.run_id)


def test_cli_full_option(tmp_path):
    db = tmp_path / "c.duckdb"
    con = build(db)
    cluster_claims(con, level="narrative", model="hash")
    add_docs(con, NEW_COPY)
    con.close()
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(db), "clusters", "--model", "hash", "--format",
                                 "json"])
    assert result.exit_code == 0, result.output
    import duckdb

    with duckdb.connect(str(db), read_only=True) as check:
        assert "updated_from" in json.loads(check.execute(
            "select params from cluster_runs order by created_at desc limit 1").fetchone()[0])
    result = runner.invoke(app, ["--db", str(db), "clusters", "--model", "hash", "--full",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["outlets"] == 4
    with duckdb.connect(str(db), read_only=True) as check:
        params = [json.loads(p) for (p,) in check.execute(
            "select params from cluster_runs where created_at = (select max(created_at) "
            "from cluster_runs r where r.level = cluster_runs.level)").fetchall()]
    assert params and all("updated_from" not in p for p in params)

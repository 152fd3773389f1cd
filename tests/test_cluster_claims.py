"""cluster_claims: claim- and narrative-level runs over a database (hash embedder: fast)."""

import json

import pytest

from cluster_corpus import (HEADLINE, NEGATION, QUOTE, RELATED, RENDERING, TEASER, UNRELATED,
                            add_docs, build)
from compare.cluster import cluster_claims
from compare.errors import CompareError


def clusters_by_text(con, column="claim_cluster_id"):
    return dict(con.execute(f"select text, {column} from claims_full").fetchall())


def test_every_rendering_of_a_quote_shares_one_claim_cluster():
    con = build()
    run = cluster_claims(con, model="hash")
    by_text = clusters_by_text(con)
    assert by_text[QUOTE] == by_text[RENDERING]
    assert len({by_text[t] for t in (QUOTE, HEADLINE, UNRELATED, RELATED)}) == 4
    assert run.is_new and run.n_claims == 7  # teaser left out, headline in
    row = con.execute("""select n_claims, n_docs, n_outlets, n_speakers, label, keywords,
                                first_seen_at::date::varchar, last_seen_at::date::varchar
                         from clusters where run_id = ? and cluster_id = ?""",
                      [run.run_id, by_text[QUOTE]]).fetchone()
    assert row[:4] == (3, 3, 3, 1)
    assert row[4] == QUOTE  # the medoid: the text two outlets share
    assert "cooperation" in row[5] and "we" not in row[5]
    assert row[6:] == ("2024-03-01", "2024-03-03")


def test_a_claim_and_its_negation_never_share_a_claim_cluster():
    con = build()
    cluster_claims(con, model="hash")
    conflicts = con.execute("select count(*) from claim_pairs where is_polarity_conflict"
                            ).fetchone()[0]
    by_text = clusters_by_text(con)
    assert conflicts >= 1
    assert by_text[NEGATION] != by_text[QUOTE]


def test_teasers_are_left_out_unless_asked_for():
    con = build()
    cluster_claims(con, model="hash")
    assert clusters_by_text(con)[TEASER] is None
    run = cluster_claims(con, model="hash", include_teasers=True)
    assert run.n_claims == 8 and run.params["include_teasers"] is True
    assert clusters_by_text(con)[TEASER] is not None


def test_a_second_run_on_unchanged_data_returns_the_same_run():
    con = build()
    first = cluster_claims(con, model="hash")
    again = cluster_claims(con, model="hash")
    assert again.run_id == first.run_id and not again.is_new
    assert con.execute("select count(*) from cluster_runs").fetchone()[0] == 1
    other = cluster_claims(con, model="hash", threshold=0.95)
    assert other.run_id != first.run_id
    assert json.loads(con.execute("select params from cluster_runs where run_id = ?",
                                  [other.run_id]).fetchone()[0])["threshold"] == 0.95


def test_ids_are_stable_when_documents_are_added(tmp_path):
    first_con = build(tmp_path / "a.duckdb")
    first = cluster_claims(first_con, model="hash")
    before = clusters_by_text(first_con)
    again = build(tmp_path / "b.duckdb")  # same data, another database: same ids
    assert clusters_by_text(again) == {t: None for t in before}
    cluster_claims(again, model="hash")
    assert clusters_by_text(again) == before

    add_docs(first_con, [("Night Post", "2024-04-01", [
        ("quote", "Anna Berg", "said", QUOTE),
        ("narration", None, None, "Heavy snow closed the mountain pass for three days.")])])
    second = cluster_claims(first_con, model="hash")
    after = clusters_by_text(first_con)
    assert second.run_id != first.run_id and second.n_claims == 9
    for text in (QUOTE, RENDERING, NEGATION, UNRELATED, HEADLINE, RELATED):
        assert after[text] == before[text]
    quote_cluster = first_con.execute(
        "select n_outlets from clusters where run_id = ? and cluster_id = ?",
        [second.run_id, after[QUOTE]]).fetchone()[0]
    assert quote_cluster == 4


def test_narrative_level_groups_claim_clusters():
    con = build()
    run = cluster_claims(con, level="narrative", model="hash", threshold=0.3)
    claim_run = con.execute("select run_id from cluster_runs where level = 'claim'").fetchone()[0]
    assert run.params["claim_run_id"] == claim_run
    rows = con.execute("select text, claim_cluster_id, narrative_id from claims_full "
                       "where kind <> 'teaser'").fetchall()
    narratives = {text: n for text, _, n in rows}
    assert narratives[QUOTE] == narratives[RENDERING] == narratives[NEGATION]
    assert narratives[UNRELATED] != narratives[QUOTE]
    assert all(n.startswith("n") for n in narratives.values())
    # each claim cluster lies inside one narrative
    nested = {}
    for _, claim_cluster, narrative in rows:
        assert nested.setdefault(claim_cluster, narrative) == narrative
    assert cluster_claims(con, level="narrative", model="hash", threshold=0.3).run_id == run.run_id


def test_similarity_to_the_medoid_is_recorded():
    con = build()
    run = cluster_claims(con, model="hash")
    sims = dict(con.execute("""select c.text, m.similarity from cluster_members m
                               join claims c using (claim_id) where m.run_id = ?""",
                            [run.run_id]).fetchall())
    assert sims[QUOTE] == pytest.approx(1.0)
    assert 0.3 < sims[RENDERING] < 1.0


def test_an_unknown_level_is_a_clear_error():
    with pytest.raises(CompareError, match="unknown level 'story'.*claim, narrative"):
        cluster_claims(build(), level="story", model="hash")


def test_old_runs_are_pruned():
    con = build()
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        cluster_claims(con, model="hash", threshold=threshold)
    runs = con.execute("select count(*) from cluster_runs").fetchone()[0]
    members = con.execute("select count(distinct run_id) from cluster_members").fetchone()[0]
    assert runs == members == 3


def test_without_matching_only_identical_texts_are_joined():
    con = build()
    cluster_claims(con, model="hash", match=False)
    assert con.execute("select count(*) from claim_pairs").fetchone()[0] == 0
    rows = con.execute("select text, claim_cluster_id from claims_full where text = ?",
                       [QUOTE]).fetchall()
    assert len(rows) == 2 and rows[0][1] == rows[1][1]  # two outlets, one text
    assert clusters_by_text(con)[RENDERING] != rows[0][1]

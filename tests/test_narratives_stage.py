"""The narratives stage on a tiny invented corpus (the fictional Norland), with the hash embedder:
matches and the polarity guard, incremental re-runs, the analyst's labels, propagation through
claim clusters, the views and the CLI."""

from datetime import date

import pytest
from typer.testing import CliRunner

from compare import db
from compare.cli import app
from compare.hashing import text_hash
from compare.narratives import (borderline_claims, import_codebook, label_claims,
                                narrative_evidence, score_narratives)

MODEL = "hash"
runner = CliRunner()

CODEBOOK = """\
codebook: norland
narratives:
  - id: open
    label: Norland is open to Europe
    description: Norland is open to cooperation with Europe.
  - id: storms
    label: Storms close roads
    description: Storms have closed the roads in the north.
  - id: fishing
    label: Quotas hurt fishing towns
    description: The new fishing quotas hurt the coastal towns.
"""
DOCS = [("d1", "Harbour Post", "2024-05-06"), ("d2", "North Star", "2024-05-08"),
        ("d3", "Daily Ledger", "2024-05-15")]
SPEAKERS = [("anna-berg", "Anna Berg"), ("olaf-dahl", "Olaf Dahl")]
CLAIMS = [  # claim_id, doc_id, text, kind, speaker_id
    ("c1", "d1", "Norland is open to cooperation with Europe and with its neighbours.", "quote",
     "anna-berg"),
    ("c2", "d2", "Norland is not open to cooperation with Europe.", "narration", None),
    ("c3", "d2", "The harbour will reopen next spring after the repairs.", "reported",
     "olaf-dahl"),
    ("c4", "d3", "Boats must register every catch at the harbour office each evening.", "quote",
     "anna-berg"),
    ("c5", "d3", "From now on boats must register every catch each evening.", "reported",
     "olaf-dahl"),
    ("c6", "d1", "The winter storms closed the northern roads.", "narration", None),
    ("c7", "d1", "The winter storms closed the northern roads again this week.", "narration",
     None),
    ("c8", "d2", "Also on North Star: storms closed the roads", "teaser", None),
]


def add_claims(con, docs, claims):
    for doc_id, outlet, day in docs:
        con.execute("insert into documents (doc_id, text_hash, outlet, published_at, text) "
                    "values (?, ?, ?, ?, 'text')", [doc_id, doc_id, outlet, day])
    for seq, (claim_id, doc_id, text, kind, speaker) in enumerate(claims):
        con.execute("insert into claims (claim_id, doc_id, seq, text, text_hash, kind, "
                    "speaker_id) values (?, ?, ?, ?, ?, ?, ?)",
                    [claim_id, doc_id, seq, text, text_hash(text), kind, speaker])


@pytest.fixture
def con(tmp_path):
    con = db.connect(tmp_path / "norland.duckdb")
    for speaker_id, name in SPEAKERS:
        con.execute("insert into speakers (speaker_id, name, kind) values (?, ?, 'person')",
                    [speaker_id, name])
    add_claims(con, DOCS, CLAIMS)
    (tmp_path / "norland.yaml").write_text(CODEBOOK, encoding="utf-8")
    import_codebook(con, tmp_path / "norland.yaml")
    yield con
    con.close()


def rows(con, source=None):
    """{(claim, narrative): (score rounded, is_match, guard)} of one source."""
    return {(r[0], r[1]): (round(r[2], 2), r[3], r[4]) for r in con.execute(
        "select claim_id, narrative_id, score, is_match, guard from claim_narratives "
        "where source = ?", [source]).fetchall()}


def matches(con):
    return sorted(con.execute("select claim_id, narrative_id, source from narrative_matches"
                              ).fetchall())


def test_matches_and_the_negation_guard(con):
    report = score_narratives(con, model=MODEL)
    assert (report.n_narratives, report.n_scored, report.full) == (3, 7, True)  # no teaser
    assert matches(con) == [("c1", "open", "model"), ("c6", "storms", "model"),
                            ("c7", "storms", "model")]
    model = rows(con, "model")
    assert model[("c2", "open")][1:] == (False, "negation")  # it denies the narrative
    assert model[("c2", "open")][0] > model[("c1", "open")][0] - 0.1  # though it scores high
    assert not any(claim in ("c3", "c8") for claim, _ in model)


def test_reruns_score_new_documents_only_and_everything_after_an_edit(con, tmp_path):
    score_narratives(con, model=MODEL)
    again = score_narratives(con, model=MODEL)
    assert (again.n_scored, again.full) == (0, False)
    add_claims(con, [("d4", "North Star", "2024-06-01")],
               [("c9", "d4", "Storms have closed the roads in the north again.", "narration",
                 None)])
    new = score_narratives(con, model=MODEL)
    assert (new.n_scored, new.full) == (1, False)
    assert ("c9", "storms", "model") in matches(con)
    (tmp_path / "norland.yaml").write_text(CODEBOOK.replace("in the north", "up north"),
                                           encoding="utf-8")
    import_codebook(con, tmp_path / "norland.yaml")
    edited = score_narratives(con, model=MODEL)
    assert (edited.n_scored, edited.full) == (8, True)
    cached = con.execute("select count(*) from embeddings").fetchone()[0]
    score_narratives(con, model=MODEL, full=True)  # the codebook's sentences come from the cache
    assert con.execute("select count(*) from embeddings").fetchone()[0] == cached


def test_labels_change_the_scores_on_the_next_run(con):
    score_narratives(con, model=MODEL)
    before = rows(con, "model")
    assert ("c5", "fishing") not in before or not before[("c5", "fishing")][1]
    assert before[("c6", "storms")][1:] == (True, None)
    label_claims(con, "fishing", accept=["c4"])       # an example of the narrative
    label_claims(con, "storms", reject=["c7"])        # a counter-example
    score_narratives(con, model=MODEL)
    after = rows(con, "model")
    assert after[("c5", "fishing")][1:] == (True, None)            # near the accepted claim
    assert after[("c5", "fishing")][0] > before.get(("c5", "fishing"), (0.1,))[0]
    assert after[("c6", "storms")][1:] == (False, "rejected-claim")  # a variant of the rejected
    assert rows(con, "analyst") == {("c4", "fishing"): (1.0, True, None),
                                    ("c7", "storms"): (0.0, False, None)}
    assert ("c4", "fishing", "analyst") in matches(con)
    assert not any(m[:2] == ("c7", "storms") for m in matches(con))
    label_claims(con, "storms", accept=["c7"])        # a claim relabelled keeps the last label
    score_narratives(con, model=MODEL)
    assert rows(con, "analyst")[("c7", "storms")] == (1.0, True, None)


def test_matches_propagate_through_claim_clusters_but_not_past_the_guard(con):
    con.execute("insert into cluster_runs (run_id, level, model, n_claims, n_clusters) "
                "values ('r1', 'claim', 'hash', 3, 1)")
    con.executemany("insert into cluster_members values ('r1', 'k1', ?, 1.0)",
                    [["c1"], ["c2"], ["c3"]])
    score_narratives(con, model=MODEL)
    assert con.execute("select claim_id, narrative_id, from_claim_id from claim_narratives "
                       "where source = 'propagated'").fetchall() == [("c3", "open", "c1")]


def test_a_claim_without_a_match_carries_its_nearest_entry_where_its_article_does(
        con, monkeypatch):
    from dataclasses import replace

    from compare.narratives import stage

    shipped = stage.load_params(MODEL)
    monkeypatch.setattr(stage, "load_params",
                        lambda name: replace(shipped, context_floor=0.3, threshold=0.5))
    weak = "Snow closed the northern passes."  # nearest: storms, not a match
    add_claims(con, [("d5", "Harbour Post", "2024-05-20"), ("d6", "North Star", "2024-05-20")],
               [("c10", "d5", "Storms have closed the roads in the north again today.",
                 "narration", None),
                ("c11", "d5", weak, "narration", None),
                ("c12", "d6", weak, "narration", None)])
    score_narratives(con, model=MODEL)
    model = rows(con, "model")
    assert model[("c10", "storms")][1] and not model.get(("c11", "storms"), (0, False))[1]
    assert con.execute("select nearest_id, nearest_similarity >= 0.3 from narrative_scored "
                       "where claim_id in ('c11', 'c12')").fetchall() == [("storms", True)] * 2
    context = con.execute("select claim_id, narrative_id, from_claim_id from claim_narratives "
                          "where source = 'context'").fetchall()
    assert ("c11", "storms", "c10") in context  # its article carries it
    assert not any(c[0] == "c12" for c in context)  # the same text alone in its article
    assert not any(c[0] in ("c6", "c7", "c10") for c in context)  # matched already
    _, near = borderline_claims(con, "storms", limit=10)
    assert {r[0]: r[2] for r in near}["c11"] == "match by context"
    label_claims(con, "storms", reject=["c11"])
    score_narratives(con, model=MODEL)
    assert not any(m[0] == "c11" for m in matches(con))


def test_views_and_evidence(con):
    score_narratives(con, model=MODEL)
    assert con.execute("select narrative_id, outlet, week, n_claims, n_docs, n_own_voice "
                       "from narrative_timeline").fetchall() == [
        ("open", "Harbour Post", date(2024, 5, 6), 1, 1, 0),
        ("storms", "Harbour Post", date(2024, 5, 6), 2, 1, 2)]
    assert con.execute("select narrative_id, speaker, n_claims, outlets "
                       "from narrative_by_speaker").fetchall() == [
        ("open", "Anna Berg", 1, ["Harbour Post"]), ("storms", None, 2, ["Harbour Post"])]
    found = narrative_evidence(con, "sto")  # a prefix is enough
    assert found["narrative"]["narrative_id"] == "storms"
    assert sorted(c[0] for c in found["claims"]) == ["c6", "c7"]
    assert [c[1] for c in found["claims"]] == sorted((c[1] for c in found["claims"]),
                                                     reverse=True)  # strongest first
    assert found["coverage"][0][:3] == ("Harbour Post", 2, 1)
    _, near = borderline_claims(con, "open", limit=5)
    assert {r[0]: r[2] for r in near} == {"c1": "match", "c2": "vetoed: negation"}


def cli(tmp_path, *args, **kw):
    return runner.invoke(app, ["--db", str(tmp_path / "norland.duckdb"), *args], **kw)


def test_cli_show_review_list_and_status(con, tmp_path):
    con.close()
    result = cli(tmp_path, "narratives", "score", "--model", MODEL)
    assert result.exit_code == 0 and "Scored 7 claims against 3 narratives" in result.output
    result = cli(tmp_path, "narratives", "show", "storms")
    assert result.exit_code == 0, result.output
    assert "Storms have closed the roads in the north." in result.output
    result = cli(tmp_path, "narratives", "show", "storms", "--format", "csv")
    assert result.output.splitlines()[0] == "claim_id,score,source,date,outlet,speaker,kind,text"
    result = cli(tmp_path, "narratives", "review", "fishing", "--accept", "c4", "--model", MODEL)
    assert result.exit_code == 0, result.output
    assert "1 accepted, 0 rejected" in result.output
    result = cli(tmp_path, "narratives", "review", "open", "--model", MODEL, input="r\nq\n")
    assert result.exit_code == 0, result.output
    assert "0 accepted, 1 rejected" in result.output
    result = cli(tmp_path, "narratives", "list", "--format", "csv")
    assert result.output.splitlines()[1].startswith("open,Norland is open to Europe,norland,")
    result = cli(tmp_path, "status")
    assert "narratives" in result.output and "up to date" in result.output
    result = cli(tmp_path, "narratives", "show", "nope")
    assert result.exit_code == 1 and result.output.startswith("Error: no narrative 'nope'")
    result = cli(tmp_path, "narratives", "review", "open", "--accept", "zz")
    assert result.exit_code == 1 and "no claim 'zz'" in result.output


def test_the_pipeline_scores_after_clustering_once_a_codebook_is_imported(con):
    from compare.pipeline import run_pipeline, stage_status

    con.execute("insert into extractions (doc_id, extractor) select doc_id, 'test' "
                "from documents")
    assert ("narratives", 7) in [(s.stage, s.pending) for s in stage_status(con, model=MODEL)]
    summary = run_pipeline(con, model=MODEL)
    assert summary["narratives"].n_scored == 7
    assert ("narratives", 0) in [(s.stage, s.pending) for s in stage_status(con, model=MODEL)]
    assert ("c1", "open", "model") in matches(con)


def test_the_notebook_api_scores_and_reads_narratives(tmp_path):
    import compare
    from compare.errors import CompareError

    path = tmp_path / "ws.duckdb"
    setup = db.connect(path)
    for speaker_id, name in SPEAKERS:
        setup.execute("insert into speakers (speaker_id, name, kind) values (?, ?, 'person')",
                      [speaker_id, name])
    add_claims(setup, DOCS, CLAIMS)
    setup.close()
    (tmp_path / "norland.yaml").write_text(CODEBOOK, encoding="utf-8")
    with compare.open(path) as ws:
        assert len(ws.import_codebook(tmp_path / "norland.yaml")["added"]) == 3
        assert ws.score_narratives(model=MODEL).n_scored == 7
        assert [r[0] for r in ws.narratives().select("narrative_id").fetchall()] == [
            "fishing", "open", "storms"]
        assert ws.narrative_claims("stor").df()["claim_id"].tolist() in (["c6", "c7"],
                                                                         ["c7", "c6"])
        ws.label_narrative_claims("open", reject=["c1"])
        ws.score_narratives(model=MODEL)
        assert "c1" not in ws.narrative_claims("open").df()["claim_id"].tolist()
        with pytest.raises(CompareError):
            ws.narrative_claims("no-such-narrative")

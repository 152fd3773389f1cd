"""The analyst's cluster edits (compare/cluster/edits.py, replay.py): merge, split, move and
label at both levels stay in force after incremental and full runs, and undoing them restores
the computed clustering."""

import json

import pytest
from typer.testing import CliRunner

from cluster_corpus import (HEADLINE, NEGATION, QUOTE, RELATED, RENDERING, TEASER, UNRELATED,
                            add_docs, build)
from compare.cli import app
from compare.cluster import cluster_claims
from compare.cluster.browse import latest_run
from compare.cluster.edits import (label_cluster, list_cluster_edits, merge_clusters, move_claim,
                                   split_cluster, undo_cluster_edit)
from compare.errors import CompareError
from test_cluster_update import NEW_COPY, keyword_frequencies, memberships

LEVEL_COLUMN = {"claim": "claim_cluster_id", "narrative": "narrative_id"}

# (level, action, claim texts): each edit names its clusters through claims of the fixture
EDITS = [
    ("claim", "merge", (QUOTE, RELATED)),         # the cluster of RELATED joins QUOTE's
    ("claim", "split", (QUOTE, RENDERING)),       # RENDERING leaves QUOTE's cluster
    ("claim", "move", (HEADLINE, UNRELATED)),     # HEADLINE goes to UNRELATED's cluster
    ("claim", "label", (NEGATION, "Denial of cooperation")),
    ("narrative", "split", (QUOTE, NEGATION)),
    ("narrative", "move", (RELATED, QUOTE)),
    ("narrative", "merge", (UNRELATED, HEADLINE)),
    ("narrative", "label", (QUOTE, "Cooperation with the north")),
]


def claim_id(con, text):
    return con.execute("select min(claim_id) from claims where text = ?", [text]).fetchone()[0]


def cluster_of(con, level, text):
    return con.execute(f"select min({LEVEL_COLUMN[level]}) from claims_full where text = ?",
                       [text]).fetchone()[0]


def texts_of(con, level, text):
    """The texts in the cluster of ``text`` (latest run of the level)."""
    col = LEVEL_COLUMN[level]
    return {r[0] for r in con.execute(f"select text from claims_full where {col} = ?",
                                      [cluster_of(con, level, text)]).fetchall()}


def label_of(con, level, text):
    return con.execute("select label from clusters where run_id = ? and cluster_id = ?",
                       [latest_run(con, level), cluster_of(con, level, text)]).fetchone()[0]


def arguments(con, level, action, texts):
    """The ids an analyst would give for the edit, read from the latest runs."""
    if action == "merge":
        return cluster_of(con, level, texts[0]), cluster_of(con, level, texts[1])
    if action == "split":
        return cluster_of(con, level, texts[0]), [claim_id(con, texts[1])]
    if action == "move":
        return claim_id(con, texts[0]), cluster_of(con, level, texts[1])
    return cluster_of(con, level, texts[0]), texts[1]


CALLS = {"merge": merge_clusters, "split": split_cluster, "move": move_claim,
         "label": label_cluster}


def apply(con, level, action, texts):
    return CALLS[action](con, *arguments(con, level, action, texts))


def in_force(con, level, action, texts):
    if action == "merge":
        return texts[1] in texts_of(con, level, texts[0])
    if action == "split":
        return texts_of(con, level, texts[1]) == {texts[1]}
    if action == "move":
        return texts[0] in texts_of(con, level, texts[1])
    return label_of(con, level, texts[0]) == texts[1]


def check_all(con):
    assert [e for e in EDITS if not in_force(con, *e)] == []
    for level in ("claim", "narrative"):
        kept, counted = keyword_frequencies(con, latest_run(con, level))
        assert kept == counted


def computed(con):
    """The latest computed run of each level: its memberships and labels."""
    out = {}
    for level in ("claim", "narrative"):
        run_id = latest_run(con, level)
        params = json.loads(con.execute("select params from cluster_runs where run_id = ?",
                                        [run_id]).fetchone()[0])
        assert "edited_from" not in params
        out[level] = (set(memberships(con, run_id).values()), sorted(r[0] for r in con.execute(
            "select label from clusters where run_id = ?", [run_id]).fetchall()))
    return out


def run(con, full=False):
    return cluster_claims(con, level="narrative", model="hash", full=full)


def test_edits_stay_in_force_through_incremental_and_full_runs_and_undo_restores():
    con = build()
    run(con)
    for edit in EDITS:
        assert apply(con, *edit).is_new
    check_all(con)
    assert all(row["in_force"] for row in list_cluster_edits(con))

    add_docs(con, NEW_COPY)  # an incremental run: the new copy of QUOTE joins its cluster
    narrative = run(con)
    assert "updated_from" in narrative.params and "updated_from" in narrative.base.params
    assert narrative.params["edited_from"] != narrative.run_id
    check_all(con)
    assert "Night Post" in {r[0] for r in con.execute(
        "select outlet from claims_full where claim_cluster_id = ?",
        [cluster_of(con, "claim", RELATED)]).fetchall()}

    narrative = run(con, full=True)
    assert "updated_from" not in narrative.params
    check_all(con)
    assert run(con).run_id == narrative.run_id  # nothing new: the same edited run

    for row in list_cluster_edits(con):
        undo_cluster_edit(con, row["edit_id"])
    fresh = build()
    add_docs(fresh, NEW_COPY)
    run(fresh, full=True)
    assert computed(con) == computed(fresh)


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: f"{e[0]}-{e[1]}")
def test_each_edit_alone_and_its_reissue_is_a_no_op(edit):
    con = build()
    run(con)
    before = computed(con)
    args = arguments(con, *edit)
    first = CALLS[edit[1]](con, *args)
    assert first.is_new and in_force(con, *edit)
    again = CALLS[edit[1]](con, *args)  # as typed the first time
    assert not again.is_new and again.edit.edit_id in (0, first.edit.edit_id)
    assert len(list_cluster_edits(con)) == 1
    undo_cluster_edit(con, first.edit.edit_id)
    assert computed(con) == before and list_cluster_edits(con) == []


def test_an_edit_whose_claim_is_gone_is_inert():
    con = build()
    run(con)
    move = apply(con, "claim", "move", (HEADLINE, UNRELATED))
    con.execute("delete from claims where text = ?", [HEADLINE])
    run(con)
    assert HEADLINE not in texts_of(con, "claim", UNRELATED)
    [row] = list_cluster_edits(con)
    assert row["edit_id"] == move.edit.edit_id and not row["in_force"]


def _same(con):
    merge_clusters(con, cluster_of(con, "claim", QUOTE), cluster_of(con, "claim", QUOTE))


@pytest.mark.parametrize("call, message", [
    (lambda con: merge_clusters(con, "c000000", cluster_of(con, "claim", QUOTE)),
     "no cluster 'c000000' in the latest runs (close ids: "),
    (_same, "cannot be merged with itself"),
    (lambda con: merge_clusters(con, cluster_of(con, "claim", QUOTE),
                                cluster_of(con, "narrative", QUOTE)),
     "is a narrative cluster and"),
    (lambda con: split_cluster(con, cluster_of(con, "claim", QUOTE), [claim_id(con, NEGATION)]),
     "is not in c"),
    (lambda con: split_cluster(con, cluster_of(con, "claim", UNRELATED), ["#1"]),
     "nothing is left to split off"),
    (lambda con: split_cluster(con, cluster_of(con, "claim", QUOTE), ["#9"]),
     "no row #9 in `compare show"),
    (lambda con: move_claim(con, "zzz", cluster_of(con, "claim", QUOTE)), "no claim 'zzz'"),
    (lambda con: move_claim(con, claim_id(con, TEASER), cluster_of(con, "claim", QUOTE)),
     "is in no claim cluster of the latest run"),
    (lambda con: label_cluster(con, cluster_of(con, "claim", QUOTE), "  "), "the label is empty"),
    (lambda con: undo_cluster_edit(con, 42), "no cluster edit 42"),
])
def test_errors_say_what_to_do_and_write_nothing(call, message):
    con = build()
    run(con)
    with pytest.raises(CompareError) as err:
        call(con)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert list_cluster_edits(con) == []


def cli(db, *args):
    return CliRunner().invoke(app, ["--db", str(db), *args])


def test_cli_edits_show_and_undo(tmp_path):
    db = tmp_path / "c.duckdb"
    con = build(db)
    run(con)
    quote, related = cluster_of(con, "claim", QUOTE), cluster_of(con, "claim", RELATED)
    headline, unrelated = claim_id(con, HEADLINE), cluster_of(con, "claim", UNRELATED)
    headline_cluster = cluster_of(con, "claim", HEADLINE)
    con.close()
    result = cli(db, "clusters", "merge", quote, related[:7], "--note", "same statement")
    assert result.exit_code == 0, result.output
    assert result.output == f"Merged {related} into {quote}: 1 claim moved (edit 1).\n"
    assert cli(db, "clusters", "merge", quote, related).output.startswith("Nothing to do:")
    result = cli(db, "clusters", "move", headline[:8], "--to", unrelated)
    assert result.output == (f"Moved claim {headline[:8]} from {headline_cluster} to "
                             f"{unrelated} (edit 2).\n")
    assert cli(db, "clusters", "split", quote, "#2").exit_code == 0
    assert cli(db, "clusters", "label", unrelated, "Rates and partners").exit_code == 0

    listed = json.loads(cli(db, "clusters", "edits", "--format", "json").output)
    assert [(e["edit_id"], e["action"], e["in_force"]) for e in listed] == [
        (1, "merge", True), (2, "move", True), (3, "split", True), (4, "label", True)]
    assert listed[0]["what"] == f"{related} into {quote}" and listed[0]["note"] == "same statement"
    table = cli(db, "clusters", "--model", "hash", "--limit", "0").output
    assert "Rates and partners [edited]" in table
    shown = cli(db, "show", unrelated)
    assert "edited by the analyst: claim moved in (edit 2), labelled (edit 4)" in shown.output
    assert "\u21b3 moved here by the analyst (edit 2)" in shown.output
    versions = json.loads(cli(db, "show", unrelated, "--format", "json").output)
    assert {v["evidence_kind"] for v in versions if v["claim_id"] == headline} == {"analyst"}

    result = cli(db, "clusters", "undo", "2")
    assert result.output == (f"Undid edit 2 (move claim {headline[:8]} from {headline_cluster} "
                             f"to {unrelated}).\n")
    assert "moved here" not in cli(db, "show", unrelated).output
    assert cli(db, "clusters", "undo", "2").output == \
        "Error: no cluster edit 2 (`compare clusters edits` lists them)\n"
    assert cli(db, "clusters", "edits", "--level", "story").output.startswith(
        "Error: unknown level 'story'")


def test_the_notebook_api_calls_the_same_functions(tmp_path):
    import compare

    db = tmp_path / "c.duckdb"
    con = build(db)
    run(con)
    quote, related = cluster_of(con, "claim", QUOTE), cluster_of(con, "claim", RELATED)
    con.close()
    with compare.open(db) as ws:
        edit = ws.merge_clusters(quote, related, note="one statement").edit
        assert [e["what"] for e in ws.cluster_edits()] == [f"{related} into {quote}"]
        assert ws.claims(cluster=quote).count("*").fetchone()[0] == 4
        ws.undo_cluster_edit(edit.edit_id)
        assert ws.cluster_edits() == [] and ws.claims(cluster=quote).count("*").fetchone()[0] == 3

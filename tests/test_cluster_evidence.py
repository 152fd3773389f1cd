"""Per-version evidence (compare.cluster.evidence): why each version is in its cluster, one
table of cases (each kind and a near miss that must not get it), then `compare show` and the
reports. Hand-written rows with invented text: no extractor, no embedder."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

import lxml.html
import pytest
from typer.testing import CliRunner

from compare import db
from compare.cli import app
from compare.cluster.evidence import (LINKED, PARAPHRASE, REPORTED, SAME_QUOTE, VERBATIM, VIA,
                                      cluster_evidence)
from compare.hashing import text_hash
from compare.report import render_report

MODEL = "fake"
TUNNEL = "The harbour tunnel will open to traffic before the first snow this year"
SAID = f"“{TUNNEL},” Mayor Ilse Varn said on Monday."
TOLD = f"Mayor Ilse Varn told the council: “{TUNNEL}.”"
REPORTED_TEXT = "Ilse Varn said the tunnel under the harbour would be finished before winter."
OTHER_QUOTE = "“The tunnel under the harbour will be done by winter,” Varn added."
HEADLINE = "Harbour tunnel to open before snow, mayor says"


@dataclass
class V:
    """One version: its own document unless ``doc`` is given (dates follow the list order)."""

    key: str
    text: str
    kind: str = "quote"
    speaker: str | None = "ilse-varn"
    content: str | None = None
    doc: str | None = None
    republished_from: str | None = None
    outlet: str | None = None


def pair(a, b, *, score=0.9, cosine=0.9, same=True, verbatim=False, conflict=False, model=MODEL):
    return dict(a=a, b=b, score=score, cosine=cosine, same=same, verbatim=verbatim,
                conflict=conflict, model=model)


def build(versions, pairs=(), *, path=":memory:", narrative=None, params="{}"):
    """A database whose latest claim run (with ``params``) holds one cluster ``c1`` of
    ``versions``. ``narrative``: claim clusters (lists of keys) that a narrative ``n1`` of the
    latest narrative run joins."""
    con = db.connect(str(path))
    start = dt.datetime(2024, 5, 1, 9)
    for i, v in enumerate(versions):
        doc = v.doc or f"d-{v.key}"
        con.execute("""insert or ignore into documents (doc_id, text_hash, republished_from,
                       outlet, url, published_at, text) values (?, ?, ?, ?, ?, ?, '')""",
                    [doc, text_hash(doc), v.republished_from, v.outlet or f"Outlet {doc[2:]}",
                     f"https://example.org/{doc}", start + dt.timedelta(hours=i)])
        if v.speaker:
            con.execute("insert or ignore into speakers (speaker_id, name) values (?, ?)",
                        [v.speaker, v.speaker.replace("-", " ").title()])
        con.execute("""insert into claims (claim_id, doc_id, seq, text, text_hash, kind, speaker_id,
                       content) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    [v.key, doc, i, v.text, text_hash(v.text), v.kind, v.speaker, v.content])
    for p in pairs:
        a, b = sorted((p["a"], p["b"]))
        con.execute("""insert into claim_pairs (claim_id_a, claim_id_b, model, cosine, fuzz,
                       score, is_verbatim, is_polarity_conflict, is_same_claim)
                       values (?, ?, ?, ?, 70, ?, ?, ?, ?)""",
                    [a, b, p["model"], p["cosine"], p["score"], p["verbatim"], p["conflict"],
                     p["same"] and not p["conflict"]])
    groups = narrative or [[v.key for v in versions]]
    con.execute("""insert into cluster_runs (run_id, level, model, params, created_at)
                   values ('run-c', 'claim', ?, ?, '2026-01-01 10:00')""", [MODEL, params])
    for n, keys in enumerate(groups, 1):
        _cluster(con, "run-c", f"c{n}", keys)
    if narrative:
        con.execute("""insert into cluster_runs (run_id, level, model, params, created_at)
                       values ('run-n', 'narrative', ?, '{"claim_run_id": "run-c"}',
                               '2026-01-01 10:01')""", [MODEL])
        _cluster(con, "run-n", "n1", [k for keys in groups for k in keys])
    return con


def _cluster(con, run_id, cluster_id, keys):
    con.execute("""insert into clusters (run_id, cluster_id, label, medoid_claim_id, n_claims,
                   n_docs, n_outlets, n_speakers) values (?, ?, ?, ?, ?, ?, ?, 1)""",
                [run_id, cluster_id, f"label of {cluster_id}", keys[0], len(keys), len(keys),
                 len(keys)])
    for k in keys:
        con.execute("insert into cluster_members values (?, ?, ?, 1.0)", [run_id, cluster_id, k])


@dataclass
class Case:
    name: str
    versions: list
    pairs: list = field(default_factory=list)
    member: str = "b"
    kind: str = ""
    partner: str | None = "a"
    words: str = ""  # expected in the description (partner named by its claim id)


CASES = [
    # verbatim: the same normalised text, no pair needed; a republished article says so
    Case("same text", [V("a", SAID), V("b", SAID.replace("“", '"').replace("”", '"'))],
         kind=VERBATIM, words="verbatim of a"),
    Case("republished article", [V("a", SAID), V("b", SAID, republished_from="d-a")],
         kind=VERBATIM, words="verbatim of a (republished article)"),
    Case("a text repeated in one article is no republication",
         [V("a", SAID), V("b", SAID, doc="d-a")], kind=VERBATIM, words="verbatim of a"),
    Case("stored verbatim pair (a fragment)", [V("a", SAID), V("b", f"“{TUNNEL}.”")],
         [pair("a", "b", verbatim=True, score=0.4)], kind=VERBATIM, words="verbatim of a"),
    Case("near-identical text without a pair is not verbatim",
         [V("a", SAID), V("b", SAID.replace("Monday", "Tuesday"))], kind=LINKED, partner=None,
         words="linked through 1 other version"),
    # same quote: the same attributed words in another frame
    Case("same quote", [V("a", SAID, content=TUNNEL), V("b", TOLD, content=TUNNEL)],
         [pair("a", "b", verbatim=True, score=0.35)], kind=SAME_QUOTE, words="same quote as a"),
    Case("a quote inside a longer one is the same quote",
         [V("a", SAID, content=TUNNEL), V("b", TOLD, content=TUNNEL + " and under budget")],
         [pair("a", "b", verbatim=True)], kind=SAME_QUOTE),
    Case("other words are not the same quote",
         [V("a", SAID, content=TUNNEL),
          V("b", OTHER_QUOTE, content="The tunnel under the harbour will be done by winter")],
         [pair("a", "b", score=0.81)], kind=PARAPHRASE, words="paraphrase of a (p=0.81)"),
    Case("a quote of under six words is not the same quote",
         [V("a", "“We will finish it,” Varn said.", content="We will finish it"),
          V("b", "Varn told reporters: “We will finish it.”", content="We will finish it")],
         [pair("a", "b", verbatim=True)], kind=VERBATIM),
    Case("without content there is no same quote", [V("a", SAID), V("b", TOLD)],
         [pair("a", "b", verbatim=True)], kind=VERBATIM),
    # reported speech of the same speaker
    Case("reported speech of the quote's speaker",
         [V("a", SAID, content=TUNNEL), V("b", REPORTED_TEXT, kind="reported")],
         [pair("a", "b", score=0.74)], kind=REPORTED,
         words="reported speech of the same speaker as a (p=0.74)"),
    Case("same speaker, both quotes: a paraphrase",
         [V("a", SAID), V("b", OTHER_QUOTE)], [pair("a", "b", score=0.74)], kind=PARAPHRASE),
    Case("quote and reported speech of different speakers: a paraphrase",
         [V("a", SAID), V("b", REPORTED_TEXT, kind="reported", speaker="oskar-lem")],
         [pair("a", "b", score=0.74)], kind=PARAPHRASE),
    Case("quote and reported speech without speakers: a paraphrase",
         [V("a", SAID, speaker=None), V("b", REPORTED_TEXT, kind="reported", speaker=None)],
         [pair("a", "b", score=0.74)], kind=PARAPHRASE),
    Case("headline and reported speech of the same speaker: a paraphrase",
         [V("a", HEADLINE, kind="headline"), V("b", REPORTED_TEXT, kind="reported")],
         [pair("a", "b", score=0.74)], kind=PARAPHRASE),
    # paraphrase, via, linked
    Case("paraphrase", [V("a", HEADLINE, kind="headline"), V("b", OTHER_QUOTE)],
         [pair("a", "b", score=0.83)], kind=PARAPHRASE, words="paraphrase of a (p=0.83)"),
    Case("a pair the matcher rejected is no paraphrase: via",
         [V("a", HEADLINE, kind="headline"), V("b", OTHER_QUOTE)],
         [pair("a", "b", score=0.41, cosine=0.71, same=False)], kind=VIA,
         words="via a (p=0.41, cos 0.71)"),
    Case("a polarity conflict is no evidence",
         [V("a", HEADLINE, kind="headline"), V("b", OTHER_QUOTE)],
         [pair("a", "b", conflict=True)], kind=LINKED, partner=None),
    Case("another model's pair is no evidence",
         [V("a", HEADLINE, kind="headline"), V("b", OTHER_QUOTE)],
         [pair("a", "b", model="other")], kind=LINKED, partner=None),
    Case("no pair at all: linked through the others",
         [V("a", HEADLINE, kind="headline"), V("b", OTHER_QUOTE), V("c", REPORTED_TEXT)],
         [pair("a", "c", score=0.9)], kind=LINKED, partner=None,
         words="linked through 2 other versions"),
    # the strongest pair wins: accepted before rejected, then by probability
    Case("the strongest pair", [V("a", HEADLINE, kind="headline"), V("b", OTHER_QUOTE),
                                V("c", SAID)],
         [pair("b", "c", score=0.95, same=False), pair("a", "b", score=0.6),
          pair("b", "c", score=0.7, model="other")], kind=PARAPHRASE,
         words="paraphrase of a (p=0.60)"),
    # copies of a text: the earliest speaks for them, with a pair stored for a later copy
    Case("the earliest copy gets its text's pair",
         [V("b", SAID), V("a", HEADLINE, kind="headline"), V("c", SAID)],
         [pair("c", "a", score=0.77)], kind=PARAPHRASE, words="paraphrase of a (p=0.77)"),
    Case("a later copy is verbatim of the earliest",
         [V("a", SAID), V("x", HEADLINE, kind="headline"), V("b", SAID)],
         [pair("b", "x", score=0.77)], kind=VERBATIM, words="verbatim of a"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_evidence_of_a_version(case):
    con = build(case.versions, case.pairs)
    evidence = cluster_evidence(con, "run-c", ["c1"])["c1"]
    assert set(evidence.members) == {v.key for v in case.versions}
    found = evidence.members[case.member]
    assert (found.kind, found.partner) == (case.kind, case.partner)
    described = found.describe(lambda claim_id: claim_id)
    assert case.words in described
    assert found.republished == described.endswith("(republished article)")


def test_via_under_the_score_linkage_gives_the_mean_with_the_other_texts():
    versions = [V("a", HEADLINE, kind="headline"), V("b", OTHER_QUOTE), V("c", REPORTED_TEXT)]
    pairs = [pair("a", "b", score=0.4, cosine=0.71, same=False),
             pair("b", "c", score=0.3, same=False), pair("a", "c", score=0.9)]
    by_score = build(versions, pairs, params='{"linkage": "score"}')
    found = cluster_evidence(by_score, "run-c", ["c1"])["c1"].members["b"]
    assert found.describe(lambda claim_id: claim_id) == \
        "via a (p=0.40, cos 0.71; mean p=0.35 with 2 other texts)"
    guarded = cluster_evidence(build(versions, pairs), "run-c", ["c1"])["c1"].members["b"]
    assert guarded.describe(lambda claim_id: claim_id) == "via a (p=0.40, cos 0.71)"


def test_a_single_claim_has_no_evidence_and_unknown_runs_none():
    con = build([V("a", SAID)])
    assert cluster_evidence(con, "run-c", ["c1"])["c1"].members == {}
    assert cluster_evidence(con, "no-such-run", ["c1"]) == {}


def narrative_corpus(path=":memory:"):
    """Two claim clusters (the quote and its copy; a reported version) and a lone headline in
    one narrative: a rejected pair joins the first two, nothing joins the headline."""
    return build([V("a", SAID, outlet="North Post"), V("b", SAID, outlet="South Post"),
                  V("r", REPORTED_TEXT, kind="reported", outlet="West Post"),
                  V("h", HEADLINE, kind="headline", outlet="East Post")],
                 [pair("b", "r", score=0.3, cosine=0.66, same=False)], path=path,
                 narrative=[["a", "b"], ["r"], ["h"]])


def test_narrative_says_which_claim_clusters_it_joins_and_how():
    con = narrative_corpus()
    evidence = cluster_evidence(con, "run-n", ["n1"])["n1"]
    assert evidence.claim_cluster == {"a": "c1", "b": "c1", "r": "c2", "h": "c3"}
    described = {k: e.describe(lambda c: c) for k, e in evidence.members.items()}
    assert described == {"a": "via r (p=0.30, cos 0.66)", "b": "verbatim of a",
                         "r": "via a (p=0.30, cos 0.66)", "h": "linked through 3 other versions"}
    links = {link.cluster_id: link for link in evidence.links}
    assert [link.cluster_id for link in evidence.links] == ["c1", "c2", "c3"]  # largest first
    assert (links["c1"].n_claims, links["c1"].label) == (2, "label of c1")
    assert links["c2"].describe(lambda c: c) == "joins c1 through r \u2194 a (p=0.30, cos 0.66)"
    assert links["c3"].joins is None and "no stored pair" in links["c3"].describe()


# --- compare show ----------------------------------------------------------------------------

def show(path, *args):
    return CliRunner().invoke(app, ["--db", str(path), "show", *args], env={"COLUMNS": "220"})


SHOWN = [V("a", SAID, content=TUNNEL, outlet="Alpha Times"),
         V("b", TOLD, content=TUNNEL, outlet="[b]Beta[/b] Post"),
         V("c", REPORTED_TEXT, kind="reported", outlet="Gamma Wire"),
         V("d", SAID, republished_from="d-a", outlet="Delta Daily")]
SHOWN_PAIRS = [pair("a", "b", verbatim=True, score=0.35), pair("a", "c", score=0.74)]


def test_show_prints_the_evidence_under_each_version(tmp_path):
    build(SHOWN, SHOWN_PAIRS, path=tmp_path / "e.duckdb").close()
    result = show(tmp_path / "e.duckdb", "c1")
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.strip("│ ").split()) for line in result.output.splitlines()]
    # rows by outlet (a, d, c, b), markup printed literally; the evidence under each text
    numbered = [line.split(" │ ")[:2] for line in lines if re.match(r"\d+ │", line)]
    assert numbered == [["1", "Alpha Times"], ["2", "Delta Daily"], ["3", "Gamma Wire"],
                        ["4", "[b]Beta[/b] Post"]]
    assert [line.split("│ ")[-1] for line in lines if "\u21b3" in line] == [
        "\u21b3 same quote as #4", "\u21b3 verbatim of #1 (republished article)",
        "\u21b3 reported speech of the same speaker as #1 (p=0.74)",
        "\u21b3 same quote as #1"]


def test_show_json_has_the_evidence_columns(tmp_path):
    build(SHOWN, SHOWN_PAIRS, path=tmp_path / "e.duckdb").close()
    rows = {r["claim_id"]: r for r in json.loads(show(tmp_path / "e.duckdb", "c1", "--format",
                                                      "json").output)}
    assert rows["c"]["evidence_kind"] == REPORTED and rows["c"]["evidence_of"] == "a"
    assert rows["c"]["evidence_score"] == pytest.approx(0.74)
    assert rows["c"]["evidence"] == "reported speech of the same speaker as a (p=0.74)"
    assert rows["d"]["evidence"] == "verbatim of a (republished article)"
    assert "claim_cluster" not in rows["a"]


def test_show_a_narrative_lists_the_claim_clusters_it_joins(tmp_path):
    narrative_corpus(tmp_path / "n.duckdb").close()
    result = show(tmp_path / "n.duckdb", "n1")
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "joins 3 claim clusters:" in out
    # rows by outlet: East (h), North (a), South (b), West (r)
    assert "\u21b3 c3: linked through 3 other versions" in out
    assert "c1 (2 versions): label of c1 joins c2 through #2 \u2194 #4 (p=0.30, cos 0.66)" in out
    assert "c3 (1 version): label of c3 no stored pair" in out
    assert "\u21b3 c2: via #2 (p=0.30, cos 0.66)" in out and "\u21b3 c1: verbatim of #2" in out
    rows = json.loads(show(tmp_path / "n.duckdb", "n1", "--format", "json").output)
    assert {r["claim_id"]: r["claim_cluster"] for r in rows} == \
        {"a": "c1", "b": "c1", "r": "c2", "h": "c3"}


# --- reports ---------------------------------------------------------------------------------

def test_markdown_report_has_an_evidence_column():
    md = render_report(build(SHOWN, SHOWN_PAIRS), fmt="md")
    rows = [line for line in md.splitlines() if line.startswith("| ") and "example.org" in line]
    evidence = [re.split(r"(?<!\\)\|", line)[8].strip() for line in rows]
    assert evidence == ["same quote as the quote in \\[b\\]Beta\\[/b\\] Post",
                        "same quote as the quote in Alpha Times",
                        "reported speech of the same speaker as the quote in Alpha Times (p=0.74)",
                        "verbatim of the quote in Alpha Times (republished article)"]
    assert "| evidence |" in md


def test_html_report_shows_the_evidence_escaped():
    hostile = [V("a", SAID, outlet="<b>Alpha</b> & Co"), *SHOWN[1:]]
    doc = lxml.html.document_fromstring(render_report(build(hostile, SHOWN_PAIRS), fmt="html"))
    assert doc.xpath("//b") == []
    found = {a.get("data-claim"): a.xpath(".//p[@class='evidence']")
             for a in doc.xpath("//article[@data-claim]")}
    [reported] = found["c"]
    assert reported.get("data-kind") == REPORTED
    assert reported.text_content() == ("evidence reported speech of the same speaker as "
                                       "the quote in <b>Alpha</b> & Co (p=0.74)")
    assert found["d"][0].get("data-kind") == VERBATIM


def test_narrative_report_names_claim_clusters_and_their_joins():
    con = narrative_corpus()
    md = render_report(con, fmt="md", level="narrative")
    assert "c2: via the quote in North Post (p=0.30, cos 0.66)" in md
    assert ("(`c2`), joins c1 through the reported speech in West Post \u2194 the quote in "
            "North Post (p=0.30, cos 0.66)") in md
    doc = lxml.html.document_fromstring(render_report(con, fmt="html", level="narrative"))
    joins = doc.xpath("//span[@class='related']//span[@class='joins']/text()")
    assert any("no stored pair" in j for j in joins) and len(joins) == 3

"""Ingest: every input format, the manifest, re-ingest, republications, through library and CLI."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare import db
from compare.cli import app
from compare.ingest import IngestReport, ingest_paths

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SCRAPES = FIXTURES / "scrapes"
FORMATS = FIXTURES / "formats"
CHROME = ["top of page", "bottom of page", "12 views", "Subscribe and keep up to date",
          "Share this story!", "Harbor Ledger\n", "The coastal desk", "5 Mar, 2020"]


@pytest.fixture
def con():
    c = db.connect(":memory:")
    yield c
    c.close()


def rows(con, sql):
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def by_title(con):
    return {r["title"]: r for r in rows(con, "select * from documents")}


def test_scrapes_with_manifest_cli(tmp_path):
    """The seeds check on our own fixture: 2 documents, manifest metadata, no page chrome."""
    dbfile = tmp_path / "x.duckdb"
    result = CliRunner().invoke(app, ["--db", str(dbfile), "ingest", str(SCRAPES),
                                      "--manifest", str(SCRAPES / "manifest.csv")])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ("ingested 2, unchanged 0, republications 0, skipped 0; "
                                     "1 file not in the manifest left out")
    con = db.connect(dbfile)
    docs = rows(con, "select outlet, published_at, title, text, teasers, n_chrome_lines "
                     "from documents order by published_at")
    assert [(d["outlet"], d["published_at"]) for d in docs] == [
        ("Harbor Ledger Weekly", dt.datetime(2019, 6, 12)),
        ("RT", dt.datetime(2020, 3, 5, 9, 30))]
    for d in docs:
        for chrome in CHROME:
            assert chrome not in d["text"]
        assert not d["text"].startswith(d["title"])  # the headline lives in `title`
    harbor, state = docs
    assert harbor["text"].startswith("Trade talks between the two governments")
    assert harbor["text"].endswith("“Nobody wins a trade war,” the minister added.")
    assert harbor["n_chrome_lines"] == 6  # 4 chrome lines + 2 navigation lines
    assert state["text"].startswith("The foreign ministry is looking for partners")
    teasers = [state["text"][t["char_start"]:t["char_end"]] for t in state["teasers"]]
    assert teasers == ["Also on rt.com Poll finds most voters see the country as a partner, "
                       "not a rival", "READ MORE: Minister claims ties with the bloc are ‘frozen’"]


def test_manifest_folder_given_as_path_is_found_without_option(con):
    report = ingest_paths(con, [SCRAPES])
    assert (report.ingested, report.ignored) == (2, 1)
    assert sorted(r["outlet"] for r in rows(con, "select outlet from documents")) == [
        "Harbor Ledger Weekly", "RT"]


def test_reingest_is_a_noop(con):
    first = ingest_paths(con, [SCRAPES], manifest=SCRAPES / "manifest.csv")
    again = ingest_paths(con, [SCRAPES], manifest=SCRAPES / "manifest.csv")
    assert (first.ingested, again.ingested, again.unchanged) == (2, 0, 2)
    assert again.summary() == ("ingested 0, unchanged 2, republications 0, skipped 0; "
                               "1 file not in the manifest left out")
    assert con.execute("select count(*) from documents").fetchone()[0] == 2


def test_without_manifest_metadata_is_inferred(con):
    """Title from the headline line, date from the dateline, outlet from "Also on rt.com"."""
    report = ingest_paths(con, sorted(SCRAPES.glob("*.txt")))
    assert report.ingested == 2 and report.warnings == []
    docs = by_title(con)
    state = docs["Ministry says it seeks partners, not blocs"]
    assert (state["outlet"], state["outlet_domain"]) == ("RT", "rt.com")
    assert state["published_at"] == dt.datetime(2020, 3, 5, 9, 30)
    harbor = docs["Trade Talks Will Continue Despite Tariffs – Minister"]
    assert harbor["outlet"] is None and harbor["published_at"] is None
    assert harbor["text"].startswith("Trade talks between")


def test_every_format(con):
    report = ingest_paths(con, [FORMATS])
    assert report.summary() == "ingested 10, unchanged 0, republications 1, skipped 0"
    assert report.warnings == [
        f"{FORMATS / 'list.json'}:2: cannot parse the date 'next Tuesday-ish', kept as written "
        "in published_raw (write dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM)"]
    docs = by_title(con)
    md = docs["Port strike ends after twelve days"]  # front matter; "# heading" repeats the title
    assert (md["outlet"], md["author"], md["language"], md["published_at"]) == (
        "Coastline Blog", "Sam Keel", "en", dt.datetime(2022, 5, 14, 8, 0))
    assert md["text"].startswith("Dock workers returned")
    html = docs["Council approves new bridge"]
    assert (html["outlet"], html["outlet_domain"], html["author"], html["language"]) == (
        "Riverside Courier", "riversidecourier.example", "Lee Park", "en")
    assert html["published_at"] == dt.datetime(2023, 2, 7, 10, 15)
    assert html["text"].startswith("The city council voted on Tuesday")
    assert "cookies" not in html["text"] and "All rights reserved" not in html["text"]
    assert "\n\n“The bridge will cut travel times" in html["text"]
    assert [html["text"][t["char_start"]:t["char_end"]] for t in html["teasers"]] == [
        "Read more: Residents divided over the cost of river crossings"]
    wheat = docs["Dry summer hits wheat yields"]  # outlet from a known domain, raw date kept
    assert (wheat["outlet"], wheat["published_at"], wheat["published_raw"]) == (
        "AP", None, "next Tuesday-ish")
    bank = docs["Central bank holds rates"]  # a JSON object; "source": {"name": ...}
    assert (bank["outlet"], bank["author"]) == ("Finance Daily", "Mia Berg, Tom Lund")
    storm = docs["Storm closes schools"]  # CSV with aliases and a multi-line quoted field
    assert (storm["outlet"], storm["url"], storm["author"], storm["source_line"]) == (
        "Evening Gazette", "https://gazette.example/storm", "Kim Ray", 2)
    assert storm["text"].endswith('"Safety comes first," the education chief insisted.')
    ferry = docs["Ferry service resumes"]
    assert (ferry["outlet"], ferry["source_line"]) == ("BBC", 5)
    plain = docs["Envoy says talks were constructive"]  # nav, dateline, byline, teaser cue
    assert (plain["outlet"], plain["author"], plain["published_at"]) == (
        "TASS", "Jane Roe", dt.datetime(2021, 3, 4))
    assert plain["text"].startswith("The envoy said on Thursday")
    assert "2 views" not in plain["text"] and "Home" not in plain["text"]


def test_republication_is_linked_to_the_earliest_copy(con):
    ingest_paths(con, [FORMATS / "rows.jsonl"])       # the blog copy (2022-11-18) comes first
    report = ingest_paths(con, [FORMATS / "list.json"])  # the wire original (2022-11-17)
    assert report.republications == 1
    copies = rows(con, "select doc_id, outlet, republished_from, text_hash from documents "
                       "where title = 'Grain deal extended for sixty days' order by outlet")
    blog, wire = copies
    assert (blog["outlet"], wire["outlet"]) == ("Republisher Blog", "Wire Service One")
    assert blog["text_hash"] == wire["text_hash"]
    assert (blog["republished_from"], wire["republished_from"]) == (wire["doc_id"], None)


def test_outlet_option_is_the_default(con):
    ingest_paths(con, [FORMATS / "rows.csv", FORMATS / "frontmatter.md"], outlet="My Outlet")
    outlets = {r["title"]: r["outlet"] for r in rows(con, "select title, outlet from documents")}
    assert outlets == {"Storm closes schools": "Evening Gazette",   # named in the row
                       "Ferry service resumes": "My Outlet",        # before inference (BBC)
                       "Port strike ends after twelve days": "Coastline Blog"}


def test_manifest_row_wins_over_metadata_extracted_from_html(con, tmp_path):
    shutil.copy(FORMATS / "page.html", tmp_path / "page.html")
    (tmp_path / "manifest.csv").write_text(
        "path,outlet,published_at,title\npage.html,Courier Print Edition,2023-02-08,"
        "Council approves new bridge\n", encoding="utf-8")
    report = ingest_paths(con, [tmp_path / "manifest.csv"])
    assert report.ingested == 1
    doc = rows(con, "select outlet, published_at, author, text from documents")[0]
    assert (doc["outlet"], doc["published_at"], doc["author"]) == (
        "Courier Print Edition", dt.datetime(2023, 2, 8), "Lee Park")  # author: from the page
    assert doc["text"].startswith("The city council voted")


def test_worker_processes_give_the_same_documents_in_the_same_order(tmp_path):
    def ingest(workers):
        con = db.connect(tmp_path / f"w{workers}.duckdb")
        report = ingest_paths(con, [FORMATS, SCRAPES], workers=workers)
        docs = con.execute("select doc_id, republished_from, text, teasers, source_path, "
                           "source_line from documents order by source_path, source_line"
                           ).fetchall()
        return report.summary(), report.warnings, report.doc_ids, docs

    assert ingest(2) == ingest(1)


def test_progress_is_reported_per_file(con):
    calls = []
    ingest_paths(con, [SCRAPES], progress=lambda task, done, total: calls.append((task, done, total)))
    assert calls == [("ingest", 0, 2), ("ingest", 1, 2), ("ingest", 2, 2)]


def test_cli_formats_and_extra_rules_in_worker_processes(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(FORMATS, folder)
    (folder / "plain.txt").write_text((folder / "plain.txt").read_text(encoding="utf-8")
                                      + "\nPromoted by Example Ads\n", encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("chrome:\n  - 'promoted by .{0,40}'\noutlets:\n  bbc.co.uk: "
                     "British Broadcasting Corporation\n", encoding="utf-8")
    dbfile = tmp_path / "x.duckdb"
    result = CliRunner().invoke(app, ["--db", str(dbfile), "ingest", str(folder),
                                      "--rules", str(rules), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "ingested 10, unchanged 0, republications 1, skipped 0\n"
    con = db.connect(dbfile)
    text = con.execute("select text from documents where title like 'Envoy%'").fetchone()[0]
    assert "Promoted by" not in text
    ferry = con.execute("select outlet from documents where title like 'Ferry%'").fetchone()[0]
    assert ferry == "British Broadcasting Corporation"


def test_report_summary_lists_skip_reasons():
    report = IngestReport(ingested=24, republications=2, skipped=3)
    report.skip_reasons.update({"empty document": 2, "binary file": 1})
    assert report.summary() == ("ingested 24, unchanged 0, republications 2, skipped 3 "
                                "(2 empty documents, 1 binary file)")


def test_an_outlet_known_only_by_its_domain_takes_the_name_given_for_that_domain(con, tmp_path):
    (tmp_path / "named.jsonl").write_text(
        '{"text": "The port reopened on Monday after a long strike.", "title": "Port reopens",'
        ' "url": "https://harbourpost.example/a", "outlet": "Harbour Post"}\n', encoding="utf-8")
    (tmp_path / "unnamed.jsonl").write_text(
        '{"text": "Ferries are running again on every route.", "title": "Ferries run",'
        ' "url": "https://harbourpost.example/b"}\n'
        '{"text": "A new bakery opened in the old mill.", "title": "Bakery opens",'
        ' "url": "https://elsewhere.example/c"}\n', encoding="utf-8")
    ingest_paths(con, [tmp_path / "named.jsonl", tmp_path / "unnamed.jsonl"])
    outlets = {r["title"]: r["outlet"] for r in rows(con, "select title, outlet from documents")}
    assert outlets == {"Port reopens": "Harbour Post", "Ferries run": "Harbour Post",
                       "Bakery opens": "elsewhere.example"}


@pytest.mark.parametrize("text, manifest_language, expected", [
    ("Die Notenbank hat den Leitzins am Donnerstag erneut gesenkt, teilte sie mit.", None, "de"),
    ("La banque centrale a de nouveau baissé son taux directeur jeudi, a-t-elle indiqué.",
     None, "fr"),
    ("Центральный банк в четверг снова снизил ключевую ставку, сообщил регулятор.", None, "ru"),
    ("The central bank cut its key rate again on Thursday, it said in a statement.", None, "en"),
    ("The central bank cut its key rate again on Thursday, it said in a statement.", "es", "es"),
    ("Result: 12 to 3, then 45 to 6.", None, None),  # too few letters to tell
])
def test_language_is_detected_unless_the_source_says(con, tmp_path, text, manifest_language,
                                                     expected):
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        f"path,outlet,language\na.txt,Wire,{manifest_language or ''}\n", encoding="utf-8")
    ingest_paths(con, [], manifest=tmp_path / "manifest.csv")
    assert rows(con, "select language from documents") == [{"language": expected}]

"""The bundled sample corpus (data/sample) and the test fixture corpus (tests/fixtures/corpus)
are consistent with their manifests and their answer keys (data/gold_claims.csv,
tests/fixtures/corpus_expected_claims.csv), and ingest cleanly."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
FIXTURE = ROOT / "tests" / "fixtures" / "corpus"
KINDS = {"quote", "reported", "narration", "headline", "teaser"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def article_text(corpus: Path, ref: str) -> str:
    """Text of a gold `file` reference: a path, or `path:N` for line N of a JSONL file."""
    if ".jsonl:" in ref:
        path, line = ref.rsplit(":", 1)
        return json.loads((corpus / path).read_text(encoding="utf-8").splitlines()[int(line) - 1])["text"]
    return (corpus / ref).read_text(encoding="utf-8")


def jsonl_records(corpus: Path) -> list[dict]:
    return [json.loads(line) for p in sorted(corpus.rglob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("corpus", [SAMPLE, FIXTURE], ids=["sample", "fixture"])
def test_manifest_lists_existing_files_with_the_documented_columns(corpus):
    rows = read_csv(corpus / "manifest.csv")
    assert list(rows[0]) == ["path", "outlet", "url", "published_at", "title"]
    listed = {r["path"] for r in rows}
    assert len(listed) == len(rows), "a file is listed twice"
    for r in rows:
        assert (corpus / r["path"]).is_file(), r["path"]
        assert r["published_at"] == "" or r["published_at"][:4] in {"2023", "2024", "2025"}
    on_disk = {str(p.relative_to(corpus)) for p in (corpus / "articles").iterdir()
               if p.suffix in {".txt", ".html", ".md", ".jsonl"}}
    assert on_disk == listed, "every .txt/.html/.md article is in the manifest"
    # some rows leave a field empty so that inference is exercised
    assert any(not r["outlet"] for r in rows) and any(not r["published_at"] for r in rows)


def test_sample_corpus_size_outlets_and_formats():
    rows = read_csv(SAMPLE / "manifest.csv")
    records = jsonl_records(SAMPLE)
    assert len(records) >= 2
    for rec in records:
        assert set(rec) >= {"text", "title", "url", "outlet", "published_at"}
    assert len([r for r in rows if not r["path"].endswith(".jsonl")]) + len(records) >= 26
    domains = {urlparse(r["url"]).netloc for r in rows if r["url"]} | {urlparse(r["url"]).netloc for r in records}
    assert all(d.endswith(".example") for d in domains)
    outlets = {r["outlet"] for r in rows if r["outlet"]} | {r["outlet"] for r in records}
    assert len(outlets) >= 6 and len(domains) >= 6
    suffixes = [Path(r["path"]).suffix for r in rows]
    assert suffixes.count(".html") >= 2 and suffixes.count(".md") >= 1
    md = (SAMPLE / next(r["path"] for r in rows if r["path"].endswith(".md"))).read_text(encoding="utf-8")
    assert md.startswith("---\n") and "\npublished_at:" in md.split("\n---\n")[0]


def test_sample_corpus_has_verbatim_republications_with_page_chrome():
    articles = SAMPLE / "articles"
    copies = 0
    for blog in articles.glob("globalvision_*.txt"):
        text = blog.read_text(encoding="utf-8")
        assert text.startswith("top of page") and text.rstrip().endswith("bottom of page")
        wire = [w for w in articles.glob("continentalwire_*.txt") if w.read_text(encoding="utf-8").strip() in text]
        copies += len(wire)
    assert copies >= 2


GOLD = ROOT / "data" / "gold_claims.csv"
FIXTURE_GOLD = ROOT / "tests" / "fixtures" / "corpus_expected_claims.csv"


@pytest.mark.parametrize("corpus,key,min_rows,min_words", [
    (SAMPLE, GOLD, 60, 6), (FIXTURE, FIXTURE_GOLD, 20, 5)], ids=["sample", "fixture"])
def test_every_gold_snippet_occurs_exactly_once_in_its_file(corpus, key, min_rows, min_words):
    rows = read_csv(key)
    assert len(rows) >= min_rows
    for r in rows:
        text = article_text(corpus, r["file"])
        assert text.count(r["snippet"]) == 1, (r["file"], r["snippet"])
        assert len(r["snippet"].split()) >= min_words, r["snippet"]
        assert r["kind"] in KINDS, r
        assert r["claim_group"], r
        if r["kind"] == "narration":
            assert r["speaker"] == "" and r["cue"] == "", r


def test_gold_groups_are_consistent_and_cover_cross_outlet_claims():
    rows = read_csv(GOLD)
    narrative_of: dict[str, set[str]] = defaultdict(set)
    outlets_of: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        narrative_of[r["claim_group"]].add(r["narrative_group"])
        outlets_of[r["claim_group"]].add(Path(r["file"]).name.split("_")[0])
    assert all(len(n) == 1 for n in narrative_of.values()), "a claim group sits in one narrative"
    assert sum(len(o) >= 3 for o in outlets_of.values()) >= 10
    # a claim and its negation, and the NATO/Valdoria reversal, are different groups
    assert {"valdoria-poses-threat", "valdoria-poses-no-threat",
            "nato-increased-presence", "valdoria-increased-presence"} <= set(outlets_of)
    assert narrative_of["orlov-cooperation-eu-us"] == narrative_of["sedov-seeking-partners-in-eu"]


@pytest.mark.parametrize("corpus,documents,republications", [(SAMPLE, 28, 2), (FIXTURE, 7, 1)],
                         ids=["sample", "fixture"])
def test_corpus_ingests_without_skips_and_links_the_verbatim_copies(tmp_path, corpus, documents,
                                                                     republications):
    from compare import db
    from compare.ingest import ingest_paths

    con = db.connect(tmp_path / "x.duckdb")
    report = ingest_paths(con, [corpus], manifest=corpus / "manifest.csv")
    assert (report.ingested, report.republications, report.skipped) == (documents, republications, 0)
    texts = [t for (t,) in con.execute("SELECT text FROM documents").fetchall()]
    for chrome in ("top of page", "bottom of page", "1 view", "Subscribe and keep up to date",
                   "Share this story!"):
        assert not any(chrome in t for t in texts), chrome

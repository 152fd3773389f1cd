"""Ingest from where researchers keep articles: web archives (WARC, WACZ), RSS and Atom feeds,
and the exports of news-please, newspaper4k and Media Cloud."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from compare import db
from compare.cli import app
from compare.errors import InputError
from compare.ingest import ingest_paths

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
SOURCES = Path(__file__).parent / "fixtures" / "ingest" / "sources"
CAPTURED = "2024-05-06T07:08:09Z"
COLUMNS = ("doc_id", "outlet", "url", "title", "published_at", "author", "language", "text",
           "text_hash")


@pytest.fixture
def con():
    c = db.connect(":memory:")
    yield c
    c.close()


def documents(con, columns=COLUMNS) -> dict[str, dict]:
    cur = con.execute(f"select {', '.join(columns)} from documents")
    names = [d[0] for d in cur.description]
    return {r[0]: dict(zip(names, r)) for r in cur.fetchall()}


def sample_pages() -> list[tuple[str, bytes]]:
    """(manifest URL, bytes) of the sample corpus's HTML pages."""
    import csv

    with (SAMPLE / "manifest.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["path"].endswith(".html")]
    assert len(rows) >= 2
    return [(r["url"], (SAMPLE / r["path"]).read_bytes()) for r in rows]


def _http(status: str, content_type: str) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(stream, pages, *, gzipped: bool = True) -> None:
    """Each page as a request + response pair, plus what real crawls hold besides pages: an
    image, a redirect, a 404, a revisit, warcinfo and metadata records."""
    writer = WARCWriter(stream, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    headers = {"WARC-Date": CAPTURED}
    for url, body in pages:
        writer.write_record(writer.create_warc_record(
            url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
            warc_headers_dict=headers))
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), warc_headers_dict=headers,
            http_headers=_http("200 OK", "text/html; charset=utf-8")))
        writer.write_record(writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(b"outlinks: none"),
            warc_headers_dict={**headers, "Content-Type": "text/anvl"}))
    extras = [("https://img.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n" * 20),
              ("https://x.example/old", "301 Moved Permanently", "text/html", b"moved"),
              ("https://x.example/gone", "404 Not Found", "text/html", b"<p>not here</p>")]
    for url, status, kind, body in extras:
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), warc_headers_dict=headers,
            http_headers=_http(status, kind)))
    writer.write_record(writer.create_revisit_record(
        pages[0][0], digest="sha1:AAAA", refers_to_uri=pages[0][0],
        refers_to_date="2024-05-01T00:00:00Z", http_headers=_http("200 OK", "text/html")))


def write_wacz(path: Path, pages) -> None:
    buffer = io.BytesIO()
    write_warc(buffer, pages)
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("archive/data.warc.gz", buffer.getvalue())
        package.writestr("pages/pages.jsonl", "".join(
            json.dumps({"url": url}) + "\n" for url, _ in pages))
        package.writestr("datapackage.json", json.dumps({"profile": "data-package"}))


def html_file_documents(tmp_path: Path) -> dict[str, dict]:
    c = db.connect(tmp_path / "html.duckdb")
    names = []
    for n, (_, body) in enumerate(sample_pages()):
        names.append(tmp_path / f"page{n}.html")
        names[-1].write_bytes(body)
    ingest_paths(c, names)
    out = documents(c)
    c.close()
    return out


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc", "crawl.wacz"])
def test_archive_gives_the_documents_of_the_html_files(tmp_path, con, name):
    archive = tmp_path / name
    pages = sample_pages()
    if name.endswith(".wacz"):
        write_wacz(archive, pages)
    else:
        with archive.open("wb") as f:
            write_warc(f, pages, gzipped=name.endswith(".gz"))
    report = ingest_paths(con, [archive])
    assert documents(con) == html_file_documents(tmp_path)
    assert report.ingested == len(pages)
    # Not pages: counted, not warned about (a real archive holds thousands).
    assert report.skip_reasons == {"non-HTML record": 1, "non-200 response": 2,
                                   "revisit record": 1}
    assert report.warnings == []
    retrieved = {r[0] for r in con.execute("select retrieved_at from documents").fetchall()}
    assert retrieved == {dt.datetime(2024, 5, 6, 7, 8, 9)}
    lines = [r[0] for r in con.execute("select source_line from documents").fetchall()]
    assert all(isinstance(n, int) and n > 1 for n in lines)  # the record number in the archive
    again = ingest_paths(con, [archive])
    assert (again.ingested, again.unchanged) == (0, len(pages))


def test_archive_url_fills_in_for_a_page_without_one(tmp_path, con):
    page = b"<html><body><article><p>" + b"The bridge reopened on Monday after repairs. " * 8 \
        + b"</p></article></body></html>"
    with (tmp_path / "a.warc.gz").open("wb") as f:
        write_warc(f, [("https://valleypost.example/bridge", page)])
    ingest_paths(con, [tmp_path])  # found by walking the folder
    assert con.execute("select url, outlet_domain from documents").fetchall() == [
        ("https://valleypost.example/bridge", "valleypost.example")]


@pytest.mark.parametrize("gzipped", [False, True])
def test_truncated_warc_keeps_the_records_before_the_break(tmp_path, con, gzipped):
    buffer = io.BytesIO()
    write_warc(buffer, sample_pages(), gzipped=gzipped)
    data = buffer.getvalue()
    cut = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    cut.write_bytes(data[:int(len(data) * 0.6)])  # inside the second page
    report = ingest_paths(con, [cut])
    assert report.ingested == 1
    assert len(report.warnings) == 1, report.warnings
    assert cut.name in report.warnings[0]
    assert ("the file ends inside record" in report.warnings[0]
            or "malformed WARC after record" in report.warnings[0])
    with pytest.raises(InputError):
        ingest_paths(db.connect(":memory:"), [cut], strict=True)


@pytest.mark.parametrize("name, content, message", [
    ("bad.wacz", b"PK\x03\x04 not really a zip", "not a WACZ (zip) file"),
    ("bad.warc.gz", gzip.compress(b"hello, this is not a WARC"), "malformed WARC"),
    ("bad.warc", b"GET / HTTP/1.1\r\n\r\n", "malformed WARC"),
])
def test_broken_archives_are_one_warning(tmp_path, con, name, content, message):
    (tmp_path / name).write_bytes(content)
    report = ingest_paths(con, [tmp_path / name])
    assert report.ingested == 0 and report.skipped == 1
    assert len(report.warnings) == 1 and message in report.warnings[0]


def test_wacz_without_warcs(tmp_path, con):
    with zipfile.ZipFile(tmp_path / "empty.wacz", "w") as package:
        package.writestr("datapackage.json", "{}")
    report = ingest_paths(con, [tmp_path / "empty.wacz"])
    assert "no WARC files" in report.warnings[0]


# ---------------------------------------------------------------- feeds and exports

EXPECTED = [  # file, url, outlet, published_at, retrieved_at, author, text starts with
    ("harbor.rss", "https://harborledger.example/2024/05/02/ferry-terminal-delay",
     "Harbor Ledger", dt.datetime(2024, 5, 2, 7, 15), None, "Mira Castell",
     "The new ferry terminal will open a year later"),
    ("harbor.rss", "https://harborledger.example/2024/05/03/quota-talks", "Harbor Ledger",
     dt.datetime(2024, 5, 3, 17, 40), None, None, "Negotiators met again in Lunport. No deal"),
    ("riverside.atom", "https://riversidecourier.example/city/mayor-buses", "Riverside Courier",
     dt.datetime(2024, 6, 10, 14, 30), None, "Lena Osk", "Bus fares will fall by a third"),
    ("newsplease.json", "https://valleypost.example/council-bridge", "valleypost.example",
     dt.datetime(2024, 6, 30, 21, 45), dt.datetime(2024, 7, 1, 10, 2, 11), "Pia Marten",
     "The town council voted to rebuild"),
    ("newspaper4k.json", "https://northstar.example/2024/08/12/grain-exports", "North Star Daily",
     dt.datetime(2024, 8, 12, 6, 20), None, "Jon Bright", "Grain exports rose for a third month"),
    ("mediacloud.csv", "https://coastlinetimes.example/storm-harbours", "Coastline Times",
     dt.datetime(2024, 9, 1, 18), dt.datetime(2024, 9, 2, 3, 11, 52), None,
     "Two harbours closed on Sunday"),
    ("mediacloud.csv", "https://inlandherald.example/storm-farms", "Inland Herald",
     dt.datetime(2024, 9, 2), dt.datetime(2024, 9, 3, 4, 20, 10), None,
     "Farmers in the valley counted"),
]


@pytest.mark.parametrize("name", sorted({e[0] for e in EXPECTED}))
def test_feeds_and_exports_ingest_with_outlet_url_and_dates(con, name):
    report = ingest_paths(con, [SOURCES / name])
    assert report.warnings == []
    got = {r[0]: r[1:] for r in con.execute(
        "select url, outlet, published_at, retrieved_at, author, text, language "
        "from documents").fetchall()}
    expected = [e for e in EXPECTED if e[0] == name]
    assert set(got) == {e[1] for e in expected}
    for _, url, outlet, published, retrieved, author, start in expected:
        assert got[url][:4] == (outlet, published, retrieved, author)
        assert got[url][4].startswith(start), got[url][4]
        assert got[url][5] == "en"


def test_feed_paragraphs_and_markup(con):
    ingest_paths(con, [SOURCES / "harbor.rss"])
    text = con.execute("select text from documents where url like '%ferry%'").fetchone()[0]
    assert "<p>" not in text and "\n\n\"We will not cut corners" in text


@pytest.mark.parametrize("content, message", [
    (b"<?xml version='1.0'?><urlset><url><loc>https://a.example/</loc></url></urlset>",
     "no feed items found"),
    (b"<rss><channel><title>T</title><item><title>A</title><description>Storm hits the "
     b"coast, officials said.</description></item><item><title>B", "feed has XML errors"),
])
def test_odd_feeds(tmp_path, con, content, message):
    (tmp_path / "feed.xml").write_bytes(content)
    report = ingest_paths(con, [tmp_path / "feed.xml"])
    assert any(message in w for w in report.warnings), report.warnings


def test_cli_ingests_a_warc(tmp_path):
    with (tmp_path / "crawl.warc.gz").open("wb") as f:
        write_warc(f, sample_pages())
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "c.duckdb"), "ingest",
                                      str(tmp_path / "crawl.warc.gz")])
    assert result.exit_code == 0, result.output
    assert "ingested 2" in result.output
    assert "(2 non-200 responses, 1 non-HTML record, 1 revisit record)" in result.output

"""`compare report` end to end: ingest three short articles, let the command run the missing
stages (hash embedder: fast), and read the files it writes."""

from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from compare.cli import app
from compare.cli.report import write_atomically
from compare.errors import CompareError

ARTICLES = Path(__file__).parent / "fixtures" / "report" / "articles"
QUOTE = "This agreement will lower prices for every"


def run(db, *args):
    return CliRunner().invoke(app, ["--db", str(db), *args])


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("report") / "r.duckdb"
    result = run(db, "ingest", str(ARTICLES), "--manifest", str(ARTICLES / "manifest.csv"))
    assert result.exit_code == 0, result.output
    return db


def test_report_runs_the_missing_stages_and_writes_html(ingested, tmp_path):
    out = tmp_path / "report.html"
    result = run(ingested, "report", "--model", "hash", "--format", "html", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in result.output
    doc = lxml.html.document_fromstring(out.read_text(encoding="utf-8"))
    [first] = doc.xpath("//details[@data-cluster]")[:1]
    assert QUOTE in first.xpath(".//summary")[0].text_content()
    outlets = first.xpath(".//table[@class='side']/thead/tr/th/@data-outlet")
    assert outlets == ["Harbor Wire", "Coast Post", "Daily Beacon"]  # by first appearance
    # the republished copy is marked verbatim; the reworded one carries the diff
    coast, beacon = (first.xpath(f".//td[@data-outlet='{o}']//article")[0]
                     for o in ("Coast Post", "Daily Beacon"))
    assert "verbatim" in coast.xpath(".//span[contains(@class,'badge')]/text()")
    assert coast.xpath(".//ins | .//del") == []
    assert beacon.xpath(".//del/text()")[:1] == ["family"]
    assert beacon.xpath(".//ins/text()")[:1] == ["household"]
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left


def test_markdown_with_filters_to_stdout(ingested):
    result = run(ingested, "report", "--model", "hash", "--min-outlets", "3", "-o", "-")
    assert result.exit_code == 0, result.output
    sections = [line for line in result.output.splitlines() if line.startswith("## 1. ")]
    assert len(sections) == 1 and QUOTE in sections[0]
    # the only other statement all three outlets carry: the lede, reframed by the Beacon
    assert "## 2. Trade Minister Elena Varga said" in result.output
    assert "## 3. " not in result.output and "**_so-called_**" in result.output
    beacon = run(ingested, "report", "--model", "hash", "--outlet", "beacon.example",
                 "--min-outlets", "1", "-o", "-").output
    assert "Nobody voted for this giveaway" in beacon
    assert "Critics said the deal" not in beacon  # carried by the other two outlets only


def test_errors_are_one_line(ingested, tmp_path):
    result = run(ingested, "report", "--model", "hash", "--format", "pdf", "-o",
                 str(tmp_path / "x"))
    assert result.exit_code == 1
    assert result.output.strip() == "Error: unknown format 'pdf' (choose one of: md, html)"
    result = run(ingested, "report", "zzzz", "--model", "hash", "-o", str(tmp_path / "x.md"))
    assert result.exit_code == 1
    assert "no cluster of the latest run matches id 'zzzz'" in result.output
    assert not (tmp_path / "x.md").exists()
    result = run(ingested, "report", "--model", "hash", "-o", str(tmp_path / "no" / "x.md"))
    assert result.exit_code == 1 and "does not exist" in result.output


def test_an_interrupted_write_keeps_the_old_report(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("old report", encoding="utf-8")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr("compare.cli.report.os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new report")
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    monkeypatch.undo()
    write_atomically(target, "new report")
    assert target.read_text(encoding="utf-8") == "new report"


def test_a_report_keeps_the_permissions_of_the_file_it_replaces(tmp_path):
    import os
    import stat

    shared = tmp_path / "shared.html"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o644)
    write_atomically(shared, "new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644
    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.html"
        write_atomically(fresh, "new")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # as any new file, not 0600
    finally:
        os.umask(umask)
    with pytest.raises(CompareError, match="is a folder"):
        write_atomically(tmp_path, "new")

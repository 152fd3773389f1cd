"""The HTML report opened in headless Chromium (Debian packages `chromium`, `chromium-driver`):
the page renders (DOM after scripts), the codebook narrative section included, and a screenshot
is a real, non-blank picture."""

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from compare import db
from compare.report import render_report
from test_report import load_codebook, load_fixture

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def browser() -> str:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium binary on PATH (install Debian's `chromium` and "
                "`chromium-driver`, as .ci/run does)")


@pytest.fixture()
def page(tmp_path):
    con = db.connect(tmp_path / "report.duckdb")
    load_fixture(con)
    load_codebook(con)  # the page has a codebook narrative section too
    path = tmp_path / "report.html"
    path.write_text(render_report(con, fmt="html"), encoding="utf-8")
    con.close()
    return path


def chromium(tmp_path, *args) -> subprocess.CompletedProcess:
    cmd = [browser(), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def png_rows(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the (filtered) scanlines of an 8-bit PNG, read with zlib alone."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = header[:4]
    assert depth == 8
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(idat)
    stride = 1 + width * channels
    assert len(raw) == stride * height
    return width, height, [raw[i * stride:(i + 1) * stride] for i in range(height)]


def test_screenshot_of_the_report_is_not_blank(page, tmp_path):
    shot = tmp_path / "report.png"
    result = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000",
                      page.as_uri())
    assert shot.is_file(), result.stderr[-2000:]
    assert shot.stat().st_size > 30_000  # a blank page compresses to a few KiB
    width, height, rows = png_rows(shot)
    assert (width, height) == (1280, 2000)
    # a uniform picture filters to a handful of distinct scanlines; text, tables and charts
    # give hundreds
    assert len(set(rows)) > 300


def test_rendered_dom_has_the_clusters_and_charts(page, tmp_path):
    result = chromium(tmp_path, "--dump-dom", "--virtual-time-budget=2000", page.as_uri())
    dom = result.stdout
    assert dom.count('<details class="cluster"') == 4, result.stderr[-2000:]
    assert '<svg class="heatmap"' in dom and '<svg class="timeline"' in dom
    assert "Eastern Dispatch" in dom and "<del" in dom and "<ins" in dom


def test_rendered_dom_has_the_narrative_section(page, tmp_path):
    result = chromium(tmp_path, "--dump-dom", "--virtual-time-budget=2000", page.as_uri())
    dom = result.stdout
    assert dom.count('<details class="narrative"') == 3, result.stderr[-2000:]
    assert dom.count('<svg class="narrative-timeline"') == 2  # the third is carried by no one
    assert "accepted by the analyst" in dom
    # the hostile label stays text: the only script is the page's own
    assert dom.count("<script") == 1 and "&lt;script&gt;alert(1)" in dom


def test_screenshot_of_the_narrative_section_is_not_blank(tmp_path):
    """The section alone (one small cluster above it), so the picture is mostly narratives."""
    con = db.connect(tmp_path / "n.duckdb")
    load_fixture(con)
    load_codebook(con)
    path = tmp_path / "narratives.html"
    path.write_text(render_report(con, fmt="html", cluster_ids=["d4f"],
                                  narrative_ids=["open-west"]), encoding="utf-8")
    con.close()
    shot = tmp_path / "narratives.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2400", path.as_uri())
    width, height, rows = png_rows(shot)
    # the narrative section starts near 1150 px; below it the chart, tables and versions
    assert len(set(rows[1200:])) > 300

"""Report benchmark: a 1,000-cluster report on the BBC News corpus, Markdown and HTML.

Builds (once) a clustered database from ``../shared/eval/bbc_news/bbc_news.jsonl`` with the real
pipeline: ``compare ingest`` then ``compare clusters --model static`` (the fast model2vec
embedder; extraction, framing and both cluster levels as usual), timed separately. Then times
``render_report(con, limit=1000, fmt=...)`` (gathering the clusters, diffing every version
against its medoid, drawing the SVG charts, rendering the template) and the atomic file write,
best of ``--repeat`` runs; with ``--browser`` also how long headless Chromium takes to load and
screenshot the HTML file.

    python benchmarks/bench_report.py                     # builds /tmp/bench_report.duckdb first
    python benchmarks/bench_report.py --clusters 1000 --browser
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "eval" / "bbc_news" / "bbc_news.jsonl"


def compare(db: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "compare", "--db", str(db), *args], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)


def outlets_from_categories(db: Path) -> None:
    """BBC News has one publisher; to give the report several columns, each article's outlet is
    set to "BBC <category>" (business, entertainment, politics, sport, tech) from the jsonl."""
    from compare import db as store

    categories = {}
    with BBC.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            categories[number] = "BBC " + json.loads(line)["category"]
    con = store.connect(db)
    rows = con.execute("select doc_id, source_line from documents where outlet is null").fetchall()
    if rows:
        with store.transaction(con):
            con.executemany("update documents set outlet = ? where doc_id = ?",
                            [(categories.get(line, "BBC"), doc) for doc, line in rows])
    con.close()


def build(db: Path, model: str) -> dict:
    """Ingest BBC News and run every stage; returns the wall times (skipped when built)."""
    from compare import db as store

    if db.exists():
        con = store.connect(db, read_only=True)
        ready = con.execute("select count(*) from cluster_runs where level = 'claim'").fetchone()[0]
        con.close()
        if ready:
            outlets_from_categories(db)
            return {"build": "reused"}
    if not BBC.is_file():
        sys.exit(f"{BBC}: not found (the benchmark reads ../shared/eval beside the checkout)")
    t0 = time.perf_counter()
    compare(db, "ingest", str(BBC))
    outlets_from_categories(db)
    t1 = time.perf_counter()
    compare(db, "clusters", "--model", model, "--limit", "1")
    t2 = time.perf_counter()
    return {"ingest_s": round(t1 - t0, 1), "pipeline_s": round(t2 - t1, 1), "model": model}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path,
                        default=Path(tempfile.gettempdir()) / "bench_report.duckdb")
    parser.add_argument("--clusters", type=int, default=1000)
    parser.add_argument("--model", default="static")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also time headless Chromium")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "bench_report")
    args = parser.parse_args()

    from compare import db as store
    from compare.cli.report import write_atomically
    from compare.report import gather, render_report

    result = {"corpus": "bbc_news", **build(args.db, args.model)}
    con = store.connect(args.db, read_only=True)
    data = gather(con, limit=args.clusters)
    result.update(clusters=len(data.clusters), clusters_in_run=data.numbers["clusters"],
                  versions=sum(len(col.versions) for c in data.clusters for col in c.columns),
                  documents=data.numbers["documents"], outlets=data.numbers["outlets"])
    args.out.mkdir(parents=True, exist_ok=True)
    for fmt in ("md", "html"):
        best = None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            text = render_report(con, limit=args.clusters, fmt=fmt)
            path = args.out / f"report.{fmt}"
            write_atomically(path, text)
            elapsed = time.perf_counter() - t0
            best = elapsed if best is None else min(best, elapsed)
        result[f"{fmt}_s"] = round(best, 2)
        result[f"{fmt}_mib"] = round(path.stat().st_size / 2**20, 2)
    if args.browser:
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            with tempfile.TemporaryDirectory() as profile:
                t0 = time.perf_counter()
                subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                                "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync", f"--user-data-dir={profile}",
                                f"--screenshot={args.out / 'report.png'}",
                                "--window-size=1280,2000", (args.out / "report.html").as_uri()],
                               check=True, capture_output=True, timeout=300)
                result["chromium_screenshot_s"] = round(time.perf_counter() - t0, 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

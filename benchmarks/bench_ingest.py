"""Ingest throughput and memory on a generated corpus, and fidelity on real BBC articles.

    python benchmarks/bench_ingest.py                 # 10,000 text articles + 1,000 HTML pages
    python benchmarks/bench_ingest.py --text 2000 --html 200 --sizes 500,1000   # quicker
    python benchmarks/bench_ingest.py --workers 0     # worker processes, one per core

First, when ``../shared/eval/bbc_news`` is there, it ingests the 2,225 real BBC News articles and
checks every stored title and body against the dataset's own title/text split.

Each measurement runs in a fresh subprocess (so its peak RSS is its own) that generates the
corpus in a temporary folder, then times ``ingest_paths`` into a new DuckDB file. Reported:
articles/s, peak RSS (ru_maxrss), the RSS growth during the ingest, DuckDB's own memory after it
(``duckdb_memory()``) and the peak of Python's heap (tracemalloc, on a second untimed ingest), for
several corpus sizes to show what grows with the corpus and what stays flat.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

WORDS = ("minister government talks border trade partners sanctions security cooperation "
         "European union spokesman parliament agreement pipeline election troops interests "
         "neighbours summit economy deliveries president capital crisis negotiations "
         "reform").split()
OUTLETS = [("Harbor Ledger", "harborledger.example"), ("State TV", "statetv.example"),
           ("Wire One", "wireone.example"), ("Daily Post", "dailypost.example")]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(10, 22))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return f"“{sentence(rng)} {sentence(rng)}” the {rng.choice(WORDS)} said."
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def text_article(rng: random.Random, i: int) -> str:
    title = " ".join(rng.choices(WORDS, k=7)).capitalize() + f" {i}"
    body = [paragraph(rng) for _ in range(rng.randint(6, 12))]
    body.insert(3, f"Also on statetv.example {sentence(rng)}")
    return ("top of page\nSite Name\n\n  • Section\n\n" + title + "\n\n"
            f"{rng.randint(1, 28)} Oct, 2021 14:{rng.randint(10, 59)}\n\n"
            + "\n\n".join(body) + f"\n\n{rng.randint(1, 900)} views\n\n"
            "Subscribe and keep up to date with all the latest news\n\nbottom of page\n")


def html_page(rng: random.Random, i: int) -> str:
    outlet, domain = OUTLETS[i % len(OUTLETS)]
    title = " ".join(rng.choices(WORDS, k=6)).capitalize() + f" {i}"
    paras = "".join(f"<p>{paragraph(rng)}</p>\n" for _ in range(rng.randint(6, 12)))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | "
            f"{outlet}</title><meta property=\"og:site_name\" content=\"{outlet}\">"
            "<meta property=\"article:published_time\" "
            f"content=\"2023-02-{i % 28 + 1:02d}T10:15:00Z\">"
            f"<link rel=\"canonical\" href=\"https://{domain}/news/{i}\"></head><body>"
            "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{title}</h1>\n{paras}<p>Read more: {sentence(rng)}</p></article>"
            "<footer><p>We use cookies to improve your experience.</p></footer></body></html>")


def generate(folder: Path, n_text: int, n_html: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n_text):
        sub = folder / "text" / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        # every 20th article is a blog's verbatim copy of the previous one (a republication)
        if i % 20 == 19:
            body = ("---\noutlet: Copy Blog\n---\n"
                    + (sub / f"a{i - 1:05d}.txt").read_text(encoding="utf-8"))
        else:
            body = text_article(rng, i)
        (sub / f"a{i:05d}.txt").write_text(body, encoding="utf-8")
    for i in range(n_html):
        sub = folder / "html" / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"p{i:05d}.html").write_text(html_page(rng, i), encoding="utf-8")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User + system CPU time of this process (all its threads) and of its finished worker
    processes: less sensitive than wall time to other work on a shared machine."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


class ChildMemory:
    """Samples the RSS of this process's children (the ingest's worker processes) from /proc
    every 0.1 s and keeps the largest single value. (ru_maxrss of children is no use here:
    it counts the parent's pages at fork time.)"""

    def __init__(self):
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        me = os.getpid()
        while not self._stop.wait(0.1):
            for status in Path("/proc").glob("[0-9]*/status"):
                try:
                    text = status.read_text()
                except OSError:
                    continue
                fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
                if fields.get("PPid", "").strip() == str(me) and "VmRSS" in fields:
                    self.peak_kb = max(self.peak_kb, int(fields["VmRSS"].split()[0]))

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def worker(n_text: int, n_html: int, workers: int | None) -> dict:
    from compare import db
    from compare.ingest import ingest_paths

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, n_text, n_html)
        con = db.connect(Path(tmp) / "bench.duckdb")
        ingest_paths(con, [], outlet="warm-up")  # import trafilatura & friends lazily first
        import trafilatura  # noqa: F401

        before = current_rss_mb()
        start, cpu_start = time.perf_counter(), cpu_seconds()
        with ChildMemory() as children:
            report = ingest_paths(con, [corpus], workers=workers)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
        peak, growth = rss_mb(), rss_mb() - before
        duckdb_mb = con.execute("select sum(memory_usage_bytes) / 2^20 from duckdb_memory()"
                                ).fetchone()[0]
        con.close()
        # Python's own heap, measured on a second ingest into a fresh file (tracemalloc slows
        # the run down, so it is kept out of the timing above).
        con = db.connect(Path(tmp) / "heap.duckdb")
        tracemalloc.start()
        ingest_paths(con, [corpus], workers=workers)
        heap_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        con.close()
    n = n_text + n_html
    return {"text": n_text, "html": n_html, "seconds": round(seconds, 2),
            "articles_per_s": round(n / seconds, 1), "cpu_seconds": round(cpu, 2),
            "articles_per_cpu_s": round(n / cpu, 1), "summary": report.summary(),
            "rss_before_mb": round(before, 1), "peak_rss_mb": round(peak, 1),
            "growth_mb": round(growth, 1), "duckdb_mb": round(duckdb_mb, 1),
            "worker_peak_rss_mb": round(children.peak_mb, 1),
            "python_heap_peak_mb": round(heap_peak, 1)}


def bbc_check(root: Path, workers: int | None) -> dict:
    """Real articles: ingest the 2,225 BBC News text files (title on the first line) and compare
    each stored title and text with the dataset's own split in ``bbc_news.jsonl``."""
    from compare import db
    from compare.hashing import normalise_text
    from compare.ingest import ingest_paths

    reference = {}
    with (root / "bbc_news.jsonl").open(encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            reference[item["doc_id"]] = (item["title"], normalise_text(item["text"]))
    con = db.connect(":memory:")
    start, cpu_start = time.perf_counter(), cpu_seconds()
    report = ingest_paths(con, [root / "bbc"], workers=workers)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
    rows = con.execute("select source_path, title, text, n_chrome_lines, published_at "
                       "from documents").fetchall()
    wrong = [path for path, title, text, *_ in rows
             if reference[path.split("/bbc/")[-1].removesuffix(".txt")]
             != (title, normalise_text(text))]
    return {"files": len(reference), "seconds": round(seconds, 2),
            "articles_per_s": round(len(reference) / seconds, 1),
            "articles_per_cpu_s": round(len(reference) / cpu, 1), "summary": report.summary(),
            "warnings": len(report.warnings), "documents": len(rows),
            "title_or_text_differs": len(wrong), "examples": wrong[:5],
            "with_lines_removed": sum(1 for r in rows if r[3]),
            "with_a_date_inferred": sum(1 for r in rows if r[4] is not None)}


def run(n_text: int, n_html: int, workers: int | None) -> dict:
    cmd = [sys.executable, __file__, "--worker", str(n_text), str(n_html)]
    cmd += ["--workers", str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", type=int, default=10_000)
    ap.add_argument("--html", type=int, default=1_000)
    ap.add_argument("--sizes", default="1000,2500,5000", help="extra text-only corpus sizes")
    ap.add_argument("--bbc", default="../shared/eval/bbc_news",
                    help="BBC News folder for the real-article check (skipped when missing)")
    ap.add_argument("--workers", type=int, default=1,
                    help="worker processes (default 1, as the CLI; 0: one per core, up to 4)")
    ap.add_argument("--worker", nargs=2, type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker, args.workers or None)))
        return
    plan = [(int(s), 0) for s in args.sizes.split(",") if s] + [(args.text, 0), (0, args.html),
                                                               (args.text, args.html)]
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"workers: {args.workers or 'one per core'}\n")
    if Path(args.bbc, "bbc_news.jsonl").is_file():
        print("BBC News check:", json.dumps(bbc_check(Path(args.bbc), args.workers or None)), "\n", flush=True)
    else:
        print(f"BBC News check skipped: no {args.bbc}/bbc_news.jsonl\n")
    print("| text | html | wall s | articles/s | CPU s | articles/CPU s | peak RSS MB | "
          "RSS growth MB | DuckDB MB | Python heap peak MB | worker peak RSS MB | summary |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for n_text, n_html in plan:
        if n_text + n_html == 0:
            continue
        r = run(n_text, n_html, args.workers)
        print(f"| {r['text']} | {r['html']} | {r['seconds']} | {r['articles_per_s']} | "
              f"{r['cpu_seconds']} | {r['articles_per_cpu_s']} | "
              f"{r['peak_rss_mb']} | {r['growth_mb']} | {r['duckdb_mb']} | "
              f"{r['python_heap_peak_mb']} | {r['worker_peak_rss_mb']} | {r['summary']} |",
              flush=True)


if __name__ == "__main__":
    main()

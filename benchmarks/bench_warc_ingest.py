"""Web-archive ingest: throughput and peak memory on a generated WARC of about 1 GB.

    python benchmarks/bench_warc_ingest.py                 # 1 GB, written under /tmp
    python benchmarks/bench_warc_ingest.py --gb 0.05       # a quick run

The archive looks like a crawl: per article page (invented text, 20-60 KB with navigation,
scripts and styles around it) a request and a response, images and scripts of 20-200 KB,
redirects, 404s and revisit records. `compare ingest` runs on it in a child process; the figures
are its wall time, records and MB per second, and its peak resident memory (ru_maxrss of the
child: the whole process, DuckDB included).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

WORDS = ("harbour council minister budget river bridge grain talks ceasefire election court "
         "energy prices farmers union port ferry storm mayor treaty border trade tariff "
         "pipeline hospital school reform vote coalition envoy sanctions drought harvest "
         "airline strike police ruling agency summit partners cooperation security market "
         "railway inflation wages pension exports imports deficit dispute agreement").split()
NAMES = ("Ida Fenn", "Tomas Reyl", "Ruth Alder", "Jon Bright", "Mira Castell", "Pia Marten")
CUES = ("said", "told reporters", "insisted", "added", "warned")


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(9, 22))
    text = " ".join(words).capitalize()
    if rng.random() < 0.3:
        return f"\u201c{text},\u201d {rng.choice(NAMES)} {rng.choice(CUES)}."
    return text + "."


def page(rng: random.Random, n: int, size: int) -> bytes:
    paragraphs = []
    while sum(map(len, paragraphs)) < size * 0.35:
        paragraphs.append("<p>" + " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
                          + "</p>")
    chrome = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>'
                     for w in rng.sample(WORDS, 25))
    filler = size - sum(map(len, paragraphs)) - 2 * len(chrome) - 600
    script = "var x=" + json.dumps("".join(rng.choices("abcdefghij", k=max(filler, 0)))) + ";"
    title = " ".join(rng.sample(WORDS, 6)).capitalize()
    return (f'<!doctype html><html lang="en"><head><title>{title} | Ledger {n}</title>'
            f'<meta property="og:url" content="https://site{n % 40}.example/a/{n}">'
            f'<meta name="date" content="2024-{1 + n % 12:02d}-{1 + n % 28:02d}">'
            f"<script>{script}</script></head><body><nav><ul>{chrome}</ul></nav>"
            f"<article><h1>{title}</h1>{''.join(paragraphs)}</article>"
            f"<footer><ul>{chrome}</ul></footer></body></html>").encode()


def write_archive(path: Path, target_bytes: int, seed: int = 7) -> dict:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    counts = {"pages": 0, "records": 0}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)

        def write(url, kind, body, status="200 OK", content_type="text/html"):
            http = StatusAndHeaders(status, [("Content-Type", content_type)],
                                    protocol="HTTP/1.1") if kind == "response" else None
            writer.write_record(writer.create_warc_record(url, kind, payload=io.BytesIO(body),
                                                          http_headers=http))
            counts["records"] += 1

        n = 0
        while out.tell() < target_bytes:
            n += 1
            url = f"https://site{n % 40}.example/a/{n}"
            write(url, "request", b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
            write(url, "response", page(rng, n, rng.randint(20_000, 60_000)))
            counts["pages"] += 1
            for _ in range(rng.randint(0, 2)):
                kind = rng.choice(("image/jpeg", "application/javascript", "text/css"))
                write(f"{url}/asset{rng.random()}", "response",
                      rng.randbytes(rng.randint(20_000, 200_000)), content_type=kind)
            roll = rng.random()
            if roll < 0.05:
                write(f"{url}?old", "response", b"moved", status="301 Moved Permanently")
            elif roll < 0.08:
                write(f"{url}/x", "response", b"<p>gone</p>", status="404 Not Found")
            elif roll < 0.12:
                writer.write_record(writer.create_revisit_record(
                    url, digest="sha1:AAAA", refers_to_uri=url,
                    refers_to_date="2024-01-01T00:00:00Z"))
                counts["records"] += 1
    return counts


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--dir", default="/tmp/compare-bench-warc")
    args = ap.parse_args(argv)
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / f"crawl-{args.gb:g}gb.warc.gz"
    started = time.monotonic()
    counts = write_archive(archive, int(args.gb * 1e9))
    print(f"wrote {archive} ({archive.stat().st_size / 1e6:.0f} MB, {counts['records']} records, "
          f"{counts['pages']} pages) in {time.monotonic() - started:.0f} s", flush=True)
    database = folder / "bench.duckdb"
    for suffix in ("", ".wal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "compare", "--db", str(database), "ingest",
                          str(archive)], capture_output=True, text=True)
    wall = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if run.returncode:
        sys.exit(f"ingest failed: {run.stderr[-2000:]}")
    size_mb = archive.stat().st_size / 1e6
    result = {"archive_mb": round(size_mb), "records": counts["records"],
              "pages": counts["pages"], "wall_s": round(wall, 1),
              "records_per_s": round(counts["records"] / wall),
              "pages_per_s": round(counts["pages"] / wall, 1),
              "mb_per_s": round(size_mb / wall, 2), "peak_rss_mb": round(peak_mb),
              "summary": run.stdout.strip().splitlines()[-1]}
    print(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    main()

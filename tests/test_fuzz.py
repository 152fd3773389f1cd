"""Fuzzing ingest and extraction: seeded random files of every supported type (random bytes,
encodings, broken structure, hostile quotes, huge lines). No input may raise anything but a
typed ``CompareError``, hang, or leave a half-written document.

CI runs 100 inputs; ``COMPARE_FUZZ_INPUTS=10000`` (benchmarks/bench_long_tests.py) the
long version.
"""

import json
import os
import random
import signal
from contextlib import contextmanager

import pytest

from compare import db
from compare.claims import extract_claims
from compare.errors import CompareError
from compare.ingest import ingest_paths

INPUTS = int(os.environ.get("COMPARE_FUZZ_INPUTS", "100"))
BATCH = 50  # inputs per test (one database each)
SECONDS = 20  # per input: more is a hang

ALPHABET = ("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ .,;:!?-–—()[]{}/\\|#*_~`$%&@^+=<>"
            "“”‘’«»„‚\"' \n\n\r\n\t\u00a0 éñüß ЖЩЯж Ωλ 中文 مرحبا שלום 🙂 \u0301 \u200b \u2028 \ufeff"
            "0123456789 said told according to “ ” Mr. Dr. U.S. ")
WORDS = ("the minister said Russia Moscow Putin Peskov “We are ready,” he added according to "
         "Reuters told reporters on Monday. Also on rt.com Subscribe top of page 1 view "
         "claims insisted noted: — —“ said the spokesman, who told").split(" ")


def _text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 400)))
    if kind < 0.8:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 3000)))
    if kind < 0.95:  # one long paragraph, no line break
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2000, 40000)))
    return "“" * rng.randint(1, 5000) + "said " * rng.randint(0, 5000)


def _encode(text: str, rng: random.Random) -> bytes:
    choice = rng.random()
    if choice < 0.6:
        return text.encode("utf-8")
    if choice < 0.7:
        return text.encode("utf-16")
    if choice < 0.8:
        return text.encode("cp1252", errors="replace")
    if choice < 0.9:  # valid text with stray bytes in it
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 5)):
            data.insert(rng.randint(0, len(data)), rng.randint(128, 255))
        return bytes(data)
    return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 2000)))


def random_input(rng: random.Random) -> tuple[str, bytes]:
    """(file extension, content) of one random input."""
    ext = rng.choice(["txt", "md", "html", "json", "jsonl", "csv"])
    text = _text(rng)
    if ext == "md" and rng.random() < 0.5:
        text = f"---\ntitle: {_text(rng)[:80]}\ndate: {rng.choice(['2024-01-02', 'x', ''])}\n---\n" \
               + text
    elif ext == "html":
        tags = ["<p>", "</p>", "<div>", "<script>", "</script>", "<br>", "<h1>", "<!--", "&amp;",
                "<html lang='de'>", "<meta name='author' content='", "<title>"]
        text = "".join(rng.choice(tags) + w for w in text.split(" ")[:2000])
    elif ext == "json":
        text = rng.choice([json.dumps({"text": text, "title": _text(rng)[:50]}),
                           json.dumps([{"text": text}, 1, None]), text[:500], "{", "[]"])
    elif ext == "jsonl":
        lines = [rng.choice([json.dumps({"text": _text(rng), "url": "x"}), _text(rng)[:200], "",
                             json.dumps([1, 2]), '{"text": null}'])
                 for _ in range(rng.randint(0, 20))]
        text = "\n".join(lines)
    elif ext == "csv":
        rows = ["title,text,published_at"] + [
            f'{rng.choice(["a", "", "x,y"])},"{_text(rng)[:500]}",{rng.choice(["2024-02-30", "", "x"])}'
            for _ in range(rng.randint(0, 10))]
        text = "\n".join(rows)
    return ext, _encode(text, rng)


@contextmanager
def _deadline(seconds: int):
    def stop(*_):
        raise TimeoutError(f"no answer in {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("batch", range(max(1, INPUTS // BATCH)))
def test_random_inputs_never_crash_hang_or_half_write(tmp_path, batch):
    rng = random.Random(batch)
    con = db.connect(tmp_path / "fuzz.duckdb")
    for n in range(BATCH):
        ext, data = random_input(rng)
        path = tmp_path / f"input{n}.{ext}"
        path.write_bytes(data)
        before = con.execute("select count(*) from documents").fetchone()[0]
        with _deadline(SECONDS):
            try:
                report = ingest_paths(con, [path])
            except CompareError:
                continue  # a typed, one-line error: allowed (nothing is written)
            after = con.execute("select count(*) from documents").fetchone()[0]
            assert after - before == report.ingested + report.republications, (batch, n, ext)
            extract_claims(con)
    assert con.execute("select count(*) from documents where doc_id not in "
                       "(select doc_id from extractions)").fetchone()[0] == 0

"""Find input files and read each format into records (one dict per article) or problems.

Readers never raise on bad input: they yield ``Problem``s, which ``ingest_paths`` turns into
warnings (skipped, counted) or, with ``strict=True``, into an ``InputError``.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from compare.errors import InputError
from compare.ingest.metadata import ALIASES, PATH_ALIASES, map_fields

TEXT_EXT = {".txt", ".md", ".markdown"}
HTML_EXT = {".html", ".htm"}
DATA_EXT = {".json", ".jsonl", ".ndjson", ".csv"}
FEED_EXT = {".rss", ".atom", ".xml"}
ARCHIVE_EXT = {".warc", ".warc.gz", ".wacz"}
SUPPORTED = TEXT_EXT | HTML_EXT | DATA_EXT | FEED_EXT | ARCHIVE_EXT
STREAMED = {".jsonl", ".ndjson", ".csv", *ARCHIVE_EXT}  # read record by record, never whole
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
_CHUNK = 1 << 20


@dataclass
class Problem:
    """One bad item: ``file[:line]: message (hint)``. ``skipped`` False: a warning only."""

    path: str
    message: str
    reason: str               # counted in the summary ("empty document")
    line: int | None = None
    hint: str | None = None
    skipped: bool = True
    quiet: bool = False       # counted in the summary, no warning line (an archive's images)

    def error(self) -> InputError:
        return InputError(self.path, self.message, line=self.line, hint=self.hint)

    def __str__(self) -> str:
        return self.error().format()


@dataclass
class Record:
    """One article as read: canonical fields (text, title, url, ...) and where it came from."""

    fields: dict
    path: str
    line: int | None = None
    kind: str = "text"        # text | markdown | html (how boilerplate removal treats it)


@dataclass
class Source:
    path: str  # a str, not a Path: tens of thousands of these are held (Paths are large)
    defaults: dict = field(default_factory=dict)  # metadata from a manifest row


# ---------------------------------------------------------------- decoding

def decode(data: bytes, path: str) -> tuple[str, Problem | None]:
    """Text of ``data``: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252, else latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, _encoding_note(path, encoding)
    raise AssertionError("latin-1 decodes any bytes")


def _encoding_note(path: str, encoding: str) -> Problem:
    return Problem(path, f"not UTF-8, decoded as {encoding}", "non-UTF-8 file",
                   hint="check the characters, or convert the file to UTF-8", skipped=False)


def stream_encoding(path: Path) -> str:
    """The encoding to stream a large file with (its bytes are checked chunk by chunk)."""
    with path.open("rb") as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8", *FALLBACK_ENCODINGS):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as f:
                while chunk := f.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def _is_binary(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in data[:8192]


def _read_bytes(path: Path, display: str, max_bytes: int) -> tuple[bytes | None, Problem | None]:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # /dev/zero reads forever, a FIFO waits forever
            return None, _not_regular(display)
        if st.st_size > max_bytes:
            return None, _too_large(display, st.st_size, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # a file growing while read stops at the limit
        if len(data) > max_bytes:
            return None, _too_large(display, len(data), max_bytes)
    except OSError as exc:
        return None, Problem(display, f"cannot read the file: {exc.strerror or exc}",
                             "unreadable file", hint="check that it exists and is readable")
    if _is_binary(data):
        return None, Problem(display, "binary file, not text", "binary file",
                             hint="remove it from the input, or convert it to a text format")
    return data, None


def _not_regular(display: str) -> Problem:
    return Problem(display, "not a regular file (a device, pipe or socket)", "unreadable file",
                   hint="copy what it holds into a file")


def _too_large(display: str, size: int, limit: int) -> Problem:
    return Problem(display, f"file too large: {size / 1e6:.1f} MB over the {limit / 1e6:g} MB "
                   "limit", "file over the size limit",
                   hint="raise the limit with --max-size MB, or split it into JSONL/CSV "
                   "which is streamed")


# ---------------------------------------------------------------- discovery

def discover(paths, manifest: Path | None) -> tuple[list[Source], list[Problem], int, list[Path]]:
    """(sources in order, problems, files left out as not in a manifest, manifests used).

    A manifest (``--manifest``, or any CSV with a path column and no text column) lists the
    articles of its folder: its rows come first, with their metadata; other files in that folder
    (README.md, notes) are left out. Files named explicitly are always read.
    """
    problems: list[Problem] = []
    explicit: list[str] = []
    walked: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            walked.extend(_walk(p))
        elif p.exists() or p.is_symlink():
            explicit.append(str(p))
        else:
            problems.append(Problem(str(p), "no such file or folder", "missing file",
                                    hint="check the path"))
    manifests = [manifest] if manifest is not None else []
    seen = {_key(m) for m in manifests}
    for p in [*explicit, *walked]:
        if p.lower().endswith(".csv") and _key(p) not in seen and is_manifest(Path(p)):
            manifests.append(Path(p))
            seen.add(_key(p))
    sources: list[Source] = []
    listed: set[str] = set()
    for m in manifests:
        for source in _manifest_rows(m, problems):
            key = _key(source.path)
            if key not in listed:
                listed.add(key)
                sources.append(source)
    manifest_dirs = [os.path.join(os.path.dirname(_key(m)), "") for m in manifests]
    ignored = 0
    for is_explicit, group in ((True, explicit), (False, walked)):
        for p in group:
            key = _key(p)
            if key in listed or key in seen:
                continue
            if not is_explicit and any(key.startswith(d) for d in manifest_dirs):
                ignored += 1
                continue
            listed.add(key)
            sources.append(Source(p))
    return sources, problems, ignored, manifests


def _key(path: str | Path) -> str:
    """An absolute path to compare files by (no file-system calls, unlike resolve())."""
    return os.path.abspath(path)


def _walk(folder: Path) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and file_type(name) in SUPPORTED:
                yield os.path.join(root, name)


def _csv_header(path: Path) -> list[str]:
    try:
        with path.open(encoding=stream_encoding(path), newline="") as f:
            return next(csv.reader(f), [])
    except (OSError, csv.Error):
        return []


def is_manifest(path: Path) -> bool:
    names = {h.strip().lower() for h in _csv_header(path)}
    return bool(names & set(PATH_ALIASES)) and not names & set(ALIASES["text"])


def _manifest_rows(manifest: Path, problems: list[Problem]) -> Iterator[Source]:
    if not manifest.is_file():
        raise InputError(manifest, "manifest not found", hint="check the --manifest path")
    header = [h.strip().lower() for h in _csv_header(manifest)]
    path_col = next((h for h in header if h in PATH_ALIASES), None)
    if path_col is None:
        raise InputError(manifest, f"manifest has no path column (found: {', '.join(header)})",
                         hint=f"name the column of file paths one of: {', '.join(PATH_ALIASES)}")
    folder = manifest.parent
    with manifest.open(encoding=stream_encoding(manifest), newline="") as f:
        reader = csv.DictReader(f)
        reader.fieldnames = [h.strip().lower() for h in reader.fieldnames or []]
        line = 1
        for row in reader:
            start, line = line + 1, reader.line_num
            rel = (row.get(path_col) or "").strip()
            if not rel:
                problems.append(Problem(str(manifest), "manifest row without a path",
                                        "manifest row without a path", line=start,
                                        hint="fill in the path or remove the row"))
                continue
            target = folder / rel
            if not target.is_file():
                problems.append(Problem(str(manifest), f"file not found: {rel}", "missing file",
                                        line=start, hint="paths are relative to the manifest's "
                                        "folder; fix the path or remove the row"))
                continue
            yield Source(str(target), map_fields(row))


# ---------------------------------------------------------------- formats

def file_type(path: str | Path) -> str:
    """The lower-case extension that decides the reader (".warc.gz", ".html", "")."""
    name = str(path).lower()
    return ".warc.gz" if name.endswith(".warc.gz") else os.path.splitext(name)[1]


def read_source(source: Source, *, max_bytes: int) -> Iterator[Record | Problem]:
    """Records (articles) and problems of one input file."""
    path = Path(source.path)
    display = source.path
    ext = file_type(display)
    if ext not in SUPPORTED:
        yield Problem(display, f"unsupported file type {ext or '(no extension)'}",
                      "unsupported file", hint="use .txt, .md, .html, .json, .jsonl, .csv, "
                      ".rss, .atom, .warc, .warc.gz or .wacz")
        return
    if ext in ARCHIVE_EXT:
        from compare.ingest.archives import read_wacz, read_warc

        try:
            if not stat.S_ISREG(path.stat().st_mode):
                yield _not_regular(display)
                return
            reader = read_wacz if ext == ".wacz" else read_warc
            yield from reader(path, display, max_bytes=max_bytes)
        except OSError as exc:
            yield Problem(display, f"cannot read the file: {exc.strerror or exc}",
                          "unreadable file", hint="check that it exists and is readable")
        return
    if ext in (".jsonl", ".ndjson", ".csv"):
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                yield _not_regular(display)
                return
            notes: list[Problem] = []
            lines = _decoded_lines(path, display, notes)
            reader = _read_csv if ext == ".csv" else _read_jsonl
            empty = True
            for item in reader(lines, display, max_bytes):
                yield from notes
                notes.clear()
                empty = False
                yield item
            yield from notes
        except OSError as exc:
            yield Problem(display, f"cannot read the file: {exc.strerror or exc}",
                          "unreadable file", hint="check that it exists and is readable")
            return
        if empty:
            yield Problem(display, "no articles in the file", "empty file",
                          hint="add rows or remove the file")
        return
    data, problem = _read_bytes(path, display, max_bytes)
    if problem:
        yield problem
        return
    if ext in HTML_EXT:
        from compare.ingest.html import read_html

        yield from read_html(data, display)
        return
    if ext in FEED_EXT:
        from compare.ingest.feeds import read_feed

        yield from read_feed(data, display)
        return
    text, note = decode(data, display)
    if note:
        yield note
    if ext == ".json":
        yield from _read_json(text, display)
        return
    yield from _read_text(text, display, markdown=ext != ".txt")


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _read_text(text: str, display: str, *, markdown: bool) -> Iterator[Record | Problem]:
    fields: dict = {}
    m = _FRONT.match(text.replace("\r\n", "\n"))
    if m:
        import yaml

        try:
            meta = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            yield Problem(display, "front matter is not valid YAML", "file with bad front matter",
                          line=mark.line + 2 if mark is not None else None,
                          hint="fix the block between the --- lines")
            return
        if not isinstance(meta, dict):
            yield Problem(display, "front matter is not a mapping of key: value lines",
                          "file with bad front matter", line=2,
                          hint="fix the block between the --- lines")
            return
        fields = map_fields(meta)
        text = text.replace("\r\n", "\n")[m.end():]
    fields["text"] = text
    yield Record(fields, display, kind="markdown" if markdown else "text")


def _read_json(text: str, display: str) -> Iterator[Record | Problem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(display, f"malformed JSON: {exc.msg} (column {exc.colno})",
                      "malformed JSON file", line=exc.lineno,
                      hint="fix the file; nothing in it was read")
        return
    items = data if isinstance(data, list) else [data]
    for n, item in enumerate(items, 1):
        line = n if isinstance(data, list) else None
        if not isinstance(item, dict):
            where = f"item {n}" if isinstance(data, list) else "the top level"
            yield Problem(display, f"{where} is a JSON {type(item).__name__}, not an object",
                          "JSON item that is not an object",
                          hint="each article must be an object with a text field")
            continue
        yield _record(item, display, line, where=f"item {n}: " if line else "")


def _record(item: dict, display: str, line: int | None, where: str = "") -> Record | Problem:
    fields = map_fields(item)
    if "text" in fields:
        return Record(fields, display, line=line)
    found = ", ".join(map(str, item)) or "none"
    return Problem(display, f"{where}no text field (found: {found})", "item without a text field",
                   line=line if not where else None,
                   hint=f"name the article field one of: {', '.join(ALIASES['text'])}")


_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


def _decoded_lines(path: Path, display: str, notes: list[Problem]) -> Iterator[str]:
    """The lines of a JSONL or CSV file, each decoded on its own (UTF-8, else cp1252, else
    latin-1, with a note naming the line), so one bad byte garbles one line, not the file;
    UTF-16 with a BOM as a whole."""
    with path.open("rb") as f:
        head = f.read(4)
        f.seek(0)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            with path.open(encoding="utf-16", newline="") as text:
                yield from text
            return
        for n, raw in enumerate(f, 1):
            if n == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                yield from filter(None, _LONE_CR.split(raw.decode("utf-8")))  # old Mac ends
                continue
            except UnicodeDecodeError:
                pass
            for encoding in FALLBACK_ENCODINGS:
                try:
                    line = raw.decode(encoding)
                except UnicodeDecodeError:
                    continue
                notes.append(Problem(display, f"line not UTF-8, decoded as {encoding}",
                                     "non-UTF-8 line", line=n, skipped=False,
                                     hint="check its characters, or convert the file to UTF-8"))
                yield from filter(None, _LONE_CR.split(line))
                break


def _read_jsonl(lines: Iterator[str], display: str, max_bytes: int):
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield Problem(display, f"line too large: {len(line) / 1e6:.1f} MB over the "
                          f"{max_bytes / 1e6:g} MB limit", "record over the size limit",
                          line=n, hint="raise the limit with --max-size MB")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(display, f"malformed JSON: {exc.msg} (column {exc.colno})",
                          "malformed JSON line", line=n, hint="fix or remove the line")
            continue
        if not isinstance(item, dict):
            yield Problem(display, f"a JSON {type(item).__name__}, not an object",
                          "JSON item that is not an object", line=n,
                          hint="each line must be an object with a text field")
            continue
        yield _record(item, display, n)


def _read_csv(lines: Iterator[str], display: str, max_bytes: int):
    csv.field_size_limit(max(max_bytes, 1 << 17))
    reader = csv.DictReader(lines, strict=True)  # bad quoting is reported, not swallowed
    try:
        header = [h.strip() for h in reader.fieldnames or []]
    except csv.Error as exc:
        yield Problem(display, f"malformed CSV header: {exc}", "malformed CSV file", line=1,
                      hint="fix the first line (the column names)")
        return
    if not {h.lower() for h in header} & set(ALIASES["text"]):
        yield Problem(display, f"no text column (found: {', '.join(header) or 'none'})",
                      "CSV without a text column",
                      hint=f"name the article column one of: {', '.join(ALIASES['text'])}")
        return
    line = 1
    try:
        for row in reader:
            start, line = line + 1, reader.line_num
            yield Record(map_fields(row), display, line=start)
    except csv.Error as exc:
        yield Problem(display, f"malformed CSV: {exc}", "malformed CSV file", line=line + 1,
                      hint="fix the quoting of this row; the rows after it were not read")

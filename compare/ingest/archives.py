"""Web archives: WARC (plain or gzipped) and WACZ files, read in one pass, record by record.

Pages captured by Browsertrix, ArchiveBox, Heritrix, Common Crawl or ``compare fetch`` become
documents: each HTML response goes through the same reader as an HTML file, with the captured
URL and the capture time (``WARC-Date``, stored as ``retrieved_at``) added. Records that are not
pages (requests, metadata, images, scripts, revisits, redirects) are counted, not warned about:
an archive holds far more of them than of articles.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO, Iterator

from compare.ingest.html import read_html
from compare.ingest.readers import Problem, Record

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, display: str, *, max_bytes: int) -> Iterator[Record | Problem]:
    """The pages of a ``.warc`` or ``.warc.gz`` file (gzip members or one stream)."""
    with path.open("rb") as stream:
        yield from _records(stream, display, max_bytes)


def read_wacz(path: Path, display: str, *, max_bytes: int) -> Iterator[Record | Problem]:
    """The pages of every WARC in a WACZ package's ``archive/`` folder (read from the zip
    without unpacking it)."""
    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield Problem(display, f"not a WACZ (zip) file: {exc}", "unreadable archive",
                      hint="check that the file is a complete .wacz download")
        return
    with package:
        names = sorted(n for n in package.namelist() if n.startswith("archive/")
                       and n.lower().endswith((".warc", ".warc.gz")))
        if not names:
            yield Problem(display, "no WARC files in the package's archive/ folder",
                          "unreadable archive", hint="check that the file is a WACZ package")
            return
        for name in names:
            with package.open(name) as stream:
                yield from _records(stream, f"{display}!{name}", max_bytes)


def _records(stream: IO[bytes], display: str, max_bytes: int) -> Iterator[Record | Problem]:
    from warcio.archiveiterator import ArchiveIterator

    records = iter(ArchiveIterator(stream))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            if not number:
                yield Problem(display, "no WARC records in the file", "unreadable archive",
                              hint="check that it is a WARC file (.warc or .warc.gz)")
            return
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken archives
            yield _malformed(display, number, str(exc) or type(exc).__name__)
            return
        if record.format != "warc":  # warcio reads anything else as the old ARC format
            yield _malformed(display, number, "not a WARC record")
            return
        number += 1
        uri = record.rec_headers.get_header("WARC-Target-URI")
        page = _payload(record, display, number, max_bytes)
        while record.raw_stream.read(1 << 16):
            pass
        if record.raw_stream.limit > 0:  # the file ends inside this record
            yield Problem(display, f"the file ends inside record {number} ({uri})",
                          "unreadable archive", line=number,
                          hint="the records before it were read; the file may be an "
                          "unfinished download")
            return
        if not isinstance(page, bytes):
            if page is not None:
                yield page
            continue
        for item in read_html(page, display):
            if isinstance(item, Problem):
                item.line, item.message = number, f"{item.message} ({uri})"
                item.quiet = item.reason == "empty document"  # section fronts, tag pages
            else:
                item.line = number
                item.fields.setdefault("url", uri)
                item.fields["retrieved"] = record.rec_headers.get_header("WARC-Date")
            yield item


def _payload(record, display: str, number: int, max_bytes: int) -> bytes | Problem | None:
    """The HTML of a page record; a counted Problem for a record that is not a page; None for
    records that are not responses at all (requests, metadata, warcinfo)."""
    kind = record.rec_type
    if kind == "revisit":
        return _skipped(display, number, "revisit record")
    if kind not in ("response", "resource"):
        return None
    if kind == "response":
        if record.http_headers is None:
            return None  # a DNS or other non-HTTP response
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return _skipped(display, number, "non-200 response")
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.lower().lstrip().startswith(HTML_TYPES):
        return _skipped(display, number, "non-HTML record")
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        uri = record.rec_headers.get_header("WARC-Target-URI")
        return Problem(display, f"record for {uri} over the {max_bytes / 1e6:g} MB limit",
                       "record over the size limit", line=number,
                       hint="raise the limit with --max-size MB")
    return data


def _malformed(display: str, number: int, detail: str) -> Problem:
    where = f"after record {number}" if number else "at the start"
    return Problem(display, f"malformed WARC {where}: {detail}", "unreadable archive",
                   line=number or None, hint="the records before this point were read; check "
                   "that it is a complete WARC file (.warc or .warc.gz)")


def _skipped(display: str, number: int, reason: str) -> Problem:
    return Problem(display, reason, reason, line=number, quiet=True)

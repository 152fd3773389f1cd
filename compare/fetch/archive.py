"""The WARC folder: one gzipped WARC per run, named by its start time. A run writes a hidden
``.part`` file, appends each request and response as whole gzip members and renames the file
when it ends (Ctrl-C included), so a reader never sees a half-written WARC; a ``.part`` left by
a killed run is cut after its last whole record and renamed by the next run. The archived
responses are the cache: a URL with a response in the folder is not fetched again."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from compare import __version__
from compare.fetch.client import TRANSIENT_STATUSES, Exchange
from compare.fetch.urls import normalise

SUFFIX = ".warc.gz"
PART = ".part"
_NAME = re.compile(r"(fetch-\d{8}T\d{6}Z)(?:-(\d+))?\.warc\.gz")


@dataclass(frozen=True)
class Archived:
    """The latest archived response for a URL: its status and, for a redirect, where to."""

    status: int
    location: str | None = None


def warc_files(folder: Path) -> list[Path]:
    """The finished WARCs of ``folder``, oldest first (``fetch-T.warc.gz`` before
    ``fetch-T-2.warc.gz``, which a name sort would swap)."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"fetch-*{SUFFIX}"), key=_run_order)


def _run_order(path: Path) -> tuple[str, int]:
    match = _NAME.fullmatch(path.name)
    return (match[1], int(match[2] or 1)) if match else (path.name, 0)


def archived(folder: Path) -> dict[str, Archived]:
    """Every URL with a response record in the folder's WARCs (the latest one wins; a
    "try again later" response, 429 or 5xx, does not count)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found: dict[str, Archived] = {}
    for path in warc_files(folder):
        try:
            with path.open("rb") as stream:
                for record in ArchiveIterator(stream):
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    status = int(record.http_headers.get_statuscode() or 0)
                    if status in TRANSIENT_STATUSES:
                        continue
                    location = record.http_headers.get_header("Location")
                    found[url] = Archived(status, location and normalise(location, url))
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error):
            continue  # what was read before the damage still counts
    return found


class WarcRun:
    """This run's WARC, written as ``.fetch-<time>.warc.gz.part`` and renamed at ``close``."""

    def __init__(self, folder: Path, *, user_agent: str):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = _free_name(folder, dt.datetime.now(dt.timezone.utc))
        self.part = _part_of(self.path)
        self._file = self.part.open("xb")
        self._whole = 0  # bytes of whole records written
        self._append(lambda w: w.write_record(w.create_warcinfo_record(self.path.name, {
            "software": f"compare/{__version__} (compare fetch)",
            "format": "WARC File Format 1.1",
            "http-header-user-agent": user_agent,
            "robots": "obey"})))
        self._info_end = self._whole

    def add(self, exchange: Exchange) -> None:
        """Append the request and response records of one exchange."""
        from warcio.statusandheaders import StatusAndHeaders

        def write(writer) -> None:
            response = writer.create_warc_record(
                exchange.url, "response", payload=io.BytesIO(exchange.body),
                http_headers=StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(),
                                              exchange.headers, protocol=exchange.protocol))
            request = writer.create_warc_record(
                exchange.url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(exchange.request_line, exchange.request_headers,
                                              is_http_request=True))
            writer.write_request_response_pair(request, response)

        self._append(write)

    def close(self) -> Path | None:
        """Cut any partly written record, rename the file; None when no response was kept."""
        try:
            self._file.close()
        finally:
            os.truncate(self.part, self._whole)
        if self._whole <= self._info_end:  # no response kept
            self.part.unlink()
            return None
        return _publish(self.part, self.path)

    def _append(self, write) -> None:
        """Build the records in memory, then append them with one write."""
        from warcio.warcwriter import WARCWriter

        buffer = io.BytesIO()
        write(WARCWriter(buffer, gzip=True, warc_version="WARC/1.1"))
        self._file.write(buffer.getvalue())
        self._file.flush()
        self._whole = self._file.tell()


def recover(folder: Path) -> list[Path]:
    """Finish the ``.part`` files killed runs left: cut after the last whole record, rename;
    the WARCs recovered (a file without a whole record is deleted)."""
    recovered = []
    for part in sorted(folder.glob(f".fetch-*{SUFFIX}{PART}")) if folder.is_dir() else []:
        whole = _whole_members(part)
        if whole == 0:
            part.unlink()
            continue
        os.truncate(part, whole)
        recovered.append(_publish(part, folder / part.name[1:-len(PART)]))
    return recovered


def _whole_members(path: Path) -> int:
    """Bytes from the start of the file to the end of its last complete gzip member (each
    record is one member), decompressing a megabyte at a time."""
    whole = offset = 0
    member = zlib.decompressobj(31)
    pending = b""
    with path.open("rb") as f:
        while pending or (pending := f.read(1 << 20)):
            try:
                member.decompress(pending, 1 << 20)
            except zlib.error:
                break
            if member.eof:
                offset += len(pending) - len(member.unused_data)
                whole, pending = offset, member.unused_data
                member = zlib.decompressobj(31)
            else:
                offset += len(pending) - len(member.unconsumed_tail)
                pending = member.unconsumed_tail
    return whole


def _free_name(folder: Path, now: dt.datetime) -> Path:
    stem = f"fetch-{now:%Y%m%dT%H%M%SZ}"
    for n in range(1, 1000):
        path = folder / f"{stem}{'' if n == 1 else f'-{n}'}{SUFFIX}"
        if not path.exists() and not _part_of(path).exists():
            return path
    raise FileExistsError(f"{folder}: no free WARC name for {stem}")


def _part_of(path: Path) -> Path:
    return path.with_name(f".{path.name}{PART}")


def _publish(part: Path, path: Path) -> Path:
    """Rename ``part`` to ``path`` (or the next free name) once its bytes are on disk."""
    with part.open("rb+") as f:
        os.fsync(f.fileno())
    if path.exists():
        path = _free_name(path.parent, dt.datetime.now(dt.timezone.utc))
    os.replace(part, path)
    return path

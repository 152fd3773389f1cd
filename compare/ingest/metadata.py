"""Metadata: field-name aliases, dates, datelines, bylines and outlets from URLs."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache
from urllib.parse import urlsplit

# Accepted names (case-insensitive) for each documents column, in CSV headers, JSON keys,
# front matter and manifests.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "maintext", "story_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_link"),
    "outlet": ("outlet", "source", "media_name", "publisher", "meta_site_name"),
    "published": ("published_at", "publish_date", "date", "date_publish"),
    "retrieved": ("retrieved_at", "date_download", "collect_date", "indexed_date", "crawled_at"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang", "meta_lang"),
}
# Exports these aliases cover: news-please (maintext, date_publish, date_download), newspaper4k
# (canonical_link, meta_site_name, meta_lang), Media Cloud (media_name, publish_date,
# collect_date / indexed_date, story_text), NewsAPI (source.name, content). docs/ingest.md.
PATH_ALIASES = ("path", "file", "filename", "file_path")
_LOOKUP = {alias: field for field, names in ALIASES.items() for alias in names}


def map_fields(record: dict) -> dict:
    """Known fields of ``record`` under their canonical names (first alias present wins)."""
    out: dict = {}
    for key, value in record.items():
        field = _LOOKUP.get(str(key).strip().lower())
        if field is None or field in out or value is None:
            continue
        value = _scalar(value)
        if value is not None and (field == "text" or value.strip()):
            out[field] = value if field == "text" else value.strip()
    return out


def _scalar(value) -> str | None:
    if isinstance(value, dict):  # e.g. NewsAPI's "source": {"id": ..., "name": ...}
        value = value.get("name") or value.get("title")
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if v is not None)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return None if value is None else str(value)


@lru_cache(maxsize=4096)
def parse_date(raw: str | None) -> tuple[dt.datetime | None, str | None]:
    """(timestamp in UTC without tz, None) when ``raw`` parses, else (None, raw)."""
    if raw is None or not str(raw).strip():
        return None, None
    raw = str(raw).strip()
    from dateutil import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = parser.parse(raw, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None, raw
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if not 1800 <= value.year <= 2200:
        return None, raw
    return value, None


_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
           "june|july|august|september|october|november|december")
_DAYS = "mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DATE_TOKEN = re.compile(
    rf"(?:{_MONTHS}|{_DAYS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|am|pm|a\.m\.|"
    r"p\.m\.|at|on|utc|gmt|msk|cet|cest|est|edt|et|bst|z|t|[+-]\d{2}:?\d{2})", re.IGNORECASE)
_DATE_SEPARATORS = re.compile(r"[\s,./\-|]+")
_DATE_PREFIX = re.compile(r"^(?:(?:first )?published|updated|last updated|posted|date|modified)"
                          r"(?:\s*on)?\s*:?\s*", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|2[01])\d{2}\b")
_DAY_MONTH = re.compile(rf"\b(?:{_MONTHS})\b|\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}", re.IGNORECASE)


def dateline(line: str) -> str | None:
    """The date written on a line that holds nothing but a date ("18 Oct, 2021 14:05")."""
    if len(line) > 60 or not _YEAR.search(line) or not _DAY_MONTH.search(line):
        return None
    body = _DATE_PREFIX.sub("", line.strip())
    for token in _DATE_SEPARATORS.split(body):
        if token and not _DATE_TOKEN.fullmatch(token):
            return None
    return body if parse_date(body)[0] is not None else None


_BYLINE = re.compile(r"^[Bb][Yy]\s+([A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,6})$")


_STAFF_BYLINE = re.compile(r"^by\s+((?:our|a|the)\s+(?:[\w-]+\s+){0,3}(?:correspondents?|"
                           r"staff|reporters?|desk|editors?|team))$", re.IGNORECASE)


def byline(line: str) -> str | None:
    """The author named on a "By Jane Roe" / "By our energy correspondent" line."""
    line = line.strip()
    m = _BYLINE.match(line) or _STAFF_BYLINE.match(line)
    return m.group(1).strip() if m else None


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``/``m.``/``amp.`` ("https://www.rt.com/x" -> rt.com)."""
    if not url:
        return None
    text = url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host.lower()

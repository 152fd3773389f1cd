"""HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

import re
from typing import Iterator

from compare.ingest.readers import Problem, Record

_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)", re.I)
_DATE_PARAMS = {"extensive_search": False, "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def read_html(data: bytes, display: str) -> Iterator[Record | Problem]:
    """One record: trafilatura's main text (paragraphs) plus title, url, date, author, site."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          include_tables=False, date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura raise many kinds on broken pages
        yield Problem(display, f"cannot parse the HTML: {type(exc).__name__}: {exc}",
                      "unparseable HTML page", hint="check that it is an HTML page")
        return
    if doc is None or not (doc.text or "").strip():
        yield Problem(display, "empty document: no article text found in the page",
                      "empty document", hint="check that the page holds an article, or remove it")
        return
    fields = {"text": doc.text}
    for name, value in (("title", doc.title), ("url", doc.url), ("published", doc.date),
                        ("author", doc.author)):
        if value:
            fields[name] = str(value).strip()
    site = (doc.sitename or "").strip()
    if site and "." not in site:  # a name ("Riverside Courier"), not a host name
        fields["outlet"] = site
    m = _LANG.search(data[:4096])
    if m:
        fields["language"] = m.group(1).decode("ascii").lower()
    yield Record(fields, display, kind="html")

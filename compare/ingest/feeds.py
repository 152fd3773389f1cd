"""RSS and Atom files (feedparser): one document per item, from its full content or else its
summary, with the item's link and date, and the feed's title as the outlet (a manifest row
naming the file wins, as for HTML pages, whose metadata is also the publisher's guess)."""

from __future__ import annotations

import re
from typing import Iterator

from compare.ingest.readers import Problem, Record

_BLOCKS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre",
           "section", "article", "figure", "figcaption", "ul", "ol", "table"}
_SPACES = re.compile(r"[ \t\r\f\v]+")


def read_feed(data: bytes, display: str) -> Iterator[Record | Problem]:
    """The items of an RSS or Atom feed (a feed with XML errors is read as far as it goes)."""
    import feedparser

    feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not feed.entries:
        reason = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield Problem(display, f"no feed items found (not an RSS or Atom feed?){reason}",
                      "file without feed items", hint="check that it is an RSS or Atom feed")
        return
    if feed.get("bozo") and not isinstance(feed.bozo_exception, feedparser.CharacterEncodingOverride):
        yield Problem(display, f"feed has XML errors ({feed.bozo_exception}); read as far as it "
                      "goes", "feed with XML errors", skipped=False,
                      hint="check the items against the feed")
    outlet = (feed.feed.get("title") or "").strip()
    language = (feed.feed.get("language") or "").strip()
    for number, entry in enumerate(feed.entries, 1):
        body = entry.get("content")
        html = body[0].get("value") if body else entry.get("summary")
        fields = {"text": fragment_text(html or ""), "title": entry.get("title"),
                  "url": entry.get("link"), "author": entry.get("author"),
                  "published": entry.get("published") or entry.get("updated"),
                  "outlet": outlet, "language": language}
        yield Record({k: v.strip() if k != "text" else v for k, v in fields.items() if v},
                     display, line=number, kind="html")


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element (plain text as is)."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several kinds on broken markup
        return re.sub(r"<[^>]+>", " ", html).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

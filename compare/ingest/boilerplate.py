"""Page boilerplate: remove chrome, navigation, the headline and datelines; mark teasers.

The rules are whole-line patterns (``compare/rules/boilerplate.yaml``), so body text is never cut
mid-paragraph. ``clean`` works on one article::

    cleaned = clean(raw_text, title="Headline from the manifest", rules=load_rules())
    cleaned.text, cleaned.title, cleaned.teasers  # body, headline, [(start, end), ...]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compare.hashing import normalise_text
from compare.ingest import metadata
from compare.ingest.rules import Rules, strip_bullets

HEADER_LINES = 12       # the header block (nav, headline, dateline, byline) is searched this far
PARAGRAPH_WORDS = 40    # a line this long is body text even without final punctuation
_SENTENCE_END = re.compile(r"(?<![.])[.:;][\"'”’»)\]]*$")   # a full stop, not an ellipsis
_OTHER_END = re.compile(r"(?:[?!…]|\.\.\.)[\"'”’»)\]]*$")  # headlines end like this too
QUESTION_WORDS = 16  # a line ending in ? ! … this long is body text
_BULLET_START = re.compile(r"^\s*[•·▪►▶|]")
_MD_HEADING = re.compile(r"^#{1,6}\s+")


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    teasers: list[tuple[int, int]] = field(default_factory=list)
    n_chrome_lines: int = 0
    dateline: str | None = None   # the date as written on a dateline, removed from the text
    author: str | None = None     # from a "By ..." line, removed from the text
    cue_domain: str | None = None  # "Also on rt.com" -> rt.com


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", normalise_text(text).casefold()).strip()


def same_title(line: str, title: str) -> bool:
    """Whether ``line`` is the headline ``title`` (normalised; near-identical counts)."""
    a, b = _key(line), _key(title)
    if not a or not b:
        return False
    if a == b:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 92


def _is_paragraph(line: str) -> bool:
    words = len(line.split())
    if words >= PARAGRAPH_WORDS:
        return True
    if _SENTENCE_END.search(line):
        return words >= 4
    return words >= QUESTION_WORDS and _OTHER_END.search(line) is not None


def _is_menu(line: str, rules: Rules) -> bool:
    if rules.is_menu(line) or _BULLET_START.match(line):
        return True
    return len(line.split()) <= 4 and not re.search(r"[.!?:;,\d]", line)


def clean(raw: str, *, title: str | None, rules: Rules, markdown: bool = False,
          paragraph_sep: str = "\n") -> Cleaned:
    """The article body of ``raw`` with page chrome, navigation, headline and dateline removed.

    ``title`` (from a manifest or metadata) is dropped from the top of the text when it is
    repeated there; when unknown, the headline line becomes the title. ``paragraph_sep`` joins
    lines that were separate paragraphs in the source ("\\n\\n" for HTML extracts).
    """
    out = Cleaned(text="", title=title)
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []  # "" marks a blank line
    for line in lines:
        line = line.strip()
        if markdown:
            line = _MD_HEADING.sub("", line)
        if line and rules.is_chrome(line):
            out.n_chrome_lines += 1
            continue
        kept.append(line)
    drop = _header(kept, title, rules, out)
    body: list[str] = []
    for i, line in enumerate(kept):
        if i in drop:
            continue
        if not line:
            if body and body[-1]:
                body.append("")
            continue
        body.append(line)
    while body and not body[-1]:
        body.pop()
    pieces: list[str] = []
    pos = 0
    for i, line in enumerate(body):
        if i:
            sep = "\n" if not line or not body[i - 1] else paragraph_sep
            pieces.append(sep)
            pos += len(sep)
        if line:
            m = rules.teaser_match(line)
            if m:
                lead = len(line) - len(strip_bullets(line))
                out.teasers.append((pos + lead, pos + len(line)))
                domain = m.groupdict().get("domain")
                if domain and out.cue_domain is None:
                    out.cue_domain = domain.lower().removeprefix("www.")
        pieces.append(line)
        pos += len(line)
    out.text = "".join(pieces)
    return out


def _header(kept: list[str], title: str | None, rules: Rules, out: Cleaned) -> set[int]:
    """Indices of header lines to drop (nav, repeated headline, dateline, byline); fills ``out``."""
    header: list[int] = []
    for i, line in enumerate(kept):
        if not line:
            continue
        if len(header) >= HEADER_LINES:
            break
        if header and _is_paragraph(line) and not (title and same_title(line, title)):
            break
        if not header and _is_paragraph(line):
            # The first line is body text, unless it repeats the known title.
            if title and same_title(line, title):
                return {i}
            return set()
        header.append(i)
    drop: set[int] = set()
    rest = []
    for i in header:
        date = metadata.dateline(kept[i])
        author = None if date else metadata.byline(kept[i])
        if date:
            out.dateline = out.dateline or date
            drop.add(i)
        elif author:
            out.author = out.author or author
            drop.add(i)
        else:
            rest.append(i)
    if not rest:
        return drop
    headline = None
    if title:
        headline = next((i for i in rest if same_title(kept[i], title)), None)
        if headline is not None:
            drop.add(headline)
    def explicit_nav(i: int) -> bool:
        return rules.is_menu(kept[i]) or _BULLET_START.match(kept[i]) is not None

    if headline is None:
        # The first line that is not navigation: not a menu rule, not a bullet, and not a short
        # line (a site name) right above one.
        for pos, i in enumerate(rest):
            nxt = rest[pos + 1] if pos + 1 < len(rest) else None
            if explicit_nav(i) or (nxt is not None and explicit_nav(nxt) and _is_menu(kept[i], rules)):
                continue
            headline = i
            break
        if headline is not None and title is None:
            out.title = kept[headline]
            drop.add(headline)
    if headline is None:
        return drop
    for i in rest:
        if (i < headline and _is_menu(kept[i], rules)) or (i != headline and explicit_nav(i)):
            out.n_chrome_lines += 1
            drop.add(i)
    return drop

"""Word-level differences between a version of a claim and its cluster's medoid.

Usage::

    >>> [(p.op, p.text) for p in diff_words("Russia wants ties", "Russia seeks ties")]
    [('equal', 'Russia '), ('delete', 'seeks'), ('insert', 'wants'), ('equal', ' ties')]

Words are compared in normalised form (case, curly quotes and dashes folded), so a version that
only differs in typography counts as identical. The pieces carry the version's own text (the
medoid's words for deletions), so rendering them in order reads as the version with the medoid's
missing words struck through.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable, Sequence

from compare.hashing import normalise_text

# Words, and punctuation marks other than quotation marks (quotes are typography, not wording).
_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*"
                    r"|[^\w\s\"'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb]")


@dataclass(frozen=True)
class Piece:
    """One run of text: ``op`` is equal | insert | delete; ``sub`` marks half of a substitution;
    ``mark`` is "" or the class of a highlighted term (hedge | loaded)."""

    op: str
    text: str
    sub: bool = False
    mark: str = ""


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1 << 16)
def _norm(token: str) -> str:
    return normalise_text(token).lower()


@lru_cache(maxsize=4096)
def normalised(text: str) -> str:
    """The text as the diff sees it: normalised words joined by single spaces."""
    return " ".join(_norm(t) for t, _, _ in _tokens(text or ""))


def is_identical(text: str, medoid: str) -> bool:
    """True when the two texts have the same normalised words (typography aside)."""
    return normalised(text) == normalised(medoid)


def diff_words(text: str, medoid: str) -> list[Piece]:
    """The version ``text`` as pieces against ``medoid`` (insertions, deletions, substitutions)."""
    a, b = _tokens(medoid or ""), _tokens(text or "")
    if not b:
        return [Piece("delete", medoid)] if a else []
    matcher = difflib.SequenceMatcher(None, [_norm(t) for t, _, _ in a],
                                      [_norm(t) for t, _, _ in b], autojunk=False)
    pieces: list[Piece] = []
    pos = 0  # next character of ``text`` not yet emitted

    def emit_b(op: str, j1: int, j2: int, sub: bool = False) -> None:
        nonlocal pos
        start, end = b[j1][1], b[j2 - 1][2]
        if start > pos:  # whitespace or nothing between the previous run and this one
            pieces.append(Piece("equal", text[pos:start]))
        pieces.append(Piece(op, text[start:end], sub))
        pos = end

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            emit_b("equal", j1, j2)
        elif tag == "insert":
            emit_b("insert", j1, j2)
        elif tag == "delete":
            if pieces and pieces[-1].text and not pieces[-1].text[-1].isspace():
                pieces.append(Piece("equal", " "))
            pieces.append(Piece("delete", medoid[a[i1][1]:a[i2 - 1][2]]))
        else:  # replace: the medoid's words struck, the version's words inserted
            if pos < b[j1][1]:
                pieces.append(Piece("equal", text[pos:b[j1][1]]))
                pos = b[j1][1]
            pieces.append(Piece("delete", medoid[a[i1][1]:a[i2 - 1][2]], True))
            emit_b("insert", j1, j2, True)
    if pos < len(text):
        pieces.append(Piece("equal", text[pos:]))
    return _merge(pieces)


def plain(text: str) -> list[Piece]:
    """The text as one unchanged piece (the medoid itself, verbatim copies)."""
    return [Piece("equal", text)] if text else []


def mark_terms(pieces: Sequence[Piece], terms: dict[str, Iterable[str]]) -> list[Piece]:
    """Split the pieces so that each occurrence of a term carries its class in ``mark``.

    ``terms`` maps a class (hedge, loaded) to words or phrases; matching ignores case and
    respects word boundaries. Deleted text (the medoid's words) is not marked.
    """
    alternatives = []
    for cls, words in terms.items():
        for word in sorted({w for w in (words or []) if w and w.strip()}, key=len, reverse=True):
            alternatives.append((cls, word.strip()))
    if not alternatives:
        return list(pieces)
    pattern = re.compile("|".join(
        f"(?P<t{i}>(?<!\\w){re.escape(word)}(?!\\w))" for i, (_, word) in enumerate(alternatives)),
        re.IGNORECASE)
    out: list[Piece] = []
    for piece in pieces:
        if piece.op == "delete":
            out.append(piece)
            continue
        pos = 0
        for m in pattern.finditer(piece.text):
            cls = alternatives[int(m.lastgroup[1:])][0]
            if m.start() > pos:
                out.append(Piece(piece.op, piece.text[pos:m.start()], piece.sub))
            out.append(Piece(piece.op, m.group(), piece.sub, cls))
            pos = m.end()
        if pos < len(piece.text):
            out.append(Piece(piece.op, piece.text[pos:], piece.sub))
    return out


def _merge(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for p in pieces:
        if not p.text:
            continue
        if out and (out[-1].op, out[-1].sub, out[-1].mark) == (p.op, p.sub, p.mark):
            out[-1] = Piece(p.op, out[-1].text + p.text, p.sub, p.mark)
        else:
            out.append(p)
    return out


def change_ratio(pieces: Sequence[Piece]) -> float:
    """Share of characters inserted or deleted (0: identical)."""
    total = sum(len(p.text) for p in pieces) or 1
    return sum(len(p.text) for p in pieces if p.op != "equal") / total

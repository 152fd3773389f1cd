"""The framing stage's word lists: loading, merging user additions, and matching terms.

The lists are the ``*.txt`` files in this folder (format and how to extend them: README.md);
folders named in ``$COMPARE_LEXICONS`` add entries (or remove them with ``!term``)::

    from compare.lexicons import load_lexicons
    lex = load_lexicons()                 # bundled + $COMPARE_LEXICONS
    lex.terms["hedges"].find("Troops were reportedly moved")   # ['reportedly']
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from compare.errors import InputError

ENV_LEXICONS = "COMPARE_LEXICONS"
TERM_LISTS = ("hedges", "intensifiers", "loaded_terms")



def _parse(text: str, path: str, sectioned: bool) -> list[tuple[str | None, str]]:
    """(section, entry) pairs of one lexicon file; entries starting with '!' are removals."""
    out: list[tuple[str | None, str]] = []
    section = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            if not sectioned:
                raise InputError(path, f"unexpected section {line} in a plain term list",
                                 line=number, hint="remove it: this file lists terms only")
            section = line[1:-1].strip().lower()
            continue
        if sectioned and section is None and not line.startswith("!"):
            raise InputError(path, f"entry {line!r} comes before any [section]", line=number,
                             hint="start the file with a line such as [neutral]")
        out.append((section, " ".join(line.lower().split())))
    return out


def _lexicon_texts(name: str, dirs: Sequence[str | os.PathLike] | None) -> list[tuple[str, str]]:
    """(path, text) of the bundled file ``name`` and of each user folder's file of that name."""
    bundled = resources.files("compare").joinpath("lexicons", name)
    texts = [(f"compare/lexicons/{name}", bundled.read_text(encoding="utf-8"))]
    if dirs is None:
        dirs = [d for d in os.environ.get(ENV_LEXICONS, "").split(os.pathsep) if d]
    for folder in dirs:
        path = Path(folder).expanduser() / name
        if path.is_file():
            texts.append((str(path), path.read_text(encoding="utf-8")))
    return texts


def _merge(pairs: Iterable[tuple[str | None, str]]) -> dict[str, str | None]:
    """entry -> section, later files adding entries, re-classing them, or removing ('!term')."""
    merged: dict[str, str | None] = {}
    for section, entry in pairs:
        if entry.startswith("!"):
            merged.pop(entry[1:].strip(), None)
        else:
            merged[entry] = section
    return merged


def _term_pattern(terms: Iterable[str], *, plural: bool = False) -> re.Pattern | None:
    """One case-insensitive alternation, longest terms first, on word boundaries."""
    parts = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        wild = term.endswith("*")
        body = r"\s+".join(re.escape(w) for w in term.rstrip("*").split())
        parts.append(body + (r"[\w-]*" if wild else r"(?:s|es)?" if plural else ""))
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


_TOKEN = re.compile(r"[\w-]+")
_OPENERS = set(".!?:;\"“”«»‘’(\n")


class TermMatcher:
    """Finds lexicon terms in a text by its word tokens (much faster than one big regex).

    A term is one or more words; a trailing ``*`` on the last word matches any ending. Words of a
    multiword term must be separated by whitespace only.
    """

    def __init__(self, terms: Iterable[str]):
        self.singles: set[str] = set()
        self.prefixes: list[str] = []
        self.multi: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        for term in terms:
            wild = term.endswith("*")
            words = tuple(term.rstrip("*").split())
            if not words:
                continue
            if len(words) == 1:
                (self.prefixes.append if wild else self.singles.add)(words[0])
            else:
                self.multi.setdefault(words[0], []).append((words, wild))
        for options in self.multi.values():
            options.sort(key=lambda o: -len(o[0]))
        self._prefix_tuple = tuple(self.prefixes)

    def _match_at(self, toks, i: int, text: str) -> int:
        """How many tokens a term starting at token ``i`` covers (0: none)."""
        word = toks[i][0]
        for words, wild in self.multi.get(word, ()):
            n = len(words)
            if i + n > len(toks):
                continue
            ok = True
            for k in range(1, n):
                w, start, _ = toks[i + k]
                last = k == n - 1
                same = w.startswith(words[k]) if (wild and last) else w == words[k]
                if not same or not text[toks[i + k - 1][2]:start].isspace():
                    ok = False
                    break
            if ok:
                return n
        if word in self.singles or (self._prefix_tuple and word.startswith(self._prefix_tuple)):
            return 1
        return 0

    def find(self, text: str, *, skip_names: bool = False, toks: list | None = None
             ) -> list[str]:
        """Distinct terms in ``text`` (``toks``: its ``tokens(text)`` when already computed)."""
        if toks is None:
            toks = tokens(text)
        found: list[str] = []
        i = 0
        while i < len(toks):
            n = self._match_at(toks, i, text)
            if not n:
                i += 1
                continue
            start = toks[i][1]
            if skip_names and text[start].isupper() and not at_sentence_start(text, start):
                i += 1
                continue
            term = " ".join(t[0] for t in toks[i:i + n])
            if term not in found:
                found.append(term)
            i += n
        return found


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(lowercased word, start, end) of each word of ``text``."""
    return [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def at_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, a quote or a line (only spaces before an opener)."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return j < 0 or text[j] in _OPENERS


def _inflections(cue: str) -> set[str]:
    """Regular forms of a base-form cue ("insist" -> insists, insisted, insisting)."""
    head, _, rest = cue.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head, head + "s", head + "es", head + "ed", head + "d", head + "ing"}
    if head.endswith("e"):
        forms.add(head[:-1] + "ing")
    if head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied"}
    if (len(head) > 2 and head[-1] not in "aeiouwxy" and head[-2] in "aeiou"
            and head[-3] not in "aeiou"):   # admit -> admitted, slam -> slammed
        forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    return {f + tail for f in forms}


@dataclass
class Lexicons:
    """The merged word lists in use, and their version hash."""

    cues: dict[str, str]                       # inflected cue form -> class
    terms: dict[str, TermMatcher]              # hedges / intensifiers / loaded_terms
    labels: dict[str, set[str]]                # pronoun / title / institution -> words
    label_patterns: dict[str, re.Pattern | None] = field(default_factory=dict)
    version: str = ""


def load_lexicons(dirs: Sequence[str | os.PathLike] | None = None) -> Lexicons:
    """The bundled lexicons plus those in ``dirs`` (default: the folders in $COMPARE_LEXICONS)."""
    digest = hashlib.sha256()

    def merged(name: str, sectioned: bool) -> dict[str, str | None]:
        pairs = []
        for path, text in _lexicon_texts(name, dirs):
            pairs += _parse(text, path, sectioned)
        result = _merge(pairs)
        for entry, section in sorted(result.items()):
            digest.update(f"{name}\t{section}\t{entry}\n".encode())
        return result

    cues: dict[str, str] = {}
    for entry, cls in merged("cues.txt", True).items():
        for form in _inflections(entry):
            cues.setdefault(form, cls)
        cues[entry] = cls  # an entry as written always wins over another entry's inflection
    terms = {name: TermMatcher(merged(f"{name}.txt", False)) for name in TERM_LISTS}
    labels: dict[str, set[str]] = {"pronoun": set(), "title": set(), "institution": set()}
    for entry, section in merged("speaker_labels.txt", True).items():
        labels.setdefault(section, set()).add(entry)
    lex = Lexicons(cues=cues, terms=terms, labels=labels,
                   version=digest.hexdigest()[:16])
    lex.label_patterns = {k: _term_pattern(v, plural=True) for k, v in labels.items()}
    return lex

"""Paragraphs and sentences of news text, as character spans of the original string.

Rules, not a model: a sentence ends at ``.``, ``!``, ``?`` or an ellipsis (optionally followed
by closing quotes or brackets) when the next word opens a sentence (capital letter, digit or an
opening quote). A period does not end a sentence after a title or month abbreviation ("Mr.",
"Oct. 18"), an initial ("J. K.", "U. S."), or inside a dotted abbreviation ("U.S.") unless the
next word is a typical sentence opener ("The", "He", ...).
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# Abbreviations whose period never ends a sentence (compared lowercase, without the period).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col capt sgt cpl maj adm cmdr brig pres supt det insp
st mt ft jr sr rev hon fr messrs mmes gens reps sens amb atty
jan feb mar apr jun jul aug sep sept oct nov dec
no nos vs v etc inc corp co ltd bros dept univ assn est approx fig vol pp ed eds
a.m p.m e.g i.e u.s u.k u.n u.s.a e.u d.c
sra srta им ул акад
""".split())  # ("им." is "named after": "академии космонавтики им. К. Э. Циолковского")

# Months after a day written as an ordinal ("7. Februar"): the period is no sentence end.
ORDINAL_MONTHS = frozenset("""
Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
""".split())

# Words that typically open a sentence: after "U.S." or "a.m." they confirm a boundary.
SENTENCE_OPENERS = frozenset("""
the a an he she it they we i you this that these those there his her its their our my
but and yet so still however meanwhile in on at as if when while after before for
what who why how no not one some many most all both each such mr mrs ms dr
""".split())

_BOUNDARY = re.compile(r"(?:\.\.\.|…|[.!?]+)(?: »)?[\"'”’»“)\]]*(?=\s)")  # “: German „…“
# closes; " »": French spacing
_NEXT = re.compile(r"\s+([\"'“‘«„‚(\[]?)\s?(\S+)")  # "… sobriété. « Ce soir": French spacing
# a full stop with no space after it between two words ("… geklärt werden könnten.Auch der …",
# text glued when a page was scraped): three lowercase letters before, a capitalised word after
_LOWER, _UPPER = r"[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]", "[A-ZÀ-ÖØ-ÞА-ЯЁ]"
GLUED_STOP = re.compile(rf"[.!?](?<={_LOWER}{{3}}[.!?])(?={_UPPER}(?:{_LOWER}{{2}}|{_LOWER}\s))")
# ^ "… afirmó Boric.El presidente …": a two-letter word after the stop too
_GLUED_MARK = re.compile(rf"(?<=[.!?])[”\"](?={_UPPER}{_LOWER}{{2}})")
_DOUBLE_MARK = re.compile("[“”\"«»„]")
_LOOKBEHIND = 256  # characters before a terminator that decide it (keeps splitting linear)
_SOFT_ABBREVIATIONS = frozenset("u.s u.k u.n u.s.a e.u d.c etc inc corp co ltd a.m p.m jr sr".split())


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Non-blank lines of ``text[start:end]`` as (start, end) spans, whitespace trimmed; a line
    opening with a comma, or in lowercase after a quotation that ends no sentence, goes on the
    line right before it (a page whose markup broke a sentence: "« … »\n, a affirmé X")."""
    end = len(text) if end is None else end
    out: list[Span] = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        a, b = m.start() + start, m.end() + start
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b and out and text.count("\n", out[-1][1], a) == 1 and (
                text[a] == "," or text[a].islower() and text[out[-1][1] - 1] in "»”\"“"
                and text[out[-1][0]:out[-1][1]].rstrip("»”\"“ \u00a0")[-1:] not in ".!?"):
            out[-1] = (out[-1][0], b)  # "« … »\n, a affirmé X": broken off its sentence
        elif a < b:
            out.append((a, b))
    return out


def _ends_sentence(text: str, stop: int, nxt: re.Match) -> bool:
    """Whether the terminator ending at ``stop`` ends a sentence before the word ``nxt``."""
    opener, word = nxt.group(1), nxt.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit() or opener):
        return False
    punct = text[max(0, stop - _LOOKBEHIND):stop].rstrip("\"'”’»“)] ")
    if not punct.endswith("."):
        return True  # ! ? and closing marks after them
    if punct.endswith("...") or punct.endswith("…"):
        return True
    body = punct[:-1]
    if not body or body[-1].isspace():
        return True
    before = body.rsplit(None, 1)[-1].lstrip("\"'“‘«([")  # the word the full stop ends
    if before.isdigit() and len(before) <= 2 and word.rstrip(".,") in ORDINAL_MONTHS:
        return False  # "am 7. Februar", "le 1. März": a German ordinal date
    low = before.lower().replace("’", "'")
    if len(before) == 1 and before.isalpha() and before.isupper():
        # an initial ("J." in "J. K. Rowling", "U." in "U. S.") unless a sentence starts
        return word.lower().strip("\"'“‘") in SENTENCE_OPENERS and len(word) > 2
    if low in ABBREVIATIONS:
        if low in {"no", "nos"}:  # "No. 10", but "they will vote no. The …"
            return not word.lstrip("\"'“‘(#")[:1].isdigit()
        if low in _SOFT_ABBREVIATIONS:
            return word.lower().strip("\"'“‘") in SENTENCE_OPENERS
        return False
    if "." in before and all(len(p) <= 2 for p in before.split(".") if p):
        return word.lower().strip("\"'“‘") in SENTENCE_OPENERS  # other dotted abbreviations
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` (normally one paragraph) as trimmed spans."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    cuts = [0]
    for m in _BOUNDARY.finditer(chunk):
        stop = m.end()
        nxt = _NEXT.match(chunk, stop)
        if nxt and _ends_sentence(chunk, stop, nxt):
            cuts.append(stop)
    glued = [m.end() for m in GLUED_STOP.finditer(chunk)
             if not re.search(r"[./@]\w*$", chunk[max(0, m.start() - 64):m.start()])]  # "bbc.Com"
    for m in _GLUED_MARK.finditer(chunk):  # "…by FIDE.”The moment": a mark between two
        marks = len(_DOUBLE_MARK.findall(chunk, 0, m.start()))  # sentences, glued to both
        glued.append(m.end() if marks % 2 else m.start())  # closes the first or opens the next
    if glued:
        cuts = sorted(set(cuts + glued))
    cuts.append(len(chunk))
    out: list[Span] = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and chunk[a].isspace():
            a += 1
        while b > a and chunk[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a + start, b + start))
    return out

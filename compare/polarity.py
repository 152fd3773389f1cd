"""Polarity guard: a claim and its negation or its reversal must never be the same claim.

Usage::

    from compare.polarity import polarity_conflict
    polarity_conflict("Russia poses a threat", "Russia poses no threat")                  # True
    polarity_conflict("NATO increased its presence", "Russia increased its presence")    # True
    polarity_conflict("Russia poses no threat", "Russia is not a threat to anyone")       # False

Three checks on the words (English; cue lists in ``compare/rules/negations.txt``):

- negation: one text is negated an odd number of times more than the other ("not", "no",
  "never", "no longer", "n't", "denied", ...);
- antonyms: one text uses a verb or adjective whose opposite the other uses ("increased" /
  "decreased", "accepted" / "rejected");
- reversal: the two texts share most of their words but a named entity (a capitalised word or
  a number) in one is replaced by a different one in the other ("NATO ..." / "Russia ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]+(?:['\u2019][A-Za-z]+)?|\d+(?:[.,]\d+)*")
STOPWORDS = frozenset("""a an the of to in on at by for with from and or but as is are was were be
been being has have had do does did this that these those it its it's he she they we you i his her
their our your my him them us me who whom which what when where while there here than then so such
also said says say told tells according would will can could should may might must shall about
into over after before since until up out just very more most some any all each both other
another own same only mr mrs ms dr""".split())


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], dict[str, set[str]],
                     dict[str, str]]:
    """(negation cues, multi-word cues, antonym map, alias map) from rules/negations.txt."""
    text = resources.files("compare").joinpath("rules/negations.txt").read_text(encoding="utf-8")
    single: set[str] = set()
    multi: list[tuple[str, ...]] = []
    antonyms: dict[str, set[str]] = {}
    aliases: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("same:"):
            names = line[len("same:"):].split()
            for name in names:
                aliases[name] = names[0]
        elif "<>" in line:
            left, right = (part.split() for part in line.split("<>", 1))
            for x in left:
                for y in right:
                    antonyms.setdefault(x, set()).add(y)
                    antonyms.setdefault(y, set()).add(x)
        elif " " in line:
            multi.append(tuple(line.split()))
        else:
            single.add(line)
    return frozenset(single), tuple(multi), antonyms, aliases


def words(text: str) -> list[str]:
    """Word and number tokens as written ("n't" split off, "can't" -> "can", "n't")."""
    out: list[str] = []
    for tok in _WORD.findall(text.replace("\u2019", "'")):
        low = tok.lower()
        if low.endswith("n't"):
            stem = tok[:-3] or tok
            out.extend([{"ca": "can", "wo": "will", "sha": "shall"}.get(stem.lower(), stem), "n't"])
        else:
            out.append(tok)
    return out


def negation_count(text: str) -> int:
    """How many negation cues the text carries ("no longer" counts once)."""
    single, multi, _, _ = _rules()
    toks = [t.lower() for t in words(text)]
    count, i = 0, 0
    while i < len(toks):
        hit = next((m for m in multi if tuple(toks[i:i + len(m)]) == m), None)
        if hit:
            count += 1
            i += len(hit)
            continue
        if toks[i] in single:
            count += 1
        i += 1
    return count


def negation_mismatch(a: str, b: str) -> bool:
    """One text is negated and the other not (counted modulo 2: "not un-" cancels)."""
    return negation_count(a) % 2 != negation_count(b) % 2


def antonym_mismatch(a: str, b: str) -> bool:
    """A word of one text has its listed opposite in the other, and not in itself."""
    antonyms = _rules()[2]
    wa = {t.lower() for t in words(a)}
    wb = {t.lower() for t in words(b)}
    for w in wa - wb:
        if any(o in wb and o not in wa for o in antonyms.get(w, ())):
            return True
    return False


def entities(text: str) -> list[str]:
    """Capitalised words (stopwords aside) and numbers: the names a reversal swaps."""
    return [t for t in words(text)
            if t[0].isdigit() or (t[0].isupper() and t.lower() not in STOPWORDS)]


def _same_entity(x: str, y: str) -> bool:
    lx, ly = x.lower(), y.lower()
    if lx == ly or _rules()[3].get(lx, lx) == _rules()[3].get(ly, ly):
        return True
    if x[0].isdigit() or y[0].isdigit():
        return False
    return len(x) > 3 and len(y) > 3 and fuzz.ratio(lx, ly) >= 80  # Peskov / Peskow


def _is_entity(tok: str) -> bool:
    return tok[0].isdigit() or (tok[0].isupper() and tok.lower() not in STOPWORDS)


def _canonical(tok: str) -> str:
    low = tok.lower()
    return _rules()[3].get(low, low)


def entity_swap(a: str, b: str, *, min_frame: float = 85.0) -> bool:
    """Same wording, different roles: a named entity replaced by another, or two swapped.

    The *frame* of a text is its word sequence with every name (capitalised word, number)
    replaced by a placeholder. When the two frames are nearly the same (rapidfuzz ratio on
    the word sequences >= ``min_frame``) and either each text has a name the other lacks
    ("NATO ..." / "Russia ...") or both have the same names in another order ("from New York
    to Florida" / "from Florida to New York"), the texts say something different.
    """
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return False
    if fuzz.ratio(_frame(ta), _frame(tb)) < min_frame:
        return False
    ea = [t for t in ta if _is_entity(t)]
    eb = [t for t in tb if _is_entity(t)]
    only_a = [x for x in ea if not any(_same_entity(x, y) for y in eb)]
    only_b = [y for y in eb if not any(_same_entity(x, y) for x in ea)]
    if only_a and only_b:
        return True
    seq_a = [_canonical(x) for x in ea]
    seq_b = [_canonical(y) for y in eb]
    return sorted(seq_a) == sorted(seq_b) and seq_a != seq_b  # the same names, swapped


def _frame(toks: list[str]) -> list[str]:
    """Words in order, each run of names collapsed to one placeholder."""
    out: list[str] = []
    for tok in toks:
        if not _is_entity(tok):
            out.append(tok.lower())
        elif not out or out[-1] != "\x00":
            out.append("\x00")
    return out


def polarity_conflict(a: str, b: str) -> bool:
    """True when ``b`` negates, inverts or re-assigns the roles of ``a`` (never the same claim)."""
    return negation_mismatch(a, b) or antonym_mismatch(a, b) or entity_swap(a, b)

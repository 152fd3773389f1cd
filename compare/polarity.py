"""Polarity guard: a claim and its negation or its reversal must never be the same claim.

Usage::

    from compare.polarity import negated, polarity_conflict
    polarity_conflict("Russia poses a threat", "Russia poses no threat")                  # True
    polarity_conflict("NATO increased its presence", "Russia increased its presence")    # True
    polarity_conflict("Russia poses no threat", "Russia is not a threat to anyone")       # False
    negated("Russia is open to cooperation")  # "Russia is not open to cooperation" (codebooks)

Three checks on the words (English; cue lists in ``compare/rules/negations.txt``):

- negation: negation cues ("not", "no", "never", "no longer", "n't", "denied", "rejected", ...)
  whose negated words the other text shares are odd in number ("no threat" / "not a threat"
  cancel out);
- antonyms: one text uses a word whose listed opposite the other uses ("increased" /
  "decreased"), and neither uses both;
- reversal: a name replaced by another in the same slot of otherwise nearly identical wording
  ("NATO ..." / "Russia ..."; a looser paraphrase naming someone differently is left to the
  matcher); two words trading places, each taking the other's neighbours ("from Berlin to
  Paris" / "from Paris to Berlin"); or nearly the same words rearranged in four or more places.

Figures are names and dates are not ("Tuesday" / "Monday" is left to the matcher).
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
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


NEGATED_WORDS = 3       # content words after a negation cue taken as what it negates
REPLACED_MAX_OTHER = 0.2  # a replaced name counts when the texts differ in few other words:
                          # at most this share of the longer text's words (and at least 2)


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], dict[str, set[str]],
                     dict[str, str], frozenset[tuple[str, ...]]]:
    """(negation cues, multi-word cues and idioms, antonym map, alias map, idioms) from
    rules/negations.txt."""
    text = resources.files("compare").joinpath("rules/negations.txt").read_text(encoding="utf-8")
    single: set[str] = set()
    multi: list[tuple[str, ...]] = []
    antonyms: dict[str, set[str]] = {}
    aliases: dict[str, str] = {}
    idioms: set[tuple[str, ...]] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("idiom:"):
            idioms.add(tuple(line[len("idiom:"):].split()))
            multi.append(tuple(line[len("idiom:"):].split()))
        elif line.startswith("same:"):
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
    return frozenset(single), tuple(multi), antonyms, aliases, frozenset(idioms)


def words(text: str) -> list[str]:
    """Word and number tokens as written ("n't" split off, "can't" -> "can", "n't")."""
    return list(_words(text))


@lru_cache(maxsize=1 << 18)
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in _WORD.findall(text.replace("\u2019", "'")):
        low = tok.lower()
        if low.endswith("n't"):
            stem = tok[:-3] or tok
            out.extend([{"ca": "can", "wo": "will", "sha": "shall"}.get(stem.lower(), stem), "n't"])
        else:
            out.append(tok)
    return tuple(out)


@lru_cache(maxsize=1 << 18)
def _lower(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _words(text))


@lru_cache(maxsize=1 << 18)
def _counts(text: str) -> Counter:
    return Counter(_lower(text))


@lru_cache(maxsize=1 << 18)
def _types(text: str) -> frozenset[str]:
    return frozenset(_lower(text))


@lru_cache(maxsize=1 << 18)
def _polar(text: str) -> frozenset[str]:
    """The words of the text that have a listed opposite."""
    return _types(text) & _rules()[2].keys()


@lru_cache(maxsize=1 << 18)
def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(t) for t in _lower(text))


@lru_cache(maxsize=1 << 18)
def _names(text: str) -> frozenset[str]:
    return frozenset(t.lower() for t in _words(text) if _is_entity(t) and not t[0].isdigit())


def _stem(word: str) -> str:
    """A crude stem for matching inflections ("signed" / "sign", "attacking" / "attack")."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=1)
def _multi_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for cue in _rules()[1]:
        by_first.setdefault(cue[0], []).append(cue)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _cues(toks: list[str]) -> list[tuple[int, int]]:
    """(start, end) token spans of the negation cues in lowercased tokens."""
    single, multi = _rules()[0], _multi_by_first()
    spans, i = [], 0
    while i < len(toks):
        tok = toks[i]
        hit = next((m for m in multi.get(tok, ()) if tuple(toks[i:i + len(m)]) == m), None)
        if hit:
            if hit not in _rules()[4]:  # "make no mistake", "not only": no denial
                spans.append((i, i + len(hit)))
            i += len(hit)
            continue
        if tok in single and not (tok == "no" and i + 1 < len(toks) and toks[i + 1][0].isdigit()):
            spans.append((i, i + 1))  # "No. 1", "No 10 Downing Street": a number, not a denial
        i += 1
    return spans


def negation_count(text: str) -> int:
    """How many negation cues the text carries ("no longer" counts once)."""
    return len(_cues(list(_lower(text))))


@lru_cache(maxsize=1 << 18)
def _negated(text: str) -> tuple[frozenset[str], ...]:
    """For each negation cue: the stems of the (up to three) content words it negates."""
    return tuple(frozenset(_stem(t) for t in words)
                 for words in negated_words(list(_lower(text))))


def negated_words(toks: list[str]) -> list[list[str]]:
    """For each negation cue in lowercased tokens: the (up to three) content words it negates."""
    out = []
    for _, end in _cues(toks):
        following = [t for t in toks[end:end + 6] if t not in STOPWORDS and t not in {"n't", "not"}]
        out.append(following[:NEGATED_WORDS])
    return out


def _anchored(text: str, other: str) -> int:
    """Negation cues of ``text`` whose negated words occur in ``other``."""
    stems = _stems(other)
    return sum(1 for negated in _negated(text) if negated & stems)


def negation_mismatch(a: str, b: str) -> bool:
    """One text negates what the other asserts: negation cues whose negated word the other
    text shares, counted on both sides, are odd in number ("no threat" / "not a threat"
    cancel; "is ready" / "is not ready" does not)."""
    if not _negated(a) and not _negated(b):
        return False
    return (_anchored(a, b) + _anchored(b, a)) % 2 == 1


ANTONYM_CONTEXT = 3  # words on each side of two opposites that must share one to oppose them


def antonym_mismatch(a: str, b: str) -> bool:
    """One text uses a word whose listed opposite the other uses, and neither has both sides,
    in a shared context: a content word within ``ANTONYM_CONTEXT`` words of both ("exports
    increased sharply" / "exports decreased sharply"; not "accepted a ban" / "a suspension that
    allows him to return", where the two words say different things)."""
    if not _polar(a) or not _polar(b):
        return False
    antonyms = _rules()[2]
    wa, wb = _types(a), _types(b)
    for w in wa - wb:
        opposites = antonyms.get(w, set())
        if opposites & wb and not opposites & wa:
            mates = {m for o in opposites for m in antonyms.get(o, ())}  # w and its synonyms
            if not mates & wb and _shared_context(_lower(a), w, _lower(b), opposites):
                return True
    return False


def _shared_context(ta: tuple[str, ...], word: str, tb: tuple[str, ...],
                    opposites: set[str]) -> bool:
    """Whether a content word near ``word`` in ``ta`` is (by stem) near an opposite in ``tb``."""
    def near(toks: tuple[str, ...], k: int) -> set[str]:
        around = toks[max(0, k - ANTONYM_CONTEXT):k] + toks[k + 1:k + 1 + ANTONYM_CONTEXT]
        return {_stem(t) for t in around if t not in STOPWORDS}

    here = set().union(*(near(ta, k) for k, t in enumerate(ta) if t == word))
    return any(here & near(tb, k) for k, t in enumerate(tb) if t in opposites)


def entities(text: str) -> list[str]:
    """Capitalised words (stopwords aside) and numbers: the names a reversal swaps."""
    return [t for t in words(text) if _is_entity(t)]


def _same_entity(x: str, y: str) -> bool:
    lx, ly = x.lower(), y.lower()
    if lx == ly or _rules()[3].get(lx, lx) == _rules()[3].get(ly, ly):
        return True
    if x[0].isdigit() or y[0].isdigit():
        return False
    if min(len(lx), len(ly)) >= 3 and (lx.startswith(ly) or ly.startswith(lx)):
        return True  # Gen / General, Russia / Russian
    return len(x) > 3 and len(y) > 3 and fuzz.ratio(lx, ly) >= 80  # Peskov / Peskow


NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tomorrow january february march april may june july august september october november december
mr mrs ms dr gen general rep sen president minister""".split())


def _is_entity(tok: str) -> bool:
    low = tok.lower()
    return tok[0].isdigit() or (tok[0].isupper() and low not in STOPWORDS and low not in NOT_NAMES)


def _initials(toks: list[str]) -> set[str]:
    """Initials of each run of capitalised words ("International Atomic Energy Agency" -> iaea)."""
    out, run = set(), []
    for tok in toks + ["."]:
        if tok[0].isupper():
            run.append(tok[0].lower())
            continue
        for i in range(len(run)):
            for j in range(i + 2, len(run) + 1):
                out.add("".join(run[i:j]))
        run = []
    return out


def _canonical(tok: str) -> str:
    low = tok.lower()
    return _rules()[3].get(low, low)


def entity_swap(a: str, b: str, *, order: bool = True) -> bool:
    """Same wording, different roles: a name replaced by another in the same slot ("NATO
    increased ..." / "Russia increased ..."), or two words exchanging their slots ("from New
    York to Florida" / "from Florida to New York", "A beat B" / "B beat A"). ``order=False``:
    the replaced name only, not the order of the words."""
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return False
    types_a, types_b = _types(a), _types(b)
    overlap = len(types_a & types_b) / max(len(types_a), len(types_b))
    if overlap < 0.5:
        return False  # too different to be the same wording around other names
    longer = max(len(ta), len(tb))
    shared = sum((_counts(a) & _counts(b)).values())
    if _names(a) - _names(b) and _names(b) - _names(a) and \
            longer - shared <= max(2, REPLACED_MAX_OTHER * longer) and _entity_replaced(ta, tb):
        return True  # the same sentence about someone else (not a looser paraphrase naming others)
    if not order or overlap < 0.7:
        return False
    if shared < 0.8 * longer:
        return False  # too different for a swap of words
    la, lb = list(_lower(a)), list(_lower(b))
    return _slot_swap(la, lb) or _rearranged(la, lb)


def _entity_replaced(ta: list[str], tb: list[str]) -> bool:
    """An aligned span of names only, on both sides, naming someone else, in shared context."""
    matcher = SequenceMatcher(None, [t.lower() for t in ta], [t.lower() for t in tb],
                              autojunk=False)
    ops = matcher.get_opcodes()
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "replace":
            continue
        span_a, span_b = ta[i1:i2], tb[j1:j2]
        if not all(_is_entity(t) and not t[0].isdigit() for t in span_a + span_b):
            continue  # names only: a changed figure is an update, left to the matcher
        if any(_same_entity(x, y) for x in span_a for y in tb) or \
                any(_same_entity(x, y) for y in span_b for x in ta):
            continue
        if {t.lower() for t in span_a} & _initials(tb) or {t.lower() for t in span_b} & _initials(ta):
            continue  # an acronym of the other's name
        before = ops[k - 1][2] - ops[k - 1][1] if k > 0 and ops[k - 1][0] == "equal" else 0
        after = ops[k + 1][2] - ops[k + 1][1] if k + 1 < len(ops) and ops[k + 1][0] == "equal" else 0
        if before + after >= 2:
            return True
    return False


def _slot_swap(ta: list[str], tb: list[str], *, min_overlap: float = 0.8) -> bool:
    """Two content words that occur once in each text exchange places, each taking the other's
    neighbour ("from X to Y" / "from Y to X"), while the texts share most of their words."""
    ca, cb = Counter(ta), Counter(tb)
    if sum((ca & cb).values()) < min_overlap * max(len(ta), len(tb)):
        return False
    unique = [w for w in ca if ca[w] == 1 and cb.get(w) == 1 and w not in STOPWORDS]
    pa = {w: ta.index(w) for w in unique}
    pb = {w: tb.index(w) for w in unique}

    pad_a, pad_b = ["^", "^"] + ta + ["$", "$"], ["^", "^"] + tb + ["$", "$"]

    def around(toks: list[str], i: int) -> tuple[tuple[str, ...], ...]:
        i += 2  # padded position; contexts: 1 and 2 words to the left and to the right
        return (tuple(toks[i - 1:i]), tuple(toks[i + 1:i + 2]),
                tuple(toks[i - 2:i]), tuple(toks[i + 1:i + 3]))

    for k, u in enumerate(unique):
        for v in unique[k + 1:]:
            if (pa[u] - pa[v]) * (pb[u] - pb[v]) >= 0:
                continue  # same order
            ua, va = around(pad_a, pa[u]), around(pad_a, pa[v])
            ub, vb = around(pad_b, pb[u]), around(pad_b, pb[v])
            for side in range(4):
                if ua[side] == vb[side] and va[side] == ub[side] and ua[side] != va[side]:
                    return True
    return False


def _rearranged(ta: list[str], tb: list[str], *, min_overlap: float = 0.9,
                min_edits: int = 4) -> bool:
    """Nearly the same words (>= ``min_overlap``), rearranged in >= ``min_edits`` places: more
    than one block moved, as when two phrases trade places (one moved clause is 2 edits)."""
    if sum((Counter(ta) & Counter(tb)).values()) < min_overlap * max(len(ta), len(tb)):
        return False
    edits = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    return sum(op != "equal" for op, *_ in edits) >= min_edits


_AUXILIARIES = frozenset("""is are was were will would can could should must has have had may
might do does did shall am""".split())


def negated(text: str) -> str | None:
    """The denial of an affirmative sentence, written by rule ("Russia is open to ..." ->
    "Russia is not open to ..."; without an auxiliary: "It is not true that ..."), so that an
    embedding can tell a claim that asserts it from one that denies it. None when the text
    already carries a negation cue: removing it rarely gives the sentence's opposite."""
    text = " ".join(text.split())
    if not text or negation_count(text):
        return None
    words = text.split(" ")
    for k, word in enumerate(words):
        if word.lower() in _AUXILIARIES:
            return " ".join(words[:k + 1] + ["not"] + words[k + 1:])
    return f"It is not true that {text}"


def reversal(a: str, b: str) -> bool:
    """``polarity_conflict`` less the word-order tests: what still reverses two sentences
    that quote the same words, whose frames may stand in any order ("…," said X, vice
    president of Y / "…," said Y vice president X)."""
    return negation_mismatch(a, b) or antonym_mismatch(a, b) or entity_swap(a, b, order=False)


def polarity_conflict(a: str, b: str) -> bool:
    """True when ``b`` negates, inverts or re-assigns the roles of ``a`` (never the same claim)."""
    return negation_mismatch(a, b) or antonym_mismatch(a, b) or entity_swap(a, b)

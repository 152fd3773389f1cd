"""Quotation spans in news paragraphs: straight and curly double quotes, «guillemets»,
top-level single quotes (British style), nested single quotes, unbalanced marks.

A mark opens or closes by its shape (“ ” « » „) or, for straight and ambiguous marks, by what
flanks it (space before and a letter after: opening). A quote left open at the end of its
paragraph is ``closed=False``; ``chain_paragraphs`` links it to the next paragraph when that one
opens with a quote mark (the newspaper convention for a quote running over paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.claims.cues import cue_lexicon
from compare.claims.mentions import CYRILLIC_LETTERS

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
AMBIGUOUS_DOUBLE = '"'
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
ALL_OPENERS = OPEN_DOUBLE + AMBIGUOUS_DOUBLE + OPEN_SINGLE + "'"
_DOUBLE_MARKS = re.compile("''|’’|‘‘|[\"“”«»„]")
_SINGLE_MARKS = re.compile("[‘’'‹›]")


@dataclass
class Quote:
    """One top-level quotation: [start, end) covers the marks; inner the words between them."""

    start: int
    end: int
    closed: bool
    single: bool = False  # delimited by single quotes
    width: int = 1        # 2 for the typewriter double quote ''…''
    dash: bool = False    # Russian dialogue: opened by a dash, closed by the author's words

    @property
    def inner(self) -> tuple[int, int]:
        a = self.start + self.width
        b = self.end - self.width if self.closed and not self.dash else self.end
        return a, max(a, b)


def _left_flanking(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;") and not after.isspace()


def _right_flanking(text: str, i: int, hi: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Top-level quotations in ``text[start:end]`` (one paragraph), in order."""
    end = len(text) if end is None else end
    dialogue = _dash_dialogue(text, start, end)
    if dialogue:  # marks inside are nested speech or names («Матч ТВ»), not top-level quotes
        return dialogue
    doubles = _scan(text, start, end, single=False)
    if doubles:
        return [piece for q in doubles for piece in _around_author(text, q)]
    lone = _lone_closer(text, start, end)
    if lone is not None:
        return [lone]
    return [q for q in _scan(text, start, end, single=True) if q.closed]


# Russian direct speech: "— Речь, — сказал X. — Ещё речь." The dash opens it; a dash after
# punctuation, followed by a lowercase word, starts the author's words; a dash after the
# author's full stop, followed by a capital, reopens it.
DIALOGUE_OPEN = re.compile(r"[^\S\n]*([—–][^\S\n]+)(?=[А-ЯЁІЇЄҐ«„“\"])")
_AUTHOR = re.compile(r"(?<=[,.!?…])[^\S\n]+[—–][^\S\n]+(?=[а-яёіїєґ])")
_REOPEN = re.compile(r"(?<=[.!?…])[^\S\n]+([—–][^\S\n]+)(?=[А-ЯЁІЇЄҐ])")


_INSIDE_AUTHOR = re.compile(r"(?<=[,.!?…])[^\S\n]+[—–-][^\S\n]+(?=[а-яёіїєґ])")
_INSIDE_REOPEN = re.compile(r"(?<=[,.:])[^\S\n]+[—–-][^\S\n]+(?=\w)")


def _around_author(text: str, q: Quote) -> list[Quote]:
    """«Мы готовы, — сказал Иван Сомов. — Переговоры продолжатся»: Russian and Ukrainian set
    the author's words inside the marks, between dashes. The two parts of the speech, with the
    author's words outside them, so that their cue is read; the quotation as it is otherwise."""
    a, b = q.inner
    author = _INSIDE_AUTHOR.search(text, a, b)
    reopen = _INSIDE_REOPEN.search(text, author.end(), b) if author else None
    if reopen is None or len(text[author.end():reopen.start()].split()) > 12:
        return _around_incise(text, q)
    return [Quote(q.start, author.start(), True, q.single, q.width, dash=True),
            Quote(reopen.end() - 1, q.end, q.closed, q.single, 1)]  # the dash's last space


_INCISE = re.compile(r",[^\S\n]+(?:(?:a-t-il|a-t-elle|a|ont|avait|ha|han|había)[^\S\n]+)?"
                     r"([^\W\d_][\w’'-]*)")  # ", a déclaré", ", a-t-il ajouté", ", dijo"
_INCISE_END = re.compile(r"[.,;](?=[^\S\n]+\w)")
_DASH_INCISE = re.compile(r"[^\S\n]+[—–]([^\W\d_][\w’'-]*)")  # «Estamos listos —dijo X—, y …»
_DASH_INCISE_END = re.compile(r"[—–][.,;]?(?=[^\S\n]+\w)")


def _around_incise(text: str, q: Quote) -> list[Quote]:
    """« Nous sommes prêts, a déclaré Jean Martin. La réforme est nécessaire. »: French and
    Spanish set the author's words inside the marks after a comma, with no dashes; the two
    parts of the speech, the author's words outside them."""
    a, b = q.inner
    for opening, closing in ((_INCISE, _INCISE_END), (_DASH_INCISE, _DASH_INCISE_END)):
        for m in opening.finditer(text, a, b):
            if not any(c.foreign and c.cls == "speech" and len(c.words) == 1
                       for c in cue_lexicon().get(m.group(1).lower(), ())):
                continue
            stop = closing.search(text, m.end(), b)
            if stop is None or len(text[m.end():stop.start()].split()) > 6:
                continue
            cut = m.start() + (text[m.start()] == ",")  # the comma stays with the speech
            return [Quote(q.start, cut, True, q.single, q.width, dash=True),
                    Quote(stop.end(), q.end, q.closed, q.single, 1)]  # from the space after
    return [q]


def _glued_opener(text: str, i: int, end: int) -> bool:
    """"…by FIDE.”The moment …”": a closing mark after a full stop and glued to the next
    sentence's capital is a mistyped opener, when a closing mark follows it."""
    return i > 0 and text[i - 1] in ".!?" and i + 1 < end and text[i + 1].isupper() and \
        any(c in text[i + 2:end] for c in CLOSE_DOUBLE + AMBIGUOUS_DOUBLE)


_LONE_CLOSER = re.compile(r"[,!?][\"”](?=[^\S\n]+[^\s\"“”])")  # "…," Scholz said


def _lone_closer(text: str, start: int, end: int) -> Quote | None:
    """"I feel compelled … our country," Scholz said.": the one double mark of a paragraph,
    closing a clause after four words or more with none opening and words after it, lost its
    opener at the paragraph's start (a page that set the opening mark apart). Not after a
    full stop: "…the pooch.” When I agreed" is a quotation opened somewhere else."""
    marks = list(_DOUBLE_MARKS.finditer(text, start, end))
    if len(marks) != 1:
        return None
    m = _LONE_CLOSER.match(text, marks[0].start() - 1, end)
    if m is None or text[start:end][:1] in "-—–" or len(text[start:m.start()].split()) < 4:
        return None
    return Quote(start, marks[0].end(), True, width=0)  # the mark inside: alone, it would
    # open a quotation before "says X"


def _dash_dialogue(text: str, start: int, end: int) -> list[Quote]:
    """The speech of a paragraph that opens with a dialogue dash (Cyrillic after it), as
    quotations whose [start, end) runs from the dash to the author's words (``dash``)."""
    m = DIALOGUE_OPEN.match(text, start, end)
    if m is None:
        return []
    out: list[Quote] = []
    at, width = m.start(1), len(m.group(1))
    while at is not None:
        author = _AUTHOR.search(text, at + width, end)
        out.append(Quote(at, author.start() if author else end, True, width=width, dash=True))
        reopen = _REOPEN.search(text, author.end(), end) if author else None
        at, width = (reopen.start(1), len(reopen.group(1))) if reopen else (None, 0)
    return out


def _scan(text: str, start: int, end: int, *, single: bool) -> list[Quote]:
    openers, closers = (OPEN_SINGLE, CLOSE_SINGLE) if single else (OPEN_DOUBLE, CLOSE_DOUBLE)
    ambiguous = "'" if single else AMBIGUOUS_DOUBLE
    out: list[Quote] = []
    open_at: int | None = None
    open_width = 1
    marks = _SINGLE_MARKS if single else _DOUBLE_MARKS
    skip_to = start
    depth, inner_closes = 0, []  # guillemets nested in guillemets: « … « Continuons »»
    for m in marks.finditer(text, start, end):
        i = m.start()
        if i < skip_to:
            continue
        c = m.group()
        width = 1
        if c in {"’’", "‘‘"}:
            c, width = ("”" if c == "’’" else "“"), 2  # ‘‘double quotes typed as two singles’’
        if c == "''":
            c, width = ambiguous, 2  # ''typewriter double quotes''
            if open_at is not None and text[i + 2:i + 3] == "'":
                i += 1  # ,''' : the nested single quote closes first, then the double one
        last = i + width - 1
        skip_to = i + width
        if open_at is None:
            if c in openers or _left_flanking(text, i, start) or (
                    not single and c in closers and _glued_opener(text, i, end)):
                if single and c in ambiguous + CLOSE_SINGLE and not _left_flanking(text, i, start):
                    continue  # an apostrophe
                if c in closers and not _left_flanking(text, i, start) and not (
                        not single and _glued_opener(text, i, end)):
                    continue  # a stray closing mark: ignore
                open_at, open_width = i, width
        else:
            if c == "«" and text[open_at] == "«" and not text[open_at + 1:i].rstrip().endswith(
                    (".", "?", "!")):
                depth += 1  # a quotation inside the quotation
                continue
            if c == ambiguous and not single and _left_flanking(text, i, start) and \
                    not _right_flanking(text, last, end) and i - 2 >= start and \
                    text[i - 1] == " " and text[i - 2].lower() in CYRILLIC_LETTERS:
                depth += 1  # "Це перший "Оскар" в …": on Russian and Ukrainian pages a straight
                continue    # mark opening a word inside the quotation nests (English nests
                # single marks; a double one there is a lost closing mark)
            if (c == "»" or c == ambiguous and not single and _right_flanking(text, last, end)
                    and text[open_at] == ambiguous) and depth:
                depth -= 1
                if c == "»" or text[i - 1] in ",.!?…" or text[last + 1:last + 2] in {",", ""} \
                        or text[last + 1:last + 3].strip() in {"—", "–", "-"}:
                    inner_closes.append(i + width)  # '…" Україні", - сказав': may close it
                continue
            if c in closers or (c == ambiguous and _right_flanking(text, last, end)) or (
                    c == ambiguous and not single and text[max(start, i - 2):i] in {"' ", "’ "}
                    and (last + 1 >= end or text[last + 1].isspace())) or (
                    c in openers and _right_flanking(text, last, end)
                    and not _left_flanking(text, i, start)) or (  # ',“ said': a mistyped closer
                    c == ambiguous and not single and i - 2 >= start and text[i - 1] == " "
                    and text[i - 2] in "?!.…" and text[last + 1:last + 2] in {",", ";"}):
                # ^ '… абсурда? ", – задалась вопросом': a space typed before the closing mark
                if single and not _right_flanking(text, i, end):
                    continue  # an apostrophe inside a single-quoted phrase (don’t)
                out.append(Quote(open_at, i + width, True, single, open_width))
                open_at, depth, inner_closes = None, 0, []
            elif c in openers and not single and _left_flanking(text, i, start) \
                    and text[open_at + 1:i].rstrip().endswith((".", "?", "!")):
                # a new quote opens before the last one closed: close the last one here
                out.append(Quote(open_at, i, False, single, open_width))
                open_at, open_width = i, width
    if open_at is not None and inner_closes:  # « … : «Я хотів би … », – сказав X: the inner
        out.append(Quote(open_at, inner_closes[-1], True, single, open_width))  # one never
    elif open_at is not None:                                                   # closed
        out.append(Quote(open_at, end, False, single, open_width))
    return out


def opens_with_quote(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` begins with an opening quote mark."""
    head = text[start:end].lstrip()
    return bool(head) and (head[0] in OPEN_DOUBLE + AMBIGUOUS_DOUBLE or head[:2] == "''")


_SIGNATURE = re.compile(r"[A-Z][\w.'’-]+(?:[^\S\n]+[A-Z][\w.'’-]+){1,3},[^\S\n]")


def continue_open_quotes(text: str, paras: list[tuple[int, int]],
                         quotes: list[list[Quote]]) -> None:
    """A quotation left open that runs on through paragraphs which do not reopen it (the
    Russian and German convention) until one closes it: «… ¶ … ¶ …», — сказал X. Those
    paragraphs get the quotation (in place), but only when a closing mark comes within three
    paragraphs; otherwise an unbalanced mark changes nothing."""
    for i in range(len(paras) - 1):
        if quotes[i] and quotes[i][-1].dash and quotes[i][-1].end == paras[i][1]:
            _continue_dialogue(text, paras, quotes, i)
            continue
        if not quotes[i] or quotes[i][-1].closed or quotes[i][-1].single:
            continue
        span = []
        for j in range(i + 1, min(i + 4, len(paras))):
            a, b = paras[j]
            if quotes[j] and quotes[j][0].start == a:
                break  # it reopens: chain_paragraphs takes it
            close = next((n - a for n in range(a, b) if text[n] in CLOSE_DOUBLE or text[n] in
                          AMBIGUOUS_DOUBLE and _right_flanking(text, n, b)), -1)  # "…", - сказав
            opener = next((n - a for n in range(a, b) if text[n] in OPEN_DOUBLE or text[n] in
                           AMBIGUOUS_DOUBLE and _left_flanking(text, n, a)), -1)
            if close >= 0 and (opener < 0 or close < opener):
                if _SIGNATURE.match(text, a, a + close) and len(text[a:a + close].split()) < 20:
                    break  # "…lead.¶John Podesta, campaign chairman.”": a signature, not speech
                mark = text[a + close] in AMBIGUOUS_DOUBLE  # a straight mark closes this one:
                if mark:  # it is no opener, so the rest is paired anew, and the quotation
                    quotes[j][:] = find_quotes(text, a + close + 1, b)  # takes it (alone, it
                span.append((j, Quote(a, a + close + mark, True, width=0)))  # would open one)
                for k, q in span:
                    quotes[k].insert(0, q)
                break
            if quotes[j]:
                break  # a new quotation before any close: not a continuation
            span.append((j, Quote(a, b, False, width=0)))


def _continue_dialogue(text: str, paras: list[tuple[int, int]], quotes: list[list[Quote]],
                       i: int) -> None:
    """Dialogue speech that runs on through paragraphs not opened by a dash, until the author's
    words: "— Речь. ¶ Ещё речь, — сказал X." Those paragraphs get the speech (in place) when
    the author's words come within three paragraphs."""
    span = []
    for j in range(i + 1, min(i + 4, len(paras))):
        a, b = paras[j]
        if DIALOGUE_OPEN.match(text, a, b) or any(q.start == a for q in quotes[j]):
            return  # a new turn, or a quotation of its own
        author = _AUTHOR.search(text, a, b)
        if author is None:
            span.append((j, Quote(a, b, False, width=0, dash=True)))
            continue
        if any(q.start < author.start() for q in quotes[j]):
            return
        quotes[i][-1].closed = False
        for k, q in span + [(j, Quote(a, author.start(), True, width=0, dash=True))]:
            quotes[k].insert(0, q)
        return


def chain_paragraphs(paras: list[tuple[int, int]], quotes: list[list[Quote]]) -> list[int]:
    """For each paragraph, the index of the paragraph whose closed quote ends its chain.

    A paragraph whose last quote is left open continues into the next paragraph when that one
    opens with a quote mark; the chain ends at the first paragraph that closes its quote. A
    chain that breaks off (the next paragraph does not open with a quote) ends where it broke,
    so an unbalanced mark never carries a speaker further.
    """
    n = len(paras)
    target = list(range(n))
    i = 0
    while i < n:
        j = i
        while (j + 1 < n and quotes[j] and not quotes[j][-1].closed and quotes[j + 1]
               and quotes[j + 1][0].start == paras[j + 1][0]):
            j += 1
        for k in range(i, j + 1):
            target[k] = j
        i = j + 1
    return target


def word_count(text: str, start: int, end: int) -> int:
    """Words in ``text[start:end]``."""
    return len(text[start:end].split())

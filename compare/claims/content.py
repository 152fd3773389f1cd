"""What an attribution attributes: the sentence minus the attribution phrase.

"CONTENT, X said." -> the part before; "X said (that) CONTENT" -> the part after (from "that",
which PolNeAR includes); "A, X said, B" -> both parts; "according to X, CONTENT"; a trailing
", adding …" or "and warned …" ends the content (it is a further attribution of its own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from compare.claims.mentions import QUOTE_TOKEN, Token, np_after

if TYPE_CHECKING:
    from compare.claims.attribution import Attribution

OBJECT_CUES = {"tell", "ask", "assure", "warn", "urge", "remind", "inform", "promise", "accuse"}


def _skip_object(toks: list[Token], k: int) -> int:
    if k < len(toks) and toks[k].low in THAT_WORDS:
        return k  # "aseguró que el pueblo …": no object, the clause itself
    np = np_after(toks, k)
    if np is not None:
        return np[1]
    j = k
    while j < len(toks) and j - k < 4 and toks[j].text not in {",", ".", ":", QUOTE_TOKEN}:
        if toks[j].low in THAT_WORDS:
            break
        j += 1
    return j


def content_end(text: str, start: int, end: int) -> int:
    """Where what a sentence says ends: before its closing stops and quotation marks."""
    while end > start and text[end - 1] in ".!?”\"’ ":
        end -= 1
    return end


def fill_content(toks: list[Token], i: int, k: int, att: Attribution, start: int, end: int,
                  text: str) -> None:
    """The attributed content: the sentence minus the attribution phrase."""
    np_start = min(att.mention_span[0], att.cue_span[0])
    stop = content_end(text, start, end)
    before = text[start:np_start].rstrip(" ,—–-:")
    n_before = len(before.split())
    if att.cue_lemma == "according to":
        j = k
        while j < len(toks) and toks[j].end <= att.mention_span[1]:
            j += 1
        while j < len(toks) and toks[j].text != "," and toks[j].start < stop:
            j += 1
        after = len(text[toks[j + 1].start:stop].split()) if j + 1 < len(toks) else 0
        if n_before < 3 or (after >= 4 and text[start:np_start].rstrip().endswith(",")):
            if j + 1 < len(toks) and toks[j + 1].start < stop:
                att.content = [(toks[j + 1].start, stop)]  # "According to X, CONTENT"
            return
    j = k
    if att.cue_lemma in OBJECT_CUES:
        j = _skip_object(toks, k)
    after_mention = att.mention_span[1] > att.cue_span[1]  # ", said X"
    if after_mention:
        while j < len(toks) and toks[j].end <= att.mention_span[1]:
            j += 1
    clause_at = None
    adjuncts = j < len(toks) and toks[j].low in ADJUNCT_OPENERS  # "said at a stop in X, Y, that"
    for n in range(j, min(len(toks), j + (16 if adjuncts else 8))):
        if toks[n].low in THAT_WORDS or (toks[n].text == QUOTE_TOKEN and (
                n == k or toks[n - 1].text in {",", ":"} or toks[n - 1].low in THAT_WORDS)):
            clause_at = n
            att.quote_after_cue = toks[n].text == QUOTE_TOKEN or (
                n + 1 < len(toks) and toks[n + 1].text == QUOTE_TOKEN)
            break
        if toks[n].text in {",", ":"} and n + 1 < len(toks) and toks[n + 1].text == QUOTE_TOKEN:
            clause_at = n + 1
            att.quote_after_cue = True
            break
        if toks[n].text == "," and n + 1 < len(toks) and toks[n + 1].low in THAT_WORDS:
            continue  # "заявил, что …", "betonte, dass …"
        if toks[n].text in {";", "."} or (toks[n].text == "," and not adjuncts):
            break
    comma_after = j < len(toks) and toks[j].text == ","
    words_after = len(text[toks[j].start:stop].split()) if j < len(toks) else 0
    first_word = before.split()[0].lower() if before.split() else ""
    intro = first_word in INTRO_WORDS or first_word.endswith("ing")
    between = text[start + len(before):np_start]
    if 1 <= n_before < 3 and between.strip() == "," and comma_after and words_after >= 3 \
            and not after_mention and _parenthetical_rest(toks, j) and not intro:
        att.content = [(start, start + len(before)), (toks[j + 1].start, stop)]
        return  # "The bridge, she said, will reopen"
    if after_mention and n_before == 2 and between.strip(" ") in {",", ", —", ",—"} \
            and clause_at is None:  # "Переговоры заморожены, заявил X в интервью ТАСС."
        att.content = [(start, start + len(before))]
        return
    if n_before >= 3 and not intro and not before.lower().endswith((" with", " as", " that")) and (
            clause_at is None or att.cue_lemma == "according to") and (
            not _clause_follows(toks, j, stop) or att.cue_lemma == "according to"):
        att.content = [(start, start + len(before))]
        if comma_after and words_after >= 3 and not after_mention \
                and _parenthetical_rest(toks, j):
            att.content.append((toks[j + 1].start, stop))  # "X, he argued, is Y"
        return
    if clause_at is not None:
        j = clause_at
    while j < len(toks) and toks[j].text in {",", ":"}:
        j += 1
    if j < len(toks) and toks[j].start < stop:
        cut = _CONTENT_END.search(text, toks[j].start + 1, stop)
        att.content = [(toks[j].start, cut.start() if cut else stop)]
        att.quote_after_cue = att.quote_after_cue or toks[j].text == QUOTE_TOKEN and (
            j == k or toks[j - 1].text in {",", ":"})


_CONTENT_END = re.compile(
    r",\s+(?:but|though|although|adding|citing|saying|noting|arguing|contradicting|according to"
    r"|while|forcing)\b|;\s|\s(?:--|―)\s|\s(?:and|but)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|warned|pledged|"
    r"noted|argued|insisted|stressed|urged|promised|called|vowed|accused|told)\b")

# the word that opens reported speech after its cue, in each language read
THAT_WORDS = {"that", "que", "qu'", "qu’", "dass", "что", "що"}

INTRO_WORDS = {"in", "during", "at", "after", "before", "though", "although", "while", "when",
               "with", "as", "since", "despite", "because", "if", "among", "on", "for", "from",
               "by", "under", "over", "through", "following", "amid", "once", "until", "to",
               "unlike", "like", "whether", "where", "even", "and", "but", "so", "or",
               "как", "як",  # "Как сообщает агентство, X заявил, что …"
               "au", "aux", "du", "à", "dans", "lors", "après", "avant", "pendant", "depuis", "sur",
               "en", "con", "durante", "tras", "al", "desde", "ante", "im", "am", "beim", "bei",
               "nach", "mit",
               "vor", "während", "seit"}  # "Au micro de TF1, X, …, a réagi"

ADJUNCT_OPENERS = {"in", "on", "at", "during", "after", "before", "to", "from", "with", "for",
                   "last", "this", "earlier", "later", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "yesterday", "today", "via",
                   "through", "while", "when", "of", "about", "as", "under", "without", "by",
                   "recently", "repeatedly", "again", "previously", "also", "then", "late"}


def _clause_follows(toks: list[Token], j: int, stop: int) -> bool:
    """The cue is followed by its own clause ("said the plan failed"), not by adjuncts."""
    if j >= len(toks) or toks[j].start >= stop or toks[j].text in {",", ";", ".", ":"}:
        return False
    if toks[j].low in ADJUNCT_OPENERS:
        return False
    n = 0  # four words before the next comma make a clause (looking further is never needed)
    while n < 4 and j + n < len(toks) and toks[j + n].start < stop \
            and toks[j + n].text not in {",", ";"}:
        n += 1
    return n >= 4


def _parenthetical_rest(toks: list[Token], j: int) -> bool:
    """After ", he argued," the sentence goes on with its verb, not a new clause of the speaker."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and not nxt.low.endswith("ing") and nxt.low not in {
        "and", "but", "who", "which", "according", "adding", "saying", "as", "while", "in",
        "on", "at", "after", "before", "during", "when"}

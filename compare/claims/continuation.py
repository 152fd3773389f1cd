"""Reported speech that runs on past its cue: German indirect speech in the subjunctive.

"Lagarde sagte, die Inflation sinke. Die Lage sei aber unsicher." The second sentence has no
cue; its subjunctive verb ("sei") says it is still Lagarde's. Such a sentence takes the
previous sentence's attribution, and a run of them continues across paragraphs (and past a
sentence that is all quotation) until a sentence in the indicative (the outlet's own voice
again) or a new attribution. With no run to continue, the subjunctive still says whose words
a sentence reports when its subject is a person of the article right before the verb ("Kroos
habe lange nachgedacht") or a pronoun right after it ("Das wolle er nicht hinnehmen").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Callable

from compare.claims.attribution import Attribution
from compare.claims.mentions import Token, tokenize

# Konjunktiv I forms that are no indicative form of the third person: their presence marks
# indirect speech ("sei", "habe", "werde", "könne", …).
SUBJUNCTIVE = frozenset("""
sei seien habe werde könne müsse solle wolle dürfe möge gebe liege bleibe gehe stehe komme
brauche wisse sehe halte
""".split())
# the same of regular verbs frequent in news reports ("Der Vorstand plane …"), read only in a
# sentence with a German function word ("plane" is an English word too)
REGULAR_SUBJUNCTIVE = frozenset("""
plane erwarte rechne fordere prüfe stelle setze zeige spreche treffe verliere kenne denke glaube
hoffe fürchte arbeite suche führe folge gelte drohe fehle trage lasse nehme verhandle steige
sinke wachse reiche betreffe bewege bestehe handle handele bemühe entstehe stärke empfinde bereue
ermögliche biete verlange warne betone begrüße kritisiere lehne
würde würden wäre wären hätte hätten läge lägen gäbe gäben käme kämen könnte könnten müsste
müssten dürfte dürften stünde stünden
""".split())  # the last line: the Konjunktiv II that stands in for the plural's Konjunktiv I
_GERMAN = re.compile(r"\b(?:der|die|das|und|nicht|sich|ein|eine|auch|mit|zu|den|dem|des)\b",
                     re.IGNORECASE)


def continue_reported_speech(text: str, sentences: list[tuple[int, int]],
                             atts: list[Attribution | None], quotes: list[tuple[int, int]],
                             previous: Attribution | None,
                             is_person: Callable[[str], bool] = lambda name: False
                             ) -> Attribution | None:
    """Fill in ``atts`` (in place) for sentences that continue the previous one's indirect
    speech, or that open it with a person's name or a pronoun beside a subjunctive verb
    (``is_person`` says which names are people of the article); return the attribution in force
    after the last sentence (for the next paragraph)."""
    narrator = None  # the sentence before, in the indicative, which may tell of a person
    for n, (a, b) in enumerate(sentences):
        told, narrator = narrator, None
        if atts[n] is not None:
            previous = atts[n]
            continue
        if any(qa <= a + 1 and b - 2 <= qb for qa, qb in quotes):
            continue  # a sentence that is all quotation: the run goes on past it
        toks = tokenize(text, a, b) if _SUBJUNCTIVE_WORD.search(text, a, b) or \
            _PRONOUN_AFTER_E.match(text, a, b) else []
        german = bool(toks) and (_GERMAN.search(text, a, b) is not None or previous is not None
                                 and _german_page(text))  # ("Es stünden nun … an.")
        forms = _ALL_SUBJUNCTIVE if german else SUBJUNCTIVE
        verb = next((i for i, t in enumerate(toks) if t.text in forms), None)
        if verb is None and german:
            verb = _second_place_subjunctive(toks)
        if verb is None or any(qa <= a + 1 < qb and len(text[qa:qb].split()) > 3
                               for qa, qb in quotes):  # a quotation opening the sentence
            # is speech of its own; inside it ("…, sondern darum, „den Weg … zu gehen“") it is
            # the run's partial quotation
            previous = None
            opening = next((qb for qa, qb in quotes if qa <= a + 1 < qb), a)
            narrator = (opening, b) if verb is None and opening < b else None
            continue  # (past a quotation opening it: "„…“, war Hayali nicht überzeugt.")
        that = next((n for n, t in enumerate(toks[:verb]) if t.low in {"dass", "ob"}), None)
        said = set(previous.mention.split()) if previous is not None else set()
        if that is not None and previous is not None and any(
                t.is_cap and t.text not in said and is_person(t.text) for t in toks[1:that]):
            previous = None  # "Am Sonntag leitete Flick das Training und gab sich kämpferisch,
            continue  # dass er weiter „fighten“ wolle": another person's words, no run
        end = b
        while end > a and text[end - 1] in ".!? ":
            end -= 1
        if previous is None or previous.cue_lemma == "according to" and \
                previous.cue.lower().split()[0] not in _GERMAN_SOURCES:  # "«…», so Völler.
            # Man müsse …": the run goes on; not after "According to a study, …"
            previous = atts[n] = _opener(text, toks, verb, is_person, (a, end)) or (
                _told(text, told, toks[verb], (a, end), is_person)
                if told is not None and toks[verb].text in SUBJUNCTIVE else None)
            continue
        atts[n] = previous = replace(previous, content=[(a, end)], more=[], via=previous.via)
    return previous


@functools.lru_cache(maxsize=4)
def _german_page(text: str) -> bool:
    """Whether the page is written in German (its function words, in its first 2,000
    characters), for a short sentence with none of its own."""
    return len(_GERMAN.findall(text, 0, 2000)) >= 8


def _leading_person(text: str, toks: list[Token], is_person: Callable[[str], bool]
                    ) -> tuple[int, int] | None:
    """The span of a person of the article among the first words of a sentence
    ("Bundeskanzler Olaf Scholz (SPD) sieht den Haushalt nicht berührt."), or None."""
    for i in range(min(len(toks), 4)):
        j = i
        while j < min(len(toks), i + 4) and toks[j].is_cap and toks[j].text.isalpha():
            j += 1
        for m in range(j, i, -1):
            if m - i >= 1 and is_person(text[toks[i].start:toks[m - 1].end]):
                return toks[i].start, toks[m - 1].end
    return None


def _told(text: str, before: tuple[int, int], verb: Token, content: tuple[int, int],
          is_person: Callable[[str], bool]) -> Attribution | None:
    """The person opening the German sentence ``before`` (by name, or as "er", "sie"), as the
    speaker of a sentence in the subjunctive with no run to continue ("Scholz sieht den
    Haushalt nicht berührt. Man werde am Zeitplan festhalten.")."""
    if _GERMAN.search(text, *before) is None and not _german_page(text):
        return None
    toks = tokenize(text, *before)
    span = _leading_person(text, toks, is_person)
    if span is None and len(toks) > 2 and (toks[0].text == "Er" or toks[0].text == "Sie" and
                                           not toks[1].low.endswith("en")):
        span = toks[0].start, toks[0].end  # "Er hatte seine Zukunft offengelassen. Die
        # Entscheidung sei ihm nicht leicht gefallen.": he, whom the pronoun stands for
    if span is None:
        return None
    return Attribution(text[span[0]:span[1]], span, verb.text, verb.low,
                       (verb.start, verb.end), [content])


def _second_place_subjunctive(toks: list[Token]) -> int | None:
    """Any verb's Konjunktiv I in second place, where the indicative would end in "-t": the
    pronoun after it ("Stattdessen erkläre er sich zum Opfer") or before it ("Er erkläre …")."""
    if len(toks) < 3 or not (toks[1].text.isalpha() and toks[1].text.islower()
                             and toks[1].low.endswith("e") and len(toks[1].low) > 3
                             and not toks[1].low.endswith("te")):  # ("sagte": the past)
        return None
    if any(t.low in _SOURCES_AFTER for t in toks[2:]):
        return None  # "Er sei nie besser gewesen, so der Trainer": another's words
    return 1 if toks[2].low in {"er", "sie", "man"} or toks[0].text == "Er" else None
    # ("Da meine sie …": after a verb in "-e", "sie" is she; they would take "meinen")


_SOURCES_AFTER = {"so", "zufolge", "laut"}
_ALL_SUBJUNCTIVE = SUBJUNCTIVE | REGULAR_SUBJUNCTIVE
_PRONOUN_AFTER_E = re.compile(r"\s*(?:\S+\s+\w{2,}[^t\W]e\s+(?:er|sie|man)\b"
                              r"|Er\s+\w{2,}[^t\W]e\b)")
# any of them, searched before a sentence is tokenized; grouped by first letter, as the engine
# tries every branch of a flat alternation at every position (2.5 times as long)
_SUBJUNCTIVE_WORD = re.compile(r"\b(?:%s)\b" % "|".join(
    f"{first}(?:{'|'.join(sorted(w[1:] for w in _ALL_SUBJUNCTIVE if w[0] == first))})"
    for first in sorted({w[0] for w in _ALL_SUBJUNCTIVE})))
_GERMAN_SOURCES = frozenset({"so", "laut", "zufolge", "nach", "für"})
_PRONOUNS = frozenset({"er"})  # "sie" may be "they" or the polite "you"


def _opener(text: str, toks: list[Token], verb: int, is_person: Callable[[str], bool],
            content: tuple[int, int]) -> Attribution | None:
    """"Kroos habe …" (the sentence opening with a person's name, then the verb), "Das wolle
    er …" (the pronoun right after the verb)."""
    if any(t.low == "worden" for t in toks[verb:]):
        return None  # "Flick sei … entbunden worden": done to him, not said by him
    if verb + 1 < len(toks) and toks[verb + 1].text in _PRONOUNS:
        np = (toks[verb + 1].start, toks[verb + 1].end)
    elif verb == 1 and toks[0].text == "Er" and not any(
            t.low in _SOURCES_AFTER for t in toks[2:]):  # "Er habe die eine oder andere
        np = (toks[0].start, toks[0].end)  # Nacht …"; not "…, so der Trainer" (another's)
    elif 0 < verb <= 3 and all(t.is_cap and t.text.isalpha() for t in toks[:verb]) \
            and is_person(text[toks[0].start:toks[verb - 1].end]):
        np = (toks[0].start, toks[verb - 1].end)
    else:
        return None
    v = toks[verb]
    return Attribution(text[np[0]:np[1]], np, v.text, v.low, (v.start, v.end), [content])

"""Reported speech that runs on past its cue: German indirect speech in the subjunctive.

"Lagarde sagte, die Inflation sinke. Die Lage sei aber unsicher." The second sentence has no
cue; its subjunctive verb ("sei") says it is still Lagarde's. Such a sentence takes the
previous sentence's attribution, and a run of them continues across paragraphs (and past a
sentence that is all quotation) until a sentence in the indicative (the outlet's own voice
again) or a new attribution.
"""

from __future__ import annotations

from dataclasses import replace

from compare.claims.attribution import Attribution
from compare.claims.mentions import tokenize

# Konjunktiv I forms that are no indicative form of the third person: their presence marks
# indirect speech ("sei", "habe", "werde", "könne", …).
SUBJUNCTIVE = frozenset("""
sei seien habe werde könne müsse solle wolle dürfe möge gebe liege bleibe gehe stehe komme
brauche wisse sehe halte
""".split())


def continue_reported_speech(text: str, sentences: list[tuple[int, int]],
                             atts: list[Attribution | None], quotes: list[tuple[int, int]],
                             previous: Attribution | None) -> Attribution | None:
    """Fill in ``atts`` (in place) for sentences that continue the previous one's indirect
    speech; return the attribution in force after the last sentence (for the next paragraph)."""
    for n, (a, b) in enumerate(sentences):
        if atts[n] is not None:
            previous = atts[n]
            continue
        if any(qa <= a + 1 and b - 2 <= qb for qa, qb in quotes):
            continue  # a sentence that is all quotation: the run goes on past it
        if previous is None or previous.cue_lemma == "according to" or any(
                qa < b and a < qb and len(text[qa:qb].split()) > 3 for qa, qb in quotes
        ) or not _subjunctive(text, a, b):  # a scare quote ("hohe Unsicherheit") may stand
            previous = None
            continue
        end = b
        while end > a and text[end - 1] in ".!? ":
            end -= 1
        atts[n] = previous = replace(previous, content=[(a, end)], more=[], via=previous.via)
    return previous


def _subjunctive(text: str, a: int, b: int) -> bool:
    return any(t.text in SUBJUNCTIVE for t in tokenize(text, a, b))

"""Quotations introduced by a colon and no cue verb: a speaker label ("Ann Lee: “…”",
"… - Ann Lee: “…”", "More from Lee: “…”") or the subject of the sentence ("She fired back
at the mayor: “…”", "The senator had this to say: “…”")."""

from __future__ import annotations

import re

from compare.claims.attribution import (BUT_WORDS, NOT_SPEAKERS, Attribution, compound_topic,
                                        role_label)
from compare.claims.content import INTRO_WORDS
from compare.claims.cues import match_cue
from compare.claims.speaker_names import given_name_genders, given_names
from compare.claims.mentions import (AGE_NOUN, CAP_STOP, DETERMINERS, OBJECT_PREPOSITIONS,
                                     PERSONAL_PRONOUNS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS, Token,
                                     appositive_name, compound_role, is_role_noun, np_after,
                                     tokenize)

_NAME = (r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|of|the|for|de|van|von"
         r"|\([A-Z][\w.,-]{1,12}\)))*")
# a label after a dash or "From" anywhere in the sentence, or opening it (a hyphen glued on
# both sides joins a compound: "Taylor-Swift-Konzertabsage:" is no label "Swift-…")
_LABEL_AFTER = re.compile(rf"(?:\s[-–—]\s*|(?<=\S)(?:\s?[–—]|\s-)(?=[A-Z])|\b(?:More from|[Ff]rom)\s+)"
                          rf"({_NAME}|the\s+[a-z]+)\s*:$")
_LABEL_OPENING = re.compile(r"([A-Z][\w.’'-]*(?:\s+(?:[\w.’'-]+|\([A-Z][\w.,-]{1,12}\))){0,6})"
                            r"\s*:$")
# "Didier Deschamps (sélectionneur de l’équipe de France sur TF1) :": a name, its role in
# brackets, a colon
_LABEL_BRACKETED_ROLE = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})"
                                   r"\s*\(([^()]{2,80})\)\s*:$")
_UTTERANCES = {"commentary", "comment", "comments", "statement", "message", "reaction", "remarks",
               "tweet", "post", "commentaire", "déclaration", "mensaje", "declaración"}
_NOT_VERBS = {"of", "and", "or", "by", "for", "from", "in", "on", "at", "to", "with", "par", "por",
              "von"}
_COPULAS = {"fue", "es", "era", "was", "is", "est", "était", "war", "ist"}
# "Por su parte, el vocero …:": an opening phrase before the comma, not the subject
_OPENING_PREPOSITIONS = {"por", "para", "pour", "par", "sobre", "entre", "für", "zur", "zum"}
_SUBJECT_PRONOUNS = {"they", "we", "i", *PERSONAL_PRONOUNS}
# a quotation of a few words inside the introduction: "Lee called for « a wake-up »: « … »"
_SCARE_QUOTE = re.compile(r"[“\"«„]\s*\S+(?:\s+\S+){0,3}?\s*[”\"»“]")


def colon_intro(text: str, start: int, q: int, *, sentence_has_cue: bool) -> Attribution | None:
    """The speaker of the quotation opening at ``q`` when the text of its sentence before it
    (from ``start``) ends with a colon; None when nothing there names a speaker."""
    head = text[start:q].rstrip()
    if not head.endswith(":") or len(head) < 3:
        return None
    colon = start + len(head) - 1
    span = _label(head)
    if span is not None:
        span = (start + span[0], start + span[1])
    elif not sentence_has_cue:
        span = _name_before(text, start, colon) or _subject(text, start, colon)
    if span is None:
        return None
    a, b = span
    return Attribution(text[a:b], (a, b), ":", ":", (colon, colon + 1), [])


def _name_before(text: str, start: int, colon: int) -> tuple[int, int] | None:
    """"Höchst zufrieden … ist FPÖ-Generalsekretär Michael Schnedlitz:": a person's name, a
    known given name and a surname, closing the text before the colon (German puts the subject
    last)."""
    toks = tokenize(text, start, colon)
    n = len(toks)
    while n > 0 and len(toks) - n < 4 and toks[n - 1].is_cap and toks[n - 1].text.isalpha() \
            and toks[n - 1].text not in CAP_STOP:
        n -= 1
    while n < len(toks) - 1 and toks[n].low not in given_name_genders():
        n += 1  # ("FPÖ-Generalsekretär" before the name)
    if len(toks) - n < 2 or toks[n].low not in given_name_genders() or any(
            ch in text[start:colon] for ch in "“”\"«»„") or n > 0 and (
            toks[n - 1].low in _NOT_VERBS | OBJECT_PREPOSITIONS or not toks[n - 1].is_cap
            and n > 1 and toks[n - 2].low in _NOT_VERBS | OBJECT_PREPOSITIONS):
        return None  # "Rafael Correa tras asesinato de Fernando Villavicencio:": the object
    return toks[n].start, toks[-1].end




def colon_after(text: str, q_end: int, end: int) -> Attribution | None:
    """"“Je vais donner ma vie pour ce club”: dans un espagnol parfait, Kylian Mbappé a
    enchanté les fans": a quotation opening its sentence, a colon, then a clause whose subject
    (after an opening adverbial) is a person; None otherwise."""
    rest = text[q_end:end]
    if not rest.lstrip(" ").startswith(":"):
        return None
    colon = q_end + rest.index(":")
    toks = tokenize(text, colon + 1, end)
    t0 = 0
    if toks and toks[0].low in INTRO_WORDS:  # "dans un espagnol quasi parfait, …"
        t0 = next((n + 1 for n, t in enumerate(toks[:12]) if t.text == ","), len(toks))
    np = np_after(toks, t0) if t0 < len(toks) else None
    if np is None or np[1] >= len(toks) or np[1] - np[0] < 2 and toks[np[0]].low in PRONOUNS:
        return None  # a pronoun here may stand for anyone; a name or role is needed
    verb = toks[np[1]]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.low in {"of", "and", "or", "de"}:
        return None
    if not _is_speaker(toks, np) or not toks[np[1] - 1].is_cap:
        return None
    a, b = toks[np[0]].start, toks[np[1] - 1].end
    return Attribution(text[a:b], (a, b), ":", ":", (colon, colon + 1), [])


def _label(head: str) -> tuple[int, int] | None:
    """"- Ann Lee:", "More from the report:", "Rep. Ann Lee (R-Ore.):", "Ann Lee, head of the
    board:" (offsets into head)."""
    m = _LABEL_AFTER.search(head)
    if m is None and (b := _LABEL_BRACKETED_ROLE.fullmatch(head)) is not None and any(
            w in ROLE_NOUNS or w in TITLE_WORDS or compound_role(w)
            for w in re.findall(r"[\w’'-]+", b.group(2).lower())):
        return b.span(1)
    if m is None:
        m = _LABEL_OPENING.fullmatch(head)
        if m is None or not _label_words(m.group(1)):
            return role_label(head) or _described_person_label(head)
    label = m.group(1)
    if label.lower() in NOT_SPEAKERS or label.split()[0].lower() in NOT_SPEAKERS \
            or label.isupper() or any(ch.isdigit() for ch in label) \
            or " " not in label and (compound_topic(label)  # "Taylor-Swift-Konzertabsage:"
                                     or match_cue(tokenize(label, 0, len(label)), 0)):
        return None  # ("Ajoutant :": a verb of saying, no one's name)
    a, b = m.span(1)
    if label.endswith(")") and " (" in label:  # "Rep. Ann Lee (R-Ore.)": the name only
        b = a + label.rindex(" (")
    return a, b


# "Luis de la Fuente, seleccionador español:", "Nico Williams, autor del primer gol de España:"
_DESCRIBED_LABEL = re.compile(r"([A-Z][\w.’'-]*(?:\s+(?:de|del|la|le|van|von|da|di|dos))*"
                              r"(?:\s+[A-Z][\w.’'-]*){1,3}),"
                              r"\s+([a-záéíóúäöüç][^:,;.!?]{2,80}?)\s?:$")


def _described_person_label(head: str) -> tuple[int, int] | None:
    """A person's name (a known given name first), a comma, a short lowercase description, a
    colon: the label of the quotation after it (offsets into head)."""
    m = _DESCRIBED_LABEL.fullmatch(head)
    return m.span(1) if m is not None and m.group(1).split()[0].lower() in given_names() \
        else None


def _label_words(label: str) -> bool:
    """Capitalised words, titles and connectors, ending with a capitalised word."""
    words = [w for w in label.split() if not w.startswith("(")]
    return bool(words) and words[-1][:1].isupper() and all(
        w[:1].isupper() or w.lower() in TITLE_WORDS | ROLE_NOUNS | {"of", "and", "the", "for"}
        for w in words)


def _subject(text: str, start: int, colon: int) -> tuple[int, int] | None:
    """"She fired back:", "On Monday, Lee told the crowd:": the subject opening the sentence
    (after an opening adverbial), then a verb."""
    toks = tokenize(text, start, colon)
    t0 = 0
    if toks and (toks[0].low in INTRO_WORDS | _OPENING_PREPOSITIONS or toks[0].text in CAP_STOP
                 ) and toks[0].low not in DETERMINERS:  # not "Die Grünen-Chefin X wurde …:"
        while t0 < len(toks) and toks[t0].text != ",":
            t0 += 1
        t0 += 1
    np = np_after(toks, t0) if t0 < len(toks) else None
    np = np and _named_after_role(toks, np)
    set_off = np and _name_after_role(text, toks, np)
    if set_off is not None:
        np = set_off
    if np is None or np[1] >= len(toks) or len(toks) - np[1] > (
            60 if match_cue(toks, np[1]) else 20):  # "X addressed the fans … at length:"
        return None
    verb = toks[np[1] + (set_off is not None)]  # (past the comma closing the set-off name)
    if set_off is None and verb.text == "(" and toks[np[1] - 1].is_cap:
        # "Florian Wirtz (hier mit Meisterschale) war sich sicher:"
        close = next((n for n in range(np[1] + 1, min(len(toks), np[1] + 9))
                      if toks[n].text == ")"), None)
        if close is None or close + 1 >= len(toks):
            return None
        verb = toks[close + 1]
    if verb.text == "," and toks[np[1] - 1].is_cap:  # "Joan Baldoví, de Compromís, fue aún
        close = next((n for n in range(np[1] + 1, min(len(toks), np[1] + 9))  # más duro:"
                      if toks[n].text == ","), None)
        if close is None:  # "Simón Boric, hermano del presidente electo fue uno de …:": the
            close = next((n - 1 for n in range(np[1] + 2, min(len(toks), np[1] + 10))  # copula
                          if toks[n].low in _COPULAS), None)
        if close is None or close + 1 >= len(toks) or len(toks) - close > 12:
            return None
        verb = toks[close + 1]
    if verb.low in {"by", "par", "por", "von"} and toks[np[1] - 1].low in _UTTERANCES:
        np = np_after(toks, np[1] + 1)  # "Commentary by Ann Lee, leader of the party:"
        return (toks[np[0]].start, toks[np[1] - 1].end) if np is not None and all(
            t.is_cap for t in toks[np[0]:np[1]] if t.low not in {"the", "of"}) else None
    if not (verb.text.isalpha() and verb.text.islower()) or verb.low in _NOT_VERBS:
        return None
    if any(t.low in BUT_WORDS for t in toks[np[1]:]):  # "He accused X, but Parry explained:"
        return None
    if any(ch in _SCARE_QUOTE.sub("", text[start:colon]) for ch in "“”\"«»"):
        return None
    if not _is_speaker(toks, np):
        return None
    return toks[np[0]].start, toks[np[1] - 1].end


def _name_after_role(text: str, toks: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """"La ministre de la Culture, Rima Holm, a réagi :": the name set off by commas after a
    role (and the role's complement), rather than the role (mentions.appositive_name, closed by
    a comma before the verb); None when there is none."""
    if not any(is_role_noun(t.low) for t in toks[np[0]:np[1]]):
        return None
    comma = next((n for n in range(np[1], min(len(toks), np[1] + 7)) if toks[n].text == ","),
                 None)
    if comma is None or not all(t.is_cap or t.low in _COMPLEMENT_WORDS
                                for t in toks[np[1]:comma]):
        return None
    name = appositive_name(text, toks, np[0], comma)
    if name is None or name[1] - name[0] > 4 or name[1] + 1 >= len(toks) or \
            toks[name[1]].text != ",":
        return None
    return name


_COMPLEMENT_WORDS = {"de", "del", "du", "des", "la", "le", "l'", "l’", "of", "the", "der",
                     "für"}


def _named_after_role(toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """"el vocero presidencial Manuel Adorni": a role, up to two adjectives, then the name."""
    if np[1] >= len(toks) or not is_role_noun(toks[np[1] - 1].low):
        return np
    j = np[1]
    while j < min(len(toks), np[1] + 2) and toks[j].text.isalpha() and toks[j].text.islower():
        j += 1
    k = j
    while k < len(toks) and toks[k].is_cap and toks[k].text not in CAP_STOP:
        k += 1
    return (np[0], k) if j > np[1] and k - j >= 2 else np


def _is_speaker(toks: list[Token], np: tuple[int, int]) -> bool:
    first, last = toks[np[0]], toks[np[1] - 1]
    if last.low.endswith(("’s", "'s")):
        return False
    if np[1] - np[0] == 2 and first.low in {"das", "der", "die"} and not is_role_noun(last.low):
        return False  # "Das Ergebnis … begeistert X nicht:": a German noun, no speaker
    if np[1] - np[0] == 1 and first.low in _SUBJECT_PRONOUNS:
        return True
    if first.low in {"it", "this", "that", "there", "here"}:
        return False
    return (last.is_cap and last.text not in CAP_STOP) or last.low in ROLE_NOUNS or \
        bool(AGE_NOUN.fullmatch(last.low))  # "The 25-year-old addressed the fans:"

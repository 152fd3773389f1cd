"""Who a speaker mention refers to, within one document: ``parse_mention`` splits "Russian
President Vladimir Putin" into name and role (or tells an organisation), and ``Entities``,
filled first by ``prescan``, resolves "he", "the president", "Putin" to the fullest name seen.

Nothing here guesses across an article: a pronoun resolves only to a person already seen as a
speaker (or named) earlier in the same document, a title only to a person seen with that title,
a surname only to a full name with that surname.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from compare.claims.mentions import (CAP_STOP, DETERMINERS, FRONTED_CUES, ORG_WORDS, PRONOUNS,
                                     ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS)
from compare.claims.speakers import SpeakerRef

_PERIPHRASES = {"head of state": "president", "country's leader": "president",
                "country’s leader": "president"}


@dataclass
class ParsedName:
    name: str | None
    role: str | None
    kind: str


def parse_mention(mention: str) -> ParsedName:
    """Split "Russian President Vladimir Putin" into name and role; detect organisations."""
    words = mention.replace("’s ", "'s ").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    words = [w for w in words if not re.fullmatch(r"[A-Z][\w]*-based", w)]
    if words and words[0].lower() in ROLE_NOUNS and words[0].lower() not in ORG_WORDS:
        for n, w in enumerate(words[1:7], 1):  # "experts at X Institute", "a survey by X"
            if w in {"at", "from", "by"} and any(x.rstrip(".").lower() in ORG_WORDS
                                                 for x in words[n + 1:] if x[:1].isupper()):
                return parse_mention(" ".join(words[n + 1:]))
            if w in {",", "who", "that", "and"}:
                break
    if not words:
        return ParsedName(None, None, "person")
    lows = [w.lower().strip(",") for w in words]
    last_title = max((n for n, w in enumerate(lows) if (w in TITLE_WORDS or
                      (w in ROLE_NOUNS and w not in ORG_WORDS)) and w not in TITLE_MODIFIERS),
                     default=-1)
    fallback = max((n for n, w in enumerate(lows) if w in TITLE_WORDS), default=-1)
    if last_title < 0 and fallback >= 0 and len(words) - fallback - 1 >= 2:
        last_title = fallback  # "Police chief Omar Diallo"
    rest = words[last_title + 1:]
    if "'s" not in " ".join(words) and rest and all(w[:1].isupper() for w in rest) \
            and not any(w.rstrip(".").lower() in ORG_WORDS or w.isupper() for w in rest) \
            and (last_title >= 0 or len(rest) >= 2):
        return ParsedName(" ".join(rest), " ".join(words[:last_title + 1]) or None, "person")
    if any(w.rstrip(".").lower() in ORG_WORDS or w.isupper() and len(w) > 1 for w in words) \
            and not (lows[-1] in ROLE_NOUNS and lows[-1] not in ORG_WORDS
                     and not words[-1][:1].isupper()):  # "Institute for … Studies" is a name
        name = " ".join(words)
        return ParsedName(name if name[:1].isupper() else None, None, "organisation")
    if "'s" in " ".join(words):
        head = " ".join(words).split("'s ")[-1]
        return ParsedName(None, head, "person")
    role = " ".join(words[:last_title + 1]) or None
    if rest and all(w[:1].isupper() for w in rest):
        return ParsedName(" ".join(rest), role, "person")
    return ParsedName(None, role, "person")


_SYNONYMS = {"spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes",
             "secretary": "spokes"}


@dataclass
class Entity:
    name: str
    role: str | None
    kind: str
    last_pos: int = -1


@dataclass
class Entities:
    """The people and organisations of one document, as the extractor meets them."""

    by_name: dict[str, Entity] = field(default_factory=dict)
    last_person: Entity | None = None
    last_org: Entity | None = None
    text: str = ""
    names: list[tuple[int, str]] = field(default_factory=list)  # capitalised chunks, in order
    para_starts: list[int] = field(default_factory=list)

    def add(self, name: str, role: str | None, kind: str, pos: int) -> Entity:
        full = self._full_name(name, kind) or name
        ent = self.by_name.get(full)
        if ent is None:
            ent = self.by_name[full] = Entity(full, role, kind)
        if role and not ent.role:
            ent.role = role
        ent.last_pos = max(ent.last_pos, pos)
        return ent

    def _full_name(self, name: str, kind: str) -> str | None:
        if kind != "person" or " " in name:
            return name if name in self.by_name or " " in name else None
        hits = [e for e in self.by_name.values()
                if e.kind == "person" and e.name.split()[-1] == name]
        if len(hits) == 1:
            return hits[0].name
        if hits:  # several people share the surname: the most recently mentioned
            return max(hits, key=lambda e: e.last_pos).name
        return None

    def by_role(self, role_word: str) -> Entity | None:
        key = _SYNONYMS.get(role_word, role_word)
        hits = [e for e in self.by_name.values() if e.role and e.kind == "person" and
                any(_SYNONYMS.get(w, w) == key for w in e.role.lower().split())]
        return max(hits, key=lambda e: e.last_pos) if hits else None

    def resolve(self, mention: str, pos: int) -> SpeakerRef:
        """A SpeakerRef for a mention at ``pos``; name None when the text does not say who."""
        low = mention.lower()
        if low in PRONOUNS:
            recent = self.recent_person(pos) if low in {"he", "she"} else None
            if recent is not None:
                return self._ref(mention, recent)
            if low in {"he", "she", "him", "her"} and self.last_person:
                return self._ref(mention, self.last_person)
            if low == "it" and self.last_org:
                return self._ref(mention, self.last_org)
            return SpeakerRef(mention, None, None, "person")
        parsed = parse_mention(mention)
        if parsed.name:
            full = self._full_name(parsed.name, parsed.kind)
            if parsed.kind == "person" and full is None and " " not in parsed.name:
                return SpeakerRef(mention, parsed.name, parsed.role, "person")
            ent = self.add(full or parsed.name, parsed.role, parsed.kind, pos)
            return self._ref(mention, ent)
        words = low.split()
        if " ".join(words[1:]) in _PERIPHRASES and words[0] == "the":
            ent = self.by_role(_PERIPHRASES[" ".join(words[1:])])  # "the head of state"
            if ent is not None:
                return self._ref(mention, ent)
        if words and words[0] in {"the", "his", "her"} and parsed.role:
            head = parsed.role.lower().split()[-1]
            ent = self.by_role(head)
            if ent is not None:
                return self._ref(mention, ent)
        return SpeakerRef(mention, None, parsed.role, "person")

    def recent_person(self, pos: int) -> Entity | None:
        """"Kaja Sorensen welcomed it. “…,” she said": the person named earlier in the
        pronoun's paragraph (outside quotations): the last speaker if named there, else the
        first person of the nearest sentence naming one. None when the paragraph names none."""
        if pos < 0 or not self.names:
            return None
        n = bisect.bisect_right(self.para_starts, pos)
        since = self.para_starts[n - 1] if n else 0
        hits = []
        for p, chunk in self.names[bisect.bisect_left(self.names, (since, "")):]:
            if p >= pos:
                break
            ent = self._person(chunk)
            if ent is not None:
                hits.append((p, ent))
        if not hits:
            return None
        if self.last_person is not None and any(e is self.last_person for _, e in hits):
            return self.last_person
        cut = max(self.text.rfind(". ", since, hits[-1][0]), since)
        return next(e for p, e in hits if p >= cut)

    def _person(self, chunk: str) -> Entity | None:
        if " " not in chunk:
            full = self._full_name(chunk, "person")
        else:
            parsed = parse_mention(chunk)
            full = parsed.name if parsed.kind == "person" and parsed.name else None
        ent = self.by_name.get(full) if full else None
        return ent if ent is not None and ent.kind == "person" else None

    def _ref(self, mention: str, ent: Entity) -> SpeakerRef:
        if ent.kind == "person":
            self.last_person = ent
        else:
            self.last_org = ent
        return SpeakerRef(mention, ent.name, ent.role, ent.kind)


_CHUNK = re.compile(
    r"(?:[A-Z][\w’'\-]*\.?)(?:\s+(?:(?:of|on|for|the|de|von|van|al|bin)\s+)*[A-Z][\w’'\-]*\.?)*")
_APPOSITIVE_BEFORE = re.compile(
    r"(?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*[’']s\s+((?:[a-z\-]+\s+){0,2}[a-z\-]+),\s+"
    r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})")
_APPOSITIVE_AFTER = re.compile(
    r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2}),\s+(?:the|a|an)\s+((?:[A-Za-z\-]+\s+){0,3}"
    r"(?:" + "|".join(sorted(ROLE_NOUNS | {"spokesman"})) + r")),")


def prescan(text: str, spans: list[tuple[int, int]],
            quotes: list[tuple[int, int]] = ()) -> Entities:
    """People named in the document with their titles (full names and appositive roles), and
    where capitalised names stand outside the ``quotes`` (for "he"/"she")."""
    ents = Entities(text=text, para_starts=[a for a, _ in spans])
    quotes = sorted(quotes)
    for a, b in spans:
        seg = text[a:b]
        if ("’s " in seg or "'s " in seg) and ", " in seg:
            for m in _APPOSITIVE_BEFORE.finditer(seg):
                ents.add(m.group(2), m.group(1), "person", a + m.start(2))
        if ", the " in seg or ", a " in seg or ", an " in seg:
            for m in _APPOSITIVE_AFTER.finditer(seg):
                ents.add(m.group(1), m.group(2), "person", a + m.start(1))
        for m in _CHUNK.finditer(seg):
            words = m.group().split()
            for n, w in enumerate(words):
                if w.endswith(("’s", "'s")):
                    words = words[:n] + [w[:-2]]
                    break
                if w.endswith(".") and len(w) > 3 and n + 1 < len(words):
                    words = words[:n + 1]  # "… in Brussels. She said": a sentence ends
                    break
            while words and words[0] in CAP_STOP | FRONTED_CUES | {"The", "A", "An"}:
                words = words[1:]
            if words and not _inside(quotes, a + m.start()):
                ents.names.append((a + m.start(), " ".join(words)))
            if len(words) < 2 or len(words) > 7:
                continue
            parsed = parse_mention(" ".join(words))
            if parsed.kind == "person" and parsed.name and 2 <= len(parsed.name.split()) <= 3:
                if not any(w in CAP_STOP for w in parsed.name.split()):
                    ents.add(parsed.name, parsed.role, "person", a + m.start())
    for e in ents.by_name.values():
        e.last_pos = -1
    return ents


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    n = bisect.bisect_right(spans, (pos, 1 << 62))
    return n > 0 and spans[n - 1][0] <= pos < spans[n - 1][1]

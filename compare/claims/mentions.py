"""Speaker mentions: tokens, noun phrases around a cue, names versus titles, and the
within-document resolution of "he", "the president", "Putin" to the fullest name seen.

Nothing here guesses across an article: a pronoun resolves only to a person already seen as a
speaker (or named) earlier in the same document, a title only to a person seen with that title,
a surname only to a full name with that surname.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from compare.claims.speakers import SpeakerRef

TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|St|Jr|Sr|Pres|Adm)\."
    r"|[A-Z]\.(?=\s+[A-Z])|\d+(?:[.,]\d+)*%?|\w+(?:[-'’.]\w+)*|\S")

QUOTE_TOKEN = "\u201cQ\u201d"  # a quotation, as one opaque token of its sentence

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "p", "them": "p",
            "we": "p", "us": "p", "i": "s", "me": "s", "it": "o", "who": "r", "you": "s"}

TITLE_WORDS = set("""
president president-elect vice prime minister secretary senator sen. rep. representative
congressman congresswoman gov. governor chancellor spokesman spokeswoman spokesperson
ambassador general gen. chairman chairwoman chair ceo director mayor king queen prince princess
pope judge justice chief deputy attorney leader candidate nominee commissioner mr. mrs. ms. dr.
prof. professor officer adviser advisor aide press sheriff lt. col. capt. sgt. speaker
foreign defence defense interior finance economy health justice state first lady former acting
majority minority house senate democratic republican presidential top senior campaign manager
chairperson envoy premier master economist whip emir sheikh lord sir dame commander admiral minister-president
""".split())

TITLE_MODIFIERS = set("""
vice prime foreign defence defense interior finance economy health state first former acting
majority minority house senate democratic republican presidential top senior campaign press
deputy chief justice
""".split())

ROLE_NOUNS = set("""
president minister secretary senator spokesman spokeswoman spokesperson ambassador chairman
chairwoman chair ceo director mayor king queen judge chief deputy attorney leader candidate
nominee commissioner professor officer adviser advisor aide sheriff governor chancellor
congressman congresswoman representative envoy premier manager economist analyst analysts
expert experts official officials source sources spokespeople lawmaker lawmakers critics critic
aides advisers advisors observers witnesses witness residents voters diplomats diplomat
prosecutors prosecutor investigators researchers scientists insiders members member
supporters opponents lawyer lawyers authorities police government ministry administration
campaign committee court agency department survey poll polls study report statement people
organisers organizers executive executives staff strategist strategists pollster pollsters
journalist journalists reporter reporters editor experts observer spokesmen doctor doctors
transcript analysis data ad video letter memo filing complaint lawsuit ruling fund firm
company group organization organisation website book article paper document research review
audit investigation estimate forecast index records figures narrator spot commercial
friend friends commenter neighbor neighbour resident relative relatives colleague colleagues
student students teacher worker workers owner owners activist activists protester protesters
bureau correspondent columnist writer author host anchor designer organizer organiser voter
staffer staffers board averages results numbers footage studies surveys
""".split())

ROLE_ADJECTIVES = set("""
senior top former chief deputy acting foreign press white house senate state campaign
presidential federal local regional military defense defence senior-level high-ranking
kremlin russian american european other several two three four many some unnamed anonymous
retired longtime veteran conservative liberal republican democratic independent prominent
""".split())

ORG_WORDS = set("""
kremlin council ministry committee party department agency commission union office bank
institute university post times news inc corp co association foundation center centre
government administration campaign court congress senate parliament police reuters ap afp
tass ria interfax network group company corporation organisation organization fund forum
assembly duma house board service services army navy force forces nato un eu cia fbi pentagon
foundation league alliance federation tribunal times journal herald tribune telegraph guardian
bureau authority authorities commission ministry embassy cabinet secretariat agency press
cnn bbc fox nbc abc cbs msnbc politico breitbart reuters bloomberg institute gallup pew
""".split())

DETERMINERS = {"the", "a", "an", "another", "one", "two", "three", "several", "some", "many",
               "his", "her", "their", "its", "our", "other", "both", "most", "few"}

CONNECTORS = {"of", "on", "for", "and", "de", "von", "van", "al", "bin", "la", "du", "da"}

CAP_STOP = set("""
But And However Also In On At When While After Before If As Then Meanwhile Still Yet So Now
Earlier Later That This These Those There Here Despite Although Though Because Since For With
Without From By To Asked Speaking Writing According Instead Even Only Indeed Last Next What Why
How Where Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
January February March April May June July August September October November December It
Or Nor Not No Yes Well Under Over Among Between During Until Within Into About Against Amid
""".split())

FRONTED_CUES = set("""
Said Added Continued Stated Asked Wrote Explained Noted Recalled Replied Responded Countered
Insisted Argued Warned Declared Concluded Remarked Observed Quipped Explains Adds Says Writes
""".split())  # "Said Ellis: “…”": a cue opening the sentence, before the speaker

SKIP_BEFORE_CUE = set("""
has have had was is were are be been also later previously again then further repeatedly
recently once will would could might may already publicly privately reportedly flatly firmly
emphatically quickly bluntly simply had not never always often still just yesterday today
long now even first last frequently since earlier on monday tuesday wednesday thursday friday
saturday sunday
""".split())


_PERIPHRASES = {"head of state": "president", "country's leader": "president",
                "country’s leader": "president"}


class Token:
    """A word or punctuation mark with its offsets in the document."""

    __slots__ = ("text", "start", "end", "low", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.low = text.lower()
        self.is_cap = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start() + start, m.end() + start)
            for m in TOKEN.finditer(text[start:end])]


def _np_word(tok: Token) -> bool:
    low = tok.low.rstrip(".")
    if tok.is_cap:
        return tok.text not in CAP_STOP
    stem = low[:-2] if low.endswith(("’s", "'s")) else low
    return stem in ROLE_NOUNS or stem in ROLE_ADJECTIVES or low in TITLE_WORDS


def np_before(toks: list[Token], k: int) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase ending just before token ``k`` (a cue)."""
    j = k
    while j > 0 and (toks[j - 1].low in SKIP_BEFORE_CUE or
                     (toks[j - 1].low.endswith("ly") and not toks[j - 1].is_cap
                      and len(toks[j - 1].text) > 4)):
        j -= 1
    if j == 0:
        return None
    if toks[j - 1].text == ")":  # "Sen. Ann Perdue (R-Ga.) said"
        n = j - 2
        while n >= max(0, j - 8) and toks[n].text != "(":
            n -= 1
        if n >= 1 and toks[n].text == "(":
            inner = np_before(toks, n)
            return inner if inner is not None and toks[inner[1] - 1].is_cap else None
    last = toks[j - 1]
    if last.low in PRONOUNS and not last.text.isupper() or last.text == "I":
        return (j - 1, j)
    i = j
    while i > 0:
        t = toks[i - 1]
        if _np_word(t):
            i -= 1
        elif t.low in CONNECTORS and i > 1 and toks[i - 2].is_cap and toks[i].is_cap:
            i -= 1
        elif t.text in {"-", "’s", "'s"} and i > 1:
            i -= 1
        else:
            break
    if i == j:
        return None
    if i > 0 and toks[i - 1].low in DETERMINERS:
        i -= 1
    if not _has_head(toks[i:j]):
        return None
    return (i, j)


def np_after(toks: list[Token], k: int) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase starting at token ``k`` ("according to X")."""
    if k >= len(toks):
        return None
    first = toks[k]
    if first.low in PRONOUNS:
        return (k, k + 1)
    i = k
    j = k + (1 if first.low in DETERMINERS else 0)
    while j < len(toks):
        t = toks[j]
        if _np_word(t):
            j += 1
        elif t.low in CONNECTORS and j + 1 < len(toks) and toks[j + 1].is_cap and j > i:
            j += 1
        elif t.text in {"’s", "'s"} and j > i:
            j += 1
        else:
            break
    if j == i or not _has_head(toks[i:j]):
        return None
    return (i, j)


def np_until_comma(toks: list[Token], k: int, limit: int = 24) -> tuple[int, int] | None:
    """"according to exit polls, ...": the phrase after the cue up to a comma or the end."""
    j = k
    while j < len(toks) and j - k < limit and toks[j].text not in {",", ".", ";", ":", "—",
                                                                     "\u201cQ\u201d", "?", "!"}:
        j += 1
    if j == k or j - k >= limit:
        return None
    return (k, j)


def _has_head(toks: list[Token]) -> bool:
    words = [t for t in toks if t.low not in DETERMINERS and t.low not in CONNECTORS]
    if not words:
        return False
    if any(ch.isdigit() for t in words for ch in t.text):
        return False
    return any(t.is_cap for t in words) or words[-1].low.rstrip("’s'") in ROLE_NOUNS \
        or words[-1].low in ROLE_NOUNS


def appositive_name(text: str, toks: list[Token], i: int, j: int
                    ) -> tuple[int, int] | None:
    """A name set off by commas right after a role phrase: "X's press secretary, Dmitry Peskov,"."""
    if j < len(toks) and toks[j].text == ",":
        k = j + 1
        n = k
        while n < len(toks) and toks[n].is_cap and toks[n].text not in CAP_STOP:
            n += 1
        if n - k >= 2 and not any(t.low in ORG_WORDS or t.low in TITLE_WORDS
                                  for t in toks[k:n]):
            return (k, n)
    return None


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

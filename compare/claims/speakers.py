"""Speakers across documents: canonical names, roles, aliases, and the analyst's edits.

The extractor resolves who said each claim within one document and hands one ``SpeakerRef`` per
claim to ``register_speakers``, which finds or creates the ``speakers`` row of each::

    ids = register_speakers(con, [SpeakerRef("Putin", "Russian President Vladimir Putin")])
    # -> ["vladimir-putin"]: name "Vladimir Putin", role "Russian President", aliases kept

Across documents a bare surname ("Putin", "President Putin") joins the one speaker whose name
ends with it (never a guess between two), and a later full name upgrades a surname-only row.
Analyst corrections (``merge_speakers``, ``rename_speaker``, in ``speaker_edits.py``) are recorded
in ``speaker_edits`` and replayed by ``apply_speaker_edits`` after every extraction.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import duckdb
from rapidfuzz import fuzz

from compare import db
from compare.claims.cases import nominative
from compare.claims.mentions import country_words
from compare.claims.speaker_names import (HONORIFIC_GENDER, ORGANISATION, PARTY_NAMES, PEERAGES,
                                          PERSON,
                                          PRONOUNS, ParsedName, clean, given_gender,
                                          given_name_genders, given_names_compatible,
                                          is_generic, is_role_plural, key, more_specific_role,
                                          name_words, parse_speaker, role_phrase, romanise,
                                          romanised_key, surname)

COLUMNS = "speaker_id, name, role, kind, aliases, roles"
_ACRONYM_SKIP = {"of", "on", "the", "and", "for", "in", "de", "&"}


@dataclass(frozen=True)
class SpeakerRef:
    """Who said a claim, as the extractor resolved it within one document."""

    mention: str             # as written: "he", "the president", "Russian President Vladimir Putin"
    name: str | None         # fullest name for this speaker in the document; None when unresolved
    role: str | None = None  # title seen with the name in the document ("Russian President")
    kind: str = "person"     # person | organisation


_NOT_WORD = re.compile(r"[^\w]+")


def speaker_id_for(name: str) -> str:
    """The id of a canonical name: a lowercase slug ("vladimir-putin")."""
    return _NOT_WORD.sub("-", key(name)).strip("-_")


@dataclass
class Speaker:
    """One ``speakers`` row in memory while it is matched and edited."""

    speaker_id: str
    name: str
    role: str | None
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    stored_id: str | None = None  # the id it has in the table (None: not inserted yet)
    dirty: bool = False

    @classmethod
    def from_row(cls, row: Sequence) -> "Speaker":
        sid, name, role, kind, aliases, roles = row
        return cls(sid, name, role, kind or PERSON, list(aliases or []), list(roles or []),
                   stored_id=sid)

    @property
    def words(self) -> tuple[str, ...]:
        return name_words(self.name)

    def add_alias(self, alias: str | None) -> None:
        alias = clean(alias or "")
        if not alias or key(alias) in PRONOUNS:
            return
        if all(key(a) != key(alias) for a in self.aliases):
            self.aliases.append(alias)
            self.dirty = True

    def add_role(self, role: str | None) -> None:
        if not role or self.kind != PERSON:
            return
        if all(key(r) != key(role) for r in self.roles):
            self.roles.append(role)
            self.dirty = True
        better = more_specific_role(self.role, role)
        if better != self.role:
            self.role, self.dirty = better, True

    def absorb(self, other: "Speaker") -> None:
        """Take ``other``'s name, aliases and roles (``other`` is merged into this one)."""
        for alias in [other.name, *other.aliases]:
            self.add_alias(alias)
        for role in [other.role, *other.roles]:
            if role and all(key(r) != key(role) for r in self.roles):
                self.roles.append(role)
        self.role = self.role or other.role
        self.dirty = True

    def rename(self, name: str) -> None:
        self.add_alias(self.name)
        self.name, self.speaker_id, self.dirty = name, speaker_id_for(name), True


def is_latin(name: str) -> bool:
    """Written in the Latin script (accents allowed): the spelling a merged speaker is shown by,
    whichever page named it first; the Cyrillic one stays an alias."""
    return name.isascii() or all(ord(c) < 0x250 for c in name if c.isalpha())


_DOUBLE_BARRELLED = re.compile(r"\w{3,}-\w")


def _fuller_spelling(new: str, old: str) -> bool:
    """``new`` spells ``old`` with accents or hyphens that ``old`` lacks ("Lothar Matthäus" for
    "Lothar Matthaus", "Carine Durrieu-Diebolt" for "Carine Durrieu Diebolt": a double-barrelled
    surname is one word, the one a bare-surname mention uses), or with the Arabic article as
    official English usage writes it ("Sultan Al Jaber" for "Sultan al-Jaber"), or with more
    words capitalised ("Labour Party" for "Labour party"): the spelling to show, whichever page
    came first."""
    if new == old or speaker_id_for(new) != speaker_id_for(old) or not is_latin(new):
        return False
    marks = [(sum(not c.isascii() for c in s), len(_DOUBLE_BARRELLED.findall(s)))
             for s in (new, old)]
    if marks[0] == marks[1]:  # "Sultan Al Jaber" over "Sultan al-Jaber", then "Labour Party"
        return _spelling_rank(new) > _spelling_rank(old)  # over "Labour party"
    return all(n >= o for n, o in zip(*marks))


def _spelling_rank(name: str) -> tuple[int, int]:
    """Arabic articles as official English writes them, then capitalised words."""
    return len(_ARTICLE_PARTICLE.findall(name)), sum(w[:1].isupper() for w in name.split())


_ARTICLE_PARTICLE = re.compile(r"\b(?:Al|El) [A-Z]")  # the form official English usage spells


def _unique(speakers: list[Speaker]) -> list[Speaker]:
    return list({id(s): s for s in speakers}.values())


def acronym_of(name: str) -> str:
    """Initials of the capitalised words: "European Council on Foreign Relations" -> "ECFR"."""
    return "".join(w[0] for w in name.split() if w.lower() not in _ACRONYM_SKIP and w[0].isupper())


class SpeakerIndex:
    """The speakers that may match a set of names, looked up by name, alias, last name word and
    initials, and the rules that match them."""

    def __init__(self, speakers: Iterable[Speaker]):
        self.speakers: dict[str, Speaker] = {}
        self._by: dict[str, list[Speaker]] = defaultdict(list)
        self._keys: dict[int, tuple[str, set[str]]] = {}  # id(speaker) -> (its id, index keys)
        for speaker in speakers:
            self.add(speaker)

    def add(self, speaker: Speaker) -> Speaker:
        keys = {"n:" + key(speaker.name), "l:" + "".join(speaker.words[-1:])}
        keys |= {"a:" + key(a) for a in speaker.aliases}
        if speaker.kind == PERSON and len(speaker.words) > 1:
            keys.add("r:" + romanised_key(speaker.name))
        if speaker.kind == PERSON and (flipped := initial_first_key(speaker.words)):
            keys.add(flipped)
        if speaker.kind == PERSON and speaker.words:
            keys.add("rl:" + romanised_key(speaker.words[-1]))
        if speaker.kind == ORGANISATION:
            keys.add("i:" + acronym_of(speaker.name))
        if (stem := _double_surname_stem(speaker)) is not None:
            keys.add("p:" + stem)
        if (nominal := _nominative_key(speaker)) is not None:
            keys.add(nominal)
        self.speakers[speaker.speaker_id] = speaker
        self._keys[id(speaker)] = (speaker.speaker_id, keys)
        for k in keys:
            self._by[k].append(speaker)
        return speaker

    def remove(self, speaker: Speaker) -> None:
        sid, keys = self._keys.pop(id(speaker))
        del self.speakers[sid]
        for k in keys:
            self._by[k] = [s for s in self._by[k] if s is not speaker]

    def refresh(self, speaker: Speaker) -> None:
        """Index ``speaker`` again after its name or aliases changed."""
        self.remove(speaker)
        self.add(speaker)

    def add_alias(self, speaker: Speaker, alias: str | None) -> None:
        speaker.add_alias(alias)
        k = "a:" + key(alias or "")
        keys = self._keys[id(speaker)][1]
        if speaker.aliases and k == "a:" + key(speaker.aliases[-1]) and k not in keys:
            keys.add(k)
            self._by[k].append(speaker)

    def _lookup(self, index_key: str, kind: str | None) -> list[Speaker]:
        return [s for s in self._by.get(index_key, ()) if kind is None or s.kind == kind]

    def by_name(self, name: str, kind: str | None = None) -> Speaker | None:
        found = self._lookup("n:" + key(name), kind)
        return found[0] if found else self.speakers.get(speaker_id_for(name))

    def by_alias(self, name: str, kind: str | None = None) -> list[Speaker]:
        return self._lookup("a:" + key(name), kind)

    def match(self, parsed: ParsedName, gender: str | None = None, peer: bool = False
              ) -> Speaker:
        """The speaker ``parsed`` names, created (or upgraded from a partial name) if needed;
        ``gender``: "m" or "f" when an honorific said it ("Mr Holm"); ``peer``: the name is a
        peer's title ("Lord Nicholls"), no one's surname elsewhere."""
        found = self.by_name(parsed.name, parsed.kind)
        if found is not None:
            if _fuller_spelling(parsed.name, found.name):  # "Matthäus" for "Matthaus"
                found.rename(parsed.name)
                self.refresh(found)
            return found
        words = name_words(parsed.name)
        if peer and len(words) == 1:
            return self._create(parsed)  # "Lord Bach" is no Johann Sebastian Bach
        aliased = self.by_alias(parsed.name, parsed.kind)
        if len(aliased) == 1 and (len(words) > 1 or parsed.kind == ORGANISATION):
            return aliased[0]
        if parsed.kind == ORGANISATION:
            return self._match_organisation(parsed)
        if len(words) > 1 and not is_latin(parsed.name):
            nominal = nominative(parsed.name, "gen")
            if nominal != parsed.name and (base := self.by_name(nominal, PERSON)) is not None:
                return base  # "Мстислава Чернова" (a film "by" him) is "Мстислав Чернов"
            oblique = self._lookup("g:" + key(parsed.name), PERSON)
            if len(oblique) == 1:
                return self._upgrade(oblique[0], parsed.name)  # and the other way round
        if len(words) == 2 and words[1] not in given_name_genders():
            fuller = self._lookup("p:" + " ".join(words), PERSON)
            if len(fuller) == 1:  # "Carlos Torres" and the one "Carlos Torres Vila": one
                return self._upgrade(fuller[0], parsed.name)  # person, by the common name
        if len(words) == 3 and words[1] not in given_name_genders():
            base = self._lookup("n:" + key(" ".join(parsed.name.split()[:2])), PERSON)
            if len(base) == 1 and len(self._lookup("p:" + " ".join(words[:2]), PERSON)) == 0:
                return base[0]  # "Carlos Torres Vila" is the "Carlos Torres" seen before
        same = [s for s in self._lookup("l:" + words[-1], PERSON) if s.words != words]
        longer = [s for s in same if len(s.words) > len(words) and s.words[-len(words):] == words
                  and not (gender and given_gender(s.name) not in (None, gender))]
        # ^ (but "Mr White" is no "Deborah White")
        if len(longer) == 1 and not is_role_plural(parsed.name) and not _country(words):
            return longer[0]  # "Putin" -> the one "... Putin" ("Boone Isaacs" -> "Cheryl B.
            # I."); "MPs" are no "Labour MPs", either way; "England" (a team) is no one's
            # surname ("Middle England"), either way
        scripts = [] if same else _unique([  # the surname in the other script, or romanised
            s for s in self._lookup("rl:" + romanised_key(words[-1]), PERSON)  # otherwise
            if s.words[-1] != words[-1] and (len(words[-1]) >= 5 or is_latin(s.name) != is_latin(
                parsed.name))])  # (not "Fox" for "Jamie Foxx": a short one's letter apart)
        if len(words) == 1:
            if len(scripts) == 1 and len(scripts[0].words) > 1:
                return scripts[0]  # "Песков" -> the one "Dmitry Peskov"
            return self._create(parsed)  # no such speaker, or two: never guess between them
        if len(scripts) == 1 and len(scripts[0].words) == 1:
            if is_latin(parsed.name) or not is_latin(scripts[0].name):
                return self._upgrade(scripts[0], parsed.name)  # "Песков" -> "Dmitry Peskov"
            return scripts[0]
        romanised = self._lookup("r:" + romanised_key(parsed.name), PERSON)
        if not romanised and len(scripts) == 1 and _given_names_sound_alike(scripts[0].words,
                                                                           words):
            romanised = scripts  # "Касым-Жомарт Токаев" / "Kassym-Jomart Tokayev"
        if len(romanised) == 1:  # "Yuliya Timoshenko", "Юлия Тимошенко" -> "Yulia Tymoshenko"
            if is_latin(parsed.name) and not is_latin(romanised[0].name):
                return self._upgrade(romanised[0], parsed.name)  # the Latin spelling is the name
            return romanised[0]
        compatible = [s for s in same if len(s.words) > 1
                      and given_names_compatible(s.name, parsed.name)]
        if len(compatible) == 1:  # "V. Putin" -> "Vladimir Putin", "Sergei" -> "Sergey Lavrov"
            found = compatible[0]
            if len(found.words[0]) == 1 < len(words[0]) and len(found.words) == len(words):
                return self._upgrade(found, parsed.name)  # "Vladimir Putin" after "V. Putin"
            return found
        shorter = [s for s in same if len(s.words) < len(words)
                   and words[-len(s.words):] == s.words and not is_role_plural(s.name)
                   and not _country(s.words) and not _peer_title(s)]
        if len(shorter) == 1 and len(same) == 1:  # a fuller name upgrades "Putin"
            return self._upgrade(shorter[0], parsed.name)
        flipped = [s for s in self._lookup(initial_first_key(words) or "", PERSON)
                   if (len(s.words[0]) == 1) != (len(words[0]) == 1)
                   and is_latin(s.name) != is_latin(parsed.name)]
        if len(flipped) == 1 and not same:  # "D Gukesh" / "Гукеш Доммараджу" (in one script,
            # "K Rahmat" may as well be another man than "Rahmat Kazi")
            if len(words[0]) == 1:
                return flipped[0]
            return self._upgrade(flipped[0], parsed.name)
        return self._create(parsed)

    def _match_organisation(self, parsed: ParsedName) -> Speaker:
        if parsed.name == parsed.acronym:  # "EU" -> the one org whose initials or alias are EU
            spelled = _unique(self._lookup("i:" + parsed.name, ORGANISATION)
                              + self.by_alias(parsed.acronym, ORGANISATION))
            if len(spelled) == 1:
                return spelled[0]
            return self._create(parsed)
        initials = _unique(self._lookup("n:" + key(acronym_of(parsed.name)), ORGANISATION)
                           + self._lookup("n:" + key(parsed.acronym or ""), ORGANISATION))
        if len(initials) == 1 and len(acronym_of(parsed.name)) > 1:
            return self._upgrade(initials[0], parsed.name)  # "EU" -> "European Union"
        words = name_words(parsed.name)
        same = [s for s in self._lookup("l:" + words[-1], ORGANISATION) if s.words != words]
        longer = [s for s in same if len(s.words) > len(words) and s.words[-len(words):] == words
                  and "and" not in s.words]  # not "EU and US" for "US"
        if len(longer) == 1 and not is_generic(parsed.name) and not _party(words):  # "Saints"
            return longer[0]  # -> "New Orleans Saints" (not "Democrats" -> "Liberal Democrats")
        shorter = [s for s in same if len(s.words) < len(words)
                   and words[-len(s.words):] == s.words and not is_generic(s.name)
                   and not _party(s.words)]
        if len(shorter) == 1 and len(same) == 1 and "and" not in words:  # ("EU and US" is
            return self._upgrade(shorter[0], parsed.name)  # two bodies, not a fuller "US")
        return self._create(parsed)

    def _create(self, parsed: ParsedName) -> Speaker:
        sid = speaker_id_for(parsed.name)
        if sid in self.speakers:  # a spelling variant of an existing name ("Jean Claude")
            return self.speakers[sid]
        return self.add(Speaker(sid, parsed.name, None, parsed.kind, dirty=True))

    def _upgrade(self, speaker: Speaker, name: str) -> Speaker:
        if speaker_id_for(name) in self.speakers:
            return self.speakers[speaker_id_for(name)]
        self.remove(speaker)
        speaker.rename(name)
        return self.add(speaker)


def _peer_title(speaker: Speaker) -> bool:
    """A one-word speaker seen as a peer ("Lord Bach"): no fuller name upgrades it."""
    return len(speaker.words) == 1 and any(_peer(a, speaker.name) for a in speaker.aliases)


def _country(words: Sequence[str]) -> bool:
    """One word that names a country ("England"): no one's surname."""
    return len(words) == 1 and words[0] in country_words()


def _party(words: Sequence[str]) -> bool:
    """One word that names a party ("Democrats", "Labour"): no other body's shorter name."""
    return len(words) == 1 and words[0] in PARTY_NAMES


def _double_surname_stem(speaker: Speaker) -> str | None:
    """"carlos torres" for "Carlos Torres Vila": a given name and a first surname that one more
    surname follows (Spanish and Portuguese names, where the short form drops the second and
    is the one the press uses: the speaker is shown by it); not when the middle word is a given
    name ("Juan Carlos Torres")."""
    words = speaker.words
    if speaker.kind != PERSON or len(words) != 3 or words[1] in given_name_genders() or \
            not all(w.isalpha() for w in words):
        return None
    return " ".join(words[:2])


def _nominative_key(speaker: Speaker) -> str | None:
    """"g:мстислав чернов" for a Cyrillic name written in the genitive ("Мстислава Чернова"):
    the nominative it would be, by which the person is found once a page writes it so."""
    if speaker.kind != PERSON or len(speaker.words) < 2 or is_latin(speaker.name):
        return None
    nominal = nominative(speaker.name, "gen")
    return "g:" + key(nominal) if nominal != speaker.name else None


def _given_names_sound_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two spellings of one first name across scripts, beyond what ``romanised_key`` folds
    ("Жомарт"/"Jomart", "Тайсон"/"Tyson"): same initial once romanised, and close."""
    if len(a) < 2 or len(b) < 2:
        return False
    ka, kb = romanised_key(a[0]), romanised_key(b[0])
    return ka[:1] == kb[:1] and fuzz.ratio(ka, kb) >= 75


def initial_first_key(words: Sequence[str]) -> str | None:
    """The key a South Indian name shares in its two common forms: the family name's initial
    first ("D Gukesh") or in full after the given name ("Gukesh Dommaraju", "Гукеш
    Доммараджу"): the romanised given name and that initial."""
    if len(words) != 2 or len(words[1]) == 1:
        return None
    given, family = (words[1], words[0]) if len(words[0]) == 1 else words
    return f"fi:{romanised_key(given)}|{romanised_key(family)[:1]}"


def match_keys(speaker: Speaker) -> list[str]:
    """The lookup keys stored with a speaker: its name and aliases as ``key``s, ``i:`` its id,
    ``s:`` its last name word, ``r:`` / ``rl:`` the romanised name / last word and ``fi:``
    ``initial_first_key`` (people), ``a:`` its initials (organisations)."""
    keys = {key(speaker.name), *(key(a) for a in speaker.aliases), "i:" + speaker.speaker_id}
    keys.add("s:" + surname(speaker.name))
    if speaker.kind == PERSON and len(speaker.words) > 1:
        keys.add("r:" + romanised_key(speaker.name))
    if speaker.kind == PERSON and speaker.words:
        keys.add("rl:" + romanised_key(speaker.words[-1]))
    if speaker.kind == PERSON and (flipped := initial_first_key(speaker.words)):
        keys.add(flipped)
    if speaker.kind == ORGANISATION and len(acronym_of(speaker.name)) > 1:
        keys.add("a:" + acronym_of(speaker.name))
    if (stem := _double_surname_stem(speaker)) is not None:
        keys.add("p:" + stem)
    if (nominal := _nominative_key(speaker)) is not None:
        keys.add(nominal)
    return sorted(keys)


@functools.lru_cache(maxsize=65536)
def query_keys(parsed: ParsedName) -> frozenset[str]:
    """The ``match_keys`` of every stored speaker that ``SpeakerIndex.match`` may pick (cached:
    a batch names most people many times, and every batch loads its candidates anew)."""
    keys = {key(parsed.name), "i:" + speaker_id_for(parsed.name), "s:" + surname(parsed.name),
            "r:" + romanised_key(parsed.name), "rl:" + romanised_key(surname(parsed.name))}
    if (flipped := initial_first_key(name_words(parsed.name))) is not None:
        keys.add(flipped)
    words = name_words(parsed.name)
    if len(words) == 2:
        keys.add("p:" + " ".join(words))  # "Carlos Torres" finds "Carlos Torres Vila"
    elif len(words) == 3:
        keys.add(key(" ".join(parsed.name.split()[:2])))  # and the other way round
    if len(words) > 1 and not is_latin(parsed.name):  # a genitive and its nominative
        keys |= {key(nominative(parsed.name, "gen")), "g:" + key(parsed.name)}
    if parsed.kind == ORGANISATION:
        keys.add(key(acronym_of(parsed.name)))
        if parsed.acronym:
            keys |= {key(parsed.acronym), "a:" + parsed.acronym}
    return frozenset(keys)


# Lists travel as JSON text inlined as one SQL string literal: DuckDB's Python client converts
# every parameter (and list element) separately, which costs more than the query itself.
_ROW_SCHEMA = ('[{"speaker_id": "VARCHAR", "name": "VARCHAR", "role": "VARCHAR", '
               '"kind": "VARCHAR", "aliases": ["VARCHAR"], "roles": ["VARCHAR"], '
               '"match_keys": ["VARCHAR"]}]')


def _strings(values: Iterable[str]) -> str:
    """SQL for a VARCHAR[] holding ``values``."""
    text = json.dumps(list(values)).replace("'", "''")
    return f"from_json('{text}', '[\"VARCHAR\"]')"


def _rows(speakers: Iterable[Speaker]) -> str:
    """SQL for a subquery with one row per speaker (all columns, ``match_keys`` included)."""
    text = json.dumps([{"speaker_id": s.speaker_id, "name": s.name, "role": s.role,
                        "kind": s.kind, "aliases": s.aliases, "roles": s.roles,
                        "match_keys": match_keys(s)} for s in speakers]).replace("'", "''")
    return f"(select unnest(from_json('{text}', '{_ROW_SCHEMA}'), recursive := true))"


def load_candidates(con: duckdb.DuckDBPyConnection, parsed: Iterable[ParsedName]) -> SpeakerIndex:
    """The stored speakers that may match any of ``parsed`` (one query on ``match_keys``; rows
    written by other code without keys are always candidates)."""
    keys = set().union(*(query_keys(p) for p in parsed))
    # a join on the unnested keys: list_has_any compares every row's keys with every key
    rows = con.execute(f"select {COLUMNS} from speakers where speaker_id in (select s.speaker_id "
                       f"from speakers s, unnest(s.match_keys) as u(k) where u.k in (select "
                       f"unnest({_strings(sorted(keys))}))) or match_keys is null").fetchall()
    return SpeakerIndex(Speaker.from_row(r) for r in rows)


def load_all(con: duckdb.DuckDBPyConnection) -> SpeakerIndex:
    rows = con.execute(f"select {COLUMNS} from speakers order by speaker_id").fetchall()
    return SpeakerIndex(Speaker.from_row(r) for r in rows)


def save(con: duckdb.DuckDBPyConnection, speakers: Iterable[Speaker],
         removed: Iterable[Speaker] = ()) -> None:
    """Write changed rows in a few set-based statements: merged-away rows deleted, new and
    renamed rows inserted (their claims follow the new id), the other changed rows updated."""
    changed = [s for s in speakers if s.dirty]
    gone = [s.stored_id for s in removed if s.stored_id is not None]
    moved = [s for s in changed if s.stored_id is not None and s.stored_id != s.speaker_id]
    fresh = [s for s in changed if s.stored_id != s.speaker_id]
    updated = [s for s in changed if s.stored_id == s.speaker_id]
    if gone or moved:
        ids = _strings(gone + [s.stored_id for s in moved])
        con.execute(f"delete from speakers where list_contains({ids}, speaker_id)")
    if fresh:
        con.execute(f"insert into speakers ({COLUMNS}, match_keys) "
                    f"select {COLUMNS}, match_keys from {_rows(fresh)}")
    if moved:
        old, new = _strings(s.stored_id for s in moved), _strings(s.speaker_id for s in moved)
        con.execute(f"update claims set speaker_id = m.new_id from (select unnest({old}) as "
                    f"old_id, unnest({new}) as new_id) m where claims.speaker_id = m.old_id")
    if updated:
        con.execute("update speakers set name = u.name, role = u.role, kind = u.kind, "
                    "aliases = u.aliases, roles = u.roles, match_keys = u.match_keys "
                    f"from {_rows(updated)} u where speakers.speaker_id = u.speaker_id")
    for s in changed:
        s.stored_id, s.dirty = s.speaker_id, False


def _honorific_gender(ref: SpeakerRef) -> str | None:
    """The gender an honorific of the mention or the role says ("Mr Holm"), or None."""
    for text in (ref.role, ref.mention):
        words = (text or "").lower().split()
        if words and (gender := HONORIFIC_GENDER.get(words[0].rstrip("."))):
            return gender
    return None


def _peer(mention: str | None, name: str | None) -> bool:
    """Whether the mention gives the name a peer's title: "Lord Nicholls of Birkenhead",
    "Labour peer Baroness Kennedy"."""
    words = (mention or "").split()
    titled = [n for n, w in enumerate(words[:-1]) if w[:1].isupper() and w.lower() in PEERAGES]
    return bool(titled and name) and any(  # (most mentions: no peer, no name to key)
        name_words(words[n + 1]) == name_words(name)[-1:] for n in titled)


def register_speakers(con: duckdb.DuckDBPyConnection, refs: Sequence[SpeakerRef]
                      ) -> list[str | None]:
    """The speaker_id of each ref (None when it holds no name), creating or updating rows."""
    parsed: list[ParsedName | None] = []
    for ref in refs:
        p = parse_speaker(ref.name, kind=ref.kind) if ref.name else None
        parsed.append(p)
    named = [p for p in parsed if p is not None]
    if not named:
        return [None] * len(refs)
    index = load_candidates(con, named)
    matched: list[Speaker | None] = []
    for ref, p in zip(refs, parsed):
        if p is None:
            matched.append(None)
            continue
        speaker = index.match(p, _honorific_gender(ref), _peer(ref.mention, ref.name))
        for alias in (ref.mention, ref.name, p.name, p.acronym):
            index.add_alias(speaker, alias)
        said = (parse_speaker(ref.mention, kind=ref.kind)
                if ref.mention and ref.mention != ref.name else None)
        if said is not None and said.role and surname(said.name) == surname(p.name):
            speaker.add_role(said.role)  # mention "President Orlov" for name "Mikhail Orlov"
        speaker.add_role(p.role)
        if ref.role:
            speaker.add_role(_parse_role(ref.role))
        matched.append(speaker)
    with db.transaction(con):
        save(con, {id(s): s for s in matched if s is not None}.values())
    return [s.speaker_id if s is not None else None for s in matched]


def _ukrainian_speakers(con: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    """The speakers whose claims come mostly from pages in Ukrainian (``documents.language``):
    their names are romanised the Ukrainian way even when no letter of them says so."""
    if not ids:
        return set()
    rows = con.execute("select c.speaker_id, count(*) filter (where d.language = 'uk'), count(*) "
                       "from claims c join documents d using (doc_id) "
                       "where list_contains(?, c.speaker_id) group by 1", [ids]).fetchall()
    return {sid for sid, uk, n in rows if 2 * uk > n}


_CYRILLIC = "[А-Яа-яЁёІіЇїЄєҐґ]"
_CYRILLIC_NAME_SQL = f"regexp_matches(name, '{_CYRILLIC}')"


def adopt_latin_spellings(con: duckdb.DuckDBPyConnection) -> int:
    """Speakers known only by a Cyrillic spelling take the Latin one that pages of the corpus
    give the same person (``people_named``), even where no page quotes them by it: "Ярослава
    Магучіх" is shown as "Yaroslava Mahuchikh", the Cyrillic spelling kept as an alias. Only
    when one person fits (same romanised surname, a first name that sounds alike) and no speaker
    has that name yet. When nobody fits, the name is romanised as English-language news does
    ("Сергей Кишнёв" → "Sergey Kishnev"), so that every person is shown in one script, until a
    page gives a spelling of its own; where a person of that Latin name exists already, the
    Cyrillic speaker is that person and merges into it. Returns how many speakers took a Latin
    name."""
    rows = con.execute(f"select {COLUMNS} from speakers where kind = 'person' and "
                       f"({_CYRILLIC_NAME_SQL} or len(list_filter(aliases, a -> "
                       f"regexp_matches(a, '{_CYRILLIC}'))) > 0)").fetchall()
    native = []  # (speaker, its Cyrillic spelling): shown by it, or by its romanisation
    speakers = list(map(Speaker.from_row, rows))
    ukrainian = _ukrainian_speakers(con, [s.speaker_id for s in speakers])
    for speaker in speakers:
        own = speaker.name if not is_latin(speaker.name) else next(
            (a for a in speaker.aliases if not is_latin(a) and romanise(
                a, speaker.speaker_id in ukrainian) == speaker.name), None)
        if own is not None:
            native.append((speaker, own))
    if not native:
        return 0
    full = [(s, name_words(n)) for s, n in native if len(name_words(n)) > 1]
    seen: dict[str, list[str]] = defaultdict(list)  # most frequent spelling first
    for name, surname_key in con.execute(
            "select name, surname_key from people_named where list_contains(?, surname_key) "
            "group by all order by count(*) desc, 1",
            [sorted({romanised_key(w[-1]) for _, w in full})]).fetchall():
        seen[surname_key].append(name)
    spelling = {}
    for speaker, words in full:
        named = seen.get(romanised_key(words[-1]), [])
        fits = [n for n in named if romanised_key(n) == romanised_key(" ".join(words))] or [
            n for n in named if _given_names_sound_alike(name_words(n), words)]
        if fits and len({romanised_key(n) for n in fits}) == 1:  # one person, not two
            spelling[id(speaker)] = fits[0]  # the most frequent spelling of that person
    for speaker, own in native:  # nobody fits: the Latin letters English-language news uses
        spelling.setdefault(id(speaker), romanise(own, speaker.speaker_id in ukrainian))
    wanted = sorted({speaker_id_for(n) for n in spelling.values()})
    taken = {r[0] for r in con.execute("select speaker_id from speakers where list_contains("
                                       "?, speaker_id)", [wanted]).fetchall()} if wanted else set()
    renamed, merged = [], []
    for speaker, _ in native:
        latin = spelling[id(speaker)]
        if latin == speaker.name:
            continue  # already so
        if speaker_id_for(latin) in taken:  # a person of that very name already: the same
            holder = _person(con, speaker_id_for(latin))  # ("Рыбакина" on one page,
            if holder is not None:                          # "Rybakina" on others)
                merge_into(con, speaker, holder)
                merged.append(speaker)
            continue
        speaker.rename(latin)
        taken.add(speaker.speaker_id)
        renamed.append(speaker)
    save(con, renamed)
    return len(renamed) + len(merged)


def merge_into(con: duckdb.DuckDBPyConnection, source: Speaker, target: Speaker) -> None:
    """``source``'s claims, names and roles move to ``target``; ``source`` is deleted."""
    con.execute("update claims set speaker_id = ? where speaker_id = ?",
                [target.speaker_id, source.speaker_id])
    target.absorb(source)
    save(con, [target], removed=[source])


def _person(con: duckdb.DuckDBPyConnection, speaker_id: str) -> Speaker | None:
    row = con.execute(f"select {COLUMNS} from speakers where speaker_id = ? and kind = 'person'",
                      [speaker_id]).fetchone()
    return Speaker.from_row(row) if row is not None else None


def _parse_role(role: str) -> str | None:
    """The extractor's role as a role: a title ("Kremlin spokesman"), or words without digits
    (not an age: "Ebbers, 63,")."""
    found = role_phrase(role)
    if found:
        return found
    role = clean(role)
    return role if re.search(r"[^\W\d_]{2}", role) and not re.search(r"\d", role) else None


_EDITS = ("apply_speaker_edits", "list_speakers", "merge_speakers", "rename_speaker",
          "resolve_speaker")


def __getattr__(name: str):
    """The analyst's edits live in speaker_edits.py; they are part of this module's API."""
    if name in _EDITS:
        from compare.claims import speaker_edits

        return getattr(speaker_edits, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SpeakerRef", "adopt_latin_spellings", "register_speakers", "apply_speaker_edits",
           "speaker_id_for", "list_speakers", "merge_speakers", "rename_speaker",
           "resolve_speaker"]

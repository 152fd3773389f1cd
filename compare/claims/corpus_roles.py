"""A role named without its holder, resolved across the corpus: "WHO's director-general told
a briefing", "the prefect of Mayotte said", "the Kremlin spokesman said" on a page that never
names the person, when pages of the same weeks name exactly one person in that office.

Wire copies and rewrites often drop the name that the original gave, and the extractor, which
reads one page at a time, leaves such a claim without a speaker. Here the claim's mention is
read as a role: its role word (``rules/roles.txt``) and what makes it one office, its other
words, all of which the holder's role must have ("WHO", "Mayotte", "Kremlin"); a country it
names must not differ from the role's, and a role with only a country ("the Russian
president") needs a holder whose role names that country. It is matched against the roles the
corpus gives every person ("WHO Director-General", "préfet de Mayotte"), among the people
quoted on pages published within ``WINDOW_DAYS`` of the claim's page or only on undated ones;
for an undated page (many copies drop the date), among everyone the corpus names, when only one
person in all of it holds that office.

Left unresolved: a role of one word ("the
president"); a past, deputy, new or outgoing office; a possessive or indefinite mention ("his
spokesman", "a Labour spokesman": one of several); a title cut short before a name ("BA
director"); a role two people held in those weeks. The pronouns that go on with a resolved role
on its page ("…, a-t-il dit") take its holder too. Claims resolved here are marked
(``claims.speaker_from_corpus``) and resolved again after every extraction, so the result does
not depend on the order in which documents came.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from datetime import date

import duckdb

from compare.claims.entities import countries_in
from compare.claims.mentions import (PERSON_POSSESSIVES, PERSONAL_PRONOUNS, compound_role_group,
                                     country_words, role_groups)
from compare.claims.speaker_names import key

WINDOW_DAYS = 21  # the holder is named on a page published within three weeks of the claim's

_NOT_QUALIFIERS = {"the", "a", "an", "of", "for", "de", "du", "des", "la", "le", "les", "l",
                   "el", "los", "las", "del", "der", "die", "das", "den", "dem", "von", "für",
                   "s", "and", "et", "y", "und", "и", "і", "та", "top", "senior", "chief"}
_RANKED = {"former", "ex", "ancien", "ancienne", "antiguo", "antigua", "ehemalige",
           "ehemaliger", "deputy", "vice", "acting", "interim", "shadow", "assistant",
           "adjoint", "adjointe", "бывший", "бывшая", "экс", "колишній", "колишня", "зам",
           "заместитель", "заступник", "vize", "stellvertretende", "stellvertretender",
           "new", "nouveau", "nouvelle", "nuevo", "nueva", "neue", "neuer", "новый", "новая",
           "новий", "нова", "outgoing", "demissionnaire", "saliente", "incoming", "elect"}
# ^ a past, deputy, new or outgoing office: another holder than the one the corpus names
_INDEFINITE = {"a", "an", "one", "un", "une", "uno", "una", "ein", "eine", "einer", "один",
               "одна", "одна"}
_DEFINITE = {"the", "le", "la", "les", "l", "el", "los", "las", "der", "die", "das", "des",
             "dem", "den"}
_PRIME = {"prime", "premier", "premiere", "primer", "primera"}  # "le Premier ministre"
_POSSESSIVE = PERSON_POSSESSIVES | {"its", "их"}
# seats of power that name one office, not only a country ("the Kremlin spokesman" is not the
# foreign ministry's): a role must have them; a country's name or adjective need only not differ
_SEATS = {"kremlin", "кремль", "кремля", "кремлі", "kreml", "elysee", "matignon", "moncloa",
          "quirinale", "bundeskanzleramt"}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(key(text.replace("'s ", " ").replace("’s ", " ")))


@functools.lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    """``role_groups``' words without their accents ("préfet" is read as "prefet")."""
    return {key(word): group for word, group in role_groups()[0].items()}


def _group(word: str) -> str | None:
    return compound_role_group(word, _groups())


@functools.lru_cache(maxsize=1)
def _nations() -> frozenset[str]:
    return frozenset(map(key, country_words()))


def role_key(mention: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """(role group, words that make it one office, countries) of a role mention, or None when
    the mention is no role that one person holds: "WHO's director-general" → ("chief",
    {"who"}, {}), "the prefect of Mayotte" → ("prefect", {"mayotte"}, {})."""
    words = _words(mention)
    if not words or words[0] in _POSSESSIVE | _INDEFINITE or any(w in _RANKED for w in words):
        return None  # "his spokesman", "a Labour spokesman": someone the page does not single out
    if words[0] not in _DEFINITE and "'s " not in mention.replace("’", "'") and words[0].isascii():
        return None  # "BA director …": a title before a name, cut short; not "the BA director"
    heads = [n for n, w in enumerate(words) if _group(w) is not None]
    if not heads:
        return None
    head = heads[-1]
    group = "premier" if head and words[head - 1] in _PRIME else _group(words[head])
    nations = _nations()
    qualifiers = frozenset(w for n, w in enumerate(words) if n not in heads and len(w) > 1
                           and w not in _PRIME
                           and w not in _NOT_QUALIFIERS and (w not in nations or w in _SEATS))
    named = countries_in(mention)
    if not qualifiers and not named:
        return None  # "the president", "le ministre": which one, in a corpus?
    return group, qualifiers, named


def resolve_roles_across_documents(con: duckdb.DuckDBPyConnection) -> int:
    """Give each unresolved quoted or reported claim whose mention is a role the one person
    named in that office on a page of the weeks around it; returns how many claims took one."""
    con.execute("update claims set speaker_id = null, speaker_from_corpus = false "
                "where speaker_from_corpus")
    open_claims = con.execute("""
        select c.claim_id, c.speaker_mention, d.published_at
        from claims c join documents d using (doc_id)
        where c.speaker_id is null and c.speaker_mention is not null
          and c.kind in ('quote', 'reported')""").fetchall()
    wanted = [(cid, key, day) for cid, mention, day in open_claims
              if (key := role_key(mention)) is not None]
    if not wanted:
        return 0
    holders: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = defaultdict(list)
    for speaker_id, roles in con.execute(
            "select speaker_id, roles from speakers where kind = 'person' and len(roles) > 0"
    ).fetchall():
        for role in roles:
            words = _words(role)
            for group in {g for w in words if (g := _group(w)) is not None}:
                holders[group].append((speaker_id, frozenset(words), countries_in(role)))
    days: dict[str, list[date]] = defaultdict(list)
    for speaker_id, day in con.execute("""
            select distinct c.speaker_id, d.published_at::date from claims c
            join documents d using (doc_id)
            where c.speaker_id is not null and not c.speaker_from_corpus
              and d.published_at is not null""").fetchall():
        days[speaker_id].append(day)
    resolved = []
    for claim_id, (group, qualifiers, nations), day in wanted:
        fits = {speaker_id for speaker_id, words, named in holders.get(group, ())
                if qualifiers <= words and not (nations and named and not nations & named)}
        if not qualifiers:  # a country alone ("the Russian president"): its holders only
            fits = {speaker_id for speaker_id, _, named in holders.get(group, ())
                    if nations & named}
        if day is not None:  # (undated: one holder in the whole corpus, or none)
            when = day.date() if hasattr(day, "date") else day
            fits = {s for s in fits if not days.get(s) or any(  # (named on undated pages
                abs((d - when).days) <= WINDOW_DAYS for d in days[s])}  # only: nothing against)
        if len(fits) == 1:
            resolved.append((fits.pop(), claim_id))
    resolved += _pronouns_after(con, resolved)
    if resolved:
        con.executemany("update claims set speaker_id = ?, speaker_from_corpus = true "
                        "where claim_id = ?", resolved)
    return len(resolved)


def _pronouns_after(con: duckdb.DuckDBPyConnection, resolved: list[tuple[str, str]]
                    ) -> list[tuple[str, str]]:
    """"Le maire de Mamoudzou a déclaré …. « … », a-t-il dit": the pronouns that go on with a
    role resolved here, on its page, until a claim with a speaker of its own."""
    holder = {claim_id: speaker_id for speaker_id, claim_id in resolved}
    if not holder:
        return []
    rows = con.execute("""
        select claim_id, doc_id, speaker_id, lower(speaker_mention) from claims
        where doc_id in (select doc_id from claims where list_contains(?, claim_id))
          and kind in ('quote', 'reported')
        order by doc_id, char_start, claim_id""", [sorted(holder)]).fetchall()
    more, current, doc = [], None, None
    for claim_id, doc_id, speaker_id, mention in rows:
        if doc_id != doc:
            current, doc = None, doc_id
        if claim_id in holder:
            current = holder[claim_id]
        elif speaker_id is not None:
            current = None
        elif current is not None and mention in PERSONAL_PRONOUNS:
            more.append((current, claim_id))
    return more

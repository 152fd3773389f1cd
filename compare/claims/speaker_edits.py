"""The analyst's corrections to the speakers table: list, merge, rename, and their replay.

Usage (a notebook; the CLI is ``compare speakers``)::

    from compare.claims.speakers import list_speakers, merge_speakers, rename_speaker
    list_speakers(con, limit=10)                       # [{"name": "Vladimir Putin", ...}, ...]
    merge_speakers(con, "V. Putin", "Vladimir Putin")  # claims move, aliases join, edit recorded
    rename_speaker(con, "Sergei Lavrov", "Sergey Lavrov")

Every edit is one transaction and one ``speaker_edits`` row; ``apply_speaker_edits(con)`` replays
them all in order after each (re-)extraction, so the corrections survive re-extraction.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from compare import db
from compare.claims.speaker_names import clean, key, name_words, parse_speaker
from compare.claims.speakers import (Speaker, SpeakerIndex, load_all, merge_into, save,
                                     speaker_id_for)
from compare.errors import CompareError

LIST_COLUMNS = ("speaker_id", "name", "kind", "role", "n_claims", "n_docs", "n_outlets",
                "roles", "aliases")


@dataclass(frozen=True)
class SpeakerEdit:
    """What an edit did: ``action`` merge | rename, names before and after, claims affected."""

    action: str
    source: str
    target: str
    speaker_id: str
    n_claims: int


def list_speakers(con: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[dict]:
    """Speakers with their claim, document and outlet counts, most quoted first."""
    rows = con.execute(f"""
        select s.speaker_id, s.name, s.kind, s.role, count(c.claim_id) as n_claims,
               count(distinct c.doc_id) as n_docs, count(distinct d.outlet) as n_outlets,
               coalesce(s.roles, []) as roles, coalesce(s.aliases, []) as aliases
        from speakers s
        left join claims c on c.speaker_id = s.speaker_id
        left join documents d on d.doc_id = c.doc_id
        group by s.speaker_id, s.name, s.kind, s.role, s.roles, s.aliases
        order by n_claims desc, s.name
        {"limit " + str(int(limit)) if limit is not None else ""}""").fetchall()
    return [dict(zip(LIST_COLUMNS, row)) for row in rows]


def resolve_speaker(con: duckdb.DuckDBPyConnection, text: str) -> Speaker:
    """The speaker an analyst means by an id, a name, an alias or the end of a name ("Lavrov");
    a clear error when none or several match."""
    index = load_all(con)
    wanted = clean(text)
    if wanted in index.speakers:
        return index.speakers[wanted]
    found = index.by_name(wanted)
    if found is not None:
        return found
    found = index.by_alias(wanted)
    if not found:  # "Lavrov", "President Putin": the speakers whose names end with that name
        parsed = parse_speaker(wanted)
        words = name_words(parsed.name) if parsed else ()
        found = [s for s in index.speakers.values()
                 if words and len(s.words) > len(words) and s.words[-len(words):] == words]
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"{s.name} ({s.speaker_id})" for s in
                          sorted(found, key=lambda s: s.name))
        raise CompareError(f"{text!r} is ambiguous: it names {len(found)} speakers: {names} "
                           "(give the id or the full name)")
    raise CompareError(f"no speaker {text!r}{_close_matches(index, wanted)}")


def _close_matches(index: SpeakerIndex, text: str) -> str:
    from rapidfuzz import fuzz, process

    choices: dict[str, str] = {}
    for s in index.speakers.values():
        for form in (s.name, *s.aliases):
            choices.setdefault(form, s.name)
    best = process.extract(text, list(choices), scorer=fuzz.WRatio, limit=10, score_cutoff=70)
    names = list(dict.fromkeys(choices[form] for form, _, _ in best))[:5]
    if not names:
        return " (list the speakers with `compare speakers`)"
    return " (close matches: " + ", ".join(repr(n) for n in names) + ")"


def _n_claims(con: duckdb.DuckDBPyConnection, speaker_id: str) -> int:
    return con.execute("select count(*) from claims where speaker_id = ?",
                       [speaker_id]).fetchone()[0]


def _merge(con: duckdb.DuckDBPyConnection, source: Speaker, target: Speaker) -> int:
    n = _n_claims(con, source.speaker_id)
    merge_into(con, source, target)
    return n


def _rename(con: duckdb.DuckDBPyConnection, speaker: Speaker, name: str) -> int:
    speaker.rename(name)
    save(con, [speaker])
    return _n_claims(con, speaker.speaker_id)


def _record(con: duckdb.DuckDBPyConnection, action: str, source: str, target: str) -> None:
    con.execute("insert into speaker_edits (action, source_name, target_name) values (?, ?, ?)",
                [action, source, target])


def merge_speakers(con: duckdb.DuckDBPyConnection, source: str, target: str) -> SpeakerEdit:
    """Merge speaker ``source`` into ``target`` (by id, name or alias): its claims move to
    ``target``, its name and aliases become ``target``'s aliases, and the edit is recorded."""
    src, tgt = resolve_speaker(con, source), resolve_speaker(con, target)
    if src.speaker_id == tgt.speaker_id:
        raise CompareError(f"{source!r} and {target!r} are the same speaker ({tgt.name})")
    with db.transaction(con):
        n = _merge(con, src, tgt)
        _record(con, "merge", src.name, tgt.name)
    return SpeakerEdit("merge", src.name, tgt.name, tgt.speaker_id, n)


def rename_speaker(con: duckdb.DuckDBPyConnection, speaker: str, new_name: str) -> SpeakerEdit:
    """Give ``speaker`` (by id, name or alias) the canonical name ``new_name``; the old name
    stays as an alias and the edit is recorded."""
    found = resolve_speaker(con, speaker)
    name = clean(new_name)
    if not name:
        raise CompareError("the new name is empty (give the speaker's full name)")
    if name == found.name:
        raise CompareError(f"{found.name!r} already has that name")
    other = load_all(con).by_name(name)
    if other is not None and other.speaker_id != found.speaker_id:
        raise CompareError(f"another speaker is already named {other.name!r} ({other.speaker_id}) "
                           f"(to make them one, run `compare speakers merge {found.speaker_id} "
                           f"{other.speaker_id}`)")
    old = found.name
    with db.transaction(con):
        n = _rename(con, found, name)
        _record(con, "rename", old, name)
    return SpeakerEdit("rename", old, name, found.speaker_id, n)


def _named(index: SpeakerIndex, name: str, exclude: Speaker | None = None) -> Speaker | None:
    """The speaker whose canonical name (not alias) is ``name``."""
    k, sid = key(name), speaker_id_for(name)
    for s in index.speakers.values():
        if s is not exclude and (key(s.name) == k or s.speaker_id == sid):
            return s
    return None


def apply_speaker_edits(con: duckdb.DuckDBPyConnection) -> int:
    """Replay every recorded merge and rename in order; return how many changed something.

    Run after each (re-)extraction: a speaker merged away and created again by the extractor
    is merged again, a renamed one renamed again. Replaying twice changes nothing."""
    edits = con.execute("select action, source_name, target_name from speaker_edits "
                        "order by edit_id").fetchall()
    if not edits:
        return 0
    changed = 0
    with db.transaction(con):
        index = load_all(con)
        for action, source, target in edits:
            if action == "merge":
                tgt = _named(index, target)
                if tgt is None:
                    aliased = index.by_alias(target)
                    tgt = aliased[0] if len(aliased) == 1 else None
                src = _named(index, source, exclude=tgt)
                if src is None:
                    continue
                if tgt is None:  # the target is gone: the source takes its name
                    _rename_in(con, index, src, target)
                else:
                    _merge(con, src, tgt)
                    index.remove(src)
                    index.refresh(tgt)
            elif action == "rename":
                src = _named(index, source)
                if src is None or src.name == target:
                    continue
                other = _named(index, target, exclude=src)
                if other is not None:
                    _merge(con, src, other)
                    index.remove(src)
                    index.refresh(other)
                else:
                    _rename_in(con, index, src, target)
            else:
                continue
            changed += 1
    return changed


def _rename_in(con: duckdb.DuckDBPyConnection, index: SpeakerIndex, speaker: Speaker,
               name: str) -> None:
    index.remove(speaker)
    _rename(con, speaker, name)
    index.add(speaker)

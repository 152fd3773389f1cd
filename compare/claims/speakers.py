"""Speakers across documents: canonical names, roles, aliases, analyst edits.

(First minimal version by the lead; the speakers engineer replaces the internals but keeps the
``SpeakerRef`` / ``register_speakers`` / ``apply_speaker_edits`` contract.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import duckdb


@dataclass(frozen=True)
class SpeakerRef:
    """Who said a claim, as the extractor resolved it within one document."""

    mention: str             # as written: "he", "the president", "Russian President Vladimir Putin"
    name: str | None         # fullest name for this speaker in the document; None when unresolved
    role: str | None = None  # title seen with the name in the document ("Russian President")
    kind: str = "person"     # person | organisation


def speaker_id_for(name: str) -> str:
    """The id of a canonical name: a lowercase slug ("vladimir-putin")."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def register_speakers(con: duckdb.DuckDBPyConnection, refs: Sequence[SpeakerRef]
                      ) -> list[str | None]:
    """The speaker_id of each ref (None when unresolved), inserting new ``speakers`` rows."""
    ids: list[str | None] = []
    for ref in refs:
        if not ref.name:
            ids.append(None)
            continue
        sid = speaker_id_for(ref.name)
        con.execute("insert into speakers (speaker_id, name, role, kind, aliases) "
                    "values (?, ?, ?, ?, [?]) on conflict do nothing",
                    [sid, ref.name, ref.role, ref.kind, ref.mention])
        ids.append(sid)
    return ids


def apply_speaker_edits(con: duckdb.DuckDBPyConnection) -> None:
    """Replay the analyst's merge and rename edits (none in this minimal version)."""

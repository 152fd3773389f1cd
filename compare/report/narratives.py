"""The report's narrative section: per codebook narrative (compare/narratives/), which outlets
carried it when, which speakers voiced it, and its versions side by side.

Read from the ``narrative_matches``, ``narrative_timeline`` and ``narrative_by_speaker`` views,
so the report says what `compare narratives show` and the shipped queries say. Empty (no
section) while no codebook is imported.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Sequence

import duckdb

from compare.report.data import (UNKNOWN_OUTLET, VERSION_COLUMNS, VERSION_JOINS, OutletColumn,
                                 Version, outlet_columns, version_of)
from compare.report.diff import mark_terms, plain

NARRATIVE_CLAIMS = 100  # versions shown per narrative by default, strongest evidence first


@dataclass
class Week:
    """A row of ``narrative_timeline``: one outlet's claims of the narrative in one week."""
    outlet: str
    week: date | None  # Monday; None for undated articles
    n_claims: int
    n_docs: int
    n_speakers: int


@dataclass
class OutletCoverage:
    """One outlet's weeks of a narrative, for the Markdown table and the HTML one under the
    chart."""
    outlet: str
    weeks: list[Week]

    @property
    def n_claims(self) -> int:
        return sum(w.n_claims for w in self.weeks)

    @property
    def n_docs(self) -> int:
        return sum(w.n_docs for w in self.weeks)

    @property
    def first_week(self) -> date | None:
        return min((w.week for w in self.weeks if w.week), default=None)

    @property
    def last_week(self) -> date | None:
        return max((w.week for w in self.weeks if w.week), default=None)


@dataclass
class SpeakerRow:
    """A row of ``narrative_by_speaker``; speaker None: claims without a named speaker."""
    speaker: str | None
    n_claims: int
    outlets: list[str]
    first_at: datetime | None
    last_at: datetime | None


@dataclass
class CodebookNarrative:
    narrative_id: str
    codebook_id: str
    label: str
    description: str
    n_claims: int = 0  # all claims that carry it; ``columns`` hold the strongest ``n_shown``
    n_shown: int = 0
    coverage: list[OutletCoverage] = field(default_factory=list)
    speakers: list[SpeakerRow] = field(default_factory=list)
    columns: list[OutletColumn] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"n-{self.narrative_id}"

    @property
    def n_outlets(self) -> int:
        return len(self.coverage)

    @property
    def n_speakers(self) -> int:
        return sum(1 for s in self.speakers if s.speaker)


def has_codebook(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a codebook is imported (False on a database older than the codebook tables)."""
    tables = con.execute("select count(*) from information_schema.tables "
                         "where table_name = 'narrative_matches'").fetchone()[0]
    return bool(tables) and con.execute("select count(*) from narratives").fetchone()[0] > 0


def gather_narratives(con: duckdb.DuckDBPyConnection, *,
                      narrative_ids: Sequence[str] | None = None,
                      limit: int | None = NARRATIVE_CLAIMS) -> list[CodebookNarrative]:
    """The codebook narratives (all, in codebook order, or those of ``narrative_ids``: ids or
    unique prefixes), each with its coverage, speakers and strongest ``limit`` versions."""
    if not has_codebook(con):
        return []
    narratives = _choose(con, narrative_ids)
    ids = [n.narrative_id for n in narratives]
    weeks, speakers = _weeks(con, ids), _speakers(con, ids)
    versions, counts = _versions(con, ids, limit), _counts(con, ids)
    for n in narratives:
        n.coverage = _coverage(weeks[n.narrative_id])
        n.speakers = speakers[n.narrative_id]
        n.n_claims = counts.get(n.narrative_id, 0)
        shown = versions[n.narrative_id]
        n.n_shown = len(shown)
        n.columns = outlet_columns(shown, min((v.published_at for v in shown
                                               if v.published_at), default=None))
    return narratives


def _choose(con, narrative_ids: Sequence[str] | None) -> list[CodebookNarrative]:
    from compare.narratives import find_narrative

    rows = con.execute("select narrative_id, codebook_id, label, description from narratives "
                       "order by codebook_id, position").fetchall()
    if narrative_ids:
        wanted = {find_narrative(con, key)["narrative_id"] for key in narrative_ids}
        rows = [r for r in rows if r[0] in wanted]
    return [CodebookNarrative(*r) for r in rows]


def _weeks(con, ids: list[str]) -> dict[str, list[Week]]:
    out: dict[str, list[Week]] = defaultdict(list)
    for nid, *row in con.execute(
            "select narrative_id, coalesce(outlet, ?), week, n_claims, n_docs, n_speakers "
            "from narrative_timeline where list_contains(?, narrative_id) "
            "order by week nulls last, outlet", [UNKNOWN_OUTLET, ids]).fetchall():
        out[nid].append(Week(*row))
    return out


def _coverage(weeks: list[Week]) -> list[OutletCoverage]:
    """Weeks grouped by outlet, the outlet that carried the narrative first first."""
    by_outlet: dict[str, list[Week]] = defaultdict(list)
    for w in weeks:  # already by week
        by_outlet[w.outlet].append(w)
    return sorted((OutletCoverage(o, ws) for o, ws in by_outlet.items()),
                  key=lambda c: (c.first_week is None, c.first_week or date.min, c.outlet))


def _speakers(con, ids: list[str]) -> dict[str, list[SpeakerRow]]:
    out: dict[str, list[SpeakerRow]] = defaultdict(list)
    for nid, *row in con.execute(
            "select narrative_id, speaker, n_claims, coalesce(outlets, []), first_published_at, "
            "last_published_at from narrative_by_speaker where list_contains(?, narrative_id) "
            "order by n_claims desc, speaker nulls last", [ids]).fetchall():
        out[nid].append(SpeakerRow(*row))
    return out


def _counts(con, ids: list[str]) -> dict[str, int]:
    return dict(con.execute("select narrative_id, count(*) from narrative_matches "
                            "where list_contains(?, narrative_id) group by 1", [ids]).fetchall())


def _versions(con, ids: list[str], limit: int | None) -> dict[str, list[Version]]:
    """Each narrative's strongest claims (the analyst's first, then by score, then the oldest),
    in publication order, with why each carries it."""
    keep = f"where m.strength <= {int(limit)}" if limit else ""
    rows = con.execute(f"""
        select m.narrative_id, m.score, m.source, m.from_claim_id, {VERSION_COLUMNS}
        from (select *, row_number() over (
                  partition by narrative_id
                  order by source = 'analyst' desc, score desc, published_at nulls last,
                           claim_id) as strength
              from narrative_matches where list_contains($1, narrative_id)) m
        join claims c on c.claim_id = m.claim_id
        {VERSION_JOINS}
        {keep}
        order by d.published_at nulls last, d.outlet, c.doc_id, c.seq
    """, [ids]).fetchall()
    out: dict[str, list[Version]] = defaultdict(list)
    for nid, score, source, from_claim, *row in rows:
        v = version_of(row, score)
        v.pieces = mark_terms(plain(v.text), {"hedge": v.hedges, "loaded": v.loaded_terms})
        v.evidence, v.evidence_kind = _why(score, source, from_claim), source
        out[nid].append(v)
    return out


def _why(score: float | None, source: str, from_claim: str | None) -> str:
    """Why a claim carries the narrative, in words."""
    from compare.cluster.evidence import short_id

    if source == "analyst":
        return "accepted by the analyst"
    if source == "propagated":
        return (f"propagated from claim {short_id(from_claim or '')} of its claim cluster "
                f"(score {score or 0:.2f})")
    if source == "context":
        return (f"its article carries it (claim {short_id(from_claim or '')}) and it is the "
                f"claim's nearest entry (score {score or 0:.2f})")
    return f"model score {score or 0:.2f}"

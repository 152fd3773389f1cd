"""Gather what a report shows: the corpus in numbers, the chosen clusters and every version.

``gather(con, ...)`` reads the latest cluster run of a level (and the latest run of the other
level, for narratives and sibling clusters) and returns plain dataclasses the templates render.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Sequence

import duckdb

from compare.errors import CompareError
from compare.report.diff import Piece, change_ratio, diff_words, is_identical, mark_terms, plain

LEVELS = ("claim", "narrative")
UNKNOWN_OUTLET = "(unknown outlet)"
# Above this share of changed characters a diff is a wall of markup: show the text plainly.
MAX_DIFF_CHANGE = 0.7
MAX_RELATED = 8  # sibling clusters listed per cluster (those in the report first)
LABEL_WIDTH = 110


@dataclass
class Version:
    claim_id: str
    doc_id: str
    outlet: str
    url: str | None
    title: str | None
    published_at: datetime | None
    speaker: str | None
    speaker_role: str | None
    speaker_mention: str | None
    cue: str | None
    cue_class: str | None
    kind: str
    text: str
    hedges: list[str]
    loaded_terms: list[str]
    republished_from: str | None
    similarity: float | None
    is_medoid: bool = False
    is_verbatim: bool = False
    is_paraphrase: bool = False  # too different from the medoid for a useful word diff
    pieces: list[Piece] = field(default_factory=list)
    evidence: str = ""  # why it is in the cluster (``compare.cluster.evidence``), in words
    evidence_kind: str | None = None  # one of ``compare.cluster.evidence.KINDS``
    speaker_from_corpus: bool = False  # the page names only a role, other pages its holder


@dataclass
class OutletColumn:
    outlet: str
    versions: list[Version]
    first_at: datetime | None
    lag_days: int | None  # days after the cluster's first appearance


@dataclass
class ClusterRef:
    cluster_id: str
    label: str
    in_report: bool
    joins: str = ""  # narrative level: the pair that joins this claim cluster to another one


@dataclass
class Cluster:
    cluster_id: str
    rank: int
    label: str
    keywords: list[str]
    n_claims: int
    n_docs: int
    n_outlets: int
    n_speakers: int
    first_seen_at: datetime | None
    last_seen_at: datetime | None
    medoid: Version | None = None
    columns: list[OutletColumn] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    narrative: ClusterRef | None = None  # claim level: the narrative it belongs to
    related: list[ClusterRef] = field(default_factory=list)  # siblings / claim clusters inside
    n_related: int = 0  # all of them; ``related`` keeps the first MAX_RELATED

    @property
    def anchor(self) -> str:
        return f"c-{self.cluster_id}"


@dataclass
class ReportData:
    level: str
    run_id: str
    numbers: dict[str, int]
    n_matching: int  # clusters that pass the filters (before ``limit``)
    clusters: list[Cluster]
    outlets: list[str]  # outlets of the shown clusters, most clusters carried first
    filters: list[str]
    generated_at: datetime
    narratives: list = field(default_factory=list)  # report.narratives.CodebookNarrative


def latest_run(con: duckdb.DuckDBPyConnection, level: str) -> str | None:
    row = con.execute("select run_id from cluster_runs where level = ? "
                      "order by created_at desc, run_id limit 1", [level]).fetchone()
    return row[0] if row else None


def corpus_numbers(con: duckdb.DuckDBPyConnection, run_id: str | None) -> dict[str, int]:
    one = lambda sql, *a: con.execute(sql, list(a)).fetchone()[0] or 0  # noqa: E731
    return {
        "documents": one("select count(*) from documents"),
        "outlets": one("select count(distinct outlet) from documents"),
        "claims": one("select count(*) from claims"),
        "speakers": one("select count(distinct speaker_id) from claims"),
        "clusters": one("select count(*) from clusters where run_id = ?", run_id),
        "multi_outlet_clusters": one(
            "select count(*) from (select cluster_id from cluster_members m "
            "join claims c using (claim_id) join documents d using (doc_id) where m.run_id = ? "
            "group by 1 having count(distinct d.outlet) > 1)", run_id),
    }


def _resolve_ids(con, run_id: str, cluster_ids: Sequence[str]) -> list[str]:
    """Full cluster ids of the run for ids or unique id prefixes."""
    known = [r[0] for r in con.execute(
        "select cluster_id from clusters where run_id = ?", [run_id]).fetchall()]
    chosen = []
    for wanted in map(str, cluster_ids):
        hits = [k for k in known if k == wanted] or [k for k in known if k.startswith(wanted)]
        if len(hits) != 1:
            what = "no cluster" if not hits else f"{len(hits)} clusters"
            raise CompareError(f"{what} of the latest run matches id {wanted!r} "
                               "(see `compare clusters` for the ids)")
        chosen.append(hits[0])
    return chosen


def _select_clusters(con, run_id: str, *, cluster_ids, min_outlets, outlets, speaker):
    where, params = ["true"], {"run": run_id}
    if cluster_ids:
        where.append("s.cluster_id in (select unnest($ids))")
        params["ids"] = _resolve_ids(con, run_id, cluster_ids)
    if min_outlets and min_outlets > 1:
        where.append("s.n_outlets >= $min_outlets")
        params["min_outlets"] = int(min_outlets)
    if outlets:
        where.append("s.cluster_id in (select m.cluster_id from cluster_members m join claims c "
                     "using (claim_id) join documents d using (doc_id), "
                     "(select unnest($outlets) as o) w where m.run_id = $run "
                     "and (d.outlet ilike '%' || w.o || '%' "
                     "or d.outlet_domain ilike '%' || w.o || '%'))")
        params["outlets"] = list(outlets)
    if speaker:
        where.append("s.cluster_id in (select m.cluster_id from cluster_members m join claims c "
                     "using (claim_id) left join speakers sp using (speaker_id) "
                     "where m.run_id = $run and (c.speaker_id = $speaker or sp.name ilike $like))")
        params.update(speaker=speaker, like=f"%{speaker}%")
    return con.execute(f"""
        with stats as (
            select m.cluster_id, count(*) as n_claims, count(distinct c.doc_id) as n_docs,
                   count(distinct coalesce(d.outlet, '')) as n_outlets,
                   count(distinct c.speaker_id) as n_speakers,
                   min(d.published_at) as first_seen_at, max(d.published_at) as last_seen_at
            from cluster_members m join claims c using (claim_id) join documents d using (doc_id)
            where m.run_id = $run
            group by 1
        )
        select s.cluster_id, s.n_claims, s.n_docs, s.n_outlets, s.n_speakers, s.first_seen_at,
               s.last_seen_at, k.label, k.keywords, k.medoid_claim_id
        from stats s left join clusters k on k.run_id = $run and k.cluster_id = s.cluster_id
        where {' and '.join(where)}
        order by s.n_outlets desc, s.n_speakers desc, s.n_claims desc, s.first_seen_at nulls last,
                 s.cluster_id
    """, params).fetchall()


# the columns ``version_of`` reads, after any leading key column; c: claims, d: documents
VERSION_COLUMNS = """c.claim_id, c.doc_id, d.outlet, d.url, d.title, d.published_at, s.name,
    s.role, c.speaker_mention, c.cue, f.cue_class, c.kind, c.text, f.hedges, f.loaded_terms,
    d.republished_from, c.speaker_from_corpus"""
VERSION_JOINS = """join documents d on d.doc_id = c.doc_id
    left join speakers s on s.speaker_id = c.speaker_id
    left join claim_framing f on f.claim_id = c.claim_id"""


def version_of(r: Sequence, similarity: float | None = None) -> Version:
    """A Version from a row of ``VERSION_COLUMNS`` (shared with the narrative section)."""
    return Version(
        claim_id=r[0], doc_id=r[1], outlet=r[2] or UNKNOWN_OUTLET, url=r[3], title=r[4],
        published_at=r[5], speaker=r[6], speaker_role=r[7], speaker_mention=r[8], cue=r[9],
        cue_class=r[10], kind=r[11], text=r[12], hedges=list(r[13] or []),
        loaded_terms=list(r[14] or []), republished_from=r[15],
        speaker_from_corpus=bool(r[16]), similarity=similarity)


def _versions(con, run_id: str, cluster_ids: Sequence[str]) -> dict[str, list[Version]]:
    rows = con.execute(f"""
        select m.cluster_id, m.similarity, {VERSION_COLUMNS}
        from cluster_members m
        join claims c using (claim_id)
        {VERSION_JOINS}
        where m.run_id = $1 and m.cluster_id in (select unnest($2))
        order by d.published_at nulls last, d.outlet, c.doc_id, c.seq
    """, [run_id, list(cluster_ids)]).fetchall()
    out: dict[str, list[Version]] = defaultdict(list)
    for r in rows:
        out[r[0]].append(version_of(r[2:], r[1]))
    return out


def _labels(con, run_id: str | None) -> dict[str, str]:
    if run_id is None:
        return {}
    return {cid: label or "" for cid, label in con.execute(
        "select cluster_id, label from clusters where run_id = ?", [run_id]).fetchall()}


def _overlaps(con, run_a: str, run_b: str) -> list[tuple[str, str, int]]:
    """(cluster of run a, cluster of run b, shared claims) for every overlapping pair."""
    return con.execute("""
        select a.cluster_id, b.cluster_id, count(*) from cluster_members a
        join cluster_members b on b.claim_id = a.claim_id and b.run_id = $2
        where a.run_id = $1 group by 1, 2 order by 3 desc, 1, 2
    """, [run_a, run_b]).fetchall()


def _prepare(cluster: Cluster, versions: list[Version], medoid_id: str | None) -> None:
    by_id = {v.claim_id: v for v in versions}
    medoid = by_id.get(medoid_id) if medoid_id else None
    if medoid is None and versions:
        medoid = max(versions, key=lambda v: (v.similarity or 0.0, -versions.index(v)))
    cluster.medoid = medoid
    for v in versions:
        terms = {"hedge": v.hedges, "loaded": v.loaded_terms}
        if v is medoid:
            v.is_medoid, pieces = True, plain(v.text)
        elif v.republished_from or is_identical(v.text, medoid.text):
            v.is_verbatim, pieces = True, plain(v.text)
        else:
            pieces = diff_words(v.text, medoid.text)
            if change_ratio(pieces) > MAX_DIFF_CHANGE:
                v.is_paraphrase, pieces = True, plain(v.text)
        v.pieces = mark_terms(pieces, terms)
    cluster.columns = outlet_columns(versions, cluster.first_seen_at)
    cluster.speakers = sorted({v.speaker for v in versions if v.speaker})


def outlet_columns(versions: Sequence[Version], start: datetime | None) -> list[OutletColumn]:
    """The versions grouped by outlet, the outlet that carried them first first, each with its
    lag in days after ``start``."""
    groups: dict[str, list[Version]] = defaultdict(list)
    for v in versions:
        groups[v.outlet].append(v)
    columns = []
    for outlet, vs in groups.items():
        dates = [v.published_at for v in vs if v.published_at]
        first = min(dates) if dates else None
        lag = (first - start).days if first and start else None
        columns.append(OutletColumn(outlet, vs, first, lag))
    columns.sort(key=lambda c: (c.first_at is None, c.first_at or datetime.min, c.outlet))
    return columns


def gather(con: duckdb.DuckDBPyConnection, *, cluster_ids: Sequence[str] | None = None,
           level: str = "claim", min_outlets: int = 1, outlets: Sequence[str] | None = None,
           speaker: str | None = None, limit: int | None = None) -> ReportData:
    """Everything a report shows, from the latest cluster run of ``level``."""
    if level not in LEVELS:
        raise CompareError(f"unknown level {level!r} (choose one of: {', '.join(LEVELS)})")
    run_id = latest_run(con, level)
    if run_id is None:
        raise CompareError(f"no {level}-level clusters yet (run `compare clusters` first)")
    rows = _select_clusters(con, run_id, cluster_ids=cluster_ids, min_outlets=min_outlets,
                            outlets=outlets, speaker=speaker)
    n_matching = len(rows)
    if limit is not None:
        rows = rows[:max(0, int(limit))]
    clusters = [Cluster(cluster_id=r[0], rank=i + 1, label=r[7] or "", keywords=list(r[8] or []),
                        n_claims=r[1], n_docs=r[2], n_outlets=r[3], n_speakers=r[4],
                        first_seen_at=r[5], last_seen_at=r[6]) for i, r in enumerate(rows)]
    medoids = {r[0]: r[9] for r in rows}
    versions = _versions(con, run_id, [c.cluster_id for c in clusters])
    for c in clusters:
        _prepare(c, versions.get(c.cluster_id, []), medoids[c.cluster_id])
        if not c.label and c.medoid is not None:
            c.label = c.medoid.text
        c.label = _shorten(c.label)
    joins = _add_evidence(con, run_id, clusters)
    _link_levels(con, level, run_id, clusters)
    for c in clusters:
        for ref in c.related:
            ref.joins = joins.get((c.cluster_id, ref.cluster_id), "")
    carried = Counter(col.outlet for c in clusters for col in c.columns)
    filters = []
    if cluster_ids:
        filters.append("clusters " + ", ".join(map(str, cluster_ids)))
    if min_outlets and min_outlets > 1:
        filters.append(f"carried by at least {min_outlets} outlets")
    if outlets:
        filters.append("carried by " + " or ".join(outlets))
    if speaker:
        filters.append(f"speaker {speaker}")
    return ReportData(level=level, run_id=run_id, numbers=corpus_numbers(con, run_id),
                      n_matching=n_matching, clusters=clusters,
                      outlets=sorted(carried, key=lambda o: (-carried[o], o)),
                      filters=filters, generated_at=datetime.now().replace(microsecond=0))


KIND_WORDS = {"reported": "reported speech"}  # a version is named "the quote in VTV"


def _add_evidence(con, run_id: str, clusters: list[Cluster]) -> dict[tuple[str, str], str]:
    """Set each version's evidence, naming the other version of its pair by kind and outlet
    ("paraphrase of the quote in VTV (p=0.83)"); return, at the narrative level, how each claim
    cluster joins another one, by (narrative, claim cluster)."""
    from compare.cluster.evidence import cluster_evidence, short_id

    found = cluster_evidence(con, run_id, [c.cluster_id for c in clusters])
    joins = {}
    for c in clusters:
        ev = found.get(c.cluster_id)
        if ev is None:
            continue
        versions = {v.claim_id: v for col in c.columns for v in col.versions}

        def name(claim_id: str) -> str:
            v = versions.get(claim_id)
            return (f"the {KIND_WORDS.get(v.kind, v.kind)} in {v.outlet}" if v
                    else short_id(claim_id))

        for v in versions.values():
            v.evidence = ev.describe(v.claim_id, name)
            v.evidence_kind = ev.members[v.claim_id].kind if v.evidence else None
        for link in ev.links:
            joins[c.cluster_id, link.cluster_id] = link.describe(name)
    return joins


def _link_levels(con, level: str, run_id: str, clusters: list[Cluster]) -> None:
    """Claim level: each cluster's narrative and sibling claim clusters. Narrative level: the
    claim clusters inside each narrative."""
    other = latest_run(con, "narrative" if level == "claim" else "claim")
    if other is None or not clusters:
        return
    rank = {c.cluster_id: c.rank for c in clusters}
    if level == "narrative":
        labels = _labels(con, other)
        inside: dict[str, list[str]] = defaultdict(list)
        for narrative, claim_cluster, _ in _overlaps(con, run_id, other):
            inside[narrative].append(claim_cluster)
        for c in clusters:
            _set_related(c, inside[c.cluster_id], labels, {})
        return
    labels, narrative_labels = _labels(con, run_id), _labels(con, other)
    main: dict[str, str] = {}
    for claim_cluster, narrative, _ in _overlaps(con, run_id, other):
        main.setdefault(claim_cluster, narrative)  # most shared claims first
    members: dict[str, list[str]] = defaultdict(list)
    for claim_cluster, narrative in main.items():
        members[narrative].append(claim_cluster)
    firsts: dict[str, list[str]] = {}  # per narrative, its first MAX_RELATED + 1 clusters
    for c in clusters:
        narrative = main.get(c.cluster_id)
        if narrative is None:
            continue
        c.narrative = ClusterRef(narrative, _shorten(narrative_labels.get(narrative, "")), False)
        if narrative not in firsts:
            firsts[narrative] = _first(members[narrative], rank, MAX_RELATED + 1)
        siblings = [k for k in firsts[narrative] if k != c.cluster_id][:MAX_RELATED]
        c.n_related = len(members[narrative]) - 1
        c.related = [ClusterRef(k, _shorten(labels.get(k, "")), k in rank) for k in siblings]


def _first(ids: list[str], rank: dict[str, int], n: int) -> list[str]:
    """The first ``n`` cluster ids: those in the report by rank, then the others by id."""
    last = len(rank) + 1
    return heapq.nsmallest(n, ids, key=lambda k: (rank.get(k, last), k))


def _set_related(cluster: Cluster, ids: list[str], labels: dict[str, str],
                 rank: dict[str, int]) -> None:
    cluster.n_related = len(ids)
    cluster.related = [ClusterRef(k, _shorten(labels.get(k, "")), k in rank)
                       for k in _first(ids, rank, MAX_RELATED)]


def _shorten(text: str, width: int = LABEL_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rsplit(" ", 1)[0] + "\u2026"

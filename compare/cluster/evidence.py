"""Why each version is in its cluster: the stored pair that ties it to another member, in words.

Usage::

    from compare.cluster.evidence import cluster_evidence
    ev = cluster_evidence(con, run_id, ["c58073c1eadef"])["c58073c1eadef"]
    ev.describe(claim_id)                 # "paraphrase of 466c5022 (p=0.88)"
    ev.members[claim_id].kind             # "paraphrase" (one of KINDS), .partner, .score

Clustering keeps no trace of which pair merged what, so the evidence is read back from what is
stored: ``claim_pairs`` (the matcher's probability, cosine, token-set ratio and decisions),
``claims`` (normalised text hash, kind, speaker, attributed ``content``) and ``documents``
(``republished_from``). A version's evidence is its strongest pair with another member of the
cluster (verbatim before same-claim before rejected pairs, then by probability), in the
vocabulary of ``KINDS``:

- ``verbatim``: the same normalised text (also a republished article), or a pair the matcher
  stored as verbatim (near-identical words, a quoted fragment);
- ``same quote``: both attribute the same words (``claims.content``) in different frames;
- ``reported speech of the same speaker``: a direct quote and a reported version of it by the
  same canonical speaker, accepted by the matcher;
- ``paraphrase``: any other pair the matcher accepted, with its probability;
- ``via``: no pair the matcher accepted, only a weaker scored one (the "score" linkage joins
  groups whose mean probability is high enough, so a version can come in through likely pairs
  the matcher did not accept; at the narrative level: the pair between two claim clusters of
  one gist);
- ``linked``: no stored pair with any other member at all; it came in with its group (average
  linkage, narrative centroids);
- ``analyst``: an analyst's edit put it there (merged in, split off, moved here: ``replay.py``),
  whatever pairs it has.

Identical texts are one group: the earliest version speaks for it (its best pair with another
text), the others are verbatim copies of it, so a group of copies never only points at itself.
At the narrative level each claim cluster inside the narrative also gets the strongest pair
that joins it to another one (``ClaimClusterLink``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

import duckdb

VERBATIM, SAME_QUOTE, REPORTED, PARAPHRASE, VIA, LINKED, ANALYST = (
    "verbatim", "same quote", "reported speech of the same speaker", "paraphrase", "via",
    "linked", "analyst")
KINDS = (VERBATIM, SAME_QUOTE, REPORTED, PARAPHRASE, VIA, LINKED, ANALYST)

Namer = Callable[[str], str]  # claim id -> how the caller refers to that version ("#3")


def short_id(claim_id: str) -> str:
    """The default reference to a version: its claim id's first 8 characters."""
    return claim_id[:8]


@dataclass(frozen=True)
class Evidence:
    """What ties one version to its cluster."""

    kind: str                     # one of KINDS
    partner: str | None = None    # the other member of the pair (None: linked)
    score: float | None = None    # the matcher's probability for the pair
    cosine: float | None = None
    fuzz: float | None = None     # token-set ratio, 0-100
    republished: bool = False     # verbatim: the two articles are copies of one text
    n_others: int = 0             # linked: the other versions it came in with; via under
    #                               the "score" linkage: the other texts of the cluster
    mean_score: float | None = None  # via under the "score" linkage: its mean p with them
    edit: str | None = None       # analyst: what the edit did ("moved here")
    edit_id: int | None = None    # analyst: which edit (``cluster_edits.edit_id``)

    def describe(self, name: Namer = short_id) -> str:
        """In words, naming the partner with ``name``: "paraphrase of #3 (p=0.83)"."""
        if self.kind == ANALYST:
            return f"{self.edit} by the analyst (edit {self.edit_id})"
        p = f"p={self.score:.2f}" if self.score is not None else None
        other = name(self.partner) if self.partner else ""
        if self.kind == VERBATIM:
            return f"verbatim of {other}" + (" (republished article)" if self.republished else "")
        if self.kind == SAME_QUOTE:
            return f"same quote as {other}"
        if self.kind in (REPORTED, PARAPHRASE):
            word = "of" if self.kind == PARAPHRASE else "as"
            return f"{self.kind} {word} {other}" + (f" ({p})" if p else "")
        if self.kind == VIA:
            scores = ", ".join(s for s in (p, _cos(self.cosine)) if s)
            if self.mean_score is not None and self.n_others > 1:
                scores += f"; mean p={self.mean_score:.2f} with {self.n_others} other texts"
            return f"via {other}" + (f" ({scores})" if scores else "")
        return f"linked through {self.n_others} other version" + ("" if self.n_others == 1
                                                                   else "s")


@dataclass(frozen=True)
class ClaimClusterLink:
    """Narrative level: one claim cluster inside the narrative and the strongest stored pair
    between its versions and another claim cluster's (None when no pair was stored: it joined
    by the cosine of the cluster centroids alone)."""

    cluster_id: str
    label: str | None
    n_claims: int                 # its versions in the narrative
    joins: str | None = None      # the other claim cluster of that pair
    claim: str | None = None      # this cluster's version in the pair
    partner: str | None = None    # the other cluster's version
    score: float | None = None
    cosine: float | None = None

    def describe(self, name: Namer = short_id) -> str:
        if self.joins is None:
            return "no stored pair with the other claim clusters (joined by centroid cosine)"
        scores = ", ".join(s for s in (f"p={self.score:.2f}" if self.score is not None
                                       else None, _cos(self.cosine)) if s)
        return (f"joins {self.joins} through {name(self.claim)} \u2194 {name(self.partner)}"
                + (f" ({scores})" if scores else ""))


@dataclass
class ClusterEvidence:
    """The evidence of one cluster's versions (none for a cluster of one claim)."""

    level: str
    members: dict[str, Evidence] = field(default_factory=dict)      # claim id -> evidence
    claim_cluster: dict[str, str] = field(default_factory=dict)     # narrative: claim -> cluster
    links: list[ClaimClusterLink] = field(default_factory=list)     # narrative, largest first

    def describe(self, claim_id: str, name: Namer = short_id) -> str:
        """One version's evidence in words ("" for none), after its claim cluster at the
        narrative level ("c1a2b3: paraphrase of #3 (p=0.83)")."""
        found = self.members.get(claim_id)
        if found is None:
            return ""
        group = self.claim_cluster.get(claim_id)
        return (f"{group}: " if group else "") + found.describe(name)


def _cos(cosine: float | None) -> str | None:
    return None if cosine is None else f"cos {cosine:.2f}"


@dataclass(frozen=True)
class _Member:
    claim_id: str
    cluster_id: str
    doc_id: str
    text_hash: str
    kind: str
    speaker_id: str | None
    content: str | None
    doc_root: str           # the document, or the earlier copy it republishes
    claim_cluster: str      # narrative level: its claim cluster; claim level: the cluster


# the pairs between two members of one cluster with different texts, both ways round
_PAIRS = """
with m as ({members}),
p as (
    select a.cluster_id, a.text_hash as text_a, b.text_hash as text_b,
           a.claim_cluster as group_a, b.claim_cluster as group_b,
           a.claim_id as claim, b.claim_id as partner,
           p.score, p.cosine, p.fuzz, p.is_verbatim, p.is_same_claim
    from claim_pairs p
    join m a on a.claim_id = p.claim_id_a
    join m b on b.claim_id = p.claim_id_b and b.cluster_id = a.cluster_id
    where p.model = $model and not p.is_polarity_conflict and a.text_hash <> b.text_hash
),
both_ways as (
    select * from p
    union all
    select cluster_id, text_b, text_a, group_b, group_a, partner, claim, score, cosine, fuzz,
           is_verbatim, is_same_claim from p
)
select cluster_id, {key}, claim, partner, score, cosine, fuzz, is_verbatim, is_same_claim
from both_ways {where}
qualify row_number() over (partition by cluster_id, {key} order by is_verbatim desc,
    is_same_claim desc, score desc nulls last, cosine desc nulls last, partner, claim) = 1
"""


def cluster_evidence(con: duckdb.DuckDBPyConnection, run_id: str,
                     cluster_ids: Sequence[str]) -> dict[str, ClusterEvidence]:
    """The evidence of every version of the given clusters of run ``run_id`` (read only: a
    few aggregate queries, whatever the size of ``claim_pairs``)."""
    run = con.execute("select level, model, params from cluster_runs where run_id = ?",
                      [run_id]).fetchone()
    if run is None or not cluster_ids:
        return {}
    level, model, params = run
    claim_run = None
    if level == "narrative":
        from compare.cluster.browse import latest_run
        from compare.cluster.replay import shown_run_of

        claim_run = json.loads(params or "{}").get("claim_run_id")  # as computed
        claim_run = shown_run_of(con, claim_run) if claim_run else latest_run(con, "claim")
    members_sql = """
        select mm.cluster_id, mm.claim_id, c.doc_id, c.text_hash, c.kind, c.speaker_id, c.content,
               coalesce(d.republished_from, d.doc_id) as doc_root,
               coalesce(k.cluster_id, {group}) as claim_cluster, d.published_at
        from cluster_members mm
        join claims c on c.claim_id = mm.claim_id
        join documents d on d.doc_id = c.doc_id
        left join cluster_members k on k.run_id = $claim_run and k.claim_id = mm.claim_id
        where mm.run_id = $run and mm.cluster_id in (select unnest($ids))""".format(
        group="mm.claim_id" if level == "narrative" else "mm.cluster_id")
    args = {"run": run_id, "ids": list(cluster_ids), "claim_run": claim_run}
    rows = con.execute(members_sql + " order by mm.cluster_id, d.published_at nulls last, "
                       "mm.claim_id", args).fetchall()
    members: dict[str, list[_Member]] = {}
    for r in rows:
        members.setdefault(r[0], []).append(_Member(r[1], r[0], *r[2:9]))
    # a pair stored for one copy of a text holds for all: it is shown for the earliest copy
    heads: dict[tuple, _Member] = {}
    for m in (m for ms in members.values() for m in ms):
        heads.setdefault((m.cluster_id, m.text_hash), m)
    head_of = {m.claim_id: heads[m.cluster_id, m.text_hash]
               for ms in members.values() for m in ms}
    pair_args = dict(args, model=model)
    best = {(r[0], r[1]): r[2:] for r in con.execute(_PAIRS.format(
        members=members_sql, key="text_a", where=""), pair_args).fetchall()}
    by_score = level == "claim" and json.loads(params or "{}").get("linkage") == "score"
    sums = _score_sums(con, members_sql, pair_args) if by_score else None
    out = {}
    for cluster_id, ms in members.items():
        ev = ClusterEvidence(level)
        if len(ms) > 1:
            ev.members = _member_evidence(ms, best, head_of, sums)
        if level == "narrative":
            ev.claim_cluster = {m.claim_id: m.claim_cluster for m in ms}
        out[cluster_id] = ev
    if level == "narrative":
        _link_claim_clusters(con, out, members, members_sql, pair_args, head_of)
    _analyst_evidence(con, run_id, out)
    return out


def _analyst_evidence(con: duckdb.DuckDBPyConnection, run_id: str,
                      out: dict[str, ClusterEvidence]) -> None:
    """The versions an analyst's edit placed: that edit is their evidence (the last one)."""
    from compare.cluster.replay import PLACED_WORDS, has_edit_tables

    if not has_edit_tables(con):
        return
    for cluster_id, claim_id, edit_id, action in con.execute(
            """select cluster_id, claim_id, edit_id, action from cluster_edit_marks
               where run_id = ? and claim_id is not null and list_contains(?, cluster_id)
               order by edit_id""", [run_id, list(out)]).fetchall():
        out[cluster_id].members[claim_id] = Evidence(ANALYST, edit=PLACED_WORDS[action],
                                                     edit_id=edit_id)


def _score_sums(con: duckdb.DuckDBPyConnection, members_sql: str, args: dict) -> dict:
    """(cluster, text hash) -> the sum of its best pair's weight with each other text of the
    cluster (``update.LINK_SCORE``: what the "score" linkage averaged)."""
    from compare.cluster.update import LINK_SCORE

    return {(r[0], r[1]): r[2] for r in con.execute(f"""
        with m as ({members_sql}),
        t as (select a.cluster_id, least(a.text_hash, b.text_hash) as x,
                     greatest(a.text_hash, b.text_hash) as y, max({LINK_SCORE}) as w
              from claim_pairs p
              join m a on a.claim_id = p.claim_id_a
              join m b on b.claim_id = p.claim_id_b and b.cluster_id = a.cluster_id
              where p.model = $model and not p.is_polarity_conflict and a.text_hash <> b.text_hash
              group by all)
        select cluster_id, text, sum(w) from (select cluster_id, x as text, w from t
                                              union all select cluster_id, y, w from t)
        group by all""", args).fetchall()}


def _member_evidence(ms: list[_Member], best: dict, head_of: dict[str, _Member],
                     sums: dict | None = None) -> dict[str, Evidence]:
    """Each member's evidence; ``ms`` in order of publication, ``best``: (cluster, text hash)
    -> its strongest pair with another text; ``head_of``: claim id -> the earliest member
    with its text; ``sums`` (the "score" linkage): (cluster, text hash) -> ``_score_sums``."""
    groups: dict[str, list[_Member]] = {}
    for m in ms:
        groups.setdefault(m.text_hash, []).append(m)
    out = {}
    for text, copies in groups.items():
        head = copies[0]
        pair = best.get((head.cluster_id, text))
        if pair is not None:
            out[head.claim_id] = _classify(head, head_of[pair[1]], pair[2:])
            if sums is not None and out[head.claim_id].kind == VIA:
                out[head.claim_id] = replace(
                    out[head.claim_id], n_others=len(groups) - 1,
                    mean_score=sums.get((head.cluster_id, text), 0.0) / (len(groups) - 1))
        elif len(copies) > 1:
            out[head.claim_id] = _copy(head, copies[1])
        else:
            out[head.claim_id] = Evidence(LINKED, n_others=len(ms) - 1)
        for m in copies[1:]:
            out[m.claim_id] = _copy(m, head)
    return out


def _copy(member: _Member, original: _Member) -> Evidence:
    return Evidence(VERBATIM, original.claim_id, 1.0, 1.0, 100.0,
                    republished=(member.doc_id != original.doc_id
                                 and member.doc_root == original.doc_root))


def _classify(head: _Member, partner: _Member, scores: tuple) -> Evidence:
    """The evidence a stored pair gives ``head`` (the pair itself may be stored for another
    copy of its text: the scores are the same)."""
    from compare.match.scoring import same_quote

    score, cosine, fuzz, is_verbatim, is_same_claim = scores
    found = dict(partner=partner.claim_id, score=score, cosine=cosine, fuzz=fuzz)
    if not is_same_claim:
        return Evidence(VIA, **found)
    if head.content and partner.content and same_quote([head.content], [partner.content])[0]:
        return Evidence(SAME_QUOTE, **found)
    if is_verbatim:
        return Evidence(VERBATIM, **found)
    if ({head.kind, partner.kind} == {"quote", "reported"} and head.speaker_id
            and head.speaker_id == partner.speaker_id):
        return Evidence(REPORTED, **found)
    return Evidence(PARAPHRASE, **found)


def _link_claim_clusters(con: duckdb.DuckDBPyConnection, out: dict[str, ClusterEvidence],
                         members: dict[str, list[_Member]], members_sql: str,
                         args: dict, head_of: dict[str, _Member]) -> None:
    """Narrative level: every claim cluster inside each narrative with its strongest pair to
    another claim cluster of the narrative."""
    best = {(r[0], r[1]): r[2:] for r in con.execute(_PAIRS.format(
        members=members_sql, key="group_a", where="where group_a <> group_b"), args).fetchall()}
    group_of = {m.claim_id: m.claim_cluster for ms in members.values() for m in ms}
    groups = sorted({m.claim_cluster for ms in members.values() for m in ms})
    labels = dict(con.execute(
        "select cluster_id, label from clusters where run_id = $claim_run and cluster_id in "
        "(select unnest($groups))", {"claim_run": args["claim_run"], "groups": groups}
    ).fetchall()) if args["claim_run"] else {}
    for narrative, ms in members.items():
        sizes: dict[str, int] = {}
        for m in ms:
            sizes[m.claim_cluster] = sizes.get(m.claim_cluster, 0) + 1
        links = []
        for group, n in sizes.items():
            pair = best.get((narrative, group))
            link = ClaimClusterLink(group, labels.get(group), n)
            if pair is not None and len(sizes) > 1:
                claim, partner, score, cosine = pair[:4]
                link = ClaimClusterLink(group, labels.get(group), n, group_of[partner],
                                        head_of[claim].claim_id, head_of[partner].claim_id,
                                        score, cosine)
            links.append(link)
        links.sort(key=lambda k: (-k.n_claims, k.cluster_id))
        out[narrative].links = links

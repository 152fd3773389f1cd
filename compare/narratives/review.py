"""What an analyst reads and decides about one narrative: its evidence (`compare narratives
show`), its borderline claims and the labels that settle them (`compare narratives review`)."""

from __future__ import annotations

import duckdb

from compare import db
from compare.errors import CompareError
from compare.narratives.store import find_narrative

EVIDENCE_COLUMNS = ("claim_id", "score", "source", "date", "outlet", "speaker", "kind", "text")
COVERAGE_COLUMNS = ("outlet", "n_claims", "n_docs", "speakers", "first_seen", "last_seen")
BORDERLINE_COLUMNS = ("claim_id", "score", "decision", "date", "outlet", "speaker", "text")


def narrative_evidence(con: duckdb.DuckDBPyConnection, narrative_id: str, *,
                       limit: int | None = None) -> dict:
    """The narrative, its coverage by outlet (first carried first: who took it up when) and its
    claims, strongest evidence first (analyst labels, then by score, then oldest first)."""
    found = find_narrative(con, narrative_id)
    nid = found["narrative_id"]
    coverage = con.execute("""
        select outlet, count(*), count(distinct doc_id),
               coalesce(list(distinct speaker order by speaker)
                        filter (where speaker is not null), []),
               min(published_at)::date, max(published_at)::date
        from narrative_matches where narrative_id = ?
        group by outlet order by min(published_at) nulls last, outlet""", [nid]).fetchall()
    claims = con.execute(f"""
        select claim_id, round(score, 3), source, published_at::date, outlet, speaker, kind, text
        from narrative_matches where narrative_id = ?
        order by source = 'analyst' desc, score desc, published_at nulls last, claim_id
        {'limit ' + str(int(limit)) if limit else ''}""", [nid]).fetchall()
    return {"narrative": found, "coverage": coverage, "claims": claims}


def borderline_claims(con: duckdb.DuckDBPyConnection, narrative_id: str, *,
                      limit: int = 10) -> tuple[dict, list[tuple]]:
    """The narrative and its unlabelled model rows closest to the threshold, on either side,
    including those the polarity guard vetoed: the claims where a label teaches the most."""
    found = find_narrative(con, narrative_id)
    state = con.execute("select threshold from narrative_scoring").fetchone()
    if state is None:
        raise CompareError("no scores yet: run `compare narratives score` first")
    rows = con.execute("""
        select cn.claim_id, round(cn.score, 3),
               case when cn.guard is not null then 'vetoed: ' || cn.guard
                    when cn.is_match then 'match'
                    when exists (select 1 from claim_narratives x
                                 where x.claim_id = cn.claim_id and x.source = 'context'
                                   and x.narrative_id = cn.narrative_id)
                         then 'match by context' else 'no match' end,
               d.published_at::date, d.outlet, s.name, c.text
        from claim_narratives cn
        join claims c using (claim_id) join documents d using (doc_id)
        left join speakers s on s.speaker_id = c.speaker_id
        where cn.narrative_id = ? and cn.source = 'model'
          and not exists (select 1 from narrative_labels l where l.claim_id = cn.claim_id
                                                           and l.narrative_id = cn.narrative_id)
        order by abs(cn.score - ?), cn.claim_id limit ?""",
                       [found["narrative_id"], state[0], limit]).fetchall()
    return found, rows


def label_claims(con: duckdb.DuckDBPyConnection, narrative_id: str, *,
                 accept: list[str] = (), reject: list[str] = ()) -> dict:
    """Record the analyst's decisions (claim ids or unique prefixes); a claim labelled again
    takes its latest label. Scores change on the next scoring run: accepted claims become
    examples of the narrative, rejected ones counter-examples. One transaction."""
    nid = find_narrative(con, narrative_id)["narrative_id"]
    both = set(accept) & set(reject)
    if both:
        raise CompareError(f"claim {sorted(both)[0]} is both accepted and rejected")
    decisions = [(c, "accept") for c in accept] + [(c, "reject") for c in reject]
    resolved = [(_claim(con, key), label) for key, label in decisions]
    with db.transaction(con):
        for (claim_id, text, text_hash), label in resolved:
            con.execute("delete from narrative_labels where narrative_id = ? and claim_id = ?",
                        [nid, claim_id])
            con.execute("insert into narrative_labels (narrative_id, claim_id, label, text, "
                        "text_hash) values (?, ?, ?, ?, ?)", [nid, claim_id, label, text,
                                                              text_hash])
    return {"narrative_id": nid, "accepted": sum(lab == "accept" for _, lab in decisions),
            "rejected": sum(lab == "reject" for _, lab in decisions)}


def _claim(con: duckdb.DuckDBPyConnection, key: str) -> tuple[str, str, str]:
    rows = con.execute("select claim_id, text, text_hash from claims where claim_id = ? or "
                       "starts_with(claim_id, ?) order by claim_id limit 3", [key, key]).fetchall()
    exact = [r for r in rows if r[0] == key]
    if exact or len(rows) == 1:
        return (exact or rows)[0]
    if rows:
        raise CompareError(f"claim {key!r} is ambiguous: give more characters of its id")
    raise CompareError(f"no claim {key!r} (claim ids are in `compare narratives review ID` "
                       "and `compare narratives show ID --format csv`)")

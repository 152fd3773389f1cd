"""Read the latest runs: ranked cluster lists and one cluster's claims (SQL over the views)."""

from __future__ import annotations

import difflib

import duckdb

from compare.errors import CompareError

_LEVEL_COLUMN = {"claim": "claim_cluster_id", "narrative": "narrative_id"}
LIST_COLUMNS = ["id", "label", "claims", "outlets", "outlet_names", "speakers", "first_seen"]
CLAIM_COLUMNS = ["outlet", "date", "speaker", "cue", "kind", "text", "similarity", "claim_id"]


def latest_run(con: duckdb.DuckDBPyConnection, level: str) -> str | None:
    """The id of the latest run of ``level`` (None before the first run)."""
    row = con.execute("select run_id from cluster_runs where level = ? "
                      "order by created_at desc, run_id limit 1", [level]).fetchone()
    return row[0] if row else None


def list_clusters(con: duckdb.DuckDBPyConnection, *, level: str = "claim", min_outlets: int = 1,
                  outlet: str | None = None, speaker: str | None = None, limit: int | None = 20,
                  ) -> tuple[list[str], list[tuple]]:
    """Clusters of the latest run of ``level``, most widespread first (outlets, then claims).

    ``outlet`` / ``speaker`` keep clusters with a claim from a matching outlet (name or domain)
    or speaker (case-insensitive substring). ``min_outlets`` of 1 or less keeps every cluster,
    also those of documents whose outlet is unknown (files ingested without a manifest).
    """
    if level not in _LEVEL_COLUMN:
        raise CompareError(f"unknown level {level!r} (choose one of: claim, narrative)")
    col = _LEVEL_COLUMN[level]
    rows = con.execute(f"""
        with run as (
            select run_id from cluster_runs where level = $level
            order by created_at desc, run_id limit 1
        ),
        picked as (
            select c.* from clusters c
            where c.run_id = (select run_id from run)
              and (c.n_outlets >= $min_outlets or $min_outlets <= 1)
              and ($outlet is null or c.cluster_id in (
                    select {col} from claims_full
                    where outlet ilike '%' || $outlet || '%'
                       or outlet_domain ilike '%' || $outlet || '%'))
              and ($speaker is null or c.cluster_id in (
                    select {col} from claims_full where speaker ilike '%' || $speaker || '%'))
        ),
        top as (
            select * from picked
            order by n_outlets desc, n_claims desc, first_seen_at nulls last, cluster_id
            limit $limit
        ),
        names as (
            select {col} as cluster_id,
                   string_agg(distinct outlet, ', ' order by outlet) as outlet_names,
                   string_agg(distinct speaker, ', ' order by speaker) as speakers
            from claims_full where {col} in (select cluster_id from top)
            group by 1
        )
        select t.cluster_id, t.label, t.n_claims, t.n_outlets, n.outlet_names, n.speakers,
               t.first_seen_at::date
        from top t left join names n using (cluster_id)
        order by t.n_outlets desc, t.n_claims desc, t.first_seen_at nulls last, t.cluster_id""",
                       {"level": level, "min_outlets": min_outlets, "outlet": outlet,
                        "speaker": speaker, "limit": limit if limit and limit > 0 else None}
                       ).fetchall()
    return LIST_COLUMNS, rows


def find_cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict:
    """The cluster of the latest claim or narrative run whose id is (or starts with)
    ``cluster_id``; a clear error listing close ids when there is none."""
    key = cluster_id.strip()
    runs = [r for r in (latest_run(con, level) for level in _LEVEL_COLUMN) if r]
    if not runs:
        raise CompareError(f"no cluster {key!r}: nothing is clustered yet (run `compare "
                           "clusters` first)")
    cols = ["run_id", "cluster_id", "level", "label", "keywords", "n_claims", "n_docs",
            "n_outlets", "n_speakers", "first_seen_at", "last_seen_at"]
    found = con.execute(f"""
        select {', '.join('c.' + c if c != 'level' else 'r.level' for c in cols)}
        from clusters c join cluster_runs r using (run_id)
        where c.run_id in (select unnest($runs)) and starts_with(c.cluster_id, $key)
        order by c.cluster_id = $key desc, c.cluster_id limit 5""",
                        {"runs": runs, "key": key}).fetchall()
    if len(found) == 1 or (found and found[0][1] == key):
        return dict(zip(cols, found[0]))
    if found:
        raise CompareError(f"cluster id {key!r} is ambiguous: it starts "
                           f"{', '.join(r[1] for r in found)} (give more characters)")
    nearby = [r[0] for r in con.execute("""
        select cluster_id from clusters where run_id in (select unnest($runs))
          and left(cluster_id, 2) = left($key, 2)
        order by cluster_id limit 20000""", {"runs": runs, "key": key}).fetchall()]
    close = difflib.get_close_matches(key, nearby, n=5, cutoff=0.3)
    if not close:
        close = [r[0] for r in con.execute("""
            select cluster_id from clusters where run_id in (select unnest($runs))
            order by n_outlets desc, n_claims desc, cluster_id limit 5""",
                                           {"runs": runs}).fetchall()]
    if not close:
        raise CompareError(f"no cluster {key!r}: there are no clusters yet (ingest documents, "
                           "then run `compare clusters`)")
    raise CompareError(f"no cluster {key!r} in the latest runs (close ids: {', '.join(close)}; "
                       "`compare clusters` lists them)")


def cluster_claims_rows(con: duckdb.DuckDBPyConnection, run_id: str, cluster_id: str
                        ) -> tuple[list[str], list[tuple]]:
    """Every claim of one cluster with its outlet, date, speaker, cue and kind, by outlet."""
    rows = con.execute("""
        select coalesce(f.outlet, f.outlet_domain), f.published_at::date,
               coalesce(f.speaker, f.speaker_mention), f.cue, f.kind, f.text,
               round(m.similarity, 3), f.claim_id
        from cluster_members m join claims_full f on f.claim_id = m.claim_id
        where m.run_id = ? and m.cluster_id = ?
        order by coalesce(f.outlet, f.outlet_domain) nulls last, f.published_at nulls last,
                 f.doc_id, f.seq""", [run_id, cluster_id]).fetchall()
    return CLAIM_COLUMNS, rows

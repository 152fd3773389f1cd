"""Write a run's members and describe each cluster in SQL: label, keywords, counts, dates."""

from __future__ import annotations

import duckdb

# words never worth showing as a keyword (function words, reporting verbs)
_STOP = """a an the of to in on at by for with from and or but as is are was were be been being has
have had do does did this that these those it its he she they we you his her their our your him
them us who whom which what when where while there here than then so such also said says say
told tells according would will can could should may might must about into over after before
since until up out just very more most some any all each both other another own same only not no
mr mrs ms dr added noted stressed insisted argued claimed claims"""
STOPWORDS = tuple(sorted(set(_STOP.split())))
ID_PREFIX = {"claim": "c", "narrative": "n"}  # cluster ids: c… claim level, n… narrative level
N_KEYWORDS = 5
KEYWORD_MEMBERS = 200  # keywords come from a cluster's members closest to its medoid

# the label words of each cluster (``{members}``: cluster_id, claim_id, similarity), read from
# its KEYWORD_MEMBERS members most similar to the medoid; stopwords ($stop) and words of one or
# two letters left out
_WORDS = f"""select * from (
    select m.cluster_id,
           unnest(regexp_extract_all(lower(c.text), '\\pL[\\pL''-]*\\pL')) as word
    from (select * from {{members}} qualify row_number() over (
              partition by cluster_id order by similarity desc, claim_id) <= {KEYWORD_MEMBERS}
          ) m join claims c on c.claim_id = m.claim_id)
where length(word) > 2 and not list_contains($stop, word)"""


def write_clusters(con: duckdb.DuckDBPyConnection, run_id: str, *, members: dict,
                   clusters: dict, previous_run_id: str | None = None,
                   index_table: str = "_cluster_idx") -> None:
    """Insert ``cluster_members`` and one ``clusters`` row per cluster, labelled by its medoid
    claim's text. Claims are rows of the temporary table ``index_table`` (claim_id, i):
    ``members`` has columns i, label, similarity; ``clusters`` has label, cluster_id, medoid_i.

    ``previous_run_id``: this run is made from that one (an update, or an edited run), whose
    clusters listed in the temporary table ``_kept_clusters`` (cluster_id) are copied as they
    are and whose other clusters are gone; the document frequencies of keywords
    (``cluster_words``) are updated rather than counted again."""
    con.register("_cluster_rows", members)
    con.register("_cluster_labels", clusters)
    try:
        con.execute(f"""create or replace temp table _cluster_members_new as
                       select c.cluster_id, x.claim_id, m.similarity
                       from _cluster_rows m join _cluster_labels c on c.label = m.label
                       join {index_table} x on x.i = m.i""")
        con.execute(f"""create or replace temp table _cluster_medoids_new as
                       select c.cluster_id, x.claim_id as medoid_claim_id
                       from _cluster_labels c join {index_table} x on x.i = c.medoid_i""")
        con.execute("""insert into cluster_members (run_id, cluster_id, claim_id, similarity)
                       select ?, cluster_id, claim_id, similarity from _cluster_members_new""",
                    [run_id])
        con.execute(f"""create or replace temp table _cluster_tf as
                        select cluster_id, word, count(*) as n
                        from ({_WORDS.format(members="_cluster_members_new")})
                        group by all""", {"stop": list(STOPWORDS)})
        if previous_run_id is None:
            con.execute("""insert into cluster_words select $run, word, count(*)
                           from _cluster_tf group by word""", {"run": run_id})
            n_clusters = len(clusters["cluster_id"])
        else:
            n_clusters = len(clusters["cluster_id"]) + _copy_kept(con, run_id, previous_run_id)
        con.execute("""
            insert into clusters (run_id, cluster_id, label, keywords, medoid_claim_id, n_claims,
                                  n_docs, n_outlets, n_speakers, first_seen_at, last_seen_at)
            with stats as (
                select m.cluster_id, count(*) as n_claims, count(distinct c.doc_id) as n_docs,
                       count(distinct coalesce(d.outlet, d.outlet_domain)) as n_outlets,
                       count(distinct c.speaker_id) as n_speakers,
                       min(d.published_at) as first_seen_at, max(d.published_at) as last_seen_at
                from _cluster_members_new m
                join claims c on c.claim_id = m.claim_id
                join documents d on d.doc_id = c.doc_id
                group by m.cluster_id
            ),
            ranked as (
                select tf.cluster_id, tf.word,
                       row_number() over (partition by tf.cluster_id
                           order by tf.n * ln($n / df.n_clusters) desc, tf.word) as rank
                from _cluster_tf tf
                join cluster_words df on df.run_id = $run and df.word = tf.word
            ),
            keywords as (
                select cluster_id, list(word order by rank) as keywords
                from ranked where rank <= $k group by cluster_id
            )
            select $run, s.cluster_id, mc.text, coalesce(k.keywords, []), md.medoid_claim_id,
                   s.n_claims, s.n_docs, s.n_outlets, s.n_speakers, s.first_seen_at,
                   s.last_seen_at
            from stats s
            join _cluster_medoids_new md on md.cluster_id = s.cluster_id
            join claims mc on mc.claim_id = md.medoid_claim_id
            left join keywords k on k.cluster_id = s.cluster_id""",
                    {"run": run_id, "n": float(n_clusters), "k": N_KEYWORDS})
        for table in ("_cluster_tf", "_cluster_members_new", "_cluster_medoids_new"):
            con.execute(f"drop table {table}")
    finally:
        con.unregister("_cluster_rows")
        con.unregister("_cluster_labels")


def _copy_kept(con: duckdb.DuckDBPyConnection, run_id: str, previous_run_id: str) -> int:
    """Copy the kept clusters of the previous run and update the keyword document frequencies:
    the previous counts, less the words of its clusters not kept, plus the new clusters' words.
    Returns how many clusters were kept."""
    args = {"run": run_id, "prev": previous_run_id}
    con.execute("""insert into cluster_members (run_id, cluster_id, claim_id, similarity)
                   select $run, m.cluster_id, m.claim_id, m.similarity from cluster_members m
                   semi join _kept_clusters k on k.cluster_id = m.cluster_id
                   where m.run_id = $prev""", args)
    con.execute("""insert into clusters by name select $run as run_id, c.* exclude (run_id)
                   from clusters c semi join _kept_clusters k on k.cluster_id = c.cluster_id
                   where c.run_id = $prev""", args)
    gone = _WORDS.format(members="(select m.* from cluster_members m anti join _kept_clusters k "
                                 "on k.cluster_id = m.cluster_id where m.run_id = $prev)")
    con.execute(f"""
        insert into cluster_words
        select $run, word, sum(n)::integer from (
            select word, n_clusters as n from cluster_words where run_id = $prev
            union all
            select word, -count(distinct cluster_id) from ({gone}) group by word
            union all
            select word, count(*) from _cluster_tf group by word)
        group by word having sum(n) > 0""", dict(args, stop=list(STOPWORDS)))
    return con.execute("select count(*) from _kept_clusters").fetchone()[0]

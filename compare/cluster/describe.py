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
N_KEYWORDS = 5


def write_clusters(con: duckdb.DuckDBPyConnection, run_id: str, *, members: dict,
                   medoids: dict) -> None:
    """Insert ``cluster_members`` (columns cluster_id, claim_id, similarity) and one
    ``clusters`` row per cluster id, labelled by its medoid claim's text."""
    con.register("_cluster_members_new", members)
    con.register("_cluster_medoids_new", medoids)
    try:
        con.execute("""insert into cluster_members (run_id, cluster_id, claim_id, similarity)
                       select ?, cluster_id, claim_id, similarity from _cluster_members_new""",
                    [run_id])
        con.execute("""
            insert into clusters (run_id, cluster_id, label, keywords, medoid_claim_id, n_claims,
                                  n_docs, n_outlets, n_speakers, first_seen_at, last_seen_at)
            with stats as (
                select m.cluster_id, count(*) as n_claims, count(distinct c.doc_id) as n_docs,
                       count(distinct coalesce(d.outlet, d.outlet_domain)) as n_outlets,
                       count(distinct c.speaker_id) as n_speakers,
                       min(d.published_at) as first_seen_at, max(d.published_at) as last_seen_at
                from cluster_members m
                join claims c on c.claim_id = m.claim_id
                join documents d on d.doc_id = c.doc_id
                where m.run_id = $run
                group by m.cluster_id
            ),
            words as (
                select m.cluster_id,
                       unnest(regexp_extract_all(lower(c.text), '\\pL[\\pL''-]*\\pL')) as word
                from cluster_members m join claims c on c.claim_id = m.claim_id
                where m.run_id = $run
            ),
            tf as (
                select cluster_id, word, count(*) as n from words
                where length(word) > 2 and not list_contains($stop, word)
                group by all
            ),
            df as (select word, count(*) as n from tf group by word),
            ranked as (
                select tf.cluster_id, tf.word,
                       row_number() over (partition by tf.cluster_id
                           order by tf.n * ln((select count(*) from stats) / df.n) desc,
                                    tf.word) as rank
                from tf join df using (word)
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
                    {"run": run_id, "stop": list(STOPWORDS), "k": N_KEYWORDS})
    finally:
        con.unregister("_cluster_members_new")
        con.unregister("_cluster_medoids_new")

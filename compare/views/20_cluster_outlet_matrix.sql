-- cluster_outlet_matrix: one row per claim cluster (latest claim-level run) and outlet that
-- carries it: how many claims, by whom, with which cues, first published when. The wide form:
--   pivot cluster_outlet_matrix on outlet using sum(n_claims) group by cluster_id, label
create or replace view cluster_outlet_matrix as
with members as (
    select * from claims_full where claim_cluster_id is not null
)
select
    m.claim_cluster_id as cluster_id,
    any_value(c.label) as label,
    any_value(c.n_outlets) as cluster_n_outlets,
    m.outlet,
    count(*) as n_claims,
    count(distinct m.doc_id) as n_docs,
    coalesce(list(distinct m.speaker order by m.speaker)
        filter (where m.speaker is not null), []) as speakers,
    coalesce(list(distinct lower(m.cue) order by lower(m.cue))
        filter (where m.cue is not null), []) as cues,
    count(*) filter (where m.is_attributed) as n_attributed,
    count(*) filter (where not m.is_attributed) as n_own_voice,
    min(m.published_at) as first_published_at
from members m
left join clusters c on c.run_id = m.claim_run_id and c.cluster_id = m.claim_cluster_id
group by m.claim_cluster_id, m.outlet
order by cluster_id, first_published_at nulls last, m.outlet;

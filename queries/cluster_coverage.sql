-- name: cluster_coverage
-- Which outlets carry each cluster (cluster x outlet): claims, documents, speakers and cues
-- per outlet, for clusters of the latest run carried by at least min_outlets outlets.
-- params: level = 'claim' (claim | narrative), min_outlets = 2
-- reads: claims_full, clusters
with members as (
    select
        case when $level = 'narrative' then narrative_id else claim_cluster_id end as cluster_id,
        case when $level = 'narrative' then narrative_run_id else claim_run_id end as run_id,
        *
    from claims_full
    where kind <> 'teaser'
),
per_outlet as (
    select
        cluster_id,
        any_value(run_id) as run_id,
        outlet,
        count(*) as n_claims,
        count(distinct doc_id) as n_docs,
        coalesce(list(distinct speaker order by speaker) filter (where speaker is not null), [])
            as speakers,
        coalesce(list(distinct lower(cue) order by lower(cue)) filter (where cue is not null), [])
            as cues,
        min(published_at) as first_published_at
    from members
    where cluster_id is not null
    group by cluster_id, outlet
),
spread as (
    select *, count(*) over (partition by cluster_id) as n_outlets
    from per_outlet
)
select s.cluster_id, c.label, s.n_outlets, s.outlet, s.n_claims, s.n_docs, s.speakers, s.cues,
       s.first_published_at
from spread s
left join clusters c on c.run_id = s.run_id and c.cluster_id = s.cluster_id
where s.n_outlets >= $min_outlets
order by s.n_outlets desc, s.cluster_id, s.first_published_at nulls last, s.outlet;

-- name: outlet_overlap
-- Pairs of outlets and the clusters they share (latest run), with the Jaccard overlap of their
-- cluster sets.
-- params: level = 'claim' (claim | narrative)
-- reads: claims_full
with members as (
    select distinct
        outlet,
        case when $level = 'narrative' then narrative_id else claim_cluster_id end as cluster_id
    from claims_full
    where kind <> 'teaser'
),
per_outlet as (
    select outlet, count(*) as n_clusters
    from members
    where cluster_id is not null
    group by outlet
),
shared as (
    select a.outlet as outlet_a, b.outlet as outlet_b, count(*) as n_shared
    from members a
    join members b on a.cluster_id = b.cluster_id and a.outlet < b.outlet
    group by a.outlet, b.outlet
)
select
    s.outlet_a,
    s.outlet_b,
    s.n_shared,
    pa.n_clusters as n_clusters_a,
    pb.n_clusters as n_clusters_b,
    round(s.n_shared / (pa.n_clusters + pb.n_clusters - s.n_shared), 3) as jaccard
from shared s
join per_outlet pa on pa.outlet = s.outlet_a
join per_outlet pb on pb.outlet = s.outlet_b
order by jaccard desc, s.outlet_a, s.outlet_b;

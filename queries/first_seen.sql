-- name: first_seen
-- Which outlet carried each cluster first, and how many hours later each other outlet did
-- (clusters of the latest run carried by at least min_outlets outlets).
-- params: level = 'claim' (claim | narrative), min_outlets = 2
-- reads: claims_full, clusters
with members as (
    select
        case when $level = 'narrative' then narrative_id else claim_cluster_id end as cluster_id,
        case when $level = 'narrative' then narrative_run_id else claim_run_id end as run_id,
        outlet,
        published_at
    from claims_full
    where kind <> 'teaser'
),
per_outlet as (
    select cluster_id, any_value(run_id) as run_id, outlet, min(published_at) as first_published_at
    from members
    where cluster_id is not null
    group by cluster_id, outlet
),
ranked as (
    select
        *,
        count(*) over (partition by cluster_id) as n_outlets,
        min(first_published_at) over (partition by cluster_id) as cluster_first_at
    from per_outlet
)
select
    r.cluster_id,
    c.label,
    r.outlet,
    r.first_published_at,
    r.first_published_at = r.cluster_first_at as is_first,
    round(date_diff('minute', r.cluster_first_at, r.first_published_at) / 60, 1) as lag_hours
from ranked r
left join clusters c on c.run_id = r.run_id and c.cluster_id = r.cluster_id
where r.n_outlets >= $min_outlets
order by r.cluster_first_at nulls last, r.cluster_id, r.first_published_at nulls last, r.outlet;

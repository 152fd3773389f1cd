-- name: narrative_timeline
-- Each narrative (latest narrative-level run) per month and outlet: how many claims and
-- articles carried it.
-- params: narrative_id = null (one narrative; null: all)
-- reads: claims_full, clusters
with members as (
    select
        narrative_id, narrative_run_id, outlet, doc_id,
        date_trunc('month', published_at) as month
    from claims_full
    where narrative_id is not null
      and kind <> 'teaser'
      and ($narrative_id is null or narrative_id = $narrative_id)
),
per_month as (
    select
        narrative_id,
        any_value(narrative_run_id) as run_id,
        strftime(month, '%Y-%m') as month,
        outlet,
        count(*) as n_claims,
        count(distinct doc_id) as n_docs
    from members
    group by narrative_id, month, outlet
)
select p.narrative_id, c.label, p.month, p.outlet, p.n_claims, p.n_docs
from per_month p
left join clusters c on c.run_id = p.run_id and c.cluster_id = p.narrative_id
order by p.narrative_id, p.month nulls last, p.outlet;

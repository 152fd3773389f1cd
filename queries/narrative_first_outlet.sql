-- name: narrative_first_outlet
-- Which outlet carried each codebook narrative first, and how many hours later each other
-- outlet took it up, with its first speaker and claim (codebook narratives: compare narratives).
-- params: narrative_id = null (one codebook narrative; null: all)
-- reads: narrative_matches
with per_outlet as (
    select
        narrative_id,
        any_value(label) as label,
        outlet,
        min(published_at) as first_published_at,
        first(speaker order by published_at nulls last, claim_id) as first_speaker,
        first(text order by published_at nulls last, claim_id) as first_text,
        count(*) as n_claims
    from narrative_matches
    where $narrative_id is null or narrative_id = $narrative_id
    group by narrative_id, outlet
),
ranked as (
    select *, min(first_published_at) over (partition by narrative_id) as narrative_first_at
    from per_outlet
)
select
    narrative_id,
    label,
    outlet,
    first_published_at,
    first_published_at = narrative_first_at as is_first,
    round(date_diff('minute', narrative_first_at, first_published_at) / 60, 1) as lag_hours,
    first_speaker,
    first_text,
    n_claims
from ranked
order by narrative_id, first_published_at nulls last, outlet;

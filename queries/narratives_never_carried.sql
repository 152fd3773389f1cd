-- name: narratives_never_carried
-- The codebook narratives an outlet never carries (outlet x narrative with no claim of it),
-- with how many other outlets do carry each.
-- params: outlet = null (part of the outlet's name; null: every outlet)
-- reads: documents, narratives, narrative_matches
with outlets as (
    select distinct outlet from documents
    where outlet is not null
      and ($outlet is null or contains(lower(outlet), lower($outlet)))
),
carried as (
    select distinct narrative_id, outlet from narrative_matches
),
spread as (
    select narrative_id, count(*) as n_outlets from carried group by narrative_id
)
select
    o.outlet,
    n.narrative_id,
    n.label,
    coalesce(s.n_outlets, 0) as n_outlets_carrying
from outlets o
cross join narratives n
left join spread s on s.narrative_id = n.narrative_id
where not exists (select 1 from carried c
                  where c.outlet = o.outlet and c.narrative_id = n.narrative_id)
order by o.outlet, n_outlets_carrying desc, n.narrative_id;

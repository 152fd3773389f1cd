-- name: framing_by_outlet
-- How each outlet presents its claims: quotes vs its own voice, cue classes, hedges, loaded
-- terms and scare quotes (one row per outlet; teasers left out).
-- params: outlet = null (substring of the outlet name; null: every outlet)
-- reads: framing_by_outlet
with picked as (
    select *
    from framing_by_outlet
    where $outlet is null or outlet ilike '%' || $outlet || '%'
)
select *
from picked
order by outlet;

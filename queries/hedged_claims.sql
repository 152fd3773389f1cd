-- name: hedged_claims
-- Claims that an outlet hedges ("reportedly", "may") or introduces with a distancing or
-- tentative cue ("claims", "alleged", "suggested").
-- params: outlet = null (substring of the outlet name)
-- reads: claims_full
with hedged as (
    select outlet, published_at, seq, speaker, cue, cue_class, hedges, text
    from claims_full
    where kind <> 'teaser'
      and (len(hedges) > 0 or cue_class in ('distancing', 'tentative'))
      and ($outlet is null or outlet ilike '%' || $outlet || '%')
)
select outlet, published_at, speaker, cue, cue_class, hedges, text
from hedged
order by outlet, published_at, seq;

-- name: cue_verbs_by_outlet_and_speaker
-- Which reporting verbs each outlet uses for each speaker ("insisted" vs "said"), with the
-- cue class and an example claim.
-- params: outlet = null (name substring), speaker = null (name substring), include_teasers = false
-- reads: claims_full
with cued as (
    select outlet, speaker, lower(cue) as cue, cue_class, text, published_at, seq
    from claims_full
    where cue is not null
      and speaker is not null
      and (kind <> 'teaser' or $include_teasers)
      and ($outlet is null or outlet ilike '%' || $outlet || '%')
      and ($speaker is null or speaker ilike '%' || $speaker || '%')
),
counted as (
    select
        outlet,
        speaker,
        cue,
        any_value(cue_class) as cue_class,
        count(*) as n_claims,
        arg_min(text, (published_at, seq)) as first_text
    from cued
    group by outlet, speaker, cue
)
select
    outlet,
    speaker,
    cue,
    cue_class,
    n_claims,
    case when length(first_text) > 90 then left(first_text, 89) || '…' else first_text end
        as example
from counted
order by outlet, speaker, n_claims desc, cue;

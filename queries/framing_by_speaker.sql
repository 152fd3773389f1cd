-- name: framing_by_speaker
-- How each outlet presents each speaker: cues and their classes, and whether it names the
-- speaker, uses a title, an institution or a pronoun (one row per speaker and outlet).
-- params: speaker = null (substring of the speaker's name), min_claims = 1
-- reads: framing_by_speaker
with picked as (
    select *
    from framing_by_speaker
    where ($speaker is null or speaker ilike '%' || $speaker || '%')
      and n_claims >= $min_claims
)
select *
from picked
order by speaker, outlet;

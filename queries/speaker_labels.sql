-- name: speaker_labels
-- How each outlet labels each speaker: by name, title, institution or pronoun, with the
-- mentions as written.
-- params: speaker = null (substring of the speaker's name)
-- reads: claims_full
with labelled as (
    select outlet, speaker, speaker_label, speaker_mention
    from claims_full
    where speaker is not null
      and kind <> 'teaser'
      and ($speaker is null or speaker ilike '%' || $speaker || '%')
),
counted as (
    select
        outlet,
        speaker,
        speaker_label,
        count(*) as n_claims,
        list(distinct speaker_mention order by speaker_mention) as mentions
    from labelled
    group by outlet, speaker, speaker_label
)
select *
from counted
order by speaker, outlet, n_claims desc, speaker_label;

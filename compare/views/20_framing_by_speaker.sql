-- framing_by_speaker: one row per speaker and outlet; how the outlet presents the speaker:
-- the cues it uses, their classes, and how it labels the speaker (name, title, pronoun...).
create or replace view framing_by_speaker as
with attributed as (
    select * from claims_full where speaker_id is not null and kind <> 'teaser'
)
select
    speaker,
    any_value(speaker_role) as speaker_role,
    outlet,
    count(*) as n_claims,
    count(*) filter (where kind = 'quote') as n_quotes,
    count(*) filter (where kind = 'reported') as n_reported,
    coalesce(list(distinct lower(cue) order by lower(cue)) filter (where cue is not null), [])
        as cues,
    coalesce(list(distinct cue_class order by cue_class) filter (where cue_class is not null), [])
        as cue_classes,
    count(*) filter (where cue_class = 'neutral') as n_neutral_cues,
    count(*) filter (where cue_class = 'emphatic') as n_emphatic_cues,
    count(*) filter (where cue_class = 'distancing') as n_distancing_cues,
    count(*) filter (where speaker_label = 'name') as n_by_name,
    count(*) filter (where speaker_label = 'title') as n_by_title,
    count(*) filter (where speaker_label = 'institution') as n_by_institution,
    count(*) filter (where speaker_label = 'pronoun') as n_by_pronoun,
    coalesce(list(distinct speaker_mention order by speaker_mention)
        filter (where speaker_mention is not null), []) as mentions,
    count(*) filter (where len(loaded_terms) > 0) as n_loaded,
    min(published_at) as first_published_at
from attributed
group by speaker, outlet
order by speaker, outlet;

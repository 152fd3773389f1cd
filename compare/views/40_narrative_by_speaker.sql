-- narrative_by_speaker: one row per codebook narrative and speaker who voices it
-- (narrative_matches; speaker NULL: claims without a named speaker, the outlets' own voice
-- included): how many claims, in which outlets, first and last published when.
create or replace view narrative_by_speaker as
select
    narrative_id,
    any_value(label) as label,
    speaker_id,
    any_value(speaker) as speaker,
    count(*) as n_claims,
    count(distinct outlet) as n_outlets,
    list(distinct outlet order by outlet) filter (where outlet is not null) as outlets,
    min(published_at) as first_published_at,
    max(published_at) as last_published_at,
    max(score) as max_score
from narrative_matches
group by narrative_id, speaker_id
order by narrative_id, n_claims desc, speaker nulls last;

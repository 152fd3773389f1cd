-- narrative_timeline: one row per codebook narrative, outlet and week (Monday) in which the
-- outlet carried it (narrative_matches): how many claims and articles, by how many speakers,
-- and the strongest evidence's score. Undated articles fall in a NULL week.
create or replace view narrative_timeline as
select
    narrative_id,
    any_value(label) as label,
    outlet,
    date_trunc('week', published_at)::date as week,
    count(*) as n_claims,
    count(distinct doc_id) as n_docs,
    count(distinct speaker_id) as n_speakers,
    count(*) filter (where speaker_id is null) as n_own_voice,
    max(score) as max_score
from narrative_matches
group by narrative_id, outlet, week
order by narrative_id, week nulls last, outlet;

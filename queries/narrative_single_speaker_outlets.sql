-- name: narrative_single_speaker_outlets
-- Outlets that carry a codebook narrative only through one speaker: every claim of it they
-- publish is that person's or organisation's, none in their own voice or from someone else.
-- params: narrative_id = null (one codebook narrative; null: all), min_claims = 1
-- reads: narrative_matches
select
    narrative_id,
    any_value(label) as label,
    outlet,
    any_value(speaker) as speaker,
    count(*) as n_claims,
    count(distinct doc_id) as n_docs,
    min(published_at) as first_published_at
from narrative_matches
where $narrative_id is null or narrative_id = $narrative_id
group by narrative_id, outlet
having count(distinct speaker_id) = 1
   and count(*) filter (where speaker_id is null) = 0
   and count(*) >= $min_claims
order by narrative_id, n_claims desc, outlet;

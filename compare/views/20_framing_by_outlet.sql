-- framing_by_outlet: one row per outlet; how it presents its claims (teasers left out: they
-- are links to other articles). Counts are claims; share_* are fractions of n_claims.
create or replace view framing_by_outlet as
with claims as (
    select * from claims_full where kind <> 'teaser'
),
per_outlet as (
    select
        outlet,
        count(distinct doc_id) as n_docs,
        count(*) as n_claims,
        count(*) filter (where kind = 'headline') as n_headlines,
        count(*) filter (where kind = 'quote') as n_quotes,
        count(*) filter (where kind = 'reported') as n_reported,
        count(*) filter (where kind = 'narration') as n_narration,
        count(*) filter (where is_attributed) as n_attributed,
        count(*) filter (where not is_attributed) as n_own_voice,
        count(*) filter (where cue_class = 'neutral') as n_neutral_cues,
        count(*) filter (where cue_class = 'emphatic') as n_emphatic_cues,
        count(*) filter (where cue_class = 'distancing') as n_distancing_cues,
        count(*) filter (where cue_class = 'argumentative') as n_argumentative_cues,
        count(*) filter (where cue_class = 'concessive') as n_concessive_cues,
        count(*) filter (where cue_class is not null and cue_class not in
            ('neutral', 'emphatic', 'distancing', 'argumentative', 'concessive')) as n_other_cues,
        count(*) filter (where len(hedges) > 0) as n_hedged,
        count(*) filter (where len(intensifiers) > 0) as n_intensified,
        count(*) filter (where len(loaded_terms) > 0) as n_loaded,
        coalesce(sum(n_scare_quotes), 0) as n_scare_quotes,
        count(*) filter (where speaker_label is null) as n_unframed
    from claims
    group by outlet
),
terms as (
    select outlet, list(distinct term order by term) as loaded_terms
    from (select outlet, unnest(loaded_terms) as term from claims)
    group by outlet
),
hedge_words as (
    select outlet, list(distinct term order by term) as hedges
    from (select outlet, unnest(hedges) as term from claims)
    group by outlet
)
select
    p.*,
    round(p.n_attributed / p.n_claims, 3) as share_attributed,
    round(p.n_emphatic_cues / nullif(p.n_neutral_cues + p.n_emphatic_cues + p.n_distancing_cues
        + p.n_argumentative_cues + p.n_concessive_cues + p.n_other_cues, 0), 3)
        as share_emphatic_cues,
    coalesce(t.loaded_terms, []) as loaded_terms,
    coalesce(h.hedges, []) as hedges
from per_outlet p
left join terms t using (outlet)
left join hedge_words h using (outlet)
order by p.outlet;

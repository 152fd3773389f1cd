-- name: unattributed_claims
-- Claims an outlet states in its own voice while other outlets attribute the same claim (same
-- cluster of the latest run) to a speaker: one row per own-voice claim, with who attributes it.
-- params: level = 'claim' (claim | narrative)
-- reads: claims_full
with clustered as (
    select
        case when $level = 'narrative' then narrative_id else claim_cluster_id end as cluster_id,
        *
    from claims_full
    where kind <> 'teaser'
),
own_voice as (
    select * from clustered where cluster_id is not null and not is_attributed
),
attributed as (
    select * from clustered where cluster_id is not null and is_attributed
),
paired as (
    select
        o.cluster_id,
        o.claim_id,
        any_value(o.outlet) as own_voice_outlet,
        any_value(o.kind) as own_voice_kind,
        any_value(o.published_at) as published_at,
        any_value(o.seq) as seq,
        any_value(o.text) as own_voice_text,
        list(distinct a.outlet order by a.outlet) as attributing_outlets,
        list(distinct coalesce(a.speaker, a.speaker_mention)
             order by coalesce(a.speaker, a.speaker_mention)) as speakers,
        list(distinct lower(a.cue) order by lower(a.cue)) filter (where a.cue is not null) as cues,
        arg_min(a.text, (a.published_at, a.outlet, a.seq)) as attributed_text
    from own_voice o
    join attributed a on a.cluster_id = o.cluster_id and a.outlet <> o.outlet
    group by o.cluster_id, o.claim_id
)
select
    cluster_id,
    own_voice_outlet,
    own_voice_kind,
    own_voice_text,
    attributing_outlets,
    speakers,
    coalesce(cues, []) as cues,
    attributed_text
from paired
order by cluster_id, published_at, own_voice_outlet, seq;

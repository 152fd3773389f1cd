-- name: relayed_claims
-- Which outlets relay which speakers through which media ("According to Reuters, X said",
-- "…, X told AFP"): claims per outlet, speaker and medium, with an example.
-- params: outlet = null
-- reads: claims_full
select
    outlet,
    coalesce(speaker, speaker_mention) as speaker,
    via,
    count(*) as n_claims,
    min(text) as example
from claims_full
where via is not null
  and ($outlet is null or outlet ilike '%' || $outlet || '%')
group by all
order by n_claims desc, outlet, speaker, via

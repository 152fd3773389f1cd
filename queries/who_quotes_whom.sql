-- name: who_quotes_whom
-- Outlet x speaker: how often each outlet quotes or reports each speaker, and that speaker's
-- share of the outlet's attributed claims.
-- params: min_claims = 1, include_teasers = false
-- reads: claims_full
with attributed as (
    select outlet, speaker, kind
    from claims_full
    where speaker is not null
      and (kind <> 'teaser' or $include_teasers)
),
counted as (
    select
        outlet,
        speaker,
        count(*) filter (where kind = 'quote') as n_quotes,
        count(*) filter (where kind = 'reported') as n_reported,
        count(*) as n_claims
    from attributed
    group by outlet, speaker
),
shares as (
    select *, round(n_claims / sum(n_claims) over (partition by outlet), 3) as share_of_outlet
    from counted
)
select *
from shares
where n_claims >= $min_claims
order by outlet, n_claims desc, speaker;

-- name: scare_quotes
-- Short quoted fragments in an outlet's own voice (narration, headlines, teasers): scare quotes
-- such as "an ally" or 'destroyed'.
-- params: outlet = null (substring of the outlet name)
-- reads: claims_full
with quoted as (
    select outlet, published_at, seq, kind, speaker, scare_quotes, text
    from claims_full
    where n_scare_quotes > 0
      and ($outlet is null or outlet ilike '%' || $outlet || '%')
)
select outlet, published_at, kind, speaker, scare_quotes, text
from quoted
order by outlet, published_at, seq;

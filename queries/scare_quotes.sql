-- name: scare_quotes
-- Short quoted fragments inside an outlet's narration or reported speech (scare quotes such as
-- "an ally" or 'destroyed'), teasers included.
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

-- name: loaded_terms_by_outlet
-- Evaluative and loaded terms (compare/lexicons/loaded_terms.txt) per outlet, with the number
-- of claims using each and an example.
-- params: outlet = null (substring of the outlet name)
-- reads: claims_full
with terms as (
    select outlet, unnest(loaded_terms) as term, is_attributed, text, published_at, seq
    from claims_full
    where kind <> 'teaser'
      and ($outlet is null or outlet ilike '%' || $outlet || '%')
),
counted as (
    select
        outlet,
        term,
        count(*) as n_claims,
        count(*) filter (where not is_attributed) as n_own_voice,
        arg_min(text, (published_at, seq)) as example
    from terms
    group by outlet, term
)
select *
from counted
order by outlet, n_claims desc, term;

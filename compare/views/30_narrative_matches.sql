-- narrative_matches: one row per claim and codebook narrative it carries (compare/narratives/),
-- with the claim's document and speaker. Decided per claim and narrative: the analyst's label
-- first (an accepted claim carries it, a rejected one does not), then the model's match, then a
-- match propagated from a claim of the same claim cluster, then a match by the article's context
-- (a claim that carries nothing else). Plain SQL, like claims_full.
create or replace view narrative_matches as
with ranked as (
    select
        cn.*,
        row_number() over (
            partition by cn.claim_id, cn.narrative_id
            order by case when cn.source = 'analyst' then 0
                          when cn.source = 'model' and cn.is_match then 1
                          when cn.source = 'propagated' then 2
                          when cn.source = 'context' then 3 else 4 end
        ) as rank
    from claim_narratives cn
)
select
    r.narrative_id, n.label, r.claim_id, r.score, r.source, r.from_claim_id,
    c.doc_id, d.outlet, d.outlet_domain, d.published_at, d.url, c.kind,
    s.name as speaker, c.speaker_id, c.text
from ranked r
join narratives n on n.narrative_id = r.narrative_id
join claims c on c.claim_id = r.claim_id
join documents d on d.doc_id = c.doc_id
left join speakers s on s.speaker_id = c.speaker_id
where r.rank = 1 and r.is_match;

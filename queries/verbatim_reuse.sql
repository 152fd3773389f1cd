-- name: verbatim_reuse
-- Text republished between outlets: each claim whose exact text (or a pair the matcher marked
-- verbatim, polarity conflicts left out) appeared earlier in another outlet, with the first
-- carrier and the lag.
-- params: min_words = 4 (ignore shorter texts)
-- reads: claims_full, claim_pairs
with claims as (
    select claim_id, doc_id, outlet, published_at, seq, kind, text, text_hash, republished_from
    from claims_full
    where kind <> 'teaser'
      and len(string_split(trim(text), ' ')) >= $min_words
),
same_text as (
    select
        arg_min(claim_id, (published_at, outlet, seq)) over (partition by text_hash) as source_id,
        claim_id as reuse_id,
        'same text' as evidence
    from claims
),
matched as (
    select
        case when a.published_at <= b.published_at then a.claim_id else b.claim_id end as source_id,
        case when a.published_at <= b.published_at then b.claim_id else a.claim_id end as reuse_id,
        'matched verbatim' as evidence
    from claim_pairs p
    join claims a on a.claim_id = p.claim_id_a
    join claims b on b.claim_id = p.claim_id_b
    where p.is_verbatim and not p.is_polarity_conflict and a.text_hash <> b.text_hash
),
edges as (
    select source_id, reuse_id, min(evidence) as evidence
    from (select * from same_text union all select * from matched)
    where source_id <> reuse_id
    group by source_id, reuse_id
)
select
    s.text,
    s.outlet as first_outlet,
    s.published_at as first_published_at,
    r.outlet as reused_by,
    r.published_at as reused_at,
    round(date_diff('minute', s.published_at, r.published_at) / 60, 1) as lag_hours,
    r.kind,
    e.evidence,
    coalesce(r.republished_from = s.doc_id, false) as is_republished_article
from edges e
join claims s on s.claim_id = e.source_id
join claims r on r.claim_id = e.reuse_id
where s.outlet <> r.outlet
order by s.published_at, s.outlet, s.seq, r.published_at, r.outlet;

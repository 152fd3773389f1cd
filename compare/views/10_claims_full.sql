-- claims_full: one row per claim with its document, speaker, clusters (latest run of each
-- level) and framing (claim_framing). The view analysts start from. Plain SQL only, so it works from
-- DuckDB's own CLI without the compare package.
create or replace view claims_full as
with latest_claim_run as (
    select run_id from cluster_runs where level = 'claim' order by created_at desc, run_id limit 1
),
latest_narrative_run as (
    select run_id from cluster_runs where level = 'narrative'
    order by created_at desc, run_id limit 1
)
select
    c.claim_id, c.doc_id, d.outlet, d.outlet_domain, d.published_at, d.url, d.title,
    c.seq, c.paragraph, c.kind, s.name as speaker, s.role as speaker_role, c.speaker_mention,
    c.cue, c.cue_lemma, f.cue_class, c.text, c.content, c.via, c.text_hash,
    cm.cluster_id as claim_cluster_id, nm.cluster_id as narrative_id,
    f.hedges, f.intensifiers, f.loaded_terms, f.scare_quotes, f.n_scare_quotes,
    f.is_attributed, f.speaker_label,
    c.is_quote_fragment, d.republished_from, c.char_start, c.char_end, c.speaker_id,
    cm.run_id as claim_run_id, nm.run_id as narrative_run_id, d.retrieved_at,
    c.speaker_from_corpus
from claims c
join documents d using (doc_id)
left join speakers s on s.speaker_id = c.speaker_id
left join claim_framing f on f.claim_id = c.claim_id
left join cluster_members cm on cm.claim_id = c.claim_id
    and cm.run_id = (select run_id from latest_claim_run)
left join cluster_members nm on nm.claim_id = c.claim_id
    and nm.run_id = (select run_id from latest_narrative_run);

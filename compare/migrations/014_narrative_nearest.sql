-- narrative_scored keeps each scored claim's nearest codebook entry (compare/narratives/): a claim
-- the model leaves unmatched carries that entry by its article's context when another claim of
-- the article carries it. Rows of an older scoring have no nearest entry; the new parameters
-- change the scoring state, so the next run scores every claim again. Rebuilt, not altered
-- (see 007).
create table narrative_scored_014 (
    claim_id           varchar not null,
    nearest_id         varchar,   -- the entry of the claim's highest cosine; NULL: vetoed there
    nearest_similarity double,    -- that cosine
    nearest_score      double     -- the model's probability for that entry
);
insert into narrative_scored_014 (claim_id) select claim_id from narrative_scored;
drop table narrative_scored;
alter table narrative_scored_014 rename to narrative_scored;

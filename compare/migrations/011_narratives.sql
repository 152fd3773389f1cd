-- Codebook narratives (compare/narratives/): the narratives an analyst names in a codebook file,
-- every claim's score against each of them, and the analyst's review decisions. New tables
-- only (no `alter table`, see 007).

-- One row per imported codebook file; re-importing an edited file replaces its entries.
create table codebooks (
    codebook_id  varchar primary key,   -- the file's `codebook:` name, else its file name stem
    path         varchar,               -- the file last imported
    version      varchar,               -- the file's `version:` as written (free text), if any
    content_hash varchar not null,      -- hash of the entries as imported: changes with any edit
    n_narratives integer not null,
    imported_at  timestamp not null default current_timestamp
);

-- One row per codebook entry.
create table narratives (
    narrative_id     varchar primary key,  -- as written in the codebook (unique across codebooks)
    codebook_id      varchar not null,
    position         integer not null,     -- order in the file
    label            varchar not null,     -- a short name
    description      varchar not null,     -- the narrative in one sentence
    examples         varchar[] not null,   -- statements that carry it
    counter_examples varchar[] not null,   -- statements that look alike but do not (its denial)
    speakers         varchar[] not null,   -- speaker hints: who is known to voice it
    outlets          varchar[] not null,   -- outlet hints
    entry_hash       varchar not null,     -- hash of the fields above (rescoring on change)
    source_line      integer               -- line of the entry in the file
);

-- The analyst's decisions (`compare narratives review`): kept across re-imports and
-- re-extractions, and used as examples (accept) and counter-examples (reject) when scoring.
create table narrative_labels (
    narrative_id varchar not null,
    claim_id     varchar not null,
    label        varchar not null,      -- accept | reject
    text         varchar not null,      -- the claim's text when labelled
    text_hash    varchar not null,
    created_at   timestamp not null default current_timestamp,
    primary key (narrative_id, claim_id)
);

-- Claim x narrative scores. At most one row per claim, narrative and source (kept so by the
-- stage: no key, as a full rescore at a million claims deletes and writes them all, which an
-- index slows down; see 007); a model row is stored when its score reaches the model's storage
-- floor (near misses are kept for review).
create table claim_narratives (
    claim_id     varchar not null,
    narrative_id varchar not null,
    score        double not null,       -- model: calibrated probability; analyst: 1 accept, 0
                                        -- reject; propagated: the score of the claim it came from
    source       varchar not null,      -- model | analyst | propagated
    is_match     boolean not null,      -- the decision of this row (model: score >= threshold
                                        -- and no guard)
    guard        varchar,               -- model rows the polarity guard vetoed: negation |
                                        -- counter-example
    from_claim_id varchar               -- propagated: the claim of the same claim cluster that
                                        -- carries the narrative
);

-- What the stored model scores were computed with: one row (rescoring all on any change).
create table narrative_scoring (
    model       varchar not null,
    state_hash  varchar not null,       -- hash of model, parameters, codebook entries, labels
    threshold   double not null,
    n_claims    integer not null,       -- claims scored under this state
    scored_at   timestamp not null default current_timestamp
);

-- The claims scored under the current state (a re-run scores the documents with others).
create table narrative_scored (
    claim_id varchar not null
);

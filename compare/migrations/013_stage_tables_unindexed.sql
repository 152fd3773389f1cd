-- embeddings, matched_texts and claim_framing without their primary keys. DuckDB writes a
-- table's whole index again at every checkpoint, and every stage checkpoints after its
-- transaction: at 100k claims these three indexes made a `compare clusters` re-run for 1 % new
-- claims spend 0.8 s of its 7 s in checkpoints. The stages keep each key once themselves: embed
-- and match insert only the text hashes a model has no row for yet, frame deletes a claim's
-- row before writing it again. Same columns, same constraints otherwise (see 006 for
-- claim_pairs; tables are rebuilt, never altered, see 007).
create table embeddings_013 (
    text_hash varchar not null,
    model     varchar not null,
    vector    float[] not null
);
insert into embeddings_013 select * from embeddings;
drop table embeddings;
alter table embeddings_013 rename to embeddings;

create table matched_texts_013 (
    model         varchar not null,
    text_hash     varchar not null,
    rep_claim_id  varchar not null,   -- the claim that stands for this text in claim_pairs
    list_id       integer             -- null: matched by exact search
);
insert into matched_texts_013 select model, text_hash, rep_claim_id, list_id from matched_texts;
drop table matched_texts;
alter table matched_texts_013 rename to matched_texts;

create table claim_framing_013 (
    claim_id        varchar not null,
    cue_class       varchar,           -- neutral | emphatic | distancing | argumentative | concessive
                                       -- | assertive | tentative | critical | other (cue not in
                                       -- the lexicon); NULL when the claim has no cue
    hedges          varchar[],         -- hedges found in the text, in order: "reportedly", "may"
    intensifiers    varchar[],         -- "clearly", "at all"
    loaded_terms    varchar[],         -- evaluative / loaded terms: "illegal", "one-sided"
    scare_quotes    varchar[],         -- short quoted fragments inside a non-quote claim
    n_scare_quotes  integer not null default 0,
    is_attributed   boolean not null,  -- false: stated in the outlet's own voice
    speaker_label   varchar not null,  -- name | title | institution | pronoun | other | none
    input_hash      varchar not null,  -- hash of the claim fields used (re-framed on change)
    lexicon_version varchar not null,  -- hash of the lexicon entries used (re-framed on change)
    framed_at       timestamp not null default current_timestamp
);
insert into claim_framing_013 select * from claim_framing;
drop table claim_framing;
alter table claim_framing_013 rename to claim_framing;

-- Stage frame: how each claim is presented, one row per claim (lexicons in compare/lexicons/).
create table claim_framing (
    claim_id        varchar primary key,
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

-- Stage frame: one row per claim.
create table claim_framing (
    claim_id        varchar primary key,
    cue_class       varchar,           -- neutral | emphatic | distancing | argumentative | concessive | ...
    hedges          varchar[],
    intensifiers    varchar[],
    loaded_terms    varchar[],
    n_scare_quotes  integer,
    is_attributed   boolean,           -- false: stated in the outlet's own voice
    speaker_label   varchar            -- name | title | institution | pronoun | none
);

-- Stage extract: claims and their speakers.
create table speakers (
    speaker_id  varchar primary key,      -- slug of the canonical name
    name        varchar not null,         -- canonical: "Vladimir Putin"
    role        varchar,                  -- "Russian President" (the most specific role seen)
    kind        varchar,                  -- person | organisation
    aliases     varchar[],                -- every mention and name form seen ("Putin", "Mr Putin")
    roles       varchar[],                -- every role seen ("President", "Russian President")
    match_keys  varchar[]                 -- derived lookup keys of name, aliases, surname, initials
);

create table claims (
    claim_id          varchar primary key,  -- hash of (doc_id, char_start, char_end)
    doc_id            varchar not null,
    seq               integer not null,     -- order within the document
    paragraph         integer,
    char_start        integer,
    char_end          integer,
    text              varchar not null,
    text_hash         varchar not null,     -- hash of the normalised claim text (embedding cache key)
    kind              varchar not null,     -- quote | reported | narration | headline | teaser
    speaker_id        varchar,              -- NULL when no speaker can be resolved from evidence
    speaker_mention   varchar,              -- as written: "the president", "he"
    cue               varchar,              -- as written: "insisted"
    cue_lemma         varchar,              -- "insist"
    is_quote_fragment boolean not null default false  -- narration carrying scare quotes
);
create index claims_doc on claims (doc_id);

-- Which documents the extractor has processed (a document can yield no claims).
create table extractions (
    doc_id        varchar primary key,
    extractor     varchar not null,
    extracted_at  timestamp not null default current_timestamp
);

-- Analyst corrections (merge, rename), replayed after every extraction.
create sequence speaker_edit_seq;
create table speaker_edits (
    edit_id     integer primary key default nextval('speaker_edit_seq'),  -- replay order
    action      varchar not null,   -- merge | rename
    source_name varchar not null,   -- merge: the speaker merged away; rename: the old name
    target_name varchar not null,   -- merge: the speaker kept; rename: the new name
    created_at  timestamp not null default current_timestamp
);

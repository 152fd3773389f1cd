-- Stage ingest: one row per article (see docs/schema.md).
create table documents (
    doc_id          varchar primary key,  -- hash of (text_hash, outlet, url): re-ingest is a no-op
    text_hash       varchar not null,     -- hash of the normalised text: finds republished copies
    republished_from varchar,             -- doc_id of the first-ingested copy of the same text
    outlet          varchar,
    outlet_domain   varchar,
    url             varchar,
    title           varchar,
    published_at    timestamp,
    published_raw   varchar,              -- the date as written when it could not be parsed
    author          varchar,
    language        varchar,
    source_path     varchar,
    source_line     integer,              -- row / line within a csv, json or jsonl file
    text            varchar not null,     -- cleaned article body (page chrome removed)
    teasers         struct(char_start integer, char_end integer)[],  -- related-link lines kept in text
    n_chrome_lines  integer not null default 0,
    ingested_at     timestamp not null default current_timestamp
);
create index documents_text_hash on documents (text_hash);

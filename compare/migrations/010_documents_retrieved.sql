-- When a page was captured (a web archive's WARC-Date, a crawler's download time), apart from
-- when it was published: a page taken down later is still evidence, dated by its capture.
-- NULL for documents read from files that do not say. The table is rebuilt, not altered:
-- DuckDB cannot replay `add column` from its log on a table with a current_timestamp default
-- (see 007).
create table documents_010 (
    doc_id          varchar primary key,
    text_hash       varchar not null,
    republished_from varchar,
    outlet          varchar,
    outlet_domain   varchar,
    url             varchar,
    title           varchar,
    published_at    timestamp,
    published_raw   varchar,
    author          varchar,
    language        varchar,
    source_path     varchar,
    source_line     integer,
    text            varchar not null,
    teasers         struct(char_start integer, char_end integer)[],
    n_chrome_lines  integer not null default 0,
    ingested_at     timestamp not null default current_timestamp,
    retrieved_at    timestamp              -- capture time (WARC-Date, date_download, ...)
);
insert into documents_010 select *, null from documents;
drop table documents;
alter table documents_010 rename to documents;
create index documents_text_hash on documents (text_hash);

-- What a cluster run needs so that the next run can update it instead of clustering every claim
-- again (compare/cluster/update.py): the fingerprint of the matcher decisions a claim-level run
-- read, and how many of a run's clusters use each label word (the document frequency behind
-- the keywords, kept up to date without reading every claim again).
-- cluster_members and clusters lose their primary keys: runs are written whole by one stage
-- (each key once), and at a million claims deleting an old run's members through the index
-- took about 30 s, against well under a second without it.
-- Tables gain columns by being rebuilt, never by `alter table ... add column`: DuckDB cannot
-- replay that statement from its write-ahead log on a table with a `current_timestamp`
-- default, so a process killed before the next checkpoint left a database no one could open.
create table cluster_runs_007 (
    run_id       varchar primary key,  -- hash of level, model, params and the input fingerprint
    level        varchar not null,     -- claim | narrative
    model        varchar,
    params       json,                 -- threshold, k, include_teasers (+ claim_run_id)
    n_claims     integer,
    n_clusters   integer,
    n_singletons integer,              -- clusters of one claim
    claims_hash  varchar,              -- fingerprint of the clustered claim set (ids and texts)
    created_at   timestamp not null default current_timestamp,
    pairs_hash   varchar               -- fingerprint of the matcher decisions a claim run read
);
insert into cluster_runs_007 select *, null from cluster_runs;
drop table cluster_runs;
alter table cluster_runs_007 rename to cluster_runs;

create table cluster_words (
    run_id     varchar not null,
    word       varchar not null,
    n_clusters integer not null       -- clusters of the run with the word in a claim
);

create table cluster_members_007 (
    run_id      varchar not null,
    cluster_id  varchar not null,
    claim_id    varchar not null,      -- once per run
    similarity  double                 -- cosine to the cluster medoid
);
insert into cluster_members_007 select * from cluster_members;
drop table cluster_members;
alter table cluster_members_007 rename to cluster_members;

create table clusters_007 (
    run_id          varchar not null,
    cluster_id      varchar not null,  -- once per run; stable: same members -> same id
    label           varchar,
    keywords        varchar[],
    medoid_claim_id varchar,
    n_claims        integer,
    n_docs          integer,
    n_outlets       integer,
    n_speakers      integer,
    first_seen_at   timestamp,
    last_seen_at    timestamp
);
insert into clusters_007 select * from clusters;
drop table clusters;
alter table clusters_007 rename to clusters;

-- The inverted-file index that finds neighbours above 200k texts (compare/match/neighbours.py)
-- is built in memory for each match and never stored; what is kept is its partition: the
-- centroids of its lists, and the list of every matched text, so that matching a few new texts
-- neither trains the index again nor assigns every text again.
alter table matched_texts add column list_id integer;   -- null: matched by exact search

create table match_lists (
    model    varchar not null,
    list_id  integer not null,
    centroid float[] not null
);

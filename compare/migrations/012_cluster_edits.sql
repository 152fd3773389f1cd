-- The analyst's cluster edits (compare/cluster/edits.py, replayed by compare/cluster/replay.py):
-- merge, split, move and label, at either level, anchored in claim ids (stable hashes) because
-- cluster ids change between runs. New tables only (no `alter table`, see 007).
create sequence cluster_edit_seq;
create table cluster_edits (
    edit_id         integer primary key default nextval('cluster_edit_seq'),  -- replay order
    level           varchar not null,    -- claim | narrative
    action          varchar not null,    -- merge | split | move | label
    claim_ids       varchar[] not null,  -- merge: one claim of each cluster merged in; split: the
                                         -- claims that leave together; move: the claim moved
    anchor_claim_id varchar,             -- merge: a claim of the cluster kept; move: of the
                                         -- cluster moved to; label: of the cluster labelled
    label           varchar,             -- label: the analyst's label
    cluster_ids     varchar[] not null,  -- the cluster ids as given (for the listing only)
    note            varchar,
    created_at      timestamp not null default current_timestamp
);

-- What the replay changed in an edited run (a run with `edited_from` in its params): one row
-- per claim an edit placed in a cluster (claim_id set) and per cluster an edit changed as a
-- whole (claim_id null: the cluster kept by a merge, the one a split or move took claims from,
-- a labelled one). Deleted with the run.
create table cluster_edit_marks (
    run_id     varchar not null,
    cluster_id varchar not null,
    claim_id   varchar,
    edit_id    integer not null,
    action     varchar not null
);

-- Stages embed, match and cluster.
create table embeddings (
    text_hash varchar not null,
    model     varchar not null,
    vector    float[] not null,
    primary key (text_hash, model)
);

create table claim_pairs (
    claim_id_a  varchar not null,      -- claim_id_a < claim_id_b
    claim_id_b  varchar not null,
    model       varchar not null,
    cosine      double,
    fuzz        double,                -- rapidfuzz token-set ratio, 0-100
    partial     double,                -- rapidfuzz partial ratio, 0-100
    score       double,                -- matcher probability that both say the same claim
    is_verbatim boolean not null default false,
    evidence    varchar,               -- verbatim | paraphrase | translation
    is_polarity_conflict boolean not null default false,  -- negation / antonym / role reversal
    is_same_claim boolean not null default false,  -- matcher's claim-level decision (never on conflict)
    primary key (claim_id_a, claim_id_b, model)
);

create table cluster_runs (
    run_id       varchar primary key,  -- hash of level, model, params and the input fingerprint
    level        varchar not null,     -- claim | narrative
    model        varchar,
    params       json,                 -- threshold, k, include_teasers (+ claim_run_id)
    n_claims     integer,
    n_clusters   integer,
    n_singletons integer,              -- clusters of one claim
    claims_hash  varchar,              -- fingerprint of the clustered claim set (ids and texts)
    created_at   timestamp not null default current_timestamp
);

create table clusters (
    run_id          varchar not null,
    cluster_id      varchar not null,  -- stable: same members -> same id
    label           varchar,
    keywords        varchar[],
    medoid_claim_id varchar,
    n_claims        integer,
    n_docs          integer,
    n_outlets       integer,
    n_speakers      integer,
    first_seen_at   timestamp,
    last_seen_at    timestamp,
    primary key (run_id, cluster_id)
);

create table cluster_members (
    run_id      varchar not null,
    cluster_id  varchar not null,
    claim_id    varchar not null,
    similarity  double,                -- cosine to the cluster medoid
    primary key (run_id, claim_id)
);

-- Stage match, incremental: which distinct texts have been matched with a model, through which
-- representative claim, and with which parameters (a change of parameters re-matches all).
create table matched_texts (
    model         varchar not null,
    text_hash     varchar not null,
    rep_claim_id  varchar not null,   -- the claim that stands for this text in claim_pairs
    primary key (model, text_hash)
);

create table match_params (
    model      varchar primary key,
    params     json not null,
    matched_at timestamp not null default current_timestamp
);

-- claim_pairs without its primary key: match_claims writes each pair once (candidate pairs are
-- unique, and an incremental run adds only rows not stored yet), and keeping a three-column
-- index up to date cost more than the rest of the write at scale (a million claims give about
-- nine million pairs). Same columns, same constraints otherwise.
create table claim_pairs_006 (
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
    is_same_claim boolean not null default false   -- matcher's claim-level decision (never on conflict)
);
insert into claim_pairs_006 select * from claim_pairs;
drop table claim_pairs;
alter table claim_pairs_006 rename to claim_pairs;

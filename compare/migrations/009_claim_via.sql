-- The medium through which a claim is relayed, apart from its speaker: "According to Reuters,
-- the mayor said …" has the speaker "the mayor" and via "Reuters"; "…, she told AFP" via "AFP".
-- NULL when none is named, and for claims extracted before this column. (claims has no
-- current_timestamp default, so `add column` replays from DuckDB's log: tests/test_db.py.)
alter table claims add column via varchar;

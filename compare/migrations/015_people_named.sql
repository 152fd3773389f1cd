-- people_named: the full names in the Latin script that each extracted document gives people
-- (compare/claims/): a speaker known only by a Cyrillic spelling takes the Latin one that some
-- page of the corpus gives the same person, even when that page quotes nobody by it. Rows are
-- replaced with their document's claims; documents extracted before this migration have none
-- until `compare extract --all`.
create table people_named (
    doc_id      varchar not null,
    name        varchar not null,  -- as the page writes it: "Yaroslava Mahuchikh"
    surname_key varchar not null   -- romanised_key of its last word: "mahuchih"
);

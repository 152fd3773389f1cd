-- Whether a claim's speaker came from the corpus rather than its page: a role named without
-- its holder ("the prefect of Mayotte said") that another page of the same weeks names
-- (compare/claims/corpus_roles.py). Such speakers are resolved again after every extraction.
alter table claims add column speaker_from_corpus boolean default false;

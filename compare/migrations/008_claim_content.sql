-- What a quote or reported claim attributes to its speaker, without the attribution frame:
-- "Valdoria poses a threat," Vidmar told parliament -> Valdoria poses a threat. The match stage
-- links two claims whose content is the same quote (compare.match.scoring.same_quote), however
-- differently outlets frame it. NULL for other kinds and for claims extracted before this column.
alter table claims add column content varchar;

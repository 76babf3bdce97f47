-- Exact lookups of normalised names: person search also asks for every spelling one keystroke away from what was
-- typed ("jasnen" → "jansen"), which trigrams miss in short names; a b-tree answers those in a few probes.
create index personen_zoeknaam_exact on personen (zoeknaam);

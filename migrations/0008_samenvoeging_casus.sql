-- A merge can bring the secondary melding into the primary's casus; remembering which casus it joined lets an
-- undo take it out again, so an undone merge leaves the meldingen as they were.
alter table melding_samenvoegingen add column casus_meegenomen_id uuid references casussen (id);

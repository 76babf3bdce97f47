-- Steps recorded in one transaction share their moment, and a clock (in PGlite's WebAssembly build especially) can
-- give two of them the same registration time: a sequence number keeps the order in which they were written.
alter table tijdlijn add column volgnummer bigint generated always as identity;
create index tijdlijn_casus_volgorde on tijdlijn (casus_id, op, volgnummer);
